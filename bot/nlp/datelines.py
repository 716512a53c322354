"""Names after a dateline, read as the sentence alone reads them.

A dateline run into a paragraph's first sentence ("RIMOUSKI — Maxime Thibodeau-Roy scored…", "BERLIN -
Donald Trump said…") throws the small English model's entity recogniser: the capitals before the dash
pull the name into the place, and it keeps a fragment ("Roy") or nothing, and the full name, given only
there, never reaches the actor table. Wire copy of every country opens this way. ``reread_datelines``
runs the recogniser again on that sentence without its dateline (the same tokens) and puts the names it
finds in place of the first reading's; the dateline's own entity is left as it was.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from bot.nlp.actors.lexicon import DATELINE_REST

# A paragraph opening in capitals ("RIMOUSKI", "SÃO JORGE", "ST. JOHN'S") before a dash, with the region
# and the agency a dateline may carry ("HALIFAX, N.S. —", "ROME (AP) -").
DATELINE = re.compile(rf"(?m)^[A-ZÀ-Þ][A-ZÀ-Þ'’.\- ]*[A-ZÀ-Þ.]{DATELINE_REST}\s*")
MAX_TOKENS = 80  # the sentence read again is cut here: a run-on first paragraph needs no more


def reread_datelines(doc: Doc, nlp, text: str | None = None) -> None:
    """Replace the entities of each sentence opened by a dateline with a reading of it alone (``text`` is
    ``doc.text`` when the caller has it: spaCy joins every token again on each read)."""
    if nlp is None or "ner" not in nlp.pipe_names:
        return
    ner = nlp.get_pipe("ner")
    text = doc.text if text is None else text
    changed = False
    ents = list(doc.ents)
    for m in DATELINE.finditer(text):
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is None:
            continue
        start = span.start
        end = min(doc[start].sent.end, start + MAX_TOKENS)
        words = doc[start:end]
        if not any(t.text[:1].isupper() for t in words):
            continue
        alone = Doc(doc.vocab, words=[t.text for t in words], spaces=[bool(t.whitespace_) for t in words])
        alone = ner(alone)
        fresh = [Span(doc, start + e.start, start + e.end, label=e.label_) for e in alone.ents]
        kept = [e for e in ents if e.end <= start or e.start >= end]
        if {(e.start, e.end, e.label_) for e in fresh} == {
            (e.start, e.end, e.label_) for e in ents if e.start >= start and e.end <= end
        } and len(kept) + len(fresh) == len(ents):
            continue
        # an entity straddling the sentence's edges gives way to the new reading
        ents = sorted(kept + fresh, key=lambda e: e.start)
        changed = True
    if changed:
        doc.set_ents(ents, default="outside")
