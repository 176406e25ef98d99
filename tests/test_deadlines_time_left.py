"""Time left before a cut-off (issue 11, round 6): "ten days remaining in the deadline", "24
hours left in the government's deadline", "the deadline … was left only for a week" put the
cut-off at the text's date plus that length. The grid crosses word orders and lengths (days,
hours, a week) with the seed ledger's national orders (values read from the loaded ledger): a
text dated that length before the cut-off stays silent, one dated six days earlier still is
reported; bounds, lengths counted from a date of their own and time passed stay silent. Round
10: time left "for" people "to" do what the order says needs no deadline noun ("Forty-six days
remain for illegal foreigners and ACC holders to depart from Pakistan"), and the cut-off the
sentence also gives ("… to leave by the end of this month") is no day the count starts from."""

import datetime as dt

from .deadlines_support import claims, codes

ORDERS = {"ifrp_phase1": "illegal foreigners", "ifrp_phase2_acc": "ACC holders"}
LENGTHS = {
    1: ("one day", "24 hours"),
    2: ("two days", "48 hours"),
    7: ("a week",),
    10: ("ten days",),
}
FORMS = (
    "There are now {n} remaining in the deadline for {group} to leave the country.",
    "With only {n} left before the deadline for {group} to leave expires, the border is busy.",
    "The deadline for {group} to leave the country was left only for {n}.",
    "Just {n} remain in the government's deadline for {group} to leave.",
    '"{N} are left in the deadline for {group} to leave," the minister said.',
    # round 8: the deadline "{n} away"
    "Although the deadline for {group} to leave is still {n} away, police have begun raids.",
    "With the deadline for {group} to leave just {n} away, the border is busy.",
    "The deadline for {group} to leave the country is now only {n} away.",
    # round 10: no deadline noun, time left for people to do what the order says; the cut-off
    # itself may be given too ("… to leave by the end of this month")
    "{N} remain for {group} to depart from Pakistan.",
    "Only {n} are left for {group} to leave the country, officials said.",
    "{N} remain for {group} to depart as per the directive to leave by {cut}.",
)
LOOK_ALIKES = (
    "Only {n} are left before the Eid holidays begin, traders said.",
    "With less than {n} remaining before the deadline for {group} to leave, families packed.",
    "On {date}, with {n} left before the deadline for {group} to leave, officials met.",
    "{N} have passed since the deadline for {group} to leave the country.",
    # a distance, not time left
    "Families from villages {n} away rushed to meet the deadline for {group} to leave.",
    "Many {group} who live {n} away from the border say the deadline to leave is too short.",
    # round 10: time left for something else, or counted from a day of its own
    "{N} remain for the voters to register, the commission said.",
    "{N} remain for the talks to begin, the envoy said.",
    "On {date}, {n} remained for {group} to leave the country.",
)


def _grid(corpus, forms, shift: int):
    """(text, draft date) for every order, length and form; the text is dated the length
    before the cut-off, moved back ``shift`` days."""
    for order, group in ORDERS.items():
        cut = corpus.ledger.deadlines[order].date
        for days, names in LENGTHS.items():
            when = cut - dt.timedelta(days=days + shift)
            for n in names:
                for form in forms:
                    date = f"{when - dt.timedelta(days=3):%B} {(when - dt.timedelta(days=3)).day}"
                    text = form.format(
                        n=n,
                        N=n[0].upper() + n[1:],
                        group=group,
                        date=date,
                        cut=f"{cut:%B} {cut.day}",
                    )
                    yield text, when.isoformat()


def test_time_left_that_reaches_the_cut_off_stays_silent(seed_corpus):
    loud = [(t, w) for t, w in _grid(seed_corpus, FORMS, 0) if codes(seed_corpus, t, w)]
    assert loud == []


def test_time_left_that_misses_the_cut_off_is_reported(seed_corpus):
    silent = [
        (t, w) for t, w in _grid(seed_corpus, FORMS, 6) if codes(seed_corpus, t, w) != ["NL101"]
    ]
    assert silent == []


def test_the_length_is_read_as_the_cut_off_it_puts(seed_corpus):
    cut = seed_corpus.ledger.deadlines["ifrp_phase1"].date
    when = cut - dt.timedelta(days=16)
    text = FORMS[0].format(n="ten days", group="illegal foreigners")
    (claim,) = [c for c in claims(seed_corpus, text, when.isoformat()) if c.is_date]
    assert (claim.role, claim.span.text) == ("deadline", "ten days")
    value = claim.value.date
    assert dt.date(value.year, value.month, value.day) == when + dt.timedelta(days=10)


def test_look_alikes_of_time_left_stay_silent(seed_corpus):
    loud = [(t, w) for t, w in _grid(seed_corpus, LOOK_ALIKES, 6) if codes(seed_corpus, t, w)]
    assert loud == []
