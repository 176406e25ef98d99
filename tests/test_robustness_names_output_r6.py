"""``--output-file`` with a text report on a draft whose file name is not UTF-8.

stdout writes such a name as its own bytes, but the report file was opened strictly as
UTF-8: ``narrlint --output-file r.txt caf\\xe9.md`` was an internal error and no report
(robustness probe r6 D9, left to the CLI's owner). The file now gets the same bytes stdout
gets; JSON and SARIF escape the name themselves.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import RURITANIA

NAME = b"caf\xe9.md"
DRAFT = "---\ndate: 2023-01-01\n---\nInterim Finance Minister Anna Vogel says the deficit fell.\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    try:
        with open(os.path.join(os.fsencode(tmp_path), NAME), "wb") as handle:
            handle.write(DRAFT.encode("utf-8"))
    except OSError:  # a file system that stores names as Unicode only
        pytest.skip("this file system refuses a file name that is not UTF-8")
    return tmp_path


def run(folder: Path, *args: str) -> subprocess.CompletedProcess:
    line = [sys.executable, "-m", "narrlint", "-j", "1", "--no-seeds", "--corpus", str(RURITANIA)]
    return subprocess.run(
        [*line, *args, os.fsdecode(NAME)],
        cwd=folder,
        capture_output=True,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=120,
    )


def test_text_report_file_holds_the_name_as_stdout_does(folder):
    on_stdout = run(folder)
    assert on_stdout.returncode == 1, on_stdout.stderr
    result = run(folder, "--output-file", "r.txt")
    assert result.returncode == 1, result.stderr
    report = (folder / "r.txt").read_bytes()
    assert report == on_stdout.stdout
    assert report.startswith(NAME + b":4:1: NL401")


def test_json_report_file_stays_utf8(folder):
    result = run(folder, "--format", "json", "--output-file", "r.json")
    assert result.returncode == 1, result.stderr
    document = json.loads((folder / "r.json").read_bytes().decode("utf-8"))
    assert [f["code"] for f in document["findings"]] == ["NL401"]
    assert os.fsencode(document["findings"][0]["path"]) == NAME
