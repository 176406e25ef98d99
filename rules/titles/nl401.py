"""NL401 ``stale-title``: a title whose tenure had ended by the draft's date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from narrlint.api import Corpus, Draft, Problem, Rule, Severity
from narrlint.claims.titles import (
    TEMPORARY,
    GovernmentClaim,
    TitleClaim,
    describe_government,
    describe_post,
    government_of,
)

from .common import corpus_evidence, former_fix, phrase, short


class StaleTitle(Rule):
    code = "NL401"
    name = "stale-title"
    summary = "Title the person no longer held on the draft's date"
    severity = Severity.ERROR
    documentation = """
        A person is given a title (often "caretaker", "interim" or "acting") whose tenure,
        per the ledger, had ended before the draft's publication date. Generic references in
        the present tense ("the caretaker government says") are checked the same way.

        The draft's date is --date, else front matter `date:`, else the config `date`, else
        today. Not stale: "then-caretaker …", "former …", and sentences explicitly placed in
        a past period inside the tenure ("In October 2023, caretaker Foreign Minister …").

        Bad (draft dated 2024-06-01):
            Caretaker Foreign Minister Jalil Abbas Jilani says ties are strong.

        Good:
            Former caretaker Foreign Minister Jalil Abbas Jilani said ties were strong.
            In October 2023, caretaker Foreign Minister Jalil Abbas Jilani met Muttaqi.

        Fix: inserts "former" before the title (or suggests the current holder when the ledger
        knows one).
    """

    def check(self, draft: Draft, corpus: Corpus) -> Iterable[Problem]:
        return list(self._problems(draft, corpus))

    def _problems(self, draft: Draft, corpus: Corpus) -> Iterator[Problem]:
        claims = draft.claims.titles
        for claim in claims:
            if not isinstance(claim, TitleClaim) or claim.past_marked:
                continue
            day = draft.date_for(claim.title)
            if claim.person is not None:
                yield from self._named(draft, corpus, claim, day)
            elif claim.temporary:
                yield from self._generic_title(draft, corpus, claim, day)
        for claim in claims:
            if isinstance(claim, GovernmentClaim):
                yield from self._government(draft, corpus, claim)

    def _named(
        self, draft: Draft, corpus: Corpus, claim: TitleClaim, day: dt.date
    ) -> Iterator[Problem]:
        ledger = corpus.ledger
        person = ledger.people.get(claim.person_id or "")
        if person is None:
            return
        posts = [p for p in person.posts if p.office in claim.offices]
        if not posts or any(p.held_on(day) for p in posts):
            return
        ended = [p for p in posts if p.end is not None and p.end <= day]
        if not ended:
            return
        post = max(ended, key=lambda p: p.end)
        if claim.frame.past_framed([(p.start, p.end) for p in posts]):
            return
        evidence = [post.origin.evidence(describe_post(person, post))]
        evidence += corpus_evidence(corpus, person.id, claim.title.text.lower())
        current = next((p for p in person.posts if p.held_on(day)), None)
        successor = ledger.people.get(post.successor) if post.successor else None
        message = (
            f"{short(person.name)} held the post of {short(post.title)} "
            f"until {post.end.isoformat()}, "
            f"before this draft's date ({day.isoformat()}, from {draft.date_origin}); "
            f'write "former {phrase(claim)}"'
        )
        if current is not None:
            message += f" (now {short(current.title)})"
        elif successor is not None:
            message += f"; the post passed to {short(successor.name)}"
        fix = former_fix(draft, claim, f'call {person.name} "former {phrase(claim)}"')
        yield draft.problem(claim.span, message, evidence, fix)

    def _generic_title(
        self, draft: Draft, corpus: Corpus, claim: TitleClaim, day: dt.date
    ) -> Iterator[Problem]:
        posts = [
            (person, p)
            for person in corpus.ledger.people.values()
            for p in person.posts
            if p.office in claim.offices
            and p.qualifier
            and TEMPORARY.get(p.qualifier) == claim.temporary
        ]
        if not posts or any(p.held_on(day) for _, p in posts):
            return
        person, post = max(posts, key=lambda item: item[1].end or dt.date.max)
        if post.end is None or post.end > day:
            return
        if claim.frame.past_framed([(p.start, p.end) for _, p in posts]):
            return
        if not claim.frame.present:
            return
        message = (
            f'"{phrase(claim)}" refers to {person.name}, whose post ended on '
            f"{post.end.isoformat()}, before this draft's date ({day.isoformat()}); "
            f'write "the former {phrase(claim)}" or name the current office-holder'
        )
        evidence = [post.origin.evidence(describe_post(person, post))]
        fix = former_fix(draft, claim, 'add "former"')
        yield draft.problem(claim.phrase, message, evidence, fix)

    def _government(
        self, draft: Draft, corpus: Corpus, claim: GovernmentClaim
    ) -> Iterator[Problem]:
        day = draft.date_for(claim.span)
        government = government_of(claim, corpus)
        if government is None or government.end is None or government.end > day:
            return
        if claim.past_marked:
            return
        if claim.frame.past_framed([(government.start, government.end)]):
            return
        if not claim.frame.present:
            return
        message = (
            f"the {government.name} ended on {government.end.isoformat()}, before this "
            f'draft\'s date ({day.isoformat()}); write "the former {claim.span.text}"'
            + (f" or name {government.successor}" if government.successor else "")
        )
        evidence = [government.origin.evidence(describe_government(government))]
        fix = draft.insertion(claim.span[0], "former ", 'add "former"')
        yield draft.problem(claim.span, message, evidence, fix)
