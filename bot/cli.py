"""The ``sjogren-bot`` command: a few lines of wiring over the library for each sub-command."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterator, Sequence

from bot.config import Config, ConfigError
from dialogs.emergency_numbers import country_from_language_tag
from locales.translator import negotiate

log = logging.getLogger("sjogren_bot")


def chat(args: argparse.Namespace, config: Config) -> int:
    """The console chat, storing transcripts (channel ``console``) like the Telegram bot."""
    from bot.console import CHANNEL, ConsoleChat
    from bot.wiring import wire

    wiring = wire(config)
    tag = args.lang or config.default_language
    console = ConsoleChat(
        wiring.conversations(CHANNEL, "keyboard"),
        language=negotiate(tag, config.default_language),
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
    from bot.telegram.app import check_token, run_telegram
    from bot.wiring import wire

    problem = check_token(config.telegram_bot_token)
    if problem is not None:
        sys.stderr.write(f"sjogren-bot: {problem}\n")
        return 2
    return run_telegram(config, wire(config))


def purge(args: argparse.Namespace, config: Config) -> int:
    from bot.wiring import wire

    counts = wire(config).store.purge()
    sys.stdout.write(
        f"purged: {counts.sessions} sessions, {counts.links} links, "
        f"{counts.live_states} live states, {counts.event_keys} event keys\n"
    )
    return 0


def accept_key(args: argparse.Namespace, config: Config) -> int:
    """Start a new pseudonym key on purpose (the old one is lost or was rotated)."""
    from bot.wiring import wire

    wire(config, accept_new_key=True)
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
    sub.add_parser(
        "accept-key",
        help="start a new pseudonym key on purpose (after a lost key or a rotation)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    # The console chat keeps the terminal for the conversation; the services log their work.
    quiet = args.command in (None, "chat", "diagram")
    logging.basicConfig(
        level=logging.WARNING if quiet else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
    )
    # httpx logs every request's URL at INFO, and a Bot API URL carries the bot's token.
    # transitions logs two INFO lines for every answer (state exited, state entered).
    for noisy in ("httpx", "httpcore", "aiohttp.access", "transitions"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    command = args.command
    try:
        config = Config.from_env()
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
        }
        return handlers[command](args, config)
    except ConfigError as error:
        sys.stderr.write(f"sjogren-bot: {error}\n")
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
