"""NL301 and NL302 on real reporting's sentences (GitHub issue 11).

Group figures: the numbers a draft gives for the ledger's groups (NL302, and NL301 where a
number names another group's people): scales, flows, respective lists, dates of a figure,
numbers classed by a predicate, figures of several groups together.

The sentences are invented; the figures and groups are the ledger's. Shared helpers live in
:mod:`tests.test_categories_reading`.
"""

import pytest

from narrlint.claims.groups_lexicon import sizes

from .conftest import lint_text
from .test_categories_reading import PHASE1, PHASE2, found, read_claims


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a count of people moving, with a quoted or plain adverb before the verb, is no
        # group's size
        ("Some 24,822 undocumented Afghans 'voluntarily' returned home in May.", PHASE1, []),
        ("About 25,000 undocumented Afghans quietly went back last month.", PHASE1, []),
        # a number far below every size of the group counts a part of it (one city, one
        # month), even when it is near another group's small figure
        ("A total of 24,600 undocumented Afghans live in Quetta's outskirts.", "2024-01-10", []),
        # ... unless it is that other figure to the unit
        ("The cabinet let 145,716 Afghan refugees stay until the end of the year.", "2023-11-20",
         ["NL302"]),
        ("The cabinet let 145,200 Afghan refugees stay until the end of the year.", "2023-11-20",
         []),
    ],
)  # fmt: skip
def test_numbers_of_another_scale_or_a_flow(seed_corpus, text, date, expected):
    assert found(seed_corpus, text, date) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a number an order falls on, whose noun names no group, is the population its words
        # name when that population has the figure: all Afghans, not the order's target
        ("Officials intend to deport 3 million Afghans, starting with a March 31 deadline for "
         "them to leave.", PHASE2, []),
        # a group's noun keeps the order's reading: the registered refugees' figure on a
        # phase-one order is still reported
        ("Phase one put 1.4 million Afghan refugees at risk of deportation.", PHASE1,
         ["NL302"]),
    ],
)  # fmt: skip
def test_numbers_an_order_falls_on(seed_corpus, text, date, expected):
    assert found(seed_corpus, text, date) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # numbers paired "respectively" with the groups listed before them, in order
        ("Afghans in Pakistan with ACC and PoR cards number about 1.4 million and 800,000, "
         "respectively.", "2025-03-10", ["NL302"]),
        ("ACC holders and registered refugees number 1.4 million and 800,000 respectively.",
         "2025-03-10", ["NL302"]),
        # clean: the same lists in the right order, and a list whose groups cannot be paired
        ("Afghans in Pakistan with PoR and ACC cards number about 1.4 million and 800,000, "
         "respectively.", "2025-03-10", []),
        ("Registered refugees and ACC holders number 1.4 million and 800,000 respectively.",
         "2025-03-10", []),
        ("The numbers for 2024 and 2025 were 1.4 million and 800,000 respectively.",
         "2025-03-10", []),
    ],
)  # fmt: skip
def test_numbers_paired_respectively(seed_corpus, text, date, expected):
    assert found(seed_corpus, text, date) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # the figures of another country are not the ledger's groups' figures
        ("Iran hosts some 3.5 million Afghans, including 750,000 registered refugees.",
         "2025-03-10", []),
        ("In Iran, about 1.4 million undocumented Afghans face expulsion.", "2025-03-10", []),
        ("About 1.4 million undocumented Afghans in Iran face expulsion.", "2025-03-10", []),
        # the ledger's own country named nearer, or no other country: still compared
        ("Unlike Iran, Pakistan hosts 780,000 registered Afghan refugees.", "2024-01-10",
         ["NL302"]),
        ("About 1.4 million undocumented Afghans in Pakistan face expulsion.", "2025-03-10",
         ["NL302"]),
    ],
)  # fmt: skip
def test_figures_of_another_country(seed_corpus, text, date, expected):
    assert found(seed_corpus, text, date) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a bare head noun whose group asserts nothing ("migrants") names people loosely: a
        # whole population's figure may stand under it
        ("Pakistan hosts 2.8 million Afghan migrants, officials say.", "2025-07-10", []),
        ("Over the decades Pakistan has sheltered 4.4 million Afghan migrants.", PHASE1, []),
        # a head that asserts a status, a modifier that names a group, or another group's
        # figure under the loose noun: still reported
        ("Over the decades Pakistan has sheltered 4.4 million Afghan refugees.", PHASE1,
         ["NL302"]),
        ("Pakistan says 4.4 million undocumented Afghans must leave.", PHASE1, ["NL302"]),
        ("Pakistan says 1.4 million Afghan migrants must leave.", PHASE1, ["NL302"]),
        # a loose noun its own predicate classes asserts that group's status
        ("He said 4.4 million foreigners had been categorised as illegal.", PHASE1,
         ["NL302"]),
        ("Officials said 4.4 million Afghan migrants were classified as illegal.", PHASE1,
         ["NL302"]),
        ("He said 1.73 million foreigners had been categorised as illegal.", PHASE1, []),
        ("He said 4.4 million foreigners live in Pakistan.", PHASE1, []),
    ],
)  # fmt: skip
def test_whole_populations_under_a_loose_noun(seed_corpus, text, date, expected):
    assert found(seed_corpus, text, date) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a ledger figure whose metric names two groups counts them together: it is no
        # size of the one group it is filed under
        ("Some 1.6 million ACC holders must leave by March 31.", PHASE2, ["NL302"]),
        # clean: the two groups together, or the group's own size
        ("Some 1.6 million undocumented Afghans and ACC holders could be affected.", PHASE2,
         []),
        ("Some 800,000 ACC holders must leave by March 31.", PHASE2, []),
    ],
)  # fmt: skip
def test_figures_of_several_groups_together(seed_corpus, text, date, expected):
    assert found(seed_corpus, text, date) == expected


