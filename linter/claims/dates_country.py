"""Whose order a clause tells of: the ledger's own country's, or another country's whose orders
the ledger records (``deadlines[].country``: Iran's order for undocumented Afghans to leave
Iran beside Pakistan's own). A clause is judged against the orders of the country it names
("Iran has extended …", "Iranian authorities", "to leave Iran by …"), or its sentence names, or,
when it refers back ("The deadline was later extended to …"), the sentence before it in the same
paragraph names; never when a word of the ledger's own countries or places is beside it ("Iran
and Pakistan …"). Every other clause is the ledger's own orders' (a country the ledger records
no order for is an unknown authority there, as before).
"""

from __future__ import annotations

from itertools import compress
from typing import TYPE_CHECKING

from narrlint.claims.dates_context import anaphoric
from narrlint.claims.dates_groups import triggers
from narrlint.claims.dates_lead import dateline_length
from narrlint.claims.dates_values import paragraph_break
from narrlint.claims.dates_words import NATIONALITY_ENDINGS, POSSESSED_ORDER_WORDS
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import AUTHORITY_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span

    from narrlint.claims.dates_clues import Clues
    from narrlint.claims.dates_lexicon import Lexicon
    from narrlint.claims.dates_model import Cue

HOME = ""
"""The mark of a word of the ledger's own countries or places among the countries named."""


def country_of(
    where: tuple[list[Span], int, Span], lexicon: Lexicon, cue: Cue, clues: Clues
) -> str | None:
    """The other country whose orders the clause at ``where`` tells of, if one is named (see
    the module); ``None``: the ledger's own orders."""
    if not lexicon.abroad:
        return None
    sentences, index, clause = where
    sentence = sentences[index]
    named = _named(clause, lexicon) or _named(sentence, lexicon)
    if not named and index > 0 and anaphoric(cue, clues, lexicon.people, clause):
        previous = sentences[index - 1]
        if not paragraph_break(sentence.doc, previous.end, sentence.start):
            named = _named(previous, lexicon)
    if len(named) != 1 or HOME in named:
        return None  # none, two countries, or the ledger's own beside another
    return next(iter(named))


def _named(span: Span, lexicon: Lexicon) -> set[str]:
    """The countries ``span`` names: another country's words (a nationality word only before
    a word of an authority or an order, "Iranian authorities", "Iranian deadline": before
    anything else it names people, "Iranian migrants", "Iranian and other foreigners"), and
    :data:`HOME` for a word of the ledger's own countries or places; not the words of a
    dateline ("TEHRAN: …")."""
    lowers = doc_lowers(span.doc)[span.start : span.end]
    starts = lexicon.country_starts
    if starts.isdisjoint(lowers):
        return set()  # most spans name no other country: one set test in C
    found: set[str] = set()
    n = len(lowers)
    dateline = dateline_length(lowers, triggers(lexicon).place_words | starts)
    for i in compress(range(n), map(starts.__contains__, lowers)):
        if i < dateline:
            continue
        for size in range(min(lexicon.max_country, n - i), 0, -1):
            country = lexicon.country_terms.get(tuple(lowers[i : i + size]))
            if country is None:
                continue
            word = lowers[i + size - 1]
            nxt = lowers[i + size] if i + size < n else ""
            adjective = word != country.lower() and word.endswith(NATIONALITY_ENDINGS)
            if not adjective or nxt in AUTHORITY_NOUNS or nxt in POSSESSED_ORDER_WORDS:
                found.add(country)  # "Iranian authorities", not "Iranian migrants", "Iranian
            break  # and other foreign individuals"
    if found:
        found |= _home(lowers, lexicon, dateline)
    return found


def _home(lowers: list[str], lexicon: Lexicon, dateline: int) -> set[str]:
    """:data:`HOME` if the words (after the dateline) name one of the ledger's own countries
    or the places of its orders."""
    for i in range(dateline, len(lowers)):
        word = lowers[i]
        if word in lexicon.countries:
            return {HOME}
        if word in lexicon.place_starts:
            for size in range(min(lexicon.max_place, len(lowers) - i), 0, -1):
                if tuple(lowers[i : i + size]) in lexicon.places:
                    return {HOME}
    return set()
