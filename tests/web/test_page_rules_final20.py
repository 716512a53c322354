"""Rules written on pages_final20's leaks: an italic caption right under a picture, a post's notes list, a list of
labelled fields (a spec box) and a credits box by its class part (bot.web.page_boxes); an agency's hyphenated desk
initials, a live blog's status note, a role credit ("Writer: …"), a transcript's and an interview's editing notes, a
masthead bar set with middle dots, an appeal to become a supporting reader and a "views … do not constitute …
advice" disclaimer (bot.web.page_rules); a reblogger's words under "… and added:" (bot.web.page_lines). Pages and
lines written for the test; near misses must stay.
"""

from __future__ import annotations

from bot.web.article import extract_article
from bot.web.page_lines import clean_extracted
from bot.web.page_rules import furniture_rule

BODY = [
    "The valley's water board will line the old irrigation canal with concrete over the next two summers, its "
    "members agreed on Thursday, after the canal lost a third of its flow to seepage last year.",
    "Farmers at the lower end of the canal had asked for the work for a decade, and the board agreed to start "
    "with the stretch below the Millers Ford headgate.",
    '"We have watched that water soak into the gravel every August, and it is time to stop it," said Dolores '
    "Arriaga, who farms forty acres of alfalfa near the canal's end.",
    "The lining will cost about three million dollars, most of it from a state drought resilience grant.",
]


def _page(before: str = "", middle: str = "", after: str = "") -> str:
    first = "".join(f"<p>{p}</p>" for p in BODY[:2])
    rest = "".join(f"<p>{p}</p>" for p in BODY[2:])
    return (
        "<html><head><title>Canal to be lined</title></head><body>"
        f"<main><article><h1>Canal to be lined</h1>{before}"
        f"<div class='body'>{first}{middle}{rest}</div>{after}</article></main></body></html>"
    )


def _text(page: str) -> str:
    return extract_article(page, min_words=1).text


def _kept(text: str) -> None:
    assert "drought resilience grant" in text and "Millers Ford headgate" in text


# -- an italic caption right under a picture ------------------------------------------------------------

CAPTION = "The Millers Ford headgate around 1948, from the water board's glass plate collection."


def test_an_italic_paragraph_right_under_a_picture_goes():
    for picture in (
        "<figure class='full'><img src='/gate.jpg' alt=''></figure>",
        "<p><img src='/gate.jpg' alt=''></p>",
        "<img src='/gate.jpg' alt=''>",
        "<a href='/gate-large.jpg'><img src='/gate.jpg' alt=''></a>",
    ):
        for style in ("i", "em"):
            text = _text(_page(before=f"{picture}<p><{style}>{CAPTION}</{style}></p>"))
            assert CAPTION not in text, (picture, style)
            _kept(text)


def test_an_italic_paragraph_under_no_picture_or_with_plain_text_stays():
    # under no picture: an italic paragraph of the text (a standfirst, a verse)
    text = _text(_page(middle=f"<p><i>{CAPTION}</i></p>"))
    assert CAPTION in text
    # under a picture, with plain words of its own: a paragraph of the text that opens in italics
    plain = " The board kept it as a reminder of how the canal was dug by hand."
    text = _text(_page(before=f"<figure><img src='/gate.jpg' alt=''></figure><p><i>{CAPTION}</i>{plain}</p>"))
    assert CAPTION in text


# -- a post's notes list -------------------------------------------------------------------------------

NOTES = (
    "<ol class='notes'>"
    "<li><a href='https://canalfans.example.org/'>canalfans</a> reblogged this from "
    "<a href='/'>valleywater</a> and added: <blockquote><p>About time. That canal has leaked since my "
    "grandfather's day.</p></blockquote></li>"
    "<li><a href='https://dryfarmer.example.org/'>dryfarmer</a> liked this</li>"
    "<li><a href='https://gravelbed.example.org/'>gravelbed</a> reblogged this from <a href='/'>valleywater</a></li>"
    "<li><a href='https://oldmaps.example.org/'>oldmaps</a> said: <blockquote>my aunt fell in that canal in "
    "1961!!</blockquote></li>"
    "<li><a href='#'>Show more notes</a></li>"
    "</ol>"
)


def test_a_list_of_a_posts_notes_goes_with_its_replies():
    text = _text(_page(after=NOTES))
    assert "my grandfather's day" not in text
    assert "my aunt fell in that canal" not in text
    assert "Show more notes" not in text
    _kept(text)


def test_a_list_with_one_activity_line_stays():
    items = (
        "<ul><li>The board met at the grange hall on Thursday night.</li>"
        "<li>Its engineer said the lining would last fifty years.</li>"
        "<li>Ana Ruiz liked this part of the plan best, she told the meeting.</li></ul>"
    )
    text = _text(_page(middle=items))
    assert "lining would last fifty years" in text


# -- a reblogger's words on the line under "… and added:" --------------------------------------------------


def test_the_line_under_a_reblog_label_goes():
    lines = [
        BODY[0],
        "canalfans reblogged this from valleywater and added:",
        "About time. That canal has leaked since my grandfather's day.",
        BODY[3],
    ]
    text = clean_extracted("\n".join(lines))
    assert "grandfather's day" not in text and "reblogged" not in text
    assert BODY[0] in text and BODY[3] in text


def test_the_line_under_someone_who_added_stays():
    lines = [BODY[0], "The board's engineer added:", "The lining will last fifty years.", BODY[3]]
    assert "The lining will last fifty years." in clean_extracted("\n".join(lines))


# -- a list of labelled fields (a spec box) ------------------------------------------------------------

SPEC_BOX = (
    "<div class='spec-box'><h3>Millers Ford canal lining</h3><ul>"
    "<li><span class='label'>Contract price:</span> $2,940,000</li>"
    "<li><span class='label'>Length:</span> 4.2 miles of canal, two siphons</li>"
    "<li><strong>Contractor:</strong> High Desert Concrete</li>"
    "</ul></div>"
)


def test_a_bulleted_list_of_labelled_fields_goes_with_its_heading():
    text = _text(_page(middle=SPEC_BOX))
    assert "$2,940,000" not in text and "High Desert Concrete" not in text
    assert "Millers Ford canal lining" not in text
    _kept(text)


def test_a_bulleted_list_saying_sentences_or_without_labels_stays():
    sentences = (
        "<ul><li><strong>Update:</strong> The board has since voted to start work in May.</li>"
        "<li><strong>Correction:</strong> An earlier version gave the wrong length.</li></ul>"
    )
    assert "start work in May" in _text(_page(middle=sentences))
    plain = "<ul><li>Contract price: $2,940,000</li><li>Length: 4.2 miles of canal</li></ul>"
    assert "$2,940,000" in _text(_page(middle=plain))


# -- a credits box by its class part --------------------------------------------------------------------

CREDITS = "The Valley Hour is produced by Ana Ruiz and Tom Reyes. Our editor is Jo Lee. Music by Dry Creek."


def test_a_credits_box_by_its_class_part_goes():
    for cls in ("episode-credits", "credits", "release-credits"):
        text = _text(_page(after=f"<section class='{cls}'><p>{CREDITS}</p></section>"))
        assert CREDITS not in text, cls
        _kept(text)


def test_a_class_that_only_holds_the_letters_stays():
    # (set above the text: closing it, the same credits go by their place whatever the class, pages_final23's rule)
    text = _text(_page(before=f"<section class='creditscore'><p>{CREDITS}</p></section>"))
    assert CREDITS in text


# -- line rules ------------------------------------------------------------------------------------------


def test_an_agencys_hyphenated_desk_initials_go():
    for line in ("sv-th/dan", "burs-jm/sst", "bur-js/ach/rmb"):
        assert furniture_rule(line) == "newswire trailer", line
    for line in ("sv-th dan", "Sv-Th/Dan", "north-south/east-west links"):
        assert furniture_rule(line) is None, line


def test_a_live_blogs_status_note_goes():
    for line in (
        "This live blog has ended. Follow our continuing coverage at ValleyNews.com/local.",
        "This liveblog is now closed.",
        "We've paused our live coverage for the night. Thanks for following along.",
    ):
        assert furniture_rule(line) == "widget line", line
    for line in (
        "The council's live stream has ended after four hours of debate on the canal.",
        '"This live blog has ended," the editor wrote to readers.',
    ):
        assert furniture_rule(line) is None, line


def test_a_credit_under_a_roles_label_goes():
    for line in ("Writer: Lindsey Harrod", "Reporter: Ana Ruiz and Jo Lee", "Editor: Bambang Wicaksono"):
        assert furniture_rule(line) == "small print", line
    for line in ("Reporter: Thank you.", "Editor: Yes", "Writer: the plan is bold", "Writer: Ana"):
        assert furniture_rule(line) is None, line


def test_a_transcripts_and_an_interviews_editing_notes_go():
    for line in (
        "This transcript was produced with speech recognition software and edited by our staff. It may contain "
        "errors. Please check the corresponding audio before quoting.",
        "This excerpt has been edited for length and clarity.",
        "This interview has been lightly edited and condensed.",
        "Responses were edited for brevity.",
    ):
        assert furniture_rule(line) == "small print", line
    for line in (
        "The transcript was produced by the court reporter and filed on Monday.",
        "The report was edited for clarity before the council saw it.",
    ):
        assert furniture_rule(line) is None, line


def test_a_masthead_bar_set_with_middle_dots_goes():
    for line in (
        "Independent news for the upper valley · Issue No. 142 · December 2, 2026",
        "Lena Marchetti · CBC News · Posted: Oct 14, 2025 4:00 AM CDT",
    ):
        assert furniture_rule(line) == "metadata bar", line
    for line in ("Tea · coffee · cake at the grange hall", "The canal was dug in 1911 · by hand"):
        assert furniture_rule(line) is None, line


def test_an_appeal_to_become_a_supporting_reader_goes():
    line = (
        "We are a one-person newsroom with no paywall and no ads. If this issue was useful to you, please consider "
        "becoming a supporting reader for $5 a month."
    )
    assert furniture_rule(line) == "appeal for support"
    for line in (
        "Farmers should consider becoming members of the co-op, the board said.",
        "The board asked growers to consider becoming members of the irrigation district before March.",
    ):
        assert furniture_rule(line) is None, line


def test_a_views_disclaimer_that_does_not_constitute_advice_goes():
    line = (
        "The views and opinions expressed by the author are for informational purposes only and do not constitute "
        "financial, investment, or other advice."
    )
    assert furniture_rule(line) == "small print"
    assert (
        furniture_rule("The board's views on the canal do not constitute a decision, its chair said.") is None
    )
