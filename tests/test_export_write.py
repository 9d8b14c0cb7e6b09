"""write_export: atomic, never clobbers without force, leaves nothing behind on failure.

Tests run as root, so a read-only directory would not stop a write; failures are forced with a
parent that is a file or a directory that does not exist.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

from briefing.errors import BriefingError
from briefing.export import atomic, write_export


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


def test_writes_new_file_with_content_and_ordinary_mode(tmp_path: Path) -> None:
    target = tmp_path / "summary.txt"
    write_export(target, "héllo\n")
    assert target.read_bytes() == "héllo\n".encode()
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    assert _leftovers(tmp_path) == []


def test_refuses_existing_file_and_leaves_it_untouched(tmp_path: Path) -> None:
    target = tmp_path / "summary.txt"
    target.write_text("keep me")
    with pytest.raises(BriefingError) as caught:
        write_export(target, "new")
    assert str(caught.value) == f"cannot write {target}: already exists; use --force to overwrite"
    assert caught.value.action == "write"
    assert target.read_text() == "keep me"
    assert _leftovers(tmp_path) == []


def test_force_replaces_and_keeps_the_mode(tmp_path: Path) -> None:
    target = tmp_path / "summary.txt"
    target.write_text("old")
    target.chmod(0o640)
    write_export(target, "new", force=True)
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert _leftovers(tmp_path) == []


def test_refuses_dangling_symlink_without_force(tmp_path: Path) -> None:
    target = tmp_path / "link.txt"
    target.symlink_to(tmp_path / "nowhere")
    with pytest.raises(BriefingError, match="already exists"):
        write_export(target, "x")
    assert not (tmp_path / "nowhere").exists()


def test_file_appearing_after_the_check_is_not_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The final step is a hard link, which fails if another process created the name meanwhile."""
    target = tmp_path / "race.txt"
    real_mkstemp = atomic.tempfile.mkstemp

    def mkstemp_then_race(**kwargs: Any) -> tuple[int, str]:
        result = real_mkstemp(**kwargs)
        target.write_text("theirs")
        return result

    monkeypatch.setattr(atomic.tempfile, "mkstemp", mkstemp_then_race)
    with pytest.raises(BriefingError, match="already exists"):
        write_export(target, "ours")
    assert target.read_text() == "theirs"
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("force", [False, True])
def test_parent_is_a_file(tmp_path: Path, force: bool) -> None:
    blocker = tmp_path / "plain-file"
    blocker.write_text("x")
    with pytest.raises(BriefingError) as caught:
        write_export(blocker / "out.txt", "x", force=force)
    assert caught.value.action == "write"
    assert "not a directory" in caught.value.reason
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain-file"]


def test_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(BriefingError, match="no such directory"):
        write_export(tmp_path / "missing" / "out.txt", "x")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("force", [False, True])
def test_directory_target(tmp_path: Path, force: bool) -> None:
    with pytest.raises(BriefingError, match="is a directory"):
        write_export(tmp_path, "x", force=force)
    assert list(tmp_path.iterdir()) == []


def test_failure_while_writing_removes_the_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full_disk)
    target = tmp_path / "out.txt"
    target.write_text("old")
    with pytest.raises(BriefingError, match="no space left on device"):
        write_export(target, "new", force=True)
    assert target.read_text() == "old"
    assert _leftovers(tmp_path) == []


def test_filesystem_without_hard_links_still_refuses_to_clobber(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(src: str, dst: object) -> None:
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(atomic.os, "link", no_links)
    target = tmp_path / "out.txt"
    write_export(target, "first")
    assert target.read_text() == "first"
    assert _leftovers(tmp_path) == []


def test_writes_content_given_in_pieces_as_they_come(tmp_path: Path) -> None:
    target = tmp_path / "summary.json"
    write_export(target, iter(["{", '"é": ', '"\udc80"', "}\n"]))
    assert target.read_bytes() == '{"é": "?"}\n'.encode()
    assert _leftovers(tmp_path) == []


def test_a_failing_piece_leaves_nothing_behind(tmp_path: Path) -> None:
    def pieces():
        yield "half"
        raise RuntimeError("renderer failed")

    with pytest.raises(RuntimeError):
        write_export(tmp_path / "out.json", pieces())
    assert list(tmp_path.iterdir()) == []
