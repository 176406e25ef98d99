"""NL301 on real reporting's sentences (GitHub issue 11): the size of several groups together
under a noun that names one of them.

"Pakistan is home to roughly 2.1 million documented Afghan refugees": 2.1 million is the size
the ledger gives PoR and ACC holders together (a modifier naming both), so the number counts
the ACC holders under the refugees' noun too, as "800,000 documented Afghan refugees" (the ACC
holders' own size) does.

The sentences are invented; the figures and group words are the ledger's.
"""

from narrlint.claims.groups_lexicon import format_value, joint_figures, sizes

from .test_categories_reading import found, read_claims

TEMPLATES = (
    "Pakistan hosts {n} {mod} Afghan refugees.",
    "At present, Pakistan is home to roughly {n} {mod} Afghan refugees, officials said.",
    "Some {n} {mod} refugees live in the country.",
)


CANDIDATES = ("documented", "legal", "registered", "lawful", "legally resident")
"""Modifiers tried; kept are those the reader maps to every documented group at once."""


def _documented(corpus):
    """The documented groups, the modifiers that name all of them, and their joint sizes."""
    from narrlint.claims.groups import lexicon

    lex = lexicon(corpus)
    groups = frozenset(c.id for c in corpus.ledger.categories.values() if c.documented)
    mods = [
        m
        for m in CANDIDATES
        if any(
            c.role == "np" and c.modifier_categories == groups
            for c in read_claims(corpus, f"Some {m} Afghan refugees live here.")
        )
    ]
    joints = joint_figures(lex, groups)
    assert mods and joints
    return lex, groups, mods, joints


def test_a_joint_size_under_one_groups_noun_grid(seed_corpus):
    lex, groups, mods, joints = _documented(seed_corpus)
    refugees = [c for c in groups if seed_corpus.ledger.categories[c].refugee_status]
    wrong, right = [], []
    for figure in joints[:4]:
        n, day = format_value(figure.value), figure.date.isoformat()
        for t in TEMPLATES:
            for mod in mods:
                wrong.append((t.format(n=n, mod=mod), day))
                # the noun names the groups together, or the number is the refugees' own
                right.append((t.format(n=n, mod=mod).replace("refugees", "nationals"), day))
                own = format_value(sizes(lex, refugees[0])[0].value)
                right.append((t.format(n=own, mod=mod), day))
    missed = [t for t, d in wrong if "NL301" not in found(seed_corpus, t, d)]
    alarms = [t for t, d in right if "NL301" in found(seed_corpus, t, d)]
    assert not missed and not alarms, (missed, alarms)
