"""Building and running the Application: handlers, per-chat ordering, the transport, the inbox
and the outbox, polling or a webhook, and a start-up (or a fatal fault) that ends with one
line rather than a traceback."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import gc
import logging
import os
import re
import secrets
import signal
import sys
import warnings
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Update
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot.config import Config
from bot.qr_code import qr_png
from bot.telegram import handlers
from bot.telegram.delivery import Delivery
from bot.telegram.handlers import CHANNEL, Services
from bot.telegram.health import CannotListen, Metrics, serve_health
from bot.telegram.ordering import PerChatUpdateProcessor
from bot.telegram.profile import set_up_profile
from bot.telegram.receiving import LONG_POLL_SECONDS, Fatal, Receiver
from bot.telegram.sending import UNREAD_CALLS_NUDGE, log_failure
from bot.telegram.transport import AiohttpRequest, redact_token
from bot.wiring import Wiring
from dialogs.distress import read as read_distress

log = logging.getLogger("bot.telegram")

ALLOWED_UPDATES = ("message", "edited_message", "callback_query")
LONG_POLL_READ = LONG_POLL_SECONDS + 10.0
PURGE_EVERY = dt.timedelta(days=1)
SCRUB_RETRY_SECONDS = 5.0
DRAIN_SECONDS = 10.0  # at a stop, time given to the outbox; what is left is sent at start-up
EXIT_OK = 0
EXIT_FATAL = 1
EXIT_CONFIG = 2

_TOKEN = re.compile(r"\d{3,20}:[A-Za-z0-9_-]{30,100}")

Bot = Application[Any, Any, Any, Any, Services, Any]


def api_base_urls(configured: str) -> tuple[str, str]:
    """python-telegram-bot's ``base_url`` and ``base_file_url`` for TELEGRAM_API_BASE_URL,
    given as the server's root (``http://127.0.0.1:8081``) or with ``/bot``."""
    root = configured.rstrip("/").removesuffix("/bot")
    return f"{root}/bot", f"{root}/file/bot"


def add_handlers(application: Bot) -> None:
    """One handler per intent (python-telegram-bot tries them in order; the first that
    matches handles the update)."""
    private = filters.ChatType.PRIVATE
    groups = filters.ChatType.GROUPS
    new = filters.UpdateType.MESSAGE
    application.add_handler(TypeHandler(Update, handlers.once), group=-1)
    application.add_handler(CallbackQueryHandler(handlers.press))
    application.add_handler(
        MessageHandler(private & filters.UpdateType.EDITED_MESSAGE, handlers.edited)
    )
    application.add_handler(MessageHandler(private & new & filters.FORWARDED, handlers.forwarded))
    for name, handler in (
        ("start", handlers.start),
        ("restart", handlers.restart),
        ("help", handlers.help_command),
        ("privacy", handlers.privacy),
        ("language", handlers.language),
        ("delete", handlers.delete),
        ("share", handlers.share),
    ):
        application.add_handler(CommandHandler(name, handler, filters=private & new))
    application.add_handler(
        MessageHandler(private & new & filters.COMMAND, handlers.unknown_command)
    )
    application.add_handler(MessageHandler(private & new & filters.TEXT, handlers.typed))
    application.add_handler(
        MessageHandler(private & new & ~filters.StatusUpdate.ALL, handlers.media)
    )
    application.add_handler(
        CommandHandler(["start", "help"], handlers.group_invite, filters=groups & new)
    )
    application.add_handler(CommandHandler("share", handlers.group_share, filters=groups & new))
    application.add_handler(
        MessageHandler(
            groups & new & (filters.Entity("mention") | filters.StatusUpdate.NEW_CHAT_MEMBERS),
            handlers.group_invite,
        )
    )
    application.add_error_handler(handlers.on_error)


