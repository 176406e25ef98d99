"""The measured targets: precision ≥ 0.95 and recall ≥ 0.90 for every rule family."""

import re
from collections import Counter

import pytest

from .evaluate import (
    DATA,
    FAMILIES,
    HELDOUT,
    NEWS_SPLITS,
    evaluate,
    family,
    load_items,
    news_files,
    table,
)


@pytest.fixture(scope="module")
def evaluation(seed_corpus):
    return evaluate(seed_corpus)


def test_labelled_set_is_big_and_mostly_clean():
    items = load_items()
    assert len(items) >= 80
    assert sum(1 for i in items if not i.get("expect")) * 2 >= len(items)
    assert len({i["id"] for i in items}) == len(items)


@pytest.mark.parametrize("name", sorted(FAMILIES.values()))
def test_family_meets_precision_and_recall_targets(evaluation, name):
    score = evaluation.by_family.get(name)
    assert score is not None and score.tp > 0, table(evaluation)
    detail = table(evaluation) + "\n" + "\n".join(e for e in evaluation.errors)
    assert score.precision >= 0.95, detail
    assert score.recall >= 0.90, detail


def test_heldout_set_is_well_formed():
    """The blind set is only measured (``python3 -m tests.evaluate --data …``), never held to
    targets here: a test on its scores would invite tuning against it. Its form is checked."""
    import datetime as dt
    from pathlib import Path

    items = load_items(Path(__file__).parent / "data" / "heldout.yaml")
    codes = {"NL101", "NL102", "NL201", "NL301", "NL302", "NL401", "NL402"}
    assert len(items) >= 100 and len({i["id"] for i in items}) == len(items)
    for item in items:
        assert set(item) <= {"id", "date", "text", "expect", "note"}, item["id"]
        assert item["text"].strip() and item["note"], item["id"]
        dt.date.fromisoformat(str(item["date"]))
        assert set(item["expect"]) <= codes, item["id"]


NEWS_CODES = {"NL101", "NL102", "NL201", "NL301", "NL302", "NL401", "NL402"}
NEWS_REQUIRED = {
    "id",
    "url",
    "outlet",
    "date",
    "text",
    "expect",
    "family",
    "ledger_has",
    "edited",
    "note",
}
NEWS_OPTIONAL = {"original"}
NEWS_PATHS = [path for split in NEWS_SPLITS for path in news_files(split)]


def test_news_set_has_dev_and_blind_files():
    assert news_files("dev"), "no tests/data/news/dev/*.yaml"
    assert news_files("blind"), "no tests/data/news/blind/*.yaml"


@pytest.mark.parametrize("path", NEWS_PATHS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_news_file_is_well_formed(path):
    """The real-news files (issue 11) are checked for form only, never for their scores: dev is
    for tuning, blind for measuring (``python3 -m tests.evaluate``)."""
    import datetime as dt

    items = load_items(path)
    assert isinstance(items, list) and items, path
    families = set(FAMILIES.values()) | {"mixed"}
    for item in items:
        name = item.get("id", "?")
        assert NEWS_REQUIRED <= set(item) <= NEWS_REQUIRED | NEWS_OPTIONAL, name
        assert isinstance(item["id"], str) and item["id"].startswith("news-"), name
        assert str(item["url"]).startswith(("http://", "https://")), name
        assert isinstance(item["outlet"], str) and item["outlet"].strip(), name
        day = dt.date.fromisoformat(str(item["date"]))
        assert day <= dt.date.today(), name
        assert isinstance(item["text"], str) and item["text"].strip(), name
        assert isinstance(item["note"], str) and item["note"].strip(), name
        assert isinstance(item["expect"], list), name
        assert set(item["expect"]) <= NEWS_CODES, name
        assert len(set(item["expect"])) == len(item["expect"]), name
        assert item["family"] in families, name
        if item["family"] != "mixed":
            assert {family(c) for c in item["expect"]} <= {item["family"]}, name
        assert isinstance(item["ledger_has"], bool) and isinstance(item["edited"], bool), name
        if item["edited"]:
            original = item.get("original")
            assert isinstance(original, str) and original.strip(), name
            assert original.strip() != item["text"].strip(), name
        else:
            assert "original" not in item, name
    clean = sum(1 for item in items if not item["expect"])
    assert clean * 2 >= len(items), f"{path}: {clean} clean of {len(items)}"


def test_news_ids_are_unique_across_files():
    ids = [item["id"] for path in NEWS_PATHS for item in load_items(path)]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates, duplicates


SHINGLE_WORDS = 8
COPY_SHARE = 0.5


def _shingles(text: str) -> set[tuple[str, ...]]:
    """Runs of eight words, lower-cased: what a syndicated or mirrored copy keeps of a passage."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def test_blind_passages_are_not_copies_of_dev_passages():
    """A blind passage half made of one dev passage (a copy under another URL) is not unseen."""
    seen: dict[tuple[str, ...], set[str]] = {}
    for path in [*news_files("dev"), DATA, HELDOUT]:
        for item in load_items(path):
            for key in ("text", "original"):
                for shingle in _shingles(item.get(key) or ""):
                    seen.setdefault(shingle, set()).add(item.get("id", path.name))
    copies = []
    for path in news_files("blind"):
        for item in load_items(path):
            shingles = _shingles(item.get("original") or item["text"])
            shared: Counter[str] = Counter()
            for shingle in shingles:
                shared.update(seen.get(shingle, ()))
            for other, count in shared.items():
                if count >= COPY_SHARE * len(shingles):
                    copies.append((item["id"], other, f"{count}/{len(shingles)}"))
    assert not copies, copies
