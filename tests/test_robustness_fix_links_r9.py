"""Robustness r9 hole 3: ``--fix`` keeps a draft's hard links, owner and permissions.

``--fix`` wrote the new text to a temporary file and renamed it over the draft: for a draft
with hard links (a desk's shared copy, a backup tool's snapshot) the other names kept the old
text, and a draft owned by another user (root fixing a writer's file) changed owner. Such a
draft is now overwritten in place, as editors do, still safely: the old text goes to a backup
on disk first, is put back if the write fails, and the backup is removed once the new text is
on disk.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

import pytest

from narrlint.output import atomic
from narrlint.output.atomic import write_atomic

from .conftest import run_cli
from .test_workflow_fixes import CORPUS, DRAFT, DRAFT_FIXED


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".narrlint"))


def test_fix_on_a_hard_linked_draft_updates_every_name(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    desk.mkdir()
    draft = desk / "story.md"
    draft.write_text(DRAFT, encoding="utf-8")
    os.chmod(draft, 0o640)
    shared = tmp_path / "shared-story.md"
    os.link(draft, shared)
    inode = draft.stat().st_ino
    run = run_cli(*CORPUS, "--fix", "desk", cwd=tmp_path)
    assert run.code == 0, run.stdout + run.stderr
    assert draft.read_text(encoding="utf-8") == DRAFT_FIXED
    assert shared.read_text(encoding="utf-8") == DRAFT_FIXED  # the link was not broken
    assert (draft.stat().st_ino, draft.stat().st_nlink) == (inode, 2)
    assert draft.stat().st_mode & 0o777 == 0o640
    assert _leftovers(desk) == []


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root")
def test_a_draft_owned_by_another_user_keeps_its_owner(tmp_path: Path) -> None:
    draft = tmp_path / "story.md"
    draft.write_text("old\n", encoding="utf-8")
    os.chown(draft, 4321, 4321)
    write_atomic(str(draft), b"new\n")
    assert draft.read_bytes() == b"new\n"
    assert (draft.stat().st_uid, draft.stat().st_gid) == (4321, 4321)
    assert _leftovers(tmp_path) == []


def test_an_owner_that_cannot_be_given_to_a_new_file_means_writing_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = tmp_path / "story.md"
    draft.write_text("old\n", encoding="utf-8")
    inode = draft.stat().st_ino
    monkeypatch.setattr(atomic, "_same_owner", lambda temporary, info: False)
    write_atomic(str(draft), b"new\n")
    assert draft.read_bytes() == b"new\n"
    assert draft.stat().st_ino == inode
    assert _leftovers(tmp_path) == []


def test_a_failed_write_in_place_puts_the_old_text_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = tmp_path / "story.md"
    draft.write_text("old text\n", encoding="utf-8")
    os.link(draft, tmp_path / "other.md")
    real = atomic._overwrite
    calls: list[bytes] = []

    def disk_full_once(out: BinaryIO, data: bytes) -> None:
        calls.append(data)
        if len(calls) == 1:
            out.seek(0)  # half of the new text, then the disk is full
            out.write(data[: len(data) // 2])
            out.flush()
            raise OSError(28, "No space left on device")
        real(out, data)

    monkeypatch.setattr(atomic, "_overwrite", disk_full_once)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(str(draft), b"a much longer new text\n")
    assert draft.read_bytes() == b"old text\n"
    assert (tmp_path / "other.md").read_bytes() == b"old text\n"
    assert _leftovers(tmp_path) == []


def test_when_the_old_text_cannot_be_put_back_the_error_names_the_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = tmp_path / "story.md"
    draft.write_text("old text\n", encoding="utf-8")
    os.link(draft, tmp_path / "other.md")

    def broken_disk(out: BinaryIO, data: bytes) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(atomic, "_overwrite", broken_disk)
    with pytest.raises(OSError) as raised:
        write_atomic(str(draft), b"new\n")
    (backup,) = _leftovers(tmp_path)
    assert backup in str(raised.value) and "Input/output error" in str(raised.value)
    assert (tmp_path / backup).read_bytes() == b"old text\n"
