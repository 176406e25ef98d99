"""What the ledger says about groups, prepared once per corpus for the group claims reader.

The ledger's ``categories`` name groups of people that must not be confused; each brings its
``terms`` (CATEGORY entities of the pipeline), the ``modifiers`` and ``heads`` that put a noun
phrase into the group, the attributes the rules compare (``refugee_status``, ``documented``)
and the deportation ``phase`` that targets it; ``figures`` tie numbers to categories.
:func:`lexicon` turns them into matchers and tables (cached with ``corpus.memo``), so every
group word the reader knows comes from the ledger. What it reads with the whole pipeline (the
lemmas of the groups' heads, the words of figure metrics) is kept between runs beside the
cached ledger (:func:`narrlint.nlp.pipeline.derived_values`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from narrlint.claims.dates_lexicon import lexicon_for as dates_lexicon
from narrlint.claims.groups_words import AREA_NOUNS, DATELINE_MARKS, NEGATION_PREFIXES
from narrlint.knowledge.corpus import Corpus
from narrlint.knowledge.ledger import Category, Figure, Ledger
from narrlint.knowledge.ledgercache import is_word_set
from narrlint.nlp.countries import CAPITALS, form_words, world_of
from narrlint.nlp.pipeline_data import derived_values
from narrlint.nlp.vocabulary import ARRIVAL_LEMMAS, DEPARTURE_LEMMAS, PERSON_NOUNS, nominals

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Span, Token

TOLERANCE = 0.07
"""A number within 7% of a ledger figure names that figure (rounding, "1.4" for 1.45)."""
HEDGED_TOLERANCE = 0.10
BOUND_TOLERANCE = 0.15
"""'over 1.3 million' may stand for a figure up to 15% above the number written."""
PRECISE_BOUND_TOLERANCE = 0.05
"""... but a bound written to three significant digits or more is near its figure: "nearly
1.73 million" is no 1.6 million."""
PRECISE_BOUND_DIGITS = 3


