"""Running rules: the parsed draft, the linter, sessions, worker processes, time budgets, plugins.

``narrlint.engine`` was one module before the stages were split into packages; its names
(``Linter``, ``LintResult``, ``INTERNAL_ERROR`` …) still resolve here, from
:mod:`narrlint.engine.linter`.
"""

from typing import Any

_SUBMODULES = ("budget", "draft", "hookspecs", "linter", "parallel", "plugins", "session")


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES or name.startswith("__"):
        raise AttributeError(name)  # let the import system load the submodule
    from narrlint.engine import linter

    try:
        return getattr(linter, name)
    except AttributeError:
        raise AttributeError(f"module 'narrlint.engine' has no attribute {name!r}") from None
