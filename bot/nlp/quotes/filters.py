"""What is quoted but is no quote of anyone's: subheads, titles of works, quotes left without a
speaker; and whether a quote is a fragment inside paraphrase (``is_partial``)."""

from __future__ import annotations

import re

from bot.nlp.actors.lexicon import NAME_PARTICLES, POSSESSIVE_DETERMINERS
from bot.nlp.quotes.context import Candidate, Context
from bot.nlp.quotes.cues import is_cue
from bot.nlp.quotes.lexicon import (
    FURNITURE_LINE,
    HEADLINE_NOUNS,
    INSCRIPTION_NOUNS,
    INSCRIPTION_VERBS,
    LIST_LABEL_BEFORE,
    NAMING_VERBS,
    PERFORMING_VERBS,
    TITLE_SMALL_WORDS,
    WORK_NOUNS,
    WORK_VERBS,
)
from bot.nlp.quotes.marks import QuoteSpan, looks_like_title


def is_partial(text: str, span: QuoteSpan) -> bool:
    body = text[span.start : span.end]
    if body[:1].islower():
        return True
    j = span.open_mark - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    prev = text[j] if j >= 0 else "\n"
    return prev.isalnum() and len(body.split()) <= 12 and not body.rstrip().endswith((".", "?", "!"))


def _names_a_work(t) -> bool:
    lemma = t.lemma_.lower()
    return (t.pos_ == "NOUN" and lemma in WORK_NOUNS) or (t.pos_ == "VERB" and lemma in WORK_VERBS)


def is_work_title(ctx: Context, k: int, body: str) -> bool:
    """'The band played “Blue River”', 'her book “The Long Road”': a title, whatever cue is near."""
    if not looks_like_title(body) or len(body.split()) > 8:
        return False
    a, b = ctx.q_tok[k]
    doc = ctx.doc
    before = a - 1
    while before >= 0 and doc[before].text == ",":
        before -= 1
    if before >= 0 and _names_a_work(doc[before]) and doc[before].pos_ == "NOUN":
        return True  # 'a poem, ‘Low Tide’, which she wrote …' (whatever the parser hung it on)
    if _work_noun_after_a_series(doc, b):
        return True  # 'the “Sunny Swirl” and “Fudge Buddies” brands' (the parser hung the first on "of")
    inside = range(a, b)
    roots = [doc[i] for i in inside if not (a <= doc[i].head.i < b) or doc[i].head.i == i]
    for r in roots:
        if r.is_punct:
            continue
        if any(_names_a_work(c) for c in r.children if c.i < a or c.i >= b):
            return True
        t = r
        # up the tree: a cue first means speech ('hailed him as “The Comeback Kid”'), but a title-case quote sung
        # is a song's title though "sang" may cue words ('Dad sang “Ten Guitars”')
        for _ in range(3):
            if is_cue(t) and t.lemma_.lower() not in PERFORMING_VERBS:
                return False
            if _names_a_work(t):
                return True
            if t.head is t:
                break
            t = t.head
    return False


_SERIES_WORDS = 8  # tokens of other titles, marks and "and" between a title and the noun for them all


def _work_noun_after_a_series(doc, b: int) -> bool:
    """Whether a noun for works closes a series of titles that starts at token ``b`` (the one after a title's
    closing mark): marks, commas, "and"/"or" and capitalised words only, then the noun ("… and “Fudge Buddies”
    brands")."""
    for t in doc[b : b + _SERIES_WORDS]:
        if t.is_punct or t.lower_ in ("and", "or") or t.text[:1].isupper():
            continue
        return t.pos_ == "NOUN" and _names_a_work(t)
    return False


def is_subhead(ctx: Context, span: QuoteSpan, body: str) -> bool:
    """A paragraph that is nothing but a short quote in title case: a section heading, not speech."""
    pstart, pend = ctx.para_bounds[span.para]
    whole = ctx.text[pstart:pend].strip()
    if span.open_mark - pstart > 1 or len(whole) - len(body) > 4:
        return False
    return len(body.split()) <= 8 and looks_like_title(body)


