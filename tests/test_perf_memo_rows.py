"""bench/cpu_profile.py ``first``: the corpus memos a first lint builds, each on a row of its
own, add up to the first lint's "of which corpus memos built" (round 19: which memo to keep in
the derived store next)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests import bench_scripts

ROOT = Path(__file__).resolve().parent.parent


def test_memo_rows_add_up_to_the_memos_built():
    cpu_profile = bench_scripts.load("cpu_profile")
    phases = cpu_profile.first_once(str(ROOT / "examples" / "draft.md"))
    rows = {k: v for k, v in phases.items() if k.startswith("memo: ")}
    assert rows and all(v >= 0 for v in rows.values())
    assert abs(sum(rows.values()) - phases["first:   of which corpus memos built"]) < 1e-9
    assert list(rows.values()) == sorted(rows.values(), reverse=True)  # costliest first


def test_memo_names_keep_the_leading_strings_of_a_key():
    name = bench_scripts.load("cpu_profile").memo_name
    assert name("claims.dates.lexicon") == "claims.dates.lexicon"
    assert name(("claims.counts", "ledger-sources", 7.0)) == "claims.counts ledger-sources"
    assert name(("claims.dates.lexicon", dt.date(2025, 8, 28))) == "claims.dates.lexicon"
    assert name((3, 4)) == "tuple"
