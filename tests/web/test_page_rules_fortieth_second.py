"""Rules from the blind page sets pages_final131 and pages_final132 (measured once on f384e21; bot.web.page_lines,
page_rules, page_boxes): a sign-off heading over a line that reports someone's words is a live blog's last post and
stays; a paragraph of three sentences or more that mentions a newsletter without calling the reader to it stays; a short
pull quote giving a figure the page gives nowhere else is the story's; a follow call naming whom to stay connected
with, or asking to tag the outlet, goes; a cricket scorecard's fall of wickets and bowling figures go; a paywall's
label over its notice goes with it; a call to text the show by a number goes; a gallery's credit "<Kind> photos
courtesy of …" and its label's bracketed call to enlarge go; a summary box's "Quick take: …" opening the text goes.
Pages and lines written for the test; near misses must stay."""

from __future__ import annotations

from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- a sign-off heading over the story's news ---------------------------------------------------------------------------


def test_a_sign_off_heading_over_reported_news_stays():
    last = (
        "The harbour master said the pontoon would reopen at first light. Thanks for following along; our full story "
        "will be on the front page in the morning."
    )
    lines = [*FERRY_STORY, "That's it for tonight", last]
    assert cleaned(lines) == lines
    # near miss: a newsletter's sign-off over its signature and credits still goes
    signed = [
        *FERRY_STORY,
        "That's it for this week.",
        "— Rachel",
        "The Quay Letter is written by Rachel Orr.",
    ]
    assert cleaned(signed) == FERRY_STORY


# -- a newsletter named in a paragraph of the writer's own -------------------------------------------------------------


def test_a_paragraph_naming_the_next_newsletter_is_no_call():
    closing = (
        "Thank you again. I hope to see many of you on the quay when it reopens, which we plan to mark with a band. "
        "Details will follow in the autumn newsletter."
    )
    assert cleaned([*FERRY_STORY, closing]) == [*FERRY_STORY, closing]
    # near misses: the calls themselves still go, one sentence or three
    for call in (
        "Enjoyed this? Our newsletter lands every Friday. Sign up here.",
        "Sign up for our newsletter to get the harbour news in your inbox.",
        "Never miss an update. The Quay Letter comes out weekly. Subscribe to our newsletter today.",
        "Get the Quay Times delivered! Home delivery is just $2 a week. Call 555-0100 or subscribe online.",
    ):
        assert cleaned([*FERRY_STORY, call]) == FERRY_STORY, call


# -- a short pull quote giving a figure said nowhere else --------------------------------------------------------------


def _with_pull_quote(line: str, story: str = QUAY_STORY) -> str:
    cut = story.index("<p>Paragraph 3")
    return page_text(
        f"<article><h1>Quay to be rebuilt</h1><div class='body'>{story[:cut]}"
        f"<div class='pullquote'><p>{line}</p></div>{story[cut:]}</div></article>"
    )


def test_a_pull_quote_giving_a_figure_said_nowhere_else_is_the_storys():
    line = "The board saved about $61,500 in the first year, mostly on diesel and divers."
    assert line in _with_pull_quote(line)
    # near misses: a pull quote lifting the story's figure, or giving none, still goes (once, in its paragraph)
    told = (
        QUAY_STORY + "<p>The board saved about $61,500 in the first year, its treasurer told the meeting.</p>"
    )
    assert _with_pull_quote(line, told).count("$61,500") == 1
    bare = "The board saved money in the first year, mostly on diesel and divers."
    assert bare not in _with_pull_quote(bare)


# -- line rules ----------------------------------------------------------------------------------------------------------


def test_a_follow_call_naming_whom_to_stay_connected_with_goes():
    assert_rule_takes(
        "call to action",
        [
            "Stay connected with the Harbour Board on X, Facebook and Instagram.",
            "Keep in touch with Quay Radio on WhatsApp.",
            "Tag us on Instagram with your catch.",
        ],
        [
            "Stay connected with family on WhatsApp during the outage, officials urged.",
            "Fishermen stayed connected with the harbour on WhatsApp all winter.",
            "She tagged the bakery on Instagram after the opening.",
        ],
    )


