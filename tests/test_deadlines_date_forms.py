"""Ways news writes a day or a part of a month: "the first of November" and "the 15th of
November" are days (compared by NL101 as "November 1" is); "early October", "mid-June", "late
October", "the beginning (start, middle) of November", "the first week of November" are a part
of a month, read as a window of its days (``end_day`` set, as "October 4-5" is), never as one
day and so never compared as a cut-off; with a year ("late December 2023") the month stays, as
before. Orders and values come from the loaded seed ledger, never written in a test."""

import datetime as dt

import pytest

from narrlint.claims.dates_words import ORDINAL_DAYS
from narrlint.nlp.quantities import DateValue

from .deadlines_support import claims, codes

ORDERS = ("ifrp_phase1", "ifrp_phase2_acc", "ifrp_phase3_por")
GROUP = {
    "ifrp_phase1": "undocumented Afghans",
    "ifrp_phase2_acc": "Afghan Citizen Card holders",
    "ifrp_phase3_por": "PoR card holders",
}
SENTENCES = (
    "Pakistan has ordered {group} to leave the country by {date}.",
    "The interior minister said that {group} must leave by {date}.",
    "Pakistan has given {group} until {date} to leave the country.",
)
ORDINAL_WORDS = {day: word for word, day in ORDINAL_DAYS.items()}
"""Days in words the reader knows before "of" ("the first of", "the fifteenth of")."""


def _day_forms(day: dt.date) -> list[str]:
    forms = [f"the {day.day}{_suffix(day.day)} of {day:%B}"]
    if day.day in ORDINAL_WORDS:
        forms.append(f"the {ORDINAL_WORDS[day.day]} of {day:%B}")
    return forms


def _suffix(day: int) -> str:
    if 11 <= day <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _when(corpus, order: str) -> str:
    return (corpus.ledger.deadlines[order].announced + dt.timedelta(days=5)).isoformat()


def test_a_day_of_a_month_is_compared_grid(seed_corpus):
    """ "by the first of November" is right for the order of 1 November; a month later is
    NL101."""
    wrong = []
    for order in ORDERS:
        deadline = seed_corpus.ledger.deadlines[order]
        later = deadline.date + dt.timedelta(days=30)
        for shape in SENTENCES:
            for day, expected in ((deadline.date, []), (later, ["NL101"])):
                for form in _day_forms(day):
                    text = shape.format(group=GROUP[order], date=form)
                    if codes(seed_corpus, text, _when(seed_corpus, order)) != expected:
                        wrong.append((order, text))
    assert wrong == []


PART_FORMS = {
    "early {m}": (1, 10),
    "the beginning of {m}": (1, 10),
    "the start of {m}": (1, 10),
    "mid-{m}": (11, 20),
    "the middle of {m}": (11, 20),
    "late {m}": (21, None),
    "the first week of {m}": (1, 7),
    "the second week of {m}": (8, 14),
    "the last week of {m}": (None, None),
}


@pytest.mark.parametrize("form", sorted(PART_FORMS))
@pytest.mark.parametrize("month", [2, 6, 10, 11])
def test_a_part_of_a_month_is_read_as_a_window(seed_corpus, form, month):
    """Read as a window of days in every order's sentence, never as a cut-off: a part of a
    month says no day, so neither the right nor a wrong month is reported."""
    name = dt.date(2024, month, 1).strftime("%B")
    last = {2: 29, 6: 30, 10: 31, 11: 30}[month]
    first, final = PART_FORMS[form]
    first = last - 6 if first is None else first
    final = last if final is None else min(final, last)
    written = form.format(m=name)
    for order in ORDERS:
        for shape in SENTENCES:
            text = shape.format(group=GROUP[order], date=written)
            read = claims(seed_corpus, text, _when(seed_corpus, order))
            found = [(c.span.text.removeprefix("the "), c.value.date) for c in read]
            assert found == [(written.removeprefix("the "), DateValue(month, first, None, final))]
            assert all(c.role != "deadline" for c in read), text
            assert codes(seed_corpus, text, _when(seed_corpus, order)) == []


def test_a_part_of_a_month_with_its_year_keeps_the_month(seed_corpus):
    """ "late December 2023" stays the pipeline's month with its year, as before."""
    deadline = seed_corpus.ledger.deadlines["ifrp_phase1"]
    when = _when(seed_corpus, "ifrp_phase1")
    for form in ("late {m} {y}", "early {m} {y}", "the beginning of {m} {y}"):
        date = form.format(m=f"{deadline.date:%B}", y=deadline.date.year)
        text = SENTENCES[0].format(group=GROUP["ifrp_phase1"], date=date)
        read = [c.value.date for c in claims(seed_corpus, text, when)]
        assert read == [DateValue(deadline.date.month, None, deadline.date.year)], text


LOOK_ALIKES = (
    "First of all, undocumented Afghans must leave the country, the minister said.",
    "The beginning of the operation was delayed, and undocumented Afghans must leave.",
    "The start of deportations of undocumented Afghans may come in the first week.",
    "Undocumented Afghans may leave late, officials said on Tuesday.",
    "Iran has ordered undocumented Afghans to leave by the first of {wrong}.",
    "The minister met undocumented Afghans' elders on the first of {wrong} in Quetta.",
)


def test_look_alikes_stay_silent(seed_corpus):
    deadline = seed_corpus.ledger.deadlines["ifrp_phase1"]
    wrong = f"{deadline.date + dt.timedelta(days=30):%B}"
    when = _when(seed_corpus, "ifrp_phase1")
    loud = [
        text for shape in LOOK_ALIKES if codes(seed_corpus, text := shape.format(wrong=wrong), when)
    ]
    assert loud == []
    for shape in LOOK_ALIKES[:4]:
        assert claims(seed_corpus, shape, when) == [], shape
