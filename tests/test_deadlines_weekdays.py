"""A weekday given for a cut-off (issue 11, round 5): "the deadline … ended on Friday" in a text
of the following Tuesday is the Friday before; "expires on Monday" the Monday after. Grids cross
both tenses with the seed ledger's national orders (values read from the loaded ledger): the
cut-off's own weekday stays silent, another day of that week is reported. Round 10: a weekday a
copula joins to a deadline noun ("Friday is the deadline for …", "The last day … was Tuesday")
takes the copula's tense."""

import datetime as dt

from .deadlines_support import reported

ORDERS = {"ifrp_phase1": "illegal foreigners", "ifrp_phase2_acc": "ACC holders"}
PAST = (
    "The government's deadline for {group} to leave the country ended on {weekday}.",
    "The deadline for {group} to leave expired on {weekday}, and arrests began.",
    "{Group} had until {weekday} to leave the country.",
    "The deadline for {group} to leave the country expired {weekday}.",
    # round 10: a copula joins the weekday to the deadline noun
    "The last day for {group} to leave the country was {weekday}.",
    "{weekday} was the deadline for {group} to leave the country, and arrests began.",
)
FUTURE = (
    "The deadline for {group} to leave the country expires on {weekday}.",
    "{Group} must leave the country by {weekday}, the ministry said.",
    "{Group} have until {weekday} to leave the country.",
    "The deadline for {group} to leave ends {weekday}.",
    # round 10: a copula joins the weekday to the deadline noun
    "ISLAMABAD: {weekday} is the deadline for {group} to leave the country.",
    "The deadline for {group} to leave the country is {weekday}, officials said.",
    "{weekday} will be the final day for {group} to leave the country.",
)


def _grid(corpus):
    """(text, draft date, should report): past forms in texts one to three days after each
    cut-off, future forms one to three days before it; the wrong day is three days off."""
    for order, group in ORDERS.items():
        cut = corpus.ledger.deadlines[order].date
        for templates, sign in ((PAST, 1), (FUTURE, -1)):
            for k in (1, 2, 3):
                when = cut + dt.timedelta(days=sign * k)
                wrong = cut - dt.timedelta(days=sign * 3)
                for template in templates:
                    for day, bad in ((wrong, True), (cut, False)):
                        text = template.format(
                            group=group, Group=group[0].upper() + group[1:], weekday=f"{day:%A}"
                        )
                        yield text, when.isoformat(), bad


def test_a_weekday_cut_off_grid(seed_corpus):
    wrong = [
        (text, when, bad)
        for text, when, bad in _grid(seed_corpus)
        if [c for c, _, _ in reported(seed_corpus, text, when)] != (["NL101"] if bad else [])
    ]
    assert wrong == []


def test_a_weekday_look_alikes(seed_corpus):
    """A weekday that is no cut-off, one with no tense to read, one written with its date."""
    cut = seed_corpus.ledger.deadlines["ifrp_phase2_acc"].date
    when = (cut + dt.timedelta(days=2)).isoformat()
    other = f"{cut - dt.timedelta(days=3):%A}"
    texts = (
        f"Officials met on {other} to discuss the deadline for ACC holders to leave.",
        f"ACC holders protested on {other} against the deadline to leave the country.",
        f"The deadline for ACC holders to leave the country, on {other}: a day of queues.",
        f"The deadline for ACC holders to leave ended on {other}, {cut:%B} {cut.day}.",
        # round 10: a copula that joins the weekday to no deadline noun, another purpose
        f"{other} is the day officials meet to discuss the deadline for ACC holders to leave.",
        f"The deadline for ACC holders to leave is near, and {other} is a holiday.",
        f"{other} is the deadline for ACC holders to register their shops.",
        f"The deadline for ACC holders to leave the country has passed; today is {other}.",
    )
    noisy = [t for t in texts if reported(seed_corpus, t, when)]
    assert noisy == []
