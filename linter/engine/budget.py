"""A time budget for one call: how a hung rule is stopped without stopping the run.

Two mechanisms, because Python can interrupt running code only from the main thread:

* **Main thread** (the CLI, ``-j`` worker processes, pre-commit): ``SIGALRM`` from
  ``setitimer``. Its handler raises :class:`BudgetExceeded` inside the running rule, which
  unwinds it; nothing is left running. A previous ``SIGALRM`` handler and timer (pytest-timeout,
  an editor host) are restored afterwards with their remaining time.
* **Any other thread** (a language server that lints from a thread pool): the call runs in a
  daemon thread and is waited for until the budget is spent. A call still running then is
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


class BudgetExceeded(BaseException):
    """The call ran past its budget and was stopped (or, off the main thread, abandoned)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"ran past its time budget of {seconds:g} s")
        self.seconds = seconds


def call_with_budget(func: Callable[[], T], seconds: float | None) -> T:
    """``func()``, raising :class:`BudgetExceeded` if it runs longer than ``seconds``.

    ``None`` or a budget of 0 or less: no limit.
    """
    if seconds is None or seconds <= 0:
        return func()
    if _alarm_available():
        return _with_alarm(func, seconds)
    return _with_thread(func, seconds)


def _alarm_available() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _with_alarm(func: Callable[[], T], seconds: float) -> T:
    armed = True

    def on_alarm(signum: int, frame: object) -> None:
        if armed:
            raise BudgetExceeded(seconds)

    started = time.monotonic()
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

    def target() -> None:
        try:
            outcome["value"] = func()
        except BaseException as exc:  # handed to the waiting thread below
            outcome["error"] = exc

    worker = threading.Thread(target=target, name="narrlint-rule", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise BudgetExceeded(seconds)
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
