"""Name mentions: spaCy entities turned into normalised names with a gender hint from a title."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.nlp.actors.lexicon import (
    FEMALE_TITLES,
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


def find_mentions(doc) -> list[Mention]:
    """One ``Mention`` per usable entity: a kind we list, not a URL or number, with a capital letter."""
    out: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ not in KIND_OF_LABEL:
            continue
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
