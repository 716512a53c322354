"""Name mentions: spaCy entities turned into normalised names with a gender hint from a title."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.nlp.actors.evidence import said_words, titled_before
from bot.nlp.actors.gender import given_name_gender
from bot.nlp.actors.lexicon import (
    CHINESE_SURNAMES,
    CLUB_HEADS,
    COMPOUND_ENDINGS,
    DEMONYM_LEAD,
    FEMALE_TITLES,
    FIRM_LAST_WORDS,
    GIVEN_NAMES,
    HONORIFICS,
    HYPHEN_PREFIXES,
    HYPHENED_GIVEN,
    IRISH_PARTICLES,
    KIN_TITLES,
    KIND_OF_LABEL,
    MALAY_NAME_FIRSTS,
    MALE_TITLES,
    MEMBER_LETTERS,
    NAME_PARTICLES,
    OCCUPATION_ENDINGS,
    OCCUPATION_NOUNS,
    OCCUPATIONS,
    ORG_HEADS,
    PERSON_DESCRIPTIONS,
    PERSONAL_TITLES,
    PLACE_HEADS,
    PLURAL_TITLES,
    POST_NOMINALS,
    QUOTE_CLOSERS,
    QUOTE_OPENERS,
    ROLE_INITIALS,
    ROLE_NOUNS,
    ROLE_ONLY_INITIALS,
    SHORT_GIVEN_NAMES,
    SOFT_TITLES,
    THE_TITLES,
    TITLE_FILLERS,
    TITLE_PAIRS,
    TITLES,
    TRAILING_TITLES,
)

_POSSESSIVE = re.compile(r"(?:[’‘']s|(?<=s)[’'])$")
_JUNK = re.compile(r"https?:|www\.|@|#|pic\.twitter|\.com\b|^\W+$|^\d[\d\W]*$|^[A-Z]\.?$")
# "Justin Trudeau’s Liberals": the entity ran past a possessive; the name is what comes before it.
_INNER_POSSESSIVE = re.compile(r"^(.+?)[’‘']s\s+\S")
# "Khaled Belkacemi,60", "Lauren Pelley / CBC News", "Robert Barr - won": the name ends at a comma,
# slash, digit or a dash set off by spaces (a hyphen inside a name has none: "Dlamini-Ntuli").
_NAME_END = re.compile(r"\s*(?:[,/|]|\d|\s[-–—]\s).*$", re.S)
_UNCLOSED_BRACKET = re.compile(r"\s*\([^()]*$")
_EDGE_PUNCT = "\"'“”‘’«»()[]{},;:!?—–-•*_ "


def strip_possessive(word: str) -> str:
    return _POSSESSIVE.sub("", word)


def title_gender(word: str) -> str | None:
    """ "m" or "f" for a gendered title ("Mr.", "Dame"), else None."""
    w = word.lower().rstrip(".")
    if w in MALE_TITLES:
        return "m"
    if w in FEMALE_TITLES:
        return "f"
    return None


def honorific_of(words) -> str | None:
    """ "female"/"male" from the first courtesy title among ``words`` ("Ms.", "Sir"), else None."""
    for w in words:
        g = HONORIFICS.get(w.lower().rstrip("."))
        if g:
            return g
    return None


def title_key(word: str) -> str:
    """A word as the title lists write it: lower case, without a closing full stop or apostrophe ("Dr.",
    "Dato'")."""
    return word.lower().rstrip(".").rstrip("'’")


def _name_follows(words: list[str]) -> bool:
    """A given name and a surname, or more, capitalised: what a title that is also a given name ("Adi",
    "Ratu") must stand before to be read as a title."""
    return len(words) >= 2 and all(w[:1].isupper() and any(c.isalpha() for c in w) for w in words[:2])


def _soft_title(word: str) -> bool:
    """A word that is a title only before a full name: a title that is also a given name ("Adi", "Pak"),
    a role noun or a trade written as a title ("Forward Ana Ruiz", "Landlord Gary Pike"), a word for who someone
    is ("Retiree Tan Kok Wah", "Housewife Puan Norhayati Ismail") or an occupation by its ending ("Volcanologist")."""
    return (
        word in SOFT_TITLES
        or word in PERSON_DESCRIPTIONS
        or word in ROLE_NOUNS
        or word in OCCUPATION_NOUNS
        or (len(word) >= 8 and word.endswith(OCCUPATION_ENDINGS))
    )


def _drop_titles(words: list[str]) -> tuple[list[str], str | None]:
    """A person's name words without the titles at the front (a nationality before a title goes with it:
    "Russian President"; a kin word written as a title: "Mum Denise"), and the gender hint of a gendered
    title among them."""
    gender = None
    while len(words) > 1:
        w = title_key(words[0].strip("()"))  # "Hon. (Mrs) Grace Ojochide": a title in brackets is one too
        gender = title_gender(w) or gender
        if (w, title_key(words[1])) in TITLE_PAIRS:
            words = words[2:]  # "Tan Sri Lim Boon Keat"; "Tan Sri" alone names no one
        elif w in TITLES or w in PLURAL_TITLES or (_soft_title(w) and _name_follows(words[1:])):
            words = words[1:]
        elif w in KIN_TITLES and words[1][:1].isupper() and words[1].isalpha():
            gender = KIN_TITLES[w]  # "Mum Denise" is Denise, a woman
            words = words[1:]
        elif len(words) > 2 and title_key(words[1]) in TITLES:
            words = words[1:]
        else:
            break
    return words, gender


def _owner_or_owned(before: str, after: str) -> str:
    """The name of an entity run across a possessive: the owner ("Justin Trudeau’s Liberals"), but the
    person after one word of place or side ("Ontario’s Rachel Dumont", "Manitoba's Kate Kowalchuk")."""
    rest = after.lstrip("’‘'s").split()
    if len(before.split()) == 1 and len(rest) >= 2 and given_name_gender(rest[0] + " X") is not None:
        return " ".join(rest)
    return before


_PRONOUNS_BEFORE_A_NAME = frozenset("you i we he she they it".split())


def normalise_name(text: str, label: str = "PERSON") -> tuple[str, str | None]:
    """The name without titles, possessives and edge punctuation, and a gender hint from a title."""
    if label == "PERSON":
        m = _INNER_POSSESSIVE.match(text)
        if m:
            text = _owner_or_owned(m.group(1), text[m.end(1) :])
        text = _NAME_END.sub("", text)
    # "World Health Organization (WHO": the model ran the entity into a bracket it did not close
    text = _UNCLOSED_BRACKET.sub("", text)
    words = text.replace("\n", " ").split()
    # Symbols at either end ("Edinburgh ★★★★☆", a review's rating run into the line): no part of a name.
    while words and not any(ch.isalnum() for ch in words[-1]):
        words.pop()
    while words and not any(ch.isalnum() for ch in words[0]):
        words.pop(0)
    # "Mrs) Grace Ojochide" of "Hon. (Mrs) Grace Ojochide": a courtesy title in brackets, whatever the model read it as
    if len(words) > 1 and words[0].endswith(")") and title_key(words[0].strip("()")) in TITLES:
        words = words[1:]
    # "’s Trudeau": a possessive ending split off the word before.
    while words and words[0] in ("s", "’s", "'s"):
        words = words[1:]
    gender = None
    if label == "PERSON":
        words, gender = _drop_titles(words)
        # a sign's "Thank You Jaylen", the model taking "You Jaylen": no name opens with a pronoun
        while len(words) > 1 and words[0].lower() in _PRONOUNS_BEFORE_A_NAME:
            words = words[1:]
    if label != "PERSON" and words and words[0].lower() == "the" and len(words) > 1:
        words = words[1:]
    if label == "PERSON":
        # Trailing suffixes stay ("Jr."); a trailing title word ("Putin aide") does not.
        while len(words) > 1 and words[-1].lower().rstrip(".") in TRAILING_TITLES:
            words = words[:-1]
        while len(words) > 2 and words[-1].strip(",.") in POST_NOMINALS:
            words = words[:-1]  # "Rachel Dunmore KC"; "Liberal MP" is no name with letters after it
    if label == "PERSON" and words and _sentence_stop_on(words[-1]):
        # '“…,” said Rangimarie.': the sentence's full stop the tokenizer left on the name
        words[-1] = words[-1][:-1]
    if label == "PERSON" and len(words) >= 3 and words[-1] == words[-2]:
        words = words[:-1]  # "Maria Keller Keller": a line break joined a name to the next line's surname
    return _without_owner(words, label), gender


def _sentence_stop_on(word: str) -> bool:
    """A full stop ending a name's last word that no abbreviation of a name has: a word of four letters or more, all
    letters, not a suffix ("Jr.", "Snr.")."""
    stem = word[:-1]
    return word.endswith(".") and len(stem) >= 4 and stem.isalpha() and "." not in stem and not stem.isupper()


def _without_owner(words: list[str], label: str) -> str:
    """The name's words joined, a possessive after them dropped ("Trudeau’s"), but not a saint's ("St. John's", "St
    Mary's": the place's, church's or school's name, no owner's)."""
    if len(words) >= 2 and label != "PERSON" and words[-2].rstrip(".").lower() in _SAINT_WORDS:
        return " ".join(words).strip(_EDGE_PUNCT.replace("'", "").replace("’", ""))
    if words:
        words[-1] = strip_possessive(words[-1])
    name = " ".join(words).strip(_EDGE_PUNCT)
    return strip_possessive(name).strip(_EDGE_PUNCT)


# A saint's title before a name whose possessive names a place or an institution ("St. John's", "Saint Mary's").
_SAINT_WORDS = frozenset({"st", "saint", "ste"})


@dataclass
class Mention:
    start: int
    end: int
    surface: str
    norm: str
    label: str
    gender: str | None
    honorific: str | None = None  # "female"/"male" from a courtesy title in or just before the mention


def _line_part(doc, start: int, end: int) -> tuple[int, int]:
    """The longest run of tokens of ``start..end`` not broken by a line break: an entity run across a
    line ("Maria Keller\\nKeller said", a subhead run into the next line) keeps one line's name."""
    runs, run_start = [], start
    for i in range(start, end):
        tok = doc[i]
        if "\n" in tok.text and tok.is_space:
            runs.append((run_start, i))
            run_start = i + 1
        elif "\n" in tok.whitespace_:
            runs.append((run_start, i + 1))
            run_start = i + 1
    runs.append((run_start, end))
    runs = [r for r in runs if r[1] > r[0]]
    # of two as long, the later: the line that goes on into a sentence, not the heading or link line the
    # model ran into it ("Get the latest from CBC North" ¶ "Levi Nuqingaq, a carpenter …, said")
    return max(runs, key=lambda r: (r[1] - r[0], r[0])) if runs else (start, end)


def _given_name_before(doc, start: int) -> bool:
    """The token before ``start`` is a capitalised given name outside any entity ("Ana" in "Mayor Ana
    Costa" when the model tagged only "Costa"); opening a sentence, only a noun ("Anjali Raghunathan, who
    co-ordinates the rink", "Raghunathan" tagged a place; "Dolores Achterberg", the given name read as a plural
    noun; not "Will" or "May")."""
    if start == 0:
        return False
    prev = doc[start - 1]
    if prev.ent_type_ or not prev.is_alpha or not prev.text[:1].isupper():
        return False
    if prev.is_sent_start and (prev.pos_ not in ("PROPN", "NOUN") or prev.is_stop):
        return False
    return prev.lower_ in GIVEN_NAMES or given_name_gender(prev.text + " X") is not None


def _person_word_before(doc, start: int, persons: frozenset[str]) -> bool:
    """The token before ``start`` is a capitalised word outside any entity, not opening its sentence, that the model
    tagged a person alone elsewhere ("veteran center Ike" | "Mbatha", where "Ike said" is tagged): the given name the
    model left out of the surname's entity."""
    if start == 0:
        return False
    prev = doc[start - 1]
    return (
        not prev.ent_type_
        and prev.is_alpha
        and prev.text[:1].isupper()
        and not prev.is_sent_start
        and prev.text in persons
        and doc[start].ent_type_ == "PERSON"
    )


def _speaking_word_before(doc, start: int, persons: frozenset[str]) -> bool:
    """The token before a one-word entity is a capitalised word outside any entity that speaks alone elsewhere ("Pradeep
    said"), no title, and the entity's word a surname a person of the article is named with ("Lavanya Hegde"): "Pradeep"
    | "Hegde" (tagged a body) is one person, whatever the name data know of the given name."""
    if start == 0:
        return False
    prev, word = doc[start - 1], doc[start].text
    if prev.ent_type_ or not prev.is_alpha or not prev.text[:1].isupper() or prev.is_stop:
        return False
    if prev.lower_ in TITLES or not any(p.endswith(" " + word) for p in persons):
        return False
    return any(
        t.text == prev.text
        and t.i + 1 < len(doc)
        and doc[t.i + 1].lower_ in _SAID_ALONE
        and (t.i == 0 or doc[t.i - 1].lower_ not in ("the", "a", "an"))
        for t in doc
        if t.i != prev.i
    )


_SAID_ALONE = frozenset({"said", "says", "told", "added", "explained", "recalled"})


def _given_name_after_a_title(doc, start: int) -> bool:
    """A capitalised word outside any entity between a person's abbreviated title and the entity ("Cpl." "Harjit"
    "Sandhu-Kerr"): the given name the model left out, whether or not the name data know it."""
    if start < 2:
        return False
    prev, title = doc[start - 1], doc[start - 2]
    return (
        not prev.ent_type_
        and prev.is_alpha
        and prev.pos_ == "PROPN"
        and prev.text[:1].isupper()
        and not prev.is_sent_start
        and title.text.endswith(".")
        and title_key(title.text) in PERSONAL_TITLES
    )


def _given_name_left_out(doc, start: int) -> bool:
    """A given name outside a two-word person entity: before a given and a middle name, or before a double
    surname."""
    return _first_name_before_middle(doc, start) or _given_name_before_double_surname(doc, start)


def _malay_first_word_left_out(doc, start: int) -> bool:
    """The first word of a Malay name ("Mohd", "Siti", "Nur") left outside the entity of the rest ("Hafiz Abdul
    Rahman"): the word opens the given name, as "Mohd Hafiz" is written alone later."""
    if start == 0:
        return False
    prev = doc[start - 1]
    return (
        prev.lower_ in MALAY_NAME_FIRSTS
        and prev.text[:1].isupper()
        and prev.ent_type_ in ("", "PERSON")
        and doc[start].text[:1].isupper()
    )


def _given_name_before_double_surname(doc, start: int) -> bool:
    """A given name left outside a two-word person entity that is a double surname, neither word a given
    name ("Esteban" outside "Hernández Ruiz", "Graciela" outside "Ruiz Ortega"): Spanish and Portuguese
    names carry both parents' surnames, and the model may tag only those."""
    first, second = doc[start], doc[start + 1]
    if given_name_gender(first.text + " X") is not None or first.lower_ in GIVEN_NAMES:
        return False
    return second.text[:1].isupper() and _given_name_before(doc, start)


def _first_name_before_middle(doc, start: int) -> bool:
    """A given name left outside a two-word person entity whose first word is a given name too: the
    model cut the first name off a full name with a middle name ("Edith" outside "Mary Marlowe" in an
    obituary's "Edith Mary Marlowe, botanist, born …"), even at the start of a sentence when the tagger
    reads it as a proper noun."""
    if start == 0:
        return False
    prev, first = doc[start - 1], doc[start]
    if prev.ent_type_ or not prev.is_alpha or not prev.text[:1].isupper() or prev.pos_ != "PROPN":
        return False

    def given(word: str) -> bool:
        return word.lower() in GIVEN_NAMES or given_name_gender(word + " X") is not None

    return given(prev.text) and given(first.text)


def _sikh_extent(doc, start: int, end: int) -> tuple[int, int]:
    """``_sikh_name_end`` for a span already mended, and the title a longer name now shows inside it cut off
    ("Talwandi Sabo MLA Sukhjinder" | "Kaur Sidhu" is Sukhjinder Kaur Sidhu)."""
    grown = _sikh_name_end(doc, end)
    return (start, end) if grown == end else (_after_inner_title(doc, start, grown), grown)


def _sikh_given_name_start(doc, start: int) -> int:
    """Where a Sikh name starts when the model left its given name out ("Amarjit" | "Singh Sandhu") or its
    given name and "Singh"/"Kaur" ("Harjit Kaur" | "Sandhu", tagged a body): the capitalised word, outside
    any entity and on the same line, before "Singh" or "Kaur"; else ``start``."""
    at = start if doc[start].text in ("Singh", "Kaur") else start - 1
    if at < 1 or doc[at].text not in ("Singh", "Kaur") or (at < start and doc[at].ent_type_):
        return start
    given = doc[at - 1]
    if (
        given.ent_type_
        or not given.is_alpha
        or not given.text[:1].isupper()
        or given.is_stop
        or given.lower_.rstrip(".") in TITLES
        or "\n" in given.whitespace_
        or "\n" in doc[at].whitespace_
    ):
        return start
    return at - 1


# Number words that open a part of a Lakota, Dakota, Crow or other Plains name ("Raymond Two Hawks Lessard",
# "Dakota Two Bulls", "Three Stars"); a regnal number is written in numerals ("Charles III").
_NAME_NUMBERS = frozenset("One Two Three Four Five Six Seven Eight Nine Ten".split())


def _number_word_name_end(doc, start: int, end: int) -> int:
    """A person entity the model ended on a capitalised number word ("Raymond Two" | "Hawks Lessard"): its end
    moved over the capitalised words after it on the same line that the parse hangs on the same name (one or
    two: "Hawks", then a surname)."""
    if end - start < 2 or doc[end - 1].text not in _NAME_NUMBERS or "\n" in doc[end - 1].whitespace_:
        return end
    k = end
    while (
        k < len(doc) and k - end < 2 and _name_word(doc[k].text) and doc[k].ent_type_ in ("", "ORG", "PERSON")
    ):
        if doc[k - 1].dep_ != "compound" or doc[k - 1].head.i < k:
            break  # "Raymond Two Tickets were sold": "Two" counts the tickets
        k += 1
    return k


def _sikh_name_end(doc, end: int) -> int:
    """A person entity the model ended before "Singh" or "Kaur", which stand between a Sikh given name and
    the family name ("SSP Amanjot" | "Singh Brar"): its end moved over that word and a capitalised family
    name after it on the same line."""
    if end >= len(doc) or doc[end].text not in ("Singh", "Kaur") or "\n" in doc[end - 1].whitespace_:
        return end
    nxt = doc[end + 1] if end + 1 < len(doc) else None
    if nxt is not None and nxt.is_alpha and nxt.text[:1].isupper() and nxt.ent_type_ in ("", "PERSON"):
        if "\n" not in doc[end].whitespace_ and not nxt.is_sent_start:
            return end + 2
    return end + 1


def _name_word(text: str) -> bool:
    """A capitalised word of letters, an apostrophe allowed inside ("Finch", "O’Donnell", "D'Souza")."""
    return text[:1].isupper() and text.replace("’", "").replace("'", "").isalpha()


def _hyphened_half(doc, i: int) -> int:
    """The index of the name word joined to token ``i`` by a bare hyphen ("O’Donnell" | "-" | "Fortin"),
    where the parser hangs a given name before a double surname; -1 when none."""
    if i + 2 < len(doc) and _inner_hyphen_of(doc, i + 1):
        if _name_word(doc[i + 2].text) and not doc[i + 2].ent_type_:
            return i + 2
    return -1


def _lone_place_word_as_surname(doc, end: int) -> bool:
    """The word at ``end`` is a one-word place the model made of a surname ("Marc-André" tagged a person,
    "Sauvé" a place, the parse one name): the head of the name, not a compound, and written nowhere else
    in the article but after the same word (a real place is named on its own: "Toronto")."""
    nxt, last = doc[end], doc[end - 1]
    if nxt.ent_type_ not in ("GPE", "LOC") or nxt.ent_iob_ != "B" or nxt.dep_ == "compound":
        return False
    if end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        return False
    return all(t.i == end or (t.i > 0 and doc[t.i - 1].text == last.text) for t in doc if t.text == nxt.text)


def _surname_after(doc, end: int) -> bool:
    """The token at ``end`` is the surname the model left out of a person entity ("Cllr Sarah" tagged,
    "Finch" not): a capitalised proper noun outside any entity, on the same line, that the entity's last
    word modifies as a compound."""
    if end >= len(doc) or end == 0:
        return False
    nxt, last = doc[end], doc[end - 1]
    if (
        last.text in IRISH_PARTICLES  # never a name's last word
        and nxt.text[:1].isupper()
        and nxt.is_alpha
        and "\n" not in last.whitespace_
    ):
        return True  # "Eoin Ó" tagged, "Murchú" not: the particle opens the surname
    if _surname_read_as_an_adverb(doc, end):
        return True
    return (
        nxt.pos_ == "PROPN"
        and _name_word(nxt.text)
        and not nxt.text.isupper()
        and last.dep_ == "compound"
        and last.head.i in (end, _hyphened_half(doc, end))
        and "\n" not in last.whitespace_
        and not (
            nxt.lower_.rstrip(".") in TITLES and end + 1 < len(doc) and doc[end + 1].ent_type_ == "PERSON"
        )
        and (not nxt.ent_type_ or _lone_place_word_as_surname(doc, end))  # last: it reads the whole article
    )  # a title before the next name is no surname: "Pangnirtung Mayor Leesee Kilabuk"


# Office words a portfolio after "for" follows ("Senior Minister of State for Manpower Koh Wei Jie", "Cabinet Secretary
# for Education Ezekiel Machogu").
_PORTFOLIO_OFFICES = frozenset(
    "minister secretary commissioner state spokesperson spokesman spokeswoman critic".split()
)


def _portfolio_opening(doc, start: int) -> bool:
    """The entity's first word is an office's portfolio after "for" ("Minister of State for" | "Manpower Koh Wei Jie"),
    no given name: an office word among the few words before "for"."""
    if start < 2 or doc[start - 1].lower_ != "for":
        return False
    first = doc[start]
    if first.lower_ in GIVEN_NAMES or given_name_gender(first.text + " X") is not None:
        return False
    return any(t.lower_ in _PORTFOLIO_OFFICES for t in doc[max(0, start - 6) : start - 1])


def _one_name_word(doc, start: int, end: int) -> bool:
    """The span is one name's word, titles before it allowed ("Datuk Kamarul", "Tan Sri Wong": a title of two words
    each of which alone may be a name)."""
    words = [t.text for t in doc[start:end]]
    return sum(not only_titles([w]) for w in words) == 1 or (len(words) >= 2 and only_titles(words[:-1]))


def _one_given_name(doc, start: int, end: int) -> bool:
    """The span is one name's word (``_one_name_word``), or a Malay or Arabic name's opening word and one more ("Syed
    Ahsan" of "Syed Ahsan Raza Bukhari", "Wan Rosnah"), the given name the rest follows."""
    return _one_name_word(doc, start, end) or (
        end - start == 2 and doc[start].lower_ in MALAY_NAME_FIRSTS and doc[start].text[:1].isupper()
    )


def _two_name_words_after(doc, end: int) -> bool:
    """A given name tagged alone ("Datuk Kamarul" tagged, "Arifin Zakaria" not) before the two untagged proper nouns
    the parse hangs it on, the last of them the head of all three on the same line: the rest of the name (a Malay
    given name and the father's, an Arabic or Spanish name's two last words); no body's or place's word last."""
    if end + 1 >= len(doc):
        return False
    last, mid, tail = doc[end - 1], doc[end], doc[end + 1]
    return (
        last.dep_ == "compound"
        and last.head.i == tail.i
        and mid.dep_ == "compound"
        and mid.head.i == tail.i
        and all(
            t.pos_ == "PROPN"
            and _name_word(t.text)
            and not t.text.isupper()
            and not t.ent_type_
            and not t.is_sent_start
            and t.lower_.rstrip(".") not in TITLES
            for t in (mid, tail)
        )
        and "\n" not in last.whitespace_ + mid.whitespace_
        and tail.lower_ not in ORG_HEADS | CLUB_HEADS | PLACE_HEADS | FIRM_LAST_WORDS
    )


def _surname_read_as_an_adverb(doc, end: int) -> bool:
    """ "Cllr Noreen Kiely replied:", the model tagging "Cllr Noreen" and the parser reading "Kiely" an adverb of the
    verb: a capitalised word outside any entity between a titled given name and a speech verb is the surname."""
    nxt, last = doc[end], doc[end - 1]
    return (
        end + 1 < len(doc)
        and nxt.pos_ == "ADV"
        and nxt.is_alpha
        and nxt.text[:1].isupper()
        and nxt.text[1:].islower()
        and not nxt.ent_type_
        and not nxt.is_sent_start
        and doc[end + 1].lemma_.lower() in _SPEECH_LEMMAS
        and "\n" not in last.whitespace_
        and end >= 2
        and doc[end - 2].text.rstrip(".").lower() in PERSONAL_TITLES
    )


# Verbs a name's surname read as an adverb may stand before ("Cllr Noreen Kiely replied").
_SPEECH_LEMMAS = frozenset("say reply tell add explain ask write insist respond counter".split())


def _looks_like_full_name(words: list[str]) -> bool:
    """Two or three capitalised words opening with a given name (the hand list or the name data), not
    ending in an institution or place word ("Fox News Channel")."""
    return capitalised_name(words) and (
        words[0].lower() in GIVEN_NAMES or given_name_gender(" ".join(words)) is not None
    )


def capitalised_name(words: list[str]) -> bool:
    """Two or three capitalised words (initials too), no institution's or place's word last: the shape of a
    full name, which a courtesy title before it proves even when the name data do not know its given name
    ("H.E. Mahamat Saleh Abakar")."""
    return (
        2 <= len(words) <= 3
        and words[-1].lower() not in ORG_HEADS | CLUB_HEADS | PLACE_HEADS | FIRM_LAST_WORDS
        and all(w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha() for w in words)
    )


def person_words(doc) -> set[str]:
    """Words that name a person somewhere in ``doc``: in a PERSON entity, or right before "said"."""
    out = {t.text for e in doc.ents if e.label_ == "PERSON" for t in e if t.text[:1].isupper()}
    return out | said_words(doc)


def _possessive_parts(doc, ent, named: set[str]) -> list[tuple[int, int, str]] | None:
    """An entity run across a possessive ("Vancouver's Bo Horvat", "Golf Channel’s Ana Ruiz", "Blaine
    Higgs' Tories"): its parts, a part that is a full name as a person, the other with the entity's label
    (when it is a kind we list); after the possessive, two or three capitalised words whose last word
    names a person elsewhere (``named``) are a person too. None when the entity holds no possessive."""
    cut = next((t.i for t in ent[:-1] if t.tag_ == "POS" and t.i > ent.start), None)
    if cut is None:
        return None
    parts = []
    for start, end in ((ent.start, cut), (cut + 1, ent.end)):
        if end <= start:
            continue
        words = [t.text for t in doc[start:end]]
        if _looks_like_full_name(words) or (
            start > cut and len(words) in (2, 3) and words[-1] in named and all(w.istitle() for w in words)
        ):
            parts.append((start, end, "PERSON"))
        elif ent.label_ in KIND_OF_LABEL and ent.label_ != "PERSON":
            parts.append((start, end, ent.label_))
    return parts if any(label == "PERSON" for *_, label in parts) else None


def _person_of_body(doc, ent) -> list[tuple[int, int, str]] | None:
    """An entity of another kind run from a full name over "of" into a body's name ("Tomos Prydderch of
    Prydderch Planning", tagged an organisation): the full name a person, the rest with the entity's
    label. None unless the words before "of" are a full name opening with a given name."""
    cut = next((t.i for t in ent[2:-1] if t.lower_ == "of"), None)
    if cut is None or not _looks_like_full_name([t.text for t in doc[ent.start : cut]]):
        return None
    parts = [(ent.start, cut, "PERSON")]
    if ent.label_ in KIND_OF_LABEL:
        parts.append((cut + 1, ent.end, ent.label_))
    return parts


def _run_over_a_verb(doc, ent) -> list[tuple[int, int, str]] | None:
    """An entity of another kind run over a verb into a full name ("Summerland passed Émilie Beauregard of
    Sherbrooke, Que", tagged one organisation): a name never holds a finite verb in lower case. The words
    before the verb keep the entity's label; two or three capitalised words opening with a given name
    right after it are a person. None unless such a name follows the verb."""
    if ent.label_ == "PERSON":
        return None
    for k in range(ent.start + 1, ent.end - 2):
        verb = doc[k]
        if not (verb.is_lower and verb.is_alpha and verb.tag_ in ("VBD", "VBZ", "VBP")):
            continue
        end = k + 1
        while end < ent.end and end - k <= 3 and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
        words = [t.text for t in doc[k + 1 : end]]
        if not _looks_like_full_name(words):
            return None
        parts = [(k + 1, end, "PERSON")]
        if ent.label_ in KIND_OF_LABEL:
            parts.insert(0, (ent.start, k, ent.label_))
        return parts
    return None


def _demonym_lead(doc, start: int, end: int) -> bool:
    """The entity opens with a nationality or a plural of one before a full name ("fellow Canadians
    Mackenzie Hughes", "Brazilian Ana Ruiz"): the name is what follows it."""
    if end - start < 3:
        return False
    return _demonym_word(doc[start].text) and _looks_like_full_name([t.text for t in doc[start + 1 : end]])


def _demonym_word(first: str) -> bool:
    """A capitalised word shaped like a nationality ("Brazilian", "Canadians") that is no surname or given name."""
    return (
        first[:1].isupper()
        and bool(DEMONYM_LEAD.search(first))
        and len(first) >= _DEMONYM_LEAST  # (not "Tan" of "District Judge Tan Mei Ling": a surname's "-an")
        and first.lower() not in CHINESE_SURNAMES
        and first.lower() not in GIVEN_NAMES
        and given_name_gender(first + " X") is None
    )


_DEMONYM_LEAST = 5  # letters of the shortest nationality that leads a name ("Irish", "Dutch", "Malian")


def _past_a_national_lead(doc, start: int, end: int, label: str) -> tuple[int, str]:
    """Where the name starts and its kind, past a nationality opening the entity: "the American Tyler Brandt" (tagged
    an organisation with its article), "Fellow Kenyan Hellen Jepkosgei", "Brazilian Ana Ruiz" (a person's)."""
    if doc[start].lower_ == "the" and _demonym_lead(doc, start + 1, end):
        start += 1
    if _fellow_national(doc, start, end):
        return start + 2, "PERSON"
    if _demonym_lead(doc, start, end) or _demonym_before_a_surname(doc, start, end):
        return start + 1, "PERSON"
    return start, label


def _demonym_before_a_surname(doc, start: int, end: int) -> bool:
    """The entity is a nationality and a surname ("with American Delgado second in 10.89"), the surname the last word
    of a full name the model tagged a person elsewhere ("Shanice Delgado"): the person, by her surname."""
    if end - start != 2 or not doc[start + 1].text[:1].isupper():
        return False
    first = doc[start].text
    if not _demonym_word(first):
        return False
    if not any(t.text == first and t.ent_type_ == "NORP" for t in doc):
        return False  # a nationality the model reads as one somewhere ("said the American"), not a given name it does not
        # know ("Gillian Hartley" beside Ken Hartley)
    surname = doc[start + 1].text
    return any(e.label_ == "PERSON" and len(e) >= 2 and e[-1].text == surname for e in doc.ents)


def _fellow_national(doc, start: int, end: int) -> bool:
    """The entity opens with "Fellow" and a nationality before a full name ("Fellow Kenyan Hellen Jepkosgei"): after
    "fellow" the capitalised word is the nationality, whatever given names it also is ("Kenyan")."""
    return (
        end - start >= 4
        and doc[start].lower_ == "fellow"
        and doc[start + 1].text[:1].isupper()
        and bool(DEMONYM_LEAD.search(doc[start + 1].text))
        and _looks_like_full_name([t.text for t in doc[start + 2 : end]])
    )


def _participle_lead(doc, start: int, end: int) -> bool:
    """The entity opens a sentence with a participle before a name and a comma ("Sentencing Furlong,
    the judge said", "Jailing Ana Ruiz, …"): the name is what follows it. Not a given name ("Sterling")."""
    first = doc[start].text
    return (
        end - start >= 2
        and doc[start].is_sent_start
        and len(first) > 5
        and first.endswith("ing")
        and first[:1].isupper()
        and first.lower() not in GIVEN_NAMES
        and given_name_gender(first + " X") is None
        and end < len(doc)
        and doc[end].text == ","
    )


def _lower_lead(doc, start: int, end: int) -> int:
    """How many lower-case words open a person entity before its capitalised name ("fiancé Dean Ray",
    "footballer Ana Ruiz"): a noun the model ran into the name, not part of it (a name particle stays:
    "de Gaulle")."""
    n = 0
    while (
        end - (start + n) >= 2
        and doc[start + n].is_alpha
        and doc[start + n].is_lower
        and doc[start + n].lower_ not in NAME_PARTICLES
        and doc[start + n].pos_ in ("NOUN", "ADJ")
        and doc[start + n + 1].text[:1].isupper()
    ):
        n += 1
    return n if n and end - (start + n) >= 1 else 0


def _lead_word(tok) -> bool:
    """A word that may open an entity before a titled full name: a title ("Rev", "Canon"), a capitalised
    role noun ("Nurse"), "the" or a ranking ("No 1")."""
    w = tok.lower_.rstrip(".")
    if w == "the":
        return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_.rstrip(".") in THE_TITLES
    return w in TITLES or w in TITLE_FILLERS or tok.like_num or (w in ROLE_NOUNS and tok.text[:1].isupper())


def _titled_full_name(doc, start: int, end: int) -> tuple[int, int] | None:
    """An entity of another kind holding titles before a full name ("Detective Constable Ravi Shah of",
    "The Rev Canon Ana Ruiz", "No 1 Tom Hale", "Nurse Ana Ruiz", tagged an organisation; a score the
    model ran it into after the name is cut): the full name's
    tokens, a person; else None. A title must be among the words before it ("The Ana Ruiz Trust" is no
    one's)."""
    k = start
    while k < end and _lead_word(doc[k]):
        k += 1
    leads = [t.lower_.rstrip(".") for t in doc[start:k]]
    if not any(w in TITLES or w in ROLE_NOUNS or w in ("no", "number") for w in leads):
        return None
    e = end
    while e > k and (doc[e - 1].is_lower or not any(ch.isalpha() for ch in doc[e - 1].text)):
        e -= 1  # "… Shah of": the entity ran into the next word; "No 14 Ana Ruiz 4-6 7-6", into the score
    words = [t.text for t in doc[k:e]]
    if k == start or not (
        _looks_like_full_name(words) or (_courtesy_lead(leads) and capitalised_name(words))
    ):
        return None
    return k, e


def _courtesy_lead(leads: list[str]) -> bool:
    """A courtesy title that only a person carries among the words before a name ("H.E.", "Mr", "Hon"), or a royal
    one before a full name ("Prince Adebayo Ogundipe", "Princess Ama Serwaa": the caller asks for two words or more
    after it, so "Prince Albert", a city, stays a place)."""
    return any(w in PERSONAL_TITLES or w in _ROYAL_TITLES for w in leads)


_ROYAL_TITLES = frozenset({"prince", "princess"})


def only_titles(words: list[str]) -> bool:
    """Every word a title ("Taoiseach", "Tan Sri", "Datuk Seri Dr"): an office or a rank, no one's name."""
    keys = [title_key(w) for w in words]
    i = 0
    while i < len(keys):
        if tuple(keys[i : i + 2]) in TITLE_PAIRS:
            i += 2
        elif keys[i] in TITLES or (keys[i] == "" and i):
            i += 1  # "Dato" "'": an apostrophe the tokenizer split off
        else:
            return False
    return bool(keys)


_NAME_AFTER_TITLES = 4  # name words taken after a run of titles ("Seán Ó Raghallaigh", "Lim Boon Keat")


_PLACE_BEFORE_TITLE = 6  # words of a place or a seat before an inner title ("Cork South-Central TD …")


def _inner_hyphen_of(doc, j: int) -> bool:
    """Token ``j`` is a hyphen inside a word ("South-Central")."""
    return (
        doc[j].text == "-" and 0 < j < len(doc) - 1 and not doc[j - 1].whitespace_ and not doc[j].whitespace_
    )


def _after_inner_title(doc, start: int, end: int) -> int:
    """Where the name starts in a person entity that holds a title after a place or a body's words ("Lumby
    Fire Chief Gord Ferraby"): after the title, when two capitalised words or more follow it; else
    ``start``. The title then stands before the name, as the role rules read it."""
    for k in range(start + 1, min(end - 2, start + _PLACE_BEFORE_TITLE)):
        if (
            title_key(doc[k].text) in TITLES
            and doc[k].text[:1].isupper()
            and all(
                (doc[j].text[:1].isupper() and doc[j].is_alpha) or _inner_hyphen_of(doc, j)
                for j in range(start, k)
            )
            and all(doc[j].text[:1].isupper() or doc[j].text == "-" for j in range(k + 1, end))
        ):
            return k + 1
    return start


def _name_after_titles(doc, start: int, end: int) -> int | None:
    """A person entity of titles only ("Taoiseach", "Datuk Seri") before a name the model left untagged
    ("Taoiseach Seán Ó Raghallaigh said", "Datuk Seri Azman Rahim said"): the end of that name (more
    titles may stand between: "Tan Sri Dr"), or None."""
    if not only_titles([t.text for t in doc[start:end]]):
        return None
    k = end
    while k < len(doc) and not doc[k].ent_type_ and only_titles([doc[k].text]) and doc[k].text[:1].isupper():
        k += 1
    e = k
    while (
        e < len(doc)
        and e - k < _NAME_AFTER_TITLES
        and not doc[e].ent_type_
        and _inner_apostrophe_word(doc[e].text)
        and doc[e].text[:1].isupper()
        and not doc[e].is_sent_start
        and "\n" not in doc[e - 1].whitespace_
    ):
        e += 1
    if k < e < len(doc) and _person_entity_joins(doc, e):
        e += 1  # "Professor Datuk Dr Rosli" | "Mat Saman", the name's last words tagged a person of their own
        while e < len(doc) and doc[e].ent_iob_ == "I":
            e += 1
    return e if e > k else None


def _person_entity_joins(doc, at: int) -> bool:
    """A person entity opening at ``at`` right after a titled name's words, on the same line, with no mark between,
    and the parse hanging the word before on it: the same name's last words, not a second person."""
    prev = doc[at - 1]
    return (
        doc[at].ent_type_ == "PERSON"
        and doc[at].ent_iob_ == "B"
        and prev.dep_ == "compound"
        and prev.head.i >= at
        and "\n" not in prev.whitespace_
    )


def _inner_apostrophe_word(text: str) -> bool:
    """Letters, with an apostrophe inside a name's word allowed ("Hauwa'u", "O'Neill"), none at its ends."""
    return text.replace("'", "").replace("’", "").isalpha() and text[-1:] not in "'’"


def _titled_surname(doc, start: int, end: int) -> bool:
    """An entity of another kind that is a personal title and a surname ("Ms MacRae", "Cllr Mistry",
    tagged an organisation) whose surname ends a person entity of the article or a full name opening with
    a given name, however tagged ("Fiona MacRae"): a person, written short. A brand with a title in it ("Mr Price", "Dr Martens") names no person in full."""
    if end - start not in (2, 3):
        return False
    title = doc[start]
    if not title.text[:1].isupper() or title_key(title.text) not in PERSONAL_TITLES | PLURAL_TITLES:
        return False
    words = [t.text for t in doc[start + 1 : end]]
    if not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words):
        return False
    last = words[-1]
    return any(
        e.end - e.start >= 2
        and e[-1].text == last
        and e.start != start
        and (e.label_ == "PERSON" or _looks_like_full_name([t.text for t in e]))
        for e in doc.ents
    )


def _portfolio_lead(doc, start: int, end: int) -> int | None:
    """An entity of another kind after a title and "for" or "of" that runs a portfolio into a full name
    ("Secretary for Housing Grace Lam Man-yee", "Minister of Finance Ana Ruiz", tagged an organisation):
    the token the full name opens at, or None."""
    if start < 2 or doc[start - 1].lower_ not in ("for", "of"):
        return None
    title = doc[start - 2]
    if not title.text[:1].isupper() or title.lower_.rstrip(".") not in TITLES | ROLE_NOUNS:
        return None
    for k in range(start + 1, end - 1):
        if doc[k].text[:1].isupper() and _looks_like_full_name(doc[k:end].text.split()):
            return k
    return None


def _hyphenated_end(doc, start: int, end: int) -> int:
    """A person entity of two words or more cut at a hyphen of a double-barrelled surname ("Sipho
    Dlamini" of "Sipho Dlamini-Ntuli"): its end moved past the hyphen and the capitalised word joined
    to it (a lone word is left, "Dodd" of the law "Dodd-Frank", but after a courtesy title)."""
    if end - start < 2:
        # "Mr. Tessier-Ng": a lone surname the model cut is joined after a courtesy title, which no law's
        # or pact's name ("Dodd-Frank") has
        titled = start > 0 and doc[start - 1].lower_.rstrip(".") in HONORIFICS
        return _hyphen_joined_end(doc, end) if titled else end
    return _hyphen_joined_end(
        doc, end, lambda tok: tok.ent_type_ not in ("ORG", "GPE", "NORP") or _never_alone(doc, tok)
    )


def _never_alone(doc, tok) -> bool:
    """Whether every use of ``tok``'s word in the article is the second half of a hyphenated pair ("Okoro"
    of "Yvette Marchand-Okoro", tagged a place): a surname's half, not the place or body the model took
    it for, which the article would name on its own somewhere."""
    return all(
        t.i >= 2
        and t.nbor(-1).text in ("-", "‐")
        and not t.nbor(-2).whitespace_
        and not t.nbor(-1).whitespace_
        for t in doc
        if t.text == tok.text
    )


def _hyphen_joined_end(doc, end: int, joins=None) -> int:
    """``end`` moved past each hyphen written tight between the word before it and a capitalised word
    after it that ``joins`` accepts ("-Ntuli" of "Dlamini-Ntuli", "-Quinn" of "Navarro-Quinn")."""
    while (
        end + 1 < len(doc)
        and doc[end].text in ("-", "‐")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
        and doc[end + 1].text[:1].isupper()
        and (joins is None or joins(doc[end + 1]))
    ):
        end += 2
    return end


def _given_name_after_surname(doc, end: int) -> int:
    """A person entity the model ended before a Korean or Cantonese given name written with a hyphen
    ("Kim" of "Kim Do-yoon", "Wong" of "Wong Siu-fan"): its end moved past that given name."""
    if end + 2 >= len(doc) or "\n" in doc[end - 1].whitespace_:
        return end
    first, hyphen, second = doc[end], doc[end + 1], doc[end + 2]
    if first.ent_type_ or hyphen.text not in ("-", "‐") or first.whitespace_ or hyphen.whitespace_:
        return end
    word = first.text + "-" + second.text
    return end + 3 if HYPHENED_GIVEN.match(word) else end


