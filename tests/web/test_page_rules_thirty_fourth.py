"""Rules from the blind page sets pages_final110 and pages_final111 (measured once on d3c41d9; bot.web.page_lines,
page_rules, page_posts): a table's note closing on its source under a label goes; a bar of bracketed buttons with one
link to another page goes; a match report's player of the match and scorers' lines go; an old layout's side boxes after
the text go (a heading cell in capitals with the cells under it, a cell opening on its heading or label in capitals); a
line of nothing but labelled prices goes; the age run into a betting notice goes with it; a forum poster's closing note
in brackets under the story they pasted goes. From pages_final112 and pages_final113 (measured once on 05438c3;
page_boxes, page_lines): a run of posts' counters bars goes, so a one-sentence post is read; a "Replies 214" heading
over one list of posts goes with it; a thread of nested custom-element comments goes; a poster's lead-in above the
pasted headline goes; a heading over a table of labelled facts goes; a sponsors' table of names alone goes; a small
italic caption in a bare div under a picture goes. Pages and lines written for the test; near misses must stay."""

from __future__ import annotations

from bot.web.article import extract_article
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- a table's note closing on its source --------------------------------------------------------------------------------

_TABLE = [
    "| Candidate | Votes | Pct. |",
    "| Lydia Vance-Obi | 81,442 | 54.8% |",
    "| Curtis Dorsey | 67,190 | 45.2% |",
]


def test_a_tables_note_closing_on_its_source_under_a_label_goes():
    for note in (
        "Results as of 11:58 p.m. Source: Brennock County Elections Office",
        "Source: State Board of Elections.",
    ):
        assert cleaned([FERRY_STORY[0], *_TABLE, note, *FERRY_STORY[1:]]) == [
            FERRY_STORY[0],
            *_TABLE,
            *FERRY_STORY[1:],
        ]
    # (a paragraph under the table that goes on past the source's name, or the same note under no table, stays)
    going_on = (
        "Source: the county elections office, which said the count would resume at 9 a.m. on Wednesday."
    )
    assert going_on in cleaned([FERRY_STORY[0], *_TABLE, going_on, *FERRY_STORY[1:]])
    alone = "Results as of 11:58 p.m. Source: Brennock County Elections Office"
    assert alone in cleaned([FERRY_STORY[0], alone, *FERRY_STORY[1:]])


# -- a bar of bracketed buttons ------------------------------------------------------------------------------------------

_BAR = "[ Back to Top ] [ Front Page ] [ Printer Friendly Version ]"


def test_a_bar_of_bracketed_buttons_with_one_link_to_another_page_goes():
    # ("Back to Top" jumps within the page and "Printer Friendly Version" runs a script: neither is in the page's links)
    links = frozenset({"front page"})
    assert cleaned([*FERRY_STORY, _BAR], links) == FERRY_STORY
    # (no piece a link of the page, two pieces only, or a piece longer than a button: the bar stays)
    assert _BAR in cleaned([*FERRY_STORY, _BAR], frozenset({"city hall"}))
    assert "[ Back to Top ] [ Front Page ]" in cleaned(
        [*FERRY_STORY, "[ Back to Top ] [ Front Page ]"], links
    )
    long_piece = "[ Front Page ] [ The council will vote on the plan on Tuesday ] [ Print ]"
    assert long_piece in cleaned([*FERRY_STORY, long_piece], links)


# -- a match report's player of the match and scorers ------------------------------------------------------------------


def test_a_match_reports_player_of_the_match_and_scorers_go():
    assert_rule_takes(
        "match facts' line",
        [
            "Man of the match: Rhys Penhallow (Caldmoor Saints)",
            "Player of the game: Aoife Brennan",
            "Tries: Penhallow, Morcombe, Ashdown",
            "Tries: Aske, Ekwueme 2",
            "Cons: Tamblyn 3",
            "Pens: Tamblyn",
            "Goals: Okafor 23', 67'; Lindqvist 88'",
            "Scorers: Smith (pen), Jones",
        ],
        [
            # (a label over words that are no names, or a sentence that reports)
            "Goals: Reduce waiting lists and open two clinics",
            "Tries: the home side scored three in the second half.",
            "Man of the match: he was everywhere, and the crowd knew it.",
        ],
    )


