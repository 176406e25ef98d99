"""Import names from before the stage packages (``narrlint.corpus`` …) keep working.

Plugins and scripts written against the flat layout import, for example,
``narrlint.document`` or ``narrlint.runner``; each old name resolves to the very module object
of its new home (``narrlint.engine.draft``, ``narrlint.engine.session``), so classes,
``isinstance`` checks and monkeypatching behave the same under either name.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any

MOVED = {
    "narrlint.source": "narrlint.input.source",
    "narrlint.frontmatter": "narrlint.input.frontmatter",
    "narrlint.discover": "narrlint.input.discover",
    "narrlint.ignore": "narrlint.input.ignore",
    "narrlint.yamlsource": "narrlint.input.yamlsource",
    "narrlint.prose": "narrlint.text.prose",
    "narrlint.textpos": "narrlint.text.positions",
    "narrlint.chunking": "narrlint.nlp.chunking",
    "narrlint.quantities": "narrlint.nlp.quantities",
    "narrlint.tokens": "narrlint.nlp.tokens",
    "narrlint.ledger": "narrlint.knowledge.ledger",
    "narrlint.corpus": "narrlint.knowledge.corpus",
    "narrlint.index": "narrlint.knowledge.index",
    "narrlint.indexstore": "narrlint.knowledge.indexstore",
    "narrlint.document": "narrlint.engine.draft",
    "narrlint.runner": "narrlint.engine.session",
    "narrlint.parallel": "narrlint.engine.parallel",
    "narrlint.budget": "narrlint.engine.budget",
    "narrlint.plugins": "narrlint.engine.plugins",
    "narrlint.hookspecs": "narrlint.engine.hookspecs",
    "narrlint.filters": "narrlint.output.filters",
    "narrlint.suppressions": "narrlint.output.suppressions",
    "narrlint.baseline": "narrlint.output.baseline",
    "narrlint.fixes": "narrlint.output.fixes",
    "narrlint.locations": "narrlint.output.locations",
    "narrlint.reporters": "narrlint.output.reporters",
    "narrlint.cli": "narrlint.frontends.cli",
    "narrlint.lsp": "narrlint.frontends.lsp",
    "narrlint.index_cli": "narrlint.frontends.corpus_cli",
}
"""Old module name → new module name. ``narrlint.engine`` and ``narrlint.nlp`` are packages
now and forward their old names themselves."""


_PREFIX = "narrlint."
"""What every old name starts with."""


def _target(fullname: str) -> str | None:
    if not fullname.startswith(_PREFIX):  # every import of the process asks (spaCy's: 1,000)
        return None
    if fullname in MOVED:
        return MOVED[fullname]
    for old, new in MOVED.items():  # submodules of a moved package: narrlint.reporters.json
        if fullname.startswith(old + "."):
            return new + fullname[len(old) :]
    return None


class _AliasLoader(importlib.abc.Loader):
    def __init__(self, target: str) -> None:
        self.target = target

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> None:
        return None

    def exec_module(self, module: ModuleType) -> None:
        # The import system returns whatever sys.modules holds under the name once this returns:
        # the real module, untouched (its __spec__ and __name__ stay those of its new home).
        sys.modules[module.__name__] = importlib.import_module(self.target)


class AliasFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):  # type: ignore[no-untyped-def]
        new = _target(fullname)
        if new is None:
            return None
        return importlib.machinery.ModuleSpec(fullname, _AliasLoader(new))


def forwarding(
    package: str, load: Callable[[], ModuleType], submodules: tuple[str, ...]
) -> Callable[[str], Any]:
    """A module ``__getattr__`` for a package that was one module: its old names (``Linter``
    from ``narrlint.engine``) come from the module that now holds them, loaded on first use.
    Submodule names raise, so the import system loads the submodule itself."""

    def __getattr__(name: str) -> Any:
        if name in submodules or name.startswith("__"):
            raise AttributeError(name)
        try:
            return getattr(load(), name)
        except AttributeError:
            raise AttributeError(f"module {package!r} has no attribute {name!r}") from None

    return __getattr__


def install() -> None:
    if not any(isinstance(finder, AliasFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, AliasFinder())  # before PathFinder, which would load a moved
        # package's submodule (narrlint.reporters.json) a second time under its old name
