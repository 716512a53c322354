"""Rules from the blind page set pages_final167 (measured once on 3c57bb0f; bot.web.page_lines, page_rules,
page_lexicon): a reporter's tagline whose beat opens on the places it names, a post's own note that it may carry
affiliate links, a web ring's buttons naming the site they step to ("[Previous Site]"), a bracketed bar whose last
piece is the next page's title and a group archive's buttons under a message ("Reply all Reply to author Forward") go.
Pages and lines written for the test; near misses must stay."""

from __future__ import annotations

from tests.support.page_lines import FERRY_STORY, assert_rule_takes, cleaned

# -- a reporter's tagline whose beat opens on places -----------------------------------------------------------------------

_TAGLINE = (
    "Rhian Tolland covers Pembrey, Kidwelly and the villages of the estuary. She joined the paper in 2019 after five "
    "years at a radio station."
)


def test_a_reporters_tagline_whose_beat_opens_on_places_goes():
    assert cleaned([*FERRY_STORY, _TAGLINE]) == FERRY_STORY
    # near misses: a thing that covers places, or a person the story quotes, stays
    fund = "Harbour Fund Part C covers Pembrey and Kidwelly moorings. It was set up in 2010 by the board."
    assert fund in cleaned([*FERRY_STORY, fund])
    quoted = [
        *FERRY_STORY[:2],
        "“The pontoon will be lit every night,” said Rhian Tolland, the harbour master.",
        _TAGLINE,
    ]
    assert _TAGLINE in cleaned(quoted)


# -- a post's own note of affiliate links ------------------------------------------------------------------------------------


def test_a_posts_note_that_it_may_contain_affiliate_links_is_small_print():
    assert_rule_takes(
        "small print",
        [
            "This post may contain affiliate links. Please read my disclosure policy.",
            "This review contains affiliate links.",
        ],
        [
            "The posts contained affiliate links, the regulator said.",
            "This post may contain affiliate links, the regulator said, and must say so at the top.",
            "Affiliate links in posts are now under review.",
        ],
    )


# -- a web ring's buttons naming the site they step to ----------------------------------------------------------------------


def test_a_web_rings_buttons_naming_the_site_go():
    ring = "This site is a member of the Harbour Towns WebRing [Previous Site] [Random] [Next Site]"
    assert_rule_takes(
        "web ring's buttons", [ring], ["Our sites are listed below. [Previous Site] [Gallery] [Contact]"]
    )


# -- a bracketed bar whose last piece is the next page's title ---------------------------------------------------------------


def test_a_bracketed_bar_closing_on_the_next_pages_title_goes():
    bar = "[Back to Top] [More Harbour History] [Next: The Quay Lifeboat, 1890-1935]"
    links = frozenset({"more harbour history", "next the quay lifeboat 1890 1935"})
    assert cleaned([*FERRY_STORY, bar], links) == FERRY_STORY
    # near miss: a bar with one piece that is a link of the page stays
    assert bar in cleaned([*FERRY_STORY, bar], frozenset({"next the quay lifeboat 1890 1935"}))


# -- a group archive's buttons under a message -------------------------------------------------------------------------------


def test_a_group_archives_message_buttons_go():
    assert_rule_takes(
        "group archive's message buttons",
        ["Reply all Reply to author Forward", "Reply | Forward"],
        ["Reply all", "Forward", "Reply all, she wrote, and the whole school saw it."],
    )
