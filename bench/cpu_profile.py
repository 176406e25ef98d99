"""CPU seconds of narrlint's stages and start-up, for A/B work on a shared machine.

``bench/run.py`` measures wall time on a quiet machine; on a busy one (other sessions, 2 CPUs)
wall time and cProfile both mislead: a neighbour doubles wall time, and cProfile charges each
builtin call (``len``, a set lookup) to its caller, so a loop of cheap tests looks like a hot
spot (round 11: ``groups_places._settings`` read 0.47 s under cProfile and costs 78 ms per
200 drafts). This script reads ``time.process_time`` around whole stages instead, repeats, and
prints the median and range: compare two trees by running it on each in turn.

Usage::

    python3 bench/cpu_profile.py stages bench/out/drafts-200x800 --passes 5
    python3 bench/cpu_profile.py start bench/out/one-800/draft-00000.md --runs 5

``stages``: one process, the session built once; per pass, each draft is parsed again and its
claims read kind by kind (dates, counts, groups, titles), then each rule runs on it. ``start``:
a fresh interpreter per run (byte-compile the tree first where ``PYTHONDONTWRITEBYTECODE`` is
set, as ``bench/run.py`` does, or every run compiles narrlint's modules again): importing
spaCy, the command line, the plugin registry (the rule and claims modules; with the part spent
creating dataclasses), a blank pipeline (the floor's other half), the session, then the first
draft (with the corpus memos it builds) and a second.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

KINDS = ("dates", "counts", "groups", "titles")


def stages(folder: Path, passes: int) -> dict[str, list[float]]:
    """CPU seconds per stage for each pass over the drafts of ``folder``."""
    import gc
    import time

    from narrlint.config import Config
    from narrlint.engine.session import Session
    from narrlint.input.source import SourceText

    session = Session.create(Config())
    linter = session.linter
    paths = sorted(folder.glob("*.md"))
    texts = [p.read_text("utf-8") for p in paths]
    for path, text in zip(paths[:3], texts[:3], strict=True):  # first-draft memos, caches
        linter.lint(SourceText(text), str(path))
    gc.freeze()
    clock = time.process_time
    found: dict[str, list[float]] = defaultdict(list)
    for _ in range(passes):
        spent: dict[str, float] = defaultdict(float)
        for path, text in zip(paths, texts, strict=True):
            start = clock()
            draft = linter.parse(SourceText(text), str(path))
            spent["parse (markdown + pipeline)"] += clock() - start
            for kind in KINDS:
                start = clock()
                getattr(draft.claims, kind)
                spent[f"claims: {kind}"] += clock() - start
            for rule in linter.rules:
                start = clock()
                linter.run_rule(rule, draft)
                spent[f"rule {rule.code}"] += clock() - start
        spent["total"] = sum(spent.values())
        for stage, seconds in spent.items():
            found[stage].append(seconds)
    found["words"] = [float(sum(len(t.split()) for t in texts))]
    return found


def start_once(draft: str, second: str) -> dict[str, float]:
    """CPU seconds of each start-up phase in this (fresh) interpreter."""
    import time

    clock = time.process_time
    phases: dict[str, float] = {}
    start = clock()
    import spacy

    phases["import spaCy"] = clock() - start
    start = clock()
    import narrlint.frontends.cli  # noqa: F401

    phases["import the command line"] = clock() - start
    import dataclasses

    created = [0.0]
    process = dataclasses._process_class  # the one place dataclasses builds a class

    def timed(cls, *args, **kwargs):
        began = clock()
        try:
            return process(cls, *args, **kwargs)
        finally:
            created[0] += clock() - began

    dataclasses._process_class = timed
    start = clock()
    from narrlint.engine.plugins import load_registry

    registry = load_registry()
    phases["plugin registry (rule and claims modules)"] = clock() - start
    phases["  of which creating dataclasses"] = created[0]
    dataclasses._process_class = process
    start = clock()
    spacy.blank("en")
    phases["spacy.blank('en') (the floor's, for scale)"] = clock() - start
    from narrlint.config import Config
    from narrlint.engine.session import Session
    from narrlint.knowledge.corpus import Corpus

    start = clock()
    session = Session.create(Config(), registry=registry)
    phases["session (pipeline, ledger, index)"] = clock() - start
    memo = Corpus.memo
    memos = [0.0, 0]

    def timed_memo(corpus, key, factory):
        if key in corpus._cache or memos[1]:
            return memo(corpus, key, factory)
        began, memos[1] = clock(), 1
        try:
            return memo(corpus, key, factory)
        finally:
            memos[0] += clock() - began
            memos[1] = 0

    Corpus.memo = timed_memo
    start = clock()
    session.lint_paths([draft])
    phases["first draft"] = clock() - start
    phases["  of which corpus memos built"] = memos[0]
    Corpus.memo = memo
    start = clock()
    session.lint_paths([second])
    phases["second draft"] = clock() - start
    return phases


def _print(rows: dict[str, list[float]], words: float | None = None) -> None:
    width = max(len(k) for k in rows)
    for name, values in rows.items():
        median = statistics.median(values)
        spread = f"{min(values):.3f}-{max(values):.3f}" if len(values) > 1 else ""
        per_word = f"{median / words * 1e6:7.2f} µs/word" if words else ""
        print(f"{name:<{width}}  {median:7.3f} s  {spread:>13}  {per_word}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    stage = commands.add_parser("stages", help="CPU per stage over a folder of drafts")
    stage.add_argument("folder", type=Path)
    stage.add_argument("--passes", type=int, default=3)
    begin = commands.add_parser("start", help="CPU per start-up phase, a fresh process per run")
    begin.add_argument("draft")
    begin.add_argument("--second", help="a second draft (default: the first again)")
    begin.add_argument("--runs", type=int, default=5)
    once = commands.add_parser("_start")  # one run, as JSON (used by "start")
    once.add_argument("draft")
    once.add_argument("second")
    args = parser.parse_args(argv)
    if args.command == "_start":
        print(json.dumps(start_once(args.draft, args.second)))
        return 0
    if args.command == "stages":
        found = stages(args.folder, args.passes)
        words = found.pop("words")[0]
        print(f"{len(list(args.folder.glob('*.md')))} drafts, {words:,.0f} words, "
              f"median and range of {args.passes} passes (CPU)")  # fmt: skip
        _print(found, words)
        return 0
    runs: dict[str, list[float]] = defaultdict(list)
    for _ in range(args.runs):
        done = subprocess.run(
            [sys.executable, __file__, "_start", args.draft, args.second or args.draft],
            capture_output=True,
            text=True,
            check=True,
        )
        for phase, seconds in json.loads(done.stdout.splitlines()[-1]).items():
            runs[phase].append(seconds)
    print(f"start-up phases, median and range of {args.runs} fresh processes (CPU)")
    _print(runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
