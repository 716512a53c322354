"""Rules from the blind page set pages_final158 (measured on 97fa62cd's page code; bot.web.page_boxes, page_lines,
page_rules): a poll whose answers are links to one address differing in one field goes with its question; cards whose
buttons name their headings go in an e-mail's table cells, three or more leading to the sender's site with an arrow
after the name; a box after the text opening on a shout in capitals ("WE NEED YOU! …") goes; a line sending questions
about the site to the webmaster goes. Pages and lines written for the test; near misses must stay."""

from __future__ import annotations

from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- a poll's answers as links to one address ---------------------------------------------------------------------------


def _poll(question: str, answers: tuple[str, ...]) -> str:
    options = "".join(f"<div class='choice'><a href='{href}'>{label}</a></div>" for href, label in answers)
    return page_text(
        f"<article><h1>Quay to be rebuilt</h1><div class='body'>{QUAY_STORY}"
        f"<div class='rounded border'><p class='font-semibold'>{question}</p>{options}"
        "<p class='small'>Log in or subscribe to take part in polls.</p></div>"
        "<p>The harbour board meets again on March 3 to choose a contractor for the rebuilding work.</p></div></article>"
    )


_ANSWERS = (
    ("https://example.org/polls/4f2/vote?pick=yes", "Yes, all summer"),
    ("https://example.org/polls/4f2/vote?pick=no", "No"),
    ("https://example.org/polls/4f2/vote?pick=maybe", "Not sure yet"),
)


def test_a_polls_answer_links_go_with_its_question():
    text = _poll("Will you still moor at the north quay next summer?", _ANSWERS)
    assert "moor at the north quay" not in text, text
    assert "choose a contractor" in text and "Paragraph 5 of the story" in text
    # near miss: the same links under no question (a sort bar's) leave the line over them
    text = _poll(
        "The moorings at the north quay are listed below by the length of boat each takes.", _ANSWERS
    )
    assert "listed below by the length of boat" in text, text


# -- cards in an e-mail's cells whose buttons name them, off the site -------------------------------------------------------


def _card(name: str, host: str) -> str:
    return (
        f"<table><tr><td><img src='https://cdn.example.net/{name}.jpg' alt=''><p><strong>FOSTER ME</strong></p>"
        f"<h3>{name}</h3><p>{name} is a quiet old dog who likes the harbour wall, long naps and the smell of the fish "
        f"quay.</p><p><a href='https://{host}/dogs/{name.lower()}'>Meet {name} →</a></p></td></tr></table>"
    )


def _mail(hosts: tuple[str, ...]) -> str:
    half = len(QUAY_STORY) // 2
    cards = [_card(name, host) for name, host in zip(("Moss", "Pike", "Juno"), hosts, strict=True)]
    return page_text(
        f"<div><h1>Quay to be rebuilt</h1>{QUAY_STORY[:half]}{cards[0]}{QUAY_STORY[half:]}{''.join(cards[1:])}"
        "<p>Thank you all for a wonderful spring at the shelter.</p></div>"
    )


def test_an_emails_cards_whose_buttons_name_them_go_off_the_site():
    text = _mail(("quayrescue.org",) * 3)
    assert "quiet old dog" not in text, text
    assert "Paragraph 5 of the story" in text and "wonderful spring" in text
    # near miss: only two of the buttons lead to one host, no series of the sender's (the card among the paragraphs
    # stays; those after the text's last paragraph go as an old layout's side boxes, as before)
    text = _mail(("quayrescue.org", "quayrescue.org", "fishquaydogs.net"))
    assert "Moss is a quiet old dog" in text, text


# -- a box after the text opening on a shout in capitals --------------------------------------------------------------------

_SHOUT = (
    "| VOLUNTEERS WANTED! The Quay Rowing Club is always looking for new crew. Come down to the boathouse any "
    "Thursday evening at 6:30. |"
)


def test_a_box_after_the_text_opening_on_a_shout_goes():
    assert cleaned([*FERRY_STORY, _SHOUT]) == FERRY_STORY
    # near misses: a shout of one word, a heading with no shout, or the shout among the text's paragraphs
    for box in (
        "| UPDATE! The board has moved the vote to March 10 because of the storm warning. |",
        "| FAST FACTS The north quay was built in 1887 and last rebuilt in 1961. |",
    ):
        assert cleaned([*FERRY_STORY, box]) == [*FERRY_STORY, box], box
    lines = [FERRY_STORY[0], _SHOUT, *FERRY_STORY[1:], FERRY_STORY[0].replace("Tuesday", "Monday")]
    assert cleaned(lines) == lines


# -- a line sending questions about the site to the webmaster --------------------------------------------------------------


def test_questions_about_the_site_sent_to_the_webmaster_go():
    assert_rule_takes(
        "contact e-mail",
        [
            "Send questions or comments about this web site to the webmaster.",
            "Send your comments and suggestions about our site to the webmaster",
        ],
        [
            "Send questions about the quay rebuilding to the harbour master.",
            "Residents sent questions about the site to the webmaster, who passed them to the board.",
        ],
    )
