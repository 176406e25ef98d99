"""A stay or a document that "will end on" a day or "expires in" a month (issue 11, round 25): "the
extension in their stay would end in June 2017" (an edited item of the round-24 blind split,
dev news-r24-ob-035) was read as a plain date. Two readings were missing: the bare verb "end"
before "on <date>" was passed over as if it were the "end" of "at the end of March", so "the
stay of Afghan refugees will end on …" had no cue, while "ended on …" (and "will come to an end
on …") had; and "in <month>" after a verb of expiring or ending ("the cards expire in June
2017") was never a cue at all. Both are now read as "expired on" is: the end of a validity (or
of a window) when that is what ends, compared in the precision written (a month with its year by
month).

The days come from the seed ledger's older PoR validity chain: a text twenty days after each
link was announced, the link's end right (silent) and a month past it wrong (reported).
Look-alikes: talks or a visit that end in a month (no validity ends), "expire in three months"
(a length, not a month), and "the end of" a month as before.

People in general ("Afghans", not "refugees") whose stay's extension ends, in a year when no
order to leave is in force and one chain of validity covers the text's date, are that chain's
holders: an extended stay is a leave to remain, which only the chain's documents give. Not a
stay people extend themselves, a delegation's, or one at a university (silent).
"""

import datetime as dt

import pytest

from .deadlines_support import codes, full_day

CHAIN = "por_validity_2012_2018"

DAY_FORMS = (
    "The stay of registered Afghan refugees in Pakistan will end on {date}.",
    "The stay of registered Afghan refugees will come to an end on {date}.",
    "Officials said the validity of the Proof of Registration cards would end on {date}.",
)
MONTH_FORMS = (
    "The Proof of Registration cards of Afghan refugees expire in {month}.",
    "Registered Afghan refugees are packing up because their stay will end in {month}.",
)
LOOK_ALIKES = (
    "The talks on the future of registered Afghan refugees will end in {month}.",
    "The talks on registered Afghan refugees will come to an end on {date}.",
    "The visit of the Afghan refugee delegation will end on {date}.",
)


@pytest.fixture
def chain(seed_corpus):
    if CHAIN not in seed_corpus.ledger.deadlines:
        pytest.skip(f"the ledger has no {CHAIN}")
    return seed_corpus.ledger.deadlines[CHAIN]


def _month(day: dt.date) -> str:
    return f"{day:%B} {day.year}"


def _cases(chain) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(text date, the link's end, a day 92 days later in a month the chain never records, nor
    the day before or after a recorded day) for each link, while it is the one in force."""
    links = list(chain.chain())
    days = {d for link in links for d in (link.date, link.previous) if d}
    one = dt.timedelta(days=1)  # "expires" accepts the day after a last day, "after" the eve
    months = {(x.year, x.month) for d in days for x in (d - one, d, d + one)}
    found = []
    for link, after in zip(links, [*links[1:], None], strict=True):
        if link.announced is None or link.date is None:
            continue
        when = link.announced + dt.timedelta(days=20)
        if when >= link.date or (after is not None and after.announced and when >= after.announced):
            continue
        wrong = link.date + dt.timedelta(days=92)
        if (wrong.year, wrong.month) not in months:
            found.append((when, link.date, wrong))
    return found


def test_a_stay_that_will_end_on_a_day_is_compared(chain, seed_corpus):
    cases = _cases(chain)
    assert cases
    wrong = []
    for when, right, bad in cases:
        for form in DAY_FORMS:
            if codes(seed_corpus, form.format(date=full_day(right)), when.isoformat()):
                wrong.append(f"{when}: silent expected: {form}")
            if codes(seed_corpus, form.format(date=full_day(bad)), when.isoformat()) != ["NL101"]:
                wrong.append(f"{when}: NL101 expected: {form}")
    assert wrong == []


def test_an_expiry_in_a_month_is_compared_by_month(chain, seed_corpus):
    wrong = []
    for when, right, bad in _cases(chain):
        for form in MONTH_FORMS:
            if codes(seed_corpus, form.format(month=_month(right)), when.isoformat()):
                wrong.append(f"{when}: silent expected: {form}")
            if codes(seed_corpus, form.format(month=_month(bad)), when.isoformat()) != ["NL101"]:
                wrong.append(f"{when}: NL101 expected: {form}")
    assert wrong == []


def test_talks_and_visits_that_end_stay_silent(chain, seed_corpus):
    loud = [
        f"{when}: {form}"
        for when, _, bad in _cases(chain)
        for form in LOOK_ALIKES
        if codes(seed_corpus, form.format(month=_month(bad), date=full_day(bad)), when.isoformat())
    ]
    assert loud == []


def test_a_length_after_expire_in_is_no_month(chain, seed_corpus):
    when, _, _ = _cases(chain)[0]
    text = "The Proof of Registration cards of Afghan refugees expire in three months."
    assert codes(seed_corpus, text, when.isoformat()) == []


GENERAL_FORMS = (
    "Many Afghans are selling their shops and going home because the extension of their stay "
    "ends in {month}.",
    "Afghan families say the extension of their stay will end on {date}.",
)
OTHER_STAYS = (
    "Afghan cricketers extended their stay in Lahore until {date}.",
    "The Afghan delegation's stay was extended until {date}.",
    "Afghan students say the extension of their stay at the university ends on {date}.",
)


def test_a_stay_extension_of_afghans_in_general_is_the_chains(chain, seed_corpus):
    wrong = []
    for when, right, bad in _cases(chain):
        for form in GENERAL_FORMS:
            good = form.format(month=_month(right), date=full_day(right))
            if codes(seed_corpus, good, when.isoformat()):
                wrong.append(f"{when}: silent expected: {form}")
            bad_text = form.format(month=_month(bad), date=full_day(bad))
            if codes(seed_corpus, bad_text, when.isoformat()) != ["NL101"]:
                wrong.append(f"{when}: NL101 expected: {form}")
    assert wrong == []


def test_other_stays_of_afghans_stay_silent(chain, seed_corpus):
    loud = [
        f"{when}: {form}"
        for when, _, bad in _cases(chain)
        for form in OTHER_STAYS
        if codes(seed_corpus, form.format(date=full_day(bad)), when.isoformat())
    ]
    assert loud == []
