"""Title claims: which person the draft gives which title, with which qualifier, at which time.

A title is read next to a person the ledger knows ("caretaker Foreign Minister Jalil Abbas
Jilani", "Jilani, the interim foreign minister"), on its own ("the caretaker Prime Minister's
statements"), or as a government reference ("the caretaker government says"). The entity ruler
has already marked people (``PERSON``, ``ent_id_`` = person id), titles (``TITLE``, ``ent_id_`` =
the ledger's title phrase) and government terms (``GOVERNMENT``); this module reads what stands
around them:

- the **qualifiers** written before the title, walking back over country names and
  possessives: ``caretaker``, ``interim``, ``acting`` (a temporary post), ``former`` (also ex,
  erstwhile, outgoing, previous, late, onetime) and ``then-``;
- the **person** the title names: right after it ("Foreign Minister Jalil Abbas Jilani", up to
  three given names between) or before it as an appositive ("Jilani, Pakistan's caretaker
  foreign minister"), and whether that appositive is in the past ("Kakar, who was interim
  prime minister");
- the **time frame** of the sentence (:class:`TimeFrame`, read by :mod:`.titles_frame`): "at
  the time"/"back then", the dates and years it places what it tells in ("In October 2023,
  …", not "leave by November 1"), a present-tense verb, and a report of a tenure's end
  ("resigned", "stepped down").

:func:`read` gives the claims of a draft in text order; :func:`resolve` the ledger post (or
government) a claim rests on on the draft's date, or why none. Rules NL401/NL402 compare the
claims with the ledger (``narrlint.rules.titles``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from spacy.tokens import Doc, Span

from narrlint.claims.base import Claim, Resolution
from narrlint.claims.titles_frame import Period, TimeFrame, read_frame
from narrlint.knowledge.ledger import Government, Ledger, Person, Post
from narrlint.nlp.pipeline import GOVERNMENT, PERSON, TITLE
from narrlint.nlp.tokens import lowers

if TYPE_CHECKING:
    from narrlint.engine.draft import Draft
    from narrlint.knowledge.corpus import Corpus

__all__ = [
    "TEMPORARY",
    "GovernmentClaim",
    "Period",
    "TimeFrame",
    "TitleClaim",
    "describe_government",
    "describe_post",
    "government_of",
    "read",
    "resolve",
]

# ---------------------------------------------------------------------------------------------
# Words (language only: offices, people, governments and countries come from the ledger)

TEMPORARY = {"caretaker": "caretaker", "interim": "caretaker", "acting": "acting"}
"""Qualifiers of a temporary post, and the kind of post each names: caretaker and interim name
the same kind of set-up (the ledger's post qualifiers map the same way)."""

PAST_MARKERS = {
    "former": "former", "ex": "former", "erstwhile": "former", "outgoing": "former",
    "previous": "former", "late": "former", "onetime": "former", "then": "then-",
}  # fmt: skip
"""Words before a title saying the post is not (or no longer) held, as claim qualifiers."""

BRIDGE = frozenset(
    {"'s", "’s", "federal", "the", "then", "-", "–", "of", "state", "de", "facto", "now"}
)  # fmt: skip
"""Words a qualifier may stand behind inside a title phrase ("caretaker federal …",
"then-", "Pakistan's interim …", "de facto")."""

APPOSITIVE_PAST = frozenset({"was", "were", "had", "served"})
"""Verbs of an appositive clause in the past: "Kakar, who was interim prime minister"."""

APPOSITIVE_WORDS = frozenset({",", "who", "is", "been"})
"""Other words an appositive clause between a name and its title may hold."""

_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}$")
"""An abbreviation in capitals with full stops ("U.S."), standing in a title like "US"."""

MAX_GIVEN_NAMES = 3
"""Capitalised words allowed between a title and the name the entity ruler found."""
MAX_QUALIFIER_WALK = 6
"""Tokens walked back from a title looking for its qualifiers."""


# ---------------------------------------------------------------------------------------------
# Claims


