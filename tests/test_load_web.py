"""Fetching web addresses from a local server the test starts (never the internet)."""

from __future__ import annotations

import importlib.util
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from briefing.errors import BriefingError
from briefing.load import web

PAGE = (
    "<html><head><title>Quay Opens</title></head><body><article><h1>Quay Opens</h1>"
    + "<p>The harbour authority said on Monday that the new quay would open in spring. </p>" * 4
    + "</article></body></html>"
).encode()
SEEN: dict[str, str] = {}


class Handler(BaseHTTPRequestHandler):
    """Each path is one kind of server behaviour."""

    def log_message(self, *args: object) -> None:
        pass

    def send(self, status: int, kind: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        SEEN["agent"] = self.headers.get("User-Agent", "")
        if self.path == "/page":
            self.send(200, "text/html; charset=utf-8", PAGE)
        elif self.path == "/latin":
            self.send(200, "text/html; charset=iso-8859-1", PAGE.replace(b"Quay", b"Qu\xe9"))
        elif self.path == "/declared":  # no charset in the header, one in the page
            page = PAGE.replace(b"<head>", b'<head><meta charset="windows-1252">')
            self.send(200, "text/html", page.replace(b"Quay", b"Qu\xe9"))
        elif self.path == "/missing":
            self.send(404, "text/html", b"<p>no</p>")
        elif self.path == "/pdf":
            self.send(200, "application/pdf", b"%PDF-1.4")
        elif self.path == "/file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
        elif self.path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"x" * 65_000 + b"</p>"
            try:
                while True:
                    self.wfile.write(chunk)
            except OSError:
                return
        elif self.path == "/silent":
            time.sleep(3)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def reason(url: str, **limits: float) -> str:
    with pytest.raises(BriefingError) as caught:
        web.fetch(url, **limits)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "\n" not in message
    return caught.value.reason


def test_a_page_is_fetched_with_a_user_agent_naming_briefing(server: str) -> None:
    text = web.fetch(f"{server}/page")
    assert "Quay Opens" in text
    assert SEEN["agent"].startswith("briefing/")


def test_a_declared_charset_is_honoured(server: str) -> None:
    assert "Qué" in web.fetch(f"{server}/latin")


@pytest.mark.skipif(importlib.util.find_spec("trafilatura") is None, reason="no web extra")
def test_a_page_becomes_a_briefing_that_keeps_its_address(server: str) -> None:
    doc = web.fetch_briefing(f"{server}/page")
    assert doc.title == "Quay Opens" and doc.meta.url == f"{server}/page"


def test_a_charset_declared_in_the_page_is_honoured(server: str) -> None:
    assert "Qué" in web.fetch(f"{server}/declared")


def test_the_size_limit_is_written_in_its_unit(server: str) -> None:
    assert reason(f"{server}/page", max_bytes=100) == "the page is larger than the 100 bytes limit"


def test_http_status_and_content_type_are_one_line(server: str) -> None:
    assert reason(f"{server}/missing") == "HTTP status 404 Not Found"
    assert reason(f"{server}/pdf") == "not an HTML page (content type application/pdf)"


def test_only_web_addresses_are_fetched(server: str) -> None:
    assert "only http:// and https://" in reason("file:///etc/passwd")
    assert "only http:// and https://" in reason("ftp://example.org/a.html")
    assert "file:///etc/passwd" in reason(f"{server}/file")  # a redirect there is refused


def test_dns_and_refused_connections(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    assert reason(f"http://127.0.0.1:{port}/page") == "127.0.0.1 refused the connection"

    def no_such_host(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)  # no resolver is asked
    assert reason("http://no-such-host.invalid/page") == (
        "cannot find the host no-such-host.invalid (DNS lookup failed)"
    )


def test_tls_failure_is_named(server: str) -> None:
    https = server.replace("http://", "https://")
    assert reason(f"{https}/page", timeout=2).startswith("TLS ")


def test_an_endless_body_stops_at_the_size_limit(server: str) -> None:
    assert reason(f"{server}/endless", max_bytes=1_000_000) == (
        "the page is larger than the 1 MB limit"
    )


def test_a_server_that_never_answers_times_out(server: str) -> None:
    assert "timed out" in reason(f"{server}/silent", timeout=0.5)


@pytest.mark.skipif(importlib.util.find_spec("trafilatura") is None, reason="no web extra")
def test_export_of_an_address_on_the_command_line(server: str) -> None:
    from click.testing import CliRunner

    from briefing import cli

    result = CliRunner().invoke(cli.cli, ["export", f"{server}/page", "-f", "json"])
    assert result.exit_code == 0 and '"title": "Quay Opens"' in result.stdout
    failed = CliRunner().invoke(cli.cli, ["export", f"{server}/missing"])
    assert failed.exit_code == 1
    assert failed.stderr == f"briefing: cannot open {server}/missing: HTTP status 404 Not Found\n"


def test_max_size_lowers_the_limit_for_an_address(server: str) -> None:
    from click.testing import CliRunner

    from briefing import cli

    result = CliRunner().invoke(cli.cli, ["export", f"{server}/page", "--max-size", "100"])
    assert result.exit_code == 1
    assert result.stderr.endswith(": the page is larger than the 100 bytes limit\n")
