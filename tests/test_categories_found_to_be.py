"""NL301: "found to be" between refugees and what is said of them ("Afghan refugees found to be
residing in Punjab without proper documentation", "... were found to be living illegally")
(GitHub issue 11).

"Found", like "believed" or "said", only reports how the status came to be known: what
follows is still said of the refugees, as in "Afghan refugees were living illegally". Found
by the round-16 mutation diagnostic (a minister's "individuals found to be residing in Punjab
without proper documentation" with its noun made refugees). A noun of no refugee status, a
predicate of papers held, or a "found" that is no report of a status stays silent.

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import PHASE1, found


@pytest.mark.parametrize(
    "text",
    [
        "Afghan refugees found to be residing in Punjab without proper documentation will face"
        " arrest.",
        "Police said the Afghan refugees were found to be living illegally in Karachi.",
        "Afghan refugees who were found to be undocumented were sent to holding centres.",
    ],
)
def test_a_status_reported_as_found(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        "Afghans found to be residing in Punjab without proper documentation will face arrest.",
        "Afghan refugees found to be holding valid PoR cards were released.",
        "Afghan refugees were found dead in a container near Quetta.",
        "Afghan refugees found shelter in camps near Peshawar.",
    ],
)
def test_clean_look_alikes_stay_silent(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == []
