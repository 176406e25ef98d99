"""A recorded name with two of its words joined by a hyphen ("Interior Minister Anwaarul-Haq
Kakar" for the recorded "Anwaarul Haq Kakar"; dev news-r13-ob-009): the tokenizer splits the
hyphen off, which cut the name's run of capitalised words, so the ruler's surname alone was
left ("Kakar"), which names its person only next to one of the person's own titles. The
hyphened form is the person, judged like the name as recorded.

Silent: a hyphened form whose words are not one recorded name, and the right title in the
tenure.

Grids read the seed ledger's ended single-holder posts and their holders (tests/
test_titles_name_forms.py); days are offsets from the recorded dates."""

import pytest

from .test_titles_name_forms import TEMPLATES, _cases, _check
from .titles_support import display_name


def _hyphened(words):
    return " ".join([f"{words[0]}-{words[1]}", *words[2:]])


def _hyphenable(corpus):
    """Cases whose recorded name has no alias without its first word ("Naveed Qamar" for
    "Syed Naveed Qamar"): the ruler finds that alias itself, and a hyphened honorific before
    it is another shape."""
    cases = [
        (title, person, post)
        for title, person, post in _cases(corpus, 3)
        if " ".join(display_name(person).lower().split()[1:]) not in person.aliases
    ]
    assert len(cases) >= 2, cases
    return cases


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_name_with_two_words_hyphened_is_the_person(seed_corpus, template):
    for title, person, post in _hyphenable(seed_corpus):
        name = _hyphened(display_name(person).split())
        _check(seed_corpus, template.format(title=title, name=name), post, ["NL401"])


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_hyphened_form_of_no_recorded_name_is_not_the_person(seed_corpus, template):
    for title, person, post in _hyphenable(seed_corpus):
        words = display_name(person).split()
        name = _hyphened([words[0], "Quentaro", *words[2:]])
        _check(seed_corpus, template.format(title=title, name=name), post, [])
