"""A ledger title written with bracketed acronyms inside it (for :mod:`narrlint.claims.titles`).

Pakistani reporting glosses each part of a long title where it stands: "Director General (DG)
Inter-Services Intelligence (ISI) Lieutenant General …", "Inter-Services Intelligence (ISI)
chief Lt Gen …". The entity ruler, matching the ledger's titles word for word, finds none of
them. :func:`glossed_titles` reads the words around a bracketed acronym before a person's name
the way the title is spelt without it ("director general inter-services intelligence", the
ledger's "director general of inter-services intelligence" less its "of"), or with the acronym
standing for the words it glosses ("isi chief"), and gives the longest such title as a
``TITLE`` span whose id is the ledger title it writes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from narrlint.nlp.pipeline_data import TITLE
from narrlint.nlp.tokens import lowers, new_span, texts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["GlossIndex", "gloss_index", "glossed_titles"]

GlossIndex = dict[str, str]
"""A title as compared (lower case, hyphens joined, no "of") -> the ledger title it writes."""

BEFORE = 20
"""Tokens before a name looked at for a glossed title and the rank or honorifics after it."""
MAX_TITLE = 14
"""Tokens a glossed title may take, its glosses included ("Director General ( DG ) Inter -
Services Intelligence ( ISI )" is twelve)."""
MAX_ACRONYM_WORDS = 2
"""Words of a gloss ("(ISI)", "(DG ISPR)")."""
FILLERS = frozenset({"of", "the"})
"""Words a title may be written with or without ("Director General [of] [the] Inter-Services
…")."""


def _compared(words: Iterable[str]) -> str:
    """Words as a glossed title and a ledger title are compared: joined by single spaces,
    hyphens glued to their words, without :data:`FILLERS`."""
    joined = " ".join(w for w in words if w not in FILLERS)
    return joined.replace(" - ", "-").replace(" -", "-").replace("- ", "-")


def gloss_index(titles: Iterable[tuple[str, str, tuple[str, ...]]]) -> GlossIndex:
    """``(written, ledger title, its offices)`` triples (the ledger's titles and their
    variants) as :func:`glossed_titles` compares them; a compared form that titles of
    different offices share names none of them."""
    index: dict[str, tuple[str, tuple[str, ...]] | None] = {}
    for written, title, offices in titles:
        key = _compared(written.split())
        known = index.get(key, (title, offices))
        index[key] = None if known is None or known[1] != offices else known
    return {key: found[0] for key, found in index.items() if found is not None}


ACRONYM_JOINS = frozenset({"-", "–"})
"""Tokens the tokenizer splits an acronym at ("DG-ISI": "DG", "-", "ISI"): no word of it."""


def _gloss_at(written: list[str], i: int, end: int) -> int | None:
    """Where the bracketed acronym opening at ``i`` closes ("(", "ISI", ")", also "(",
    "DG", "-", "ISI", ")"), else ``None``."""
    if written[i] != "(":
        return None
    for k in range(i + 2, min(i + 2 * MAX_ACRONYM_WORDS + 1, end)):
        if written[k] == ")":
            inside = [w for w in written[i + 1 : k] if w not in ACRONYM_JOINS]
            if 0 < len(inside) <= MAX_ACRONYM_WORDS and all(
                w.replace("-", "").isupper() and w.replace("-", "").isalpha() for w in inside
            ):
                return k
            return None
    return None


def glossed_titles(
    doc: Doc, index: GlossIndex, taken: list[Span], people: list[Span]
) -> list[Span]:
    """The ledger titles written with bracketed acronyms in ``doc`` before the names
    ``people`` (in text order), outside the names and governments of ``taken`` (a title
    there may be inside one, which it replaces): for each name, the longest
    title that ends before it, with at least one gloss inside or right after its words."""
    written = texts(doc)
    if "(" not in written:
        return []
    words = lowers(doc)
    # a name or a government is never inside a title; a shorter title may be ("Chief
    # Minister (CM) Khyber Pakhtunkhwa (KP)" holds the ruler's "Chief Minister")
    covered = {j for ent in taken if ent.label_ != TITLE for j in range(ent.start, ent.end)}
    found: list[Span] = []
    after = 0
    for person in people:
        lo = max(person.start - BEFORE, after)
        glosses = _glosses_in(written, lo, person.start)
        if not glosses:
            continue
        best = _longest(words, glosses, lo, person.start, index, covered)
        if best is not None:
            start, end, title = best
            found.append(new_span(doc, start, end, label=TITLE, span_id=title))
            after = person.end
    for person in people:  # "Lt Gen Faiz Hameed, Director General of the … (ISI), is …"
        best = _appositive(written, words, person, index, covered)
        if best is not None and best[0] >= after:
            start, end, title = best
            found.append(new_span(doc, start, end, label=TITLE, span_id=title))
    return sorted(found, key=lambda span: span.start)


def _glosses_in(written: list[str], lo: int, hi: int) -> dict[int, int]:
    """Where each bracketed acronym opening in ``lo:hi`` closes (before ``hi``): the opening
    brackets are found by ``list.index`` (one search in C), and :func:`_gloss_at` is asked
    only where one stands, not at each of the ~20 words before every name."""
    found: dict[int, int] = {}
    i = lo
    while i < hi:
        try:
            i = written.index("(", i, hi)
        except ValueError:
            break
        close = _gloss_at(written, i, hi)
        if close is not None:
            found[i] = close
        i += 1
    return found


def _appositive(
    written: list[str], words: list[str], person: Span, index: GlossIndex, covered: set[int]
) -> tuple[int, int, str] | None:
    """A glossed title set off by a comma right after a name, "the" allowed before it."""
    start = person.end + 1
    if start >= len(written) or written[person.end] != ",":
        return None
    if words[start] == "the":
        start += 1
    hi = min(start + MAX_TITLE + 1, len(written))
    stop = next((k for k in range(start, hi) if written[k] in (",", ";", ".")), hi)
    glosses = _glosses_in(written, start, stop)
    if not glosses:
        return None
    found = _longest(words, glosses, start, stop, index, covered)
    return found if found is not None and found[0] == start else None


def _longest(
    words: list[str],
    glosses: dict[int, int],
    lo: int,
    hi: int,
    index: GlossIndex,
    covered: set[int],
) -> tuple[int, int, str] | None:
    """The widest ``(start, end, ledger title)`` between ``lo`` and ``hi`` whose words, less
    their glosses, are a title of ``index``, or whose words after a gloss are one with the
    gloss's acronym before them ("(ISI) chief" -> "isi chief"). A title holds a gloss or ends
    with one."""
    inside = {j for i, close in glosses.items() for j in range(i, close + 1)}
    best: tuple[int, int, str] | None = None
    for start in range(lo, hi):
        if start in inside or start in covered or words[start] in FILLERS:
            continue  # a title starts with its own word ("the …" is the article's)
        for end in range(min(start + MAX_TITLE, hi), start, -1):
            if best is not None and end - start <= best[1] - best[0]:
                break
            span = range(start, end)
            if not any(i in glosses for i in span) or any(j in covered for j in span):
                continue
            if end - 1 in inside and words[end - 1] != ")":
                continue
            kept = [words[j] for j in span if j not in inside]
            title = index.get(_compared(kept)) if kept else None
            if title is None:
                title = _acronym_for(words, glosses, start, end, index)
            if title is not None:
                best = (start, end, title)
                break
    return best


def _acronym_for(
    words: list[str], glosses: dict[int, int], start: int, end: int, index: GlossIndex
) -> str | None:
    """The ledger title the span writes with some of its glosses' acronyms standing for the
    words they gloss ("Inter-Services Intelligence (ISI) chief" -> "isi chief",
    "Inter-Services Public Relations (ISPR) Director General (DG)" -> "ispr director
    general"): an acronym stands only for the words right before it that it abbreviates
    (:func:`_abbreviates`: "UN Assistance Mission in Afghanistan (UNAMA)")."""
    parts: list[tuple[list[str], list[str] | None]] = []  # (words, acronym for them)
    i = start
    for opening in sorted(g for g in glosses if start <= g < end):
        close = glosses[opening]
        before = words[i:opening]
        acronym = [w for w in words[opening + 1 : close] if w not in ACRONYM_JOINS]
        cut = next(
            (k for k in range(len(before)) if _abbreviates(before[k:], "".join(acronym))), None
        )
        if cut is None:
            parts.append((before, None))
        else:
            parts.append((before[:cut], None))
            parts.append((before[cut:], acronym))
        i = close + 1
    parts.append((words[i:end], None))
    choices = [k for k, (_, acronym) in enumerate(parts) if acronym is not None]
    for mask in range(1, 1 << len(choices)):
        chosen = {choices[b] for b in range(len(choices)) if mask >> b & 1}
        written = [
            w
            for k, (run, acronym) in enumerate(parts)
            for w in (acronym if k in chosen and acronym is not None else run)
        ]
        title = index.get(_compared(written)) if written else None
        if title is not None:
            return title
    return None


SKIPPED = frozenset({"of", "the", "in", "for", "and", "on"})
"""Words inside a glossed name its acronym may leave out ("UN Assistance Mission in
Afghanistan": UNAMA; "High Commissioner for Refugees": HCR)."""


def _abbreviates(words: list[str], acronym: str) -> bool:
    """Whether ``acronym`` abbreviates ``words``: each word's initial in turn, hyphenated parts
    each ("inter - services intelligence" -> "isi", "chief of army staff" -> "coas"), a
    two-letter word kept whole ("UN Assistance Mission in Afghanistan" -> "unama"), and a word
    of :data:`SKIPPED` inside the run, not at its ends, left out."""
    parts = [p for w in words for p in w.split("-") if p]
    if not parts:
        return False
    reached = {0}  # how much of the acronym the parts read so far can spell
    last = len(parts) - 1
    for k, part in enumerate(parts):
        spelt: set[int] = set()
        for i in reached:
            if acronym.startswith(part[0], i):
                spelt.add(i + 1)
            if len(part) == 2 and acronym.startswith(part, i):
                spelt.add(i + 2)
            if 0 < k < last and part in SKIPPED:
                spelt.add(i)
        reached = spelt
        if not reached:
            return False
    return len(acronym) in reached
