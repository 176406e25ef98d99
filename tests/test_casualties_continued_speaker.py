"""NL201: a credited sentence after a count whose speaker goes on in the next sentence of its
paragraph with a pronoun credit ("…, he added", "She also said that …") is one credited
account: that next sentence covers the count as the credited neighbour would, when it tells
the count's event ("SP Musakhel, Ayub Achakzai said armed individuals intercepted the
vehicles …. Terrorists killed the travellers by opening fire at them after the identity
check, he added.": r13 hunt 080). Another incident, a sentence telling nothing of the count,
a pronoun credit in another paragraph or no credit before it keep the finding.
Invented sentences only; the figures and places are the ledger's or common ones.
"""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls

NOUNS = ["travellers", "labourers"]
COUNTS = [
    "Terrorists killed {t} travellers in the Musakhel area after offloading them from trucks "
    "and buses on Monday.",
    "Gunmen killed {t} labourers in Kech after offloading them from a passenger van on Friday.",
]
CREDITED = [
    "SP Musakhel, Ayub Achakzai said armed individuals intercepted the vehicles on the highway.",
    "Police said armed men intercepted the vehicles on the highway.",
    "A local official said the attackers blocked the road with their motorcycles.",
]
GOES_ON = [
    "The attackers killed the {noun} by opening fire at them after the identity check, he added.",
    "He further said that the gunmen killed them after offloading them.",
    "The attackers killed them by opening fire at them after checking their identity cards, "
    "she said.",
]
BREAKS = [" ", "\n\n"]


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


@pytest.mark.parametrize(
    ("count", "credited", "goes_on", "brk"),
    itertools.product(range(len(COUNTS)), CREDITED, GOES_ON, BREAKS),
)
def test_a_speaker_going_on_covers_the_count(seed_corpus, figures, count, credited, goes_on, brk):
    told = goes_on.format(noun=NOUNS[count])
    text = COUNTS[count].format(t=figures[1]) + brk + credited + " " + told
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    ("credited", "goes_on"),
    [
        # the pronoun credit tells nothing of the count
        (CREDITED[1], "The highway was reopened to traffic in the evening, he added."),
        # another incident
        (CREDITED[1], "Separately, a shopkeeper was shot in Quetta, he added."),
        # the pronoun credit in another paragraph than the sentence it would continue
        (CREDITED[1], "\n\n" + GOES_ON[0]),
        # no credit before it: 'he' continues no one
        ("Armed individuals intercepted the vehicles on the highway.", GOES_ON[0]),
    ],
)
def test_look_alikes_keep_the_finding(seed_corpus, figures, credited, goes_on):
    told = goes_on.format(noun=NOUNS[0])
    text = COUNTS[0].format(t=figures[1]) + " " + credited + " " + told
    assert fires(seed_corpus, text), text
