"""Whom a title names (``titles_names``): a holder after the title across abbreviations,
ranks and honorifics, an appositive before it, a name set off by commas, and the look-alikes
(a lesser post's name, a list, a clause) where the name is not the title's."""

import datetime as dt

import pytest

from . import titles_support
from .titles_support import CODES, display_name, found, lint_codes, never_held, unique_title

sylvania = titles_support.sylvania  # the shared fixture, under the name the tests ask for

# ---------------------------------------------------------------------------------------------
# Who a title names: a list is not an appositive


@pytest.mark.parametrize(
    "text",
    [
        "The ceremony was attended by Army Chief Hugo Stahl, Chairman Joint Chiefs of Staff "
        "Committee Gen Karl Beck and Prime Minister Ilse Varga.",
        "Present were Hugo Stahl, Chairman Joint Chiefs of Staff Committee Admiral Karl Beck, "
        "and Ilse Varga.",
        "Ilse Varga, Foreign Minister Dr. Karl Beck and Mara Quist will attend.",
    ],
)
def test_a_title_with_its_own_holder_after_it_is_not_the_names_before(sylvania, text):
    assert found(sylvania, text, "2024-06-01") == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Hugo Stahl, Chairman Joint Chiefs of Staff Committee, said the border was calm.",
        "Ilse Varga, Foreign Minister of Sylvania, will attend.",
    ],
)
def test_an_appositive_title_still_names_the_person_before(sylvania, text):
    assert found(sylvania, text, "2024-06-01") == ["NL402"], text


# ---------------------------------------------------------------------------------------------
# A title inside the name of another post


@pytest.mark.parametrize(
    "text",
    [
        "Deputy Interior Minister Leo Brandt said the drive would go on.",
        "The deputy foreign minister, Leo Brandt, said the drive would go on.",
        "Adviser to the Prime Minister Leo Brandt told reporters the talks had ended.",
        "Spokesman for the Foreign Minister, Leo Brandt, said the talks had ended.",
        "Special assistant to the interior minister Leo Brandt will travel on Monday.",
        "Leo Brandt, interior minister of state, said the drive would go on.",
    ],
)
def test_a_title_part_of_a_lesser_posts_name_is_not_the_persons(sylvania, text):
    assert found(sylvania, text, "2024-06-01") == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Brandt wrote to Interior Minister Leo Brandt last week.",
        "The letter to Foreign Minister Leo Brandt was published.",
    ],
)
def test_a_title_after_a_preposition_alone_is_still_the_persons(sylvania, text):
    assert found(sylvania, text, "2024-06-01") == ["NL402"], text


@pytest.mark.parametrize(
    ("date", "expected"),
    [("2025-01-15", ["NL401"]), ("2024-01-15", [])],
)
@pytest.mark.parametrize(
    "text",
    [
        "ARCADIA CITY: Sylvania's Special Envoy on Arcadia, Ambassador Leo Brandt has said the "
        "attacks rose.",
        "Sylvania's special envoy on Arcadia, Leo Brandt, said the attacks rose.",
    ],
)
def test_a_title_with_a_complement_on_names_the_name_after_its_comma(
    sylvania, text, date, expected
):
    assert found(sylvania, text, date) == expected, text


@pytest.mark.parametrize(
    "text",
    [
        "Caretaker Prime Minister Karl Moser, who said the talks went well, met the envoy.",
        "Caretaker Prime Minister Karl Moser, now in his seventies, met the envoy.",
    ],
)
def test_an_appositive_about_something_else_leaves_the_title_stale(sylvania, text):
    assert found(sylvania, text, "2024-06-01") == ["NL401"], text


# ---------------------------------------------------------------------------------------------
# Grids over the seed ledger's own facts (values read from the loaded ledger, never written
# here): templates in several word orders and tenses crossed with the ledger's posts.


def _single_holder_cases(corpus, limit=6):
    """(title, holder, another person of the country, a day inside the holder's tenure) for
    offices held by one person at a time; the other person never held the office and has
    no ranks the sentence could get wrong."""
    ledger = corpus.ledger
    cases = []
    for office in ledger.offices.values():
        title = unique_title(corpus, office)
        if office.holders != "single" or title is None:
            continue
        for holder in ledger.people.values():
            post = next((p for p in holder.posts if p.office == office.id and p.start), None)
            if post is None or holder.surnames:
                continue
            day = post.start + dt.timedelta(days=20)
            if post.end is not None and day >= post.end:
                continue
            other = never_held(ledger, office)
            if other is not None:
                cases.append((title, holder, other, day))
            break
        if len(cases) >= limit:
            break
    return cases


