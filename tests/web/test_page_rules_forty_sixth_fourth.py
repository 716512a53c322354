"""Rules from the blind page set pages_final160 (measured once on 97fa62cd; bot.web.page_boxes, page_mail, page_rules):
an aside of a short heading over a list of the story's sentences between two of its paragraphs stays, and so does a
forwarder's note naming the notice below when it goes on to tell the news in its own words; a results box of headings
over lists of names and figures before the story's first paragraph, cards whose button block after each sells the thing
they head ("Sponsor <Name>"), a list archive's footer under a rule of "#" and a plain-text message's signature block of
street and telephone lines go. Pages and lines written for the test; near misses must stay."""

from __future__ import annotations

from tests.support.page_lines import FERRY_STORY, QUAY_STORY, cleaned, page_text

_CUT = QUAY_STORY.index("<p>Paragraph 3")


def _with_box(box: str, at: int = _CUT) -> str:
    story = QUAY_STORY[:at] + box + QUAY_STORY[at:]
    return page_text(f"<article><h1>Quay to be rebuilt</h1><div class='body'>{story}</div></article>")


# -- an aside of a heading over a list of the story's sentences ---------------------------------------------------------

_ITEMS = (
    "The north steps close to the public on the first of May.",
    "The fish quay pontoon will stay open until ten at night on Saturdays.",
    "Boat owners on the north moorings can ask the harbour office for one free lift of their craft before the works.",
)


def _fact_aside(items=_ITEMS, heading: str = "<h3>What changes in May</h3>") -> str:
    return f"<aside class='factbox'>{heading}<ul>{''.join(f'<li>{i}</li>' for i in items)}</ul></aside>"


def test_an_aside_of_a_heading_over_a_list_of_the_storys_sentences_stays():
    assert _ITEMS[1] in _with_box(_fact_aside())
    # near misses: items that are labels, an item speaking to the reader, or no heading, stay asides
    labels = ("1 May: north steps close", "Saturdays: pontoon open late", _ITEMS[2])
    assert "pontoon open late" not in _with_box(_fact_aside(labels))
    to_you = (
        *_ITEMS[:2],
        "You can ask the harbour office for one free lift of your boat before the works start.",
    )
    assert _ITEMS[1] not in _with_box(_fact_aside(to_you))
    assert _ITEMS[1] not in _with_box(_fact_aside(heading=""))


# -- a tally box over the story ------------------------------------------------------------------------------------------

_TALLY = (
    "<div class='pinned'><h2>Count at 10:40 p.m.</h2><div class='race'><h3>Harbour board, north ward</h3>"
    "<ol><li><span>Tulloch</span> <span>1,204</span> <span>61.2%</span></li>"
    "<li><span>Mowat</span> <span>763</span> <span>38.8%</span></li></ol></div>"
    "<p>Figures from the returning officer. Provisional until declared.</p></div>"
)


def test_a_tally_box_before_the_storys_first_paragraph_goes():
    text = _with_box(_TALLY, at=0)
    assert "Count at 10:40 p.m." not in text and "Provisional until declared" not in text
    assert "Paragraph 0 of the story" in text
    # near misses: the same box after the story's first paragraph, or with a sentence in a row, stays
    assert "Provisional until declared" in _with_box(_TALLY, at=QUAY_STORY.index("<p>Paragraph 1"))
    told = _TALLY.replace("<span>763</span> <span>38.8%</span>", "won 763 votes.")
    assert "Provisional until declared" in _with_box(told, at=0)


# -- cards whose button block after each sells the thing they head ------------------------------------------------------


def _card(name: str, blurb: str) -> str:
    return (
        f"<table class='cardblock'><tr><td><img src='/{name}.jpg' alt='{name}'><h3>Sponsor {name}</h3>"
        f"<p>{blurb}</p></td></tr></table>"
        f"<table class='buttonblock'><tr><td><a class='btn' href='/sponsor/{name}'>Sponsor {name}</a></td></tr></table>"
    )


_BLURBS = (
    "Skerry is a twelve-year-old grey cob who came to the yard from a sale in the spring. Ten pounds a month pays "
    "for her hay.",
    "Pebble is a small bay pony who arrived in the winter and is still putting weight on. Eight pounds a month pays "
    "for his feed.",
)


def test_cards_whose_button_block_sells_the_thing_they_head_go():
    text = _with_box(_card("Skerry", _BLURBS[0]) + _card("Pebble", _BLURBS[1]))
    assert "Skerry is a" not in text and "Pebble is a" not in text and "Paragraph 3 of the story" in text
    # near misses: one such card alone, or buttons that sell nothing, stay
    assert "Skerry is a" in _with_box(_card("Skerry", _BLURBS[0]))
    meet = (_card("Skerry", _BLURBS[0]) + _card("Pebble", _BLURBS[1])).replace(">Sponsor ", ">Meet ")
    assert "Skerry is a" in _with_box(meet)


# -- a list message: its footer under "#", a signature block, a forwarder's note that tells the news -------------------

_NOTICE = [
    "---------- Forwarded message ---------",
    "From: Harbour Board <office@example.org>",
    "NOTICE OF CLOSURE",
    *FERRY_STORY,
    "Thank you for your patience.",
]
_NOTE = [
    "Hi all -- passing on the notice below from the harbour office.",
    "This is the work on the north steps that several of you asked about at the last meeting. Short version: the "
    "steps close for three weeks from Monday, and the way round is long, so allow extra time.",
    "Nora",
]


def test_a_forwarders_note_that_tells_the_news_in_its_own_words_stays():
    assert _NOTE[1] in cleaned([*_NOTE, *_NOTICE])
    # near miss: a note of a greeting and the sentence naming the notice below still goes
    short = [
        "Hi all, sorry for the long post. The notice below was taped to the harbour office door.",
        "Nora",
    ]
    assert short[0] not in cleaned([*short, *_NOTICE])


_BLOCK = ["Harbour Board Office", "14 Quay Street, Suite 2", "Stromness", "(555) 013-4410"]
_FOOTER = [
    "#" * 60,
    "To unsubscribe from the QUAY-L list, click the following link:",
    "https://lists.example.org/q",
]


def test_a_signature_block_and_a_list_footer_under_hashes_go():
    kept = cleaned([*_NOTE, *_NOTICE, *_BLOCK, *_FOOTER])
    assert "Thank you for your patience." in kept and FERRY_STORY[2] in kept
    assert not any(line in kept for line in (*_BLOCK[1:], _FOOTER[1]))
    # near misses: a block with no telephone line, or a rule of "#" over no list's words, stays
    kept = cleaned([*_NOTE, *_NOTICE, *_BLOCK[:3]])
    assert _BLOCK[1] in kept
    kept = cleaned([*_NOTE, *_NOTICE, "#" * 60, "Tides and times for the week are on the board."])
    assert "Tides and times for the week are on the board." in kept
