"""Rules from the forty-seventh pass's closing page set pages_final166 (measured once on its final page code;
bot.web.page_rules, page_boxes, page_lexicon): an issue's sponsor slot whose pitch runs past a sponsor read's length and
a labelled series of cards with no button ("Success story: <Name>" over a paragraph about the name) go; an aside of one
paragraph under a question kicker the paragraph answers ("Did you know?") and a notice's call to put the questions
about its thing to an office by its name and number stay. Pages and lines written for the test; near misses must
stay as they were."""

from __future__ import annotations

from lxml import html as lxml_html

from bot.web import page_boxes
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- an issue's sponsor slot with a long pitch --------------------------------------------------------------------------

_SLOT = (
    "This week's issue is brought to you by Quayside Chandlery. Run by the same family on the harbour front since "
    "1962, Quayside stocks everything from mooring line to tide clocks, and the kettle behind the till is always on "
    "for anyone who has just come in off the water on a cold morning. Tell them Harbour Notes sent you."
)


def test_an_issues_sponsor_slot_with_a_long_pitch_goes():
    assert_rule_takes(
        "sponsor read",
        [
            _SLOT,
            "This issue of Harbour Notes is sponsored by Tidewell Boatyard, where the winter lay-up list is now open "
            "for sail and motor boats up to twelve metres, with hard standing, mast storage, a jet wash and a crane "
            "lift booked on the day you choose, and the yard's own shipwrights on hand for anything the survey turns "
            "up before the spring launch.",
        ],
        [
            # no issue named: the fair's own sponsors, a sentence of the news
            "This year's regatta is brought to you by the harbour board and a dozen firms on the quay, who between "
            "them paid for the marquee, the safety boats, the prizes and the fireworks over the outer harbour, and "
            "who have promised the same again next summer if the weather holds and the crowds come back as they "
            "did this time.",
            # the issue's sponsor named further in, not opening the line
            "The ferry timetable changes on Monday, the fourth change this year, and the harbour board has promised "
            "a printed copy at every stop, while a note at the foot of the board's e-mail says this issue is "
            "sponsored by Quayside Chandlery, which has also paid for the new shelter at the fish quay and the "
            "benches beside it.",
        ],
    )
    assert cleaned([*FERRY_STORY, _SLOT]) == FERRY_STORY


# -- an aside under a question kicker the paragraph answers --------------------------------------------------------------


def _aside_page(aside: str) -> str:
    half = QUAY_STORY.split("</p>")
    return "</p>".join(half[:3]) + "</p>" + aside + "</p>".join(half[3:])


_FACT = (
    "Grey seals are sometimes called horseheads for the long, sloping nose of the bulls. You can see them most "
    "mornings from the end of the north quay at low tide."
)


def test_an_aside_answering_its_question_kicker_stays():
    text = page_text(_aside_page(f'<aside class="box"><p><strong>Did you know?</strong> {_FACT}</p></aside>'))
    assert "Paragraph 5" in text and "Grey seals are sometimes called horseheads" in text
    why = "The piles were driven in 1911 and were meant to last fifty years."
    assert why in page_text(_aside_page(f'<aside class="box"><p><b>Why now?</b> {why}</p></aside>'))


def test_an_aside_under_a_callers_kicker_stays_an_aside():
    for aside in (
        # a call's kicker asks after the reader's wants
        "<p><strong>Like this story?</strong> Harbour Notes goes out every Friday with the week's quay news.</p>",
        # the kicker asks of the reader
        "<p><strong>How can you help?</strong> The harbour trust takes donations at the office on the quay.</p>",
        # the answer speaks to the reader, or for the site
        "<p><strong>Did you know?</strong> You can get these notes by e-mail every week from the harbour office.</p>",
        "<p><strong>What next?</strong> We will bring you every vote of the board as it happens.</p>",
    ):
        tree = lxml_html.fromstring(f"<html><body>{_aside_page(f'<aside>{aside}</aside>')}</body></html>")
        page_boxes.keep_prose_asides(tree)
        assert tree.find(".//aside") is not None, aside


