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
