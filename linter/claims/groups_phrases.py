"""Reading group phrases: mentions of the ledger's groups.

A *mention* is a noun phrase (or predicate adjective) naming one of the ledger's groups:
a term, a modifier + head ("undocumented Afghan refugees"), a holder of documents ("Afghans
holding PoR cards"), a bare head ("Afghan refugees"). The mention and the doc's analysis are
data (:mod:`narrlint.claims.groups_model`); holders and the documents they hold are read in
:mod:`narrlint.claims.groups_holdings`. What a sentence says a group is ("ACC holders, who
are registered refugees", "... without documents") is read in
:mod:`narrlint.claims.groups_predicates`; clauses and phases in
:mod:`narrlint.claims.groups_clauses`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from narrlint.claims.groups_holdings import bracketed_terms, holding_mentions
from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_model import Mention
from narrlint.claims.groups_offices import in_office_name
from narrlint.claims.groups_removals import removal_before
from narrlint.claims.groups_reported import CLASSING_VIEWS
from narrlint.claims.groups_words import (
    COLLECTIVE_AFTER_SINGULAR,
    COPULAS,
    ERROR_FRAMES,
    NEGATION_PREFIXES,
    ORIGIN_ADJECTIVES,
    PLURAL_APOSTROPHE_AFTER,
    QUOTES,
    SCALE_WORDS,
    STATUS_NOUNS,
    STAY_PARTICIPLES,
)
from narrlint.nlp.pipeline_data import CATEGORY
from narrlint.nlp.tokens import entities as doc_entities
from narrlint.nlp.tokens import ents as doc_ents
from narrlint.nlp.tokens import lemma_lowers, where_lower
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import texts as doc_texts
from narrlint.nlp.vocabulary import HYPHENS, POSSESSIVE_CLITICS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

CATEGORY_ATTRIBUTES = ("refugee_status", "documented")
"""The category attributes a predicate may speak about (docs/ledger-schema.md)."""

# ---------------------------------------------------------------------------------------------
# Group mentions


def mentions_of(doc: Doc, lex: Lexicon) -> tuple[dict, list[Mention]]:
    """The ledger modifiers of ``doc`` (start → (end, categories)) and its group mentions."""
    modifiers = _modifier_starts(doc, lex)
    mentions = _mentions(doc, lex, modifiers)
    return modifiers, [m for m in mentions if not in_office_name(doc, m.start, m.end)]


def _modifier_starts(doc: Doc, lex: Lexicon) -> dict[int, tuple[int, frozenset[str]]]:
    """Start token → (end, categories) of the longest ledger modifier there, outside terms."""
    found: dict[int, tuple[int, set[str]]] = {}
    strings = doc.vocab.strings
    types = doc_ents(doc)
    for match_id, start, end in lex.modifier_matcher(doc):
        if types[start] == CATEGORY:
            continue
        best = found.get(start)
        if best is None or end > best[0]:
            found[start] = (end, {strings[match_id]})
        elif end == best[0]:
            best[1].add(strings[match_id])
    if found and _has_prefix(doc):
        found = _non_prefixed(doc, lex, found)
    return {k: (e, frozenset(c)) for k, (e, c) in found.items()}


def _non_prefixed(doc: Doc, lex: Lexicon, found: dict) -> dict:
    """ "non-registered", "non registered", "un-registered": the modifier after "non" (or a
    hyphened "un") is negated, so it names the group of its negated form ("unregistered":
    the undocumented), from the prefix; with no such form it names no group."""
    lowers = doc_lowers(doc)
    out: dict = {}
    for start, (end, categories) in found.items():
        first = _non_start(doc, start)
        if first is None:
            out[start] = (end, categories)
            continue
        group = _negated(lex, lowers[start]) if end - start == 1 else None
        if group is not None:
            out[first] = (end, {group})
    return out


def _non_prefixed_terms(doc: Doc, lex: Lexicon, entities: dict) -> list[Mention]:
    """ "non-registered Afghan refugees": a term opened by its group's modifier after "non"
    is that modifier negated on the rest of the term ("non-registered" + "refugees", a
    head of its own; "non-registered Afghans", a noun of none; "un-registered refugees")."""
    lowers = doc_lowers(doc)
    found: list[Mention] = []
    for start in list(entities):
        first = _non_start(doc, start)
        group = _negated(lex, lowers[start]) if first is not None else None
        if first is None or group is None:
            continue
        end = entities.pop(start).end
        said = frozenset({group})
        heads = lex.heads.get(lowers[end - 1], frozenset())
        head = (end - 1, end) if heads else None
        found.append(Mention(first, end, said | heads, "np", (first, start + 1), said, head,
                             heads))  # fmt: skip
    return found


HYPHENED_PREFIXES = frozenset({"un", "Un"})
"""A negation prefix the page split from its word by a hyphen ("un-registered refugees"):
written in lower case (or opening a sentence), never the capitals of "UN-registered", the
United Nations' registration."""


