"""Every finding narrlint reports on the labelled sets, the news dev split and the bench drafts.

A performance change must not move a single finding. Dump before the change, dump after, and
compare the two files (``cmp``; ``diff`` shows what moved)::

    python3 bench/findings_dump.py /tmp/before.jsonl
    python3 bench/findings_dump.py /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl

One JSON line per input: its key and its sorted findings (code, line, column, end line, end
column, message). Passages are linted as ``tests.evaluate`` lints them (a linter per date, every
rule); drafts under ``bench/out`` (``bench/make_corpus.py``) through a default session, as the
command line lints files. The blind split is never read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = ROOT / "tests" / "data"
DRAFTS = ("one-800", "draft-20000", "drafts-500x800")


def passages() -> Iterator[tuple[str, str, dt.date | None]]:
    """(key, text, date) of every labelled, held-out and news dev passage."""
    files = [DATA / "labelled.yaml", DATA / "heldout.yaml"]
    files += sorted((DATA / "news" / "dev").glob("*.yaml"))
    for path in files:
        for item in yaml.safe_load(path.read_text("utf-8")) or []:
            day = dt.date.fromisoformat(str(item["date"])) if item.get("date") else None
            yield f"{path.relative_to(DATA)}:{item['id']}", item["text"], day


def rows(findings) -> list[list]:
    return sorted(
        [f.code, f.start.line, f.start.column, f.end.line, f.end.column, f.message]
        for f in findings
    )


def dump(out, drafts: Path | None = HERE / "out") -> int:
    from narrlint.config import Config
    from narrlint.engine.linter import Linter
    from narrlint.engine.plugins import load_registry
    from narrlint.engine.session import Session
    from narrlint.input.source import SourceText
    from narrlint.knowledge.corpus import load_corpus

    corpus = load_corpus()
    registry = load_registry()
    rules = [registry.rules[code] for code in registry.codes()]
    linters: dict[dt.date | None, Linter] = {}
    count = 0
    for key, text, day in passages():
        linter = linters.get(day) or linters.setdefault(day, Linter(rules, corpus, date=day))
        found = rows(linter.lint(SourceText(text), f"{key.split(':')[-1]}.md").findings)
        out.write(json.dumps([key, found]) + "\n")
        count += 1
    if drafts is not None:
        session = Session.create(Config(), registry=registry)
        for folder in DRAFTS:
            for path in sorted((drafts / folder).glob("*.md")):
                result = session.lint_file(str(path))
                out.write(json.dumps([f"{folder}/{path.name}", rows(result.findings)]) + "\n")
                count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--no-drafts", action="store_true", help="the data sets only")
    parser.add_argument("--drafts", type=Path, default=HERE / "out", help="make_corpus output")
    args = parser.parse_args(argv)
    with args.output.open("w", encoding="utf-8") as out:
        count = dump(out, drafts=None if args.no_drafts else args.drafts)
    print(f"{count} inputs dumped to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
