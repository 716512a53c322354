"""People the model missed: left untagged, tagged as something else, or cut around a nickname.

Each pass adds a person mention where the text writes a name as a person's: a given name and a
surname with a description or a speech verb, a name in a series of people, a surname the model tagged
a place beside its untagged full name, a full name with a nickname inside it.
"""

from __future__ import annotations

import re

from bot.nlp.actors.build import PLACE_LABELS, Build, span_chars
from bot.nlp.actors.evidence import (
    APPOSED_ROLE,
    ROLE_SET_OFF_AFTER,
    SET_OFF_SAID,
    data_given_name,
    is_region,
    occurrences,
    opens_with_given_name,
    stands_as_a_word,
    titled_before,
)
from bot.nlp.actors.gender import given_name_gender
from bot.nlp.actors.lexicon import (
    ABBREVIATED_GIVEN_NAMES,
    APPOSED_ROLES,
    CHINESE_SURNAMES,
    DEMONYM_LEAD,
    FIRM_NAME_ENDINGS,
    GIVEN_NAMES,
    GROUP_LEADS,
    HYPHENED_GIVEN,
    NAME_PARTICLES,
    OCCUPATIONS,
    OFFICE_WORDS_AFTER_TITLES,
    ORG_HEADS,
    PERSON_DESCRIPTIONS,
    PERSONAL_TITLES,
    PLACE_HEADS,
    POST_NOMINALS,
    PSEUDONYM_AFTER,
    PSEUDONYM_BEFORE,
    PSEUDONYM_WITHHELD,
    ROLE_NOUNS,
    SAID_VERBS,
    SOFT_TITLES,
    SPEECH_VERBS,
    SURNAME_PARTICLE_WORDS,
    SURNAME_PREFIXES,
    TEAM_ROLE_AFTER,
    TITLES,
)
from bot.nlp.actors.merge import is_initials_of
from bot.nlp.actors.names import Mention, normalise_name, person_words, strip_possessive

# Capitals and small letters of the Latin alphabets of Western Europe ("Seán", "Ó", "Søren").
_UP, _LOW = "A-ZÀ-ÖØ-ÞĀ-ž", "a-zß-öø-ÿĀ-ž"  # Latin-1 and Latin Extended-A ("Havlíčková", "Łukasz")
# A given name (hyphenated too, "Jean-François") and a surname, with a lower-case particle before it ("de la
# Durantaye", "van der Berg") or an Irish one.
_LOWER_PARTICLES = r"(?:(?:de la|de los|van der|van den|de|del|della|di|da|dos|das|du|van|von) )"
_HYPHENED_TAIL = r"(?!(?:based|led|born|owned|run|made|style|like|era|backed|funded|area|wide)\b)[a-z]{2,5}"
_UNTAGGED_NAME = re.compile(
    rf"(?=\b([{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?) ({_LOWER_PARTICLES}?(?:{SURNAME_PARTICLE_WORDS} )?"
    rf"{SURNAME_PREFIXES}?[{_UP}][{_LOW}]+(?:['’][{_LOW}]{{2,}})?(?:-[{_UP}][{_LOW}]+|-{_HYPHENED_TAIL})?)\b)"
)  # a glottal stop written as an apostrophe inside the surname ("Tevita Ma'ake"); two letters at least
# after it, so a possessive ("Dolores Trujillo's") is no part of the name; a Cantonese given name's small tail after
# its hyphen ("Chan Wing-kei", surname first), never a compound's ("Smith-led", "Toronto-based")


