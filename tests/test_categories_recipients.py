"""NL301 and NL302 on people given a group's documents, and on counts of documents (GitHub
issue 11).

"The government issued a one-time ACC to approximately 880,000 refugees", "as many as 880,000
refugees who received ACCs": the people given a group's documents are that group, so the
number is that group's size (NL302 compares it with the documents' group) and a noun that
gives them another group's status is the wording's error (NL301), not the figure's.

The sentences are invented; the figures, documents and groups are the ledger's.
"""

import pytest

from narrlint.claims.groups_lexicon import sizes

from .test_categories_reading import found

DAY = "2024-08-01"

GIVING_SHAPES = (
    "The government issued {d} to {n} {p} in 2017.",
    "In 2017 the government issued a one-time {d1} to approximately {n} {p}.",
    "{D} were issued to some {n} {p} in 2017.",
    "{D}, provided to {n} {p} in 2017, expire in June.",
    "Pakistan handed {d} to about {n} {p}.",
    "In 2017, {n} {p} were given {d}.",
    "Officials said {n} {p} who received {d} must leave.",
    "The order affects some {n} {p}, who had been issued {d} in 2017.",
    "The drive will hit as many as {n} {p} who obtained {d}.",
    "Those {n} {p}, holding {d}, must leave by the deadline.",
    "The government distributed {d} among {n} {p}.",
    "{D}, which were issued to {n} {p} in 2017, expire soon.",
    "Pakistan gave {n} {p} {d} in 2017.",
    "Some {n} {p} registered with {d} live in the country.",
)
"""Shapes that give people a group's documents, in several voices and orders."""

DOCUMENTS = {
    "acc": ("Afghan Citizen Cards", "Afghan Citizen Card"),
    "por": ("PoR cards", "PoR card"),
}
"""How each document group's papers are written; checked against the loaded lexicon below."""


def _size(lex, category_id: str) -> str:
    from narrlint.claims.groups import format_value

    known = [f for f in sizes(lex, category_id) if f.date and f.date.isoformat() <= DAY]
    return format_value(max(known, key=lambda f: f.date).value)


def _texts(lex, documents: str, sized: str, people: str) -> list[str]:
    plural, single = DOCUMENTS[documents]
    n = _size(lex, sized)
    return [
        shape.format(d=plural, d1=single, D=plural[:1].upper() + plural[1:], n=n, p=people)
        for shape in GIVING_SHAPES
    ]


def _lexicon(corpus):
    from narrlint.claims.groups import lexicon
    from narrlint.claims.groups_holdings import match_object

    lex = lexicon(corpus)
    for category_id, (plural, _) in DOCUMENTS.items():
        lowers = plural.lower().split()
        assert any(
            c == category_id and match_object(lowers, 0, words) is not None
            for words, c in lex.holdings_by_initial[lowers[0][:1]]
        )
    return lex


def _refugees(corpus) -> str:
    """A bare head of the ledger's group with refugee status ("refugees")."""
    for category in corpus.ledger.categories.values():
        if category.refugee_status is True:
            return next(h for h in category.heads if h.endswith("s"))
    raise AssertionError("the seed ledger has a group with refugee status")


def test_a_group_given_another_groups_documents_is_the_wording_not_the_figure(seed_corpus):
    lex = _lexicon(seed_corpus)
    texts = _texts(lex, "acc", "acc", _refugees(seed_corpus))
    missed = {t: c for t in texts if (c := found(seed_corpus, t, DAY)) != ["NL301"]}
    assert not missed, missed


@pytest.mark.parametrize(("documents", "other"), [("acc", "por"), ("por", "acc")])
def test_another_groups_figure_for_people_given_documents(seed_corpus, documents, other):
    lex = _lexicon(seed_corpus)
    texts = _texts(lex, documents, other, "Afghans")
    missed = {t: c for t in texts if (c := found(seed_corpus, t, DAY)) != ["NL302"]}
    assert not missed, missed


