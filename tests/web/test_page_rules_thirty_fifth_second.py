"""Rules from the blind page sets pages_final116 and pages_final117 (measured once on e41e134; bot.web.page_rules,
page_lines, page_boxes, page_columns): a copyright line closing on its owner's legal form, or in brackets, goes; a
scoreboard's line of a game's stage and its score beside a table goes; a gridiron box score's scoring play goes; a call
to stay up to date by following a platform goes; a profile's follower count goes; a trivia box's "Did you know?" line
goes; a venue's opening hours go; a poster's note naming the paste above the pasted headline goes; a call box whose
button stands in a buttons block goes; a card whose heading and paragraph stand in their own box beside its button goes;
the replies after a "Replies" label among a thread's posts go; a post pager's links go with the neighbours' titles; a
look-back column's box after the text goes; a side column whose boxes open their own cells on a bold heading goes; a
band of short headed boxes after the text goes. Pages and lines written for the test; near misses must stay."""

from __future__ import annotations

from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

_STORY = f"<div><h1>Quay to be rebuilt</h1>{QUAY_STORY}</div>"


# -- lines ------------------------------------------------------------------------------------------------------------


def test_a_copyright_line_closing_on_its_owners_legal_form_goes():
    assert cleaned([*FERRY_STORY, "[Copyright Harbour Wire Service, Ltd.]"]) == FERRY_STORY
    assert_rule_takes(
        "copyright line with its owner's legal form",
        [
            "[Copyright Harbour Wire Service, Ltd.]",
            "Copyright Tidewater Media Group Inc.",
            "[Copyright Kestrel Press]",
        ],
        [
            # (a sentence goes on past the owner, and a name in lower case is no owner's)
            "Copyright Licensing Agency Ltd. said it would appeal the ruling.",
            "Copyright law firms Ltd.",
            "Copyright claims rose sharply, the agency said.",
        ],
    )


_SCORING = [
    "| Min | Team | Score |",
    "| 12' | Rovers | 7-0 |",
    "| 31' | Saints | 7-9 |",
    "| 38' | Rovers | 14-9 |",
]


def test_a_scoreboards_line_of_the_stage_and_the_score_beside_a_table_goes():
    for line in (
        "Half-time: Harbour Rovers 14-9 Quayside Saints",
        "Full-time: Harbour Rovers 21-17 Quayside Saints",
        "FT | Rovers lead 2-1",
    ):
        assert cleaned([*FERRY_STORY, *_SCORING, line]) == [*FERRY_STORY, *_SCORING]
    status = "Final/OT · Rovers win series 4-2"
    assert cleaned([FERRY_STORY[0], status, *_SCORING, *FERRY_STORY[1:]]) == [
        FERRY_STORY[0],
        *_SCORING,
        *FERRY_STORY[1:],
    ]
    # (a live blog's post headed in the same words, away from a table, stays)
    heading = "Full time: Harbour Rovers 21-17 Quayside Saints"
    assert heading in cleaned([*FERRY_STORY[:1], heading, *FERRY_STORY[1:]])
    # (beside a table, a sentence putting a verb between the names or going on past the score stays)
    for line in (
        "Half-time: Rovers led 14-9 and the crowd was restless.",
        "At half-time the score was 14-9.",
        "Final: the council voted 7-2 to approve the plan.",
    ):
        assert line in cleaned([*FERRY_STORY, *_SCORING, line])


def test_a_gridiron_box_scores_scoring_play_goes():
    row = "| 3rd | 04:10 | HAR | Jalen Voss 27 yd pass from Theo Marsh (Quinn kick) | 14 | 21 |"
    table = ["| Qtr | Time | Team | Play | QUA | HAR |", row]
    assert row not in cleaned([*FERRY_STORY, *table])
    assert_rule_takes(
        "box score's scoring play",
        [row, "Kai Lindqvist 41 yd field goal", "Theo Marsh 3 yd run (Quinn kick)"],
        [
            # (a report writes the yards out, and a row of a table of other figures is no scoring play)
            "Jalen Voss caught a 27-yard pass from Theo Marsh in the third quarter.",
            "| Passing | Theo Marsh 21-30, 287 yds, 3 TD | Jo Ames 19-34, 214 yds |",
        ],
    )


def test_a_call_to_stay_up_to_date_by_following_on_a_platform_goes():
    call = "Stay up to date with Rovers Rugby by following @RoversRugby on X and Instagram."
    assert cleaned([*FERRY_STORY, call]) == FERRY_STORY
    # (fans keeping up in the past tense, and a call naming no platform, stay)
    for line in (
        "Fans stayed up to date by following the match on YouTube, the club said.",
        "Stay up to date with the harbour works by reading the board's minutes every month.",
    ):
        assert line in cleaned([*FERRY_STORY, line])


def test_a_profiles_follower_count_goes():
    assert_rule_takes(
        "profile's follower count",
        ["Curated by Quayside Local · 3.1K followers", "Harbour Notes | 12,400 subscribers"],
        ["The page has 3.1K followers.", "Quayside Local gained 3,100 followers in a week · the board said"],
    )


def test_a_trivia_boxs_did_you_know_line_goes():
    fact = "Did you know? Harbour seals can sleep underwater, surfacing to breathe without waking."
    assert cleaned([*FERRY_STORY, fact]) == FERRY_STORY
    assert_rule_takes(
        "trivia box's line",
        [fact, "Did you know: The old quay was built with timber from the wreck of a whaler."],
        [
            # (a writer asking the reader goes on in sentences, and a quoted question stays)
            "Did you know? I didn't either. The board never told anyone.",
            '"Did you know? The quay is older than the town," the harbour master said.',
        ],
    )


def test_a_venues_opening_hours_go():
    hours = "Open daily 9 a.m. – 5 p.m. (last admission 4 p.m.)"
    assert cleaned([*FERRY_STORY, hours]) == FERRY_STORY
    assert_rule_takes(
        "opening hours",
        [
            hours,
            "Open daily 10am – 6pm (last entry 5pm). Glasshouses close at 5.30pm.",
            "Hours: Tuesday–Sunday, 10 a.m. to 4 p.m.",
        ],
        [
            # (a sentence names the place first, or goes on about something else after the times)
            "The museum is open daily 9 a.m. – 5 p.m.",
            "Open daily 9 a.m. – 5 p.m. The council said it would review the hours in spring.",
        ],
    )


def test_a_posters_note_naming_the_paste_above_the_pasted_headline_goes():
    headline = "Harbour board to close old ferry terminal"
    note = "Paywalled on their site, so here's the full text for anyone who can't get in."
    assert note not in cleaned([note, headline, *FERRY_STORY], title=headline)
    # (the same note above anything but the headline, and a line above the headline naming no paste, stay)
    assert note in cleaned([headline, note, *FERRY_STORY], title=headline)
    standfirst = "The terminal has served the island for ninety years."
    assert standfirst in cleaned([standfirst, headline, *FERRY_STORY], title=headline)


# -- boxes ------------------------------------------------------------------------------------------------------------