# A person's age set off right after a name: ", 29," or, as Indian papers write it, " (34)".
_AGE_SET_OFF = re.compile(r"\s*(?:,\s+\d{1,3},(?!\d)|\(\d{1,3}\))")
# A player's score or figures right after the name in a match report's scorers or bowling line ("E Moriarty 1-3, J
# Keaveney 0-6 (5f)", "A Lindqvist 4-32"): the line lists players.
_SCORE_AFTER = re.compile(r" \d{1,2}-\d{1,3}\b")
# A description set off by commas and then a speech verb right after a name (", a team leader with Mine Rescue
# Services, said"): with the surname alone speaking elsewhere, the article writes the two words as a person's.
_DESCRIBED_THEN_SAID = re.compile(rf",\s+(?:a|an|the)\s+[^,.;:\"“”()\n]{{1,60}},\s+{SAID_VERBS}\b")
_WHO_AFTER = re.compile(r",\s+who\s")
_ROLE_AFTER = re.compile(rf"(?:[’']s?)?\s*(?:,\s+(?:a|an|\d+|who|whose)\b|\s+{SAID_VERBS}\b|{APPOSED_ROLE})")
# "The Minister of Arts and Culture, " / "the city's chief planner, ": a role only a person holds, with its
# body or place after "of", "for" or "at", set off by a comma right before a name (which a comma closes), a rank's
# initials between ("the spokesperson for the Ogun State Police Command, SP Omolola Adebanjo,").
_APPOSED_ROLE_BEFORE = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'-]+\s+){{0,3}}?"
    rf"(?i:{'|'.join(sorted(APPOSED_ROLES))})(?:\s+(?:of|for|at)\s+[^,.;:“”\"\n]{{1,60}})?,\s+(?:[A-Z]{{2,4}}\s+)?$"
)
# Kinds the actor table does not list: a name the model tagged one of these is as good as untagged.
UNLISTED = frozenset({"", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"})


# " of Ridgeford, Alta.," / " of Moose Jaw, Sask.": a town and its province or state after a name.
_OF_TOWN_AND_REGION = re.compile(
    r" of (?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+, ([A-Z][A-Za-z.]{1,12})(?=[,.;\s])"
)


def _of_a_hometown(text: str, span) -> bool:
    """Whether a town and its province or state follow the name ``span`` with "of", as newsrooms give a
    person's home, and the name is its clause's subject ("Shayla Vandermeer of Ridgeford, Alta., won the barrel
    racing"; not "a ride operated by Delaney Amusements of Grand Forks, N.D."): a person's name."""
    found = _OF_TOWN_AND_REGION.match(text, span.end_char)
    return found is not None and is_region(found.group(1)) and span.root.dep_ in ("nsubj", "nsubjpass")


def _title_for_a_given_name(doc, span, given: str) -> bool:
    """Whether the first word is a title, not a given name: a rank after another title ("Det Garda Moriarty"), a
    courtesy title ("Mr Pickering, 67, told …"), or a trade capitalised only as its sentence's first word ("Hooker
    Rhodri, 31, is one of four players …": the hooker is Rhodri)."""
    low = given.lower()
    if span[0].is_sent_start and low in OCCUPATIONS:
        return True
    return (low in TITLES and titled_before(doc, span.start)) or low.rstrip(".") in PERSONAL_TITLES


# A name in capitals opening a paragraph, as a tabloid or a sports page sets its lede's first words ("SHAMAR BASCOMBE got
# the runs."), before a word in lower case.
_SHOUTED_LEDE = re.compile(r"(?:^|\n)([A-Z][A-Z'’-]+) ([A-Z][A-Z'’-]+)(?= [a-z])")


def add_shouted_lede_names(b: Build) -> None:
    """A given name and a surname in capitals opening a paragraph ("SHAMAR BASCOMBE got the runs.") are a person's,
    shown in the article's own case, when the first is a given name (by the name data, or written alone as a person's
    elsewhere) and the surname is written elsewhere in the article as a capitalised word ("the Bascombes", "Clyde
    Bascombe"): the model tags no name in capitals."""
    doc, text = b.doc, b.text
    lone = None
    for hit in _SHOUTED_LEDE.finditer(text):
        given, surname = hit.group(1).title(), hit.group(2).title()
        if re.search(rf"\b{re.escape(surname)}", text) is None:
            continue
        lone = _lone_person_names(b) if lone is None else lone
        if not (_given(given, surname) or given in lone):
            continue  # (the given name the data know, or one the article writes alone as a person's: "Shamar")
        span = doc.char_span(hit.start(1), hit.end(2))
        if span is None or any(m.start < span.end and span.start < m.end for m in b.mentions):
            continue
        b.mentions.append(Mention(span.start, span.end, span.text, f"{given} {surname}", "PERSON", None))
    b.mentions.sort(key=lambda m: m.start)


def add_untagged_people(b: Build) -> None:
    """A given name and a surname the model left untagged (or tagged a kind we do not list, a work or a
    product) are a person when the article writes them as one: a description, age, role or speech verb
    after the full name ("Will Young, a locomotive mechanic", "Ana Ruiz, the agency's director", "Ana
    Ruiz, head of research at …"), or the surname alone before a speech verb elsewhere ("Laurin
    said")."""
    doc, text = b.doc, b.text
    lone, said_pairs = _lone_person_names(b), _said_pairs(b)
    tagged = {m.norm for m in b.mentions if m.label == "PERSON"}
    opened_by, added, kin = [], [], []
    # a given name the model tagged a place on its own ("Marta Ernesto Namuera, 52,": "Marta" a place)
    places = {m.start: m for m in b.mentions if m.label in PLACE_LABELS and m.end - m.start == 1}
    bodies = _surnames_tagged_bodies(b)
    for hit in _untagged_names(text):
        given, surname = hit.group(1), hit.group(2)
        span = doc.char_span(hit.start(1), hit.end(2))
        if span is None or _title_for_a_given_name(doc, span, given):
            continue
        # (a given name the name data lack, tagged a place, with the surname of a person named in full: "Ananya
        # Panda" beside "Sudhakar Panda")
        place = _given_name_read_as_place(b, places.get(span.start), given, surname)
        # the given name proven: by the name data, written alone as a person, or an age set off after the name
        given_proven = given in lone or _given(given, surname) or _aged(text, span)
        body = bodies.get(span.start + 1) if len(span) == 2 and given_proven else None
        if any(
            (
                t.ent_type_ not in UNLISTED
                and not (place and t.i == span.start)
                and not (body and t.i > span.start)
                and not (given_proven and t.i == span.end - 1 and _surname_read_as_a_date(t))
            )
            or t.i in b.excluded
            for t in span
        ):
            continue
        proven = (
            _given(given, surname)
            or given in lone
            or (titled_before(doc, span.start) and not span[0].is_stop)
            # "Minister for Fisheries Ropate Veikune said" (the run's last word right before the name, never its "for";
            # the name before a speech verb: "Minister for Disaster Recovery Kate …" holds no name "Recovery Kate")
            or (
                span.start > 0
                and doc[span.start - 1].is_title
                and f"{given} {surname}" in said_pairs
                and _title_run_before(doc, span.start)
            )
            or (span.start > 0 and doc[span.start - 1].text in POST_NOMINALS)  # "Liberal MP Amrit Grewal"
            # "Mrs Folake Adeyemi-Johnson" (not "Miss The Mark")
            or _role_set_off_after(doc, text, span)
            or _role_set_off_before(text, span)
            or _AGE_SET_OFF.match(text, span.end_char) is not None  # "Olamide Bankole, 29, who works …"
            or _of_a_hometown(text, span)  # "Shayla Vandermeer of Ridgeford, Alta., won"
            or _described_before_set_off(doc, span)  # "For retiree Lim Siew Hoon, the day …"
            or (span.start > 0 and doc[span.start - 1].lower_ in GROUP_LEADS)  # "Sisters Ama Boateng and …"
            or _second_of_a_group(doc, span)  # "sisters Jasmeet and Harleen Sandhu"
            # "Thabo Mahlangu, a team leader with Mine Rescue Services, said …" and "Mahlangu told …" elsewhere
            or (
                (
                    _DESCRIBED_THEN_SAID.match(text, span.end_char) is not None
                    # "Brody Tkachuk, who lives two houses down, said …" and "Tkachuk said" elsewhere: "who" is a person's
                    # (not "For Ellie, who is studying …": a word opening the sentence before a given name)
                    or (_WHO_AFTER.match(text, span.end_char) is not None and not span[0].is_stop)
                )
                and given.lower().rstrip(".") not in TITLES
                and surname in b.said
            )
            # "Bev and Don Ketchum have run a charter …" ¶ "“…,” Bev Ketchum said": said, with the surname of a
            # person named in full (the model read the pair as a work's title)
            or (f"{given} {surname}" in said_pairs and not span[0].is_stop and _a_persons_surname(b, surname))
        )
        if not proven and f"{given} {surname}" not in said_pairs:
            kin += _opening_subject(span, given)  # "Sione Vaipulu has picked apples …", a relative's
            continue
        # the model tagged the end of the name as a person elsewhere ("Havlíčková said", "Chebet Kiprop,
        # who finished third"): the given name before it completes that person's name
        ends_tagged = (surname in tagged and " " not in surname) or body is not None
        if (third := _third_name_word(b, span.end)) is not None:
            tail_tagged = f"{surname} {third.text}" in tagged
            longer = _with_third_word(b, span, third, tail_tagged)
            ends_tagged = longer is not None and tail_tagged
            if longer is not None:
                span, surname, proven = longer, third.text, True
        family_speaks = f"{given} {surname}" in said_pairs and _a_persons_surname(b, surname)
        if place is not None and not (_set_off_as_a_person(text, span) or family_speaks):
            continue  # a place before a name stays one, unless the name is set off as a person's or speaks
            # with a family's surname ("Ananya Panda told this newspaper" beside "Sudhakar Panda")
        if any(
            t.i in b.covered or (m.start <= t.i < m.end and m is not place and m is not body)
            for t in span
            for m in b.mentions
        ):
            continue
        if not proven:
            opened_by.append(span)  # two words said alone prove only the name they open
            continue
        span = _with_opening_given_name(doc, span)  # "Luiza Maria da Costa" opening its sentence
        span = _with_surname_first(b, span)  # "Minister of State for Manpower Ong Li Ting" … "Ms Ong said"
        # "Marisol Villarreal, Ray’s daughter," beside "Ray Villarreal" and "Marisol says": the given name a person
        # alone, the surname a person's named in full
        family = given in lone and (_a_persons_surname(b, surname) or _family_named(text, surname))
        if not _written_as_a_person(b, span, surname, ends_tagged or family):
            kin += _opening_subject(span, given)  # "Sione Vaipulu has picked apples …", a relative's
            continue
        for tagged_part in (place, body):
            if tagged_part is not None and tagged_part in b.mentions:
                b.mentions.remove(tagged_part)
        b.mentions.append(Mention(span.start, span.end, span.text, span.text, "PERSON", None))
        added.append(span.text)
    added += _add_relatives(b, kin)
    _extend_surnames_to_full_names(b, added)
    # "Þórdís Björk said", once "Þórdís Björk Halldórsdóttir" is a person: the short form is a mention too
    opened = {
        " ".join(m.norm.split()[:2]) for m in b.mentions if m.label == "PERSON" and len(m.norm.split()) == 3
    }
    for span in opened_by:
        if span.text in opened and span.end < len(doc) and doc[span.end].lower_ in SPEECH_VERBS:
            b.mentions.append(Mention(span.start, span.end, span.text, span.text, "PERSON", None))
    b.mentions.sort(key=lambda m: m.start)


def _surname_read_as_a_date(tok) -> bool:
    """A surname the model tagged a date or a time by itself ("the youngest of the three brothers, Shane Dineen,":
    "Dineen" a DATE): a capitalised word of letters, no calendar word, the entity's one word."""
    return (
        tok.ent_type_ in ("DATE", "TIME")
        and tok.ent_iob_ == "B"
        and (tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
        and tok.is_title
        and tok.is_alpha
        and tok.lower_ not in _DAYS_AND_MONTHS
    )


def _given_name_read_as_place(b: Build, place, given: str, surname: str):
    """``place``, the model's place at a name's first word, when that word is a given name by the name data or the
    surname is a person's named in full ("Ananya Panda" beside "Sudhakar Panda"); else None."""
    if place is None or data_given_name(f"{given} {surname}") or _a_persons_surname(b, surname):
        return place
    return None


def _extend_surnames_to_full_names(b: Build, names: list[str]) -> None:
    """A surname tagged alone right after the untagged given name of a two-word name just added ("Harjit Sandhu
    said", the model's person "Sandhu" after "Harjit") is a mention of that full name, not of a bare surname
    the family shares."""
    doc = b.doc
    full = {tuple(n.split()): n for n in names if len(n.split()) == 2}
    for m in b.mentions:
        if m.label != "PERSON" or m.end - m.start != 1 or m.start == 0:
            continue
        given = doc[m.start - 1]
        name = full.get((given.text, m.norm))
        if name is not None and not any(o.start <= given.i < o.end for o in b.mentions):
            m.start, m.surface, m.norm = given.i, f"{given.text} {m.surface}", name


def _a_persons_surname(b: Build, surname: str) -> bool:
    """Whether a person of the article is named in full with ``surname`` last."""
    return any(
        m.label == "PERSON" and " " in m.norm and m.norm.rsplit(" ", 1)[1] == surname for m in b.mentions
    )


def _opening_subject(span, given: str) -> list:
    """``[span]`` when an untagged two-word name opens its sentence as the subject of the verb right after it ("Sione
    Vaipulu has picked apples …") or as its owner ("Elisapie Annanack’s three-bedroom house holds 11 people."), as a
    person's or a body's name does; else ``[]``."""
    doc = span.doc
    opens = (
        len(span) == 2
        and span[0].is_sent_start
        and span[0].pos_ == "PROPN"  # not "Despite Trump’s claims, …"
        and not span[0].is_stop
        and given.lower().rstrip(".") not in TITLES
        and span.end < len(doc)
        and (doc[span.end].pos_ in ("VERB", "AUX") or doc[span.end].tag_ == "POS")
    )
    return [span] if opens else []


def _add_relatives(b: Build, spans: list) -> list[str]:
    """Each of ``spans`` (``_opening_subject``) that is a relative of a person named in full (``_kin_of_a_named_person``)
    and overlaps no mention, as a person's mention; the names added."""
    added = []
    for span in spans:
        if _kin_of_a_named_person(b, span) and not any(_overlaps(m, span) for m in b.mentions):
            b.mentions.append(Mention(span.start, span.end, span.text, span.text, "PERSON", None))
            added.append(span.text)
    return added


def _kin_of_a_named_person(b: Build, span) -> bool:
    """Whether a person of the article is named in full with the surname of ``span`` and another given name ("Sione
    Vaipulu" beside "Tevita Vaipulu, 27,"): a relative, since a body's name does not end in a person's surname."""
    given, surname = span[0].text, span[1].text
    return any(
        m.label == "PERSON"
        and len(m.norm.split()) == 2
        and m.norm.split()[1] == surname
        and m.norm.split()[0] != given
        for m in b.mentions
    )


def _surnames_tagged_bodies(b: Build) -> dict:
    """One-word bodies or places the model tagged that are the surname of a person the article names in
    full, by the token they stand at ("Lorne MacIsaac, 67," with "MacIsaac" tagged a body, beside "said
    Bernadette MacIsaac"): after a given name, a relative's surname, not a body's name."""
    surnames = {m.norm.split()[-1] for m in b.mentions if m.label == "PERSON" and len(m.norm.split()) >= 2}
    return {
        m.start: m
        for m in b.mentions
        if m.label in ("ORG", *PLACE_LABELS) and m.end - m.start == 1 and m.norm in surnames
    }


def _described_before_set_off(doc, span) -> bool:
    """Whether a lower-case trade or description of a person stands right before the name ("retiree", "nurse") and a
    comma right after it or after a third capitalised word ("For retiree Lim Siew Hoon, the day now starts …"): a
    surname-first name, whose first word no name data knows as a given name."""
    if span.start == 0 or doc[span.start - 1].lower_ not in _TRADES_AND_DESCRIPTIONS:
        return False
    if doc[span.start - 1].text[:1].isupper():
        return False
    end = span.end
    if end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper():
        end += 1
    return end < len(doc) and doc[end].text == ","


def _given(word: str, surname: str) -> bool:
    """A given name by the hand list or the name data (the article's own proof, a lone person's name, is
    the caller's)."""
    return word.lower() in GIVEN_NAMES or data_given_name(f"{word} {surname}")


# An initial before one or two capitalised names ("T Arul Prakash", "K. Venkatesh Gowda", "R Senthil
# Kumar"): how South Indian and Sri Lankan papers write a person's full name; two initials too, with a space between
# ("B K Nagaraju", "M K Stalin"; dotted ones run together only after a title's run, "Minister … H.M.
# Shivalingappa", never "U.S. Steel").
_INITIALLED_NAME = re.compile(
    rf"(?<![\w.’'-])([{_UP}](?: [{_UP}]|\.[{_UP}])?)\.? ([{_UP}](?:[’'][{_UP}])?[{_LOW}]+(?: [{_UP}][{_LOW}]+)?)\b"
)  # ("H S Channappa", "K. Venkatesh Gowda", "H.M. Shivalingappa", "F O’Gorman")
# Letters written as dotted initials run together that are a title's or a country's, never a person's initials.
_DOTTED_NOT_INITIALS = frozenset({"H.E", "U.S", "U.K", "U.N", "E.U", "D.C", "N.Y", "L.A"})
# A one-word aside set off after the name, then a speech verb.
_ASIDE_THEN_SAID = re.compile(rf",\s+(?:however|though|meanwhile|too|also),\s+{SAID_VERBS}\b")
# A title-case role only a person holds set off after the name, then a comma or a bracketed department
# (", Chief Engineer (Projects), BBMP, said").
_TITLE_SET_OFF = re.compile(
    rf",\s+(?:[{_UP}][\w’'-]*\s+){{0,3}}(?=[{_UP}])(?i:{'|'.join(sorted(ROLE_NOUNS))})\b(?=\s*[,(])"
)


def _role_set_off_after(doc, text: str, span) -> bool:
    """A role only a person holds set off after the name, or after a third word of it ("Gurpreet
    Dhaliwal, president of the … Association, said", "Þórdís Björk Halldórsdóttir, the mayor of …"),
    when the two words open the name: not the end of a longer one ("T Arul Prakash", "Þórdís Björk
    Halldórsdóttir" read from "Björk")."""
    if span.start > 0:
        before = doc[span.start - 1]
        if before.text[:1].isupper() and "\n" not in before.whitespace_ and before.text.rstrip(".").isalpha():
            return False
    if ROLE_SET_OFF_AFTER.match(text, span.end_char):
        return True
    third = doc[span.end] if span.end < len(doc) else None
    return bool(
        third is not None
        and third.text[:1].isupper()
        and third.is_alpha
        and ROLE_SET_OFF_AFTER.match(text, third.idx + len(third))
    )


def _written_as_a_person(b: Build, span, surname: str, ends_tagged: bool) -> bool:
    """Whether the words around an untagged name let it be a person's: a title before it, or else not
    the end of a longer capitalised run, not a body's or place's last word, not after "the"; with no
    title, the end already tagged or a role after it, its surname said alone somewhere."""
    doc, text = b.doc, b.text
    titled = span.start > 0 and (
        titled_before(doc, span.start)
        or _role_set_off_before(text, span)
        or _title_run_before(doc, span.start)
        or doc[span.start - 1].lower_ in OCCUPATIONS  # "Nurse Priya Ramanathan catches the ferry"
        or doc[span.start - 1].text in POST_NOMINALS  # "Gauteng Transport MEC Lerato Mahlangu-Botha said"
        or doc[span.start - 1].lower_ in GROUP_LEADS  # "Sisters Ama Boateng and Efua Boateng"
        or _second_of_a_group(doc, span)
        or _described_before_set_off(doc, span)  # "For retiree Lim Siew Hoon, the day …"
        or _after_a_places_possessive(doc, span.start)  # "Scotland’s Fraser Dunlop finished third"
    )
    if span.start and doc[span.start - 1].text[:1].isupper() and not doc[span.start - 1].is_sent_start:
        if not titled:
            return False  # part of a longer capitalised run
    if surname.lower() in ORG_HEADS or surname.lower() in PLACE_HEADS:
        return False
    if span.start and doc[span.start - 1].lower_ == "the":
        return False  # "the Sunshine State, a …"
    if (
        not titled
        and not ends_tagged
        and not _ROLE_AFTER.match(text, span.end_char)
        and not _aged(text, span)
        and not _of_a_hometown(text, span)
        and not _subject_of_speech(span)
    ):
        return surname in b.said
    return True


def _subject_of_speech(span) -> bool:
    """Whether the name, its first word a given name by the name data, is the subject of a speech verb ("Felicity Okoro
    at Marston Rayne said both sides …"): what says something is a person or a body, and a body is not named by a given
    name and a surname; nor set off with "which" ("…, which represents …, said")."""
    root = span.root
    return (
        root.dep_ == "nsubj"
        and root.head.lower_ in SPEECH_VERBS
        and root.head.i > span.end - 1
        and data_given_name(span.text)
        and not any(c.dep_ == "relcl" and any(g.lower_ == "which" for g in c.children) for c in root.children)
    )


def _after_a_places_possessive(doc, start: int) -> bool:
    """Whether a country's or a place's possessive stands right before the name ("Scotland’s Fraser Dunlop", "Britain's
    Owen Ashdown"), as a field's story writes whom a nation sent."""
    return start >= 2 and doc[start - 1].tag_ == "POS" and doc[start - 2].ent_type_ == "GPE"


def _second_of_a_group(doc, span) -> bool:
    """Whether the name is the second of two given names a group noun opens, sharing the surname after them
    ("sisters Jasmeet and Harleen Sandhu", "Twins Megan and Laura Okafor"): the noun proves both people."""
    k = span.start
    return (
        k >= 3
        and doc[k - 1].lower_ == "and"
        and doc[k - 2].text.istitle()
        and doc[k - 2].is_alpha
        and doc[k - 3].lower_ in GROUP_LEADS
    )


def _family_named(text: str, surname: str) -> bool:
    """Whether the article names a family by the surname in the plural ("the Hoffstads", "the Hoffstads’ loan"): the
    word is a family's name."""
    return re.search(rf"\b[Tt]he {re.escape(surname)}(?:s|es)\b", text) is not None


def _aged(text: str, span) -> bool:
    """An age set off right after the name (", 29," or " (68)")."""
    return _AGE_SET_OFF.match(text, span.end_char) is not None


def _with_third_word(b: Build, span, third, tail_tagged: bool):
    """``span`` with the third word after it when the article proves it part of the name: said alone, the
    last two words tagged a person, a role or age after it, a role set off or a personal title before it;
    else None."""
    text = b.text
    longer = b.doc[span.start : span.end + 1]
    if (
        third.text in b.said
        or tail_tagged
        or _ROLE_AFTER.match(text, third.idx + len(third))
        or _role_set_off_before(text, longer)
        or titled_before(b.doc, span.start)  # "Hon. Achol Mabior Kuol"
        or _described_before_set_off(b.doc, span)  # "For retiree Lim Siew Hoon, the day …"
    ):
        return longer
    return None


def _set_off_as_a_person(text: str, span) -> bool:
    """An age or a role set off right after the name, or a role set off before it."""
    return bool(
        _AGE_SET_OFF.match(text, span.end_char)
        or ROLE_SET_OFF_AFTER.match(text, span.end_char)
        or _role_set_off_before(text, span)
    )


def _role_set_off_before(text: str, span) -> bool:
    """A role only a person holds set off by commas before the name ("The Minister of Arts and Culture,
    Marie-Thérèse Ebogo-Ndzana, said"): the name is that person's."""
    end = span.end_char
    if end >= len(text) or text[end] != ",":
        return False
    start = span.start_char
    if span.start > 0 and (title := span.doc[span.start - 1]).lower_.rstrip(".") in _TITLES_BEFORE_A_NAME:
        start = (
            title.idx
        )  # "The President of the Students’ Union Government, Comrade Tunde Ajala,": its title too
    return _APPOSED_ROLE_BEFORE.search(text, max(0, start - 120), start) is not None


# Titles that may stand between a role set off and the name (``_role_set_off_before``).
_TITLES_BEFORE_A_NAME = PERSONAL_TITLES | SOFT_TITLES | TITLES


# A person's trade or a word that describes a person ("nurse", "retiree").
_TRADES_AND_DESCRIPTIONS = OCCUPATIONS | PERSON_DESCRIPTIONS
# ", a retired teacher who …", ", an elderly widow,", ", a third-grader", ", 46,": a person's trade, age or description
# set off after a name (a listed role, a trade, a word for people, or an age).
_DESCRIBED_AFTER = re.compile(
    r",\s+(?:\d{1,3},(?!\d)|an?\s+(?:[\w-]+\s+){0,3}?(?:\w+-)?(?:"
    + "|".join(sorted(_TRADES_AND_DESCRIPTIONS, key=len, reverse=True))
    + r")\b(?!-))"
)


# "asked that her last name not be used", "who gave only his first name": the article says it names the person by
# the given name alone.
_NAME_WITHHELD = re.compile(r"\b(?:last|first|family|full) name\b|\bsurname\b")


# Where a lone capitalised word may stand as a person's name: set off with "a"/"an" or a number ("Dolores, a retired
# teacher"), or after an age ("8-year-old Emmy").
_WORD_SET_OFF = re.compile(r"(?<![\w’'-])([A-Z][a-z]{2,})(?=,\s+(?:an?\s|\d))")
_AGED_WORD = re.compile(r"\b\d{1,3}-year-old ([A-Z][a-z]{2,})\b")


def add_lone_given_names(b: Build) -> None:
    """A given name the model left untagged, opening its sentence and set off with a trade, a description of a
    person or an age ("Dolores, a retired teacher who asked that her last name not be used, has been coming
    …"), is a person the article names by the given name alone, as vox pops do: a mention there and wherever
    else the word is written capitalised and untagged ("Dolores said"). A given name by the name lists, or
    by the sentence saying the person's other name is withheld ("asked that her last name not be used"); so is a
    word written after an age that speaks elsewhere ("8-year-old Emmy ran a lemonade stand" … "Emmy said"). Where the
    sentence says the other name is withheld, the given name may stand anywhere in it and the model may have tagged
    it a body or a place ("Among the students was Ava, a third-grader whose family asked that her last name not be
    used"): its one-word mentions become a person's."""
    doc, text = b.doc, b.text
    covered = {i for m in b.mentions for i in range(m.start, m.end)}
    one_word = {m.start: m for m in b.mentions if m.end - m.start == 1 and m.label != "PERSON"}
    names, relabelled = set(), set()

    def untagged_word(start: int, end: int):
        span = doc.char_span(start, end)
        if span is None or len(span) != 1:
            return None
        tok = span[0]
        bare = tok.ent_type_ in UNLISTED and tok.i not in covered and tok.lower_ not in TITLES
        return tok if bare else None

    # (read where the text can match, not word by word: most articles set off no given name alone)
    aged = [hit for hit in _AGED_WORD.finditer(text) if untagged_word(hit.start(1), hit.end(1)) is not None]
    # "8-year-old Emmy ran a lemonade stand" … "Emmy said": an age before a word that speaks
    names.update(hit.group(1) for hit in aged if hit.group(1) in b.said)
    for hit in _WORD_SET_OFF.finditer(text):
        if not _DESCRIBED_AFTER.match(text, hit.end(1)):
            continue
        tok = untagged_word(hit.start(1), hit.end(1))
        if tok is None:
            span = doc.char_span(hit.start(1), hit.end(1))
            m = one_word.get(span.start) if span is not None and len(span) == 1 else None
            if m is not None and m.norm == hit.group(1) and _NAME_WITHHELD.search(span[0].sent.text):
                relabelled.add(m.norm)
            continue
        if not (tok.is_sent_start or (tok.i > 0 and doc[tok.i - 1].is_space)):
            continue
        if tok.lower_ in GIVEN_NAMES or data_given_name(tok.text) or _NAME_WITHHELD.search(tok.sent.text):
            names.add(tok.text)
    for m in b.mentions:
        if m.norm in relabelled and m.end - m.start == 1:
            m.label = "PERSON"
    names |= relabelled
    if not names:
        return
    for tok in sorted((t for name in names for t in b.uses(name)), key=lambda t: t.i):
        if tok.i not in covered and tok.ent_type_ in UNLISTED:
            b.mentions.append(Mention(tok.i, tok.i + 1, tok.text, tok.text, "PERSON", None))
    b.mentions.sort(key=lambda m: m.start)


# A month that is a given name too, before a capitalised word that is no day or month: "June Calloway, 46,", "April
# Dunn said" (the model reads the month as a date and the surname as a place or a body).
_MONTH_NAMED = re.compile(r"\b(April|May|June)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
# A day of the week as a given name after a courtesy title, as Nigerian and Ghanaian names go ("the estate's vigilante
# coordinator, Mr Sunday Ekpo", "Chief Monday Okon"): the title proves the person.
_TITLED_DAY_NAMED = re.compile(
    r"\b(Sunday|Monday|Friday|Tuesday|Wednesday|Thursday|Saturday)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"
)
_TITLE_BEFORE_DAY = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Chief|Pastor|Comrade|Engr|Prof|Rev|Hon|Alhaji)\.? $")
_DAYS_AND_MONTHS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december""".split()
)


def add_month_named_people(b: Build) -> None:
    """A person named with a month as a given name ("The fiddle belongs to June Calloway, 46."): a person's mention
    when an age is set off after it, a speech verb follows it, or another person of the article bears the surname in
    full ("her father, Harlan Calloway"); a day of the week after a courtesy title ("Mr Sunday Ekpo"); the entities it
    overlaps give way."""
    text = b.text
    if _MONTH_NAMED.search(text) is None and _TITLED_DAY_NAMED.search(text) is None:
        return  # (read only where the text can match)
    surnames = {m.norm.split()[-1] for m in b.mentions if " " in m.norm}
    added = False
    for hit in (*_MONTH_NAMED.finditer(text), *_TITLED_DAY_NAMED.finditer(text)):
        surname = hit.group(2)
        if surname.lower() in _DAYS_AND_MONTHS:
            continue
        after = text[hit.end() : hit.end() + 12]
        titled = hit.re is _TITLED_DAY_NAMED  # "Mr Sunday Ekpo": the title makes the day a given name
        if titled and _TITLE_BEFORE_DAY.search(text, max(0, hit.start() - 10), hit.start()) is None:
            continue  # ("on Sunday Ekpo said": a day, no name)
        if not (titled or surname in surnames or re.match(r",\s+\d{1,3},|\s+(?:said|says|told)\b", after)):
            continue
        added = _put_mention(b, b.doc.char_span(hit.start(), hit.end()), "PERSON") or added
    if added:
        b.mentions.sort(key=lambda m: m.start)


def _put_mention(b: Build, span, label: str) -> bool:
    """A mention of ``label`` over ``span`` in place of the entities it overlaps, unless a person's is among them
    (unsorted: the caller sorts once); whether it was put."""
    if span is None or any(m.label == "PERSON" and _overlaps(m, span) for m in b.mentions):
        return False
    b.mentions = [m for m in b.mentions if not _overlaps(m, span)]
    b.mentions.append(Mention(span.start, span.end, span.text, span.text, label, None))
    return True


# Writings an organisation issues, whose "from" names it ("a news release from Saskatchewan RCMP").
_ISSUED_WRITINGS = frozenset("statement release report letter notice post bulletin update advisory".split())


def add_issuers_by_their_letters(b: Build) -> None:
    """A body the model left untagged, named by its letters as the issuer of a writing ("according to a news release
    from Saskatchewan RCMP"), is an organisation, a place written before its letters part of its name: "the release
    said" then reads the issuer. Letters of three to six capitals only, never a person's initials."""
    doc = b.doc
    added = False
    for tok in doc:
        if not (
            tok.is_alpha
            and tok.text.isupper()
            and 3 <= len(tok) <= 6
            and not tok.ent_type_
            and tok.i not in b.excluded
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "from"
            and tok.head.head.lemma_.lower() in _ISSUED_WRITINGS
        ):
            continue
        start = tok.i
        while (
            start > tok.head.i + 1 and doc[start - 1].dep_ == "compound" and doc[start - 1].text[:1].isupper()
        ):
            start -= 1  # ("Saskatchewan RCMP", "Ontario OPP")
        added = _put_mention(b, doc[start : tok.i + 1], "ORG") or added
    if added:
        b.mentions.sort(key=lambda m: m.start)


# A name of capitalised words, linking words inside, then its letters in brackets: "the Regional District of Okanagan
# Uplands (RDOU)".
_SPELT_OUT_LETTERS = re.compile(
    r"\b([A-Z][\w'’.&-]*(?: (?:(?:of|and|for|the|on|de|des|du|la|le) )*[A-Z][\w'’.&-]*)+) \(([A-Z][A-Za-z]{1,6})\)"
)


# Words of an office's name, which the letters after it stand for too ("Municipal Chief Executive (MCE)").
_OFFICE_WORDS = frozenset("member executive officer representative delegate".split())


def _names_an_office(words: list[str]) -> bool:
    """Whether a name spelt out for its letters holds a title's or an office's word: an office's name, no body's."""
    return any(w.lower() in TITLES or w.lower() in _OFFICE_WORDS for w in words)


def add_bodies_spelt_out_before_letters(b: Build) -> None:
    """A name spelt out right before its letters in brackets ("The Regional District of Okanagan Uplands (RDOU) issued
    the order") is an organisation's, and so are its letters wherever the article writes them alone ("the RDOU said"),
    when the letters are the name's initials and the model tagged neither as a whole: a body the model cut ("Regional
    District", a place) or missed is then the one "the RDOU said" names. Not a place's name ("Greater Toronto Area
    (GTA)": a place's last word), nor one the model tagged whole, nor over a person's."""
    doc, text = b.doc, b.text
    added = False
    for hit in _SPELT_OUT_LETTERS.finditer(text):
        name, letters = hit.group(1), hit.group(2)
        words = name.split()
        while len(words) > 2 and (not words[0][:1].isupper() or not is_initials_of(letters, " ".join(words))):
            words = words[1:]  # ("In October the Regional District of …": the run starts before the name)
        name = " ".join(words)
        if not is_initials_of(letters, name) or words[-1].lower() in PLACE_HEADS:
            continue
        if _names_an_office(words):
            continue  # an office spelt out: "Member of Parliament (MP)", "Upazila Nirbahi Officer (UNO)"
        start = hit.end(1) - len(name)
        span = doc.char_span(start, hit.end(1))
        if span is None or any(
            m.label == "ORG" and m.start <= span.start and span.end <= m.end for m in b.mentions
        ):
            continue  # (the model tagged the name, or a longer one, a body: "UN Office for the Coordination of …")
        if not _put_mention(b, span, "ORG"):
            continue
        added = True
        for tok in doc:
            if tok.text == letters and not any(m.start <= tok.i < m.end for m in b.mentions):
                b.mentions.append(Mention(tok.i, tok.i + 1, letters, letters, "ORG", None))
    if added:
        b.mentions.sort(key=lambda m: m.start)


# A run of capitalised words, linking words inside, that may spell a body's name out ("The Independent Pilots’
# Association, which represents …").
_CAPITALISED_RUN = re.compile(r"\b([A-Z][\w'’.&-]*(?: (?:(?:of|and|for|the|on) )*[A-Z][\w'’.&-]*)+)")


def add_bodies_spelt_out_for_their_letters(b: Build) -> None:
    """A body the model left untagged whose letters it tagged a body ("The Independent Pilots’ Association, which
    represents about 2,300 pilots," … "the IPA said"): the run of capitalised words whose initials are the letters and
    whose last word is a body's (``ORG_HEADS``) is the body's name, so the letters are its short form and not a body of
    their own. Only letters no name of the article already spells out; not an office's ("Senior Superintendent of
    Police" for "the SSP"), nor over a person's name, nor inside a longer body's."""
    doc, text = b.doc, b.text
    letters = {m.norm for m in b.mentions if m.label == "ORG" and m.norm.isupper() and 2 < len(m.norm) <= 6}
    letters -= {x for x in letters for m in b.mentions if " " in m.norm and is_initials_of(x, m.norm)}
    added = False
    for hit in _CAPITALISED_RUN.finditer(text):
        words = hit.group(1).split()
        for x in letters:
            k = next(
                (
                    k
                    for k in range(len(words) - 1)
                    if words[k][:1].isupper() and is_initials_of(x, " ".join(words[k:]))
                ),
                None,
            )
            if k is None or words[-1].lower().strip("’'") not in ORG_HEADS:
                continue
            if _names_an_office(words[k:]):
                break  # an office spelt out: "Senior Superintendent of Police" of "the SSP said"
            name = " ".join(words[k:])
            span = doc.char_span(hit.end(1) - len(name), hit.end(1))
            if span is None or any(
                m.start <= span.start and span.end <= m.end and m.end - m.start > len(span)
                for m in b.mentions
                if m.label == "ORG"
            ):
                continue
            added = _put_mention(b, span, "ORG") or added
            break
    if added:
        b.mentions.sort(key=lambda m: m.start)


# A union's local by its number ("Unifor Local 892", "CUPE Local 79", "Bakery and Confectionery Workers Union Local
# 418"): capitalised words (linking words between), "Local" and its number.
_UNION_LOCAL = re.compile(r"\b((?:[A-Z][\w&.’'-]*\s(?:(?:and|of|&)\s)?){1,5}Local\s\d{1,5})\b")


def add_union_locals(b: Build) -> None:
    """A union's local named by its number ("Unifor Local 892, which represents about 600 hourly workers, said it was
    “blindsided”") is an organisation with its number in its name, as the union writes it and annotators name it: the
    model leaves the whole untagged or cuts the number off. Not over a person's name."""
    added = False
    for hit in _UNION_LOCAL.finditer(b.text):
        span = b.doc.char_span(hit.start(1), hit.end(1))
        if span is not None and span[0].lower_ in ("the", "a", "an"):
            span = span[
                1:
            ]  # ("The Shipyard General Workers’ Federation Local 6": the name after the article)
        if span is None or "\n" in span.text or len(span) < 3:
            continue
        added = _put_mention(b, span, "ORG") or added
    if added:
        b.mentions.sort(key=lambda m: m.start)


# The offices a campaign committee is named for ("Ruskin-Cho for Senate", "Marsh for Congress").
_CAMPAIGN_OFFICES = frozenset(
    "Senate Congress President America Governor Mayor Council Assembly Sheriff".split()
)
# Words before a candidate's name that make "<Name> for <Office>" the person running, not the committee ("backed Marsh
# for Congress", "vote Marsh for Mayor").
_FOR_OFFICE_VERBS = frozenset(
    "vote voted voting elect elected re-elect back backed backing endorse endorsed".split()
)


def add_campaign_committees(b: Build) -> None:
    """A surname of a person of the article, "for" and an office ("In a statement, Ruskin-Cho for Senate said:") is the
    candidate's campaign committee, a body that speaks in its own name, as annotators name it; not after a verb of
    choosing ("voters backed Marsh for Congress": the candidate) nor when the surname is no one's in the article."""
    doc = b.doc
    surnames = {m.norm.split()[-1] for m in b.mentions if m.label == "PERSON" and " " in m.norm}
    added = False
    for m in list(b.mentions):
        if m.label != "PERSON" or m.surface not in surnames or m.end + 1 >= len(doc):
            continue
        if doc[m.end].lower_ != "for" or doc[m.end + 1].text not in _CAMPAIGN_OFFICES:
            continue
        if m.start > 0 and doc[m.start - 1].lower_ in _FOR_OFFICE_VERBS:
            continue
        span = doc[m.start : m.end + 2]
        b.mentions = [n for n in b.mentions if not _overlaps(n, span)]
        b.mentions.append(Mention(span.start, span.end, span.text, span.text, "ORG", None))
        added = True
    if added:
        b.mentions.sort(key=lambda m: m.start)


def add_initialled_people(b: Build) -> None:
    """An initial and one or two capitalised names, untagged or tagged a body or a place as a whole, are a
    person when a role, a description or a speech verb follows ("T Arul Prakash, secretary of the
    residents' association, told TOI", "BBMP's chief engineer (lakes), K. Venkatesh Gowda, said"). Not a
    letter opening a sentence ("A Toronto man said"): the initial is no word ("A", "I", "O"), and the names
    end in no body's or place's word."""
    doc, text = b.doc, b.text
    for hit in _INITIALLED_NAME.finditer(text):
        initial, names = hit.group(1), hit.group(2)
        span = doc.char_span(hit.start(1), hit.end(2), alignment_mode="expand")
        if "." in initial:
            # dotted initials run together ("H.M. Shivalingappa") only after a title's run, never a title's or a
            # country's letters ("H.E. Huka", "U.S. Geological Survey"); the name keeps its last full stop
            if initial in _DOTTED_NOT_INITIALS or span is None or span.start == 0:
                continue
            if not _title_run_before(doc, span.start):
                continue
            initial += "."
        if initial in ("A", "I", "O") or not (
            _ROLE_AFTER.match(text, hit.end())
            or _TITLE_SET_OFF.match(text, hit.end())
            or _ASIDE_THEN_SAID.match(text, hit.end())  # "K R Shivaprasad, however, said"
            or SET_OFF_SAID.match(text, hit.end())
            or _AGE_SET_OFF.match(text, hit.end())  # "M Revathi (34), who started …"
            or _SCORE_AFTER.match(text, hit.end())  # "Scorers – Ballycroneen: E Moriarty 1-3, J Keaveney 0-6"
            # after a title's capitalised run ("Minister for Bengaluru Development H.M. Shivalingappa, who reviewed …")
            or (span is not None and span.start > 0 and _title_run_before(doc, span.start))
        ):
            continue
        last = names.split()[-1].lower()
        if span is None or any(t.i in b.excluded for t in span):
            continue
        if last in ORG_HEADS or last in PLACE_HEADS or any(t.is_stop for t in span[1:]):
            continue
        over = [m for m in b.mentions if _overlaps(m, span)]
        if not over and all(t.ent_type_ in UNLISTED for t in span):
            b.mentions.append(
                Mention(span.start, span.end, hit.group(0), f"{initial} {names}", "PERSON", None)
            )
        elif len(over) == 1 and (over[0].start, over[0].end) == (span.start, span.end):
            over[0].label = "PERSON"  # the whole name tagged a body or a place ("K. Venkatesh Gowda")
        elif (
            len(over) == 1
            and over[0].end == span.end
            and over[0].start > span.start
            and over[0].label != "PERSON"
        ):
            # the surname alone tagged a body or a place ("Minister H S Channappa, who chaired …": "Channappa")
            m = over[0]
            m.start, m.surface, m.norm, m.label = span.start, hit.group(0), f"{initial} {names}", "PERSON"
        elif (
            len(over) == 1
            and over[0].end == span.end
            and over[0].start < span.start
            and over[0].label != "PERSON"
        ):
            # the title's words run into the name, the whole tagged a body ("Bengaluru Development H.M. Shivalingappa")
            m = over[0]
            m.start, m.surface, m.norm, m.label = span.start, hit.group(0), f"{initial} {names}", "PERSON"
    b.mentions.sort(key=lambda m: m.start)


# Titles that stand before a surname alone ("Chief Nyamande", "Dr Achterberg", "Justice Mwilu").
_SURNAME_TITLES = PERSONAL_TITLES | frozenset(
    "chief judge justice mayor prof professor pastor imam rabbi sheikh bishop cde".split()
)
_TITLED_SURNAME = re.compile(
    rf"(?<![\w.’'-])([{_UP}][{_LOW}]+)\.? ([{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)\b"
)


def add_titled_surnames(b: Build) -> None:
    """A title and one capitalised word the model left untagged are a person when a role, a description, an
    age or a speech verb follows ("Chief Nyamande, who presides over the area, thanked …", "Dr Achterberg
    said"): the title says the word is a surname. Not a word the article also writes in lower case, a role
    ("Chief Executive, who …"), a body's or a place's word, or a title ("Chief Justice")."""
    doc, text = b.doc, b.text
    for hit in _TITLED_SURNAME.finditer(text):
        title, name = hit.group(1), hit.group(2)
        low = name.lower()
        if title.lower() not in _SURNAME_TITLES or stands_as_a_word(text, low):
            continue
        if (
            low in TITLES
            or low in OFFICE_WORDS_AFTER_TITLES
            or low in OCCUPATIONS
            or low in ORG_HEADS | PLACE_HEADS
        ):
            continue  # "Chief Executive, who …", "Chief Justice"
        if not (_ROLE_AFTER.match(text, hit.end()) or SET_OFF_SAID.match(text, hit.end())):
            continue
        span = doc.char_span(hit.start(2), hit.end(2))
        if span is None or span[0].is_stop or any(t.i in b.excluded for t in span):
            continue
        if all(t.ent_type_ in UNLISTED for t in span) and not any(_overlaps(m, span) for m in b.mentions):
            norm, gender = normalise_name(span.text, "PERSON")
            b.mentions.append(Mention(span.start, span.end, span.text, norm, "PERSON", gender))
    b.mentions.sort(key=lambda m: m.start)


def _overlaps(m: Mention, span) -> bool:
    """Whether mention ``m`` shares a token with ``span``."""
    return m.start < span.end and span.start < m.end


def _lone_person_names(b: Build) -> set[str]:
    """Single words the model tagged a person ("Agus said"): the article's own proof that the word is a
    given name, when it also opens an untagged full name ("Agus Prasetyo Nugroho, a researcher")."""
    return {
        m.norm for m in b.mentions if m.label == "PERSON" and m.end - m.start == 1 and m.norm[:1].isupper()
    }


def _said_pairs(b: Build) -> set[str]:
    """Two capitalised words right before a speech verb, neither a title ("Þórdís Björk said", not "Ms
    Baxter said"): the article's proof that they are a person's given names when they open an untagged
    name of three words ("Þórdís Björk Halldórsdóttir, the mayor of Grindavík")."""
    doc, out = b.doc, set()
    for i, low in enumerate(b.lowers):
        if i < 2 or low not in SPEECH_VERBS:
            continue
        pair = doc[i - 2 : i]
        if all(
            t.is_alpha and t.text[:1].isupper() and t.lower_ not in TITLES and t.lower_ not in ROLE_NOUNS
            for t in pair
        ):
            out.add(pair.text)
    return out


def _untagged_names(text: str):
    """The matches of ``_UNTAGGED_NAME`` whose hyphenated given name, if any, is given names throughout
    ("Jean-François", not "Prince George-Mount Robson MLA")."""
    for hit in _UNTAGGED_NAME.finditer(text):
        given, surname = hit.group(1), hit.group(2)
        if "-" not in given or all(_given(p, surname) for p in given.split("-")):
            yield hit


def _with_opening_given_name(doc, span):
    """``span`` with the given name opening its sentence before it, when there is one (``_opens_the_name``)."""
    if span.start > 0 and _opens_the_name(doc[span.start - 1], span):
        return doc[span.start - 1 : span.end]
    return span


def _with_surname_first(b: Build, span):
    """``span`` with the Chinese surname right before it, untagged on the same line, when the span is a given name of
    two short syllables ("Ong" | "Li Ting") and the article calls the person by that surname alone ("Ms Ong said"): the
    name as Singapore, Malaysia and Hong Kong copy writes it, surname first."""
    doc = b.doc
    if span.start == 0 or len(span) != 2 or not all(len(t.text) <= _SYLLABLE for t in span):
        return span
    prev = doc[span.start - 1]
    if (
        prev.lower_ not in CHINESE_SURNAMES
        or not prev.is_title
        or prev.ent_type_
        or "\n" in prev.whitespace_
        or not any(m.label == "PERSON" and m.norm == prev.text for m in b.mentions)
    ):
        return span
    return doc[span.start - 1 : span.end]


# The longest syllable of a Chinese given name written apart ("Siew Hoon", "Li Ting", "Kok Wah").
_SYLLABLE = 5


def _opens_the_name(prev, span) -> bool:
    """Whether ``prev``, the sentence's first word, is the first given name of the name after it: an untagged
    given name the parser joined to the name, not a title or a role ("Sheriff Wade Kimball", "Ms Ní
    Dhochartaigh") nor a word capitalised only by its place ("Yesterday Maria da Costa said")."""
    return (
        prev.is_sent_start
        and prev.pos_ == "PROPN"
        and prev.dep_ == "compound"
        and span.start <= prev.head.i < span.end
        and not prev.ent_type_
        and prev.text.isalpha()
        and prev.text[:1].isupper()
        and not prev.is_stop
        and _given(prev.text, span.text)
        and prev.lower_.rstrip(".") not in TITLES
        and prev.lower_ not in PERSONAL_TITLES
        and prev.lower_ not in ROLE_NOUNS
    )


def _third_name_word(b: Build, i: int):
    """The token at ``i`` when it may be a third word of the untagged name before it ("Agus Prasetyo
    Nugroho"): a capitalised proper noun, untagged, no body's or place's head word; else None. It is
    taken only with the evidence a two-word name needs (a description or a speech verb after it)."""
    if i >= len(b.doc):
        return None
    tok = b.doc[i]
    if (
        tok.pos_ not in ("PROPN", "X")  # "Conor Mac Giolla Rí": a word the tagger could not place
        or not tok.text[:1].isupper()
        or not tok.text.replace("-", "").isalpha()
        or tok.text.isupper()
        or tok.ent_type_ not in UNLISTED
        or tok.i in b.covered
        or tok.i in b.excluded
        or tok.lower_ in ORG_HEADS
        or tok.lower_ in PLACE_HEADS
        or tok.lower_ in FIRM_NAME_ENDINGS  # "Island Coast Ferries president Graham Ashdown"
        or tok.is_sent_start
        or tok.i > 0
        and b.doc[tok.i - 1].whitespace_ != " "
    ):
        return None
    return tok


_SERIES_GAP = re.compile(r"^(?:,\s*(?:and\s+)?|\s+and\s+)$")


def people_in_series(b: Build) -> None:
    """A name in a series of people ("Travis Barker, Mick Foley and Amber Valletta", "fellow Canadians
    Mackenzie Hughes, Ben Silverman, Roger Sloan") is a person: a given name and a surname left
    untagged or tagged an organisation or group, or two or three capitalised words after a nationality,
    right before or after a person's name with only a comma or "and" between."""
    doc, text = b.doc, b.text
    spans = {(m.start, m.end): m for m in b.mentions}
    persons = sorted(span_chars(doc, m) for m in b.mentions if m.label == "PERSON")
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
        if not lead and not opens_with_given_name(doc[start : m.end].text):
            continue
        a, e = doc[start].idx, span_chars(doc, m)[1]
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
        if hit.group(1).lower() not in GIVEN_NAMES and not data_given_name(f"{hit.group(1)} {hit.group(2)}"):
            continue
        if beside(hit.start(1), hit.end(2)):
            b.mentions.append(Mention(span.start, span.end, span.text, span.text, "PERSON", None))
    b.mentions.sort(key=lambda m: m.start)


_RUN_JOINS = frozenset("of for in on at the and".split())  # ("Minister of State at the Department of …")


def _title_run_before(doc, start: int) -> bool:
    """Right before ``start``, a title noun ("Labour TD Ana Ruiz", "Taoiseach Ana Ruiz"), or a capitalised
    run holding one and joined by "of", "for" or "in" ("Leader of Opposition in the Assembly Ana Ruiz",
    "State Minister for Labour Ana Ruiz"): the name after it is a person's. A title that qualifies one
    ("Republican", "GOP", "State") names no office here."""
    prev = doc[start - 1]
    if _title_noun(prev):
        return True
    i, titled, joined = start - 1, False, False
    while i >= 0 and (doc[i].is_alpha or _listing_comma(doc, i)) and "\n" not in doc[i].whitespace_:
        tok = doc[i]
        if tok.text == ",":
            pass  # "Minister of Agriculture, Land and Fisheries Anil Persad": portfolios listed
        elif tok.text[:1].isupper():
            titled = titled or _title_noun(tok)
        elif tok.lower_ in _RUN_JOINS:
            joined = joined or tok.lower_ in ("of", "for", "in")
        else:
            break
        if tok.is_sent_start:
            break
        i -= 1
    return titled and joined


def _listing_comma(doc, i: int) -> bool:
    """Whether token ``i`` is a comma between two capitalised words of a run ("Agriculture, Land")."""
    return (
        doc[i].text == ","
        and 0 < i < len(doc) - 1
        and doc[i - 1].is_alpha
        and doc[i - 1].text[:1].isupper()
        and doc[i + 1].text[:1].isupper()
    )


# Words of ``TITLES`` that qualify a title rather than name one ("Former", "Republican", "Deputy").
_TITLE_ADJECTIVES = frozenset(
    """former then gop democrat democratic republican state foreign defense defence presidential vice
    deputy prime chief candidate nominee""".split()
)


def _title_noun(tok) -> bool:
    """A capitalised title that names an office ("TD", "Taoiseach", "Leader"), not one that qualifies it; or the
    office's words after a title ("Chief Executive", "Chief Financial Officer")."""
    w = tok.lower_.rstrip(".")
    return tok.text[:1].isupper() and (
        (w in TITLES and w not in _TITLE_ADJECTIVES) or _office_after_a_title(tok)
    )


def _office_after_a_title(tok) -> bool:
    """Whether ``tok`` ends an office's words written after a capitalised title ("Chief" | "Executive", "Chief" |
    "Financial Officer"): ``OFFICE_WORDS_AFTER_TITLES``, capitalised, back to the title."""
    doc, i = tok.doc, tok.i
    while i > 0 and doc[i].text[:1].isupper() and doc[i].lower_ in OFFICE_WORDS_AFTER_TITLES:
        i -= 1
    return i < tok.i and doc[i].text[:1].isupper() and doc[i].lower_.rstrip(".") in TITLES


_TEAM_ROLE_AFTER = re.compile(TEAM_ROLE_AFTER)
_PSEUDONYM_BEFORE = re.compile(PSEUDONYM_BEFORE)
_PSEUDONYM_AFTER = re.compile(PSEUDONYM_AFTER)
_PSEUDONYM_WITHHELD = re.compile(PSEUDONYM_WITHHELD)
# The second word of such a name: a capitalised word or a single capital letter ("Witness B", "Person A").
_NAME_WORD_AFTER = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b|[A-Z]\b(?![.’'])")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")


def add_pseudonyms(b: Build) -> None:
    """A name the article gives a person to hide who they are ("asked us to call her Priya (not her
    real name)", "Tom, not his real name, said") is a person, whatever the model tagged it."""
    doc, text = b.doc, b.text
    for hit in _CAPITALISED.finditer(text):
        window = text[max(0, hit.start() - 60) : hit.start()]
        before = _PSEUDONYM_BEFORE.search(window)
        if before and _PSEUDONYM_WITHHELD.search(window):
            continue  # "who declined to give his name, …": no name was given
        if not before and not _PSEUDONYM_AFTER.match(text, hit.end()):
            continue
        end = hit.end()
        if before and text[end : end + 1] == " " and (more := _NAME_WORD_AFTER.match(text, end + 1)):
            end = more.end()  # "gave her name as Galina Petrovna": a given name and a patronymic or surname;
            # "referred to as Witness B": a letter
        span = doc.char_span(hit.start(), end)
        if span is None or any(t.i in b.excluded for t in span):
            continue
        b.mentions = [m for m in b.mentions if not _overlaps(m, span)]
        b.mentions.append(Mention(span.start, span.end, span.text, span.text, "PERSON", None))
    b.mentions.sort(key=lambda m: m.start)


def add_untagged_full_names(b: Build) -> None:
    """A name the model tagged only by its surname, as a place or organisation ("Stanovaya said"), is a
    person when the article also writes it after a given name the model left untagged ("Tatiana
    Stanovaya, an independent expert"), or after any capitalised word with a role noun before it
    ("Flyhalf Thabo Mokoena slotted …"): that full name becomes a mention and the surname a person's."""
    doc, text = b.doc, b.text
    forms = {m.norm for m in b.mentions if m.label != "PERSON" and m.norm.isalpha() and m.norm[:1].isupper()}
    for form in sorted(forms):
        if len(form) < 3 or form.lower() in ORG_HEADS or form.lower() in PLACE_HEADS:
            continue
        if occurrences(text, form, after=_TEAM_ROLE_AFTER)[1]:
            continue  # "Villa boss Stefan Lindqvist": the club, whatever "Aston Villa" looks like
        for hit in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(form)}\b", text):
            span = doc.char_span(hit.start(), hit.end())
            if span is None or any(t.ent_type_ for t in span) or span[-1].tag_ == "NNPS":
                continue  # (a plural is a team's name: "the Carolina Hurricanes", never Carolina's surname)
            role_before = span.start > 0 and doc[span.start - 1].lower_ in ROLE_NOUNS
            if given_name_gender(hit.group(0)) is None and not role_before:
                continue  # a given name the data know, or a role before it ("Flyhalf Thabo Mokoena")
            # "Madame Tremblay": a courtesy title the data take for a given name is no part of the name
            b.mentions.append(
                Mention(span.start, span.end, span.text, normalise_name(span.text)[0], "PERSON", None)
            )
            for m in b.mentions:
                if m.norm == form:
                    m.label = "PERSON"
            break
    b.mentions.sort(key=lambda m: m.start)


def add_untagged_longer_names(b: Build) -> None:
    """A person's two-word name the article also writes once in full, with a middle name and perhaps a
    generation after it, that the model left untagged ("The Omanhene …, Nana Kwaku Agyeman III, commended …" ¶
    "Nana Agyeman said"): the full form becomes a mention, so the person is shown and listed by it. Only when the
    article writes one such longer form."""
    doc, text = b.doc, b.text
    pairs = {m.norm for m in b.mentions if m.label == "PERSON" and len(m.norm.split()) == 2}
    added = False
    for pair in sorted(pairs):
        first, last = pair.split()
        if text.count(first) < 2 or text.count(last) < 2:
            continue  # the short form and the full one: each word written twice at least
        found = {
            hit.span()
            for hit in re.finditer(
                rf"\b{re.escape(first)} [{_UP}][{_LOW}’'-]+(?: [{_UP}][{_LOW}’'-]+)? {re.escape(last)}"
                rf"(?: (?:{'|'.join(_GENERATIONS)})\b)?",
                text,
            )
        }
        spans = {doc.char_span(a, e) for a, e in found}
        if len(found) != 1 or None in spans:
            continue
        span = spans.pop()
        if any(t.ent_type_ not in UNLISTED or t.i in b.excluded for t in span) or any(
            m.start < span.end and span.start < m.end for m in b.mentions
        ):
            continue
        if any(t.lower_.rstrip(".") in TITLES for t in span[1:-1]):
            continue  # "Chief Inspector Lane": a rank inside, no middle name
        b.mentions.append(Mention(span.start, span.end, span.text, span.text, "PERSON", None))
        added = True
    if added:
        b.mentions.sort(key=lambda m: m.start)


# Generations written after a name ("Nana Kwaku Agyeman III", "Hartley Dunn Jr.").
_GENERATIONS = ("II", "III", "IV", "V", "VI", r"Jr\.", r"Sr\.")


_NICKNAME = re.compile(
    rf"\b([{_UP}][{_LOW}]+) [“\"‘']([^”\"’'\n]{{2,25}})[”\"’'] "
    rf"((?:(?i:{'|'.join(sorted(p for p in NAME_PARTICLES if p.isalpha()))}) )*[{_UP}][\w’'-]+)"
)  # the surname may open with particles, capitalised or not: 'Gerhardus “Gerrie” du Toit', 'Miguel “Migs” Dela Peña'


def _titled_given_name(text: str, given: str) -> bool:
    """Whether the article writes ``given`` right after a courtesy title ("Mr Thanawat said"): a person's name."""
    return re.search(rf"\b(?:Mr|Mrs|Ms|Mdm|Miss|Dr|Khun)\.? {re.escape(given)}\b", text) is not None


def _lead(tok) -> bool:
    """A capitalised word that opens a description before a name, not a name of its own: a title, a
    role noun or a nationality ("Welshman Owain ‘The Dragon’ Morgan", "Coach Ana ‘Tank’ Ruiz")."""
    low = tok.lower_.rstrip(".")
    if low in TITLES:
        return True  # "Governor", which the name data also record as a given name
    if low in GIVEN_NAMES or given_name_gender(tok.text + " X") is not None:
        return False
    return low in ROLE_NOUNS or bool(DEMONYM_LEAD.search(tok.text))


def add_nicknamed_names(b: Build) -> None:
    """A full name with a nickname inside it ('Cris “Cyborg” Justino', 'Joaquin "El Chapo" Guzman', the
    Korean order 'Lee "Sylph" Jae-won') is a person named by the given name and the surname, whatever the
    model tagged the parts, and so is the nickname written alone ("Sylph said")."""
    doc, text = b.doc, b.text
    named = None
    nicknames: dict[str, set[str]] = {}
    for hit in _NICKNAME.finditer(text):
        given, surname = hit.group(1), strip_possessive(hit.group(3))
        span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
        if span is None or (
            span.start > 0 and doc[span.start - 1].text[:1].isupper() and not _lead(doc[span.start - 1])
        ):
            continue  # 'Hillary Clinton ‘A Disgrace’ Over …': the name began before
        if not all(w[:1].isupper() for w in hit.group(2).split()):
            continue
        east_asian = bool(HYPHENED_GIVEN.match(surname))  # 'Lee "Sylph" Jae-won': surname, nickname, given
        if (
            not east_asian
            and given.lower() not in GIVEN_NAMES
            and given_name_gender(f"{given} {surname}") is None
            and doc[span.start].ent_type_ != "PERSON"  # the model read the given name as a person's
            # ("Mr Thanawat said": Thai copy calls a person by the given name)
            and not _titled_given_name(text, given)
        ):
            named = person_words(doc) if named is None else named
            if surname not in named and hit.group(2) not in named:
                continue  # the surname or the nickname named as a person's ("Vesper said")
        b.mentions = [m for m in b.mentions if not _overlaps(m, span)]
        b.mentions.append(Mention(span.start, span.end, span.text, f"{given} {surname}", "PERSON", None))
        nicknames.setdefault(hit.group(2), set()).add(f"{given} {surname}")
    given_at = _names_known_as(b, nicknames)
    _nicknames_alone(b, nicknames, given_at)
    b.mentions.sort(key=lambda m: m.start)


# "Margaret Sobczak, who has lived next door for 40 years and is known to everyone on the block as Marge": the one
# word the article then calls her by ("Marge said"), a courtesy title before it or not ("known to villagers as Mang
# Tonyo"); not the first word of a longer name or title ("known as the Iron Lady", "known as Big Tom").
_KNOWN_AS = re.compile(
    r"\b(?:known|referred to)\b[^.;:!?\n]{0,60}?\bas\s+(?:(?i:"
    + "|".join(sorted(PERSONAL_TITLES, key=len, reverse=True))
    + r")\.?\s+)?[“\"‘']?([A-Z][a-z]+)\b(?![’'-]\w)[”\"’']?(?!\s+[A-Z])"
)


def _names_known_as(b: Build, nicknames: dict[str, set[str]]) -> set[int]:
    """Each name the article says a person is known as (``_KNOWN_AS``) is that person's nickname: the person named
    in full last before it in its sentence. Returns the tokens where the nicknames are given."""
    given_at: set[int] = set()
    for hit in _KNOWN_AS.finditer(b.text):
        at = b.doc.char_span(hit.start(1), hit.end(1), alignment_mode="expand")
        if at is None:
            continue
        given_at.update(range(at.start, at.end))
        start = at.sent.start
        full = [
            m for m in b.mentions if m.label == "PERSON" and " " in m.norm and start <= m.start < at.start
        ]
        last = max(full, key=lambda m: m.start, default=None)
        if last is not None and hit.group(1) not in last.norm.split():
            nicknames.setdefault(hit.group(1), set()).add(last.norm)
    return given_at


def _nicknames_alone(b: Build, nicknames: dict[str, set[str]], given_at: set[int]) -> None:
    """A nickname written alone after the full name that holds it ("Sylph said" after 'Lee "Sylph"
    Jae-won') is that person, whatever the model tagged it, and so is one the model left untagged as a name or a
    subject ("Teacher said" after "Clive Mohammed, known in mas circles simply as “Teacher,”"); a nickname two people
    share is left."""
    for m in b.mentions:
        full = nicknames.get(m.norm)
        if full and len(full) == 1 and m.label in ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"):
            m.norm, m.label = next(iter(full)), "PERSON"
    alone = {word: next(iter(full)) for word, full in nicknames.items() if len(full) == 1 and " " not in word}
    if not alone:
        return
    covered = {i for m in b.mentions for i in range(m.start, m.end)}
    for t in b.doc:
        if (
            t.text in alone
            and (t.pos_ == "PROPN" or t.dep_ == "nsubj")
            and t.i not in covered
            and t.i not in given_at
            and t.i > min(given_at, default=0)
        ):
            b.mentions.append(Mention(t.i, t.i + 1, t.text, alone[t.text], "PERSON", None))


def join_given_names_before_initials(b: Build) -> None:
    """ "Tarnue J. Mulbah", the model tagging "J. Mulbah" alone: one untagged capitalised word right before a
    person's name that opens with an initial is the name's given name (not a title, "President J. Mulbah",
    nor the end of a title's run, "White House Counsel W. Neil Eggleston", nor a stop word, "Then J. Mulbah")."""
    doc = b.doc
    for m in b.mentions:
        if m.label != "PERSON" or m.start == 0 or not re.fullmatch(r"[A-Z]\.", doc[m.start].text):
            continue
        first = doc[m.start - 1]
        if not (
            first.is_alpha and first.text[:1].isupper() and first.text[1:].islower() and first.pos_ == "PROPN"
        ):
            continue
        low = first.lower_
        if first.ent_type_ not in UNLISTED or first.is_stop or low in TITLES or low in PERSONAL_TITLES:
            continue
        if low in ROLE_NOUNS or any(x.start <= first.i < x.end for x in b.mentions) or first.i in b.covered:
            continue
        if first.i > 0 and doc[first.i - 1].text[:1].isupper() and not first.is_sent_start:
            continue  # the end of a capitalised run, a title's ("White House Counsel W. Neil Eggleston")
        if first.i > 0 and doc[first.i - 1].lower_ in ("of", "for"):
            continue  # the end of a title's "of" phrase ("Superintendent of Police R. Lakshmi Priya")
        m.start = first.i
        m.surface = doc[m.start : m.end].text
        m.norm = f"{first.text} {m.norm}"


# A given name, a lower-case surname particle and a capitalised surname ("Kobus van der Westhuizen").
_PARTICLED_NAME = re.compile(
    rf"(?<![\w’'-])([{_UP}][{_LOW}]+) ({_LOWER_PARTICLES})([{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)\b"
)


def add_particled_names(b: Build) -> None:
    """A given name and a surname with a lower-case particle ("Kobus van der Westhuizen") is a person's name, whatever
    the model tagged its parts (a body each, "Kobus" and "der Westhuizen"), when a title or a trade stands before it
    ("Ward councillor Kobus van der Westhuizen") or the surname with its particle speaks ("Van der Westhuizen said"):
    no body's name sets "van der" in lower case between two names. One mention, in place of the parts."""
    doc, text = b.doc, b.text
    added = []
    for hit in _PARTICLED_NAME.finditer(text):
        span = doc.char_span(hit.start(1), hit.end(3))
        if span is None or hit.group(1).lower() in TITLES:
            continue  # "Mr de Brún", "Deputy de Búrca": a title before the surname, no given name
        if any(m.label == "PERSON" and m.start <= span.start and m.end >= span.end for m in b.mentions):
            continue
        before = doc[span.start - 1] if span.start else None
        titled = before is not None and (
            titled_before(doc, span.start) or before.lower_ in OCCUPATIONS or before.lower_ in ROLE_NOUNS
        )
        if not titled:
            if hit.group(3) not in b.said:
                continue
        parts = [m for m in b.mentions if m.start < span.end and m.end > span.start]
        if any(m.start < span.start or m.end > span.end for m in parts):
            continue
        b.mentions[:] = [m for m in b.mentions if all(m is not p for p in parts)]
        added.append(Mention(span.start, span.end, span.text, span.text, "PERSON", None))
    if added:
        b.mentions.extend(added)
        b.mentions.sort(key=lambda m: m.start)


_ABBREVIATED_GIVEN = re.compile(
    r"\b(?:" + "|".join(sorted(w.title() for w in ABBREVIATED_GIVEN_NAMES)) + r")\. [A-Z]"
)


def join_abbreviated_given_names(b: Build) -> None:
    """A given name written short with its full stop ("Ma. Lourdes dela Paz", "Md. Rafiqul Islam") opens the person's
    name after it, whether the model tagged the short form alone as a person or left it untagged: one mention."""
    doc = b.doc
    if _ABBREVIATED_GIVEN.search(b.text) is None:
        return  # (read only where the text can match)
    by_start = {m.start: m for m in b.mentions if m.label == "PERSON"}
    drop = []
    for i, low in enumerate(b.lowers[: len(doc) - 2]):
        if low not in ABBREVIATED_GIVEN_NAMES:
            continue
        tok = b.tokens[i]
        if not tok.is_title or doc[tok.i + 1].text != ".":
            continue
        nxt = by_start.get(tok.i + 2)
        if nxt is None or doc[tok.i + 1].whitespace_ != " ":
            continue
        drop += [m for m in b.mentions if m.start <= tok.i < m.end]
        nxt.start, nxt.surface = tok.i, doc[tok.i : nxt.end].text
        nxt.norm = f"{tok.text}. {nxt.norm}"
    if drop:
        b.mentions[:] = [m for m in b.mentions if all(m is not d for d in drop)]


def join_surnames_after_untagged_names(b: Build) -> None:
    """A one- or two-word person the model tagged right after a full name it left untagged ("Prof Naomi Chebet
    Wanyama": "Naomi Chebet" found untagged, "Wanyama" tagged; "Minister Syed Nadir Hussain Jamote": "Hussain Jamote"
    tagged) is that name's last words: one mention of three or four words, as East African, South Asian and Latin
    names are written."""
    doc = b.doc
    by_start = {m.start: m for m in b.mentions if m.label == "PERSON"}
    drop = []
    for m in b.mentions:
        nxt = by_start.get(m.end)
        if (
            m.label != "PERSON"
            or len(m.norm.split()) != 2
            or nxt is None
            or m.norm.split()[-1].lower()
            in TITLES  # "Forest Minister" + "B.R. Lakshmipathi": a title and a name
            or not 1 <= nxt.end - nxt.start <= 2
            or doc[m.end - 1].whitespace_ != " "
            or not all(t.text.istitle() for t in doc[nxt.start : nxt.end])
        ):
            continue
        m.end, m.surface, m.norm = nxt.end, doc[m.start : nxt.end].text, f"{m.norm} {nxt.norm}"
        drop.append(nxt)
    if drop:
        b.mentions[:] = [m for m in b.mentions if all(m is not d for d in drop)]
