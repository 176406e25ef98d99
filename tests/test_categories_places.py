"""NL302 on refugees of another country (GitHub issue 11, hunt round 8): a bare "refugees" in
a story of another country is that country's refugees, whose number sizes none of the
ledger's groups. Countries and peoples come from the world's country list
(:mod:`narrlint.nlp.countries`), so those that are also common words ("Turkey",
"Lebanese", "Jordan") count.

The sentences are invented; the figures (800,000 ACC holders, 1.3 million registered
refugees) are the ledger's.
"""

import pytest

from .test_categories_reading import found

DATE = "2025-03-01"

COUNTRIES = (
    ("Turkey", "Turkish"),
    ("Lebanon", "Lebanese"),
    ("Jordan", "Jordanian"),
    ("Germany", "German"),
)


@pytest.mark.parametrize(("place", "people"), COUNTRIES)
@pytest.mark.parametrize(
    "template",
    [
        # the sentence names another country or its people, and not the ledger's
        "{people} authorities said 800,000 refugees had not renewed their papers.",
        "{place} is home to some 800,000 refugees registered with the agency.",
        "The agency asked that 800,000 refugees registered after 2015 be granted residency "
        "in {place}.",
        # a sentence naming no country, in a draft naming only another one
        "{people} officials met the agency on Monday.\n\nThe minister said 800,000 refugees "
        "had not updated their information.",
    ],
)
def test_refugees_of_another_country(seed_corpus, template, place, people):
    text = template.format(place=place, people=people)
    assert "NL302" not in found(seed_corpus, text, DATE)


@pytest.mark.parametrize(
    "text",
    [
        # the ledger's refugees: no country named, or the ledger's own named in the sentence
        # or anywhere in the draft
        "Officials said 800,000 refugees had not renewed their papers.",
        "Pakistani authorities said 800,000 refugees had not renewed their papers.",
        "Turkey and Pakistan host many refugees; officials said 800,000 refugees had not "
        "renewed their papers.",
        "Iran deported thousands of Afghans last year.\n\nOfficials said 800,000 refugees had "
        "not renewed their papers.",
        "Turkish officials met the agency on Monday.\n\nIn Pakistan, officials said 800,000 "
        "refugees had not renewed their papers.",
        # a country's name as a common word, not capitalised, is no country
        "The turkey dinner was cancelled; officials said 800,000 refugees had not renewed "
        "their papers.",
    ],
)
def test_refugees_of_the_ledger_still_compared(seed_corpus, text):
    assert "NL302" in found(seed_corpus, text, DATE)


@pytest.mark.parametrize(
    "text",
    [
        # a population all over the world or in another country: neither its parts (NL301)
        # nor its number (NL302) are judged by the ledger country's groups
        "About 7 million Afghan refugees, most of whom are undocumented migrants, are "
        "currently living abroad.",
        "Some 6 million Afghan refugees worldwide, many of whom lack papers, live mostly in "
        "Iran and Pakistan.",
        "Afghan refugees around the world, including ACC holders, fear return.",
        "About 3 million Afghan refugees, most of whom are undocumented migrants, live in Iran.",
        "In Iran, about 3 million Afghan refugees, most of whom are undocumented migrants, "
        "face deportation.",
        "About 800,000 Afghan refugees are currently living abroad.",
    ],
)
def test_a_population_beyond_the_ledgers_country(seed_corpus, text):
    assert found(seed_corpus, text, DATE) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same shapes in the ledger's country, or in one of its cities, are judged
        # (3 million, all Afghans' count in early 2025, given to refugees: NL302 too)
        ("Some 3 million Afghan refugees in Pakistan, most of whom are undocumented migrants, "
         "face deportation.", ["NL301", "NL302"]),
        ("Afghan refugees, most of whom are undocumented migrants, are living in Pakistan.",
         ["NL301"]),
        ("Around 4,000 Afghan refugees illegally staying in Karachi returned home.", ["NL301"]),
        ("Afghan refugees, including ACC holders, fear return.", ["NL301"]),
        # where people are to go is no place they are
        ("About 800,000 Afghan refugees are awaiting resettlement abroad.", ["NL302"]),
    ],
)  # fmt: skip
def test_the_same_shapes_at_home_are_judged(seed_corpus, text, expected):
    assert found(seed_corpus, text, DATE) == expected


