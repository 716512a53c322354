"""A fake Slack Web API: a threaded local HTTP server that records every call and answers like Slack.

Point the bot at it with ``SLACK_API_URL=fake.api_url``. It answers ``auth.test``, ``chat.postMessage``,
``chat.postEphemeral``, ``chat.update``, ``chat.getPermalink``, ``reactions.add``/``remove``,
``files.getUploadURLExternal``/``completeUploadExternal`` and the upload URL those hand out,
``conversations.replies``/``history`` (over the messages it was sent, metadata included),
``conversations.info``, ``users.conversations`` and ``conversations.members`` (from ``fake.members``),
``views.publish``, plus
``response_url`` posts (``fake.response_url()`` makes one). ``fake.rate_limit(method, times=N)`` makes
the next N calls of a method answer 429 with ``Retry-After``. Tests wait for asynchronous posts with
``fake.wait_for(...)`` (polling with a deadline, never a fixed sleep).

Every Block Kit payload it receives (messages, ephemerals, updates, ``response_url`` posts,
``views.publish``) is checked with ``tests.support.blocks.block_problems``: an invalid one is answered
``invalid_blocks`` as Slack would, and kept in ``fake.invalid`` (the test fixtures fail on it).
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

from tests.support.blocks import block_problems

BOT_USER_ID = "UBOTFAKE1"
BOT_ID = "BBOTFAKE1"
TEAM_ID = "TFAKE0001"


@dataclass
class Call:
    """One recorded request: a Web API method (``chat.postMessage``), ``response_url`` or ``upload``."""

    method: str
    params: dict[str, Any]
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)
    status: int = 200
    error: str | None = None  # a Slack error answered with HTTP 200 and "ok": false (``refuse``)


AUTH_TEST = {
    "ok": True,
    "url": "https://fake.slack.com/",
    "team": "Fake Newsroom",
    "user": "newsroom_brief",
    "team_id": TEAM_ID,
    "user_id": BOT_USER_ID,
    "bot_id": BOT_ID,
    "is_enterprise_install": False,
}


class FakeSlack:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        self._lock = threading.Condition()
        self._ts = itertools.count(1)
        self._limits: dict[str, tuple[int, int]] = {}  # method -> (remaining 429s, retry_after)
        self._failures: dict[tuple[str, str | None], tuple[int, int]] = {}  # (method, channel) -> (n, status)
        self._delays: dict[tuple[str, str | None], tuple[int, float]] = {}  # (method, channel) -> (n, s)
        self._refusals: dict[tuple[str, str | None], tuple[int, str]] = {}  # (method, channel) -> (n, error)
        self.messages: dict[str, list[dict[str, Any]]] = {}  # channel -> messages posted, oldest first
        self.channel_names: dict[str, str] = {}  # channel id -> name (conversations.info); else news-{id}
        # channel id -> its members (users.conversations, conversations.members); the bot is BOT_USER_ID
        self.members: dict[str, set[str]] = {}
        # channels the bot is not in: chat.postMessage there says not_in_channel
        self.not_in: set[str] = set()
        self.invalid: list[tuple[str, list[str]]] = []  # (method, problems) of refused Block Kit payloads
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.api_url = f"{self.base_url}/api/"
        self._thread = threading.Thread(target=self.server.serve_forever, name="fake-slack", daemon=True)

    # -- lifecycle -----------------------------------------------------------------------------
    def start(self) -> FakeSlack:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def reset(self) -> None:
        with self._lock:
            self.calls.clear()
            self._limits.clear()
            self._failures.clear()
            self._delays.clear()
            self.messages.clear()
            self.invalid.clear()
            self.members.clear()
            self.not_in.clear()

    def take_invalid(self) -> list[tuple[str, list[str]]]:
        """The invalid Block Kit payloads received since the last call (and forget them)."""
        with self._lock:
            found, self.invalid[:] = list(self.invalid), []
            return found

    def check_blocks(self, method: str, params: dict[str, Any]) -> list[str]:
        """Problems of the payload's blocks (or view's blocks); recorded in ``invalid``."""
        if method == "views.publish":
            view = params.get("view")
            if isinstance(view, str):
                try:
                    view = json.loads(view)
                except ValueError:
                    view = None
            if not isinstance(view, dict):
                problems = ["views.publish without a view object"]
            else:
                problems = block_problems(view.get("blocks"), view.get("type") or "home")
        elif "blocks" in params:
            blocks = params["blocks"]
            if isinstance(blocks, str):
                try:
                    blocks = json.loads(blocks)
                except ValueError:
                    pass
            problems = block_problems(blocks, "message")
        else:
            return []
        if problems:
            with self._lock:
                self.invalid.append((method, problems))
        return problems

    # -- behaviour -----------------------------------------------------------------------------
    def rate_limit(self, method: str, times: int = 1, retry_after: int = 1) -> None:
        """The next ``times`` calls of ``method`` answer 429 with ``Retry-After: retry_after``."""
        with self._lock:
            self._limits[method] = (times, retry_after)

    def fail(self, method: str, times: int = 1, status: int = 500, channel: str | None = None) -> None:
        """The next ``times`` calls of ``method`` (in ``channel``, if given) answer HTTP ``status``."""
        with self._lock:
            self._failures[(method, channel)] = (times, status)

    def refuse(self, method: str, error: str, times: int = 1, channel: str | None = None) -> None:
        """The next ``times`` calls of ``method`` (in ``channel``, if given) answer like Slack refusing
        them: HTTP 200, ``{"ok": false, "error": error}`` (``not_in_channel``, ``is_archived``...)."""
        with self._lock:
            self._refusals[(method, channel)] = (times, error)

    def delay(self, method: str, seconds: float, times: int = 1, channel: str | None = None) -> None:
        """The next ``times`` calls of ``method`` (in ``channel``, if given) answer after ``seconds``;
        each is recorded as it arrives with status 0 (answered later)."""
        with self._lock:
            self._delays[(method, channel)] = (times, seconds)

    def _take(self, table: dict, method: str, channel: str | None):
        with self._lock:
            for key in ((method, channel), (method, None)):
                remaining, value = table.get(key, (0, 0))
                if remaining > 0:
                    table[key] = (remaining - 1, value)
                    return value
            return None

    def response_url(self, name: str = "r") -> str:
        return f"{self.base_url}/response/{name}"

    def next_ts(self) -> str:
        return f"{int(time.time())}.{next(self._ts):06d}"

    # -- inspection ----------------------------------------------------------------------------
    def calls_to(self, method: str, *, status: int | None = 200, **match: Any) -> list[Call]:
        """Recorded calls of ``method`` (answered with ``status``, 200 meaning "ok"; None: any) whose
        params match."""
        with self._lock:
            return [
                c
                for c in self.calls
                if c.method == method
                and (status is None or (c.status == status and not (status == 200 and c.error)))
                and all(c.params.get(k) == v for k, v in match.items())
            ]

    def wait_for(
        self, predicate: Callable[[FakeSlack], Any], timeout: float = 30.0, message: str = "condition"
    ) -> Any:
        """Poll until ``predicate(self)`` is truthy; return its value, or fail after ``timeout`` s."""
        deadline = time.monotonic() + timeout
        while True:
            value = predicate(self)
            if value:
                return value
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                methods = [c.method for c in self.calls]
                raise AssertionError(f"timed out after {timeout}s waiting for {message}; calls: {methods}")
            with self._lock:
                self._lock.wait(min(remaining, 0.05))

    def wait_calls(self, method: str, count: int = 1, timeout: float = 30.0, **match: Any) -> list[Call]:
        return self.wait_for(
            lambda f: (found := f.calls_to(method, **match)) and len(found) >= count and found,
            timeout,
            f"{count} x {method} {match or ''}",
        )

    # -- answering -----------------------------------------------------------------------------
    def _record(self, call: Call) -> None:
        with self._lock:
            self.calls.append(call)
            self._lock.notify_all()

    def _take_limit(self, method: str) -> int | None:
        with self._lock:
            remaining, retry_after = self._limits.get(method, (0, 0))
            if remaining <= 0:
                return None
            self._limits[method] = (remaining - 1, retry_after)
            return retry_after

    def answer(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        if self.check_blocks(method, params):
            return {"ok": False, "error": "invalid_blocks"}
        channel = params.get("channel")
        answers: dict[str, Callable[[], dict[str, Any]]] = {
            "auth.test": lambda: dict(AUTH_TEST),
            "chat.postMessage": lambda: self._post_message(params),
            "conversations.replies": lambda: self._read_messages(method, params),
            "conversations.history": lambda: self._read_messages(method, params),
            "conversations.info": lambda: self._conversation_info(channel),
            "users.conversations": lambda: self._user_channels(params.get("user") or BOT_USER_ID),
            "conversations.members": lambda: self._channel_members(channel),
            "views.publish": lambda: {"ok": True, "view": {"id": f"V{next(self._ts):08d}"}},
            "chat.postEphemeral": lambda: {"ok": True, "message_ts": self.next_ts()},
            "chat.update": lambda: {
                "ok": True,
                "channel": channel,
                "ts": params.get("ts"),
                "text": params.get("text"),
            },
            "chat.getPermalink": lambda: {
                "ok": True,
                "channel": channel,
                "permalink": f"https://fake.slack.com/archives/{channel}/p"
                + str(params.get("message_ts", "")).replace(".", ""),
            },
            "reactions.add": lambda: {"ok": True},
            "reactions.remove": lambda: {"ok": True},
            "files.getUploadURLExternal": self._upload_url,
            "files.completeUploadExternal": lambda: self._complete_upload(params),
            "apps.connections.open": lambda: {"ok": False, "error": "not_allowed_token_type"},
        }
        answer = answers.get(method)
        return answer() if answer else {"ok": False, "error": "unknown_method"}

    def _post_message(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = params.get("channel")
        if channel in self.not_in:
            return {"ok": False, "error": "not_in_channel"}
        if not channel or not (params.get("text") or params.get("blocks")):
            return {"ok": False, "error": "no_text" if channel else "channel_not_found"}
        ts = self.next_ts()
        message = {
            "type": "message",
            "user": BOT_USER_ID,
            "bot_id": BOT_ID,
            "ts": ts,
            "text": params.get("text"),
        }
        if params.get("thread_ts"):
            message["thread_ts"] = params["thread_ts"]
        if isinstance(params.get("metadata"), dict):
            message["metadata"] = params["metadata"]
        with self._lock:
            self.messages.setdefault(channel, []).append(message)
        return {"ok": True, "channel": channel, "ts": ts, "message": message}

    def _read_messages(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            posted = list(self.messages.get(params.get("channel"), []))
        if method == "conversations.replies":
            found = [
                m for m in posted if m.get("thread_ts") == params.get("ts") or m["ts"] == params.get("ts")
            ]
        else:
            oldest = float(params.get("oldest") or 0)
            found = [m for m in reversed(posted) if float(m["ts"]) >= oldest]
        if params.get("include_all_metadata") not in (True, 1, "1", "true"):
            found = [{k: v for k, v in m.items() if k != "metadata"} for m in found]
        return {"ok": True, "messages": found, "has_more": False}

    def _conversation_info(self, channel: str | None) -> dict[str, Any]:
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        info = {"id": channel, "name": self.channel_names.get(channel, f"news-{channel.lower()}")}
        info["is_im"] = channel.startswith("D")
        return {"ok": True, "channel": info}

    def _user_channels(self, user: str) -> dict[str, Any]:
        with self._lock:
            found = sorted(c for c, people in self.members.items() if user in people)
        channels = [{"id": c, "name": self.channel_names.get(c, f"news-{c.lower()}")} for c in found]
        return {"ok": True, "channels": channels, "response_metadata": {"next_cursor": ""}}

    def _channel_members(self, channel: str | None) -> dict[str, Any]:
        with self._lock:
            people = sorted(self.members.get(channel or "", set()))
        return {"ok": True, "members": people, "response_metadata": {"next_cursor": ""}}

    def _upload_url(self) -> dict[str, Any]:
        file_id = f"F{next(self._ts):08d}"
        return {"ok": True, "upload_url": f"{self.base_url}/upload/{file_id}", "file_id": file_id}

    def _complete_upload(self, params: dict[str, Any]) -> dict[str, Any]:
        files = params.get("files")
        if isinstance(files, str):
            files = json.loads(files)
        return {"ok": True, "files": [{"id": f.get("id"), "title": f.get("title")} for f in files or []]}


def _parse_body(raw: bytes, content_type: str) -> dict[str, Any]:
    if not raw:
        return {}
    if "application/json" in content_type:
        try:
            data = json.loads(raw)
        except ValueError:
            return {"_raw": raw.decode("utf-8", "replace")}
        return data if isinstance(data, dict) else {"_json": data}
    if "application/x-www-form-urlencoded" in content_type:
        params: dict[str, Any] = dict(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))
        for key in ("blocks", "attachments", "files", "metadata", "view"):
            if isinstance(params.get(key), str):
                try:
                    params[key] = json.loads(params[key])
                except ValueError:
                    pass
        return params
    return {"_bytes": len(raw)}


def _handler_for(fake: FakeSlack) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
            pass

        def _send(
            self, status: int, body: dict[str, Any] | str, headers: dict[str, str] | None = None
        ) -> None:
            data = (json.dumps(body) if isinstance(body, dict) else body).encode()
            self.send_response(status)
            ctype = "application/json; charset=utf-8" if isinstance(body, dict) else "text/plain"
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            self.do_POST()

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            path = self.path.split("?", 1)[0]
            query = dict(parse_qsl(self.path.split("?", 1)[1])) if "?" in self.path else {}
            headers = {k.lower(): v for k, v in self.headers.items()}
            params = {**query, **_parse_body(raw, headers.get("content-type", ""))}
            if path.startswith("/api/"):
                method = path[len("/api/") :]
                retry_after = fake._take_limit(method)
                if retry_after is not None:
                    fake._record(Call(method, params, headers, status=429))
                    self._send(429, {"ok": False, "error": "ratelimited"}, {"Retry-After": str(retry_after)})
                    return
                pause = fake._take(fake._delays, method, params.get("channel"))
                if pause is not None:
                    fake._record(Call(method, params, headers, status=0))
                    time.sleep(pause)
                status = fake._take(fake._failures, method, params.get("channel"))
                if status is not None:
                    fake._record(Call(method, params, headers, status=status))
                    self._send(status, {"ok": False, "error": "fatal_error"})
                    return
                refusal = fake._take(fake._refusals, method, params.get("channel"))
                if refusal is not None:
                    fake._record(Call(method, params, headers, error=refusal))
                    self._send(200, {"ok": False, "error": refusal})
                    return
                answer = fake.answer(method, params)
                fake._record(Call(method, params, headers))
                self._send(200, answer)
            elif path.startswith("/response/"):
                if fake.check_blocks("response_url", params):
                    fake._record(Call("response_url", {**params, "_path": path}, headers, status=400))
                    self._send(400, "invalid_blocks")
                    return
                fake._record(Call("response_url", {**params, "_path": path}, headers))
                self._send(200, "ok")
            elif path.startswith("/upload/"):
                fake._record(Call("upload", {"file_id": path.rsplit("/", 1)[-1], "bytes": len(raw)}, headers))
                self._send(200, f"OK - {len(raw)}")
            else:
                self._send(404, {"ok": False, "error": "not_found"})

    return Handler
