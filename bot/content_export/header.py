"""Section 0 of the document: the header, with the versions, the date, the language, the dose
check and how to review."""

from __future__ import annotations

import re
from datetime import date

from bot.content_export.catalogs import string_id
from bot.content_export.document import Doc, md
from bot.versions import app_version, content_version

SIGNOFF_DOC = "docs/safety/content-signoff.md"

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


def write(doc: Doc, code: str | None, today: date) -> None:
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
            doc.add(f"- **The {translation.name} catalog says:** {md(translation.status)}")
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
