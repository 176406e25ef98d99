"""Per-doc facts read once and shared by every reader: the entities and the numbers' values."""

from __future__ import annotations

from narrlint.nlp.quantities import number_values
from narrlint.nlp.tokens import entities

TEXT = (
    "Interior Minister Mohsin Naqvi said on 2 March that 1.4 million PoR card holders and "
    "eight hundred undocumented Afghans must leave; 35 people were killed, and 1,200 more, "
    "officials said."
)


def test_entities_are_doc_ents_read_once(seed_corpus):
    doc = seed_corpus.nlp(TEXT)
    found = entities(doc)
    assert found  # the ledger's people, titles and groups
    assert [(e.start, e.end, e.label_, e.ent_id_) for e in found] == [
        (e.start, e.end, e.label_, e.ent_id_) for e in doc.ents
    ]
    assert entities(doc) is found  # shared, not built again
    other = seed_corpus.nlp("No entity here at all.")
    assert entities(other) == () and entities(doc) is found


def test_number_values_are_each_numbers_value(seed_corpus):
    doc = seed_corpus.nlp(TEXT)
    values = number_values(doc)
    numbers = list(doc.spans["numbers"])
    assert len(numbers) >= 4
    for span in numbers:
        assert values.get((span.start, span.end)) == span._.value
    assert sorted(values.values()) == sorted(s._.value for s in numbers if s._.value is not None)
    assert 1_400_000 in values.values() and 800 in values.values()
    assert values.get((0, 1)) is None  # not a number
    assert number_values(doc) is values  # read once per doc
    doc.spans["numbers"] = numbers[:1]  # another set of numbers: read again
    assert list(number_values(doc)) == [(numbers[0].start, numbers[0].end)]


def test_word_sets_are_found_through_one_index_per_doc(seed_corpus, monkeypatch):
    """where_lower/where_lemma walk a doc once for every set asked so far, not once per set:
    a set with words never asked before is still found whole (the doc's index is rebuilt for
    it), a set of words asked before reuses the index, and past the union's limit sets are
    tested token by token, with the same answers."""
    from narrlint.nlp import tokens

    monkeypatch.setattr(tokens, "_ASKED", {})
    doc = seed_corpus.nlp(TEXT + " The officials said the Afghans must leave, officials said.")
    words, lemmas = tokens.lowers(doc), tokens.lemma_lowers(doc)
    key = "narrlint.nlp.tokens.lower_index"

    def expected(column, wanted):
        return [i for i, w in enumerate(column) if w in wanted]

    builds = 0
    for wanted in (
        frozenset({"officials", "said"}),
        frozenset({"must"}),
        frozenset({"qzzynever"}),
        frozenset({"the", "afghans", "leave", "million"}),
    ):
        before = doc.user_data.get(key)
        assert tokens.where_lower(doc, wanted) == expected(words, wanted)
        assert tokens.where_lemma(doc, wanted) == expected(lemmas, wanted)
        builds += doc.user_data[key] is not before
    assert builds == 4  # each set brought words not asked before
    before = doc.user_data[key]
    for wanted in (frozenset({"officials"}), frozenset({"said", "must", "the"})):
        assert tokens.where_lower(doc, wanted) == expected(words, wanted)
    assert doc.user_data[key] is before  # words asked before: the same index
    assert tokens.where_lemma(doc, frozenset({"say"})) == expected(lemmas, {"say"})
    monkeypatch.setattr(tokens, "_ASKED_LIMIT", len(tokens._ASKED[key]))
    more = frozenset({"card", "holders", "people", "killed"})
    assert tokens.where_lower(doc, more) == expected(words, more)
    assert not more <= tokens._ASKED[key]  # tested token by token, the union left as it was


def test_word_lists_and_block_starts_equal_the_tokens_own(seed_corpus):
    """lowers/texts read through tables by word id (from the shared ORTH column) give each
    token's own ``lower_``/``text``, for words met first in this doc and words seen before,
    in any case and script; every block after a line break starts a sentence (the blocks
    component finds line breaks through a table by word too), and a space without one does
    not."""
    from narrlint.nlp import tokens

    text = (
        "ISTANBUL’s İzmir Straße ǅemal QZZYNEVERSEEN said so.\n\nEINE ZWEITE Zeile "
        "folgt  hier\n\n\n## Über Ärger\n\n- A list item   with spaces"
    )
    for _ in range(2):  # new words, then the same words from the tables
        doc = seed_corpus.nlp(text)
        assert tokens.lowers(doc) == [t.lower_ for t in doc]
        assert tokens.texts(doc) == [t.text for t in doc]
        breaks = [t.i + 1 for t in doc[:-1] if t.is_space and "\n" in t.text]
        assert breaks and all(doc[i].is_sent_start for i in breaks)
        spaces = [t.i + 1 for t in doc[:-1] if t.is_space and "\n" not in t.text]
        assert spaces and not any(doc[i].is_sent_start for i in spaces)


def test_numbers_in_south_asian_grouping_have_their_value(seed_corpus):
    """Pakistani and Indian pages group digits by lakh and crore ("8,00,000" is 800,000,
    "13,00,000" is 1.3 million, "1,25,50,000" is 12.55 million); a comma that is no grouping
    ("12,34") is no number of that kind."""
    text = (
        "About 8,00,000 undocumented Afghans, 13,00,000 PoR card holders and 1,25,50,000 "
        "others were counted, against 1,400,000 and 12,34 left."
    )
    values = sorted(number_values(seed_corpus.nlp(text)).values())
    assert 800_000 in values and 1_300_000 in values and 12_550_000 in values
    assert 1_400_000 in values
    assert 1234 not in values and 1_234 not in values
