"""A change of post or rank told by its weekday: "<old rank> X on Friday took over the command
of the force as its new chief", in a story dated a day or a few after that Friday, the day the
old rank ended. The weekday of a report told in the past places the sentence on that day, as
a written date does (tests/test_titles_change_day.py): the rank held until the change is
right (dev news-r25-ti-034, a real passage: NL401 asked for the new rank). Placed two days
after the change, the old rank is stale again.

Also: "as" is no verb in the present (the lemma table gives it "a", and "as the" looked like
"signals the"), nor is "was": a sentence "… took over as the …" is told in the past, so its
weekday dates it. A real present verb still reads the present, and its weekday dates nothing.

Grids read the seed ledger's rank changes; days are offsets from the recorded
dates, never dates written here."""

import datetime as dt

import pytest

from .titles_support import display_name, lint_codes, rank_changes

CODES = ("NL401", "NL402")


TEMPLATES = (
    "{rank} {name} on {weekday} took over the command of the force as its new chief, in a "
    "ceremony held at the headquarters.",
    "On {weekday}, {rank} {name} assumed charge as the head of the service at a parade.",
)


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("later", [1, 3, 6])
def test_the_old_rank_is_right_on_the_weekday_of_the_change(seed_corpus, template, later):
    for rank, person, end in rank_changes(seed_corpus):
        text = template.format(weekday=f"{end:%A}", rank=rank, name=display_name(person))
        assert lint_codes(seed_corpus, text, end + dt.timedelta(days=later), CODES) == [], text


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_weekday_after_the_change_leaves_the_old_rank_stale(seed_corpus, template):
    for rank, person, end in rank_changes(seed_corpus):
        after = end + dt.timedelta(days=2)
        text = template.format(weekday=f"{after:%A}", rank=rank, name=display_name(person))
        assert lint_codes(seed_corpus, text, after + dt.timedelta(days=1), CODES) == ["NL401"]


PRESENT = "{rank} {name} on {weekday} says the force is ready for any challenge."


def test_a_weekday_in_a_present_report_does_not_place_it(seed_corpus):
    """A present verb tells of now: the weekday does not date the rank ("… on Friday says")."""
    for rank, person, end in rank_changes(seed_corpus):
        text = PRESENT.format(weekday=f"{end:%A}", rank=rank, name=display_name(person))
        assert lint_codes(seed_corpus, text, end + dt.timedelta(days=3), CODES) == ["NL401"]
