"""The parsed ledger kept beside the corpus index, so a run need not read its YAML again.

Reading the seed ledger (450 KB of YAML, every entry validated) is a tenth of every start; the
same ledger pickled loads ten times faster. The file holds the index fingerprint (the ledger
files' bytes, the versions and the code that parses them: :func:`indexstore.fingerprint`) and
the pickled :class:`Ledger`, and is read back only when the fingerprint matches:

* by an unpickler that accepts the ledger's own data classes and dates and nothing else, so a
  planted file cannot run code;
* from a regular file this user owns that no one else may write.

Anything wrong (no file, another fingerprint, a damaged or foreign file, a cache that cannot
be written) costs only the YAML parse: the ledger is then read, validated and stored as before.
A ledger is stored only once it has parsed and passed its reference checks.

Beside it, :func:`derived_values` keeps what readers derive from the ledger's strings with the
pipeline (the lemmas and words of figure metrics: a spaCy pass over a hundred strings in every
process), keyed by the same fingerprint, the pipeline's model and the deriving code, and read by
an unpickler that builds no class at all. Its entries are keyed by the string they were derived
from, so a ledger changed in memory after loading only misses, never reads a stale value. Readers
whose code differs have keys of their own and share the file, one section per key.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import itertools
import pickle
from collections.abc import Callable, Iterable
from dataclasses import dataclass, is_dataclass
from pathlib import Path

from narrlint.knowledge import ledger_model
from narrlint.knowledge.cachefiles import read_trusted as _read_trusted
from narrlint.knowledge.cachefiles import write_atomic as _write_atomic
from narrlint.knowledge.ledger_model import Ledger

MAGIC = b"narrlint-ledger 1\n"
SUFFIX = ".ledger.pickle"


def ledger_file(database: Path) -> Path:
    """Where the parsed ledger of the corpus index ``database`` is kept."""
    return database.with_name(database.stem + SUFFIX)


def cached_ledger(
    path: Path, fingerprint: Callable[[], str], load: Callable[[], Ledger]
) -> tuple[Ledger, str]:
    """The ledger stored at ``path`` under the current ``fingerprint()``, else ``load()``
    (stored for next time unless the files changed while they were read); and the
    fingerprint."""
    before = fingerprint()
    ledger = read_ledger(path, before)
    if ledger is not None:
        _remember(ledger, path, before)
        return ledger, before
    ledger = load()
    if fingerprint() == before:
        write_ledger(path, before, ledger)
        _remember(ledger, path, before)
    return ledger, before


def read_ledger(path: Path, fingerprint: str) -> Ledger | None:
    data = _read_trusted(path)
    header = MAGIC + fingerprint.encode() + b"\n"
    if data is None or not data.startswith(header):
        return None
    try:
        ledger = _LedgerUnpickler(io.BytesIO(data[len(header) :])).load()
    except Exception:  # damaged, truncated, or not made of ledger classes
        return None
    return ledger if isinstance(ledger, Ledger) else None


def write_ledger(path: Path, fingerprint: str, ledger: Ledger) -> None:
    """Store ``ledger`` atomically (a private temporary file renamed over ``path``); a cache
    that cannot be written is skipped."""
    try:
        data = pickle.dumps(ledger, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        return
    _write_atomic(path, MAGIC + fingerprint.encode() + b"\n" + data)


class _LedgerUnpickler(pickle.Unpickler):
    """Builds the ledger's data classes and dates; refuses every other global."""

    def find_class(self, module: str, name: str) -> type:
        if module == "datetime" and name == "date":
            return dt.date
        if module == ledger_model.__name__:
            found = getattr(ledger_model, name, None)
            if isinstance(found, type) and is_dataclass(found):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a ledger")


# ---------------------------------------------------------------------------------------------
# Values derived from the ledger's strings with the pipeline


_ORIGINS: dict[int, tuple[Ledger, Path, str]] = {}
"""id(ledger) → (the ledger, where it is cached, its fingerprint), for the ledgers
:func:`cached_ledger` returned. The ledger is kept so that its id is not reused while the
entry lives; a few entries at most (a language server may reload its ledger)."""
_ORIGINS_SIZE = 8


def _remember(ledger: Ledger, path: Path, fingerprint: str) -> None:
    _ORIGINS.pop(id(ledger), None)
    while len(_ORIGINS) >= _ORIGINS_SIZE:
        del _ORIGINS[next(iter(_ORIGINS))]
    _ORIGINS[id(ledger)] = (ledger, path, fingerprint)


def origin(ledger: Ledger) -> tuple[Path, str] | None:
    """Where ``ledger`` is cached and its fingerprint, if :func:`cached_ledger` returned it
    (a ledger parsed without the cache has none: what is derived from it is not kept)."""
    entry = _ORIGINS.get(id(ledger))
    if entry is None or entry[0] is not ledger:
        return None
    return entry[1], entry[2]


DERIVED_MAGIC = b"narrlint-derived 1\n"
DERIVED_SUFFIX = ".derived.pickle"
DERIVED_LIMIT = 100_000
"""Entries kept per file at most (strings of ledgers that changed in memory accumulate)."""


@dataclass(frozen=True)
class DerivedStore:
    """Where values derived from one cached ledger's strings are kept, and under which key
    (the ledger's fingerprint, and whatever else decides the values: :func:`derived_store`)."""

    path: Path
    key: str


def derived_file(database: Path) -> Path:
    """Where the values derived from the ledger of the corpus index ``database`` are kept
    (removed with the index and its ledger file)."""
    return database.with_name(database.stem + DERIVED_SUFFIX)


