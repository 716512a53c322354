"""Rules from the blind page set pages_final182 (measured once on acdebb42; bot.web.page_rules, page_boxes,
page_lexicon): a club report's call for a reader's result it left out of its table and a newsletter's "Applications for
… will open in June. If you are interested, email …" stay; an old site's line calling to sign its guest book, an
e-mail's preheader under an id naming it, a labelled series of picture cards whose pictures name them, and a sponsors'
box thanking each sponsor in a paragraph of its own go. Pages and lines written for the test; near misses must stay as
they were."""

from __future__ import annotations

from bot.web.page_rules import furniture_rule
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- a club report's call for a reader's result it left out ------------------------------------------------------------


def test_a_call_for_a_readers_result_left_out_of_the_reports_table_stays():
    for line in (
        "If we’ve missed your result, email results@harriers.example and we’ll add it to the table.",
        "If we have left out your finishing time, please email results@rowing.example and we will add it to the results.",
    ):
        assert furniture_rule(line) is None, line
        assert line in cleaned([*FERRY_STORY, line])


def test_a_call_for_an_event_a_correction_or_to_a_desk_stays_furniture():
    # near misses: a listings desk's event and calendar, a corrections note, the site's newsroom, the site's own list
    for line in (
        "If we’ve missed your event, email listings@paper.example and we’ll add it to the calendar.",
        "If we’ve made a mistake, email corrections@paper.example and we’ll fix it.",
        "If we’ve missed your result, email newsroom@paper.example and we’ll add it to the table.",
        "If we’ve missed your name, email hello@paper.example and we’ll add it to our list.",
    ):
        assert furniture_rule(line) == "contact e-mail", line


# -- the time applications open, then the call to the interested reader --------------------------------------------------


def test_applications_opening_then_a_call_to_the_interested_reader_stays():
    for line in (
        "Adoption applications for Bramble and her two sisters will open in June. If you are interested, email "
        "homes@rescue.example and Marta will send you our adoption pack.",
        "Applications for the spring foster scheme are now open. If you're interested, email fostering@rescue.example.",
    ):
        assert furniture_rule(line) is None, line
        assert line in cleaned([*FERRY_STORY, line])


def test_applications_of_the_sites_own_or_to_its_desk_stay_furniture():
    # near misses: the site's own webinar, a call to "us", the site's newsletter, the site's editor's address
    for line in (
        "Registration for our webinar opens on 3 May. If you are interested, email events@paper.example.",
        "Applications for the grant open in June. If you are interested, email us at grants@paper.example.",
        "Applications for the newsletter's fellowship open in June. If you are interested, email fellows@paper.example.",
        "Applications for the grant open in June. If you are interested, email editor@paper.example.",
    ):
        assert furniture_rule(line) is not None, line
        assert line not in cleaned([*FERRY_STORY, line])


# -- an old site's line calling to sign its guest book -------------------------------------------------------------------


def test_a_line_calling_to_sign_the_sites_guest_book_goes():
    assert_rule_takes(
        "site credit",
        [
            "Been to one of our shows? Sign our Guestbook! We love hearing from fellow growers, whatever the weather.",
            "Please sign my guest book. It makes my day to hear from you.",
        ],
        [
            # no book of the site's, the call run into a sentence, the call quoted or reported
            "Please sign the guest book at the funeral home before the service.",
            "Visitors were asked to sign our guest book, and more than 400 of them did.",
            "“Sign our guest book!” the curator told every child who came through the door that day.",
        ],
    )


# -- an e-mail's preheader under an id naming it ------------------------------------------------------------------------

_PREVIEW = "Winter news from the station: eleven seals, a new pool, and a very loud pup."


def _email(preheader_id: str) -> str:
    return (
        f'<table width="600"><tr><td id="{preheader_id}">{_PREVIEW}</td></tr>'
        f'<tr><td id="templateBody"><h1>Quay to be rebuilt</h1>{QUAY_STORY}</td></tr></table>'
    )


def test_an_emails_preheader_under_an_id_naming_it_goes():
    text = page_text(_email("templatePreheader"))
    assert "Paragraph 5 of the story" in text and _PREVIEW not in text


