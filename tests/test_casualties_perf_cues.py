"""The count reader's pre-check (counts_phrases.COUNT_CUES): a sentence with no cue word is
skipped before its numbers are judged, so a count whose only cue were a verb left to its
casualty word ("took 12 lives", "left 12 dead", "laid down their lives") or a phrase left to
its last word ("embraced martyrdom", "made the ultimate sacrifice") would be lost. These counts
must still be read; the same verbs without a casualty word stay silent.
Invented sentences only; the figures are the ledger's.
"""

import pytest

from narrlint.claims import counts_words as words
from narrlint.claims.counts_phrases import (
    COUNT_CUES,
    PHRASE_CUES,
    PHRASE_NOUNS,
    WITH_A_CASUALTY_WORD,
)

from .casualties_support import fires, ledger_tolls

COUNTS = [
    "The suicide blast in Quetta claimed {t} lives on Monday.",
    "The attack on the convoy took {t} lives in North Waziristan.",
    "The blast at a market in Peshawar left {t} people dead.",
    "A bombing near a checkpost in Bannu left {t} injured.",
    "{t} soldiers laid down their lives in an attack on a post in Kurram.",
    "{t} policemen gave their lives defending the station in Lakki Marwat.",
    "{t} soldiers embraced martyrdom in an exchange of fire in Zhob.",
    "{t} soldiers made the ultimate sacrifice in the Tirah valley.",
    "{t} soldiers attained shahadat during the operation in Khyber.",
]
SILENT = [
    "The drive from Quetta took {t} hours on Monday.",
    "{t} families left the city after the floods.",
    "{t} officers embraced the new plan in Peshawar.",
    "The project cost {t} million rupees.",
    "{t} delegates made the trip to Islamabad.",
]


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


@pytest.mark.parametrize("template", COUNTS)
def test_a_count_cued_only_by_its_casualty_word_is_read(seed_corpus, figures, template):
    text = template.format(t=figures[1])
    assert fires(seed_corpus, text), text


@pytest.mark.parametrize("template", SILENT)
def test_the_verbs_without_a_casualty_word_stay_silent(seed_corpus, figures, template):
    text = template.format(t=figures[1])
    assert not fires(seed_corpus, text), text


def test_verbs_left_to_a_casualty_word_are_no_casualty_word_themselves():
    """A verb dropped from the cues must make no count alone: no predicate, object verb,
    headline verb, death or loss noun, losing verb or toll word."""
    own = {
        *words.PREDICATES, *words.OBJECT_VERBS, *words.HEADLINE_VERBS, *words.DEATH_NOUNS,
        *words.LOSS_NOUNS, *words.LOSING_VERBS, *words.INJURY_VERBS, *words.INJURY_NOUNS,
        *words.TOLL_CUES, *words.COORDINATED_VERBS, *words.DYING_VERBS,
        *(verb for _, verb in words.PHRASAL_OBJECT_VERBS), "lives",
    }  # fmt: skip
    dropped = WITH_A_CASUALTY_WORD - COUNT_CUES
    assert dropped and not dropped & own


def test_every_phrase_predicate_has_a_cue():
    for phrase in words.PHRASE_PREDICATES:
        assert set(phrase) & COUNT_CUES, phrase
        assert (phrase[-1] if phrase[-1] in PHRASE_NOUNS else phrase[0]) in PHRASE_CUES