def build_application(
    config: Config,
    wiring: Wiring,
    *,
    group_referral: Callable[[int], str] | None = None,
    stop: asyncio.Event | None = None,
) -> Bot:
    """The Application: the handlers, per-chat ordering, the aiohttp transport, and the outbox
    keeping to BOT_SEND_RATE (no pace with BOT_RATE_LIMIT=off). Updates come from
    ``bot.telegram.receiving``, not from python-telegram-bot's own updater."""
    if not config.telegram_bot_token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    base_url, base_file_url = api_base_urls(config.telegram_api_base_url)
    store = wiring.store
    application: Bot = (
        ApplicationBuilder()
        .token(config.telegram_bot_token)
        .base_url(base_url)
        .base_file_url(base_file_url)
        .request(AiohttpRequest(connection_pool_size=64, read_timeout=10.0, write_timeout=10.0))
        .get_updates_request(AiohttpRequest(connection_pool_size=2, read_timeout=LONG_POLL_READ))
        .updater(None)
        .concurrent_updates(PerChatUpdateProcessor(handled=store.inbox.done))
        .context_types(ContextTypes(bot_data=Services))
        .job_queue(None)
        .build()
    )
    services = application.bot_data
    metrics = Metrics()
    services.attach(
        config=config,
        conversations=wiring.conversations(CHANNEL, "buttons"),
        store=store,
        delivery=Delivery(
            application.bot,
            store.outbox,
            rate=config.send_rate if config.rate_limit else None,
            on_fatal=lambda reason: services.fail(reason),
            qr=qr_png,
            metrics=metrics,
        ),
        group_referral=group_referral or _group_referral(wiring),
        stop=stop or asyncio.Event(),
        metrics=metrics,
    )
    metrics.depths(store.inbox.pending, services.delivery.pending)
    add_handlers(application)
    return application


def _group_referral(wiring: Wiring) -> Callable[[int], str]:
    """A support group's referral code: a keyed hash of its chat id, never the id itself."""
    return lambda chat_id: "g" + wiring.pseudonyms.pseudonym(str(chat_id), "telegram-group")[:12]


def webhook_secret(config: Config) -> str:
    """WEBHOOK_SECRET, or a fresh random one (Telegram echoes it on every request anyway)."""
    return config.webhook_secret or secrets.token_urlsafe(32)


async def serve(
    application: Bot,
    config: Config,
    stop: asyncio.Event,
    *,
    ready: asyncio.Event | None = None,
) -> None:
    """Run until ``stop`` is set (or a fatal fault sets it): the outbox first (what was owed
    before a restart goes out first), then the updates left in the inbox, then long polling,
    or a webhook when WEBHOOK_URL is set.

    ``ready`` is set once updates are being received and the bot's profile is set. Raises
    ``InvalidToken`` or ``NetworkError`` when the Bot API cannot be used at startup; a fault
    later sets ``Services.fatal_reason``.
    """
    services = application.bot_data
    services.stop = stop
    health: web.AppRunner | None = None
    if config.health_port is not None:
        health = await serve_health(
            services.metrics,
            services.readiness,
            listen=config.health_listen,
            port=config.health_port,
        )
    try:
        await application.initialize()
    except BaseException:
        await application.bot.shutdown()
        if health is not None:
            await health.cleanup()
        raise
    services.readiness.api_answered = True
    tasks: list[asyncio.Task[Any]] = []
    webhook: web.AppRunner | None = None
    receiver = Receiver(
        application.bot,
        services.store.inbox,
        application.update_queue.put,
        allowed_updates=ALLOWED_UPDATES,
        replayed=services.replayed,
        polled=services.readiness.polled,
    )
    try:
        services.username = config.bot_username or application.bot.username
        owed = services.delivery.load_owed()
        tasks.append(asyncio.create_task(services.delivery.run()))
        await application.start()
        replayed = await receiver.replay()
        if owed or replayed:
            log.info("after a restart: %d replies owed, %d updates to handle", owed, replayed)
        if config.webhook_url:
            webhook = await receiver.serve_webhook(
                listen=config.webhook_listen,
                port=config.webhook_port,
                path=urlsplit(config.webhook_url).path,
                url=config.webhook_url,
                secret=webhook_secret(config),
            )
            services.readiness.webhook = True
        else:
            tasks.append(asyncio.create_task(_receive(receiver, services)))
        # The command menu and descriptions (four calls per language) are set while the bot
        # already answers: at startup they would hold back the first answer.
        profile = asyncio.create_task(set_up_profile(application.bot, config.default_language))
        tasks.append(profile)
        tasks.append(asyncio.create_task(_housekeeping(services)))
        tasks.append(asyncio.create_task(warm_up()))
        log.info("the Telegram bot is running (%s)", "webhook" if config.webhook_url else "polling")
        if ready is not None:
            await profile  # never raises: failures are logged
            ready.set()
        await stop.wait()
        log.info("stopping")
    except Fatal as fault:
        services.fail(str(fault))
    finally:
        stop.set()
        if webhook is not None:
            await webhook.cleanup()
        if application.running:
            await application.stop()
        if services.fatal_reason is None:  # after a fault, what is owed waits for the restart
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(DRAIN_SECONDS):
                    await services.delivery.idle()
        services.delivery.close()
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Fatal):
                await task
        await application.shutdown()
        if health is not None:
            await health.cleanup()


