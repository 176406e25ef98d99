"""An appointment names whom its post goes to: "appointed X as Y", "X was appointed (as) Y",
"the appointment of X as Y" read X as Y's holder taking the post up, so a caretaker/interim
qualifier that post never had gets NL402 (mutation probe: a stale caretaker qualifier added to
an appointment was silent, the title read without a name).

Grids read the seed ledger's posts held on a day inside them; no date is written here."""

import pytest

from .test_titles_newly import _held
from .titles_support import display_name, lint_codes

CODES = ("NL401", "NL402")

TEMPLATES = (
    "The government has appointed {name} as {qualifier}{lower}.",
    "{name} was appointed as {qualifier}{lower} on Monday.",
    "{name} on Monday was appointed as the new {qualifier}{lower}.",
    "{name} has been appointed {qualifier}{lower}, the ministry said.",
    "The cabinet approved the appointment of {name} as {qualifier}{lower} on Monday.",
)
LOOK_ALIKES = (
    # the person named is not the one appointed
    "{name} welcomed the appointment of a {qualifier}{lower} on Monday.",
    "{name} said on Monday that Islamabad had named its {qualifier}{lower}.",
)


def _text(template, title, person, qualifier):
    return template.format(name=display_name(person), lower=title.lower(), qualifier=qualifier)


@pytest.mark.parametrize("template", TEMPLATES)
def test_grid_an_appointment_to_an_elected_post_as_caretaker_is_wrong(seed_corpus, template):
    cases = _held(seed_corpus, temporary=False)
    assert len(cases) >= 3
    for title, person, day in cases:
        text = _text(template, title, person, "caretaker ")
        assert lint_codes(seed_corpus, text, day, CODES) == ["NL402"], (text, day)
        right = _text(template, title, person, "")
        assert lint_codes(seed_corpus, right, day, CODES) == [], (right, day)


@pytest.mark.parametrize("template", TEMPLATES)
def test_grid_an_appointment_to_a_caretaker_post_as_caretaker_is_right(seed_corpus, template):
    cases = _held(seed_corpus, temporary=True)
    assert cases
    for title, person, day in cases:
        for qualifier in ("caretaker ", "interim "):
            text = _text(template, title, person, qualifier)
            assert lint_codes(seed_corpus, text, day, CODES) == [], (text, day)


@pytest.mark.parametrize("template", LOOK_ALIKES)
def test_grid_a_name_beside_an_appointment_it_does_not_name_is_not_judged(seed_corpus, template):
    for title, person, day in _held(seed_corpus, temporary=False):
        text = _text(template, title, person, "caretaker ")
        assert "NL402" not in lint_codes(seed_corpus, text, day, CODES), (text, day)
