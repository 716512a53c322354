"""Rules from the fifty-third pass's blind page set pages_final186 (measured once on b72fe803; bot.web.page_rules,
page_boxes, page_lexicon): a call to become a member closing on what the membership brings, a mailing service's stamp
of the sender and the time over a bulletin's web copy, a club's standing invitation asking the reader to join and
saying visitors are welcome, a hosted blog's description set as a bare ``<div>`` under the blog's name, and the heading
with its lead-in over a run of cards whose buttons name them, go; a line sending a public named with its clause
("Landowners in … who are interested in hosting …") to the project's own address stays. Pages and lines written for the
test; near misses must stay."""

from __future__ import annotations

from bot.web.article import extract_article
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- a call to become a member closing on what the membership brings ---------------------------------------------------------


def test_a_membership_call_closing_on_what_it_brings_goes():
    assert_rule_takes(
        "appeal for support",
        [
            "Enjoying this? The Harbour Ledger is written by one person and paid for by readers. Become a member to get "
            "every story and the monthly archive letter.",
            "Like what you read? Become a supporter to unlock all the back issues.",
        ],
        [
            # a membership's other use, a call someone reported, the club's members narrated
            "Become a member to vote at the annual meeting.",
            '"Become a member to get every newsletter," the club secretary said.',
            "Members of the club were able to get every ticket they asked for this year.",
        ],
    )


# -- a mailing service's stamp over a bulletin's web copy ----------------------------------------------------------------------


def test_a_bulletins_sender_and_time_stamp_goes():
    assert_rule_takes(
        "e-mail trailer",
        [
            "Harbour District Council sent this bulletin at 03/14/2026 09:05 AM EDT",
            "Riverside Fire Rescue sent this email on 11/02/2025 4:40 PM",
        ],
        [
            # the story's sentences: a day, no stamp, what the e-mail was for
            "The clerk sent this email on Friday to every member of the board.",
            "The mayor sent this bulletin at 9 a.m. Tuesday, hours before the vote.",
        ],
    )


# -- a club's standing invitation ---------------------------------------------------------------------------------------------


def test_a_clubs_standing_invitation_goes():
    assert_rule_takes(
        "club's standing invitation",
        [
            "Have you got a boat you'd like to show at a future regatta? Or are you just interested in joining? Visitors "
            "are always welcome on club nights - come along and have a cup of tea!",
            "Fancy joining us? Newcomers and beginners are always welcome at the Thursday practice.",
        ],
        [
            # the story reporting the club's welcome, a question with no welcome, a welcome with no question
            "Are you interested in joining? Visitors are always welcome, the secretary said.",
            "Are you interested in joining? The club meets on Thursdays at the boathouse.",
            "Visitors are always welcome at the harbour museum, which opened in 1998.",
        ],
    )


# -- a public named with its clause, sent to the project's own address ---------------------------------------------------------


def test_a_public_named_with_its_clause_sent_on_is_read():
    for line in (
        "Landowners in Ashby, Lorne and Upper Dale townships who are interested in hosting a weather station can "
        "contact the project team at stations@example.edu.",
        "Fishermen from the north quay and the outer moorings who wish to take part in the survey can contact the "
        "harbour office at survey@example.org.",
    ):
        assert line in cleaned([*FERRY_STORY, line]), line


def test_a_contact_line_to_the_reader_or_the_site_still_goes():
    # near misses: the site's own readers, the site itself, a plain address line
    for line in (
        "Readers in Ashby, Lorne and Upper Dale townships who are interested in hosting a weather station can contact "
        "the project team at stations@example.edu.",
        "Landowners in Ashby, Lorne and Upper Dale townships who are interested in sharing a story can contact our "
        "newsroom at tips@example.org.",
        "For more information, email stations@example.edu.",
    ):
        assert line not in cleaned([*FERRY_STORY, line]), line


# -- a hosted blog's description as a bare <div> under its name ---------------------------------------------------------------

_DESCRIPTION = "Bread, rolls and the odd tart. 3 Mill Lane, Eastwick. Wed–Sun, 8 till sold out."


