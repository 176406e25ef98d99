"""A capital that refuses is the government, not the city (issue 11, round 20: dev
news-r19-ob-032, "Islamabad has refused to extend the deportation deadline for ACC holders …,
maintaining that all undocumented foreigners need to leave the country by …", an edited
passage). As "Islamabad has ordered …" already was, a capital before a verb of refusing
("refused", "declined", "rejected") names no place, so the national order judges the date and
the twin cities' relocation order does not. Look-alike: an order for the twin cities that
names them as places stays theirs.

Orders from the seed ledger: ifrp_phase2_acc (ACC holders and the undocumented, by 31 March
2025) and twin_cities_relocation (leave Islamabad and Rawalpindi by 28 February 2025).
"""

import pytest

from .deadlines_support import codes

WHEN = "2025-03-21"
REFUSALS = (
    "Islamabad has refused to extend the deportation deadline for ACC holders, maintaining "
    "that all undocumented foreigners need to leave the country by {date}.",
    "Islamabad declined to extend the deadline for Afghan Citizen Card holders, who must leave "
    "the country by {date}.",
)


@pytest.mark.parametrize("form", REFUSALS)
@pytest.mark.parametrize(("date", "wrong"), [("March 31", False), ("June 30", True)])
def test_a_refusing_capital_is_the_government(seed_corpus, form, date, wrong):
    expected = ["NL101"] if wrong else []
    assert codes(seed_corpus, form.format(date=date), WHEN) == expected


def test_the_twin_cities_order_stays_theirs(seed_corpus):
    text = "Afghans without valid visas were told to leave Islamabad and Rawalpindi by February 28."
    assert codes(seed_corpus, text, "2025-02-10") == []