def _third_syllable_after(doc, start: int, end: int) -> int:
    """A person entity of a Chinese surname and the first syllable of a given name written apart, the model
    leaving the second out ("Chan Kok" of "Chan Kok Wai, 71,"): its end moved past that syllable, a short
    capitalised word the model tagged nothing, closed by punctuation or a lower-case word."""
    if end - start != 2 or end + 1 >= len(doc) or doc[start].lower_ not in CHINESE_SURNAMES:
        return end
    second, third, after = doc[end - 1], doc[end], doc[end + 1]
    if not (len(second) <= 5 and len(third) <= 5 and third.is_alpha and third.text.istitle()):
        return end
    if third.ent_type_ or "\n" in second.whitespace_ or third.lower_ in CHINESE_SURNAMES:
        return end
    return end + 1 if after.is_punct or after.text.islower() else end


def _chinese_surname_before(doc, start: int, end: int) -> int:
    """A person entity of a given name's two syllables written apart, the model leaving the Chinese surname before them
    out ("Li Ping" of "… and the Environment Koh Li Ping said"): its start moved back over that surname, a capitalised
    word the model tagged nothing."""
    if end - start != 2 or start == 0 or not all(len(t) <= 5 and t.text.istitle() for t in doc[start:end]):
        return start
    before = doc[start - 1]
    if before.lower_ not in CHINESE_SURNAMES or not before.text.istitle() or before.ent_type_:
        return start
    return start - 1


