"""Small invented briefings for the collection tests: a transcript and two news stories."""

from __future__ import annotations

from pathlib import Path

TRANSCRIPT = """---
title: Harbour briefing
date: 2024-03-02
---

MS. LEE: Good morning. The new harbour quay opens to ferries on Monday after two years of work.

Q: Will the ferries run every day?

MS. LEE: The ferries will run every hour from six in the morning.

MR. OKAFOR: We are ready for the first boats and the crews are trained.
"""

NEWS = """---
title: Quay finished
date: 2024-03-05
---

The harbour minister spoke on Tuesday. “The quay is finished and the boats can come,” said \
Jane Lee, the harbour minister.

Tom Okafor, the port director, added: “Every crew has been trained for the new berths.”
"""

OLDER = """Ferry Plans Approved

February 20, 2024

The council approved the ferry plans on Tuesday after a long debate about the costs of the \
new quay and the timetable for the first boats.

“We have waited a long time for this,” said Tom Okafor, the port director.
"""


def write_folder(folder: Path) -> dict[str, Path]:
    """Three good briefings, a binary file, a hidden one, a non-briefing and a sub-folder."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "transcript": folder / "a_briefing.md",
        "news": folder / "b_news.md",
        "older": folder / "c_older.txt",
        "binary": folder / "d_broken.txt",
    }
    files["transcript"].write_text(TRANSCRIPT, encoding="utf-8")
    files["news"].write_text(NEWS, encoding="utf-8")
    files["older"].write_text(OLDER, encoding="utf-8")
    files["binary"].write_bytes(b"\x00\x01\x02 not text")
    (folder / ".hidden.md").write_text(NEWS, encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    (folder / "sub").mkdir(exist_ok=True)
    (folder / "sub" / "deeper.md").write_text(NEWS.replace("Quay", "Berth"), encoding="utf-8")
    return files