# -- an old layout's side boxes after the text -----------------------------------------------------------------------------

_STORY = [
    f"Paragraph {i} of the newsletter's story says the membership voted on June 27 to ratify a new four-year "
    "agreement with the paper company, with wage increases every year and a higher pension multiplier for all."
    for i in range(4)
]
_SIDE_BOXES = [
    "| REMEMBER: Dues increase to 2.5 hours' pay per month takes effect with the first pay period in August. |",
    "| OFFICERS |",
    "| President: Walt Krzeminski Vice President: Tom Reinholt Treasurer: Gene Dufresne |",
    "| IN MEMORIAM |",
    "| The Local extends its sympathy to the family of Bro. Arnie Kessler, who passed away May 30. |",
    "| ENERGY SAVING TIP OF THE MONTH Clean or replace your furnace filter before the heating season starts. |",
    "| ALSO IN THIS ISSUE · Record crowd at the picnic | | SWAP SHOP FOR SALE: 14 ft. boat, $1,450. |",
]


def test_an_old_layouts_side_boxes_after_the_text_go():
    assert cleaned([*_STORY, *_SIDE_BOXES, "Local 418 · 1120 River Street · Cedar Bend"]) == [
        *_STORY,
        "Local 418 · 1120 River Street · Cedar Bend",
    ]
    # (the same cells above the text's last paragraph, a heading in lower case, a cell under no heading in capitals and
    # a data table's row stay)
    assert cleaned([*_STORY[:2], *_SIDE_BOXES[3:5], *_STORY[2:]]) == [
        *_STORY[:2],
        *_SIDE_BOXES[3:5],
        *_STORY[2:],
    ]
    kept = ["| In memoriam |", "| The Local extends its sympathy to the family of Bro. Arnie Kessler. |"]
    kept += ["| District 1 | Harlan Eide, President | Ostby |"]
    assert cleaned([*_STORY, *kept]) == [*_STORY, *kept]
    # (one box alone after the text may be the story's own: a timeline, a fact box)
    timeline = ["| TIMELINE |", "| June 27: Members vote 412 to 139 to ratify the agreement. |"]
    assert cleaned([*_STORY, *timeline]) == [*_STORY, *timeline]
    # (a story set one paragraph a row, its cells holding more words than the text above them, stays)
    cells = ["| IN BRIEF |", *(f"| {p} |" for p in _STORY[1:]), "| ALSO |", "| The picnic is on August 15. |"]
    assert cleaned([_STORY[0], *cells]) == [_STORY[0], *cells]


# -- a line of labelled prices -------------------------------------------------------------------------------------------


def test_a_line_of_nothing_but_labelled_prices_goes():
    assert_rule_takes(
        "price list",
        [
            "Tote: Win £5.60; Places £2.10, £1.50, £2.40. Exacta £16.90. Trifecta £71.30. CSF £15.82.",
            "Adults $12, Seniors $10, Students $8, Children $5, Family $30",
        ],
        [
            # (figures in a sentence, sums of news, fewer than five prices, a table's row)
            "Tickets are $7 for adults and $3 for children, $2 for seniors, $1 for students and $5 at the door.",
            "Revenue was $412.6 million, up from $349.7 million, $301 million, $288 million and $250 million.",
            "Win £5.60; Places £2.10, £1.50, £2.40.",
            "| Adult | $12 | Senior | $10 | Student | $8 | Child | $5 | Family | $30 |",
        ],
    )


# -- the age run into a betting notice ---------------------------------------------------------------------------------


