"""The code ``@dataclass`` compiles, kept between runs of the program (start-up, issue 10).

``@dataclass`` writes each class's ``__init__``, ``__repr__``, ``__eq__`` … as Python source
and compiles it with ``exec``: narrlint's two hundred data classes compile about 580 such
functions at every start, 0.13 s of CPU, a third of what a one-draft run paid beyond the spaCy
floor. Run as the program, narrlint gives the ``dataclasses`` module an ``exec`` of its own
(:func:`install`, a module global, which ``exec`` calls there find before the builtin) that
looks each source text up in a table of code objects kept in the cache folder, and compiles
only what the table lacks; the table is written back at exit when something was added.

The table is keyed by the whole source text, and a code object is what ``compile`` makes of
exactly that text for this Python (the file is named by its bytecode version and optimisation
level): a changed class writes other source, which misses, so no stale code can be used. It is
read only if this user owns it and no one else may write it (it holds code that runs); a damaged
or foreign file is an empty table. A host that imports narrlint (a test run, an editor's
language server process, a plugin's tool) keeps the ``dataclasses`` module untouched.
"""

from __future__ import annotations
import __future__

import atexit
import builtins
import dataclasses
import importlib.util
import marshal
import sys
import types
from pathlib import Path

from narrlint.knowledge.cachefiles import cache_dir, read_trusted, write_atomic

MAGIC = b"narrlint-dataclass-code 1\n" + importlib.util.MAGIC_NUMBER
KEEP = 4000
"""At most this many entries are carried over from earlier runs when the table is written
(beyond them, only this run's): the classes of code that changed leave entries no run reads."""


def table_file() -> Path:
    """Where the table lives, one file per bytecode version and optimisation level."""
    tag = sys.implementation.cache_tag or "python"
    return cache_dir() / f"dataclass-code-{tag}-O{sys.flags.optimize}.marshal"


class CachedExec:
    """``exec`` for the ``dataclasses`` module: a source text found in the table runs its stored
    code; one not found is compiled as ``exec`` would (no ``__future__`` flag: the module has
    none, :func:`install` checks) and added."""

    def __init__(self, table: dict[str, types.CodeType]) -> None:
        self.table = table
        self.used: dict[str, types.CodeType] = {}
        self.compiled = 0
        self.saving = True

    def __call__(self, source, globals=None, locals=None, /, **kwargs):
        if isinstance(source, str):
            code = self.table.get(source)
            if not isinstance(code, types.CodeType):
                code = compile(source, "<string>", "exec", dont_inherit=True)
                self.table[source] = code
                self.compiled += 1
            self.used[source] = code
            source = code
        return builtins.exec(source, globals, locals, **kwargs)

    def save(self, path: Path) -> None:
        """Write the table back if this run compiled anything: this run's entries, and the
        earlier ones unless there are more than :data:`KEEP`."""
        if not self.compiled or not self.saving:
            return
        table = self.table if len(self.table) <= KEEP else self.used
        try:
            data = marshal.dumps(table)
        except ValueError:  # pragma: no cover - code objects always marshal
            return
        write_atomic(path, MAGIC + data)


def read_table(path: Path) -> dict[str, types.CodeType]:
    """The table stored at ``path``, or an empty one (no file, another version, damaged,
    not this user's own)."""
    data = read_trusted(path)
    if data is None or not data.startswith(MAGIC):
        return {}
    try:
        table = marshal.loads(data[len(MAGIC) :])
    except (EOFError, ValueError, TypeError):
        return {}
    return table if isinstance(table, dict) else {}


def _has_future_flags(module: types.ModuleType) -> bool:
    """Whether ``module`` compiles its ``exec`` strings with a ``__future__`` feature."""
    return any(isinstance(v, __future__._Feature) for v in vars(module).values())


def install() -> CachedExec | None:
    """Give ``dataclasses`` the cached ``exec`` (once per process); the table is written back
    at exit. Not installed where ``dataclasses`` has an ``exec`` of its own already or compiles
    with a ``__future__`` feature (another Python's module)."""
    if "exec" in vars(dataclasses) or _has_future_flags(dataclasses):
        return None
    path = table_file()
    cached = CachedExec(read_table(path))
    dataclasses.exec = cached  # type: ignore[attr-defined]
    atexit.register(cached.save, path)
    return cached


def leave_cache_alone() -> None:
    """Write no table at exit (``--no-cache``: the run writes nothing in the cache folder)."""
    cached = vars(dataclasses).get("exec")
    if isinstance(cached, CachedExec):
        cached.saving = False
