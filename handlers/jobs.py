"""The jobs behind every Slack request: brief, render, post. Run off the request path.

Each job is a plain module-level function taking one JSON-serialisable ``payload`` dict and an optional
``Runtime`` (``handlers.runtime``), so the same function runs on the in-process pool and on an RQ
worker (``BRIEF_QUEUE=rq``). Jobs make their own Slack Web API client from the settings; they never
touch a Bolt request. Which queue each job goes to is written in ``handlers.job_routes``.

Exactly once: the listener claims the event (``Store.claim``: event id *and* channel + message ts) and
puts the claim token in the payload. The job renews the claim before it starts (a job whose claim was
taken over, or whose event is already done, stops there), and marks it ``done`` after posting. A job
that could not post gives the claim back, so the next delivery of the event can try again.

| job                 | payload keys                                                                 |
|---------------------|------------------------------------------------------------------------------|
| ``brief_message``   | kind (message/mention), team, channel, ts, thread_ts, user, text, event_id, token |
| ``brief_command``   | team, channel, user, text, response_url                                       |
| ``share_digest``    | team, channel, user, share_id, url, response_url, token                       |
| ``show_quotes``     | ref, response_url                                                            |
| ``brief_shortcut``  | team, channel, user, ts, thread_ts, text, response_url                        |

Roundup jobs are in ``handlers.roundup_jobs``.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from typing import Any

from slack_sdk.errors import SlackApiError

from bot.brief import Brief
from bot.errors import BriefError, LinkTimeout
from bot.render.digest import Digest, message_digest, render_all_quotes, render_digest
from bot.storage import genders, history, quotes
from bot.storage.channels import channel_settings
from bot.storage.store import Store, text_digest
from bot.text.detect import looks_like_article
from handlers.guard import button_value
from handlers.pool import Submission, Ticket
from handlers.posting import post_id_for, post_once
from handlers.runtime import Runtime, default_runtime, in_queue_worker, will_retry
from handlers.slack_io import permalink, react, respond_digest

log = logging.getLogger(__name__)

REACTION_WORKING = "eyes"
REACTION_DONE = "white_check_mark"
REACTION_FAILED = "warning"
FAILED_NOTICE = (
    "I couldn't finish this one (Slack or the article's site kept failing). Please try again later."
)


class TransientFailure(Exception):
    """A job should be tried again later (queue mode): a fetch timed out."""


def new_token() -> str:
    return uuid.uuid4().hex


def event_keys(store: Store, payload: dict[str, Any]) -> list[str]:
    """The de-dup keys of a message event: its event id and its channel + ts."""
    keys = [store.key_slack_message(payload["channel"], payload["ts"])]
    if payload.get("event_id"):
        keys.insert(0, store.key_slack_event(payload["event_id"]))
    return keys


def _seen_before(rt: Runtime, channel: str, brief: Brief) -> list[str]:
    try:
        return history.seen_before(rt.store, channel, [a.name for a in brief.actors], exclude=brief)
    except Exception:
        log.warning("Could not read the channel history of %s", channel, exc_info=True)
        return []


def _record(rt: Runtime, payload: dict[str, Any], brief: Brief, thread_ts: str, link: str | None) -> None:
    try:
        history.record_article(
            rt.store,
            payload["channel"],
            brief,
            workspace=payload.get("team"),
            thread_ts=thread_ts,
            permalink=link,
        )
    except Exception:
        log.warning("Could not record an article in the history of %s", payload["channel"], exc_info=True)


def is_direct_message(channel: str | None) -> bool:
    """A DM with the bot (channel ids of DMs start with D): nothing can be shared or scheduled there."""
    return bool(channel) and channel.startswith("D")


def _quotes_ref(rt: Runtime, brief: Brief) -> str | None:
    """Store the brief's quotes for a "Show all quotes" button, when the digest cannot show them all."""
    if len(brief.quotes) <= rt.settings.max_quotes:
        return None
    return quotes.save_quotes(rt.store, brief)


def channel_digest(
    rt: Runtime,
    channel: str | None,
    brief: Brief,
    *,
    team: str | None = None,
    share: str | None = None,
    shared_by: str | None = None,
) -> Digest:
    """The digest of ``brief`` as this channel wants it: its settings (the source-mix line), the
    workspace's gender overrides, "seen before", the all-quotes button."""
    in_channel = bool(channel) and not is_direct_message(channel)
    seen = _seen_before(rt, channel, brief) if in_channel else []
    wanted = channel_settings(rt.store, channel) if in_channel else None
    return render_digest(
        genders.as_shown(rt.store, brief, team),
        max_quotes=rt.settings.max_quotes,
        seen_before=seen,
        share=share,
        quotes_ref=_quotes_ref(rt, brief),
        shared_by=shared_by,
        source_mix=rt.settings.source_mix and (wanted is None or wanted.sources),
    )


