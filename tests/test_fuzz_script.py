"""The fuzz script (``bench/fuzz.py``) without running the fuzzer: its one-input functions
check a few inputs in-process, and without atheris it says so and exits 2.

Fuzzing itself is a benchmark-style run (``python3 bench/fuzz.py --seconds 300``), never CI.
"""

from __future__ import annotations

import codecs
import subprocess
import sys
import textwrap

import pytest

from . import bench_scripts
from .conftest import ROOT
from .robustness_checks import check_parse
from .test_robustness_properties import FOUND_BY_FUZZING

fuzz = bench_scripts.load("fuzz")

INPUTS = [
    b"",
    b"\n\r\n\r",
    (ROOT / "examples" / "draft.md").read_bytes(),
    b"---\ndate: 2024-07-01\n---\nCaretaker Foreign Minister Jalil Abbas Jilani met the envoy.\n",
    b"---\ndate: [unclosed\n---\nText.\n",
    b"The caf\xe9 is open; at least 64 people were killed.\n",  # Latin-1: refused, then linted
    codecs.BOM_UTF16_LE + "# Budget\n".encode("utf-16-le"),
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    *(text.encode("utf-8") for text in FOUND_BY_FUZZING),
]


@pytest.mark.parametrize("target", ["parse", "lint"])
def test_one_input_functions_accept_drafts_and_junk(target):
    had_atheris = "atheris" in sys.modules
    for data in INPUTS:
        fuzz.FUNCTIONS[target](data)
    assert had_atheris or "atheris" not in sys.modules, "the one-input functions need no atheris"


def test_the_lint_target_checks_fixes():
    """A draft with a fix goes through check_fixes (fixing twice equals fixing once)."""
    calls = []
    checks = fuzz._checks()
    original = checks.check_fixes
    try:
        checks.check_fixes = lambda *args: calls.append(args) or original(*args)
        fuzz.fuzz_lint(INPUTS[3])
    finally:
        checks.check_fixes = original
    assert [args[2] for args in calls] == list(fuzz.PATHS)


def test_the_parse_target_is_the_property_tests_check():
    assert fuzz._checks().check_parse is check_parse


def test_seed_inputs_hold_the_seed_drafts():
    seeds = fuzz.seed_inputs()
    blobs = set(seeds.values())
    assert (ROOT / "examples" / "draft.md").read_bytes() in blobs
    assert all((path.read_bytes() in blobs) for path in (ROOT / "seeds").glob("*.txt"))
    assert len(seeds) > 250  # with the labelled passages
    assert all(len(blob) <= fuzz.MAX_LEN for blob in blobs)


def test_replay_runs_saved_inputs_without_atheris(tmp_path, capsys):
    good = tmp_path / "input"
    good.write_bytes(INPUTS[3])
    assert fuzz.main(["--replay", str(good), "--target", "parse"]) == 0
    assert f"{good}: ok" in capsys.readouterr().out


def test_the_exception_is_read_from_a_libfuzzer_log():
    log = textwrap.dedent(
        """\
        #717\tINITED cov: 1649 ft: 7017 corp: 293/280Kb exec/s: 239 rss: 150Mb

         === Uncaught Python exception: ===
        IndexError: list index out of range
        Traceback (most recent call last):
          File "rules/casualties.py", line 1, in check
        IndexError: list index out of range

        ==14113== ERROR: libFuzzer: fuzz target exited
        SUMMARY: libFuzzer: fuzz target exited
        MS: 0 ; base unit: 0000000000000000000000000000000000000000
        artifact_prefix='bench/out/fuzz/'; Test unit written to bench/out/fuzz/crash-1
        """
    )
    assert fuzz._exception(log) == "IndexError: list index out of range"
    assert fuzz._WRITTEN.findall(log) == ["bench/out/fuzz/crash-1"]
    assert fuzz._STATUS.match(log).group(1, 3) == ("717", "1649")
    timeout = "==1== ERROR: libFuzzer: timeout after 61 seconds\n"
    assert fuzz._exception(timeout) == "libFuzzer: timeout after 61 seconds"


BLOCK_ATHERIS = """
import runpy, sys

class NoAtheris:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] == "atheris":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, NoAtheris())
sys.modules.pop("atheris", None)
sys.argv = [sys.argv[1], *sys.argv[2:]]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def test_without_atheris_it_says_so_and_exits_2():
    script = str(ROOT / "bench" / "fuzz.py")
    proc = subprocess.run(
        [sys.executable, "-c", BLOCK_ATHERIS, script, "--seconds", "1", "--target", "parse"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert proc.returncode == 2, proc.stderr
    assert "atheris is not installed" in proc.stderr
    assert "pip install -e '.[fuzz]'" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""
