"""Whose office a title names (for :mod:`narrlint.claims.titles`): the country written before
it ("Afghan interim Prime Minister", "Pakistan's …") or in a complement after it ("Foreign
Minister of the Islamic Emirate of Afghanistan"), the place after a title several offices share
("Ambassador in Kabul"), and a body other than a country that owns it ("PML-N president")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from narrlint.claims.titles_frame import sentence_bounds
from narrlint.claims.titles_names import (
    BRIDGE,
    COMPLEMENT_OPENERS,
    LEVELS,
    MAX_COMPLEMENT,
    PAST_MARKERS,
    TEMPORARY,
    opens_sentence,
)
from narrlint.knowledge.ledger import Ledger
from narrlint.knowledge.title_lexicon import TitleLexicon
from narrlint.nlp.tokens import lowers, texts
from narrlint.nlp.vocabulary import POSSESSIVE_CLITICS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = [
    "abbreviation_before",
    "after_dateline",
    "countries",
    "country_complement",
    "foreign_owner",
    "of_country",
    "of_written_level",
    "past_place_of",
]


MAX_ABBREVIATION = 5
"""Tokens of an abbreviation in brackets ("(PML-N)", "( JUI - F )")."""


def abbreviation_before(doc: Doc, i: int) -> int | None:
    """Where the bracketed abbreviation closing at ``i`` (a ")") opens, or ``None``: the name
    before it is then the title's owner with its short form ("Pakistan Muslim League Nawaz
    (PML-N) spokesperson", "Jamiat Ulema-e-Islam (JUI-F) chief"), and the walk back from the
    title goes on over that name. Capitals, digits and hyphens only, outside the ledger's
    entities: "(CJCSC)" after a title is the title's own gloss, read apart. Not after a date
    or a dateline in capitals: "Islamabad, Jul 19 (PTI) …" credits a wire, which owns no
    title."""
    written = texts(doc)
    if written[i] != ")":
        return None
    for k in range(i - 1, max(i - MAX_ABBREVIATION - 2, -1), -1):
        if written[k] == "(":
            inside = written[k + 1 : i]
            if k == 0 or not inside or not any(w.isupper() for w in inside):
                return None
            if doc[k - 1].ent_type_ or any(doc[j].ent_type_ for j in range(k + 1, i)):
                return None
            if written[k - 1].isdigit() or opens_sentence(doc, k):
                return None  # "Islamabad, Jul 19 (PTI)", "ISLAMABAD (APP)": a wire's credit
            return k
        if not (written[k].isupper() or written[k] in ("-", "–") or written[k].isdigit()):
            return None
    return None


COMPLEMENT_GLUE = frozenset({"the", "of"})
"""Words inside a country's name in a complement ("of the Islamic Emirate of Afghanistan")."""


def country_complement(words: list[str], i: int, end: int, lexicon: TitleLexicon) -> int:
    """Where a complement naming a country that starts at ``i`` ends ("Prime Minister of
    Pakistan …", "Foreign Minister of the Islamic Emirate of Afghanistan …"), ``i`` itself
    when none does: an opener ("of", "for"), then only country words and their glue, the
    longest run before ``end`` (the name) that names a country."""
    if i >= end or words[i] not in COMPLEMENT_OPENERS:
        return i
    found = i
    for k in range(i + 2, min(i + MAX_COMPLEMENT + 2, end + 1)):
        inside = words[i + 1 : k]
        if not all(w in COMPLEMENT_GLUE or w in lexicon.country_words for w in inside):
            break
        if inside[-1] not in COMPLEMENT_GLUE and countries(inside, lexicon):
            found = k
    return found


