"""Counts that repeat an attributed count of the same story: a headline or bullet, the lead
restated in the next paragraph, a later repetition, and counts that share one verb repeated as
their total ("Six security personnel and two civilians were martyred …" // "According to
security officials, … claiming the lives of eight people": r11 hunt 078).

Part of the count claims reader (:mod:`narrlint.claims.counts`, step 4).
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from narrlint.claims.counts_coverage import Found, Sentences
from narrlint.claims.counts_numbers import Count
from narrlint.claims.counts_parts import kinds_match

if TYPE_CHECKING:
    from narrlint.engine.draft import Draft

STORY = "story"
"""The scope of an attribution found through a repeat in the story."""
HEADLINE_KINDS = ("heading", "bullet", "list_item", "table")


Attributed = dict[tuple[int, float], dict[str, tuple[int, Found]]]


def attributed_by_story(
    sentences: Sentences, found: list[tuple[int, Count, Found | None]]
) -> Attributed:
    """First covered count of each (story, value) and kind: its sentence index and attribution.
    A repeat is then found by value, not by scanning the draft (linear on long drafts)."""
    result: Attributed = {}
    for index, count, how in found:
        if how is not None:
            kinds = result.setdefault((sentences.stories[index], count.value), {})
            kinds.setdefault(count.kind, (index, how))
    return result


def repeats_attributed(
    draft: Draft,
    sentences: Sentences,
    attributed: Attributed,
    index: int,
    count: Count,
    value: float | None = None,
) -> Found | None:
    """A headline or bullet repeating an attributed count of its story (anywhere in it), a
    lead restated in the next paragraph, or a later sentence repeating one given earlier:
    covered by that count's attribution. ``value``: the figure repeated, when it is not the
    count's own (the total of the counts sharing its verb: :func:`joint_totals`)."""
    block = draft.block_of(count.span)
    headline = block is not None and block.kind in HEADLINE_KINDS
    key = (sentences.stories[index], count.value if value is None else value)
    for kind, (first, how) in attributed.get(key, {}).items():
        if not kinds_match(kind, count.kind):
            continue
        if headline or first < index or lead_restated(draft, sentences, index, first):
            return STORY, how[1]
    return None


def lead_restated(draft: Draft, sentences: Sentences, index: int, first: int) -> bool:
    """The story's opening paragraph (its lead, after any headline) gives a count that the
    next paragraph restates with a source ("… killed all five terrorists. // According to the
    district police, … the police officials killed all five terrorists"): the lead sums up
    what the body credits, as a headline does. A credit further down reaches no lead."""
    paragraphs: list[int] = []
    for k in _story_lead(draft, sentences, sentences.stories[index]):
        if k > first:
            break
        if not paragraphs or paragraphs[-1] != sentences.blocks[k]:
            paragraphs.append(sentences.blocks[k])
        if len(paragraphs) > 2:
            return False
    return paragraphs == [sentences.blocks[index], sentences.blocks[first]] and index < first


def _story_lead(draft: Draft, sentences: Sentences, story: int) -> list[int]:
    """The sentences of ``story`` outside headlines and bullets, in order, up to the first of
    its third paragraph (where :func:`lead_restated` stops), found once a story: each count
    asking walked every headline before the lead again."""
    leads = sentences.story_leads
    if story not in leads:
        found: list[int] = []
        paragraphs: list[int] = []
        for k, item in enumerate(sentences.items):
            if sentences.stories[k] != story:
                continue
            block = draft.block_of(item)
            if block is not None and block.kind in HEADLINE_KINDS:
                continue
            found.append(k)
            if not paragraphs or paragraphs[-1] != sentences.blocks[k]:
                paragraphs.append(sentences.blocks[k])
            if len(paragraphs) > 2:
                break
        leads[story] = found
    return leads[story]


def joint_totals(found: list[tuple[int, Count, Found | None]]) -> dict[tuple[int, int], float]:
    """The total of each count that shares its verb with others of its kind ("Six security
    personnel and two civilians were martyred": 8 for both), by (number start, span start):
    the toll the sentence gives, which a credited restatement may give as one figure. A count
    with no partner has none."""
    groups: dict[tuple[int, int, str], list[Count]] = defaultdict(list)
    for index, count, _ in found:
        groups[(index, count.span.end, count.kind)].append(count)
    return {
        (count.number.start, count.span.start): sum(c.value for c in counts)
        for counts in groups.values()
        if len(counts) > 1
        for count in counts
    }
