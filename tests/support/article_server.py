"""A local HTTP server for the link tests: realistic article pages and every kind of bad response.

``ArticleServer`` runs in a thread on 127.0.0.1 (a random port) and counts the requests it gets per
path, so tests can assert "fetched once" and "never connected". Routes:

| path                   | answer                                                                |
|------------------------|-----------------------------------------------------------------------|
| ``/article``           | a news page: nav, cookie banner, byline, date, article, related links, newsletter box, footer |
| ``/article/amp``       | the AMP version, naming ``/article`` as canonical                     |
| ``/second``            | another article                                                       |
| ``/claims?to=URL``     | the article, naming URL as its canonical                              |
| ``/redirect/N``        | N redirects in a row, then ``/article``                               |
| ``/redirect-to?to=URL``| one redirect to URL (anywhere)                                        |
| ``/slow?s=SECONDS``    | waits before answering                                                |
| ``/drip``              | answers at once, then one byte every 0.3 s                            |
| ``/huge``              | 6 MB of HTML with a Content-Length                                    |
| ``/huge-chunked``      | 6 MB of HTML, chunked (no Content-Length)                             |
| ``/bomb``              | a gzip bomb: 60 KB compressed, 60 MB of zeros decompressed            |
| ``/gzip``              | the article, gzip-compressed                                          |
| ``/pdf`` ``/image`` ``/json`` | wrong content types                                            |
| ``/no-type``           | the article without a Content-Type                                    |
| ``/latin1``            | the article in windows-1252, charset in the header                    |
| ``/meta-charset``      | the article in ISO-8859-15, charset only in ``<meta>``                |
| ``/plain``             | the article as text/plain                                             |
| ``/paywall`` ``/consent`` ``/index`` | pages with too little article text                      |
| ``/missing``           | 404                                                                   |
"""

from __future__ import annotations

import gzip
import io
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

PARAGRAPHS = [
    "The harbour authority on Tuesday approved a plan to rebuild the northern breakwater, ending a "
    "two-year dispute between the port’s operators and the fishing cooperative that depends on it.",
    "“This is the agreement we have been waiting for since the storm,” said Maria Okafor, who chairs "
    "the cooperative. “Our boats can finally stay in the water through the winter.”",
    "The work, estimated at 48 million euros, will begin in March and is expected to last eighteen "
    "months. The regional government will cover half of the cost, according to the authority.",
    "Daniel Reyes, the port’s director, said the new design would protect the inner basin from "
    "waves of up to nine metres. “We built for the storms of the last century,” he said. “Now we "
    "are building for the ones that are coming.”",
    "Environmental groups welcomed the decision but warned that dredging could disturb the seagrass "
    "meadows south of the harbour. The authority said it would publish a monitoring plan next month.",
]
TITLE = "Harbour authority approves breakwater rebuild after two-year dispute"
AUTHOR = "Lena Whitfield"
DATE = "2024-03-12"

FURNITURE = [
    "Sign up for our newsletter",
    "We use cookies to improve your experience",
    "Accept all cookies",
    "Ferry timetable changes for summer",
    "Most read",
    "All rights reserved",
]


def article_html(
    paragraphs: list[str] = PARAGRAPHS,
    title: str = TITLE,
    canonical: str | None = "/article",
    charset_meta: str | None = "utf-8",
) -> str:
    body = "\n".join(f"      <p>{p}</p>" for p in paragraphs)
    canonical_tag = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    meta = f'<meta charset="{charset_meta}">' if charset_meta else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  {meta}
  <title>{title} | The Coastal Courier</title>
  {canonical_tag}
  <meta property="og:site_name" content="The Coastal Courier">
  <meta property="og:title" content="{title}">
  <meta name="author" content="{AUTHOR}">
  <meta property="article:published_time" content="{DATE}T08:30:00+01:00">
</head>
<body>
  <div id="cookie-banner" class="cookie-consent">
    <p>We use cookies to improve your experience. <button>Accept all cookies</button> <a href="/privacy">Manage</a></p>
  </div>
  <header>
    <nav class="main-nav"><ul>
      <li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
      <li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li>
    </ul></nav>
  </header>
  <main>
    <article class="story">
      <div class="category-label"><a href="/news/local">Local news</a></div>
      <h1>{title}</h1>
      <div class="byline">By <a rel="author" href="/staff/lena">{AUTHOR}</a></div>
      <time datetime="{DATE}T08:30:00+01:00">12 March 2024</time>
{body}
      <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
    </article>
    <aside class="related">
      <h3>Most read</h3>
      <ul>
        <li><a href="/a1">Ferry timetable changes for summer</a></li>
        <li><a href="/a2">Council votes on new cycle lanes</a></li>
        <li><a href="/a3">Lighthouse reopens to visitors after repairs</a></li>
      </ul>
    </aside>
    <div class="newsletter-signup">
      <h3>Sign up for our newsletter</h3>
      <p>Get the day’s top stories in your inbox every morning.</p>
      <form><input type="email" placeholder="Your email"><button>Subscribe</button></form>
    </div>
  </main>
  <footer><p>© 2024 The Coastal Courier. All rights reserved.</p><a href="/about">About us</a></footer>
</body>
</html>
"""


SECOND = [
    "The city council voted on Monday to extend the night bus service to the airport, a change "
    "requested by hotel and restaurant workers whose shifts end after the last train.",
    "“Hundreds of people were paying for taxis they could not afford,” said councillor Amira Haddad, "
    "who proposed the measure. The service will run every forty minutes between midnight and five.",
    "The transport operator said it would hire twelve more drivers and expected the first buses to "
    "run in June. Opposition members questioned the cost, put at 1.2 million a year.",
]

PAYWALL = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Premium story</title></head><body>
<nav><a href="/">Home</a></nav><h1>Inside the breakwater deal</h1>
<p>The port’s director spoke to us about the negotiations.</p>
<div class="paywall"><p>To read the full story, please subscribe. Already a subscriber? Log in.</p></div>
</body></html>"""

