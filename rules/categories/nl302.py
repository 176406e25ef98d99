"""NL302 ``category-figure-mismatch``: a figure the ledger ties to one group, given for another.

Compares each figure claim of a draft (``draft.claims.groups``, :class:`FigureClaim`) with the
ledger's figures for the group it is given for and for every other group.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from narrlint.api import Corpus, Draft, Problem, Rule, Severity, long_date
from narrlint.claims.groups import FigureClaim, Lexicon, figure_summary, format_value, lexicon
from narrlint.claims.groups_parts import ELIDED_WORDS
from narrlint.claims.groups_totals import SUMMED_WORDS
from narrlint.claims.groups_words import PARTITION_WORDS

from .common import (
    CORPUS_EVIDENCE,
    Mismatch,
    Widened,
    corpus_uses,
    mismatch,
    widened,
)
from .inclusions import named
from .wording import conflations, figure_text, fit, label, short_labels


class CategoryFigureMismatch(Rule):
    code = "NL302"
    name = "category-figure-mismatch"
    summary = "A figure the ledger ties to one refugee category, given for another"
    severity = Severity.WARNING
    documentation = """
        A number given for one group that matches the ledger's figures for another group and none of
        the named group's own figures (±7%, ±10% after "about/around/some", and "over", "more than",
        "nearly", "almost", "up to" read as bounds: up to 15% away, 5% for a number written to three
        digits, "nearly 1.73 million"). Figures move with time, so every dated figure of the named
        group counts, except one the draft could not have meant at its date (or at the month its
        sentence is set in, "in August 2023, ..."): one given only later, or one over a year old
        that the record has followed with a newer size of the group; such a figure yields to another
        group's figure of the draft's time that the number matches at least as closely
        ("approximately 800,000 undocumented Afghans" in March 2025: 800,000 was then the ACC
        holders' count, the undocumented numbered 775,000 only in 2023). Another group's figure over
        a year old is no longer its size once the record has sized that group far from it (by more
        than a quarter): in September 2025 "1.8 million PoR card holders" is not given Bugti's 1.73
        million undocumented of October 2023 (they numbered 600,000 in March 2025), though it still
        is in 2024 or in a sentence set in October 2023, and the figure itself or its rounding
        ("1.73 million", "1.7 million") still quotes it; a size only refined (880,000 ACC holders,
        then 800,000) still names its group. Nor is another group's figure first given over half
        a year after the draft's date its size then ("585,000 Afghan refugees" in 2013 is not the
        undocumented 600,000 of March 2025); one given within months of it still is (880,000 ACC
        holders, counted in December 2023, in an October 2023 draft). Several groups named at
        once ("2.1 million documented
        Afghans": PoR and ACC holders) have the sums one source gave for them on one day, and a
        modifier naming them on a noun of none ("1.4 million documented individuals") gives their
        size together, not one group's, unless one group's papers stand around it ("the PoR cards of
        1.45 million legal residents"); a number for people with papers of any kind ("only 1.4
        million possess any form of documentation") is those groups' size together, and one group's
        figure given for it counts that group only. Once a group's documents lapsed (its phase
        deadline or the end of its cards' validity) its people are among the undocumented, so its
        size is no other group's for them; nor is a population's figure whose metric names the named
        group ("Illegal Afghan nationals in the whole country"). The message names the group whose
        figure the draft's number is ("Check the figure: 1.4 million is the count of registered
        refugees (PoR card holders), not of undocumented Afghans"), and the details name who gave
        that figure and when, and list the named group's own figures.

        The group is read from the noun after the number ("880,000 PoR card holders"), a
        predicate ("1.3 million Afghans are registered refugees"; "only 1.7 million are
        registered" ending its clause names every group with documents; "1.3 million Afghans
        registered as refugees", also past who registered them: "registered with UNHCR as
        refugees"; also after an opinion's "to be": "1.4 million Afghans are
        believed to be living here illegally", "considers 1.4 million Afghans to be ...";
        "3 million Afghans get / have been granted / have
        already received refugee status", also "have formal refugee status", also with no
        noun: "800 thousand who have already received refugee status", "... enjoy the status
        of registered refugees"), a noun
        before it ("PoR card holders, numbering 880,000", "the
        number of Afghan refugees in Pakistan has reached 3.5 million", "the total number of Afghan
        refugees in this country has reached 3.7 million": a level, not people moving; a
        group's modifier without its negation prefix, "documented", "legal", names
        every group with documents: "1.7 million documented Afghans" gives the undocumented
        estimate; a copula with nothing measured after the number, "registered refugees in
        Pakistan are around 1.3 million"), a group's documents of, for or held by the people
        ("PoR cards for 1.45 million Afghans", "the ACC, held by 800,000 people", also of
        expired cards: "1.4 million Afghans holding expired PoR cards" count the PoR group),
        a number of a group's documents ("verification of 0.8 million PoR cards": one card
        each),
        adjectives of one group joined before its noun ("1.7 million unregistered or
        undocumented foreigners"), a bare head's papers of any kind narrowed to its own group
        ("800,000 Afghan refugees legally residing in Pakistan": PoR), or, for a number an order
        puts at risk, from the group that order targets in
        the same clause ("a deadline for undocumented aliens ..., putting 1.4 million Afghan
        refugees at risk": 1.4 million is the PoR figure; or in an earlier clause that a
        pronoun refers back to, "a crackdown that targets all undocumented foreigners, though
        it mostly affects some 13 lakh Afghans", else in the sentence before; and the order's
        target's own size under a bare noun of another group, "ordering 1.7 million Afghan
        refugees to leave by November 1": 1.7 million is the undocumented count given to
        refugees; the people an order to leave is addressed to are the ones it puts at risk,
        "the deadline for 1.4 million Afghans to leave by November 1", "an ultimatum to 1.4
        million people to leave by November 1"; an order named only as the whole plan, by
        its name or by its first phase's date as its start, "the Illegal Foreigners
        Repatriation Programme, active since November 1, 2023, targeting nearly three
        million Afghans", targets the first
        phase's group only until a later phase is announced, then several groups, and is
        not compared, as does an order to leave that names no group, date or phase of its
        own, "issued an ultimatum to 1.4 million people a month ago to leave", in a sentence
        naming the ledger's people and no other country, on no day before the plan), or, in
        a list
        paired "respectively", from the group in the same place of the list of groups before it
        ("Afghans with PoR and ACC number 1.3 million and 800,000, respectively"). Counts of
        people who moved, in any tense and voice ("460,000 ... left", "have been deported since
        ...", "got expelled", "were sent back", "has pushed out 600,000 ...", "... crossed over to
        Pakistan", and in the group's own words a departure: "594,000 Afghan refugees returning
        voluntarily", "850,000 Afghan refugees who have returned home", not "... who fled decades
        of conflict"), nor a forecast of departures ("1.6 million Afghan refugees will return this
        year", "could leave"), are not group sizes and are never compared (a movement still to
        come that an order demands or does, "plans to send back", "face being sent back", "must
        leave", "will be deported", is the order's target, and one a verb of planning
        takes or sets going as a whole, "announced the deportation of 1.7 million Afghan
        refugees", "initiating the return of 1.3 million undocumented foreigners", a group's
        size, unless the clause says it took place, "since", "so far"); nor are numbers of people in
        another country or all over the world ("Iran hosts ...", "In Iran, ...", "... Afghans in
        Iran", "... living abroad", "... worldwide": a name the ledger
        does not know, unless its own country is named nearer the number, or is joined to it as
        one place of the same people: "Iran and Pakistan host ...", "... hosted by the Islamic
        Republics of Iran and Pakistan", "... live in Pakistan and Iran"; "of them" referring
        back to such a sentence: "About 800,000 of them are registered refugees" after "Iran
        says it hosts 6 million Afghans"), nor the number of people without papers said to
        have been given a group's papers ("issued ACCs to about 880,000 undocumented Afghans":
        the card group's number), nor of another people
        ("4.2 million Ukrainian refugees", "800,000 Syrian refugees": a capitalised name before the
        noun that the ledger does not know), nor a bare "refugees" in a sentence that names
        another country or its people and not the ledger's ("Turkish authorities said 731,146
        refugees ...", "... be granted residency in Lebanon"; the world's countries, common words
        such as "Turkey" too), or that names no country in a draft naming only other ones,
        nor numbers far (over a factor of three) from every
        size of the named group, which count a part of it (one city, one month), nor numbers of the
        people of a province or city ("800,000 registered refugees live in Khyber Pakhtunkhwa"),
        unless they give another group's figure to the unit ("145,716").
        Groups without ledger figures are not checked. A ledger figure whose metric names two
        groups' terms ("Undocumented Afghans and ACC holders who could be affected") counts them
        together: it is compared as another population's figure, not as a size of the group it is
        filed under. A figure the record places in time only by the day it describes ("as of
        October 2024") is of that day, as a dated one is: no size of any group in a draft years
        before it. A count of one province or city ("Afghans residing in Punjab province") is
        no population's size. Figures the ledger files under other populations (a total of all
        Afghans, UNHCR's wider refugee count) count as another group's figures when within a
        factor of three of the named group's own, unless their metric has every word the draft
        gives the number and was given by the draft's date ("2.1 million Afghan refugees",
        UNHCR's metric; not "3 million Afghan refugees" in May 2025, two months before a source
        first called all Afghans that; for a number an order puts at risk, only
        when its noun names no group and no group has the figure: "plans to expel 3 million
        Afghans"), or when the group is a bare head noun whose group asserts nothing ("2.8 million
        Afghan migrants": a loose word for all of them; "4.4 million Afghan refugees" asserts a
        status); buckets of movement figures are skipped; a loose noun its own predicate classes
        ("4.4 million foreigners had been categorised as illegal") asserts that group's status. A
        number for groups joined by "and" ("migrants and refugees", "PoR and ACC holders number 2.25
        million", "3.2 million Afghan refugees and other Afghan nationals", also past a group's
        own restriction: "1.3 million refugees having ACCs and those residing illegally") is not
        compared;
        modifiers joined on one head are a list for "respectively" ("PoR and ACC holders number 1.45
        million and 800,000 respectively"). On a phrase that fuses two groups ("1.3 million
        undocumented Afghan refugees") the number is read for the modifier's group, and a bare
        head's own restriction ("1.7 million Afghan refugees who have no documents", "... who are
        unregistered", "... that Pakistan says are in the country illegally", "... who lacked
        visas or valid documents", "... neither possess any visa nor any valid documents", "...
        living here on ACCs", "... migrants living in Pakistan with
        PoR cards", "... refugees granted ACCs", "... who received ACCs", "..., who were issued
        ACCs") names the group it counts, as do documents given to the people ("issued a one-time
        ACC to 880,000 refugees"): calling those ACC holders refugees is NL301's error, not the
        figure's. A lower bound set over a long span of years or at a past peak ("hosted more than
        four million Afghan refugees for the last 40 years", "at its peak", "since 1979"; also a
        span in the people's relative clause after a past hosting, "has hosted over 2.8 million
        Afghan refugees who crossed during 40 years of war", not after "hosts") is not
        compared with a population's total of one day: everyone sheltered over the span may meet
        it. A group's own figure given for it under a bare head noun together with a group it is
        said to include ("1.3 million refugees, including those holding ACCs", "among the 1.7
        million Afghan migrants, 50,000 hold PoR cards") is reported too: it counts only part of
        them; a whole named by its group's own term or modifier ("1.52 million registered Afghan
        refugees, around 800,000 of whom hold ACCs") is given its right size, and counting the other
        group among it is NL301's error only.

        Bad (draft dated 2023-10-20):
            Pakistan says 1.4 million undocumented Afghans must leave.
            Some 880,000 PoR card holders were told their cards would be renewed.

        Good (draft dated 2023-10-20):
            Pakistan says 1.73 million undocumented Afghans must leave.
            The drive targets undocumented migrants, not the 1.3 million registered refugees.
            Some 880,000 ACC holders were told to leave.
    """

    def check(self, draft: Draft, corpus: Corpus) -> Iterable[Problem]:
        return list(self._problems(draft, corpus))

    def _problems(self, draft: Draft, corpus: Corpus) -> Iterator[Problem]:
        lex = lexicon(corpus)
        claims = draft.claims.groups
        by_start = {c.span.start: c for c in claims if not isinstance(c, FigureClaim)}
        for claim in claims:
            if isinstance(claim, FigureClaim):
                if _own_part(claim, by_start):
                    continue
                day = draft.date_for(claim.number)
                found = mismatch(lex, claim, day)
                if found is not None:
                    yield _problem(draft, corpus, lex, found)
                    continue
                added = _included(claim, by_start)
                wide = widened(lex, claim, added, day) if added else None
                if wide is not None:
                    yield _widened_problem(draft, lex, wide)


def _own_part(claim: FigureClaim, by_start: dict) -> bool:
    """A count a partition makes a part of a larger whole of its own group ("1.3 million
    registered refugees. Among them, 1.1 million hold valid PoR cards"): some of them, not
    their size (the whole's own number is still checked)."""
    group = claim.group
    if group is None:
        return False
    for inclusion in group.inclusions:
        if inclusion.narrower.start != group.span.start or inclusion.words not in PARTITION_WORDS:
            continue
        wider = by_start.get(inclusion.wider.start)
        whole = wider.figure if wider is not None else None
        if whole is not None and whole.value > claim.value and claim.categories <= named(wider):
            return True
    return False


def _included(claim: FigureClaim, by_start: dict) -> set[str]:
    """Groups the figure's own group is said to include ("X, including Y"). Only a bare head
    noun's: a whole named by its group's own term or modifier ("1.52 million registered
    refugees, 800,000 of whom hold ACCs") has its right size, and the part is NL301's."""
    group = claim.group
    added: set[str] = set()
    if group is None or group.role != "head":
        return added
    for inclusion in group.inclusions:
        # people left unnamed after a group given its own size may be others beside it
        # ("1.4 million registered refugees; 800,000 hold ACCs")
        elided = inclusion.words in ELIDED_WORDS or inclusion.words in SUMMED_WORDS
        if inclusion.wider.start != group.span.start or elided:
            continue
        narrower = by_start.get(inclusion.narrower.start)
        if narrower is not None and not narrower.fused:
            added |= narrower.head_categories if narrower.role == "head" else narrower.categories
    return added


def _given(figure) -> str:
    """ "given by FO spokesperson Mumtaz Zahra Baloch on 5 October 2023"."""
    when = long_date(figure.date) if figure.date else "an unknown date"
    by = f" by {figure.by}" if figure.by else ""
    return f"given{by} on {when}"


def _widened_problem(draft: Draft, lex: Lexicon, wide: Widened) -> Problem:
    claim = wide.claim
    matched = wide.matched
    number = claim.number.text
    named = label(lex, claim.categories)
    listed = ", ".join(figure_text(f) for f in wide.added_figures[:3])
    short_named = short_labels(lex, claim.categories)
    added = short_labels(lex, wide.added)
    message = fit(
        f"Check the figure: {number} counts only {short_named}, not {added} too",
        f"Check the figure: {number} counts only {short_named}",
    )
    details = (
        f"{number} matches the {named} figure {_given(matched)} "
        f"({format_value(matched.value)}), but the sentence counts {label(lex, wide.added)} "
        f"among them too; their own figures: {listed}."
    )
    evidence = [matched.origin.evidence(figure_summary(matched))]
    evidence += [f.origin.evidence(figure_summary(f)) for f in wide.added_figures[:1]]
    return draft.problem(claim.span, message, evidence, details=details)


def _problem(draft: Draft, corpus: Corpus, lex: Lexicon, found: Mismatch) -> Problem:
    claim = found.claim
    number = claim.number.text
    matched = found.matched
    named = label(lex, claim.categories)
    if matched.category in lex.categories and matched.id not in lex.stock_ids:
        other = label(lex, {matched.category})
        short_other = short_labels(lex, {matched.category})
    else:
        other = f'"{matched.metric}"'
        short_other = matched.metric
    short_named = short_labels(lex, claim.categories)
    listed = ", ".join(figure_text(f) for f in found.named_figures[:4])
    message = fit(
        f"Check the figure: {number} is the count of {other}, not of {short_named}",
        f"Check the figure: {number} is the count of {short_other}, not of {short_named}",
        f"Check the figure: {number} is the count of {short_other}",
    )
    details = (
        f"{number} matches the {other} figure {_given(matched)} "
        f"({format_value(matched.value)}), not the figures for {named}: {listed}."
    )
    if claim.how == "exposure":
        details += f" This clause's order targets {named}, so the number should be theirs"
        if claim.own:
            details += f", not that of {label(lex, claim.own)}"
        details += "."
    evidence = [matched.origin.evidence(figure_summary(matched))]
    for figure in found.named_figures[:1]:
        evidence.append(figure.origin.evidence(figure_summary(figure)))
    for entry in conflations(lex, corpus.ledger, [number.lower()]):
        evidence.append(entry.origin.evidence(f"{entry.pattern}: {entry.issue}"))
    if matched.category in lex.categories and matched.id not in lex.stock_ids:
        for value in dict.fromkeys((matched.value, claim.value)):
            uses = corpus_uses(corpus, lex, matched.category, value)
            evidence.extend(e for e in uses if e not in evidence)
    evidence = evidence[: 4 + CORPUS_EVIDENCE]
    return draft.problem(claim.span, message, evidence, details=details)