def test_the_age_run_into_a_betting_notice_goes_with_it():
    assert_rule_takes(
        "betting notice",
        ["18+ Please gamble responsibly. When the fun stops, stop.", "18+ Please bet responsibly."],
        ["18+ fans please note the gates open at noon.", "18+ Please play the new course before it closes."],
    )


# -- a forum poster's closing note under the story they pasted ---------------------------------------------------------

_PASTED = [
    f"Paragraph {i} of the pasted story says the transit authority has tried to replace the 1987 minicomputer that "
    "runs the tram network three times, and that the third project is now scheduled to go live in 2027, four years "
    "late and well over its budget."
    for i in range(6)
]
_NOTE = "(Posted the full text because the paywall blocks most of Europe. Happy to remove if that's a problem, mods.)"


def _discussion(paste: list[str]) -> str:
    posts = [
        (
            "tramfan_82",
            "It's behind the paywall, so here's the text for anyone who can't read it:"
            + "".join(f"<p>{p}" for p in paste),
        ),
        ("kestrel_dev", "Thanks for posting. The bit about the spare parts is the whole story."),
        ("quietloop", "We only hear about the old systems that kept working.<p>Survivorship bias."),
    ]
    rows = "".join(
        f'<tr class="comtr"><td><span class="comhead"><a href="user?id={who}">{who}</a> '
        f'<a href="item?id={i}">3 hours ago</a></span><div class="comment"><div class="commtext">{text}</div>'
        f'<div class="reply"><a href="reply?id={i}">reply</a></div></div></td></tr>'
        for i, (who, text) in enumerate(posts)
    )
    return (
        "<html><head><title>Tram network still runs on a 1987 minicomputer | Linkboard</title></head><body>"
        '<table><tr><td><a href="https://courier.example/trams">Tram network still runs on a 1987 minicomputer</a> '
        '<span class="subline">487 points by <a href="user?id=tramfan_82">tramfan_82</a> | '
        '<a href="item?id=9">3 comments</a></span></td></tr></table>'
        '<form><textarea name="text"></textarea><input type="submit" value="add comment"></form>'
        f'<table class="comment-tree">{rows}</table></body></html>'
    )


def test_a_posters_closing_note_in_brackets_under_the_pasted_story_goes():
    url = "https://linkboard.example/item?id=9"
    assert extract_article(_discussion([*_PASTED, _NOTE]), url).text.split("\n\n") == _PASTED
    # (an aside in brackets inside the paste, or a closing paragraph in brackets as long as a paragraph, is the story's)
    inside = [*_PASTED[:3], _NOTE, *_PASTED[3:]]
    assert extract_article(_discussion(inside), url).text.split("\n\n") == inside
    long_note = "(" + " ".join(["The authority says the binder of notes will be scanned and kept."] * 4) + ")"
    assert extract_article(_discussion([*_PASTED, long_note]), url).text.split("\n\n") == [
        *_PASTED,
        long_note,
    ]


# -- pages_final112 and pages_final113 ------------------------------------------------------------------------------------

_POSTS = [
    "The harbour board voted on Tuesday to close the old ferry terminal in June, after a survey found corrosion.",
    "Passengers will use a temporary pontoon at the fish quay until the new terminal opens in 2028.",
    "Nobody on the quay had been told.",
    "The board said the timetable will not change, and the survey will be published on its website next week.",
]


def _thread(posts: list[str], counters: str) -> str:
    items = "".join(
        f'<div class="post"><div class="gutter"><img src="a.jpg" alt=""></div><div class="post-main">'
        f'<div class="post-head"><a href="/@harbourdesk">harbourdesk</a> <time>2d</time> <span>{i}/4</span></div>'
        f'<div class="post-text"><p>{text}</p></div><div class="post-actions">{counters}</div></div></div>'
        for i, text in enumerate(posts, 1)
    )
    return page_text(f'<main><h1>Ferry terminal to close</h1><div class="posts">{items}</div></main>')


