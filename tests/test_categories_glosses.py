"""NL301 and NL302 on classes of round 19's opened blind split and dev misses (GitHub issue 11).

- A bracket glossing a group ("registered refugees (ACC card holders)") says who the people
  are, as "X, who are Y" does: a gloss naming a group the ledger keeps apart is a fusion.
- A fused phrase naming another country's people in its own words ("unregistered Syrian
  refugees") is no group of the ledger's: its categories do not judge the name.
- A share of a group ("illegal immigrants, 92 percent of them were refugees") names its
  people as part of the group, as "most of them" does.
- A number after a label noun ("Section 14 of the Foreigners Act") names a part of a text,
  never a count of people (one list, ``LABEL_NOUNS``, shared with the casualty counts).
- A month inside a "since" clause dates when something began, not a count (news-r10-cc-028's
  class); and people counted as they moved stay a flow past where and how they stayed
  ("800,000 Afghans living in Pakistan illegally were repatriated", news-r14-dl-003's class).

The sentences are invented; the groups and figures are the ledger's.
"""

import pytest

from narrlint.claims.counts_words import UNITS_BEFORE
from narrlint.nlp.vocabulary import LABEL_NOUNS

from .test_categories_reading import found, read_claims

PHASE2_TALK = "2024-04-10"
CARD_DAYS = "2021-09-01"


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # the bracket names a group of the ledger's other than the phrase's own
        ("Some 4,100 bank accounts of registered Afghan refugees (ACC card holders) were "
         "opened.", CARD_DAYS, ["NL301"]),
        ("The next phase will target documented refugees (Afghan Citizen Card holders).",
         PHASE2_TALK, ["NL301"]),
        ("Officials met PoR card holders (undocumented Afghans) in Quetta.", PHASE2_TALK,
         ["NL301"]),
        # clean look-alikes: the bracket names the same group, an abbreviation, several
        # groups, or something else
        ("Some 4,100 bank accounts of registered Afghan refugees (PoR card holders) were "
         "opened.", CARD_DAYS, []),
        ("The next phase will target documented Afghans (Afghan Citizen Card holders).",
         PHASE2_TALK, []),
        ("The next phase will target Afghan Citizen Card (ACC) holders.", PHASE2_TALK, []),
        ("Officials met registered refugees (about 40 families) in Quetta.", PHASE2_TALK, []),
        ("Officials met registered refugees (and ACC holders) in Quetta.", PHASE2_TALK, []),
    ],
)  # fmt: skip
def test_a_bracket_glossing_a_group(seed_corpus, text, date, expected):
    assert found(seed_corpus, text, date) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another country's people named inside the phrase
        ("Turkey gave unregistered Syrian refugees in Istanbul two more months to leave.", []),
        ("Police rounded up undocumented Iraqi refugees near the border.", []),
        ("The city told unregistered Syrian refugees to leave, as Pakistan did with Afghans.",
         []),
        # the ledger's own people, or no people named: still a fusion
        ("Police rounded up undocumented Afghan refugees near the border.", ["NL301"]),
        ("Police rounded up unregistered refugees near the border.", ["NL301"]),
    ],
)  # fmt: skip
def test_fused_phrase_of_another_people(seed_corpus, text, expected):
    assert found(seed_corpus, text, "2023-11-10") == expected


def test_a_labelled_number_is_no_figure(seed_corpus):
    labelled = read_claims(seed_corpus, "Some 1,300 were booked under Section 14 of the "
                                        "Foreigners Act.", "2023-11-10")  # fmt: skip
    assert [c.number.text for c in labelled if c.role == "figure"] == []
    counted = read_claims(seed_corpus, "Of the 1.4 million registered refugees, 14 were "
                                       "detained.", "2023-11-10")  # fmt: skip
    assert [(c.number.text, sorted(c.categories)) for c in counted if c.role == "figure"] == [
        ("1.4 million", ["por"])
    ]


def test_label_nouns_are_one_list():
    # the casualty counts' units before a number hold every label noun (one list, imported)
    assert LABEL_NOUNS <= UNITS_BEFORE
    assert {"section", "article", "resolution", "no."} <= LABEL_NOUNS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The state will send back all illegal immigrants, 92 percent of them were Afghan "
         "refugees.", ["NL301"]),
        ("The state will send back all illegal immigrants (80% of whom are registered "
         "refugees).", ["NL301"]),
        ("The state will send back all illegal immigrants, 92 per cent of them registered "
         "refugees.", ["NL301"]),
        # clean look-alikes: the share names people of no other group, or the same group
        ("The state will send back all illegal immigrants, 92 percent of them Afghans.", []),
        ("Pakistan hosts 1.3 million registered refugees, 60 percent of whom are women.", []),
        ("The state will send back all illegal immigrants, 92 percent of whom were "
         "undocumented.", []),
    ],
)  # fmt: skip
def test_a_share_of_a_group_names_a_part(seed_corpus, text, expected):
    assert found(seed_corpus, text, "2023-11-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month inside a "since" clause dates when something began; the count is the
        # draft's own, so a whole of all Afghans called refugees with only a part registered
        # is judged at the draft's date
        ("Some 600,000 Afghans have arrived since the Taliban took power in August 2021, "
         "bringing the number of Afghan refugees to 3.7 million, only 1.3 million of whom are "
         "registered.", ["NL301", "NL302"]),
        # clean look-alike: the whole called by its own noun ("Afghans")
        ("Some 600,000 Afghans have arrived since the Taliban took power in August 2021, "
         "bringing the number of Afghans to 3.7 million, only 1.3 million of whom are "
         "registered.", []),
    ],
)  # fmt: skip
def test_a_month_in_a_since_clause_is_no_count_time(seed_corpus, text, expected):
    assert found(seed_corpus, text, "2023-07-20") == expected


@pytest.mark.parametrize(
    "text",
    [
        # people counted as they moved, past where and how they stayed: no group's size
        "Over 800,000 Afghans living in Pakistan illegally were repatriated to their country.",
        "Over 800,000 Afghans living illegally were sent back to their country.",
        "Over 800,000 Afghans living in the country were deported since the campaign began in "
        "November 2023.",
    ],
)
def test_a_flow_past_the_stay_is_no_size(seed_corpus, text):
    assert found(seed_corpus, text, "2025-03-09") == []


def test_a_size_past_the_stay_is_still_judged(seed_corpus):
    # the same words with a verb of being: 800,000 is the ACC holders' size, not theirs
    text = "Some 800,000 Afghans living in Pakistan illegally are undocumented."
    assert found(seed_corpus, text, "2025-03-09") == ["NL302"]
