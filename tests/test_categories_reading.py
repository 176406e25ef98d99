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
    ("text", "date", "expected"),
    [
        # a bare head's restriction past where its people live names the group counted
        ("Some 1.3 million Afghan migrants living in Pakistan with PoR cards will be allowed "
         "to stay.", "2024-08-29", []),
        ("About 1.3 million Afghan migrants in the country with PoR cards may stay.",
         "2024-08-29", []),
        # people given documents hold them: ACC holders called refugees is the wording's
        # error, not the figure's
        ("Some 880,000 refugees granted ACCs in 2017 also live there.", "2024-03-25",
         ["NL301"]),
        ("An additional 880,000 Afghan refugees issued Afghan Citizen Cards live there.",
         "2024-03-25", ["NL301"]),
        ("Some 880,000 Afghans issued Afghan Citizen Cards in 2017 must leave.", "2024-03-25",
         []),
        ("The government issued PoR cards to 1.3 million Afghans.", "2023-11-20", []),
        # "in possession of" is held right after its group, preposition and all
        ("Afghan refugees in possession of ACCs face arrest.", PHASE2, ["NL301"]),
        ("Some 800,000 Afghans in possession of ACCs must leave.", PHASE2, []),
    ],
)  # fmt: skip
def test_what_a_bare_heads_own_words_say(seed_corpus, text, date, expected):
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
        # a wider group whose people are said to be (mostly, partly) a narrower one
        ("Illegal foreigners, among them many Afghan refugees, were told to leave.", ["NL301"]),
        ("Undocumented migrants, mostly Afghan refugees, must leave by November 1.",
         ["NL301"]),
        ("Undocumented migrants, most of them Afghan refugees, must leave by November 1.",
         ["NL301"]),
        ("Pakistan is deporting illegal immigrants, a majority of whom are Afghan refugees.",
         ["NL301"]),
        ("Those expelled included Afghan refugees as well as other undocumented migrants.",
         ["NL301"]),
        # clean: no group named after it, an adjective, a bare head, a group of its own kind
        ("Illegal immigrants, mostly Afghans, must leave.", []),
        ("Afghan refugees, most of them registered, may stay.", []),
        ("Undocumented Afghans, many of them women and children, must leave.", []),
        ("Migrants, mostly Afghan refugees, fled the raids.", []),
        ("Registered refugees, most of whom are PoR card holders, may stay.", []),
    ],
)  # fmt: skip
def test_a_group_said_to_be_mostly_another(seed_corpus, text, expected):
    assert found(seed_corpus, text, PHASE1) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # modifiers joined on one head are a list: "PoR and ACC holders" pairs with the
        # numbers "respectively", and counts together without it
        ("PoR and ACC holders number 1.45 million and 800,000 respectively.", "2024-08-10",
         []),
        ("PoR and ACC card holders number some 1.45 million and 800,000, respectively.",
         "2024-08-10", []),
        ("PoR and ACC holders number 2.25 million.", "2024-08-10", []),
        ("PoR and ACC holders number 800,000 and 1.45 million respectively.", "2024-08-10",
         ["NL302"]),
        ("ACC holders number 1.45 million.", "2024-08-10", ["NL302"]),
        # a number set off by hyphens, or after a group's adjective used as a noun
        ("The registered refugees - about 1.7 million - may stay.", PHASE1, ["NL302"]),
        ("The registered refugees - about 1.3 million - may stay.", PHASE1, []),
        ("The undocumented, some 1.4 million people, must leave.", PHASE1, ["NL302"]),
        ("Officials said the undocumented, numbering 1.4 million, must go.", PHASE1,
         ["NL302"]),
        ("The undocumented, some 1.7 million people, must leave.", PHASE1, []),
    ],
)  # fmt: skip
def test_lists_and_appositions_of_groups(seed_corpus, text, date, expected):
    assert found(seed_corpus, text, date) == expected


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
    ("text", "expected"),
    [
        # a denying modifier before two joined group heads, as the object of a removal, is
        # read on the bare second head too
        ("Pakistan began expelling illegal immigrants and refugees.", ["NL301"]),
        ("The deportation of undocumented migrants and refugees continued.", ["NL301"]),
        ("November 1 was the deadline of the plan to deport irregular migrants and refugees.",
         ["NL301"]),
        # clean: a description, a second head with words of its own, no group head first,
        # a modifier that names documents
        ("Pakistan is home to millions of illegal immigrants and refugees.", []),
        ("Pakistan began expelling illegal immigrants and registered refugees.", []),
        ("Pakistan began expelling illegal immigrants and Afghan refugees.", []),
        ("Pakistan began expelling undocumented Afghans and refugees.", []),
        ("Pakistan began expelling ACC holders and refugees.", []),
    ],
)  # fmt: skip
def test_a_modifier_shared_by_joined_heads(seed_corpus, text, expected):
    assert found(seed_corpus, text, PHASE1) == expected


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X in <place>, including Y": the place between the group and its list
        ("Police detained undocumented immigrants in Karachi, including Afghan refugees.",
         ["NL301"]),
        ("There are 1.3 million Afghan refugees in Pakistan, including those holding ACCs.",
         ["NL301", "NL302"]),
        ("Police detained undocumented immigrants in Karachi, including Afghans.", []),
        ("Registered refugees in Pakistan, including PoR card holders, may stay.", []),
    ],
)  # fmt: skip
def test_an_inclusion_past_a_place(seed_corpus, text, expected):
    assert found(seed_corpus, text, "2024-03-25") == expected


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


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # clean sentences of the shapes this round's readings look at: they stay silent
        ("UNHCR urged Pakistan to protect Afghan refugees, including those without documents.",
         PHASE1),
        ("The refugees' documents were checked and those without papers were detained.",
         PHASE1),
        ("Refugees whose PoR cards have expired are now being deported.", "2025-08-10"),
        ("Pakistan hosts some 3 million Afghans, including 1.3 million registered refugees.",
         "2025-05-20"),
        ("Some 2.18 million Afghans are in Pakistan legally: 1.3 million with PoR cards and "
         "880,000 with ACCs.", "2024-03-25"),
        ("Back in October 2023, the interior ministry put the number of undocumented Afghans "
         "at 1.73 million.", "2025-06-01"),
        ("There are roughly 1.4 million PoR holders and 800,000 ACC holders, along with "
         "hundreds of thousands of undocumented Afghans.", PHASE2),
        ("Nearly 3 million Afghans live in Pakistan, about half of them undocumented.", PHASE2),
    ],
)  # fmt: skip
def test_clean_sentences_of_the_same_shapes(seed_corpus, text, date):
    assert found(seed_corpus, text, date) == []


@pytest.mark.parametrize(
    ("text", "suggested"),
    [
        # a modifier in quotation marks: the suggestion takes its opening mark along
        (
            "He is one of the thousands of “unauthorised” Afghan refugees told to leave.",
            '"“unauthorised” Afghan migrants"',
        ),
        (
            'Officials said "undocumented" Afghan refugees must go.',
            '""undocumented" Afghans"',  # the ledger's own term, from the demonym
        ),
        # no quotation marks: the phrase as it stands
        ("Undocumented Afghan refugees must go.", '"Undocumented Afghans"'),
    ],
)
def test_a_suggested_rewording_keeps_its_quotation_marks_paired(seed_corpus, text, suggested):
    (finding,) = lint_text(seed_corpus, text, date=PHASE1, codes=("NL301",))
    assert finding.message.startswith(f"Write {suggested}:"), finding.message


# ---------------------------------------------------------------------------------------------
# Grids: templates of one grammatical class crossed with the ledger's own group words


def ledger_words(corpus, documented: bool, attribute: str = "documented") -> list[str]:
    """Plural words the ledger gives the groups whose ``attribute`` is ``documented``: each
    group's first plural term and its plural heads ("Afghan refugees"), read from the loaded
    ledger."""
    words: list[str] = []
    for category in corpus.ledger.categories.values():
        if getattr(category, attribute) is not documented:
            continue
        words += [t for t in category.terms if t.endswith("s")][:1]
        words += [f"Afghan {h}" for h in category.heads if h.endswith("s")][:1]
    assert len(words) >= 2  # the seed ledger has documented and undocumented groups
    return words


