"""What the ledger says about deadlines, prepared once per corpus for the date-claims reader.

A :class:`Profile` is one ledger deadline with the words that recognise its event (target
categories, action lemmas, subject terms, phase); the :class:`Lexicon` holds every profile and
the lookup tables built from the ledger's categories and names. Both are cached per corpus
(``corpus.memo``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from narrlint.claims.dates_words import (
    COMPLETION_NOUNS,
    NATIONALITY_ENDINGS,
    PAST_PHASE_OPENERS,
    PHASE_ADJECTIVES,
    REGIONAL_OFFICES,
)
from narrlint.knowledge.corpus import Corpus
from narrlint.knowledge.ledger import Deadline, Event, Ledger
from narrlint.knowledge.ledgercache import is_word_set
from narrlint.nlp.countries import world_of
from narrlint.nlp.pipeline_data import derived_values, lemma_table, lemma_words
from narrlint.nlp.quantities import ORDINALS
from narrlint.nlp.vocabulary import HOLDER_NOUNS, HYPHENS, PERSON_NOUNS, nominals


@dataclass(frozen=True, slots=True)
class Profile:
    """One ledger deadline with the words that recognise its event."""

    deadline: Deadline
    targets: frozenset[str]
    actions: frozenset[str]
    accepted: frozenset[dt.date]
    durations: tuple[int, ...]
    first_known: dt.date | None
    """The earliest date the ledger records for the event (announcement, dates, steps)."""
    last_known: dt.date | None = None
    """The latest date the ledger records for the event (its cut-offs, enforcement start,
    the announcements of its steps): after it the record says nothing of the event."""
    national: bool = True
    """``deadline.national``, read once (the reader asks it of every deadline per clause)."""
    decided: frozenset[dt.date] = frozenset()
    """Days of the ledger's decisions on the order's plan, made in the weeks before it was
    announced (an event of kind "decision" whose title holds one of its subject terms): news
    dates a campaign's start to its plan's approval ("launched in September 2023"), so a start
    given as a month or a year is held to them too (:func:`dates_starts.start_accepted`)."""
    until: dt.date | None = None
    """The last day a validity chain judges a text, when a later chain of its groups follows
    (:func:`_eras`): its links' days (30 June, 31 December) are not accepted dates of the
    later chain's time, and a text written after its record ends, in a time the ledger has no
    link for, is not judged by a chain that no longer holds."""

    @property
    def id(self) -> str:
        return self.deadline.id

    @property
    def phase(self) -> int | None:
        return self.deadline.phase


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Per-corpus lookup tables built from the ledger's deadlines and categories."""

    profiles: tuple[Profile, ...]
    terms: dict[tuple[str, ...], frozenset[str]]
    max_term: int
    modifiers: dict[str, frozenset[str]]
    heads: dict[str, frozenset[str]]
    fillers: dict[str, frozenset[str]]
    documents: dict[tuple[str, ...], frozenset[str]]
    """A group's document ("por card", "afghan citizen card") → the group's ids."""
    max_document: int
    document_starts: frozenset[str]
    """The first words of the groups' documents ("por", "proof", "afghan")."""
    undocumented: str | None
    """The one group the ledger marks ``documented: false``, if exactly one."""
    actions: dict[str, str]
    """Lemma (verb or derived noun) → the action lemma it stands for."""
    known: frozenset[str]
    """Every word of a name the ledger knows (countries, governments, people, groups …)."""
    common: frozenset[str] | None
    """English common words (the lemmatizer's lemmas): "Police" is not a proper name. None
    when the pipeline has no lookup table, and then no authority is treated as unknown."""
    people: frozenset[str]
    """Nouns for people in general (the vocabulary's) and the head nouns of the ledger's
    groups ("migrants", "refugees"): with a modifier that names one group they name it."""
    places: dict[tuple[str, ...], tuple[str, ...]]
    """Words that name where a deadline of the ledger applies (its ``place`` and
    ``place_terms``: "twin cities") → every place they name ("islamabad": the twin cities'
    and the capital territory's orders alike; the time in force tells which is meant)."""
    max_place: int
    place_starts: frozenset[str]
    """The first words of ``places``: only there can a place start (a cheap first test)."""
    countries: dict[str, str]
    """A word that names a country of the ledger's governments ("pakistan", "islamabad") →
    the country; not a word of a group's name ("afghan" in "Afghan refugees")."""
    term_starts: frozenset[str] = frozenset()
    """The first words of ``terms``: only there can a subject term start (a cheap first test)."""
    nationality: frozenset[str] = frozenset()
    """The people the ledger's groups are all of, as a word ("afghan", "afghans"): the words
    ending like a nationality that the terms of several groups share."""
    foreign: frozenset[str] = frozenset()
    """One-word names of the world's other countries ("turkey", "germany"; the ledger's own
    countries left out): a capitalised one names a country even where it is also a common
    word ("Turkey's interior ministry said …" is another authority's order)."""
    figures: tuple[tuple[float, str], ...] = ()
    """(value, category) of each ledger figure of a group some deadline targets ("1.4
    million" PoR holders): see :mod:`narrlint.claims.dates_figures`."""
    abroad: dict[str, Lexicon] = field(default_factory=dict)
    """Another country's orders (``deadlines[].country``) → the lexicon of that country's
    orders alone: a clause tied to it (:mod:`narrlint.claims.dates_country`) is judged with
    it, every other clause with this one, which holds only the ledger's own orders."""
    country_terms: dict[tuple[str, ...], str] = field(default_factory=dict)
    """The words of those countries ("iran", "iranian", "tehran") → the country."""
    max_country: int = 0
    country_starts: frozenset[str] = frozenset()
    """The first words of ``country_terms`` (a cheap first test)."""
    regions: frozenset[str] = frozenset()
    """The last words of the provinces the ledger's offices are of ("sindh" of "chief minister
    of sindh", "pakhtunkhwa"): "the Sindh government" is a province's authority although no
    order of the ledger applies there."""
    enforced: bool = True
    """Whether any order records the start of its enforcement (``enforcement_from``): another
    country's orders without one do not judge a start of expulsions told for them."""

    @property
    def local_places(self) -> frozenset[str]:
        """The places of the ledger's local orders ("Islamabad and Rawalpindi")."""
        return frozenset(p for named in self.places.values() for p in named)


def lexicon_for(corpus: Corpus, day: dt.date | None = None) -> Lexicon:
    """The corpus's lexicon; with ``day``, less the validity chains whose era ended before it
    (:attr:`Profile.until`): for a text of 2024, a chain of 2016-2018 does not exist."""
    lexicon = corpus.memo("claims.dates.lexicon", lambda: _build_lexicon(corpus))
    if day is None or not any(p.until is not None and day > p.until for p in lexicon.profiles):
        return lexicon
    return corpus.memo(("claims.dates.lexicon", day), lambda: _on_day(lexicon, day))


def _on_day(lexicon: Lexicon, day: dt.date) -> Lexicon:
    kept = tuple(p for p in lexicon.profiles if p.until is None or day <= p.until)
    return replace(lexicon, profiles=kept)


def own_orders(ledger: Ledger) -> list[Deadline]:
    """The ledger's own orders: the deadlines that name no other country (``country``)."""
    return [d for d in ledger.deadlines.values() if d.country is None]


def _build_lexicon(corpus: Corpus) -> Lexicon:
    ledger = corpus.ledger
    tokenizer = corpus.nlp.tokenizer
    decisions = [e for e in ledger.events.values() if e.date and _is_decision(e.kind)]
    own = own_orders(ledger)
    profiles = _eras(tuple(_profile(d, decisions) for d in own))
    terms = _subject_terms(profiles, tokenizer)
    modifiers, heads, fillers = _category_words(ledger, tokenizer)
    places = _deadline_places(own, tokenizer)
    documents = _documents(ledger, tokenizer)
    verbs = {a for d in ledger.deadlines.values() for a in d.action_lemmas}
    actions = {verb: verb for verb in verbs}
    for verb in verbs:
        for noun in nominals(verb):
            actions.setdefault(noun, verb)
    home = Lexicon(
        profiles=profiles,
        terms=terms,
        max_term=max((len(k) for k in terms), default=0),
        modifiers=modifiers,
        heads=heads,
        fillers=fillers,
        documents=documents,
        max_document=max((len(k) for k in documents), default=0),
        document_starts=frozenset(k[0] for k in documents),
        undocumented=_undocumented(ledger),
        actions=actions,
        known=frozenset(_known_words(ledger)),
        common=_common_words(corpus.nlp),
        people=PERSON_NOUNS | frozenset(heads),
        places=places,
        max_place=max((len(k) for k in places), default=0),
        place_starts=frozenset(k[0] for k in places),
        countries=_countries(ledger, {**modifiers, **heads, **fillers}),
        term_starts=frozenset(k[0] for k in terms),
        nationality=_nationality(ledger, tokenizer),
        foreign=_foreign_countries(ledger),
        figures=_target_figures(ledger),
    )
    home = replace(home, regions=_regions(ledger, home.countries))
    return _with_abroad(home, ledger, decisions, tokenizer)


