"""What the article says about a name, asked by passes of more than one module.

Small tests shared by ``relabel``, ``untagged`` and ``merge``: is a word a region, does a name open
with a given name, where and in what company a form is written. They change nothing; the passes decide.
"""

from __future__ import annotations

import re

from bot.nlp.actors.gender import given_name_gender
from bot.nlp.actors.lexicon import (
    APPOSED_ROLES,
    CLUB_HEADS,
    COMPANY_DESIGNATORS,
    COUNTRY_HEADS,
    FIRM_NAME_ENDINGS,
    GIVEN_NAMES,
    HYPHENED_GIVEN,
    LEGAL_FORMS,
    ORG_FIRSTS,
    ORG_HEADS,
    PERSONAL_TITLES,
    PLACE_FIRSTS,
    PLACE_HEADS,
    POST_NOMINALS,
    REGION_ABBREVIATIONS,
    REGIONS,
    ROMAN_NUMERALS,
    SAID_VERBS,
    SAINT_FIRSTS,
    SPEECH_VERBS,
    STATE_FIRSTS,
    STORM_FIRSTS,
    SURNAME_HEADS,
    TITLES,
)


def role_over_the_body(noun, roles: frozenset[str]):
    """The role noun (one of ``roles``) a body's name is the object of, up a chain of prepositions ("Minister" of "The
    Minister of State with responsibility for the Office of Public Works"), or None: a name set off after the body
    may be the role's holder, hung by the parser on the body."""
    for _ in range(4):
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return None
        noun = noun.head.head
        if noun.lower_ in roles:
            return noun
    return None


def is_region(word: str) -> bool:
    """A province or state, or its abbreviation ("Ont.", "Nova Scotia")."""
    w = word.lower().rstrip(".")
    return w in REGION_ABBREVIATIONS or w in REGIONS


# Endings that make a place's people of its name ("Vancouverite", "Manitoban", "Torontonian", "Quebecer",
# "Calgarian"), longest first.
_DEMONYM_ENDINGS = ("nian", "ite", "ian", "ese", "er", "an", "n", "i")


def demonym_of_a_place(word: str, text: str) -> bool:
    """Whether ``word`` names a person by a place the article writes: the place's name and a demonym's ending
    ("Vancouverite" beside "Vancouver", "Manitoban" beside "Manitoba", "Calgarian" beside "Calgary", "Torontonian"
    beside "Toronto"); a stem of four letters or more, written capitalised as a word of its own."""
    return place_of_demonym(word, text) is not None


def place_of_demonym(word: str, text: str) -> str | None:
    """The place the article writes whose people ``word`` names ("Manitoba" for "Manitoban"), else None (see
    ``demonym_of_a_place``)."""
    for place in demonym_places(word):
        if re.search(rf"(?<![\w-]){re.escape(place)}(?![\w-])", text):
            return place
    return None


def demonym_places(word: str) -> list[str]:
    """The places whose people ``word`` may name, by a demonym's ending ("Quebec" of "Quebecer", "Manitoba" of
    "Manitoban"), in a fixed order; none for a word not so shaped."""
    if not word[:1].isupper() or not word.isalpha():
        return []
    out = []
    for ending in _DEMONYM_ENDINGS:
        if not word.endswith(ending) or len(word) - len(ending) < 4:
            continue
        stem = word[: -len(ending)]
        out += [p for p in sorted({stem, stem + "a", stem + "o", stem[:-1] + "y", stem + "e"}) if p != word]
    return out


def data_given_name(name: str) -> bool:
    """The name data give the first word to one sex, and it is no title ("General"), state or province
    ("Georgia Tech", "Nova Scotia")."""
    first = name.split()[0].lower()
    return bool(
        given_name_gender(name)
        and first not in TITLES
        and first not in STATE_FIRSTS
        and not is_region(first)
        and not is_region(name)
    )


def opens_with_given_name(name: str) -> bool:
    """The first word is a given name: the hand list, or the name data give it to one sex."""
    return name.split()[0].lower() in GIVEN_NAMES or given_name_gender(name) is not None


