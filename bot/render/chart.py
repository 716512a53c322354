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


def chart_title(roundup: Roundup) -> str:
    """The chart's title names the channel as people know it (``#politics``), its id only when the
    name is unknown."""
    where = f"#{roundup.channel_name}" if roundup.channel_name else roundup.channel
    return f"Recurring actors: articles per day ({where})"


def articles_per_day_png(roundup: Roundup, top: int = TOP_ACTORS) -> bytes | None:
    """PNG of articles per day for the roundup's top ``top`` actors; None when there is nothing to draw."""
    figure = chart_figure(roundup, top)
    if figure is None:
        return None
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def women_share_bars(roundup: Roundup) -> list[tuple[str, float]]:
    """(label, percent) of women among quoted sources, the window before and this one, where known."""
    trend = roundup.sources
    if trend is None or trend.women_share is None:
        return []
    bars = [] if trend.previous_women_share is None else [("before", trend.previous_women_share * 100)]
    return [*bars, (f"this {roundup.window}", trend.women_share * 100)]


def chart_figure(roundup: Roundup, top: int = TOP_ACTORS):
    """The matplotlib ``Figure``: articles per day of the top actors and, when known, a small panel
    with the share of women among quoted sources (``women_share_bars``); None with no actors."""
    actors = sorted(roundup.actors, key=lambda a: (-a.articles, -a.mentions, a.name.casefold()))[:top]
    if not actors:
        return None
    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib.figure import Figure

    days = window_days(roundup)
    labels = [date.fromisoformat(d).strftime("%a %-d") for d in days]
    shares = women_share_bars(roundup)
    figure = Figure(figsize=(9 if shares else 7, 3.2), dpi=100)
    grid = figure.add_gridspec(1, 2, width_ratios=(5, 1)) if shares else None
    axes = figure.add_subplot(grid[0, 0]) if grid is not None else figure.add_subplot()
    width = 0.8 / len(actors)
    for n, actor in enumerate(actors):
        counts = [actor.per_day.get(d, 0) for d in days]
        offsets = [i - 0.4 + width * (n + 0.5) for i in range(len(days))]
        axes.bar(offsets, counts, width=width, label=actor.name[:30])
    axes.set_xticks(range(len(days)), labels)
    axes.set_ylabel("articles")
    axes.set_title(chart_title(roundup), fontsize=10)
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.spines[["top", "right"]].set_visible(False)
    axes.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    if grid is not None:
        panel = figure.add_subplot(grid[0, 1])
        bars = panel.bar([label for label, _ in shares], [value for _, value in shares], color="#7a5195")
        panel.bar_label(bars, labels=[f"{value:.0f}%" for _, value in shares], fontsize=8)
        panel.set_ylim(0, 100)
        panel.set_title("Women among\nquoted sources (%)", fontsize=9)
        panel.tick_params(labelsize=8)
        panel.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    return figure
