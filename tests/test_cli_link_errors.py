"""The CLI says one line on stderr per failed link: the libraries' own log lines stay out."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


class _Broken(BaseHTTPRequestHandler):
    def log_message(self, *_args):
        pass

    def do_GET(self):
        body = b'<?xml version="1.0"?><x' if self.path == "/xml" else b"\x00\x01\x02<p>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def broken_site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Broken)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_one_stderr_line_per_failed_link(run_cli, broken_site):
    result = run_cli(
        "analyze", f"{broken_site}/xml", f"{broken_site}/bin", env={"BRIEF_FETCH_ALLOW_PRIVATE": "1"}
    )
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 2, result.stderr
    assert lines[0].startswith(f"brief: error: {broken_site}/xml: ") and f"{broken_site}/bin: " in lines[1]
    assert "parsed tree" not in result.stderr and "empty HTML tree" not in result.stderr
