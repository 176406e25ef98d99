"""NL301 on refugees said never to have registered (GitHub issue 11, round 23: a miss in real
reporting, "around 400,000 Afghan refugees had opted not to register themselves"). People who
chose not to, failed to or did not register are without the papers registration gives: to
call them refugees (registered refugees, the PoR card holders) fuses them with the
undocumented, as "refugees who are not registered" does. Registering something else, as
something else, another group's registration, or another act declined, deny nothing.

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import PHASE1, found


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "Officials said some 300,000 Afghan refugees chose not to register with the "
            "authorities last year.",
            ["NL301"],
        ),
        (
            "Thousands of Afghan refugees who failed to register for PoR cards were detained in "
            "Quetta.",
            ["NL301"],
        ),
        ("Afghan refugees who did not register with UNHCR face arrest.", ["NL301"]),
        # clean look-alikes
        ("ACC holders who did not register for PoR cards face arrest.", []),
        ("Afghan refugees who failed to register a complaint were turned away.", []),
        ("Afghan refugees had opted not to return home this winter.", []),
        ("Afghan refugees registered themselves with UNHCR in 2007.", []),
        ("Afghan refugees who did not register as voters cannot vote.", []),
    ],
)
def test_refugees_said_never_to_have_registered(seed_corpus, text, codes):
    assert found(seed_corpus, text, PHASE1) == codes