def test_a_recipe_cards_prompt_run_into_a_longer_tag_call_goes():
    assert_rule_takes(
        "recipe card's call to tag the outlet",
        [
            "Made this dish?Tag @quaykitchen on Instagram and let us know how it went, we love seeing your suppers!",
            "Tried this recipe? Tag us on Instagram and show us your crab cakes, we share our favourites every week.",
        ],
        [
            "Tried this recipe? The chef says most cooks add too much salt and never taste the broth before serving it.",
        ],
    )


def test_a_cricket_scorecards_fall_of_wickets_and_bowling_go():
    assert_rule_takes(
        "cricket scorecard's line",
        [
            "Fall of wickets: 1-4, 2-30, 3-31, 4-88, 5-140",
            "| Fall of wickets: 1-12 (Hale), 2-19 (Orr, 5.2 ov) | | | |",
            "Quayside bowling: Tom Orr 8-1-30-2, Sam Lim 6-0-41-1, Jo Hale 5.3-2-12-4",
            "| Bowling: Orr 8-1-30-2; Lim 6-0-41-1 | | |",
        ],
        [
            "Fall of wickets: the collapse came after tea, when three fell for four runs.",
            "Orr took 2 for 30 and Lim 1-41.",
            "Bowling: Tom Orr was the pick of the attack.",
        ],
    )


def test_a_paywalls_label_goes_with_its_notice():
    gate = ["Subscribers only", "Keep reading with a Quay Times subscription", "Subscribe now"]
    assert cleaned([*FERRY_STORY, *gate]) == FERRY_STORY
    # near misses: a line of the story's over the notice, or the label away from it, stays
    divers = "The divers found rot in twelve piles."
    assert cleaned([*FERRY_STORY, divers, *gate[1:]]) == [*FERRY_STORY, divers]
    inside = [FERRY_STORY[0], gate[0], *FERRY_STORY[1:]]
    assert cleaned(inside) == inside


def test_a_call_to_text_the_show_by_a_number_goes():
    assert_rule_takes(
        "call to reach the studio",
        [
            "Text us on 81234 (start your message with QUAY) or use #QuayLive on social media.",
            "Text us on 60111 or use #HarbourTalk.",
        ],
        [
            "Text us on 81234 to win tickets, the promoter said.",
            "Fishermen were told to text us on 81234 for berth changes.",
        ],
    )


def test_a_gallerys_credit_and_bracketed_enlarge_call_go():
    assert_rule_takes(
        "photo credit",
        [
            "Booking photos courtesy of the Quay County Detention Center.",
            "Photos courtesy of the family.",
        ],
        [
            "Photos courtesy of the museum show the quay in 1920.",
            "Archive photos courtesy of the board were shown at the meeting.",
        ],
    )
    assert_rule_takes(
        "gallery's note to enlarge its pictures",
        ["Booking Photos (click any photo to enlarge)", "Photo gallery (tap an image to view it full size)"],
        ["The photos (click to enlarge) show the rot below the waterline."],
    )


def test_a_summary_boxs_quick_take_opening_the_text_goes():
    take = "Quick take: The harbour board will close the old ferry terminal in June after finding corroded piers."
    assert cleaned([take, *FERRY_STORY]) == FERRY_STORY
    # near misses: the line lower in the text, or of two sentences, or a brevity page's own label, stays
    assert cleaned([*FERRY_STORY[:1], take, *FERRY_STORY[1:]]) == [*FERRY_STORY[:1], take, *FERRY_STORY[1:]]
    two = take + " Passengers will use a pontoon."
    assert cleaned([two, *FERRY_STORY]) == [two, *FERRY_STORY]
    why = "Why it matters: The terminal carries 4,000 passengers a day in summer."
    assert cleaned([why, *FERRY_STORY]) == [why, *FERRY_STORY]
