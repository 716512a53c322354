"""The kind of a mention (person, organisation, place, or no actor) fixed by evidence in the article.

The small model slips: it tags "Dixon Hall" a person, "Milton, Ont." an organisation, "Escape" a name.
Each pass here reads the shape of the name or the words around it and changes the mention's label,
or drops it when it names no one.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

from bot.nlp.actors.build import PLACE_LABELS, Build, drop_mentions, span_chars
from bot.nlp.actors.evidence import (
    ROLE_SET_OFF_AFTER,
    SET_OFF_SAID,
    THE_BEFORE,
    THE_OR_AGE_BEFORE,
    before_a_speech_verb,
    capitalised_title,
    data_given_name,
    demonym_of_a_place,
    institution_shape,
    is_region,
    line_at,
    occurrences,
    office_before_portfolio,
    opens_with_given_name,
    owned_or_definite,
    paragraph_bounds,
    role_over_the_body,
    stands_as_a_word,
    titled_before,
    word_hits,
)
from bot.nlp.actors.gender import given_name_gender
from bot.nlp.actors.lexicon import (
    ABSTRACT_ENDINGS,
    ADVERB_ENDINGS,
    AGENCY_HEADS,
    AKAN_CHIEF,
    APPOSED_ROLES,
    APPOSITION_STOPS,
    AWARD_NAMES,
    AWARD_USES,
    BODY_ROLES,
    BRAND_LIST_OPENER,
    BUSINESS_ROLES,
    CAMPAIGN_CALLS,
    CHAIR_OFFICES,
    CLUB_HEADS,
    COMPANY_DESIGNATORS,
    CORPORATE_NOUNS,
    COUNTRY_HEADS,
    COURT_FORMS,
    DEPARTMENT_FIELDS,
    DETERMINER_FIRSTS,
    FAMILY_LEADS,
    FAMILY_TERM_KIN,
    FEMALE_KIN,
    FIRM_LAST_WORDS,
    FIRM_NAME_ENDINGS,
    FOREIGN_ARTICLES,
    GIVEN_NAMES,
    GROUP_LEADS,
    HEADLINE_PERSON_NOUNS,
    HONORIFIC_NAME_WORDS,
    HYPHENED_GIVEN,
    IRISH_PARTICLES,
    KIN_NOUNS,
    KIND_OF_LABEL,
    LEGAL_FORMS,
    MALE_KIN,
    MEMBER_LETTERS,
    NAME_PARTICLES,
    NAMED_AS_BEFORE,
    OCCUPATION_ENDINGS,
    OCCUPATION_NOUNS,
    OCCUPATIONS,
    OFFICE_WORDS,
    ORG_FIRSTS,
    ORG_HEADS,
    ORG_NOUN_AFTER,
    ORG_NOUNS,
    PERSON_DEMONYMS,
    PERSONAL_TITLES,
    PLACE_HEADS,
    PLATFORMS,
    POSSESSIVE_DETERMINERS,
    POST_NOMINALS,
    QUOTE_OPENERS,
    RACING_WORDS,
    REGIONS,
    ROLE_INITIALS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    ROMAN_NUMERALS,
    RUSSIAN_PATRONYMICS_FEMALE,
    RUSSIAN_PATRONYMICS_MALE,
    SAID_VERBS,
    SHARED_GIVEN_NAMES,
    SHOP_WORDS,
    SHORT_GIVEN_NAMES,
    SPEECH_VERBS,
    TEAM_ROLE_AFTER,
    THING_APPOSED_NOUNS,
    THING_HEADS,
    TITLE_ORG_NOUNS,
    TITLES,
    UNISEX_NAMES,
    VESSEL_BEFORE,
    VESSEL_PREFIXES,
)
from bot.nlp.actors.merge import is_initials_of
from bot.nlp.actors.names import Mention, capitalised_name, honorific_of, normalise_name, strip_possessive

_REGION_AFTER = re.compile(r",\s*([A-Z][A-Za-z.]*(?:\s[A-Z][a-z]+)*)")
_DATELINE_AFTER = re.compile(r"(?:,\s*[A-Z][A-Za-z.]*)?\s*(?:—|–|-{1,2})\s")


def relabel_places_by_evidence(b: Build) -> None:
    """Places by their shape: a region abbreviation ("Ont."), a town before one ("Milton, Ont."), a
    dateline at the start of a paragraph ("MOSUL —")."""
    doc, text = b.doc, b.text
    for m in b.mentions:
        if m.label in PLACE_LABELS:
            continue
        a, e = span_chars(doc, m)
        after = _REGION_AFTER.match(text, e)
        starts_para = a == 0 or text[max(0, a - 1)] == "\n"
        if (
            is_region(m.norm)
            or (
                after and is_region(after.group(1)) and not is_region(m.norm.split()[-1]) and m.label != "ORG"
            )
            or (starts_para and m.surface.isupper() and _DATELINE_AFTER.match(text, e))
        ):
            m.label = "GPE"
    _places_written_with_a_title(b)


def _places_written_with_a_title(b: Build) -> None:
    """A "person" whose name with the capitalised word before it is a place of the article ("Prince" +
    "Albert", beside "Prince Albert, Sask."; "Fort" + "McMurray") is that place: the model took the word
    for a title."""
    doc = b.doc
    places = {name for m in b.mentions if m.label in PLACE_LABELS for name in (m.norm, m.surface)}
    for m in b.mentions:
        if " " in m.norm:
            continue
        prev = doc[m.start - 1] if m.start else None
        if m.surface != m.norm and m.surface in places:
            pass  # "Prince Albert", its first word read as a title
        elif (
            m.label == "PERSON"
            and prev is not None
            and prev.is_title
            and f"{prev.text} {m.surface}" in places
        ):
            m.start -= 1  # "Albert" tagged alone after "Prince"
            m.surface = doc[m.start : m.end].text
        else:
            continue
        m.norm, m.gender, m.honorific, m.label = m.surface, None, None, "GPE"


# "in X", "near X", "at X", or X second of a pair after one ("in Yuen Long and X"): where places and
# events are written.
_IN_PLACE_BEFORE = re.compile(r"\b(?:in|near|at)\s+(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+and\s+)?$")
_SECOND_PLACE_BEFORE = re.compile(r"\b(?:in|near|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+and\s+$")


def relabel_places_by_preposition(b: Build) -> None:
    """A "person" of two or three words that opens with no given name, has no title and never speaks,
    written every time after "in", "near" or "at" (or second of a pair after one: "in Yuen Long and
    Tuen Mun"; a one-word "person" only so: "hotels in Bolton and Wigan") and never with a possessive, is a place or an event ("in Sham Shui Po", "crowned at
    Dimanche Gras"; "in Ana Ruiz's view" and a name ending in a hyphenated given name, "a jab at Park
    Min-seok", stay); so is one written every time after a place noun and "of" ("the district of Hashmi
    al-Shamali", "the province of Ben Tre"), even when it opens with a given name."""
    text, verdict = b.text, {}
    for m in b.mentions:
        w = m.norm.split()
        if m.label != "PERSON" or not 1 <= len(w) <= 3 or m.gender or m.honorific or m.norm in verdict:
            continue
        total, of_place = occurrences(text, m.norm, before=_OF_PLACE_BEFORE)
        of_place = (
            total > 0 and of_place == total
        )  # "the district of Hashmi al-Shamali", "province of Ben Tre"
        if (
            (opens_with_given_name(m.norm) and not of_place)
            or HYPHENED_GIVEN.match(w[-1])
            or not all((x[:1].isupper() or _particle_word(x)) and _letters(x) for x in w)
        ):
            verdict[m.norm] = False
            continue
        where = (
            _IN_PLACE_BEFORE if len(w) > 1 else _SECOND_PLACE_BEFORE
        )  # one word: "in Bolton and Wigan" only
        placed = total if of_place else occurrences(text, m.norm, before=where)[1]
        verdict[m.norm] = (
            total > 0
            and placed == total
            and not occurrences(text, m.norm, after=_POSSESSIVE_AFTER)[1]
            and not occurrences(text, w[-1], after=_SPEAKS_AFTER)[1]
        )
    for m in b.mentions:
        if m.label == "PERSON" and verdict.get(m.norm):
            m.label = "GPE"


def relabel_places_on_routes(b: Build) -> None:
    """A "person" of one to three capitalised words with no title, given name or sex, that never speaks and
    is written every time as where a route runs to or from ("a return fare to Heysham", "flights from
    Kittilä", "the ferry to Ardrossan and back") and never with a possessive, is a place."""
    text, verdict = b.text, {}
    for m in b.mentions:
        w = m.norm.split()
        if m.label != "PERSON" or len(w) > 3 or m.gender or m.honorific or m.norm in verdict:
            continue
        if opens_with_given_name(m.norm) or not all(x[:1].isupper() and _letters(x) for x in w):
            verdict[m.norm] = False
            continue
        total, routed = occurrences(text, m.norm, before=_ROUTE_BEFORE)
        verdict[m.norm] = (
            total > 0
            and routed == total
            and not occurrences(text, m.norm, after=_POSSESSIVE_AFTER)[1]
            and not occurrences(text, w[-1], after=_SPEAKS_AFTER)[1]
        )
    for m in b.mentions:
        if m.label == "PERSON" and verdict.get(m.norm):
            m.label = "GPE"


# Names in a series the plural of a place's kind closes: "Gaines, Terry and Lubbock counties", "Yancey and
# Madison counties", "the Rivers and Bayelsa states" (each name a place, whatever given name it is as well).
_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?"
_PLACE_SERIES = re.compile(
    rf"\b{_NAME}(?:, {_NAME})*,? (?:and|or|&) {_NAME} (?:counties|provinces|states|districts|parishes|"
    r"townships|boroughs|municipalities|regions|prefectures|cantons|oblasts)\b"
)


def relabel_places_in_a_series(b: Build) -> None:
    """A "person" of one or two words with no title, written once inside a series of names closed by the plural
    of a place's kind ("Gaines, Terry and Lubbock counties"), is a place wherever it is written untitled."""
    spans = [(m.start(), m.end()) for m in _PLACE_SERIES.finditer(b.text)]
    if not spans:
        return
    doc = b.doc
    places = {
        m.norm
        for m in b.mentions
        if m.label == "PERSON"
        and len(m.norm.split()) <= 2
        and not m.honorific
        and any(lo <= doc[m.start].idx < hi for lo, hi in spans)
    }
    for m in b.mentions:  # every use of the name ("Praying for everyone in Yancey and Madison tonight")
        if m.label == "PERSON" and m.norm in places and not m.honorific:
            m.label = "GPE"


def split_place_pairs(b: Build) -> None:
    """Two places the model ran into one name ("flights between Cranbrook and Vancouver", tagged one
    organisation) are two places: a name of two capitalised parts joined by "and", where one part is a
    place the article names on its own and neither holds a body's head word ("Procter and Gamble",
    "Lewis and Clark College" stay)."""
    places = {m.norm for m in b.mentions if m.label in PLACE_LABELS}
    out = []
    for m in b.mentions:
        halves = _halves_at_and(b, m)
        if m.label in PLACE_LABELS or halves is None:
            out.append(m)
            continue
        left, right = halves
        words = [*left, *right]
        if (
            not len(left)
            or not len(right)
            or len(left) > 3
            or len(right) > 3
            or not all(t.text[:1].isupper() and t.is_alpha for t in words)
            or any(t.lower_ in ORG_HEADS for t in words)
            or (left.text not in places and right.text not in places)
        ):
            out.append(m)
            continue
        out.append(Mention(left.start, left.end, left.text, left.text, "GPE", None))
        out.append(Mention(right.start, right.end, right.text, right.text, "GPE", None))
    b.mentions[:] = out


def _halves_at_and(b: Build, m: Mention):
    """The two spans of a mention on either side of its one "and" ("Cranbrook and Vancouver"), or None
    when it holds no "and" or more than one."""
    joins = [t.i for t in b.doc[m.start : m.end] if t.lower_ == "and"]
    if len(joins) != 1:
        return None
    return b.doc[m.start : joins[0]], b.doc[joins[0] + 1 : m.end]


def split_person_pairs(b: Build) -> None:
    """Two people the model ran into one name of another kind ("goals from Shane Kiely-Dunphy and Darragh
    Hickey", tagged one place) are two people: a name of two parts joined by "and", each two or three
    capitalised words opening with a given name and of no institution's shape ("Ben and Jerry's",
    "Marks and Spencer", "the Bill and Melinda Gates Foundation" stay), or ending in one surname ("Irshad Chandio and
    Javed Chandio", given names no list knows); or a given name alone and such a name, a couple sharing the second's
    surname ("Derek and Shauna Pelletier": Derek Pelletier and Shauna Pelletier)."""
    out = []
    for m in b.mentions:
        parts = _halves_at_and(b, m)
        if m.label == "PERSON" or parts is None:
            out.append(m)
            continue
        if all(_person_part(p) for p in parts) or (m.label not in PLACE_LABELS and _kin_pair(parts)):
            out.extend(Mention(p.start, p.end, p.text, p.text, "PERSON", None) for p in parts)
        elif _given_name_alone(parts[0]) and _person_part(parts[1]):
            # "For Derek and Shauna Pelletier, the news arrived …" (tagged one body): a couple sharing the surname
            first, second = parts
            surname = second.text.split()[-1]
            out.append(Mention(first.start, first.end, first.text, f"{first.text} {surname}", "PERSON", None))
            out.append(Mention(second.start, second.end, second.text, second.text, "PERSON", None))
        else:
            out.append(m)
    b.mentions[:] = out


def split_names_at_a_comma(b: Build) -> None:
    """A place and a person the model ran into one name of another kind across a comma ("west of Red Deer, Brent
    Yaremko was in his shop", tagged one organisation) are two names: one comma, a person's two or three words
    after it (``_person_part``), one to three capitalised words before it, which keep the mention's label."""
    out = []
    for m in b.mentions:
        commas = [t.i for t in b.doc[m.start : m.end] if t.text == ","]
        if m.label == "PERSON" or len(commas) != 1:
            out.append(m)
            continue
        left, right = b.doc[m.start : commas[0]], b.doc[commas[0] + 1 : m.end]
        honorific = _courtesy_titled(right)
        if (
            not 1 <= len(left) <= 3
            or not all(_name_word(t.text) for t in left)
            or not (_person_part(right) or honorific)
        ):
            out.append(m)
            continue
        out.append(Mention(left.start, left.end, left.text, left.text, m.label, None))
        if honorific:
            # "Back on the platform at Hollowmere, Ms Dhaliwal-Hart checked …": the surname after the courtesy title
            norm = " ".join(right.text.split()[1:])
            sex = "f" if honorific == "female" else "m"
            out.append(Mention(right.start, right.end, right.text, norm, "PERSON", sex, honorific))
        else:
            out.append(Mention(right.start, right.end, right.text, right.text, "PERSON", None))
    b.mentions[:] = out


def _person_part(p) -> bool:
    """Two or three capitalised words opening with a given name (by the name data or the hand list), of no
    institution's shape."""
    return (
        2 <= len(p.text.split()) <= 3
        and all(_name_word(x) for x in p.text.split())
        and (data_given_name(p.text) or p.text.split()[0].lower() in UNISEX_NAMES)
        and not institution_shape(p.text)
        and not any(t.lower_ in ORG_HEADS for t in p)
    )


def _courtesy_titled(p) -> str | None:
    """ "female" or "male" for a courtesy title and one or two capitalised words of a name after it ("Ms
    Dhaliwal-Hart", "Mr. Okafor"), else None."""
    words = p.text.split()
    if not 2 <= len(words) <= 3 or not all(_name_word(w) for w in words[1:]):
        return None
    return honorific_of(words[:1])


def _kin_pair(parts) -> bool:
    """ "Irshad Chandio and Javed Chandio": two names of two or three capitalised words ending in the same surname,
    neither of an institution's shape, whatever the name lists know of their given names: two of one family (a body
    does not repeat its last word so)."""
    words = [p.text.split() for p in parts]
    return (
        all(2 <= len(w) <= 3 and all(_name_word(x) for x in w) for w in words)
        and words[0][-1] == words[1][-1]
        and words[0][0] != words[1][0]
        and not any(institution_shape(p.text) or any(t.lower_ in ORG_HEADS for t in p) for p in parts)
    )


def _given_name_alone(p) -> bool:
    """One capitalised word that is a known given name ("Derek", "Jaswinder")."""
    return (
        len(p) == 1
        and _name_word(p.text)
        and (given_name_gender(p.text + " X") is not None or p.text.lower() in UNISEX_NAMES)
    )


def trim_leading_places(b: Build) -> None:
    """A title's place the model ran into the name after it ("First deputy khokim of Tashkent Bakhodir
    Rustamovich Saidov", tagged one body): right after "of", the one or two words of a place the article
    names on its own are cut off the name, when two or more capitalised words are left."""
    doc = b.doc
    places = {m.norm for m in b.mentions if m.label in PLACE_LABELS}
    for m in b.mentions:
        if m.label in PLACE_LABELS or m.start == 0 or doc[m.start - 1].lower_ != "of":
            continue
        for k in (1, 2):
            rest = doc[m.start + k : m.end]
            if doc[m.start : m.start + k].text not in places or len(rest) < 2:
                continue
            if all(
                t.text[:1].isupper()
                and t.is_alpha
                and t.lower_ not in ORG_HEADS
                and t.lower_ not in PLACE_HEADS
                for t in rest
            ):  # "of Tashkent City Hall" stays a body's name
                m.start, m.surface = rest.start, rest.text
                m.norm, m.gender = normalise_name(rest.text, m.label)
            break


def trim_leading_epithets(b: Build) -> None:
    """A tabloid's epithet the model ran into the name after it ("Furious Terry said", "Heartbroken Sharon added"),
    or a plural for the people named ("Twins Eli and Maya Santos"): a capitalised adjective opening a person's name,
    itself no given name, is cut off when what is left is a name
    the article gives a person elsewhere, alone or opening a full name ("Terry" of "Terry Bagshaw"); "Little
    Hadley", whose "Hadley" no person goes by, stays as it is."""
    doc = b.doc
    forms = [m.norm for m in b.mentions if m.label == "PERSON"]
    for m in b.mentions:
        first = doc[m.start]
        if m.label != "PERSON" or m.end - m.start < 2 or not first.text[:1].isupper():
            continue
        if not (_epithet(first) or first.lower_ in GROUP_LEADS):
            continue
        if given_name_gender(f"{first.text} X") is not None:
            continue  # "Young", "Frank", "Grace": names as well as words
        rest = doc[m.start + 1 : m.end]
        named = any(f == rest.text or f.startswith(rest.text + " ") for f in forms if f != m.norm)
        if not named and first.lower_ not in GROUP_LEADS:
            continue
        m.start, m.surface = rest.start, rest.text
        m.norm, m.gender = normalise_name(rest.text, m.label)


def trim_leading_bodies(b: Build) -> None:
    """An office's body the model ran into its holder's name ("Minister of State at" | "the Department of Transport
    Caoimhe Redmond", tagged one body): a name of a body ("… of …" or ending on a body's word) and then a given name
    the name data know and a capitalised surname, with an office's title in the few words before, is cut to the
    person's name ("Caoimhe Redmond"); "Bank of America Merrill Lynch", no title before it, stays a body."""
    doc = b.doc
    for m in b.mentions:
        if m.label == "PERSON" or m.end - m.start < 4:
            continue
        given, surname = doc[m.end - 2], doc[m.end - 1]
        body = doc[m.start : m.end - 2]
        if not (
            given.is_alpha and surname.is_alpha and surname.text[:1].isupper() and given.text[:1].isupper()
        ):
            continue
        if given_name_gender(f"{given.text} {surname.text}") is None or surname.lower_ in ORG_HEADS:
            continue
        if not any(t.lower_ == "of" for t in body) and body[-1].lower_ not in ORG_HEADS:
            continue
        if not any(
            t.lower_.rstrip(".") in TITLES and t.text[:1].isupper()
            for t in doc[max(0, m.start - 6) : m.start]
        ):
            continue
        m.start, m.surface, m.label = given.i, doc[given.i : m.end].text, "PERSON"
        m.norm, m.gender = normalise_name(m.surface, "PERSON")


def trim_leading_portfolio_words(b: Build) -> None:
    """A person's name the model ran a title's last capitalised word into ("Minister for Fisheries, Food and the Marine
    Gráinne Tuohy" tagged "Marine Gráinne Tuohy"): a name of three words or more after "the", its second word a given
    name by the name data, starts there; no person's name is written after "the"."""
    doc = b.doc
    # (the surname is a person's elsewhere: "Ms Tuohy said"; not "the Democratic Unity Congress", "Unity" a given name)
    surnames = {m.norm.split()[-1] for m in b.mentions if m.label == "PERSON"}
    for m in b.mentions:
        start = m.start + (doc[m.start].lower_ == "the")  # (the model may take "the" in)
        if (
            m.label not in ("PERSON", "ORG")
            or m.end - start < 3
            or start == 0
            or doc[start - 1].lower_ != "the"
        ):
            continue
        rest = doc[start + 1 : m.end]
        if (
            not (rest[0].is_title and rest[0].is_alpha)
            or given_name_gender(rest.text) is None
            or institution_shape(rest.text) is not None
            or len(rest) > 3
            or rest[-1].text not in surnames
        ):
            continue
        m.start, m.surface, m.label = rest.start, rest.text, "PERSON"
        m.norm, m.gender = normalise_name(rest.text, "PERSON")


def trim_leading_occupations(b: Build) -> None:
    """An occupation opening a sentence, capitalised there, that the model ran into the full name after it and tagged
    the whole a body or a place ("Goaltender Émile Caron stopped all 11 shots", "Rookie Samuel Bouchard scored") is
    no part of the name: the mention is the name, a person's, when what is left has a full name's shape (two or three
    capitalised words, no institution's or place's last) or is a name the article writes alone as a person's. A group
    noun so run into the first of two given names sharing the surname after them ("Sisters Jasmeet" | "and Harleen
    Sandhu", tagged a body) leaves that given name a person's."""
    doc = b.doc
    alone = {m.norm for m in b.mentions if m.label == "PERSON" and " " not in m.norm}
    # (or the surname of a person the article names in full: "Rookie Tkachyk scores twice" above "Jordan Tkachyk")
    alone |= _surnames_in_full(b)
    for m in b.mentions:
        first = doc[m.start]
        if m.end - m.start < 2 or not (first.is_sent_start and first.is_title):
            continue
        rest = doc[m.start + 1 : m.end]
        if _group_before_given_name(doc, first, rest):  # "Sisters Jasmeet" | "and Harleen Sandhu"
            m.start, m.surface, m.label = rest.start, rest.text, "PERSON"
            m.norm, m.gender = rest.text, None
            continue
        if first.lower_ not in OCCUPATIONS and first.lower_ not in _PLAYER_STANDINGS:
            continue
        if not (capitalised_name([t.text for t in rest]) or (len(rest) == 1 and rest.text in alone)):
            continue  # (one word left: a given name the article writes alone as a person's, "Hooker Rhodri, 31,")
        m.start, m.surface, m.label = rest.start, rest.text, "PERSON"
        m.norm, m.gender = normalise_name(rest.text, "PERSON")


def _group_before_given_name(doc, first, rest) -> bool:
    """A group noun opening the sentence run into the first of two given names that share the surname after them
    ("Sisters Jasmeet and Harleen Sandhu", tagged a body): the given name is one of the group's people."""
    return (
        first.lower_ in GROUP_LEADS
        and len(rest) == 1
        and rest[0].is_title
        and rest[0].is_alpha
        and rest.end + 2 < len(doc)
        and doc[rest.end].lower_ == "and"
        and doc[rest.end + 1].is_title
        and doc[rest.end + 2].is_title
    )


# Words of a player's standing a sports story puts before the name ("Rookie Samuel Bouchard", "Veteran Luis Ferreira").
_PLAYER_STANDINGS = frozenset({"rookie", "veteran", "newcomer", "captain"})


# The endings of adjectives a tabloid puts before a name ("Furious", "Tearful", "Tragic", "Devastated"), read when
# the tagger took the word into the name as a proper noun.
_EPITHET_ENDINGS = ("ous", "ful", "less", "ive", "ic", "ed")


def _epithet(tok) -> bool:
    return tok.pos_ == "ADJ" or (tok.is_alpha and len(tok.text) > 4 and tok.lower_.endswith(_EPITHET_ENDINGS))


# A travel noun and "to" or "from" right before a name: where a route runs.
_ROUTE_BEFORE = re.compile(
    r"\b(?:fares?|flights?|ferry|ferries|sailings?|trains?|bus|buses|coach|coaches|routes?|roads?|trips?|"
    r"journeys?|crossings?|tickets?|highway|motorway|railway|line)\s+(?:to|from)\s+$"
)
_POSSESSIVE_AFTER = re.compile(r"[’']s?\b")
# "the province of X", "Amman's district of X": a place noun and "of" before a name of a place.
_OF_PLACE_BEFORE = re.compile(
    r"\b(?:province|district|region|county|city|town|village|municipality|neighbou?rhood|suburb|capital|"
    r"island|governorate|prefecture|oblast)\s+of\s+(?:the\s+)?$"
)


def _particle_word(word: str) -> bool:
    """A name word opening with a lower-case particle and a hyphen ("al-Shamali", "el-Masri")."""
    head, _, rest = word.partition("-")
    return bool(rest[:1].isupper()) and head in NAME_PARTICLES


def _institution_kind(b: Build, m: Mention) -> str | None:
    """ "ORG" or "GPE" when the shape of a multi-word name says it is no person, else None."""
    kind = institution_shape(m.norm, m.surface)
    if kind is None and len(m.norm.split()) >= 2 and b.doc[m.end - 1].tag_ in ("VBZ", "VBD"):
        return "ORG"  # a title of a work ends in a verb ("Mary Poppins Returns")
    return kind


def relabel_org_short_forms(b: Build) -> None:
    """A lone word tagged a person that opens an organisation's name written earlier in the article, and
    that no person's full name holds, is that organisation's short form ("Harwick Rovers lost at home.
    Harwick had led at the break"), not a person. The name must come first ("Trump" before "Trump
    Tower" is the man), and the word never speak ("Trump told Newsmax": a person, whatever came first)
    unless the name is a club's, school's, paper's or a company's with its designator and it speaks as a
    body ("Harwick Rovers" … "Harwick said in a statement", "Corvane Semiconductor Inc." … "Corvane said in
    a release"; "Harwick told reporters he was proud" is a person).
    A name of several words that opens a longer organisation name is its short form wherever it stands
    ("Maple Ridge said" beside "Maple Ridge Grocers Inc."; not after a given name: "John Lewis")."""
    opens_org: dict[str, int] = {}
    opens_club: set[str] = set()
    for m in b.mentions:
        if m.label == "ORG" and len(m.norm.split()) > 1:
            opens_org.setdefault(m.norm.split()[0], m.start)
            if len(m.norm.split()) == 2 and m.norm.split()[1].lower() in CLUB_HEADS:
                opens_club.add(m.norm.split()[0])
            if m.norm.split()[-1].lower().rstrip(".") in COMPANY_DESIGNATORS:
                opens_club.add(
                    m.norm.split()[0]
                )  # "Corvane Semiconductor Inc." … "Corvane said in a release"
    in_full = {w for m in b.mentions if m.label == "PERSON" and " " in m.norm for w in m.norm.split()}
    first_lone: dict[str, int] = {}
    for m in b.mentions:
        if m.label == "PERSON" and " " not in m.norm:
            first_lone.setdefault(m.norm, m.start)
    for m in b.mentions:
        if m.label in ("PERSON", "GPE") and " " in m.norm and _opens_an_org(b, m.norm):
            m.label = "ORG"  # "Maple Ridge said" beside "Maple Ridge Grocers Inc.": the company
            continue
        if (
            m.label == "PERSON"
            and " " not in m.norm
            and m.norm in opens_org
            and opens_org[m.norm] < first_lone[m.norm]
            and not _speaks_as_a_person(b.text, m.norm, m.norm in opens_club)
            and m.norm not in in_full
            and not m.gender
            and not m.honorific
            and m.norm.lower() not in GIVEN_NAMES
        ):
            m.label = "ORG"


def relabel_bodies_called_its(b: Build) -> None:
    """A name of two or three capitalised words the model tagged a person, opening with no given name, is a body's when
    two of its sentences go on to call it "its" ("Hebridean Seafarms wants to increase the biomass at its Loch Carran
    site", "Hebridean Seafarms said in a statement that its own surveys …") and none "he" or "she": a person is no
    "its" (one "its" may be another noun's: "Md Firoz Alam said a case would be filed once the probe committee submits
    its report")."""
    text = b.text
    for name in {m.norm for m in b.mentions if m.label == "PERSON"}:
        w = name.split()
        if (
            not 2 <= len(w) <= 3
            or w[0].lower() in GIVEN_NAMES
            or not all(x[:1].isupper() and x.isalpha() for x in w)
        ):
            continue
        uses = [m for m in b.mentions if m.norm == name]
        if any(m.gender or m.honorific for m in uses):
            continue
        called_its = occurrences(text, name, after=_CALLED_ITS)[1]
        if called_its >= _CALLED_ITS_LEAST and not occurrences(text, name, after=_SPEAKS_AS_HE_OR_SHE)[1]:
            for m in uses:
                m.label = "ORG"


# The rest of the name's sentence, its verb first, calling it "its" before any "he", "she", "they" ("… wants to increase
# the biomass at its site").
_CALLED_ITS_LEAST = 2
_CALLED_ITS = re.compile(r"\s+[a-z](?:(?!\b(?:he|she|his|her|him|they|their)\b)[^.!?\n]){0,80}?\bits\b")


# A speech verb, then he or she in the same sentence ("Harwick told reporters he was proud").
_SPEAKS_AS_HE_OR_SHE = re.compile(rf"\s+(?:{'|'.join(SPEECH_VERBS)})\b[^.!?\n]*?\b(?:he|she|his|her)\b")


def _speaks_as_a_person(text: str, word: str, club: bool) -> bool:
    """Whether ``word`` speaks as a person does: any speech verb after it ("Trump told Newsmax"); for a
    club's, school's or paper's short form, which speaks as a body ("Harwick said in a statement"), one
    followed by he or she in its sentence."""
    return occurrences(text, word, after=_SPEAKS_AS_HE_OR_SHE if club else _SPEAKS_AFTER)[1] > 0


def _opens_an_org(b: Build, name: str) -> bool:
    """``name`` (several words, not opening with a common given name) opens a longer organisation name
    of the article that ends like one, word for word ("Maple Ridge" and "Maple Ridge Grocers Inc."): its
    short form ("Selenis Leyva" before a headline tagged an organisation, "Selenis Leyva Got Real …",
    is not)."""
    if name.split()[0].lower() in GIVEN_NAMES:
        return False
    return any(
        m.label == "ORG"
        and m.norm.startswith(name + " ")
        and m.norm.split()[-1].lower().rstrip(".") in ORG_HEADS | CLUB_HEADS | COMPANY_DESIGNATORS
        for m in b.mentions
    )


_DESIGNATOR_AFTER = re.compile(
    r"\s+(?:" + "|".join(sorted(w.capitalize() for w in COMPANY_DESIGNATORS | LEGAL_FORMS)) + r")\b\.?"
)


def relabel_firms_named_short(b: Build) -> None:
    """A "person" the article also writes with a company's designator after it ("Golden Crown" beside
    "Golden Crown Bakery", which the model left untagged) is the firm: a name opening with no given name,
    of one to three capitalised words ("Ryan Energy" beside a Tom Ryan stays a person's surname)."""
    firms = {
        n
        for n in _person_norms(b)
        if 1 <= len(n.split()) <= 3
        and not opens_with_given_name(n)
        and all(w[:1].isupper() for w in n.split())
        and occurrences(b.text, n, after=_DESIGNATOR_AFTER)[1]
    }
    _relabel_as_bodies(b, firms)


def join_bodies_named_for(b: Build) -> None:
    """A body's name the model cut at "for" ("Transport for NSW", "Centre for Ageing Better" tagged
    "Transport" and "NSW"): an organisation right before "for" and a capitalised name right after it are one
    organisation's name."""
    doc = b.doc
    ms = sorted(b.mentions, key=lambda m: m.start)
    joined, skip = [], set()
    for m, n in zip(ms, ms[1:], strict=False):
        if id(m) in skip:
            continue
        if (
            m.label == "ORG"
            and n.label in ("ORG", "GPE", "NORP", "LOC")
            and n.start == m.end + 1
            and doc[m.end].text == "for"
            and doc[n.start].text[:1].isupper()
            and "\n" not in doc[m.start : n.end].text
        ):
            surface = doc[m.start : n.end].text
            joined.append(((m, n), Mention(m.start, n.end, surface, f"{m.norm} for {n.norm}", "ORG", None)))
            skip.add(id(n))
    _replace_joined(b, joined)


def join_bodies_of_their_place(b: Build) -> None:
    """A body's name the model cut before "of" and the place it serves ("The Real Estate Agents Council of NSW said",
    "Real Estate Agents Council" tagged alone): an organisation whose last word names a body ("council",
    "association") right before "of" and one to three capitalised words, untagged or a place's, on one line and with
    no capitalised word after them, are one organisation's name, as the body writes it and annotators name it."""
    doc = b.doc
    ms = sorted(b.mentions, key=lambda m: m.start)
    at = {m.start: m for m in ms}
    joined = []
    for m in ms:
        if m.label != "ORG" or m.end + 1 >= len(doc) or doc[m.end].text != "of":
            continue
        if m.norm.split()[-1].lower() not in _BODIES_OF_A_PLACE:
            continue
        n = at.get(m.end + 1)
        if n is not None:
            if n.label not in ("GPE", "LOC"):
                continue
            end = n.end
        else:
            end = m.end + 1
            while (
                end < len(doc)
                and end - m.end <= 3
                and doc[end].pos_ == "PROPN"
                and doc[end].text[:1].isupper()
            ):
                end += 1
            if end == m.end + 1 or any(x.start < end and m.end < x.end for x in ms):
                continue
        if end - m.end - 1 > 3 or "\n" in doc[m.start : end].text:
            continue
        if end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
            continue
        surface = doc[m.start : end].text
        tail = doc[m.end + 1 : end].text
        joined.append(((m, n), Mention(m.start, end, surface, f"{m.norm} of {tail}", "ORG", None)))
    _replace_joined(b, joined)


# Last words of a body's name that a place it serves may follow with "of" ("Real Estate Agents Council of NSW").
_BODIES_OF_A_PLACE = frozenset(
    """council association society federation board commission authority institute chamber union league alliance
    network coalition foundation""".split()
)


def _replace_joined(b: Build, joined: list) -> None:
    """Put each joined mention in place of the mentions it was made of (``(parts, joined)`` pairs; a part the
    model left untagged is None)."""
    if not joined:
        return
    gone = {id(x) for parts, _ in joined for x in parts if x is not None}
    b.mentions = sorted(
        [m for m in b.mentions if id(m) not in gone] + [j for _, j in joined], key=lambda m: m.start
    )


_SHOP_AFTER_POSSESSIVE = re.compile(r"[’']s (?:" + "|".join(sorted(w.title() for w in SHOP_WORDS)) + r")\b")


def join_designators_left_out(b: Build) -> None:
    """A company's designator the model left out of an organisation's name ("Red Willow Energy will cut about 600
    jobs", "Red Willow" tagged alone there or only in a later "Red Willow said"): each untagged place the article
    writes the name with the designator becomes a mention of the full name, whose short form the short-name merge
    then takes in (the organisation is shown by its full name, the short one its alias). Only one capitalised
    designator so written after the name (two, "Red Willow Energy" and "Red Willow Foods", say nothing), with no
    capitalised word after it ("Red Willow Energy Workers Union" is another body)."""
    doc = b.doc
    taken = {i for m in b.mentions for i in range(m.start, m.end)}
    added = []
    for norm in sorted({m.norm for m in b.mentions if m.label == "ORG"}):
        words = norm.split()
        if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
            continue
        if words[-1].lower().rstrip(".") in COMPANY_DESIGNATORS:
            continue
        found = [
            hit
            for hit in re.finditer(rf"(?<![\w-]){re.escape(norm)} ([A-Z][a-z]+\b\.?)(?! [A-Z])", b.text)
            if hit.group(1).rstrip(".").lower() in COMPANY_DESIGNATORS
        ]
        if len({hit.group(1) for hit in found}) != 1:
            continue
        for hit in found:
            span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
            if span is None or any(t.i in taken for t in span) or "\n" in span.text:
                continue
            taken.update(t.i for t in span)
            added.append(Mention(span.start, span.end, span.text, f"{norm} {hit.group(1)}", "ORG", None))
    b.mentions = sorted([*b.mentions, *added], key=lambda m: m.start)


def join_shops_named_with_possessives(b: Build) -> None:
    """A shop named for its founder with a possessive ("Harlan's Market", the model tagging "Harlan" a body or a
    place, or nothing, and leaving "'s Market" out) is one organisation's name, and the founder's name written
    with "'s" alone after it ("Harlan's said in a statement", "Harlan's, which operates 212 stores") is that shop
    too: a shop's word after the possessive (``SHOP_WORDS``). Not when the article names the founder as a
    person ("founder Dave Harlan" … "Harlan said")."""
    doc = b.doc
    if _SHOP_AFTER_POSSESSIVE.search(b.text) is None:
        return  # (read only where the text can match: most articles name no such shop)
    full: dict[str, str] = {}
    joined = []
    for pos in doc:
        if pos.tag_ != "POS" or pos.i == 0 or pos.i + 1 >= len(doc):
            continue
        name, word = doc[pos.i - 1], doc[pos.i + 1]
        if not (name.pos_ == "PROPN" and name.is_title and word.is_title and word.lower_ in SHOP_WORDS):
            continue
        parts = [m for m in b.mentions if m.start <= word.i and m.end > name.i]
        if any(m.label == "PERSON" and " " in m.norm or m.start < name.i for m in parts):
            continue  # "Dave Harlan's Market": the founder's own name
        surface = doc[name.i : word.i + 1].text
        full[name.text] = surface
        joined.append((parts, Mention(name.i, word.i + 1, surface, surface, "ORG", None)))
    if not joined:
        return
    _replace_joined(b, joined)
    people = {
        m.norm for m in b.mentions if m.label == "PERSON" and m.end < len(doc) and doc[m.end].tag_ != "POS"
    }
    for m in b.mentions:
        if m.norm in full and m.norm not in people and m.end < len(doc) and doc[m.end].tag_ == "POS":
            m.label, m.norm, m.gender, m.honorific = "ORG", full[m.norm], None, None


def join_departments_named_with_and(b: Build) -> None:
    """A federal department's applied title the model cut at "and" ("Fisheries and Oceans Canada" tagged "Fisheries" and
    "Oceans Canada", "Environment and Climate Change Canada"): a body's name ending in "Canada" right after "and" and one
    capitalised word before it, tagged a body or untagged, are one organisation's name. Two bodies named side by side
    ("Telus and Bell Canada") are told apart: the word before "and" must be a department's field
    (``DEPARTMENT_FIELDS``)."""
    doc = b.doc
    by_end = {m.end: m for m in b.mentions}
    joined = []
    for n in b.mentions:
        words = n.norm.split()
        if n.label != "ORG" or len(words) < 2 or words[-1] != "Canada" or n.start < 2:
            continue
        if doc[n.start - 1].lower_ != "and" or "\n" in doc[n.start - 2 : n.end].text:
            continue
        first = doc[n.start - 2]
        m = by_end.get(first.i + 1)
        if (
            not first.is_title
            or not first.is_alpha
            or (m is not None and (m.label != "ORG" or m.start != first.i))
        ):
            continue
        if first.lower_ not in DEPARTMENT_FIELDS:
            continue  # "Telus and Bell Canada": two bodies
        surface = doc[first.i : n.end].text
        joined.append(((m, n), Mention(first.i, n.end, surface, f"{first.text} and {n.norm}", "ORG", None)))
    _replace_joined(b, joined)


def join_bodies_cut_at_and(b: Build) -> None:
    """A body's name the model cut at its "and": a name it tagged ending in "and" right before a body's name it tagged
    ("The Oregon Restaurant and" + "Lodging Council"), or a "… of …" name followed by "and" and capitalised words it
    left untagged up to the sentence's next lower-case word or mark ("Ministry of Energy" + "and Mines"): one
    organisation's name. Two bodies named side by side ("the ministry and Chevron") are both tagged, and "and" never ends
    a name, so neither is joined."""
    doc = b.doc
    by_start = {m.start: m for m in b.mentions}
    joined = []
    for m in b.mentions:
        if m.label != "ORG" or m.end >= len(doc) or "\n" in doc[m.start : m.end].text:
            continue
        if doc[m.end - 1].lower_ == "and":
            n = by_start.get(m.end)
            if n is not None and n.label == "ORG" and doc[m.end - 1].whitespace_:
                surface = doc[m.start : n.end].text
                joined.append(((m, n), Mention(m.start, n.end, surface, f"{m.norm} {n.norm}", "ORG", None)))
            continue
        if (
            doc[m.end].lower_ == "and"
            and (n := by_start.get(m.end + 1)) is not None
            and (_lettered_pair(b, m, n) or _one_body_by_its_pronoun(b, m, n))
        ):
            surface = doc[m.start : n.end].text
            joined.append(((m, n), Mention(m.start, n.end, surface, f"{m.norm} and {n.norm}", "ORG", None)))
            continue
        if doc[m.end].lower_ != "and" or " of " not in f" {m.norm} ":
            continue
        end = m.end + 1
        while (
            end < len(doc)
            and doc[end].is_title
            and doc[end].is_alpha
            and end not in by_start
            and end - m.end <= 3
        ):
            end += 1
        if end == m.end + 1 or any(x.start < end and x.end > m.end for x in b.mentions if x is not m):
            continue
        if end < len(doc) and (doc[end].is_title or doc[end].pos_ == "PROPN"):
            continue  # the capitalised run goes on into another name
        surface = doc[m.start : end].text
        joined.append(
            ((m,), Mention(m.start, end, surface, f"{m.norm} {doc[m.end : end].text}", "ORG", None))
        )
    _replace_joined(b, joined)


def _one_body_by_its_pronoun(b: Build, m: Mention, n: Mention) -> bool:
    """Two names the model tagged on either side of "and" that the sentence goes on about as one body, by "it" ("In a
    statement, Loughvale and Mourne District Council said it was …", "Citizenship and Newcomers Canada said it
    recognizes …"): one word before "and" and the article writes neither half anywhere else. Two bodies named side by
    side are "they" ("Tesco and Leeds City Council said they …")."""
    doc, text = b.doc, b.text
    if m.label != "ORG" or n.label != "ORG" or m.end - m.start != 1 or "\n" in doc[m.start : n.end].text:
        return False
    if text.count(m.norm) != 1 or text.count(n.norm) != 1:
        return False
    rest = [t for t in doc[n.end : doc[n.end - 1].sent.end] if t.is_alpha]
    verb = rest[0] if rest else None
    return (
        verb is not None
        and verb.pos_ == "VERB"
        and len(rest) > 1
        and rest[1].lower_ in ("it", "its")
        and not any(t.lower_ in ("they", "their", "them") for t in rest)
    )


def _lettered_pair(b: Build, m: Mention, n: Mention) -> bool:
    """Two bodies the model tagged on either side of "and" that the article's letters name as one ("U.S. Customs" and
    "Border Protection", with "CBP said" written elsewhere): the letters are the joined name's initials, or those of
    all but its first word (a country's or a city's: "U.S.")."""
    if n.label != "ORG" or "\n" in b.doc[m.start : n.end].text:
        return False
    words = f"{m.norm} and {n.norm}".split()
    return any(is_initials_of(x, " ".join(w)) for x in b.lettered for w in (words, words[1:]))


def join_bodies_named_with_ampersand(b: Build) -> None:
    """A name joined by "&" ("Great Lakes & Ohio Railway" tagged "Great Lakes" and "Ohio", "Marks & Spencer") is
    one organisation's: the capitalised words on both sides of the ampersand, on one line, when the model tagged
    a body among them or the last is a firm's word, and tagged no person there ("Mr. & Mrs. Ruiz")."""
    doc = b.doc
    if "&" not in b.text:
        return
    joined = []
    for amp in doc:
        if amp.text != "&" or amp.i == 0 or amp.i + 1 >= len(doc):
            continue
        start = amp.i
        while (
            start > 0
            and amp.i - start < _MAX_AMPERSAND_SIDE
            and _name_word(doc[start - 1].text)
            and not doc[start - 1].is_stop
        ):
            start -= 1
        end = amp.i + 1
        while (
            end < len(doc)
            and end - amp.i <= _MAX_AMPERSAND_SIDE
            and _name_word(doc[end].text)
            and not doc[end].is_stop
        ):
            end += 1
        if start == amp.i or end == amp.i + 1 or "\n" in doc[start:end].text:
            continue
        inside = [m for m in b.mentions if m.start < end and m.end > start]
        if any(m.label == "PERSON" or m.start < start or m.end > end for m in inside):
            continue
        last = doc[end - 1].lower_.rstrip(".")
        if not any(m.label == "ORG" for m in inside) and last not in COMPANY_DESIGNATORS | FIRM_NAME_ENDINGS:
            continue
        if len(inside) == 1 and inside[0].start == start and inside[0].end == end:
            continue  # the model tagged it whole
        surface = doc[start:end].text
        joined.append((inside, Mention(start, end, surface, surface, "ORG", None)))
    _replace_joined(b, joined)


# Capitalised words taken on each side of an ampersand for a body's name.
_MAX_AMPERSAND_SIDE = 4


def relabel_org_heads(b: Build) -> None:
    """A "person" whose words name an institution, event, work or place ("Dixon Hall", "Hockey Canada",
    "The Kominsky Method", "Studio Schicketanz", "Niagara Falls", a storm: "Cyclone Gabrielle", dropped), or a
    platform ("Twitter"), is none; a
    "place" whose last word names a public body ("… County Emergency Management") is that body."""
    events = set()
    for m in b.mentions:
        if m.label == "PERSON" and _head_of_a_longer_name(b, m):
            continue
        if m.label == "PERSON" and (kind := _institution_kind(b, m)):
            m.label = kind
            if kind not in KIND_OF_LABEL:
                events.add(id(m))  # "Cyclone Gabrielle": no actor of any kind, dropped below
        elif m.label in PLACE_LABELS and len(m.norm.split()) > 1 and _a_body_by_its_end(m.norm.split()):
            # "Eskridge County Emergency Management": a county's office, not the county; "West Coast
            # Ferries", "Great Lakes Shipping": a firm; "St. Brendan's Medical Center": a hospital
            m.label = "ORG"
        elif m.label in ("PERSON", "GPE", "NORP") and m.norm.lower() in PLATFORMS:
            m.label = "ORG"
    if events:
        drop_mentions(b, lambda m: id(m) not in events)


# The last words of a place's name that make it a body that acts and speaks: a hospital ("St. Brendan's Medical Center",
# "Tolmosa Sub-County Hospital"), which the model tags a building.
_CARE_HEADS = frozenset({"hospital", "clinic", "infirmary"})
_CARE_PAIRS = frozenset(
    {("medical", "center"), ("medical", "centre"), ("health", "centre"), ("health", "center")}
)


def _a_body_by_its_end(words: list[str]) -> bool:
    """Whether a place's name ends as a public body's, a firm's or a hospital's does."""
    last = words[-1].lower().rstrip(".")
    return (
        last in AGENCY_HEADS | FIRM_LAST_WORDS | _CARE_HEADS
        or tuple(w.lower() for w in words[-2:]) in _CARE_PAIRS
    )


# Capitalised words walked back over from an institution's head word to its "the".
_MAX_NAME_BEFORE_HEAD = 4


def _head_of_a_longer_name(b: Build, m: Mention) -> bool:
    """A lone word tagged a person that is an institution's head word, the last of capitalised words the model left
    untagged after "the" ("the Southern Minnesota Synod", only "Synod" tagged), is that institution: the mention
    grows to the whole name, an organisation's (True). A surname that is such a word ("Hall said") has no "the"
    and capitalised words before it."""
    doc = b.doc
    if " " in m.norm or m.norm.lower() not in ORG_HEADS:
        return False
    start = m.start
    while (
        start > 0
        and m.start - start < _MAX_NAME_BEFORE_HEAD
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].is_title
        and doc[start - 1].ent_type_ in ("", "GPE", "NORP", "LOC")
    ):
        start -= 1
    if start == m.start or start == 0 or doc[start - 1].lower_ != "the":
        return False
    if any(x is not m and x.start < m.start and x.end > start for x in b.mentions):
        return False
    m.start, m.label, m.gender, m.honorific = start, "ORG", None, None
    m.surface = m.norm = doc[start : m.end].text
    return True


