"""Faulty plugins never take a run down (issue 5).

Each broken rule is installed the way a real third-party plugin is: a module plus a dist-info
folder with a ``narrlint`` entry point, on ``PYTHONPATH`` of a ``narrlint`` subprocess. Every
failure becomes an ``NL000 internal-error`` finding naming the plugin and the rule, the
built-in rules' findings are kept, and the exit code is 2.
"""

from __future__ import annotations

import signal
import threading
import time
from pathlib import Path

import pytest

from narrlint.api import Rule, Severity
from narrlint.engine.budget import BudgetExceeded, call_with_budget
from narrlint.engine.linter import Linter
from narrlint.engine.plugins import load_registry
from narrlint.input.source import SourceText
from narrlint.model import Edit, Evidence, Fix, Problem

from .conftest import RURITANIA, run_cli
from .test_plugins import install_fake_distribution

STALE = (
    "---\ndate: 2023-01-01\n---\n# Budget\n\n"
    "Interim Finance Minister Anna Vogel says the deficit is falling!\n"
)

BROKEN = '''
import sys
import time

from narrlint.api import Rule, Severity, hookimpl
from narrlint.model import Evidence, Problem


class Base(Rule):
    summary = "a deliberately broken rule"
    severity = Severity.WARNING
    documentation = "Bad: anything. Good: nothing."


class Raises(Base):
    code, name = "XB101", "raises"

    def check(self, draft, corpus):
        yield draft.problem(draft.doc[0], "a finding before the crash")
        raise ValueError("boom")


class Loops(Base):
    code, name = "XB102", "loops"

    def check(self, draft, corpus):
        while True:
            pass
        yield


class Sleeps(Base):
    code, name = "XB103", "sleeps"

    def check(self, draft, corpus):
        time.sleep(3600)
        return []


class Swallows(Base):
    """Catches everything, even the first alarm: the repeated alarm still stops it."""

    code, name = "XB104", "swallows"

    def check(self, draft, corpus):
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                while True:
                    pass
            except BaseException:
                if getattr(self, "swallowed", False):
                    raise
                self.swallowed = True
        return []


class OutOfRange(Base):
    code, name = "XB105", "out-of-range"

    def check(self, draft, corpus):
        yield draft.problem(draft.doc[0], "a good finding from a sloppy rule")
        yield Problem(len(draft.text) + 5, len(draft.text) + 9, "past the end")
        yield Problem(-3, 2, "before the start")


class NotAProblem(Base):
    code, name = "XB106", "not-a-problem"

    def check(self, draft, corpus):
        yield "a plain string"
        yield Problem(0, 1, "bad evidence", evidence=(Evidence(None, "x", 3),))


class ChangesSeverity(Base):
    """Valid when registered, an unknown severity by the time it runs."""

    code, name = "XB107", "changes-severity"
    calls = 0

    @property
    def severity(self):
        type(self).calls += 1
        return Severity.WARNING if type(self).calls == 1 else "catastrophic"

    def check(self, draft, corpus):
        return []


class Exits(Base):
    code, name = "XB108", "exits"

    def check(self, draft, corpus):
        sys.exit(3)


class BadSeverity(Base):
    code, name = "XB109", "bad-severity"
    severity = "critical"

    def check(self, draft, corpus):
        return []


class Fine(Base):
    code, name = "XB110", "fine"

    def check(self, draft, corpus):
        for token in draft.doc:
            if token.text == "!":
                yield draft.problem(token, "an exclamation mark")


@hookimpl
def narrlint_rules():
    return [
        Raises(), Loops(), Sleeps(), Swallows(), OutOfRange(), NotAProblem(),
        ChangesSeverity(), Exits(), BadSeverity(), Fine(),
    ]
'''

IMPORT_FAILS = """
raise ImportError("this plugin needs a module that is not installed")
"""

