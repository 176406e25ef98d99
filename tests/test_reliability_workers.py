"""A dead worker process (``os._exit``, a signal, the OOM killer) never hangs ``-j`` (issue 14).

The killing rule is installed the way a real third-party plugin is (module + dist-info with a
``narrlint`` entry point on ``PYTHONPATH``). Its file is reported as an error naming the file and
how the worker died, every other file's findings are kept, and the run ends with exit 2.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import RURITANIA
from .test_plugins import install_fake_distribution

KILLER = """
import os
import signal

from narrlint.api import Rule, Severity, hookimpl


class Killer(Rule):
    code, name = "XK101", "killer"
    summary = "ends its own process on marked files"
    severity = Severity.WARNING
    documentation = "Bad: anything. Good: nothing."

    def check(self, draft, corpus):
        if "EXIT-THREE" in draft.text:
            os._exit(3)
        if "SIGKILL-ME" in draft.text:
            os.kill(os.getpid(), signal.SIGKILL)
        for token in draft.doc:
            if token.text == "!":
                yield draft.problem(token, "an exclamation mark")


@hookimpl
def narrlint_rules():
    return [Killer()]
"""

# Enough text per file that the run is worth a pool (parallel.PARALLEL_MIN_BYTES in total).
FILLER = "The council met on Tuesday and discussed the budget at length.\n\n" * 300


def _draft(marker: str = "") -> str:
    return f"# Council\n\nThe mayor spoke!\n\n{FILLER}{marker}\n"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("killer-site")
    install_fake_distribution(root, "narrlint-killer", "narrlint_killer", KILLER)
    return root


def _run(site: Path, folder: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": str(site)}
    return subprocess.run(
        [sys.executable, "-m", "narrlint", "--no-seeds", "--corpus", str(RURITANIA), *args],
        cwd=folder,
        capture_output=True,
        text=True,
        env=env,
        timeout=240,  # a hang guard only: a healthy run takes seconds
    )


@pytest.mark.parametrize(
    ("marker", "how"),
    [("EXIT-THREE", "exit code 3"), ("SIGKILL-ME", "signal SIGKILL")],
)
def test_dead_worker_is_an_error_for_its_file_only(site, tmp_path, marker, how):
    names = ["a.md", "b.md", "c.md", "d-dies.md", "e.md", "f.md"]
    for name in names:
        (tmp_path / name).write_text(_draft(marker if "dies" in name else ""), "utf-8")
    run = _run(site, tmp_path, "--select", "XK", "--format", "json", "-j", "2", *names)
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr
    data = json.loads(run.stdout)
    flagged = sorted({f["path"] for f in data["findings"] if f["code"] == "XK101"})
    assert flagged == ["a.md", "b.md", "c.md", "e.md", "f.md"]
    (error,) = data["errors"]
    assert error["path"] == "d-dies.md"
    assert "worker process died" in error["message"]
    assert how in error["message"]


def test_dead_worker_in_text_output_names_the_file(site, tmp_path):
    names = ["a.md", "b.md", "c-dies.md", "d.md"]
    for name in names:
        (tmp_path / name).write_text(_draft("SIGKILL-ME" if "dies" in name else ""), "utf-8")
    run = _run(site, tmp_path, "--select", "XK", "-j", "2", *names)
    assert run.returncode == 2, run.stderr
    assert "c-dies.md" in run.stderr and "worker process died" in run.stderr
    for name in ("a.md", "b.md", "d.md"):
        assert f"{name}:3:" in run.stdout


def test_every_file_killing_its_worker_still_ends(site, tmp_path):
    names = ["a.md", *(f"{c}-dies.md" for c in "bcdefg")]
    for name in names:
        (tmp_path / name).write_text(_draft("EXIT-THREE" if "dies" in name else ""), "utf-8")
    run = _run(site, tmp_path, "--select", "XK", "--format", "json", "-j", "2", *names)
    assert run.returncode == 2, run.stderr
    data = json.loads(run.stdout)
    assert sorted(e["path"] for e in data["errors"]) == names[1:]
    assert {f["path"] for f in data["findings"] if f["code"] == "XK101"} == {"a.md"}


def test_first_file_killing_its_worker_costs_only_that_file(site, tmp_path):
    """The parent warms its caches with narrlint's own rules only: a plugin that ends its
    process on the very first file kills a worker, never the run."""
    names = ["a-dies.md", "b.md", "c.md", "d.md"]
    for name in names:
        (tmp_path / name).write_text(_draft("EXIT-THREE" if "dies" in name else ""), "utf-8")
    run = _run(site, tmp_path, "--format", "json", "-j", "2", *names)
    assert run.returncode == 2, run.stderr
    data = json.loads(run.stdout)
    (error,) = data["errors"]
    assert error["path"] == "a-dies.md" and "exit code 3" in error["message"]
    flagged = sorted({f["path"] for f in data["findings"] if f["code"] == "XK101"})
    assert flagged == ["b.md", "c.md", "d.md"]
