"""Rules written on pages_final22's leaks: a closing "About <the site's name>" section of the text's box, a table of
labelled fields (a release's contact box), boxes whose class names an accessibility note, a funding credit or an
e-mail's preheader, a run of readers' replies beside the text, persons' cards with their bios, and an italic tagline
closing the text with a way to reach the site (bot.web.page_boxes); an excerpt's editing note and an issue's sponsor
label with its sponsor under it (bot.web.page_rules). Pages and lines written for the test; near misses must stay.
"""

from __future__ import annotations

from bot.web.article import extract_article
from bot.web.page_rules import furniture_rule, is_sponsor_label

BODY = [
    "The county's harbor commission voted on Monday to dredge the north channel next autumn, after two fishing "
    "boats ran aground on the shoal there in the last year.",
    "The channel has not been dredged since 2009, and the commission's engineer said the shoal has grown by "
    "nearly a meter in the last three winters alone.",
    '"We cannot keep telling skippers to wait for the high tide and hope for the best," said commission chair '
    "Maren Olafsdottir, who fished out of the harbor for twenty years.",
    "The work will cost about four million dollars, most of it from a federal small harbors grant.",
]
SITE = "Westport Harbor Commission"


def _page(
    before: str = "", middle: str = "", after: str = "", end: str = "", title: str = "Channel to be dredged"
) -> str:
    first = "".join(f"<p>{p}</p>" for p in BODY[:2])
    rest = "".join(f"<p>{p}</p>" for p in BODY[2:])
    return (
        f"<html><head><title>{title}</title></head><body>"
        f"<main><article><h1>Channel to be dredged</h1>{before}"
        f"<div class='body'>{first}{middle}{rest}{end}</div>{after}</article></main></body></html>"
    )


def _text(page: str) -> str:
    return extract_article(page, min_words=1).text


def _kept(text: str) -> None:
    assert "small harbors grant" in text and "three winters alone" in text


# -- a closing "About <the site's name>" section --------------------------------------------------------

ABOUT = (
    "The Westport Harbor Commission manages the county's three public harbors and their 1,100 moorings. "
    "For more information, visit westportharbor.example.org."
)


def test_a_closing_about_section_under_the_sites_name_goes():
    title = f"Channel to be dredged | Newsroom | {SITE}"
    text = _text(_page(end=f"<h3>About the {SITE}</h3><p>{ABOUT}</p>", title=title))
    assert "1,100 moorings" not in text
    _kept(text)


def test_an_about_section_under_another_name_or_midway_stays():
    # another name than the site's: the story's own section
    text = _text(
        _page(end=f"<h3>About the shoal</h3><p>{ABOUT}</p>", title=f"Channel to be dredged | {SITE}")
    )
    assert "1,100 moorings" in text
    # the site's name, but paragraphs of the story follow it
    middle = f"<h3>About the {SITE}</h3><p>{ABOUT}</p>"
    text = _text(_page(middle=middle, title=f"Channel to be dredged | {SITE}"))
    assert "1,100 moorings" in text


# -- a table of labelled fields --------------------------------------------------------------------------

CONTACT_TABLE = (
    "<table class='release-contact'>"
    "<tr><th>Contact:</th><td>Dana Holm, Harbor Public Information Officer</td></tr>"
    "<tr><th>Phone:</th><td>(360) 555-0144</td></tr>"
    "<tr><th>Email:</th><td><a href='mailto:dholm@example.org'>dholm@example.org</a></td></tr>"
    "</table>"
)


def test_a_table_of_labelled_fields_goes():
    text = _text(_page(before=CONTACT_TABLE))
    assert "Dana Holm" not in text and "555-0144" not in text
    _kept(text)


def test_a_table_of_data_or_of_sentences_stays():
    data = (
        "<table><tr><th>Harbor</th><th>Depth</th><th>Moorings</th></tr>"
        "<tr><td>North channel</td><td>2.1 m</td><td>340</td></tr>"
        "<tr><td>South basin</td><td>3.4 m</td><td>510</td></tr></table>"
    )
    assert "South basin" in _text(_page(middle=data))
    said = (
        "<table><tr><th>Chair:</th><td>The dredging cannot wait another winter.</td></tr>"
        "<tr><th>Engineer:</th><td>The shoal has grown by a meter.</td></tr></table>"
    )
    assert "cannot wait another winter" in _text(_page(middle=said))


# -- boxes by their class: an accessibility note, a funding credit, an e-mail's preheader --------------------

NOTES = {
    "accessibility-note": "Alternative formats of this release are available from the commission on request.",
    "story__funding": "The survey was supported by the Coastal Channels Fund and the county's port levy.",
    "preheader": "The Harbor Weekly for Monday, March 2",
}


def test_boxes_whose_class_names_their_role_go():
    for cls, line in NOTES.items():
        text = _text(_page(before=f"<div class='{cls}'><p>{line}</p></div>"))
        assert line not in text, cls
        _kept(text)


def test_a_section_anchored_by_the_same_word_or_a_class_only_holding_the_letters_stays():
    section = "<h2 id='funding'>Funding</h2><p>The commission will ask the state for the rest of the money in May.</p>"
    text = _text(_page(middle=section))
    assert "Funding" in text and "rest of the money in May" in text
    line = NOTES["story__funding"]
    assert line in _text(_page(middle=f"<div class='crowdfundingdrive'><p>{line}</p></div>"))


# -- readers' replies beside the text ---------------------------------------------------------------------