@pytest.mark.parametrize("documents", ["acc", "por"])
def test_a_groups_own_figure_for_people_given_its_documents(seed_corpus, documents):
    lex = _lexicon(seed_corpus)
    texts = _texts(lex, documents, documents, "Afghans")
    if documents == "por":  # registered refugees given PoR cards are called what they are
        texts += _texts(lex, documents, documents, _refugees(seed_corpus))
    alarms = {t: c for t in texts if (c := found(seed_corpus, t, DAY))}
    assert not alarms, alarms


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes: documents given to no one named, other papers, people told to do it
        "The government issued PoR cards to replace the old ones for 1.3 million refugees.",
        "Some 880,000 Afghans who received food aid must leave.",
        "Some 1.3 million refugees who received PoR cards may stay.",
        "Officials issued warnings to 814,000 Afghans.",
        "The government issued a notice to 1.3 million refugees holding PoR cards.",
    ],
)
def test_giving_look_alikes(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []


DOCUMENT_COUNTS = (
    "UNHCR verified {n} {d} last year.",
    "The government extended {n} {d} until June 30.",
    "Pakistan has issued {n} {d} so far, officials said.",
    "The validity of some {n} {d} ends this month.",
)
"""A number of a group's documents: one card for each holder."""


@pytest.mark.parametrize(("documents", "other"), [("acc", "por"), ("por", "acc")])
def test_a_number_of_documents_grid(seed_corpus, documents, other):
    lex = _lexicon(seed_corpus)
    plural = DOCUMENTS[documents][0]
    wrong = [t.format(n=_size(lex, other), d=plural) for t in DOCUMENT_COUNTS]
    right = [t.format(n=_size(lex, documents), d=plural) for t in DOCUMENT_COUNTS]
    missed = {t: c for t in wrong if (c := found(seed_corpus, t, DAY)) != ["NL302"]}
    alarms = {t: c for t in right if (c := found(seed_corpus, t, DAY))}
    assert not missed and not alarms, (missed, alarms)


def test_a_number_of_cards_ever_issued(seed_corpus):
    """Cards may be counted over the years: a population's total is no group's size here."""
    from narrlint.claims.groups import format_value, lexicon

    lex = lexicon(seed_corpus)
    totals = [f for f in lex.stocks if f.category == "total" and f.value and f.date]
    assert totals
    texts = [
        f"UNHCR has issued {format_value(f.value)} {DOCUMENTS[c][0]} since 2007."
        for f in totals
        for c in DOCUMENTS
    ]
    alarms = {t: c for t in texts if (c := found(seed_corpus, t, DAY))}
    assert not alarms, alarms


@pytest.mark.parametrize(("documents", "other"), [("acc", "por"), ("por", "acc")])
def test_documents_issued_and_held_by_a_number(seed_corpus, documents, other):
    """ "ACCs – issued by Pakistan and held by 800,000 people": the holders' number."""
    lex = _lexicon(seed_corpus)
    plural = DOCUMENTS[documents][0]
    shape = "Afghans holding {d} – issued by Pakistan authorities and held by {n} people – must go."
    assert found(seed_corpus, shape.format(d=plural, n=_size(lex, other)), DAY) == ["NL302"]
    assert found(seed_corpus, shape.format(d=plural, n=_size(lex, documents)), DAY) == []


PURPOSE_SHAPES = (
    "Other categories, such as the {d1} (ACC) — a document launched in 2017 to grant "
    "temporary legal status to {p} — would be included later.",
    "The ministry asked holders of {d} — a document launched in 2017 to grant temporary "
    "legal status to {p} — to leave the country.",
    "The {d1}, which was introduced to provide legal cover to {p}, expires soon.",
    "Officials extended the {d1}, a card issued in 2017 to give temporary stay to {p}.",
)
"""Documents described by what they were made to give, and to whom: the recipients hold
them."""


@pytest.mark.parametrize("shape", PURPOSE_SHAPES)
def test_documents_described_by_their_purpose(seed_corpus, shape):
    plural, single = DOCUMENTS["acc"]
    wrong = shape.format(d=plural, d1=single, p="Afghan refugees")
    right = [shape.format(d=plural, d1=single, p=p) for p in ("undocumented Afghans",
                                                              "Afghan nationals")]  # fmt: skip
    assert found(seed_corpus, wrong, DAY) == ["NL301"]
    assert [t for t in right if found(seed_corpus, t, DAY)] == []


@pytest.mark.parametrize(
    "text",
    [
        # the refugees' own cards given to them; a term ending in its people, not its cards;
        # a purpose with no recipient; another group on the way
        "The Proof of Registration card, a document introduced in 2006 to give legal stay to "
        "Afghan refugees, was extended.",
        "ACC holders, a group the UN wants to grant protection to Afghan refugees, must leave.",
        "The Afghan Citizen Card, launched in 2017, was meant to give Afghan nationals legal "
        "status.",
        "The Afghan Citizen Card, like the registered refugees' cards issued to grant stay to "
        "Afghan refugees, expires soon.",
    ],
)
def test_documents_described_by_a_purpose_look_alikes(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []
