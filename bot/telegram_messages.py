"""What the Telegram shell says in its own words (the dialog's words live in ``dialogs/``).

Every string is a gettext message, rendered through ``Localizer(language).text(...)``.
"""

from __future__ import annotations

from dialogs.text import N_, Np_, msg

# ---- around the questions ------------------------------------------------------------------

# TRANSLATORS: the progress line above a question; a small bar follows it.
PROGRESS = N_("Step {step} of {total}")
# TRANSLATORS: button that submits a question where several answers can be ticked.
DONE_BUTTON = msg(N_("Done ✓"))
# TRANSLATORS: button that goes back to the previous question.
BACK_BUTTON = msg(N_("« Back"))
# TRANSLATORS: added under a question once it is answered; {answer} is the button's label.
ANSWER_LINE = N_("Your answer: {answer}")
# TRANSLATORS: shown briefly when someone presses a button of an older question.
STALE_BUTTON = msg(N_("That question has moved on. Here is where you are now."))
APOLOGY = msg(
    N_(
        "Sorry, something went wrong on my side. Nothing you answered is lost. Here is where "
        "you were."
    )
)

# ---- things the bot cannot read --------------------------------------------------------------

UNREADABLE_MEDIA = msg(
    N_(
        "Thank you. I can only read button presses and short text, so I cannot look at "
        "stickers, photos, voice messages or files. Here is the question again."
    )
)
EDITED_MESSAGE = msg(
    N_(
        "I noticed you edited a message. I only read new messages and button presses, so the "
        "edit changes nothing. Here is the question again."
    )
)
FORWARDED_MESSAGE = msg(
    N_("I cannot use forwarded messages: I only read your own answers. Here is the question again.")
)
UNKNOWN_COMMAND = msg(
    N_(
        "I do not know that command. The commands are in the menu next to the text box. "
        "Here is the question again."
    )
)

# ---- /language -------------------------------------------------------------------------------

LANGUAGE_MENU = msg(N_("Choose your language:"))

# ---- /delete ---------------------------------------------------------------------------------

DELETE_QUESTION = msg(
    N_("Delete everything this bot has stored about your conversations? This cannot be undone.")
)
# TRANSLATORS: button that confirms deleting the stored conversations.
DELETE_YES = msg(N_("Yes, delete"))
# TRANSLATORS: button that cancels deleting the stored conversations.
DELETE_NO = msg(N_("No, keep them"))
DELETED = Np_(
    "Done: {count} stored conversation was deleted.",
    "Done: {count} stored conversations were deleted.",
)
START_AGAIN_HINT = msg(N_("Send /start whenever you want to begin again."))
NOT_DELETED = msg(N_("Nothing was deleted."))

# ---- groups and sharing ----------------------------------------------------------------------

GROUP_INTRO = msg(
    N_(
        "Hello! I help people with Sjögren's who may have nerve symptoms (small fiber "
        "neuropathy) to check their symptoms and to understand treatments. Health questions "
        "are private, so I only ask them in a private chat. Press the button to start."
    )
)
# TRANSLATORS: button under the group message; it opens a private chat with the bot.
GROUP_BUTTON = msg(N_("Open a private chat"))
SHARE_TEXT = N_(
    "Know someone with Sjögren's and nerve symptoms? Share this link, or print the QR code "
    "below for a flyer: {link}"
)
GROUP_SHARE_TEXT = N_(
    "This group's link: {link}\nPeople who start the bot from it are counted as coming from "
    "this group. No names or Telegram ids are stored. Print the QR code below for flyers."
)
# TRANSLATORS: caption of the QR code image.
QR_CAPTION = msg(N_("Scan this code to open the bot in Telegram."))

# ---- the bot's profile: command menu and descriptions ------------------------------------------

COMMANDS = {
    # TRANSLATORS: description of /start in Telegram's command menu.
    "start": msg(N_("Start a new check")),
    # TRANSLATORS: description of /restart in Telegram's command menu.
    "restart": msg(N_("Start again from the beginning")),
    # TRANSLATORS: description of /language in Telegram's command menu.
    "language": msg(N_("Change the language")),
    # TRANSLATORS: description of /help in Telegram's command menu.
    "help": msg(N_("How this bot works")),
    # TRANSLATORS: description of /privacy in Telegram's command menu.
    "privacy": msg(N_("What is stored and why")),
    # TRANSLATORS: description of /delete in Telegram's command menu.
    "delete": msg(N_("Delete my stored conversations")),
    # TRANSLATORS: description of /share in Telegram's command menu.
    "share": msg(N_("Get the bot's link and a QR code")),
}
PRIVATE_COMMANDS = ("start", "restart", "language", "help", "privacy", "delete", "share")
GROUP_COMMANDS = ("start", "share")

# TRANSLATORS: the bot's description, shown in an empty chat before /start (at most 512 characters).
DESCRIPTION = msg(
    N_(
        "For people with Sjögren's who may have nerve symptoms (small fiber neuropathy): a "
        "short emergency check, screening questions, a suggestion of how soon to see a "
        "doctor, and plain-language explanations of treatments. Education only: not a "
        "diagnosis, not monitored by anyone, and not for emergencies."
    )
)
# TRANSLATORS: the bot's short description, on its profile (at most 120 characters).
SHORT_DESCRIPTION = msg(
    N_(
        "Sjögren's and nerve symptoms: a check and plain-language treatment guides. Not for "
        "emergencies."
    )
)
