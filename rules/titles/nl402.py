"""NL402 ``wrong-title``: a title the person did not hold on the draft's date: never, or
not yet."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator

from narrlint.api import (
    Corpus,
    Draft,
    Edit,
    Evidence,
    Fix,
    Person,
    Post,
    Problem,
    Rule,
    Severity,
    long_date,
)
from narrlint.claims.titles import (
    TEMPORARY,
    RankClaim,
    TitleClaim,
    describe_post,
    describe_rank,
)

from .above_rank import above_rank, above_rank_problem
from .common import (
    began_when,
    draft_dated,
    fit,
    removal_fix,
    short,
    started_when,
    tenure,
)
from .held_rank import held_name, held_rank_problem, person_name
from .levels import named_levels
from .not_yet import EarlyPost, EarlyRank, early_post, early_rank
from .one_holder import told_of_one
from .other_office import (
    beside_several,
    federal_meant,
    held_by_others,
    held_elsewhere,
    junior_rendering,
    junior_then,
    kind_of_post,
    own_office_shortened,
    records,
)
from .other_service import OtherService, other_service
from .rank_of_another import rank_of_another, rank_of_another_problem
from .still_held import StillHeld, still_held
from .vacant import Vacancy, vacant_post


class WrongTitle(Rule):
    code = "NL402"
    name = "wrong-title"
    summary = "Title the person did not hold on the draft's date: never, or not yet"
    severity = Severity.ERROR
    documentation = """
        A person the ledger knows is given a title they did not hold on the draft's date:
        one for an office they never held, one they took up only later ("Interior Minister
        Mohsin Naqvi" in a draft of September 2023, when the ledger has him in the post from
        11 March 2024 and Sarfraz Bugti in it before), a rank they were promoted to only
        later or of another service than every rank on record for them ("General" for an
        admiral), or a caretaker/interim/acting qualifier for a post that had none; and a title
        written as past ("former U.S. President Donald Trump") for a post the ledger holds
        open again on that date after an earlier tenure, begun more than three days before,
        or holds to a recorded end more than a month after it ("the former UNHCR Filippo
        Grandi" in April 2024, his term running to the end of 2025) (also in a sentence
        dated inside that tenure: "ISLAMABAD, June 19: former President X said …"; not in
        one set at another time or reporting the end; the fix takes "former" out). A title
        held before the date and ended is NL401's. A second title written
        before the same name as one the ledger records ("Special Representative for
        Afghanistan, Ambassador Asif Durrani") is read as a courtesy title and not judged
        (but "Ambassador" alone, a kind of post, is itself the courtesy title: "Foreign
        Secretary, Ambassador X" is judged by the foreign secretary's record; and an office
        one holds at a time, someone else's then, is judged: "Senate Chairman X, who is also
        the interior minister");
        the second of two titles joined by "and" is judged on its own ("Deputy Prime
        Minister and Interior Minister X", "Pakistan's deputy prime minister and interior
        minister, X, …": one determiner for both names one person holding both).

        The ledger is not a whole career: another office is reported only where the ledger shows
        that the title was someone else's on the date the sentence speaks of (an office one person
        holds at a time, with its holder then on record). A kind of post the ledger records
        several of in one country ("Chief Minister" without the province, "Information
        Minister": federal or provincial; a level of government written with the title picks
        the offices whose ledger name or titles say it: "Caretaker Federal Minister for
        Information X" is the federal post) is judged only where the person never held any of
        them and the ledger records the person, on that date, in another post of that country
        held by one at a time whose titles do not have the title's words ("The caretaker
        Information Minister Sarfraz Bugti" in October 2023, when he was the caretaker interior
        minister: the message names that post). An office several hold at once is judged
        the same way where the ledger keeps its holders (at least two on the date, the person
        not among them): "Deputy Prime Minister Amir Khan Muttaqi" in March 2024, when he was
        the Taliban administration's acting foreign minister. Not judged: "Ambassador" alone
        (a courtesy style kept for life), such a kind of post where the ledger records no post
        of the person then, an office many hold at once whose holders the ledger does not keep
        (advisers, a party's spokespeople), a lesser-post word given to the person's own
        junior post ("Deputy Foreign Minister X" for the Minister of State for Foreign
        Affairs), a title another body owns ("the Khyber Pakhtunkhwa
        government spokesperson X", "party spokesman X"), a title written as past ("former …",
        "who had served as …", "X was the …"), "acting" for a stand-in from the same
        government, a title inside a longer post's name ("Deputy …", "Adviser to the Prime
        Minister …", or before the post's noun: "X, the UN High Commissioner for Refugees
        (UNHCR) representative in Pakistan"), a title set off after a name that is one item
        of a list ("X, the Chief Minister of Balochistan, key provincial ministers and
        officials attended": another item with no verb follows; not "X, the chief minister,
        said", nor pairs of a name and its title), a caretaker/interim qualifier of a body
        that owns the title ("the caretaker government's supreme leader X"), a shortened
        form of the person's own office that keeps its head noun ("Minister for Commerce"
        for the Minister of Industry and Commerce), a title
        followed by its own holder's name ("X, Chairman Joint Chiefs Gen Y and …"), a name
        set off beside a title in a phrase about someone else (a kin phrase: "the brother of
        the PM, X, …", "X, the prime minister's son, …": X is the relative; an "as" phrase
        about a name before it: "the nomination of Y as the country's caretaker prime
        minister, X, the outgoing premier, …": the title is Y's; a phrase fronted before the
        subject: "Like the prime minister, X condemned …", "Welcoming the foreign minister, X
        said …"; "the son of Prime Minister X" is judged), an officer of the same name as a
        civilian of the ledger (a rank of an armed service and an officer's office written
        before a name the ledger knows only for a civilian with no rank on record and no post
        an officer of the ledger has held:
        "Chief of Air Staff Air Chief Marshal X" is another country's air chief, not the
        ledger's chief minister X; "Air Chief Marshal" is the rank, not the title "Air Chief"),
        and a title inside a quotation (the speaker's words).

        A day written without its year in a sentence about what is to come, after the word
        of the future ("is expected to visit … on September 18", "will meet on …", "is
        scheduled to …"), is the coming day when last year's lies more than half a year back:
        the sentence's titles are judged on it ("Former President X is expected to visit on
        <a day two months ahead>" for a president back in office is judged; the same day told
        in the past, "visited … on …", is last year's).

        An office the ledger records as abolished (its last tenure ended by the post's
        abolition) is no one's after that day: its title given then to a person who never held
        it is reported ("Chief of Army Staff and Chairman Joint Chiefs of Staff Committee,
        Field Marshal X" weeks after the chairmanship was abolished; not its last holder
        written as "former", nor a sentence set in a year). A service's most senior rank, held
        by one person at a time ("Field Marshal", "Air Chief Marshal"), given to a person the
        ledger records only in civil posts, in a sentence that names the country of both
        their posts ("Pakistani army chief, Field Marshal X" for a civilian minister), is
        reported with "Check the name" and no fix: the rank is its holder's, the name is
        likely the slip (without the country's name such a rank may be another country's
        officer of the same name, and is not judged).

        Not yet: judged on the draft's date (reporting gives a person the title of its own
        day, for past events too), where the ledger records that date (someone else held the
        office then, or the person another post or rank) and, for an office one person holds
        at a time named by a title no other office of the person's country shares, also where
        the date falls in a gap of its record: the person's first recorded tenure starts their
        holding of it ("Khyber Pakhtunkhwa Governor Faisal Karim Kundi" in 2015, governors
        recorded since 2011, his tenure from 2024). Not judged: a date before the ledger's
        record of the office begins (a politician's earlier stints are often missing), a title
        written as a post about to be taken up ("incoming …", "…-designate"), a sentence
        reporting the appointment or the promotion ("was sworn in as …", "was promoted to
        …"), a draft dated up to three days before the recorded start (the appointment is
        reported before the oath), and "Ambassador" alone for a diplomat later made
        ambassador (a place or an owner that names the office decides: "Pakistan's
        Ambassador in Kabul", "the ambassador of Pakistan in Kabul", where "of Pakistan" is
        the owner, not the place).

        Bad (draft dated 2024-06-01):
            Foreign Minister Mumtaz Zahra Baloch told reporters on Friday …
            Caretaker Prime Minister Shehbaz Sharif chaired the meeting.

        Bad (draft dated 2023-09-29):
            Interior Minister Mohsin Naqvi has strongly condemned the incident.

        Good:
            Foreign Office spokesperson Mumtaz Zahra Baloch told reporters on Friday …
            Prime Minister Shehbaz Sharif chaired the meeting.
            Ambassador (retd) Asif Durrani said the talks would resume.

        Fix: takes out a qualifier the post never had ("Caretaker Prime Minister Shehbaz
        Sharif" → "Prime Minister Shehbaz Sharif", the next word capitalised where a sentence
        or a dateline starts) when the person held the post on the date the sentence speaks
        of. No fix for a title of an office the person never held: the right title cannot be
        known (the name may be the mistake), so the message asks the writer to check it, and
        the details list the posts the ledger records, or, for a title not yet held, when it
        was taken up, what the person held on the date and who held the post. For a rank not
        yet held, or of another service, the fix writes the rank on record for the date
        ("Lieutenant General" → "Major General").
    """

    def check(self, draft: Draft, corpus: Corpus) -> Iterable[Problem]:
        return list(self._problems(draft, corpus))

    def _problems(self, draft: Draft, corpus: Corpus) -> Iterator[Problem]:
        for claim, problem in self._judged(draft, corpus):
            if not claim.quoted:  # a speaker's words: the writer does not change a quotation
                yield problem

    def _judged(
        self, draft: Draft, corpus: Corpus
    ) -> Iterator[tuple[TitleClaim | RankClaim, Problem]]:
        """Each problem with the claim it is about."""
        yield from self._offices(draft, corpus)
        for claim in draft.claims.titles:
            if isinstance(claim, TitleClaim) and claim.person is None:
                vacancy = vacant_post(corpus, claim, draft.date_for(claim.span))
                if vacancy is not None:
                    yield claim, self._vacant(draft, corpus, claim, vacancy)
            if isinstance(claim, RankClaim):
                day = draft.date_for(claim.rank)
                early = early_rank(corpus, claim, day)
                if early is not None:
                    yield claim, self._rank_not_yet(draft, corpus, claim, early)
                elif (other := other_service(corpus, claim, day)) is not None:
                    yield claim, self._rank_of_other_service(draft, corpus, claim, other)
                elif (above := above_rank(corpus, claim, day)) is not None:
                    yield claim, above_rank_problem(draft, corpus, claim, above)
                elif (another := rank_of_another(corpus, claim, day)) is not None:
                    yield claim, rank_of_another_problem(draft, corpus, claim, another)

    def _offices(self, draft: Draft, corpus: Corpus) -> Iterator[tuple[TitleClaim, Problem]]:
        """The titles of offices, each problem with its claim."""
        ledger = corpus.ledger
        named = [c for c in draft.claims.titles if isinstance(c, TitleClaim) and c.person]
        recorded = {
            c.person.start
            for c in named
            if not c.joined and records(ledger.people, c) and not kind_of_post(corpus, c.offices)
        }
        for claim in named:
            person = ledger.people.get(claim.person_id or "")
            if person is None or not person.posts:
                continue
            posts = [p for p in person.posts if p.office in claim.offices]
            day = draft.date_for(claim.span)
            if not posts:
                narrowed = named_levels(corpus, claim)  # "Information Minister": federal
                federal = narrowed != claim.offices and federal_meant(corpus, claim, person, day)
                if federal:
                    claim = dataclasses.replace(claim, offices=narrowed)
                one = claim.coordinated and told_of_one(claim)  # "X and Y Name has …"
                if claim.coordinated and not one:
                    continue  # "PM and army chief Munir": the first title may be another's
                others = held_by_others(corpus, claim, person, day)
                if claim.person.start in recorded and not one and not others:
                    # "Special Representative for Afghanistan, Ambassador Asif Durrani": the
                    # name has a title the ledger records too; this one is a courtesy title or
                    # a role the ledger does not track. A kind of post ("Ambassador" alone) is
                    # no such title: it is the courtesy one ("Foreign Secretary, Ambassador X").
                    # An office one holds at a time, someone else's then, is no courtesy:
                    # "Senate Chairman X, who is also the interior minister"
                    continue
                elsewhere = not others
                if elsewhere and not (
                    held_elsewhere(corpus, claim, person, day)
                    or beside_several(corpus, claim, person, day)
                ):
                    continue
                if own_office_shortened(corpus, claim, person):
                    continue
                if junior_rendering(corpus, claim, person):
                    continue
                evidence = _evidence(person)
                junior = junior_then(corpus, claim, person, day)
                yield (
                    claim,
                    self._wrong_office(
                        draft, claim, person, day, evidence, elsewhere or federal, junior
                    ),
                )
            elif (early := early_post(corpus, claim, person, posts, day)) is not None:
                yield claim, self._not_yet(draft, claim, person, early)
            elif (held := still_held(corpus, claim, person, posts, day)) is not None:
                yield claim, self._still_held(draft, claim, person, held, day)
            elif (
                claim.temporary
                and not any(p.qualifier for p in posts)
                and (not claim.past_marked or _taken_up(claim, posts, day))
            ):
                evidence = _evidence(person)
                yield claim, self._wrong_qualifier(draft, claim, person, posts, day, evidence)

    def _wrong_office(
        self,
        draft: Draft,
        claim: TitleClaim,
        person: Person,
        day: dt.date,
        evidence: list[Evidence],
        elsewhere: bool = False,
        junior: Post | None = None,
    ) -> Problem:
        """A title for an office the person never held: no fix, since the title is not the
        only thing that may be wrong (the name may be) and the record's titles are not written
        as a title before a name ("Spokesperson, Ministry of Foreign Affairs"). ``elsewhere``:
        a title several offices share, judged by the post the person held then
        (:func:`held_elsewhere`), which the message names. ``junior``: the person's junior
        post of the ministry the title names, held then (:func:`junior_then`): the message
        names it and does not say "never" (the ledger may lack a senior tenure)."""
        name = short(person.name)
        title = " ".join(claim.title.text.split())
        head = f"Check the title: {name} was never {title}"
        held = [p for p in person.posts if p.held_on(day)]
        latest = max(person.posts, key=lambda p: p.start or p.end or dt.date.min)
        every = ", ".join(dict.fromkeys(short(p.title) for p in person.posts))
        one = " and ".join(dict.fromkeys(short(p.title) for p in held or [latest]))
        if junior is not None:
            then = f"Check the title: on record, {name} was then {short(junior.title)}"
            message = fit(f"{then}, not {title}", then)
            known = "; ".join(f"{p.title} {tenure(p)}".strip() for p in person.posts)
            details = (
                f"On record, {name} held: {known}. The ledger records no {title} post of "
                f"{name}'s; {draft_dated(draft, day)}, when {name} held the junior post of that "
                "ministry. If the title is right (a senior tenure the ledger lacks), check the "
                "date; else write the junior post."
            )
            return draft.problem(claim.span, message, evidence, details=details)
        if elsewhere and held:
            first = short(held[0].title)
            message = fit(
                f"{head} (then {one})",
                f"{head} (then {first})",
                f"Check the title: {name} was then {first}",
            )
        else:
            message = fit(f"{head} (on record: {every})", f"{head} (on record: {one})", head)
        known = "; ".join(f"{p.title} {tenure(p)}".strip() for p in person.posts)
        details = (
            f"On record, {name} held: {known}. None of these is a "
            f'"{title}" post; {draft_dated(draft, day)}. If the title is right, check the name.'
        )
        return draft.problem(claim.span, message, evidence, details=details)

    def _still_held(
        self, draft: Draft, claim: TitleClaim, person: Person, held: StillHeld, day: dt.date
    ) -> Problem:
        """A title written as past for a post the person holds on the draft's date: the fix
        takes the word of the past out."""
        name = short(person.name)
        word = held.word.text
        since = started_when(held.post)
        message = fit(
            f'Remove "{word}": {name} holds the post (since {since})',
            f'Remove "{word}": {name} holds the post',
        )
        details = (
            f"{name} is on record as {short(held.post.title)} {tenure(held.post)}; "
            f"{draft_dated(draft, day)}. If the sentence tells of an earlier tenure, give "
            "its time."
        )
        evidence = [held.post.origin.evidence(describe_post(person, held.post))]
        fix = removal_fix(draft, held.word, f'remove "{word}"')
        return draft.problem(claim.span, message, evidence, fix, details=details)

    def _not_yet(
        self, draft: Draft, claim: TitleClaim, person: Person, early: EarlyPost
    ) -> Problem:
        """A title of an office the person took up only after the draft's date.
        No fix: the title may be right and the name wrong (the holder then is named in the
        details)."""
        name = short(person.name)
        title = " ".join(claim.title.text.split())
        post = early.post
        head = f"Check the title: {name} became {title} only"
        message = fit(
            f"{head} {began_when(post)}", f"{head} later", f"Check the title: not yet {title}"
        )
        day = draft.date_for(claim.span)
        details = [
            f"{name} is on record as {short(post.title)} {tenure(post)}; {draft_dated(draft, day)}."
        ]
        if early.held:
            then = " and ".join(short(p.title) for p in early.held)
            details.append(f"On that date, {name} was {then}.")
        if early.others:
            holders = " and ".join(short(h.name) for h, _ in early.others)
            details.append(f"The post was then held by {holders}.")
        if not early.held and not early.others:
            details.append(f"The ledger records no earlier tenure of {name}'s in that post.")
        evidence = [post.origin.evidence(describe_post(person, post))]
        evidence += [p.origin.evidence(describe_post(person, p)) for p in early.held[:1]]
        evidence += [p.origin.evidence(describe_post(h, p)) for h, p in early.others[:1]]
        return draft.problem(claim.span, message, evidence, details=" ".join(details))

    def _vacant(self, draft: Draft, corpus: Corpus, claim: TitleClaim, vacancy: Vacancy) -> Problem:
        """A title of an office no one held on the date, whose work a lower post did (the
        head of mission a chargé d'affaires). No fix: the writer picks the words."""
        office = corpus.ledger.offices[vacancy.office]
        name = short(vacancy.person.name)
        title = " ".join(claim.title.text.split())
        lower = short(vacancy.lower.title)
        since = long_date(vacancy.raised.start) if vacancy.raised.start else "later"
        message = fit(
            f"Check the title: no one was {title} then; {name} was {lower} until {since}",
            f"Check the title: no one was {title} then ({name} was {lower})",
            f"Check the title: no one was {title} then",
        )
        day = draft.date_for(claim.span)
        details = (
            f"The ledger records no {office.name} on the date: {draft_dated(draft, day)}. "
            f"{name} was {short(vacancy.lower.title)} {tenure(vacancy.lower)} and became "
            f"{short(vacancy.raised.title)} on {since}."
        )
        evidence = [
            vacancy.lower.origin.evidence(describe_post(vacancy.person, vacancy.lower)),
            vacancy.raised.origin.evidence(describe_post(vacancy.person, vacancy.raised)),
        ]
        return draft.problem(claim.span, message, evidence, details=details)

    def _rank_not_yet(
        self, draft: Draft, corpus: Corpus, claim: RankClaim, early: EarlyRank
    ) -> Problem:
        """A rank the person was promoted to only after the draft's date: the
        fix writes the rank on record for that date."""
        ledger = corpus.ledger
        person = ledger.people[claim.person_id or ""]
        name = short(person.name)
        held = ledger.ranks.get(early.current.rank)
        now = held.name if held is not None else early.current.rank
        written = claim.rank.text
        if written.isupper() and len(written) > 3:
            now = now.upper()
        start = early.term.start
        since = long_date(start) if start else early.term.start_partial or "later"
        message = fit(
            f'Write "{now}": {name} held "{written}" only from {since}',
            f'Write "{now}": the rank {name} held on that date',
        )
        day = draft.date_for(claim.span)
        details = (
            f'"{written}" is on record for {name} from {since}; {draft_dated(draft, day)}'
            f", when {name} was {now}."
        )
        evidence = [
            early.current.origin.evidence(describe_rank(ledger, person, early.current)),
            early.term.origin.evidence(describe_rank(ledger, person, early.term)),
        ]
        first, _ = draft.offsets(claim.rank[0])
        _, last = draft.offsets(claim.rank[-1])
        fix = Fix(f'write "{now}"', (Edit(first, last, now),))
        return draft.problem(claim.span, message, evidence, fix, details=details)

    def _rank_of_other_service(
        self, draft: Draft, corpus: Corpus, claim: RankClaim, other: OtherService
    ) -> Problem:
        """A rank of another service than every rank on record for the person: the fix
        writes the rank held on the date."""
        name = person_name(corpus, claim)
        now = held_name(corpus, other.current)
        written = claim.rank.text
        details = (
            f'"{written}" is a rank of another service than {name}\'s ({other.service}); '
            f"{draft_dated(draft, other.day)}, when {name} was {now}."
        )
        message = (
            f'{name} is a {other.service} officer, never "{written}"',
            f"the rank {name} held on that date",
        )
        return held_rank_problem(
            draft, corpus, claim, other.current, message=message, details=details
        )

    def _wrong_qualifier(
        self,
        draft: Draft,
        claim: TitleClaim,
        person: Person,
        posts: list[Post],
        day: dt.date,
        evidence: list[Evidence],
    ) -> Problem:
        """A caretaker/interim/acting qualifier for a post that had none. The fix takes it out
        when the person held the post on the date the sentence speaks of (the draft's, or a
        date it names inside the tenure); elsewhere the right wording is not known."""
        name = short(person.name)
        qualifiers = [t for t in claim.phrase if t.lower_ in TEMPORARY]
        word = qualifiers[-1].text if qualifiers else claim.temporary or ""
        title = " ".join(claim.title.text.split())
        article = "an" if word[:1].lower() in "aeiou" else "a"
        known = "; ".join(f"{p.title} {tenure(p)}".strip() for p in posts)
        details = (
            f"On record, {name}'s {title} post carries no caretaker, interim or acting "
            f"qualifier: {known}; {draft_dated(draft, day)}."
        )
        fix = None
        held = [p for p in posts if p.held_on(day)]
        frame = claim.frame
        dated = frame.then or frame.periods or frame.years
        inside = not frame.then and frame.past_framed([(p.start, p.end) for p in posts])
        if len(qualifiers) == 1 and (inside or (held and not dated)):
            fix = removal_fix(draft, qualifiers[0], f'remove "{word}"')
        never = f"{name} was never {article} {word.lower()} {title}"
        if fix is not None:
            message = fit(
                f'Remove "{word}": {never}',
                f'Remove "{word}": {name} held the post with no such qualifier',
            )
        else:
            # The sentence speaks of another time, or "a"/"an" would no longer agree: the
            # writer decides.
            message = fit(f"Check the title: {never}", f'Check "{word}": {never}')
            if dated or not held:
                details += (
                    " No change is offered: the sentence is set at another time than the "
                    "draft's date, and which title was right then is for the writer to check."
                )
        return draft.problem(claim.span, message, evidence, fix, details=details)


def _evidence(person: Person) -> list[Evidence]:
    """The ledger lines of the person's first posts, as a finding cites them."""
    return [p.origin.evidence(describe_post(person, p)) for p in person.posts[:3]]


def _taken_up(claim: TitleClaim, posts: list[Post], day: dt.date) -> bool:
    """Whether ``claim`` is marked only as a post being taken up ("the newly appointed …",
    "incoming …") and the ledger records the person's post of that office on ``day``: a
    caretaker qualifier is then as wrong as without the mark ("Afridi, the newly appointed
    caretaker chief minister" for an elected one)."""
    marks = [q for q in claim.qualifiers if q not in TEMPORARY]
    return (
        bool(marks)
        and all(q == "designate" for q in marks)
        and not claim.past_clause
        and any(p.held_on(day) for p in posts)
    )
