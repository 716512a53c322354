"""The source mix in words: "Quoted: 3 men · 1 woman · 1 unknown (estimated)", and the women's share.

Pure text from counts (``Brief.sources``, a channel's ``SourceMix``): no names, so nothing here needs
escaping. Used by the digest, the terminal, ``/brief sources``, ``brief sources`` and the roundup.
"""

from __future__ import annotations

from bot.brief import SOURCE_KEYS, Brief, source_counts

_WORDS = {"female": ("woman", "women"), "male": ("man", "men"), "nonbinary": ("nonbinary", "nonbinary")}


def counts_phrase(sources: dict[str, int]) -> str | None:
    """``3 men · 1 woman · 1 unknown (estimated)``, largest first, unknown last; None for nobody."""
    parts = []
    for key in sorted(SOURCE_KEYS, key=lambda k: (k == "unknown", -int(sources.get(k) or 0))):
        n = int(sources.get(key) or 0)
        if n:
            parts.append(f"{n} {'unknown' if key == 'unknown' else _WORDS[key][n != 1]}")
    return " · ".join(parts) + " (estimated)" if parts else None


def source_line(brief: Brief) -> str | None:
    """The digest's line, ``Quoted: 3 men · 1 woman (estimated)``; None when no person is quoted."""
    phrase = counts_phrase(brief.sources or source_counts(brief.actors))
    return f"Quoted: {phrase}" if phrase else None


def share_phrase(share: float | None, previous: float | None) -> str | None:
    """``Women among quoted sources: 32% (up from 25%)``; None when no source's gender is known."""
    if share is None:
        return None
    text = f"Women among quoted sources: {share:.0%}"
    if previous is None:
        return text + " (no earlier figure to compare)"
    points = round((share - previous) * 100)
    if points == 0:
        return text + f" (the same as before, {previous:.0%})"
    return text + f" ({'up' if points > 0 else 'down'} from {previous:.0%})"
