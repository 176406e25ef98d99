"""Cost that does not depend on the machine: lines of narrlint's own code run for an input.

Tests never time code (speed is the benchmark's, ``bench/``); what they can check is that
doubling an input doubles the work. Lines executed inside ``narrlint`` count the work done in
Python; work done inside C (a list copied, a regex run) is not counted, so that kind of cost is
left to the benchmark's long-draft case.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import narrlint

PACKAGE = str(Path(narrlint.__file__).resolve().parent)


def lines_run(
    function: Callable[..., Any],
    *args: Any,
    where: Callable[[str, str], bool] | None = None,
) -> int:
    """How many lines of the ``narrlint`` package ``function(*args)`` executes; with
    ``where(file, function name)``, only in the functions it picks (one reader's modules)."""
    count = 0

    def trace(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        code = frame.f_code
        if not code.co_filename.startswith(PACKAGE):
            return None
        if where is not None and not where(code.co_filename, code.co_name):
            return None
        if event == "line":
            count += 1
        return trace

    previous = sys.gettrace()
    sys.settrace(trace)
    try:
        function(*args)
    finally:
        sys.settrace(previous)
    return count


def growth(function: Callable[[int], Any], size: int) -> float:
    """Work at twice ``size`` over work at ``size``: about 2 for a linear pass, 4 for a
    quadratic one."""
    return lines_run(function, 2 * size) / max(1, lines_run(function, size))
