"""Fetching a shared link without becoming a way into the newsroom's private network.

A link posted in Slack is untrusted input that our server fetches, so every request goes through
``Fetcher.fetch``, which:

* accepts only ``http``/``https`` URLs, on the allowed ports (``BRIEF_FETCH_PORTS``, default 80 and
  443), with no user name or password in them;
* turns the host into addresses itself: numeric tricks (``2130706433``, ``0x7f.1``, ``0177.1``) are read
  the way ``inet_aton`` reads them, names are resolved once, and **every** address is checked; one
  refused address refuses the link;
* refuses loopback, private, link-local (``169.254.169.254`` included), carrier-grade NAT
  (``100.64.0.0/10``), multicast, reserved and unspecified addresses, IPv6 unique-local and site-local,
  and the IPv6 forms that carry an IPv4 address (IPv4-mapped ``::ffff:a.b.c.d``, IPv4-compatible
  ``::a.b.c.d``, NAT64 ``64:ff9b::/96``, 6to4 ``2002::/16``) when the IPv4 address inside is refused;
* connects to the checked address and nothing else (``_PinnedHTTPConnection``): no second DNS
  lookup, so DNS rebinding cannot swap the address; the ``Host`` header, TLS SNI and certificate check
  still use the host name;
* follows at most ``MAX_REDIRECTS`` redirects itself, checking each hop exactly like the first;
* limits connect time (``BRIEF_FETCH_CONNECT_TIMEOUT``), each read and the whole fetch including
  redirects (``BRIEF_FETCH_TIMEOUT``);
* caps the body at ``BRIEF_FETCH_MAX_BYTES`` counted on the *decompressed* bytes (it decompresses
  gzip/deflate itself, in bounded steps, so a gzip bomb stops at the cap);
* accepts only HTML, XHTML and plain text, and decodes with the declared charset, the page's
  ``<meta charset>``, or a detected one.

Why not ``requests-hardened``: version 1.3.0 pins the connection the same way, but checks only the
first address ``getaddrinfo`` returns and lets IPv4-compatible (``::7f00:1``) and site-local
(``fec0::/10``) addresses through; we need our own streaming, size cap and content checks anyway.

``BRIEF_FETCH_ALLOW_PRIVATE=1`` is for tests only: it lets *loopback* addresses through (on any port)
so tests can fetch from a local server. Every other refused range stays refused. Never turn it on in
production.
"""

from __future__ import annotations

import codecs
import ipaddress
import logging
import re
import socket
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NoReturn
from urllib.parse import urljoin, urlsplit, urlunsplit

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
    SSLError,
)

from bot.config import Settings
from bot.errors import LinkError, LinkTimeout

log = logging.getLogger(__name__)

MAX_REDIRECTS = 5
ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
USER_AGENT = "Mozilla/5.0 (compatible; NewsroomBrief/0.1; +link-reader)"
_CHUNK = 64 * 1024

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]

_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_THIS_NETWORK = ipaddress.ip_network("0.0.0.0/8")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")
_SIXTOFOUR = ipaddress.ip_network("2002::/16")
_TEREDO = ipaddress.ip_network("2001::/32")
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")
_UNIQUE_LOCAL = ipaddress.ip_network("fc00::/7")
_SITE_LOCAL = ipaddress.ip_network("fec0::/10")

_NUMERIC_HOST = re.compile(r"^[0-9a-fx.]+$", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_LATIN1_ALIASES = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "cp819"}
_KIND_NAMES = {
    "application/pdf": "PDF",
    "application/msword": "Word document",
    "application/zip": "ZIP archive",
    "application/json": "JSON",
    "application/octet-stream": "file download",
}


# -- addresses ----------------------------------------------------------------------------------


def ip_literal(host: str) -> IPAddress | None:
    """The address a host names by itself, read the way the C resolver reads it; None for a name.

    ``2130706433``, ``0x7f.1``, ``0177.0.0.1`` and ``127.1`` all mean 127.0.0.1 to ``inet_aton`` (and so
    to ``getaddrinfo``); they are normalised here so they are checked as what they are.
    """
    h = host.strip().strip("[]").rstrip(".")
    if not h:
        return None
    try:
        return ipaddress.ip_address(h)
    except ValueError:
        pass
    if _NUMERIC_HOST.match(h) and any(c.isdigit() for c in h):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(h))
        except OSError:
            return None
    return None


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip in _NAT64 or (ip in _IPV4_COMPATIBLE and int(ip) > 1):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip in _SIXTOFOUR:
        return ip.sixtofour
    return None


