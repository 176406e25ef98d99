"""NL201: a source that names or breaks down the people just counted is the count's source
(round 8, hunter-c).

"Police identified the dead as …" covers the count before it; so do the other ways news tells
that a source knows who died: "The victims also included …, according to a senior official",
"Authorities have released the names of all the victims". Invented sentences only (never a
passage of the news sets): paraphrases that must stay silent, and look-alikes that must keep
their finding.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed nine people at a market. Officials released the names of the victims, "
        "who include two shopkeepers.",
        "At least 11 people died when the bus plunged into a gorge. Police have released the "
        "names of all the dead.",
        "Militants shot dead seven labourers in the district. The district administration "
        "confirmed the identities of the victims, all of them from Punjab.",
        "A suicide bomber killed 14 worshippers at a mosque. The victims also included three "
        "children, according to police.",
        "Flash floods swept away 16 villagers. The dead mostly included women and children, "
        "officials said.",
    ],
)
def test_a_source_naming_or_breaking_down_the_victims_covers_the_count(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # no names given, or another people's names
        (
            "Gunmen killed nine people at a market. Police have not released the names of "
            "the victims.",
            ["killed nine people"],
        ),
        (
            "Gunmen killed nine people at a market. Police released the names of the suspects.",
            ["killed nine people"],
        ),
        # no source before the names
        (
            "Gunmen killed nine people at a market. The names of the victims were posted on "
            "social media.",
            ["killed nine people"],
        ),
        # who they were, not a breakdown of them
        (
            "Gunmen killed nine people at a market. The victims were also mostly shopkeepers, "
            "according to police.",
            ["killed nine people"],
        ),
    ],
)
def test_names_not_given_by_a_source_cover_nothing(seed_corpus, text, found):
    assert fires(seed_corpus, text) == found


# --- the passive: "Those martyred were identified by police as …" (round 9, dev news-r8-cc-007)


@pytest.mark.parametrize(
    "text",
    [
        "In the attack, eight policemen were martyred and six others got injured. Those "
        "martyred in the raid were identified by police as Ali Khan, Gul Zaman and Wazir.",
        "Gunmen shot dead five labourers at a construction site. The victims have been "
        "identified by officials as Nasir, Saeed and Rahim.",
        "A roadside bomb killed four soldiers in the district. The martyred soldiers were "
        "named by the ISPR as Naik Ali, Sepoy Khan, Sepoy Zaman and Lance Naik Gul.",
        "Three passengers died when the van overturned. The dead had been identified by "
        "hospital officials as residents of Quetta.",
        "Seven people were injured in the blast. The injured were identified by the district "
        "administration as shopkeepers from the bazaar.",
        "Twelve miners were killed in the collapse. The deceased were named by polices as "
        "Akbar, Sher Ali and others.",
    ],
)
def test_a_source_identifying_the_dead_in_the_passive_covers_the_count(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # identified, but by no one
        (
            "Gunmen shot dead five labourers at a construction site. The dead were identified "
            "as Nasir, Saeed and Rahim.",
            ["shot dead five labourers"],
        ),
        # someone else identified: the suspects, or the killers (a relative clause)
        (
            "Gunmen shot dead five labourers at a construction site. The suspects were "
            "identified by police as Nasir and Saeed.",
            ["shot dead five labourers"],
        ),
        (
            "Gunmen shot dead five labourers at a construction site. The men who killed the "
            "labourers were identified by police as Nasir and Saeed.",
            ["shot dead five labourers"],
        ),
        # identified by people who are no source of the count
        (
            "Gunmen shot dead five labourers at a construction site. The dead were identified "
            "by relatives as Nasir, Saeed and Rahim.",
            ["shot dead five labourers"],
        ),
        (
            "Gunmen shot dead five labourers at a construction site. The dead were identified "
            "by their clothes as Nasir and Saeed.",
            ["shot dead five labourers"],
        ),
    ],
)
def test_look_alikes_of_the_passive_identification_need_a_source(seed_corpus, text, found):
    assert fires(seed_corpus, text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead five labourers at a construction site. The deceased were identified "
        "as Nasir, Saeed and Rahim, police said.",
        "Gunmen shot dead five labourers at a construction site. According to police, the "
        "dead were identified as Nasir, Saeed and Rahim.",
        "A roadside bomb killed four soldiers in the district. The ISPR said the martyred "
        "soldiers were named as Naik Ali, Sepoy Khan, Sepoy Zaman and Lance Naik Gul.",
        "Three passengers died when the van overturned. Rescue officials said that the victims "
        "had been identified as residents of Quetta.",
    ],
)
def test_a_reported_passive_identification_of_the_dead_covers_the_count(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the report is about someone else, or inside a relative clause
        (
            "Gunmen shot dead five labourers at a construction site. The suspects were "
            "identified as Nasir and Saeed, police said.",
            ["shot dead five labourers"],
        ),
        (
            "Gunmen shot dead five labourers at a construction site. The dead were identified "
            "as Nasir, who police said was a mason.",
            ["shot dead five labourers"],
        ),
        (
            "Gunmen shot dead five labourers at a construction site. Police said the men who "
            "killed the labourers were identified as Nasir and Saeed.",
            ["shot dead five labourers"],
        ),
        # the report is another clause's
        (
            "Gunmen shot dead five labourers at a construction site. Police said the attackers "
            "fled, and the dead were identified as Nasir and Saeed.",
            ["shot dead five labourers"],
        ),
        # a source word after the names that credits something else
        (
            "Troops killed three militants near the border. The dead were identified as "
            "foreign nationals, confirming the government's claims that fighters cross from "
            "the other side.",
            ["killed three militants"],
        ),
    ],
)
def test_look_alikes_of_a_reported_identification_need_a_source(seed_corpus, text, found):
    assert fires(seed_corpus, text) == found
