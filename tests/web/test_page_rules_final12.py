"""Rules written on pages_final12's misses and leaks (bot.web.page_boxes, bot.web.page_tree,
bot.web.page_rules). Pages and lines written for the test; near misses must stay.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from bot.web.article import extract_article
from bot.web.page_boxes import drop_repeated_action_tails
from bot.web.page_rules import furniture_rule

# -- the action bar closing each entry of a live blog -------------------------------------------------

# (a radio station's embedded live blog: trafilatura drops the embed's box for its class, and its fallback
# reads each short entry between two "Share" links as link text)
ENTRIES = [
    [
        "Western Power says about 6,200 homes are now without electricity across the Lleyn peninsula and "
        "Anglesey, up from 4,000 at breakfast time.",
        "\"Our crews are working where it's safe, but some of these faults are on lines we can't get to until the "
        'gusts ease," a spokeswoman said.',
    ],
    [
        "The Britannia Bridge is closed to high-sided vehicles in both directions after a van was blown over near "
        "the Llanfair junction. Nobody was hurt. Lorries are being held at the Bangor services."
    ],
    [
        "Stena has cancelled all sailings from Holyhead to Dublin for the rest of the day. The evening crossing will be reviewed at 4pm."
    ],
    [
        "Gwynedd Council has closed 17 schools today. The full list is on the council's website and we'll keep it "
        "updated on our school closures page."
    ],
    [
        "Good morning. The Met Office amber warning for wind runs until 8pm tonight, and a yellow warning for rain "
        "covers most of the west coast until midnight."
    ],
]


def _live_blog(tail: str) -> str:
    posts = "".join(
        f"<div class='lb-entry'><div class='lb-body'>{''.join(f'<p>{p}</p>' for p in entry)}</div>{tail}</div>"
        for entry in ENTRIES
    )
    return (
        "<html><body><main><div class='lb-header'><h1>Live: gales close the breakwater and roads along the coast</h1>"
        "<p class='intro'>Gusts of up to 75mph are hitting north Wales. We'll bring you the latest on travel, schools "
        "and power here through the day.</p></div>"
        f"<div class='live-embed'><div class='lb-stream'>{posts}</div></div></main></body></html>"
    )


def test_every_entry_of_a_live_blog_is_read_once_its_share_bars_go():
    text = extract_article(_live_blog("<div class='lb-share'><a href='#'>Share</a></div>")).text
    for entry in ENTRIES:
        assert entry[0] in text
    assert "Share" not in text.split()


def _tails_left(page: str) -> int:
    tree = lxml_html.fromstring(page)
    drop_repeated_action_tails(tree)
    return len(tree.xpath("//*[contains(@class, 'lb-tail')]"))


def test_a_tail_linking_to_another_page_or_with_words_of_its_own_stays():
    # a card's "Read more" to another story: the card is still read as a link
    assert _tails_left(_live_blog("<div class='lb-tail'><a href='/news/story'>Read more</a></div>")) == 5
    # a tail with words of its own beside its button
    tail = "<div class='lb-tail'>Filed from the harbour <a href='#'>Share</a></div>"
    assert _tails_left(_live_blog(tail)) == 5


def test_a_bar_closing_fewer_than_three_entries_stays():
    page = _live_blog("")
    for entry in ENTRIES[:2]:
        end = f"<p>{entry[-1]}</p></div>"
        page = page.replace(end, end + "<div class='lb-tail'><a href='#'>Share</a></div>")
    assert _tails_left(page) == 2
    assert _tails_left(_live_blog("<div class='lb-tail'><button>Share</button></div>")) == 0


# -- a picture story's captions -------------------------------------------------------------------------

CAPTIONS = [
    "Marta Ilves checks the nets at first light on Lake Peipus. The ice has to be twenty centimetres thick.",
    'Her son Rasmus drills the first hole of the season. "You listen to the ice before you trust it," he says.',
    "The catch is mostly smelt and perch, sold the same morning to a smokehouse in Kallaste.",
    "Fishing huts stand in a row three kilometres from the shore, where the lake is at its deepest.",
]
STORY = [
    "For three generations the Ilves family has fished Lake Peipus through the ice, from the first hard frost "
    "to the March thaw.",
    "This winter the ice came late, and the season lasted only six weeks.",
]


def _picture_story(slides: list[str], paragraphs: list[str], wrap: str = "section") -> str:
    figures = "".join(
        f"<figure class='slide'><img src='/img/{i}.jpg' alt=''><div class='counter'>Photo {i + 1} of 12</div>"
        f"<figcaption>{c}</figcaption><div class='tools'><a href='/buy/{i}'>License this image</a></div></figure>"
        for i, c in enumerate(slides)
    )
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<html><body><main><h1>Fishing through the ice on Lake Peipus</h1>"
        f"<div class='intro'>{text}</div><{wrap} class='slides'>{figures}</{wrap}>"
        "<p>Marta says she will fish again next winter, whatever the ice does.</p></main></body></html>"
    )


def test_a_picture_storys_captions_are_its_text():
    text = extract_article(_picture_story(CAPTIONS, STORY)).text
    for caption in CAPTIONS:
        assert caption in text
    assert "Photo 2 of 12" not in text and "License this image" not in text


def test_captions_of_a_gallery_beside_many_paragraphs_or_in_an_aside_stay_out():
    paragraphs = [
        f"{p} The council met on the {n}th to discuss it again." for n in range(4, 10) for p in STORY[:1]
    ]
    assert CAPTIONS[0] not in extract_article(_picture_story(CAPTIONS, paragraphs)).text
    assert CAPTIONS[0] not in extract_article(_picture_story(CAPTIONS, STORY, wrap="aside"), min_words=1).text
    # two pictures are no run of slides
    assert CAPTIONS[0] not in extract_article(_picture_story(CAPTIONS[:2], STORY), min_words=1).text


# -- a list of short labelled fields ----------------------------------------------------------------------

RELEASE = [
    "Researchers at the state university have found that a common soil fungus helps barley roots survive "
    "a week of flooding, according to a study published on Tuesday.",
    "Plants grown with the fungus kept twice as many living roots after seven days under water as plants "
    "grown without it, the team reported.",
    '"Farmers on low ground lose a crop in one wet spring out of three," said Dr Ana Okafor, who led the '
    'work. "This could change that."',
]


def _release(box: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in RELEASE)
    page = (
        "<html><body><main><h1>Soil fungus helps barley survive floods</h1>"
        f"<div class='release-body'>{body}</div>{box}</main></body></html>"
    )
    return extract_article(page, "https://www.example.edu/news/barley-fungus").text


def test_a_list_of_short_fields_goes_with_its_heading():
    box = (
        "<div class='details'><h3>Study details</h3><dl><dt>Journal</dt><dd>Plant Physiology</dd>"
        "<dt>DOI</dt><dd>10.1093/plphys/kiab123</dd><dt>Type of study</dt><dd>Laboratory experiment</dd></dl></div>"
    )
    text = _release(box)
    assert "10.1093/plphys/kiab123" not in text and "Study details" not in text
    assert "Laboratory experiment" not in text
    assert "This could change that." in text


def test_a_glossary_in_sentences_and_a_table_of_quantities_stay():
    glossary = (
        "<dl><dt>Mycorrhiza</dt><dd>A fungus that lives on a plant's roots and trades water for sugar.</dd>"
        "<dt>Waterlogging</dt><dd>Soil so wet that roots cannot breathe.</dd></dl>"
    )
    assert "trades water for sugar" in _release(glossary)
    figures = (
        "<dl><dt>Roots alive, with fungus</dt><dd>64%</dd><dt>Roots alive, without</dt><dd>31%</dd></dl>"
    )
    assert "64%" in _release(figures)


# -- an "About ..." box beside the article ------------------------------------------------------------------

POST = [
    "When the water board sold its reservoir land in 2021, the sale was approved in a meeting that lasted "
    "twenty minutes. Nobody asked who the buyer was.",
    "Land registry records obtained for this post show that the buyer was a company set up six weeks earlier by "
    "two of the board's former advisers, who sold half the land on within a year.",
    '"We were told it was surplus land with no value to anyone," said Peter Oduya, who sat on the board until '
    '2023. "Nobody mentioned who was buying it."',
]


def _member_post(about: str, inside: bool = False) -> str:
    body = "".join(f"<p>{p}</p>" for p in POST) + (about if inside else "")
    return (
        "<html><body><main><div class='c1x'><h1>The reservoir land nobody asked about</h1>"
        f"<div class='c2x'>{body}</div></div>{'' if inside else about}</main></body></html>"
    )


ABOUT = (
    "<section class='card'><h2>About Dale Watch</h2><p>Independent investigations into councils, courts and land "
    "in the Yorkshire Dales, written by two reporters since 2019.</p></section>"
)


def test_an_about_box_beside_the_article_goes():
    text = extract_article(_member_post(ABOUT)).text
    assert "written by two reporters since 2019" not in text and "About Dale Watch" not in text
    assert "Nobody mentioned who was buying it." in text


def test_an_about_section_inside_the_articles_box_stays():
    assert "written by two reporters since 2019" in extract_article(_member_post(ABOUT, inside=True)).text


# -- a reader-support box by its class name ---------------------------------------------------------------

NOTES = [
    "In the summer of 1976 the reservoirs of south Wales fell so low that the drowned village of Llanwddyn "
    "came back into view, its chapel walls standing in the mud.",
    "Geologist Meredith Howells was nine that year. She walked the old street with her grandmother, who "
    "pointed out the house where she had been born.",
    "We talk about what droughts reveal, what the valleys lost when they were flooded, and why Howells "
    "thinks the next dry summer will bring the villages back again.",
]
SUPPORT = (
    "The Tideline is made possible by people like you. If the show helps you, chip in $3 a month and "
    "hear new episodes a week early."
)


def _episode(cls: str) -> str:
    notes = "".join(f"<p>{p}</p>" for p in NOTES)
    page = (
        "<html><body><main class='episode'><h1>The village under the reservoir</h1>"
        f"<div class='episode-notes'>{notes}</div><div class='{cls}'><p>{SUPPORT}</p></div></main></body></html>"
    )
    return extract_article(page, "https://tideline.example.fm/episodes/41").text


def test_a_small_box_whose_class_names_reader_support_goes():
    assert "chip in $3 a month" not in _episode("support-box")
    assert "chip in $3 a month" not in _episode("episode-support")


def test_a_class_that_merely_holds_the_word_stays():
    assert "chip in $3 a month" in _episode("supporting-text")


# -- a player's chapter list ------------------------------------------------------------------------------


def _with_list(heading: str, items: list[str]) -> str:
    notes = "".join(f"<p>{p}</p>" for p in NOTES)
    lst = "".join(f"<li>{i}</li>" for i in items)
    page = (
        "<html><body><main class='episode'><h1>The village under the reservoir</h1>"
        f"<div class='episode-notes'>{notes}<h3>{heading}</h3><ul>{lst}</ul></div></main></body></html>"
    )
    return extract_article(page, "https://tideline.example.fm/episodes/41").text


def test_a_players_chapter_list_goes_with_its_heading():
    text = _with_list("Chapters", ["00:00 Cold open", "04:12 The dry summer", "21:40 Back to the village"])
    assert "The dry summer" not in text and "Chapters" not in text
    assert "the villages back again" in text
    text = _with_list("In this episode", ["(0:00) Intro", "(1:02:13) The flood of 1965"])
    assert "The flood of 1965" not in text


def test_a_timeline_of_the_day_stays():
    items = [
        "09:15 Police are called to the dam",
        "09:40 The valley road is closed",
        "11:05 Villagers are moved",
    ]
    text = _with_list("How the day unfolded", items)
    assert "09:40 The valley road is closed" in text


# -- an episode's date line with its duration, a transcript toggle ------------------------------------------


@pytest.mark.parametrize(
    "line", ["December 1, 2026 · 47:12", "Dec 1, 2026 | 1:02:13", "March 3, 2026 · 10:15 AM"]
)
def test_a_date_with_a_time_or_duration_alone_on_its_line_goes(line):
    assert furniture_rule(line) == "date on its own"


@pytest.mark.parametrize("line", ["Read transcript", "Show full transcript", "View the transcript"])
def test_a_transcript_toggle_goes(line):
    assert furniture_rule(line) == "widget line"


@pytest.mark.parametrize(
    "line",
    [
        "December 1, 2026 · 47 people were evacuated",
        "Read the transcript of the hearing on the court's website.",
        "The transcript was read into the record.",
    ],
)
def test_a_line_that_goes_on_stays(line):
    assert furniture_rule(line) is None


# -- a title the page sets on two lines ----------------------------------------------------------------------


def _cleaned(first_lines: list[str], title: str) -> list[str]:
    from bot.web.page_lines import clean_extracted

    return clean_extracted("\n".join([*first_lines, *NOTES]), title, frozenset()).split("\n\n")


def test_a_label_and_headline_the_title_joins_go_as_the_title():
    lines = _cleaned(
        ["Episode 41", "The village under the reservoir"], "Episode 41: The village under the reservoir"
    )
    assert lines[0] == NOTES[0]


def test_lines_the_title_does_not_join_stay():
    # the headline alone, under a label the title does not hold
    lines = _cleaned(
        ["Season 3", "The village under the reservoir"], "Episode 41: The village under the reservoir"
    )
    assert "The village under the reservoir" in lines
