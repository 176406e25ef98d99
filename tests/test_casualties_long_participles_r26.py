"""NL201, round 26 (dev r25-cc-019: "two cops deployed on the polio vaccination team's
security in a suburban area of Quetta were martyred on August 1"): a participle's phrase
between a count and its verb ("deployed on ...", "posted at ...") may run past the subject's
usual reach, and a possessive inside it ("the team's security") is one of its words; the count
is then read with its verb after the phrase. A clause opened inside the phrase ("where",
"when", "who") has a verb of its own, which is not the count's.

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Three guards posted at the election commission's regional office on the outskirts of"
            " the old city were killed on Tuesday.",
            "Three",
        ),
        ("Two constables deployed on the minister's security were martyred last week.", "Two"),
    ],
)
def test_long_participle_phrase_is_read(seed_corpus, text, figure):
    found = fires(seed_corpus, text)
    assert len(found) == 1 and found[0].split()[0] == figure


@pytest.mark.parametrize(
    "text",
    [
        # the same count with a source
        "Three guards posted at the election commission's regional office on the outskirts of"
        " the old city were killed on Tuesday, police said.",
        # a clause inside the phrase: its verb is not the count's
        "Two constables deployed in the village where militants were killed last month have"
        " returned to their posts.",
        "Four teachers transferred to the district's schools when attackers were killed nearby"
        " have resumed classes.",
    ],
)
def test_participle_look_alikes_stay_silent(seed_corpus, text):
    assert fires(seed_corpus, text) == []
