"""Names of the ledger's people that the entity ruler does not find because the draft writes
them otherwise than the ledger (for :mod:`narrlint.claims.titles`), found from the ledger's own
names rather than from lists of spellings:

- a **spelling** of a recorded name of two words or more in another transliteration ("Asim
  Muneer" for Asim Munir, "Ahmad Sharif Chaudhary" for Ahmed Sharif Chaudhry): every word
  has the consonants of the recorded word (:func:`skeleton`) and one of them is written as
  recorded;
- a recorded name with a middle word written as its **initial** ("Khawaja M Asif", "Aftab A.
  Durrani": the surname the ruler found alone after it is taken in), with its first word
  **cut short** ("Kh Asif"), or with its words **run together** ("SarfrazBugti", as a page's
  markup may leave them);
- a **surname**: the last word of a recorded full name written alone ("Air Marshal Sidhu",
  "Malik, who also serves as …"), read as a surname alias is (:class:`.titles_naming.Naming`
  decides where it names the person: next to one of the person's titles or ranks, or after the
  person was named in full).

Each found name is a ``PERSON`` span carrying the person's id, like the entity ruler's.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from narrlint.claims.titles_model import entity_id
from narrlint.knowledge.ledger import Ledger
from narrlint.nlp.pipeline_data import PERSON
from narrlint.nlp.tokens import lowers, texts, where_lower
from narrlint.nlp.vocabulary import HYPHENS, TITLE_ABBREVIATIONS

if TYPE_CHECKING:  # annotations only (P1): the spans are built where found
    from spacy.tokens import Doc, Span

__all__ = ["Spellings", "skeleton", "spellings"]

_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLES = re.compile(r"(.)\1+")

MIN_SURNAME = 4
"""Letters a surname needs to be read alone: shorter last words ("Dar", "Ali") are common
words or given names of too many people."""
MIN_SKELETON = 2
"""Consonants a word needs for its spelling to be compared by them ("Asim": s, m)."""
MAX_NAME_WORDS = 4


@functools.lru_cache(maxsize=8192)
def skeleton(word: str) -> str:
    """A word's letters as its transliterations share them: lower case, its first letter and
    then its consonants, each run of one letter once ("Muneer" and "Munir" give "mnr",
    "Chaudhary" and "Chaudhry" give "chdhr", "Aasim" and "Asim" give "asm")."""
    word = word.lower()
    if not word:
        return ""
    return _DOUBLES.sub(r"\1", word[0] + _VOWELS.sub("", word[1:]))


@dataclass(eq=False)
class Spellings:
    """The ledger's names keyed for the two readings: recorded names of several words by the
    skeleton of their first word, surnames by the word."""

    names: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]
    """Skeleton of a name's first word -> (person id, the name's words) for every recorded
    name of two words or more."""
    surnames: dict[str, frozenset[str]]
    """Last word of a recorded full name -> the people whose name ends so."""
    longest: int
    words: frozenset[str] = frozenset()
    """Every word of those names: a name read here has one of them as recorded."""
    by_letter: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = field(default_factory=dict)
    """First letter of a name's first word -> the names, for a first word written short."""


def spellings(ledger: Ledger) -> Spellings:
    """The index of the ledger's names (build once per corpus)."""
    names: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    surnames: dict[str, set[str]] = {}
    for person in ledger.people.values():
        forms = (person.name.lower().split(" (")[0], *person.aliases)
        for form in dict.fromkeys(forms):
            words = tuple(form.replace("-", " ").split())
            if len(words) < 2 or form in person.surnames or not all(map(str.isalpha, words)):
                continue
            names.setdefault(skeleton(words[0]), []).append((person.id, words))
            if len(words[-1]) >= MIN_SURNAME:
                surnames.setdefault(words[-1], set()).add(person.id)
    return Spellings(
        {k: tuple(dict.fromkeys(v)) for k, v in names.items()},
        {k: frozenset(v) for k, v in surnames.items()},
        max((len(w) for v in names.values() for _, w in v), default=0),
        frozenset(w for v in names.values() for _, name in v for w in name),
        _by_letter(names),
    )


