"""Which government a generic reference names ("the caretaker government", "Afghanistan's
interim government"), for :mod:`narrlint.claims.titles`.

Several governments of the ledger may share a term, and reporting uses a term the ledger gives
one government for another too (Afghan outlets call the Taliban's acting administration "the
caretaker government"). The ledger decides only where the words around the term name the
government's country: an owner or complement written with it ("Afghanistan's caretaker
government", "the interim government of Pakistan", "in Kabul") first, else the countries the
sentence names. Where they name another country than every government using the term, or
several, the reference is left unresolved (no rule judges it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.titles_frame import TimeFrame, sentence_bounds
from narrlint.claims.titles_model import GovernmentClaim, entity_id
from narrlint.claims.titles_names import PAST_MARKERS, TEMPORARY
from narrlint.claims.titles_owners import after_dateline, countries
from narrlint.claims.titles_tense import told_as_past
from narrlint.knowledge.ledger import Government
from narrlint.knowledge.title_lexicon import TitleLexicon
from narrlint.nlp.tokens import lowers, texts
from narrlint.nlp.vocabulary import PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["government_claim", "pick_government"]

OWNER_GLUE = frozenset({"the", "'s", "’s", "-"})
"""Words between a country written before a term and the term ("Afghanistan's caretaker
government", "the Afghan caretaker government")."""
MAX_OWNER = 4
"""Words walked back from a term (or on from it, in a complement) for its country."""
COMPLEMENT_OPENERS = frozenset({"of", "in", "for"})
"""Words after a term that open whose or where it is ("the interim government of Pakistan",
"the caretaker government in Kabul")."""
GROUP_NOUNS = PERSON_NOUNS | {
    "refugee", "refugees", "migrant", "migrants", "immigrant", "immigrants", "returnees",
    "deportees", "nationality", "origin",
}  # fmt: skip
"""Nouns a nationality word may describe: "Afghan refugees", "Afghan nationals" name a
people, not the government of their country."""


def government_claim(ent: Span, lexicon: TitleLexicon, frame: TimeFrame) -> GovernmentClaim:
    """The claim of the government term ``ent`` (a ``GOVERNMENT`` entity), read in the time
    ``frame`` of its sentence."""
    doc = ent.doc
    words = lowers(doc)
    term = entity_id(ent) or ent.text.lower()
    candidates = lexicon.governments.get(term, ())
    before = [
        PAST_MARKERS[w] for w in words[max(ent.start - 2, 0) : ent.start] if w in PAST_MARKERS
    ]
    inside = [w for w in words[ent.start : ent.end] if w in TEMPORARY]
    chosen = pick_government(candidates, ent, lexicon)
    return GovernmentClaim(
        span=ent,
        term=term,
        qualifiers=(*before, *inside),
        government=chosen.id if chosen is not None else None,
        candidates=tuple(g.id for g in candidates),
        frame=frame,
        past_clause=told_as_past(doc, ent.start, ent.end),
    )


def pick_government(
    candidates: tuple[Government, ...], ent: Span, lexicon: TitleLexicon
) -> Government | None:
    """The government of ``candidates`` the term ``ent`` names, or ``None`` where the words
    around it do not decide: the country of its owner or complement when one is written
    (none of the candidates when it is another country's), else the one candidate whose
    country the sentence names; a single candidate also when the sentence names no country of
    another government of the ledger."""
    if not candidates:
        return None
    owned = _owner_countries(ent, lexicon)
    if owned:
        marked = [g for g in candidates if g.country in owned]
        return marked[0] if len(marked) == 1 else None
    named = _sentence_countries(ent, lexicon)
    marked = [g for g in candidates if g.country in named]
    if len(candidates) > 1:
        return marked[0] if len(marked) == 1 else None
    (only,) = candidates
    others = named - {only.country}
    if others and not marked and others & _government_countries(lexicon):
        return None  # "the caretaker government delegation … of the Islamic Emirate"
    return only


def _government_countries(lexicon: TitleLexicon) -> frozenset[str]:
    """The countries of the ledger's governments."""
    return frozenset(g.country for found in lexicon.governments.values() for g in found)


def _owner_countries(ent: Span, lexicon: TitleLexicon) -> set[str]:
    """The countries written as the term's owner just before it ("Afghanistan's", "the Afghan",
    "Pakistan's") or in a complement just after it ("of Pakistan", "in Kabul", "of the Islamic
    Emirate of Afghanistan")."""
    doc = ent.doc
    words, written = lowers(doc), texts(doc)
    first, last = sentence_bounds(doc, ent.start)
    owner: list[str] = []
    i = ent.start - 1
    while i >= max(first, ent.start - MAX_OWNER):
        word = words[i]
        if word in OWNER_GLUE:
            i -= 1
            continue
        if not written[i][:1].isupper():
            break
        owner.insert(0, word)
        i -= 1
    found = countries(owner, lexicon) if owner else set()
    end = ent.end
    if end < last and words[end] in COMPLEMENT_OPENERS:
        after = [
            w
            for k, w in enumerate(words[end + 1 : min(end + 1 + MAX_OWNER, last)], end + 1)
            if written[k][:1].isupper() or w == "the"
        ]
        found |= countries(after, lexicon)
    return found


def _sentence_countries(ent: Span, lexicon: TitleLexicon) -> set[str]:
    """The countries ``ent``'s sentence names, leaving out a nationality word that describes a
    people ("Afghan refugees", "Afghan nationals"). A dateline ("ISLAMABAD: …", "KABUL – …")
    counts only where the sentence names no country after it: where the story is filed from
    hints at the government meant, but a country the sentence tells of comes first."""
    doc = ent.doc
    words = lowers(doc)
    first, last = sentence_bounds(doc, ent.start)
    body = after_dateline(doc, first, ent.start)
    named = countries(_people_left_out(words, body, last, lexicon), lexicon)
    if named or body == first:
        return named
    return countries(words[first:body], lexicon)


def _people_left_out(words: list[str], first: int, last: int, lexicon: TitleLexicon) -> list[str]:
    """The words from ``first`` to ``last`` without a nationality word before a noun of a
    people (:data:`GROUP_NOUNS`)."""
    return [
        w
        for k, w in enumerate(words[first:last], first)
        if not (k + 1 < last and words[k + 1] in GROUP_NOUNS and w in lexicon.country_terms)
    ]
