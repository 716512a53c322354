"""Redis faults seen from ``Store``: claims kept in the process during an outage are written to Redis
when it returns; a full Redis is "refusing writes", also inside a script."""

from __future__ import annotations

from dataclasses import replace

from bot.storage.store import DONE, Store, connect
from tests.support.redis_server import RedisServer


def test_claims_kept_during_an_outage_reach_redis_when_it_returns(settings, tmp_path):
    server = RedisServer(tmp_path / "redis").start()
    try:
        store = Store(
            connect(replace(settings, redis_url=server.url)), replace(settings, redis_url=server.url)
        )
        done_keys = [store.key_slack_event("EvDuring"), store.key_slack_message("C1", "1.1")]
        working = [store.key_slack_event("EvWorking")]
        server.kill()
        assert store.claim(done_keys, "t1", 60)  # Redis down: kept in the process
        store.mark_done(done_keys, 600)
        assert store.claim(working, "t2", 60)
        server.start()  # back (its file had none of these)
        assert not store.claim(done_keys, "redelivery", 60)  # reconciled first, then refused
        assert store.client.get(done_keys[0]) == DONE.encode()
        assert store.client.get(working[0]) == b"t2"
        assert 500 < store.client.ttl(done_keys[1]) <= 600
        assert store.renew_claim(working, "t2", 60)  # the job still working keeps its claim
    finally:
        server.stop()


def test_a_full_redis_refuses_writes_and_claims_fall_back_to_the_process(settings, tmp_path):
    server = RedisServer(tmp_path / "redis").start()
    try:
        local = replace(settings, redis_url=server.url)
        store = Store(connect(local), local)
        assert store.write_refused() is None
        admin = server.client()
        admin.config_set("maxmemory-policy", "noeviction")
        admin.config_set("maxmemory", "1")
        assert "maxmemory" in store.write_refused()
        keys = [store.key_slack_event("EvFull")]
        assert store.claim(keys, "t1", 60)  # the claim script was refused: kept in the process
        assert not store.claim(keys, "t2", 60)
        assert store.degraded
        admin.config_set("maxmemory", "0")
        assert store.write_refused() is None
        assert not store.claim(keys, "t3", 60)  # the process's claim was written to Redis first
        assert store.client.get(keys[0]) == b"t1"
    finally:
        server.stop()
