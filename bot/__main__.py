"""``python -m bot`` is the ``brief`` command."""

from bot.cli import run

run()
