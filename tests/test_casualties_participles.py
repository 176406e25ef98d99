"""NL201: a reporting participle that describes a noun or a figure names no source. Invented
sentences only.

- After a preposition ("in response to reported militant infiltration", "despite confirmed
  reports", dev news-r9-cc-005) "reported"/"confirmed"/"claimed" is an adjective of the noun
  after it, as after an article ("the reported attack"), not a source's verb.
- Right after a figure ("less than the 101 initially reported", "45 reported dead", "the 84
  confirmed so far", dev news-r9-cc-073) it is a passive that describes the figure, reported
  by no one; "the 101 reported by the hospital" names its source.
"""

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


PREPOSITIONS = [
    "The crackdown came in response to reported militant infiltration into Chitral district, "
    "where {a} security personnel were killed in a gunbattle.",
    "Despite confirmed reports of an attack on the post, {a} soldiers were martyred there.",
    "The army moved in following reported clashes near the border, where {a} people died.",
    "Schools stayed shut due to alleged threats, a week after {a} students were killed.",
    "Troops were sent to the valley without confirmed orders after {a} villagers were killed.",
]


@pytest.mark.parametrize("text", PREPOSITIONS)
def test_a_participle_after_a_preposition_names_no_source(seed_corpus, figures, text):
    for a in figures:
        found = fires(seed_corpus, text.format(a=a))
        assert len(found) == 1 and str(a) in found[0], (text, found)


AFTER_FIGURES = [
    "Although the number of casualties at {a} is less than the {b} initially reported, this "
    "was still the deadliest attack on the police.",
    "The toll stands at {a}, down from the {b} first reported on Monday.",
    "At least {a} people were killed, above the {b} confirmed earlier in the day.",
]


@pytest.mark.parametrize("text", AFTER_FIGURES)
def test_a_participle_after_a_figure_names_no_source(seed_corpus, figures, text):
    a, b = figures[1], figures[2]
    assert fires(seed_corpus, text.format(a=a, b=b)) != [], text


@pytest.mark.parametrize(
    "text",
    [
        # the participle's source is named, or a source's verb follows its subject
        "The toll stands at {a}, down from the {b} initially reported by the hospital.",
        "At least {a} people were killed in the blast, police reported.",
        "At least {a} people were killed, the provincial health department confirmed.",
        "Police reported that {a} people were killed in the blast.",
        "The military's statement confirmed {a} soldiers were martyred, in response to "
        "questions from reporters.",
    ],
)
def test_a_source_with_its_participle_still_credits_the_count(seed_corpus, figures, text):
    a, b = figures[1], figures[2]
    assert fires(seed_corpus, text.format(a=a, b=b)) == [], text
