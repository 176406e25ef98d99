"""Pinned findings: what narrlint reports on every labelled passage, seed and benchmark draft.

A restructure must not change a single judgment by accident. ``tests/test_golden.py`` lints the
same inputs and compares (code, line, column, end line, end column) with
``tests/data/golden.json``. A deliberate judgment change regenerates the file with::

    python3 -m tests.golden --update

and the diff of ``golden.json`` shows, in the commit, exactly which findings moved.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import yaml

from narrlint.engine.linter import Linter
from narrlint.engine.plugins import load_registry
from narrlint.input.source import SourceText
from narrlint.knowledge.corpus import Corpus, load_corpus
from tests import bench_scripts

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
GOLDEN = DATA / "golden.json"
BENCH_DRAFTS = 60
"""Benchmark drafts pinned (the first N of ``bench/make_corpus.py drafts``, 800 words each)."""

Pinned = list[list]


def inputs() -> Iterator[tuple[str, str, dt.date | None, str]]:
    """(key, text, date, path) of every pinned input, in a fixed order."""
    for name in ("labelled.yaml", "heldout.yaml"):
        for item in yaml.safe_load((DATA / name).read_text("utf-8")):
            day = dt.date.fromisoformat(str(item["date"])) if item.get("date") else None
            yield f"{name}:{item['id']}", item["text"], day, f"{item['id']}.md"
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        yield f"seeds/{path.name}", path.read_text("utf-8"), dt.date(2026, 1, 1), path.name
    example = ROOT / "examples" / "draft.md"
    yield "examples/draft.md", example.read_text("utf-8"), None, "draft.md"
    make_corpus = bench_scripts.load("make_corpus")
    for i in range(BENCH_DRAFTS):
        yield f"bench/draft-{i:05d}", make_corpus.make_draft(i, 800), None, f"draft-{i:05d}.md"


def compute(corpus: Corpus | None = None) -> dict[str, Pinned]:
    corpus = corpus or load_corpus()
    registry = load_registry()
    rules = [registry.rules[code] for code in registry.codes()]
    result: dict[str, Pinned] = {}
    linters: dict[dt.date | None, Linter] = {}
    for key, text, day, path in inputs():
        linter = linters.get(day) or linters.setdefault(day, Linter(rules, corpus, date=day))
        findings = linter.lint(SourceText(text), path).findings
        result[key] = sorted(
            [f.code, f.start.line, f.start.column, f.end.line, f.end.column] for f in findings
        )
    return result


def load() -> dict[str, Pinned]:
    return json.loads(GOLDEN.read_text("utf-8"))


def write(pinned: dict[str, Pinned]) -> None:
    lines = ["{"]
    keys = list(pinned)
    for i, key in enumerate(keys):
        comma = "," if i < len(keys) - 1 else ""
        lines.append(f"  {json.dumps(key)}: {json.dumps(pinned[key])}{comma}")
    lines.append("}")
    GOLDEN.write_text("\n".join(lines) + "\n", "utf-8")


def differences(expected: dict[str, Pinned], actual: dict[str, Pinned]) -> list[str]:
    """One line per input whose findings differ, saying what was lost and what is new."""
    out = []
    for key in sorted(set(expected) | set(actual)):
        before = [tuple(f) for f in expected.get(key, [])]
        after = [tuple(f) for f in actual.get(key, [])]
        if before != after:
            lost = sorted(set(before) - set(after))
            new = sorted(set(after) - set(before))
            out.append(f"{key}: lost {lost} new {new}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="rewrite tests/data/golden.json")
    args = parser.parse_args(argv)
    actual = compute()
    if args.update:
        write(actual)
        total = sum(len(v) for v in actual.values())
        print(f"pinned {total} findings on {len(actual)} inputs in {GOLDEN.relative_to(ROOT)}")
        return 0
    diff = differences(load(), actual)
    print("\n".join(diff) or "golden findings unchanged")
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
