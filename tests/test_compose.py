"""docker-compose.yml and the Dockerfile agree with the code (no Docker engine runs here)."""

import re

import pytest
import yaml

from bot.config import load_settings
from handlers.serve import EVENTS_PATH, HEALTH_PATH
from tests.conftest import ROOT

COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")
CONFIG_SOURCE = (ROOT / "bot" / "config.py").read_text(encoding="utf-8")
SETTING_NAMES = set(re.findall(r'"((?:BRIEF|SLACK)_[A-Z0-9_]+|REDIS_URL|PORT)"', CONFIG_SOURCE))
_SUBST = re.compile(r"^\$\{([A-Z0-9_]+)(?::([-?])(.*))?\}$")


def bot():
    return COMPOSE["services"]["bot"]


def test_services():
    assert set(COMPOSE["services"]) >= {"redis", "bot"}


def test_redis_persists_to_a_volume():
    redis = COMPOSE["services"]["redis"]
    command = " ".join(redis["command"])
    assert "--appendonly yes" in command
    assert any(v.endswith(":/data") for v in redis["volumes"])
    assert "redis-data" in COMPOSE["volumes"]
    assert "ping" in " ".join(redis["healthcheck"]["test"])


def test_bot_runs_http_mode_after_redis_is_healthy():
    assert bot()["command"][:3] == ["brief", "serve", "--http"]
    assert bot()["depends_on"]["redis"]["condition"] == "service_healthy"
    assert bot()["environment"]["REDIS_URL"].startswith("redis://redis:")


def test_every_variable_is_a_setting_the_code_reads():
    unknown = set(bot()["environment"]) - SETTING_NAMES
    assert not unknown, f"compose sets variables the code never reads: {sorted(unknown)}"
    for name in ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "REDIS_URL", "PORT"):
        assert name in bot()["environment"]


def _written_defaults(environment: dict) -> dict:
    """Variables compose gives a fallback value of its own (``${NAME:-value}``)."""
    found = {}
    for name, raw in environment.items():
        match = _SUBST.match(str(raw))
        if match and match.group(2) == "-" and match.group(3):
            found[name] = match.group(3)
    return found


def test_compose_writes_no_default_of_its_own():
    # ``${NAME:-}`` passes the variable through, blank when unset: the code's table (bot/config.py)
    # is the one place a default is written, and a blank value loads it
    assert not _written_defaults(bot()["environment"])
    blanks = {name: "" for name in bot()["environment"] if name in SETTING_NAMES}
    assert load_settings(blanks | {"PORT": "3000"}) == load_settings({})


def test_secrets_are_required_not_defaulted():
    for name in ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"):
        match = _SUBST.match(bot()["environment"][name])
        assert match and match.group(1) == name and match.group(2) == "?"


def test_ports_and_health_check_agree():
    port = int(bot()["environment"]["PORT"])
    assert port == load_settings({}).port
    [mapping] = bot()["ports"]
    assert int(str(mapping).split(":")[-1]) == port
    assert str(port) in bot()["command"]
    health = " ".join(bot()["healthcheck"]["test"])
    assert f"127.0.0.1:{port}{HEALTH_PATH}" in health


@pytest.mark.parametrize(
    "needle", ["EXPOSE 3000", "HEALTHCHECK", HEALTH_PATH, 'CMD ["brief", "serve", "--http"]', "USER "]
)
def test_dockerfile(needle):
    assert needle in DOCKERFILE


def test_events_path_is_what_the_manifest_uses():
    manifest = (ROOT / "manifest.yml").read_text(encoding="utf-8")
    assert manifest.count(EVENTS_PATH) == 3


# -- queue mode (README, "Running at scale"): replicas, scalable workers, one scheduler --------------------------


@pytest.mark.parametrize("name", ["bot", "worker", "scheduler"])
def test_every_process_role_runs_in_queue_mode(name):
    service = COMPOSE["services"][name]
    assert service["environment"]["BRIEF_QUEUE"] == "rq"
    assert service["environment"]["REDIS_URL"].startswith("redis://redis:")
    assert service["depends_on"]["redis"]["condition"] == "service_healthy"
    unknown = set(service["environment"]) - SETTING_NAMES
    assert not unknown, f"{name} sets variables the code never reads: {sorted(unknown)}"
    assert not _written_defaults(service["environment"])


def test_worker_scales_and_scheduler_enqueues():
    worker, scheduler = COMPOSE["services"]["worker"], COMPOSE["services"]["scheduler"]
    assert worker["command"][:2] == ["brief", "worker"]
    assert scheduler["command"] == ["brief", "scheduler"]
    # `docker compose up --scale worker=4` needs no fixed name and no published port
    assert "container_name" not in worker and "ports" not in worker
    assert worker["image"] == bot()["image"] == scheduler["image"]
    assert "SLACK_BOT_TOKEN" in worker["environment"]  # workers post to Slack themselves
    assert "SLACK_SIGNING_SECRET" not in worker["environment"]  # only the replicas verify requests


def test_queue_commands_exist():
    from bot.cli import build_parser

    parser = build_parser()
    for argv in (["worker", "--queues", "high,messages", "--burst"], ["scheduler"], ["status", "--json"]):
        assert parser.parse_args(argv).func