LEAD_TEMPLATES = (
    "{title} ({abbr}) {name} said on Monday that the talks would go on.",
    "The delegation was led by {title} ({abbr}) {name} and included senior officials.",
    "{title} Dr. {name} has called for calm after the attack.",
    "The talks, {title} Dr. {name} said, would resume next week.",
    "{title} ({abbr}) Syed {name} has issued a stern call to the neighbours.",
    "On Monday, {title} ({abbr}) Dr. {name} met the visiting envoy.",
)


def _abbreviation(title):
    return "".join(w[0] for w in title.split() if w[0].isupper())


@pytest.mark.parametrize("template", LEAD_TEMPLATES)
def test_grid_a_bracketed_abbreviation_or_honorific_before_the_name_keeps_the_holder(
    seed_corpus, template
):
    """A title's abbreviation in brackets, honorifics and given names with their full stops
    stand between a title and its holder's name in reporting ("Chairman Joint Chiefs of Staff
    Committee (CJCSC) Field Marshal …", "… Director General Lt. Gen. …")."""
    cases = _single_holder_cases(seed_corpus)
    assert len(cases) >= 3
    for title, holder, other, day in cases:
        abbr = _abbreviation(title)
        wrong = template.format(title=title, abbr=abbr, name=display_name(other))
        right = template.format(title=title, abbr=abbr, name=display_name(holder))
        assert lint_codes(seed_corpus, wrong, day, ("NL402",)) == ["NL402"], (wrong, day)
        assert lint_codes(seed_corpus, right, day, ("NL402",)) == [], (right, day)


def test_grid_a_rank_in_any_written_form_before_the_name_keeps_the_holder(seed_corpus):
    """A rank between a title and the name, in each form the ledger spells it ("Lt. Gen.",
    "Gen", "Field Marshal"): the title still names the person after the rank."""
    ledger = seed_corpus.ledger
    titles = {t for o in ledger.offices.values() for t in o.titles}
    forms = [
        f
        for rank in ledger.ranks.values()
        for f in (*rank.abbreviations, rank.name)
        if f.lower() not in titles  # "FM" is a field marshal and a foreign minister
    ]
    assert forms
    cases = _single_holder_cases(seed_corpus, limit=3)
    for title, holder, other, day in cases:
        for form in forms[:8]:
            for template in (
                "{title} {rank} {name} said the border was calm.",
                "The meeting was chaired by {title} ({abbr}) {rank} {name}.",
            ):
                values = {"title": title, "abbr": _abbreviation(title), "rank": form}
                wrong = template.format(name=display_name(other), **values)
                right = template.format(name=display_name(holder), **values)
                assert lint_codes(seed_corpus, wrong, day, ("NL402",)) == ["NL402"], wrong
                assert lint_codes(seed_corpus, right, day, ("NL402",)) == [], right


def test_grid_a_bracketed_abbreviation_is_one_title_with_its_own(seed_corpus):
    """The abbreviation the ledger spells too ("(CJCSC)") is the same title, not a second
    claim: one finding, at the title."""
    ledger = seed_corpus.ledger
    checked = 0
    for title, _holder, other, day in _single_holder_cases(seed_corpus, limit=20):
        office = next(o for o in ledger.offices.values() if title.lower() in o.titles)
        short = [t for t in office.titles if t.isalpha() and len(t) <= 5 and t != title.lower()]
        if not short:
            continue
        text = f"{title} ({short[0].upper()}) {display_name(other)} said the border was calm."
        assert lint_codes(seed_corpus, text, day, ("NL402",)) == ["NL402"], text
        checked += 1
    assert checked


# Appositives as reporting sets them off

APPOSITIVE_TEMPLATES = (
    "{title}, {name}, said the talks would continue.",
    "ISLAMABAD: {title}, {name}, on Monday said the talks would continue.",
    "{name}, who serves as {lower}, said the talks would continue.",
    "{name}, serving as {lower}, told reporters the talks would continue.",
    "{name} (the {lower}) said the talks would continue.",
    "{name} — the {lower} — said the talks would continue.",
    "{name} – {lower} – told reporters the talks would continue.",
    "{name}, currently {lower}, said the talks would continue.",
    "{name}, the incumbent {lower}, said the talks would continue.",
    "{name}, who is currently serving as {lower}, said the talks would continue.",
)
NOT_APPOSITIVE_TEMPLATES = (
    "After meeting the {lower}, {name} said the talks would continue.",
    "{title}, {name} and the envoy attended the meeting.",
    "The talks with the {lower}, {name} said, would continue.",
    "{name}, who served as {lower}, said the talks would continue.",
)


