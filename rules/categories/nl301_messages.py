"""NL301's messages, fixes and evidence: what a found fusion tells the writer.

Split from :mod:`.nl301` (which finds the fusions) so each module keeps one job.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from narrlint.api import Category, Corpus, Draft, Evidence, Fix, Problem
from narrlint.claims.groups import GroupClaim, Lexicon, category_summary
from narrlint.claims.groups_words import QUOTES
from narrlint.claims.words import HOLDER_NOUNS

from .common import ATTRIBUTE_TEXT, attribute, example_sentences
from .inclusions import Fusion
from .wording import (
    case_like,
    conflations,
    fit,
    group_words,
    label,
    short_label,
    short_labels,
)


def problem(draft: Draft, corpus: Corpus, lex: Lexicon, fusion: Fusion) -> Problem:
    span = draft.doc[fusion.span[0] : fusion.span[1]]
    if fusion.kind == "phrase":
        message, details, fix, suggestion = _phrase_message(draft, lex, fusion)
    else:
        fix, suggestion = None, ""
        if fusion.kind == "phase":
            message, details = _phase_message(lex, fusion, span.text)
        elif fusion.kind == "inclusion":
            message, details = _inclusion_message(lex, fusion, span.text)
        elif fusion.kind == "exposure":
            message, facts = _contrast(lex, fusion, "Check the wording")
            said, other = label(lex, fusion.said), label(lex, fusion.other)
            if getattr(fusion.claim, "how", None) == "exposure":
                details = (
                    f'"{span.text}" is the number of {said}, whom the order in this clause '
                    f"targets, but its noun names {other}: {facts}."
                )
            else:  # "800,000 / 2.1 million documented Afghan refugees": the modifier's number
                details = (
                    f'"{span.text}" counts {said}, whom its modifier names, but its noun '
                    f"names {other}: {facts}."
                )
        else:
            message, details = _predicate_message(lex, fusion, span.text)
    evidence = _fusion_evidence(corpus, lex, fusion, suggestion)
    return draft.problem(span, message, evidence, fix, details=details)


@dataclass(frozen=True, slots=True)
class Rewording:
    """A rewording of a fused phrase: the whole phrase as it would read, and the edit."""

    phrase: str
    start: int
    end: int
    replacement: str


def _phrase_message(draft: Draft, lex: Lexicon, fusion: Fusion) -> tuple[str, str, Fix | None, str]:
    """The message, the details, the fix and the suggested words of a fused phrase."""
    claim = fusion.claim
    modifier = claim.modifier.text
    head = claim.head.text
    said = label(lex, fusion.said)
    other = label(lex, fusion.other)
    names = [name for name, _ in fusion.attributes]
    denied = _facts(lex, fusion.said, names)
    options = _phrase_options(lex, claim)
    text = claim.text
    if claim.head.start >= claim.span.end:  # a modifier on a head shared with another
        text = f"{text} … {head}"
    details = (
        f'"{text}" fuses two groups: "{modifier}" marks {said}, but "{head}" names '
        f"{other} ({denied})."
    )
    if not options:
        message = fit(
            f'Check the wording: "{text}" mixes two groups; {denied}',
            f"Check the wording: it mixes two groups; {denied}",
            f'Check the wording: "{text}" mixes two groups',
            "Check the wording: it mixes two groups",
        )
        return message, details, None, ""
    best = options[0]
    message = fit(
        f'Write "{best.phrase}": {denied}',
        f'Write "{best.phrase}": {_facts(lex, fusion.said, names[:1])}',
        f'Write "{best.phrase}": "{text}" mixes two groups',
    )
    if len(options) > 1:
        details += " Or write " + " or ".join(f'"{o.phrase}"' for o in options[1:]) + "."
    doc = draft.doc
    fix = draft.replacement(doc[best.start : best.end], best.replacement, f'write "{best.phrase}"')
    return message, details, fix, best.phrase.lower()


def _phrase_options(lex: Lexicon, claim: GroupClaim) -> list[Rewording]:
    """Rewordings that keep the modifier's group: a ledger term made of the modifier and a
    demonym in the phrase ("undocumented Afghans"), or the group's own head noun in the
    head's number ("undocumented Afghan migrants"). Only the claim's own words are read."""
    if claim.role != "np" or len(claim.modifier_categories) != 1:
        return []
    if claim.modifier.start < claim.span.start:
        return []  # "undocumented migrants and refugees": the modifier is another phrase's
    if claim.head.start >= claim.span.end:
        return []  # "unregistered and registered refugees": the head is another phrase's too
    if claim.head.start > 0 and claim.span.doc[claim.head.start - 1].lower_ in HOLDER_NOUNS:
        return []  # "ACC card holder refugees": the holders' own noun is already there
    (category_id,) = claim.modifier_categories
    category = lex.categories[category_id]
    doc = claim.span.doc
    head_start, head_end = claim.head.start, claim.head.end
    head = doc[head_start]
    singular = claim.head_singular
    modifier_words = claim.modifier.text.lower()
    start = _with_open_quote(doc, claim.span.start, head_end)
    options: list[Rewording] = []
    demonym = claim.demonym
    if (
        demonym is not None
        and not singular
        and f"{modifier_words} {demonym.lower_}s" in category.terms
    ):
        text = doc[start : demonym.i].text_with_ws + demonym.text + "s"
        options.append(Rewording(text, demonym.i, head_end, demonym.text + "s"))
    replacement = _own_head(lex, category, singular) or _term_rest(category, modifier_words)
    if replacement is not None:
        word = case_like(head.text, replacement)
        text = (
            doc[start:head_start].text_with_ws
            + word
            + head.whitespace_
            + doc[head_start + 1 : head_end].text
        ).strip()
        options.append(Rewording(text, head_start, head_start + 1, word))
    return options


def _with_open_quote(doc, start: int, end: int) -> int:
    """Where the suggested words start: a phrase read from inside quotation marks
    ('“unauthorized” Afghan refugees') takes its opening mark along when it holds the closing
    one, so the words suggested read as the draft's do."""
    inside = sum(token.text in QUOTES for token in doc[start:end])
    if start > 0 and inside % 2 and doc[start - 1].text in QUOTES:
        return start - 1
    return start


def _own_head(lex: Lexicon, category: Category, singular: bool) -> str | None:
    """The group's first head noun in the number of the head it replaces."""
    lemmas = lex.head_lemmas.get(category.id, ())
    for head in category.heads:
        if (head in lemmas) == singular:
            return head
    return lemmas[0] if singular and lemmas else None


def _term_rest(category: Category, modifier: str) -> str | None:
    """ "acc holders" for modifier "acc" → "holders": the group's own noun after it."""
    for term in category.terms:
        if term.startswith(modifier + " ") and len(term) > len(modifier) + 1:
            rest = term[len(modifier) + 1 :]
            if rest.endswith("s"):
                return rest
    return None


ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")


def _ordinal(number: int) -> str:
    """ "the second phase": a reader's words, not the programme's "phase 2"."""
    return ORDINALS[number - 1] if 0 < number <= len(ORDINALS) else f"number {number}"


def _phase_message(lex: Lexicon, fusion: Fusion, text: str) -> tuple[str, str]:
    said = short_labels(lex, fusion.said)
    targets = short_labels(lex, fusion.other)
    phases = sorted({lex.category_phase[c] for c in fusion.said if c in lex.category_phase})
    own = " and ".join(_ordinal(p) for p in phases)
    phase = _ordinal(fusion.phase)
    message = fit(
        f"Check the group or the phase: the {phase} phase targets {targets}; {said} come in "
        f"the {own}",
        f"Check the group or the phase: the {phase} phase targets {targets}, not {said}",
        f"Check the group or the phase: the {phase} phase targets {targets}",
    )
    details = (
        f'"{text}" is paired with the {phase} phase of deportations, which targets '
        f"{label(lex, fusion.other)}, not {label(lex, fusion.said)}"
        + (f" (the {own} phase)" if own else "")
        + ": the phase or the group is wrong."
    )
    return message, details


