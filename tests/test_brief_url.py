"""Briefer.brief_url / brief_links: the whole link path with a real Redis and a local server."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.briefing import Briefer
from bot.errors import LinkError
from bot.storage.store import Store, connect
from tests.support import article_server as served
from tests.support.article_server import PARAGRAPHS, TITLE

article_server = served.article_server
server = served.server


@pytest.fixture
def briefer(settings):
    s = replace(settings, fetch_allow_private=True, fetch_timeout=5.0)
    return Briefer(s, Store(connect(s), s))


def test_same_link_with_different_tracking_tails_is_fetched_once(briefer, server):
    first = briefer.brief_url(server.url("/article?utm_source=slack&utm_medium=social#top"))
    second = briefer.brief_url(server.url("/article?utm_campaign=spring&fbclid=XyZ"))
    assert server.hits["/article"] == 1
    assert not first.cached and second.cached
    assert first.url == second.url == server.url("/article")
    assert second.to_dict() | {"cached": False} == first.to_dict()


def test_brief_carries_canonical_url_extracted_text_and_metadata(briefer, server):
    brief = briefer.brief_url(server.url("/article?utm_source=x"))
    assert brief.url == server.url("/article")
    assert brief.title == TITLE
    assert PARAGRAPHS[0] in brief.text and "Sign up for our newsletter" not in brief.text
    assert brief.site == "The Coastal Courier" and brief.author and brief.date == "2024-03-12"
    assert brief.words > 100


def test_amp_page_folds_into_its_canonical_article(briefer, server):
    canonical = briefer.brief_url(server.url("/article"))
    amp = briefer.brief_url(server.url("/article/amp"))
    assert server.hits["/article"] == 1 and server.hits["/article/amp"] == 1
    assert amp.url == canonical.url and amp.cached
    again = briefer.brief_url(server.url("/article/amp?utm_source=x"))
    assert again.cached and server.hits["/article/amp"] == 1


def test_amp_first_then_canonical_is_one_analysis(briefer, server):
    amp = briefer.brief_url(server.url("/article/amp"))
    assert amp.url == server.url("/article")
    canonical = briefer.brief_url(server.url("/article"))
    assert canonical.cached and server.hits["/article"] == 0


def test_a_page_cannot_write_a_brief_under_another_url(briefer, server):
    other_site = briefer.brief_url(server.url("/claims?to=https://victim.example/story"))
    assert other_site.url == server.url("/claims?to=https://victim.example/story")
    assert briefer.cached_url_brief("https://victim.example/story") is None
    # Same host, not an AMP variant: the page may name its URL, but not fill that URL's cache entry.
    same_site = briefer.brief_url(server.url("/claims?to=/second"))
    assert same_site.url == server.url("/second")
    assert briefer.cached_url_brief(server.url("/second")) is None


def test_failures_are_cached(briefer, server):
    for _ in range(10):
        with pytest.raises(LinkError, match=r"^the site answered 404"):
            briefer.brief_url(server.url("/missing?utm_source=x"))
    assert server.hits["/missing"] == 1
    ttl = briefer.store.client.ttl(briefer.store.key_url_failure(server.url("/missing")))
    assert 0 < ttl <= briefer.settings.failure_cache_ttl


def test_not_an_article(briefer, server):
    with pytest.raises(LinkError, match=r"^not an article: too little text$"):
        briefer.brief_url(server.url("/paywall"))


def test_refused_link_is_refused_through_the_briefer(settings, server):
    strict = replace(settings, fetch_allow_private=False)
    b = Briefer(strict, Store(connect(strict), strict))
    with pytest.raises(LinkError, match=r"^refused: private address \(loopback\)$"):
        b.brief_url(server.url("/article"))
    assert server.total_hits == 0


def test_plain_text_and_legacy_charset_pages(briefer, server):
    assert PARAGRAPHS[3][:50] in briefer.brief_url(server.url("/plain")).text
    assert "“This is the agreement" in briefer.brief_url(server.url("/latin1")).text


def test_brief_links_for_a_slack_message(briefer, server):
    message = (
        f"Two stories: <{server.url('/article?utm_source=slack')}|breakwater> and {server.url('/second')} "
        f"(plus <{server.url('/report.pdf')}|the report>, <https://files.slack.com/x.png> and "
        f"<{server.url('/missing')}>)"
    )
    results = briefer.brief_links(message)
    assert [r.canonical for r in results] == [
        server.url("/article"),
        server.url("/second"),
        server.url("/report.pdf"),
    ]  # BRIEF_MAX_LINKS=3 by default: the fourth link is left out
    assert results[0].brief.title == TITLE and results[0].label == "breakwater"
    assert results[1].brief.title.startswith("Night buses")
    assert str(results[2].error) == "can't read this kind of link: PDF"
    assert server.hits["/report.pdf"] == 0


def test_brief_links_reports_each_error(briefer, server):
    b = Briefer(replace(briefer.settings, max_links=5), briefer.store)
    results = b.brief_links(
        f"<{server.url('/missing')}> <{server.url('/consent')}> <http://169.254.169.254/x>"
    )
    assert [str(r.error) for r in results] == [
        "the site answered 404 Not Found",
        "not an article: too little text",
        "refused: private address (link-local)",
    ]


def test_the_same_link_asked_for_at_once_is_fetched_once(briefer, server):
    """Two askers at the same moment (two channels, two workers): one fetch, one analysis."""
    import threading

    results, errors = [], []

    def ask(tail: str) -> None:
        try:
            results.append(briefer.brief_url(server.url(f"/slow?s=1&utm_source={tail}")))
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=ask, args=(t,)) for t in ("slack", "email", "rss")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not errors
    assert server.hits["/slow"] == 1
    assert len(results) == 3 and sorted(r.cached for r in results) == [False, True, True]
    assert not briefer.store.client.exists(briefer.store.key_url_lock(server.url("/slow?s=1")))


def test_a_failure_reaches_the_askers_who_waited(briefer, server):
    import threading

    outcomes = []

    def ask() -> None:
        try:
            briefer.brief_url(server.url("/paywall"))
            outcomes.append("brief")
        except LinkError as error:
            outcomes.append(str(error))

    threads = [threading.Thread(target=ask) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert server.hits["/paywall"] == 1
    assert len(outcomes) == 3 and all(o.startswith("not an article") for o in outcomes)


def test_a_timeout_is_a_link_timeout_also_when_read_back_from_the_failure_cache(settings, server):
    from bot.errors import LinkTimeout

    s = replace(settings, fetch_allow_private=True, fetch_timeout=1.0)
    briefer = Briefer(s, Store(connect(s), s))
    with pytest.raises(LinkTimeout, match=r"^timed out after 1 s$"):
        briefer.brief_url(server.url("/slow?s=3"))
    with pytest.raises(LinkTimeout, match=r"^timed out after 1 s$"):  # cached: not fetched again
        briefer.brief_url(server.url("/slow?s=3"))
    assert server.hits["/slow"] == 1
    with pytest.raises(LinkError) as refused:  # any other failure stays a plain LinkError
        briefer.brief_url(server.url("/missing"))
    assert not isinstance(refused.value, LinkTimeout)


def test_a_page_too_big_to_read_gets_one_line_saying_so_and_is_not_fetched_again(briefer, server):
    for _ in range(2):
        with pytest.raises(LinkError) as caught:
            briefer.brief_url(server.url("/crowded"))
        assert str(caught.value).startswith(
            "page too big to read: 200,002 HTML elements, more than the 20,000"
        )
    assert server.hits["/crowded"] == 1  # the refusal is remembered like any failed link


def test_an_article_longer_than_pasted_text_may_be_is_refused_like_it(settings, server):
    s = replace(settings, fetch_allow_private=True, fetch_timeout=5.0, max_input_bytes=500)
    briefer = Briefer(s, Store(connect(s), s))
    with pytest.raises(LinkError) as caught:
        briefer.brief_url(server.url("/article"))
    assert str(caught.value) == (
        "page too big to read: its article text is larger than the limit of 500 bytes (BRIEF_MAX_INPUT_BYTES)"
    )
