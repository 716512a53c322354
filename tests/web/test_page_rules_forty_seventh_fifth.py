"""Rules from the blind page set pages_final168 (measured once on 3c57bb0f; bot.web.page_lines, page_rules, page_boxes):
a web address closing a wrapped sentence on a line of its own and a newsletter's thanks naming "this newsletter" stay; a
labelled series of cards whose buttons name a name of several words, a live page's note that its posts refresh
automatically and a referral box's reward for passing the issue on go. Pages and lines written for the test; near
misses must stay."""

from __future__ import annotations

from lxml import html as lxml_html

from bot.web.page_boxes import drop_labelled_name_cards
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- a web address closing a wrapped sentence -------------------------------------------------------------------------------


def test_a_web_address_closing_the_sentence_the_line_above_leaves_open_stays():
    wrapped = [
        "Questions go to the harbour office on weekdays, and the new timetable will be posted at",
        "www.example.org/ferry",
    ]
    assert "www.example.org/ferry" in cleaned([*FERRY_STORY, *wrapped, FERRY_STORY[0]])
    # near misses: an address under a short call, or under a line that closes its sentence, goes
    for above in ("Follow us at", "The board will publish the survey on its website next week."):
        assert "www.example.org/ferry" not in cleaned(
            [*FERRY_STORY, above, "www.example.org/ferry", FERRY_STORY[0]]
        )


# -- a newsletter's thanks naming the issue being read ---------------------------------------------------------------------


def test_a_thanks_naming_this_newsletter_stays():
    thanks = "Every boat in this newsletter is afloat because people like you showed up. We could not do it without you."
    assert thanks in cleaned([*FERRY_STORY, thanks])
    # near miss: a call to sign up that names the issue still goes
    call = "Like what you read in this newsletter? Subscribe and get it in your inbox every week."
    assert call not in cleaned([*FERRY_STORY, call])


# -- a labelled series of cards whose buttons name a name of several words ----------------------------------------------


def _card(heading: str, button: str, blurb: str, wrap: str = "{}") -> str:
    link = wrap.format(f'<a href="https://other.example/x">{button} &rarr;</a>')
    return f'<div class="card"><img src="/p.jpg" alt=""><h4>{heading}</h4>{blurb}<br>{link}</div>'


_MABEL = "Mabel went home in May with a family in Portwell, who say she rules the house."
_OTIS = "Otis and Pip went home in June with a couple in Westby, who walk them twice a day."


def _cards_page(*cards: str) -> str:
    half = QUAY_STORY.split("</p>")
    return (
        "</p>".join(half[:2])
        + "</p>"
        + cards[0]
        + "</p>".join(half[2:4])
        + "</p>"
        + cards[1]
        + "</p>".join(half[4:])
    )


def test_a_labelled_series_of_cards_whose_button_names_two_goes():
    mabel = _card("Rehomed: Mabel", "Read Mabel’s story", _MABEL)
    text = page_text(_cards_page(mabel, _card("Rehomed: Otis & Pip", "Read Otis & Pip’s story", _OTIS)))
    assert "Paragraph 5" in text and _MABEL not in text and _OTIS not in text
    # near miss: two labels stay
    text = page_text(_cards_page(mabel, _card("Adoptable: Otis & Pip", "Read Otis & Pip’s story", _OTIS)))
    assert _MABEL in text and _OTIS in text
    # the button in a paragraph of its own is no paragraph of prose
    tree = lxml_html.fromstring(
        "<html><body>"
        + "".join(
            _card(f"Rehomed: {name}", f"Read {name}’s story", f"<p>{blurb}</p>", "<p>{}</p>")
            for name, blurb in (("Mabel", _MABEL), ("Otis & Pip", _OTIS))
        )
        + "</body></html>"
    )
    drop_labelled_name_cards(tree)
    assert "Otis and Pip" not in tree.text_content() and "Mabel went" not in tree.text_content()


# -- a live page's note that its posts refresh automatically ---------------------------------------------------------------


def test_a_live_pages_note_that_its_posts_refresh_automatically_goes():
    assert_rule_takes(
        "live page's refresh note",
        ["Updates refresh automatically every 60 seconds.", "Posts reload automatically."],
        [
            "The updates install automatically overnight.",
            "Posts on the harbour board's page refresh each week.",
        ],
    )


# -- a referral box's reward for passing the issue on ------------------------------------------------------------------------


def test_a_referral_boxs_reward_for_passing_the_issue_on_goes():
    assert_rule_takes(
        "call to pass the issue on",
        [
            "Know someone who still reads the tide tables off the pub noticeboard? Send them our way. Refer three "
            "friends and we'll post you a Harbour Notes mug, thrown by the potter on Quay Street.",
            "Refer 5 friends and get a month free.",
        ],
        [
            "She referred three friends to the clinic and they all got seen that week.",
            "Refer patients to the clinic.",
        ],
    )
