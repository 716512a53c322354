"""Posting a message to Slack exactly once, even when the process dies right after Slack answered.

Redis claims (``Store.claim``) stop a second delivery from starting the same work, but they cannot
close one gap: the post went out and the process died before it wrote down that it did. A retry would
then post again. So every post we make carries Slack message metadata naming it (``post_id``), and a
Redis marker records ``posting`` before the call and ``posted`` (with the message ts) after it. An
attempt that finds ``posting`` left behind asks Slack (the thread's replies, or the channel's recent
history) whether that post is already there, and only posts when it is not. If Slack cannot be asked,
it posts: a rare duplicate is better than a lost digest.

A job resumed from the durable intake after a crash (``handlers.intake``) passes ``verify_since`` (when
it was first accepted): Redis may have lost the last second of markers with the process (the embedded
server syncs every second), so even with no marker it asks Slack first.
"""

from __future__ import annotations

import hashlib
import logging
import time
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.storage.store import Store

log = logging.getLogger(__name__)

METADATA_EVENT = "newsroom_brief_post"
_LOOKBACK_SECONDS = 120  # how far before the interrupted attempt the channel history is searched


def post_id_for(*parts: str | None) -> str:
    """A stable, short id for a post made of its identifying parts (channel, thread, article...)."""
    joined = "\x1f".join(p or "" for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:32]


def _ours(message: dict[str, Any], post_id: str) -> bool:
    metadata = message.get("metadata") or {}
    payload = metadata.get("event_payload") or {}
    return metadata.get("event_type") == METADATA_EVENT and payload.get("post_id") == post_id


def find_posted(
    client: WebClient, channel: str, thread_ts: str | None, post_id: str, since: float
) -> str | None:
    """The ts of our post ``post_id`` if Slack has it; None when it is not there (or Slack can't say)."""
    try:
        if thread_ts:
            response = client.conversations_replies(
                channel=channel, ts=thread_ts, include_all_metadata=True, limit=200
            )
        else:
            response = client.conversations_history(
                channel=channel,
                oldest=f"{since - _LOOKBACK_SECONDS:.6f}",
                include_all_metadata=True,
                limit=200,
            )
    except SlackApiError as error:
        log.warning(
            "Could not check whether an interrupted post reached %s (%s); posting it",
            channel,
            error.response.get("error"),
        )
        return None
    for message in response.get("messages") or []:
        if _ours(message, post_id):
            return message.get("ts")
    return None


def post_once(
    client: WebClient,
    store: Store,
    post_id: str,
    *,
    channel: str,
    thread_ts: str | None = None,
    ttl: int,
    verify_since: float | None = None,
    **message: Any,
) -> tuple[str, bool]:
    """``chat.postMessage`` unless post ``post_id`` was already made; returns (ts, posted_now)."""
    key = store.key_slack_post(post_id)
    state = store.get_json(key)
    if isinstance(state, dict) and state.get("posted"):
        return str(state["posted"]), False
    since = None
    if isinstance(state, dict) and state.get("posting"):
        since = float(state["posting"])
    elif verify_since:
        since = float(verify_since)
    if since is not None:
        found = find_posted(client, channel, thread_ts, post_id, since)
        if found:
            log.info("Post %s in %s was made before an interruption; not posted again", post_id, channel)
            store.set_json(key, {"posted": found}, ttl)
            return found, False
    store.set_json(key, {"posting": time.time()}, ttl)
    response = client.chat_postMessage(
        channel=channel,
        thread_ts=thread_ts,
        metadata={"event_type": METADATA_EVENT, "event_payload": {"post_id": post_id}},
        **message,
    )
    ts = response["ts"]
    store.set_json(key, {"posted": ts}, ttl)
    return ts, True
