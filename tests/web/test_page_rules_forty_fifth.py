"""Rules from the blind page set pages_final150 (measured on e2cdcbf and 58d7b69; bot.web.page_lines, page_boxes,
page_rules): a newsletter's closing line whose reply call comes with the writer's promise to answer the replies in an
issue to come stays; a quote block between two short paragraphs of the story, after its prose, is read as a quote
block between paragraphs of prose is; a body's notice that it does not discriminate on a list of grounds goes. Pages and
lines written for the test; near misses must stay."""

from __future__ import annotations

from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- a newsletter's closing line promising a readers' column -------------------------------------------------------------


def test_a_closing_line_promising_to_answer_the_replies_in_an_issue_to_come_stays():
    for line in (
        "That's it for this week. If you have a question about the terminal that I didn't answer, hit reply — I read "
        "everything, and I'll round up the best ones next Tuesday. — Jo",
        "That's all from me. Just hit reply with your questions about the piers and we will answer a few in next "
        "week's issue.",
    ):
        assert cleaned([*FERRY_STORY, line]) == [*FERRY_STORY, line], line
    # near misses: a call that only asks, or promises an answer to the one who writes, still goes
    for tail in (
        ["That's it for this week. If you have a tip about the ferry, just hit reply."],
        ["That's it for this week. Reply to this email — I read every one.", "— Jo"],
        ["That's it for today. Hit reply with your questions and I'll get back to you next week."],
    ):
        assert cleaned([*FERRY_STORY, *tail]) == FERRY_STORY, tail


# -- a quote block between two short paragraphs of the story ------------------------------------------------------------

_QUOTE = (
    "<figure><blockquote>“I have dived under worse piers, but not many, and none that still had a ferry tied to "
    "them.”</blockquote><figcaption>— Salvage diver Petra Vandermolen</figcaption></figure>"
)
_BEFORE = "<p>The divers went down under the north quay four times over the weekend.</p>"
_AFTER = "<p>The board will vote on the rebuilding contract on March 3. Bids close in February.</p>"


def _story(body: str) -> str:
    return page_text(f"<article><h1>Quay to be rebuilt</h1>{body}</article>")


def test_a_quote_block_between_short_paragraphs_after_the_storys_prose_stays():
    text = _story(f"{QUAY_STORY}{_BEFORE}{_QUOTE}{_AFTER}")
    assert "none that still had a ferry tied to them" in text, text
    assert "Salvage diver Petra Vandermolen" in text
    # near misses: lines beside it short of a sentence (a testimonial on a page selling something) …
    text = _story(f"{QUAY_STORY}<p>Our members love the quay.</p>{_QUOTE}<p>Join the club today!</p>")
    assert "none that still had a ferry tied to them" not in text, text
    # … or a quote block set before the story's prose, stay out
    text = _story(f"{_BEFORE}{_QUOTE}{_AFTER}{QUAY_STORY}")
    assert "none that still had a ferry tied to them" not in text, text
    assert "Paragraph 5 of the story" in text


# -- a body's nondiscrimination notice ---------------------------------------------------------------------------------


def test_a_bodys_nondiscrimination_notice_goes():
    assert_rule_takes(
        "nondiscrimination notice",
        [
            "Harbour Valley School District does not discriminate in any programs or activities on the basis of sex, "
            "race, creed, religion, color, national origin, age, disability, or the use of a trained dog guide or "
            "service animal.",
            "Fenwick Community College does not discriminate on the basis of race, color, national origin, sex, "
            "disability or age in its programs and activities.",
        ],
        [
            # reported
            "The district does not discriminate on the basis of race, color, sex or religion, its lawyer said.",
            # two grounds are no notice's list
            "The club does not discriminate on the basis of age or sex in its youth teams.",
            # the line goes on past the list
            "The college does not discriminate on the basis of race, color or sex. The complaint was dismissed in "
            "May, and the student has appealed.",
            # a story's line that opens on no name
            "Under the new law, landlords do not discriminate on the basis of income, age, or family status.",
        ],
    )
