"""The wheel: built from the checkout, installed into a fresh venv, run from elsewhere."""

import site
import subprocess
import sys
import sysconfig
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
        "narrlint/rules/titles/__init__.py",
        "narrlint/schema/findings.schema.json",
        "narrlint/frontends/cli.py",
        "narrlint/claims/base.py",
    ):
        assert required in names, required
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[narrlint]" in text and "narrlint.rules.titles" in text


def make_venv(venv: Path) -> Path:
    """A fresh venv whose dependencies (spaCy…) come from the environment running the tests.

    ``--system-site-packages`` would not do: run from inside a virtual environment, it shows
    the base interpreter's packages, not the test environment's. A ``.pth`` file listing the
    test environment's site folders does, without running their own ``.pth`` files, so an
    editable narrlint installed there stays out and narrlint comes from the wheel alone.
    """
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    paths = sysconfig.get_paths()
    outer = dict.fromkeys([paths["purelib"], paths["platlib"], *site.getsitepackages()])
    Path(purelib, "narrlint-test-deps.pth").write_text("\n".join(outer) + "\n", "utf-8")
    return python


def test_installed_wheel_finds_its_seed_corpus_from_another_directory(wheel, tmp_path):
    venv = tmp_path / "venv"
    python = make_venv(venv)
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
