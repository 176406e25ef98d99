"""``--write-baseline`` and ``--baseline`` from the command line: old findings stay hidden when
lines move, new ones (even a second copy of an old one) are reported."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from narrlint.model import Finding, Position, Severity
from narrlint.output.baseline import Baseline, Entry, context_hash

from .conftest import RURITANIA, run_cli

HEAD = "---\ndate: 2023-01-01\n---\n"
STALE = "Interim Finance Minister Anna Vogel says the deficit is falling."
OTHER = "On Monday, Interim Finance Minister Anna Vogel opened the bridge."
CORPUS = ("--no-seeds", "--corpus", str(RURITANIA))


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    stories = tmp_path / "stories"
    stories.mkdir()
    (stories / "a.md").write_text(HEAD + STALE + "\n\n" + OTHER + "\n", encoding="utf-8")
    (stories / "b.md").write_text(HEAD + STALE + "\n", encoding="utf-8")
    run = run_cli(*CORPUS, "--write-baseline", "narrlint-baseline.json", "stories", cwd=tmp_path)
    assert run.code == 0, run.stderr
    assert run.stdout == ""
    assert "recorded 3 findings in narrlint-baseline.json" in run.stderr
    return tmp_path


def lint(folder: Path, *args: str):
    return run_cli(*CORPUS, "--format", "json", *args, cwd=folder)


def test_baseline_file_is_sorted_portable_json(archive: Path) -> None:
    data = json.loads((archive / "narrlint-baseline.json").read_text(encoding="utf-8"))
    assert data["narrlint_baseline"] == 1
    rows = data["findings"]
    assert [(r["path"], r["code"], r["excerpt"], r["count"]) for r in rows] == [
        ("stories/a.md", "NL401", "Interim Finance Minister Anna Vogel", 1),
        ("stories/a.md", "NL401", "Interim Finance Minister Anna Vogel", 1),
        ("stories/b.md", "NL401", "Interim Finance Minister Anna Vogel", 1),
    ]
    assert rows[0]["context"] != rows[1]["context"]  # same words, different surroundings
    assert all(r["message"].startswith('Write "former interim Finance Minister"') for r in rows)
    assert [p.name for p in archive.iterdir() if p.name.startswith(".")] == []


def test_baseline_hides_recorded_findings_from_any_directory(archive: Path) -> None:
    run = lint(archive, "--baseline", "narrlint-baseline.json", "stories")
    assert run.code == 0 and run.json()["findings"] == []
    assert "3 findings in the baseline" in run.stderr
    inside = lint(archive / "stories", "--baseline", "../narrlint-baseline.json", ".")
    assert inside.code == 0 and inside.json()["findings"] == [], inside.stderr
    absolute = lint(
        archive / "stories", "--baseline", str(archive / "narrlint-baseline.json"), "a.md"
    )
    assert absolute.code == 0, absolute.stdout


def test_moving_lines_and_rewrapping_keep_findings_hidden(archive: Path) -> None:
    moved = (
        HEAD
        + "# A new headline\n\nA new first paragraph.\n\n"
        + OTHER.replace(" opened", "\nopened")
        + "\n\n"
        + STALE
        + "\n"
    )
    (archive / "stories" / "a.md").write_text(moved, encoding="utf-8")
    run = lint(archive, "--baseline", "narrlint-baseline.json", "stories")
    assert run.code == 0, run.stdout


def test_a_second_copy_of_an_old_finding_is_new(archive: Path) -> None:
    path = archive / "stories" / "b.md"
    path.write_text(path.read_text() + "\nLater: " + STALE + "\n", encoding="utf-8")
    run = lint(archive, "--baseline", "narrlint-baseline.json", "stories")
    assert run.code == 1
    (finding,) = run.json()["findings"]
    assert (finding["path"], finding["line"]) == ("stories/b.md", 6)


def test_an_edited_sentence_keeps_its_finding_hidden(archive: Path) -> None:
    path = archive / "stories" / "b.md"
    path.write_text(path.read_text().replace("is falling", "fell sharply"), encoding="utf-8")
    assert lint(archive, "--baseline", "narrlint-baseline.json", "stories").code == 0


def test_new_files_and_codes_are_reported(archive: Path) -> None:
    (archive / "stories" / "c.md").write_text(HEAD + STALE + "\n", encoding="utf-8")
    run = lint(archive, "--baseline", "narrlint-baseline.json", "stories")
    assert [f["path"] for f in run.json()["findings"]] == ["stories/c.md"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "baseline file not found (create it with --write-baseline)"),
        ("not json", "is not a narrlint baseline"),
        ('{"findings": []}', "baseline needs 'narrlint_baseline: 1'"),
        ('{"narrlint_baseline": 1, "findings": [{"code": "NL401"}]}', "lacks path, code"),
    ],
)
def test_bad_baseline_is_an_error_before_linting(tmp_path: Path, content, message) -> None:
    if content is not None:
        (tmp_path / "bl.json").write_text(content, encoding="utf-8")
    run = run_cli(*CORPUS, "--baseline", "bl.json", "missing-draft.md", cwd=tmp_path)
    assert run.code == 2
    assert message in run.stderr and "missing-draft.md" not in run.stderr


def test_internal_errors_are_never_hidden(tmp_path: Path) -> None:
    text = "x " * 30 + STALE
    start = text.index("Interim")
    finding = Finding(
        "d.md",
        Position(1, start + 1),
        Position(1, len(text) + 1),
        "NL401",
        "stale-title",
        Severity.ERROR,
        "m",
        STALE,
        offset=start,
        end_offset=len(text),
    )
    crash = replace(finding, code="NL000", rule="internal-error")
    key = Entry("d.md", "NL401", STALE, context_hash(text, start, len(text)))
    counts = Counter({key: 1, replace(key, code="NL000"): 1})
    baseline = Baseline(Path("bl.json"), counts)  # paths relative to the current directory
    texts = {"d.md": text}
    assert baseline.new_findings([finding, crash], texts) == [crash]
