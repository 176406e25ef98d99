"""NL101's fix writes a date only where the whole written date is replaced: a year the reader
does not take ("December 31, 9999", robustness probe D9) stays outside the span, so replacing
the span would leave another wrong date; no fix is offered then (the finding stays)."""

import datetime as dt

import pytest

from .conftest import lint_text
from .deadlines_support import reported

DATE = "2023-10-20"


@pytest.mark.parametrize(
    "written",
    ["December 31, 9999", "1 January 0001", "December 31, 10000", "December 31 0001"],
)
def test_no_fix_leaves_an_unread_year(seed_corpus, written):
    text = f"Pakistan gave undocumented foreigners until {written} to leave the country."
    findings = lint_text(seed_corpus, text, date=DATE, codes=("NL101",))
    assert [f.code for f in findings] == ["NL101"]
    assert findings[0].fix is None
    assert not findings[0].message.startswith("Write")


@pytest.mark.parametrize(
    ("written", "fixed"),
    [
        ("December 1", "November 1"),
        ("December 1, 2023", "November 1, 2023"),
        ("1 December 2023", "1 November 2023"),
        # a number after the date that is no year
        ("December 1, 20 days after the order", "November 1"),
    ],
)
def test_the_fix_stays_where_the_year_is_read(seed_corpus, written, fixed):
    text = f"Pakistan gave undocumented foreigners until {written} to leave the country."
    findings = lint_text(seed_corpus, text, date=DATE, codes=("NL101",))
    assert [f.code for f in findings] == ["NL101"]
    assert findings[0].fix is not None
    assert [e.replacement for e in findings[0].fix.edits] == [fixed]


def test_a_date_of_last_year_is_placed_in_that_year(seed_corpus):
    """ "extended until <day> last year": the year before the text's; a chain's date of that
    year stays silent (not read as the same day of the text's year), another day of that year
    is reported, and no fix rewrites the phrase."""
    chain = seed_corpus.ledger.deadlines["por_validity_chain"]
    link = next(x for x in chain.chain() if x.date is not None and x.announced is not None)
    day = dt.date(link.date.year + 1, 12, 1).isoformat()  # link.date is in "last year"
    text = "The validity of PoR cards was extended until {} last year."
    assert reported(seed_corpus, text.format(f"{link.date:%B} {link.date.day}"), day) == []
    other = link.date - dt.timedelta(days=45)
    findings = lint_text(
        seed_corpus, text.format(f"{other:%B} {other.day}"), date=day, codes=("NL101",)
    )
    assert [f.code for f in findings] == ["NL101"] and findings[0].fix is None


@pytest.mark.parametrize("day", ["0001-01-01", "0001-01-03", "9999-12-28", "9999-12-31"])
def test_weekdays_and_relative_years_at_the_calendars_edge(seed_corpus, day):
    """A text dated at the calendar's edge: a weekday or a relative year that would fall
    outside it is not read (no internal error)."""
    text = (
        "The deadline for ACC holders to leave ended on Friday. They must leave by Monday. "
        "Deportations began last year. The deadline expired on March 31 last year."
    )
    findings = lint_text(seed_corpus, text, date=day, codes=("NL101", "NL102"))
    assert all(f.code != "NL000" for f in findings)


@pytest.mark.parametrize(
    ("text", "date", "fixed"),
    [
        # a day written as a word keeps a day in the fix: the same word where there is one,
        # else the ordinal; never the month alone ("by the November")
        (
            "Pakistan gave undocumented foreigners until the first of December to leave.",
            DATE,
            "first of November",
        ),
        (
            "Undocumented Afghans must leave Pakistan by the first of December, the "
            "government said.",
            DATE,
            "first of November",
        ),
        (
            "Afghan Citizen Card holders must leave Pakistan by the first of May, the "
            "interior ministry said.",
            "2025-03-20",
            "31st of March",
        ),
    ],
)
def test_a_day_in_words_is_written_back_as_a_day(seed_corpus, text, date, fixed):
    findings = lint_text(seed_corpus, text, date=date, codes=("NL101",))
    assert [f.code for f in findings] == ["NL101"]
    assert [e.replacement for e in findings[0].fix.edits] == [fixed]
    assert findings[0].message.startswith(f'Write "{fixed}"')