HOOK_FAILS = """
from narrlint.api import hookimpl


@hookimpl
def narrlint_rules():
    raise RuntimeError("cannot build my rules")


@hookimpl
def narrlint_corpus_paths():
    raise RuntimeError("cannot find my corpus")
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("site")
    install_fake_distribution(root, "narrlint-broken", "narrlint_broken", BROKEN)
    install_fake_distribution(root, "narrlint-noimport", "narrlint_noimport", IMPORT_FAILS)
    install_fake_distribution(root, "narrlint-hookfails", "narrlint_hookfails", HOOK_FAILS)
    return root


@pytest.fixture(scope="module")
def run(site, tmp_path_factory):
    """One lint of two drafts with every broken plugin installed (run once: it waits for the
    hung rules' budgets)."""
    folder = tmp_path_factory.mktemp("drafts")
    (folder / ".narrlint.yaml").write_text("rule-timeout: 0.5\n", encoding="utf-8")
    (folder / "a.md").write_text(STALE, encoding="utf-8")
    (folder / "b.md").write_text(STALE.replace("Anna Vogel", "Karl Brandt"), encoding="utf-8")
    started = time.monotonic()
    result = run_cli(
        "--no-seeds",
        "--corpus",
        str(RURITANIA),
        "--format",
        "json",
        "-j",
        "1",
        "a.md",
        "b.md",
        cwd=folder,
        env={"PYTHONPATH": str(site)},
    )
    result.elapsed = time.monotonic() - started  # type: ignore[attr-defined]
    return result


def internal_errors(run) -> list[dict]:
    return [f for f in run.json()["findings"] if f["code"] == "NL000"]


def messages_for(run, code: str, path: str = "a.md") -> list[str]:
    return [
        f["message"] for f in internal_errors(run) if code in f["message"] and f["path"] == path
    ]


def test_run_survives_and_exits_2(run):
    assert run.code == 2, run.stderr
    assert "Traceback" not in run.stderr
    data = run.json()
    assert data["files"] == 2


def test_other_rules_findings_are_kept(run):
    codes = {(f["path"], f["code"]) for f in run.json()["findings"]}
    assert ("a.md", "NL401") in codes  # the built-in stale-title rule, unharmed
    assert ("a.md", "XB110") in codes and ("b.md", "XB110") in codes  # a fine plugin rule


def test_rule_that_raises_is_named_with_its_plugin(run):
    (message,) = messages_for(run, "XB101")
    assert "rule XB101 (raises) from plugin 'narrlint-broken'" in message
    assert "raised ValueError: boom" in message
    assert "narrlint_broken.py:" in message  # where it raised


@pytest.mark.parametrize("code", ["XB102", "XB103", "XB104"])
def test_hung_rule_is_stopped_at_its_budget(run, code):
    for path in ("a.md", "b.md"):
        (message,) = messages_for(run, code, path)
        assert "ran past its time budget of 0.5 s" in message
        assert "from plugin 'narrlint-broken'" in message


def test_hung_rules_cost_their_budget_only(run):
    # 3 hung rules x 2 files x 0.5 s, plus start-up; nothing waits for an hour.
    assert run.elapsed < 60


def test_malformed_findings_are_dropped_and_reported(run):
    (message,) = messages_for(run, "XB105")
    assert "yielded 2 malformed finding(s)" in message
    assert "lies outside the document" in message
    kept = [f for f in run.json()["findings"] if f["code"] == "XB105"]
    assert [f["message"] for f in kept] == ["a good finding from a sloppy rule"] * 2


def test_non_problem_and_bad_evidence_are_malformed(run):
    (message,) = messages_for(run, "XB106")
    assert "yielded 2 malformed finding(s)" in message
    assert "'a plain string' is not a narrlint Problem" in message


def test_severity_is_checked_when_the_rule_runs(run):
    (message,) = messages_for(run, "XB107")
    assert "has severity 'catastrophic', not a Severity" in message


def test_sys_exit_in_a_rule_does_not_end_the_run(run):
    (message,) = messages_for(run, "XB108")
    assert "raised SystemExit: 3" in message


def test_unknown_severity_is_refused_at_registration(run):
    messages = [f["message"] for f in internal_errors(run) if "XB109" in f["message"]]
    assert len(messages) == 1
    assert "plugin 'narrlint-broken'" in messages[0]
    assert "severity 'critical' is not a narrlint Severity" in messages[0]


def test_plugin_that_fails_to_import_is_reported_and_others_still_load(run):
    (message,) = [f["message"] for f in internal_errors(run) if "narrlint-noimport" in f["message"]]
    assert "plugin 'narrlint-noimport'" in message and "failed to load" in message
    assert "ImportError: this plugin needs a module that is not installed" in message


def test_plugin_whose_hooks_raise_is_reported(run):
    messages = [f["message"] for f in internal_errors(run) if "narrlint-hookfails" in f["message"]]
    assert any("RuntimeError: cannot build my rules" in m for m in messages)
    assert any("cannot find my corpus" in m for m in messages)


def test_text_output_names_plugin_and_rule(site, tmp_path):
    (tmp_path / "a.md").write_text(STALE, encoding="utf-8")
    result = run_cli(
        "--no-seeds",
        "--corpus",
        str(RURITANIA),
        "--select",
        "XB101,NL401",
        "a.md",
        cwd=tmp_path,
        env={"PYTHONPATH": str(site)},
    )
    assert result.code == 2
    line = next(x for x in result.stdout.splitlines() if "XB101 (raises)" in x)
    assert line.startswith(
        "a.md:1:1: NL000 error: rule XB101 (raises) from plugin 'narrlint-broken'"
    )
    assert line.endswith("[internal-error]")
    assert "a.md:6:1: NL401" in result.stdout
    assert "narrlint rules" not in result.stderr


def test_hung_rule_in_worker_processes(site, tmp_path):
    """With -j, rules run in forked workers' main threads: the alarm works there too."""
    padding = "\n\nThe deficit is falling, the ministry says." * 1200  # > 64 KB: use workers
    for name in ("a.md", "b.md", "c.md"):
        (tmp_path / name).write_text(STALE + padding, encoding="utf-8")
    (tmp_path / ".narrlint.yaml").write_text("rule-timeout: 0.2\n", encoding="utf-8")
    result = run_cli(
        "--no-seeds",
        "--corpus",
        str(RURITANIA),
        "--select",
        "XB102,NL4",
        "--format",
        "json",
        "-j",
        "2",
        "a.md",
        "b.md",
        "c.md",
        cwd=tmp_path,
        env={"PYTHONPATH": str(site)},
    )
    assert result.code == 2, result.stderr
    findings = result.json()["findings"]
    hung = sorted(f["path"] for f in findings if f["code"] == "NL000" and "XB102" in f["message"])
    assert hung == ["a.md", "b.md", "c.md"]
    assert sorted(f["path"] for f in findings if f["code"] == "NL401") == ["a.md", "b.md", "c.md"]


# ---------------------------------------------------------------------------------------------
# In process: the budget mechanism and run-time checks


class _Loop(Rule):
    code, name, summary, documentation = "XZ101", "loop", "loops", "Bad: x. Good: y."

    def check(self, draft, corpus):
        while True:
            pass


class _Yields(Rule):
    code, name, summary, documentation = "XZ102", "yields", "yields", "Bad: x. Good: y."

    def __init__(self, *problems):
        self.problems = problems

    def check(self, draft, corpus):
        yield from self.problems


def test_budget_interrupts_the_main_thread_and_restores_the_previous_alarm():
    fired = []
    previous = signal.signal(signal.SIGALRM, lambda *_: fired.append(True))
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.6)
        started = time.monotonic()
        with pytest.raises(BudgetExceeded):
            call_with_budget(lambda: time.sleep(5), 0.03)  # waits: stopped at 10 x 0.03 s
        assert time.monotonic() - started < 2.5  # interrupted: the call did not run its 5 s
        assert 0 < signal.getitimer(signal.ITIMER_REAL)[0] <= 0.6
        time.sleep(0.8)
        assert fired == [True]  # the outer timer still fired, once, into the outer handler
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_budget_returns_values_and_passes_exceptions_through():
    assert call_with_budget(lambda: 42, 5) == 42
    assert call_with_budget(lambda: 42, None) == 42
    with pytest.raises(KeyError):
        call_with_budget(lambda: {}["x"], 5)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_budget_off_the_main_thread_abandons_the_call():
    outcome = {}

    def lint_in_a_thread():
        started = time.monotonic()
        try:
            call_with_budget(lambda: time.sleep(3), 0.1)  # waits: stopped at 10 x 0.1 s
        except BudgetExceeded as exc:
            outcome["error"] = exc
        outcome["elapsed"] = time.monotonic() - started
        outcome["value"] = call_with_budget(lambda: "ok", 1)

    worker = threading.Thread(target=lint_in_a_thread)
    worker.start()
    worker.join(10)
    assert isinstance(outcome["error"], BudgetExceeded)
    assert outcome["elapsed"] < 2.5  # abandoned: the caller did not wait the call's 3 s
    assert outcome["value"] == "ok"


def test_linter_reports_a_hung_rule_in_process(ruritania):
    linter = Linter([_Loop()], ruritania, rule_timeout=0.2)
    linter.rules[0].plugin = "inline"
    (finding,) = linter.lint(SourceText("Text.\n"), "d.md").findings
    assert finding.code == "NL000"
    assert "rule XZ101 (loop) from plugin 'inline' ran past its time budget" in finding.message


def test_budget_grows_with_the_draft(ruritania):
    linter = Linter([], ruritania, rule_timeout=10)
    short = linter.parse(SourceText("A short draft.\n"), "a.md")
    long = linter.parse(SourceText("A long draft.\n\n" * 50_000), "b.md")
    assert linter.budget(short) == 10
    assert linter.budget(long) > 60
    assert Linter([], ruritania, rule_timeout=0).budget(short) is None


@pytest.mark.parametrize(
    ("problem", "reason"),
    [
        (Problem(0, 99, "too long"), "lies outside the document"),
        (Problem(0, 1, ""), "empty message"),
        (Problem(0, 1, "m", code="XX999"), "is not declared by the rule"),
        (Problem(0, 1, "m", evidence=("text",)), "not narrlint Evidence"),
        (Problem(0, 1, "m", evidence=(Evidence("s", 1, None),)), "not narrlint Evidence"),
        (Problem(0, 1, "m", fix=Fix("d", ("x",))), "is not a narrlint Edit"),
        (Problem(0, 1, "m", fix=Fix("d", (Edit(0, 50, "y"),))), "lies outside the document"),
        (Problem(0.5, 1, "m"), "offsets are not integers"),
    ],
)
def test_malformed_problems(ruritania, problem, reason):
    rule = _Yields(problem, Problem(0, 4, "fine"))
    rule.plugin = "inline"
    findings = Linter([rule], ruritania).lint(SourceText("Text.\n"), "d.md").findings
    assert [f.code for f in findings] == ["NL000", "XZ102"]
    assert reason in findings[0].message


def test_plugin_rules_load_with_builtins_when_one_plugin_breaks(site, monkeypatch):
    monkeypatch.syspath_prepend(str(site))
    import importlib

    importlib.invalidate_caches()
    registry = load_registry()
    assert "NL401" in registry.rules and "XB110" in registry.rules
    assert any("narrlint-noimport" in b for b in registry.broken)
    assert registry.rules["XB101"].severity is Severity.WARNING
