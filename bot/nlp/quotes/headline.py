"""Quotes in a headline: '‘We were misled’: tenants speak out'.

A headline is not parsed (the body is), so only the unambiguous form counts: the headline opens with a
quote and a colon or a dash follows it. The speaker is the one speaker of the body quotes that repeat its words,
else an actor of the article named in the rest of the headline (full name, or a surname only one
person has); otherwise the quote is kept unattributed. A quote anywhere else in a headline ('Warren: ‘…’',
'X says ‘…’', 'merchants ‘bleeding,’ mayor says', 'Stage 6: ‘We are losing stock,’ says spaza owner') counts only
when a body quote holds its words, whose one speaker says it: a headline's words in quotation marks the body never
quotes are a title, a nickname or a scare quote as often as speech.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.brief import Actor, Quote
from bot.nlp.quotes.marks import find_quote_spans

_WORD = re.compile(r"[^\W_]+(?:[’'.-][^\W_]+)*")


def headline_quote(
    title: str | None, actors: Iterable[Actor], body_quotes: Iterable[Quote] = ()
) -> Quote | None:
    """The quote opening ``title`` ('‘We were misled’: tenants speak out'), or None. With no speaker
    named in the headline, a body quote holding the same words lends its speaker ('‘A betrayal’: MPs
    round on ministers' ¶ 'Sadiq said the delay was ‘a betrayal’')."""
    if not title:
        return None
    spans = find_quote_spans(title)
    return _opening_quote(title, spans, actors, body_quotes) or _repeated_in_body(title, spans, body_quotes)


def _opening_quote(title: str, spans, actors: Iterable[Actor], body_quotes: Iterable[Quote]) -> Quote | None:
    """The forms above: a quote opening the headline, closing it after a colon or a speech verb, or before its cue
    after a label."""
    if spans and spans[0].open_mark != 0:
        return _closing_quote(title, spans[-1], body_quotes) or _quote_before_its_cue(
            title, spans[0], body_quotes
        )
    if not spans or not spans[0].closed:
        return None
    span = spans[0]
    rest = title[span.close_end :]
    body = span.text_in(title).strip()
    if len(body.split()) < 2:
        return None
    if not rest.strip(" .!?"):
        # the whole headline is the quote ("‘I felt like a joke behind my own bar’" over a tabloid's
        # story): only a body quote holding its words says whose it is; else it stands unattributed
        return Quote(quote=body, speaker=_said_in_body(body, body_quotes), cue=":", partial=False)
    if not rest.lstrip().startswith((":", "–", "—")) and not rest.startswith(" - "):
        return None  # a colon or a dash after it ('‘This valley is not for sale’ – residents vow …')
    # A body quote holding the words is the stronger evidence: the headline may name only whose story
    # it is ("‘Absolutely gutted’: Inverclyde Thistle captain’s farewell post goes viral").
    speaker = _said_in_body(body, body_quotes) or _named_in(rest, actors)
    return Quote(quote=body, speaker=speaker, cue=":", partial=False)


_CUE_BEFORE = re.compile(r"\b(?:says|say|said|tells|told|warns|warned|urges|insists|admits)$", re.IGNORECASE)


def _closing_quote(title: str, span, body_quotes: Iterable[Quote]) -> Quote | None:
    """The quote closing a headline after a colon or a speech verb ("Mother of man accused … testifies: ‘He
    was home by midnight’", "… mother says ‘it will never be enough’"), when a body quote holds its words:
    that quote's speaker says it. The words before may name the one spoken to ("Judge tells Ruiz: ‘…’"),
    so they name no one."""
    if not span.closed or title[span.close_end :].strip(" .!?"):
        return None
    before = title[: span.open_mark].rstrip()
    if not before.endswith(":") and not _CUE_BEFORE.search(before):
        return None  # "… testifies: ‘…’", "… mother says ‘…’"
    body = span.text_in(title).strip()
    if len(body.split()) < 2:
        return None
    speaker = _said_in_body(body, body_quotes)
    return None if speaker is None else Quote(quote=body, speaker=speaker, cue=":", partial=False)


# A speech verb right after a quote's closing mark: "… load-shedding: ‘We are losing stock every single day,’ says
# Lethabong spaza owner".
_CUE_AFTER = re.compile(r"^\s*(?:says|said|tells|told|warns|warned|insists|admits)\b", re.IGNORECASE)


def _quote_before_its_cue(title: str, span, body_quotes: Iterable[Quote]) -> Quote | None:
    """A quote inside a headline, after a label and a colon, with its speech verb after it ("Stage 6 load-shedding:
    ‘We are losing stock every single day,’ says Lethabong spaza owner"): the one speaker of the body quotes holding
    its words says it; else None (a headline's quote the body never repeats is left alone)."""
    if not span.closed or not title[: span.open_mark].rstrip().endswith(":"):
        return None
    cue = _CUE_AFTER.match(title[span.close_end :])
    if cue is None:
        return None
    body = span.text_in(title).strip()
    if len(body.split()) < 3:
        return None
    speaker = _said_in_body(body, body_quotes)
    if speaker is None:
        return None
    return Quote(quote=body, speaker=speaker, cue=cue.group(0).strip(), partial=False)


def _repeated_in_body(title: str, spans, body_quotes: Iterable[Quote]) -> Quote | None:
    """Any other quote in a headline whose words a body quote holds ("Metro work leaves merchants ‘bleeding,’
    borough mayor says" over the mayor's "Our merchants are bleeding"): the one speaker of those body quotes says it;
    words no body quote holds are left alone (a nickname, a title, a scare quote)."""
    for span in spans:
        if not span.closed:
            continue
        words = span.text_in(title).strip()
        if words and (speaker := _said_in_body(words, body_quotes)) is not None:
            return Quote(quote=words, speaker=speaker, cue="", partial=True)
    return None


def _said_in_body(words: str, body_quotes: Iterable[Quote]) -> str | None:
    """The one speaker of the body quotes that hold ``words`` (case and punctuation aside)."""
    key = f" {' '.join(_WORD.findall(words.casefold()))} "
    speakers = {
        q.speaker
        for q in body_quotes
        if q.speaker and key in f" {' '.join(_WORD.findall(q.quote.casefold()))} "
    }
    return speakers.pop() if len(speakers) == 1 else None


def _named_in(text: str, actors: Iterable[Actor]) -> str | None:
    words = _WORD.findall(text)
    joined = f" {' '.join(words)} "
    found = None
    for a in actors:
        if a.kind not in ("person", "organization") or not a.mentions:
            continue
        if f" {a.name} " in joined:
            if a.kind == "organization" and not _body_speaks_in(words, a.name):
                continue  # "‘It was gone in one night’: Late freeze wipes out most of Upstate peach crop"
            return a.name
        last = a.name.split()[-1]
        if a.kind == "person" and last in words:
            if found is not None and found != a.name:
                return None  # two people share the surname: never guessed
            found = a.name
    return found


def _body_speaks_in(words: list[str], name: str) -> bool:
    """Whether an organisation's name stands in a headline's words as one that speaks: opening them
    ("Union vows to fight"), or right before a cue ("… as union says"): not a name inside what the
    headline is about ("wipes out most of Upstate peach crop", "tenants sue Acme Corp")."""
    n = len(name.split())
    for i in range(len(words) - n + 1):
        if " ".join(words[i : i + n]) != name:
            continue
        after = words[i + n].lower() if i + n < len(words) else ""
        if i == 0 or _CUE_BEFORE.search(after):
            return True
    return False