def institution_shape(name: str, surface: str = "") -> str | None:
    """ "ORG" or "GPE" when the words of a multi-word name say it is an institution, club, event, work
    or place ("Dixon Hall", "Ashby Town", "Niagara Falls", "Co Wexford"), else None; a given name before
    a surname that is also such a noun stays a name ("Ryan Hall", "Michael Holding")."""
    w = name.split()
    if len(w) < 2:
        return None
    last, first = w[-1].lower(), w[0].lower()
    if (
        last in SURNAME_HEADS
        and len(w) == 2
        and (first in GIVEN_NAMES or given_name_gender(name) or HYPHENED_GIVEN.match(w[0]))
    ):
        return None  # "Ryan Hall", "Hyun-woo Park"
    if last in PLACE_HEADS or first in PLACE_FIRSTS:
        return "GPE"  # "Niagara Falls", "Co Wexford"
    if first in STORM_FIRSTS:
        return "EVENT"  # "Cyclone Gabrielle"
    if len(w[-1]) >= 3 and w[-1].isupper() and w[-1].isalpha() and not w[0].isupper():
        if w[-1] not in POST_NOMINALS and w[-1] not in ROMAN_NUMERALS:
            return "ORG"  # "Saskatchewan RCMP": a body's letters after its place, no person's
    if first in SAINT_FIRSTS:
        return "ORG" if surface.endswith(("’s", "'s")) else "GPE"  # "St Finian’s GAA Club", "St Albans"
    if last in ORG_HEADS or last in CLUB_HEADS or last in COUNTRY_HEADS or first in ORG_FIRSTS:
        return "ORG"
    if len(last) > 6 and last.endswith("works") and last.isalpha():
        return "ORG"  # "Haskell Boatworks", "Tyne Ironworks": a works, no person's name
    if last.rstrip(".") in LEGAL_FORMS and last != "co":
        return "ORG"  # "Western Rural Transport CLG", "Harlow Systems Ltd." (not "Kenneth Co", a surname)
    if last in FIRM_NAME_ENDINGS and len(w) >= 3:
        return "ORG"  # "Island Coast Ferries", "Greybridge Harbour Capital": a firm, whatever its first word
    if last in COMPANY_DESIGNATORS and not (first in GIVEN_NAMES or given_name_gender(name)):
        return "ORG"  # "Halvorsen Industrial", "Corvane Systems": a firm's designator after no given name
    return None


THE_BEFORE = re.compile(r"\b[Tt]he\s$")
# A role only a person holds set off after a name: ", the agency's director", ", head of research at …",
# ", president of the union local that …".
APPOSED_ROLE = (
    rf",\s+(?:(?:the|his|her|its|their)\s+)?(?:[\w’'-]+\s+){{0,3}}?(?:{'|'.join(sorted(APPOSED_ROLES))})\b"
    rf"(?=\s*(?:,|\.|\s(?:of|at|for|in|with)\b))"
)
ROLE_SET_OFF_AFTER = re.compile(APPOSED_ROLE)
# A comma, then a speech verb, right after a name: the name is set off as the subject's apposition ("a
# spokeswoman for Calloway, Brianna Feld, said", "BBMP's chief engineer, K. Venkatesh Gowda, said").
SET_OFF_SAID = re.compile(rf",\s+{SAID_VERBS}\b")
# "the" or "the 38-year-old" right before a word: a description ("the 38-year-old Scot"), not a name
THE_OR_AGE_BEFORE = re.compile(r"\b[Tt]he\s(?:\d{1,3}-year-old\s)?$")


def find_all(text: str, form: str) -> list[int]:
    """Where ``form`` starts in ``text``, overlapping hits included (``str.find``: a regex per name costs a
    compile and a slow scan)."""
    out, at = [], text.find(form)
    while at >= 0:
        out.append(at)
        at = text.find(form, at + 1)
    return out


def word_hits(text: str, form: str) -> list[tuple[int, int]]:
    """Where ``form`` stands as a word in ``text``."""
    out = []
    for at in find_all(text, form):
        end = at + len(form)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "_’'-") and not (after.isalnum() or after in "_-"):
            out.append((at, end))
    return out


def occurrences(
    text: str, form: str, before: re.Pattern | None = None, after: re.Pattern | None = None
) -> tuple[int, int]:
    """(occurrences of ``form`` as a word in ``text``, how many of them have ``before`` (a pattern ending
    in "$", matched on the 30 characters before) or ``after`` (matched right after) around)."""
    hits = word_hits(text, form)
    fit = [
        (a, e)
        for a, e in hits
        if (before is None or before.search(text[max(0, a - 30) : a]))
        and (after is None or after.match(text, e))
    ]
    return len(hits), len(fit)


def titled_before(doc, start: int) -> bool:
    """A personal title right before ``start``, its full stop split off or not ("Mr Hale", "Hon. Achol
    Mabior Kuol", the tokenizer making "." a word of its own), or in brackets after another title ("Chief (Mrs)
    Adunni Ajayi-Lawal", as Nigerian copy writes a woman chief's name)."""
    if start > 0 and personal_title(doc[start - 1]):
        return True
    if (
        start > 2
        and doc[start - 1].text == ")"
        and doc[start - 3].text == "("
        and doc[start - 2].lower_.rstrip(".") in _COURTESY_TITLES
    ):
        return True  # (a courtesy title only: "Superintendent of Police (SP) Rajeev Kumar Meena" brackets a rank's letters)
    return start > 1 and doc[start - 1].text == "." and personal_title(doc[start - 2])


# Courtesy titles a woman chief's or a doctor's name may carry in brackets after another title.
_COURTESY_TITLES = frozenset({"mrs", "mr", "ms", "miss", "dr"})


