"""The content version changes whenever what a person sees, or what decides a level, changes:
a translation, a threshold, a rule, a phrase; and not for a comment or a docstring."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import versions
from dialogs.content import CONTENT_RELEASE
from locales.translator import catalog_messages


def test_the_content_version_is_the_release_and_a_digest() -> None:
    assert re.fullmatch(
        rf"{re.escape(CONTENT_RELEASE)}\+[0-9a-f]{{12}}", versions.content_version()
    )


def test_changing_a_german_string_changes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    before = versions.catalogs_digest()

    def edited(language: str) -> dict[str, str]:
        messages = catalog_messages(language)
        if language == "de":
            key = next(iter(messages))
            messages[key] = messages[key] + " (geändert)"
        return messages

    monkeypatch.setattr(versions, "catalog_messages", edited)
    assert versions.catalogs_digest() != before


def copy_of_the_core(tmp_path: Path) -> Path:
    target = tmp_path / "dialogs"
    shutil.copytree(versions.DIALOGS_DIR, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def test_changing_the_burden_threshold_changes_it(tmp_path: Path) -> None:
    core = copy_of_the_core(tmp_path)
    triage = core / "triage.py"
    triage.write_text(triage.read_text().replace("BURDEN_THRESHOLD = 15", "BURDEN_THRESHOLD = 16"))
    assert versions.core_digest(core) != versions.core_digest()


def test_changing_a_phrase_changes_it(tmp_path: Path) -> None:
    core = copy_of_the_core(tmp_path)
    english = core / "distress" / "en.py"
    english.write_text(
        english.read_text().replace('"want to die", ', '"want to die", "want to go", ')
    )
    assert versions.core_digest(core) != versions.core_digest()


def test_a_comment_or_a_docstring_does_not_change_it(tmp_path: Path) -> None:
    core = copy_of_the_core(tmp_path)
    triage = core / "triage.py"
    source = triage.read_text()
    source = source.replace('"""Triage:', '"""Triage, reworded:', 1) + "\n# a comment\n"
    triage.write_text(source)
    assert versions.core_digest(core) == versions.core_digest()


@pytest.fixture
def uncached() -> Iterator[None]:
    versions.content_version.cache_clear()
    yield
    versions.content_version.cache_clear()


def test_the_version_is_kept_until_a_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, uncached: None
) -> None:
    core = copy_of_the_core(tmp_path)
    monkeypatch.setattr(versions, "DIALOGS_DIR", core)
    first = versions.content_version()
    kept = core / "__pycache__" / "content-version"
    assert kept.read_text(encoding="ascii").split() == [versions.inputs_digest(), first]
    kept.write_text(f"{versions.inputs_digest()} 2.0+0123456789ab\n", encoding="ascii")
    versions.content_version.cache_clear()
    assert versions.content_version() == "2.0+0123456789ab"  # the kept one is trusted...
    triage = core / "triage.py"
    triage.write_text(triage.read_text().replace("BURDEN_THRESHOLD = 15", "BURDEN_THRESHOLD = 16"))
    versions.content_version.cache_clear()
    changed = versions.content_version()  # ...until any file changes
    assert changed not in (first, "2.0+0123456789ab")
