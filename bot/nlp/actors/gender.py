"""A gender estimate for each person actor, with the evidence it rests on.

This is an estimate from the public text of one article, never a statement about a person's identity.
Evidence is taken in this order, the first that speaks wins:

1. ``override``: a mapping passed in (name -> "female" | "male" | "nonbinary" | "unknown"); "unknown"
   clears any estimate. Overrides are the only source of "nonbinary". (Editors' workspace overrides are
   applied when a brief is shown or the history read: ``bot.storage.genders``.)
2. ``pronoun``: he/she/his/her that can only refer to this person (the one person named before the
   pronoun in its sentence, or else in the sentence before, with no other possible referent there), all
   pointing the same way, not contradicting a courtesy title, and, against a given name that says
   otherwise, found in at least two sentences (one stray pronoun leaves such a person unknown).
3. ``honorific``: a courtesy title in front of the name (Mr, Ms, Mrs, Miss, Sir, Dame, Lady, Lord).
4. ``given_name``: the first name of a full name, only when the name data give it to one sex almost
   always, on many people (``NAME_MIN_SHARE``, ``NAME_MIN_COUNT``), and most pronoun votes (if any)
   agree.

Anything else stays unknown (``None``); organisations, places and groups never get a gender. The name
data are the ``nomquamgender`` package's (MIT licence; counts from public name registers), read from
the installed package: nothing is downloaded at run time.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

from bot.nlp.actors.lexicon import GENDERED_NOUNS, HE, SHE
from bot.nlp.actors.table import ActorTable

__all__ = ["estimate_genders", "given_name_gender", "load_name_data", "OVERRIDE_VALUES"]

log = logging.getLogger(__name__)

# A given name counts as evidence only when at least this share of the people recorded with it are
# of one sex, over at least this many people.
NAME_MIN_SHARE = 0.92
NAME_MIN_COUNT = 300

# What an editor may set: the estimate, or "unknown" to clear it.
OVERRIDE_VALUES = {"female": "female", "male": "male", "nonbinary": "nonbinary", "unknown": None}
_PRONOUN_DEPS = {"nsubj", "nsubjpass", "poss"}
_ENTRY = re.compile(r'"([^"\\]+)": \[\d+, (\d+), ([0-9.]+)')


def plain_letters(word: str) -> str:
    """Lower case without diacritics ("François" -> "francois"), as the name data are keyed."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def load_name_data() -> int:
    """Load the given-name data now (``bot.nlp.model.get_nlp`` does, with the pipeline); how many names."""
    return len(_name_table())


@lru_cache(maxsize=1)
def _name_table() -> dict[str, str]:
    """Given name -> "female"/"male" for the near-certain names of the packaged name data."""
    spec = importlib.util.find_spec("nomquamgender")  # locate the data without importing pandas
    if spec is None or not spec.submodule_search_locations:
        log.warning("nomquamgender is not installed: no gender estimate from given names")
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "name_data.json"
    cached = _read_cached_table(path)
    if cached is not None:
        return cached
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        log.warning("cannot read the given-name data (%s): no gender estimate from given names", exc)
        return {}
    # Entries are "name": [sources, counts, p_female, ...]. Matched one by one rather than with one
    # json.loads: a single 20 MB parse holds the GIL for seconds, and a server warming up in the
    # background must keep answering its health checks meanwhile.
    out: dict[str, str] = {}
    for m in _ENTRY.finditer(raw):
        name, counts, p_female = m.group(1), int(m.group(2)), float(m.group(3))
        if counts < NAME_MIN_COUNT or not name.replace("-", "").isalpha():
            continue
        if p_female >= NAME_MIN_SHARE:
            out[name] = "female"
        elif p_female <= 1 - NAME_MIN_SHARE:
            out[name] = "male"
    if not out:
        log.warning("the given-name data had no usable entry: no gender estimate from given names")
    else:
        _write_cached_table(path, out)
    return out


# Reading the 20 MB name data costs ~0.7 s of CPU, paid by every process that loads the pipeline (a
# CLI run, each analysis process). The ~28,000 names kept are written once to the user's cache dir, keyed
# by the data file and the thresholds, and read back from there (~20 ms).


def _cache_file(source: Path) -> Path | None:
    try:
        from platformdirs import user_cache_dir

        stat = source.stat()
    except (ImportError, OSError):
        return None
    key = f"{stat.st_size}-{int(stat.st_mtime)}-{NAME_MIN_SHARE}-{NAME_MIN_COUNT}"
    return Path(user_cache_dir("newsroom-brief", appauthor=False)) / f"given-names-{key}.json"


def _read_cached_table(source: Path) -> dict[str, str] | None:
    cache = _cache_file(source)
    if cache is None:
        return None
    try:
        table = json.loads(cache.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return table if isinstance(table, dict) and table else None


def _write_cached_table(source: Path, table: dict[str, str]) -> None:
    cache = _cache_file(source)
    if cache is None:
        return
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(table, separators=(",", ":")), encoding="utf-8")
        os.replace(partial, cache)  # concurrent writers each replace it whole
    except OSError as exc:
        log.debug("could not cache the given-name table: %s", exc)


