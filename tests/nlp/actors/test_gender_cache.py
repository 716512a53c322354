"""The given-name table is computed from the name data once, then read back from the user's cache dir."""

from __future__ import annotations

import json

import pytest

from bot.nlp.actors import gender


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    gender._name_table.cache_clear()
    yield tmp_path
    gender._name_table.cache_clear()


def test_the_table_is_written_once_and_read_back(fresh_cache):
    computed = gender._name_table()
    assert computed.get("maria") == "female" and computed.get("john") == "male"
    [cached] = list((fresh_cache / "newsroom-brief").glob("given-names-*.json"))
    assert json.loads(cached.read_text(encoding="utf-8")) == computed

    cached.write_text(json.dumps({**computed, "zyxwvu": "female"}), encoding="utf-8")
    gender._name_table.cache_clear()
    assert gender._name_table()["zyxwvu"] == "female"  # served from the cache file


def test_an_unreadable_cache_file_is_rebuilt(fresh_cache):
    computed = gender._name_table()
    [cached] = list((fresh_cache / "newsroom-brief").glob("given-names-*.json"))
    cached.write_text("{not json", encoding="utf-8")
    gender._name_table.cache_clear()
    assert gender._name_table() == computed
    assert json.loads(cached.read_text(encoding="utf-8")) == computed
