"""The title claims (:mod:`narrlint.claims.titles` reads them): a title for an office with
the person it names, a rank before a name, a reference to a government; and whether a claim
stands inside a quotation (the speaker's words, which the writer does not change)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from narrlint.claims.base import Claim
from narrlint.claims.counts_quotes import QUOTE_MARKS, _quote_mark_indices, quotes_of
from narrlint.claims.titles_frame import TimeFrame
from narrlint.claims.titles_names import COORDINATED_BY, TEMPORARY
from narrlint.nlp.tokens import lowers

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["GovernmentClaim", "RankClaim", "TitleClaim", "in_quotation"]

# ---------------------------------------------------------------------------------------------
# Claims


def entity_id(ent: Span) -> str:
    """``ent.ent_id_`` of an entity of ``doc.ents`` (a person's or title's ledger id), read as
    the ``id_`` such a Span carries from its tokens: one string lookup, where ``ent_id_`` walks
    to the span's root token first (and rules ask for ids again and again). A variant title
    (:mod:`.titles_variants`) carries its ledger title as ``id_``."""
    return ent.id_ or ent.ent_id_


def person_id(person: Span) -> str | None:
    """The ledger id of a name the entity ruler found, ``None`` for none."""
    return entity_id(person) or None


class _Quotable:
    """What the three kinds of title claim share: whether the speaker of a quotation wrote it."""

    span: Span

    @property
    def quoted(self) -> bool:
        """Inside a quotation: the speaker's wording, which the writer does not change."""
        return in_quotation(self.span)


@dataclass(frozen=True, eq=False)
class TitleClaim(_Quotable, Claim):
    """A title for an office of the ledger, with the person it names if any.

    ``span`` is what a finding points at: qualifiers, title and name ("caretaker Foreign
    Minister Jalil Abbas Jilani"; "Jilani, Pakistan's caretaker foreign minister"), or the
    title phrase alone when no person is named.
    """

    kind: ClassVar[str] = "title"
    title: Span
    """The title as the ledger spells it (the ``TITLE`` entity)."""
    phrase: Span
    """Qualifiers and title ("caretaker Foreign Minister"): "former" goes before it."""
    person: Span | None
    """The name as written (the ``PERSON`` entity), if the title names someone."""
    offices: tuple[str, ...]
    """Ids of the ledger offices the title names (several offices may share a title)."""
    qualifiers: tuple[str, ...]
    """In text order, each ``caretaker``, ``interim``, ``acting``, ``former``, ``then-`` or
    ``designate`` (a post not yet taken up: "incoming …", "…-elect")."""
    past_clause: bool
    """An appositive in the past: "Kakar, who was interim prime minister"."""
    frame: TimeFrame
    foreign_owner: bool = False
    """A name before the title that is neither a country nor a qualifier owns it ("PML-N
    president"): it may be that body's post, not the ledger's office."""
    owners: frozenset[str] = frozenset()
    """The countries written right before the title as its owner ("Pakistan's", "Pakistani",
    "Afghan"): the writer named the country, so the title is not the person's own post of
    another country written short."""
    holder: Span | None = None
    """A name the ledger does not know written as the title's holder ("caretaker Prime
    Minister X Y", "X Y, a government spokesperson"), when ``person`` is
    ``None``: the title is that person's, not the post the ledger records on the date."""
    coordinated: bool = False
    """The title is joined by "and" to a second title before the name, or set right before
    one ("Interior Minister and PCB Chairman Mohsin Naqvi", "Foreign Secretary Ambassador
    Asad Majeed Khan"): one person's two posts, or, in a headline's list, two
    people ("PM and army chief Munir …"). Only a post the ledger records for the person at
    some time is then judged on the person."""

    @property
    def person_id(self) -> str | None:
        if self.person is None:
            return None
        return person_id(self.person)

    @property
    def temporary(self) -> str | None:
        """The kind of temporary post the qualifier nearest the title names (interim counts as
        caretaker), as the ledger's post qualifiers map."""
        for word in reversed(self.qualifiers):
            if word in TEMPORARY:
                return TEMPORARY[word]
        return None

    @property
    def past_marked(self) -> bool:
        """Written as not held now: "former …", "then-…", "who was …", "incoming …"."""
        return self.past_clause or any(q not in TEMPORARY for q in self.qualifiers)

    @property
    def appositive(self) -> bool:
        return self.person is not None and self.person.start < self.title.start

    @property
    def joined(self) -> bool:
        """Coordinated by "and" with a second title before the name ("Deputy Prime Minister
        and Interior Minister X"), not set right before it ("Foreign Secretary Ambassador
        X", a courtesy title): the second title is then a post of its own, which the first
        being on record does not vouch for."""
        person = self.person
        if not self.coordinated or person is None:
            return False
        between = lowers(self.span.doc)[self.title.end : person.start]
        return any(w in COORDINATED_BY for w in between)

    def details(self) -> dict[str, Any]:
        person = self.person
        details = {
            "person": {"id": self.person_id, "name": person.text} if person is not None else None,
            "title": {
                "text": self.title.text,
                "maps_to": [f"offices/{office}" for office in self.offices],
            },
            "qualifiers": list(self.qualifiers),
            "time_frame": "then" if self.past_clause else self.frame.label(),
            "dates": self.frame.dates(),
        }
        if self.holder is not None:  # only then: the details of other claims stay as they were
            details["holder"] = self.holder.text
        return details


