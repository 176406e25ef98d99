"""A title of an office no one held on the draft's date, whose work a lower post did (a
mission headed by a chargé d'affaires later made ambassador: the lower post ``ended_by:
promoted`` the day the office's tenure starts), is NL402 where it names no one or the head of
mission in another spelling. Look-alikes stay silent: the date after the promotion, a title
that as written is no one office's ("Ambassador" with another country's owner), a name with
no word of the head of mission's, a title written as past, and a title whose head noun the
lower post has ("IT minister" for the Minister of State who headed the ministry).

The fictional ledger below (no real person): Kai Brun Alder headed Arcadia's mission in
Sylvania as chargé d'affaires until 2025-05-30, then as ambassador; Sylvania's own ambassador
to Arcadia is Ute Sand throughout; Ola Fenn was Minister of State for IT until made its
federal minister on 2025-03-07."""

import pytest

from .conftest import ledger_corpus
from .titles_support import found

LEDGER = """\
version: 1
offices:
  - {id: ar_amb_sy, name: Arcadian ambassador to Sylvania, country: Arcadia,
     titles: [ambassador, arcadian ambassador, arcadian ambassador to sylvania]}
  - {id: ar_cda_sy, name: Arcadian chargé d'affaires in Sylvania, country: Arcadia,
     titles: [arcadian chargé d'affaires, chargé d'affaires]}
  - {id: sy_amb_ar, name: Sylvanian ambassador to Arcadia, country: Sylvania,
     titles: [ambassador, sylvanian ambassador]}
  - {id: sy_it, name: Federal Minister for IT of Sylvania, country: Sylvania,
     titles: [it minister, federal it minister]}
  - {id: sy_mos_it, name: Minister of State for IT of Sylvania, country: Sylvania,
     titles: [minister of state for it]}
people:
  - id: kai_alder
    name: Kai Brun Alder
    aliases: [kai brun alder, kai alder]
    posts:
      - {id: alder_cda, office: ar_cda_sy, title: Arcadian chargé d'affaires in Sylvania,
         start: '2021-10-30', end: '2025-05-30', ended_by: promoted,
         source: https://example.invalid/ar/alder}
      - {id: alder_amb, office: ar_amb_sy, title: Arcadian ambassador to Sylvania,
         start: '2025-05-30', end: null, source: https://example.invalid/ar/alder2}
  - id: ola_fenn
    name: Ola Fenn
    aliases: [ola fenn]
    posts:
      - {id: fenn_mos, office: sy_mos_it, title: Minister of State for IT, start: '2024-03-11',
         end: '2025-03-07', ended_by: promoted, source: https://example.invalid/sy/fenn}
      - {id: fenn_it, office: sy_it, title: Federal Minister for IT, start: '2025-03-07',
         end: null, source: https://example.invalid/sy/fenn2}
  - id: ute_sand
    name: Ute Sand
    aliases: [ute sand]
    posts:
      - {id: sand_amb, office: sy_amb_ar, title: Sylvanian ambassador to Arcadia,
         start: '2020-01-01', end: null, source: https://example.invalid/sy/sand}
"""

BEFORE = "2025-04-19"
AFTER = "2025-07-01"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


@pytest.mark.parametrize(
    "text",
    [
        "The delegation also included the Arcadian Ambassador to Sylvania and other officials.",
        "Arcadian ambassador Kai Alder Bron rushed to the capital to brief officials.",
        "The minister met the Arcadian ambassador on Monday.",
    ],
)
def test_an_office_no_one_held_is_reported(ledger, text):
    assert found(ledger, text, BEFORE) == ["NL402"], text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The delegation also included the Arcadian Ambassador to Sylvania.", AFTER),
        ("The minister met the Arcadian ambassador on Monday.", AFTER),
        # no one office's title as written, another name, a past title
        ("He was talking to the US Ambassador to Sylvania, who called on him.", BEFORE),
        ("Arcadian ambassador Lena Ostrova rushed to the capital.", BEFORE),
        ("The former Arcadian ambassador rushed to the capital.", BEFORE),
        # a Minister of State heading the ministry, loosely called its minister
        ("The IT minister will open the park on Monday.", "2024-06-01"),
        # the chargé d'affaires, rightly titled
        ("Arcadian chargé d'affaires Kai Brun Alder rushed to the capital.", BEFORE),
    ],
)
def test_the_holder_or_another_title_stays_silent(ledger, text, day):
    assert found(ledger, text, day) == [], text
