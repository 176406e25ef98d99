"""NL201: what a reporting verb after or before a count reports. Invented sentences only.

- A quoting verb whose whole object is a source closes the report like "said" ("…, AFP quoted
  police sources.", "…, Reuters quoted officials as saying.": dev news-r9-cc-055), even
  after a second count joined by "and"; a quoted speech, or "as saying" something else,
  names what was quoted, not the count's source.
- A toll moved by a participle after a comma (", bringing the death toll to 101") follows
  from what the reported clause before it tells: when that clause tells of no death or
  injury ("the police announced that arrests had been made", dev news-r9-cc-074) the toll is
  the writer's; "Police said two more of the injured died, bringing the toll to …" reports
  the deaths that moved it.
"""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


COUNTS = [
    "At least {a} tourists were killed and {b} others injured when gunmen opened fire on a "
    "group of visitors near Pahalgam",
    "{a} people died and {b} were wounded in a blast at a market in Quetta",
    "A suicide bomber killed {a} soldiers and wounded {b} others in North Waziristan",
]
QUOTED = [
    "AFP quoted police sources",
    "Reuters quoted officials as saying",
    "Dawn quoted a senior police official",
    "the channel quoted the ISPR as saying",
    "state media quoted Interior Minister Mohsin Naqvi",
]


@pytest.mark.parametrize(("count", "credit"), itertools.product(COUNTS, QUOTED))
def test_a_quoting_verb_naming_the_source_credits_the_count(seed_corpus, figures, count, credit):
    a, b = figures[1], figures[0]
    text = f"{count.format(a=a, b=b)}, {credit}."
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    "credit",
    [
        "and the paper quoted the minister's speech on the budget",
        "and the channel quoted the minister as saying the attackers would be punished",
        "and Reuters cited the attack as a sign of rising violence",
    ],
)
@pytest.mark.parametrize("count", COUNTS)
def test_a_quoting_verb_with_an_object_of_its_own_credits_nothing(
    seed_corpus, figures, count, credit
):
    a, b = figures[1], figures[0]
    text = f"{count.format(a=a, b=b)}, {credit}."
    assert fires(seed_corpus, text) != [], text


SOURCES = [
    "On Wednesday, the police announced that",
    "Officials said",
    "According to the provincial government,",
]
OTHER_NEWS = [
    "significant arrests had been made in relation to the blast",
    "the chief minister had visited the site of the attack",
    "an inquiry had been ordered into the security lapse",
]
TOLL_MOVES = [
    "bringing the death toll from the suicide attack on a mosque to {a}",
    "raising the death toll to {a}",
    "taking the toll to {a}",
]


@pytest.mark.parametrize(
    ("source", "news", "move"), itertools.product(SOURCES, OTHER_NEWS, TOLL_MOVES)
)
def test_a_toll_moved_after_other_news_needs_its_own_source(
    seed_corpus, figures, source, news, move
):
    text = f"{source} {news}, {move.format(a=figures[2])}."
    found = fires(seed_corpus, text)
    assert len(found) == 1 and str(figures[2]) in found[0], (text, found)


@pytest.mark.parametrize(
    "deaths",
    [
        "two more of the injured died in hospital",
        "three more bodies were recovered from the rubble",
        "another injured policeman succumbed to his wounds",
        "two critically wounded worshippers had passed away",
    ],
)
@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("move", TOLL_MOVES)
def test_a_toll_moved_by_the_reported_deaths_shares_their_source(
    seed_corpus, figures, source, deaths, move
):
    text = f"{source} {deaths}, {move.format(a=figures[2])}."
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # the source revises the toll itself, or reports it after the participle
        "Officials raised the death toll to {a} after arrests were made.",
        "The arrests were announced on Wednesday, and police said the death toll had risen to {a}.",
        "Significant arrests were made, bringing the death toll to {a}, police said.",
    ],
)
def test_a_toll_its_source_gives_stays_credited(seed_corpus, figures, text):
    assert fires(seed_corpus, text.format(a=figures[2])) == []
