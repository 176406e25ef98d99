"""Older validity chains (round 18): a chain of a group's documents that a later chain of the
same group follows judges texts of its own era only, from its record's start up to a month
after its last recorded day. A text of that era is compared with the link in force then (a
later link's end, a wrong length); a text written in a gap of the record (after the chain's
last day, before the next chain), or years later, is never judged by it, so the older chain's
days never become accepted dates of the later chain's time.

The older chains here are a made-up world laid over the seed ledger (the seed's PoR group and
its 2023- chain): two runs of links with a gap between them, in years the seed records nothing
for. Drafts are paraphrases."""

import datetime as dt

import pytest

from narrlint.claims.dates_lexicon import lexicon_for
from narrlint.knowledge.corpus import load_corpus

from .deadlines_support import codes, reported

TERMS = (
    "[por card validity, validity of por cards, proof of registration, proof of registration "
    "cards, por cards, por card, validity, stay of registered afghan refugees]"
)
OLDER = f"""version: 1
deadlines:
- id: made_up_validity_run_one
  title: Made-up PoR validity, first run
  date: null
  targets: [por]
  subject_terms: {TERMS}
  action_lemmas: [extend, expire, lapse, renew]
  source: https://example.org/run-one
  steps:
  - {{expired: '2006-06-30', extended_to: '2006-12-31', announced: '2006-06-28',
      source: https://example.org/run-one/a}}
  - {{expired: '2006-12-31', extended_to: '2007-03-31', announced: '2006-12-20',
      source: https://example.org/run-one/b}}
- id: made_up_validity_run_two
  title: Made-up PoR validity, second run
  date: null
  targets: [por]
  subject_terms: {TERMS}
  action_lemmas: [extend, expire, lapse, renew]
  source: https://example.org/run-two
  steps:
  - {{expired: '2007-09-30', extended_to: '2008-09-30', announced: '2007-09-25',
      source: https://example.org/run-two/a}}
"""


@pytest.fixture(scope="module")
def older(tmp_path_factory):
    folder = tmp_path_factory.mktemp("older-chains")
    (folder / "ledger.yaml").write_text(OLDER)
    return load_corpus([str(folder)])


def test_an_older_chain_judges_only_its_own_era(older):
    ids = lambda day: {p.id for p in lexicon_for(older, day).profiles}  # noqa: E731
    assert "made_up_validity_run_one" in ids(dt.date(2006, 8, 1))
    assert "made_up_validity_run_one" not in ids(dt.date(2007, 6, 15))  # in the gap
    assert "made_up_validity_run_two" in ids(dt.date(2008, 1, 10))
    later = ids(dt.date(2024, 8, 1))
    assert "made_up_validity_run_two" not in later and "por_validity_chain" in later


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a later year's end given while the link in force ends this year
        ("The government extended the validity of PoR cards until December 31, 2007.",
         "2006-08-01", ["NL101"]),
        ("The government extended the validity of PoR cards until December 31, 2006.",
         "2006-08-01", []),
        # the length of the link just announced (three months), not the one before (six)
        ("The cabinet extended the stay of registered Afghan refugees by six months.",
         "2006-12-22", ["NL101"]),
        ("The cabinet extended the stay of registered Afghan refugees by three months.",
         "2006-12-22", []),
        # the second run's twelve months
        ("Pakistan extended the PoR cards of registered refugees by six months.",
         "2008-01-10", ["NL101"]),
        ("Pakistan extended the PoR cards of registered refugees by twelve months.",
         "2008-01-10", []),
    ],
)  # fmt: skip
def test_a_text_of_an_older_era_is_held_to_its_link(older, text, date, expected):
    assert codes(older, text, date) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The validity of PoR cards has been extended until September 30.",
        "PoR card holders were given three more months, officials said.",
    ],
)
def test_a_text_in_a_gap_of_the_record_stays_silent(older, text):
    """After the first run's last day (31 March) and before the second run's first link: the
    ledger has no link for the time, so nothing is said, not even that it lags (an ``info``)."""
    assert reported(older, text, "2007-06-15") == []


def test_a_later_text_is_never_held_to_an_older_chain(older):
    """A 2020 text about a visa extension is not "a new extension" of a 2008 chain."""
    text = "Earlier, the ministry had extended the validity of PoR cards till August 31."
    assert reported(older, text, "2020-09-05") == []
