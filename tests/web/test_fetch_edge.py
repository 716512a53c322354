"""Hostile sites: headers trickled past the deadline, charsets that are not text encodings."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import replace

import pytest

from bot.briefing import Briefer
from bot.errors import LinkError, LinkTimeout
from bot.storage.store import Store
from bot.web.fetch import Fetcher
from tests.support.article_server import PARAGRAPHS, article_html


class RawSite:
    """A local TCP server answering each connection with ``respond(conn)`` (raw bytes, any pace)."""

    def __init__(self, respond):
        self.respond = respond
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._one, args=(conn,), daemon=True).start()

    def _one(self, conn):
        try:
            conn.recv(65536)
            self.respond(conn, self.stop)
        except OSError:
            pass
        finally:
            conn.close()

    def url(self, path="/a"):
        return f"http://127.0.0.1:{self.port}{path}"

    def close(self):
        self.stop.set()
        self.sock.close()


def trickle(prefix: bytes, forever: bytes, give_up: float = 15.0):
    """Send ``prefix``, then ``forever`` every 0.2 s (for at most ``give_up`` s, so a regression fails
    the test instead of hanging it)."""

    def respond(conn, stop):
        conn.sendall(prefix)
        end = time.monotonic() + give_up
        while not stop.wait(0.2) and time.monotonic() < end:
            conn.sendall(forever)

    return respond


@pytest.fixture
def local(settings):
    return replace(settings, fetch_allow_private=True, fetch_timeout=2.0)


@pytest.mark.parametrize(
    "prefix,forever",
    [
        (b"HTTP/1.1 200 ", b"O"),  # the status line, a byte at a time
        (b"HTTP/1.1 200 OK\r\n", b"X-Pad: y\r\n"),  # headers without end
        (
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n",
            b"0",
        ),  # chunk size
    ],
    ids=["status line", "headers", "chunk size"],
)
def test_one_deadline_over_the_whole_fetch(local, prefix, forever):
    site = RawSite(trickle(prefix, forever))
    try:
        start = time.monotonic()
        with pytest.raises(LinkError) as error:
            Fetcher(local).fetch(site.url())
        assert time.monotonic() - start < local.fetch_timeout + 2.0  # was as long as the site liked
        assert isinstance(error.value, LinkTimeout)
    finally:
        site.close()


def page_with_charset(header: str, meta: str):
    html = article_html(charset_meta=meta).encode("utf-8")

    def respond(conn, _stop):
        conn.sendall(
            f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset={header}\r\n"
            f"Content-Length: {len(html)}\r\nConnection: close\r\n\r\n".encode()
            + html
        )

    return respond


@pytest.mark.parametrize(
    "charset", ["rot13", "base64", "hex", "zlib", "uu", "idna", "undefined", "bz2", "punycode"]
)
def test_non_text_charsets_fall_back_to_detection(local, charset):
    for header, meta in ((charset, "utf-8"), ("utf-8", charset), (charset, charset)):
        site = RawSite(page_with_charset(header, meta))
        try:
            page = Fetcher(local).fetch(site.url())
        finally:
            site.close()
        assert PARAGRAPHS[0][:40] in page.text and page.charset in {"utf-8", "cp1252"}


def test_every_link_failure_is_cached(local, store: Store, monkeypatch):
    site = RawSite(page_with_charset("utf-8", "utf-8"))
    calls = []

    def broken(*_args, **_kwargs):  # a page that breaks the reader in a way nobody foresaw
        calls.append(1)
        raise LookupError("unknown encoding: something")

    monkeypatch.setattr("bot.web.article.extract_article", broken)
    briefer = Briefer(local, store)
    try:
        for _ in range(3):
            with pytest.raises(LinkError, match="could not read the link"):
                briefer.brief_url(site.url("/broken"))
    finally:
        site.close()
    assert len(calls) == 1  # fetched and read once, then the cached failure