def _contrast(lex: Lexicon, fusion: Fusion, action: str) -> tuple[str, str]:
    """ "ACC holders have no refugee status, unlike registered refugees"."""
    names = [name for name, _ in fusion.attributes]
    facts = _facts(lex, fusion.said, names)
    message = fit(
        f"{action}: {facts}, unlike {short_labels(lex, fusion.other)}",
        f"{action}: {facts}",
        f"{action}: {_facts(lex, fusion.said, names[:1])}",
    )
    return message, f"{facts}, while {_facts(lex, fusion.other, names)}"


def _predicate_message(lex: Lexicon, fusion: Fusion, text: str) -> tuple[str, str]:
    message, facts = _contrast(lex, fusion, "Check the wording")
    details = (
        f'"{text}" gives {label(lex, fusion.said)} a property of {label(lex, fusion.other)}: '
        f"{facts}."
    )
    return message, details


def _inclusion_message(lex: Lexicon, fusion: Fusion, text: str) -> tuple[str, str]:
    message, facts = _contrast(lex, fusion, "Check the wording")
    details = (
        f'"{text}" counts {label(lex, fusion.said)} among {label(lex, fusion.other)}: {facts}.'
    )
    return message, details


def _facts(lex: Lexicon, category_ids: Iterable[str], names: list[str]) -> str:
    """ "undocumented Afghans have no refugee status and no valid documents"."""
    sentences = []
    for cid in sorted(category_ids):
        category = lex.categories.get(cid)
        if category is None:
            continue
        parts = [
            ATTRIBUTE_TEXT[(name, value)]
            for name in names
            if (value := attribute(category, name)) is not None
        ]
        if parts:
            sentences.append(f"{short_label(lex, cid)} {_join(parts)}")
    return "; ".join(sentences)


def _join(parts: list[str]) -> str:
    """ "have no refugee status", "have no valid documents" → "have no refugee status and no
    valid documents" (a shared verb is said once)."""
    first, *rest = parts
    verb = first.split(" ", 1)[0]
    tail = [p.split(" ", 1)[1] if p.split(" ", 1)[0] == verb else p for p in rest]
    return " and ".join([first, *tail])


def _fusion_evidence(corpus: Corpus, lex: Lexicon, fusion: Fusion, suggestion: str):
    ledger = corpus.ledger
    evidence: list[Evidence] = []
    left, right = fusion.words
    if fusion.kind == "phase":  # entries about this phase and the group paired with it
        groups = [[left], [right, *group_words(lex, fusion.said)]]
    else:
        groups = [
            [left, *group_words(lex, fusion.said)],
            [right, *group_words(lex, fusion.other)],
        ]
    for entry in conflations(lex, ledger, *groups)[:1]:
        evidence.append(entry.origin.evidence(f"{entry.pattern}: {entry.issue}"))
    if fusion.kind == "phase":
        for deadline in ledger.deadlines.values():
            if deadline.phase == fusion.phase:
                when = deadline.date.isoformat() if deadline.date else "undated"
                evidence.append(
                    deadline.origin.evidence(
                        f"{deadline.title}: {when}, targets {', '.join(deadline.targets)}"
                    )
                )
                break
    for cid in sorted(fusion.said | fusion.other):
        category = lex.categories.get(cid)
        if category is not None:
            evidence.append(category.origin.evidence(category_summary(category)))
    if fusion.kind == "phrase" and len(fusion.said) == 1:
        (cid,) = fusion.said
        evidence.extend(example_sentences(corpus, cid, suggestion))
    return evidence