def address_kind(ip: IPAddress) -> str | None:  # noqa: C901 (one rule table: the refused ranges, in order)
    """Why an address may not be fetched ("loopback", "link-local"...), or None for a public one."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.scope_id:
            return "link-local"
        inner = _embedded_ipv4(ip)
        if inner is not None:
            kind = address_kind(inner)
            if kind is not None:
                return kind
            if ip in _IPV4_COMPATIBLE:
                return "reserved"  # deprecated form: nothing public lives there
            return None  # NAT64/6to4/mapped form of a public IPv4 address
        if ip.is_unspecified:
            return "unspecified"
        if ip.is_loopback:
            return "loopback"
        if ip.is_link_local:
            return "link-local"
        if ip.is_multicast:
            return "multicast"
        if ip in _UNIQUE_LOCAL or ip in _SITE_LOCAL or ip.is_site_local:
            return "private"
        if ip in _NAT64_LOCAL or ip in _TEREDO:
            return "reserved"
        if ip.is_reserved:
            return "reserved"
        if ip.is_private or not ip.is_global:
            return "private"
        return None
    if ip.is_unspecified:
        return "unspecified"
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if ip in _CGNAT:
        return "carrier-grade NAT"
    if ip.is_multicast:
        return "multicast"
    if ip in _THIS_NETWORK or ip.is_reserved:
        return "reserved"
    if ip.is_private or not ip.is_global:
        return "private"
    return None


def refusal(kind: str) -> LinkError:
    """The one-line error for a refused address (it never shows the address: it may be internal)."""
    if kind == "private":
        return LinkError("refused: private address")
    return LinkError(f"refused: private address ({kind})")


def system_resolver(host: str, port: int) -> list[str]:
    """Every IPv4/IPv6 address ``host`` resolves to, in the resolver's order, without duplicates."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    seen: list[str] = []
    for family, _type, _proto, _canon, sockaddr in infos:
        if family in (socket.AF_INET, socket.AF_INET6) and sockaddr[0] not in seen:
            seen.append(sockaddr[0])
    return seen


# -- the pinned connection ------------------------------------------------------------------------