def of_country(
    offices: tuple[str, ...], doc: Doc, reach: int, title: Span, lexicon: TitleLexicon
) -> tuple[str, ...]:
    """The offices a title names, narrowed to one country's when the title phrase names that
    country. A country written before the title is its owner ("Afghan interim Prime Minister",
    "Pakistan's …", "Taliban deputy PM"): offices of other countries are then not meant, even
    when the ledger spells no office of the owner so (none is left: the title is not judged).
    One in a complement after it ("Foreign Minister of the Islamic Emirate of Afghanistan")
    narrows where some office is of that country ("Special Envoy on Afghanistan" is about the
    country, not of it). All of them when the phrase names no country, or several."""
    words = lowers(doc)
    owner = countries(words[reach : title.start], lexicon)
    if len(owner) == 1 and all(o in lexicon.office_country for o in offices):
        (country,) = owner
        offices = tuple(o for o in offices if lexicon.office_country[o] == country)
        placed = by_place(offices, doc, title, lexicon)
        body = reach + 1  # "Pakistan Ministry of Foreign Affairs spokesperson": the country's body
        if body < title.start and words[body] in POSSESSIVE_CLITICS:
            body += 1
        if placed == offices and words[reach] in lexicon.country_terms and body < title.start:
            placed = by_owner(offices, doc, body, title.start, lexicon)
        return placed
    if len(offices) < 2 or owner:
        return by_place(offices, doc, title, lexicon)
    owned = _owner_after(offices, doc, title, lexicon)
    if owned is not None:
        return owned
    placed = by_owner(offices, doc, reach, title.start, lexicon)
    if placed == offices:
        placed = by_place(offices, doc, title, lexicon)
    if placed != offices:
        return placed
    if title.end >= len(doc) or words[title.end] not in COMPLEMENT_OPENERS:
        return offices
    end = min(title.end + MAX_COMPLEMENT + 1, sentence_bounds(doc, title.end - 1)[1])
    named = countries(words[title.end : end], lexicon)
    if len(named) != 1:
        return offices
    (country,) = named
    narrowed = tuple(o for o in offices if lexicon.office_country.get(o) == country)
    return narrowed or offices


def _owner_after(
    offices: tuple[str, ...], doc: Doc, title: Span, lexicon: TitleLexicon
) -> tuple[str, ...] | None:
    """The offices of a title whose owner is written after it, as "of" and one country
    ("the ambassador of Pakistan in Kabul", "Ambassador of Afghanistan to Pakistan"): that
    country's offices, narrowed by a place written after the owner; ``None`` when no such
    owner follows or the ledger has no office of it with the title. Read before the place
    after the title, which would take the owner's name for the post's place (the country
    an ambassador is sent to)."""
    words = lowers(doc)
    if title.end >= len(doc) or words[title.end] != "of":
        return None
    end = country_complement(words, title.end, sentence_bounds(doc, title.end - 1)[1], lexicon)
    named = countries(words[title.end + 1 : end], lexicon)
    if len(named) != 1 or not all(o in lexicon.office_country for o in offices):
        return None
    (country,) = named
    owned = tuple(o for o in offices if lexicon.office_country[o] == country)
    if not owned:
        return None
    return place_after(owned, doc, title, lexicon, start=end)[1]


PLACE_OPENERS = frozenset({"in", "to", "at", "of", "for"})
"""Words after a title that open the place of the post ("Ambassador in Kabul", "envoy to
Kabul", "Chief Minister of KP")."""
MAX_PLACE = 3
"""Words of a place written after a title ("Khyber Pakhtunkhwa")."""


