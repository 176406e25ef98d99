"""A reported start of the campaign told with its day (issue 11, round 8): "began expelling …,
mostly Afghans, on Oct. 1", "deportations were launched on November 1, 2023". The day is held
to the days its event records for the start of enforcement (start, cut-off, equivalent dates,
extensions) within a week, and to its announcement within a day: a local start a few days off
stays silent, a start weeks off is reported. Also a month "of last year" and a bare round named
in a sentence about the campaign ("In the first phase, launched in …"). Values come from the
loaded ledger's first national order; look-alikes of the same shapes stay silent."""

import datetime as dt

from narrlint.claims.dates_starts import ANNOUNCED_TOLERANCE_DAYS, START_TOLERANCE_DAYS

from .deadlines_support import reported

DAY_FORMS = (
    "Pakistan began expelling undocumented foreigners on {date}.",
    "Islamabad began expelling more than a million undocumented foreigners, mostly Afghans, "
    "on {date}, amid a row with Kabul.",
    "Deportations of undocumented Afghans began on {date}, officials said.",
    "Deportations of illegal foreigners were launched on {date}.",
    "Pakistan launched its crackdown on undocumented foreigners on {date}.",
    "The deportation drive against undocumented foreigners started on {date}.",
    "Authorities commenced deportations of undocumented foreigners as of {date}.",
)
LOOK_ALIKES = (
    "Iran began deporting Afghans on {date}.",
    "Deportations from Karachi began on {date}, police said.",
    "Talks on the return of refugees began on {date}.",
    "Pakistan began deporting Afghans who arrived on {date}.",
    # (round 14: a tally of deportations "since <date>" is now a reported start, as two
    # annotators label it: tests/test_deadlines_since_tallies.py; returns since a day are not)
    "Since {date}, 5,000 undocumented Afghans have returned home.",
    "A new wave of deportations of undocumented foreigners began on {date}.",
    "Pakistan began deporting undocumented foreigners on {weekday}.",
)


def _first_order(corpus):
    """The national order whose enforcement began first: what "the crackdown" means."""
    orders = [d for d in corpus.ledger.deadlines.values() if d.enforcement_from and d.national]
    return min(orders, key=lambda d: d.enforcement_from)


def _written(day: dt.date) -> tuple[str, ...]:
    """The ways news writes a day: "November 1", "Nov. 1", "1 November 2023", "November 1,
    2023"."""
    return (
        f"{day:%B} {day.day}",
        f"{day:%b}. {day.day}",
        f"{day.day} {day:%B} {day.year}",
        f"{day:%B} {day.day}, {day.year}",
    )


def _codes(corpus, text: str, when: dt.date) -> list[str]:
    return [c for c, _, _ in reported(corpus, text, when.isoformat())]


def _days(order):
    """(day, should report): the start, a local start a few days off (silent), and days weeks
    before and after every recorded start or cut-off (reported)."""
    start = order.enforcement_from
    recorded = {*order.accepted_dates(), start}
    tolerance = dt.timedelta(days=START_TOLERANCE_DAYS)
    early = min(recorded) - tolerance - dt.timedelta(days=10)
    while order.announced and abs((early - order.announced).days) <= ANNOUNCED_TOLERANCE_DAYS:
        early -= dt.timedelta(days=ANNOUNCED_TOLERANCE_DAYS + 1)  # the launch day: not wrong
    late = max(recorded) + tolerance + dt.timedelta(days=10)
    return ((start, False), (start + dt.timedelta(days=3), False), (early, True), (late, True))


def test_a_start_told_with_its_day_is_held_to_the_recorded_start(seed_corpus):
    order = _first_order(seed_corpus)
    when = order.enforcement_from + dt.timedelta(days=60)
    wrong = [
        (text, bad)
        for form in DAY_FORMS
        for day, bad in _days(order)
        for text in (form.format(date=w) for w in _written(day))
        if _codes(seed_corpus, text, when) != (["NL101"] if bad else [])
    ]
    assert wrong == []


def test_the_announcement_day_is_a_launch_too(seed_corpus):
    order = _first_order(seed_corpus)
    when = order.enforcement_from + dt.timedelta(days=60)
    text = "Pakistan launched its crackdown on undocumented foreigners on {date}."
    assert (
        _codes(seed_corpus, text.format(date=f"{order.announced:%B} {order.announced.day}"), when)
        == []
    )


