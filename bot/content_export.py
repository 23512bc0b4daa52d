"""The content of one content version as one Markdown document, for those who sign it off.

A clinician signs the English content and a native speaker each translation, without running
the bot (``docs/safety/content-signoff.md``). ``export()`` writes what they read: every string
with a stable id, in the order a person meets it (from the content modules' own data where it
exists: the questions with their options, the screens' paragraphs, the topics; from the catalog
for the rest, so that every message of the catalog appears exactly once); the rules and
thresholds that decide a level, quoted from ``dialogs/triage.py``; the sources; the number
table; and the typed-distress phrases.

It is pure apart from reading what the project reads already: the catalogs, and the source of
``dialogs/triage.py``, ``dialogs/questions.py``, ``dialogs/safety_questions.py`` and
``dialogs/emergency_numbers.py`` for the comments beside their constants and entries (the
content version reads every file of the core).
"""

from __future__ import annotations

import ast
import gettext
import hashlib
import importlib
import inspect
import io
import re
import tokenize
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from types import ModuleType

from babel import Locale
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from bot import words
from bot.versions import app_version, content_version
from dialogs import distress as distress_package
from dialogs import (
    emergency,
    emergency_numbers,
    levels,
    notices,
    questions,
    result,
    safety_net,
    safety_questions,
    screens,
    sources,
    summary,
    topics,
    triage,
    turn,
)
from dialogs.country_picker import question as country_question
from dialogs.distress.phrases import Category, PhraseList, phrase_lists
from dialogs.emergency_numbers import CountryNumbers, Line
from dialogs.levels import LEVEL_ORDER, Level
from dialogs.model import Block, Option, Question
from dialogs.settings import Settings
from dialogs.state import DialogState, Medium
from dialogs.text import ListOf, Msg, Param, Plural, Text, rough_english
from locales.translator import DOMAIN, LOCALE_DIR, SUPPORTED, territory_name

__all__ = ["ACCEPTED_CODES", "export", "string_id"]

ACCEPTED_CODES: tuple[str, ...] = SUPPORTED
"""The language codes ``export`` accepts (any case, ``-`` or ``_``: ``pt-br`` is ``pt_BR``)."""

SIGNOFF_DOC = "docs/safety/content-signoff.md"
# Marks a line of the rules the export could not check against the code: the test forbids it.
OUT_OF_DATE = "EXPORT OUT OF DATE"

# ---- the document's entry point -----------------------------------------------------------------


def export(language: str | None = None, *, today: date | None = None) -> str:
    """The content of this content version as one Markdown document: English only (for the
    clinician) when ``language`` is None or ``en``, else that language beside the English (for
    its native-speaker reviewer). ``language`` is one of ``ACCEPTED_CODES`` in any case, with
    ``-`` or ``_`` (``pt-br``); any other raises ``ValueError`` naming the accepted codes.
    ``today`` is the date the document says it was produced (default: today)."""
    code = _language(language)
    doc = _Doc(_english(_catalog("en")), _translation(code) if code else None)
    _header(doc, code, today or date.today())
    _strings(doc)
    _rules(doc)
    _sources(doc)
    _numbers(doc)
    _phrases(doc, code or "en")
    return re.sub(r"\n{3,}", "\n\n", "\n".join(doc.lines)).strip() + "\n"


def string_id(key: str) -> str:
    """A string's stable id, from its English text (the catalog's message id): the same in
    every language's document, and in every content version where the text is unchanged."""
    return "m-" + hashlib.sha256(key.encode()).hexdigest()[:8]


def _language(code: str | None) -> str | None:
    """The catalog's code for ``code``; None for English."""
    if code is None:
        return None
    by_key = {accepted.lower(): accepted for accepted in ACCEPTED_CODES}
    found = by_key.get(code.strip().replace("-", "_").lower())
    if found is None:
        raise ValueError(
            f"unknown language {code!r}: the accepted codes are {', '.join(ACCEPTED_CODES)} "
            "(any case; pt-br for pt_BR)"
        )
    return None if found == "en" else found


# ---- the catalogs -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Message:
    """One message of the English catalog."""

    key: str  # the message id; a plural's two forms joined by a NUL (as ``catalog_messages``)
    forms: tuple[str, ...]  # the English: the text, or the singular and the plural
    note: str  # the comment for translators
    files: tuple[str, ...]  # where it is used


@dataclass(frozen=True)
class _Translation:
    """One language's catalog, for the lines beside the English."""

    code: str
    name: str  # the language's name in English, e.g. "German"
    strings: Mapping[str, tuple[str, ...]]
    form_labels: tuple[str, ...]  # which numbers take each plural form, e.g. "for 1"
    status: str  # the catalog's header comment: its review status