def _bodies_before_their_letters(b: Build) -> list[Mention]:
    """An organisation's name the model left untagged right before its letters in brackets ("The Mineworkers'
    Solidarity Union (MSU), which represents …", only "MSU" tagged): the capitalised words whose initials the letters
    are, a body's word last ("Union", "Council"); never a role's letters ("Chief Executive Officer (CEO)", "Senior
    Superintendent of Police (SSP)")."""
    doc = b.doc
    covered = {i for m in b.mentions for i in range(m.start, m.end)}
    found = []
    for t in b.tokens:
        end = t.i
        if t.text != "(" or end + 2 >= len(doc) or doc[end + 2].text != ")" or end - 1 in covered or end < 2:
            continue
        letters = doc[end + 1].text
        if letters not in b.lettered or letters.lower() in ROLE_INITIALS:
            continue  # (``Build.lettered``: two to six capitals)
        if doc[end - 1].lower_ not in ORG_HEADS:
            continue
        k = end - 1
        while (
            k > 0
            and end - k < _LETTERED_NAME_WORDS
            and k - 1 not in covered
            and "\n" not in doc[k - 1].whitespace_
        ):
            k -= 1
            words = [w.text for w in doc[k:end] if w.is_alpha]
            if doc[k].is_title and is_initials_of(letters, " ".join(words)):
                if any(w.lower() in ROLE_NOUNS or w.lower() in TITLES for w in words):
                    break  # "Senior Superintendent of Police (SSP)": an officer's rank, no body
                surface = doc[k:end].text
                found.append(Mention(k, end, surface, normalise_name(surface, "ORG")[0], "ORG", None))
                break
    return found


