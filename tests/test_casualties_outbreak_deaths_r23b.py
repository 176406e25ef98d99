"""NL201, round 23's second casualties hunt (dev r22-opened ob-038, a false alarm): an
outbreak's deaths told right after its credited case count, with no time or place of their own
(their breakdown by place after a dash is theirs), complete the same report ("…, the health
department said, 812 cholera cases … Six deaths were reported in the district"), as an injury
count complements a credited toll. After an uncredited case count, or as deaths of a time or
an incident of their own, they need their own source.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires

CASES = "The health department said 812 cholera cases were recorded in the district this month."


@pytest.mark.parametrize(
    "deaths",
    [
        "Six deaths were reported in the district.",
        "Six deaths were reported in the district – four in Sibi and two in Dhadar.",
    ],
)
def test_an_outbreaks_deaths_complete_its_credited_cases(seed_corpus, deaths):
    assert fires(seed_corpus, f"{CASES} {deaths}") == []


@pytest.mark.parametrize(
    "text",
    [
        "A total of 812 cholera cases were recorded in the district this month. Six deaths were "
        "reported in the district.",
        f"{CASES} Six deaths were reported on Friday.",
        f"{CASES} Six people were killed in a blast in Quetta.",
    ],
)
def test_deaths_of_no_credited_outbreak_still_need_a_source(seed_corpus, text):
    assert fires(seed_corpus, text) != []
