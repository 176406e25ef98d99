"""NL301 on real reporting's sentences (GitHub issue 11): two joined groups as what an order
removes.

"Pakistan's ultimatum to all undocumented migrants and refugees", "the decision to order
Afghan refugees and migrants without official identity documents to leave": a denial of
documents shared by two joined group nouns, the object of a removal (a verb of the plan's
actions, a verb of ordering people away, an order addressed to them), is said of both.

The sentences are invented; the groups are the ledger's.
"""

from .test_categories_reading import PHASE1, found, ledger_words

REMOVALS = (
    "Pakistan's ultimatum to all {pair} to leave by November 1 drew criticism.",
    "The deadline for {pair} to leave the country passed on Wednesday.",
    "Islamabad ordered {pair} to leave the country.",
    "The decision to order {pair} to leave has left many in distress.",
    "Police forced {pair} to return to Afghanistan.",
    "The government plans to deport {pair} next month.",
)
"""A removal whose object is the joined pair."""
DESCRIPTIONS = (
    "Pakistan is home to {pair}.",
    "Aid groups in Peshawar work with {pair}.",
    "The survey counted {pair} across the province.",
    "A court heard the case of {pair} on Monday.",
)
"""Sentences that only say who lives in the country or who is spoken of."""
DENIALS = ("without documents", "without official identity documents", "lacking valid papers")


def _pairs(groups: list[str]) -> list[str]:
    trailing = [f"{g} and migrants {d}" for g in groups for d in DENIALS]
    trailing += [f"{g} or migrants {d}" for g in groups for d in DENIALS[:1]]
    return [*trailing, "undocumented migrants and refugees", "illegal immigrants and refugees"]


def test_a_denial_shared_by_two_groups_an_order_removes_grid(seed_corpus):
    refugees = ledger_words(seed_corpus, True, "refugee_status")
    wrong = [t.format(pair=p) for t in REMOVALS for p in _pairs(refugees)]
    right = [t.format(pair=p) for t in DESCRIPTIONS for p in _pairs(refugees)]
    # groups without the papers the denial takes away, or each with its own words
    others = ledger_words(seed_corpus, False)
    right += [t.format(pair=f"{g} and migrants {d}") for t in REMOVALS for g in others
              for d in DENIALS]  # fmt: skip
    right += [
        t.format(pair=p)
        for t in REMOVALS
        for p in (
            "Afghan refugees and migrants who hold Proof of Registration cards",
            "undocumented migrants and registered refugees",
            "Afghan refugees and undocumented migrants",
        )
    ]
    missed = [t for t in wrong if "NL301" not in found(seed_corpus, t, PHASE1)]
    alarms = [t for t in right if "NL301" in found(seed_corpus, t, PHASE1)]
    assert not missed and not alarms, (missed, alarms)


def test_an_order_far_before_the_pair_or_after_the_refugees_papers_lapsed(seed_corpus):
    far = (
        "The ultimatum that officials announced in Islamabad last month still worries "
        "Afghan refugees and migrants without documents."
    )
    assert found(seed_corpus, far, PHASE1) == []
    text = "Islamabad ordered Afghan refugees and migrants without documents to leave."
    assert found(seed_corpus, text, PHASE1) == ["NL301"]
    assert found(seed_corpus, text, "2025-10-01") == []