# The most words a body's name spelt out before its letters runs to ("the Bangladesh Inland Water Transport Authority").
_LETTERED_NAME_WORDS = 9


def relabel_bracketed_short_forms(b: Build) -> None:
    """A lone word in brackets right after an organisation's name ("the Philippine Atmospheric …
    Administration (Pagasa)") is that organisation's short form wherever the article writes it, however
    the model tagged it ("Pagasa said it was monitoring …"), or a mention of it where the model tagged nothing.
    """
    doc = b.doc
    if bodies := _bodies_before_their_letters(b):
        b.mentions = sorted(b.mentions + bodies, key=lambda m: m.start)
    short = {
        doc[m.end + 1].text
        for m in b.mentions
        if m.label == "ORG"
        and m.end + 2 < len(doc)
        and doc[m.end].text == "("
        and doc[m.end + 2].text == ")"
        and doc[m.end + 1].text[:1].isupper()
    }
    for m in b.mentions:
        if m.norm in short and m.label in PLACE_LABELS | {"PERSON", "NORP"}:
            m.label = "ORG"
    # letters the model left untagged ("the Bangladesh Inland Water Transport Authority (BIWTA)" … "BIWTA said"): a
    # mention wherever the article writes them, which the acronym merge ties to the name
    covered = {i for m in b.mentions for i in range(m.start, m.end)}
    letters = {w for w in short if w.isupper() and w.isalpha() and len(w) >= 2}
    added = [
        Mention(t.i, t.i + 1, t.text, t.text, "ORG", None)
        for t in b.tokens
        if t.text in letters and t.i not in covered and t.ent_type_ in ("", "PRODUCT", "WORK_OF_ART")
    ]
    if added:
        b.mentions.extend(added)
        b.mentions.sort(key=lambda m: m.start)


def relabel_honorific_names(b: Build) -> None:
    """A name opening with a Burmese honorific ("Daw Khin Myo Thant", "U Thein Tun Aung"), which Myanmar's
    English press writes as part of a person's name, is a person's whatever the model tagged it (two to
    four capitalised words after the honorific); the honorific tells the sex ("Daw", "Ma": a woman)."""
    for m in b.mentions:
        words = m.norm.split()
        sex = HONORIFIC_NAME_WORDS.get(words[0].lower()) if words else None
        if sex is None or not 2 <= len(words) - 1 <= 4:
            continue
        if not all(w[:1].isupper() and w.isalpha() for w in words[1:]):
            continue
        if m.label != "PERSON" and _institution_kind(b, m):
            continue
        m.label, m.honorific = "PERSON", sex


def relabel_titled_people(b: Build) -> None:
    """A name the article writes after a personal title ("Dr Nwosu said", "Mr. Hale") is a person's
    wherever it is written, however the model tagged each mention (a place, an organisation): only
    people are called doctor or mister."""
    doc = b.doc
    titled = set()
    surnames = _surnames_in_full(b)
    for m in b.mentions:
        _strip_title_inside(doc, m, surnames)
        if m.start == 0 or (" " in m.norm and not _titled_full_name(m)):
            continue
        if " " not in m.norm and _given_name_after_a_title(b, m):
            titled.add(m.norm)  # "Mr Olumide Bakare": the name from its given name on, a person's
            m.start, m.surface, m.norm = (
                m.start - 1,
                doc[m.start - 1 : m.end].text,
                f"{doc[m.start - 1].text} {m.norm}",
            )
        if titled_before(doc, m.start):
            titled.add(m.norm)
    for m in b.mentions:
        if m.norm in titled or ((hit := _INITIALLED.fullmatch(m.norm)) and hit.group(1) in titled):
            # "senior counsel P.R. Raman", tagged a body, is the "Mr. Raman" of the next line
            m.label = "PERSON"


def _given_name_after_a_title(b: Build, m: Mention) -> bool:
    """Whether a one-word mention follows a title and one capitalised word of no mention, on its line ("Mr Olumide
    Bakare", the model tagging "Bakare" a body and leaving the given name out): the word is the given name."""
    doc, k = b.doc, m.start - 1
    if k < 1 or not (doc[k].is_title and doc[k].is_alpha) or "\n" in doc[k].whitespace_:
        return False
    if any(n.start <= k < n.end for n in b.mentions):
        return False
    return titled_before(doc, k) and doc[k].lower_ not in TITLES


# A name written as initials and a surname ("P.R. Raman", "V. K. Menon", "S Jaishankar").
_INITIALLED = re.compile(r"(?:[A-Z]\.? ?){1,3} ?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)")


def _titled_full_name(m: Mention) -> bool:
    """Whether a mention the model did not tag a person may still be a full name a personal title can make
    one ("Dr Nkechi Obi-Lawrence", tagged an organisation): two or three capitalised words that neither an
    institution's nor a place's words nor a company designator end ("Dr Pepper Snapple Group" stays)."""
    words = m.norm.split()
    return (
        m.label != "PERSON"
        and 2 <= len(words) <= 3
        and all(
            w[:1].isupper() and w.replace("-", "").replace("’", "").replace("'", "").isalpha() for w in words
        )
        and institution_shape(m.norm) is None
        and words[-1].lower().rstrip(".") not in COMPANY_DESIGNATORS
    )


def _strip_title_inside(doc, m: Mention, surnames: frozenset[str] | set[str] = frozenset()) -> None:
    """ "Ms Pimchanok said", the model tagging title and name together a body: the name after a personal
    title (or a member's letters before a given name) is a person's, written without the title (so "Pimchanok" can stand for "Pimchanok Boonmee").
    A title that may also open a body's name ("Magistrate", "Coach", "Judge": ``TITLES``) counts before one word
    that is the surname of a person the article names in full (``surnames``): "Magistrate Greer said", tagged a
    body, beside "Magistrate Rosalind Greer"."""
    words = m.norm.split()
    if m.label == "PERSON" or not 2 <= len(words) <= 4:
        return
    while m.start < m.end - 1 and doc[m.start].is_punct:
        m.start += 1  # "’ Mrs Moult", the model taking in the quote's closing mark before the cue's subject
    if len(words) == 4 and words[0].rstrip(".").lower() in _TITLE_STYLES:
        # "The Rt Rev Nicholas Tremayne-Oakes": a clergy title's style before the title
        start = m.start + (doc[m.start].lower_ == "the")
        if doc[start].text != words[0].rstrip("."):
            return
        m.start, words = start + 1 + (doc[start + 1].text == "."), words[1:]
    title = words[0].rstrip(".")
    if (
        not (
            title.lower() in PERSONAL_TITLES
            # a member's letters before a given name ("MNA Jennifer Maalouf-Grant"; not "MP Materials")
            or (title in POST_NOMINALS and data_given_name(" ".join(words[1:])))
            or (
                len(words) == 2
                and title.lower() in TITLES
                and (words[1] in surnames or _given_name_before(doc.text, words[1]))
            )
        )
        or not title[:1].isupper()
        or not all(w[:1].isupper() for w in words[1:])
    ):
        return
    start = m.start + 1 + (doc[m.start + 1].text == ".")  # "Councilor Ramón Estrada-Villalobos" too
    if doc[start : m.end].text.replace(" ", "").replace("-", "") != "".join(words[1:]).replace("-", ""):
        return
    m.start = start
    m.surface = m.norm = doc[m.start : m.end].text
    m.label = "PERSON"
    m.honorific = m.honorific or honorific_of([title])


def _surnames_in_full(b: Build) -> set[str]:
    """The last words of the people's names the article writes in full (two words or more)."""
    return {words[-1] for m in b.mentions if m.label == "PERSON" and len(words := m.norm.split()) >= 2}


def _given_name_before(text: str, surname: str) -> bool:
    """Whether the article writes ``surname`` after a given name somewhere ("Morag Ellery", which the model may not
    have tagged)."""
    return any(
        hit.group(1).lower() not in TITLES and given_name_gender(f"{hit.group(1)} {surname}") is not None
        for hit in re.finditer(rf"\b([A-Z][^\W\d_]+) {re.escape(surname)}\b", text)
    )


# Styles written before a clergy title ("the Rt Rev", "the Very Rev", "the Most Rev").
_TITLE_STYLES = frozenset({"rt", "very", "most"})


def _apposed_to(doc, m: Mention, i: int) -> int:
    """The noun a name is set off after ("whose company, Kaffa Gold, exports"): the name's head when the
    parser made the name its apposition and a comma stands between; else ``i``."""
    root = doc[m.start : m.end].root
    if i >= 0 and doc[i].text == "," and root.dep_ == "appos" and root.head.i == i - 1:
        return i - 1
    return i


def relabel_titled_organisations(b: Build) -> None:
    """A name the article titles with an organisation noun ("the high street retailer Kellaway", "carmaker
    Vauxhall") is an organisation wherever it is written, however the model tagged each mention (a
    person, a place)."""
    doc = b.doc

    def noun_before(m: Mention) -> int:
        """The token before the name, past an article of another language ("newspaper Het Parool")."""
        i = m.start - 1
        return i - 1 if i > 0 and doc[i].lower_ in FOREIGN_ARTICLES and doc[i].text[:1].isupper() else i

    titled = {
        m.norm
        for m in b.mentions
        if (i := _apposed_to(doc, m, noun_before(m))) >= 0
        and doc[i].lower_ in TITLE_ORG_NOUNS
        and doc[i].text.islower()
        and not opens_with_given_name(m.norm)
        and doc[i].pos_ == "NOUN"
        and not m.gender
        and not m.honorific
    }
    for m in b.mentions:
        if m.norm in titled and m.label in PLACE_LABELS | {"PERSON", "ORG"}:
            m.label = "ORG"


def _set_off_after_a_things_noun(doc, m: Mention) -> bool:
    """Whether the name stands in apposition after a noun for a thing (``THING_APPOSED_NOUNS``: "The disease, Banana
    Xanthomonas Wilt,", "the storm, Hurricane …", "his horse, Midnight Rambler,")."""
    root = doc[m.start : m.end].root
    return (
        m.label == "PERSON"
        and root.dep_ == "appos"
        and root.head.i < m.start
        and root.head.lower_ in THING_APPOSED_NOUNS
    )


def drop_non_name_words(b: Build) -> None:
    """Not a person: a lone capitalised word that is a common word here ("Escape" beside "escape"), an
    all-capitals label ("ANALYST", "CANADIAN PRESS") or an abstract noun ("Uselessness"); a name with a
    lower-case word that is no name particle ("the Birth of Modern Canada") or ending in a role acronym
    ("Liberal MLA"). A word that is part of a longer name here, a given name or one with a title stays."""
    doc, text = b.doc, b.text
    _cut_place_of_origin(b)
    longer = {m.norm for m in b.mentions if m.label == "PERSON" and " " in m.norm}
    in_longer = {w for n in longer for w in n.split()}
    # (and the given name of a family member the model tagged another kind: "Alyssa Dufresne" a body beside "Michelle
    # Dufresne", a person, before "Alyssa says")
    surnames = {n.split()[-1] for n in longer}
    in_longer |= {
        m.norm.split()[0] for m in b.mentions if len(m.norm.split()) == 2 and m.norm.split()[-1] in surnames
    }

    def keep(m: Mention) -> bool:
        n = m.norm
        if _office_or_bill(doc, m):
            return False
        if m.label in ("PERSON", "ORG") and (_reads_as_a_clause(doc, m) or _headline_description(doc, m)):
            # "Students Say Loan Interest Is Burying Them Before They Graduate": a headline; "Hamilton Woman's Parking
            # Ticket Appeal … Is Going Viral": a headline's place and a noun for a person
            return False
        if _described_by_origin_or_office(doc, m, text) or _set_off_after_a_things_noun(doc, m):
            return False  # (a thing's name: "The disease, Banana Xanthomonas Wilt, is caused by a bacterium")
        if n.endswith(".") and " " not in n and n[:-1].lower() in TITLES:
            return False  # "Coun. says ban 'moves people …'": a headline's abbreviated title alone, no one's name
        if m.label == "ORG" and n.lower() in _OFFICES and n[:1].isupper() and not n.isupper():
            return False  # "the Constable said", "Premier" tagged a body: an office, whose holder the role rules find
        if m.label == "PERSON" and " " in n:
            w = n.split()
            if n.isupper() and not m.gender:
                return False  # "CANADIAN PRESS"
            if w[-1].lower() in THING_HEADS:
                return False  # "James Webb Space Telescope"
            if _ends_in_a_role(text, w) and not m.gender and not m.honorific:
                return False  # "Midchester Coroner" of "Midchester Coroner's Court" beside "the coroner"
            if any(x.islower() and x not in NAME_PARTICLES for x in w):
                return False  # "the Birth of Modern Canada"
            return not (
                (w[-1].isupper() and 2 <= len(w[-1]) <= 4 and w[-1] not in ROMAN_NUMERALS)
                or (w[-1][:-1].isupper() and w[-1].endswith("s") and 3 <= len(w[-1]) <= 5)
            )  # "Liberal MLA", "Kogi LGAs"
        if m.label == "PERSON" and n.lower() in KIN_NOUNS and n[:1].isupper() and n not in in_longer:
            return False  # "Daughter describes ‘heartbreaking’ night": a heading's kin word, no one's name
        if m.label == "PERSON" and " " not in n and _names_a_prize(doc, m):
            return False  # "The Grammy-nominated songwriter", "her first Oscar nomination"
        if m.label != "PERSON" or " " in n or m.gender or n in in_longer or n.lower() in GIVEN_NAMES:
            return True
        # (nor "in her Grade 8 class", "Level 3": a label and its number, no one's name)
        return not (_numbered_label(doc, m) or _lone_word_no_name(doc, text, m))

    drop_mentions(b, keep)


def _numbered_label(doc, m: Mention) -> bool:
    """Whether a lone capitalised word the model read as a person's name stands right before a number ("Grade 8",
    "Level 3", "Stage 4"): a label and its number. A name followed by a figure in a list ("Okafor 12") is the one
    name of its line; a person keeps the name wherever else the article writes it."""
    after = m.end if m.end < len(doc) and not doc[m.end - 1].like_num else m.end - 1
    return after < len(doc) and doc[after].like_num and doc[after].is_digit and m.end - m.start <= 2


def drop_titles_before_names(b: Build) -> None:
    """Not a person: a name of several words ending in a title, or in a role word with no given name first, that
    the article writes right before another person's name ("Forest Minister B.R. Lakshmipathi" … "the Forest Minister said"): the
    holder's title the model tagged as a name, whose holder the role rules find. Nor anything: a title alone
    (``_lone_title``: "DCP" of "DCP (South) R K Sehrawat said", tagged a body)."""
    starts = {m.start for m in b.mentions if m.label == "PERSON"}
    titles = {
        m.norm
        for m in b.mentions
        if m.label == "PERSON"
        and " " in m.norm
        and (
            m.norm.split()[-1].lower() in TITLES  # ("Forest", a given name too, is no help here)
            or (m.norm.split()[-1].lower() in ROLE_NOUNS and not opens_with_given_name(m.norm))
        )
        and m.end in starts
    }
    # (and a post-nominal the article writes in brackets after a name, "Chief Adewale Ogunleye (SAN)", tagged a body)
    lone = {
        m.norm
        for m in b.mentions
        if _lone_title(m.norm) or (m.norm in POST_NOMINALS and f"({m.norm})" in b.text)
    }
    if titles or lone:
        drop_mentions(b, lambda m: not ((m.label == "PERSON" and m.norm in titles) or m.norm in lone))


# "SP" is a party's short name too (the Samajwadi Party): no lone title.
_TITLES_THAT_NAME_BODIES = frozenset({"sp"})


def _lone_title(norm: str) -> bool:
    """A mention that is one title written only before a name ("DCP", "Cllr", "Hon"), whatever kind the model gave it:
    "the DCP said" is the officer the role rules find, not a body called "DCP"."""
    key = norm.lower().rstrip(".")
    if " " not in norm and AKAN_CHIEF.fullmatch(norm):
        return True  # "Omanhene calls for …" in a headline: the paramount chief's title
    return " " not in norm and key in PERSONAL_TITLES and key not in _TITLES_THAT_NAME_BODIES


def _headline_description(doc, m: Mention) -> bool:
    """Whether a tagged "person" is a title-case headline's description, a place or an age and a noun for a person
    by sex or age ("Hamilton Woman's Parking Ticket Appeal", "Toronto Man Charged"): no name ends in such a noun. Only
    on a line of title-case words (a headline), so a surname like "Man" in running prose stays."""
    words = m.norm.split()
    if (
        m.label != "PERSON"
        or len(words) != 2
        or strip_possessive(words[-1]).lower() not in HEADLINE_PERSON_NOUNS
    ):
        return False
    at = doc[m.start].idx
    capitals = [w for w in line_at(doc.text, at, at).split() if w.isalpha() and len(w) > 3]
    return len(capitals) >= 4 and all(w[:1].isupper() for w in capitals)


