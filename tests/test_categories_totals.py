"""NL301 on a total given after the counts it sums (GitHub issue 11).

"Some 1.73 million Afghan nationals had no legal documents to stay, adding a total of 4.4
million Afghan refugees living in Pakistan": the counts before "a total of" / "in total" are
parts of the total's group; undocumented people or ACC holders among "refugees" fuse the
groups.

The sentences are invented; the figures and groups are the ledger's.
"""

import pytest

from narrlint.claims.groups_lexicon import sizes

from .test_categories_reading import found

DAY = "2023-12-15"

PARTS = {
    "undocumented": "Officials said some {n} Afghans had no legal documents to stay",
    "acc": "Officials said {n} Afghans hold Afghan Citizen Cards",
}
"""A count of one group, named by what its people hold or lack."""
TOTALS = (
    "{p}, adding a total of {w} Afghan refugees lived in Pakistan.",
    "{p}. In total, Pakistan hosts {w} Afghan refugees.",
    "{p}, while a total of {w} Afghan refugees live in the country.",
    "{p}. Registration continues. In total, some {w} Afghan refugees live in Pakistan.",
)
"""A total named by the refugees' bare noun after the counts it sums."""


def _sizes(corpus):
    from narrlint.claims.groups import format_value, lexicon

    lex = lexicon(corpus)

    def latest(category_id: str) -> str:
        known = [f for f in sizes(lex, category_id) if f.date and f.date.isoformat() <= DAY]
        return format_value(max(known, key=lambda f: f.date).value)

    totals = [
        format_value(f.value)
        for f in lex.stocks
        if f.category == "total" and f.date and f.date.isoformat() <= DAY and f.value >= 3e6
    ]
    assert totals  # the seed ledger has 2023 totals of all Afghans
    return {c: latest(c) for c in PARTS}, totals


def test_a_total_after_counts_of_other_groups_grid(seed_corpus):
    sizes, totals = _sizes(seed_corpus)
    texts = [
        shape.format(p=part.format(n=sizes[c]), w=w)
        for c, part in PARTS.items()
        for shape in TOTALS
        for w in totals
    ]
    missed = {t: c for t in texts if "NL301" not in (c := found(seed_corpus, t, DAY))}
    assert not missed, missed


def test_totals_look_alikes(seed_corpus):
    sizes, totals = _sizes(seed_corpus)
    texts = [
        # a total of everyone: a noun with no status
        *(s.format(p=PARTS["acc"].format(n=sizes["acc"]), w=w).replace("Afghan refugees", "Afghans")
          for s in TOTALS for w in totals),
        # parts that outnumber the total are no parts of it
        PARTS["undocumented"].format(n="4.4 million") + ", adding a total of 1.4 million "
        "Afghan refugees lived in Pakistan.",
        # a total with no counts before it
        "In total, 1.3 million Afghan refugees hold PoR cards.",
    ]  # fmt: skip
    alarms = {t: c for t in texts if "NL301" in (c := found(seed_corpus, t, DAY))}
    assert not alarms, alarms


@pytest.mark.parametrize(
    "text",
    [
        # a count of the total's own group before it
        "Some 1.3 million Afghans hold PoR cards, and a total of 1.4 million Afghan refugees "
        "live in Pakistan.",
        # "total" as an adjective, not a sum
        "Some 800,000 Afghans hold ACCs; the total number of Afghan refugees is disputed.",
    ],
)
def test_a_total_of_its_own_group(seed_corpus, text):
    assert "NL301" not in found(seed_corpus, text, DAY)
