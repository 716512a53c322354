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