def given_name_gender(name: str) -> str | None:
    """ "female"/"male" when the first word of a full name is a near-certain given name, or a Sikh name's
    "Kaur" or inner "Singh" tells the sex, else None.

    A single word is not enough (it is as likely a surname), nor is an initial ("J. Smith").
    """
    words = name.split()
    if len(words) < 2:
        return None
    first = plain_letters(words[0].strip(".,"))
    if len(first) < 2:
        return None
    if "Kaur" in words[1:]:
        return "female"  # a Sikh woman's name ("Manpreet Kaur Dhillon"), whatever the given name
    table = _name_table()
    if first in table:
        return table[first]
    head = first.split("-")[0]  # "Marie-Ève" -> "marie" when the compound is not listed
    found = table.get(head) if head != first else None
    # "Singh" between the given name and the family name: a Sikh man's ("Amanjot Singh Brar"); as the
    # surname it is many Indians' of either sex ("Priya Singh"), which only the given name tells
    return found or ("male" if "Singh" in words[1:-1] else None)


def _blocked(doc, table: ActorTable, lo: int, hi: int) -> bool:
    """Tokens ``lo..hi`` hold another possible referent: a gendered noun or a name we did not list."""
    for tok in doc[lo:hi]:
        if tok.lower_ in GENDERED_NOUNS:
            return True
        if tok.pos_ == "PROPN" and tok.i not in table.tok2actor and tok.ent_type_ in ("", "PERSON"):
            if tok.text[:1].isupper() and tok.is_alpha:
                return True
    return False


def _pronoun_votes(doc, table: ActorTable, text: str) -> dict[int, Counter]:
    """Actor index -> "female"/"male" votes (one per sentence) from pronouns only that person fits.

    The referent is the one person named before the pronoun in its sentence and paragraph, or else
    the one person named in the sentence before; no vote when another referent is possible there
    (a second person, a gendered noun such as "a 39-year-old woman", a name the model did not tag).
    """
    if not table.sent_starts:
        table.sent_starts = [s.start for s in doc.sents]
    persons_by_sent: dict[int, list[tuple[int, int]]] = {}
    for t, idx in table.mentions:
        if table.actors[idx].kind == "person":
            persons_by_sent.setdefault(table.sent_index(t), []).append((t, idx))
    seen: set[tuple[int, int]] = set()
    votes: dict[int, Counter] = {}
    for tok in doc:
        low = tok.lower_
        g = "male" if low in HE else "female" if low in SHE else None
        if g is None or tok.dep_ not in _PRONOUN_DEPS:
            continue
        si = table.sent_index(tok.i)
        start = table.sent_starts[si]
        here = {(t, idx) for t, idx in persons_by_sent.get(si, []) if t < tok.i}
        if here:
            lo = min(t for t, _ in here)
            if "\n" in text[doc[lo].idx : tok.idx]:
                continue
        else:
            here = set(persons_by_sent.get(si - 1, []))
            lo = table.sent_starts[si - 1] if si > 0 else start
        cands = {idx for _, idx in here}
        if len(cands) != 1 or _blocked(doc, table, lo, tok.i):
            continue
        idx = next(iter(cands))
        if (si, idx) not in seen:
            seen.add((si, idx))
            votes.setdefault(idx, Counter())[g] += 1
    return votes


def _override_for(names: Iterable[str], overrides: Mapping[str, str]) -> tuple[bool, str | None]:
    """(found, value) for the first of ``names`` an editor has set (case-insensitive)."""
    folded = {k.casefold(): v for k, v in overrides.items()}
    for n in names:
        v = folded.get(n.casefold())
        if v is not None and v in OVERRIDE_VALUES:
            return True, OVERRIDE_VALUES[v]
    return False, None


def estimate_genders(
    doc, table: ActorTable, overrides: Mapping[str, str] | None = None, text: str | None = None
) -> None:
    """Set ``estimate``/``estimate_basis`` on every person of the table (see the module docstring;
    ``text`` is ``doc.text`` when the caller has it)."""
    votes = _pronoun_votes(doc, table, doc.text if text is None else text)
    for idx, a in enumerate(table.actors):
        a.estimate = a.estimate_basis = None
        if a.kind != "person":
            continue
        if overrides:
            found, value = _override_for([a.name, *a.aliases], overrides)
            if found:
                a.estimate, a.estimate_basis = value, "override" if value else None
                continue
        honorific = None
        if a.honorifics:
            (honorific, n), *rest = a.honorifics.most_common()
            if rest and rest[0][1] == n:
                honorific = None  # "Mr." and "Ms." equally often: two people under one name
        v = votes.get(idx)
        pronoun = next(iter(v)) if v and len(v) == 1 else None
        named = given_name_gender(a.name)
        if pronoun and honorific in (None, pronoun) and (named in (None, pronoun) or v[pronoun] >= 2):
            a.estimate, a.estimate_basis = pronoun, "pronoun"
        elif honorific:
            a.estimate, a.estimate_basis = honorific, "honorific"
        elif named and (not v or v[named] * 2 > sum(v.values())):
            a.estimate, a.estimate_basis = named, "given_name"
