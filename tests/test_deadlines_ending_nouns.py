"""A noun of ending dated "on <date>" (issue 11, round 6): "the expiry of PoR cards on …", "the
expiration of the Proof of Registration (PoR) cards on …" date the cards' expiry; "the end of
the grace period on …" the window's last day. Values are read from the loaded ledger: the
recorded day stays silent, another day is reported; the end of something else stays silent."""

import datetime as dt

from .deadlines_support import codes, month_day

EXPIRY_FORMS = (
    "This move follows the expiry of PoR cards on {date}, making holders unlawful residents.",
    "The ministry cited the expiration of the Proof of Registration (PoR) cards on {date}.",
)
WINDOW_FORM = "Fear grew among PoR card holders after the end of the grace period on {date}."
LOOK_ALIKE = "Fear grew among PoR card holders after the end of the talks on {date}."


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
                text = form.format(date=month_day(day))
                if codes(seed_corpus, text, when) != (["NL101"] if bad else []):
                    mismatched.append((text, when))
    assert judged and mismatched == []


def test_the_end_of_a_grace_period_on_a_date(seed_corpus):
    order = seed_corpus.ledger.deadlines["ifrp_phase3_por"]
    last_day = min(a.date for a in order.equivalent_dates)  # the grace period's last day
    when = (order.date + dt.timedelta(days=5)).isoformat()
    found = {
        bad: codes(seed_corpus, WINDOW_FORM.format(date=month_day(day)), when)
        for day, bad in ((last_day, False), (last_day - dt.timedelta(days=10), True))
    }
    assert found == {False: [], True: ["NL101"]}
    wrong = LOOK_ALIKE.format(date=month_day(last_day - dt.timedelta(days=10)))
    assert codes(seed_corpus, wrong, when) == []


CONCLUDING_FORMS = (  # round 7: "conclude" is a verb of ending like "end" and "close"
    "The deadline for undocumented Afghans concludes on {date}, officials said.",
    "The grace period for illegal foreigners concluded on {date}.",
    "Officials said the deadline for illegal immigrants was set to conclude on {date}.",
)
CONCLUDING_LOOK_ALIKES = (
    "The talks on border trade concluded on {date}.",
    "The window for public comment on the refugee law concludes on {date}.",
)


def test_a_deadline_that_concludes_on_a_date(seed_corpus):
    order = seed_corpus.ledger.deadlines["ifrp_phase1"]
    last_day = min(a.date for a in order.equivalent_dates)  # "by November 1" = October 31
    when = (order.announced + dt.timedelta(days=10)).isoformat()
    wrong = month_day(last_day + dt.timedelta(days=30))
    for form in CONCLUDING_FORMS:
        assert codes(seed_corpus, form.format(date=wrong), when) == ["NL101"], form
        assert codes(seed_corpus, form.format(date=month_day(last_day)), when) == [], form
    for form in CONCLUDING_LOOK_ALIKES:
        assert codes(seed_corpus, form.format(date=wrong), when) == [], form
