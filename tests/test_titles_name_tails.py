"""How a name of the ledger is written otherwise. A surname alias followed by the words that
end one of the person's recorded full names ("Sadiq Khan" for one recorded as "Mohammad Sadiq
Khan", surname alias "Sadiq") is the person's name, written in full: judged beside any title,
like the full name. The tails are derived from the ledger's names, never listed. Look-alikes:
another word after it ("Holtby") and a longer name ("Jonas Holt Berg") stay silent; the
bare surname beside the title of an office someone else holds is judged (titles_surnames).
And a name of three words or more written with one more word keeps the appositive after it.

The fictional ledger (tests/titles_support.py) with one person added: Mikael Jonas (full
name also "Mikael Jonas Holt", surname alias "Jonas"), Sylvania's special envoy for Arcadia
from 2024-09-11; Mara Quist is its interior minister, Ilse Varga its prime minister."""

import pytest

from narrlint.knowledge.corpus import load_corpus

from .titles_support import SYLVANIA, found

JONAS = """\
  - id: mikael_jonas
    name: Mikael Jonas
    aliases: [mikael jonas, mikael jonas holt, {name: jonas, surname: true}]
    posts:
      - {id: jonas_envoy, office: envoy_sy, title: Special Envoy for Arcadia,
         start: '2024-09-11', end: null, source: https://example.invalid/sy/jonas}
"""

DAY = "2025-03-20"


@pytest.fixture(scope="module")
def ledger_with_jonas(tmp_path_factory):
    head, sep, tail = SYLVANIA.partition("governments:")
    folder = tmp_path_factory.mktemp("jonas")
    (folder / "ledger.yaml").write_text(head + JONAS + sep + tail)
    return load_corpus([str(folder)], seeds=False)


@pytest.mark.parametrize(
    "text",
    [
        "Interior Minister Jonas Holt met the delegation in the capital.",
        "The talks were led by Interior Minister Jonas Holt, officials said.",
        "He said that Interior Minister Jonas Holt's visit was a high-level engagement.",
        "Jonas Holt arrived on Monday. Interior Minister Jonas said the talks went well.",
    ],
)
def test_a_surname_and_the_end_of_a_recorded_full_name_is_the_person(ledger_with_jonas, text):
    assert found(ledger_with_jonas, text, DAY) == ["NL402"], text
    own = text.replace("Interior Minister", "Special Envoy")
    assert found(ledger_with_jonas, own, DAY) == [], own


@pytest.mark.parametrize(
    "text",
    [
        "Interior Minister Jonas Holtby met the delegation in the capital.",
        "Interior Minister Jonas Holt Berg met the delegation in the capital.",
        "Interior Minister Jonas Berg met the delegation in the capital.",
    ],
)
def test_another_name_after_the_surname_is_someone_else(ledger_with_jonas, text):
    assert found(ledger_with_jonas, text, DAY) == [], text


def test_the_bare_surname_beside_another_holders_title_is_judged(ledger_with_jonas):
    """Round 17 (titles_surnames): the interior minister on the date is Mara Quist, not called
    "Jonas", so "Interior Minister Jonas" is wrong whoever Jonas is: the ledger's bearer of
    the surname is named and the title judged (it was left silent as a possible namesake)."""
    text = "Interior Minister Jonas met the delegation in the capital."
    assert found(ledger_with_jonas, text, DAY) == ["NL402"], text


# A recorded name of three words or more written with one more word before an appositive
# ("Mullah Abdul Ghani Baradar Akhund, Prime Minister, …") is the same person's name; after a
# two-word name the word may make another person's ("Muhammad Tahir Ashrafi").


@pytest.mark.parametrize(
    "text",
    [
        "A delegation led by Mikael Jonas Holt Berg, Interior Minister, returned home.",
        "Mikael Jonas Holt Berg, the interior minister, said the talks went well.",
        "The visit of Mikael Jonas Holt Berg, Sylvania's interior minister, ended on Monday.",
    ],
)
def test_a_long_name_written_longer_keeps_its_appositive(ledger_with_jonas, text):
    assert found(ledger_with_jonas, text, DAY) == ["NL402"], text
    own = text.replace("Interior Minister", "Special Envoy").replace(
        "interior minister", "special envoy"
    )
    assert found(ledger_with_jonas, own, DAY) == [], own


@pytest.mark.parametrize(
    "text",
    [
        "A delegation led by Ilse Varga Holm, Interior Minister, returned home.",
        "Ilse Varga Holm, the interior minister, said the talks went well.",
    ],
)
def test_a_short_name_written_longer_may_be_someone_else(ledger_with_jonas, text):
    assert found(ledger_with_jonas, text, DAY) == [], text
    exact = text.replace("Varga Holm", "Varga")
    assert found(ledger_with_jonas, exact, DAY) == ["NL402"], exact
