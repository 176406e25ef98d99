"""A config file that is a pipe, a device or a broken symlink is an error, never a hang.

``--config`` with a FIFO blocked the run for ever on ``open`` (robustness probe r6 D10, left
to the config's owner), and a FIFO, device or broken symlink named ``.narrlint.yaml`` or
``pyproject.toml`` on the way up was silently skipped: the user's ignores, severities and
date were dropped for a parent folder's config or none. Each is now read through the
guarded reader and reported with its name, exit 2.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")

DRAFT = "---\ndate: 2023-01-01\n---\nInterim Finance Minister Anna Vogel says the deficit fell.\n"


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "NO_COLOR": "1", "NARRLINT_CACHE_DIR": str(cwd / "cache")}
    return subprocess.run(
        [sys.executable, "-m", "narrlint", "--no-seeds", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,  # a hang fails here
    )


def make(target: Path, kind: str) -> None:
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "zero":
        target.symlink_to("/dev/zero")
    else:
        target.symlink_to(target.parent / "nowhere.yaml")


@pytest.mark.parametrize("kind", ["fifo", "zero", "broken"])
@pytest.mark.parametrize("name", ["c.yaml", "c.toml"])
def test_config_option_naming_a_pipe_or_device_is_an_error(tmp_path, name, kind):
    (tmp_path / "d.md").write_text(DRAFT, encoding="utf-8")
    make(tmp_path / name, kind)
    result = run(tmp_path, "--config", name, "d.md")
    assert result.returncode == 2, result.stdout + result.stderr
    assert name in result.stderr
    expected = "broken symlink" if kind == "broken" else "not a regular file"
    assert expected in result.stderr


@pytest.mark.parametrize("kind", ["fifo", "zero", "broken"])
@pytest.mark.parametrize("name", [".narrlint.yaml", "pyproject.toml"])
def test_config_found_walking_up_that_is_a_pipe_is_an_error_not_skipped(tmp_path, name, kind):
    (tmp_path / ".narrlint.yaml").write_text("ignore: [NL401]\n", encoding="utf-8")
    story = tmp_path / "stories"
    story.mkdir()
    (story / "d.md").write_text(DRAFT, encoding="utf-8")
    make(story / name, kind)
    result = run(story, "d.md")
    assert result.returncode == 2, result.stdout + result.stderr
    assert name in result.stderr


def test_a_folder_named_like_a_config_is_passed_by(tmp_path):
    (tmp_path / ".narrlint.yaml").write_text("date: 2023-01-01\n", encoding="utf-8")
    story = tmp_path / "stories"
    story.mkdir()
    (story / ".narrlint.yaml").mkdir()
    (story / "d.md").write_text("Text without a date.\n", encoding="utf-8")
    result = run(story, "d.md")
    assert result.returncode == 0, result.stdout + result.stderr
