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
        # something else not provided
        "Afghan refugees who failed to provide details of their relatives were questioned.",
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
