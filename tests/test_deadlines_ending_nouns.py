"""A noun of ending dated "on <date>" (issue 11, round 6): "the expiry of PoR cards on …", "the
expiration of the Proof of Registration (PoR) cards on …" date the cards' expiry; "the end of
the grace period on …" the window's last day. Values are read from the loaded ledger: the
recorded day stays silent, another day is reported; the end of something else stays silent."""

import datetime as dt

from .deadlines_support import reported

EXPIRY_FORMS = (
    "This move follows the expiry of PoR cards on {date}, making holders unlawful residents.",
    "The ministry cited the expiration of the Proof of Registration (PoR) cards on {date}.",
)
WINDOW_FORM = "Fear grew among PoR card holders after the end of the grace period on {date}."
LOOK_ALIKE = "Fear grew among PoR card holders after the end of the talks on {date}."


def _day(day: dt.date) -> str:
    return f"{day:%B} {day.day}"


def _codes(corpus, text, when):
    return [c for c, _, _ in reported(corpus, text, when)]


def test_the_expiry_of_cards_on_a_date(seed_corpus):
    chain = seed_corpus.ledger.deadlines["por_validity_chain"]
    recorded = set(chain.accepted_dates())
    mismatched, judged = [], 0
    for link in chain.chain():
        if not (link.announced and link.previous and link.date):
            continue
        when = (link.announced + dt.timedelta(days=3)).isoformat()
        wrong = link.previous - dt.timedelta(days=20)
        if any(abs((wrong - d).days) <= 3 for d in recorded):
            continue  # another recorded expiry: not a wrong value
        judged += 1
        for form in EXPIRY_FORMS:
            for day, bad in ((link.previous, False), (wrong, True)):
                text = form.format(date=_day(day))
                if _codes(seed_corpus, text, when) != (["NL101"] if bad else []):
                    mismatched.append((text, when))
    assert judged and mismatched == []


def test_the_end_of_a_grace_period_on_a_date(seed_corpus):
    order = seed_corpus.ledger.deadlines["ifrp_phase3_por"]
    last_day = min(a.date for a in order.equivalent_dates)  # the grace period's last day
    when = (order.date + dt.timedelta(days=5)).isoformat()
    codes = {
        bad: _codes(seed_corpus, WINDOW_FORM.format(date=_day(day)), when)
        for day, bad in ((last_day, False), (last_day - dt.timedelta(days=10), True))
    }
    assert codes == {False: [], True: ["NL101"]}
    wrong = LOOK_ALIKE.format(date=_day(last_day - dt.timedelta(days=10)))
    assert _codes(seed_corpus, wrong, when) == []
