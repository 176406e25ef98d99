"""What a clause says about deadline events: the clues the date-claims reader matches with the
ledger's deadlines, gathered here from the readers of each (the groups named in
:mod:`~narrlint.claims.dates_groups`, the actions in :mod:`~narrlint.claims.dates_actions`, who
sets the deadline in :mod:`~narrlint.claims.dates_authority`, another purpose in
:mod:`~narrlint.claims.dates_purpose`) with the clause's places, subject terms and enforcement
words.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import compress
from typing import TYPE_CHECKING

from narrlint.claims.dates_actions import actions_in
from narrlint.claims.dates_authority import other_authority
from narrlint.claims.dates_groups import categories, status_at, triggers
from narrlint.claims.dates_lead import dateline_length
from narrlint.claims.dates_lexicon import Lexicon, clause_phases
from narrlint.claims.dates_onward import destination_group, moving_on
from narrlint.claims.dates_purpose import foreign_purpose
from narrlint.claims.dates_words import (
    AUTHORITY_VERBS,
    AUXILIARY_VERBS,
    BACKGROUND_OPENERS,
    ENFORCEMENT_LEMMAS,
    ENTRY_PAPERS,
    REFERRING_DETERMINERS,
    REFERRING_PEOPLE,
    REMAINING_LEMMAS,
    RENEWAL_LEMMAS,
    SPEECH_PLACE_REACH,
    SPEECH_WORDS,
    STARTED_FORMS,
    STARTING_LEMMAS,
    VALIDITY_WORDING,
    stay_granted,
    stay_noun_at,
)
from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span

OF_PAPERS_REACH = 2
"""Words between "of" and the entry papers it names ("of all their visas", "of expired
visas")."""


@dataclass(frozen=True, slots=True)
class Clues:
    """Event clues in one clause: categories, subject terms, phases, actions."""

    categories: frozenset[str]
    subjects: frozenset[str]
    phases: frozenset[int]
    actions: frozenset[str]
    foreign_purpose: bool
    """An infinitive that is not one of the ledger's actions ("a deadline … to apply for …")."""
    other_authority: str | None = None
    """Who sets the clause's deadline when the ledger does not know them ("Iran has set …")."""
    enforcement: bool = False
    """An enforcement word other than a bare verb of starting ("arrests", "deported")."""
    staying: bool = False
    """Remaining in the country ("still", "remain", "stay")."""
    referring: bool = False
    """A word that refers back to people named before ("those", "they", "anyone")."""
    validity: bool = False
    """Validity, extension or expiry wording ("valid", "extended", "expired"): only then can a
    chain of validity dates be the event (a date to leave is not a card's expiry)."""
    renewal: bool = False
    """Validity wording that is renewing alone ("get their cards renewed before the deadline
    of …"): a cut-off so told is a renewal drive's last day, not the documents' expiry."""
    stay: bool = False
    """The stay of people as a noun ("extended the stay of Afghan refugees"): a leave to
    remain, which only a validity of documents gives."""
    places: tuple[str, ...] = ()
    """Places the clause names, in order: where a ledger deadline applies ("the twin
    cities"), then countries of the ledger's governments ("leave Pakistan by …")."""
    purpose_before: bool = False
    """Another purpose stands before the value in its clause ("urged holders of expired cards
    to collect new ones before the deadline of …"): set by the date reader for one value, since
    the clues are the clause's."""
    purpose_after: bool = False
    """The infinitive right after the value is another purpose ("gave the registration
    authority until <date> to finalise the lists"): that value is the day for that step, set
    by the date reader for one value."""
    onward: str | None = None
    """People bound for another country ("Afghans awaiting resettlement to a third country"),
    as written, when no ledger group names them: a deadline for them is not the one for the
    groups they belong to."""


def clues_of(tokens: Span, lexicon: Lexicon) -> Clues:
    doc = tokens.doc
    all_lowers, all_lemmas = doc_lowers(doc), lemma_lowers(doc)
    lowers = all_lowers[tokens.start : tokens.end]
    lemma_list = all_lemmas[tokens.start : tokens.end]
    lemmas = set(lemma_list)
    groups = list(categories(tokens, lowers, lexicon))
    stay = _stay_noun(lowers) or stay_granted(lowers, lemma_list)
    if stay and not BACKGROUND_OPENERS.isdisjoint(lowers):
        groups = _outside_background(tokens, lowers, groups)
    bound = destination_group(lowers, lexicon)
    validity = lemmas & VALIDITY_WORDING
    return Clues(
        categories=frozenset(g for g, _, _ in groups) | bound,
        subjects=frozenset(_subjects(tokens, lowers, lexicon, groups)),
        phases=frozenset(clause_phases(lowers)),
        actions=frozenset(actions_in(tokens, lowers, lemma_list, lexicon)),
        foreign_purpose=foreign_purpose(tokens, lowers, lexicon),
        other_authority=other_authority(tokens, lowers, lemma_list, lexicon),
        validity=bool(validity),
        renewal=bool(validity) and validity <= RENEWAL_LEMMAS,
        enforcement=_enforcement_words(lowers, lemma_list) or _status(tokens, lexicon),
        referring=refers_back(lowers),
        staying=bool(lemmas & REMAINING_LEMMAS),
        stay=stay,
        places=_places(lowers, lexicon),
        onward=None
        if bound
        else moving_on(lowers, lemma_list, groups, lexicon, triggers(lexicon).group_words),
    )


def refers_back(lowers: list[str]) -> bool:
    """A word for people named before: "them", "those", or a demonstrative before a word for
    people in general ("these individuals", "such persons"; not "these Iranians", whom it
    names)."""
    if not REFERRING_PEOPLE.isdisjoint(lowers):
        return True
    if REFERRING_DETERMINERS.isdisjoint(lowers):
        return False  # most clauses: one set test in C, not a Python loop over every word
    return any(
        w in REFERRING_DETERMINERS and k + 1 < len(lowers) and lowers[k + 1] in PERSON_NOUNS
        for k, w in enumerate(lowers)
    )


def _outside_background(
    tokens: Span, lowers: list[str], groups: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """The groups outside a background phrase ("extended for a year the stay of Afghan
    refugees who live in the country legally amid the ongoing expulsion of illegal
    immigrants": the people expelled are the backdrop, not whose stay was extended), from
    "amid" to the next comma. Only asked where a stay noun names whose leave to remain the
    clause tells, so a deadline told amid a crackdown on a group alone keeps that group."""
    spans = []
    for k, lower in enumerate(lowers):
        if lower in BACKGROUND_OPENERS:
            end = next((j for j in range(k + 1, len(lowers)) if lowers[j] == ","), len(lowers))
            spans.append((tokens.start + k, tokens.start + end))
    return [g for g in groups if not any(a <= g[1] < b for a, b in spans)]


def _stay_noun(lowers: list[str]) -> bool:
    """ "the stay of Afghan refugees", "their stay": "stay" after a determiner is a noun."""
    if "stay" not in lowers:
        return False  # most clauses: one scan in C, not a Python loop over every word
    return any(stay_noun_at(lowers, k) for k in range(len(lowers)))


def _status(tokens: Span, lexicon: Lexicon) -> bool:
    """A status that befalls people ("they will be treated as illegal aliens"): it enforces an
    order as an enforcement word does (found only at the words that may name a group)."""
    doc = tokens.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    starts = triggers(lexicon).category_starts
    return any(
        status_at(lowers, lemmas, i, lexicon)
        for i in range(tokens.start, tokens.end)
        if lowers[i] in starts
    )


def _places(lowers: list[str], lexicon: Lexicon) -> tuple[str, ...]:
    """Places the clause names; not a dateline's city ("ISLAMABAD: …", "QUETTA (APP) - …"),
    where the report was filed, not where its order applies."""
    deadline_places, countries = [], []
    n = len(lowers)
    starts = lexicon.place_starts
    words = triggers(lexicon).place_words
    dateline = dateline_length(lowers, words)
    for i in compress(range(n), map(words.__contains__, lowers)):  # found in C
        if i < dateline:
            continue  # "ISLAMABAD: …", "KABUL, AFGHANISTAN – …"
        if lowers[i] in starts and not _where_said(lowers, i):
            for size in range(min(lexicon.max_place, n - i), 0, -1):
                named = lexicon.places.get(tuple(lowers[i : i + size]))
                capital = lowers[i] in lexicon.countries
                if named and not (size == 1 and _acts(lowers, i, capital)):
                    deadline_places.extend(named)
                    break
        country = lexicon.countries.get(lowers[i])
        if country:
            countries.append(country)
    return tuple(dict.fromkeys(deadline_places + countries))


def _where_said(lowers: list[str], i: int) -> bool:
    """The place at ``i`` is where something was said, as a dateline's city is ("while giving
    a press conference in Islamabad, he said …", "addressing a ceremony at Quetta", "told
    reporters in Peshawar"): "in" or "at" right after a word of a speech or its hearers, not
    the place of the order the speaker tells of."""
    if i < 2 or lowers[i - 1] not in ("in", "at"):
        return False
    return not SPEECH_WORDS.isdisjoint(lowers[max(0, i - 1 - SPEECH_PLACE_REACH) : i - 1])


def leaves_the_country(span: Span, lexicon: Lexicon) -> bool:
    """ "to leave Pakistan by …", "must exit the country voluntarily before …": the date's own
    phrase is an order's action on the whole country, so it is not a city's order to leave
    the city, whatever that order's record holds."""
    doc = span.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    i = span.start - 2  # the word before the date's preposition
    if i >= 0 and lowers[i].endswith("ly"):
        i -= 1  # "leave Pakistan voluntarily by"
    word = lowers[i] if i >= 0 else ""
    if word != "country" and lexicon.countries.get(word, "").lower() != word:
        return False
    i -= 1 + (i >= 1 and lowers[i - 1] == "the")
    return i >= 0 and lemmas[i] in lexicon.actions


def _acts(lowers: list[str], i: int, capital: bool = False) -> bool:
    """ "Islamabad has ordered …", "Islamabad announced …": a capital that sets an order is the
    government (a country), not the city an order for that place applies to; a ``capital``
    (a country's word) that began something ("Islamabad began deporting …") too."""
    nxt = lowers[i + 1] if i + 1 < len(lowers) else ""
    if nxt in AUXILIARY_VERBS:
        nxt = lowers[i + 2] if i + 2 < len(lowers) else ""
        acting = nxt in AUTHORITY_VERBS or (capital and nxt in STARTED_FORMS)
        return acting and nxt not in AUXILIARY_VERBS
    return nxt in AUTHORITY_VERBS or (capital and nxt in STARTED_FORMS)  # "Islamabad began …"


_ENFORCING = frozenset(ENFORCEMENT_LEMMAS - STARTING_LEMMAS)
_ENFORCING_FORMS = _ENFORCING | {word + "s" for word in _ENFORCING}
"""The enforcement words as written: the words, and those words with an "s" ("arrests")."""


def _enforcement_words(lowers: list[str], lemmas: list[str]) -> bool:
    """An enforcement word other than a verb of starting: its lemma, the word, or its plural."""
    return not (_ENFORCING.isdisjoint(lemmas) and _ENFORCING_FORMS.isdisjoint(lowers))


def _of_entry_papers(lowers: list[str], k: int) -> bool:
    """ "of" at ``k`` before entry papers within a few words ("the validity of their visas",
    "of all expired visas", "of the passports"): a one-word term before it ("validity") is of
    those papers, not of a ledger's documents."""
    if k >= len(lowers) or lowers[k] != "of":
        return False
    for j in range(k + 1, min(len(lowers), k + 2 + OF_PAPERS_REACH)):
        if lowers[j] in ENTRY_PAPERS:
            return True
        if not lowers[j].isalpha():
            return False
    return False


def _subjects(
    tokens: Span, lowers: list[str], lexicon: Lexicon, groups: list[tuple[str, int, int]]
) -> Iterator[str]:
    """Deadlines whose subject terms occur, except inside a group's name: "PoR card" in
    "PoR card holders" names the group (already counted), not the cards' validity."""
    starts = lexicon.term_starts
    if starts.isdisjoint(lowers):
        return
    inside = {i - tokens.start for _, start, end in groups for i in range(start, end)}
    n = len(lowers)
    for i in compress(range(n), map(starts.__contains__, lowers)):  # where a term may start
        for size in range(1, min(lexicon.max_term, n - i) + 1):
            ids = lexicon.terms.get(tuple(lowers[i : i + size]))
            if ids and not all(j in inside for j in range(i, i + size)):
                if size == 1 and _of_entry_papers(lowers, i + 1):
                    continue  # "the validity of their visas": not the cards' validity
                yield from ids
