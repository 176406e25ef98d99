"""NL201: a reporting participle between the people counted and their state, with no "be" (a
headline's or a bullet's passive: "16 Pakistani soldiers confirmed dead", "Twelve soldiers
reported killed in Quetta blast"), names no source, as "were reported killed" does not (dev
news-r11-cc-013, where "confirmed" was read as a source). A number after the verb
("Officials confirmed 16 dead"), an agent ("confirmed dead by the hospital") or a credit of
the sentence keep the count sourced. Invented sentences; the figures are the ledger's.
"""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


PEOPLE = ["soldiers", "Pakistani soldiers", "civilians", "policemen", "people"]
PARTICIPLES = ["confirmed", "reported"]
STATES = ["dead", "killed", "injured"]
FRAMES = ["{n} {p} {v} {s} in Quetta blast", "Fatalities: {n} {p} {v} {s} (initial figures)."]


@pytest.mark.parametrize(
    ("people", "verb", "state", "frame"), itertools.product(PEOPLE, PARTICIPLES, STATES, FRAMES)
)
def test_a_reduced_passive_names_no_source(seed_corpus, figures, people, verb, state, frame):
    n = figures[1]
    text = frame.format(n=n, p=people, v=verb, s=state)
    assert any(str(n) in f.split() for f in fires(seed_corpus, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Officials confirmed {n} dead in the Quetta blast.",
        "Police reported {n} killed in the Quetta blast.",
        "{n} soldiers confirmed dead by the hospital in Quetta blast",
        "{n} soldiers confirmed dead in Quetta blast: ISPR",
        "{n} civilians reported killed in strikes on Khost, the Taliban said.",
        "The ISPR confirmed {n} soldiers dead in the Quetta blast.",
    ],
)
def test_a_source_of_the_same_words_still_sources_the_count(seed_corpus, figures, text):
    assert fires(seed_corpus, text.format(n=figures[1])) == [], text
