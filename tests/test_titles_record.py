"""NL402 only where the ledger shows the title was someone else's (``titles_record``): a post
the ledger cannot rule out, another country's office, no record on the date, a temporary post
another set-up shares, a short form of the person's own office."""

import datetime as dt

import pytest

from narrlint.claims.titles import holders_on

from . import titles_support
from .titles_support import display_name, found, lint_codes, title_cased

sylvania = titles_support.sylvania  # the shared fixture, under the name the tests ask for

# ---------------------------------------------------------------------------------------------
# NL402 only where the ledger shows the title was someone else's


@pytest.mark.parametrize(
    "text",
    [
        # a kind of post the ledger records several of in one country, and a diplomat's
        # courtesy title: the person may hold one the ledger does not record
        "Ambassador Leo Brandt said the talks would resume.",
        "Sylvania's ambassador Leo Brandt has said the talks will resume.",
        "The talks, Ambassador (retd) Leo Brandt said, would resume.",
        # a title written as past: the ledger does not hold the whole career it refers to
        "Former Foreign Minister Leo Brandt said the talks would resume.",
        "Leo Brandt, who was once foreign minister, says the talks will resume.",
        "Then-interior minister Leo Brandt had opened the office.",
        # an office many hold at once
        "Prime Minister's adviser Leo Brandt said the talks would resume.",
        # a body other than a country owns the title: it may be that body's post
        "The talks will resume, Party President Leo Brandt said.",
        "The talks, SDP President Leo Brandt said, would resume.",
        # a stand-in while the holder is away: the ledger records no acting stints
        "Acting Prime Minister Leo Brandt chaired the cabinet while Varga was abroad.",
        "Leo Brandt, the acting foreign minister, will attend in Reyes's place.",
    ],
)
def test_a_title_the_ledger_cannot_rule_out_is_not_wrong(sylvania, text):
    assert found(sylvania, text, "2024-06-01") == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Leo Brandt said the talks would resume.",
        "Leo Brandt, the interior minister, says the talks will resume.",
        "Ambassador to Arcadia Leo Brandt presented his papers.",
        "North Chief Minister Leo Brandt opened the new road on Monday.",
        "Meanwhile Foreign Minister Leo Brandt said the talks would resume.",
        "Sylvanian Foreign Minister Leo Brandt said the talks would resume.",
        # the post is itself an acting one: "acting" is its ordinary title, not a stand-in's
        "Acting Defence Minister Leo Brandt inspected the border.",
        # no post in the country: not a stand-in for its prime minister
        "Acting Prime Minister Omar Zed chaired the cabinet.",
    ],
)
def test_a_title_someone_else_held_then_is_wrong(sylvania, text):
    assert found(sylvania, text, "2024-06-01") == ["NL402"], text


@pytest.mark.parametrize(
    "text",
    [
        "Sylvania's Foreign Minister, Ambassador Paula Roth, said the talks would resume.",
        "The talks will resume, the interior minister, Ambassador Sven Ek, said on Monday.",
        "Meeting the envoys, the foreign minister, Ambassador Paula Roth, called for calm.",
        "Addressing the assembly, Sylvania's Prime Minister, Ambassador Sven Ek, urged restraint.",
    ],
)
def test_ambassador_as_a_courtesy_title_does_not_vouch_for_the_title_before_it(sylvania, text):
    """Diplomats keep "Ambassador" before their name as a courtesy: the ledger recording one
    embassy for the name says nothing of the other title, which is judged on its own (here
    held by someone else on the date)."""
    assert found(sylvania, text, "2024-06-01") == ["NL402"], text


@pytest.mark.parametrize(
    "text",
    [
        # the other title is the person's own on record: the courtesy title beside it is fine
        "Sylvania's Special Envoy for Arcadia, Ambassador Leo Brandt, said the talks would resume.",
        "Ambassador to Arcadia, Ambassador Paula Roth, presented her papers.",
        # the other title's office has no holder on record on the date: nothing decides
        "Sylvania's Foreign Secretary, Ambassador Paula Roth, said the talks would resume.",
        # "Ambassador" alone for a name the ledger records in another post: not judged
        "Ambassador Tomas Reyes said the talks would resume.",
    ],
)
def test_a_courtesy_ambassador_beside_a_title_the_ledger_cannot_rule_out_stays_silent(
    sylvania, text
):
    assert found(sylvania, text, "2024-01-15") == [], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office one holds at a time, someone else's on the date: no courtesy title
        ("Interior Minister Tomas Reyes, who is also the foreign minister, said so.", ["NL402"]),
        ("President Tomas Reyes, also the foreign minister, opened the talks.", ["NL402"]),
        # a role the ledger does not track, or an office with no holder on record then
        ("Party President Tomas Reyes, who is also the foreign minister, said so.", []),
        ("Foreign Secretary Paula Roth, who is also the ambassador to Arcadia, said so.", []),
    ],
)
def test_a_second_title_of_a_recorded_name_is_judged_where_another_held_it(
    sylvania, text, expected
):
    """The name's other title on record vouches for a courtesy title or an untracked role
    beside it, not for an office one person holds at a time whose holder then is someone
    else."""
    assert found(sylvania, text, "2024-01-15") == expected, text