@dataclass(frozen=True, slots=True)
class LocalOrder:
    """An order of one place with no phase of the national plan (the ledger's deadlines with
    a ``place``): a phase named next to its place may be one of that order's own steps."""

    id: str
    place: str
    targets: frozenset[str]
    date: dt.date | None


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
    movements: frozenset[str]
    """:attr:`flow_actions`, verbs of people arriving ("crossed over", "fled") and of people
    leaving ("deported", "repatriated"): a number they count is people moving, not a group's
    size."""
    lapses: dict[str, dt.date]
    """Category → the first phase deadline that targets it, or the end of its documents'
    validity chain: after it the group's documents no longer make it legal, so calling it
    undocumented is not a conflation."""
    phase_days: dict[int, dt.date]
    """Phase → its (earliest) deadline: the day the phase's people had to be gone, and the
    time a sentence that names the phase ("in the first phase, ...") speaks of."""
    stay_ends: dict[str, dt.date]
    """Category → the deadline of the first phase that targets it: after it the group's
    people stay without legal status, whatever papers they still hold."""
    phase_announced: dict[int, dt.date]
    """Phase → the day it was first announced (else its deadline): from then on the plan's
    people include the phase's groups ("the Illegal Foreigners Repatriation Programme" in
    March 2025, when phase two had been announced for ACC holders)."""
    figures: dict[str, tuple[Figure, ...]]
    stocks: tuple[Figure, ...] = ()
    """Figures of groups the ledger names only in ``figures`` (totals, UNHCR's refugee count):
    sizes of populations, not flows (a bucket whose metrics mostly speak of movement); and
    figures of several groups together filed under one of them (:func:`_combined`)."""
    stock_ids: frozenset[str] = frozenset()
    """Ids of :data:`stocks` (a figure's membership asked by id, not by comparing fields)."""
    metric_words: dict[str, frozenset[str]] = field(default_factory=dict)
    """Figure id → lower-case words and lemmas of its metric (for :data:`stocks`)."""
    stock_subjects: dict[str, frozenset[str]] = field(default_factory=dict)
    """Figure id → the one group the subject of a stock's metric names by its modifiers or
    terms ("Illegal Afghan nationals in the whole country": the undocumented): such a
    figure is no other population's size for that group (a metric naming two groups is
    their sum, another population for each)."""
    people: frozenset[str] = frozenset()
    """Generic people nouns and the nouns the ledger's terms put after a group's modifier
    without making them a head ("afghans" in "undocumented afghans"): the people a number
    counts in "the PoR cards of 1.3 million Afghans"."""
    places: dict[tuple[str, ...], tuple[LocalOrder, ...]] = field(default_factory=dict)
    """Lower-case words of a place ("islamabad", "twin cities") → the local orders there."""
    max_place: int = 0
    place_starts: frozenset[str] = frozenset()
    known: frozenset[str] = frozenset()
    """Every word of a name the ledger knows, and its countries' words (from the dates
    lexicon): a capitalised name outside them and outside common words is another place."""
    common: frozenset[str] | None = None
    countries: frozenset[str] = frozenset()
    """Words that name the ledger's own countries ("pakistan", "islamabad")."""
    world: dict[tuple[str, ...], str] = field(default_factory=dict)
    """Lower-case words of another country's name or people ("turkey", "lebanese",
    ("saudi", "arabia")) → that country: the world's countries
    (:data:`~narrlint.nlp.countries.COUNTRIES`) less the ledger's own, and their capitals
    (:data:`~narrlint.nlp.countries.CAPITALS`: "Tehran's second phase")."""
    world_firsts: frozenset[str] = frozenset()
    """The first words of :attr:`world`'s keys."""
    home: frozenset[str] = frozenset()
    """Words of the ledger's own countries, their capitals and peoples ("pakistan",
    "pakistani", "afghan", "kabul"): a sentence naming one is about the ledger's people."""
    hosts: frozenset[str] = frozenset()
    """The words of :attr:`home` that name the country where the ledger's groups live
    ("pakistan", "pakistani", "islamabad"): those of the ledger's countries whose words no
    group's term or modifier uses ("registered afghan refugees" names its people by the
    country they come from, which is no place they are in). Empty when the ledger names no
    government's country: where its groups live is then not known."""
    placing: frozenset[str] = frozenset()
    """:attr:`home` and :attr:`world_firsts` together: the only words (or lemmas) that can
    set a sentence at home or abroad, found in a doc by one pass."""
    holdings_by_initial: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = field(
        default_factory=dict
    )
    """First letter of a holding's first word → the holdings it may open, in
    :data:`holdings` order: a token whose first letter opens none is skipped at once."""
    holding_firsts: frozenset[str] = frozenset()
    """Every word a holding may open with (its first word, and a one-word holding's plurals):
    a token outside them opens none, tested before any holding is matched."""
    near: dict[float, bool] = field(default_factory=dict)
    """Memo of :func:`~narrlint.claims.groups_figures._near_any` (numbers repeat across
    drafts)."""
    joint: dict[frozenset[str], tuple[Figure, ...]] = field(default_factory=dict)
    """Memo of :func:`joint_figures`."""
    matched: dict[tuple[float, str | None], frozenset[int]] = field(default_factory=dict)
    """Memo of :func:`matching_figures`."""
    undocumented: tuple[str, ...] = ()
    """Ids of the groups without documents (``documented: false``), in ledger order."""
    documented: frozenset[str] = frozenset()
    """Ids of the groups with documents (``documented: true``)."""
    plan_groups: frozenset[str] = frozenset()
    """Groups the phased plan's own name names by its words ("Illegal Foreigners
    Repatriation Plan": the undocumented): "the second phase of deporting illegal Afghans"
    may call every phase's people by the plan's word."""


def lexicon(corpus: Corpus) -> Lexicon:
    """The corpus's group lexicon, built on first use."""
    return corpus.memo("claims.groups.lexicon", lambda: _build_lexicon(corpus))


def _by_initial(holdings):
    """See :attr:`Lexicon.holdings_by_initial` (holdings always have words)."""
    initials = {words[0][:1] for words, _ in holdings}
    return {initial: tuple(h for h in holdings if h[0][0][:1] == initial) for initial in initials}


def _plurals(word: str) -> tuple[str, str, str]:
    """A word as :func:`~narrlint.claims.groups_holdings.match_object` accepts it last."""
    return word, word + "s", word + "es"


def _build_lexicon(corpus: Corpus) -> Lexicon:
    from spacy.matcher import PhraseMatcher  # here, not at load: see nlp.tokens.new_span

    ledger = corpus.ledger
    nlp = corpus.nlp
    categories = dict(ledger.categories)
    modifiers = PhraseMatcher(nlp.vocab, attr="LOWER")
    heads: dict[str, set[str]] = {}
    nouns = set(PERSON_NOUNS)
    holdings: list[tuple[tuple[str, ...], str]] = []
    people = set(PERSON_NOUNS)
    antonyms = _antonyms(categories)
    for category in categories.values():
        own_modifiers = {m.lower() for m in category.modifiers}
        patterns = [nlp.make_doc(m) for m in category.modifiers if m.strip()]
        patterns += [nlp.make_doc(a) for a, ids in antonyms.items() if category.id in ids]
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
            elif len(words) == 2 and words[0] in own_modifiers:
                people.add(words[1])  # "undocumented afghans"
    subjects = PhraseMatcher(nlp.vocab, attr="LOWER")
    terms = {t for d in ledger.deadlines.values() for t in d.subject_terms if " " in t.strip()}
    terms |= {t.replace("'", "’") for t in terms}  # "Illegal Foreigners’ Repatriation Plan"
    if terms:
        subjects.add("subject", [nlp.make_doc(t) for t in sorted(terms)])
    phase_targets, category_phase, phase_actions, lapses = _phases(ledger)
    lemmas = derived_values(
        nlp,
        "claims.groups.head_lemmas",
        (h for c in categories.values() for h in c.heads if h.strip()),
        lambda head: nlp(head)[0].lemma_.lower(),
        _is_str,
        code=_CODE,
    )
    head_lemmas = {
        c.id: tuple(dict.fromkeys(lemmas[h] for h in c.heads if h.strip()))
        for c in categories.values()
    }
    combined = _combined(ledger, categories)
    figures = {
        cid: tuple(f for f in ledger.figures_for(cid) if f not in combined) for cid in categories
    }
    flow_actions = frozenset(w for words in phase_actions.values() for w in words)
    stocks, metric_words = _stocks(ledger, nlp, set(categories), flow_actions)
    stocks += combined
    stock_subjects = {f.id: _metric_subject_groups(f, categories) for f in stocks}
    plan_groups = _plan_groups(ledger, categories)
    places = _local_orders(ledger, nlp)
    names = dates_lexicon(corpus)
    # one entry per (words, category): a term and its plural give the same holding
    ordered_holdings = tuple(sorted(dict.fromkeys(holdings), key=lambda h: -len(h[0])))
    return Lexicon(
        categories=categories,
        modifier_matcher=modifiers,
        subject_matcher=subjects,
        heads={k: frozenset(v) for k, v in heads.items()},
        head_lemmas=head_lemmas,
        nouns=frozenset(nouns - set(heads)),
        holdings=ordered_holdings,
        holdings_by_initial=_by_initial(ordered_holdings),
        holding_firsts=frozenset(
            form for words, _ in ordered_holdings for form in _plurals(words[0])
        ),
        phase_targets=phase_targets,
        category_phase=category_phase,
        phase_actions=phase_actions,
        phase_dates=_phase_dates(ledger),
        flow_actions=flow_actions,
        movements=flow_actions | ARRIVAL_LEMMAS | DEPARTURE_LEMMAS,
        lapses=lapses,
        phase_days=_phase_days(ledger),
        phase_announced=_phase_announced(ledger),
        stay_ends=_stay_ends(ledger),
        figures=figures,
        stocks=stocks,
        stock_ids=frozenset(f.id for f in stocks),
        metric_words=metric_words,
        stock_subjects={k: v for k, v in stock_subjects.items() if len(v) == 1},
        plan_groups=plan_groups,
        undocumented=tuple(c for c, cat in categories.items() if cat.documented is False),
        documented=frozenset(c for c, cat in categories.items() if cat.documented is True),
        people=frozenset(people - set(heads)),
        places=places,
        max_place=max((len(k) for k in places), default=0),
        place_starts=frozenset(k[0] for k in places),
        known=names.known,
        common=names.common,
        countries=frozenset(names.countries),
        **_world(ledger, names, categories),
    )


