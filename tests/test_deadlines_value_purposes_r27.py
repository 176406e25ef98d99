"""A value's own infinitive says whose day it is (issue 11, round 27, false-alarm risk): "The
government has asked ACC holders to leave the country by <date>, and gave the registration
authority until <date> to finalise the lists" holds two cut-offs in one clause; the second is
the day for another step ("to finalise the lists"), though the clause names the group and the
order's action. An infinitive right after a deadline value that is another purpose than the
orders' keeps that value from being read as the order's cut-off. An infinitive of the order's
own action ("until <date> to return"), of meeting it (avoiding its consequence, "by <date> to
avoid legal action"; getting ready to leave, "until <date> to wind up their affairs"), a step
joined to leaving ("to hand in their cards and leave") or none at all still lets it be judged.

The seed ledger: in March 2025 ACC holders had until 31 March 2025 to leave (IFRP phase 2).
"""

import pytest

from .deadlines_support import codes

WHEN = "2025-03-15"

ANOTHER_STEP = (
    "ACC holders must leave the country by March 31 and have until March 20 to submit their "
    "details to the authorities.",
    "Afghan Citizen Card holders who plan to go home have been given until March 20 to hand in "
    "their cards.",
    "ACC holders who wish to leave were given until March 20 to register with the authorities.",
    "ACC holders must leave Pakistan, and have until March 20 to submit their details.",
    "The government asked ACC holders to leave by March 31, and gave officials until March 20 "
    "to register and deport them.",
)
THE_ORDERS_DAY = (
    "ACC holders have until March 20 to leave the country.",
    "ACC holders were given until March 20 to return to Afghanistan.",
    "ACC holders must leave Pakistan by March 20 to avoid arrest and deportation.",
    "ACC holders must leave Pakistan, and have been given until March 20 to sell their shops.",
    "The ministry has given ACC holders until March 20 to hand in their cards and leave.",
)


@pytest.mark.parametrize("text", ANOTHER_STEP)
def test_a_value_for_another_step_is_not_the_orders_cut_off(seed_corpus, text):
    assert codes(seed_corpus, text, WHEN) == []


@pytest.mark.parametrize("text", THE_ORDERS_DAY)
def test_the_orders_own_day_is_still_judged(seed_corpus, text):
    assert codes(seed_corpus, text, WHEN) == ["NL101"]
