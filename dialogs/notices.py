"""The fixed screens' paragraphs: welcome, privacy, help, under 18, end, share, and the notes
the dialog shows before repeating a question."""

from __future__ import annotations

from dialogs.model import Block, Note
from dialogs.phone_lines import crisis_line, emergency_line, emergency_number
from dialogs.settings import Settings
from dialogs.state import Medium
from dialogs.text import N_, Msg, Np_, Text, msg, plural


def welcome() -> tuple[Block, ...]:
    """The short welcome sent with the emergency check, in one message (spec section 0)."""
    return (
        # TRANSLATORS: the first words of the bot.
        Block(msg(N_("Hello")), "title"),
        Block(
            msg(
                N_(
                    "This bot is for adults with Sjögren's and nerve symptoms. It gives "
                    "information and says how soon to see a doctor. It cannot diagnose you. No one "
                    "watches this chat, so it is not for emergencies."
                )
            )
        ),
        # TRANSLATORS: heading of the emergency check, the first question.
        Block(msg(N_("First, a safety check")), "title"),
    )


def carried_note(
    what: Text, country: str | None, region: str | None, crisis: bool
) -> tuple[Block, ...]:
    """The opening note when an earlier conversation in this chat, less than 24 hours ago,
    held an emergency or the crisis flag."""
    blocks = [
        Block(
            msg(
                # TRANSLATORS: {what} is what the person told the bot earlier, e.g. a symptom.
                N_("Earlier you told us: {what}. If it is still happening, call {number} now."),
                what=what,
                number=emergency_number(country, region=region),
            ),
            "notice",
        )
    ]
    if crisis:
        blocks.append(crisis_line(country, region))
    return tuple(blocks)


def prefer_not(country: str | None, region: str | None) -> tuple[Block, ...]:
    """After "I'd rather not say" to the self-harm question: one gentle line."""
    return (
        Block(msg(N_("That is fine. If thoughts like these ever come, you can talk to someone."))),
        crisis_line(country, region),
    )


def privacy(settings: Settings) -> tuple[Block, ...]:
    return (
        Block(msg(N_("Privacy notice")), "title"),
        Block(
            msg(
                N_(
                    "If you choose to save, we store this chat from its start: your answers, what "
                    "the bot showed you, the result, your language, the day and hour you started, "
                    "and the code of the support group link you came from, if any."
                )
            )
        ),
        Block(
            msg(
                N_(
                    "We never store your name, username, phone number or account number. Anything "
                    "you type is cleaned of phone numbers, e-mail addresses, links and names the "
                    "bot can recognise before it is stored, so please do not type your name."
                )
            )
        ),
        Block(
            plural(
                Np_(
                    "A coded key made from your account lets the bot continue your chat and delete "
                    "your records when you ask. The key is deleted after {count} day; then no one "
                    "can connect the records to you. Until then, under data protection law "
                    "(GDPR), the records count as pseudonymised, not anonymous.",
                    "A coded key made from your account lets the bot continue your chat and delete "
                    "your records when you ask. The key is deleted after {count} days; then no one "
                    "can connect the records to you. Until then, under data protection law "
                    "(GDPR), the records count as pseudonymised, not anonymous.",
                ),
                settings.link_retention_days,
            )
        ),
        Block(
            plural(
                Np_(
                    "Saved records are deleted after {count} day.",
                    "Saved records are deleted after {count} days.",
                ),
                settings.transcript_retention_days,
            )
        ),
        Block(
            msg(
                N_(
                    "Who reads them: doctors and researchers who check that the bot is safe and "
                    "correct. No one reads them to contact you."
                )
            )
        ),
        Block(
            msg(
                N_(
                    "Whatever you choose, the bot keeps where you are in the chat while it lasts. "
                    "If you told us about an emergency or thoughts of self-harm, it keeps that for "
                    "24 hours, to ask after you if you start again. Your messages and our "
                    "replies are kept only until they are answered or sent. Without your consent, "
                    "emergency and crisis screens are only counted, by day and language, never "
                    "linked to you."
                )
            )
        ),
        Block(msg(N_("To delete everything linked to you at any time, send /delete."))),
    )


UNSIGNED = msg(
    # TRANSLATORS: in /help, while no clinician has checked this version's medical content.
    N_(
        "This version's medical content has not yet been checked and signed off by a "
        "clinician. Use it to prepare for your doctor, not instead of them."
    )
)


