"""Sections 1.1 to 1.4 of the document: the safety check, consent and country."""

from __future__ import annotations

from bot.content_export.document import Doc
from bot.content_export.screen_parts import Section, show_options, show_question
from dialogs import emergency, notices, questions, safety_questions
from dialogs.country_picker import question as country_question
from dialogs.settings import Settings
from dialogs.text import ListOf


def _welcome(doc: Doc) -> None:
    doc.para("The first message: a short welcome, then the emergency check.")
    doc.blocks(notices.welcome())
    show_question(doc, safety_questions.EMERGENCY_NOW, "the emergency check")
    doc.para("After “I tapped this by mistake” on the emergency screen:")
    show_question(doc, safety_questions.CONFIRM_MISTAKE, "was it a mistake?")
    doc.para(
        "A new conversation less than 24 hours after an emergency or a disclosure opens with "
        "(here after “Breathing, chest pain, fainting”):"
    )
    what = ListOf((emergency.told("breathing_chest"),))
    doc.blocks(notices.carried_note(what, None, None, crisis=True))
    doc.leftovers(["dialogs/engine.py"], "And the words that fill `{what}` after a disclosure:")


def _emergency_screen(doc: Doc) -> None:
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
    show_options(
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


def _self_harm(doc: Doc) -> None:
    show_question(doc, safety_questions.SELF_HARM_CHECK, "thoughts of self-harm")
    doc.para("After “I'd rather not say”:")
    doc.blocks(notices.prefer_not(None, None))
    doc.para("After “Yes”: the crisis line at once, with the question about a plan.")
    doc.blocks(emergency.plan_blocks(None, None))
    show_question(doc, safety_questions.SELF_HARM_PLAN, "a plan or an act")
    doc.para("The crisis screen:")
    doc.blocks(emergency.crisis_blocks(None, None))
    show_options(doc, "Button", (safety_questions.CONTINUE, safety_questions.END))
    doc.leftovers(["dialogs/emergency.py"], "Other strings of the emergency and crisis screens:")


def _consent(doc: Doc) -> None:
    show_question(doc, questions.CONSENT, "consent")
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
    show_question(doc, country_question("en", "gb", 0), "country, when the language names one")
    doc.para("Otherwise, and after “Another country”, pages of six countries:")
    show_question(doc, country_question("en", None, 0), "country")
    doc.leftovers(["dialogs/country_picker.py"], "Other strings of the country question:")


SECTIONS: tuple[Section, ...] = (
    ("1.1 The welcome and the emergency check", _welcome),
    ("1.2 The emergency screen", _emergency_screen),
    ("1.3 The self-harm questions and the crisis screen", _self_harm),
    ("1.4 Consent, privacy and the country", _consent),
)
