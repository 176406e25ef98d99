"""A title or rank the person held only later (NL402 "not yet"), the stale title of a report
dated after the handover (NL401's grace days), an appositive title joined to a descriptor, and
a title narrowed to one office by the place written after it.

The seed-ledger grids read every value (people, offices, tenures, ranks) from the loaded
ledger; the Sylvania ledger (``titles_support``) is fictional."""

import datetime as dt
import itertools

import pytest

from narrlint.claims.titles import holders_on

from . import titles_support
from .conftest import lint_text
from .titles_support import display_name, found, lint_codes, unique_title

sylvania = titles_support.sylvania  # the shared fixture, under the name the tests ask for

CODES = ("NL401", "NL402")

# ---------------------------------------------------------------------------------------------
# An office taken up only after the draft's date


def _later_posts(corpus, limit=8):
    """(title, person, post, day): a post of a single-holder office with a known start, the
    person's first of that office, a day 40 days before it on which someone else held the
    office; the title written names that office only."""
    ledger = corpus.ledger
    found_cases = []
    for person in ledger.people.values():
        if person.surnames or person.ranks:
            continue
        for post in person.posts:
            office = ledger.offices.get(post.office)
            if office is None or office.holders != "single" or post.start is None:
                continue
            if any(p.office == post.office and p is not post for p in person.posts):
                continue
            day = post.start - dt.timedelta(days=40)
            others = holders_on(corpus, office.id, day)
            if not others or any(h.id == person.id for h, _ in others):
                continue
            title = unique_title(corpus, office)
            if title is None:
                continue
            found_cases.append((title, person, post, day))
    return found_cases[:limit]


NOT_YET_TEMPLATES = (
    "{title} {name} said on Tuesday that the talks would resume.",
    "{title} {name} says the talks will resume next week.",
    "The talks will resume, {title} {name} told reporters.",
    "{name}, the {lower}, met the visiting delegation.",
    "The meeting was attended by the army chief, {title} {name} and other officials.",
    "ISLAMABAD: {title} {name} on Monday chaired a meeting on security.",
    # "promoting" here is no promotion: the sentence reports none
    "{title} {name} said the government is promoting trade with its neighbours.",
)


def test_grid_a_title_the_person_took_up_only_later_is_wrong(seed_corpus):
    cases = _later_posts(seed_corpus)
    assert len(cases) >= 3
    for title, person, post, day in cases:
        for template in NOT_YET_TEMPLATES:
            text = template.format(title=title, lower=title.lower(), name=display_name(person))
            assert lint_codes(seed_corpus, text, day, CODES) == ["NL402"], (text, day)
            held = post.start + dt.timedelta(days=20)
            if post.end is None or held < post.end:
                assert lint_codes(seed_corpus, text, held, CODES) == [], (text, held)


CLEAN_NOT_YET = (
    # written as a post about to be taken up, or the report of the appointment
    "Incoming {title} {name} said the talks would resume.",
    "{title}-designate {name} said the talks would resume.",
    "{name} was sworn in as {lower} on Monday.",
    "{name} has been appointed as the new {lower}.",
    "The country's new {title} {name} said the talks would resume.",
    # a speaker's words
    '"{title} {name} will lead the talks," the spokesman said.',
)


def test_grid_a_later_title_written_as_future_or_reported_as_an_appointment_is_not_wrong(
    seed_corpus,
):
    for title, person, _, day in _later_posts(seed_corpus):
        for template in CLEAN_NOT_YET:
            text = template.format(title=title, lower=title.lower(), name=display_name(person))
            assert lint_codes(seed_corpus, text, day, CODES) == [], (text, day)


def test_grid_a_draft_dated_days_before_the_recorded_start_is_not_judged(seed_corpus):
    for title, person, post, _ in _later_posts(seed_corpus):
        text = f"{title} {display_name(person)} said the talks would resume."
        for before in (1, 3):
            day = post.start - dt.timedelta(days=before)
            assert lint_codes(seed_corpus, text, day, CODES) == [], (text, day)


