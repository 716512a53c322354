"""Rules from the blind page sets pages_final100 and pages_final101 (measured once on 70b2a2c; bot.web.page_rules,
page_lines, page_boxes): the outlet's note that readers' comments are not its views goes; a classified ad under its
box's label goes; a betting box's label with the price after it goes; a most-read cell of numbered links goes; a
caption named so by a data attribute goes; a news list of dated headlines under its heading goes; a closing run of the
contributors' taglines goes. Pages and lines written for the test; near misses must stay."""

from __future__ import annotations

from bot.web.page_rules import fold
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text


def test_the_outlets_note_that_comments_are_not_its_views_goes():
    assert_rule_takes(
        "comments button",
        [
            "Comments are posted by readers like you and do not necessarily reflect the views of this newspaper.",
            "Viewer comments do not always represent the opinions of our station.",
        ],
        [
            # (someone else's comments and someone else's views: news)
            "Comments posted on the council's page do not reflect the views of the council, the mayor said.",
            "Comments from residents at the hearing did not reflect the views of this committee, Ruiz said.",
        ],
    )


def test_a_classified_ad_under_its_boxs_label_goes():
    assert_rule_takes(
        "classified ad",
        [
            "| CLASSIFIED OF THE WEEK FOR SALE: Oak rolltop desk, eight drawers, $350. Call 555-0177 evenings. |",
            "CLASSIFIEDS: FOR RENT: Two-bedroom cottage near the quay, $700 a month. Call 555-0108.",
        ],
        [
            # (a story quoting an ad sets it inside a sentence of its own)
            'The ad in the classifieds read "FOR SALE: oak rolltop desk, $350, call 555-0177", and the desk was '
            "the one stolen from the library.",
            "Classified ads for sale of farm equipment rose by a third, the paper's manager said.",
        ],
    )


def test_a_betting_boxs_label_with_the_price_after_it_goes():
    assert_rule_takes(
        "betting notice",
        [
            "Odds update Grey Pilot is into 5/1 from 12/1 for the St Leger with most bookmakers.",
            "Betting latest: Harbour Queen 9-4 favourite for Saturday's final.",
        ],
        [
            # (a racing story's own sentence on the price has no label before it)
            "Grey Pilot is into 5/1 from 12/1 for the St Leger with most bookmakers after the win.",
            "Odds of 5/1 looked generous to the trainer, who said the horse had never been better.",
        ],
    )


_MOST_READ = [
    "Fire guts barn on Mill Road; no one hurt",
    "Selectmen approve new salt shed for the highway crew",
    "Tigers soccer off to 7-0 start",
]
_MOST_READ_LINKS = frozenset(fold(t) for t in _MOST_READ)


def test_a_most_read_cell_of_numbered_links_goes():
    cell = "| " + " ".join(f"{i}. {t}" for i, t in enumerate(_MOST_READ, 1)) + " |"
    assert cleaned([*FERRY_STORY, cell], _MOST_READ_LINKS) == FERRY_STORY


def test_a_numbered_cell_with_words_of_its_own_stays():
    # (a piece that is no link's: the cell is the text's own list)
    cell = f"| 1. {_MOST_READ[0]} 2. Residents may collect sand bags at the town garage until Friday |"
    assert cell in cleaned([*FERRY_STORY, cell], _MOST_READ_LINKS)


_CAPTION = (
    "Residents fill the hall for the vote on the quay. I counted ninety chairs and not one of them empty."
)


def _picture(name: str) -> str:
    return f'<div data-tag="post-image"><img src="/img/hall.jpg" alt=""><div class="sc-x1" data-tag="{name}">{_CAPTION}</div></div>'


def test_a_caption_named_by_a_data_attribute_goes():
    text = page_text(f'<main><div data-tag="post-card">{_picture("image-caption")}{QUAY_STORY}</div></main>')
    assert "Paragraph 5 of the story" in text
    assert "I counted ninety chairs" not in text


def test_a_block_beside_a_picture_named_otherwise_stays():
    text = page_text(f'<main><div data-tag="post-card">{_picture("post-intro")}{QUAY_STORY}</div></main>')
    assert "I counted ninety chairs" in text


def _news_list(items: str) -> str:
    return f'<div class="other-news"><h3>Other News in Harbour Board</h3><ul>{items}</ul></div>'


_DATED = (
    '<li><div class="item"><a href="/news?id=31">Board Warns of Fake Mooring Invoices</a>'
    '<div class="date">Posted on: March 2, 2026</div><p class="intro">Boat owners are receiving invoices by e-mail. '
    "The board never bills by e-mail.</p></div></li>"
    '<li><div class="item"><a href="/news?id=29">Fish Market Hours Change for Spring</a>'
    '<div class="date">Posted on: February 11, 2026</div></div></li>'
)


def test_a_news_list_of_dated_headlines_under_its_heading_goes():
    text = page_text(f'<div class="news">{QUAY_STORY}{_news_list(_DATED)}</div>')
    assert "Paragraph 5 of the story" in text
    for gone in ("Fake Mooring Invoices", "The board never bills by e-mail", "Fish Market Hours Change"):
        assert gone not in text


def test_a_list_of_links_with_words_and_no_dates_stays():
    # (a timeline: each item opens with a link but goes on with the story's words)
    timeline = (
        '<li><a href="/files/survey.pdf">Survey of the quay</a> found rot in a dozen of the timber piles and was '
        "sent to the board.</li>"
        '<li><a href="/files/vote.pdf">Minutes of the vote</a> record the board choosing to rebuild rather than '
        "patch.</li>"
    )
    text = page_text(f'<div class="news">{QUAY_STORY}{_news_list(timeline)}</div>')
    assert "found rot in a dozen of the timber piles" in text


_TAGLINES = [
    "Noor Haddad is a documentary photographer based on the east coast. Her pictures of harbour towns have been "
    "shown in three cities.",
    "Ewan Castell is a contributing writer at the Harbour Review. He is at work on a book about ferrymen.",
]


def test_a_closing_run_of_contributors_taglines_goes():
    assert cleaned([*FERRY_STORY, *_TAGLINES]) == FERRY_STORY


def test_the_storys_closing_paragraph_on_its_subject_stays():
    # (the story named her before: the paragraph is about its subject, not by a contributor)
    story = [
        *FERRY_STORY,
        "The ferry's last skipper, Mara Quist, said she would miss the crossing. Quist has run it since 1998.",
        "Mara Quist is a retired teacher who took the ferry job when the school closed.",
    ]
    assert cleaned([*story, _TAGLINES[1]]) == story
