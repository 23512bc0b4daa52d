"""The floor: a bare python-telegram-bot bot that makes the product's calls for each press.

For every button press it answers the callback, edits the pressed message (its text plus the
answer, as the product does) and sends the next question with a keyboard: the same three
Bot API calls as a product step, with no dialog logic and no storage. Its questions are about
as long as the product's (about 420 characters, six answer buttons and Back).

    TELEGRAM_BOT_TOKEN=... TELEGRAM_API_BASE_URL=http://127.0.0.1:PORT \\
        python benchmarks/floor_bot.py --transport aiohttp   # or httpx (PTB's default)

Polls like the product (25 s long polls, the same allowed updates, up to 512 updates at
once) and stops on SIGTERM or SIGINT.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import logging
import os
import signal
from typing import Any

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    Update,
)
from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
)

QUESTIONS = 20
ANSWERS = ("Not at all", "A little", "Sometimes", "Often", "Most days", "Every day")
BODY = (
    "Think about the last three months. Some people with Sjögren's notice burning, tingling "
    "or numbness in their feet or hands, or pain that feels out of proportion. There is no "
    "right or wrong answer here: choose the one closest to how it has been for you, and you "
    "can go back and change it later if you want to. Your answer helps decide which "
    "information is shown at the end."
)
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def question_text(number: int) -> str:
    bar = "▰" * (number + 1) + "▱" * (QUESTIONS - number - 1)
    return (
        f"<i>Step {number + 1} of {QUESTIONS}</i> {bar}\n\n"
        f"<b>How often did this happen (question {number + 1})?</b>\n\n{html.escape(BODY)}"
    )


def keyboard(number: int) -> InlineKeyboardMarkup:
    following = (number + 1) % QUESTIONS
    buttons = [
        InlineKeyboardButton(label, callback_data=f"o:{following}:a{index}")
        for index, label in enumerate(ANSWERS)
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    rows.append([InlineKeyboardButton("Back", callback_data=f"b:{following}:back")])
    return InlineKeyboardMarkup(rows)


async def on_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    chat = update.effective_chat
    assert chat is not None
    await context.bot.send_message(
        chat.id,
        question_text(0),
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard(0),
        link_preview_options=NO_PREVIEW,
    )


async def on_press(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    await query.answer()
    number = int(query.data.split(":")[1])
    message = query.message
    chat_id = query.from_user.id
    if isinstance(message, Message):
        chat_id = message.chat.id
        label = next(
            (
                button.text
                for row in (message.reply_markup.inline_keyboard if message.reply_markup else ())
                for button in row
                if button.callback_data == query.data
            ),
            "",
        )
        await query.edit_message_text(
            f"{message.text_html}\n\n<b>✓ Your answer: {html.escape(label)}</b>",
            parse_mode=ParseMode.HTML,
            link_preview_options=NO_PREVIEW,
        )
    await context.bot.send_message(
        chat_id,
        question_text(number),
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard(number),
        link_preview_options=NO_PREVIEW,
    )


def build(transport: str) -> Application[Any, Any, Any, Any, Any, Any]:
    token = os.environ["TELEGRAM_BOT_TOKEN"]
    root = os.environ["TELEGRAM_API_BASE_URL"].rstrip("/").removesuffix("/bot")
    builder = (
        ApplicationBuilder()
        .token(token)
        .base_url(f"{root}/bot")
        .base_file_url(f"{root}/file/bot")
        .concurrent_updates(512)
        .job_queue(None)
    )
    if transport == "aiohttp":
        from bot.telegram.transport import AiohttpRequest

        builder = builder.request(
            AiohttpRequest(connection_pool_size=64, read_timeout=10.0, write_timeout=10.0)
        ).get_updates_request(AiohttpRequest(connection_pool_size=2, read_timeout=10.0))
    application = builder.build()
    application.add_handler(CommandHandler("start", on_start))
    application.add_handler(CallbackQueryHandler(on_press))
    return application


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--transport", choices=("httpx", "aiohttp"), default="httpx")
    args = parser.parse_args()
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    logging.basicConfig(level=logging.WARNING)
    build(args.transport).run_polling(
        timeout=dt.timedelta(seconds=25),
        allowed_updates=["message", "edited_message", "callback_query"],
        stop_signals=(signal.SIGTERM, signal.SIGINT),
    )


if __name__ == "__main__":
    main()
