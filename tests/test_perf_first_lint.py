"""bench/cpu_profile.py ``first``: a fresh process's first lint, stage by stage, then the same
draft again; its stages add up and the probe leaves the corpus memo as it found it."""

from __future__ import annotations

from pathlib import Path

from narrlint.knowledge.corpus import Corpus
from tests import bench_scripts

ROOT = Path(__file__).resolve().parent.parent


def test_the_first_and_second_lint_stages_add_up_and_the_memo_is_put_back():
    cpu_profile = bench_scripts.load("cpu_profile")
    memo = Corpus.memo
    phases = cpu_profile.first_once(str(ROOT / "examples" / "draft.md"))
    assert Corpus.memo is memo
    for run in ("first", "again"):
        parts = {
            k: v
            for k, v in phases.items()
            if k.startswith(f"{run}: ") and not k.endswith((": total", "memos built"))
        }
        assert {f"{run}: parse (markdown + pipeline)", f"{run}: claims: dates"} <= set(parts)
        assert f"{run}: rule NL101" in parts
        total = phases[f"{run}: total"]
        assert total >= max(parts.values()) >= 0
        assert abs(total - sum(parts.values())) <= 0.01 + 0.05 * total  # clock reads between
    assert phases["first: total"] >= phases["first:   of which corpus memos built"] >= 0
    assert "again:   of which corpus memos built" not in phases
