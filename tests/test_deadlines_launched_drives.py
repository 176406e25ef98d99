"""A drive named by its purpose after the participle of starting (issue 11, round 9): "part of
a broader campaign launched in November 2022 to arrest and deport Afghan nationals". What
began is the campaign only when the purpose after the time is the campaign's (deport, expel);
"a campaign launched in … to vaccinate children" is another one. Values are read from the
loaded ledger: the recorded month stays silent, the same month a year earlier is reported."""

import datetime as dt

from .deadlines_support import codes

FORMS = (
    "The crackdown is part of a broader campaign launched in {month} {year} to arrest and "
    "deport Afghan nationals.",
    "Officials defended the drive initiated in {month} {year} to expel undocumented foreigners.",
    "It was the second year of an operation started in {month} {year} to deport foreigners "
    "living illegally in Pakistan.",
)
LOOK_ALIKES = (
    # another purpose
    "The crackdown is part of a broader campaign launched in {month} {year} to vaccinate "
    "children in Quetta.",
    # another country's campaign
    "Iran's campaign launched in {month} {year} to deport Afghan nationals has intensified.",
    # the purpose lies past the clause
    "A campaign launched in {month} {year}, officials said, was meant to deport Afghans.",
)


def _first_order(corpus):
    orders = [d for d in corpus.ledger.deadlines.values() if d.enforcement_from is not None]
    return min(orders, key=lambda d: d.enforcement_from)


def _when(corpus) -> str:
    last = max(d.enforcement_from for d in corpus.ledger.deadlines.values() if d.enforcement_from)
    return (last + dt.timedelta(days=120)).isoformat()


def _texts(forms, start: dt.date):
    return [form.format(month=f"{start:%B}", year=start.year) for form in forms]


def test_a_drive_launched_to_deport_is_the_campaign_grid(seed_corpus):
    start = _first_order(seed_corpus).enforcement_from
    earlier = start.replace(year=start.year - 1)
    when = _when(seed_corpus)
    wrong = [t for t in _texts(FORMS, earlier) if codes(seed_corpus, t, when) != ["NL101"]]
    right = [t for t in _texts(FORMS, start) if codes(seed_corpus, t, when)]
    assert (wrong, right) == ([], [])


def test_drives_of_other_purposes_stay_silent(seed_corpus):
    start = _first_order(seed_corpus).enforcement_from
    earlier = start.replace(year=start.year - 1)
    when = _when(seed_corpus)
    loud = [t for t in _texts(LOOK_ALIKES, earlier) if codes(seed_corpus, t, when)]
    assert loud == []