def _has_prefix(doc: Doc) -> bool:
    """Does the doc hold a word that may negate the modifier after it ("non", "un")?"""
    return bool(where_lower(doc, _PREFIX_WORDS))


_PREFIX_WORDS = frozenset({"non", "un"})
"""The words :func:`_has_prefix` looks for (the doc's word index: two list scans cost more)."""


def _non_start(doc: Doc, start: int) -> int | None:
    """Where "non" opens before ``start`` ("non-registered", "non registered"), or a "un"
    joined to it by a hyphen ("un-registered"), if one does."""
    lowers = doc_lowers(doc)
    hyphened = start >= 2 and lowers[start - 1] in HYPHENS
    first = start - 2 if hyphened else start - 1
    if first < 0:
        return None
    if lowers[first] == "non":
        return first
    joined = hyphened and not doc[first].whitespace_ and not doc[start - 1].whitespace_
    return first if joined and doc_texts(doc)[first] in HYPHENED_PREFIXES else None


def _negated(lex: Lexicon, word: str) -> str | None:
    """The group whose modifier is ``word`` negated ("registered" → "unregistered")."""
    for prefix in NEGATION_PREFIXES:
        for category_id, group in lex.categories.items():
            if any(m.lower() == prefix + word for m in group.modifiers):
                return category_id
    return None


def _mentions(doc: Doc, lex: Lexicon, modifiers: dict) -> list[Mention]:
    mentions: list[Mention] = []
    taken: set[int] = set()
    entities = {e.start: e for e in doc_entities(doc) if e.label_ == CATEGORY and e.ent_id_}
    negated = _non_prefixed_terms(doc, lex, entities) if _has_prefix(doc) else []
    for mention in (*negated, *holding_mentions(doc, lex), *bracketed_terms(doc, lex)):
        if not taken.intersection(range(mention.start, mention.end)):
            mentions.append(mention)
            taken.update(range(mention.start, mention.end))
    for start in sorted(modifiers):
        if start in taken:
            continue
        mention = _modified(doc, start, modifiers, entities, lex)
        if mention is not None:
            mentions.append(mention)
            taken.update(range(mention.start, mention.end))
    for start, ent in entities.items():
        if start not in taken:
            mentions.append(Mention(ent.start, ent.end, frozenset({ent.ent_id_}), "term"))
            taken.update(range(ent.start, ent.end))
    heads = lex.heads
    lowers = doc_lowers(doc)
    for i in where_lower(doc, head_words(lex)):
        groups = heads[lowers[i]]
        if groups and i not in taken:
            end = _head_end(doc, i)
            if end is not None:
                start = _demonyms_before(doc, i, taken)
                mentions.append(Mention(start, end, groups, "head", head=(i, end),
                                        head_categories=groups))  # fmt: skip
                taken.update(range(start, end))
    mentions = [_with_origin(lex, lowers, m) for m in mentions]
    return _shared_modifiers(doc, lex, sorted(mentions, key=lambda m: m.start), lowers)


