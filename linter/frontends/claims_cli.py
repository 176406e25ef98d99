"""``narrlint claims FILE``: what narrlint read from each sentence, and the fact it resolved to.

This is how a writer sees why a sentence was or was not flagged, and how a rule author checks
what the claims layer gives the rules. ``--format json`` follows
``narrlint/schema/claims.schema.json``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from narrlint import __version__
from narrlint.claims import KINDS, Claim
from narrlint.config import find_config, load_config
from narrlint.engine.draft import Draft
from narrlint.engine.plugins import load_registry
from narrlint.engine.session import Session
from narrlint.errors import NarrlintError
from narrlint.frontends import dataclass_code
from narrlint.frontends.arguments import path_argument, path_text
from narrlint.input.discover import iter_files
from narrlint.input.source import decode, read_path
from narrlint.model import FileError
from narrlint.output.escape import escape

EXIT_OK, EXIT_ERROR = 0, 2


def build_parser() -> argparse.ArgumentParser:
    from narrlint.frontends.cli import _date

    parser = argparse.ArgumentParser(
        prog="narrlint claims",
        description="Show the claims narrlint reads from drafts (dates, counts, groups, titles) "
        "and the ledger fact each one resolves to.",
    )
    parser.add_argument(
        "paths", nargs="+", type=path_text, metavar="PATH", help="files or folders; '-' = stdin"
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--kind",
        action="append",
        choices=KINDS,
        help="only claims of this kind (repeatable; default: all four)",
    )
    parser.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="the draft's date")
    parser.add_argument("--corpus", action="append", default=[], type=path_text, metavar="PATH")
    parser.add_argument("--no-seeds", action="store_true", help="do not load the seed corpus")
    parser.add_argument("--config", type=path_argument, metavar="FILE", help="configuration file")
    parser.add_argument("--no-cache", action="store_true", help="bypass the corpus index")
    parser.add_argument(
        "--stdin-filename", type=path_text, metavar="NAME", help="name for a draft read on stdin"
    )
    return parser


def cmd_claims(argv: list[str], out: TextIO | None = None) -> int:
    out = out or sys.stdout
    args = build_parser().parse_args(argv)
    config = load_config(args.config or find_config())
    config.corpus = [*config.corpus, *args.corpus]
    if args.no_seeds:
        config.seeds = False
    if args.no_cache:
        dataclass_code.leave_cache_alone()
    session = Session.create(
        config, date=args.date, registry=load_registry(), cache=not args.no_cache
    )
    from narrlint.frontends.cli import warn_corpus

    warn_corpus(session.corpus)
    kinds = tuple(args.kind or KINDS)
    files: list[str] = []
    records: list[dict[str, Any]] = []
    errors: list[FileError] = []
    for path, error in iter_files(args.paths, config):
        if error is not None:
            errors.append(error)
            continue
        try:
            draft = _parse(session, path, args.stdin_filename)
        except NarrlintError as exc:
            name = args.stdin_filename or path
            errors.append(FileError(name, exc.message, exc.line))
            continue
        files.append(draft.path)
        records.extend(claim_records(draft, kinds))
    from narrlint.frontends.cli import warn_no_drafts

    warn_no_drafts(args.paths, bool(files or errors))
    for error in errors:
        print(escape(f"narrlint: error: {error}"), file=sys.stderr)
    if args.format == "json":
        document = {"narrlint": __version__, "files": files, "claims": records}
        if errors:
            document["errors"] = [
                {"path": e.path, "line": e.line, "message": e.message} for e in errors
            ]
        from narrlint.output.reporters import json_text

        out.write(json_text(document) + "\n")  # valid UTF-8 whatever the file names are
    else:
        write_text(records, out)
    return EXIT_ERROR if errors else EXIT_OK


def _parse(session: Session, path: str, stdin_filename: str | None) -> Draft:
    if path == "-":
        name = stdin_filename or "-"
        source = decode(sys.stdin.buffer.read(), name)
        return session.linter.parse(source, name, kind=None if stdin_filename else "markdown")
    return session.linter.parse(read_path(path), path)


def claim_records(draft: Draft, kinds: tuple[str, ...] = KINDS) -> Iterator[dict[str, Any]]:
    """One JSON-able record per claim of ``draft``, in the order of the text."""
    assert draft.claims is not None
    claims = [c for kind in kinds for c in draft.claims.of_kind(kind)]
    for claim in sorted(claims, key=lambda c: (c.span.start, c.span.end, KINDS.index(c.kind))):
        yield _record(draft, claim)


def _record(draft: Draft, claim: Claim) -> dict[str, Any]:
    start, end = draft.offsets(claim.span)
    first, last = draft.lines.position(start), draft.lines.position(end)
    sentence = claim.span.sent
    resolution = draft.claims.resolve(claim) if draft.claims is not None else None
    return {
        "path": draft.path,
        "line": first.line,
        "column": first.column,
        "end_line": last.line,
        "end_column": last.column,
        "kind": claim.kind,
        "text": draft.text[start:end],
        "sentence": " ".join(sentence.text.split()),
        **claim.details(),
        "resolved": resolution.to_dict() if resolution is not None else None,
    }


COMMON = {"path", "line", "column", "end_line", "end_column", "kind", "text", "sentence"}


def _shown(value: Any) -> bool:
    """Whether the text output shows a field: absent, empty or false says nothing a reader
    needs (``0`` is a value and is shown)."""
    return value is not False and value is not None and value not in ([], {}, "")


def write_text(records: list[dict[str, Any]], out: TextIO) -> None:
    """Claims under the sentence they were read from: a line per claim, its fields, the fact.
    Each line is escaped as the lint report's are (:func:`narrlint.output.escape.escape`): a
    draft's text or name may hold ``ESC`` or a bidi override, which acted on the terminal."""

    def line(text: str) -> None:
        out.write(escape(text) + "\n")

    sentence = None
    for record in records:
        if (record["path"], record["sentence"]) != sentence:
            sentence = (record["path"], record["sentence"])
            line(f"{record['path']}:{record['line']}: {record['sentence']}")
        where = f"{record['line']}:{record['column']}-{record['end_line']}:{record['end_column']}"
        line(f'  {where} {record["kind"]} "{record["text"]}"')
        fields = {k: v for k, v in record.items() if k not in COMMON and k != "resolved"}
        shown = "; ".join(f"{k}: {_plain(v)}" for k, v in fields.items() if _shown(v))
        if shown:
            line(f"      {shown}")
        resolved = record["resolved"]
        if resolved is None:
            line("      resolved: (no ledger fact for this kind of claim)")
        elif resolved["fact"] is None:
            line(f"      resolved: none, {resolved['reason']}")
        else:
            line(f"      resolved: {resolved['fact']}: {resolved['summary']}")
            evidence = resolved.get("evidence")
            if evidence:
                line(f"        {evidence['source']}:{evidence['line']}")
    if not records:
        line("no claims read")


def _plain(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(_plain(v) for v in value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_plain(v)}" for k, v in value.items()) + "}"
    return str(value)