def post_digest(rt: Runtime, payload: dict[str, Any], brief: Brief, *, thread_ts: str | None) -> str:
    """Post one brief's digest in a channel (in a thread when ``thread_ts``); record it; return its ts.

    A digest posted from a Share button (``share_id`` in the payload) says who shared it."""
    channel = payload["channel"]
    shared_by = payload.get("user") if payload.get("share_id") else None
    digest = channel_digest(rt, channel, brief, team=payload.get("team"), shared_by=shared_by)
    # What makes this post unique: the message (or share button) it answers and the article.
    origin = payload.get("share_id") or thread_ts or payload.get("ts")
    post_id = post_id_for("digest", channel, origin, brief.url or text_digest(brief.text))
    posted_ts, _ = post_once(
        rt.client,
        rt.store,
        post_id,
        channel=channel,
        thread_ts=thread_ts,
        ttl=rt.settings.dedup_ttl,
        verify_since=payload.get("resumed"),
        text=digest.text,
        blocks=digest.blocks,
        unfurl_links=False,
        unfurl_media=False,
    )
    _record(rt, payload, brief, thread_ts or posted_ts, permalink(rt.client, channel, posted_ts))
    return posted_ts


@dataclass
class Outcome:
    """What briefing a message gave: briefs to post and one-line problems to mention.

    A problem is raw text (it carries a link and another site's reason phrase): it reaches Slack only
    through ``message_digest``, which escapes it."""

    briefs: list[Brief]
    problems: list[str]
    transient: list[str] = field(default_factory=list)  # canonical URLs whose fetch timed out


def brief_message_text(
    rt: Runtime, text: str, *, explicit: bool, articles: bool = True, links: bool = True
) -> Outcome:
    """A pasted article is briefed as text; otherwise its links are. ``explicit``: /brief, a mention or
    the shortcut. ``articles``/``links``: what the channel briefs on its own (``bot.storage.channels``);
    an automatic brief of a message skips what the channel switched off."""
    verdict = looks_like_article(
        text, min_words=rt.settings.min_words, min_sentences=rt.settings.min_sentences
    )
    if verdict.is_article and not articles:
        return Outcome([], [])
    if not verdict.is_article and not links:
        return Outcome([], [])
    if verdict.is_article:
        return Outcome([rt.briefer.brief_text(text, label="the message")], [])
    results = rt.briefer.brief_links(text)
    if results:
        briefs = [r.brief for r in results if r.brief is not None]
        problems = [f"{r.label or r.url}: {r.error}" for r in results if r.error is not None]
        transient = [r.canonical for r in results if isinstance(r.error, LinkTimeout)]
        return Outcome(briefs, problems, [c for c in transient if c])
    if explicit:
        return Outcome([], [f"nothing to brief: paste a link or a whole article ({verdict.reason})"])
    return Outcome([], [])


# -- jobs ----------------------------------------------------------------------------------------