RESTRICTIVE_DENIALS = (
    "The {g}, many of whom lack valid documents, fear deportation.",
    "Police said the {g}, most of them living in the country illegally, were detained.",
    "Pakistan hosts thousands of {g}, some of them undocumented.",
    "The {g}, who have been residing in the country illegally, must leave by November 1.",
    "Police detained {g} who were living in Pakistan illegally.",
    "The order covers {g} who live in the country without documentation.",
    "Officials said {g} who are staying here without valid documents face arrest.",
    "The crackdown targets {g} who had been living in Pakistan without legal papers.",
    "Officials said the {g}, who are currently residing in Karachi illegally, will be deported.",
    "Thousands of {g} that are living in the country with no legal documents fear arrest.",
    "Authorities rounded up {g} residing in Pakistan without any documents.",
    "Police said {g} who have been living illegally in the country were arrested.",
    "Police arrested {g} in the country illegally.",
)
"""A group's own restrictive words that deny it documents, through a relative pronoun, a
part of it ("many of whom": as the labelled "Many Afghan refugees who are undocumented"),
auxiliaries, an adverb and where the people live."""


def test_restrictive_words_that_deny_documents_grid(seed_corpus):
    documented = ledger_words(seed_corpus, True)
    undocumented = ledger_words(seed_corpus, False)
    wrong = [t.format(g=g) for t in RESTRICTIVE_DENIALS for g in documented]
    right = [t.format(g=g) for t in RESTRICTIVE_DENIALS for g in undocumented]
    right += [t.format(g="Afghans") for t in RESTRICTIVE_DENIALS]
    missed = [t for t in wrong if found(seed_corpus, t, PHASE1) != ["NL301"]]
    alarms = [t for t in right if found(seed_corpus, t, PHASE1)]
    assert not missed and not alarms, (missed, alarms)


