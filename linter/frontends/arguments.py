"""Command-line arguments that name a file or folder: an empty one is a usage error.

``Path("")`` is ``Path(".")``: an empty argument (``narrlint "$DRAFT"`` with the variable
unset) walked the current folder, read it as a corpus (``--corpus ""``, drafts included, as
published articles), or was reported as ``.`` ("is a directory") or as ``: No such file or
directory``. Every path option of every command takes its value through here.
"""

from __future__ import annotations

import argparse
import os
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
    and a pre-commit hook given ``args: [--]`` failed on every commit. Before ``--``, a name
    argparse would take for an option that names an existing file is a path too
    (:func:`_dash_named_files`)."""
    cut = argv.index("--") if "--" in argv else len(argv)
    options, files = _dash_named_files(parser, argv[:cut])
    args = parser.parse_intermixed_args(options)
    after = [*files, *argv[cut + 1 :]]
    if not after:
        return args
    if "" in after:
        parser.error(f"argument PATH: {EMPTY_PATH}")
    args.paths = [*args.paths, *after]
    return args


def _dash_named_files(
    parser: argparse.ArgumentParser, argv: list[str]
) -> tuple[list[str], list[str]]:
    """``argv`` without, and then, the arguments that argparse would read as options but that
    name an existing file or folder and are no option of ``parser`` nor an option's value.

    pre-commit runs a hook as its entry, the user's ``args``, then the staged names, never
    with ``--`` before them (pre-commit/pre-commit#2896): a staged ``-notes.md`` made every
    commit fail with "unrecognized arguments", whatever ``args`` the user wrote, and a hook
    whose own default ``args: [--]`` the user's ``args`` replace could not help. An exact
    option (``-q``, ``--fix``, ``--select=NL2``) stays an option even where a file has its
    name; the file is then reached with ``--`` or ``./-q``."""
    known = parser._option_string_actions  # argparse has no public map
    options: list[str] = []
    files: list[str] = []
    takes_value = False
    for argument in argv:
        name = argument.split("=", 1)[0]
        if (
            not takes_value
            and argument.startswith("-")
            and argument != "-"
            and name not in known
            and os.path.lexists(argument)
        ):
            files.append(argument)
            continue
        options.append(argument)
        action = known.get(name)
        takes_value = action is not None and action.nargs != 0 and "=" not in argument
    return options, files
