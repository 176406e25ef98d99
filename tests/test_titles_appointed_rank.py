"""A rank written before a name that is the object of an act told in the past that gives the
person a post ("the cabinet chose Lt Gen X as the new chief", "after the president named Lt
Gen X as head of the joint staff") is the rank the person held at that act: in a draft dated
days after a promotion that came with the appointment, it is right, as "Lt Gen X was named
…" (the passive) already is (dev news-r26-ti-015, a real passage: NL401 asked for
"General"). Look-alikes that still fire: the rank given to the subject of a present report
("Lt Gen X tells …"), the rank given to a person met rather than appointed ("met Lt Gen X as
talks began"), an appointment told as the future ("will appoint"), and the act long after
the promotion (another change, the rank stale by then).

Grids read the seed ledger's rank changes; days are offsets from the recorded dates, never
dates written here."""

import datetime as dt

import pytest

from .titles_support import display_name, lint_codes, rank_changes

CODES = ("NL401", "NL402")
SOON = dt.timedelta(days=6)
LONG_AFTER = dt.timedelta(days=200)

APPOINTED = (
    "Days after the cabinet chose {rank} {name} as the new chief, the parade went ahead.",
    "The ceremony came a week after the president named {rank} {name}, who once led the "
    "intelligence wing, as the head of the joint staff.",
    "Officials said the premier had picked {rank} {name} as the service chief after long talks.",
)

STILL_STALE = (
    "{rank} {name} tells the committee that the border is calm.",
    "The minister met {rank} {name} as the talks on the border began.",
    "The premier will appoint {rank} {name} as the head of the new command.",
)


@pytest.mark.parametrize("template", APPOINTED)
def test_the_rank_of_a_person_appointed_days_before_is_right(seed_corpus, template):
    for rank, person, end in rank_changes(seed_corpus):
        text = template.format(rank=rank, name=display_name(person))
        assert lint_codes(seed_corpus, text, end + SOON, CODES) == [], text


@pytest.mark.parametrize("template", APPOINTED)
def test_the_same_act_long_after_the_promotion_is_stale(seed_corpus, template):
    for rank, person, end in rank_changes(seed_corpus):
        text = template.format(rank=rank, name=display_name(person))
        assert lint_codes(seed_corpus, text, end + LONG_AFTER, CODES) == ["NL401"], text


@pytest.mark.parametrize("template", STILL_STALE)
def test_a_rank_not_the_object_of_a_past_appointment_still_fires(seed_corpus, template):
    for rank, person, end in rank_changes(seed_corpus):
        text = template.format(rank=rank, name=display_name(person))
        assert lint_codes(seed_corpus, text, end + SOON, CODES) == ["NL401"], text
