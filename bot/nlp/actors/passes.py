"""The passes that build an article's actor table, in order (``PASSES``).

Each pass is a small function of the build state ``Build``; ``build_actors`` runs them in turn. To add
a rule, write a function ``def my_rule(b: Build) -> None`` with a one-line docstring saying why, put it
at the right place in ``PASSES`` and give it a unit test on sentences written for it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cached_property

from bot.nlp.actors.gender import given_name_gender
from bot.nlp.actors.lexicon import (
    CAPTION_AGENCIES,
    CAPTION_OPENERS,
    CAPTION_WORDS,
    CONTRIBUTOR_AFTER,
    CONTRIBUTOR_BEFORE,
    CONTRIBUTOR_RUN,
    CORPORATE_NOUNS,
    COUNTRY_HEADS,
    CREDIT_CUES,
    DEMONYM,
    DEMONYM_LEAD,
    DETERMINER_FIRSTS,
    FEMALE_KIN,
    FEMALE_NAMES,
    GIVEN_NAMES,
    HE,
    KIN_NOUNS,
    KIND_OF_LABEL,
    LINK_LABELS,
    MALE_KIN,
    MALE_NAMES,
    NAME_PARTICLES,
    ORG_FIRSTS,
    ORG_HEADS,
    ORG_NOUNS,
    PLACE_AFTER,
    PLACE_ALIASES,
    PLACE_BEFORE,
    PLACE_HEADS,
    PLACE_PREPOSITION,
    PLATFORMS,
    REGION_ABBREVIATIONS,
    REGIONS,
    ROLE_NOUNS,
    ROMAN_NUMERALS,
    SHE,
    SPEECH_VERBS,
    STAFF_AFTER,
    STATE_FIRSTS,
    SURNAME_HEADS,
    TITLES,
)
from bot.nlp.actors.names import (
    Mention,
    find_mentions,
    honorific_of,
    normalise_name,
    person_words,
    strip_possessive,
)
from bot.nlp.actors.table import ActorRec, ActorTable

_SUBJ = {"nsubj", "nsubjpass"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}


@dataclass
class Build:
    """What the passes share: the parse, its name mentions, the table being built, and name facts."""

    doc: object
    mentions: list[Mention]
    table: ActorTable = field(default_factory=ActorTable)
    covered: set[int] = field(default_factory=set)  # tokens inside an entity mention
    excluded: set[int] = field(default_factory=set)  # tokens of dropped mentions (credits, non-names)
    person_forms: Counter = field(default_factory=Counter)  # person name forms -> count
    full_key: dict[str, str] = field(default_factory=dict)  # full name -> its longest form
    canon_full: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)  # single-word forms that are places here
    person_words: set[str] = field(default_factory=set)  # single words that name a person here

    @cached_property
    def text(self) -> str:
        """``doc.text``, built once: spaCy joins every token again on each read."""
        return self.doc.text

    def tail_target(self, name: str) -> str | None:
        """The one longer full name that ends with the words of ``name`` ("Abu Salem"), or None."""
        w = name.split()
        if len(w) < 2:
            return None
        hits = {c for c in self.canon_full if len(c.split()) > len(w) and _tail(c.split(), len(w)) == _key(w)}
        return hits.pop() if len(hits) == 1 else None

    def person_target(self, word: str) -> str | None:
        """The unique full name a single name links to, or None."""
        hits = {c for c in self.canon_full if c.split()[-1] == word or c.split()[0] == word}
        if len(hits) == 1:
            return hits.pop()
        return None


def _key(words: list[str]) -> list[str]:
    """Name words compared with a name particle in any case ("Van Koeverden" opening a sentence is the
    tail of "Adam van Koeverden")."""
    return [w.lower() if w.lower() in NAME_PARTICLES else w for w in words]


def _tail(words: list[str], n: int) -> list[str]:
    return _key(words[-n:])


_CREDIT_BEFORE = re.compile(CREDIT_CUES, re.I)
_LINK_LINE = re.compile(rf"\s*{LINK_LABELS}", re.I)
_CREDIT_AFTER = re.compile(r"\s*/")
_CONTRIBUTOR_BEFORE = re.compile(CONTRIBUTOR_BEFORE, re.I)
_CONTRIBUTOR_RUN = re.compile(CONTRIBUTOR_RUN, re.I)
_CONTRIBUTOR_AFTER = re.compile(CONTRIBUTOR_AFTER, re.I)
_STAFF_AFTER = re.compile(STAFF_AFTER)
STAFF_TAIL = 800  # characters at the end of an article where "X is a … reporter" is the writer's tagline
_REGION_AFTER = re.compile(r",\s*([A-Z][A-Za-z.]*(?:\s[A-Z][a-z]+)*)")
_DATELINE_AFTER = re.compile(r"(?:,\s*[A-Z][A-Za-z.]*)?\s*(?:—|–|-{1,2})\s")
_COMMON_SUFFIX = re.compile(r"(?:ness|ment|tion|sion|ity|ism|ship)$")


def _span_chars(doc, m: Mention) -> tuple[int, int]:
    last = doc[m.end - 1]
    return doc[m.start].idx, last.idx + len(last.text)


def _drop(b: Build, keep) -> None:
    """Drop the mentions ``keep`` rejects; their tokens are never counted as a repeat of a name."""
    kept = []
    for m in b.mentions:
        if keep(m):
            kept.append(m)
        else:
            b.excluded.update(range(m.start, m.end))
    b.mentions = kept


def drop_credits(b: Build) -> None:
    """A name in a photo credit or byline ("Jane Doe / The Canadian Press", "Photo: Jane Doe"), a
    reporter's credit ("With files from Jane Doe", "Additional reporting by Ana Ruiz, Tom Lee and Jane Doe
    in Singapore", "Jane Doe contributed to this report", "Jane Doe is a Toronto-based reporter …" at the
    end) or a link to another story ("READ MORE: Jane Doe faces …") is
    no actor of this one."""
    text = b.text
    runs = [(hit.start(), hit.end()) for hit in _CONTRIBUTOR_RUN.finditer(text)]

    def keep(m: Mention) -> bool:
        if m.label != "PERSON":
            return True
        a, e = _span_chars(b.doc, m)
        if any(s <= a < t for s, t in runs):
            return False
        if "/" in m.surface or _CREDIT_AFTER.match(text, e) or text[max(0, a - 3) : a].rstrip().endswith("/"):
            return False
        if _LINK_LINE.match(text, text.rfind("\n", 0, a) + 1):
            return False
        if _CONTRIBUTOR_BEFORE.search(text[max(0, a - 40) : a]) or _CONTRIBUTOR_AFTER.match(text, e):
            return False
        if a >= len(text) - STAFF_TAIL and _STAFF_AFTER.match(text, e):
            return False
        return not _CREDIT_BEFORE.search(text[max(0, a - 30) : a])

    _drop(b, keep)


_CAP_WORD = r"[A-Z][\w.'’&-]*"
_CREDIT = rf"{_CAP_WORD}(?:\s{_CAP_WORD})+\s?/\s?(?:[Tt]he\s)?{_CAP_WORD}(?:\s{_CAP_WORD})*"
_CAPTION_LINE = (
    # "Open this photo in gallery …", "This image released by …", "The Canadian Press Kevin Vickers …"
    re.compile(rf"\s*(?:(?i:{CAPTION_OPENERS})|{CAPTION_AGENCIES}\s+[A-Z])"),
    # a credit before the caption: "Ryan Remiorz / The Canadian Press Kevin Vickers, right, …"
    re.compile(rf"\s*(?!The\s|A\s){_CAP_WORD}(?:\s{_CAP_WORD}){{1,2}}\s/\s(?:The\s)?{_CAP_WORD}"),
)
# a credit after it: "… in Ottawa. (Jane Doe/CBC)", "( THE CANADIAN PRESS FILE PHOTO )", "Jane Doe/Reuters."
_CAPTION_CREDIT = re.compile(
    rf"\(\s*[A-Z][^()]*[A-Za-z]\s?/\s?[A-Z][^()]*\)|\(\s*[A-Z][^()]{{0,60}}(?i:\bphoto)\s*\)"
    rf"|^\s*{_CAP_WORD}(?:\s{_CAP_WORD}){{0,3}}\s?/\s?(?:[Tt]he\s)?{_CAP_WORD}(?:\s{_CAP_WORD})*\.?\s*$"
    rf"|[.!?]\s+{_CREDIT}\.?\s*$"
)
# a source after a description of a picture: "… are shown in this 1958 photo. ( City Archives )"
_CAPTION_SOURCE = re.compile(
    rf"(?i:\b{CAPTION_WORDS}\b).*\(\s*[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|of|the))*\s*\)\s*$"
)


def caption_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of the lines of ``text`` that are photo captions (see ``drop_caption_names``)."""
    spans, at = [], 0
    for line in text.split("\n"):
        if line.strip() and (
            any(p.match(line) for p in _CAPTION_LINE)
            or _CAPTION_CREDIT.search(line)
            or _CAPTION_SOURCE.search(line)
        ):
            spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def drop_caption_names(b: Build) -> None:
    """A name written only in a photo caption ("Ryan Remiorz / The Canadian Press Kevin Vickers, right,
    tosses Hadrien Trudeau …", "… shown in 1958. ( City Archives )") is a person in the picture, not in
    the story: it is dropped unless every word of it is also written outside the captions."""
    text = b.text
    spans = caption_spans(text)
    if not spans:
        return
    outside, last = [], 0
    for a, e in spans:
        outside.append(text[last:a])
        last = e
    outside.append(text[last:])
    words = {strip_possessive(w) for w in re.findall(r"\w[\w'’-]*", " ".join(outside))}

    def keep(m: Mention) -> bool:
        a, _ = _span_chars(b.doc, m)
        if not any(s <= a < e for s, e in spans):
            return True
        return all(w in words for w in m.norm.split() if w not in NAME_PARTICLES)

    _drop(b, keep)


# A line of a list of entries: "Ana Costa, The Long Road", "** WINNER: Ana Costa (Harbour Lights)",
# "Ana Costa, Tom Reyes, The Long Road". The label before it ("WINNER:", a bullet) is left out.
_LIST_LABEL = re.compile(r"^[\W_]*(?:[A-Z]{2,}(?:\s[A-Z]{2,})*:\s*)?")
_LIST_ENTRY = re.compile(
    r"^(?P<names>[^()]{3,120}?)\s*(?:\((?P<paren>[^()]{1,90})\)|,\s*(?P<work>[^,()]{1,90}))\s*$"
)
_LIST_JOIN = re.compile(r"\s*(?:,|&|\band\b)\s*")
_NAME_SLOT = re.compile(
    rf"^(?!(?:The|A|An)\s)[A-Z][\w.'’-]*(?:\s(?:[A-Z][\w.'’-]*|(?:{'|'.join(sorted(NAME_PARTICLES))})(?=\s[A-Z])))+$"
)
LIST_MIN_LINES = 3  # lines in a run of list entries before the run counts as a list


def _list_entries(text: str) -> list[list[tuple[list[tuple[int, int]], tuple[int, int]]]]:
    """Runs of consecutive list lines: per line, the character spans of its name slots and of its last
    slot (the work, team or party the entry is for)."""
    runs, run, at = [], [], 0
    for line in text.split("\n"):
        label = _LIST_LABEL.match(line)
        start = at + (label.end() if label else 0)
        body = text[start : at + len(line)]
        m = _LIST_ENTRY.match(body) if len(body.split()) <= 16 and not body.rstrip().endswith(".") else None
        if m is None:
            if line.strip():
                runs.append(run)
                run = []
        else:
            pos, slot = start + m.start("names"), "paren" if m.group("paren") else "work"
            names, last = [], 0
            for hit in [*_LIST_JOIN.finditer(m.group("names")), None]:
                end = hit.start() if hit else len(m.group("names"))
                names.append((pos + last, pos + end))
                last = hit.end() if hit else end
            run.append((names, (start + m.start(slot), start + m.end(slot))))
        at += len(line) + 1
    runs.append(run)
    return [r for r in runs if len(r) >= LIST_MIN_LINES]


def people_in_lists(b: Build) -> None:
    """In a list of entries ("Ana Costa, The Long Road" / "Tom Reyes (Harbour Lights)", three lines or
    more, most of them led by a name the model tagged a person or opening with a given name), each
    name-shaped lead is a person whatever the model tagged it, and a name in the last slot (the work,
    team or party) is none, here or wherever the article writes it again."""
    doc, text = b.doc, b.text
    persons = [_span_chars(doc, m) for m in b.mentions if m.label == "PERSON"]

    def evidenced(a: int, e: int) -> bool:
        first = text[a:e].split()[0]
        return any(a <= s and t <= e for s, t in persons) or (
            first.lower() in GIVEN_NAMES or given_name_gender(text[a:e]) is not None
        )

    slots: list[tuple[int, int]] = []
    works: set[str] = set()
    for run in _list_entries(text):
        names = [(a, e) for line, _ in run for a, e in line if _NAME_SLOT.match(text[a:e])]
        if len(names) < LIST_MIN_LINES or 3 * sum(evidenced(a, e) for a, e in names) < 2 * len(names):
            continue
        slots += names
        works |= {text[a:e].strip() for _, (a, e) in run if len(text[a:e].strip()) > 2}
    if not slots:
        return
    names_here = {text[a:e] for a, e in slots}
    work_spans = [
        (hit.start(), hit.end()) for w in works - names_here for hit in re.finditer(re.escape(w), text)
    ]

    def keep(m: Mention) -> bool:
        a, e = _span_chars(doc, m)
        if any(s <= a and e <= t for s, t in slots):
            return False  # replaced by the whole slot below
        return not (m.label == "PERSON" and any(s <= a and e <= t for s, t in work_spans))

    _drop(b, keep)
    for a, e in slots:
        span = doc.char_span(a, e, alignment_mode="contract")
        if span is None or not len(span):
            continue
        norm, gender = normalise_name(span.text)
        b.excluded.difference_update(range(span.start, span.end))
        b.mentions.append(Mention(span.start, span.end, span.text, norm, "PERSON", gender))
    b.mentions.sort(key=lambda m: m.start)


def _is_region(word: str) -> bool:
    w = word.lower().rstrip(".")
    return w in REGION_ABBREVIATIONS or w in REGIONS


def relabel_places_by_evidence(b: Build) -> None:
    """Places by their shape: a region abbreviation ("Ont."), a town before one ("Milton, Ont."), a
    dateline at the start of a paragraph ("MOSUL —")."""
    doc, text = b.doc, b.text
    for m in b.mentions:
        if m.label in _PLACE_LABELS:
            continue
        a, e = _span_chars(doc, m)
        after = _REGION_AFTER.match(text, e)
        starts_para = a == 0 or text[max(0, a - 1)] == "\n"
        if (
            _is_region(m.norm)
            or (
                after
                and _is_region(after.group(1))
                and not _is_region(m.norm.split()[-1])
                and m.label != "ORG"
            )
            or (starts_para and m.surface.isupper() and _DATELINE_AFTER.match(text, e))
        ):
            m.label = "GPE"


def _institution_kind(b: Build, m: Mention) -> str | None:
    """ "ORG" or "GPE" when the shape of a multi-word name says it is no person, else None."""
    w = m.norm.split()
    if len(w) < 2:
        return None
    last, first = w[-1].lower(), w[0].lower()
    if last in SURNAME_HEADS and len(w) == 2 and (first in GIVEN_NAMES or given_name_gender(m.norm)):
        return None  # "Ryan Hall", "Michael Bay": a given name and a surname that is also a noun
    if last in PLACE_HEADS:
        return "GPE"
    if last in ORG_HEADS or last in COUNTRY_HEADS or first in ORG_FIRSTS:
        return "ORG"
    if b.doc[m.end - 1].tag_ in ("VBZ", "VBD"):
        return "ORG"  # a title of a work ends in a verb ("Mary Poppins Returns")
    return None


def relabel_org_heads(b: Build) -> None:
    """A "person" whose words name an institution, event, work or place ("Dixon Hall", "Hockey Canada",
    "The Kominsky Method", "Studio Schicketanz", "Niagara Falls"), or a platform ("Twitter"), is none."""
    for m in b.mentions:
        if m.label == "PERSON" and (kind := _institution_kind(b, m)):
            m.label = kind
        elif m.label in ("PERSON", "GPE", "NORP") and m.norm.lower() in PLATFORMS:
            m.label = "ORG"


def drop_non_name_words(b: Build) -> None:
    """Not a person: a lone capitalised word that is a common word here ("Escape" beside "escape"), an
    all-capitals label ("ANALYST", "CANADIAN PRESS") or an abstract noun ("Uselessness"); a name with a
    lower-case word that is no name particle ("the Birth of Modern Canada") or ending in a role acronym
    ("Liberal MLA"). A word that is part of a longer name here, a given name or one with a title stays."""
    doc, text = b.doc, b.text
    in_longer = {w for m in b.mentions if m.label == "PERSON" for w in m.norm.split() if " " in m.norm}

    def keep(m: Mention) -> bool:
        n = m.norm
        if m.label == "PERSON" and " " in n:
            w = n.split()
            if n.isupper() and not m.gender:
                return False  # "CANADIAN PRESS"
            if any(x.islower() and x not in NAME_PARTICLES for x in w):
                return False  # "the Birth of Modern Canada"
            return not (
                w[-1].isupper() and 2 <= len(w[-1]) <= 4 and w[-1] not in ROMAN_NUMERALS
            )  # "Liberal MLA"
        if m.label != "PERSON" or " " in n or m.gender or n in in_longer or n.lower() in GIVEN_NAMES:
            return True
        if n.isupper() and len(n) > 1:
            return False
        if _COMMON_SUFFIX.search(n.lower()):
            return False
        if re.search(rf"(?<![\w’'-]){re.escape(n.lower())}(?![\w’'-])", text):
            return False  # the same word in lower case: a common noun or verb, capitalised here
        return not (doc[m.start].is_sent_start and doc[m.start].pos_ != "PROPN")

    _drop(b, keep)


_UNTAGGED_NAME = re.compile(r"(?=\b([A-Z][a-z]+) ((?:Mc|Mac|O’|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b)")


def add_untagged_people(b: Build) -> None:
    """A given name and a surname the model left untagged are a person when the article writes them as
    one: a description, age or speech verb after the full name ("Will Young, a locomotive mechanic"), or
    the surname alone before a speech verb elsewhere ("Laurin said")."""
    doc, text = b.doc, b.text
    named = None
    for hit in _UNTAGGED_NAME.finditer(text):
        given, surname = hit.group(1), hit.group(2)
        if given.lower() not in GIVEN_NAMES and not _data_given_name(f"{given} {surname}"):
            continue
        span = doc.char_span(hit.start(1), hit.end(2))
        if span is None or any(t.ent_type_ or t.i in b.excluded for t in span):
            continue
        if span.start and doc[span.start - 1].text[:1].isupper() and not doc[span.start - 1].is_sent_start:
            continue  # part of a longer capitalised run
        if surname.lower() in ORG_HEADS or surname.lower() in PLACE_HEADS:
            continue
        if span.start and doc[span.start - 1].lower_ == "the":
            continue  # "the Sunshine State, a …"
        if not _ROLE_AFTER.match(text, hit.end(2)):
            named = _said_words(doc) if named is None else named
            if surname not in named:
                continue
        b.mentions.append(Mention(span.start, span.end, span.text, span.text, "PERSON", None))
    b.mentions.sort(key=lambda m: m.start)


_SERIES_GAP = re.compile(r"^(?:,\s*(?:and\s+)?|\s+and\s+)$")


def people_in_series(b: Build) -> None:
    """A name in a series of people ("Travis Barker, Mick Foley and Amber Valletta", "fellow Canadians
    Mackenzie Hughes, Ben Silverman, Roger Sloan") is a person: a given name and a surname left
    untagged or tagged an organisation or group, or two or three capitalised words after a nationality,
    right before or after a person's name with only a comma or "and" between."""
    doc, text = b.doc, b.text
    spans = {(m.start, m.end): m for m in b.mentions}
    persons = sorted(_span_chars(doc, m) for m in b.mentions if m.label == "PERSON")
    if len(persons) < 2:
        return

    def previous(a: int) -> tuple[int, int] | None:
        return next((p for p in persons if a - 8 <= p[1] < a and _SERIES_GAP.match(text[p[1] : a])), None)

    def following(e: int) -> tuple[int, int] | None:
        return next((p for p in persons if e < p[0] <= e + 8 and _SERIES_GAP.match(text[e : p[0]])), None)

    def beside(a: int, e: int) -> bool:
        """Three names or more in the series: a person on each side, or two on one side."""
        before, after = previous(a), following(e)
        return bool((before and after) or (before and previous(before[0])) or (after and following(after[1])))

    def name_words(start: int, end: int) -> bool:
        words = [t.text for t in doc[start:end]]
        return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)

    for m in list(b.mentions):
        if m.label not in ("ORG", "NORP"):
            continue
        lead = m.end - m.start >= 3 and DEMONYM_LEAD.search(doc[m.start].text)
        start = m.start + 1 if lead else m.start
        if not name_words(start, m.end) or doc[m.end - 1].lower_ in ORG_HEADS:
            continue
        if not lead and not _opens_with_given_name(doc[start : m.end].text):
            continue
        a, e = doc[start].idx, _span_chars(doc, m)[1]
        if beside(a, e):
            m.start, m.surface, m.label = start, doc[start : m.end].text, "PERSON"
            m.norm = normalise_name(m.surface)[0]
    for hit in _UNTAGGED_NAME.finditer(text):
        span = doc.char_span(hit.start(1), hit.end(2))
        if (
            span is None
            or any(t.ent_type_ or t.i in b.excluded for t in span)
            or (span.start, span.end) in spans
        ):
            continue
        if hit.group(1).lower() not in GIVEN_NAMES and not _data_given_name(f"{hit.group(1)} {hit.group(2)}"):
            continue
        if beside(hit.start(1), hit.end(2)):
            b.mentions.append(Mention(span.start, span.end, span.text, span.text, "PERSON", None))
    b.mentions.sort(key=lambda m: m.start)


def _said_words(doc) -> set[str]:
    """Capitalised words right before a speech verb ("Laurin said")."""
    return {t.text for t in doc[:-1] if t.text[:1].isupper() and doc[t.i + 1].lower_ in SPEECH_VERBS}


def add_untagged_full_names(b: Build) -> None:
    """A name the model tagged only by its surname, as a place or organisation ("Stanovaya said"), is a
    person when the article also writes it after a given name the model left untagged ("Tatiana
    Stanovaya, an independent expert"): that full name becomes a mention and the surname a person's."""
    doc, text = b.doc, b.text
    forms = {m.norm for m in b.mentions if m.label != "PERSON" and m.norm.isalpha() and m.norm[:1].isupper()}
    for form in sorted(forms):
        if len(form) < 3 or form.lower() in ORG_HEADS or form.lower() in PLACE_HEADS:
            continue
        for hit in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(form)}\b", text):
            span = doc.char_span(hit.start(), hit.end())
            if span is None or any(t.ent_type_ for t in span) or given_name_gender(hit.group(0)) is None:
                continue
            b.mentions.append(Mention(span.start, span.end, span.text, span.text, "PERSON", None))
            for m in b.mentions:
                if m.norm == form:
                    m.label = "PERSON"
            break
    b.mentions.sort(key=lambda m: m.start)


def _data_given_name(name: str) -> bool:
    """The name data give the first word to one sex, and it is no title ("General"), state or province
    ("Georgia Tech", "Nova Scotia")."""
    first = name.split()[0].lower()
    return bool(
        given_name_gender(name)
        and first not in TITLES
        and first not in STATE_FIRSTS
        and not _is_region(first)
        and not _is_region(name)
    )


_NICKNAME = re.compile(r"\b([A-Z][a-z]+) [“\"‘']([^”\"’'\n]{2,25})[”\"’'] ([A-Z][\w’'-]+)")


def add_nicknamed_names(b: Build) -> None:
    """A full name with a nickname inside it ('Cris “Cyborg” Justino', 'Joaquin "El Chapo" Guzman') is a
    person named by the given name and the surname, whatever the model tagged the parts."""
    doc, text = b.doc, b.text
    named = None
    for hit in _NICKNAME.finditer(text):
        given, surname = hit.group(1), strip_possessive(hit.group(3))
        span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
        if span is None or (span.start > 0 and doc[span.start - 1].text[:1].isupper()):
            continue  # 'Hillary Clinton ‘A Disgrace’ Over …': the name began before
        if not all(w[:1].isupper() for w in hit.group(2).split()):
            continue
        if given.lower() not in GIVEN_NAMES and given_name_gender(f"{given} {surname}") is None:
            named = person_words(doc) if named is None else named
            if surname not in named:
                continue
        b.mentions = [m for m in b.mentions if m.end <= span.start or m.start >= span.end]
        b.mentions.append(
            Mention(span.start, span.end, span.text, f"{given} {strip_possessive(surname)}", "PERSON", None)
        )
    b.mentions.sort(key=lambda m: m.start)


def _opens_with_given_name(name: str) -> bool:
    return name.split()[0].lower() in GIVEN_NAMES or given_name_gender(name) is not None


def relabel_kin_and_family(b: Build) -> None:
    """A name in apposition after a kin noun is a person ("Musk's brother, Kimbal"), and so is a
    two-word name the model tagged otherwise that ends in the surname of a person of the article
    ("Megda Belkacemi" beside "Khaled Belkacemi": a relative; the person's full name must be written
    twice or more and open with a given name, and the surname must not be a word the article writes in lower case: "Walter Energy" tagged a
    person makes no relative of "Peabody Energy")."""
    doc = b.doc
    named = Counter(m.norm for m in b.mentions if m.label == "PERSON" and len(m.norm.split()) >= 2)
    fulls = [n.split() for n, k in named.items() if k >= 2 and _opens_with_given_name(n)]
    surnames = {w[-1] for w in fulls}
    for m in b.mentions:
        if m.label == "PERSON":
            continue
        w = m.norm.split()
        kin = (
            m.label != "NORP"
            and m.start >= 2
            and doc[m.start - 1].text == ","
            and doc[m.start - 2].lower_ in KIN_NOUNS
            and (m.end >= len(doc) or doc[m.end].pos_ not in ("NOUN", "PROPN", "ADJ"))
        )
        family = (
            len(w) == 2
            and w[-1] in surnames
            and not re.search(rf"(?<![\w’'-]){re.escape(w[0].lower())}(?![\w’'-])", b.text)
            and (m.end >= len(doc) or doc[m.end].pos_ != "NOUN")
            and w[0].isalpha()
            and w[0].istitle()
            and w[0].lower() not in ORG_FIRSTS
            and not _institution_kind(b, m)
            and not re.search(rf"(?<![\w’'-]){re.escape(w[-1].lower())}(?![\w’'-])", b.text)
            # a spelling variant of the same person ("Zehaf Bibeau" beside "Michael Zihaf Bibeau") is none
            and not any(
                SequenceMatcher(None, w[0].lower(), x.lower()).ratio() >= 0.7
                for f in fulls
                if f[-1] == w[-1]
                for x in f[:-1]
            )
        )
        if (kin and m.norm[:1].isupper() and len(w) <= 3) or family:
            m.label = "PERSON"
            if kin:  # "his brother, Kimbal": the kin noun says the gender, as a title would
                noun = doc[m.start - 2].lower_
                m.gender = m.gender or ("m" if noun in MALE_KIN else "f" if noun in FEMALE_KIN else None)