_KNOWN_AS = re.compile(
    # ("registered under the name “Rocks of Ages,”": a name, as "known as" gives one)
    r"\b(?:(?:known|dubbed|nicknamed)\b[^.,;:!?“”\"‘’]{0,30}?\bas|dubbed|nicknamed|under the (?:name|title|banner))\s*$",
    re.I,
)


# Words of a term "known as" gives, whatever its case: 'the erratic supply, popularly known as “dumsor,”'.
_TERM_WORDS = 3


def _is_nickname(ctx: Context, k: int, body: str) -> bool:
    """'called her the “Iron Lady”', 'known as “The Hammer”': a title-case quote named by a naming verb. Inside
    reported speech, only a passive one with no agent or one in a relative clause names ('her son, whom the
    family called “Jo-Jo”'); otherwise the words are the reporter's speaker's."""
    words = re.findall(r"[A-Za-z][\w’'-]*", body)
    start = max(ctx.para_bounds[ctx.spans[k].para][0], ctx.spans[k].open_mark - 60)
    known = _KNOWN_AS.search(ctx.text, start, ctx.spans[k].open_mark)
    if known and known.group().lower().startswith("known") and 0 < len(words) <= _TERM_WORDS:
        return True  # 'popularly known as “dumsor,”': a word for a thing, in lower case too
    caps = [w for w in words if w.lower() not in TITLE_SMALL_WORDS]
    if (
        not caps
        or len(words) > 5
        or not all(w[:1].isupper() for w in caps)
        or words[0].lower() in ("a", "an")
    ):
        return False  # 'called her “A Disgrace”' is a judgement, not a name
    if k in ctx.names_given:
        return True  # 'a man at the bar who would only give his name as “Shorty” told me': his name
    if known and (
        known.group().lower().startswith("known") or not _reported(ctx.doc[ctx.tok_at(known.start())])
    ):
        # 'known to teammates as “Stretch”', however the parser hung it; "known as" names even inside reported
        # speech, as a passive with no one naming does ('Fairweather said the building, known in the neighborhood
        # as “the Little Brick,” will be appraised')
        return True
    a, b = ctx.q_tok[k]
    doc = ctx.doc
    for i in range(a, b):
        t = doc[i]
        if a <= t.head.i < b and t.head.i != i:
            continue
        h = t.head
        for _ in range(3):
            if (h.i < a or h.i >= b) and h.pos_ in ("VERB", "AUX"):
                return h.lemma_.lower() in NAMING_VERBS and (
                    not _reported(h) or _named_by_no_one(h) or h.dep_ == "relcl"
                )
            if h.head.i == h.i:
                break
            h = h.head
    return False


def _named_by_no_one(verb) -> bool:
    """A passive naming verb with no agent ('asked about being called “the Queen of the Hedgerows”'):
    a name the person is known by, even inside reported speech, not anyone's words."""
    kids = list(verb.children)
    return any(c.dep_ == "auxpass" for c in kids) and not any(c.dep_ == "agent" for c in kids)


def _reported(tok) -> bool:
    """Whether a cue governs ``tok`` ('Clinton says the player nicknamed “King James” …': her words);
    not when the naming describes the cue's subject ('The backbencher, known as ‘the Iron Duke’,
    added: …': the speaker's nickname)."""
    for _ in range(4):
        if tok.head.i == tok.i or (tok.dep_ in ("nsubj", "nsubjpass") and is_cue(tok.head)):
            return False
        tok = tok.head
        if is_cue(tok):
            return True
    return False


# Drop filters: each says whether a candidate quote is left out of the brief.


