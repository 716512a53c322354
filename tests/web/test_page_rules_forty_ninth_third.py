"""Rules from the blind page set pages_final173 (measured once on e5558810; bot.web.page_rules, page_boxes,
page_lexicon): a line sending the public's written comments to a public office with its address and a newsletter
writer's plan to cover the next step ("I'll be at … and will have a recap in your inbox that night") stay; a paid tier's
note under a label naming its readers, a wire's note that the copy it provided was not edited, a disclaimer of views in
the negative, a hit counter's maker credit, a group's notices of the reader's permissions, a thread's replies made long
only by the message they quote, and an e-mail's spotlight of picture cards named by their pictures, closed by a button
block, go. Pages and lines written for the test; near misses must stay."""

from __future__ import annotations

from bot.web.page_rules import furniture_rule
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- the public's written comments sent to a public office ----------------------------------------------------------------

_COMMENTS = "Written comments go to the harbour clerk at clerk@portwell.example.gov and must arrive by noon the day before."


def test_written_comments_sent_to_a_public_office_stay():
    for line in (
        _COMMENTS,
        "Public testimony can be e-mailed to the Planning Office at planning@portwell.example.gov until May 2.",
    ):
        assert furniture_rule(line) is None, line
        assert line in cleaned([*FERRY_STORY, line, FERRY_STORY[0]])
    # one item of a list of the ways to take part
    assert furniture_rule(f"- {_COMMENTS}") is None
    # near misses: comments to the site's own desk or to "us", or no public say named, still go
    for line in (
        "Written comments can be sent to the editors at letters@gazette.example.org.",
        "Written comments about this story can be sent to our newsroom at news@gazette.example.org.",
        "Comments go to the editor at letters@gazette.example.org.",
    ):
        assert furniture_rule(line) == "contact e-mail", line


# -- a newsletter writer's plan to cover the next step ----------------------------------------------------------------------


def test_a_writers_plan_with_a_recap_in_the_readers_inbox_stays():
    line = "I'll be at the harbour board on the 12th and will have a recap in your inbox that night."
    assert furniture_rule(line) is None
    assert line in cleaned([*FERRY_STORY, line])
    # near misses: a pitch in the outlet's voice, or one naming a sign-up, still calls
    for line in (
        "I'll be at every board meeting this spring. Sign up to get my recaps in your inbox.",
        "We'll send the harbour news straight to your inbox every Friday.",
    ):
        assert furniture_rule(line) == "call to action", line


# -- a paid tier's note under a label naming its readers --------------------------------------------------------------------


def test_a_note_to_the_paid_tier_under_its_label_goes():
    assert_rule_takes(
        "paid tier's note",
        [
            "Paid members: below the line you'll find my annotated copy of the survey and the board's tender list.",
            "Founding members: you will find the full pier survey and my notes on the tender after the break.",
        ],
        [
            "Paid subscribers: 1,204",
            "Paid members of the sailing club voted to keep the fees where they are, the secretary said.",
        ],
    )


# -- a wire's note that the copy it provided was not edited -----------------------------------------------------------------


def test_a_note_that_the_provided_copy_was_not_edited_goes():
    assert_rule_takes(
        "small print",
        [
            "This story was provided by Reuters and has not been edited by Quayside staff.",
            "This article was supplied by AAP and has not been edited by the Portwell Gazette.",
        ],
        [
            "The survey was provided by the engineers and has not been edited since it was written.",
            "This story was told by the harbour master, who has not been edited out of the film.",
        ],
    )


# -- a disclaimer of views in the negative ----------------------------------------------------------------------------------


def test_a_disclaimer_that_views_are_not_those_of_a_body_goes():
    assert_rule_takes(
        "small print",
        [
            "Views expressed are not necessarily those of the harbour board or the coastguard.",
            "This site is maintained by a volunteer. Views expressed are not necessarily those of the harbour board.",
            "Opinions expressed on this site are not those of Portwell College.",
        ],
        [
            "Views were expressed on both sides of the harbour before the vote.",
            "The views of the fishermen are not those of the board, which will vote in June.",
        ],
    )


# -- a hit counter's maker credit -------------------------------------------------------------------------------------------


def test_a_hit_counters_maker_credit_goes():
    assert_rule_takes(
        "site credit",
        ["Free hit counter by CountPro", "Web counter courtesy of TallyWeb", "Free counter by Tallymark"],
        ["The counter by the door was built by volunteers.", "Counter staff from the ferry office"],
    )


# -- a group's notices of the reader's permissions --------------------------------------------------------------------------


def test_a_groups_notice_of_the_readers_permissions_goes():
    assert_rule_takes(
        "group's notice of the reader's permissions",
        [
            "You do not have permission to delete messages in this group",
            "Either email addresses are anonymous for this group or you need the view member email addresses "
            "permission to view the original message",
            "You don't have permission to reply to this topic",
        ],
        [
            "You do not have permission to moor in the inner harbour.",
            "Boat owners need a permit to land their catch at the quay.",
        ],
    )


# -- a thread's replies made long only by the message they quote -------------------------------------------------------------

