"""NL301 and NL302 on real reporting's sentences (GitHub issue 11).

Parts of groups: inclusions ("X, including Y", "Y and other X", "X, mostly Y") and parts
counted after a group ("Of these, ...", "..., with 1.3 million holding PoR cards").

The sentences are invented; the figures and groups are the ledger's. Shared helpers live in
:mod:`tests.test_categories_reading`.
"""

import pytest

from narrlint.claims.groups_lexicon import sizes

from .test_categories_reading import PHASE1, found, ledger_words, read_claims


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # the parts a sentence counts after "of these" / "among X" are parts of X: ACC holders
        # counted among refugees
        # (2.8 million, all Afghans' count, given to refugees before a source first called
        # them that in July 2025, is NL302's too)
        ("Pakistan hosts some 2.8 million Afghan refugees. Of these, 1.3 million hold PoR cards "
         "and about 800,000 hold Afghan Citizen Cards.", "2025-06-01", ["NL301", "NL302"]),
        ("Among the refugees in the country, 1.4 million hold PoR cards, while 800,000 have "
         "an ACC.", "2025-06-01", ["NL301"]),
        ("Pakistan hosts 2.8 million Afghan refugees, of whom about 800,000 hold ACCs.",
         "2025-06-01", ["NL301", "NL302"]),
        # a group's own figure given for a whole that is said to hold another group's part
        ("Officials say that among the 1.7 million Afghan migrants in Pakistan, about 60,000 "
         "hold these PoR smart cards.", "2024-04-01", ["NL302"]),
        # clean: the whole names no group, the parts are its own, or another sentence's count
        ("Pakistan hosts some 2.8 million Afghans. Of these, 1.3 million hold PoR cards and "
         "about 800,000 hold Afghan Citizen Cards.", "2025-06-01", []),
        ("Among the registered refugees, 1.3 million hold PoR cards renewed last year.",
         "2025-06-01", []),
        ("Pakistan hosts some 2.8 million Afghan refugees. Some 800,000 Afghans hold ACCs.",
         "2025-08-01", []),
        ("Of these, 500,000 undocumented Afghans have returned.", "2025-06-01", []),
        ("Among the 1.7 million Afghan migrants in Pakistan, 60,000 live in Quetta.",
         "2024-04-01", []),
    ],
)  # fmt: skip
def test_parts_counted_after_of_these_or_among(seed_corpus, text, date, expected):
    assert found(seed_corpus, text, date) == expected


def test_parts_of_a_whole_are_read_as_inclusions(seed_corpus):
    text = "Pakistan hosts 2.8 million Afghan refugees. Of these, 800,000 hold ACCs."
    claims = read_claims(seed_corpus, text)
    holding = next(c for c in claims if c.role == "holding")
    assert [(i.wider.text, i.narrower.text, i.words) for i in holding.inclusions] == [
        ("Afghan refugees", "hold ACCs", "of")
    ]


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


PART_LISTS = (
    "Pakistan hosts {n} {g}, with {m} {part}.",
    "There are {n} {g} in Pakistan, with about {m} {part}.",
    "Pakistan hosts {n} {g}, of whom {m} {verb}.",
    "Pakistan is home to {n} {g}, {m} of whom {verb}.",
    "Some {n} {g} live in Pakistan, {m} of them {part}.",
    # past the group's own clause of staying at a place
    "Around {n} {g} are currently residing in Pakistan, with {m} {part}.",
    "{n} {g} have been living in the country, with about {m} {part}.",
    "Some {n} {g} still live across Pakistan, of whom {m} {verb}.",
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
    n = format_value(sizes(lex, refugees[0].id)[0].value)
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
        # past a clause of staying, the same: people beside the group, or a whole of all
        "Some 1.3 million registered refugees are living in Pakistan, with 880,000 more "
        "holding ACCs.",
        "Some 1.3 million registered refugees live in the country, with 880,000 Afghans "
        "holding ACCs.",
        "Around 3 million Afghans are currently residing in Pakistan, with 813,000 holding ACCs.",
        # a new clause after the parts is no part
        "Pakistan hosts 1.3 million registered refugees, with 500,000 of them in camps, and "
        "1.7 million undocumented Afghans must leave.",
    ],
)
def test_counts_beside_a_group_are_no_parts(seed_corpus, text):
    assert found(seed_corpus, text, "2023-11-20") == []


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


