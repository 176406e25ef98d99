"""NL301 and NL302 stay silent on correct reporting of the groups (GitHub issue 11, round 27):
several groups side by side each with its own figure, groups joined or contrasted,
registration drives described correctly, wholes divided into parts that are no papers.

A registration drive that gave people without papers a group's documents ("880,000
undocumented Afghans were registered and given ACCs") made them that group: the number
counts the documents' group, as "... received ACCs" does (the figure reader reads the
participle past "registered and").

The sentences are invented; the figures and groups are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2024-07-12"


@pytest.mark.parametrize(
    "text",
    [
        "During the 2017 drive, some 880,000 undocumented Afghans were registered and given ACCs.",
        "In 2017, about 880,000 undocumented Afghans were documented and issued Afghan Citizen "
        "Cards.",
    ],
)
def test_a_registration_drive_that_gave_papers(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []


@pytest.mark.parametrize(
    "text",
    [
        # the same count still read for the people it names when nothing was given
        "Some 880,000 undocumented Afghans were registered and must leave.",
    ],
)
def test_a_registration_without_papers_given_keeps_the_count(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == ["NL302"]


@pytest.mark.parametrize(
    "text",
    [
        # several groups side by side, each with its own figure
        "Pakistan hosts 1.52 million PoR card holders and around 800,000 ACC holders, besides "
        "an estimated 1 million Afghans without documents.",
        "About 1.3 million Afghan refugees hold PoR cards, while 800,000 other Afghans hold ACCs.",
        # groups joined, contrasted or exempted
        "Refugees and ACC holders queued at NADRA centres to renew their documents.",
        "Registered refugees and Afghans holding ACCs are exempt from the first phase.",
        "Unlike undocumented Afghans, refugees with PoR cards may stay until June 30.",
        "The crackdown targets undocumented Afghans, not refugees holding valid PoR cards.",
        # registration drives and lapsed cards described correctly
        "NADRA and UNHCR launched a drive to register Afghan refugees and issue them new PoR "
        "cards.",
        "Registered refugees whose cards expired on June 30 await an extension.",
        # wholes divided into parts that are no papers
        "About 600,000 Afghan refugees live in Khyber Pakhtunkhwa, of which 400,000 live in camps.",
        "Some 400,000 Afghan refugees are living in Balochistan, out of which only 100,000 are "
        "living in camps.",
        "Some 50,000 Afghan refugees live in Karachi, only 5,000 of whom are women.",
        "Pakistan has registered 1.3 million Afghan refugees. Out of 1.3 million, 800,000 live "
        "in Khyber Pakhtunkhwa.",
        # a restriction after the verb that denies nothing
        "Officials said only those refugees would get new cards who had registered before 2010.",
        "He said those refugees were sent back who had been convicted of crimes.",
        # a failure that is no papers'
        "The refugees said they failed to provide medical care to their children.",
    ],
)
def test_correct_reporting_stays_silent(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []
