"""NL201, round 26 second wave (dev news-r25-ob-013, an attack on a stock exchange): a credited
sentence next to a count (or a few sentences on) that counts as many people of the other side of
the fight ("According to the Rangers, all four terrorists had been killed" after "…, resulting
in the martyrdom of four security guards") tells the fate of the other side's people; its
credit is its own count's only, not one for the count it seems to echo, even though it repeats
a figure of the count's sentence ("four terrorists had launched an attack"). The same people
restated ("all four guards died") and the other side's count with a credit of its own stay
silent.

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "Shortly after noon, three gunmen had stormed the bank's head office, leading to the "
        "deaths of three policemen on duty at the gate. According to the district police, all "
        "three gunmen were shot dead within an hour.",
        "Two militants had raided the border post at night, which left two soldiers dead. "
        "Officials later said that two militants had been shot dead.",
        "Five attackers had opened fire on the convoy, resulting in the martyrdom of five "
        "levies personnel. The convoy was heading to the district headquarters. According to "
        "the police, all five attackers had been killed.",
    ],
)
def test_the_other_sides_like_count_credits_only_its_own(seed_corpus, text):
    found = fires(seed_corpus, text)
    assert len(found) == 1
    assert not any(side in found[0] for side in ("gunmen", "militants", "attackers"))


@pytest.mark.parametrize(
    "text",
    [
        "Shortly after noon, three gunmen had stormed the bank's head office, leading to the "
        "deaths of three policemen on duty at the gate. According to the district police, all "
        "three policemen died before they reached the hospital.",
        "Two militants had raided the border post at night, which left two soldiers dead. "
        "Officials said the two soldiers had been guarding the gate.",
        "Three policemen were martyred at the gate, police said. According to the police, all "
        "three gunmen were shot dead within an hour.",
    ],
)
def test_the_same_people_or_a_credited_count_stay_silent(seed_corpus, text):
    assert fires(seed_corpus, text) == []