def place_after(
    offices: tuple[str, ...],
    doc: Doc,
    title: Span,
    lexicon: TitleLexicon,
    start: int | None = None,
) -> tuple[int, tuple[str, ...]]:
    """Where a place written after a title several offices share ends ("Pakistan's Ambassador
    in Kabul", "Chief Minister KP Ali Amin Gandapur", "Chief Minister of Khyber Pakhtunkhwa"),
    and the offices whose own titles have every word of it, when some but not all have them:
    ``(title.end, offices)`` when no such place follows. ``start``: where the place may
    begin, when an owner stands between ("the ambassador of Pakistan in Kabul")."""
    if len(offices) < 2:
        return title.end, offices
    words, written = lowers(doc), texts(doc)
    i = title.end if start is None else start
    owned = False
    if i < len(doc) and words[i] in PLACE_OPENERS:
        i += 1
        if i < len(doc) and words[i] == "the":
            i += 1  # "Chief Minister of the North"
        if (
            i + 1 < len(doc)
            and words[i + 1] in POSSESSIVE_CLITICS
            and words[i] in lexicon.country_terms
        ):
            # "spokesperson for Pakistan's Ministry of Foreign Affairs": the owner, then the body
            country = lexicon.country_terms[words[i]]
            offices = tuple(o for o in offices if lexicon.office_country.get(o) == country)
            if not offices:
                return title.end, offices
            i += 2
            owned = True  # "for Pakistan's foreign ministry": the body after it in any case
    end = i
    named: list[str] = []
    while end < min(i + MAX_PLACE, len(doc)) and (owned or written[end][:1].isupper()):
        if not written[end].isalpha() or words[end] not in lexicon.office_words:
            break
        named.append(words[end])
        end += 1
    if not named:
        return title.end, offices
    narrowed = tuple(o for o in offices if all(o in lexicon.office_words[w] for w in named))
    if not narrowed or len(narrowed) == len(offices):
        return title.end, offices
    return end, narrowed


def place_after_name(
    offices: tuple[str, ...], doc: Doc, title: Span, name_end: int, lexicon: TitleLexicon
) -> tuple[str, ...]:
    """The offices a title shared by several of them names where "of" and the post's place
    follow the name after it ("Chief Minister X of Khyber Pakhtunkhwa", "Governor X of the
    North"); only "of": after "in", "to" or "for" the place is where the person goes or
    speaks ("Interior Minister X to Kabul")."""
    if len(offices) < 2 or name_end >= len(doc) or lowers(doc)[name_end] != "of":
        return offices
    return place_after(offices, doc, title, lexicon, start=name_end)[1]


def by_place(
    offices: tuple[str, ...], doc: Doc, title: Span, lexicon: TitleLexicon
) -> tuple[str, ...]:
    """The offices a title shared by several of them names where a place follows it
    (:func:`place_after`), right after it or set off by commas, as press releases write a
    post ("Inspector General of Police, Khyber Pakhtunkhwa, X"): then only where the place
    closes before a comma, a bracket or the sentence's end."""
    placed = place_after(offices, doc, title, lexicon)[1]
    written = texts(doc)
    if placed != offices or title.end + 1 >= len(doc) or written[title.end] != ",":
        return placed
    end, narrowed = place_after(offices, doc, title, lexicon, start=title.end + 1)
    last = sentence_bounds(doc, title.end)[1]
    if end >= last or written[end] in SET_OFF_CLOSERS:
        return narrowed
    return offices


SET_OFF_CLOSERS = frozenset({",", "(", ";", ".", ")"})
"""What closes a place set off after a title by a comma."""


def by_owner(
    offices: tuple[str, ...], doc: Doc, reach: int, start: int, lexicon: TitleLexicon
) -> tuple[str, ...]:
    """The offices a title shared by several of them names where a place that is no country
    owns it ("Khyber Pakhtunkhwa's Chief Minister", "Punjab's chief minister"): those whose
    own titles have every capitalised word of the owner, when some but not all have them. A
    level of government ("Provincial") names no place: every province's post is of it."""
    words, written = lowers(doc), texts(doc)
    named = [
        words[i]
        for i in range(reach, start)
        if written[i][:1].isupper()
        and written[i].isalpha()
        and words[i] not in LEVELS
        and words[i] not in BRIDGE
        and words[i] not in TEMPORARY
        and words[i] not in PAST_MARKERS
    ]
    if not named or any(w in lexicon.country_terms or w in lexicon.country_words for w in named):
        return offices
    narrowed = tuple(o for o in offices if all(o in lexicon.office_words.get(w, ()) for w in named))
    return narrowed or offices


