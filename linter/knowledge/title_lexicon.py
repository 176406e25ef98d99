"""The ledger as the title claims reader needs it, built once per corpus, and the ledger's
title facts as evidence shows them.

:class:`TitleLexicon` maps the ledger's title phrases to offices, government terms to
governments, the ways of writing a rank to ranks, and words naming a country to the country
(:mod:`narrlint.claims.titles` reads drafts with it); ``describe_*`` write a post, a rank term
or a government as the evidence line of a finding or a resolution quotes it.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from narrlint.knowledge import ledgercache
from narrlint.knowledge.ledger import Government, Ledger, Person, Post, RankTerm

if TYPE_CHECKING:
    from narrlint.claims.titles_variants import Variants
    from narrlint.knowledge.corpus import Corpus

__all__ = [
    "TitleLexicon",
    "describe_government",
    "describe_post",
    "describe_rank",
    "title_lexicon",
]


@dataclass(frozen=True)
class TitleLexicon:
    """The ledger's titles, governments, ranks and countries, keyed as the reader looks them
    up."""

    offices: dict[str, tuple[str, ...]]
    """Title phrase → ids of the offices it names."""
    governments: dict[str, tuple[Government, ...]]
    """Government term → the governments using it, in ledger order."""
    countries: frozenset[str]
    """First words of the countries of the ledger's offices and governments ("pakistan")."""
    ranks: dict[str, tuple[str, ...]]
    """Normalised way of writing a rank (:func:`normalise_title`) -> rank ids."""
    rank_width: int
    """Most tokens a rank may take in a draft ("Lt", ".", "Gen", ".")."""
    rank_words: frozenset[str]
    """Every word of the normalised ways of writing a rank ("lt", "gen", "field")."""
    office_country: dict[str, str]
    """Office id -> its country, as the ledger writes it."""
    country_terms: dict[str, str]
    """Word naming a country ("afghan", "pakistan's", "taliban") -> the country: the ledger's
    governments' ``country_terms`` and the countries' own names."""
    country_phrases: tuple[tuple[str, str], ...]
    """The country terms of several words ("islamic emirate", "united nations"), with the
    country each names, looked for in the words around a title."""
    posts: dict[str, tuple[tuple[Person, Post], ...]]
    """Office id -> every recorded post of it, with its holder, in ledger order."""
    country_words: frozenset[str] = frozenset()
    """Every word of the country terms ("islamic", "emirate", "pakistan")."""
    variants: Variants = dataclasses.field(default_factory=dict)
    """The ledger's titles with their place or body moved ("Balochistan inspector general of
    police", "Director General of ISPR"), by first word (:mod:`.titles_variants`)."""
    shared_first_names: frozenset[str] = frozenset()
    """First letters (:data:`FIRST_NAME_PREFIX`) of first names two or more of the ledger's
    people share ("muha" for Muhammad …): such a first name alone does not tell a person
    spelt otherwise from a namesake."""
    office_words: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    """Word of some office's titles -> the offices whose titles have it ("kabul" -> the
    ambassador in Kabul's office): a place written after a title shared by several offices
    ("Ambassador in Kabul") picks those of them it names."""
    variant_firsts: frozenset[str] = frozenset()
    """The first words of :attr:`variants` (its keys), built once: the draft's word index is
    asked for them (:func:`~narrlint.nlp.tokens.where_lower`)."""
    officer_offices: frozenset[str] = frozenset()
    """Offices someone the ledger gives a rank has held (the army chief's, the defence
    minister's): a person with no rank on record and no such post is, as far as the ledger
    knows, no officer (:meth:`~narrlint.claims.titles_naming.Naming.officer_namesake`)."""

    @functools.cached_property
    def home(self) -> frozenset[str]:
        """The countries of the ledger: those of its offices and of its governments' terms
        (once per lexicon: a title's owner is checked against them for every title)."""
        return frozenset(self.office_country.values()) | frozenset(self.country_terms.values())


FIRST_NAME_PREFIX = 4
"""Letters of a first name compared when a name is written in another spelling."""


def title_lexicon(corpus: Corpus) -> TitleLexicon:
    """The corpus's lexicon (built once per corpus)."""
    return corpus.memo((__name__, "lexicon"), lambda: _build_lexicon(corpus.ledger))


