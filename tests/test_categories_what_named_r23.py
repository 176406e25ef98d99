"""NL301 on a fused phrase handed to a source by a free relative ("what officials call illegal
refugees"; GitHub issue 11, round 23: a risky wording the round's categories tuner left
reported). "What X call(s) ..." keeps the name at arm's length as "so-called" does: the phrase
is the source's name for the people, not the writer's classing. A naming with no "what"
("Officials described the detainees as ...") is the naming used and still judged, as is a
"what" clause naming something else.

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import PHASE1, found


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Police detained dozens of what officials call illegal refugees in Karachi.", []),
        (
            "Raids targeted what the provincial government describes as undocumented Afghan "
            "refugees.",
            [],
        ),
        (
            "Hundreds of what Islamabad terms unregistered refugees were moved to holding centres.",
            [],
        ),
        # the naming used, or a "what" clause that names something else: judged
        ("Authorities describe them as illegal refugees, but many hold PoR cards.", ["NL301"]),
        ("Police detained dozens of illegal refugees in Karachi.", ["NL301"]),
        ("What officials call a crackdown has hit illegal refugees hardest.", ["NL301"]),
    ],
)
def test_a_phrase_named_by_a_free_relative(seed_corpus, text, codes):
    assert found(seed_corpus, text, PHASE1) == codes
