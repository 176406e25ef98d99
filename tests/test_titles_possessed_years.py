"""A year between a possessive and an event ("Prime Minister X's 2020 visit to the capital",
"the minister's 2019 speech") places what the sentence tells of that event in that year, as
"during his 2020 visit" does: a title the person held then is right, not stale (NL401).

Still judged: the same sentence with no year or with a year after the tenure, a title not
yet held in that year in a draft of that year (NL402), and a year before a noun that is no
event ("X's 2020 plan").

A fictional ledger: Lars Eng was Sylvania's prime minister from 2018-08-01 to 2022-04-10,
Tova Rask after him; Tova Rask is its interior minister only from 2024-03-01."""

import pytest

from .conftest import ledger_corpus, lint_text
from .titles_support import CODES

LEDGER = """\
version: 1
offices:
  - {id: pm_sy, name: Prime Minister of Sylvania, country: Sylvania, titles: [prime minister]}
  - {id: interior_sy, name: Interior Minister of Sylvania, country: Sylvania,
     titles: [interior minister]}
people:
  - id: lars_eng
    name: Lars Eng
    aliases: [lars eng]
    posts:
      - {id: eng_pm, office: pm_sy, title: Prime Minister, start: '2018-08-01',
         end: '2022-04-10', source: https://example.invalid/sy/eng}
  - id: tova_rask
    name: Tova Rask
    aliases: [tova rask]
    posts:
      - {id: rask_pm, office: pm_sy, title: Prime Minister, start: '2022-04-10', end: null,
         source: https://example.invalid/sy/rask-pm}
      - {id: rask_interior, office: interior_sy, title: Interior Minister,
         start: '2024-03-01', end: null, source: https://example.invalid/sy/rask}
"""

DAY = "2025-06-01"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def codes(corpus, text, day=DAY):
    return [f.code for f in lint_text(corpus, text, date=day, codes=CODES)]


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Lars Eng's 2020 visit to the border was the last by a head of government.",
        "Prime Minister Lars Eng’s 2019 speech at the assembly is still quoted by refugees.",
        "Aid groups recall Prime Minister Lars Eng's 2021 talks with the border tribes.",
    ],
)
def test_a_title_of_a_possessed_event_dated_inside_the_tenure_is_silent(ledger, text):
    assert codes(ledger, text) == [], text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # no year, or a year after the tenure: the draft's date
        ("Prime Minister Lars Eng's visit to the border was the last by a head of government.",
         "NL401"),
        ("Prime Minister Lars Eng's 2023 visit to the border was the last by a head of "
         "government.", "NL401"),
        # no event: a plan outlives its year
        ("Prime Minister Lars Eng's 2020 plan for the border is still in force.", "NL401"),
    ],
)  # fmt: skip
def test_a_possessed_event_outside_the_tenure_is_still_judged(ledger, text, code):
    assert codes(ledger, text) == [code], text


def test_a_title_not_yet_held_in_the_events_year_is_still_judged(ledger):
    """Before the post was taken up (a draft of late 2023), its year places nothing inside it."""
    text = "Interior Minister Tova Rask's 2023 visit to the border was her first."
    assert codes(ledger, text, day="2023-12-01") == ["NL402"], text
