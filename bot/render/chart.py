"""A small picture for the weekly roundup: articles per day for the top recurring actors.

Rendered with matplotlib's Agg backend (no display needed) to PNG bytes; ``handlers/`` uploads them
into the roundup's thread. Pure function of a ``Roundup``: no Redis, no Slack.
"""

from __future__ import annotations

import io
from datetime import date, timedelta

from bot.roundup.compute import Roundup

TOP_ACTORS = 5


def window_days(roundup: Roundup) -> list[str]:
    """ISO dates covered by the roundup's window, oldest first, in its time zone."""
    first, last = roundup.start.date(), roundup.end.date()
    return [(first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]


def articles_per_day_png(roundup: Roundup, top: int = TOP_ACTORS) -> bytes | None:
    """PNG of articles per day for the roundup's top ``top`` actors; None when there is nothing to draw."""
    actors = sorted(roundup.actors, key=lambda a: (-a.articles, -a.mentions, a.name.casefold()))[:top]
    if not actors:
        return None
    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib.figure import Figure

    days = window_days(roundup)
    labels = [date.fromisoformat(d).strftime("%a %-d") for d in days]
    figure = Figure(figsize=(7, 3.2), dpi=100)
    axes = figure.add_subplot()
    width = 0.8 / len(actors)
    for n, actor in enumerate(actors):
        counts = [actor.per_day.get(d, 0) for d in days]
        offsets = [i - 0.4 + width * (n + 0.5) for i in range(len(days))]
        axes.bar(offsets, counts, width=width, label=actor.name[:30])
    axes.set_xticks(range(len(days)), labels)
    axes.set_ylabel("articles")
    axes.set_title(f"Recurring actors: articles per day ({roundup.channel})", fontsize=10)
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.spines[["top", "right"]].set_visible(False)
    axes.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
