"""NL301 after a group's own phase deadline (GitHub issue 11).

Once the deadline of a group's phase has passed (PoR card holders: September 1, 2025) its
people stay without legal status: any wording that denies them papers or legality is then no
conflation, whatever the wording's shape; a sentence set at an earlier time, or a modifier
that is no denial of papers, still is.

The sentences are invented; the groups and dates are the ledger's. Shared helpers live in
:mod:`tests.test_categories_reading`.
"""

import datetime as dt

import pytest

from .test_categories_reading import found

AFTER = ("2025-11-10", "2026-03-03")
"""Drafts after the registered refugees' phase deadline (September 1, 2025)."""
BEFORE = "2025-05-10"

DENIALS = (
    "Police resumed the drive against illegally staying Afghan refugees.",
    "Undocumented Afghan refugees were detained in Karachi.",
    "Authorities arrested unlawfully residing Afghan refugees in Quetta.",
    "The crackdown on illegal Afghan refugees was suspended after the border closed.",
    "Afghan refugees living illegally in Lahore were held.",
)
"""Papers or legality denied to the registered refugees, in phrase and predicate shapes."""


@pytest.mark.parametrize("text", DENIALS)
def test_papers_denied_after_the_groups_own_deadline(seed_corpus, text):
    assert all(found(seed_corpus, text, day) == [] for day in AFTER)


@pytest.mark.parametrize("text", DENIALS[:4])
def test_papers_denied_before_the_groups_own_deadline(seed_corpus, text):
    assert found(seed_corpus, text, BEFORE) == ["NL301"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a sentence set at an earlier time speaks of the group as it was then
        ("In October 2023, the drive against illegally staying Afghan refugees began.",
         "2025-11-10"),
        ("In the first phase, the government deported illegally settled Afghan refugees.",
         "2026-01-15"),
        # a modifier that is no denial of papers still conflates
        ("ACC-holding refugees were told to leave.", "2026-01-15"),
    ],
)  # fmt: skip
def test_still_a_conflation_after_the_deadline(seed_corpus, text, date):
    assert found(seed_corpus, text, date) == ["NL301"]


def test_a_sentence_set_in_an_earlier_year(seed_corpus):
    text = "In 2023, Pakistan told all undocumented Afghan refugees to leave by November 1."
    assert found(seed_corpus, text, "2025-11-10") == ["NL301"]
    assert found(seed_corpus, text.replace("In 2023", "In 2026"), "2026-03-01") == []


def test_an_inclusion_in_a_sentence_set_in_an_earlier_year(seed_corpus):
    text = "In 2023, Pakistan told all undocumented migrants, most of them Afghan refugees, to go."
    assert found(seed_corpus, text, "2025-11-10") == ["NL301"]
    assert found(seed_corpus, text.replace("In 2023", "In 2026"), "2026-03-01") == []


@pytest.mark.parametrize(
    "text",
    [
        # a period named back from the text's date sets the sentence then, before the lapse
        "This is double last year's total, when Pakistan set deadlines for undocumented "
        "migrants and refugees to leave.",
        "Last year, the drive against illegally staying Afghan refugees began in Karachi.",
        "Last month, police detained undocumented Afghan refugees in Quetta.",
    ],
)
def test_a_sentence_set_last_year_or_last_month(seed_corpus, text):
    """Drafts after the registered refugees' deadline: "last year" (2024 or 2025 with its
    lapse, for 2025 and 2026 drafts) or "last month" (before the cards ended) is then."""
    day = "2025-07-20" if "month" in text else "2025-11-10"
    assert found(seed_corpus, text, day) == ["NL301"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the period named is itself after the lapse, or the group's own word is used
        ("Last year, the drive against illegally staying Afghan refugees began in Karachi.",
         "2026-11-10"),
        ("Last month, police detained undocumented Afghans in Quetta.", "2025-07-20"),
        # a period told of one thing only (the deadline's end) does not set the sentence
        ("Deportations of illegal foreigners, including ACC holders, go on after the "
         "deadline that ended last month.", "2025-04-20"),
        ("Police detained undocumented Afghan refugees in Quetta, where a drive began "
         "last month.", "2025-07-20"),
        ("This is double last year's total, when Pakistan set deadlines for undocumented "
         "migrants to leave.", "2025-11-10"),
    ],
)  # fmt: skip
def test_look_alikes_of_a_sentence_set_last_year(seed_corpus, text, day):
    assert found(seed_corpus, text, day) == []


def _validity_end(corpus):
    """The registered refugees' papers' last day, read from the ledger (PoR validity chain)."""
    from narrlint.claims.groups import lexicon

    return lexicon(corpus).lapses["por"]


@pytest.mark.parametrize(
    "text",
    [
        # papers denied: no conflation from the day after the cards' validity ended
        # (30 June 2025 in the ledger), before the grace period that ended the stay
        "As the government's deadline for undocumented Afghan refugees expired, teams were formed.",
        "The crackdown on undocumented Afghan refugees began on Monday.",
        "Police detained Afghan refugees without valid documents in Quetta.",
        "Raids targeted Afghan refugees residing without proper legal documentation.",
    ],
)
def test_papers_denied_after_the_validity_ended(seed_corpus, text):
    end = _validity_end(seed_corpus)
    assert found(seed_corpus, text, str(end + dt.timedelta(days=1))) == []
    assert found(seed_corpus, text, str(end)) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # legality denied: from the day after the phase's last day of stay (the PoR
        # holders' grace ended on 31 August 2025; deportations began on 1 September)
        "Police rounded up illegally residing Afghan refugees in Karachi.",
    ],
)
def test_legality_denied_after_the_last_day_of_stay(seed_corpus, text):
    assert found(seed_corpus, text, "2025-09-01") == []
    assert found(seed_corpus, text, "2025-08-31") == ["NL301"]


REGISTRATIONS = (
    "The Home Department made its policies against unregistered Afghan refugees stricter.",
    "Police detained 300 non-registered Afghan refugees in Quetta.",
    "The crackdown on unregistered refugees from Afghanistan resumed in Karachi.",
    "Authorities said unregistered Afghan refugees would be deported first.",
)
"""A registration denied to the registered refugees: registering is a past act."""


@pytest.mark.parametrize("text", REGISTRATIONS)
@pytest.mark.parametrize("day", (BEFORE, *AFTER))
def test_a_registration_denied_on_any_day(seed_corpus, text, day):
    assert found(seed_corpus, text, day) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # the right word for the group without papers, and a registered group named as such
        "The Home Department made its policies against unregistered Afghans stricter.",
        "Police detained 300 non-registered Afghan migrants in Quetta.",
        "Authorities said registered Afghan refugees would be deported next.",
        # a registration of something else than people
        "The crackdown on unregistered vehicles resumed in Karachi.",
    ],
)
@pytest.mark.parametrize("day", (BEFORE, *AFTER))
def test_registration_words_that_fuse_nothing(seed_corpus, text, day):
    assert found(seed_corpus, text, day) == []
