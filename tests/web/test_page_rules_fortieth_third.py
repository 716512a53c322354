"""Rules from the blind page set pages_final133 (measured once on a5ae16e; bot.web.page_boxes, page_rules, page_mail):
an aside of one paragraph opening on a bold run-in label, right between two of the text's paragraphs, is the story's
explainer and stays; a sentence sending questions about a thing of the story's to someone other than the site is the
story's, its address or not; a call to support the outlet with a subscription goes; a sponsor's line naming its title
("– Proud Supporter of …", "the Official Bank of …") goes; a list poster's note signed over a bare rule, naming the
press release under it, goes. Pages and lines written for the test; near misses must stay."""

from __future__ import annotations

from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- an aside of the story's explainer ----------------------------------------------------------------------------------

_EXPLAINER = (
    "<strong>How the rebuild works:</strong> Divers cut each rotten pile off at the seabed, crews drive a steel sleeve "
    "over the stump and pour concrete into it, and the deck goes back on timber that was saved from the old quay."
)


def _with_aside(aside: str, *, at_end: bool = False) -> str:
    cut = len(QUAY_STORY) if at_end else QUAY_STORY.index("<p>Paragraph 3")
    return page_text(
        f"<article><h1>Quay to be rebuilt</h1><div class='body'>{QUAY_STORY[:cut]}"
        f"<aside class='note'><p>{aside}</p></aside>{QUAY_STORY[cut:]}</div></article>"
    )


def test_an_aside_of_one_paragraph_under_a_run_in_label_is_the_storys():
    assert "Divers cut each rotten pile off at the seabed" in _with_aside(_EXPLAINER)
    # (the label run in with its colon after the bold)
    after = _EXPLAINER.replace("works:</strong>", "works</strong>:")
    assert "Divers cut each rotten pile off at the seabed" in _with_aside(after)
    # near misses: no run-in label, a label naming the writer, a call to the reader, or the same aside after the text
    for aside in (
        "Jo Hale has covered the harbour for twelve years and once spent a winter living on a trawler off the point.",
        "<strong>About the reporter:</strong> Jo Hale has covered the harbour for twelve years and once spent a "
        "winter on a trawler.",
        "<b>Newsletter:</b> Get the harbour briefing in your inbox every weekday morning before the first ferry "
        "leaves the quay.",
    ):
        text = _with_aside(aside)
        assert "twelve years" not in text and "harbour briefing" not in text, aside
    assert "Divers cut each rotten pile" not in _with_aside(_EXPLAINER, at_end=True)


# -- line rules ----------------------------------------------------------------------------------------------------------


def test_questions_about_the_storys_subject_sent_elsewhere_stay():
    closing = (
        "Questions about the closures can be directed to the Harbour Board at 555-0182 or quay@harbourboard.example, "
        "Monday through Friday, 8 a.m. to 4 p.m."
    )
    assert cleaned([*FERRY_STORY, closing]) == [*FERRY_STORY, closing]
    # near misses: questions about the site's own things, or about nothing named, still go
    for line in (
        "Questions about your subscription can be directed to circulation@quaytimes.example.",
        "Questions about this story can be directed to newsdesk@quaytimes.example.",
        "Questions or comments can be directed to editor@quaytimes.example.",
        "Questions about the closures can be directed to us at quay@quaytimes.example.",
    ):
        assert cleaned([*FERRY_STORY, line]) == FERRY_STORY, line


def test_a_call_to_support_the_outlet_with_a_subscription_goes():
    assert_rule_takes(
        "appeal for support",
        [
            "Thank you for relying on us to keep you informed about the harbour. Please consider supporting the "
            "Quay Times with a subscription.",
            "Please consider supporting our newsroom with a digital subscription.",
            "Consider supporting Harbour Voice by taking out a subscription today.",
        ],
        [
            "Please consider supporting the food bank with a donation.",
            "Fans should consider supporting the Quay Players with a season subscription, the director said.",
            "The club asked members to consider supporting the regatta. Its subscription drive ended in May.",
        ],
    )


def test_a_sponsors_line_naming_its_title_goes():
    assert_rule_takes(
        "sponsor read",
        [
            "Quay Rowing is presented by Harbour Motors – Proud Supporter of Quayside Athletics.",
            "The Gulls are sponsored by First Harbour Bank, the Official Bank of Quayside Athletics.",
            "Regatta coverage is brought to you by Pike Marine - official boat dealer of the Quay Regatta",
        ],
        [
            "The regatta is presented by the Harbour Arts Council.",
            "The regatta is sponsored by Pike Marine, the official sponsor of the league, which paid $4,000.",
            "The regatta is sponsored by Pike Marine, a proud supporter of the Quay Regatta, the organisers said.",
        ],
    )


# -- a list poster's note over a pasted release ---------------------------------------------------------------------


def test_a_posters_signed_note_over_a_bare_rule_naming_the_release_goes():
    note = [
        "Hello everyone. Below is the press release we sent to the papers this morning. Please pass it on to",
        "anyone on the quay who is not on this list.",
        "Nora",
    ]
    release = ["FOR IMMEDIATE RELEASE", "Harbour board to close old ferry terminal", *FERRY_STORY]
    kept = cleaned([*note, "----", *release])
    assert kept[-3:] == FERRY_STORY and not any("Nora" in ln or "press release" in ln for ln in kept)
    # near misses: a note naming no paste, or a rule under no signature, stays
    greeting = ["Hello everyone. Here is this week's news from the harbour.", "Nora"]
    assert greeting[0] in cleaned([*greeting, "----", *release])
    unsigned = ["Below is the press release the board sent to the papers this morning, in full."]
    assert unsigned[0] in cleaned([*unsigned, "----", *release])