@pytest.mark.parametrize(
    "text",
    [
        # the owner written before the title is a country whose office the ledger does not
        # spell so: the title is not one of the other country's offices
        "Arcadian Interior Minister Leo Brandt said the talks would resume.",
        "The talks, Arcadia's interior minister Leo Brandt said, would resume.",
    ],
)
def test_a_title_owned_by_another_country_is_not_judged_by_this_ones_offices(sylvania, text):
    assert found(sylvania, text, "2024-06-01") == [], text
    assert found(sylvania, text.replace("Arcadia", "Sylvania"), "2024-06-01") == ["NL402"]


def test_a_kind_of_post_is_judged_by_the_post_held_then(sylvania):
    """ "Chief Minister" (the North's or the South's) for the special envoy: wrong whichever is
    meant while the ledger records his envoy's post; before it, nothing decides (he may have
    held one the ledger does not record)."""
    text = "Chief Minister Leo Brandt opened the new road on Monday."
    assert found(sylvania, text, "2024-06-01") == ["NL402"]
    assert found(sylvania, text, "2022-06-01") == []


def test_no_record_of_the_office_on_that_date_decides_nothing(sylvania):
    text = "Foreign Minister Leo Brandt said the talks would resume."
    assert found(sylvania, text, "2021-06-01") == []  # before the ledger's first record
    assert found(sylvania, text, "2022-06-01") == ["NL402"]


@pytest.mark.parametrize(
    "text",
    [
        "Sylvania's interior minister, Leo Brandt, is visiting Arcadia on October 9-10, the "
        "first such trip since the party took power in August 2021.",
        "Interior Minister Leo Brandt, in office as a deputy since March 2019, will visit "
        "Arcadia on 9 October 2024.",
        "In August 2021 the party took power; on 9 October 2024 Foreign Minister Leo Brandt "
        "visited Arcadia.",
    ],
)
def test_a_date_without_a_recorded_holder_does_not_hide_one_with(sylvania, text):
    """A sentence may name a date the ledger has no holder for (before its first record)
    beside one it has: the recorded date, someone else's, decides."""
    assert found(sylvania, text, "2024-10-03") == ["NL402"], text


def test_only_dates_without_a_recorded_holder_decide_nothing(sylvania):
    text = "Interior Minister Leo Brandt visited Arcadia in March 2019 and in August 2021."
    assert found(sylvania, text, "2024-10-03") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "interim" also names a set-up in office elsewhere: the title may be its minister's
        ("The interim prime minister says the talks will go on.", []),
        ("In the capital, the interim prime minister says the talks will go on.", []),
        # no other set-up in office is called so, or the owner is written
        ("The caretaker prime minister says the talks will go on.", ["NL401"]),
        ("Sylvania's interim prime minister says the talks will go on.", ["NL401"]),
    ],
)
def test_an_unnamed_temporary_title_another_set_up_shares_is_not_stale(sylvania, text, expected):
    assert found(sylvania, text, "2024-06-01") == expected, text


# A short form of the person's own office, which the ledger spells only for another country


def _shortened_cases(corpus):
    """(written title, person, day): a title of another country's office whose every word is
    in a title of the person's own office, with no lesser-post word left out (so a short form
    of it), and (written title, person, day) where the words left out make a lesser post."""
    ledger = corpus.ledger
    short, lesser = [], []
    lesser_words = {"deputy", "vice", "assistant", "state"}
    for person in ledger.people.values():
        if person.surnames or person.ranks:
            continue
        for post in person.posts:
            own = ledger.offices.get(post.office)
            if own is None or not post.start:
                continue
            day = post.start + dt.timedelta(days=20)
            if post.end is not None and day >= post.end:
                continue
            for office in ledger.offices.values():
                if office.country == own.country or office.holders != "single":
                    continue
                for title in office.titles:
                    words = set(title.split()) - {"of", "for", "the", "and"}
                    if not title.replace(" ", "").isalpha():
                        continue
                    if any(title in o.titles for o in ledger.offices.values() if o is not office):
                        continue
                    for own_title in own.titles:
                        own_words = set(own_title.split()) - {"of", "for", "the", "and"}
                        head = own_title.split(" of ")[0].split(" to ")[0].split()[-1]
                        if words < own_words:
                            changed = own_words - words & lesser_words or head not in words
                            bucket = lesser if changed else short
                            bucket.append((title_cased(title), person, day, office.id))
    return short, lesser


def test_grid_a_short_form_of_the_persons_own_office_in_another_country_is_not_wrong(
    seed_corpus,
):
    short, lesser = _shortened_cases(seed_corpus)
    assert short and lesser
    templates = (
        "{title} {name} met the visiting delegation on Monday.",
        "The talks were attended by {title} {name} and other officials.",
        "{name}, the {lower}, said trade would grow.",
    )
    for title, person, day, _ in short:
        for template in templates:
            text = template.format(title=title, lower=title.lower(), name=display_name(person))
            assert lint_codes(seed_corpus, text, day, ("NL402",)) == [], text
    fired = 0
    for title, person, day, office in lesser:
        if not holders_on(seed_corpus, office, day):
            continue  # the ledger cannot say the title was someone else's then
        text = templates[0].format(title=title, name=display_name(person))
        assert lint_codes(seed_corpus, text, day, ("NL402",)) == ["NL402"], text
        fired += 1
    assert fired
