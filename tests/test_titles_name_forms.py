"""Names of the ledger's people in two forms real pages write and the entity ruler does not
find: the words of a name run together ("caretaker Federal Foreign Minister SarfrazBugti",
as a page's markup may leave them; dev news-r11-tt-043) and a middle name written as its
initial, with or without its stop ("Minister for Information Khawaja M Asif" for Khawaja
Muhammad Asif; dev news-r11-dw-040). Both are the person, judged like the name as recorded.

Silent: a run-together or initialled name whose words are not one recorded name (another
initial, a word of no recorded name run together with a given name), and the right title.

Grids read the seed ledger's ended single-holder posts and their holders; days are offsets
from the recorded ends, never dates written here."""

import datetime as dt

import pytest

from narrlint.claims.titles_spellings import MAX_NAME_WORDS

from .titles_support import display_name, ended_posts, lint_codes

CODES = ("NL401", "NL402")

TEMPLATES = (
    "{title} {name} said on Monday that talks would go on.",
    "Meanwhile, {title} {name} also called on the governor.",
)


def _cases(corpus, words):
    """Ended posts whose holder's recorded name has from ``words`` words to as many as a name
    is read of, each a word of letters (the forms below are written from it)."""
    cases = [
        (title, person, post)
        for title, person, post in ended_posts(corpus, limit=40, started=True)
        if words <= len(display_name(person).split()) <= MAX_NAME_WORDS
        and all(w.isalpha() for w in display_name(person).split())
    ]
    assert len(cases) >= 2, cases
    return cases


def _glued(name):
    return "".join(w[:1].upper() + w[1:] for w in name.split())


def _initialled(name, stop):
    words = name.split()
    return " ".join([words[0], words[1][0] + stop, *words[2:]])


def _check(corpus, text, post, expected_late):
    late = post.end + dt.timedelta(days=400)
    held = post.start + (post.end - post.start) / 2
    assert lint_codes(corpus, text, late, CODES) == expected_late, (text, late)
    assert lint_codes(corpus, text, held, CODES) == [], (text, held)


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_name_run_together_is_the_person(seed_corpus, template):
    for title, person, post in _cases(seed_corpus, 2):
        name = _glued(display_name(person))
        _check(seed_corpus, template.format(title=title, name=name), post, ["NL401"])


@pytest.mark.parametrize("stop", ["", "."])
@pytest.mark.parametrize("template", TEMPLATES)
def test_a_middle_name_written_as_its_initial_is_the_person(seed_corpus, template, stop):
    for title, person, post in _cases(seed_corpus, 3):
        name = _initialled(display_name(person), stop)
        _check(seed_corpus, template.format(title=title, name=name), post, ["NL401"])


def _silent(corpus, text, post):
    _check(corpus, text, post, [])


@pytest.mark.parametrize("template", TEMPLATES)
def test_look_alikes_are_not_the_person(seed_corpus, template):
    for title, person, post in _cases(seed_corpus, 3):
        words = display_name(person).split()
        other = "Q" if words[1][0] != "Q" else "Z"
        forms = (
            " ".join([words[0], other, *words[2:]]),  # another initial
            _glued(" ".join([words[0], "Quentaro"])),  # a word of no recorded name
        )
        for name in forms:
            _silent(corpus=seed_corpus, text=template.format(title=title, name=name), post=post)