def _given_name_half_after(doc, start: int, end: int) -> int:
    """A person entity of a surname and the first half of a hyphenated given name, cut at the hyphen
    ("Wong Kam" of "Wong Kam-sing", "Park Ji" of "Park Ji-hoon"): its end moved past the lower-case
    half; never a lone word's ("Kim-style"), nor an English compound ("Donald Trump-style", "a Pat
    Ruiz-led review")."""
    if end - start < 2 or end + 1 >= len(doc):
        return end
    first, hyphen, second = doc[end - 1], doc[end], doc[end + 1]
    if first.whitespace_ or hyphen.text not in ("-", "‐") or hyphen.whitespace_ or second.ent_type_:
        return end
    if second.lower_ in COMPOUND_ENDINGS or second.lower_.endswith("ed") or len(second.text) > 6:
        return end
    return end + 2 if HYPHENED_GIVEN.match(first.text + "-" + second.text) else end


def _hyphenated_start(doc, start: int) -> int:
    """A person entity cut at the hyphen of a double given name ("Erik Johansen" of "Jan-Erik Johansen",
    "Sophie van der Berghe" of "Anne-Sophie van der Berghe" once the particles join):
    its start moved back over the hyphen and the capitalised word joined to it, when the entity opens
    with a given name ("Anti-Trump" is no name)."""
    if start < 2 or doc[start - 1].text not in ("-", "‐") or doc[start - 1].whitespace_:
        return start
    first, given = doc[start - 2], doc[start]
    # another entity holding the first half only when it runs on into the given name: a fragment of the
    # same name ("Anne-Sophie van" tagged a body, "Berghe" a person)
    fragment = first.ent_type_ and given.ent_iob_ == "I" and given.ent_type_ == first.ent_type_
    if (
        first.whitespace_
        or (first.ent_type_ and not fragment)
        or not first.is_alpha
        or not first.text[:1].isupper()
    ):
        return start
    return start - 2 if given.lower_ in GIVEN_NAMES or given_name_gender(given.text + " X") else start


def _particle_start(doc, start: int) -> int:
    """A person entity that left out a lower-case name particle before it ("ap Dafydd" of "Ffion ap
    Dafydd", "dela Cruz" of "Theresa dela Cruz"): its start moved back over the particles and, when a
    capitalised given name or another capitalised name word (not a title, not opening the sentence)
    stands before them, over that word too."""

    def particle(tok) -> bool:
        return tok.is_lower and tok.lower_ in NAME_PARTICLES and tok.lower_ not in _ENGLISH

    k = start
    while k > 0 and particle(doc[k - 1]):
        k -= 1
    if (k == start and not particle(doc[start])) or k == 0:
        return start
    prev = doc[k - 1]
    given = prev.lower_ in GIVEN_NAMES or given_name_gender(prev.text + " X") is not None
    if (
        prev.is_alpha
        and prev.text[:1].isupper()
        and (
            prev.lower_.rstrip(".") in TITLES
            or given
            or (not prev.is_sent_start and prev.ent_type_ in ("", "PERSON"))
        )
    ):
        k -= 1  # a title joins too ("Cllr ap Dafydd"); the name's normal form leaves it out
    return k


def _particle_end(doc, end: int) -> int:
    """A person entity the model ended before lower-case name particles and the surname after them ("Jasper
    Van" of "Jasper Van den Bossche", "Ana" of "Ana de la Cruz"), or right after them ("Hinrich von der" of
    "Hinrich von der Heyde"): its end moved over them and that word."""
    last = doc[end - 1]
    if (
        end < len(doc)
        and end >= 2
        and last.is_lower
        and last.lower_ in NAME_PARTICLES
        and last.lower_ not in _ENGLISH | _PATRONYMIC_MARKERS
        and doc[end].is_alpha
        and doc[end].text[:1].isupper()
    ):
        return end + 1
    k = end
    while (
        k < len(doc)
        and doc[k].is_lower
        and doc[k].lower_ in NAME_PARTICLES
        and doc[k].lower_ not in _ENGLISH | _PATRONYMIC_MARKERS
    ):
        k += 1
    if k == end or k >= len(doc) or not (doc[k].is_alpha and doc[k].text[:1].isupper()):
        return end
    if doc[end - 1].lower_.rstrip(".") in TITLES:
        return end  # "Cllr" | "ap Dafydd": a title alone, the name after it an entity of its own
    return k + 1


# Words that open a father's name after a person's own ("Haji Mohd Rosli bin Pengiran Haji Abdul Hamid"): the
# word after them is no surname of the name before.
_PATRONYMIC_MARKERS = frozenset({"bin", "binti", "ibn", "bint", "anak"})
# Particles that are also English words: before a name they are the English word ("in Le Mans" aside).
_ENGLISH = frozenset({"y", "st", "al", "ten"})


def _unit_after_number(doc, start: int) -> bool:
    """A capital letter with a full stop right after a number ("31 C.", "5 K."): a unit, no initial."""
    tok = doc[start]
    return (
        start > 0
        and doc[start - 1].like_num
        and len(tok.text) == 2
        and tok.text[0].isupper()
        and tok.text[1] == "."
    )


def _name_set_off_after_a_place(doc, start: int, comma: int, end: int) -> bool:
    """ "At Ogunmade Market, Chinedu Okonkwo, who runs a frozen food shop, said": a place of two words or more that a
    sentence opens with, run over its comma into a full name that is itself set off by a comma."""
    return (
        comma - start >= 2
        and end - comma - 1 in (2, 3)
        and end < len(doc)
        and doc[end].text == ","
        and start >= 1
        and doc[start - 1].pos_ == "ADP"
        and _looks_like_full_name([t.text for t in doc[comma + 1 : end]])
    )


def _person_in_entity(doc, start: int, end: int) -> tuple[int, int] | None:
    """The tokens of a person's name in an entity the model gave another kind: titles before a full name,
    a portfolio run into one, a full name with letters after it ("Eoin Kavanagh SC", "Rachel Dunmore KC"),
    or a title and a surname the article names in full; else None."""
    if titled := _titled_full_name(doc, start, end):
        return titled
    for k in range(start + 1, end - 2):
        if doc[k].text == "," and (titled := _titled_full_name(doc, k + 1, end)):
            return titled  # "Amenfiman, Madam Akosua Nyarko", a place run over a comma into the titled name
        if doc[k].text == "," and _name_set_off_after_a_place(doc, start, k, end):
            return k + 1, end
    if (
        end - start >= 3
        and doc[end - 1].text.strip(".") in POST_NOMINALS
        and _looks_like_full_name([t.text for t in doc[start : end - 1]])
    ):
        return start, end - 1
    if k := _portfolio_lead(doc, start, end):
        return k, end
    if (k := _after_inner_title(doc, start, end)) > start and (
        _looks_like_full_name(words := doc[k:end].text.split())
        or (doc[k - 1].text in MEMBER_LETTERS and capitalised_name(words))
    ):
        # "Westmorland and Lonsdale MP Felicity Armitage-Orr", tagged an organisation from "Lonsdale"; "Cork
        # South-Central TD Gráinne Holohan-Mbeki", whose given name the data do not know: the letters prove it
        return k, end
    return (start, end) if _titled_surname(doc, start, end) else None


# Joining words a person entity may end on when the model ran it towards the next name.
_TRAILING_JOINERS = frozenset("of and from at in the".split())


def _without_trailing_joiners(doc, start: int, end: int) -> int:
    """``end`` moved back over joining words a person entity ends on ("Carol Whitcomb-Hayes of", of Rutland):
    the model ran the name towards the next one."""
    while end - start > 1 and doc[end - 1].lower_ in _TRAILING_JOINERS and doc[end - 1].is_lower:
        end -= 1
    return end


def _after_a_closing_bracket(doc, start: int, end: int) -> int:
    """Where a name opens in an entity the model began inside a bracket ("RFO) Ravindra Kumbar" of "Range Forest
    Officer (RFO) Ravindra Kumbar"): after the bracket's end, when no opening bracket comes before it."""
    closing = next((i for i in range(start, end - 1) if doc[i].text == ")"), None)
    if closing is None or any(doc[i].text == "(" for i in range(start, closing)):
        return start
    return closing + 1


def _name_start(doc, start: int, end: int, label: str, persons: frozenset[str]) -> tuple[int, str]:
    """(where the name opens, its label): a given name the model left out ("Mayor Ana Costa" with only "Costa" tagged;
    "Cpl. Harjit Sandhu-Kerr" with only "Sandhu-Kerr", a body; "veteran center Ike" | "Mbatha"), a Malay name's first
    word ("Mohd" outside "Hafiz Abdul Rahman"), or an office's portfolio taken in ("Minister of State for" | "Manpower
    Koh Wei Jie")."""
    if (
        end - start == 1
        and (
            _given_name_before(doc, start)
            or _person_word_before(doc, start, persons)
            or _speaking_word_before(doc, start, persons)
        )
    ) or _given_name_after_a_title(doc, start):
        start, label = start - 1, "PERSON"
    elif label == "PERSON" and end - start == 2 and _given_name_left_out(doc, start):
        start -= 1
    if label == "PERSON" and _malay_first_word_left_out(doc, start):
        start -= 1
    if label == "PERSON" and end - start >= 3 and _portfolio_opening(doc, start):
        start += 1
    return start, label


def _name_extent(doc, ent, persons: frozenset[str] = frozenset()):
    """The entity with the words the model put in or left out of it mended: a demonym or a lower-case
    noun opening it, a run into the next line, a given name or a surname left outside. ``persons``: the
    texts of the doc's person entities."""
    (start, end), label = _person_within(doc, ent, persons)
    start = _after_a_closing_bracket(doc, start, end)
    if label == "PERSON" and _participle_lead(doc, start, end):
        start += 1
    if end - start >= 3 and _unit_after_number(doc, start):
        start += 1  # "reads 31 C. Anneke Lindqvist is …": the unit ended the sentence before the name
    start, label = _past_a_national_lead(doc, start, end, label)
    if "\n" in ent.text:
        start, end = _line_part(doc, start, end)
    start, label = _name_start(doc, start, end, label, persons)
    if label == "PERSON" and (after := _name_after_titles(doc, start, end)):
        end = after
    elif label == "PERSON" and _surname_after(doc, end):
        end += 1
    elif label == "PERSON" and _one_given_name(doc, start, end) and _two_name_words_after(doc, end):
        end += 2
    if label == "ORG" and end - start >= 2 and doc[end - 1].lower_ == "of":
        end = _name_after_of(doc, end)  # "the Ukrainian Catholic Archeparchy of" | "Winnipeg"
    elif label == "ORG" and doc[end - 1].lower_ in _FOR_HEADS:
        end = _name_after_for(doc, end)  # "Canada Council" | "for the Arts"
    if label != "PERSON":
        end = _word_cut_at_its_hyphen(doc, end)
    if label != "PERSON" and end - start >= 2 and doc[end - 1].text in MEMBER_LETTERS:
        end -= 1  # "the Jacques-Cartier MNA said": the riding, and the member's letters a role noun
    if label == "PERSON":
        end = _number_word_name_end(doc, start, end)
        start, end = _sikh_extent(doc, start, end)
        end = _given_name_after_surname(doc, _hyphenated_end(doc, start, end))
        end = _particle_end(doc, _given_name_half_after(doc, start, end))
        end = _third_syllable_after(doc, start, end)
        start = _chinese_surname_before(doc, start, end)
        start = _hyphenated_start(doc, _particle_start(doc, _hyphenated_start(doc, start)))
    if (start, end) == (ent.start, ent.end) and label == ent.label_:
        return ent
    span = doc[start:end]
    span.label_ = label
    return span


