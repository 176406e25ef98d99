"""NL302 on real reporting's sentences (GitHub issue 11, round 10): the people a plan sets
moving as a whole ("initiating the return of 1.3 million undocumented foreigners", "launched
the deportation of ...") are its target, whose size the number gives, not a count of people
who moved; a movement the clause says took place ("so far", "since") stays a count.

The sentences are invented; the figures and groups are the ledger's. Shared helpers live in
:mod:`tests.test_categories_reading`.
"""

import pytest

from .test_categories_reading import PHASE1, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another group's size (the registered refugees' 1.3-1.4 million) for the target
        ("In October 2023, Pakistan launched the deportation of 1.3 million undocumented "
         "Afghans.", ["NL302"]),
        ("The decree, initiating the return of 1.4 million undocumented foreigners, took effect "
         "on 1 November.", ["NL302"]),
        ("Islamabad initiated the expulsion of 1.4 million illegal immigrants.", ["NL302"]),
        # the target's own size, and movements that took place
        ("Pakistan launched the deportation of 1.73 million undocumented Afghans.", []),
        ("The drive has launched the return of 1.3 million undocumented Afghans so far.", []),
        ("Pakistan has deported 1.3 million undocumented Afghans since November.", []),
    ],
)  # fmt: skip
def test_a_movement_set_going_is_the_plans_target(seed_corpus, text, expected):
    assert found(seed_corpus, text, PHASE1) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people sent away from another country are that country's: the ledger's groups do
        # not judge their name nor their number
        ("A total of 33,000 undocumented Afghan refugees were sent back from Iran on "
         "Wednesday.", []),
        ("Some 1,500 illegal Afghan refugees were deported from Turkey last week.", []),
        ("In Iran, undocumented Afghan refugees face mass expulsion.", []),
        ("Some 1.4 million undocumented Afghans were deported from Iran this year.", []),
        # the ledger's own country, or a city of it
        ("A total of 3,000 undocumented Afghan refugees were sent back from Pakistan on "
         "Wednesday.", ["NL301"]),
        ("Police deported undocumented Afghan refugees from Karachi.", ["NL301"]),
        ("Undocumented Afghan refugees from Iran's border towns were detained in Quetta.",
         ["NL301"]),
    ],
)  # fmt: skip
def test_people_sent_away_from_another_country(seed_corpus, text, expected):
    assert found(seed_corpus, text, PHASE1) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a bare head as the object of the phase's own action is the phase's group, whatever
        # else the sentence names: the registered refugees were phase three's
        ("The second phase of repatriating Afghan refugees is set to resume today after the "
         "deadline for ACC holders expired.", "2025-04-03", ["NL301"]),
        ("Phase two of the deportation of Afghan refugees began once ACC holders' time ran "
         "out.", "2025-04-03", ["NL301"]),
        # the phase's own group as the object, a group the plan reached earlier in the plan's
        # own words, or the bare head outside the action
        ("The second phase of repatriating ACC holders is set to resume today after the "
         "deadline for them expired.", "2025-04-03", []),
        ("The second phase of deporting illegal Afghans began after ACC holders' deadline.",
         "2025-04-03", []),
        ("In the second phase, ACC holders must leave, while Afghan refugees may stay.",
         "2025-04-03", []),
    ],
)  # fmt: skip
def test_a_bare_head_as_the_object_of_a_phases_action(seed_corpus, text, date, expected):
    assert found(seed_corpus, text, date) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a status received after "have" and a word of time names the status's group
        ("Officials said 800,000 Afghans have already received refugee status.", ["NL302"]),
        ("Bugti said there are 1.3 million Afghans registered as asylum seekers, and 800 "
         "thousand who have already received refugee status.", ["NL302"]),
        ("He said 1.73 million Afghans had received refugee status.", ["NL302"]),
        # the group's own size, or something else received
        ("Officials said 1.3 million Afghans have already received refugee status.", []),
        ("Officials said 800,000 Afghans have already received food aid.", []),
    ],
)  # fmt: skip
def test_a_status_received_names_its_group(seed_corpus, text, expected):
    assert found(seed_corpus, text, PHASE1) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a verb of departure with its particle is the phase's own action, as "repatriating"
        ("The second phase of sending back Afghan refugees was due to begin today after the "
         "deadline for ACC holders expired.", "2025-04-03", ["NL301"]),
        ("Phase two of pushing out Afghan refugees began once the March 31 deadline for ACC "
         "holders passed.", "2025-04-04", ["NL301"]),
        ("The first phase of sending back registered Afghan refugees began in Peshawar.",
         "2023-11-02", ["NL301"]),
        # the phase's own group, a group the plan reached earlier, or a particle of no leaving
        ("The second phase of sending back ACC holders was due to begin today after their "
         "deadline expired.", "2025-04-03", []),
        ("The second phase of sending back illegal Afghans began after ACC holders' deadline.",
         "2025-04-03", []),
        ("The second phase of sending up Afghan refugees' files began after ACC holders' "
         "deadline.", "2025-04-03", []),
    ],
)  # fmt: skip
def test_a_departure_with_its_particle_as_a_phases_action(seed_corpus, text, date, expected):
    assert found(seed_corpus, text, date) == expected
