"""NL301 and NL302 on real reporting's sentences (GitHub issue 11).

Phases: the groups a draft pairs with a phase of the deportation plan (NL301), in other words
for a phase, local orders' own phases, and a phase's target named by another group.

The sentences are invented; the figures and groups are the ledger's. Shared helpers live in
:mod:`tests.test_categories_reading`.
"""

from itertools import pairwise

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
        # a local order with no cut-off of its own (the ledger records Punjab's launch of its
        # "third phase" in October 2025) is dated by its launch
        ("Punjab's third phase targets undocumented Afghans, police in Lahore said.",
         "2025-10-20", []),
        ("Police in Punjab said the third phase would target illegal immigrants.",
         "2025-11-02", []),
        ("Punjab's third phase targets undocumented Afghans, police in Lahore said.",
         "2023-11-20", ["NL301"]),
        ("The third phase targets undocumented Afghans, police in Karachi said.",
         "2025-10-20", ["NL301"]),
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
    "Pakistan launched the {o} phase of its drive to deport {g} last week.",
    "The {o} phase of the campaign to expel {g} began on Monday.",
    "The province launched the {o} phase of its deportation drive against {g} on Sunday.",
    "Police said the {o} phase of the deportation crackdown on {g} would start after Eid.",
    "The {o} phase of the government's campaign against {g} has begun.",
)
"""A group as the object of the phase's own action (also after an order's noun and the
preposition naming whom it falls on: "a drive against ...", "the crackdown on ...")."""


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


TIMED_PHASES = (
    "In the {o} phase {w} years back, the government deported {g}.",
    "An official said the {o} phase, {w} months ago, had targeted {g}.",
    "In phase {n} {w} years ago, the authorities expelled {g}.",
)
"""A phase followed by a length of time: the number counts years, not a phase."""
NUMBER_WORDS = {1: "one", 2: "two", 3: "three"}


def test_a_phase_followed_by_a_length_of_time_grid(seed_corpus):
    from narrlint.claims.groups import lexicon

    lex = lexicon(seed_corpus)
    wrong, right = [], []
    for number in sorted(lex.phase_targets):
        for category in seed_corpus.ledger.categories.values():
            if category.phase is None:
                continue
            g = next(t for t in category.terms if t.endswith("s"))
            for w in NUMBER_WORDS.values():
                words = {"o": ORDINAL_WORDS[number], "n": number, "g": g, "w": w}
                if category.phase < number:
                    continue  # an earlier group acted on later: those left over, not read
                for template in TIMED_PHASES:
                    into = right if category.phase == number else wrong
                    into.append(template.format(**words))
    missed = [t for t in wrong if found(seed_corpus, t, "2024-03-18") != ["NL301"]]
    alarms = [t for t in right if found(seed_corpus, t, "2024-03-18")]
    assert not missed and not alarms, (missed, alarms)


DESCRIBED_OBJECTS = (
    "The government began a {o} phase of forced deportations of {g}.",
    "Officials have launched the {o} phase of mass expulsions of {g}, the ministry said.",
    "Families fled after Pakistan started a {o} phase of the forced repatriation of {g}.",
)
"""The phase's action described by a word of its own ("forced", "mass") before its object."""


def test_phase_objects_after_a_described_action_grid(seed_corpus):
    """Every phase crossed with every phased group as the object of a described action
    ("a second phase of forced deportations of ..."), in reports of what was done: wrong
    for a group the plan reached only later, silent for the phase's own and earlier ones."""
    from narrlint.claims.groups import lexicon

    lex = lexicon(seed_corpus)
    wrong, right = [], []
    for number in sorted(lex.phase_targets):
        for category in seed_corpus.ledger.categories.values():
            if category.phase is None:
                continue
            g = next(t for t in category.terms if t.endswith("s"))
            # a report of what a phase did leaves earlier groups alone (their deportations
            # went on); a group the plan reached only later was never its target
            later = category.phase > number
            for template in DESCRIBED_OBJECTS:
                text = template.format(o=ORDINAL_WORDS[number], g=g)
                (wrong if later else right).append(text)
    missed = [t for t in wrong if found(seed_corpus, t, "2024-03-18") != ["NL301"]]
    alarms = [t for t in right if found(seed_corpus, t, "2024-03-18")]
    assert not missed and not alarms, (missed, alarms)


