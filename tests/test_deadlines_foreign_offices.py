"""Another country's deadline stays another country's when the ledger records its offices.

The guard that drops a deadline set by an authority the ledger does not know ("Iran has set a
July 6 deadline …") reads the names the ledger knows. An office abroad is recorded for the title
rules (Germany's interior minister, quoted on the Afghans awaiting German resettlement); its
country, titles and holders must not make that country an authority of the ledger's orders
(``dates_lexicon.home_countries``: the orders' country and their people's). The grid: three
shapes of a foreign authority setting a wrong day, for Germany (an office in the seed ledger)
and Iran (an office and holder added by a second ledger), silent; the same shapes for Pakistan
report it.
"""

from __future__ import annotations

import pytest

from narrlint.claims.dates_lexicon import home_countries, lexicon_for
from narrlint.knowledge.corpus import load_corpus

from .deadlines_support import codes
from .test_deadlines import read_dates

WHEN = "2023-10-20"
"""Within the first phase (cut-off 1 November 2023): July 6 is nobody's date of it."""

FORMS = (
    "{country} has set a July 6 deadline for undocumented Afghans to leave the country.",
    "{country}'s interior ministry ordered undocumented Afghans to leave by July 6.",
    "{country} gave undocumented Afghan migrants until July 6 to leave.",
)

IRAN_OFFICES = """\
version: 1
offices:
  - id: fixture_interior_minister_ir
    name: Minister of Interior of Iran
    country: Iran
    titles: [iranian interior minister, interior minister of iran, interior minister]
    source: https://example.invalid/iran/interior
people:
  - id: fixture_eskandar_momeni
    name: Eskandar Momeni
    aliases: [{name: momeni, surname: true}]
    source: https://example.invalid/iran/momeni
    posts:
      - id: fixture_eskandar_momeni_interior_ir
        office: fixture_interior_minister_ir
        title: Minister of Interior (Iran)
        start: '2024-08-21'
        source: https://example.invalid/iran/momeni
"""
"""A ledger of one office abroad and its holder, merged into the seed ledger."""


@pytest.fixture(scope="module")
def with_iran(tmp_path_factory):
    folder = tmp_path_factory.mktemp("iran")
    (folder / "ledger.yaml").write_text(IRAN_OFFICES, encoding="utf-8")
    return load_corpus([str(folder)])


def test_the_orders_belong_to_pakistan_and_their_people_to_afghanistan(seed_corpus, with_iran):
    assert home_countries(seed_corpus.ledger) == {"Pakistan", "Afghanistan"}
    assert home_countries(with_iran.ledger) == {"Pakistan", "Afghanistan"}
    known = lexicon_for(with_iran).known
    assert {"iran", "iranian", "momeni", "germany", "dobrindt"}.isdisjoint(known)
    assert {"pakistan", "afghanistan", "naqvi", "interior"} <= known


@pytest.mark.parametrize("form", FORMS)
def test_a_foreign_office_in_the_ledger_does_not_make_its_country_ours(
    seed_corpus, with_iran, form
):
    assert codes(seed_corpus, form.format(country="Germany"), WHEN) == []
    assert codes(with_iran, form.format(country="Iran"), WHEN) == []
    assert codes(with_iran, form.format(country="Pakistan"), WHEN) == ["NL101"]


def test_the_foreign_deadline_says_whose_it_is(with_iran):
    text = "Iran has set a July 6 deadline for undocumented Afghans to leave."
    ((claim, resolved),) = read_dates(with_iran, text, WHEN)
    assert claim.candidates == () and "by Iran" in resolved.reason
