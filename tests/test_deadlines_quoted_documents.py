"""A group's document named in quotation marks (issue 11, round 17): 'refugees with "Proof of
Registration" (PoR) cards can remain in Pakistan until …' (dev news-r16-dm-008) names the
card holders as the words without quotes do; the quotes broke the document's words, so the
cut-off named no group. The quotes inside a document's name are now read past as its
bracketed abbreviation and hyphens are.

Checked on the claims: the quoted forms name the group whose document it is, in every quote
style; look-alikes (a quoted word that is no document's, a quoted document of no group) name
none.
"""

import pytest

from .deadlines_support import claims

QUOTE_PAIRS = (("“", "”"), ('"', '"'), ("‘", "’"))
FORMS = (
    "Refugees with {o}Proof of Registration{c} (PoR) cards can remain in Pakistan until June 30.",
    "Afghans holding {o}Proof of Registration{c} cards must leave by June 30.",
    "Afghans with {o}Afghan Citizen Cards{c} must leave by March 31.",
)
LOOK_ALIKES = (
    "Refugees with {o}special{c} cards can remain in Pakistan until June 30.",
    "Visitors with {o}green{c} passes must leave by June 30.",
)


def _groups(corpus, text: str) -> set[str]:
    return {g for c in claims(corpus, text, "2024-05-01") for g in c.groups}


@pytest.mark.parametrize(("o", "c"), QUOTE_PAIRS)
def test_a_quoted_document_names_its_holders(seed_corpus, o, c):
    for form in FORMS:
        plain = _groups(seed_corpus, form.format(o="", c=""))
        assert plain, form
        assert _groups(seed_corpus, form.format(o=o, c=c)) == plain, form


@pytest.mark.parametrize(("o", "c"), QUOTE_PAIRS)
def test_quoted_words_of_no_document_name_no_group(seed_corpus, o, c):
    for form in LOOK_ALIKES:
        assert _groups(seed_corpus, form.format(o=o, c=c)) == set(), form
