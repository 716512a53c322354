"""Storage: keys under one prefix, TTLs, the embedded server's persistence, and life without Redis."""

import logging
from dataclasses import replace

import pytest

from bot.config import load_settings
from bot.storage.store import Store, connect, open_store


def test_json_round_trip_with_ttl(store):
    key = store.key_text_brief(1, "abc")
    assert key.startswith(store.prefix)
    assert store.set_json(key, {"title": "Ünïcode", "n": 3}, ttl=60)
    assert store.get_json(key) == {"title": "Ünïcode", "n": 3}
    assert 0 < store.client.ttl(key) <= 60


def test_every_key_uses_the_prefix(store):
    keys = [
        store.key_text_brief(1, "d"),
        store.key_url_brief(1, "https://example.com/a"),
        store.key_url_failure("https://example.com/a"),
    ]
    assert all(k.startswith(store.prefix) for k in keys)
    assert len(set(keys)) == len(keys)


@pytest.mark.slow
def test_without_redis_url_the_embedded_server_lives_in_the_data_dir(tmp_path):
    settings = replace(load_settings({}), data_dir=tmp_path / "d", redis_idle=1.0)
    client = connect(settings)
    try:
        assert client.ping()
        assert client.config_get("dir")["dir"] == str((tmp_path / "d").resolve())
        assert client.config_get("appendonly")["appendonly"] == "yes"
        assert client.config_get("appendfsync")["appendfsync"] == "everysec"
    finally:
        client.close()


def test_unreachable_redis_degrades_with_one_warning(caplog):
    settings = replace(load_settings({}), redis_url="redis://127.0.0.1:1/0")
    store = open_store(settings)
    with caplog.at_level(logging.WARNING):
        assert store.get_json(store.key_text_brief(1, "x")) is None
        assert store.set_json(store.key_text_brief(1, "x"), {"a": 1}, 10) is False
    warnings = [r for r in caplog.records if "Redis is unavailable" in r.getMessage()]
    assert len(warnings) == 1
    assert store.degraded
    assert not store.ping()


def test_store_without_a_client_is_a_no_op():
    store = Store(None, load_settings({}))
    assert store.get_json("k") is None
    assert store.set_json("k", 1, 1) is False