def test_a_title_held_later_is_judged_on_the_drafts_date_not_on_the_events(seed_corpus):
    """Reporting gives the title of its own day for past events: a date in the sentence
    before the tenure does not make the title wrong."""
    for title, person, post, _ in _later_posts(seed_corpus, limit=3):
        held = post.start + dt.timedelta(days=20)
        if post.end is not None and held >= post.end:
            continue
        earlier = post.start - dt.timedelta(days=400)
        text = (
            f"{title} {display_name(person)} said on Wednesday that the attacks had risen "
            f"since {earlier:%B %Y}."
        )
        assert lint_codes(seed_corpus, text, held, CODES) == [], text


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # Rosa Lind is Chief Minister of the North from 2024-02-26; Nina Falk held it before
        ("North Chief Minister Rosa Lind opened the new road.", "2023-06-01", ["NL402"]),
        ("Rosa Lind, the north chief minister, opened the road.", "2023-06-01", ["NL402"]),
        ("North Chief Minister Rosa Lind opened the new road.", "2024-06-01", []),
        # Leo Brandt is envoy from 2023-05-23; nothing on record decides the time before
        ("Special Envoy for Arcadia Leo Brandt arrived on Monday.", "2023-01-01", []),
        # the kind of post "Chief Minister" alone: every chief minister then on record is
        # someone else and Rosa Lind's record of the kind is the North's alone (round 19);
        # where no North chief minister is on record (before 2022-03-01) it decides nothing
        ("Chief Minister Rosa Lind opened the new road.", "2023-06-01", ["NL402"]),
        ("Chief Minister Rosa Lind opened the new road.", "2022-02-01", []),
    ],
)
def test_a_later_post_is_wrong_only_where_the_ledger_records_that_date(
    sylvania, text, day, expected
):
    assert found(sylvania, text, day) == expected, text


# ---------------------------------------------------------------------------------------------
# A rank the person was promoted to only later


def _later_ranks(corpus, limit=6):
    """(rank name, person, earlier term, later term): two successive ranks with known dates."""
    ledger = corpus.ledger
    cases = []
    for person in ledger.people.values():
        if person.surnames:
            continue
        terms = ledger.rank_succession(person.id)
        for earlier, later in itertools.pairwise(terms):
            if earlier.start is None or later.start is None or earlier.rank == later.rank:
                continue
            if (later.start - earlier.start).days < 60:
                continue
            rank = ledger.ranks.get(later.rank)
            if rank is None:
                continue
            cases.append((rank.name, person, earlier, later))
    return cases[:limit]


def test_grid_a_rank_the_person_was_promoted_to_only_later_is_wrong(seed_corpus):
    cases = _later_ranks(seed_corpus)
    assert cases
    templates = (
        "{rank} {name} inspected the troops on Friday.",
        "The corps commanders' conference was chaired by {rank} {name}.",
    )
    for rank, person, earlier, later in cases:
        day = earlier.start + (later.start - earlier.start) / 2
        for template in templates:
            text = template.format(rank=rank, name=display_name(person))
            assert lint_codes(seed_corpus, text, day, CODES) == ["NL402"], (text, day)
            after = later.start + dt.timedelta(days=10)
            if later.end is None or after < later.end:
                assert lint_codes(seed_corpus, text, after, CODES) == [], (text, after)
        promoted = f"{display_name(person)} was promoted to {rank} on Friday."
        assert lint_codes(seed_corpus, promoted, day, CODES) == [], promoted


def test_the_fix_writes_the_rank_held_on_the_date(seed_corpus):
    rank, person, earlier, later = _later_ranks(seed_corpus)[0]
    day = earlier.start + (later.start - earlier.start) / 2
    text = f"{rank} {display_name(person)} inspected the troops on Friday."
    (finding,) = lint_text(seed_corpus, text, date=day.isoformat(), codes=("NL402",))
    held = seed_corpus.ledger.ranks[earlier.rank].name
    assert finding.fix is not None
    (edit,) = finding.fix.edits
    assert edit.replacement == held
    assert text[edit.start : edit.end] == rank


# ---------------------------------------------------------------------------------------------
# NL401's grace days end where the sentence dates its events after the handover

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _just_ended(corpus, limit=6):
    """(title, person, post): posts of single-holder offices that ended on a known day, the
    person holding no later post of the office."""
    ledger = corpus.ledger
    cases = []
    for person in ledger.people.values():
        if person.surnames or person.ranks:
            continue
        for post in person.posts:
            office = ledger.offices.get(post.office)
            if office is None or office.holders != "single" or post.end is None:
                continue
            if any(
                p.office == post.office and p.start and p.start >= post.end for p in person.posts
            ):
                continue
            if post.start is None or (post.end - post.start).days < 30:
                continue
            title = unique_title(corpus, office)
            if title is not None:
                cases.append((title, person, post))
    return cases[:limit]


