"""Measure what swapping seeds/ledger.yaml for a candidate ledger (``--candidate``) would change,
without changing anything in the checkout (issue 12, item 2).

    python3 docs/research/compare_ledgers.py [--candidate FILE] [--drafts DIR ...] [--eval FILE ...]

* Copies ``seeds/`` twice into a temporary folder: ``before/`` unchanged, ``after/`` with the
  candidate as ``ledger.yaml``.
* Lints each draft path three ways with the CLI (``--format json --no-cache``): plain ``narrlint``
  (the shipped seeds), ``--no-seeds --corpus before/`` (a control: must equal the first) and
  ``--no-seeds --corpus after/``; prints findings per code before -> after and the findings that
  appear or disappear (path:line code message).
* Scores each labelled YAML with ``tests.evaluate`` (``evaluate(corpus, items)``) on a corpus loaded
  from ``before/`` and from ``after/`` with ``narrlint.knowledge.corpus.load_corpus(seeds=False)``,
  and prints TP/FP/FN, precision and recall per code and per family, before -> after.

Never give it the blind news split or the held-out set: the script refuses paths under
``tests/data/news/blind`` and ``tests/data/heldout.yaml``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = (ROOT / "tests/data/news/blind", ROOT / "tests/data/heldout.yaml")


def make_corpora(candidate: Path, work: Path) -> tuple[Path, Path]:
    before, after = work / "before", work / "after"
    for target in (before, after):
        shutil.copytree(
            ROOT / "seeds", target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
        )
    shutil.copyfile(candidate, after / "ledger.yaml")
    return before, after


def lint(paths: list[str], extra: list[str]) -> list[dict]:
    cmd = ["narrlint", "--format", "json", "--no-cache", *extra, *paths]
    run = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"narrlint failed ({run.returncode}): {' '.join(cmd)}\n{run.stderr}")
    data = json.loads(run.stdout)
    if data.get("errors"):
        print(f"  (narrlint reported errors: {data['errors']})")
    return data["findings"]


def key(finding: dict) -> tuple:
    return (
        finding["path"],
        finding["line"],
        finding["column"],
        finding["code"],
        finding["message"],
    )


def compare_lint(label: str, paths: list[str], before: Path, after: Path, show: int) -> None:
    shipped = lint(paths, [])
    control = lint(paths, ["--no-seeds", "--corpus", str(before)])
    swapped = lint(paths, ["--no-seeds", "--corpus", str(after)])
    print(f"\n## {label}: findings per code (shipped seeds | control copy | candidate)")
    counts = [Counter(f["code"] for f in run) for run in (shipped, control, swapped)]
    for code in sorted(set().union(*counts)):
        a, b, c = (cnt.get(code, 0) for cnt in counts)
        mark = "" if a == c else f"   ({c - a:+d})"
        print(f"  {code}: {a} | {b} | {c}{mark}")
    print(f"  total: {len(shipped)} | {len(control)} | {len(swapped)}")
    if {key(f) for f in shipped} != {key(f) for f in control}:
        print("  WARNING: the control copy does not reproduce the shipped findings")
    old = {key(f): f for f in control}
    new = {key(f): f for f in swapped}
    gone = [old[k] for k in sorted(old.keys() - new.keys())]
    came = [new[k] for k in sorted(new.keys() - old.keys())]
    spot = lambda f: (f["path"], f["line"], f["column"], f["code"])  # noqa: E731
    reworded = {spot(f) for f in gone} & {spot(f) for f in came}
    if reworded:
        print(f"  {len(reworded)} findings keep their place and code but change their message:")
        for where in sorted(reworded)[:show]:
            a = next(f for f in gone if spot(f) == where)
            b = next(f for f in came if spot(f) == where)
            print(
                f"    {where[0]}:{where[1]}:{where[2]} {where[3]}\n"
                f"      before: {a['message']}\n      after:  {b['message']}"
            )
    gone = [f for f in gone if spot(f) not in reworded]
    came = [f for f in came if spot(f) not in reworded]
    for title, items in (("disappear", gone), ("appear", came)):
        print(
            f"  {len(items)} findings {title}" + (f" (first {show}):" if len(items) > show else ":")
        )
        for f in items[:show]:
            print(f"    {f['path']}:{f['line']}:{f['column']} {f['code']} {f['message'][:200]}")
            print(f"        excerpt: {f.get('excerpt', '')[:120]!r}")


def _ratio(x: float) -> str:
    return f"{x:.2f}"


def _score_only(corpus_dir: Path, files: list[Path]) -> None:
    """Child process: lint every passage of FILES with a corpus read from CORPUS_DIR only and
    print, as JSON, the codes found and their messages per passage."""
    sys.path.insert(0, str(ROOT))
    from narrlint.knowledge.corpus import load_corpus
    from tests.evaluate import lint_items, load_items

    corpus = load_corpus([str(corpus_dir)], seeds=False)
    out = {}
    for path in files:
        results = lint_items(load_items(path), corpus)
        out[str(path)] = [{"found": sorted(r.found), "messages": r.messages} for r in results]
    json.dump(out, sys.stdout)


def compare_eval(files: list[Path], before: Path, after: Path) -> None:
    """Each corpus is scored in its own process: two corpora loaded in one process share state
    (a first version of this script that loaded both got different, wrong, results)."""
    sys.path.insert(0, str(ROOT))
    from tests.evaluate import Result, load_items, score

    runs = {}
    for name, corpus_dir in (("before", before), ("after", after)):
        cmd = [
            sys.executable,
            str(Path(__file__).resolve()),
            "--score-only",
            str(corpus_dir),
            *map(str, files),
        ]
        run = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        if run.returncode:
            sys.exit(f"scoring with {corpus_dir} failed:\n{run.stderr}")
        runs[name] = json.loads(run.stdout)
    for path in files:
        items = load_items(path)
        results = {
            name: score(
                items, [Result(set(r["found"]), r["messages"]) for r in runs[name][str(path)]]
            )
            for name in runs
        }
        print(f"\n## {path.relative_to(ROOT)} ({len(items)} passages): before -> after")
        for attr, title in (("by_family", "family"), ("by_code", "code")):
            names = sorted(
                set(getattr(results["before"], attr)) | set(getattr(results["after"], attr))
            )
            for name in names:
                cells = []
                for which in ("before", "after"):
                    s = getattr(results[which], attr).get(name)
                    if s is None:
                        cells.append("-")
                    else:
                        cells.append(
                            f"TP {s.tp} FP {s.fp} FN {s.fn} "
                            f"P {_ratio(s.precision)} R {_ratio(s.recall)}"
                        )
                flag = "" if cells[0] == cells[1] else "   <- changed"
                print(f"  {title} {name}: {cells[0]}  ->  {cells[1]}{flag}")
        old = set(results["before"].errors)
        new = set(results["after"].errors)
        for title, items_ in (
            ("new misses/false alarms", sorted(new - old)),
            ("fixed", sorted(old - new)),
        ):
            if items_:
                print(f"  {title}:")
                for line in items_:
                    print(f"    {line[:260]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--candidate", type=Path, required=True)
    parser.add_argument(
        "--drafts", action="append", default=[], help="a draft file or folder (repeatable)"
    )
    parser.add_argument(
        "--eval", action="append", type=Path, default=[], help="a labelled YAML (repeatable)"
    )
    parser.add_argument("--show", type=int, default=15, help="findings listed per direction")
    parser.add_argument(
        "--work", type=Path, default=None, help="folder for the copies (default: a temp folder)"
    )
    parser.add_argument("--score-only", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("files", nargs="*", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.score_only:
        _score_only(args.score_only, args.files)
        return 0
    for path in args.eval:
        resolved = path.resolve()
        if any(resolved == f or f in resolved.parents for f in FORBIDDEN):
            parser.error(f"{path}: blind/held-out data are not to be used here")
    work = args.work or Path(tempfile.mkdtemp(prefix="narrlint-ledger-swap-"))
    before, after = make_corpora(args.candidate.resolve(), work)
    print(f"corpora: {before} (seeds as shipped), {after} (candidate ledger)")
    for draft in args.drafts:
        compare_lint(draft, [draft], before, after, args.show)
    if args.eval:
        compare_eval([p.resolve() for p in args.eval], before, after)
    return 0


if __name__ == "__main__":
    sys.exit(main())
