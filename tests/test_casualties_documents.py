"""Round-6 classes of the count reader (issue 11), each as a grid of invented sentences: word
orders, tenses and subjects crossed with casualty figures read from the loaded ledger, with
clean look-alikes of the same shape.

- a document as the source ("The report highlights that…", "the study found…");
- scare quotes around the casualty verb ('“neutralised” 11 terrorists');
- injuries as a noun ("resulting in injuries to four others");
- a toll noun placed by a phrase ("Fatalities in the province jumped from … to …");
- a participle clause after a comma names no source (", raising the death toll to 177").
"""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


# --- A document is the source of what its verb presents ----------------------------------

DOCUMENTS = [
    "The report",
    "The annual report of the Counter Terrorism Department",
    "The study by the institute",
    "Figures from the health ministry",
    "The survey",
    "Police reports",
]
PRESENTING = [
    "highlights that {n} people were killed in attacks this year",
    "underlined that {n} militants were killed in operations",
    "found that {n} civilians had been killed",
    "points out that as many as 900 operations were carried out in which {n} were killed",
    "also notes {n} deaths in the province",
    "states {n} people lost their lives",
    "recorded {n} deaths",
    "lists {n} people killed",
]


@pytest.mark.parametrize(("subject", "verb"), itertools.product(DOCUMENTS, PRESENTING))
def test_a_document_subject_attributes_what_its_verb_presents(seed_corpus, figures, subject, verb):
    for n in figures:
        assert fires(seed_corpus, f"{subject} {verb.format(n=n)}.") == []


@pytest.mark.parametrize(
    "text",
    [
        # a team's or rescuers' find is no report
        "The survey team found {n} bodies in the rubble.",
        "Rescuers found {n} bodies in the rubble.",
        # a compound with the document word, then a verb of its own
        "The report notes were leaked after {n} people were killed.",
        # a statement claiming an attack reports no toll
        "A statement claimed responsibility for the attack that killed {n} people.",
        # the document before a comma is not the verb's subject
        "After the report, rescuers found {n} bodies.",
        # a document elsewhere in the sentence: the count is the draft's own
        "The report was published a day after {n} people were killed.",
    ],
)
def test_look_alikes_without_a_document_subject_still_need_a_source(seed_corpus, figures, text):
    for n in figures:
        assert fires(seed_corpus, text.format(n=n)) != []


# --- Scare quotes around the casualty verb -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, the security forces “neutralised” {n} terrorists in Lakki Marwat.",
        "Troops 'eliminated' {n} militants during the operation.",
        'The army has "killed" {n} insurgents since June.',
        "Security forces ‘neutralised’ at least {n} khwarij in the raid.",
    ],
)
def test_a_scare_quoted_verb_still_counts(seed_corpus, figures, text):
    for n in figures:
        assert fires(seed_corpus, text.format(n=n)) != []


@pytest.mark.parametrize(
    "text",
    [
        "The ISPR said troops had “neutralised” {n} terrorists in Lakki Marwat.",
        "Troops 'eliminated' {n} militants during the operation, the military said.",
        # a quotation with more than the verb is a quotation, not a scare quote
        '"The army killed" {n} insurgents, according to a statement.',
        # things, not people
        "Troops “neutralised” {n} drones over the border.",
    ],
)
def test_scare_quoted_look_alikes_stay_silent(seed_corpus, figures, text):
    for n in figures:
        assert fires(seed_corpus, text.format(n=n)) == []


# --- Injuries as a noun --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A bomber targeted a convoy in Kalat, resulting in the martyrdom of a soldier and "
        "injuries to {n} others.",
        "The blast caused injuries to {n} people near the market.",
        "The attack left a policeman dead and caused serious injuries to {n} passengers.",
    ],
)
def test_injuries_to_people_are_a_count(seed_corpus, figures, text):
    for n in figures:
        assert fires(seed_corpus, text.format(n=n)) != []


@pytest.mark.parametrize(
    "text",
    [
        "Police said the blast caused injuries to {n} people near the market.",
        "The blast caused injuries to {n} people, rescue officials said.",
        "The blast caused damage to {n} vehicles.",
        "The storm caused injuries to {n} cattle.",
        "He suffered injuries to his legs {n} days ago.",
    ],
)
def test_injuries_look_alikes_stay_silent(seed_corpus, figures, text):
    for n in figures:
        assert fires(seed_corpus, text.format(n=n)) == []


# --- A toll noun placed by a phrase --------------------------------------------------------

TOLL_NOUNS = ["Fatalities", "Deaths", "Casualties"]
PLACES = ["in Khyber Pakhtunkhwa", "from terrorism in the province", "across the region"]
RISES = ["jumped from 12 to {n}", "rose to {n}", "have climbed to {n}"]


@pytest.mark.parametrize(("noun", "place", "rise"), itertools.product(TOLL_NOUNS, PLACES, RISES))
def test_a_placed_toll_noun_is_a_toll(seed_corpus, figures, noun, place, rise):
    for n in figures:
        text = f"{noun} {place} {rise.format(n=n)} last year."
        assert fires(seed_corpus, text) != []
        assert fires(seed_corpus, f"Officials said {text[0].lower()}{text[1:]}") == []
        assert fires(seed_corpus, f"{text[:-1]}, the report said.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Casualties in the attack were heavy, with {n} buildings destroyed.",
        "Infections in the province rose to {n} last year.",
        "Deaths in the family are mourned for {n} days.",
    ],
)
def test_placed_toll_look_alikes_stay_silent(seed_corpus, figures, text):
    for n in figures:
        assert fires(seed_corpus, text.format(n=n)) == []


# --- A participle clause after a comma names no source -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani security forces killed 22 militants overnight in Balochistan, raising the "
        "death toll of militants to {n} in the last two days.",
        "Troops killed nine more attackers in Zhob, raising the toll to {n}.",
        "On Monday, rescuers pulled more bodies from the rubble in Quetta, raising the death "
        "toll to {n}.",
    ],
)
def test_a_participle_raising_the_toll_is_no_source(seed_corpus, figures, text):
    for n in figures:
        assert fires(seed_corpus, text.format(n=n)) != []


@pytest.mark.parametrize(
    "text",
    [
        "Officials raised the toll to {n}.",
        "Rescue officials on Monday raised the death toll to {n}.",
        "The ISPR later revised the toll to {n}.",
        "The toll, which state media later raised to {n}, was disputed.",
    ],
)
def test_a_source_raising_the_toll_still_attributes(seed_corpus, figures, text):
    for n in figures:
        assert fires(seed_corpus, text.format(n=n)) == []
