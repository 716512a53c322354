"""Rules from the blind page sets pages_final153 and pages_final154 (measured once on a7535d23; bot.web.page_tree,
page_boxes, page_mail, page_rules): a newsletter's text set in the repeated section cells of its e-mail's table is read
whole; an aside of a short heading over one paragraph of the story's prose between two of its paragraphs is read; the
text after an old page's floated picture table is a paragraph; a line sending enquiries about a thing of the story's to
an office ("… should be made to …") stays; a list digest's longest message is read without the digest's other parts; a
forward's framed label, a card selling the thing it heads ("Adopt <Name> →"), a table of the site's other pages under a
heading naming them, a box of a heading, one line and a list of links, an old site's "Welcome visitor number …", its
keeper's credit and a shop's "Shop the <X> collection" button go. Pages and lines written for the test; near misses must
stay."""

from __future__ import annotations

from trafilatura.utils import load_html

from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- a newsletter's sections in its e-mail's table cells --------------------------------------------------------------

_OPENING = (
    "<p>Hello again, and welcome to the spring issue of the Quayside Letter. The harbour board met on Monday and, after "
    "two years of surveys, voted to rebuild the north quay from the piles up.</p>"
    "<p>The work will close the quay to cars from April, though the footpath along the seawall stays open.</p>"
)
_LATER = (
    "<h2>What the work involves</h2>"
    "<p>Contractors will drive ninety new steel piles beside the rotten timber ones, then lay a concrete deck over "
    "them, a method the board's engineer said would give the quay another hundred years of use, and one the board "
    "chose over a cheaper repair because it keeps the quay open to the fish market's lorries.</p>"
    "<p>The board expects the quay to reopen to traffic in the autumn of next year.</p>"
)
_SPONSOR = "<p>This issue is brought to you by the Harbour Chandlery.</p>"


def _letter(first: str, later: str) -> str:
    section = "<tr><td class='mc-block mc-text'><div class='mc-section-content'>{}</div></td></tr>"
    return page_text(
        "<table class='mc-wrapper' width='100%'><tr><td><table class='mc-container' width='600'>"
        f"{section.format(first)}<tr><td class='mc-block mc-sponsor'>{_SPONSOR}</td></tr>{section.format(later)}"
        "</table></td></tr></table>"
    )


def test_a_newsletters_sections_in_its_tables_cells_are_read_whole():
    text = _letter(_OPENING, _LATER)
    assert "voted to rebuild the north quay from the piles up" in text, text
    assert "Contractors will drive ninety new steel piles beside the rotten timber ones" in text, text
    assert "reopen to traffic in the autumn of next year" in text
    # near miss: sections each opening on a heading and a time are a feed's posts, read as before (the first alone)
    dated = _letter(
        "<h2>Monday</h2><time datetime='2025-03-03'>March 3</time>" + _OPENING,
        "<h2>Tuesday</h2><time datetime='2025-03-04'>March 4</time>" + _LATER,
    )
    assert "voted to rebuild the north quay" in dated and "ninety new steel piles" not in dated, dated


# -- an aside of a heading over one paragraph of the story's prose ----------------------------------------------------


def _with_aside(aside: str, after: bool = True) -> str:
    cut = QUAY_STORY.index("<p>Paragraph 3")
    rest = QUAY_STORY[cut:] if after else ""
    return page_text(
        f"<article><h1>Quay to be rebuilt</h1><div class='prose'>{QUAY_STORY[:cut]}{aside}{rest}</div>"
    )


_NEXT = (
    "<aside class='callout'><h2>What happens next</h2><p>The board will choose a contractor in May. Fishermen who want "
    "to know where to moor during the works can ask the harbour office or read the notice at the quay gate.</p></aside>"
)


def test_an_aside_of_a_heading_over_one_paragraph_of_prose_between_the_storys_paragraphs_is_read():
    text = _with_aside(_NEXT)
    assert "The board will choose a contractor in May." in text, text
    # near misses: the same box speaking to the reader, or standing after the text's last paragraph, goes as before
    you = _NEXT.replace("Fishermen who want to know", "If you want to know").replace("can ask", "you can ask")
    assert "The board will choose a contractor in May." not in _with_aside(you)
    assert "The board will choose a contractor in May." not in _with_aside(_NEXT, after=False)