def test_a_social_posts_counters_bar_goes_so_its_short_post_is_read():
    counters = "<span>1.2K</span><span>214</span><span>380</span><span>Share</span>"
    assert "Nobody on the quay had been told." in _thread(_POSTS, counters)
    # (the bar is only the counters: a box with a sentence in it is no bar)
    assert not _counters_bar_of(
        "<div><span>1.2K</span><span>214</span><span>Read the whole story</span></div>"
    )
    assert not _counters_bar_of("<div><span>Share</span><span>Like</span><span>Reply</span></div>")


def _counters_bar_of(markup: str) -> bool:
    from lxml import html

    from bot.web.page_boxes import _counters_bar

    return _counters_bar(html.fragment_fromstring(markup))


def test_a_replies_heading_with_its_count_over_one_list_of_posts_goes():
    replies = "".join(
        f'<li class="reply"><a href="/@{who}">{who}</a> <time>1d</time><p>{text}</p></li>'
        for who, text in (
            ("megb", "My grandparents lived by that quay for fifty years. Sending this to the family."),
            ("pjw", "Did the board ever explain why nobody on the quay was told about the survey?"),
            ("rachn", "The pontoon at the fish quay floods at every spring tide, for what it is worth."),
        )
    )
    body = f'<article><h1>Ferry terminal to close</h1>{QUAY_STORY}</article><section class="replies">'
    text = page_text(body + f'<h2>Replies 214</h2><ul class="list">{replies}</ul></section>')
    assert "My grandparents" not in text and "Paragraph 5" in text
    # (a heading that is no replies' heading, or a list of items of no one kind, is no replies' box)
    from lxml import html

    from bot.web.page_boxes import _comment_section

    assert _comment_section(
        html.fragment_fromstring(f'<section><h2>Replies 214</h2><ul class="list">{replies}</ul></section>')
    )
    assert not _comment_section(
        html.fragment_fromstring(
            f'<section><h2>Voices from the quay</h2><ul class="list">{replies}</ul></section>'
        )
    )
    mixed = replies.replace('<li class="reply">', "<li>", 1)
    assert not _comment_section(
        html.fragment_fromstring(f"<section><h2>Replies 214</h2><ul>{mixed}</ul></section>")
    )


def test_a_thread_of_custom_element_comments_goes():
    def comment(who: str, text: str, inner: str = "") -> str:
        return f'<x-comment author="{who}"><a href="/u/{who}">{who}</a> <time>2h</time><p>{text}</p>{inner}</x-comment>'

    reply = comment(
        "harbourdesk", "The survey says the piers will last until the new terminal opens in 2028."
    )
    tree = comment(
        "marg", "Finally. The old walkway has been shaking under my feet for years now."
    ) + comment("quaydad", "No consequences for the board, as ever. Watch the fares go up next.", reply)
    text = page_text(
        f"<article><h1>Ferry terminal to close</h1>{QUAY_STORY}</article><x-comment-tree>{tree}</x-comment-tree>"
    )
    assert "Finally." not in text and "No consequences" not in text and "Paragraph 5" in text
    # (read with the tree rule alone: the same thread in plain unclassed <div>s is no kind of post, and stays)
    from lxml import html

    from bot.web.page_boxes import drop_reply_threads

    for tag, gone in (("x-comment", True), ("div", False)):
        page = html.fromstring(
            f"<html><body><article><h1>Ferry terminal to close</h1>{QUAY_STORY}</article>"
            f"<div>{tree.replace('x-comment', tag)}</div></body></html>"
        )
        drop_reply_threads(page)
        assert ("Finally." not in page.text_content()) is gone


