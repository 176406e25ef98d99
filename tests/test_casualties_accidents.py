"""NL201: a credited account of an accident (a bus plunging into a gorge, a roof caving in)
tells the event of the toll before it, as an account of a blast does, when it shares a word
with the count's sentence ("the bus") or refers back to it ("the accident occurred"); the
response to it or another accident does not.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires

BUS = "Nine passengers were killed when a bus plunged into a gorge near the pass."
ROOF = "Six people died when a roof collapsed in the village."


@pytest.mark.parametrize(
    "text",
    [
        f"{BUS} Police said the bus skidded off the road on a sharp bend.",
        f"{BUS} According to rescue officials, the accident occurred on a sharp bend.",
        f"{BUS} The district officer confirmed the accident.",
        f"{ROOF} Officials said the roof caved in after heavy rain.",
    ],
)
def test_a_credited_account_of_the_accident_sources_its_toll(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        (f"{BUS} Police said the driver was arrested.", "Nine passengers were killed"),
        (f"{BUS} Police said a truck overturned on the motorway.", "Nine passengers were killed"),
        (f"{BUS} Police said another bus overturned near the pass.", "Nine passengers were killed"),
        (f"{BUS} The bus skidded off the road on a sharp bend.", "Nine passengers were killed"),
        (f"{ROOF} Officials said heavy rain lashed the district.", "Six people died"),
    ],
)
def test_other_follow_ups_leave_the_accident_toll_unsourced(seed_corpus, text, excerpt):
    assert excerpt in fires(seed_corpus, text)
