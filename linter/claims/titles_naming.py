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
    as part of the same name ("Ambassador Munir Akram" is someone else)."""

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
            if person is not None and not self.surname(person, ent):
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
