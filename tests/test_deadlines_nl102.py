"""How real reporting gives deadlines (issue 11, item 3), which mention conflicts (NL102): two
values for one order in one draft, in one sentence or two, against the look-alikes where two
dates are two stages or no restatement. Values read from the seed ledger."""

import pytest

from .deadlines_support import reported

# ---------------------------------------------------------------------------------------------
# Which mention conflicts: a second date in a participle clause that restates the first's order
# (", giving them until …") is the same cut-off told twice; when the ledger holds both values
# as disputed readings, NL102 reports it. Two stages of an order in one sentence do not conflict.

RESTATED = (
    "Afghans in Islamabad and Rawalpindi were told to leave the twin cities by {a}, giving "
    "them until {b} to relocate.",
    "Afghan nationals living in Islamabad and Rawalpindi must leave the twin cities by "
    "{a}, giving them time until {b} to wind up their affairs.",
    "Last month the authorities ordered Afghans to leave Islamabad and Rawalpindi by {a}, "
    "granting them until {b} to go.",
)


def _disputed(corpus):
    first, second, *_ = sorted(corpus.ledger.deadlines["twin_cities_relocation"].accepted_dates())
    return (f"{first:%B} {first.day}", f"{second:%B} {second.day}")


@pytest.mark.parametrize("template", RESTATED)
def test_a_restated_order_with_two_disputed_values_conflicts(seed_corpus, template):
    a, b = _disputed(seed_corpus)
    text = template.format(a=a, b=b)
    assert [code for code, _, _ in reported(seed_corpus, text, "2025-02-20")] == ["NL102"]
    assert reported(seed_corpus, template.format(a=a, b=a), "2025-02-20") == []


@pytest.mark.parametrize(
    "template",
    [
        # two stages of an order
        "Afghans must leave Islamabad and Rawalpindi by {a} and the rest of the country by {b}.",
        # a participle that is not a restatement of the order
        "Afghans must leave Islamabad and Rawalpindi by {a}, officials said, adding that "
        "talks continue until {b}.",
    ],
)
def test_a_restated_order_look_alikes(seed_corpus, template):
    a, b = _disputed(seed_corpus)
    codes = [code for code, _, _ in reported(seed_corpus, template.format(a=a, b=b), "2025-02-20")]
    assert "NL102" not in codes


# ---------------------------------------------------------------------------------------------
# Which mention conflicts, a grid: two sentences giving the twin cities' order two values the
# ledger holds as disputed readings conflict (NL102) in any pair of shapes, including an
# enforcement start ("After <date>, Afghans found in … will be deported") and people who
# "move out of" the cities (moving people, not a deadline); the same value twice is silent.
# A sentence naming no group refers back to the order for everyone there, not to the
# third-country cases' order in the same place.

CONFLICT_FIRST = (
    "All Afghans must leave the twin cities of Islamabad and Rawalpindi by {a}.",
    "Afghans living in Islamabad and Rawalpindi have been told to relocate by {a}.",
    "The government set a {a} deadline for Afghans to move out of Islamabad and Rawalpindi.",
)
CONFLICT_SECOND = (
    "Those living in the twin cities must relocate before the {b} deadline.",
    "Officials said Afghans in Islamabad and Rawalpindi had until {b} to leave.",
    "The deadline for Afghans to leave the twin cities is {b}, an official said.",
    "After {b}, Afghans found in Islamabad or Rawalpindi will be deported.",
)


def test_two_disputed_values_in_two_sentences_grid(seed_corpus):
    a, b = _disputed(seed_corpus)
    wrong = []
    for first in CONFLICT_FIRST:
        for second in CONFLICT_SECOND:
            for x, y, expected in ((a, b, ["NL102"]), (a, a, []), (b, b, [])):
                text = f"{first.format(a=x)} {second.format(b=y)}"
                codes = [code for code, _, _ in reported(seed_corpus, text, "2025-02-20")]
                if codes != expected:
                    wrong.append((text, codes))
    assert wrong == []


# ---------------------------------------------------------------------------------------------
# Round 9 (hunter draft r8 hunter-a/068): a later sentence that itself sets the earlier value
# beside another one ("ACC holders must leave by March 31, but those with UNHCR registration can
# remain until June 30") gives two groups' dates on purpose: neither conflicts with the earlier
# mention of the first value. A later sentence giving only the other value still conflicts.

SIDE_BY_SIDE = (
    "Afghan citizens who hold Afghan nationality cards must leave by {a}, but those with "
    "registration documents from the UNHCR can remain in Pakistan until {b}.",
    "Card holders have until {a} to go, while Afghans awaiting resettlement may stay until {b}.",
    "Most Afghans must be out of the twin cities by {a}; others were given until {b}.",
)


def test_a_sentence_setting_both_values_side_by_side_does_not_conflict(seed_corpus):
    a, b = _disputed(seed_corpus)
    loud = []
    for first in CONFLICT_FIRST:
        for second in SIDE_BY_SIDE:
            text = f"{first.format(a=a)} {second.format(a=a, b=b)}"
            if [c for c, _, _ in reported(seed_corpus, text, "2025-02-20") if c == "NL102"]:
                loud.append(text)
    assert loud == []


def test_a_sentence_giving_only_the_other_value_still_conflicts(seed_corpus):
    a, b = _disputed(seed_corpus)
    for first in CONFLICT_FIRST:
        # the side-by-side sentence's first value changed to the second: nothing sets the
        # earlier value beside it
        text = f"{first.format(a=a)} {SIDE_BY_SIDE[2].format(a=b, b=b)}"
        assert "NL102" in [c for c, _, _ in reported(seed_corpus, text, "2025-02-20")], text
