"""NL301 on real reporting's sentences (GitHub issue 11): a group carried past its own words.

* a whole referred back to by a determiner and a noun of a whole ("Within this population,
  1.3 million hold PoR cards, while 813,000 hold ACCs", "Of this number, ...");
* a part counted in a sentence opened by "Out of these," whose treatment a lack of papers
  causes ("... 375 face deportation due to a lack of documentation");
* more people of a noun added by "another" / "an additional" / "a further" ("33,681 refugees
  possess PoR cards, while another 6,100 hold ACCs").

The sentences are invented; the groups, their papers and their figures are the ledger's.
"""

import pytest

from narrlint.claims.groups_lexicon import format_value, sizes

from .test_categories_parts import ledger_parts
from .test_categories_reading import found, ledger_words

DATE = "2024-10-01"
"""Before the refugees' own papers lapsed (no lapse exempts a denial of their papers)."""

BACK_OPENERS = (
    "Within this population",
    "Of this number",
    "Among this group",
    "Of the total",
    "Within that community",
    "Amongst this caseload",
)
"""A determiner and a noun of a whole opening the parts of the whole counted just before."""

BACK_TEMPLATES = (
    "Pakistan hosts some {n} {g}. {opener}, {m} {verb}.",
    "There are about {n} {g} in the country. {opener}, {m} {verb}.",
    "Officials say {n} {g} live in Pakistan; {opener}, {m} {verb}.",
)


def _refugee_size(corpus) -> str:
    """The refugees' own largest recorded size (a whole of its own size: no remainder)."""
    from narrlint.claims.groups import lexicon

    lex = lexicon(corpus)
    refugees = [c for c in corpus.ledger.categories.values() if c.refugee_status]
    return format_value(max(f.value for f in sizes(lex, refugees[0].id)))


def test_parts_of_a_whole_referred_back_to_by_a_noun_grid(seed_corpus):
    others, owns = ledger_parts(seed_corpus)
    n, m = _refugee_size(seed_corpus), "500,000"

    def drafts(groups, verbs, openers=BACK_OPENERS):
        return [
            t.format(n=n, g=g, m=m, opener=o, verb=verb)
            for t in BACK_TEMPLATES
            for o in openers
            for g in groups
            for _, verb in verbs
        ]

    wrong = drafts(ledger_words(seed_corpus, True, "refugee_status"), others)
    # the whole names no group with a status the parts lack, or the parts are its own
    right = drafts(["Afghans", "Afghan nationals"], others + owns)
    right += drafts(ledger_words(seed_corpus, True, "refugee_status"), owns)
    # no noun of a whole: a time or a place, not a back-reference
    right += drafts(
        ledger_words(seed_corpus, True, "refugee_status"),
        others,
        ("Within two weeks", "Within Pakistan", "Of this year's arrivals"),
    )
    missed = [t for t in wrong if "NL301" not in found(seed_corpus, t, DATE)]
    alarms = [t for t in right if "NL301" in found(seed_corpus, t, DATE)]
    assert not missed and not alarms, (missed, alarms)


ADDED_TEMPLATES = (
    "Officials say {n} {g} in {city} possess {own}, while another {m} {verb}.",
    "According to official data, {n} {g} hold {own} in {city}, and an additional {m} {verb}.",
    "Some {n} {g} in {city} have {own}, but a further {m} {verb}.",
    "{n} {g} hold {own} in {city}, whereas another {m} {verb}.",
)
"""A count under a group's noun said to hold its papers, then more people of it with no noun
of their own."""
BESIDE_TEMPLATES = (
    "According to official data, {n} {g} live in {city}, and an additional {m} {verb}.",
    "Some {n} {g} were counted in {city}, but a further {m} {verb}.",
)
"""A count with no papers of its own: the people added stand beside it."""