def _world(ledger: Ledger, names, categories: dict) -> dict:
    """:attr:`Lexicon.world`, :attr:`Lexicon.world_firsts`, :attr:`Lexicon.home` and
    :attr:`Lexicon.hosts`: the world's countries split into the ledger's own (its governments'
    countries, their terms and nationality words) and the others, by
    :func:`narrlint.nlp.countries.world_of` (the one derivation the title reader uses too),
    each with its capital (:data:`~narrlint.nlp.countries.CAPITALS`; not one that is
    also a common word)."""
    split = world_of(g.country for g in ledger.governments if g.country)
    home = set(names.countries) | set(names.nationality)
    home |= {t.lower() for g in ledger.governments for t in g.country_terms if " " not in t}
    home |= {words[0] for words in split.own if len(words) == 1}
    own = {name.lower() for name in split.own.values()}
    foreign = dict(split.foreign)
    for country, capital in CAPITALS.items():
        words = form_words(capital)
        if len(words) == 1 and names.common is not None and words[0] in names.common:
            continue  # a capital that is also a common word places nothing
        if country.lower() in own:
            if len(words) == 1:
                home.add(words[0])  # "Islamabad's decision", "Kabul says": the ledger's own
        else:
            foreign.setdefault(words, country)  # "Tehran's second phase": another country's
    return {
        "world": foreign,
        "world_firsts": frozenset(k[0] for k in foreign),
        "home": frozenset(home),
        "hosts": _hosts(ledger, split.own, categories) & frozenset(home),
        "placing": frozenset(home) | {k[0] for k in foreign},
    }


def _hosts(ledger: Ledger, own: dict[tuple[str, ...], str], categories: dict) -> frozenset[str]:
    """:attr:`Lexicon.hosts`: the one-word names, people words and terms of each ledger
    country none of whose words a group's term or modifier uses."""
    grouped = {
        word
        for category in categories.values()
        for text in (*category.terms, *category.modifiers)
        for word in text.lower().split()
    }
    hosts: set[str] = set()
    for government in ledger.governments:
        if not government.country:
            continue
        country = government.country.lower()
        words = {country} | {t.lower() for t in government.country_terms if " " not in t}
        words |= {w[0] for w, name in own.items() if len(w) == 1 and name.lower() == country}
        if words.isdisjoint(grouped):
            hosts |= words
    return frozenset(hosts)


def _local_orders(ledger: Ledger, nlp) -> dict[tuple[str, ...], tuple[LocalOrder, ...]]:
    """The words of each place that has an order outside the national plan's phases."""
    places: dict[tuple[str, ...], list[LocalOrder]] = {}
    for deadline in ledger.deadlines.values():
        if deadline.national or deadline.phase is not None or not deadline.targets:
            continue
        # an order with no cut-off of its own ("launched the third phase") dates from its
        # launch or announcement
        when = deadline.date or deadline.enforcement_from or deadline.announced
        order = LocalOrder(deadline.id, deadline.place or "", frozenset(deadline.targets),
                           when)  # fmt: skip
        for term in (deadline.place or "", *deadline.place_terms):
            words = tuple(t.lower_ for t in nlp.make_doc(term) if not t.is_space)
            if words:
                places.setdefault(words, []).append(order)
    return {k: tuple(dict.fromkeys(v)) for k, v in places.items()}


def _antonyms(categories: dict[str, Category]) -> dict[str, frozenset[str]]:
    """ "documented", "legal", "regular": a modifier of a group without documents, less its
    negation prefix, names every group with documents (unless it is a group's own word, as
    "registered" is)."""
    documented = frozenset(c.id for c in categories.values() if c.documented is True)
    own = {m.lower() for c in categories.values() for m in c.modifiers}
    found: dict[str, frozenset[str]] = {}
    for category in categories.values():
        if category.documented is not False or not documented:
            continue
        for modifier in category.modifiers:
            lower = modifier.lower()
            for prefix in NEGATION_PREFIXES:
                rest = lower.removeprefix(prefix)
                if rest != lower and len(rest) > 3 and rest not in own:
                    found[rest] = documented
    return found


def _combined(ledger: Ledger, categories: dict[str, Category]) -> tuple[Figure, ...]:
    """Figures filed under a group whose metric names the terms of two groups or more
    ("Undocumented Afghans and ACC holders who could be affected"): a count of several
    groups together, not the size of the one it is filed under."""
    found = []
    for figure in ledger.figures:
        if figure.category not in categories or figure.value is None:
            continue
        metric = figure.metric.lower()
        named = {
            cid
            for cid, category in categories.items()
            if any(_names(t, metric) for t in category.terms)
        }
        if len(named) >= 2:
            found.append(figure)
    return tuple(found)


def _names(words: str, text: str) -> bool:
    """Does ``text`` hold ``words`` as whole words (not inside a longer word or hyphenated
    compound)? Tested as a substring first: most terms are not in most metrics."""
    return words in text and re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", text) is not None


PLAN_NOUNS = frozenset({"plan", "programme", "program"})


def _plan_groups(ledger, categories: dict[str, Category]) -> frozenset[str]:
    """See :attr:`Lexicon.plan_groups`: the groups whose modifiers or heads are words of a
    plan's name among the subject terms of the ledger's phased deadlines."""
    found: set[str] = set()
    for deadline in ledger.deadlines.values():
        if deadline.phase is None:
            continue
        for term in deadline.subject_terms or ():
            words = set(re.findall(r"[\w-]+", term.lower()))
            if not words & PLAN_NOUNS:
                continue
            found.update(
                c.id
                for c in categories.values()
                if words & {m.lower() for m in (*c.modifiers, *c.heads)}
            )
    return frozenset(found)


def _metric_subject_groups(figure: Figure, categories: dict[str, Category]) -> frozenset[str]:
    """The groups a metric's subject names: its words before the first mark that opens a
    breakdown or gloss (":", ";", "(", ",", a quote), so that "Afghans in Pakistan 3.2
    million: 1.3 million registered, ..." names no group."""
    subject = re.split(r"[:;(,\"“]", figure.metric, maxsplit=1)[0].lower()
    return frozenset(
        cid
        for cid, category in categories.items()
        if any(
            _names(m.lower(), subject) for m in (*category.modifiers, *category.terms) if m.strip()
        )
    )


def _stocks(ledger: Ledger, nlp, categories: set[str], flow_actions: frozenset[str]):
    """Figures of other populations (``category`` not a ledger group): a number given for a
    group may be one of them ("4.4 million" Afghans in all, given as refugees). A bucket of
    figures whose metrics mostly speak of movement ("returned", "expelled") holds flows, which
    overlap every group's size and are never compared; nor is a count of one province or city
    (a metric with an area noun: "residing in Punjab province")."""
    buckets: dict[str, list[Figure]] = {}
    for figure in ledger.figures:
        if figure.category and figure.category not in categories and figure.value is not None:
            buckets.setdefault(figure.category, []).append(figure)
    stocks: list[Figure] = []
    words: dict[str, frozenset[str]] = {}
    # lower-cased too: a capitalised metric word gets the lemma the draft's word gets
    read = derived_values(
        nlp,
        "claims.groups.metric_words",
        (t for fs in buckets.values() for f in fs for t in (f.metric, f.metric.lower())),
        lambda text: words_of(nlp(text)),
        is_word_set,
        code=_CODE,
    )
    for figures in buckets.values():
        own = {f.id: read[f.metric] | read[f.metric.lower()] for f in figures}
        moving = [f for f in figures if own[f.id] & flow_actions]
        if len(moving) * 2 >= len(figures):
            continue
        for figure in figures:
            # a province's or a city's count ("Afghans residing in Punjab province") is a
            # part of the country's people, never a population's size for a national figure
            if figure.id not in {f.id for f in moving} and not own[figure.id] & AREA_NOUNS:
                stocks.append(figure)
                words[figure.id] = own[figure.id]
    return tuple(stocks), words


_CODE = (Path(__file__),)
"""The code that decides the values derived with the pipeline and kept between runs."""


def _is_str(value: object) -> bool:
    return isinstance(value, str)


def words_of(tokens: Iterable[Token]) -> frozenset[str]:
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
            words.update(nominals(verb))
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


def _phase_days(ledger: Ledger) -> dict[int, dt.date]:
    days: dict[int, dt.date] = {}
    for deadline in ledger.deadlines.values():
        phase, day = deadline.phase, deadline.date
        if phase is not None and day is not None and (phase not in days or day < days[phase]):
            days[phase] = day
    return days


def _phase_announced(ledger: Ledger) -> dict[int, dt.date]:
    """See :attr:`Lexicon.phase_announced`: the earliest announcement of any order of the
    phase (its deadline when none is recorded)."""
    days: dict[int, dt.date] = {}
    for deadline in ledger.deadlines.values():
        phase, day = deadline.phase, deadline.announced or deadline.date
        if phase is not None and day is not None and (phase not in days or day < days[phase]):
            days[phase] = day
    return days


def _stay_ends(ledger: Ledger) -> dict[str, dt.date]:
    """Each phased group's last day of legal stay: the earliest day its phase's deadline is
    given as ("leave by 31 August" for deportations that begin on 1 September)."""
    ends: dict[str, dt.date] = {}
    for deadline in ledger.deadlines.values():
        if deadline.phase is not None:
            days = deadline.accepted_dates() or {deadline.date}
            for target in deadline.targets:
                _lapse(ends, target, min(d for d in days if d is not None))
    return ends


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


def local_orders(lex: Lexicon, lowers: list[str], sentences: list[Span]) -> tuple[LocalOrder, ...]:
    """Local orders whose place these sentences name, outside a dateline ("ISLAMABAD: ...",
    "Islamabad [Pakistan], May 2 (ANI): ...": where the report was filed)."""
    found: dict[LocalOrder, None] = {}
    for sentence in sentences:
        k = sentence.start
        while k < sentence.end:
            size = 0
            if lowers[k] in lex.place_starts:  # a place is looked up from its first word
                size = next((n for n in range(min(lex.max_place, sentence.end - k), 0, -1)
                             if tuple(lowers[k : k + n]) in lex.places), 0)  # fmt: skip
            if not size:
                k += 1
                continue
            opening = k - sentence.start <= 1
            mark = next(
                (
                    j
                    for j in range(k + size, min(sentence.end, k + size + 8))
                    if lowers[j][-1:] in DATELINE_MARKS
                ),
                None,
            )  # fmt: skip  ("):" is one token)
            if opening and mark is not None:
                k = mark + 1  # the dateline's places ("Islamabad/Peshawar, April 03:") too
                continue
            found.update(dict.fromkeys(lex.places[tuple(lowers[k : k + size])]))
            k += size
    return tuple(found)