_EXTRA = "".join(
    f"<p>Part {i} of the forwarded notice says the slipway will close for four weeks while the contractor pours the "
    "new concrete apron and replaces the winch house roof.</p>"
    for i in range(4)
)
_REPLY_ONE = "Thanks Dana. Does anyone know whether the dinghy park stays open while the slipway is shut?"
_REPLY_TWO = "Marcus, the office told me the dinghy park stays open, but the gate will be locked at six."


def _post(name: str, stamp: str, words: str, quoted: str = "") -> str:
    quote = (
        f'<div class="hid" style="display:none"><span role="button">Show quoted text</span>'
        f'<div class="gmail_quote"><div class="gmail_attr">On Tue, Mar 5, 2024 at 8:14 PM Dana wrote:</div>'
        f"<blockquote>{quoted}</blockquote></div></div>"
        if quoted
        else ""
    )
    return (
        f'<section class="msg"><div class="head"><h3>{name}</h3><span>{stamp}</span></div>'
        f'<div class="body"><div>{words}</div>{quote}</div></section>'
    )


def _thread(quoted: str, one: str = _REPLY_ONE, two: str = _REPLY_TWO) -> str:
    story = f"<div>Hi all, forwarding this from the harbour office.</div>{QUAY_STORY}{_EXTRA}"
    return (
        '<div role="main"><h1>Fwd: Slipway closure</h1>'
        + _post("Dana Whitcombe", "Mar 5, 2024, 8:14:22 PM", story)
        + _post("Marcus Feeney", "Mar 5, 2024, 9:02:47 PM", one, quoted)
        + _post("Priya Halloway", "Mar 6, 2024, 7:40:05 AM", two, quoted)
        + "</div>"
    )


def test_replies_long_only_by_the_message_they_quote_go():
    text = page_text(_thread(QUAY_STORY + _EXTRA))
    assert "Paragraph 5" in text and "Part 3" in text
    assert _REPLY_ONE not in text and _REPLY_TWO not in text


def test_replies_long_in_their_own_words_stay():
    # near miss: replies whose own words pass a reply's size are posts of their own
    long_one = " ".join([_REPLY_ONE] * 8)
    long_two = " ".join([_REPLY_TWO] * 8)
    text = page_text(_thread(QUAY_STORY, long_one, long_two))
    assert "Paragraph 5" in text and _REPLY_ONE in text and _REPLY_TWO in text


# -- an e-mail's spotlight of picture cards named by their pictures ---------------------------------------------------------

_PEPPER = (
    "<strong>Pepper</strong>, 2, is a lurcher who loves the beach and will lean on you until you give in."
)
_MOSS = "<strong>Moss</strong>, 7, is a quiet collie from the quay kennels who wants a garden and a long nap every day."


def _card(name: str, blurb: str, alt: str | None = None) -> str:
    return (
        '<table class="capBlock"><tr><td>'
        f'<table><tr><td><img alt="{alt or name}" src="https://img.example.org/{name}.jpg"></td></tr></table>'
        f'<table><tr><td class="capText">{blurb}</td></tr></table>'
        "</td></tr></table>"
    )


_HEADING = '<table class="textBlock"><tr><td><h2>Dogs looking for homes</h2></td></tr></table>'
_BUTTON = (
    '<table class="buttonBlock"><tr><td><a class="btn" href="https://rescue.example.org/adopt">See all our dogs</a>'
    "</td></tr></table>"
)


def _letter(cards: str, extra: str = "") -> str:
    letter = QUAY_STORY + extra + "<p>With thanks,<br>Ana Ruiz<br>Director</p>"
    return (
        f'<table><tr><td><table class="textBlock"><tr><td>{letter}</td></tr></table>{cards}</td></tr></table>'
    )


def _plain(html: str) -> str:
    return html.replace("<strong>", "").replace("</strong>", "")


def test_a_spotlight_of_picture_cards_named_by_their_pictures_goes():
    text = page_text(_letter(_HEADING + _card("Pepper", _PEPPER) + _card("Moss", _MOSS) + _BUTTON))
    assert "Paragraph 5" in text and "Ana Ruiz" in text
    assert _plain(_PEPPER) not in text and _plain(_MOSS) not in text and "See all our dogs" not in text


def test_picture_cards_that_are_no_spotlight_stay():
    # near misses: no button block after the run; a name the letter tells of too; one card alone; a picture whose alt
    # text is no name opening the blurb in bold
    for page in (
        _letter(_HEADING + _card("Pepper", _PEPPER) + _card("Moss", _MOSS)),
        _letter(
            _HEADING + _card("Pepper", _PEPPER) + _card("Moss", _MOSS) + _BUTTON,
            extra="<p>Moss came to us from the quay kennels in March, and the whole crew has fallen for him.</p>",
        ),
        _letter(_HEADING + _card("Pepper", _PEPPER) + _BUTTON),
        _letter(
            _HEADING
            + _card("Pepper", _PEPPER, alt="A dog on the beach")
            + _card("Moss", _MOSS, alt="A dog asleep")
            + _BUTTON
        ),
    ):
        text = page_text(page)
        assert _plain(_PEPPER) in text, page
