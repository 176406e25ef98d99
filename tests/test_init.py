"""``narrlint init``: a commented config that loads, and the pre-commit entry the README shows."""

from __future__ import annotations

from pathlib import Path

import yaml

from narrlint.config import KEYS, Config, load_config
from narrlint.frontends.init_cli import (
    CONFIG_TEMPLATE,
    PRE_COMMIT_CONFIG,
    PRE_COMMIT_ENTRY,
    cmd_init,
)

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