def _regions(ledger: Ledger, countries: dict[str, str]) -> frozenset[str]:
    """The last word of every place a regional office of the ledger is of ("chief minister
    of sindh", "governor of khyber pakhtunkhwa"), less the countries' words."""
    found: set[str] = set()
    for office in ledger.offices.values():
        for title in office.titles:
            for head in REGIONAL_OFFICES:
                place = title.removeprefix(f"{head} of ").split()
                if title.startswith(f"{head} of ") and place and place[-1] not in countries:
                    found.add(place[-1])
    return frozenset(found)


def _officials(ledger: Ledger, country: str, tokenizer) -> Iterator[tuple[str, ...]]:
    """The names and aliases of the people whose every post the ledger records is an office
    of ``country`` ("Iran's ambassador Bikdeli stressed that the plan gave …"): they speak for
    that country's orders."""
    for person in ledger.people.values():
        offices = [ledger.offices.get(post.office) for post in person.posts]
        if not offices or any(o is None or o.country != country for o in offices):
            continue
        for name in (person.name.split(" (")[0], *person.aliases):
            phrase = tuple(t.lower_ for t in tokenizer(name.lower()) if not t.is_space)
            if phrase:
                yield phrase


def _subject_terms(profiles, tokenizer) -> dict[tuple[str, ...], frozenset[str]]:
    terms: dict[tuple[str, ...], set[str]] = {}
    for profile in profiles:
        for term in profile.deadline.subject_terms:
            words = tuple(t.lower_ for t in tokenizer(term) if not t.is_space)
            if words and not phase_numbers(list(words)):
                for form in _coordinated_forms(words):
                    terms.setdefault(form, set()).add(profile.id)
    return {k: frozenset(v) for k, v in terms.items()}


def _with_abroad(home: Lexicon, ledger: Ledger, decisions: list[Event], tokenizer) -> Lexicon:
    """The home lexicon with a lexicon per other country whose orders the ledger records (its
    profiles, subject terms and places only; its words known, so that "Iran has set …" is
    not an unknown authority there) and the words that tie a clause to that country."""
    by_country: dict[str, list[Deadline]] = {}
    for deadline in ledger.deadlines.values():
        if deadline.country is not None:
            by_country.setdefault(deadline.country, []).append(deadline)
    if not by_country:
        return home
    abroad: dict[str, Lexicon] = {}
    ties: dict[tuple[str, ...], str] = {}
    for country, orders in by_country.items():
        words: dict[tuple[str, ...], str] = {}
        for term in (country, *(t for d in orders for t in d.country_terms)):
            phrase = tuple(t.lower_ for t in tokenizer(term.lower()) if not t.is_space)
            if phrase:
                words[phrase] = country
        officials = list(_officials(ledger, country, tokenizer))
        ties.update(words)
        ties.update(dict.fromkeys(officials, country))
        profiles = _eras(tuple(_profile(d, decisions) for d in orders))
        terms = _subject_terms(profiles, tokenizer)
        places = _deadline_places(orders, tokenizer)
        named = {w for phrase in (*words, *officials) for w in phrase}
        named |= {w.strip(".,'’()").lower() for d in orders for w in d.title.split()}
        abroad[country] = replace(
            home,
            profiles=profiles,
            terms=terms,
            max_term=max((len(k) for k in terms), default=0),
            term_starts=frozenset(k[0] for k in terms),
            places=places,
            max_place=max((len(k) for k in places), default=0),
            place_starts=frozenset(k[0] for k in places),
            countries={
                phrase[0]: country
                for phrase in words
                if len(phrase) == 1
                and (phrase[0] == country.lower() or not phrase[0].endswith(NATIONALITY_ENDINGS))
            },
            known=home.known | named,
            figures=(),
            enforced=any(d.enforcement_from is not None for d in orders),
        )
    return replace(
        home,
        abroad=abroad,
        country_terms=ties,
        max_country=max(len(k) for k in ties),
        country_starts=frozenset(k[0] for k in ties),
    )


