"""A title written as past ("former …", "ex-…") for a post the ledger holds open again on the
draft's date, after an earlier tenure of the same office, is wrong (NL402), and the fix takes
the word out. Not judged: a holder with no earlier tenure (an open end may be old news), a
sentence placed at another time, a report of the end, "then-", "outgoing", a post taken up
again only days before, and a quotation.

A fictional ledger: Eva Holt was president of Sylvania from 2015 to 2019 and again since
2022-01-20 (Jon Ray in between); Ilse Varga is prime minister since 2022, her only tenure."""

import pytest

from .conftest import ledger_corpus, lint_text

LEDGER = """\
version: 1
offices:
  - {id: president_sy, name: President of Sylvania, country: Sylvania, titles: [president]}
  - {id: pm_sy, name: Prime Minister of Sylvania, country: Sylvania, titles: [prime minister]}
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
  - id: ilse_varga
    name: Ilse Varga
    aliases: [ilse varga]
    posts:
      - {id: varga_pm, office: pm_sy, title: Prime Minister, start: '2022-01-01', end: null,
         source: https://example.invalid/sy/varga}
"""

DAY = "2023-06-01"


@pytest.fixture(scope="module")
def returned(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def _codes(corpus, text, day=DAY):
    return [f.code for f in lint_text(corpus, text, date=day, codes=("NL401", "NL402"))]


@pytest.mark.parametrize(
    "text",
    [
        "Former President Eva Holt said the talks would resume.",
        "The talks will resume, said former President Eva Holt.",
        "Eva Holt, the former president, said the talks would resume.",
        "The envoy met ex-President Eva Holt on Monday.",
        "The erstwhile president Eva Holt has said the talks will resume.",
    ],
)
def test_a_past_title_for_a_post_held_again_is_wrong(returned, text):
    assert _codes(returned, text) == ["NL402"], text


def test_the_fix_takes_the_word_of_the_past_out(returned):
    text = "Former President Eva Holt said so."
    (finding,) = lint_text(returned, text, date=DAY, codes=("NL402",))
    assert finding.message.startswith('Remove "Former"')
    (edit,) = finding.fix.edits
    assert text[: edit.start] + edit.replacement + text[edit.end :] == "President Eva Holt said so."


@pytest.mark.parametrize(
    "text, day",
    [
        ("Former Prime Minister Ilse Varga said the talks would resume.", DAY),
        ("In 2020, former president Eva Holt led the opposition.", DAY),
        ("Former President Jon Ray said the talks would resume.", DAY),
        ("Then-President Eva Holt said the talks would resume.", DAY),
        ("The outgoing President Eva Holt said the talks would resume.", DAY),
        ("Former President Eva Holt resigned on Monday.", DAY),
        ("Former President Eva Holt said the talks would resume.", "2022-01-22"),
        ("Former President Eva Holt said the talks would resume.", "2020-06-01"),
        ('"Former President Eva Holt is wrong," the senator said.', DAY),
    ],
)
def test_a_past_title_of_another_time_or_not_decided_stays_silent(returned, text, day):
    assert _codes(returned, text, day) == [], text
