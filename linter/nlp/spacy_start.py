"""spaCy's import without its command line, which no narrlint process runs.

``import spacy`` runs ``from .cli.info import info``, and the package ``spacy.cli`` imports
every spaCy command and with them requests, httpx, typer, weasel and the like: about 0.2 s of
CPU, a fifth of every narrlint start. :func:`defer_cli` puts a stand-in for ``spacy.cli.info``
into ``sys.modules`` before spaCy is imported, so that this line no longer imports the package.
It defers, it removes nothing: ``spacy.info()`` and any other name of the stand-in import the
real module and forward to it, and whoever imports ``spacy.cli`` itself (``import spacy.cli``,
``from spacy.cli import download``) gets the real package, the stand-in dropped first. Only
``spacy.cli`` as an attribute of ``spacy`` without importing it is missing until then.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import sys
import threading
import types

_INFO = "spacy.cli.info"
_LOCK = threading.RLock()


class _Deferred(types.ModuleType):
    """The stand-in for ``spacy.cli.info``: any name it lacks is read from the real module."""

    def __getattr__(self, name: str):
        if name.startswith("__") and name.endswith("__"):
            # introspection (``__file__``, ``__path__`` …) does not import the real module
            raise AttributeError(name)
        return getattr(real_info(), name)


def _drop_stand_in() -> None:
    with _LOCK:
        if isinstance(sys.modules.get(_INFO), _Deferred):
            del sys.modules[_INFO]
        sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, _CliFinder)]


def real_info() -> types.ModuleType:
    """spaCy's real ``spacy.cli.info`` (its command line imported then). Read from
    ``sys.modules``: the package's attribute ``info`` is the command's function, not the module."""
    _drop_stand_in()
    import spacy.cli.info  # noqa: F401  (a static import: the source scan allows no dynamic one)

    return sys.modules[_INFO]


def _info(*args, **kwargs):
    """``spacy.info``: spaCy's own, imported on its first call."""
    return real_info().info(*args, **kwargs)


class _CliFinder(importlib.abc.MetaPathFinder):
    """Drops the stand-in when ``spacy.cli`` itself is imported, so that the package reads the
    real ``info`` module; it finds nothing itself."""

    def find_spec(self, fullname, path, target=None):
        if fullname == "spacy.cli":
            _drop_stand_in()
        return None


def deferred() -> bool:
    """Is the stand-in in place (spaCy's command line not imported)?"""
    return isinstance(sys.modules.get(_INFO), _Deferred)


def defer_cli() -> None:
    """Put the stand-in in place, unless spaCy or its command line is imported already or
    spaCy cannot be found (its import then fails as it would have)."""
    with _LOCK:
        if any(name in sys.modules for name in ("spacy", "spacy.cli", _INFO)):
            return
        try:
            if importlib.util.find_spec("spacy") is None:
                return
        except (ImportError, ValueError):
            return
        info = _Deferred(_INFO, "spaCy's `info` command, imported on first use")
        info.info = _info
        sys.modules[_INFO] = info
        sys.meta_path.insert(0, _CliFinder())