def _catalog(code: str) -> Catalog:
    with (LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as source:
        return read_po(source, locale=code, domain=DOMAIN)


def _forms(value: object) -> tuple[str, ...]:
    if isinstance(value, tuple | list):
        return tuple(str(form or "") for form in value)
    return (str(value or ""),)


def _english(catalog: Catalog) -> dict[str, _Message]:
    """The English catalog's messages, in its order."""
    found: dict[str, _Message] = {}
    for message in catalog:
        if not message.id:
            continue
        forms = _forms(message.id)
        files = tuple(dict.fromkeys(str(path) for path, _ in message.locations))
        note = " ".join(str(comment) for comment in message.auto_comments)
        found["\x00".join(forms)] = _Message("\x00".join(forms), forms, note, files)
    return found


def _translation(code: str) -> _Translation:
    catalog = _catalog(code)
    strings = {
        "\x00".join(_forms(message.id)): _forms(message.string)
        for message in catalog
        if message.id and not message.fuzzy
    }
    return _Translation(
        code=code,
        name=Locale.parse(code).get_display_name("en") or code,
        strings=strings,
        form_labels=_plural_labels(catalog.plural_expr, catalog.num_plurals),
        status=" ".join(
            line.strip("# ").strip()
            for line in (catalog.header_comment or "").splitlines()
            if "review" in line.lower() or "translat" in line.lower()
        ),
    )


def _plural_labels(expression: str, count: int) -> tuple[str, ...]:
    """For each plural form, a few of the numbers that take it: "for 1", "for 0, 2, 3, 4…"."""
    form_of = gettext.c2py(expression)
    examples: list[list[int]] = [[] for _ in range(count)]
    for number in (*range(201), 1_000_000):
        form = form_of(number)
        if 0 <= form < count and len(examples[form]) < 5:
            examples[form].append(number)
    return tuple(
        "for " + ", ".join(str(n) for n in numbers[:4]) + ("…" if len(numbers) > 4 else "")
        for numbers in examples
    )


# ---- the document being written -----------------------------------------------------------------

_STYLE = {
    "title": "Heading",
    "body": "Text",
    "item": "List item",
    "statement": "Medical statement",
    "notice": "Highlighted notice",
    "source": "Source line",
}


@dataclass
class _Doc:
    """The document's lines, and which strings it has shown (each is shown once)."""

    english: dict[str, _Message]
    translation: _Translation | None
    lines: list[str] = field(default_factory=list)
    shown: set[str] = field(default_factory=set)
    cited: dict[str, set[int]] = field(default_factory=dict)  # string id -> sources cited

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def heading(self, level: int, text: str) -> None:
        self.add("", "#" * level + " " + text, "")

    def para(self, text: str) -> None:
        self.add("", text, "")

    def quote(self, text: str | None) -> None:
        """A docstring or comment, quoted as it is."""
        if text:
            self.add("", *(f"> {line}".rstrip() for line in inspect.cleandoc(text).split("\n")), "")

    def text(
        self,
        label: str,
        value: Text | None,
        cites: Sequence[int] = (),
        *,
        suffix: str = "",
        skip: set[str] | None = None,
    ) -> None:
        """A string (and the strings that fill its placeholders) as entries, or as references
        to where it was shown first; no reference to a string in ``skip``."""
        if value is None:
            return
        for depth, (param, part) in enumerate(_parts(value)):
            key = _key(part)
            if depth == 0 and not (skip is not None and key in skip and key in self.shown):
                self._entry_or_reference(label, key, cites, suffix)
            elif depth > 0 and key not in self.shown:
                self._entry(f"Fills {{{param}}} in the line above", key, ())
            if skip is not None:
                skip.add(key)

    def blocks(self, blocks: Iterable[Block], *, new_only: bool = False) -> None:
        """A screen's paragraphs; ``new_only``: only those not shown yet (another variant of a
        screen already shown)."""
        skip = set(self.shown) if new_only else set()
        for block in blocks:
            self.text(_STYLE.get(block.style, "Text"), block.text, block.sources, skip=skip)

    def leftovers(self, files: Iterable[str], intro: str) -> None:
        """The catalog's messages used in ``files`` that no data above has shown."""
        wanted = set(files)
        keys = [
            key
            for key, message in self.english.items()
            if key not in self.shown and wanted & set(message.files)
        ]
        if keys:
            self.para(intro)
            self.entries(keys)

    def rest(self) -> list[str]:
        """The catalog's messages not shown yet."""
        return [key for key in self.english if key not in self.shown]

    def entries(self, keys: Iterable[str]) -> None:
        for key in keys:
            self._entry("Text", key, ())

    def _entry_or_reference(self, label: str, key: str, cites: Sequence[int], suffix: str) -> None:
        if key in self.shown:
            self._reference(label, key, cites, suffix)
        else:
            self._entry(label, key, cites, suffix)

    def _entry(self, label: str, key: str, cites: Sequence[int], suffix: str = "") -> None:
        self.shown.add(key)
        sid = string_id(key)
        self.cited.setdefault(sid, set()).update(cites)
        self.add(f"- `{sid}` **{label}**{_cites(cites)}{suffix}")
        message = self.english.get(key)
        if message is None:
            self.add(*_english_lines(tuple(key.split("\x00"))))
            self.add("  - ⚠ Not in the catalogs yet: every language shows the English.")
            return
        self.add(*_english_lines(message.forms))
        if self.translation is not None:
            self.add(*_translated_lines(self.translation, key))
        if message.note:
            self.add(f"  - Note for translators: {_md(message.note)}")
        self.add("  - Used in: " + ", ".join(f"`{path}`" for path in message.files))

    def _reference(self, label: str, key: str, cites: Sequence[int], suffix: str) -> None:
        sid = string_id(key)
        self.cited.setdefault(sid, set()).update(cites)
        said = f"“{_short(key.split(chr(0))[0])}”"
        if self.translation is not None:
            translated = self.translation.strings.get(key, ("",))[0]
            said += f" · “{_short(translated)}”" if translated else ""
        self.add(f"- **{label}**{_cites(cites)}{suffix}: the same text as `{sid}`, {said}")


def _parts(value: Text | Param, param: str = "") -> Iterator[tuple[str, Msg | Plural]]:
    """The catalog messages in a text: itself, then those that fill its placeholders."""
    if isinstance(value, Msg | Plural):
        yield param, value
        for name, inner in value.params.items():
            yield from _parts(inner, name)
    elif isinstance(value, ListOf):
        for item in value.items:
            yield from _parts(item, param)


def _key(part: Msg | Plural) -> str:
    return part.msgid if isinstance(part, Msg) else f"{part.singular}\x00{part.plural}"


def _english_lines(forms: tuple[str, ...]) -> list[str]:
    lines = [f"  - English: {_md(forms[0])}"]
    if len(forms) > 1:
        lines.append(f"  - English, plural: {_md(forms[1])}")
    return lines


def _translated_lines(translation: _Translation, key: str) -> list[str]:
    forms = translation.strings.get(key, ())
    name = translation.name
    if not any(forms):
        return [f"  - {name}: ⚠ not translated: the English is shown"]
    if len(forms) == 1:
        return [f"  - {name}: {_md(forms[0])}"]
    return [
        f"  - {name} ({label}): {_md(form)}"
        for label, form in zip(translation.form_labels, forms, strict=False)
    ]


def _md(text: str) -> str:
    """Text as Markdown that shows it as it is: a line break as ``<br>``."""
    escaped = re.sub(r"([\\`*<|])", r"\\\1", text)
    return escaped.replace("\n", "<br>")


def _short(text: str, limit: int = 70) -> str:
    flat = " ".join(text.split())
    return _md(flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…")


def _cites(numbers: Iterable[int]) -> str:
    found = sorted(set(numbers))
    return " " + "".join(f"[{n}]" for n in found) if found else ""


def _english_of(value: Text | None) -> str:
    return rough_english(value) if value is not None else ""


# ---- 0. the header ------------------------------------------------------------------------------

_HOW_TO_REVIEW = (
    "**How to review.** Read every string in section 1 for its medical meaning and, in a "
    "translation, for whether it says the same as the English in plain words. Look hardest at "
    "the safety wording: the emergency check, the emergency and crisis screens, the self-harm "
    "questions, and what to do if things get worse. Check that each answer leads to the right "
    "level (section 2: Emergency, Urgent: today, Soon: within 1 to 2 weeks, Routine), that "
    "every medical statement is backed by the sources it cites (section 3), that the bot never "
    "invites a person to change a medicine themselves (it says “Never stop, start or change a "
    "medicine without your doctor”) and that it gives no dose anywhere. Check the numbers "
    "(section 4) against each country's health or emergency service, and the typed-distress "
    "phrases (section 5) as people really type them. Write each problem with the id of the "
    "string (`m-…`) or the row it concerns, and what it should say. Record the sign-off "
    "(content version, scope, role, name, date, outcome) in "
    f"`{SIGNOFF_DOC}`: a sign-off is valid only for the content version named above."
)
_DOSE = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|ug|ml|mL|g|IU|units?)\b")


def _header(doc: _Doc, code: str | None, today: date) -> None:
    translation = doc.translation
    covered = "English (the source text)"
    if translation is not None:
        covered += f" and {translation.name} (`{code}`), beside the English"
    doc.add(
        "# Content for review: the Sjögren's nerve-symptom bot",
        "",
        f"- **Content version:** `{content_version()}`",
        f"- **App version:** {app_version()}",
        f"- **Produced on:** {today.isoformat()}",
        f"- **Language:** {covered}",
        f"- **Strings:** {len(doc.english)} messages of the catalog",
    )
    if translation is not None:
        missing = [key for key in doc.english if not any(translation.strings.get(key, ()))]
        doc.add(f"- **Not translated:** {len(missing)}")
        if translation.status:
            doc.add(f"- **The {translation.name} catalog says:** {_md(translation.status)}")
    doses = [string_id(key) for key in doc.english if _DOSE.search(key)]
    doc.add(
        "- **Doses (checked by the export):** "
        + (
            "no English string gives a quantity in mg, µg, ml, g or units."
            if not doses
            else "these strings give a quantity with a unit: " + ", ".join(doses)
        )
    )
    doc.para(_HOW_TO_REVIEW)
    doc.para(
        "**Contents.** 1. Every screen and string, in the order a person meets them. "
        "2. The rules and thresholds that decide a level. 3. The sources. "
        "4. The emergency, urgent and crisis numbers. 5. The typed-distress phrases."
    )


# ---- 1. every screen and string -----------------------------------------------------------------

# The placeholders of the catalog: what the bot puts in their place.
PLACEHOLDERS: dict[str, str] = {
    "numbers": "the emergency numbers of the person's country, e.g. “112” or “15 or 112”; "
    "in a line of the source list, the sources' numbers, e.g. “[2][3]”",
    "number": "a phone number: the emergency numbers, or a crisis or urgent line's number",
    "name": "a service's own name, never translated, e.g. “Samaritans”",
    "country": "a country's name, in the person's language",
    "fallback": "the common emergency numbers: “112 (Europe and most mobile networks), "
    "911 (North America), 999 (UK)”",
    "europe": "112",
    "north_america": "911",
    "uk": "999",
    "directories": "the web addresses of the crisis-line directories (section 4)",
    "what": "what the person chose or told us, as a list (the buttons' labels)",
    "signs": "the list of sepsis warning signs (its own string)",
    "items": "a list of situations, each a string of its own",
    "level": "a level's name, e.g. “Urgent: see a doctor today”",
    "reasons": "the reasons for the result, as a list",
    "count": "a number; the string has a form for each kind of number",
    "date": "today's date, in the person's language",
    "version": "the content version, e.g. the one in this document's header",
    "question": "a question's short name",
    "answer": "the label of the answer chosen",
    "age": "the answer's label (the age group)",
    "sjogren": "the answer's label (about Sjögren's)",
    "duration": "the answer's label (how long the symptoms have lasted)",
    "nerves": "the labels of the nerve symptoms ticked",
    "sfn": "the answer's label (small fiber neuropathy)",
    "dryness": "a number from 0 to 10",
    "tiredness": "a number from 0 to 10",
    "pain": "a number from 0 to 10",
    "step": "the number of the question",
    "total": "the number of questions, about",
    "done": "the word “done”, translated",
    "back": "the word “back”, translated",
    "link": "the bot's link",
    "languages": "the list of language codes and names",
    "reference": "a source's short reference",
}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")

# Answers that reach most branches of the screens (not one realistic person).
_MANY_ANSWERS: dict[str, list[str]] = {
    "age_band": ["40_59"],
    "symptom_duration": ["over_1y"],
    "sjogren_status": ["suspected"],
    "dry_eyes_3m": ["yes"],
    "eye_grit": ["yes"],
    "tears_3x": ["no"],
    "dry_mouth_3m": ["yes"],
    "drink_to_swallow": ["yes"],
    "mouth_severity": ["moderate"],
    "eye_severity": ["mild_eye"],
    "burden_dryness": ["6"],
    "burden_fatigue": ["5"],
    "burden_pain": ["5"],
    "nerve_descriptors": ["burning", "tingling", "numbness"],
    "nerve_pattern": ["feet_hands"],
    "autonomic": ["dizzy_standing"],
    "sfn_status": ["not_tested"],
    "other_causes": ["unsure"],
    "current_treatment": ["opioid", "gabapentinoid", "steroids", "rituximab"],
    "red_flags_nerves": ["none"],
    "red_flags_body": ["gland_swelling", "b_symptoms", "fever"],
}
_NO_DRYNESS: dict[str, list[str]] = {
    **{question: ["no"] for question in (*questions.EYE_ITEMS, *questions.MOUTH_ITEMS)},
    "red_flags_body": ["none"],
}


def _dialog(state: str, answers: Mapping[str, list[str]], **fields: object) -> DialogState:
    """A dialog in ``state`` that has answered ``answers`` on its way there."""
    dialog = DialogState(state=state, answers=dict(answers), history=list(answers))
    for name, value in fields.items():
        setattr(dialog, name, value)
    return dialog


def _strings(doc: _Doc) -> None:
    doc.heading(2, "1. Every screen and string")
    doc.para(
        "Each string has an id (`m-…`, from its English text), the English, "
        + (f"the {doc.translation.name}, " if doc.translation else "")
        + "the note for translators where there is one, and the file that uses it. A string "
        "used again later is not repeated: the later place names its id. The screens are shown "
        "for a person whose country is not known, so the numbers are the common ones. "
        "A **Medical statement** cites its sources by number (section 3)."
    )
    _placeholders(doc)
    for title, section in _SECTIONS:
        doc.heading(3, title)
        section(doc)


def _placeholders(doc: _Doc) -> None:
    used = sorted({name for key in doc.english for name in _PLACEHOLDER.findall(key)})
    doc.para(
        "**Placeholders.** A word in braces, such as `{numbers}`, is filled in by the bot; it "
        "stays as it is in every translation. What each one holds:"
    )
    for name in used:
        meaning = PLACEHOLDERS.get(name, "see the note for translators of the string")
        doc.add(f"- `{{{name}}}`: {meaning}")


def _question(doc: _Doc, question: Question, title: str = "") -> None:
    """A question: its wording, each option by id (with what it alone leads to), its hint."""
    name = title or _english_of(question.short_name) or question.id
    doc.heading(4, f"Question `{question.id}`: {_md(name)}")
    doc.para(_question_facts(question))
    doc.text("Question", question.prompt, question.sources)
    as_is = [option.id for option in question.options if not isinstance(option.label, Msg)]
    if as_is:
        doc.para(
            "Options shown as they are (numbers, or country names in the person's language), "
            "not from the catalog: " + ", ".join(f"`{option}`" for option in as_is)
        )
    for option in question.options:
        if isinstance(option.label, Msg):
            doc.text(
                f"Option `{option.id}`", option.label, suffix=_leads_to(question.id, option.id)
            )
        doc.text(f"Option `{option.id}`, in full", option.detail)
    doc.text("Hint", question.hint, question.hint_sources)
    doc.text("Short name, in the visit summary", question.short_name)


def _question_facts(question: Question) -> str:
    facts = [
        {"one": "One answer", "many": "Tick all that fit, then Done"}.get(
            question.select, "No answer"
        ),
        "Back offered" if question.back else "no Back",
    ]
    if question.safety:
        facts.append("a safety question (shorter screens, simpler words)")
    if question.sources:
        facts.append("based on sources" + _cites(question.sources))
    return "*" + "; ".join(facts) + ".*"


def _leads_to(question_id: str, option_id: str) -> str:
    """What this answer alone leads to, computed by the triage rules."""
    found = triage.reasons({question_id: [option_id]}, crisis=False)
    return "".join(f" → alone: **{_level(r.level)}** (reason `{r.id}`)" for r in found)


def _level(level: Level) -> str:
    return level.value.capitalize()


def _options(doc: _Doc, label: str, options: Iterable[Option]) -> None:
    for option in options:
        doc.text(f"{label} `{option.id}`", option.label)
        doc.text(f"{label} `{option.id}`, in full", option.detail)


def _constants(doc: _Doc, module: ModuleType) -> None:
    """A module's strings kept in constants, by the constant's name (a bare string or pair of
    strings only when it is a message of the catalog)."""
    prefix = module.__name__.split(".")[-1]
    for name, value in vars(module).items():
        if not name.isupper():
            continue
        for label, text, cites in _constant_texts(name, value):
            parts = list(_parts(text)) if text is not None else []
            if parts and (isinstance(value, Msg | Block | Option | dict) or _known(doc, parts)):
                doc.text(f"`{prefix}.{label}`", text, cites, skip=set(doc.shown))


def _known(doc: _Doc, parts: list[tuple[str, Msg | Plural]]) -> bool:
    return _key(parts[0][1]) in doc.english


def _constant_texts(name: str, value: object) -> Iterator[tuple[str, Text | None, tuple[int, ...]]]:
    match value:
        case Msg() | Plural():
            yield name, value, ()
        case str():
            yield name, Msg(value), ()
        case (str() as singular, str() as plural_form):
            yield name, Plural(singular, plural_form, 2), ()
        case (Msg() as full, Msg() as short, tuple() as cites):
            yield f"{name} (full)", full, cites
            yield f"{name} (short)", short, cites
        case Block(text=text, sources=cites):
            yield name, text, cites
        case Option(id=option_id, label=label, detail=detail):
            yield f"{name} (`{option_id}`)", label if isinstance(label, Msg) else None, ()
            yield f"{name} (`{option_id}`, in full)", detail, ()
        case dict():
            for key, inner in value.items():
                yield from _constant_texts(f"{name}[{key}]", inner)


# -- 1.1 to 1.4: the safety check, consent and country


def _welcome(doc: _Doc) -> None:
    doc.para("The first message: a short welcome, then the emergency check.")
    doc.blocks(notices.welcome())
    _question(doc, safety_questions.EMERGENCY_NOW, "the emergency check")
    doc.para("After “I tapped this by mistake” on the emergency screen:")
    _question(doc, safety_questions.CONFIRM_MISTAKE, "was it a mistake?")
    doc.para(
        "A new conversation less than 24 hours after an emergency or a disclosure opens with "
        "(here after “Breathing, chest pain, fainting”):"
    )
    what = ListOf((emergency.told("breathing_chest"),))
    doc.blocks(notices.carried_note(what, None, None, crisis=True))
    doc.leftovers(["dialogs/engine.py"], "And the words that fill `{what}` after a disclosure:")


def _emergency_screen(doc: _Doc) -> None:
    doc.para(
        "Shown after any group of the emergency check, a plan or act of self-harm, or signs of "
        "sepsis. Its lines depend on what was chosen: every line that can appear is listed once, "
        "in the screen's order."
    )
    reasons = (*safety_questions.EMERGENCY_GROUPS, *emergency.TOLD)
    doc.blocks(emergency.emergency_blocks(reasons, None, None, crisis=False))
    doc.blocks(emergency.emergency_blocks(reasons, None, None, crisis=True), new_only=True)
    doc.para(
        "`{what}` in “You told us: {what}.” is the emergency check's buttons, or for the other "
        "reasons:"
    )
    for reason, told in emergency.TOLD.items():
        doc.text(f"For reason `{reason}`", told)
    doc.para("Its buttons:")
    _options(
        doc,
        "Button",
        (
            safety_questions.MISTAKE,
            safety_questions.ON_PURPOSE,
            safety_questions.END,
            safety_questions.MY_NUMBERS,
        ),
    )
    doc.leftovers(
        ["dialogs/phone_lines.py"],
        "How the numbers are worded, every variant (country known or not, a line with or "
        "without its own name, a country guessed from the language), in the order of "
        "`dialogs/phone_lines.py`:",
    )


def _self_harm(doc: _Doc) -> None:
    _question(doc, safety_questions.SELF_HARM_CHECK, "thoughts of self-harm")
    doc.para("After “I'd rather not say”:")
    doc.blocks(notices.prefer_not(None, None))
    doc.para("After “Yes”: the crisis line at once, with the question about a plan.")
    doc.blocks(emergency.plan_blocks(None, None))
    _question(doc, safety_questions.SELF_HARM_PLAN, "a plan or an act")
    doc.para("The crisis screen:")
    doc.blocks(emergency.crisis_blocks(None, None))
    _options(doc, "Button", (safety_questions.CONTINUE, safety_questions.END))
    doc.leftovers(["dialogs/emergency.py"], "Other strings of the emergency and crisis screens:")


def _consent(doc: _Doc) -> None:
    _question(doc, questions.CONSENT, "consent")
    doc.para(
        "The privacy notice (the option `privacy`, and /privacy). `{count}` is the operator's "
        f"setting: by default {Settings().link_retention_days} days for the key and "
        f"{Settings().transcript_retention_days} days for the records."
    )
    doc.blocks(notices.privacy(Settings()))
    doc.para("After “I am under 18”:")
    doc.blocks(notices.under_18(None, None, crisis=False))
    doc.para(
        "The country is asked once, to show the right numbers. When the person's language "
        "names a country (here British English), the first page asks:"
    )
    _question(doc, country_question("en", "gb", 0), "country, when the language names one")
    doc.para("Otherwise, and after “Another country”, pages of six countries:")
    _question(doc, country_question("en", None, 0), "country")
    doc.leftovers(["dialogs/country_picker.py"], "Other strings of the country question:")


# -- 1.5 to 1.6: the questionnaire and the red flags


def _questionnaire(doc: _Doc) -> None:
    doc.para(
        "In the order they are asked; some are asked only after certain answers. "
        "“Alone: …” after an option is what that answer by itself leads to (section 2)."
    )
    for question in questions.SCREENING:
        if question not in (*questions.RED_FLAG_QUESTIONS, questions.SEPSIS_SIGNS):
            _question(doc, question)


def _red_flags(doc: _Doc) -> None:
    for question in (*questions.RED_FLAG_QUESTIONS, questions.SEPSIS_SIGNS):
        _question(doc, question)
    doc.quote(f"`fever_alone`: {triage.fever_alone.__doc__}")
    doc.leftovers(["dialogs/questions.py"], "Other strings of the questions:")


# -- 1.7: the result


def _result(doc: _Doc) -> None:
    doc.para("The levels' names, and what each asks the person to do:")
    for level in reversed(LEVEL_ORDER):
        doc.text(f"Name of the level `{level}`", result.LEVEL_NAME[level])
        doc.text(f"What to do, level `{level}`", result.LEVEL_ADVICE.get(level))
    doc.para(
        "The reasons, as the result lists them. A red flag is listed with its own option "
        "(section 1.6), an emergency group with its button (section 1.1)."
    )
    for reason, text in result.REASON_TEXT.items():
        doc.text(f"Reason `{reason}`", text)
    doc.text("Reason `fever`, on a treatment that lowers the defences", result.FEVER_ON_TREATMENT)
    doc.para("The first screen of the result, every line that can appear:")
    for level in reversed(LEVEL_ORDER):
        doc.blocks(result.level_blocks(level, None, None), new_only=level is not Level.EMERGENCY)
    doc.blocks(result.crisis_blocks(None, None))
    doc.blocks([result.retraction_block(("stroke_brain",), None, None)])
    doc.blocks(result.reason_blocks(()))
    doc.blocks(result.reason_blocks((("burden", Level.SOON),)))
    doc.para("The second screen, what the answers mean:")
    reasons = tuple(r.id for r in triage.reasons(_MANY_ANSWERS, crisis=False))
    doc.blocks(result.meaning_blocks(_MANY_ANSWERS, reasons))
    doc.blocks(result.meaning_blocks(_NO_DRYNESS, ()), new_only=True)
    doc.leftovers(["dialogs/result.py"], "Other strings of the result:")
    _safety_net(doc)


_NET_EXAMPLES: tuple[tuple[str, dict[str, list[str]]], ...] = (
    ("no treatment, no red flag", {}),
    ("a fever, no treatment that lowers the defences", {"red_flags_body": ["fever"]}),
    ("a fever, on steroids", {"red_flags_body": ["fever"], "current_treatment": ["steroids"]}),
    ("an opioid with gabapentin or pregabalin", {"current_treatment": ["opioid", "gabapentinoid"]}),
    ("methotrexate or similar", {"current_treatment": ["immunosuppressant"]}),
    ("rituximab", {"current_treatment": ["rituximab"]}),
)


def _safety_net(doc: _Doc) -> None:
    doc.heading(4, "What to do if things get worse (the third screen)")
    doc.quote(safety_net.__doc__)
    doc.blocks([safety_net.heading()])
    doc.para(
        "Its items, each in its full form (on the result) and its short form (on the end screen "
        "and in the visit summary):"
    )
    _constants(doc, safety_net)
    doc.para("Which items are shown, for some answers (computed by the bot's own rules):")
    items = {
        name: value
        for name, value in vars(safety_net).items()
        if name.isupper() and isinstance(value, tuple) and value and isinstance(value[0], Msg)
    }
    for label, answers in _NET_EXAMPLES:
        shown = [block.text for block in safety_net.lines(answers, None, None)]
        names = [f"`{name}`" for name, item in items.items() if item[0] in shown]
        doc.add(f"- With {label}: {', '.join(names)}")
    doc.para("The lines around the items (full, short, and in the visit summary):")
    for form in ("full", "short", "inline"):
        doc.blocks(safety_net.lines(_MANY_ANSWERS, None, None, form=form), new_only=True)
    doc.leftovers(["dialogs/safety_net.py"], "Other strings of this screen:")


# -- 1.8 to 1.10: the topics, the visit summary, the end


def _topics(doc: _Doc) -> None:
    doc.quote(topics.__doc__)
    matching = _dialog("result", {"dry_mouth_3m": ["yes"]})
    doc.text("The menu, when some topics match the answers", screens.menu_question(matching).prompt)
    doc.text("The menu, when none does", screens.menu_question(_dialog("result", {})).prompt)
    doc.quote(f"`matching`: {topics.matching.__doc__}")
    for topic in topics.TOPICS:
        doc.heading(4, f"Topic `{topic.id}`: {_md(_english_of(topic.title))}")
        doc.text("Button", topic.label)
        doc.text("Title", topic.title)
        tiers = iter(range(1, len(topic.lines) + 1))
        for line in topic.lines:
            label = f"Tier {next(tiers)}" if line.tier else "Fact"
            doc.text(f"{label} `{line.id}`", line.text, line.sources)
    doc.para("At the end of every topic, and in the nerve-pain topic after a disclosure:")
    doc.blocks([topics.NEVER_CHANGE_MEDICINE, topics.SAFE_STORAGE])
    doc.para("The menu's other buttons:")
    _options(doc, "Button", topics.MENU_EXTRAS)
    doc.leftovers(["dialogs/topics.py"], "Other strings of the topics:")


def _visit_summary(doc: _Doc) -> None:
    doc.quote(summary.__doc__)
    doc.para("Every line that can appear, in the summary's order:")
    many = _dialog("visit_summary", _MANY_ANSWERS, crisis=True, retracted=["stroke_brain"])
    doc.blocks(_without_sources(screens.summary_screen(many, content_version()).blocks))
    for answers in (_NO_DRYNESS, {"dry_mouth_3m": ["yes"], "sjogren_status": ["suspected"]}):
        dialog = _dialog("visit_summary", answers)
        blocks = screens.summary_screen(dialog, content_version()).blocks
        doc.blocks(_without_sources(blocks), new_only=True)
    doc.para("Then the list of the sources it cites (section 1.13).")
    doc.leftovers(["dialogs/summary.py"], "Other strings of the visit summary:")


def _without_sources(blocks: Iterable[Block]) -> list[Block]:
    """A screen's paragraphs without its source list (section 1.13 shows it once)."""
    heading = sources.source_list([Block(Msg(""), "statement", (1,))])[0].text
    return [block for block in blocks if block.style != "source" and block.text != heading]


def _end(doc: _Doc) -> None:
    doc.para("The end screen (after “End”), then its buttons:")
    doc.blocks(_without_sources(screens.end_screen(_dialog("end", {})).blocks))
    doc.para("After an emergency, instead of what to do if things get worse:")
    emergency_answers = {"emergency_now": ["breathing_chest"]}
    doc.blocks(screens.end_screen(_dialog("end", emergency_answers)).blocks)
    _options(doc, "Button", screens.END_QUESTION.options)
    doc.para("After “Share this bot”:")
    doc.blocks(notices.share())
    doc.leftovers(["dialogs/screens.py"], "Other strings of the screens:")


# -- 1.11 to 1.14: notices and help, around the questions, sources, anything else


_MEDIA: tuple[Medium, ...] = ("buttons", "keyboard")


def _notices(doc: _Doc) -> None:
    doc.para("/help, with the buttons and in the console:")
    for medium in _MEDIA:
        doc.blocks(notices.help_blocks(None, None, medium), new_only=medium != "buttons")
    doc.para("Typed text the bot does not act on; typed words of an emergency or of despair:")
    for medium in _MEDIA:
        doc.blocks(notices.buttons_only(None, None, medium), new_only=medium != "buttons")
    doc.blocks([notices.emergency_words(None, None)])
    doc.blocks(notices.unclear_distress(None, None))
    doc.para("The notes before a question is shown again:")
    _constants(doc, notices)
    doc.leftovers(["dialogs/notices.py"], "Other notices:")


def _around(doc: _Doc) -> None:
    doc.para(
        "The shells' own words (`bot/words.py`): around the questions, the console chat, "
        "/language, /delete, groups and sharing, the command menu and the bot's profile."
    )
    _constants(doc, words)
    doc.leftovers(["bot/words.py"], "Other strings of the shells:")


def _source_list(doc: _Doc) -> None:
    doc.para(
        "Under a screen with medical statements, the sources it cites; their full references "
        "are in section 3."
    )
    doc.para("The short form of each source, which fills `{reference}` below:")
    for number, label in sources.SOURCES.items():
        doc.text(f"Source {number}", label)
    doc.para("The list's heading and each of its lines (e.g. “[2][3] A published review…”):")
    every = [Block(Msg(""), "statement", tuple(sources.SOURCES))]
    doc.blocks(sources.source_list(every)[:2])
    doc.leftovers(["dialogs/sources.py"], "Other strings of the sources:")


def _anything_else(doc: _Doc) -> None:
    rest = doc.rest()
    if not rest:
        doc.para("None: every string of the catalog is shown above.")
    doc.entries(rest)


_SECTIONS: tuple[tuple[str, Callable[[_Doc], None]], ...] = (
    ("1.1 The welcome and the emergency check", _welcome),
    ("1.2 The emergency screen", _emergency_screen),
    ("1.3 The self-harm questions and the crisis screen", _self_harm),
    ("1.4 Consent, privacy and the country", _consent),
    ("1.5 The questionnaire", _questionnaire),
    ("1.6 The red flags", _red_flags),
    ("1.7 The result", _result),
    ("1.8 The treatment topics", _topics),
    ("1.9 The visit summary", _visit_summary),
    ("1.10 The end", _end),
    ("1.11 Notices and help", _notices),
    ("1.12 Around the questions: buttons, the console, Telegram", _around),
    ("1.13 The source list", _source_list),
    ("1.14 Anything else", _anything_else),
)

# ---- 2. the rules -------------------------------------------------------------------------------


def _rules(doc: _Doc) -> None:
    doc.heading(2, "2. The rules and thresholds that decide a level")
    doc.quote(triage.__doc__)
    _levels(doc)
    _thresholds(doc)
    _reasons(doc)
    _rule_texts(doc)


def _levels(doc: _Doc) -> None:
    doc.heading(3, "2.1 The levels")
    doc.quote(levels.Level.__doc__)
    doc.quote(f"`most_urgent`: {levels.most_urgent.__doc__}")
    doc.add("| Level | Its name | What the person is told to do |", "|---|---|---|")
    for level in reversed(LEVEL_ORDER):
        told = [
            _english_of(block.text)
            for block in result.level_blocks(level, None, None)
            if block.style == "notice"
        ]
        name = _english_of(result.LEVEL_NAME[level])
        doc.add(f"| `{level}` | {_md(name)} | {_md(' '.join(told))} |")


def _thresholds(doc: _Doc) -> None:
    doc.heading(3, "2.2 The thresholds and lists")
    doc.para(
        "The constants of `dialogs/triage.py` (and the lists of questions it uses), with the "
        "comment beside each in the code:"
    )
    notes = {**_notes(safety_questions), **_notes(questions), **_notes(triage)}
    doc.add("| Constant | Value | What the code says |", "|---|---|---|")
    for name, value in vars(triage).items():
        if name.isupper() and isinstance(value, int | tuple | frozenset):
            shown = _value(value)
            doc.add(f"| `{name}` | {shown} | {_cell(notes.get(name, ''))} |")
    doc.para("`RED_FLAG_LEVELS` and `REASON_QUESTION` are in 2.3, reason by reason.")


def _cell(text: str) -> str:
    """Code comments and docstrings in a table: as they are, but for the column mark."""
    return text.replace("|", "\\|")


def _value(value: object) -> str:
    """A constant's value: a number, or ids with their English labels."""
    if isinstance(value, int):
        return str(value)
    ids = [str(item) for item in value] if isinstance(value, tuple | frozenset) else []
    if all(item in questions.QUESTIONS for item in ids):
        return ", ".join(f"`{item}`" for item in ids)
    owner = next((q for q in questions.QUESTIONS.values() if set(ids) <= set(q.option_ids)), None)
    if owner is None:
        return ", ".join(f"`{item}`" for item in sorted(ids))
    ordered = [option for option in owner.options if option.id in ids]
    return ", ".join(f"`{o.id}` ({_md(_english_of(o.label))})" for o in ordered)


# Answers that give each reason that is not a single option (checked against the rules).
_EXAMPLES: dict[str, dict[str, list[str]]] = {
    "purpura_fever": {"red_flags_body": ["purpura_ulcers", "fever"]},
    "glands_b_symptoms": {"red_flags_body": ["gland_swelling", "b_symptoms"]},
    "neuropathic_features": {
        "nerve_descriptors": ["burning", "tingling", "numbness"],
        "sfn_status": ["not_tested"],
    },
    "sicca_positive": {"dry_eyes_3m": ["yes"], "sjogren_status": ["suspected"]},
    "burden": {"burden_dryness": ["5"], "burden_fatigue": ["5"], "burden_pain": ["5"]},
    "autonomic": {"autonomic": ["dizzy_standing"]},
    "self_harm": {},
}


def _conditions() -> dict[str, str]:
    """Each reason that is not a single option, in plain words, read from the code."""
    t = triage
    return {
        "self_harm_plan": "“Yes” to `self_harm_plan`, or typed words read as an act.",
        "self_harm": "The crisis flag is set: “Yes” to `self_harm_check`, or typed words read "
        f"as a wish to die. {_md(inspect.cleandoc(turn.set_crisis.__doc__ or ''))}",
        "purpura_fever": "`purpura_ulcers` and `fever` both ticked.",
        "sepsis_signs": "“Yes” to `sepsis_signs` (asked after a fever without purple spots).",
        "glands_b_symptoms": "`gland_swelling` and `b_symptoms` both ticked.",
        "neuropathic_features": f"{t.NEUROPATHIC_DESCRIPTORS} or more options ticked in "
        "`nerve_descriptors`, with pain (one of `PAINFUL_DESCRIPTORS` ticked, or "
        f"`burden_pain` {t.PAIN_SCALE_THRESHOLD} or more), and `sfn_status` one of "
        "`SFN_NOT_CONFIRMED_FOR_FEATURES`.",
        "sicca_positive": "“Yes” to any of `EYE_ITEMS` or `MOUTH_ITEMS`, and `sjogren_status` "
        "one of `SJOGREN_NOT_CONFIRMED`.",
        "burden": f"The three `BURDEN_ITEMS` add up to {t.BURDEN_THRESHOLD} or more (an "
        "unanswered scale counts as 0).",
        "autonomic": "Any option ticked in `autonomic`, and `sfn_status` not `confirmed`.",
    }


def _reasons(doc: _Doc) -> None:
    doc.heading(3, "2.3 Every reason and the level it gives")
    doc.para(
        "Each reason, the question it belongs to, and what gives it. The level is computed here "
        "by the bot's own rules, from the answers shown (or the single option named)."
    )
    conditions = _conditions()
    doc.add("| Reason | Level | Question | When |", "|---|---|---|---|")
    for reason, question_id in triage.REASON_QUESTION.items():
        answers, crisis = _example(reason, question_id)
        level = {r.id: r.level for r in triage.reasons(answers, crisis=crisis)}.get(reason)
        shown = f"**{_level(level)}**" if level else f"⚠ {OUT_OF_DATE}"
        option = questions.QUESTIONS[question_id].option(reason)
        when = (
            f"“{_md(_english_of(option.label))}” chosen"
            if option is not None
            else conditions.get(reason, f"⚠ {OUT_OF_DATE}: see `dialogs/triage.py`")
        )
        doc.add(f"| `{reason}` | {shown} | `{question_id}` | {when} |")
    _fever_row(doc)


def _example(reason: str, question_id: str) -> tuple[dict[str, list[str]], bool]:
    if reason in _EXAMPLES:
        return _EXAMPLES[reason], reason == "self_harm"
    return {question_id: [reason if reason != question_id else "yes"]}, False


def _fever_row(doc: _Doc) -> None:
    lowering = sorted(triage.IMMUNE_LOWERING)
    answers = {"red_flags_body": ["fever"], "current_treatment": lowering[:1]}
    level = {r.id: r.level for r in triage.reasons(answers, crisis=False)}.get("fever")
    shown = f"**{_level(level)}**" if level else f"⚠ {OUT_OF_DATE}"
    doc.add(
        f"| `fever` | {shown} | `red_flags_body` | “Fever or shivering now” chosen while "
        "`current_treatment` includes any of `IMMUNE_LOWERING` |"
    )


def _rule_texts(doc: _Doc) -> None:
    doc.heading(3, "2.4 The rules in the code's words")
    doc.para("Every rule of `dialogs/triage.py` that has a description, in the code's order:")
    functions = [
        value
        for value in vars(triage).values()
        if inspect.isfunction(value) and value.__module__ == triage.__name__
    ]
    for function in sorted(functions, key=lambda f: f.__code__.co_firstlineno):
        if function.__doc__:
            doc.add(f"- `{function.__name__}`: {' '.join(function.__doc__.split())}")
    doc.para(
        "A typed message can also raise the level: section 5 lists the phrases, and "
        "`dialogs/typed_text.py` what each category leads to."
    )
    doc.quote(f"`dialogs/typed_text.py`: {_typed_text_doc()}")


def _typed_text_doc() -> str:
    module = importlib.import_module("dialogs.typed_text")
    return module.__doc__ or ""


# ---- reading comments beside the constants ----------------------------------------------------


def _notes(module: ModuleType) -> dict[str, str]:
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
    return _joined(list(reversed(found)))


def _docstring(node: ast.stmt | None) -> str:
    if not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)):
        return ""
    value = node.value.value
    return " ".join(inspect.cleandoc(value).split()) if isinstance(value, str) else ""