class _Watchdog:
    """Shuts down a fetch's sockets when its deadline passes, wherever the fetch is blocked."""

    def __init__(self, sockets: list[socket.socket], seconds: float):
        self.fired = False
        self._sockets = sockets
        self._timer = threading.Timer(max(seconds, 0.0), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def _fire(self) -> None:
        self.fired = True
        for sock in list(self._sockets):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def cancel(self) -> None:
        self._timer.cancel()


def _connect_pinned(conn: HTTPConnection, addresses: tuple[str, ...]) -> socket.socket:
    """Open a TCP connection to one of the checked addresses, never resolving the host name."""
    last: OSError | None = None
    for address in addresses:
        ip = ipaddress.ip_address(address)
        family = socket.AF_INET6 if ip.version == 6 else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.settimeout(conn.timeout if isinstance(conn.timeout, int | float) else 10.0)
            sock.connect((str(ip), conn.port))
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            return sock
        except TimeoutError as error:
            sock.close()
            raise ConnectTimeoutError(conn, f"connection to {conn.host} timed out") from error
        except OSError as error:
            sock.close()
            last = error
    raise NewConnectionError(conn, f"could not connect to {conn.host}: {last}")


class _Pinned:
    """Opens its TCP connection to addresses checked beforehand, not to what DNS says now."""

    def __init__(self, *args, pinned: tuple[str, ...] = (), opened: list | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self._pinned = pinned
        self._opened = opened

    def _new_conn(self) -> socket.socket:
        sock = _connect_pinned(self, self._pinned)
        if self._opened is not None:
            self._opened.append(sock)  # the fetch's deadline watchdog shuts it down when time is up
        return sock


class _PinnedHTTPConnection(_Pinned, HTTPConnection):
    """Plain HTTP to the checked address."""


class _PinnedHTTPSConnection(_Pinned, HTTPSConnection):
    """HTTPS: TCP to the checked address, TLS SNI and certificate check for the name."""


class _PinnedHTTPPool(urllib3.HTTPConnectionPool):
    ConnectionCls = _PinnedHTTPConnection


class _PinnedHTTPSPool(urllib3.HTTPSConnectionPool):
    ConnectionCls = _PinnedHTTPSConnection


# -- results --------------------------------------------------------------------------------------


@dataclass
class Target:
    """A URL that passed every check, with the addresses a connection may go to."""

    url: str
    scheme: str
    host: str
    port: int
    target: str  # path and query, as sent in the request line
    addresses: tuple[str, ...]


@dataclass
class Page:
    """What a fetch returns: the final URL (after redirects), the body and how it was decoded."""

    url: str
    status: int
    content_type: str
    charset: str
    body: bytes
    text: str
    redirects: list[str] = field(default_factory=list)


def _ca_certs() -> str | None:
    try:
        import certifi

        return certifi.where()
    except ImportError:  # pragma: no cover - certifi comes with requests
        return None


# -- the fetcher ----------------------------------------------------------------------------------


class Fetcher:
    """Fetches one link at a time under the rules in the module docstring.

    ``resolver`` (host, port) → addresses replaces DNS, for tests; it is called once per hop.
    ``ca_certs`` replaces the trusted certificate authorities, for tests.
    """

    def __init__(self, settings: Settings, resolver: Resolver | None = None, ca_certs: str | None = None):
        self.settings = settings
        self.resolver = resolver or system_resolver
        self.ca_certs = ca_certs or _ca_certs()  # tests pass their own CA; production uses certifi's
        self.connect_timeout = min(settings.fetch_connect_timeout, settings.fetch_timeout)

    # -- checks -----------------------------------------------------------------------------------
    def check(self, url: str) -> Target:
        """Every check that can be made before connecting; raises ``LinkError`` with the reason."""
        try:
            parts = urlsplit(url.strip())
            port_given = parts.port
        except ValueError:
            raise LinkError("refused: not a valid link") from None
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            raise LinkError(f"refused: only http and https links are read, not {scheme or 'this'}:")
        if parts.username is not None or parts.password is not None or "@" in parts.netloc:
            raise LinkError("refused: link has a user name or password in it")
        raw_host = parts.hostname or ""
        if not raw_host:
            raise LinkError("refused: link has no host name")
        port = port_given or (443 if scheme == "https" else 80)

        literal = ip_literal(raw_host)
        if literal is not None:
            host = str(literal)
            addresses = [host]
        else:
            try:
                host = raw_host.rstrip(".").encode("idna").decode("ascii").lower()
            except UnicodeError:
                raise LinkError("refused: not a valid host name") from None
            if not host or any(c in host for c in "%\\/ ") or host.startswith("-"):
                raise LinkError("refused: not a valid host name")
            try:
                addresses = self.resolver(host, port)
            except (socket.gaierror, UnicodeError):
                raise LinkError(f"could not find the site {host}") from None
            except OSError as error:
                raise LinkError(f"could not find the site {host} ({error.strerror or error})") from None
            if not addresses:
                raise LinkError(f"could not find the site {host}")

        checked: list[str] = []
        all_loopback = True
        for address in addresses:
            try:
                ip = ipaddress.ip_address(address)
            except ValueError:
                raise LinkError("refused: the site's address could not be read") from None
            kind = address_kind(ip)
            loopback = kind == "loopback"
            all_loopback = all_loopback and loopback
            if kind is not None and not (loopback and self.settings.fetch_allow_private):
                raise refusal(kind)
            inner = _embedded_ipv4(ip) if isinstance(ip, ipaddress.IPv6Address) else None
            checked.append(str(inner if inner is not None and ip.ipv4_mapped is not None else ip))

        test_loopback = self.settings.fetch_allow_private and all_loopback
        if port not in self.settings.fetch_allowed_ports and not test_loopback:
            raise LinkError(f"refused: port {port} is not allowed")

        netloc_host = f"[{host}]" if ":" in host else host
        netloc = netloc_host if port_given is None else f"{netloc_host}:{port}"
        target = urlunsplit(("", "", parts.path or "/", parts.query, ""))
        clean_url = urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))
        return Target(clean_url, scheme, host, port, target, tuple(checked))

    # -- fetching ---------------------------------------------------------------------------------
    def fetch(self, url: str) -> Page:
        """GET ``url`` following up to ``MAX_REDIRECTS`` checked redirects; raises ``LinkError``."""
        deadline = time.monotonic() + self.settings.fetch_timeout
        redirects: list[str] = []
        current = url
        while True:
            target = self.check(current)
            outcome = self._get(target, deadline)
            if isinstance(outcome, Page):
                outcome.redirects = redirects
                return outcome
            if len(redirects) >= MAX_REDIRECTS:
                raise LinkError(f"refused: too many redirects (more than {MAX_REDIRECTS})")
            redirects.append(target.url)
            current = urljoin(target.url, outcome)

    def _timed_out(self) -> LinkTimeout:
        return LinkTimeout(f"timed out after {self.settings.fetch_timeout:g} s")

    def _get(self, t: Target, deadline: float) -> Page | str:
        """One request: a ``Page``, or the Location of a redirect."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise self._timed_out()
        timeout = urllib3.Timeout(connect=min(self.connect_timeout, remaining), read=remaining)
        opened: list[socket.socket] = []
        common = dict(
            host=t.host,
            port=t.port,
            maxsize=1,
            retries=False,
            timeout=timeout,
            pinned=t.addresses,
            opened=opened,
        )
        if t.scheme == "https":
            pool: urllib3.HTTPConnectionPool = _PinnedHTTPSPool(
                cert_reqs="CERT_REQUIRED", ca_certs=self.ca_certs, **common
            )
        else:
            pool = _PinnedHTTPPool(**common)
        headers = {
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
            "Accept-Encoding": "gzip, deflate",
            "Accept-Language": "en;q=1.0, *;q=0.5",
        }
        # One wall-clock deadline over everything (status line, headers, chunk sizes, body): socket
        # timeouts only bound each read, and a server trickling a byte at a time would reset them.
        watchdog = _Watchdog(opened, remaining)
        try:
            response = pool.urlopen(
                "GET",
                t.target,
                headers=headers,
                redirect=False,
                retries=False,
                preload_content=False,
                decode_content=False,
                assert_same_host=False,
                release_conn=False,
            )
            try:
                outcome = self._read(t, response, deadline)
            finally:
                response.close()
            if watchdog.fired:
                raise self._timed_out()
            return outcome
        except LinkError:
            if watchdog.fired:
                raise self._timed_out() from None
            raise
        except Exception as error:
            if watchdog.fired:
                raise self._timed_out() from None
            self._failure(t, error)
        finally:
            watchdog.cancel()
            pool.close()

    def _failure(self, t: Target, error: Exception) -> NoReturn:
        """Raise the one-line ``LinkError`` for what went wrong while talking to ``t``."""
        try:
            raise error
        except ConnectTimeoutError:
            raise LinkTimeout(f"timed out after {self.connect_timeout:g} s connecting to {t.host}") from None
        except (ReadTimeoutError, TimeoutError):
            raise self._timed_out() from None
        except SSLError:
            raise LinkError(f"could not connect securely to {t.host} (certificate or TLS problem)") from None
        except NewConnectionError:
            raise LinkError(f"could not connect to {t.host}") from None
        except ProtocolError as broke:
            if isinstance(broke.__context__, TimeoutError) or "timed out" in str(broke):
                raise self._timed_out() from None
            raise LinkError(f"the connection to {t.host} broke off") from None
        except (HTTPError, OSError, ValueError):
            raise LinkError(f"could not read the link ({type(error).__name__})") from None

    def _read(self, t: Target, response, deadline: float) -> Page | str:
        status = response.status
        if status in (301, 302, 303, 307, 308):
            location = response.headers.get("Location")
            if not location:
                raise LinkError(f"the site answered {status} without saying where to go")
            return location.strip()
        if not 200 <= status < 300:
            reason = (response.reason or "").strip()
            raise LinkError(f"the site answered {status}{' ' + reason if reason else ''}")

        raw_type = response.headers.get("Content-Type", "")
        media_type, params = _parse_content_type(raw_type)
        if media_type and media_type not in ACCEPTED_TYPES:
            raise LinkError(f"can't read this kind of link: {_kind_name(media_type)}")

        limit = self.settings.fetch_max_bytes
        length = response.headers.get("Content-Length", "")
        if length.strip().isdigit() and int(length) > limit:
            raise _too_large(limit)
        encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
        body = self._read_body(response, encoding, limit, deadline)

        if not media_type:  # no Content-Type: accept only what is plainly HTML
            head = body[:1024].lstrip().lower()
            if not head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<meta")):
                raise LinkError("can't read this kind of link: no content type")
            media_type = "text/html"
        charset, text = decode_body(body, params.get("charset"), media_type)
        return Page(t.url, status, media_type, charset, body, text)

    def _read_body(self, response, encoding: str, limit: int, deadline: float) -> bytes:
        if encoding in ("gzip", "x-gzip"):
            decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            decoder = _DeflateDecoder()
        elif encoding in ("identity", ""):
            decoder = None
        else:
            raise LinkError(f"can't read this kind of link: {encoding}-compressed")
        out = bytearray()
        raw_total = 0
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise self._timed_out()
            _set_read_timeout(response, remaining)
            chunk = response.read1(_CHUNK)
            if not chunk:
                break
            raw_total += len(chunk)
            if raw_total > limit:
                raise _too_large(limit)
            if decoder is None:
                out += chunk
            else:
                try:
                    data = decoder.decompress(chunk, limit - len(out) + 1)
                except zlib.error:
                    raise LinkError("could not read the link (broken compression)") from None
                out += data
                if decoder.unconsumed_tail:
                    raise _too_large(limit)
            if len(out) > limit:
                raise _too_large(limit)
        if decoder is not None:
            out += decoder.flush(limit - len(out) + 1)
            if len(out) > limit:
                raise _too_large(limit)
        return bytes(out)


class _DeflateDecoder:
    """``Content-Encoding: deflate`` is zlib-wrapped by the standard, raw deflate by some servers."""

    def __init__(self):
        self._obj = zlib.decompressobj()
        self._first = True

    def decompress(self, data: bytes, max_length: int) -> bytes:
        if self._first:
            self._first = False
            try:
                return self._obj.decompress(data, max_length)
            except zlib.error:
                self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
        return self._obj.decompress(data, max_length)

    @property
    def unconsumed_tail(self) -> bytes:
        return self._obj.unconsumed_tail

    def flush(self, length: int) -> bytes:
        return self._obj.flush(length)


def _set_read_timeout(response, remaining: float) -> None:
    """Let no single read outlast the whole fetch's deadline (a server dripping bytes slowly)."""
    sock = getattr(getattr(response, "connection", None), "sock", None)
    if sock is not None:
        try:
            current = sock.gettimeout()
            sock.settimeout(remaining if current is None else min(current, remaining))
        except OSError:
            pass


