"""The pre-commit hook from this checkout, run by the real ``pre-commit`` tool in a throw-away
newsroom repository: the commit of a draft with a stale title is refused with the finding, the
corrected draft commits.

pre-commit installs the hook from the repository and revision named in the config (this
checkout, at its committed HEAD) into a virtualenv of its own, with pip from the package
registry: about a minute the first time, so the test is marked ``precommit`` and ``slow``
(``-m "not slow"`` skips it while developing; CI runs it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = [pytest.mark.precommit, pytest.mark.slow]

STALE = (
    "---\ntitle: Talks go on\ndate: 2024-06-01\n---\n"
    "# Talks go on\n\n"
    "Caretaker Foreign Minister Jalil Abbas Jilani says talks with Kabul will go on.\n"
)
FIXED = STALE.replace("Caretaker Foreign", "Former caretaker Foreign")


def git(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=900
    )


def head_revision() -> str:
    """The committed revision of this checkout; skip when it cannot carry the hook."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    probe = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True
    )
    if probe.returncode != 0:
        pytest.skip(f"{ROOT} is not a git checkout: pre-commit installs hooks from git")
    revision = probe.stdout.strip()
    manifest = subprocess.run(
        ["git", "-C", str(ROOT), "cat-file", "-e", f"{revision}:.pre-commit-hooks.yaml"],
        capture_output=True,
    )
    if manifest.returncode != 0:
        pytest.skip("HEAD has no .pre-commit-hooks.yaml: pre-commit installs the committed hook")
    return revision


def readme_pre_commit_config() -> str:
    """The ``.pre-commit-config.yaml`` the README tells a newsroom to paste, as printed there."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Newsroom repositories (pre-commit)") :]
    start = section.index("```yaml\n") + len("```yaml\n")
    return section[start : section.index("```", start)]


def make_newsroom(tmp_path: Path, config: str) -> tuple[Path, dict[str, str]]:
    repo = tmp_path / "newsroom"
    repo.mkdir()
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "GIT_AUTHOR_NAME": "Desk",
        "GIT_AUTHOR_EMAIL": "desk@example.invalid",
        "GIT_COMMITTER_NAME": "Desk",
        "GIT_COMMITTER_EMAIL": "desk@example.invalid",
        "NO_COLOR": "1",
    }
    env.pop("PRE_COMMIT", None)
    # pre-commit runs from this interpreter's environment, as a newsroom's would from theirs.
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    assert git("init", "-q", "-b", "main", cwd=repo, env=env).returncode == 0
    (repo / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    return repo, env


@pytest.fixture
def newsroom(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A repository whose hook pre-commit installs from this checkout's committed HEAD."""
    config = (
        f"repos:\n  - repo: {ROOT}\n    rev: {head_revision()}\n    hooks:\n      - id: narrlint\n"
    )
    return make_newsroom(tmp_path, config)


def pre_commit(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


def test_hook_refuses_a_stale_title_and_passes_the_fix(newsroom) -> None:
    repo, env = newsroom
    installed = pre_commit("install", cwd=repo, env=env)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    stories = repo / "stories"
    stories.mkdir()
    (stories / "talks.md").write_text(STALE, encoding="utf-8")
    (stories / "notes.py").write_text("print('not a draft')\n", encoding="utf-8")
    assert git("add", ".", cwd=repo, env=env).returncode == 0

    refused = git("commit", "-q", "-m", "Talks go on", cwd=repo, env=env)
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert "narrlint (narrative consistency)" in output and "Failed" in output, output
    assert (
        'stories/talks.md:7:1: NL401 error: Write "former caretaker Foreign Minister": Jalil Abbas '
        "Jilani left the post on 4 March 2024" in output
    ), output
    assert "notes.py" not in output  # only Markdown and plain text reach the hook
    assert git("rev-parse", "--verify", "HEAD", cwd=repo, env=env).returncode != 0

    (stories / "talks.md").write_text(FIXED, encoding="utf-8")
    assert git("add", ".", cwd=repo, env=env).returncode == 0
    accepted = git("commit", "-q", "-m", "Talks go on", cwd=repo, env=env)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert "Passed" in accepted.stdout + accepted.stderr

    # The same hook on demand, as CI or a desk editor would run it.
    rerun = pre_commit("run", "narrlint", "--all-files", cwd=repo, env=env)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr


def test_readme_snippet_works_as_pasted(tmp_path: Path) -> None:
    """The README's config, pasted unchanged, runs the installed narrlint: no tag, no download."""
    repo, env = make_newsroom(tmp_path, readme_pre_commit_config())
    assert pre_commit("install", cwd=repo, env=env).returncode == 0
    (repo / "talks.md").write_text(STALE, encoding="utf-8")
    assert git("add", ".", cwd=repo, env=env).returncode == 0
    refused = git("commit", "-q", "-m", "Talks go on", cwd=repo, env=env)
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0 and "talks.md:7:1: NL401" in output, output
    (repo / "talks.md").write_text(FIXED, encoding="utf-8")
    assert git("add", ".", cwd=repo, env=env).returncode == 0
    accepted = git("commit", "-q", "-m", "Talks go on", cwd=repo, env=env)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
