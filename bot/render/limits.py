"""Slack's Block Kit limits, written once: every message we build stays within them by construction.

(``tests/support/blocks.py``, the fake Slack's validator, keeps its own copy on purpose: a test oracle
must not take its numbers from the code it checks.)
"""

MAX_BLOCKS = 50  # blocks in one message
MAX_SECTION_TEXT = 3000  # characters of a section block's text
MAX_HEADER_TEXT = 150  # characters of a header block's text