def derived_store(ledger: Ledger, *parts: str) -> DerivedStore | None:
    """The store for values derived from ``ledger``'s strings by a pipeline and code that
    ``parts`` name (the model, digests of the deriving modules); None for a ledger that was
    not read through :func:`cached_ledger`."""
    found = origin(ledger)
    if found is None:
        return None
    path, fingerprint = found
    digest = hashlib.sha256("\0".join((fingerprint, *parts)).encode()).hexdigest()
    stem = path.name.removesuffix(SUFFIX)
    return DerivedStore(path.with_name(stem + DERIVED_SUFFIX), digest)


@functools.cache
def code_digest(*files: Path) -> str:
    """A digest of the bytes of ``files`` (the modules whose code decides derived values)."""
    digest = hashlib.sha256()
    for file in files:
        try:
            digest.update(file.read_bytes())
        except OSError:
            digest.update(str(file).encode())
        digest.update(b"\0")
    return digest.hexdigest()


Tables = dict[str, dict[str, object]]
"""Table name → {ledger string: derived value}."""

_LOADED: dict[Path, dict[str, Tables]] = {}
"""Path → {key: its tables} as this process last read or wrote the file."""

DERIVED_KEYS = 8
"""Keys (sections) a file keeps at most: the one just written first, then the others it held
in their order (older code's values drop out as the code changes)."""


def derived_values(
    store: DerivedStore | None,
    name: str,
    keys: Iterable[str],
    compute: Callable[[str], object],
    valid: Callable[[object], bool],
) -> dict[str, object]:
    """``{key: compute(key)}`` for ``keys``, reading the values stored in the table ``name``
    of ``store`` and storing those it lacked (all computed when ``store`` is None). A stored
    value that ``valid`` refuses is computed again."""
    wanted = list(dict.fromkeys(keys))
    if store is None:
        return {key: compute(key) for key in wanted}
    sections = _sections(store.path)
    tables = sections.get(store.key, {})
    table = tables.get(name)
    found: dict[str, object] = {}
    missing = []
    for key in wanted:
        value = table.get(key, _MISSING) if table is not None else _MISSING
        if value is _MISSING or not valid(value):
            missing.append(key)
        else:
            found[key] = value
    if missing:
        computed = {key: compute(key) for key in missing}
        found.update(computed)
        _store_table(store, name, {**(table or {}), **computed})
    return {key: found[key] for key in wanted}


_MISSING = object()


def is_word_set(value: object) -> bool:
    """A stored value that is a set of words (``valid`` of :func:`derived_values`). Every
    process checks each stored set (28,000 words): ``map`` keeps the loop in C, a third of
    the time of a generator."""
    return isinstance(value, frozenset) and all(map(isinstance, value, itertools.repeat(str)))


def _sections(path: Path) -> dict[str, Tables]:
    loaded = _LOADED.get(path)
    if loaded is None:
        loaded = _LOADED[path] = _read_derived(path)
    return loaded


def _store_table(store: DerivedStore, name: str, table: dict[str, object]) -> None:
    """Write ``table`` under ``store.key`` and ``name``, keeping what the file holds under
    other keys: readers whose code differs (each module's digest is part of its key) share
    the file, and one's write must not drop the other's values (it did: two readers took
    turns rewriting the file and each computed its values again in every process). The file
    is read again just before, for what other processes wrote since this one read it."""
    sections = {**_read_derived(store.path), **_sections(store.path)}
    tables = {**sections.get(store.key, {}), name: table}
    others = [(k, t) for k, t in sections.items() if k != store.key]
    kept = {store.key: tables}
    total = sum(len(t) for t in tables.values())
    if total > DERIVED_LIMIT:
        kept = {store.key: {name: table}}
    else:
        for key, other in others[: DERIVED_KEYS - 1]:
            size = sum(len(t) for t in other.values())
            if total + size > DERIVED_LIMIT:
                break
            kept[key] = other
            total += size
    _LOADED[store.path] = kept
    _write_derived(store.path, kept)


def _read_derived(path: Path) -> dict[str, Tables]:
    """The file's sections, key → tables: each is ``DERIVED_MAGIC``, its key and a newline,
    then its pickled tables. Reading stops at the first section that is damaged or not plain
    data (the ones before it are kept)."""
    data = _read_trusted(path)
    sections: dict[str, Tables] = {}
    if data is None:
        return sections
    stream = io.BytesIO(data)
    while stream.tell() < len(data):
        magic = stream.read(len(DERIVED_MAGIC))
        key = stream.readline()
        if magic != DERIVED_MAGIC or not key.endswith(b"\n"):
            break
        try:
            tables = _PlainUnpickler(stream).load()
        except Exception:  # damaged, truncated, or not plain data
            break
        if not _are_tables(tables):
            break
        sections.setdefault(key[:-1].decode("utf-8", "replace"), tables)
    return sections


def _are_tables(tables: object) -> bool:
    return isinstance(tables, dict) and all(
        isinstance(name, str)
        and isinstance(table, dict)
        and all(isinstance(key, str) for key in table)
        for name, table in tables.items()
    )


def _write_derived(path: Path, sections: dict[str, Tables]) -> None:
    parts = []
    try:
        for key, tables in sections.items():
            data = pickle.dumps(tables, protocol=pickle.HIGHEST_PROTOCOL)
            parts.append(DERIVED_MAGIC + key.encode() + b"\n" + data)
    except (pickle.PicklingError, TypeError, AttributeError):
        return
    _write_atomic(path, b"".join(parts))


class _PlainUnpickler(pickle.Unpickler):
    """Builds strings, numbers, tuples, lists, sets and dicts (pickle's own opcodes): every
    global is refused, so no class is built and no code runs."""

    def find_class(self, module: str, name: str) -> type:
        raise pickle.UnpicklingError(f"{module}.{name} is not plain data")
