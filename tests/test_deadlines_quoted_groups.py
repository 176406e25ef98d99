"""A group's modifier in scare quotes (issue 11, round 6): "all “undocumented” Afghan migrants
must leave by …" names the same group as the words without quotes, so its deadline is the
group's order. The grid crosses quote styles and sentence shapes with the seed ledger's phase-1
cut-off (read from the loaded ledger) in texts written when several orders are in force: the
recorded day stays silent, a day a month later is reported; a quoted modifier in a clause that
sets no cut-off stays silent."""

import datetime as dt

from .deadlines_support import reported

QUOTE_PAIRS = (("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"))
FORMS = (
    "Pakistan first announced its intention to deport all {o}undocumented{c} Afghan migrants "
    "by {date}.",
    "The government had ordered {o}illegal{c} foreigners to leave the country before {date}.",
    "All {o}undocumented{c} immigrants had to leave Pakistan by {date} or face deportation.",
)
LOOK_ALIKES = (
    "A seminar on {o}undocumented{c} Afghan migrants was held in Karachi on {date}.",
    "Officials met {o}illegal{c} foreigners at a camp in Peshawar on {date}.",
)


def _texts(forms, day: dt.date):
    for o, c in QUOTE_PAIRS:
        for form in forms:
            yield form.format(o=o, c=c, date=f"{day:%B} {day.day}, {day.year}")


def _late(corpus) -> str:
    """A text date when several orders are in force: the people must be named to tell which."""
    later = corpus.ledger.deadlines["ifrp_phase2_acc"].enforcement_from
    return (later + dt.timedelta(days=30)).isoformat()


def test_a_scare_quoted_modifier_names_its_group(seed_corpus):
    order = seed_corpus.ledger.deadlines["ifrp_phase1"]
    when = _late(seed_corpus)
    wrong = order.date + dt.timedelta(days=30)
    mismatched = [
        (text, bad)
        for day, bad in ((order.date, False), (wrong, True))
        for text in _texts(FORMS, day)
        if [c for c, _, _ in reported(seed_corpus, text, when)] != (["NL101"] if bad else [])
    ]
    assert mismatched == []


def test_a_quoted_modifier_without_a_cut_off_stays_silent(seed_corpus):
    order = seed_corpus.ledger.deadlines["ifrp_phase1"]
    when = _late(seed_corpus)
    wrong = order.date + dt.timedelta(days=30)
    loud = [text for text in _texts(LOOK_ALIKES, wrong) if reported(seed_corpus, text, when)]
    assert loud == []
