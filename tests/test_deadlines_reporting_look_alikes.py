"""Look-alikes of real reporting (issue 11, round 25, the false-alarm pass): the kinds of
sentence real news gives beside a deadline (an announcement day and its cut-off in one sentence,
a past step of a chain named as past, another country's order, a province's order for another
act, a plan for the end of the year), all silent on the seed ledger, guarded here. The days come
from the seed ledger's first expulsion order and the older PoR validity chain.

Not here: "plans (aims, hopes) to complete the repatriation of … by <date>" is reported against
the order's cut-off, as "determined to complete" is; the labelled dev item news-r20-dl-009 (a
minister's "has planned to complete repatriation of Afghan refugees by December 2015", called
"the new deadline" in the next sentence) treats such a plan as the deadline, so it stays.
"""

import datetime as dt

import pytest

from .deadlines_support import codes, full_day, month_day

ORDER = "ifrp_phase1"
CHAIN = "por_validity_2012_2018"

ORDER_LOOK_ALIKES = (  # {given}: the announcement, {cut}: the recorded cut-off
    "On {given}, the caretaker government gave undocumented foreigners until {cut} to leave the "
    "country.",
    "The ultimatum issued on {given} requires all illegal immigrants to leave by {cut}.",
    "Announced on {given}, the deadline for illegal immigrants to leave Pakistan is {cut}.",
    "The government's {given} decision set {cut} as the last day for undocumented foreigners to "
    "leave.",
    "The meeting on {given} decided that undocumented foreigners must leave by {cut}.",
    "Iran has given undocumented Afghans until {later} to leave the country.",
    "Germany set a deadline of {later} for rejected Afghan asylum seekers to leave.",
    "Tehran ordered illegal Afghan migrants to leave Iran by the end of the year.",
    "The Sindh government has set {later} as the deadline for undocumented Afghans in Karachi to "
    "register with the police.",
    "UNHCR plans to help 100,000 Afghans return home by the end of the year.",
    "The ministry hopes to finish the construction of new border terminals by the end of this "
    "year.",
)


@pytest.fixture
def order(seed_corpus):
    return seed_corpus.ledger.deadlines[ORDER]


def _when(order) -> str:
    return (order.announced + dt.timedelta(days=17)).isoformat()


def test_look_alikes_of_real_reporting_stay_silent(order, seed_corpus):
    values = {
        "given": month_day(order.announced),
        "cut": month_day(order.date),
        "later": month_day(order.date + dt.timedelta(days=44)),
    }
    loud = [
        form
        for form in ORDER_LOOK_ALIKES
        if codes(seed_corpus, form.format(**values), _when(order))
    ]
    assert loud == []


def test_a_past_step_of_a_chain_named_as_past_stays_silent(seed_corpus):
    if CHAIN not in seed_corpus.ledger.deadlines:
        pytest.skip(f"the ledger has no {CHAIN}")
    links = [
        link
        for link in seed_corpus.ledger.deadlines[CHAIN].chain()
        if None not in (link.announced, link.previous, link.date)
        and link.announced > link.previous  # extended after the old end had passed
    ]
    assert links
    loud = []
    for link in links:
        when = (link.announced + dt.timedelta(days=36)).isoformat()
        for text in (
            f"Registered Afghan refugees were earlier allowed to stay until "
            f"{full_day(link.previous)}, before the cabinet extended their cards again.",
            f"The cards of registered Afghan refugees, which had expired on "
            f"{month_day(link.previous)}, were extended until {full_day(link.date)}.",
        ):
            if codes(seed_corpus, text, when):
                loud.append(f"{when}: {text}")
    assert loud == []
