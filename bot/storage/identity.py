"""Who is who across articles: one actor per real-world name within a workspace.

Each brief already names its actors canonically ("Vladimir Putin", with "Putin" as an alias). Across
articles, these rules join them, applied when history is read (so an editor's fix changes the next
roundup, and nothing stored has to be rewritten):

1. **Aliases** set by editors (``/brief alias "Xi" "Xi Jinping"``) rename first, per workspace.
2. **Ignores** (``/brief ignore "ABC News"``) drop an actor from roundups and "seen before", per
   workspace; an alias pointing at an ignored name is ignored too.
3. **Same name**: names equal after folding (case, spacing, a leading "the") are one actor.
4. **Middle initials**: a person written with middle initials ("Donald J. Trump", as the New York Times
   writes him) and without ("Donald Trump") is one actor, shown as the fuller form, unless two people
   differ only there ("George W. Bush", "George H. W. Bush"): then no name of that group is joined.
5. **Surname only**: a one-word person ("Putin") joins a known multi-word person ("Vladimir Putin")
   when exactly one known person in the workspace has that surname (the forms of rule 4 counting as one
   person); with two ("Joe Biden", "Hunter Biden") it stays separate.

"Known" means met in the workspace in the last ``BRIEF_HISTORY_DAYS`` (the ``ws:{workspace}:actors``
registry that ``bot.storage.history`` keeps) plus the actors of the articles being read.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.errors import BadInput
from bot.storage.store import REDIS_ERRORS, Store

NO_WORKSPACE = "_"
MAX_NAME = 80
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
_EDGE = "\"'“”‘’«»()[]{},;:!?. "
_EDGE_KEPT_DOT = _EDGE.replace(".", "")


def workspace_key(workspace: str | None) -> str:
    return workspace or NO_WORKSPACE


def clean_name(name: str) -> str:
    """A name as typed or extracted, with whitespace folded and edge quotes/punctuation removed."""
    return " ".join(unicodedata.normalize("NFC", name).split()).strip(_EDGE_KEPT_DOT)[:MAX_NAME]


def fold(name: str) -> str:
    """The comparison form of a name: case-folded, spacing folded, without a leading "the"."""
    words = unicodedata.normalize("NFKC", name).casefold().split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words).strip(_EDGE)


def without_initials(key: str) -> str:
    """A folded name without its middle initials ("donald j. trump" -> "donald trump"); the first and
    last words always stay."""
    words = key.split()
    if len(words) < 3:
        return key
    middle = [w for w in words[1:-1] if not _is_initial(w)]
    return " ".join([words[0], *middle, words[-1]])


def _is_initial(word: str) -> bool:
    letters = word.replace(".", "")
    return len(letters) == 1 and letters.isalpha()


def surname(name: str) -> str | None:
    """The folded last word of a multi-word name (suffixes like "Jr." skipped), else None."""
    words = fold(name).split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words = words[:-1]
    return words[-1].strip(_EDGE) if len(words) > 1 else None


# -- editor rules --------------------------------------------------------------------------------


@dataclass
class Rules:
    """A workspace's editor rules: aliases (folded alias → (alias, actor)) and ignores (folded → name)."""

    aliases: dict[str, tuple[str, str]] = field(default_factory=dict)
    ignored: dict[str, str] = field(default_factory=dict)


def load_rules(store: Store, workspace: str | None) -> Rules:
    ws = workspace_key(workspace)
    rules = Rules()
    if store.client is None:
        return rules
    try:
        pipe = store.client.pipeline(transaction=False)
        pipe.hgetall(store.key_workspace_aliases(ws))
        pipe.hgetall(store.key_workspace_ignored(ws))
        raw_aliases, raw_ignored = pipe.execute()
    except REDIS_ERRORS as error:
        store.warn_unavailable(error)
        return rules
    for key, value in raw_aliases.items():
        try:
            alias, target = json.loads(value)
        except (ValueError, TypeError):
            continue
        rules.aliases[key.decode()] = (alias, target)
    rules.ignored = {k.decode(): v.decode() for k, v in raw_ignored.items()}
    return rules


def _require_client(store: Store):
    if store.client is None:
        raise BadInput("Redis is not available, so aliases and ignores cannot be saved right now")
    return store.client


def add_alias(store: Store, workspace: str | None, alias: str, actor: str) -> tuple[str, str]:
    """Make ``alias`` mean ``actor`` in this workspace; returns the cleaned pair."""
    alias, actor = clean_name(alias), clean_name(actor)
    if not alias or not actor:
        raise BadInput('an alias needs two names: alias "Xi" "Xi Jinping"')
    if fold(alias) == fold(actor):
        raise BadInput(f'"{alias}" and "{actor}" are already the same name')
    rules = load_rules(store, workspace)
    # Refuse a loop: following the target's aliases must not come back to the alias.
    seen, current = {fold(alias)}, fold(actor)
    while current in rules.aliases:
        if current in seen:
            break
        seen.add(current)
        current = fold(rules.aliases[current][1])
    if current in seen:
        raise BadInput(f'"{actor}" already leads back to "{alias}"; remove that alias first')
    client = _require_client(store)
    key = store.key_workspace_aliases(workspace_key(workspace))
    client.hset(key, fold(alias), json.dumps([alias, actor], ensure_ascii=False))
    return alias, actor