@pytest.mark.parametrize(
    "template",
    [
        "{title} {name} on {weekday} declined to attend the meeting.",
        "{title} {name} said on {weekday} that the talks would resume.",
        "On {weekday}, {title} {name} chaired a meeting on security.",
    ],
)
def test_grid_a_past_report_dated_after_the_handover_by_its_weekday_is_stale(seed_corpus, template):
    cases = _just_ended(seed_corpus)
    assert cases
    for title, person, post in cases:
        day = post.end + dt.timedelta(days=2)
        name = display_name(person)
        after = WEEKDAY_NAMES[day.weekday()]  # the draft's own day: after the end
        before = WEEKDAY_NAMES[(post.end - dt.timedelta(days=1)).weekday()]  # inside the tenure
        stale = template.format(title=title, name=name, weekday=after)
        assert lint_codes(seed_corpus, stale, day, CODES) == ["NL401"], (stale, day)
        told = template.format(title=title, name=name, weekday=before)
        assert lint_codes(seed_corpus, told, day, CODES) == [], (told, day)
        undated = f"{title} {name} declined to attend the meeting."
        assert lint_codes(seed_corpus, undated, day, CODES) == [], (undated, day)


# ---------------------------------------------------------------------------------------------
# An appositive title joined by "and" to a descriptor


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("{name}, a seasoned diplomat, and {lower}, will visit the capital.", ["NL401"]),
        ("{name}, a veteran politician and {lower}, will visit the capital.", ["NL401"]),
        ("{name}, Sylvania's veteran politician and {lower}, will visit.", ["NL401"]),
        ("{name}, the country's veteran politician and {lower}, will visit.", ["NL401"]),
        # "the …" after "and" may be someone else, listed; "former" may cover both
        ("{name}, a seasoned diplomat, and the {lower} will visit the capital.", []),
        ("{name}, a former diplomat and {lower}, will visit the capital.", []),
    ],
)
def test_grid_a_title_joined_to_a_descriptor_names_the_person(seed_corpus, template, expected):
    for title, person, post in _just_ended(seed_corpus):
        text = template.format(name=display_name(person), lower=title.lower())
        day = post.end + dt.timedelta(days=60)
        assert lint_codes(seed_corpus, text, day, CODES) == expected, (text, day)
        held = post.end - dt.timedelta(days=10)
        assert lint_codes(seed_corpus, text, held, CODES) == [], (text, held)


# ---------------------------------------------------------------------------------------------
# A place after a title several offices share


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sylvania's Ambassador in Arcadia, Sven Ek, presented his papers.", ["NL402"]),
        ("The talks were led by the Ambassador to Arcadia, Sven Ek, on Monday.", ["NL402"]),
        ("Sylvania's Ambassador in Borduria, Sven Ek, presented his papers.", []),
        ("Sylvania's Ambassador in Arcadia, Paula Roth, presented her papers.", []),
        # no place written: a courtesy title the ledger cannot rule out
        ("Sylvania's Ambassador Sven Ek presented his papers.", []),
    ],
)
def test_a_place_after_a_shared_title_picks_its_office(sylvania, text, expected):
    assert found(sylvania, text, "2024-06-01") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sven Ek, the ambassador of Sylvania in Arcadia, presented his papers.", ["NL402"]),
        ("Sven Ek, the Ambassador of Sylvania to Arcadia, met the press on Monday.", ["NL402"]),
        (
            "Talks opened on Monday, said Sven Ek, the ambassador of Sylvania for Arcadia.",
            ["NL402"],
        ),
        # right, or an owner with no place: several offices of that country share the title
        ("Paula Roth, the ambassador of Sylvania in Arcadia, presented her papers.", []),
        ("Sven Ek, the ambassador of Sylvania in Borduria, presented his papers.", []),
        ("Lars Onn, the ambassador of Arcadia in Sylvania, presented his papers.", []),
        ("Sven Ek, the ambassador of Sylvania, presented his papers.", []),
        ("Lars Onn, the ambassador of Arcadia, met Sven Ek on Monday.", []),
    ],
)
def test_an_owner_written_after_a_shared_title_is_not_its_place(sylvania, text, expected):
    """ "the ambassador of Pakistan in Kabul": "of" and a country after the title name whose
    office it is (the place comes after the owner); read as the post's place, the owner's name
    picked the other country's envoy to it."""
    assert found(sylvania, text, "2024-06-01") == expected, text


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("{title} {name} yesterday declined to attend the meeting.", ["NL401"]),
        ("{title} {name} declined today to attend the meeting.", ["NL401"]),
        # a newspaper's name, not the day: the report keeps its grace days
        ("{title} {name} told Pakistan Today the talks would resume.", []),
        # a weekday naming a thing, not the day the report tells of
        ("{title} {name} declined to attend the meeting after the {weekday} prayers.", []),
    ],
)
def test_grid_yesterday_and_today_date_a_past_report_after_the_handover(
    seed_corpus, template, expected
):
    for title, person, post in _just_ended(seed_corpus):
        day = post.end + dt.timedelta(days=2)
        weekday = WEEKDAY_NAMES[day.weekday()]
        text = template.format(title=title, name=display_name(person), weekday=weekday)
        assert lint_codes(seed_corpus, text, day, CODES) == expected, (text, day)


