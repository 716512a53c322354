"""``/brief``: help, unknown subcommands, text and links, the subcommand table."""

from __future__ import annotations

import uuid

import pytest

from handlers.commands import SUBCOMMANDS
from handlers.commands.base import Subcommand, table
from handlers.commands.brief import help_text, parse


def test_parse():
    assert parse("", SUBCOMMANDS) == ("help", "")
    assert parse("  HELP ", SUBCOMMANDS) == ("help", "")
    assert parse("actors week", SUBCOMMANDS) == ("actors", "week")
    assert parse("https://example.org/a", SUBCOMMANDS) == ("", "https://example.org/a")


def test_every_subcommand_in_the_table_is_listed_in_help():
    text = help_text(SUBCOMMANDS)
    assert {"help", "actors", "roundup", "alias", "ignore", "aliases"} <= set(SUBCOMMANDS)
    for sub in SUBCOMMANDS.values():
        assert sub.usage in text
    demo = table(
        *SUBCOMMANDS.values(), Subcommand("zzdemo", lambda r: f"demo {r.args}", "`/brief zzdemo` — a demo")
    )
    assert "`/brief zzdemo` — a demo" in help_text(demo)
    assert parse("zzdemo 7 days", demo) == ("zzdemo", "7 days")


def test_subcommand_names_are_one_word_and_given_once():
    with pytest.raises(ValueError):
        Subcommand("two words", lambda _request: None, "")
    with pytest.raises(ValueError):
        table(Subcommand("x", lambda _request: None, ""), Subcommand("x", lambda _request: None, ""))


def test_help_is_answered_within_three_seconds(signed_sender, fake_slack):
    for text in ("help", ""):
        response = signed_sender.command(text, response_url=fake_slack.response_url(uuid.uuid4().hex))
        assert response.status == 200
        assert response.seconds < 3
        body = response.json()
        assert body["response_type"] == "ephemeral"
        assert "/brief &lt;link&gt;" in body["text"]


def test_unknown_subcommand_gets_a_helpful_reply(signed_sender, fake_slack):
    response = signed_sender.command("frobnicate", response_url=fake_slack.response_url())
    assert response.status == 200
    assert "I don't know `/brief frobnicate`" in response.json()["text"]
    assert "/brief help" in response.json()["text"]


def test_too_little_text_gets_a_helpful_reply(signed_sender, fake_slack):
    response = signed_sender.command("Putin met Xi today", response_url=fake_slack.response_url())
    assert "not enough to brief" in response.json()["text"]


def test_brief_text_answers_ephemerally_with_a_share_button(signed_sender, fake_slack, seed_text):
    name = uuid.uuid4().hex
    response = signed_sender.command(seed_text, response_url=fake_slack.response_url(name))
    assert response.status == 200 and response.seconds < 3
    assert "Reading it" in response.json()["text"] or "queue" in response.json()["text"]
    [call] = fake_slack.wait_calls("response_url", _path=f"/response/{name}")
    assert call.params["response_type"] == "ephemeral"
    blocks = str(call.params["blocks"])
    assert "Patrushev" in blocks and "Share in channel" in blocks
