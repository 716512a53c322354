"""Channel messages: unit tests of the filters, then scenarios through the real HTTP app."""

from __future__ import annotations

import uuid

import pytest

from handlers.events.messages import ignore_reason, worth_briefing
from tests.support.fake_slack import BOT_ID, BOT_USER_ID
from tests.support.history_briefs import FOLLOW_UP_ARTICLE
from tests.support.slack_signing import event_envelope, message_event


def new_channel() -> str:
    return "C" + uuid.uuid4().hex[:9].upper()


# -- filters ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "event",
    [
        {"subtype": "message_changed", "channel": "C1", "ts": "1.1"},
        {"subtype": "message_deleted", "channel": "C1", "ts": "1.1"},
        {"subtype": "channel_join", "user": "U1", "channel": "C1", "ts": "1.1"},
        {"subtype": "bot_message", "bot_id": "B2", "channel": "C1", "ts": "1.1"},
        {"user": "U2", "bot_id": "B2", "channel": "C1", "ts": "1.1"},
        {"user": BOT_USER_ID, "channel": "C1", "ts": "1.1"},
        {"user": "U1", "channel": "C1", "ts": "2.2", "thread_ts": "1.1"},
        {"user": "U1", "channel": "D1", "channel_type": "im", "ts": "1.1"},
    ],
)
def test_ignored_messages(event):
    assert ignore_reason(event, BOT_USER_ID) is not None


def test_a_plain_channel_message_is_considered():
    assert (
        ignore_reason({"user": "U1", "channel": "C1", "channel_type": "channel", "ts": "1.1"}, BOT_USER_ID)
        is None
    )
    assert (
        ignore_reason({"user": "U1", "channel": "C1", "ts": "1.1", "thread_ts": "1.1"}, BOT_USER_ID) is None
    )
    # a message with a file attached (its text may carry the link) is a user's message all the same
    shared = {"subtype": "file_share", "user": "U1", "channel": "C1", "channel_type": "channel", "ts": "1.1"}
    assert ignore_reason(shared, BOT_USER_ID) is None


def test_worth_briefing(settings, seed_text):
    assert worth_briefing(settings, seed_text)
    assert worth_briefing(settings, "look <https://news.example.org/a/story|this>")
    assert not worth_briefing(settings, "lunch at one?")
    assert not worth_briefing(settings, "<https://giphy.com/x.gif>")


# -- scenarios: signed events → the app → the fake Slack ------------------------------------------


def replies(fake, channel: str, ts: str):
    return fake.calls_to("chat.postMessage", channel=channel, thread_ts=ts)


@pytest.mark.usefixtures("slack_app")
def test_pasted_article_gets_one_threaded_digest(signed_sender, fake_slack, seed_text):
    channel = new_channel()
    event = message_event(seed_text, channel=channel)
    response = signed_sender.event(event_envelope(event))
    assert response.status == 200
    assert response.seconds < 3
    [reply] = fake_slack.wait_calls("chat.postMessage", channel=channel, thread_ts=event["ts"])
    body = str(reply.params["blocks"])
    assert "Putin" in body and "Patrushev" in body
    assert "strengthening comprehensive partnership" in body  # Patrushev's quote
    assert "Putin" in reply.params["text"]
    # reactions: eyes while working, then the check mark; eyes removed
    fake_slack.wait_calls("reactions.add", channel=channel, name="white_check_mark")
    assert fake_slack.calls_to("reactions.add", channel=channel, name="eyes")
    assert fake_slack.calls_to("reactions.remove", channel=channel, name="eyes")
    assert len(replies(fake_slack, channel, event["ts"])) == 1


def settle(slack_app, fake, channel: str, seed_text: str) -> None:
    """Let earlier deliveries finish: a last article in the same channel is answered, the pool idle."""
    event = message_event(seed_text, channel=channel)
    assert slack_app.sender.event(event_envelope(event)).status == 200
    fake.wait_calls("chat.postMessage", channel=channel, thread_ts=event["ts"])
    assert slack_app.runtime.pool.wait_idle(30)


def test_same_event_delivered_twice_gets_one_reply(slack_app, signed_sender, fake_slack, seed_text):
    channel = new_channel()
    event = message_event(seed_text, channel=channel)
    envelope = event_envelope(event)
    assert signed_sender.event(envelope).status == 200
    assert signed_sender.event(envelope, retry_num=1).status == 200
    assert signed_sender.event(envelope, retry_num=2).status == 200
    # the same message under another event id (as a second subscription would deliver it)
    assert signed_sender.event(event_envelope(dict(event))).status == 200
    fake_slack.wait_calls("chat.postMessage", channel=channel, thread_ts=event["ts"])
    settle(slack_app, fake_slack, channel, seed_text)
    assert len(replies(fake_slack, channel, event["ts"])) == 1


@pytest.mark.parametrize(
    "extra",
    [
        {"user": BOT_USER_ID, "bot_id": BOT_ID},  # our own message
        {"user": "UOTHERBOT", "bot_id": "BOTHER"},  # another bot
        {"subtype": "bot_message", "bot_id": "BOTHER"},
        {"subtype": "message_changed"},
        {"thread_ts": "1700000000.000001"},  # a thread reply without a mention
    ],
    ids=["own", "other-bot", "bot-message", "edit", "thread-reply"],
)
def test_ignored_messages_get_no_reply(slack_app, signed_sender, fake_slack, seed_text, extra):
    channel = new_channel()
    event = message_event(seed_text, channel=channel, **extra)
    assert signed_sender.event(event_envelope(event)).status == 200
    settle(slack_app, fake_slack, channel, seed_text)
    assert not fake_slack.calls_to(
        "chat.postMessage", channel=channel, thread_ts=event.get("thread_ts", event["ts"])
    )
    assert not fake_slack.calls_to("reactions.add", channel=channel, timestamp=event["ts"])


