"""Group claims: the refugee and migrant groups a draft names, read once per draft.

``draft.claims.groups`` is the list :func:`read` returns, in the order of the draft:

* :class:`GroupClaim`, a phrase that names ledger groups: its modifier and head and the
  category ids each maps to, whether the two come from different groups (``fused``), the phase
  of the deportation plan the clause pairs it with, what a predicate says it is ("ACC holders,
  who are registered refugees"), inclusion relations with another group claim ("X, including
  Y", "Y and other X", "X such as Y") and the figure tied to it;
* :class:`FigureClaim`, a number given for a group (value, hedge, how the group was read).

The claims' data classes (and the mentions they are read from) live in ``groups_model``; the
reading in ``groups_phrases`` (mentions; holders in ``groups_holdings``), ``groups_clauses``,
``groups_phases``, ``groups_predicates`` (denials of papers in ``groups_denials``) and
``groups_figures`` (numbers); ``groups_lexicon`` prepares the ledger's group words once per
corpus; ``groups_gate`` marks the sentences that hold any evidence of a group, so that the walks
over every number or people noun of a doc skip the others. Every group word comes from the
ledger; only language is listed here. Rules compare these claims with the ledger
(``rules/categories``); :func:`resolve` (``groups_resolve``) names the ledger fact a claim rests
on.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import pairwise
from typing import TYPE_CHECKING

from narrlint.claims.groups_backrefs import back_references
from narrlint.claims.groups_carried import carried_denial
from narrlint.claims.groups_clauses import (
    event_cue,
    phases_in,
    sentence_clauses,
)
from narrlint.claims.groups_coordination import (
    elided_heads,
    holder_before_head,
    joined_before_term,
)
from narrlint.claims.groups_divisions import among_parts, divisions
from narrlint.claims.groups_elided import elided_past_asides
from narrlint.claims.groups_figures import FigureUse, figure_uses
from narrlint.claims.groups_fronted import fronted_denials
from narrlint.claims.groups_gate import HYPHENATED_PHASE, gate
from narrlint.claims.groups_inclusions import include, read_inclusions
from narrlint.claims.groups_lacking import lacking_mentions
from narrlint.claims.groups_lexicon import (
    Lexicon,
    LocalOrder,
    figure_matches,
    format_value,
    joint_figures,
    lexicon,
    local_orders,
)
from narrlint.claims.groups_model import (
    Analysis,
    FigureClaim,
    GroupClaim,
    GroupPredicate,
    Inclusion,
    Mention,
    PhaseTie,
    span_of,
)
from narrlint.claims.groups_parts import (
    added_counts,
    counted,
    elided_parts,
    partitions,
    respective,
    trailing_parts,
)
from narrlint.claims.groups_phases import (
    acted_on,
    describes,
    respective_phases,
    shared_with_own,
)
from narrlint.claims.groups_phrases import (
    CATEGORY_ATTRIBUTES,
    inflected_verb,
    mentions_of,
    quoted_mention,
)
from narrlint.claims.groups_places import drop_outside_wholes, outside
from narrlint.claims.groups_predicates import concessions, predicate_of
from narrlint.claims.groups_programmes import other_programme
from narrlint.claims.groups_recipients import recipients
from narrlint.claims.groups_remainders import unregistered_rest
from narrlint.claims.groups_removals import shared_denials
from narrlint.claims.groups_resolve import category_summary, figure_summary, resolve
from narrlint.claims.groups_times import later_status
from narrlint.claims.groups_totals import totals
from narrlint.claims.groups_words import (
    CONTINUATION,
    FACING_LEMMAS,
    JOIN_CONNECTORS,
    JOINERS,
    NOT_PLANNED_TO,
    ORDER_NOUNS,
    PHASE_WORDS,
    PLANNED,
    TARGET_WORDS,
    VERB_AFTER,
)
from narrlint.nlp.quantities import ORDINALS
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import sentences as sentences_of
from narrlint.nlp.tokens import where_lower
from narrlint.nlp.vocabulary import (
    PARTICLE_DEPARTURE_LEMMAS,
    POSSESSIVE_CLITICS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

if TYPE_CHECKING:
    from narrlint.engine.draft import Draft
    from narrlint.knowledge.corpus import Corpus

__all__ = [
    "CATEGORY_ATTRIBUTES",
    "FigureClaim",
    "GroupClaim",
    "GroupPredicate",
    "Inclusion",
    "Lexicon",
    "PhaseTie",
    "category_summary",
    "figure_matches",
    "figure_summary",
    "format_value",
    "joint_figures",
    "lexicon",
    "read",
    "read_doc",
    "resolve",
]


# ---------------------------------------------------------------------------------------------
# Reading


def read(draft: Draft, corpus: Corpus) -> list[GroupClaim]:
    """The group claims of ``draft``, sorted by position."""
    return read_doc(draft.doc, corpus)


def read_doc(doc: Doc, corpus: Corpus) -> list[GroupClaim]:
    """The group claims of any parsed text (a draft's doc, a corpus sentence), kept in the
    doc's ``user_data``: the corpus evidence of NL302 reads corpus sentences the same way."""
    lex = lexicon(corpus)
    key = ("narrlint.claims.groups", id(lex))
    claims = doc.user_data.get(key)
    if claims is None:
        claims = doc.user_data[key] = _read(doc, lex)
    return claims


def _read(doc: Doc, lex: Lexicon) -> list[GroupClaim]:
    analysis = _analyse(doc, lex)
    claims: dict[int, GroupClaim] = {}
    for mention in analysis.mentions:
        claims[mention.start] = _group_claim(doc, lex, analysis, mention)
    for claim, denial in (
        *shared_denials(doc, lex, analysis, claims),
        *back_references(doc, lex, analysis, claims),
        *fronted_denials(doc, lex, analysis, claims),
    ):
        _attach(claim, "predicate", denial)
    _read_recipients(doc, lex, analysis, claims)
    _read_concessions(doc, lex, analysis, claims)
    read_inclusions(doc, lex, analysis, claims, lambda m: _group_claim(doc, lex, analysis, m))
    # parts counted after a group ("..., with 1.3 million holding PoR cards"): a part named
    # by a group phrase is included as one; a noun-less count, by its figure claim below
    counted_parts: dict[int, list[tuple[Mention, str]]] = {}
    extra: list[FigureUse] = []
    for wider, part, words in (
        *partitions(doc, lex, analysis),
        *divisions(doc, analysis),
        *among_parts(doc, analysis),
        *added_counts(doc, lex, analysis),
        *totals(doc, lex, analysis),
    ):
        if isinstance(part, Mention):
            include(doc, claims, wider, part, words)
        else:
            counted_parts.setdefault(part.number[0], []).append((wider, words))
            if part not in analysis.figures:
                extra.append(part)
    for wider, use, words in (
        *trailing_parts(doc, lex, analysis),
        *elided_parts(doc, lex, analysis),
    ):
        narrower = counted(analysis, use)
        if narrower is not None and narrower.start != wider.start:
            include(doc, claims, wider, narrower, words)
        elif narrower is None:
            counted_parts.setdefault(use.number[0], []).append((wider, words))
            if use not in analysis.figures:  # a part's count need not be any ledger figure
                extra.append(use)
    drop_outside_wholes(doc, lex, claims)
    _read_phases(doc, lex, analysis, claims)
    found: list[GroupClaim] = [
        c for c in claims.values() if c.role != "lacking" or c.phases or c.inclusions
    ]
    for use in (*analysis.figures, *extra):
        group = _figure_group(use, claims)
        figure = FigureClaim(
            span_of(doc, use.span[0], use.span[1]),
            role="figure",
            categories=use.named,
            number=span_of(doc, use.number[0], use.number[1]),
            value=use.value,
            hedge=use.hedge,
            how=use.how,
            own=use.own,
            words=use.words,
            as_of=use.as_of,
            group=group,
            whole=use.whole,
            spanned=use.spanned,
            by_plan=use.by_plan,
        )
        if group is not None and group.figure is None:
            _attach(group, "figure", figure)
        for wider, words in counted_parts.get(use.number[0], ()):
            inclusion = Inclusion(span_of(doc, wider.start, wider.end), figure.span, words)
            for claim in (claims[wider.start], figure):
                _attach(claim, "inclusions", (*claim.inclusions, inclusion))
        found.append(figure)
    return sorted(found, key=lambda c: (c.span.start, c.span.end, isinstance(c, FigureClaim)))


def _analyse(doc: Doc, lex: Lexicon) -> Analysis:
    modifiers, mentions = mentions_of(doc, lex)
    mentions = holder_before_head(doc, lex, joined_before_term(doc, lex, mentions))
    mentions = elided_past_asides(doc, lex, elided_heads(doc, lex, mentions))
    subjects = [(s, e) for _, s, e in lex.subject_matcher(doc)]
    analysis = Analysis(mentions, {m.start: m for m in mentions}, subjects, modifiers)
    for given in recipients(doc, lex, analysis):
        for at in (given.start, given.number):
            if at is not None:
                analysis.given[at] = (given.first, given.category)
    gate(doc, lex, analysis)  # the sentence gate, once its evidence is read
    analysis.figures = list(figure_uses(doc, lex, analysis, respective(doc, lex, analysis)))
    return analysis


def _attach(claim: GroupClaim, name: str, value: object) -> None:
    """Fill in a link found after the claim was made (claims refer to each other)."""
    object.__setattr__(claim, name, value)


def _group_claim(doc: Doc, lex: Lexicon, analysis: Analysis, mention: Mention) -> GroupClaim:
    predicate = None
    if mention.kind in ("term", "np", "head", "holding") and not mention.fused:
        found = predicate_of(doc, lex, analysis, mention)
        found = found or carried_denial(doc, lex, analysis, mention)
        # "500,000 Afghan refugees live in Karachi, out of which only 200,000 are registered"
        found = found or unregistered_rest(doc, lex, analysis, mention)
        # no predicate of people abroad ("7 million Afghan refugees, most of whom are
        # undocumented, ... living abroad"); asked only of a predicate found (most mentions
        # have none, and the place is the dearer question)
        if found is not None and not outside(
            doc, lex, mention.start, mention.end, mention.end, mention.kind == "head"
        ):
            begins = mention.end if found.start is None else found.start
            predicate = GroupPredicate(
                span_of(doc, begins, found.end),
                found.negative,
                found.positive,
                found.words,
                found.attributes,
                later_status(doc, begins, found.end),
            )
    return GroupClaim(
        span_of(doc, mention.start, mention.end),
        role=mention.kind,
        categories=mention.categories,
        modifier=span_of(doc, *mention.modifier) if mention.modifier else None,
        modifier_categories=mention.modifier_categories,
        head=span_of(doc, *mention.head) if mention.head else None,
        head_categories=mention.head_categories,
        fused=mention.fused,
        quoted=quoted_mention(doc, mention),
        in_name=analysis.inside_subject(mention),
        predicate=predicate,
    )


def _read_recipients(doc: Doc, lex: Lexicon, analysis: Analysis, claims: dict) -> None:
    """ "The ACCs were provided ... to Afghan refugees": the people a group's documents were
    given to are said to hold them. Only refugee status is compared (documents given to
    undocumented people made them documented)."""
    for start, (first, category) in analysis.given.items():
        claim = claims.get(start)
        if claim is None or claim.predicate is not None or category in claim.categories:
            continue
        predicate = GroupPredicate(
            span_of(doc, first, claim.span.start), (category,), (category,),
            span_of(doc, first, claim.span.start).text.lower(), ("refugee_status",), False,
        )  # fmt: skip
        _attach(claim, "predicate", predicate)


def _read_concessions(doc: Doc, lex: Lexicon, analysis: Analysis, claims: dict) -> None:
    """ "unregistered but in possession of PoR cards": the holders are said to lack what the
    adjective's group lacks (only documents are compared)."""
    for adjective, holding in concessions(analysis, doc_lowers(doc)):
        claim = claims.get(holding.start)
        if claim is None or claim.predicate is not None:
            continue
        words = span_of(doc, adjective.start, holding.start)
        _attach(claim, "predicate", GroupPredicate(
            words, tuple(adjective.categories), (), words.text.lower(), ("documented",),
            later_status(doc, adjective.start, holding.end),
        ))  # fmt: skip


def _figure_group(use: FigureUse, claims: dict[int, GroupClaim]) -> GroupClaim | None:
    """The group claim a figure's group was read from: the phrase after the number, the
    predicate's group, or the group before it."""
    if use.how == "before":
        claim = claims.get(use.span[0])
        return claim if claim is not None and claim.categories == use.named else None
    if use.how in ("phrase", "predicate"):
        for claim in claims.values():
            if claim.span.end == use.span[1] and claim.span.start >= use.number[1]:
                return claim if use.named <= claim.categories else None
    return None


def _read_phases(doc: Doc, lex: Lexicon, analysis: Analysis, claims: dict[int, GroupClaim]):
    """Pair each phase named in a clause with the groups around it."""
    order = 0
    lowers = doc_lowers(doc)
    # a clause names a phase only with a phase word ("phase", or one token "phase-2"): most
    # drafts and sentences have none; the sentences that have one are found by bisection
    phase_words = where_lower(doc, _PHASE_WORDS)
    hyphenated = HYPHENATED_PHASE.where(doc)  # the gate's own test: one pass for both
    if hyphenated:
        phase_words = sorted({*phase_words, *hyphenated})
    if not phase_words:
        return
    last = max(lex.phase_targets, default=None)
    sentences = sentences_of(doc)
    starts = [sentence.start for sentence in sentences]
    named_in = sorted({bisect_right(starts, k) - 1 for k in phase_words})
    for index in named_in:
        sentence = sentences[index]
        local: tuple[LocalOrder, ...] | None = None
        for clause in sentence_clauses(sentence):
            if clause.exempting:
                continue
            phases = [
                (at, number)
                for at, number in phases_in(doc, clause.start, clause.affirmative_end, last)
                if not other_programme(doc, lex, lowers, at, clause.affirmative_end)
            ]  # "the third phase of a scholarship scheme" is no phase of the plan
            if not phases:
                continue
            objects = {at: _phase_object(doc, lex, lowers, at, clause.affirmative_end)
                       for at, _ in phases}  # fmt: skip
            within = analysis.within(clause.start, clause.affirmative_end)
            passive = acted_on(doc, lex, within)  # "Afghan refugees will be deported in ..."
            mentions = [
                m
                for m in within
                if (
                    m.kind in ("term", "np", "holding")
                    or m.start in objects.values()
                    or m.start in passive
                )
                and not m.fused
                and not analysis.inside_subject(m)
                and all(c in lex.categories for c in m.categories)
            ]
            lacking = lacking_mentions(doc, lex, analysis, clause.start, clause.affirmative_end,
                                       within)  # fmt: skip
            for mention in lacking:  # kept as claims only if a phase is paired with them
                claims.setdefault(mention.start, _group_claim(doc, lex, analysis, mention))
            mentions = sorted([*mentions, *lacking], key=lambda m: m.start)
            if not mentions:
                continue
            named = frozenset(c for m in mentions for c in m.categories)
            words = lowers[clause.start : clause.affirmative_end]
            planned = any(
                w in PLANNED and not (w == "to" and k and words[k - 1] in NOT_PLANNED_TO)
                for k, w in enumerate(words)
            )  # "are to leave", not "according to officials"
            continuation = any(w in CONTINUATION for w in words)
            # a parallel list ("in the first phase, A; in the second phase, B") keeps one
            # order: phase before group, or group before phase ("A in phase one, B in phase
            # two"); a group between two phases then belongs to one of them only
            listed = len({n for _, n in phases}) > 1
            phase_first = phases[0][0] < mentions[0].start
            paired = respective_phases(lowers, phases, mentions, clause.affirmative_end)
            # a phase word of no numbered phase ("will be followed by phases targeting ...",
            # "subsequent phases"): the groups after it are those phases', not the one before
            numbered = {at for at, _ in phases}
            unnumbered = [
                k
                for k in phase_words[
                    bisect_left(phase_words, clause.start) : bisect_left(
                        phase_words, clause.affirmative_end
                    )
                ]
                if k not in numbered
            ]
            for index, (at, number) in enumerate(phases):
                following = (
                    phases[index + 1][0] if index + 1 < len(phases) else clause.affirmative_end
                )
                following = min((k for k in unnumbered if at < k < following), default=following)
                preceding = phases[index - 1][0] if index > 0 else clause.start
                after = tuple(claims[m.start] for m in mentions if at < m.start < following)
                before = tuple(claims[m.start] for m in mentions if preceding <= m.start < at)
                if listed and phase_first:
                    before = ()
                elif listed:
                    after = ()
                if (at, number) in paired:
                    after, before = (claims[paired[at, number].start],), ()
                elif shared_with_own(lex, phases, at, after + before):
                    continue  # "the second and third phases will target ACC holders"
                if not after and not before:
                    continue
                group = after[0] if after else before[-1]
                lo, hi = sorted((at, group.span.start))
                if local is None:
                    local = local_orders(lex, lowers, sentences[max(0, index - 1) : index + 2])
                tie = PhaseTie(
                    span_of(doc, at, at + 1),
                    number,
                    order,
                    before,
                    after,
                    named,
                    event_cue(doc, lex, clause, number),
                    planned,
                    continuation,
                    any(lowers[k] in TARGET_WORDS for k in range(lo, hi)),
                    _joined(doc, lowers, at, after),
                    local,
                    group.span.start == objects[at],
                )
                order += 1
                _attach(group, "phases", (*group.phases, tie))


_PHASE_WORDS = frozenset(PHASE_WORDS)


ORDER_OBJECTS = frozenset({"against", "on", "targeting", "targetting"})
"""Prepositions after an order's noun that name the people it falls on ("a drive against
...", "a crackdown on ...")."""


def _phase_object(doc: Doc, lex: Lexicon, lowers: list[str], at: int, end: int) -> int | None:
    """Where the people a phase's action names begin: "the second phase of repatriating
    Afghan refugees", "phase two of the deportation of ...", "the first phase of its drive
    to deport ...", "the third phase of its deportation drive against ...". A bare head
    noun counts as the phase's group only there, as the object of the phase's own action."""
    k = at + 1
    while k < end and (lowers[k] in ORDINALS or lowers[k] in ("-", "‑")):
        k += 1
    if k >= end or lowers[k] != "of":
        return None
    k += 1
    acted = False
    described = 0  # "the second phase of forced deportations of ...": words on the action
    while k < end and k < at + 8:
        if doc[k].lemma_.lower() in lex.flow_actions or lowers[k] in lex.flow_actions:
            acted = True
        elif not acted and k + 1 < end and _sent_away(doc[k], lowers[k + 1]):
            acted = True  # "the second phase of sending back Afghan refugees"
            k += 1
        elif not acted and lowers[k] in ORDER_NOUNS and k + 1 < end and lowers[k + 1] == "to":
            k += 1  # "the first phase of its drive to deport ...": the order's own action
        elif lowers[k] in ORDER_NOUNS and k + 1 < end and lowers[k + 1] in ORDER_OBJECTS:
            # "the third phase of its (deportation) drive against ...", "the second phase
            # of the crackdown on ...": the order's people follow its preposition
            acted = True
            k += 1
        elif not acted and k + 1 < end and lowers[k + 1] in POSSESSIVE_CLITICS:
            k += 1  # "the third phase of Punjab's drive against ...": the order's owner
        elif not acted and described < 2 and describes(doc[k], lex):
            described += 1
            nxt = doc[k + 1] if k + 1 < end else None
            if nxt is None or not (
                nxt.lemma_.lower() in lex.flow_actions
                or nxt.lower_ in lex.flow_actions
                or (described < 2 and describes(nxt, lex))
            ):
                break  # "the programme of repatriation": a noun of its own, not the action's
        elif lowers[k] not in ("the", "of", "all", "its", "a", "an"):
            break
        k += 1
    return k if acted else None


def _sent_away(token, particle: str) -> bool:
    """A verb of departure with its particle ("sending back", "pushing out"): the phase's
    own action, as "repatriating" is."""
    particles = PARTICLE_DEPARTURE_LEMMAS.get(token.lemma_.lower())
    return particles is not None and particle in particles and token.lower_.endswith("ing")


def _joined(doc: Doc, lowers: list[str], at: int, after: tuple[GroupClaim, ...]):
    """Groups after a phase joined by "and" into one target, with a targeting word between
    the phase and them: "Phase one targeted undocumented migrants and ACC holders"."""
    pairs = []
    for first, second in pairwise(after):
        between = set(lowers[first.span.end : second.span.start])
        if not between or not between <= JOINERS or not between & JOIN_CONNECTORS:
            continue
        end = second.span.end
        if end < len(doc) and (
            lowers[end] in VERB_AFTER
            or doc[end].lemma_.lower() in FACING_LEMMAS
            or inflected_verb(doc[end])
        ):
            continue
        if not any(lowers[k] in TARGET_WORDS for k in range(at, first.span.start)):
            continue
        pairs.append((first, second))
    return tuple(pairs)