def _word_cut_at_its_hyphen(doc, end: int) -> int:
    """The end of a body's name the model cut inside a co-operative's word at its hyphen ("Carbery Vale Co" of
    "Carbery Vale Co-operative", "Co-op"), moved past the hyphen and the word's other half; not a compound after a name
    ("Winnipeg-based"), which is no part of it."""
    if end >= 2 and end < len(doc) and doc[end - 1].text in _HYPHENS and doc[end - 2].lower_ == "co":
        tail = end  # the hyphen taken in, the half after it left out ("Brackenford Vale Co-")
    elif 1 <= end < len(doc) - 1 and doc[end - 1].lower_ == "co" and doc[end].text in _HYPHENS:
        if doc[end - 1].whitespace_ or doc[end].whitespace_:
            return end  # (a hyphen set off by a space joins no word)
        tail = end + 1
    else:
        return end
    return tail + 1 if doc[tail].lower_ in _CO_OPERATIVE_TAILS else end


# The halves after "Co-" of a co-operative's word, and the hyphens between.
_CO_OPERATIVE_TAILS = frozenset({"op", "operative", "operatives", "ops"})
_HYPHENS = ("-", "‐")


def _name_after_of(doc, end: int) -> int:
    """The end of a body's name the model cut after its "of" ("the Ukrainian Catholic Archeparchy of",
    then "Winnipeg" tagged something else): the run of capitalised words after it on the same line, at
    most three; the "of" alone when none follows."""
    i = end
    while (
        i < len(doc)
        and i - end < 3
        and doc[i].text[:1].isupper()
        and doc[i].is_alpha
        and "\n" not in doc[i - 1].whitespace_
    ):
        i += 1
    return i if i > end else end


# Heads of a body's name that go on with "for" and what the body is for ("Canada Council for the Arts",
# "Centre for Addiction and Mental Health", "Institute for Fiscal Studies").
_FOR_HEADS = frozenset(
    "council centre center institute coalition foundation alliance commission fund trust".split()
)


def _name_after_for(doc, end: int) -> int:
    """The end of a body's name the model cut before its "for" ("Canada Council" | "for the Arts"): "for", an
    optional "the" and a run of capitalised words on the same line (at most four, "and" between two of them),
    none of them a name the model tagged a person. ``end`` when no capitalised word follows."""
    i = end
    if i >= len(doc) or doc[i].lower_ != "for":
        return end
    i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    first = i
    while i < len(doc) and i - first < 5:
        t = doc[i]
        if "\n" in doc[i - 1].whitespace_ or t.ent_type_ == "PERSON":
            break
        if t.text[:1].isupper() and t.is_alpha:
            i += 1
        elif t.lower_ == "and" and i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and i > first:
            i += 1
        else:
            break
    while i > first and doc[i - 1].lower_ == "and":
        i -= 1
    return i if i > first else end


def _person_within(doc, ent, persons: frozenset[str]) -> tuple[tuple[int, int], str]:
    """The entity's first mending: a person's lower-case lead, trailing joiners and inner title cut, a
    person found inside a body's or a place's entity ("Mayor Ana Costa" of a longer name), or half a
    hyphenated name; then a Sikh given name left outside ("Amarjit" | "Singh Sandhu", "Harjit Kaur" |
    "Sandhu" tagged a body)."""
    label, start, end = ent.label_, ent.start, ent.end
    if label == "PERSON":
        start += _lower_lead(doc, start, end)
        end = _sikh_name_end(doc, _without_trailing_joiners(doc, start, end))
        start = _after_inner_title(doc, start, end)
    elif label in KIND_OF_LABEL and (person := _person_in_entity(doc, start, end)):
        (start, end), label = person, "PERSON"
    elif label in KIND_OF_LABEL and (person := _person_cut_at_a_hyphen(doc, start, end, persons)):
        (start, end), label = person, "PERSON"
    if (label == "PERSON" or label in KIND_OF_LABEL) and (
        given := _sikh_given_name_start(doc, start)
    ) < start:
        start, label = given, "PERSON"
    return (start, end), label


def _person_cut_at_a_hyphen(doc, start: int, end: int, persons: frozenset[str]) -> tuple[int, int] | None:
    """A one-word entity of another kind that is part of a hyphenated name the model cut: half of a
    double-barrelled surname the article gives a person in full ("Navarro" of "Navarro-Quinn wrote",
    beside "Judge Patricia Navarro-Quinn"), or a surname after a hyphenated given name of two short
    syllables ("Park" of "Hyun-woo Park"; not "Anti-war Park", "Middle-aged Canadians", "Republican-held
    Senate"): the whole name's tokens."""
    if end - start != 1:
        return None
    e = _hyphen_joined_end(doc, end)
    if e > end:
        whole = doc[start:e].text
        return (start, e) if any(p == whole or p.endswith(" " + whole) for p in persons) else None
    if start < 3 or doc[start - 2].text not in ("-", "‐") or doc[start - 3].whitespace_:
        return None
    first, second = doc[start - 3], doc[start - 1]
    if (
        doc[start - 2].whitespace_
        or not second.whitespace_
        or len(first.text) > 5
        or len(second.text) > 5
        or second.lower_.endswith("ed")
        or second.lower_ in COMPOUND_ENDINGS
        or first.lower_ in HYPHEN_PREFIXES
        or not HYPHENED_GIVEN.match(first.text + "-" + second.text)
    ):
        return None
    return start - 3, end


def _given_name_over_role(titles: list[str], norm: str, gender: str) -> str:
    """The gender hint of a role title of one sex by its ending ("alderman", "chairman", "spokeswoman")
    gives way to a near-certain given name of the other ("DUP alderman Sharon McIlroy": many papers
    write the -man titles for women too); a courtesy title ("Mr", "Lady", "Sir") does not."""
    sexed = [title_key(w) for w in titles if title_gender(w)]
    if not sexed or not all(w.endswith(("man", "woman")) for w in sexed):
        return gender
    named = given_name_gender(norm)
    return named[0] if named else gender


# Particles between a given name and the surname or father's name that only a name puts there: Welsh and
# Irish ("Rhodri ap Gwilym", "Seán Ó Murchú", "Aoife Ní Bhriain"; "Mac" is left out: "Big Mac Index") and
# Malay or Arabic ("Norhayati binti Abdul Rahman", "Ahmad bin Ismail") and Iban ("Sani anak Empaling").
_JOINING_PARTICLES = frozenset(
    {"ap", "ab", "Ó", "Ní", "Nic", "Mhic", "Uí", "Ua", "bin", "binti", "binte", "bint", "anak"}
)
_A_JOINING_PARTICLE = re.compile(rf"(?<!\w)(?:{'|'.join(sorted(_JOINING_PARTICLES))})(?!\w)")


def _particle_names(doc, spans: list, text: str) -> list:
    """The entities, with a person's for each capitalised word, such a particle and capitalised word on one
    line when the model did not tag the first word a person ("Rhodri ap Gwilym", "Rhodri" and "Gwilym" tagged
    bodies; "Norhayati binti Abdul Rahman", "Norhayati" a body and "Abdul Rahman" a person, taken whole); the
    entities they overlap give way."""
    found = []
    if _A_JOINING_PARTICLE.search(text) is None:
        return spans  # (read only where the text can match)
    for i in range(1, len(doc) - 1):
        tok = doc[i]
        if tok.text not in _JOINING_PARTICLES:
            continue
        given, surname = doc[i - 1], doc[i + 1]
        if "\n" in given.whitespace_ or "\n" in tok.whitespace_:
            continue
        if not (_name_word(given.text) and _name_word(surname.text)) or given.is_stop:
            continue
        if given.is_sent_start and tok.text != "anak":
            continue  # ("Sani anak Empaling, 45, said …": an Iban name opens a sentence as any name does)
        start = i - 1
        if given.ent_type_ == "PERSON" and tok.text == "anak":
            # "Longhouse chief Tuai Rumah Jalong anak Ngelai": the model's person ends at the particle, the father's name
            # after it tagged a body or nothing
            start = next((e.start for e in doc.ents if e.end == i and e.label_ == "PERSON"), start)
        elif len(given.text) < 2 or given.ent_type_ == "PERSON":
            continue  # an initial ("D Ó Murchú" of a team sheet); the model's own person, mended by particle rules
        end = i + 2
        if surname.ent_type_ == "PERSON":  # the father's or family name the model tagged alone: taken whole
            end = next((e.end for e in doc.ents if e.start == i + 1), end)
        while (  # the rest of it: "Nic Giolla Phádraig", "bin Pengiran Haji Abdul Hamid"
            end < len(doc)
            and end - i < _PARTICLE_NAME_WORDS
            and _name_word(doc[end].text)
            and not doc[end].is_stop
            and "\n" not in doc[end - 1].whitespace_
            and doc[end - 1].whitespace_
        ):
            end += 1
        found.append((start, end))
    if not found:
        return spans
    out = [e for e in spans if not any(e.start < b and a < e.end for a, b in found)]
    for a, b in found:
        span = doc[a:b]
        span.label_ = "PERSON"
        out.append(span)
    return sorted(out, key=lambda e: e.start)


_PARTICLE_NAME_WORDS = 5  # words after a particle a name may run to ("bin Pengiran Haji Abdul Hamid")
_LONGEST_NAME = 5  # words of a name two person entities may join into ("Syed Zahir Ali Khan")


def _join_split_names(doc, spans: list) -> list:
    """Two person entities side by side, nothing between them but a space, that the parse makes one name
    (the first's last word a compound of a word of the second: "Syed Zahir" | "Ali Khan"): one entity.
    Two names are never written so; a comma, "and" or a line break keeps them apart."""
    out: list = []
    for ent in spans:
        prev = out[-1] if out else None
        if prev is not None and _titled_given_name_and_surname(doc, prev, ent):
            joined = doc[prev.start : ent.end]
            joined.label_ = "PERSON"
            out[-1] = joined
            continue
        if (
            prev is not None
            and prev.label_ == ent.label_ == "PERSON"
            and ent.start == prev.end
            and doc[prev.end - 1].whitespace_ == " "
            and doc[prev.end - 1].dep_ == "compound"
            and ent.start <= doc[prev.end - 1].head.i < ent.end
            and ent.end - prev.start <= _LONGEST_NAME
        ):
            joined = doc[prev.start : ent.end]
            joined.label_ = "PERSON"
            out[-1] = joined
            continue
        out.append(ent)
    return out


def _titled_given_name_and_surname(doc, prev, ent) -> bool:
    """Two one-word entities side by side after a personal title or a role noun, the first a given name, whatever the
    model tagged them ("Dr" | "Fergal" | "Houlihan", both tagged places; "rookie forward" | "Imani" | "Folarin"): the
    title's person, whole. The title may be inside the first entity ("Cllr Aoife" | "Brennan")."""
    given = prev.end - 1
    return (
        (len(prev) == 1 or only_titles([t.text for t in doc[prev.start : given]]))
        and len(ent) == 1
        and ent.start == prev.end
        and prev.label_ in _SPLIT_NAME_KINDS
        and ent.label_ in _SPLIT_NAME_KINDS
        and doc[given].whitespace_ == " "
        and (titled_before(doc, given) or (prev.label_ != "PERSON" and _role_noun_before(doc, given)))
        and (doc[given].lower_ in GIVEN_NAMES or given_name_gender(doc[given].text + " X") is not None)
        and _name_word(doc[ent.start].text)
    )


