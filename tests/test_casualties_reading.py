"""The count claims reader on the shapes of real reporting (issue 11): which source covers a
count, and the words reporting uses for the dead.

Each class is tested with invented sentences (never a passage of the news sets) and with a
clean look-alike that must keep its judgment.
"""

import pytest

from .conftest import lint_text

CODES = ("NL201",)


def excerpts(corpus, text):
    return [f.excerpt for f in lint_text(corpus, text, date="2024-01-01", codes=CODES)]


def read(corpus, text):
    """The count claims of ``text``: (count text, value, attribution scope or None)."""
    import datetime as dt

    from narrlint.engine.linter import Linter
    from narrlint.input.source import SourceText

    linter = Linter([], corpus, date=dt.date(2024, 1, 1))
    draft = linter.parse(SourceText(text), "draft.md")
    return [
        (c.text, c.value, c.attribution.scope if c.attribution else None)
        for c in draft.claims.counts
    ]


# --- Attribution scope: a neighbour's source covers the count only when it speaks of it ------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # who the victims were is not how many there were
        (
            "At least four people were killed and 30 injured when a bomb went off at a bus "
            "stand in Kohat. The bus was bound for Peshawar, and witnesses say most of the "
            "victims were labourers.",
            ["At least four people were killed", "30 injured"],
        ),
        # (who all of them were covers the count since round 13: tests/test_casualties_whole_set)
        (
            "Eleven miners died in the collapse. Officials said some of those killed were from "
            "the same district.",
            ["Eleven miners died"],
        ),
        # a pronoun that stands for something else than the count
        (
            "The toll from the landslide has risen to 31. That was the worst disaster in the "
            "valley in a decade, officials said.",
            ["toll from the landslide has risen to 31"],
        ),
    ],
)
def test_a_neighbour_about_who_or_what_does_not_cover(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


@pytest.mark.parametrize(
    "text",
    [
        # a breakdown of the count: inclusion, a number of them, "among"
        "Eleven miners died in the collapse. Officials said those killed included two engineers.",
        "Eleven miners died in the collapse. Officials said two of the victims were engineers.",
        "Eleven miners died in the collapse. Officials said the dead included two engineers.",
        # a pronoun standing for the previous statement, with its source
        "The toll from the landslide has risen to 31. This was confirmed by the district "
        "administration.",
        "Nineteen people were killed in the crash. This is according to the motorway police.",
    ],
)
def test_a_neighbour_about_the_count_covers_it(seed_corpus, text):
    assert excerpts(seed_corpus, text) == []


# --- Attribution scope: the count's own sentence ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # an increment or remainder joined by "as"/"while" to the attributed toll
        "Nineteen people have died, a rescue official said on Sunday, as three more died in "
        "hospital.",
        "Twelve people were killed, police said, while 20 others were injured.",
        # a count of the other kind, joined to the attributed one: the same report
        "According to the police, 12 people died in the stampede, while 30 were hurt.",
        # "as reported by" names the source; it opens no new clause
        "The toll stood at seven, with 15 injured, as reported by a local broadcaster.",
        # plural data nouns show a figure as well as singular ones ("Initial reports
        # suggested…" names no one: tests/test_casualties_claims.py)
        "Hospital reports suggested about 30 fatalities.",
        # "with" inside the speaker's name opens no absolute phrase
        "Twelve people were killed, officials with the health ministry reported.",
        "The feud has claimed 52 lives since spring, health officials said, with water "
        "shortages reported in several villages.",
    ],
)
def test_a_source_in_the_sentence_covers_the_count(seed_corpus, text):
    assert excerpts(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an increment after "a week after" is another incident, not part of the report
        (
            "Police said 12 were killed, a week after gunmen killed 19 others in Bannu.",
            ["killed 19 others"],
        ),
        # another incident
        (
            "According to the police, 12 people died in the stampede, while 30 were hurt in a "
            "separate accident.",
            ["30 were hurt"],
        ),
        # "as" before a reporting verb still opens a clause of its own
        (
            "Seven people were killed as the minister announced the new policy.",
            ["Seven people were killed"],
        ),
        # a participle in a "with" phrase is what was reported, not who reported it
        (
            "The feud has claimed 52 lives since spring, with water shortages reported in "
            "several villages.",
            ["claimed 52 lives"],
        ),
        ("Initial signs suggested about 30 fatalities.", ["about 30 fatalities"]),
    ],
)
def test_a_source_for_something_else_in_the_sentence_does_not_cover(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


def test_an_increment_is_read_with_the_source_of_its_toll(seed_corpus):
    text = (
        "The death toll from the bombing at the crowded vegetable market in the town has risen "
        "to 44, a hospital spokesman said, as six more succumbed to their wounds."
    )
    assert [(v, scope) for _, v, scope in read(seed_corpus, text)] == [
        (44, "clause"),
        (6, "clause"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the count is named in the object of a named speaker's statement about the deaths
        "The interior minister expressed grief over the deaths of 12 miners in the collapse.",
        "Chief Minister Sarfraz Bugti condemned the attack and expressed sorrow over the loss "
        "of three labourers.",
    ],
)
def test_a_named_speakers_statement_about_the_deaths_gives_the_count(seed_corpus, text):
    assert excerpts(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the count is in a clause of its own, not in the statement
        (
            "The interior minister condemned the attack, which caused the deaths of 12 people.",
            ["deaths of 12 people"],
        ),
        # no speaker
        ("Mourners gathered to grieve the loss of four children.", ["loss of four children"]),
    ],
)
def test_a_statement_without_the_count_in_its_object_does_not_cover(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


# --- How reporting counts the dead ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "excerpt", "value"),
    [
        (
            "At least 16 soldiers embraced martyrdom in the attack on the post.",
            "At least 16 soldiers embraced martyrdom",
            16,
        ),
        ("Eleven policemen were martyred in the ambush.", "Eleven policemen were martyred", 11),
        ("Nine insurgents were eliminated in the raid.", "Nine insurgents were eliminated", 9),
        ("Troops eliminated nine insurgents near the border.", "eliminated nine insurgents", 9),
        (
            "Fourteen attackers were neutralised by troops.",
            "Fourteen attackers were neutralised",
            14,
        ),
        ("The commandos neutralized six gunmen.", "neutralized six gunmen", 6),
        (
            "Twelve terrorists were sent to hell during the operation.",
            "Twelve terrorists were sent to hell",
            12,
        ),
        (
            "Twenty villagers lost their lives in the flood.",
            "Twenty villagers lost their lives",
            20,
        ),
        (
            "Eleven soldiers laid down their lives defending the post.",
            "Eleven soldiers laid down their lives",
            11,
        ),
        (
            "Six policemen sacrificed their lives for the country.",
            "Six policemen sacrificed their lives",
            6,
        ),
        ("The shelling led to the loss of six lives.", "loss of six lives", 6),
        (
            "The bombing claimed the lives of 17 people.",
            "claimed the lives of 17 people",
            17,
        ),
        (
            "The ambush resulted in the loss of five foreign nationals and their driver.",
            "loss of five foreign nationals",
            5,
        ),
        (
            "The death toll from the landslide rose to 38.",
            "death toll from the landslide rose to 38",
            38,
        ),
        ("Eight bodies were recovered from the rubble.", "Eight bodies", 8),
        (
            "At least 8 pilgrims suffered serious injuries when the bus overturned.",
            "At least 8 pilgrims suffered serious injuries",
            8,
        ),
        ("Five guards received bullet wounds.", "Five guards received bullet wounds", 5),
        ("The bodies of 11 miners were recovered on Sunday.", "bodies of 11 miners", 11),
    ],
)
def test_words_reporting_uses_for_the_dead_are_counts(seed_corpus, text, excerpt, value):
    assert excerpts(seed_corpus, text) == [excerpt]
    assert [v for _, v, _ in read(seed_corpus, text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        # euphemisms and "the loss of" count the dead only when people are counted
        "Three teams were eliminated in the first round.",
        "The army eliminated five hideouts in the valley.",
        "Air defences neutralised four drones over the city.",
        "The floods caused the loss of 300 jobs and 40 homes.",
        "The scheme improved the lives of 10,000 families.",
        "Twelve soldiers received medals for bravery.",
        "Twelve people received treatment at the hospital.",
        "At least 8 pilgrims suffered serious injuries, rescue officials said.",
        "The bodies of the 11 miners were handed over to their families.",
        "Three government bodies of 12 members each will oversee relief.",
        # attributed forms of the same words
        "At least 16 soldiers embraced martyrdom in the attack, the military said.",
        "Nine insurgents were eliminated in the raid, according to the police.",
    ],
)
def test_look_alikes_of_those_words_are_silent(seed_corpus, text):
    assert excerpts(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a bracketed acronym inside the counted phrase
        (
            "At least four Frontier Corps (FC) men were martyred in the ambush.",
            ["At least four Frontier Corps (FC) men were martyred"],
        ),
        # an aside naming people with their ranks is one aside, however long the names
        (
            "Seven soldiers, including Lieutenant Colonel Ahmed Raza Khan and Major Bilal "
            "Hussain Shah of the Frontier Corps, were martyred in the raid.",
            [
                "Seven soldiers, including Lieutenant Colonel Ahmed Raza Khan and Major Bilal "
                "Hussain Shah of the Frontier Corps, were martyred"
            ],
        ),
        # a second passive verb of the same subject: "were forced off … and shot dead"
        (
            "Nine travellers were pulled off a coach near the pass and shot dead.",
            ["Nine travellers were pulled off a coach near the pass and shot dead"],
        ),
        (
            "Two guards were ambushed and killed on the highway.",
            ["Two guards were ambushed and killed"],
        ),
        # a named victim with a description, then "along with <N> others"
        (
            "A bomb tore through the seminary during prayers, killing Maulana Abdul Karim, the "
            "seminary's deputy head and a senior leader of the party, along with four others.",
            [
                "killing Maulana Abdul Karim, the seminary's deputy head and a senior leader "
                "of the party, along with four others"
            ],
        ),
        ("The blast killed the driver and two others.", ["killed the driver and two others"]),
    ],
)
def test_longer_shapes_of_a_count_are_read(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


@pytest.mark.parametrize(
    "text",
    [
        # a second verb with a subject of its own, or no casualty verb
        "Nine travellers were pulled off a coach and a guard was killed.",
        "Twelve people were rescued and taken to hospital.",
        # the others did something else
        "The gunmen killed the guard after two others escaped.",
        # the same shapes, attributed
        "At least four Frontier Corps (FC) men were martyred in the ambush, police said.",
        "Nine travellers were pulled off a coach near the pass and shot dead, officials said.",
    ],
)
def test_look_alikes_of_longer_shapes_are_silent(seed_corpus, text):
    assert excerpts(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # "<N> others" with a verb of their own are not the named victim's companions
        (
            "At least 20 people were killed and 30 others injured in the blast.",
            [(20, "killed"), (30, "injured")],
        ),
        (
            "Six drivers were killed and three others are missing.",
            [(6, "killed")],
        ),
        (
            "The bomb killed a guard and wounded two others.",
            [(2, "injured")],
        ),
        (
            "The bomb killed a guard and two others who were standing nearby.",
            [(2, "killed")],
        ),
    ],
)
def test_others_with_their_own_verb_are_read_with_it(seed_corpus, text, counts):
    import datetime as dt

    from narrlint.engine.linter import Linter
    from narrlint.input.source import SourceText

    draft = Linter([], seed_corpus, date=dt.date(2024, 1, 1)).parse(SourceText(text), "d.md")
    assert [(c.value, c.counts) for c in draft.claims.counts] == counts