_ORG_APPOSITION = re.compile(
    rf",\s+(?:a|an|the)\s+(?:(?!(?:of|for|with|in|at|the|a|an|to|from|and|by|on|who|whose)\b)[\w-]+,?\s+){{0,4}}?"
    rf"(?:{'|'.join(sorted(ORG_NOUNS))})"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:that|which|based|founded|in|whose|run|with|from|for|of)\b)"
)
_ORG_POSSESSIVE = re.compile(rf"[’']s?\s+(?:[A-Z][\w.]*\s+)?(?i:{CORPORATE_NOUNS})\b")


_THE_BEFORE = re.compile(r"\b[Tt]he\s$")
_PLAYED_BY = re.compile(r"\s+\(\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+\s*\)")
_PLAYED_AS = re.compile(r"\(\s*as\s+(?:[“\"][^”\"]{1,20}[”\"]\s+)?$")


def _word_hits(text: str, form: str) -> list[tuple[int, int]]:
    """Where ``form`` stands as a word in ``text`` (``str.find``: a regex per name costs a compile and a
    slow scan)."""
    out, at = [], text.find(form)
    while at >= 0:
        end = at + len(form)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "_’'-") and not (after.isalnum() or after in "_-"):
            out.append((at, end))
        at = text.find(form, at + 1)
    return out


def _every(
    text: str, form: str, before: re.Pattern | None = None, after: re.Pattern | None = None
) -> tuple[int, int]:
    """(occurrences of ``form`` as a word in ``text``, how many of them have ``before`` (a pattern ending
    in "$", matched on the 30 characters before) or ``after`` (matched right after) around)."""
    hits = _word_hits(text, form)
    fit = [
        (a, e)
        for a, e in hits
        if (before is None or before.search(text[max(0, a - 30) : a]))
        and (after is None or after.match(text, e))
    ]
    return len(hits), len(fit)


def relabel_by_context(b: Build) -> None:
    """What the article says a "person" is: an organisation when in apposition with an organisation
    noun ("Dixon Hall, a non-profit agency that …") or owning what only a business has ("Vauxhall's U.K.
    managing director", "Stella's locations"); no one when it opens with a determiner ("My Name's Not
    George") or a province or country before a non-name ("Ontario Proud"), when it is a lone word always
    written after "the" ("the Forecaddie"), or a character played by a named person ("Kaye (Rebecca
    Holm)", "(as Merlin)")."""
    text = b.text
    full_words = {w for m in b.mentions if m.label == "PERSON" and " " in m.norm for w in m.norm.split()}
    verdict: dict[str, str | None] = {}
    for m in b.mentions:
        if m.label != "PERSON" or m.gender or m.honorific or m.norm in verdict:
            continue
        n, w = m.norm, m.norm.split()
        given = _opens_with_given_name(n) if len(w) > 1 else n.lower() in GIVEN_NAMES
        kind = None
        if w[0].lower() in DETERMINER_FIRSTS:
            kind = "DROP"
        elif (
            len(w) > 1
            and w[0].lower() in REGIONS | COUNTRY_HEADS
            and w[0].lower() not in GIVEN_NAMES
            and not _named_like_a_person(b, m)
        ):
            kind = "ORG"
        elif _every(text, n, after=_ORG_APPOSITION)[1] or (
            not given and _every(text, n, after=_ORG_POSSESSIVE)[1]
        ):
            kind = "ORG"
        elif len(w) == 1 and n not in full_words:
            total, after_the = _every(text, n, before=_THE_BEFORE)
            played = _every(text, n, after=_PLAYED_BY)[1] + _every(text, n, before=_PLAYED_AS)[1]
            if (total and after_the == total and not given) or played:
                kind = "DROP"
        verdict[n] = kind
    for m in b.mentions:
        if m.label == "PERSON" and verdict.get(m.norm) == "ORG":
            m.label = "ORG"
    _drop(b, lambda m: not (m.label == "PERSON" and verdict.get(m.norm) == "DROP"))


def merge_plural_names(b: Build) -> None:
    """A plural of a person's name ("more Audrey Parkers") is a mention of that person; the plural of a
    name that is no person's here ("the Golden Globes" beside "the Golden Globe", "U.S. Opens") is none."""
    text = b.text
    persons = {m.norm for m in b.mentions if m.label == "PERSON"}
    person_words = {w for n in persons for w in n.split()}
    drop = set()
    for m in b.mentions:
        n = m.norm
        if (
            m.label != "PERSON"
            or m.gender
            or not n.endswith("s")
            or n.endswith("ss")
            or len(n.split()[-1]) < 4
        ):
            continue
        single = n[:-1]
        if " " in n and single in persons:
            m.norm = single
        elif single.split()[-1] not in person_words and any(
            e == len(text) or text[e] not in "’'" for _, e in _word_hits(text, single)
        ):
            drop.add(n)
    _drop(b, lambda m: not (m.label == "PERSON" and m.norm in drop))


def relabel_given_name_entities(b: Build) -> None:
    """An ORG/GPE/NORP/LOC of 2-3 capitalised words opening with a common given name (the hand list, or
    one the name data give to one sex when the article writes it as a person's) is a person (unless its
    shape says otherwise: "Carol Burnett Award", "Wayne State University")."""
    for m in b.mentions:
        w = m.norm.split()
        if m.label in ("ORG", "GPE", "NORP", "LOC") and 2 <= len(w) <= 3:
            if not (w[0].lower() in GIVEN_NAMES or (_data_given_name(m.norm) and _named_like_a_person(b, m))):
                continue
            if all(x[:1].isupper() and x.isalpha() for x in w) and not _institution_kind(b, m):
                m.label = "PERSON"


_ROLE_AFTER = re.compile(r"(?:[’']s?)?\s*(?:,\s+(?:a|an|\d+)\b|\s+(?:said|says|told|added|wrote)\b)")
_SAID_AFTER = re.compile(r"(?:,\s+\d+,)?\s+(?:said|says|told|added|wrote)\b|\s+of\s+(?:the\s+)?[A-Z]")


