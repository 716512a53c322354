"""The analysis entry points: analyze, analyze_many, analyze_article, extract."""

from __future__ import annotations

import pytest

from bot.brief import ACTOR_KINDS, Brief
from bot.nlp import model as nlp_mod
from bot.nlp.analysis import analyze, analyze_article, analyze_many, extract

ARTICLES = [
    "Port Strike Enters Second Week\n\nDockworkers in Rotterdam stayed out on Monday.\n\n"
    "“We will not go back without a contract,” said Pieter de Vries, the union leader.",
    "*Budget* vote delayed &amp; <https://example.com|details here>\n\nThe city council delayed the vote.",
    "No quotes at all in this one, just a note about Lisbon and Porto.",
    "",
]


def test_analyze_returns_brief(nlp):
    b = analyze(ARTICLES[0], nlp)
    assert isinstance(b, Brief)
    assert b.title == "Port Strike Enters Second Week"
    assert b.url is None and b.cached is False
    assert b.text.startswith("Dockworkers in Rotterdam")
    assert b.words == len(b.text.split())
    assert [(q.quote, q.speaker, q.cue) for q in b.quotes] == [
        ("We will not go back without a contract,", "Pieter de Vries", "said")
    ]
    person = next(a for a in b.actors if a.name == "Pieter de Vries")
    assert person.kind == "person" and person.quotes == 1
    assert all(a.kind in ACTOR_KINDS for a in b.actors)


def test_analyze_cleans_slack_markup(nlp):
    b = analyze(ARTICLES[1], nlp)
    assert b.title == "Budget vote delayed & details here"
    assert "&amp;" not in b.text and "*" not in (b.title or "")


def test_analyze_many_matches_analyze(nlp):
    one = [analyze(t, nlp).to_dict() for t in ARTICLES]
    many = [b.to_dict() for b in analyze_many(ARTICLES, nlp=nlp, batch_size=2)]
    assert many == one


def test_analyze_article_uses_given_title(nlp):
    b = analyze_article(
        "The council met.\n\n“It is done,” said Mayor Ana Costa.", title="Council Meets", nlp=nlp
    )
    assert b.title == "Council Meets"
    assert [q.quote for q in b.quotes] == ["It is done,"]
    assert b.quotes[0].speaker in ("Ana Costa", None)  # None when withheld for low confidence


@pytest.mark.usefixtures("nlp")
def test_default_nlp_is_shared():
    before = nlp_mod.load_count
    analyze("Short text about Oslo.")
    assert nlp_mod.load_count == before


def test_extract_on_doc(nlp):
    actors, quotes = extract(nlp("“Yes,” said Ana Costa."), threshold=0.0)
    assert quotes and quotes[0].speaker == "Ana Costa"
    assert any(a.name == "Ana Costa" for a in actors)


def test_json_roundtrip(nlp):
    b = analyze(ARTICLES[0], nlp)
    assert Brief.from_dict(b.to_dict()) == b
