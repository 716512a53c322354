"""Lua scripts: registered once per connection, run as EVALSHA, and releases that compare and delete."""

from __future__ import annotations

import time

from bot.storage import history
from bot.storage.scripts import scripts_for
from bot.storage.store import Store, connect
from tests.support.history_briefs import make_brief


def _calls(client, command: str) -> int:
    return int(client.info("commandstats").get(f"cmdstat_{command}", {}).get("calls", 0))


def test_scripts_are_registered_once_per_connection(settings, monkeypatch):
    client = connect(settings)
    store = Store(client, settings)
    assert Store(client, settings).scripts is store.scripts is scripts_for(client)

    def no_more(_script):
        raise AssertionError("a script was registered again")

    monkeypatch.setattr(client, "register_script", no_more)
    evals = _calls(client, "eval")
    keys = [store.key_slack_event("Ev1"), store.key_slack_message("C1", "1.0")]
    for _ in range(3):
        assert store.claim(keys, "tok", 30)
        assert store.renew_claim(keys, "tok", 30)
        store.release_claim(keys, "tok")
    brief = make_brief("scripts once", [("Ana Costa", "person", 2), ("Kremlin", "organization", 1)])
    assert history.record_article(store, "C1", brief, workspace="T1")
    ids = history.article_ids(store, "C1", time.time() - 60, time.time() + 60)
    assert history.read_articles(store, "C1", ids)
    assert history.tally_window(store, "C1", time.time() - 3600, time.time() + 60)
    assert history.actor_articles(store, "C1", ["p:Ana Costa"], 0, "+inf")
    assert _calls(client, "eval") == evals, "a script was sent as text (EVAL) instead of EVALSHA"


def test_a_release_deletes_only_a_claim_that_is_still_ours(store):
    key = store.key_slack_event("Ev2")
    assert store.claim([key], "mine", 30)
    store.client.set(key, "theirs", ex=30)  # ours expired and another process claimed it
    store.release_claim([key], "mine")
    assert store.client.get(key) == b"theirs"
    store.release_claim([key], "theirs")
    assert store.client.get(key) is None
