"""Rules from the blind page set pages_final180 (measured once on b421e962; bot.web.page_rules, page_lines, page_tree,
page_boxes): a story's "Residents can submit written comments on … to <address> until …", a writer's own passage set as a
pull quote among a post's paragraphs, a standfirst set as a heading under the headline, and the rows of an e-mail's table
after the letter's cell stay; a newsletter's note of the issue's extra its paid readers get, an e-mail's preheader read
as a paragraph, and a line that is wholly a "Click here …" link, a bracketed note at most after it, go. Pages and lines
written for the test; near misses must stay."""

from __future__ import annotations

from bot.web import page_tree
from bot.web.page_rules import furniture_rule
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- a public's written say on the story's matter, sent to an address -----------------------------------------------------


def test_what_a_public_can_submit_on_the_storys_matter_stays():
    for line in (
        "Residents can submit written comments on the quay plan to quay@example.org until March 3.",
        "Fishermen are invited to send written submissions to the harbour board at board@example.org by Friday.",
    ):
        assert furniture_rule(line) is None, line
        assert line in cleaned([*FERRY_STORY, line])


def test_a_say_sent_by_the_reader_or_to_the_site_or_of_no_public_kind_stays_furniture():
    # near misses: the site's own readers, the site's newsroom, comments of no public say's kind
    for line in (
        "Readers can submit written comments to letters@example.org.",
        "Residents can submit written comments to our newsroom at news@example.org.",
        "Residents can send comments to editor@example.org.",
    ):
        assert furniture_rule(line) == "contact e-mail", line


# -- a newsletter's note of the issue's extra its paid readers get -----------------------------------------------------


def test_a_note_of_the_issues_extra_for_paid_readers_goes():
    assert_rule_takes(
        "paid tier's note",
        [
            "Paying members also get this week's extra: the harbour board's survey with my notes in the margins. "
            "It's at the bottom of this post.",
            "Paid subscribers get today’s bonus episode with the full interview.",
        ],
        [
            # a perk told alone, an extra of no issue, the extra reported as someone's words
            "Paid members get voting rights at the annual meeting.",
            "Paid members get an extra seat at the meeting.",
            "Paying members also get this week's extra, the club treasurer said.",
        ],
    )


# -- a line that is wholly a "Click here" link -------------------------------------------------------------------------

_CLICK = "Click here to see photos from the regatta!"


def test_a_click_here_link_alone_with_a_bracketed_note_at_most_goes():
    links = frozenset({"click here to see photos from the regatta"})
    for line in (_CLICK, f"{_CLICK} (Warning: big page, may be slow to load)"):
        assert cleaned([*FERRY_STORY, line], links) == FERRY_STORY, line


def test_a_click_call_in_a_sentence_or_no_link_of_the_page_stays():
    # near misses: the call inside a sentence, the words no link of the page, more than a note after the link
    links = frozenset({"click here to see photos from the regatta", "click here"})
    for line, page_links in (
        ("For the full survey of the north quay, click here.", links),
        (_CLICK, frozenset({"photos"})),
        (f"{_CLICK} The club thanks everyone who came down to the quay.", links),
    ):
        assert line in cleaned([*FERRY_STORY, line], page_links), line


# -- a writer's own passage set as a pull quote --------------------------------------------------------------------------

_OWN = "A quay is where a town meets the sea. A car park by the bypass is where it meets nothing at all."


def _post_with_quote(quote: str, tag: str = "figure") -> str:
    half = QUAY_STORY.split("</p>")
    body = "</p>".join(half[:3]) + "</p>"
    rest = "</p>".join(half[3:])
    box = f'<{tag} class="wp-block-pullquote"><blockquote><p>{quote}</p></blockquote></{tag}>'
    return f'<article><h1>Quay to be rebuilt</h1><div class="entry-content">{body}{box}{rest}</div></article>'


def test_a_writers_own_passage_set_as_a_pull_quote_stays():
    assert _OWN in page_text(_post_with_quote(_OWN))


