"""The weekly chart: a real PNG from a real roundup, nothing to draw for an empty one."""

from __future__ import annotations

from datetime import timedelta

from bot.render.chart import articles_per_day_png, window_days
from bot.roundup.compute import compute_roundup
from bot.storage import history
from tests.support.history_briefs import NOW, hours_ago, make_brief


def test_weekly_chart_is_a_png(store):
    for day in range(4):
        brief = make_brief(
            f"day {day}",
            [("Vladimir Putin", "person", 2), ("Kremlin", "organization", 1), ("Xi Jinping", "person", 1)],
        )
        history.record_article(store, "C1", brief, when=hours_ago(24 * day + 1))
    roundup = compute_roundup(store, "C1", "week", now=NOW)
    assert roundup.actors[0].per_day == {
        (NOW - timedelta(hours=24 * d + 1)).date().isoformat(): 1 for d in range(4)
    }
    png = articles_per_day_png(roundup)
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 2000
    assert len(window_days(roundup)) == 8  # seven 24-hour days touch eight calendar dates


def test_nothing_to_draw(store):
    assert articles_per_day_png(compute_roundup(store, "EMPTY", "week", now=NOW)) is None