def _reply(name: str, handle: str, words: str, when: str) -> str:
    return (
        "<div class='thread_post'><div class='thread_user'><img class='thread_avatar' src='/a.jpg' width='24'> "
        f"<span class='thread_name'>{name}</span> <a href='https://social.example.org/{handle}'>@{handle}</a></div>"
        f"<div class='thread_text'><p>{words}</p></div>"
        f"<div class='thread_time'><a href='https://social.example.org/{handle}/1'>{when}</a></div></div>"
    )


REPLIES = (
    "<div class='thread'><p class='thread_header'>Replies on <a href='https://social.example.org/'>Social</a>:</p>"
    + _reply(
        "Ola Berg",
        "olaberg",
        "Glad someone finally asked about the shoal at the meeting. My boat touched it twice last winter, both times "
        "on a falling tide.",
        "Mar 2, 2026 at 9:14 PM",
    )
    + _reply(
        "Per Lind",
        "perlind",
        "@harbor Does the grant cover the south basin too, or only the north channel? Nobody said on Monday.",
        "Mar 3, 2026 at 7:02 AM",
    )
    + _reply(
        "Jo Lee",
        "jolee",
        "@perlind The engineer said the grant covers the north channel only, and the basin waits for next year's budget.",
        "Mar 3, 2026 at 8:31 AM",
    )
    + "</div>"
)


def _post_page(after: str = "", middle: str = "") -> str:
    """A blog's page: the site's name in an ``<h1>`` of its own, the post, and what comes after it."""
    text = "".join(f"<p>{p}</p>" for p in BODY[:2]) + middle + "".join(f"<p>{p}</p>" for p in BODY[2:])
    return (
        "<html><head><title>Channel to be dredged</title></head><body><div class='container'>"
        "<header><h1>Harbor Notes</h1></header><div class='content'><div class='post h-entry'>"
        f"<h1>Channel to be dredged</h1><div class='e-content'>{text}</div></div>{after}</div></div></body></html>"
    )


def test_a_run_of_replies_beside_the_text_goes():
    text = _text(_post_page(after=REPLIES))
    assert "My boat touched it twice" not in text and "south basin too" not in text
    assert "next year's budget" not in text
    _kept(text)


def test_posts_the_story_embeds_stay():
    text = _text(_post_page(middle=REPLIES))
    assert "My boat touched it twice" in text and "next year's budget" in text


# -- persons' cards with their bios ---------------------------------------------------------------------------


def _person(name: str, role: str, bio: str) -> str:
    return (
        f"<div class='person'><img src='/p.jpg' alt=''><div><p class='name'>{name}</p>"
        f"<p class='role'>{role}</p><p class='bio'>{bio}</p></div></div>"
    )


def test_a_run_of_persons_cards_with_bios_goes():
    cards = (
        "<section class='people'><h2>Hosts and Guests</h2>"
        + _person("Ola Berg", "Host", "Ola Berg covers the waterfront for the Westport Weekly.")
        + _person("Maren Olafsdottir", "Guest", "Maren Olafsdottir chairs the county's harbor commission.")
        + "</section>"
    )
    text = _text(_page(after=cards))
    assert "chairs the county's harbor commission" not in text and "covers the waterfront" not in text
    _kept(text)


def test_cards_whose_sentences_are_not_their_persons_bios_stay():
    cards = (
        "<section class='people'>"
        + _person("Ola Berg", "Skipper", "The shoal took the keel off his boat in a January storm last year.")
        + _person("Per Lind", "Skipper", "He now waits for the high tide before he leaves the harbor at all.")
        + "</section>"
    )
    text = _text(_page(after=cards))
    assert "took the keel off his boat" in text


# -- an italic tagline closing the text ---------------------------------------------------------------------


def test_an_italic_closing_paragraph_with_a_way_to_reach_the_site_goes():
    tagline = (
        "Mooring permits for the 2027 season are on sale now. For more information, call the harbor office at "
        "(360) 555-0100 or visit westportharbor.example.org."
    )
    for style in ("em", "i"):
        text = _text(_page(end=f"<p class='tagline'><{style}>{tagline}</{style}></p>"))
        assert "Mooring permits" not in text, style
        _kept(text)


def test_an_italic_closing_note_without_a_contact_or_in_plain_text_stays():
    note = "An earlier version of this story gave the wrong year for the last dredging of the channel."
    assert note in _text(_page(end=f"<p><em>{note}</em></p>"))
    plain = "Mooring permits are on sale now at (360) 555-0100, the harbor office said on Monday."
    assert plain in _text(_page(end=f"<p>{plain}</p>"))


# -- line rules ------------------------------------------------------------------------------------------


def test_an_excerpts_editing_note_goes():
    for line in (
        "This is an excerpt from the episode, edited for length and clarity.",
        "What follows is a transcript of the interview, lightly edited.",
        "This is a partial transcript of today’s show, condensed and edited for clarity.",
    ):
        assert furniture_rule(line) == "small print", line
    for line in (
        "This is an excerpt from the report the commission saw on Monday.",
        "This is an excerpt from the episode.",
    ):
        assert furniture_rule(line) is None, line


def test_an_issues_sponsor_label_with_its_sponsor_under_it_goes():
    for line in (
        "Today’s Brief is supported by",
        "This week's issue is sponsored by:",
        "Today's edition is presented by",
    ):
        assert is_sponsor_label(line), line
    for line in (
        "Supported by",
        "The dredging is supported by the county.",
        "Today the plan is supported by",
    ):
        assert not is_sponsor_label(line), line
    cell = (
        "<table role='presentation'><tr><td><p>Today’s Brief is supported by</p>"
        "<p><strong>Harbor Chandlery</strong> — Rope, fenders and charts for the season. Open daily.</p></td></tr></table>"
    )
    text = _text(_page(after=cell))
    assert "Rope, fenders and charts" not in text
    _kept(text)
