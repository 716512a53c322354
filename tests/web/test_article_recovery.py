"""Recovering article text that trafilatura or our pruning drops on unseen layouts (bot/web/article.py and
the page_* modules it runs): bare text blocks, feeds of posts, teaser boxes, blocks only one extraction
mode finds, and the furniture rules added beside them."""

from __future__ import annotations

import pytest

from bot.web import article, page_tree
from bot.web.article import extract_article, furniture_rule
from bot.web.page_lines import clean_extracted
from bot.web.page_merge import merge_missing

PROSE = [
    "The county board met on Tuesday evening to weigh a plan that would close two rural branches and "
    "send their readers to the main library in town, twenty miles away for some of them.",
    "Residents packed the meeting room and the hallway outside it, and the chair had to ask for quiet "
    "twice before the first of more than forty speakers could be heard over the crowd.",
    "A final vote is expected next month, after the finance committee has looked again at the figures "
    "for heating, staffing and the mobile library that would visit each village twice a month.",
]
# Enough paragraph text that trafilatura reads only <p> blocks (on a page with little of it, it reads
# bare <div> text too, and the cases below would pass by chance).
MORE = [
    "Library staff said visits to the two branches had risen by a fifth since the pandemic, mostly "
    "parents with young children and older residents who come in to use the computers and printers.",
    "The union representing the eleven part-time workers said it had not been consulted and would ask "
    "the board to delay any decision until a study of the mobile service had been published in full.",
    "Two neighbouring counties closed branches in the last decade; one of them has since reopened a "
    "small reading room in its town hall after a petition gathered more than three thousand names.",
]


def _page(body: str, title: str = "Board weighs library closures") -> str:
    return (
        f"<html><head><title>{title}</title></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav></header>"
        f"{body}<footer><p>Contact the newsroom</p></footer></body></html>"
    )


def _paras(items: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in items)


# -- bare text blocks ------------------------------------------------------------------------------


def test_a_bare_div_of_text_inside_the_article_is_read_as_a_paragraph():
    summary = "A hearty soup of roasted squash, sage and white beans that keeps for days in the fridge."
    html = _page(
        f"<article><h1>Squash soup</h1>{_paras(PROSE)}"
        f"<div class='card-summary'><span style='display:block'>{summary}</span></div>"
        f"{_paras(MORE)}</article>"
    )
    assert summary in extract_article(html).text


def test_a_bare_div_of_figures_in_spans_is_kept_with_its_words():
    label = (
        "<div class='nutrition'><span><span>Calories: </span><span>286</span><span>kcal</span></span>"
        "<span><span>Protein: </span><span>12</span><span>g</span></span></div>"
    )
    html = _page(f"<article><h1>Squash soup</h1>{_paras(PROSE)}{label}{_paras(MORE)}</article>")
    assert "Calories: 286kcal" in extract_article(html).text


def test_short_or_link_heavy_bare_divs_are_not_turned_into_paragraphs():
    from lxml import html as lxml_html

    tree = lxml_html.fromstring(
        "<html><body><div id='date'>Sep 18, 2024</div>"
        "<div id='nav'><a href='/a'>Local news today</a> <a href='/b'>Sport results here</a> and more</div>"
        "<div id='text'>Commissioners will hear from residents at a public meeting next Tuesday.</div>"
        "<div id='box'><p>A block with a paragraph inside it is not bare text at all.</p></div></body></html>"
    )
    page_tree.leaf_divs_as_paragraphs(tree)
    tags = {el.get("id"): el.tag for el in tree.iter() if el.get("id")}
    assert tags == {"date": "div", "nav": "div", "text": "p", "box": "div"}


# -- feeds of posts --------------------------------------------------------------------------------

_POSTS = [
    "Crews held the fire on its northern edge overnight but lost the line on the ridge road after two.",
    "Train services between the two towns have been replaced by buses for the rest of the day.",
    "The mayor said the evacuation centre had taken in 140 people and about sixty animals by lunch.",
    "Police closed the old highway in both directions while the front passed the eastern farms.",
]


def test_every_post_of_a_live_blog_is_read_not_only_the_first():
    posts = "".join(
        f"<article class='post'><time>{h}:00pm</time><div class='body'><p>{p}</p><p>{more}</p></div></article>"
        for h, p, more in zip((4, 3, 2, 1), _POSTS, [*MORE, PROSE[0]], strict=True)
    )
    html = _page(f"<main id='content'><h1>Fire updates</h1><div class='feed'>{posts}</div></main>")
    text = extract_article(html).text
    for post in _POSTS:
        assert post in text