def test_a_pull_quote_that_is_lifted_quoted_one_line_or_an_aside_goes():
    # near misses: one sentence, a speaker's words in quotation marks, a line sharing the story's wording, an aside
    for quote, tag in (
        ("A quay is where a town meets the sea, and the town has always known it.", "figure"),
        ("“A quay is where a town meets the sea. A car park is where it meets nothing.”", "figure"),
        ("A survey found the old timber piles had rotted through. The quay has to go.", "figure"),
        (_OWN, "aside"),
    ):
        assert quote not in page_text(_post_with_quote(quote, tag)), (quote, tag)


# -- a standfirst set as a heading under the headline ------------------------------------------------------------------

_DECK = "The harbour board voted 5-2 to rebuild the north quay, and the fish market will move to a pontoon for a year."


def _headed_page(deck: str) -> str:
    return (
        f'<article><header><h1>Quay to be rebuilt</h1><h2>{deck}</h2><div class="byline">By Ann Hale</div></header>'
        f'<div class="article-body">{QUAY_STORY}</div></article>'
    )


def test_a_standfirst_set_as_a_heading_under_the_headline_is_read_first():
    text = page_text(_headed_page(_DECK))
    assert text.startswith(_DECK)


def test_a_heading_under_the_headline_that_closes_no_sentence_stays_out():
    # near miss: a section's heading, no sentence
    assert "What the vote means for the market" not in page_text(
        _headed_page("What the vote means for the market")
    )


# -- the rows of an e-mail's table after the letter's cell ---------------------------------------------------------------

_LETTER = "".join(
    f"<div><span>Paragraph {i} of the letter says the rescue took in eleven seals this winter, the most in its twenty "
    "years on the point, and seven of them have already gone back to the sea from the beach below the station, "
    "watched by the volunteers who fed them.</span></div>"
    for i in range(5)
)
_CARD = (
    "This grey seal pup was found on the slipway in March, thin and alone after a storm took her mother, and she "
    "spent six weeks in the nursery pool and two more in the big pool outside before she was strong enough to swim "
    "back out past the harbour wall."
)


def _email(letter_class: str = "text") -> str:
    cards = "".join(
        f'<td class="column" width="50%"><img src="https://example.org/{n}.jpg" alt="">'
        f'<div class="text-container"><div><span style="font-weight:bold;">Patient #{n}: grey seal</span></div>'
        f"<div><span>{_CARD}</span></div></div></td>"
        for n in (11, 12)
    )
    return (
        '<table class="layout" width="600">'
        '<tr><td class="preheader">Our busiest winter ever, plus two seal pups go home.</td></tr>'
        f'<tr><td class="{letter_class}">{_LETTER}</td></tr>'
        '<tr><td class="text"><div><span style="font-weight:bold;">Patients of the Month</span></div></td></tr>'
        f'<tr><td><table width="100%"><tr>{cards}</tr></table></td></tr>'
        '<tr><td class="text"><div><span>Our spring open day is on April 12 at the station.</span></div></td></tr>'
        "</table>"
    )


def test_the_rows_of_an_emails_table_after_the_letters_cell_are_read_and_its_preheader_goes():
    text = page_text(_email())
    assert "Paragraph 4 of the letter" in text and "Patient #11: grey seal" in text and _CARD in text
    assert "Our busiest winter ever" not in text


def test_cells_of_a_feed_or_a_first_cell_of_no_prose_keep_their_class():
    # near misses: a feed's posts (rows with their class and time), a first cell holding a date line, no prose in the
    # later rows but the cells'
    feed = _email().replace("<tr>", '<tr class="live-post">')
    dated = _email().replace(
        f'<td class="text">{_LETTER}</td>', '<td class="text"><div>May 2026</div></td>', 1
    )
    bare = _email().replace(_CARD, "A grey seal pup.")
    for page in (feed, dated, bare):
        tree, _ = page_tree.readable_tree(f"<html><head><title>Quay</title></head><body>{page}</body></html>")
        assert tree.xpath("//*[@class='text']"), page
