"""NL201: three shapes of the r10 false-alarm hunt (/work/r10/hunt-judged.md). Invented
sentences only.

- A credited next sentence that tells the people just counted were carried to a hospital
  ("The injured were rushed to the hospital, the DPO said": hunt 070) speaks of them: the
  injured for an injury count, the dead or the bodies for a death toll; "transported",
  "airlifted", "admitted" tell the transfer as "rushed" and "shifted" do (dev
  news-r16-ob-045), and the bodies handed over to the families tell of the dead.
- A list as the subject of a verb presenting figures is a document ("A hospital list showed
  at least seven children among the dead": hunt 092).
- A toll with a dashed aside before its verb is read ("the death toll — as of today — had
  risen to 13, while the number of injured people rose to 74": hunt 120), so the count joined
  to it shares its credit.
"""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


INJURIES = [
    "In the gunfight, {a} policemen also sustained injuries.",
    "At least {a} people were injured in the blast near the market.",
    "{a} passengers were wounded when the bus was fired upon.",
]
TRANSFERS = [
    "The injured were rushed to the hospital, the DPO said.",
    "According to rescue officials, the wounded were shifted to the DHQ hospital.",
    "Police said the injured persons were taken to Combined Military Hospital Thal.",
    # other verbs of the same transfer (dev news-r16-ob-045), after a fronted credit whose
    # first clause tells something else
    "According to a police official, the rescue work was over, and the injured had been "
    "transported to a hospital.",
    "The wounded were airlifted to the military hospital in Peshawar, officials said.",
    "Rescue officials said the injured were admitted to the district hospital.",
]


@pytest.mark.parametrize(("count", "transfer"), itertools.product(INJURIES, TRANSFERS))
def test_a_source_telling_the_injured_were_taken_to_hospital_covers_them(
    seed_corpus, figures, count, transfer
):
    text = f"{count.format(a=figures[1])} {transfer}"
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    ("count", "covered"),
    [
        ("{a} people were killed in the attack.", True),
        # the injured are not the bodies
        ("{a} people were injured in the attack.", False),
    ],
)
def test_the_bodies_handed_to_the_families_cover_a_death_toll(seed_corpus, figures, count, covered):
    text = (
        f"{count.format(a=figures[1])} The bodies were handed over to the families after "
        "autopsy, police said."
    )
    assert (fires(seed_corpus, text) == []) is covered, text


def test_the_bodies_taken_to_hospital_cover_a_death_toll(seed_corpus, figures):
    text = (
        f"{figures[1]} people were killed in the attack. Police said the bodies were shifted "
        "to the district hospital for autopsy."
    )
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the injured after a death toll, who the injured are, no hospital, no source
        "{a} people were killed in the blast. The injured were rushed to the hospital, the "
        "DPO said.",
        "{a} people were injured in the blast. The injured were in stable condition, the DPO said.",
        "{a} people were injured in the blast. Police said the injured were questioned.",
        "{a} people were injured in the blast. The injured were rushed to the hospital.",
    ],
)
def test_other_news_of_the_injured_covers_nothing(seed_corpus, figures, text):
    assert fires(seed_corpus, text.format(a=figures[1])) != [], text


@pytest.mark.parametrize(
    "text",
    [
        "A hospital list showed at least {a} children among the dead.",
        "The official list shows {a} people were killed in the floods.",
        "Lists compiled by the health department show {a} deaths.",
    ],
)
def test_a_list_presenting_figures_is_a_source(seed_corpus, figures, text):
    assert fires(seed_corpus, text.format(a=figures[1])) == [], text


def test_a_list_of_something_else_credits_nothing(seed_corpus, figures):
    text = f"At least {figures[1]} people were killed. A list of demands was shared."
    assert fires(seed_corpus, text) != []


ASIDES = ["— as of today —", "– by Wednesday evening –", "— three days after the blast —"]


@pytest.mark.parametrize("aside", ASIDES)
def test_a_toll_with_a_dashed_aside_is_read(seed_corpus, figures, aside):
    a = figures[2]
    found = fires(seed_corpus, f"The death toll {aside} had risen to {a}.")
    assert len(found) == 1 and str(a) in found[0], found


@pytest.mark.parametrize("aside", ASIDES[:2])
def test_a_count_joined_to_a_dashed_toll_shares_its_credit(seed_corpus, figures, aside):
    a, b = figures[1], figures[2]
    text = (
        f"According to local officials, the death toll {aside} had risen to {a}, while the "
        f"number of injured people rose to {b}."
    )
    assert fires(seed_corpus, text) == [], text
