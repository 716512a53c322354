"""Name mentions: spaCy entities turned into normalised names with a gender hint from a title."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.nlp.actors.gender import given_name_gender
from bot.nlp.actors.lexicon import (
    FEMALE_TITLES,
    GIVEN_NAMES,
    HONORIFICS,
    KIND_OF_LABEL,
    MALE_TITLES,
    TITLES,
    TRAILING_TITLES,
)

_POSSESSIVE = re.compile(r"(?:[’‘']s|(?<=s)[’'])$")
_JUNK = re.compile(r"https?:|www\.|@|#|pic\.twitter|\.com\b|^\W+$|^\d[\d\W]*$")
# "Justin Trudeau’s Liberals": the entity ran past a possessive; the name is what comes before it.
_INNER_POSSESSIVE = re.compile(r"^(.+?)[’‘']s\s+\S")
# "Khaled Belkacemi,60", "Lauren Pelley / CBC News": the name ends at a comma, slash or digit.
_NAME_END = re.compile(r"\s*(?:[,/|]|\d).*$", re.S)
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


def normalise_name(text: str, label: str = "PERSON") -> tuple[str, str | None]:
    """The name without titles, possessives and edge punctuation, and a gender hint from a title."""
    if label == "PERSON":
        m = _INNER_POSSESSIVE.match(text)
        if m:
            text = m.group(1)
        text = _NAME_END.sub("", text)
    words = text.replace("\n", " ").split()
    # "’s Trudeau": a possessive ending split off the word before.
    while words and words[0] in ("s", "’s", "'s"):
        words = words[1:]
    gender = None
    # Titles at the front; a nationality before a title ("Russian President") goes with it.
    while len(words) > 1 and label == "PERSON":
        w = words[0].lower().rstrip(".")
        gender = title_gender(w) or gender
        if w in TITLES:
            words = words[1:]
            continue
        if len(words) > 2 and words[1].lower().rstrip(".") in TITLES:
            words = words[1:]
            continue
        break
    if label != "PERSON" and words and words[0].lower() == "the" and len(words) > 1:
        words = words[1:]
    if label == "PERSON":
        # Trailing suffixes stay ("Jr."); a trailing title word ("Putin aide") does not.
        while len(words) > 1 and words[-1].lower().rstrip(".") in TRAILING_TITLES:
            words = words[:-1]
    if label == "PERSON" and len(words) >= 3 and words[-1] == words[-2]:
        words = words[:-1]  # "Maria Keller Keller": a line break joined a name to the next line's surname
    if words:
        words[-1] = strip_possessive(words[-1])
    name = " ".join(words).strip(_EDGE_PUNCT)
    name = strip_possessive(name).strip(_EDGE_PUNCT)
    return name, gender


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
    return max(runs, key=lambda r: r[1] - r[0]) if runs else (start, end)


def _given_name_before(doc, start: int) -> bool:
    """The token before ``start`` is a capitalised given name outside any entity ("Ana" in "Mayor Ana
    Costa" when the model tagged only "Costa")."""
    if start == 0:
        return False
    prev = doc[start - 1]
    if prev.ent_type_ or not prev.is_alpha or not prev.text[:1].isupper() or prev.is_sent_start:
        return False
    return prev.lower_ in GIVEN_NAMES or given_name_gender(prev.text + " X") is not None


def find_mentions(doc) -> list[Mention]:
    """One ``Mention`` per usable entity: a kind we list, not a URL or number, with a capital letter."""
    out: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ not in KIND_OF_LABEL:
            continue
        label = ent.label_
        start, end = ent.start, ent.end
        if "\n" in ent.text:
            start, end = _line_part(doc, start, end)
        if end - start == 1 and _given_name_before(doc, start):
            start, label = start - 1, "PERSON"
        if (start, end) != (ent.start, ent.end):
            ent = doc[start:end]
            ent.label_ = label
        surface = ent.text
        if _JUNK.search(surface) or len(surface) > 80:
            continue
        norm, gender = normalise_name(surface, ent.label_)
        # A title just before the entity ("Mr. Putin", "President Xi").
        if ent.start > 0:
            gender = title_gender(doc[ent.start - 1].lower_) or gender
        if not norm or not any(c.isalpha() for c in norm) or norm.lower() == norm:
            continue
        if ent.label_ == "PERSON" and len(norm) < 2:
            continue
        # Courtesy titles inside the entity ("Ms. Kerr") or just before it; only up to the name itself.
        head = surface.replace("\n", " ").split()[: max(0, len(surface.split()) - len(norm.split()))]
        before = [doc[ent.start - 1].text] if ent.start > 0 else []
        honorific = honorific_of(head) or honorific_of(before)
        out.append(Mention(ent.start, ent.end, surface.strip(), norm, ent.label_, gender, honorific))
    return out