def brief_message(payload: dict[str, Any], runtime: Runtime | None = None) -> None:
    """A channel message or an @mention: digest(s) in the message's thread, reactions on the message."""
    rt = runtime or default_runtime()
    store, settings, client = rt.store, rt.settings, rt.client
    keys = event_keys(store, payload)
    token = payload["token"]
    channel, ts = payload["channel"], payload["ts"]
    thread_ts = payload.get("thread_ts") or ts
    if not store.renew_claim(keys, token, settings.claim_ttl):
        log.info(
            "Event %s in %s/%s is done or taken elsewhere; skipped", payload.get("event_id"), channel, ts
        )
        return
    react(client, channel, ts, REACTION_WORKING)
    try:
        try:
            outcome = brief_message_text(
                rt,
                payload.get("text") or "",
                explicit=payload.get("kind") == "mention",
                articles=payload.get("articles", True),
                links=payload.get("links", True),
            )
        except BriefError as error:
            outcome = Outcome([], [str(error)])
        if outcome.transient and not outcome.briefs and will_retry():
            # queue mode: a fetch timed out and RQ will try again after its backoff; forget the failure
            for canonical in outcome.transient:
                store.delete(store.key_url_failure(canonical))
            raise TransientFailure(f"fetch timed out: {', '.join(outcome.transient)}")
        posted = 0
        for brief in outcome.briefs:
            post_digest(rt, payload, brief, thread_ts=thread_ts)
            posted += 1
        for problem in outcome.problems:
            notice = message_digest(f":warning: {problem}")
            post_once(
                client,
                store,
                post_id_for("warning", channel, thread_ts, problem),
                channel=channel,
                thread_ts=thread_ts,
                ttl=settings.dedup_ttl,
                verify_since=payload.get("resumed"),
                text=notice.text,
                unfurl_links=False,
            )
    except Exception:
        store.release_claim(keys, token)
        if in_queue_worker():
            raise  # RQ retries it; give_up_message warns the user when RQ gives up
        react(client, channel, ts, REACTION_WORKING, remove=True)
        react(client, channel, ts, REACTION_FAILED)
        raise
    store.mark_done(keys, settings.dedup_ttl)
    react(client, channel, ts, REACTION_WORKING, remove=True)
    if posted or outcome.problems:
        react(client, channel, ts, REACTION_DONE if posted else REACTION_FAILED)


def respond_briefs(rt: Runtime, payload: dict[str, Any], outcome: Outcome, *, replace: bool) -> None:
    """Show an outcome's digests (with a Share button, in a channel) and problems to the person who
    asked, through ``payload["response_url"]``; ``replace``: the first answer replaces a notice."""
    response_url, channel, user = payload["response_url"], payload.get("channel"), payload.get("user")
    for brief in outcome.briefs:
        share = None
        if channel and user and not is_direct_message(channel):  # a DM has no one to share with
            share_id = new_token()
            stored = rt.store.set_json(
                rt.store.key_share(share_id),
                {"brief": brief.to_dict(), "user": user, "channel": channel},
                rt.settings.share_ttl,
            )
            if stored or brief.url:
                share = button_value(rt.settings, user=user, channel=channel, id=share_id, url=brief.url)
        digest = channel_digest(rt, channel, brief, team=payload.get("team"), share=share)
        respond_digest(response_url, digest, replace=replace)
        replace = False
    for problem in outcome.problems:
        respond_digest(response_url, message_digest(f":warning: {problem}"), replace=replace)
        replace = False


def brief_command(payload: dict[str, Any], runtime: Runtime | None = None) -> None:
    """``/brief <link or text>``: the digest, ephemeral, with a "Share in channel" button (not in a DM);
    the first answer replaces the "Reading it…" notice."""
    rt = runtime or default_runtime()
    try:
        outcome = brief_message_text(rt, payload.get("text") or "", explicit=True)
    except BriefError as error:
        outcome = Outcome([], [str(error)])
    respond_briefs(rt, payload, outcome, replace=True)


NOT_A_MEMBER = {"not_in_channel", "channel_not_found", "is_archived", "restricted_action"}


def auto_briefs(rt: Runtime, channel: str | None, text: str) -> bool:
    """Whether ``channel`` briefs this message on its own (an article with ``articles`` on, links with
    ``links`` on); never in a DM."""
    if not channel or is_direct_message(channel):
        return False
    wanted = channel_settings(rt.store, channel)
    verdict = looks_like_article(
        text, min_words=rt.settings.min_words, min_sentences=rt.settings.min_sentences
    )
    return wanted.articles if verdict.is_article else wanted.links


def brief_shortcut(payload: dict[str, Any], runtime: Runtime | None = None) -> None:
    """ "Brief this message": into the message's thread where the bot is a member and the channel briefs
    such messages on its own (the automatic digest's post id, so never twice); otherwise only to the
    person who asked, with a Share button in channels."""
    rt = runtime or default_runtime()
    text = payload.get("text") or ""
    try:
        outcome = brief_message_text(rt, text, explicit=True)
    except BriefError as error:
        outcome = Outcome([], [str(error)])
    if outcome.briefs and auto_briefs(rt, payload.get("channel"), text):
        try:
            for brief in outcome.briefs:
                post_digest(rt, payload, brief, thread_ts=payload.get("thread_ts") or payload["ts"])
        except SlackApiError as error:
            if error.response.get("error") not in NOT_A_MEMBER:
                raise
            log.info("Shortcut in %s: not a member (%s); answering privately", payload["channel"], error)
        else:
            where = message_digest("The digest is in the message's thread.")
            respond_digest(payload["response_url"], where)
            respond_briefs(rt, payload, Outcome([], outcome.problems), replace=False)
            return
    respond_briefs(rt, payload, outcome, replace=False)