def _too_large(limit: int) -> LinkError:
    return LinkError(f"refused: page is larger than the limit of {limit:,} bytes")


def _parse_content_type(raw: str) -> tuple[str, dict[str, str]]:
    parts = [p.strip() for p in raw.split(";")]
    media_type = parts[0].lower() if parts else ""
    params: dict[str, str] = {}
    for p in parts[1:]:
        name, eq, value = p.partition("=")
        if eq:
            params[name.strip().lower()] = value.strip().strip("\"'")
    return media_type, params


def _kind_name(media_type: str) -> str:
    if media_type in _KIND_NAMES:
        return _KIND_NAMES[media_type]
    major = media_type.split("/", 1)[0]
    if major in ("image", "video", "audio"):
        return major
    return media_type


# Python codecs that are not a web page's character set: transforms (rot13, base64, hex, zlib, uu, …
# are refused by ``_is_text_encoding``), domain-name and escape codecs, and one that always fails.
_NOT_PAGE_CHARSETS = frozenset(
    {
        "idna",
        "punycode",
        "undefined",
        "unicode_escape",
        "raw_unicode_escape",
        "unicode_internal",
        "mbcs",
        "oem",
    }
)


def _codec(name: str | None) -> str | None:
    """The Python codec for a declared charset, or None when it is not a text encoding a page may use
    (then the body's charset is detected instead)."""
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    if name in _LATIN1_ALIASES:
        return "cp1252"  # what browsers do: "latin-1" pages are written in windows-1252
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError, TypeError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_PAGE_CHARSETS:
        return None
    return info.name


