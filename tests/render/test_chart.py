"""The weekly chart: a real PNG from a real roundup, nothing to draw for an empty one."""

from __future__ import annotations

from datetime import timedelta

from bot.render.chart import articles_per_day_png, chart_title, window_days
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


def test_the_weekly_chart_gains_the_share_of_women_and_the_week_before(store):
    from bot.brief import Actor
    from bot.render.chart import chart_figure, women_share_bars

    def quoted(text, people):
        brief = make_brief(text, [], [(name, "We said this.") for name, _ in people])
        brief.actors = [Actor(n, "person", 2, quotes=1, gender=g, gender_basis="pronoun") for n, g in people]
        brief.actors.append(Actor("Kremlin", "organization", 1))
        return brief

    before = quoted(
        "last week", [("Ann Lee", "female"), ("Bo Chan", "male"), ("Cy Dunn", "male"), ("Di Ng", "male")]
    )
    history.record_article(store, "CW", before, when=hours_ago(24 * 9))
    for day, people in enumerate([[("Ann Lee", "female"), ("Bo Chan", "male")], [("Eve Fox", "female")]]):
        history.record_article(store, "CW", quoted(f"this week {day}", people), when=hours_ago(24 * day + 1))
    roundup = compute_roundup(store, "CW", "week", now=NOW)
    assert roundup.to_dict()["sources"] == {
        "counts": {"female": 2, "male": 1, "nonbinary": 0, "unknown": 0},
        "women_share": 0.6667,
        "previous_counts": {"female": 1, "male": 3, "nonbinary": 0, "unknown": 0},
        "previous_women_share": 0.25,
    }
    assert women_share_bars(roundup) == [("before", 25.0), ("this week", 66.67)]
    figure = chart_figure(roundup)
    assert len(figure.axes) == 2
    assert [round(bar.get_height(), 2) for bar in figure.axes[1].patches] == [25.0, 66.67]
    png = articles_per_day_png(roundup)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_chart_names_the_channel_by_its_name(store):
    roundup = compute_roundup(store, "C0WEEK", "week", now=NOW)
    assert chart_title(roundup).endswith("(C0WEEK)")  # the name unknown: the id
    roundup.channel_name = "politics"
    assert chart_title(roundup) == "Recurring actors: articles per day (#politics)"
