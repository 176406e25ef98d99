"""The engine's layout: stage packages, few top-level modules, and old import names that work."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from narrlint import _aliases

LINTER = Path(__file__).resolve().parent.parent / "linter"


def test_linter_top_level_holds_at_most_fifteen_modules() -> None:
    assert len(list(LINTER.glob("*.py"))) <= 15


def test_every_stage_package_is_listed_for_the_wheel() -> None:
    import tomllib

    pyproject = tomllib.loads((LINTER.parent / "pyproject.toml").read_text("utf-8"))
    listed = set(pyproject["tool"]["setuptools"]["packages"])
    on_disk = {
        "narrlint" + "".join("." + part for part in p.parent.relative_to(LINTER).parts)
        for p in LINTER.rglob("__init__.py")
    }
    assert on_disk <= listed


@pytest.mark.parametrize("old", sorted(_aliases.MOVED))
def test_old_import_name_is_the_same_module_object(old: str) -> None:
    assert importlib.import_module(old) is importlib.import_module(_aliases.MOVED[old])


def test_old_names_of_packages_that_became_stages_still_resolve() -> None:
    from narrlint.engine import INTERNAL_ERROR, Linter
    from narrlint.engine.linter import Linter as Same
    from narrlint.nlp import build_pipeline
    from narrlint.nlp.pipeline import build_pipeline as same_pipeline

    assert Linter is Same and build_pipeline is same_pipeline and INTERNAL_ERROR == "NL000"
    with pytest.raises(AttributeError):
        importlib.import_module("narrlint.engine").no_such_name  # noqa: B018


def test_submodule_of_a_moved_package_is_not_loaded_twice() -> None:
    code = (
        "import narrlint.reporters.json as old, narrlint.output.reporters.json as new;"
        "print(old is new, old.__name__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "narrlint.output.reporters.json"]


def test_index_fingerprint_reads_every_engine_module_it_names() -> None:
    """A module the fingerprint cannot read would stop invalidating the index when it changes."""
    from narrlint.knowledge import indexstore

    for name in indexstore.ENGINE_MODULES:
        assert (LINTER / name).is_file(), name


def test_index_fingerprint_follows_the_reading_modules_it_imports():
    """A module of the reading stages (input, text, nlp) that a fingerprinted module imports
    decides what an article is indexed under too: a word list edited there must rebuild the
    index (round 23: ``nlp/vocabulary.py``'s abbreviations end sentences while indexing, and
    an index built before an edit kept the old sentences)."""
    from narrlint.knowledge import indexstore

    listed = set(indexstore.ENGINE_MODULES)
    missing = []
    for name in sorted(listed):
        for node in ast.walk(ast.parse((LINTER / name).read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("narrlint."):
                imported = node.module.removeprefix("narrlint.").replace(".", "/") + ".py"
                reading = imported.split("/")[0] in ("input", "text", "nlp")
                if reading and imported not in listed and (LINTER / imported).is_file():
                    missing.append(f"{name} imports {imported}")
    assert not missing, missing


RULES = LINTER.parent / "rules"
PUBLIC = ("narrlint.api", "narrlint.claims", "narrlint.rules")
"""What a built-in rule may import from narrlint: the plugin API, the claims layer and its own
package. A third-party rule has the same surface, so a built-in one must need nothing more."""


def _engine_imports(path: Path) -> list[str]:
    """``file:line: module`` for each import of narrlint outside :data:`PUBLIC`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        for name in names:
            inside = name == "narrlint" or name.startswith("narrlint.")
            public = any(name == p or name.startswith(p + ".") for p in PUBLIC)
            if inside and not public:
                found.append(f"{path.name}:{node.lineno}: {name}")
    return found


def test_built_in_rules_reach_the_engine_only_through_api_and_claims() -> None:
    found = [hit for path in sorted(RULES.rglob("*.py")) for hit in _engine_imports(path)]
    assert found == []


def test_the_boundary_check_reports_engine_imports_and_passes_public_ones(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from narrlint.api import Rule\n"
        "from narrlint.claims.titles import TitleClaim\n"
        "from .common import fit\n"
        "import re\n"
        "def check():\n"
        "    from narrlint.nlp.tokens import lowers\n"
        "import narrlint.knowledge.ledger\n",
        "utf-8",
    )
    assert sorted(_engine_imports(sample)) == [
        "sample.py:6: narrlint.nlp.tokens",
        "sample.py:7: narrlint.knowledge.ledger",
    ]
