"""An appositive "X, the newly appointed (elected, named …) Y" names Y's holder, and a title
marked only as being taken up ("newly appointed", "incoming") still gets NL402 for a
caretaker/interim qualifier the person's post never had: the appositive was not read at all,
and the mark hid the wrong qualifier (mutation probe: a stale caretaker qualifier added).
An appointment names whom its post goes to in the same way: "appointed X as Y", "X was
appointed (as) Y", "the appointment of X as Y" read X as Y's holder taking the post up.

Grids read the seed ledger's posts held on a day inside them; no date is written here."""

import datetime as dt

import pytest

from .titles_support import display_name, lint_codes, unique_title

CODES = ("NL401", "NL402")

TEMPLATES = (
    "{name}, the newly appointed {qualifier}{lower}, criticised the expulsions on Monday.",
    "{name}, the newly elected {qualifier}{lower}, has criticised the expulsions.",
    "On Monday {name}, Pakistan's newly named {qualifier}{lower}, met the envoy.",
    "Incoming {qualifier}{title} {name} met the envoy on Monday.",
    # appointments
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


def _held(corpus, temporary: bool, limit=6):
    """(title, holder, a day inside the post) for single-holder posts with (``temporary``) or
    without a caretaker qualifier, each office once."""
    cases = []
    for office in corpus.ledger.offices.values():
        title = unique_title(corpus, office)
        if office.holders != "single" or title is None or office.country != "Pakistan":
            continue
        for person in corpus.ledger.people.values():
            posts = [p for p in person.posts if p.office == office.id]
            post = next((p for p in posts if p.start and p.end), None)
            if post is None or person.surnames:
                continue
            if bool(post.qualifier) != temporary or (post.end - post.start).days < 30:
                continue
            if not temporary and any(p.qualifier for p in posts):
                continue
            cases.append((title, person, post.start + dt.timedelta(days=10)))
            break
        if len(cases) >= limit:
            break
    return cases


def _text(template, title, person, qualifier):
    return template.format(
        name=display_name(person), title=title, lower=title.lower(), qualifier=qualifier
    )


@pytest.mark.parametrize("template", TEMPLATES)
def test_grid_a_caretaker_qualifier_on_a_newly_taken_elected_post_is_wrong(seed_corpus, template):
    cases = _held(seed_corpus, temporary=False)
    assert len(cases) >= 3
    for title, person, day in cases:
        text = _text(template, title, person, "caretaker ")
        assert lint_codes(seed_corpus, text, day, CODES) == ["NL402"], (text, day)
        right = _text(template, title, person, "")
        assert lint_codes(seed_corpus, right, day, CODES) == [], (right, day)


@pytest.mark.parametrize("template", TEMPLATES)
def test_grid_a_caretaker_qualifier_on_a_newly_taken_caretaker_post_is_right(seed_corpus, template):
    cases = _held(seed_corpus, temporary=True)
    assert cases
    for title, person, day in cases:
        for qualifier in ("caretaker ", "interim "):
            text = _text(template, title, person, qualifier)
            assert lint_codes(seed_corpus, text, day, CODES) == [], (text, day)


@pytest.mark.parametrize("lead", ("former", "then-"))
def test_grid_a_past_marked_caretaker_title_is_not_judged_on_the_qualifier(seed_corpus, lead):
    # the ledger need not record every post of a career a past title may refer to
    for title, person, day in _held(seed_corpus, temporary=False):
        sep = "" if lead.endswith("-") else " "
        text = f"{display_name(person)}, the {lead}{sep}caretaker {title.lower()}, met the envoy."
        assert "NL402" not in lint_codes(seed_corpus, text, day, CODES), (text, day)


@pytest.mark.parametrize("template", LOOK_ALIKES)
def test_grid_a_name_beside_an_appointment_it_does_not_name_is_not_judged(seed_corpus, template):
    for title, person, day in _held(seed_corpus, temporary=False):
        text = _text(template, title, person, "caretaker ")
        assert "NL402" not in lint_codes(seed_corpus, text, day, CODES), (text, day)
