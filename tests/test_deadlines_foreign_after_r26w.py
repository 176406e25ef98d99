"""Another country's order told by the day after its cut-off: "would be required to leave
<country> after <date>" names the cut-off (the day after which staying is barred), so it is held
to that country's record even when the record has no day enforcement starts; a start of
expulsions told for that country ("will be expelled from … after", "the start of the
expulsions") stays unknown, as before. An estimate of how many must leave ("estimated that some
200,000 … would be required to leave …") hedges the figure, not the order.

Uses the fictional ledger of :mod:`tests.test_deadlines_country` (Borduria's order: 6 July 2032,
extended to 6 September; no ``enforcement_from``).
"""

from __future__ import annotations

import pytest

from narrlint.knowledge.corpus import load_corpus

from .deadlines_support import codes
from .test_deadlines_country import BEFORE, LEDGER


@pytest.fixture(scope="module")
def borduria(tmp_path_factory):
    folder = tmp_path_factory.mktemp("countries_after")
    (folder / "ledger.yaml").write_text(LEDGER, encoding="utf-8")
    return load_corpus([str(folder)], seeds=False)


LEAVING_AFTER = (
    "Undocumented migrants would be required to leave Borduria after {date}.",
    "Illegal migrants are required to leave Borduria after {date}, the envoy said.",
    "Aid groups estimated that some 200,000 undocumented migrants would be required to leave "
    "Borduria after {date} unless the cut-off was extended.",
)


@pytest.mark.parametrize("form", LEAVING_AFTER)
def test_leaving_the_other_country_after_a_day_is_its_cut_off(borduria, form):
    assert codes(borduria, form.format(date="July 6"), BEFORE) == []
    assert codes(borduria, form.format(date="August 6"), BEFORE) == ["NL101"]


LOOK_ALIKES = (
    # a start of expulsions, not the cut-off: the record has no day for it
    "Undocumented migrants will be expelled from Borduria after {date}.",
    "Borduria has set {date} for the start of the expulsions of undocumented migrants.",
    # a forecast of departures, not an order
    "Aid groups expect that many undocumented migrants will be required to leave Borduria "
    "after {date}.",
    # an estimate of whether, not of how many
    "Aid groups estimated that Borduria would expel undocumented migrants after {date}.",
)


@pytest.mark.parametrize("form", LOOK_ALIKES)
def test_a_start_or_a_forecast_for_the_other_country_stays_silent(borduria, form):
    assert codes(borduria, form.format(date="August 6"), BEFORE) == []
