"""The ledger's countries a title's owner is checked against (``TitleLexicon.home``): built
once per lexicon, the same countries the foreign-owner reading took before."""

from __future__ import annotations

from narrlint.claims.titles_others import _home
from narrlint.knowledge.title_lexicon import title_lexicon


def test_home_is_the_offices_and_governments_countries(seed_corpus):
    lexicon = title_lexicon(seed_corpus)
    expected = frozenset(lexicon.office_country.values()) | frozenset(
        lexicon.country_terms.values()
    )
    assert _home(lexicon) == expected
    assert expected  # the seed ledger records countries: not a comparison of two empties


def test_home_built_once_per_lexicon(seed_corpus):
    lexicon = title_lexicon(seed_corpus)
    assert _home(lexicon) is _home(lexicon) is lexicon.home
