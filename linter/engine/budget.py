"""A time budget for one call: how a hung rule is stopped without stopping the run.

The budget is **CPU time of the thread that runs the call**, not time on the clock: on a
loaded machine (a pre-commit hook beside a build, eight sessions on two cores) a rule's thread
waits its turn, and a wall-clock budget turned that wait into an ``NL000`` finding that
depended on the machine rather than the draft. A rule that spins still uses CPU and is stopped
when it has used its budget. A rule that uses none, because it waits (a lock, a socket with no
timeout, ``sleep``), is stopped by a wall-clock backstop of :data:`WALL_FACTOR` times the
budget, far past what any machine's load makes of a rule that fits its budget.

Two mechanisms, because Python can interrupt running code only from the main thread:

* **Main thread** (the CLI, ``-j`` worker processes, pre-commit): ``SIGALRM`` from
  ``setitimer``, first after the budget in wall time (a thread cannot use more CPU than time
  passes), then after whatever CPU the thread has left. Its handler raises
  :class:`BudgetExceeded` inside the running rule, which unwinds it; nothing is left running.
  A previous ``SIGALRM`` handler and timer (pytest-timeout, an editor host) are restored
  afterwards with their remaining time.
* **Any other thread** (a language server that lints from a thread pool): the call runs in a
  daemon thread whose CPU clock is read while it is waited for. A call past its budget then is
  abandoned: its result is discarded, the thread keeps running until it returns (or the
  process exits, as it is a daemon), so a hung rule costs CPU but never blocks the lint.

Neither can interrupt code that holds the GIL inside a C extension (a catastrophically
backtracking regular expression, say): the overrun is detected, and reported, when that call
returns. :class:`BudgetExceeded` derives from ``BaseException`` so that a rule's own
``except Exception`` cannot swallow it; the alarm repeats every ``REPEAT`` seconds in case a
bare ``except`` does.
"""

from __future__ import annotations

import _signal
import signal
import threading
import time
from collections.abc import Callable
from typing import TypeVar

_install = _signal.signal
"""``signal.signal`` without its wrapper, which turns the handler it returns into an enum, for
a Python handler (ours, when restoring) only after a failed enum lookup: 5 of the 10 µs that
every rule's call cost. The handlers here never leave this module; the C function takes the
same ones and returns the previous one."""

T = TypeVar("T")

REPEAT = 0.5
"""Seconds between repeated alarms once the budget is spent, in case the first was swallowed."""

WALL_FACTOR = 10.0
"""The wall-clock backstop, in budgets: a call that has not used its CPU budget is still
stopped once this many budgets have passed on the clock (a rule that waits instead of
computing). Its thread then had less than a tenth of a core all along. On this project's
shared two-core machine under its usual load (eight sessions), a run's rules got a seventh of
a core (examples/draft.md: 0.22 s CPU in 1.50 s for the slowest rule): a factor of 6 would have
left a rule that fits its CPU budget only a little room. The default budget is 10 s per 100,000
characters of prose; the slowest rule on that draft took 0.22 s of CPU."""

MIN_WAIT = 0.01
"""Shortest wait before the CPU clock is read again, so a budget nearly spent is not read in a
storm of alarms."""


class BudgetExceeded(BaseException):
    """The call ran past its budget and was stopped (or, off the main thread, abandoned).

    ``seconds`` is the budget (``rule-timeout`` as scaled for the draft); ``clock`` says how
    it was spent: ``"cpu"``, that much CPU time used, or ``"wall"``, :data:`WALL_FACTOR` times
    that on the clock without finishing (a call that waits).
    """

    def __init__(self, seconds: float, clock: str = "cpu") -> None:
        if clock == "cpu":
            how = "of CPU time"
        else:
            how = f"waited {seconds * WALL_FACTOR:g} s on the clock without finishing"
        super().__init__(f"ran past its time budget of {seconds:g} s ({how})")
        self.seconds = seconds
        self.clock = clock


