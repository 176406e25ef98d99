"""NL201, round 25's casualties hunt (r24-opened cc-019): after a credited increment ("eight
more fatalities"), "This brings the total casualties to 43 dead and 177 injured" is a running
total, a figure of its own that needs its own source, as "the toll rose to 60" does. A total
equal to the credited count, or one moved by a participle after a comma (", bringing the toll
to 31"), is read as before.

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "Hospital sources confirmed that the latest shelling killed six more people and injured "
        "nine. This brings the total casualties in the district to 38 dead and 140 injured.",
        "Rescue officials said two more bodies were recovered on Friday. This takes the death "
        "toll from the collapse to 17.",
    ],
)
def test_a_running_total_needs_its_own_source(seed_corpus, text):
    assert fires(seed_corpus, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Hospital officials said four more people died overnight, bringing the death toll to 31.",
        "Police said four people were killed in the clash. This brings the number of those "
        "killed this month to four.",
    ],
)
def test_a_participle_or_an_equal_total_is_read_as_before(seed_corpus, text):
    assert fires(seed_corpus, text) == []
