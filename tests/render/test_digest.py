"""The Block Kit digest: content, Slack's limits, the fallback text."""

import json

from bot.brief import Actor, Brief, Quote
from bot.render.digest import MAX_BLOCKS, MAX_SECTION_CHARS, cut_list, render_digest
from bot.render.escape import escape


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
    assert "Vladimir Putin (6)" in text and "Nikolai Patrushev" in text
    assert "strengthening comprehensive partnership" in text
    assert "*People:*" in text and "*Places:*" in text and "*Organisations:*" in text
    assert "Putin" in digest.text and digest.text.startswith("Brief: Russia and China")


def test_title_links_to_the_article_and_meta_line():
    digest = render_digest(sample(site="Example News", date="2024-05-20", author="A. Writer"))
    assert digest.blocks[0]["text"]["text"] == "*<https://news.example.org/a?b=1|Russia &amp; China agree>*"
    meta = digest.blocks[1]["elements"][0]["text"]
    assert meta == "Example News · 2024-05-20 · by A. Writer · 420 words"


def test_quotes_are_limited_and_escaped():
    digest = render_digest(sample(n_quotes=9), max_quotes=3)
    text = "\n".join(all_texts(digest.blocks))
    assert text.count("> “quote number") == 3
    assert "&amp; &lt;stuff&gt;" in text and "and 6 more" in text
    assert "*Quotes* (9)" in text


def test_unattributed_quote():
    brief = sample(n_quotes=0)
    brief.quotes = [Quote("nobody said this", None)]
    assert "_unattributed_" in "\n".join(all_texts(render_digest(brief).blocks))


def test_long_lists_are_cut_and_limits_hold():
    brief = sample(n_people=500, n_quotes=200)
    brief.quotes = [Quote("word " * 2000, "Person 1")] * 200
    digest = render_digest(brief, max_quotes=100, seen_before=[f"Name {i}" for i in range(1000)], share="x")
    assert len(digest.blocks) <= MAX_BLOCKS
    assert all(len(t) <= MAX_SECTION_CHARS for t in all_texts(digest.blocks))
    text = "\n".join(all_texts(digest.blocks))
    assert "and 485 more" in text  # 500 people, 15 shown
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