def _joined(lines: list[str]) -> str:
    """Comment lines as one text; a web address cut at the end of a line is joined again."""
    text = ""
    for line in lines:
        last = text.split()[-1] if text.split() else ""
        glue = "" if ("/" in last and last[-1] in "-/_") else " "
        text = f"{text}{glue}{line}" if text else line
    return text


# ---- 3. the sources -----------------------------------------------------------------------------


def _sources(doc: _Doc) -> None:
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
        label = _english_of(sources.SOURCES[number])
        citing = [sid for sid, cited in doc.cited.items() if number in cited]
        doc.add(f"- **[{number}]** {_md(reference)}")
        doc.add(f"  - Shown as: {_md(label)}")
        doc.add(f"  - Cited by {len(citing)} strings:")
        doc.add(*(f"    - `{sid}` {_said(doc, sid)}" for sid in citing))
    alone = [sid for sid, cited in doc.cited.items() if cited and cited <= set(unnamed)]
    doc.para("**Strings that cite only sources not yet identified:**")
    doc.add(*(f"- `{sid}` {_said(doc, sid)}" for sid in alone))
    if not alone:
        doc.add("- none")


def _said(doc: _Doc, sid: str) -> str:
    """A string's English in short, by its id."""
    key = next((key for key in doc.english if string_id(key) == sid), "")
    return f"“{_short(key.split(chr(0))[0], 90)}”"


