"""``sources=False``: results without the drafts' texts, the same findings, in or out of workers."""

from __future__ import annotations

import datetime as dt

import pytest

from narrlint.config import Config
from narrlint.engine.session import Session

from .test_parallel import _drafts


@pytest.fixture(scope="module")
def session() -> Session:
    return Session.create(Config(), date=dt.date(2024, 7, 1))


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_without_sources_keep_every_finding(tmp_path, session, jobs):
    folder = _drafts(tmp_path, copies=6)
    kept = session.lint_paths([str(folder)], jobs=jobs)
    bare = session.lint_paths([str(folder)], jobs=jobs, sources=False)
    assert [f.to_dict() for f in bare.findings] == [f.to_dict() for f in kept.findings]
    assert bare.findings, "the drafts should have findings to compare"
    assert [e.message for e in bare.errors] == [e.message for e in kept.errors]
    assert [r.path for r in bare.results] == [r.path for r in kept.results]
    assert all(r.source is None and r.directive_lines is None for r in bare.results)
    linted = [r for r in kept.results if r.error is None]
    assert linted and all(r.source is not None for r in linted)


def test_fixes_and_baselines_still_read_the_texts(tmp_path):
    """The command line keeps the sources exactly when --diff or a baseline reads them."""
    from .conftest import run_cli

    folder = _drafts(tmp_path, copies=6)
    (folder / "bad.md").unlink()
    one = run_cli("--diff", "--date", "2024-07-01", "-j", "1", str(folder))
    two = run_cli("--diff", "--date", "2024-07-01", "-j", "2", str(folder))
    assert one.stdout == two.stdout and "@@" in two.stdout
    baseline = tmp_path / "baseline.json"
    written = run_cli(
        "--write-baseline", str(baseline), "--date", "2024-07-01", "-j", "2", str(folder)
    )
    assert written.code == 0 and "recorded" in written.stderr
    again = run_cli("--baseline", str(baseline), "--date", "2024-07-01", "-j", "2", str(folder))
    assert again.code == 0, again.stdout
