"""NL101's fix writes a date only where the whole written date is replaced: a year the reader
does not take ("December 31, 9999", robustness probe D9) stays outside the span, so replacing
the span would leave another wrong date; no fix is offered then (the finding stays)."""

import pytest

from .conftest import lint_text

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