def _numbers_text(numbers: list[int]) -> str:
    if len(numbers) > 1 and numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"{numbers[0]} to {numbers[-1]}"
    return ", ".join(str(n) for n in numbers)


# ---- 4. the number table ------------------------------------------------------------------------


def _numbers(doc: _Doc) -> None:
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


def _country_details(doc: _Doc, entry: CountryNumbers, notes: list[str]) -> None:
    doc.heading(4, _country(entry.code))
    for line in entry.emergency:
        doc.add(f"- Emergency: {line.number}: {_source(line)}")
    for kind, other in (("Urgent line", entry.urgent), ("Crisis line", entry.crisis)):
        if other is None:
            doc.add(f"- {kind}: none in the table")
        else:
            doc.add(f"- {kind}: {_line_text(other)}: {_source(other)}")
    for note in notes:
        doc.add(f"- Note in the table: {_md(note)}")


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
    return [_joined(group) for group in groups]


def _fallbacks(doc: _Doc) -> None:
    notes = _notes(emergency_numbers)
    doc.heading(3, "4.2 When the country is not known")
    for number, region in emergency_numbers.FALLBACK_NUMBERS:
        doc.add(f"- {number} (`{region}`)")
    doc.quote(notes.get("FALLBACK_NUMBERS"))
    doc.para("The crisis-line directories:")
    for url in emergency_numbers.CRISIS_DIRECTORIES:
        doc.add(f"- <{url}>")
    doc.quote(notes.get("CRISIS_DIRECTORIES"))


# ---- 5. the typed-distress phrases --------------------------------------------------------------


def _phrases(doc: _Doc, code: str) -> None:
    doc.heading(2, "5. The typed-distress phrases")
    doc.quote(distress_package.__doc__)
    phrases = next(p for p in phrase_lists() if p.language == code)
    name = Locale.parse(code).get_display_name("en") or code
    doc.para(
        f"The {name} list (`dialogs/distress/{code.lower()}.py`). Every list is read whatever "
        "the person's language; the other languages' lists are in their own documents."
    )
    doc.quote(importlib.import_module(f"dialogs.distress.{code.lower()}").__doc__)
    for title, entries in _categories(phrases):
        doc.heading(3, f"{title} ({len(entries)} phrases)")
        doc.add(*(f"- `{phrase}`" for phrase in entries))


def _categories(phrases: PhraseList) -> list[tuple[str, tuple[str, ...]]]:
    found = [(f"`{category.value}`", phrases.of(category)) for category in Category]
    return [*found, ("`not_distress` (cancels a match it overlaps)", phrases.not_distress)]
