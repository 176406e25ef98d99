"""NL302 and a group's figure recorded as a range only (GitHub issue 11).

The ledger may give a group's size as a range with no single value ("between 1.1 and 1.3
million" undocumented Afghans, an aid appeal of October 2023). A range has no value to show,
but a number inside it is one of the sizes the record allows for the group, so it is not
another group's figure given to it, even when it equals one (1.3 million, the registered
refugees' count). A number outside the range, or a range of another group, keeps the check.

The sentences are invented; the figures and groups are the ledger's.
"""

import pytest

from .test_categories_reading import found

INSIDE = "2023-11-20"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("UNHCR estimates that 1.3 million undocumented Afghans reside in Pakistan.", INSIDE),
        ("Aid agencies say some 1.3 million Afghans without documents live in Pakistan.", INSIDE),
        ("Aid groups put the number of undocumented Afghans at 1.3 million.", INSIDE),
        ("Around 1.25 million unregistered Afghans live in the country, the UN said.", INSIDE),
        ("Nearly 1.3 million undocumented Afghan nationals face expulsion, agencies warned.",
         INSIDE),
        ("Up to 1.3 million undocumented Afghans may be deported, the agencies warned.", INSIDE),
        ("Some 1.3 million undocumented Afghans remain in Pakistan.", "2024-05-01"),
    ],
)  # fmt: skip
def test_a_number_inside_the_groups_range_is_its_own(seed_corpus, text, date):
    assert found(seed_corpus, text, date) == []


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # outside the range, another group's figure (the registered refugees')
        ("Pakistan says 1.4 million undocumented Afghans must leave.", "2023-10-20", ["NL302"]),
        ("UNHCR estimates that 1.35 million undocumented Afghans reside in Pakistan.",
         "2024-03-20", ["NL302"]),
        # a lower bound at the range's top leaves no room inside it
        ("More than 1.3 million undocumented Afghans may be deported, agencies warned.", INSIDE,
         ["NL302"]),
        # the range is the undocumented's: it does not make their number the registered's
        ("UNHCR estimates that 1.1 million registered refugees reside in Pakistan.", INSIDE,
         ["NL302"]),
        # a fused phrase keeps its conflation; the number is the modifier's group's
        ("Some 1.3 million undocumented Afghan refugees remain in Pakistan.", INSIDE, ["NL301"]),
    ],
)  # fmt: skip
def test_a_number_outside_the_range_is_still_checked(seed_corpus, text, date, expected):
    assert found(seed_corpus, text, date) == expected


def test_within_range_reads_bounds_against_the_ledgers_range(seed_corpus):
    from narrlint.claims.groups import lexicon
    from narrlint.claims.groups_lexicon import within_range

    ranges = [r for rs in lexicon(seed_corpus).ranges.values() for r in rs]
    assert ranges, "the ledger records a range-only figure"
    for r in ranges:
        low, high = r.low, r.high
        middle = (low + high) / 2
        assert within_range(middle, None, r) and within_range(high, "about", r)
        assert within_range(low, "above", r) and not within_range(high, "above", r)
        assert within_range(high, "below", r) and not within_range(low, "below", r)
        assert not within_range(high * 1.05, None, r) and not within_range(low * 0.95, None, r)
