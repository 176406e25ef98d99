"""The code is ruff clean: lint rules and formatting, as configured in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import ROOT


@pytest.mark.parametrize(
    "command", [["check", "."], ["format", "--check", "."]], ids=["check", "format"]
)
def test_ruff_is_clean(command: list[str]) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "ruff", *command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_no_module_redefines_a_vocabulary_name():
    """One meaning, one place: a word list ``narrlint.nlp.vocabulary`` defines is imported, never
    defined again under the same name elsewhere (a narrower list gets a name of its own)."""
    import ast

    vocabulary = ROOT / "linter" / "nlp" / "vocabulary.py"
    shared = {
        target.id
        for node in ast.parse(vocabulary.read_text(encoding="utf-8")).body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    again = []
    for path in sorted([*(ROOT / "linter").rglob("*.py"), *(ROOT / "rules").rglob("*.py")]):
        if path == vocabulary:
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else []
            again += [
                f"{path.relative_to(ROOT)}:{node.lineno} {t.id}"
                for t in targets
                if isinstance(t, ast.Name) and t.id in shared
            ]
    assert not again, again
