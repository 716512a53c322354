"""``brief serve`` with the embedded Redis and analysis processes leaves nothing behind: not after a
SIGTERM (the server stops once idle), not after a SIGKILL of its whole process group, and a crash never
blocks the next start. Real processes, found with psutil."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request

import psutil
import pytest

from tests.conftest import ROOT, SIGNING_SECRET
from tests.handlers.test_serve import free_port


def start_serve(data_dir, fake_slack) -> tuple[subprocess.Popen, dict]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEF_", "SLACK_", "REDIS_"))}
    env.update(
        PYTHONPATH=str(ROOT),
        BRIEF_DATA_DIR=str(data_dir),
        BRIEF_REDIS_IDLE="1",
        BRIEF_WORKERS="2",
        SLACK_BOT_TOKEN="xoxb-lifecycle",
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=fake_slack.api_url,
    )
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--http", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        cwd=str(ROOT),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group, as in a container
    )
    deadline = time.monotonic() + 180
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10) as response:
                    health = json.loads(response.read())
                if health["model"] and health["pool"]["analysis"]["started"] == 2:
                    return proc, health
            except (OSError, KeyError):
                pass
            time.sleep(0.1)  # polling for start-up, bounded by the deadline
        raise AssertionError("brief serve did not become healthy with its analysis processes")
    except BaseException:
        os.killpg(proc.pid, signal.SIGKILL)  # never leave a half-started server behind
        proc.wait()
        raise


def descendants(proc: subprocess.Popen) -> list[psutil.Process]:
    return psutil.Process(proc.pid).children(recursive=True)


def wait_gone(processes: list[psutil.Process], deadline: float = 30.0) -> list[str]:
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        alive = [p for p in processes if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
        if not alive:
            return []
        time.sleep(0.1)
    return [" ".join(p.cmdline()[:3]) for p in alive]


@pytest.mark.slow
def test_sigterm_leaves_no_redis_server_or_analysis_process(tmp_path, fake_slack):
    proc, health = start_serve(tmp_path / "data", fake_slack)
    assert health["redis"]
    family = descendants(proc)
    names = " ".join(" ".join(p.cmdline()) for p in family)
    assert "redis-server" in names and "bot.storage.embedded" in names
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=60)
    assert wait_gone(family) == []


@pytest.mark.slow
def test_sigkill_of_the_process_group_leaves_nothing_and_the_next_start_works(tmp_path, fake_slack):
    proc, _ = start_serve(tmp_path / "data", fake_slack)
    family = descendants(proc)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert wait_gone(family) == []
    again, health = start_serve(tmp_path / "data", fake_slack)
    try:
        assert health["redis"] and health["status"] == "ok"
    finally:
        family = descendants(again)
        again.send_signal(signal.SIGTERM)
        again.wait(timeout=60)
    assert wait_gone(family) == []
