"""Safe fetching (bot.web.fetch): refused addresses never get a connection; limits and decoding hold."""

from __future__ import annotations

import socket
import time
from dataclasses import replace

import pytest

from bot.errors import LinkError
from bot.web.fetch import Fetcher, address_kind, decode_body, ip_literal
from tests.support import article_server as served
from tests.support.article_server import PARAGRAPHS

article_server = served.article_server  # the module's local server (a fixture)
server = served.server  # the same, with its hit counters reset per test


@pytest.fixture
def connections(monkeypatch):
    """Every TCP connect and name lookup made during the test (they still happen)."""
    seen: dict[str, list] = {"connect": [], "lookup": []}
    real_connect = socket.socket.connect
    real_getaddrinfo = socket.getaddrinfo

    def connect(self, address):
        seen["connect"].append(address)
        return real_connect(self, address)

    def getaddrinfo(host, *args, **kwargs):
        seen["lookup"].append(host)
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return seen


@pytest.fixture
def strict(settings):
    """The production configuration: private addresses refused, ports 80 and 443 only."""
    return replace(settings, fetch_allow_private=False, fetch_timeout=5.0)


@pytest.fixture
def local(settings):
    """The test switch on: loopback (only) allowed, on any port."""
    return replace(settings, fetch_allow_private=True, fetch_timeout=5.0)


# -- refused addresses: a clear error, and no connection --------------------------------------------

REFUSED = {
    "127.0.0.1": "loopback",
    "localhost": "loopback",
    "2130706433": "loopback",  # decimal
    "0x7f.1": "loopback",  # hex, short form
    "0x7f000001": "loopback",
    "0177.0.0.1": "loopback",  # octal
    "127.1": "loopback",
    "[::1]": "loopback",
    "[::ffff:127.0.0.1]": "loopback",  # IPv4-mapped
    "[::7f00:1]": "loopback",  # IPv4-compatible
    "[64:ff9b::7f00:1]": "loopback",  # NAT64
    "[2002:7f00:1::]": "loopback",  # 6to4
    "10.0.0.1": None,
    "172.16.5.4": None,
    "192.168.1.1": None,
    "169.254.169.254": "link-local",  # cloud metadata
    "[::ffff:169.254.169.254]": "link-local",
    "[64:ff9b::a9fe:a9fe]": "link-local",
    "[2002:a9fe:a9fe::]": "link-local",
    "100.64.0.1": "carrier-grade NAT",
    "224.0.0.1": "multicast",
    "[ff02::1]": "multicast",
    "240.0.0.1": "reserved",
    "255.255.255.255": None,
    "0.0.0.0": "unspecified",
    "0": "unspecified",
    "[::]": "unspecified",
    "[fe80::1]": "link-local",
    "[fc00::1]": None,
    "[fd12:3456::1]": None,
    "[fec0::1]": None,
    "[::ffff:10.0.0.1]": None,
    "[2002:a00:1::]": None,
}


def _expected(kind: str | None) -> str:
    return "refused: private address" + (f" ({kind})" if kind else "")


@pytest.mark.parametrize("host", list(REFUSED))
def test_every_refused_address_form_makes_no_connection(host, strict, server, connections):
    with pytest.raises(LinkError) as err:
        Fetcher(strict).fetch(f"http://{host}:{server.port}/article")
    if REFUSED[host] == "loopback" or REFUSED[host] is None:
        assert str(err.value).startswith("refused: private address")
    else:
        assert str(err.value) == _expected(REFUSED[host])
    assert connections["connect"] == []
    assert server.total_hits == 0


@pytest.mark.parametrize("host", ["127.0.0.1", "2130706433", "0x7f.1", "[::ffff:127.0.0.1]", "localhost"])
def test_loopback_refused_on_default_port_too(host, strict, connections):
    with pytest.raises(LinkError, match=r"^refused: private address \(loopback\)$"):
        Fetcher(strict).fetch(f"http://{host}/")
    assert connections["connect"] == []


@pytest.mark.parametrize(
    "host", ["10.0.0.1", "169.254.169.254", "100.64.0.1", "[fc00::1]", "[::ffff:192.168.0.1]", "0.0.0.0"]
)
def test_test_switch_allows_loopback_only(host, local, connections):
    with pytest.raises(LinkError, match=r"^refused: private address"):
        Fetcher(local).fetch(f"http://{host}/")
    assert connections["connect"] == []


def test_numeric_hosts_are_read_like_inet_aton():
    assert str(ip_literal("2130706433")) == "127.0.0.1"
    assert str(ip_literal("0x7f.1")) == "127.0.0.1"
    assert str(ip_literal("0177.0.0.01")) == "127.0.0.1"
    assert str(ip_literal("[::ffff:7f00:1]")) == "::ffff:7f00:1"
    assert ip_literal("example.com") is None
    assert ip_literal("cafe.de") is None
    assert address_kind(ip_literal("93.184.216.34")) is None
    assert address_kind(ip_literal("2606:4700::1111")) is None
    assert address_kind(ip_literal("64:ff9b::5db8:d822")) is None  # NAT64 of a public address


