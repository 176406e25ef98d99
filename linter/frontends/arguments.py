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


def parse_intermixed(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace:
    """``parser.parse_intermixed_args(argv)`` (options between paths, as ruff takes them),
    where ``--`` ends the options: every argument after it is a path (into ``paths``), even
    one that starts with ``-``. Python 3.11's intermixed parsing refused what follows ``--``
    as "unrecognized arguments", so a draft named ``-notes.md`` could not be linted at all,
    and a pre-commit hook given ``args: [--]`` failed on every commit."""
    if "--" not in argv:
        return parser.parse_intermixed_args(argv)
    cut = argv.index("--")
    args = parser.parse_intermixed_args(argv[:cut])
    after = argv[cut + 1 :]
    if "" in after:
        parser.error(f"argument PATH: {EMPTY_PATH}")
    args.paths = [*args.paths, *after]
    return args