def _reads_as_a_clause(doc, m: Mention) -> bool:
    """Whether a tagged span is a title-case headline, not a name: four words or more with a capitalised personal
    pronoun ("Them", "They") or present-tense verb among them ("Say", "Is"), which no person's or body's name holds
    (a particle the tagger reads as a verb is no such word: "José Maria dos Santos")."""
    span = doc[m.start : m.end]
    return len(span) >= 4 and any(
        t.tag_ in ("PRP", "VBZ", "VBP")
        and t.i > m.start
        and t.text[:1].isupper()
        and t.text not in NAME_PARTICLES
        for t in span
    )


def _lone_word_no_name(doc, text: str, m: Mention) -> bool:
    """Whether a lone word tagged a person, no given name, is no one's name: letters in capitals, an
    abstract noun, a word the article also writes in lower case."""
    n = m.norm
    if n.isupper() and len(n) > 1:
        return True
    if len(n) > 2 and n[:-1].isupper() and n.endswith("s"):
        return True  # "MPs", "CEOs": a plural of a role's letters
    if ABSTRACT_ENDINGS.search(n.lower()) or ADVERB_ENDINGS.search(n.lower()):
        return True
    if stands_as_a_word(text, n.lower()):
        return True  # the same word in lower case: a common noun or verb, capitalised here
    return doc[m.start].is_sent_start and doc[m.start].pos_ != "PROPN"


def _names_a_prize(doc, m: Mention) -> bool:
    """A prize's name used as one ("Grammy-nominated", "Oscar-winning", "her first Grammy nomination")."""
    if m.end - m.start != 1 or doc[m.start].lower_ not in AWARD_NAMES or m.end >= len(doc):
        return False
    after = doc[m.end]
    if after.text in ("-", "‑") and not after.whitespace_ and m.end + 1 < len(doc):
        return doc[m.end + 1].lower_ in AWARD_USES
    return after.lower_ in AWARD_USES


def _alone_after_the(b: Build, name: str) -> bool:
    """Whether the article writes a lone word after "the" as the head of its own phrase at least once
    ("Temperatures across the Upstate fell"), "the" in lower case: a region, a body or a thing, never a
    person's name; not where it names what the next noun is of ("the Stampeders kicker", "the Upstate
    Cooperative …"). The caller keeps a word that speaks ("The Kovac we knew is gone, Kovac said")."""
    doc = b.doc
    return any(
        t.i > 0
        and doc[t.i - 1].text == "the"
        and t.dep_ not in ("compound", "amod", "nmod", "poss")
        and not (
            t.i + 1 < len(doc) and (doc[t.i + 1].pos_ in ("NOUN", "PROPN") or doc[t.i + 1].tag_ == "POS")
        )
        for t in b.uses(name)
    )


# Offices a capitalised title word names on its own, which the model may tag a body ("The Constable of St
# Brelade, Mike Le Sueur," … "the Constable said"); not words a firm may be named ("Coach").
def _described_by_origin_or_office(doc, m: Mention, text: str) -> bool:
    """A single word after an article that describes someone, no one's name: a person by origin ("the
    Vancouverite said", "the Manitoban said") or an office a tabloid's lede writes in capitals ("A CORONER has
    said …")."""
    n = m.norm
    if " " in n or m.start == 0:
        return False
    before = doc[m.start - 1].lower_
    if before == "the" and (n.lower() in PERSON_DEMONYMS or demonym_of_a_place(n, text)):
        return True
    return n.isupper() and n.lower() in _OFFICES and before in ("a", "an", "the")


_OFFICES = frozenset(
    """constable premier governor mayor minister president chancellor commissioner sheriff coroner
    superintendent inspector reeve warden ombudsman ombudsperson bailiff""".split()
)


def _office_or_bill(doc, m: Mention) -> bool:
    """A lone word that names an office or a bill, not a person: "the Taoiseach said", "Her Honour told the
    brothers", "the Elder said" (tagged an organisation; the holder is found by the role rules), "Mr.
    Speaker, …", "the (Amendment) Bill"."""
    if m.label != "PERSON" and m.norm.lower() in OFFICE_WORDS:
        return True  # "the Taoiseach said": an office, its holder found by the role rules
    if m.norm.lower() in CHAIR_OFFICES:
        return True  # "Mr. Speaker, the member opposite …": the chair addressed by its office
    if m.norm == "Bill" and _legislation(doc, m):
        return True  # "the (Amendment) Bill", "Bill 138": a bill before a house, not a man
    if m.norm.lower() in COURT_FORMS and m.start and doc[m.start - 1].lower_ in ("her", "his", "your"):
        return True  # "Her Honour told the brothers": the judge by the court's form, not a given name
    if m.label != "PERSON" and m.norm.lower() in ROLE_NOUNS and m.start and doc[m.start - 1].lower_ == "the":
        return True  # "the Elder said", tagged an organisation: a role, its holder found by the role rules
    return False


def _legislation(doc, m: Mention) -> bool:
    """The word "Bill" at ``m`` is a bill before a house: after "the" or a bracket closing its title ("the
    Housing (Scotland) Bill") or before its number ("Bill 138", "Bill C-21")."""
    before = doc[m.start - 1].lower_ if m.start else ""
    after = doc[m.start + 1] if m.start + 1 < len(doc) else None
    return before in ("the", "this", "that", ")") or bool(
        after is not None and (after.like_num or re.fullmatch(r"[A-Z]{1,2}-?\d+", after.text))
    )


def _cut_place_of_origin(b: Build) -> None:
    """ "Roy Francis of Eskasoni", tagged one person: the name ends before "of" when two or three
    capitalised words opening with a given name come before it (the place after is where he is from). The same
    run tagged a body, with no article before it, is the person ("sisters Kenzie and Cassidy Broadwater of Ruby
    Gap")."""
    doc = b.doc
    surnames = {m.norm.split()[-1] for m in b.mentions if m.label == "PERSON"}
    for m in b.mentions:
        if m.label != "PERSON" and not (
            m.label == "ORG" and (m.start == 0 or doc[m.start - 1].lower_ != "the")
        ):
            continue
        cut = next((t.i for t in doc[m.start + 1 : m.end] if t.lower_ in ("of", "from")), None)
        if cut is None or not 2 <= cut - m.start <= 3:
            continue
        name = doc[m.start : cut]
        # (a body's run only when its last word is a person's surname elsewhere: "the younger Broadwater said")
        proven = data_given_name(name.text) if m.label == "PERSON" else name[-1].text in surnames
        if all(t.text[:1].isupper() and t.is_alpha for t in name) and proven:
            m.end, m.surface, m.label = cut, name.text, "PERSON"
            m.norm, m.gender = normalise_name(name.text, m.label)


# The rest of a title in quotation marks after the name: up to four title-case words or small words,
# then the closing mark ("“Ole Mas in Parliament”", "‘Frozen Lynx’,"); a verb ends no title.
_TITLE_REST = re.compile(
    r"(?P<more>(?:\s+(?:[A-Z][\w’'-]*|in|of|the|and|a|an|to|for|on|at|with|from)){0,4})[,.!?]?[”’\"'](?!\w)"
)


def drop_quoted_titles(b: Build) -> None:
    """A "person" the article writes, every time, as a title in quotation marks that opens with it (a
    work, a collection, an operation: “Souk Disco”, Exercise ‘Frozen Lynx’, “Ole Mas in Parliament”)
    names no one; a nickname written bare elsewhere ("Sylph said"), a quoted sentence ("“Ana Ruiz
    did it,” he said"), a possessive ('"Ana Ruiz's rhetoric"') or a name opening with a given name
    that the marks hold alone ('wrote in “Ralph Nader” on the ballot') is left."""
    text, verdict = b.text, {}

    def titled(a: int, e: int, given: bool) -> bool:
        rest = _TITLE_REST.match(text, e) if a > 0 and text[a - 1] in QUOTE_OPENERS else None
        if rest is not None and NAMED_AS_BEFORE.search(text, max(0, a - 80), a):
            return False  # 'who would only give his name as “Shorty”': the name he goes by
        if rest is not None and _NICKNAMED.search(text, max(0, a - 20), a - 1):
            return True  # "dubbed ‘Kayleigh Bling’ by fans": a nickname, whoever's given name opens it
        return rest is not None and (bool(rest.group("more")) or not given)

    for m in b.mentions:
        if m.label != "PERSON" or m.gender or m.honorific or m.norm in verdict:
            continue
        hits, given = word_hits(text, m.norm), opens_with_given_name(m.norm)
        verdict[m.norm] = bool(hits) and all(titled(a, e, given) for a, e in hits)
    drop_mentions(b, lambda m: not (m.label == "PERSON" and verdict.get(m.norm)))


# A naming verb right before a quoted name: the name is a nickname ("dubbed ‘Kayleigh Bling’").
_NICKNAMED = re.compile(r"\b(?:dubbed|nicknamed|known as|branded|billed as|labell?ed)\s*$", re.I)


def _ends_in_a_role(text: str, words: list[str]) -> bool:
    """A name whose last word is a role or title the article also writes in lower case ("Midchester
    Coroner" beside "the coroner") and whose first word is no given name: a role, not a surname."""
    last = words[-1].lower()
    return (
        last in TITLES | ROLE_NOUNS | BODY_ROLES
        and not opens_with_given_name(" ".join(words))
        and stands_as_a_word(text, last)
    )


_ROLE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(ROLE_NOUNS))})\s$", re.I)


def drop_names_at_birth(b: Build) -> None:
    """A name given as the one someone was born with ("Born Eleanor Ruth Lindgren in 1936, she taught …",
    "Eleanor Brandt (née Lindgren)", "Dunleavy was born Margaret Anne Cullen on March 3") is the person the
    sentence is about under another name: no second person, and its words are no repeat of anyone's name."""
    doc = b.doc

    def at_birth(m) -> bool:
        if m.label != "PERSON" or m.start == 0:
            return False
        before = doc[m.start - 1]
        if before.lower_ in ("née", "nee"):
            return True
        # (a capital opens a sentence the parser may have run into the paragraph before)
        return before.lower_ == "born" and (
            before.text == "Born"
            or before.is_sent_start
            or doc[before.i - 1].text in ("(", ",", "—", "–")
            or doc[before.i - 1].lower_ in ("was", "were")  # the name is the subject's complement
        )

    drop_mentions(b, lambda m: not at_birth(m))


def name_birth_names_as_subjects(b: Build) -> None:
    """An obituary's "Margaret Mary Doyle was born Feb. 3, 1936, in Tillman Falls": the full name someone
    was born with, written as the subject of "was born" after the article named them as they were known
    ("Margaret Halloran … died Sunday"), is that person: the one person named earlier whose given name opens
    it under another surname. With none, or two such people, the name stays its own."""
    doc = b.doc
    for m in b.mentions:
        w = m.norm.split()
        if m.label != "PERSON" or len(w) < 2 or m.end + 1 >= len(doc):
            continue
        if doc[m.end].lower_ != "was" or doc[m.end + 1].lower_ != "born":
            continue
        known = {
            e.norm
            for e in b.mentions
            if e.label == "PERSON"
            and e.start < m.start
            and len(e.norm.split()) >= 2
            and e.norm.split()[0] == w[0]
            and e.norm.split()[-1] != w[-1]
        }
        if len(known) == 1:
            m.norm = next(iter(known))


def drop_racehorses(b: Build) -> None:
    """In a horse race's report (three words of ``RACING_WORDS`` or more), a "person" of two or three
    words whose first word is no given name, with no title, never speaking, described or written after
    a role ("Ballyhale Rose gave the family …", "with Shantalla Lad four lengths back"), is a horse; the
    jockeys, trainers and owners keep their given names ("Liam Mullane said")."""
    words = {w for w in b.lowers if w in RACING_WORDS}
    if len(words) < 3:
        return
    horses = set()
    for m in b.mentions:
        w = m.norm.split()
        if m.label != "PERSON" or not 2 <= len(w) <= 3 or m.gender or m.honorific:
            continue
        if opens_with_given_name(m.norm) or any(x.isupper() for x in w):
            continue
        horses.add(m.norm)
    text = b.text
    for n in list(horses):
        if (
            occurrences(text, n, before=_ROLE_BEFORE)[1]
            or occurrences(text, n, after=_SAID_AFTER)[1]
            or occurrences(text, n, after=_PERSON_APPOSED)[1]
            or occurrences(text, n.split()[-1], after=_SPEAKS_AFTER)[1]
        ):
            horses.discard(n)  # "trainer Ana Ruiz", "Ana Ruiz, a jockey from …", "Ruiz said"
    drop_mentions(b, lambda m: m.norm not in horses)


# "The Thorsteinson sisters", "the four Valdespino brothers": a family named by its surname as a group.
_FAMILY_GROUP = re.compile(
    r"\b(?:[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Bb]oth) (?:[a-z]+ )?([A-Z][\w’'-]+) "
    r"(?:sisters|brothers|siblings|twins|triplets|quadruplets|cousins|daughters|sons|boys|girls)\b"
)


def name_siblings_by_family(b: Build) -> None:
    """A given name written alone is the family's surname's when the article lists it with the family named
    as a group ("The Thorsteinson sisters, from left, Tessa, Maren, Kaylee and Brynn" … "Kaylee, 24, throws
    third"): Kaylee Thorsteinson, as annotators and readers name her, and no longer a one-word person the
    next "Thorsteinson" may not be. Only when another person of the article bears that surname in full
    ("Brynn Thorsteinson"), the name is a given name by the name data, and no other family claims it."""
    groups = list(_FAMILY_GROUP.finditer(b.text))
    if not groups:
        return
    surnames = {m.norm.split()[-1] for m in b.mentions if m.label == "PERSON" and " " in m.norm}
    listed: dict[str, set[str]] = {}
    for found in groups:
        surname = found.group(1)
        span = b.doc.char_span(found.start(1), found.end(1), alignment_mode="expand")
        if surname not in surnames or span is None:
            continue
        # the names listed in the group's sentence, or opening the sentences of its paragraph ("There are three
        # Kaminski boys. Luke, 24, was …"), or in the first sentence of the next paragraph ("The Abernathy triplets
        # have done almost everything together …" ¶ "Caleb went first, then Clara, then Cora.")
        start, end = paragraph_bounds(b.text, found.start(1))
        opening = (s[0] for s in b.doc.char_span(start, end, alignment_mode="expand").sents if s[0].is_title)
        after = _next_paragraphs_first_sentence(b, end)
        listed.setdefault(surname, set()).update(
            t.text for t in (*span.sent, *opening, *after) if t.is_alpha and t.is_title
        )
    if not listed:
        return
    for m in b.mentions:
        if m.label != "PERSON" or " " in m.norm or m.norm in surnames:
            continue  # ("Matt Rourke, who coached the Adeyemi twins," … "Rourke told BBC": a surname of his own)
        families = [s for s, names in listed.items() if m.norm in names and m.norm != s]
        if len(families) == 1 and data_given_name(f"{m.norm} {families[0]}"):
            m.norm = f"{m.norm} {families[0]}"
    _add_untagged_siblings(b, listed)


def _add_untagged_siblings(b: Build, listed: dict[str, set[str]]) -> None:
    """A given name so listed with one family only that the model tagged nowhere ("Caleb went first, then Clara, then
    Cora." … "Caleb said"): a mention of the family's child wherever the article writes it capitalised, untagged."""
    covered = {i for m in b.mentions for i in range(m.start, m.end)}
    tagged = {m.norm.split()[0] for m in b.mentions if m.label == "PERSON"}
    added = False
    for surname, names in listed.items():
        for name in names - tagged - {surname}:
            if sum(name in other for other in listed.values()) != 1 or not data_given_name(
                f"{name} {surname}"
            ):
                continue
            for tok in b.uses(name):
                if _in_a_capitalised_run(tok):
                    continue  # "Harlan Creek", "Wolf Butte County": a place's or a body's first word, not the child
                if tok.i not in covered and tok.i not in b.excluded and not tok.ent_type_:
                    b.mentions.append(Mention(tok.i, tok.i + 1, name, f"{name} {surname}", "PERSON", None))
                    added = True
    if added:
        b.mentions.sort(key=lambda m: m.start)


def _in_a_capitalised_run(tok) -> bool:
    """Whether ``tok`` stands in a run of capitalised words: the next word capitalised, or the one before it (not
    opening the sentence)."""
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    before = doc[tok.i - 1] if tok.i else None
    return bool(
        (after is not None and after.is_alpha and after.text[:1].isupper() and "\n" not in tok.whitespace_)
        or (before is not None and before.is_alpha and before.text[:1].isupper() and not tok.is_sent_start)
    )


def _next_paragraphs_first_sentence(b: Build, end: int) -> list:
    """The tokens of the first sentence of the paragraph after the one ending at character ``end``, when it holds no
    quotation mark (a quote's words name whom the speaker talks of); else none."""
    start = b.text.find("\n\n", end)
    if end >= len(b.text) or start < 0:
        return []
    span = b.doc.char_span(start + 2, len(b.text), alignment_mode="expand")
    first = next(iter(span.sents), None) if span is not None and len(span) else None
    if first is None or any(t.is_quote for t in first):
        return []
    return list(first)


# "Gord and Linda Maki", "Gerald and Patrice Lindgren", "Paulo, Lúcia and Mateus Fernandes", "brothers Rodel, 58,
# and Arnel Villanueva": given names (each with an age set off or not) sharing the surname after the last.
_GIVEN = r"[A-Z][^\W\d_]+"
_AGED = rf"{_GIVEN}(?:, \d{{1,3}})?"
_COUPLE = re.compile(rf"\b((?:{_AGED}, )*{_AGED}),? and ({_GIVEN}) ([A-Z][\w'’-]+)\b")


def _given_names_listed(found: re.Match) -> list[str]:
    """The given names of a ``_COUPLE`` match before "and", without their ages."""
    return [w for w in found.group(1).split(", ") if not w.isdigit()]


def name_couples_by_shared_surname(b: Build) -> None:
    """A given name written alone is the surname's that follows the last given name when the article
    lists them with "and" ("Gord and Linda Maki, both in their 80s" … "Gord said"; "Paulo, Lúcia and Mateus
    Fernandes"): Gord Maki, as readers
    and annotators name him, and not a one-word person. Only when both are people of the article (the
    second named in full), the first is a given name by the name data or a short form of one, and no other
    person goes by it."""
    people = {m.norm for m in b.mentions if m.label == "PERSON"}
    full = {m.norm for m in b.mentions if m.label == "PERSON" and " " in m.norm}
    named: dict[str, str] = {}
    tagged = {m.norm for m in b.mentions if m.label in ("ORG", "GPE")}
    partners = (
        set()
    )  # partners the model tagged a body, both given names known ("Rowena and Ernesto Villareal")
    for found in _COUPLE.finditer(b.text):
        partner = f"{found.group(2)} {found.group(3)}"
        # "brothers Nyran and Kadeem Springer": the word before the list says they are people of one family, whatever
        # the model tagged them and whatever the name data know of their given names
        lead = b.text[max(0, found.start() - 20) : found.start()].split()[-1:]
        family = bool(lead) and lead[0].lower() in FAMILY_LEADS
        if partner in tagged and (family or _given_name(found.group(2), found.group(3))):
            if family or all(_given_name(first, found.group(3)) for first in _given_names_listed(found)):
                partners.add(partner)
                full = full | {partner}
        if partner not in full:
            continue
        before = re.search(r"([A-Z][\w'’-]+) $", b.text[max(0, found.start() - 30) : found.start()])
        if before is not None and f"{before.group(1)} {found.group(1)}" in full:
            continue  # "twins Faith Kamau and Brian Kamau": the word before "and" ends a full name, no given name
        for first in _given_names_listed(found):
            if first == found.group(3):
                continue
            if first not in people and not family and not _given_name(first, found.group(3)):
                continue  # (a given name the model tagged a body: "Harjit and Manpreet Sandhu", "Harjit" an organisation)
            if any(n.split()[0] == first for n in full) or not (family or _given_name(first, found.group(3))):
                continue  # another person goes by the name ("Gord Kelly"), or no given name ("Obama and Hillary
                # Clinton")
            if not family and any(n.split()[-1] == first for n in full):
                continue  # another person's surname ("lawyers for Anand and Kevin Whitby", Celeste Anand's; "Ferris and
                # Sam Vukovic dominated the clearances", captain Liam Ferris's, tagged a person there too)
            named[first] = f"{first} {found.group(3)}"
            if first not in people:
                # "sisters Jasmeet and Harleen Sandhu", "Jasmeet" tagged nowhere: a mention where the list writes it;
                # a couple too ("When Tomasz and Aleksandra Wrobel listed their condo", then "Mr. Wrobel said")
                at = found.start(1) + found.group(1).index(first)
                _given_name_mention(b, at, at + len(first))
    for m in b.mentions:
        if m.norm in named and (
            m.label == "PERSON" or (m.label in ("GPE", "ORG", "NORP") and " " not in m.norm)
        ):
            m.norm, m.label = named[m.norm], "PERSON"
        elif m.norm in partners and named:
            m.label = "PERSON"


# "Their 15-year-old son, Mateo,", "The couple’s son, Tobi,": a couple's child named by the given name alone.
_COUPLES_CHILD = re.compile(
    r"\b(?:[Tt]heir|[Hh]er|[Hh]is|[Tt]he couple[’']s) (?:[\w-]+ ){0,2}(?:son|daughter|child|boy|girl|grandson|granddaughter),? "
    r"([A-Z][^\W\d_]+)\b"
)


def name_couples_children(b: Build) -> None:
    """A given name set off after "their son" or "their daughter" (or "her daughter", "his son") is the couple's
    surname's when the article names one couple in full ("Ana and Paulo Ferreira" … "Their 15-year-old son, Mateo,
    took it in stride"; "The couple’s son, Tobi,"; "Amira Idris" and her husband "Abdelrahman Idris" … "Her daughter, Salma,"): Mateo
    Ferreira, as annotators and readers name him. Only when exactly one surname is borne by two people of the
    article named in full, the name is a given name by the name data (or, after "the couple’s", one the model tagged a
    person's: "Tobi"), and no one else goes by it."""
    full = {m.norm for m in b.mentions if m.label == "PERSON" and len(m.norm.split()) >= 2}
    people = {m.norm for m in b.mentions if m.label == "PERSON"}
    # (a couple's names are people's: not "CTA Blue Line" and "Blue Line", a route the model took for people)
    bearers = Counter(
        n.split()[-1] for n in full if not n.split()[0].isupper() and n.split()[-1].lower() not in PLACE_HEADS
    )
    couples = [surname for surname, n in bearers.items() if n >= 2]
    if len(couples) != 1:
        return
    surname = couples[0]
    named = {
        found.group(1)
        for found in _COUPLES_CHILD.finditer(b.text)
        if found.group(1) != surname  # "to share the stage with his son, Marston grew quiet": the father
        and not any(n.split()[0] == found.group(1) for n in full)
        and (
            _given_name(found.group(1), surname)
            or (
                found.group(0)[:3].lower() == "the" and found.group(1) in people
            )  # ("The couple’s son, Tobi,")
        )
    }
    for m in b.mentions:
        if m.label == "PERSON" and m.norm in named:
            m.norm = f"{m.norm} {surname}"


# "Bríd Conneely, 46, and her daughters Siobhán, 19, and Aoife, 12,", "Tom Hale and his son Ewan": a person named in
# full, "and" and their own child's noun, then the children's given names (each with an age set off or not).
_PARENTS_CHILDREN = re.compile(
    rf"\b([A-Z][\w'’-]+)(?:, \d{{1,3}},)? and (?:her|his) (?:[a-z-]+ )?"
    rf"(?:sons?|daughters?|children|kids|grandsons?|granddaughters?|grandchildren),? "
    rf"((?:{_AGED},? )*?{_AGED}(?:,? and {_AGED})?)(?=[,.;:]|\s+(?:were|was|are|is|have|had)\b)"
)


def name_parents_children(b: Build) -> None:
    """A given name listed after a person named in full, "and her daughters" (or "his son") is that family's ("Bríd
    Conneely, 46, and her daughters Siobhán, 19, and Aoife, 12," … "Siobhán said"): Siobhán Conneely, as readers and
    annotators name her; a mention is made where the model left the given name untagged. Only when the name data
    know the given name, or the model tagged it a person, and no one else in the article goes by it."""
    full = {m.norm for m in b.mentions if m.label == "PERSON" and len(m.norm.split()) >= 2}
    people = {m.norm for m in b.mentions if m.label == "PERSON"}
    named: dict[str, str] = {}
    for found in _PARENTS_CHILDREN.finditer(b.text):
        surname = found.group(1)
        if not any(n.split()[-1] == surname for n in full):
            continue
        for first in re.findall(_GIVEN, found.group(2)):
            if any(n.split()[0] == first for n in full) or first == surname:
                continue
            if first not in people and not _given_name(first, surname):
                continue
            named[first] = surname
            at = found.start(2) + found.group(2).index(first)
            _given_name_mention(b, at, at + len(first))
    for m in b.mentions:
        if m.norm in named and m.label in ("PERSON", "NORP", "ORG", "GPE"):
            # (the model tags an Irish given name alone a nationality or a body now and then: "Siobhán said")
            m.norm, m.label = f"{m.norm} {named[m.norm]}", "PERSON"


# "Marcantonio’s son Luca", "Okafor's daughter, Ada", "Kevin’s wife Sharon", "Lukas's mother, Karen": a surname's or
# given name's possessive, a child's, sibling's, spouse's or parent's noun, a given name (a spouse the article gives no surname of its own bears the
# family's, as readers and annotators take it).
_SURNAMES_CHILD = re.compile(
    r"\b([A-Z][\w'’-]+)[’']s (?:[a-z0-9-]+ )?(?:son|daughter|grandson|granddaughter|brother|sister|wife|husband|mother|"
    r"father),? "
    r"([A-Z][^\W\d_]+)\b"
)
# "The Pruszynskis’ son, Mark,": a family's plural possessive before a child's or parent's noun and a given name ("The
# Brennocks' mother, Siobhán,").
_FAMILYS_CHILD = re.compile(
    r"\b[Tt]he ([A-Z][\w'’-]+?)(?:es|s)[’'] (?:[a-z0-9-]+ )?(?:son|daughter|grandson|granddaughter|mother|father),? "
    r"([A-Z][^\W\d_]+)\b"
)


def name_children_by_surname(b: Build) -> None:
    """A given name set off after a surname's possessive and a child's or sibling's noun ("Marcantonio’s son Luca,
    the company’s vice-president,") is that family's: Luca Marcantonio, when a person of the article bears the
    surname in full, the model tagged the given name a person's, and no one else goes by it; after a given name's
    possessive ("Ruby's brother, Caleb"), the surname of the one person named in full with that given name."""
    full = {m.norm for m in b.mentions if m.label == "PERSON" and len(m.norm.split()) >= 2}
    surnames = {n.split()[-1] for n in full}
    named = {}
    for found in (*_SURNAMES_CHILD.finditer(b.text), *_FAMILYS_CHILD.finditer(b.text)):
        owner, given = found.group(1), found.group(2)
        if any(n.split()[0] == given for n in full):
            continue
        if owner not in surnames and found.re is _FAMILYS_CHILD and f"{owner}e" in surnames:
            owner = f"{owner}e"  # "the Moores’ son": the plural's "es" took the surname's own "e"
        if owner in surnames:
            if found.re is _FAMILYS_CHILD:
                _given_name_mention(b, found.start(2), found.end(2))
            named[given] = owner
            continue
        # "Ruby's brother, Caleb, 9," after "Ruby Halvorsen, 12,": a sibling's or child's given name takes the
        # surname of the one person named in full whose given name owns it, tagged or not (the model leaves
        # many a child's name untagged), when the name data knows it as a given name
        owners = {
            " ".join(n.split()[1:]) for n in full if n.split()[0] == owner
        }  # ("Ó Baoill": a particle too)
        if len(owners) == 1 and _given_name(given, surname := owners.pop()):
            named[given] = surname
            _given_name_mention(b, found.start(2), found.end(2))
    _surname_given_names(b, named)


def _given_name_mention(b: Build, start: int, end: int) -> None:
    """A person mention for the given name at ``start``-``end`` (characters) when the model left it untagged."""
    span = b.doc.char_span(start, end)
    if span is not None and not any(m.start <= span.start < m.end for m in b.mentions):
        b.mentions.append(Mention(span.start, span.end, span.text, span.text, "PERSON", None))
        b.mentions.sort(key=lambda m: m.start)


def _surname_given_names(b: Build, named: dict[str, str]) -> None:
    """Each person mention written as a given name of ``named`` takes its surname there ("Caleb" → "Caleb
    Halvorsen")."""
    for m in b.mentions:
        if m.label == "PERSON" and m.norm in named:
            m.norm = f"{m.norm} {named[m.norm]}"


# A close relative's noun, as the patterns below read one.
_KIN = r"(?:son|daughter|brother|sister|wife|husband|mother|father)"
# "His son Serge, who farms …", "His wife Brenda, 69, added", "His mother, Brianna, said", "and their son, Devin,",
# "Claire Dunmore, whose son Oliver": a possessive pronoun, a close relative's noun and a given name with no surname
# after it.
_PRONOUNS_RELATIVE = re.compile(
    r"\b(His|Her|Their|his|her|their|whose) (?:[a-z-]+ )?" + _KIN + r",? ([A-Z][^\W\d_]+)\b(?! [A-Z])"
)
# "Her daughter, Kaylee, 9, and son, Brody, 12,": the second relative of a pair after one possessive.
_AND_RELATIVE = re.compile(
    r"\b(His|Her|Their|his|her|their) (?:[a-z-]+ )?" + _KIN + r",? [A-Z][^\W\d_]+(?:, \d{1,3})?,? and "
    r"(?:(?:his|her|their) )?(?:[a-z-]+ )?" + _KIN + r",? ([A-Z][^\W\d_]+)\b(?! [A-Z])"
)
# "since she and husband Gary took over the pub": a spouse's given name joined to a subject he/she.
_PAIRED_SPOUSE = re.compile(
    r"\b([Ss]he|[Hh]e) and (?:her |his )?(?:husband|wife) ([A-Z][^\W\d_]+)\b(?! [A-Z])"
)
# How far back, in characters, the person the pronoun stands for is looked for.
_RELATIVE_OWNER_REACH = 400


def name_relatives_by_pronoun(b: Build) -> None:
    """A close relative's given name after "his", "her" or "their" ("His son Serge, who farms an adjoining plot,";
    "His wife Brenda, 69, added"), or a spouse's joined to a subject he or she ("she and husband Gary took over") is of
    the family of the person last named as a clause's subject before it, within a paragraph or two, by the one full
    name the article gives them, when that person's sex fits the pronoun: Serge Brou, Brenda Dorrington, as readers
    and annotators name them (a name set off after the subject counts as it: "Tyler's father, Rob Arcand, said …" ¶
    "His older sister, Kayla, 21,": Kayla Arcand). Only when the name data know the word as a given name and no one
    else of the article goes by it."""
    full = [m for m in b.mentions if m.label == "PERSON" and len(m.norm.split()) >= 2]
    alone = {m.norm for m in b.mentions if m.label == "PERSON" and " " not in m.norm}
    named = {}
    for found in (
        *_PRONOUNS_RELATIVE.finditer(b.text),
        *_AND_RELATIVE.finditer(b.text),
        *_PAIRED_SPOUSE.finditer(b.text),
    ):
        given = found.group(2)
        if any(given in (m.norm.split()[0], m.norm.split()[-1]) for m in full):
            continue  # (nor a surname: "Asked about his brother, Lindqvist turned serious" of Erik Lindqvist)
        if found.group(1).lower() == "their":
            # "the Moriarty brothers – Eoin and … Cathal" ¶ "‘… Their mother Noreen will be some woman tonight.’": a
            # family the article names two of, not the one person last a subject (the manager who said it)
            surname = _family_named_before(b, found, full) or _surname_of_the_subject(b, found, full)
        else:
            surname = _surname_of_the_subject(b, found, full)
        if found.group(1) == "whose" and (
            surname is None or not b.text[: found.start()].endswith(f"{surname}, ")
        ):
            continue  # "Claire Dunmore, whose son Oliver is in year 10,": the name right before it owns the relative
        # (a given name the name data split between the sexes, "Gene", the model tagged a person alone elsewhere)
        unlisted = _unlisted_name_set_off(b, found)
        if (
            surname is None
            or given == surname
            or not (_given_name(given, surname) or given in alone or unlisted)
        ):
            continue
        if named.get(given, surname) != surname:
            continue  # ("with his son, Marston grew quiet": the family's own name, the father after the comma)
        named[given] = surname
        _given_name_mention(b, found.start(2), found.end(2))
        if unlisted:
            for tok in b.uses(given):  # "Ife, who has worked her way along a shelf, was less diplomatic."
                if tok.ent_type_ == "" and tok.i > 0 and not b.doc[tok.i - 1].is_title:
                    _given_name_mention(b, tok.idx, tok.idx + len(tok))
    _surname_given_names(b, named)


def _unlisted_name_set_off(b: Build, found: re.Match) -> bool:
    """ "with her daughter, Ife, said": a capitalised word set off by commas right after a relative's noun, that the
    model tagged nothing and the article never writes in lower case, is the relative's given name though no name list
    knows it."""
    given, text = found.group(2), b.text
    if text[found.start(2) - 2 : found.start(2)] != ", " or text[found.end(2) : found.end(2) + 1] != ",":
        return False
    uses = b.uses(given)
    return (
        given.lower() not in TITLES
        and not re.search(rf"\b{given.lower()}\b", text)
        and bool(uses)
        and all(t.ent_type_ in ("", "PERSON") and not t.is_stop for t in uses)
    )


def _family_named_before(b: Build, found: re.Match, full: list[Mention]) -> str | None:
    """The surname of a family "their" stands for: of the surnames two or more people of the article bear in full,
    the one written last before ``found``, within reach; None when no family is named so (then the subject's, as
    for "his" and "her")."""
    bearers = Counter(n.split()[-1] for n in {m.norm for m in full})
    families = [s for s, n in bearers.items() if n >= 2]
    before = b.text[max(0, found.start() - _RELATIVE_OWNER_REACH) : found.start()]
    last = {
        s: max((m.start() for m in re.finditer(rf"\b{re.escape(s)}\b", before)), default=-1) for s in families
    }
    written = [s for s in families if last[s] >= 0]
    return max(written, key=last.get) if written else None


def _surname_of_the_subject(b: Build, found: re.Match, full: list[Mention]) -> str | None:
    """The surname of the person last named as a clause's subject before ``found``, within reach, by the one full
    name the article gives them, when their sex fits the pronoun ("Keith Dorrington, 71, says the wall of Gary
    Pilbeam's garden …" ¶ "‘…,’ Keith fumed." ¶ "His wife Brenda")."""
    doc = b.doc
    surnames = {m.norm.split()[-1] for m in full}
    subjects = [
        m
        for m in b.mentions
        if (
            m.label == "PERSON" or m.norm in surnames
        )  # ("Okemaw, a winger …, has five goals": "Okemaw" a place)
        and span_chars(doc, m)[1] <= found.start()
        and (_subject_or_named_subject(doc[m.start : m.end].root) or doc[m.start].is_sent_start)
    ]  # (a name opening its sentence is its subject however it parsed: "William Gault (67) and his son Andrew (34)
    # milk 140 cows", the parser making the name the root)
    if not subjects or found.start() - _still_the_subject(b, subjects[-1], found) > _RELATIVE_OWNER_REACH:
        return None
    last = subjects[-1].norm
    owners = {m.norm for m in full if last == m.norm or last in (m.norm.split()[0], m.norm.split()[-1])}
    pronoun = found.group(1).lower()
    if (
        len(owners) > 1
        and len({o.split()[-1] for o in owners}) == 1
        and last == next(iter(owners)).split()[-1]
    ):
        # "Tullis, 63, her husband, Gord, and their son, Devin,"; "Mr McGrory said." ¶ "His younger brother Odhrán":
        # the surname the family shares, whichever of them it names, one of the pronoun's sex
        sexes = {s[0] for s in map(given_name_gender, owners) if s}
        wanted = _PRONOUN_SEX.get(pronoun)
        if wanted and sexes and wanted not in sexes:
            return None
        return next(iter(owners)).split()[-1]
    if len(owners) != 1:
        return None
    owner = owners.pop()
    words = owner.split()
    particled = len(words) == 3 and (words[1].lower() in _SURNAME_OPENERS or words[1] in IRISH_PARTICLES)
    if len(words) != 2 and not particled:
        return None  # "Esteban Hernández Ruiz": a child takes two family names, not the father's pair
    sex, wanted = given_name_gender(owner), _PRONOUN_SEX.get(pronoun)  # ("male" / "female"; none for "their")
    if sex is not None and wanted and sex[0] != wanted:
        return None  # "her son" after a man's name: someone else's son
    return " ".join(owner.split()[1:])


# The sex a possessive or subject pronoun gives its person ("their" gives none).
_PRONOUN_SEX = {"his": "m", "he": "m", "her": "f", "she": "f"}
# A surname's first word that makes two words one family name ("Hēmi Te Whata", "Pieter van Wyk", "Seán Ó Ceallaigh").
_SURNAME_OPENERS = NAME_PARTICLES | {"te"}


def _subject_or_named_subject(root) -> bool:
    """A clause's subject, or a name set off after one ("Tyler's father, Rob Arcand, said …"), or after the noun
    opening its sentence, however the parser hung it ("His father, Gareth Stranaghan-Kerr, who won 14 caps, watched
    …", "father" made the root)."""
    subject = ("nsubj", "nsubjpass")
    if root.dep_ in subject or (root.dep_ == "appos" and root.head.dep_ in subject):
        return True
    head = root.head
    return (
        root.dep_ == "appos"
        and head.pos_ == "NOUN"
        and all(w.dep_ in ("poss", "det") for w in head.doc[head.sent.start : head.i])
    )


def _still_the_subject(b: Build, subject: Mention, found: re.Match) -> int:
    """Where the narration was last on ``subject``: its own end, or the last "she"/"he" of the pronoun's sex that a
    clause of the narration opens on after it, when no other person is a clause's subject in between ("Ruth Pennington first
    noticed …" ¶ "She was eventually seen … and referred to hospital." ¶ "…,’ she told The Telegraph." ¶ "Her
    husband, Alan, said": the pronouns carry her across paragraphs the reach alone would not)."""
    doc = b.doc
    end = span_chars(doc, subject)[1]
    if any(
        m.label == "PERSON"
        and m.norm != subject.norm
        and end <= span_chars(doc, m)[0] < found.start()
        and _subject_or_named_subject(doc[m.start : m.end].root)
        for m in b.mentions
    ):
        return end  # the narration moved on (not a place the model read as a person's name)
    word = {"his": "he", "he": "he", "their": "they"}.get(found.group(1).lower(), "she")
    for tok in doc.char_span(end, found.start(), alignment_mode="contract") or ():
        if tok.lower_ == word and tok.dep_ in ("nsubj", "nsubjpass"):
            end = tok.idx + len(tok)
    return end


def _given_name(word: str, surname: str) -> bool:
    """Whether ``word`` is a given name by the name data or the hand lists ("Jean", given to both sexes), itself or as
    the short form of one ("Gord")."""
    forms = (word, *(f.title() for f in SHORT_GIVEN_NAMES.get(word.lower(), ())))
    return word.lower() in GIVEN_NAMES or any(data_given_name(f"{f} {surname}") for f in forms)


def relabel_kin_and_family(b: Build) -> None:
    """A name in apposition after a kin noun is a person ("Musk's brother, Kimbal"), or before one with a
    possessive pronoun ("Kimbal, his brother,"); a person right after a possessive and a kin noun ("her
    husband Dave") has the kin noun's gender, as a title would give it; and so is a
    two-word name the model tagged otherwise that ends in the surname of a person of the article
    ("Megda Belkacemi" beside "Khaled Belkacemi": a relative; the person's full name must be written
    twice or more and open with a given name, and the surname must not be a word the article writes in lower case: "Walter Energy" tagged a
    person makes no relative of "Peabody Energy")."""
    doc = b.doc
    for m in b.mentions:
        played = m.end < len(doc) and doc[m.end].text == "("  # "her brother Colm (Sean Doyle)": a role
        if (
            m.label == "PERSON"
            and not m.gender
            and not played
            and (noun := _kin_before_set_off(doc, m.start))
        ):
            m.gender = "m" if noun in MALE_KIN else "f" if noun in FEMALE_KIN else None  # "her husband Dave"
    named = Counter(m.norm for m in b.mentions if m.label == "PERSON" and len(m.norm.split()) >= 2)
    fulls = [n.split() for n, k in named.items() if k >= 2 and opens_with_given_name(n)]
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
            # "his father, Jamaica head coach Everton Bryan": the side of a titled name, "head" read as a verb
            and (m.end >= len(doc) or doc[m.end].lower_ not in ROLE_MODIFIERS | OCCUPATIONS)
        )
        kin_after = _kin_after(doc, m.end)  # "Callum, her son, runs the ovens"
        # "my cousin Tama Parata" (a possessive and a kin noun right before the name), tagged a place
        kin = kin or (m.label != "NORP" and _kin_before(doc, m.start) is not None and len(w) >= 2)
        family = (
            len(w) == 2
            and w[-1] in surnames
            and not stands_as_a_word(b.text, w[0].lower())
            and (m.end >= len(doc) or doc[m.end].pos_ != "NOUN")
            and w[0].isalpha()
            and w[0].istitle()
            and w[0].lower() not in ORG_FIRSTS
            and not _institution_kind(b, m)
            and not stands_as_a_word(b.text, w[-1].lower())
            # a spelling variant of the same person ("Zehaf Bibeau" beside "Michael Zihaf Bibeau") is none
            and not any(
                SequenceMatcher(None, w[0].lower(), x.lower()).ratio() >= 0.7
                for f in fulls
                if f[-1] == w[-1]
                for x in f[:-1]
            )
        )
        if ((kin or kin_after) and m.norm[:1].isupper() and len(w) <= 3) or family:
            m.label = "PERSON"
            if kin or kin_after:  # "his brother, Kimbal": the kin noun says the gender, as a title would
                noun = (_kin_before(doc, m.start) or doc[m.start - 2].lower_) if kin else kin_after
                m.gender = m.gender or ("m" if noun in MALE_KIN else "f" if noun in FEMALE_KIN else None)


def relabel_families_read_as_bodies(b: Build) -> None:
    """A plural of a surname the article gives a person in full ("The Whitakers' 9-year-old daughter" beside
    "Dennis and Karen Whitaker") is a family, never a body: the model's "ORG" would answer "the company said"."""
    surnames = {m.norm.split()[-1] for m in b.mentions if m.label == "PERSON" and len(m.norm.split()) >= 2}
    for m in b.mentions:
        name = m.norm.removeprefix("The ").removeprefix("the ")
        if m.label == "ORG" and " " not in name and name.endswith("s") and name[:-1] in surnames:
            m.label = "NORP"


def join_places_read_as_a_name(b: Build) -> None:
    """A given name and a surname the model tagged two places or bodies side by side, or a place and a bare surname
    ("When Josephat | Onsongo walked through his plantation"), the surname borne elsewhere by a person in full or written with an honorific ("Mr
    Onsongo", "his wife, Teresia Kwamboka Onsongo"), are one person's name: neither word a region's, a place's or a
    body's last word, on one line."""
    doc, text = b.doc, b.text
    people = {m.norm.split()[-1] for m in b.mentions if m.label == "PERSON" and " " in m.norm}
    ordered = sorted(b.mentions, key=lambda m: m.start)
    for first, second in zip(ordered, ordered[1:], strict=False):
        if first.end != second.start or first.label not in _READ_AS_PLACES:
            continue
        if second.label not in _READ_AS_PLACES and not (second.label == "PERSON" and " " not in second.norm):
            continue  # (the surname may be a person's already: "Onsongo" said alone as "Mr Onsongo")
        given, surname = first.norm, second.norm
        if " " in given or " " in surname or not (given.istitle() and surname.istitle()):
            continue
        if "\n" in doc[first.start].whitespace_ or is_region(given) or is_region(surname):
            continue
        if surname.lower() in ORG_HEADS | PLACE_HEADS | CLUB_HEADS:
            continue
        titled = re.search(rf"\b(?:Mr|Mrs|Ms|Dr|Mdm|Miss)\.? {re.escape(surname)}\b", text) is not None
        if not titled and surname not in people:
            continue
        if first in b.mentions and second in b.mentions:
            b.mentions.remove(first)
            b.mentions.remove(second)
            name = f"{given} {surname}"
            b.mentions.append(Mention(first.start, second.end, name, name, "PERSON", None))
    b.mentions.sort(key=lambda m: m.start)