def test_numbers_paired_respectively_are_read_for_their_groups(seed_corpus):
    text = "Afghans with PoR and ACC cards number 1.4 million and 800,000, respectively."
    figures = [c for c in read_claims(seed_corpus, text) if c.role == "figure"]
    assert [(f.number.text, sorted(f.categories), f.how) for f in figures] == [
        ("1.4 million", ["por"], "respectively"),
        ("800,000", ["acc"], "respectively"),
    ]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # "documented"/"legal" name PoR and ACC holders at once: their size is the sum one
        # source gave for both, in any word order
        ("Pakistan is home to about 2.2 million documented Afghans.", PHASE2, []),
        ("There were 2.18 million documented Afghans in Pakistan at the end of 2023.",
         "2024-01-10", []),
        ("Documented Afghans, numbering some 2.2 million, may stay for now.", PHASE2, []),
        ("Pakistan hosts 2.2 million legal Afghan residents.", PHASE2, []),
        # the undocumented estimate given to them is still another group's figure
        ("Pakistan hosts 1.73 million documented Afghans.", "2024-01-10", ["NL302"]),
    ],
)  # fmt: skip
def test_the_size_of_several_groups_named_at_once(seed_corpus, text, date, expected):
    assert found(seed_corpus, text, date) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a group's size the record replaced (775,000 undocumented in 2023; 600,000 by March
        # 2025) does not excuse a number that is another group's size at the draft's date
        ("Authorities aim to expel roughly 800,000 undocumented Afghans before the March 31 "
         "deadline.", "2025-03-25", ["NL302"]),
        ("About 800,000 illegal Afghans are to be deported, officials said.", PHASE2,
         ["NL302"]),
        # nor does a size given only after the draft's date (1.52 million refugees in 2025)
        ("Nearly 1.73 million refugees were told to leave.", "2023-11-10", ["NL302"]),
        # a bound written to three digits is near its figure: "nearly 1.73 million" is not
        # the 1.52 million registered refugees of 2025
        ("Nearly 1.73 million refugees face deportation.", "2025-06-01", ["NL302"]),
        ("Pakistan still hosts over 1.45 million registered refugees.", "2025-06-01", []),
        # sizes given within a year by different sources are all current (1.52 million in
        # April 2025, 1.3 million in May)
        ("Pakistan still hosts nearly 1.5 million registered refugees.", "2025-06-01", []),
        # clean: the group's size at the time, or sizes that differ only by rounding
        ("Some 800,000 undocumented Afghans live in Pakistan, UNHCR said.", "2023-09-01", []),
        ("Nearly 1.5 million registered refugees remain in the country.", "2024-08-10", []),
        ("The order spares the 1.3 million registered refugees.", "2023-10-25", []),
        # a sentence set in an earlier month counts people as of then
        ("In August 2023, about 800,000 undocumented Afghans lived in Pakistan, UNHCR said.",
         "2025-06-01", []),
        ("As of June 2023, some 800,000 undocumented Afghans were in the country.",
         "2025-06-01", []),
        ("About 800,000 undocumented Afghans live in Pakistan, officials said.", PHASE2,
         ["NL302"]),
        # once a group's documents lapsed (ACCs after March 31, 2025; PoR cards after June 30,
        # 2025) its people are among the undocumented, and its size is no other group's
        ("About 800,000 undocumented Afghans live in Pakistan, officials said.", "2025-06-01",
         []),
        ("Some 1.3 million undocumented Afghans must leave.", "2025-09-10", []),
        ("Some 1.3 million undocumented Afghans must leave.", "2025-06-10", ["NL302"]),
        # people arriving are a flow, not a group's size
        ("Some 800,000 undocumented Afghans crossed into Pakistan after August 2021.",
         "2026-01-01", []),
        ("About 800,000 undocumented Afghans have fled to Pakistan since the takeover.",
         "2025-06-01", []),
    ],
)  # fmt: skip
def test_a_figure_of_its_date(seed_corpus, text, date, expected):
    assert found(seed_corpus, text, date) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # "are registered" ending its clause: the people hold documents (PoR or ACC)
        ("Of the 3.7 million Afghans in Pakistan, over 1.7 million are registered.",
         "2023-09-24", ["NL302"]),
        ("Only 1.7 million were registered, while the rest had no papers.", "2023-11-05",
         ["NL302"]),
        # clean: the registered groups' own sizes, "yet to be registered", "registered with"
        ("Of the 3.7 million Afghans, 1.3 million are registered, while 775,000 are yet to be "
         "registered.", "2023-09-24", []),
        ("Some 2.3 million of them are registered; the rest are not.", "2024-08-10", []),
        ("Some 1.7 million Afghans are registered with NADRA.", "2023-11-05", []),
    ],
)  # fmt: skip
def test_a_number_said_to_be_registered(seed_corpus, text, date, expected):
    assert found(seed_corpus, text, date) == expected


