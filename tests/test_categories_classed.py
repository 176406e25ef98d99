"""NL301 and NL302: a classing participle past a short agent ("registered with UNHCR as
refugees") (GitHub issue 11).

"880,000 Afghan nationals registered with UNHCR as refugees" gives the people the class after
"as" as "registered as refugees" does: the number counts that group (NL302), and a group said
to be classed as another is said to be it (NL301). The agent is a few capitalised words or an
authority noun; anything longer is no agent of the classing.

The sentences are invented; the groups and figures are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2024-02-19"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There are around 880,000 Afghan nationals registered with UNHCR as refugees.",
         ["NL302"]),
        ("Some 880,000 Afghans were registered by the government as refugees.", ["NL302"]),
        ("ACC holders are registered with UNHCR as refugees, the minister said.", ["NL301"]),
        ("ACC holders are recognised by Pakistan as refugees.", ["NL301"]),
        # clean: the group's own size, its own class, a classing denied, no "as"
        ("There are around 1.3 million Afghan nationals registered with UNHCR as refugees.",
         []),
        ("Some 880,000 Afghans were registered with NADRA as ACC holders.", []),
        ("ACC holders are not registered with UNHCR as refugees.", []),
        ("ACC holders registered with NADRA in Quetta as the drive began.", []),
    ],
)  # fmt: skip
def test_a_classing_past_its_agent(seed_corpus, text, expected):
    assert found(seed_corpus, text, DAY) == expected