# The model's kinds a given name and a surname may each be read as, two words apart.
_READ_AS_PLACES = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})


def relabel_sharers_read_as_places(b: Build) -> None:
    """A given name and a surname another person of the article bears in full, tagged a place, a building or a body
    ("the $100,000 went to Mackenzie Holloway" tagged a facility, beside "her younger sister, Taryn Holloway"), is
    that person's relative: a person. The first word must be a given name by the name data or written alone as a
    person's ("Mackenzie said"); no place's or body's word may end it."""
    full = [m.norm.split() for m in b.mentions if m.label == "PERSON" and len(m.norm.split()) >= 2]
    alone = {m.norm for m in b.mentions if m.label == "PERSON" and " " not in m.norm}
    for m in b.mentions:
        words = m.norm.split()
        if m.label not in ("FAC", "LOC", "GPE", "ORG") or len(words) != 2 or not words[0].istitle():
            continue
        if words[1].lower() in ORG_HEADS | PLACE_HEADS | CLUB_HEADS:
            continue
        if any(f[-1] == words[1] and f[0] != words[0] for f in full) and (
            words[0] in alone or _given_name(words[0], words[1])
        ):
            m.label = "PERSON"


def name_family_terms(b: Build) -> None:
    """ "My mother, Ruth Whitcombe, … was in the room." … "Mum told me later": a family term written as a name is the
    one person the article introduces as the writer's relative of that kind ("my mother, X", "my mum X", "X, my
    mother,", "My mother is X"); with none, or two, the term stays what it was (no one's name to list)."""
    doc = b.doc
    introduced: dict[str, set[str]] = {}
    for m in b.mentions:
        if m.label != "PERSON" or len(m.norm.split()) < 2:
            continue
        kin = _writers_kin(doc, m)
        if kin is not None:
            introduced.setdefault(kin, set()).add(m.norm)
    for m in b.mentions:
        kin = FAMILY_TERM_KIN.get(m.norm.lower())
        if m.label == "PERSON" and kin is not None and len(introduced.get(kin, ())) == 1:
            m.norm = next(iter(introduced[kin]))


def _writers_kin(doc, m) -> str | None:
    """The kind of the writer's relative the mention ``m`` is introduced as ("my mother, Ruth Whitcombe", "my mum
    Ruth Whitcombe", "Ruth Whitcombe, my mother,", a sentence opening "My father is Bruce Halliday"), or None."""
    s, e = m.start, m.end
    if s >= 3 and doc[s - 1].lower_ in ("is", "was") and doc[s - 3].text == "My":
        noun = doc[s - 2].lower_  # "My father is Bruce Halliday, 68, and …"
    elif s >= 3 and doc[s - 1].text == "," and doc[s - 3].lower_ == "my":
        noun = doc[s - 2].lower_
    elif s >= 2 and doc[s - 2].lower_ == "my":
        noun = doc[s - 1].lower_
    elif e + 2 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ == "my":
        noun = doc[e + 2].lower_
    elif s >= 2 and doc[s - 1].text in ("—", "–") and doc[s - 2].text[:1].isupper():
        noun = doc[s - 2].lower_  # "Dad — Graham Whitcombe to the harbourmaster — kept her …"
    else:
        return None
    return FAMILY_TERM_KIN.get(noun)


def _kin_before(doc, start: int) -> str | None:
    """The kin noun of "her husband Dave", "Ana's son Tom" (a possessive, then the noun) right before a
    name starting at token ``start``, or None."""
    if start < 2:
        return None
    noun, poss = doc[start - 1], doc[start - 2]
    if noun.lower_ not in KIN_NOUNS or not (poss.lower_ in POSSESSIVE_DETERMINERS or poss.tag_ == "POS"):
        return None
    return noun.lower_


def _kin_before_set_off(doc, start: int) -> str | None:
    """The kin noun of "her husband Dave" or "his daughter, Layla Karim," (set off by a comma) right before a name
    starting at token ``start``, or None."""
    found = _kin_before(doc, start)
    if found is None and start >= 3 and doc[start - 1].text == ",":
        noun = doc[start - 2]
        end = start
        while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
            end += 1
        # in apposition to the kin noun, not the subject of the next clause ("for her father, Tessa laughed")
        after = doc[end + 1] if end + 1 < len(doc) else None
        closed = after is None or after.pos_ not in ("VERB", "AUX")  # ", Tessa Whitfield laughed": a subject
        if doc[end].dep_ == "appos" and doc[end].head.i == noun.i and closed:
            found = _kin_before(doc, start - 1)
    return found


def _kin_after(doc, end: int) -> str | None:
    """The kin noun of ", her son," (a possessive pronoun, then the noun, then punctuation) right after a
    name ending before token ``end``, or None."""
    if end + 3 >= len(doc) or doc[end].text != ",":
        return None
    poss, noun, after = doc[end + 1], doc[end + 2], doc[end + 3]
    if poss.lower_ not in ("his", "her", "their") or noun.lower_ not in KIN_NOUNS:
        return None
    return noun.lower_ if after.text in (",", ".", ";", ":") else None


_ORG_APPOSITION = re.compile(
    rf",\s+(?:a|an|the)\s+(?:(?!{APPOSITION_STOPS}\b)[\w-]+,?\s+){{0,4}}?"
    rf"(?:{'|'.join(sorted(ORG_NOUNS))})"
    rf"(?=\s*(?:[,.;:)]|$)|\s+{ORG_NOUN_AFTER}\b)"
)
_ORG_POSSESSIVE = re.compile(rf"[’']s?\s+(?:[A-Z][\w.]*\s+)?(?i:{CORPORATE_NOUNS})\b")


_STORM_BEFORE = re.compile(  # "Hurricane Ida", "hurricanes Laura and Ida"
    r"\b(?:[Tt]ropical\s+[Ss]torms?|[Ss]torms?|[Hh]urricanes?|[Tt]yphoons?|[Cc]yclones?|Tropical\s+Depression)\s+"
    r"(?:[A-Z][a-z]+(?:,\s+|\s+and\s+))*$"
)
_VESSEL_BEFORE = re.compile(VESSEL_BEFORE)
_VESSEL_PREFIX = re.compile(rf"(?:{VESSEL_PREFIXES})\s")
_PLAYED_BY = re.compile(r"\s+\(\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+\s*\)")
_PLAYED_AS = re.compile(r"\(\s*as\s+(?:[“\"][^”\"]{1,20}[”\"]\s+)?$")


def relabel_by_context(b: Build) -> None:
    """What the article says a "person" is: an organisation when in apposition with an organisation
    noun ("Dixon Hall, a non-profit agency that …"), when it is one word ending an organisation's name
    there and no person's ("Jets" beside "the Winnipeg Jets"), or owning what only a business has ("Vauxhall's U.K.
    managing director", "Stella's locations"); no one when it opens with a determiner ("My Name's Not
    George") or a province or country before a non-name ("Ontario Proud"), when it names a storm
    ("Tropical Storm Irene"), when it is a lone word always written after "the" (or "the 38-year-old": "the Forecaddie", "the 38-year-old Scot"), or a
    character played by a named person ("Kaye (Rebecca
    Holm)", "(as Merlin)")."""
    text = b.text
    full_words = {w for m in b.mentions if m.label == "PERSON" and " " in m.norm for w in m.norm.split()}
    # a team or company the article writes after "the" ("the Winnipeg Jets", tagged "ORG" or "PRODUCT");
    # not a person's name the model tagged an organisation ("Rahm Emanuel")
    org_names = {e.text.removeprefix("the ") for e in b.doc.ents if e.label_ in ("ORG", "PRODUCT")}
    org_names |= {m.norm for m in b.mentions if m.label == "ORG"}
    lowered_the = text.replace("The ", "the ")  # once, not once per name
    org_tails = {
        n.split()[-1]
        for n in org_names
        if len(n.split()) > 1 and not opens_with_given_name(n) and f"the {n}" in lowered_the
    }
    org_heads = _first_words_of_bodies(text, org_names, b.doc.vocab)
    evidence = (_affiliations(b), _collective_subjects(b), _after_person_of(b))
    verdict: dict[str, str | None] = {}
    for m in b.mentions:
        if m.label != "PERSON" or m.gender or m.honorific or m.norm in verdict:
            continue
        n, w = m.norm, m.norm.split()
        given = opens_with_given_name(n) if len(w) > 1 else n.lower() in GIVEN_NAMES
        kind = None
        if w[0].lower() in DETERMINER_FIRSTS or (len(w) > 1 and w[0].lower() in CAMPAIGN_CALLS):
            kind = "DROP"  # (a placard's call: "Save Nakiwogo")
        elif (
            len(w) > 1
            and w[0].lower() in REGIONS | COUNTRY_HEADS
            and w[0].lower() not in GIVEN_NAMES
            and not _named_like_a_person(b, m)
        ):
            kind = "ORG"
        elif occurrences(text, n, after=_ORG_APPOSITION)[1] or (
            not given and occurrences(text, n, after=_ORG_POSSESSIVE)[1]
        ):
            kind = "ORG"
        elif _among_brands(text, n):
            kind = "DROP"  # a product's name: no person, and no body to say "the company" of
        elif found := (
            _kind_by_company(b, m, given, n in full_words, evidence)
            or _kind_by_place(text, n, given or n in full_words)
            or _kind_by_team(text, n, given or n in full_words)
        ):
            kind = found
        elif len(w) == 1 and n not in full_words and (n in org_tails or (not given and n in org_heads)):
            kind = "ORG"  # "Jets" beside "the Winnipeg Jets", "Crestline" beside "Crestline Senior Living": the body
        elif len(w) == 1 and n not in full_words and not given and _team_of_a_place(b, n):
            kind = "ORG"  # "the Montreal Victoire" … "the Victoire's starter": the city's team
        elif len(w) == 1 and n not in full_words:  # "the Forecaddie", "the 38-year-old Scot"
            total, after_the = occurrences(text, n, before=THE_OR_AGE_BEFORE)
            played = occurrences(text, n, after=_PLAYED_BY)[1] + occurrences(text, n, before=_PLAYED_AS)[1]
            if (total and after_the == total and not given) or played:
                kind = "DROP"
            elif not given and _alone_after_the(b, n) and not occurrences(text, n, after=_SPEAKS_AFTER)[1]:
                kind = "DROP"  # "Temperatures across the Upstate fell": a region or a thing, as "the" says
        verdict[n] = kind
    for m in b.mentions:
        if m.label == "PERSON" and verdict.get(m.norm) in ("ORG", "GPE"):
            m.label = verdict[m.norm]
    drop_mentions(b, lambda m: not (m.label == "PERSON" and verdict.get(m.norm) == "DROP"))


_BRAND_LIST = re.compile(
    BRAND_LIST_OPENER + r"((?:[A-Z][^\s,.;]*(?:\s+[A-Z][^\s,.;]*)*(?:,\s*(?:and\s+)?|\s+and\s+))*)$"
)


def _team_of_a_place(b: Build, word: str) -> bool:
    """``word`` is written twice or more, at least once right after a word the article tags a place
    ("Montreal Victoire goaltender", "the Montreal Victoire beat …") and every other time after "the"
    ("the Victoire's starter", "The Victoire host …"): a team or a body named for its city; no person
    is written "the Ruiz", and a person's name said alone ("Ruiz said") breaks the rule."""
    doc, text = b.doc, b.text
    hits = word_hits(text, word)
    if len(hits) < 2:
        return False
    places = {t.text for t in b.tokens if t.ent_type_ in PLACE_LABELS and t.text[:1].isupper()}
    after_place = 0
    for a, _ in hits:
        span = doc.char_span(a, a + len(word), alignment_mode="expand")
        prev = doc[span.start - 1] if span is not None and span.start else None
        if prev is not None and prev.text in places and prev.whitespace_:
            after_place += 1
        elif not THE_BEFORE.search(text[max(0, a - 30) : a]):
            return False
    return after_place > 0


def _among_brands(text: str, name: str) -> bool:
    """Written, every time, in a list of a company's brands or products right after "brands include"
    and the like, with only other capitalised names, commas and "and" before it ("whose brands include
    Crispwell, Dunmore Farms and Nonna Lucia")."""
    hits = word_hits(text, name)
    return bool(hits) and all(_BRAND_LIST.search(text[max(0, a - 200) : a]) for a, _ in hits)


_DEMONYM_ADJECTIVE = re.compile(r"(?:ish|sh|ese|ian|ean|can)$")


def _team_lead(b: Build, word: str) -> bool:
    """``word`` is a nationality or regional adjective ("Cornish", "Welsh") or a place the model tagged
    as one elsewhere in the article ("Leicester"): what opens a team's name, not a given name."""
    if word.lower() in GIVEN_NAMES or given_name_gender(word + " X"):
        return False
    return bool(_DEMONYM_ADJECTIVE.search(word)) or any(
        e.label_ in PLACE_LABELS and e.text == word for e in b.doc.ents
    )


def _plural_surname(b: Build, name: str) -> bool:
    """The last word of ``name`` ends a person's name of the article with a given name before it
    ("Woods" of "Tiger Woods"), or is said by itself to speak ("Sands told me")."""
    last = name.split()[-1]
    return any(
        m.label == "PERSON" and m.norm != name and m.norm.split()[-1] == last for m in b.mentions
    ) or bool(occurrences(b.text, last, after=_SPEAKS_AFTER)[1])


def _kind_by_company(b: Build, m: Mention, given: bool, in_full_name: bool, evidence) -> str | None:
    """What the words around a "person" say it is: no one after a storm's or a vessel's prefix ("Tropical
    Storm Irene", "HMS Valour", "the colt Red Lad") or written after "the" every time ("the Anna Louise"),
    a team by its shape ("Cornish Pirates"), a place or body after a person and "of" ("Sen. Ana Ruiz of
    Eau Galle", "chairman of Te Awa"), a club or body by its people or its plural verb ("Ashby head
    coach Ana Ruiz", "Ashby travel to Leeds"); else None."""
    text, n, w = b.text, m.norm, m.norm.split()
    affiliated, collective, of_body = evidence
    if occurrences(text, n, before=_STORM_BEFORE)[1] or occurrences(text, n, before=_VESSEL_BEFORE)[1]:
        return "DROP"
    if _VESSEL_PREFIX.match(n):
        return "DROP"  # "MV Loch Torran" taken whole, its prefix inside
    if (
        2 <= len(w) <= 3
        and not given
        and w[-1].endswith("s")
        and _team_lead(b, w[0])
        and not _plural_surname(b, n)
    ):
        return "ORG"
    if len(w) > 1 and (_always_after_the(text, n) or _always_after_an_article(b.doc, m, text, n)):
        return "DROP"
    if of_body.get(n):
        return of_body[n]
    if len(w) == 1 and not in_full_name and not given and (n in affiliated or n in collective):
        return "ORG"
    if len(w) > 1 and not given and n in affiliated:
        return "ORG"  # "accused Sinn Féin of …" beside "Sinn Féin leader Ana Ruiz"
    return None


# "a" or "an", or "The"; a capital "A" or "An" only where a sentence, a line or a quote opens: after a word it
# is an initial ("Dr A Venkataramana Rao", "port chairman A Suresh Kumar"), as Indian copy writes names.
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:an?|[Tt]he)|(?:^|[.!?:;\"“‘(\n]\s*)An?)\s$")
_INDEFINITE_BEFORE = re.compile(r"(?:\ban?|(?:^|[.!?:;\"“‘(\n]\s*)An?)\s$")


def _always_after_an_article(doc, m: Mention, text: str, name: str) -> bool:
    """Written after "a" or "an" at least once and after an article every time, as a noun ("she has a
    Vauxhall Corsa"; not "a Jane Ruiz fan"): a thing of that make or name, no person."""
    total, after_article = occurrences(text, name, before=_ARTICLE_BEFORE)
    head = m.end >= len(doc) or doc[m.end].pos_ not in ("NOUN", "PROPN")
    return bool(
        total and after_article == total and occurrences(text, name, before=_INDEFINITE_BEFORE)[1] and head
    )


def _always_after_the(text: str, name: str) -> bool:
    """Written twice or more, and after "the" every time ("the Mary Ellen", "The Grand Hotel")."""
    total, after_the = occurrences(text, name, before=THE_BEFORE)
    return total >= 2 and after_the == total


def _affiliations(b: Build) -> set[str]:
    """Lone words written before the role of a body's person ("Ashby head coach Ana Ruiz", "Ashby's
    goalkeeper Tom Lee", "the Ashby fly-half"): the body, a club or a firm, the person's affiliation;
    so are names of several words not opening with a given name ("Sinn Féin leader Ana Ruiz", "the Sinn
    Féin leader"), however the model tagged them there. A word that speaks anywhere ("Trump aide Ana
    Ruiz" where "Trump said") is left to other evidence."""
    doc, out, spoken_for = b.doc, set(), set()
    for m in b.mentions:
        several = m.end - m.start > 1 and " " in m.norm and not opens_with_given_name(m.norm)
        lone = m.end - m.start == 1
        the_before = m.start > 0 and doc[m.start - 1].lower_ in ("the", "a")
        if lone and the_before and m.end < len(doc) and doc[m.end].lower_ in _SPOKESPERSON_WORDS:
            spoken_for.add(m.norm)  # "A Latchwell spokesperson", however the model tagged the name
            continue
        if not (m.label == "PERSON" and lone) and not several:
            continue  # a name of several words may be tagged anything ("Sinn Féin leader Ana Ruiz", a group)
        i = m.end + (m.end < len(doc) and doc[m.end].tag_ == "POS")
        while i < len(doc) and doc[i].lower_ in ROLE_MODIFIERS:
            i += 1
        if i >= len(doc) or (i == m.end and not several) or doc[i].lower_ not in ROLE_NOUNS | BODY_ROLES:
            continue
        named_after = i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and doc[i + 1].text[:1].isupper()
        if named_after or the_before:
            out.add(m.norm)
    return spoken_for | {n for n in out if not occurrences(b.text, n, after=_SPEAKS_AFTER)[1]}


# A body's spokesperson written with its one-word name between an article and the noun ("A Latchwell spokesperson
# tells WIRED"): the name is the body's even where it speaks ("Latchwell says it has sold …"); a person's is written
# in full somewhere, which the callers check.
_SPOKESPERSON_WORDS = frozenset("spokesman spokeswoman spokesperson".split())


def _collective_subjects(b: Build) -> set[str]:
    """Lone words that take a plural verb right after them as a subject with no other subject beside
    them ("Ashby travel to Leeds", "Ashby were relegated", "Ashby have won four"): a club or a band,
    British style; not a subjunctive ("if Smith were president")."""
    doc, out = b.doc, set()
    for m in b.mentions:
        if m.label != "PERSON" or m.end - m.start != 1:
            continue
        t = doc[m.start]
        if t.dep_ == "compound" and t.head.i == t.i + 1 and t.head.tag_ == "VBP":
            out.add(m.norm)  # "Ashby travel to Kelso", parsed as a compound noun with a verb's tag
            continue
        if t.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ == "conj" for c in t.children):
            continue
        verb = t.head
        forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
        plural = any(v.tag_ == "VBP" and v.i == t.i + 1 for v in forms)
        were = any(v.lower_ == "were" and v.i == t.i + 1 for v in forms)
        subjunctive = any(x.lower_ in ("if", "wish", "though", "unless") for x in doc[t.sent.start : t.i])
        if plural or (were and not subjunctive):
            out.add(m.norm)
    return out


def _after_person_of(b: Build) -> dict[str, str]:
    """Names written, every time, after a person's name and "of" or ", from" ("Sen. Ana Ruiz of Eau
    Claire", "Elaine Hartley, from Melton Mowbray,": a place) or after the role of a body's person and
    "of" ("chairman of Te Runanga": that body)."""
    doc = b.doc
    person_ends = {m.end for m in b.mentions if m.label == "PERSON"}
    seen: dict[str, list[str | None]] = {}
    for m in b.mentions:
        if m.label != "PERSON":
            continue
        kind = None
        # "chairman of Ana Ruiz's campaign": she owns the body
        owner = doc[m.end - 1].tag_ == "POS" or (m.end < len(doc) and doc[m.end].tag_ == "POS")
        if m.start >= 2 and doc[m.start - 1].lower_ == "of" and not owner:
            if m.start - 1 in person_ends:
                kind = "GPE"
            elif doc[m.start - 2].lower_ in BODY_ROLES and doc[m.start - 2].pos_ == "NOUN":
                kind = "ORG"
        elif m.start >= 3 and doc[m.start - 1].lower_ == "from" and doc[m.start - 2].text == ",":
            if m.start - 2 in person_ends and not owner:
                kind = "GPE"  # "Elaine Hartley, from Melton Mowbray,": where she lives
        seen.setdefault(m.norm, []).append(kind)
    return {n: kinds[0] for n, kinds in seen.items() if kinds[0] and len(set(kinds)) == 1}


_PERSONAL_AGENTS = frozenset({"agent", "publicist"})


def relabel_names_apposed_to_roles(b: Build) -> None:
    """A name of 2-3 capitalised words set off after a person's role ("the finance spokesperson, Nicola
    Willis-Grant, disagreed"), or opening with a given name and set off before one ("Priyanka Deshmukh, a metals
    strategist at …"), is a person's, whatever the model tagged it, unless its shape says it is an institution ("the
    regulator, Ofcom Scotland Authority"); so is one that a person's role or trade is ("Saltline's lead investor is
    Priyanka Raghunathan-Cole", tagged a building)."""
    doc = b.doc
    for m in b.mentions:
        w = m.norm.split()
        if m.label not in ("ORG", "GPE", "NORP", "LOC", "FAC") or not 2 <= len(w) <= 3:
            continue
        root = doc[m.start : m.end].root
        head = root.head
        if _set_off_before_a_role(root) and data_given_name(m.norm) and not _institution_kind(b, m):
            m.label = "PERSON"  # "said Priyanka Deshmukh, a metals strategist at Harrowgate Capital"
            continue
        if (
            _the_role_it_is(root, m.label != "ORG")
            and all(x[:1].isupper() and _letters(x) for x in w)
            and not _institution_kind(b, m)
        ):
            m.label = "PERSON"
            continue
        if m.label == "FAC":
            continue
        # the role may be written as a title ("The Commissioner for Works, Bola Adeyemi-Cole,")
        role = head.lower_ in ROLE_NOUNS or head.lower_ in APPOSED_ROLES
        # someone's agent ("His agent, Declan Mac Aodha, said"; an "agent" alone may be a firm)
        role = role or (head.lower_ in _PERSONAL_AGENTS and any(c.dep_ == "poss" for c in head.children))
        over = None if role or root.dep_ != "appos" else role_over_the_body(head, ROLE_NOUNS | APPOSED_ROLES)
        if over is not None and data_given_name(m.norm):
            # "The Minister of State with responsibility for the Office of Public Works, Declan Rourke, visited":
            # the name hung on the body that ends the role's phrase, its first word a given name by the data
            role, head = True, over
        if root.dep_ != "appos" or head.pos_ not in ("NOUN", "PROPN") or not role:
            continue
        if head.ent_type_ in PLACE_LABELS | {"PERSON"}:
            continue  # "from Hilton Head, South Carolina": the word is a name's, not a role
        if all(x[:1].isupper() and _letters(x) for x in w) and not _institution_kind(b, m):
            m.label = "PERSON"


