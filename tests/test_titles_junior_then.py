"""The senior post of a junior minister's own ministry ("Foreign Minister X" for a Minister of
State for Foreign Affairs) is still NL402's, but the message says what the person was then
instead of "X was never Foreign Minister": the ledger may lack a senior tenure (Hina Rabbani
Khar, minister of state in 2022, was foreign minister in 2011-13, which the ledger did not
record when dev news-r23-ti-005 was read, and NL402 called it a post she "was never" in).

Unchanged: another ministry's title ("was never Interior Minister"), the junior post itself and
its lesser-post rendering (silent).

A fictional ledger: Lena Hart, Minister of State for Foreign Affairs of Sylvania from 2022;
Tomas Reyes, its foreign minister; Mara Quist, its interior minister."""

import pytest

from .conftest import ledger_corpus, lint_text

LEDGER = """\
version: 1
offices:
  - {id: fm_sy, name: Foreign Minister of Sylvania, country: Sylvania,
     titles: [foreign minister, minister of foreign affairs]}
  - {id: mos_fm_sy, name: Minister of State for Foreign Affairs of Sylvania, country: Sylvania,
     titles: [minister of state for foreign affairs, state minister for foreign affairs]}
  - {id: interior_sy, name: Interior Minister of Sylvania, country: Sylvania,
     titles: [interior minister]}
people:
  - id: lena_hart
    name: Lena Hart
    aliases: [lena hart]
    posts:
      - {id: hart_mos, office: mos_fm_sy, title: Minister of State for Foreign Affairs,
         start: '2022-04-19', end: null, source: https://example.invalid/sy/hart}
  - id: tomas_reyes
    name: Tomas Reyes
    aliases: [tomas reyes]
    posts:
      - {id: reyes_fm, office: fm_sy, title: Foreign Minister, start: '2022-04-27', end: null,
         source: https://example.invalid/sy/reyes}
  - id: mara_quist
    name: Mara Quist
    aliases: [mara quist]
    posts:
      - {id: quist_interior, office: interior_sy, title: Interior Minister,
         start: '2022-01-01', end: null, source: https://example.invalid/sy/quist}
"""

DAY = "2023-02-14"


@pytest.fixture(scope="module")
def junior(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def _findings(corpus, text):
    return lint_text(corpus, text, date=DAY, codes=("NL401", "NL402"))


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Lena Hart held talks with the visiting delegation in Northport.",
        "Lena Hart, the foreign minister, said the border would stay open.",
        "The envoy called on Minister of Foreign Affairs Lena Hart on Tuesday.",
    ],
)
def test_the_senior_post_of_the_own_ministry_names_the_junior_post(junior, text):
    (finding,) = _findings(junior, text)
    assert finding.code == "NL402"
    assert finding.message.startswith(
        "Check the title: on record, Lena Hart was then Minister of State for Foreign Affairs"
    ), finding.message
    assert "never" not in finding.message


def test_another_ministrys_title_is_still_never_held(junior):
    (finding,) = _findings(junior, "Interior Minister Lena Hart visited the border post.")
    assert finding.code == "NL402"
    assert "was never Interior Minister" in finding.message, finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Minister of State for Foreign Affairs Lena Hart visited the border post.",
        "Deputy Foreign Minister Lena Hart visited the border post.",
        "Foreign Minister Tomas Reyes visited the border post.",
    ],
)
def test_the_junior_post_and_the_holders_own_stay_silent(junior, text):
    assert _findings(junior, text) == [], text