def remove_alias(store: Store, workspace: str | None, alias: str) -> bool:
    client = _require_client(store)
    return bool(client.hdel(store.key_workspace_aliases(workspace_key(workspace)), fold(clean_name(alias))))


def add_ignore(store: Store, workspace: str | None, name: str) -> str:
    name = clean_name(name)
    if not name:
        raise BadInput('say which actor to ignore: ignore "ABC News"')
    client = _require_client(store)
    client.hset(store.key_workspace_ignored(workspace_key(workspace)), fold(name), name)
    return name


def remove_ignore(store: Store, workspace: str | None, name: str) -> bool:
    client = _require_client(store)
    return bool(client.hdel(store.key_workspace_ignored(workspace_key(workspace)), fold(clean_name(name))))


# -- the workspace's known actors ------------------------------------------------------------------


def known_member(name: str, kind: str) -> str:
    """How an actor is stored in the workspace registry (``kind:name``)."""
    return f"{kind}:{name}"


def known_actors(store: Store, workspace: str | None, since: float) -> list[tuple[str, str]]:
    """(name, kind) of every actor the workspace met since ``since`` (epoch seconds)."""
    if store.client is None:
        return []
    try:
        members = store.client.zrangebyscore(
            store.key_workspace_actors(workspace_key(workspace)), since, "+inf"
        )
    except REDIS_ERRORS as error:
        store.warn_unavailable(error)
        return []
    out = []
    for member in members:
        kind, _, name = member.decode().partition(":")
        out.append((name, kind))
    return out


# -- resolution ----------------------------------------------------------------------------------


class Resolver:
    """Maps an actor name (and kind) from one article to the workspace's one name for it."""

    def __init__(self, rules: Rules, known: Iterable[tuple[str, str]] = ()):
        self.rules = rules
        self._display: dict[str, str] = {}
        self._by_surname: dict[str, set[str]] = {}
        self._forms: dict[str, set[str]] = {}  # a person's key without initials -> its known keys
        self._cache: dict[tuple[str, str | None], str | None] = {}
        for name, kind in known:
            self.add_known(name, kind)
        for _alias, target in rules.aliases.values():
            self.add_known(target, None)

    def add_known(self, name: str, kind: str | None) -> None:
        key = fold(name)
        if not key:
            return
        self._display.setdefault(key, clean_name(name))
        if kind != "person":
            return
        self._forms.setdefault(without_initials(key), set()).add(key)
        last = surname(name)
        if last:
            self._by_surname.setdefault(last, set()).add(without_initials(key))

    def _one_form(self, key: str) -> str | None:
        """The key a person's name joins under rule 4: the fullest known form of the same name with or
        without middle initials; None when two known forms differ in their initials or none is known."""
        forms = self._forms.get(without_initials(key), set())
        initialled = {f for f in forms if f != without_initials(f)}
        if len(initialled) > 1 or not forms:
            return None
        return max(forms, key=lambda f: (len(f.split()), f))

    def _follow_aliases(self, name: str) -> tuple[str, list[str]]:
        keys = [fold(name)]
        for _ in range(8):  # add_alias refuses loops; the bound is only a guard
            rule = self.rules.aliases.get(keys[-1])
            if rule is None:
                break
            name = rule[1]
            keys.append(fold(name))
        return name, keys

    def resolve(self, name: str, kind: str | None = None) -> str | None:
        """The workspace's name for this actor, or None when an editor ignores it."""
        cached = self._cache.get((name, kind), "")
        if cached != "":
            return cached
        result = self._resolve(name, kind)
        self._cache[(name, kind)] = result
        return result

    def _resolve(self, name: str, kind: str | None) -> str | None:
        name, keys = self._follow_aliases(clean_name(name))
        if any(key in self.rules.ignored for key in keys):
            return None
        key = keys[-1]
        if not key:
            return None
        aliased = len(keys) > 1
        if not aliased and " " not in key and kind in (None, "person"):
            matches = self._by_surname.get(key, set())
            full = self._one_form(next(iter(matches))) if len(matches) == 1 else None
            if full is not None:
                return None if full in self.rules.ignored else self._display[full]
        if not aliased and kind in (None, "person"):
            full = self._one_form(key)
            if full is not None and full != key:
                return None if full in self.rules.ignored else self._display[full]
        return self._display.get(key) or clean_name(name) or None


def resolver_for(
    store: Store, workspace: str | None, *, since: float, extra: Iterable[tuple[str, str]] = ()
) -> Resolver:
    """A resolver with the workspace's rules and every actor it met since ``since`` (plus ``extra``)."""
    known = list(extra) + known_actors(store, workspace, since)
    return Resolver(load_rules(store, workspace), known)
