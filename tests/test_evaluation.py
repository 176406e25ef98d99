"""The measured targets: precision ≥ 0.95 and recall ≥ 0.90 for every rule family."""

import pytest

from .evaluate import FAMILIES, evaluate, load_items, table


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