# -- a notice's call to put the questions to an office ----------------------------------------------------------------------

_OFFICE_CALL = (
    "Please contact the Harbour Office on 01632 960 512 or office@harbour.example if you have any questions about "
    "this closure."
)


def test_a_call_to_put_the_questions_about_the_notices_thing_to_an_office_stays():
    assert _OFFICE_CALL in cleaned([*FERRY_STORY, _OFFICE_CALL])
    parks = "Contact the Parks Department at 555-201-0199 or parks@town.example if you have questions about the pool."
    assert parks in cleaned([*FERRY_STORY, parks])
    # near misses: the site itself, its desk, the site's own thing, or no number still go as a contact e-mail
    for line in (
        "Please contact us on 01632 960 512 or news@harbour.example if you have any questions about this closure.",
        "Please contact the newsroom on 01632 960 512 or news@harbour.example if you have any questions about this.",
        "Please contact Customer Service on 01632 960 512 or help@harbour.example if you have any questions about "
        "your subscription.",
        "Please contact the Harbour Office on 01632 960 512 or office@harbour.example if you have any questions "
        "about this story.",
        "Please contact the Harbour Office at office@harbour.example if you have any questions about this closure.",
    ):
        assert line not in cleaned([*FERRY_STORY, line]), line


# -- a labelled series of cards with no button ---------------------------------------------------------------------------


def _card(heading: str, blurb: str) -> str:
    return (
        '<table class="tile"><tr><td class="tile-inner"><table><tr><td><img src="/p.jpg" alt=""></td>'
        f"<td><h3>{heading}</h3><p>{blurb}</p></td></tr></table></td></tr></table>"
    )


_MABEL = (
    "Mabel came to the shelter in 2021 with a torn ear. Last spring she went home with a family in Portwell."
)
_OTIS = "Otis spent a year with us waiting for a quiet home. He found one with a retired ferryman in Westby."


def _cards_page(first: str, second: str, lead: str = "") -> str:
    half = QUAY_STORY.split("</p>")
    return (
        lead
        + "</p>".join(half[:2])
        + "</p>"
        + first
        + "</p>".join(half[2:4])
        + "</p>"
        + second
        + "</p>".join(half[4:])
    )


def test_a_labelled_series_of_cards_with_no_button_goes():
    text = page_text(_cards_page(_card("Happy ending: Mabel", _MABEL), _card("Happy ending: Otis", _OTIS)))
    assert "Paragraph 5" in text and "Mabel came" not in text and "Otis spent" not in text
    tree = lxml_html.fromstring(
        "<html><body>"
        + _card("Happy ending: Mabel", _MABEL)
        + _card("Happy ending: Otis", _OTIS)
        + "</body></html>"
    )
    page_boxes.drop_labelled_blurb_cards(tree)
    assert "Mabel" not in tree.text_content() and "Otis" not in tree.text_content()


def test_cards_of_one_label_that_the_text_tells_of_or_that_stand_alone_stay():
    mabel, otis = _card("Happy ending: Mabel", _MABEL), _card("Happy ending: Otis", _OTIS)
    second_paragraph = "</p><p>He is nine, and he still pulls on the lead at the sight of a gull.</p>"
    for first, second, lead in (
        # two labels
        (mabel, _card("Adoptable: Otis", _OTIS), ""),
        # a name the text tells of outside its card: the story's own profiles
        (
            mabel,
            otis,
            "<p>Two of the shelter's dogs, Mabel and Otis, found homes this spring, the keepers said.</p>",
        ),
        # a card with a second paragraph
        (mabel, otis.replace("</p>", second_paragraph, 1), ""),
        # a heading with no label
        (_card("Mabel", _MABEL), _card("Otis", _OTIS), ""),
        # one card alone
        (mabel, "", ""),
    ):
        text = page_text(_cards_page(first, second, lead))
        assert "Mabel came" in text and ("Otis spent" in text or not second), (first, second, lead)
