"""Another country's orders (``deadlines[].country``): a clause is judged against the orders of
the country it names or implies, never against another country's.

The fictional ledger's own country (Arland) orders undocumented migrants out by 15 August
2032; another country (Borduria) ordered them out of Borduria by 6 July 2032, announced later,
then extended to 6 September. A clause about Borduria's order is held to Borduria's chain (and
never Arland's); a clause about Arland's order, or naming no country, to Arland's (never
Borduria's, although it was announced last); a clause naming a country with no order in the
ledger (Cordovia) stays silent, as before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from narrlint.errors import CorpusError
from narrlint.knowledge.corpus import load_corpus

from .deadlines_support import codes

LEDGER = """\
# A FICTIONAL ledger for tests only.
version: 1
governments:
  - id: arland_gov
    name: Government of Arland
    country: Arland
    terms: [arland government]
    country_terms: [arland, arlandic, arlandia]
    source: https://example.invalid/arland
offices:
  - id: borduria_envoy
    name: Borduria's envoy to Arland
    country: Borduria
    titles: [bordurian envoy, envoy of borduria]
    source: https://example.invalid/envoy
people:
  - id: vasco_krasnov
    name: Vasco Krasnov
    aliases: [{name: krasnov, surname: true}]
    posts:
      - id: krasnov_envoy
        office: borduria_envoy
        title: Envoy
        start: '2031-01-10'
        source: https://example.invalid/krasnov
categories:
  - id: undocumented
    name: Undocumented migrants
    documented: false
    terms: [undocumented migrants, illegal migrants, undocumented foreigners]
    modifiers: [undocumented, illegal]
    heads: [migrants, foreigners]
    source: https://example.invalid/undocumented
  - id: carded
    name: Card holders
    terms: [card holders, registered migrants]
    source: https://example.invalid/carded
deadlines:
  - id: arland_order
    title: Undocumented migrants to leave Arland
    announced: '2032-05-01'
    by: Arland interior ministry
    date: '2032-08-15'
    targets: [undocumented]
    action_lemmas: [leave, deport, expel]
    source: https://example.invalid/arland-order
  - id: borduria_order
    title: Borduria orders undocumented migrants to leave Borduria
    country: Borduria
    country_terms: [borduria, bordurian, szohod]
    announced: '2032-05-20'
    by: Bordurian interior ministry
    date: '2032-07-06'
    targets: [undocumented]
    action_lemmas: [leave, deport, expel]
    extensions:
      - date: '2032-09-06'
        previous: '2032-07-06'
        announced: '2032-07-08'
        by: Bordurian interior ministry
        source: https://example.invalid/borduria-extension
    source: https://example.invalid/borduria-order
