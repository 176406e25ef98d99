"""A title shared by a country's federal office and its provinces' ("Interior Minister": the
federal minister and a provincial home minister the ledger also calls so), read in a draft
that names none of those provinces (for NL402): the federal office.

Reporting writes a provincial post with its province ("Sindh Home Minister", "the provincial
interior minister" in a story about Sindh); a bare "Interior Minister X" in a draft that never
names the province is the federal post. The ledger marks a provincial office by its level word
in its name ("(provincial cabinet)"); its own words are those of its name and titles that no
kept office has ("sindh", "home"): any of them anywhere in the draft keeps it. Only for a
person who held none of the offices (one who held a provincial one is judged by it), and only
where a federal office is left.
"""

from __future__ import annotations

import re

from narrlint.api import Corpus
from narrlint.claims.titles import TitleClaim
from narrlint.claims.titles_names import LEVELS
from narrlint.claims.words import lowers

__all__ = ["named_levels", "named_province"]

PROVINCIAL = "provincial"
"""The level word that marks a provincial office in its ledger name."""


def named_levels(corpus: Corpus, claim: TitleClaim) -> tuple[str, ...]:
    """``claim``'s offices without the provincial ones whose province the draft does not
    name (see the module); all of them where the title writes a level or none is left."""
    offices = claim.offices
    if len(offices) < 2:
        return offices
    words = {o: _words(corpus, o) for o in offices}
    provincial = [o for o in offices if PROVINCIAL in words[o]]
    kept = [o for o in offices if o not in provincial]
    if (
        not provincial
        or not kept
        or LEVELS & set(lowers(claim.span.doc)[claim.phrase.start : claim.title.end])
    ):
        return offices
    shared = set().union(*(words[o] for o in kept)) | LEVELS
    written = set(lowers(claim.span.doc))
    named = [o for o in provincial if (words[o] - shared) & written]
    return tuple(o for o in offices if o in kept or o in named)


def _words(corpus: Corpus, office_id: str) -> frozenset[str]:
    """The words of an office's ledger name and titles, lower case."""
    office = corpus.ledger.offices.get(office_id)
    if office is None:
        return frozenset()
    return frozenset(re.findall(r"[a-z]+", " ".join((office.name, *office.titles)).lower()))


def named_province(corpus: Corpus, claim: TitleClaim, own: set[str]) -> tuple[str, ...]:
    """``claim``'s offices, all provincial (the title writes the level: "Provincial
    Information Minister X"), narrowed to the one whose own words (those no other of them
    has: its province) the draft writes capitalised, in a story that names that province;
    only to an office of ``own`` (those the person is recorded in), so a province named for
    another reason never gives the person an office they never held. All of them otherwise
    (a kind of post)."""
    offices = claim.offices
    if len(offices) < 2:
        return offices
    words = {o: _words(corpus, o) for o in offices}
    if not all(PROVINCIAL in w for w in words.values()):
        return offices
    doc = claim.span.doc
    capitalised = {t.lower_ for t in doc if t.is_alpha and (t.is_title or t.is_upper)}
    named = [
        o
        for o in offices
        if (words[o] - set().union(*(words[x] for x in offices if x != o))) & capitalised
    ]
    if len(named) == 1 and named[0] in own:
        return (named[0],)
    return offices
