"""The roundup from real Redis history: counts, quotes, links, order, identity, rendering limits."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from bot.brief import Quote
from bot.errors import BadInput
from bot.render.roundup import roundup_blocks
from bot.roundup.compute import compute_roundup, parse_window, render_text
from bot.storage import history, identity
from tests.support.blocks import assert_valid_blocks, blocks_as_text
from tests.support.history_briefs import NOW, hours_ago, make_brief

ARTICLES = [
    (
        hours_ago(20),
        "https://slack.test/p1",
        make_brief(
            "Putin in Moscow, day one.",
            [("Vladimir Putin", "person", 4), ("Kremlin", "organization", 2), ("Moscow", "place", 1)],
            [("Vladimir Putin", "short one")],
        ),
    ),
    (
        hours_ago(10),
        "https://slack.test/p2",
        make_brief(
            "Putin and Xi, day one evening.",
            [
                ("Putin", "person", 2),
                ("Xi Jinping", "person", 3),
                ("Kremlin", "organization", 1),
                ("Moscow", "place", 2),
            ],
            [("Putin", "Our partnership has no limits and no forbidden areas of cooperation, none at all.")],
        ),
    ),
    (
        hours_ago(1),
        "https://slack.test/p3",
        make_brief(
            "Xi in Beijing, next morning.",
            [("Xi Jinping", "person", 2), ("Beijing", "place", 1)],
            [("Xi Jinping", "We are ready to work with Russia on the initiatives agreed in Moscow.")],
        ),
    ),
]


@pytest.fixture
def channel(store):
    for when, permalink, brief in ARTICLES:
        assert history.record_article(store, "C1", brief, workspace="T1", permalink=permalink, when=when)
    return "C1"


def test_three_articles_over_a_day(store, channel):
    roundup = compute_roundup(store, channel, "day", now=NOW)
    data = roundup.to_dict()
    assert data["channel"] == "C1" and data["window"] == "day" and data["articles"] == 3
    got = [(a["name"], a["kind"], a["articles"], a["mentions"]) for a in data["actors"]]
    assert got == [
        ("Vladimir Putin", "person", 2, 6),
        ("Xi Jinping", "person", 2, 5),
        ("Kremlin", "organization", 2, 3),
        ("Moscow", "place", 2, 3),
    ]
    putin = data["actors"][0]
    assert putin["quote"]["quote"].startswith("Our partnership has no limits")
    assert putin["quote"]["date"] == hours_ago(10).date().isoformat()
    assert putin["links"] == ["https://slack.test/p2", "https://slack.test/p1"]
    assert data["actors"][1]["links"] == ["https://slack.test/p3", "https://slack.test/p2"]
    assert data["actors"][2]["quote"] is None
    # the channel's first roundup: nothing to compare with, so nothing is tagged new
    assert data["first"] is True and not any(a["new"] for a in data["actors"])
    json.dumps(data)  # the --json contract is plain JSON


def test_window_and_min_articles(store, channel):
    earlier = NOW - timedelta(hours=12)  # the window then holds only the first article
    assert compute_roundup(store, channel, "day", now=earlier).actors == []
    names = [a.name for a in compute_roundup(store, channel, "day", now=NOW, min_articles=1).actors]
    assert names[:2] == ["Vladimir Putin", "Xi Jinping"] and "Beijing" in names
    assert names.index("Kremlin") < names.index("Moscow")  # organisations before places


def test_new_means_not_in_the_previous_window(store, channel):
    previous = make_brief("Kremlin story from yesterday.", [("Kremlin", "organization", 1)])
    history.record_article(store, channel, previous, workspace="T1", when=hours_ago(30))
    older = make_brief("Moscow story from last week.", [("Moscow", "place", 1)])
    history.record_article(store, channel, older, workspace="T1", when=hours_ago(24 * 5))
    roundup = compute_roundup(store, channel, "day", now=NOW)
    assert roundup.compared and not roundup.first
    assert {a.name: a.new for a in roundup.actors} == {
        "Vladimir Putin": True,
        "Xi Jinping": True,
        "Kremlin": False,  # in the previous 24 hours
        "Moscow": True,  # only five days ago: not in the previous window
    }
    week = compute_roundup(store, channel, "week", now=NOW)
    assert [a for a in week.actors if a.name == "Kremlin"][0].articles == 3
    text = blocks_as_text(roundup_blocks(roundup)[1])
    assert text.count(":new: _new today_") == 2  # people and organisations are tagged; Moscow's line isn't
    assert "nothing is marked new" not in text


def test_first_roundup_says_so_once_instead_of_tagging_everything(store, channel):
    text, blocks = roundup_blocks(compute_roundup(store, channel, "day", now=NOW))
    shown = blocks_as_text(blocks)
    assert ":new:" not in shown and shown.count("first roundup") == 1
    # a channel with older articles but none in the previous window says why nothing is new
    history.record_article(
        store, channel, make_brief("old", [("Moscow", "place", 1)]), when=hours_ago(24 * 5)
    )
    shown = blocks_as_text(roundup_blocks(compute_roundup(store, channel, "day", now=NOW))[1])
    assert "No articles were briefed here in the previous 24 hours" in shown and ":new:" not in shown


def test_people_first_with_their_best_quote_and_threads_by_title(store, channel):
    roundup = compute_roundup(store, channel, "day", now=NOW)
    putin = roundup.actors[0]
    assert [t.title for t in putin.threads] == ["Putin and Xi, day one evening.", "Putin in Moscow, day one."]
    text, blocks = roundup_blocks(roundup)
    assert_valid_blocks(blocks)
    kinds = [b["text"]["text"] for b in blocks if b["type"] == "section"]
    assert kinds[0] == "*People*" and kinds[1].startswith("*Vladimir Putin* · 2 articles · 6 mentions")
    assert "<https://slack.test/p2|Putin and Xi, day one evening.>" in kinds[1]  # titles, not 1, 2
    assert "> “Our partnership has no limits" in kinds[1]
    assert kinds.index("*Organisations*") > kinds.index("*People*")
    [others] = [k for k in kinds if k.startswith("*Places and groups:*")]
    assert others == "*Places and groups:* Moscow (2 articles)"
    assert text.startswith("Recurring actors, the last 24 hours: Vladimir Putin, Xi Jinping")


def test_quote_date_is_the_articles_own_date_and_the_comma_is_trimmed(store):
    for n, date in enumerate(["2024-05-20T09:00:00+00:00", None]):
        brief = make_brief(
            f"Dated story {n}.",
            [("Ana Costa", "person", 2)],
            [("Ana Costa", "We have waited for this bridge for decades and decades, all of us,")]
            if n == 0
            else [],
        )
        brief.date = date
        history.record_article(
            store, "C5", brief, permalink=f"https://slack.test/d{n}", when=hours_ago(n + 1)
        )
    [ana] = compute_roundup(store, "C5", "day", now=NOW).actors
    assert ana.quote.date == "2024-05-20" and ana.quote.dated == "article"
    text = blocks_as_text(roundup_blocks(compute_roundup(store, "C5", "day", now=NOW))[1])
    assert "for decades and decades, all of us” (20 May)" in text
    # an article without a date: the day it was shared, said as such
    brief = make_brief(
        "Undated.", [("Ben Okafor", "person", 1)], [("Ben Okafor", "Nobody told us anything.")]
    )
    history.record_article(store, "C6", brief, when=hours_ago(2))
    history.record_article(
        store, "C6", make_brief("Again.", [("Ben Okafor", "person", 1)]), when=hours_ago(1)
    )
    [ben] = compute_roundup(store, "C6", "day", now=NOW).actors
    assert ben.quote.dated == "shared" and f"(shared {hours_ago(2):%-d %b})" in render_text(
        compute_roundup(store, "C6", "day", now=NOW)
    )


def test_alias_and_ignore_change_the_next_roundup(store, channel):
    identity.add_ignore(store, "T1", "Kremlin")
    identity.add_alias(store, "T1", "Moscow", "Russia")
    names = [(a.name, a.articles) for a in compute_roundup(store, channel, "day", now=NOW).actors]
    assert ("Kremlin", 2) not in names and ("Russia", 2) in names
    identity.remove_ignore(store, "T1", "kremlin")
    names = [a.name for a in compute_roundup(store, channel, "day", now=NOW).actors]
    assert "Kremlin" in names


def test_ambiguous_surname_stays_separate(store):
    for n, (when, actors) in enumerate(
        [
            (hours_ago(5), [("Joe Biden", "person", 2)]),
            (hours_ago(4), [("Hunter Biden", "person", 2)]),
            (hours_ago(3), [("Biden", "person", 1)]),
            (hours_ago(2), [("Biden", "person", 1), ("Joe Biden", "person", 1)]),
        ]
    ):
        history.record_article(store, "C3", make_brief(f"article {n}", actors), workspace="T1", when=when)
    got = {a.name: a.articles for a in compute_roundup(store, "C3", "day", now=NOW).actors}
    assert got == {"Joe Biden": 2, "Biden": 2}


def test_empty_window_and_quiet_line(store):
    roundup = compute_roundup(store, "NOPE", "day", now=NOW)
    assert roundup.empty and roundup.articles == 0
    text, blocks = roundup_blocks(roundup)
    assert text.startswith("Quiet day")
    assert "Quiet day" in render_text(roundup)


def test_blocks_stay_within_slack_limits(store):
    # 60 recurring actors with long quotes: the message is cut, never over the limits.
    for n in range(3):
        actors = [(f"Person Number{i:02d}", "person", 1) for i in range(45)]
        actors += [(f"Organisation {i:02d}", "organization", 1) for i in range(15)]
        quotes = [(f"Person Number{i:02d}", "Quote <with> & markup. " * 40) for i in range(45)]
        brief = make_brief(f"big article {n}", actors, quotes)
        history.record_article(
            store, "C4", brief, permalink=f"https://slack.test/x{n}", when=hours_ago(n + 1)
        )
    roundup = compute_roundup(store, "C4", "day", now=NOW)
    assert len(roundup.actors) == 60  # at most 60 actors are kept per article
    text, blocks = roundup_blocks(roundup)
    assert_valid_blocks(blocks)
    assert len(blocks) <= 50
    for block in blocks:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= 3000
            assert "<with>" not in block["text"]["text"]
        if block["type"] == "header":
            assert len(block["text"]["text"]) <= 150
    assert "more recurring people" in json.dumps(blocks[-1])
    assert "Organisation 14" in json.dumps(blocks)  # the people never push the organisations out
    assert len(text) <= 3000


def test_render_text_lists_kinds_and_markers(store, channel):
    out = render_text(compute_roundup(store, channel, "day", now=NOW))
    assert out.index("People") < out.index("Organisations") < out.index("Places")
    assert "Vladimir Putin — 2 articles, 6 mentions" in out and "first roundup" in out
    assert "Putin and Xi, day one evening. — https://slack.test/p2" in out


def test_parse_window():
    assert parse_window(None) == "day" and parse_window("WEEK") == "week"
    with pytest.raises(BadInput):
        parse_window("month")


def test_an_alias_joining_two_names_in_one_article_counts_it_once(store):
    both = make_brief("Xi and Xi Jinping", [("Xi", "person", 2), ("Xi Jinping", "person", 3)])
    one = make_brief("Xi Jinping alone", [("Xi Jinping", "person", 1)])
    history.record_article(
        store, "C5", both, workspace="T1", permalink="https://slack.test/b", when=hours_ago(3)
    )
    history.record_article(
        store, "C5", one, workspace="T1", permalink="https://slack.test/o", when=hours_ago(2)
    )
    assert [a.name for a in compute_roundup(store, "C5", "day", now=NOW).actors] == ["Xi Jinping"]
    identity.add_alias(store, "T1", "Xi", "Xi Jinping")
    (xi,) = compute_roundup(store, "C5", "day", now=NOW).actors
    assert (xi.articles, xi.mentions) == (2, 6)
    assert xi.links == ["https://slack.test/o", "https://slack.test/b"]


def test_windows_cut_hours_and_local_days_exactly(store):
    # Articles every 20 minutes over two days; windows ending mid-hour, in zones a half hour off UTC.
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    def text(n: int) -> str:
        return f"Statement number {n} " * (1 + n % 7)

    stamps = [NOW - timedelta(minutes=20 * n + 7) for n in range(150)]
    for n, when in enumerate(stamps):
        actors = [("Anna Ivanova", "person", 1)] + ([("Kremlin", "organization", 2)] if n % 3 == 0 else [])
        brief = make_brief(f"story {n}", actors, [("Anna Ivanova", text(n))])
        history.record_article(store, "C6", brief, workspace="T1", when=when)
    for tz in ("UTC", "Asia/Kolkata", "America/St_Johns"):
        for back in (0, 0.5, 5.25, 13.9):
            end = NOW - timedelta(hours=back)
            inside = [(n, w) for n, w in enumerate(stamps) if end - timedelta(days=1) <= w <= end]
            roundup = compute_roundup(store, "C6", "day", now=end, tz=tz)
            anna = next(a for a in roundup.actors if a.name == "Anna Ivanova")
            assert anna.articles == roundup.articles == len(inside)
            days: dict[str, int] = {}
            for _, w in inside:
                day = w.astimezone(ZoneInfo(tz)).date().isoformat()
                days[day] = days.get(day, 0) + 1
            assert anna.per_day == dict(sorted(days.items()))
            kremlin = next(a for a in roundup.actors if a.name == "Kremlin")
            assert kremlin.mentions == 2 * sum(1 for n, _ in inside if n % 3 == 0)
            # The strongest quote (by the recorded strength), the newest among equals.
            strength = {n: history.quote_strength(Quote(text(n), "Anna Ivanova", "said")) for n, _ in inside}
            best_n, best_w = max(inside, key=lambda p: (strength[p[0]], p[1]))
            assert anna.quote.quote == text(best_n).strip()
            assert anna.quote.date == best_w.astimezone(ZoneInfo(tz)).date().isoformat()
            assert datetime.now(UTC) > end - timedelta(days=2)
