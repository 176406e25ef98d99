"""A window noun that opens a long subject of a verb of ending (round 13).

"The deadline set by the Pakistani government for the deportation of Afghan immigrants who were
residing illegally in the country has ended today, Thursday (November 10th)" gave no cut-off:
what "ended" ends was read back over at most sixteen words, and the deadline noun stood farther
off. A window noun that opens the stretch before the verb (after the last mark or joining word)
is its subject however long the phrases after it, when they tell for whom it was set; a window
for something else ("the deadline for public comment …") or a stretch broken by "and" stays as
it was.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .deadlines_support import assert_wrong_fires_right_silent, codes, ledger_orders, month_day

NATIONAL = "ifrp_phase1"

FORMS = (
    "The deadline set by the Pakistani government for the deportation of Afghan immigrants who "
    "were residing illegally in the country has ended today ({date}).",
    "The deadline given by the caretaker government to foreigners living in the country without "
    "valid documents to leave Pakistan expired on {date}.",
    "The grace period announced by the interior ministry for undocumented Afghans who had not "
    "yet left the country of their own accord ended on {date}.",
)


@pytest.fixture
def national(seed_corpus):
    (order,) = ledger_orders(seed_corpus, NATIONAL)
    return order


def test_a_long_subject_of_a_verb_of_ending(seed_corpus, national):
    when = (national.date + dt.timedelta(days=12)).isoformat()
    wrong = national.date + dt.timedelta(days=9)
    assert_wrong_fires_right_silent(seed_corpus, FORMS, national.date, wrong, when)


@pytest.mark.parametrize(
    "text",
    [
        "The deadline for public comment on the draft rules issued by the ministry of interior "
        "last month ended on {date}.",
        "The deadline passed quietly and the talks in Islamabad between the two delegations of "
        "officials ended on {date}.",
    ],
)
def test_long_subject_look_alikes_stay_silent(seed_corpus, national, text):
    when = (national.date + dt.timedelta(days=12)).isoformat()
    wrong = month_day(national.date + dt.timedelta(days=9))
    assert codes(seed_corpus, text.format(date=wrong), when) == []
