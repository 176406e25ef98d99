"""The wheel: built from the checkout, installed into a fresh venv, run from elsewhere."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        check=True,
        timeout=600,
    )
    (found,) = out.glob("narrlint-*.whl")
    return found


def test_wheel_installs_only_the_narrlint_namespace(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    top = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
    assert top == {"narrlint"}
    for required in (
        "narrlint/seeds/ledger.yaml",
        "narrlint/seeds/manifest.yaml",
        "narrlint/seeds/000_a4d73b34e776dbbf.txt",
        "narrlint/rules/titles.py",
        "narrlint/schema/findings.schema.json",
        "narrlint/frontends/cli.py",
        "narrlint/claims/base.py",
    ):
        assert required in names, required
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[narrlint]" in text and "narrlint.rules.titles" in text


def test_installed_wheel_finds_its_seed_corpus_from_another_directory(wheel, tmp_path):
    venv = tmp_path / "venv"
    # Dependencies (spaCy…) come from the test environment; narrlint itself from the wheel.
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
        check=True,
        timeout=600,
    )
    where = subprocess.run(
        [str(python), "-c", "import narrlint, narrlint.seeds; print(narrlint.__file__)"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    ).stdout
    assert str(venv) in where, where
    site = Path(where.strip()).parent.parent
    assert not any((site / name).exists() for name in ("linter", "rules", "seeds"))
    elsewhere = tmp_path / "newsroom"
    elsewhere.mkdir()
    draft = elsewhere / "draft.md"
    draft.write_text(
        "---\ndate: 2024-06-01\n---\n"
        "Caretaker Foreign Minister Jalil Abbas Jilani says ties are strong.\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [str(venv / "bin" / "narrlint"), "draft.md"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 1, run.stdout + run.stderr
    assert "draft.md:4:1: NL401" in run.stdout
    assert "seeds/ledger.yaml:" in run.stdout
