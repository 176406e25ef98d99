"""``--fix`` against another writer: an editor's save or a second ``narrlint --fix`` wins.

Robustness probe r10 (hole 3 of the brief): ``--fix`` compared the file with the linted bytes
once, then wrote a temporary file, flushed it to disk and renamed it over the draft; a save
that landed between the compare and the rename (the flush takes milliseconds, more on a busy
disk) was silently replaced, and two ``--fix`` runs that had both compared wrote in turn.
Now the bytes are compared again right before the replacement, while holding an exclusive
lock on the folder that every ``--fix`` takes: the other writer's text stays, the draft is
reported ``not fixed: the file changed on disk since it was linted``.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from narrlint.input.source import SourceText
from narrlint.output import atomic
from narrlint.output.fixes import FixedFile, write_fixed

LINTED = "Interim Finance Minister Anna Vogel spoke.\n"
FIXED = "Former interim Finance Minister Anna Vogel spoke.\n"
SAVED = "Interim Finance Minister Anna Vogel spoke today, the editor wrote.\n"


def _fixed(path: Path) -> FixedFile:
    return FixedFile(str(path), SourceText(LINTED), FIXED, 1, None)  # type: ignore[arg-type]


def _editor_saves_during_the_first_flush(monkeypatch: pytest.MonkeyPatch, draft: Path) -> None:
    """The editor saves (by rename, as most do) while narrlint flushes its first file."""
    real = os.fsync
    calls = []

    def fsync(fd: int) -> None:
        real(fd)
        if not calls:
            calls.append(fd)
            other = draft.with_name("editor.tmp")
            other.write_text(SAVED, encoding="utf-8")
            os.replace(other, draft)

    monkeypatch.setattr(os, "fsync", fsync)


def _others(folder: Path, draft: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != draft.name)


def test_an_editor_save_while_the_fix_is_flushed_wins(tmp_path, monkeypatch):
    draft = tmp_path / "story.md"
    draft.write_text(LINTED, encoding="utf-8")
    _editor_saves_during_the_first_flush(monkeypatch, draft)
    assert write_fixed(_fixed(draft), [str(tmp_path)]) == atomic.CHANGED
    assert draft.read_text(encoding="utf-8") == SAVED
    assert _others(tmp_path, draft) == []


def test_an_editor_save_while_the_backup_of_a_linked_draft_is_flushed_wins(tmp_path, monkeypatch):
    """A hard-linked draft is written in place after a backup: a save in place meanwhile."""
    draft = tmp_path / "story.md"
    draft.write_text(LINTED, encoding="utf-8")
    os.link(draft, tmp_path / "shared.md")
    real = os.fsync
    calls = []

    def fsync(fd: int) -> None:
        real(fd)
        if not calls:
            calls.append(fd)
            draft.write_text(SAVED, encoding="utf-8")  # in place: both names see it

    monkeypatch.setattr(os, "fsync", fsync)
    assert write_fixed(_fixed(draft), [str(tmp_path)]) == atomic.CHANGED
    assert (tmp_path / "shared.md").read_text(encoding="utf-8") == SAVED
    assert _others(tmp_path, draft) == ["shared.md"]


def test_a_second_fix_waits_for_the_first_and_leaves_its_work(tmp_path):
    """Another ``--fix`` holds the folder's lock while it rewrites the draft; this one, which
    linted the same old text, waits, then finds the draft changed and leaves it."""
    draft = tmp_path / "story.md"
    draft.write_text(LINTED, encoding="utf-8")
    outcome: list[str | None] = []
    with atomic._folder_lock(str(tmp_path)):
        worker = threading.Thread(
            target=lambda: outcome.append(write_fixed(_fixed(draft), [str(tmp_path)]))
        )
        worker.start()
        time.sleep(0.5)
        assert draft.read_text(encoding="utf-8") == LINTED and not outcome  # it waits
        draft.write_text(FIXED.replace("Former", "former"), encoding="utf-8")  # the other's
    worker.join(10)
    assert outcome == [atomic.CHANGED]
    assert draft.read_text(encoding="utf-8") == FIXED.replace("Former", "former")


def test_a_lock_held_too_long_leaves_the_draft_unfixed_with_a_reason(tmp_path, monkeypatch):
    draft = tmp_path / "story.md"
    draft.write_text(LINTED, encoding="utf-8")
    monkeypatch.setattr(atomic, "LOCK_WAIT", 0.2)
    outcome: list[str | None] = []
    with atomic._folder_lock(str(tmp_path)):
        worker = threading.Thread(
            target=lambda: outcome.append(write_fixed(_fixed(draft), [str(tmp_path)]))
        )
        worker.start()
        worker.join(10)
    assert outcome and "held the lock on" in str(outcome[0])
    assert draft.read_text(encoding="utf-8") == LINTED
    assert _others(tmp_path, draft) == []


def test_an_unchanged_draft_is_still_fixed(tmp_path):
    draft = tmp_path / "story.md"
    draft.write_text(LINTED, encoding="utf-8")
    assert write_fixed(_fixed(draft), [str(tmp_path)]) is None
    assert draft.read_text(encoding="utf-8") == FIXED
    assert _others(tmp_path, draft) == []
