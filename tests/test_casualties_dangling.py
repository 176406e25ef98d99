"""NL201: a participle of saying that opens a sentence with an object of its own ("Alleging X
for the strikes, at least N people were killed") has the counted people as its understood
subject and names no source (dev news-r18-ob-014, round 18's blind miss). Look-alikes stay
silent: a source opens the main clause, the count stands inside the participle's that-clause,
or a reporting verb of the main clause credits it.
"""

import pytest

from .casualties_support import fires, fires_on, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


DANGLING = [
    "Alleging the neighbouring army for the overnight shelling, at least {n} villagers were "
    "killed in the border district, including four children.",
    "Alleging a foreign hand in the ambush, {n} passengers died on the highway near the pass.",
    "Announcing a day of mourning over the raid, more than {n} people were injured in the "
    "market town.",
]
SILENT = [
    "Alleging the neighbouring army for the overnight shelling, district officials said at "
    "least {n} villagers were killed in the border district.",
    "Confirming that {n} villagers were killed in the overnight shelling, the district police "
    "chief blamed the neighbouring army.",
    "Alleging the neighbouring army for the overnight shelling, at least {n} villagers were "
    "killed in the border district, police said.",
]


@pytest.mark.parametrize("template", DANGLING)
def test_an_opening_participle_with_its_own_object_names_no_source(seed_corpus, figures, template):
    for n in figures:
        assert fires_on(fires(seed_corpus, template.format(n=n)), n), template


@pytest.mark.parametrize("template", SILENT)
def test_a_source_of_the_main_clause_or_a_that_clause_still_credits(seed_corpus, figures, template):
    for n in figures:
        assert fires(seed_corpus, template.format(n=n)) == [], template
