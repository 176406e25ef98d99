"""Which ledger deadlines a cut-off may name: the clause's own clues, an extension's old end, the
sentences before when the clause refers back, a place named just before, the order in force for
people in general; then the records in scope at the text's date and the reasons for none."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from narrlint.claims.dates_clues import Clues, clues_of, leaves_the_country
from narrlint.claims.dates_context import (
    alternative,
    anaphoric,
    enforced_after_deadline,
    people_before,
)
from narrlint.claims.dates_figures import figure_groups
from narrlint.claims.dates_frames import tells_of_new_order
from narrlint.claims.dates_generic import GENERIC, names_no_group, names_people_only
from narrlint.claims.dates_generic import in_force as orders_in_force
from narrlint.claims.dates_groups import noun_groups
from narrlint.claims.dates_lexicon import Lexicon, Profile
from narrlint.claims.dates_match import (
    Candidate,
    another_groups_deadline,
    covered_only,
    documents_valid,
    extended_from,
    named_candidates,
    recorded_elsewhere,
)
from narrlint.claims.dates_model import Cue, Value
from narrlint.claims.dates_record import (
    anchored_on,
    announcement_told,
    any_group_may,
    calendar_day,
    current_record,
    either_holds,
    evidence_rank,
    fronted_month,
    history_told,
    holds,
    lagging,
    later_order,
    newer_than_record,
    other_time,
    placed_in_text,
    strongest,
    told_passed,
    within_record,
    year_placed,
)
from narrlint.claims.dates_stale import covers_all, drop_stale, main_part, set_now
from narrlint.claims.dates_values import context_sentences, paragraph_break
from narrlint.claims.dates_words import (
    CONTRASTED_PEOPLE,
    EXTENSION_LEMMAS,
    LATEST_WORDS,
    ORDERING_LEMMAS,
)
from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import PASSIVE_AUXILIARIES

if TYPE_CHECKING:
    from spacy.tokens import Span

from narrlint.claims.dates_claim import DateClaim


def only_by_time(claim: DateClaim) -> bool:
    """No candidate, or only orders named by the time they are in force: a window's own first
    and last day say better which order it is."""
    return all(score == GENERIC for _, score in claim.candidates)


def window_of_period(
    claim: DateClaim, period: tuple[Value, Value], lexicon: Lexicon, day: dt.date | None
) -> DateClaim:
    """ "a grace period of 25 days, from August 4 to August 31": a window given with its own
    first and last day names the event the ledger records as announced on the first with a
    cut-off on the last; the window is then judged by that period's length."""
    if day is None or period[0].date.day is None or period[1].date.day is None:
        return claim
    first, last = (calendar_day(v.date, day) for v in period)
    if first is None or last is None or last <= first:
        return claim
    found = [p for p in lexicon.profiles if p.deadline.announced == first and last in p.accepted]
    if len(found) != 1:
        return claim
    return replace(claim, candidates=((found[0], (0, 2, 1)),), why_none="", period=(first, last))