def figure_matches(value: float, hedge: str | None, figure: Figure) -> bool:
    """Does a number written in a draft (with its hedge) stand for this ledger figure?

    A figure the ledger gives with one bound only ("more than 2 million": ``low`` without
    ``high``; "up to 500,000": ``high`` without ``low``) is a bound, not a size: only a number
    given with the same bound stands for it ("more than two million undocumented Afghans"),
    while "2.1 million" is some other count that happens to exceed it."""
    if figure.value is None:
        return False
    if figure.bound is not None and hedge != figure.bound:
        return False
    low = figure.low if figure.low is not None else figure.value
    high = figure.high if figure.high is not None else figure.value
    low, high = min(low, high, figure.value), max(low, high, figure.value)
    if hedge in ("above", "below"):
        bound = BOUND_TOLERANCE
        if value == int(value) and len(str(int(value)).rstrip("0")) >= PRECISE_BOUND_DIGITS:
            bound = PRECISE_BOUND_TOLERANCE
        if hedge == "above":
            return value * (1 - 0.02) <= high and low <= value * (1 + bound)
        return value * (1 - bound) <= high and low <= value * (1 + 0.02)
    tolerance = HEDGED_TOLERANCE if hedge == "about" else TOLERANCE
    return value * (1 - tolerance) <= high and low <= value * (1 + tolerance)


MATCHED_LIMIT = 100_000
"""Past this many (value, hedge) pairs in :attr:`Lexicon.matched` (a long-lived process),
the memo starts afresh."""


def matching_figures(lex: Lexicon, value: float, hedge: str | None) -> frozenset[int]:
    """Ids of the figures of :attr:`Lexicon.figures` and :attr:`Lexicon.stocks` that a number
    with this hedge stands for (:func:`figure_matches`), once per number and lexicon: the
    categories rules ask it of every figure for every number of a group (the figures live as
    long as the lexicon, so their ids name them)."""
    key = (value, hedge)
    found = lex.matched.get(key)
    if found is None:
        if len(lex.matched) > MATCHED_LIMIT:
            lex.matched.clear()
        found = lex.matched[key] = frozenset(
            id(f)
            for figures in (*lex.figures.values(), lex.stocks)
            for f in figures
            if figure_matches(value, hedge, f)
        )
    return found


def sizes(lex: Lexicon, category: str) -> tuple[Figure, ...]:
    """The figures that give a group's size: not a bound ("more than 2 million"), which says
    how large the group is at least, and which only a number given with the same bound
    stands for (:func:`figure_matches`)."""
    return tuple(f for f in lex.figures.get(category, ()) if f.bound is None)


def joint_figures(lex: Lexicon, groups: frozenset[str]) -> tuple[Figure, ...]:
    """The size of several groups named at once ("2.1 million documented Afghans": PoR and
    ACC holders together): the sum of the figures one source gave for each of them on one
    day. The ledger files such a statement as one figure per group ("PoR ~1.4M; ACC
    ~0.8M"), so their sum is a size the record gives the groups together."""
    known = lex.joint.get(groups)
    if known is None:
        known = lex.joint[groups] = _joint(lex, groups) if len(groups) > 1 else ()
    return known


def _joint(lex: Lexicon, groups: frozenset[str]) -> tuple[Figure, ...]:
    given: dict[tuple, dict[str, Figure]] = {}
    for category in sorted(groups):
        for figure in lex.figures.get(category, ()):
            if figure.value is not None and figure.date is not None:
                given.setdefault((figure.date, figure.by), {}).setdefault(category, figure)
    sums = []
    for parts in given.values():
        if set(parts) == groups:
            first = next(iter(parts.values()))
            metric = " + ".join(f.metric for f in parts.values())
            total = sum(f.value or 0 for f in parts.values())
            sums.append(replace(first, category="+".join(sorted(groups)), metric=metric,
                                value=total, value_text=None, low=None, high=None))  # fmt: skip
    return tuple(sums)


def format_value(value: float) -> str:
    """1400000 → "1.4 million", 775000 → "775,000"."""
    if value >= 1_000_000:
        millions = value / 1_000_000
        text = f"{millions:.2f}".rstrip("0").rstrip(".")
        return f"{text} million"
    return f"{round(value):,}"