def test_a_call_box_whose_button_stands_in_a_buttons_block_goes():
    pitch = "Our autumn drive ends Friday. Local news like this is free because readers like you chip in. Will you give?"
    box = (
        f'<div class="group"><p><strong>{pitch}</strong></p>'
        '<div class="buttons"><div class="button"><a href="/donate/">Donate now</a></div></div></div>'
    )
    cut = QUAY_STORY.index("<p>", len(QUAY_STORY) // 2)
    text = page_text(f"<div><h1>Quay</h1>{QUAY_STORY[:cut]}{box}{QUAY_STORY[cut:]}</div>")
    assert "north quay" in text and pitch not in text
    # (a buttons block holding two links, or a wrapper with text of its own, is no button beside the paragraph)
    two = box.replace(
        '<div class="button"><a href="/donate/">Donate now</a></div>',
        '<a href="/a">Give</a><a href="/b">Join</a>',
    )
    assert pitch in page_text(f"<div><h1>Quay</h1>{QUAY_STORY[:cut]}{two}{QUAY_STORY[cut:]}</div>")


def test_a_card_whose_heading_and_paragraph_stand_beside_its_button_goes():
    blurb = (
        "Download the full survey with pier-by-pier findings for all twelve harbours. Registration required."
    )
    card = (
        '<div class="prompt"><div class="icon"><svg width="32" height="32"></svg></div>'
        f'<div class="text"><h3>Free Report: Harbour Piers Survey</h3><p>{blurb}</p></div>'
        '<a class="btn btn-primary" href="/reports/piers?gate=1">Download the PDF</a></div>'
    )
    cut = QUAY_STORY.index("<p>", len(QUAY_STORY) // 2)
    text = page_text(f"<div><h1>Quay</h1>{QUAY_STORY[:cut]}{card}{QUAY_STORY[cut:]}</div>")
    assert "north quay" in text and blurb not in text and "Free Report" not in text
    # (the same card with a plain link, not styled as a button, stays: a link may be the story's own)
    plain = card.replace(' class="btn btn-primary"', "")
    assert blurb in page_text(f"<div><h1>Quay</h1>{QUAY_STORY[:cut]}{plain}{QUAY_STORY[cut:]}</div>")


def _post(who: str, text: str) -> str:
    return (
        f'<div class="post"><div class="head"><span>{who}</span> <span>@{who}.example</span> · <span>Aug 13</span></div>'
        f'<div class="body">{text}</div><div class="bar"><button>Reply</button></div></div>'
    )


_THREAD = [
    f"({i}/6) The harbour board voted on Tuesday to close the old ferry terminal in June, after a survey found "
    "corrosion in two of its piers. Passengers will use a temporary pontoon at the fish quay until the new terminal "
    "opens in 2028, the board said, and the timetable will not change."
    for i in range(1, 7)
]
_REPLIES = [
    "The pontoon floods every spring tide. Good luck with that.",
    "We will be running a minibus from the car park, message us.",
    "They looked at that in 2021 and the numbers did not add up.",
]


def test_the_replies_after_a_replies_label_among_a_threads_posts_go():
    posts = "".join(_post("reporter", t) for t in _THREAD)
    replies = "".join(_post(who, t) for who, t in zip(("ann", "bus", "reporter"), _REPLIES, strict=True))
    label = '<div class="post-label"><div>Replies</div></div>'
    text = page_text(
        f"<main><h1>Ferry terminal to close</h1><div class='thread'>{posts}{label}{replies}</div></main>"
    )
    assert all(t in text for t in _THREAD)
    assert not any(r in text for r in _REPLIES)
    # (with no label between them, the posts of one kind are one thread and stay)
    text = page_text(
        f"<main><h1>Ferry terminal to close</h1><div class='thread'>{posts}{replies}</div></main>"
    )
    assert all(r in text for r in _REPLIES[:1])


def test_a_post_pagers_links_go_with_the_neighbours_titles():
    pager = (
        '<section class="pagination"><a href="/news/otters"><span>Previous</span><h2>Otters move into the new pool'
        '</h2></a><a href="/news/nights"><span>Next</span><h2>Summer evenings at the harbour return</h2></a></section>'
    )
    after = (
        '<section class="more"><h2>Harbour news</h2><p>The harbour office on Pier Road answers questions about '
        "moorings, permits and the works every weekday morning.</p></section>"
    )
    post = (
        f'<article><h1>Quay to be rebuilt</h1><div class="content">{QUAY_STORY}</div>{pager}{after}</article>'
    )
    text = page_text(post)
    assert "north quay" in text
    assert "Otters move into the new pool" not in text and "Summer evenings" not in text
    # (a link whose label runs into its words, "Next steps for the quay …", is no pager's)
    other = '<p><a href="/news/steps"><span>Next steps</span> <span>for the quay are in the board plan</span></a></p>'
    cut = QUAY_STORY.index("<p>", len(QUAY_STORY) // 2)
    text = page_text(f"<div><h1>Quay</h1>{QUAY_STORY[:cut]}{other}{QUAY_STORY[cut:]}</div>")
    assert "Next steps for the quay are in the board plan" in text


def test_a_look_back_columns_box_after_the_text_goes():
    items = (
        "<b>FROM THE FILES</b><br><b>25 YEARS AGO (1999)</b><br>The harbour board voted to paint the lighthouse red "
        "and white for the first time.<br><br><b>50 YEARS AGO (1974)</b><br>A storm tore the roof from the fish "
        "market on Quay Street."
    )
    box = f'<table border="1"><tr><td>{items}</td></tr></table>'
    text = page_text(f"<div><h1>Quay to be rebuilt</h1>{QUAY_STORY}{box}</div>")
    assert "north quay" in text and "lighthouse red" not in text and "roof from the fish" not in text
    # (one dated label is a story's own part, and stays)
    one = '<table border="1"><tr><td><b>25 YEARS AGO (1999)</b><br>The harbour board voted to paint it.</td></tr></table>'
    assert "paint it" in page_text(f"<div><h1>Quay to be rebuilt</h1>{QUAY_STORY}{one}</div>")


_CALENDAR = (
    "<table><tr><td><b>June 13</b></td><td>Pancake breakfast at the fire hall, 7-11 a.m.</td></tr>"
    "<tr><td><b>June 20</b></td><td>Strawberry social at the park pavilion, 4-7 p.m.</td></tr></table>"
)


def _left_column(boxes: str) -> str:
    story = f"<b>Quay to be rebuilt</b><br>{QUAY_STORY}"
    return f"<table><tr><td><table>{boxes}</table></td><td>{story}</td></tr></table>"


def test_a_side_column_whose_boxes_open_their_own_cells_on_a_bold_heading_goes():
    boxes = (
        '<tr><td><b>OTHER STORIES THIS WEEK</b><br><a href="/a.html">Commissioners buy a road grader</a><br>'
        '<a href="/b.html">Bulldogs fall in the sectional final</a></td></tr>'
        f"<tr><td><font><b>COMMUNITY CALENDAR</b></font><br>{_CALENDAR}</td></tr>"
    )
    text = page_text(_left_column(boxes))
    assert "north quay" in text and "Strawberry social" not in text
    # (one such box beside the story may be its own, and stays)
    one = f"<tr><td><font><b>COMMUNITY CALENDAR</b></font><br>{_CALENDAR}</td></tr>"
    assert "Strawberry social" in page_text(_left_column(one))


def test_a_band_of_short_headed_boxes_after_the_text_goes():
    band = (
        '<section class="band"><div><h2>Plan Your Visit</h2><p>Open every day but Christmas.</p>'
        "<p><strong>Friends of the harbour ride free all year.</strong></p></div>"
        "<div><h3>Getting Here</h3><p>Pier Road, Quayside</p><p>Parking on the fish quay</p></div></section>"
    )
    text = page_text(
        f'<article><h1>Quay to be rebuilt</h1><div class="content">{QUAY_STORY}</div>{band}</article>'
    )
    assert "north quay" in text and "ride free all year" not in text
    # (the same boxes inside the text's box are the story's own, and stay)
    cut = QUAY_STORY.index("<p>", len(QUAY_STORY) // 2)
    inside = (
        f"<main><article><div><h1>Quay</h1>{QUAY_STORY[:cut]}{band}{QUAY_STORY[cut:]}</div></article></main>"
    )
    assert "ride free all year" in page_text(inside)
