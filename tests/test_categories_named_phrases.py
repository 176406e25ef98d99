"""NL301 on a fused phrase the sentence names rather than uses (GitHub issue 11, round 23:
false-alarm risk of real reporting). A phrase kept at arm's length by "so-called", named as
words by a noun ("the label illegal refugees"), or given to the people by a naming the
sentence calls wrong ("wrongly call them ...") is not the writer's classing, as a phrase in
quotation marks of its own is not ('the term "illegal refugees"'). The same phrase used, or
a word of error that governs another verb, is still judged.

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import PHASE1, found


@pytest.mark.parametrize(
    "text",
    [
        "Police continued their raids on so-called illegal Afghan refugees in Quetta.",
        "The so called undocumented refugees were taken to a holding centre.",
        "Rights groups object to the label illegal refugees.",
        "The minister's use of the expression unregistered refugees drew protests.",
        "Local officials mistakenly refer to them as undocumented Afghan refugees, the agency "
        "said.",
        "Critics say the police wrongly branded the detainees illegal refugees.",
    ],
)
def test_a_phrase_named_not_used_is_silent(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police continued their raids on illegal Afghan refugees in Quetta.",
        "The undocumented refugees were taken to a holding centre.",
        # a word of error that governs another verb, or stands far from the naming
        "Police wrongly detained illegal Afghan refugees, a court ruled.",
        "A wrongly filled form led the police to call them illegal refugees.",
        # a naming verb the sentence does not call wrong
        "Officials described the detainees as undocumented refugees.",
    ],
)
def test_the_same_phrase_used_is_judged(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == ["NL301"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a copula's "not" right before the phrase denies that the people are it
        ('"We are not illegal refugees; our children were born here," said one elder.', []),
        ("The lawyer said his client was not an undocumented refugee.", []),
        ("The men held at the station were not unregistered refugees, police said.", []),
        # "not" that governs another word, a cleft, or a verb: the phrase is used
        ("Not only illegal Afghan refugees but also registered ones were detained.", ["NL301"]),
        ("Police did not spare illegal Afghan refugees.", ["NL301"]),
        ("It is not illegal Afghan refugees alone who face arrest.", ["NL301"]),
    ],
)
def test_a_phrase_denied_by_a_copula(seed_corpus, text, codes):
    assert found(seed_corpus, text, PHASE1) == codes