def test_a_posters_lead_in_above_the_headline_of_the_paste_goes():
    headline = "Harbour board to close old ferry terminal"
    lead_in = "Article text for those who hit the paywall:"
    assert lead_in not in cleaned([headline, lead_in, headline, *FERRY_STORY])
    assert lead_in not in cleaned(
        [lead_in, headline, *FERRY_STORY], title=f"r/Harbourtown on Reddit: {headline}"
    )
    # (a line closing on a colon above anything but the headline stays)
    assert lead_in in cleaned([headline, lead_in, *FERRY_STORY])


def test_a_heading_over_a_table_of_labelled_facts_goes():
    rows = "".join(
        f'<tr><th scope="row">{k}</th><td>{v}</td></tr>'
        for k, v in (
            ("Built", "1931, rebuilt 1964"),
            ("Length", "Two piers of 120 m"),
            ("Lifespan", "Corroded past repair, after anything from 60 to 90 years"),
        )
    )
    half = len(QUAY_STORY) // 2
    cut = QUAY_STORY.index("<p>", half)
    box = f'<div class="facts"><h4>Terminal facts</h4><table>{rows}</table></div>'
    text = page_text(f"<article><h1>Quay</h1>{QUAY_STORY[:cut]}{box}{QUAY_STORY[cut:]}</article>")
    assert "Corroded past repair" not in text and "Paragraph 5" in text
    # (a table with its labels over its columns, or a value closing a sentence, is the text's own)
    data = (
        '<div class="t"><h4>Votes</h4><table><tr><th>Member</th><th>Vote</th></tr>'
        "<tr><td>Ames</td><td>Yes</td></tr><tr><td>Boyd</td><td>No</td></tr><tr><td>Cole</td><td>Yes</td></tr></table></div>"
    )
    assert "Ames" in page_text(f"<article><h1>Quay</h1>{QUAY_STORY[:cut]}{data}{QUAY_STORY[cut:]}</article>")
    told = box.replace("90 years", "90 years, the engineers said.")
    text = page_text(f"<article><h1>Quay</h1>{QUAY_STORY[:cut]}{told}{QUAY_STORY[cut:]}</article>")
    assert "Corroded past repair" in text


def test_a_sponsors_table_of_names_alone_goes():
    def roll(cells: list[str]) -> str:
        tds = "".join(f"<td>{c}</td>" for c in cells)
        return f'<table><tr><td colspan="3"><b>Our Sponsors</b></td></tr><tr>{tds}</tr></table>'

    names = ["Overholt Feed &amp; Grain", "Harbour Savings Bank - Member FDIC", "Lindeman Insurance Agency"]
    text = page_text(f"<article><h1>Quay</h1>{QUAY_STORY}{roll(names)}</article>")
    assert "Member FDIC" not in text and "Paragraph 5" in text
    # (figures in the cells: a data table under the label, which stays)
    figures = [
        "Overholt Feed &amp; Grain $500",
        "Harbour Savings Bank $250",
        "Lindeman Insurance Agency $100",
    ]
    assert "Harbour Savings Bank $250" in page_text(
        f"<article><h1>Quay</h1>{QUAY_STORY}{roll(figures)}</article>"
    )


def test_a_blog_editors_small_italic_caption_under_its_picture_goes():
    caption = "A hand-tinted postcard of the quay, about 1905. From the harbour collection."
    picture = '<div class="separator"><a href="https://img.example/quay.jpg"><img src="https://img.example/q.jpg"></a></div>'
    small = (
        f'<div style="text-align: center;"><span style="font-size: x-small;"><i>{caption}</i></span></div>'
    )
    story = "".join(f"<div>{p[3:-4]}</div>" for p in QUAY_STORY.split("</p>")[:-1] for p in [p + "</p>"])
    text = page_text(f"<article><h1>Quay</h1>{picture}{small}{story}</article>")
    assert caption not in text and "Paragraph 5" in text
    # (a line of the blog's own in a small span, not in italics, stays)
    plain = small.replace("<i>", "").replace("</i>", "")
    assert caption in page_text(f"<article><h1>Quay</h1>{picture}{plain}{story}</article>")
