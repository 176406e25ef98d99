"""NL302: a group's size the record long since replaced does not excuse another group's figure.

A ledger may hold the registered refugees' size of March 2010 (1.7 million registered Afghans,
UNHCR Briefing Notes of 26 March 2010), replaced by 1.39 million in 2018 and later counts (the
seed ledger does not hold it: the tests add it to a copy). "1.7 million Afghan refugees" in a
2023 draft is Bugti's 1.73 million undocumented rounded (NL302), though it equals that old own
size; in 2010, when the 1.7 million registered was the refugees' current size, it is their own
figure.

The sentences are invented; the figures and groups are the ledger's.
"""

import datetime as dt
from dataclasses import replace

import pytest

from .test_categories_reading import found


@pytest.fixture(scope="module")
def with_2010(seed_corpus):
    """The seed corpus with the registered refugees' size of March 2010 added."""
    por = next(f for f in seed_corpus.ledger.figures if f.category == "por")
    old = replace(por, id="por_2010_test", date=dt.date(2010, 3, 26), value=1_700_000.0,
                  value_text="1.7 million registered Afghans", as_of=None, event=None)  # fmt: skip
    ledger = replace(seed_corpus.ledger, figures=[*seed_corpus.ledger.figures, old])
    return replace(seed_corpus, ledger=ledger, _cache={}, _docs={})


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The government ordered some 1.7 million Afghan refugees to leave by November 1.",
         "2023-10-20"),
        ("Pakistan hosts 1.7 million registered Afghan refugees, the minister said.",
         "2024-02-10"),
    ],
)  # fmt: skip
def test_a_replaced_own_size_yields_to_anothers_rounded_figure(with_2010, text, date):
    assert "NL302" in found(with_2010, text, date)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the size current at the draft's date
        ("Pakistan allowed 1.7 million registered Afghans to stay for three more years.",
         "2010-04-02"),
        # a one-digit number rounds too many figures to be read as one of them
        ("Pakistan hosts 1.3 million registered refugees, with another 800,000 holding ACCs.",
         "2023-11-20"),
    ],
)  # fmt: skip
def test_look_alikes_stay_silent(with_2010, text, date):
    assert "NL302" not in found(with_2010, text, date)