def cut_off(
    span: Span,
    value: Value,
    cue: Cue,
    where: tuple[list[Span], int, Span],
    clues: Clues,
    lexicon: Lexicon,
    day: dt.date | None,
    old: Value | None = None,
) -> DateClaim:
    """A cut-off with the ledger deadlines it may name: an extension "from <old> to <value>"
    names the event whose chain was extended from ``old`` by the text's date; else the
    clause's own clues, else (when the clause refers back) the start of the sentence and the
    sentences before."""
    sentences, index, clause = where
    sentence = sentences[index]
    several = cue.noun is not None and len(clues.categories) > 1  # only then can it narrow
    own = noun_groups(cue.noun, clause, lexicon) if several else frozenset()
    clues = replace(clues, categories=own) if own and own < clues.categories else clues
    candidates = extended_from(lexicon, old, day) if old is not None else []
    candidates = candidates or named_candidates(lexicon, clues, cue, day)
    context = False
    earlier: list[Span] = []
    if not candidates and anaphoric(cue, clues, lexicon.people, clause):
        earlier = [
            sentence.doc[sentence.start : clause.start],
            *context_sentences(sentences, index),
        ]
        if any(t.lower_ in CONTRASTED_PEOPLE for t in clause):
            earlier = earlier[1:]  # "PoR holders can stay, while others must leave by …"
        candidates, context = _from_context(earlier, lexicon, day, value, cue), True
    if not candidates:
        clues, candidates = _place_before(sentences, index, clues, lexicon, cue)
    placed = placed_in_text(span, value, cue, day)
    generic = not candidates and (
        names_people_only(clause, span, clues, lexicon)
        or names_no_group(clause, span, clues, lexicon, cue)
    )
    if generic:  # "Afghans must leave by …": the order in force for them at the text's date
        candidates = orders_in_force(lexicon, clues, cue, value, day, placed, clause)
    elif not candidates and context and (before := people_before(earlier, lexicon, cue)):
        # "… the deadline for deporting Afghan refugees. The deadline initially set for …"
        generic = True
        candidates = orders_in_force(lexicon, before, cue, value, day, placed)
    elif (
        not candidates
        and context
        and enforced_after_deadline(
            sentence.doc[sentence.start : span.start], clues, cue, clause, lexicon
        )
    ):  # "The deadline … was ending, so action would be launched from …"
        generic = True
        candidates = orders_in_force(lexicon, clues, cue, value, day, placed)
    why = ""
    if candidates and alternative(span):
        candidates = []  # "for six months or one year": one of the lengths considered
        why = "the text gives it as one of alternatives: the record cannot say which is meant"
    elif clues.other_authority:
        why = f"the deadline is set by {clues.other_authority}, which the ledger does not record"
    elif clues.onward:
        why = (
            f'the deadline is for people bound elsewhere ("{clues.onward}"), a group the '
            "ledger's deadlines do not name"
        )
    elif not candidates:
        why = "no ledger deadline matches the groups, actions or terms named here"
        if context:
            why += " or in the sentences before"
        if generic:
            why += ", and the people it names are not one group with one order in force then"
    told = year_placed(span, value, day)  # "Last year, … by the end of December"
    in_scope = [c for c in candidates if within_record(c[0], day, value, told)]
    if candidates and not in_scope:
        ids = ", ".join(sorted(p.id for p, _ in candidates))
        why = f"the ledger's record of {ids} starts after this text's date or this value"
    if not in_scope and not clues.other_authority and not clues.onward:
        valid = documents_valid(lexicon, clues, cue, value, day, placed)
        if valid:  # "a March 31 deadline for PoR holders to exit" while their cards were valid
            in_scope, why = valid, ""
    passed = told_passed(span)  # "since the <date> deadline expired": not one still ahead
    # "extended to", "a new deadline", "announced on Monday": maybe a later order
    fresh = tells_of_new_order(sentence) or other_time(sentence, span)
    in_force = [
        c
        for c in in_scope
        if passed
        or not newer_than_record(c[0], day, value, cue, placed)
        or (
            not fresh
            and current_record(c[0], lexicon, day)  # "set a deadline of 1 December"
            and not covered_only(c[0], clues.categories, day)  # its own later order, maybe
        )
    ]
    anchor = None
    if cue.role in ("deadline", "enforcement_start") and EXTENSION_LEMMAS.isdisjoint(
        lemma_lowers(clause.doc)[clause.start : clause.end]
    ):
        anchor = anchored_on(clause, span, day, [p for p, _ in in_scope])
    if anchor is not None:
        # "in a meeting on October 3 … gave a deadline until …": the order announced that
        # day, and the value its history, whichever other orders share the group
        in_force = [c for c in in_scope if c[0] in anchor[1]]
    elif len(in_force) < len(in_scope) and (
        told := announcement_told(clause, span, day) or fronted_month(clause, span, day)
    ):
        # "announced in early October that …", "In October, the government asked …": the
        # history of the order on record
        in_force = [
            c for c in in_scope if not newer_than_record(c[0], day, value, cue, placed, told)
        ]
    elif len(in_force) < len(in_scope) and history_told(clause, span, day):
        # "Earlier, …", "had set April 30 as the deadline": its history, unless still ahead
        # months after the record ended
        in_force = [c for c in in_scope if not later_order(c[0], day, value, placed)]
    newer: tuple[Profile, ...] = ()
    if in_scope and not in_force:
        ids = ", ".join(sorted(p.id for p, _ in in_scope))
        why = (
            f"the ledger's record of {ids} ends before this text's date and this value: a "
            "later deadline (a new extension, another phase) the ledger has no record of yet"
        )
        newer = lagging(strongest(in_scope, day, bool(clues.categories)), lexicon, day)
    held = [p for p, _ in in_force if holds(p, value, cue, day, placed)]
    if in_force and not held and all(p.national for p, _ in in_force):
        province = provincial_authority(clause, span, clues, lexicon)
        if province is not None:  # "The Punjab government asked ACC holders to leave the
            why = (  # province by …": the province's own order, which the ledger may lack
                f"the cut-off is set by {province}, whose own order the ledger does not "
                "record: the national record cannot decide it"
            )
            in_force, newer = [], ()
    if (in_force or newer) and not held:
        local = recorded_elsewhere(lexicon, clues, cue, value, day, placed)
        if local is not None and not leaves_the_country(span, lexicon):
            where_ = local.deadline.place
            why = (
                f"the ledger records this value for {where_} ({local.id}), a place the clause "
                "does not name: the record cannot say which order is meant"
            )
            in_force, newer = [], ()
    in_scope = in_force
    if another_groups_deadline(lexicon, clues, in_scope, day) and any_group_may(
        lexicon, clues.categories, value, cue, day, placed
    ):
        why = "it names several groups with deadlines of their own; the record cannot tell whose"
        in_scope = []
    elif in_scope and (others := figure_groups(clause, clues.categories, lexicon)):
        alt = [p for p in lexicon.profiles if p.targets & others]  # any order of theirs
        if any(either_holds(p, value, cue, day, placed) for p in alt):
            why = "the group's figure is another group's, whose record holds this value"
            in_scope = []
    if in_scope and value.is_date and value.date.year is None and set_now(clause, span):
        held_by = [p for p, _ in in_scope if holds(p, value, cue, day, placed)]
        in_scope = drop_stale(in_scope, held_by, day)  # "has set a November 1 deadline"
    if len(in_scope) > 1 and day is not None and _latest_told(cue):
        in_scope = _latest_announced(in_scope, day)  # "the most recent deadline set for …"
    if in_scope:
        in_scope = strongest(in_scope, day, bool(clues.categories))
    return DateClaim(
        span,
        value,
        cue.role,
        cue,
        sentence,
        clause,
        groups=tuple(sorted(clues.categories)),
        place=clues.places[0] if clues.places else clues.other_authority,
        authority=clues.other_authority,
        candidates=tuple(in_scope),
        why_none=why,
        placed=placed,
        day=day,
        newer=newer,
    )


