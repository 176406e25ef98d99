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
