"""What NL301 and NL302 share: the ledger comparisons, wording and evidence of group claims.

The claims come from :mod:`narrlint.claims.groups` (``draft.claims.groups``); the lexicon it
builds from the ledger (``lexicon(corpus)``) gives the categories, phases and figures these
rules compare the claims with.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, replace

from narrlint.api import (
    Category,
    Corpus,
    Evidence,
    Figure,
    format_number,
)
from narrlint.claims.groups import (
    CATEGORY_ATTRIBUTES,
    FigureClaim,
    GroupClaim,
    Lexicon,
    figure_matches,
    joint_figures,
    read_doc,
)
from narrlint.claims.groups_lexicon import matching_figures
from narrlint.claims.groups_words import LISTING_WORDS, NEGATION_PREFIXES, REGISTRATION_WORDS
from narrlint.claims.words import IDENTITY_PAPERS

ATTRIBUTE_TEXT = {
    ("refugee_status", True): "have refugee status",
    ("refugee_status", False): "have no refugee status",
    ("documented", True): "hold valid documents",
    ("documented", False): "have no valid documents",
}
STOCK_RANGE = 3
"""Another group's figure is compared only within this factor of the named group's own
figures: a number far from every size of the group counts a part of it (one city, one
month's returns: "24,822 undocumented Afghans returned"), not the group, and "14" suicide
bombings is no group's size. A number that gives another figure to the unit
(:func:`exactly`) is compared whatever its size."""
STALE_DAYS = 365
"""A group's size older than this, which the record has followed with a newer one, is out
of date for a draft (:func:`_out_of_date`)."""
STALE_CHANGE = 0.25
"""How far a group's newer size must lie from an old figure of it for that figure to stop
naming the group (:func:`_stale`)."""
PRECISE_DIGITS = 4
"""Significant digits from which a number is too precise to match a figure by chance."""
CORPUS_EVIDENCE = 2


# ---------------------------------------------------------------------------------------------
# Comparing group claims with the ledger


def attribute(category: Category, name: str) -> bool | None:
    return getattr(category, name)


def lapsed(lex: Lexicon, category_id: str, day: dt.date | None) -> bool:
    """After the group's last day of papers: a deadline ("leave by 31 March") and a card's
    expiry ("valid until 30 June") name the last day the papers still hold, so a draft of
    that day still speaks of the group as documented."""
    lapse = lex.lapses.get(category_id)
    return day is not None and lapse is not None and day > lapse


def stay_ended(lex: Lexicon, category_id: str, day: dt.date | None) -> bool:
    """After the deadline of the group's own phase: its people stay without legal status."""
    end = lex.stay_ends.get(category_id)
    return day is not None and end is not None and day > end


def conflict(
    lex: Lexicon,
    negative: Iterable[str],
    positive: Iterable[str],
    day: dt.date | None,
    names: tuple[str, ...] = CATEGORY_ATTRIBUTES,
    registration: bool = False,
    papers: bool = False,
) -> tuple[tuple[str, bool], ...]:
    """Attributes that the ``negative`` groups deny and the ``positive`` groups assert.

    A modifier denies what its group lacks ("undocumented": no documents, no refugee status);
    a head noun or term asserts what its group has ("refugees": refugee status). Documents are
    not asserted once the group's own phase deadline has passed (its papers no longer protect
    it), and once its phase's deadline has passed (its people stay without legal status) a
    group without papers includes the group's people: any wording that denies them papers or
    legality ("undocumented", "illegally residing", "living illegally") is then no conflation
    of any attribute ("illegally residing Afghan refugees" after September 1, 2025). A word
    of ``registration`` denied ("unregistered") is not: registering is a past act that no
    deadline undoes. A wording that denies only ``papers`` ("undocumented", "without
    documents") is no conflation already once the group's papers lapsed (the end of the
    PoR cards' validity, before the grace period that ended their stay)."""
    found = []
    paperless = not registration and all(
        attribute(lex.categories[c], "documented") is False for c in negative
    )
    for name in names:
        denied = [c for c in negative if attribute(lex.categories[c], name) is False]
        asserted = [
            c
            for c in positive
            if attribute(lex.categories[c], name) is True
            and not (name == "documented" and lapsed(lex, c, day))
            and not (paperless and stay_ended(lex, c, day))
            and not (paperless and papers and lapsed(lex, c, day))
        ]
        if denied and asserted:
            found.append((name, False))
    return tuple(found)


def denies_papers(words: str) -> bool:
    """ "undocumented", "without proper legal documentation", "no papers": a wording whose
    denial is of documents (not of legality, "illegally residing", nor of a status)."""
    for word in re.findall(r"[a-z]+", words.lower()):
        word = word.removeprefix("non")
        for prefix in NEGATION_PREFIXES:
            word = word.removeprefix(prefix)
        if word in IDENTITY_PAPERS and word != "status":
            return True
    return False


def denies_registration(words: str) -> bool:
    """ "unregistered", "non-registered", "unenrolled": a modifier denying a registration."""
    word = words.lower().replace("-", "").replace(" ", "")
    word = word.removeprefix("non")
    for prefix in NEGATION_PREFIXES:
        word = word.removeprefix(prefix)
    return word in REGISTRATION_WORDS and word != words.lower()


def rounds_to(value: float, figure: Figure) -> bool:
    """A round number may be the group's own figure rounded to as many significant digits
    ("two million" for 1.73 million): such a number is never held against the group."""
    if figure.value is None or value < 1000 or value != int(value):
        return False
    digits = len(str(int(value)).rstrip("0"))
    scale = 10 ** (len(str(int(value))) - digits)
    return round(figure.value / scale) * scale == value


def _rounded_figures(lex: Lexicon, value: float) -> frozenset[int]:
    """Ids of the groups' figures (:attr:`Lexicon.figures`) that ``value`` is rounded from
    (:func:`rounds_to`), once per number and lexicon: every figure claim asks it of every
    figure of its groups."""
    key = (id(lex), value)
    kept = _ROUNDED.get(key)
    if kept is None or kept[0] is not lex:
        if len(_ROUNDED) > ROUNDED_LIMIT:
            _ROUNDED.clear()
        found = frozenset(
            id(f) for figures in lex.figures.values() for f in figures if rounds_to(value, f)
        )
        kept = _ROUNDED[key] = (lex, found)
    return kept[1]


_ROUNDED: dict[tuple[int, float], tuple[Lexicon, frozenset[int]]] = {}
"""Memo of :func:`_rounded_figures`, with the lexicon (to tell one at a reused id)."""
ROUNDED_LIMIT = 100_000
"""Past this many numbers remembered (a long-lived process), the memo starts afresh."""


def exactly(value: float, figure: Figure) -> bool:
    """A precise number ("145,716") that is this figure to the unit: no coincidence."""
    if figure.value is None or value != int(value):
        return False
    digits = str(int(value)).rstrip("0")
    return len(digits) >= PRECISE_DIGITS and int(value) == round(figure.value)


def own_figure(
    lex: Lexicon, claim: FigureClaim, groups: Iterable[str], day: dt.date | None = None
) -> bool:
    """Is the claim's number one of these groups' own figures (or one rounded)? Given the
    draft's date, a size the record had replaced by then is none."""
    for c in groups:
        figures = lex.figures.get(c, ())
        if not figures:
            continue
        hits = matching_figures(lex, claim.value, claim.hedge)  # once per number (memo)
        rounded = _rounded_figures(lex, claim.value)
        if any(
            (id(f) in hits or id(f) in rounded) and not _replaced(f, figures, day) for f in figures
        ):
            return True
    return False


def _replaced(figure: Figure, figures: Iterable[Figure], day: dt.date | None) -> bool:
    """A size given by the draft's date that the record had replaced by then."""
    when = figure_day(figure)
    return (
        day is not None and when is not None and when <= day and _out_of_date(figure, figures, day)
    )


def own_size(lex: Lexicon, wider: GroupClaim, groups: Iterable[str]) -> bool:
    """Is a whole given no number, or one of its groups' own? Then a count after it whose
    people go unnamed may be other people ("1.3 million registered refugees, and 800,000
    are undocumented"), not its part; given a number that is none of its own (a total of all
    Afghans called "refugees"), the count is read as the group's part."""
    return wider.figure is None or own_figure(lex, wider.figure, groups)


@dataclass(frozen=True, slots=True)
class Mismatch:
    claim: FigureClaim
    matched: Figure
    """The other group's figure the number matches (closest, dated on or before the draft)."""
    named_figures: tuple[Figure, ...]


def mismatch(lex: Lexicon, claim: FigureClaim, day: dt.date | None) -> Mismatch | None:
    """The other group's figure a number given for a group stands for, if it is none of the
    group's own at the draft's date (or the earlier time its sentence sets it in)."""
    if day is not None and claim.as_of is not None and claim.as_of < day:
        day = claim.as_of
    if plan_reached_more(lex, claim, day):
        return None
    if claim.whole:
        return _whole_mismatch(lex, claim, day)
    found = _mismatch(lex, claim, day)
    if found is None and _several_by_one_word(lex, claim):
        # "1.4 million documented individuals": the documented groups' size together
        found = _whole_mismatch(lex, claim, day)
    if found is None and exposed_under_another(lex, claim, day):
        # "ordering 1.7 million Afghan refugees to leave by November 1": the order's
        # target's size given under another group's noun is that noun's wrong figure
        found = _mismatch(lex, replace(claim, categories=claim.own, how="phrase"), day)
    return found


def plan_reached_more(lex: Lexicon, claim: FigureClaim, day: dt.date | None) -> bool:
    """A number a plan puts at risk, the plan named only by its name ("the Illegal Foreigners
    Repatriation Programme ..., targeting nearly three million Afghans"), once a phase that
    targets other groups has been announced (phase two, for ACC holders, in March 2025): the
    plan's people are then several groups, whose size is not the first phase's group's."""
    if claim.how != "exposure" or not claim.by_plan or day is None:
        return False
    if day < min(lex.phase_announced.values(), default=day):
        return True  # before the plan: an order of another time, whose people are unknown
    return any(
        announced <= day and not lex.phase_targets.get(phase, frozenset()) <= claim.categories
        for phase, announced in lex.phase_announced.items()
    )


def _several_by_one_word(lex: Lexicon, claim: FigureClaim) -> bool:
    """A modifier of papers naming several groups on a noun of none ("documented
    individuals"), whose size together the ledger gives: the number is theirs together, unless
    the words around it name one group's papers ("documented Afghans (who) hold ACCs", "the
    PoR cards of 1.45 million legal residents")."""
    group = claim.group
    if group is None or group.role != "np" or group.head_categories or group.predicate:
        return False
    if group.modifier is None or group.modifier.text.lower() not in IDENTITY_PAPERS:
        return False  # "legal residents": lawful stay, which one group's papers may give
    doc, first = group.span.doc, claim.number.start if claim.number is not None else 0
    around = [*doc[max(0, first - NARROWING_REACH) : first]]
    around += doc[group.span.end : group.span.end + NARROWING_REACH]
    if any(t.lower_ in lex.holding_firsts for t in around):
        return False
    if claim.how == "before" and LISTING_WORDS & {t.lower_ for t in doc[group.span.end : first]}:
        return False  # "documented Afghans ..., including 1.3 million": some of them
    return len(claim.categories) > 1 and bool(joint_figures(lex, claim.categories))


NARROWING_REACH = 4
"""Words before a number or after its phrase within which one group's papers narrow it."""


def _whole_mismatch(lex: Lexicon, claim: FigureClaim, day: dt.date | None) -> Mismatch | None:
    """A number given for every documented group at once ("only 1.4 million possess any form
    of documentation") that is one of them's own figure and none of their sizes together:
    it counts one group only."""
    joint = joint_figures(lex, claim.categories)
    if any(_stands_for(claim, f) for f in joint):
        return None
    ones = [
        f
        for c in sorted(claim.categories)
        for f in lex.figures.get(c, ())
        if figure_matches(claim.value, claim.hedge, f)
        and (day is None or figure_day(f) is None or figure_day(f) <= day)
    ]
    if not ones:
        return None
    matched = min(ones, key=lambda f: _figure_rank(f, claim.value, day))
    known = [f for f in joint if day is None or figure_day(f) is None or figure_day(f) <= day]
    together = sorted(known or joint, key=lambda f: _figure_rank(f, claim.value, day))
    return Mismatch(claim, matched, tuple(together))


def _mismatch(lex: Lexicon, claim: FigureClaim, day: dt.date | None) -> Mismatch | None:
    groups = claim.categories
    named = [c for c in groups if c in lex.categories and lex.figures.get(c)]
    if not named or len(named) != len(groups):
        return None
    # the groups named at once have the sizes one source gave them together
    # the ledger's figures (and stocks) this number stands for, read once per number
    hits = matching_figures(lex, claim.value, claim.hedge)
    own_figures = [f for c in named for f in lex.figures[c]]
    rounded = _rounded_figures(lex, claim.value)
    own = [f for f in own_figures if id(f) in hits or id(f) in rounded]
    joint = joint_figures(lex, groups)  # no ledger figure's: asked one by one
    own_figures += joint
    own += [f for f in joint if _stands_for(claim, f)]
    if any(not _out_of_date(f, own_figures, day) for f in own):
        return None
    own_values = [f.value for f in own_figures if f.value]
    low, high = min(own_values) / STOCK_RANGE, max(own_values) * STOCK_RANGE
    # once a group's documents lapsed, its people are among the undocumented: its size is
    # no other group's for them ("1.3 million undocumented Afghans" after the PoR cards ran out)
    undocumented = all(attribute(lex.categories[c], "documented") is False for c in named)
    own_known = (
        any(
            figure_day(f) is not None
            and figure_day(f) <= day
            and not _out_of_date(f, own_figures, day)
            for f in own_figures
        )
        if day is not None
        else True
    )
    others = [
        f
        for cid, figures in lex.figures.items()
        if cid not in groups and not (undocumented and lapsed(lex, cid, day))
        for f in figures
        if id(f) in hits
        and (low <= (f.value or 0) <= high or exactly(claim.value, f))
        and not _stale(claim.value, f, figures, day)
        and not _later(f, day)
        and _placed(f, day, own_known)
    ]
    # the draft's own words name a population whose figure this is; a number an order puts
    # at risk is that population's only when its noun names no group and no group has the
    # figure ("3 million Afghans": all of them; not "2.1 million Afghan refugees", whom the
    # order does not target, nor 1.3 million, the registered refugees' figure); only a
    # population's figure given by the draft's date excuses the draft's words
    if (claim.how != "exposure" or not (claim.own or others)) and any(
        f.id in lex.metric_words
        and claim.words <= lex.metric_words[f.id]
        and id(f) in hits
        and not (day is not None and figure_day(f) is not None and figure_day(f) > day)
        for f in lex.stocks
    ):
        return None
    # a count of cards may be of every card ever issued: other groups' sizes only
    cards = claim.how == "documents"
    if not _loose(lex, claim) and not cards and not claim.spanned:
        # a population's total of one day; not a lower bound set over decades or at a past
        # peak ("hosted more than four million Afghan refugees for the last 40 years"), which
        # everyone sheltered over the span may meet
        others += [
            f
            for f in lex.stocks
            if not (lex.stock_subjects.get(f.id, frozenset()) & groups)
            and id(f) in hits
            and (low <= (f.value or 0) <= high or exactly(claim.value, f))
            and not _later(f, day)
            and _placed(f, day, own_known)
        ]
    if own:
        others = _fresher(claim.value, own, others, day)
    if not others:
        return None
    # another group's own figure names the error best; a population's figure only when no
    # group has the number (not "the count of illegal Afghan nationals" for undocumented)
    stocks = lex.stock_ids
    matched = min(others, key=lambda f: (f.id in stocks, _figure_rank(f, claim.value, day)))
    named_figures = sorted(
        (f for c in named for f in lex.figures[c]),
        key=lambda f: _figure_rank(f, claim.value, day),
    )
    known = [
        f for f in named_figures if day is None or figure_day(f) is None or figure_day(f) <= day
    ]
    return Mismatch(claim, matched, tuple(known or named_figures))


def figure_day(figure: Figure) -> dt.date | None:
    """The day a figure was in force: its date, else the day it describes (``as_of``: UNHCR's
    "3.2 million Afghans in Pakistan" as of October 2024, a page that prints no date of its
    own). A figure the record places in time is judged by that time like any dated one: it is
    no size of a group in a draft years before it ("3.2 million Afghan refugees" in 2016)."""
    return figure.date or figure.as_of


def _later(figure: Figure, day: dt.date | None) -> bool:
    """Another group's figure first given over half a year after the draft's date: no size
    that group had when the draft was written (600,000 undocumented Afghans in March 2025
    for an April 2024 draft; a 2025 size for a 2013 one). A size recorded within months
    after the draft was most likely that group's size at its date too (880,000 ACC holders,
    counted by the UN in December 2023, in an October 2023 draft)."""
    when = figure_day(figure)
    if day is None or when is None:
        return False
    return (when - day).days > LATER_GRACE_DAYS


LATER_GRACE_DAYS = 182


def _placed(figure: Figure, day: dt.date | None, own_known: bool) -> bool:
    """Another group's figure names a draft's number when the record says when it was in
    force (its date, else the day it describes), or, undated, when the named group's own
    size at the draft's date is known (``own_known``: a figure of its own given by then and
    not yet replaced), so the number is measured against the right figure for its time. An
    undated size ("1.8 million Afghans of every status", a secondary page without a date)
    may be of any year: it cannot make "over 1.6 million registered Afghan refugees" in a
    2013 draft, older than every registered-refugee figure of the record, another group's
    size. Without a draft date every figure stands."""
    return day is None or figure_day(figure) is not None or own_known


def _stands_for(claim: FigureClaim, figure: Figure) -> bool:
    return figure_matches(claim.value, claim.hedge, figure) or rounds_to(claim.value, figure)


def _out_of_date(figure: Figure, figures: Iterable[Figure], day: dt.date | None) -> bool:
    """A group's figure the draft could not have meant at its date: one given later, or
    one over a year old that the record has since followed with a newer size of the same
    group (775,000 undocumented in 2023, 600,000 in 2025). Sizes given within the year are
    concurrent estimates of different sources (1.52 and 1.3 million registered refugees in
    2025), none of which replaces another."""
    when = figure_day(figure)
    if day is None or when is None:
        return False
    if when > day:
        return True
    return (day - when).days > STALE_DAYS and any(
        f.category == figure.category and figure_day(f) is not None and when < figure_day(f) <= day
        for f in figures
    )


def _stale(value: float, figure: Figure, figures: Iterable[Figure], day: dt.date | None) -> bool:
    """Another group's figure over a year old whose group the record has since sized far
    from it (by more than a quarter): no longer that group's size at the draft's date
    (Bugti's 1.73 million undocumented of 2023 in a 2025 draft, when they numbered 600,000),
    so a number only near it ("nearly 1.8 million") is not that group's figure given to
    another. The figure itself or its rounding ("1.73 million", "1.7 million") still quotes
    it, and a size the record has only refined (880,000 ACC holders, then 800,000) still
    names its group."""
    when = figure_day(figure)
    if when is None or day is None or when > day or (day - when).days <= STALE_DAYS:
        return False
    if rounds_to(value, figure) or exactly(value, figure):
        return False
    newer = [
        f for f in figures if figure_day(f) is not None and when < figure_day(f) <= day and f.value
    ]
    if not newer or not figure.value:
        return False
    latest = max(newer, key=figure_day).value
    return abs(latest - figure.value) > STALE_CHANGE * figure.value


def _fresher(
    value: float, own: list[Figure], others: list[Figure], day: dt.date | None
) -> list[Figure]:
    """Another group's figures that explain the number better than the group's own figures
    that are out of date: given by the draft's date, no older than those own figures, and
    at least as close ("approximately 800,000 undocumented Afghans" in March 2025, when the
    ACC holders numbered 800,000 and the undocumented 775,000 only in 2023), or rounded to
    the number: "1.7 million Afghan refugees" in 2023 is Bugti's 1.73 million undocumented,
    not the 1.7 million registered refugees of 2010 the record has long since resized."""
    if day is None:
        return []
    closest = min(_distance(f, value) for f in own)
    days = (figure_day(f) for f in own)
    newest = max((d for d in days if d is not None and d <= day), default=None)
    # a rounded one only over own sizes the record replaced (not over sizes given later),
    # kept as the other figures are: given up to months after the draft
    replaced = newest is not None and len(str(int(value)).rstrip("0")) >= ROUNDED_DIGITS
    return [
        f
        for f in others
        if figure_day(f) is not None
        and (newest is None or figure_day(f) >= newest)
        and (
            (figure_day(f) <= day and _distance(f, value) <= closest)
            or (replaced and rounds_to(value, f))
        )
    ]


ROUNDED_DIGITS = 2
"""Significant digits a number needs to be read as another figure rounded over an own size
that it equals ("1.7 million"; "800,000" rounds too many figures)."""


def _distance(figure: Figure, value: float) -> float:
    return round(abs((figure.value or 0) - value) / max(value, 1), 3)


def exposed_under_another(lex: Lexicon, claim: FigureClaim, day: dt.date | None) -> bool:
    """A number an order falls on that is the order's target's size, under a bare noun of
    another group with a status the target lacks ("the deadline for ACC holders puts 800,000
    Afghan refugees at risk"): the noun's group is given the target's figure (NL302), the
    same error as "1.7 million Afghan refugees" told to leave by the undocumented's
    deadline."""
    target, own = claim.categories, claim.own
    if claim.how != "exposure" or not own or target & own:
        return False
    if not all(c in lex.categories for c in target | own):
        return False
    if not own_figure(lex, claim, target) or own_figure(lex, claim, own, day):
        return False
    return bool(conflict(lex, target, own, day))


def _loose(lex: Lexicon, claim: FigureClaim) -> bool:
    """A bare head noun whose group has no property to assert ("2.8 million Afghan
    migrants") names people loosely: a whole population's figure may stand under it (a head
    that asserts a status, "4.4 million Afghan refugees", does not, nor one its predicate
    classes, "2.2 million foreigners had been categorised as illegal")."""
    group = claim.group
    if group is None or group.role != "head":
        return False
    if group.predicate is not None and not group.predicate.later:
        return False  # "2.2 million foreigners had been categorised as illegal": asserted
    return not any(
        attribute(lex.categories[c], name) is True
        for c in claim.categories
        if c in lex.categories
        for name in CATEGORY_ATTRIBUTES
    )


@dataclass(frozen=True, slots=True)
class Widened:
    """A group's own figure given for the group together with another it is said to include
    ("1.3 million refugees, including ... those holding ACCs")."""

    claim: FigureClaim
    matched: Figure
    """The named group's own figure the number matches."""
    added: frozenset[str]
    """The groups the inclusion adds, which have figures of their own."""
    added_figures: tuple[Figure, ...]


def widened(
    lex: Lexicon, claim: FigureClaim, added: Iterable[str], day: dt.date | None
) -> Widened | None:
    """The named group's own figure given for a wider set of people: the inclusion adds
    groups with figures of their own, so a number that matches only the named group's
    figures counts too few."""
    extra = frozenset(c for c in added if c in lex.categories and lex.figures.get(c))
    extra -= claim.categories
    named = [c for c in claim.categories if c in lex.categories]
    if not extra or not named or len(named) != len(claim.categories):
        return None
    own = [
        f
        for c in named
        for f in lex.figures.get(c, ())
        if figure_matches(claim.value, claim.hedge, f)
    ]
    if not own:
        return None
    matched = min(own, key=lambda f: _figure_rank(f, claim.value, day))
    theirs = sorted(
        (f for c in extra for f in lex.figures[c]), key=lambda f: _figure_rank(f, claim.value, day)
    )
    known = [f for f in theirs if day is None or figure_day(f) is None or figure_day(f) <= day]
    return Widened(claim, matched, extra, tuple(known or theirs))


def _figure_rank(figure: Figure, value: float, day: dt.date | None) -> tuple:
    """Prefer figures the draft could have seen (dated on or before it), then the nearest
    value, then the latest date."""
    when = figure_day(figure)
    future = day is not None and when is not None and when > day
    distance = abs((figure.value or 0) - value) / max(value, 1)
    return (future, round(distance, 3), -(when.toordinal() if when else 0))


# ---------------------------------------------------------------------------------------------
# Corpus evidence


def corpus_uses(corpus: Corpus, lex: Lexicon, category_id: str, value: float) -> list:
    """Corpus sentences that give ``value`` for its own group (read with the same claims
    reader as drafts, so a corpus sentence that is itself wrong is never cited)."""
    key = ("categories.uses", category_id, format_number(value))
    return corpus.memo(key, lambda: _find_uses(corpus, lex, category_id, value))


def _find_uses(corpus: Corpus, lex: Lexicon, category_id: str, value: float) -> list:
    number = ("number", format_number(value))
    found = {}
    keys = [("category", category_id)] + [("lemma", w) for w in lex.head_lemmas[category_id]]
    for key in keys:
        for sentence in corpus.find(number, key):
            found.setdefault(sentence.id, sentence)
    uses = []
    for sentence in sorted(found.values(), key=lambda s: s.id):
        claims = read_doc(corpus.doc(sentence), corpus)
        for claim in claims:
            if (
                isinstance(claim, FigureClaim)
                and claim.categories == frozenset({category_id})
                and claim.how != "exposure"
                and abs(claim.value - value) <= value * 0.005
                and mismatch(lex, claim, sentence.date) is None
            ):
                uses.append(sentence.evidence())
                break
    return uses


def example_sentences(corpus: Corpus, category_id: str, words: str) -> list[Evidence]:
    """One corpus sentence that names the group with the suggested words, else any."""

    def build() -> list[Evidence]:
        key = ("category", category_id)
        chosen = corpus.find_containing(key, contains=words, limit=1) if words else []
        return [s.evidence() for s in chosen or corpus.find(key, limit=1)]

    return corpus.memo(("categories.example", category_id, words), build)


@dataclass(frozen=True)
class ByStart:
    """A draft's group claims in the order of their starts, to find those inside a span by
    bisection: a scan of every claim for each predicate grew with the square of the claims
    (robustness r25: 4,000 group claims in a draft took NL301 2.3 s, 0.18 s for 1,000)."""

    claims: tuple[GroupClaim, ...]
    starts: tuple[int, ...]

    @classmethod
    def of(cls, claims: Iterable[GroupClaim]) -> ByStart:
        ordered = tuple(sorted(claims, key=lambda c: c.span.start))
        return cls(ordered, tuple(c.span.start for c in ordered))

    def within(self, span) -> tuple[GroupClaim, ...]:
        """The claims that start inside ``span``."""
        low = bisect_left(self.starts, span.start)
        return self.claims[low : bisect_left(self.starts, span.end, low)]


def any_of(groups: ByStart, span) -> bool:
    """The span names one of several groups with one modifier ("legal residents": PoR or ACC
    holders), not several groups at once ("with PoR cards and ACCs")."""
    return any(
        c.role in ("np", "adjective") and len(c.modifier_categories) > 1
        for c in groups.within(span)
    )


def shared(lex: Lexicon, groups: frozenset[str], names: tuple[str, ...]) -> tuple[str, ...]:
    """The attributes a phrase naming one of several groups speaks of: those all of them
    share ("legal residents": documents, not refugee status)."""
    return tuple(n for n in names if len({attribute(lex.categories[c], n) for c in groups}) == 1)