def decode_body(body: bytes, declared: str | None, media_type: str = "text/html") -> tuple[str, str]:
    """(charset, text): the header's charset, a BOM, the page's ``<meta charset>``, UTF-8, or a guess."""
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if body.startswith(bom):
            return name, body.decode(name, errors="replace")
    candidates = [_codec(declared)]
    if media_type != "text/plain":
        m = _META_CHARSET.search(body[:4096])
        if m:
            candidates.append(_codec(m.group(1).decode("ascii", "replace")))
    for name in candidates:
        if name:
            try:
                return name, body.decode(name, errors="replace")
            except (LookupError, UnicodeError, ValueError, TypeError):
                continue  # a codec that cannot decode at all: detect instead
    try:
        return "utf-8", body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:  # the web's default for undeclared pages in English (WHATWG), when it fits
        return "cp1252", body.decode("cp1252")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(body[:200_000]).best()
        if best is not None and _codec(best.encoding):
            name = _codec(best.encoding)
            return name, body.decode(name, errors="replace")
    except Exception:  # pragma: no cover - detection is best effort
        log.debug("charset detection failed", exc_info=True)
    return "cp1252", body.decode("cp1252", errors="replace")


def fetch(url: str, settings: Settings, resolver: Resolver | None = None) -> Page:
    """Fetch one link safely (see the module docstring); raises ``LinkError`` saying why not."""
    return Fetcher(settings, resolver).fetch(url)
