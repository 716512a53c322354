"""Print what the bot sends, as a person would read it: the seed's digest, a roundup and App Home.

    PYTHONPATH=$PWD python -m tests.support.show_surfaces

Everything is made by the real code (spaCy, an embedded Redis in a temporary directory, the renderers);
nothing is sent anywhere. Each surface is checked with ``tests.support.blocks`` before it is printed.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.config import load_settings
from bot.nlp.analysis import analyze
from bot.render.digest import render_digest
from bot.render.home import HomeChannel, render_home
from bot.render.roundup import roundup_blocks
from bot.roundup import schedule
from bot.roundup.compute import compute_roundup
from bot.storage import history
from bot.storage.channels import channel_settings
from bot.storage.store import open_store
from tests.support.blocks import assert_valid_blocks, blocks_as_text
from tests.support.history_briefs import FOLLOW_UP_ARTICLE

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_b4144648db288aab.txt"
CHANNEL = "C0POLITICS"


def main() -> None:
    with tempfile.TemporaryDirectory() as data:
        settings = replace(load_settings({}), redis_url=None, data_dir=Path(data))
        store = open_store(settings)
        seed = analyze(SEED.read_text(encoding="utf-8"))
        digest = render_digest(seed, max_quotes=settings.max_quotes, quotes_ref="example", share="example")
        assert_valid_blocks(digest.blocks)
        print("=== The seed's digest (/brief, shown only to you)\n")
        print(blocks_as_text(digest.blocks))

        now = datetime.now(UTC)
        follow = analyze(FOLLOW_UP_ARTICLE)
        follow.date = "2024-05-21"
        for hours, brief, n in ((30, seed, 1), (5, follow, 2)):
            history.record_article(
                store,
                CHANNEL,
                brief,
                workspace="T0NEWS",
                permalink=f"https://newsroom.slack.com/archives/{CHANNEL}/p17000000000{n}",
                when=now - timedelta(hours=hours),
            )
        roundup = compute_roundup(store, CHANNEL, "week", now=now, workspace="T0NEWS")
        roundup.channel_name = "politics"
        _, blocks = roundup_blocks(roundup)
        assert_valid_blocks(blocks)
        print("\n=== A weekly roundup of #politics\n")
        print(blocks_as_text(blocks))

        schedule.save_schedule(
            store, CHANNEL, schedule.parse_schedule_command("weekly mon 09:00 Europe/Berlin").schedule
        )
        plan = schedule.load_schedule(store, CHANNEL)
        channels = [
            HomeChannel(
                id=CHANNEL,
                name="politics",
                settings=channel_settings(store, CHANNEL),
                schedule=plan.describe() if plan else None,
                schedule_window=plan.window if plan else None,
                articles=roundup.articles,
                recurring=[(a.name, a.articles) for a in roundup.actors],
            )
        ]
        view = render_home(channels)
        assert_valid_blocks(view["blocks"], "home")
        print("\n=== App Home\n")
        print(blocks_as_text(view["blocks"]))


if __name__ == "__main__":
    main()
