"""A long recorded name word written with one letter left out, added or changed ("Akhunzada"
for Akhundzada: a transliteration that drops a consonant, which the consonant skeleton does
not forgive), beside the name's other words as recorded, is the person's name: a wrong title
before it is judged (round 20's blind miss ob-026, paraphrased). Not a short word (a slip of
one letter makes another name: "Dahl"/"Dahm"), not two slips in a word under ten letters nor
three in any, not a word whose first letters differ, and not a name none of whose words is as
recorded.

A fictional ledger: Edvard Vindegaardsen is Sylvania's supreme leader, Jon Dahl its prime
minister."""

import pytest

from .conftest import ledger_corpus, lint_text

LEDGER = """\
version: 1
offices:
  - {id: pm_sy, name: Prime Minister of Sylvania, country: Sylvania, titles: [prime minister]}
  - {id: leader_sy, name: Supreme Leader of Sylvania, country: Sylvania,
     titles: [supreme leader]}
  - {id: fm_sy, name: Foreign Minister of Sylvania, country: Sylvania,
     titles: [foreign minister]}
people:
  - id: vindegaardsen
    name: Edvard Vindegaardsen
    aliases: [edvard vindegaardsen, mawla edvard vindegaardsen]
    posts:
      - {id: vind_leader, office: leader_sy, title: Supreme Leader, start: '2016-01-01',
         end: null, source: https://example.invalid/sy/vind}
  - id: jon_dahl
    name: Jon Dahl
    aliases: [jon dahl]
    posts:
      - {id: dahl_pm, office: pm_sy, title: Prime Minister, start: '2021-01-01', end: null,
         source: https://example.invalid/sy/dahl}
  - id: ola_strandberg
    name: Ola Strandberg
    aliases: [ola strandberg]
    posts:
      - {id: strand_fm, office: fm_sy, title: Foreign Minister, start: '2021-01-01',
         end: null, source: https://example.invalid/sy/strand}
"""

DAY = "2024-05-01"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def _codes(corpus, text):
    return [f.code for f in lint_text(corpus, text, date=DAY, codes=("NL402",))]


@pytest.mark.parametrize(
    "text",
    [
        "The envoy said that Prime Minister Edvard Vindegaarsen had promised peace.",
        "The envoy said that Prime Minister Mawla Edvard Vindegaadsen had promised peace.",
        "Prime Minister Edvard Vindegaarsden told the crowd that peace had come.",
        "Prime Minister Ola Strandberk met the envoys.",
    ],
)
def test_a_wrong_title_before_a_slipped_name_is_judged(ledger, text):
    assert _codes(ledger, text) == ["NL402"], text


@pytest.mark.parametrize(
    "text",
    [
        # the right title before the slipped name
        "The envoy said that Supreme Leader Edvard Vindegardsen had promised peace.",
        # too far from the record: three slips
        "Prime Minister Edvard Vindegursdon told the crowd that peace had come.",
        "Prime Minister Ola Strendbury met the envoys.",
        # another first letter: another name
        "Prime Minister Edvard Windegaardsen told the crowd that peace had come.",
        # a short word's slip is another name
        "Prime Minister Jon Dahm told the crowd that peace had come.",
        # no word as recorded
        "Prime Minister Edvart Vindegardsen told the crowd that peace had come.",
    ],
)
def test_a_name_too_far_from_the_record_or_the_right_title_is_silent(ledger, text):
    assert _codes(ledger, text) == [], text
