"""NL301 ``conflated-refugee-category``: a phrase that fuses two groups the ledger keeps apart.

Compares the group claims of a draft (``draft.claims.groups``) with the ledger's categories:
a fused modifier + head whose groups contradict each other, a phase paired with a group that
another phase targets, a predicate that gives a group a property the ledger denies it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator

from narrlint.api import Corpus, Draft, Problem, Rule, Severity
from narrlint.claims.groups import (
    CATEGORY_ATTRIBUTES,
    FigureClaim,
    GroupClaim,
    Lexicon,
    PhaseTie,
    figure_matches,
    joint_figures,
    lexicon,
)
from narrlint.claims.groups_abroad_phases import phase_abroad
from narrlint.claims.groups_parts import ELIDED_WORDS
from narrlint.claims.groups_places import other_nationals, outside
from narrlint.claims.groups_sentence_times import sentence_time
from narrlint.claims.groups_totals import SUMMED_WORDS

from .common import (
    ByStart,
    any_of,
    conflict,
    denies_papers,
    denies_registration,
    mismatch,
    own_figure,
    own_size,
    plan_reached_more,
    shared,
)
from .inclusions import Fusion, inclusion_fusion, named, remainder_fusion
from .nl301_messages import problem
from .wording import short_labels


class ConflatedRefugeeCategory(Rule):
    code = "NL301"
    name = "conflated-refugee-category"
    summary = "A phrase that fuses two refugee categories the ledger keeps apart"
    severity = Severity.WARNING
    documentation = """
        The ledger's categories (here: PoR card holders = registered refugees; ACC holders, who
        may stay but are not refugees; undocumented Afghans, the target of phase one) must not
        be merged into one phrase. Found:

        * a modifier of one group on a head noun or term of another that it contradicts
          ("undocumented Afghan refugees", "illegal refugees", "undocumented PoR card holders",
          "non-registered refugees": "non" negates the modifier after it, as a hyphened "un"
        does, "un-registered refugees", not the United Nations' "UN-registered"; "illegally resident
          Afghan refugees": an adverb before a word of staying), also one that denies
          documents shared by two joined heads as what an order removes ("plans to deport
          undocumented migrants and refugees", "an ultimatum to all undocumented migrants and
          refugees", also a denial after the second head: "ordered Afghan refugees and
          migrants without documents to leave"; not "home to ..."), and one joined before
          another modifier on
          the same head ("176 unregistered and 24 registered Afghan refugees", as "registered
          and unregistered Afghan refugees"; not a card's name, "ACC and registered
          refugees", nor a noun of its own, "undocumented Afghans and registered refugees"),
          also on "ones" standing for the head said before ("1.4 million registered refugees
          and 1 million undocumented ones", also past an aside on them: "..., who hold PoR
          cards, and 1 million undocumented ones"),
          and a holder term used as the head's modifier ("ACC card holder refugees", as
          "ACC-holding refugees");
        * a deportation phase paired with a group another phase targets ("phase two ... PoR card
          holders");
        * a predicate that gives a group a property the ledger denies it ("ACC holders, who are
          registered refugees", an appositive "ACC holders, refugees granted temporary legal
          status in 2017" but not a list, "ACC holders, refugees who fled, and migrants",
          "registered refugees without documents" (or "without any form of documentation"),
          also past a participle phrase of what was
          done to them ("the refugees deported so far had no documents"), or said of a group
          referred back to ("Police
          detained 40 Afghan refugees. They had no valid documents", "... 183 registered
          refugees have been deported ... these deported individuals lacked legal
          documentation": the group whose clause has the participle, else the only one named),
          "refugees, who have been residing in the
          country illegally" (also as a source reports it: "refugees that Pakistan says are in
          the country illegally", "refugees it deems illegal"), "refugees illegally staying in
          Karachi",
          "refugees, many of whom lack documents", "refugees, both registered and
          unregistered," or between dashes (as "registered and unregistered refugees"), the
          group's own papers negated ("refugees
          who are not registered", "refugees in Karachi have not been granted legal status",
          "refugees who didn't have PoR cards", "refugees (who) opted not to / failed to / did
          not register (themselves)", as "non-registered refugees"; a failure or inability to
          show papers, "refugees who failed to provide any document", "who were unable to
          produce valid documents", also after the verb, "only those refugees were declared
          illegal who failed to provide any document"; "refugees residing in Pakistan without
          any record or registration"; not carrying them,
          "refugees not carrying their PoR cards", says nothing of status; another group's, "ACC
          holders are not registered", deny nothing), a lack of papers given as the cause of what is
          done to them ("detained 1,700 Afghan refugees for residing without valid documents",
          "refugees face deportation due to a lack of documentation", also of a part of them:
          "detained 800 Afghan refugees, out of which 375 face deportation due to a lack of
          documentation", also in a sentence opened by "Out of these," after the group's,
          "..., with many facing arrest due to ...", also past the verb of a noun
          the group completes, "the plight of Afghan refugees continues to worsen, with many
          facing arrest due to ...", after the group's relative,
          "PoR card holders who had been imprisoned for lacking documentation", or joined to another
          cause, "for overstaying their visas or lacking documentation"; past an aside on
          who is among them, "refugees, including women and children, were detained for
          lacking documents", past the doer of a passive, "refugees were arrested by the local
          police for not having papers", or in a clause of cause about them, "detained 40 Afghan
          refugees because they had no valid documents"; not "for not carrying documents",
          which says where papers were), a lack of papers that opens the sentence ("Without
          official documentation, Afghan refugees are shut out of …", also before a "they" that
          refers back to them; not as a condition: "Without valid cards, refugees face arrest"),
          an entry without papers ("refugees who illegally entered the country"; not "crossed
          the border illegally", which may be a way out and back), "ACC
          holders have been granted refugee status", "ACC holders have lived in Pakistan as
          refugees", "ACC holders are registered with UNHCR as refugees", "ACC holders enjoy
          the status of refugees"), including holding another group's documents ("refugees
          holding Afghan Citizen Cards", "refugees living in Pakistan on ACCs", "880,000
          refugees who received ACCs", also a card named with its country after "of",
          "refugees have citizen cards of Afghanistan") or being given them ("the ACCs were
          issued to Afghan refugees", "the ACC, a document launched in 2017 to grant temporary
          legal status to Afghan refugees", "the ACC, issued by NADRA, provides temporary
          legal status to Afghan refugees",
          "issued a one-time ACC to 880,000 refugees": refugee status only, since the cards
          made their holders documented), and one group's adjective conceded against another
          group's documents ("mostly unregistered but in possession of PoR cards": documents only);
        * a group's own size given under another group's noun: the number an order falls on is
          the size of the group the order targets, here when the noun names no group of its own
          with a status the target lacks (a bare "800,000 Afghan refugees" put at risk by the
          ACC holders' deadline is a figure given to the wrong group: NL302's), as is a number
          under a modifier naming several groups and a head naming one ("800,000 documented
          Afghan refugees"), also the size of those groups together ("2.1 million documented
          Afghan refugees": PoR and ACC holders);
        * one group named as part of another whose attributes contradict it ("undocumented
          immigrants, including Afghan refugees", "refugees and other illegal immigrants",
          "illegal immigrants, mostly Afghan refugees", "illegal foreigners with a particular
          focus on Afghan refugees", "undocumented migrants, most of whom are
          Afghan refugees" (also past "and other foreign nationals"), "illegal immigrants
          (chiefly Afghan refugees)", "refugees, like other illegal immigrants", "refugees,
          including ... those holding ACCs", "among the
          illegal immigrants were many Afghan refugees"; the wider also people named only by
          the papers they lack, or past its own denial: "all Afghan nationals residing
          illegally in the country, including ACC holders", "foreigners living illegally in
          Pakistan, such as ACC holders"), also by counting its parts ("over 2.8
          million Afghan refugees. Of these, 1.3 million hold PoR cards while 813,000 hold
          ACCs", a count opening the next sentence going on with them; "Within this
          population, ..." and "Of this number, ...", a noun of a whole referring back as
          "these" does; "Among the refugees,
          800,000 possess an ACC", "2.1 million Afghan refugees, with 1.3 million holding PoR
          cards", also past where they stay: "3 million Afghan refugees are residing in
          Pakistan, with 813,000 holding ACCs"; "4.4 million Afghan refugees, and 1.7 million
          are living illegally": a count of unnamed people after a whole, unless the whole's
          number is the group's own, "1.3 million registered refugees, and ..." may go on to
          others; "33,681 refugees possess PoR cards, while another 6,100 hold ACCs": people
          added by "another", "an additional", "a further" with no noun of their own are more
          of a noun whose count holds papers, not people beside a bare total), or by a verb
          that divides
          it ("Afghan refugees can be categorised into three groups: undocumented Afghans,
          ..."), or by counting only its own group's part of a whole whose number is another
          population's ("Out of an estimated 3.7 million refugees ..., 1.3 million are
          registered", "3.7 million Afghan refugees, only 1.3 million of whom are
          registered": the rest, called refugees, are left without papers; also a local
          whole, "500,000 Afghan refugees live in Karachi, out of which only 200,000 are
          registered", and a whole referred back to by its number, "Out of 2.5 million, 1.5
          million are registered"; not a part registered as something else, "registered as
          voters", nor a whole of the group's own size; not one item
          named by "including", which says nothing of the rest), or by a total
          given after the counts it sums ("1.73 million Afghans had no legal documents,
          adding a total of 4.4 million Afghan refugees"; "In total, ..." within two
          sentences); a bare head noun ("migrants") says what its group is.

        A phase is paired with the group its clause names after it (also people named only
        by the papers they lack: "phase three targeted people with no papers"; a later group
        joined to the phase's own by "along with", "as well as any", "plus" is that phase's
        wrong group; a phase used as a time, "after phase one", or named as over, "on completion
        of Phase-I, ... all ACC holders", or a phase word of no number, "will be followed by
        phases targeting ACC holders", pairs with none), or, in a parallel list ("in
        the first phase, A, in the second phase, B"; "the second and third phases ... A and
        B"), with the group in its own place of the list; a bare "Afghan refugees" only as the
        object of the phase's own action ("the second phase of (forced) deportations of Afghan
        refugees", "the first phase of its drive to deport Afghan refugees", "Afghan refugees
        will be deported in phase two"; a later group there is the phase's wrong group even
        where the sentence names the phase's own elsewhere: "the second phase of repatriating
        Afghan refugees ... after the deadline for ACC holders"). An earlier group as that
        object, named by the word of the plan's own name ("the second phase of deporting
        illegal Afghans", "the third phase of its deportation drive against illegal Afghan
        nationals": the Illegal Foreigners Repatriation Plan), names the plan's people and is
        left alone. "The last/final phase" is the plan's highest. A phase next to the
        place of a local order that targets the group ("the second phase ... They will be moved
        out of Islamabad and Rawalpindi", within a year of that order's date, or of its launch
        or announcement when it sets no cut-off) may be one of that
        order's own steps and is left alone; a place in a dateline ("ISLAMABAD: ...", every
        place of "Islamabad/Peshawar, April 03: ...") does not count.

        A population in another country or all over the world ("7 million Afghan refugees, most of
        whom are undocumented migrants, are living abroad", "Afghan refugees worldwide, including
        ACC holders", "..., live in Iran", "... were sent back from Iran", not "... from Iran
        and Pakistan"; NL302's selection) is
        not judged by the ledger country's groups: neither its parts, nor what a predicate says
        of it, nor the words of its name ("33,000 undocumented Afghan refugees were sent back
        from Iran"); nor is a group in a sentence that never names the ledger's country and
        names another before the group or as "in <country>" right after it ("a delegation
        went to Iran to ask that 760,000 Afghan refugees who have no documents be allowed to
        stay"), nor people referred back to such a sentence ("About 800,000 of them are
        registered refugees" after "Iran says it hosts 6 million Afghans"), nor a phase of
        another country's campaign: its sentence names no word of the ledger's country and
        names another before the phase, or names no country and follows one that does ("Iran's
        interior ministry said a second phase would target illegal foreigners"); a capital names
        its country as the country's name does ("Tehran's second phase", "Tehran says").

        Contrasts ("not", "rather than", "unlike", "exempt", "excluding", "apart from", "while")
        and coordinations ("Afghan refugees and undocumented migrants") are not conflations, nor
        is a phrase quoted or named as a phrase ('the term "illegal refugees"', "so-called
        illegal refugees", "what officials call illegal refugees", "the label illegal
        refugees", "we are not illegal refugees"), nor a
        classing the sentence calls wrong ("accused of treating refugees as illegal
        immigrants", "officials wrongly call them illegal refugees"), nor people without
        papers said to have been given a group's papers, who are that group from then on
        ("In 2017 Pakistan issued ACCs to about 880,000 undocumented Afghans"), nor a head
        noun that starts a compound naming things, not people ("illegal refugee-run
        businesses", "refugee-owned shops"). Calling a
        group undocumented after its documents' validity chain ended is not flagged; after its
        own phase deadline (its last day of stay: a grace period's end) its people stay without
        legal status, so no wording that denies them papers or legality is, whatever its shape
        ("undocumented Afghan refugees", "illegally residing Afghan refugees", "refugees living
        illegally" from September 1, 2025, after the grace that ended on August 31), unless
        the sentence is set before that day ("In 2023, ...", "in October 2023, ...", "in the
        first phase, ...": the time it names, a phase as of its deadline; "Last year, ...",
        "last year's total when ...": that period before the draft's date, not "the deadline
        that expired last month", a time of the deadline only); nor is a status said
        to come later ("will be illegal from April 1"). A denied registration
        ("unregistered Afghan refugees", "registered and unregistered refugees") stays a
        conflation after that day: registering is a past act that no deadline undoes.

        Bad (draft dated 2024-06-01):
            The crackdown on undocumented Afghan refugees continued.
            In phase two, PoR card holders will be expelled.
            ACC holders, who are registered refugees, must leave by March 31.

        Good (draft dated 2024-06-01):
            The crackdown on undocumented Afghans continued.
            In phase two, ACC holders will be expelled; phase three targets PoR card holders.
            ACC holders, who are not registered refugees, must leave by March 31.

        Fix: for a modifier on another group's head noun, the modifier's own noun ("undocumented
        Afghans" or "undocumented Afghan migrants").
    """

    def check(self, draft: Draft, corpus: Corpus) -> Iterable[Problem]:
        return list(self._problems(draft, corpus))

    def _problems(self, draft: Draft, corpus: Corpus) -> Iterator[Problem]:
        lex = lexicon(corpus)
        claims = draft.claims.groups
        exposed = [
            (c.span.start, c.span.end)
            for c in claims
            if isinstance(c, FigureClaim) and c.how == "exposure"
        ]
        seen = _Reported()
        for fusion in _fusions(draft, lex, claims):
            # one clash read twice on overlapping words ("800,000 documented Afghan refugees
            # holding Afghan Citizen Cards": the number's owner and the holding) is one finding
            groups = fusion.said | fusion.other
            if seen.holds(fusion.span, groups):
                continue
            # a number an order puts at risk is NL302's; a predicate of its own
            # ("... who have no documentation") still says what the group is
            if fusion.kind == "phrase" and any(s <= fusion.span[0] < e for s, e in exposed):
                continue
            seen.add(fusion.span, groups)
            yield problem(draft, corpus, lex, fusion)


class _Reported:
    """The spans reported so far, each with its pair of groups, sorted by start: a span
    overlapping one of them starts less than the longest one's length before its end, so a
    lookup reads only those (a sentence of thousands of group phrases was quadratic here and
    ran past the rule's time budget)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.spans: list[tuple[tuple[int, int], frozenset[str]]] = []
        self.longest = 0

    def holds(self, span: tuple[int, int], groups: frozenset[str]) -> bool:
        """Whether ``span`` was reported, or overlaps a span reported with the same groups."""
        start, end = span
        low = bisect_left(self.starts, start - self.longest)
        high = bisect_right(self.starts, end)
        return any(
            other == span or (other[0] < end and start < other[1] and pair == groups)
            for other, pair in self.spans[low:high]
        )

    def add(self, span: tuple[int, int], groups: frozenset[str]) -> None:
        at = bisect_right(self.starts, span[0])
        self.starts.insert(at, span[0])
        self.spans.insert(at, (span, groups))
        self.longest = max(self.longest, span[1] - span[0])


# ---------------------------------------------------------------------------------------------
# Fusions: group claims against the ledger's categories and phases


def _fusions(draft: Draft, lex: Lexicon, claims: list[GroupClaim]) -> Iterator[Fusion]:
    groups = [c for c in claims if not isinstance(c, FigureClaim)]
    for claim in groups:
        if claim.fused and not claim.quoted and not _abroad(lex, claim):
            yield from _phrase_fusion(lex, claim, _told_of(draft, lex, claim))
    ties = sorted({id(t): t for c in groups for t in c.phases}.values(), key=lambda t: t.order)
    for tie in ties:
        fusion = _phase_fusion(lex, tie, draft.date_for(tie.span))
        if fusion is not None:
            yield fusion
    by_start = ByStart.of(groups)
    for claim in groups:
        if claim.predicate is not None:
            fusion = _predicate_fusion(lex, claim, _told_of(draft, lex, claim), by_start)
            if fusion is not None:
                yield fusion
    for figure in claims:
        if isinstance(figure, FigureClaim):
            fusion = _owner_fusion(lex, figure, draft.date_for(figure.span))
            if fusion is not None:
                yield fusion
    by_start = {c.span.start: c for c in groups}
    # a part counted without a noun of its own ("..., with 1.73 million who have no legal
    # documents") is its figure claim
    counts = {
        (c.span.start, c.span.end): c for c in claims if isinstance(c, FigureClaim) and c.inclusions
    }
    inclusions = {id(i): i for c in groups for i in c.inclusions}
    for inclusion in inclusions.values():
        wider = by_start.get(inclusion.wider.start)
        narrower = counts.get((inclusion.narrower.start, inclusion.narrower.end))
        if narrower is None:
            narrower = by_start.get(inclusion.narrower.start)
        if wider is not None and narrower is not None:
            weighed = inclusion.words in ELIDED_WORDS or inclusion.words in SUMMED_WORDS
            if weighed and own_size(lex, wider, named(wider)):
                continue  # "1.3 million registered refugees, and 800,000 are undocumented"
            day = _told_of(draft, lex, narrower)
            fusion = inclusion_fusion(lex, wider, narrower, day)
            fusion = fusion or remainder_fusion(lex, wider, narrower, day, inclusion.words)
            if fusion is not None:
                yield fusion


def _abroad(lex: Lexicon, claim: GroupClaim) -> bool:
    """People of another country or all over the world ("33,000 undocumented Afghan refugees
    were sent back from Iran"): the ledger country's groups do not judge their name."""
    span = claim.span
    if other_nationals(span.doc, lex, span.start, span.end):
        return True
    return outside(span.doc, lex, span.start, span.end, span.end, False)


def _told_of(draft: Draft, lex: Lexicon, claim: GroupClaim):
    """The day a group claim speaks of: the draft's, or an earlier time its sentence sets
    ("in October 2023, ...", "in the first phase, ...", "last year, ...")."""
    day = draft.date_for(claim.span)
    then = sentence_time(claim.span.doc, lex, claim.span.start, day)
    return then if then is not None and then < day else day


def _phrase_fusion(lex: Lexicon, claim: GroupClaim, day) -> Iterator[Fusion]:
    mods = claim.modifier_categories
    heads = claim.head_categories
    # A head noun ("refugees") is the word for a status; a modifier on a whole term
    # ("undocumented PoR card holders") speaks only of the group's papers.
    names = CATEGORY_ATTRIBUTES if claim.role == "np" else ("documented",)
    registration = denies_registration(claim.modifier.text)
    papers = denies_papers(claim.modifier.text)
    attributes = conflict(lex, mods, heads, day, names, registration, papers)
    if not attributes:
        return
    yield Fusion(
        (claim.span.start, claim.span.end), "phrase", mods, heads, attributes, claim,
        words=(claim.modifier.text.lower(), claim.head.text.lower()),
    )  # fmt: skip


LOCAL_ORDER_DAYS = 366
"""A local order is the phase's plan only for drafts within about a year of its (recorded)
date."""


def _phase_fusion(lex: Lexicon, tie: PhaseTie, day) -> Fusion | None:
    """The group a phase is paired with (the first named after it, else the last before it)
    must be one the ledger says that phase targets. A phase whose own group is named anywhere
    between its neighbouring phases is left alone: "PoR card holders will go in phase three,
    after ACC holders in phase two" pairs each group with its phase; so is a phase next to
    the place of a local order that targets the group (the order's own steps: "the second
    phase ... moved out of Islamabad and Rawalpindi")."""
    number = tie.number
    targets = lex.phase_targets.get(number)
    if not targets:
        return None
    if phase_abroad(tie.span.doc, lex, tie.span.start):
        return None  # "Iran's interior minister said a second phase ...": not the plan's
    claim = tie.group
    if any(c.categories & targets for c in tie.after + tie.before) and not _later_object(
        lex, tie, number
    ):
        return _joined_later(lex, tie, targets)
    if claim is None or not tie.cue:
        return None
    if any(
        claim.categories <= order.targets
        and order.date is not None
        and (day is None or abs((order.date - day).days) <= LOCAL_ORDER_DAYS)
        for order in tie.local
    ):
        return None
    own = [lex.category_phase.get(c) for c in claim.categories]
    if any(p is None for p in own):
        return None
    if all(p > number for p in own):
        pass  # a group the plan reached only later: never a target of this phase
    elif all(p < number for p in own):
        # earlier groups may remain targets of later phases ("remaining illegal foreigners",
        # "continue to be deported"): a later phase paired with them is wrong only when its
        # own group goes unnamed and nothing says they are left over from an earlier phase
        # (reports of what happened during a phase are left alone unless the phase is said
        # to target them: deportations of earlier groups went on)
        if tie.clause_groups & targets or tie.continuation:
            return None
        # "the second phase of deporting illegal Afghans": the object of the phase's own
        # action, in the word of the plan's own name ("Illegal Foreigners Repatriation
        # Plan"), names the whole plan's people, not the phase's target
        if tie.action_object and claim.categories <= lex.plan_groups:
            return None
        if not tie.targeted and not tie.planned:
            return None
    else:
        return None
    return _phase_pair(claim, targets, number)


def _later_object(lex: Lexicon, tie: PhaseTie, number: int) -> bool:
    """ "The second phase of repatriating Afghan refugees ... the deadline for ACC holders":
    a bare head noun as the object of the phase's own action names the people the phase
    acts on, whatever else the sentence names; a group the plan reached only later is then
    the phase's wrong group."""
    claim = tie.group
    if claim is None or not tie.action_object or claim.role != "head":
        return False
    phases = [lex.category_phase.get(c) for c in claim.categories]
    return bool(phases) and all(p is not None and p > number for p in phases)


def _phase_pair(claim: GroupClaim, targets: frozenset[str], number: int) -> Fusion:
    return Fusion(
        (claim.span.start, claim.span.end), "phase", claim.categories, targets, (), claim,
        number, words=(f"phase {number}", claim.text.lower()),
    )  # fmt: skip


def _joined_later(lex: Lexicon, tie: PhaseTie, targets: frozenset[str]) -> Fusion | None:
    """ "Phase one targeted undocumented migrants and ACC holders" ("along with", "as well
    as any"): a group the plan reached only in a later phase, joined to the phase's own group
    it is said to target."""
    for first, second in tie.joined:
        for own, other in ((first, second), (second, first)):
            phases = [lex.category_phase.get(c) for c in other.categories]
            if not (own.categories & targets) or other.categories & targets:
                continue
            if any(p is None or p <= tie.number for p in phases):
                continue
            return _phase_pair(other, targets, tie.number)
    return None


def _predicate_fusion(lex: Lexicon, claim: GroupClaim, day, groups: ByStart) -> Fusion | None:
    """ "ACC holders, who are registered refugees", "registered refugees without documents",
    "PoR card holders living illegally": a predicate that contradicts the subject's group."""
    subject = named(claim)
    if not subject or not all(c in lex.categories for c in subject):
        return None
    predicate = claim.predicate
    other = frozenset(predicate.lacks) | frozenset(predicate.properties)
    if len(subject) > 1 and other <= subject:
        return None  # "documented Afghans hold ACCs": one of the subject's groups
    names = predicate.attributes
    if any_of(groups, predicate.span):
        if subject & other:
            return None  # "ACC holders are legal residents": one of the predicate's groups
        names = shared(lex, other, names)
    if predicate.later:
        names = tuple(n for n in names if n != "documented")  # "will be illegal from April 1"
    # a bare head noun ("Afghan migrants") names what its group is, not what it lacks
    lacking = subject if claim.role != "head" else ()
    attributes = tuple(
        dict.fromkeys(
            # the predicate denies what the subject's group has ...
            conflict(
                lex, predicate.lacks, subject, day, names, papers=denies_papers(predicate.span.text)
            )
            # ... or gives the subject what its group lacks
            + conflict(lex, lacking, predicate.properties, day, names)
        )
    )
    if not attributes:
        return None
    start = min(claim.span.start, predicate.span.start)  # "ACCs were given to refugees"
    end = max(claim.span.end, predicate.span.end)
    return Fusion(
        (start, end), "predicate", frozenset(subject), other,
        attributes, claim, words=(claim.text.lower(), predicate.words),
    )  # fmt: skip


def _joint_size(lex: Lexicon, figure: FigureClaim, group: GroupClaim) -> bool:
    """Is the number the size the ledger gives the modifier's groups together?"""
    return any(
        figure_matches(figure.value, figure.hedge, f)
        for f in joint_figures(lex, group.modifier_categories)
    )


def _owner_fusion(lex: Lexicon, figure: FigureClaim, day) -> Fusion | None:
    """A number that is one group's own size, under a noun that names another group with
    attributes the first lacks, calls the first by that name: "the deadline for ACC holders
    puts 800,000 Afghan refugees at risk" (the number an order falls on is its target's),
    "800,000 documented Afghan refugees" (a modifier naming ACC and PoR holders, a head
    naming the refugees: 800,000 is the ACC figure; 2.1 million, the two groups' size
    together)."""
    group = figure.group
    if figure.how == "exposure" and figure.own:
        if plan_reached_more(lex, figure, day):
            return None  # the plan's people are several groups by then
        if mismatch(lex, figure, day) is not None:
            return None  # the noun's group given the target's size: NL302 reports it
        target, own = figure.categories, figure.own
    elif (
        group is not None
        and group.role == "np"
        and not group.fused
        and group.head_categories
        and group.head_categories < group.modifier_categories
    ):
        own = group.head_categories
        target = group.modifier_categories - own
    else:
        return None
    if target & own or not all(c in lex.categories for c in target | own):
        return None
    # "2.1 million documented Afghan refugees": the size of the modifier's groups together
    # counts the target's people under the head's name too
    together = group is not None and figure.how != "exposure" and _joint_size(lex, figure, group)
    if not (own_figure(lex, figure, target) or together) or own_figure(lex, figure, own):
        return None
    attributes = conflict(lex, target, own, day)
    if not attributes:
        return None
    span = (figure.span.start, figure.span.end)
    return Fusion(
        span, "exposure", target, own, attributes, figure,
        words=(figure.text.lower(), short_labels(lex, target)),
    )  # fmt: skip
