"""The fixed screens' paragraphs: welcome, privacy, help, emergency, crisis, under 18, end."""

from __future__ import annotations

from dialogs import emergency_numbers
from dialogs.model import Block
from dialogs.settings import Settings
from dialogs.text import N_, ListOf, Msg, Np_, Verbatim, msg, plural


def _directories() -> ListOf:
    return ListOf(tuple(Verbatim(url) for url in emergency_numbers.CRISIS_DIRECTORIES))


def fallback_numbers() -> Msg:
    """The numbers to show when the country is unknown."""
    numbers = dict((region, number) for number, region in emergency_numbers.FALLBACK_NUMBERS)
    return msg(
        # TRANSLATORS: emergency numbers shown when we do not know the person's country.
        N_(
            "{europe} (Europe and most mobile networks), {north_america} (North America), {uk} (UK)"
        ),
        europe=Verbatim(numbers["europe"]),
        north_america=Verbatim(numbers["north_america"]),
        uk=Verbatim(numbers["uk"]),
    )


def emergency_number(country: str | None) -> Msg | Verbatim:
    """The emergency number for the country, or the fallback list."""
    entry = emergency_numbers.lookup(country)
    return Verbatim(entry.emergency) if entry else fallback_numbers()


def crisis_line(country: str | None) -> Block:
    """Where to find someone to talk to now: the country's line, or the directories."""
    entry = emergency_numbers.lookup(country)
    if entry and entry.crisis:
        return Block(
            msg(
                # TRANSLATORS: {name} is a crisis line's own name, {number} its phone number.
                N_("Talk to someone now: call {name} on {number}. It is free and confidential."),
                name=Verbatim(entry.crisis.name),
                number=Verbatim(entry.crisis.number),
            ),
            "notice",
        )
    return Block(
        msg(
            # TRANSLATORS: {directories} is a list of web addresses of crisis line directories.
            N_("Find a free, confidential crisis line in your country at {directories}."),
            directories=_directories(),
        ),
        "notice",
    )


def emergency_line(country: str | None) -> Block:
    return Block(
        msg(
            N_("In an emergency, call {number} or go to the nearest emergency department."),
            number=emergency_number(country),
        ),
        "notice",
    )


def welcome() -> tuple[Block, ...]:
    return (
        Block(msg(N_("Welcome")), "title"),
        Block(
            msg(
                N_(
                    "This bot is for adults who live with Sjögren's, or think they might, and "
                    "have nerve symptoms such as burning, tingling or numbness. It asks some "
                    "questions, tells you how soon to see a doctor, and explains the usual "
                    "treatments in plain words."
                )
            )
        ),
        Block(
            msg(
                N_(
                    "It gives information only. It cannot diagnose you, it is not a doctor, "
                    "and no one watches this chat. It is not for emergencies."
                )
            )
        ),
        emergency_line(None),
        Block(
            msg(
                N_(
                    "If you are thinking about ending your life or harming yourself, find a "
                    "free, confidential crisis line at {directories}."
                ),
                directories=_directories(),
            ),
            "notice",
        ),
    )


def privacy(settings: Settings) -> tuple[Block, ...]:
    return (
        Block(msg(N_("Privacy notice")), "title"),
        Block(
            msg(
                N_(
                    "If you choose to save, we store: your answers, the messages the bot showed "
                    "you, the result, your language, the hour you started, and the code of the "
                    "support group link you came from, if any."
                )
            )
        ),
        Block(
            msg(
                N_(
                    "We never store your name, username, phone number or account number. "
                    "Anything you type is cleaned of phone numbers, e-mail addresses and web "
                    "links before it is stored, and names are removed where the bot can "
                    "recognise them, so please do not type your name."
                )
            )
        ),
        Block(
            plural(
                Np_(
                    "A coded key made from your account lets the bot continue your conversation "
                    "and delete your records when you ask. This key is deleted after {count} "
                    "day; after that no one can connect the records to you. Until then, under "
                    "data protection law (GDPR), the records count as pseudonymised, not "
                    "anonymous.",
                    "A coded key made from your account lets the bot continue your conversation "
                    "and delete your records when you ask. This key is deleted after {count} "
                    "days; after that no one can connect the records to you. Until then, under "
                    "data protection law (GDPR), the records count as pseudonymised, not "
                    "anonymous.",
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
                    "Who reads them: doctors and researchers who check that the bot is safe "
                    "and correct. No one reads them to contact you."
                )
            )
        ),
        Block(
            msg(
                N_(
                    "If you choose not to save, the bot keeps only where you are in the "
                    "conversation, for as long as the conversation needs it."
                )
            )
        ),
        Block(
            msg(
                N_("To delete everything linked to you at any time, send /delete."),
            )
        ),
    )


