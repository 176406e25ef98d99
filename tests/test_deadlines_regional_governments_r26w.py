"""A province's government named by its own name ("The Vardia government asked … to leave by
…") sets its own cut-off, as "the provincial government" does (tests/test_deadlines_provincial
_orders.py), even where no order of the ledger applies in that province: the province is known
from the ledger's regional offices ("chief minister of <place>", "governor of <place>"). The
national record does not decide it; the country's own government and an unnamed one are still
held to it, and a capitalised word that is no province ("The Federal government") too.

A fictional ledger (Arland's order: undocumented migrants to leave by 15 August 2032).
"""

from __future__ import annotations

import pytest

from narrlint.knowledge.corpus import load_corpus

from .deadlines_support import codes
from .test_deadlines_country import LEDGER

OFFICE = """offices:
  - id: cm_vardia
    name: Chief Minister of Vardia
    country: Arland
    titles: [chief minister of vardia, vardia chief minister]
    source: https://example.invalid/cm-vardia
"""
WHEN = "2032-07-01"


@pytest.fixture(scope="module")
def regions(tmp_path_factory):
    folder = tmp_path_factory.mktemp("regions")
    (folder / "ledger.yaml").write_text(LEDGER.replace("offices:\n", OFFICE, 1), encoding="utf-8")
    return load_corpus([str(folder)], seeds=False)


REGIONAL = (
    "The Vardia government asked undocumented migrants to leave the province by {date}.",
    "The Vardia government has directed illegal migrants to leave by {date} or face arrest.",
)


@pytest.mark.parametrize("form", REGIONAL)
def test_a_named_provinces_government_is_not_held_to_the_national_record(regions, form):
    assert codes(regions, form.format(date="September 30"), WHEN) == []
    assert codes(regions, form.format(date="August 15"), WHEN) == []


LOOK_ALIKES = (
    "The Arland government asked undocumented migrants to leave the country by {date}.",
    "The government asked undocumented migrants to leave by {date}.",
    # the province's government told, not telling: the national order
    "The Vardia government was directed to make undocumented migrants leave by {date}.",
)


@pytest.mark.parametrize("form", LOOK_ALIKES)
def test_the_countrys_own_government_is_still_held_to_it(regions, form):
    assert codes(regions, form.format(date="September 30"), WHEN) == ["NL101"]
    assert codes(regions, form.format(date="August 15"), WHEN) == []
