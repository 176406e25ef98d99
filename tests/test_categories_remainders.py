"""NL301 on a whole counted with its own group's part only (GitHub issue 11).

"Out of an estimated 3.7 million refugees residing in Pakistan, 1.3 million are registered":
the whole's number is every Afghan in Pakistan (NL302's finding), and counting only the
registered among "refugees" leaves the rest under that noun without papers: undocumented
people counted among the refugees (NL301).

The sentences are invented; the figures and groups are the ledger's.
"""

import pytest

from narrlint.claims.groups_lexicon import sizes

from .test_categories_reading import found

DAY = "2023-10-20"

OPENERS = (
    "Of the {w} Afghan refugees in Pakistan, {p}.",
    "Out of an estimated {w} refugees residing in Pakistan, {p}.",
    "Among the {w} Afghan refugees living in the country, {p}, officials said.",
    "Pakistan hosts {w} Afghan refugees. Of these, {p}.",
)
"""A whole named by the refugees' bare noun, then its parts."""
OWN_PARTS = ("{n} are registered", "{n} hold PoR cards", "only {n} are registered refugees")
"""Parts of the whole's own group: the rest of the whole are left without its papers."""


def _values(corpus):
    from narrlint.claims.groups import format_value, lexicon

    lex = lexicon(corpus)
    totals = [
        f for f in lex.stocks if f.category == "total" and f.date and f.date.isoformat() <= DAY
    ]
    registered = [f for f in sizes(lex, "por") if f.date and f.date.isoformat() <= DAY]
    assert totals and registered  # the seed ledger has 2023 totals and PoR sizes
    own = format_value(max(registered, key=lambda f: f.date).value)
    return [format_value(f.value) for f in totals if f.value >= 3e6], own


def test_a_total_counted_with_its_own_groups_part_only_grid(seed_corpus):
    wholes, own = _values(seed_corpus)
    texts = [
        opener.format(w=w, p=part.format(n=own))
        for opener in OPENERS
        for part in OWN_PARTS
        for w in wholes
    ]
    missed = {t: c for t in texts if "NL301" not in (c := found(seed_corpus, t, DAY))}
    assert not missed, missed


def test_a_whole_of_its_own_size_or_of_everyone(seed_corpus):
    wholes, own = _values(seed_corpus)
    texts = [
        # the whole's own size: its parts may be any of it
        "Of the 1.4 million Afghan refugees in Pakistan, 800,000 are registered in Khyber "
        "Pakhtunkhwa.",
        # a noun for everyone: a part of them registered says nothing of the rest
        *(f"Of the {w} Afghans in Pakistan, {own} are registered." for w in wholes),
        *(f"Out of {w} Afghan nationals in Pakistan, {own} hold PoR cards." for w in wholes),
        # a part that nearly fills the whole
        "Of the 1.45 million Afghan refugees, 1.4 million are registered.",
    ]
    alarms = {t: c for t in texts if "NL301" in (c := found(seed_corpus, t, DAY))}
    assert not alarms, alarms


@pytest.mark.parametrize(
    "text",
    [
        # "out" that opens no partition
        "They moved out of the 3.7 million refugees' camps, and 1.3 million are registered.",
    ],
)
def test_out_of_look_alikes(seed_corpus, text):
    assert "NL301" not in found(seed_corpus, text, DAY)


DOCUMENTED_DAY = "2025-04-01"


def _documented_values(corpus):
    """The documented groups' size together (PoR and ACC holders) and the PoR holders' own,
    as the ledger gives them by the day."""
    from narrlint.claims.groups import format_value, lexicon
    from narrlint.claims.groups_lexicon import joint_figures

    lex = lexicon(corpus)
    joint = [
        f
        for f in joint_figures(lex, frozenset(lex.documented))
        if f.date and f.date.isoformat() <= DOCUMENTED_DAY
    ]
    registered = [f for f in sizes(lex, "por") if f.date and f.date.isoformat() <= DOCUMENTED_DAY]
    assert joint and registered  # the seed ledger gives PoR and ACC sizes on one day
    own = format_value(max(registered, key=lambda f: f.date).value)
    return sorted({format_value(f.value) for f in joint}), own


def test_the_documented_together_counted_with_the_refugees_part_only(seed_corpus):
    # "Of the 2.1 million Afghan refugees, 1.3 million hold PoR cards": the whole is every
    # documented Afghan, so the rest under "refugees" are ACC holders, who have no such status
    wholes, own = _documented_values(seed_corpus)
    texts = [
        opener.format(w=w, p=part.format(n=own))
        for opener in OPENERS
        for part in OWN_PARTS
        for w in wholes
    ]
    missed = {t: c for t in texts if "NL301" not in (c := found(seed_corpus, t, DOCUMENTED_DAY))}
    assert not missed, missed


def test_the_documented_together_under_a_noun_of_them_all(seed_corpus):
    wholes, own = _documented_values(seed_corpus)
    texts = [
        *(f"Of the {w} documented Afghans in Pakistan, {own} hold PoR cards." for w in wholes),
        *(f"Out of {w} Afghans with legal papers, {own} are registered refugees." for w in wholes),
        *(f"Of the {w} Afghan nationals in Pakistan, {own} hold PoR cards." for w in wholes),
        # "including" names a part without dividing the whole (test_categories_wholes)
        *(
            f"Pakistan hosts {w} Afghan refugees, including {own} who hold PoR cards."
            for w in wholes
        ),
    ]
    alarms = {t: c for t in texts if "NL301" in (c := found(seed_corpus, t, DOCUMENTED_DAY))}
    assert not alarms, alarms


TRAILING = (
    "Pakistan hosts {w} Afghan refugees, {hedge}{n} of whom are registered.",
    "The number of Afghan refugees in the country has reached {w}, {hedge}{n} of whom hold "
    "PoR cards.",
)
"""A whole whose own group's part is counted after it by "<count> of whom"."""


@pytest.mark.parametrize("hedge", ["", "only ", "just "])
def test_a_trailing_part_of_whom_after_a_hedge(seed_corpus, hedge):
    wholes, own = _values(seed_corpus)
    texts = [t.format(w=w, n=own, hedge=hedge) for t in TRAILING for w in wholes]
    missed = {t: c for t in texts if "NL301" not in (c := found(seed_corpus, t, DAY))}
    assert not missed, missed


def test_a_trailing_part_of_a_whole_of_its_own_size(seed_corpus):
    text = "Pakistan hosts 1.4 million Afghan refugees, only 800,000 of whom are registered."
    assert "NL301" not in found(seed_corpus, text, DAY)
