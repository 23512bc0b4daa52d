"""The country question as pages of at most 8 buttons (clinical spec section 0).

When the language tag's region is a country of the number table, the first page asks "Are you
in ⟨country⟩?" (``yes`` / ``other`` / ``skip``). The list pages show the countries where the
chat's language is spoken first, then the rest, six at a time, with ``other`` (the next page;
after the last, the first again) and ``skip``.
"""

from __future__ import annotations

from functools import cache

from dialogs import emergency_numbers
from dialogs.model import Option, Question
from dialogs.questions import COUNTRY, SKIP
from dialogs.safety_questions import opt
from dialogs.text import N_, Territory, msg

PER_PAGE = 6
# TRANSLATORS: button of the country question: show more countries.
MORE = opt("other", N_("More countries"))
# TRANSLATORS: button of "Are you in ...?": the person is in another country.
ANOTHER = opt("other", N_("Another country"))
# TRANSLATORS: the answer "Yes" to a question; here to "Are you in ...?" (yes, that
# country), and elsewhere to the self-harm and sepsis questions: one word for all of them.
YES_THERE = opt("yes", N_("Yes"))


@cache  # a pure function of a language code: a dozen of them
def ordered_countries(language: str) -> tuple[str, ...]:
    """Every country of the table: those speaking ``language`` first (the language's home
    country, when it has one, at the very top: Germany for German, Brazil for Brazilian
    Portuguese), then the rest."""
    speaking = emergency_numbers.countries_for_language(language)
    home = emergency_numbers.country_from_language_tag(language) or _HOME.get(
        language, language.lower()
    )
    first = tuple(sorted(speaking, key=lambda code: code != home))
    rest = tuple(code for code in emergency_numbers.COUNTRIES if code not in first)
    return first + rest


# Languages whose code is not their home country's code (Ukrainian: Ukraine).
_HOME = {"uk": "ua"}


def pages(language: str, region: str | None) -> int:
    """How many pages the question has for this language and region."""
    countries = len(ordered_countries(language))
    return -(-countries // PER_PAGE) + (1 if _confirmable(region) else 0)


def _confirmable(region: str | None) -> bool:
    return emergency_numbers.lookup(region) is not None


def question(language: str, region: str | None, page: int) -> Question:
    """The country question's page ``page`` (wrapping round)."""
    page %= pages(language, region)
    if _confirmable(region):
        if page == 0:
            assert region is not None
            return Question(
                COUNTRY.id,
                "one",
                msg(
                    # TRANSLATORS: {country} is a country's name.
                    N_("Are you in {country}? We use it only to show the right emergency numbers."),
                    country=Territory(region),
                ),
                (YES_THERE, ANOTHER, SKIP),
                short_name=COUNTRY.short_name,
            )
        page -= 1
    codes = ordered_countries(language)[page * PER_PAGE : (page + 1) * PER_PAGE]
    options = tuple(Option(code, Territory(code)) for code in codes)
    return Question(
        COUNTRY.id, "one", COUNTRY.prompt, (*options, MORE, SKIP), short_name=COUNTRY.short_name
    )


def chosen_country(option_id: str, region: str | None) -> str | None:
    """The country an answer names: ``yes`` names the region; ``skip`` names none."""
    if option_id == "yes":
        return region
    if option_id in ("skip", "other"):
        return None
    return option_id if emergency_numbers.lookup(option_id) else None
