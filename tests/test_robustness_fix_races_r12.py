"""``--fix`` on a draft written in place (hard links, another owner) against an editor's save.

Robustness round 12. A draft with hard links is overwritten in its own inode (r9). Its last
compare read the draft by name, and the write then opened the draft by name again: an editor's
save renamed over the draft between the two was overwritten by the fix made for the older text,
and the save was lost (the backup, of the older text, removed too). The compare and the write
now go through one handle, and the name is checked to still be that file: the save wins.
"""

from __future__ import annotations

import os
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


def _save_by_rename(draft: Path, text: str) -> None:
    other = draft.with_name("editor.tmp")
    other.write_text(text, encoding="utf-8")
    os.replace(other, draft)


def _save_after_compare(monkeypatch: pytest.MonkeyPatch, draft: Path, number: int) -> None:
    """The editor saves (by rename) right after ``atomic``'s ``number``-th compare by name."""
    real = atomic._unchanged
    calls: list[str] = []

    def unchanged(path: str, expected: bytes | None) -> None:
        calls.append(path)
        real(path, expected)
        if len(calls) == number + 1:
            _save_by_rename(draft, SAVED)

    monkeypatch.setattr(atomic, "_unchanged", unchanged)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".narrlint"))


def test_a_save_renamed_over_a_hard_linked_draft_after_the_compare_wins(tmp_path, monkeypatch):
    desk = tmp_path / "desk"
    desk.mkdir()
    draft = desk / "story.md"
    draft.write_text(LINTED, encoding="utf-8")
    os.link(draft, tmp_path / "shared-story.md")
    _save_after_compare(monkeypatch, draft, 0)
    assert write_fixed(_fixed(draft), [str(desk)]) == atomic.CHANGED
    assert draft.read_text(encoding="utf-8") == SAVED
    assert _leftovers(desk) == []


def test_a_save_renamed_over_a_draft_of_another_owner_after_the_compare_wins(tmp_path, monkeypatch):
    """The same window where a new file could not keep the draft's owner (written in place)."""
    draft = tmp_path / "story.md"
    draft.write_text(LINTED, encoding="utf-8")
    monkeypatch.setattr(atomic, "_same_owner", lambda temporary, info: False)
    _save_after_compare(monkeypatch, draft, 0)
    assert write_fixed(_fixed(draft), [str(tmp_path)]) == atomic.CHANGED
    assert draft.read_text(encoding="utf-8") == SAVED
    assert _leftovers(tmp_path) == []


def test_with_no_save_the_hard_linked_draft_is_fixed_under_every_name(tmp_path):
    draft = tmp_path / "story.md"
    draft.write_text(LINTED, encoding="utf-8")
    shared = tmp_path / "shared-story.md"
    os.link(draft, shared)
    assert write_fixed(_fixed(draft), [str(tmp_path)]) is None
    assert draft.read_text(encoding="utf-8") == FIXED
    assert shared.read_text(encoding="utf-8") == FIXED
    assert _leftovers(tmp_path) == []