def test_every_resolved_address_is_checked(strict, connections):
    def resolver(host, _port):
        return {"mixed.test": ["93.184.216.34", "10.0.0.7"], "intranet.test": ["192.168.4.2"]}[host]

    for host in ("mixed.test", "intranet.test"):
        with pytest.raises(LinkError, match=r"^refused: private address$"):
            Fetcher(strict, resolver=resolver).fetch(f"https://{host}/story")
    assert connections["connect"] == []


def test_connection_goes_to_the_checked_address_without_a_second_lookup(local, server, connections):
    calls = []

    def rebinding(host, _port):
        calls.append(host)
        return ["127.0.0.1"] if len(calls) == 1 else ["10.0.0.1"]  # DNS rebinding: changes on the 2nd ask

    page = Fetcher(local, resolver=rebinding).fetch(f"http://news.test:{server.port}/article")
    assert page.status == 200 and PARAGRAPHS[0][:40] in page.text
    assert calls == ["news.test"]
    assert "news.test" not in connections["lookup"]  # the system resolver was never asked either
    assert connections["connect"] == [("127.0.0.1", server.port)]
    assert server.hosts == [f"news.test:{server.port}"]  # the Host header keeps the name


def test_redirect_to_private_address_is_refused(local, server, connections):
    metadata = "http://169.254.169.254/latest/meta-data/"
    with pytest.raises(LinkError, match=r"^refused: private address \(link-local\)$"):
        Fetcher(local).fetch(server.url(f"/redirect-to?to={metadata}"))
    assert server.hits["/redirect-to"] == 1
    assert connections["connect"] == [("127.0.0.1", server.port)]


def test_redirect_to_a_name_resolving_private_is_refused(local, server, connections):
    def resolver(host, _port):
        return {"news.test": ["127.0.0.1"], "internal.test": ["10.20.30.40"]}[host]

    with pytest.raises(LinkError, match=r"^refused: private address$"):
        Fetcher(local, resolver=resolver).fetch(
            f"http://news.test:{server.port}/redirect-to?to=http://internal.test/admin"
        )
    assert connections["connect"] == [("127.0.0.1", server.port)]


@pytest.mark.parametrize(
    "target", ["file:///etc/passwd", "gopher://127.0.0.1:6379/_INFO", "ftp://example.com/x"]
)
def test_redirect_to_other_schemes_is_refused(target, local, server):
    with pytest.raises(LinkError, match="only http and https"):
        Fetcher(local).fetch(server.url(f"/redirect-to?to={target}"))


def test_redirects_are_followed_up_to_five(local, server):
    page = Fetcher(local).fetch(server.url("/redirect/5"))
    assert page.url.endswith("/article") and len(page.redirects) == 5
    with pytest.raises(LinkError, match=r"too many redirects \(more than 5\)"):
        Fetcher(local).fetch(server.url("/redirect/6"))


@pytest.mark.parametrize(
    "url",
    ["http://user:secret@{h}/article", "http://user@{h}/article", "http://:pw@{h}/article"],
)
def test_credentials_in_links_are_refused(url, local, server, connections):
    with pytest.raises(LinkError, match="user name or password"):
        Fetcher(local).fetch(url.format(h=f"127.0.0.1:{server.port}"))
    assert connections["connect"] == [] and server.total_hits == 0


@pytest.mark.parametrize(
    "url", ["ftp://example.com/a", "file:///etc/passwd", "javascript:alert(1)", "gopher://x/"]
)
def test_only_http_and_https(url, local):
    with pytest.raises(LinkError, match="only http and https"):
        Fetcher(local).fetch(url)


def test_ports_outside_the_allowed_list_are_refused(strict, connections):
    def resolver(_host, _port):
        return ["93.184.216.34"]

    with pytest.raises(LinkError, match=r"^refused: port 8080 is not allowed$"):
        Fetcher(strict, resolver=resolver).fetch("http://example.test:8080/")
    with pytest.raises(LinkError, match=r"^refused: port 22 is not allowed$"):
        Fetcher(strict, resolver=resolver).fetch("https://example.test:22/")
    assert connections["connect"] == []


# -- time limits ---------------------------------------------------------------------------------


def test_slow_answer_times_out(local, server):
    settings = replace(local, fetch_timeout=1.0)
    start = time.monotonic()
    with pytest.raises(LinkError, match=r"^timed out after 1 s$"):
        Fetcher(settings).fetch(server.url("/slow?s=3"))
    assert time.monotonic() - start < 2.5


def test_dripping_body_stops_at_the_total_limit(local, server):
    settings = replace(local, fetch_timeout=1.5)
    start = time.monotonic()
    with pytest.raises(LinkError, match=r"^timed out after 1.5 s$"):
        Fetcher(settings).fetch(server.url("/drip"))
    assert time.monotonic() - start < 3.0  # the read timeout alone would allow 30 s of drip


