"""Reading group phrases: mentions of the ledger's groups.

A *mention* is a noun phrase (or predicate adjective) naming one of the ledger's groups:
a term, a modifier + head ("undocumented Afghan refugees"), a holder of documents ("Afghans
holding PoR cards"), a bare head ("Afghan refugees"). What a sentence says a group is ("ACC
holders, who are registered refugees", "... without documents") is read in
:mod:`narrlint.claims.groups_predicates`; clauses and phases in
:mod:`narrlint.claims.groups_clauses`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import compress

from spacy.tokens import Doc, Span, Token

from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_offices import in_office_name
from narrlint.claims.groups_words import (
    AUXILIARY_FILLERS,
    COLLECTIVE_AFTER_SINGULAR,
    EXPIRED,
    GIVEN_PARTICIPLES,
    HOLDER_NOUNS,
    HOLDING_VERBS,
    NEGATION_PREFIXES,
    ORIGIN_ADJECTIVES,
    PLACE_ADVERBS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    POSSESSION_NOUNS,
    QUOTES,
    RECEIVING_VERBS,
    SCALE_WORDS,
    STATUS_NOUNS,
    STAY_MEANS,
    STAY_PARTICIPLES,
)
from narrlint.nlp.pipeline import CATEGORY
from narrlint.nlp.tokens import entities as doc_entities
from narrlint.nlp.tokens import ents as doc_ents
from narrlint.nlp.tokens import lemma_lowers, where_lower
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import texts as doc_texts
from narrlint.nlp.vocabulary import RELATIVES

CATEGORY_ATTRIBUTES = ("refugee_status", "documented")
"""The category attributes a predicate may speak about (docs/ledger-schema.md)."""

# ---------------------------------------------------------------------------------------------
# Group mentions


@dataclass(frozen=True, slots=True)
class Mention:
    """A noun phrase (or predicate adjective) that names one of the ledger's groups.

    ``kind``: ``term`` (a ledger term), ``np`` (modifier + head/noun), ``modified_term``
    (modifier + a term of another group), ``head`` (a bare head noun: "Afghan refugees"),
    ``holding`` ("Afghans holding PoR cards"), ``adjective`` (a modifier with no noun:
    "were undocumented"), ``lacking`` ("people with no papers", read by the phase reader
    only: :mod:`narrlint.claims.groups_lacking`).
    """

    start: int
    end: int
    categories: frozenset[str]
    kind: str
    modifier: tuple[int, int] | None = None
    modifier_categories: frozenset[str] = frozenset()
    head: tuple[int, int] | None = None
    head_categories: frozenset[str] = frozenset()

    @property
    def fused(self) -> bool:
        """Modifier and head come from different groups (whether the two contradict each
        other is for the rules to say)."""
        return (
            self.kind in ("np", "modified_term")
            and bool(self.head_categories)
            and not (self.modifier_categories & self.head_categories)
        )


@dataclass
class Analysis:
    """The mentions, modifiers, plan names and figures of one doc, before they become claims."""

    mentions: list[Mention]
    by_start: dict[int, Mention]
    subject_spans: list[tuple[int, int]]
    modifiers: dict[int, tuple[int, frozenset[str]]]
    figures: list = field(default_factory=list)
    """The numbers given for groups (:class:`~narrlint.claims.groups_figures.FigureUse`)."""
    starts: list[int] = field(default_factory=list)
    covering: dict[int, list[tuple[int, int]]] | None = None
    """Token → the subject spans over it (built on first use)."""
    given: dict[int, tuple[int, str]] = field(default_factory=dict)
    """Where people given a group's documents are named (their mention's or number's first
    token) → (the documents' first token, their group): :mod:`.groups_recipients`."""

    def inside_subject(self, mention: Mention) -> bool:
        """Part of a longer name of an event ("Illegal Foreigners' Repatriation Plan"): the
        group words name the plan, not its target."""
        if self.covering is None:
            self.covering = {}
            for s, e in self.subject_spans:
                for i in range(s, e):
                    self.covering.setdefault(i, []).append((s, e))
        size = mention.end - mention.start
        return any(
            s <= mention.start and mention.end <= e and e - s > size
            for s, e in self.covering.get(mention.start, ())
        )

    def within(self, start: int, end: int) -> list[Mention]:
        """Mentions that lie in tokens ``[start, end)`` (found by bisection: a long draft
        has many clauses and many mentions)."""
        if not self.starts:
            self.starts = [m.start for m in self.mentions]
        first = bisect_left(self.starts, start)
        last = bisect_left(self.starts, end)
        return [m for m in self.mentions[first:last] if m.end <= end]


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
    if found and "non" in doc_lowers(doc):
        found = _non_prefixed(doc, lex, found)
    return {k: (e, frozenset(c)) for k, (e, c) in found.items()}


def _non_prefixed(doc: Doc, lex: Lexicon, found: dict) -> dict:
    """ "non-registered", "non registered": the modifier after "non" is negated, so it
    names the group of its negated form ("unregistered": the undocumented), from the
    "non"; with no such form it names no group."""
    lowers = doc_lowers(doc)
    out: dict = {}
    for start, (end, categories) in found.items():
        first = _non_start(lowers, start)
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
    head of its own; "non-registered Afghans", a noun of none)."""
    lowers = doc_lowers(doc)
    found: list[Mention] = []
    for start in list(entities):
        first = _non_start(lowers, start)
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


def _non_start(lowers: list[str], start: int) -> int | None:
    """Where "non" opens before ``start`` ("non-registered", "non registered"), if it does."""
    first = start - 2 if start >= 2 and lowers[start - 1] in ("-", "‑") else start - 1
    return first if first >= 0 and lowers[first] == "non" else None


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
    negated = _non_prefixed_terms(doc, lex, entities) if "non" in doc_lowers(doc) else []
    for mention in (*negated, *_holding_mentions(doc, lex), *_bracketed_terms(doc, lex)):
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
    for i in list(compress(range(len(lowers)), map(heads.__contains__, lowers))):
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


REMOVAL_REACH = 6
"""How far before a joined pair of groups a word of removal ("deport", "expulsion") makes
them its object."""


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
    lemmas = None
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
            lemmas = lemmas if lemmas is not None else lemma_lowers(doc)
            before = range(max(0, first.start - REMOVAL_REACH), first.start)
            if not any(lemmas[k] in lex.flow_actions for k in before):
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
            if doc[j - 1].lower_ in ("and", "or", ",", "/"):
                joined.append(j)
            j = modifiers[j][0]
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
            j += 1
            continue
        if lower in ("and", "or", ",", "/") and j + 1 in modifiers:
            j += 1
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


def _holding_mentions(doc: Doc, lex: Lexicon) -> Iterator[Mention]:
    """ "Afghans holding PoR cards", "those with UNHCR-issued PoR cards", "living in Pakistan
    on Afghan Citizen Cards": the object of a holder term ("por card holders") after a verb
    of holding, or after a verb of staying and a word of means ("on", "under"); objects
    joined by "and" ("with PoR cards and ACCs") are held together."""
    n = len(doc)
    lowers = doc_lowers(doc)
    # what is held opens with one of the lexicon's holding words, a few fillers (and one
    # unknown card: "POO and ACC cards") after the opener: most openers have none near
    firsts = where_lower(doc, lex.holding_firsts)
    if not firsts:
        return
    # only the words that can open a holding are looked at (one set test per token)
    for i in list(compress(range(len(lowers)), map(_HOLDING_OPENERS.__contains__, lowers))):
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
        if near == len(firsts) or firsts[near] > j + _HELD_REACH:
            continue
        end, found = i, set()
        while True:
            held = _held_object(doc, lex, lowers, j) or _shared_card(doc, lex, lowers, j)
            if held is None:
                break
            end, category = held
            found.add(category)
            if end + 1 < n and lowers[end] in ("and", "or", "&", "/"):
                j = end + 1  # "with valid proof of registration and Afghan Citizen Card"
                continue
            break
        if found:
            # "in possession of": the mention opens at its preposition, right after its group
            first = i - 1 if lower in POSSESSION_NOUNS and i > 0 and lowers[i - 1] == "in" else i
            yield Mention(first, end, frozenset(found), "holding")


_HELD_REACH = 7
"""How far after where a held object may begin its first word can stand: five fillers
(:func:`_held_object`), or an unknown card and its joiner before them (:func:`_shared_card`)."""
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
    held = _held_object(doc, lex, lowers, j + 2)
    if held is None or lowers[held[0] - 1] not in ("card", "cards"):
        return None
    return held


def _given_people(lex: Lexicon, lowers: list[str], i: int) -> bool:
    """Is the participle at ``i`` said of people, after their noun or a relative pronoun and
    auxiliaries ("refugees granted ACCs", "refugees were issued ACCs", "those who had been
    given ACCs")?"""
    k = i - 1
    while k >= 0 and k >= i - 3 and lowers[k] in AUXILIARY_FILLERS:
        k -= 1
    if k < 0:
        return False
    return _people_word(lex, lowers[k]) or (k < i - 1 and lowers[k] in RELATIVES)


def _people_word(lex: Lexicon, lower: str) -> bool:
    """A noun for people: a group's head, a generic people noun, "those"."""
    return lower in lex.heads or lower in lex.people or lower == "those"


def _bracketed_terms(doc: Doc, lex: Lexicon) -> Iterator[Mention]:
    """ "Afghan Citizen Card (ACC) holders", "Proof of Registration (POR) card holders": a
    holder term with the document's abbreviation in brackets inside it."""
    lowers = doc_lowers(doc)
    n = len(doc)
    opens = list(compress(range(n), map("(".__eq__, lowers))) if "(" in lowers else []
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


def _held_object(doc: Doc, lex: Lexicon, lowers: list[str], j: int, expired: bool = False):
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
        return _abbreviated_card(doc, lex, lowers, j)
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
    while k < n and k < j + 4 and doc[k].is_title:
        k += 1
    if k == j or k + 2 >= n or lowers[k - 1] not in ("card", "cards") or lowers[k] != "(":
        return None
    if lowers[k + 2] != ")" or lowers[k + 1] not in lex.holding_firsts:
        return None
    for words, category in lex.holdings_by_initial.get(lowers[k + 1][:1], ()):
        if words == (lowers[k + 1],) or words == (lowers[k + 1].rstrip("s"),):
            return _past_abbreviation(lowers, k), category
    return None


def _past_abbreviation(lowers: list[str], end: int) -> int:
    """Past "(PoR) cards" after a document's long name."""
    if end + 2 < len(lowers) and lowers[end] == "(" and lowers[end + 2] == ")":
        k = end + 3
        return k + 1 if k < len(lowers) and lowers[k] in ("card", "cards") else k
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
        while (
            k < n
            and k < start + 3
            and doc[k].is_alpha
            and (doc[k].is_title or lowers[k] in PLACE_NOUNS)
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
            last and k and word == "card" and lower.isalpha() and lower not in ("card", "cards")
            and j + k + 1 < len(lowers) and lowers[j + k + 1] in ("card", "cards")
        ):  # fmt: skip
            extra, lower = 1, lowers[j + k + 1]
        if lower != word and not (last and lower in (word + "s", word + "es")):
            return None
    end = j + len(words) + extra
    if end < len(lowers) and words[-1] != "card" and lowers[end] in ("card", "cards"):
        end += 1
    return end


def _without_card(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """ "proof of registration": a document's long name said without "card"."""
    return words[:-1] if len(words) > 3 and words[-1] == "card" else None


# ---------------------------------------------------------------------------------------------
# Quoted phrases


def quoted_mention(doc: Doc, mention: Mention) -> bool:
    """A phrase in quotation marks of its own is named, not used ('the term "illegal
    refugees"')."""
    words = doc_texts(doc)
    before = words[mention.start - 1] if mention.start > 0 else ""
    after = words[mention.end] if mention.end < len(doc) else ""
    return before in QUOTES and after in QUOTES


def is_documented(lex: Lexicon, category_id: str) -> bool | None:
    category = lex.categories.get(category_id)
    return category.documented if category else None
