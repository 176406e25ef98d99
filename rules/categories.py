"""Refugee categories: NL301 ``conflated-refugee-category`` and NL302 ``category-figure-mismatch``.

The ledger's ``categories`` name groups of people that must not be confused (in the seed ledger:
PoR card holders, who are registered refugees; ACC holders, who may stay but are not refugees;
undocumented Afghans). Each category brings its ``terms`` (CATEGORY entities of the pipeline),
the ``modifiers`` and ``heads`` that put a noun phrase into the group, the two attributes the
rules compare (``refugee_status``, ``documented``) and the deportation ``phase`` that targets it;
``figures`` tie numbers to categories.

NL301 finds phrases that fuse two groups:

* a modifier of one group on a head noun or term of another whose attributes it contradicts
  ("undocumented Afghan refugees", "ACC-holding refugees", "undocumented PoR card holders");
* a phase of the deportation plan paired with a group the ledger says another phase targets
  ("phase two ... PoR card holders");
* a predicate that gives a group a property the ledger denies it ("ACC holders, who are
  registered refugees", "registered refugees without documents").

NL302 finds a number given for one group that the ledger records for another ("880,000 PoR
card holders": 880,000 is the ACC figure), including the number a sentence puts "at risk" from
an order that targets another group.

Only language lives here (contrast markers, copulas, number hedges, words for documents); every
group word comes from the ledger, so the rules work on any ledger with the same schema.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import pairwise

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from narrlint.api import Rule, hookimpl
from narrlint.engine.draft import Draft
from narrlint.knowledge.corpus import Corpus, CorpusSentence, format_number
from narrlint.knowledge.ledger import Category, Conflation, Figure, Ledger
from narrlint.model import Evidence, Fix, Problem, Severity
from narrlint.nlp.pipeline import CATEGORY
from narrlint.nlp.quantities import ORDINALS
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import spans_within

# ---------------------------------------------------------------------------------------------
# Language words (group words come from the ledger)

ATTRIBUTES = ("refugee_status", "documented")
"""The category attributes the rules compare (docs/ledger-schema.md)."""
ATTRIBUTE_TEXT = {
    ("refugee_status", True): "have refugee status",
    ("refugee_status", False): "have no refugee status",
    ("documented", True): "hold valid documents",
    ("documented", False): "have no valid documents",
}
PERSON_NOUNS = {
    "nationals", "citizens", "people", "persons", "families", "residents", "individuals",
    "men", "women", "children", "workers", "settlers", "expatriates", "expats", "newcomers",
    "households", "communities", "population", "populations", "community", "family",
    "national", "citizen", "person", "resident", "individual", "people's",
}  # fmt: skip
"""Generic nouns for people: a ledger modifier on one of them names the modifier's group."""
COLLECTIVE_AFTER_SINGULAR = {
    "families", "family", "children", "child", "women", "men", "population", "populations",
    "community", "communities", "households", "household", "youths", "students", "workers",
}  # fmt: skip
"""Nouns a singular head may qualify and still name people ("undocumented refugee families");
any other noun makes the head an adjunct ("illegal refugee camps")."""
CLAUSE_BREAKS = {";", "while", "whereas", "but", "although", "though", "meanwhile", "however",
                 "whilst"}  # fmt: skip
CONTRAST_WORDS = {
    "not", "n't", "never", "nor", "neither", "unlike", "except", "excluding", "exempt",
    "exempted", "exempting", "sparing", "spared", "besides", "nothing", "instead", "excepting",
    "untouched", "unaffected", "immune", "excluded", "exemption", "exemptions", "versus", "vs",
    "vs.",
}  # fmt: skip
CONTRAST_PHRASES = (
    ("rather", "than"), ("apart", "from"), ("aside", "from"), ("other", "than"),
    ("instead", "of"), ("as", "opposed", "to"), ("no", "longer"), ("let", "alone"),
)  # fmt: skip
"""Where a clause stops stating what it states: "targets X, not Y", "X rather than Y"."""
CONTRAST_FIRST = frozenset(p[0] for p in CONTRAST_PHRASES)
EXEMPTION_WORDS = {
    "exempt", "exempted", "exempting", "exemption", "spare", "spared", "sparing", "excluded",
    "excluding", "untouched", "unaffected", "immune", "shielded",
}  # fmt: skip
FUTURE = {"will", "would", "shall", "'ll", "’ll", "soon", "after", "from", "once", "if",
          "unless", "could", "might", "may", "until", "till", "become", "becomes", "when",
          "before", "initially", "originally", "previously", "formerly", "ago", "then"}  # fmt: skip
"""Words that put a predicate about documents at another time (later, earlier: "were
undocumented when they arrived") or in a condition."""
EXPIRED = {"expired", "lapsed", "invalid", "outdated", "cancelled", "canceled", "revoked",
           "fake", "forged", "old", "void"}  # fmt: skip
"""Cards that no longer make their holders members of the card's group."""
NEGATIONS = {"not", "n't", "never", "no", "neither", "nor", "nothing", "hardly"}
COPULAS = {
    "are", "is", "were", "was", "be", "been", "being", "remain", "remains", "remained",
    "become", "becomes", "became", "'re", "’re", "'s", "’s",
}  # fmt: skip
CLASSING = {
    "considered", "counted", "classed", "classified", "recognised", "recognized", "treated",
    "regarded", "designated", "listed", "deemed", "registered", "recorded", "termed", "known",
    "called",
}  # fmt: skip
"""Participles that classify like a copula: "ACC holders are counted as refugees"."""
CLASSING_VERBS = {
    "count", "counts", "counted", "counting", "consider", "considers", "considered",
    "considering", "treat", "treats", "treated", "treating", "regard", "regards", "regarded",
    "classify", "classifies", "classified", "class", "classes", "recognise", "recognises",
    "recognize", "recognizes", "register", "registers", "list", "lists", "listed", "deem",
    "deems",
}  # fmt: skip
"""Active verbs of classing: "the government counts ACC holders as refugees"."""
PREDICATE_FILLERS = {
    "also", "all", "now", "still", "mostly", "largely", "mainly", "often", "technically",
    "officially", "formally", "legally", "effectively", "actually", "in", "fact", "as", "a",
    "an", "the", "themselves", "too", "both", "either", "currently", "already", "generally",
    "usually", "typically", "predominantly", "overwhelmingly", "to", "thought", "believed",
    "estimated", "said", "reported", "known", "essentially", "simply",
}  # fmt: skip
RELATIVES = {"who", "which", "that"}
DOCUMENT_NOUNS = {
    "document", "documents", "documentation", "papers", "paperwork", "id", "ids",
    "identification",
}  # fmt: skip
"""Words for the ledger attribute ``documented`` (not "visas" or "permits": a group may be
documented without them)."""
DOCUMENT_FILLERS = {"valid", "legal", "proper", "any", "the", "necessary", "required",
                    "identity", "travel", "official", "legitimate", "their", "its", "his",
                    "her", "residence", "or", "and", ","}  # fmt: skip
LACKING = {"without", "lack", "lacks", "lacking", "lacked"}
HAVING = {"have", "has", "had", "hold", "holds", "held", "possess", "possesses", "with"}
STAY_PARTICIPLES = {
    "living", "residing", "staying", "present", "settled", "remaining", "live", "lives",
    "lived", "reside", "resides", "resided", "stay", "stays", "stayed", "remain", "remains",
    "remained",
}  # fmt: skip
"""Verbs of staying: "... live in Pakistan illegally" puts the subject among a group whose
modifier is that adverb."""
PLACE_PREPOSITIONS = {"in", "inside", "across", "within", "throughout"}
PLACE_NOUNS = {"country", "province", "city", "region", "camps", "camp"}
STATUS_NOUNS = {"status"}
HAVING_STATUS = {"have", "has", "had", "hold", "holds", "held", "enjoy", "enjoys", "enjoyed",
                 "get", "got", "granted", "given", "receive", "received", "with"}  # fmt: skip
"""'refugee status': the head word of a refugee group followed by this names the attribute."""
PHASE_WORDS = {"phase", "phases", "stage", "stages"}
TEMPORAL_BEFORE_PHASE = {"after", "before", "following", "since", "until", "till", "ahead",
                         "preceding", "post", "pre", "beyond", "once", "completing",
                         "completed", "end", "unlike"}  # fmt: skip
"""'after phase one, ...': a phase used as a time, not as the subject of targeting."""
CONTINUATION = {
    "remaining", "remain", "remains", "remained", "still", "left", "continue", "continues",
    "continued", "continuing", "also", "too", "again", "more", "further", "other", "leftover",
    "rest", "stragglers", "additional", "besides", "alongside", "well",
}  # fmt: skip
"""Words that put a group in a later phase as left over from its own ("remaining illegal
foreigners", "deportations of undocumented Afghans continue")."""
JOINERS = {"and", ",", "&", "as", "well", "both", "the", "all"}
"""Words that join two groups into one target: "X and Y", "X as well as Y"."""
PLANNED = {"will", "shall", "'ll", "’ll", "would", "to", "next", "plan", "plans", "planned",
           "going"}  # fmt: skip
"""Words of a plan ("will be deported", "are to leave"): a plan pairs a phase with a group."""
TARGET_WORDS = {
    "target", "targets", "targeted", "targeting", "targetted", "aimed", "aims", "aim",
    "aiming", "cover", "covers", "covered", "covering", "focus", "focuses", "focused",
    "focusing", "apply", "applies", "applied", "applying", "directed", "against", "include",
    "includes", "included", "including", "concern", "concerns", "concerned", "involve",
    "involves", "involved", "deal", "deals", "dealt",
}  # fmt: skip
FALSE_NOMINALS = {"department", "departments", "deportment", "deportments"}
"""Words the suffixes make that are not the action's noun ("depart" + "ment")."""
NOMINAL_SUFFIXES = ("ation", "ion", "al", "ment", "ations", "ions", "als", "ments")
IRREGULAR_NOUNS = {"expel": ("expulsion", "expulsions"), "leave": ("departure", "departures"),
                   "remove": ("removal", "removals"), "deport": ("deportation", "deportations"),
                   "evict": ("eviction", "evictions")}  # fmt: skip
EXPOSURE_VERBS = {
    "put", "puts", "putting", "place", "places", "placed", "placing", "threaten", "threatens",
    "threatened", "threatening", "affect",
    "affects", "affected", "affecting", "endanger", "endangers", "endangered", "endangering",
    "expose", "exposes", "exposed", "exposing", "impact", "impacts", "impacted", "impacting",
    "hit", "hits", "hitting", "target", "targets", "targeted", "targeting", "cover", "covers",
    "covered", "covering", "uproot", "uproots", "uprooted", "uprooting", "force", "forces",
    "forced", "forcing", "order", "orders", "ordered", "ordering", "tell", "tells", "told",
    "telling", "ask", "asks", "asked", "asking", "direct", "directs", "directed", "directing",
    "give", "gives", "gave", "giving", "expel", "expels", "expelling", "deport", "deports",
    "deporting",
}  # fmt: skip
"""Verbs that make a number the group an order falls on ("putting 1.4 million ... at risk")."""
EXPOSURE_AFTER = (
    ("at", "risk"), ("in", "danger"), ("at", "stake"), ("in", "limbo"), ("vulnerable",),
    ("in", "the", "firing", "line"), ("in", "jeopardy"),
)  # fmt: skip
MODALS = {"now", "could", "may", "will", "would", "might", "must", "all", "still"}
NUMBER_LEAD = {"the", "some", "about", "around", "nearly", "almost", "over", "an", "estimated",
               "more", "than", "up", "to", "roughly", "at", "least"}  # fmt: skip
"""Words between a verb and the number it governs ("putting some 1.4 million")."""
AUXILIARIES = {"have", "has", "had", "been", "were", "was", "are", "is", "being", "already",
               "so", "far", "reportedly", "since", "now", "all"}  # fmt: skip
ORDER_NOUNS = {"move", "order", "orders", "decision", "plan", "deadline", "drive", "policy",
               "crackdown", "ultimatum", "phase", "campaign", "operation", "directive",
               "announcement", "measure"}  # fmt: skip
"""Nouns that refer back to an order ("The move put ... at risk")."""
ORDERED = {"ordered", "told", "given", "asked", "required", "directed", "instructed",
           "compelled", "forced", "must", "expected"}  # fmt: skip
"""'... were ordered/told/given 30 days to leave': the number is the group the order names."""
FACING = {"face", "faces", "faced", "facing", "risk", "risks", "risking", "fear", "fears",
          "feared", "fearing"}  # fmt: skip
HEDGE_ABOVE = (("more", "than"), ("over",), ("above",), ("at", "least"), ("upwards", "of"),
               ("in", "excess", "of"), ("exceeding",), ("beyond",))  # fmt: skip
HEDGE_BELOW = (("nearly",), ("almost",), ("close", "to"), ("just", "under"), ("up", "to"),
               ("under",), ("less", "than"), ("fewer", "than"), ("nearing",),
               ("just", "below"), ("below",))  # fmt: skip
HEDGE_ABOUT = (("about",), ("around",), ("approximately",), ("roughly",), ("some",),
               ("an", "estimated"), ("estimated",), ("circa",), ("~",), ("approx",),
               ("approx.",), ("some", "estimated"), ("nearly", "about"))  # fmt: skip
STOCK_RANGE = 3
"""A figure of another population is compared only within this factor of the named group's
own figures ("14" suicide bombings is no group's size)."""
TOLERANCE = 0.07
"""A number within 7% of a ledger figure names that figure (rounding, "1.4" for 1.45)."""
HEDGED_TOLERANCE = 0.10
BOUND_TOLERANCE = 0.15
"""'over 1.3 million' may stand for a figure up to 15% above the number written."""
SCALE_SUFFIXES = {"m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "k": 1e3}
CURRENCY = {"$", "us$", "rs", "rs.", "pkr", "usd", "€", "£", "eur", "rupees", "dollars",
            "afghanis", "euros"}  # fmt: skip
PERCENT = {"%", "percent", "per", "pc", "percentage"}
QUOTES = {'"', "“", "”", "„", "«", "»", "'", "‘", "’"}
PRE_FIGURE_BRIDGE = {
    ",", "(", "numbering", "number", "numbers", "numbered", "totalling", "totaling", "total",
    "totalled", "totals", "estimated", "at", "put", "stand", "stands", "stood", "is", "was",
    "are", "were", "reached", "reach", "reaches", "to", "rose", "fell", "of", "some",
    "about", "around", "nearly", "almost", "over", "roughly", "approximately", "—", "–", ":",
    "count", "counted", "tally", "figure", "including", "an", "among", "them", "whom", "has",
    "have", "had", "been", "now", "currently", "fallen", "risen", "grown", "dropped",
    "declined", "increased", "climbed", "who", "which",
}  # fmt: skip
PRE_FIGURE_ANCHORS = {"(", "including", "numbering", "number", "numbers", "numbered", "totalling",
                      "totaling", "total", "totalled", "totals", "estimated", "stand",
                      "stands", "stood", "reached", "count", "counted", "tally"}  # fmt: skip
CORPUS_EVIDENCE = 2
HEDGE_WORDS = {"some", "about", "around", "nearly", "almost", "over", "roughly", "more",
               "than", "approximately", "an", "estimated", "the"}  # fmt: skip


# ---------------------------------------------------------------------------------------------
# What the ledger says, prepared once per corpus


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Per-corpus matchers and tables built from the ledger's categories, deadlines, figures."""

    categories: dict[str, Category]
    modifier_matcher: PhraseMatcher
    subject_matcher: PhraseMatcher
    heads: dict[str, frozenset[str]]
    head_lemmas: dict[str, tuple[str, ...]]
    """Category id → lemmas of its heads (index keys for corpus evidence)."""
    nouns: frozenset[str]
    """Last words of terms and generic people nouns: heads that add no group of their own."""
    holdings: tuple[tuple[tuple[str, ...], str], ...]
    """('por', 'card') → 'por': what "holding PoR cards" names, from terms like "por card
    holders"."""
    phase_targets: dict[int, frozenset[str]]
    category_phase: dict[str, int]
    phase_actions: dict[int, frozenset[str]]
    phase_dates: dict[tuple[int, int | None], tuple[tuple[int, frozenset[str]], ...]]
    """(month, day) → (year, targets) of every date a phased deadline accepts."""
    flow_actions: frozenset[str]
    """Movement verbs and their nouns from the phased deadlines (leave, deport, return ...):
    a number they count is a flow of people, not a group's size."""
    lapses: dict[str, dt.date]
    """Category → the first phase deadline that targets it, or the end of its documents'
    validity chain: after it the group's documents no longer make it legal, so calling it
    undocumented is not a conflation."""
    figures: dict[str, tuple[Figure, ...]]
    stocks: tuple[Figure, ...] = ()
    """Figures of groups the ledger names only in ``figures`` (totals, UNHCR's refugee count):
    sizes of populations, not flows (a bucket whose metrics mostly speak of movement)."""
    metric_words: dict[str, frozenset[str]] = field(default_factory=dict)
    near: dict[float, bool] = field(default_factory=dict)
    """Memo of :func:`_near_any` (numbers repeat across drafts)."""
    """Figure id → lower-case words and lemmas of its metric (for :data:`stocks`)."""


def _lexicon(corpus: Corpus) -> Lexicon:
    return corpus.memo("categories.lexicon", lambda: _build_lexicon(corpus))


def _build_lexicon(corpus: Corpus) -> Lexicon:
    ledger = corpus.ledger
    nlp = corpus.nlp
    categories = dict(ledger.categories)
    modifiers = PhraseMatcher(nlp.vocab, attr="LOWER")
    heads: dict[str, set[str]] = {}
    nouns = set(PERSON_NOUNS)
    holdings: list[tuple[tuple[str, ...], str]] = []
    for category in categories.values():
        patterns = [nlp.make_doc(m) for m in category.modifiers if m.strip()]
        if patterns:
            modifiers.add(category.id, patterns)
        for head in category.heads:
            heads.setdefault(head.lower(), set()).add(category.id)
        for term in category.terms:
            words = [t.lower_ for t in nlp.make_doc(term) if not t.is_space]
            if len(words) >= 2:
                # the head of the term: "holders" in "holders of por cards"
                nouns.add(words[words.index("of") - 1] if "of" in words[1:] else words[-1])
            holding = _holding_object(words)
            if holding:
                holdings.append((holding, category.id))
    subjects = PhraseMatcher(nlp.vocab, attr="LOWER")
    terms = {t for d in ledger.deadlines.values() for t in d.subject_terms if " " in t.strip()}
    if terms:
        subjects.add("subject", [nlp.make_doc(t) for t in sorted(terms)])
    phase_targets, category_phase, phase_actions, lapses = _phases(ledger)
    head_lemmas = {
        c.id: tuple(dict.fromkeys(nlp(h)[0].lemma_.lower() for h in c.heads if h.strip()))
        for c in categories.values()
    }
    figures = {
        cid: tuple(f for f in ledger.figures_for(cid)) for cid in categories if cid in categories
    }
    flow_actions = frozenset(w for words in phase_actions.values() for w in words)
    stocks, metric_words = _stocks(ledger, nlp, set(categories), flow_actions)
    return Lexicon(
        categories=categories,
        modifier_matcher=modifiers,
        subject_matcher=subjects,
        heads={k: frozenset(v) for k, v in heads.items()},
        head_lemmas=head_lemmas,
        nouns=frozenset(nouns - set(heads)),
        holdings=tuple(sorted(holdings, key=lambda h: -len(h[0]))),
        phase_targets=phase_targets,
        category_phase=category_phase,
        phase_actions=phase_actions,
        phase_dates=_phase_dates(ledger),
        flow_actions=flow_actions,
        lapses=lapses,
        figures=figures,
        stocks=stocks,
        metric_words=metric_words,
    )


def _stocks(ledger: Ledger, nlp, categories: set[str], flow_actions: frozenset[str]):
    """Figures of other populations (``category`` not a ledger group): a number given for a
    group may be one of them ("4.4 million" Afghans in all, given as refugees). A bucket of
    figures whose metrics mostly speak of movement ("returned", "expelled") holds flows, which
    overlap every group's size and are never compared."""
    buckets: dict[str, list[Figure]] = {}
    for figure in ledger.figures:
        if figure.category and figure.category not in categories and figure.value is not None:
            buckets.setdefault(figure.category, []).append(figure)
    stocks: list[Figure] = []
    words: dict[str, frozenset[str]] = {}
    for figures in buckets.values():
        own = {f.id: _words(nlp(f.metric)) for f in figures}
        moving = [f for f in figures if own[f.id] & flow_actions]
        if len(moving) * 2 >= len(figures):
            continue
        for figure in figures:
            if figure.id not in {f.id for f in moving}:
                stocks.append(figure)
                words[figure.id] = own[figure.id]
    return tuple(stocks), words


def _words(tokens: Iterable[Token]) -> frozenset[str]:
    """Lower-case forms, lemmas and plural-less forms of the alphabetic words."""
    found: set[str] = set()
    for token in tokens:
        if token.is_alpha:
            lower = token.lower_
            found.update((lower, token.lemma_.lower(), lower.removesuffix("s")))
    return frozenset(found)


def _holding_object(words: list[str]) -> tuple[str, ...] | None:
    """'por card holders' → ('por', 'card'): what a holder of the group holds."""
    if len(words) >= 2 and words[-1] in ("holders", "holder", "cardholders", "cardholder"):
        object_words = words[:-1]
        if words[-1].startswith("card"):
            object_words = [*object_words, "card"]
        return tuple(object_words)
    return None


def _phases(ledger: Ledger):
    """Which categories each phase targets, each category's phase, the action words of each
    phase's order, and when a category's documents lapsed (its phase deadline passed)."""
    targets: dict[int, set[str]] = {}
    category_phase: dict[str, int] = {}
    actions: dict[int, set[str]] = {}
    lapses: dict[str, dt.date] = {}
    for category in ledger.categories.values():
        if category.phase is not None:
            targets.setdefault(category.phase, set()).add(category.id)
            category_phase[category.id] = category.phase
    for deadline in ledger.deadlines.values():
        if deadline.phase is None:
            continue
        targets.setdefault(deadline.phase, set()).update(deadline.targets)
        words = actions.setdefault(deadline.phase, set())
        for verb in deadline.action_lemmas:
            words.add(verb)
            words.update(_nominals(verb))
        for target in deadline.targets:
            category_phase.setdefault(target, deadline.phase)
            _lapse(lapses, target, deadline.date)
    for deadline in ledger.deadlines.values():
        for step in deadline.steps:  # a validity chain that ends without an extension
            if step.get("expired") and "extended_to" in step and step["extended_to"] is None:
                for target in deadline.targets:
                    _lapse(lapses, target, step["expired"])
    return (
        {k: frozenset(v) for k, v in targets.items()},
        category_phase,
        {k: frozenset(v) for k, v in actions.items()},
        lapses,
    )


def _lapse(lapses: dict[str, dt.date], category_id: str, day: dt.date | None) -> None:
    if day is not None and (category_id not in lapses or day < lapses[category_id]):
        lapses[category_id] = day


def _phase_dates(ledger: Ledger) -> dict:
    dates: dict[tuple[int, int | None], list[tuple[int, frozenset[str]]]] = {}
    for deadline in ledger.deadlines.values():
        if deadline.phase is None or not deadline.targets:
            continue
        for day in deadline.accepted_dates():
            dates.setdefault((day.month, day.day), []).append(
                (day.year, frozenset(deadline.targets))
            )
    return {k: tuple(v) for k, v in dates.items()}


def _nominals(verb: str) -> set[str]:
    """Nouns of an action verb ("deport" → "deportation"), so "face deportation" counts."""
    stem = verb[:-1] if verb.endswith("e") else verb
    nouns = {stem + suffix for suffix in NOMINAL_SUFFIXES}
    nouns.update(IRREGULAR_NOUNS.get(verb, ()))
    return nouns - FALSE_NOMINALS


# ---------------------------------------------------------------------------------------------
# Group mentions in a draft


@dataclass(frozen=True, slots=True)
class Mention:
    """A noun phrase (or predicate adjective) that names one of the ledger's groups.

    ``kind``: ``term`` (a ledger term), ``np`` (modifier + head/noun), ``modified_term``
    (modifier + a term of another group), ``head`` (a bare head noun: "Afghan refugees"),
    ``holding`` ("Afghans holding PoR cards"), ``adjective`` (a modifier with no noun:
    "were undocumented").
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
        other is for :func:`_conflict` to say)."""
        return (
            self.kind in ("np", "modified_term")
            and bool(self.head_categories)
            and not (self.modifier_categories & self.head_categories)
        )


@dataclass
class Analysis:
    """Everything both rules read from one draft, computed once per doc."""

    mentions: list[Mention]
    by_start: dict[int, Mention]
    subject_spans: list[tuple[int, int]]
    modifiers: dict[int, tuple[int, frozenset[str]]]
    figures: list[FigureUse] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    covering: dict[int, list[tuple[int, int]]] | None = None
    """Token → the subject spans over it (built on first use)."""

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


def _analysis(doc: Doc, lex: Lexicon) -> Analysis:
    key = ("narrlint.categories", id(lex))
    cached = doc.user_data.get(key)
    if cached is None:
        cached = doc.user_data[key] = _analyse(doc, lex)
    return cached


def _analyse(doc: Doc, lex: Lexicon) -> Analysis:
    modifiers = _modifier_starts(doc, lex)
    mentions = _mentions(doc, lex, modifiers)
    subjects = [(s, e) for _, s, e in lex.subject_matcher(doc)]
    analysis = Analysis(mentions, {m.start: m for m in mentions}, subjects, modifiers)
    analysis.figures = list(_figure_uses(doc, lex, analysis))
    return analysis


def _modifier_starts(doc: Doc, lex: Lexicon) -> dict[int, tuple[int, frozenset[str]]]:
    """Start token → (end, categories) of the longest ledger modifier there, outside terms."""
    found: dict[int, tuple[int, set[str]]] = {}
    strings = doc.vocab.strings
    for match_id, start, end in lex.modifier_matcher(doc):
        if doc[start].ent_type_ == CATEGORY:
            continue
        best = found.get(start)
        if best is None or end > best[0]:
            found[start] = (end, {strings[match_id]})
        elif end == best[0]:
            best[1].add(strings[match_id])
    return {k: (e, frozenset(c)) for k, (e, c) in found.items()}


def _mentions(doc: Doc, lex: Lexicon, modifiers: dict) -> list[Mention]:
    mentions: list[Mention] = []
    taken: set[int] = set()
    entities = {e.start: e for e in doc.ents if e.label_ == CATEGORY and e.ent_id_}
    for mention in _holding_mentions(doc, lex):
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
    for i, lower in enumerate(doc_lowers(doc)):
        groups = heads.get(lower)
        if groups and i not in taken:
            end = _head_end(doc, i)
            if end is not None:
                start = _demonyms_before(doc, i, taken)
                mentions.append(Mention(start, end, groups, "head", head=(i, end),
                                        head_categories=groups))  # fmt: skip
                taken.update(range(start, end))
    return sorted(mentions, key=lambda m: m.start)


def _modified(
    doc: Doc, start: int, modifiers: dict, entities: dict[int, Span], lex: Lexicon
) -> Mention | None:
    """The noun phrase a ledger modifier opens: "undocumented Afghan refugees", "illegal
    immigrants", "undocumented PoR card holders"; or a predicate adjective ("were illegal")."""
    end, groups = modifiers[start]
    if doc[start].lower_.endswith("ly") and end - start == 1:
        return None  # an adverb ("living illegally"): read with the noun it follows
    j, n, skipped, last_title = end, len(doc), 0, None
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
            return Mention(start, head_end, groups | heads, "np", (start, end), groups,
                           (j, head_end), heads)  # fmt: skip
        if j in modifiers:
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
        break
    if last_title is not None and doc[last_title].lower_.endswith("s"):
        return Mention(start, last_title + 1, groups, "np", (start, end), groups)
    return Mention(start, end, groups, "adjective", (start, end), groups)


def _demonyms_before(doc: Doc, i: int, taken: set[int]) -> int:
    """Start of a bare head's phrase: capitalised words before it ("Afghan refugees")."""
    start = i
    while start - 1 >= 0 and start - 1 not in taken and start > i - 2:
        token = doc[start - 1]
        if not (token.is_alpha and token.is_title and not token.ent_type_):
            break
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
    if nxt.is_alpha and nxt.is_lower and not nxt.is_stop and not _inflected_verb(nxt):
        return None
    return i + 1


def _inflected_verb(token: Token) -> bool:
    """A past-tense verb after a noun ("refugee told", "refugee crossed"): inflected (its
    lemma differs) without a plural -s, or an adverb ("refugee recently ..."). A plural noun
    ("refugee camps") is not."""
    lower = token.lower_
    if lower.endswith("ly") or lower in STAY_PARTICIPLES:
        return True
    if lower.endswith("ing"):  # "refugee smuggling", "refugee housing": a compound noun
        return False
    return token.lemma_.lower() != lower and not lower.endswith("s")


HOLDING_VERBS = frozenset({"holding", "hold", "holds", "held", "with", "carrying", "possessing",
                           "having", "have", "has", "had"})  # fmt: skip


def _holding_mentions(doc: Doc, lex: Lexicon) -> Iterator[Mention]:
    """ "Afghans holding PoR cards", "those with UNHCR-issued PoR cards": the object of a
    holder term ("por card holders") after a verb of holding."""
    n = len(doc)
    lowers = doc_lowers(doc)
    for i, lower in enumerate(lowers):
        if lower not in HOLDING_VERBS:
            continue
        j, steps, lapsed = i + 1, 0, False
        while j < n and steps < 5 and (_object_filler(doc, j) or lowers[j] in EXPIRED):
            lapsed = lapsed or lowers[j] in EXPIRED
            j += 1
            steps += 1
        if lapsed:  # "refugees with expired PoR cards"
            continue
        for words, category in lex.holdings:
            end = _match_object(lowers, j, words)
            if end is not None and not any(doc[k].ent_type_ for k in range(j, end)):
                yield Mention(i, end, frozenset({category}), "holding")
                break


def _object_filler(doc: Doc, j: int) -> bool:
    token = doc[j]
    lower = token.lower_
    if lower in ("valid", "expired", "their", "a", "an", "the", "-", "‑", "issued", "new",
                 "smart", "its", "his", "her", "government", "state"):  # fmt: skip
        return True
    return bool(token.is_alpha and (token.is_title or token.is_upper) and j + 1 < len(doc)
                and doc[j + 1].lower_ in ("-", "‑"))  # fmt: skip


def _match_object(lowers: list[str], j: int, words: tuple[str, ...]) -> int | None:
    """Match ``words`` at ``j``; the last word may be plural ("cards", "ACCs")."""
    if j + len(words) > len(lowers) or (words and lowers[j][:1] != words[0][:1]):
        return None
    for k, word in enumerate(words):
        lower = lowers[j + k]
        last = k == len(words) - 1
        if lower != word and not (last and lower in (word + "s", word + "es")):
            return None
    end = j + len(words)
    if end < len(lowers) and words[-1] != "card" and lowers[end] in ("card", "cards"):
        end += 1
    return end


# ---------------------------------------------------------------------------------------------
# Clauses


@dataclass(frozen=True, slots=True)
class Clause:
    """A clause of a sentence and where its affirmative part ends (a contrast marker starts
    what the clause does not claim: "targets X, not Y")."""

    start: int
    end: int
    affirmative_end: int
    exempting: bool
    """The clause speaks of an exemption ("PoR holders were exempt"), so a group in it is not
    the target of the phase it names."""


def _clauses(sentence: Span) -> list[Clause]:
    """The sentence's clauses, computed once per sentence (several passes ask for them)."""
    doc = sentence.doc
    cache = doc.user_data.setdefault("narrlint.categories.clauses", {})
    clauses = cache.get(sentence.start)
    if clauses is None:
        clauses = cache[sentence.start] = _split_clauses(doc_lowers(doc), sentence.start,
                                                         sentence.end)  # fmt: skip
    return clauses


def _split_clauses(lowers: list[str], begin: int, finish: int) -> list[Clause]:
    bounds, start = [], begin
    for i in range(begin + 1, finish):
        if lowers[i] in CLAUSE_BREAKS:
            bounds.append((start, i))
            start = i
    bounds.append((start, finish))
    clauses = []
    for first, last in bounds:
        words = lowers[first:last]
        stop = last
        for k, word in enumerate(words):
            if word in CONTRAST_WORDS or (
                word in CONTRAST_FIRST and _phrase_at(words, k, CONTRAST_PHRASES)
            ):
                stop = first + k
                break
        exempting = not EXEMPTION_WORDS.isdisjoint(words)
        clauses.append(Clause(first, last, stop, exempting))
    return clauses


def _phrase_at(lowers: list[str], k: int, phrases: Iterable[tuple[str, ...]]) -> bool:
    if k >= len(lowers):
        return False
    first = lowers[k]
    return any(p[0] == first and tuple(lowers[k : k + len(p)]) == p for p in phrases)


def _clause_of(clauses: list[Clause], i: int) -> Clause | None:
    for clause in clauses:
        if clause.start <= i < clause.end:
            return clause
    return None


def _phases_in(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """(token index, phase number) of each phase named in ``doc[start:end]`` ("phase one",
    "phase-2", "Phase II", "second phase", "phases two and three"), except phases used as a
    time ("after phase one")."""
    found = []
    lowers = doc_lowers(doc)
    for i in range(start, end):
        if lowers[i] not in PHASE_WORDS or _temporal(doc, i, start):
            continue
        numbers = _ordinals_after(doc, i + 1, end)
        if not numbers and i > start:
            before = lowers[i - 1]  # "second phase", not "two phases" (a count)
            if before in ORDINALS and before.endswith(("st", "nd", "rd", "th")):
                numbers = [ORDINALS[before]]
        found.extend((i, number) for number in numbers)
    return found


def _ordinals_after(doc: Doc, j: int, end: int) -> list[int]:
    """ "one", "-2", "two and three", "II": the numbers that follow a phase word."""
    numbers = []
    while j < end and len(numbers) < 3:
        lower = doc[j].lower_
        if lower in ORDINALS:
            numbers.append(ORDINALS[lower])
        elif not (lower in ("-", "‑") or (numbers and lower in ("and", ",", "&", "or"))):
            break
        j += 1
    return numbers


PHASE_FILLERS = frozenset({"the", "of", "its", "this", "that", "plan", "'s", "’s", *ORDINALS})
"""Words between a time preposition and a phase word ("after the second phase")."""


def _temporal(doc: Doc, i: int, start: int) -> bool:
    lowers = doc_lowers(doc)
    for k in range(i - 1, max(start, i - 4) - 1, -1):
        lower = lowers[k]
        if lower in TEMPORAL_BEFORE_PHASE:
            return True
        if lower not in PHASE_FILLERS:
            return False
    return False


# ---------------------------------------------------------------------------------------------
# NL301 conflated-refugee-category


@dataclass(frozen=True, slots=True)
class Fusion:
    """A phrase that fuses two groups, and why."""

    span: tuple[int, int]
    kind: str
    """``phrase``, ``phase`` or ``predicate``."""
    said: frozenset[str]
    """The group(s) the draft's words put the people in."""
    other: frozenset[str]
    """The group the other half of the phrase names."""
    attributes: tuple[tuple[str, bool], ...]
    """Attributes the ledger gives ``said`` that the other half contradicts."""
    mention: Mention | None = None
    phase: int | None = None
    words: tuple[str, str] = ("", "")
    """The two wordings that clash (for evidence and messages)."""


def _attribute(category: Category, name: str) -> bool | None:
    return getattr(category, name)


def _lapsed(lex: Lexicon, category_id: str, day: dt.date | None) -> bool:
    lapse = lex.lapses.get(category_id)
    return day is not None and lapse is not None and day >= lapse


def _conflict(
    lex: Lexicon,
    negative: Iterable[str],
    positive: Iterable[str],
    day: dt.date | None,
    names: tuple[str, ...] = ATTRIBUTES,
) -> tuple[tuple[str, bool], ...]:
    """Attributes that the ``negative`` groups deny and the ``positive`` groups assert.

    A modifier denies what its group lacks ("undocumented": no documents, no refugee status);
    a head noun or term asserts what its group has ("refugees": refugee status). Documents are
    not asserted once the group's own phase deadline has passed (its papers no longer protect
    it)."""
    found = []
    for name in names:
        denied = [c for c in negative if _attribute(lex.categories[c], name) is False]
        asserted = [
            c
            for c in positive
            if _attribute(lex.categories[c], name) is True
            and not (name == "documented" and _lapsed(lex, c, day))
        ]
        if denied and asserted:
            found.append((name, False))
    return tuple(found)


def _fusions(draft: Draft, doc: Doc, lex: Lexicon, analysis: Analysis) -> Iterator[Fusion]:
    for mention in analysis.mentions:
        if mention.fused and not _quoted_mention(doc, mention):
            day = draft.date_for(doc[mention.start])
            yield from _phrase_fusion(doc, lex, mention, day)
    for sentence in doc.sents:
        yield from _phase_fusions(doc, lex, analysis, sentence)
    for mention in analysis.mentions:
        if mention.kind in ("term", "np", "head", "holding") and not mention.fused:
            day = draft.date_for(doc[mention.start])
            fusion = _predicate_fusion(doc, lex, analysis, mention, day)
            if fusion is not None:
                yield fusion


def _phrase_fusion(doc: Doc, lex: Lexicon, mention: Mention, day) -> Iterator[Fusion]:
    mods = mention.modifier_categories
    heads = mention.head_categories
    # A head noun ("refugees") is the word for a status; a modifier on a whole term
    # ("undocumented PoR card holders") speaks only of the group's papers.
    names = ATTRIBUTES if mention.kind == "np" else ("documented",)
    attributes = _conflict(lex, mods, heads, day, names)
    if not attributes:
        return
    modifier = doc[mention.modifier[0] : mention.modifier[1]].text
    head = doc[mention.head[0] : mention.head[1]].text
    yield Fusion(
        (mention.start, mention.end), "phrase", mods, heads, attributes, mention,
        words=(modifier.lower(), head.lower()),
    )  # fmt: skip


def _quoted_mention(doc: Doc, mention: Mention) -> bool:
    """A phrase in quotation marks of its own is named, not used ('the term "illegal
    refugees"')."""
    before = doc[mention.start - 1].text if mention.start > 0 else ""
    after = doc[mention.end].text if mention.end < len(doc) else ""
    return before in QUOTES and after in QUOTES


def _phase_fusions(doc: Doc, lex: Lexicon, analysis: Analysis, sentence: Span):
    for clause in _clauses(sentence):
        if clause.exempting:
            continue
        phases = _phases_in(doc, clause.start, clause.affirmative_end)
        if not phases:
            continue
        mentions = [
            m
            for m in analysis.within(clause.start, clause.affirmative_end)
            if m.kind in ("term", "np", "holding")
            and not m.fused
            and not analysis.inside_subject(m)
            and all(c in lex.categories for c in m.categories)
        ]
        if not mentions:
            continue
        named = {c for m in mentions for c in m.categories}
        for index in range(len(phases)):
            fusion = _phase_target(doc, lex, clause, phases, index, mentions, named)
            if fusion is not None:
                yield fusion


def _phase_target(doc, lex, clause, phases, index, mentions, named) -> Fusion | None:
    """The group a phase is paired with (the first named after it, else the last before it)
    must be one the ledger says that phase targets. A phase whose own group is named anywhere
    between its neighbouring phases is left alone: "PoR card holders will go in phase three,
    after ACC holders in phase two" pairs each group with its phase."""
    at, number = phases[index]
    targets = lex.phase_targets.get(number)
    if not targets:
        return None
    following = phases[index + 1][0] if index + 1 < len(phases) else clause.affirmative_end
    preceding = phases[index - 1][0] if index > 0 else clause.start
    after = [m for m in mentions if at < m.start < following]
    before = [m for m in mentions if preceding <= m.start < at]
    if any(m.categories & targets for m in after + before):
        return _joined_later(doc, lex, at, number, targets, after)
    mention = after[0] if after else (before[-1] if before else None)
    if mention is None:
        return None
    if not _event_cue(doc, lex, clause, number):
        return None
    own = [lex.category_phase.get(c) for c in mention.categories]
    if any(p is None for p in own):
        return None
    if all(p > number for p in own):
        pass  # a group the plan reached only later: never a target of this phase
    elif all(p < number for p in own):
        # earlier groups may remain targets of later phases ("remaining illegal foreigners",
        # "continue to be deported"): a later phase paired with them is wrong only when its
        # own group goes unnamed and nothing says they are left over from an earlier phase
        # (reports of what happened during a phase are left alone unless the phase is said
        # to target them: deportations of earlier groups went on)
        lowers = [doc[k].lower_ for k in range(clause.start, clause.affirmative_end)]
        lo, hi = sorted((at, mention.start))
        targeted = any(doc[k].lower_ in TARGET_WORDS for k in range(lo, hi))
        if named & targets or any(w in CONTINUATION for w in lowers):
            return None
        if not targeted and not any(w in PLANNED for w in lowers):
            return None
    else:
        return None
    return Fusion(
        (mention.start, mention.end), "phase", mention.categories, targets, (), mention, number,
        words=(f"phase {number}", doc[mention.start : mention.end].text.lower()),
    )  # fmt: skip


def _joined_later(doc, lex, at: int, number: int, targets, after: list[Mention]):
    """ "Phase one targeted undocumented migrants and ACC holders": a group the plan reached
    only in a later phase, joined by "and" to the phase's own group it is said to target."""
    for first, second in pairwise(after):
        between = {doc[k].lower_ for k in range(first.end, second.start)}
        if not between or not between <= JOINERS or not between & {"and", "as", "&"}:
            continue
        if second.end < len(doc) and (
            doc[second.end].lower_ in COPULAS | MODALS | AUXILIARIES | ORDERED | FACING
            or _inflected_verb(doc[second.end])
        ):
            continue  # "... and ACC holders will go next": a clause of its own
        for own, other in ((first, second), (second, first)):
            phases = [lex.category_phase.get(c) for c in other.categories]
            if not (own.categories & targets) or other.categories & targets:
                continue
            if any(p is None or p <= number for p in phases):
                continue
            if not any(
                doc[k].lower_ in TARGET_WORDS for k in range(at, min(first.start, second.start))
            ):
                continue
            return Fusion(
                (other.start, other.end), "phase", other.categories, targets, (), other, number,
                words=(f"phase {number}", doc[other.start : other.end].text.lower()),
            )  # fmt: skip
    return None


def _event_cue(doc: Doc, lex: Lexicon, clause: Clause, number: int) -> bool:
    """The clause speaks of the phase's order: a targeting word or one of its actions."""
    actions = lex.phase_actions.get(number, frozenset())
    for k in range(clause.start, clause.end):
        token = doc[k]
        if token.lower_ in TARGET_WORDS or token.lemma_.lower() in actions:
            return True
        if token.lower_ in actions:
            return True
    return False


@dataclass(frozen=True, slots=True)
class Predicate:
    """What a sentence says a group is: another group, or a lack of documents."""

    end: int
    negative: tuple[str, ...]
    """Groups whose lacks the predicate attributes to the subject ("undocumented")."""
    positive: tuple[str, ...]
    """Groups whose properties the predicate attributes to the subject ("refugees"). A
    predicate that names a whole group ("illegal immigrants", "ACC holders") gives both its
    lacks and its properties."""
    words: str
    attributes: tuple[str, ...] = ATTRIBUTES
    """The attributes the predicate speaks about: a predicate adjective or "without
    documents" speaks only of documents, not of refugee status."""


def _predicate_fusion(doc, lex, analysis, mention: Mention, day) -> Fusion | None:
    """ "ACC holders, who are registered refugees", "registered refugees without documents",
    "PoR card holders living illegally": a predicate that contradicts the subject's group."""
    subject = mention.categories if mention.kind != "head" else mention.head_categories
    if not subject or not all(c in lex.categories for c in subject):
        return None
    predicate = _predicate(doc, lex, analysis, mention)
    if predicate is None:
        return None
    names = predicate.attributes
    if _future(doc, mention.end, predicate.end):
        names = tuple(n for n in names if n != "documented")  # "will be illegal from April 1"
    attributes = tuple(
        dict.fromkeys(
            # the predicate denies what the subject's group has ...
            _conflict(lex, predicate.negative, subject, day, names)
            # ... or gives the subject what its group lacks
            + _conflict(lex, subject, predicate.positive, day, names)
        )
    )
    if not attributes:
        return None
    other = frozenset(predicate.negative) | frozenset(predicate.positive)
    return Fusion(
        (mention.start, predicate.end), "predicate", frozenset(subject), other, attributes,
        mention, words=(doc[mention.start : mention.end].text.lower(), predicate.words),
    )  # fmt: skip


def _future(doc: Doc, start: int, end: int) -> bool:
    """A predicate about a later status ("will be considered illegal", "... after the
    deadline"): documents lapse at a group's own deadline, so this is not a conflation."""
    stop = min(len(doc), end + 4, doc[start].sent.end if start < len(doc) else end)
    return not FUTURE.isdisjoint(doc_lowers(doc)[start : max(stop, end)])


def _predicate(doc, lex, analysis, mention: Mention) -> Predicate | None:
    """What follows a group mention as its predicate ("X, who are Y", "X are Y", "X without
    documents"), or what a classing verb makes of it ("counts X as Y"); None when nothing is
    predicated or the predicate is negated."""
    n = len(doc)
    j = mention.end
    if j < n and doc[j].lower_ == "as" and _classed_before(doc, mention.start):
        return _predicated_group(doc, lex, analysis, j + 1)
    if j < n and doc[j].text == ",":
        j += 1
        if j < n and doc[j].lower_ in RELATIVES:
            j += 1
    elif j < n and doc[j].lower_ in RELATIVES:
        j += 1
    denial = _document_denial(doc, lex, analysis, j)
    if denial is not None:
        return denial
    linked = False
    while j < n and not (linked and j in analysis.by_start and not _classing_as(doc, j)):
        lower = doc[j].lower_
        if lower in NEGATIONS or _phrase_at([t.lower_ for t in doc[j : j + 2]], 0,
                                            CONTRAST_PHRASES):  # fmt: skip
            return None
        if lower in COPULAS or (lower in CLASSING and (linked or _classing_as(doc, j))):
            linked = True
        elif lower in HAVING_STATUS and _status_at(doc, analysis, j + 1):
            return _predicated_group(doc, lex, analysis, j + 1)
        elif lower not in PREDICATE_FILLERS:
            break
        j += 1
    if not linked or j >= n:
        return None
    return _predicated_group(doc, lex, analysis, j)


def _status_at(doc: Doc, analysis: Analysis, j: int) -> bool:
    """ "refugee status" at ``j``: a group's head noun naming the status itself."""
    mention = analysis.by_start.get(j)
    return (
        mention is not None
        and mention.kind == "head"
        and mention.end < len(doc)
        and doc[mention.end].lower_ in STATUS_NOUNS
    )


def _classing_as(doc: Doc, j: int) -> bool:
    """ "registered as", "counted as": a classing participle, not the group "registered"."""
    return doc[j].lower_ in CLASSING and j + 1 < len(doc) and doc[j + 1].lower_ == "as"


def _classed_before(doc: Doc, start: int) -> bool:
    """ "counts ACC holders as ...", "treated ACC holders as ...": a classing verb governs the
    mention, so "as" introduces what the mention is said to be."""
    for k in range(start - 1, max(-1, start - 4), -1):
        lower = doc[k].lower_
        if lower in CLASSING_VERBS:
            return True
        if lower not in ("the", "all", "these", "those", "many", "most", "some", "also"):
            return False
    return False


def _predicated_group(doc, lex, analysis, j: int) -> Predicate | None:
    n = len(doc)
    if j >= n:
        return None
    mention = analysis.by_start.get(j)
    if mention is None:
        return _document_denial(doc, lex, analysis, j)
    words = doc[mention.start : mention.end].text.lower()
    if mention.kind == "adjective":
        negative = tuple(c for c in mention.categories if _documented(lex, c) is False)
        return Predicate(mention.end, negative, (), words, ("documented",)) if negative else None
    if mention.fused:
        return None
    if mention.kind == "head":
        groups = tuple(mention.head_categories)
        if mention.end < n and doc[mention.end].lower_ in STATUS_NOUNS:
            return Predicate(mention.end + 1, (), groups, words + " status", ("refugee_status",))
        return Predicate(mention.end, (), groups, words)
    groups = tuple(mention.categories)
    return Predicate(mention.end, groups, groups, words)


def _documented(lex: Lexicon, category_id: str) -> bool | None:
    category = lex.categories.get(category_id)
    return category.documented if category else None


def _document_denial(doc, lex, analysis, j: int) -> Predicate | None:
    """ "without (valid) documents", "lacking papers", "with no documents", "living
    illegally": the predicate denies the attribute ``documented``."""
    n = len(doc)
    undocumented = tuple(c for c, cat in lex.categories.items() if cat.documented is False)
    if not undocumented or j >= n:
        return None
    lower = doc[j].lower_
    k = j
    if lower in STAY_PARTICIPLES or (
        lower in COPULAS and j + 1 < n and doc[j + 1].lower_ in PLACE_PREPOSITIONS
    ):  # "living illegally", "are in the country illegally"
        return _staying_illegally(doc, lex, analysis, j)
    if lower in LACKING:
        k += 1
    elif lower in HAVING and k + 1 < n and doc[k + 1].lower_ == "no":
        k += 2
    else:
        return None
    steps = 0
    while k < n and steps < 4 and doc[k].lower_ in DOCUMENT_FILLERS:
        k += 1
        steps += 1
    if k < n and doc[k].lower_ in DOCUMENT_NOUNS:
        return Predicate(k + 1, undocumented, (), doc[j : k + 1].text.lower(), ("documented",))
    return None


def _staying_illegally(doc, lex, analysis, j: int) -> Predicate | None:
    """ "living illegally", "residing in Pakistan illegally": an adverb among the ledger's
    modifiers of an undocumented group."""
    for m in range(j + 1, min(len(doc), j + 5)):
        found = analysis.modifiers.get(m)
        if found and doc[m].lower_.endswith("ly"):
            negative = tuple(c for c in found[1] if _documented(lex, c) is False)
            if negative:
                words = doc[j : found[0]].text.lower()
                return Predicate(found[0], negative, (), words, ("documented",))
        if doc[m].is_punct:
            break
    return None


# ---------------------------------------------------------------------------------------------
# NL302 category-figure-mismatch


@dataclass(frozen=True, slots=True)
class FigureUse:
    """A number given for a group, and how the group was read."""

    number: tuple[int, int]
    span: tuple[int, int]
    value: float
    hedge: str | None
    named: frozenset[str]
    """The group(s) the number is given for."""
    how: str
    """``phrase`` ("1.4 million undocumented Afghans"), ``predicate`` ("... are registered
    refugees"), ``before`` ("PoR card holders, numbering ..."), ``exposure`` (the group an
    order in the same clause targets: "putting 1.4 million Afghan refugees at risk")."""
    own: frozenset[str] = frozenset()
    """For ``exposure``: the group the number's own noun names, if any."""
    words: frozenset[str] = frozenset()
    """The content words the draft gives the number ("afghan", "refugees"): a figure of
    another population whose metric has them all is the draft's own."""


def _figure_uses(doc: Doc, lex: Lexicon, analysis: Analysis) -> Iterator[FigureUse]:
    if not any(lex.figures.values()):
        return
    clauses_of: dict[int, list[Clause]] = {}
    for span in doc.spans.get("numbers", []):
        value, end = _scaled(doc, span)
        if value is None or not _near_any(lex, value) or _not_a_count(doc, span.start, end):
            continue
        sentence = doc[span.start].sent
        clauses = clauses_of.setdefault(sentence.start, _clauses(sentence))
        use = _figure_use(doc, lex, analysis, clauses, span.start, end, value)
        if use is not None:
            tokens = [
                t
                for t in doc[use.span[0] : use.span[1]]
                if not (use.number[0] <= t.i < use.number[1]) and not t.is_stop
            ]
            yield replace(use, words=_words(tokens))


def _scaled(doc: Doc, span: Span) -> tuple[float | None, int]:
    """The number's value, reading a glued scale ("1.4m", "880k") the tokenizer splits off."""
    value = span._.value
    end = span.end
    if value is None:
        return None, end
    if end < len(doc) and doc[end - 1].whitespace_ == "":
        scale = SCALE_SUFFIXES.get(doc[end].lower_)
        if scale and value < 1000:
            return value * scale, end + 1
    return value, end


def _near_any(lex: Lexicon, value: float) -> bool:
    """Could ``value`` stand for any ledger figure? Asked for every number of every draft, so
    the answer is kept per lexicon."""
    known = lex.near.get(value)
    if known is None:
        known = lex.near[value] = _near_any_figure(lex, value)
    return known


def _near_any_figure(lex: Lexicon, value: float) -> bool:
    return any(
        _matches(value, None, f) or _matches(value, "about", f)
        for figures in (*lex.figures.values(), lex.stocks)
        for f in figures
    )


def _not_a_count(doc: Doc, start: int, end: int) -> bool:
    before = doc[start - 1].lower_ if start > 0 else ""
    after = doc[end].lower_ if end < len(doc) else ""
    return before in CURRENCY or after in CURRENCY or after in PERCENT


def _figure_use(doc, lex, analysis, clauses, start, end, value) -> FigureUse | None:
    hedge = _hedge(doc, start)
    clause = _clause_of(clauses, start)
    phrase = _phrase_after(doc, lex, analysis, end)
    own = phrase.categories if phrase is not None else frozenset()
    if phrase is not None and phrase.fused:
        own = phrase.modifier_categories | phrase.head_categories
    phrase_end = phrase.end if phrase is not None else _generic_noun_end(doc, lex, end)
    if _flow(doc, lex, clause, start, phrase_end) or _coordinated(doc, lex, analysis, phrase_end):
        return None
    weak = phrase is None or phrase.kind == "head"
    if weak and clause is not None and start < clause.affirmative_end:
        exposed = _exposure(doc, lex, analysis, clause, start, end, phrase)
        if exposed is not None:
            target, span_end = exposed
            return FigureUse((start, end), (start, span_end), value, hedge, target, "exposure",
                             own)  # fmt: skip
    if phrase is not None and phrase.kind != "adjective":
        return FigureUse((start, end), (start, phrase.end), value, hedge, own, "phrase")
    predicate = _figure_predicate(doc, lex, analysis, phrase_end)
    if predicate is None and phrase is None:
        # "1.3 million Afghans (living) in Pakistan are ...": past a place
        located = _past_place(doc, phrase_end)
        if located != phrase_end:
            predicate = _figure_predicate(doc, lex, analysis, located)
    if predicate is not None:
        named, span_end = predicate
        return FigureUse((start, end), (start, span_end), value, hedge, named, "predicate")
    before = _group_before(doc, lex, analysis, start, end, clause)
    if before is None and phrase is None:
        before = _documents_before(doc, lex, start, end)
    if before is not None:
        return FigureUse((start, end), (before.start, end), value, hedge, before.categories,
                         "before")  # fmt: skip
    return None


def _coordinated(doc: Doc, lex: Lexicon, analysis: Analysis, end: int) -> bool:
    """ "four million Afghan migrants and refugees": the number counts both groups."""
    n = len(doc)
    if end >= n or doc[end].lower_ not in ("and", "or", "&", "/"):
        return False
    j = end + 1
    while j < n and j < end + 4:
        lower = doc[j].lower_
        if j in analysis.by_start or lower in lex.heads or lower in PERSON_NOUNS:
            return True
        if not (doc[j].is_alpha and (doc[j].is_title or lower in lex.nouns)):
            return False
        j += 1
    return False


def _hedge(doc: Doc, start: int) -> str | None:
    lowers = [doc[k].lower_ for k in range(max(0, start - 3), start)]
    for name, phrases in (("above", HEDGE_ABOVE), ("below", HEDGE_BELOW),
                          ("about", HEDGE_ABOUT)):  # fmt: skip
        for phrase in phrases:
            n = len(phrase)
            tail = tuple(lowers[-n:]) if len(lowers) >= n else ()
            if tail == phrase:
                return name
            # "the nearly 1.4 million", "some 1.7 million": one determiner in between
            if len(lowers) > n and tuple(lowers[-n - 1 : -1]) == phrase:
                return name
    return None


def _phrase_after(doc: Doc, lex: Lexicon, analysis: Analysis, end: int) -> Mention | None:
    """The group named right after a number: "1.4 million undocumented Afghans", "880,000
    PoR card holders", "1.4 million Afghan refugees", "the 1.4 million of the registered
    refugees"."""
    j, n, steps = end, len(doc), 0
    while j < n and steps < 4:
        mention = analysis.by_start.get(j)
        if mention is not None:
            return mention
        token = doc[j]
        lower = token.lower_
        if lower in ("more", "other", "additional", "of", "the", "estimated", "-", "‑") or (
            token.is_alpha and token.is_title and lower not in lex.nouns
        ):
            j += 1
            steps += 1
            continue
        break
    return None


def _flow(doc: Doc, lex: Lexicon, clause: Clause | None, start: int, phrase_end: int) -> bool:
    """The number counts movements, not a group: "460,000 undocumented Afghans left", "have
    been deported", "deported over 1.4 million", "the return of 1.4 million". Flows (ledger
    figures of returns) overlap every group's size, so they are never compared."""
    actions = lex.flow_actions
    lowest = clause.start if clause is not None else doc[start].sent.start
    highest = clause.end if clause is not None else doc[start].sent.end
    for k in range(start - 1, max(lowest, start - 5) - 1, -1):
        token = doc[k]
        if _moved(token, actions) or (
            token.lower_ == "of" and k > lowest and _nominal(doc[k - 1], actions)
        ):
            return True
        if token.lower_ not in NUMBER_LEAD and token.lower_ not in AUXILIARIES:
            break
    for k in range(phrase_end, min(highest, phrase_end + 5)):
        token = doc[k]
        if _moved(token, actions):
            return True
        if token.lower_ not in AUXILIARIES and not token.lower_.endswith("ly"):
            break
    return False


def _moved(token: Token, actions: frozenset[str]) -> bool:
    """A past form of a movement verb ("left", "returned", "deported")."""
    lemma = token.lemma_.lower()
    lower = token.lower_
    return lemma in actions and lower != lemma and not lower.endswith(("s", "ing"))


def _nominal(token: Token, actions: frozenset[str]) -> bool:
    """An action word before "of" is a noun: "the return of", "deportation of"."""
    return token.lower_ in actions or token.lemma_.lower() in actions


def _generic_noun_end(doc: Doc, lex: Lexicon, end: int) -> int:
    """Past a generic noun after a number ("1.3 million Afghans are ..."), or the number's end
    ("1.7 million were undocumented"); "of them"/"of whom" are read through."""
    j, n = end, len(doc)
    steps = 0
    while j < n and steps < 3:
        token = doc[j]
        lower = token.lower_
        if (
            lower in PERSON_NOUNS
            or lower in ("of", "them", "these", "those", "whom")
            or (token.is_alpha and token.is_title)
        ):
            j += 1
            steps += 1
            continue
        break
    return j


def _past_place(doc: Doc, i: int) -> int:
    """Past "(living) in Pakistan", "across the country", "in Khyber Pakhtunkhwa": where a
    group lives says nothing of which group it is."""
    n = len(doc)
    j = i
    if j < n and doc[j].lower_ in STAY_PARTICIPLES:
        j += 1
    if j >= n or doc[j].lower_ not in PLACE_PREPOSITIONS:
        return i
    k = j + 1
    if k < n and doc[k].lower_ == "the" and k + 1 < n and doc[k + 1].lower_ in PLACE_NOUNS:
        return k + 2
    start = k
    while k < n and k < start + 4 and doc[k].is_alpha and doc[k].is_title:
        k += 1
    return k if k > start else i


def _figure_predicate(doc, lex, analysis, i: int):
    """ "... are registered refugees", "... were undocumented", "... hold PoR cards", "...
    (had been) living in the country illegally"."""
    n = len(doc)
    if i >= n:
        return None
    holding = analysis.by_start.get(i)
    if holding is not None and holding.kind == "holding":
        return holding.categories, holding.end
    k = i
    while k < n and k < i + 3 and doc[k].lower_ in AUXILIARIES | RELATIVES:
        k += 1
    denial = _document_denial(doc, lex, analysis, i) or (
        _document_denial(doc, lex, analysis, k) if k < n else None
    )
    if denial is not None:  # "... without documents", "... living illegally"
        return frozenset(denial.negative), denial.end
    j, linked = i, False
    if doc[j].lower_ in RELATIVES:
        j += 1
    while j < n and j not in analysis.by_start:
        lower = doc[j].lower_
        if lower in NEGATIONS:
            return None
        if lower in COPULAS or lower in CLASSING:
            linked = True
        elif lower not in PREDICATE_FILLERS:
            break
        j += 1
    mention = analysis.by_start.get(j)
    if mention is None or mention.fused:
        return None
    if mention.kind == "adjective" and not all(
        _documented(lex, c) is False for c in mention.categories
    ):
        return None  # "are registered (with NADRA)": registered is no group's own word
    if mention.kind == "holding" or linked:
        return mention.categories, mention.end
    return None


def _appositive(doc: Doc, lex: Lexicon, between: list[str], end: int) -> bool:
    """A number set off by commas or brackets right after a group names that group's size."""
    if between[0] not in (",", "(", "—", "–") or not all(
        w in NUMBER_LEAD or w == between[0] for w in between
    ):
        return False
    after = _generic_noun_end(doc, lex, end)
    return after < len(doc) and doc[after].text in (",", ")", "—", "–", ".", ";")


def _group_before(
    doc, lex, analysis, start: int, end: int, clause: Clause | None
) -> Mention | None:
    """ "PoR card holders, numbering 880,000", "registered refugees (880,000)", "the number
    of registered refugees stands at 880,000"."""
    lowest = clause.start if clause is not None else doc[start].sent.start
    candidates = analysis.within(lowest, start)
    if not candidates:
        return None
    mention = candidates[-1]
    between = [doc[k].lower_ for k in range(mention.end, start)]
    if not between or len(between) > 6:
        return None
    if not all(w in PRE_FIGURE_BRIDGE for w in between):
        return None
    if _appositive(doc, lex, between, end):
        pass  # "undocumented Afghans, some 1.7 million people, ..."
    elif not any(w in PRE_FIGURE_ANCHORS for w in between):
        previous = [doc[k].lower_ for k in range(max(lowest, mention.start - 3), mention.start)]
        if "number" not in previous:
            return None
    if mention.kind == "adjective" or mention.fused:
        return None
    return mention


def _documents_of(doc: Doc, mention: Mention, between: list[str], end: int) -> bool:
    """A group's documents "of <N> people": the number counts the holders."""
    if between != ["of"] or doc[mention.end - 1].lower_ not in DOCUMENT_NOUNS:
        return False
    return end < len(doc) and doc[end].lower_ in PERSON_NOUNS


def _documents_before(doc: Doc, lex: Lexicon, start: int, end: int) -> Mention | None:
    """ "the Afghan Citizen Cards of 1.45 million people", "PoR cards of some 1.3 million
    Afghans": a group's documents "of" a number of people count the group's holders."""
    if end >= len(doc) or doc[end].lower_ not in PERSON_NOUNS | {"afghans"}:
        return None
    lowers = doc_lowers(doc)
    of = start - 1
    while of > 0 and lowers[of] in HEDGE_WORDS:
        of -= 1
    if of <= 0 or lowers[of] != "of":
        return None
    for words, category in lex.holdings:
        first = of - len(words)
        if first >= 0 and _match_object(lowers, first, words) == of:
            return Mention(first, of, frozenset({category}), "holding")
    return None


def _exposure(doc, lex, analysis, clause: Clause, start, end, phrase):
    """The group an order in this clause targets, when the number is the group it falls on
    ("... deadline for undocumented aliens to leave ..., putting 1.4 million Afghan refugees
    at risk")."""
    phrase_end = phrase.end if phrase is not None else _generic_noun_end(doc, lex, end)
    if not _exposed(doc, start, phrase_end, clause):
        return None
    targets = _order_targets(doc, lex, analysis, clause, (start, phrase_end))
    if not targets and _anaphoric(doc, clause, start):
        # "The move put 1.4 million ... at risk": the order is the previous sentence's
        previous = _previous_sentence(doc, clause.start)
        if previous is not None:
            for other in _clauses(previous):
                targets |= _order_targets(doc, lex, analysis, other, (0, 0))
    if len(targets) != 1:
        return None
    own = phrase.categories if phrase is not None else frozenset()
    if own and own <= targets:
        return None
    return frozenset(targets), phrase_end


def _order_targets(doc, lex, analysis, clause: Clause, skip: tuple[int, int]) -> set[str]:
    """Groups an order in the clause's affirmative part names: group words (outside the
    number's own phrase, ``skip``), phases and phase deadline dates."""
    targets: set[str] = set()
    for mention in analysis.within(clause.start, clause.affirmative_end):
        if mention.kind == "adjective" or mention.fused:
            continue
        if not (skip[0] <= mention.start < skip[1]):
            targets.update(mention.categories)
    for _, number in _phases_in(doc, clause.start, clause.affirmative_end):
        targets.update(lex.phase_targets.get(number, ()))
    targets.update(_dated_targets(doc, lex, clause))
    return targets & set(lex.categories)


def _anaphoric(doc: Doc, clause: Clause, start: int) -> bool:
    """The clause refers back to an order: "The move ...", "This ...", "It ..."."""
    lowers = [doc[k].lower_ for k in range(clause.start, min(start, clause.start + 3))]
    if lowers[:1] and lowers[0] in ("it", "this", "that", "which"):
        return True
    return len(lowers) > 1 and lowers[0] in ("the", "this", "that") and lowers[1] in ORDER_NOUNS


def _previous_sentence(doc: Doc, start: int) -> Span | None:
    sentence = doc[start].sent
    if sentence.start == 0:
        return None
    previous = doc[sentence.start - 1].sent
    return previous if not all(t.is_space for t in previous) else None


def _dated_targets(doc: Doc, lex: Lexicon, clause: Clause) -> set[str]:
    """Groups of a phase deadline whose date the clause gives ("... to leave by November 1")."""
    found: set[str] = set()
    for span in spans_within(doc, "dates", clause.start, clause.affirmative_end):
        value = span._.date
        for year, targets in lex.phase_dates.get((value.month, value.day), ()):
            if value.year is None or value.year == year:
                found.update(targets)
    return found


def _exposed(doc: Doc, start: int, phrase_end: int, clause: Clause) -> bool:
    """Is the number the group an order falls on? "putting 1.4 million ... at risk",
    "affecting some 800,000 ...", "... face deportation"."""
    for k in range(start - 1, max(clause.start, start - 4) - 1, -1):
        lower = doc[k].lower_
        if lower in EXPOSURE_VERBS:
            return True
        if lower not in NUMBER_LEAD:
            break
    lowers = [doc[k].lower_ for k in range(phrase_end, min(clause.affirmative_end, phrase_end + 5))]
    if _phrase_at(lowers, 0, EXPOSURE_AFTER):
        return True
    while lowers and (lowers[0] in MODALS or lowers[0] in AUXILIARIES):
        lowers = lowers[1:]
    return bool(lowers) and (lowers[0] in FACING or lowers[0] in ORDERED)


def _matches(value: float, hedge: str | None, figure: Figure) -> bool:
    """Does a number written in a draft (with its hedge) stand for this ledger figure?"""
    if figure.value is None:
        return False
    low = figure.low if figure.low is not None else figure.value
    high = figure.high if figure.high is not None else figure.value
    low, high = min(low, high, figure.value), max(low, high, figure.value)
    if hedge == "above":
        return value * (1 - 0.02) <= high and low <= value * (1 + BOUND_TOLERANCE)
    if hedge == "below":
        return value * (1 - BOUND_TOLERANCE) <= high and low <= value * (1 + 0.02)
    tolerance = HEDGED_TOLERANCE if hedge == "about" else TOLERANCE
    return value * (1 - tolerance) <= high and low <= value * (1 + tolerance)


def _rounds_to(value: float, figure: Figure) -> bool:
    """A round number may be the group's own figure rounded to as many significant digits
    ("two million" for 1.73 million): such a number is never held against the group."""
    if figure.value is None or value < 1000 or value != int(value):
        return False
    digits = len(str(int(value)).rstrip("0"))
    scale = 10 ** (len(str(int(value))) - digits)
    return round(figure.value / scale) * scale == value


@dataclass(frozen=True, slots=True)
class Mismatch:
    use: FigureUse
    matched: Figure
    """The other group's figure the number matches (closest, dated on or before the draft)."""
    named_figures: tuple[Figure, ...]


def _mismatch(lex: Lexicon, use: FigureUse, day: dt.date | None) -> Mismatch | None:
    named = [c for c in use.named if c in lex.categories and lex.figures.get(c)]
    if not named or len(named) != len(use.named):
        return None
    if any(
        _matches(use.value, use.hedge, f) or _rounds_to(use.value, f)
        for c in named
        for f in lex.figures[c]
    ):
        return None
    others = [
        f
        for cid, figures in lex.figures.items()
        if cid not in use.named
        for f in figures
        if _matches(use.value, use.hedge, f)
    ]
    own_values = [f.value for c in named for f in lex.figures[c] if f.value]
    low, high = min(own_values) / STOCK_RANGE, max(own_values) * STOCK_RANGE
    others += [
        f
        for f in lex.stocks
        if low <= (f.value or 0) <= high
        and _matches(use.value, use.hedge, f)
        and not (use.how != "exposure" and use.words <= lex.metric_words.get(f.id, frozenset()))
    ]
    if not others:
        return None
    matched = min(others, key=lambda f: _figure_rank(f, use.value, day))
    named_figures = sorted(
        (f for c in named for f in lex.figures[c]), key=lambda f: _figure_rank(f, use.value, day)
    )
    known = [f for f in named_figures if day is None or f.date is None or f.date <= day]
    return Mismatch(use, matched, tuple(known or named_figures))


def _figure_rank(figure: Figure, value: float, day: dt.date | None) -> tuple:
    """Prefer figures the draft could have seen (dated on or before it), then the nearest
    value, then the latest date."""
    future = day is not None and figure.date is not None and figure.date > day
    distance = abs((figure.value or 0) - value) / max(value, 1)
    return (future, round(distance, 3), -(figure.date.toordinal() if figure.date else 0))


# ---------------------------------------------------------------------------------------------
# Wording


def _label(lex: Lexicon, category_ids: Iterable[str]) -> str:
    labels = [lex.categories[c].label for c in sorted(category_ids) if c in lex.categories]
    return " / ".join(labels) if labels else ", ".join(sorted(category_ids))


def _short_label(lex: Lexicon, category_id: str) -> str:
    return lex.categories[category_id].label.split(" (")[0]


def format_value(value: float) -> str:
    """1400000 → "1.4 million", 775000 → "775,000"."""
    if value >= 1_000_000:
        millions = value / 1_000_000
        text = f"{millions:.2f}".rstrip("0").rstrip(".")
        return f"{text} million"
    return f"{round(value):,}"


def _figure_text(figure: Figure) -> str:
    when = figure.date.isoformat() if figure.date else "undated"
    by = f"{figure.by}, " if figure.by else ""
    return f"{format_value(figure.value)} ({by}{when})"


def _figure_summary(figure: Figure) -> str:
    when = figure.date.isoformat() if figure.date else "undated"
    shown = figure.value_text or format_value(figure.value)
    return f"{figure.metric}: {shown} ({figure.by or 'unattributed'}, {when})"


def _category_summary(category: Category) -> str:
    facts = ", ".join(
        f"{name}: {str(value).lower()}"
        for name in ATTRIBUTES
        if (value := _attribute(category, name)) is not None
    )
    phase = f", phase {category.phase}" if category.phase is not None else ""
    return f"{category.name} ({facts}{phase})"


def _conflations(lex: Lexicon, ledger: Ledger, *groups: Iterable[str]) -> list[Conflation]:
    """Ledger conflation entries whose pattern names words of every one of ``groups``."""
    found = []
    for entry in ledger.conflations:
        text = entry.pattern.lower()
        if all(any(_has_words(text, w) for w in words if w) for words in groups):
            found.append(entry)
    return found


def _has_words(text: str, words: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", text) is not None


def _group_words(lex: Lexicon, category_ids: Iterable[str]) -> list[str]:
    words: list[str] = []
    for cid in category_ids:
        category = lex.categories.get(cid)
        if category is not None:
            words.extend(category.terms)
            words.extend(category.modifiers)
            words.extend(category.heads)
    return words


def _case_like(model: str, text: str) -> str:
    if model.isupper() and len(model) > 1:
        return text.upper()
    if model[:1].isupper():
        return text[:1].upper() + text[1:]
    return text


# ---------------------------------------------------------------------------------------------
# Corpus evidence


def _corpus_uses(corpus: Corpus, lex: Lexicon, category_id: str, value: float) -> list:
    """Corpus sentences that give ``value`` for its own group (checked with the same reading
    as drafts, so a corpus sentence that is itself wrong is never cited)."""
    key = ("categories.uses", category_id, format_number(value))
    return corpus.memo(key, lambda: _find_uses(corpus, lex, category_id, value))


def _find_uses(corpus: Corpus, lex: Lexicon, category_id: str, value: float) -> list:
    number = ("number", format_number(value))
    found: dict[int, CorpusSentence] = {}
    keys = [("category", category_id)] + [("lemma", w) for w in lex.head_lemmas[category_id]]
    for key in keys:
        for sentence in corpus.find(number, key):
            found.setdefault(sentence.id, sentence)
    uses = []
    for sentence in sorted(found.values(), key=lambda s: s.id):
        doc = corpus.doc(sentence)
        analysis = _analysis(doc, lex)
        for use in analysis.figures:
            if (
                use.named == frozenset({category_id})
                and use.how != "exposure"
                and abs(use.value - value) <= value * 0.005
                and _mismatch(lex, use, sentence.date) is None
            ):
                uses.append(sentence.evidence())
                break
    return uses


def _example_sentences(corpus: Corpus, category_id: str, words: str) -> list[Evidence]:
    """One corpus sentence that names the group with the suggested words, else any."""

    def build() -> list[Evidence]:
        key = ("category", category_id)
        chosen = corpus.find_containing(key, contains=words, limit=1) if words else []
        return [s.evidence() for s in chosen or corpus.find(key, limit=1)]

    return corpus.memo(("categories.example", category_id, words), build)


# ---------------------------------------------------------------------------------------------
# The rules


class ConflatedRefugeeCategory(Rule):
    code = "NL301"
    name = "conflated-refugee-category"
    summary = "A phrase that fuses two refugee categories the ledger keeps apart"
    severity = Severity.WARNING
    documentation = """
        The ledger's categories (here: PoR card holders = registered refugees; ACC holders,
        who may stay but are not refugees; undocumented Afghans, the target of phase one) must
        not be merged into one phrase. Found:

        * a modifier of one group on a head noun or term of another that it contradicts
          ("undocumented Afghan refugees", "illegal refugees", "undocumented PoR card holders");
        * a deportation phase paired with a group another phase targets ("phase two ... PoR
          card holders");
        * a predicate that gives a group a property the ledger denies it ("ACC holders, who are
          registered refugees", "registered refugees without documents").

        Contrasts ("not", "rather than", "unlike", "exempt", "excluding", "apart from",
        "while") and coordinations ("Afghan refugees and undocumented migrants") are not
        conflations, nor is a phrase quoted as a phrase ('the term "illegal refugees"').
        Calling a group undocumented after its own phase deadline, or after its documents'
        validity chain ended, is not flagged; nor is a status said to come later ("will be
        illegal from April 1").

        Bad:
            The crackdown on undocumented Afghan refugees continued.
            In phase two, PoR card holders will be expelled.
            ACC holders, who are registered refugees, must leave by March 31.

        Good:
            The crackdown on undocumented Afghans continued.
            In phase two, ACC holders will be expelled; phase three targets PoR card holders.
            ACC holders, who are not registered refugees, must leave by March 31.

        Fix: for a modifier on another group's head noun, the modifier's own noun ("undocumented
        Afghans" or "undocumented Afghan migrants").
    """

    def check(self, draft: Draft, corpus: Corpus) -> Iterable[Problem]:
        return list(self._problems(draft, corpus))

    def _problems(self, draft: Draft, corpus: Corpus) -> Iterator[Problem]:
        lex = _lexicon(corpus)
        doc = draft.doc
        analysis = _analysis(doc, lex)
        exposed = {u.span for u in analysis.figures if u.how == "exposure"}
        seen: set[tuple[int, int]] = set()
        for fusion in _fusions(draft, doc, lex, analysis):
            if fusion.span in seen or any(s <= fusion.span[0] < e for s, e in exposed):
                continue
            seen.add(fusion.span)
            yield self._problem(draft, corpus, lex, fusion)

    def _problem(self, draft: Draft, corpus: Corpus, lex: Lexicon, fusion: Fusion) -> Problem:
        doc = draft.doc
        span = doc[fusion.span[0] : fusion.span[1]]
        if fusion.kind == "phrase":
            message, fix, suggestion = _phrase_message(draft, lex, fusion)
        elif fusion.kind == "phase":
            message, fix, suggestion = _phase_message(lex, fusion, span), None, ""
        else:
            message, fix, suggestion = _predicate_message(lex, fusion, span), None, ""
        evidence = _fusion_evidence(corpus, lex, fusion, suggestion)
        return draft.problem(span, message, evidence, fix)


@dataclass(frozen=True, slots=True)
class Rewording:
    """A rewording of a fused phrase: the whole phrase as it would read, and the edit."""

    phrase: str
    start: int
    end: int
    replacement: str


def _phrase_message(draft: Draft, lex: Lexicon, fusion: Fusion) -> tuple[str, Fix | None, str]:
    doc = draft.doc
    mention = fusion.mention
    span = doc[mention.start : mention.end]
    modifier = doc[mention.modifier[0] : mention.modifier[1]].text
    head = doc[mention.head[0] : mention.head[1]].text
    said = _label(lex, fusion.said)
    other = _label(lex, fusion.other)
    denied = _facts(lex, fusion.said, [name for name, _ in fusion.attributes])
    options = _phrase_options(doc, lex, mention)
    message = (
        f'"{span.text}" fuses two groups: "{modifier}" marks {said}, but "{head}" names '
        f"{other} ({denied})"
    )
    if not options:
        return message, None, ""
    message += "; write " + " or ".join(f'"{o.phrase}"' for o in options)
    best = options[0]
    fix = draft.replacement(doc[best.start : best.end], best.replacement, f'write "{best.phrase}"')
    return message, fix, best.phrase.lower()


def _phrase_options(doc: Doc, lex: Lexicon, mention: Mention) -> list[Rewording]:
    """Rewordings that keep the modifier's group: a ledger term made of the modifier and a
    demonym in the phrase ("undocumented Afghans"), or the group's own head noun in the
    head's number ("undocumented Afghan migrants")."""
    if mention.kind != "np" or len(mention.modifier_categories) != 1:
        return []
    (category_id,) = mention.modifier_categories
    category = lex.categories[category_id]
    head_start, head_end = mention.head
    head = doc[head_start]
    singular = head.lower_ == head.lemma_.lower() and not head.lower_.endswith("s")
    modifier_words = doc[mention.modifier[0] : mention.modifier[1]].text.lower()
    options: list[Rewording] = []
    demonym = doc[head_start - 1] if head_start - 1 >= mention.modifier[1] else None
    if (
        demonym is not None
        and not singular
        and head_end == head_start + 1
        and demonym.is_alpha
        and demonym.is_title
        and f"{modifier_words} {demonym.lower_}s" in category.terms
    ):
        text = doc[mention.start : demonym.i].text_with_ws + demonym.text + "s"
        options.append(Rewording(text, demonym.i, head_end, demonym.text + "s"))
    replacement = _own_head(lex, category, singular) or _term_rest(category, modifier_words)
    if replacement is not None:
        word = _case_like(head.text, replacement)
        text = (
            doc[mention.start : head_start].text_with_ws
            + word
            + head.whitespace_
            + doc[head_start + 1 : head_end].text
        ).strip()
        options.append(Rewording(text, head_start, head_start + 1, word))
    return options


def _own_head(lex: Lexicon, category: Category, singular: bool) -> str | None:
    """The group's first head noun in the number of the head it replaces."""
    lemmas = lex.head_lemmas.get(category.id, ())
    for head in category.heads:
        if (head in lemmas) == singular:
            return head
    return lemmas[0] if singular and lemmas else None


def _term_rest(category: Category, modifier: str) -> str | None:
    """ "acc holders" for modifier "acc" → "holders": the group's own noun after it."""
    for term in category.terms:
        if term.startswith(modifier + " ") and len(term) > len(modifier) + 1:
            rest = term[len(modifier) + 1 :]
            if rest.endswith("s"):
                return rest
    return None


def _phase_message(lex: Lexicon, fusion: Fusion, span: Span) -> str:
    said = _label(lex, fusion.said)
    targets = _label(lex, fusion.other)
    phases = sorted({lex.category_phase[c] for c in fusion.said if c in lex.category_phase})
    own = f" (phase {', '.join(map(str, phases))})" if phases else ""
    return (
        f'phase {fusion.phase} targets {targets} per the ledger, not {said}{own}: "{span.text}" '
        f"is paired with the wrong phase or the wrong group"
    )


def _predicate_message(lex: Lexicon, fusion: Fusion, span: Span) -> str:
    names = [name for name, _ in fusion.attributes]
    return (
        f'"{span.text}" gives {_label(lex, fusion.said)} a property of '
        f"{_label(lex, fusion.other)}: per the ledger {_facts(lex, fusion.said, names)}, "
        f"while {_facts(lex, fusion.other, names)}"
    )


def _facts(lex: Lexicon, category_ids: Iterable[str], names: list[str]) -> str:
    """ "undocumented Afghans have no refugee status and no valid documents"."""
    sentences = []
    for cid in sorted(category_ids):
        category = lex.categories.get(cid)
        if category is None:
            continue
        parts = [
            ATTRIBUTE_TEXT[(name, value)]
            for name in names
            if (value := _attribute(category, name)) is not None
        ]
        if parts:
            sentences.append(f"{_short_label(lex, cid)} {_join(parts)}")
    return "; ".join(sentences)


def _join(parts: list[str]) -> str:
    """ "have no refugee status", "have no valid documents" → "have no refugee status and no
    valid documents" (a shared verb is said once)."""
    first, *rest = parts
    verb = first.split(" ", 1)[0]
    tail = [p.split(" ", 1)[1] if p.split(" ", 1)[0] == verb else p for p in rest]
    return " and ".join([first, *tail])


def _fusion_evidence(corpus: Corpus, lex: Lexicon, fusion: Fusion, suggestion: str):
    ledger = corpus.ledger
    evidence: list[Evidence] = []
    left, right = fusion.words
    if fusion.kind == "phase":  # entries about this phase and the group paired with it
        groups = [[left], [right, *_group_words(lex, fusion.said)]]
    else:
        groups = [
            [left, *_group_words(lex, fusion.said)],
            [right, *_group_words(lex, fusion.other)],
        ]
    for entry in _conflations(lex, ledger, *groups)[:1]:
        evidence.append(entry.origin.evidence(f"{entry.pattern}: {entry.issue}"))
    if fusion.kind == "phase":
        for deadline in ledger.deadlines.values():
            if deadline.phase == fusion.phase:
                when = deadline.date.isoformat() if deadline.date else "undated"
                evidence.append(
                    deadline.origin.evidence(
                        f"{deadline.title}: {when}, targets {', '.join(deadline.targets)}"
                    )
                )
                break
    for cid in sorted(fusion.said | fusion.other):
        category = lex.categories.get(cid)
        if category is not None:
            evidence.append(category.origin.evidence(_category_summary(category)))
    if fusion.kind == "phrase" and len(fusion.said) == 1:
        (cid,) = fusion.said
        evidence.extend(_example_sentences(corpus, cid, suggestion))
    return evidence


class CategoryFigureMismatch(Rule):
    code = "NL302"
    name = "category-figure-mismatch"
    summary = "A figure the ledger ties to one refugee category, given for another"
    severity = Severity.WARNING
    documentation = """
        A number given for one group that matches the ledger's figures for another group and
        none of the named group's own figures (±7%, ±10% after "about/around/some", and "over",
        "more than", "nearly", "almost", "up to" read as bounds). Figures move with time, so
        every dated figure of the named group counts; the message names the dated figure the
        draft's number matches and lists the named group's figures.

        The group is read from the noun after the number ("880,000 PoR card holders"), a
        predicate ("1.3 million Afghans are registered refugees"), a noun before it ("PoR card
        holders, numbering 880,000"), or, for a number an order puts at risk, from the group
        that order targets in the same clause ("a deadline for undocumented aliens ...,
        putting 1.4 million Afghan refugees at risk": 1.4 million is the PoR figure).
        Counts of people moving ("460,000 ... left", "have been deported since ...") are not
        group sizes and are never compared. Groups without ledger figures are not checked.
        Figures the ledger files under other populations (a total of all Afghans, UNHCR's wider
        refugee count) count as another group's figures when within a factor of three of the
        named group's own, unless their metric has every word the draft gives the number
        ("2.1 million Afghan refugees", UNHCR's metric); buckets of movement figures are
        skipped. A number for groups joined by "and" ("migrants and refugees") is not
        compared.

        Bad:
            Pakistan says 1.4 million undocumented Afghans must leave.
            Some 880,000 PoR card holders were told their cards would be renewed.

        Good:
            Pakistan says 1.73 million undocumented Afghans must leave.
            The drive targets undocumented migrants, not the 1.3 million registered refugees.
            Some 880,000 ACC holders were told to leave.
    """

    def check(self, draft: Draft, corpus: Corpus) -> Iterable[Problem]:
        return list(self._problems(draft, corpus))

    def _problems(self, draft: Draft, corpus: Corpus) -> Iterator[Problem]:
        lex = _lexicon(corpus)
        doc = draft.doc
        for use in _analysis(doc, lex).figures:
            day = draft.date_for(doc[use.number[0]])
            mismatch = _mismatch(lex, use, day)
            if mismatch is not None:
                yield self._problem(draft, corpus, lex, mismatch)

    def _problem(self, draft: Draft, corpus: Corpus, lex: Lexicon, mismatch: Mismatch):
        doc = draft.doc
        use = mismatch.use
        number = doc[use.number[0] : use.number[1]].text
        matched = mismatch.matched
        named = _label(lex, use.named)
        other = (
            _label(lex, {matched.category})
            if matched.category in lex.categories
            else f'"{matched.metric}"'
        )
        when = matched.date.isoformat() if matched.date else "an unknown date"
        by = f" by {matched.by}" if matched.by else ""
        listed = ", ".join(_figure_text(f) for f in mismatch.named_figures[:4])
        message = (
            f"{number} matches the {other} figure given{by} on {when} "
            f"({format_value(matched.value)}), not the figures for {named}: {listed}"
        )
        if use.how == "exposure":
            message += f"; this clause's order targets {named}, so the number should be theirs"
            if use.own:
                message += f", not that of {_label(lex, use.own)}"
        evidence = [matched.origin.evidence(_figure_summary(matched))]
        for figure in mismatch.named_figures[:1]:
            evidence.append(figure.origin.evidence(_figure_summary(figure)))
        for entry in _conflations(lex, corpus.ledger, [number.lower()]):
            evidence.append(entry.origin.evidence(f"{entry.pattern}: {entry.issue}"))
        if matched.category in lex.categories:
            for value in dict.fromkeys((matched.value, use.value)):
                uses = _corpus_uses(corpus, lex, matched.category, value)
                evidence.extend(e for e in uses if e not in evidence)
        evidence = evidence[: 4 + CORPUS_EVIDENCE]
        return draft.problem(doc[use.span[0] : use.span[1]], message, evidence)


@hookimpl
def narrlint_rules() -> list[Rule]:
    return [ConflatedRefugeeCategory(), CategoryFigureMismatch()]