def test_look_alikes_of_a_day_start_stay_silent(seed_corpus):
    order = _first_order(seed_corpus)
    when = order.enforcement_from + dt.timedelta(days=60)
    early = order.enforcement_from - dt.timedelta(days=31)
    noisy = [
        text
        for form in LOOK_ALIKES
        for text in (form.format(date=f"{early:%B} {early.day}", weekday="Monday"),)
        if _codes(seed_corpus, text, when)
    ]
    assert noisy == []


def test_a_start_ahead_of_the_text_is_a_plan_not_a_report(seed_corpus):
    """A day with its year after the text's date is not a report of the start."""
    order = _first_order(seed_corpus)
    when = order.enforcement_from - dt.timedelta(days=40)
    later = order.enforcement_from + dt.timedelta(days=30)
    text = (
        f"Pakistan began expelling undocumented foreigners on {later:%B} {later.day}, {later.year}."
    )
    assert _codes(seed_corpus, text, when) == []


def test_a_month_of_last_year_or_of_a_year(seed_corpus):
    order = _first_order(seed_corpus)
    start = order.enforcement_from
    when = dt.date(start.year + 1, 3, 22)
    taken = {(d.year, d.month) for d in (*order.accepted_dates(), start, order.announced)}
    other = next(m for m in range(1, 13) if (start.year, m) not in taken)
    forms = (
        "Pakistan began the process of deporting undocumented Afghans in {month} of last year.",
        "Pakistan began deporting undocumented Afghans in {month} of {year}.",
    )
    texts = [
        (form.format(month=dt.date(2000, month, 1).strftime("%B"), year=start.year), bad)
        for form in forms
        for month, bad in ((start.month, False), (other, True))
    ]
    wrong = [(t, b) for t, b in texts if _codes(seed_corpus, t, when) != (["NL101"] if b else [])]
    assert wrong == []


ROUND_FORMS = (
    "This marks the second phase of Pakistan's deportation drive. In the first phase, launched "
    "in {time}, over 70,000 Afghan families returned.",
    "Pakistan is expelling Afghans again. The first round, which began in {time}, sent home "
    "half a million people.",
)
ROUND_LOOK_ALIKES = (
    "This marks the second phase of the polio campaign. In the first phase, launched in {time}, "
    "over 70,000 children were vaccinated.",
    "This marks the second phase of Pakistan's deportation drive. The first phase of the polio "
    "campaign, launched in {time}, reached 70,000 children.",
)


def test_a_bare_round_of_the_campaign_named_before(seed_corpus):
    order = _first_order(seed_corpus)
    start = order.enforcement_from
    when = dt.date(start.year + 1, 4, 6)
    early = dt.date(start.year - 1, start.month, 1)
    wrong = [
        (text, bad)
        for form in ROUND_FORMS
        for day, bad in ((start, False), (early, True))
        for text in (form.format(time=f"{day:%B} {day.year}"),)
        if _codes(seed_corpus, text, when) != (["NL101"] if bad else [])
    ]
    noisy = [
        text
        for form in ROUND_LOOK_ALIKES
        for text in (form.format(time=f"{early:%B} {early.year}"),)
        if _codes(seed_corpus, text, when)
    ]
    assert wrong == []
    assert noisy == []


def test_a_day_long_before_the_campaign_is_another_operation(seed_corpus):
    """In a text written before the start, "started on <the start's day>" without a year falls a
    year back, months before the ledger knows the campaign: an earlier operation, not read. The
    same day with that year written is the campaign's start told wrong."""
    order = _first_order(seed_corpus)
    start = order.enforcement_from
    when = order.announced + dt.timedelta(days=17)
    assert when < start
    text = "Deportations of undocumented migrants started on {date}, police said."
    year_back = f"{start:%B} {start.day}, {start.year - 1}"
    assert _codes(seed_corpus, text.format(date=f"{start:%B} {start.day}"), when) == []
    assert _codes(seed_corpus, text.format(date=year_back), when) == ["NL101"]


def test_a_day_of_last_year(seed_corpus):
    order = _first_order(seed_corpus)
    start = order.enforcement_from
    when = dt.date(start.year + 1, 12, 20)  # the day alone would fall in this year
    early = start - dt.timedelta(days=40)
    text = "Deportations of undocumented Afghans began on {date} last year."
    assert _codes(seed_corpus, text.format(date=f"{start:%B} {start.day}"), when) == []
    assert _codes(seed_corpus, text.format(date=f"{early:%B} {early.day}"), when) == ["NL101"]
