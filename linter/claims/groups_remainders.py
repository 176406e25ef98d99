"""A whole under a group's bare noun of which only a part is said to hold the group's papers:
"at least 500,000 Afghan refugees live in Karachi, out of which only 200,000 are
registered", "Some 800,000 Afghan refugees stay in the province, only 300,000 of whom are
registered". The rest, still called refugees, are said to have no registration: a denial of
the papers of the group the noun names, as "refugees, many of whom lack documents" is.

Read only where the whole's number is no figure the group readers tie to the noun (a local
population, "... live in Karachi", or a number near no ledger figure): a whole given as a
figure is weighed against the ledger by the rule (``rules/categories/inclusions``:
``remainder_fusion``), which leaves a whole of the group's own size alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.groups_denials import Predicate, registered_groups
from narrlint.claims.groups_figures import not_a_count, scaled
from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_model import Analysis, Mention
from narrlint.claims.groups_places import past_stay
from narrlint.claims.groups_sentence_times import YEARS
from narrlint.claims.groups_words import COPULAS, ONLY_WORDS
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import spans_within

if TYPE_CHECKING:
    from spacy.tokens import Doc

REST_SHARE = 0.8
"""A part this much smaller than its whole leaves others in it (as the rule's
``REMAINDER_SHARE``: 500,000 and 200,000)."""
REST_OPENERS = (("out", "of", "which"), ("out", "of", "whom"), ("of", "which"), ("of", "whom"))
"""Words after a whole (and its place) that open the count of a part of it."""
REST_PARTITIVES = frozenset({("of", "whom"), ("of", "them"), ("of", "which")})
"""Words after a part's count that say it is a part of the whole before ("200,000 of whom")."""
REST_HEDGES = ONLY_WORDS | {"around", "about", "some", "nearly", "approximately", "roughly",
                           "an", "estimated"}  # fmt: skip
"""Words before a part's count ("out of which only 200,000", "only about 200,000")."""
REST_ADVERBS = frozenset({"now", "currently", "officially", "formally", "properly", "duly"})
"""Words between the part's copula and "registered" ("are officially registered")."""
REST_CLOSES = frozenset({"with", "by", "as"})
"""Words after "registered" that close the part's predicate ("registered with UNHCR",
"registered as refugees": :func:`_registrar_after`), besides a mark; any other word makes it
part of something else ("registered voters"), or may say where they are registered
("registered in Karachi and the rest in Hyderabad": the rest may be registered elsewhere)."""
REGISTRAR_REACH = 6
"""Words after "registered" within which "as <group>" says what they are registered as."""
REST_JOINERS = frozenset({"and", "while", "whereas", "but"})
"""Words after "registered" that go on to a count of the rest ("registered and 300,000 ...")."""
COUNT_REACH = 4
"""Words a whole's count may take before its noun ("0.5 million", "1.2 lac")."""


def unregistered_rest(
    doc: Doc, lex: Lexicon, analysis: Analysis, mention: Mention
) -> Predicate | None:
    """The denial of papers a whole's registered part leaves on the rest of the whole named by
    ``mention`` (see the module's docstring), or None."""
    if mention.kind != "head" or not lex.undocumented or mention.start == 0:
        return None
    own = mention.head_categories
    if not own:
        return None
    whole = _count_before(doc, mention.start)
    if whole is None:
        return None
    whole_start, whole_value = whole
    if any(use.number[0] == whole_start for use in analysis.figures):
        return None  # a figure of the group: the rule weighs it against the ledger
    part = _part_after(doc, mention.end)
    if part is None:
        return None
    part_value, k = part
    if not 0 < part_value < whole_value * REST_SHARE:
        return None
    end = _registered_after(doc, analysis, own, k)
    if end is None or not own <= registered_groups(lex):
        return None
    words = doc[mention.end : end].text.lower()
    return Predicate(end, lex.undocumented, (), words, ("documented",))


def _count_before(doc: Doc, start: int) -> tuple[int, float] | None:
    """(number start, value) of a count that ends right before ``start`` ("500,000 Afghan
    refugees", "0.5 million refugees"); the noun's own modifiers are part of the mention."""
    spans = spans_within(doc, "numbers", max(0, start - COUNT_REACH), start)
    if not spans:
        return None
    span = spans[-1]
    value, end = scaled(doc, span)
    if value is None or end != start or not_a_count(doc, span.start, end):
        return None
    if end - span.start == 1 and YEARS[0] <= value <= YEARS[1] and value.is_integer():
        return None  # "Since 2010 Afghan refugees ...": a year, not a count
    return span.start, value


def _part_after(doc: Doc, end: int) -> tuple[float, int] | None:
    """(value, where its predicate begins) of a part counted after a whole ending at ``end``,
    past the whole's stay and place: "..., out of which only 200,000", "..., only 200,000 of
    whom"."""
    lowers, n = doc_lowers(doc), len(doc)
    j = past_stay(doc, end)
    if j < n and lowers[j] == ",":
        j += 1
    opener = next((w for w in REST_OPENERS if tuple(lowers[j : j + len(w)]) == w), None)
    if opener is not None:
        j += len(opener)
    k = j
    while k < n and k < j + 3 and lowers[k] in REST_HEDGES:
        k += 1
    span = next((s for s in spans_within(doc, "numbers", k, k + COUNT_REACH) if s.start == k), None)
    if span is None:
        return None
    value, stop = scaled(doc, span)
    if value is None:
        return None
    if opener is None:
        if tuple(lowers[stop : stop + 2]) not in REST_PARTITIVES:
            return None
        stop += 2
    return value, stop


def _registered_after(doc: Doc, analysis: Analysis, own: frozenset[str], k: int) -> int | None:
    """The end of "are (officially) registered" at ``k`` when "registered" names the whole's
    own group, or None."""
    lowers, n = doc_lowers(doc), len(doc)
    if k >= n or lowers[k] not in COPULAS:
        return None
    k += 1
    while k < n and lowers[k] in REST_ADVERBS:
        k += 1
    said = analysis.by_start.get(k)
    if said is None or said.kind != "adjective" or not own <= said.categories:
        return None
    end = said.end
    closed = end >= n or doc[end].is_punct or _registrar_after(doc, analysis, own, end)
    if not closed and not (lowers[end] in REST_JOINERS and _count_at(doc, end + 1)):
        return None
    return end


def _registrar_after(doc: Doc, analysis: Analysis, own: frozenset[str], k: int) -> bool:
    """ "registered with UNHCR", "by the Commissionerate", "as refugees": who registered them,
    named (a capitalised name), or the whole's own group; not "with the police", "as voters",
    "by NADRA as ACC holders" (a registration of another kind or group)."""
    lowers, n = doc_lowers(doc), len(doc)
    if lowers[k] not in REST_CLOSES:
        return False
    for j in range(k, min(n, k + REGISTRAR_REACH)):
        if doc[j].is_punct:
            break
        if lowers[j] == "as":
            named = analysis.by_start.get(j + 1)
            return named is not None and named.kind != "adjective" and named.categories <= own
    if lowers[k] == "as":
        return False
    j = k + 1 + (k + 1 < n and lowers[k + 1] == "the")
    return j < n and doc[j].is_alpha and (doc[j].is_title or doc[j].is_upper)


def _count_at(doc: Doc, k: int) -> bool:
    """A count at ``k``, past hedges: the rest counted next ("... are registered and 300,000
    hold no documents")."""
    lowers, n = doc_lowers(doc), len(doc)
    j = k
    while j < n and j < k + 3 and lowers[j] in REST_HEDGES:
        j += 1
    return any(s.start == j for s in spans_within(doc, "numbers", j, j + COUNT_REACH))