# -- the text after an old page's floated picture table ---------------------------------------------------------------


def test_the_text_after_a_floated_picture_table_is_a_paragraph():
    page = (
        "<td><center><b>NEW PONTOON FOR THE FISH QUAY</b></center><p><table align='right' width='200'><tr><td>"
        "<img src='pontoon.jpg' alt=''></td></tr></table>The harbour board took delivery of its new pontoon on "
        "Saturday, after a tow of two days from the yard at Westhaven.<p>" + QUAY_STORY + "</td>"
    )
    text = page_text(f"<table><tr>{page}</tr></table>")
    assert "took delivery of its new pontoon on Saturday" in text, text
    # near miss: a few words after a table (a credit, a link) stay the table's tail
    from bot.web.page_tree import table_tails_as_paragraphs

    tree = load_html(
        "<html><body><div><table><tr><td>1</td></tr></table>Photo: Ann Lee<p>x</p></div></body></html>"
    )
    table_tails_as_paragraphs(tree)
    assert tree.find(".//table").tail == "Photo: Ann Lee"


# -- a line sending enquiries about the story's thing to an office ----------------------------------------------------


def test_enquiries_about_the_storys_thing_made_to_an_office_stay():
    line = (
        "Enquiries about this closure should be made to the harbour office on 01632 960555 or harbour@example.org, "
        "quoting the notice's number."
    )
    assert line in cleaned([*FERRY_STORY, line])
    # near miss: enquiries about the site's own page, to an address alone, are the site's
    site = "Enquiries about this page should be made to web@example.org."
    assert site not in cleaned([*FERRY_STORY, site])


# -- a list digest ---------------------------------------------------------------------------------------------------

_DIGEST = [
    "Send Quayside-L mailing list submissions to",
    "quayside-l at lists.example.org",
    "1. Pontoon delivery (Ann Lee)",
    "2. Re: parking on the seawall (Tom Hart)",
    "Message: 1",
    "Date: Mon, 3 Mar 2025 08:00:00 +0000",
    "From: Ann Lee <ann at example.org>",
    "Subject: [Quayside-L] Pontoon delivery",
    *FERRY_STORY,
    "Message: 2",
    "Date: Mon, 3 Mar 2025 09:00:00 +0000",
    "From: Tom Hart <tom at example.org>",
    "Subject: Re: [Quayside-L] parking on the seawall",
    "The seawall car park fills by nine on a Saturday, so come early.",
    "End of Quayside-L Digest, Vol 4, Issue 2",
]


def test_a_digest_is_read_as_its_longest_message():
    assert cleaned(_DIGEST) == FERRY_STORY
    # near miss: one "Message: 1" line (a log quoted in a post) makes no digest
    single = ["Message: 1", *FERRY_STORY, "Message: 3", "The seawall car park fills by nine on a Saturday."]
    assert "The seawall car park fills by nine on a Saturday." in cleaned(single)


# -- a forward's framed label -----------------------------------------------------------------------------------------


def test_a_forwards_framed_label_goes():
    note = "Passing this on from the harbour office. Good news at last!"
    lines = cleaned([note, "Ann", "---------- Forwarded message ---------", *FERRY_STORY])
    assert lines == [note, "Ann", *FERRY_STORY], lines
    # near miss: a framed label naming no forward stays
    assert "===== TOP STORIES =====" in cleaned([note, "===== TOP STORIES =====", *FERRY_STORY])


# -- a card selling the thing it heads ------------------------------------------------------------------------------

_CARD = (
    "<table class='card'><tr><td class='card-inner'><img src='{0}.jpg' alt='A pony'>"
    "<h3>Sponsor a pony: {0}</h3><p>{0} came to the sanctuary in 2019 and now leads the school visits.</p>"
    "<p><a href='https://shop.example.net/sponsor/{0}'>{1} {0}{2}</a></p></td></tr></table>"
)


