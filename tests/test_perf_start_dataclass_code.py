"""The table of code ``@dataclass`` compiles, kept between runs of the program
(:mod:`narrlint.frontends.dataclass_code`, start-up perf, issue 10): classes made through it
behave as classes made by ``exec``; a changed class never runs stored code; a damaged or
foreign table is not read; a host importing narrlint keeps ``dataclasses`` untouched."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from narrlint.frontends import dataclass_code

ROOT = Path(__file__).resolve().parent.parent

PROGRAM = """
import json, sys
from narrlint.frontends import dataclass_code
cached = dataclass_code.install()
import dataclasses
@dataclasses.dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int = 2
    tags: list = dataclasses.field(default_factory=list, compare=False)
p = Point(1)
print(json.dumps({
    "repr": repr(p), "eq": p == Point(1, 2), "lt": Point(0) < p, "hash": hash(p) == hash(Point(1)),
    "default": Point(5).y, "factory": Point(1).tags is not Point(1).tags,
    "frozen": not hasattr(p, "__dict__") or "FrozenInstanceError" in _try(p),
    "compiled": cached.compiled, "from_table": len(cached.used) - cached.compiled,
}))
"""

_TRY = """
def _try(p):
    try:
        p.x = 3
    except Exception as exc:
        return type(exc).__name__
    return "set"
"""


def _run(cache: Path, extra: str = "") -> dict:
    code = _TRY + PROGRAM.replace("    tags: list", extra + "    tags: list")
    env = {**os.environ, "NARRLINT_CACHE_DIR": str(cache)}
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def test_a_class_made_from_the_table_behaves_as_one_compiled(tmp_path):
    first = _run(tmp_path)
    assert first["compiled"] > 0
    second = _run(tmp_path)
    assert second["compiled"] == 0 and second["from_table"] > 0
    for found in (first, second):
        assert found["repr"] == "Point(x=1, y=2, tags=[])"
        assert found["eq"] and found["lt"] and found["hash"] and found["factory"]
        assert found["default"] == 2 and found["frozen"]


def test_a_changed_class_compiles_its_new_code(tmp_path):
    _run(tmp_path)
    changed = _run(tmp_path, extra="    z: int = 7\n")
    assert changed["compiled"] > 0  # its __init__, __repr__, __eq__ … are other source
    assert changed["repr"] == "Point(x=1, y=2, z=7, tags=[])"


def test_a_damaged_table_is_empty_and_written_again(tmp_path, monkeypatch):
    monkeypatch.setenv("NARRLINT_CACHE_DIR", str(tmp_path))
    path = dataclass_code.table_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(dataclass_code.MAGIC + b"\x00garbage")
    path.chmod(0o600)
    assert dataclass_code.read_table(path) == {}
    found = _run(tmp_path)
    assert found["compiled"] > 0 and found["repr"] == "Point(x=1, y=2, tags=[])"
    assert dataclass_code.read_table(path)


def test_a_table_others_may_write_is_not_read(tmp_path, monkeypatch):
    monkeypatch.setenv("NARRLINT_CACHE_DIR", str(tmp_path))
    _run(tmp_path)
    path = dataclass_code.table_file()
    assert dataclass_code.read_table(path)
    path.chmod(0o666)
    assert dataclass_code.read_table(path) == {}
    assert _run(tmp_path)["compiled"] > 0


def test_source_text_runs_the_code_compiled_from_it():
    cached = dataclass_code.CachedExec({})
    namespace: dict = {}
    cached("def f(a, b=2):\n    return a + b\n", {}, namespace)
    assert namespace["f"](1) == 3 and cached.compiled == 1
    stored = dict(cached.table)
    again = dataclass_code.CachedExec(stored)
    other: dict = {}
    again("def f(a, b=2):\n    return a + b\n", {}, other)
    assert other["f"](1) == 3 and again.compiled == 0
    # a wrong value in the table (not a code object) is compiled again, not run
    broken = dataclass_code.CachedExec({"x = 1\n": "not code"})  # type: ignore[dict-item]
    scope: dict = {}
    broken("x = 1\n", {}, scope)
    assert scope["x"] == 1 and broken.compiled == 1


def test_a_host_importing_narrlint_keeps_dataclasses_untouched():
    import narrlint  # noqa: F401  (imported by this test run, not as the program)

    assert "exec" not in vars(dataclasses)


@pytest.mark.parametrize("fmt", ["json"])
def test_the_program_reports_the_same_with_its_table(tmp_path, fmt):
    env = {**os.environ, "NARRLINT_CACHE_DIR": str(tmp_path)}
    command = [sys.executable, "-m", "narrlint", "--format", fmt, "examples/draft.md"]
    first = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
    assert dataclass_code.read_table(tmp_path / dataclass_code.table_file().name)
    second = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
    assert first.returncode == second.returncode == 1
    assert first.stdout == second.stdout
