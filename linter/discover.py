"""Which files to lint: explicit paths, and draft files found by walking folders.

Folders are walked in sorted order, hidden folders (``.git``) are skipped, config ``exclude``
globs are honoured, and missing paths, unreadable folders and symlink loops become
:class:`FileError` entries so the run goes on and exits 2 at the end.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from fnmatch import fnmatch
from pathlib import Path

from narrlint.config import Config
from narrlint.model import FileError

DRAFT_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".txt", ".text")


def iter_files(paths: list[str], config: Config) -> Iterator[tuple[str, FileError | None]]:
    """Expand folders into draft files; report missing paths and loops as errors."""
    for raw in paths:
        if raw == "-":
            yield raw, None
            continue
        path = Path(raw)
        if not path.exists() and not path.is_symlink():
            yield raw, FileError(raw, "no such file or directory")
        elif path.is_dir():
            yield from _walk(path, config)
        else:
            yield raw, None


def _walk(root: Path, config: Config) -> Iterator[tuple[str, FileError | None]]:
    seen: set[tuple[int, int]] = set()
    errors: list[FileError] = []

    def onerror(exc: OSError) -> None:
        errors.append(FileError(str(exc.filename), exc.strerror or str(exc)))

    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=onerror):
        try:
            stat = os.stat(dirpath)
        except OSError:
            continue
        if (stat.st_dev, stat.st_ino) in seen:
            yield dirpath, FileError(dirpath, "symlink loop: folder already visited")
            dirnames[:] = []
            continue
        seen.add((stat.st_dev, stat.st_ino))
        dirnames[:] = sorted(
            d
            for d in dirnames
            if not d.startswith(".") and not _excluded(os.path.join(dirpath, d), config)
        )
        for name in sorted(filenames):
            full = os.path.join(dirpath, name)
            if name.lower().endswith(DRAFT_SUFFIXES) and not _excluded(full, config):
                yield full, None
        while errors:
            error = errors.pop(0)
            yield error.path, error


def _excluded(path: str, config: Config) -> bool:
    posix = Path(path).as_posix()
    return any(
        fnmatch(posix, pattern)
        or fnmatch(Path(path).name, pattern)
        or fnmatch(posix, f"*/{pattern}")
        for pattern in config.exclude
    )
