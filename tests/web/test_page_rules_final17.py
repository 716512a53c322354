"""Rules written on pages_final17's leaks: a funding credit's and a site-wide alert bar's boxes by their class, a
sources list under its class part, a premium lock whose offer is a discount, a label block over one link, a run of
picture cards (bot.web.page_boxes); a transcript's note and a callout's "We want to hear from you" (bot.web.page_rules)
with the question over it (bot.web.page_lines). Pages and lines written for the test; near misses must stay.
"""

from __future__ import annotations

from bot.web.article import extract_article
from bot.web.page_lines import clean_extracted
from bot.web.page_rules import furniture_rule

BODY = [
    "The harbour board will rebuild the north breakwater over the next two winters, its members agreed on "
    "Wednesday, after storms last January tore a forty-metre gap in the old stone wall.",
    "Fishing boats will keep using the inner basin during the work, and the ferry will move to the south quay "
    "from March, the board's engineer told the meeting.",
    '"We have patched that wall every year since I started here, and it is time to do it properly," said '
    "Tomasz Wilde, who has skippered a trawler out of the harbour for thirty years.",
    "The board expects the work to cost about eleven million pounds, most of it from a coastal defence grant.",
]


def _page(before: str = "", after: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    return (
        "<html><head><title>Breakwater to be rebuilt</title></head><body>"
        f"<main><article><h1>Breakwater to be rebuilt</h1>{before}"
        f"<div class='body'>{body}</div>{after}</article></main></body></html>"
    )


def _text(page: str) -> str:
    return extract_article(page, min_words=1).text


def _kept(text: str) -> None:
    assert "coastal defence grant" in text and "inner basin" in text


# -- boxes named by their class ---------------------------------------------------------------------------


def test_a_funding_credit_under_an_underwriting_class_goes():
    note = (
        "The Harbour Gazette's coastal reporting is supported in part by the Tidewater Trust. Underwriters "
        "have no role in editorial decisions."
    )
    for cls in ("underwriting-note", "story-underwriter", "underwritingCredit"):
        text = _text(_page(after=f"<div class='{cls}'><p>{note}</p></div>"))
        assert "Tidewater Trust" not in text, cls
        _kept(text)
    # the same sentence in the story's own paragraph stays: no box names it
    text = _text(_page(after=f"<p>{note}</p>"))
    assert "Tidewater Trust" in text


def test_a_site_wide_alert_bar_goes_but_a_bootstrap_alert_in_the_article_stays():
    alert = (
        "<strong>Holiday Closure:</strong> The harbour office will be closed Thursday, December 24 and Friday, "
        "December 25. <a href='/AlertCenter.aspx?AID=3'>Read On...</a>"
    )
    for box in (
        f"<div id='divAlertCenter' class='alertCenterBar'><div class='alertItem'>{alert}</div></div>",
        f"<div class='site-alert-banner'><p>{alert}</p></div>",
    ):
        text = _text(_page(before=box))
        assert "harbour office will be closed" not in text, box
        _kept(text)
    note = "Editor's note: an earlier version of this story gave the wrong length for the gap in the wall."
    text = _text(_page(after=f"<div class='alert alert-info'><p>{note}</p></div>"))
    assert "gave the wrong length" in text


def test_a_sources_box_under_its_class_part_goes():
    sources = (
        "<h3>Our Sources</h3><p>Harbour board minutes, Dec. 2, 2026</p>"
        "<p>Phone interview, Tomasz Wilde, Dec. 3, 2026</p>"
    )
    for cls in ("m-superbox m-superbox--sources", "article-sources", "sources-list", "sources"):
        text = _text(_page(after=f"<section class='{cls}'>{sources}</section>"))
        assert "Phone interview, Tomasz Wilde" not in text, cls
        _kept(text)
    # a class that merely holds the letters is no such name
    text = _text(_page(after=f"<section class='opensources-note'>{sources}</section>"))
    assert "Phone interview, Tomasz Wilde" in text


# -- a premium lock whose offer is a discount -------------------------------------------------------------


def test_a_box_with_a_discount_and_a_call_to_buy_goes():
    lock = (
        "<div class='Paywall_box'><p class='Paywall_title'>Unlock this VIP article</p>"
        "<p>Get the inside story on why the board picked the stone design and what it means for the ferry "
        "timetable next summer.</p>"
        "<a href='/subscribe/'>Subscribe now — 50% off your first year</a>"
        "<p>Already a VIP? <a href='/login/'>Sign in</a></p></div>"
    )
    text = _text(_page(after=lock))
    assert "Get the inside story" not in text
    _kept(text)
    # a discount in the news with no call to buy stays
    text = _text(
        _page(
            after="<div><p>The ferry company cut fares by 50% off the first year's season ticket price, "
            "it said.</p><a href='/ferries/'>Ferry timetable</a></div>"
        )
    )
    assert "cut fares by 50%" in text


# -- a label block over one link --------------------------------------------------------------------------


def test_a_label_block_over_one_link_to_another_page_goes():
    box = (
        "<div class='article-more-from'><p class='label'>MORE FROM THE GAZETTE</p>"
        "<a href='/2026/11/30/ferry-fares-rise/'>Ferry Fares Rise For The Third Year Running</a></div>"
    )
    text = _text(_page(after=box))
    assert "Ferry Fares Rise" not in text
    _kept(text)
    # a paragraph whose link sits inside its sentence stays
    para = (
        "<div><p>Background</p><p>The board first <a href='/2025/wall/'>discussed the wall</a> in 2025, "
        "after a smaller breach.</p></div>"
    )
    text = _text(_page(after=para))
    assert "after a smaller breach" in text


# -- a run of picture cards -------------------------------------------------------------------------------


def test_a_run_of_picture_cards_goes_with_its_heading():
    cards = "".join(
        f"<div class='speaker-card'><img src='/{n}.jpg' alt=''><p class='name'>{name}</p><p class='role'>{role}</p></div>"
        for n, (name, role) in enumerate(
            [
                ("Dr. Hana Okafor", "Director, Coastal Institute"),
                ("Marek Feld", "Deputy Director, Harbour Board"),
                ("Linda Arroyo", "Owner, Arroyo Boatyard"),
            ]
        )
    )
    text = _text(_page(after=f"<section class='speaker-cards'><h2>Featured speakers</h2>{cards}</section>"))
    for gone in ("Director, Coastal Institute", "Linda Arroyo", "Featured speakers"):
        assert gone not in text
    _kept(text)


def test_picture_cards_with_sentences_or_fewer_than_three_stay():
    sentences = "".join(
        f"<div class='step'><img src='/{n}.jpg'><p>Divers set stone number {n} on the seabed at low tide.</p></div>"
        for n in range(3)
    )
    assert "Divers set stone number 2" in _text(_page(after=sentences))
    two = "".join(f"<div class='card'><img src='/{n}.jpg'><p>Skipper number {n}</p></div>" for n in range(2))
    assert "Skipper number 1" in _text(_page(after=two))


# -- line rules: a transcript's note, a callout's appeal and its question --------------------------------


def test_a_transcript_note_goes():
    for line in (
        "Accuracy and availability of NNR transcripts may vary. Transcript text may be revised to correct errors "
        "or match updates to audio. Audio on nnr.example.org may be edited after its original broadcast or "
        "publication. The authoritative record of NNR's programming is the audio record.",
        "This transcript was machine-generated and may not be in its final form.",
        "This transcript may not be in its final form and may be updated.",
    ):
        assert furniture_rule(line), line
    for line in (
        "The court transcripts may be revised before they are published, the clerk said.",
        "Transcripts of the hearing run to 400 pages and were released on Friday.",
    ):
        assert furniture_rule(line) is None, line


def test_a_callout_and_the_question_over_it_go():
    lines = [
        BODY[0],
        "Do you work on the harbour or have a family member who does?",
        "We want to hear from you. Share your experience, confidentially if you prefer.",
        BODY[1],
    ]
    out = clean_extracted("\n".join(lines))
    assert "We want to hear from you" not in out
    assert "Do you work on the harbour" not in out
    assert BODY[0] in out and BODY[1] in out
    assert furniture_rule("We'd like to hear your stories about the storm.")
    # reported, or a question the story puts with no appeal under it, stays
    assert furniture_rule('"We want to hear from you," the harbour master told skippers.') is None
    assert furniture_rule("We want to hear from you before we decide, the board said.") is None
    lines = [BODY[0], "Do you remember the storm of 1987?", BODY[1]]
    assert "Do you remember the storm of 1987?" in clean_extracted("\n".join(lines))


def test_a_sponsor_credit_left_with_no_name_goes():
    for line in ("JIS News | Presented by:", "Harbour Radio – Sponsored by", "Brought to you by:"):
        assert furniture_rule(line), line
    for line in (
        "The fair was sponsored by the council.",
        "Presented by the harbour choir, the concert sold out.",
    ):
        assert furniture_rule(line) is None, line
