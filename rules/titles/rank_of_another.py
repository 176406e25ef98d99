"""A service's top rank given to someone the ledger records with no rank at all (for NL402):
"Field Marshal <a civilian's name>" on a date when the ledger records that rank for its one
holder, and the person named only in civil posts. The rank is someone else's; the name is
the slip (dev news-r25-ti-037: the army chief's rank and post given to the prime minister).

Judged only for the most senior rank of a service in the ledger's order ("Field Marshal",
"Air Chief Marshal"), whose recorded terms never overlap between two people (one holder at a
time), held on the date by someone else, when the person named holds a recorded post on that
date and no rank, term or post's rank, at any time, written by one of their recorded full names,
in a sentence that names the country of both their posts ("Pakistani army chief, Field
Marshal X"): a rank before a civilian's name with no such word, or with a given name the
record lacks, may be another country's officer of the same name (tests/test_titles_officer_
namesakes.py). Not judged: a rank written as past or set
at another time (a date or year in its sentence), a sentence that reports a promotion, a
junior or shared rank ("General", held by several at once), a person with any rank on record
(a wrong rank of theirs is :mod:`.above_rank`'s or :mod:`.other_service`'s).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from narrlint.api import Corpus, Draft, Person, Problem, RankTerm
from narrlint.claims.titles import RankClaim, describe_post, describe_rank

from .common import draft_dated, fit, short

__all__ = ["RankOfAnother", "rank_of_another", "rank_of_another_problem"]


@dataclass(frozen=True)
class RankOfAnother:
    """A one-holder rank held by someone else on the date, given to a person with no rank."""

    holder: Person
    term: RankTerm
    day: dt.date


def rank_of_another(corpus: Corpus, claim: RankClaim, day: dt.date) -> RankOfAnother | None:
    """The rank's holder on ``day`` when ``claim`` gives a one-holder top rank to a person the
    ledger records in a post then and with no rank ever; ``None`` otherwise (see the module)."""
    frame = claim.frame
    if claim.past_marked or frame.then or frame.rank_change or frame.periods or frame.years:
        return None
    ledger = corpus.ledger
    person = ledger.people.get(claim.person_id or "")
    if person is None or not any(p.held_on(day) for p in person.posts):
        return None
    if ledger.rank_succession(person.id) or any(p.rank for p in person.posts):
        return None
    single = corpus.memo((__name__, "one-holder top ranks"), lambda: _one_holder_tops(corpus))
    if not claim.ranks or any(r not in single for r in claim.ranks):
        return None
    found = []
    for other in ledger.people.values():
        if other.id == person.id:
            continue
        term = ledger.rank_on(other.id, day)
        if term is not None and term.rank in claim.ranks:
            found.append((other, term))
    if len(found) != 1:
        return None
    holder, term = found[0]
    if not _own_name(claim, person) or not _country_named(corpus, claim, person, holder, day):
        return None  # "Air Chief Marshal Karim X of Arcadia": another country's officer
    return RankOfAnother(holder, term, day)


def _own_name(claim: RankClaim, person: Person) -> bool:
    """Whether the name is written as one of the person's recorded full names (no given name
    the record lacks: "Air Chief Marshal Idris X" is someone else)."""
    written = " ".join(claim.person.text.lower().replace("-", " ").split())
    names = {person.name.split(" (")[0].lower(), *person.aliases}
    return written in {" ".join(n.replace("-", " ").split()) for n in names} - set(person.surnames)


def _country_named(
    corpus: Corpus, claim: RankClaim, person: Person, holder: Person, day: dt.date
) -> bool:
    """Whether the sentence names the country of the posts the person and the rank's holder
    hold on ``day`` ("Pakistani army chief, Field Marshal X", "Pakistan's"): a rank and name
    with no such word may be another country's officer of the same name."""
    offices = corpus.ledger.offices
    countries = {
        office.country.lower()
        for p in (*person.posts, *holder.posts)
        if p.held_on(day) and (office := offices.get(p.office)) is not None and office.country
    }
    if len(countries) != 1:
        return False
    (country,) = countries
    sentence = claim.span.sent
    return any(t.lower_.startswith(country) for t in sentence if t.is_alpha or "'" in t.text)


def _one_holder_tops(corpus: Corpus) -> frozenset[str]:
    """Ranks that are the most senior of their service in the ledger's order and whose
    recorded terms never overlap between two people."""
    ledger = corpus.ledger
    top: dict[str, int] = {}
    for rank in ledger.ranks.values():
        if rank.order is not None and rank.service:
            top[rank.service] = max(top.get(rank.service, rank.order), rank.order)
    terms: dict[str, list[tuple[str, dt.date, dt.date]]] = {}
    for person in ledger.people.values():
        for term in ledger.rank_succession(person.id):
            start, end = term.start or dt.date.min, term.end or dt.date.max
            terms.setdefault(term.rank, []).append((person.id, start, end))
    found = set()
    for rank in ledger.ranks.values():
        if rank.order is None or rank.order != top.get(rank.service):
            continue
        spans = terms.get(rank.id, [])
        if any(
            a[0] != b[0] and a[1] < b[2] and b[1] < a[2]
            for i, a in enumerate(spans)
            for b in spans[i + 1 :]
        ):
            continue
        found.add(rank.id)
    return frozenset(found)


def rank_of_another_problem(
    draft: Draft, corpus: Corpus, claim: RankClaim, other: RankOfAnother
) -> Problem:
    """The problem: no fix (the name, not the rank, may be what is wrong)."""
    ledger = corpus.ledger
    person = ledger.people[claim.person_id or ""]
    name, holder = short(person.name), short(other.holder.name)
    written = claim.rank.text
    message = fit(
        f'Check the name: {name} holds no rank on record; "{written}" was {holder}\'s then',
        f"Check the name: {name} holds no rank on record",
    )
    held = [p for p in person.posts if p.held_on(other.day)]
    posts = "; ".join(short(p.title) for p in held)
    details = (
        f'"{written}" is held by one person at a time; on record {holder} held it '
        f"{draft_dated(draft, other.day)}. {name} is on record with no rank, in the post of "
        f"{posts}. If the rank is right, the name may be {holder}'s."
    )
    evidence = [other.term.origin.evidence(describe_rank(ledger, other.holder, other.term))]
    evidence += [p.origin.evidence(describe_post(person, p)) for p in held[:1]]
    return draft.problem(claim.span, message, evidence, details=details)
