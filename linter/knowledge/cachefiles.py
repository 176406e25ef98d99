"""Files in narrlint's cache folder: where it is, and how a file there is read and written.

Light on imports (the standard library only): the program's very first module reads its cache
through it (:mod:`narrlint.frontends.dataclass_code`), before spaCy or the ledger are imported.
A cache file is read only if this user owns it and no one else may write it, and written
through a private temporary file renamed over it, so that no reader sees half a file.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path


def cache_dir() -> Path:
    """Where indexes live: ``NARRLINT_CACHE_DIR``, ``$XDG_CACHE_HOME/narrlint`` or
    ``~/.cache/narrlint``."""
    override = os.environ.get("NARRLINT_CACHE_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "narrlint"


def read_trusted(path: Path) -> bytes | None:
    """The bytes of ``path`` if it is a file :func:`trusted` accepts, else None."""
    try:
        with open(path, "rb") as handle:
            if not trusted(os.fstat(handle.fileno())):
                return None
            return handle.read()
    except OSError:
        return None


def write_atomic(path: Path, data: bytes) -> None:
    """``data`` into a private temporary file renamed over ``path``; skipped on any error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except OSError:
        pass
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def trusted(status: os.stat_result) -> bool:
    """A regular file of this user's that neither group nor others may write."""
    if not stat.S_ISREG(status.st_mode) or status.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return False
    getuid = getattr(os, "getuid", None)
    return getuid is None or status.st_uid == getuid()
