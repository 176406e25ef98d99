"""NL301/NL302 on clean look-alikes of real reporting (GitHub issue 11, round 25's false-alarm
pass): several groups side by side each with its own figure, a group named to contrast it
with another, an official's wording quoted or called "so-called", other countries' Afghans
and their figures (by the country or its capital), figures of returns and deportations that
are no group's size, and deadline sentences that name their group rightly. Each must stay
silent; they pass on the code as it is (guards).

The sentences are invented; the groups, phases and figures are the ledger's.
"""

import pytest

from .test_categories_reading import PHASE1, PHASE2, found

AFTER_PHASE1 = "2023-11-05"
AFTER_PHASE3 = "2025-07-15"
ACC_DRIVE = "2019-05-09"

CLEAN = [
    # groups side by side, each with its own figure
    (PHASE1, "Pakistan hosts about 1.3 million registered Afghan refugees holding PoR cards, some"
     " 880,000 ACC holders and an estimated 1.7 million undocumented Afghans."),
    (PHASE1, "Pakistan hosts 1.3 million registered refugees; another 840,000 Afghans hold ACCs."),
    (PHASE2, "UNHCR said about 800,000 ACC holders and 1.3 million PoR card holders remain in"
     " Pakistan."),
    # a group named to contrast it with another
    (PHASE1, "Unlike the undocumented, registered refugees hold Proof of Registration cards that"
     " let them stay."),
    (PHASE1, "ACC holders, unlike PoR card holders, are not recognised as refugees."),
    (PHASE1, "Refugees with valid PoR cards may stay, while those without documents face"
     " deportation."),
    (PHASE2, "The second phase covers ACC holders, not registered refugees, officials stressed."),
    # an official's wording, quoted or called so
    (PHASE1, '"Illegal foreigners will be sent back," the interior minister said.'),
    (PHASE1, "The interior minister spoke of \"illegal refugees\", a term rights groups reject"
     " because registered refugees are in the country lawfully."),
    (PHASE1, "The so-called illegal Afghans, as officials describe people without papers, were"
     " the first to be targeted."),
    (PHASE2, "Rights groups criticised what the government calls the \"repatriation of illegal"
     " foreigners\", saying many ACC holders have lived in Pakistan for decades."),
    # other countries' Afghans, by the country or its capital
    (PHASE1, "Iran says it hosts some 4.5 million Afghans, of whom about 750,000 are registered"
     " refugees."),
    (PHASE2, "Tehran says some six million Afghans live in Iran, about 780,000 of them registered"
     " refugees."),
    (PHASE2, "Officials in Tehran said the second phase would target Afghans holding headcount"
     " slips."),
    (AFTER_PHASE3, "In Tehran, officials said 800,000 undocumented Afghans had been deported since"
     " March."),
    # returns and deportations, no group's size
    (PHASE1, "More than 500,000 Afghans have returned from Pakistan since the campaign began in"
     " October."),
    (PHASE1, "Some 60,000 Afghans have already crossed back through Torkham, most of them"
     " undocumented."),
    (PHASE2, "So far, 850,000 Afghans have been sent back under the plan, including about 40,000"
     " ACC holders."),
    (AFTER_PHASE3, "More than 1.2 million Afghans have returned from Iran so far this year, the"
     " IOM said."),
    # deadline sentences naming their group rightly
    (PHASE1, "The first phase targeted undocumented Afghans, who were given until 1 November 2023"
     " to leave."),
    (PHASE1, "Registered refugees and ACC holders are exempt from the order, which targets some"
     " 1.1 million people without papers."),
    (PHASE2, "The government has given ACC holders until March 31 to leave Islamabad and"
     " Rawalpindi voluntarily."),
    (AFTER_PHASE3, "The second phase, which began in April, targets ACC holders, while PoR card"
     " holders face a June 30 deadline."),
    (AFTER_PHASE3, "Pakistan's plan has three phases: undocumented Afghans first, ACC holders"
     " second and PoR card holders third."),
    # an older page: the groups of its time, each with its own figure
    (ACC_DRIVE, "The country hosts 1.4 million registered Afghan refugees, and around a million"
     " more Afghans live there without documents."),
    (ACC_DRIVE, "Some 880,000 Afghans received Afghan Citizen Cards in a 2017 registration"
     " drive, which did not give them refugee status."),
    (ACC_DRIVE, "The undocumented, unlike registered refugees, have no protection from arrest."),
    (ACC_DRIVE, "Refugees who lose their PoR cards risk being treated as undocumented migrants."),
    # the people's own capital
    (PHASE2, "Kabul's consul in Peshawar said ACC holders needed more time."),
    (AFTER_PHASE1, "A Kabul spokesman said returning undocumented Afghans would get help at"
     " Torkham."),
]  # fmt: skip


@pytest.mark.parametrize(("date", "text"), CLEAN)
def test_reporting_look_alikes_stay_silent(seed_corpus, date, text):
    assert found(seed_corpus, text, date) == []
