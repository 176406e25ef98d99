"""Robustness probe r6 D9: a draft whose file name is not UTF-8 (``caf\\xe9.md``, from an old
archive or a zip made elsewhere) must not cost the run its machine-readable report.

Before: ``--format json`` wrote the name's raw byte, so the document was not UTF-8 and a CI
job's parser refused every finding; ``--format sarif`` printed no document at all ("internal
error: UnicodeEncodeError"); ``--write-baseline`` failed the same way.
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


def run(folder: Path, *args: str, command: str = "") -> subprocess.CompletedProcess:
    """``narrlint [command] ARGS`` over the Ruritania corpus (lint runs with ``-j 1``)."""
    head = [command] if command else ["-j", "1"]
    line = [sys.executable, "-m", "narrlint", *head, "--no-seeds", "--corpus", str(RURITANIA)]
    environment = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [*line, *args], cwd=folder, capture_output=True, env=environment, timeout=300
    )


def test_json_output_is_valid_utf8_and_names_the_file(folder):
    done = run(folder, "--format", "json", ".")
    assert done.returncode == 1, done.stderr
    document = json.loads(done.stdout.decode("utf-8"))  # strict: valid UTF-8
    (finding,) = document["findings"]
    assert finding["code"] == "NL401"
    assert os.fsencode(finding["path"]) == NAME  # the name reads back to the file's bytes


def test_sarif_output_is_a_document_with_the_name_percent_encoded(folder):
    done = run(folder, "--format", "sarif", ".")
    assert done.returncode == 1, done.stderr
    assert b"internal error" not in done.stderr
    document = json.loads(done.stdout.decode("utf-8"))
    (result,) = document["runs"][0]["results"]
    location = result["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location["uri"] == "caf%E9.md"


def test_github_annotations_are_valid_utf8_with_the_byte_shown(folder):
    """The runner reads its log as UTF-8: the name's byte is shown, not written raw."""
    done = run(folder, "--format", "github", ".")
    assert done.returncode == 1, done.stderr
    lines = done.stdout.decode("utf-8").splitlines()  # strict: valid UTF-8
    (line,) = [x for x in lines if x.startswith("::")]
    assert line.startswith("::error file=caf\\xe9.md,line=4,col=1,"), line


def test_a_baseline_records_and_then_hides_the_finding(folder):
    written = run(folder, "--write-baseline", "baseline.json", ".")
    assert written.returncode == 0, written.stderr
    json.loads((folder / "baseline.json").read_bytes().decode("utf-8"))
    again = run(folder, "--baseline", "baseline.json", ".")
    assert again.returncode == 0, again.stdout + again.stderr
    assert b"NL401" not in again.stdout


def test_claims_json_is_valid_utf8(folder):
    done = run(folder, "--format", "json", os.fsdecode(NAME), command="claims")
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout.decode("utf-8"))
    assert document["claims"] and os.fsencode(document["claims"][0]["path"]) == NAME


# ``--output-file`` with a text report: stdout writes such a name as its own bytes, but the
# report file was opened strictly as UTF-8 (an internal error and no report); the file now gets
# the same bytes stdout gets, and JSON and SARIF escape the name themselves.


def test_text_report_file_holds_the_name_as_stdout_does(folder):
    on_stdout = run(folder, os.fsdecode(NAME))
    assert on_stdout.returncode == 1, on_stdout.stderr
    result = run(folder, "--output-file", "r.txt", os.fsdecode(NAME))
    assert result.returncode == 1, result.stderr
    report = (folder / "r.txt").read_bytes()
    assert report == on_stdout.stdout
    assert report.startswith(NAME + b":4:1: NL401")


def test_json_report_file_stays_utf8(folder):
    result = run(folder, "--format", "json", "--output-file", "r.json", os.fsdecode(NAME))
    assert result.returncode == 1, result.stderr
    document = json.loads((folder / "r.json").read_bytes().decode("utf-8"))
    assert [f["code"] for f in document["findings"]] == ["NL401"]
    assert os.fsencode(document["findings"][0]["path"]) == NAME