SMALLEST_FIGURE = 50_000
"""Figures below this are counts of people (returns, arrests), not a group's size."""


def _target_figures(ledger: Ledger) -> tuple[tuple[float, str], ...]:
    targets = {g for d in own_orders(ledger) for g in d.targets}
    return tuple(
        (float(f.value), f.category)
        for f in ledger.figures
        if f.category in targets and f.value is not None and f.value >= SMALLEST_FIGURE
    )


def _nationality(ledger: Ledger, tokenizer) -> frozenset[str]:
    """Words ending like a nationality ("afghan", "afghans") in the terms of two or more
    groups: the people every order of the ledger is about (not "taliban" of one group's
    "after the Taliban takeover")."""
    groups: dict[str, set[str]] = {}
    for category in ledger.categories.values():
        for term in (*category.terms, category.name):
            for token in tokenizer(term.lower()):
                word = token.lower_
                if token.is_alpha and word.removesuffix("s").endswith(NATIONALITY_ENDINGS):
                    groups.setdefault(word, set()).add(category.id)
    return frozenset(w for w, ids in groups.items() if len(ids) >= 2)


def _known_words(ledger: Ledger) -> set[str]:
    """Words of the names the ledger knows: an authority named with none of them (another
    country: "Iran has set a July 6 deadline …") issues a deadline the ledger does not record.
    Governments, offices and office holders count only for the countries of :func:`home_countries`:
    a ledger that records Iran's interior minister (for the title rules) does not make "Iran"
    an authority of the ledger's orders."""
    home = home_countries(ledger)
    ours = lambda country: country is None or country in home  # noqa: E731
    phrases: list[str] = []
    for government in ledger.governments:
        if ours(government.country):
            phrases += [*government.terms, *government.country_terms, government.country or ""]
            phrases.append(government.name)
    offices = {o.id for o in ledger.offices.values() if ours(o.country)}
    for office in ledger.offices.values():
        if office.id in offices:
            phrases += [*office.titles, office.country or "", office.name]
    for person in ledger.people.values():
        if not person.posts or any(post.office in offices for post in person.posts):
            phrases += [person.name, *person.aliases]
    for category in ledger.categories.values():
        phrases += [*category.terms, *category.modifiers, category.name]
    for deadline in own_orders(ledger):
        phrases += [*deadline.subject_terms, deadline.title]
    return {w.strip(".,'’()").lower() for p in phrases for w in p.replace("-", " ").split()}


