"""A legal status lost or used up on a day is the last day of a validity (round 23): "Afghan
refugees lost their legal status on <day>", "after they exhausted their legal residency status
on <day>" tell when the registered refugees' cards ran out, as "their legal status expired on
<day>" does, and are judged by the validity chain. Look-alikes stay silent: homes lost, a
status not lost, a case about refugee status. Values come from the loaded ledger: the validity
chains' links: each old end is checked a few weeks after it, when it is the latest expiry
that passed, and a day three months before it is reported."""

import datetime as dt

from .deadlines_support import codes, full_day, ledger_orders

CHAINS = ("por_validity_2012_2018", "por_validity_chain")
FORMS = (
    "Registered Afghan refugees lost their legal status on {date}.",
    "The cabinet met weeks after PoR card holders had exhausted their legal residency status on "
    "{date}.",
    "Afghan refugees holding PoR cards forfeited their lawful status on {date}, officials said.",
)
LOOK_ALIKES = (
    "Registered Afghan refugees lost their homes on {date}.",
    "Registered Afghan refugees did not lose their legal status on {date}.",
)
LATER = dt.timedelta(days=92)


def _ends(corpus):
    """(an old end, a text date 20 days after it) of each link announced after the end it
    replaced, when that end was itself a recorded link's new end (the chain's record covers
    it): on that date the old end is the last expiry that passed."""
    found = []
    for order in ledger_orders(corpus, *CHAINS):
        links = order.chain()
        ends = {link.date for link in links}
        found += [
            (link.previous, (link.previous + dt.timedelta(days=20)).isoformat())
            for link in links
            if link.previous in ends and link.announced and link.announced > link.previous
        ]
    return found


def test_a_lost_status_is_a_validity_s_last_day(seed_corpus):
    wrong = [
        f"{when}: {text}"
        for end, when in _ends(seed_corpus)
        for form in FORMS
        for day, expected in ((end, []), (end - LATER, ["NL101"]))
        if codes(seed_corpus, text := form.format(date=full_day(day)), when) != expected
    ]
    assert wrong == [], "\n".join(wrong)


def test_other_losses_stay_silent(seed_corpus):
    loud = [
        f"{when}: {text}"
        for end, when in _ends(seed_corpus)
        for form in LOOK_ALIKES
        if codes(seed_corpus, text := form.format(date=full_day(end - LATER)), when)
    ]
    assert loud == [], "\n".join(loud)
