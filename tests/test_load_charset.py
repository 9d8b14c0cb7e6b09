"""A saved HTML page that is not UTF-8 is read in the charset its ``<meta>`` declares, as a
browser reads it; text files and undeclared or bogus charsets are still refused clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import BriefingError
from briefing.load import read
from briefing.load.decode import declared_charset

PAGE = (
    "<html><head>{meta}<title>Caf\u00e9 news</title></head><body><article><h1>Caf\u00e9 opens"
    "</h1><p>The caf\u00e9 on the quay opened on Monday \u2013 with a long queue outside the "
    "door and music until late.</p></article></body></html>"
)


@pytest.mark.parametrize(
    ("meta", "encoding"),
    [
        ('<meta charset="windows-1252">', "cp1252"),
        ('<meta charset="ISO-8859-1">', "cp1252"),  # read as windows-1252, as browsers do
        ("<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-15'>", "iso8859-15"),
    ],
)
def test_a_declared_charset_is_honoured(tmp_path: Path, meta: str, encoding: str) -> None:
    path = tmp_path / "page.html"
    text = PAGE.format(meta=meta)
    if encoding == "iso8859-15":
        text = text.replace("\u2013", "-")  # not in ISO-8859-15
    path.write_bytes(text.encode(encoding))
    doc = read(path)
    assert doc.title == "Café opens"
    assert "The café on the quay opened on Monday" in doc.text


@pytest.mark.parametrize(
    ("meta", "name"),
    [
        ("", "page.html"),  # nothing declared
        ('<meta charset="utf-8">', "page.html"),  # declared UTF-8 but is not
        ('<meta charset="base64">', "page.html"),  # a codec, but not a text encoding
        ('<meta charset="no-such-charset">', "page.html"),
        ('<meta charset="windows-1252">', "page.txt"),  # only HTML pages declare charsets
    ],
)
def test_undeclared_or_unusable_charsets_are_refused(tmp_path: Path, meta: str, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(PAGE.format(meta=meta).encode("cp1252"))
    with pytest.raises(BriefingError, match="not valid UTF-8"):
        read(path)


def test_the_declaration_is_looked_for_near_the_start_only() -> None:
    late = b"<html>" + b" " * 4096 + b'<meta charset="koi8-r">'
    assert declared_charset(late) is None
    assert declared_charset(b'<meta charset="KOI8-R">') == "koi8-r"
    assert declared_charset(b'<meta charset="utf-16">') is None
