"""``brief serve``: the real command, on gunicorn, against the fake Slack."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from tests.conftest import ROOT, SIGNING_SECRET
from tests.support.slack_signing import SignedSender


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def served(cli_env, fake_slack):
    port = free_port()
    env = dict(cli_env)
    env.update(
        SLACK_BOT_TOKEN="xoxb-serve-test-token-SECRET",
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=fake_slack.api_url,
        BRIEF_LOG_LEVEL="DEBUG",
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--http", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        cwd=str(ROOT),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    health = None
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=2) as response:
                health = json.loads(response.read())
                break
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.1)  # polling for start-up, bounded by the deadline
    try:
        assert health is not None, "brief serve --http did not become healthy"
        yield base, health, proc
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()


def test_serve_http_on_gunicorn(served, fake_slack):
    base, health, proc = served
    assert health == {**health, "status": "ok", "redis": True, "model": True}
    sender = SignedSender(base + "/slack/events", SIGNING_SECRET)
    response = sender.command("help", response_url=fake_slack.response_url("serve"))
    assert response.status == 200 and "/brief <link>" in response.json()["text"]
    assert response.seconds < 3
    assert sender.command("help", response_url="x").status == 200
    bad = SignedSender(base + "/slack/events", "wrong-secret").command("help", response_url="x")
    assert bad.status == 401


def test_serve_log_has_no_secrets(served, fake_slack):
    base, _, proc = served
    SignedSender(base + "/slack/events", SIGNING_SECRET).command(
        "help", response_url=fake_slack.response_url()
    )
    proc.send_signal(signal.SIGTERM)
    out, _ = proc.communicate(timeout=30)
    log = out.decode("utf-8", "replace")
    assert "gunicorn" in log.lower() or "Newsroom Brief: HTTP" in log
    assert "xoxb-serve-test-token-SECRET" not in log
    assert SIGNING_SECRET not in log


def test_serve_needs_its_secrets(run_cli):
    result = run_cli("serve", "--http", env={"SLACK_BOT_TOKEN": "xoxb-x"})
    assert result.returncode == 2
    assert "SLACK_SIGNING_SECRET" in result.stderr and "Traceback" not in result.stderr
    result = run_cli("serve", "--socket", env={"SLACK_BOT_TOKEN": "xoxb-x"})
    assert result.returncode == 2 and "SLACK_APP_TOKEN" in result.stderr


def test_serve_is_in_the_cli_help(run_cli):
    result = run_cli("serve", "--help")
    assert result.returncode == 0 and "--socket" in result.stdout and "--http" in result.stdout
    assert os.path.exists(ROOT / "manifest.yml")
