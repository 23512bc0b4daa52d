"""The dialog's state machine as a Mermaid diagram, drawn by transitions' own Mermaid backend."""

from __future__ import annotations

from transitions.extensions import GraphMachine

from dialogs.flow import build_machine


class _Model:
    """A stand-in model: the diagram is of the machine, not of a conversation."""


def mermaid() -> str:
    """The machine as Mermaid source, ending with a newline."""
    model = _Model()
    machine = build_machine(
        GraphMachine, graph_engine="mermaid", show_conditions=True, title="Dialog flow"
    )
    machine.add_model(model)
    source = str(model.get_graph().source)  # type: ignore[attr-defined]
    machine.remove_model(model)
    return source.rstrip("\n") + "\n"
