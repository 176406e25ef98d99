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

from .common import (
    corpus_evidence,
    draft_dated,
    fit,
    former_fix,
    former_phrase,
    former_wording,
    long_date,
    reader_dates,
    short,
    tenure,
)


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
            QUETTA — Interim Prime Minister Anwaar-ul-Haq Kakar says the talks go on.
            Pakistan's stance signals a shift, says the caretaker Prime Minister.
            The caretaker government says it will not extend the deadline.

        Good:
            Former caretaker Foreign Minister Jalil Abbas Jilani said ties were strong.
            In October 2023, caretaker Foreign Minister Jalil Abbas Jilani met Muttaqi.
            The caretaker government announced the deportation drive in October.

        Fix: inserts "former" before the title, with a capital letter where a sentence or a
        dateline starts ("QUETTA — Former interim Prime Minister …"), in lower case inside a
        sentence ("…, says the former caretaker Prime Minister"), in capitals in a line
        written in capitals; a headline in title case keeps its capitals. The details below
        the message give the tenure's dates and who holds the post now, or whom it passed
        to, when the ledger knows.
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
        current = [p for p in person.posts if p.held_on(day)]
        successor = ledger.people.get(post.successor) if post.successor else None
        name = short(person.name)
        wording = former_phrase(claim.phrase)
        message = fit(
            f'Write "{wording}": {name} left the post on {long_date(post.end)}',
            f'Write "{wording}": the post ended on {long_date(post.end)}',
        )
        details = [
            f"{name} was {short(post.title)} {tenure(post)}; {draft_dated(draft, day)}.".replace(
                "  ", " "
            )
        ]
        if current:
            now = " and ".join(f"{short(p.title)} ({tenure(p)})" for p in current)
            details.append(f"On the draft's date, {name} is {now}.")
        if successor is not None:
            details.append(f"The post passed to {short(successor.name)}.")
        fix = former_fix(draft, claim.phrase, f'write "{former_wording(draft, claim.phrase)}"')
        yield draft.problem(claim.span, message, evidence, fix, details=" ".join(details))

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
        name = short(person.name)
        wording = former_phrase(claim.phrase)
        message = fit(
            f'Write "{wording}": the last one, {name}, left the post on {long_date(post.end)}',
            f'Write "{wording}": the post\'s last holder left it on {long_date(post.end)}',
        )
        details = (
            f'No one held a "{claim.phrase.text}" post on the draft\'s date: '
            f"{draft_dated(draft, day)}. The last one on record, {name}, was "
            f"{short(post.title)} {tenure(post)}. If the sentence means whoever holds the office "
            "now, name that person instead."
        )
        evidence = [post.origin.evidence(describe_post(person, post))]
        fix = former_fix(draft, claim.phrase, f'write "{former_wording(draft, claim.phrase)}"')
        yield draft.problem(claim.phrase, message, evidence, fix, details=details)

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
        wording = former_phrase(claim.span)
        message = fit(
            f'Write "{wording}" or name the current one: its term ended on '
            f"{long_date(government.end)}",
            f'Write "{wording}": its term ended on {long_date(government.end)}',
        )
        served = f"from {long_date(government.start)} " if government.start else ""
        subject = short(government.name)
        if subject.split()[0].lower() in TEMPORARY:
            subject = f"the {subject[:1].lower()}{subject[1:]}"
        details = (
            f"{subject[:1].upper()}{subject[1:]} served {served}to "
            f"{long_date(government.end)}; {draft_dated(draft, day)}."
        )
        if government.successor:
            details += f" It was followed by: {reader_dates(government.successor)}."
        evidence = [government.origin.evidence(describe_government(government))]
        fix = former_fix(draft, claim.span, f'write "{former_wording(draft, claim.span)}"')
        yield draft.problem(claim.span, message, evidence, fix, details=details)