@pytest.mark.parametrize(
    ("text", "date", "named"),
    [
        # another group's own figure names the error, before a population's figure of the
        # same value (a provincial count of "illegal Afghan nationals")
        ("Some 1.3 million undocumented Afghans must leave.", "2023-11-10",
         "registered refugees"),
        ("Of the 3.7 million Afghans in Pakistan, over 1.7 million are registered.",
         "2023-09-24", "undocumented Afghans"),
    ],
)  # fmt: skip
def test_the_message_names_a_groups_figure_first(seed_corpus, text, date, named):
    findings = lint_text(seed_corpus, text, date=date, codes=("NL302",))
    assert [f.code for f in findings] == ["NL302"]
    assert f"count of {named}" in findings[0].message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "registered as refugees": the status word is the verb that classes them
        ("Some 1.7 million Afghans registered as refugees may stay.", ["NL302"]),
        ("Some 1.3 million Afghans registered as refugees may stay.", []),
        ("Some 1.4 million Afghans who were registered as refugees in 2007 may stay.", []),
        # a relative clause's lack of documents past where the people live
        ("Some 1.4 million Afghans who are living in Pakistan without documents must go.",
         ["NL302"]),
        ("Some 1.7 million Afghans who are living in Pakistan without documents must go.", []),
    ],
)  # fmt: skip
def test_predicates_that_class_a_number(seed_corpus, text, expected):
    assert found(seed_corpus, text, PHASE1) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people of one province or city are a part of the group, not its size
        ("About 800,000 registered refugees live in Khyber Pakhtunkhwa alone.", []),
        ("About 800,000 registered refugees living in Sindh may stay.", []),
        # the country itself, or no place, keeps the comparison
        ("About 800,000 registered refugees in Pakistan may stay.", ["NL302"]),
        ("About 800,000 registered refugees in the country may stay.", ["NL302"]),
    ],
)  # fmt: skip
def test_a_number_of_one_province(seed_corpus, text, expected):
    assert found(seed_corpus, text, "2024-08-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N of them <status>": the absolute phrase classes the number
        ("Pakistan hosts nearly 4 million Afghans, 1.4 million of them undocumented.",
         ["NL302"]),
        ("Pakistan hosts 4 million Afghans, 1.7 million of them registered.", ["NL302"]),
        ("Pakistan hosts nearly 4 million Afghans, 1.7 million of them undocumented.", []),
        ("Pakistan hosts 4 million Afghans, 1.3 million of them registered refugees.", []),
    ],
)  # fmt: skip
def test_a_number_of_them_with_a_status(seed_corpus, text, expected):
    assert found(seed_corpus, text, PHASE1) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # people said to hold lawful papers, or to live legally, are the groups with
        # documents: the undocumented estimate given to them is another group's figure
        ("Pakistan hosts 1.7 million Afghans with legal status.", PHASE1, ["NL302"]),
        ("Some 1.7 million Afghans live in Pakistan legally.", PHASE1, ["NL302"]),
        ("Some 1.7 million Afghans, legally residing in Pakistan, may stay.", PHASE1,
         ["NL302"]),
        ("Some 1.7 million Afghans hold valid documents.", PHASE1, ["NL302"]),
        # clean: their own sizes (alone or together), papers without a word of lawfulness
        ("Pakistan hosts 1.3 million Afghans with legal status.", PHASE1, []),
        ("Some 2.3 million Afghans live in Pakistan legally.", "2024-08-10", []),
        ("Some 1.4 million Afghans living legally in Pakistan may stay.", PHASE1, []),
        ("Some 1.7 million Afghans with travel documents crossed.", PHASE1, []),
    ],
)  # fmt: skip
def test_a_number_said_to_hold_lawful_papers(seed_corpus, text, date, expected):
    assert found(seed_corpus, text, date) == expected


FIGURE_SHAPES = (
    "Pakistan says {n} {g} must leave.",
    "The {g}, numbering {n}, must leave.",
    "The {g} number {n}, officials said.",
    "The number of {g} is estimated at {n}.",
    "Pakistan's {n} {g} face an uncertain future.",
    "The country hosts {g}, who number about {n}.",
    "{G}, estimated at {n}, must leave.",
    "Of the {n} {g}, many live in camps.",
    "Around {n} Afghans are {g}, officials said.",
    "Officials put the number of {g} at {n}.",
    "Numbering around {n}, the {g} face an uncertain future.",
    "Estimated at {n}, {g} must leave, officials said.",
)
"""Shapes that give a group a number."""


def test_a_group_given_another_groups_figure_grid(seed_corpus):
    from narrlint.claims.groups import format_value, lexicon

    lex = lexicon(seed_corpus)
    day = "2024-08-01"

    def size(category_id: str) -> str:
        known = [f for f in sizes(lex, category_id) if f.date and f.date.isoformat() <= day]
        return format_value(max(known, key=lambda f: f.date).value)

    wrong, right = [], []
    for own, other in (("undocumented", "por"), ("por", "undocumented"), ("acc", "undocumented"),
                       ("por", "acc")):  # fmt: skip
        g = next(t for t in seed_corpus.ledger.categories[own].terms if t.endswith("s"))
        for template in FIGURE_SHAPES:
            for n, into in ((size(other), wrong), (size(own), right)):
                into.append(template.format(n=n, g=g, G=g[:1].upper() + g[1:]))
    missed = [t for t in wrong if found(seed_corpus, t, day) != ["NL302"]]
    alarms = [t for t in right if found(seed_corpus, t, day)]
    assert not missed and not alarms, (missed, alarms)


EVERY_PAPER = (
    "Only {n} Afghans in Pakistan possess any form of documentation.",
    "Of the four million Afghans in the country, only {n} hold any kind of documents.",
    "Some {n} Afghans have some form of documentation, officials said.",
)
"""A number given for everyone with papers of any kind: the documented groups together."""
DOCUMENTED_WORDS = (
    "Pakistan hosts some {n} documented Afghans.",
    "Pakistan is home to approximately {n} documented individuals.",
    "About {n} documented Afghan nationals live in the country, officials said.",
)
"""A modifier naming every documented group on a noun of none: their size together."""


def test_a_number_for_everyone_with_papers_grid(seed_corpus):
    """Papers of any kind, or a modifier naming every documented group."""
    from narrlint.claims.groups import format_value, joint_figures, lexicon

    lex = lexicon(seed_corpus)
    day = "2024-08-01"
    documented = frozenset(c.id for c in seed_corpus.ledger.categories.values() if c.documented)
    joint = [f for f in joint_figures(lex, documented) if f.date.isoformat() <= day]
    # one group's size of the draft's years (a size the record has long since replaced, 1.7
    # million registered in 2010, is another group's figure by 2024)
    since = str(int(day[:4]) - 3) + day[4:]
    ones = [f for c in documented for f in sizes(lex, c) if since <= f.date.isoformat() <= day]
    assert joint and ones
    together = format_value(max(joint, key=lambda f: f.date).value)
    one = format_value(max(ones, key=lambda f: f.value).value)
    wrong = [t.format(n=one) for t in EVERY_PAPER + DOCUMENTED_WORDS]
    right = [t.format(n=together) for t in EVERY_PAPER + DOCUMENTED_WORDS]
    # "legal status" without "any" keeps its old reading: one of the groups with papers
    right.append(f"Pakistan hosts {one} Afghans with legal status.")
    # one group's papers around the phrase narrow it to that group
    por = [f for f in sizes(lex, "por") if f.date.isoformat() <= day]
    registered = format_value(max(por, key=lambda f: f.date).value)
    right += [
        f"The cabinet extended the PoR cards of {registered} Afghan legal residents.",
        f"Some {registered} documented Afghans hold PoR cards.",
        f"About {registered} documented Afghans live here on PoR cards.",
        # a lawful stay, which one group's papers may give: not their size together
        f"Pakistan hosts {registered} legal Afghan residents.",
    ]
    missed = [t for t in wrong if found(seed_corpus, t, day) != ["NL302"]]
    alarms = [t for t in right if found(seed_corpus, t, day)]
    assert not missed and not alarms, (missed, alarms)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the number of X (in a place) has reached N": a level of the group, not a movement
        ("The number of undocumented Afghans in Pakistan has now reached 1.4 million.",
         ["NL302"]),
        ("The number of registered refugees in the country has risen to 1.7 million.",
         ["NL302"]),
        ("The number of undocumented Afghans in Pakistan has now reached 1.7 million.", []),
        # "the total/overall number of", and "in this country" as the group's place
        ("The total number of registered refugees in this country has reached 1.7 million.",
         ["NL302"]),
        ("The overall number of undocumented Afghans in Pakistan has climbed to 1.4 million.",
         ["NL302"]),
        ("The number of Afghan refugees in this country has reached 3.7 million, UNHCR said.",
         ["NL302"]),
        ("The total number of undocumented Afghans in this country has reached 1.7 million.",
         []),
        # people moving: counted by the movement, never a size
        ("The number of undocumented Afghans deported has reached 1.4 million.", []),
        ("The total number of undocumented Afghans deported has reached 1.4 million.", []),
        ("The overall number of Afghans who returned home has reached 1.4 million.", []),
        ("The number of Afghans who returned home has reached 1.4 million.", []),
        ("Returns of registered refugees have reached 1.7 million.", []),
    ],
)  # fmt: skip
def test_a_groups_level_reached(seed_corpus, text, expected):
    assert found(seed_corpus, text, "2023-10-20") == expected


