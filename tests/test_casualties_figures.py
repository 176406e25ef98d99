"""NL201: two readings real text needed. Invented sentences only.

- "The figure later rose to 50" after "Police said 45 people died": a sentence whose only toll
  word is a figure noun with a verb of a changing total is read (it had been skipped for want
  of a casualty word), and the revised toll needs its own source.
- "Hospitals declared emergencies as at least five to six wounded were transferred …" (r9 hunt
  146): declaring an emergency, a curfew or a day of mourning is an act, not a report of the
  count in the clause after it.
"""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


FIRSTS = [
    "Police said {a} people died in the blast.",
    "According to hospital officials, {a} people were killed in the attack.",
    "The ISPR said {a} soldiers were martyred.",
]
REVISIONS = [
    "The figure later rose to {b}.",
    "The figure has since climbed to {b}.",
    "That figure rose to {b} by evening.",
]


@pytest.mark.parametrize(("first", "revision"), itertools.product(FIRSTS, REVISIONS))
def test_a_revised_figure_needs_its_own_source(seed_corpus, figures, first, revision):
    a, b = figures[0], figures[2]
    text = f"{first.format(a=a)} {revision.format(b=b)}"
    found = fires(seed_corpus, text)
    assert len(found) == 1 and str(b) in found[0], (text, found)


@pytest.mark.parametrize(
    "text",
    [
        # credited revision, a figure of no casualties, a figure with nothing counted before
        "Police said {a} people died in the blast. The figure later rose to {b}, the hospital "
        "said.",
        "UNHCR said {a} houses were destroyed. The figure later rose to {b}.",
        "The figure later rose to {b}.",
        "Police said {a} people died in the blast. The figures were released on Monday.",
    ],
)
def test_a_figure_of_something_else_or_credited_is_silent(seed_corpus, figures, text):
    assert fires(seed_corpus, text.format(a=figures[0], b=figures[2])) == []


DECLARATIONS = [
    "Hospitals declared emergencies as at least {a} wounded were transferred to Lady Reading "
    "Hospital.",
    "The provincial government declared a state of emergency as {a} people were killed in the "
    "floods.",
    "Authorities declared a curfew after {a} people were killed in the clashes.",
    "The chief minister declared a day of mourning as {a} people died in the blast.",
]


@pytest.mark.parametrize("text", DECLARATIONS)
def test_a_declared_emergency_reports_no_count(seed_corpus, figures, text):
    for a in figures:
        found = fires(seed_corpus, text.format(a=a))
        assert len(found) == 1 and str(a) in found[0], (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "The ISPR declared that {a} terrorists were killed in the operation.",
        "Officials declared {a} people dead after the blast.",
        "The hospital declared an emergency, and officials said {a} people were killed.",
    ],
)
def test_a_declaration_of_the_count_still_credits_it(seed_corpus, figures, text):
    assert fires(seed_corpus, text.format(a=figures[1])) == [], text
