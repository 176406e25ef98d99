"""NL201: credits in forms real copy uses that the reader did not read as credits (dev
r12-opened). Invented sentences only; the figures are the ledger's own tolls.

- A document that reads out the count, its owner named between ("…, a statement from the
  Inter-Services Public Relations (ISPR) read.": news-r12-cc-002), as "the ISPR statement read"
  already was.
- A source the writer learnt the count from ("It was learnt from police sources that …").
- A named source giving the toll ("Kabul police spokesman Khalid Zadran gave an initial toll of
  two dead": news-r12-cc-080); "did not provide an exact casualty figure" gives none.
- A speaker and a reporting verb standing alone after the count, split from it by a stray full
  stop ('"… left 12 more injured". A local Police Officer said.': news-r12-cc-060).
"""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


COUNTS = [
    "Security forces killed {a} terrorists during an operation in North Waziristan",
    "At least {a} people were killed in a blast at a market in Quetta",
    "{a} soldiers were martyred when militants attacked a checkpost in Bannu",
]
CLOSING = [
    "a statement from the ISPR read",
    "a statement from the Inter-Services Public Relations (ISPR) read",
    "a press release issued by the Counter-Terrorism Department read",
    "the police statement read",
    "it was learnt from police sources",
    "it was learned from hospital officials",
]


@pytest.mark.parametrize(("count", "credit"), itertools.product(COUNTS, CLOSING))
def test_a_document_read_out_or_a_source_learnt_from_credits_the_count(
    seed_corpus, figures, count, credit
):
    text = f"{count.format(a=figures[1])}, {credit}."
    assert fires(seed_corpus, text) == [], text


OPENING = [
    "It was learnt from police sources that {a} people were killed in a blast in Quetta.",
    "It has been learnt from hospital officials that {a} soldiers were martyred in Bannu.",
]


@pytest.mark.parametrize("text", OPENING)
def test_learnt_from_a_source_frames_the_count(seed_corpus, figures, text):
    assert fires(seed_corpus, text.format(a=figures[1])) == []


NOT_CREDITS = [
    "it was learnt",
    "it was learnt from the attack",
    "the minister read",
    "the newspaper read",
    "the commander read the names of the dead",
]


@pytest.mark.parametrize(("count", "tail"), itertools.product(COUNTS, NOT_CREDITS))
def test_learnt_or_read_with_no_source_or_document_credits_nothing(
    seed_corpus, figures, count, tail
):
    text = f"{count.format(a=figures[1])}, {tail}."
    assert fires(seed_corpus, text), text


GIVERS = [
    "Kabul police spokesman Khalid Zadran gave an initial toll of {a} dead and {b} wounded.",
    "Police spokesman Abdul Mateen Qani gave a death toll of {a} killed and {b} injured.",
    "The ISPR released the death toll on Sunday: {a} soldiers were martyred and {b} wounded.",
    "Hospital officials provided a toll of {a} dead and {b} injured.",
]


@pytest.mark.parametrize("text", GIVERS)
def test_a_named_source_giving_the_toll_credits_it(seed_corpus, figures, text):
    text = text.format(a=figures[1], b=figures[0])
    assert fires(seed_corpus, text) == [], text


GIVING_NONE = [
    "The government gave compensation to the families of the {a} people killed in the blast.",
    "Residents gave shelter to the {a} people injured in the blast.",
    "Police released a list of {a} people killed in the blast.",
    "While authorities did not provide an exact casualty figure, at least {a} people were "
    "among the dead.",
    "Officials gave no figure for the {a} people killed in the blast.",
]


@pytest.mark.parametrize("text", GIVING_NONE)
def test_giving_something_else_or_no_toll_credits_nothing(seed_corpus, figures, text):
    text = text.format(a=figures[1])
    assert fires(seed_corpus, text), text


STANDING_ALONE = [
    "A local Police Officer said.",
    "Police said.",
    "The district police officer confirmed.",
    "Hospital officials said.",
    # the source the credit cites, after its verb (a fresh page, r16)
    "Geo News reported, citing local officials.",
    "The state broadcaster reported, quoting hospital staff in the city.",
]
QUOTED_COUNTS = [
    "“The blast ripped through the mosque and left {a} more injured”.",
    "“At least {a} worshippers were killed in the blast”.",
    "{a} people were killed in the blast.",
]


@pytest.mark.parametrize(("count", "credit"), itertools.product(QUOTED_COUNTS, STANDING_ALONE))
def test_a_speaker_and_verb_standing_alone_credit_the_count_before(
    seed_corpus, figures, count, credit
):
    text = f"{count.format(a=figures[1])} {credit}"
    assert fires(seed_corpus, text) == [], text


NOT_ALONE = [
    "That is what he said.",
    "Police never said.",
    "The attackers fled, police said.",
    "Nobody knows how the police explained.",
    "The attackers fled, police said, citing witnesses.",
    "Geo News reported, citing officials, that the market was closed.",
]


@pytest.mark.parametrize(("count", "after"), itertools.product(QUOTED_COUNTS[2:], NOT_ALONE))
def test_a_short_sentence_that_tells_something_of_its_own_credits_nothing(
    seed_corpus, figures, count, after
):
    text = f"{count.format(a=figures[1])} {after}"
    assert fires(seed_corpus, text), text