def call_with_budget(func: Callable[[], T], seconds: float | None) -> T:
    """``func()``, raising :class:`BudgetExceeded` once it has used ``seconds`` of its
    thread's CPU time, or has run :data:`WALL_FACTOR` times that on the clock.

    ``None`` or a budget of 0 or less: no limit.
    """
    if seconds is None or seconds <= 0:
        return func()
    if _alarm_available():
        return _with_alarm(func, seconds)
    return _with_thread(func, seconds)


def _alarm_available() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _spent(seconds: float, cpu: float, wall: float) -> BudgetExceeded | None:
    """The overrun after ``cpu`` seconds of CPU in ``wall`` seconds, or ``None``."""
    if cpu >= seconds:
        return BudgetExceeded(seconds, "cpu")
    if wall >= seconds * WALL_FACTOR:
        return BudgetExceeded(seconds, "wall")
    return None


def _next_look(seconds: float, cpu: float, wall: float) -> float:
    """Wall seconds before the budget can be spent: the CPU left (a thread uses at most one
    second of CPU a second) or the time to the backstop, whichever comes first."""
    return max(min(seconds - cpu, seconds * WALL_FACTOR - wall), MIN_WAIT)


def _with_alarm(func: Callable[[], T], seconds: float) -> T:
    armed = True
    started = time.monotonic()
    cpu_started = time.thread_time()  # the handler runs in this thread, the rule's

    def on_alarm(signum: int, frame: object) -> None:
        if not armed:
            return
        wall = time.monotonic() - started
        cpu = time.thread_time() - cpu_started
        overrun = _spent(seconds, cpu, wall)
        if overrun is not None:
            raise overrun  # the timer goes on repeating every REPEAT seconds
        signal.setitimer(signal.ITIMER_REAL, _next_look(seconds, cpu, wall), REPEAT)

    previous = _install(signal.SIGALRM, on_alarm)
    outer_delay, outer_interval = signal.setitimer(signal.ITIMER_REAL, seconds, REPEAT)
    try:
        try:
            return func()
        finally:
            # An alarm that lands before this line still raises, and the outer ``finally``
            # still restores the previous handler; after it, the handler does nothing.
            armed = False
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        _install(signal.SIGALRM, previous)
        if outer_delay > 0:
            remaining = outer_delay - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(remaining, 1e-6), outer_interval)


def _with_thread(func: Callable[[], T], seconds: float) -> T:
    outcome: dict[str, object] = {}
    clock_known = threading.Event()

    def target() -> None:
        try:
            outcome["clock"] = _thread_clock()
            clock_known.set()
            outcome["value"] = func()
        except BaseException as exc:  # handed to the waiting thread below
            outcome["error"] = exc
        finally:
            clock_known.set()

    started = time.monotonic()
    worker = threading.Thread(target=target, name="narrlint-rule", daemon=True)
    worker.start()
    clock_known.wait()
    clock = outcome.get("clock")
    cpu = wall = 0.0
    while True:
        worker.join(_next_look(seconds, cpu, wall))
        if not worker.is_alive():
            break
        wall = time.monotonic() - started
        used = _cpu_of(clock, wall)
        if used is None:  # the thread ended between the join and the read: join it again
            continue
        cpu = used
        overrun = _spent(seconds, cpu, wall)
        if overrun is not None:
            raise overrun
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


def _thread_clock() -> int | None:
    """The CPU clock of the calling thread, or ``None`` where threads have none to read."""
    try:
        return time.pthread_getcpuclockid(threading.get_ident())
    except (AttributeError, OSError):
        return None


def _cpu_of(clock: int | None, wall: float) -> float | None:
    """CPU seconds on ``clock`` (from 0: the clock was taken as the thread started), or
    ``None`` once the thread has ended; without a clock, the wall time, as budgets were
    measured before."""
    if clock is None:
        return wall
    try:
        return time.clock_gettime(clock)
    except OSError:  # the thread is gone: its clock with it
        return None