def _build_lexicon(ledger: Ledger) -> TitleLexicon:
    offices: dict[str, list[str]] = {}
    for office in ledger.offices.values():
        for title in office.titles:
            offices.setdefault(title, []).append(office.id)
    governments: dict[str, list[Government]] = {}
    for government in ledger.governments:
        for term in government.terms:
            governments.setdefault(term, []).append(government)
    places = [o.country for o in ledger.offices.values()]
    places += [g.country for g in ledger.governments]
    countries = frozenset(p.split()[0].lower() for p in places if p and p.split())
    ranks: dict[str, list[str]] = {}
    for rank in ledger.ranks.values():
        for key in rank.forms():
            ranks.setdefault(key, []).append(rank.id)
    words = max((len(key.split()) for key in ranks), default=0)
    office_country = {o.id: o.country for o in ledger.offices.values() if o.country}
    country_terms: dict[str, set[str]] = {}
    for government in ledger.governments:
        if government.country:
            for term in (government.country.lower(), *government.country_terms):
                country_terms.setdefault(term, set()).add(government.country)
    for country in set(office_country.values()):
        country_terms.setdefault(country.lower(), set()).add(country)
    terms = {term: next(iter(c)) for term, c in country_terms.items() if len(c) == 1}
    office_words: dict[str, set[str]] = {}
    for office in ledger.offices.values():
        for title in office.titles:
            for word in title.split():
                office_words.setdefault(word, set()).add(office.id)
    firsts: dict[str, set[str]] = {}
    for person in ledger.people.values():
        for name in (person.name.lower().split(" (")[0], *person.aliases):
            parts = name.replace("-", " ").split()
            if len(parts) > 1 and name not in person.surnames:
                firsts.setdefault(parts[0][:FIRST_NAME_PREFIX], set()).add(person.id)
    posts: dict[str, list[tuple[Person, Post]]] = {}
    for person in ledger.people.values():
        for post in person.posts:
            posts.setdefault(post.office, []).append((person, post))
    variants = _variants(
        ledger,
        [(o.id, t) for o in ledger.offices.values() if o.holders == "single" for t in o.titles],
    )
    return TitleLexicon(
        {k: tuple(dict.fromkeys(v)) for k, v in offices.items()},
        {k: tuple(v) for k, v in governments.items()},
        countries,
        {k: tuple(dict.fromkeys(v)) for k, v in ranks.items()},
        min(2 * words, 6),
        frozenset(w for key in ranks for w in key.split()),
        office_country,
        terms,
        tuple((term, country) for term, country in terms.items() if " " in term),
        {office: tuple(held) for office, held in posts.items()},
        frozenset(word for term in terms for word in term.split()),
        variants,
        frozenset(prefix for prefix, ids in firsts.items() if len(ids) > 1),
        {word: frozenset(ids) for word, ids in office_words.items()},
        frozenset(variants),
        frozenset(
            p.office for person in ledger.people.values() if person.ranks for p in person.posts
        ),
    )


def _variants(ledger: Ledger, pairs: list[tuple[str, str]]) -> Variants:
    """:func:`~narrlint.claims.titles_variants.title_variants` of ``pairs``, kept beside the
    cached ledger: deriving them is most of the lexicon's cost (16 ms of 18 in every process),
    reading them back about a tenth of it. The entry is keyed by the pairs themselves, under
    the ledger's fingerprint and the code of the modules that derive them."""
    from narrlint.claims import titles_variants  # the reader's word orders

    claims = Path(titles_variants.__file__).parent
    code = (
        *sorted(claims.glob("titles*.py")),
        *sorted((claims.parent / "nlp").glob("*.py")),  # the vocabulary the variants use
        Path(__file__),
    )
    store = ledgercache.derived_store(ledger, "title-variants", ledgercache.code_digest(*code))
    key = json.dumps(pairs, ensure_ascii=False)
    found = ledgercache.derived_values(
        store,
        "title-variants",
        [key],
        lambda _: titles_variants.title_variants(pairs),
        _are_variants,
    )
    return found[key]  # type: ignore[return-value]


def _are_variants(value: object) -> bool:
    """A stored value shaped like :data:`~narrlint.claims.titles_variants.Variants`."""
    return isinstance(value, dict) and all(
        isinstance(first, str)
        and isinstance(entries, tuple)
        and all(
            isinstance(entry, tuple)
            and len(entry) == 2
            and isinstance(entry[0], tuple)
            and isinstance(entry[1], str)
            and all(isinstance(word, str) for word in entry[0])
            for entry in entries
        )
        for first, entries in value.items()
    )


def describe_post(person: Person, post: Post) -> str:
    """A post as evidence shows it: "Sarfraz Bugti: Chief Minister of Balochistan, 2024-03-02
    to present"."""
    end = post.end.isoformat() if post.end else post.end_partial or "present"
    start = post.start.isoformat() if post.start else post.start_partial or "?"
    return f"{person.name}: {post.title}, {start} to {end}"


def describe_government(government: Government) -> str:
    """A government as evidence shows it: "Caretaker government of Pakistan (…): 2023-08-14 to
    2024-03-04"."""
    end = government.end.isoformat() if government.end else "present"
    return f"{government.name}: {government.start} to {end}"


def describe_rank(ledger: Ledger, person: Person, term: RankTerm) -> str:
    """A rank term as evidence shows it: "Syed Asim Munir: Field Marshal, 2025-05-20 to
    present"."""
    rank = ledger.ranks.get(term.rank)
    name = rank.name if rank is not None else term.rank
    start = term.start.isoformat() if term.start else term.start_partial or "?"
    end = term.end.isoformat() if term.end else term.end_partial or "present"
    return f"{person.name}: {name}, {start} to {end}"
