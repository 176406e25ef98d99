"""Command-line arguments that name a file or folder: an empty one is a usage error.

``Path("")`` is ``Path(".")``: an empty argument (``narrlint "$DRAFT"`` with the variable
unset) walked the current folder, read it as a corpus (``--corpus ""``, drafts included, as
published articles), or was reported as ``.`` ("is a directory") or as ``: No such file or
directory``. Every path option of every command takes its value through here.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from narrlint.errors import EMPTY_PATH


def path_text(value: str) -> str:
    """A path argument as given; ``""`` is refused by argparse with :data:`EMPTY_PATH`."""
    if not value:
        raise argparse.ArgumentTypeError(EMPTY_PATH)
    return value


def path_argument(value: str) -> Path:
    """A path argument as a :class:`~pathlib.Path`; ``""`` is refused."""
    return Path(path_text(value))
