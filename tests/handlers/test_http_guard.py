"""The HTTP request layer: malformed, unsigned, oversized requests get a 4xx and one short log line."""

from __future__ import annotations

import json
import logging
import time
from urllib.parse import urlencode

import pytest

from handlers.http_guard import Refused, check_signature
from tests.support.slack_signing import event_envelope, message_event, signed_headers

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
DEEP = ("[" * 100_000 + "]" * 100_000).encode()


def _post(sender, body: bytes, content_type: str, headers: dict | None = None):
    return sender.post(body, content_type, headers or {})


def _actions(actions: list) -> bytes:
    payload = {"type": "block_actions", "user": {"id": "U1"}, "actions": actions}
    return urlencode({"payload": json.dumps(payload)}).encode()


UNSIGNED = [
    ("no signature, bad timestamp", b"{}", JSON, {"X-Slack-Request-Timestamp": "abc"}),
    ("no headers at all", b'{"type":"event_callback"}', JSON, {}),
    (
        "non-numeric timestamp",
        b"{}",
        JSON,
        {"X-Slack-Request-Timestamp": "1e9", "X-Slack-Signature": "v0=00"},
    ),
    (
        "latin-1 digits",
        b"{}",
        JSON,
        {"X-Slack-Request-Timestamp": "\u00b9\u00b2", "X-Slack-Signature": "v0=00"},
    ),
    ("stale", b"{}", JSON, {"X-Slack-Request-Timestamp": "1000000000", "X-Slack-Signature": "v0=00"}),
]

SIGNED_MALFORMED = [
    ("json array", b"[1, 2]", JSON),
    ("truncated json", b'{"type": "event_callback", "event": {"type": "mess', JSON),
    ("deep nesting", b'{"type":"event_callback","event":' + DEEP + b"}", JSON),
    ("not utf-8", b'{"type": "\xff"}', JSON),
    ("event_callback without event", b'{"type": "event_callback"}', JSON),
    ("event without type", b'{"type": "event_callback", "event": {"text": "x"}}', JSON),
    ("no type", b'{"event": {}}', JSON),
    ("bad form payload", urlencode({"payload": "{not json"}).encode(), FORM),
    ("form payload array", urlencode({"payload": "[]"}).encode(), FORM),
    ("deep form payload", urlencode({"payload": DEEP.decode()}).encode(), FORM),
    ("block_actions without actions", urlencode({"payload": '{"type":"block_actions"}'}).encode(), FORM),
    ("form without command", urlencode({"text": "hi"}).encode(), FORM),
    ("action without action_id", _actions([{}]), FORM),
    ("button value not text", _actions([{"action_id": "roundup_share", "value": 5}]), FORM),
    ("menu option not an object", _actions([{"action_id": "home_roundup", "selected_option": "x"}]), FORM),
    ("button value an object", _actions([{"action_id": "brief_show_quotes", "value": {"a": 1}}]), FORM),
    (
        "event fields not text",
        json.dumps(
            {"type": "event_callback", "event": {"type": "message", "channel": 5, "ts": [], "text": {}}}
        ).encode(),
        JSON,
    ),
    ("broken form", b"a=%zz&&b", FORM),
    ("other content type", b"hello", "text/plain"),
]


@pytest.mark.parametrize("body,ctype,headers", [c[1:] for c in UNSIGNED], ids=[c[0] for c in UNSIGNED])
def test_unsigned_requests_get_401_without_traceback(signed_sender, caplog, body, ctype, headers):
    caplog.set_level(logging.INFO)
    response = _post(signed_sender, body, ctype, headers)
    assert response.status == 401, response.text
    assert "Traceback" not in caplog.text


@pytest.mark.parametrize(
    "body,ctype", [c[1:] for c in SIGNED_MALFORMED], ids=[c[0] for c in SIGNED_MALFORMED]
)
def test_signed_but_malformed_requests_get_400(signed_sender, caplog, body, ctype):
    caplog.set_level(logging.INFO)
    response = signed_sender.signed(body, ctype)
    assert response.status == 400, response.text
    assert "Traceback" not in caplog.text and "ERROR" not in caplog.text