@dataclass(frozen=True, eq=False)
class TitleClaim(Claim):
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
    """In text order, each ``caretaker``, ``interim``, ``acting``, ``former`` or ``then-``."""
    past_clause: bool
    """An appositive in the past: "Kakar, who was interim prime minister"."""
    frame: TimeFrame

    @property
    def person_id(self) -> str | None:
        if self.person is None:
            return None
        return self.person.ent_id_ or None

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
        """Written as not held now: "former …", "then-…", "who was …"."""
        return self.past_clause or any(q not in TEMPORARY for q in self.qualifiers)

    @property
    def appositive(self) -> bool:
        return self.person is not None and self.person.start < self.title.start

    def details(self) -> dict[str, Any]:
        person = self.person
        return {
            "person": {"id": self.person_id, "name": person.text} if person is not None else None,
            "title": {
                "text": self.title.text,
                "maps_to": [f"offices/{office}" for office in self.offices],
            },
            "qualifiers": list(self.qualifiers),
            "time_frame": "then" if self.past_clause else self.frame.label(),
            "dates": self.frame.dates(),
        }


@dataclass(frozen=True, eq=False)
class GovernmentClaim(Claim):
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

    @property
    def past_marked(self) -> bool:
        return any(q not in TEMPORARY for q in self.qualifiers)

    def details(self) -> dict[str, Any]:
        chosen = [self.government] if self.government else list(self.candidates)
        return {
            "person": None,
            "title": {"text": self.span.text, "maps_to": [f"governments/{g}" for g in chosen]},
            "qualifiers": list(self.qualifiers),
            "time_frame": self.frame.label(),
            "dates": self.frame.dates(),
        }


# ---------------------------------------------------------------------------------------------
# Reading

_Frames = dict[tuple[int, dt.date], TimeFrame]
"""Time frames already read, by (sentence start, the draft's date there)."""


def read(draft: Draft, corpus: Corpus) -> list[TitleClaim | GovernmentClaim]:
    """The title and government claims of ``draft``, in text order."""
    doc = draft.doc
    ents = list(doc.ents)
    if not any(e.label_ in (TITLE, GOVERNMENT) for e in ents):
        return []
    lexicon = _lexicon(corpus)
    frames: _Frames = {}
    claims: list[TitleClaim | GovernmentClaim] = []
    for index, ent in enumerate(ents):
        if ent.label_ == TITLE:
            claims.append(_title_claim(draft, ents, index, lexicon, frames))
        elif ent.label_ == GOVERNMENT:
            claims.append(_government_claim(draft, ent, lexicon, frames))
    claims.sort(key=lambda c: (c.span.start, c.span.end))
    return claims


def _title_claim(
    draft: Draft, ents: list[Span], index: int, lexicon: _Lexicon, frames: _Frames
) -> TitleClaim:
    doc = draft.doc
    title = ents[index]
    qualifiers, start = _qualifiers(doc, title.start)
    past_clause = False
    person = _person_after(ents, index)
    span = doc[start : person.end] if person is not None else doc[start : title.end]
    if person is None:
        person = _person_before(ents, index)
        if person is not None:
            between = lowers(doc)[person.end : title.start]
            past_clause = any(w in APPOSITIVE_PAST for w in between)
            span = doc[person.start : title.end]
    key = title.ent_id_ or title.text.lower()
    return TitleClaim(
        span=span,
        title=title,
        phrase=doc[start : title.end],
        person=person,
        offices=lexicon.offices.get(key, ()),
        qualifiers=qualifiers,
        past_clause=past_clause,
        frame=_frame(draft, title, lexicon, frames),
    )


def _qualifiers(doc: Doc, index: int) -> tuple[tuple[str, ...], int]:
    """Walk back from a title over qualifiers, country names and possessives; return the
    qualifiers (text order) and where the title phrase starts.

    The walk stops at another title or a person's name: in "caretaker Foreign Minister Jilani
    and caretaker Prime Minister …" (or with the name misspelt and "and" lost) the first
    "caretaker" and any "former" before it belong to the Foreign Minister, not to the Prime
    Minister; taking them would move the fix's insertion point to the other title.
    """
    found: list[str] = []
    start = index
    i = index - 1
    steps = 0
    while i >= 0 and steps < MAX_QUALIFIER_WALK:
        token = doc[i]
        lower = token.lower_
        if token.ent_type_ in (TITLE, PERSON):
            break
        if lower in TEMPORARY:
            found.append(lower)
            start = i
        elif lower in PAST_MARKERS:
            found.append(PAST_MARKERS[lower])
            start = i
        elif not (
            lower in BRIDGE
            or token.ent_type_
            or (token.is_title and not token.is_sent_start)
            or (token.is_title and token.is_sent_start and lower != "the")
            or (token.is_upper and token.is_alpha and len(token) <= 4)  # US, UN
            or _DOTTED_INITIALS.match(token.text)  # U.S., U.K.
        ):
            break
        i -= 1
        steps += 1
    return tuple(reversed(found)), start


