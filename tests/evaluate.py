"""Precision and recall of the rule families on labelled sets of passages.

Run ``python3 -m tests.evaluate [-v] [--data FILE]`` from the checkout.

Without ``--data`` it reports every set next to each other:

* ``tests/data/labelled.yaml``: the set ``tests/test_evaluation.py`` holds to the targets
  (precision >= 0.95, recall >= 0.90 for every family);
* ``tests/data/heldout.yaml``: written later, blind to the rules, for measuring only;
* the real-news set (GitHub issue 11): every ``*.yaml`` under ``tests/data/news/dev`` and under
  ``tests/data/news/blind``, the two splits reported separately. Each split is also broken down
  into real passages (``edited: false``) and minimally edited ones (``edited: true``), and into
  passages whose fact the shipped ledger holds (``ledger_has: true``) and those it does not
  (``ledger_has: false``), so a miss caused by a gap in the ledger is not read as a rule's fault.

The news blind split is measured only with ``--blind`` (once before tuning, once at the end;
its first measurement is recorded in each blind file's header).

``-v`` lists every miss and false alarm of ``labelled.yaml`` and of the news dev split only: the
held-out and blind sets are for measuring, and their misses are never printed here (a file
under ``tests/data/news/blind`` given with ``--data`` is scored but its misses are not listed).

With ``--data FILE`` only that file is scored (one table), as before.

A passage counts once per code: expected and reported (TP), reported but not expected (FP),
expected but not reported (FN); per family likewise, once per family.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from narrlint.corpus import Corpus, load_corpus
from narrlint.engine import Linter
from narrlint.plugins import load_registry
from narrlint.source import SourceText

DATA = Path(__file__).resolve().parent / "data" / "labelled.yaml"
HELDOUT = DATA.parent / "heldout.yaml"
NEWS = DATA.parent / "news"
NEWS_SPLITS = ("dev", "blind")
FAMILIES = {"NL1": "deadlines", "NL2": "casualties", "NL3": "categories", "NL4": "titles"}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Evaluation:
    by_code: dict[str, Score] = field(default_factory=dict)
    by_family: dict[str, Score] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    items: int = 0
    clean: int = 0


@dataclass
class Result:
    """What narrlint reported on one passage: the codes and, per code, the messages."""

    found: set[str]
    messages: dict[str, str]


def load_items(path: Path = DATA) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle) or []


def news_files(split: str, root: Path = NEWS) -> list[Path]:
    """The news files of one split (``dev`` or ``blind``), in name order."""
    folder = root / split
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def load_news(split: str, root: Path = NEWS) -> list[dict]:
    items: list[dict] = []
    for path in news_files(split, root):
        items.extend(load_items(path))
    return items


def is_blind(path: Path) -> bool:
    """Whether ``path`` lies in the blind news split (its misses are never listed)."""
    try:
        path.resolve().relative_to((NEWS / "blind").resolve())
    except ValueError:
        return False
    return True


def family(code: str) -> str:
    return FAMILIES.get(code[:3], code[:3])


def lint_items(items: list[dict], corpus: Corpus | None = None) -> list[Result]:
    """Run the rule families on every passage; one result per item, in order."""
    corpus = corpus or load_corpus()
    registry = load_registry()
    rules = [registry.rules[c] for c in registry.codes() if c[:3] in FAMILIES]
    results = []
    for item in items:
        day = dt.date.fromisoformat(str(item["date"])) if item.get("date") else None
        linter = Linter(rules, corpus, date=day)
        findings = linter.lint(SourceText(item["text"]), f"{item['id']}.md").findings
        messages: dict[str, list[str]] = {}
        for finding in findings:
            messages.setdefault(finding.code, []).append(finding.message)
        results.append(
            Result({f.code for f in findings}, {c: "; ".join(m) for c, m in messages.items()})
        )
    return results


def score(items: list[dict], results: list[Result]) -> Evaluation:
    """Count TP/FP/FN per code and per family for passages already linted."""
    result = Evaluation(items=len(items))
    for item, linted in zip(items, results, strict=True):
        found = linted.found
        expected = set(item.get("expect") or [])
        if not expected:
            result.clean += 1
        for code in found | expected:
            entry = result.by_code.setdefault(code, Score())
            if code in found and code in expected:
                entry.tp += 1
            elif code in found:
                entry.fp += 1
                result.errors.append(f"FP {code} {item['id']}: {linted.messages.get(code, '')}")
            else:
                entry.fn += 1
                result.errors.append(f"FN {code} {item['id']}: {item['text'].strip()[:160]}")
        found_families = {family(c) for c in found}
        expected_families = {family(c) for c in expected}
        for name in found_families | expected_families:
            entry = result.by_family.setdefault(name, Score())
            if name in found_families and name in expected_families:
                entry.tp += 1
            elif name in found_families:
                entry.fp += 1
            else:
                entry.fn += 1
    return result


def evaluate(corpus: Corpus | None = None, items: list[dict] | None = None) -> Evaluation:
    items = items if items is not None else load_items()
    return score(items, lint_items(items, corpus))


def _line(name: str, entry: Score) -> str:
    return (
        f"{name:12} {entry.tp:4} {entry.fp:4} {entry.fn:4} "
        f"{entry.precision:10.3f} {entry.recall:7.3f}"
    )


def table(evaluation: Evaluation) -> str:
    lines = [
        f"{evaluation.items} passages, {evaluation.clean} clean",
        f"{'':12} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>7}",
    ]
    for name, entry in sorted(evaluation.by_family.items()):
        lines.append(_line(name, entry))
    lines.append("")
    for code, entry in sorted(evaluation.by_code.items()):
        lines.append(_line(code, entry))
    return "\n".join(lines)


def family_table(evaluation: Evaluation, indent: str = "    ") -> str:
    """The per-family lines only, for the breakdowns of a news split."""
    lines = [f"{indent}{evaluation.items} passages, {evaluation.clean} clean"]
    for name, entry in sorted(evaluation.by_family.items()):
        lines.append(indent + _line(name, entry))
    return "\n".join(lines)


# The breakdowns of a news split: real vs edited passages, ledger holds the fact or not.
BREAKDOWNS: tuple[tuple[str, Callable[[dict], bool]], ...] = (
    ("real passages (edited: false)", lambda item: not item.get("edited")),
    ("edited passages (edited: true)", lambda item: bool(item.get("edited"))),
    ("ledger holds the fact (ledger_has: true)", lambda item: item.get("ledger_has") is not False),
    ("ledger lacks the fact (ledger_has: false)", lambda item: item.get("ledger_has") is False),
)


def news_report(items: list[dict], results: list[Result]) -> tuple[str, Evaluation]:
    """The full table of a news split followed by its breakdowns."""
    overall = score(items, results)
    parts = [table(overall)]
    for label, keep in BREAKDOWNS:
        chosen = [(i, r) for i, r in zip(items, results, strict=True) if keep(i)]
        subset = score([i for i, _ in chosen], [r for _, r in chosen])
        parts.append(f"  {label}:\n{family_table(subset)}")
    return "\n".join(parts), overall


def _errors(evaluation: Evaluation) -> str:
    return "\n".join(sorted(evaluation.errors))


def _counts(evaluation: Evaluation) -> str:
    counts = Counter(e.split()[0] for e in evaluation.errors)
    return f"{counts['FP']} false alarms, {counts['FN']} misses"


def _heading(title: str, paths: Iterable[Path]) -> str:
    root = DATA.parent.parent.parent
    shown = []
    for path in paths:
        try:
            shown.append(str(path.resolve().relative_to(root)))
        except ValueError:
            shown.append(str(path))
    return f"== {title}: {', '.join(shown) if shown else '(no files)'}"


def report_all(verbose: bool = False, corpus: Corpus | None = None, blind: bool = False) -> str:
    """Every set side by side: labelled, held-out, news dev, and news blind when ``blind``."""
    corpus = corpus or load_corpus()
    out: list[str] = []
    for title, path, listable in (
        ("labelled (tuning set, held to the targets)", DATA, True),
        ("held-out (measure only)", HELDOUT, False),
    ):
        if not path.exists():
            continue
        evaluation = evaluate(corpus, load_items(path))
        out += [_heading(title, [path]), table(evaluation), _counts(evaluation)]
        if verbose and listable and evaluation.errors:
            out.append(_errors(evaluation))
        out.append("")
    for split in NEWS_SPLITS:
        files = news_files(split)
        if split == "blind" and not blind:
            out += [
                _heading("news blind", files),
                "not measured: the blind split is measured once before tuning and once at the "
                "end (--blind)",
                "",
            ]
            continue
        title = f"news {split}" + (
            " (measure only; misses never listed)" if split == "blind" else ""
        )
        out.append(_heading(title, files))
        items = load_news(split)
        if not items:
            out += ["no passages", ""]
            continue
        text, overall = news_report(items, lint_items(items, corpus))
        out += [text, _counts(overall)]
        if verbose and split != "blind" and overall.errors:
            out.append(_errors(overall))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="precision and recall on labelled sets")
    parser.add_argument(
        "--data",
        type=Path,
        default=None,
        help="score only this labelled YAML (default: every set, see the module docstring)",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="list every miss and false alarm (never for the news blind split)",
    )
    parser.add_argument(
        "--blind",
        action="store_true",
        help="also measure the news blind split (only before tuning and at the end)",
    )
    args = parser.parse_args(argv)
    if args.data is None:
        print(report_all(args.verbose, blind=args.blind), end="")
        return 0
    if is_blind(args.data) and not args.blind:
        parser.error(f"{args.data} is in the blind split: measure it only with --blind")
    items = load_items(args.data)
    if any("ledger_has" in item or "edited" in item for item in items):
        text, evaluation = news_report(items, lint_items(items))
        print(text)
    else:
        evaluation = evaluate(items=items)
        print(table(evaluation))
    if args.verbose:
        print()
        if is_blind(args.data):
            print("(blind news split: misses and false alarms are not listed)")
        else:
            print(_errors(evaluation))
    print(f"\n{_counts(evaluation)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
