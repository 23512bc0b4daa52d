"""The message catalogs: up to date with the code, complete, and consistent in every language."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from dialogs import country_picker, questions, screens, topics
from dialogs.safety_questions import CONTINUE, END, MISTAKE, MY_NUMBERS, ON_PURPOSE
from dialogs.text import Msg
from locales.translator import LOCALE_DIR, available

ROOT = Path(__file__).resolve().parents[1]
PYBABEL = str(Path(sys.executable).with_name("pybabel"))
PLACEHOLDER = re.compile(r"\{(\w*)\}")
MAX_LABEL = 40


def load(path: Path) -> Catalog:
    with path.open("rb") as source:
        return read_po(source)


def catalogs() -> list[str]:
    return [language for language in available()]


def messages_of(catalog: Catalog) -> dict[object, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {
        message.id: (tuple(message.auto_comments), tuple(sorted(message.flags)))
        for message in catalog
        if message.id
    }


def test_the_template_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "messages.pot"
    subprocess.run(
        [PYBABEL, "extract", "-o", str(fresh)], cwd=ROOT, check=True, capture_output=True
    )
    committed = messages_of(load(LOCALE_DIR / "messages.pot"))
    extracted = messages_of(load(fresh))
    missing = set(extracted) - set(committed)
    stale = set(committed) - set(extracted)
    assert not missing and not stale, f"run `make locales`: new {missing}, stale {stale}"
    assert extracted == committed, "translator comments or flags changed: run `make locales`"


def test_every_catalog_is_up_to_date_with_the_template() -> None:
    checked = subprocess.run(
        [PYBABEL, "update", "--check"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stderr


@pytest.mark.parametrize("language", catalogs())
def test_every_message_is_translated_and_none_is_fuzzy(language: str) -> None:
    catalog = load(LOCALE_DIR / language / "LC_MESSAGES" / "messages.po")
    for message in catalog:
        if not message.id:
            continue
        assert "fuzzy" not in message.flags, f"{language}: fuzzy {message.id!r}"
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(strings), f"{language}: untranslated {message.id!r}"


@pytest.mark.parametrize("language", catalogs())
def test_placeholders_match_the_source(language: str) -> None:
    catalog = load(LOCALE_DIR / language / "LC_MESSAGES" / "messages.po")
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        wanted = set(PLACEHOLDER.findall(ids[0])) | set(PLACEHOLDER.findall(ids[-1]))
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for string in strings:
            found = set(PLACEHOLDER.findall(string))
            # A plural form may leave out {count} (as English "one" does); nothing else.
            assert found <= wanted and wanted - found <= {"count"}, (
                f"{language}: placeholders differ in {message.id!r}: {string!r}"
            )


def button_labels() -> set[str]:
    """Every label a button can carry: the questions' options, the safety screens' buttons, the
    country picker's, the topics menu's and the end screen's."""
    labels: set[str] = set()
    all_questions = [
        *questions.QUESTIONS.values(),
        screens.END_QUESTION,
        country_picker.question("en", "gb", 0),
        country_picker.question("en", None, 0),
    ]
    for question in all_questions:
        labels.update(o.label.msgid for o in question.options if isinstance(o.label, Msg))
    buttons = (MISTAKE, END, MY_NUMBERS, ON_PURPOSE, CONTINUE)
    labels.update(o.label.msgid for o in buttons if isinstance(o.label, Msg))
    labels.update(topic.label.msgid for topic in topics.TOPICS)
    labels.update(o.label.msgid for o in topics.MENU_EXTRAS if isinstance(o.label, Msg))
    # A ticked or chosen button gets a two-character mark in front of its label.
    return labels


@pytest.mark.parametrize("language", catalogs())
def test_button_labels_are_at_most_40_characters_with_their_mark(language: str) -> None:
    catalog = load(LOCALE_DIR / language / "LC_MESSAGES" / "messages.po")
    labels = button_labels()
    for message in catalog:
        if message.id in labels:
            assert len(message.string) <= MAX_LABEL, f"{language}: too long: {message.string!r}"


def test_the_english_catalog_is_the_source_text() -> None:
    catalog = load(LOCALE_DIR / "en" / "LC_MESSAGES" / "messages.po")
    for message in catalog:
        if message.id:
            expected = message.id if isinstance(message.id, str) else tuple(message.id)
            assert message.string == expected


def test_the_po_linter_finds_no_error() -> None:
    """dennis: no variable in a translation that its source lacks, no broken brace."""
    dennis = str(Path(sys.executable).with_name("dennis-cmd"))
    linted = subprocess.run(
        [dennis, "lint", "--errorsonly", str(LOCALE_DIR)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert linted.returncode == 0, linted.stdout + linted.stderr
    assert "Total number of errors:                0" in linted.stdout


@pytest.mark.parametrize("language", catalogs())
def test_babel_checks_pass_for_every_message(language: str) -> None:
    catalog = load(LOCALE_DIR / language / "LC_MESSAGES" / "messages.po")
    problems = [(message.id, errors) for message, errors in catalog.check() if errors]
    assert not problems, f"{language}: {problems[:3]}"