async def _receive(receiver: Receiver, services: Services) -> None:
    """Long polling; a fault it cannot get past stops the bot, never leaves it deaf."""
    try:
        await receiver.poll(services.stop)
    except Fatal as fault:
        services.fail(str(fault))
    except Exception as error:
        log_failure("receiving updates failed", error)
        services.fail("Receiving updates failed (see the log); stopping.")


async def _housekeeping(services: Services) -> None:
    """The retention rules at start-up and then once a day; in between, every few seconds,
    the end of an erasure a reader held back (emptying the log), without blocking anyone."""
    store = services.store
    next_purge = 0.0
    while True:
        now = asyncio.get_running_loop().time()
        try:
            if now >= next_purge:
                store.purge(datetime.now(UTC))
                next_purge = now + PURGE_EVERY.total_seconds()
            store.finish_scrub()
        except Exception as error:
            log_failure("housekeeping failed", error)
        await asyncio.sleep(SCRUB_RETRY_SECONDS)


def check_token(token: str | None) -> str | None:
    """Why the token cannot be used, in one line; None when it looks like a bot token."""
    if not token:
        return "TELEGRAM_BOT_TOKEN is not set (get one from @BotFather)."
    if not _TOKEN.fullmatch(token):
        return "TELEGRAM_BOT_TOKEN is malformed: expected digits, a colon and 30+ characters."
    return None


def run_telegram(config: Config, wiring: Wiring) -> int:
    """Run the bot until SIGTERM or SIGINT; the exit status (2: it cannot start)."""
    problem = check_token(config.telegram_bot_token)
    if problem is not None:
        _fail(problem)
        return EXIT_CONFIG
    quiet_libraries()
    return asyncio.run(_run(config, wiring))


def quiet_libraries() -> None:
    """Library settings for a running bot: python-telegram-bot builds ``RetryAfter`` with
    timedelta periods (the future behaviour; it warns otherwise), and its nudge towards the
    typed methods for calls whose answers the bot never reads is expected."""
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    warnings.filterwarnings("ignore", UNREAD_CALLS_NUDGE, category=PTBUserWarning)


def freeze_startup_objects() -> None:
    """Move everything built so far (modules, the dialog's content, catalogs, the library's
    classes) out of the garbage collector's sight: it is never garbage, and a full collection
    then only walks what the answers themselves allocated."""
    gc.collect()
    gc.freeze()


async def warm_up() -> None:
    """Once the bot answers: build the distress phrase lists (half a second) in a thread, so
    that neither the start nor the first typed message waits for them, then freeze them too.
    A message typed meanwhile builds them itself (the result is the same)."""
    await asyncio.to_thread(read_distress, "warm up")
    freeze_startup_objects()


async def _run(config: Config, wiring: Wiring) -> int:
    stop = asyncio.Event()
    application = build_application(config, wiring, stop=stop)
    freeze_startup_objects()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signum, stop.set)
    try:
        await serve(application, config, stop)
    except InvalidToken:
        _fail("The Telegram Bot API rejected TELEGRAM_BOT_TOKEN (check it with @BotFather).")
        return EXIT_CONFIG
    except NetworkError as error:
        host = urlsplit(api_base_urls(config.telegram_api_base_url)[0]).netloc
        # Not a setting to fix, most likely: the network or Telegram is down for now, and a
        # supervisor should start the bot again (exit 2 would keep it down for good).
        _fail(f"Cannot reach the Telegram Bot API at {host}: {redact_token(str(error))}")
        return EXIT_FATAL
    except TelegramError as error:
        _fail(f"The Telegram Bot API refused to start the bot: {redact_token(str(error))}")
        return EXIT_CONFIG
    except CannotListen as error:
        _fail(str(error))
        return EXIT_CONFIG
    reason = application.bot_data.fatal_reason
    if reason is not None:
        _fail(reason)
        return EXIT_FATAL
    return EXIT_OK


def _fail(line: str) -> None:
    sys.stderr.write(f"sjogren-bot: {line}\n")
