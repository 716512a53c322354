"""Typed errors with messages a newsroom user can read.

Problems are raised where they are known, as one of these, and turned into a reply (Slack) or a line
on stderr plus an exit code (CLI) in one place each. ``str(error)`` is always safe to show: it never
holds a secret or a traceback.
"""

from __future__ import annotations


class BriefError(Exception):
    """Base class: something the user should be told about in one line."""

    exit_code = 1


class ConfigError(BriefError):
    """A setting (environment variable) has a bad value."""

    exit_code = 2


class BadInput(BriefError):
    """The text or file given cannot be briefed (empty, binary, too large, not UTF-8...)."""

    exit_code = 2


class LinkError(BadInput):
    """A link was refused or could not be read; the message says why."""


class LinkTimeout(LinkError):
    """A link's server did not answer in time: worth trying again later (queue mode retries it)."""
