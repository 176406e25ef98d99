"""NL201: a verb of saying whose object is a that-clause reaches as far as "said" does. A count
before it in the same sentence, with no "and"/"while" between ("While recalling the APS
tragedy, where over 150 teachers and children were martyred, he noted that …": dev
news-r12-cc-011), is reported by it as by "he said that …"; a verb with an object of its own
("stressed the need for unity"), a coordinated clause, a subordinate clause or a clause after
"but"/";" still reports only its own clause.
Invented sentences only; the figures are the ledger's.
"""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls

COUNTS = [
    "While recalling the attack in Bajaur, where over {t} people were martyred,",
    "Recalling the Mastung blast, in which {t} worshippers were killed,",
    "Referring to the ambush that killed {t} soldiers in North Waziristan last year,",
]
SAYERS = ["he", "the minister", "Mr Achakzai"]
VERBS = ["noted", "stressed", "added", "maintained", "reiterated", "said", "declared"]
CLAUSE = " that the state would not forget the victims."


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


@pytest.mark.parametrize(
    ("count", "sayer", "verb"), itertools.product(range(len(COUNTS)), SAYERS, VERBS)
)
def test_a_that_clause_verb_reports_the_count_before_it(seed_corpus, figures, count, sayer, verb):
    text = COUNTS[count].format(t=figures[1]) + f" {sayer} {verb}" + CLAUSE
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # an object of its own: the verb reports that object, not the count
        "Recalling the Mastung blast, in which {t} worshippers were killed, he stressed the "
        "need for unity.",
        # a coordinated clause of its own
        "{t} soldiers were martyred in the blast, and the minister noted that the attackers "
        "had fled.",
        "{t} soldiers were martyred in the blast, while the minister stressed that the state "
        "would respond.",
        # the verb in a subordinate clause after the count
        "{t} soldiers were martyred in the blast, a week after the minister noted that the "
        "border was safe.",
        # the count in a clause after the report
        "The minister noted that the border was calm; militants later killed {t} soldiers.",
        "The minister stressed that the border was calm, but militants killed {t} soldiers.",
    ],
)
def test_a_count_the_that_clause_verb_does_not_reach_fires(seed_corpus, figures, text):
    text = text.format(t=figures[1])
    assert fires(seed_corpus, text), text