def _named_like_a_person(b: Build, m: Mention) -> bool:
    """The article writes this name as a person's: a role noun before it ("entrepreneur Ana Ruiz"), a
    speech verb, an age or an affiliation after it ("Lester Holt of NBC News"), or its last word elsewhere tagged a person or before a speech verb
    ("Ruiz said"); never after "the" anywhere ("the Hoover Institution", "the Houston Astros")."""
    doc, text = b.doc, b.text
    if _every(text, m.norm, before=_THE_BEFORE)[1]:
        return False
    if m.start and doc[m.start - 1].lower_ in ROLE_NOUNS:
        return True
    _, e = _span_chars(doc, m)
    if _SAID_AFTER.match(text, e):
        return True
    last = m.norm.split()[-1]
    return any(
        t.text == last
        and not (m.start <= t.i < m.end)
        and (t.ent_type_ == "PERSON" or (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in SPEECH_VERBS))
        for t in doc
    )


def link_full_names(b: Build) -> None:
    """Full names that are one another's longer form ("Hillary Clinton" / "Hillary Rodham Clinton",
    "Abu Salem" / "Omar Abu Salem")."""
    b.person_forms = Counter(m.norm for m in b.mentions if m.label == "PERSON")
    full = {n for n in b.person_forms if len(n.split()) >= 2}
    for n in sorted(full, key=lambda s: (-len(s.split()), -b.person_forms[s])):
        w = n.split()
        target = n
        for other in b.full_key.values():
            ow = other.split()
            if ow != w and ow[0] == w[0] and ow[-1] == w[-1] and len(ow) > len(w):
                target = other
                break
        if target == n:
            # "Abu Salem" is "Omar Abu Salem" when exactly one longer name ends that way.
            tails = {
                o
                for o in b.full_key.values()
                if len(o.split()) > len(w) and _tail(o.split(), len(w)) == _key(w)
            }
            if len(tails) == 1:
                target = tails.pop()
        b.full_key[n] = target
    b.canon_full = set(b.full_key.values())


def find_places(b: Build) -> None:
    """Single-word forms that are places here, and the single words that name a person."""
    full_words = {w for c in b.canon_full for w in (c.split()[0], c.split()[-1])}
    b.places = _place_forms(b.doc, b.mentions, full_words)
    single_person = {n for n in b.person_forms if len(n.split()) == 1 and n not in b.places}
    b.person_words = full_words | single_person


def _resolve(b: Build, m: Mention) -> tuple[str, str]:
    """(canonical name, label) for one mention."""
    n = m.norm
    label = m.label
    if n in b.places:
        # A place the model once took for an organisation, a group or a person.
        return PLACE_ALIASES.get(n.lower(), n), "GPE" if label not in _PLACE_LABELS else label
    if label != "PERSON":
        # Label slips: a form that is, in this article, a person's name; or has a person's title
        # ("Ms. Kravets") or a common given name ("Maria Kravets").
        if n in b.full_key or (len(n.split()) == 1 and n in b.person_words) or m.gender or b.tail_target(n):
            label = "PERSON"
    if label == "PERSON":
        if n in b.full_key:
            return b.full_key[n], label
        if b.tail_target(n):
            return b.tail_target(n), label
        if len(n.split()) == 1:
            return (b.person_target(n) or n), label
        return n, label
    if label in ("GPE", "LOC"):
        n = PLACE_ALIASES.get(n.lower(), n)
    return n, label


def assign_mentions(b: Build) -> None:
    """One actor per (canonical name, kind); every mention counted on it."""
    table = b.table
    index: dict[tuple[str, str], int] = {}
    for m in b.mentions:
        name, label = _resolve(b, m)
        kind = KIND_OF_LABEL[label]
        key = (name.casefold(), kind)
        idx = index.get(key)
        if idx is None:
            idx = len(table.actors)
            index[key] = idx
            table.actors.append(ActorRec(name=name, kind=kind, first=m.start))
        rec = table.actors[idx]
        rec.mentions += 1
        rec.aliases[m.norm] += 1
        rec.labels[m.label] += 1
        if m.gender and kind == "person":
            rec.gender = rec.gender or m.gender
        if m.honorific and kind == "person":
            rec.honorifics[m.honorific] += 1
        for i in range(m.start, m.end):
            table.tok2actor[i] = idx
            b.covered.add(i)
        table.mentions.append((m.start, idx))
        if b.doc[m.start : m.end].root.dep_ in _SUBJ:
            table.subjects.add(m.start)


def merge_org_acronyms(b: Build) -> None:
    """An acronym ("NSC") merges with the one organisation whose initials it is."""
    table = b.table
    orgs = [i for i, a in enumerate(table.actors) if a.kind == "organization"]
    for i in orgs:
        a = table.actors[i]
        if a.name.isupper() and 2 <= len(a.name) <= 6 and a.mentions:
            hits = [
                j
                for j in orgs
                if j != i and "".join(w[0] for w in table.actors[j].name.split() if w[0].isupper()) == a.name
            ]
            if len(hits) == 1:
                table.merge(i, hits[0])


def merge_org_tails(b: Build) -> None:
    """ "the Communist Party" is the "Chinese Communist Party" when no other organisation ends that way."""
    table = b.table
    orgs = [i for i, a in enumerate(table.actors) if a.kind == "organization" and a.mentions]
    for i in orgs:
        tail = table.actors[i].name.split()
        if not tail[0][:1].isupper():
            continue
        hits = [
            j
            for j in orgs
            if j != i
            and table.actors[j].mentions
            and len(table.actors[j].name.split()) > len(tail)
            and table.actors[j].name.split()[-len(tail) :] == tail
        ]
        if len(hits) == 1:
            table.merge(i, hits[0])


