"""Every quote of a digest, kept for its "Show all quotes" button.

A digest shows up to ``BRIEF_MAX_QUOTES`` quotes; the rest sit behind a button whose value is a short
reference (a hash of the article's URL, or of its text). The quotes are stored under that reference
(``slack:quotes:{ref}``, for ``BRIEF_CACHE_TTL``) when the digest is sent, so the button works for as long
as the article's brief would be cached, without keeping the article's text again.
"""

from __future__ import annotations

import hashlib

from bot.brief import Brief, Quote
from bot.storage.store import Store


def quotes_ref(brief: Brief) -> str:
    """The button's value: a short, stable reference to this article's quotes."""
    basis = f"u:{brief.url}" if brief.url else f"t:{' '.join((brief.text or '').split())}"
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:24]


def save_quotes(store: Store, brief: Brief) -> str | None:
    """Store the brief's quotes; returns their reference, or None when Redis could not keep them."""
    ref = quotes_ref(brief)
    value = {"title": brief.title, "quotes": [[q.quote, q.speaker] for q in brief.quotes]}
    return ref if store.set_json(store.key_quotes(ref), value, store.settings.cache_ttl) else None


def load_quotes(store: Store, ref: str) -> tuple[str | None, list[Quote]] | None:
    """(title, quotes) stored under ``ref``; None when they expired or the reference is not ours."""
    if not ref or len(ref) > 64 or not ref.isalnum():
        return None
    data = store.get_json(store.key_quotes(ref))
    if not isinstance(data, dict) or not isinstance(data.get("quotes"), list):
        return None
    quotes = [
        Quote(quote=str(item[0]), speaker=item[1] if isinstance(item[1], str) else None)
        for item in data["quotes"]
        if isinstance(item, list) and len(item) == 2 and item[0]
    ]
    title = data.get("title")
    return (title if isinstance(title, str) else None), quotes
