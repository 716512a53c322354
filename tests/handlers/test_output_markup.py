"""Every payload the bot sends for hostile input carries no live markup (issue: safe at the edge).

One channel gets everything: a shared link to an article full of markup, links whose failure reasons
and content types are hostile, a pasted article with pings and formatting, an @mention, ``/brief`` with
the link, its Share button, aliases with hostile targets, ``/brief aliases``, an unknown hostile word,
``/brief actors`` and its Share button, "Brief this message" and App Home. Then every call the bot made to the fake Slack for that channel
or its response URLs, and every immediate reply, is walked by ``tests.support.markup.live_markup``.
"""

from __future__ import annotations

import html
import json
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.support.article_server import PARAGRAPHS, article_html
from tests.support.fake_slack import BOT_USER_ID, TEAM_ID
from tests.support.markup import HOSTILE, live_markup
from tests.support.slack_signing import event_envelope, message_event

REASON = "<!channel> urgent: <https://evil.example/login|log in to Slack again> *now*"
QUOTE = f"“{HOSTILE} is what we were promised,” said Maria Lopez, the harbour director."


class _Hostile(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *_args):
        pass

    def _send(self, status, body: bytes, ctype: str, reason: str | None = None, **headers):
        self.send_response(status, reason)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path.startswith("/story"):
            paragraphs = [html.escape(p) for p in [*PARAGRAPHS[:2], QUOTE, *PARAGRAPHS[2:]]]
            page = article_html(paragraphs, title=html.escape(HOSTILE), canonical=None)
            self._send(200, page.encode(), "text/html; charset=utf-8")
        elif self.path.startswith("/gone"):
            self._send(404, b"gone", "text/html", REASON)
        elif self.path.startswith("/type"):
            self._send(200, b"x", "application/x-<!channel>*bold*")
        else:
            self._send(200, b"<html>x</html>", "text/html", Content_Encoding="<!here>")


@pytest.fixture(scope="module")
def hostile_site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hostile)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _press(sender, call, channel, user, response_url):
    actions = [b for b in call.params["blocks"] if b["type"] == "actions"]
    if not actions:
        return False
    [button] = actions[0]["elements"]
    payload = {
        "type": "block_actions",
        "user": {"id": user},
        "team": {"id": TEAM_ID},
        "channel": {"id": channel},
        "container": {"type": "message", "channel_id": channel, "is_ephemeral": True},
        "response_url": response_url,
        "actions": [{"action_id": button["action_id"], "value": button["value"], "type": "button"}],
    }
    assert sender.action(payload).status == 200
    return True


