"""App Home as data: what it says, its controls, Slack's limits (100 blocks, valid Block Kit)."""

from __future__ import annotations

import json

from bot.render.home import MAX_CHANNELS, HomeChannel, render_home
from bot.storage.channels import ChannelSettings
from tests.support.blocks import assert_valid_blocks, blocks_as_text


def channel(n: int, **extra) -> HomeChannel:
    return HomeChannel(id=f"C{n:08d}", name=f"news-{n}", settings=ChannelSettings(), **extra)


def test_home_explains_the_bot_and_lists_channels_with_settings():
    politics = channel(
        1,
        schedule="every day at 08:30 Europe/Berlin",
        articles=5,
        recurring=[("Vladimir Putin", 3), ("Xi <Jinping>", 2)],
    )
    quiet = HomeChannel(id="C00000002", name="quiet", settings=ChannelSettings(links=False))
    view = render_home([politics, quiet])
    assert view["type"] == "home"
    assert_valid_blocks(view["blocks"], "home")
    text = blocks_as_text(view["blocks"])
    assert "Brief this message" in text and "/brief <link or pasted article>" in text
    assert "#news-1" in text and "<#C00000001|news-1>" in json.dumps(view)  # Slack shows the name
    assert "Pasted articles: *on* · Links: *on* · Source mix: *on*" in text
    assert "Roundup: every day at 08:30 Europe/Berlin" in text
    assert "recurring: Vladimir Putin (3 articles), Xi <Jinping> (2 articles)" in text
    assert "Xi &lt;Jinping&gt;" in json.dumps(view)  # outside text escaped
    assert "Links: *off*" in text and "Roundup: off" in text and "no articles briefed yet" in text
    [controls] = [b for b in view["blocks"] if b.get("block_id") == "home_C00000002"]
    links = [e for e in controls["elements"] if e["action_id"] == "home_setting_links"][0]
    assert links["text"]["text"] == "Turn links on"
    assert json.loads(links["value"]) == {"c": "C00000002", "s": "links", "on": True}
    menu = controls["elements"][-1]
    assert menu["type"] == "static_select" and menu["initial_option"]["text"]["text"] == "No roundup"


def test_home_keeps_within_100_blocks_and_counts_the_rest():
    many = [channel(n, recurring=[(f"Person {i}", 2) for i in range(30)]) for n in range(60)]
    view = render_home(many[:MAX_CHANNELS], channels_total=60, notice="Links turned off in <#C1>.")
    assert_valid_blocks(view["blocks"], "home")
    assert len(view["blocks"]) <= 100
    text = blocks_as_text(view["blocks"])
    assert "and 40 more channels" in text and text.count("Turn pasted articles off") == MAX_CHANNELS
    assert view["blocks"][1]["elements"][0]["text"] == "Links turned off in <#C1>."


def test_home_without_shared_channels_says_how_to_start():
    view = render_home([])
    assert_valid_blocks(view["blocks"], "home")
    assert "Invite me to one with `/invite @Newsroom Brief`" in blocks_as_text(view["blocks"])
