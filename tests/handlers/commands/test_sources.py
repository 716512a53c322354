"""``/brief sources``, ``/brief gender`` and ``/brief genders`` through the real app, the fake Slack and
signed requests; and the digest's source-mix line with a workspace's overrides, or switched off."""

from __future__ import annotations

import uuid

import pytest

from bot.brief import Actor
from bot.storage import history
from tests.support.fake_slack import TEAM_ID
from tests.support.history_briefs import hours_ago, make_brief
from tests.support.slack_signing import event_envelope, message_event


def new_channel() -> str:
    return "C" + uuid.uuid4().hex[:9].upper()


def quoted(text, people):
    """A hand-made brief: ``people`` (name, kind, gender, basis), each quoted once."""
    brief = make_brief(text, [], [(p[0], f"{p[0]} had something to say here.") for p in people])
    brief.actors = [Actor(n, k, 2, quotes=1, gender=g, gender_basis=b) for n, k, g, b in people]
    return brief


def fill(store, channel):
    history.record_article(
        store,
        channel,
        quoted(
            "one",
            [
                ("Ann Lee", "person", "female", "pronoun"),
                ("Bob Stone", "person", "male", "honorific"),
                ("City Council", "organization", None, None),
            ],
        ),
        workspace=TEAM_ID,
        when=hours_ago(3),
    )
    history.record_article(
        store,
        channel,
        quoted(
            "two", [("Ann Lee", "person", "female", "pronoun"), ("<!channel> *Cy*", "person", None, None)]
        ),
        workspace=TEAM_ID,
        when=hours_ago(2),
    )


def ask(signed_sender, fake_slack, text, channel):
    name = uuid.uuid4().hex
    response = signed_sender.command(text, channel=channel, response_url=fake_slack.response_url(name))
    assert response.status == 200 and response.seconds < 3
    assert response.json()["response_type"] == "ephemeral"
    return response, name


def test_sources_answers_with_the_mix_and_the_most_quoted(slack_app, signed_sender, fake_slack):
    channel = new_channel()
    fill(slack_app.runtime.store, channel)
    _, name = ask(signed_sender, fake_slack, "sources week", channel)
    [call] = fake_slack.wait_calls("response_url", _path=f"/response/{name}")
    assert call.params["response_type"] == "ephemeral"
    body = str(call.params["blocks"])
    assert "People quoted: 1 woman · 1 man · 1 unknown (estimated) · 2 articles" in body
    assert "Women among quoted sources: 50%" in body
    assert "Ann Lee — 2 quotes in 2 articles, female (pronoun)" in body
    assert "City Council (organisation, 1)" in body and "not counted in the balance" in body
    assert "<!channel>" not in body and "&lt;!channel&gt;" in body and "*Cy*" not in body  # escaped


def test_sources_of_a_quiet_channel_and_a_bad_window(signed_sender, fake_slack):
    _, name = ask(signed_sender, fake_slack, "sources day", new_channel())
    [call] = fake_slack.wait_calls("response_url", _path=f"/response/{name}")
    assert "No attributed quotes" in call.params["text"]
    response, _ = ask(signed_sender, fake_slack, "sources year", new_channel())
    text = response.json()["text"]
    assert "window must be day, week or month" in text and "/brief sources [day|week|month]" in text
    assert "\n" not in text


def test_an_override_changes_the_mix_is_listed_and_undone(slack_app, signed_sender, fake_slack):
    channel = new_channel()
    fill(slack_app.runtime.store, channel)
    response, _ = ask(signed_sender, fake_slack, 'gender "Bob Stone" nonbinary', channel)
    assert '"Bob Stone" now counts as a nonbinary' in response.json()["text"]
    response, _ = ask(signed_sender, fake_slack, "gender “Dee Fox” woman", channel)  # not seen yet: kept
    assert '"Dee Fox" now counts as a woman' in response.json()["text"]
    listed, _ = ask(signed_sender, fake_slack, "genders", channel)
    assert "• Bob Stone → nonbinary" in listed.json()["text"] and "• Dee Fox → woman" in listed.json()["text"]
    _, name = ask(signed_sender, fake_slack, "sources", channel)
    [call] = fake_slack.wait_calls("response_url", _path=f"/response/{name}")
    assert "1 woman · 1 nonbinary · 1 unknown" in str(call.params["blocks"])
    removed, _ = ask(signed_sender, fake_slack, 'gender remove "Bob Stone"', channel)
    assert "removed" in removed.json()["text"]
    again, _ = ask(signed_sender, fake_slack, 'gender remove "Bob Stone"', channel)
    assert 'There is no override for "Bob Stone"' in again.json()["text"]
    _, name = ask(signed_sender, fake_slack, "sources", channel)
    [call] = fake_slack.wait_calls("response_url", _path=f"/response/{name}")
    assert "1 woman · 1 man · 1 unknown" in str(call.params["blocks"])


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ('gender "Alex Kim" girl', '"girl" is not one of woman, man, nonbinary or unknown'),
        ('gender "" woman', "Usage: `/brief gender"),
        ('gender "   " woman', "Usage: `/brief gender"),
        ('gender "..." woman', "say whose"),
        ("gender", "Usage: `/brief gender"),
        ('gender "Alex Kim"', "Usage: `/brief gender"),
        ('gender "' + "x" * 40_000 + '" woman', "that name is 40,000 characters long; names are at most 80"),
        ('gender "unclosed woman', "Usage: `/brief gender"),
    ],
)
def test_bad_gender_input_gets_one_clear_line(signed_sender, fake_slack, args, expected):
    response, _ = ask(signed_sender, fake_slack, args, new_channel())
    text = response.json()["text"]
    assert expected in text and "\n" not in text and len(text) < 200