def kinds(corpus, text):
    """(value, what it counts) of each count claim of ``text``."""
    import datetime as dt

    from narrlint.engine.linter import Linter
    from narrlint.input.source import SourceText

    draft = Linter([], corpus, date=dt.date(2024, 1, 1)).parse(SourceText(text), "d.md")
    return [(c.value, c.counts) for c in draft.claims.counts]


# --- Attribution scope in real reporting (issue 11, item 3) -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a second group's count set against the first by "while"/"whereas" in the same report
        "Police said 12 militants were killed, while two policemen were martyred.",
        "The army spokesman confirmed that all 20 attackers had been killed, whereas three "
        "soldiers lost their lives.",
        # a time or a noun after "since"/"after" opens no clause of its own
        "The minister said the raid followed a string of attacks since the start of the year, "
        "including a bombing in Quetta that killed 30 people.",
        "The minister said the raid came after a bombing that killed 30 people.",
        # a subordinate clause with no comma before it is part of what was said
        "Police said the blast occurred when a bomb planted on a motorcycle exploded, killing "
        "12 people.",
        "The official said the fire broke out when a gas cylinder exploded and 12 people died.",
        # a named source that revises a toll gives it
        "Officials later revised the death toll to 45.",
        "The toll, which state television later raised to 45, could not be verified.",
        # a headline's closing credit after a colon or a dash
        "Seven soldiers martyred in North Waziristan: ISPR",
        "Twelve killed in Quetta blast — AFP",
        "Twelve killed in Quetta blast - police",
        # a named source's post online
        "Seven civilians were killed, the spokesman posted on X.",
        "The Taliban spokesman posted on X that seven civilians were killed.",
    ],
)
def test_a_source_reporting_the_count_in_real_shapes_covers_it(seed_corpus, text):
    assert excerpts(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the contrast is with another incident, or a new total
        (
            "Police said 12 militants were killed, while in a separate incident two policemen "
            "were martyred.",
            ["two policemen were martyred"],
        ),
        (
            "Police said 12 militants were killed, while the toll from last week's blast rose "
            "to 40.",
            ["toll from last week's blast rose to 40"],
        ),
        # nobody gives either count
        (
            "Twelve militants were killed in the raid while two soldiers were martyred.",
            ["Twelve militants were killed", "two soldiers were martyred"],
        ),
        # "after" opening a clause of its own, set off by a comma
        (
            "Police said the road was reopened on Monday, a day after the attack killed 19.",
            ["killed 19"],
        ),
        ("Police said the road was closed, but the blast had killed 19.", ["killed 19"]),
        # a toll revised by no named source: passive, an event, a day
        ("The toll was later revised to 45.", ["toll was later revised to 45"]),
        ("On Monday, the blast raised the toll to 45.", ["toll to 45"]),
        (
            "Heavy rain on Sunday raised the death toll from the floods to 45.",
            ["death toll from the floods to 45"],
        ),
        # a place after a colon is no credit, nor is a hyphen inside a word
        ("The blast killed 12 people in one city: Quetta.", ["killed 12 people"]),
        ("The blast killed 12 people in two cities: Quetta and Peshawar.", ["killed 12 people"]),
        (
            "Twelve Afghan-based militants were killed.",
            ["Twelve Afghan-based militants were killed"],
        ),
        # "posted" about a thing, or about where people were stationed
        ("A video posted on X showed 12 bodies.", ["12 bodies"]),
        (
            "Twelve policemen posted at the checkpoint were killed.",
            ["Twelve policemen posted at the checkpoint were killed"],
        ),
    ],
)
def test_look_alikes_of_real_attribution_shapes_are_found(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


# --- How real reporting describes the counted people ---------------------------------------


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        # a participle or compound that describes the people is no verb of theirs
        (
            "Nine suspected militants were killed in the raid.",
            "Nine suspected militants were killed",
        ),
        (
            "Nine Afghan-based militants were killed in the raid.",
            "Nine Afghan-based militants were killed",
        ),
        (
            "Five members of the banned TTP were killed in the raid.",
            "Five members of the banned TTP were killed",
        ),
        (
            "Nine heavily armed attackers were killed in the raid.",
            "Nine heavily armed attackers were killed",
        ),
        (
            "Thirty terrorists involved in the attack on the train have been killed.",
            "Thirty terrorists involved in the attack on the train have been killed",
        ),
        # the military's words for the dead on both sides
        ("Six soldiers embraced shahadat in the raid.", "Six soldiers embraced shahadat"),
        ("Eleven khwarij were eliminated in the operation.", "Eleven khwarij were eliminated"),
        ("Security forces eliminated 11 khwarij near the border.", "eliminated 11 khwarij"),
        (
            "Eleven Indian-sponsored khwarij were sent to hell.",
            "Eleven Indian-sponsored khwarij were sent to hell",
        ),
        # an adjective in "-ous" is not the counted noun
        ("The accident resulted in the loss of six precious lives.", "loss of six precious lives"),
        ("Troops killed 12 notorious militants in the raid.", "killed 12 notorious militants"),
    ],
)
def test_descriptions_of_the_counted_people_are_read(seed_corpus, text, excerpt):
    assert excerpts(seed_corpus, text) == [excerpt]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a participle of the people with no casualty word, or a verb of their own
        ("Twelve people trapped under the rubble were rescued.", []),
        ("Five policemen deployed at the checkpoint fled.", []),
        ("Nine armed men stormed the building and killed 12 people.", ["killed 12 people"]),
        ("Twelve Afghan-born players were selected.", []),
        # the same words, attributed
        ("Eleven khwarij were eliminated, the ISPR said.", []),
        ("Nine suspected militants were killed in the raid, police said.", []),
        # "two decades" measures time
        ("Two decades of war have killed tens of thousands.", []),
        ("Two decades ago, a blast in the city killed 40 people.", ["killed 40 people"]),
    ],
)
def test_look_alikes_of_those_descriptions_keep_their_judgment(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        # the injured who die later are a count of the dead
        ("Two of the injured succumbed to their wounds on Monday.", "Two of the injured succumbed"),
        ("Three injured later succumbed to injuries in hospital.", "Three injured later succumbed"),
        ("Two injured persons succumbed to their wounds.", "Two injured persons succumbed"),
    ],
)
def test_the_injured_who_succumb_are_counted_dead(seed_corpus, text, excerpt):
    assert excerpts(seed_corpus, text) == [excerpt]
    ((_, counts),) = kinds(seed_corpus, text)
    assert counts == "killed"


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("The five injured are stable.", []),
        ("Three of the injured were later shifted to Peshawar.", []),
        ("Twenty people were injured in the blast.", [(20, "injured")]),
        # an injured count with its deaths, each of its kind
        (
            "Twenty people were injured and two of the injured later died.",
            [(20, "injured"), (2, "killed")],
        ),
    ],
)
def test_look_alikes_of_the_injured_who_succumb(seed_corpus, text, counts):
    assert kinds(seed_corpus, text) == counts


