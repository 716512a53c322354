"""Editors' gender overrides: "Alex Kim is a woman", per workspace, over any estimate.

The estimate (``Actor.gender``, from pronouns, honorifics or first names) is a guess from public text;
an editor who knows better says so with ``/brief gender "Alex Kim" woman``. An override is kept for the
name as typed, whether or not the name was seen yet, and applied when the history is read (like
aliases in ``bot.storage.identity``, so nothing stored is rewritten and removing it undoes it at once)
and to each digest shown in that workspace. ``unknown`` is an override too: it stops any estimate for
that person (someone who asked not to be counted as either).

Names match after folding (``identity.fold``: case, spacing); in the history, also through the
workspace's aliases and surname joins (the resolver), so an override on "Alex Kim" covers "Kim".
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field

from bot.brief import GENDERS, Brief, source_counts
from bot.errors import BadInput
from bot.storage import identity
from bot.storage.store import REDIS_ERRORS, Store

UNKNOWN = "unknown"
OVERRIDE_VALUES = (*GENDERS, UNKNOWN)
# The words an editor may type, and what each one stores.
WORDS = {
    "woman": "female",
    "female": "female",
    "f": "female",
    "man": "male",
    "male": "male",
    "m": "male",
    "nonbinary": "nonbinary",
    "non-binary": "nonbinary",
    "nb": "nonbinary",
    "unknown": UNKNOWN,
}
MAX_OVERRIDES = 5000  # per workspace: a bound on what one hash may hold, far above a desk's needs
BASIS = "override"


def parse_gender(word: str) -> str:
    """The stored value for what an editor typed (``woman`` → ``female``); BadInput for anything else."""
    value = WORDS.get(word.strip().lower())
    if value is None:
        shown = word if len(word) <= 20 else word[:19] + "…"
        raise BadInput(f'"{shown}" is not one of woman, man, nonbinary or unknown')
    return value


def check_name(name: str) -> str:
    """A name as an override keeps it: whitespace folded; BadInput when empty or longer than a name."""
    spaced = " ".join(name.split())
    if len(spaced) > identity.MAX_NAME:
        raise BadInput(f"that name is {len(spaced):,} characters long; names are at most {identity.MAX_NAME}")
    cleaned = identity.clean_name(spaced)
    if not any(char.isalnum() for char in cleaned):
        raise BadInput('say whose: gender "Alex Kim" woman')
    return cleaned


@dataclass
class Overrides:
    """A workspace's overrides: folded name → (name as typed, gender or ``unknown``)."""

    by_name: dict[str, tuple[str, str]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.by_name)

    def lookup(self, *names: str | None) -> str | None:
        """The override of the first of ``names`` that has one (``female``…, ``unknown``), else None."""
        for name in names:
            if name:
                hit = self.by_name.get(identity.fold(name))
                if hit is not None:
                    return hit[1]
        return None

    def listed(self) -> list[tuple[str, str]]:
        """(name, value) sorted by name, for ``/brief genders``."""
        return sorted(self.by_name.values(), key=lambda pair: pair[0].casefold())


def load_overrides(store: Store, workspace: str | None) -> Overrides:
    overrides = Overrides()
    if store.client is None:
        return overrides
    try:
        raw = store.client.hgetall(store.key_workspace_genders(identity.workspace_key(workspace)))
    except REDIS_ERRORS as error:
        store.warn_unavailable(error)
        return overrides
    for key, value in raw.items():
        try:
            name, gender = json.loads(value)
        except (ValueError, TypeError):
            continue
        if gender in OVERRIDE_VALUES:
            overrides.by_name[key.decode()] = (name, gender)
    return overrides


def _client(store: Store):
    if store.client is None:
        raise BadInput("Redis is not available, so overrides cannot be saved right now")
    return store.client


def set_override(store: Store, workspace: str | None, name: str, word: str) -> tuple[str, str]:
    """Say ``name``'s gender in this workspace (``word`` as typed); returns (name, stored value)."""
    name, gender = check_name(name), parse_gender(word)
    client = _client(store)
    key = store.key_workspace_genders(identity.workspace_key(workspace))
    folded = identity.fold(name)
    try:
        if not client.hexists(key, folded) and client.hlen(key) >= MAX_OVERRIDES:
            raise BadInput(f"this workspace already has {MAX_OVERRIDES:,} overrides; remove some first")
        client.hset(key, folded, json.dumps([name, gender], ensure_ascii=False))
    except REDIS_ERRORS as error:
        store.warn_unavailable(error)
        raise BadInput("Redis is not available, so overrides cannot be saved right now") from None
    return name, gender


def remove_override(store: Store, workspace: str | None, name: str) -> bool:
    """Undo an override; False when there was none for that name."""
    name = check_name(name)
    client = _client(store)
    try:
        return bool(
            client.hdel(store.key_workspace_genders(identity.workspace_key(workspace)), identity.fold(name))
        )
    except REDIS_ERRORS as error:
        store.warn_unavailable(error)
        raise BadInput("Redis is not available, so overrides cannot be changed right now") from None


def as_shown(store: Store, brief: Brief, workspace: str | None) -> Brief:
    """The brief as a digest in this workspace shows it: a copy with the workspace's overrides applied
    (the brief itself, cached and recorded, keeps the estimate)."""
    overrides = load_overrides(store, workspace)
    return apply_to_brief(copy.deepcopy(brief), overrides) if overrides else brief


def apply_to_brief(brief: Brief, overrides: Overrides) -> Brief:
    """The brief with this workspace's overrides on its people (by name or alias), counts redone.

    Changes ``brief`` in place (call it on the copy being shown, never on the one being cached or
    recorded) and returns it.
    """
    if not overrides:
        return brief
    changed = False
    for actor in brief.actors:
        if actor.kind != "person":
            continue
        value = overrides.lookup(actor.name, *actor.aliases)
        if value is None:
            continue
        actor.gender = None if value == UNKNOWN else value
        actor.gender_basis = BASIS
        changed = True
    if changed:
        brief.sources = source_counts(brief.actors)
    return brief
