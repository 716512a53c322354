"""Rules from the blind page sets pages_final147 and pages_final149 (measured on 5f21b269 and e2cdcbf; bot.web.page_boxes,
page_columns, page_lines, page_merge, page_rules, page_tree): an e-mail's list under a subheading between two paragraphs
of its one-cell table stays; a list of an event's date, hours and details under the story's lead-in closing on a colon
stays, its date read alone as a dateline; an old layout's column of the site's menu, its notes under the links, goes; a
newsletter's sponsor line naming its issue's title, a web ring's owner line, an old site's greeting, a newsletter's "You're
getting this because you …", a release's "About <Name>:" run into its boilerplate and a forum poster's title under the
poster's name go. Pages and lines written for the test; near misses must stay."""

from __future__ import annotations

from bot.web.article import extract_article
from bot.web.page_rules import furniture_rule
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- an e-mail's list under a subheading in its one-cell table ----------------------------------------------------------

_BEFORE = (
    "<p>The harbour board voted on Tuesday to rebuild the north quay next spring, after a survey found the old timber "
    "piles had rotted through below the waterline in more than a dozen places.</p>"
)
_CELL = (
    "<table class='textBlock' width='100%'><tr><td><table width='100%' class='textContainer'><tr><td>"
    "{before}{heading}<ul><li>212 boats moored at the quay last summer</li><li>38 fishing boats landing there each "
    "week</li><li>$1.4 million set aside for the new piles</li></ul>{after}</td></tr></table></td></tr></table>"
)
_AFTER = (
    "<p>That last figure is why the board wants the work done before the herring season opens in June, the chair "
    "said after the vote.</p>"
)


def _e_mail(before: str = _BEFORE, heading: str = "<h2>By the numbers</h2>", after: str = _AFTER) -> str:
    closing = "".join(f"<p>{p}</p>" for p in FERRY_STORY)
    return page_text(
        "<table width='100%' class='bodyTable'><tr><td>"
        f"{_CELL.format(before=before, heading=heading, after=after)}"
        f"<table class='textBlock' width='100%'><tr><td>{_BEFORE}</td></tr></table>"
        f"<table class='textBlock' width='100%'><tr><td>{closing}</td></tr></table></td></tr></table>"
    )


def test_a_list_under_a_subheading_in_an_e_mails_one_cell_table_stays():
    text = _e_mail()
    assert "38 fishing boats landing there each week" in text, text
    assert "That last figure is why" in text
    # near misses: a list under its heading with no paragraph after it in the cell (a box of other news) …
    assert "38 fishing boats" not in _e_mail(after="")
    # … or under a heading with no paragraph before it in the cell stays out
    assert "38 fishing boats" not in _e_mail(before="")


# -- an event's date and hours listed under the story's lead-in ----------------------------------------------------------

_LEAD_IN = "<p>The old quay's timbers and the harbour master's log will be on show at the boathouse during the open day:"
_ITEMS = "<ul><li>Saturday, June 14, 2025<li>10:00 a.m. to 2:00 p.m.<li>Tea and scones by the Sea Scouts</ul>"


def _loose_page(lead_in: str = _LEAD_IN, items: str = _ITEMS) -> str:
    # (a story long enough that the default reading stands, its loose paragraphs with no container, unclosed)
    story = "".join(
        f"<p>Paragraph {i} of the story says the harbour board will rebuild the north quay next spring, after a survey "
        "found the old timber piles had rotted through below the waterline in more than a dozen places."
        for i in range(12)
    )
    page = (
        "<html><head><title>Quay to be rebuilt</title></head><body><table width='640'><tr><td>"
        f"<font size='3'>{story}{lead_in}{items}<p>Anyone whose family fished from the old quay is asked to bring "
        "photographs for the harbour society to copy.<p>The board thanks the divers who surveyed the piles this "
        "winter.</font></td></tr></table></body></html>"
    )
    return extract_article(page, "http://www.harbour.example.org/news/quay.html").text


def test_an_events_date_and_hours_under_the_lead_in_stay():
    text = _loose_page()
    assert "- Saturday, June 14, 2025" in text and "- Tea and scones by the Sea Scouts" in text, text
    assert "- 10:00 a.m. to 2:00 p.m." in text
    # near miss: the same list under a paragraph that leads into nothing (no colon) is a row of the page's furniture
    text = _loose_page(lead_in=_LEAD_IN.replace("open day:", "open day."))
    assert "Saturday, June 14, 2025" not in text, text


# -- an old layout's column of the site's menu, its notes under the links ----------------------------------------------

_NOTE = "The Harbour Society meets the first Thursday of each month at 7:30 P.M. at the boathouse. All are welcome."


def _old_layout(links: int = 7, note: str = _NOTE) -> str:
    menu = "".join(f"<a href='/p{i}.html'><b>Page {i}</b></a><br>" for i in range(links))
    story = "".join(f"<p>{p}" for p in QUAY_STORY.replace("</p>", "").split("<p>") if p)
    page = (
        "<html><head><title>Quay to be rebuilt</title></head><body><table width='640'><tr>"
        f"<td width='150' valign='top'><font size='2'>{menu}<hr><p><font size='1'>{note}</font></p></font></td>"
        f"<td width='490' valign='top'><font size='3'><center><b>Quay to be rebuilt</b></center>{story}</font></td>"
        "</tr></table></body></html>"
    )
    return extract_article(page, "http://www.harbour.example.org/news/quay.html").text


