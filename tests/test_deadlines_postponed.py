"""A postponement told without naming whose order ("Deportations were postponed until …", "The
Associated Press had reported that the arrests and deportations were postponed until …") is
the order in force at the text's date, like any cut-off given without saying whose: a verb of
extending and an act of enforcing name no one, a frame that reports the clause names its
source, and a name ("The Associated Press") is neither a verb of asking nor a people. On 1
April 2025 the order in force is the ACC holders', extended to 10 April."""

import pytest

from .deadlines_support import codes

WHEN = "2025-04-01"
FORMS = (
    "Deportations were postponed until {date}.",
    "The agency reported that deportations were postponed until {date}.",
    "The Associated Press had reported that the arrests and deportations were postponed until "
    "{date}.",
    "Officials said that deportations had been delayed until {date}.",
)


@pytest.mark.parametrize("form", FORMS)
def test_a_postponement_naming_no_one_is_the_order_in_force(seed_corpus, form):
    assert codes(seed_corpus, form.format(date="April 20"), WHEN) == ["NL101"]
    assert codes(seed_corpus, form.format(date="April 10"), WHEN) == []


@pytest.mark.parametrize(
    "text",
    [
        "The talks were postponed until April 20.",
        "Deportations of Tajiks were postponed until April 20.",
        "The Associated Press said the visas of its reporters were extended until April 20.",
        "UNHCR urged Pakistan to postpone deportations until April 20.",
        "The Associated Press urged Pakistan to postpone deportations until April 20.",
    ],
)
def test_postponement_look_alikes_stay_silent(seed_corpus, text):
    assert codes(seed_corpus, text, WHEN) == []
