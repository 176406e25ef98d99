"""Precision and recall of the rule families on a labelled set of passages.

Run ``python3 -m tests.evaluate [-v] [--data FILE]`` from the checkout for the table and, with
``-v``, every miss and false alarm. ``tests/data/labelled.yaml`` (the default) is the set
``tests/test_evaluation.py`` holds to the targets (precision >= 0.95, recall >= 0.90 for every
family); ``tests/data/heldout.yaml`` was written later, blind to the rules, for measuring only
(never for tuning). A passage counts once per code: expected and reported (TP), reported but
not expected (FP), expected but not reported (FN).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from narrlint.corpus import Corpus, load_corpus
from narrlint.engine import Linter
from narrlint.plugins import load_registry
from narrlint.source import SourceText

DATA = Path(__file__).resolve().parent / "data" / "labelled.yaml"
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


def load_items(path: Path = DATA) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def family(code: str) -> str:
    return FAMILIES.get(code[:3], code[:3])


def evaluate(corpus: Corpus | None = None, items: list[dict] | None = None) -> Evaluation:
    corpus = corpus or load_corpus()
    items = items if items is not None else load_items()
    registry = load_registry()
    rules = [registry.rules[c] for c in registry.codes() if c[:3] in FAMILIES]
    result = Evaluation(items=len(items))
    for item in items:
        day = dt.date.fromisoformat(str(item["date"])) if item.get("date") else None
        linter = Linter(rules, corpus, date=day)
        findings = linter.lint(SourceText(item["text"]), f"{item['id']}.md").findings
        found = {f.code for f in findings}
        expected = set(item.get("expect") or [])
        if not expected:
            result.clean += 1
        for code in found | expected:
            score = result.by_code.setdefault(code, Score())
            if code in found and code in expected:
                score.tp += 1
            elif code in found:
                score.fp += 1
                messages = "; ".join(f.message for f in findings if f.code == code)
                result.errors.append(f"FP {code} {item['id']}: {messages}")
            else:
                score.fn += 1
                result.errors.append(f"FN {code} {item['id']}: {item['text'].strip()[:160]}")
        found_families = {family(c) for c in found}
        expected_families = {family(c) for c in expected}
        for name in found_families | expected_families:
            score = result.by_family.setdefault(name, Score())
            if name in found_families and name in expected_families:
                score.tp += 1
            elif name in found_families:
                score.fp += 1
            else:
                score.fn += 1
    return result


def table(evaluation: Evaluation) -> str:
    lines = [
        f"{evaluation.items} passages, {evaluation.clean} clean",
        f"{'':12} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>7}",
    ]
    for name, score in sorted(evaluation.by_family.items()):
        lines.append(
            f"{name:12} {score.tp:4} {score.fp:4} {score.fn:4} "
            f"{score.precision:10.3f} {score.recall:7.3f}"
        )
    lines.append("")
    for code, score in sorted(evaluation.by_code.items()):
        lines.append(
            f"{code:12} {score.tp:4} {score.fp:4} {score.fn:4} "
            f"{score.precision:10.3f} {score.recall:7.3f}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="precision and recall on a labelled set")
    parser.add_argument(
        "--data", type=Path, default=DATA, help="labelled YAML (default: %(default)s)"
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list every miss and false alarm"
    )
    args = parser.parse_args(argv)
    evaluation = evaluate(items=load_items(args.data))
    print(table(evaluation))
    if args.verbose:
        print()
        print("\n".join(sorted(evaluation.errors)))
    counts = Counter(e.split()[0] for e in evaluation.errors)
    print(f"\n{counts['FP']} false alarms, {counts['FN']} misses")
    return 0


if __name__ == "__main__":
    sys.exit(main())
