"""NL402 "not yet" where the ledger records no holder on the draft's date: a later holder's
name given the title of an office one person holds at a time, in a draft dated in a gap of
the ledger's record of that office, before that person's first recorded tenure ("Governor X"
on a page of a year in which the ledger records no governor, its record reaching back to
earlier governors). The first recorded tenure starts the person's holding of the office,
whoever held it in the gap. Before the record's beginning the ledger decides nothing: a
politician's earlier stints are often missing ("Finance Minister X" of 2016, the record of
the post starting with X's tenure of 2022). Look-alikes that stay silent: that, a kind of post
(a title several offices of the country share), an office several hold at once, a draft
dated within the grace days before the start, a title written as future or reported as the
appointment, and the holder's own dates.

A fictional ledger (no seed text, no real person)."""

import pytest

from .conftest import ledger_corpus, lint_text
from .titles_support import CODES

LEDGER = """\
version: 1
offices:
  - {id: refugee_chief, name: Refugee Commissioner of the Union, country: Union,
     titles: [refugee commissioner, union refugee commissioner]}
  - {id: governor_east, name: Governor of the East Province, country: Ruritania,
     titles: [governor, east governor, governor of the east]}
  - {id: governor_west, name: Governor of the West Province, country: Ruritania,
     titles: [governor, west governor, governor of the west]}
  - {id: adviser_rt, name: Adviser to the Prime Minister of Ruritania, country: Ruritania,
     titles: [prime minister's adviser], holders: many}
  - {id: envoy_rt, name: Ruritania's Envoy for the Union, country: Ruritania,
     titles: [union envoy, envoy for the union]}
  - {id: finance_rt, name: Finance Minister of Ruritania, country: Ruritania,
     titles: [finance minister]}
people:
  - id: pia_roe
    name: Pia Roe
    aliases: [pia roe]
    posts:
      - {id: roe_chief, office: refugee_chief, title: Refugee Commissioner,
         start: '2005-06-15', end: '2010-12-31', source: https://example.invalid/un/roe}
  - id: lea_holt
    name: Lea Holt
    aliases: [lea holt]
    posts:
      - {id: holt_east, office: governor_east, title: Governor of the East Province,
         start: '2011-02-10', end: '2013-02-10', source: https://example.invalid/rt/holt}
  - id: kai_moss
    name: Kai Moss
    aliases: [kai moss]
    posts:
      - {id: moss_finance, office: finance_rt, title: Finance Minister,
         start: '2022-04-19', end: null, source: https://example.invalid/rt/moss}
  - id: mira_sol
    name: Mira Sol
    aliases: [mira sol]
    posts:
      - {id: sol_chief, office: refugee_chief, title: Refugee Commissioner,
         start: '2016-01-01', end: '2025-12-31', source: https://example.invalid/un/sol}
  - id: tom_vik
    name: Tom Vik
    aliases: [tom vik]
    posts:
      - {id: vik_east, office: governor_east, title: Governor of the East Province,
         start: '2024-05-04', end: null, source: https://example.invalid/rt/vik}
  - id: ana_berg
    name: Ana Berg
    aliases: [ana berg]
    posts:
      - {id: berg_adviser, office: adviser_rt, title: Adviser to the Prime Minister,
         start: '2024-01-01', end: null, source: https://example.invalid/rt/berg}
  - id: ola_dahl
    name: Ola Dahl
    aliases: [ola dahl]
    posts:
      - {id: dahl_envoy_1, office: envoy_rt, title: Envoy for the Union,
         start: '2015-01-01', end: '2017-01-01', source: https://example.invalid/rt/dahl1}
      - {id: dahl_envoy_2, office: envoy_rt, title: Envoy for the Union,
         start: '2022-01-01', end: null, source: https://example.invalid/rt/dahl2}
"""


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def codes(corpus, text, day):
    return [f.code for f in lint_text(corpus, text, date=day, codes=CODES)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Refugee Commissioner Mira Sol praised the host province on Tuesday.", "2015-06-23"),
        ("Mira Sol, the union refugee commissioner, praised the host province.", "2014-03-02"),
        ("The host province was praised by Refugee Commissioner Mira Sol.", "2015-12-20"),
        ("East Governor Tom Vik said the problems of the refugees would be met.", "2021-02-26"),
        ("Tom Vik, the governor of the East, met the visiting delegation.", "2019-09-09"),
    ],
)
def test_a_later_holder_in_a_gap_of_the_record_is_wrong(ledger, text, day):
    assert codes(ledger, text, day) == ["NL402"], (text, day)


def test_the_message_says_the_ledger_has_no_earlier_tenure(ledger):
    text = "Refugee Commissioner Mira Sol praised the host province on Tuesday."
    (finding,) = lint_text(ledger, text, date="2015-06-23", codes=("NL402",))
    assert "1 January 2016" in finding.message
    assert "no earlier tenure" in (finding.details or "")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the holder's own dates
        ("Refugee Commissioner Mira Sol praised the host province on Tuesday.", "2016-06-23"),
        ("East Governor Tom Vik said the problems of the refugees would be met.", "2024-06-01"),
        # within the grace days before the recorded start (reported before the oath)
        ("Refugee Commissioner Mira Sol praised the host province on Tuesday.", "2015-12-30"),
        # a kind of post: "Governor" alone may be the West's, whose holders are not on record
        ("Governor Tom Vik said the problems of the refugees would be met.", "2021-02-26"),
        # an office several hold at once: an earlier adviser's post may be missing
        ("Prime Minister's Adviser Ana Berg said the talks would resume.", "2023-01-01"),
        # written as a post to come, or reported as the appointment
        ("Incoming Refugee Commissioner Mira Sol praised the host province.", "2015-11-20"),
        ("Mira Sol was appointed refugee commissioner on Tuesday.", "2015-11-17"),
        # written as past
        ("Former Refugee Commissioner Mira Sol praised the host province.", "2026-02-01"),
        # before the ledger's record of the office begins: an earlier stint may be missing
        ("Finance Minister Kai Moss presented the budget on Friday.", "2016-06-03"),
        ("Refugee Commissioner Mira Sol praised the host province on Tuesday.", "2004-06-22"),
        ("East Governor Tom Vik said the problems of the refugees would be met.", "2010-02-26"),
        ("Union Envoy Ola Dahl arrived on Monday.", "2014-01-01"),
    ],
)
def test_look_alikes_of_a_first_tenure_stay_silent(ledger, text, day):
    assert codes(ledger, text, day) == [], (text, day)


def test_a_title_between_two_recorded_tenures_is_stale_not_early(ledger):
    """Between a person's recorded tenures the title was theirs before: NL401's."""
    assert codes(ledger, "Union Envoy Ola Dahl arrived on Monday.", "2019-01-01") == ["NL401"]