def _by_letter(
    names: dict[str, list[tuple[str, tuple[str, ...]]]],
) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """The names of :attr:`Spellings.names` keyed by their first letter."""
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for entries in names.values():
        for person, words in entries:
            out.setdefault(words[0][0], []).append((person, words))
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def found_names(
    doc: Doc, index: Spellings, ents: Iterable[Span], ledger: Ledger, rank_words: frozenset[str]
) -> tuple[list[Span], set[tuple[int, int]]]:
    """The ``PERSON`` spans of names written otherwise than the ledger, and which of them are
    surnames alone ((start, end) pairs: :class:`~.titles_naming.Naming` reads those as it reads
    surname aliases). A run of capitalised words the ruler left alone is read after the words
    of a rank it opens with ("General", "Air Marshal"): its last words are a name of the ledger
    spelt otherwise when all of them are, or it is one word, a surname that the ledger gives
    one person, or one of the people the draft names before it ("Malik" after "Asim Malik").
    Not a run next to a name the ruler found (it is part of that name, or of someone else's:
    "Malik Riaz")."""
    from spacy.tokens import Span  # built at run time (perf request P1)

    written, words = texts(doc), lowers(doc)
    found: list[Span] = []
    surnames: set[tuple[int, int]] = set()
    ents = list(ents)
    people = [e for e in ents if e.label_ == PERSON]
    edges = {e.start for e in people} | {e.end for e in people}
    starts = {e.start: e.end for e in people if len(e) == 1}
    first_named: dict[str, int] = {}
    for e in people:
        first_named.setdefault(entity_id(e), e.start)
    inside = bytearray(len(doc))  # the entities' words, without a Token per word
    for e in ents:
        inside[e.start : e.end] = b"\x01" * (e.end - e.start)

    def word(k: int) -> bool:
        """A capitalised word of letters the entity ruler left alone (spaCy's str tests), or
        an initial with its stop ("Khawaja M. Asif")."""
        w = written[k]
        return not inside[k] and (
            (w.istitle() and w.isalpha()) or _INITIAL.fullmatch(w) is not None
        )

    def named(k: int) -> bool:
        """A word of a name: :func:`word`, or a hyphen joining two such words with no space
        ("Anwaarul-Haq": a name's two words written as one)."""
        if written[k] not in HYPHENS:
            return word(k)
        return (
            0 < k < n - 1
            and not doc[k - 1].whitespace_
            and not doc[k].whitespace_
            and word(k - 1)
            and word(k + 1)
        )

    # a name spelt otherwise keeps one word as recorded, and a surname is one: only the runs
    # around a word of the ledger's names are read (found once per doc, not word by word)
    n, done = len(doc), 0
    for hit in where_lower(doc, index.words):
        if hit < done or not named(hit):
            continue
        i = hit
        while i > 0 and named(i - 1):
            i -= 1
        end = hit + 1
        while end < n and named(end):
            end += 1
        first = i
        while first < end - 1 and words[first] in rank_words:
            first += 1  # "Air Marshal Sidhu", "General Asim Muneer"
        at = [j for j in range(first, end) if written[j] not in HYPHENS]  # the run's words
        hyphened = len(at) < end - first  # "Anwaarul-Haq Kakar"
        done, run, taken = end, [words[j].removesuffix(".") for j in at], -1
        if end in starts and (hyphened or any(_INITIAL.fullmatch(w) for w in written[first:end])):
            # "Aftab A Durrani", "Anwaarul-Haq Kakar": the ruler found the surname alone after
            # the initial or the hyphened words; a name read here takes it in (the reader
            # drops the ruler's entity inside it)
            taken = end = done = starts[end]
            run, at = [*run, words[end - 1]], [*at, end - 1]
        if first in edges or (end in edges and end != taken):
            continue
        if len(run) > MAX_NAME_WORDS:  # "… in Pakistan Sardar Ahmad Khan Shukaib has …":
            run, at = run[-MAX_NAME_WORDS:], at[-MAX_NAME_WORDS:]  # the name ends the run
        for size in range(len(run), 1, -1):  # "Syed Asim Muneer": the name ends the run
            person = _spelt(run[-size:], index, as_recorded=hyphened)
            if person is not None:
                found.append(Span(doc, at[-size], end, label=PERSON, span_id=person))
                break
        else:
            if len(run) == 1:
                person = _surname(run[0], first, index, ledger, first_named)
                if person is None and (first > i or (i > 0 and words[i - 1] in rank_words)):
                    person = _given_name(run[0], first, index, first_named)
                if person is not None:
                    found.append(Span(doc, first, end, label=PERSON, span_id=person))
                    surnames.add((first, end))
    for k in _glued(written, inside):  # "SarfrazBugti": a name's words without their spaces
        parts = tuple(w.lower() for w in _CAPITALISED.findall(written[k]))
        person = _spelt(list(parts), index, as_recorded=True)
        if person is not None and k not in edges and k + 1 not in edges:
            found.append(Span(doc, k, k + 1, label=PERSON, span_id=person))
    return found, surnames


_INITIAL = re.compile(r"[A-Z]\.?")
_CAPITALISED = re.compile(r"[A-Z][a-z]+")
_GLUED = re.compile(rf"(?:[A-Z][a-z]+){{2,{MAX_NAME_WORDS}}}")


_PLAIN: set[str] = set()
"""Words seen not to be glued names, shared by all docs (a word's test never changes): a
draft's words are tested once each across drafts, not once a token."""
_PLAIN_LIMIT = 200_000
"""Words :data:`_PLAIN` may hold; past it, new words are tested and not kept."""


def _glued(written: list[str], inside: bytearray) -> Iterable[int]:
    """Where a word is capitalised names run together ("SarfrazBugti", as a page's markup
    may leave them), outside the ruler's entities."""
    new = set(written).difference(_PLAIN)
    glued = {w for w in new if w[:1].isupper() and not w.istitle() and _GLUED.fullmatch(w)}
    if len(_PLAIN) + len(new) <= _PLAIN_LIMIT:
        _PLAIN.update(new - glued)
    if not glued:
        return  # nearly every draft: no word is glued names, and its tokens are not walked
    for k, w in enumerate(written):
        if w in glued and not inside[k]:
            yield k


