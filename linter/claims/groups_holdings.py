"""People named by the documents they hold: "Afghans holding PoR cards", "those with
UNHCR-issued PoR cards", "living in Pakistan on Afghan Citizen Cards", "Afghan Citizen Card
(ACC) holders".

A holder term's object (a ledger document after fillers, its bracketed abbreviation, a card
shared with an unknown one) is read here, once: the mention reader
(:mod:`narrlint.claims.groups_phrases`) takes its holding mentions from here, and the readers
of recipients, lacks, predicates and figure shapes ask :func:`held_object` what a phrase
holds. Split from ``groups_phrases``; the :class:`~narrlint.claims.groups_model.Mention` both
build lives with the claims' data.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from typing import TYPE_CHECKING

from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_model import Mention
from narrlint.claims.groups_words import (
    AUXILIARY_FILLERS,
    EXPIRED,
    GIVEN_PARTICIPLES,
    HOLDING_VERBS,
    LISTED_PAPERS,
    PLACE_ADVERBS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    POSSESSION_NOUNS,
    RECEIVING_VERBS,
    REGISTERING,
    STAY_MEANS,
    STAY_PARTICIPLES,
)
from narrlint.nlp.countries import COUNTRIES
from narrlint.nlp.tokens import ents as doc_ents
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import texts as doc_texts
from narrlint.nlp.tokens import where_lower
from narrlint.nlp.vocabulary import HOLDER_NOUNS, RELATIVES

if TYPE_CHECKING:
    from spacy.tokens import Doc


CARD_NOUNS = frozenset({"card", "cards"})
"""The noun of a card, either number ("PoR cards", "citizen cards of Afghanistan")."""


def holding_mentions(doc: Doc, lex: Lexicon) -> Iterator[Mention]:
    """ "Afghans holding PoR cards", "those with UNHCR-issued PoR cards", "living in Pakistan
    on Afghan Citizen Cards": the object of a holder term ("por card holders") after a verb
    of holding, or after a verb of staying and a word of means ("on", "under"); objects
    listed together ("with PoR cards and ACCs", "holding valid visas, PoR, and ACC cards")
    are held together (:func:`_held_list`)."""
    n = len(doc)
    lowers = doc_lowers(doc)
    # what is held opens with one of the lexicon's holding words, a few fillers (and one
    # unknown card: "POO and ACC cards") after the opener, or a card with its country after
    # "of" ("citizen cards of Afghanistan", :func:`_card_of_country`): most openers have none
    firsts = where_lower(doc, lex.holding_firsts)
    # only the words that can open a holding are looked at (one set test per token)
    for i in where_lower(doc, _HOLDING_OPENERS):
        lower = lowers[i]
        if lower in HOLDING_VERBS or lower in RECEIVING_VERBS:
            j = i + 1  # "who received ACCs": received, the cards are held
        elif lower in GIVEN_PARTICIPLES and _given_people(lex, lowers, i):
            j = i + 1  # "refugees granted ACCs", "who were issued ACCs": they hold them
        elif lower in POSSESSION_NOUNS and i + 1 < n and lowers[i + 1] == "of":
            j = i + 2  # "in possession of the PoR card"
        elif lower in STAY_PARTICIPLES:
            j = _means_after_stay(doc, lowers, i + 1)
            if j is None:
                continue
        else:
            continue
        near = bisect_left(firsts, j)
        if (near == len(firsts) or firsts[near] > j + _HELD_REACH) and not _card_of_near(lowers, j):
            continue
        end, found = _held_list(doc, lex, lowers, i, j)
        if found:
            # "in possession of": the mention opens at its preposition, right after its group
            first = i - 1 if lower in POSSESSION_NOUNS and i > 0 and lowers[i - 1] == "in" else i
            yield Mention(first, end, frozenset(found), "holding")


def _held_list(doc: Doc, lex: Lexicon, lowers: list[str], i: int, j: int) -> tuple[int, set[str]]:
    """(end of the last document the ledger knows, their groups) of what is held from ``j``:
    a list read whole. Items joined by "and"/"or" are held together ("with PoR cards and
    ACCs"), and so are items listed with commas when the list ends with "and"/"or" before
    its last item ("holding valid visas, Proof of Registration (PoR), and Afghan Citizen Card
    (ACC) cards"); an item of papers the ledger keeps no group for ("valid visas",
    "passports") is read past, since whoever holds the list holds every item. A list with
    commas that never closes with "and"/"or", or a comma before "and" with no comma before
    it ("holding visas, and ACC cards were seized"), is no list of one holding: only the
    documents before its first comma are held."""
    n = len(doc)
    end, found = i, set()
    before_comma: tuple[int, set[str]] | None = None
    items, closed = 0, False
    while True:
        held = held_object(doc, lex, lowers, j)
        shared = _shared_card(doc, lex, lowers, j) if held is None else None
        if held is not None or shared is not None:
            end, category = held or shared
            after = end
            found.add(category)
            closed = closed or shared is not None  # "visas and ACC cards": joined inside
        else:
            after = _listed_paper(doc, lowers, j)
            if after is None:
                break
        items += 1
        if after + 1 < n and lowers[after] in _LIST_JOINERS:
            closed = True
            j = after + 1  # "with valid proof of registration and Afghan Citizen Card"
            continue
        if after + 2 < n and lowers[after] == "," and not closed:
            if before_comma is None:
                before_comma = (end, set(found))
            if lowers[after + 1] in _LIST_JOINERS:
                closed = items >= 2  # ", and" closes a list only after an earlier comma
                if not closed:
                    break
                j = after + 2
            else:
                j = after + 1
            continue
        break
    if before_comma is not None and not closed:
        return before_comma
    return end, found


def _listed_paper(doc: Doc, lowers: list[str], j: int) -> int | None:
    """End of a list item at ``j`` naming papers the ledger keeps no group for ("valid
    visas", "their passports", "national identity cards"): up to four words ending in a
    noun of papers (``LISTED_PAPERS``), none of them a stop word but the object's fillers;
    None for anything else."""
    end = None
    for k in range(j, min(len(doc), j + 4)):
        if not doc[k].is_alpha or (doc[k].is_stop and not _object_filler(doc, lowers, k)):
            break
        if lowers[k] in _LIST_JOINERS:
            break
        if lowers[k] in LISTED_PAPERS:
            end = k + 1
    return end


_LIST_JOINERS = frozenset({"and", "or", "&", "/"})
_HELD_REACH = 7
"""How far after where a held object may begin its first word can stand: five fillers
(:func:`held_object`), an unknown card and its joiner before them (:func:`_shared_card`), or
short items of other papers listed before them ("passports, visas and ACC cards"; a longer
run of them is not read)."""
_HOLDING_OPENERS = frozenset(
    HOLDING_VERBS | RECEIVING_VERBS | GIVEN_PARTICIPLES | POSSESSION_NOUNS | STAY_PARTICIPLES
)


def _shared_card(doc: Doc, lex: Lexicon, lowers: list[str], j: int):
    """ "POO and ACC cards", "Tazkira or PoR cards": a document the ledger does not know
    listed before one it knows, both on the card noun they share; the people hold (at
    least) the known one. (end, category) of the known one, or None."""
    if j + 2 >= len(doc) or lowers[j + 1] not in ("and", "or", "&", "/"):
        return None
    if not doc[j].is_alpha or doc[j].is_stop:
        return None
    held = held_object(doc, lex, lowers, j + 2)
    if held is None or lowers[held[0] - 1] not in CARD_NOUNS:
        return None
    return held


def _given_people(lex: Lexicon, lowers: list[str], i: int) -> bool:
    """Is the participle at ``i`` said of people, after their noun or a relative pronoun and
    auxiliaries ("refugees granted ACCs", "refugees were issued ACCs", "those who had been
    given ACCs")?"""
    k = i - 1
    if k >= 1 and lowers[k] == "and" and lowers[k - 1] in REGISTERING:
        k -= 2  # "were registered and given ACCs": the drive that gave them
    start = k
    while k >= 0 and k >= start - 2 and lowers[k] in AUXILIARY_FILLERS:
        k -= 1
    if k < 0:
        return False
    return _people_word(lex, lowers[k]) or (k < i - 1 and lowers[k] in RELATIVES)


def _people_word(lex: Lexicon, lower: str) -> bool:
    """A noun for people: a group's head, a generic people noun, "those"."""
    return lower in lex.heads or lower in lex.people or lower == "those"


_OPEN_BRACKET = frozenset({"("})


def bracketed_terms(doc: Doc, lex: Lexicon) -> Iterator[Mention]:
    """ "Afghan Citizen Card (ACC) holders", "Proof of Registration (POR) card holders": a
    holder term with the document's abbreviation in brackets inside it."""
    lowers = doc_lowers(doc)
    n = len(doc)
    opens = where_lower(doc, _OPEN_BRACKET)  # the doc's word index, not two scans of it
    # the tokens with a bracket one to five tokens after them
    starts = sorted({k - d for k in opens for d in range(1, 6) if 0 <= k - d < n - 4})
    by_initial = lex.holdings_by_initial
    firsts = lex.holding_firsts
    for j in starts:
        if lowers[j] not in firsts:
            continue
        for words, category in by_initial.get(lowers[j][:1], ()):
            end = match_object(lowers, j, words)
            short = _without_card(words)
            if end is None and short is not None:
                end = match_object(lowers, j, short)
            if end is None or _past_abbreviation(lowers, end) == end:
                continue
            k = _past_abbreviation(lowers, end)
            if k < n and lowers[k] in HOLDER_NOUNS:
                yield Mention(j, k + 1, frozenset({category}), "term")
                break


def held_object(doc: Doc, lex: Lexicon, lowers: list[str], j: int, expired: bool = False):
    """(end, category) of a holder term's object at ``j`` after fillers ("valid", "the",
    "UNHCR-issued"), or None; also None for expired cards ("refugees with expired PoR
    cards" no longer hold the group's papers) unless ``expired`` allows them."""
    n = len(doc)
    steps, lapsed = 0, False
    while j < n and steps < 5 and (_object_filler(doc, lowers, j) or lowers[j] in EXPIRED):
        lapsed = lapsed or lowers[j] in EXPIRED
        j += 1
        steps += 1
    if (lapsed and not expired) or j >= n:
        return None
    if lowers[j] not in lex.holding_firsts:
        return _abbreviated_card(doc, lex, lowers, j) or _card_of_country(doc, lex, lowers, j)
    for words, category in lex.holdings_by_initial.get(lowers[j][:1], ()):
        end = match_object(lowers, j, words)
        short = _without_card(words)
        if end is None and short is not None:
            end = match_object(lowers, j, short)
        if end is not None and not any(doc_ents(doc)[j:end]):
            return _past_abbreviation(lowers, end), category
    return None


def _abbreviated_card(doc: Doc, lex: Lexicon, lowers: list[str], j: int):
    """ "Afghanistan Citizen Card (ACC)": a card's name the ledger does not spell, followed
    by the bracketed abbreviation of one it knows; (end, category) or None."""
    k, n = j, len(doc)
    words = doc_texts(doc)  # ``Token.is_title`` from the text: no Token built
    while k < n and k < j + 4 and words[k].istitle():
        k += 1
    if k == j or k + 2 >= n or lowers[k - 1] not in CARD_NOUNS or lowers[k] != "(":
        return None
    if lowers[k + 2] != ")" or lowers[k + 1] not in lex.holding_firsts:
        return None
    for words, category in lex.holdings_by_initial.get(lowers[k + 1][:1], ()):
        if words == (lowers[k + 1],) or words == (lowers[k + 1].rstrip("s"),):
            return _past_abbreviation(lowers, k), category
    return None


def _card_of_country(doc: Doc, lex: Lexicon, lowers: list[str], j: int):
    """ "citizen cards of Afghanistan": a card named with its country after "of", read as the
    card named with the country's people word before it ("Afghan citizen cards"), up to two
    words before the card noun; (end, category) or None."""
    n = len(lowers)
    for k in range(j + 1, min(n - 2, j + 3)):
        if lowers[k] in CARD_NOUNS and lowers[k + 1] == "of":
            if any(doc_ents(doc)[j:k]):
                return None
            for form in _COUNTRY_FORMS.get(lowers[k + 2], ()):
                if form not in lex.holding_firsts:
                    continue
                words = [form, *lowers[j : k + 1]]
                for held, category in lex.holdings_by_initial.get(form[:1], ()):
                    if match_object(words, 0, held) == len(words):
                        return k + 3, category
            return None
        if not doc[k].is_alpha:
            return None
    return None


def _card_of_near(lowers: list[str], j: int) -> bool:
    """Is a card noun followed by "of" one or two words after ``j`` (after one filler)?"""
    return any(
        lowers[k] in CARD_NOUNS and lowers[k + 1] == "of"
        for k in range(j + 1, min(len(lowers) - 1, j + 4))
    )


_COUNTRY_FORMS = {
    name.lower(): tuple(f.lower() for f in forms[1:] if " " not in f)
    for name, forms in COUNTRIES.items()
    if " " not in name
}
"""A one-word country's name → its other one-word forms ("afghanistan" → "afghan")."""


def _past_abbreviation(lowers: list[str], end: int) -> int:
    """Past "(PoR) cards" after a document's long name."""
    if end + 2 < len(lowers) and lowers[end] == "(" and lowers[end + 2] == ")":
        k = end + 3
        return k + 1 if k < len(lowers) and lowers[k] in CARD_NOUNS else k
    return end


def _means_after_stay(doc: Doc, lowers: list[str], j: int) -> int | None:
    """After a verb of staying, past a place ("in Pakistan", "in the country"), the token
    after a word of means ("on", "under"): "staying in Pakistan on Afghan Citizen Cards"."""
    n = len(doc)
    if j < n and lowers[j] in PLACE_ADVERBS:
        j += 1  # "living here on ACCs"
    elif j < n and lowers[j] in PLACE_PREPOSITIONS:
        k = j + 1
        if k < n and lowers[k] == "the":
            k += 1
        start = k
        words = doc_texts(doc)  # ``Token.is_alpha``, ``is_title`` from the text
        while (
            k < n
            and k < start + 3
            and words[k].isalpha()
            and (words[k].istitle() or lowers[k] in PLACE_NOUNS)
        ):
            k += 1  # fmt: skip
        if k == start:
            return None
        j = k
    if j < n and lowers[j] in STAY_MEANS:
        return j + 1
    return None


def _object_filler(doc: Doc, lowers: list[str], j: int) -> bool:
    lower = lowers[j]
    if lower in ("valid", "expired", "their", "a", "an", "the", "-", "‑", "issued", "new",
                 "smart", "its", "his", "her", "government", "state", "these", "those",
                 "such"):  # fmt: skip
        return True
    if j + 1 >= len(doc) or lowers[j + 1] not in ("-", "‑"):
        return False
    token = doc[j]
    return bool(token.is_alpha and (token.is_title or token.is_upper))


def match_object(lowers: list[str], j: int, words: tuple[str, ...]) -> int | None:
    """Match ``words`` at ``j``; the last word may be plural ("cards", "ACCs"), and one word
    may name the card's kind before "card" ("POR residence cards")."""
    if j + len(words) > len(lowers) or (words and lowers[j][:1] != words[0][:1]):
        return None
    extra = 0
    for k, word in enumerate(words):
        lower = lowers[j + k + extra]
        last = k == len(words) - 1
        if (
            last and k and word == "card" and lower.isalpha() and lower not in CARD_NOUNS
            and j + k + 1 < len(lowers) and lowers[j + k + 1] in CARD_NOUNS
        ):  # fmt: skip
            extra, lower = 1, lowers[j + k + 1]
        if lower != word and not (last and lower in (word + "s", word + "es")):
            return None
    end = j + len(words) + extra
    if end < len(lowers) and words[-1] != "card" and lowers[end] in CARD_NOUNS:
        end += 1
    return end


def _without_card(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """ "proof of registration": a document's long name said without "card"."""
    return words[:-1] if len(words) > 3 and words[-1] == "card" else None
