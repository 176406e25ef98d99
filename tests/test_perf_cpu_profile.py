"""bench/cpu_profile.py: its stage table adds up and its start-up probe leaves dataclasses and
the corpus memo as it found them."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from narrlint.knowledge.corpus import Corpus
from tests import bench_scripts

ROOT = Path(__file__).resolve().parent.parent


def test_the_stages_add_up_to_the_total(tmp_path):
    cpu_profile = bench_scripts.load("cpu_profile")
    draft = ROOT / "examples" / "draft.md"
    for name in ("a.md", "b.md"):
        shutil.copy(draft, tmp_path / name)
    found = cpu_profile.stages(tmp_path, passes=2)
    words = found.pop("words")
    assert words == [2.0 * len(draft.read_text("utf-8").split())]
    total = found.pop("total")
    assert len(total) == 2 and all(len(v) == 2 for v in found.values())
    assert {"parse (markdown + pipeline)", "claims: groups", "rule NL101"} <= set(found)
    for number, seconds in enumerate(total):
        assert abs(seconds - sum(v[number] for v in found.values())) < 1e-9


def test_the_start_probe_puts_back_what_it_wraps():
    cpu_profile = bench_scripts.load("cpu_profile")
    process, memo = dataclasses._process_class, Corpus.memo
    draft = str(ROOT / "examples" / "draft.md")
    phases = cpu_profile.start_once(draft, draft)
    assert dataclasses._process_class is process and Corpus.memo is memo
    assert phases["first draft"] >= phases["  of which corpus memos built"] >= 0
    assert phases["plugin registry (rule and claims modules)"] >= 0