# --- Real numbers that are not casualty counts, and real sources (regression guards) --------


@pytest.mark.parametrize(
    "text",
    [
        "The victim, a 23-year-old shopkeeper, was shot dead outside his home, police said.",
        "Police arrested four suspects after the attack.",
        "Three vehicles were destroyed and two damaged in the blast.",
        "More than 1,200 Afghans were deported on Tuesday.",
        "Militant violence killed 1,524 people in 2023, according to data compiled by an "
        "Islamabad-based think tank.",
        "Quetta blast kills 14. At least 14 people were killed in a bomb blast in Quetta on "
        "Monday, police said.",
        "Funeral prayers for the seven martyred soldiers were held on Sunday.",
        "Seven soldiers were killed in the attack, two security officials told Reuters.",
        "According to a statement, seven soldiers were martyred in the exchange of fire.",
        "Seven soldiers embraced martyrdom in the exchange of fire, the ISPR said.",
        "Eleven bodies had been brought to the trauma centre, hospital sources confirmed.",
        "At least nine people lost their lives in the landslide, reported Geo News.",
        "Police chief says 14 killed in Quetta bombing",
        '"Nine of our men embraced martyrdom in the ambush," the commander said.',
    ],
)
def test_real_non_counts_and_real_sources_stay_silent(seed_corpus, text):
    assert excerpts(seed_corpus, text) == []


