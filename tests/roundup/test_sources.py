"""A channel's source mix from its history in real Redis: rows per quote, people vs organisations,
identity joins and overrides applied when read, and what each article costs in memory."""

from __future__ import annotations

from bot.brief import Actor
from bot.render import sources as phrases
from bot.roundup import sources
from bot.storage import genders, history, identity
from tests.support.history_briefs import NOW, hours_ago, make_brief


def brief_with(text, people, quotes, **kw):
    """``people``: (name, kind, gender, basis); ``quotes``: (speaker, quote)."""
    brief = make_brief(text, [], quotes, **kw)
    brief.actors = [
        Actor(n, k, 2, quotes=sum(1 for s, _ in quotes if s == n), gender=g, gender_basis=b)
        for n, k, g, b in people
    ]
    return brief


ANN = ("Ann Lee", "person", "female", "pronoun")
BOB = ("Bob Stone", "person", "male", "honorific")
CY = ("Cy Dunn", "person", None, None)
MINISTRY = ("Health Ministry", "organization", None, None)


def record(store, channel, brief, hours, workspace="T1"):
    assert history.record_article(store, channel, brief, workspace=workspace, when=hours_ago(hours))


def window(hours=24 * 7):
    end = NOW.timestamp() + 1
    return end - hours * 3600, end


def test_rows_per_quote_and_the_mix_of_distinct_people(store):
    one = brief_with(
        "one",
        [ANN, BOB, MINISTRY],
        [("Ann Lee", "a"), ("Ann Lee", "b"), ("Bob Stone", "c"), ("Health Ministry", "d"), (None, "e")],
        title="First story",
        url="https://news.example/1",
    )
    two = brief_with("two", [ANN, CY], [("Ann Lee", "f"), ("Cy Dunn", "g")], title="Second story")
    record(store, "C1", one, 30)
    record(store, "C1", two, 2)
    rows = sources.quote_rows(store, "C1", *window())
    assert len(rows) == 6  # the unattributed quote is not a row
    first = rows[0]
    assert (first.title, first.url, first.speaker, first.kind, first.gender, first.basis) == (
        "First story",
        "https://news.example/1",
        "Ann Lee",
        "person",
        "female",
        "pronoun",
    )
    ministry = next(r for r in rows if r.speaker == "Health Ministry")
    assert ministry.kind == "organization" and ministry.gender is None
    mix = sources.mix_of(rows)
    assert mix.sources == {"female": 1, "male": 1, "nonbinary": 0, "unknown": 1}
    assert mix.articles == 2 and mix.women_share == 0.5
    assert [(p.name, p.quotes, p.articles) for p in mix.people][0] == ("Ann Lee", 3, 2)
    assert [o.name for o in mix.organisations] == ["Health Ministry"]
    # A day window only sees the second article.
    assert sources.channel_mix(store, "C1", *window(24)).sources["male"] == 0


def test_aliases_ignores_and_overrides_apply_when_read(store):
    record(store, "C2", brief_with("a", [BOB], [("Bob Stone", "x")]), 5)
    record(store, "C2", brief_with("b", [("Stone", "person", None, None)], [("Stone", "y")]), 4)
    record(store, "C2", brief_with("c", [CY, MINISTRY], [("Cy Dunn", "z"), ("Health Ministry", "w")]), 3)
    mix = sources.channel_mix(store, "C2", *window())
    bob = mix.people[0]
    assert (bob.name, bob.articles, bob.gender) == ("Bob Stone", 2, "male")  # "Stone" joined by surname
    # An override for a name not seen yet is kept, and applies once the person is quoted.
    genders.set_override(store, "T1", "Dee Fox", "nonbinary")
    genders.set_override(store, "T1", "Cy Dunn", "woman")
    genders.set_override(store, "T1", "Stone", "unknown")
    identity.add_ignore(store, "T1", "Health Ministry")
    rows = sources.quote_rows(store, "C2", *window())
    cy = next(r for r in rows if r.speaker == "Cy Dunn")
    assert (cy.gender, cy.basis) == ("female", "override")
    assert all(r.speaker != "Health Ministry" for r in rows)
    assert {(r.speaker, r.gender, r.basis) for r in rows if "Stone" in r.speaker} == {
        ("Bob Stone", None, "override")
    }
    record(store, "C2", brief_with("d", [("Dee Fox", "person", None, None)], [("Dee Fox", "v")]), 1)
    mix = sources.channel_mix(store, "C2", *window())
    assert mix.sources == {"female": 1, "male": 0, "nonbinary": 1, "unknown": 1}
    # Undoing brings the estimates back.
    genders.remove_override(store, "T1", "Cy Dunn")
    assert sources.channel_mix(store, "C2", *window()).sources["female"] == 0