# ---------------------------------------------------------------------------------------------
# Two titles joined by "and" before one name


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # the first title is a post of the named person's: judged on them
        ("North Chief Minister and party leader Rosa Lind opened the road.", "2023-06-01", []),
        (
            "North Chief Minister and Party Leader Rosa Lind opened the road.",
            "2023-06-01",
            ["NL402"],
        ),
        ("North Chief Minister and Party Leader Rosa Lind opened the road.", "2024-06-01", []),
        ("Caretaker Prime Minister and Party Leader Karl Moser spoke.", "2024-06-01", ["NL401"]),
        ("Caretaker Prime Minister and Party Leader Karl Moser spoke.", "2021-10-01", []),
        # never the person's: a headline's list may name two people ("PM and army chief X")
        ("Prime Minister and Army Chief Hugo Stahl discussed security.", "2024-06-01", []),
        # after a determiner: a list of two
        ("The Foreign Minister and North Chief Minister Rosa Lind met.", "2023-06-01", ["NL402"]),
    ],
)
def test_a_title_joined_by_and_to_a_second_one_names_the_person_after_both(
    sylvania, text, day, expected
):
    assert found(sylvania, text, day) == expected, text


# ---------------------------------------------------------------------------------------------
# A title several countries share names the office of the person's own country


def _shared_title_cases(corpus, limit=6):
    """(title, person, day): a title of single-holder offices of two countries; a person all
    of whose posts are in one of them, who never held its office; a day on which someone else
    held that country's office and no one is on record in the other's."""
    ledger = corpus.ledger
    by_title = {}
    for office in ledger.offices.values():
        if office.holders == "single":
            for title in office.titles:
                by_title.setdefault(title, []).append(office)
    cases = []
    for title, offices in sorted(by_title.items()):
        countries = {o.country for o in offices}
        if len(offices) != 2 or len(countries) != 2 or not title.replace(" ", "").isalpha():
            continue
        if len(title.split()) < 2:
            continue
        for own, other in (offices, offices[::-1]):
            for holder, post in titles_support_posts(corpus, own.id):
                if post.start is None:
                    continue
                day = post.start + dt.timedelta(days=10)
                if holders_on(corpus, other.id, day) or (post.end and day >= post.end):
                    continue
                person = next(
                    (
                        p
                        for p in ledger.people.values()
                        if p.posts
                        and p.id != holder.id
                        and not p.surnames
                        and not p.ranks
                        and all(ledger.offices[q.office].country == own.country for q in p.posts)
                        and all(q.office != own.id for q in p.posts)
                    ),
                    None,
                )
                if person is not None:
                    cases.append((title, person, day))
                break
    return cases[:limit]


def titles_support_posts(corpus, office):
    from narrlint.knowledge.title_lexicon import title_lexicon

    return title_lexicon(corpus).posts.get(office, ())