# --- Tolls, lives and counts that share a verb ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # "of" after the incident belongs to it, not to the toll
        (
            "The toll from the ambush on a convoy of 35 vehicles has not been confirmed.",
            [],
        ),
        (
            "The death toll from the ambush on a convoy of 35 vehicles rose to 10.",
            [(10, "killed")],
        ),
        # a toll word far from its number, past a long description of the incident
        (
            "The death toll from Sunday's ambush on a food convoy travelling to the valley in "
            "the district's remote north has now reached 12.",
            [(12, "killed")],
        ),
        # "claimed lives of" without an article
        ("The blast claimed lives of 24 people in the village.", [(24, "killed")]),
        # "two dozen" counts 24
        ("More than two dozen were injured in the stampede.", [(24, "injured")]),
        # two counts sharing one verb
        (
            "Five soldiers and 25 militants were killed in the clashes.",
            [(5, "killed"), (25, "killed")],
        ),
        (
            "At least 138 civilians and 79 policemen were killed this year.",
            [(138, "killed"), (79, "killed")],
        ),
        # an aside's numbers are part of the larger count, "and" or not
        (
            "Fourteen people, including three children and two teachers, were killed.",
            [(14, "killed")],
        ),
        # a time after "and" is no second count
        ("Six people were injured between 9 and 10 am.", [(6, "injured")]),
    ],
)
def test_toll_links_lives_and_shared_verbs_are_read(seed_corpus, text, counts):
    assert kinds(seed_corpus, text) == counts


def test_a_hedge_after_rose_to_keeps_to_with_the_verb(seed_corpus):
    text = "Casualties in the district climbed to at least 75 dead."
    assert [t for t, _, _ in read(seed_corpus, text)] == ["at least 75 dead"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "alleged" describing people reports nothing
        (
            "The blast killed 24 people, including civilians and alleged militants.",
            ["killed 24 people"],
        ),
        # the next sentence breaks the count down ("of the deceased") with its source
        (
            "The blast claimed lives of 24 people. Officials say 14 of the deceased were "
            "militants.",
            [],
        ),
        (
            "The blast claimed lives of 24 people. Officials say the deceased were being "
            "identified.",
            ["claimed lives of 24 people"],
        ),
    ],
)
def test_alleged_and_the_deceased(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the next sentence's source speaks of the counted people through a pronoun
        ("Twelve people were killed. Police said the blast killed them instantly.", []),
        ("Eleven miners died in the collapse. Rescuers said they had died of suffocation.", []),
        ("Eleven miners died in the collapse. Rescuers said they were all killed by gas.", []),
        # a pronoun for the source itself, or a verb that is no casualty
        (
            "Twelve people were killed. Police said they were investigating the blast.",
            ["Twelve people were killed"],
        ),
        (
            "Twelve people were killed. Police said they had arrested two suspects.",
            ["Twelve people were killed"],
        ),
        (
            "Twelve people were killed. Police said they found the bodies in a field.",
            ["Twelve people were killed"],
        ),
    ],
)
def test_a_pronoun_for_the_counted_people_refers_back(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The number of martyrs rose to 23.", "number of martyrs rose to 23"),
        ("The number of victims has risen to 23.", "number of victims has risen to 23"),
        (
            "Twenty-three people breathed their last in hospital.",
            "Twenty-three people breathed their last",
        ),
        (
            "Seven people were burnt alive when the bus caught fire.",
            "Seven people were burnt alive",
        ),
        ("Seven passengers were massacred by gunmen.", "Seven passengers were massacred"),
        ("Gunmen murdered seven people in the village.", "murdered seven people"),
        ("Seven hostages were executed by the militants.", "Seven hostages were executed"),
        (
            "Seven policemen were assassinated in targeted attacks.",
            "Seven policemen were assassinated",
        ),
    ],
)
def test_more_words_for_killing_are_counts(seed_corpus, text, excerpt):
    assert excerpts(seed_corpus, text) == [excerpt]
    ((_, counts),) = kinds(seed_corpus, text)
    assert counts in ("killed", "casualties")


