"""The benchmark says when it measured a working tree with uncommitted changes to narrlint's
code, rules or seeds: others' edits during a run make a cold start pay compilation or a
ledger parse (CPU over the floor, measured on a snapshot: about 0.3 s with compiled modules
and warm caches, 0.8 s with narrlint's modules compiled at start, 0.7 s with the ledger read
again). Nothing is timed here."""

from __future__ import annotations

from . import bench_scripts

run = bench_scripts.load("run")


def _report(changed: list[str] | None) -> str:
    def measure(label, wall):
        return run.Measure(label, walls=[wall], cpus=[wall], tree_rss_mb=100.0, tree_pss_mb=90.0)

    sizes = {"many": 500, "big": 20_000, "archive": 1000}
    rows = [run.Row("1 × 800 words (cold start)", "narrlint", 800, measure("n", 0.9))]
    floor = measure("floor", 0.7)
    return run.render(rows, floor, None, None, 1, True, sizes, 2, False, changed=changed)


def test_a_dirty_tree_is_named_in_the_report():
    files = [f"linter/claims/m{i}.py" for i in range(8)]
    report = _report(files)
    assert "**Measured the working tree with 8 uncommitted change(s)**" in report
    assert "`linter/claims/m0.py`" in report and "`linter/claims/m6.py`" not in report
    assert "--commit HEAD" in report


def test_a_clean_tree_or_a_snapshot_says_nothing(monkeypatch):
    assert "uncommitted" not in _report(None) and "uncommitted" not in _report([])
    monkeypatch.setitem(run._settings, "source", "/somewhere/snapshot")
    assert run.uncommitted_changes() == []
