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
    python3 bench/cpu_profile.py first bench/out/draft-20000/draft-00000.md \
        bench/out/one-800/draft-00000.md --runs 5

``stages``: one process, the session built once; per pass, each draft is parsed again and its
claims read kind by kind (dates, counts, groups, titles), then each rule runs on it. ``start``:
a fresh interpreter per run (byte-compile the tree first where ``PYTHONDONTWRITEBYTECODE`` is
set, as ``bench/run.py`` does, or every run compiles narrlint's modules again): importing
spaCy, the command line, the plugin registry (the rule and claims modules; with the part spent
creating dataclasses), a blank pipeline (the floor's other half), the session, then the first
draft (with the corpus memos it builds) and a second. ``first``: a fresh interpreter per run
and draft (drafts alternated), the first lint of the draft stage by stage (parse, claims kind
by kind, each rule, and the corpus memos built meanwhile), then the same draft again: what a
one-file run pays beyond the steady state ``stages`` reads (first sight of each word,
memoised readings, corpus memos, each memo on a row of its own), side by side for a long draft
and a short one.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterator
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

    start = clock()
    session = Session.create(Config(), registry=registry)
    phases["session (pipeline, ledger, index)"] = clock() - start
    with corpus_memos_timed() as memos:
        start = clock()
        session.lint_paths([draft])
        phases["first draft"] = clock() - start
    phases["  of which corpus memos built"] = memos[0]
    start = clock()
    session.lint_paths([second])
    phases["second draft"] = clock() - start
    return phases


@contextlib.contextmanager
def corpus_memos_timed() -> Iterator[list[float]]:
    """Inside the block, the CPU seconds spent building corpus memos (what the rules derive
    from the corpus on first use) add up in the yielded list's first item, and by memo (its
    key, :func:`memo_name`; a memo built inside another counts as the outer one's) in its
    third; ``Corpus.memo`` is put back after it."""
    import time

    from narrlint.knowledge.corpus import Corpus

    memo = Corpus.memo
    memos: list = [0.0, 0, {}]

    def timed_memo(corpus, key, factory):
        if key in corpus._cache or memos[1]:
            return memo(corpus, key, factory)
        began, memos[1] = time.process_time(), 1
        try:
            return memo(corpus, key, factory)
        finally:
            spent = time.process_time() - began
            memos[0] += spent
            memos[1] = 0
            name = memo_name(key)
            memos[2][name] = memos[2].get(name, 0.0) + spent

    Corpus.memo = timed_memo
    try:
        yield memos
    finally:
        Corpus.memo = memo


def memo_name(key: object) -> str:
    """A memo's key as a row name: its leading strings ("claims.dates.lexicon", "claims.counts
    ledger-sources"), so that memos keyed by a date or an id share a row."""
    parts = key if isinstance(key, tuple) else (key,)
    words = [p for p in parts[:2] if isinstance(p, str)]
    return " ".join(words) or type(key).__name__


def staged_lint(linter, path: str, memo_seconds: list[float]) -> dict[str, float]:
    """CPU seconds of one lint of ``path``, stage by stage, as :func:`stages` splits it."""
    import time

    from narrlint.input.source import read_path

    clock = time.process_time
    source = read_path(path)
    memo_seconds[0] = 0.0
    spent: dict[str, float] = {}
    began = clock()
    draft = linter.parse(source, path)
    spent["parse (markdown + pipeline)"] = clock() - began
    for kind in KINDS:
        start = clock()
        getattr(draft.claims, kind)
        spent[f"claims: {kind}"] = clock() - start
    for rule in linter.rules:
        start = clock()
        linter.run_rule(rule, draft)
        spent[f"rule {rule.code}"] = clock() - start
    spent["  of which corpus memos built"] = memo_seconds[0]
    spent["total"] = clock() - began
    return spent


def by_memo(memo_seconds: list) -> dict[str, float]:
    """The memos built so far by :func:`corpus_memos_timed`, costliest first, as rows."""
    built = sorted(memo_seconds[2].items(), key=lambda item: -item[1])
    return {f"memo: {name}": seconds for name, seconds in built}


def first_once(draft: str) -> dict[str, float]:
    """In this (fresh) interpreter, with the command line's collector settings: the first lint
    of ``draft`` and a second of the same draft, stage by stage."""
    import gc

    from narrlint.frontends.cli import GC_THRESHOLDS

    gc.set_threshold(*GC_THRESHOLDS)
    from narrlint.config import Config
    from narrlint.engine.session import Session

    session = Session.create(Config())
    gc.freeze()
    with corpus_memos_timed() as memos:
        first = staged_lint(session.linter, draft, memos)
        built = by_memo(memos)
        again = staged_lint(session.linter, draft, memos)
    phases = {f"first: {k}": v for k, v in first.items()}
    phases.update(built)  # rows of their own: part of "of which corpus memos built"
    phases.update({f"again: {k}": v for k, v in again.items() if "memos" not in k})
    return phases


def _print(rows: dict[str, list[float]], words: float | None = None) -> None:
    width = max(len(k) for k in rows)
    for name, values in rows.items():
        median = statistics.median(values)
        spread = f"{min(values):.3f}-{max(values):.3f}" if len(values) > 1 else ""
        per_word = f"{median / words * 1e6:7.2f} µs/word" if words else ""
        print(f"{name:<{width}}  {median:7.3f} s  {spread:>13}  {per_word}")


def _first_table(drafts: list[str], runs: int) -> int:
    """``first``: medians over ``runs`` fresh processes per draft, the drafts alternated so that
    a busy moment of the machine hits them alike; one column per draft."""
    found: dict[str, dict[str, list[float]]] = {d: defaultdict(list) for d in drafts}
    for _ in range(runs):
        for draft in drafts:
            done = subprocess.run(
                [sys.executable, __file__, "_first", draft],
                capture_output=True,
                text=True,
                check=True,
            )
            for phase, seconds in json.loads(done.stdout.splitlines()[-1]).items():
                found[draft][phase].append(seconds)
    names = list(dict.fromkeys(name for d in drafts for name in found[d]))
    order = ("first:", "memo:")  # the first lint, its memos, then the second lint (stable)
    names.sort(key=lambda name: next((n for n, o in enumerate(order) if name.startswith(o)), 2))
    width = max(len(n) for n in names)
    print(f"first lint in a fresh process, then the same draft again: median CPU s of {runs}")
    print(" " * width + "".join(f"  {Path(d).parent.name[-14:]:>14}" for d in drafts))
    for name in names:
        # A memo one run did not build counts 0 there (another draft may not need it).
        cells = "".join(
            f"  {statistics.median(found[d][name] + [0.0] * (runs - len(found[d][name]))):14.4f}"
            for d in drafts
        )
        print(f"{name:<{width}}{cells}")
    return 0


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
    first = commands.add_parser("first", help="CPU per stage of a fresh process's first lint")
    first.add_argument("drafts", nargs="+")
    first.add_argument("--runs", type=int, default=5)
    first_one = commands.add_parser("_first")  # one run, as JSON (used by "first")
    first_one.add_argument("draft")
    args = parser.parse_args(argv)
    if args.command == "_start":
        print(json.dumps(start_once(args.draft, args.second)))
        return 0
    if args.command == "_first":
        print(json.dumps(first_once(args.draft)))
        return 0
    if args.command == "first":
        return _first_table(args.drafts, args.runs)
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
