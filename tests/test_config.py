"""Settings: defaults, parsing, and one clear line for a bad value."""

import pytest

from bot.config import load_settings
from bot.errors import ConfigError


def test_defaults_need_no_environment():
    s = load_settings({})
    assert s.redis_url is None
    assert s.timezone == "UTC"
    assert s.max_input_bytes == 1_000_000
    assert s.slack_api_url == "https://slack.com/api/"
    assert s.queue_mode == "inline"


def test_values_are_read_and_normalised(tmp_path):
    s = load_settings(
        {
            "REDIS_URL": "redis://localhost:6379/2",
            "BRIEF_DATA_DIR": str(tmp_path),
            "BRIEF_TIMEZONE": "Europe/Berlin",
            "SLACK_API_URL": "http://127.0.0.1:9999/api",
            "BRIEF_IGNORE_DOMAINS": "Example.com, news.test",
            "BRIEF_FETCH_ALLOW_PRIVATE": "yes",
        }
    )
    assert s.redis_url == "redis://localhost:6379/2"
    assert s.data_dir == tmp_path
    assert s.tz.key == "Europe/Berlin"
    assert s.slack_api_url == "http://127.0.0.1:9999/api/"
    assert s.ignore_domains == ("example.com", "news.test")
    assert s.fetch_allow_private is True


@pytest.mark.parametrize(
    "env, names",
    [
        ({"BRIEF_TIMEZONE": "Mars/Olympus"}, "BRIEF_TIMEZONE"),
        ({"REDIS_URL": "localhost:6379"}, "REDIS_URL"),
        ({"BRIEF_MAX_INPUT_BYTES": "lots"}, "BRIEF_MAX_INPUT_BYTES"),
        ({"BRIEF_FETCH_TIMEOUT": "-1"}, "BRIEF_FETCH_TIMEOUT"),
        ({"BRIEF_FETCH_ALLOW_PRIVATE": "maybe"}, "BRIEF_FETCH_ALLOW_PRIVATE"),
        ({"SLACK_API_URL": "ftp://slack"}, "SLACK_API_URL"),
        ({"BRIEF_QUEUE": "kafka"}, "BRIEF_QUEUE"),
        ({"BRIEF_LOG_LEVEL": "LOUD"}, "BRIEF_LOG_LEVEL"),
    ],
)
def test_bad_value_names_the_variable(env, names):
    with pytest.raises(ConfigError) as caught:
        load_settings(env)
    message = str(caught.value)
    assert names in message
    assert "\n" not in message


def test_bad_setting_is_one_line_on_stderr_not_a_traceback(run_cli, seed_text):
    proc = run_cli("analyze", "-", input=seed_text, env={"BRIEF_TIMEZONE": "Nowhere/Land"})
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0
    assert "BRIEF_TIMEZONE" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_every_default_comes_from_the_one_table():
    from dataclasses import fields

    from bot.config import SETTINGS, Settings

    assert [f.name for f in fields(Settings)] == [s.field for s in SETTINGS]
    assert load_settings({}) == Settings()
    assert len({s.env for s in SETTINGS}) == len(SETTINGS)


def test_the_docs_configuration_table_is_generated_from_the_settings_table():
    from bot.config import markdown_table, with_table
    from tests.conftest import ROOT

    page = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    assert markdown_table() in page
    assert with_table(page) == page, "regenerate it: python -m bot.config --write docs/configuration.md"


def test_repr_never_shows_tokens_or_secrets():
    secrets = {
        "SLACK_BOT_TOKEN": "xoxb-very-secret-bot",
        "SLACK_APP_TOKEN": "xapp-very-secret-app",
        "SLACK_SIGNING_SECRET": "very-secret-signing",
    }
    s = load_settings({**secrets, "BRIEF_MAX_LINKS": "4"})
    assert s.slack_bot_token == "xoxb-very-secret-bot"
    for shown in (repr(s), str(s), f"{s}", repr([s])):
        assert "max_links=4" in shown
        assert "slack_bot_token='***'" in shown
        assert not any(secret in shown for secret in secrets.values())
    assert "slack_app_token=None" in repr(load_settings({}))


@pytest.mark.parametrize(
    "mode, env, missing",
    [
        ("post", {}, "SLACK_BOT_TOKEN"),
        ("socket", {"SLACK_BOT_TOKEN": "xoxb-x"}, "SLACK_APP_TOKEN"),
        ("http", {"SLACK_BOT_TOKEN": "xoxb-x", "SLACK_APP_TOKEN": "xapp-x"}, "SLACK_SIGNING_SECRET"),
    ],
)
def test_each_mode_names_the_credential_it_lacks(mode, env, missing):
    from bot.config import require_slack

    with pytest.raises(ConfigError, match=missing):
        require_slack(load_settings(env), mode)


def test_each_mode_passes_with_its_credentials():
    from bot.config import require_slack

    full = load_settings({"SLACK_BOT_TOKEN": "b", "SLACK_APP_TOKEN": "a", "SLACK_SIGNING_SECRET": "s"})
    for mode in ("post", "socket", "http"):
        require_slack(full, mode)


def test_settings_survive_pickling_for_worker_processes():
    import pickle

    s = load_settings({"BRIEF_MAX_LINKS": "4"})
    assert pickle.loads(pickle.dumps(s)) == s