def test_a_story_with_small_related_cards_beside_it_is_not_treated_as_a_feed():
    from lxml import html as lxml_html

    cards = "".join(f"<article><a href='/s{i}'>Other story number {i}</a></article>" for i in range(3))
    tree = lxml_html.fromstring(
        f"<html><body><div><article id='story'>{_paras(PROSE)}</article>{cards}</div></body></html>"
    )
    page_tree.feeds_as_sections(tree)
    assert [el.tag for el in tree.iter("article")][:1] == ["article"]
    assert len(list(tree.iter("article"))) == 4


# -- role-named boxes and paywall teasers -----------------------------------------------------------


def test_a_teaser_box_named_for_subscribers_is_kept_when_it_holds_paragraphs_of_prose():
    html = _page(
        "<article><h1>Board weighs library closures</h1>"
        f"<div class='asset-content'><div class='subscriber-preview'>{_paras(PROSE)}</div>"
        "<div class='offer'><p>Please log in, or sign up for a new account and purchase a subscription to "
        "continue reading.</p><p>Only $1 for your first 3 months</p><p>Already a subscriber? Log in</p>"
        "</div></div></article>"
    )
    text = extract_article(html).text
    for paragraph in PROSE:
        assert paragraph in text
    assert "continue reading" not in text and "Only $1" not in text


def test_a_small_newsletter_box_is_still_pruned():
    box = (
        "<div class='newsletter-signup'><p>Get the morning briefing in your inbox. Free, every weekday; "
        "unsubscribe at any time.</p></div>"
    )
    html = _page(
        f"<article><h1>Board weighs library closures</h1>{_paras(PROSE[:2])}{box}{_paras(PROSE[2:])}</article>"
    )
    assert "morning briefing" not in extract_article(html).text


def test_a_paywall_notice_after_a_teaser_in_the_first_half_cuts_the_pitch():
    lines = [
        PROSE[0],
        PROSE[1],
        "Thank you for reading!",
        "Please sign in to continue reading.",
        "Only $1 for your first 3 months",
        "Get unlimited access to local news",
        "Subscribe now",
        "Already a subscriber? Log in",
        "Activate your print subscription",
    ]
    cleaned = clean_extracted("\n".join(lines))
    assert cleaned.endswith("Thank you for reading!")
    assert "Only $1" not in cleaned


def test_a_paywall_like_line_before_any_article_text_cuts_nothing():
    lines = ["Please sign in to continue reading.", PROSE[0], PROSE[1], PROSE[2]]
    assert clean_extracted("\n".join(lines)).endswith("\n\n".join(PROSE))


def test_a_paywall_like_line_inside_a_full_story_only_loses_itself():
    lines = [PROSE[0], "Please sign in to continue reading.", PROSE[1], PROSE[2]]
    assert clean_extracted("\n".join(lines)) == "\n\n".join(PROSE)


# -- new furniture rules ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("7 min read · Feb 2, 2024", "reading time"),
        ("Jane Okoro | 4 minute listen", "reading time"),
        ("View original content to download multimedia: https://wire.example/n/123.html", "newswire trailer"),
        ("SOURCE Northwind Water Authority", "newswire trailer"),
        (
            "Our site uses cookies so that we can remember you. Further use of this site is consent.",
            "cookie notice",
        ),
        (
            "We use cookies to improve your experience. By continuing you agree to our policy.",
            "cookie notice",
        ),
    ],
)
def test_new_furniture_lines_are_recognised(line, rule):
    assert furniture_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "The regulator said websites that set cookies without consent will be fined from March.",
        "The bakery on Main Street sold 4,000 cookies in a single weekend, its owner estimates.",
        "It took the crew 45 minutes to read the full list of names at the memorial on Sunday.",
        "SOURCES close to the council say the vote will be put off until the spring.",
        "SOURCE of the leak remains unknown, officials told reporters at a briefing on Monday evening.",
        "We viewed the original content of the letter, which has since been deleted.",
    ],
)
def test_article_sentences_near_those_rules_are_kept(line):
    assert furniture_rule(line) is None


# -- merging what another extraction mode found ------------------------------------------------------


def test_merge_adds_missing_list_items_after_the_last_shared_paragraph():
    text = "\n\n".join([PROSE[0], "Key features include:", PROSE[1]])
    other = "\n\n".join(
        [
            PROSE[0],
            "Key features include:",
            "- Membrane filters down to 0.04 microns",
            "- Two days of storage",
        ]
    )
    merged = merge_missing(text, other).split("\n\n")
    assert merged == [
        PROSE[0],
        "Key features include:",
        "- Membrane filters down to 0.04 microns",
        "- Two days of storage",
        PROSE[1],
    ]


def test_merge_adds_a_block_the_base_never_saw_at_the_start():
    other = "\n\n".join(["- 1 large whole chicken", "- 250 g minced lamb", "- 2 tablespoons vegetable oil"])
    merged = merge_missing(PROSE[0], other)
    assert merged.split("\n\n") == [*other.split("\n\n"), PROSE[0]]


def test_merge_skips_variants_of_paragraphs_already_there_and_labels_or_bars():
    variant = "by the desk " + PROSE[1][:-1] + " and more."  # the same paragraph, cut differently
    other = "\n\n".join(
        [variant, "News provided by", "Close", "Written: 2023-11-07 15:03:30 / Updated: 2023-11-07", "- Home"]
    )
    text = "\n\n".join(PROSE)
    assert merge_missing(text, other) == text


def test_extract_article_merges_the_precision_and_recall_modes(monkeypatch):
    """Wiring: what only the precision mode reads (an ingredient list the default missed) is added."""
    default = "\n\n".join(PROSE)
    precision = "\n\n".join(["- 1 large whole chicken", "- 250 g minced lamb", PROSE[0]])
    seen = []

    def fake(_page, _url, options, _links, **_first_mode):
        seen.append((options.get("favor_precision", False), options.get("favor_recall", False)))
        return None, precision if options.get("favor_precision") else default

    monkeypatch.setattr(article, "_extract_text", fake)
    text = extract_article(_page(_paras(PROSE))).text
    assert text.split("\n\n")[:2] == ["- 1 large whole chicken", "- 250 g minced lamb"]
    assert (True, False) in seen
    # and only the default runs for the benchmark's trafilatura-alone systems
    seen.clear()
    extract_article(_page(_paras(PROSE)), options={}, cleanup=False)
    assert seen == [(False, False)]


# -- author taglines and teaser excerpts -----------------------------------------------------------


def test_a_closing_author_tagline_goes():
    bio = (
        "Marisa Quint is the founder of a small consultancy that helps bakeries sell online. "
        "She is also a part-time lecturer in marketing."
    )
    cleaned = clean_extracted("\n".join([*PROSE, bio]))
    assert cleaned == "\n\n".join(PROSE)


@pytest.mark.parametrize(
    "last",
    [
        "Marisa Quint is the founder of the bakery, which opened in 2019, her lawyer said on Friday.",
        "Harlan County is the second-largest county in the state by area.",  # "is the" after a place
        "The board is a body of seven elected members that meets once a month.",
    ],
)
def test_a_closing_paragraph_that_reports_or_describes_a_place_stays(last):
    lines = [*PROSE, last]
    kept = clean_extracted("\n".join(lines)).split("\n\n")
    assert kept[-1] == last


def test_a_tagline_in_the_middle_of_the_text_stays():
    bio = "Marisa Quint is the founder of a small consultancy that helps bakeries sell online."
    assert bio in clean_extracted("\n".join([PROSE[0], bio, PROSE[1]]))


def test_list_items_cut_short_with_an_ellipsis_are_teasers_for_other_pages():
    lines = [
        PROSE[0],
        "- micropolitics — noun The use of power by groups within organizations, as opposed to … Wiktionary",
        "- Jane Roe — (born 1930), is professor emeritus of history at the university … Wikipedia",
        "- Ada Lovelace, writing on the engine...",
        "- 250 g plain flour",
        "- Stir until smooth, then rest for ten minutes.",
    ]
    kept = clean_extracted("\n".join(lines)).split("\n\n")
    assert kept == [PROSE[0], "- 250 g plain flour", "- Stir until smooth, then rest for ten minutes."]


def test_a_very_large_page_is_read_by_the_default_mode_alone(monkeypatch):
    """The extra passes are bounded: past ``page_tree.LARGE_PAGE_CHARS`` only trafilatura's default runs."""
    seen = []

    def fake(_page, _url, options, _links, **_first_mode):
        seen.append((options.get("favor_precision", False), options.get("favor_recall", False)))
        return None, "\n\n".join(PROSE * 40)

    monkeypatch.setattr(article, "_extract_text", fake)
    monkeypatch.setattr(page_tree, "LARGE_PAGE_CHARS", 10_000)
    small, large = _page(_paras(PROSE)), _page(_paras(PROSE * 40))
    assert len(small) < 10_000 < len(large)
    extract_article(small)
    assert (True, False) in seen
    seen.clear()
    extract_article(large)
    assert seen == [(False, False)]