def test_the_strongest_evidence_wins_and_a_tie_stays_unknown(store):
    weak = ("Kim Park", "person", "male", "given_name")
    strong = ("Kim Park", "person", "female", "pronoun")
    record(store, "C3", brief_with("a", [weak], [("Kim Park", "x")]), 3)
    record(store, "C3", brief_with("b", [strong], [("Kim Park", "y")]), 2)
    assert sources.channel_mix(store, "C3", *window()).people[0].gender == "female"
    record(store, "C3", brief_with("c", [("Lee Wu", "person", "male", "pronoun")], [("Lee Wu", "x")]), 2)
    record(store, "C3", brief_with("d", [("Lee Wu", "person", "female", "pronoun")], [("Lee Wu", "y")]), 1)
    lee = next(p for p in sources.channel_mix(store, "C3", *window()).people if p.name == "Lee Wu")
    assert (lee.gender, lee.basis) == (None, None)


def test_phrases():
    assert phrases.counts_phrase({"female": 1, "male": 3, "nonbinary": 0, "unknown": 1}) == (
        "3 men · 1 woman · 1 unknown (estimated)"
    )
    assert phrases.counts_phrase({"female": 2, "male": 0, "nonbinary": 1, "unknown": 0}) == (
        "2 women · 1 nonbinary (estimated)"
    )
    assert phrases.counts_phrase(dict.fromkeys(("female", "male", "nonbinary", "unknown"), 0)) is None
    assert phrases.share_phrase(0.4, 0.25) == "Women among quoted sources: 40% (up from 25%)"
    assert phrases.share_phrase(0.2, 0.25) == "Women among quoted sources: 20% (down from 25%)"
    assert phrases.share_phrase(None, 0.25) is None


def test_csv_cells_never_start_a_formula():
    row = sources.SourceRow("2026-01-01", "=HYPERLINK(1)", None, "+Ann", "person", None, None)
    text = sources.render_rows_csv([row])
    assert text.splitlines() == [
        "date,title,url,speaker,kind,gender,basis",
        "2026-01-01,'=HYPERLINK(1),,'+Ann,person,,",
    ]


def test_an_article_with_many_speakers_still_takes_under_4_kb(store):
    people = [(f"Person Number{i}", "person", "female" if i % 2 else "male", "pronoun") for i in range(25)]
    quotes = [(p[0], "A fairly long quotation that goes on for a while. " * 4) for p in people[:5]]
    quotes += [(p[0], "short one") for p in people[5:20]]
    brief = brief_with("A long article. " * 200, people, quotes, url="https://news.example/a/very/long/path")
    history.record_article(
        store,
        "C4",
        brief,
        workspace="T1",
        thread_ts="1700000000.000100",
        permalink="https://newsroom.slack.com/archives/C4/p1700000000000100",
        when=hours_ago(1),
    )
    key = store.key_history_article("C4", history.article_key(brief))
    assert store.client.memory_usage(key, samples=0) < 4096  # every field counted, not a sample
    assert len(sources.quote_rows(store, "C4", *window())) == 20


def test_the_roundup_carries_the_share_and_its_trend_unless_switched_off(store, settings):
    from dataclasses import replace

    from bot.render.roundup import roundup_blocks
    from bot.roundup.compute import compute_roundup, render_text
    from bot.storage.channels import set_channel_setting
    from bot.storage.store import Store

    def quoted(text, people):
        brief = brief_with(text, [*people, MINISTRY], [(p[0], "x") for p in people])
        brief.actors[-1].mentions = 1
        return brief

    record(store, "CR", quoted("last week", [ANN, BOB, ("Carl Dunn", "person", "male", "honorific")]), 24 * 8)
    record(store, "CR", quoted("monday", [ANN, BOB]), 30)
    record(store, "CR", quoted("tuesday", [("Eve Fox", "person", "female", "given_name"), CY]), 5)
    roundup = compute_roundup(store, "CR", "week", now=NOW)
    line = "Women among quoted sources: 67% (up from 33%) · 4 people quoted, 1 unknown"
    assert roundup.sources.line() == line
    _, blocks = roundup_blocks(roundup)
    assert blocks[2] == {
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": f":busts_in_silhouette: {line}"}],
    }
    assert line in render_text(roundup)
    off = Store(store.client, replace(settings, source_mix=False))
    quiet = compute_roundup(off, "CR", "week", now=NOW)
    assert quiet.sources is None and quiet.to_dict()["sources"] is None
    assert "Women among" not in str(roundup_blocks(quiet)[1]) and "Women among" not in render_text(quiet)
    # one channel can switch it off for itself (/brief settings sources off)
    set_channel_setting(store, "CR", "sources", False)
    assert compute_roundup(store, "CR", "week", now=NOW).sources is None


def test_an_unnamed_source_is_listed_apart_never_as_a_person(store):
    brief = brief_with("u", [ANN], [("Ann Lee", "x"), ("a campaign spokesman", "y")])
    record(store, "CU", brief, 1)
    rows = sources.quote_rows(store, "CU", *window())
    spokesman = next(r for r in rows if r.speaker == "a campaign spokesman")
    assert (spokesman.kind, spokesman.gender) == ("unnamed", None)
    mix = sources.mix_of(rows)
    assert mix.sources == {"female": 1, "male": 0, "nonbinary": 0, "unknown": 0}
    assert [(o.name, o.kind) for o in mix.organisations] == [("a campaign spokesman", "unnamed")]
    text = sources.render_text("CU", NOW, NOW, rows)
    assert "a campaign spokesman (unnamed) — 1 quote in 1 article" in text
    assert "2 attributed quotes in 1 article\n" in text
