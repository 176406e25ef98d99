"""The variants of the titles indexed by their first two words (:func:`_by_second`) offer, at
any place, exactly the variants the plain filter keeps, in the same order (longest first):
those of one word, and those whose second word is the one written there. The reader takes
the first that matches, so a lost, added or reordered candidate would change what it reads."""

from __future__ import annotations

from narrlint.claims.titles_variants import _by_second
from narrlint.knowledge.title_lexicon import title_lexicon


def _plain(entries, second):
    return tuple(e for e in entries if len(e[0]) == 1 or e[0][1] == second)


def test_every_second_word_keeps_the_plain_candidates_in_order(seed_corpus):
    variants = title_lexicon(seed_corpus).variants
    index = _by_second(variants)
    assert set(index) == set(variants)
    checked = 0
    for first, entries in variants.items():
        table, single = index[first]
        seconds = {v[1] for v, _ in entries if len(v) > 1}
        for second in [*seconds, "zzz-not-a-word", None]:
            assert table.get(second, single) == _plain(entries, second), (first, second)
            checked += 1
    assert checked > len(variants)  # some first word has variants of two words or more


def test_index_is_built_once_per_variants_and_again_for_new_ones():
    variants = {"chief": ((("chief", "minister"), "chief minister"), (("chief",), "chief"))}
    index = _by_second(variants)
    assert _by_second(variants) is index
    assert index["chief"][0]["minister"] == variants["chief"]
    assert index["chief"][1] == ((("chief",), "chief"),)
    other = {"chief": ((("chief", "justice"), "chief justice"),)}
    assert _by_second(other)["chief"][0] == {"justice": other["chief"]}
    assert _by_second(other)["chief"][1] == ()
