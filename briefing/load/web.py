"""Fetching a briefing from a web address: bounded in time and size, errors in one line.

Fetching uses the standard library's ``urllib`` rather than trafilatura's ``fetch_url`` (which
returns ``None`` on every failure, so DNS, TLS and HTTP errors could not be told apart) or a new
dependency: it gives what a reader of untrusted addresses needs and nothing more. Only ``http``
and ``https`` are fetched (``urllib`` would also open ``file:`` and ``ftp:``). Redirects are
followed by ``urllib`` and checked again against those schemes. The body is read in pieces
against one deadline for the whole download, so a server that trickles bytes or never stops
cannot hold the reader much longer than the timeout (one more wait for a piece at most), nor
make it hold more than the size limit. A declared non-UTF-8 charset is honoured.
The page itself is read by the HTML reader (the ``web`` extra).
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import replace
from urllib.parse import urlsplit

from briefing import __version__
from briefing.errors import BriefingError
from briefing.load import read_text
from briefing.load.decode import decode, format_size
from briefing.model import Briefing

TIMEOUT = 20.0  # seconds for the whole download
MAX_BYTES = 10_000_000
USER_AGENT = f"briefing/{__version__} (terminal reader for news briefings)"
_SCHEMES = ("http", "https")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_PIECE = 65_536


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http and https addresses."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urlsplit(newurl).scheme.lower() not in _SCHEMES:
            raise BriefingError(req.full_url, f"redirected to a non-web address ({newurl})")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _check_address(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in _SCHEMES:
        raise BriefingError(url, "only http:// and https:// addresses can be opened")
    if not parts.hostname:
        raise BriefingError(url, "the address has no host name")


def _reason(error: BaseException, url: str) -> str:
    """One line for a failed request: DNS, TLS, refused, timed out, or the HTTP status."""
    if isinstance(error, urllib.error.HTTPError):
        return f"HTTP status {error.code} {error.reason}".rstrip()
    cause = error.reason if isinstance(error, urllib.error.URLError) else error
    host = urlsplit(url).hostname
    if isinstance(cause, socket.gaierror):
        return f"cannot find the host {host} (DNS lookup failed)"
    if isinstance(cause, ssl.SSLCertVerificationError):
        return f"TLS certificate not valid for {host}: {cause.verify_message}"
    if isinstance(cause, ssl.SSLError):
        return f"TLS handshake with {host} failed: {cause.reason or cause}"
    if isinstance(cause, TimeoutError):
        return "no answer in time (timed out)"
    if isinstance(cause, ConnectionRefusedError):
        return f"{host} refused the connection"
    if isinstance(cause, OSError):
        return (cause.strerror or str(cause)).lower()
    return str(cause)


def _content_type(response: http.client.HTTPResponse, url: str) -> None:
    kind = (response.headers.get_content_type() or "").lower()
    if kind not in _HTML_TYPES:
        raise BriefingError(url, f"not an HTML page (content type {kind})")


def _body(response: http.client.HTTPResponse, url: str, deadline: float, limit: int) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise BriefingError(url, f"the page is larger than the {format_size(limit)} limit")
    pieces: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise BriefingError(url, "no complete answer in time (timed out)")
        piece = response.read1(_PIECE)
        if not piece:
            return b"".join(pieces)
        size += len(piece)
        if size > limit:
            raise BriefingError(url, f"the page is larger than the {format_size(limit)} limit")
        pieces.append(piece)


def fetch(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> str:
    """The HTML page at ``url`` as text; :class:`BriefingError` for anything else."""
    _check_address(url)
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml"}
    )
    opener = urllib.request.build_opener(_Redirects())
    try:
        with opener.open(request, timeout=timeout) as response:
            _content_type(response, url)
            data = _body(response, url, deadline, max_bytes)
            charset = (response.headers.get_content_charset() or "utf-8").lower()
    except BriefingError:
        raise
    except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as error:
        raise BriefingError(url, _reason(error, url)) from None
    if charset.replace("-", "").replace("_", "") in ("utf8", "usascii", "ascii"):
        return decode(data, url, html=True)
    try:
        return decode(data.decode(charset, errors="replace"), url)
    except LookupError:
        return decode(data, url, html=True)


def fetch_briefing(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> Briefing:
    """The page at ``url`` read as an HTML briefing, its address kept as its URL."""
    doc = read_text(fetch(url, timeout=timeout, max_bytes=max_bytes), source=url, fmt="html")
    return doc if doc.meta.url else replace(doc, meta=replace(doc.meta, url=url))
