"""Rules from the blind page set pages_final148 (measured once on 5f21b269; bot.web.page_boxes, page_rules, page_tree): a
short pull quote giving the words its paragraph reports stays; a line sending questions about a thing of the story's to
a person under a role in lower case ("… should go to league scheduler <Name> at …") stays; a card selling an animal's
symbolic adoption ("Adopt <Name> →" over its price) goes; and a bar the page sets above its headline, outside the
headline's block (a field status line), goes. Pages and lines written for the test; near misses must stay."""

from __future__ import annotations

from bot.web.article import extract_article
from bot.web.page_rules import furniture_rule
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, cleaned, page_text

# -- a pull quote giving the words its paragraph reports -----------------------------------------------------------------

_REPORTS = (
    "<p>Harbour commissioner Edda Voss cast the only vote against the plan. She said she backs a new quay but objected "
    "to closing the old one before the pontoon is ready for the fishing boats.</p>"
)
_QUOTES = (
    "<p>Harbour commissioner Edda Voss cast the only vote against the plan. “I back a new quay,” she said, “but not a "
    "winter with nowhere to land a catch.”</p>"
)
_NARRATES = (
    "<p>Harbour commissioner Edda Voss cast the only vote against the plan, and the board moved on to the summer "
    "mooring fees, which rise by four percent for boats over ten metres.</p>"
)
_PULL = (
    "<blockquote class='pull-quote'><p>“A boat that can’t land is a boat that doesn’t fish. Somebody has to say that "
    "out loud before the diggers arrive.”</p></blockquote>"
)
_WRITERS_LINE = (
    "<blockquote class='pull-quote'><p>A boat that can’t land is a boat that doesn’t fish, and the board knows it."
    "</p></blockquote>"
)


def _with_pull_quote(paragraph: str, box: str = _PULL, story: str = QUAY_STORY) -> str:
    cut = story.index("<p>Paragraph 3")
    return page_text(
        f"<article><h1>Quay to be rebuilt</h1>{story[:cut]}{paragraph}{box}{story[cut:]}</article>"
    )


def test_a_pull_quote_giving_the_words_its_paragraph_reports_stays():
    text = _with_pull_quote(_REPORTS)
    assert "A boat that can’t land is a boat that doesn’t fish." in text, text
    assert "Paragraph 2 of the story" in text and "Paragraph 3 of the story" in text
    # near misses: the paragraph before gives the speaker's words in marks …
    assert "doesn’t fish" not in _with_pull_quote(_QUOTES)
    # … or reports nothing, or no speaker's words …
    assert "doesn’t fish" not in _with_pull_quote(_NARRATES)
    survey = (
        "<p>Harbour commissioner Edda Voss cast the only vote against the plan. The survey report says the old piles "
        "have rotted through in more than a dozen places below the waterline.</p>"
    )
    assert "doesn’t fish" not in _with_pull_quote(survey)
    # … or the box is the writer's line, no quotation …
    assert "doesn’t fish" not in _with_pull_quote(_REPORTS, _WRITERS_LINE)
    # … and a quotation the story says in its paragraphs is read once, there
    said = (
        "<p>“A boat that can’t land is a boat that doesn’t fish. Somebody has to say that out loud before the diggers "
        "arrive,” Voss said after the vote.</p>"
    )
    cut = QUAY_STORY.index("<p>Paragraph 5")
    text = _with_pull_quote(_REPORTS, story=QUAY_STORY[:cut] + said + QUAY_STORY[cut:])
    assert text.count("doesn’t fish") == 1, text


# -- questions sent to a person under a role in lower case --------------------------------------------------------------


def test_questions_sent_to_a_person_under_a_role_stay():
    for line in (
        "Questions about the makeup schedule should go to league scheduler Dave Oyelowo at scheduling@tvysl.org.",
        "Questions about the regatta entries can be directed to club secretary Fen Marsh at regatta@example.org.",
        "Inquiries about these moorings may be sent to assistant harbour master Ola Brandt at moorings@example.org.",
    ):
        assert furniture_rule(line) is None, line
        assert cleaned([*FERRY_STORY, line]) == [*FERRY_STORY, line], line
    # near misses: the site's own things, a line the site signs, or questions sent to no named person, still go
    for line in (
        "Questions about this story should go to reporter Jane Lowe at jlowe@example.org.",
        "Questions about the newsletter should go to circulation manager Tom Reed at news@example.org.",
        "Questions about the regatta should go to our club secretary Fen Marsh at regatta@example.org.",
        "Send your questions to league scheduler Dave Oyelowo at scheduling@example.org.",
    ):
        assert furniture_rule(line) == "contact e-mail", line


# -- a card selling an animal's symbolic adoption -----------------------------------------------------------------------


