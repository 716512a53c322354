"""The Block Kit digest: content, Slack's limits, the fallback text."""

import json

from bot.brief import Actor, Brief, Quote
from bot.render.digest import (
    SHOW_QUOTES_ACTION_ID,
    cut_list,
    render_all_quotes,
    render_digest,
)
from bot.render.escape import escape
from bot.render.limits import MAX_BLOCKS, MAX_SECTION_TEXT
from tests.support.blocks import assert_valid_blocks, blocks_as_text


def sample(n_people=3, n_quotes=2, **extra) -> Brief:
    actors = [Actor(f"Person {i}", "person", mentions=10 - i % 10) for i in range(n_people)]
    actors += [Actor("Kremlin", "organization", 2), Actor("Beijing", "place", 4)]
    quotes = [Quote(f"quote number {i} & <stuff>", f"Person {i}", "said") for i in range(n_quotes)]
    base = dict(title="Russia & China agree", url="https://news.example.org/a?b=1", words=420, text="x")
    base.update(extra)
    return Brief(actors=actors, quotes=quotes, **base)


def all_texts(blocks):
    for block in blocks:
        if "text" in block:
            yield block["text"]["text"]
        for element in block.get("elements", []):
            if element.get("type") == "mrkdwn":
                yield element["text"]


def test_digest_of_the_seed(nlp, seed_text):
    from bot.nlp.analysis import analyze

    digest = render_digest(analyze(seed_text, nlp=nlp), max_quotes=5)
    text = "\n".join(all_texts(digest.blocks))
    assert "Russia and China agree to expand security ties" in text
    assert "Vladimir Putin (6 mentions" in text and "Nikolai Patrushev" in text
    assert "strengthening comprehensive partnership" in text
    assert "*People*, most mentioned first:" in text
    assert "*Places:*" in text and "*Organisations:*" in text
    assert "Putin" in digest.text and digest.text.startswith("Brief: Russia and China")
    assert_valid_blocks(digest.blocks)


def test_every_count_is_labelled_and_lists_are_most_mentioned_first():
    brief = sample(n_people=0, n_quotes=0)
    brief.actors = [
        Actor("Ana Costa", "person", 2, quotes=1),
        Actor("Ben Okafor", "person", 5),
        Actor("Beijing", "place", 4, quotes=1),
        Actor("Ukraine", "place", 7),
    ]
    text = "\n".join(all_texts(render_digest(brief).blocks))
    assert "Ben Okafor (5 mentions), Ana Costa (2 mentions, 1 quote)" in text
    assert "*Places:* Ukraine, Beijing" in text  # the order says it: no bare numbers
    assert "(4)" not in text and "(7)" not in text


def test_people_come_first_and_other_kinds_stay_one_short_line():
    brief = sample(n_people=3, n_quotes=0)
    brief.actors += [Actor(f"Place {i}", "place", 1) for i in range(12)]
    brief.actors += [Actor(f"Group {i}", "group", 1) for i in range(9)]
    [actors] = [b["text"]["text"] for b in render_digest(brief).blocks if "People" in str(b)]
    lines = actors.split("\n")
    assert lines[0].startswith("*People*")
    [places] = [line for line in lines if line.startswith("*Places:*")]
    assert places.count(",") == 4 and places.endswith("and 8 more")  # Beijing and 12 places: 5 shown
    [groups] = [line for line in lines if line.startswith("*Groups:*")]
    assert groups.endswith("and 4 more")


def test_title_links_to_the_article_and_meta_line():
    digest = render_digest(sample(site="Example News", date="2024-05-20", author="A. Writer"))
    assert digest.blocks[0]["text"]["text"] == "*<https://news.example.org/a?b=1|Russia &amp; China agree>*"
    meta = digest.blocks[1]["elements"][0]["text"]
    assert meta == "Example News · 2024-05-20 · by A. Writer · 420 words"


def test_quotes_are_limited_and_escaped():
    digest = render_digest(sample(n_quotes=9), max_quotes=3)
    text = "\n".join(all_texts(digest.blocks))
    assert text.count("> “quote number") == 3
    assert "&amp; &lt;stuff&gt;" in text and "and 6 more quotes" in text
    assert "*Quotes* · 3 of 9" in text


def test_hidden_quotes_get_a_show_all_button():
    digest = render_digest(sample(n_quotes=9), max_quotes=3, quotes_ref="ref123", share="s")
    assert "and 6 more" not in str(digest.blocks)
    [actions] = [b for b in digest.blocks if b["type"] == "actions"]
    show, share = actions["elements"]
    assert show["action_id"] == SHOW_QUOTES_ACTION_ID and show["value"] == "ref123"
    assert show["text"]["text"] == "Show all 9 quotes" and share["text"]["text"] == "Share in channel"
    assert_valid_blocks(digest.blocks)
    # all quotes fit: no button
    assert SHOW_QUOTES_ACTION_ID not in str(render_digest(sample(n_quotes=2), quotes_ref="ref123").blocks)