@pytest.mark.parametrize("template", APPOSITIVE_TEMPLATES)
def test_grid_an_appositive_set_off_by_commas_or_brackets_names_the_person(seed_corpus, template):
    """A title opening its sentence with the name after a comma ("Foreign Office
    Spokesperson, Mumtaz Zahra Baloch, said"), a present "who serves as"/"serving as", a
    bracketed appositive."""
    for title, holder, other, day in _single_holder_cases(seed_corpus):
        wrong = template.format(title=title, lower=title.lower(), name=display_name(other))
        right = template.format(title=title, lower=title.lower(), name=display_name(holder))
        assert lint_codes(seed_corpus, wrong, day, ("NL402",)) == ["NL402"], (wrong, day)
        assert lint_codes(seed_corpus, right, day, CODES) == [], (right, day)


@pytest.mark.parametrize("template", NOT_APPOSITIVE_TEMPLATES)
def test_grid_a_name_after_a_clause_or_in_a_list_is_not_the_titles(seed_corpus, template):
    for title, _holder, other, day in _single_holder_cases(seed_corpus):
        text = template.format(title=title, lower=title.lower(), name=display_name(other))
        assert lint_codes(seed_corpus, text, day, ("NL402",)) == [], (text, day)


PREDICATE_TEMPLATES = (
    "{name} is the {lower}, officials said.",
    "{name} currently serves as the {lower}.",
    "{name}, a veteran of the party, serves as the {lower} in the government.",
    "Officials said {name} remains the {lower}.",
    "{name}, the son of a senator, is also the {lower}.",
)
NOT_PREDICATE_TEMPLATES = (
    "{name} is the {lower}'s closest ally.",
    "{name} is not the {lower}, officials said.",
    "Accompanying {name} is the {lower}.",
    "A meeting with {name} is the {lower}'s priority.",
    "{name} is the son of the {lower}.",
    "{name} was the {lower}'s guest on Monday.",
)


@pytest.mark.parametrize("template", PREDICATE_TEMPLATES)
def test_grid_a_title_given_as_the_predicate_of_a_name_is_its(seed_corpus, template):
    """ "Haqqani serves as the current interior minister", "Naqvi is the interior minister":
    the subject's title, in the present, across an appositive of the subject in commas."""
    for title, holder, other, day in _single_holder_cases(seed_corpus):
        wrong = template.format(lower=title.lower(), name=display_name(other))
        right = template.format(lower=title.lower(), name=display_name(holder))
        assert lint_codes(seed_corpus, wrong, day, ("NL402",)) == ["NL402"], (wrong, day)
        assert lint_codes(seed_corpus, right, day, CODES) == [], (right, day)


@pytest.mark.parametrize("template", NOT_PREDICATE_TEMPLATES)
def test_grid_a_title_after_is_that_is_not_the_names_predicate(seed_corpus, template):
    """A title that owns what follows it, a negation, a name that is an object, a title
    inside another phrase, a past copula: none gives the name the title."""
    for title, _holder, other, day in _single_holder_cases(seed_corpus):
        text = template.format(lower=title.lower(), name=display_name(other))
        assert lint_codes(seed_corpus, text, day, ("NL402",)) == [], (text, day)


@pytest.mark.parametrize(
    "template",
    [
        "{title} of {country} {name} said the talks would continue.",
        "The talks will continue, {title} of {country} {name} said.",
        "{title} of {country} Dr. {name} met the envoy on Monday.",
    ],
)
def test_grid_a_title_with_its_country_after_it_names_the_person(seed_corpus, template):
    """ "Prime Minister of Pakistan …", "Foreign Minister of the Islamic Emirate of
    Afghanistan …": a complement naming the office's country stands between the title and
    the name; a complement naming something else does not let the name be read."""
    cases = _single_holder_cases(seed_corpus)
    for title, holder, other, day in cases:
        office = next(o for o in seed_corpus.ledger.offices.values() if title.lower() in o.titles)
        values = {"title": title, "country": office.country}
        wrong = template.format(name=display_name(other), **values)
        right = template.format(name=display_name(holder), **values)
        assert lint_codes(seed_corpus, wrong, day, ("NL402",)) == ["NL402"], (wrong, day)
        assert lint_codes(seed_corpus, right, day, CODES) == [], (right, day)
        elsewhere = template.format(name=display_name(other), title=title, country="the Senate")
        assert lint_codes(seed_corpus, elsewhere, day, ("NL402",)) == [], (elsewhere, day)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Karl Moser remains the caretaker prime minister, aides said.", ["NL401"]),
        ("Karl Moser, a lawyer by training, is the caretaker prime minister.", ["NL401"]),
        ("Karl Moser still serves as caretaker prime minister.", ["NL401"]),
        # past copula, or the title held now by the one named
        ("Karl Moser was the caretaker prime minister.", []),
        ("Ilse Varga is the prime minister.", []),
    ],
)
def test_a_predicate_title_no_longer_held_is_stale(sylvania, text, expected):
    assert found(sylvania, text, "2024-06-01") == expected, text