def _blog_text(after_name: str, name: str = '<a href="/">The Mill Lane Oven</a>') -> str:
    """The text of a hosted blog's post page: the blog's name over ``after_name`` in its header, the post's title after
    the blog's in the page's title."""
    body = (
        f'<div id="container"><header id="header"><h1 class="blog-title">{name}</h1>{after_name}'
        '<nav class="pages"><a href="/">Posts</a> <a href="/ask">Ask</a> <a href="/archive">Archive</a></nav></header>'
        '<div id="posts"><article class="post text"><h2 class="post-title">Quay to be rebuilt</h2>'
        f'<div class="post-body">{QUAY_STORY}</div></article></div></div>'
    )
    page = (
        f"<html><head><title>The Mill Lane Oven — quay to be rebuilt</title></head><body>{body}</body></html>"
    )
    return extract_article(page, "https://milllane.example.org/post/1/quay").text


def test_a_blogs_description_in_a_bare_div_under_its_name_goes():
    for line in (
        f'<div class="description">{_DESCRIPTION}</div>',
        f'<div class="description"><i>{_DESCRIPTION}</i></div>',
    ):
        text = _blog_text(line)
        assert "Paragraph 5" in text and _DESCRIPTION not in text, line


def test_a_div_under_a_heading_that_is_no_site_name_or_longer_than_a_tagline_stays():
    # near misses: the heading links to another post, not home; a box longer than a tagline
    long_line = " ".join(
        ["The board said the work would start in March and take a year, weather allowing."] * 4
    )
    for text, words in (
        (
            _blog_text(f"<div>{_DESCRIPTION}</div>", name='<a href="/post/2/ferry">The Mill Lane Oven</a>'),
            _DESCRIPTION,
        ),
        (_blog_text(f"<div>{long_line}</div>"), long_line),
    ):
        assert "Paragraph 5" in text and words in text, words


# -- the heading with its lead-in over a run of cards whose buttons name them -------------------------------------------------

_LEAD_IN = "These three are ready for a quiet home right now."


def _card(name: str) -> str:
    return (
        '<table class="cardBlock" width="100%"><tr><td class="cardInner">'
        f'<table width="100%"><tr><td><img alt="{name}" src="https://example.org/img/{name.lower()}.jpg"></td></tr>'
        f"<tr><td><h3>{name}</h3><p>Two-year-old terrier mix. Loves walks, hates the rain.</p>"
        f'<a href="https://example.org/adopt/{name.lower()}">Meet {name}</a></td></tr></table></td></tr></table>'
    )


def _letter(lead_in: str, after: str = "") -> str:
    return (
        '<table width="100%"><tr><td id="body">'
        f'<table class="textBlock" width="100%"><tr><td>{QUAY_STORY}</td></tr></table>'
        f'<table class="textBlock" width="100%"><tr><td><h2>Adopt me!</h2>{lead_in}</td></tr></table>'
        f"{_card('Biscuit')}{_card('Clover')}{_card('Jasper')}{after}</td></tr></table>"
    )


def test_the_heading_over_cards_named_by_their_buttons_goes():
    text = page_text(_letter(f"<p>{_LEAD_IN}</p>"))
    assert "Paragraph 5" in text and "Loves walks" not in text
    assert _LEAD_IN not in text and "Adopt me!" not in text


def test_a_heading_over_cards_the_text_goes_on_after_or_a_long_paragraph_stays():
    # near misses: the story's paragraph after the run, a paragraph longer than a lead-in under the heading
    more = (
        "<p>The shelter said the three were found together on the quay in March and have been in foster care since, "
        "and that it hopes to place them in homes before the summer.</p>"
    )
    long_lead = (
        "The three were found together on the quay in March, and the shelter said it hopes to place them in homes "
        "before the summer."
    )
    for body, words in (
        (
            _letter(f"<p>{_LEAD_IN}</p>", after=f'<table width="100%"><tr><td>{more}</td></tr></table>'),
            _LEAD_IN,
        ),
        (_letter(f"<p>{long_lead}</p>"), long_lead),
    ):
        text = page_text(body)
        assert "Paragraph 5" in text and words in text, body
