"""``/brief``: help, unknown subcommands, text and links, the subcommand registry."""

from __future__ import annotations

import uuid

import pytest

from handlers.commands import SUBCOMMANDS, register_subcommand
from handlers.commands.brief import help_text, parse


def test_parse():
    assert parse("") == ("help", "")
    assert parse("  HELP ") == ("help", "")
    assert parse("https://example.org/a") == ("", "https://example.org/a")


def test_registered_subcommands_are_listed_in_help():
    register_subcommand("zzdemo", lambda request: f"demo {request.args}", "`/brief zzdemo` — a demo")
    try:
        assert "`/brief zzdemo` — a demo" in help_text()
        assert parse("zzdemo 7 days") == ("zzdemo", "7 days")
    finally:
        SUBCOMMANDS.pop("zzdemo")


def test_subcommand_names_are_one_word():
    with pytest.raises(ValueError):
        register_subcommand("two words", lambda _request: None, "")


def test_help_is_answered_within_three_seconds(signed_sender, fake_slack):
    for text in ("help", ""):
        response = signed_sender.command(text, response_url=fake_slack.response_url(uuid.uuid4().hex))
        assert response.status == 200
        assert response.seconds < 3
        body = response.json()
        assert body["response_type"] == "ephemeral"
        assert "/brief <link>" in body["text"]


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
