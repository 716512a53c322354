"""Channel history in real Redis: recording once, seen before, retention, compactness."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from bot.brief import Quote
from bot.storage import history
from bot.storage.store import Store
from tests.support.history_briefs import NOW, hours_ago, make_brief

PUTIN = make_brief(
    "Putin met officials in Moscow.",
    [("Vladimir Putin", "person", 3), ("Kremlin", "organization", 1), ("Moscow", "place", 1)],
    [("Vladimir Putin", "We will not be lectured by anyone on these matters, ever again.")],
)


def test_an_article_shared_twice_counts_once(store):
    assert history.record_article(store, "C1", PUTIN, workspace="T1", when=hours_ago(2))
    assert not history.record_article(store, "C1", PUTIN, workspace="T1", when=hours_ago(1))
    # Whitespace differences are the same pasted article; another channel has its own history.
    same_text = replace(PUTIN, text="Putin  met officials\nin Moscow.")
    assert not history.record_article(store, "C1", same_text, when=hours_ago(1))
    assert history.record_article(store, "C2", PUTIN, when=hours_ago(1))
    assert len(history.article_ids(store, "C1", NOW.timestamp() - 86400, NOW.timestamp())) == 1


def test_links_are_identified_by_canonical_url(store):
    a = make_brief("one text", [("Kremlin", "organization", 1)], url="https://example.com/story?utm_source=x")
    b = make_brief("another extraction", [("Kremlin", "organization", 1)], url="https://EXAMPLE.com/story")
    assert history.record_article(store, "C1", a, when=hours_ago(1))
    assert not history.record_article(store, "C1", b, when=hours_ago(1))


def _as_pasted_and_as_linked(seed_text: str):
    """The seed article twice, the way it really arrives: pasted (its headline split off) and read from
    its link (a caption and a byline around it, straight quotes, other spacing)."""
    title, _, body = seed_text.strip().partition("\n")
    cast = [("Vladimir Putin", "person", 6), ("Xi Jinping", "person", 5), ("Beijing", "place", 4)]
    pasted = make_brief(body, cast, title=title)
    page = "Photo: the two leaders in Moscow.\nBy Staff Writer\n" + body.replace("“", '"').replace("”", '"')
    linked = make_brief(
        " ".join(page.split()), cast, url="https://news.example.org/russia-china", title=title
    )
    return pasted, linked


def test_an_article_is_one_article_however_it_arrives(store, seed_text):
    pasted, linked = _as_pasted_and_as_linked(seed_text)
    assert history.article_key(pasted) != history.article_key(linked)
    shared = set(history.fingerprints(pasted.text)) & set(history.fingerprints(linked.text))
    assert len(shared) >= history.SAME_ARTICLE_MATCHES
    assert history.record_article(store, "C1", pasted, when=hours_ago(2))
    assert history.known_article(store, "C1", linked) == history.article_key(pasted)
    assert not history.record_article(store, "C1", linked, when=hours_ago(1))  # the link: same article
    assert len(history.article_ids(store, "C1", NOW.timestamp() - 86400, NOW.timestamp())) == 1
    # ...and its own cast is not "seen before" when the link's digest is made
    names = ["Vladimir Putin", "Xi Jinping"]
    assert history.seen_before(store, "C1", names, now=NOW, exclude=linked) == []
    assert history.seen_before(store, "C1", names, now=NOW, exclude=pasted) == []
    # the other way round in another channel: the link first, then the paste
    assert history.record_article(store, "C2", linked, when=hours_ago(2))
    assert not history.record_article(store, "C2", pasted, when=hours_ago(1))
    assert history.seen_before(store, "C2", names, now=NOW, exclude=pasted) == []
    # another article with the same people is another article, and they were seen before it
    other = make_brief(
        "Vladimir Putin and Xi Jinping spoke by phone on Tuesday about grain exports and the "
        "summer harvest, their offices said in separate statements after the call ended.",
        [("Vladimir Putin", "person", 1), ("Xi Jinping", "person", 1)],
    )
    assert history.known_article(store, "C1", other) is None
    assert history.seen_before(store, "C1", names, now=NOW, exclude=other) == names
    assert history.record_article(store, "C1", other, when=hours_ago(1))


def test_fingerprints_ignore_case_spacing_and_punctuation():
    text = "The council voted on Tuesday to rebuild the old bridge before the winter comes, officials said."
    same = text.upper().replace(",", " ;").replace(" ", "  ")
    assert history.fingerprints(text) == history.fingerprints(same)
    assert len(history.fingerprints(text)) == 9  # 16 words: 9 runs of 8, all kept
    assert history.fingerprints("too short to count") == []


def test_a_reprinted_passage_does_not_make_two_articles_one(store, seed_text):
    """Another story quoting a long passage of the seed (a fifth of it) is still another story."""
    _, _, body = seed_text.strip().partition("\n")
    words = body.split()
    passage = " ".join(words[len(words) // 3 : len(words) // 3 + 80])
    other = " ".join(
        f"Filler sentence number {n} about the harbour budget and the ferry timetable." for n in range(30)
    )
    reprint = make_brief(f"{other} As the earlier report put it: {passage}", [("Kremlin", "organization", 1)])
    original = make_brief(body, [("Vladimir Putin", "person", 6)])
    assert history.record_article(store, "C1", original, when=hours_ago(2))
    assert history.known_article(store, "C1", reprint) is None
    assert history.record_article(store, "C1", reprint, when=hours_ago(1))


def test_seen_before_uses_the_last_days_and_identity(store):
    history.record_article(store, "C1", PUTIN, workspace="T1", when=hours_ago(48))
    old = make_brief("An old story about Angela Merkel.", [("Angela Merkel", "person", 2)])
    history.record_article(store, "C1", old, workspace="T1", when=hours_ago(24 * 9))
    names = ["Putin", "Angela Merkel", "Kremlin", "Xi Jinping"]
    assert history.seen_before(store, "C1", names, now=NOW) == ["Putin", "Kremlin"]
    assert history.seen_before(store, "C1", names, days=10, now=NOW) == ["Putin", "Angela Merkel", "Kremlin"]
    assert history.seen_before(store, "C2", names, now=NOW) == []
    # The article itself can be left out when it was recorded first.
    assert history.seen_before(store, "C1", names, now=NOW, exclude=PUTIN) == []


def test_record_keeps_best_quote_and_links(store):
    history.record_article(
        store,
        "C1",
        PUTIN,
        workspace="T1",
        thread_ts="1.2",
        permalink="https://slack.test/p1",
        when=hours_ago(1),
    )
    ids = history.article_ids(store, "C1", 0, NOW.timestamp())
    (row,) = history.read_articles(store, "C1", ids, ("a", "q", "p", "th", "w", "ti"))
    assert row.actors[0][:3] == ["Vladimir Putin", "p", 3] and row.actors[0][3] > 2  # with quote strength
    assert row.quotes["Vladimir Putin"][0].startswith("We will not be lectured")
    assert (row.permalink, row.thread_ts, row.workspace) == ("https://slack.test/p1", "1.2", "T1")
    assert row.link == "https://slack.test/p1"


def test_a_role_speaker_joins_its_actor(store):
    """'Doug McCallum (the mayor)' is shown, but the history files the quote under the actor."""
    brief = make_brief("The mayor spoke.", [("Dana Ortiz", "person", 2)])
    brief.quotes[:] = [
        Quote(
            quote="We will build the rink next year.",
            speaker="the mayor, Dana Ortiz",
            speaker_actor="Dana Ortiz",
        )
    ]
    history.record_article(store, "C1", brief, when=hours_ago(1))
    ids = history.article_ids(store, "C1", 0, NOW.timestamp())
    (row,) = history.read_articles(store, "C1", ids, ("a", "q", "s"))
    assert row.quotes["Dana Ortiz"][0].startswith("We will build")
    assert history.read_source_rows(row)[0][:3] == ("Dana Ortiz", "person", 1)


def test_retention_is_redis_expiry_and_old_members_are_trimmed(store, settings):
    short = Store(store.client, replace(settings, history_days=2))
    assert history.record_article(short, "C1", PUTIN, when=hours_ago(40))
    key = short.key_history_article("C1", history.article_key(PUTIN))
    ttl = short.client.ttl(key)
    assert 0 < ttl <= 8 * 3600 + 1  # 48 h retention, recorded 40 h ago
    assert 0 < short.client.ttl(short.key_history_articles("C1")) <= 2 * 86400
    # Older than retention: not recorded at all.
    older = make_brief("Too old to keep.", [("Kremlin", "organization", 1)])
    assert not history.record_article(short, "C1", older, when=hours_ago(49))
    # A write trims members outside the window; reads ignore them even before that.
    fresh = make_brief("Fresh news today.", [("Kremlin", "organization", 1)])
    later = NOW + timedelta(hours=10)  # the first article is now 50 h old
    assert [a for a, _ in history.article_ids(short, "C1", 0, later.timestamp())] == []
    assert history.record_article(short, "C1", fresh, when=later)
    members = short.client.zrange(short.key_history_articles("C1"), 0, -1)
    assert members == [history.article_key(fresh).encode()]


def test_redis_down_records_nothing_and_raises_nothing(settings):
    store = Store(None, settings)
    assert history.record_article(store, "C1", PUTIN) is False
    assert history.seen_before(store, "C1", ["Putin"]) == []


def test_an_article_takes_under_4_kb(store):
    actors = [(f"Person Number{i}", "person", i + 1) for i in range(25)]
    quotes = [
        (f"Person Number{i}", "A fairly long quotation that goes on for a while. " * 4) for i in range(5)
    ]
    brief = make_brief("A long article. " * 200, actors, quotes, url="https://news.example/a/very/long/path")
    history.record_article(
        store,
        "C1",
        brief,
        workspace="T1",
        thread_ts="1700000000.000100",
        permalink="https://newsroom.slack.com/archives/C1/p1700000000000100",
    )
    key = store.key_history_article("C1", history.article_key(brief))
    assert (
        store.client.memory_usage(key, samples=0) < 4096
    )  # every field counted: the default samples 5 and extrapolates


def test_aggregates_are_written_once_with_the_retention(store):
    assert history.record_article(store, "C1", PUTIN, workspace="T1", when=hours_ago(1))
    assert not history.record_article(store, "C1", PUTIN, workspace="T1", when=hours_ago(1))
    hour = int(hours_ago(1).timestamp() // 3600)
    bucket = store.key_history_bucket("C1", hour)
    assert store.client.hget(bucket, "p:Vladimir Putin").split()[:2] == [b"1", b"3"]
    assert store.client.hget(bucket, "o:Kremlin") == b"1 1"
    actor = store.key_history_actor("C1", "p:Vladimir Putin")
    assert store.client.zcard(actor) == 1
    days = 30 * 86400
    assert days - 2 * 3600 < store.client.ttl(bucket) <= days + 3600
    assert 0 < store.client.ttl(actor) <= days
    assert 0 < store.client.ttl(store.key_history_names("C1")) <= days
