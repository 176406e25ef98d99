"""Whether a name the entity ruler found names the ledger's person next to a title (for
:mod:`narrlint.claims.titles`): a surname alias counts only beside the person's own title or
rank, after given names of the person's, or after the person was named in full."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from narrlint.claims.titles_model import entity_id
from narrlint.claims.titles_names import MAX_GIVEN_NAMES, title_case
from narrlint.knowledge.ledger import Ledger, Person
from narrlint.nlp.tokens import texts

if TYPE_CHECKING:  # annotations only: spaCy is not imported to name a span
    from spacy.tokens import Span

__all__ = ["Naming", "given_names_before"]


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
        self,
        ledger: Ledger,
        people: list[Span],
        shared: frozenset[str] = frozenset(),
        implied: frozenset[tuple[int, int]] = frozenset(),
    ) -> None:
        self.ledger = ledger
        self.shared = shared
        """First names several of the ledger's people share."""
        self.implied = implied
        """(start, end) of the last words of recorded names written alone, read as surname
        aliases (:mod:`.titles_spellings`)."""
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
        if (ent.start, ent.end) in self.implied:
            return True
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

    def officer_namesake(
        self,
        ent: Span,
        ranks: tuple[str, ...],
        offices: tuple[str, ...],
        officers: frozenset[str],
    ) -> bool:
        """Whether the name ``ent``, written after a rank of an armed service (``ranks``: the
        rank ids read before it) and the title of an officer's office (``offices``, each one
        that someone the ledger gives a rank has held: ``officers``), is someone else's than
        the ledger's person of that name: the ledger records that person with no rank and in
        no officer's post, a civilian as far as it knows. "Chief of Air Staff Air Chief
        Marshal Hasan Mahmood Khan" (another country's air chief) is not the ledger's Mahmood
        Khan, a chief minister; "Lt Gen X" for a director general of ISPR whose ranks the
        ledger lacks is still X (an officer's post), and a civilian's title with a rank
        ("Foreign Minister General X") is still judged as the civilian's."""
        if not offices or not all(o in officers for o in offices):
            return False
        person = self.ledger.people.get(entity_id(ent))
        if person is None or person.ranks or not person.posts:
            return False
        known = self.ledger.ranks
        if not any(known[r].service for r in ranks if r in known):
            return False
        return all(p.office not in officers for p in person.posts)


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


GIVEN_NAME_PREFIX = 4
"""Letters a given name written before a surname alias shares with the person's recorded
first name for the two to be one name spelt otherwise ("Anwarul Haq Kakar" for Anwaar-ul-Haq
Kakar, "Sarfaraz Ahmad Bugti" for Sarfraz Bugti)."""


LATER_NAME_PREFIX = 3
"""Letters a later given name shares with one of the person's ("Ahmad" for Ahmed)."""


def given_names_before(person: Person, ent: Span, shared: frozenset[str] = frozenset()) -> bool:
    """Whether the surname alias ``ent`` is written after capitalised given names (outside the
    ledger's entities), the first opening like a first name of the person's recorded full
    names, and either that first name is the person's alone in the ledger (``shared``: the
    first names several people share) or every later given name opens like one of the
    person's: the person's full name in another spelling ("Anwarul Haq Kakar", "Sarfaraz
    Ahmad Bugti", "Mohsin Raza Naqvi"), not a namesake ("Bilawal Bhutto Zardari" is not Asif
    Ali Zardari, "Muhammad Ali Tahir" not Muhammad Tahir)."""
    doc = ent.doc
    written = texts(doc)
    i = ent.start
    while (
        i > 0
        and ent.start - i < MAX_GIVEN_NAMES
        and written[i - 1].istitle()
        and written[i - 1].isalpha()
        and not doc[i - 1].ent_type_
    ):
        i -= 1
    if i == ent.start:
        return False
    recorded = [
        [w for w in a.replace("-", " ").split()[:-1] if w.isalpha()]
        for a in (person.name.lower().split(" (")[0], *person.aliases)
        if " " in a.strip() and a not in person.surnames
    ]
    # a short first word ("Mir", "Ali") is the person's only as recorded, with the given
    # names after it the person's too: "Mir Abdul Qudoos Bizenjo" for "Mir Abdul Quddus …"
    short = len(written[i]) < GIVEN_NAME_PREFIX
    if short and written[i].lower() not in {n[0] for n in recorded if n}:
        return False
    names = [[w[:GIVEN_NAME_PREFIX] for w in n] for n in recorded]
    firsts = {n[0] for n in names if n}
    given = {w for n in names for w in n}
    written_given = [w.lower()[:GIVEN_NAME_PREFIX] for w in written[i : ent.start]]
    if written_given[0] not in firsts or (short and len(written_given) < 2):
        return False
    return (not short and written_given[0] not in shared) or all(
        any(g[:LATER_NAME_PREFIX] == w[:LATER_NAME_PREFIX] for g in given)
        for w in written_given[1:]
    )