@pytest.mark.parametrize(
    "text",
    [
        # "executed" and "slaughtered" count the dead only when people are counted
        "Seven projects were executed by the company.",
        "The government executed 7 development schemes last year.",
        "Seven goats were slaughtered for the feast.",
        "The court sentenced seven people to death.",
        # the same words, attributed
        "Seven hostages were executed by the militants, the army said.",
        "The number of martyrs rose to 23, according to the provincial government.",
    ],
)
def test_look_alikes_of_words_for_killing_are_silent(seed_corpus, text):
    assert excerpts(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # every number of an age range is an age; the count is the people it describes
        (
            "Seven men aged between 18 and 25 were killed.",
            ["Seven men aged between 18 and 25 were killed"],
        ),
        ("The victims, aged 18 and 25, were killed.", []),
        ("Those killed were aged 18 to 25, police said.", []),
    ],
)
def test_age_ranges_are_not_counts(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a quotation opening the sentence after another one continues its speaker
        ('"The attack was repulsed," he said. "Twelve soldiers embraced martyrdom."', []),
        (
            '"The attack was repulsed," the commander said.\n\n"Twelve soldiers embraced '
            'martyrdom and 30 attackers were killed."',
            [],
        ),
        # not after a sentence between them, nor after a quotation without a speaker
        (
            '"The attack was repulsed," he said. Residents said the fighting lasted hours. '
            '"Twelve soldiers died."',
            ["Twelve soldiers died"],
        ),
        ('The crowd chanted "down with terror". "Twelve soldiers died."', ["Twelve soldiers died"]),
        (
            '"The attack was repulsed," he said. Later, "twelve soldiers died" was painted on '
            "a wall.",
            ["twelve soldiers died"],
        ),
    ],
)
def test_a_continued_quotation_keeps_its_speaker(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Fourteen martyred in Quetta blast: DG ISPR", []),
        # a source labelling a headline; a dateline names a place
        ("Police: 12 killed in Quetta blast", []),
        ("Rescue officials: 12 bodies recovered from rubble", []),
        ("QUETTA: 12 killed in blast", ["12 killed"]),
        ("DI KHAN: 12 killed in blast", ["12 killed"]),
        # a label is no source
        ("Quetta blast kills 14: LIVE UPDATES", ["kills 14"]),
        ("Fourteen martyred in Quetta blast: VIDEO", ["Fourteen martyred"]),
    ],
)
def test_a_headline_label_is_no_closing_credit(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


@pytest.mark.parametrize(
    ("text", "found", "values"),
    [
        # two counts sharing one verb share its source, or need one together
        (
            "The army said all 20 attackers were killed, while 12 passengers and 3 soldiers "
            "lost their lives.",
            [],
            [20, 12, 3],
        ),
        (
            "Twelve passengers and 3 soldiers lost their lives.",
            ["Twelve passengers and 3 soldiers lost their lives"],
            [12, 3],
        ),
    ],
)
def test_counts_sharing_a_verb_share_its_source(seed_corpus, text, found, values):
    assert excerpts(seed_corpus, text) == found
    assert [v for v, _ in kinds(seed_corpus, text)] == values


def test_a_partitive_count_has_no_whom_of_its_own(seed_corpus):
    import datetime as dt

    from narrlint.engine.linter import Linter
    from narrlint.input.source import SourceText

    text = "Two of the injured succumbed to their wounds on Monday."
    draft = Linter([], seed_corpus, date=dt.date(2024, 1, 1)).parse(SourceText(text), "d.md")
    assert [(c.value, c.whom) for c in draft.claims.counts] == [(2, None)]


# --- Round 3: asides inside the counted phrase, attributive participles ----------------------


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        # an "including" aside with no comma, up to the count's verb (names, acronyms)
        (
            "As many as 14 people including a provincial minister were hurt in the blast.",
            "As many as 14 people including a provincial minister were hurt",
        ),
        (
            "Eight passengers including the bus driver Gul Khan have been killed.",
            "Eight passengers including the bus driver Gul Khan have been killed",
        ),
        (
            "Some 20 workers including a Pakistan Peoples Party (PPP-P) councillor were wounded.",
            "Some 20 workers including a Pakistan Peoples Party (PPP-P) councillor were wounded",
        ),
        # an aside set off by dashes or brackets
        (
            "Six soldiers — among them a young captain — embraced martyrdom near the border.",
            "Six soldiers — among them a young captain — embraced martyrdom",
        ),
        (
            "On Sunday, 15 insurgents – including two commanders – were killed in the valley.",
            "15 insurgents – including two commanders – were killed",
        ),
        (
            "Four policemen (two of them constables) died in the ambush.",
            "Four policemen (two of them constables) died",
        ),
        # a relative clause about the counted people, with or without commas
        (
            "Thirteen labourers, who had been working on a dam, were shot dead.",
            "Thirteen labourers, who had been working on a dam, were shot dead",
        ),
        (
            "Nine pilgrims who were returning from Iran died when the bus overturned.",
            "Nine pilgrims who were returning from Iran died",
        ),
        # the source's own word in quotation marks
        ('Seven khwarij were "neutralised" in the raid.', 'Seven khwarij were "neutralised'),
        ("Five attackers were ‘sent to hell’ by the troops.", "Five attackers were ‘sent to hell"),
    ],
)
def test_a_count_interrupted_by_an_aside_is_read(seed_corpus, text, excerpt):
    assert excerpts(seed_corpus, text) == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        # the same shapes with their source are covered
        "As many as 14 people including a provincial minister were hurt, officials said.",
        "Police said six soldiers — among them a young captain — were martyred.",
        "The army said nine pilgrims who were returning from Iran died in the crash.",
        # a source's quoted word, with a second count joined to it by "while"
        "The ISPR said four terrorists, including a commander known as Ustad, were "
        '"sent to hell" in the exchange of fire while three others were wounded.',
        # victims already counted, named in a tribute or described as a known group
        "The governor prayed for Inspector Ali and two constables who were martyred in the ambush.",
        "The 12 men who were killed in the raid were all from one village.",
        # no casualty verb after the aside
        "Twelve students — including three girls — were rescued from the flood.",
        "Nine suspects who were wanted in the case were arrested.",
        # a lone dash opens no aside: what follows is another clause
        "Twelve students were rescued - two soldiers died in the attempt, police said.",
    ],
)
def test_look_alikes_of_asides_keep_their_judgment(seed_corpus, text):
    assert excerpts(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a participle before a noun describes it: it names no source
        (
            "Twelve people died in an alleged drone attack on the village.",
            ["Twelve people died"],
        ),
        (
            "At least nine people have been killed in reported shelling across the border.",
            ["At least nine people have been killed"],
        ),
        (
            "It was a quiet night until 11 villagers were killed in the confirmed raid.",
            ["11 villagers were killed"],
        ),
        # the same participles as a source's verb
        ("Residents alleged that 11 villagers were killed in the raid.", []),
        ("Twelve people died in the attack, the district police confirmed.", []),
        ("The toll was confirmed by the hospital: 14 people were killed.", []),
    ],
)
def test_an_attributive_participle_is_no_source(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


@pytest.mark.parametrize(
    "text",
    [
        # the parts of an attributed total, by place or group, in the next sentence
        "The provincial disaster authority said 48 people had died in the rains since June. "
        "Thirty people died in Swat, while 11 drowned in Dir.",
        "According to the health department, 70 people were killed in the clashes. In "
        "Parachinar, 41 were killed and 22 died in Sadda.",
        "The army spokesman told reporters that 120 soldiers were martyred in 90 attacks this "
        "year. Eighty soldiers embraced martyrdom in the north, whereas 25 lost their lives in "
        "the south.",
    ],
)
def test_parts_of_an_attributed_total_share_its_source(seed_corpus, text):
    assert excerpts(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # more than the total: another report
        (
            "Police said 30 people were killed in the Quetta blast. In Peshawar, 25 people "
            "were killed and 10 died in Karachi.",
            ["25 people were killed", "10 died"],
        ),
        # a time or an incident of their own
        (
            "Police said 30 people were killed in the Quetta blast. On Tuesday, five people "
            "were killed in Peshawar and three died in Karachi.",
            ["five people were killed", "three died"],
        ),
        (
            "Police said 30 people were killed in the Quetta blast. In a separate attack, five "
            "people were killed in Peshawar and three died in Karachi.",
            ["five people were killed", "three died"],
        ),
        # one part alone is no breakdown
        (
            "Police said 30 people were killed in the Quetta blast. In Peshawar, 12 people "
            "were killed.",
            ["12 people were killed"],
        ),
    ],
)
def test_look_alikes_of_parts_of_a_total_need_a_source(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a headline labelled with a source the ledger gives figures by, or an office it knows
        ("ISPR: 9 khwarij sent to hell in Tirah valley", []),
        ("UNAMA: 27 civilians killed in cross-border shelling", []),
        ("DG ISPR: Six soldiers martyred, 14 terrorists killed", []),
        ("CTD: Four militants killed in Quetta shootout", []),
        # a dateline, or a label the ledger does not know as a source
        ("PESHAWAR: 9 killed in market blast", ["9 killed"]),
        (
            "BANNU: Six soldiers were martyred in an attack on a checkpost.",
            ["Six soldiers were martyred"],
        ),
        ("Quetta: 9 killed in market blast", ["9 killed"]),
        ("LIVE: 9 killed in market blast", ["9 killed"]),
    ],
)
def test_a_headline_label_naming_a_known_source_credits_it(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a count a named party denies is the denied report, not the draft's own claim
        ("Islamabad denied that 14 civilians had been killed in the air strikes.", []),
        ("The Afghan defence ministry has denied reports that 20 of its troops died.", []),
        ("Kabul rejects allegations that 35 Pakistani soldiers were killed.", []),
        ("The army denied killing seven villagers during the search operation.", []),
        ("Islamabad condemned the report and denied that 14 civilians had died.", []),
        # denying, rejecting or dismissing something else
        (
            "The court rejected the bail plea of a man who shot dead nine people.",
            ["shot dead nine people"],
        ),
        (
            "The minister dismissed two officers after 11 prisoners died in custody.",
            ["11 prisoners died"],
        ),
        (
            "Police denied entry to reporters; six protesters were injured in the clash.",
            ["six protesters were injured"],
        ),
        # the nouns of those verbs deny nothing
        (
            "A land dispute that killed nine villagers was settled by the jirga.",
            ["killed nine villagers"],
        ),
        # a denial after the count, in another clause, sources nothing
        (
            "Nine civilians were killed in the shelling, which the army denied.",
            ["Nine civilians were killed"],
        ),
    ],
)
def test_a_denied_count_is_the_denied_report(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a reporting verb in a relative clause set off by commas reports that clause only
        (
            "The governor, who said terrorism would be crushed, visited the hospital where "
            "17 injured were being treated.",
            ["17 injured"],
        ),
        (
            "The party chief, who told reporters he would stay in the city, attended the "
            "funeral of the rally bombing that killed 23 workers.",
            ["killed 23 workers"],
        ),
        # what such a speaker says, asides of it included, is attributed
        ("The spokesman, who said nine soldiers were martyred, vowed to avenge them.", []),
        (
            "The spokesman, who said the blast, which hit a convoy, killed nine soldiers, "
            "vowed to avenge them.",
            [],
        ),
        (
            "The governor, who was briefed on the attack, said 17 people were injured.",
            [],
        ),
    ],
)
def test_a_speaker_in_a_relative_clause_reports_that_clause(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a preposition's noun phrase set off by commas opens no clause: the source reaches on
        (
            "The ISPR said troops raided the hideout and, after a heavy exchange of fire, nine "
            "khwarij were sent to hell.",
            [],
        ),
        (
            "Police said that after a long gun battle, four attackers were killed.",
            [],
        ),
        ("The spokesman said that before dawn prayers, 12 worshippers were injured.", []),
        # a clause with its own verb after the preposition is another statement
        (
            "Police said the highway was closed, after gunmen killed 19 passengers.",
            ["killed 19 passengers"],
        ),
        (
            "The army said it had repulsed the attack, after the blast had killed nine soldiers.",
            ["killed nine soldiers"],
        ),
    ],
)
def test_a_prepositional_phrase_does_not_end_what_was_said(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # verbs that name a quotation's speaker beside it
        ('"Nine of my neighbours were killed," recalled Zarina Bibi, a resident.', []),
        ('"Nine of us were wounded that night," he recounted.', []),
        ('Zarina Bibi lamented: "Nine children died in the fire."', []),
        # the same verbs away from a quotation report no figure
        (
            "Residents recalled the 2019 bombing that killed nine people.",
            ["killed nine people"],
        ),
        (
            "The minister urged restraint after nine people were killed in the clash.",
            ["nine people were killed"],
        ),
        (
            "He asked why nine people had been killed.",
            ["nine people had been killed"],
        ),
        (
            'Rescue work continued "round the clock" after nine people were killed.',
            ["nine people were killed"],
        ),
    ],
)
def test_a_quotations_speaker_verb_names_its_source(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        # a verb whose result is death, and more words for the dead
        (
            "Seven pilgrims were crushed to death in the stampede.",
            "Seven pilgrims were crushed to death",
        ),
        ("Three guards had been hacked to death.", "Three guards had been hacked to death"),
        ("Four workers were electrocuted at the site.", "Four workers were electrocuted"),
        ("Six soldiers attained shahadat in the clash.", "Six soldiers attained shahadat"),
        ("Eight villagers were gunned down near the market.", "Eight villagers were gunned down"),
        # a part of the count set off by commas is no count of its own
        (
            "Nine passengers, two of them women, were killed in the ambush.",
            "Nine passengers, two of them women, were killed",
        ),
        (
            "Nine passengers, four of whom were students, died in the crash.",
            "Nine passengers, four of whom were students, died",
        ),
    ],
)
def test_more_shapes_of_the_dead_are_read(seed_corpus, text, excerpt):
    assert excerpts(seed_corpus, text) == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Residents were scared to death after 3 blasts shook the town.",
        "The court sentenced 4 men to death for the bombing.",
        "The ISPR said nine passengers, two of them women, were killed in the ambush.",
        "Police arrested nine suspects, two of them women, in the raid.",
    ],
)
def test_look_alikes_of_more_shapes_of_the_dead_are_silent(seed_corpus, text):
    assert excerpts(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the next sentence reports the previous statement as a whole, or its deaths
        ("Nine soldiers embraced martyrdom. The information was shared by the ISPR.", []),
        ("Nine soldiers embraced martyrdom. The details were released by the army.", []),
        ("Nine soldiers embraced martyrdom. The military confirmed this on Sunday.", []),
        ("Nine soldiers embraced martyrdom. Officials confirmed it late on Sunday.", []),
        ("Nine soldiers embraced martyrdom. The ISPR confirmed their martyrdom.", []),
        # about something else
        (
            "Nine soldiers embraced martyrdom. The details of the raid were shared by the ISPR.",
            ["Nine soldiers embraced martyrdom"],
        ),
        (
            "Nine soldiers embraced martyrdom. The military confirmed it would retaliate.",
            ["Nine soldiers embraced martyrdom"],
        ),
        (
            "Nine soldiers embraced martyrdom. The information minister said the nation "
            "stood with the army.",
            ["Nine soldiers embraced martyrdom"],
        ),
    ],
)
def test_a_next_sentence_reporting_the_statement_covers_it(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a source's possessive on its report, and a data subject a few words back
        ("The health department's tally of 31 dead was revised later.", []),
        ("In the army's words, 31 khwarij were sent to hell.", []),
        ("The UNHCR's figures put the number of dead at 31.", []),
        ("Figures released on Monday from the rescue service show 31 deaths.", []),
        # a possessive of a place or an event, and footage, name no source
        ("The bombing's toll climbed to 31.", ["toll climbed to 31"]),
        ("Peshawar's hospitals received 31 bodies.", ["31 bodies"]),
        ("Video footage from the market showed 31 bodies.", ["31 bodies"]),
    ],
)
def test_a_sources_own_figure_names_it(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # deaths that did not happen: a counterfactual, a condition, a threat's object
        ("The device could have killed 80 worshippers had it gone off.", []),
        ("Thirty pupils would have been killed had the guard not stopped him.", []),
        ("If 30 people die every week, the district will empty.", []),
        ("The group vowed to kill 30 soldiers for every fighter killed.", []),
        # a report unsure of its toll, and what did happen
        (
            "Thirty people may have been killed in the landslide.",
            ["Thirty people may have been killed"],
        ),
        ("The device killed 80 worshippers when it went off.", ["killed 80 worshippers"]),
        (
            "The device could have killed more, but 30 people were injured.",
            ["30 people were injured"],
        ),
    ],
)
def test_deaths_that_did_not_happen_are_no_counts(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a reporting verb after the count that reports an object of its own
        (
            "Nine labourers were shot dead at the site, and police said they had detained "
            "three suspects.",
            ["Nine labourers were shot dead"],
        ),
        (
            "Nine labourers were shot dead at the site, the chief minister announced "
            "compensation for their families.",
            ["Nine labourers were shot dead"],
        ),
        (
            "Nine labourers were shot dead at the site and the police confirmed the attackers "
            "had fled.",
            ["Nine labourers were shot dead"],
        ),
        # a verb that closes the report, is inverted, or whose object is the count
        ("Nine labourers were shot dead at the site, the chief minister announced on Friday.", []),
        ("Nine labourers were shot dead at the site, said a senior police officer.", []),
        ("Nine labourers were shot dead at the site, and officials confirmed the toll.", []),
        ("Nine labourers were shot dead at the site, and officials confirmed it.", []),
        ("Nine labourers were shot dead at the site, and officials said so on Friday.", []),
        (
            "Nine labourers were shot dead at the site, and officials said it would not go "
            "unpunished.",
            ["Nine labourers were shot dead"],
        ),
        (
            "Nine labourers were shot dead at the site, and the police said in a statement "
            "that the death toll could rise.",
            [],
        ),
        (
            "Nine labourers were shot dead at the site, and the police said in a statement "
            "that two suspects had been held.",
            ["Nine labourers were shot dead"],
        ),
        ("Nine labourers were shot dead at the site, police told journalists in Turbat.", []),
        (
            "Nine labourers were shot dead at the site, police said, adding that the area was "
            "sealed.",
            [],
        ),
        # a comma splice with a verb of saying may still report the count
        ("Nine labourers were shot dead at the site, police said the gunmen fled.", []),
    ],
)
def test_a_later_reporting_verb_with_its_own_object_reports_that(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        # a description set off by commas between the people and their verb
        (
            "Some 40 villagers, mostly women and children, have drowned.",
            "Some 40 villagers, mostly women and children, have drowned",
        ),
        (
            "Seven policemen, all from Swabi, embraced martyrdom.",
            "Seven policemen, all from Swabi, embraced martyrdom",
        ),
        (
            "Eleven miners, mainly seasonal workers from Shangla, were killed.",
            "Eleven miners, mainly seasonal workers from Shangla, were killed",
        ),
    ],
)
def test_a_description_between_commas_keeps_the_count(seed_corpus, text, excerpt):
    assert excerpts(seed_corpus, text) == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Some 40 villagers, mostly women and children, were rescued by boat.",
        "Seven buses, all from Swabi, were damaged in the blast.",
        "The army said some 40 villagers, mostly women and children, had drowned.",
    ],
)
def test_look_alikes_of_a_description_between_commas_are_silent(seed_corpus, text):
    assert excerpts(seed_corpus, text) == []