def drop_furniture(ctx: Context, cand: Candidate, _body: str) -> bool:
    """A quote in a 'READ MORE: …' or 'WATCH: …' line: the headline of another story; or in a photo
    caption ('Brooks says: ‘Just listen to us.’ (Jane Doe/CBC)'): the caption repeats the story."""
    pstart, _ = ctx.para_bounds[cand.span.para]
    if FURNITURE_LINE.match(ctx.text, pstart) is not None:
        return True
    if LIST_LABEL_BEFORE.search(
        ctx.text, max(pstart, cand.span.open_mark - _LABEL_REACH), cand.span.open_mark
    ):
        return True  # a page dump's menu run into one paragraph: "… Watch Live Trending: 'Miracle' dog rescue | …"
    return ctx.in_caption(cand.span.para)


_LABEL_REACH = 30  # characters before a quote's opening mark a list's label is looked for in


def nickname_given(ctx: Context, cand: Candidate, body: str) -> bool:
    """A name someone is given ('whom the family called “Jo-Jo”', 'whose teammates call him “the Wall”'),
    not one written inside the name it goes with."""
    return cand.partial and _is_nickname(ctx, cand.k, body)


def drop_nickname(ctx: Context, cand: Candidate, body: str) -> bool:
    """A nickname or a name given: 'called her the “Iron Lady”', or one written inside the name it goes
    with ('Kofi ‘Papa K’ Boateng')."""
    return cand.partial and (_is_nickname(ctx, cand.k, body) or _inside_a_name(ctx, cand.k))


def _inside_a_name(ctx: Context, k: int) -> bool:
    """The quote stands between two words of one person's name, as the actor table reads it ('Kofi ‘Papa
    K’ Boateng', 'Cris “Cyborg” Justino'): a nickname, whatever its words."""
    a, b = ctx.q_tok[k]
    doc, actors = ctx.doc, ctx.actors
    before, after = a - 1, b
    while before >= 0 and doc[before].is_punct and ctx.qid[before] == k:
        before -= 1  # the opening mark
    while after < len(doc) and doc[after].is_punct and ctx.qid[after] == k:
        after += 1  # the closing mark
    while after + 1 < len(doc) and doc[after].lower_ in NAME_PARTICLES and doc[after].text.islower():
        after += 1  # 'Gerhardus “Gerrie” du Toit': the surname's particles
    if (
        before < 0
        or after >= len(doc)
        or not doc[before].text[:1].isupper()
        or not doc[after].text[:1].isupper()
    ):
        return False
    idx = actors.tok2actor.get(before)
    return idx is not None and idx == actors.tok2actor.get(after) and actors.actors[idx].kind == "person"


def drop_subhead(ctx: Context, cand: Candidate, body: str) -> bool:
    """A quoted section heading on a line of its own ('All Bets Are Off.'), or a heading that echoes a
    quote of the body (see ``echoes_body_quote``)."""
    return is_subhead(ctx, cand.span, body) or echoes_body_quote(ctx, cand.k, body)


# A heading line: at most this many words in all, and this many after the quote.
_HEADING_WORDS = 14
_HEADING_TAIL_WORDS = 6


def echoes_body_quote(ctx: Context, k: int, body: str) -> bool:
    """A heading line opening with a short quote that ends no sentence ('‘Just listen to us’',
    '‘Community of acquaintances’ exists in program'), with no cue and no sign-off on the line, whose
    words another quote of the article holds: the subhead repeats what someone says in the body, so it is
    no quote of its own (and no one's: the rules would hand it the speaker of the paragraph near it)."""
    span = ctx.spans[k]
    pstart, pend = ctx.para_bounds[span.para]
    if span.open_mark - pstart > 1 or not span.closed or body.rstrip()[-1:] in (".", "?", "!", ":", ";", ","):
        return False
    tail = ctx.text[span.close_end : pend].strip()
    if (
        len(ctx.text[pstart:pend].split()) > _HEADING_WORDS
        or len(tail.split()) > _HEADING_TAIL_WORDS
        or (tail and (tail[-1] in ".?!:;," or tail[0] in "―—–-"))
    ):
        return False
    b = ctx.q_tok[k][1]
    if any(is_cue(ctx.doc[i]) for i in range(b, ctx.tok_at(pend - 1) + 1) if ctx.para_of[i] == span.para):
        return False
    key = ctx.words_of(k)
    if key.count(" ") < 3:  # fewer than two words
        return False
    return any(
        j != k and other.para != span.para and key in ctx.words_of(j) for j, other in enumerate(ctx.spans)
    )


