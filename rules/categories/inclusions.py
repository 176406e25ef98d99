"""What NL301 reads from one group named as part of another ("undocumented immigrants,
including Afghan refugees"; "Of these, 1.3 million hold PoR cards ..."), and the fusion it
reports for any of its findings."""

from __future__ import annotations

from dataclasses import dataclass

from narrlint.claims.groups import CATEGORY_ATTRIBUTES, FigureClaim, GroupClaim, Lexicon
from narrlint.claims.groups_lexicon import joint_figures
from narrlint.claims.groups_words import EXPIRED, LISTING_WORDS, ONLY_WORDS, PARTITION_WORDS

from .common import conflict, exactly, mismatch, own_figure, rounds_to, shared


@dataclass(frozen=True, slots=True)
class Fusion:
    """A phrase that fuses two groups, and why."""

    span: tuple[int, int]
    kind: str
    """``phrase``, ``phase``, ``predicate``, ``inclusion`` or ``exposure``."""
    said: frozenset[str]
    """The group(s) the draft's words put the people in."""
    other: frozenset[str]
    """The group the other half of the phrase names."""
    attributes: tuple[tuple[str, bool], ...]
    """Attributes the ledger gives ``said`` that the other half contradicts."""
    claim: GroupClaim
    phase: int | None = None
    words: tuple[str, str] = ("", "")
    """The two wordings that clash (for evidence and messages)."""


def inclusion_fusion(lex: Lexicon, wider: GroupClaim, narrower: GroupClaim, day):
    """ "undocumented immigrants, including Afghan refugees", "refugees and other illegal
    immigrants", "refugees, including those holding ACCs": naming one group as part of
    another says it is one of them; wrong where the ledger gives the two groups contradicting
    attributes. A bare head noun ("migrants", "refugees") says what its group is, not what
    it lacks."""
    if any(c.fused or c.quoted or c.in_name for c in (wider, narrower)):
        return None
    said = named(narrower)
    other = named(wider)
    if not said or not other or not all(c in lex.categories for c in said | other):
        return None
    if len(other) > 1 and said <= other:
        return None  # "documented Afghans, including ACC holders": one of its groups
    # "refugees, which include 1.3 million documented individuals": a part whose noun names
    # several groups, counted at the size of the whole's own group, is that group's people
    count = narrower if isinstance(narrower, FigureClaim) else narrower.figure
    if len(said) > 1 and count is not None and own_figure(lex, count, said & other, day):
        return None
    # "refugees, including 2.1 million documented residents": the PoR holders among the
    # documented are the refugees' own; only the others are wrongly counted among them
    said = said - other or said
    lacks = other if wider.role != "head" else frozenset()
    lacking = said if narrower.role != "head" else frozenset()
    # a count said to hold or lack documents, an adjective ("most of whom are
    # undocumented"), speak of documents only
    names = CATEGORY_ATTRIBUTES
    if isinstance(narrower, FigureClaim) or narrower.role == "adjective":
        names = ("documented",)
    if wider.role in ("np", "adjective") and len(wider.modifier_categories) > 1:
        names = shared(lex, other, names)  # "legal residents, including ..."
    doc = narrower.span.doc
    after = doc[narrower.span.end : min(narrower.span.end + 6, narrower.span.sent.end)]
    if any(t.lower_ in EXPIRED for t in after):  # "ACC holders whose cards expired"
        names = tuple(n for n in names if n != "documented")
    # "refugees and other foreigners living illegally": the wider group's own denial
    denied = wider.predicate
    if denied is not None and denied.lacks and not denied.properties and not denied.later:
        names_denied = tuple(n for n in denied.attributes if n in names)
        also = conflict(lex, denied.lacks, said, day, names_denied)
    else:
        also = ()
    attributes = tuple(
        dict.fromkeys(
            conflict(lex, lacks, said, day, names)
            + conflict(lex, lacking, other, day, names)
            + also
        )
    )
    if not attributes:
        return None
    start = min(wider.span.start, narrower.span.start)
    end = max(wider.span.end, narrower.span.end)
    if wider.span.sent.start != narrower.span.sent.start:  # "... refugees. Of these, ..."
        start, end = narrower.span.start, narrower.span.end
    return Fusion(
        (start, end), "inclusion", said, other, attributes, narrower,
        words=(narrower.text.lower(), wider.text.lower()),
    )  # fmt: skip