@pytest.mark.parametrize(
    "text",
    [
        # negated, about a later or earlier time, or after the cards expired: no conflation
        "The refugees, who are not living illegally, were told they may stay.",
        "Registered refugees who have been living legally in the country were spared.",
        "Afghan refugees who have been living in Pakistan since 1979 fear they will be next.",
        "Registered refugees who will be living illegally after June 30 must leave.",
        "Afghan refugees whose cards expired are now living in the country illegally.",
        "Afghan refugees who helped police find people living illegally were thanked.",
    ],
)
def test_restrictive_words_that_deny_nothing(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == []


PART_LISTS = (
    "Pakistan hosts {n} {g}, with {m} {part}.",
    "There are {n} {g} in Pakistan, with about {m} {part}.",
    "Pakistan hosts {n} {g}, of whom {m} {verb}.",
    "Pakistan is home to {n} {g}, {m} of whom {verb}.",
    "Some {n} {g} live in Pakistan, {m} of them {part}.",
)
"""Parts counted after a group, past a comma: a participle ({part}) or a verb ({verb})."""


def ledger_parts(corpus) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(participle, verb) pairs that put people in a group without a refugee status: holding
    the documents of a documented group without it (the ledger's own document words), or
    lacking documents; and pairs that hold the refugees' own documents."""
    from narrlint.claims.groups import lexicon

    lex = lexicon(corpus)
    categories = corpus.ledger.categories

    def documents(refugees: bool) -> list[str]:
        return [
            " ".join(words).title() + "s"
            for words, category in lex.holdings
            if len(words) > 1
            and categories[category].documented
            and categories[category].refugee_status is refugees
        ]

    denials = [
        ("who have no legal documents", "have no legal documents"),
        ("lacking documentation", "lack documentation"),
        ("living without valid papers", "live without valid papers"),
    ]
    others = [(f"holding {d}", f"hold {d}") for d in documents(False)]
    owns = [(f"holding {d}", f"hold {d}") for d in documents(True)]
    assert others and owns
    return others + denials, owns


def test_parts_counted_after_a_group_grid(seed_corpus):
    from narrlint.claims.groups import format_value, lexicon

    lex = lexicon(seed_corpus)
    refugees = [c for c in seed_corpus.ledger.categories.values() if c.refugee_status]
    n = format_value(lex.figures[refugees[0].id][0].value)
    m = "500,000"
    others, owns = ledger_parts(seed_corpus)

    def drafts(groups, parts):
        return [
            t.format(n=n, g=g, m=m, part=part, verb=verb)
            for t in PART_LISTS
            for g in groups
            for part, verb in parts
        ]

    wrong = drafts(ledger_words(seed_corpus, True, "refugee_status"), others)
    right = drafts(["Afghans", "Afghan migrants and refugees", "Afghan refugees and migrants"],
                   others + owns)  # fmt: skip
    right += drafts(["registered refugees"], owns)
    missed = [t for t in wrong if "NL301" not in found(seed_corpus, t, "2023-11-20")]
    alarms = [t for t in right if "NL301" in found(seed_corpus, t, "2023-11-20")]
    assert not missed and not alarms, (missed, alarms)


@pytest.mark.parametrize(
    "text",
    [
        # a count with a group noun of its own after "with" may be another group beside the
        # first; "another" adds people
        "Pakistan hosts 1.3 million registered refugees, with 880,000 ACC holders also staying.",
        "Pakistan hosts 1.3 million registered refugees, with another 800,000 holding ACCs.",
        "Pakistan hosts 1.3 million registered refugees, with 600,000 more living without "
        "documents.",
        "Pakistan hosts 1.3 million registered refugees, with a further 600,000 living without "
        "documents.",
        # counts of people beside the group: "more", a people noun of their own, or more
        # people than the group has
        "Pakistan hosts 1.3 million registered refugees, with 880,000 more holding ACCs.",
        "Pakistan hosts 1.3 million registered refugees, with 880,000 Afghans holding ACCs.",
        "Pakistan hosts 1.3 million registered refugees, with 880,000 people holding ACCs.",
        "Pakistan hosts 1.3 million registered refugees, with about 1.7 million living there "
        "without documents.",
        # one count with a noun of its own makes the list one of groups beside the first
        "Pakistan hosts 1.3 million registered refugees, with 880,000 holding ACCs and 1.7 "
        "million undocumented Afghans.",
        # a new clause after the parts is no part
        "Pakistan hosts 1.3 million registered refugees, with 500,000 of them in camps, and "
        "1.7 million undocumented Afghans must leave.",
    ],
)
def test_counts_beside_a_group_are_no_parts(seed_corpus, text):
    assert found(seed_corpus, text, "2023-11-20") == []


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


REPORTED_CLAUSES = (
    "An official in {city} said that {n} {g} must leave by the deadline.",
    "The consul in {city} told reporters that the order covers the {n} {g}.",
    "A spokesman based in {city} informed the media that the government gave {n} {g} two "
    "months to leave.",
)
"""A reported clause after a speaker placed in a city the ledger does not name."""


def test_a_speakers_place_does_not_place_the_reported_people_grid(seed_corpus):
    from narrlint.claims.groups import format_value, lexicon

    lex = lexicon(seed_corpus)
    cities = [c for c in ("Karachi", "Peshawar", "Lahore") if c.lower() not in lex.known]
    assert cities  # places the reader would take for another country
    day = "2024-02-05"

    def size(category_id: str) -> str:
        known = [f for f in lex.figures[category_id] if f.date and f.date.isoformat() <= day]
        return format_value(max(known, key=lambda f: f.date).value)

    pairs = [("undocumented", "por"), ("por", "undocumented")]
    wrong, right = [], []
    for own, other in pairs:
        g = next(t for t in seed_corpus.ledger.categories[own].terms if t.endswith("s"))
        for template in REPORTED_CLAUSES:
            for city in cities:
                wrong.append(template.format(city=city, n=size(other), g=g))
                right.append(template.format(city=city, n=size(own), g=g))
    missed = [t for t in wrong if "NL302" not in found(seed_corpus, t, day)]
    alarms = [t for t in right if found(seed_corpus, t, day)]
    assert not missed and not alarms, (missed, alarms)


@pytest.mark.parametrize(
    "text",
    [
        # the people of another country: its own official, or the country named after them
        "Iran's interior minister said that 1.4 million undocumented Afghans live there.",
        "Officials in Tehran said that 1.4 million undocumented Afghans live in Iran.",
        "In Iran, officials said 1.4 million undocumented Afghans must leave.",
    ],
)
def test_people_placed_in_another_country(seed_corpus, text):
    assert found(seed_corpus, text, "2024-02-05") == []


SHARED_CARDS = (
    "The administration said that the {g} who have {x} and {card} do not need to worry.",
    "{G} holding {x} or {card} were told they may stay.",
    "Police stopped {g} with {x} and {card} at the checkpoint.",
)
"""A document the ledger does not know listed before one it knows, on their shared noun."""


def test_a_known_card_listed_after_an_unknown_one_grid(seed_corpus):
    from narrlint.claims.groups import lexicon

    lex = lexicon(seed_corpus)
    categories = seed_corpus.ledger.categories
    cards = [
        (" ".join(w[:-1]).upper() if len(w) == 2 else " ".join(w[:-1]).title(), c)
        for w, c in lex.holdings
        if w[-1] == "card"
    ]
    assert {categories[c].refugee_status for _, c in cards} == {True, False}
    refugees = ledger_words(seed_corpus, True, "refugee_status")
    wrong, right = [], []
    for template in SHARED_CARDS:
        for x in ("POO", "Tazkira"):
            for name, category in cards:
                card = f"{name} cards"
                for g in [*refugees, "Afghans"]:
                    text = template.format(g=g, G=g[:1].upper() + g[1:], x=x, card=card)
                    bad = g != "Afghans" and not categories[category].refugee_status
                    (wrong if bad else right).append(text)
    missed = [t for t in wrong if found(seed_corpus, t, "2023-10-28") != ["NL301"]]
    alarms = [t for t in right if found(seed_corpus, t, "2023-10-28")]
    assert not missed and not alarms, (missed, alarms)


PART_ADJECTIVES = (
    "The {g}, many of whom are {a}, fear arrest.",
    "Police detained {g}, most of them {a}, in Karachi.",
    "Officials said the {g}, half of whom were {a}, must leave.",
    "Some {g}, the majority of whom are {a}, have left.",
    "The {g}, all of them {a}, were held at the border.",
)
"""A part of a group given an adjective of its own after a quantifier."""


def test_a_part_of_a_group_said_to_lack_documents_grid(seed_corpus):
    categories = seed_corpus.ledger.categories.values()
    lacking = [m for c in categories if c.documented is False for m in c.modifiers[:3]]
    holding = [m for c in categories if c.documented and c.refugee_status for m in c.modifiers[:1]]
    documented = ledger_words(seed_corpus, True)
    undocumented = ledger_words(seed_corpus, False)
    assert lacking and holding
    wrong = [t.format(g=g, a=a) for t in PART_ADJECTIVES for g in documented for a in lacking]
    right = [t.format(g=g, a=a) for t in PART_ADJECTIVES for g in undocumented for a in lacking]
    right += [t.format(g="Afghans", a=a) for t in PART_ADJECTIVES for a in lacking]
    right += [t.format(g=g, a=a) for t in PART_ADJECTIVES for g in documented for a in holding]
    missed = [t for t in wrong if found(seed_corpus, t, PHASE1) != ["NL301"]]
    alarms = [t for t in right if found(seed_corpus, t, PHASE1)]
    assert not missed and not alarms, (missed, alarms)


@pytest.mark.parametrize(
    "text",
    [
        # a status of another time, a negation, a group whose papers lapsed
        "Afghan refugees, many of whom were undocumented when they arrived, now hold PoR cards.",
        "Afghan refugees, most of whom are not undocumented, fear arrest.",
    ],
)
def test_a_part_of_a_group_said_nothing_against_it(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == []


DENIALS = (
    "without legal status", "who lack legal status", "lacking legal papers",
    "not holding valid documents", "with no valid papers", "who do not possess valid documents",
    "who don't have proper documentation", "who are without valid documents",
)  # fmt: skip
MAIN_CLAUSES = (
    "have until November 1 to leave",
    "will be deported after the deadline",
    "must leave before November 1",
    "face arrest from November 1",
)
"""A main clause with a time of its own after a group's denial of documents: the time is
the main clause's, not the denial's."""


def test_a_denial_before_a_main_clause_with_a_time_grid(seed_corpus):
    def drafts(groups):
        return [f"{g[:1].upper() + g[1:]} {d} {m}." for g in groups for d in DENIALS
                for m in MAIN_CLAUSES]  # fmt: skip

    wrong = drafts(ledger_words(seed_corpus, True))
    right = drafts([*ledger_words(seed_corpus, False), "Afghans"])
    missed = [t for t in wrong if found(seed_corpus, t, PHASE1) != ["NL301"]]
    alarms = [t for t in right if found(seed_corpus, t, PHASE1)]
    assert not missed and not alarms, (missed, alarms)


@pytest.mark.parametrize(
    "text",
    [
        # the time belongs to the predicate: a status of another time
        "Registered refugees will be without valid documents after June 30.",
        "ACC holders were undocumented when they arrived, officials said.",
        "PoR card holders are undocumented only after their cards expire.",
    ],
)
def test_a_denial_of_another_time(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == []


CLASSING_FRAMES = (
    "Police were accused of treating {g} as {o}.",
    "Rights groups say {g} are being treated as {o}.",
    "{G} are being called {o} by officials, activists say.",
    "The registry wrongly counts {g} as {o}, officials admitted.",
    "Officials mistakenly classified {g} as {o}.",
)
"""A classing the sentence itself calls wrong, or others' conduct in progress ("are being
treated as")."""
SUBJECTS_OF_ANOTHER_VERB = (
    "Arresting {g} is illegal, the court said.",
    "Deporting {g} was a mistake, the minister admitted.",
)
"""A plural group with a singular verb: the verb's subject is another (a gerund's clause)."""


def test_classings_called_wrong_and_other_subjects_grid(seed_corpus):
    documented = ledger_words(seed_corpus, True)
    # the terms of the undocumented (a bare head such as "migrants" denies nothing)
    categories = seed_corpus.ledger.categories.values()
    others = [t for c in categories if c.documented is False for t in c.terms[:2]]
    right = [
        t.format(g=g, G=g[:1].upper() + g[1:], o=o)
        for t in CLASSING_FRAMES
        for g in documented
        for o in others
    ]
    right += [t.format(g=g) for t in SUBJECTS_OF_ANOTHER_VERB for g in documented]
    # the same classing asserted, and the plural verb, are still read
    wrong = [f"The registry counts {g} as {o}." for g in documented for o in others]
    wrong += [f"{g[:1].upper() + g[1:]} are illegal, the court said." for g in documented]
    missed = [t for t in wrong if found(seed_corpus, t, PHASE1) != ["NL301"]]
    alarms = [t for t in right if found(seed_corpus, t, PHASE1)]
    assert not missed and not alarms, (missed, alarms)


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
)
"""Shapes that give a group a number."""


def test_a_group_given_another_groups_figure_grid(seed_corpus):
    from narrlint.claims.groups import format_value, lexicon

    lex = lexicon(seed_corpus)
    day = "2024-08-01"

    def size(category_id: str) -> str:
        known = [f for f in lex.figures[category_id] if f.date and f.date.isoformat() <= day]
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


WHOLES_AND_PARTS = (
    "Pakistan is expelling {w}, including {p}.",
    "Pakistan is expelling {w}, mostly {p}, by November 1.",
    "Pakistan is expelling {w} (mainly {p}) by November 1.",
    "Pakistan is expelling {w} — chiefly {p} — by November 1.",
    "Pakistan is expelling {w}, especially {p}.",
    "The crackdown on {w}, the bulk of them {p}, continued.",
    "The crackdown on {w}, the vast majority of whom are {p}, continued.",
    "{W}, many of whom are {p}, must leave.",
    "{W}, among them {p}, must leave.",
)
"""A group said to be made (mostly) of another, after a comma, a bracket or a dash."""


def test_a_group_made_mostly_of_another_grid(seed_corpus):
    undocumented = [t for c in seed_corpus.ledger.categories.values()
                    if c.documented is False for t in c.terms[:3]]  # fmt: skip
    refugees = ledger_words(seed_corpus, True, "refugee_status")

    def drafts(wholes, parts):
        return [
            t.format(w=w, W=w[:1].upper() + w[1:], p=p)
            for t in WHOLES_AND_PARTS
            for w in wholes
            for p in parts
        ]

    wrong = drafts(undocumented, refugees)
    right = drafts(undocumented, ["Afghans", "Afghan nationals"])
    missed = [t for t in wrong if "NL301" not in found(seed_corpus, t, PHASE1)]
    alarms = [t for t in right if found(seed_corpus, t, PHASE1)]
    assert not missed and not alarms, (missed, alarms)


OTHERS_OF_A_KIND = (
    "{G} and other {w} must leave.",
    "{G}, like other {w}, must leave.",
    "{G}, along with all other {w}, must leave.",
    "{G} as well as many other {w} must leave.",
    "{G} and other foreigners living illegally must leave.",
)
"""A group named as one of "other X": it is said to be one of X."""


def test_a_group_among_others_of_a_kind_grid(seed_corpus):
    undocumented = [t for c in seed_corpus.ledger.categories.values()
                    if c.documented is False for t in c.terms[1:3]]  # fmt: skip
    refugees = ledger_words(seed_corpus, True, "refugee_status")

    def drafts(narrower):
        return [t.format(G=g[:1].upper() + g[1:], w=w) for t in OTHERS_OF_A_KIND
                for g in narrower for w in undocumented]  # fmt: skip

    wrong = drafts(refugees)
    right = drafts(["Afghans", "Afghan nationals"])
    right += [f"{g[:1].upper() + g[1:]}, unlike other {w}, may stay."
              for g in refugees for w in undocumented]  # fmt: skip
    missed = [t for t in wrong if found(seed_corpus, t, PHASE1) != ["NL301"]]
    alarms = [t for t in right if found(seed_corpus, t, PHASE1)]
    assert not missed and not alarms, (missed, alarms)


REFUGEE_STATUS_GIVEN = (
    "{G} have been granted refugee status.",
    "{G} were given refugee status, officials said.",
    "{G} enjoy refugee status in Pakistan.",
    "{G} have been counted as refugees.",
    "{G}, who had been recognised as refugees, may stay.",
)
"""Refugee status given to a group, through perfect auxiliaries and verbs of giving."""


def test_refugee_status_given_to_a_group_grid(seed_corpus):
    categories = seed_corpus.ledger.categories.values()
    without = [t for c in categories if c.refugee_status is False for t in c.terms[:2]]
    refugees = ledger_words(seed_corpus, True, "refugee_status")

    def drafts(groups, templates):
        return [t.format(G=g[:1].upper() + g[1:]) for t in templates for g in groups]

    wrong = drafts(without, REFUGEE_STATUS_GIVEN)
    right = drafts(refugees, REFUGEE_STATUS_GIVEN)
    right += drafts(without, ("{G} have never been granted refugee status.",
                              "{G} have applied for refugee status."))  # fmt: skip
    missed = [t for t in wrong if found(seed_corpus, t, PHASE1) != ["NL301"]]
    alarms = [t for t in right if found(seed_corpus, t, PHASE1)]
    assert not missed and not alarms, (missed, alarms)


EVERY_PAPER = (
    "Only {n} Afghans in Pakistan possess any form of documentation.",
    "Of the four million Afghans in the country, only {n} hold any kind of documents.",
    "Some {n} Afghans have some form of documentation, officials said.",
)
"""A number given for everyone with papers of any kind: the documented groups together."""


def test_a_number_for_everyone_with_papers_grid(seed_corpus):
    from narrlint.claims.groups import format_value, joint_figures, lexicon

    lex = lexicon(seed_corpus)
    day = "2024-08-01"
    documented = frozenset(c.id for c in seed_corpus.ledger.categories.values() if c.documented)
    joint = [f for f in joint_figures(lex, documented) if f.date.isoformat() <= day]
    ones = [f for c in documented for f in lex.figures[c] if f.date.isoformat() <= day]
    assert joint and ones
    together = format_value(max(joint, key=lambda f: f.date).value)
    one = format_value(max(ones, key=lambda f: f.value).value)
    wrong = [t.format(n=one) for t in EVERY_PAPER]
    right = [t.format(n=together) for t in EVERY_PAPER]
    # "legal status" without "any" keeps its old reading: one of the groups with papers
    right.append(f"Pakistan hosts {one} Afghans with legal status.")
    missed = [t for t in wrong if found(seed_corpus, t, day) != ["NL302"]]
    alarms = [t for t in right if found(seed_corpus, t, day)]
    assert not missed and not alarms, (missed, alarms)
