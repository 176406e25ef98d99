"""A name whose possessive is glued to the next word ("former U.S. President Donald
Trump’sstrategic role", as a page's markup may leave it; dev news-r5-ttl-090): the tokenizer
keeps "Trump’sstrategic" one word, which no recorded name matched, so the title had no
holder. The glued word's stem ends the name, and the title is the person's.

Silent: a glued possessive whose stem is no recorded name's word, and the right title in the
tenure.

Grids read the seed ledger's ended single-holder posts and their holders (tests/
test_titles_name_forms.py); days are offsets from the recorded dates."""

import pytest

from .test_titles_name_forms import _cases, _check
from .titles_support import display_name

TEMPLATES = (
    "{title} {name}’sremarks on the border drew criticism on Monday.",
    "Officials welcomed {title} {name}'sstatement that talks would go on.",
)


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_name_with_its_possessive_glued_to_the_next_word_is_the_person(seed_corpus, template):
    for title, person, post in _cases(seed_corpus, 2):
        name = display_name(person)
        _check(seed_corpus, template.format(title=title, name=name), post, ["NL401"])


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_glued_possessive_of_no_recorded_name_is_no_holder(seed_corpus, template):
    for title, person, post in _cases(seed_corpus, 2):
        first = display_name(person).split()[0]
        name = f"{first} Quentaro"  # the first word as recorded, the glued one of no name
        _check(seed_corpus, template.format(title=title, name=name), post, [])