def test_a_part_among_the_total_gives_the_total(seed_corpus):
    # "among" with no comma puts the part first: the count is the total after it
    assert excerpts(seed_corpus, "Two guards among nine people were killed in the raid.") == [
        "nine people were killed"
    ]


def test_a_single_incidents_toll_is_no_total_of_other_counts(seed_corpus):
    text = (
        "Police said 30 people were killed in the Quetta blast. In Mastung, eight people were "
        "killed and three died in hospital."
    )
    assert excerpts(seed_corpus, text) == ["eight people were killed", "three died"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a document that reads out the count, a source that shares it
        ('The military\'s press release read: "Eleven khwarij were sent to hell."', []),
        ("The police statement reads that eleven constables were martyred.", []),
        ("The CTD shared on X that eleven militants had been killed.", []),
        # reading and sharing something else
        (
            "The governor read a statement after eleven constables were martyred.",
            ["eleven constables were martyred"],
        ),
        (
            "The army shared footage after eleven constables were martyred.",
            ["eleven constables were martyred"],
        ),
    ],
)
def test_a_document_that_reads_out_the_count_sources_it(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a forecast of the toll is no count
        ("Rescuers fear the toll might climb to 40 by nightfall.", []),
        ("The number of dead is expected to rise to 40.", []),
        ("Officials said nine were killed, and the toll could go up to 40.", []),
        # a toll that was reached, even one a report is unsure of
        ("The toll climbed to 40 by nightfall.", ["toll climbed to 40"]),
        ("The number of dead may have risen to 40.", ["number of dead may have risen to 40"]),
    ],
)
def test_a_forecast_of_the_toll_is_no_count(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


def test_an_as_that_opens_the_clause_is_no_hedge(seed_corpus):
    text = "The night was chaotic as at least nine people were killed in the strike."
    assert read(seed_corpus, text)[0][:2] == ("at least nine people were killed", 9.0)
    assert read(seed_corpus, "As many as nine people were killed.")[0][0] == (
        "As many as nine people were killed"
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a passive reporting verb whose agent, a few words on, is a source
        ("Nine people were reported dead by local media.", []),
        ("Nine people were confirmed dead by the district hospital.", []),
        # no agent, or an agent that did the killing
        ("Nine people were reported killed by gunmen.", ["Nine people were reported killed"]),
        ("Nine people were reported killed in the blast.", ["Nine people were reported killed"]),
    ],
)
def test_a_passive_report_with_a_source_as_agent_attributes(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


# --- Figures written with an article: "a dozen" is a toll, "dozens" is none -----------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # subject, object, hedged, halved, injured: each a definite figure
        (
            "A dozen people lost their lives when a gas cylinder exploded in a Quetta market.",
            [("A dozen people lost their lives", 12, None)],
        ),
        (
            "The collapse of the mine killed nearly a dozen labourers on Thursday.",
            [("killed nearly a dozen labourers", 12, None)],
        ),
        (
            "Half a dozen soldiers have been martyred in the ambush, the second this month.",
            [("Half a dozen soldiers have been martyred", 6, None)],
        ),
        (
            "More than a dozen passengers were hurt after the coach overturned near Kohat.",
            [("More than a dozen passengers were hurt", 12, None)],
        ),
        # attributed like any count
        (
            "Officials said about a dozen people had died in the stampede.",
            [("about a dozen people had died", 12, "clause")],
        ),
    ],
)
def test_a_figure_written_with_an_article_is_a_count(seed_corpus, text, found):
    assert read(seed_corpus, text) == found


