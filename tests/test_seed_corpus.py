"""The seed corpus linted against itself, each article with its own date from the manifest."""

import pytest

from .conftest import ROOT, run_cli

A000, A001, A002, A003, A004 = (
    "seeds/000_a4d73b34e776dbbf.txt",
    "seeds/001_0fe2a970b9aefafc.txt",
    "seeds/002_66cfa0415802427a.txt",
    "seeds/003_1f7f4911e16c3a0e.txt",
    "seeds/004_6961b74d6d5832ca.txt",
)


@pytest.fixture(scope="module")
def findings() -> set[tuple[str, int, str]]:
    run = run_cli("--format", "json", "seeds/", cwd=ROOT)
    assert run.code == 1, run.stderr
    return {(f["path"], f["line"], f["code"]) for f in run.json()["findings"]}


@pytest.mark.parametrize(
    ("path", "line", "codes"),
    [
        (A001, 11, {"NL201"}),
        (A002, 7, {"NL301"}),
        (A002, 9, {"NL301"}),
        (A003, 37, {"NL302", "NL301"}),
        (A004, 7, {"NL401"}),
        (A004, 13, {"NL401"}),
    ],
)
def test_known_problems_are_reported(findings, path, line, codes):
    assert any((path, line, code) in findings for code in codes), sorted(findings)


@pytest.mark.parametrize(
    ("path", "line"),
    [(A000, 4), (A001, 1), (A002, 5), (A003, 52), (A003, 60)],
)
def test_correct_lines_stay_silent(findings, path, line):
    assert not [f for f in findings if f[:2] == (path, line)]
