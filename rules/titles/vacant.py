"""A title of an office no one held on the draft's date, because the person who headed its
work then did so in a lower post later raised to it (for NL402).

Kabul's mission in Islamabad was headed by a chargé d'affaires until the ledger's record of
30 May 2025, when that diplomat was made ambassador (his post ``ended_by: promoted``, the
ambassador's post starting the same day). "The Afghan Ambassador to Pakistan" in a draft of
April 2025 names a post no one held: the ledger shows whom the writer means (the head of
mission, then chargé d'affaires) and that the office had no holder. The title is judged
where, as written, it is that office's alone ("Afghan Ambassador", not "Ambassador", whose
owner may be a country the ledger does not know: "the US Ambassador to Pakistan") and it
names no one, or a name that shares a word with that person's recorded names (the head of
mission in another spelling: "Sardar Shokaib Ahmad"); a name with no such word is someone
else, not judged. Not judged either: a title written as past, as another time's, as a
report of a change of post, another body's, or with a qualifier; nor a title whose head
noun the lower post's title has ("IT minister" for a Minister of State, who heads the
ministry: a loose name of the lower post, not another office); each day the sentence
speaks of (else the draft's date) must fall inside the lower post's tenure, more than
:data:`~.common.NEWS_GRACE` before the promotion, with no holder of the office on record.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from narrlint.api import Corpus, Person, Post, title_lexicon
from narrlint.claims.titles import TitleClaim, holders_on

from .common import NEWS_GRACE
from .other_office import head_noun, title_words

__all__ = ["Vacancy", "vacant_post"]

PROMOTED = "promoted"
"""The ``ended_by`` of a post its holder left on being raised to another."""


@dataclass(frozen=True)
class Vacancy:
    """An office without a holder on the draft's date, whose work a lower post then did."""

    office: str
    person: Person
    """Who headed the work then, and later held the office."""
    lower: Post
    """Their post on the date, ended by the promotion."""
    raised: Post
    """Their later tenure of the office."""


def vacant_post(corpus: Corpus, claim: TitleClaim, day: dt.date) -> Vacancy | None:
    """The vacancy ``claim`` (a title with no name the ledger knows) names on ``day``, or
    ``None`` (see the module)."""
    if claim.person is not None or len(claim.offices) != 1 or claim.qualifiers:
        return None
    if claim.past_marked or claim.frame.then or claim.frame.tenure_end or claim.foreign_owner:
        return None
    office_id = claim.offices[0]
    office = corpus.ledger.offices.get(office_id)
    if office is None or office.holders != "single":
        return None
    written = " ".join(claim.title.text.lower().split())
    if title_lexicon(corpus).offices.get(written) != (office_id,):
        return None  # "the US Ambassador to Pakistan": a kind of post the place narrowed
    head = head_noun(claim.title.text)
    days = [p.first for p in claim.frame.periods] or [day]
    found: Vacancy | None = None
    for when in days:
        if holders_on(corpus, office_id, when):
            return None
        vacancy = _raised_later(corpus, office_id, when)
        if vacancy is None or (found is not None and vacancy.person.id != found.person.id):
            return None
        if head in title_words(vacancy.lower.title):
            return None  # "IT minister" for a Minister of State: the lower post's own name
        found = vacancy
    if found is None or (claim.holder is not None and not _same_name(claim.holder.text, found)):
        return None
    return found


def _raised_later(corpus: Corpus, office_id: str, day: dt.date) -> Vacancy | None:
    """The person who on ``day`` held a post of the office's country that ended by their
    promotion to the office, taken up more than :data:`NEWS_GRACE` after ``day``."""
    ledger = corpus.ledger
    office = ledger.offices[office_id]
    holders = {person.id: person for person, _ in title_lexicon(corpus).posts.get(office_id, ())}
    for person in holders.values():
        raised = [p for p in person.posts if p.office == office_id and p.start is not None]
        for lower in person.posts:
            other = ledger.offices.get(lower.office)
            if (
                lower.ended_by == PROMOTED
                and lower.end is not None
                and lower.held_on(day)
                and other is not None
                and other.country == office.country
            ):
                for post in raised:
                    start = post.start
                    if (
                        start is not None
                        and abs(start - lower.end) <= NEWS_GRACE
                        and (start - day > NEWS_GRACE)
                    ):
                        return Vacancy(office_id, person, lower, post)
    return None


def _same_name(written: str, vacancy: Vacancy) -> bool:
    """Whether a name written as the title's holder shares a word with the person's recorded
    names (their name in another spelling)."""
    person = vacancy.person
    known = set(re.findall(r"[a-z]+", " ".join((person.name, *person.aliases)).lower()))
    return bool(set(re.findall(r"[a-z]+", written.lower())) & known)