def test_people_added_to_a_counted_group_grid(seed_corpus):
    others, owns = ledger_parts(seed_corpus)
    own_papers = owns[0][1].removeprefix("hold ")

    def drafts(groups, verbs, templates=ADDED_TEMPLATES):
        return [
            t.format(n="33,681", g=g, city=city, own=own_papers, m="6,100", verb=verb)
            for t in templates
            for g in groups
            for city in ("Lower Dir", "Quetta")
            for _, verb in verbs
        ]

    refugees = ledger_words(seed_corpus, True, "refugee_status")
    wrong = drafts(refugees, others)
    # the added people hold the group's own papers; the first noun has no status; the added
    # count names its own people; no word of adding
    right = drafts(refugees, owns)
    right += drafts(["Afghans", "Afghan nationals"], others)
    right += drafts(
        refugees,
        others,
        tuple(t.replace("{m} {verb}", "{m} Afghans {verb}") for t in ADDED_TEMPLATES),
    )
    right += drafts(refugees, others, BESIDE_TEMPLATES)
    right += drafts(
        refugees,
        others,
        tuple(
            t.replace("another ", "").replace("an additional ", "").replace("a further ", "")
            for t in ADDED_TEMPLATES
        ),
    )
    missed = [t for t in wrong if "NL301" not in found(seed_corpus, t, DATE)]
    alarms = [t for t in right if "NL301" in found(seed_corpus, t, DATE)]
    assert not missed and not alarms, (missed, alarms)


def test_added_people_after_another_group_are_its_own(seed_corpus):
    text = (
        "Some 33,681 Afghan refugees live in Quetta and 5,000 undocumented Afghans in "
        "Pishin, while another 6,100 lack documentation."
    )
    assert found(seed_corpus, text, DATE) == []


def test_added_people_denied_papers_after_the_refugees_papers_lapsed(seed_corpus):
    text = "Some 33,681 Afghan refugees hold PoR cards, and an additional 6,100 are undocumented."
    assert found(seed_corpus, text, DATE) == ["NL301"]
    assert found(seed_corpus, text, "2025-10-01") == []


BACK_SENTENCES = (
    "Police detained 40 {g} in {city}. They {denial}.",
    "Police detained 40 {g} in {city}. These people {denial}.",
    "Officials said 183 {g} had been deported from {city}. It is important to note that "
    "these deported individuals {denial}.",
    "Some 183 {g} were deported from {city} while 2 others stay in holding areas. Those "
    "deported persons {denial}.",
)
"""A group, then words that refer back to it and deny it papers."""
BACK_DENIALS = ("had no valid documents", "lacked legal documentation", "were living illegally")


def test_a_denial_said_of_a_group_referred_back_to_grid(seed_corpus):
    refugees = ledger_words(seed_corpus, True, "refugee_status")

    def drafts(groups, templates=BACK_SENTENCES):
        return [
            t.format(g=g, city=city, denial=d)
            for t in templates
            for g in groups
            for city in ("Karachi", "Islamabad")
            for d in BACK_DENIALS
        ]

    wrong = drafts(refugees)
    # groups without the papers denied; two groups the words could mean; other people named
    # on the way; a participle no group's clause has; "they" inside a sentence
    right = drafts(ledger_words(seed_corpus, False))
    right += drafts(
        refugees,
        (
            "Police detained 40 {g} and 30 undocumented Afghans in {city}. They {denial}.",
            "Police detained 40 {g} in {city}. Officials said that those without cards "
            "were held because these people {denial}.",
            "Officials said 183 {g} were registered in {city}. These deported individuals "
            "{denial}.",
            "Police detained 40 {g} in {city}, and the officers said they {denial}.",
            "Police detained 40 {g} in {city}. They were released; the smugglers {denial}.",
        ),
    )
    missed = [t for t in wrong if "NL301" not in found(seed_corpus, t, DATE)]
    alarms = [t for t in right if "NL301" in found(seed_corpus, t, DATE)]
    assert not missed and not alarms, (missed, alarms)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part counted in a sentence opened by "Out of these," / "Of these,": a lack of
        # papers given as the cause of what is done to it is said of the group named before
        ("Police detained 600 Afghan refugees in Karachi. Out of these, 200 were freed for "
         "holding valid cards, while 390 face deportation due to a lack of documentation.",
         ["NL301"]),
        ("Police detained 600 Afghan refugees. Of these, 390 were held for residing without "
         "valid documents.", ["NL301"]),
        # clean: the undocumented's own word, no denial, a cause that is no lack of papers
        ("Police detained 600 Afghans in Karachi. Out of these, 200 were freed, while 390 "
         "face deportation due to a lack of documentation.", []),
        ("Police detained 600 Afghan refugees. Out of these, 200 were freed, while 390 "
         "remain in custody.", []),
        ("Police detained 600 Afghan refugees. Out of these, 390 were held for questioning.",
         []),
    ],
)  # fmt: skip
def test_a_part_counted_after_out_of_these(seed_corpus, text, expected):
    assert found(seed_corpus, text, "2023-10-01") == expected
