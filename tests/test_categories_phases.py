"""NL301 and NL302 on real reporting's sentences (GitHub issue 11).

Phases: the groups a draft pairs with a phase of the deportation plan (NL301), in other words
for a phase, local orders' own phases, and a phase's target named by another group.

The sentences are invented; the figures and groups are the ledger's. Shared helpers live in
:mod:`tests.test_categories_reading`.
"""

import pytest

from .test_categories_reading import PHASE1, PHASE2, found


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a phase next to the place of a local order that targets the group may be one of
        # that order's own steps (the ledger records an order for the twin cities)
        ("Registered refugees will be repatriated in the second phase. They are to move out of the "
         "twin cities but may stay in the country.", "2025-02-10", []),
        ("In the second phase, PoR card holders will be expelled from Rawalpindi.",
         "2025-02-10", []),
        # the same pairing with no such place, or with the place only in a dateline, or
        # years from that order's date, is the national plan's phase
        ("Registered refugees will be repatriated in the second phase. They are to leave the "
         "country.", "2025-02-10", ["NL301"]),
        ("ISLAMABAD: In the second phase, PoR card holders will be expelled.", "2025-02-10",
         ["NL301"]),
        ("RAWALPINDI (Wire): The second phase of deporting registered refugees began today.",
         "2025-02-10", ["NL301"]),
        ("In the second phase, PoR card holders will be expelled from Rawalpindi.",
         "2023-10-20", ["NL301"]),
    ],
)  # fmt: skip
def test_phases_of_a_local_order(seed_corpus, text, date, expected):
    assert found(seed_corpus, text, date) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # the number an order falls on is its target's size: a bare noun naming another
        # group (with a status the target lacks) is given the target's figure, the same
        # error (NL302) as "1.7 million Afghan refugees have been told to leave by Nov 1"
        ("The March 31 deadline for ACC holders puts 800,000 Afghan refugees at risk.",
         PHASE2, ["NL302"]),
        ("The deadline for undocumented Afghans to leave affects 1.7 million Afghan refugees.",
         PHASE1, ["NL302"]),
        ("Islamabad has ordered 1.7 million Afghan refugees to go home by November 1.",
         PHASE1, ["NL302"]),
        ("By ordering some 1.7m Afghan refugees out before 1 November, Pakistan ...",
         PHASE1, ["NL302"]),
        # the head's own restriction names the target's group: the wording is NL301's
        ("The deadline for undocumented Afghans to leave affects 1.7 million Afghan refugees "
         "who have no documents.", PHASE1, ["NL301"]),
        ("The March 31 deadline puts 800,000 Afghan refugees living here on ACCs at risk.",
         PHASE2, ["NL301"]),
        # clean: a noun naming no group, a loose noun, the target's own noun, or the noun's
        # own group's size (NL302 reports that one)
        ("The March 31 deadline for ACC holders puts 800,000 Afghans at risk.", PHASE2, []),
        ("The deadline for undocumented Afghans to leave affects 1.7 million Afghan migrants.",
         PHASE1, []),
        ("The March 31 deadline for ACC holders puts 800,000 Afghans holding ACCs at risk.",
         PHASE2, []),
        ("The deadline for undocumented Afghans puts 1.4 million Afghan refugees at risk.",
         PHASE1, ["NL302"]),
        # a modifier naming several groups and a head naming one: the number of another
        ("The move affects over 800,000 documented Afghan refugees.", PHASE2, ["NL301"]),
        ("The move affects over 1.4 million documented Afghan refugees.", PHASE2, []),
        # one of several groups a modifier names is no other group
        ("Some 800,000 documented Afghans hold ACCs.", PHASE2, []),
        ("Documented Afghans, including ACC holders, may stay until March 31.", PHASE2, []),
    ],
)  # fmt: skip
def test_an_order_target_named_by_another_group(seed_corpus, text, date, expected):
    assert found(seed_corpus, text, date) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phase written as one hyphenated token, and a removal in other words
        ("The phase-2 drive is aimed at Proof of Registration card holders.", ["NL301"]),
        ("The stage-two plan targets registered refugees.", ["NL301"]),
        ("In Phase II, registered refugees will be sent back.", ["NL301"]),
        ("In phase two, PoR card holders will be pushed out.", ["NL301"]),
        # clean: the phase's own group, a phase used as a time
        ("The phase-2 drive is aimed at ACC holders.", []),
        ("In phase two, ACC holders will be sent back.", []),
        ("After phase-2 ends, PoR holders will be sent home.", []),
    ],
)  # fmt: skip
def test_phases_in_other_words(seed_corpus, text, expected):
    assert found(seed_corpus, text, PHASE2) == expected


PHASE_OBJECTS = (
    "Pakistan has decided to launch a {o} phase of deporting {g} after Eid.",
    "The {o} phase of the repatriation of {g} will start next month, officials said.",
    "Officials said phase {n} of the deportation of {g} will begin in April.",
)
"""A group as the object of the phase's own action."""


PHASE_PAIRS = (
    "In the {o} phase, {g} will be deported.",
    "The {o} phase will target {g}, the interior ministry said.",
    "{G} are to be expelled in phase {n}, officials said.",
)
"""A group paired with a phase as its target."""


ORDINAL_WORDS = {1: "first", 2: "second", 3: "third"}


def test_phases_and_their_groups_grid(seed_corpus):
    """Every phase of the ledger's plan crossed with every phased group. A group paired
    with another phase is wrong; as the object of a phase's action ("the second phase of
    deporting illegal Afghans"), an earlier group named in the plan's own name's word
    ("Illegal Foreigners Repatriation Plan") names the whole plan's people."""
    from narrlint.claims.groups import lexicon

    lex = lexicon(seed_corpus)
    assert lex.plan_groups  # the seed plan's name names a group
    wrong, right = [], []
    for number in sorted(lex.phase_targets):
        for category in seed_corpus.ledger.categories.values():
            if category.phase is None:
                continue
            g = next(t for t in category.terms if t.endswith("s"))
            words = {"o": ORDINAL_WORDS[number], "n": number, "g": g, "G": g[:1].upper() + g[1:]}
            own = category.phase == number
            plan_word = category.phase < number and category.id in lex.plan_groups
            for template in PHASE_PAIRS:
                (right if own else wrong).append(template.format(**words))
            for template in PHASE_OBJECTS:
                (right if own or plan_word else wrong).append(template.format(**words))
    missed = [t for t in wrong if found(seed_corpus, t, "2024-03-18") != ["NL301"]]
    alarms = [t for t in right if found(seed_corpus, t, "2024-03-18")]
    assert not missed and not alarms, (missed, alarms)