def _adopt_card(name: str, blurb: str, button: str) -> str:
    return (
        f"<table class='card-block'><tr><td><img src='/img/{name.lower()}.jpg' width='176'></td><td>"
        f"<h3>Adopt {name}</h3><p>{blurb}</p><p><a href='https://otters.example.org/adopt/{name.lower()}'>{button}"
        "</a></p></td></tr></table>"
    )


_PEBBLE = (
    "Pebble is an otter who lost a paw to a trap. A $35 symbolic adoption brings a photo and a plush otter."
)
_RUSH = (
    "Rush came to us as a pup and now greets every school group. Adopt him for $35 and help pay for his fish."
)


def _with_adopt_cards(first: str, second: str = "") -> str:
    one = QUAY_STORY.index("<p>Paragraph 2")
    two = QUAY_STORY.index("<p>Paragraph 4")
    return page_text(
        f"<article><h1>Quay to be rebuilt</h1>{QUAY_STORY[:one]}{first}{QUAY_STORY[one:two]}{second}"
        f"{QUAY_STORY[two:]}</article>"
    )


def test_cards_selling_a_symbolic_adoption_go():
    text = _with_adopt_cards(
        _adopt_card("Pebble", _PEBBLE, "Adopt Pebble →"), _adopt_card("Rush", _RUSH, "Adopt Rush →")
    )
    assert "plush otter" not in text and "school group" not in text and "Adopt Pebble" not in text, text
    assert "Paragraph 1 of the story" in text and "Paragraph 4 of the story" in text
    # near misses: a card naming no price …
    free = "Pebble is an otter who lost a paw to a trap. She now helps us raise orphaned pups."
    assert "orphaned pups" in _with_adopt_cards(_adopt_card("Pebble", free, "Adopt Pebble →"))
    # … or a link that calls for nothing ("Adoption stories", "Adopted last spring") stays
    assert "plush otter" in _with_adopt_cards(_adopt_card("Pebble", _PEBBLE, "Adoption stories"))
    assert "plush otter" in _with_adopt_cards(_adopt_card("Pebble", _PEBBLE, "Adopted last spring"))


# -- a bar above the headline --------------------------------------------------------------------------------------------

_BAR = "Pool status (updated 6:40 a.m.): All lanes OPEN"
_KICKER = "Council news"
_LEDE = (
    "The harbour board voted on Tuesday to rebuild the north quay next spring, after a survey found the old timber piles "
    "had rotted through below the waterline in more than a dozen places."
)


def _league_page(
    bar: str = _BAR, og_title: str = "Quay to be rebuilt next spring", kicker: str = "", side: str = ""
) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in [_LEDE, *FERRY_STORY, *FERRY_STORY[:2]])
    page = (
        f"<html><head><title>Harbour League - Quay to be rebuilt next spring</title><meta property='og:title' "
        f"content='{og_title}'></head><body><div id='top'><div id='statusBar' class='statusBar'>{bar}</div></div>"
        "<div id='pageContent'><div class='layout-2-col'><div class='col-8' id='pageColumn1'><div class='pageElement "
        f"newsItem'><div class='newsHeading'>{kicker}<h2 id='item_title'>Quay to be rebuilt next spring</h2>"
        "<div class='newsMeta'><span>Posted by the Harbour League</span></div></div><div class='newsText'>"
        f"{paragraphs}</div></div></div><div class='col-4' id='pageColumn2'><div class='pageElement'><h3>Latest News"
        "</h3><ul><li><a href='/news/1'>Regatta entries open</a></li><li><a href='/news/2'>Winter moorings</a></li>"
        f"</ul>{side}</div></div></div></div></body></html>"
    )
    return extract_article(page, "https://harbourleague.example.org/news/quay").text


def test_a_bar_above_the_headline_goes():
    text = _league_page()
    assert "Pool status" not in text and text.startswith(_LEDE), text
    # near misses: a line in sentences above the headline …
    notice = "The pool is closed on Monday for the regatta."
    assert notice in _league_page(bar=notice)
    # … a salutation over a letter …
    assert "Hi neighbours," in _league_page(bar="<p>Hi neighbours,</p>")
    # … a table's rows (a scorecard above a match report) …
    scores = "<tr><td>Harbour 1st innings</td><td>212 all out</td></tr><tr><td>Quay 1st innings</td><td>180-4</td></tr>"
    assert "212 all out" in _league_page(bar=f"<table>{scores}</table>")
    # … a page whose headline no heading the title names heads …
    assert "Pool status" in _league_page(og_title="Harbour League news")
    # … a bar the page shows after the headline too …
    assert "Pool status" in _league_page(side=f"<p>{_BAR}</p>")
    # … and a kicker inside the headline's block stay
    assert _KICKER in _league_page(bar="", kicker=f"<p class='kicker'>{_KICKER}</p>")
