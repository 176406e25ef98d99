"""``narrlint init``: a commented config that loads, and the pre-commit entry the README shows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from narrlint.config import KEYS, Config, load_config
from narrlint.frontends.init_cli import (
    CONFIG_TEMPLATE,
    PRE_COMMIT_CONFIG,
    PRE_COMMIT_ENTRY,
    cmd_init,
)
from narrlint.input.discover import DRAFT_SUFFIXES

from .conftest import ROOT


def test_config_template_documents_every_key_and_loads_as_the_defaults(tmp_path: Path) -> None:
    documented = {line.split(":")[0].lstrip("# ") for line in CONFIG_TEMPLATE.splitlines()}
    assert set(KEYS) <= documented
    assert cmd_init([str(tmp_path)]) == 0
    loaded = load_config(tmp_path / ".narrlint.yaml")
    default = Config()
    assert (loaded.select, loaded.ignore, loaded.severity, loaded.corpus) == ([], [], {}, [])
    assert (loaded.seeds, loaded.fail_on, loaded.rule_timeout) == (
        default.seeds,
        default.fail_on,
        default.rule_timeout,
    )


def test_init_keeps_an_existing_config_unless_forced(tmp_path: Path, capsys) -> None:
    config = tmp_path / ".narrlint.yaml"
    config.write_text("ignore: [NL402]\n", encoding="utf-8")
    assert cmd_init([str(tmp_path)]) == 0
    assert config.read_text(encoding="utf-8") == "ignore: [NL402]\n"
    assert "exists; kept" in capsys.readouterr().err
    assert cmd_init([str(tmp_path), "--force"]) == 0
    assert config.read_text(encoding="utf-8") == CONFIG_TEMPLATE


def test_pre_commit_config_is_written_then_left_alone(tmp_path: Path) -> None:
    assert cmd_init([str(tmp_path), "--pre-commit"]) == 0
    hook_file = tmp_path / ".pre-commit-config.yaml"
    assert hook_file.read_text(encoding="utf-8") == PRE_COMMIT_CONFIG
    assert cmd_init([str(tmp_path), "--pre-commit"]) == 0
    assert hook_file.read_text(encoding="utf-8") == PRE_COMMIT_CONFIG


def test_pre_commit_entry_is_appended_to_an_existing_repos_list(tmp_path: Path) -> None:
    hook_file = tmp_path / ".pre-commit-config.yaml"
    existing = "repos:\n  - repo: https://github.com/x/y\n    rev: v1\n    hooks:\n      - id: z\n"
    hook_file.write_text(existing, encoding="utf-8")
    assert cmd_init([str(tmp_path), "--pre-commit"]) == 0
    data = yaml.safe_load(hook_file.read_text(encoding="utf-8"))
    assert [h["id"] for r in data["repos"] for h in r["hooks"]] == ["z", "narrlint"]


def test_a_config_it_cannot_extend_safely_is_left_untouched(tmp_path: Path, capsys) -> None:
    hook_file = tmp_path / ".pre-commit-config.yaml"
    for text in ("repos: []\n", "repos:\n  - repo: local\n    hooks: []\nci:\n  skip: []\n"):
        hook_file.write_text(text, encoding="utf-8")
        assert cmd_init([str(tmp_path), "--pre-commit"]) == 2
        assert hook_file.read_text(encoding="utf-8") == text
        assert "add by hand" in capsys.readouterr().err


def test_readme_shows_the_entry_init_writes() -> None:
    assert PRE_COMMIT_ENTRY in (ROOT / "README.md").read_text(encoding="utf-8")


def test_init_refuses_a_missing_folder(tmp_path: Path, capsys) -> None:
    assert cmd_init([str(tmp_path / "nowhere")]) == 2
    assert "not a folder" in capsys.readouterr().err


def _written_hook(tmp_path: Path) -> dict:
    assert cmd_init([str(tmp_path), "--pre-commit"]) == 0
    (repo,) = yaml.safe_load((tmp_path / ".pre-commit-config.yaml").read_text("utf-8"))["repos"]
    (hook,) = repo["hooks"]
    return hook


def test_the_hook_init_writes_selects_files_as_the_shipped_hook_does(tmp_path: Path) -> None:
    """r9 hole 6: init wrote ``types_or: [markdown, plain-text]``, so a commit of an ``.mdx``,
    ``.mdown``, ``.mkd`` or ``.text`` draft was never checked, while the shipped hook (and a
    folder walk) lint them: one pattern now, in both."""
    hook = _written_hook(tmp_path)
    (shipped,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert "types_or" not in hook and "types" not in hook
    assert hook["files"] == shipped["files"]


@pytest.mark.parametrize("suffix", DRAFT_SUFFIXES)
def test_the_hook_init_writes_selects_every_draft_suffix_and_nothing_else(
    tmp_path: Path, suffix: str
) -> None:
    pattern = re.compile(_written_hook(tmp_path)["files"])
    for name in (f"story{suffix}", f"desk/STORY{suffix.upper()}"):
        assert pattern.search(name), name
    for name in (f"story{suffix}.bak", f"story{suffix}~", "ledger.yaml", "page.html"):
        assert not pattern.search(name), name
