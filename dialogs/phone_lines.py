"""How the number table is worded: emergency numbers, urgent lines and crisis lines.

Where the person's country is known, its numbers; where it is not, the fallback numbers and,
beside them (never alone: a language is not a location), the numbers of the country the
language tag's region names (``region``).
"""

from __future__ import annotations

from dialogs import emergency_numbers
from dialogs.emergency_numbers import CountryNumbers
from dialogs.model import Block
from dialogs.text import N_, ByLanguage, ListOf, Msg, Territory, Text, Verbatim, msg


def _entry(country: str | None) -> CountryNumbers | None:
    return emergency_numbers.lookup(country)


def numbers_of(entry: CountryNumbers) -> ListOf:
    """Every emergency number of a country, "15 or 112"."""
    return ListOf(tuple(Verbatim(line.number) for line in entry.emergency), style="or")


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


def emergency_number(
    country: str | None, *, region: str | None = None, compact: bool = False
) -> Text:
    """What to call in an emergency: the country's numbers; when the country is unknown, the
    fallback list, with the numbers of the country the language's region names beside them,
    never alone (``compact``: the fallback numbers without their regions, where a screen has
    named them already)."""
    entry = _entry(country)
    if entry is not None:
        return numbers_of(entry)
    guess = _entry(region)
    if compact or guess is not None:
        numbers = [number for number, _ in emergency_numbers.FALLBACK_NUMBERS]
        if guess is not None:
            numbers += [line.number for line in guess.emergency if line.number not in numbers]
        return ListOf(tuple(Verbatim(number) for number in numbers), style="or")
    return fallback_numbers()


def call_now(country: str | None, region: str | None) -> Block:
    """ "Call 999 now", with the fallback list and the region's numbers when unknown."""
    entry = _entry(country)
    if entry is not None:
        # TRANSLATORS: the first line of the emergency screen; {numbers} e.g. "15 or 112".
        return Block(msg(N_("Call {numbers} now."), numbers=numbers_of(entry)), "title")
    guess = _entry(region)
    if guess is not None:
        return Block(
            msg(
                # TRANSLATORS: {fallback} lists 112/911/999 with regions; {country} is a country.
                N_("Call your emergency number now: {fallback}. {country}: {numbers}."),
                fallback=fallback_numbers(),
                country=Territory(guess.code),
                numbers=numbers_of(guess),
            ),
            "title",
        )
    return Block(
        msg(N_("Call your emergency number now: {fallback}."), fallback=fallback_numbers()),
        "title",
    )


def emergency_line(country: str | None, region: str | None = None) -> Block:
    """One line: in an emergency, call ... (the country's numbers, or the fallback)."""
    entry = _entry(country)
    if entry is None and _entry(region) is not None:
        guess = _entry(region)
        assert guess is not None
        return Block(
            msg(
                N_("In an emergency, call {fallback}. {country}: {numbers}."),
                fallback=fallback_numbers(),
                country=Territory(guess.code),
                numbers=numbers_of(guess),
            ),
            "notice",
        )
    return Block(
        msg(N_("In an emergency, call {numbers}."), numbers=emergency_number(country)), "notice"
    )


def _crisis(entry: CountryNumbers) -> tuple[ByLanguage, ByLanguage] | None:
    """A country's crisis line as (name, number), each chosen by the reader's language where
    the country has a line for it; None when the country has none."""
    line = entry.crisis
    if line is None:
        return None
    names = tuple((language, alt.name or "") for language, alt in entry.crisis_by_language)
    numbers = tuple((language, alt.number) for language, alt in entry.crisis_by_language)
    return ByLanguage(line.name or "", names), ByLanguage(line.number, numbers)


def crisis_line_text(country: str | None, region: str | None = None) -> Msg:
    """Someone to talk to now: the country's crisis line, or the international directories."""
    entry = _entry(country)
    guessed = entry is None
    if entry is None:
        entry = _entry(region)
    crisis = _crisis(entry) if entry is not None else None
    if crisis is not None and entry is not None:
        name, number = crisis
        if name.default:
            if guessed:
                return msg(
                    # TRANSLATORS: {country}: a country; {name}: a crisis line's name.
                    N_(
                        "Talk to someone now, free and private: find a line at {directories}. "
                        "{country}: {name}, {number}."
                    ),
                    directories=directories(),
                    country=Territory(entry.code),
                    name=name,
                    number=number,
                )
            return msg(
                # TRANSLATORS: {name} is a crisis line's own name, {number} its phone number.
                N_("Talk to someone now: call {name} on {number}. It is free and private."),
                name=name,
                number=number,
            )
        if guessed:
            return msg(
                N_(
                    "Talk to someone now, free and private: find a line at {directories}. "
                    "{country}: {number}."
                ),
                directories=directories(),
                country=Territory(entry.code),
                number=number,
            )
        return msg(
            # TRANSLATORS: {number} is a crisis line's phone number (it has no other name).
            N_("Talk to someone now: call {number}. It is free and private."),
            number=number,
        )
    return msg(
        # TRANSLATORS: {directories} is a list of web addresses of crisis line directories.
        N_("Talk to someone now: find a free, private crisis line at {directories}."),
        directories=directories(),
    )


def if_also_self_harm(country: str | None) -> Msg:
    """The emergency screen's last line: the crisis line, for thoughts of self-harm too."""
    entry = _entry(country)
    crisis = _crisis(entry) if entry is not None else None
    if crisis is not None and crisis[0].default:
        return msg(
            N_("If you also have thoughts of harming yourself, call {name} on {number}."),
            name=crisis[0],
            number=crisis[1],
        )
    if crisis is not None:
        return msg(
            N_("If you also have thoughts of harming yourself, call {number}."),
            number=crisis[1],
        )
    return msg(
        N_("If you also have thoughts of harming yourself, find a crisis line at {directories}."),
        directories=directories(),
    )


def crisis_line(country: str | None, region: str | None = None) -> Block:
    return Block(crisis_line_text(country, region), "notice")


def directories() -> ListOf:
    """The international crisis line directories, as addresses without "https://"."""
    return ListOf(
        tuple(
            Verbatim(url.removeprefix("https://")) for url in emergency_numbers.CRISIS_DIRECTORIES
        ),
        "or",
    )


def urgent_line(country: str | None) -> Msg:
    """Where to turn when a doctor cannot see the person today."""
    entry = _entry(country)
    line = entry.urgent if entry is not None else None
    if line is not None and line.name:
        return msg(
            # TRANSLATORS: {name} is an urgent medical line's own name, {number} its number.
            N_("If you cannot be seen today, call {name} on {number}."),
            name=Verbatim(line.name),
            number=Verbatim(line.number),
        )
    if line is not None:
        return msg(
            # TRANSLATORS: {number} is an urgent medical line's number (it has no other name).
            N_("If you cannot be seen today, call {number}."),
            number=Verbatim(line.number),
        )
    return msg(N_("If you cannot be seen today, use your out-of-hours doctor or urgent care."))
