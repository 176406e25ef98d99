"""``deadlines[].also_applies_to``: a group an order also covers without targeting it by name.

The key is read by the loader (each bad form an error naming the file and line), checked by
``narrlint ledger check`` (unknown category: error; covered before the order existed:
warning), agreed with by the JSON Schema, and kept apart from ``targets``: the phase readers of
NL301/NL302 must not take a covered group for the group a phase is for.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from narrlint.claims.groups_lexicon import lexicon
from narrlint.errors import CorpusError
from narrlint.input.yamlsource import load_yaml
from narrlint.knowledge.ledger import lint_ledger, load_ledger, parse_ledger, reference_errors

from .test_categories_reading import PHASE2, found

ROOT = Path(__file__).resolve().parent.parent
SEED_LEDGER = ROOT / "seeds" / "ledger.yaml"
SCHEMA = json.loads((ROOT / "linter" / "schema" / "ledger.schema.json").read_text("utf-8"))

HEAD = """\
version: 1
categories:
  - {id: cards, name: Card holders, terms: [card holders], source: https://example.invalid/c}
  - {id: undocumented, name: Undocumented, terms: [undocumented], source: https://example.invalid/u}
  - {id: visitors, name: Visitors, terms: [visitors], source: https://example.invalid/v}
deadlines:
  - id: cards_order
    title: Card holders (and the undocumented) to leave
    announced: '2025-03-07'
    date: '2025-03-31'
    targets: [cards]
    source: https://example.invalid/order
"""
"""A ledger whose one order ends at line 12; ``also_applies_to`` goes on line 13."""

GOOD = (
    HEAD
    + """\
    also_applies_to:
      - category: undocumented
        from: '2025-03-08'
        source: https://example.invalid/nation
        source_date: '2025-03-09'
        other_sources: [https://example.invalid/wion]
        confidence: high
        note: '"illegally residing foreigners and card holders must leave"'
      - category: visitors
        source: https://example.invalid/visitors
"""
)


def parse(text: str, name: str = "x.ledger.yaml"):
    return parse_ledger(load_yaml(text, name), name)


def schema_errors(text: str) -> list[str]:
    data = yaml.safe_load(text)
    validator = jsonschema.Draft7Validator(SCHEMA)
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]


def test_a_good_entry_loads_with_its_source_and_line():
    order = parse(GOOD).deadlines["cards_order"]
    first, second = order.also_applies_to
    assert (first.category, first.start) == ("undocumented", dt.date(2025, 3, 8))
    assert first.origin.source == "https://example.invalid/nation"
    assert first.origin.source_date == dt.date(2025, 3, 9)
    assert first.origin.other_sources == ("https://example.invalid/wion",)
    assert (first.origin.path, first.origin.line) == ("x.ledger.yaml", 14)
    assert (second.category, second.start, second.origin.line) == ("visitors", None, 21)
    assert order.targets == ("cards",)
    assert schema_errors(GOOD) == []


def test_an_order_covers_a_group_from_its_day_or_from_the_announcement():
    order = parse(GOOD).deadlines["cards_order"]
    assert order.also_covers("undocumented") is order.also_applies_to[0]
    assert order.also_covers("undocumented", dt.date(2025, 3, 7)) is None
    assert order.also_covers("undocumented", dt.date(2025, 3, 8)) is order.also_applies_to[0]
    assert order.also_covers("visitors", dt.date(2025, 3, 6)) is None
    assert order.also_covers("visitors", dt.date(2025, 3, 7)) is order.also_applies_to[1]
    assert order.also_covers("cards") is None  # a target is not "also" covered


def test_a_ledger_without_the_key_has_none():
    assert parse(HEAD).deadlines["cards_order"].also_applies_to == ()


BAD = [
    # (lines appended after HEAD, message fragment, line, the JSON Schema refuses it too)
    ("    also_applies_to:\n      - from: '2025-03-08'\n        source: s\n",
     "also_applies_to[0] is missing required key 'category'", 14, True),
    ("    also_applies_to:\n      - category: undocumented\n",
     "also_applies_to[0] has no 'source'", 14, True),
    ("    also_applies_to:\n      - {category: undocumented, from: 8 March 2025, source: s}\n",
     "also_applies_to[0].from: '8 March 2025' is not a date", 14, True),
    ("    also_applies_to:\n      - {category: undocumented, until: '2025-04-01', source: s}\n",
     "unknown key 'until' in deadlines[0].also_applies_to[0]", 14, True),
    ("    also_applies_to:\n      - {category: cards, source: s}\n",
     "also_applies_to[0].category 'cards' is one of the order's targets", 14, False),
    ("    also_applies_to:\n      - {category: visitors, source: s}\n"
     "      - {category: visitors, source: t}\n",
     "also_applies_to[1].category 'visitors' is listed twice", 15, False),
    ("    also_applies_to: undocumented\n",
     "deadlines[0].also_applies_to must be a list", 13, True),
    # an item that is not a mapping has no line of its own: the list's key gives it
    ("    also_applies_to:\n      - undocumented\n",
     "deadlines[0].also_applies_to[0] must be a mapping", 13, True),
]  # fmt: skip


@pytest.mark.parametrize(("tail", "needle", "line", "in_schema"), BAD)
def test_each_bad_form_is_an_error_naming_file_and_line(tail, needle, line, in_schema):
    text = HEAD + tail
    with pytest.raises(CorpusError) as info:
        parse(text)
    assert needle in info.value.message
    assert (info.value.path, info.value.line) == ("x.ledger.yaml", line)
    if in_schema:
        assert schema_errors(text), "the JSON Schema accepts what the loader refuses"


def test_an_unknown_category_is_a_reference_error_at_its_entry():
    ledger = parse(GOOD.replace("category: visitors", "category: visitorz"))
    (error,) = reference_errors(ledger)
    assert error.message == (
        "deadline 'cards_order': also_applies_to names unknown category 'visitorz'"
    )
    assert (error.path, error.line) == ("x.ledger.yaml", 21)


def test_covered_before_the_order_existed_is_a_warning():
    assert lint_ledger(parse(GOOD)) == []
    ledger = parse(GOOD.replace("from: '2025-03-08'", "from: '2025-03-01'"))
    (warning,) = lint_ledger(ledger)
    assert (warning.path, warning.line) == ("x.ledger.yaml", 14)
    assert "also_applies_to 'undocumented' from 2025-03-01, before the order was announced" in (
        warning.message
    )


def test_a_source_that_no_reader_can_follow_is_a_warning():
    ledger = parse(GOOD.replace("https://example.invalid/visitors", "Dawn, 2 May"))
    (warning,) = lint_ledger(ledger)
    assert warning.line == 21 and "neither a link" in warning.message


def test_ledger_check_reports_the_unknown_category_with_file_and_line(tmp_path):
    path = tmp_path / "beat.ledger.yaml"
    path.write_text(GOOD.replace("category: visitors", "category: visitorz"), "utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "narrlint", "ledger", "check", "--no-seeds", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 2, out.stdout + out.stderr
    assert ":21: error: deadline 'cards_order': also_applies_to names unknown category" in (
        out.stdout + out.stderr
    )


# -- the shipped ledger, and the phase readers of NL301/NL302 -----------------------------------


def test_the_phase_two_order_also_covers_the_undocumented_with_sources():
    order = load_ledger(str(SEED_LEDGER), "seeds/ledger.yaml").deadlines["ifrp_phase2_acc"]
    covered = order.also_covers("undocumented", dt.date(2025, 3, 20))
    assert covered is not None and covered.origin.source.startswith("https://")
    assert covered.origin.source_date is not None
    assert order.targets == ("acc",)


def test_nl301_does_not_read_a_covered_group_as_the_phase_target(seed_corpus):
    phase2 = seed_corpus.ledger.deadlines["ifrp_phase2_acc"]
    assert phase2.also_covers("undocumented") is not None  # or this test proves nothing
    lex = lexicon(seed_corpus)
    assert "undocumented" not in lex.phase_targets[2]
    assert lex.category_phase["undocumented"] == 1
    assert found(seed_corpus, "Phase two targets undocumented Afghans.", PHASE2) == ["NL301"]
    assert found(seed_corpus, "Phase two targets Afghan Citizen Card holders.", PHASE2) == []
