"""Resolving group claims: the ledger category a group claim names, or the ledger figure a
figure claim gives, with the reason when there is none to choose. Kept apart from the reading
(``groups``): it runs only when a finding or ``narrlint claims`` asks which fact a claim rests
on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.base import Resolution
from narrlint.claims.groups_lexicon import Lexicon, figure_matches, format_value, lexicon
from narrlint.claims.groups_model import FigureClaim, GroupClaim
from narrlint.claims.groups_phrases import CATEGORY_ATTRIBUTES
from narrlint.knowledge.ledger import Category, Figure

if TYPE_CHECKING:
    from narrlint.engine.draft import Draft
    from narrlint.knowledge.corpus import Corpus


def category_summary(category: Category) -> str:
    """ "PoR card holders (refugee_status: true, documented: true, phase 3)"."""
    facts = ", ".join(
        f"{name}: {str(value).lower()}"
        for name in CATEGORY_ATTRIBUTES
        if (value := getattr(category, name)) is not None
    )
    phase = f", phase {category.phase}" if category.phase is not None else ""
    return f"{category.name} ({facts}{phase})"


def figure_summary(figure: Figure) -> str:
    when = figure.date.isoformat() if figure.date else "undated"
    shown = figure.value_text or format_value(figure.value)
    return f"{figure.metric}: {shown} ({figure.by or 'unattributed'}, {when})"


def _labels(lex: Lexicon, category_ids) -> str:
    labels = [lex.categories[c].label for c in sorted(category_ids) if c in lex.categories]
    return " / ".join(labels) if labels else ", ".join(sorted(category_ids))


def resolve(claim: GroupClaim, draft: Draft, corpus: Corpus) -> Resolution | None:
    """The ledger category a group claim names, or the ledger figure a figure claim gives;
    ``fact=None`` with the reason when there is none to choose."""
    lex = lexicon(corpus)
    if isinstance(claim, FigureClaim):
        return _resolve_figure(lex, claim)
    if claim.fused:
        return Resolution(
            None,
            reason=f'"{claim.modifier.text}" names {_labels(lex, claim.modifier_categories)} '
            f'but "{claim.head.text}" names {_labels(lex, claim.head_categories)}: the '
            "phrase fuses groups the ledger keeps apart",
        )
    known = [c for c in sorted(claim.categories) if c in lex.categories]
    if len(known) != 1 or len(claim.categories) != 1:
        if not known:
            return Resolution(None, reason="the ledger has no category for these words")
        return Resolution(
            None, reason=f"the words fit several ledger groups: {_labels(lex, known)}"
        )
    category = lex.categories[known[0]]
    summary = category_summary(category)
    return Resolution(
        f"categories/{category.id}",
        summary,
        category.origin.evidence(summary),
        f"{claim.role} of {category.label}",
    )


def _resolve_figure(lex: Lexicon, claim: FigureClaim) -> Resolution:
    label = _labels(lex, claim.categories)
    own = [f for c in sorted(claim.categories) for f in lex.figures.get(c, ())]
    if not own:
        return Resolution(None, reason=f"the ledger has no figures for {label}")
    matching = [f for f in own if figure_matches(claim.value, claim.hedge, f)]
    if matching:
        figure = min(matching, key=lambda f: abs((f.value or 0) - claim.value))
        summary = figure_summary(figure)
        return Resolution(
            f"figures/{figure.id}",
            summary,
            figure.origin.evidence(summary),
            f"{format_value(claim.value)} is the ledger's figure for {label}",
        )
    others = [
        f
        for cid, figures in lex.figures.items()
        if cid not in claim.categories
        for f in (*figures,)
        if figure_matches(claim.value, claim.hedge, f)
    ]
    if others:
        other = others[0]
        return Resolution(
            None,
            reason=f"{format_value(claim.value)} is no figure of {label}; it matches "
            f"{_labels(lex, {other.category})} ({other.id})",
        )
    return Resolution(
        None, reason=f"{format_value(claim.value)} matches none of the figures for {label}"
    )