def test_no_payload_carries_live_markup(slack_app, signed_sender, fake_slack, hostile_site, seed_text):
    channel, user, name = (
        "C" + uuid.uuid4().hex[:9].upper(),
        "U" + uuid.uuid4().hex[:9].upper(),
        uuid.uuid4().hex,
    )
    story, immediate = f"{hostile_site}/story", []

    def command(text, suffix):
        response = signed_sender.command(
            text, channel=channel, user=user, response_url=fake_slack.response_url(f"{name}-{suffix}")
        )
        assert response.status == 200
        immediate.append(response.json() if response.text else {})

    # a channel message with the article and three hostile failures
    links = f"<{story}> <{hostile_site}/gone> <{hostile_site}/type>"
    shared = message_event(links, channel=channel, user=user)
    assert signed_sender.event(event_envelope(shared)).status == 200
    fake_slack.wait_calls("chat.postMessage", count=3, channel=channel, thread_ts=shared["ts"])
    enc = message_event(f"<{hostile_site}/enc>", channel=channel, user=user)
    assert signed_sender.event(event_envelope(enc)).status == 200
    fake_slack.wait_calls("chat.postMessage", channel=channel, thread_ts=enc["ts"])
    # a pasted article, as Slack sends it (its own entities escaped once)
    slack_text = seed_text + "\n\n" + QUOTE.replace("&", "&amp;")
    pasted = message_event(slack_text, channel=channel, user=user)
    assert signed_sender.event(event_envelope(pasted)).status == 200
    fake_slack.wait_calls("chat.postMessage", channel=channel, thread_ts=pasted["ts"])
    # an @mention with hostile words and no article: the "nothing to brief" hint
    mention = message_event(f"<@{BOT_USER_ID}> {HOSTILE}", channel=channel, user=user)
    mention["type"] = "app_mention"
    assert signed_sender.event(event_envelope(mention)).status == 200
    fake_slack.wait_calls("chat.postMessage", channel=channel, thread_ts=mention["ts"])
    # /brief with the link, and its Share button
    command(story, "brief")
    [digest] = fake_slack.wait_calls("response_url", _path=f"/response/{name}-brief")
    assert _press(signed_sender, digest, channel, user, fake_slack.response_url(f"{name}-share"))
    fake_slack.wait_calls("response_url", _path=f"/response/{name}-share")
    command(f"{hostile_site}/gone", "gone")
    fake_slack.wait_calls("response_url", _path=f"/response/{name}-gone")
    # aliases with hostile names, the list, an unknown hostile word
    command(f'alias "Maria Lopez" "{HOSTILE.replace(chr(34), "")}"', "alias")
    command(f'alias "Lena Park" "{REASON}"', "alias2")
    command("aliases", "aliases")
    command("<!channel>*x*", "word")
    command(f"settings {REASON} on", "settings")
    command(f"roundup at {REASON}", "roundup")
    # the roundup, and its Share button
    command("actors", "actors")
    [roundup] = fake_slack.wait_calls("response_url", _path=f"/response/{name}-actors")
    if _press(signed_sender, roundup, channel, user, fake_slack.response_url(f"{name}-rshare")):
        fake_slack.wait_for(
            lambda f: any(
                "Recurring" in str(c.params.get("text"))
                for c in f.calls_to("chat.postMessage", channel=channel)
            ),
            message="the shared roundup",
        )
    # "Brief this message" on a hostile pasted article, in a channel the bot is not in (ephemeral)
    outside = "C" + uuid.uuid4().hex[:9].upper()
    fake_slack.not_in.add(outside)
    shortcut = {
        "type": "message_action",
        "callback_id": "brief_this_message",
        "trigger_id": "trigger.markup",
        "team": {"id": TEAM_ID},
        "user": {"id": user},
        "channel": {"id": outside, "name": "news"},
        "message_ts": "1700000000.000777",
        "message": {"type": "message", "user": "UWRITER1", "ts": "1700000000.000777", "text": slack_text},
        "response_url": fake_slack.response_url(f"{name}-shortcut"),
    }
    assert signed_sender.action(shortcut).status == 200
    fake_slack.wait_calls("response_url", _path=f"/response/{name}-shortcut")
    # App Home of the reporter, who shares the channel with the bot
    fake_slack.members[channel] = {BOT_USER_ID, user}
    fake_slack.channel_names[channel] = "<!channel>*news*"
    home = {"type": "app_home_opened", "user": user, "channel": "D0MARKUP1", "tab": "home", "event_ts": "1.1"}
    assert signed_sender.event(event_envelope(home)).status == 200
    fake_slack.wait_calls("views.publish", user_id=user)
    # forged Home controls: a hostile channel id (ignored) and a hostile roundup choice (an escaped notice)
    for value in ('{"c":"<!channel>","r":"off"}', json.dumps({"c": channel, "r": REASON})):
        control = {
            "type": "block_actions",
            "user": {"id": user},
            "team": {"id": TEAM_ID},
            "container": {"type": "view", "view_id": "V0MARKUP"},
            "view": {"id": "V0MARKUP", "type": "home"},
            "actions": [
                {"action_id": "home_roundup", "selected_option": {"value": value}, "type": "static_select"}
            ],
        }
        assert signed_sender.action(control).status == 200
    fake_slack.wait_calls("views.publish", count=2, user_id=user)
    assert slack_app.runtime.pool.wait_idle(20)

    sent = [
        c.params
        for c in fake_slack.calls
        if c.params.get("channel") == channel
        or str(c.params.get("_path", "")).startswith(f"/response/{name}")
        or (c.method == "views.publish" and c.params.get("user_id") == user)
    ]
    payloads = sent + immediate
    permalinks = {
        f"https://fake.slack.com/archives/{channel}/p{c.params['ts'].replace('.', '')}"
        for c in fake_slack.calls
        if c.params.get("channel") == channel and c.params.get("ts")
    }
    allowed_links = {story, *permalinks} | {
        f"https://fake.slack.com/archives/{channel}/p{m['ts'].replace('.', '')}"
        for m in fake_slack.messages.get(channel, [])
    }
    found = live_markup(payloads, allowed_links=allowed_links, allowed_ids={f"#{channel}", f"@{user}"})
    assert found == [], json.dumps(found[:5])
    texts = json.dumps(payloads)
    assert "log in to Slack again" in texts  # the hostile reason is shown, as text
    assert len(payloads) >= 15, len(payloads)
    print(f"payloads checked for live markup: {len(payloads)}")
