"""A day written without its year in a sentence that speaks of what is to come ("is expected
to visit … on September 18", "will meet on …"), after the future word, is the coming day, not
last year's: the sentence's titles are judged on it. Before, "Former President X is expected
to visit on <a day two months ahead>" was read as of that day last year, before X's present
tenure, and "former" went unjudged (dev news-r23-ti-038, real text). The coming day is taken
only where last year's lies more than half a year back.

Silent: the same day told in the past ("visited … on …", a past day then out of the present
tenure), a future word after the date ("On <day>, X said she will …"), a former holder who
does not hold the post again.

A fictional ledger: Eva Holt was president of Sylvania from 2015 to 2019 and again since
2022-01-20 (Jon Ray in between)."""

import pytest

from .conftest import ledger_corpus, lint_text

LEDGER = """\
version: 1
offices:
  - {id: president_sy, name: President of Sylvania, country: Sylvania, titles: [president]}
people:
  - id: eva_holt
    name: Eva Holt
    aliases: [eva holt]
    posts:
      - {id: holt_first, office: president_sy, title: President, start: '2015-01-20',
         end: '2019-01-20', successor: jon_ray, source: https://example.invalid/sy/holt-1}
      - {id: holt_second, office: president_sy, title: President, start: '2022-01-20',
         end: null, source: https://example.invalid/sy/holt-2}
  - id: jon_ray
    name: Jon Ray
    aliases: [jon ray]
    posts:
      - {id: ray_president, office: president_sy, title: President, start: '2019-01-20',
         end: '2022-01-20', source: https://example.invalid/sy/ray}
"""

DAY = "2022-07-15"
"""Draft's date: a "September 20" ahead is 67 days away; last year's, 2021-09-20, falls in
Jon Ray's tenure."""


@pytest.fixture(scope="module")
def returned(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def _codes(corpus, text, day=DAY):
    return [f.code for f in lint_text(corpus, text, date=day, codes=("NL401", "NL402"))]


@pytest.mark.parametrize(
    "text",
    [
        "Former President Eva Holt is expected to visit Northport on September 20 for talks.",
        "Former President Eva Holt will open the new bridge on September 20, officials said.",
        "Officials said ex-President Eva Holt is scheduled to address the assembly on "
        "September 20.",
    ],
)
def test_former_before_a_coming_day_is_judged_on_the_drafts_date(returned, text):
    assert _codes(returned, text) == ["NL402"], text


@pytest.mark.parametrize(
    "text, day",
    [
        # told in the past: last year's day, in another's tenure
        ("Former President Eva Holt visited Northport on September 20 for talks.", DAY),
        # the future word after the date: the sentence tells of that day
        ("On September 20, former President Eva Holt said she will visit Northport.", DAY),
        # a former holder not in office again
        ("Former President Jon Ray is expected to visit Northport on September 20.", DAY),
    ],
)
def test_a_day_of_the_past_or_a_former_holder_stays_silent(returned, text, day):
    assert _codes(returned, text, day) == [], text
