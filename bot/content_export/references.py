"""Section 3 of the document: the sources, each with the strings that cite it, and the strings
that cite only sources not yet identified."""

from __future__ import annotations

from bot.content_export.catalogs import string_id
from bot.content_export.document import Doc, english_of, md, short
from dialogs import sources


def write(doc: Doc) -> None:
    doc.heading(2, "3. The sources")
    doc.quote(sources.__doc__)
    unnamed = [
        n for n, reference in sources.REFERENCES.items() if "Not yet identified" in reference
    ]
    doc.para(
        f"**Sources {_numbers_text(unnamed)} are not yet identified.** They must be identified "
        "before any clinical use."
    )
    for number, reference in sources.REFERENCES.items():
        label = english_of(sources.SOURCES[number])
        citing = [sid for sid, cited in doc.cited.items() if number in cited]
        doc.add(f"- **[{number}]** {md(reference)}")
        doc.add(f"  - Shown as: {md(label)}")
        doc.add(f"  - Cited by {len(citing)} strings:")
        doc.add(*(f"    - `{sid}` {_said(doc, sid)}" for sid in citing))
    alone = [sid for sid, cited in doc.cited.items() if cited and cited <= set(unnamed)]
    doc.para("**Strings that cite only sources not yet identified:**")
    doc.add(*(f"- `{sid}` {_said(doc, sid)}" for sid in alone))
    if not alone:
        doc.add("- none")


def _said(doc: Doc, sid: str) -> str:
    """A string's English in short, by its id."""
    key = next((key for key in doc.english if string_id(key) == sid), "")
    return f"“{short(key.split(chr(0))[0], 90)}”"


def _numbers_text(numbers: list[int]) -> str:
    if len(numbers) > 1 and numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"{numbers[0]} to {numbers[-1]}"
    return ", ".join(str(n) for n in numbers)