def help_blocks(
    country: str | None, region: str | None, medium: Medium, *, signed: bool = False
) -> tuple[Block, ...]:
    how = (
        msg(
            N_(
                "Answer with the buttons. Back takes you to the previous question. /restart "
                "starts again, /language changes the language, /privacy shows what is stored, "
                "/delete erases your records."
            )
        )
        if medium == "buttons"
        else msg(
            N_(
                "Type the number of an answer. Type back for the previous question. /restart "
                "starts again, /language changes the language, /privacy shows what is stored, "
                "/delete erases your records."
            )
        )
    )
    return (
        Block(msg(N_("How this bot works")), "title"),
        Block(how),
        Block(
            msg(
                N_(
                    "The bot gives information, not a diagnosis. Never stop, start or change a "
                    "medicine without your doctor."
                )
            ),
            "notice",
        ),
        *(() if signed else (Block(UNSIGNED, "notice"),)),
        emergency_line(country, region),
        crisis_line(country, region),
    )


def under_18(country: str | None, region: str | None, crisis: bool) -> tuple[Block, ...]:
    """The kind ending for a person under 18: the crisis line first when the flag is set."""
    lines = [emergency_line(country, region), crisis_line(country, region)]
    if crisis:
        lines.reverse()
    return (
        Block(msg(N_("Thank you for telling us")), "title"),
        Block(
            msg(
                N_(
                    "This bot is made for adults. Please talk to a parent, a carer or your doctor "
                    "about how you feel: they can help you find the right care."
                )
            )
        ),
        *lines,
        Block(
            msg(
                N_(
                    "The crisis line websites also list lines for young people. Send /start if you "
                    "want to begin again."
                )
            )
        ),
    )


def share() -> tuple[Block, ...]:
    return (
        Block(
            msg(
                N_(
                    "Know someone with Sjögren's and nerve symptoms? Share this bot's link, or "
                    "print its QR code for your support group."
                )
            )
        ),
    )


def buttons_only(country: str | None, region: str | None, medium: Medium) -> tuple[Block, ...]:
    """The reply to typed text the bot does not act on: always with the numbers to call."""
    ask = (
        msg(N_("Sorry, I can only read the buttons. Please choose one of the answers below."))
        if medium == "buttons"
        else msg(N_("Sorry, I did not understand. Please type the number of an answer below."))
    )
    return (Block(ask), emergency_line(country, region), crisis_line(country, region))


def emergency_words(country: str | None, region: str | None) -> Block:
    """After typed words that sound like an emergency, before the emergency check again."""
    return Block(
        msg(
            N_("If this is happening now, call {number} now."),
            number=emergency_number(country, region=region),
        ),
        "notice",
    )


def unclear_distress(country: str | None, region: str | None) -> tuple[Block, ...]:
    """After typed words of despair: the crisis line at once."""
    return (
        Block(
            msg(
                N_(
                    "It sounds like things are very hard right now. You do not have to face this "
                    "alone."
                )
            )
        ),
        crisis_line(country, region),
    )


NOTES: dict[Note, Msg] = {
    Note.EDITED: msg(
        N_(
            "I noticed you edited a message. I only read new messages and button presses, so the "
            "edit changes nothing. Here is the question again."
        )
    ),
    Note.MEDIA: msg(
        N_(
            "Thank you. I can only read buttons and short text, not stickers, photos, voice "
            "messages or files. Here is the question again."
        )
    ),
    Note.FORWARDED: msg(
        N_(
            "I cannot use forwarded messages: I only read your own answers. "
            "Here is the question again."
        )
    ),
    Note.UNKNOWN_COMMAND: msg(
        N_(
            "I do not know that command. The commands are in the menu next to the text box. Here "
            "is the question again."
        )
    ),
    Note.APOLOGY: msg(
        N_(
            "Sorry, something went wrong on my side. Nothing you answered is lost. Here is where "
            "you were."
        )
    ),
    Note.RESUMED: msg(
        N_("Welcome back. Here is where you left off; /restart starts a new conversation.")
    ),
    Note.NOT_DELETED: msg(N_("Nothing was deleted.")),
}

# TRANSLATORS: shown when a button of an older question is pressed.
STALE = msg(N_("That question has moved on. Here is where you are now."))
UPGRADED = msg(
    N_(
        "Sorry: the bot has been updated and cannot continue your earlier chat. Let us start "
        "again. Nothing you saved is lost."
    )
)
NONE_WITH_TICKS = msg(
    N_("You have ticked some answers. To choose \u201cNone of these\u201d, untick them first.")
)
TICK_FIRST = msg(N_("Please tick at least one answer, or \u201cNone of these\u201d, then Done."))
CHOOSE_ONE = msg(N_("Please choose one of the answers below."))
NO_BACK = msg(N_("There is no earlier question to go back to from here."))
NOT_AN_ANSWER = msg(N_("That answer does not belong to this question. Here is where you are."))