@dataclass(frozen=True, eq=False)
class RankClaim(_Quotable, Claim):
    """A rank of the ledger written before a person's name ("General Asim Munir", "Gen. Asim
    Munir", "Lt. Gen. …"): ``span`` is the rank and the name."""

    kind: ClassVar[str] = "title"
    rank: Span
    """The rank as written, full stops included."""
    ranks: tuple[str, ...]
    """Ids of the ledger ranks the words name."""
    person: Span
    qualifiers: tuple[str, ...]
    """``former``/``then-`` (and any temporary qualifier) before the rank or the title before
    it ("then-army chief General …")."""
    frame: TimeFrame

    @property
    def person_id(self) -> str | None:
        return person_id(self.person)

    @property
    def past_marked(self) -> bool:
        return any(q not in TEMPORARY for q in self.qualifiers)

    def details(self) -> dict[str, Any]:
        return {
            "person": {"id": self.person_id, "name": self.person.text},
            "title": {"text": self.rank.text, "maps_to": [f"ranks/{r}" for r in self.ranks]},
            "qualifiers": list(self.qualifiers),
            "time_frame": self.frame.label(),
            "dates": self.frame.dates(),
        }


@dataclass(frozen=True, eq=False)
class GovernmentClaim(_Quotable, Claim):
    """A generic reference to a government: "the caretaker government", "interim cabinet"."""

    kind: ClassVar[str] = "title"
    term: str
    """The ledger's term (lower case)."""
    qualifiers: tuple[str, ...]
    """``former``/``then-`` just before the term and ``caretaker``/``interim``/``acting`` in it."""
    government: str | None
    """Id of the ledger government meant: the only one using the term, or the one whose country
    the sentence names; ``None`` when that does not decide."""
    candidates: tuple[str, ...]
    """Ids of every ledger government using the term."""
    frame: TimeFrame
    past_clause: bool = False
    """The term is the agent or object of a verb in the past in a clause of its own ("the
    policy, launched by the caretaker government, remains in force")."""

    @property
    def past_marked(self) -> bool:
        return self.past_clause or any(q not in TEMPORARY for q in self.qualifiers)

    def details(self) -> dict[str, Any]:
        chosen = [self.government] if self.government else list(self.candidates)
        return {
            "person": None,
            "title": {"text": self.span.text, "maps_to": [f"governments/{g}" for g in chosen]},
            "qualifiers": list(self.qualifiers),
            "time_frame": "then" if self.past_clause else self.frame.label(),
            "dates": self.frame.dates(),
        }


_QUOTES = "narrlint.claims.titles.quotes"
"""Key of a doc's quotations in its ``user_data``, found on the first question only (most
drafts' claims are never asked: only one about to be reported is)."""


def in_quotation(span: Span) -> bool:
    """Whether ``span`` starts inside a quotation (as the count reader finds quotations). A
    quotation ends with its block, so one with no quote mark between the block's start and the
    span is not looked for in the whole doc. The nearest quote mark or block end before the
    span is found by bisection over the doc's marks (listed once per doc), not by walking back
    to the block's start for every claim: thousands of titles in one paragraph made that walk
    quadratic."""
    doc = span.doc
    marks = _quote_mark_indices(doc)
    k = bisect_left(marks, span.start) - 1
    if k < 0 or lowers(doc)[marks[k]] not in QUOTE_MARKS:
        return False  # no quote mark before the span, or its block starts after the last one
    quotes = doc.user_data.get(_QUOTES)
    if quotes is None:
        quotes = doc.user_data[_QUOTES] = quotes_of(doc)
    return quotes.region(span.start) >= 0
