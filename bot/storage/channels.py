"""A channel's settings: what the bot does there on its own, and what its digests show.

| setting    | default | on                                                   | off                                 |
|------------|---------|------------------------------------------------------|-------------------------------------|
| ``articles`` | on    | a pasted article gets a digest in its thread         | only when asked (@mention, /brief, shortcut) |
| ``links``    | on    | a message with article links gets their digests      | only when asked                     |
| ``sources``  | on    | digests carry the source-mix line ("Quoted: …")      | no source-mix line                  |

Stored in one Redis hash per channel (``ch:{channel}:settings``, never expires); a channel with no hash
has the defaults, so a new channel behaves as the bot always did. The roundup schedule is a setting
too, kept by ``bot.roundup.schedule``. Changed by channel members from ``/brief settings`` or App Home.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from bot.errors import BadInput, BriefError
from bot.storage.store import REDIS_ERRORS, Store

# name → (what it controls, in a sentence fragment for replies and App Home)
DESCRIPTIONS = {
    "articles": "brief pasted articles on my own",
    "links": "brief links on my own",
    "sources": "show who is quoted (the source-mix line) in digests",
}
_ON = {"on", "yes", "true", "1", "enable", "enabled"}
_OFF = {"off", "no", "false", "0", "disable", "disabled"}
ALIASES = {"article": "articles", "paste": "articles", "pasted": "articles", "link": "links"}
ALIASES |= {"source": "sources", "source-mix": "sources", "sourcemix": "sources", "mix": "sources"}


@dataclass(frozen=True)
class ChannelSettings:
    """What a channel wants; every field defaults to the bot's behaviour before settings existed."""

    articles: bool = True
    links: bool = True
    sources: bool = True

    def as_dict(self) -> dict[str, bool]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


DEFAULTS = ChannelSettings()


def channel_settings(store: Store, channel: str | None) -> ChannelSettings:
    """The channel's settings; the defaults for no channel, an unknown one, or when Redis is down."""
    if not channel or store.client is None:
        return DEFAULTS
    try:
        raw = store.client.hgetall(store.key_channel_settings(channel))
    except REDIS_ERRORS as error:
        store.warn_unavailable(error)
        return DEFAULTS
    values = {k.decode(): v == b"1" for k, v in raw.items() if k.decode() in DESCRIPTIONS}
    return replace(DEFAULTS, **values)


def parse_setting(name: str, value: str) -> tuple[str, bool]:
    """``("links", "off")`` → ``("links", False)``; raises ``BadInput`` naming what is allowed."""
    key = ALIASES.get(name.strip().lower(), name.strip().lower())
    if key not in DESCRIPTIONS:
        raise BadInput(
            f"there is no setting {name!r}; the settings are {', '.join(DESCRIPTIONS)} (and roundup)"
        )
    word = value.strip().lower()
    if word not in _ON | _OFF:
        raise BadInput(f"say on or off: `/brief settings {key} off`")
    return key, word in _ON


def set_channel_setting(store: Store, channel: str, name: str, on: bool) -> ChannelSettings:
    """Change one setting of a channel; returns all its settings after the change."""
    if name not in DESCRIPTIONS:
        raise BadInput(f"there is no setting {name!r}")
    if store.client is None:
        raise BriefError("Redis is not available, so settings cannot be changed right now")
    try:
        store.client.hset(store.key_channel_settings(channel), name, "1" if on else "0")
    except REDIS_ERRORS as error:
        store.warn_unavailable(error)
        raise BriefError("Redis is not available, so settings cannot be changed right now") from None
    return channel_settings(store, channel)
