"""The real ``brief serve --http`` in its own process group, for crash-safety tests: start it, wait
until it is healthy, SIGKILL the whole group (and its embedded Redis, as when a container dies),
SIGTERM it, restart it on the same data directory and port."""

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
import uuid
from pathlib import Path

import psutil

from tests.conftest import ROOT, SIGNING_SECRET
from tests.support.slack_signing import SignedSender, event_envelope, message_event


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def article(n: int, seed_text: str) -> str:
    """A distinct pasted article (no two share a cached brief)."""
    return f"{seed_text}\n\nEditor's note {n}: this version {uuid.uuid4().hex[:8]} was filed at {n} past."


class BotProcess:
    """One ``brief serve --http`` on ``port`` with ``env``; ``log`` collects its output."""

    def __init__(self, env: dict[str, str], port: int, data_dir: Path):
        self.env, self.port, self.data_dir = env, port, data_dir
        self.base = f"http://127.0.0.1:{port}"
        self.sender = SignedSender(self.base + "/slack/events", SIGNING_SECRET)
        self.proc: subprocess.Popen | None = None
        self.log_path = data_dir.parent / f"serve-{port}-{uuid.uuid4().hex[:6]}.log"

    def start(self, timeout: float = 120) -> dict:
        """Start it and wait for ``/healthz`` to say ok (the model loaded); returns the health body."""
        self.log_path = self.data_dir.parent / f"serve-{self.port}-{uuid.uuid4().hex[:6]}.log"
        out = open(self.log_path, "wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve", "--http", "--host", "127.0.0.1", "--port", str(self.port)],
            env=self.env,
            cwd=str(ROOT),
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, like a container
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, f"brief serve exited:\n{self.log()}"
            health = self.health()
            if health and health.get("model"):
                return health
            time.sleep(0.2)  # polling for start-up, bounded by the deadline
        raise AssertionError(f"brief serve did not become healthy:\n{self.log()}")

    def health(self) -> dict | None:
        try:
            with urllib.request.urlopen(self.base + "/healthz", timeout=5) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as error:
            return json.loads(error.read() or b"{}")
        except (urllib.error.URLError, ConnectionError, TimeoutError, ValueError):
            return None

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.exists() else ""

    def send_article(self, n: int, text: str, channel: str) -> dict:
        """Paste article ``n`` in ``channel``; returns the event (the ack must be 200)."""
        event = message_event(text, channel=channel, ts=f"{1700000000 + n}.{n:06d}")
        response = self.sender.event(event_envelope(event, event_id=f"Ev{channel}{n:04d}"))
        assert response.status == 200, response.text
        return event

    def embedded_redis(self) -> list[psutil.Process]:
        """The embedded redis-server(s) working in this bot's data directory."""
        found = []
        for proc in psutil.process_iter(["name"]):
            try:
                if "redis-server" in (proc.info["name"] or "") and Path(proc.cwd()) == self.data_dir:
                    found.append(proc)
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
        return found

    def kill_everything(self) -> None:
        """SIGKILL the process group and the embedded Redis at once, as when the container dies."""
        assert self.proc is not None
        victims = self.embedded_redis()
        os.killpg(self.proc.pid, signal.SIGKILL)
        for proc in victims:
            try:
                proc.kill()
            except psutil.NoSuchProcess:
                pass
        self.proc.wait(timeout=30)
        psutil.wait_procs(victims, timeout=10)

    def terminate(self, timeout: float = 120) -> int:
        """SIGTERM and wait; the exit status."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout=timeout)

    def stop_quietly(self) -> None:
        """Clean up after a test, whatever state it left."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
        for proc in self.embedded_redis():
            try:
                proc.kill()
            except psutil.NoSuchProcess:
                pass
