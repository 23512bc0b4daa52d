"""Section 4 of the document: the emergency, urgent and crisis numbers, each country with the
source of every number and the comments in its entry of the table."""

from __future__ import annotations

import ast
import inspect
import io
import tokenize

from bot.content_export.code_comments import comment_text, constant_notes
from bot.content_export.document import Doc, md
from dialogs import emergency_numbers
from dialogs.emergency_numbers import CountryNumbers, Line
from locales.translator import territory_name


def write(doc: Doc) -> None:
    doc.heading(2, "4. The emergency, urgent and crisis numbers")
    doc.quote(emergency_numbers.__doc__)
    table = emergency_numbers.COUNTRIES
    doc.add(
        f"{len(table)} countries.",
        "",
        "| Country | Languages | Emergency | Urgent line | Crisis line |",
        "|---|---|---|---|---|",
    )
    for entry in table.values():
        doc.add(
            f"| {_country(entry.code)} | {', '.join(entry.languages)} | "
            f"{' or '.join(line.number for line in entry.emergency)} | "
            f"{_line_text(entry.urgent)} | {_line_text(entry.crisis)} |"
        )
    notes = _entry_notes()
    doc.heading(3, "4.1 Each country, with the source of every number")
    for entry in table.values():
        _country_details(doc, entry, notes.get(entry.code, []))
    _fallbacks(doc)


def _country(code: str) -> str:
    return f"{territory_name(code, 'en')} (`{code}`)"


def _line_text(line: Line | None) -> str:
    if line is None:
        return "—"
    return f"{line.name}, {line.number}" if line.name else line.number


def _country_details(doc: Doc, entry: CountryNumbers, notes: list[str]) -> None:
    doc.heading(4, _country(entry.code))
    for line in entry.emergency:
        doc.add(f"- Emergency: {line.number}: {_source(line)}")
    for kind, other in (("Urgent line", entry.urgent), ("Crisis line", entry.crisis)):
        if other is None:
            doc.add(f"- {kind}: none in the table")
        else:
            doc.add(f"- {kind}: {_line_text(other)}: {_source(other)}")
    for note in notes:
        doc.add(f"- Note in the table: {md(note)}")


def _source(line: Line) -> str:
    return f"source <{line.source}>, read on {line.checked_on}"


def _entry_notes() -> dict[str, list[str]]:
    """The comments inside each entry of the table, by country code."""
    source = inspect.getsource(emergency_numbers)
    comments = _comments(source)
    found: dict[str, list[str]] = {}
    for node in ast.walk(ast.parse(source)):
        code = _entry_code(node) if isinstance(node, ast.Call) else None
        if code is None or not isinstance(node, ast.Call) or node.end_lineno is None:
            continue
        lines = range(node.lineno, node.end_lineno + 1)
        found[code] = _paragraphs([(n, comments[n]) for n in lines if n in comments])
    return found


def _entry_code(node: ast.Call) -> str | None:
    if getattr(node.func, "id", "") != "CountryNumbers":
        return None
    for keyword in node.keywords:
        if keyword.arg == "code" and isinstance(keyword.value, ast.Constant):
            return str(keyword.value.value)
    return None


def _comments(source: str) -> dict[int, str]:
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return {
        token.start[0]: token.string.lstrip("#").strip()
        for token in tokens
        if token.type == tokenize.COMMENT
    }


def _paragraphs(comments: list[tuple[int, str]]) -> list[str]:
    """Comments on consecutive lines, as one paragraph each."""
    groups: list[list[str]] = []
    previous = -2
    for number, text in comments:
        if number != previous + 1:
            groups.append([])
        groups[-1].append(text)
        previous = number
    return [comment_text(group) for group in groups]


def _fallbacks(doc: Doc) -> None:
    notes = constant_notes(emergency_numbers)
    doc.heading(3, "4.2 When the country is not known")
    for number, region in emergency_numbers.FALLBACK_NUMBERS:
        doc.add(f"- {number} (`{region}`)")
    doc.quote(notes.get("FALLBACK_NUMBERS"))
    doc.para("The crisis-line directories:")
    for url in emergency_numbers.CRISIS_DIRECTORIES:
        doc.add(f"- <{url}>")
    doc.quote(notes.get("CRISIS_DIRECTORIES"))
