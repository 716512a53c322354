"""The one escaping function: outside text reaches Slack inert, escaped once, cut before markup."""

from __future__ import annotations

from datetime import timedelta

from bot.brief import Actor, Brief, Quote
from bot.render.digest import message_digest, render_digest
from bot.render.escape import escape, join_within, link, plain
from bot.render.limits import MAX_SECTION_TEXT
from bot.render.roundup import roundup_blocks
from bot.roundup.compute import compute_roundup
from bot.storage import history
from tests.support.history_briefs import NOW, make_brief
from tests.support.markup import BIDI, FORMATTED, HOSTILE, live_markup

LOOKALIKES_BACK = str.maketrans({"\u2217": "*", "\u02cd": "_", "\u223c": "~", "\u02cb": "`"})


def unescaped(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").translate(LOOKALIKES_BACK)


def test_entities_are_escaped_once_and_never_unescaped():
    assert escape("<a & b>") == "&lt;a &amp; b&gt;"
    assert escape("&lt;!channel&gt;") == "&amp;lt;!channel&amp;gt;"
    assert escape(escape("<!here>")) == "&amp;lt;!here&amp;gt;"  # twice is visible, never live


def test_formatting_is_neutralised_but_the_words_stay():
    quote = "He said *never* _ever_ ~again~ `sudo`, snake_case & 2*3"
    safe = escape(quote)
    assert not any(c in safe for c in "*_~`<>")
    assert unescaped(safe) == quote  # same words, same characters once mapped back


def test_bidi_controls_and_lone_surrogates_go():
    assert escape(f"a{BIDI}b") == "agnp.exe isob"
    assert escape("x\ud800y") == "x\ufffdy"
    assert escape("two\nlines\r\n> quoted\x00") == "two lines &gt; quoted"
    assert plain(None) == ""


def test_cut_before_markup_never_splits_an_entity():
    for limit in range(1, 30):
        out = escape("&" * 40, limit)
        assert len(out) <= limit
        assert out.rstrip("…").replace("&amp;", "") == ""  # only whole entities before the ellipsis
    assert escape("short", 10) == "short"
    assert escape("exactly 10", 10) == "exactly 10"
    assert escape("a" * 20, 10) == "a" * 9 + "…"


def test_link_keeps_whole_urls_or_none():
    assert link("https://x.org/a?b=1&c=2", "T|<i>") == "<https://x.org/a?b=1&amp;c=2|T¦&lt;i&gt;>"
    assert link("https://x.org/" + "a" * 3200, "Title") == "Title"  # never a cut URL
    assert link("javascript:alert(1)", "Title") == "Title"
    assert link("https://x.org/a|b", "T") == "T"
    assert link("https://x.org/a b", "T") == "T"


def test_join_within_keeps_whole_parts():
    assert join_within(["aaa", "&amp;&amp;", "c"], 9) == "aaa"
    assert join_within(["a", "b"], 100, sep=", ") == "a, b"


def _brief(**extra) -> Brief:
    base = dict(
        title=HOSTILE,
        url="https://news.example.org/a",
        words=10,
        text="x",
        site=HOSTILE,
        author=HOSTILE,
        date=HOSTILE,
        actors=[Actor(HOSTILE, "person", 2), Actor(f"Org {HOSTILE}", "organization", 1)],
        quotes=[Quote(HOSTILE, HOSTILE, "said"), Quote(f"unattributed {HOSTILE}", None)],
    )
    base.update(extra)
    return Brief(**base)


def test_digest_blocks_and_fallback_carry_no_live_markup():
    digest = render_digest(_brief(), seen_before=[HOSTILE])
    assert live_markup(digest.blocks, allowed_links={"https://news.example.org/a"}) == []
    assert live_markup(digest.text) == []
    assert "Brief: &lt;!channel&gt;" in digest.text  # escaped, not dropped
    assert live_markup(message_digest(f":warning: {HOSTILE}").text) == []


def test_a_huge_title_and_url_do_not_break_markup():
    title = "*" + "<" * 6000
    digest = render_digest(_brief(title=title, url="https://news.example.org/" + "a" * 3200))
    heading = digest.blocks[0]["text"]["text"]
    assert heading.startswith("*") and heading.endswith("*") and heading.count("*") == 2
    assert "news.example.org" not in heading and "…" in heading  # no cut URL, a cut title
    assert heading[1:-1].replace("&lt;", "").strip("\u2217…") == ""
    digest = render_digest(_brief(title="T" * 6000))
    heading = digest.blocks[0]["text"]["text"]
    assert heading.startswith("*<https://news.example.org/a|") and heading.endswith(">*")
    for block in digest.blocks:
        for text in [block.get("text", {}).get("text", "")] + [
            e.get("text", "") for e in block.get("elements", [])
        ]:
            assert len(text) <= MAX_SECTION_TEXT


def test_roundup_blocks_and_fallback_carry_no_live_markup(store):
    for hours in (2, 3):
        brief = make_brief(
            f"Story number {hours}.",  # two different articles (one text twice is one article)
            [(HOSTILE, "person", 3), ("Plain Name", "person", 2)],
            [(HOSTILE, f"{HOSTILE} said so")],
            title=HOSTILE,
        )
        assert history.record_article(
            store,
            "C1",
            brief,
            workspace="T1",
            permalink="https://slack.test/p",
            when=NOW - timedelta(hours=hours),
        )
    roundup = compute_roundup(store, "C1", "day", now=NOW)
    text, blocks = roundup_blocks(roundup)
    assert roundup.actors and any("channel" in a.name for a in roundup.actors)
    assert live_markup(blocks, allowed_links={"https://slack.test/p"}) == []
    assert live_markup(text) == []
    assert not any(token in str(blocks) for token in FORMATTED)
