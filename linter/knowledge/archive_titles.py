"""Titles read from the archive: what the corpus's dated articles call each known person, when.

The ledger records the posts and ranks someone has researched; a newsroom's archive records,
article by article, what the paper called each person on each day. From the archive's dated
sentences this module learns each ledger person's titles over time, read by the very reader
that reads a draft's titles (:func:`narrlint.claims.titles.read`, one meaning in one place),
and finds where the archive consistently replaced one title with another (rule NL403).

A *sighting* is one archive sentence giving a person an office title ("Interior Minister
Mohsin Naqvi") or a rank ("Lt Gen X") in the present: sentences that write the title as past
("former", "then-", "who was"), report the end of a tenure or a promotion, or place what they
tell at another time ("In 2022, …") say nothing about what the title was on the story's date
and are left out, as are undated stories.

A switch from title A to title B is *consistent* (:func:`superseded`) when, among the
sightings dated before the draft's date:

- A is used in at least :data:`MIN_OLD_ARTICLES` articles (else the archive is thin about A);
- B is used in at least :data:`MIN_NEW_ARTICLES` articles, all dated after A's last use, and
  never on or before it (B did not run alongside A: two concurrent titles are not a switch);
- no article uses A after B's first use (the archive is not mixed).

Sightings are learned once per corpus and person, on first need (a draft title the ledger
says nothing about), and kept with the corpus (:meth:`Corpus.memo`), so the archive is read
for the few people drafts name that way, not for every draft.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from narrlint.knowledge.corpus import Corpus, CorpusSentence
from narrlint.knowledge.ledger import Ledger, normalise_title

__all__ = [
    "MIN_NEW_ARTICLES",
    "MIN_OLD_ARTICLES",
    "Sighting",
    "Switch",
    "sightings",
    "superseded",
]

MIN_OLD_ARTICLES = 2
"""Articles that must use the old title before the switch: one use may be a slip."""
MIN_NEW_ARTICLES = 3
"""Articles that must use the new title after the old one's last use, none of them using the
old one: fewer is too thin to call the old title replaced."""

OFFICE = "office"
RANK = "rank"


@dataclass(frozen=True, slots=True)
class Sighting:
    """One archive sentence giving the person a title in the present, on its story's date."""

    date: dt.date
    kind: str
    """``office`` (``ids`` are office ids) or ``rank`` (``ids`` are rank ids)."""
    ids: frozenset[str]
    wording: str
    """The title as the sentence writes it, whitespace collapsed ("Prime Minister")."""
    sentence: CorpusSentence

    @property
    def article(self) -> tuple[str, int]:
        """The story the sentence belongs to (articles are counted, not sentences)."""
        story = self.sentence.story
        return story.path, story.first_line


@dataclass(frozen=True, slots=True)
class Switch:
    """The archive's consistent replacement of one title of a person by another."""

    old: tuple[Sighting, ...]
    """Sightings of the replaced title, oldest first."""
    new: tuple[Sighting, ...]
    """Sightings of the title that replaced it, oldest first (all after the last of ``old``)."""

    @property
    def since(self) -> dt.date:
        return self.new[0].date

    @property
    def new_articles(self) -> int:
        return len({s.article for s in self.new})

    @property
    def old_articles(self) -> int:
        return len({s.article for s in self.old})


def sightings(corpus: Corpus, person: str) -> tuple[Sighting, ...]:
    """The person's title sightings in the corpus's dated articles, oldest first (learned once
    per corpus and person)."""
    return corpus.memo((__name__, "sightings", person), lambda: _learn(corpus, person))


def superseded(
    found: Iterable[Sighting], kind: str, ids: Iterable[str], day: dt.date
) -> Switch | None:
    """How the archive replaced the title ``ids`` (of ``kind``) before ``day``, if it did so
    consistently (see the module's documentation); ``None`` where it is thin or mixed."""
    wanted = frozenset(ids)
    before = [s for s in found if s.kind == kind and s.date < day]
    old = [s for s in before if s.ids & wanted]
    if len({s.article for s in old}) < MIN_OLD_ARTICLES:
        return None
    last_old = max(s.date for s in old)
    groups: dict[frozenset[str], list[Sighting]] = {}
    for sighting in before:
        if not sighting.ids & wanted:
            groups.setdefault(sighting.ids, []).append(sighting)
    best: Switch | None = None
    for group in groups.values():
        if min(s.date for s in group) <= last_old:
            continue  # used alongside the old title, or before it: not a replacement
        switch = Switch(tuple(old), tuple(group))
        if switch.new_articles < MIN_NEW_ARTICLES:
            continue
        if best is None or switch.new_articles > best.new_articles:
            best = switch
    return best


# ---------------------------------------------------------------------------------------------
# Learning


def _learn(corpus: Corpus, person: str) -> tuple[Sighting, ...]:
    from narrlint.claims.titles import DatedSentence, RankClaim, TitleClaim, read

    keys = corpus.memo((__name__, "title_keys"), lambda: _title_keys(corpus.ledger))
    candidates = [
        s
        for s in corpus.find(("person", person))
        if s.date is not None and _may_title(s.text, keys)
    ]
    found: list[Sighting] = []
    docs = corpus.nlp.pipe((s.text for s in candidates), batch_size=64)
    for sentence, doc in zip(candidates, docs, strict=True):
        assert sentence.date is not None
        for claim in read(DatedSentence(doc, sentence.date), corpus):
            if not isinstance(claim, TitleClaim | RankClaim):
                continue  # "the caretaker government": no person
            if claim.person_id != person or claim.past_marked:
                continue
            frame = claim.frame
            if frame.tenure_end or frame.rank_change or frame.then or frame.periods:
                continue
            if frame.years and sentence.date.year not in frame.years:
                continue
            if isinstance(claim, TitleClaim):
                if claim.offices:
                    found.append(
                        Sighting(
                            sentence.date,
                            OFFICE,
                            frozenset(claim.offices),
                            " ".join(claim.title.text.split()),
                            sentence,
                        )
                    )
            elif isinstance(claim, RankClaim):
                found.append(
                    Sighting(
                        sentence.date,
                        RANK,
                        frozenset(claim.ranks),
                        " ".join(claim.rank.text.split()),
                        sentence,
                    )
                )
    found.sort(key=lambda s: (s.date, s.sentence.id))
    return tuple(found)


def _title_keys(ledger: Ledger) -> tuple[str, ...]:
    """Every office title and way of writing a rank, normalised (:func:`normalise_title`): a
    sentence holding none of them gives no title and is not parsed again. Built once per
    corpus (some 50,000 normalisations with the seed ledger), not once per person."""
    keys = {_words(t) for office in ledger.offices.values() for t in office.titles}
    keys.update(_words(k) for rank in ledger.ranks.values() for k in rank.forms())
    return tuple(sorted(k for k in keys if k))


_NOT_WORD = re.compile(r"[\W_]+")


def _words(text: str) -> str:
    """Text as its words only: normalised, punctuation ("Minister,") read as a space."""
    return " ".join(_NOT_WORD.sub(" ", normalise_title(text)).split())


def _may_title(text: str, keys: tuple[str, ...]) -> bool:
    padded = f" {_words(text)} "
    return any(f" {key} " in padded for key in keys)
