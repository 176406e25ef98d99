"""NL301 and NL302: group words inside a name (GitHub issue 11).

An office ("Minister for Refugees", "UN High Commissioner for Refugees") or an institution
("Commissionerate for Afghan Refugees") names a post or a body, not people: no group is read
from it. A plan's name ("Illegal Foreigners' Repatriation Plan") names the plan, whichever
apostrophe the newsroom types. Headline capitals alone name no office.

The sentences are invented; the groups and phases are the ledger's.
"""

import pytest

from .test_categories_reading import PHASE1, PHASE2, found, read_claims

OFFICES = (
    "the Minister for Refugees",
    "the Taliban's Minister for Refugees",
    "UN High Commissioner for Refugees",
    "the United Nations High Commissioner for Refugees",
    "the Chief Commissioner for Afghan Refugees",
    "the Commissionerate for Afghan Refugees",
    "the Ministry of Refugees and Repatriation",
    "the Minister for Refugees and Repatriation",
)
SENTENCES = (
    "{o} met officials in Peshawar on Monday.",
    "On Monday, {o} said the returns would go on.",
    "Officials told {o} that 800,000 ACC holders must leave.",
)


def _group_words(corpus, text: str) -> list[str]:
    return [c.span.text for c in read_claims(corpus, text, PHASE2)]


def test_an_office_or_a_body_names_no_group_grid(seed_corpus):
    read = {}
    for template in SENTENCES:
        for office in OFFICES:
            text = template.format(o=office)
            read[text] = [w for w in _group_words(seed_corpus, text) if "refugee" in w.lower()]
    assert not any(read.values()), {t: w for t, w in read.items() if w}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # group words that name people stay groups: a headline's capitals, an office noun
        # in lower case, an office named apart from the group
        ("Ticking Clock for Illegal Afghan Refugees", ["Illegal Afghan Refugees"]),
        ("The office for refugees in Peshawar counted them.", ["refugees"]),
        ("The Minister said Afghan refugees must leave.", ["Afghan refugees"]),
        ("The Ministry of Interior ordered Afghan Refugees to leave.", ["Afghan Refugees"]),
    ],
)  # fmt: skip
def test_group_words_outside_a_name_are_still_read(seed_corpus, text, expected):
    assert _group_words(seed_corpus, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phrase that fuses two groups next to an office is still reported
        ("The Minister for Refugees said undocumented Afghan refugees must leave.", ["NL301"]),
        ("UN High Commissioner for Refugees Filippo Grandi met illegal refugees.", ["NL301"]),
        ("The Chief Commissioner for Afghan Refugees said 800,000 ACC holders are refugees.",
         ["NL301"]),
        # the office alone is silent
        ("The Minister for Refugees said undocumented Afghans must leave.", []),
        ("The UN High Commissioner for Refugees said ACC holders must leave.", []),
    ],
)  # fmt: skip
def test_findings_beside_an_office(seed_corpus, text, expected):
    assert found(seed_corpus, text, PHASE2) == expected


APOSTROPHES = ("'", "’")


@pytest.mark.parametrize("apostrophe", APOSTROPHES)
@pytest.mark.parametrize(
    "template",
    [
        "The second phase of the Illegal Foreigners{a} Repatriation Plan would begin after Eid.",
        "Officials said phase two of the Illegal Foreigners{a} Repatriation Plan is due.",
        "The third phase of the illegal foreigners{a} repatriation plan starts in September.",
    ],
)
def test_a_plans_name_with_either_apostrophe_names_no_phase_target(
    seed_corpus, template, apostrophe
):
    assert found(seed_corpus, template.format(a=apostrophe), PHASE1) == []


@pytest.mark.parametrize("apostrophe", APOSTROPHES)
def test_a_group_outside_the_plans_name_is_still_paired(seed_corpus, apostrophe):
    text = (
        f"The second phase of the Illegal Foreigners{apostrophe} Repatriation Plan targets "
        "PoR card holders."
    )
    assert found(seed_corpus, text, PHASE1) == ["NL301"]
