"""Rules from the page set pages_final165 (the forty-seventh pass's closing set, measured on its final page code;
bot.web.page_boxes, page_rules): a card whose name runs into its age is no dated post, so two cards whose buttons name
them go; a priced block goes with the button block a site builder sets after it; a poll whose answers are links leading
nowhere goes with its question; an old site's guest-book call with the visit it records goes; a lone reply answering the
thread's first poster by the name the post is signed with goes. Pages and lines written for the test; near misses must
stay."""

from __future__ import annotations

from lxml import html as lxml_html

from bot.web.page_boxes import drop_choice_boxes
from bot.web.page_tree import readable_tree
from tests.support.page_lines import QUAY_STORY, assert_rule_takes, page_text

# -- a card's name run into its age is no date --------------------------------------------------------------------------


def _name_card(heading: str, name: str, blurb: str) -> str:
    return (
        f"<div class='pet'><img src='/img/{name.lower()}.jpg' alt=''><h3>{heading}</h3><p>{blurb}</p>"
        f"<p><a href='/adopt/{name.lower()}'>Meet {name}</a></p></div>"
    )


_DECKER = (
    "Decker is a shy grey tabby who likes sunny windowsills and would do best as the only cat in a calm home."
)
_OPAL = "Opal is a chatty calico who follows her people from room to room and sleeps on whatever they are reading."


def _cards_page(first: str) -> str:
    half = len(QUAY_STORY) // 2
    return page_text(
        f"{QUAY_STORY[:half]}{_name_card(first, 'Decker', _DECKER)}{QUAY_STORY[half:]}"
        f"{_name_card('Opal, 4', 'Opal', _OPAL)}<p>Thank you all for a busy spring at the shelter on the quay.</p>"
    )


def test_two_cards_whose_buttons_name_them_go_when_a_name_runs_into_an_age():
    # "Decker, 7" over "Decker is …" reads "7 Decker": no "7 Dec" of a post's stamp
    text = _cards_page("Decker, 7")
    assert _DECKER not in text and _OPAL not in text, text
    assert "Paragraph 5 of the story" in text and "Paragraph 0 of the story" in text
    # near miss: a card stamped with a day is a post, and the other card alone stays
    text = _cards_page("Decker, posted Dec 7")
    assert _DECKER in text and _OPAL in text, text


# -- a priced block with the button block after it ----------------------------------------------------------------------


def _builder_page(pitch: str, button: str = "button") -> str:
    return page_text(
        f"<div class='col'><div class='block text-block'><div class='block-content'>{QUAY_STORY}</div></div>"
        f"<div class='block text-block'><div class='block-content'><h4>Become a Friend of the Quay</h4><p>{pitch}</p>"
        f"</div></div><div class='block {button}-block'><div class='block-content'>"
        f"<a class='block-{button}-link' href='/friends'>Join today</a></div></div>"
        "<div class='block text-block'><div class='block-content'><p>The harbour board meets again on March 3 to "
        "choose a contractor for the rebuilding work.</p></div></div></div>"
    )


_PITCH = (
    "Friends get free guided walks on the quay, 10% off in the harbour shop and our yearly newsletter. Family "
    "memberships start at $40 a year, and every dollar goes to the quay's upkeep."
)


def test_a_priced_block_goes_with_the_button_block_after_it():
    text = _builder_page(_PITCH)
    assert "Family memberships start" not in text, text
    assert "choose a contractor" in text and "Paragraph 5 of the story" in text
    # near misses: a block of no price before the button …
    plain = (
        "Friends walk the quay with our guides each spring and hear how the old piles were driven in 1887."
    )
    assert plain in _builder_page(plain)
    # … or a bare link with no button's class after the priced block
    assert "Family memberships start" in _builder_page(_PITCH, button="link")


# -- a poll whose answers lead nowhere ---------------------------------------------------------------------------------


def _poll_box(question: str) -> str:
    return (
        f"<div class='letter-question'><p>{question}</p><div class='choices'><a href='#'>Loved it</a>"
        "<a href='#'>It was fine</a><a href='javascript:void(0)'>Not for me</a></div>"
        "<p>Sign in to take part.</p></div>"
    )


_QUESTION = "Did this letter help you plan your week on the quay?"


def test_a_polls_answers_leading_nowhere_go_with_its_question():
    half = len(QUAY_STORY) // 2
    text = page_text(f"<article>{QUAY_STORY[:half]}{_poll_box(_QUESTION)}{QUAY_STORY[half:]}</article>")
    assert _QUESTION not in text and "Sign in to take part" not in text, text
    assert "Paragraph 5 of the story" in text
    # near miss: the same links under no question (a box's tabs) leave the box
    tree = lxml_html.fromstring(
        f"<html><body>{_poll_box('The moorings at the north quay are listed below by the boat they take.')}</body></html>"
    )
    drop_choice_boxes(tree)
    assert "listed below by the boat" in tree.text_content()


# -- an old site's guest-book call ---------------------------------------------------------------------------------------


def test_a_guest_book_call_with_the_visit_it_records_goes():
    assert_rule_takes(
        "site credit",
        [
            "Please sign our Guestbook and let us know you stopped by!",
            "Sign my guest book and tell us you were here.",
        ],
        [
            # the funeral home's book, no visit to the site
            "Please sign the guest book at the funeral home.",
            # narrates
            "Visitors signed our guest book and let us know they stopped by.",
        ],
    )


# -- a lone reply answering the poster by the name the post is signed with -------------------------------------------------

_STORY_POST = "".join(
    f"<div>Part {i} of the notice says the harbour board will rebuild the north quay next spring, after a survey "
    "found the old timber piles had rotted through below the waterline in more than a dozen places.</div><br>"
    for i in range(9)
)


def _post(name: str, clock: str, body: str) -> str:
    return (
        f"<div class='message'><div class='top'><h3>{name}</h3><span>Jun 4, 2025, {clock}</span></div>"
        f"<div class='text'>{body}</div></div>"
    )


def _thread(reply: tuple[str, str, str], signed: str = "Meg") -> str:
    """The page's tree as the boxes' rules leave it (trafilatura leaves a lone short post out on a page this small, so
    the rule is read before it)."""
    story = _post("Margaret Holt", "8:14 AM", f"{_STORY_POST}<div>{signed}</div><div>Quay Street</div>")
    page = f"<html><body><div class='thread'><h1>Fwd: Quay to be rebuilt</h1>{story}{_post(*reply)}</div></body></html>"
    tree, _ = readable_tree(page)
    return " ".join(" ".join(tree.itertext()).split())


def test_a_lone_reply_answering_the_poster_by_the_name_the_post_is_signed_with_goes():
    reply = ("Ivo Brandt", "10:31 AM", "Thanks Meg. Does anyone know whether the fish market moves too?")
    text = _thread(reply)
    assert "fish market moves" not in text, text
    assert "Part 8 of the notice" in text and "Part 0 of the notice" in text
    # near misses: a post signed with a sign-off's word alone …
    text = _thread(
        ("Ivo Brandt", "10:31 AM", "Thanks for this. Does the fish market move too?"), signed="Thanks"
    )
    assert "fish market move" in text, text
    # … a reply naming someone else …
    text = _thread(
        ("Ivo Brandt", "10:31 AM", "Thanks Dora. Does anyone know whether the fish market moves too?")
    )
    assert "fish market moves" in text, text
    # … or the poster's own second post
    text = _thread(
        ("Margaret Holt", "10:31 AM", "Meg again: the fish market moves to the car park from March.")
    )
    assert "fish market moves" in text, text