def help_blocks() -> tuple[Block, ...]:
    return (
        Block(msg(N_("How this bot works")), "title"),
        Block(
            msg(
                N_(
                    "Answer with the buttons. Back takes you to the previous question. "
                    "/restart starts again, /language changes the language, /privacy shows "
                    "what is stored, /delete erases your records."
                )
            )
        ),
        Block(
            msg(
                N_(
                    "The bot gives information, not a diagnosis. Never stop, start or change a "
                    "medicine without your doctor."
                )
            ),
            "notice",
        ),
        emergency_line(None),
    )


def emergency(country: str | None, reported: tuple[Msg, ...], crisis: bool) -> tuple[Block, ...]:
    """The emergency screen: the number first, then what was reported."""
    blocks = [
        Block(msg(N_("This needs help now")), "title"),
        Block(
            msg(
                N_(
                    "Call {number} now, or go to the nearest emergency department. Do not wait "
                    "to see if it gets better."
                ),
                number=emergency_number(country),
            ),
            "notice",
        ),
    ]
    if reported:
        blocks.append(Block(msg(N_("What you told us:"))))
        blocks.extend(Block(text, "item") for text in reported)
    if crisis:
        blocks.append(crisis_line(country))
    blocks.append(
        Block(
            msg(
                N_(
                    "No one watches this chat, so the bot cannot call for help for you. "
                    "If you can, ask someone near you to help."
                )
            )
        )
    )
    return tuple(blocks)


def crisis(country: str | None) -> tuple[Block, ...]:
    """The crisis screen: someone to talk to now, and the emergency number if in danger."""
    return (
        Block(msg(N_("You are not alone")), "title"),
        Block(
            msg(
                N_(
                    "Thank you for telling us. Thoughts like these can come with long illness "
                    "and pain, and you deserve support with them right now."
                )
            )
        ),
        crisis_line(country),
        Block(
            msg(
                N_(
                    "If you might act on these thoughts or you are in danger, call {number} now "
                    "or go to an emergency department."
                ),
                number=emergency_number(country),
            ),
            "notice",
        ),
        Block(
            msg(
                N_(
                    "No one watches this chat, so please reach out to a person: a crisis line, "
                    "your doctor, or someone you trust."
                )
            )
        ),
    )


def under_18(country: str | None) -> tuple[Block, ...]:
    return (
        Block(msg(N_("Thank you for your honesty")), "title"),
        Block(
            msg(
                N_(
                    "This bot is made for adults. Please talk to a parent, a carer, or your "
                    "doctor about your symptoms: they can help you find the right care."
                )
            )
        ),
        emergency_line(country),
        crisis_line(country),
    )


def end() -> tuple[Block, ...]:
    return (
        Block(msg(N_("Thank you")), "title"),
        Block(
            msg(
                N_(
                    "Thank you for using this bot. Take care, and never stop, start or change "
                    "a medicine without your doctor."
                )
            )
        ),
        emergency_line(None),
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


def free_text_reply() -> Block:
    return Block(
        msg(N_("Sorry, I can only understand the buttons. Please choose one of the answers below."))
    )
