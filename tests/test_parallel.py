"""``-j N``: worker processes give exactly the output of one process, in the same order."""

from __future__ import annotations

import shutil

from narrlint.engine.parallel import (
    PARALLEL_MIN_BYTES,
    chunk_size,
    chunks,
    default_jobs,
    worth_parallel,
)

from .conftest import ROOT, run_cli


def _drafts(tmp_path, copies: int = 12):
    """Copies of the example draft and seed articles: enough text to start a pool."""
    folder = tmp_path / "drafts"
    folder.mkdir()
    sources = [ROOT / "examples" / "draft.md", *sorted((ROOT / "seeds").glob("*.txt"))]
    for i in range(copies):
        for source in sources:
            shutil.copy(source, folder / f"{i:02d}-{source.name}")
    (folder / "bad.md").write_bytes(b"\xff\xfe not utf-8")
    return folder


def test_workers_give_the_same_report_as_one_process(tmp_path):
    folder = _drafts(tmp_path)
    assert worth_parallel([str(p) for p in folder.iterdir()])
    one = run_cli("--format", "json", "--date", "2024-07-01", "-j", "1", str(folder))
    two = run_cli("--format", "json", "--date", "2024-07-01", "-j", "2", str(folder))
    assert one.code == two.code == 2  # the undecodable file
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr
    assert one.json()["findings"], "the drafts should have findings to compare"


def test_small_runs_stay_in_process(tmp_path):
    small = tmp_path / "a.md"
    small.write_text("A short draft.\n", "utf-8")
    assert not worth_parallel([str(small)])
    assert not worth_parallel([str(small), str(small)])
    big = tmp_path / "big.md"
    big.write_text("word " * PARALLEL_MIN_BYTES, "utf-8")
    assert worth_parallel([str(small), str(big)])


def test_defaults():
    assert default_jobs() >= 1
    assert chunk_size(1, 2) == 1
    assert chunk_size(2000, 2) == 16


def test_chunks_shrink_towards_the_end_and_keep_every_file_in_order():
    tasks = [(i, f"{i}.md") for i in range(500)]
    found = chunks(tasks, 2)
    assert [task for chunk in found for task in chunk] == tasks
    sizes = [len(chunk) for chunk in found]
    assert sizes[0] == 16 and sizes[-1] == 1
    assert sizes == sorted(sizes, reverse=True)
    assert chunks([], 2) == []
    assert [len(c) for c in chunks(tasks[:3], 4)] == [1, 1, 1]


def test_jobs_must_be_positive():
    run = run_cli("-j", "0", "x.md")
    assert run.code == 2
    assert "positive number of jobs" in run.stderr