def named(claim: GroupClaim) -> frozenset[str]:
    """The groups a phrase names: a bare head's; for a modifier naming several groups on a
    head naming one of them, that one ("legal refugees": the registered refugees)."""
    if claim.role == "head":
        return claim.head_categories
    if claim.role == "np" and claim.head_categories and not claim.fused:
        return claim.modifier_categories & claim.head_categories
    return claim.categories


REMAINDER_SHARE = 0.8
"""A part this much smaller than its whole leaves others in it (3.7 million, 1.3 million)."""


def _documented_rest(lex: Lexicon, whole: FigureClaim, other: frozenset[str]) -> frozenset[str]:
    """ "Of the 2.1 million Afghan refugees, 1.3 million hold PoR cards": a whole whose number
    is the size the ledger gives the groups with documents together leaves, past the part of
    its own group, the other documented groups under its noun."""
    documented = frozenset(lex.documented)
    if not other < documented or whole.value is None:
        return frozenset()
    if not any(
        rounds_to(whole.value, f) or exactly(whole.value, f) for f in joint_figures(lex, documented)
    ):
        return frozenset()
    return documented - other


def _whole_named(wider: GroupClaim, words: str) -> bool:
    """A whole its noun names: a bare head ("refugees"), or, divided by a partition ("Of
    these", "Among them"), one group's own words ("2.1 million registered Afghans. Of these,
    1.3 million hold PoR cards": the rest are called registered too)."""
    if wider.role == "head":
        return True
    return words in PARTITION_WORDS and wider.role in ("term", "np") and len(named(wider)) == 1


def _only(part: FigureClaim) -> bool:
    """A part's count hedged "only" ("only 1.5 million of whom are registered")."""
    k = part.number.start - 1
    return k >= 0 and part.number.doc[k].lower_ in ONLY_WORDS


def remainder_fusion(
    lex: Lexicon, wider: GroupClaim, narrower: GroupClaim, day, words: str = "of"
) -> Fusion | None:
    """ "Out of an estimated 3.7 million refugees residing in Pakistan, 1.3 million are
    registered": a whole whose number is another population's (NL302's finding) counted with
    a part of its own group only leaves the rest under the whole's noun without that group's
    papers: people without documents counted among the group. A whole given its own size
    ("Of the 1.3 million registered refugees, 800,000 ...") or no number is left alone. A
    whole of the documented groups' size together, divided by a partition ("of", "among"),
    leaves the other documented groups under the noun (:func:`_documented_rest`)."""
    part = narrower if isinstance(narrower, FigureClaim) else narrower.figure
    whole = wider.figure
    other = named(wider)
    if part is None or whole is None or not other or not _whole_named(wider, words):
        return None
    if not other <= narrower.categories:
        return None  # "..., 1.3 million are registered", "... hold PoR cards": its own group
    if part.value >= whole.value * REMAINDER_SHARE:
        return None
    if words.lstrip(",( ") in LISTING_WORDS:
        return None  # "3 million refugees including 1.4 million PoR holders": a list, no rest
    if mismatch(lex, whole, day) is not None:
        said = frozenset(lex.undocumented)
    elif words in PARTITION_WORDS:  # "Of the 2.1 million refugees, ...", not "including"
        said = _documented_rest(lex, whole, other)
    else:
        said = frozenset()
    if not said and _only(part) and not own_figure(lex, whole, other):
        # "2.5 million Afghan refugees, only 1.5 million of whom are registered": a whole of
        # no size of the group's own, of which only a part holds its papers
        said = frozenset(lex.undocumented)
    attributes = conflict(lex, said, other, day)
    if not said or not attributes:
        return None
    start, end = min(wider.span.start, narrower.span.start), narrower.span.end
    return Fusion(
        (start, end), "inclusion", said, other, attributes, narrower,
        words=(narrower.text.lower(), wider.text.lower()),
    )  # fmt: skip