SHARED_PHASES = (
    "The {o1} and {o2} phases would see the repatriation of {g1} and {g2}.",
    "Phases {n1} and {n2} will target {g1} and {g2}, the minister said.",
    "In the first phase, illegal immigrants would be deported, while the {o1} and {o2} "
    "phases would see the expulsion of {g1} and {g2}.",
    "Officials said the {o1} and {o2} phases had targeted {g1} and {g2}.",
    "{G1} and {g2} will be deported in the {o1} and {o2} phases respectively.",
)
"""Phases named together by one phase word, then a list of as many groups: each in turn."""


def test_phases_named_together_pair_with_a_list_in_turn(seed_corpus):
    """Two phases named by one phase word ("the second and third phases") pair with the
    list of two groups after them in order: the ledger's own order is silent, swapped is
    NL301; a single group after two phases cannot be paired and is left alone."""
    from narrlint.claims.groups import lexicon

    lex = lexicon(seed_corpus)
    by_phase = {
        c.phase: next(t for t in c.terms if t.endswith("s"))
        for c in seed_corpus.ledger.categories.values()
        if c.phase is not None
    }
    numbers = sorted(n for n in lex.phase_targets if n in by_phase)
    assert len(numbers) >= 2
    wrong, right, lone = [], [], []
    for first, second in pairwise(numbers):
        words = {"o1": ORDINAL_WORDS[first], "o2": ORDINAL_WORDS[second], "n1": first,
                 "n2": second}  # fmt: skip
        for template in SHARED_PHASES:
            for g1, g2, out in ((by_phase[first], by_phase[second], right),
                                (by_phase[second], by_phase[first], wrong)):  # fmt: skip
                out.append(template.format(**words, g1=g1, g2=g2, G1=g1[:1].upper() + g1[1:]))
        lone.append(f"The {words['o1']} and {words['o2']} phases will target {by_phase[first]}.")
        lone.append(f"Phases {first} and {second} will target {by_phase[second]}.")
    missed = [t for t in wrong if found(seed_corpus, t, "2024-03-18") != ["NL301"]]
    alarms = [t for t in right + lone if found(seed_corpus, t, "2024-03-18")]
    assert not missed and not alarms, (missed, alarms)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hundreds returned home after Pakistan began a second phase of forced deportations "
         "of Afghan refugees.", ["NL301"]),
        ("The second phase of mass expulsions of Afghan refugees has begun, officials said.",
         ["NL301"]),
        ("Hundreds returned home after Pakistan began a third phase of forced deportations "
         "of Afghan refugees.", []),
        # a noun of its own between the phase and the action ("the programme of
        # repatriation of ..."): the group before the phase is still its target
        ("Registered refugees will be expelled in the second phase of the programme of "
         "repatriation of illegal foreigners.", ["NL301"]),
        # the phase of an order whose own action follows it ("its drive to deport ...")
        ("Pakistan launched the first phase of its drive to deport Afghan refugees in "
         "November 2023.", ["NL301"]),
        ("Pakistan began the second phase of its campaign to expel Afghan refugees.",
         ["NL301"]),
        ("Pakistan began the third phase of its campaign to expel Afghan refugees.", []),
        ("The second phase of the plan to help Afghan refugees drew praise.", []),
        # the phase's action is no action of its own words: not its object
        ("The second phase of the plan drew criticism from Afghan refugees.", []),
    ],
)  # fmt: skip
def test_a_bare_refugee_noun_as_a_described_action_object(seed_corpus, text, expected):
    assert found(seed_corpus, text, "2025-04-07") == expected


PASSIVE_SUBJECTS = (
    "{G} will be deported in the {o} phase, officials said.",
    "{G} are to be repatriated during phase {n}.",
    "Officials said {g} would now be expelled in the {o} phase of the plan.",
)
"""A bare status noun as the subject of the action done to it in a phase (the passive of
"the second phase of deporting Afghan refugees")."""


