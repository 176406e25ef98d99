"""NL301 and NL302 on the classes of sentences real reporting writes (GitHub issue 11).

Each class: paraphrased drafts that the rules must report and clean look-alikes that must stay
silent, against the seed ledger. The sentences are invented; the figures and groups are the
ledger's.

This file holds the group phrases themselves (brackets, modifiers shared or negated, cards
listed together, places of reported people, rewordings) and the helpers the other
``test_categories_*`` files share: figures, phases, parts and predicates each have a file.
"""

import pytest

from narrlint.claims.groups_lexicon import sizes

from .conftest import lint_text

CODES = ("NL301", "NL302")
PHASE1 = "2023-10-20"
PHASE2 = "2025-03-20"


def found(corpus, text: str, date: str) -> list[str]:
    return sorted({f.code for f in lint_text(corpus, text, date=date, codes=CODES)})


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
        known = [f for f in sizes(lex, category_id) if f.date and f.date.isoformat() <= day]
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the held documents as far after the verb as the reader looks: five fillers, or an
        # unknown card and its joiner before them
        ("Afghan refugees holding their valid new smart government PoR cards must leave.",
         ["por"]),
        ("Afghans with POO and their valid new smart government ACC cards must leave.", ["acc"]),
        # one filler more is no holding
        ("Afghans with POO and their valid new smart government state ACC cards must leave.",
         []),
    ],
)  # fmt: skip
def test_documents_held_after_fillers(seed_corpus, text, expected):
    held = [c for c in read_claims(seed_corpus, text) if c.role == "holding"]
    assert sorted(c for claim in held for c in claim.categories) == expected


NON_PREFIXED = (
    ("Non-registered {h} must leave the country.", ["NL301"]),
    ("Police detained dozens of non registered {h} in the raid.", ["NL301"]),
    ("Some {u} non-registered Afghans must leave by the deadline.", []),
    ("Some {r} non-registered Afghans must leave by the deadline.", ["NL302"]),
)
"""A group's modifier after "non" ("non-registered"): the group of its negated form."""


def test_a_modifier_negated_by_non_grid(seed_corpus):
    """ "non-registered" reads as "unregistered" for every refugee head of the ledger, and
    a number given under it is read for the group the negated word names (the ledger's own
    figures at the date: the undocumented count silent, the registered count NL302)."""
    from narrlint.claims.groups import format_value, lexicon

    lex = lexicon(seed_corpus)

    def size(category_id: str) -> str:
        known = [f for f in sizes(lex, category_id) if f.date and f.date.isoformat() <= PHASE1]
        return format_value(max(known, key=lambda f: f.date).value)

    heads = [
        f"Afghan {h}"
        for c in seed_corpus.ledger.categories.values()
        if c.refugee_status
        for h in c.heads
        if h.endswith("s")
    ]
    assert heads
    wrong = []
    for template, expected in NON_PREFIXED:
        for h in heads:
            text = template.format(h=h, u=size("undocumented"), r=size("por"))
            if found(seed_corpus, text, PHASE1) != expected:
                wrong.append((text, expected))
    assert not wrong, wrong


ORIGIN_SHAPES = (
    ("Police arrested {n} from Afghanistan holding Afghan Citizen Cards.", ["NL301"]),
    (
        "Pakistan told the {n} from Afghanistan, who have been living in the country illegally, "
        "to leave.",
        ["NL301"],
    ),
    (
        "{N} from Afghanistan can be divided into two groups: PoR card holders and undocumented "
        "Afghans.",
        ["NL301"],
    ),
    ("Some 880,000 {n} from Afghanistan with ACCs live in Pakistan.", ["NL301"]),
    # the group's place between it and what is said of it
    ("Some 153 {n} living in Pakistan holding Afghan Citizen Cards returned home.", ["NL301"]),
    ("{N} residing in Pakistan, who have been living there illegally, must leave.", ["NL301"]),
    # clean: the group's own documents and status
    ("Some 153 {n} living in Pakistan holding PoR cards returned home.", []),
    ("{N} in Pakistan, who fled the Taliban, may stay.", []),
    ("Police questioned {n} from Afghanistan holding PoR cards.", []),
    ("Pakistan hosts {n} from Afghanistan, who hold PoR cards.", []),
)
"""A group's noun with its origin after it ("refugees from Afghanistan")."""


def test_a_groups_noun_with_its_origin_after_it_grid(seed_corpus):
    """The origin after a group's noun belongs to its phrase: the holdings, predicates,
    divisions and figures read after "Afghan refugees" are read after "refugees from
    Afghanistan" and "registered refugees from Afghanistan" alike."""
    nouns = ["refugees", "registered refugees"]
    wrong = []
    for template, expected in ORIGIN_SHAPES:
        for n in nouns:
            text = template.format(n=n, N=n[:1].upper() + n[1:])
            if [c for c in found(seed_corpus, text, "2024-07-20") if c == "NL301"] != expected:
                wrong.append((text, expected))
    assert not wrong, wrong


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a country inside a title the ledger records places the official's people, as the
        # country's own name does ("Iran's officials said ..."); the ledger country's title
        # does not
        (
            "Iran's Interior Minister Eskandar Momeni said that 1.4 million undocumented "
            "Afghans must leave the country.",
            [],
        ),
        ("Iran's interior minister said 1.4 million undocumented Afghans live there.", []),
        (
            "Pakistan's interior minister said that 1.4 million undocumented Afghans live "
            "in the country.",
            ["NL302"],
        ),
        (
            "Interior Minister Mohsin Naqvi said that 1.4 million undocumented Afghans live "
            "in the country.",
            ["NL302"],
        ),
    ],
)
def test_a_foreign_officials_title_places_the_people(seed_corpus, text, codes):
    assert found(seed_corpus, text, "2025-02-05") == codes


AGENT_SENTENCES = [
    "{n} undocumented Afghan refugees have been forced by the {agent} to go home this year.",
    "Some {n} undocumented Afghan refugees were rounded up by {agent} last week.",
    "About {n} undocumented Afghan refugees were deported by {agent} in May.",
    "The {n} undocumented Afghan refugees hosted by {agent} since 2021 face arrest.",
]


@pytest.mark.parametrize("template", AGENT_SENTENCES)
@pytest.mark.parametrize(
    ("agent", "codes"),
    [
        # another country, or its authorities, acting on the people places them there
        ("Iranian government", []),
        ("Turkish police", []),
        ("Iran", []),
        ("Bangladeshi authorities", []),
        # the ledger country's own authorities, or people of another country who are no
        # authority, place no one abroad: the conflated name is judged
        ("Pakistani government", ["NL301"]),
        ("Iranian villagers", ["NL301"]),
    ],
)
def test_another_countrys_authorities_acting_on_the_people_place_them(
    seed_corpus, template, agent, codes
):
    text = template.format(n="130,000", agent=agent)
    text = text.replace("the Iran ", "Iran ")  # "forced by Iran", not "by the Iran"
    assert found(seed_corpus, text, "2024-05-18") == codes


def test_a_country_criticising_is_no_place(seed_corpus):
    """Only what a country does to the people in it places them ("criticised by")."""
    text = "Undocumented Afghan refugees have been criticised by the Iranian government."
    assert found(seed_corpus, text, "2024-05-18") == ["NL301"]