# A sentence set in another country (round 23, dev r22-dl-023): it names no word of the
# country where the ledger's groups live, and names another country or its people before the
# group, or as its place right after it. "Afghan" in the group's own words says who the people
# are, not where they are; Afghanistan or Kabul named as whose envoys speak or where people
# return places nobody.
@pytest.mark.parametrize(
    "text",
    [
        "Undocumented Afghan refugees in Iran face deportation.",
        "Tajikistan has ordered illegal Afghan refugees to leave within a month.",
        "Kabul said it would ask Turkey to let 40,000 Afghan refugees who lack papers remain "
        "for another year.",
        "Afghanistan's envoy urged Iranian officials to stop expelling unregistered Afghan "
        "refugees, many of whom had no valid documents, the ministry said.",
        "Thousands of Afghan refugees currently in Turkey have no valid documents, officials "
        "in Kabul said.",
    ],
)
def test_a_sentence_set_in_another_country(seed_corpus, text):
    assert found(seed_corpus, text, DATE) == []


@pytest.mark.parametrize(
    "text",
    [
        # the host country named anywhere in the sentence, by name, people word or capital
        "Iran and Pakistan have ordered undocumented Afghan refugees to leave.",
        "Tajikistan has ordered illegal Afghan refugees in Pakistan to leave within a month.",
        "Like Iran, Pakistani authorities are expelling undocumented Afghan refugees.",
        "Kabul said it would ask Islamabad and Ankara to let Afghan refugees who lack papers "
        "remain.",
        # no other country named: the people's own country is no other country
        "Undocumented Afghan refugees were told to return to Afghanistan by March.",
        "Kabul said unregistered Afghan refugees would be welcomed home.",
        # another country named after the group for anything but its place
        "Undocumented Afghan refugees were told to leave by March, Turkish media reported.",
    ],
)
def test_a_sentence_naming_the_host_country_is_judged(seed_corpus, text):
    assert found(seed_corpus, text, DATE) == ["NL301"]


# People referred back to a sentence set in another country (round 23): a count "of them",
# or "there" as their place, takes its people from the sentence before; when that sentence
# names another country and no word of the host country, nor does theirs, they are there.
@pytest.mark.parametrize(
    "text",
    [
        "Tajikistan says it shelters some 3 million Afghans. About 800,000 of them are "
        "registered refugees, the ministry added.",
        "Turkey plans to expel 200,000 Afghans this year. Around 780,000 Afghan refugees hold "
        "residence permits there.",
        "Uzbekistan began deporting Afghans in May. Undocumented Afghan refugees there say they "
        "fear arrest.",
    ],
)
def test_people_referred_back_to_another_country(seed_corpus, text):
    assert found(seed_corpus, text, DATE) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the host country named in either sentence, or no back-reference
        ("Pakistan says it shelters some 3 million Afghans. About 800,000 of them are "
         "registered refugees, the ministry added.", ["NL302"]),
        ("Turkey plans to expel 200,000 Afghans this year. In Pakistan, about 800,000 of them "
         "are registered refugees.", ["NL302"]),
        ("Uzbekistan began deporting Afghans in May. Undocumented Afghan refugees say they fear "
         "arrest.", ["NL301"]),
        # "there" of an existential clause is no place
        ("Uzbekistan began deporting Afghans in May. There are undocumented Afghan refugees "
         "who fear arrest.", ["NL301"]),
    ],
)  # fmt: skip
def test_people_not_referred_back_are_judged(seed_corpus, text, expected):
    assert found(seed_corpus, text, DATE) == expected
