"""NL402 ``wrong-title``: a title for an office the person never held."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from narrlint.api import Corpus, Draft, Problem, Rule, Severity
from narrlint.claims.titles import TitleClaim, describe_post


class WrongTitle(Rule):
    code = "NL402"
    name = "wrong-title"
    summary = "Title the person never held, per the ledger"
    severity = Severity.ERROR
    documentation = """
        A person the ledger knows is given a title for an office they never held, or a
        caretaker/interim/acting qualifier for a post that had none.

        Bad:
            Foreign Minister Mumtaz Zahra Baloch told reporters on Friday …
            Caretaker Prime Minister Shehbaz Sharif chaired the meeting.

        Good:
            Foreign Office spokesperson Mumtaz Zahra Baloch told reporters on Friday …
            Prime Minister Shehbaz Sharif chaired the meeting.
    """

    def check(self, draft: Draft, corpus: Corpus) -> Iterable[Problem]:
        return list(self._problems(draft, corpus))

    def _problems(self, draft: Draft, corpus: Corpus) -> Iterator[Problem]:
        ledger = corpus.ledger
        for claim in draft.claims.titles:
            if not isinstance(claim, TitleClaim) or claim.person is None:
                continue
            person = ledger.people.get(claim.person_id or "")
            if person is None or not person.posts:
                continue
            posts = [p for p in person.posts if p.office in claim.offices]
            known = "; ".join(describe_post(person, p) for p in person.posts)
            evidence = [p.origin.evidence(describe_post(person, p)) for p in person.posts[:3]]
            if not posts:
                yield draft.problem(
                    claim.span,
                    f'the ledger records no "{claim.title.text}" post for {person.name} '
                    f"(known posts: {known})",
                    evidence,
                )
            elif claim.temporary and not any(p.qualifier for p in posts) and not claim.past_marked:
                yield draft.problem(
                    claim.span,
                    f"{person.name} was never a {claim.temporary} {claim.title.text}: the "
                    f"ledger's posts carry no caretaker/interim/acting qualifier ({known})",
                    evidence,
                )