def test_cards_whose_buttons_sell_the_things_they_head_go():
    cards = _CARD.format("Bramble", "Sponsor", " →") + _CARD.format("Conker", "Sponsor", "")
    text = page_text(f"<div class='body'>{QUAY_STORY}</div>{cards}")
    assert "now leads the school visits" not in text, text
    assert "Paragraph 5 of the story" in text
    # near misses: one card alone priced nowhere, or cards whose buttons sell nothing ("Meet Bramble"), stay
    one = page_text(f"<div class='body'>{QUAY_STORY}</div>{_CARD.format('Bramble', 'Sponsor', ' →')}")
    assert "Bramble came to the sanctuary" in one, one
    meet = _CARD.format("Bramble", "Meet", "") + _CARD.format("Conker", "Meet", "")
    assert "Bramble came to the sanctuary" in page_text(f"<div class='body'>{QUAY_STORY}</div>{meet}")


# -- a table of the site's other pages under a heading naming them --------------------------------------------------

_ROWS = (
    "<table><thead><tr><th>Route</th><th>Status</th></tr></thead><tbody>"
    "<tr><td><a href='/status/north'>North quay – Westhaven</a></td><td>Sailing as normal</td></tr>"
    "<tr><td><a href='/status/east'>East pier – Holm</a></td><td>Expect delays after noon today</td></tr>"
    "</tbody></table>"
)


def test_a_table_of_other_pages_under_a_heading_naming_them_goes():
    text = page_text(
        f"<article><h1>Quay to be rebuilt</h1>{QUAY_STORY}<h2>Other routes</h2>{_ROWS}</article>"
    )
    assert "Expect delays after noon today" not in text, text
    assert "Paragraph 5 of the story" in text
    # near miss: the same table under a heading of the story's own stays
    own = page_text(
        f"<article><h1>Quay to be rebuilt</h1>{QUAY_STORY}<h2>Routes affected</h2>{_ROWS}</article>"
    )
    assert "Expect delays after noon today" in own, own


# -- a box of a heading, one line and a list of links ---------------------------------------------------------------


def _boxed(box: str) -> str:
    cut = QUAY_STORY.index("<p>Paragraph 1")
    return page_text(
        f"<article><h1>Quay to be rebuilt</h1>{QUAY_STORY[:cut]}{box}{QUAY_STORY[cut:]}</article>"
    )


_LINKS = "<ul><li><a href='https://tides.example.gov/'>Tide tables</a></li><li><a href='/map'>Quay map</a></li></ul>"


def test_a_box_of_a_heading_one_line_and_a_list_of_links_goes():
    line = "<p>Report a loose mooring to the harbour office on 01632 960555, day or night.</p>"
    text = _boxed(f"<div class='resources'><h2>Harbour resources</h2>{line}{_LINKS}</div>")
    assert "Report a loose mooring" not in text, text
    assert "Paragraph 1 of the story" in text
    # near miss: a box with two paragraphs over its links stays
    two = "<p>The harbour office will answer questions about the works on weekdays from 9 a.m. to 5 p.m.</p>"
    kept = _boxed(f"<div class='resources'><h2>Harbour resources</h2>{line}{two}{_LINKS}</div>")
    assert "Report a loose mooring" in kept, kept
    # (and so does a live page's summary over its key events, links within the page)
    events = "<ul><li><a href='#post-2'>Pontoon arrives</a></li><li><a href='#post-1'>Tug leaves Westhaven</a></li></ul>"
    summary = _boxed(f"<div class='summary'><h2>Summary</h2>{line}{events}</div>")
    assert "Report a loose mooring" in summary, summary


# -- an old site's lines and a shop's button --------------------------------------------------------------------------


def test_an_old_sites_counter_greeting_and_keeper_credit_go():
    assert_rule_takes(
        "old site's counter greeting or keeper credit",
        [
            "Welcome visitor number 004817",
            "Welcome, guest #12,408!",
            "This site is maintained by Ann Lee. Please email the webmaster with any comments or corrections.",
            "This page is updated by the Quayside Residents' Association.",
        ],
        [
            "Welcome, visitors, to the fair",
            "This trail is maintained by volunteers.",
            "This site is maintained by volunteers, who cleared the path in 2019 and will widen it next year, "
            "the council said.",
        ],
    )


def test_a_shops_button_goes():
    assert_rule_takes(
        "shop's button",
        ["Shop the Estuary collection", "Shop our spring range →"],
        ["Shop the collection of a lifetime at the fair, organisers say.", "Shop local this winter"],
    )
