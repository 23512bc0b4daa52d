"""The pure dialog core: content as data, the flow machine, triage, topics and screens.

Nothing here does I/O or imports Telegram, SQLite or Babel: data in, data out.
"""
