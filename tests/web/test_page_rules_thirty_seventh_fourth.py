"""Rules from the blind page set pages_final124 (measured once on 56f9029; bot.web.page_end_mark, page_rules): the headed
boxes after the block a release's end mark closes go; a game listing with each side's probable starter in brackets and
the time before the day goes as the schedule box's line; a box score's notes run together as scoring codes and dashes
go. Pages and lines written for the test; near misses must stay."""

from __future__ import annotations

from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- headed boxes after a release's end mark ----------------------------------------------------------------------------

_TIP = (
    '<div class="tipbox"><h3>Harbour safety tip</h3><p>Wear a life jacket whenever you are on the pontoons, check the '
    "tide tables before you walk the breakwater, and keep children away from the edge of the quay at all times.</p></div>"
)


def _release(mark: str, story: str = QUAY_STORY) -> str:
    return (
        f'<div class="wrap"><div class="item"><h1>Quay to be rebuilt</h1><div class="body">{story}<p>{mark}</p></div>'
        f"</div>{_TIP}</div>"
    )


def test_a_headed_box_after_the_block_a_release_end_mark_closes_goes():
    for mark in ("###", "-30-", "<strong>###</strong>"):
        text = page_text(_release(mark))
        assert "north quay next spring" in text
        assert "life jacket" not in text, mark
    # (a box after a section break's stars, or with no mark, stays)
    assert "life jacket" in page_text(_release("* * *"))
    # (a mark closing a short block is a section break, not a release's end)
    short = "<p>The harbour board met on Tuesday.</p>"
    assert "life jacket" in page_text(_release("###", short) + f'<div class="more">{QUAY_STORY}</div>')
    # (a mark with the text going on after it in its block closes nothing)
    going_on = (
        QUAY_STORY + "<p>###</p><p>The board meets again in May to choose a contractor for the work.</p>"
    )
    assert "life jacket" in page_text(f'<div class="wrap"><div class="body">{going_on}</div>{_TIP}</div>')


# -- a game listing with the starters in brackets, the time before the day ------------------------------------------------


def test_a_game_listing_with_the_starters_and_the_time_first_goes():
    assert_rule_takes(
        "game listing with its broadcast",
        [
            "Fenwick (RHP Ana Ruiz, 8-7, 4.12 ERA) at Marlow (LHP Dan Cole, 6-9, 4.58), 7:05 p.m. Wednesday, Quay Park. "
            "TV: Harbour Sports. Radio: 1340 AM.",
            "Marlow State at Colfax, 6 p.m. Friday. Radio: 98.1 FM.",
        ],
        [
            "Fenwick (RHP Ana Ruiz, 8-7, 4.12 ERA) at Marlow (LHP Dan Cole, 6-9, 4.58), 7:05 p.m. Wednesday, Quay Park.",
            "Fenwick at Marlow drew a crowd of 8,000 at 7:05 p.m. Wednesday, the club said. TV: none.",
        ],
    )
    assert (
        cleaned(
            [
                *FERRY_STORY,
                "Fenwick (RHP Ana Ruiz, 8-7) at Marlow (LHP Dan Cole, 6-9), 1:10 p.m. Sunday. TV: Harbour Sports.",
            ]
        )
        == FERRY_STORY
    )


# -- a box score's coded notes ------------------------------------------------------------------------------------------


def test_a_box_scores_coded_notes_go():
    assert_rule_takes(
        "box score's coded notes",
        [
            "E—Ruiz. 2B—Cole, Amis. HR—Pell (11), Ward (19). SB—Hsu. T—2:31. A—18,442.",
            "E-Ruiz (4). LOB-Marlow 5, Fenwick 7. DP-Fenwick 2.",
        ],
        [
            "HR—Pell (11). The crowd of 18,442 stayed to the end.",
            "E—Ruiz. 2B—Cole.",
            "The A-list came. T-shirts sold out. S-curves were everywhere.",
        ],
    )
