"""Importing ``briefing`` stays cheap: format libraries load with the reader that needs them."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("yaml", "markdown_it", "lxml", "trafilatura", "textual")


def _loaded_after(code: str) -> list[str]:
    probe = f"import sys; {code}; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    return result.stdout.split()


def test_import_briefing_loads_no_format_library() -> None:
    assert _loaded_after("import briefing") == []


def test_plain_text_needs_no_format_library() -> None:
    assert _loaded_after("import briefing; briefing.read_text('Title\\n\\nSome words.')") == []


def test_markdown_reader_loads_markdown_it() -> None:
    code = "import briefing; briefing.read_text('# T\\n\\nWords.', fmt='markdown')"
    assert _loaded_after(code) == ["markdown_it"]
