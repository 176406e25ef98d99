"""A rank of an armed service and an officer's office (one the ledger's ranked people hold)
written before a name the ledger knows only for a civilian (no rank on record, no post an
officer of the ledger has held) tell of an officer of the same name, not of the ledger's
person: "Chief of Air Staff Air Chief Marshal Hasan Mahmood Khan",
Bangladesh's air chief, was read as the ledger's Mahmood Khan, a chief minister, and NL402
said he "was never Air Chief" (dev news-r23-ti-048, real text, a false alarm). And "Air Chief
Marshal" is the rank, not the office title "Air Chief" and a stray "Marshal".

Still judged: the same title with no rank before the civilian's name ("never held"), a
civilian's office with a rank ("Interior Minister Air Marshal X"), an officer's office given
to someone the ledger records in an officer's post without ranks, and a rank the ledger's
officer held only later (the rank's own fix).

A fictional ledger: Ada Storm, Air Marshal from 2018 and Air Chief Marshal and Chief of Air
Staff of Sylvania from 2021-03-19; Omar Vale, Chief Minister of the North, no rank; Rafe Dunn,
Director General of Military Intelligence (an office Ada Storm held before), no rank on
record; Mara Quist, Interior Minister."""

import pytest

from .conftest import ledger_corpus, lint_text

LEDGER = """\
version: 1
offices:
  - {id: cas_sy, name: Chief of the Air Staff of Sylvania, country: Sylvania,
     titles: [chief of air staff, chief of the air staff, air chief]}
  - {id: cm_north, name: Chief Minister of the North, country: Sylvania,
     titles: [chief minister, north chief minister]}
  - {id: dgmi_sy, name: Director General of Military Intelligence of Sylvania, country: Sylvania,
     titles: [director general of military intelligence]}
  - {id: interior_sy, name: Interior Minister of Sylvania, country: Sylvania,
     titles: [interior minister]}
ranks:
  - {id: air_marshal, name: Air Marshal, titles: [air marshal], service: air force, order: 3,
     source: https://example.invalid/sy/ranks}
  - {id: air_chief_marshal, name: Air Chief Marshal, titles: [air chief marshal],
     abbreviations: [ACM], service: air force, order: 4, source: https://example.invalid/sy/ranks}
people:
  - id: ada_storm
    name: Ada Storm
    aliases: [ada storm]
    ranks:
      - {rank: air_marshal, start: '2018-01-10', end: '2021-03-19',
         source: https://example.invalid/sy/storm-am}
      - {rank: air_chief_marshal, start: '2021-03-19', end: null,
         source: https://example.invalid/sy/storm-acm}
    posts:
      - {id: storm_dgmi, office: dgmi_sy, title: Director General of Military Intelligence,
         start: '2018-01-10', end: '2021-03-01', source: https://example.invalid/sy/storm-mi}
      - {id: storm_cas, office: cas_sy, title: Chief of the Air Staff, start: '2021-03-19',
         end: null, source: https://example.invalid/sy/storm}
  - id: omar_vale
    name: Omar Vale
    aliases: [omar vale]
    posts:
      - {id: vale_cm, office: cm_north, title: Chief Minister of the North, start: '2019-05-02',
         end: null, source: https://example.invalid/sy/vale}
  - id: mara_quist
    name: Mara Quist
    aliases: [mara quist]
    posts:
      - {id: quist_interior, office: interior_sy, title: Interior Minister,
         start: '2019-01-01', end: null, source: https://example.invalid/sy/quist}
  - id: rafe_dunn
    name: Rafe Dunn
    aliases: [rafe dunn]
    posts:
      - {id: dunn_dgmi, office: dgmi_sy, title: Director General of Military Intelligence,
         start: '2021-03-01', end: null, source: https://example.invalid/sy/dunn}
"""

DAY = "2024-05-06"


@pytest.fixture(scope="module")
def officers(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def _findings(corpus, text, day=DAY):
    return lint_text(corpus, text, date=day, codes=("NL401", "NL402"))


@pytest.mark.parametrize(
    "text",
    [
        "The visiting admiral also called on Chief of Air Staff Air Chief Marshal Idris Omar "
        "Vale of Arcadia in Port Leon.",
        "The envoy met Chief of the Air Staff Air Chief Marshal Omar Vale, Arcadia's air chief.",
        "Air Chief Marshal Karim Omar Vale of the Arcadian air force inspected the parade.",
        "Talks were held with Arcadia's Air Chief Marshal Omar Vale on Tuesday.",
    ],
)
def test_an_officer_of_a_civilians_name_is_not_judged_as_the_civilian(officers, text):
    assert _findings(officers, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # no rank: the civilian given the air chief's title
        "Chief of Air Staff Omar Vale inspected the parade on Tuesday.",
        # a civilian's office: the rank does not make the name another's
        "Interior Minister Air Marshal Omar Vale inspected the parade on Tuesday.",
        # an officer's post on record, no rank recorded: still the ledger's person
        "Chief of Air Staff Air Chief Marshal Rafe Dunn inspected the parade on Tuesday.",
    ],
)
def test_the_title_without_a_rank_or_for_an_officer_is_still_judged(officers, text):
    assert [f.code for f in _findings(officers, text)] == ["NL402"], text


def test_air_chief_marshal_is_read_as_the_rank(officers):
    text = "Air Chief Marshal Ada Storm inspected the parade on Tuesday."
    assert _findings(officers, text) == []
    (finding,) = _findings(officers, text, day="2020-06-01")
    assert finding.code == "NL402"
    assert finding.message.startswith('Write "Air Marshal"'), finding.message