def personal_title(tok) -> bool:
    """A capitalised personal title ("Cr", "Cllr", "Dr", "Mr."): the name after it is a person's."""
    return tok.text[:1].isupper() and tok.lower_.rstrip(".") in PERSONAL_TITLES


def capitalised_title(tok) -> bool:
    """A capitalised title, its full stop or not ("Democrat", "Councilman", "Gov."): an office written
    before a name."""
    return tok.text[:1].isupper() and tok.lower_.rstrip(".") in TITLES


def before_a_speech_verb(tok) -> bool:
    """Whether a speech verb comes right after ``tok`` ("Laurin said", "Moose told CBC")."""
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in SPEECH_VERBS


def _after_an_inverted_cue(tok) -> bool:
    """ "…,' said Pritchard." : one capitalised word between a verb of saying and the sentence's mark, no date's."""
    doc = tok.doc
    return (
        0 < tok.i < len(doc) - 1
        and doc[tok.i - 1].text in _INVERTING_VERBS  # in lower case: a headline's "Says After" is no cue
        and doc[tok.i + 1].text in (".", ",")
        and tok.is_alpha
        and tok.ent_type_ not in ("DATE", "TIME")
    )


# Verbs of saying an inverted cue puts before the speaker's name ("said Pritchard", never "told Reuters": the listener).
_INVERTING_VERBS = frozenset("said says added adds explained continued insisted recalled admitted".split())


def office_before_portfolio(doc, start: int):
    """The capitalised office before a portfolio written in lower case right before ``start`` ("MEC for roads and
    transport", "Minister of state for trade"): the word before "for" or "of", the portfolio's up to six lower-case
    words (no article, pronoun or finite verb: "a spokesperson for the governor said Brannigan …" is no title), "and"
    and commas among them, all on one line; None when the words before ``start`` are not so."""
    i = start - 1
    while i > 0 and start - i <= _PORTFOLIO_WORDS and (doc[i].is_lower or doc[i].text == ","):
        if doc[i].lower_ in ("for", "of"):
            office = doc[i - 1]
            if i < start - 1 and office.text[:1].isupper() and "\n" not in doc[i - 1 : start].text:
                return office
            return None
        if doc[i].pos_ in ("DET", "PRON", "AUX") or doc[i].tag_ in _FINITE_TAGS:
            return None
        i -= 1
    return None


# The tagger's finite verbs and modals, never a portfolio's word.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


# The most words of a portfolio written in lower case after its office ("for roads and transport").
_PORTFOLIO_WORDS = 6


def line_at(text: str, start: int, end: int) -> str:
    """The line of ``text`` holding the characters from ``start`` to ``end`` (a headline, a caption, a paragraph)."""
    stop = text.find("\n", end)
    return text[text.rfind("\n", 0, start) + 1 : len(text) if stop < 0 else stop]


def paragraph_bounds(text: str, at: int) -> tuple[int, int]:
    """The start and end of the paragraph holding character ``at`` (paragraphs part at a blank line)."""
    start = text.rfind("\n\n", 0, at)
    end = text.find("\n\n", at)
    return (0 if start < 0 else start + 2), (len(text) if end < 0 else end)


def said_words(doc) -> set[str]:
    """Capitalised words right before a speech verb ("Laurin said"), or alone right after one that inverts the cue
    ("…,' said Pritchard."), a hyphened surname whole too ("Rowe-Okafor said": "Okafor" and "Rowe-Okafor")."""
    found = set()
    for t in doc:
        if t.text[:1].isupper() and _after_an_inverted_cue(t):
            found.add(t.text)
        if t.text[:1].isupper() and before_a_speech_verb(t):
            found.add(t.text)
            i = t.i
            while (
                i >= 2
                and doc[i - 1].text == "-"
                and not doc[i - 2].whitespace_
                and not doc[i - 1].whitespace_
            ):
                i -= 2
            if i < t.i and doc[i].text[:1].isupper():
                found.add(doc[i : t.i + 1].text)
    return found


def stands_as_a_word(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a word of its own, not inside a longer one, a possessive or a
    hyphened compound (case as given: the lower-case form finds a common word, "Escape" beside "escape"); by
    ``str.find``, as ``find_all``: a regex per word costs a compile."""
    at, n = text.find(word), len(word)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + n] if at + n < len(text) else " "
        if not _joined_to_a_word(before) and not _joined_to_a_word(after):
            return True
        at = text.find(word, at + 1)
    return False


def _joined_to_a_word(char: str) -> bool:
    """Whether a character beside a form makes it part of a longer word, a possessive or a compound."""
    return char.isalnum() or char in "_’'-"


def owned_or_definite(noun) -> bool:
    """Whether a noun is owned or definite ("Saltline's lead investor", "the club's new coach", "the coach"): one
    holder, whom "be" can name. The parser may leave the owner's "’s" outside the noun's phrase."""
    if any((d.dep_ == "det" and d.lower_ == "the") or d.dep_ == "poss" for d in noun.children):
        return True
    return noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].lower_ in ("'s", "’s")
