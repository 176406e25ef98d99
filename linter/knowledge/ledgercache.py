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
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import pickle
import stat
import tempfile
from collections.abc import Callable
from dataclasses import is_dataclass
from pathlib import Path

from narrlint.knowledge import ledger_model
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
    if ledger is None:
        ledger = load()
        if fingerprint() == before:
            write_ledger(path, before, ledger)
    return ledger, before


def read_ledger(path: Path, fingerprint: str) -> Ledger | None:
    try:
        with open(path, "rb") as handle:
            if not _trusted(os.fstat(handle.fileno())):
                return None
            data = handle.read()
    except OSError:
        return None
    header = MAGIC + fingerprint.encode() + b"\n"
    if not data.startswith(header):
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
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        return
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(MAGIC + fingerprint.encode() + b"\n" + data)
        os.replace(temporary, path)
    except OSError:
        pass
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _trusted(status: os.stat_result) -> bool:
    """A regular file of this user's that neither group nor others may write."""
    if not stat.S_ISREG(status.st_mode) or status.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return False
    getuid = getattr(os, "getuid", None)
    return getuid is None or status.st_uid == getuid()


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
