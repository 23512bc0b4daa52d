"""``python -m bot``: the same as the ``sjogren-bot`` command."""

from bot.cli import main

raise SystemExit(main())
