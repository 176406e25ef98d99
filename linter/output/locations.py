"""Where a finding's file and its evidence live, as URIs for SARIF and the language server.

Findings carry paths as the user gave them (relative to the current directory, or absolute);
evidence carries *display* paths (``seeds/ledger.yaml`` for the built-in corpus, the
``--corpus`` argument plus the file's relative path otherwise). CI tools and editors need real
locations: a URI relative to the repository root, or a ``file://`` URI of the installed seed
file.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path, PurePosixPath
from urllib.parse import quote

SEEDS_PREFIX = "seeds/"
"""Display prefix of the built-in corpus (``narrlint.knowledge.corpus.SEEDS_DISPLAY``)."""


def seeds_folder() -> Path:
    """The installed ``narrlint.seeds`` package folder (resolved without importing spaCy)."""
    return Path(str(resources.files("narrlint.seeds")))


def relative_uri(path: str, root: Path) -> str | None:
    """``path`` as a percent-encoded POSIX URI relative to ``root``; ``None`` when it lies
    outside ``root`` (or is stdin)."""
    if path == "-":
        return None
    absolute = Path(os.path.abspath(path))
    try:
        relative = absolute.relative_to(os.path.abspath(root))
    except ValueError:
        return None
    # the file name's own bytes, percent-encoded: a name that is not UTF-8 (a lone surrogate
    # in Python) is a valid URI too, and names that very file
    return quote(os.fsencode(PurePosixPath(*relative.parts).as_posix()))


def file_uri(path: str | Path) -> str:
    """An absolute ``file://`` URI."""
    return Path(os.path.abspath(path)).as_uri()


def evidence_path(source: str, cwd: Path | None = None) -> Path | None:
    """The file an evidence ``source`` names, if it exists: a seed file inside the installed
    package, else a corpus file relative to ``cwd``."""
    if source.startswith(SEEDS_PREFIX):
        candidate = seeds_folder() / source[len(SEEDS_PREFIX) :]
        if candidate.is_file():
            return candidate
    candidate = Path(source)
    if not candidate.is_absolute():
        candidate = (cwd or Path.cwd()) / candidate
    return candidate if candidate.is_file() else None