@pytest.mark.parametrize(
    "text",
    [
        # the plural gives no figure (the rule's documented policy; labelled so)
        "Dozens of people were wounded when the bomber struck the procession.",
        "Scores of worshippers were injured as the roof gave way.",
        "The floods have killed dozens across the province.",
        # a dozen of something that is no casualty
        "Police arrested a dozen suspects after the raid on the compound.",
        "A dozen schools were closed after the floods damaged their roofs.",
        "The convoy of a dozen trucks was attacked on the highway.",
    ],
)
def test_look_alikes_of_figures_with_an_article_give_no_count(seed_corpus, text):
    assert read(seed_corpus, text) == []


# --- A headline label naming a body the draft itself names as a source ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "# NDMA: 12 killed as rains lash Punjab\n\nHeavy rain lashed the province on Sunday. "
        "The National Disaster Management Authority (NDMA) warned of more downpours.",
        "The Provincial Disaster Management Authority (PDMA) opened relief camps.\n\n"
        "## PDMA: Nine dead, 30 hurt in Swat flash floods\n\nWater entered homes overnight.",
        "# WAPDA: Two linemen electrocuted to death in Multan\n\nThe Water and Power "
        "Development Authority (WAPDA) suspended work on the feeder.",
    ],
)
def test_a_label_the_draft_defines_as_a_source_credits_the_headline(seed_corpus, text):
    counts = read(seed_corpus, text)
    assert counts and all(scope is not None for _, _, scope in counts)
    assert excerpts(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the draft does not say who NDMA is: a label alone reads like a dateline
        (
            "# NDMA: 12 killed as rains lash Punjab\n\nHeavy rain lashed the province.",
            ["12 killed"],
        ),
        # an acronym for a place, a party or a group names no source
        (
            "# DIK: Five killed in attack on checkpost\n\nThe attack took place near Dera Ismail "
            "Khan (DIK) on Sunday.",
            ["Five killed"],
        ),
        (
            "# ANP: Three workers killed in Karachi clash\n\nThe Awami National Party (ANP) "
            "called a strike.",
            ["Three workers killed"],
        ),
        # a defined source labels nothing when the count is not in its headline
        (
            "The National Disaster Management Authority (NDMA) issued an alert. Twelve people "
            "were killed when a roof collapsed in Lahore.",
            ["Twelve people were killed"],
        ),
        # a dateline stays a dateline even when the draft defines a source elsewhere
        (
            "# QUETTA: 9 killed in market blast\n\nThe Counter-Terrorism Department (CTD) "
            "opened an inquiry.",
            ["9 killed"],
        ),
    ],
)
def test_look_alikes_of_a_defined_source_label_need_a_source(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


# --- An aside opened by a comma whose closing comma was left out ---------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Last week, more than 40 people, including two policemen martyred when a "
            "bomber struck a rally in Quetta.",
            ["more than 40 people, including two policemen martyred"],
        ),
        (
            "At least 25 passengers, including women and children drowned when the boat capsized.",
            ["At least 25 passengers, including women and children drowned"],
        ),
        (
            "On Friday, 17 workers, including a supervisor injured in the explosion at the mine.",
            ["17 workers, including a supervisor injured"],
        ),
    ],
)
def test_an_aside_left_unclosed_ends_at_the_casualty_participle(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


@pytest.mark.parametrize(
    "text",
    [
        # the same shape with its source
        "Last week, more than 40 people, including two policemen martyred when a bomber "
        "struck a rally in Quetta, police said.",
        # a closed aside: the participle is the children's, the count's verb is "buried"
        "Forty people, including two children killed in the blast, were buried on Sunday, "
        "relatives said.",
        # no casualty word at all
        "More than 40 people, including two policemen posted at the gate, attended.",
    ],
)
def test_look_alikes_of_an_unclosed_aside_stay_silent(seed_corpus, text):
    assert excerpts(seed_corpus, text) == []


# --- A source identifying the people just counted is the count's source -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Five guards were killed when gunmen stormed the post on Monday night. In a statement, "
        "the district police officer identified the slain guards as Constable Aslam and "
        "Constable Nadeem.",
        "Three miners died after the shaft flooded. Officials named the dead as Gul Khan, "
        "Sher Ali and Wazir.",
        "Two polio workers were shot dead in Bajaur. The police identified the victims as "
        "Bibi Amina and Noor Jehan.",
    ],
)
def test_a_source_identifying_the_dead_covers_the_count_before(seed_corpus, text):
    assert excerpts(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a source identifying someone else (the suspect, the owner) says nothing of the count
        (
            "Five guards were killed when gunmen stormed the post. Police identified the "
            "attacker as a local man.",
            ["Five guards were killed"],
        ),
        # identifying the dead without a source
        (
            "Three miners died after the shaft flooded. Relatives identified the dead as brothers.",
            ["Three miners died"],
        ),
    ],
)
def test_look_alikes_of_identifying_the_dead_need_a_source(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


# --- "killed all N X": the whole group, counted --------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Troops killed all six gunmen who stormed the post.", ["killed all six gunmen"]),
        ("The blast killed all 14 passengers on the van.", ["killed all 14 passengers"]),
    ],
)
def test_all_before_the_number_of_an_object_count_is_read(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Troops killed all six gunmen who stormed the post, the military said.",
        "Troops searched all six houses in the village.",
        "The flood killed all the livestock in the village.",
    ],
)
def test_look_alikes_of_all_before_an_object_count_stay_silent(seed_corpus, text):
    assert excerpts(seed_corpus, text) == []