_HEAD_WORDS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def head_words(lex: Lexicon) -> frozenset[str]:
    """The words of :attr:`Lexicon.heads` as one set, once per lexicon (the one set object
    is the doc word index's cache key: the heads are found there, not by a scan of the doc)."""
    kept = _HEAD_WORDS.get(id(lex))
    if kept is None or kept[0] is not lex:
        kept = _HEAD_WORDS[id(lex)] = (lex, frozenset(lex.heads))
    return kept[1]


def _with_origin(lex: Lexicon, lowers: list[str], mention: Mention) -> Mention:
    """ "refugees from Afghanistan", "registered refugees from Afghanistan": the origin
    after a group's noun belongs to its phrase, as a demonym before it does."""
    end = mention.end
    if (
        mention.kind in ("term", "np", "head", "modified_term")
        and end + 1 < len(lowers)
        and lowers[end] == "from"
        and lowers[end + 1] in lex.countries
    ):
        return replace(mention, end=end + 2)
    return mention


def _shared_modifiers(
    doc: Doc, lex: Lexicon, mentions: list[Mention], lowers: list[str]
) -> list[Mention]:
    """ "undocumented migrants and refugees", "illegal immigrants and refugees": a modifier
    that denies documents, before the first of two joined group heads, is read on a bare
    second head too (a head with words of its own, "... and Afghan refugees", "... and
    registered refugees", keeps its own reading; "ACC holders and refugees", "undocumented
    Afghans and refugees" share nothing). Read only as the object of a removal ("plan to
    deport undocumented migrants and refugees"): a sentence that only describes who lives
    in the country ("home to illegal immigrants and refugees") may name two groups."""
    for index in range(len(mentions) - 1):
        first, second = mentions[index], mentions[index + 1]
        if first.kind == "term" and first.end - first.start == 2:
            # a two-word term opened by its group's modifier ("illegal immigrants")
            own = {m.lower() for c in first.categories for m in lex.categories[c].modifiers}
            if lowers[first.start] in own:
                first = Mention(first.start, first.end, first.categories, "np",
                                (first.start, first.start + 1), first.categories,
                                (first.start + 1, first.end), first.categories)  # fmt: skip
        if (
            first.kind == "np"
            and first.modifier is not None
            and first.head is not None
            and lowers[first.head[1] - 1] in lex.heads  # "migrants", not "Afghans"
            and all(is_documented(lex, c) is False for c in first.modifier_categories)
            and second.kind == "head"
            and second.head is not None
            and second.start == second.head[0]
            and second.start == first.end + 1
            and lowers[first.end] in ("and", "or")
            and not first.modifier_categories & second.head_categories
        ):
            if not removal_before(doc, lex, first.start):
                continue
            mentions[index + 1] = Mention(
                second.start,
                second.end,
                first.modifier_categories | second.head_categories,
                "np",
                first.modifier,
                first.modifier_categories,
                second.head,
                second.head_categories,
            )
    return mentions


MAX_MODIFIERS = 8
"""Ledger modifiers one phrase is read across ("documented and undocumented Afghan
refugees" has two): each modifier opens a walk over those after it, so an unbounded run
("undocumented " x 4,000) was read quadratically."""


ATTRIBUTIVE_STAYS = frozenset(
    {w for w in STAY_PARTICIPLES if w.endswith("ing")} | {"settled", "present", "resident"}
)
"""Participles and adjectives of staying that stand before a noun after an adverb
("illegally residing Afghans", "illegally settled Afghans", "illegally resident Afghans")."""


def _modified(
    doc: Doc, start: int, modifiers: dict, entities: dict[int, Span], lex: Lexicon
) -> Mention | None:
    """The noun phrase a ledger modifier opens: "undocumented Afghan refugees", "illegal
    immigrants", "undocumented PoR card holders"; or a predicate adjective ("were illegal")."""
    end, groups = modifiers[start]
    j, n, skipped, last_title = end, len(doc), 0, None
    joined: list[int] = []
    hops = 0
    adverb = doc[start].lower_.endswith("ly") and end - start == 1
    if adverb:
        if not (j + 1 < n and doc[j].lower_ in ATTRIBUTIVE_STAYS):
            return None  # an adverb ("living illegally"): read with the noun it follows
        j += 1  # "illegally residing/settled Afghan refugees": the adverb marks the phrase
        skipped += 1
    while j < n and skipped <= 4:
        token = doc[j]
        lower = token.lower_
        ent = entities.get(j)
        if ent is not None:
            return Mention(start, ent.end, frozenset({ent.ent_id_}) | groups, "modified_term",
                           (start, end), groups, (ent.start, ent.end),
                           frozenset({ent.ent_id_}))  # fmt: skip
        if token.ent_type_ == CATEGORY:
            return None
        heads = lex.heads.get(lower)
        if heads:
            head_end = _head_end(doc, j)
            if head_end is None or (head_end < n and doc[head_end].lower_ in STATUS_NOUNS):
                return None  # "refugee camps", "refugee status": not a group of people
            for other in joined if groups & heads else ():
                # "documented and undocumented refugees": each modifier is read on the head
                other_end, other_groups = modifiers[other]
                if not other_groups & heads:
                    return Mention(
                        other,
                        head_end,
                        other_groups | heads,
                        "np",
                        (other, other_end),
                        other_groups,
                        (j, head_end),
                        heads,
                    )
            return Mention(start, head_end, groups | heads, "np", (start, end), groups,
                           (j, head_end), heads)  # fmt: skip
        if j in modifiers:
            hops += 1
            if hops > MAX_MODIFIERS:
                break  # a run no phrase has ("undocumented undocumented …"): read no further
            if doc[j - 1].lower_ in ("and", "or", ",", "/") or _as_well_as(doc, j - 3):
                joined.append(j)
            j = modifiers[j][0]
            continue
        if (
            lower in ATTRIBUTIVE_STAYS
            and j + 1 < n
            and (doc[j + 1].is_title or doc[j + 1].lower_ in lex.heads)
        ):
            j += 1  # "illegal resident Afghan refugees": a word of staying before the noun
            skipped += 1
            continue
        if lower in lex.nouns:
            return Mention(start, j + 1, groups, "np", (start, end), groups)
        if lower in QUOTES or lower in ("-", "‑") or (token.is_alpha and token.is_title):
            if token.is_alpha:
                last_title = j
                skipped += 1
                if lower.endswith("s"):  # "illegal Afghans": a plural name ends the phrase
                    j += 1
                    break
                if _misspelt_plural(doc, j):  # "undocumented Afghan’s in Pakistan"
                    return Mention(start, j + 2, groups, "np", (start, end), groups)
            j += 1
            continue
        if lower in ("and", "or", ",", "/") and j + 1 in modifiers:
            j += 1
            continue
        if _as_well_as(doc, j) and j + 3 in modifiers:
            j += 3  # "illegal as well as legal Afghan refugees", as "illegal and legal ..."
            continue
        if lower == "(" and j + 2 < n and doc[j + 1].is_title and doc[j + 2].text == ")":
            j += 3  # "Undocumented (Afghan) Refugees": a bracketed name inside the phrase
            skipped += 1
            continue
        if (
            lower in ORIGIN_ADJECTIVES
            and j + 1 < n
            and (doc[j + 1].lower_ in lex.heads or doc[j + 1].lower_ in lex.nouns)
        ):
            j += 1  # "illegal foreign refugees", "illegal foreign nationals": an origin word
            skipped += 1
            continue
        break
    if last_title is not None and doc[last_title].lower_.endswith("s"):
        return Mention(start, last_title + 1, groups, "np", (start, end), groups)
    if adverb:
        return None  # "illegally living there": no phrase of its own
    return Mention(start, end, groups, "adjective", (start, end), groups)


