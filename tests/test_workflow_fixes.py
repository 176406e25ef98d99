"""``--fix`` and ``--diff`` from the real command line: what they change, what they never touch."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from narrlint.engine.linter import LintResult
from narrlint.input.source import SourceText
from narrlint.model import Edit, Finding, Fix, Position, Severity
from narrlint.output.fixes import (
    FixedFile,
    apply_edits,
    choose_fixes,
    fix_source,
    write_atomic,
    write_fixed,
)

from .conftest import RURITANIA, run_cli

HEAD = "---\ndate: 2023-01-01\n---\n"
STALE = "Interim Finance Minister Anna Vogel says the deficit is falling."
FIXED = "Former interim Finance Minister Anna Vogel says the deficit is falling."
MIDDLE = "In Strelsau, Interim Finance Minister Anna Vogel spoke."
MIDDLE_FIXED = "In Strelsau, former interim Finance Minister Anna Vogel spoke."
DRAFT = HEAD + STALE + "\n\n" + MIDDLE + "\n"
DRAFT_FIXED = HEAD + FIXED + "\n\n" + MIDDLE_FIXED + "\n"
CORPUS = ("--no-seeds", "--corpus", str(RURITANIA))


def finding_with(*edits: Edit, code: str = "XX101", message: str = "m") -> Finding:
    start = Position(1, 1)
    fix = Fix("f", edits)
    return Finding("d.md", start, start, code, "x", Severity.ERROR, message, "", fix=fix)


def test_edits_apply_on_original_offsets() -> None:
    text = "ab\r\ncd\r\n"
    assert apply_edits(text, [Edit(4, 5, "C"), Edit(0, 0, ">")]) == ">ab\r\nCd\r\n"


def test_overlapping_fixes_wait_and_duplicates_apply_once() -> None:
    first = finding_with(Edit(0, 5, "x"))
    overlapping = finding_with(Edit(3, 8, "y"))
    adjacent = finding_with(Edit(5, 6, "z"))
    same_point_a = finding_with(Edit(10, 10, "p"))
    same_point_b = finding_with(Edit(10, 10, "q"))
    inside = finding_with(Edit(20, 30, "r"))
    insertion_inside = finding_with(Edit(25, 25, "s"))
    duplicate = finding_with(Edit(0, 5, "x"))
    chosen = choose_fixes(
        [overlapping, first, adjacent, same_point_a, same_point_b, inside, insertion_inside,
         duplicate]
    )  # fmt: skip
    assert [fix.edits for fix in chosen] == [
        (Edit(0, 5, "x"),),
        (Edit(5, 6, "z"),),
        (Edit(10, 10, "p"),),
        (Edit(20, 30, "r"),),
    ]
    self_overlapping = finding_with(Edit(0, 4, "a"), Edit(2, 6, "b"))
    assert choose_fixes([self_overlapping]) == []


def _greedy_reference(findings: list[Finding]) -> list[Fix]:
    """The rule choose_fixes implements, written the obvious quadratic way."""

    def overlap(a: Edit, b: Edit) -> bool:
        if a.start == b.start or max(a.start, b.start) < min(a.end, b.end):
            return True
        return any(x.start == x.end and y.start < x.start < y.end for x, y in ((a, b), (b, a)))

    candidates, seen = [], set()
    for finding in findings:
        edits = tuple(sorted(finding.fix.edits, key=lambda e: (e.start, e.end)))
        if edits not in seen:
            seen.add(edits)
            candidates.append((edits, finding.fix))
    candidates.sort(key=lambda item: (item[0][0].start, item[0][-1].end))
    chosen, taken = [], []
    for edits, fix in candidates:
        pairs = [(a, b) for i, a in enumerate(edits) for b in edits[i + 1 :]]
        if any(overlap(a, b) for a, b in pairs) or any(overlap(a, b) for a in edits for b in taken):
            continue
        chosen.append(fix)
        taken.extend(edits)
    return chosen


def test_many_fixes_are_chosen_exactly() -> None:
    """8,000 fixes (it was quadratic: 25 s): per ten characters a replacement, an overlapping
    one, an insertion inside it, an adjacent insertion and a two-edit fix reaching into it;
    only the replacement and the adjacent insertion apply."""
    findings = []
    for i in range(1600):
        base = 10 * i
        findings += [
            finding_with(Edit(base + 3, base + 8, "o")),
            finding_with(Edit(base, base + 5, "r")),
            finding_with(Edit(base + 2, base + 2, "i")),
            finding_with(Edit(base + 5, base + 5, "a")),
            finding_with(Edit(base + 7, base + 7, "t"), Edit(base + 4, base + 6, "u")),
        ]
    chosen = choose_fixes(findings)
    expected = []
    for i in range(1600):
        expected += [(Edit(10 * i, 10 * i + 5, "r"),), (Edit(10 * i + 5, 10 * i + 5, "a"),)]
    assert [fix.edits for fix in chosen] == expected


def test_random_fixes_are_chosen_as_the_pairwise_rule_says() -> None:
    import random

    rng = random.Random(14)
    for _ in range(40):
        findings = []
        for _ in range(rng.randint(1, 120)):
            edits = []
            for _ in range(rng.choice((1, 1, 1, 2, 3))):
                start = rng.randint(0, 200)
                edits.append(Edit(start, start + rng.choice((0, 0, 1, 2, 5, 20)), "x"))
            findings.append(finding_with(*edits))
        chosen = choose_fixes(findings)
        assert [f.edits for f in chosen] == [f.edits for f in _greedy_reference(findings)]


class FutileFixSession:
    """Reports "bad" with a fix that replaces it, and on every run findings whose fix (insert
    "former " at the start) never makes them go away, as a rule with a bug would; ``twins``
    findings share that one remedy (applied once for all of them, and taken back for all of
    them in one pass: one twin per pass would use up the passes before "bad" is fixed)."""

    def __init__(self, twins: int = 1) -> None:
        self.twins = twins

    def lint_source(self, source: SourceText, path: str) -> LintResult:
        findings = [
            finding_with(Edit(0, 0, "former "), message=f"stale {n}") for n in range(self.twins)
        ]
        at = source.text.find("bad")
        if at >= 0:
            findings.append(finding_with(Edit(at, at + 3, "good"), code="XX102", message="bad"))
        return LintResult(path, findings, source=source)


@pytest.mark.parametrize("twins", [1, 5])
def test_a_fix_that_does_not_fix_its_finding_is_taken_back(twins: int) -> None:
    session = FutileFixSession(twins)
    fixed = fix_source(session, SourceText("a bad day"), "d.md")  # type: ignore[arg-type]
    assert fixed.text == "a good day"
    assert fixed.applied == 1
    assert [f.code for f in fixed.result.findings] == ["XX101"] * twins
    again = fix_source(session, SourceText(fixed.text), "d.md")  # type: ignore[arg-type]
    assert again.text == fixed.text and again.applied == 0


def test_a_title_s_fix_goes_before_its_own_qualifier(tmp_path: Path) -> None:
    # Found by fuzzing: with no "and" between two qualified titles, the second title's
    # qualifier walk ran back over the first title to its "Interim", so "former" went in front
    # of the wrong title (and, on the seed ledger, the finding stayed and every pass added one
    # more "former").
    draft = tmp_path / "d.md"
    body = "Interim Mayor Jon Smyth interim Finance Minister Anna Vogel speak today.\n"
    draft.write_text(HEAD + body, encoding="utf-8")
    run_cli("--fix", *CORPUS, str(draft))
    once = draft.read_text(encoding="utf-8")
    assert once == HEAD + body.replace("interim Finance", "former interim Finance")
    run_cli("--fix", *CORPUS, str(draft))
    assert draft.read_text(encoding="utf-8") == once


@pytest.fixture
def drafts(tmp_path: Path) -> Path:
    (tmp_path / "stale.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "clean.md").write_text(HEAD + "The deficit is falling.\n", encoding="utf-8")
    return tmp_path


def snapshot(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_mode)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def test_lint_and_diff_never_touch_files(drafts: Path) -> None:
    before = snapshot(drafts)
    assert run_cli(*CORPUS, ".", cwd=drafts).code == 1
    run = run_cli(*CORPUS, "--diff", ".", cwd=drafts)
    assert run.code == 1, run.stderr
    assert snapshot(drafts) == before
    assert run.stdout.startswith("--- a/stale.md\n+++ b/stale.md\n@@ ")
    assert f"-{STALE}\n+{FIXED}\n" in run.stdout
    assert "would change 1 file" in run.stderr
    # The diff is a real patch: git applies it and gets what --fix writes.
    subprocess.run(["git", "apply", "-"], input=run.stdout, text=True, cwd=drafts, check=True)
    assert (drafts / "stale.md").read_text(encoding="utf-8") == DRAFT_FIXED
    assert run_cli(*CORPUS, "--diff", "clean.md", cwd=drafts).code == 0


def test_fix_rewrites_reports_what_remains_and_is_idempotent(drafts: Path) -> None:
    run = run_cli(*CORPUS, "--fix", ".", cwd=drafts)
    assert run.code == 0, run.stdout + run.stderr
    assert "applied 2 fixes to 1 file" in run.stderr
    assert run.stdout.strip() == "0 findings in 2 files"
    assert (drafts / "stale.md").read_text(encoding="utf-8") == DRAFT_FIXED
    before = snapshot(drafts)
    again = run_cli(*CORPUS, "--fix", ".", cwd=drafts)
    assert again.code == 0 and "applied 0 fixes to 0 files" in again.stderr
    assert snapshot(drafts) == before
    leftovers = [p.name for p in drafts.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_fix_keeps_line_endings_bom_and_mode(tmp_path: Path) -> None:
    crlf = tmp_path / "crlf.md"
    crlf.write_bytes(DRAFT.replace("\n", "\r\n").encode())
    os.chmod(crlf, 0o640)
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + (HEAD + STALE + "\rNext line.\r").encode())
    run = run_cli(*CORPUS, "--fix", "crlf.md", "bom.txt", cwd=tmp_path)
    assert run.code == 0, run.stdout + run.stderr
    assert crlf.read_bytes() == DRAFT_FIXED.replace("\n", "\r\n").encode()
    assert crlf.stat().st_mode & 0o777 == 0o640
    assert bom.read_bytes() == b"\xef\xbb\xbf" + (HEAD + FIXED + "\rNext line.\r").encode()


def test_fix_never_writes_through_a_symlink_out_of_the_tree(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    tree = tmp_path / "tree"
    outside.mkdir()
    tree.mkdir()
    (outside / "target.md").write_text(DRAFT, encoding="utf-8")
    (tree / "link.md").symlink_to(outside / "target.md")
    (tree / "own.md").write_text(DRAFT, encoding="utf-8")
    (tree / "inner-link.md").symlink_to(tree / "own.md")
    run = run_cli(*CORPUS, "--fix", "tree", cwd=tmp_path)
    assert (outside / "target.md").read_text(encoding="utf-8") == DRAFT
    assert "tree/link.md: not fixed: it is a symlink to" in run.stderr
    assert run.code == 1  # link.md's findings remain
    # A link inside the tree is followed: the target is fixed, the link stays a link.
    assert (tree / "inner-link.md").is_symlink()
    assert (tree / "own.md").read_text(encoding="utf-8") == DRAFT_FIXED


def test_fix_refuses_stdin_but_diff_reads_it(tmp_path: Path) -> None:
    run = run_cli(*CORPUS, "--fix", "-", stdin=DRAFT, cwd=tmp_path)
    assert run.code == 2 and "--fix cannot rewrite stdin" in run.stderr
    run = run_cli(*CORPUS, "--diff", "--stdin-filename", "piped.md", "-", stdin=DRAFT, cwd=tmp_path)
    assert run.code == 1 and "+++ b/piped.md" in run.stdout


def test_unused_suppression_is_fixed_away(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(HEAD + "<!-- narrlint-disable NL401 -->\nNo titles.\n", encoding="utf-8")
    run = run_cli(*CORPUS, "--report-unused-suppressions", "--fix", "draft.md", cwd=tmp_path)
    assert run.code == 0, run.stdout + run.stderr
    assert draft.read_text(encoding="utf-8") == HEAD + "No titles.\n"


def test_write_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "draft.md"
    path.write_text("old\n", encoding="utf-8")

    def crash(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        write_atomic(str(path), b"new\n")
    assert path.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["draft.md"]


def test_a_file_changed_since_it_was_linted_is_not_written(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text("edited in the editor meanwhile\n", encoding="utf-8")
    fixed = FixedFile(str(path), SourceText("as linted\n"), "fixed\n", 1, None)  # type: ignore[arg-type]
    assert write_fixed(fixed, [str(tmp_path)]) == "the file changed on disk since it was linted"
    assert path.read_text() == "edited in the editor meanwhile\n"


ENDINGS = {
    "lf": DRAFT,
    "crlf": DRAFT.replace("\n", "\r\n"),
    "cr": DRAFT.replace("\n", "\r"),  # old Mac
    "mixed": DRAFT.replace("\n", "\r", 2),
    "cr-no-final-newline": DRAFT.replace("\n", "\r").rstrip("\r"),
    "form-feed-and-line-separator": DRAFT.replace("\n\n", "\x0c\n\n").replace("says", "says\u2028"),
}


@pytest.mark.parametrize("ending", ENDINGS)
def test_the_diff_applies_with_patch_and_git_whatever_the_line_endings(tmp_path, ending):
    """Robustness probe D16: the hunk lines of a CR-only file each ended in a bare CR, so the
    whole hunk was one line for ``patch`` (and ``git apply``), which refused it. Lines are split
    where patch splits them (at LF only): applied, the diff gives exactly what --fix writes."""
    draft = tmp_path / "d.md"
    draft.write_bytes(ENDINGS[ending].encode())
    # bytes as printed: run_cli's text mode would turn every CR into LF
    narrlint = [sys.executable, "-m", "narrlint", *CORPUS]
    diff = subprocess.run([*narrlint, "--diff", "d.md"], cwd=tmp_path, capture_output=True)
    assert diff.returncode == 1, diff.stderr
    assert run_cli(*CORPUS, "--fix", "-q", "d.md", cwd=tmp_path).code == 0
    fixed = draft.read_bytes()
    assert fixed != ENDINGS[ending].encode()
    for command in (["patch", "-s", "-p1"], ["git", "apply", "-p1", "-"]):
        draft.write_bytes(ENDINGS[ending].encode())
        subprocess.run(command, input=diff.stdout, cwd=tmp_path, check=True)
        assert draft.read_bytes() == fixed, command
