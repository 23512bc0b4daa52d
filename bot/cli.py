"""The ``sjogren-bot`` command: a few lines of wiring over the library for each sub-command."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bot.config import Config, ConfigError
from dialogs.emergency_numbers import country_from_language_tag
from locales.translator import negotiate

if TYPE_CHECKING:
    from bot.wiring import Wiring

log = logging.getLogger("sjogren_bot")


def chat(args: argparse.Namespace, config: Config) -> int:
    """The console chat, storing transcripts (channel ``console``) like the Telegram bot; one
    process per data directory, and the store closed (its log folded in) however it stops."""
    from bot.instance import InstanceLock
    from bot.wiring import wire

    with InstanceLock(config.data_dir):
        wiring = wire(config)
        try:
            with _stopped_by_sigterm():
                return _chat(args, config, wiring)
        except _Stopped:
            return 0  # stopped on request, like the bot
        except BrokenPipeError:  # the reader went away (`| head`): stop quietly
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 1
        except KeyboardInterrupt:
            sys.stderr.write("\n")
            return 130
        finally:
            wiring.store.close()


class _Stopped(Exception):
    """SIGTERM arrived."""


@contextlib.contextmanager
def _stopped_by_sigterm() -> Iterator[None]:
    """SIGTERM ends the chat (status 0) where it is, and the store is closed on the way out."""

    def interrupt(signum: int, frame: object) -> None:
        raise _Stopped

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _chat(args: argparse.Namespace, config: Config, wiring: Wiring) -> int:
    from bot.console import CHANNEL, ConsoleChat

    tag = args.lang or config.default_language
    console = ConsoleChat(
        wiring.conversations(CHANNEL, "keyboard"),
        language=negotiate(tag, config.default_language),
        language_chosen=args.lang is not None,
        region=country_from_language_tag(args.lang),
        jsonl=args.jsonl,
        skip_consent=args.no_consent,
        resume=args.resume if args.resume is not None else not args.jsonl,
        share_link=f"https://t.me/{config.bot_username}" if config.bot_username else None,
    )
    if not args.jsonl and sys.stdin.isatty():
        return console.run(_prompted_lines())
    return console.run(sys.stdin)


def _prompted_lines() -> Iterator[str]:
    """Lines typed at a prompt, until end of input."""
    while True:
        try:
            yield input("> ")
        except (EOFError, KeyboardInterrupt):
            return


def diagram(args: argparse.Namespace, config: Config) -> int:
    from bot.diagram import mermaid

    sys.stdout.write(mermaid())
    return 0


def telegram(args: argparse.Namespace, config: Config) -> int:
    from bot.instance import InstanceLock
    from bot.telegram.app import check_token, run_telegram
    from bot.wiring import wire

    problem = check_token(config.telegram_bot_token)
    if problem is not None:
        sys.stderr.write(f"sjogren-bot: {problem}\n")
        return 2
    with InstanceLock(config.data_dir):
        wiring = wire(config)
        try:
            return run_telegram(config, wiring)
        finally:
            wiring.store.close()


def backup(args: argparse.Namespace, config: Config) -> int:
    """A consistent copy of the database and the key file, while the bot runs or not."""
    from bot.backups import backup_data_dir

    sys.stdout.write(backup_data_dir(config, Path(args.destination)) + "\n")
    return 0


def restore(args: argparse.Namespace, config: Config) -> int:
    """Put a backup in place of the data directory's database (the bot must be stopped)."""
    from bot.backups import restore_backup
    from bot.instance import InstanceLock

    with InstanceLock(config.data_dir):
        sys.stdout.write(restore_backup(config, Path(args.source)) + "\n")
    return 0


def purge(args: argparse.Namespace, config: Config) -> int:
    from bot.wiring import wire

    counts = wire(config).store.purge()
    sys.stdout.write(
        f"purged: {counts.sessions} sessions, {counts.links} links, "
        f"{counts.live_states} live states, {counts.event_keys} event keys\n"
    )
    return 0


def review_copy(args: argparse.Namespace, config: Config) -> int:
    """The copy reviewers get: reviewer tables only, coarsened, rare countries blanked."""
    from bot.wiring import open_existing
    from storage.review_copy import make_review_copy

    out = Path(args.out)
    if out.exists():
        raise ConfigError(f"{out} exists: a review copy goes into a new file")
    db = open_existing(config)
    try:
        report = make_review_copy(db, out, k=args.k)
    finally:
        db.close()
    sys.stdout.write(
        f"review copy written to {out}: {report.sessions} sessions, the country blanked in "
        f"{report.countries_blanked} (fewer than {args.k} alike), "
        f"{report.texts_redacted} typed texts redacted again\n"
    )
    return 0


def review(args: argparse.Namespace, config: Config) -> int:
    """Datasette over a review copy, read-only, on 127.0.0.1."""
    from bot.review import serve

    return serve(Path(args.copy), port=args.port, listen=args.listen)


def content(args: argparse.Namespace, config: Config) -> int:
    """``content export``: every screen and string of this content version, the rules, the
    sources and the number table, as one Markdown document for those who sign it off."""
    from bot.content_export import export

    try:
        document = export(args.lang)
    except ValueError as error:
        raise ConfigError(str(error)) from None
    if args.out:
        Path(args.out).write_text(document, encoding="utf-8")
        sys.stdout.write(f"content export written to {args.out}\n")
    else:
        sys.stdout.write(document)
    return 0