def test_genders_when_there_are_none_and_help_lists_the_commands(slack_app, signed_sender, fake_slack):
    for name, _ in slack_app.runtime.store.client.hscan_iter(
        slack_app.runtime.store.key_workspace_genders(TEAM_ID)
    ):
        slack_app.runtime.store.client.hdel(slack_app.runtime.store.key_workspace_genders(TEAM_ID), name)
    response, _ = ask(signed_sender, fake_slack, "genders", new_channel())
    assert "No gender overrides yet" in response.json()["text"]
    help_text = ask(signed_sender, fake_slack, "help", new_channel())[0].json()["text"]
    assert "/brief sources [day|week|month]" in help_text and "/brief genders" in help_text


def test_the_digest_carries_the_mix_line_with_the_workspace_overrides(
    slack_app, signed_sender, fake_slack, seed_text
):
    ask(signed_sender, fake_slack, 'gender "Nikolai Patrushev" nonbinary', new_channel())
    channel = new_channel()
    event = message_event(seed_text, channel=channel)
    assert signed_sender.event(event_envelope(event)).status == 200
    [reply] = fake_slack.wait_calls("chat.postMessage", channel=channel, thread_ts=event["ts"])
    lines = [str(b) for b in reply.params["blocks"] if "Quoted: " in str(b)]
    assert len(lines) == 1 and "1 nonbinary" in lines[0] and "(estimated)" in lines[0]
    # The override is applied to what is shown, not to what is recorded: the history keeps the estimate.
    fake_slack.wait_calls("reactions.add", channel=channel, name="white_check_mark")  # recorded by then
    ids = history.article_ids(slack_app.runtime.store, channel, 0, hours_ago(-1).timestamp())
    [row] = history.read_articles(slack_app.runtime.store, channel, ids, ("a", "s"))
    assert all(basis != "override" for *_, basis in history.read_source_rows(row))
    ask(signed_sender, fake_slack, 'gender remove "Nikolai Patrushev"', new_channel())


def test_switched_off_the_digest_has_no_mix_line(redis_url, fake_slack, tmp_path, seed_text):
    from tests.conftest import RunningApp, slack_settings_for

    app = RunningApp(slack_settings_for(redis_url, fake_slack.api_url, tmp_path, source_mix=False))
    try:
        channel = new_channel()
        event = message_event(seed_text, channel=channel)
        assert app.sender.event(event_envelope(event)).status == 200
        [reply] = fake_slack.wait_calls("chat.postMessage", channel=channel, thread_ts=event["ts"])
        assert "Patrushev" in str(reply.params["blocks"])
        assert "Quoted: " not in str(reply.params["blocks"]) and "Quoted: " not in reply.params["text"]
    finally:
        app.stop()


def test_hostile_names_never_become_live_markup(slack_app, signed_sender, fake_slack):
    from tests.support.markup import HOSTILE, live_markup

    channel = new_channel()
    history.record_article(
        slack_app.runtime.store,
        channel,
        quoted(
            "x", [(HOSTILE[:80], "person", "female", "pronoun"), (HOSTILE[:70], "organization", None, None)]
        ),
        workspace=TEAM_ID,
        when=hours_ago(1),
    )
    replies = [ask(signed_sender, fake_slack, f'gender "{HOSTILE[:80]}" woman', channel)[0].json()]
    replies.append(ask(signed_sender, fake_slack, f'gender "{HOSTILE[:80]}" {HOSTILE}', channel)[0].json())
    replies.append(ask(signed_sender, fake_slack, "genders", channel)[0].json())
    replies.append(ask(signed_sender, fake_slack, f"sources {HOSTILE}", channel)[0].json())
    _, name = ask(signed_sender, fake_slack, "sources", channel)
    [call] = fake_slack.wait_calls("response_url", _path=f"/response/{name}")
    assert "1 woman" in str(call.params["blocks"])
    assert live_markup([*replies, call.params]) == []
    ask(signed_sender, fake_slack, f'gender remove "{HOSTILE[:80]}"', channel)
