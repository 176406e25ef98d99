"""The group claims' data: what :mod:`.groups` reads from a phrase (a group claim, its
predicate, inclusions, a figure, a phase tie), kept apart from the reading itself; and the
data they are built from (a :class:`Mention` of a group, one doc's :class:`Analysis`), which
every reader of group phrases shares."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from narrlint.claims.base import Claim
from narrlint.claims.groups_lexicon import (
    LocalOrder,
)
from narrlint.nlp.tokens import new_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

if TYPE_CHECKING:
    pass


@dataclass(frozen=True, slots=True)
class Mention:
    """A noun phrase (or predicate adjective) that names one of the ledger's groups.

    ``kind``: ``term`` (a ledger term), ``np`` (modifier + head/noun), ``modified_term``
    (modifier + a term of another group), ``head`` (a bare head noun: "Afghan refugees"),
    ``holding`` ("Afghans holding PoR cards"), ``adjective`` (a modifier with no noun:
    "were undocumented"), ``lacking`` ("people with no papers", read by the phase reader
    only: :mod:`narrlint.claims.groups_lacking`).
    """

    start: int
    end: int
    categories: frozenset[str]
    kind: str
    modifier: tuple[int, int] | None = None
    modifier_categories: frozenset[str] = frozenset()
    head: tuple[int, int] | None = None
    head_categories: frozenset[str] = frozenset()

    @property
    def fused(self) -> bool:
        """Modifier and head come from different groups (whether the two contradict each
        other is for the rules to say)."""
        return (
            self.kind in ("np", "modified_term")
            and bool(self.head_categories)
            and not (self.modifier_categories & self.head_categories)
        )


@dataclass
class Analysis:
    """The mentions, modifiers, plan names and figures of one doc, before they become claims."""

    mentions: list[Mention]
    by_start: dict[int, Mention]
    subject_spans: list[tuple[int, int]]
    modifiers: dict[int, tuple[int, frozenset[str]]]
    figures: list = field(default_factory=list)
    """The numbers given for groups (:class:`~narrlint.claims.groups_figures.FigureUse`)."""
    starts: list[int] = field(default_factory=list)
    covering: dict[int, list[tuple[int, int]]] | None = None
    """Token → the subject spans over it (built on first use)."""
    given: dict[int, tuple[int, str]] = field(default_factory=dict)
    """Where people given a group's documents are named (their mention's or number's first
    token) → (the documents' first token, their group): :mod:`.groups_recipients`."""
    gate: Any = None
    """The doc's sentence gate (:class:`~narrlint.claims.groups_gate.Gate`), built on first
    use once the mentions, modifiers, plan names and recipients are read."""

    def inside_subject(self, mention: Mention) -> bool:
        """Part of a longer name of an event ("Illegal Foreigners' Repatriation Plan"): the
        group words name the plan, not its target."""
        if self.covering is None:
            self.covering = {}
            for s, e in self.subject_spans:
                for i in range(s, e):
                    self.covering.setdefault(i, []).append((s, e))
        size = mention.end - mention.start
        return any(
            s <= mention.start and mention.end <= e and e - s > size
            for s, e in self.covering.get(mention.start, ())
        )

    def within(self, start: int, end: int) -> list[Mention]:
        """Mentions that lie in tokens ``[start, end)`` (found by bisection: a long draft
        has many clauses and many mentions)."""
        if not self.starts:
            self.starts = [m.start for m in self.mentions]
        first = bisect_left(self.starts, start)
        last = bisect_left(self.starts, end)
        return [m for m in self.mentions[first:last] if m.end <= end]


@dataclass(frozen=True, eq=False)
class GroupPredicate:
    """What a sentence says a group is: another group ("..., who are registered refugees"),
    or a lack of documents ("... without documents", "... living illegally")."""

    span: Span
    """The predicate's words, after the group's own phrase."""
    lacks: tuple[str, ...]
    """Groups whose lacks the predicate gives the subject ("undocumented", "without
    documents"; a predicate naming a whole group, "illegal immigrants", gives both)."""
    properties: tuple[str, ...]
    """Groups whose properties the predicate gives the subject ("refugees")."""
    words: str
    attributes: tuple[str, ...]
    """The ledger attributes the predicate speaks about (an adjective or "without
    documents" speaks only of documents)."""
    later: bool
    """The predicate puts the status at another time or in a condition ("will be illegal
    from April 1", "were undocumented when they arrived")."""


@dataclass(frozen=True, eq=False)
class Inclusion:
    """One group named as part of another: "X, including Y", "Y and other X", "X such as Y"."""

    wider: Span
    narrower: Span
    words: str


@dataclass(frozen=True, eq=False)
class GroupClaim(Claim):
    """A phrase naming ledger groups (a term, modifier + head, holders of documents, ...)."""

    kind: ClassVar[str] = "group"
    role: str = "term"
    """``term`` (a ledger term), ``np`` (modifier + head or generic noun), ``modified_term``
    (modifier + a term), ``head`` (a bare head noun: "Afghan refugees"), ``holding``
    ("Afghans holding PoR cards"), ``adjective`` (a modifier without a noun: "were
    undocumented"), ``lacking`` ("people with no papers": a generic noun restricted by a
    denial of documents, kept only when a phase is paired with it), ``figure``
    (:class:`FigureClaim`)."""
    categories: frozenset[str] = frozenset()
    """Category ids of the ledger the phrase names."""
    modifier: Span | None = None
    modifier_categories: frozenset[str] = frozenset()
    head: Span | None = None
    head_categories: frozenset[str] = frozenset()
    fused: bool = False
    """Modifier and head name different ledger groups (whether they contradict each other is
    the rules' comparison)."""
    quoted: bool = False
    """In quotation marks of its own: the phrase is named, not used."""
    in_name: bool = False
    """Part of a longer name ("Illegal Foreigners' Repatriation Plan")."""
    predicate: GroupPredicate | None = None
    phases: tuple[PhaseTie, ...] = ()
    """The phases of the plan its clause pairs it with (set while reading)."""
    inclusions: tuple[Inclusion, ...] = ()
    figure: FigureClaim | None = None
    """The number given for this group, if any (set while reading)."""

    @property
    def phase(self) -> int | None:
        return self.phases[0].number if self.phases else None

    @property
    def head_singular(self) -> bool:
        """The head noun is singular ("undocumented Afghan refugee", "refugee families")."""
        if self.head is None:
            return False
        word = self.head[0]
        return word.lower_ == word.lemma_.lower() and not word.lower_.endswith("s")

    @property
    def demonym(self) -> Token | None:
        """A capitalised word between the modifier and a one-word head ("Afghan" in
        "undocumented Afghan refugees")."""
        if self.head is None or self.modifier is None or len(self.head) != 1:
            return None
        if self.head.start - 1 < self.modifier.end:
            return None
        word = self.span.doc[self.head.start - 1]
        return word if word.is_alpha and word.is_title else None

    def details(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "categories": sorted(self.categories),
            "modifier": self.modifier.text if self.modifier is not None else None,
            "modifier_categories": sorted(self.modifier_categories),
            "head": self.head.text if self.head is not None else None,
            "head_categories": sorted(self.head_categories),
            "fused": self.fused,
            "quoted": self.quoted,
            "in_name": self.in_name,
            "phase": self.phase,
            "predicate": _predicate_details(self.predicate),
            "inclusions": [
                {"wider": i.wider.text, "narrower": i.narrower.text, "words": i.words}
                for i in self.inclusions
            ],
            "figure": (
                {"value": self.figure.value, "hedge": self.figure.hedge}
                if self.figure is not None
                else None
            ),
        }


@dataclass(frozen=True, eq=False)
class FigureClaim(GroupClaim):
    """A number given for a group ("880,000 PoR card holders"); ``categories`` are the
    group(s) it is given for."""

    number: Span | None = None
    value: float = 0.0
    hedge: str | None = None
    """``above`` ("over"), ``below`` ("nearly"), ``about`` ("some") or None."""
    how: str = "phrase"
    """``phrase`` ("1.4 million undocumented Afghans"), ``predicate`` ("... are registered
    refugees"), ``before`` ("PoR card holders, numbering ..."), ``exposure`` (the group an
    order in the same clause targets: "putting 1.4 million Afghan refugees at risk")."""
    own: frozenset[str] = frozenset()
    """For ``exposure``: the group the number's own noun names, if any."""
    words: frozenset[str] = frozenset()
    """The content words the draft gives the number ("afghan", "refugees")."""
    as_of: dt.date | None = None
    """The time its sentence sets the number in ("in August 2021"), if any."""
    group: GroupClaim | None = None
    """The group claim the number is tied to, when one phrase names the group."""
    whole: bool = False
    """The number is given for every group with documents at once ("only 1.4 million possess
    any form of documentation"): their size together, not one group's."""
    spanned: bool = False
    """A lower bound its clause sets over a long span of years or at a past peak ("hosted
    more than four million for 40 years"): no population total of one day judges it."""
    by_plan: bool = False
    """For ``exposure``: only group words inside a plan's name gave the order's target ("the
    Illegal Foreigners Repatriation Programme ..., targeting three million Afghans"): the
    plan's people are every group of the phases announced by the draft's date."""

    def details(self) -> dict[str, Any]:
        return {
            "role": "figure",
            "categories": sorted(self.categories),
            "number": self.number.text if self.number is not None else None,
            "value": self.value,
            "hedge": self.hedge,
            "how": self.how,
            "own": sorted(self.own),
            "group": self.group.text if self.group is not None else None,
        }


@dataclass(frozen=True, eq=False)
class PhaseTie:
    """A phase of the deportation plan named in a clause's affirmative part, and the group
    claims around it (up to the neighbouring phases)."""

    span: Span
    """The phase word ("phase", "stage")."""
    number: int
    order: int
    """Position among every phase named in the draft."""
    before: tuple[GroupClaim, ...]
    after: tuple[GroupClaim, ...]
    clause_groups: frozenset[str]
    """Every group the clause names (outside names, contrasts and fused phrases)."""
    cue: bool
    """The clause speaks of the phase's order (a targeting word or one of its actions)."""
    planned: bool
    """The clause speaks of a plan ("will be deported", "are to leave", "next")."""
    continuation: bool
    """The clause says a group is left over ("remaining", "continue", "other")."""
    targeted: bool
    """A targeting word stands between the phase and :attr:`group`."""
    joined: tuple[tuple[GroupClaim, GroupClaim], ...]
    """Pairs of groups after the phase joined into one target ("undocumented migrants and
    ACC holders", with a targeting word before them and no verb of their own after)."""
    local: tuple[LocalOrder, ...] = ()
    """Orders of a place outside the national plan whose place the phase's sentence or a
    neighbouring one names ("... moved out of Islamabad and Rawalpindi"): the phase may be
    one of that order's own steps."""
    action_object: bool = False
    """:attr:`group` is the object of the phase's own action ("the second phase of deporting
    illegal Afghans", "phase two of the repatriation of undocumented foreigners"): words that
    may name the whole plan's people rather than the phase's target."""

    @property
    def group(self) -> GroupClaim | None:
        """The group the phase is paired with: the first named after it, else the last
        before it."""
        if self.after:
            return self.after[0]
        return self.before[-1] if self.before else None


def _predicate_details(predicate: GroupPredicate | None) -> dict[str, Any] | None:
    if predicate is None:
        return None
    return {
        "text": predicate.span.text,
        "lacks": sorted(predicate.lacks),
        "properties": sorted(predicate.properties),
        "attributes": list(predicate.attributes),
        "later": predicate.later,
    }


def span_of(doc: Doc, start: int, end: int) -> Span:
    """``doc[start:end]`` for the claims' spans: ``new_span(doc, start, end)`` costs a third of the
    slice (no slice normalising in Python); anything but plain bounds goes through the slice."""
    if 0 <= start <= end <= len(doc):
        return new_span(doc, start, end)
    return doc[start:end]
