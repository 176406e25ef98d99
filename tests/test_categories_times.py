"""NL302 and the draft's date (GitHub issue 11, round 11).

Another group's figure first recorded long after the draft was written is no size that group
had when the draft was written: a 2013 or 2024 draft's number is not the undocumented Afghans'
600,000 of March 2025. A size recorded within months of the draft still names its group (the
UN's 880,000 ACC holders of December 2023 in an October or November 2023 draft).

The sentences are invented; the figures and groups are the ledger's.
"""

import pytest

from .test_categories_reading import found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # 600,000 undocumented (March 2025) is no size of April 2024: the ACC holders'
        # own undercount is not another group's figure
        ("Some 600,000 Afghans hold Afghan Citizen Cards.", "2024-04-11"),
        ("The ACC holders, numbering 600,000, were told to go.", "2024-05-01"),
        ("The drive will target 600,000 ACC holders after Eid.", "2024-04-11"),
        # years before: a count of beneficiaries, a host figure, holders of cards
        ("About 585,000 Afghan refugees benefit from the projects.", "2013-09-24"),
        ("Pakistan hosts 600,000 registered Afghan refugees, officials said.", "2016-06-01"),
        ("Some 600,000 PoR card holders live in Pakistan.", "2019-01-01"),
        # a population's total first given years later
        ("Some 2.9 million PoR card holders live in Pakistan.", "2018-06-01"),
    ],
)  # fmt: skip
def test_another_groups_later_figure_is_silent(seed_corpus, text, date):
    assert found(seed_corpus, text, date) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the same sentences once the other group's figure was on record
        ("Some 600,000 Afghans hold Afghan Citizen Cards.", "2025-04-15"),
        ("Pakistan hosts 600,000 registered Afghan refugees, officials said.", "2025-04-15"),
        ("Some 2.9 million PoR card holders live in Pakistan.", "2025-06-01"),
        # recorded within weeks of the draft: still that group's size at its date
        ("Pakistan warned it would deport about 880,000 undocumented Afghan nationals.",
         "2023-11-23"),
        ("Some 880,000 undocumented Afghans were told to leave by November 1.", "2023-10-20"),
        # a figure given before the draft
        ("Pakistan says 1.4 million undocumented Afghans must leave.", "2023-10-20"),
    ],
)  # fmt: skip
def test_another_groups_figure_on_record_is_reported(seed_corpus, text, date):
    assert found(seed_corpus, text, date) == ["NL302"]
