"""Reliability of what narrlint writes (issue 14): a plugin's prints never reach stdout, file
names cannot inject terminal escapes or forge finding lines, and ``--fix`` is safe.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from .conftest import RURITANIA, run_cli
from .test_plugins import install_fake_distribution

STALE_LINE = "Interim Finance Minister Anna Vogel says the deficit is falling."
STALE = f"---\ndate: 2023-01-01\n---\n# Budget\n\n{STALE_LINE}\n"


def corpus_args(jobs: str = "1") -> list[str]:
    return ["--no-seeds", "--corpus", str(RURITANIA), "-j", jobs]


# ---------------------------------------------------------------------------------------------
# Item 5: a plugin's print()

PRINTER = r"""
import sys
import threading

from narrlint.api import Rule, Severity, hookimpl

print("printed at import \x1b]0;owned\x07")


class Prints(Rule):
    code, name = "XP101", "prints"
    summary = "prints while it checks"
    severity = Severity.INFO
    documentation = "Bad: anything. Good: nothing."

    def check(self, draft, corpus):
        print("hello from check \x1b[2J\x1b[H", end="")
        print(" and more")
        sys.stdout.write("no newline at the end")
        worker = threading.Thread(target=print, args=("from a plugin thread",))
        worker.start()
        worker.join()
        yield draft.problem(draft.doc[0], "a finding")


@hookimpl
def narrlint_rules():
    print("printed by the hook")
    return [Prints()]
"""


@pytest.fixture(scope="module")
def printer_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("printer-site")
    install_fake_distribution(site, "narrlint-printer", "narrlint_printer", PRINTER)
    return site


@pytest.mark.parametrize("fmt", ["json", "sarif"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_plugin_prints_go_to_stderr_marked_and_escaped(tmp_path, printer_site, fmt, jobs):
    paths = []
    for n in range(3):
        path = tmp_path / f"draft{n}.md"
        path.write_text(STALE, encoding="utf-8")
        paths.append(str(path))
    run = run_cli(
        *paths,
        "--format",
        fmt,
        *corpus_args(jobs),
        env={"PYTHONPATH": str(printer_site)},
    )
    assert run.code == 1, run.stderr
    report = json.loads(run.stdout)  # stdout is exactly the machine-readable report
    if fmt == "json":
        codes = sorted(f["code"] for f in report["findings"])
        assert codes == ["NL401"] * 3 + ["XP101"] * 3
    assert "\x1b" not in run.stderr and "\x07" not in run.stderr
    label = "narrlint: plugin 'narrlint-printer' (rule XP101 prints) printed: "
    lines = run.stderr.splitlines()
    assert lines.count(label + "hello from check \\x1b[2J\\x1b[H and more") == 3
    assert lines.count(label + "no newline at the end") == 3
    assert lines.count("narrlint: a plugin thread printed: from a plugin thread") == 3
    assert "printed by the hook" in run.stderr
    if jobs == "1":
        assert "printed at import \\x1b]0;owned\\x07" in run.stderr


def test_plugin_prints_in_process_do_not_reach_stdout(capsys, ruritania):
    import types

    from narrlint.engine.linter import Linter
    from narrlint.engine.plugins import load_registry
    from narrlint.input.source import SourceText

    module = types.ModuleType("printer_inline")
    exec(compile(PRINTER, "printer_inline", "exec"), module.__dict__)  # test-only, trusted code
    rule = load_registry(extra=[module]).rules["XP101"]
    capsys.readouterr()
    result = Linter([rule], ruritania).lint(SourceText(STALE), "d.md")
    assert [f.code for f in result.findings] == ["XP101"]
    print("the report")
    out, err = capsys.readouterr()
    assert out == "the report\n"
    assert "(rule XP101 prints) printed: hello from check \\x1b[2J" in err
    sys.stdout.flush()


# ---------------------------------------------------------------------------------------------
# Item 8: control characters in file names (and excerpts)

EVIL = "evil\x1b[2J\x1b]0;owned\x07\rname\nforged.md:1:1: NL999 all is well [x]\x9b\u202e.md"
SHOWN = (
    "evil\\x1b[2J\\x1b]0;owned\\x07\\rname\\nforged.md:1:1: NL999 all is well [x]\\x9b\\u202e.md"
)


@pytest.fixture
def evil_files(tmp_path) -> tuple[Path, Path]:
    draft = tmp_path / EVIL
    draft.write_text(STALE, encoding="utf-8")
    broken = tmp_path / ("broken" + EVIL)
    broken.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00binary")
    return draft, broken


def _assert_inert(text: str) -> None:
    for char in ("\x1b", "\x07", "\r", "\x9b", "\u202e"):
        assert char not in text


@pytest.mark.usefixtures("evil_files")
def test_text_output_and_errors_escape_control_characters_in_names(tmp_path):
    run = run_cli(EVIL, "broken" + EVIL, *corpus_args(), cwd=tmp_path)
    assert run.code == 2
    _assert_inert(run.stdout)
    _assert_inert(run.stderr)
    lines = run.stdout.splitlines()
    assert lines[0].startswith(f"{SHOWN}:6:1: NL401 ")
    assert not any(line.startswith("forged.md") for line in lines)
    assert not any(line.startswith("forged.md") for line in run.stderr.splitlines())
    assert f"narrlint: error: broken{SHOWN}" in run.stderr


def test_github_annotations_escape_control_characters(tmp_path, evil_files):
    run = run_cli(EVIL, *corpus_args(), "--format", "github", cwd=tmp_path)
    assert run.code == 1
    _assert_inert(run.stdout)
    (annotation,) = [line for line in run.stdout.splitlines() if line.startswith("::")]
    assert "NL999" in annotation and "forged.md" in annotation  # inside the file= property
    assert annotation.startswith("::warning file=evil\\x1b[2J") or annotation.startswith(
        "::error file=evil\\x1b[2J"
    )
    assert not any(line.startswith("forged") for line in run.stdout.splitlines())


def test_diff_headers_escape_control_characters(tmp_path, evil_files):
    run = run_cli(EVIL, *corpus_args(), "--diff", cwd=tmp_path)
    assert run.code == 1
    _assert_inert(run.stdout)
    headers = [line for line in run.stdout.splitlines() if line.startswith(("--- ", "+++ "))]
    assert headers == [f"--- a/{SHOWN}", f"+++ b/{SHOWN}"]


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_json_and_sarif_keep_names_exact(tmp_path, evil_files, fmt):
    run = run_cli(EVIL, *corpus_args(), "--format", fmt, cwd=tmp_path)
    assert run.code == 1
    report = json.loads(run.stdout)
    if fmt == "json":
        assert {f["path"] for f in report["findings"]} == {EVIL}
    else:
        uris = {
            loc["physicalLocation"]["artifactLocation"]["uri"]
            for result in report["runs"][0]["results"]
            for loc in result["locations"]
        }
        assert len(uris) == 1 and "%1B" in uris.pop().upper()


def test_escape_shows_every_control_character():
    from narrlint.output.escape import escape

    assert escape("a\x1b[2J\n\r\t\x00\x7f\x85\u2028\u202eé ok") == (
        "a\\x1b[2J\\n\\r\\t\\x00\\x7f\\x85\\u2028\\u202eé ok"
    )
    assert all(ord(c) >= 0x20 for c in escape("".join(map(chr, range(0x100)))))


# ---------------------------------------------------------------------------------------------
# Item 9: --fix safety and exiting when done


def test_fix_refuses_a_read_only_file(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(STALE, encoding="utf-8")
    other = tmp_path / "other.md"
    other.write_text(STALE, encoding="utf-8")
    draft.chmod(0o444)  # tests run as root: access() would allow it, the mode bits do not
    try:
        run = run_cli("draft.md", "other.md", "--fix", *corpus_args(), cwd=tmp_path)
        assert run.code == 2, run.stderr
        assert "narrlint: error: draft.md: not fixed: it is read-only" in run.stderr
        assert draft.read_text(encoding="utf-8") == STALE
        assert (draft.stat().st_mode & 0o777) == 0o444
        assert other.read_text(encoding="utf-8") != STALE  # the writable file is fixed
        assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.md", "other.md"]
    finally:
        draft.chmod(0o644)


def _interrupt_at(line_events: int):
    """A trace function raising KeyboardInterrupt at the n-th line executed (in any frame,
    the standard library's included): an interrupt at every possible point of a call."""
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
            if count == line_events:
                raise KeyboardInterrupt
        return tracer

    return tracer


def test_an_interrupt_anywhere_in_a_write_leaves_no_temporary_file(tmp_path):
    import signal

    from narrlint.output.fixes import write_atomic

    path = tmp_path / "draft.md"
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, [])
    completed = False
    for n in range(1, 5000):
        path.write_bytes(b"old\n")
        sys.settrace(_interrupt_at(n))
        try:
            write_atomic(str(path), b"new\n")
            completed = True
        except KeyboardInterrupt:
            pass
        finally:
            sys.settrace(None)
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        assert [p.name for p in tmp_path.iterdir()] == ["draft.md"], n
        assert path.read_bytes() in (b"old\n", b"new\n")
        if completed:
            break
    assert completed and path.read_bytes() == b"new\n"


