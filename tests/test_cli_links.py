"""``brief analyze`` with links: the same path the bot uses, through the real CLI in a subprocess."""

from __future__ import annotations

import json

import pytest

from tests.support import article_server as served
from tests.support.article_server import PARAGRAPHS, TITLE

article_server = served.article_server
server = served.server

LOCAL = {"BRIEF_FETCH_ALLOW_PRIVATE": "1"}

pytestmark = pytest.mark.slow  # each test runs the brief command in a subprocess that loads the model


def test_analyze_a_link_as_json(run_cli, server):
    proc = run_cli("analyze", "--json", server.url("/article?utm_source=slack#x"), env=LOCAL)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["url"] == server.url("/article")
    assert data["title"] == TITLE
    assert PARAGRAPHS[1][:40] in data["text"] and "Accept all cookies" not in data["text"]
    assert data["site"] == "The Coastal Courier"
    assert server.hits["/article"] == 1
    again = run_cli("analyze", "--json", server.url("/article?utm_medium=email"), env=LOCAL)
    assert json.loads(again.stdout)["cached"] is True
    assert server.hits["/article"] == 1


def test_analyze_a_link_as_text(run_cli, server):
    proc = run_cli("analyze", server.url("/article"), env=LOCAL)
    assert proc.returncode == 0, proc.stderr
    assert "Maria Okafor" in proc.stdout


@pytest.mark.parametrize(
    ("url", "env", "message"),
    [
        ("http://169.254.169.254/latest/meta-data/", {}, "refused: private address (link-local)"),
        ("http://2130706433/", {}, "refused: private address (loopback)"),
        ("http://user:pw@example.com/", {}, "refused: link has a user name or password in it"),
        ("/paywall", LOCAL, "not an article: too little text"),
        ("/slow?s=3", {**LOCAL, "BRIEF_FETCH_TIMEOUT": "1"}, "timed out after 1 s"),
        ("/pdf", LOCAL, "can't read this kind of link: PDF"),
    ],
)
def test_a_refused_or_failed_link_exits_2_with_one_line(run_cli, server, url, env, message):
    if url.startswith("/"):
        url = server.url(url)
    proc = run_cli("analyze", url, env=env)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [f"brief: error: {message}"]
    assert proc.stdout == ""


def test_refused_by_default_makes_no_request(run_cli, server):
    proc = run_cli("analyze", server.url("/article"))
    assert proc.returncode == 2
    assert proc.stderr.strip() == "brief: error: refused: private address (loopback)"
    assert server.total_hits == 0


def test_jsonl_lines_with_urls(run_cli, server, tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [
        {"id": 1, "url": server.url("/article")},
        {"id": 2, "url": server.url("/missing")},
        {"id": 3, "url": server.url("/second?utm_source=x")},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    proc = run_cli("analyze", "--jsonl", str(path), env=LOCAL)
    assert proc.returncode == 2  # one line failed
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["id"] for o in out] == [1, 3]
    assert out[1]["url"] == server.url("/second")
    assert "line 2: the site answered 404" in proc.stderr
