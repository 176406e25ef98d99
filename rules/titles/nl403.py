"""NL403 ``title-superseded-in-corpus``: a title the archive had replaced before the draft's
date, for a person the ledger says nothing about in that title."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from narrlint.api import (
    Corpus,
    Draft,
    Edit,
    Fix,
    Problem,
    Rule,
    Severity,
    archive_titles,
    long_date,
)
from narrlint.claims.titles import RankClaim, TitleClaim

from .common import draft_dated, fit, short

OLD_ARTICLES = archive_titles.MIN_OLD_ARTICLES
NEW_ARTICLES = archive_titles.MIN_NEW_ARTICLES

EVIDENCE_NEW = 2
"""Newest archive sentences with the new title given as evidence (and the last with the old)."""


class SupersededTitle(Rule):
    code = "NL403"
    name = "title-superseded-in-corpus"
    summary = "Title the archive's articles had consistently replaced before the draft's date"
    severity = Severity.WARNING
    documentation = f"""
        A person the ledger knows is given a title (an office's title or a rank) that the
        ledger says nothing about for that person, and that the dated articles of the corpus
        (the seeds and a newsroom's archive given with --corpus) had consistently replaced
        with another before the draft's date. The newest archive sentences with the new title
        are the evidence, with their file and line.

        Consistently: at least {OLD_ARTICLES} archive articles use the old title, at least
        {NEW_ARTICLES} articles dated after its last use use the new one, and the new one
        was never used on or before that day, so no article uses the old title after the
        switch. Where the archive is thinner or mixed, or the two titles ran side by side,
        the rule stays quiet. Only archive sentences that give the title in the present count
        ("former", "then-", a report of a resignation or a promotion, and a sentence placed in
        another year do not).

        Titles the ledger records for the person are NL401's and NL402's: this rule never
        judges them. It is a warning, not an error: the archive's usage is evidence, not a
        researched fact; record the change in the ledger to make it one.

        Bad (draft dated 2025-06-01, the archive calling the person "Lt Gen" in 2023 and
        "General" in every article since March 2024):
            Lt Gen Nadia Rana inspected the troops.

        Good:
            General Nadia Rana inspected the troops.
            Then-Lt Gen Nadia Rana inspected the troops in 2023.

        Fix: for a rank, writes the rank the archive uses since the switch ("Lt Gen" →
        "General"); for an office, none (the person may have left it, or the name may be the
        mistake): the message says which title the archive uses, and since when.
    """

    def check(self, draft: Draft, corpus: Corpus) -> Iterable[Problem]:
        return list(self._problems(draft, corpus))

    def _problems(self, draft: Draft, corpus: Corpus) -> Iterator[Problem]:
        for claim in draft.claims.titles:
            named = isinstance(claim, TitleClaim) and claim.person is not None
            if named or isinstance(claim, RankClaim):
                for problem in self._title(draft, corpus, claim):
                    if not claim.quoted:  # a speaker's words: a quotation stays as spoken
                        yield problem

    def _title(
        self, draft: Draft, corpus: Corpus, claim: TitleClaim | RankClaim
    ) -> Iterator[Problem]:
        if claim.past_marked or claim.frame.tenure_end or claim.frame.rank_change:
            return
        frame = claim.frame
        if frame.then or frame.periods or frame.years:
            return  # the sentence speaks of another time than the draft's
        ledger = corpus.ledger
        person = ledger.people.get(claim.person_id or "")
        if person is None:
            return
        if isinstance(claim, RankClaim):
            kind, ids = archive_titles.RANK, claim.ranks
            if any(t.rank in ids for t in ledger.rank_succession(person.id)):
                return  # the ledger records this rank for the person: NL401's
        else:
            kind, ids = archive_titles.OFFICE, claim.offices
            if any(p.office in ids for p in person.posts):
                return  # the ledger records this post for the person: NL401's and NL402's
        day = draft.date_for(claim.span)
        switch = archive_titles.superseded(
            archive_titles.sightings(corpus, person.id), kind, ids, day
        )
        if switch is None:
            return
        yield self._problem(draft, corpus, claim, switch, short(person.name), day)

    def _problem(
        self,
        draft: Draft,
        corpus: Corpus,
        claim: TitleClaim | RankClaim,
        switch: archive_titles.Switch,
        name: str,
        day: dt.date,
    ) -> Problem:
        written = " ".join(
            (claim.rank if isinstance(claim, RankClaim) else claim.title).text.split()
        )
        newest = switch.new[-1]
        new = newest.wording
        fix = None
        if isinstance(claim, RankClaim):
            rank = corpus.ledger.ranks.get(next(iter(sorted(newest.ids))))
            new = rank.name if rank is not None else new
            start, _ = draft.offsets(claim.rank[0])
            _, end = draft.offsets(claim.rank[-1])
            fix = Fix(f'write "{new}"', (Edit(start, end, new),))
            message = fit(
                f'Write "{new}": the archive calls {name} so since {long_date(switch.since)}',
                f'Write "{new}": the archive\'s rank for {name} since {long_date(switch.since)}',
            )
        else:
            message = fit(
                f'Check the title: the archive calls {name} "{new}" since '
                f"{long_date(switch.since)}",
                f'Check the title: the archive writes "{new}" since {long_date(switch.since)}',
            )
        last_old = switch.old[-1]
        details = (
            f"{switch.new_articles} archive articles from {long_date(switch.since)} to "
            f'{long_date(newest.date)} call {name} "{new}", and none of them "{written}"; the '
            f'last to write "{last_old.wording}" is dated {long_date(last_old.date)} '
            f"({switch.old_articles} articles in all); {draft_dated(draft, day)}. The ledger "
            f'records no "{written}" for {name}: record the change there to make it a fact.'
        )
        evidence = [s.sentence.evidence() for s in reversed(switch.new[-EVIDENCE_NEW:])]
        evidence.append(last_old.sentence.evidence())
        return draft.problem(claim.span, message, evidence, fix, details=details)
