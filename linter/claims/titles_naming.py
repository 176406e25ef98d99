"""Whether a name the entity ruler found names the ledger's person next to a title (for
:mod:`narrlint.claims.titles`): a surname alias counts only beside the person's own title or
rank, after given names of the person's, or after the person was named in full."""

from __future__ import annotations

import functools

from spacy.tokens import Span

from narrlint.claims.titles_model import entity_id
from narrlint.claims.titles_names import given_names_before, title_case
from narrlint.knowledge.ledger import Ledger, Person
from narrlint.nlp.tokens import texts

__all__ = ["Naming"]


@functools.lru_cache(maxsize=4096)
def _squeezed(surnames: tuple[str, ...]) -> frozenset[str]:
    """A person's surname aliases without their spaces: a name written with other letters
    cannot be one of them, however its words are spaced."""
    return frozenset("".join(s.split()) for s in surnames)


class Naming:
    """Whether a name the entity ruler found names the ledger's person.

    A surname alias (``surname: true``: "Munir") names its person only next to one of the
    person's titles or ranks ("Field Marshal Munir", "army chief Munir") or after the person
    was named in full earlier in the draft, and never when another capitalised word follows it
    as part of the same name ("Ambassador Munir Akram" is someone else), unless the words
    after it end one of the person's recorded full names: "Sadiq Khan" for one recorded as
    "Mohammad Sadiq Khan" with the surname alias "Sadiq" is the person's name, named in full
    (:func:`name_tail_written`)."""

    def __init__(
        self, ledger: Ledger, people: list[Span], shared: frozenset[str] = frozenset()
    ) -> None:
        self.ledger = ledger
        self.shared = shared
        """First names several of the ledger's people share."""
        self._surnames: dict[tuple[int, int, str], bool] = {}
        """(start, end, person id) of a name -> whether it is the person's surname alias."""
        self.full: dict[str, int] = {}
        """Person id -> where the draft first names the person in full."""
        for ent in people:  # the entity ruler's names (PERSON), in text order
            person = ledger.people.get(entity_id(ent))
            if person is not None and (
                not self.surname(person, ent) or name_tail_written(person, ent)
            ):
                self.full.setdefault(person.id, ent.start)

    def surname(self, person: Person, ent: Span) -> bool:
        if not person.surnames:
            return False
        key = (ent.start, ent.end, person.id)
        found = self._surnames.get(key)
        if found is None:
            words = texts(ent.doc)[ent.start : ent.end]
            if len(words) == 1:  # a one-word name is its token's text
                found = person.is_surname(" ".join(words[0].split()))
            else:  # Span.text (a Token per word) only for a name whose letters are an alias's
                letters = "".join("".join(words).split()).lower()
                found = letters in _squeezed(person.surnames) and person.is_surname(
                    " ".join(ent.text.split())
                )
            self._surnames[key] = found
        return found

    def counts(self, ent: Span, offices: tuple[str, ...] = (), ranks: tuple[str, ...] = ()) -> bool:
        person = self.ledger.people.get(entity_id(ent))
        if person is None or not self.surname(person, ent):
            return True
        if name_tail_written(person, ent):
            return True  # "Interior Minister Sadiq Khan": a full name of the person
        doc = ent.doc
        if ent.end < len(doc):
            following = doc[ent.end]
            if (
                following.is_title
                and following.is_alpha
                and not following.ent_type_
                and not title_case(ent.sent)
            ):
                return False  # "Munir Akram": the surname is part of another name
        if any(p.office in offices for p in person.posts):
            return True
        if ranks and any(t.rank in ranks for t in self.ledger.rank_succession(person.id)):
            return True
        if given_names_before(person, ent, self.shared):
            return True
        return self.full.get(person.id, len(doc)) < ent.start


@functools.lru_cache(maxsize=1024)
def _name_tails(name: str, aliases: tuple[str, ...], surnames: tuple[str, ...]) -> frozenset:
    """The ends of a person's recorded full names that start at a surname alias and run two
    words or more ("sadiq khan" of "mohammad sadiq khan"), as tuples of words."""
    tails: set[tuple[str, ...]] = set()
    for form in (name.lower().split(" (")[0], *aliases):
        words = tuple(form.replace("-", " ").split())
        if len(words) < 2 or form in surnames:
            continue
        for i, word in enumerate(words[:-1]):
            if word in surnames:
                tails.add(words[i:])
    return frozenset(tails)


def name_tail_written(person: Person, ent: Span) -> bool:
    """Whether the surname alias ``ent`` is followed by the capitalised words that end one of
    the person's recorded full names ("Sadiq Khan" for "Mohammad Sadiq Khan"): the
    surname and what follows it in that name, a name of the person as much as the full one.
    Derived from the ledger's names, not listed: no other capitalised word may follow."""
    tails = _name_tails(person.name, tuple(person.aliases), tuple(person.surnames))
    if not tails:
        return False
    doc = ent.doc
    written = texts(doc)
    start = tuple(" ".join(written[ent.start : ent.end]).lower().split())
    for tail in tails:
        if tail[: len(start)] != start:
            continue
        rest = tail[len(start) :]
        end = ent.end + len(rest)
        if end > len(doc) or not rest:
            continue
        after = written[ent.end : end]
        if [w.lower() for w in after] != list(rest) or not all(w.istitle() for w in after):
            continue
        if end < len(doc) and written[end].istitle() and written[end].isalpha():
            continue  # "Sadiq Khan Achakzai": a longer name, someone else's
        return True
    return False
