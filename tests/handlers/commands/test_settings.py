"""Channel settings through the real app: ``/brief settings``, what listeners do with them, DMs, hints."""

from __future__ import annotations

import uuid

import pytest

from bot.errors import BadInput
from bot.storage.channels import ChannelSettings, channel_settings, parse_setting
from handlers.commands import SUBCOMMANDS
from handlers.commands.brief import closest_subcommand
from tests.support.fake_slack import BOT_USER_ID
from tests.support.slack_signing import event_envelope, message_event


def new_channel(prefix: str = "C") -> str:
    return prefix + uuid.uuid4().hex[:9].upper()


def command(sender, fake, text: str, channel: str) -> str:
    response = sender.command(text, channel=channel, response_url=fake.response_url(uuid.uuid4().hex))
    assert response.status == 200 and response.seconds < 3
    return response.json()["text"]


def test_settings_default_to_what_the_bot_always_did(store):
    assert channel_settings(store, "CNEW") == ChannelSettings(articles=True, links=True, sources=True)
    assert parse_setting("Link", "OFF") == ("links", False)
    with pytest.raises(BadInput):
        parse_setting("colour", "on")
    with pytest.raises(BadInput):
        parse_setting("links", "maybe")


def test_settings_are_shown_and_changed_by_a_member(slack_app, signed_sender, fake_slack):
    channel = new_channel()
    fake_slack.members[channel] = {BOT_USER_ID, "UREPORTER1"}
    shown = command(signed_sender, fake_slack, "settings", channel)
    assert "Pasted articles: *on*" in shown and "No roundup is scheduled" in shown
    reply = command(signed_sender, fake_slack, "settings links off", channel)
    assert reply == f"Links turned *off* in <#{channel}>: I no longer brief links on my own."
    assert channel_settings(slack_app.runtime.store, channel).links is False
    # the member's App Home is published again, with the new setting
    [home] = fake_slack.wait_calls("views.publish", user_id="UREPORTER1")
    assert "Links: *off*" in str(home.params["view"])
    reply = command(signed_sender, fake_slack, "settings roundup at 07:45 Europe/Berlin", channel)
    assert reply.startswith("Roundup scheduled every day at 07:45 Europe/Berlin")
    assert "07:45" in command(signed_sender, fake_slack, "settings", channel)
    assert "Usage" in command(signed_sender, fake_slack, "settings colour blue", channel)


def test_every_listener_respects_the_channel(slack_app, signed_sender, fake_slack, seed_text, httpserver):
    from tests.handlers.events.test_messages import article_html

    httpserver.expect_request("/settings/story").respond_with_data(
        article_html(seed_text), content_type="text/html; charset=utf-8"
    )
    url = httpserver.url_for("/settings/story")
    channel = new_channel()
    command(signed_sender, fake_slack, "settings articles off", channel)
    pasted = message_event(seed_text, channel=channel)
    linked = message_event(f"read <{url}>", channel=channel)
    for event in (pasted, linked):
        assert signed_sender.event(event_envelope(event)).status == 200
    fake_slack.wait_calls("chat.postMessage", channel=channel, thread_ts=linked["ts"])  # links: still on
    assert slack_app.runtime.pool.wait_idle(30)
    assert not fake_slack.calls_to("chat.postMessage", channel=channel, thread_ts=pasted["ts"])
    # asked for by name, it is briefed all the same
    mention = message_event(f"<@{BOT_USER_ID}> {seed_text}", channel=channel, type="app_mention")
    assert signed_sender.event(event_envelope(mention)).status == 200
    fake_slack.wait_calls("chat.postMessage", channel=channel, thread_ts=mention["ts"])
    # links off too: a link is left alone
    command(signed_sender, fake_slack, "settings links off", channel)
    again = message_event(f"again <{url}?x=1>", channel=channel)
    assert signed_sender.event(event_envelope(again)).status == 200
    assert slack_app.runtime.pool.wait_idle(30)
    assert not fake_slack.calls_to("chat.postMessage", channel=channel, thread_ts=again["ts"])


@pytest.mark.usefixtures("slack_app")
def test_source_mix_off_leaves_the_line_out(signed_sender, fake_slack, seed_text):
    channel = new_channel()
    first = message_event(seed_text, channel=channel)
    assert signed_sender.event(event_envelope(first)).status == 200
    [with_mix] = fake_slack.wait_calls("chat.postMessage", channel=channel, thread_ts=first["ts"])
    assert "Quoted:" in str(with_mix.params["blocks"])
    command(signed_sender, fake_slack, "settings sources off", channel)
    name = uuid.uuid4().hex
    signed_sender.command(seed_text, channel=channel, response_url=fake_slack.response_url(name))
    [without] = fake_slack.wait_calls("response_url", _path=f"/response/{name}")
    assert "Quoted:" not in str(without.params["blocks"]) and "Patrushev" in str(without.params["blocks"])


def test_in_a_dm_channel_commands_say_they_work_only_in_channels(signed_sender, fake_slack, seed_text):
    dm = new_channel("D")
    for text in ("roundup at 13:28", "actors week", "settings", "settings links off"):
        reply = command(signed_sender, fake_slack, text, dm)
        assert "work only in channels" in reply, text
    name = uuid.uuid4().hex
    signed_sender.command(seed_text, channel=dm, response_url=fake_slack.response_url(name))
    [digest] = fake_slack.wait_calls("response_url", _path=f"/response/{name}")
    assert "Patrushev" in str(digest.params["blocks"])
    assert "Share in channel" not in str(digest.params["blocks"])  # nobody to share with in a DM
    assert "Seen in this channel" not in str(digest.params["blocks"])


def test_a_mistyped_subcommand_with_arguments_gets_the_closest_command(signed_sender, fake_slack):
    assert closest_subcommand("roundups", SUBCOMMANDS) == "roundup"
    assert closest_subcommand("zzz", SUBCOMMANDS) is None
    channel = new_channel()
    reply = command(signed_sender, fake_slack, "roundups status", channel)
    assert reply.startswith("I don't know `/brief roundups`. Did you mean `/brief roundup status`?")
    assert "Did you mean `/brief actors week`?" in command(signed_sender, fake_slack, "actor week", channel)
    assert "Did you mean `/brief settings`?" in command(signed_sender, fake_slack, "setings", channel)
    assert "not enough to brief" in command(signed_sender, fake_slack, "Putin met Xi today", channel)
