"""Roundup commands through the real app and the fake Slack: actors, share, schedules, aliases, posting."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from bot.roundup import schedule
from bot.roundup.compute import compute_roundup
from bot.storage import history
from handlers import roundups
from handlers.commands.roundup import names_in
from tests.support.fake_slack import TEAM_ID
from tests.support.history_briefs import NOW, hours_ago, make_brief


def new_channel() -> str:
    return "C" + uuid.uuid4().hex[:9].upper()


def fill(store, channel: str, days: int = 1) -> None:
    for n in range(3):
        brief = make_brief(
            f"story {n} in {channel}",
            [("Vladimir Putin", "person", 2), ("Kremlin", "organization", 1)],
            [("Vladimir Putin", f"We will answer in kind, and we will answer soon, number {n}.")],
        )
        when = hours_ago(n * 8 * days + 1)
        history.record_article(
            store, channel, brief, workspace=TEAM_ID, permalink=f"https://slack.test/{channel}/{n}", when=when
        )


def test_names_in_handles_slack_quotes():
    assert names_in('"Xi" "Xi Jinping"') == ["Xi", "Xi Jinping"]
    assert names_in("“Xi” “Xi Jinping”") == ["Xi", "Xi Jinping"]
    assert names_in('"unclosed') == []


def test_actors_is_ephemeral_with_a_share_button_that_posts_once(slack_app, signed_sender, fake_slack):
    channel, name = new_channel(), uuid.uuid4().hex
    fill(slack_app.runtime.store, channel)
    response = signed_sender.command("actors", channel=channel, response_url=fake_slack.response_url(name))
    assert response.status == 200 and response.seconds < 3
    assert response.json()["response_type"] == "ephemeral"
    [call] = fake_slack.wait_calls("response_url", _path=f"/response/{name}")
    assert call.params["response_type"] == "ephemeral"
    assert "Vladimir Putin" in str(call.params["blocks"])
    shown = str(call.params["blocks"])  # threads by title, and a first roundup says so instead of :new:
    assert f"<https://slack.test/{channel}/0|story 0 in {channel}>" in shown
    assert "first roundup" in shown and ":new:" not in shown
    [button] = [b for b in call.params["blocks"] if b["type"] == "actions"][0]["elements"]
    assert button["text"]["text"] == "Share in channel"
    payload = {
        "type": "block_actions",
        "user": {"id": "UREPORTER1"},
        "team": {"id": TEAM_ID},
        "channel": {"id": channel},
        "container": {"type": "message", "channel_id": channel, "is_ephemeral": True},
        "response_url": fake_slack.response_url(name + "-share"),
        "actions": [{"action_id": button["action_id"], "value": button["value"], "type": "button"}],
    }
    assert signed_sender.action(payload).status == 200
    assert signed_sender.action(payload).status == 200
    [post] = fake_slack.wait_calls("chat.postMessage", channel=channel)
    assert "Vladimir Putin" in str(post.params["blocks"])
    # the header names the channel (conversations.info), and the presser is told, in place of the roundup
    assert post.params["blocks"][0]["text"]["text"].endswith(f"in #news-{channel.lower()}")
    [told] = fake_slack.wait_calls("response_url", _path=f"/response/{name}-share")
    assert told.params["replace_original"] is True
    assert told.params["text"] == f"Shared in <#{channel}> by <@UREPORTER1>."
    assert slack_app.runtime.pool.wait_idle(10)
    assert len(fake_slack.calls_to("chat.postMessage", channel=channel)) == 1
    assert len(fake_slack.calls_to("response_url", _path=f"/response/{name}-share")) == 1


def test_actors_with_a_bad_window_says_how(signed_sender, fake_slack):
    response = signed_sender.command("actors month", response_url=fake_slack.response_url())
    assert "Usage: `/brief actors [day|week]`" in response.json()["text"]


def test_roundup_schedule_commands(slack_app, signed_sender, fake_slack):
    channel = new_channel()
    reply = signed_sender.command(
        "roundup at 08:30 Europe/Berlin", channel=channel, response_url=fake_slack.response_url()
    )
    assert "every day at 08:30 Europe/Berlin" in reply.json()["text"] and "Next run" in reply.json()["text"]
    assert schedule.load_schedule(slack_app.runtime.store, channel) == schedule.Schedule(
        "day", 8, 30, "Europe/Berlin", by="UREPORTER1"
    )
    status = signed_sender.command("roundup status", channel=channel, response_url=fake_slack.response_url())
    assert "Next run" in status.json()["text"]
    bad = signed_sender.command("roundup at 26:00", channel=channel, response_url=fake_slack.response_url())
    assert "not a time of day" in bad.json()["text"]
    off = signed_sender.command("roundup off", channel=channel, response_url=fake_slack.response_url())
    assert "turned off" in off.json()["text"]


def test_alias_ignore_and_aliases_change_the_next_roundup(slack_app, signed_sender, fake_slack):
    store = slack_app.runtime.store
    channel = new_channel()
    fill(store, channel)

    def send(text):
        return signed_sender.command(text, channel=channel, response_url=fake_slack.response_url()).json()[
            "text"
        ]

    assert "counts as" in send('alias "Vladimir Putin" "Putin, V."')
    assert "left out" in send("ignore “Kremlin”")
    listed = send("aliases")
    assert "Vladimir Putin → Putin, V." in listed and "Kremlin" in listed
    names = [a.name for a in compute_roundup(store, channel, "day", workspace=TEAM_ID).actors]
    assert names == ["Putin, V."]
    assert "counted again" in send('ignore remove "Kremlin"')
    assert "removed" in send('alias remove "Vladimir Putin"')
    assert "Usage" in send("alias just-one")


def test_weekly_post_has_its_chart_in_the_thread(slack_app, fake_slack):
    store = slack_app.runtime.store
    channel = new_channel()
    fill(store, channel, days=2)
    roundup = compute_roundup(store, channel, "week", workspace=TEAM_ID)
    ts = roundups.post_roundup(slack_app.runtime.client, channel, roundup)
    [post] = fake_slack.wait_calls("chat.postMessage", channel=channel)
    assert len(post.params["blocks"]) <= 50
    fake_slack.wait_calls("upload")
    [complete] = fake_slack.wait_calls("files.completeUploadExternal", channel_id=channel)
    assert complete.params.get("thread_ts") == ts


def test_scheduled_post_goes_through_the_poster_once(slack_app, fake_slack):
    """The job function with the Slack poster: two runs of one period (two processes) → one message."""
    store = slack_app.runtime.store
    channel = new_channel()
    fire = (NOW + timedelta(days=1)).replace(hour=8, minute=30, second=0)
    fill(store, channel)
    for n in range(3):  # history in the window before tomorrow 08:30 UTC
        brief = make_brief(f"late story {n} {channel}", [("Xi Jinping", "person", 1)])
        history.record_article(store, channel, brief, workspace=TEAM_ID, when=fire - timedelta(hours=n + 1))
    daily = schedule.Schedule("day", 8, 30, "UTC")
    post = roundups.poster_for(slack_app.runtime.client)
    assert (
        schedule.post_roundup_once(store, channel, daily, post, now=fire + timedelta(minutes=1)) == "posted"
    )
    assert (
        schedule.post_roundup_once(store, channel, daily, post, now=fire + timedelta(minutes=2))
        == "duplicate"
    )
    [call] = fake_slack.wait_calls("chat.postMessage", channel=channel)
    assert "Xi Jinping" in str(call.params["blocks"])


@pytest.mark.parametrize(
    "refusal, kept, told",
    [("not_in_channel", True, "Invite me"), ("is_archived", False, "turned its roundup off")],
)
def test_a_refused_roundup_tells_who_scheduled_it_once(slack_app, fake_slack, refusal, kept, told):
    store = slack_app.runtime.store
    channel, user = new_channel(), "U" + uuid.uuid4().hex[:8].upper()
    fill(store, channel)
    fire = NOW.replace(second=0)  # a run due now: the history filled above is in its window
    daily = schedule.Schedule("day", fire.hour, fire.minute, "UTC", by=user)
    schedule.save_schedule(store, channel, daily)
    post = roundups.poster_for(slack_app.runtime.client, store)
    for minutes in (1, 2):  # a second run (the catch-up, another replica) tells no one again
        fake_slack.refuse("chat.postMessage", refusal, channel=channel)
        now = fire + timedelta(minutes=minutes)
        assert schedule.post_roundup_once(store, channel, daily, post, now=now) == "failed"
        if not kept:
            break
    [dm] = fake_slack.wait_calls("chat.postMessage", channel=user)
    assert told in dm.params["text"] and channel in dm.params["text"]
    assert (schedule.load_schedule(store, channel) is not None) is kept
    assert fake_slack.calls_to("chat.postMessage", channel=channel) == []


def test_scheduler_starts_and_stops_with_the_runtime(slack_app):
    sched = roundups.start_roundup_scheduler(slack_app.runtime)
    try:
        assert sched is not None and sched.running
        assert roundups.start_roundup_scheduler(slack_app.runtime) is sched  # one per process
        assert roundups.current_scheduler() is sched
    finally:
        roundups.stop_roundup_scheduler()
    assert roundups.current_scheduler() is None


def test_make_poster_needs_a_token(settings, store):
    from bot.errors import ConfigError

    with pytest.raises(ConfigError):
        roundups.make_poster(settings, store)