# What the model may tag the two words of a titled name it split ("Dr Fergal Houlihan": two places).
_SPLIT_NAME_KINDS = frozenset({"PERSON", "GPE", "ORG", "NORP", "LOC"})


def _role_noun_before(doc, start: int) -> bool:
    """A lower-case role or trade right before ``start`` ("rookie forward" | "Imani" | "Folarin"), as a title stands (for
    a given name the model tagged otherwise: one it tagged a person is read by the surname rules, "manager" | "Marc" |
    "Sauvé" a place when the article names the place alone)."""
    return start > 0 and doc[start - 1].is_lower and doc[start - 1].lower_ in OCCUPATIONS


# Kinds of entity we list none of, which the model sometimes gives a full name.
_UNLISTED_KINDS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})


def _titled_name_of_another_kind(doc, ent) -> bool:
    """A full name the model tagged a work, a product or an event, right after a role noun or a title
    ("Ward 32 councillor Themba Mkhize, no relation to …", tagged a work of art): a person's."""
    if ent.label_ not in _UNLISTED_KINDS or ent.start == 0:
        return False
    prev = doc[ent.start - 1]
    if prev.lower_ not in ROLE_NOUNS and title_key(prev.text) not in PERSONAL_TITLES:
        return False
    return (
        "\n" not in prev.whitespace_
        and not any(t.is_stop for t in ent)
        and capitalised_name([t.text for t in ent])
    )


def _surname_of_another_kind(doc, ent, persons: frozenset[str]) -> bool:
    """A surname the model tagged a work, a product or an event ("“…,” Whitcombe-Sato said" beside "Richard
    Whitcombe-Sato"): the last word of a full name it tagged a person, not written inside quotation marks (a
    title's) nor opening a longer name."""
    if ent.label_ not in _UNLISTED_KINDS or not ent.text[:1].isupper():
        return False
    if 0 < ent.start and ent.end < len(doc) and doc[ent.start - 1].is_quote and doc[ent.end].is_quote:
        return False
    if ent.end < len(doc) and doc[ent.end].is_title and doc[ent.end].is_alpha:
        return False  # "Delaney Amusements" beside Mark Delaney: a name the surname opens
    return any(len(p.split()) >= 2 and p.split()[-1] == ent.text for p in persons)


def _as_person_when_titled(doc, ent, persons: frozenset[str] = frozenset()):
    """``ent``, relabelled a person's when it is a titled full name, or a full name's surname, of an unlisted
    kind."""
    if not (_titled_name_of_another_kind(doc, ent) or _surname_of_another_kind(doc, ent, persons)):
        return ent
    span = doc[ent.start : ent.end]
    span.label_ = "PERSON"
    return span


def find_mentions(doc, text: str | None = None) -> list[Mention]:
    """One ``Mention`` per usable entity: a kind we list, not a URL or number, with a capital letter
    (``text`` is ``doc.text`` when the caller has it)."""
    out: list[Mention] = []
    spans, named = [], {}
    for ent in doc.ents:
        parts = _entity_parts(doc, ent, named)
        if parts is None:
            spans.append(ent)
            continue
        for start, end, label in parts:
            part = doc[start:end]
            part.label_ = label
            spans.append(part)
    spans = _join_split_names(doc, _particle_names(doc, spans, doc.text if text is None else text))
    persons = frozenset(e.text for e in doc.ents if e.label_ == "PERSON")
    for ent in spans:
        ent = _past_a_nickname(
            doc, _without_a_hyphened_titles_end(doc, _as_person_when_titled(doc, ent, persons))
        )
        if ent.label_ not in KIND_OF_LABEL:
            continue
        ent = _name_extent(doc, ent, persons)
        surface = ent.text
        if _JUNK.search(surface) or len(surface) > 80:
            continue
        norm, gender = normalise_name(surface, ent.label_)
        if ent.label_ == "PERSON" and " " not in norm:
            norm = _around_nickname(doc, ent, norm)
        # A title just before the entity ("Mr. Putin", "President Xi").
        if ent.start > 0:
            gender = title_gender(doc[ent.start - 1].lower_) or gender
        if not norm or not any(c.isalpha() for c in norm) or norm.lower() == norm:
            continue
        if ent.label_ == "PERSON" and (
            len(norm) < 2
            or _imperative(doc, ent)
            or only_titles(surface.split())
            or _ends_in_a_cut_title(doc, ent)
        ):
            continue  # "Taoiseach", "Tan Sri Dr": titles only
        if ent.label_ == "PERSON" and _office_before_its_seat(doc, ent):
            continue  # "Sinn Féin TD" | "for Waterford Orla Kiersey": a party's office, its holder named after the seat
        if ent.label_ != "PERSON" and _rank_before_a_person(doc, ent):
            continue  # "secretary Air Commodore (retd) Tariq Mehmood Bajwa": a rank tagged a body
        if _role_by_its_letters(doc, ent):
            continue  # "the MLA said", "the GP said": a role by its initials, no body's name
        # Courtesy titles inside the entity ("Ms. Kerr") or just before it; only up to the name itself.
        head = surface.replace("\n", " ").split()[: max(0, len(surface.split()) - len(norm.split()))]
        before = [doc[ent.start - 1].text] if ent.start > 0 else []
        honorific = honorific_of(head) or honorific_of(before)
        if gender and ent.label_ == "PERSON":
            gender = _given_name_over_role(head + before, norm, gender)
        out.append(Mention(ent.start, ent.end, surface.strip(), norm, ent.label_, gender, honorific))
    _drop_overlapped(out)
    _share_surname(doc, out)
    _strip_soft_titles(out)
    return out


def _office_before_its_seat(doc, ent) -> bool:
    """A person's entity of two words or more ending on an office's title, "for" right after it and no given name
    opening it ("Sinn Féin TD" | "for Waterford", "Fianna Fáil TD" | "for Cork South-West"): a party and its member's
    office, the seat and the member's name to come; not "John Hale MP" (a name, the title after it)."""
    if len(ent) < 2 or ent.end >= len(doc) or doc[ent.end].lower_ != "for":
        return False
    if ent[-1].lower_.rstrip(".") not in TITLES:
        return False
    return given_name_gender(ent.text) is None and ent[0].lower_ not in GIVEN_NAMES


def _without_a_hyphened_titles_end(doc, ent):
    """A person's entity of three words or more that opens with the end of a hyphened title before it ("Officer-in-" +
    "Charge Md Firoz Alam", "Commander-in-" + "Chief …"): the name after that word."""
    s = ent.start
    if (
        ent.label_ != "PERSON"
        or len(ent) < 3
        or s < 2
        or doc[s - 1].text not in ("-", "‑")
        or doc[s - 1].whitespace_
        or doc[s - 2].whitespace_
        or doc[s - 2].lower_ not in ("in", "of", "at")
    ):
        return ent
    span = doc[s + 1 : ent.end]
    span.label_ = ent.label_
    return span


def _past_a_nickname(doc, ent):
    """An entity that opens inside a nickname's quotation marks and runs on past the closing one ("Guadalupe “" +
    "Lupe” Zamarripa", tagged a work's title): the surname after the mark, a person's, when a given name stands before
    the opening one (``_around_nickname`` then joins the two)."""
    if ent.start < 2 or doc[ent.start - 1].text not in QUOTE_OPENERS:
        return ent
    close = next((k for k in range(ent.start + 1, ent.end - 1) if doc[k].text in QUOTE_CLOSERS), None)
    if close is None or close - ent.start > 3:
        return ent
    span = doc[close + 1 : ent.end]
    span.label_ = "PERSON"
    return span if _given_name_before_nickname(doc, span.start) else ent


def _surname_after_nickname(doc, end: int) -> str | None:
    """The surname after a nickname in quotation marks right after a given name ("Ger ‘the Bomber’ Hehir",
    "James “Whitey” Bulger"): one capitalised word after the closing mark, ending the name; else None."""
    if end >= len(doc) or doc[end].text not in QUOTE_OPENERS:
        return None
    close = next((k for k in range(end + 2, min(len(doc), end + 6)) if doc[k].text in QUOTE_CLOSERS), None)
    if close is None or close + 1 >= len(doc) or "\n" in doc[end : close + 1].text:
        return None
    word = doc[close + 1]
    after = doc[close + 2] if close + 2 < len(doc) else None
    if not (word.is_alpha and word.text[:1].isupper() and word.text[1:].islower() and len(word) > 1):
        return None
    if after is not None and after.text[:1].isupper() and after.is_alpha:
        return None  # a longer run of capitals: a title or another name, not one surname
    again = any(t.text == word.text for t in doc if t.i != word.i)
    return word.text if word.ent_type_ == "PERSON" or again else None  # "Hehir moved …" later


def _around_nickname(doc, ent, norm: str) -> str:
    """A one-word person name completed across a nickname in quotation marks: "Ger ‘the Bomber’ Hehir"
    is Ger Hehir (the model tagged the given name), "René “Boom-Boom” Lapointe-Bouchard" René
    Lapointe-Bouchard (it tagged the surname alone)."""
    if surname := _surname_after_nickname(doc, ent.end):
        return f"{norm} {surname}"
    if given := _given_name_before_nickname(doc, ent.start):
        return f"{given} {norm}"
    return norm


def _given_name_before_nickname(doc, start: int) -> str | None:
    """The given name before a nickname in quotation marks right before a surname the model tagged alone
    ("René “Boom-Boom” Lapointe-Bouchard", "Teodoro ‘Teddy’ Alcaraz"): a capitalised word the given-name
    data knows, or any capitalised word of no entity, no title and no function word ("René", read as a
    verb), before a nickname of at most four tokens on one line; else None. Without it the man is his
    surname alone, and merges with a relative of that surname."""
    if start < 3 or doc[start - 1].text not in QUOTE_CLOSERS:
        return None
    opener = next((k for k in range(start - 2, max(0, start - 6), -1) if doc[k].text in QUOTE_OPENERS), None)
    if opener is None or opener < 1 or "\n" in doc[opener - 1 : start].text:
        return None
    word = doc[opener - 1]
    if not (word.is_alpha and word.text[:1].isupper() and word.text[1:].islower() and len(word) > 1):
        return None
    if given_name_gender(f"{word.text} {doc[start].text}") is not None:
        return word.text
    plain = not word.is_stop and not word.ent_type_ and word.lower_.rstrip(".") not in TITLES
    return word.text if plain and word.pos_ in ("PROPN", "NOUN", "VERB", "ADJ") else None


def _entity_parts(doc, ent, named: dict) -> list[tuple[int, int, str]] | None:
    """The parts an entity stands for when it is not one name (see the rules called), or None. ``named`` holds
    the article's person words once one rule has read them."""
    parts = None
    if ent.label_ != "PERSON" and any(t.tag_ == "POS" for t in ent[1:-1]):
        if "words" not in named:
            named["words"] = person_words(doc)
        parts = _possessive_parts(doc, ent, named["words"])
    if parts is None and ent.label_ != "PERSON":
        parts = _person_of_body(doc, ent) or _run_over_a_verb(doc, ent) or _name_after_a_number_line(doc, ent)
    if parts is None:
        parts = _name_after_inner_title(doc, ent)
    if parts is None and ent.label_ in ("PERSON", "ORG"):
        parts = _name_after_a_photo_credit(doc, ent)
    return parts if parts is not None else _hyphened_name_closing_a_body(doc, ent)


def _name_after_a_photo_credit(doc, ent) -> list[tuple[int, int, str]] | None:
    """A person's name the model ran on from a photo credit above it ("Marek Zielinski / Global News Shirley Dueck, who
    has lived …", the credit's line joined to the paragraph's, tagged a person or a body): the credit is one part, the
    last two words, opening with a given name and going on into the sentence with a comma or a verb, a person."""
    slash = next((t.i for t in ent if t.text == "/"), None)
    if slash is None or ent.end - slash < 4 or ent.end >= len(doc):
        return None
    given, surname = doc[ent.end - 2], doc[ent.end - 1]
    if not (given.is_alpha and surname.is_alpha and given.text[:1].isupper() and surname.text[:1].isupper()):
        return None
    if given.lower_ not in GIVEN_NAMES and given_name_gender(given.text + " X") is None:
        return None
    if not (doc[ent.end].text == "," or doc[ent.end].pos_ in ("VERB", "AUX")):
        return None
    return [(ent.start, ent.end - 2, ent.label_), (ent.end - 2, ent.end, "PERSON")]


def _hyphened_name_closing_a_body(doc, ent) -> list[tuple[int, int, str]] | None:
    """A Cantonese or Korean name (a surname and a hyphened given name, ``HYPHENED_GIVEN``) closing an entity of several
    words the model tagged a body ("Secretary for Transport and Logistics Kwan Wing-sze", tagged from "Transport"): the
    office's words before it are no part of a person's name, the two words are."""
    if ent.label_ not in ("ORG", "FAC", "GPE") or len(ent) < 4:
        return None
    for k in (ent.end - 3, ent.end - 1):  # the given name as one token or three ("Wing", "-", "sze")
        given, surname = doc[k : ent.end], doc[k - 1]
        if (
            k - 1 > ent.start
            and HYPHENED_GIVEN.match(given.text)
            and given.text.split("-")[0].lower()
            not in HYPHEN_PREFIXES  # "Kiwifruit Co-op": a body's last word
            and surname.is_alpha
            and surname.text[:1].isupper()
        ):
            english = doc[
                k - 2
            ]  # an English given name first ("Helen Tse Kit-ying"): the name rules read it whole
            if english.lower_ in GIVEN_NAMES or given_name_gender(english.text + " X") is not None:
                return None
            return [(k - 1, ent.end, "PERSON")]
    return None


def _name_after_a_number_line(doc, ent) -> list[tuple[int, int, str]] | None:
    """A number the model ran across a paragraph break into the name opening the next ("02:14" under a video player,
    then "Gord Tessler, who has lived …", tagged one quantity): the two or three capitalised words after the break,
    opening with a given name, are a person's."""
    if ent.label_ not in _NUMBER_LABELS:
        return None
    breaks = [t.i for t in ent if t.is_space and "\n" in t.text]
    if not breaks:
        return None
    rest = doc[breaks[-1] + 1 : ent.end]
    words = rest.text.split()
    if not 2 <= len(words) <= 3 or not all(_name_word(w) for w in words):
        return None
    first = words[0].lower()
    given = first in GIVEN_NAMES or first in SHORT_GIVEN_NAMES or given_name_gender(rest.text) is not None
    return [(rest.start, rest.end, "PERSON")] if given else None


# Labels of numbers, times and amounts, which the model may run into a name after a line break.
_NUMBER_LABELS = frozenset({"QUANTITY", "CARDINAL", "TIME", "DATE", "MONEY", "PERCENT", "ORDINAL"})


def _name_after_inner_title(doc, ent) -> list[tuple[int, int, str]] | None:
    """An entity with a seat or a place, an abbreviated title and a name ("Kanata North Coun. Riley McTavish",
    tagged one organisation or one person): the person is the two or three capitalised words after the title,
    which closes with its full stop; the seat before it is no one. So is a name opening with an initial after a
    capitalised role noun (``_name_after_occupation``)."""
    for k in range(ent.start + 1, ent.end - 2):
        t = doc[k]
        if t.text[:1].isupper() and t.lower_ in OCCUPATIONS and _name_after_occupation(doc[k + 1 : ent.end]):
            return [(k + 1, ent.end, "PERSON")]
        if t.text.endswith(".") and t.text[:1].isupper() and title_key(t.text) in TITLES:
            rest = doc[k + 1 : ent.end]
            if 2 <= len(rest) <= 3 and all(w.text[:1].isupper() and w.is_alpha for w in rest):
                return [(k + 1, ent.end, "PERSON")]
            return None
    return None


def _name_after_occupation(rest) -> bool:
    """Whether the words closing an entity after a capitalised role noun are a person's name: an initial and one or
    two capitalised words ("District Collector K. Srinivasa Rao"), or two or three capitalised words opening with a
    given name the name data know ("District Collector Harish Nambiar")."""
    if rest and re.fullmatch(r"[A-Z]\.", rest[0].text):
        return 1 <= len(rest) - 1 <= 2 and all(w.text[:1].isupper() and w.is_alpha for w in rest[1:])
    return (
        2 <= len(rest) <= 3
        and all(w.text[:1].isupper() and w.is_alpha and not w.text.isupper() for w in rest)
        and given_name_gender(rest[0].text + " X") is not None
    )


def _ends_in_a_cut_title(doc, ent) -> bool:
    """A "person" that ends in an abbreviated title whose full stop the sentence splitter took for the
    sentence's end ("Kanata North Coun." | "Riley McTavish, a longtime critic, …"): a seat or place and a
    title, the name in the next sentence."""
    last = doc[ent.end - 1]
    return (
        ent.end - ent.start >= 2
        and title_key(last.text) in TITLES
        and ent.end < len(doc)
        and doc[ent.end].text == "."
        and doc[ent.end].is_sent_end
    )


def _role_by_its_letters(doc, ent) -> bool:
    """An entity of one word in capitals that is a role's initials ("MLA", "MP", "TD", "GP", "CEO") after an article
    or a modifier ("the MLA", "the two-time MLA", "a local GP"): the role written short, no one's name; "TD said"
    with nothing before it may be a bank."""
    if len(ent) != 1 or not ent.text.isupper() or title_key(ent.text) not in ROLE_INITIALS:
        return False
    before = doc[ent.start - 1] if ent.start else None
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN"):
        # "GP practice", "MLA offices": a modifier, a role's only for initials no body or state goes by ("the MP
        # government" is Madhya Pradesh's, "TD economist" a bank's)
        return title_key(ent.text) in ROLE_ONLY_INITIALS
    return before is not None and (
        before.lower_ in ("the", "a", "an") or (before.pos_ in ("ADJ", "NUM") and before.text.islower())
    )


def _rank_before_a_person(doc, ent) -> bool:
    """An entity of another kind that is titles only ("Air Commodore", "Rear Admiral") right before a
    person's name, over a bracketed note ("(retd)", "(Dr)"): the name's rank, no body of its own."""
    if not only_titles([t.text for t in ent]):
        return False
    k = ent.end
    if k < len(doc) and doc[k].text == "(":
        close = next((j for j in range(k + 1, min(len(doc), k + 4)) if doc[j].text == ")"), None)
        k = close + 1 if close is not None else k
    return k < len(doc) and doc[k].ent_type_ == "PERSON"


def _strip_soft_titles(mentions: list[Mention]) -> None:
    """A title that is a given name too ("Ratu", "Adi"), which the article writes as a title before a full
    name ("Ratu Josefa Vuniwai"), is a title before one name as well ("Ratu Josefa said"): dropped there."""
    used = {
        title_key(m.surface.split()[0])
        for m in mentions
        if m.label == "PERSON"
        and title_key(m.surface.split()[0]) in SOFT_TITLES
        and m.norm.split()[0] != m.surface.split()[0]
    }
    for m in mentions:
        words = m.norm.split()
        if m.label == "PERSON" and len(words) == 2 and title_key(words[0]) in used:
            m.norm = words[1]


# Words that follow a verb, never a name, with no comma between ("Mark my words", "Grant us time").
_OBJECT_WORDS = frozenset("my your our me us him them".split())


def _imperative(doc, ent) -> bool:
    """A one-word "name" opening a sentence right before an object or possessive pronoun ("Mark my
    words", "Grant us a minute"): a verb in the imperative that the model read as a given name."""
    return (
        len(ent) == 1 and ent[0].is_sent_start and ent.end < len(doc) and doc[ent.end].lower_ in _OBJECT_WORDS
    )


def _drop_overlapped(mentions: list[Mention]) -> None:
    """A mention that a person's longer, mended name now overlaps ("Cllr Ffion", tagged an organisation,
    beside "Ffion ap Dafydd"; "Cllr" beside "Cllr ap Dafydd") is no mention of its own."""
    people = [m for m in mentions if m.label == "PERSON"]
    mentions[:] = [
        m
        for m in mentions
        if not any(
            p is not m and p.start < m.end and m.start < p.end and p.end - p.start > m.end - m.start
            for p in people
        )
    ]


def _given(word: str) -> bool:
    """A given name: the hand list, or the name data give it to one sex."""
    return word.lower() in GIVEN_NAMES or given_name_gender(word + " X") is not None


def _share_surname(doc, mentions: list[Mention]) -> None:
    """A lone given name joined by "and" to a full name opening with another given name ("Colin and
    Elaine Dunmore", "Tom & Ana Ruiz") is named with that surname: two people of one family. When the
    model left that given name untagged or gave it a kind we do not list ("Rajesh", a product), it becomes
    a mention; tagged a place or a body ("Harish and Meena Patel", "Harish" a place), it is the person when
    the name data make it a given name of one sex."""
    added = []
    persons = [m.norm.split() for m in mentions if m.label == "PERSON" and " " in m.norm]
    for i, second in enumerate(mentions):
        words = second.norm.split()
        if second.label != "PERSON" or len(words) < 2 or second.start < 2 or not _given(words[0]):
            continue
        if doc[second.start - 1].lower_ not in ("and", "&") or second.surface.split()[0] != words[0]:
            continue
        tok = doc[second.start - 2]
        if not (tok.is_alpha and tok.text.istitle() and _given(tok.text)) or tok.text == words[0]:
            continue
        before = doc[tok.i - 1] if tok.i else None
        if before is not None and any(c.isupper() for c in before.text) and not before.is_sent_start:
            continue  # "Todd Rogers and Adan Acevedo": the word before is a surname, not a given name
        if before is not None and before.text == "," and tok.i >= 2 and doc[tok.i - 2].text[:1].isupper():
            continue  # "Brandy, Monica and Lauryn Hill": a series of people, each named alone
        if any(tok.text in (w[0], w[-1]) and w[1:] != words[1:] for w in persons):
            continue  # "Clinton and Tim Kaine" beside "Hillary Clinton": another person's name
        surname = " ".join(words[1:])
        first = mentions[i - 1] if i else None
        if first is not None and (first.start, first.end) == (tok.i, tok.i + 1):
            if first.norm == tok.text and (first.label == "PERSON" or given_name_gender(tok.text + " X")):
                first.norm, first.label = f"{tok.text} {surname}", "PERSON"  # "Harish" tagged a place
        elif (not tok.ent_type_ or tok.ent_type_ not in KIND_OF_LABEL) and not tok.is_sent_start:
            added.append(Mention(tok.i, tok.i + 1, tok.text, f"{tok.text} {surname}", "PERSON", None))
    if added:
        mentions.extend(added)
        mentions.sort(key=lambda m: m.start)