def accept_key(args: argparse.Namespace, config: Config) -> int:
    """Start a new pseudonym key on purpose (the old one is lost or was rotated); never under
    a running bot."""
    from bot.instance import InstanceLock
    from bot.wiring import wire

    with InstanceLock(config.data_dir):
        wire(config, accept_new_key=True).store.close()
    sys.stdout.write(
        "The current pseudonym key is now the database's key. Conversations stored under an "
        "earlier key can no longer be found by /delete; they expire under the retention "
        "rules.\n"
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sjogren-bot",
        description="Screening and treatment information for Sjögren's with nerve symptoms.",
    )
    parser.add_argument(
        "--version", action="store_true", help="print the app's and the content's versions"
    )
    sub = parser.add_subparsers(dest="command")
    chat_parser = sub.add_parser("chat", help="the console chat")
    chat_parser.add_argument("--lang", help="language code, e.g. en, es, pt-br")
    chat_parser.add_argument("--jsonl", action="store_true", help="JSON lines for scripts")
    chat_parser.add_argument(
        "--no-consent", action="store_true", help="skip the consent question; nothing is saved"
    )
    chat_parser.add_argument(
        "--resume",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="continue an unfinished conversation (default: yes, except with --jsonl)",
    )
    sub.add_parser("telegram", help="the Telegram bot (polling, or webhook with WEBHOOK_URL)")
    sub.add_parser("purge", help="apply the retention rules now")
    sub.add_parser("diagram", help="print the dialog's state machine as Mermaid")
    backup_parser = sub.add_parser(
        "backup", help="copy the database and the key file into a new directory (0600)"
    )
    backup_parser.add_argument("destination", help="a new directory for the backup")
    restore_parser = sub.add_parser(
        "restore", help="restore a backup made by `backup` (with the bot stopped)"
    )
    restore_parser.add_argument("source", help="the backup's directory")
    copy_parser = sub.add_parser(
        "review-copy", help="write the copy reviewers get (reviewer tables only, 0600)"
    )
    copy_parser.add_argument("out", help="a new file, e.g. review.db")
    copy_parser.add_argument(
        "--k",
        type=_at_least_one,
        default=5,
        help="blank the country where fewer than K sessions share language, country and week",
    )
    review_parser = sub.add_parser(
        "review", help="browse a review copy with Datasette on 127.0.0.1 (read-only)"
    )
    review_parser.add_argument("copy", help="a file written by review-copy")
    review_parser.add_argument("--port", type=int, default=8001)
    review_parser.add_argument(
        "--listen",
        default="127.0.0.1",
        help="the address to serve on (127.0.0.1; 0.0.0.0 only inside a container)",
    )
    content_parser = sub.add_parser(
        "content", help="export the content of this version for review and sign-off"
    )
    content_sub = content_parser.add_subparsers(dest="action", required=True)
    export_parser = content_sub.add_parser(
        "export", help="every screen and string, the rules, sources and numbers (Markdown)"
    )
    export_parser.add_argument("--lang", help="a language beside the English, e.g. de, pt-br")
    export_parser.add_argument("--out", help="write to this file instead of the terminal")
    sub.add_parser(
        "accept-key",
        help="start a new pseudonym key on purpose (after a lost key or a rotation)",
    )
    return parser


def _at_least_one(raw: str) -> int:
    """A whole number of 1 or more (argparse prints the one-line error and exits 2)."""
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of 1 or more, not {raw!r}")
    return value


def version_line() -> str:
    from bot.versions import app_version, content_version

    return f"sjogren-bot {app_version()} (content {content_version()})"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        sys.stdout.write(version_line() + "\n")
        return 0
    command = args.command
    try:
        config = Config.from_env()
        _configure_logging(config, command)
        if command is None:
            command = "telegram" if config.telegram_bot_token else "chat"
            if command == "chat":
                args = parser.parse_args(["chat"])
        handlers = {
            "chat": chat,
            "telegram": telegram,
            "purge": purge,
            "diagram": diagram,
            "accept-key": accept_key,
            "backup": backup,
            "restore": restore,
            "review-copy": review_copy,
            "review": review,
            "content": content,
        }
        return handlers[command](args, config)
    except ConfigError as error:
        sys.stderr.write(f"sjogren-bot: {error}\n")
        return 2


def _configure_logging(config: Config, command: str | None) -> None:
    """LOG_LEVEL, or: the console chat keeps the terminal for the conversation (warnings
    only); the services log their work (info)."""
    quiet = command in (None, "chat", "diagram") and not config.telegram_bot_token
    default = logging.WARNING if quiet else logging.INFO
    logging.basicConfig(
        level=config.log_level or default,
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
    )
    # httpx logs every request's URL at INFO, and a Bot API URL carries the bot's token.
    # transitions logs two INFO lines for every answer (state exited, state entered).
    for noisy in ("httpx", "httpcore", "aiohttp.access", "transitions"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # python-telegram-bot logs every update in full at DEBUG: never below INFO, whatever
    # LOG_LEVEL says, so that no message text or id reaches the log.
    logging.getLogger("telegram").setLevel(max(logging.INFO, logging.getLogger().level))


if __name__ == "__main__":
    raise SystemExit(main())
