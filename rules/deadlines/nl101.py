"""NL101 ``deadline-mismatch``: a deadline or window the ledger does not record for its event."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from narrlint.api import Corpus, Draft, Fix, Problem, Rule, Severity
from narrlint.claims.dates import (
    LEFT_CUE,
    START_CUE,
    DateClaim,
    Profile,
    accepts,
    end_replaced,
    rewritten_date,
    rewritten_window,
)
from narrlint.rules.deadlines.common import (
    BOUNDARY_DAYS,
    corpus_evidence,
    cut_offs,
    extended_to,
    fit,
    latest_on,
    ledger_evidence,
    long_date,
    quoted,
    recorded,
    recorded_window,
    subject_of,
    what,
    windows,
)


class DeadlineMismatch(Rule):
    code = "NL101"
    name = "deadline-mismatch"
    summary = "Deadline or time window that differs from the one the ledger records"
    severity = Severity.ERROR
    documentation = """
        The draft gives a deadline ("until December 1", "a 60-day deadline") for an event the
        ledger knows, and the ledger records another one. The event is recognised from the
        ledger's words: who must act (the deadline's target categories), what they must do
        (its action_lemmas, e.g. leave, deport), its subject terms and phase.

        Equivalent forms are accepted: "Nov. 1", "1 November", "November 1st", "Nov 1, 2023",
        the ledger's equivalent_dates (31 October as the last day to leave), and its durations
        ("30-day" = "one-month": a month is 28 to 31 days). A date without a year is compared
        by month and day; a date with a year is compared in full. Dates that are not cut-offs
        (a forum "held from October 4-5", a meeting "on Thursday", the day an order was made:
        "announced on October 4 it would expel …", "the October 3 ultimatum", "on" after an
        order noun its verb of making governs, past the one it was given to: "issued an
        ultimatum on Tuesday to …", "had issued directions to the Sindh government on
        February 13 to begin …", "served a notice on …", or after the object of a verb of
        ordering: "had directed the provinces on … to begin …") and deadlines of
        events the ledger does not know are never reported: another authority's, one for
        people bound for a third country, one for a place the ledger's order does not cover.
        Another authority is a name the ledger does not know as one of its orders' country or
        their people's: an office abroad recorded for the title rules (Germany's interior
        minister) does not make "Germany has set a July 6 deadline …" Pakistan's. Another
        country whose orders the ledger records holds its own clauses to them: leaving that
        country "after" a day ("would be required to leave Iran after …", also behind an
        estimate of how many: "estimated that 300,000 visa holders would be required to …")
        names its cut-off, while a start of expulsions from it ("will be expelled from Iran
        after …") is not compared when its record has no day enforcement starts, and never
        with the ledger's own orders.

        Which event: the one in force at the draft's date for the group and place the clause
        names. A city's order is not the national one, and a value the ledger records for the
        named group in a place the clause does not name is not reported. A place word that
        several local orders share ("Islamabad": the twin cities' and the capital territory's)
        names each of them; their time in force says which is meant. An extension "from
        <old> to <new>" is the chain extended from <old> by then; the length of an extension
        ("a one-year extension") is that of the chain's link in force at the draft's date,
        never an order's first window (an order with no extension on record, named best,
        says nothing of its length); a
        window given with its own days ("25 days, from August 4 to August 31") is the order
        announced on the first with its last day on the second; its stated length is accepted
        within three days of the days between them (officials count them their own way). A
        validity chain reads a date without its year in the year the text means ("the cards
        expired on March 31" in August 2025 is March 2025; told in the present or future,
        "cards that are valid till December 31", the next such day). Roles: the day an order was
        announced is not a cut-off; "valid until", "expired on", "the validity … ended on" are
        a document's expiry; "the grace period that ended on" (or "concluded on") is the
        window's last day, also as an infinitive ("the deadline, which is set to conclude on
        …");
        "extended to" is the new cut-off, also when a long phrase stands between the deadline
        a verb of extending governs and its "to <date>" ("extended the deadline for Afghans
        waiting to be resettled in a third country to …", not across a comma or an earlier
        "to <date>"); "deportations will begin on" is the enforcement
        start (fixed to the recorded one), as is "since the crackdown (the ultimatum) began
        on …", also after the main clause ("… have gone home since the crackdown began on
        …"). People named in general ("Afghans", "Afghan
        nationals", "1.7 million Afghan migrants": the nationality the ledger's groups share,
        with no group word; "Afghan refugees" too, as news calls every Afghan in Pakistan,
        unless "registered" or a document names the group) are held to the order in force
        at the draft's date, so a date of the order in force given for "Afghan refugees" is
        not reported as another group's (a boundary, not an oversight): nothing is
        reported when any order or validity date in force records the value, or when several
        orders are in force and the value lies in the time of none of them, unless they record
        one and the same cut-off (a province's restatement of the national order: the value is
        judged as for one order). When no order to
        leave is in force, people called by the word only a validity chain's holders are
        called by ("refugees") are held to the one chain whose record covers the draft's date
        ("the framework under which Afghan refugees reside expired on June 30" in January
        2016; a date, not a length: one told long after a link may be a later extension the
        ledger lacks). Never for people
        bound elsewhere (also named by where they go:
        "Afghans who need to go to other countries", "to be relocated to Western countries";
        not "from other countries"), waiting for visas or asylum, or in a place the ledger
        does not know. A phase named as what came before ("following the completion of
        Phase-I", "after phase one") is context: it does not make the clause's date that
        phase's. Time added to a stay is an extension's length
        ("allowed to stay for three more months", "another six months"); "can stay until" is a
        cut-off; "after <date>" is the cut-off of a plan to expel or arrest those who remain.
        A stay barred or bound to a permit past a date gives its cut-off too ("will not be
        allowed to stay in Islamabad after …", "from …, no Afghan nationals will be permitted
        to remain", "cannot remain beyond …", "will need an NOC to stay beyond …", the noun:
        "a policy on their stay in Islamabad beyond …"): the
        negation of a permission inverts the cut-off, while a negated act ("will not be
        deported after …") cancels it and is not read, nor a question ("whether they may
        stay after …") or a date of arrival. Entry barred without papers ("no one will be able
        to enter Pakistan without a passport and visa after …") is such a stay. A status given
        at a date ("after … they will be treated as illegal aliens", "will be declared illegal
        beyond …") is what the order does to the people, as deporting them is; its words
        ("illegal aliens") are the status, not the group the order is for.
        Who set the deadline is read from the phrase: a possessive owns it only when it owns
        an order or an authority ("Iran's deadline", not "the province's border points"); the
        group from "holders of <document>", "UNHCR-issued <document>" or people who hold,
        carry or possess it ("Afghans who possessed PoR cards"). A group phrase that
        carries another group's figure ("the 1.4 million undocumented Afghans") may mean
        either group, and a sentence naming several groups is reported only when every named
        group's record contradicts the value.

        A cut-off given without saying whose ("the government had given them a deadline to leave the
        country by …", "The deadline to leave expired on …", "to repatriate all illegal foreign
        residents before …", "Deportations were postponed until …", an enforcement start after
        a bare deadline of its sentence: "The deadline given by the government was ending, so
        action would be launched from …", also behind a frame that reports
        it: "The Associated Press had reported that …") is held to the order in force like people
        named in general, when its people are the orders' (referred to, named with the ledger's
        group words, or not named at all, also in the sentence's clause before a contrast: "The
        immigrants will be provided with meals …, but after the November 15 deadline, the government
        will not compromise on … expulsion"; not journalists, pilgrims or another people), and "The
        deadline" after a sentence naming people in general means the same (a participle phrase
        at the end of that sentence, "…, even jeopardising those awaiting resettlement …", does
        not say whose it is; among orders it names equally, the one for every group it names is
        meant). Among several orders in
        force, the one whose time (announcement to last date) holds the value is meant (when it
        lies in the time of several and none records it, it is wrong whichever is meant, and is
        reported: "Islamabad's March 21 deadline for Afghans" in late March 2025); a date
        before an order was made is its older order's history only when an order the clause may mean
        is nearer that date. The day an order was announced, given in the clause ("in a meeting on
        October 3 … gave a deadline until …"), names that order. A weekday ("ended on Friday",
        "expires Monday") is the day of the text's week its tense says; a date restating a day word
        ("the cards expire today, June 30", "ends today (October 31)") is read with the cue before
        that word. A reported start of the campaign given as a month or a year ("the first round of
        deportations began in November 2024", "began expelling Afghans last year", "in December of
        last year", "In 2023, Pakistan launched a crackdown …", "launched the second phase of its
        Illegal Foreigners Repatriation Plan (IFRP) in April 2025"; a bare round when this sentence
        or the one before names the campaign: "This marks the second phase of Pakistan's deportation
        drive. In the first phase, launched in …") is held to the event's recorded dates in that
        precision, and to the ledger's decision on its plan (an event of kind "decision" titled
        with the order's name) in the 60 days before it was announced. A start given with its
        day ("began expelling …, mostly Afghans, on Oct. 1", "were
        launched on November 1, 2023", "as of …"; its year, when not written, the latest before the
        text's date) is reported when it lies more than a week from every day its event records for
        the start of enforcement (start, cut-off, equivalent dates, extensions) and more than a day
        from its announcement: first arrests are reported for different days by place, and the
        ledger's local and announced starts lie within two days of the national one, while the wrong
        starts news gives are weeks off. Boundary: a count "since" a day ("Since March 1, … have
        been deported": tallies are counted from any day), a weekday, a start after the text's date,
        a day without its year that falls months before the campaign's first record (an earlier
        operation), or a month without its year is not compared, nor a start named by a noun ("the
        initiation of expulsions in …") or a campaign in a participle phrase without a comma ("a
        campaign launched in …"), nor a border document rule worded unlike the ledger's terms. Time
        left ("ten days remaining in the deadline", "24 hours left", "the deadline … was left only
        for a week", "the deadline to leave is still ten days away"; not a distance: "three days
        away from the border") puts the cut-off at the text's date plus that length (days, whole
        days of hours, weeks; not months, not a bound such as "less than two weeks", not in a
        sentence with a date of its own); a recorded cut-off within two days of it is the one meant.
        A day without its year set in the present perfect ("Pakistan has established a
        November 1 deadline …" in March 2025) or told as still ahead with "will" ("will proceed
        with the plan to expel … from November 1"; not "would") means an order still in its
        time: one whose record ended over a year before the text does not accept it while
        another order the clause may mean is in force. A frame of the year the sentence opens
        ("Last year, it warned them to get visas by the end of December", "Earlier this year,
        …"; not "the end of this year", nor past a nearer date with its own year) places a date
        without its year, and a date placed in a year before an order's first record is not
        that order's. A stay or validity told
        as holding now ("can remain in Pakistan until June 30, 2024", "are valid until …",
        "beyond the current expiry date of …"),
        dated with its year before the text's date while the chain's link in force runs later,
        is the end the last extension replaced, and is reported; so is a date the chain records
        only as the end of links announced more than two months after the text ("till March 31" in
        November 2023, when the cards had just been extended to December 31).
        In a text written after an order's last record, a clause that tells its history (opening
        with the month it was given, "In October, the government asked … by …"; "Earlier, …"; the
        past perfect "had set April 30 as the deadline") is compared with it, while a past cut-off
        more than 180 days after its last record is a later order's. A dateline's city ("ISLAMABAD:
        …") is where the report was filed, not the order's place, nor is a place in the frame
        that reports the clause ("A statement issued in Geneva said that …"). A group an order
        also covers without targeting it (the ledger's ``also_applies_to``: "the upcoming April
        15 deadline for the expulsion of Afghan nationals residing illegally" in March 2025 is
        the ACC holders' order's) names that order from the cover's start to 60 days after its
        last record; the group's own orders in force keep priority, an extension for the covered
        group is not judged by the order's links, and a cut-off still ahead given for it after
        the order's record ended is its own later order's. "These cards", "those documents"
        refer back as "the cards" do; "valid till <day>" accepts the day after the last valid day
        (the first day without validity), as "expired on" does; "the deadline for their
        voluntary departure" is for the order's people. Also read: a first value in an
        opening participle ("Initially slated for March 31, the deadline …"), a date that is its
        deadline noun's subject ("31 October would be their last day to leave"), a date set as a
        bare "date" or "day" for an order's act or people ("named … as the date for the deportation
        of undocumented Afghans", "… for the removal of the illegal immigrants": an enforcement noun
        of its people; not "as the date for the talks", "for the registration of …"), "the expiry of
        PoR cards on …", "the end of the grace period on …", cards "renewed until …", a status
        "lost" or "consumed" on a day ("after they consumed their legal residency status on
        …": the validity's expiry), an extension after "but" with no subject of its own
        ("the stay expired on … but was extended by three months": the stay's); another
        purpose of the main clause ("staged a sit-in to protest …") does not reach a date in a
        content clause of a decision ("… the decision that any crossing will require a passport and
        visa from …"). Text in another script (an Urdu passage) is not read. A cut-off to leave
        given to a group whose documents were valid past it, while no order named the group, is held
        to that validity; a value given as one of alternatives ("six months or one year") is not
        compared.

        Older validity chains: a chain that a later chain of the same group follows (the PoR
        cards' runs of 2012-2018 and 2018-2020 before the chain of 2023-) judges texts of its
        own era only, up to 31 days after its last recorded day; a text in a gap of the record,
        or years later, is never compared with it (its days are not accepted dates of the later
        chain's time). In its era a text is held to the link in force: a later link's end
        ("extended until the end of 2017" in August 2016: "the end of <year>" is 31 December),
        a wrong length ("pushing back the deadline by six months" for a three-month link,
        "permitted … to remain for an extended three months"), an extension's new end given
        as the end the link replaced ("welcomed the decision to extend the PoR cards … until
        June 30, 2019" the day after they were extended from it to 30 June 2020; the link meant
        is the one in force when the sentence gives no time before its announcement), a
        "previous" cut-off in the week of a new link that is not the end it replaced ("the
        previous, June 30 deadline"). "A previous 30-day extension" is the link the one in force
        extended, and a time the sentence gives ("at the beginning of this month") names the
        link announced then. A verb of extending reaches its date past a long phrase of the
        documents it governs ("extend the Proof of Registration (PoR) cards to some 1.4 million
        Afghan refugees in Pakistan until …").

        A campaign in force "since" a time is its enforcement start: the plan by its name
        ("the Illegal Foreigners Repatriation Programme, active since …", "… (IFRP) that has
        been implemented since …") or a campaign noun before "since" ("carrying out a
        deportation campaign since October last year", "which has intensified since …", "a
        crackdown on undocumented Afghans since …"), held in the time's own precision (a day; a
        month with its year; a year) to every national order, so a later phase's start is
        accepted too. Not compared: a tally since a day, "the largest crackdown since …",
        another country's campaign, a crackdown whose clause names none of the orders'
        people ("a tax crackdown"), and a time more than a year before the order's first record
        (an earlier operation). Who the order is for is also read from an adverb of the
        undocumented before a participle of staying ("the deadline given to the illegally
        residing foreigners", "illegally staying Afghan nationals"; not "legally residing", nor a
        stay others made: "… smuggled by …"). Not the order's cut-off: an aside between dashes
        or brackets does not lend its words to the order's verb ("demanding all undocumented
        Afghans—an estimated 4 million—leave the country by …" is an order, not a forecast);
        "the validity of" visas or passports (foreign nationals' papers, not the refugees'
        cards); a province's own order beside the national one, where no order on record holds
        the value ("the Punjab government asked ACC holders to leave by …", also a province
        no order on record applies in, known from the ledger's offices of its chief minister
        or governor: "the Sindh government asked …"; a district
        administration is held to the national order); a departure someone foresees ("officials
        expect that many Afghans will leave by …"; "will have to leave by" is an order's); a
        deadline for an administrative step ("holders of cards that expired … to collect their
        renewed cards before the deadline of …", "to apply for", "to submit their details by";
        not a step joined to leaving, "to hand in their cards and leave by …", nor what meets
        the order, "to avoid arrest"); an extension someone is working towards ("in contact
        with the Pakistani officials to extend the stay by one year"; "decided to extend" is one
        decided); a document named by a word of leaving ("must obtain exit permits by …").
        Read as the order's: the end of a window or grace period whose length stands right
        before it ("an extension for a further period of six months till …", "a grace period
        of 25 days, from A to B"), and a deadline "issued to landowners … to evict them" (a
        weekday counted from the text's date).

        A text written after the ledger's last record of an event that gives a cut-off still
        ahead reports a later deadline the ledger has no record of yet, not a wrong one. When
        it reports an extension ("the deadline was extended until February 29" weeks after a
        1 November cut-off), it gets an ``info`` finding ("Check the ledger: no extension of
        … after …"), which does not fail a run (``--fail-on`` is ``warning``);
        otherwise nothing is reported (``narrlint claims`` says why). The config's
        ``severity:`` for NL101 overrides both the default (error) and this ``info``. When a
        draft gives the recorded value and another one, only the other one is reported (NL102
        is for values the record cannot decide).

        Bad (draft dated 2023-10-20):
            Pakistan gave undocumented foreigners until December 1 to leave.
            Pakistan issued a 60-day deadline for illegal immigrants to leave the country.

        Good:
            Pakistan gave undocumented foreigners until November 1 to leave.
            Pakistan issued a one-month deadline for illegal immigrants to leave by Nov. 1.

        Fix: when the ledger records a single cut-off, the date is replaced in the draft's own
        style ("December 1" → "November 1", "1 December 2023" → "1 November 2023"); never
        when a year the reader does not take follows the date ("December 31, 9999"), nor for
        a weekday or a month alone.
    """

    def check(self, draft: Draft, corpus: Corpus) -> Iterable[Problem]:
        return list(self._problems(draft, corpus))

    def _problems(self, draft: Draft, corpus: Corpus) -> Iterator[Problem]:
        for claim in draft.claims.dates:
            if not claim.candidates and _reports_new_extension(claim):
                yield _newer_than_ledger(draft, corpus, claim)
            if not claim.candidates or claim.accepted_by:
                continue  # no ledger deadline named, or one that records this value
            profile = claim.best
            day = draft.date_for(claim.span)
            written = quoted(draft, claim.span)
            evidence = ledger_evidence(profile, day)
            evidence += corpus_evidence(corpus, profile, claim.is_date)
            names = what(profile.deadline, corpus.ledger.categories)
            source = profile.deadline.origin.source
            subject = subject_of(names)
            if claim.is_date:
                fix = _date_fix(draft, claim, profile, day)
                message = _date_message(claim, profile, day, names, fix)
                verdict = _verdict(claim, profile, day)
                details = f'"{written}" is {verdict}: {recorded(profile, day, subject)}.'
            elif claim.period is not None:
                fix = None
                first, last = claim.period
                span = f"from {long_date(first)} to {long_date(last)}"
                days = (last - first).days + 1
                message = fit(
                    f"Check the window: {span} is {days} days, the last day included",
                    f"Check the window: {span} is {days} days",
                )
                details = (
                    f'"{written}" does not span {span}, the days this text gives and the '
                    f"ledger records for {subject} (announced on the first, last day the "
                    "second)."
                )
            elif not profile.durations and claim.link_length(profile):
                fix = None  # a chain's extension: the writer words its length
                previous, new = claim.link(profile)
                span = f"from {long_date(previous)} to {long_date(new)}"
                days = (new - previous).days
                message = fit(
                    f"Check the window: the extension of {subject} on record on "
                    f"{long_date(day)} ran {span} ({days} days)",
                    f"Check the window: the latest extension on record ran {span}",
                )
                details = (
                    f'"{written}" is not on record: the latest extension of {subject} '
                    f"announced by {long_date(day)} ran {span}, {days} days."
                )
            else:
                fix = _window_fix(draft, claim, profile) if claim.clear_best else None
                message = _window_message(profile, names, fix)
                details = f'"{written}" is not on record: {recorded_window(profile, subject)}'
                if profile.deadline.date is not None:
                    details += f", to {long_date(profile.deadline.date)}"
                details += "."
            if source:
                details += f" Source: {source}"
            yield draft.problem(claim.span, message, evidence, fix, details=details)


def _verdict(claim: DateClaim, profile: Profile, day: dt.date | None) -> str:
    """Why a date is wrong: not on record at all, or an end of the chain that was not the one
    in force at the text's date (one already replaced, or one set only later)."""
    if not accepts(profile, claim.value, claim.cue, claim.placed):
        return "not on record"
    if claim.role == "extension" and end_replaced(
        claim.sentence, claim.span, profile, claim.value, claim.placed, day
    ):
        return "the end that the extension in force replaced"
    date = claim.value.date
    when = claim.placed
    if date.year is not None and date.day is not None:
        when = dt.date(date.year, date.month, date.day)
    if day is not None and when is not None and when > day:
        return "an end the record sets only later"
    return "an end the record had replaced by then"


def _reports_new_extension(claim: DateClaim) -> bool:
    """A text dated after the ledger's last record of one event that reports an extension of
    it: the ledger may simply not hold the extension yet."""
    return len(claim.newer) == 1 and (claim.role == "extension" or claim.tells_of_change)


def _newer_than_ledger(draft: Draft, corpus: Corpus, claim: DateClaim) -> Problem:
    """An ``info`` finding: not a contradiction of the record, a gap the ledger may have."""
    (profile,) = claim.newer
    day = draft.date_for(claim.span)
    deadline = profile.deadline
    latest = extended_to(profile, day) or latest_on(profile, day) or deadline.date
    names = what(deadline, corpus.ledger.categories)
    after = f" after {long_date(latest)}" if latest else ""
    names = [n.replace("the latest date on record for ", "") for n in names]
    message = fit(*(f"Check the ledger: no extension of {n}{after}" for n in names))
    written = quoted(draft, claim.span)
    details = (
        f'"{written}" is later than the ledger\'s last record of this event '
        f"({long_date(profile.last_known)}), and this text is dated {long_date(day)}: it may "
        "report an extension the ledger does not hold yet, so it is not reported as a "
        "mismatch. If the extension is confirmed, add it to the ledger with its source."
    )
    evidence = ledger_evidence(profile, day)
    return draft.problem(claim.span, message, evidence, details=details, severity=Severity.INFO)


def _action(fix: Fix | None, check: str) -> str:
    """ "Write "November 1"" when the fix is certain, else "Check the date"."""
    if fix is not None and len(fix.edits) == 1:
        words = fix.description.split('"')[1]
        return f'Write "{words}"'
    return check


def _date_message(
    claim: DateClaim, profile: Profile, day, names: list[str], fix: Fix | None
) -> str:
    action = _action(fix, "Check the date")
    start = profile.deadline.enforcement_from
    if claim.cue is not None and claim.cue.word == START_CUE and start is not None:
        began = f"began on {long_date(start)}"  # "deportations began last year"
        return fit(*(f"{action}: enforcement of {n} {began}" for n in names), f"{action}: {began}")
    if claim.cue is not None and claim.cue.word == LEFT_CUE:  # "ten days remaining in …"
        value = claim.value.date
        cut = long_date(dt.date(value.year, value.month, value.day))
        dates = " or ".join(long_date(d) for d in cut_offs(profile)) or "another day"
        return fit(
            *(f"Check the time left: it puts the cut-off at {cut}; {n} was {dates}" for n in names),
            f"Check the time left: it puts the cut-off at {cut}, not {dates}",
        )
    extended = extended_to(profile, day) if claim.role == "extension" else None
    if extended is not None:
        return fit(*(f"{action}: {n} was extended to {long_date(extended)}" for n in names))
    latest = latest_on(profile, day) if profile.deadline.date is None else None
    if latest is not None:
        return fit(*(f"{action}: on {long_date(day)}, {n} was {long_date(latest)}" for n in names))
    days = cut_offs(profile)
    if not days:
        dates = ", ".join(long_date(d) for d in sorted(profile.accepted))
        return fit(*(f"{action}: the dates on record for {n[4:]} are {dates}" for n in names))
    dates = " or ".join(long_date(d) for d in days)
    start = profile.deadline.enforcement_from if claim.role == "enforcement_start" else None
    if start is not None and start not in days:  # "deportations will begin on April 10"
        when = f"{dates}, enforcement from {long_date(start)}"
        return fit(*(f"{action}: {n} was {when}" for n in names))
    return fit(*(f"{action}: {n} was {dates}" for n in names))


def _window_message(profile: Profile, names: list[str], fix: Fix | None) -> str:
    action = _action(fix, "Check the window")
    names = [n.replace("the deadline", "the window", 1) for n in names]
    return fit(*(f"{action}: {n} was {windows(profile)}" for n in names))


def _date_fix(draft: Draft, claim: DateClaim, profile: Profile, day) -> Fix | None:
    """Only a single recorded cut-off is a certain remedy: one candidate event, a recorded
    date, and equivalent dates that are the same cut-off written another way; for a reported
    extension, the new cut-off of the event's latest extension known at the text's date."""
    deadline = profile.deadline
    if claim.value.date.day is None or not claim.clear_best:
        return None
    extended = extended_to(profile, day) if claim.role == "extension" else None
    if extended is not None:
        text = rewritten_date(claim, extended)
        if text is None:
            return None
        return draft.replacement(claim.span, text, f'write "{text}" (the recorded extension)')
    if deadline.date is None or deadline.steps:
        return None
    if any(abs((a.date - deadline.date).days) > BOUNDARY_DAYS for a in deadline.equivalent_dates):
        return None  # the sources disagree: the writer must choose
    if not claim.clear_best:
        return None  # another event the sentence may name records another date
    target = deadline.date
    if claim.role == "enforcement_start" and deadline.enforcement_from:
        target = deadline.enforcement_from  # "deportations will begin on April 1"
    if claim.cue is not None and claim.cue.word == "ended":  # a window's last day
        eve = target - dt.timedelta(days=1)
        target = eve if any(a.date == eve for a in deadline.equivalent_dates) else target
    text = rewritten_date(claim, target)
    if text is None:
        return None  # "the end of the year": the writer words the recorded date
    return draft.replacement(claim.span, text, f'write "{text}" (the recorded deadline)')


def _window_fix(draft: Draft, claim: DateClaim, profile: Profile) -> Fix | None:
    """ "two-month" → "one-month" when every recorded window is the same number of months
    (or there is a single recorded number of days); otherwise the remedy is not certain."""
    rewrite = rewritten_window(claim, profile.durations)
    if rewrite is None:
        return None
    number, replacement = rewrite
    fixed = quoted(draft, claim.span).replace(quoted(draft, number), replacement, 1)
    return draft.replacement(number, replacement, f'write "{fixed}" (the recorded window)')