def test_a_status_noun_acted_on_in_a_phase_grid(seed_corpus):
    """'Afghan refugees' (a head noun of the refugee group) deported in a phase that targets
    another group is NL301; in its own phase it is silent, and a loose head noun
    ('Afghan migrants', 'Afghan nationals') is never paired by this reading."""
    from narrlint.claims.groups import lexicon

    lex = lexicon(seed_corpus)
    categories = seed_corpus.ledger.categories
    refugee = [c for c, g in categories.items() if g.refugee_status and g.phase is not None]
    assert refugee
    wrong, right = [], []
    for number in sorted(lex.phase_targets):
        for category in refugee:
            for head in (h for h in categories[category].heads if h.endswith("s")):
                g = f"Afghan {head}"
                words = {"o": ORDINAL_WORDS[number], "n": number, "g": g, "G": g}
                own = categories[category].phase == number
                for template in PASSIVE_SUBJECTS:
                    (right if own else wrong).append(template.format(**words))
        for loose in ("Afghan migrants", "Afghan nationals"):
            words = {"o": ORDINAL_WORDS[number], "n": number, "g": loose, "G": loose}
            right += [t.format(**words) for t in PASSIVE_SUBJECTS]
    missed = [t for t in wrong if found(seed_corpus, t, "2024-04-20") != ["NL301"]]
    alarms = [t for t in right if found(seed_corpus, t, "2024-04-20")]
    assert not missed and not alarms, (missed, alarms)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # headlines in title case: a capitalised verb is no demonym of the group after it,
        # a capitalised word still describes the phase's action
        ("# Pakistan Begins Second Phase Of Deporting Afghan Refugees", ["NL301"]),
        ("# Pakistan Begins Second Phase of Forced Deportations of Afghan Refugees", ["NL301"]),
        ("# Pakistan Begins Third Phase Of Deporting Afghan Refugees", []),
        ("# Pakistan Begins Second Phase Of Deporting ACC Holders", []),
    ],
)  # fmt: skip
def test_phases_in_title_case_headlines(seed_corpus, text, expected):
    assert found(seed_corpus, text, "2024-04-20") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "according to", "due to": no plan's "to", so an earlier group before a later
        # phase is a report of what the programme did first
        ("According to officials, initially aimed at deporting undocumented migrants, the "
         "programme has now entered a second phase.", []),
        ("Due to pressure, the drive against illegal immigrants has now entered its third "
         "phase.", []),
        ("According to the ministry, illegal immigrants have been deported; the programme "
         "is now in its second phase.", []),
        # a plan's own "to" still pairs them
        ("According to officials, illegal immigrants are to be expelled in the second phase.",
         ["NL301"]),
        ("Due to the deadline, undocumented migrants are to leave in phase three, officials "
         "said.", ["NL301"]),
        ("According to the ministry, registered refugees will be deported in phase two.",
         ["NL301"]),
    ],
)  # fmt: skip
def test_to_of_according_to_is_no_plan(seed_corpus, text, expected):
    assert found(seed_corpus, text, PHASE2) == expected


@pytest.mark.parametrize(
    "opening",
    [
        # a phase named as over is what came before the group, not the phase that targets it
        "On completion of Phase-I, the ministry directed the province to begin",
        "Upon the conclusion of the first phase, the government ordered",
        "At the end of phase one, officials announced",
        "With the completion of its first phase, the plan moved on to",
    ],
)
def test_a_phase_named_as_over_pairs_no_group(seed_corpus, opening):
    text = f"{opening} the repatriation of all ACC holders."
    assert found(seed_corpus, text, PHASE2) == []


@pytest.mark.parametrize(
    "opening",
    [
        # the phase itself still pairs with the group it names
        "In Phase-I, the ministry directed the province to begin",
        "The first phase will see",
        "During the completion of paperwork, phase one began with",
    ],
)
def test_a_phase_not_over_still_pairs_its_group(seed_corpus, opening):
    text = f"{opening} the repatriation of all ACC holders."
    assert found(seed_corpus, text, PHASE2) == ["NL301"]


DATELINES = (
    "Islamabad/Peshawar, April 03:",
    "ISLAMABAD/RAWALPINDI:",
    "Peshawar, Islamabad (APP) -",
    "Quetta and Rawalpindi, March 2:",
)
"""Datelines naming several places, one of them a local order's (the twin cities'): where
the report was filed, not where the phase happens (r9 dev news-r9-cc-017)."""


@pytest.mark.parametrize("dateline", DATELINES)
@pytest.mark.parametrize(
    "text",
    [
        "The second phase of repatriating Afghan refugees resumed today.",
        "In the second phase, PoR card holders will be expelled.",
    ],
)
def test_every_place_of_a_dateline_is_the_filing_place(seed_corpus, dateline, text):
    assert found(seed_corpus, f"{dateline} {text}", "2025-04-03") == ["NL301"]


@pytest.mark.parametrize("dateline", DATELINES)
def test_a_local_orders_place_after_a_dateline_still_counts(seed_corpus, dateline):
    text = f"{dateline} In the second phase, PoR card holders will be expelled from Rawalpindi."
    assert found(seed_corpus, text, "2025-02-10") == []