def test_a_line_under_another_id_stays():
    # near miss: an id naming no preheader
    text = page_text(_email("templateIntro"))
    assert "Paragraph 5 of the story" in text and _PREVIEW in text


# -- a labelled series of picture cards whose pictures name them ----------------------------------------------------------

_GORSE = (
    "Gorse is a twelve-year-old cob who came to us in 2019. He loves apples, tolerates the dentist and is one of our "
    "permanent residents."
)
_PAIR = (
    "These two Shetland ponies arrived together and will leave together, to a home with a paddock and a patient "
    "human."
)


def _card(name: str, blurb: str, alt: str | None = None) -> str:
    alt = name if alt is None else alt
    return (
        f'<div class="tile"><img src="https://example.org/{len(name)}.jpg" alt="{alt}">'
        f'<div class="tile-text"><h3>Meet the herd: {name}</h3><p>{blurb}</p></div></div>'
    )


def _herd_page(first: str, second: str, told: str = "") -> str:
    half = QUAY_STORY.split("</p>")
    story = "</p>".join(half[:2]) + "</p>" + first + "</p>".join(half[2:4]) + "</p>" + second
    story += "</p>".join(half[4:]) + told
    # (the preview line names a card's name: the inbox's teaser of the parts, no telling of the story's)
    preheader = '<div class="preheader">Quay news, a new pool, and Gorse at the dentist.</div>'
    return f"{preheader}<article><h1>Quay to be rebuilt</h1>{story}</article>"


def test_a_labelled_series_whose_pictures_name_the_cards_goes():
    text = page_text(_herd_page(_card("Gorse", _GORSE), _card("Nell and Tam", _PAIR)))
    assert "Paragraph 5 of the story" in text
    assert _GORSE not in text and _PAIR not in text


def test_a_card_its_picture_does_not_name_or_a_name_the_story_tells_stays():
    # near misses: a picture whose alt text is no name of the heading's, the pair named in the story's own paragraphs
    unnamed = page_text(_herd_page(_card("Gorse", _GORSE), _card("Nell and Tam", _PAIR, alt="two ponies")))
    assert _PAIR in unnamed
    told = (
        "<p>Nell and Tam, the two ponies, came in from the quay field in March with the rest of the herd.</p>"
    )
    assert _PAIR in page_text(_herd_page(_card("Gorse", _GORSE), _card("Nell and Tam", _PAIR), told))


# -- a sponsors' box thanking each sponsor in a paragraph ------------------------------------------------------------------

_HAY = (
    "This month’s hay is sponsored by Quayside Feeds in Portwell. Thank you for keeping the herd fed through the wettest "
    "winter on record!"
)
_FARRIER = (
    "Farrier care for the rescued ponies is donated by Westby Hoof Care. If your business would like to sponsor a "
    "month of feed, reply to this email."
)


def _sponsors_page(label: str, first: str, second: str) -> str:
    box = f'<div class="boxedText"><p><strong>{label}</strong></p><p>{first}</p><p>{second}</p></div>'
    return f"<article><h1>Quay to be rebuilt</h1>{QUAY_STORY}{box}</article>"


def test_a_sponsors_box_crediting_each_sponsor_in_a_paragraph_goes():
    text = page_text(_sponsors_page("Our sponsors", _HAY, _FARRIER))
    assert "Paragraph 5 of the story" in text
    assert "Quayside Feeds" not in text and "Westby Hoof Care" not in text


def test_a_box_of_prose_or_under_no_sponsors_label_stays():
    # near misses: a paragraph of prose crediting no sponsor, a heading that labels no sponsors
    prose = (
        "The ponies spent the winter in the quay field, and the volunteers fed them twice a day through the worst "
        "of the storms that took the old fence down."
    )
    assert prose in page_text(_sponsors_page("Our sponsors", _HAY, prose))
    other = page_text(_sponsors_page("A winter on the quay", _HAY, _FARRIER))
    assert "Quayside Feeds" in other and "Westby Hoof Care" in other
