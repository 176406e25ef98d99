"""Ctrl-C while the command line starts: imported first by :mod:`~narrlint.frontends.cli`.

Python turns Ctrl-C into ``KeyboardInterrupt`` wherever the main thread is; :func:`cli.main`
catches it (``narrlint: interrupted``, exit 130), but not while the command line's own modules
are still being imported, before ``main`` runs: the user saw a traceback of whichever import
the signal cut. While narrlint starts as a program, Ctrl-C ends it the same quiet way; ``main``
hands Ctrl-C back to Python (:func:`started`) once it can catch it.
"""

from __future__ import annotations

import os
import signal
import sys

INTERRUPTED = 130
"""Exit code of a run ended by Ctrl-C (128 + SIGINT), as shells report it."""


def _interrupted(signum: int, frame: object) -> None:
    sys.stderr.write("narrlint: interrupted\n")
    raise SystemExit(INTERRUPTED)


def _as_the_program() -> bool:
    """Whether narrlint is starting as a program (the ``narrlint`` script or ``python -m
    narrlint``), not imported by a host, whose Ctrl-C is not narrlint's to take."""
    main_spec = getattr(sys.modules.get("__main__"), "__spec__", None)
    script = os.path.basename(sys.argv[0]) if sys.argv else ""
    # ``python -m narrlint``: the package is imported while Python still locates
    # ``narrlint.__main__`` (``sys.argv[0]`` is then "-m"), before ``__main__`` names it;
    # only a module of narrlint's own being located imports narrlint at that moment.
    locating = script == "-m"
    return (
        locating
        or getattr(main_spec, "name", None) == "narrlint.__main__"
        or script in ("narrlint", "narrlint.exe")
    )


AS_THE_PROGRAM = _as_the_program()
"""Whether this process is narrlint the program (what the program-only start-up tricks ask:
this module's Ctrl-C handler, :mod:`narrlint.frontends.dataclass_code`)."""

_BEFORE = (
    signal.signal(signal.SIGINT, _interrupted)
    if AS_THE_PROGRAM and signal.getsignal(signal.SIGINT) is signal.default_int_handler
    else None
)


def started() -> None:
    """Give Ctrl-C back to Python's ``KeyboardInterrupt`` (called where ``main`` catches it)."""
    if _BEFORE is not None and signal.getsignal(signal.SIGINT) is _interrupted:
        signal.signal(signal.SIGINT, _BEFORE)