SPAN_SHAPES = (
    "Pakistan hosted more than {n} Afghan refugees on its soil for the last 40 years.",
    "Pakistan has hosted over {n} Afghan refugees over four decades, the minister said.",
    "At its peak, Pakistan hosted over {n} Afghan refugees.",
    "Pakistan sheltered more than {n} Afghan refugees in the 1980s.",
    "Since 1979, Pakistan has given shelter to at least {n} Afghan refugees.",
    # the number's own verb a past hosting: the span in the relative counts everyone taken in
    "In total, Pakistan has hosted over {n} Afghan refugees who crossed during 40 years of war.",
)
"""Shapes that set a lower bound over a span of years or at a past peak: everyone sheltered
over the span may meet it."""
SPAN_LOOK_ALIKES = (
    "Pakistan hosts more than {n} Afghan refugees, the minister said.",
    "Pakistan hosted over {n} Afghan refugees on its soil last year, the minister said.",
    "Pakistan, which has hosted refugees for 40 years, says over {n} Afghan refugees live there.",
    "Pakistan has hosted more than {n} Afghan refugees for the last two years.",
    "Pakistan hosts over {n} Afghan refugees who fled during 40 years of war.",
    "Pakistan has hosted {n} Afghan refugees over four decades, the minister said.",
)
"""The same numbers set at one time, or given as they are (the day's total itself, which
``cat-061`` of labelled.yaml reports): the population's total given to refugees."""


def test_a_total_over_decades_is_not_a_groups_size_grid(seed_corpus):
    from narrlint.claims.groups import format_value, lexicon

    lex = lexicon(seed_corpus)
    day = "2023-10-31"
    totals = [f for f in lex.stocks if f.category == "total" and f.date and f.value]
    totals = [f for f in totals if f.date.isoformat() <= day and f.value >= 3e6]
    assert totals  # the seed ledger has population totals of 2023
    spans, plain = [], []
    for figure in totals:
        n = format_value(figure.value)
        spans += [t.format(n=n) for t in SPAN_SHAPES]
        plain += [t.format(n=n) for t in SPAN_LOOK_ALIKES]
    alarms = {t: c for t in spans if (c := found(seed_corpus, t, day))}
    missed = {t: c for t in plain if (c := found(seed_corpus, t, day)) != ["NL302"]}
    assert not alarms and not missed, (alarms, missed)


@pytest.mark.parametrize(
    "text",
    [
        # another group's own size is still that group's, whatever span it is set over
        "Pakistan has hosted 880,000 registered refugees for four decades.",
        "At its peak, Pakistan hosted 880,000 PoR card holders.",
    ],
)
def test_another_groups_figure_over_decades(seed_corpus, text):
    assert found(seed_corpus, text, "2023-10-31") == ["NL302"]


STATUS_SHAPES = (
    "Around {n} Afghan nationals get refugee status in Pakistan.",
    "Some {n} Afghans have been granted refugee status, officials said.",
    "{n} Afghans enjoy refugee status in the country.",
    "Some {n} Afghans with refugee status live in Pakistan.",
)
"""A number said to have refugee status: the size of the group with that status."""


def test_a_number_with_refugee_status_grid(seed_corpus):
    from narrlint.claims.groups import format_value, lexicon

    lex = lexicon(seed_corpus)
    day = "2024-08-01"

    def latest(category_id: str) -> str:
        known = [f for f in sizes(lex, category_id) if f.date and f.date.isoformat() <= day]
        return format_value(max(known, key=lambda f: f.date).value)

    refugees = [c.id for c in seed_corpus.ledger.categories.values() if c.refugee_status]
    others = [c.id for c in seed_corpus.ledger.categories.values() if c.refugee_status is False]
    others = [c for c in others if sizes(lex, c)]
    assert refugees and others
    right = [t.format(n=latest(c)) for t in STATUS_SHAPES for c in refugees if sizes(lex, c)]
    wrong = [t.format(n=latest(c)) for t in STATUS_SHAPES for c in others]
    missed = [t for t in wrong if found(seed_corpus, t, day) != ["NL302"]]
    alarms = [t for t in right if found(seed_corpus, t, day)]
    assert not missed and not alarms, (missed, alarms)


