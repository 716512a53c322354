"""The work of reading a page is bounded before trafilatura starts (bot/web/page_tree.py, "bounding the work").

trafilatura cannot be interrupted, and unbounded it spent ~115 s on a 5 MB page of small blocks; these
tests count the work done (trafilatura passes, elements read) instead of timing it, and use pages that
took minutes or hours before the bounds, so a bound that broke would fail or hang the suite.
"""

from __future__ import annotations

import json

import pytest

from bot.errors import LinkError
from bot.web import article
from bot.web.article import extract_article
from bot.web.page_lines import link_texts
from bot.web.page_tree import FULL_ELEMENTS, MAX_ELEMENTS, MAX_MARKUP_CHARS

PROSE = (
    "The harbour commission voted on Tuesday to extend the ferry contract for another five years, "
    "after a long debate about fares and the age of the two boats that serve the island."
)


def _paras(n: int) -> str:
    return "".join(f"<p>{PROSE} Paragraph {i}.</p>" for i in range(n))


@pytest.fixture
def passes(monkeypatch):
    """Every trafilatura pass (its options), recorded; the real extraction still runs."""
    seen: list[dict] = []
    real = article._extract_raw

    def counting(html, url, options, prune=True, metadata=True):
        seen.append(options)
        return real(html, url, options, prune, metadata)

    monkeypatch.setattr(article, "_extract_raw", counting)
    return seen


def test_a_page_of_a_hundred_thousand_blocks_is_refused_before_trafilatura_reads_it(passes):
    # 5 MB, ~100,000 small blocks: unbounded, trafilatura spent about two minutes on such a page.
    blocks = "".join(f"<div><span>Item {i} of the list</span></div>" for i in range(100_000))
    page = f"<html><body>{blocks}</body></html>"
    assert len(page) > 4_000_000
    with pytest.raises(LinkError) as caught:
        extract_article(page, "https://example.org/big")
    assert str(caught.value).startswith("page too big to read: 200,002 HTML elements")
    assert f"{MAX_ELEMENTS:,}" in str(caught.value)
    assert passes == []


def test_the_element_bound_is_exact(passes):
    # A page of exactly MAX_ELEMENTS elements is read; one more element and it is refused unread.
    head = 5  # html, head, title, body, main
    filler = "<i>x</i>" * (MAX_ELEMENTS - head - 40)
    page = f"<html><head><title>T</title></head><body><main>{_paras(40)}{filler}</main></body></html>"
    assert extract_article(page).words > 1000
    assert len(passes) == 1  # above FULL_ELEMENTS: trafilatura's default mode alone
    passes.clear()
    with pytest.raises(LinkError, match="page too big to read"):
        extract_article(page.replace("</main>", "<i>x</i></main>"))
    assert passes == []


def test_inline_drawings_do_not_count_against_the_element_bound(passes):
    # icons drawn inline: more path elements than the bound, but no page structure; the story is read
    icon = "<svg viewBox='0 0 24 24'>" + "<path d='M0 0h1v1z'/>" * 300 + "</svg>"
    icons = f"<nav>{icon * ((MAX_ELEMENTS // 300) + 5)}</nav>"
    page = f"<html><body>{icons}<article>{_paras(12)}</article></body></html>"
    assert page.count("<path") > MAX_ELEMENTS
    assert extract_article(page).words > 200
    assert len(passes) >= 2  # read in the three modes of an ordinary page: the drawings weigh nothing


def test_an_ordinary_page_gets_three_passes_and_a_crowded_one_only_the_default(passes):
    ordinary = f"<html><body><article>{_paras(12)}</article></body></html>"
    extract_article(ordinary)
    assert len(passes) >= 2  # the default and its precision mode (and recall on a thin page)
    passes.clear()
    crowded = ordinary.replace("</article>", "<b>x</b>" * FULL_ELEMENTS + "</article>")
    extract_article(crowded)
    assert len(passes) == 1


def test_a_large_page_of_script_code_is_slimmed_and_read_with_its_json_ld():
    code = "var data = " + json.dumps(["x" * 80] * 40_000) + ";"
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "author": {"@type": "Person", "name": "Mara Quist"},
        }
    )
    page = (
        f"<html><head><title>Ferry deal</title><script>{code}</script>"
        f'<script type="application/ld+json">{ld}</script><style>{".a{color:red}" * 20_000}</style></head>'
        f"<body><article>{_paras(10)}</article></body></html>"
    )
    assert len(page) > 3_000_000
    found = extract_article(page, "https://example.org/ferry")
    assert PROSE in found.text and found.author == "Mara Quist"


def test_a_page_with_too_much_markup_is_refused():
    cells = "".join(f"<span title='{'y' * 190}'>{i}</span>" for i in range(8_000))
    page = f"<html><body><article>{_paras(5)}</article>{cells}</body></html>"
    assert len(page) > MAX_MARKUP_CHARS
    with pytest.raises(LinkError, match=r"page too big to read: [\d,]+ characters of HTML"):
        extract_article(page)


def test_link_texts_pairs_each_opener_with_the_next_closer():
    page = (
        '<a href="/one">Council backs ferry deal</a> <a href="#top">Back to top</a> '
        '<a href="/two"><span>Island</span> <b>fares rise</b></a> '
        '<a href="/three"><a href="/inner">Nested link</a> tail</a> <a href="/open">never closed'
    )
    assert link_texts(page) == frozenset({"council backs ferry deal", "island fares rise", "nested link"})


def test_link_texts_is_linear_on_unclosed_anchors():
    # "<a …>(.*?)</a>" rescanned the rest of the page from every opener without a closer: this page
    # took hours. Paired in one pass, it takes milliseconds (a regression would hang this test).
    page = '<a href="/x">' * 20_000 + "word " * 100_000 + '<a href="/y">Last two</a>'
    (text,) = link_texts(page)  # the first opener takes the one closer, as the pattern did
    assert text.startswith("word word") and text.endswith("word last two")


def test_canonical_lookup_is_linear_on_unclosed_tags():
    page = "<html><head>" + "<link rel=canonical " * 14_000 + '<link rel="canonical" href="/a">'
    assert (
        article.declared_canonical(page + "</head></html>", "https://example.org/") == "https://example.org/a"
    )


def test_only_the_first_mode_reads_the_page_metadata(monkeypatch):
    seen = []
    real = article._extract_raw

    def recording(html, url, options, prune=True, metadata=True):
        seen.append(metadata)
        return real(html, url, options, prune, metadata)

    monkeypatch.setattr(article, "_extract_raw", recording)
    found = extract_article(
        f"<html><head><title>Ferry deal</title></head><body><article>{_paras(4)}</article></body></html>"
    )
    assert seen[0] is True and seen[1:] and not any(seen[1:])
    assert found.title == "Ferry deal"