def _misspelt_plural(doc: Doc, j: int) -> bool:
    """A name with a possessive's apostrophe ("Afghan’s") followed by nothing a possessive
    takes (a stop, a preposition, a verb: :data:`PLURAL_APOSTROPHE_AFTER`): a plural misspelt
    ("1.4 million undocumented Afghan’s in Pakistan"), not "undocumented Afghan’s family"."""
    n = len(doc)
    if j + 1 >= n or doc[j + 1].text not in POSSESSIVE_CLITICS:
        return False
    if j + 2 >= n:
        return True
    after = doc[j + 2]
    return after.is_punct or after.lower_ in PLURAL_APOSTROPHE_AFTER


def _as_well_as(doc: Doc, j: int) -> bool:
    """ "as well as" starts at token ``j``: a joiner of two modifiers, as "and" is."""
    return j >= 0 and j + 3 <= len(doc) and [t.lower_ for t in doc[j : j + 3]] == AS_WELL_AS


AS_WELL_AS = ["as", "well", "as"]


def _demonyms_before(doc: Doc, i: int, taken: set[int]) -> int:
    """Start of a bare head's phrase: capitalised words before it ("Afghan refugees")."""
    start = i
    while start - 1 >= 0 and start - 1 not in taken and start > i - 2:
        token = doc[start - 1]
        if (
            not (token.is_alpha and token.is_title and not token.ent_type_)
            or token.like_num
            or token.lower_ in SCALE_WORDS
            or token.is_stop
            or token.lower_ != token.lemma_.lower()  # "Deporting Afghan Refugees": a verb
        ):
            break  # "1.7 Million Afghan Refugees": a headline's number is no demonym, nor
            # a capitalised word of the sentence ("Among Afghan refugees", "The Afghan ...")
        start -= 1
    return start


def _head_end(doc: Doc, i: int) -> int | None:
    """End of a head noun's phrase, or None when a singular head qualifies another noun
    ("refugee camps": not people)."""
    token = doc[i]
    if token.lower_ != token.lemma_.lower() or token.lower_.endswith("s"):
        return i + 1  # plural: the head of its phrase
    if i + 1 >= len(doc):
        return i + 1
    nxt = doc[i + 1]
    if nxt.lower_ in COLLECTIVE_AFTER_SINGULAR:
        return i + 2
    if nxt.lower_ in HYPHENS and i + 2 < len(doc) and doc[i + 2].is_alpha and doc[i + 2].is_lower:
        return None  # "refugee-run businesses", "refugee-owned shops": a compound's first part
    if nxt.lower_ in STATUS_NOUNS:
        return i + 1  # "refugee status": the status a predicate may attribute
    if nxt.is_alpha and nxt.is_lower and not nxt.is_stop and not inflected_verb(nxt):
        return None
    return i + 1


def inflected_verb(token: Token) -> bool:
    """A past-tense verb after a noun ("refugee told", "refugee crossed"): inflected (its
    lemma differs) without a plural -s, or an adverb ("refugee recently ..."). A plural noun
    ("refugee camps") is not."""
    lower = token.lower_
    if lower.endswith("ly") or lower in STAY_PARTICIPLES:
        return True
    if lower.endswith("ing"):  # "refugee smuggling", "refugee housing": a compound noun
        return False
    return token.lemma_.lower() != lower and not lower.endswith("s")


# ---------------------------------------------------------------------------------------------
# Quoted phrases


def quoted_mention(doc: Doc, mention: Mention) -> bool:
    """A phrase named, not used: in quotation marks of its own ('the term "illegal
    refugees"'), after "so-called" (the writer keeps the name at arm's length), after a noun
    that names it as words ("the phrase illegal refugees"), or as what a naming the sentence
    calls wrong gives the people ("officials wrongly call them illegal refugees",
    "mistakenly described as undocumented refugees"), or denied as what the people are ("we
    are not illegal refugees", "he is not an undocumented refugee")."""
    words = doc_texts(doc)
    start = mention.start
    before = words[start - 1] if start > 0 else ""
    after = words[mention.end] if mention.end < len(doc) else ""
    if before in QUOTES and after in QUOTES:
        return True
    lowers = doc_lowers(doc)
    if start == 0:
        return False
    if before.lower() in NAMING_NOUNS or _so_called(lowers, start) or _denied(lowers, start):
        return True
    return _wrongly_named(doc, lowers, start) or _what_named(doc, lowers, start)


