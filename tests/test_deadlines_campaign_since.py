"""A campaign in force "since" a time (round 26): the plan by its name ("the Illegal Foreigners
Repatriation Plan, in force since <time>", "the IFRP, which has been active since <time>") or a
campaign noun right before "since" ("has pursued a sweeping crackdown since <time>") reports
when enforcement began, held to the record in the time's own precision as "the campaign began
in <time>" is: a day, a month with its year (also "<month> last year"), a year. Look-alikes stay
silent: returns risen since a month, a crackdown compared with earlier ones, another country's
campaign, a bare tally of deportations, another campaign (polio), a later round by its ordinal,
and a campaign stepped up since a later phase's start. Values come from the loaded ledger (the
first order's enforcement start, the ACC phase's)."""

import datetime as dt

import pytest

from .deadlines_support import codes, full_day, ledger_order

FIRST = "ifrp_phase1"
ACC = "ifrp_phase2_acc"

FORMS = (
    "With the Illegal Foreigners Repatriation Plan in force since {time}, thousands of "
    "families have crossed into Afghanistan.",
    "Officials said the IFRP, which has been active since {time}, would go on.",
    "Pakistan has pursued a sweeping crackdown on foreigners without papers since {time}.",
    "Authorities have run an expulsion campaign since {time} against undocumented migrants.",
    "With the IFRP in force since {time}, Afghans awaiting resettlement in Western countries "
    "fear arrest.",
    "Pakistan's expulsion drive, which has intensified since {time}, has emptied whole "
    "neighbourhoods.",
)

LOOK_ALIKES = (
    "Returns to Afghanistan have risen sharply since {time}, the UN said.",
    "It is the largest crackdown on migrants since {time}, rights groups said.",
    "Iran's deportation campaign, active since {time}, has expelled many Afghans.",
    "Pakistan's tax crackdown since {time} has targeted retailers.",
    "A crackdown on militants since {time} has killed dozens in Khyber.",
    "More than 20,000 deportations since {time} were recorded in Karachi.",
    "The polio campaign has been running since {time} in Quetta.",
    "Pakistan has hosted millions of Afghan refugees since {time}.",
    "The second phase of the IFRP, active since {time}, targets card holders.",
    "The vaccination drive has intensified since {time} in Peshawar.",
    "Turkey's crackdown, which has intensified since {time}, worries Syrians.",
)


def _month(day: dt.date) -> str:
    return f"{day:%B} {day.year}"


@pytest.fixture
def first(seed_corpus):
    return ledger_order(seed_corpus, FIRST, "enforcement_from")


def _times(order) -> tuple[list[str], list[str]]:
    """(times that fit the recorded start, times that do not): the day, its month with the
    year, its year; a day six weeks later, the month three months later, the year after."""
    start = order.enforcement_from
    later = start + dt.timedelta(days=42)
    months_later = dt.date(start.year + (start.month + 3 > 12), (start.month + 2) % 12 + 1, 1)
    right = [full_day(start), _month(start), str(start.year)]
    wrong = [full_day(later), _month(months_later), str(start.year + 1)]
    return right, wrong


def _when(order) -> str:
    """A text date a year and a half after the start, before the ledger's next orders."""
    return (order.enforcement_from + dt.timedelta(days=500)).isoformat()


def test_a_campaign_since_a_time_gives_the_enforcement_start(seed_corpus, first):
    right, wrong = _times(first)
    when = _when(first)
    missed = []
    for form in FORMS:
        for times, expected in ((right, []), (wrong, ["NL101"])):
            for time in times:
                text = form.format(time=time)
                if codes(seed_corpus, text, when) != expected:
                    missed.append(text)
    assert missed == []


def test_a_month_of_last_year_is_read_with_its_year(seed_corpus, first):
    """ "since <month> last year": the start's month in a text of the next year, silent; the
    same words a year later name a month a year after the start."""
    start = first.enforcement_from
    text = "Pakistan has waged a deportation campaign since {month} last year against migrants."
    words = text.format(month=f"{start:%B}")
    assert codes(seed_corpus, words, dt.date(start.year + 1, 6, 20).isoformat()) == []
    assert codes(seed_corpus, words, dt.date(start.year + 2, 6, 20).isoformat()) == ["NL101"]


def test_a_since_look_alike_of_a_campaign_stays_silent(seed_corpus, first):
    _, wrong = _times(first)
    when = _when(first)
    loud = [
        form.format(time=time)
        for form in LOOK_ALIKES
        for time in wrong
        if codes(seed_corpus, form.format(time=time), when)
    ]
    assert loud == []


def test_a_campaign_since_years_before_the_record_is_another_operation(seed_corpus, first):
    """A time wholly before the order's first record is an operation that ran before it."""
    start = first.enforcement_from
    when = _when(first)
    text = "Pakistan has pursued a sweeping crackdown since {time}, aimed at foreigners."
    assert codes(seed_corpus, text.format(time=str(start.year - 3)), when) == []
    before = start - dt.timedelta(days=75)  # police operations before the order was made
    assert codes(seed_corpus, text.format(time=_month(before)), when) == []
    assert (
        codes(seed_corpus, text.format(time=_month(start.replace(year=start.year - 2))), when) == []
    )


def test_a_campaign_stepped_up_since_a_later_phase_stays_silent(seed_corpus):
    acc = ledger_order(seed_corpus, ACC, "enforcement_from")
    when = (acc.enforcement_from + dt.timedelta(days=60)).isoformat()
    text = f"Pakistan has stepped up its deportation campaign since {_month(acc.enforcement_from)}."
    assert codes(seed_corpus, text, when) == []
