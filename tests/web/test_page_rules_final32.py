"""pages_final32's two leaks, taken by the rules written on pages_final33 (test_page_rules_final33.py): a trade site's
key-points box under the byline whose items the paragraphs tell again (bot.web.page_boxes.key_points_lines, dropped
after trafilatura by bot.web.page_tree.without_key_points) and a show's credits closing the episode's notes right over
the transcript's heading (bot.web.page_lines). Pages and lines written for the test; near misses must stay.
"""

from __future__ import annotations

from lxml import html as lxml_html

from bot.web.page_lines import clean_extracted
from bot.web.page_tree import without_key_points

STORY = [
    "Harbour Foods is spending $12 million on a second canning line at its Eastport plant, the company said on Tuesday, "
    "adding about 40 jobs when the line is expected to start up in the spring of 2028.",
    "The line will double the plant's output of canned sardines and mackerel, most of it sold to grocers in New "
    "England and eastern Canada, said the company's president.",
]
NOTES = [
    "Ambulance response times in rural Tri-County have nearly doubled since 2019, and our reporter spent three months "
    "finding out why.",
    "Host Ray Delacroix talks with her about the dispatch logs, the volunteer squads that closed and what the "
    "commissioners are considering.",
]


def _page(box: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html><body><article><h1>Cannery adds a line</h1><div class='byline'>By Jane Doe</div>"
        f"{box}<div class='field--name-body'>{paragraphs}</div></article></body></html>"
    )


def _without_box(box: str, lines: list[str]) -> str:
    text = without_key_points("\n\n".join([*lines, *STORY]), lxml_html.fromstring(_page(box)))
    assert all(p in text for p in STORY)
    return text


def test_a_key_points_box_under_the_byline_goes():
    box = (
        "<div class='key-points'><h2>Key Points</h2><ul><li>Harbour Foods is spending $12 million on a second canning "
        "line in Eastport.</li><li>The line is expected to start up in the spring of 2028.</li></ul></div>"
    )
    lines = [
        "Key Points",
        "- Harbour Foods is spending $12 million on a second canning line in Eastport.",
        "- The line is expected to start up in the spring of 2028.",
    ]
    text = _without_box(box, lines)
    assert "Key Points" not in text and "- Harbour Foods" not in text and "- The line" not in text


def test_a_key_points_box_after_the_text_stays():
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    page = (
        f"<html><body><article><h1>Cannery adds a line</h1><div class='field--name-body'>{paragraphs}</div>"
        "<div class='key-points'><h2>Key Points</h2><ul><li>The line is expected to start up in the spring of 2028."
        "</li></ul></div></article></body></html>"
    )
    line = "- The line is expected to start up in the spring of 2028."
    assert line in without_key_points("\n\n".join([*STORY, "Key Points", line]), lxml_html.fromstring(page))


def test_show_credits_over_the_transcript_heading_go():
    text = clean_extracted(
        "\n".join(
            [
                *NOTES,
                "Dispatch From Tri-County is produced by Ellie Park. Music by Broke For Free.",
                "Transcript",
                *NOTES,
                *NOTES,
            ]
        )
    )
    assert "produced by" not in text and NOTES[0] in text


def test_a_credit_that_goes_on_with_the_story_over_a_transcript_stays():
    line = "The festival is produced by the county. It opened in 1998."
    text = clean_extracted("\n".join([*NOTES, line, "Transcript", *NOTES, *NOTES]))
    assert line in text
