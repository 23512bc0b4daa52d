"""Reading the comments beside a module's constants: the core's own words on a threshold, a
list or a fallback number, for the document to quote."""

from __future__ import annotations

import ast
import inspect
from types import ModuleType


def constant_notes(module: ModuleType) -> dict[str, str]:
    """The comment above each top-level constant, and the string below it, joined."""
    source = inspect.getsource(module)
    lines = source.splitlines()
    body = ast.parse(source).body
    notes: dict[str, str] = {}
    for index, node in enumerate(body):
        name = _target(node)
        if name is None:
            continue
        below = body[index + 1] if index + 1 < len(body) else None
        text = " ".join(filter(None, (_comment_above(lines, node.lineno), _docstring(below))))
        notes[name] = text
    return notes


def _target(node: ast.stmt) -> str | None:
    if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
        return node.targets[0].id
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return node.target.id
    return None


def _comment_above(lines: list[str], lineno: int) -> str:
    found: list[str] = []
    index = lineno - 2
    while index >= 0 and lines[index].lstrip().startswith("#"):
        found.append(lines[index].lstrip().lstrip("#").strip())
        index -= 1
    return comment_text(list(reversed(found)))


def _docstring(node: ast.stmt | None) -> str:
    if not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)):
        return ""
    value = node.value.value
    return " ".join(inspect.cleandoc(value).split()) if isinstance(value, str) else ""


def comment_text(lines: list[str]) -> str:
    """Comment lines as one text; a web address cut at the end of a line is joined again."""
    text = ""
    for line in lines:
        last = text.split()[-1] if text.split() else ""
        glue = "" if ("/" in last and last[-1] in "-/_") else " "
        text = f"{text}{glue}{line}" if text else line
    return text