def drop_work_title(ctx: Context, cand: Candidate, body: str) -> bool:
    """The title of a song, book or show inside a sentence, or a title-case quote the article names as
    a work anywhere ('her third novel, “The Salt Road,”', '“The Salt Road” by Imogen Clarke'): then
    every mention of it is the title ('“The Salt Road” is the best thing Clarke has written')."""
    if cand.partial and is_work_title(ctx, cand.k, body):
        return True
    start = max(ctx.para_bounds[cand.span.para][0], cand.span.open_mark - 30)
    if _TITLED.search(ctx.text, start, cand.span.open_mark) and _one_short_phrase(body):
        return True  # 'a blog post titled “Building a sustainable company,”': a title in any case
    if _one_capitalised_word(body) and named_as_work(ctx.text, body):
        return True  # 'In a 1998 memoir, “Soundings”, he wrote …'
    if looks_like_title(body) and _WORK_AFTER.match(ctx.text, cand.span.close_end):
        return True  # '“The Salt Houses,” Lucinda Marr’s new play, …'
    if looks_like_title(body) and _STAGED_BEFORE.search(ctx.text, start, cand.span.open_mark):
        return True  # 'its spring production of Puccini’s “La Bohème,”'
    if (
        looks_like_title(body)
        and len(body.split()) <= 6
        and _AIRED_ON.search(ctx.text, start, cand.span.open_mark)
    ):
        return True  # 'said on NBC’s “Meet the Press”', 'told CNN’s Renata Solis on “State of the Union.”'
    if cand.partial and looks_like_title(body) and _NAMED_THING.search(ctx.text, start, cand.span.open_mark):
        if _RUNS_ON.match(ctx.text, cand.span.close_end):
            return True  # 'set by the “Nitrates Action Programme” agreed with …': a name the sentence runs on past
    return looks_like_title(body) and len(body.split()) <= 8 and _titled_anywhere(ctx, body)


# "the" right before a quote's opening mark: with a title-case quote the sentence runs on past, the quote names a
# thing (a programme, a plan, a building), as speech is not written ("the “Nitrates Action Programme” agreed with").
_NAMED_THING = re.compile(r"\bthe\s+$")
# After the closing mark, the sentence going on with a lower-case word (no comma, no stop: no cue's turn).
_RUNS_ON = re.compile(r"\s+[a-z]")


def _one_capitalised_word(body: str) -> bool:
    words = _NAME_WORD.findall(body)
    return len(words) == 1 and words[0][:1].isupper()


# A title-case quote in apposition to a work noun after it: '“The Salt Houses,” Lucinda Marr’s new play',
# '‘Low Tide’, a poem she wrote at nineteen'.
_WORK_AFTER = re.compile(
    r"\s*,?\s*(?:a|an|the|his|her|their|its|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*[’']s)\s+(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(sorted(WORK_NOUNS))
    + r")\b"
)


