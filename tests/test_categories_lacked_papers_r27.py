"""NL301 on refugees said to lack their papers in two wordings real reporting uses (GitHub
issue 11, round 27):

* a failure to show papers when asked ("refugees who failed to provide any document", "jailed
  for failing to produce valid documents"): the people are said to have none, as "refugees
  who had no documents" is; papers of their own not shown ("failed to show their documents")
  say where the papers were, as "not carrying" does, and deny nothing;
* a lack of registration ("refugees residing in Pakistan without any record or
  registration"): as "refugees who did not register", the group whose papers a registration
  gives is said to have none; another group's, or registering something else, denies nothing.

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2023-06-27"


@pytest.mark.parametrize(
    "text",
    [
        "Police said the Afghan refugees who failed to produce valid documents were taken into "
        "custody.",
        "Dozens of Afghan refugees were locked up for failing to provide any documentation.",
        "The minister said registered refugees that fail to present legal documents will face "
        "action.",
    ],
)
def test_a_failure_to_show_papers_denies_them(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # their own papers not shown: where the papers were, not whether they have any
        "Afghan refugees were held for failing to show their documents at the checkpoint.",
        # the group's own cards named: carrying, as "not carrying their PoR cards"
        "Afghan refugees who failed to show their PoR cards were questioned.",
        # something else not provided, or papers of a thing
        "Afghan refugees who failed to provide details of their relatives were questioned.",
        "Afghan refugees who failed to produce documents of their land in Kabul lost the case.",
        # people named by their lack of papers, or by a noun of everyone
        "Undocumented Afghans who failed to provide any document were declared illegal.",
        "Afghans who failed to provide any document were declared illegal.",
    ],
)
def test_a_failure_to_show_papers_look_alikes(seed_corpus, text):
    assert "NL301" not in found(seed_corpus, text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "The returnees included Afghan refugees staying in Pakistan without any registration, "
        "an official said.",
        "Afghan refugees who have lived in Quetta without record or registration were sent home.",
        "Many Afghan refugees in the country without proper registration face arrest.",
        # the card the registration gives, as "without PoR cards"
        "Afghan refugees staying in Karachi without registration cards were picked up.",
    ],
)
def test_a_lack_of_registration_denies_papers(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # registration of something else
        "Afghan refugees running shops without registration of their businesses were fined.",
        "Afghan refugees were issued new cards without registration fees.",
        "Afghan refugees living in Quetta without registration certificates for their shops "
        "were fined.",
        # another group's registration, or people named by their lack of papers
        "ACC holders staying in Pakistan without registration were sent home.",
        "Afghans staying in Pakistan without any record or registration were sent home.",
        "Undocumented Afghans living without any registration were sent home.",
        # a record that is no paper
        "Afghan refugees living here without a criminal record may stay.",
    ],
)
def test_a_lack_of_registration_look_alikes(seed_corpus, text):
    assert "NL301" not in found(seed_corpus, text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        # a restriction put after the verb of "those <group>" ("only those refugees were
        # declared illegal who failed to provide any document")
        "Officials said only those Afghan refugees would be expelled who had no valid documents.",
        "He said only those refugees were held who failed to produce any documentation.",
        # a group's adjective on the verb's way
        "Officials said only those refugees would be treated as illegal who failed to show any "
        "documents.",
    ],
)
def test_a_restriction_put_after_the_verb_of_those(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # the relative is someone else's: another noun or a preposition between
        "Those Afghan refugees were questioned by officers who had no documents to show.",
        "Those Afghan refugees met the Afghans who had no valid documents.",
        # no "those": the relative may be of anything before it
        "Afghan refugees were held in Karachi, where those who had no papers were fined.",
        # a restriction that denies nothing
        "He said only those refugees would go back who wished to return.",
    ],
)
def test_a_restriction_after_the_verb_look_alikes(seed_corpus, text):
    assert "NL301" not in found(seed_corpus, text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Afghan refugees who were unable to produce valid documents were arrested in Quetta.",
        "The minister said Afghan refugees who cannot present legal papers would be sent back.",
    ],
)
def test_an_inability_to_show_papers_denies_them(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        "Afghan refugees who were unable to provide for their families asked for help.",
        "Afghan refugees who cannot show their documents at checkpoints are questioned.",
        "Afghan refugees who were unable to produce documents of their land lost the case.",
        # a year before the noun, not a whole's count
        "Since 2010 Afghan refugees have lived in Karachi, out of which only 200 are registered.",
    ],
)
def test_an_inability_to_show_papers_look_alikes(seed_corpus, text):
    assert "NL301" not in found(seed_corpus, text, DAY)