PROVINCIAL_AUTHORITIES = frozenset({"government", "administration", "authorities", "police"})
"""Nouns of an authority a place's name or a local word may stand before ("the Punjab
government", "the district administration")."""
LOCAL_WORDS = frozenset({"provincial"})
"""Words that make an authority a province's own ("the provincial government"); a district's
administration mostly enforces the national order ("had set a deadline of … for illegal
immigrants"), and is held to it."""


def provincial_authority(clause: Span, span: Span, clues: Clues, lexicon: Lexicon) -> str | None:
    """Who sets the cut-off when it is a province's authority named before the date ("The
    Punjab government asked …", "the provincial government directed …"): their name, else
    None. A national order's record does not decide such an order's own date."""
    doc = clause.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    countries = set(lexicon.countries.values())
    places = [p for p in clues.places if p not in countries]
    for k in range(clause.start + 1, span.start):
        if lowers[k] not in PROVINCIAL_AUTHORITIES or _told(lowers, lemmas, k + 1):
            continue  # "The Sindh government had been told to begin …": the order's recipient
        before = lowers[k - 1]
        if before in LOCAL_WORDS:
            return f"the {before} {lowers[k]}"
        for place in places:
            if place.lower().endswith(before) and doc[k - 1].is_title:
                return f"the {place} {lowers[k]}"
        if before in lexicon.regions and doc[k - 1].is_title:
            return f"the {doc[k - 1].text} {lowers[k]}"  # "The Sindh government asked …"
    return None


