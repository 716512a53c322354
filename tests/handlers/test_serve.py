"""``brief serve``: the real command, on waitress, against the fake Slack."""

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
from tests.support.slack_signing import SignedSender, event_envelope, message_event

pytestmark = pytest.mark.slow  # each test starts brief serve in a subprocess


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


def test_serve_http_on_waitress(served, fake_slack):
    base, health, proc = served
    assert health == {**health, "status": "ok", "redis": True, "model": True}
    sender = SignedSender(base + "/slack/events", SIGNING_SECRET)
    response = sender.command("help", response_url=fake_slack.response_url("serve"))
    assert response.status == 200 and "/brief &lt;link&gt;" in response.json()["text"]
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
    assert "Newsroom Brief: HTTP" in log
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


def _slow_clients(port: int, count: int) -> list[socket.socket]:
    """``count`` connections that never finish: half promise a 1,000-byte body and send one byte, half
    send their headers a few bytes at a time."""
    clients = []
    for i in range(count):
        client = socket.create_connection(("127.0.0.1", port), timeout=5)
        if i % 2:
            client.sendall(
                b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                b"Content-Length: 1000\r\n\r\n{"
            )
        else:
            client.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        clients.append(client)
    return clients


def test_slow_clients_do_not_starve_the_server(served):
    base, _, proc = served
    port = int(base.rsplit(":", 1)[1])
    clients = _slow_clients(port, 64)
    try:
        sender = SignedSender(base + "/slack/events", SIGNING_SECRET)
        for _ in range(3):
            for client in clients:
                client.sendall(b"a")  # still alive, still not done
            start = time.monotonic()
            with urllib.request.urlopen(base + "/healthz", timeout=5) as response:
                assert response.status == 200
            assert time.monotonic() - start < 1.0
            event = message_event("lunch at one?", channel="CSLOW0001")
            response = sender.event(event_envelope(event))
            assert response.status == 200 and response.seconds < 1.0
    finally:
        for client in clients:
            client.close()


def test_huge_and_unsigned_bodies_are_refused_with_a_short_log_line(served):
    base, _, proc = served
    port = int(base.rsplit(":", 1)[1])
    # 10 MB announced: 413 before the body is read
    with socket.create_connection(("127.0.0.1", port), timeout=10) as client:
        client.sendall(
            b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"X-Slack-Request-Timestamp: 1\r\nX-Slack-Signature: v0=bad\r\n"
            b"Content-Length: 10485760\r\n\r\n" + b"x" * 65536
        )
        answer = client.recv(4096)
    assert answer.startswith(b"HTTP/1.1 413")
    # a body under the cap with a bad signature: 401, and the log never echoes it
    marker = "https://hooks.slack.com/commands/T1/ECHOED-RESPONSE-URL"
    body = ("command=%2Fbrief&response_url=" + marker + "&text=" + "y" * 900_000).encode()
    bad = SignedSender(base + "/slack/events", "wrong-secret").signed(
        body, "application/x-www-form-urlencoded"
    )
    assert bad.status == 401
    proc.send_signal(signal.SIGTERM)
    out, _ = proc.communicate(timeout=30)
    log = out.decode("utf-8", "replace")
    assert "ECHOED-RESPONSE-URL" not in log and "yyyyyyyyyy" not in log
    refused = [line for line in log.splitlines() if "Refused" in line]
    assert refused and max(len(line) for line in refused) < 250
    assert len(log) < 20_000
