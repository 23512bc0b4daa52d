"""The bot's profile: its command menu and descriptions, in every language it speaks."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from telegram import (
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeDefault,
)

from bot import words
from bot.telegram import render
from bot.telegram.sending import log_failure, with_retries
from bot.texts import Localizer
from locales.translator import available, negotiate


async def set_up_profile(bot: Any, default_language: str) -> None:
    """The command menu and descriptions in every language; failures are logged (this runs
    in the background, while the bot already answers)."""
    default = Localizer(negotiate(default_language))
    calls: list[Callable[[], Awaitable[object]]] = []
    private, groups = BotCommandScopeAllPrivateChats(), BotCommandScopeAllGroupChats()
    languages = [(default, None)] + [(Localizer(lang), lang.split("_")[0]) for lang in available()]
    for localizer, code in languages:
        calls.append(
            _bind(
                bot.set_my_commands,
                render.bot_commands(localizer, words.PRIVATE_COMMANDS),
                scope=private,
                language_code=code,
            )
        )
        calls.append(
            _bind(
                bot.set_my_commands,
                render.bot_commands(localizer, words.GROUP_COMMANDS),
                scope=groups,
                language_code=code,
            )
        )
        calls.append(
            _bind(bot.set_my_description, render.bot_description(localizer), language_code=code)
        )
        calls.append(
            _bind(
                bot.set_my_short_description,
                render.bot_short_description(localizer),
                language_code=code,
            )
        )
    calls.append(
        _bind(
            bot.set_my_commands,
            render.bot_commands(default, words.PRIVATE_COMMANDS),
            scope=BotCommandScopeDefault(),
        )
    )
    try:
        for call in calls:
            await with_retries(call)
    except Exception as error:  # in the background: nobody else would hear of it
        log_failure("setting the command menu and descriptions failed", error)


def _bind(
    function: Callable[..., Awaitable[object]], *args: Any, **kwargs: Any
) -> Callable[[], Awaitable[object]]:
    return lambda: function(*args, **kwargs)
