"""Rules from the fifty-fourth pass's blind page set pages_final188 (measured once on 76b287f7; bot.web.page_boxes,
page_lexicon): an e-mail's run of picture cards under a heading of its own, each opening on a bold name run into a
sentence telling its age as a profile does ("<Name> is a 4-year-old beagle mix …"), goes, with a card of the run's kind
right after it that lacks its picture; an italic note closing a report that gathers the event's pictures for an officer
of the body named by the role ("… please send them to the Match Secretary at …") stays, where the italic tagline rule
took it. Pages written for the test; near misses must stay."""

from __future__ import annotations

from lxml import html as lxml_html

from bot.web.page_boxes import drop_named_picture_cards
from tests.support.page_lines import assert_rule_takes, page_text

# -- an e-mail's run of profile cards under a heading of their own -----------------------------------------------------------

_LETTER = "".join(
    f"<p>Paragraph {i} of the letter says the rescue took in fourteen animals from a closed boarding kennel this "
    "month, and that most of them have already settled with foster families.</p>"
    for i in range(5)
)
_PROFILES = {
    "Pepper": "is a 3-year-old lurcher who sleeps through thunderstorms and steals socks from the laundry basket.",
    "Maple": "is a timid 7-month-old kitten who hides under the sofa for a day and then follows you everywhere.",
    "Captain": "is a grand 9-year-old guinea pig who greets the morning shift with loud whistles at the door.",
}
_NO_AGE = {
    "Pepper": "came to us from a farm near the quay and sleeps through thunderstorms, stealing socks at night.",
    "Maple": "hides under the sofa for a day and then follows the volunteers everywhere they go in the house.",
    "Captain": "greets the morning shift with loud whistles at the door and will eat any carrot he is offered.",
}


def _profile(name: str, blurb: str, picture: bool = True, cls: str = "captionBlock") -> str:
    image = (
        '<table align="left" class="captionImage"><tbody><tr><td>'
        f'<img src="https://example.org/{name.lower()}.jpg" alt="{name}"></td></tr></tbody></table>'
        if picture
        else ""
    )
    return (
        f'<table class="{cls}" width="100%"><tbody><tr><td class="captionInner">{image}'
        f'<table align="right" class="captionText"><tbody><tr><td class="textContent"><strong>{name}</strong> {blurb}'
        "</td></tr></tbody></table></td></tr></tbody></table>"
    )


def _cards(profiles: dict[str, str], last_picture: bool = False, last_cls: str = "captionBlock") -> str:
    names = list(profiles)
    return "".join(
        _profile(
            name,
            profiles[name],
            picture=last_picture or name != names[-1],
            cls=last_cls if name == names[-1] else "captionBlock",
        )
        for name in names
    )


def _issue(cards: str, heading: bool = True, letter: str = _LETTER) -> str:
    over = (
        '<table class="textBlock"><tbody><tr><td class="textContent"><h2>Say hello to our residents</h2></td></tr>'
        "</tbody></table>"
    )
    return (
        f'<table class="textBlock"><tbody><tr><td class="textContent">{letter}</td></tr></tbody></table>'
        f"{over if heading else ''}{cards}"
    )


def test_profile_cards_telling_their_ages_under_a_heading_of_their_own_go():
    for cards in (_cards(_PROFILES), _cards(_PROFILES, last_picture=True)):
        text = page_text(_issue(cards))
        assert "Paragraph 4" in text, cards
        assert "steals socks" not in text and "under the sofa" not in text, cards
        assert "loud whistles" not in text and "Say hello" not in text, cards


def test_cards_telling_no_age_with_no_heading_or_told_in_the_story_stay():
    # near misses: bold names run into sentences telling no age, no heading block over the run, a name the letter tells
    # of
    told = _LETTER + "<p>Pepper, the rescue's own dog, was at the kennel the day it closed.</p>"
    for page in (
        _issue(_cards(_NO_AGE, last_picture=True)),
        _issue(_cards(_PROFILES, last_picture=True), heading=False),
        _issue(_cards(_PROFILES, last_picture=True), letter=told),
    ):
        tree = lxml_html.fromstring(f"<html><body>{page}</body></html>")
        drop_named_picture_cards(tree)
        assert "under the sofa" in tree.text_content(), page


def test_a_picture_less_card_of_another_kind_after_the_run_stays():
    tree = lxml_html.fromstring(
        f"<html><body>{_issue(_cards(_PROFILES, last_cls='noticeBlock'))}</body></html>"
    )
    drop_named_picture_cards(tree)
    assert "under the sofa" not in tree.text_content() and "loud whistles" in tree.text_content()


# -- an italic note gathering the event's pictures for the body's officer ------------------------------------------------------

_REPORT = "".join(
    f"<p>Paragraph {i} of the report says the club's autumn match drew forty anglers to the canal, and that the heaviest "
    "net of the day, a bag of bream and roach, was weighed in just before the whistle at three o'clock.</p>"
    for i in range(5)
)


def _report(note: str) -> str:
    return f'<div class="item-page"><h1>Autumn match results</h1><div class="body">{_REPORT}<p><em>{note}</em></p></div></div>'


def test_a_note_gathering_the_events_pictures_for_the_bodys_officer_stays():
    for note in (
        "Pictures from the match are going up on the gallery page this week. If you have photos you would like to add, "
        "please send them to the Match Secretary at matches@canalangling.example.org.",
        "If you have any pictures of the day, email them to the club secretary at secretary@canalangling.example.org.",
        # (a report's "have been added" is no one's words)
        "Photos from the weigh-in have been added to the club album. If you have any pictures of the day, please "
        "forward them to the club secretary at secretary@canalangling.example.org.",
    ):
        text = page_text(_report(note))
        assert "Paragraph 4" in text and note in text, note


def test_a_line_gathering_the_events_pictures_for_an_officer_is_no_contact_line():
    assert_rule_takes(
        "contact e-mail",
        [
            # the site's desk, its writer, "us"
            "If you have photos of the match, please send them to the news desk at news@canaltimes.example.org.",
            "If you have pictures from the day, please send them to our editor at editor@canaltimes.example.org.",
            "If you have photos of the match, please send them to us at photos@canaltimes.example.org.",
        ],
        [
            "If you have any pictures of the day, please send them to the club secretary at "
            "secretary@canalangling.example.org.",
            "If you have photos of the weigh-in, please forward them to the Match Secretary at matches@example.org.",
        ],
    )


def test_a_note_sending_pictures_to_the_site_or_a_tagline_still_goes():
    # near misses: the site's own desk, press office or writer, "us", and a tagline calling for no pictures
    for note in (
        "If you have photos of the match, please send them to the news desk at news@canaltimes.example.org.",
        "If you have pictures from the day, please send them to our editor at editor@canaltimes.example.org.",
        "If you have photos you would like to share, please send them to the press office at press@example.org.",
        "If you have photos of the match, please send them to us at photos@canaltimes.example.org.",
        "Season tickets for the spring matches are on sale now. For more information, call the club shop at "
        "(555) 014-2290.",
    ):
        text = page_text(_report(note))
        assert "Paragraph 4" in text and note not in text, note
