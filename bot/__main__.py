"""``python -m bot`` is the ``brief`` command."""

from bot.cli import main

raise SystemExit(main())