CONSENT = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Before you continue</title></head><body>
<div class="consent"><h1>Before you continue</h1><p>We and our partners use cookies and data to deliver
and maintain services.</p><button>Accept all</button><button>Reject all</button></div></body></html>"""

INDEX = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>News</title></head><body>
<nav><a href="/">Home</a></nav><h1>Latest news</h1><ul>
<li><a href="/a1">Ferry timetable changes for summer</a></li>
<li><a href="/a2">Council votes on new cycle lanes</a></li>
<li><a href="/a3">Lighthouse reopens to visitors after repairs</a></li>
<li><a href="/a4">Harbour authority approves breakwater rebuild</a></li>
</ul></body></html>"""


def _gzip(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9) as f:
        f.write(data)
    return buf.getvalue()


_BOMB: bytes | None = None


def gzip_bomb() -> bytes:
    global _BOMB
    if _BOMB is None:
        buf = io.BytesIO()
        with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9) as f:
            f.write(b"<html><body><p>")
            zeros = b"0" * 1_000_000
            for _ in range(60):
                f.write(zeros)
        _BOMB = buf.getvalue()
    return _BOMB


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: ArticleHTTPServer

    def log_message(self, *args):  # keep test output quiet
        pass

    def _send(
        self, status: int, body: bytes, content_type: str | None = "text/html; charset=utf-8", **headers
    ):
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str, status: int = 302):
        self._send(status, b"", None, Location=location)

    def do_GET(self):  # noqa: C901 - one route table
        parts = urlsplit(self.path)
        path, query = parts.path, parse_qs(parts.query)
        with self.server.lock:
            self.server.hits[path] += 1
            self.server.hosts.append(self.headers.get("Host", ""))
        base = f"http://{self.headers.get('Host')}"
        if path == "/article":
            self._send(200, article_html().encode())
        elif path == "/article/amp":
            self._send(200, article_html(canonical=f"{base}/article").encode())
        elif path == "/claims":  # names any URL as its canonical
            self._send(200, article_html(canonical=query["to"][0]).encode())
        elif path == "/second":
            self._send(200, article_html(SECOND, "Night buses to reach the airport", "/second").encode())
        elif path.startswith("/redirect/"):
            n = int(path.rsplit("/", 1)[1])
            self._redirect("/article" if n <= 1 else f"/redirect/{n - 1}", 301)
        elif path == "/redirect-to":
            self._redirect(query["to"][0])
        elif path == "/slow":
            time.sleep(float(query.get("s", ["3"])[0]))
            self._send(200, article_html().encode())
        elif path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            try:
                for _ in range(100):
                    self.wfile.write(b"<")
                    self.wfile.flush()
                    time.sleep(0.3)
            except OSError:
                pass
        elif path == "/huge":
            self._send(200, b"<html><body>" + b"<p>word word word word</p>" * 240_000)
        elif path == "/crowded":  # under the byte limit, but ~100,000 blocks: too big to read
            self._send(200, b"<html><body>" + b"<div><span>Item of a list</span></div>" * 100_000)
        elif path == "/huge-chunked":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            chunk = b"<p>" + b"word " * 20_000 + b"</p>"
            try:
                for _ in range(60):
                    self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                self.wfile.write(b"0\r\n\r\n")
            except OSError:
                pass
        elif path == "/bomb":
            self._send(200, gzip_bomb(), "text/html", Content_Encoding="gzip")
        elif path == "/gzip":
            self._send(
                200, _gzip(article_html().encode()), "text/html; charset=utf-8", Content_Encoding="gzip"
            )
        elif path == "/pdf":
            self._send(200, b"%PDF-1.4\n%...", "application/pdf")
        elif path == "/image":
            self._send(200, b"\x89PNG\r\n\x1a\n", "image/png")
        elif path == "/json":
            self._send(200, b'{"a": 1}', "application/json")
        elif path == "/no-type":
            self._send(200, article_html().encode(), None)
        elif path == "/latin1":
            html = article_html(charset_meta=None)
            self._send(200, html.encode("cp1252"), "text/html; charset=ISO-8859-1")
        elif path == "/meta-charset":
            paras = [*PARAGRAPHS[:-1], PARAGRAPHS[-1] + " The fee is 12 € per tonne."]
            html = article_html(paras, charset_meta="iso-8859-15").replace("’", "'").replace("“", '"')
            html = html.replace("”", '"').replace("©", "(c)")
            self._send(200, html.encode("iso-8859-15"), "text/html")
        elif path == "/plain":
            self._send(200, (TITLE + "\n\n" + "\n\n".join(PARAGRAPHS)).encode(), "text/plain; charset=utf-8")
        elif path == "/paywall":
            self._send(200, PAYWALL.encode())
        elif path == "/consent":
            self._send(200, CONSENT.encode())
        elif path == "/index":
            self._send(200, INDEX.encode())
        else:
            self._send(404, b"<html><body>not found</body></html>")


class ArticleHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.hits: Counter[str] = Counter()
        self.hosts: list[str] = []
        self.lock = threading.Lock()

    def handle_error(self, request, client_address):  # clients hanging up early is what tests do
        pass

    @property
    def port(self) -> int:
        return self.server_address[1]

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    @property
    def total_hits(self) -> int:
        return sum(self.hits.values())


@pytest.fixture(scope="module")
def article_server():
    server = ArticleHTTPServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def server(article_server):
    """The module's server with its counters reset for this test."""
    article_server.hits.clear()
    article_server.hosts.clear()
    return article_server
