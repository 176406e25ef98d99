"""A title several offices of one country share ("spokesperson": the foreign ministry's and a
party's), narrowed by the body written with the country that owns it: after the title ("…,
spokesperson for Sylvania's Ministry of Foreign Affairs", "…, the spokesperson for Sylvania's
foreign office") or before it ("Sylvania Ministry of
Foreign Affairs spokesperson X"). Look-alikes: another country's body is not the ledger's
office (not judged), and the right holder stays silent.

A fictional ledger: Ana Holt is the foreign ministry's spokesperson from 2023 to 2024-12-31,
Ben Kale only from 2025-01-02; a party's spokesperson post shares the bare title."""

import pytest

from .conftest import ledger_corpus, lint_text
from .titles_support import CODES

LEDGER = """\
version: 1
offices:
  - {id: fo_spox_sy, name: Spokesperson of the Ministry of Foreign Affairs of Sylvania,
     country: Sylvania, titles: [foreign office spokesperson,
     spokesperson of the ministry of foreign affairs, spokesperson]}
  - {id: party_spox_sy, name: Spokesperson of the Sylvan League, country: Sylvania,
     holders: many, titles: [league spokesperson, spokesperson]}
  - {id: fo_spox_ar, name: Spokesperson of the Ministry of Foreign Affairs of Arcadia,
     country: Arcadia, titles: [arcadian foreign office spokesperson]}
people:
  - id: ana_holt
    name: Ana Holt
    aliases: [ana holt]
    posts:
      - {id: holt_spox, office: fo_spox_sy, title: Spokesperson, start: '2023-01-01',
         end: '2024-12-31', source: https://example.invalid/sy/holt}
  - id: ben_kale
    name: Ben Kale
    aliases: [ben kale]
    posts:
      - {id: kale_spox, office: fo_spox_sy, title: Spokesperson, start: '2025-01-02',
         end: null, source: https://example.invalid/sy/kale}
"""

DAY = "2024-09-06"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def found(corpus, text):
    return [f.code for f in lint_text(corpus, text, date=DAY, codes=CODES)]


@pytest.mark.parametrize(
    "text",
    [
        "Ben Kale, spokesperson for Sylvania's Ministry of Foreign Affairs, stressed the point.",
        "Ben Kale, the spokesperson for Sylvania’s foreign office, said the talks go on.",
        "Sylvania Ministry of Foreign Affairs spokesperson Ben Kale confirmed on Thursday that "
        "talks go on.",
    ],
)
def test_the_owners_body_narrows_the_shared_title(ledger, text):
    assert found(ledger, text) == ["NL402"], text


@pytest.mark.parametrize(
    "text",
    [
        "Ana Holt, spokesperson for Sylvania's Ministry of Foreign Affairs, stressed the point.",
        "Ben Kale, spokesperson for Arcadia's Ministry of Foreign Affairs, stressed the point.",
        "Arcadia Ministry of Foreign Affairs spokesperson Ben Kale confirmed the talks.",
        "Ben Kale, the spokesperson for Sylvania’s ruling party, said the talks go on.",
    ],
)
def test_the_right_holder_or_another_countrys_body_stays_silent(ledger, text):
    assert found(ledger, text) == [], text
