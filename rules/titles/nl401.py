"""NL401 ``stale-title``: a title whose tenure had ended by the draft's date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from narrlint.api import (
    Corpus,
    Draft,
    Edit,
    Fix,
    Problem,
    RankTerm,
    Rule,
    Severity,
    long_date,
    reader_dates,
)
from narrlint.claims.titles import (
    TEMPORARY,
    GovernmentClaim,
    RankClaim,
    TitleClaim,
    describe_government,
    describe_post,
    describe_rank,
    ended_before,
    government_of,
    post_end,
    post_tenure,
    temporary_elsewhere,
)
from narrlint.claims.words import lowers

from .common import (
    NEWS_GRACE,
    corpus_evidence,
    draft_dated,
    ended_when,
    fit,
    former_phrase,
    former_rewrite,
    short,
    tenure,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

JUST_ENDED = NEWS_GRACE
"""How long after a tenure's end a report told in the past may still give its title: news
tells the events of the days before its date, and a recorded end is often the day of the
notification, not of the handover."""


def _last_before(terms: list[RankTerm], old: RankTerm, current: RankTerm) -> bool:
    """Whether ``old`` is the rank held right before ``current`` (no rank between them): the
    one a report of a promotion or of a change of post still writes. A rank two steps back
    ("Lieutenant General" for a Field Marshal) was outdated before any change told of."""
    if old.end is None or (current.start is not None and old.end > current.start):
        return False
    return not any(
        t.start is not None
        and t.start >= old.end
        and (current.start is None or t.start < current.start)
        and t is not current
        and t is not old
        for t in terms
    )


def _outgoing(claim: TitleClaim) -> Token | None:
    """The word "outgoing" when it is the title's only mark of the past ("the outgoing prime
    minister, X"): it says the tenure is ending, which the ledger can check; other marks
    ("former", "then-", "who was …") are right at any later date."""
    if claim.past_clause or [q for q in claim.qualifiers if q not in TEMPORARY] != ["former"]:
        return None
    found = [t for t in claim.span if t.lower_ == "outgoing" and t.i < claim.title.start]
    return found[0] if len(found) == 1 else None


RANK_CHANGE_NEWS = dt.timedelta(days=31)
"""How long after a promotion a report of a change of post ("was appointed army chief") may
still give the rank held before it: the change it tells of may be the one that came with the
promotion. Later, such a report is of another change, and the old rank is outdated."""


def _changed_lately(claim: RankClaim, current: RankTerm, day: dt.date) -> bool:
    """Whether ``claim``'s sentence reports a change of post within :data:`RANK_CHANGE_NEWS`
    of the promotion to ``current``, not dated after it ("on <the day after> appointed Lt
    Gen X as army chief": a change the new rank was already held at)."""
    return (
        claim.frame.tenure_end
        and current.start is not None
        and day - current.start <= RANK_CHANGE_NEWS
        and not claim.frame.placed_after(current.start)
    )


TENURE_END_NEWS = dt.timedelta(days=90)
"""How long after a tenure's recorded end a sentence that reports a move ("X has been
appointed ambassador", "was sworn in as senator") may still give the title: it tells of the
move that ended it. Later, it tells of another change ("Army Chief X has been appointed
defence chief" for a chief who retired years before), and the title is outdated. A report of
the end itself ("X resigned", "Y succeeded X") keeps the title at any date."""


def _end_is_news(end: dt.date | None, day: dt.date) -> bool:
    """Whether ``day`` lies no more than :data:`TENURE_END_NEWS` after ``end``."""
    return end is not None and day - end <= TENURE_END_NEWS


INDEFINITE = frozenset({"a", "an", "any", "another", "every", "each"})
"""Determiners that make a generic title or government term a kind, not the holder of the
office ("a caretaker prime minister is appointed when …", "an interim government")."""


def _indefinite(start: int, doc: Doc) -> bool:
    """Whether one of :data:`INDEFINITE` stands right before the phrase starting at ``start``."""
    return start > 0 and lowers(doc)[start - 1] in INDEFINITE


def _just_ended(end: dt.date | None, day: dt.date) -> bool:
    """Whether ``day`` (the draft's) lies no more than :data:`JUST_ENDED` after ``end``."""
    return end is not None and day - end <= JUST_ENDED


class StaleTitle(Rule):
    code = "NL401"
    name = "stale-title"
    summary = "Title the person no longer held on the draft's date"
    severity = Severity.ERROR
    documentation = """
        A person is given a title (often "caretaker", "interim" or "acting") whose tenure,
        per the ledger, had ended before the draft's publication date. Generic references in
        the present tense ("the caretaker government says") are checked the same way.

        A rank the person had left by a promotion before the draft's date is stale too
        ("General Asim Munir" after his promotion to Field Marshal), however it is written
        ("Gen.", "Gen", "Lt. Gen."): ranks and their abbreviations come from the ledger's
        `ranks`, and a person's successive ranks from `people[].ranks`. With a ledger that
        records the promotion of 2025-05-20, "Army Chief Gen. Asim Munir met the envoy" in a
        draft dated 2025-10-14 is stale, and the fix writes "Field Marshal".

        The draft's date is --date, else front matter `date:` (or `publishDate:`,
        `pubDate:`, `published_at:`), else an HTML page's `<meta>`
        date, else the date its file name starts with, else the config `date`, else today.
        Not stale: "then-caretaker …" (and the other titles of a sentence that marks one so:
        "Lt Gen X (then Quarter Master General), Lt Gen Y (corps commander) …", "the then
        …"), "former …" ("formerly", "previously"), a title given
        the bounds of its tenure ("X, caretaker interior minister until December, …", "from
        August to December 2023", "(2023-24)"; not "since August"), the role of a past act
        ("As caretaker interior minister, X launched the drive", "who announced the deadline
        as caretaker interior minister"), a past time written with the title ("X,
        caretaker chief minister when the floods struck, …", "according to a 2023 statement
        by caretaker CM X"), a title of no one in particular ("a caretaker prime minister is
        appointed when …") or a government named as the author of an act ("the deadline set
        by the caretaker government", "the caretaker government's decision … remains in
        force"; not "The caretaker government says …"), a date told in what a present verb
        governs, which dates that, not the title ("Army Chief General X has called for Y to
        receive the prize for helping prevent a conflict last month": judged now), sentences
        explicitly placed
        in a past period inside the tenure ("In October 2023, caretaker Foreign Minister …";
        the day of its recorded end too: "on November 24 appointed Lt Gen X as army chief",
        the day of his promotion; a weekday of a report told in the past places it as a date
        does: "Air Marshal X on Friday took over as the Chief of the Air Staff", the Friday
        of the change, when the old rank was still his) or
        before a change of the person's post or rank ("Before becoming army chief, Lt Gen
        X headed the ISI", "prior to his promotion", "before taking over as …"), a
        sentence that reports the end of the tenure ("Interior Minister X has resigned",
        "stepped down", "was replaced", "handed over command", "completed her term",
        "retired", "was transferred", "was sworn in as …", "her last briefing", "the
        departure of Special Representative X", "X's exit", "the government has removed its
        envoy, X"; also the sentence before or after one that reports it of the same
        person: "… X. X stepped down this week."; not a report of another person named
        after the title in another clause: "Chief Minister X congratulated Y on being elected
        chairman", "X said Y had resigned") and one that
        reports the promotion ("was promoted to Field Marshal from General", also in the
        sentence before or after), a report told in the past tense (the holder the subject
        of a verb in the past, "X rejected", "X had warned", or a sentence opened by
        "Earlier,"; a plural noun elsewhere, "of migrants in", does not make it present)
        in a draft dated up to three days after the tenure's recorded end (news tells the
        events of the days before; not when the sentence dates them after the end: "on
        Saturday", the Saturday after the handover), a title followed by what the person
        became later ("…, now Balochistan's chief minister", "(now …)"), and a title inside a
        quotation (the speaker's words, which the writer does not change). Not the ledger's post
        at all: a title another country owns ("Lebanon's caretaker Prime Minister", "the
        Lebanese …", "… of Lebanon"; countries and their peoples from country data), a
        title given to a name the ledger does not know ("caretaker Prime Minister X Y",
        "X Y, the caretaker prime minister": someone else, not the holder on record; a
        misspelt name with a word of the holder's name stays the holder's), a name set off
        beside a title that stands in a phrase about someone else (a kin phrase: "the brother
        of the PM, X, …", "X, the prime minister's son, …"; an "as" phrase about a name
        before it: "the nomination of Y as caretaker prime minister, X, the outgoing premier,
        …", where the title is Y's; a phrase fronted before the subject: "Like the prime
        minister, X condemned …", "Welcoming the foreign minister, X said …"), an officer of
        the same name as a civilian of the ledger (a rank of an armed service and an
        officer's office before a name the ledger knows only for a civilian: "Chief of Air
        Staff Air Chief Marshal X"), and "PM" after
        a clock time ("at 4:00 PM"). "The caretaker government"
        is judged only where the ledger decides which government it is: the country written
        with it ("Afghanistan's caretaker government", "… in Kabul") or named in its
        sentence, not another government's country; nor where its sentence tells a history
        begun in the government's term ("underway since November 2023, with the interim
        government …").
        A title given as the predicate of a name is that person's: "X is the caretaker
        interior minister", "X, the son of Y, serves as the current defence minister"
        (written in the past, "X was the …", "served as …", it is not judged).
        A bare surname (`surname: true` in the ledger, or the last word of a recorded full
        name that the ledger gives one person, or one of the people the draft named before
        it: "Air Marshal Sidhu", "Malik, who also serves as …")
        names its person only next to one of the person's titles or ranks, or after the full
        name in the same draft ("Ambassador Munir Akram" is someone else). A recorded name
        in another transliteration is the person's ("General Asim Muneer" for Asim Munir:
        one word as recorded, each other with the same consonants), and so is one with two
        of its words joined by a hyphen ("Anwaarul-Haq Kakar") or its possessive glued to the
        next word ("Donald Trump’sstrategic role").

        Bad (draft dated 2024-06-01):
            Caretaker Foreign Minister Jalil Abbas Jilani says ties are strong.
            QUETTA — Interim Prime Minister Anwaar-ul-Haq Kakar says the talks go on.
            Pakistan's stance signals a shift, says the caretaker Prime Minister.
            The caretaker government says it will not extend the deadline.

        Good:
            Former caretaker Foreign Minister Jalil Abbas Jilani said ties were strong.
            Field Marshal Asim Munir met the envoy.
            Then-General Asim Munir met the envoy in 2024.
            In October 2023, caretaker Foreign Minister Jalil Abbas Jilani met Muttaqi.
            The caretaker government announced the deportation drive in October.
            Caretaker Interior Minister Sarfraz Bugti, now a chief minister, set the deadline.

        Fix: inserts "former" before the title (after an owner written in it: "Pakistan's
        former Permanent Representative …"), with a capital letter where a sentence or a
        dateline starts ("QUETTA — Former interim Prime Minister …"), in lower case inside a
        sentence ("…, says the former caretaker Prime Minister"), in capitals in a line
        written in capitals; a headline in title case keeps its capitals. The details below
        the message give the tenure's dates and who holds the post now, or whom it passed
        to, when the ledger knows. For an outdated rank the fix writes the rank held on the
        draft's date in place of the old one ("Gen." → "Field Marshal"), never "former".
    """

    def check(self, draft: Draft, corpus: Corpus) -> Iterable[Problem]:
        return list(self._problems(draft, corpus))

    def _problems(self, draft: Draft, corpus: Corpus) -> Iterator[Problem]:
        for claim, problem in self._judged(draft, corpus):
            if not claim.quoted:  # a speaker's words: the writer does not change a quotation
                yield problem

    def _judged(
        self, draft: Draft, corpus: Corpus
    ) -> Iterator[tuple[TitleClaim | RankClaim | GovernmentClaim, Problem]]:
        """Each problem with the claim it is about."""
        claims = draft.claims.titles
        for claim in claims:
            for problem in self._claim(draft, corpus, claim):
                yield claim, problem
        for claim in claims:
            if isinstance(claim, GovernmentClaim):
                for problem in self._government(draft, corpus, claim):
                    yield claim, problem

    def _claim(
        self, draft: Draft, corpus: Corpus, claim: TitleClaim | RankClaim | GovernmentClaim
    ) -> Iterator[Problem]:
        if isinstance(claim, RankClaim):
            yield from self._rank(draft, corpus, claim)
            return
        if not isinstance(claim, TitleClaim):
            return
        outgoing = _outgoing(claim)
        if claim.past_marked and outgoing is None:
            return
        if claim.frame.tenure_end and claim.person is None:
            return  # "the interior minister resigned": right in the report of the end
        day = draft.date_for(claim.title)
        if claim.person is not None:
            yield from self._named(draft, corpus, claim, day, outgoing)
        elif claim.temporary and claim.holder is None:  # not "caretaker Prime Minister X Y"
            yield from self._generic_title(draft, corpus, claim, day)

    def _named(
        self,
        draft: Draft,
        corpus: Corpus,
        claim: TitleClaim,
        day: dt.date,
        outgoing: Token | None = None,
    ) -> Iterator[Problem]:
        ledger = corpus.ledger
        person = ledger.people.get(claim.person_id or "")
        if person is None:
            return
        posts = [p for p in person.posts if p.office in claim.offices]
        if not posts or any(p.held_on(day) or post_end(p) == day for p in posts):
            return  # held, or handed over that very day (an earlier tenure is not the one meant)
        ended = [p for p in posts if ended_before(post_end(p), day)]
        if not ended:
            return
        post = max(ended, key=lambda p: post_end(p) or dt.date.max)
        if claim.frame.past_framed([post_tenure(p) for p in posts]):
            return
        end = post_end(post)
        if claim.frame.tenure_end and (not claim.frame.moved_only or _end_is_news(end, day)):
            return  # "Interior Minister X resigned": right in the report of the end
        if outgoing is not None and _end_is_news(end, day):
            return  # "outgoing": the tenure is ending, or just has
        if _just_ended(end, day) and not claim.frame.present and not claim.frame.placed_after(end):
            # "… said Foreign Office Spokesperson X" two days after the handover; not "X on
            # Saturday declined …" where that Saturday is after the handover
            return
        evidence = [post.origin.evidence(describe_post(person, post))]
        evidence += corpus_evidence(corpus, person.id, claim.title.text.lower())
        current = [p for p in person.posts if p.held_on(day)]
        successor = ledger.people.get(post.successor) if post.successor else None
        name = short(person.name)
        wording = former_phrase(claim.phrase)
        left = ended_when(post)
        message = fit(
            f'Write "{wording}": {name} left the post {left}',
            f'Write "{wording}": the post ended {left}',
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
        fix = former_rewrite(draft, claim.phrase)
        if outgoing is not None:  # "outgoing" long after the end: "former" in its place
            start, stop = draft.offsets(outgoing)
            former = "Former" if outgoing.text[:1].isupper() else "former"
            fix = Fix(f'write "{former}"', (Edit(start, stop, former),))
            wording = claim.phrase.text.replace(outgoing.text, former, 1)
            message = fit(
                f'Write "{wording}": {name} left the post {left}',
                f'Write "{wording}": the post ended {left}',
            )
        yield draft.problem(claim.span, message, evidence, fix, details=" ".join(details))

    def _rank(self, draft: Draft, corpus: Corpus, claim: RankClaim) -> Iterator[Problem]:
        """A rank the person had left by a promotion before the draft's date ("General Asim
        Munir" after his promotion to Field Marshal): the fix is the rank held on that date."""
        if claim.past_marked:
            return
        ledger = corpus.ledger
        person = ledger.people.get(claim.person_id or "")
        if person is None:
            return
        day = draft.date_for(claim.rank)
        terms = [t for t in ledger.rank_succession(person.id) if t.rank in claim.ranks]
        current = ledger.rank_on(person.id, day)
        if not terms or current is None or current.rank in claim.ranks:
            return
        ended = [t for t in terms if ended_before(t.end, day)]
        if not ended or claim.frame.past_framed([(t.start, t.end) for t in terms]):
            return
        old = max(ended, key=lambda t: t.end)
        if (claim.frame.rank_change or _changed_lately(claim, current, day)) and _last_before(
            ledger.rank_succession(person.id), old, current
        ):
            return  # "General Munir, promoted last month": the rank the change ended
        rank = ledger.ranks.get(current.rank)
        new = rank.name if rank is not None else current.rank
        written = claim.rank.text
        if written.isupper() and len(written) > 3:
            new = new.upper()
        name = short(person.name)
        since = f"since {long_date(current.start)}" if current.start else "on the draft's date"
        message = fit(
            f'Write "{new}": {name} has held that rank {since}',
            f'Write "{new}": the rank {name} holds {since}',
            f'Write "{new}": the rank held {since}',
        )
        held_before = ledger.ranks.get(old.rank)
        was = held_before.name if held_before is not None else old.rank
        details = (
            f'"{written}" is the rank {name} held until {long_date(old.end)}; '
            f"{draft_dated(draft, day)}, when {name} is {new}. "
            'Write the rank held on the date, or "then-" before the old one for a past event.'
        )
        if was.lower() != written.lower().rstrip("."):
            details = f"{written} ({was}) " + details[len(f'"{written}" ') :]
        evidence = [current.origin.evidence(describe_rank(ledger, person, current))]
        evidence.append(old.origin.evidence(describe_rank(ledger, person, old)))
        start, _ = draft.offsets(claim.rank[0])
        _, end = draft.offsets(claim.rank[-1])
        fix = Fix(f'write "{new}"', (Edit(start, end, new),))
        yield draft.problem(claim.span, message, evidence, fix, details=details)

    def _generic_title(
        self, draft: Draft, corpus: Corpus, claim: TitleClaim, day: dt.date
    ) -> Iterator[Problem]:
        posts = corpus.memo(
            (__name__, "temporary posts", claim.offices, claim.temporary),
            lambda: [
                (person, p)
                for person in corpus.ledger.people.values()
                for p in person.posts
                if p.office in claim.offices
                and p.qualifier
                and TEMPORARY.get(p.qualifier) == claim.temporary
            ],
        )  # the ledger's temporary posts of these offices: once per corpus, not per claim
        if not posts or any(p.held_on(day) for _, p in posts):
            return
        if _indefinite(claim.phrase.start, claim.phrase.doc):
            return  # "a caretaker prime minister is appointed when …": a kind, no holder
        person, post = max(posts, key=lambda item: item[1].end or dt.date.max)
        if not ended_before(post.end, day):
            return
        if claim.frame.past_framed([(p.start, p.end) for _, p in posts]):
            return
        if not claim.frame.present or claim.frame.tenure_end:
            return
        if temporary_elsewhere(claim, corpus, day):
            return  # "the interim foreign minister" may be another country's, in office
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
        fix = former_rewrite(draft, claim.phrase)
        yield draft.problem(claim.phrase, message, evidence, fix, details=details)

    def _government(
        self, draft: Draft, corpus: Corpus, claim: GovernmentClaim
    ) -> Iterator[Problem]:
        day = draft.date_for(claim.span)
        government = government_of(claim, corpus)
        if government is None or not ended_before(government.end, day):
            return
        if claim.past_marked or _indefinite(claim.span.start, claim.span.doc):
            return  # "an interim government will be formed": a kind, not the one on record
        if claim.frame.past_framed([(government.start, government.end)]):
            return
        if claim.frame.began_within(government.start, government.end):
            return  # "underway since November 2023, with the interim government committing …"
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
        fix = former_rewrite(draft, claim.span)
        yield draft.problem(claim.span, message, evidence, fix, details=details)