def count_untagged_repeats(b: Build) -> None:
    """Untagged repeats of a person's name count as mentions (the model misses a surname now and then)."""
    table, doc = b.table, b.doc
    person_idx: dict[str, int] = {}
    for i, a in enumerate(table.actors):
        if a.kind != "person":
            continue
        person_idx.setdefault(a.name, i)
        for w in {a.name.split()[-1], a.name.split()[0]} if len(a.name.split()) > 1 else {a.name}:
            if w == a.name or b.person_target(w) == a.name:
                person_idx.setdefault(w, i)
    if not person_idx:
        return
    for tok in doc:
        if tok.i in b.covered or tok.i in b.excluded or tok.pos_ != "PROPN":
            continue
        idx = person_idx.get(strip_possessive(tok.text))
        if idx is None:
            continue
        # Part of a longer unknown name ("Bill" in "Bill Clinton" when only Hillary is known).
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.i not in b.covered and nxt.text[:1].isupper():
            continue
        table.tok2actor[tok.i] = idx
        table.actors[idx].mentions += 1
        if tok.i > 0 and (h := honorific_of([doc[tok.i - 1].text])):
            table.actors[idx].honorifics[h] += 1
        table.mentions.append((tok.i, idx))
        if tok.dep_ in _SUBJ or (tok.dep_ == "compound" and tok.head.dep_ in _SUBJ):
            table.subjects.add(tok.i)


def guess_gender_from_given_name(b: Build) -> None:
    """A person with no title hint gets the gender of a given name (the hand list, else the name data
    when near-certain), for the pronoun resolver."""
    for a in b.table.actors:
        if a.kind == "person" and not a.gender:
            first = a.name.split()[0].lower()
            if first in MALE_NAMES:
                a.gender = "m"
            elif first in FEMALE_NAMES:
                a.gender = "f"
            elif named := given_name_gender(a.name):
                a.gender = named[0]


def prefer_unshouted_names(b: Build) -> None:
    """A dateline or shouted form ("MOSCOW") is not the name to show when the article also has "Moscow"."""
    for a in b.table.actors:
        if a.name.isupper() and len(a.name) > 4:
            better = [n for n, _ in a.aliases.most_common() if not n.isupper()]
            if better:
                a.name = better[0]


def vote_gender_from_pronouns(b: Build) -> None:
    """Gender evidence from pronouns: a he/she subject right after a lone person subject."""
    doc, table = b.doc, b.table
    table.mentions.sort()
    table.sent_starts = [s.start for s in doc.sents]
    persons = [(t, i) for t, i in table.mentions if table.actors[i].kind == "person" and t in table.subjects]
    if not persons:
        return
    by_sent: dict[int, set[int]] = {}
    for t, i in persons:
        by_sent.setdefault(table.sent_index(t), set()).add(i)
    for tok in doc:
        low = tok.lower_
        g = "m" if low in HE else "f" if low in SHE else None
        if g is None or tok.dep_ not in _SUBJ:
            continue
        si = table.sent_index(tok.i)
        here = {i for t, i in persons if t < tok.i and table.sent_index(t) == si}
        cands = here or by_sent.get(si - 1, set())
        if len(cands) == 1:
            table.actors[next(iter(cands))].gender_votes[g] += 1


PASSES = (
    drop_credits,
    drop_caption_names,
    people_in_lists,
    relabel_places_by_evidence,
    relabel_org_heads,
    drop_non_name_words,
    add_untagged_full_names,
    relabel_given_name_entities,
    add_untagged_people,
    people_in_series,
    add_nicknamed_names,
    relabel_kin_and_family,
    relabel_by_context,
    merge_plural_names,
    link_full_names,
    find_places,
    assign_mentions,
    merge_org_acronyms,
    merge_org_tails,
    count_untagged_repeats,
    guess_gender_from_given_name,
    prefer_unshouted_names,
    vote_gender_from_pronouns,
)


def build_actors(doc) -> ActorTable:
    """Build the article's actor table from ``doc.ents`` by running ``PASSES`` in order."""
    b = Build(doc=doc, mentions=find_mentions(doc))
    for step in PASSES:
        step(b)
    return b.table


def _place_forms(doc, mentions: list[Mention], person_words: set[str]) -> set[str]:
    """Single-word forms that are places in this article, whatever label each mention got.

    A form is a place when the model tagged it a place at least once, or the text says so ("the city
    of X", "X region"), and it is not a person's name here (part of a full name, a given name, or with
    a personal title). A NORP form that looks like a demonym or creed ("Israeli", "Kurds") stays a group.
    """
    by_form: dict[str, set[str]] = {}
    gendered = set()
    for m in mentions:
        if " " in m.norm:
            continue
        by_form.setdefault(m.norm, set()).add(m.label)
        if m.gender:
            gendered.add(m.norm)
    out: set[str] = set()
    text = None
    for form, labels in by_form.items():
        if labels <= _PLACE_LABELS or form in gendered or form in person_words:
            continue
        if form.lower() in GIVEN_NAMES or not form[:1].isupper():
            continue
        if "NORP" in labels and DEMONYM.search(form):
            continue
        if labels & _PLACE_LABELS:
            out.add(form)
            continue
        if text is None:
            text = doc.text
        f = re.escape(form)
        if re.search(rf"\b{PLACE_BEFORE}{f}\b|\b{f}{PLACE_AFTER}|\b{PLACE_PREPOSITION}{f}\b(?![’'])", text):
            out.add(form)
    return out