def past_place_of(words: list[str], reach: int, start: int, lexicon: TitleLexicon) -> int:
    """Where the words walked back over from a title (``reach`` to ``start``) begin once a
    country or its capital written before "of" is left out: "the visit to Kabul of
    intelligence chief X", "a trip to Pakistan of Afghan Foreign Minister Y" name where the
    holder went, not whose post it is. A name of several words before "of" ("the Islamic
    Emirate of Afghanistan's …") is kept."""
    for k in range(start - 1, reach, -1):
        if words[k] == "of" and words[k - 1] in lexicon.country_terms:
            return k + 1
    return reach


def countries(words: list[str], lexicon: TitleLexicon) -> set[str]:
    """The countries ``words`` name (a word, or a term of several words)."""
    named = {lexicon.country_terms[w] for w in words if w in lexicon.country_terms}
    if lexicon.country_phrases and words:
        joined = f" {' '.join(words)} "
        named |= {c for phrase, c in lexicon.country_phrases if f" {phrase} " in joined}
    return named


BODY_NOUNS = frozenset(
    {
        "government", "govt", "administration", "ministry", "department", "party", "provincial",
        "police", "cabinet", "regime", "committee", "commission", "authority", "council",
        "assembly", "municipal", "district", "secretariat",
    }
)  # fmt: skip
"""Nouns of a body that, written just before a title (the title's qualifiers and owner
walked over), own it: "the Khyber Pakhtunkhwa government spokesperson", "the provincial
government's spokesman", "party spokesman". A ledger title with such a word in it ("Taliban
government spokesman") is one entity; a shorter title after one is that body's post."""


MAX_BODY_OWNER = 3
"""Words of a country's name before a body noun ("the Islamic Emirate government")."""


NATIONALITY_ENDINGS = ("ian", "an", "i", "ese", "ish")
"""Endings of a nationality adjective ("Bordurian", "Afghan", "Pakistani", "Chinese",
"Turkish"): such a word before a body noun makes it a country's own government, not a
province's ("Khyber Pakhtunkhwa government")."""


def _countrys(doc: Doc, body: int, lexicon: TitleLexicon) -> bool:
    """Whether the body noun at ``body`` is a country's own ("the Bordurian government's
    defence minister", "Taliban government spokesperson"): the capitalised words right before
    it name a country of the ledger, or the last is a nationality adjective."""
    written = texts(doc)
    first = body
    while first > max(body - MAX_BODY_OWNER, 0) and written[first - 1][:1].isupper():
        first -= 1
    if first == body:
        return False
    before = written[body - 1]
    return (before.isalpha() and before.lower().endswith(NATIONALITY_ENDINGS)) or bool(
        countries(lowers(doc)[first:body], lexicon)
    )


