"""What a clause says about deadline events: the clues the date-claims reader matches with the
ledger's deadlines (target groups, subject terms, phases, actions), and who sets the deadline.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import compress
from operator import or_

from spacy.tokens import Doc, Span, Token

from narrlint.claims.dates_lead import dateline_length
from narrlint.claims.dates_lexicon import Lexicon, clause_phases
from narrlint.claims.dates_onward import destination_group, moving_on
from narrlint.claims.dates_words import (
    ADVERB_REACH,
    AUTHORITY_VERBS,
    AUXILIARY_VERBS,
    CLAUSE_SUBORDINATORS,
    COMPLIANCE_LEMMAS,
    CONTENT_HEADS,
    DEPARTURE_NEXT,
    DEPARTURE_PARTICLES,
    DETERMINERS,
    ENDING_LEMMAS,
    ENDING_TIME_WORDS,
    ENFORCEMENT_LEMMAS,
    EXPIRY_LEMMAS,
    HOLDER_WORDS,
    HYPHENS,
    MODIFIER_SYNONYMS,
    MONTH_LEAD_INS,
    NEWS_ABBREVIATIONS,
    NOUN_GROUP_REACH,
    PARTICIPLE_HEADS,
    POSSESSED_ORDER_WORDS,
    POSSESSED_REACH,
    PRONOUNS,
    REFERRING_PEOPLE,
    REMAINING_LEMMAS,
    STARTED_FORMS,
    STARTING_LEMMAS,
    TO_PREPOSITIONS,
    VALIDITY_WORDING,
    WINDOW_NOUNS,
)
from narrlint.claims.groups_words import QUOTES
from narrlint.nlp.pipeline import CATEGORY
from narrlint.nlp.quantities import month_of
from narrlint.nlp.tokens import entities as doc_entities
from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import texts as doc_texts
from narrlint.nlp.vocabulary import (
    AUTHORITY_NOUNS,
    HOLDING_WORDS,
    IDENTITY_PAPERS,
    LACKING_WORDS,
    PAPER_QUALIFIERS,
    WEEKDAYS,
)


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
    places: tuple[str, ...] = ()
    """Places the clause names, in order: where a ledger deadline applies ("the twin
    cities"), then countries of the ledger's governments ("leave Pakistan by …")."""
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
    groups = list(_categories(tokens, lowers, lexicon))
    bound = destination_group(lowers, lexicon)
    return Clues(
        categories=frozenset(g for g, _, _ in groups) | bound,
        subjects=frozenset(_subjects(tokens, lowers, lexicon, groups)),
        phases=frozenset(clause_phases(lowers)),
        actions=frozenset(_actions(tokens, lowers, lemma_list, lexicon)),
        foreign_purpose=_foreign_purpose(tokens, lowers, lexicon),
        other_authority=_other_authority(tokens, lowers, lemma_list, lexicon),
        validity=bool(lemmas & VALIDITY_WORDING),
        enforcement=_enforcement_words(lowers, lemma_list),
        referring=bool(set(lowers) & REFERRING_PEOPLE),
        staying=bool(lemmas & REMAINING_LEMMAS),
        places=_places(lowers, lexicon),
        onward=None
        if bound
        else moving_on(lowers, lemma_list, groups, lexicon, _triggers(lexicon).group_words),
    )


def _places(lowers: list[str], lexicon: Lexicon) -> tuple[str, ...]:
    """Places the clause names; not a dateline's city ("ISLAMABAD: …", "QUETTA (APP) - …"),
    where the report was filed, not where its order applies."""
    deadline_places, countries = [], []
    n = len(lowers)
    starts = lexicon.place_starts
    words = _triggers(lexicon).place_words
    dateline = dateline_length(lowers, words)
    for i in compress(range(n), map(words.__contains__, lowers)):  # found in C
        if i < dateline:
            continue  # "ISLAMABAD: …", "KABUL, AFGHANISTAN – …"
        if lowers[i] in starts:
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


def noun_groups(noun: Span, clause: Span, lexicon: Lexicon) -> frozenset[str]:
    """The groups named right after a deadline noun's "for" ("a March 31 deadline for Afghan
    refugees holding PoR cards to exit"), up to the infinitive of the order or a break: the
    people the deadline is for, whatever other groups the clause names ("In addition to
    undocumented Afghans, …")."""
    doc = clause.doc
    lowers = doc_lowers(doc)
    if noun.end >= clause.end or lowers[noun.end] != "for":
        return frozenset()
    end = noun.end + 1
    while end < min(clause.end, noun.end + 1 + NOUN_GROUP_REACH):
        if lowers[end] == "to" or (lowers[end] not in ("(", ")", "-") and doc[end].is_punct):
            break
        end += 1
    phrase = doc[noun.end + 1 : end]
    found = _categories(phrase, lowers[phrase.start : phrase.end], lexicon)
    return frozenset(group for group, _, _ in found)


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


def _categories(
    tokens: Span, lowers: list[str], lexicon: Lexicon
) -> Iterator[tuple[str, int, int]]:
    """Groups named in the clause, with their token range: ledger terms (entities), a ledger
    modifier on a head noun ("undocumented Afghan immigrants", "illegal Afghan nationals",
    "Afghans living illegally"), and people holding a group's document ("Afghans with PoR
    cards", "Afghans holding Afghan Citizen Cards")."""
    entities = _category_entities(tokens.doc)
    index = bisect_left(entities, (tokens.start,))
    for start, end, ident in entities[index:]:
        if start >= tokens.end:
            break
        if end <= tokens.end:
            yield ident, start, end
    starts = _triggers(lexicon).category_starts
    for k in compress(range(len(lowers)), map(starts.__contains__, lowers)):  # found in C
        i, lower = tokens.start + k, lowers[k]
        groups = _modifier_groups(lower, lexicon)
        if groups:
            yield from _modified_head(tokens, i, groups, lexicon)
            if (
                k
                and lowers[k - 1] in PARTICIPLE_HEADS
                and lower.endswith("ed")
                and len(groups) == 1
                and (k + 1 == len(lowers) or lowers[k + 1] not in ("for", "to"))
            ):  # "those registered earlier"; not a purpose: "those registered for vaccines"
                yield next(iter(groups)), i - 1, i + 1
        if lower in HOLDING_WORDS:
            yield from _document_holders(tokens, i, lexicon)
        if lower in HOLDER_WORDS:
            yield from _holders_of_document(tokens, i, lexicon)
            if k + 1 < len(lowers) and lowers[k + 1] == "of":  # "holders of Afghan Citizen Card"
                yield from _document_holders(tokens, i + 1, lexicon)
        if lower in LACKING_WORDS and lexicon.undocumented:
            yield from _without_documents(tokens, i, lexicon)
        if lower in lexicon.document_starts:
            yield from _document_deadline(tokens, i, lexicon)


def _category_entities(doc: Doc) -> list[tuple[int, int, str]]:
    """The doc's CATEGORY entities as (start, end, id), collected once per doc: ``Span.ents``
    walks every entity of the doc, which made long drafts quadratic."""
    key = "narrlint.deadlines.categories"
    if key not in doc.user_data:
        doc.user_data[key] = [
            (e.start, e.end, e.ent_id_)
            for e in doc_entities(doc)
            if e.label_ == CATEGORY and e.ent_id_
        ]
    return doc.user_data[key]


@dataclass(frozen=True, slots=True)
class _Triggers:
    """Per-lexicon word sets that let a clause be skipped with one set test."""

    group_words: frozenset[str]
    """Every word of the ledger's group names (modifiers, heads, fillers)."""
    category_starts: frozenset[str]
    """Every word at which :func:`_categories` may find a group: a modifier (with its
    synonyms and adverbs), a word of holding, holders or lacking, a document's first word."""
    place_words: frozenset[str]
    """Every word at which :func:`_places` may find a place: a place's first word, a country's
    word."""


_TRIGGERS: dict[int, tuple[Lexicon, _Triggers]] = {}
"""Per lexicon (by identity; the lexicon is kept so its id is not reused)."""


def _triggers(lexicon: Lexicon) -> _Triggers:
    cached = _TRIGGERS.get(id(lexicon))
    if cached is not None and cached[0] is lexicon:
        return cached[1]
    modifiers = lexicon.modifiers.keys()
    forms = {*modifiers, *MODIFIER_SYNONYMS, *(word + "ly" for word in modifiers)}
    starts = {w for w in forms if _modifier_groups(w, lexicon) is not None}
    starts |= HOLDING_WORDS | HOLDER_WORDS | lexicon.document_starts
    if lexicon.undocumented:
        starts |= LACKING_WORDS
    found = _Triggers(
        frozenset(modifiers | lexicon.heads.keys() | lexicon.fillers.keys()),
        frozenset(starts),
        lexicon.place_starts | frozenset(lexicon.countries),
    )
    if len(_TRIGGERS) > 8:  # a long-lived process that rebuilds its corpus
        _TRIGGERS.clear()
    _TRIGGERS[id(lexicon)] = (lexicon, found)
    return found


def _modifier_groups(lower: str, lexicon: Lexicon) -> frozenset[str] | None:
    """The groups a word names as a modifier: a ledger modifier, its synonym, or the adverb of
    one ("irregularly" for "irregular": "Afghans living in the country irregularly")."""
    groups = lexicon.modifiers.get(MODIFIER_SYNONYMS.get(lower, lower))
    if groups is None and lower.endswith("ly") and len(lower) > 4:
        groups = lexicon.modifiers.get(lower[:-2])
    return groups


def _modified_head(
    tokens: Span, i: int, groups: frozenset[str], lexicon: Lexicon
) -> Iterator[tuple[str, int, int]]:
    doc = tokens.doc
    lowers, written = doc_lowers(doc), doc_texts(doc)
    if lowers[i].endswith("ly"):  # an adverb follows its noun: "Afghans living illegally"
        # ... past an aside: "Afghans it says are living in the country illegally"
        for j in range(i - 1, max(tokens.start - 1, i - 1 - ADVERB_REACH), -1):
            lower, plural = _head_forms(lowers[j])  # "every migrant living irregularly"
            found = groups & (
                lexicon.heads.get(lower, frozenset()) | lexicon.heads.get(plural, set())
            )
            if not found and {lower, plural} & lexicon.people and len(groups) == 1:
                found = groups  # "people who are in the country illegally"
            if found:
                yield from ((g, j, i + 1) for g in found)
                return
            if doc[j].is_punct:
                return
        return
    j, skipped = i + 1, 0
    while j < tokens.end and skipped <= 2:
        if lowers[j] in QUOTES:
            j += 1  # a modifier in scare quotes: "“undocumented” Afghan migrants"
            continue
        lower, plural = _head_forms(lowers[j])  # "every illegal foreigner"
        found = groups & (lexicon.heads.get(lower, frozenset()) | lexicon.heads.get(plural, set()))
        if not found and {lower, plural} & lexicon.people and len(groups) == 1:
            found = groups
        if found:
            yield from ((g, i, j + 1) for g in found)
            return
        fillers = lexicon.fillers.get(lower, frozenset())
        if not (
            lower in HYPHENS
            or (written[j].istitle() and written[j].isalpha())  # spaCy's is_title, is_alpha
            or groups & fillers
            or lower in lexicon.modifiers
        ):
            return
        j += 1
        skipped += 1


def _head_forms(lower: str) -> tuple[str, str]:
    """A noun as written and in the plural the ledger's head nouns are given in."""
    return lower, lower if lower.endswith("s") else lower + "s"


def _without_documents(tokens: Span, i: int, lexicon: Lexicon) -> Iterator[tuple[str, int, int]]:
    """ "Afghans without (valid) documents", "Afghans who lack legal papers": the one group the
    ledger marks undocumented."""
    doc = tokens.doc
    j = i + 1
    while j < tokens.end and doc[j].lower_ in PAPER_QUALIFIERS and j - i <= 3:
        j += 1
    if j < tokens.end and doc[j].lower_ in IDENTITY_PAPERS:
        yield lexicon.undocumented, i, j + 1


def _document_deadline(tokens: Span, i: int, lexicon: Lexicon) -> Iterator[tuple[str, int, int]]:
    """ "the Proof of Registration (PoR) card grace period", "the ACC deadline": a window named
    by a group's document is its holders' window."""
    doc = tokens.doc
    words = _without_abbreviations(tokens, i, min(tokens.end, i + _reach(lexicon)))
    size, found = _document_words(words, doc, lexicon)
    if not found:
        return
    j = words[size - 1] + 1
    if j + 2 < tokens.end and doc[j].text == "(" and doc[j + 2].text == ")":
        j += 3  # "PoR card (PoR) …"
    if j < tokens.end and doc[j].lower_ in WINDOW_NOUNS:
        yield from ((g, i, j + 1) for g in found)


def _reach(lexicon: Lexicon) -> int:
    """Tokens a group's document may span as written: its words, the hyphens between them
    and a bracketed abbreviation ("proof-of-registration (PoR) card")."""
    return 2 * lexicon.max_document + 3


def _without_abbreviations(tokens: Span, start: int, end: int) -> list[int]:
    """The positions from ``start`` to ``end`` without the abbreviations set in brackets inside
    a name ("Proof of Registration (PoR) cards" → "Proof of Registration cards") and without
    the hyphens that join its words ("proof-of-registration cards", "citizen-card"); read on
    the per-doc words (no Token objects: "Afghan" starts a document and is in every clause)."""
    lowers = doc_lowers(tokens.doc)
    kept: list[int] = []
    k = start
    while k < end:
        if lowers[k] == "(" and k + 2 < tokens.end and lowers[k + 2] == ")":
            k += 3
            continue
        if lowers[k] in HYPHENS and kept and k + 1 < end and lowers[k + 1].isalpha():
            k += 1
            continue
        kept.append(k)
        k += 1
    return kept


def _document_words(words: list[int], doc: Doc, lexicon: Lexicon) -> tuple[int, frozenset[str]]:
    """The longest group document the words (positions) start with: (its length in words, the
    groups)."""
    all_lowers = doc_lowers(doc)
    lowers = [all_lowers[k] for k in words[: lexicon.max_document]]
    for size in range(len(lowers), 0, -1):
        singular = [*lowers[: size - 1], lowers[size - 1].removesuffix("s")]
        found = lexicon.documents.get(tuple(singular)) or lexicon.documents.get(
            tuple(lowers[:size])
        )
        if found:
            return size, found
    return 0, frozenset()


def _holders_of_document(tokens: Span, i: int, lexicon: Lexicon) -> Iterator[tuple[str, int, int]]:
    """ "Afghan Citizen Card (ACC) holders", "Afghan citizen-card holders": a group's document,
    its abbreviation in brackets or its words hyphenated, then "holders" (the ledger's terms
    spell the name without either)."""
    doc = tokens.doc
    start = max(tokens.start, i - _reach(lexicon))
    if not {")", *HYPHENS} & set(doc_lowers(doc)[start:i]):
        return  # written plainly, the name is one of the ledger's terms (an entity)
    words = _without_abbreviations(tokens, start, i)
    for first in range(len(words)):
        size, found = _document_words(words[first:], doc, lexicon)
        if found and first + size == len(words):
            yield from ((g, words[first], i + 1) for g in found)
            return


def _document_holders(tokens: Span, i: int, lexicon: Lexicon) -> Iterator[tuple[str, int, int]]:
    """ "with PoR cards", "holding Pakistan-issued Afghan citizenship cards", "holding Proof of
    Registration (PoR) cards"."""
    doc = tokens.doc
    j = i + 1
    while j < tokens.end and j - i <= 4:
        words = _without_abbreviations(tokens, j, min(tokens.end, j + _reach(lexicon)))
        size, found = _document_words(words, doc, lexicon)
        if found:
            yield from ((g, i, words[size - 1] + 1) for g in found)
            return
        token = doc[j]
        lower = token.lower_
        if not (
            lower in DETERMINERS
            or lower in ("-", "‑", "valid", "issued")
            or token.is_title
            or token.is_upper  # "UNHCR-issued", "NADRA"
            or _issuer(doc, j, tokens.end)  # "government-issued"
        ):
            return  # only "the", "valid", "Pakistan-issued" … may come before the document
        j += 1


def _issuer(doc: Doc, j: int, end: int) -> bool:
    """ "government-issued": the word before a hyphen and "issued" names who issued the
    document, whatever it is."""
    lowers = doc_lowers(doc)
    return j + 2 < end and lowers[j + 1] in HYPHENS and lowers[j + 2] == "issued"


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
                yield from ids


def _actions(tokens: Span, lowers: list[str], lemmas: list[str], lexicon: Lexicon) -> Iterator[str]:
    doc, actions = tokens.doc, lexicon.actions
    if DEPARTURE_PARTICLES.isdisjoint(lowers) and actions.keys().isdisjoint(lemmas):
        return
    all_lowers, all_lemmas = doc_lowers(doc), lemma_lowers(doc)
    # only a departure particle or a ledger action's lemma can be one (see action_of)
    may = map(or_, map(DEPARTURE_PARTICLES.__contains__, lowers), map(actions.__contains__, lemmas))
    for k in compress(range(len(lowers)), may):  # found in C
        action = _action_at(doc, tokens.start + k, all_lowers, all_lemmas, lexicon)
        if action:
            yield action


def action_of(token: Token, lexicon: Lexicon) -> str | None:
    """The ledger action a token expresses, if it is used as that action (a verb, or a noun
    derived from it), not as an unrelated noun ("tax returns")."""
    doc = token.doc
    return _action_at(doc, token.i, doc_lowers(doc), lemma_lowers(doc), lexicon)


def _action_at(
    doc: Doc, i: int, lowers: list[str], lemmas: list[str], lexicon: Lexicon
) -> str | None:
    """:func:`action_of` the token at ``i``, read on the doc's word lists (``lowers`` and
    ``lemmas``): a Token is built only for the few tests the lists cannot answer."""
    if _departure_particle_at(i, lowers, lexicon):
        return "leave"
    lemma = lemmas[i]
    action = lexicon.actions.get(lemma)
    if action is None:
        return None
    if lemma != action:
        return action  # a derived noun: "deportation", "expulsion"
    return action if _verb_like_at(doc, i, lowers, lemmas) else None


def departure_particle(token: Token, lexicon: Lexicon) -> bool:
    """ "out by November 30", "out of the country by …": leaving, as a particle."""
    return _departure_particle_at(token.i, doc_lowers(token.doc), lexicon)


def _departure_particle_at(i: int, lowers: list[str], lexicon: Lexicon) -> bool:
    if lowers[i] not in DEPARTURE_PARTICLES or lexicon.actions.get("leave") != "leave":
        return False
    return i + 1 < len(lowers) and lowers[i + 1] in DEPARTURE_NEXT


def verb_like(token: Token) -> bool:
    doc = token.doc
    return _verb_like_at(doc, token.i, doc_lowers(doc), lemma_lowers(doc))


def _verb_like_at(doc: Doc, i: int, lowers: list[str], lemmas: list[str]) -> bool:
    lower = lowers[i]
    before = lowers[i - 1] if i > 0 else ""
    if before in DETERMINERS or before.endswith(("'s", "’s")):
        return False
    if lower == lemmas[i] or not lower.endswith("s"):
        return True
    # "returns", "leaves": a verb after its subject, a noun after a modifier
    if i == 0:
        return False
    prev = doc[i - 1]
    return bool(prev.ent_type_) or before in PRONOUNS or before.endswith("ly") or prev.is_title


def _other_authority(
    tokens: Span, lowers: list[str], lemmas: list[str], lexicon: Lexicon
) -> str | None:
    """A proper name the ledger does not know, as the one who sets or owns the deadline:
    "Iran has set …", "Turkey gave …", "Germany's deadline …"."""
    if lexicon.common is None:
        return None
    doc = tokens.doc
    written = doc_texts(doc)
    known, common, start = lexicon.known, lexicon.common, tokens.start
    # a capitalised word only (spaCy's is_title is this test of the text), found in C
    titled = compress(range(start, tokens.end), map(str.istitle, written[start : tokens.end]))
    for i in titled:
        lower, lemma = lowers[i - start], lemmas[i - start]
        if lower in known or lower in common or lower in NEWS_ABBREVIATIONS or lower != lemma:
            continue  # a name the ledger knows, a common word ("Police", "Govt"), an inflection
        text = written[i]  # spaCy's is_alpha is this test of the text
        if not (text.isalpha() and len(text) >= 3):
            continue
        token = doc[i]
        if not (token.is_title and token.is_alpha and len(token) >= 3) or token.ent_type_:
            continue
        if lower in AUTHORITY_NOUNS or _plural_of_common(lower, lexicon.common):
            continue  # "Authorities set …": a capitalised plural of a common word
        if lower.endswith("ly") and lower[:-2] in common:
            continue  # "Originally set for …": an adverb of a common adjective opening a clause
        if token.is_stop:
            continue
        if month_of(token) or lower in WEEKDAYS:
            continue
        nxt = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if nxt in AUTHORITY_VERBS or nxt in AUTHORITY_NOUNS:
            return token.text  # "Iran has set", "Iranian authorities"
        if nxt in ("'s", "’s") and _owns_an_order(lowers, lemmas, i - start + 2):
            return token.text  # "Iran's deadline", not "Khyber Pakthunkhwa's border points"
        prev = doc[token.i - 1] if token.i > tokens.start else None
        if prev is not None and action_of(prev, lexicon) and verb_like(prev):
            return token.text  # "to leave Iran"
    return None


def _owns_an_order(lowers: list[str], lemmas: list[str], k: int) -> bool:
    """Whether the words after a possessive (from ``k``, clause-relative) name an order or its
    maker ("Iran's deadline", "Germany's new deportation rules", "Turkey's interior
    ministry"), not a thing of the place ("Punjab's border points", "Sindh's capital")."""
    for word, lemma in zip(
        lowers[k : k + POSSESSED_REACH], lemmas[k : k + POSSESSED_REACH], strict=True
    ):
        if word in POSSESSED_ORDER_WORDS or lemma in POSSESSED_ORDER_WORDS:
            return True
    return False


def _plural_of_common(lower: str, common: frozenset[str]) -> bool:
    if not lower.endswith("s"):
        return False
    singulars = {lower[:-1], lower[:-2] if lower.endswith("es") else ""}
    if lower.endswith("ies"):
        singulars.add(lower[:-3] + "y")
    return bool(singulars & common)


def foreign_purpose_in(tokens: Span, lexicon: Lexicon) -> bool:
    """:attr:`Clues.foreign_purpose` of any stretch of a clause (the phrase of one deadline)."""
    lowers = doc_lowers(tokens.doc)[tokens.start : tokens.end]
    return _foreign_purpose(tokens, lowers, lexicon)


def purpose_reaches(clause: Span, span: Span, lexicon: Lexicon) -> bool:
    """Whether another purpose of the clause is the date's: not when the date stands in a
    content clause of a decision or a saying that names none ("staged a sit-in to protest the
    decision mandating that any crossing … will require a passport and visa from <date>"); a
    relative clause ("a deadline for refugees to apply for visas that ends on …") does not
    shield it."""
    doc = clause.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    aside = False  # a comma between: "…, once extended, ends on <date>" is an aside
    for k in range(span.start - 1, clause.start, -1):
        if lowers[k] == "that" and lemmas[k - 1] in CONTENT_HEADS:
            content = doc[k + 1 : clause.end]
            return foreign_purpose_in(content, lexicon)
        aside = aside or lowers[k] == ","
        opens = lowers[k] in CLAUSE_SUBORDINATORS and lowers[k + 1] != "of"
        if opens and lowers[k - 1] == "," and not aside:
            # "a plan to extradite illegal immigrants, as the Nov. 20 deadline approaches":
            # the date's own clause says whose purpose it is
            return foreign_purpose_in(doc[k : clause.end], lexicon)
    return True


_TO_FOR = frozenset({"to", "for"})
"""The words that may open another purpose: an infinitive, or "for" and a gerund."""


def _ends_itself(verb: Token, after: Token | None) -> bool:
    """ "set to end on", "due to expire at midnight": an intransitive verb of ending or expiring
    (nothing ended follows it, only a time) tells the deadline's own end, not another purpose
    ("to close their shops" is one)."""
    if verb.lemma_.lower() not in ENDING_LEMMAS | EXPIRY_LEMMAS:
        return False
    return after is None or after.is_punct or after.lower_ in ENDING_TIME_WORDS


def _foreign_purpose(tokens: Span, lowers: list[str], lexicon: Lexicon) -> bool:
    """ "a deadline … to apply for resettlement", "the deadline for filing returns"."""
    doc = tokens.doc
    for i in compress(range(len(lowers) - 1), map(_TO_FOR.__contains__, lowers)):  # found in C
        word = lowers[i]
        lower = lowers[i + 1]
        if word == "for" and not lower.endswith("ing"):
            continue
        if word == "to" and i > 0 and lowers[i - 1] in TO_PREPOSITIONS:
            continue  # "according to government officials", "due to Eid": not an infinitive
        nxt = doc[tokens.start + i + 1]
        later = doc[tokens.start + i + 2] if i + 2 < len(lowers) else None
        if lower in MONTH_LEAD_INS and later is not None and month_of(later) is not None:
            continue  # "extended to early April": a time, not a purpose
        if word == "to" and lower.endswith("ly") and later is not None and later.is_alpha:
            nxt, lower = later, later.lower_  # "to strictly enforce": the verb after its adverb
            later = doc[tokens.start + i + 3] if i + 3 < len(lowers) else None
        if _ends_itself(nxt, later):
            continue  # "the deadline, which is set to conclude on …": its own end, no purpose
        if (
            nxt.is_alpha
            and nxt.is_lower
            and not nxt.is_stop
            and not nxt.ent_type_
            and month_of(nxt) is None
            and nxt.lemma_.lower() not in lexicon.actions
            and nxt.lemma_.lower() not in ENFORCEMENT_LEMMAS  # "scheduled to begin on …"
            and nxt.lemma_.lower() not in COMPLIANCE_LEMMAS  # "until November 1 to comply"
            and nxt.lemma_.lower() not in REMAINING_LEMMAS  # "allowed to stay for …"
            and nxt.lemma_.lower() not in ("let", "allow")  # "decided to let them stay …"
            and lower not in lexicon.modifiers
        ):
            return True
    return False