def _spelt(run: list[str], index: Spellings, as_recorded: bool = False) -> str | None:
    """The one person a recorded name of whom ``run`` spells otherwise, else ``None``; a
    middle word may be its initial ("Khawaja M Asif" for Khawaja Muhammad Asif) where the
    words around it are the name's. ``as_recorded``: the run may also be the name as
    recorded (its words were found run together)."""
    candidates = index.names.get(skeleton(run[0]), ())
    last = len(run) - 1
    matched = {
        person
        for person, name in candidates
        if len(name) == len(run)
        and (as_recorded or name != tuple(run))
        and any(a == b for a, b in zip(name, run, strict=True))
        and all(
            _same(a, b) or (0 < i < last and len(b) == 1 and a[0] == b)
            for i, (a, b) in enumerate(zip(name, run, strict=True))
        )
    }
    if not matched and MIN_SHORT <= len(run[0]) <= MAX_SHORT and run[0] not in TITLE_ABBREVIATIONS:
        matched = _shortened(run, index)
    return next(iter(matched)) if len(matched) == 1 else None


MIN_SHORT = 2
MAX_SHORT = 4
"""Letters of a first name written short ("Kh" for Khawaja, "Ch" for Chaudhry, "Mhd" for
Muhammad); one letter is an initial, which may be anyone's."""


def _shortened(run: list[str], index: Spellings) -> set[str]:
    """The people whose recorded name ``run`` writes with its first word cut short ("Kh Asif"
    for Khawaja Asif): the first word a beginning of the recorded one with no vowel after its
    first letter (a short word with one is a name of its own: "Tom", "Ali"), the others the
    recorded words (one of them as recorded)."""
    short = run[0]
    if _VOWELS.search(short[1:]):
        return set()  # "Tom", "Ali": a name of its own, not one cut short
    return {
        person
        for person, name in index.by_letter.get(short[0], ())
        if len(name) == len(run)
        and len(name[0]) > len(short)
        and name[0].startswith(short)
        and any(a == b for a, b in zip(name[1:], run[1:], strict=True))
        and all(_same(a, b) for a, b in zip(name[1:], run[1:], strict=True))
    }


@functools.lru_cache(maxsize=4096)
def _same(recorded: str, written: str) -> bool:
    """Whether two words are one name in two transliterations: the same word, or the same
    skeleton of enough consonants."""
    if recorded == written:
        return True
    key = skeleton(recorded)
    if len(key) > MIN_SKELETON and key == skeleton(written):
        return True
    return _near(recorded, written)


MIN_NEAR = 8
"""Letters a recorded word needs for a slip of one letter to be read as that word
("Akhunzada" for Akhundzada); from :data:`MIN_NEAR_TWO` letters, two slips ("Akhunzanada")."""
MIN_NEAR_TWO = 10


def _near(recorded: str, written: str) -> bool:
    """Whether ``written`` is the long word ``recorded`` with a letter or two left out, added
    or changed, its first two letters kept: a slip of the keyboard or a transliteration that
    drops a consonant, which the skeleton does not forgive. Read only inside a name whose
    other words are the recorded ones (:func:`_spelt`)."""
    if len(recorded) < MIN_NEAR or recorded[:2] != written[:2]:
        return False
    most = 2 if len(recorded) >= MIN_NEAR_TWO else 1
    if abs(len(recorded) - len(written)) > most:
        return False
    row = list(range(len(written) + 1))
    for i, a in enumerate(recorded, 1):
        prev, row[0] = row[0], i
        for j, b in enumerate(written, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (a != b))
        if min(row) > most:
            return False
    return row[-1] <= most


def _given_name(word: str, at: int, index: Spellings, first_named: dict[str, int]) -> str | None:
    """The person a given name alone after a rank names ("Field Marshal Asim" after "General
    Syed Asim Munir"): the only one the draft named before ``at`` whose recorded name of two
    words or more starts with ``word``. Never a person the draft has not named: a given name
    is many people's."""
    people = {
        pid
        for pid, name in index.names.get(skeleton(word), ())
        if name[0] == word and first_named.get(pid, at) < at
    }
    return next(iter(people)) if len(people) == 1 else None


def _surname(
    word: str, at: int, index: Spellings, ledger: Ledger, first_named: dict[str, int]
) -> str | None:
    """The person the surname ``word`` at ``at`` names: the ledger's only one of that surname,
    or the only one of them the draft named before it (``first_named``: person id -> where
    the ruler first found the person's name)."""
    people = index.surnames.get(word)
    if not people:
        return None
    if any(word in p.surnames for p in map(ledger.people.get, people) if p is not None):
        return None  # a surname alias the ruler reads itself
    if len(people) == 1:
        return next(iter(people))
    earlier = {pid for pid in people if first_named.get(pid, at) < at}
    return next(iter(earlier)) if len(earlier) == 1 else None