def foreign_owner(
    doc: Doc,
    reach: int,
    start: int,
    lexicon: TitleLexicon,
    offices: tuple[str, ...] = (),
    levelled: bool = False,
) -> bool:
    """Whether a name before the title that is neither a country nor a qualifier owns it
    ("PML-N president", "Senate Standing Committee chairman", "PCB chairman"), or a body noun
    (:data:`BODY_NOUNS`) right before its phrase: the title may then be that body's post, not
    the office of the ledger that shares its words. A word of the titles of ``offices`` (the
    offices the title names) is the post's own place, not another body ("Khyber Pakhtunkhwa's
    Chief Minister"), nor is a level of government that picked ``offices`` among those
    sharing the title (``levelled``: "Provincial Information Minister", :func:`by_level`)."""
    words = lowers(doc)
    if reach > 0 and words[reach - 1] in BODY_NOUNS and not _countrys(doc, reach - 1, lexicon):
        return True  # "the Khyber Pakhtunkhwa government spokesperson", "party spokesman"
    if reach >= start:
        return False  # no word walked over before the title: none to own it
    own = set(offices)
    covered: set[int] = set()
    for phrase, _ in lexicon.country_phrases:
        size = len(phrase.split())
        for i in range(reach, start - size + 1):
            if " ".join(words[i : i + size]) == phrase:
                covered.update(range(i, i + size))
    written = texts(doc)
    for i in range(reach, start):
        lower = words[i]
        if i in covered or lower in lexicon.country_terms or lower in BRIDGE:
            continue
        text = written[i]  # spaCy's is_alpha, is_upper and is_title are these str tests
        if lower in TEMPORARY or lower in PAST_MARKERS or not text.isalpha():
            continue
        if levelled and lower in LEVELS:
            continue
        if lower in BODY_NOUNS and not _countrys(doc, i, lexicon):
            return True  # "Party spokesperson …", "Provincial Government Spokesman …"
        if own and not own.isdisjoint(lexicon.office_words.get(lower, ())):
            continue
        if text.isupper() and not _dateline(doc, i, start):
            return True
        if text.istitle() and not doc[i].is_sent_start:
            return True  # not "Meanwhile Foreign Minister …": a sentence's first word
    return False


DATELINE_MARKS = frozenset({"-", "–", "—", ":"})
"""Punctuation that closes a dateline in capitals ("NEW YORK - ", "KABUL: ")."""


def _dateline(doc: Doc, i: int, start: int) -> bool:
    """Whether the word in capitals at ``i`` is part of a dateline (:func:`after_dateline`)
    before ``start`` (the title's phrase): "NEW YORK - Former Foreign Minister X": a place
    the story is filed from, no owner."""
    return after_dateline(doc, sentence_bounds(doc, i)[0], start) > i + 1


def after_dateline(doc: Doc, first: int, limit: int) -> int:
    """Where the words of a sentence starting at ``first`` begin after its dateline: words in
    capitals (and commas) up to a :data:`DATELINE_MARKS` before ``limit`` ("ISLAMABAD: …",
    "NEW YORK - …"), the place the story is filed from, not one the sentence tells of;
    ``first`` where there is none."""
    written = texts(doc)
    for k in range(first, limit):
        if written[k] in DATELINE_MARKS:
            return k + 1 if k > first else first
        if not (written[k].isalpha() and written[k].isupper()) and written[k] != ",":
            return first
    return first


def by_level(offices: tuple[str, ...], words: list[str], ledger: Ledger) -> tuple[str, ...]:
    """The offices a title shared by several levels of government names where the title
    phrase (``words``: the words its qualifier walk took) writes the level: those whose
    ledger name or titles have the level's word ("Federal Minister for Information and
    Broadcasting", "Minister for Information, Balochistan (provincial cabinet)"), when some but
    not all have it; all of them otherwise."""
    written = LEVELS.intersection(words)
    if len(offices) < 2 or len(written) != 1:
        return offices
    (level,) = written
    narrowed = tuple(o for o in offices if level in _office_words(ledger, o))
    return narrowed if narrowed and len(narrowed) < len(offices) else offices


def of_written_level(offices: tuple[str, ...], words: list[str], ledger: Ledger) -> bool:
    """Whether the title phrase (``words``) writes a level of government every one of
    ``offices`` has in its ledger name or titles ("Provincial Information Minister" where the
    draft's province already picked the provincial office): the level is the post's own, not
    a body that owns another post (:func:`foreign_owner`)."""
    written = LEVELS.intersection(words)
    return (
        bool(offices)
        and len(written) == 1
        and all(written <= _office_words(ledger, o) for o in offices)
    )


def _office_words(ledger: Ledger, office_id: str) -> frozenset[str]:
    """The words of an office's ledger name and titles, lower case."""
    office = ledger.offices.get(office_id)
    if office is None:
        return frozenset()
    text = " ".join((office.name, *office.titles)).lower()
    return frozenset(re.findall(r"[a-z]+", text))
