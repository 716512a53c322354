"""What the load benchmarks share: the repository root, the signing secret, the seed, a free port and
percentiles. Importing it also puts the repository on ``sys.path`` so ``tests.support.fake_slack`` imports."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SECRET = "bench-signing-secret"
SEED = (ROOT / "seeds" / "000_b4144648db288aab.txt").read_text(encoding="utf-8")


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile (0–100) by nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))]


def start_bot(port: int, api_url: str, **settings: str) -> subprocess.Popen:
    """``brief serve --http`` on ``port`` against the fake Slack at ``api_url``, with a clean environment
    (no BRIEF_/SLACK_/REDIS_ variable of the caller's leaks in) plus ``settings``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEF_", "SLACK_", "REDIS_"))}
    env.update(
        BRIEF_LOG_LEVEL="WARNING",
        SLACK_BOT_TOKEN="xoxb-bench",
        SLACK_SIGNING_SECRET=SECRET,
        SLACK_API_URL=api_url,
        PYTHONPATH=str(ROOT),
        **settings,
    )
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--http", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        cwd=str(ROOT),
    )