def test_a_group_of_an_origin_word_and_a_people_noun_made_of_another_grid(seed_corpus):
    """ "illegal foreign nationals, including Afghan refugees": an undocumented group's
    modifier on a noun of people with a word of origin between them ("foreign") is that
    group, as "illegal residents" is."""
    modifiers = [m for c in seed_corpus.ledger.categories.values() if c.documented is False
                 for m in c.modifiers[:3] if not m.endswith("ly")]  # fmt: skip
    assert modifiers  # "undocumented", "illegal"
    wholes = [f"{m} {n}" for m in modifiers
              for n in ("foreign nationals", "foreign residents", "overseas workers")]  # fmt: skip
    refugees = ledger_words(seed_corpus, True, "refugee_status")

    def drafts(parts):
        return [t.format(w=w, W=w[:1].upper() + w[1:], p=p)
                for t in WHOLES_AND_PARTS[:3] for w in wholes for p in parts]  # fmt: skip

    wrong = drafts(refugees)
    right = drafts(["Afghans", "Afghan nationals"])
    right += [f"Pakistan is expelling {w}, but not {p}." for w in wholes for p in refugees]
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


MOSTLY_WRONG = (
    "The {w} - largely {n} - were sent home.",
    "{W}, a large number of whom are {n}, were arrested.",
    "Police held {w} (a significant number of them {n}) overnight.",
    "{W} - a large share of them {n} - crowded the border.",
)
"""One group said to be made mostly of another: a hyphen typed as a dash, "a large number"."""


def test_a_group_made_mostly_of_another_after_a_dash_or_a_number_grid(seed_corpus):
    """An undocumented wider group named by a term made mostly of a refugee group (and the
    other way round) is NL301; a wider group made mostly of a group it may hold (documented
    Afghans of registered refugees) is silent."""
    # a bare head noun ("Afghan migrants") says what its group is, not what it lacks
    heads = {f"Afghan {h}" for c in seed_corpus.ledger.categories.values() for h in c.heads}
    undocumented = [w for w in ledger_words(seed_corpus, False) if w not in heads]
    refugee = ledger_words(seed_corpus, True, "refugee_status")
    documented = ledger_words(seed_corpus, True)

    def texts(wider, narrower):
        return [t.format(w=w, W=w[:1].upper() + w[1:], n=n) for t in MOSTLY_WRONG
                for w in wider for n in narrower]  # fmt: skip

    wrong = texts(undocumented, refugee) + texts(refugee, undocumented)
    right = texts(["documented Afghans"], [d for d in documented if d in refugee])
    missed = [t for t in wrong if found(seed_corpus, t, PHASE1) != ["NL301"]]
    alarms = [t for t in right if found(seed_corpus, t, PHASE1)]
    assert not missed and not alarms, (missed, alarms)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "among X are/were Y": Y named as one of X
        ("Among the illegal immigrants were many Afghan refugees.", ["NL301"]),
        ("Among the undocumented foreigners in Pakistan, there were registered "
         "refugees.", ["NL301"]),
        ("Among Afghan refugees are thousands of ACC holders.", ["NL301"]),
        # "Y are among X"
        ("ACC holders are among the Afghan refugees facing deportation.", ["NL301"]),
        ("Registered refugees were also among the illegal immigrants deported.", ["NL301"]),
        # clean: a group among its own, people named by no group, or someone's verb between
        ("Many PoR card holders are among the refugees who returned.", []),
        ("Afghan refugees are among those being deported.", []),
        ("Among the registered refugees are many PoR card holders.", []),
        ("Among the illegal immigrants were many children.", []),
        ("Among those detained were registered refugees.", []),
        ("Among the refugees, fear spread as ACC holders were told to leave.", []),
    ],
)  # fmt: skip
def test_a_group_named_among_another(seed_corpus, text, expected):
    assert found(seed_corpus, text, PHASE1) == expected
