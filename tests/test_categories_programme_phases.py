"""NL301: a phase of another programme is no phase of the deportation plan (GitHub issue 11).

Real reporting names the plan's people beside the phase of some other programme (a scholarship
scheme, a vaccination drive, a card-renewal project): "the third phase of a scholarship
programme" pairs with no group. A phase of the plan's own action, order or programme ("the
third phase of the repatriation drive", "phase two of the plan") still does.

The sentences are invented; the groups and phases are the ledger's.
"""

import pytest

from .test_categories_reading import PHASE1, PHASE2, found


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a phase of a programme named by a noun of another activity, beside the plan's people
        ("At a time when Pakistan is expelling undocumented Afghans, the ministry has "
         "launched the third phase of a scholarship scheme to support students.", PHASE1, []),
        ("While the police deport undocumented Afghans, the health department has started the "
         "third phase of its polio vaccination drive to reach children.", PHASE1, []),
        ("While undocumented Afghans are deported, the city has begun the third phase of the "
         "road construction project to ease traffic.", PHASE1, []),
        ("In the second phase of the card-renewal project, PoR card holders are to get new "
         "cards.", PHASE2, []),
        # look-alikes: a phase of the plan's own action, order or programme
        ("At a time when Pakistan is expelling undocumented Afghans, the ministry has "
         "launched the third phase of its repatriation programme to remove them.", PHASE1,
         ["NL301"]),
        ("While the police deport undocumented Afghans, the ministry has started the third "
         "phase of the plan to remove them.", PHASE1, ["NL301"]),
        ("The third phase of the deportation drive targets undocumented Afghans.", PHASE1,
         ["NL301"]),
        ("In the second phase of the programme, PoR card holders are to be expelled.", PHASE2,
         ["NL301"]),
        ("The third phase of the government's drive targets undocumented Afghans.", PHASE1,
         ["NL301"]),
        # a proper name of the plan ends at its own noun, capitalised: the verb and object
        # after it are no words of another programme's name
        ("Phase three of the National Removal Plan targets undocumented Afghans.", PHASE1,
         ["NL301"]),
        ("The second phase of the Foreigners Return Drive now covers undocumented Afghans.",
         PHASE1, ["NL301"]),
        # and a lower-case activity named after a proper name is still another programme's
        ("While undocumented Afghans are deported, the third phase of the Sindh road repair "
         "scheme has begun.", PHASE1, []),
    ],
)  # fmt: skip
def test_a_phase_of_another_programme(seed_corpus, text, date, expected):
    assert found(seed_corpus, text, date) == expected