def show_quotes(payload: dict[str, Any], runtime: Runtime | None = None) -> None:
    """The "Show all quotes" button: every quote of the digest, to whoever pressed it (ephemeral)."""
    rt = runtime or default_runtime()
    found = quotes.load_quotes(rt.store, payload.get("ref") or "")
    if found is None:
        digest = message_digest("Those quotes have expired: brief the article again to see them.")
    else:
        digest = render_all_quotes(*found)
    respond_digest(payload["response_url"], digest)


def share_digest(payload: dict[str, Any], runtime: Runtime | None = None) -> None:
    """The "Share in channel" button: post the stored digest to the channel, once however often pressed."""
    rt = runtime or default_runtime()
    store, settings = rt.store, rt.settings
    keys = [store.key_shared(payload["share_id"])]
    token = payload["token"]
    response_url = payload.get("response_url")
    if not store.renew_claim(keys, token, settings.claim_ttl):
        return
    try:
        data = store.get_json(store.key_share(payload["share_id"]))
        if data is not None and (data.get("user"), data.get("channel")) != (
            payload["user"],
            payload["channel"],
        ):
            log.warning("Share %s refused: stored for another user or channel", payload["share_id"])
            store.mark_done(keys, settings.dedup_ttl)
            return
        if data is not None:
            brief = Brief.from_dict(data["brief"])
        elif payload.get("url"):
            brief = rt.briefer.brief_url(payload["url"])
        else:
            store.release_claim(keys, token)
            if response_url:
                respond_digest(
                    response_url, message_digest("That digest has expired: run /brief again to share it.")
                )
            return
        post_digest(rt, payload, brief, thread_ts=None)
    except SlackApiError as error:
        store.release_claim(keys, token)
        code = error.response.get("error")
        if response_url:
            reason = (
                "I'm not in this channel: invite me with /invite @Newsroom Brief, then press Share again."
                if code in {"not_in_channel", "channel_not_found"}
                else f"Slack refused the post ({code})."
            )
            respond_digest(response_url, message_digest(f":warning: {reason}"))
        return
    except BriefError as error:
        store.release_claim(keys, token)
        if response_url:
            respond_digest(response_url, message_digest(f":warning: {error}"))
        return
    store.mark_done(keys, settings.dedup_ttl)
    if response_url:
        respond_digest(
            response_url,
            message_digest(f"Shared in <#{payload['channel']}> by <@{payload['user']}>.", mrkdwn=True),
            replace=True,
        )


def busy_message(ticket: Ticket) -> str | None:
    """What to tell the user about a ticket: None when the work started at once."""
    if ticket.status is Submission.QUEUED:
        ahead = ticket.position - 1
        return (
            f"Lots of articles right now: yours is queued ({ahead} ahead of it). It will come through shortly."
            if ahead
            else "Lots of articles right now: yours is queued (next in line). It will come through shortly."
        )
    if ticket.status is Submission.REJECTED:
        return "I'm too busy to read this right now: please try again in a few minutes."
    return None


# -- giving up: what the user is told when a job failed for good (queue mode, ``handlers.queue``) ----


def give_up_message(rt: Runtime, payload: dict[str, Any]) -> None:
    """``brief_message`` failed for good: free the event, :warning: on it, the notice in its thread."""
    rt.store.release_claim(event_keys(rt.store, payload), payload["token"])
    channel, ts = payload["channel"], payload["ts"]
    react(rt.client, channel, ts, REACTION_WORKING, remove=True)
    react(rt.client, channel, ts, REACTION_FAILED)
    rt.client.chat_postMessage(
        channel=channel,
        thread_ts=payload.get("thread_ts") or ts,
        text=f":warning: {FAILED_NOTICE}",
        unfurl_links=False,
    )


def give_up_response(rt: Runtime, payload: dict[str, Any]) -> None:
    """A job that answers through ``response_url`` failed for good: free its share claim, say so."""
    if not payload.get("response_url"):
        return
    if payload.get("share_id") and payload.get("token"):
        rt.store.release_claim([rt.store.key_shared(payload["share_id"])], payload["token"])
    respond_digest(payload["response_url"], message_digest(f":warning: {FAILED_NOTICE}"))