# A figure the ledger gives with one bound only ("more than 2 million") is a bound, not a size:
# only a number given with the same bound stands for it.


def _figure(value, low=None, high=None):
    from narrlint.knowledge.ledger_model import Figure, Sourced

    origin = Sourced("ledger.yaml", 1, "https://example.invalid/figure")
    return Figure("f", None, "people", "undocumented", value, None, low, high, None, origin)


@pytest.mark.parametrize(
    ("value", "hedge", "figure", "stands"),
    [
        (2_000_000, "above", _figure(2_000_000, low=2_000_000), True),  # "more than 2 million"
        (2_100_000, None, _figure(2_000_000, low=2_000_000), False),  # some other count
        (2_000_000, "about", _figure(2_000_000, low=2_000_000), False),
        (2_000_000, "below", _figure(2_000_000, low=2_000_000), False),
        (500_000, "below", _figure(500_000, high=500_000), True),  # "up to 500,000"
        (500_000, None, _figure(500_000, high=500_000), False),
        # a size, and a range with both ends, still stand for a plain number
        (2_050_000, None, _figure(2_000_000), True),
        (600_000, None, _figure(None, low=500_000, high=700_000), False),  # no value: none
        (600_000, None, _figure(600_000, low=500_000, high=700_000), True),
    ],
)
def test_a_number_stands_for_a_bound_only_with_the_same_bound(value, hedge, figure, stands):
    from narrlint.claims.groups_lexicon import figure_matches

    assert figure_matches(value, hedge, figure) is stands


def test_a_figures_bound():
    assert _figure(2_000_000, low=2_000_000).bound == "above"
    assert _figure(500_000, high=500_000).bound == "below"
    assert _figure(600_000, low=500_000, high=700_000).bound is None
    assert _figure(600_000).bound is None


@pytest.mark.parametrize(
    "text",
    [
        "UNHCR has issued 2.1 million PoR cards since 2007.",
        "Some 2.1 million Afghan Citizen Cards have been issued since 2017.",
        "More than two million Afghans in Pakistan are undocumented, UN agencies said.",
    ],
)
def test_a_number_above_a_bound_is_not_that_groups_figure(seed_corpus, text):
    """The UN's "more than 2 million undocumented" does not make any number above two
    million the undocumented's figure given to another group."""
    assert "NL302" not in found(seed_corpus, text, "2023-11-15")


MOVED_SHAPES = (
    "Since the crackdown began, {n} {g} have been sent back to their country.",
    "Officials said {n} {g} were pushed back across the border last year.",
    "Pakistan has sent back {n} {g} since the drive began.",
    "The police sent {n} {g} back to Afghanistan.",
    "Nearly {n} {g} were forcibly repatriated, the ministry said.",
    "Some {n} {g} got expelled over the past year.",
    "About {n} {g} had been driven out of the country by then.",
    "Around {n} {g} went back home in the first months.",
)
"""People moving, in any tense and voice, with or without a particle: a flow, not a size."""
STAYING_SHAPES = (
    "Some {n} {g} live in Pakistan, and many were sent back last year.",
    "The {n} {g} sent letters to the ministry.",
    "Officials sent {n} {g} notices last week.",
    "Some {n} {g} have been sent text messages.",
    "Pakistan plans to send back {n} {g}.",
    "Some {n} {g} face being sent back.",
)
"""Look-alikes: a size next to a movement, a verb of sending without its particle, a
movement still to come (the order's target, compared)."""


def test_a_count_of_people_moving_is_no_groups_size_grid(seed_corpus):
    from narrlint.claims.groups import format_value, lexicon

    lex = lexicon(seed_corpus)
    day = "2025-06-15"

    def size(category_id: str) -> str:
        known = [f for f in sizes(lex, category_id) if f.date and f.date.isoformat() <= day]
        return format_value(max(known, key=lambda f: f.date).value)

    moved, stayed = [], []
    for own, other in (("por", "undocumented"), ("undocumented", "por"), ("por", "acc")):
        g = next(t for t in seed_corpus.ledger.categories[own].terms if t.endswith("s"))
        for shapes, into in ((MOVED_SHAPES, moved), (STAYING_SHAPES, stayed)):
            into.extend(t.format(n=size(other), g=g) for t in shapes)
    alarms = [t for t in moved if found(seed_corpus, t, day)]
    missed = [t for t in stayed if found(seed_corpus, t, day) != ["NL302"]]
    assert not alarms and not missed, (alarms, missed)


@pytest.mark.parametrize(
    ("text", "date", "named"),
    [
        # another group's figure over a year old, its group since sized far from it, is no
        # longer that group's count (Bugti's 1.73 million undocumented; 600,000 in 2025)
        ("Nearly 1.8 million Afghan refugees are still living in Pakistan, a report says.",
         "2025-09-01", None),
        ("Some 1.8 million PoR card holders live in Pakistan.", "2025-09-01", None),
        ("About 1.75 million ACC holders remain in the country.", "2025-09-01", None),
        # ... still its count when the number quotes it or its rounding, within the year, or
        # in a sentence set at its time
        ("Some 1.7 million PoR card holders live in Pakistan.", "2025-09-01",
         "undocumented Afghans"),
        ("Nearly 1.73 million registered refugees remain in Pakistan.", "2025-09-01",
         "undocumented Afghans"),
        ("Nearly 1.8 million Afghan refugees are still living in Pakistan, a report says.",
         "2024-09-01", "undocumented Afghans"),
        ("About 1.75 million ACC holders remain in the country.", "2024-09-01",
         "undocumented Afghans"),
        ("In October 2023, some 1.7 million PoR card holders lived in Pakistan.", "2025-09-01",
         "undocumented Afghans"),
        # a size the record only refined (880,000 ACC holders, then 800,000) still names it
        ("The 880,000 PoR card holders will be dealt with later.", "2025-09-01", "ACC holders"),
    ],
)  # fmt: skip
def test_an_old_figure_of_a_group_since_sized_far_from_it(seed_corpus, text, date, named):
    messages = [f.message for f in lint_text(seed_corpus, text, date=date, codes=("NL302",))]
    if named is None:
        assert not any("count of undocumented" in m for m in messages), messages
    else:
        assert len(messages) == 1 and f"count of {named}" in messages[0], messages


@pytest.mark.parametrize(
    "text",
    [
        # "X and other Y": the number counts everyone Y names, the group among them
        "Pakistan is home to approximately 3.2 million Afghan refugees and other Afghan "
        "nationals, according to UNHCR figures.",
        "Pakistan hosts 3.2 million registered refugees and other Afghans.",
        "Some 3.2 million Afghan refugees and other foreigners live in Pakistan.",
        "An estimated 3.2 million Afghan refugees and other people of concern live there.",
    ],
)
def test_a_number_for_a_group_and_others_beside_it(seed_corpus, text):
    assert "NL302" not in found(seed_corpus, text, "2025-02-27")


@pytest.mark.parametrize(
    "text",
    [
        # the group alone, or others named apart from its number, is still compared
        "Pakistan is home to approximately 3.2 million registered Afghan refugees.",
        "Pakistan hosts 3.2 million registered refugees, and other countries host more.",
    ],
)
def test_a_number_for_the_group_alone(seed_corpus, text):
    assert "NL302" in found(seed_corpus, text, "2025-02-27")


@pytest.mark.parametrize(
    "text",
    [
        # people on their way out, or who left, in the group's own words after its noun
        "More than 594,000 Afghan refugees returning voluntarily crossed at Torkham.",
        "The government wants to repatriate over 850,000 Afghan refugees who have returned "
        "home in recent years.",
        "Officials counted 1.7 million Afghan refugees who were deported since 2023.",
        "Some 1.4 million Afghan refugees leaving the country were registered at the border.",
    ],
)
def test_a_flow_in_the_groups_own_words(seed_corpus, text):
    assert "NL302" not in found(seed_corpus, text, "2025-09-28")


@pytest.mark.parametrize(
    "text",
    [
        # how the group came, or what it does, is no flow: its number is its size
        "Pakistan is home to 1.7 million Afghan refugees who fled decades of conflict.",
        "Some 1.7 million Afghan refugees who live in Pakistan must leave.",
        "About 1.7 million Afghan refugees living in Pakistan must leave.",
    ],
)
def test_a_groups_own_words_that_are_no_flow(seed_corpus, text):
    assert "NL302" in found(seed_corpus, text, "2025-09-28")


OTHER_PEOPLES = ("Ukrainian", "Syrian", "Sudanese", "Rohingya")


@pytest.mark.parametrize("people", OTHER_PEOPLES)
@pytest.mark.parametrize(
    "template",
    [
        # another people's refugees, wherever they are: their number sizes none of the
        # ledger's groups, even when it matches one of its figures
        "The EU extended the protection granted to some 4.2 million {p} refugees.",
        "The country is home to almost 800,000 {p} refugees who have entered since 2015.",
        "Officials said 1.7 million {p} refugees must leave.",
    ],
)
def test_another_peoples_refugees(seed_corpus, template, people):
    assert "NL302" not in found(seed_corpus, template.format(p=people), "2025-03-01")


@pytest.mark.parametrize(
    "text",
    [
        # the ledger's own people, under a capitalised head or a headline's capitals
        "Officials said 1.7 million Afghan refugees must leave.",
        "Officials said 1.7 million Afghan Refugees must leave.",
    ],
)
def test_the_ledgers_own_people_still_compared(seed_corpus, text):
    assert "NL302" in found(seed_corpus, text, "2025-03-01")


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a population's figure whose metric has the draft's words (Pajhwok's "Afghan
        # refugees in Pakistan", 2.8 million, July 2025) excuses those words only from its
        # date on: before it, all Afghans' total given to refugees is still reported
        ("Around 3 million Afghan refugees are currently residing in Pakistan.", "2025-05-16",
         ["NL302"]),
        ("In total, Pakistan hosts over 2.8 million Afghan refugees.", "2025-04-09",
         ["NL302"]),
        ("The minister told the Senate that some three million Afghan refugees live in the "
         "country.", "2025-02-10", ["NL302"]),
        # clean: the same words once that figure was given, UNHCR's own refugee count after
        # its date, and loose or right numbers
        ("Around 3 million Afghan refugees are currently residing in Pakistan.", "2025-07-20",
         []),
        ("In total, Pakistan hosts over 2.8 million Afghan refugees.", "2025-08-01", []),
        ("UNHCR says Pakistan hosts 2.1 million Afghan refugees.", "2024-01-10", []),
        ("Around 3 million Afghan migrants are currently residing in Pakistan.", "2025-05-16",
         []),
        ("Around 3 million Afghans are currently residing in Pakistan.", "2025-05-16", []),
        ("Around 1.3 million Afghan refugees are currently residing in Pakistan.", "2025-05-16",
         []),
    ],
)  # fmt: skip
def test_a_populations_words_excuse_a_number_from_their_date(seed_corpus, text, date, expected):
    assert found(seed_corpus, text, date) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a movement noun a verb of planning takes ("announced the deportation of") is still
        # to come: its number is a group's size, compared as any other
        ("Pakistan last month announced the deportation of around 1.7 million Afghan refugees "
         "living in the country.", "2023-11-01", ["NL302"]),
        ("Islamabad ordered the mass deportation of some 1.7 million Afghan refugees.",
         "2023-11-01", ["NL302"]),
        ("The cabinet approved the repatriation of 1.4 million undocumented Afghans.",
         "2023-11-01", ["NL302"]),
        # clean: the number is the group's own, or the movement has taken place
        ("Pakistan announced the deportation of around 1.7 million undocumented Afghans.",
         "2023-11-01", []),
        ("The ministry announced the deportation of 1.4 million Afghan refugees since 2023.",
         "2024-04-01", []),
        ("Pakistan has completed the deportation of 1.4 million Afghan refugees.", "2024-04-01",
         []),
        ("Officials announced the repatriation of around 1.4 million Afghan refugees so far.",
         "2024-04-01", []),
    ],
)  # fmt: skip
def test_a_planned_movement_counts_a_group(seed_corpus, text, date, expected):
    assert found(seed_corpus, text, date) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number read through its group's own restriction, joined to other people by "and":
        # it counts both groups, so no one group's figure is compared
        ("Pakistan had set March 31 as the deadline for about 1.3 million refugees having "
         "Afghan Citizen Cards and those residing illegally to leave voluntarily.", ["NL301"]),
        ("Pakistan hosts some 1.3 million Afghans holding ACCs and those living in the "
         "country illegally.", []),
        ("Some 1.3 million Afghans holding ACCs and others without documents live in "
         "Pakistan.", []),
        # alone, or joined to another number, or by a comma to no people, it is compared
        ("Pakistan hosts some 1.3 million Afghans holding ACCs.", ["NL302"]),
        ("Pakistan hosts some 1.3 million Afghans holding ACCs and 600,000 undocumented "
         "Afghans.", ["NL302"]),
        ("Pakistan hosts some 1.3 million Afghans holding ACCs, and those numbers are rising.",
         ["NL302"]),
        ("Some 1.3 million refugees having Afghan Citizen Cards live in Pakistan.",
         ["NL301", "NL302"]),
    ],
)  # fmt: skip
def test_a_restricted_group_joined_to_other_people(seed_corpus, text, expected):
    assert found(seed_corpus, text, "2025-04-04") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stray comma between the people's place and their verb: still their predicate
        ("Around 1.7 million Afghans living in Pakistan, are registered refugees.", ["NL302"]),
        ("Some 1.73 million Afghans in Pakistan, are PoR card holders.", ["NL302"]),
        # clean: the group's own size, a comma that opens another clause
        ("Around 1.3 million Afghans living in Pakistan, are registered refugees.", []),
        ("Around 1.7 million Afghans live in Pakistan, and registered refugees are among them.",
         []),
    ],
)  # fmt: skip
def test_a_stray_comma_before_the_peoples_verb(seed_corpus, text, expected):
    assert found(seed_corpus, text, "2023-11-11") == expected
