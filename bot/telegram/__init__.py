"""The Telegram shell: python-telegram-bot's Application wired to the dialog core.

``updates`` decodes what arrived, ``handlers`` turns it into engine events (one handler per
intent), ``render`` and ``sending`` show the engine's screens, ``ordering`` keeps each chat's
updates in order, ``app`` builds and runs the Application.
"""