def test_grid_a_title_two_countries_share_is_judged_by_the_persons_own_country(seed_corpus):
    cases = _shared_title_cases(seed_corpus)
    assert cases
    for title, person, day in cases:
        text = f"{titles_support.title_cased(title)} {display_name(person)} chaired the meeting."
        assert lint_codes(seed_corpus, text, day, ("NL402",)) == ["NL402"], (text, day)


# ---------------------------------------------------------------------------------------------
# A day and month without a year is the one nearest the draft's date


def test_grid_a_yearless_date_ahead_does_not_place_the_sentence_a_year_back(seed_corpus):
    """ "… chaired by X, decided that they would be expelled after <day month>" in a story
    dated weeks before that day: the coming one, not last year's (which may fall inside the
    person's ended tenure and silence the stale title)."""
    tested = 0
    for title, person, post in _just_ended(seed_corpus):
        day = post.end + dt.timedelta(days=60)
        ahead = day + dt.timedelta(days=25)
        if (post.end - post.start).days < 400:
            continue  # last year's day must fall inside the tenure for the test to bite
        text = (
            f"The committee, chaired by {title} {display_name(person)}, decided that they "
            f"would be expelled after {ahead:%B} {ahead.day}."
        )
        assert lint_codes(seed_corpus, text, day, ("NL401",)) == ["NL401"], (text, day)
        tested += 1
    assert tested


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # a place that is no country owns a title several offices share: its own office
        ("The North's Chief Minister, Rosa Lind, opened the road.", "2023-06-01", ["NL402"]),
        ("The North's Chief Minister, Emil Haas, opened the road.", "2024-06-01", ["NL402"]),
        ("The South's Chief Minister, Emil Haas, opened the road.", "2024-06-01", []),
        ("North Caretaker Chief Minister Rosa Lind opened the road.", "2023-06-01", ["NL402"]),
        ("The North's Chief Minister, Rosa Lind, opened the road.", "2024-06-01", []),
        # a body that is no place of the offices still owns it: not judged
        ("The Party's Chief Minister, Emil Haas, opened the road.", "2024-06-01", []),
    ],
)
def test_a_place_before_a_shared_title_picks_its_office(sylvania, text, day, expected):
    assert found(sylvania, text, day) == expected, text


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # a second title set right before the name: both are the name's
        ("Foreign Secretary Ambassador Anton Weiss briefed the envoys.", "2024-06-01", ["NL401"]),
        ("Foreign Secretary Ambassador Anton Weiss briefed the envoys.", "2013-01-10", []),
        # the first title never the person's: a list the ledger cannot tell from one person's
        ("Prime Minister Ambassador Paula Roth briefed the envoys.", "2024-06-01", []),
    ],
)
def test_a_title_set_right_before_a_second_one_names_the_person(sylvania, text, day, expected):
    assert found(sylvania, text, day) == expected, text


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # the place written after a title several offices share, with or without "of"
        ("Chief Minister North Emil Haas opened the road.", "2024-06-01", ["NL402"]),
        ("Chief Minister of the North Emil Haas opened the road.", "2024-06-01", ["NL402"]),
        ("Chief Minister North Rosa Lind opened the road.", "2023-06-01", ["NL402"]),
        ("Chief Minister South Emil Haas opened the road.", "2024-06-01", []),
        ("Chief Minister North Rosa Lind opened the road.", "2024-06-01", []),
        # a name after the title, no place: the kind of post stays unjudged
        ("Chief Minister Emil Haas opened the road.", "2024-06-01", []),
    ],
)
def test_a_place_after_a_shared_title_without_a_comma_picks_its_office(
    sylvania, text, day, expected
):
    assert found(sylvania, text, day) == expected, text


def test_grid_a_yearless_date_months_ahead_is_last_years(seed_corpus):
    """A day written without its year that, this year, would lie months after the draft's
    date is last year's: "On <day month>, X chaired the committee" told of the tenure."""
    tested = 0
    for title, person, post in _just_ended(seed_corpus):
        told = post.end - dt.timedelta(days=5)
        day = told + dt.timedelta(days=275)
        if told <= post.start:
            continue
        text = f"On {told:%B} {told.day}, {title} {display_name(person)} chaired the committee."
        assert lint_codes(seed_corpus, text, day, ("NL401",)) == [], (text, day)
        tested += 1
    assert tested
