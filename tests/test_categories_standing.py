"""NL301 on documents said to give a standing to people (GitHub issue 11).

"The ACC, issued by NADRA, provides temporary legal status to Afghan refugees", "the PoR
system grants legal status to Afghan Citizen Card holders": documents as the subject of a
verb of giving whose object is a standing (status, protection, residency) make the
people they are given to their holders, as "the ACCs were issued to Afghan refugees" does;
a noun of another group for those people fuses two groups (r11 dev news-r11-cc-005,
news-r11-dm-018).

The sentences are invented; the documents and groups are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2025-03-20"

SUBJECTS = {
    # documents of one group → a noun of another group for the people given them
    "acc": (("The ACC", "The Afghan Citizen Card", "The Afghan Citizen Card (ACC)"),
            ("Afghan refugees", "some 800,000 refugees")),
    "por": (("The PoR card", "The PoR system", "The Proof of Registration card"),
            ("Afghan Citizen Card holders", "ACC holders")),
}  # fmt: skip
VERBS = ("provides", "grants", "offers", "has also given", "confers")
STANDINGS = ("temporary legal status", "legal protection", "legal residency")
ASIDES = ("", ", issued by NADRA,", " (introduced by the government)", ", launched in 2006,")


def _fused() -> list[str]:
    texts = []
    for subjects, people in SUBJECTS.values():
        for k, verb in enumerate(VERBS):
            subject = subjects[k % len(subjects)]
            for m, aside in enumerate(ASIDES):
                standing = STANDINGS[(k + m) % len(STANDINGS)]
                who = people[m % len(people)]
                texts.append(f"{subject}{aside} {verb} {standing} to {who}.")
    return texts


@pytest.mark.parametrize("text", _fused())
def test_documents_giving_a_standing_to_another_group(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # the documents' own people, or people of no group
        "The PoR card provides temporary legal status to registered Afghan refugees.",
        "The ACC, issued by NADRA, provides temporary legal status to Afghan nationals.",
        "The Afghan Citizen Card grants legal protection to ACC holders.",
        "PoR cards give legal residency to Afghan refugees.",
        # the documents are no subject: held, lacked, or named after a preposition
        "Refugees with PoR cards provide legal aid to ACC holders.",
        "Holders of the ACC give legal advice to refugees.",
        # people in the aside: the verb may be theirs
        "The ACC, which many refugees lack, provides legal status to Afghans.",
        # the people are the subject of a passive verb
        "Afghan refugees were granted legal status under the ACC.",
        # no standing given: a deadline extended, cards handed over
        "The ACC expires in June, the government told Afghan refugees.",
        "The PoR card, extended in 2024, gives no protection from arrest, ACC holders say.",
    ],
)
def test_documents_giving_nothing_to_another_group(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []
