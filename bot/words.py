"""What the shells say in their own words (the dialog's words live in ``dialogs/``).

Every string is a gettext message, rendered through ``Localizer(language).text(...)``.
"""

from __future__ import annotations

from dialogs.text import N_, Np_, msg

# ---- around the questions ------------------------------------------------------------------

# TRANSLATORS: the progress line above a question; {step} and {total} are numbers.
PROGRESS = N_("Question {step} of about {total}")
# TRANSLATORS: button that submits a question where several answers can be ticked.
DONE_BUTTON = msg(N_("Done ✓"))
# TRANSLATORS: button that goes back to the previous question.
BACK_BUTTON = msg(N_("« Back"))
# TRANSLATORS: added under a question once it is answered; {answer} is the button's label.
ANSWER_LINE = N_("Your answer: {answer}")

# ---- the console ----------------------------------------------------------------------------

# TRANSLATORS: the word a person types in the console to submit ticked answers (lower case).
DONE_WORD = msg(N_("done"))
# TRANSLATORS: the word a person types in the console to go back a question (lower case).
BACK_WORD = msg(N_("back"))
# TRANSLATORS: console hint; {done} is the translated word "done".
TICK_HINT = N_("Type the numbers to tick (for example 1 3 4), then: {done}")
# TRANSLATORS: console hint; {back} is the translated word "back".
BACK_HINT = N_("Type {back} for the previous question.")
# TRANSLATORS: console hint under a 0 to 10 scale.
SCALE_HINT = msg(N_("Type a number from 0 to 10."))
# TRANSLATORS: console: the answer given before, shown when a question is asked again.
EARLIER_ANSWER = N_("Your earlier answer: {answer}")
# TRANSLATORS: shown in the console chat when no Telegram bot name is configured.
NO_LINK = msg(N_("Ask your support group for the bot's Telegram link."))
# TRANSLATORS: console; {languages} is a list of language codes and names.
LANGUAGE_LIST = N_("Please choose a language: /language followed by one of: {languages}")

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
GROUP_NOT_EMERGENCY = msg(
    N_("It is not for emergencies: in an emergency, call your local emergency number now.")
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

DESCRIPTION = msg(
    # TRANSLATORS: the bot's description, shown in an empty chat before /start (at most 512
    # characters).
    N_(
        "For people with Sjögren's who may have nerve symptoms (small fiber neuropathy): a "
        "short emergency check, screening questions, a suggestion of how soon to see a "
        "doctor, and plain-language explanations of treatments. Education only: not a "
        "diagnosis, not monitored by anyone, and not for emergencies."
    )
)
SHORT_DESCRIPTION = msg(
    # TRANSLATORS: the bot's short description, on its profile (at most 120 characters).
    N_(
        "Sjögren's and nerve symptoms: a check and plain-language treatment guides. Not for "
        "emergencies."
    )
)
