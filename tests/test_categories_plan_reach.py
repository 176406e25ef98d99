"""NL302 and a number the whole plan puts at risk (round-13 opened blind split, dm-023).

A group word inside the plan's name ("Illegal Foreigners Repatriation Programme") or the first
phase's date given as the day the plan has run from ("since November 1, 2023") names the
plan, not one phase: once a phase that targets other groups has been announced (phase two,
for ACC holders, on 2025-03-07 in the ledger), the plan's people are several groups and a
number it is said to target is no first-phase group's size. Before that announcement, and
whenever the clause names the group itself, the number is still the target's size. The
sentences are invented; groups, figures and dates are the ledger's.
"""

import pytest

from .test_categories_reading import found

AFTER = ("2025-03-21", "2025-05-10", "2025-10-01")
"""Drafts after phase two's announcement."""

BEFORE = ("2023-11-20", "2024-06-01")
"""Drafts when the plan had reached only its first phase's group."""

WHOLE_PLAN = (
    "Pakistan's Illegal Foreigners Repatriation Plan, running since November 1, 2023, is "
    "targeting some {n} Afghans.",
    "The Illegal Foreigners Repatriation Programme now targets nearly {n} Afghan nationals.",
    "The crackdown, under way since November 1, 2023, targets nearly {n} Afghans.",
)


@pytest.mark.parametrize("template", WHOLE_PLAN)
@pytest.mark.parametrize("number", ["three million", "1.4 million"])
@pytest.mark.parametrize("day", AFTER)
def test_the_whole_plan_after_a_later_phase_is_several_groups(seed_corpus, template, number, day):
    assert found(seed_corpus, template.format(n=number), day) == []


@pytest.mark.parametrize("template", WHOLE_PLAN)
@pytest.mark.parametrize("day", BEFORE)
def test_the_plan_before_a_later_phase_is_its_first_group(seed_corpus, template, day):
    # 1.4 million is the registered refugees' figure, not the undocumented's
    assert found(seed_corpus, template.format(n="1.4 million"), day) == ["NL302"]


@pytest.mark.parametrize(
    "text",
    [
        # the clause names the order's group itself: its size, whatever the plan reached
        "The crackdown on undocumented migrants, under way since November 1, 2023, targets "
        "nearly 1.4 million Afghans.",
        "The Illegal Foreigners Repatriation Plan's deadline for undocumented migrants puts "
        "nearly 1.4 million Afghans at risk.",
        "The deadline for undocumented Afghans puts nearly 1.4 million Afghan refugees at risk.",
    ],
)
@pytest.mark.parametrize("day", AFTER[:2])
def test_a_named_group_is_still_the_target(seed_corpus, text, day):
    # (from September 2025 the registered refugees' stay has ended: their size is then no
    # other group's for the undocumented, common.mismatch)
    assert found(seed_corpus, text, day) == ["NL302"]