"""

BEFORE = "2032-07-01"
"""A text while both orders run: Borduria's cut-off (6 July) ahead, Arland's (15 August) too."""
AFTER = "2032-07-12"
"""A text after Borduria extended its cut-off to 6 September."""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("countries")
    (folder / "ledger.yaml").write_text(LEDGER, encoding="utf-8")
    return load_corpus([str(folder)], seeds=False)


def test_the_loader_reads_the_country_and_refuses_terms_without_one(tmp_path, corpus):
    order = corpus.ledger.deadlines["borduria_order"]
    assert order.country == "Borduria"
    assert order.country_terms == ("borduria", "bordurian", "szohod")
    assert corpus.ledger.deadlines["arland_order"].country is None
    bad = LEDGER.replace("    country: Borduria\n", "")
    (tmp_path / "ledger.yaml").write_text(bad, encoding="utf-8")
    with pytest.raises(CorpusError, match="country_terms"):
        load_corpus([str(tmp_path)], seeds=False)


def test_the_chain_picker_keeps_each_countrys_orders_apart(corpus):
    ledger = corpus.ledger
    day = dt.date(2032, 7, 1)
    own = ledger.deadline_chain_in_force("undocumented", None, day)
    assert own is not None and own.cutoff == dt.date(2032, 8, 15)  # not Borduria's, though later
    theirs = ledger.deadline_chain_in_force("undocumented", None, day, country="Borduria")
    assert theirs is not None and theirs.cutoff == dt.date(2032, 7, 6)
    assert [d.id for d in ledger.deadline_chains("undocumented")] == ["arland_order"]
    assert [d.id for d in ledger.deadline_chains("undocumented", country="borduria")] == [
        "borduria_order"
    ]
    assert ledger.deadline_chains("undocumented", country="Cordovia") == []


FOREIGN = (
    "Borduria has told undocumented migrants to leave the country by {date}.",
    "Bordurian authorities said illegal migrants must leave Borduria by {date} or face arrest.",
    "Undocumented foreigners in Borduria have been given until {date} to leave, Szohod said.",
    "Thousands crossed the border ahead of the {date} deadline set by Borduria for "
    "undocumented migrants to leave.",
)


@pytest.mark.parametrize("form", FOREIGN)
def test_a_clause_naming_the_other_country_is_held_to_its_orders(corpus, form):
    assert codes(corpus, form.format(date="July 6"), BEFORE) == []
    assert codes(corpus, form.format(date="August 15"), BEFORE) == ["NL101"]  # Arland's day


OWN = (
    "Undocumented migrants must leave Arland by {date}.",
    "The Arland government has told illegal migrants to leave the country by {date}.",
    "Undocumented migrants have until {date} to leave, the interior ministry said.",
    "Bordurian migrants without papers are among the undocumented migrants who must leave "
    "Arland by {date}.",
    "Undocumented migrants, Bordurian and other foreign nationals among them, must leave by "
    "{date}.",
)


@pytest.mark.parametrize("form", OWN)
def test_a_clause_of_the_ledgers_own_country_is_never_held_to_anothers(corpus, form):
    assert codes(corpus, form.format(date="August 15"), BEFORE) == []
    assert codes(corpus, form.format(date="July 6"), BEFORE) == ["NL101"]  # Borduria's day


def test_a_clause_naming_both_countries_is_not_judged_as_the_others(corpus):
    text = "Borduria and Arland have both told undocumented migrants to leave by {date}."
    assert codes(corpus, text.format(date="August 15"), BEFORE) == []


def test_an_extension_told_after_the_other_countrys_order_is_its_own(corpus):
    first = "Borduria has ordered undocumented migrants to leave the country by July 6. "
    assert codes(corpus, first + "The deadline was later extended to September 6.", AFTER) == []
    wrong = first + "The deadline was later extended to September 20."
    assert codes(corpus, wrong, AFTER) == ["NL101"]


def test_an_extension_after_a_sentence_of_the_own_country_stays_its_own(corpus):
    first = "Arland has ordered undocumented migrants to leave the country by August 15. "
    text = first + "The deadline was later extended to September 6."
    assert "NL101" not in codes(corpus, first + "They must leave by August 15.", AFTER)
    assert codes(corpus, text, BEFORE) != []  # not accepted as Borduria's extension


LOOK_ALIKES = (
    "Cordovia has told undocumented migrants to leave the country by {date}.",
    "Undocumented migrants in Cordovia have until {date} to leave.",
)


@pytest.mark.parametrize("form", LOOK_ALIKES)
def test_a_country_without_orders_in_the_ledger_stays_silent(corpus, form):
    for date in ("July 6", "August 15", "October 2"):
        assert codes(corpus, form.format(date=date), BEFORE) == []


def test_an_official_of_the_other_country_ties_the_clause_to_its_orders(corpus):
    """A person whose every post is the other country's speaks for its orders: the paragraph's
    country need not be named in the sentence."""
    form = "Krasnov stressed that the plan gave undocumented migrants until {date} to leave."
    assert codes(corpus, form.format(date="July 6"), BEFORE) == []
    assert codes(corpus, form.format(date="August 15"), BEFORE) == ["NL101"]


def test_two_windows_for_an_order_of_the_other_country_not_on_record_conflict(corpus):
    """An order of the other country that its record does not hold (years before it) is still
    that country's: two windows the draft gives it in two sentences cannot both be right."""
    text = (
        "The ministry denied reports that Borduria had given a three-month ultimatum to "
        "card holders to leave. A Bordurian newspaper reported last week that card holders in "
        "Borduria had been asked to leave the country in {n} months."
    )
    assert codes(corpus, text.format(n="six"), "2029-12-24") == ["NL102"]
    assert codes(corpus, text.format(n="three"), "2029-12-24") == []


def test_a_start_of_expulsions_the_other_countrys_record_has_no_day_for_stays_silent(corpus):
    """The other country's order records no ``enforcement_from``: a start told for it is
    unknown to the record (as for a country without orders), not a cut-off to compare."""
    text = "Borduria has set September 15 for the start of the expulsions of undocumented migrants."
    assert codes(corpus, text, AFTER) == []
