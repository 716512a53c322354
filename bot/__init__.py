"""Newsroom Brief: who is in an article, who said what, and who keeps coming back.

``bot`` is the core and knows nothing of Slack: the CLI, the Slack handlers and the tests all drive it
through the same functions (``bot.briefing``).
"""

__version__ = "0.1.0"
