"""A title written as past ("former …", "ex-…") for a post the ledger holds open again on the
draft's date, after an earlier tenure of the same office, is wrong (NL402), and the fix takes
the word out. Not judged: a holder with no earlier tenure (an open end may be old news), a
sentence placed at another time, a report of the end, "then-", "outgoing", a post taken up
again only days before, and a quotation. A sentence dated inside the tenure held on the
draft's date (a dateline's day, "in 2023") is judged as the draft's date is, and so is a
closed tenure known by its start month that runs on well past the draft's date.

A fictional ledger: Eva Holt was president of Sylvania from 2015 to 2019 and again since
2022-01-20 (Jon Ray in between); Ilse Varga is prime minister since 2022, her only tenure; Karl
Moss was foreign minister from September 2020 (the month alone on record) to 2024-03-10."""

import pytest

from .conftest import ledger_corpus, lint_text

LEDGER = """\
version: 1
offices:
  - {id: president_sy, name: President of Sylvania, country: Sylvania, titles: [president]}
  - {id: pm_sy, name: Prime Minister of Sylvania, country: Sylvania, titles: [prime minister]}
  - {id: fm_sy, name: Foreign Minister of Sylvania, country: Sylvania,
     titles: [foreign minister]}
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
  - id: karl_moss
    name: Karl Moss
    aliases: [karl moss]
    posts:
      - {id: moss_fm, office: fm_sy, title: Foreign Minister, start: null, start_partial: '2020-09',
         end: '2024-03-10', source: https://example.invalid/sy/moss}
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


@pytest.mark.parametrize(
    "text",
    [
        "NORTHPORT, May 31: Former President Eva Holt said the talks would resume.",
        "On May 30, former President Eva Holt said the talks would resume.",
        "In 2023, former President Eva Holt met the envoy twice.",
        "Karl Moss, former Foreign Minister of Sylvania, said the talks would resume.",
        "NORTHPORT, May 31: Karl Moss, the former foreign minister, said the talks would resume.",
    ],
)
def test_a_past_title_in_a_sentence_dated_inside_the_tenure_is_wrong(returned, text):
    assert _codes(returned, text) == ["NL402"], text


def test_the_message_gives_a_start_known_by_its_month(returned):
    text = "Former Foreign Minister Karl Moss said the talks would resume."
    (finding,) = lint_text(returned, text, date=DAY, codes=("NL402",))
    assert "since September 2020" in finding.message, finding.message


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
        # placed before the tenure held now, or in its first days: the word may be that time's
        ("In 2021, former President Eva Holt led the opposition.", DAY),
        ("On January 21, 2022, former President Eva Holt met the envoy.", DAY),
        ("In 2019, former Foreign Minister Karl Moss met the envoy.", DAY),
        # a closed tenure ending within weeks of the draft's date: "former" may be its news
        ("Former Foreign Minister Karl Moss said the talks would resume.", "2024-02-20"),
    ],
)
def test_a_past_title_of_another_time_or_not_decided_stays_silent(returned, text, day):
    assert _codes(returned, text, day) == [], text
