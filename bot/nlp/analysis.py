"""From article text to a Brief: clean, split the title, parse with spaCy, extract actors and quotes.

``analyze`` is for pasted text (Slack markup and site furniture are cleaned off first);
``analyze_article`` is for text already extracted from a web page; ``analyze_many`` runs ``nlp.pipe``
in batches and gives the same results as ``analyze`` one by one. The spaCy pipeline is loaded once per
process by ``bot.nlp.model.get_nlp``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from bot.brief import Actor, Brief, Quote, source_counts
from bot.nlp.actors import build_actors
from bot.nlp.actors.gender import estimate_genders
from bot.nlp.datelines import reread_datelines
from bot.nlp.model import pipeline_of
from bot.nlp.quotes import attribute, find_quote_spans
from bot.nlp.quotes.headline import headline_quote
from bot.text.clean import _paragraphs, clean_text, is_furniture, split_title

__all__ = [
    "analyze",
    "analyze_many",
    "analyze_article",
    "extract",
    "prepare",
    "with_headline_quote",
    "word_count",
]

_WORD = re.compile(r"[^\W_]+(?:[’'.-][^\W_]+)*")


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _nlp(nlp):
    if nlp is not None:
        return nlp
    from bot.nlp.model import get_nlp

    return get_nlp()


def extract(
    doc, text: str | None = None, *, threshold: float | None = None, explain: list | None = None
) -> tuple[list[Actor], list[Quote]]:
    """Actors and quotes of a parsed article (``text`` is ``doc.text`` when the caller has it).

    ``threshold`` and ``explain`` go to ``attribute`` (the speaker-confidence threshold, and a list that
    receives each attribution's features); only the confidence model's fitting script sets them.
    """
    text = doc.text if text is None else text
    reread_datelines(doc, pipeline_of(doc), text)
    table = build_actors(doc, text)
    spans = find_quote_spans(text)
    quotes = attribute(doc, spans, table, text=text, threshold=threshold, explain=explain)
    estimate_genders(doc, table, text=text)
    listed = table.public()
    names = {a.name for a in listed}
    for quote in quotes:
        if quote.speaker_actor is not None and quote.speaker_actor not in names:
            quote.speaker_actor = None  # history and roundups join on listed actors only
    return listed, quotes


def prepare(text: str) -> tuple[str | None, str]:
    """Clean pasted text and split off its headline: (title, body to analyse)."""
    return split_title(clean_text(text or ""))


def _prepare_article(text: str) -> str:
    paras = [p for p in _paragraphs(text or "") if not is_furniture(p)]
    while paras and is_furniture(paras[-1], last=True):
        paras.pop()
    return "\n\n".join(paras)


def with_headline_quote(title: str | None, actors: list[Actor], quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with the headline's quote first ('‘We were misled’: tenants speak out'), even when the
    body repeats it word for word ('CEO says decision “within months”' over '… a final decision “within
    months”'): the headline quotes it too, as annotators count it (the digest shows the words once,
    ``render.digest.digest_quotes``); its speaker's quote count goes up."""
    headline = headline_quote(title, actors, quotes)
    if headline is not None:
        quotes.insert(0, headline)
        for actor in actors:
            if actor.name == headline.speaker:
                actor.quotes += 1
    return quotes


def _brief(title: str | None, body: str, doc) -> Brief:
    actors, quotes = extract(doc, body)
    quotes = with_headline_quote(title, actors, quotes)
    return Brief(
        title=title,
        url=None,
        words=word_count(body),
        text=body,
        actors=actors,
        quotes=quotes,
        sources=source_counts(actors),
    )


def analyze(text: str, nlp=None) -> Brief:
    """Analyse pasted article text."""
    title, body = prepare(text)
    return _brief(title, body, _nlp(nlp)(body))


def analyze_many(texts: Iterable[str], nlp=None, batch_size: int = 16) -> Iterator[Brief]:
    """Analyse many pasted texts with ``nlp.pipe``; the same results as ``analyze`` one by one."""
    nlp = _nlp(nlp)
    prepared = (prepare(t) for t in texts)
    buf: list[tuple[str | None, str]] = []

    def flush():
        docs = nlp.pipe([b for _, b in buf], batch_size=batch_size)
        for (title, body), doc in zip(buf, docs, strict=True):
            yield _brief(title, body, doc)
        buf.clear()

    for item in prepared:
        buf.append(item)
        if len(buf) >= batch_size:
            yield from flush()
    if buf:
        yield from flush()


def analyze_article(text: str, *, title: str | None = None, nlp=None) -> Brief:
    """Analyse text already extracted from a web page (no Slack markup); ``title`` is used as given."""
    body = _prepare_article(text)
    return _brief(title, body, _nlp(nlp)(body))