def _told(lowers: list[str], lemmas: list[str], i: int) -> bool:
    """The words from ``i`` are a passive of ordering ("had been told to", "was directed to",
    "has been asked"): the authority before them receives the order, it does not set it."""
    return any(
        lowers[j] in PASSIVE_AUXILIARIES and lemmas[j + 1] in ORDERING_LEMMAS
        for j in range(i, min(i + 3, len(lowers) - 1))
    )


def _latest_told(cue: Cue) -> bool:
    """The deadline noun is told as the newest one ("the most recent deadline", "the latest
    deadline"): the order announced last by the text's date, not an earlier one that held
    the value."""
    noun = cue.noun
    if noun is None:
        return False
    lowers = doc_lowers(noun.doc)[max(0, noun.start - 3) : noun.start]
    return not LATEST_WORDS.isdisjoint(lowers) or "most recent" in " ".join(lowers)


def _latest_announced(candidates: list[Candidate], day: dt.date) -> list[Candidate]:
    """The candidates announced last by ``day`` (all of them when none has a known day)."""
    known = [(c[0].deadline.known_from(), c) for c in candidates]
    days = [when for when, _ in known if when is not None and when <= day]
    if not days:
        return candidates
    return [c for when, c in known if when == max(days)]


def _place_before(
    sentences: list[Span], index: int, clues: Clues, lexicon: Lexicon, cue: Cue
) -> tuple[Clues, list[Candidate]]:
    """ "… the deadline for removal of Afghans from the capital and Rawalpindi. ACC holders
    will be shifted to other cities by March 31": a clause naming no place of a local order
    that nothing else names, right after a sentence of the same paragraph that names such
    places, may be about their orders (the clues with the places, and their orders: the time
    in force then tells which)."""
    local = lexicon.local_places
    if index == 0 or any(p in local for p in clues.places):
        return clues, []
    previous, sentence = sentences[index - 1], sentences[index]
    if paragraph_break(sentence.doc, previous.end, sentence.start):
        return clues, []
    named = [p for p in clues_of(previous, lexicon).places if p in local]
    if not named:
        return clues, []
    inherited = replace(clues, places=(*named, *clues.places))
    found = [c for c in named_candidates(lexicon, inherited, cue) if c[0].deadline.place in named]
    return (inherited, found) if found else (clues, [])


def _from_context(
    earlier: list[Span], lexicon: Lexicon, day: dt.date | None, value: Value, cue: Cue
) -> list:
    """The event of the nearest earlier text that names exactly one (the start of the same
    sentence, then up to two sentences back), among those on record at the text's date. A
    document's expiry ("Their cards expired on …") is of the named group's documents: only a
    validity chain of that group can be meant."""
    for span in earlier:
        if not len(span):
            continue
        clues = clues_of(main_part(span), lexicon)
        if cue.role == "expiry":
            chains = named_candidates(lexicon, replace(clues, validity=True), cue, day)
            found = [c for c in chains if c[0].deadline.steps]
        else:
            found = named_candidates(lexicon, clues, Cue("context", True), day)
        found = [c for c in found if within_record(c[0], day, value)] or found
        if found:  # a sentence naming no group means the order for everyone there
            rank = partial(evidence_rank, named=bool(clues.categories))
            ranked = sorted(found, key=rank, reverse=True)
            if len(ranked) == 1 or rank(ranked[0]) > rank(ranked[1]):
                return ranked[:1]
            whole = [c for c in ranked if covers_all(c[0], clues.categories, day)]
            return whole if len(whole) == 1 else []  # the one order for all groups named
    return []