def test_all_quotes_view_keeps_slacks_limits():
    quotes = [Quote(f"statement {i} " + "word " * 300, f"Person {i}") for i in range(400)]
    digest = render_all_quotes("A & B", quotes)
    assert_valid_blocks(digest.blocks)
    text = blocks_as_text(digest.blocks)
    assert text.startswith("*All 400 quotes* · A & B")
    assert "statement 0 " in text and "more quotes: too many to show here" in text
    small = render_all_quotes(None, quotes[:3])
    assert [b["type"] for b in small.blocks] == ["section", "section"]


def test_the_attribution_comma_is_trimmed():
    brief = sample(n_quotes=0)
    brief.quotes = [Quote("We have waited for decades,", "Person 1", "said")]
    assert "“We have waited for decades”" in str(render_digest(brief).blocks)


def test_shared_digest_says_who_shared_it_and_notes_are_shown():
    digest = render_digest(sample(), shared_by="U123", notes=["Quoted: 2 men"])
    context = [b["elements"][0]["text"] for b in digest.blocks if b["type"] == "context"]
    assert context[-2:] == ["Quoted: 2 men", "Shared by <@U123>"]


def test_unattributed_quote():
    brief = sample(n_quotes=0)
    brief.quotes = [Quote("nobody said this", None)]
    assert "_unattributed_" in "\n".join(all_texts(render_digest(brief).blocks))


def test_long_lists_are_cut_and_limits_hold():
    brief = sample(n_people=500, n_quotes=200)
    brief.quotes = [Quote("word " * 2000, "Person 1")] * 200
    digest = render_digest(
        brief, max_quotes=100, seen_before=[f"Name {i}" for i in range(1000)], share="x", quotes_ref="r"
    )
    assert_valid_blocks(digest.blocks)
    assert digest.blocks[-1]["type"] == "actions"
    assert len(digest.blocks) <= MAX_BLOCKS
    assert all(len(t) <= MAX_SECTION_TEXT for t in all_texts(digest.blocks))
    text = "\n".join(all_texts(digest.blocks))
    assert "and 492 more" in text  # 500 people, 8 shown
    assert "Seen in this channel" in text
    assert len(digest.text) <= 3000
    assert len(json.dumps(digest.blocks)) < 50_000


def test_seen_before_line_only_when_given():
    assert "Seen in this channel" not in str(render_digest(sample()).blocks)
    digest = render_digest(sample(), seen_before=["Vladimir Putin", "Kremlin"])
    assert "Seen in this channel in the last 7 days: Vladimir Putin, Kremlin" in str(digest.blocks)


def test_share_button():
    digest = render_digest(sample(), share='{"id":"abc"}')
    [button] = digest.blocks[-1]["elements"]
    assert button["action_id"] == "brief_share" and json.loads(button["value"])["id"] == "abc"


def test_no_actors_no_title():
    digest = render_digest(Brief(title=None, url=None, words=3, text="just three words"))
    assert digest.blocks[0]["text"]["text"] == "*just three words*"
    assert "No people" in str(digest.blocks)


def test_cut_list_and_escape():
    assert cut_list(["a", "b", "c"], max_items=2) == "a, b and 1 more"
    assert cut_list([]) == ""
    assert escape("<a & b>") == "&lt;a &amp; b&gt;"


def test_the_digest_shows_whole_statements_before_fragments_in_article_order():
    from bot.brief import Quote
    from bot.render.digest import digest_quotes

    quotes = [
        Quote("balanced", "Ana Costa", "praised", partial=True),
        Quote("We will rebuild the bridge before the winter comes", "Ana Costa", "said"),
        Quote("a disaster", "Ben Okafor", "called", partial=True),
        Quote("Nobody told the residents what the repairs would cost them", "Ben Okafor", "said"),
        Quote("The council has the money and it has the plans", "Ana Costa", "added"),
        Quote("It was loud, then the lights went out on the whole street", None, None),
    ]
    shown = digest_quotes(quotes, 3)
    assert [q.quote for q in shown] == [
        "We will rebuild the bridge before the winter comes",
        "Nobody told the residents what the repairs would cost them",
        "The council has the money and it has the plans",
    ]
    assert digest_quotes(quotes, 10) == quotes  # room for all: all, in article order
    assert digest_quotes([], 5) == []


def test_the_digest_shows_words_the_headline_and_the_body_both_quote_once():
    from bot.brief import Quote
    from bot.render.digest import digest_quotes

    quotes = [
        Quote("within months", "Lo Wei-chen", ":", partial=True),
        Quote("We are looking at three states", "Lo Wei-chen", "said"),
        Quote("within months.", "Lo Wei-chen", "told", partial=True),
    ]
    assert [q.quote for q in digest_quotes(quotes, 5)] == ["within months", "We are looking at three states"]
