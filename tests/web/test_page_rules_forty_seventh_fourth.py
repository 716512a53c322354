"""Rules from the blind page set pages_final164 (measured once on 7571c299; bot.web.page_boxes, page_columns, page_lines,
page_rules): a short pull quote whose credit is the page's only full naming of its speaker stays; a reporter's tagline
of the beat and a sentence about the reporter, a live page's key-updates box over its first post, a column of headed
boxes in a layout table's cell beside the story's, cards whose one call's address names each card ("Sponsor a patient
→" to "…?patient=<name>") and an address spelt with " at " on a line of its own go. Pages and lines written for the
test; near misses must stay."""

from __future__ import annotations

from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

_CUT = QUAY_STORY.index("<p>Paragraph 3")


def _with_box(box: str, at: int = _CUT, after: str = "") -> str:
    story = QUAY_STORY[:at] + box + after + QUAY_STORY[at:]
    return page_text(f"<article><h1>Quay to be rebuilt</h1><div class='body'>{story}</div></article>")


# -- a short pull quote whose credit introduces its speaker -------------------------------------------------------------

_QUOTE = (
    "<figure class='pullquote'><blockquote><p>“Every tide I wonder which pile goes next.”</p></blockquote>"
    "<figcaption>— Ilse Varga, harbour pilot</figcaption></figure>"
)
_VARGA = (
    "<p>Varga, who has brought boats alongside the north quay for nineteen years, told the board she now ties up at "
    "the fish quay whenever the swell is up. “I won’t risk a crew on it,” she said.</p>"
)


def test_a_short_pull_quote_whose_credit_is_its_speakers_only_full_naming_stays():
    assert "Every tide I wonder which pile goes next." in _with_box(_QUOTE, after=_VARGA)
    # near miss: a story that names the speaker in full has introduced her itself, and its pull quote still goes
    named = _VARGA.replace("<p>Varga, who", "<p>Ilse Varga, who")
    assert "Every tide I wonder which pile goes next." not in _with_box(_QUOTE, after=named)


# -- a reporter's tagline of the beat --------------------------------------------------------------------------------------

_TAGLINE = (
    "Odile Brennan covers the harbour and the islands. She grew up above the chandlery on Quay Street and still "
    "rows to work in summer."
)


def test_a_reporters_tagline_of_the_beat_and_a_sentence_about_her_goes():
    kept = cleaned([*FERRY_STORY, _TAGLINE])
    assert _TAGLINE not in kept and FERRY_STORY[2] in kept
    # near misses: a thing that covers something, or a person the story quotes, stays
    plan = "Harbour Plan Part B covers the north steps and the slipway. It was approved in March."
    assert plan in cleaned([*FERRY_STORY, plan])
    quoted = [
        *FERRY_STORY[:2],
        "“We will keep the pontoon lit every night until the new terminal opens,” said Odile Brennan, the harbour master.",
        _TAGLINE,
    ]
    assert _TAGLINE in cleaned(quoted)


# -- a live page's key-updates box over its first post ------------------------------------------------------------------

_UPDATES = (
    "<div class='key-updates'><h2>Key updates</h2><ul><li>The harbour board will rebuild the north quay.</li>"
    "<li>The old timber piles had rotted below the waterline.</li></ul></div>"
)


def test_a_key_updates_box_that_the_text_tells_again_goes():
    text = _with_box(_UPDATES, at=0)
    assert (
        "The old timber piles had rotted below the waterline." not in text
        and "Paragraph 0 of the story" in text
    )
    # near misses: an unclassed box of the same heading and list, or a story's own "key-facts" box, stays
    assert "The old timber piles" in _with_box(_UPDATES.replace("key-updates", "box"), at=0)
    assert "The old timber piles" in _with_box(_UPDATES.replace("key-updates", "key-facts"), at=0)


# -- a column of headed boxes in a layout table's cell ---------------------------------------------------------------

_GADGETS = (
    "<div class='gadget'><div class='title'><h4>Tide line</h4></div><div class='body'><p>Found a boat adrift? Call "
    "the harbour office on 555-0140 any hour.</p></div></div>"
    "<div class='gadget'><div class='title'><h4>Join the club</h4></div><div class='body'><p>Membership is ten "
    "pounds a year and includes the newsletter.</p></div></div>"
)


def _layout(side: str) -> str:
    return page_text(
        "<table><tr><td><h1>Quay to be rebuilt</h1>"
        f"{QUAY_STORY}</td><td></td><td><div class='holder'><div>{side}</div></div></td></tr></table>"
    )


def test_a_column_of_headed_boxes_in_a_cell_beside_the_story_goes():
    text = _layout(_GADGETS)
    assert "Found a boat adrift?" not in text and "Paragraph 5 of the story" in text
    # near miss: a cell of one headed box stays
    one = _GADGETS[: _GADGETS.index("<div class='gadget'>", 10)]
    assert "Found a boat adrift?" in _layout(one)


# -- cards whose one call's address names each card ---------------------------------------------------------------------


def _patient(name: str, blurb: str, field: str = "patient") -> str:
    return (
        f"<table class='boxed'><tr><td><img src='/{name.lower()}.jpg' alt=''><span><b>PATIENT OF THE MONTH</b></span>"
        f"<h3>{name} the grey seal</h3><p>{blurb}</p>"
        f"<p><a href='https://example.org/sponsor?{field}={name.lower()}'>Sponsor a patient →</a></p></td></tr></table>"
    )


_SEALS = (
    (
        "Marra",
        "Marra was found on the north slip with a net cut around her neck and went back to sea in May.",
    ),
    ("Tolly", "Tolly came in underweight after the March storms and is now eating four herring a day."),
)


def test_cards_whose_call_leads_to_an_address_naming_each_card_go():
    text = _with_box("".join(_patient(*seal) for seal in _SEALS))
    assert (
        "Marra was found" not in text and "Tolly came in" not in text and "Paragraph 3 of the story" in text
    )
    # near misses: one such card alone, or a call whose address names no card, stays
    assert "Marra was found" in _with_box(_patient(*_SEALS[0]))
    unnamed = (
        "".join(_patient(*seal) for seal in _SEALS)
        .replace("?patient=marra", "")
        .replace("?patient=tolly", "")
    )
    assert "Marra was found" in _with_box(unnamed)


# -- an address spelt with " at " ------------------------------------------------------------------------------------------


def test_an_address_spelt_with_at_on_a_line_of_its_own_goes():
    assert_rule_takes(
        "contact e-mail",
        ["nora.quay at example.org", "harbour_office at mail.example.co.uk"],
        ["Tickets at eventbrite.com", "Dinner at noon.", "meet at the north quay"],
    )
