"""NL301 and NL302 on the classes of sentences real reporting writes (GitHub issue 11).

Each class: paraphrased drafts that the rules must report and clean look-alikes that must stay
silent, against the seed ledger. The sentences are invented; the figures and groups are the
ledger's.
"""

import pytest

from .conftest import lint_text

CODES = ("NL301", "NL302")
PHASE1 = "2023-10-20"
PHASE2 = "2025-03-20"


def found(corpus, text: str, date: str) -> list[str]:
    return sorted({f.code for f in lint_text(corpus, text, date=date, codes=CODES)})


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
        # the parts a sentence counts after "of these" / "among X" are parts of X: ACC holders
        # counted among refugees
        ("Pakistan hosts some 2.8 million Afghan refugees. Of these, 1.3 million hold PoR cards "
         "and about 800,000 hold Afghan Citizen Cards.", "2025-06-01", ["NL301"]),
        ("Among the refugees in the country, 1.4 million hold PoR cards, while 800,000 have "
         "an ACC.", "2025-06-01", ["NL301"]),
        ("Pakistan hosts 2.8 million Afghan refugees, of whom about 800,000 hold ACCs.",
         "2025-06-01", ["NL301"]),
        # a group's own figure given for a whole that is said to hold another group's part
        ("Officials say that among the 1.7 million Afghan migrants in Pakistan, about 60,000 "
         "hold these PoR smart cards.", "2024-04-01", ["NL302"]),
        # clean: the whole names no group, the parts are its own, or another sentence's count
        ("Pakistan hosts some 2.8 million Afghans. Of these, 1.3 million hold PoR cards and "
         "about 800,000 hold Afghan Citizen Cards.", "2025-06-01", []),
        ("Among the registered refugees, 1.3 million hold PoR cards renewed last year.",
         "2025-06-01", []),
        ("Pakistan hosts some 2.8 million Afghan refugees. Some 800,000 Afghans hold ACCs.",
         "2025-06-01", []),
        ("Of these, 500,000 undocumented Afghans have returned.", "2025-06-01", []),
        ("Among the 1.7 million Afghan migrants in Pakistan, 60,000 live in Quetta.",
         "2024-04-01", []),
    ],
)  # fmt: skip
def test_parts_counted_after_of_these_or_among(seed_corpus, text, date, expected):
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
        # brackets inside a phrase: a bracketed name between modifier and head, a document's
        # abbreviation inside a holder term
        ("Ticking Clock for Illegal (Afghan) Refugees", PHASE1, ["NL301"]),
        ("Phase two targets Proof of Registration (PoR) card holders.", PHASE2, ["NL301"]),
        ("Afghans holding Proof of Registration (PoR) cards will go in phase two.", PHASE2,
         ["NL301"]),
        # clean look-alikes
        ("Ticking Clock for Illegal (Afghan) Nationals", PHASE1, []),
        ("Phase two targets Afghan Citizen Card (ACC) holders.", PHASE2, []),
        ("Afghans holding Afghan Citizen Card (ACC) cards will go in phase two.", PHASE2, []),
    ],
)  # fmt: skip
def test_brackets_inside_a_group_phrase(seed_corpus, text, date, expected):
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
    ],
)  # fmt: skip
def test_whole_populations_under_a_loose_noun(seed_corpus, text, date, expected):
    assert found(seed_corpus, text, date) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # one group's adjective and another group's documents conceded of the same people
        ("Over 200 families, mostly undocumented but in possession of PoR cards, crossed.",
         PHASE1, ["NL301"]),
        ("The men were unregistered yet still holding PoR cards.", PHASE1, ["NL301"]),
        # clean: the documents of their own group, a list of two groups, papers lapsed later
        ("Over 200 families, mostly registered and in possession of PoR cards, crossed.",
         PHASE1, []),
        ("Over 200 families, some undocumented and some holding PoR cards, crossed.", PHASE1,
         []),
        ("Over 200 families, mostly undocumented but in possession of a tazkira, crossed.",
         PHASE1, []),
    ],
)  # fmt: skip
def test_documents_conceded_against_an_adjective(seed_corpus, text, date, expected):
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


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # the number an order falls on is its target's size: a noun naming another group
        # (with a status the target lacks) calls the target by that name
        ("The March 31 deadline for ACC holders puts 800,000 Afghan refugees at risk.",
         PHASE2, ["NL301"]),
        ("The deadline for undocumented Afghans to leave affects 1.7 million Afghan refugees.",
         PHASE1, ["NL301"]),
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
    ("text", "date", "expected"),
    [
        # "documented", "legal": a group's modifier without its negation names the groups
        # with documents, so the undocumented estimate given for them is another's figure
        ("Pakistan says 1.7 million documented Afghans must leave.", PHASE1, ["NL302"]),
        ("Officials say 1.7 million legal residents must leave.", PHASE1, ["NL302"]),
        # clean: the documented groups' own sizes, a population whose figure it is, and the
        # words used for other things
        ("Pakistan hosts some 800,000 documented Afghans on ACCs.", "2024-07-12", []),
        ("Pakistan hosts 2.4 million documented Afghans.", "2024-07-12", []),
        ("Legal experts say documented Afghans are harassed on a regular basis.", PHASE1, []),
        # each of two joined modifiers is read on the head: "undocumented refugees" stays a
        # fusion after "documented and"
        ("Both documented and undocumented refugees face pressure.", PHASE1, ["NL301"]),
        ("Both documented and undocumented Afghans face pressure.", PHASE1, []),
        # a head among the modifier's groups names that one: "legal refugees" are the
        # registered refugees, so ACC holders counted among them are still reported
        ("Among the legal refugees, 1.4 million hold PoR cards while 800,000 hold ACCs.",
         PHASE2, ["NL301"]),
    ],
)  # fmt: skip
def test_words_that_negate_a_groups_modifier(seed_corpus, text, date, expected):
    assert found(seed_corpus, text, date) == expected


def read_claims(corpus, text: str, date: str = PHASE1):
    """The group claims of a draft, read as the linter reads them."""
    import datetime as dt

    from narrlint.engine.linter import Linter
    from narrlint.input.source import SourceText

    linter = Linter([], corpus, date=dt.date.fromisoformat(date))
    return linter.parse(SourceText(text), "draft.md").claims.groups


def test_parts_of_a_whole_are_read_as_inclusions(seed_corpus):
    text = "Pakistan hosts 2.8 million Afghan refugees. Of these, 800,000 hold ACCs."
    claims = read_claims(seed_corpus, text)
    holding = next(c for c in claims if c.role == "holding")
    assert [(i.wider.text, i.narrower.text, i.words) for i in holding.inclusions] == [
        ("Afghan refugees", "hold ACCs", "of")
    ]


def test_numbers_paired_respectively_are_read_for_their_groups(seed_corpus):
    text = "Afghans with PoR and ACC cards number 1.4 million and 800,000, respectively."
    figures = [c for c in read_claims(seed_corpus, text) if c.role == "figure"]
    assert [(f.number.text, sorted(f.categories), f.how) for f in figures] == [
        ("1.4 million", ["por"], "respectively"),
        ("800,000", ["acc"], "respectively"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "did not have documents" denies documents as "without documents" does
        ("Police held dozens of Afghan refugees who did not have any documents.", ["NL301"]),
        ("Police held dozens of Afghans who did not have any documents.", []),
        ("Police held ACC holders who did not have valid visas.", []),
    ],
)  # fmt: skip
def test_documents_denied_with_do_not_have(seed_corpus, text, expected):
    assert found(seed_corpus, text, "2024-04-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phrase naming several groups ("legal residents": PoR and ACC holders) speaks only
        # of what they share (documents), and one of its groups is no other group
        ("ACC holders are legal residents of Pakistan.", []),
        ("PoR card holders, who are documented Afghans, may stay.", []),
        ("Undocumented Afghans are legal residents, the minister claimed.", ["NL301"]),
        ("Legal residents, including undocumented Afghans, were questioned.", ["NL301"]),
        ("Legal residents, including registered refugees, were questioned.", []),
    ],
)  # fmt: skip
def test_phrases_naming_several_groups(seed_corpus, text, expected):
    assert found(seed_corpus, text, "2024-04-10") == expected