# Endings of a trade's noun, a person's ("strategist", "analyst", "physician").
_TRADE_ENDINGS = ("ist", "yst", "ician")


def _the_role_it_is(root, trades: bool) -> bool:
    """Whether a name (its root ``root``) is what "be" says an owned or "the" role is ("Saltline's lead investor is
    Priyanka Raghunathan-Cole", "The club's new coach is Ana Ruiz"): a listed role or trade, or with ``trades`` (a
    name the model did not tag a body) a trade by its ending ("investor", "strategist")."""
    if root.dep_ != "attr" or root.head.lemma_ != "be" or any(c.dep_ == "neg" for c in root.head.children):
        return False
    for c in root.head.children:
        if c.dep_ != "nsubj" or c.i > root.i or c.tag_ != "NN":
            continue
        owned = owned_or_definite(c)
        low = c.lower_
        listed = low in ROLE_NOUNS or low in APPOSED_ROLES or low in OCCUPATION_NOUNS
        if owned and (listed or (trades and low.endswith(_TRADE_ENDINGS + _AGENT_ENDINGS))):
            return True
    return False


# Endings of a doer's noun ("investor", "founder"), read as a trade only where the name is said to be one.
_AGENT_ENDINGS = ("or", "er")


def _set_off_before_a_role(root) -> bool:
    """Whether a name (its root ``root``) has a role with "a" or "an" set off after it ("Priyanka Deshmukh, a metals
    strategist at Harrowgate Capital")."""
    return any(
        c.dep_ == "appos"
        and c.i > root.i
        and (
            c.lower_ in ROLE_NOUNS
            or c.lower_ in APPOSED_ROLES
            or c.lower_ in OCCUPATION_NOUNS
            or (c.tag_ == "NN" and c.lower_.endswith(_TRADE_ENDINGS))
        )
        and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
        for c in root.children
    )


def relabel_possessed_speakers(b: Build) -> None:
    """A name of 2-3 capitalised words the model tagged a group or a body is a person's when a country's
    or a place's possessive stands before it and one of its words speaks alone elsewhere ("China's Han
    Zhiwei came from a game down …" … "Han said through an interpreter": "Han" is also a people's name).
    Not a name shaped like an institution ("China's Communist Party")."""
    doc, text = b.doc, b.text
    for m in b.mentions:
        w = m.norm.split()
        if m.label not in ("ORG", "NORP") or not 2 <= len(w) <= 3 or m.start < 2:
            continue
        if doc[m.start - 1].tag_ != "POS" or doc[m.start - 2].ent_type_ not in ("GPE", "LOC", "NORP"):
            continue
        if not all(x[:1].isupper() and _letters(x) for x in w) or _institution_kind(b, m):
            continue
        if any(occurrences(text, x, after=_SPEAKS_AFTER)[1] for x in w):
            m.label = "PERSON"


def _take_untagged_given_name(b: Build, m: Mention) -> bool:
    """ "company spokesperson Harjit Sandhu", the model tagging "Sandhu" alone a body: one untagged
    capitalised word between an occupation and a one-word name is the name's first word, so the name is
    the two (the caller then reads the occupation before it). So is a common given name before a
    hyphenated surname tagged a body ("Veteran Chantal Belanger-Kerr"): True then, the name a person's."""
    doc = b.doc
    if m.label not in ("ORG", "NORP", "GPE", "LOC") or " " in m.norm or m.start < 2:
        return False
    first, noun = doc[m.start - 1], doc[m.start - 2]
    if first.ent_type_ or not (first.is_alpha and first.text[:1].isupper() and first.pos_ == "PROPN"):
        return False
    if any(x.start <= first.i < x.end for x in b.mentions) or first.i in b.covered:
        return False
    given = re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+", m.norm) is not None and (
        first.lower_ in GIVEN_NAMES or data_given_name(f"{first.text} {m.norm}")
    )
    if not (_occupation_word(noun) or given):
        return False
    m.start = first.i
    m.surface = doc[m.start : m.end].text
    m.norm = f"{first.text} {m.norm}"
    return given


def _occupation_word(tok) -> bool:
    """A lower-case occupation or role noun ("spokesperson", "bandleader", "cardiologist")."""
    return tok.is_lower and (tok.lower_ in OCCUPATIONS or tok.lower_.endswith(OCCUPATION_ENDINGS))


def _title_or_letters(tok) -> bool:
    """A capitalised title ("Minister") or a member's letters ("MEC")."""
    return tok.text[:1].isupper() and (tok.lower_.rstrip(".") in TITLES or tok.text in MEMBER_LETTERS)


def _read_as_noun(tok) -> bool:
    """The tagger's noun, or a position it read as an adverb or adjective after a preposition, article or
    adjective ("behind forward Amara Diallo", "senior forward …"), where no verb is there to qualify; a lower-case
    word the tagger ran into the name as a proper noun ("junior forward Amara Nwosu-Hale")."""
    if tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.text.islower()):
        return True
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return tok.pos_ in ("ADV", "ADJ") and prev is not None and prev.pos_ in ("ADP", "DET", "ADJ", "CCONJ")


def relabel_names_after_occupations(b: Build) -> None:
    """A name of 2-4 capitalised words tagged another kind is a person's when an occupation noun stands
    right before it ("bandleader Lionel Fontenot's group", "Human rights ombudswoman María Elena Torres
    Vílchez", "cornerback Marquise Bellamy"): the model tags such unfamiliar names as bodies, and no given
    name is needed with that evidence. Not a business's nouns ("developer Mattamy Homes", "retailer
    Kellaway"), nor a name shaped like an institution."""
    doc = b.doc
    for m in b.mentions:
        if _take_untagged_given_name(b, m):
            m.label = "PERSON"
            continue
        w = m.norm.split()
        if m.label not in ("ORG", "NORP", "GPE", "LOC") or not 2 <= len(w) <= 4 or m.start == 0:
            continue
        noun = doc[m.start - 1]
        office = office_before_portfolio(doc, m.start)
        if office is not None and _title_or_letters(office) and capitalised_name(w):
            m.label = "PERSON"  # "Gauteng MEC for roads and transport Lerato Mokoena-Dube", tagged a body
            continue
        if not (_occupation_word(noun) and _read_as_noun(noun)) or noun.lower_ in ORG_NOUNS | BUSINESS_ROLES:
            continue
        if all((x[:1].isupper() or _particle_word(x)) and _letters(x) for x in w) and not _institution_kind(
            b, m
        ):
            m.label = "PERSON"


# A Russian patronymic's endings, the middle word of a three-word name: only a person has one.
_PATRONYMIC_ENDINGS = RUSSIAN_PATRONYMICS_MALE + RUSSIAN_PATRONYMICS_FEMALE


def _place_after_from(b: Build, m: Mention, w: list[str]) -> bool:
    """Whether a venue's label ending in a place's word is where someone is from or is ("a trucker from Ferris Bay",
    "in Regis Falls"): the place, though its first word is a given name too."""
    return w[-1].lower() in PLACE_HEADS and m.start > 0 and b.doc[m.start - 1].lower_ in _PLACE_PREPOSITIONS


_PLACE_PREPOSITIONS = frozenset({"from", "in", "at", "near", "of"})


def relabel_given_name_entities(b: Build) -> None:
    """An ORG/GPE/NORP/LOC of 2-3 capitalised words opening with a common given name (the hand list, or
    one the name data give to one sex when the article writes it as a person's) is a person (unless its
    shape says otherwise: "Carol Burnett Award", "Wayne State University"); so is a FAC, a venue's label,
    only when the article writes it as a person's ("hosted by Maya Rodriguez and Dev Fitzgerald", "a
    spokeswoman for Calloway, Brianna Feld, said"; not "the Beverly Hilton Hotel"). A traditional ruler's name is a
    person's too ("Nana Kwabena Boakye-Mensah II" and, after it, "Nana Boakye-Mensah": ``_rulers_names``)."""
    rulers = _rulers_names(b)
    for m in b.mentions:
        if m.norm in rulers and m.label in ("ORG", "GPE", "NORP", "LOC", "FAC", "WORK_OF_ART"):
            m.label = "PERSON"
            continue
        w = _core_name_words(m.norm)
        if m.label == "FAC" and 2 <= len(w) <= 3:
            if not (
                opens_with_given_name(m.norm)
                and data_given_name(m.norm)
                and (_named_like_a_person(b, m) or _set_off_before_said(b, m))
            ):
                continue
            if (
                all(_name_word(x) for x in w)
                and not _institution_kind(b, m)
                and not _place_after_from(b, m, w)
            ):
                m.label = "PERSON"
        elif (
            m.label in ("ORG", "GPE", "NORP", "LOC", "WORK_OF_ART")
            and 2 <= len(w) <= 3
            and w[-1].lower().rstrip(".") not in FIRM_LAST_WORDS  # "Marine Ferries", "Grace Foods": a firm's
        ):
            kin = _kin_of_a_named_person(b, m, w)
            if m.label == "WORK_OF_ART" and not kin:
                continue
            if not (
                kin  # "Amara Diallo" beside her mother Mariam Diallo and her twin Awa Diallo
                or w[0].lower() in GIVEN_NAMES
                or (
                    data_given_name(m.norm)
                    and (
                        _named_like_a_person(b, m)
                        or _set_off_before_said(b, m)
                        or _gaelic_surname(m.norm)
                        # "Darnell Hughes has walked …" ¶ "“…,” Darnell said" (not "the Ida Marie", a boat, beside
                        # "says Ida": a name after "the" is a thing's)
                        or (w[0] in b.said and "the" not in b.lowers[max(0, m.start - 1) : m.start + 1])
                    )
                )
                or _titled_and_said(b, m)  # "Democrat Meredith Lachance" … "Lachance said"
                or _his_or_hers_set_off_before_said(b, w[-1])  # "Osei-Bonsu, in her second season …, said"
                # "Shannon Pettibone, who lives …"
                or (w[0].lower() in SHARED_GIVEN_NAMES and (_named_like_a_person(b, m) or _who_after(b, m)))
                or (len(w) == 3 and w[1].lower().endswith(_PATRONYMIC_ENDINGS))  # "Natalya Borisovna Ilyina"
            ):
                continue
            if _opens_an_org(b, m.norm) or _team_after_the(b, m, w) or _modifier_after_the(b, m):
                continue
            if all(_name_word(x) for x in w) and not _institution_kind(b, m):
                m.label = "PERSON"
                if len(w) == 3 and len(m.norm.split()) == 3 and w[-1] in POST_NOMINALS:
                    m.norm = " ".join(w[:-1])  # "Aoife Breathnach-Kelly TD", tagged a body with its letters


_TEAM_ROLE_AFTER = re.compile(TEAM_ROLE_AFTER)


def _modifier_after_the(b: Build, m: Mention) -> bool:
    """A body's name written after "the" before a common noun it qualifies ("the Marine Enforcement wing and the Coastal
    Police"): a unit's or a thing's name, whatever given name opens it; no person is "the Ana Ruiz wing"."""
    doc = b.doc
    the = m.start if doc[m.start].lower_ == "the" else m.start - 1  # (the model may take "the" in)
    return (
        the >= 0
        and doc[the].text == "the"
        and m.end < len(doc)
        and doc[m.end].pos_ == "NOUN"
        and doc[m.end].text.islower()
    )


def _team_after_the(b: Build, m: Mention, w: list[str]) -> bool:
    """A body the article writes after "the" every time, its last word a plural it writes alone elsewhere too ("The
    Charlotte Hornets traded …" beside "Hornets forward Malik Osei"): a team, whatever given name opens it."""
    last = w[-1]
    if not last.endswith("s") or not occurrences(b.text, m.norm)[0]:
        return False
    total, after_the = occurrences(b.text, m.norm, before=_THE_ANY_CASE)
    return after_the == total and occurrences(b.text, last)[0] > total  # ("Hornets forward Malik Osei")


_THE_ANY_CASE = re.compile(r"\b(?:[Tt]he|THE)\s$")


# A traditional ruler's title before the name ("Nana Kwabena Boakye-Mensah II", "Togbe Afede XIV", "Oba Adeyemi
# III"), and the regnal numbers after it.
_RULERS_TITLES = frozenset("Nana Togbe Togbui Oba Igwe Eze Ooni Olu".split())
_REGNAL = re.compile(r"(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV)")


def _rulers_names(b: Build) -> set[str]:
    """Names the article writes with a ruler's title and a regnal number (three words or more, capitalised), and
    the title with the name's surname alone ("Nana Boakye-Mensah"): a person's, whatever the model tagged them."""
    full = {
        m.norm
        for m in b.mentions
        if len(w := m.norm.split()) >= 3
        and w[0] in _RULERS_TITLES
        and _REGNAL.fullmatch(w[-1])
        and all(x[:1].isupper() for x in w)
    }
    return full | {f"{n.split()[0]} {n.split()[-2]}" for n in full}


def _kin_of_a_named_person(b: Build, m: Mention, words: list[str]) -> bool:
    """A two-word name whose surname is that of a person the article names in full by another
    given name ("Amara Diallo" beside "Mariam Diallo", tagged a body or a work): a relative, a person, when
    its first word is a name's and never a title ("Coach Diallo"), a place or an organisation's word."""
    if len(words) != 2 or len(m.norm.split()) != 2:
        return False  # "Washington Post Trump": a body's name run into a surname
    first, last = words[0], words[-1]
    if (
        not (first[:1].isupper() and first.isalpha())
        or first.lower() in TITLES
        or first.lower() in ROLE_NOUNS
    ):
        return False
    if first.lower() in ORG_FIRSTS or first.lower() in ORG_HEADS or is_region(first):
        return False
    for other in b.mentions:
        if other is m or other.label != "PERSON":
            continue
        o = _core_name_words(other.norm)
        if len(o) >= 2 and o[-1] == last and o[0] != first:
            return True
    return False


def _gaelic_surname(name: str) -> bool:
    """A given name's second word is an Irish, Scottish or Welsh surname's particle before a capitalised
    word ("Seán Mac Mathúna", "Aoife Ní Bhriain", "Emrys ap Gwilym"): a person's name, never a body's."""
    w = name.split()
    return (
        len(w) >= 3
        and (w[1] in IRISH_PARTICLES or w[1] in ("ap", "ab"))
        and (w[2][:1].isupper() or w[2] == "an")
    )


def _core_name_words(name: str) -> list[str]:
    """The words of a name without the particles inside it, which a surname carries but which do not
    make the name longer ("Cathal Mac Giolla Phádraig", "Emrys ap Gwilym": two words each)."""
    w = name.split()
    return [
        x
        for i, x in enumerate(w)
        if not i
        or not (
            x in IRISH_PARTICLES
            or x in NAME_PARTICLES
            or (x in ("Giolla", "an") and w[i - 1] in IRISH_PARTICLES)
        )
    ]


def _titled_and_said(b: Build, m: Mention) -> bool:
    """A capitalised title right before the name ("Democrat Meredith Lachance", "Councillor Siobhán Dunne"), or a
    trade written as one ("owner Sal Ianucci"), and its last word before a speech verb elsewhere ("Lachance said"):
    a person's, whatever the given name."""
    doc = b.doc
    if m.start == 0:
        return False
    before = doc[m.start - 1]
    last = m.norm.split()[-1]
    trade = (  # "where owner Sal Ianucci had just fired up the grill" … "Ianucci said": a trade as a title,
        # the surname said alone ("developer Seaview Living" … "Seaview Living said" is a firm)
        before.tag_ == "NN"
        and before.text.isalpha()
        and before.text.islower()
        and before.dep_ == "compound"
        and m.start <= before.head.i < m.end
        and before.lower_ not in ORG_NOUNS
        and occurrences(b.text, last, after=_SPEAKS_AFTER)[1]
        > occurrences(b.text, m.norm, after=_SPEAKS_AFTER)[1]
    )
    return (capitalised_title(before) or trade) and last in b.said


def _set_off_before_said(b: Build, m: Mention) -> bool:
    """A comma before the name and one after it, then a speech verb: a name in apposition to the subject
    ("a spokeswoman for Calloway, Brianna Feld, said")."""
    start, end = span_chars(b.doc, m)
    text, i = b.text, start - 1
    while i >= 0 and text[i].isspace():
        i -= 1  # the comma before the name, over any spaces (not a copy of the text before it)
    return (
        i >= 0 and text[i] == "," and bool(SET_OFF_SAID.match(text, end) or _SET_OFF_ARGUED.match(text, end))
    )


def _his_or_hers_set_off_before_said(b: Build, surname: str) -> bool:
    """The surname, somewhere, with a phrase set off after it that calls it "his" or "her", then a speech verb
    ("Osei-Bonsu, in her second season out of Rutgers, said …"): no body or place is "her"."""
    return occurrences(b.text, surname, after=_HIS_OR_HERS_SET_OFF_SAID)[1] > 0


_HIS_OR_HERS_SET_OFF_SAID = re.compile(
    rf",\s+[^,.;:!?\n“”\"]{{0,60}}?\b(?:his|her)\b[^,.;:!?\n“”\"]{{0,60}},\s+(?:{'|'.join(SPEECH_VERBS)})\b"
)


# The verbs of testimony and argument a set-off name opens too ("The government's lawyer, an assistant chief
# counsel with ICE, Bradley Hoskins-Aguirre, argued that …").
_SET_OFF_ARGUED = re.compile(
    r",\s+(?:argued|testified|insisted|explained|asked|warned|noted|stressed|acknowledged|replied|answered|"
    r"countered|conceded|admitted)\b"
)


# A plural verb right after a name ("Victoria were 4-111", "Leicester have won"): a side, as British and
# Australian sportswriters make one; a person takes the singular.
_PLURAL_VERB_AFTER = re.compile(r"\s+(?:were|are|have|weren't|aren't|haven't|were not|are not|have not)\b")
_JOINED_BEFORE = re.compile(r"(?:\band|&|,)\s*$")


def _side_by_its_verb(text: str, name: str) -> bool:
    """Whether the article writes a one-word name with a plural verb after it, never joined to another
    name before it ("Sam and Victoria were")."""
    return (
        occurrences(text, name, after=_PLURAL_VERB_AFTER)[1]
        > occurrences(text, name, before=_JOINED_BEFORE, after=_PLURAL_VERB_AFTER)[1]
    )


def relabel_teams_before_roles(b: Build) -> None:
    """A "person" of one or two words that opens with no given name, has no title, and that the article
    writes before a team's role and its holder's name ("Saracens captain Ben Earl") is a club, not a
    person; a person's surname of the article ("Trump adviser Kellyanne Conway") stays a person."""
    text = b.text
    # surnames of people named in full with a given name ("Donald Trump"), not the last word of a club's
    # own longer name ("Kaunas Žalgiris" beside "Žalgiris head coach Rimantas Butkevičius")
    surnames = {
        m.norm.split()[-1]
        for m in b.mentions
        if m.label == "PERSON" and " " in m.norm and opens_with_given_name(m.norm)
    }
    verdict: dict[str, bool] = {}
    for m in b.mentions:
        w = m.norm.split()
        if m.label != "PERSON" or len(w) > 2 or m.honorific or m.norm in verdict:
            continue
        side = _side_by_its_verb(text, m.norm)  # "Victoria were 4-111": a given name's shape, a side's verb
        if m.gender and not (side and len(w) == 1):
            continue
        verdict[m.norm] = (
            (not opens_with_given_name(m.norm) or side)
            and w[-1] not in surnames
            and all(x[:1].isupper() and _letters(x) for x in w)
            and occurrences(text, m.norm, after=_TEAM_ROLE_AFTER)[1] > 0
        )
    clubs = {n for n, v in verdict.items() if v}
    for m in b.mentions:
        w = m.norm.split()
        if m.label == "PERSON" and (m.norm in clubs or (len(w) == 2 and w[-1] in clubs)):
            m.label = "ORG"  # "Aston Villa" too, once "Villa boss Stefan Lindqvist" says "Villa" is the club


# A member's letters or a party role right after a name written after "the": "the Fianna Fáil TD", "the
# Labour MP said", "the Sinn Féin spokesperson".
_MEMBER_AFTER = re.compile(
    r"\s+(?:TD|MP|MPP|MLA|MNA|MHA|MSP|MLC|MEP|[Ss]enator|[Cc]ouncill?or|[Ss]pokes(?:person|man|woman)|"
    r"candidate|leader|deputy|backbencher|frontbencher|whip)\b"
)


# A member's letters, then the member's name: what a name right before them is ("Jacques-Cartier MNA Lucia
# D'Amico-Roy", "Labour MP Jane Ruiz"): a riding or a party.
_LETTERS = "|".join(sorted(MEMBER_LETTERS))
_LETTERS_BEFORE_A_NAME = re.compile(rf"\s+(?:{_LETTERS})\s+[A-Z][a-z]")


def relabel_parties_before_members(b: Build) -> None:
    """A "person" written between "the" and a member's letters or a party role ("the Fianna Fáil TD
    replied", "the Sinn Féin spokesperson") is the party: a person's name never stands there (a place does:
    "the St. Boniface councillor" stays a place); nor right before a member's letters and the member's name
    ("Jacques-Cartier MNA Lucia D'Amico-Roy": the riding)."""
    parties = {
        n
        for n in _person_norms(b)
        if occurrences(b.text, n, before=THE_BEFORE, after=_MEMBER_AFTER)[1]
        or occurrences(b.text, n, after=_LETTERS_BEFORE_A_NAME)[1]
    }
    _relabel_as_bodies(b, parties)


