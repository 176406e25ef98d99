"""NL301 on two modifiers joined before one head when the second opens a ledger term
(GitHub issue 11).

"176 unregistered and 24 registered Afghan refugees": "registered Afghan refugees" is a term
of its own, and the first modifier stands on the same head ("refugees"), as it does in
"registered and unregistered Afghan refugees"; denying the refugees' registration or papers
there fuses two groups (r10 dev news-r10-cc-041).

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2023-10-17"

FIRSTS = ("unregistered", "undocumented", "illegal", "non-registered")
SECONDS = ("registered Afghan refugees", "documented Afghan refugees")
JOINS = ("{a} and {b}", "{a} or {b}", "176 {a} and 24 {b}", "some 300 {a} and 40 {b}")
FRAMES = (
    "Police held {g} in Quetta.",
    "{G} have returned to Afghanistan from camps in Haripur.",
    "The government said {g} would be counted.",
)


def _texts() -> list[str]:
    texts = []
    for i, first in enumerate(FIRSTS):
        for j, join in enumerate(JOINS):
            group = join.format(a=first, b=SECONDS[(i + j) % len(SECONDS)])
            frame = FRAMES[(i + j) % len(FRAMES)]
            texts.append(frame.format(g=group, G=group[:1].upper() + group[1:]))
    return texts


@pytest.mark.parametrize("text", _texts())
def test_a_denying_modifier_before_a_joined_term(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # two whole groups joined, each with its own noun
        "Police held 176 undocumented Afghans and 24 registered Afghan refugees.",
        "Undocumented Afghans and registered Afghan refugees face pressure.",
        # modifiers of one group, and a head of no refugee status
        "Registered and documented Afghan refugees face pressure.",
        "Unregistered and registered Afghans face pressure.",
        "Undocumented and registered Afghan migrants face pressure.",
        # a card's name: its holders, elided ("ACC [holders] and registered refugees")
        "ACC and registered Afghan refugees face pressure.",
        # a noun of its own, set off by a comma; a predicate adjective
        "The undocumented, and registered Afghan refugees, face pressure.",
        "They were undocumented and registered refugees were not.",
    ],
)
def test_joined_words_that_fuse_nothing(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []


def test_the_message_names_the_shared_head_and_offers_no_fix(seed_corpus):
    from .conftest import lint_text

    text = "Police held 176 unregistered and 24 registered Afghan refugees."
    (finding,) = lint_text(seed_corpus, text, date=DAY, codes=("NL301",))
    assert "unregistered … refugees" in finding.details
    assert finding.fix is None  # rewriting the shared head would rename the registered too


HOLDERS = {
    "acc": ("ACC card holder", "ACC holder", "Afghan Citizen Card holder",
            "Afghan Citizen Card (ACC) card holder", "ACC card-holder"),
}  # fmt: skip
HOLDER_FRAMES = (
    "{H} refugees were told to leave by March 31.",
    "Police detained 40 {h} refugees in Rawalpindi.",
    "All PoR and {h} refugees residing in the country have been declared illegal.",
    "The government said {h} refugees would be sent back.",
)


def _holder_texts() -> list[str]:
    texts = []
    for holders in HOLDERS.values():
        for i, holder in enumerate(holders):
            for j, frame in enumerate(HOLDER_FRAMES):
                if (i + j) % 2 == 0:
                    texts.append(frame.format(h=holder, H=holder))
    return texts


@pytest.mark.parametrize("text", _holder_texts())
def test_a_holder_term_before_another_groups_head(seed_corpus, text):
    """ "ACC card holder refugees" (r10 dev news-r10-dl-029): the holders' group is read on
    the head noun after it, as in "ACC-holding refugees"."""
    assert found(seed_corpus, text, "2025-03-20") == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # the holders' own group, and nouns of no group after the holder
        "PoR card holder refugees may stay until June.",
        "PoR card-holder refugees may stay until June.",
        "ACC card holder Afghan nationals must leave.",
        "The ACC card holder families must leave.",
        # the holders named as a whole group, beside or before refugees
        "ACC holders, refugees from Afghanistan, must leave.",
        "ACC holders and Afghan refugees must leave.",
    ],
)
def test_holder_terms_that_fuse_nothing(seed_corpus, text):
    assert found(seed_corpus, text, "2025-03-20") == []


def test_a_holder_term_offers_no_rewording(seed_corpus):
    from .conftest import lint_text

    text = "All PoR and Afghan Citizenship (ACC) card holder refugees must leave."
    (finding,) = lint_text(seed_corpus, text, date="2025-03-20", codes=("NL301",))
    assert finding.fix is None  # "holder holders" is no phrase
