"""Finding links in Slack messages and canonical URLs (bot.web.links)."""

from __future__ import annotations

import pytest

from bot.web.links import canonical_url, find_links, is_amp_variant, same_site


def urls(text: str, **kwargs) -> list[str]:
    return [link.url for link in find_links(text, **kwargs)]


def test_slack_forms_and_bare_urls_in_order():
    text = (
        "Read <https://news.example.com/a?x=1&amp;y=2|this one>, then <https://blog.example.org/b> "
        "and also https://third.example.net/c."
    )
    links = find_links(text, max_links=5)
    assert [link.url for link in links] == [
        "https://news.example.com/a?x=1&y=2",
        "https://blog.example.org/b",
        "https://third.example.net/c",
    ]
    assert links[0].label == "this one" and links[1].label is None


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("(see https://example.com/story)", "https://example.com/story"),
        (
            "https://en.wikipedia.org/wiki/Port_(computer_networking) is it",
            "https://en.wikipedia.org/wiki/Port_(computer_networking)",
        ),
        ("“https://example.com/q?a=1”", "https://example.com/q?a=1"),
        ("look: https://example.com/x!", "https://example.com/x"),
        ("*https://example.com/bold*", "https://example.com/bold"),
    ],
)
def test_bare_urls_lose_sentence_punctuation(text, url):
    assert urls(text) == [url]


def test_limit_and_duplicates():
    text = " ".join(f"<https://site{i}.example/a>" for i in range(6))
    assert len(urls(text, max_links=3)) == 3
    same = "<https://example.com/a?utm_source=slack> and <https://EXAMPLE.com/a?utm_medium=x#top>"
    assert urls(same) == ["https://example.com/a?utm_source=slack"]


def test_non_links_and_slack_links_are_skipped():
    text = (
        "<@U123ABC> <#C0123|general> <!here> <mailto:a@b.org|a@b.org> "
        "<https://myteam.slack.com/archives/C1/p123> <https://files.slack.com/files-pri/T1/x.png> "
        "<https://app.slack.com/client/T1>"
    )
    assert urls(text) == []


def test_media_is_skipped_and_documents_get_an_error():
    text = (
        "<https://cdn.example.com/photo.JPG> <https://example.com/clip.mp4> <https://www.youtube.com/watch?v=1> "
        "<https://youtu.be/xyz> <https://example.com/annual-report.pdf|report> <https://example.com/article>"
    )
    links = find_links(text, max_links=5)
    assert [link.url for link in links] == [
        "https://example.com/annual-report.pdf",
        "https://example.com/article",
    ]
    assert str(links[0].error) == "can't read this kind of link: PDF"
    assert links[1].error is None


def test_ignored_domains_include_subdomains_only():
    text = (
        "https://ignored.com/a https://www.ignored.com/b https://news.ignored.com/c https://notignored.com/d"
    )
    assert urls(text, max_links=9, ignore_domains=("ignored.com",)) == ["https://notignored.com/d"]


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("HTTPS://WWW.Example.COM/Path/Story?id=3#comments", "https://www.example.com/Path/Story?id=3"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("http://example.com:80", "http://example.com/"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        (
            "https://example.com/a?utm_source=tw&utm_medium=social&utm_campaign=x&id=7&fbclid=AbC&gclid=1",
            "https://example.com/a?id=7",
        ),
        ("https://example.com/a?mc_cid=1&mc_eid=2&b=2&a=1", "https://example.com/a?b=2&a=1"),
        ("https://example.com/a?UTM_Source=x", "https://example.com/a"),
        ("https://example.com/a%7Eb", "https://example.com/a~b"),
        ("https://example.com./a", "https://example.com/a"),
        ("https://example.com/a%2Fb/c%3f?q=a%2Fb&amp", "https://example.com/a%2Fb/c%3F?q=a%2Fb&amp"),
        ("https://example.com/caf%c3%a9 x/?q=1+2", "https://example.com/caf%C3%A9%20x/?q=1+2"),
        ("https://example.com/café", "https://example.com/caf%C3%A9"),
    ],
)
def test_canonical_url(url, canonical):
    assert canonical_url(url) == canonical
    assert canonical_url(canonical) == canonical  # idempotent


def test_amp_variants_and_same_site():
    for url in (
        "https://example.com/news/story/amp",
        "https://amp.example.com/news/story",
        "https://example.com/news/story.amp.html",
        "https://example.com/news/story?amp",
        "https://example.com/news/story?outputType=amp",
    ):
        assert is_amp_variant(url), url
    assert not is_amp_variant("https://example.com/news/ampersand-story")
    assert same_site("https://amp.example.com/a", "https://www.example.com/a")
    assert not same_site("https://example.com/a", "https://example.org/a")