def home_countries(ledger: Ledger) -> frozenset[str]:
    """The countries the ledger's orders belong to: the ones whose names (the government's
    country and one-word country terms) or office holders the orders' issuers and places are
    written with (``by: federal interior minister Mohsin Naqvi``, ``place_terms: [islamabad]``),
    and the one their people are of (whose country terms hold a word of the groups' shared
    nationality: "afghan"), where they are sent. Without such a word in any order, every
    government's country (never an office's: an office abroad is recorded for its titles)."""
    by_word: dict[str, set[str]] = {}
    for government in ledger.governments:
        if government.country:
            for term in (government.country, *government.country_terms):
                word = term.lower().removesuffix("'s").removesuffix("’s")
                by_word.setdefault(word, set()).add(government.country)
    # a holder's office abroad or in a body (the UN, a sport council) names no order's country
    governed = {g.country for g in ledger.governments if g.country}
    office_country = {o.id: o.country for o in ledger.offices.values() if o.country in governed}
    holders: dict[str, set[str]] = {}
    for person in ledger.people.values():
        countries = {office_country[p.office] for p in person.posts if p.office in office_country}
        if countries:
            holders[person.name.lower()] = countries
    found: set[str] = set()
    for deadline in own_orders(ledger):
        text = " ".join(filter(None, (deadline.by, deadline.place, *deadline.place_terms)))
        lowered = text.lower()
        words = {w.strip(".,;:'’()\"").removesuffix("'s") for w in lowered.split()}
        for word in words & by_word.keys():
            found |= by_word[word]
        for name, countries in holders.items():
            if name in lowered:
                found |= countries
    if not found:
        return frozenset(g.country for g in ledger.governments if g.country)
    people = {w for c in ledger.categories.values() for t in c.terms for w in t.lower().split()}
    for word, countries in by_word.items():
        if word in people and word.endswith(NATIONALITY_ENDINGS):
            found |= countries
    return frozenset(found)


def _deadline_places(orders: list[Deadline], tokenizer) -> dict[tuple[str, ...], tuple[str, ...]]:
    places: dict[tuple[str, ...], tuple[str, ...]] = {}
    for deadline in orders:
        place = deadline.place
        if not place or place.lower() == "national":
            continue
        for term in (place, *deadline.place_terms):
            words = tuple(t.lower_ for t in tokenizer(term) if not t.is_space)
            if words and place not in places.get(words, ()):
                places[words] = (*places.get(words, ()), place)
    return places


def _countries(ledger: Ledger, group_words: dict) -> dict[str, str]:
    """One-word names of the governments' countries and places ("pakistan", "islamabad"),
    without words of a group's name or nationality words ("afghan", "pakistani", "taliban"):
    those say who people are, not where a deadline applies."""
    countries: dict[str, str] = {}
    for government in ledger.governments:
        if not government.country:
            continue
        for term in (government.country, *government.country_terms):
            word = term.lower().removesuffix("'s").removesuffix("’s")
            nationality = word != government.country.lower() and word.endswith(NATIONALITY_ENDINGS)
            if " " in word or word in group_words or nationality:
                continue
            countries.setdefault(word, government.country)
    return countries


def _foreign_countries(ledger: Ledger) -> frozenset[str]:
    """The one-word forms of the countries other than the governments' own (the shared world
    list, :func:`narrlint.nlp.countries.world_of`)."""
    world = world_of(g.country for g in ledger.governments if g.country)
    return frozenset(words[0] for words in world.foreign if len(words) == 1)


def _common_words(nlp) -> frozenset[str] | None:
    """Lower-case lemmas of the language ("Iranian", from "Iranians", is a proper adjective, not
    a common word). Reading them off the lookup table (26,000 lemmas) was half of building the
    lexicon in every process; the set is kept between runs beside the cached ledger
    (:func:`narrlint.nlp.pipeline.derived_values`, whose key holds the model, the lookup data's
    version and this code) and read back in a third of the time."""
    if lemma_table(nlp) is None:
        return None
    found = derived_values(
        nlp,
        "claims.dates.common_words",
        (_LEMMA_TABLE,),
        lambda _: frozenset(filter(str.islower, lemma_words(nlp) or ())),
        is_word_set,
        code=_CODE,
    )[_LEMMA_TABLE]
    return found or None  # type: ignore[return-value]


_LEMMA_TABLE = "lemma_lookup"
"""The one key of the common words' table: the pipeline's lookup table they are read from."""
_CODE = (Path(__file__),)
"""The code that decides the values kept between runs."""