NAMING_NOUNS = frozenset({"term", "phrase", "label", "expression", "epithet", "moniker"})
"""Nouns right before a phrase that name it as words ("the label illegal refugees")."""
NAMING_LEMMAS = frozenset(CLASSING_VIEWS | {"describe", "refer", "dub", "portray", "treat"})
"""Verbs that give people a name ("call them", "refer to them as", "describe as")."""
NAMING_REACH = 5
"""How far before a phrase its naming verb may stand ("wrongly refer to them as | ...")."""


def _so_called(lowers: list[str], start: int) -> bool:
    """ "so-called" (one word, hyphened or not) right before ``start``."""
    if lowers[start - 1] == "so-called":
        return True
    if lowers[start - 1] != "called" or start < 2:
        return False
    if lowers[start - 2] == "so":
        return True
    return start >= 3 and lowers[start - 2] in HYPHENS and lowers[start - 3] == "so"


DENYING_COPULAS = frozenset({*COPULAS, "am", "'m", "’m"})
"""Forms of "be" whose negation right before a phrase denies that the people are it."""
DENIAL_NOTS = frozenset({"not", "n't", "n’t"})


def _denied(lowers: list[str], start: int) -> bool:
    """ "are not | illegal refugees", "is not an | ...": a copula and its "not" right before
    the phrase (with its article), not a cleft or an existential ("it is not illegal refugees
    alone who ...", "there are not ...")."""
    k = start - 1
    if lowers[k] in ("a", "an"):
        k -= 1
    if k < 1 or lowers[k] not in DENIAL_NOTS or lowers[k - 1] not in DENYING_COPULAS:
        return False
    return k < 2 or lowers[k - 2] not in ("it", "there")


def _wrongly_named(doc: Doc, lowers: list[str], start: int) -> bool:
    """A naming verb a few words before ``start``, in its clause, that a word of
    :data:`ERROR_FRAMES` right before it calls wrong."""
    lemmas = lemma_lowers(doc)
    for k in range(start - 1, max(-1, start - 1 - NAMING_REACH), -1):
        if lowers[k] in NAMING_BREAKS:
            return False
        if lemmas[k] in NAMING_LEMMAS:
            return not ERROR_FRAMES.isdisjoint(lowers[max(0, k - 3) : k])
    return False


NAMING_BREAKS = frozenset({",", ";", ":", ".", "(", ")", "—", "–", "and", "but", "while"})
"""Words that end the clause a naming verb governs."""


WHAT_NAMING_REACH = 5
"""How far before its naming verb the "what" of a free relative may stand ("what the
provincial authorities have long called | ...")."""


def _what_named(doc: Doc, lowers: list[str], start: int) -> bool:
    """ "what officials call illegal refugees", "what Islamabad terms undocumented refugees",
    "what the government describes as ...": a free relative hands the phrase to its subject
    as that subject's name for the people, keeping it at arm's length as "so-called" does.
    The naming verb stands right before the phrase (or before its "as"), its "what" a few
    words before it in the same clause; "Officials described the detainees as undocumented
    refugees" (no "what") is the naming used, and judged."""
    lemmas = lemma_lowers(doc)
    verb = start - 2 if start >= 2 and lowers[start - 1] == "as" else start - 1
    if verb < 1 or lemmas[verb] not in NAMING_LEMMAS:
        return False
    for k in range(verb - 1, max(-1, verb - 1 - WHAT_NAMING_REACH), -1):
        if lowers[k] in NAMING_BREAKS:
            return False
        if lowers[k] == "what":
            return k < verb - 1  # a subject between: "what officials call", not "what call"
    return False


def is_documented(lex: Lexicon, category_id: str) -> bool | None:
    category = lex.categories.get(category_id)
    return category.documented if category else None