def test_total_limit_covers_redirects(local, server):
    settings = replace(local, fetch_timeout=1.0)
    with pytest.raises(LinkError, match="timed out"):
        Fetcher(settings).fetch(server.url("/redirect-to?to=/slow%3Fs%3D3"))


# -- size, compression, types, charsets ----------------------------------------------------------


@pytest.mark.parametrize("path", ["/huge", "/huge-chunked", "/bomb"])
def test_body_is_capped_on_decompressed_bytes(path, local, server):
    with pytest.raises(LinkError, match=r"^refused: page is larger than the limit of 5,000,000 bytes$"):
        Fetcher(local).fetch(server.url(path))


def test_gzip_is_decompressed(local, server):
    page = Fetcher(local).fetch(server.url("/gzip"))
    assert PARAGRAPHS[1][:30] in page.text


@pytest.mark.parametrize(("path", "kind"), [("/pdf", "PDF"), ("/image", "image"), ("/json", "JSON")])
def test_only_html_xhtml_and_text_are_read(path, kind, local, server):
    with pytest.raises(LinkError, match=f"^can't read this kind of link: {kind}$"):
        Fetcher(local).fetch(server.url(path))


def test_missing_content_type_is_sniffed_as_html(local, server):
    assert Fetcher(local).fetch(server.url("/no-type")).content_type == "text/html"


def test_charset_from_header(local, server):
    page = Fetcher(local).fetch(server.url("/latin1"))
    assert page.charset == "cp1252"
    assert "“This is the agreement" in page.text and "port’s" in page.text


def test_charset_from_meta(local, server):
    page = Fetcher(local).fetch(server.url("/meta-charset"))
    assert page.charset == "iso8859-15"
    assert "12 € per tonne" in page.text


def test_decode_body_fallbacks():
    assert decode_body("café".encode(), None) == ("utf-8", "café")
    assert decode_body(b"\xef\xbb\xbfhi", None)[1] == "hi"
    assert decode_body("caf\xe9 cr\xe8me br\xfbl\xe9e".encode("cp1252"), None)[1] == "café crème brûlée"
    assert decode_body(b"x", "no-such-charset")[0] == "utf-8"


def test_error_status_is_reported(local, server):
    with pytest.raises(LinkError, match=r"^the site answered 404"):
        Fetcher(local).fetch(server.url("/missing"))


def test_unknown_host_is_reported(strict):
    def resolver(_host, _port):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    with pytest.raises(LinkError, match=r"^could not find the site nowhere\.test$"):
        Fetcher(strict, resolver=resolver).fetch("https://nowhere.test/")


# -- HTTPS: TCP to the pinned address, TLS to the name ---------------------------------------------


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory):
    """An HTTPS server on 127.0.0.1 with a self-signed certificate for news.test; records SNI names."""
    import shutil
    import ssl
    import subprocess
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    if not shutil.which("openssl"):
        pytest.skip("openssl is needed to make a test certificate")
    d = tmp_path_factory.mktemp("tls")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(d / "key.pem"),
         "-out", str(d / "cert.pem"), "-days", "2", "-subj", "/CN=news.test",
         "-addext", "subjectAltName=DNS:news.test"],
        check=True, capture_output=True,
    )  # fmt: skip
    names: list[str | None] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            body = ("<html><body>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</body></html>").encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(d / "cert.pem", d / "key.pem")
    context.sni_callback = lambda _sock, name, _ctx: names.append(name)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.handle_error = lambda *_args: None
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield httpd, str(d / "cert.pem"), names
    httpd.shutdown()


def test_https_connects_to_the_pinned_address_with_the_name_for_tls(local, tls_server, connections):
    httpd, ca, names = tls_server
    port = httpd.server_address[1]
    page = Fetcher(local, resolver=lambda _host, _port: ["127.0.0.1"], ca_certs=ca).fetch(
        f"https://news.test:{port}/a"
    )
    assert PARAGRAPHS[0][:40] in page.text
    assert connections["connect"] == [("127.0.0.1", port)]
    assert "news.test" in names  # SNI carried the name, not the address


def test_https_certificate_is_checked_against_the_name(local, tls_server):
    httpd, ca, _ = tls_server
    port = httpd.server_address[1]
    wrong_name = Fetcher(local, resolver=lambda _host, _port: ["127.0.0.1"], ca_certs=ca)
    with pytest.raises(LinkError, match="could not connect securely to other.test"):
        wrong_name.fetch(f"https://other.test:{port}/a")
    untrusted = Fetcher(local, resolver=lambda _host, _port: ["127.0.0.1"])  # the default CAs
    with pytest.raises(LinkError, match="could not connect securely to news.test"):
        untrusted.fetch(f"https://news.test:{port}/a")