def _coordinated_forms(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """A term as the ledger gives it and, when it joins two words with "and", with "or" too:
    "without a passport or visa" names the rule of "passport and visa" (a draft denies
    either)."""
    if "and" not in words[1:-1]:
        return (words,)
    return (words, tuple("or" if w == "and" else w for w in words))


DECISION_REACH_DAYS = 60
"""How long before an order's announcement a decision on its plan may be (the seed ledger's
repatriation plan was approved a week before it was announced)."""


def _is_decision(kind: str | None) -> bool:
    return kind is not None and kind.split(" ", 1)[0].lower() == "decision"


def _decided(deadline: Deadline, decisions: list[Event]) -> frozenset[dt.date]:
    """The days of the decisions on the order's plan before its announcement: within
    :data:`DECISION_REACH_DAYS` before it, titled with one of the order's subject terms of
    several words (a plan's name, not a word such as "camps" another order's decision shares)."""
    made = deadline.announced
    terms = [t for t in deadline.subject_terms if " " in t]  # a name, not "camps"
    if made is None or not terms:
        return frozenset()
    return frozenset(
        e.date
        for e in decisions
        if e.date is not None
        and 0 < (made - e.date).days <= DECISION_REACH_DAYS
        and any(term in e.title.lower() for term in terms)
    )


ERA_MARGIN_DAYS = 31
"""How long after a superseded validity chain's last recorded day it still judges a text: a
report weeks after the cards' last expiry on record tells of it ("the cards expired on March
31"); later, the ledger has no link for the time (a gap, or the years before the next chain)."""


def _eras(profiles: tuple[Profile, ...]) -> tuple[Profile, ...]:
    """Each validity chain followed by a later chain of a group it targets (one whose record
    starts after its own ends) judges texts only up to :data:`ERA_MARGIN_DAYS` after its last
    recorded day. A chain with no later one keeps its whole time (its record may lag)."""
    chains = [p for p in profiles if p.deadline.steps and p.first_known and p.last_known]
    found = []
    for profile in profiles:
        later = profile in chains and any(
            q.targets & profile.targets and q.first_known > profile.last_known for q in chains
        )
        if later:
            until = profile.last_known + dt.timedelta(ERA_MARGIN_DAYS)
            joined = _joined_from(profile, chains)
            profile = replace(profile, until=min(until, joined) if joined else until)
        found.append(profile)
    return tuple(found)


def _joined_from(profile: Profile, chains: list[Profile]) -> dt.date | None:
    """The day a chain that continues this one from its last end (its first link extends that
    end) was announced: from then on the next chain's links are the ones in force, and this
    chain's last end is the end they replaced (the runs of 2012-2018 and 2018-2020 join at 30
    June 2018)."""
    ends = [k.date for k in profile.deadline.chain() if k.date is not None]
    if not ends:
        return None
    last = max(ends)
    days = [
        first.announced
        for q in chains
        if q is not profile and q.targets & profile.targets
        for first in q.deadline.chain()[:1]
        if first.previous == last and first.announced is not None
    ]
    return min(days) if days else None


def _profile(deadline: Deadline, decisions: list[Event]) -> Profile:
    return Profile(
        deadline=deadline,
        targets=frozenset(deadline.targets),
        actions=frozenset(deadline.action_lemmas),
        accepted=frozenset(deadline.accepted_dates()),
        durations=tuple(sorted({d.days for d in deadline.durations if d.days})),
        first_known=min(_known_dates(deadline), default=None),
        last_known=max(_known_dates(deadline), default=None),
        national=deadline.national,
        decided=_decided(deadline, decisions),
    )


def _known_dates(deadline: Deadline) -> Iterator[dt.date]:
    """Every date the record knows the event by: its dates, announcements, and the dates of
    the sources that reported it (an order never announced publicly is known from the first
    report: "by 31 March" in a story of 4 February)."""
    yield from deadline.accepted_dates()
    if deadline.announced:
        yield deadline.announced
    if deadline.enforcement_from:
        yield deadline.enforcement_from
    if deadline.origin.source_date:
        yield deadline.origin.source_date
    for extension in deadline.extensions:
        if extension.announced:
            yield extension.announced
    for step in deadline.steps:
        if isinstance(step.get("announced"), dt.date):
            yield step["announced"]


def _undocumented(ledger: Ledger) -> str | None:
    ids = [c.id for c in ledger.categories.values() if c.documented is False]
    return ids[0] if len(ids) == 1 else None


def _documents(ledger: Ledger, tokenizer) -> dict[tuple[str, ...], frozenset[str]]:
    """The document a group holds, read off its "<document> holders" and "holders of
    <document>s" terms: "por card holders" → "por card"."""
    documents: dict[tuple[str, ...], set[str]] = {}
    for category in ledger.categories.values():
        for term in category.terms:
            words = [t.lower_ for t in tokenizer(term) if not t.is_space]
            if len(words) >= 2 and words[-1] in HOLDER_NOUNS:
                document = words[:-1] + (["card"] if words[-1].startswith("card") else [])
            elif len(words) >= 3 and words[0] in HOLDER_NOUNS and words[1] == "of":
                document = words[2:]
                document[-1] = document[-1].removesuffix("s")
            else:
                continue
            documents.setdefault(tuple(document), set()).add(category.id)
    return {k: frozenset(v) for k, v in documents.items()}


def _category_words(ledger: Ledger, tokenizer) -> tuple[dict, dict, dict]:
    """Modifiers, head nouns and inner words of each category's terms, for phrases the term
    list does not spell out ("undocumented Afghan immigrants", "ACC card holders")."""
    modifiers: dict[str, set[str]] = {}
    heads: dict[str, set[str]] = {}
    fillers: dict[str, set[str]] = {}
    for category in ledger.categories.values():
        for word in category.modifiers:
            modifiers.setdefault(word.lower(), set()).add(category.id)
        for word in category.heads:
            heads.setdefault(word.lower(), set()).add(category.id)
        for term in category.terms:
            words = [t.lower_ for t in tokenizer(term) if not t.is_space]
            if len(words) >= 2:
                heads.setdefault(words[-1], set()).add(category.id)
                for inner in words[1:-1]:
                    fillers.setdefault(inner, set()).add(category.id)
    freeze = lambda table: {k: frozenset(v) for k, v in table.items()}  # noqa: E731
    return freeze(modifiers), freeze(heads), freeze(fillers)


def phase_numbers(lowers: list[str]) -> set[int]:
    """Phases named in words: "phase one", "phase-2", "Phase II", "second phase"."""
    found = set()
    if "phase" not in " ".join(lowers):
        return found  # one search in C: most clauses name no phase
    for i, word in enumerate(lowers):
        if not word.startswith("phase"):
            continue  # only "phase", "phases", "phase-3" … start a phase's name
        joined = re.fullmatch(r"phases?[-‑](\w+)", word)  # "Phase-3" is one token
        if joined and joined.group(1) in ORDINALS:
            found.add(ORDINALS[joined.group(1)])
            continue
        if word not in ("phase", "phases"):
            continue
        j = i + 1
        if j < len(lowers) and lowers[j] in HYPHENS:
            j += 1
        if j < len(lowers) and lowers[j] in ORDINALS:
            found.add(ORDINALS[lowers[j]])
        else:  # "second phase", "third and final phase"
            k = i - 1
            while k > 0 and i - k <= 3 and lowers[k] in PHASE_ADJECTIVES:
                k -= 1
            if k >= 0 and lowers[k] in ORDINALS and not lowers[k].isdigit():
                found.add(ORDINALS[lowers[k]])
    return found


def clause_phases(lowers: list[str]) -> set[int]:
    """The phases a clause's own dates may belong to: :func:`phase_numbers`, less a phase named
    as what came before ("following the completion of Phase-I of the IFRP, … ACC holders …",
    "after phase one"), which is context and does not make the clause's date that phase's."""
    found = phase_numbers(lowers)
    if not found:
        return found
    masked = list(lowers)
    for i, word in enumerate(lowers):
        if not word.startswith("phase"):
            continue
        start = i
        while (
            start > 0
            and i - start < 3
            and (lowers[start - 1] in PHASE_ADJECTIVES or lowers[start - 1] in ORDINALS)
        ):
            start -= 1  # "the second phase", "the third and final phase"
        k = start - 1
        while k >= 0 and lowers[k] in ("the", "its", "their"):
            k -= 1
        past = k >= 0 and lowers[k] in PAST_PHASE_OPENERS
        if k >= 1 and lowers[k] == "of":
            j = k - 1
            past = lowers[j] in COMPLETION_NOUNS
        if past:
            for m in range(start, min(len(masked), i + 3)):
                masked[m] = ""  # "Phase-I", "phase one", "phase - 2"
    return phase_numbers(masked)
