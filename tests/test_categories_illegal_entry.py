"""NL301 on a group said to have come into the country unlawfully (GitHub issue 11, round 24:
dev r23-cc-046, "deported hundreds of Afghan refugees who illegally entered the country"). An
adverb of the undocumented on a verb of entering, before it ("who illegally crossed into
Pakistan") or after its object ("who entered the country illegally"), says the people came
without papers, as "living illegally" says they stay without them. Not people who entered
another country, a crossing with no way in ("crossed the border illegally": out and back,
too), an entry others made for them, a lawful entry, an entry set in an earlier time before
the people's papers came ("decades ago", "in the 1980s", "later registered"), or a group
whose lack it is.

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import PHASE1, found


@pytest.mark.parametrize(
    "text",
    [
        "Police in Quetta held 120 Afghan refugees who had unlawfully crossed into Pakistan.",
        "The province expelled Afghan refugees who entered the country illegally last year.",
        "Afghan refugees, who illegally entered Pakistan after the takeover, were sent back.",
    ],
)
def test_a_group_said_to_have_entered_unlawfully(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # another country's border, a lawful entry, an entry made by others
        "Iranian guards held 120 Afghan refugees who had unlawfully crossed into Iran.",
        "The province registered Afghan refugees who entered the country legally.",
        "Afghan refugees who were illegally brought into the country by smugglers were freed.",
        # people of no refugee group, or a group whose lack it is
        "The province expelled Afghans who entered the country illegally last year.",
        "The province expelled undocumented Afghans who entered the country illegally.",
        "Afghan refugees who entered the country before 1990 were registered.",
        # a crossing with no way in: it may be a way out and back
        "Afghan refugees who crossed the border illegally to see relatives were fined.",
        # an entry long past, before the papers came: nothing denied of them now
        "Many Afghan refugees crossed into Pakistan illegally in the 1980s and were registered "
        "later.",
        "Afghan refugees who slipped into the country illegally decades ago now hold PoR cards.",
    ],
)
def test_clean_entries(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == []
