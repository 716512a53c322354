"""Rules from the blind page set pages_final161 (measured once on 7571c299; bot.web.page_lines, page_rules, page_boxes):
a newsletter's sign-off asking for the writer's slips as the reader would find them ("If you spot something I got
wrong, hit reply"), a line sending questions about the story's thing to a public office by its number before offering
the site ("… can go to the city's works desk at …, or to us at …") and a report "mailed with the summer newsletter" stay;
a feedback call about the site itself, a hit counter with the date it counts from, and two cards in a mailer's archive
whose buttons name them, leading to the sender's site the archive's address names, go. Pages and lines written for the
test; near misses must stay."""

from __future__ import annotations

from bot.web.article import extract_article
from bot.web.page_rules import furniture_rule
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned

# -- lines kept ---------------------------------------------------------------------------------------------------------


def test_a_sign_off_asking_for_the_slips_the_reader_finds_stays():
    sign_off = "That's it for this week. If you catch a mistake I made, hit reply — I read every one."
    assert cleaned([*FERRY_STORY, sign_off, "Maggie"]) == [*FERRY_STORY, sign_off]
    # near miss: a call for tips under the same sign-off goes with the signature, as before
    tips = "That's it for this week. If you spot a story I should chase, hit reply — I read every one."
    assert cleaned([*FERRY_STORY, tips, "Maggie"]) == FERRY_STORY


def test_questions_about_the_storys_thing_sent_to_an_office_before_the_site_stay():
    line = "Questions about the quay works can go to the harbour board's engineering desk at 555-201-0143, or to us at hello@quayfriends.org."
    assert furniture_rule(line) is None
    # near misses: the site first, or the site's own desk, stay its furniture
    assert furniture_rule(
        "Questions about the quay works can go to us at 555-201-0143 or hello@quayfriends.org."
    )
    assert furniture_rule(
        "Questions about the quay works can go to the news desk at 555-201-0143 or news@quay.com."
    )


def test_a_report_mailed_with_a_newsletter_issue_stays():
    line = "Thanks to all of our members who answered the survey. The full results will be mailed with the autumn newsletter and shown at the annual meeting."
    assert furniture_rule(line) is None
    assert furniture_rule("Sign up with your email to get our newsletter in your inbox.") == "call to action"


# -- lines dropped ------------------------------------------------------------------------------------------------------


def test_a_feedback_call_about_the_site_itself_goes():
    assert_rule_takes(
        "widget line",
        [
            "Share your feedback to help improve our website!",
            "Help us improve our new site: take a short survey.",
        ],
        [
            "Share your feedback on the quay plan on our website by Friday.",
            "Residents can share feedback online.",
        ],
    )


def test_a_hit_counter_with_the_date_it_counts_from_goes():
    assert_rule_takes(
        "site credit",
        ["Visitor counter: 004127 since June 3, 1999", "Hits: 8,211 since 2002"],
        [
            "Visitors: 4,000 since the gates opened",
            "Visits to the clinic: 900 since May 2021, the board said.",
        ],
    )


# -- cards in a mailer's archive whose buttons lead to the sender's site --------------------------------------------------


def _card(label: str, name: str, host: str) -> str:
    return (
        f"<table><tr><td><img src='https://cdn.example.net/{name}.jpg' alt=''><p><strong>{label}</strong></p>"
        f"<h3>{name}</h3><p>{name} is a quiet old dog who likes the harbour wall, long naps and the smell of the fish "
        f"quay.</p><p><a href='https://{host}/dogs/{name.lower()}'>Meet {name} →</a></p></td></tr></table>"
    )


def _archive(host: str) -> str:
    half = len(QUAY_STORY) // 2
    cards = _card("DOG OF THE WEEK", "Moss", host), _card("ALSO WAITING FOR A HOME", "Pike & Juno", host)
    page = (
        "<html><head><title>Quay news</title><link rel='canonical' href='https://mailer.example/quayrescue/spring'>"
        f"</head><body><div><h1>Quay to be rebuilt</h1>{QUAY_STORY[:half]}{cards[0]}{QUAY_STORY[half : half + 400]}"
        f"{cards[1]}{QUAY_STORY[half + 400 :]}</div></body></html>"
    )
    return extract_article(page, "https://mailer.example/quayrescue/spring").text


def test_two_cards_leading_to_the_senders_site_the_address_names_go():
    text = _archive("quayrescue.org")
    assert "quiet old dog" not in text, text
    assert "Paragraph 5 of the story" in text
    # near miss: two cards leading to a site the address does not name (a shop's) stay
    assert "Moss is a quiet old dog" in _archive("fishquaydogs.net")
