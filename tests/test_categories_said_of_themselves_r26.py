"""NL301 on what a group says of itself (GitHub issue 11, round 26: dev r25-cc-049, "Some Afghan
refugees in Karachi ... They said that they have been fined by the court for not having legal
documents"). "They said they were fined for ..." was read as a lack of papers given as the
cause of what was done to the refugees; the conjunction "that" after the group's own verb of
saying was taken for a relative pronoun and ended the reading. "That" followed by "they"/"we"
after a verb of saying (the vocabulary's reporting lemmas) is read past, in the group's own
sentence and after a "They" referring back, and what follows may then only tell what was done
to the speakers ("have been fined", "were arrested", "face arrest"): "said that they had helped
people arrested for ..." speaks of others, and a negated account denies nothing.

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2022-10-01"


@pytest.mark.parametrize(
    "text",
    [
        # the group's own sentence
        "A group of Afghan refugees in Quetta said that they were detained for not having"
        " valid papers.",
        "Dozens of Afghan refugees claimed that they had been jailed due to a lack of"
        " documentation.",
        # a "They" referring back, then "said that they"
        "Afghan refugees gathered outside the press club on Monday. They said that they had been"
        " arrested by police for not having legal documents.",
        "Afghan refugees in Peshawar met the commissioner. They stated that they face"
        " deportation due to a lack of documents.",
    ],
)
def test_said_of_themselves(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # others acted on for lacking papers
        "Afghan refugees said that they had helped neighbours arrested for lacking documents.",
        "Afghan refugees said that police fined migrants for not having legal documents.",
        # a negated account denies nothing
        "Afghan refugees said that they were never fined for lacking documents.",
        # a cause that is not a lack of papers
        "Afghan refugees said that they had been arrested for protesting outside the office.",
        # "that" as a determiner after a group's verb, not a conjunction
        "Afghan refugees said that they welcomed the court's decision on documents.",
    ],
)
def test_said_of_themselves_look_alikes(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []
