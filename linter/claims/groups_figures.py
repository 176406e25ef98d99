"""Reading the figures a draft ties to a group: "880,000 PoR card holders", "PoR card
holders, numbering 880,000", "1.3 million Afghans are registered refugees", and the number an
order puts at risk ("a deadline for undocumented aliens ..., putting 1.4 million Afghan
refugees at risk": the group is the one the order targets).

Counts of people moving ("460,000 ... left", "have been deported") are flows, not a group's
size, and are not read as group figures; nor are sums of money or percentages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from narrlint.claims.groups_clauses import (
    Clause,
    clause_at,
    sentence_clauses,
)
from narrlint.claims.groups_denials import any_papers, document_assertion, document_denial
from narrlint.claims.groups_exposure import exposure_targets
from narrlint.claims.groups_figure_shapes import (
    coordinated,
    documents_after,
    documents_before,
    ends_count,
    fronted_group,
    past_joined_adjectives,
    past_raising,
)
from narrlint.claims.groups_flows import is_flow
from narrlint.claims.groups_gate import gate
from narrlint.claims.groups_lacking import expired_holding
from narrlint.claims.groups_lexicon import Lexicon, figure_matches, words_of
from narrlint.claims.groups_model import Analysis, Mention
from narrlint.claims.groups_phrases import is_documented
from narrlint.claims.groups_places import (
    abroad,
    generic_noun_end,
    local,
    other_people,
    outside,
    past_place,
)
from narrlint.claims.groups_predicates import status_at
from narrlint.claims.groups_registrars import registrar_groups
from narrlint.claims.groups_reported import classed_as, past_reported
from narrlint.claims.groups_sentence_times import month_as_of
from narrlint.claims.groups_spans import over_years
from narrlint.claims.groups_status import status_of
from narrlint.claims.groups_words import (
    AUXILIARY_FILLERS,
    CLASSING,
    COPULAS,
    FIGURE_HEDGES,
    GOT_PAPERS,
    HAVING_STATUS,
    HEDGE_ABOUT,
    HEDGE_ABOVE,
    HEDGE_BELOW,
    PERCENT,
    PRE_FIGURE_ANCHORS,
    PRE_FIGURE_BRIDGE,
    PREDICATE_FILLERS,
    REGISTERING,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    STILL_ADVERBS,
)
from narrlint.nlp.quantities import number_values
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import sentence_at, spans_of
from narrlint.nlp.tokens import texts as doc_texts
from narrlint.nlp.vocabulary import (
    CLAUSE_BREAKS,
    CURRENCIES,
    LABEL_NOUNS,
    NEGATIONS,
    RELATIVES,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass(frozen=True, slots=True)
class FigureUse:
    """A number given for a group, and how the group was read."""

    number: tuple[int, int]
    span: tuple[int, int]
    value: float
    hedge: str | None
    named: frozenset[str]
    """The group(s) the number is given for."""
    how: str
    """``phrase`` ("1.4 million undocumented Afghans"), ``predicate`` ("... are registered
    refugees"), ``before`` ("PoR card holders, numbering ..."), ``exposure`` (the group an
    order in the same clause targets: "putting 1.4 million Afghan refugees at risk"),
    ``respectively`` (its place in a list: "PoR and ACC holders number 1.3 million and
    800,000, respectively"), ``documents`` (a count of a group's cards: "0.8 million PoR
    cards")."""
    own: frozenset[str] = frozenset()
    """For ``exposure``: the group the number's own noun names, if any."""
    words: frozenset[str] = frozenset()
    """The content words the draft gives the number ("afghan", "refugees"): a figure of
    another population whose metric has them all is the draft's own."""
    as_of: dt.date | None = None
    """The time its sentence sets the number in ("in August 2021, ...": the month's last
    day), if any."""
    whole: bool = False
    """The number is given for every group with documents at once ("only 1.4 million possess
    any form of documentation"): their size together, not one group's."""
    spanned: bool = False
    """A lower bound its clause sets over a long span of years or at a past peak ("hosted
    over four million for 40 years"): :mod:`narrlint.claims.groups_spans`."""
    by_plan: bool = False
    """For ``exposure``: only group words inside a plan's name gave the target
    (:mod:`narrlint.claims.groups_exposure`)."""


def figure_uses(
    doc: Doc, lex: Lexicon, analysis: Analysis, respective: dict[int, frozenset[str]]
) -> Iterator[FigureUse]:
    """The numbers given for groups; ``respective`` pairs numbers of a list with its groups
    (:func:`narrlint.claims.groups_parts.respective`)."""
    if not any(lex.figures.values()):
        return
    clauses_of: dict[int, list[Clause]] = {}
    live = gate(doc, lex, analysis)
    values = number_values(doc)  # once per doc, not once per number
    for span in spans_of(doc, "numbers"):
        # a figure's group is named in the number's sentence (before it, after it, in its
        # predicate, by its clause's order), or in the sentence before (an order referred
        # back to: "The move affects 1.4 million") or after (the number closing a sentence
        # the splitter cut short): a number with no evidence of a group there is none
        if not (live.near(span.start) or span.start in respective or span.start in analysis.given):
            continue
        value, end = scaled(doc, span, values)
        if value is None or not _near_any(lex, value) or not_a_count(doc, span.start, end):
            continue
        named = respective.get(span.start)
        if named is not None:
            yield FigureUse((span.start, end), (span.start, end), value, _hedge(doc, span.start),
                            named, "respectively")  # fmt: skip
            continue
        sentence = sentence_at(doc, span.start)
        clauses = clauses_of.setdefault(sentence.start, sentence_clauses(sentence))
        use = figure_use(doc, lex, analysis, clauses, span.start, end, value)
        if use is not None and use.how == "predicate" and use.span[1] > end:
            # "1.3 million refugees having ACCs and those residing illegally": both groups
            use = None if coordinated(doc, lex, analysis, use.span[1]) else use
        if use is not None:
            clause = clause_at(clauses, span.start)
            bounds = (clause.start, clause.end) if clause is not None else (span.start, end)
            tokens = [
                t
                for t in doc[use.span[0] : use.span[1]]
                if not (use.number[0] <= t.i < use.number[1]) and not t.is_stop
            ]
            yield replace(
                use,
                words=words_of(tokens),
                as_of=month_as_of(doc, sentence),
                whole=_every_paper(doc, lex, use),
                # only a lower bound set over years is read apart (rules/categories/common)
                spanned=use.hedge == "above" and over_years(doc, *bounds, span.start),
            )


def _every_paper(doc: Doc, lex: Lexicon, use: FigureUse) -> bool:
    """See :attr:`FigureUse.whole`: a predicate naming every documented group through papers
    of any kind."""
    if use.how != "predicate" or len(use.named) < 2 or use.named != lex.documented:
        return False
    lowers = doc_lowers(doc)
    return any(any_papers(lowers, k) for k in range(use.number[1], use.span[1]))


def scaled(
    doc: Doc, span: Span, values: dict[tuple[int, int], float] | None = None
) -> tuple[float | None, int]:
    """The number's value, reading a glued scale ("1.4m", "880k") the tokenizer splits off
    (``values``: the doc's :func:`number_values`, where a caller walks every number)."""
    value = (number_values(doc) if values is None else values).get((span.start, span.end))
    end = span.end
    if value is None:
        return None, end
    if end >= len(doc) or value >= 1000:
        return value, end
    lower = doc_lowers(doc)[end]
    scale = SCALE_SUFFIXES.get(lower)
    if scale and doc[end - 1].whitespace_ == "":
        return value * scale, end + 1
    scale = SCALE_WORDS.get(lower)  # "13 lac", "eight Lac"
    if scale:
        return value * scale, end + 1
    return value, end


def _near_any(lex: Lexicon, value: float) -> bool:
    """Could ``value`` stand for any ledger figure? Asked for every number of every draft, so
    the answer is kept per lexicon."""
    known = lex.near.get(value)
    if known is None:
        known = lex.near[value] = _near_any_figure(lex, value)
    return known


def _near_any_figure(lex: Lexicon, value: float) -> bool:
    return any(
        figure_matches(value, None, f) or figure_matches(value, "about", f)
        for figures in (*lex.figures.values(), lex.stocks)
        for f in figures
    )


FIGURE_LABELS = frozenset(LABEL_NOUNS - PRE_FIGURE_BRIDGE)
"""Label nouns before a number ("Section 14"), less those that bridge a group to its figure
("ACC holders number 800,000")."""


def not_a_count(doc: Doc, start: int, end: int) -> bool:
    """A sum of money, a share or a label ("Section 14 of the Foreigners Act"): no count."""
    lowers = doc_lowers(doc)
    before = lowers[start - 1] if start > 0 else ""
    after = lowers[end] if end < len(lowers) else ""
    return (
        before in CURRENCIES or before in FIGURE_LABELS or after in CURRENCIES or after in PERCENT
    )


def figure_use(doc, lex, analysis, clauses, start, end, value) -> FigureUse | None:
    if local(doc, lex, analysis, end):
        return None
    hedge = _hedge(doc, start)
    clause = clause_at(clauses, start)
    phrase = _phrase_after(doc, lex, analysis, end)
    if phrase is not None and phrase.head and other_people(doc, lex, phrase.start, phrase.head[0]):
        return None
    own = phrase.categories if phrase is not None else frozenset()
    if phrase is not None and phrase.fused:
        own = phrase.modifier_categories | phrase.head_categories
    named = _marked(phrase) if phrase is not None else own
    phrase_end = phrase.end if phrase is not None else generic_noun_end(doc, lex, end)
    use = _use(doc, lex, analysis, clause, start, end, value, hedge, phrase, own, named, phrase_end)
    # "Iran hosts ...", "... worldwide", "731,146 refugees" in Turkey: asked only of a number
    # found to be a group's (half of those asked are none, and the place is the dearer question)
    if use is None or abroad(doc, lex, start, end):
        return None
    bare = phrase is None or phrase.kind == "head"
    return None if outside(doc, lex, start, end, phrase_end, bare) else use


def _use(doc, lex, analysis, clause, start, end, value, hedge, phrase, own, named, phrase_end):
    """:func:`figure_use` past its phrase, before the number's place is asked."""
    if is_flow(doc, lex, clause, start, phrase_end) or coordinated(doc, lex, analysis, phrase_end):
        return None
    weak = phrase is None or phrase.kind == "head"
    if weak and clause is not None and start < clause.affirmative_end:
        exposed = _exposure(doc, lex, analysis, clause, start, end, phrase)
        if exposed is not None:
            target, span_end, by_plan = exposed
            return FigureUse((start, end), (start, span_end), value, hedge, target, "exposure",
                             own, by_plan=by_plan)  # fmt: skip
    given = analysis.given.get(start)
    if given is not None and (phrase is None or phrase.kind == "head" or _paperless(lex, phrase)):
        # "ACCs were issued to 880,000 refugees": the people given a group's documents
        # are that group, whatever the bare noun calls them; so are people called by the
        # lack of papers the documents ended ("issued ACCs to 880,000 undocumented Afghans")
        return FigureUse((start, end), (start, phrase_end), value, hedge,
                         frozenset({given[1]}), "predicate")  # fmt: skip
    got = _papers_got(doc, lex, analysis, phrase) if phrase is not None else None
    if got is not None:  # "880,000 undocumented Afghans received ACCs in 2017"
        return FigureUse((start, end), (start, got.end), value, hedge, got.categories,
                         "predicate")  # fmt: skip
    if phrase is not None and phrase.kind == "head":
        # "1.7 million Afghan refugees who have no documents": the bare head's own
        # restriction says which group the number counts
        held = documents_before(doc, lex, start, end, head=True)
        if held is not None and not held.categories & phrase.categories:
            return FigureUse((start, end), (held.start, phrase.end), value, hedge,
                             held.categories, "before")  # fmt: skip
        restricted = _head_restriction(doc, lex, analysis, phrase.end)
        if restricted is not None:
            named, span_end = restricted
            named = (named & phrase.categories) or named  # "refugees legally residing": PoR
            return FigureUse((start, end), (start, span_end), value, hedge, named, "predicate")
    if phrase is not None and phrase.kind != "adjective":
        return FigureUse((start, end), (start, phrase.end), value, hedge, named, "phrase")
    counted = documents_after(doc, lex, end)  # "0.8 million PoR cards": one per holder
    if counted is not None:
        return FigureUse((start, end), (start, counted[0]), value, hedge, counted[1],
                         "documents")  # fmt: skip
    predicate = _figure_predicate(doc, lex, analysis, phrase_end)
    if predicate is None and phrase is None:
        # "1.3 million Afghans (living) in Pakistan are ...": past a place
        located = past_place(doc, phrase_end)
        if located != phrase_end and _stray_comma(doc, located):
            located += 1  # "... living in Pakistan, are registered refugees"
        if located != phrase_end:
            predicate = _figure_predicate(doc, lex, analysis, located)
    if predicate is not None:
        named, span_end = predicate
        return FigureUse((start, end), (start, span_end), value, hedge, named, "predicate")
    if phrase is not None and _nominal_count(doc, lex, phrase, end):
        # "including 1.6 million registered and one million unregistered": the adjective
        # alone names the people, as "... who are unregistered" would
        return FigureUse((start, end), (start, phrase.end), value, hedge,
                         _adjective_groups(lex, phrase), "phrase")  # fmt: skip
    before = _group_before(doc, lex, analysis, start, end, clause)
    if before is None and phrase is None:
        before = documents_before(doc, lex, start, end)
    if before is not None:
        return FigureUse((start, end), (before.start, end), value, hedge, before.categories,
                         "before")  # fmt: skip
    fronted = fronted_group(doc, analysis, start, end) if phrase is None else None
    if fronted is not None:  # "Numbering around 1.4 million, the undocumented Afghans ..."
        return FigureUse((start, end), (start, fronted.end), value, hedge,
                         _marked(fronted), "phrase")  # fmt: skip
    return None


def _paperless(lex: Lexicon, phrase: Mention) -> bool:
    """A group phrase naming only groups without documents ("undocumented Afghans")."""
    return bool(phrase.categories) and all(c in lex.undocumented for c in phrase.categories)


GOT_REACH = 5
"""Words between a group phrase and the holding it came by ("..., who were later issued")."""
_GOT_FILLERS = frozenset(AUXILIARY_FILLERS | RELATIVES | {","})


def _papers_got(doc: Doc, lex: Lexicon, analysis: Analysis, phrase: Mention) -> Mention | None:
    """The holding a phrase of people without documents is said to have come by, right after
    it past auxiliaries, a relative or a comma ("880,000 undocumented Afghans received ACCs",
    "..., who were issued ACCs"): from then on they were the documents' group, so the number
    counts that group."""
    if phrase.kind == "adjective" or not _paperless(lex, phrase):
        return None
    lowers = doc_lowers(doc)
    for at in range(phrase.end, min(len(doc), phrase.end + GOT_REACH)):
        held = analysis.by_start.get(at)
        if held is not None and held.kind == "holding":
            return held if lowers[held.start] in GOT_PAPERS else None
        if lowers[at] in REGISTERING or (lowers[at] == "and" and lowers[at - 1] in REGISTERING):
            continue  # "were registered and given ACCs": the drive that gave them
        if lowers[at] not in _GOT_FILLERS:
            return None
    return None


def _marked(mention: Mention) -> frozenset[str]:
    """The group a number's phrase gives it: for a modifier on another group's head noun
    ("1.3 million undocumented Afghan refugees") the modifier's group, which marks whom the
    phrase means (NL301 reports the fusion itself); else every group the phrase names."""
    if mention.fused and mention.kind == "np" and mention.modifier_categories:
        return mention.modifier_categories
    return mention.categories


_HEDGES = tuple(
    (name, phrase)
    for name, phrases in (("above", HEDGE_ABOVE), ("below", HEDGE_BELOW), ("about", HEDGE_ABOUT))
    for phrase in phrases
)
_HEDGES_BY_LAST: dict[str, tuple[int, ...]] = {}
for _index, (_, _phrase) in enumerate(_HEDGES):
    _HEDGES_BY_LAST[_phrase[-1]] = (*_HEDGES_BY_LAST.get(_phrase[-1], ()), _index)


def _hedge(doc: Doc, start: int) -> str | None:
    """The hedge before a number: the first of the hedge phrases (above, below, about, in
    that order) that ends right before it, or one word before it ("the nearly 1.4 million").
    Only the phrases ending in one of those two words are tried."""
    lowers = doc_lowers(doc)[max(0, start - 3) : start]
    if not lowers:
        return None
    tried = _HEDGES_BY_LAST.get(lowers[-1], ())
    if len(lowers) > 1:
        tried = tuple(sorted({*tried, *_HEDGES_BY_LAST.get(lowers[-2], ())}))
    for index in tried:
        name, phrase = _HEDGES[index]
        n = len(phrase)
        tail = tuple(lowers[-n:]) if len(lowers) >= n else ()
        if tail == phrase:
            return name
        # "the nearly 1.4 million", "some 1.7 million": one determiner in between
        if len(lowers) > n and tuple(lowers[-n - 1 : -1]) == phrase:
            return name
    return None


def _phrase_after(doc: Doc, lex: Lexicon, analysis: Analysis, end: int) -> Mention | None:
    """The group named right after a number: "1.4 million undocumented Afghans", "880,000
    PoR card holders", "1.4 million Afghan refugees", "the 1.4 million of the registered
    refugees"."""
    j, n, steps = end, len(doc), 0
    lowers, words = doc_lowers(doc), doc_texts(doc)
    while j < n and steps < 4:
        mention = analysis.by_start.get(j)
        if mention is not None:
            return past_joined_adjectives(doc, analysis, mention)
        lower, word = lowers[j], words[j]  # ``Token.is_alpha``, ``is_title`` from the text
        if lower in ("more", "other", "additional", "of", "the", "estimated", "-", "‑") or (
            word.isalpha() and word.istitle() and lower not in lex.nouns
        ):
            j += 1
            steps += 1
            continue
        break
    return None


def _restriction(doc, lex, analysis, i: int):
    """What a group's own words right after it say it is: "... holding PoR cards", "...
    without documents", "..., who are in the country illegally" (groups, end) or None."""
    n = len(doc)
    if i >= n:
        return None
    holding = analysis.by_start.get(i)
    if holding is not None and holding.kind == "holding":
        return holding.categories, holding.end
    held = expired_holding(doc, lex, i)  # "1.4 million Afghans holding expired PoR cards"
    if held is not None:
        return frozenset({held[1]}), held[0]
    k = i
    lowers = doc_lowers(doc)
    while k < n and k < i + 5 and (lowers[k] in _RESTRICTION_FILLERS
                                   or (k == i and lowers[k] == ",")):  # fmt: skip
        k += 1
    if (k == i or lowers[k - 1] in RELATIVES) and past_reported(doc, k) != k:
        # "... that Pakistan says are in the country illegally", "... it says are living ..."
        k = past_reported(doc, k)
        while k < n and lowers[k] in AUXILIARY_FILLERS:
            k += 1
    k = past_raising(lowers, k)  # "... are believed to be living illegally"
    said = analysis.by_start.get(k)
    relative = not RELATIVES.isdisjoint(lowers[i:k])
    if said is not None and said.kind == "adjective" and relative:
        negative = frozenset(c for c in said.categories if is_documented(lex, c) is False)
        if negative:  # "1.3 million Afghan refugees who are unregistered"
            return negative, said.end
    if k + 1 < n and lowers[k] in REGISTERING:
        k += 1  # "1.3 million Afghans registered with ACCs"
    for at in range(i, min(k, n - 1) + 1):  # "..., who were issued ACCs"
        holding = analysis.by_start.get(at)
        if holding is not None and holding.kind == "holding":
            return holding.categories, holding.end
    for at in range(i, min(k, n - 1) + 1):  # "... who are in the country illegally"
        denial = document_denial(doc, lex, analysis, at)
        if denial is not None:  # "... without documents", "... living illegally"
            return frozenset(denial.negative), denial.end
    located = past_place(doc, k)  # "... who are living in Pakistan without documents"
    if k > i and located != k:
        denial = document_denial(doc, lex, analysis, located)
        if denial is not None:
            return frozenset(denial.negative), denial.end
    for at in range(i, min(k, n - 1) + 1):  # "... with legal status", "... living legally"
        asserted = document_assertion(doc, lex, at)
        if asserted is not None:
            return asserted
    return None


_RESTRICTION_FILLERS = AUXILIARY_FILLERS | RELATIVES | STILL_ADVERBS
"""Words read through before a number's own restriction ("..., who are currently in ...")."""


def _head_restriction(doc, lex, analysis, i: int):
    """A bare head's own restriction, right after it or past where its people live ("...
    migrants living in Pakistan with PoR cards", "... refugees in the country without
    documents"): (groups, end) or None."""
    restricted = _restriction(doc, lex, analysis, i)
    if restricted is None:
        located = past_place(doc, i)
        if located != i:
            restricted = _restriction(doc, lex, analysis, located)
    return restricted


def _stray_comma(doc: Doc, k: int) -> bool:
    """A comma between the people's place and their verb ("1.7 million Afghans living in
    Pakistan, are registered refugees"): the page's slip, with no clause between."""
    return k + 1 < len(doc) and doc[k].lower_ == "," and doc[k + 1].lower_ in COPULAS


def _figure_predicate(doc, lex, analysis, i: int):
    """ "... are registered refugees", "... were undocumented", "... hold PoR cards", "...
    (had been) living in the country illegally"."""
    n = len(doc)
    if i >= n:
        return None
    restricted = _restriction(doc, lex, analysis, i)
    if restricted is not None:
        return restricted
    j, linked, purpose = i, False, False
    lowers = doc_lowers(doc)
    if i >= 2 and lowers[i - 2] == "of" and lowers[i - 1] in ("them", "whom"):
        linked = True  # "1.4 million of them undocumented": the absolute phrase classes
    if lowers[j] in RELATIVES:
        j += 1
    while j < n:
        lower = doc[j].lower_
        named = status_of(doc, analysis, j + 1) if lower in HAVING_STATUS else None
        if named is not None:  # "880,000 Afghans enjoy the status of registered refugees"
            return named.categories, named.end
        status = status_at(doc, analysis, j + 1) if lower in HAVING_STATUS else None
        if status is not None:
            # "3 million Afghans get / have been granted (formal) refugee status": the
            # status's group
            return status.head_categories, status.end + 1
        if lower in ("have", "has", "had") and j + 1 < n and doc[j + 1].lower_ == "been":
            j += 2  # "... have been granted refugee status", "... had been registered as"
            continue
        if lower in ("have", "has", "had"):
            k = j + 1
            while k < n and k < j + 3 and lowers[k] in PREDICATE_FILLERS:
                k += 1
            if k < n and lowers[k] in HAVING_STATUS:
                j = k  # "... have (already) received refugee status"
                continue
        # "... registered as refugees": a status word used as the verb that classes
        as_at = classed_as(doc, j, CLASSING)  # "registered (with UNHCR) as"
        classing = as_at is not None
        if j in analysis.by_start and not classing:
            break
        if lower in NEGATIONS:
            return None
        if classing:
            linked, j = True, as_at + 1
            continue
        if lower in COPULAS or lower in CLASSING:
            linked = True
        elif lower not in PREDICATE_FILLERS:
            break
        purpose = purpose or lower == "to"
        j += 1
    mention = analysis.by_start.get(j)
    if mention is None:
        return None
    if mention.fused:
        # "1.3 million Afghans are undocumented refugees": the modifier marks the group
        return (_marked(mention), mention.end) if linked and mention.kind == "np" else None
    if mention.kind == "adjective" and not all(
        is_documented(lex, c) is False for c in mention.categories
    ):
        # "(only) 1.3 million are registered, while ...": a status word that ends its clause
        # says the people hold documents, without saying which (NADRA registered the ACC
        # holders too): every group with documents; "are registered with NADRA", "are yet to
        # be registered" say something else
        if linked and not purpose and _clause_ends(doc, mention.end):
            return _documented_groups(lex), mention.end
        # "are registered with the UN refugee agency": registered as the body's own group
        registrar = registrar_groups(doc, lex, mention.end, mention.categories)
        return registrar if linked and not purpose else None
    if mention.kind == "holding" or linked:
        return mention.categories, mention.end
    return None


def _nominal_count(doc: Doc, lex: Lexicon, phrase: Mention, end: int) -> bool:
    """A status adjective right after a number that ends its phrase ("one million
    unregistered, ...", "800,000 undocumented and ..."): the people's only name."""
    return phrase.kind == "adjective" and phrase.start == end and _clause_ends(doc, phrase.end)


def _adjective_groups(lex: Lexicon, phrase: Mention) -> frozenset[str]:
    """The groups a lone status adjective names: a word of documents ("registered") says
    the people hold some, not which (as a predicate's does); one of their lack, its group."""
    if all(is_documented(lex, c) is False for c in phrase.categories):
        return phrase.categories
    return _documented_groups(lex)


def _clause_ends(doc: Doc, i: int) -> bool:
    """Does a clause end at token ``i`` (punctuation, a conjunction, the sentence's end)?"""
    if i >= len(doc) or doc[i].is_sent_start:
        return True
    token = doc[i]
    return token.is_punct or token.lower_ in CLAUSE_BREAKS or token.lower_ == "and"


def _documented_groups(lex: Lexicon) -> frozenset[str]:
    return frozenset(c for c, category in lex.categories.items() if category.documented is True)


APPOSITION_OPENS = frozenset({",", "(", "—", "–", "-"})
APPOSITION_CLOSES = frozenset({",", ")", "—", "–", "-", ".", ";"})


def _appositive(doc: Doc, lex: Lexicon, between: list[str], end: int) -> bool:
    """A number set off by commas, brackets or dashes right after a group names that group's
    size ("registered refugees - about 1.3 million - may stay": a hyphen typed as a dash)."""
    if between[0] not in APPOSITION_OPENS or not all(
        w in FIGURE_HEDGES or w == between[0] for w in between
    ):
        return False
    after = generic_noun_end(doc, lex, end)
    return after < len(doc) and doc[after].text in APPOSITION_CLOSES


def _group_before(
    doc, lex, analysis, start: int, end: int, clause: Clause | None
) -> Mention | None:
    """ "PoR card holders, numbering 880,000", "registered refugees (880,000)", "the number
    of registered refugees stands at 880,000"."""
    lowest = clause.start if clause is not None else sentence_at(doc, start).start
    candidates = analysis.within(lowest, start)
    if not candidates:
        return None
    mention = candidates[-1]
    if (
        len(candidates) > 1
        and candidates[-2].end == mention.start - 1
        and doc_lowers(doc)[mention.start - 1] in ("and", "or", "&", "/")
    ):
        return None  # "PoR and ACC holders number ...": the groups joined count together
    # "the number of Afghan refugees in Pakistan has now reached ...", "Afghan refugees in
    # Pakistan number 3 million": past the group's place
    between = [doc[k].lower_ for k in range(min(past_place(doc, mention.end), start), start)]
    if not between or len(between) > 6:
        return None
    if not all(w in PRE_FIGURE_BRIDGE for w in between):
        return None
    if _appositive(doc, lex, between, end):
        pass  # "undocumented Afghans, some 1.7 million people, ..."
    elif COPULAS.intersection(between) and ends_count(doc, lex, end):
        pass  # "registered refugees in Pakistan are around 1.3 million": a count
    elif not any(w in PRE_FIGURE_ANCHORS for w in between) and "number" not in _words_before(
        doc, mention, lowest
    ):
        return None
    if mention.fused or (mention.kind == "adjective" and not _nominal_adjective(doc, mention)):
        return None
    return mention


def _words_before(doc: Doc, mention: Mention, lowest: int) -> list[str]:
    """The three words before a group (within its clause): "the number of ..."."""
    return [doc[k].lower_ for k in range(max(lowest, mention.start - 3), mention.start)]


def _nominal_adjective(doc: Doc, mention: Mention) -> bool:
    """ "the undocumented, some 1.7 million people": a group's adjective after a determiner
    and before the number's bridge names the people."""
    return mention.start > 0 and doc_lowers(doc)[mention.start - 1] in ("the", "these", "those")


def _exposure(doc, lex, analysis, clause: Clause, start, end, phrase):
    """The group an order in this clause targets, when the number is the group it falls on
    ("... deadline for undocumented aliens to leave ..., putting 1.4 million Afghan refugees
    at risk"), and whether only a plan's name gave it (:func:`exposure_targets`)."""
    phrase_end = phrase.end if phrase is not None else generic_noun_end(doc, lex, end)
    found = exposure_targets(doc, lex, analysis, clause, start, phrase_end)
    if found is None:
        return None
    targets, by_plan = found
    own = phrase.categories if phrase is not None else frozenset()
    if phrase is not None:
        # "1.7 million Afghan refugees who have no documentation": the head's own
        # restriction names the people the number counts
        restricted = _head_restriction(doc, lex, analysis, phrase.end)
        if restricted is not None:
            own = restricted[0]
    if own and own <= targets:
        return None
    return targets, phrase_end, by_plan
