"""The source-mix line in the digest and the terminal: counts of quoted people, off when asked."""

from bot.brief import Actor, Brief, Quote
from bot.render.digest import render_digest
from bot.render.sources import source_line
from bot.render.terminal import render_brief


def brief() -> Brief:
    actors = [
        Actor("Ann Lee", "person", 3, quotes=1, gender="female", gender_basis="pronoun"),
        Actor("Bob Stone", "person", 2, quotes=2, gender="male", gender_basis="honorific"),
        Actor("Carl Dunn", "person", 2, quotes=1, gender="male", gender_basis="given_name"),
        Actor("Dee Fox", "person", 1, quotes=1),
        Actor("Eve Gray", "person", 5),  # mentioned, never quoted: not a source
        Actor("Health Ministry", "organization", 2, quotes=1),  # quoted, not a person
    ]
    quotes = [Quote("q", a.name, "said") for a in actors for _ in range(a.quotes)]
    return Brief(title="T", url=None, words=300, text="x", actors=actors, quotes=quotes)


def texts(digest):
    for block in digest.blocks:
        if "text" in block:
            yield block["text"]["text"]
        for element in block.get("elements", []):
            yield element.get("text", "")


def test_the_line_counts_distinct_quoted_people():
    assert source_line(brief()) == "Quoted: 2 men · 1 woman · 1 unknown (estimated)"


def test_digest_shows_the_line_after_the_actors_unless_switched_off():
    on = render_digest(brief())
    line = "Quoted: 2 men · 1 woman · 1 unknown (estimated)"
    blocks = [b for b in on.blocks if line in str(b)]
    assert len(blocks) == 1 and blocks[0]["type"] == "context"
    assert on.blocks.index(blocks[0]) == 3  # title, meta, actors, then the mix
    assert line in on.text
    off = render_digest(brief(), source_mix=False)
    assert not any("Quoted:" in t for t in texts(off)) and "Quoted:" not in off.text


def test_no_line_when_no_person_is_quoted():
    b = brief()
    b.quotes = [q for q in b.quotes if q.speaker == "Health Ministry"]
    for actor in b.actors:
        actor.quotes = 1 if actor.name == "Health Ministry" else 0
    assert source_line(b) is None
    assert not any("Quoted:" in t for t in texts(render_digest(b)))


def test_terminal_shows_the_line_and_each_estimate_with_its_basis():
    text = render_brief(brief())
    assert "Quoted: 2 men · 1 woman · 1 unknown (estimated)" in text
    assert "Ann Lee ×3, 1 quote, female (pronoun)" in text
    assert "Carl Dunn ×2, 1 quote, male (given name)" in text
    off = render_brief(brief(), source_mix=False)
    assert "Quoted:" not in off and "female" not in off