def _person_after(ents: list[Span], index: int) -> Span | None:
    title = ents[index]
    if index + 1 >= len(ents) or ents[index + 1].label_ != PERSON:
        return None
    person = ents[index + 1]
    between = title.doc[title.end : person.start]
    if len(between) > MAX_GIVEN_NAMES or any(not t.is_title for t in between):
        return None
    return person


_APPOSITIVE_ALLOWED = (
    BRIDGE | set(TEMPORARY) | set(PAST_MARKERS) | APPOSITIVE_WORDS | APPOSITIVE_PAST
)


def _person_before(ents: list[Span], index: int) -> Span | None:
    """Appositive: "Jalil Abbas Jilani, Pakistan's caretaker foreign minister"."""
    title = ents[index]
    if index == 0 or ents[index - 1].label_ != PERSON:
        return None
    person = ents[index - 1]
    between = title.doc[person.end : title.start]
    if not between or between[0].text != ",":
        return None
    if len(between) > 6 or any(
        not (t.lower_ in _APPOSITIVE_ALLOWED or t.is_title) for t in between
    ):
        return None
    return person


def _government_claim(
    draft: Draft, ent: Span, lexicon: _Lexicon, frames: _Frames
) -> GovernmentClaim:
    doc = draft.doc
    words = lowers(doc)
    term = ent.ent_id_ or ent.text.lower()
    candidates = lexicon.governments.get(term, ())
    chosen = _pick_government(candidates, words[ent.sent.start : ent.sent.end])
    before = [
        PAST_MARKERS[w] for w in words[max(ent.start - 2, 0) : ent.start] if w in PAST_MARKERS
    ]
    inside = [w for w in words[ent.start : ent.end] if w in TEMPORARY]
    return GovernmentClaim(
        span=ent,
        term=term,
        qualifiers=(*before, *inside),
        government=chosen.id if chosen is not None else None,
        candidates=tuple(g.id for g in candidates),
        frame=_frame(draft, ent, lexicon, frames),
    )


def _pick_government(candidates: tuple[Government, ...], words: list[str]) -> Government | None:
    """Several governments share a term ("interim government"): the country decides."""
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    present = set(words)
    marked = [g for g in candidates if present & set(g.country_terms)]
    return marked[0] if len(marked) == 1 else None


# ---------------------------------------------------------------------------------------------
# Time frame


def _frame(draft: Draft, span: Span, lexicon: _Lexicon, frames: _Frames) -> TimeFrame:
    sentence = span.sent
    day = draft.date_for(span)
    key = (sentence.start, day)
    frame = frames.get(key)
    if frame is None:
        frame = frames[key] = read_frame(draft.doc, sentence, day, lexicon.countries)
    return frame


# ---------------------------------------------------------------------------------------------
# The ledger as the reader needs it (built once per corpus)


@dataclass(frozen=True)
class _Lexicon:
    offices: dict[str, tuple[str, ...]]
    """Title phrase → ids of the offices it names."""
    governments: dict[str, tuple[Government, ...]]
    """Government term → the governments using it, in ledger order."""
    countries: frozenset[str]
    """First words of the countries of the ledger's offices and governments ("pakistan")."""


def _lexicon(corpus: Corpus) -> _Lexicon:
    return corpus.memo(("narrlint.claims.titles", "lexicon"), lambda: _build_lexicon(corpus.ledger))


def _build_lexicon(ledger: Ledger) -> _Lexicon:
    offices: dict[str, list[str]] = {}
    for office in ledger.offices.values():
        for title in office.titles:
            offices.setdefault(title, []).append(office.id)
    governments: dict[str, list[Government]] = {}
    for government in ledger.governments:
        for term in government.terms:
            governments.setdefault(term, []).append(government)
    places = [o.country for o in ledger.offices.values()]
    places += [g.country for g in ledger.governments]
    countries = frozenset(p.split()[0].lower() for p in places if p and p.split())
    return _Lexicon(
        {k: tuple(dict.fromkeys(v)) for k, v in offices.items()},
        {k: tuple(v) for k, v in governments.items()},
        countries,
    )


def government_of(claim: GovernmentClaim, corpus: Corpus) -> Government | None:
    """The ledger government ``claim`` refers to (``None`` when the term is ambiguous)."""
    if claim.government is None:
        return None
    for government in _lexicon(corpus).governments.get(claim.term, ()):
        if government.id == claim.government:
            return government
    return None


# ---------------------------------------------------------------------------------------------
# Resolution


