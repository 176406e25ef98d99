"""A title joined by "and" to a party's or a body's role written in lower case before the
name (round 27's titles miss hunt: hunt-titles-r27.yaml, r27-ht-048, "produce former prime
minister and PTI founder X" with "former" taken out): the first title is still the name's
("prime minister and PTI founder X", "Information Minister and PML-N leader X"). Paraphrases, none
copied from the dev passage, read against the seed ledger; and look-alikes that stay silent
(the role after a determiner or without a body's name, the first title right, two people)."""

import pytest

from .conftest import lint_text

FOUND = [
    (
        "2024-11-02",
        "The court directed the jail superintendent to present prime minister and PTI founder "
        "Imran Khan before the bench on Monday.",
        "NL401",
    ),
    (
        "2025-02-11",
        "Supporters gathered outside the jail to greet Prime Minister and PTI chief Imran Khan.",
        "NL401",
    ),
    (
        "2025-02-11",
        "Information Minister and PML-N leader Marriyum Aurangzeb opened the exhibition.",
        "NL401",
    ),
]

CLEAN = [
    (
        "2024-11-02",
        "The court directed the jail superintendent to present former prime minister and PTI "
        "founder Imran Khan before the bench on Monday.",
    ),
    (
        "2025-02-11",
        "Prime Minister Shehbaz Sharif and PTI founder Imran Khan were named in the report.",
    ),
    ("2025-02-11", "The prime minister and the PTI founder Imran Khan were both mentioned."),
    (
        "2025-02-11",
        "Interior Minister and PCB chairman Mohsin Naqvi chaired the meeting in Lahore.",
    ),
    (
        "2025-02-11",
        "Foreign Minister and PPP leader Ishaq Dar met the visiting envoy.",
    ),
]


@pytest.mark.parametrize(("date", "text", "code"), FOUND)
def test_title_before_a_bodys_role_is_judged(seed_corpus, date, text, code):
    found = lint_text(seed_corpus, text, date=date, codes=("NL401", "NL402"))
    assert [f.code for f in found] == [code], text


@pytest.mark.parametrize(("date", "text"), CLEAN)
def test_right_or_separate_titles_stay_silent(seed_corpus, date, text):
    assert lint_text(seed_corpus, text, date=date, codes=("NL401", "NL402")) == [], text
