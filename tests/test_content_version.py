"""The content version changes whenever content changes.

The digest covers every message the core can show (from the message template) and the rules
as data: questions, options, levels, transitions, topics, tiers, sources and the number table.
"""

from __future__ import annotations

import hashlib
import json

from babel.messages.pofile import read_po

from dialogs import content, emergency_numbers, flow, questions, sources, topics, triage
from locales.translator import LOCALE_DIR


def content_digest() -> str:
    with (LOCALE_DIR / "messages.pot").open("rb") as template:
        catalog = read_po(template)
    core_messages = sorted(
        str(message.id)
        for message in catalog
        if message.id and any(path.startswith("dialogs/") for path, _ in message.locations)
    )
    material = {
        "messages": core_messages,
        "questions": repr(questions.QUESTIONS),
        "sources": repr(sources.SOURCES),
        "topics": repr(topics.TOPICS),
        "levels": {k: v.value for k, v in triage.RED_FLAG_LEVELS.items()},
        "transitions": repr(flow.TRANSITIONS),
        "numbers": repr(emergency_numbers.COUNTRIES),
    }
    return hashlib.sha256(json.dumps(material, sort_keys=True).encode("utf-8")).hexdigest()


def test_content_version_records_the_current_content() -> None:
    digest = content_digest()
    assert content.CONTENT_DIGEST == digest, (
        "content changed: set CONTENT_DIGEST in dialogs/content.py to "
        f"{digest!r} (and raise CONTENT_RELEASE if the change is clinical)"
    )


def test_content_version_is_release_plus_digest() -> None:
    assert content.CONTENT_VERSION == f"{content.CONTENT_RELEASE}+{content.CONTENT_DIGEST[:12]}"
