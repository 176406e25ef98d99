"""Running rules: the parsed draft, the linter, sessions, worker processes, time budgets, plugins.

``narrlint.engine`` was one module before the stages were split into packages; its names
(``Linter``, ``LintResult``, ``INTERNAL_ERROR`` …) still resolve here, from
:mod:`narrlint.engine.linter`.
"""

from types import ModuleType

from narrlint._aliases import forwarding
from narrlint.nlp.spacy_start import defer_cli

defer_cli()  # before anything imports spaCy: its command line is not needed to lint


def _linter() -> ModuleType:
    from narrlint.engine import linter

    return linter


__getattr__ = forwarding(
    "narrlint.engine",
    _linter,
    ("budget", "draft", "hookspecs", "linter", "parallel", "plugins", "session"),
)