# A member's role and "for", before the seat: "the NDP member for Vuntut Gwitchin", "MP for Ottawa Centre".
_SEAT_BEFORE = re.compile(rf"\b(?:member|{_LETTERS}|[Ss]enator|[Rr]epresentative|[Cc]ouncill?or)\s+for\s$")


def relabel_seats_after_members(b: Build) -> None:
    """A "person" a member's role is "for" is the seat, a place ("the NDP member for Vuntut Gwitchin", "MLA
    for Mount Pearl North"): a person's name never stands there ("spokesman for Ana Ruiz" has no member's
    role)."""
    seats = {
        n
        for n in _person_norms(b)
        if occurrences(b.text, n, before=_SEAT_BEFORE)[1]
        or occurrences(b.text, n, before=_TAGGED_SEAT_BEFORE, after=_TAGGED_SEAT_AFTER)[1]
    }  # or the seat of a party-and-seat tag in brackets ("Senator Musa Danjuma (APC, Kano North)")
    _relabel_as_bodies(b, seats, "GPE")


# A party's letters and a comma opening a bracket, the seat after them closing it ("(APC, Kano North)").
_TAGGED_SEAT_BEFORE = re.compile(r"\(\s*[A-Z]{2,5}\s*,\s*$")
_TAGGED_SEAT_AFTER = re.compile(r"\s*\)")


def _person_norms(b: Build) -> set[str]:
    """The names of the article's "person" mentions, each once (a test that reads the text is run per
    name, not per mention)."""
    return {m.norm for m in b.mentions if m.label == "PERSON"}


def _relabel_as_bodies(b: Build, names: set[str], label: str = "ORG") -> None:
    """Every mention of ``names`` is an organisation's (or, with ``label``, a place's), with no sex a
    person's name or title gave it."""
    for m in b.mentions:
        if m.norm in names:
            m.label, m.gender, m.honorific = label, None, None


def join_given_names_to_people(b: Build) -> None:
    """A given name the model tagged another kind right before a person's name is that name's first word
    ("champion Beatrice Chebet Kiprop", "Beatrice" tagged an organisation): one person mention."""
    doc = b.doc
    by_start = {m.start: m for m in b.mentions if m.label == "PERSON"}
    drop = []
    for m in b.mentions:
        if m.label in ("PERSON", "NORP") or m.end - m.start != 1 or not doc[m.start].text.istitle():
            continue  # a nationality is no given name ("German Angela Merkel")
        nxt = by_start.get(m.end)
        if nxt is None or doc[m.start].whitespace_ != " " or " " not in nxt.norm:
            continue
        full = f"{doc[m.start].text} {nxt.norm}"
        if doc[m.start].lower_ in GIVEN_NAMES or data_given_name(full):
            nxt.start, nxt.surface, nxt.norm = m.start, doc[m.start : nxt.end].text, full
            drop.append(m)
    if drop:
        b.mentions[:] = [m for m in b.mentions if m not in drop]


def join_untagged_given_names(b: Build) -> None:
    """A given name the model left untagged, joined by "and" to another given name of a family before the surname it
    tagged alone, is that family member's ("Glen and Patrice Dombrowski", the model tagging "Glen" and "Dombrowski":
    Patrice Dombrowski, never Glen read twice); and once so named, the same word before the bare surname later is that
    person again ("Patrice Dombrowski got sick first"). The word must be a capitalised proper noun, no title, never
    written in lower case in the article; a word before a bare surname with no such "and" stays out of the name
    ("Afterwards MacLeod said")."""
    doc, text = b.doc, b.text
    family: dict[str, set[str]] = {}
    for m in b.mentions:
        words = m.norm.split()
        if m.label == "PERSON" and len(words) >= 2:
            family.setdefault(words[-1], set()).add(words[0])
    covered = {i for m in b.mentions for i in range(m.start, m.end)}
    for m in sorted(b.mentions, key=lambda m: m.start):
        if m.label != "PERSON" or " " in m.norm or m.norm not in family or m.start == 0:
            continue
        prev = doc[m.start - 1]
        if (
            prev.i in covered
            or prev.pos_ != "PROPN"
            or not prev.is_title
            or not prev.is_alpha
            or len(prev.text) < 3
            or prev.whitespace_ != " "
            or prev.lower_ in TITLES
            or re.search(rf"\b{re.escape(prev.lower_)}\b", text) is not None
        ):
            continue
        coordinated = (
            prev.i >= 2 and doc[prev.i - 1].lower_ == "and" and doc[prev.i - 2].text in family[m.norm]
        )
        if not coordinated and prev.text not in family[m.norm]:
            continue
        m.start, m.surface, m.norm = prev.i, doc[prev.i : m.end].text, f"{prev.text} {m.norm}"
        family[m.norm.split()[-1]].add(prev.text)


# ", a 31-year-old nurse", ", 27,": a person's age set off right after a name (not "a 10-year-old brand");
# ", a marine biologist at …": a trade no body has, by its ending ("-ologist", "-ician", "-ographer").
_AGE_AFTER = re.compile(
    r",\s+(?:\d{1,3},(?!\d)|an?\s+\d{1,3}-year-old\b(?!\s+(?:"
    + "|".join(sorted(ORG_NOUNS | THING_HEADS))
    + r")\b)"
    + r"|an?\s+(?:[a-z-]+\s+){0,2}?[a-z]+(?:"
    + "|".join(OCCUPATION_ENDINGS)
    + r")\b)"
)


def relabel_aged_names(b: Build) -> None:
    """A name of 2-3 capitalised words tagged another kind is a person's when the article gives it, or its
    last word alone, an age right after it ("Then came Ama Owusu-Ansah, a 31-year-old nurse", "said
    Hnatyshyn, a 27-year-old student") or a trade no body has ("Pierre-Luc Thériault, a marine
    biologist at …"): no body or place has an age or is a biologist, so no known given name is needed; a
    name shaped like an institution keeps its kind ("Dixon Hall")."""
    text = b.text
    aged = set(_WORD_BEFORE_AGE.findall(text))  # read once: most articles set off no age
    for m in b.mentions:
        w = m.norm.split()
        if m.label in ("GPE", "LOC", "ORG") and m.norm in aged and _one_name_with_an_age(b, m.norm):
            m.label = "PERSON"
            continue
        if m.label not in ("ORG", "GPE", "NORP", "LOC", "FAC") or not 2 <= len(w) <= 3:
            continue
        if not all(x[:1].isupper() and _letters(x) for x in w) or _institution_kind(b, m):
            continue
        # (a building's name is no person's by an age or a trade after it: "the Hale Building, a 1920s …")
        if m.label != "FAC" and (
            any(occurrences(text, form, after=_AGE_AFTER)[1] for form in (m.norm, w[-1]))
            # "Her neighbour, Abimbola Adeyemi-Clarke, is a nurse at Salford Royal"
            or occurrences(text, m.norm, after=_IS_A_TRADE)[1]
            # "Lalitha Venkatesh, secretary of the Kannalli Layout Residents' Welfare Association,"
            or occurrences(text, m.norm, after=_PERSONS_ROLE_SET_OFF)[1]
        ):
            m.label = "PERSON"
        elif _aged_before_and_speaks(text, m.norm):
            # "One of them, 91-year-old Tuala Masina Leavasa, …" ¶ "“…,” Tuala said", whatever the model tagged it: a
            # building or a car has an age too, but says nothing
            m.label = "PERSON"


def _one_name_with_an_age(b: Build, word: str) -> bool:
    """One word, a person's only name, the model tagged a place ("Sutrisno, 52, who like many Indonesians
    goes by one name"): an age set off after it, and a speech verb next to it somewhere ("says Sutrisno");
    never a region or a word the article writes in lower case."""
    text = b.text
    if not word.isalpha() or not word[:1].isupper() or is_region(word):
        return False
    if any(word in m.norm.split() for m in b.mentions if m.label == "PERSON" and " " in m.norm):
        return False  # "says Selam, 36," after "Selam Wolde-Giorgis": her given name, one of her mentions
    if stands_as_a_word(text, word.lower()):
        return False  # the same word in lower case: a common word, capitalised here
    if not occurrences(text, word, after=_AGE_SET_OFF)[1]:
        return False
    return _speaks(text, word)


_AGE_SET_OFF = re.compile(r",\s+\d{1,3},(?!\d)")
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+$")  # "91-year-old Tuala Masina Leavasa"


def _aged_before_and_speaks(text: str, name: str) -> bool:
    """An age written before the name ("One of them, 91-year-old Tuala Masina Leavasa,"), and the name, its first word
    or its last speaking somewhere ("“…,” Tuala said")."""
    w = name.split()
    return bool(occurrences(text, name, before=_AGE_BEFORE)[1]) and any(
        _speaks(text, f) for f in (name, w[0], w[-1])
    )


def _speaks(text: str, form: str) -> bool:
    """Whether ``form`` is written right before or after a speech verb somewhere ("Tuala said", "said Tuala")."""
    return bool(
        occurrences(text, form, after=_SPEAKS_AFTER)[1] or occurrences(text, form, before=_SPEECH_BEFORE)[1]
    )


_WORD_BEFORE_AGE = re.compile(r"(?<![\w’'-])([^\W\d_]+),\s+\d{1,3},(?!\d)")
_SPEECH_BEFORE = re.compile(rf"\b(?:{'|'.join(SPEECH_VERBS)})\s+$")


# ", is a nurse at …", " was a retired teacher": a name under a copula with a trade no body has.
# A person's role set off right after the name, bare or with "the" ("Lalitha Venkatesh, secretary of the …
# Association,", "Ana Ruiz, the agency's director,"): not a body's own officer ("Unifor, its president, …"). Stricter
# than ``evidence.ROLE_SET_OFF_AFTER`` (no "its"/"a" before the role, and "of"/"at"/"for"/"with" after it), as it
# alone turns a body's name into a person's.
_PERSONS_ROLE_SET_OFF = re.compile(
    r",\s+(?!(?:its|their|whose|which|where|who|when)\b)(?:the\s+)?(?:(?!(?:the|an?)\b)[\w’'-]+\s+){0,2}?(?:"
    + "|".join(sorted(APPOSED_ROLES))
    + r")\s+(?:of|at|for|with)\b"
)
_IS_A_TRADE = re.compile(
    r",?\s+(?:is|was)\s+an?\s+(?:[a-z-]+\s+){0,2}?(?:"
    + "|".join(sorted(OCCUPATIONS - ORG_NOUNS - BUSINESS_ROLES))
    + r")\b"
)


# ", who has run the food bank for eight years, said": a relative clause on "who" set off by commas, then
# a speech verb; a place or a body takes "which", and a team that takes "who" takes a plural verb too
# ("Aston Villa, who are fourth, said"): one person "is", "was", "has".
_WHO_AFTER = re.compile(r",\s+who\s+(?!are|were|have)[a-z]")
_WHO_THEN_SAID = re.compile(
    rf",\s+(?:whose|who(?!\s+(?:are|were|have)\b))\b[^.;:!?“”\"\n]{{1,200}}?,\s+{SAID_VERBS}\b"
)


def relabel_who_speakers(b: Build) -> None:
    """A name of 1-3 capitalised words tagged another kind is a person's when the article sets a "who"
    clause after it, or after its last word alone, and then has it speak ("Ade Sowande, who has run the
    food bank for eight years, said"; "Aboagye, who had missed from the spot, said" for "Dominic Aboagye"):
    the name and its short form become people; so does a name of two words that opens with a given name
    and has a "who" clause after it ("Eleanor Pike, who taught music for 38 years"), and one of two words that
    speaks and ends in a surname the model tagged a person's alone ("Ravindra Kumbar said" beside "Mr. Kumbar
    said"). A name shaped like an
    institution keeps its kind, and so does one the article writes after "the" or a body's letters it defines in
    brackets."""
    text = b.text
    people: set[str] = set()
    surnames = {m.norm for m in b.mentions if m.label == "PERSON" and " " not in m.norm}
    for m in b.mentions:
        w = m.norm.split()
        if m.label not in ("ORG", "GPE", "NORP", "LOC", "FAC") or not 1 <= len(w) <= 3:
            continue
        if not all(x[:1].isupper() and _letters(x) for x in w) or _institution_kind(b, m):
            continue
        if occurrences(text, m.norm, before=THE_BEFORE)[1] or (m.norm.isupper() and f"({m.norm})" in text):
            continue  # ("Counsel to INEC, who spoke …": a body's letters the article defines, whoever spoke for it)
        forms = (m.norm, w[-1]) if len(w) > 1 else (m.norm,)
        if any(occurrences(text, form, after=_WHO_THEN_SAID)[1] for form in forms):
            people.add(m.norm)
        elif len(w) == 2 and opens_with_given_name(m.norm) and occurrences(text, m.norm, after=_WHO_AFTER)[1]:
            people.add(m.norm)  # "Eleanor Pike, who taught music …": a given name and a "who" clause
        elif len(w) == 2 and w[-1] in surnames and occurrences(text, m.norm, after=_SPEAKS_AFTER)[1]:
            people.add(
                m.norm
            )  # "Ravindra Kumbar said", the model's person "Kumbar" elsewhere ("Mr. Kumbar said")
    ends = {n.split()[-1] for n in people}
    for m in b.mentions:
        if m.label in ("ORG", "GPE", "NORP", "LOC", "FAC") and (m.norm in people or m.norm in ends):
            m.label = "PERSON"


def _name_word(word: str) -> bool:
    """A capitalised word of a name, or one opening with an elided particle ("d'Entremont", "l’Heureux")."""
    return (word[:1].isupper() or _ELIDED_PARTICLE.match(word) is not None) and _letters(word)


_ELIDED_PARTICLE = re.compile(r"[dl][’'][A-Z]")


def _letters(word: str) -> bool:
    """A word of letters, joined by hyphens or apostrophes ("Willis-Grant", "O'Neill")."""
    return re.sub(r"[-'’]", "", word).isalpha() and word[-1:].isalpha()


# Where a place is written: after "in", "near", "outside", "around" or "via", with an article or a capitalised word of the
# place's name the model left out ("in To Kwa Wan") between; never a possessive after it ("in Smith's view").
_PLACE_BEFORE = re.compile(r"\b(?:in|near|outside|around|via)\s+(?:(?:a|an|the)\s+)?(?:[A-Z][a-z]+\s+)?$")
_NOT_POSSESSIVE = re.compile(r"(?![’']s\b)")


def _kind_by_place(text: str, name: str, named_as_person: bool) -> str | None:
    """ "GPE" for a "person" with no given name, in no full name, that the article writes only where a place goes
    (``_PLACE_BEFORE``: "a room in a Sham Shui Po tenement", "a unit in To Kwa Wan"), never as anyone who acts or
    speaks; else None."""
    if named_as_person:
        return None
    total, placed = occurrences(text, name, before=_PLACE_BEFORE, after=_NOT_POSSESSIVE)
    return "GPE" if total > 0 and placed == total else None


def _first_words_of_bodies(text: str, org_names: set[str], vocab) -> set[str]:
    """The first words of bodies' names of three words or more ("Crestline" of "Crestline Senior Living"), each the
    first word of one such name only, that the article writes alone only after the whole name: its short form. A name
    the article writes alone before it ("Trump" before "Trump University") is someone's own."""
    firsts: dict[str, list[str]] = {}
    for n in org_names:
        words = n.split()
        if len(words) >= 3 and not opens_with_given_name(n) and words[0][:1].isupper():
            firsts.setdefault(words[0], []).append(n)
    out = set()
    for word, names in firsts.items():
        if len(names) != 1 or vocab[word.lower()].is_stop:
            continue
        whole = text.find(names[0])
        alone = [a for a, _ in word_hits(text, word) if not text.startswith(names[0], a)]
        if whole >= 0 and alone and min(alone) > whole:
            out.add(word)
    return out


def _kind_by_team(text: str, name: str, named_as_person: bool) -> str | None:
    """ "ORG" for a "person" whose name ends in a plural ("Colts", "Jaguars") with no given name, in no full name, that
    the article writes after "the": a team or a body ("the Indianapolis Colts", "The Jaguars (4-5) host …"); a full
    name only so, every time. Else None."""
    last = name.split()[-1]
    if named_as_person or not last.endswith("s") or last.endswith(("ss", "'s", "’s")):
        return None
    total, after_the = occurrences(text, name, before=THE_BEFORE)  # "the" right before, nothing between
    if not after_the or (" " in name and after_the < total):
        return None
    return "ORG"


_SPEAKS_AFTER = re.compile(rf"\s+(?:{'|'.join(SPEECH_VERBS)})\b")
_SAID_AFTER = re.compile(rf"(?:,\s+\d+,)?\s+{SAID_VERBS}\b|\s+of\s+(?:the\s+)?[A-Z]")
# ", a developer in Bangalore", ", a 34-year-old nurse": a description of a person in apposition.
# a description set off after the name that goes on with "who": a person's ("a 245-pound center who …", "the economist who led the research")
_WHO_APPOSED = re.compile(r",\s+(?:an?|the)\s+[^,.;:“”\"]{1,60}?\s(?:who|whose)\s")
# A person's relative clause right after the name, its verb singular ("Shannon Pettibone, who lives on Elmhurst
# Avenue,"): a body's is "which", and a club's "who" takes a plural ("Aston Villa, who are fourth").
_WHO_AFTER = re.compile(r",\s+who\s+(?!are\b|were\b|have\b)")


def _who_after(b: Build, m: Mention) -> bool:
    """Whether a person's relative clause follows the mention (``_WHO_AFTER``)."""
    return _WHO_AFTER.match(b.text, span_chars(b.doc, m)[1]) is not None


_PERSON_APPOSED = re.compile(rf",\s+an?\s+(?:[\w-]+\s+){{0,3}}?(?:{'|'.join(sorted(ROLE_NOUNS))})s?\b")


def _joined_to_a_full_name(b: Build, m: Mention) -> bool:
    """The mention and a person's full name are conjuncts of one list, no semicolon between them ("Maya
    Rodriguez and Dev Fitzgerald"; not "Allen and Stanton Streets", a lone word, nor "holdings include
    Warner Music; Ronnie Cameron, …")."""
    doc = b.doc
    root = doc[m.start : m.end].root
    beside = ([root.head] if root.dep_ == "conj" else []) + [c for c in root.children if c.dep_ == "conj"]
    for t in beside:
        p = next((p for p in b.mentions if p.label == "PERSON" and p.start <= t.i < p.end), None)
        if p is None or " " not in p.norm:
            continue
        lo, hi = (m.end, p.start) if p.start >= m.end else (p.end, m.start)
        if not any(x.text == ";" for x in doc[lo:hi]):
            return True
    return False


def _named_like_a_person(b: Build, m: Mention) -> bool:
    """The article writes this name as a person's: a role noun before it ("entrepreneur Ana Ruiz"), a
    speech verb, an age, a person's description ("Priya Raman, a developer in Pune") or an affiliation
    after it ("Lester Holt of NBC News"), a person joined to it by "and" ("Maya Ruiz and Dev Kerr"), a place's or body's possessive before it ("Vancouver's Antoine
    Roussel"), or its last word elsewhere tagged a person or before a speech verb
    ("Ruiz said", "Grant-Lewis said"); never after "the" anywhere ("the Hoover Institution", "the Houston Astros")."""
    doc, text = b.doc, b.text
    if occurrences(text, m.norm, before=THE_BEFORE)[1]:
        return False
    if m.start and (doc[m.start - 1].lower_ in ROLE_NOUNS or doc[m.start - 1].lower_.rstrip(".") in TITLES):
        return True  # "entrepreneur Ana Ruiz", "Bloc Québécois MP Marie-Ève Desrochers"
    if (
        m.label == "ORG"
        and m.start >= 2
        and doc[m.start - 1].tag_ == "POS"
        and doc[m.start - 2].ent_type_ in ("GPE", "ORG")
    ):
        return True  # a team's, city's or outlet's person: "Vancouver's Antoine Roussel" (not a place:
        # "New York's Long Island")
    _, e = span_chars(doc, m)
    if _SAID_AFTER.match(text, e) or _PERSON_APPOSED.match(text, e) or ROLE_SET_OFF_AFTER.match(text, e):
        return True  # "Shelley d'Entremont, president of the union local, said"
    if _WHO_APPOSED.match(text, e):
        return True  # "Esteban Villarreal, a 245-pound center who also plays nose guard,"
    if _joined_to_a_full_name(b, m):
        return True  # "hosted by Maya Rodriguez and Dev Fitzgerald"
    last = m.norm.split()[-1]
    if any(
        not (m.start <= t.i < m.end) and (t.ent_type_ == "PERSON" or before_a_speech_verb(t))
        for t in b.uses(last)
    ):
        return True
    if _surname_set_off_as_a_person(text, last, span_chars(doc, m)):
        return True  # "Obi, a senior who led all scorers, said" beside "Marcus Obi"
    if _subject_he_or_she_goes_on_about(doc, m):
        return True  # "Marcus Bell coaches a Little League team …. On flaring nights, he canceled practice twice."
    # a surname the tokenizer splits ("Grant-Lewis said"): read in the text
    return "-" in last and occurrences(text, last, after=_SPEAKS_AFTER)[1] > 0


def _subject_he_or_she_goes_on_about(doc, m: Mention) -> bool:
    """The name opens its sentence as the subject of a verb right after it, and the next sentence, in the same
    paragraph, has "he" or "she" for a subject: the narration goes on about a person ("Marcus Bell coaches a Little
    League team …. On flaring nights this summer, he canceled practice twice.")."""
    opens = (
        m.start == 0 or doc[m.start].is_sent_start or doc[m.start - 1].is_space
    )  # (a paragraph's break before it)
    if m.end >= len(doc) or doc[m.end].pos_ != "VERB" or not opens:
        return False
    sent = doc[m.start].sent
    if sent.end >= len(doc) or "\n" in doc[sent.end - 1].text + doc[sent.end - 1].whitespace_:
        return False
    following = doc[sent.end].sent
    return any(t.dep_ == "nsubj" and t.lower_ in ("he", "she") for t in following)


def _surname_set_off_as_a_person(text: str, last: str, span: tuple[int, int]) -> bool:
    """The name's last word written alone elsewhere with a person's description set off after it ("Obi, a
    senior who led all scorers with 26 points, said", "Ruiz, a 34-year-old nurse,"): a surname, so a person's
    name."""
    start, end = span
    return len(last) > 1 and any(
        _WHO_APPOSED.match(text, e) or _PERSON_APPOSED.match(text, e)
        for a, e in word_hits(text, last)
        if not start <= a < end
    )
