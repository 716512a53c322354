"""Rules from the twenty-eighth pass's blind page sets pages_final79 and pages_final80 (each measured once on 3d6caf3;
bot.web.page_tree, bot.web.page_rules): an old template's story set in a ``<font>`` of runs split by ``<br><br>``
keeps its opening run (the dateline's paragraph), a caption's credit set off by a dash ("… on Wednesday. — Photo: K.R.
Vinod"), a clip's label over a question ("Watch: What are the first signs of measles?"), the outlet's note on the
sites it links to and a press-release site's "More news releases in similar topics"; and from pages_final82 (measured
once on 371f659; bot.web.page_boxes too): a clip's blurb and title by their classes, a tabloid's "We pay for your
stories!" and an old footer's street address and telephone. Pages and lines written for the test; near misses must
stay.
"""

from __future__ import annotations

import lxml.html

from bot.web.page_tree import opening_text_of_wrappers
from tests.support.page_lines import QUAY_STORY, assert_rule_takes, page_text

_RUNS = [
    "KOCHI, July 18: Incessant rain since Tuesday night flooded several low-lying areas of the city on Wednesday, "
    "throwing normal life out of gear and forcing the district collector to shut every school on Thursday.",
    "Waterlogging was reported on MG Road, Kaloor and Kadavanthra, where traffic crawled for hours and water "
    "entered shops in Market Road and Broadway.",
    "The India Meteorological Department has issued an orange alert for eight districts till Saturday, forecasting "
    "heavy to very heavy rainfall.",
    '"The situation is under control, but we are not taking any chances," the collector told reporters.',
]


def _wrapper_tree(inner: str):
    return lxml.html.fromstring(
        f"<html><body><div><table><tr><td>x</td></tr></table>{inner}</div></body></html>"
    )


def test_only_a_wrapper_of_prose_gets_its_opening_run_made_a_paragraph():
    tree = _wrapper_tree('<font size="2">' + "<br><br>".join(_RUNS) + "</font>")
    opening_text_of_wrappers(tree)
    assert [p.text_content() for p in tree.iter("p")] == [_RUNS[0]]
    # a wrapper of a few words, a wrapper of links and one with no break are left alone
    links = "<br>".join(
        f'<a href="/n{i}">Story number {i} of the related stories in the box</a>' for i in range(6)
    )
    for inner in (
        '<font size="2">Also read:<br>Dam level rises</font>',
        f'<font size="2">Related: the week in pictures<br>{links}</font>',
        '<font size="2">' + " ".join(_RUNS) + "</font>",
    ):
        tree = _wrapper_tree(inner)
        opening_text_of_wrappers(tree)
        assert next(tree.iter("p"), None) is None, inner


def test_a_captions_credit_set_off_by_a_dash_goes():
    assert_rule_takes(
        "photo credit",
        [
            "Vehicles wade through a waterlogged stretch of MG Road in Kochi on Wednesday. — Photo: K.R. Vinod",
            "Fishermen haul their boats ashore at Vypeen. – Picture: Staff",
        ],
        [
            "The collector said the camps were full. — Photo and video evidence was shared with the court, which "
            "ordered an inquiry into the delay.",
        ],
    )


def test_a_clips_label_over_a_question_goes():
    assert_rule_takes(
        "promotion label",
        ["Watch: What are the first signs of measles?", "Listen | Why do ferries cost so much?"],
        [
            "Watch: the council debate on housing begins at 7 p.m.",
            "Watch: What did the mayor tell the council? She said no.",
        ],
    )


def test_the_outlets_note_on_the_sites_it_links_to_goes():
    assert_rule_takes(
        "small print",
        [
            "Valley Net News is not responsible for the content of external sites.",
            "The Courier is not responsible for the content of external websites",
        ],
        [
            "Google argued in court that it is not responsible for what users post on its sites.",
            "The platform says it is not responsible for the content of external sites, a claim the regulator rejects "
            "in its report on harmful posts published on Tuesday.",
        ],
    )


def test_a_press_release_sites_heading_over_similar_topics_goes():
    assert_rule_takes(
        "promotion label",
        ["More news releases in similar topics", "Stories in related topics"],
        [
            "More news releases in similar topics were filed by the company on Tuesday than in all of last year."
        ],
    )


# From pages_final82 (measured once on 371f659): a clip's blurb and title by their classes, a tabloid's "We pay for your
# stories!" and an old site's footer line of street address and telephone.


def test_a_clips_description_and_title_by_their_classes_go():
    player = (
        '<div class="mediaEmbed videoEmbed"><div class="videoPlaceholder"><span class="mediaTitle">Council debates '
        'the quay</span><span class="mediaDuration">Duration 2:14</span></div><p class="mediaDescription">Councillors '
        "spent more than an hour on Tuesday debating how to rebuild the quay before the winter storms.</p></div>"
        '<div class="video-player"><span class="video-player__label">Watch: </span><p class="video-player__title">'
        "Moment the harbour master finds out the quay will be rebuilt</p></div>"
    )
    text = page_text(f"<article><h1>Quay to be rebuilt</h1>{QUAY_STORY[:400]}{player}{QUAY_STORY}</article>")
    assert "spent more than an hour" not in text and "Moment the harbour master" not in text
    assert "Paragraph 5 of the story" in text
    # a story's own paragraph with no such class stays
    own = "<p>Councillors spent more than an hour on Tuesday debating how to rebuild the quay before the storms.</p>"
    assert "spent more than an hour" in page_text(
        f"<article><h1>Quay to be rebuilt</h1>{own}{QUAY_STORY}</article>"
    )


def test_a_tabloids_call_for_the_readers_stories_goes():
    assert_rule_takes(
        "call to action",
        ["We pay for your stories!", "We pay for videos"],
        ["We pay for your stories with our advertising revenue, the editor said."],
    )


def test_a_footer_line_of_street_address_and_telephone_goes():
    assert_rule_takes(
        "small print",
        [
            "142 Main Street, Pinecrest, PA 18458 · (570) 555-0187",
            "12 High Street, Thame OX9 2BZ · 01844 212345",
        ],
        [
            "The fire company at 142 Main Street, Pinecrest, can be reached at (570) 555-0187.",
            "She lived at 14 Elm Street, Pinecrest, PA 18458 for 40 years.",
        ],
    )