def describe_post(person: Person, post: Post) -> str:
    """A post as evidence shows it: "Sarfraz Bugti: Chief Minister of Balochistan, 2024-03-02
    to present"."""
    end = post.end.isoformat() if post.end else "present"
    start = post.start.isoformat() if post.start else "?"
    return f"{person.name}: {post.title}, {start} to {end}"


def describe_government(government: Government) -> str:
    """A government as evidence shows it: "Caretaker government of Pakistan (…): 2023-08-14 to
    2024-03-04"."""
    end = government.end.isoformat() if government.end else "present"
    return f"{government.name}: {government.start} to {end}"


def resolve(claim: TitleClaim | GovernmentClaim, draft: Draft, corpus: Corpus) -> Resolution | None:
    """The ledger post (``people/<person>/<post>``) or government (``governments/<id>``) the
    claim rests on on the draft's date, or a :class:`Resolution` with ``fact=None`` saying why
    none."""
    day = draft.date_for(claim.span)
    if isinstance(claim, GovernmentClaim):
        return _resolve_government(claim, corpus, day)
    ledger = corpus.ledger
    if claim.person is not None:
        person = ledger.people.get(claim.person_id or "")
        if person is None:
            return Resolution(None, reason=f"{claim.person.text} is not among the ledger's people")
        posts = [(person, p) for p in person.posts if p.office in claim.offices]
        if not posts:
            known = "; ".join(describe_post(person, p) for p in person.posts) or "none"
            return Resolution(
                None,
                reason=f'the ledger records no "{claim.title.text}" post for {person.name} '
                f"(known posts: {known})",
            )
        return _resolve_posts(claim, posts, day)
    posts = [
        (person, p)
        for person in ledger.people.values()
        for p in person.posts
        if p.office in claim.offices
        and (claim.temporary is None or TEMPORARY.get(p.qualifier or "") == claim.temporary)
    ]
    if not posts:
        return Resolution(
            None, reason=f'no post of the ledger matches "{claim.phrase.text}" (no name given)'
        )
    if claim.temporary is None:
        held = [(person, p) for person, p in posts if p.held_on(day)]
        if not held:
            return Resolution(
                None,
                reason=f'no one held a "{claim.title.text}" post on the draft\'s date '
                f"({day.isoformat()}), per the ledger, and the draft names no one",
            )
        if len(held) > 1:
            return Resolution(
                None,
                reason=f'{len(held)} people held a "{claim.title.text}" post on the draft\'s '
                f"date ({day.isoformat()}) and the draft names none of them",
            )
    return _resolve_posts(claim, posts, day)


def _resolve_posts(claim: TitleClaim, posts: list[tuple[Person, Post]], day: dt.date) -> Resolution:
    held = [(person, p) for person, p in posts if p.held_on(day)]
    ended = [(person, p) for person, p in posts if p.end is not None and p.end <= day]
    if held:
        (person, post), why = held[0], f"held on the draft's date ({day.isoformat()})"
    elif ended:
        person, post = max(ended, key=lambda item: item[1].end)
        why = f"ended on {post.end.isoformat()}, before the draft's date ({day.isoformat()})"
        if claim.past_marked:
            why += "; the draft writes it as past"
        elif claim.frame.past_framed([(p.start, p.end) for _, p in posts]):
            why += "; the sentence places it inside the tenure"
    else:
        person, post = min(posts, key=lambda item: item[1].start or dt.date.min)
        start = post.start.isoformat() if post.start else "?"
        why = f"starts on {start}, after the draft's date ({day.isoformat()})"
    text = describe_post(person, post)
    return Resolution(f"people/{person.id}/{post.id}", text, post.origin.evidence(text), why)


def _resolve_government(claim: GovernmentClaim, corpus: Corpus, day: dt.date) -> Resolution:
    government = government_of(claim, corpus)
    if government is None:
        if not claim.candidates:
            return Resolution(None, reason=f'no government of the ledger uses "{claim.term}"')
        return Resolution(
            None,
            reason=f'{len(claim.candidates)} governments of the ledger use "{claim.term}" and the '
            "sentence names the country of none (or of several) of them",
        )
    if government.end is not None and government.end <= day:
        why = f"ended on {government.end.isoformat()}, before the draft's date ({day.isoformat()})"
    elif government.start is not None and day < government.start:
        why = f"starts on {government.start.isoformat()}, after the draft's date"
    else:
        why = f"in office on the draft's date ({day.isoformat()})"
    text = describe_government(government)
    return Resolution(f"governments/{government.id}", text, government.origin.evidence(text), why)
