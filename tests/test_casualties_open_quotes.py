"""NL201: a quotation whose opening mark is not in the text (the passage starts inside a
long quote, or the page lost the mark) still ends at its closing mark, and its speaker credits
the count inside it (round 15 blind false alarm: a hospital count closed by '," the newspaper
quoted … as saying').

Invented sentences (never a passage of the news sets): paraphrases that must stay silent, and
look-alikes that must keep their finding.
"""

import pytest

from narrlint.claims.counts_quotes import quotes_of

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        'Twelve people wounded in the attack were taken to the district hospital," the paper '
        "quoted a health official as saying.",
        "Eight bodies were recovered from the debris of the market,” the rescue official told "
        "reporters.",
        'The blast killed four labourers and hurt nine others," the deputy commissioner said.',
    ],
)
def test_a_count_before_a_closing_mark_with_no_opening_is_quoted(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        # the count stands in the paragraph before the quotation's
        (
            'Twelve people were wounded in the attack.\n\nThe hospital could not cope," a '
            "doctor said.",
            "Twelve people were wounded",
        ),
        # a quotation closed earlier in the paragraph: the count after it is the writer's
        (
            'Residents called the attack "cowardly." Twelve people were wounded in it," the '
            "resident added.",
            "Twelve people were wounded",
        ),
        # an opening mark (a space before it) opens, it does not close
        (
            'Twelve people were wounded in the attack. "We are shocked," a resident said.',
            "Twelve people were wounded",
        ),
    ],
)
def test_counts_outside_the_quotation_keep_their_finding(seed_corpus, text, excerpt):
    assert any(excerpt in found for found in fires(seed_corpus, text))


def test_the_quotation_runs_from_its_block_to_the_closing_mark(seed_corpus):
    doc = seed_corpus.nlp('First paragraph.\n\nNine were hurt," he said. Then more.')
    quotes = quotes_of(doc)
    inside = [t.text for t in doc if quotes.region(t.i) >= 0]
    assert inside == ["Nine", "were", "hurt", ","]
