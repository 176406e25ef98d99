"""``narrlint ledger``: tools for the people who keep a fact ledger.

* ``narrlint ledger check [PATH...]``: validate and lint ledgers (default: the shipped ledger and
  the ledgers of the configured corpus). Errors (exit 2) and warnings (exit 0, or 1 with
  ``--strict``) are printed as ``file:line: error|warning: message``.
* ``narrlint ledger show QUERY``: a person's timeline (posts and ranks), an office's holders, a
  rank's holders, a group's deadline chains, a deadline's chain or an event's tolls, each with
  dates and sources; QUERY is matched case-insensitively on ids, names, aliases, titles,
  abbreviations and deadline subject terms.
* ``narrlint ledger new [FILE]``: write a commented starter ledger (never overwrites).
* ``narrlint ledger schema``: print where the JSON Schema for YAML editors is installed.

The schema is documented in ``docs/ledger-schema.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import TextIO

from narrlint.config import find_config, load_config
from narrlint.errors import CorpusError, NarrlintError
from narrlint.frontends.arguments import path_argument, path_text
from narrlint.frontends.ledger_show import describe, find
from narrlint.knowledge.corpus import (
    LEDGER_NAMES,
    LEDGER_SUFFIXES,
    YAML_SUFFIXES,
    _file_identity,
    discover_sources,
)
from narrlint.knowledge.ledger import (
    Ledger,
    lint_ledger,
    load_ledger,
    reference_errors,
)
from narrlint.output.escape import escape

EXIT_OK, EXIT_WARNINGS, EXIT_ERROR = 0, 1, 2
DEFAULT_NEW_FILE = "ledger.yaml"
SCHEMA_RESOURCE = "schema/ledger.schema.json"


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Entry point (``narrlint ledger ...``); returns the exit code."""
    out = out or sys.stdout
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        if args.command == "check":
            return cmd_check(args, out)
        if args.command == "show":
            return cmd_show(args, out)
        if args.command == "new":
            return cmd_new(args, out)
        print(schema_path(), file=out)
        return EXIT_OK
    except NarrlintError as exc:
        print(escape(f"narrlint: error: {exc}"), file=sys.stderr)
        return EXIT_ERROR


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="narrlint ledger",
        description="Check, query and start fact ledgers (schema: docs/ledger-schema.md).",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def corpus_options(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--corpus", action="append", default=[], type=path_text, metavar="PATH")
        sub.add_argument("--no-seeds", action="store_true", help="leave out the shipped ledger")
        sub.add_argument("--config", type=path_argument, metavar="FILE", help="configuration file")

    check = commands.add_parser(
        "check",
        help="validate and lint ledgers",
        description="Validate and lint ledgers. Without PATH: the shipped ledger and the "
        "ledgers of the configured corpus (plus --corpus). Exit 2 on errors; warnings exit 0, "
        "or 1 with --strict.",
    )
    check.add_argument(
        "paths", nargs="*", type=path_text, metavar="PATH", help="ledger files or folders"
    )
    check.add_argument("--strict", action="store_true", help="exit 1 when there are warnings")
    corpus_options(check)

    show = commands.add_parser(
        "show",
        help="a person's timeline, an office's or rank's holders, a group's deadlines, a "
        "deadline chain, an event's tolls",
        description="Show what the ledger records for QUERY (matched case-insensitively on "
        "ids, names, aliases, titles and abbreviations), with dates and sources.",
    )
    show.add_argument("query", type=_query, metavar="QUERY")
    show.add_argument("--date", metavar="YYYY-MM-DD", help="also say what was true on this day")
    show.add_argument(
        "--ledger",
        action="append",
        default=[],
        type=path_text,
        metavar="PATH",
        help="read only these ledgers",
    )
    corpus_options(show)

    new = commands.add_parser(
        "new",
        help="write a commented starter ledger",
        description="Write a commented starter ledger for a newsroom's own beat "
        f"(default {DEFAULT_NEW_FILE}); an existing file is never overwritten.",
    )
    new.add_argument("file", nargs="?", default=DEFAULT_NEW_FILE, type=path_text, metavar="FILE")

    commands.add_parser("schema", help="print the path of the ledger JSON Schema")
    return parser


# ---------------------------------------------------------------------------------------------
# Which ledgers


def configured_ledgers(args: argparse.Namespace) -> list[tuple[str, str]]:
    """The shipped ledger (unless --no-seeds or ``seeds: false``) and the configured corpus's."""
    config = load_config(args.config or find_config())
    seeds = config.seeds and not args.no_seeds
    return discover_sources([*config.corpus, *args.corpus], seeds=seeds).ledgers


def named_ledgers(paths: Iterable[str]) -> list[tuple[str, str]]:
    """Ledgers named on the command line: a YAML file whatever its name, or a folder's ledgers
    (``ledger.yaml``, ``*.ledger.yaml``); the same file reached twice counts once."""
    found: list[tuple[str, str]] = []
    seen: set = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            candidates = discover_sources([raw], seeds=False).ledgers
            if not candidates:
                raise CorpusError(
                    f"no ledger in this folder (looked for {', '.join(LEDGER_NAMES)} and "
                    f"*{LEDGER_SUFFIXES[0]})",
                    raw,
                )
        elif path.is_file():
            if not path.name.lower().endswith(YAML_SUFFIXES):
                raise CorpusError("not a ledger: a ledger is a YAML file", raw)
            candidates = [(raw, raw)]
        else:
            raise CorpusError("no such file or folder", raw)
        for file, display in candidates:
            identity = _file_identity(file)
            if identity not in seen:
                seen.add(identity)
                found.append((file, display))
    return found


# ---------------------------------------------------------------------------------------------
# check


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    files = named_ledgers(args.paths) if args.paths else configured_ledgers(args)
    ledger, errors = check_files(files)
    warnings = lint_ledger(ledger) if not errors else []
    for error in errors:
        print(_diagnostic(error.path, error.line, "error", error.message), file=out)
    for warning in warnings:
        print(_diagnostic(warning.path, warning.line, "warning", warning.message), file=out)
    print(
        f"narrlint ledger: {_count(len(files), 'file')} checked ({_contents(ledger)}): "
        f"{_count(len(errors), 'error')}, {_count(len(warnings), 'warning')}",
        file=out,
    )
    if errors:
        return EXIT_ERROR
    return EXIT_WARNINGS if warnings and args.strict else EXIT_OK


def check_files(files: Sequence[tuple[str, str]]) -> tuple[Ledger, list[CorpusError]]:
    """Read every file (one error per file that fails), merge, and check cross-references
    when all files were read."""
    ledger = Ledger()
    errors: list[CorpusError] = []
    for path, display in files:
        try:
            ledger.merge(load_ledger(path, display))
        except CorpusError as exc:
            errors.append(exc)
    if not errors:
        errors.extend(reference_errors(ledger))
    return ledger, errors


def _diagnostic(path: str | None, line: int | None, level: str, message: str) -> str:
    where = f"{path}:{line}" if path and line else (path or "narrlint")
    return escape(f"{where}: {level}: {message}")


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _contents(ledger: Ledger) -> str:
    posts = sum(len(p.posts) for p in ledger.people.values())
    parts = [
        _count(len(ledger.people), "person").replace("persons", "people"),
        _count(posts, "post"),
        _count(len(ledger.offices), "office"),
        _count(len(ledger.ranks), "rank"),
        _count(len(ledger.deadlines), "deadline"),
        _count(len(ledger.events), "event"),
        _count(len(ledger.figures), "figure"),
    ]
    return ", ".join(parts)


# ---------------------------------------------------------------------------------------------
# show


def _query(value: str) -> str:
    """``QUERY`` as given; a blank one is a usage error (exit 2), as an empty path is: "nothing
    matches ''" (exit 1) read as if the ledger lacked an entry, when the query itself was
    missing (``narrlint ledger show "$NAME"`` with the variable unset)."""
    if not value.strip():
        raise argparse.ArgumentTypeError(
            "empty: name a person, office, rank, group, deadline or event (or an id)"
        )
    return value


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    day = None
    if args.date:
        try:
            day = dt.date.fromisoformat(args.date)
        except ValueError:
            raise NarrlintError(f"--date {args.date!r} is not a date (YYYY-MM-DD)") from None
    files = named_ledgers(args.ledger) if args.ledger else configured_ledgers(args)
    ledger = Ledger()
    for path, display in files:
        ledger.merge(load_ledger(path, display))
    matches = find(ledger, args.query)
    if not matches:
        shown = ", ".join(display for _, display in files) or "no ledger"
        print(
            escape(
                f"narrlint ledger: nothing matches {args.query!r} (people, offices, ranks, "
                f"groups, deadlines, events) in {shown}"
            ),
            file=out,
        )
        return EXIT_WARNINGS
    for i, item in enumerate(matches):
        if i:
            print(file=out)
        for line in describe(ledger, item, day):  # a ledger's text may hold ESC: shown escaped
            print(escape(line), file=out)
    return EXIT_OK


def schema_path() -> Path:
    """The installed JSON Schema of the ledger (for the yaml-language-server comment)."""
    return Path(str(resources.files("narrlint").joinpath(SCHEMA_RESOURCE)))


def cmd_new(args: argparse.Namespace, out: TextIO) -> int:
    path = Path(args.file)
    text = starter_ledger(str(schema_path().resolve()))
    try:
        with open(path, "x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        raise CorpusError(
            "exists already; narrlint ledger new never overwrites", str(path)
        ) from None
    except OSError as exc:
        raise CorpusError(f"cannot write: {exc.strerror or exc}", str(path)) from None
    print(
        f"narrlint ledger: wrote {path}; fill it in, then run 'narrlint ledger check {path}'",
        file=out,
    )
    return EXIT_OK


def starter_ledger(schema: str) -> str:
    """A commented starter ledger. Lines starting ``## `` explain; lines starting ``# `` are
    examples: remove the ``# `` of an example to use it (the examples together form a valid
    ledger, which the tests check)."""
    return STARTER.replace("{schema}", schema)


STARTER = """\
# yaml-language-server: $schema={schema}
## A narrlint fact ledger for your newsroom's beat. Schema: docs/ledger-schema.md.
## Check it with:   narrlint ledger check THIS_FILE
## Use it with:     narrlint --corpus THIS_FILE drafts/
## Look things up:  narrlint ledger show "a name or a title"
##
## Rules: every fact cites a `source` (a URL, or a corpus file name); add `other_sources`,
## `confidence` (high | medium | low) and a `note`. Where sources disagree, record both readings.
## Dates are quoted 'YYYY-MM-DD'; null when unknown - never guess a day. Phrases (titles,
## aliases, terms) are lower case, one per entry.
##
## The lines below starting with "# " are examples: remove the "# " to use one, and replace
## its content with your own, sourced facts.

version: 1
meta:
  compiled: null            # the day you last checked these facts
  beat: null                # what this ledger covers

## Offices: what a title names (titles without "acting", "caretaker", "former").
offices:
# - id: mayor_example
#   name: Mayor of Example City
#   country: Exampleland
#   titles: [mayor, city mayor]
#   abbreviations: []
#   holders: single          # single (default) | many
#   source: https://example.org/city-charter

## Ranks and honorifics held over time; abbreviations as written, with their full stops.
ranks:
# - id: general
#   name: General
#   titles: [general]
#   abbreviations: [Gen., Gen]
#   service: army
#   order: 4
#   source: https://example.org/army-ranks
# - id: field_marshal
#   name: Field Marshal
#   titles: [field marshal]
#   abbreviations: [FM]
#   service: army
#   order: 5
#   source: https://example.org/army-ranks

## People: posts (with dates) and successive ranks (a promotion ends one rank, starts the next).
people:
# - id: jane_roe
#   name: Jane Roe
#   aliases:
#     - jane q. roe
#     - {name: roe, surname: true}   # a bare surname: only next to her title or full name
#   posts:
#     - id: roe_mayor
#       office: mayor_example
#       title: Mayor of Example City
#       qualifier: null          # caretaker | interim | acting | null
#       additional_charge: false
#       start: '2024-01-15'
#       end: null                # null = still in office
#       ended_by: null           # resigned | replaced | removed | promoted | ...
#       source: https://example.org/news/roe-sworn-in
#       confidence: high
#   ranks:
#     - {rank: general, start: '2020-03-01', end: '2025-05-20', source: https://example.org/a}
#     - {rank: field_marshal, start: '2025-05-20', end: null, source: https://example.org/b}

## Groups of people that must not be conflated.
categories:
# - id: permit_holders
#   name: Work permit holders
#   label: work permit holders
#   terms: [work permit holders]
#   source: https://example.org/permits

## Deadlines as chains: the order, its cut-off, each extension, enforcement, group and place.
deadlines:
# - id: permit_deadline
#   title: Work permit holders to register
#   announced: '2025-01-10'
#   by: Ministry of Example Affairs
#   date: '2025-03-31'
#   targets: [permit_holders]
#   place: national
#   enforcement_from: '2025-04-01'
#   extensions:
#     - {date: '2025-04-30', previous: '2025-03-31', announced: '2025-03-28',
#        by: Ministry of Example Affairs, source: https://example.org/extension}
#   source: https://example.org/order

## Events and their casualty tolls, one entry per source and time.
events:
# - id: example_blast
#   title: Explosion at Example Market
#   date: '2025-06-01'
#   place: Example City
#   casualties:
#     - {killed: 3, by: city police, role: police, date: '2025-06-01',
#        source: https://example.org/police}
#     - {killed: 5, injured: 12, by: city hospital, role: hospital, date: '2025-06-02',
#        source: https://example.org/hospital}
#   source: https://example.org/blast

## Figures: as of a date, and who gave them.
figures:
# - id: permit_holders_2025
#   date: '2025-02-01'
#   as_of: '2025-01-31'
#   metric: Registered work permit holders
#   category: permit_holders
#   value: 12000
#   by: Ministry of Example Affairs
#   source: https://example.org/figures
"""


if __name__ == "__main__":  # pragma: no cover - until cli.py dispatches 'narrlint ledger'
    sys.exit(main())