def test_short_chat_gets_no_reply(slack_app, signed_sender, fake_slack, seed_text):
    channel = new_channel()
    event = message_event("Anyone up for lunch? The canteen has soup today.", channel=channel)
    assert signed_sender.event(event_envelope(event)).status == 200
    settle(slack_app, fake_slack, channel, seed_text)
    assert not fake_slack.calls_to("chat.postMessage", channel=channel, thread_ts=event["ts"])


def article_html(seed_text: str) -> str:
    import html

    title, _, body = seed_text.partition("\n")
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n") if p.strip())
    return (
        "<html><head><title>" + html.escape(title) + "</title>"
        '<meta property="og:site_name" content="Example News">'
        '<meta property="article:published_time" content="2024-05-20">'
        "</head><body><article><h1>" + html.escape(title) + "</h1>" + paragraphs + "</article></body></html>"
    )


def test_link_gets_one_threaded_digest(slack_app, signed_sender, fake_slack, seed_text, httpserver):
    httpserver.expect_request("/world/russia-china-security").respond_with_data(
        article_html(seed_text), content_type="text/html; charset=utf-8"
    )
    url = httpserver.url_for("/world/russia-china-security")
    channel = new_channel()
    event = message_event(f"Worth a read <{url}|russia-china-security>", channel=channel)
    assert signed_sender.event(event_envelope(event)).status == 200
    [reply] = fake_slack.wait_calls("chat.postMessage", channel=channel, thread_ts=event["ts"])
    blocks = str(reply.params["blocks"])
    assert "Putin" in blocks and "Patrushev" in blocks
    assert url in blocks  # the title links to the article
    settle(slack_app, fake_slack, channel, seed_text)
    assert len(replies(fake_slack, channel, event["ts"])) == 1


def test_an_article_pasted_then_linked_is_one_article(
    slack_app, signed_sender, fake_slack, seed_text, httpserver
):
    """Pasted, then shared as a link: one article in the channel's history, and the link's digest does
    not call the article's own cast "seen before"."""
    from bot.roundup.compute import compute_roundup
    from bot.storage import history

    httpserver.expect_request("/world/pasted-then-linked").respond_with_data(
        article_html(seed_text), content_type="text/html; charset=utf-8"
    )
    channel = new_channel()
    pasted = message_event(seed_text, channel=channel)
    assert signed_sender.event(event_envelope(pasted)).status == 200
    fake_slack.wait_calls("chat.postMessage", channel=channel, thread_ts=pasted["ts"])
    url = httpserver.url_for("/world/pasted-then-linked")
    linked = message_event(f"Same story: <{url}>", channel=channel)
    assert signed_sender.event(event_envelope(linked)).status == 200
    [reply] = fake_slack.wait_calls("chat.postMessage", channel=channel, thread_ts=linked["ts"])
    assert "Patrushev" in str(reply.params["blocks"])
    assert "Seen in this channel" not in str(reply.params["blocks"])
    assert slack_app.runtime.pool.wait_idle(30)
    store = slack_app.runtime.store
    assert history.count_articles(store, channel, 0, "+inf") == 1
    assert compute_roundup(store, channel, "day", min_articles=1).articles == 1


@pytest.mark.usefixtures("slack_app")
def test_unreadable_link_gets_a_warning(signed_sender, fake_slack, httpserver):
    httpserver.expect_request("/gone").respond_with_data("nope", status=404)
    channel = new_channel()
    event = message_event(f"see <{httpserver.url_for('/gone')}>", channel=channel)
    assert signed_sender.event(event_envelope(event)).status == 200
    [reply] = fake_slack.wait_calls("chat.postMessage", channel=channel, thread_ts=event["ts"])
    assert reply.params["text"].startswith(":warning:")
    fake_slack.wait_calls("reactions.add", channel=channel, name="warning")


def test_second_article_names_actors_seen_before(slack_app, signed_sender, fake_slack, seed_text):
    from bot.storage import history

    channel = new_channel()
    first = message_event(seed_text, channel=channel)
    assert signed_sender.event(event_envelope(first)).status == 200
    [reply] = fake_slack.wait_calls("chat.postMessage", channel=channel, thread_ts=first["ts"])
    assert "Seen in this channel" not in str(reply.params["blocks"])
    second_text = FOLLOW_UP_ARTICLE  # another story about the same people
    second = message_event(second_text, channel=channel)
    assert signed_sender.event(event_envelope(second)).status == 200
    [follow] = fake_slack.wait_calls("chat.postMessage", channel=channel, thread_ts=second["ts"])
    seen = [b for b in follow.params["blocks"] if "Seen in this channel" in str(b)]
    assert seen and "Putin" in str(seen)
    # both articles are in the channel's history, with the thread and a permalink
    assert fake_slack.calls_to("chat.getPermalink", channel=channel)
    assert history.seen_before(slack_app.runtime.store, channel, ["Vladimir Putin"]) == ["Vladimir Putin"]
