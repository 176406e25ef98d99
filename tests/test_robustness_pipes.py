"""Robustness probe r6 D10: a pipe or a device where narrlint expects a file never hangs a run.

Drafts were already refused before they were opened ("not a regular file"), but the corpus
index opened its articles, manifests and ledgers itself: a FIFO named ``a.md`` in an archive
blocked every run on ``open``, a symlink to ``/dev/zero`` read until memory ran out, and a
FIFO named ``.narrlintignore`` blocked every run over its folder. Each is now an error naming
the file, with or without the index, and the run ends.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import RURITANIA

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")

DRAFT = "---\ndate: 2023-01-01\n---\nInterim Finance Minister Anna Vogel says the deficit fell.\n"


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "NO_COLOR": "1", "NARRLINT_CACHE_DIR": str(cwd / "cache")}
    return subprocess.run(
        [sys.executable, "-m", "narrlint", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,  # a hang fails here
    )


def corpus_with(tmp_path: Path, name: str, kind: str) -> Path:
    corpus = tmp_path / "archive"
    shutil.copytree(RURITANIA, corpus)
    target = corpus / name
    if target.exists():
        target.unlink()
    if kind == "fifo":
        os.mkfifo(target)
    else:
        target.symlink_to("/dev/zero")
    (tmp_path / "d.md").write_text(DRAFT, encoding="utf-8")
    return corpus


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("a.md", "fifo"),
        ("a.md", "zero"),
        ("manifest.yaml", "fifo"),
        ("ledger.yaml", "fifo"),
        ("ledger.yaml", "zero"),
    ],
)
@pytest.mark.parametrize("cache", [True, False], ids=["index", "no-cache"])
def test_a_pipe_or_device_in_the_corpus_is_an_error_not_a_hang(tmp_path, name, kind, cache):
    corpus_with(tmp_path, name, kind)
    options = [] if cache else ["--no-cache"]
    done = run(tmp_path, *options, "--no-seeds", "--corpus", "archive", "-j", "1", "d.md")
    assert done.returncode == 2, done.stdout + done.stderr
    assert f"archive/{name}: not a regular file (a device, pipe or socket)" in done.stderr
    assert "Traceback" not in done.stderr


def test_corpus_build_refuses_a_fifo_article(tmp_path):
    corpus_with(tmp_path, "a.md", "fifo")
    done = run(tmp_path, "corpus", "build", "--no-seeds", "--corpus", "archive")
    assert done.returncode == 2, done.stdout + done.stderr
    assert "archive/a.md: not a regular file" in done.stderr


def test_a_fifo_named_narrlintignore_is_an_error_and_the_walk_goes_on(tmp_path):
    stories = tmp_path / "stories"
    stories.mkdir()
    (stories / "d.md").write_text(DRAFT, encoding="utf-8")
    os.mkfifo(stories / ".narrlintignore")
    done = run(
        tmp_path, "--no-seeds", "--corpus", str(RURITANIA), "-j", "1", "--output-format",
        "concise", "stories",
    )  # fmt: skip
    assert done.returncode == 2, done.stdout + done.stderr
    assert "stories/.narrlintignore: cannot read ignore file: not a regular file" in done.stderr
    assert "stories/d.md:4:1: NL401" in done.stdout


def test_a_fifo_given_as_the_baseline_is_an_error(tmp_path):
    (tmp_path / "d.md").write_text(DRAFT, encoding="utf-8")
    os.mkfifo(tmp_path / "baseline.json")
    args = ["--no-seeds", "--corpus", str(RURITANIA), "-j", "1", "--baseline", "baseline.json"]
    done = run(tmp_path, *args, "d.md")
    assert done.returncode == 2, done.stdout + done.stderr
    assert "baseline.json: " in done.stderr and "not a regular file" in done.stderr


def test_fix_refuses_a_draft_swapped_for_a_fifo_since_it_was_linted(tmp_path):
    """The check that the file still holds what was linted must not wait on a pipe."""
    os.mkfifo(tmp_path / "d.md")
    code = (
        "from narrlint.engine.linter import LintResult\n"
        "from narrlint.input.source import SourceText\n"
        "from narrlint.output.fixes import FixedFile, write_fixed\n"
        "fixed = FixedFile('d.md', SourceText('old'), 'new', 1, LintResult('d.md'))\n"
        "print(write_fixed(fixed, ['d.md']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip() == "not a regular file (a device, pipe or socket)", done.stderr
