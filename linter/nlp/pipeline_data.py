"""What readers take from the spaCy pipeline by name, without loading spaCy.

Every claims reader imports the entity labels the pipeline sets, and some the values derived
from the ledger with it or the lemmas its lookup table knows. They live here, apart from
:mod:`narrlint.nlp.pipeline` (which imports spaCy and registers its components), so that
importing a reader loads no spaCy (``narrlint rules``, ``narrlint rule CODE``). The pipeline
module names them too: ``from narrlint.nlp.pipeline import TITLE`` still works.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from narrlint.knowledge import ledgercache

if TYPE_CHECKING:
    from spacy.language import Language

PERSON = "PERSON"
TITLE = "TITLE"
CATEGORY = "CATEGORY"
GOVERNMENT = "GOVERNMENT"


def derived_values(
    nlp: Language,
    name: str,
    keys: Iterable[str],
    compute: Callable[[str], object],
    valid: Callable[[object], bool],
    code: Iterable[Path] = (),
) -> dict[str, object]:
    """``{key: compute(key)}`` for strings of the ledger that ``compute`` reads with ``nlp``
    (the lemmas of a ledger's words, its metrics' words), kept between runs beside the cached
    ledger (:func:`narrlint.knowledge.ledgercache.derived_values`) when ``nlp`` is the
    pipeline :func:`~narrlint.nlp.pipeline.build_pipeline` built for a cached ledger: keyed by
    the ledger's fingerprint, the model, and the code of this package and of ``code`` (the
    modules that derive the values). Any other pipeline computes every value."""
    from narrlint.nlp import pipeline  # loaded by then: ``nlp`` was built

    store = None
    with pipeline._LOCK:
        entry = next(((k, v) for k, v in pipeline._CACHE.items() if v[1] is nlp), None)
    if entry is not None:
        (_, model), (ledger, _) = entry
        files = (*sorted(Path(__file__).parent.glob("*.py")), *code)
        store = ledgercache.derived_store(ledger, model or "", ledgercache.code_digest(*files))
    return ledgercache.derived_values(store, name, keys, compute, valid)


def lemma_table(nlp: Language):
    """The lookup table of the pipeline's lemmatizer (word → lemma), or None when the pipeline
    has no lookup lemmatizer or no table: what lemma_case and :func:`lemma_words` read."""
    from narrlint.nlp.pipeline import LookupLemmatizer

    if "lemmatizer" not in nlp.pipe_names:
        return None
    pipe = nlp.get_pipe("lemmatizer")
    try:
        table = pipe._lookup_table() if isinstance(pipe, LookupLemmatizer) else None
    except ValueError:  # no table to validate
        return None
    if table is None:
        lookups = getattr(pipe, "lookups", None)
        if lookups is None or not lookups.has_table("lemma_lookup"):
            return None
        table = lookups.get_table("lemma_lookup")
    return table


def lemma_words(nlp: Language) -> frozenset[str] | None:
    """Every lemma of the pipeline's lookup table, as text: the words the language knows as
    inflected forms of common words (readers use it to tell a common word from a name). None
    when the pipeline has no lookup lemmatizer or no table."""
    table = lemma_table(nlp)
    if table is None:
        return None
    strings = nlp.vocab.strings
    return frozenset(
        value if isinstance(value, str) else strings[value] for value in table.values()
    )