def test_wrong_paths_and_methods_are_4xx(slack_app):
    import urllib.error
    import urllib.request

    for path, method in (("/nope", "GET"), ("/slack/events", "GET"), ("/slack/events", "PUT")):
        request = urllib.request.Request(
            slack_app.base_url + path, method=method, data=b"" if method == "PUT" else None
        )
        with pytest.raises(urllib.error.HTTPError) as error:
            urllib.request.urlopen(request, timeout=5)
        assert 400 <= error.value.code < 500


def test_a_big_body_with_a_bad_signature_logs_one_short_line(signed_sender, caplog):
    caplog.set_level(logging.DEBUG)
    marker = "https://hooks.slack.com/commands/SECRET-RESPONSE-URL"
    body = urlencode({"command": "/brief", "response_url": marker, "text": "x" * 900_000}).encode()
    headers = signed_headers("wrong-secret", body)
    response = _post(signed_sender, body, FORM, headers)
    assert response.status == 401
    assert marker not in caplog.text and "xxxxxxxxxx" not in caplog.text
    refused = [r for r in caplog.records if "Refused" in r.getMessage()]
    assert len(refused) == 1 and len(refused[0].getMessage()) < 200
    assert sum(len(r.getMessage()) for r in caplog.records) < 2000


def test_an_oversized_body_gets_413_unread():
    from handlers.http_guard import guarded

    seen = []

    def inner(environ, _start_response):
        seen.append(environ)
        return []

    class Unreadable:
        def read(self, *_args):
            raise AssertionError("the body was read")

    app = guarded(inner, path="/slack/events", secret="s", max_body=1024)
    statuses = []
    environ = {"PATH_INFO": "/slack/events", "REQUEST_METHOD": "POST", "CONTENT_LENGTH": "10485760"}
    result = app({**environ, "wsgi.input": Unreadable()}, lambda status, _headers: statuses.append(status))
    assert statuses == ["413 Content Too Large"] and not seen and b"larger" in b"".join(result)


def test_a_signed_good_event_still_passes(signed_sender):
    event = message_event("lunch at one?", channel="CGUARD001")
    assert signed_sender.event(event_envelope(event)).status == 200
    challenge = json.dumps({"type": "url_verification", "challenge": "abc", "token": "x"}).encode()
    response = signed_sender.signed(challenge, JSON)
    assert response.status == 200 and "abc" in response.text


def test_check_signature_unit():
    body = b"{}"
    headers = {k.lower(): v for k, v in signed_headers("s", body).items()}
    check_signature("s", headers, body)
    with pytest.raises(Refused):
        check_signature("other", headers, body)
    with pytest.raises(Refused):
        check_signature("s", headers, body, now=time.time() + 3600)


ODD_BUT_SIGNED = [
    (
        "shortcut without a message",
        {"payload": json.dumps({"type": "message_action", "callback_id": "brief_this_message"})},
    ),
    (
        "shortcut with odd fields",
        {
            "payload": json.dumps(
                {
                    "type": "message_action",
                    "callback_id": "brief_this_message",
                    "message": "x",
                    "response_url": 5,
                }
            )
        },
    ),
    ("an unknown payload type", {"payload": json.dumps({"type": "view_submission"})}),
    ("a command without user or channel", {"command": "/brief", "text": "actors"}),
    ("another command", {"command": "/other", "text": "x"}),
]


@pytest.mark.parametrize("form", [c[1] for c in ODD_BUT_SIGNED], ids=[c[0] for c in ODD_BUT_SIGNED])
def test_odd_signed_requests_never_give_500(slack_app, signed_sender, caplog, form):
    caplog.set_level(logging.INFO)
    response = signed_sender.signed(urlencode(form).encode(), FORM)
    assert response.status < 500, response.text
    assert slack_app.runtime.pool.wait_idle(10)
    assert "Traceback" not in caplog.text
