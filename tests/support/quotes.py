"""The quotes of a text as the attribution rules give them, before any speaker is withheld for low
confidence: what rule tests check (the confidence threshold has its own tests)."""

from __future__ import annotations

from bot.brief import Quote
from bot.nlp.analysis import extract, prepare
from bot.nlp.quotes.headline import headline_quote


def rule_quotes(text: str, nlp) -> list[Quote]:
    """``analyze(text).quotes`` with every speaker the rules name kept (threshold 0)."""
    title, body = prepare(text)
    actors, quotes = extract(nlp(body), body, threshold=0.0)
    headline = headline_quote(title, actors, quotes)
    if headline is not None:
        quotes.insert(0, headline)
    return quotes


def speakers(text: str, nlp) -> dict[str, str | None]:
    """Each rule quote's speaker by its words: what most rule tests compare."""
    return {q.quote: q.speaker for q in rule_quotes(text, nlp)}