LINGERING = r"""
import threading
import time

from narrlint.api import Rule, Severity, hookimpl


class Lingers(Rule):
    code, name = "XL101", "lingers"
    summary = "starts a thread it never stops"
    severity = Severity.INFO
    documentation = "Bad: anything. Good: nothing."

    def check(self, draft, corpus):
        threading.Thread(target=time.sleep, args=(3600,), name="lingering").start()
        return []


@hookimpl
def narrlint_rules():
    return [Lingers()]
"""


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_narrlint_exits_when_done_despite_a_plugin_thread(tmp_path, fmt):
    import subprocess

    site = tmp_path / "site"
    site.mkdir()
    install_fake_distribution(site, "narrlint-lingers", "narrlint_lingers", LINGERING)
    draft = tmp_path / "draft.md"
    draft.write_text(STALE, encoding="utf-8")
    env = {**__import__("os").environ, "PYTHONPATH": str(site), "NO_COLOR": "1"}
    args = [str(draft), "--format", fmt, *corpus_args()]
    # The timeout is a hang guard only: before, narrlint waited an hour for the thread.
    proc = subprocess.run(
        [sys.executable, "-m", "narrlint", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
    )
    assert proc.returncode == 1, proc.stderr
    if fmt == "json":
        assert [f["code"] for f in json.loads(proc.stdout)["findings"]] == ["NL401"]
    else:
        assert proc.stdout.endswith("1 finding in 1 file: 1 error\n")
