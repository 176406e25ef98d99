"""NL301: two more shapes of a modifier run before the refugees' noun (GitHub issue 11).

* "illegal as well as legal Afghan refugees": "as well as" joins two modifiers on one head as
  "and" does ("illegal and legal Afghan refugees"), so the denying one still falls on the
  refugees;
* "illegal resident Afghan refugees": a word of staying used before the noun ("resident") is
  part of the modifier run, not a noun ending the phrase ("illegal residents").

Found by the round-16 mutation diagnostic (real passages' "illegal as well as legal migrants"
and "illegal resident Afghans" with their noun made refugees). The same runs on a noun of no
refugee status, or a noun of its own, stay silent.

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2024-03-31"


@pytest.mark.parametrize(
    "text",
    [
        "Cases were registered against illegal as well as legal Afghan refugees.",
        "Police rounded up undocumented as well as documented Afghan refugees in Quetta.",
        "Illegal resident Afghan refugees will have to leave Pakistan.",
        "The minister said illegally resident Afghan refugees must go.",
    ],
)
def test_a_denying_modifier_in_the_run(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        "Cases were registered against illegal as well as legal Afghans.",
        "Police rounded up undocumented Afghans as well as registered refugees in Quetta.",
        "Illegal resident Afghans will have to leave Pakistan.",
        "Illegal residents will have to leave Pakistan.",
        "Police detained illegal residents as well as Afghan refugees.",
    ],
)
def test_clean_look_alikes_stay_silent(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []
