"""A rule's time budget is its thread's CPU time, not time on the clock (robustness round 13).

The budget was wall-clock: on a loaded machine (a pre-commit hook beside a build, eight
sessions on two cores) a rule whose thread merely waited its turn became an ``NL000`` "ran past
its time budget" finding, which depended on the machine and not on the draft. A process that
is not scheduled is simulated here deterministically: the rule stops its own process
(``SIGSTOP``) and a helper continues it after a while, so time passes on the clock while the
rule uses no CPU, as it does when the machine runs other work. A hang is still stopped: a spin
when it has used its CPU budget, a wait (``sleep``, a lock) by the wall-clock backstop.
"""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from narrlint.engine.budget import WALL_FACTOR, BudgetExceeded, call_with_budget

from .conftest import RURITANIA, run_cli
from .test_plugins import install_fake_distribution

PAUSE = 0.8
"""Seconds the process is not scheduled: four times the budgets below, far under the backstop."""

DESCHEDULE = f"""
import os, signal, subprocess, time

def descheduled():
    '''Time passes, the process is not run: what a loaded machine does to a rule. Then
    the rule does its 0.05 s of work.'''
    subprocess.Popen(["sh", "-c", "sleep {PAUSE}; kill -CONT %d" % os.getpid()])
    os.kill(os.getpid(), signal.SIGSTOP)
    done = time.thread_time() + 0.05
    while time.thread_time() < done:
        pass
    return "finished"
"""

IN_MAIN_THREAD = """
from narrlint.engine.budget import call_with_budget
print(call_with_budget(descheduled, 0.2))
"""

IN_A_THREAD = """
import threading
from narrlint.engine.budget import call_with_budget
out = {}
def lint():
    try:
        out["value"] = call_with_budget(descheduled, 0.2)
    except BaseException as exc:
        out["value"] = repr(exc)
worker = threading.Thread(target=lint)
worker.start()
worker.join(30)
print(out["value"])
"""


@pytest.mark.parametrize("caller", [IN_MAIN_THREAD, IN_A_THREAD], ids=["alarm", "thread"])
def test_a_rule_that_is_not_scheduled_is_not_past_its_budget(caller):
    """0.8 s on the clock, almost no CPU, under a budget of 0.2 s: the call finishes. With a
    wall-clock budget it raised BudgetExceeded (main thread) or was abandoned (thread)."""
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", DESCHEDULE + caller],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "finished"
    assert time.monotonic() - started >= PAUSE  # the process really was held up


PLUGIN = (
    DESCHEDULE
    + """
from narrlint.api import Rule, Severity, hookimpl


class Descheduled(Rule):
    code, name = "XD101", "descheduled"
    summary = "a fast rule on a busy machine"
    severity = Severity.WARNING
    documentation = "Bad: anything. Good: nothing."

    def check(self, draft, corpus):
        descheduled()
        return []


@hookimpl
def narrlint_rules():
    return [Descheduled()]
"""
)


def test_a_busy_machine_does_not_turn_a_rule_into_nl000(tmp_path):
    """End to end, as a pre-commit hook on a loaded machine runs it: exit 0, no NL000."""
    site = tmp_path / "site"
    site.mkdir()
    install_fake_distribution(site, "narrlint-busy", "narrlint_busy", PLUGIN)
    (tmp_path / ".narrlint.yaml").write_text("rule-timeout: 0.2\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("The ministry says the deficit is falling.\n", "utf-8")
    result = run_cli(
        "--no-seeds",
        "--corpus",
        str(RURITANIA),
        "--select",
        "XD101",
        "--format",
        "json",
        "-j",
        "1",
        "a.md",
        cwd=tmp_path,
        env={"PYTHONPATH": str(site)},
    )
    assert result.code == 0, result.stdout + result.stderr
    assert result.json()["findings"] == []


def _spin() -> None:
    while True:
        pass


def test_a_spinning_call_is_stopped_on_its_cpu_budget():
    started = time.thread_time()
    with pytest.raises(BudgetExceeded) as info:
        call_with_budget(_spin, 0.3)
    assert info.value.clock == "cpu" and info.value.seconds == 0.3
    assert time.thread_time() - started >= 0.3


def test_a_waiting_call_is_stopped_by_the_wall_clock_backstop():
    """A rule that waits (a lock, a socket without a timeout) uses no CPU: still stopped."""
    started = time.monotonic()
    with pytest.raises(BudgetExceeded) as info:
        call_with_budget(lambda: time.sleep(60), 0.1)
    elapsed = time.monotonic() - started
    assert (info.value.clock, info.value.seconds) == ("wall", 0.1)
    assert f"waited {0.1 * WALL_FACTOR:g} s on the clock" in str(info.value)
    assert 0.1 * WALL_FACTOR <= elapsed < 10