def test_the_notes_in_an_old_layouts_menu_column_go():
    text = _old_layout()
    assert "first Thursday" not in text and "Paragraph 0 of the story" in text, text
    # near misses: a column of a few links (a related link or two) …
    assert "first Thursday" in _old_layout(links=2)
    # … or one whose words run on as prose past a note's length stays
    prose = (
        "The Harbour Society, which has kept the quay's records since 1921, will show the log at the open day, and its "
        "volunteers will explain how the piles were driven by hand in the winter of 1923 by the men of the town."
    )
    assert "kept the quay's records since 1921" in _old_layout(note=prose)


# -- lines ---------------------------------------------------------------------------------------------------------------


def test_a_sponsor_line_naming_its_issues_title_goes():
    line = (
        "This issue of The Quay Letter is supported by Harbour Chandlery, a family-run shop on Wharf Street. Rope is 20% "
        "off through the end of the month."
    )
    assert furniture_rule(line) == "sponsor read"
    assert cleaned([*FERRY_STORY[:2], line, FERRY_STORY[2]]) == FERRY_STORY
    # near misses: an issue of something in lower case, and a report of who pays for a thing
    for near in (
        "This issue of the harbour plan is supported by most of the fishermen who spoke at Tuesday's meeting.",
        "The quay's rebuilding is supported by Harbour Chandlery, which has given $5,000 toward the new piles.",
    ):
        assert furniture_rule(near) is None, near


def test_a_web_rings_owner_line_and_an_old_sites_greeting_go():
    assert_rule_takes(
        "web ring's owner line",
        [
            "This Harbour Towns WebRing site is owned by the Quay Society.",
            "This Coastal Heritage Web Ring site is owned by Ola Brandt. [ Previous | Next | Random | List Sites ]",
        ],
        [
            "The site of the old web ring is owned by the county now.",
            "This web ring's founder owned a boatyard on the north quay until 1999, the society said.",
        ],
    )
    assert_rule_takes(
        "old site's greeting",
        [
            "Welcome to Harbour Township on the World Wide Web!",
            "Welcome to the Quay Society Home Page!",
            "Welcome to the Harbour Society's web site.",
        ],
        ["Welcome to the neighborhood!", "Welcome to Harbour, the sign on the quay reads."],
    )


def test_a_newsletters_youre_getting_this_because_line_goes():
    line = (
        "You're getting this because you signed up at a harbour open day or on the web. Hit reply to reach me — I read "
        "everything."
    )
    assert furniture_rule(line) == "e-mail trailer"
    # near miss: a story's sentence on why someone got something
    near = "You're getting this far into the harbour plan only because the board scrapped the ferry pontoon."
    assert furniture_rule(near) is None


def test_an_about_label_run_into_its_boilerplate_goes():
    about = (
        "About Harbour Quay Rowing Club: Founded in 1951, HQRC is a nonprofit club with about 200 members who row six "
        "days a week from the north quay. Your first two outings are free."
    )
    assert cleaned([*FERRY_STORY, about]) == FERRY_STORY
    named = (
        "About Harbour Quay Rowing Club: Harbour Quay Rowing Club is a nonprofit club with about 200 members."
    )
    assert cleaned([*FERRY_STORY, named]) == FERRY_STORY
    # near misses: a paragraph of the story opening on "About" and a colon …
    story = "About the piles: the survey found that 14 of them had rotted through below the waterline."
    assert cleaned([*FERRY_STORY, story]) == [*FERRY_STORY, story]
    # … and a label whose paragraph opens with another name
    other = (
        "About Harbour Quay Rowing Club: Last year the board gave the club a new slipway at the north quay."
    )
    assert cleaned([*FERRY_STORY, other]) == [*FERRY_STORY, other]


# -- a forum poster's title under the poster's name ------------------------------------------------------------------------


def _post(name: str, title: str, body: str) -> str:
    return (
        f"<article class='message'><div class='message-user'><h4 class='name'><a href='/members/{name.lower()}/'>{name}"
        f"</a></h4><h5 class='poster-title'>{title}</h5></div><div class='message-body'>{body}</div></article>"
    )


def _thread(titles: tuple[str, ...]) -> str:
    first = "".join(f"<p>{p}</p>" for p in [*FERRY_STORY, *FERRY_STORY[:2]])
    replies = ["<p>Thanks for posting this, I had not seen the notice.</p>", "<p>Same here, very useful.</p>"]
    posts = _post("QuayWatcher", titles[0], first) + "".join(
        _post(f"Reader{i}", t, r) for i, (t, r) in enumerate(zip(titles[1:], replies, strict=False))
    )
    page = f"<html><head><title>Ferry terminal to close</title></head><body><div class='thread'>{posts}</div></body></html>"
    return extract_article(page, "https://forum.example.org/threads/ferry-terminal.123/").text


def test_a_posters_title_under_the_posters_name_goes():
    text = _thread(("Pier Captain, North Quay Rd.", "Member", "New member"))
    assert "Pier Captain" not in text and FERRY_STORY[0] in text, text
    # near misses: a title no other post wears in its look is no board's title …
    text = _thread(("Pier Captain, North Quay Rd.",))
    assert "Pier Captain" in text, text
    # … and a live blog's post headings under their time links, the post's words beside them, stay
    posts = "".join(
        f"<div class='post'><a href='#p{i}' class='stamp'>10:{i}0</a><h3 class='post-title'>Update {i} from the quay"
        f"</h3><p>{line}</p></div>"
        for i, line in enumerate([*FERRY_STORY, *FERRY_STORY])
    )
    text = page_text(f"<article><h1>Quay to be rebuilt</h1>{posts}</article>")
    assert "Update 1 from the quay" in text and "Update 4 from the quay" in text, text
