"""NL301 on a passage set in another country by its capital (GitHub issue 11, round 25: dev
r24-hg-023, "easing pressure on Tehran's already strained housing ... He added that a second
phase of deportations would begin this week, aimed at ... illegal foreigners"). A capital sets
its sentence in its country as the country's name does, whether it stands for the government
("Tehran says") or the city ("Tehran's schools"): another country's capital makes a phase
after it that country's phase, and the ledger's own capitals ("Islamabad's", "Kabul's") keep
the ledger's plan ("Kabul's camps": the people's own capital). Capitals that are also common
words or given names place nothing. A dateline of another country's capital sets its report
there, as the country's name does ("TEHRAN, ... (IRNA) - ..."): a reading that let no place
opening a sentence before a mark set it abroad was tried and withdrawn, since it made
"Iran - home to millions of Afghans - says ..." and Iran-datelined reports fire.

The sentences are invented; the groups and phases are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2025-09-23"


@pytest.mark.parametrize(
    "text",
    [
        # the city, in the sentence before the phase
        "Officials said the removals had emptied schools and lowered rents in Tehran's poorer"
        " districts. A second phase of expulsions would start within days, targeting illegal"
        " foreigners, the official added.",
        # the government named by its capital, before the phase in its sentence
        "Tehran announced that the second phase of its campaign would target illegal foreigners"
        " from next week.",
        # a capital of two words, as the place of the sentence before
        "Police in Abu Dhabi have detained hundreds of migrants. A second phase of deportations"
        " would begin this week, aimed at illegal foreigners.",
        # the government named by its capital, in the sentence before
        "Ankara has tightened its border controls. A second phase of deportations would begin"
        " this week, aimed at illegal foreigners.",
    ],
)
def test_another_capitals_phase(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []


@pytest.mark.parametrize(
    "text",
    [
        # a city of the host country, not a capital: the ledger's plan
        "Police in Karachi have detained hundreds of migrants. A second phase of deportations"
        " would begin this week, aimed at illegal foreigners.",
        # the people's own capital places no phase abroad
        "Officials said Kabul's reception camps were overwhelmed. A second phase of"
        " deportations would begin this week, aimed at illegal foreigners.",
        # another capital named only after the phase
        "The second phase, aimed at illegal foreigners, starts on Saturday, diplomats in"
        " Tehran said.",
        # the host country named in the sentence of the phase, another capital before
        "Tehran has deported thousands this year. In Pakistan, the second phase of"
        " expulsions, aimed at illegal foreigners, starts on Saturday.",
        # a capital that is also a common word or a given name places nothing
        "Officials met in Victoria on Monday. A second phase of deportations would begin this"
        " week, aimed at illegal foreigners.",
    ],
)
def test_the_plans_phase_still_checked(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # a dateline of another country's capital: a report from there, as "IRAN: ..."
        "TEHRAN, Sept 21 (IRNA) - A second phase of deportations, aimed at illegal foreigners,"
        " begins this week.",
        # another country opening its sentence before an aside set off by dashes
        "Iran - home to millions of Afghans - says a second phase of deportations targets"
        " illegal foreigners.",
    ],
)
def test_another_countrys_report_by_its_dateline(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []


@pytest.mark.parametrize(
    "text",
    [
        # a capital opening its sentence as its subject, no dateline
        "Ankara, which hosts many Afghans, said undocumented Afghan refugees would be deported.",
        "Tehran has announced that undocumented Afghan refugees must leave by the end of"
        " the month.",
    ],
)
def test_a_capital_opening_its_sentence_is_no_dateline(seed_corpus, text):
    assert found(seed_corpus, text, "2023-11-05") == []
