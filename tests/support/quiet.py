"""Waiting until nothing more can happen, for tests that prove a duplicate never arrives.

A fixed ``sleep`` after the first answer either wastes time or, on a busy machine, ends before the
duplicate would have come. Instead: wait until no work is left (``busy()`` false: queues empty, no job
running or waiting to be retried) *and* the fake Slack has heard nothing new for ``quiet`` seconds,
which then only has to cover the hand-off between a job finishing and its last Slack call.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


def wait_until_quiet(
    fake_slack,
    *,
    busy: Callable[[], bool] = lambda: False,
    quiet: float = 0.5,
    timeout: float = 60.0,
    **match: Any,
) -> None:
    """Return once ``busy()`` is false and no Slack call (whose params match ``match``) arrived for
    ``quiet`` seconds; fail after ``timeout`` seconds."""

    def heard() -> int:
        return sum(1 for c in list(fake_slack.calls) if all(c.params.get(k) == v for k, v in match.items()))

    deadline = time.monotonic() + timeout
    seen, since = heard(), time.monotonic()
    while True:
        now = time.monotonic()
        count = heard()
        if count != seen or busy():
            seen, since = count, now
        elif now - since >= quiet:
            return
        if now > deadline:
            raise AssertionError(f"still busy or hearing Slack calls after {timeout}s ({match or 'any'})")
        time.sleep(0.05)
