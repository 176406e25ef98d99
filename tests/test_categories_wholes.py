"""NL301 on real reporting's sentences (GitHub issue 11): a whole and its parts.

A group given a number of its own and then counted by parts whose people go unnamed ("4.4
million Afghan refugees in the country, and 1.7 million are living illegally"), across a
sentence ("... has reached 3.5 million. Of these, ... 600,000 migrants do not have
documents."), or in a list after a colon ("can be categorised into three groups: ...").

The sentences are invented; the figures and groups are the ledger's, read from the loaded
ledger. Shared helpers live in :mod:`tests.test_categories_reading`.
"""

import pytest

from narrlint.claims.groups_lexicon import sizes

from .test_categories_reading import found, ledger_words

DAY = "2023-10-20"


def _sizes(corpus):
    """(a total of all Afghans no group has as its own, the undocumented size, the
    refugee group's size, whether that is smaller) at :data:`DAY`, from the loaded
    ledger."""
    from narrlint.claims.groups import format_value, lexicon

    lex = lexicon(corpus)

    def latest(figures):
        known = [f for f in figures if f.date and f.date.isoformat() <= DAY and f.value]
        return max(known, key=lambda f: (f.date, f.value))

    total = latest([s for s in lex.stocks if "total" in s.metric.lower()])
    undocumented = latest(sizes(lex, "undocumented"))
    assert total.value > undocumented.value  # a part smaller than its whole
    refugees = [c for c, g in corpus.ledger.categories.items() if g.refugee_status]
    registered = latest([f for c in refugees for f in sizes(lex, c)])
    return (format_value(total.value), format_value(undocumented.value),
            format_value(registered.value), registered.value < undocumented.value)  # fmt: skip


ELIDED = (
    "There are around {W} {g} in the country, and {P} are living illegally, he said.",
    "Pakistan was home to some {W} {g}, while {P} had no legal documents.",
    "Officials put the number of {g} at {W}; {P} are undocumented.",
    "The number of {g} in Pakistan has now reached {W}. Some {P} have no valid documents.",
    "Pakistan hosts {W} {g}, whereas about {P} were living there without documents.",
)
"""A count of people left unnamed, after a whole given to a group in the clause or sentence
before it."""

ELIDED_CLEAN = (
    # people beside the whole, named anew or said to be others
    "There are around {W} {g} in the country, and another {P} are living illegally.",
    "Pakistan hosts {W} {g}, while {P} more live there without documents.",
    "Pakistan hosts {W} {g}. {P} undocumented Afghans must leave by November 1.",
    # a whole no group names
    "There are around {W} Afghans in the country, and {P} are living illegally.",
    "Pakistan hosts {W} Afghan nationals. Some {P} have no valid documents.",
)


def test_a_count_of_unnamed_people_after_a_whole_is_its_part_grid(seed_corpus):
    """The undocumented count given as the unnamed part of a total called by a refugee
    group's word is NL301 (whatever NL302 says of the total); people said to be others, a
    noun of their own, or a whole no group names stay silent for NL301."""
    total, undocumented, _, _ = _sizes(seed_corpus)
    words = ledger_words(seed_corpus, True, "refugee_status")
    wrong = [t.format(W=total, P=undocumented, g=g) for t in ELIDED for g in words]
    right = [t.format(W=total, P=undocumented, g=g) for t in ELIDED_CLEAN for g in words]
    missed = [t for t in wrong if "NL301" not in found(seed_corpus, t, DAY)]
    alarms = [t for t in right if "NL301" in found(seed_corpus, t, DAY)]
    assert not missed and not alarms, (missed, alarms)


def test_a_group_given_its_own_size_keeps_unnamed_counts_beside_it(seed_corpus):
    """A group given one of its own figures: the unnamed count after it may be other
    people ("1.3 million registered refugees, and 800,000 are undocumented"), and a count
    larger than the whole is no part of it."""
    _, undocumented, registered, smaller = _sizes(seed_corpus)
    assert smaller  # the seed ledger: fewer registered refugees than undocumented Afghans
    words = ledger_words(seed_corpus, True, "refugee_status")
    texts = [
        t.format(W=registered, P=p, g=g)
        for t in ELIDED
        for g in words
        for p in ("800,000", undocumented)
    ]
    assert [t for t in texts if "NL301" in found(seed_corpus, t, DAY)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parts go on into the next sentence while they stay within the whole
        ("The number of Afghans in Pakistan has reached 3.5 million. Of these, 1.4 "
         "million have PoR cards. Another 600,000 migrants have no papers.", []),
        # a total called "refugees" with its own group's part only leaves the rest of it,
        # under "refugees", without PoR cards (test_categories_remainders)
        ("The number of Afghan refugees in Pakistan has reached 3.5 million. Of these, 1.4 "
         "million have PoR cards. Another 600,000 migrants have no papers.", ["NL301"]),
        ("The number of Afghan refugees in Pakistan has reached 3.5 million. Of these, 1.4 "
         "million have PoR cards. 600,000 migrants do not have any documents.", ["NL301"]),
        ("There were 3.5 million Afghan refugees in Pakistan. Of them, 1.4 million had PoR "
         "cards. 600,000 people lacked any papers.", ["NL301"]),
        # the partition inverted after a country's possessive
        ("Among Pakistan's 3.5 million Afghan refugees are 800,000 ACC holders.", ["NL301"]),
        ("Among Pakistan's 1.4 million registered refugees are 1.3 million PoR card holders.",
         []),
        # parts that outnumber the whole are none of its parts
        ("The number of Afghan refugees in Pakistan has reached 1.4 million. Of these, 1.3 "
         "million have PoR cards. 600,000 migrants do not have any documents.", []),
    ],
)  # fmt: skip
def test_parts_counted_on_into_the_next_sentence(seed_corpus, text, expected):
    assert [c for c in found(seed_corpus, text, "2024-11-29") if c == "NL301"] == expected


DIVIDED = (
    "{W} in Pakistan can primarily be categorised into three groups: {a}, {b} and {c}.",
    "{W} fall into three broad categories: {a}, {b}, and {c}.",
    "According to officials, {W} are made up of {a}, {b} and {c}.",
    "{W} were divided into three groups — {a}, {b} and {c} — by the census.",
    "{W} comprise {a}, {b} and {c}, the ministry said.",
    "Pakistan hosts {W}, comprising {a}, {b} and {c}.",
    "{W} are split between {a}, {b} and {c}.",
    "{W} consist mainly of {a}, {b} and {c}.",
)
"""A whole divided by a verb into the list of groups after it."""


def test_a_whole_divided_into_a_list_of_groups_grid(seed_corpus):
    """A refugee group's word divided into a list that holds groups without refugee status
    is NL301, in every order of the list; the same list under a word that names no group
    ("Afghans"), or under one that names every group with documents for a list of those
    groups, stays silent."""
    from itertools import permutations

    categories = seed_corpus.ledger.categories
    terms = {c: next(t for t in g.terms if t.endswith("s")) for c, g in categories.items()}
    phased = [c for c, g in categories.items() if g.phase is not None]
    refugee = ledger_words(seed_corpus, True, "refugee_status")
    documented = [c for c in phased if categories[c].documented]
    wrong, right = [], []
    for a, b, c in permutations(phased, 3):
        for template in DIVIDED:
            words = {"a": terms[a], "b": terms[b], "c": terms[c]}
            wrong += [template.format(W=w[:1].upper() + w[1:], **words) for w in refugee]
            right.append(template.format(W="Afghans", **words))
    for a, b in permutations(documented, 2):
        right.append(f"Documented Afghans comprise {terms[a]} and {terms[b]}.")
    missed = [t for t in wrong if found(seed_corpus, t, DAY) != ["NL301"]]
    alarms = [t for t in right if found(seed_corpus, t, DAY)]
    assert not missed and not alarms, (missed, alarms)


@pytest.mark.parametrize(
    "text",
    [
        # a verb that divides no whole into groups, or a whole named by no group's word
        "ACC holders were divided into groups by province.",
        "Afghan refugees have been split between camps and cities.",
        "The deportees were divided into two groups: undocumented Afghans and ACC holders.",
        "Registered refugees include PoR card holders whose cards were renewed last year.",
        # the group in another noun's phrase: that noun is what the verb divides
        "Pakistan's plan to deport undocumented Afghans includes ACC holders.",
        "The crackdown on undocumented Afghans now includes ACC holders.",
        "The list of registered refugees comprises ACC holders too, officials said.",
    ],
)
def test_divisions_that_name_no_conflicting_part(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []


@pytest.mark.parametrize(
    "text",
    [
        # the list ends at a contrast or a negation
        "Afghan refugees are made up of PoR card holders, but not ACC holders.",
        "Registered refugees comprise PoR card holders and not undocumented Afghans.",
        "Afghan refugees fall into one group: PoR card holders, unlike undocumented Afghans.",
    ],
)
def test_a_division_ends_at_a_contrast(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun-less count after "including" or a dash is a part of the group before it
        ("Pakistan is home to 4.4 million Afghan refugees, including 1.7 million who are "
         "undocumented.", ["NL301"]),
        ("Pakistan is home to 4.4 million Afghan refugees - 1.7 million of them undocumented.",
         ["NL301"]),
        ("Pakistan was home to 4.4 million Afghan refugees – some 1.7 million of whom had no "
         "papers.", ["NL301"]),
        # its own part, or a count with a noun of its own after "including" (the inclusion
        # reader's: a group of its own), stay as they are
        ("Pakistan is home to 2.1 million Afghan refugees, including 1.3 million who hold PoR "
         "cards.", []),
        ("Pakistan is home to 2.1 million Afghans - 1.3 million of them undocumented.", []),
    ],
)  # fmt: skip
def test_parts_after_including_or_a_dash(seed_corpus, text, expected):
    assert [c for c in found(seed_corpus, text, DAY) if c == "NL301"] == expected