# A staging or a recording of a work right before a title-case quote, with its author's name between:
# 'its spring production of Puccini’s “La Bohème,”', 'a revival of “Guys and Dolls”', 'a recording of “Nimrod”'.
_STAGED_BEFORE = re.compile(
    r"\b(?:production|staging|performance|revival|premiere|recording|reading|adaptation|screening)s?\s+of\s+"
    r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*[’']s\s+)?$"
)


# A programme a speaker appeared on: "on", and a broadcaster's possessive or "the", right before a
# title-case quote ('said on ABC’s “This Week”', 'on “State of the Union.”').
_AIRED_ON = re.compile(r"\bon\s+(?:the\s+|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*[’']s\s+)?$")


def _one_short_phrase(body: str) -> bool:
    """At most 12 words and no full stop inside: a title, not sentences (an editorial "entitled" with its
    opening sentences quoted is the paper's words)."""
    inner = body.strip().rstrip(".,;:!?”’\"'")
    return len(body.split()) <= 12 and not re.search(r"[.!?]\s", inner)


# "titled", "entitled": what follows is a name given to a work, whatever its case.
_TITLED = re.compile(r"\b(?:titled|entitled|subtitled)\s*[:,]?\s*$", re.I)
# A work noun, then (after "called" or "titled", a few words on, or a comma) these words in quotation marks: the words
# are that work's title wherever else the article quotes them ("a song called ‘Kitchen Light’ that I
# wrote" inside a quote, then '“Kitchen Light” above all').
_WORK_THEN = (
    r"\b(?:"
    + "|".join(sorted(WORK_NOUNS))
    + r")s?\b(?:,|(?:\s+[\w’'-]+){0,4}?\s+(?:called|titled|entitled|named))?\s*[“\"‘']"
)


def named_as_work(text: str, body: str) -> bool:
    """Whether ``text`` quotes these words right after a work noun, or after one and "called" or "titled"
    a few words on, in any quotation marks, nested ones too ("a song on the record called ‘Kitchen
    Light’" inside someone's quote)."""
    words = body.strip(" ,.;:!?")
    return (
        bool(words)
        and re.search(_WORK_THEN + re.escape(words) + r"[ ,.;:!?]*[”\"’']", text, re.I) is not None
    )


_BY_AUTHOR = re.compile(r"[,.]?\s+by\s+[A-Z]")


def _titled_anywhere(ctx: Context, body: str) -> bool:
    """Whether some quote of the article with these words is named as a work or followed by 'by' and a
    name."""
    words = body.strip(" ,.;:!?").lower()
    if named_as_work(ctx.text, body):
        return True
    for j, span in enumerate(ctx.spans):
        other = span.text_in(ctx.text)
        if other.strip(" ,.;:!?").lower() != words:
            continue
        if is_work_title(ctx, j, other) or _BY_AUTHOR.match(ctx.text, span.close_end):
            return True
    return False


_SHOWING = r"(?:" + "|".join(INSCRIPTION_VERBS) + r")\b"
# Between the noun and its verb: a parenthesis in commas, or a short place phrase ('a banner outside the
# hall read', 'a headline in a local paper last month read').
_BETWEEN = (
    r"(?:,[^.!?“”\"‘’,]{1,60},\s*|(?:[a-z-]+\s+)?(?:in|on|at|from|outside|above|across|for|of)\s"
    r"(?:[^\s.!?“”\"‘’,;:]+\s+){1,6}?)?"
)  # (a participle before the place too: 'a banner strung outside the pub reads')
_INSCRIPTION = re.compile(
    r"\b(?:(?:"
    + "|".join(re.escape(w) for w in INSCRIPTION_NOUNS)
    + r")s?\b\s*(?:,[^.!?“”\"‘’,]{1,60},\s*)?(?:(?:that|which)\s+)?(?:"
    + _SHOWING
    + r")?|(?:"
    + "|".join(re.escape(w) for w in INSCRIPTION_NOUNS + HEADLINE_NOUNS)
    + r")s?\b\s*"
    + _BETWEEN
    + r"(?:(?:that|which)\s+)?"
    + _SHOWING
    + r")\s*[:,]?\s*$",
    re.I,
)


def drop_inscription(ctx: Context, cand: Candidate, _body: str) -> bool:
    """Words a sign, banner, slogan or headline carries ('signs reading “Save Our Foreshore”', 'its
    slogan, printed on the banners, reads ‘Homes, not hotels’', 'the same headline appears: “…”'): no
    one's speech. The noun must stand right before the quote, or before a verb of showing ("reads",
    "appears") with at most a parenthesis between."""
    return _inscribed(ctx, cand.k) or (
        cand.k > 0
        and _JOINED_TO_THE_LAST.fullmatch(ctx.text, ctx.spans[cand.k - 1].close_end, cand.span.open_mark)
        is not None
        and _inscribed(ctx, cand.k - 1)
    )  # 'signs reading “Automate This” and “Ships Don't Unload Themselves.”': the second sign's words too


def _inscribed(ctx: Context, k: int) -> bool:
    span = ctx.spans[k]
    start = max(ctx.para_bounds[span.para][0], span.open_mark - 160)
    return _INSCRIPTION.search(ctx.text, start, span.open_mark) is not None


_JOINED_TO_THE_LAST = re.compile(r",?\s+(?:and|or)\s+|,\s+")


_NAME_WORD = re.compile(r"[A-Za-z][\w’'-]*")


def drop_name_modifier(ctx: Context, cand: Candidate, body: str) -> bool:
    """A capitalised name in quotation marks used as a modifier between a determiner or possessive and
    the noun it names ('the ‘Fit for the Future’ programme', 'its “Home of Good Value” slogan', 'the
    “GO” zone', 'the theatre’s ‘Pay What You Can’ Tuesdays'), or a show's title before its people
    ('‘Hamptons Heat’ star Brielle Santangelo'): a programme, slogan, label or title, not speech."""
    words = _NAME_WORD.findall(body)
    caps = [w for w in words if w.lower() not in TITLE_SMALL_WORDS]
    if not caps or len(words) > 8 or not all(w[:1].isupper() for w in caps) or not cand.span.closed:
        return False
    if body.rstrip()[-1:] in ",.!?":
        return False  # speech ends its own clause or sentence
    a, b = ctx.q_tok[cand.k]
    doc = ctx.doc
    if b < len(doc) and doc[b].lower_ in _WORK_PEOPLE and doc[b].pos_ == "NOUN":
        return True  # "‘Hamptons Heat’ star Brielle Santangelo": a show's star, with or without "the"
    if a == 0 or b >= len(doc):
        return False
    prev, nxt = doc[a - 1], doc[b]
    while prev.pos_ == "ADJ" and prev.i > 0:
        prev = doc[prev.i - 1]  # 'its new “Helix” chip'

    # 'the' or a possessive: 'a “Commander-In-Chief” forum' is left alone (the PolNeAR annotators
    # count such a label as a partial quote of the event's organiser)
    # ("her" before a name may be tagged an object pronoun: 'her “Fix the Basics” agenda')
    determiner = (
        prev.lower_ in ("the", "’s", "'s")
        or prev.lower_ in POSSESSIVE_DETERMINERS
        or prev.tag_ in ("PRP$", "POS")
    )
    return determiner and nxt.pos_ in ("NOUN", "PROPN") and not is_cue(nxt)


# The people of a work or show named before them ("‘Hamptons Heat’ star", "the “Dragons’ Den” host").
_WORK_PEOPLE = frozenset(
    "star host creator actor actress author director singer showrunner presenter contestant co-star".split()
)


def drop_unattributed(ctx: Context, cand: Candidate, body: str) -> bool:
    """Scare quotes, titles, or speech whose source we cannot name (kept, when asked, only if long
    enough to be speech)."""
    if cand.attr is not None and cand.attr.speaker is not None:
        return False
    if not ctx.keep_unattributed and not (cand.attr is not None and cand.attr.cue and not cand.partial):
        return True
    if cand.attr is not None and cand.attr.basis == "description" and not looks_like_title(body):
        return False  # '“I was a mess,” the 61-year-old said': a person's words, though not one we can name
    return len(body.split()) <= 4 or looks_like_title(body)