LISTED_PARTS = (
    "Pakistan hosts {W} {g}: {p} with PoR cards, {a} with ACCs and the rest undocumented.",
    "Pakistan hosts about {W} {g}; {p} are registered and {a} hold ACCs.",
    "There are {W} {g} in Pakistan. While {p} hold PoR cards, some {a} have ACCs.",
    "Pakistan hosts {W} {g}. {p} of them hold PoR cards and {a} hold ACCs.",
    "{G} in Pakistan number about {W}, of whom {a} are ACC holders.",
    "Pakistan hosts {W} {g}. Around {a} hold ACCs, while {p} have PoR cards.",
)
"""A whole's parts listed after it, ACC holders among them (the ledger's own sizes)."""


def test_parts_listed_after_a_whole_grid(seed_corpus):
    """The ledger's PoR and ACC sizes listed as parts of a total called by a refugee word
    are NL301 (ACC holders are no refugees); the same lists under a word that names no
    group, or under the documented groups together, stay silent."""
    from narrlint.claims.groups import format_value, lexicon

    lex = lexicon(seed_corpus)
    day = "2024-07-20"

    def size(category_id: str) -> str:
        known = [f for f in sizes(lex, category_id) if f.date and f.date.isoformat() <= day]
        return format_value(max(known, key=lambda f: f.date).value)

    total = max((s for s in lex.stocks if s.date and s.date.isoformat() <= day
                 and "total" in s.metric.lower()), key=lambda s: s.date)  # fmt: skip
    values = {"W": format_value(total.value), "p": size("por"), "a": size("acc")}
    refugee = ledger_words(seed_corpus, True, "refugee_status")
    wrong = [
        t.format(g=g, G=g[:1].upper() + g[1:], **values) for t in LISTED_PARTS for g in refugee
    ]
    right = [t.format(g=g, G=g[:1].upper() + g[1:], **values) for t in LISTED_PARTS
             for g in ("Afghans", "documented Afghans")]  # fmt: skip
    missed = [t for t in wrong if "NL301" not in found(seed_corpus, t, day)]
    alarms = [t for t in right if "NL301" in found(seed_corpus, t, day)]
    assert not missed and not alarms, (missed, alarms)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a group given its own size: counts of unnamed people after it may be others, for
        # NL301 and for NL302 ("1.4 million counts only registered refugees" is not said)
        ("Pakistan hosts 1.4 million registered refugees; 800,000 hold ACCs.", ("NL301", "NL302")),
        ("Pakistan hosts 1.4 million registered refugees. While 800,000 hold ACCs, 1.7 million "
         "have no papers.", ("NL301", "NL302")),
        # the next sentence's unnamed count after a sentence of two counts: whose part?
        ("There are 3 million Afghans in Pakistan, including 2 million Afghan refugees. "
         "1.7 million are undocumented.", ("NL301",)),
        # groups listed side by side, people moving, another country, people added (NL302
        # may still speak of the total given to refugees)
        ("Of these, 1.3 million hold PoR cards, while 800,000 have ACCs.", ("NL301",)),
        ("Pakistan hosts 3 million Afghan refugees. 460,000 have returned since October.",
         ("NL301",)),
        ("Pakistan hosts 3 million Afghan refugees. In Iran, 1.7 million are undocumented.",
         ("NL301",)),
        ("There are 3 million Afghan refugees in Pakistan: 800,000 more are expected.",
         ("NL301",)),
    ],
)  # fmt: skip
def test_counts_after_a_whole_that_are_not_its_parts(seed_corpus, text, codes):
    assert not set(codes) & set(found(seed_corpus, text, "2024-07-20"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the whole's size set off between it and the dividing verb
        ("Pakistan's Afghan refugee population, estimated at 3 million, includes 800,000 ACC "
         "holders.", ["NL301"]),
        ("The refugee population of 1.3 million includes ACC holders.", ["NL301"]),
        ("The refugee population of 1.3 million includes PoR card holders.", []),
        ("Documented Afghans, some 2.2 million people, comprise PoR card holders and ACC "
         "holders.", []),
    ],
)  # fmt: skip
def test_a_division_past_the_wholes_size(seed_corpus, text, expected):
    assert [c for c in found(seed_corpus, text, "2024-07-20") if c == "NL301"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a whole named by its group's own term or modifier has its right size: counting
        # another group among it is NL301's error only
        ("There are 1.52 million registered Afghan refugees in Pakistan, around 800,000 of "
         "whom hold ACCs.", ["NL301"]),
        ("Pakistan hosts 1.3 million PoR card holders, including those holding ACCs.",
         ["NL301"]),
        ("The 1.3 million registered refugees include 800,000 ACC holders.", ["NL301"]),
        # a bare head noun's number stretched over another group is NL302's too
        ("This phase focuses on approximately 1.3 million refugees, including those holding "
         "Afghan Citizen Cards.", ["NL301", "NL302"]),
        ("Among the estimated 1.7 million Afghan migrants living in Pakistan, around 50,000 "
         "possess PoR cards.", ["NL302"]),
    ],
)  # fmt: skip
def test_a_wholes_own_size_with_another_group_among_it(seed_corpus, text, expected):
    assert found(seed_corpus, text, "2025-04-01") == expected
