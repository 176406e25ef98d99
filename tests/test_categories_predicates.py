"""NL301 and NL302 on real reporting's sentences (GitHub issue 11).

Predicates: what a sentence says a group is ("ACC holders, who are registered refugees",
"... without documents", "counts X as Y"), and the denials, classings and statuses that
say nothing against it.

The sentences are invented; the figures and groups are the ledger's. Shared helpers live in
:mod:`tests.test_categories_reading`.
"""

import pytest

from .test_categories_reading import PHASE1, PHASE2, found, ledger_words


def _denial_grid(seed_corpus, templates: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """Each template with every ledger term of a documented group, which must give NL301, and
    with every term of an undocumented group and plain "Afghans", which must stay silent: the
    drafts missed and the false alarms."""
    documented = ledger_words(seed_corpus, True)
    undocumented = ledger_words(seed_corpus, False)
    wrong = [t.format(g=g) for t in templates for g in documented]
    right = [t.format(g=g) for t in templates for g in [*undocumented, "Afghans"]]
    missed = [t for t in wrong if found(seed_corpus, t, PHASE1) != ["NL301"]]
    alarms = [t for t in right if found(seed_corpus, t, PHASE1)]
    return missed, alarms


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # one group's adjective and another group's documents conceded of the same people
        ("Over 200 families, mostly undocumented but in possession of PoR cards, crossed.",
         PHASE1, ["NL301"]),
        ("The men were unregistered yet still holding PoR cards.", PHASE1, ["NL301"]),
        # clean: the documents of their own group, a list of two groups, papers lapsed later
        ("Over 200 families, mostly registered and in possession of PoR cards, crossed.",
         PHASE1, []),
        ("Over 200 families, some undocumented and some holding PoR cards, crossed.", PHASE1,
         []),
        ("Over 200 families, mostly undocumented but in possession of a tazkira, crossed.",
         PHASE1, []),
    ],
)  # fmt: skip
def test_documents_conceded_against_an_adjective(seed_corpus, text, date, expected):
    assert found(seed_corpus, text, date) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "did not have documents" denies documents as "without documents" does
        ("Police held dozens of Afghan refugees who did not have any documents.", ["NL301"]),
        ("Police held dozens of Afghans who did not have any documents.", []),
        ("Police held ACC holders who did not have valid visas.", []),
    ],
)  # fmt: skip
def test_documents_denied_with_do_not_have(seed_corpus, text, expected):
    assert found(seed_corpus, text, "2024-04-10") == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a bare head's restriction past where its people live names the group counted
        ("Some 1.3 million Afghan migrants living in Pakistan with PoR cards will be allowed "
         "to stay.", "2024-08-29", []),
        ("About 1.3 million Afghan migrants in the country with PoR cards may stay.",
         "2024-08-29", []),
        # people given documents hold them: ACC holders called refugees is the wording's
        # error, not the figure's
        ("Some 880,000 refugees granted ACCs in 2017 also live there.", "2024-03-25",
         ["NL301"]),
        ("An additional 880,000 Afghan refugees issued Afghan Citizen Cards live there.",
         "2024-03-25", ["NL301"]),
        ("Some 880,000 Afghans issued Afghan Citizen Cards in 2017 must leave.", "2024-03-25",
         []),
        ("The government issued PoR cards to 1.3 million Afghans.", "2023-11-20", []),
        # "in possession of" is held right after its group, preposition and all
        ("Afghan refugees in possession of ACCs face arrest.", PHASE2, ["NL301"]),
        ("Some 800,000 Afghans in possession of ACCs must leave.", PHASE2, []),
    ],
)  # fmt: skip
def test_what_a_bare_heads_own_words_say(seed_corpus, text, date, expected):
    assert found(seed_corpus, text, date) == expected


RESTRICTIVE_DENIALS = (
    "The {g}, many of whom lack valid documents, fear deportation.",
    "Police said the {g}, most of them living in the country illegally, were detained.",
    "Pakistan hosts thousands of {g}, some of them undocumented.",
    "The {g}, who have been residing in the country illegally, must leave by November 1.",
    "Police detained {g} who were living in Pakistan illegally.",
    "The order covers {g} who live in the country without documentation.",
    "Officials said {g} who are staying here without valid documents face arrest.",
    "The crackdown targets {g} who had been living in Pakistan without legal papers.",
    "Officials said the {g}, who are currently residing in Karachi illegally, will be deported.",
    "Thousands of {g} that are living in the country with no legal documents fear arrest.",
    "Authorities rounded up {g} residing in Pakistan without any documents.",
    "Police said {g} who have been living illegally in the country were arrested.",
    "Police arrested {g} in the country illegally.",
    "The {g}, mostly undocumented, fear deportation.",
    "Police said {g}, many of them illegal, were detained.",
    "Pakistan hosts {g}, largely undocumented, in camps.",
)
"""A group's own restrictive words that deny it documents, through a relative pronoun, a
part of it ("many of whom": as the labelled "Many Afghan refugees who are undocumented"),
auxiliaries, an adverb and where the people live."""


def test_restrictive_words_that_deny_documents_grid(seed_corpus):
    missed, alarms = _denial_grid(seed_corpus, RESTRICTIVE_DENIALS)
    assert not missed and not alarms, (missed, alarms)


@pytest.mark.parametrize(
    "text",
    [
        # negated, about a later or earlier time, or after the cards expired: no conflation
        "The refugees, who are not living illegally, were told they may stay.",
        "Registered refugees who have been living legally in the country were spared.",
        "Afghan refugees who have been living in Pakistan since 1979 fear they will be next.",
        "Registered refugees who will be living illegally after June 30 must leave.",
        "Afghan refugees whose cards expired are now living in the country illegally.",
        "Afghan refugees who helped police find people living illegally were thanked.",
        "Afghan refugees, mostly women and children, returned home.",
        "The refugees, mostly registered, returned home.",
        # another group's papers lacked, or none named: nothing denied of the group
        "ACC holders without PoR cards must leave.",
        "Afghan refugees without ACCs may stay.",
        # an official act that changes a group's status is reported, not claimed
        "ACC holders have been declared illegal.",
        "ACC holders were labelled illegal immigrants by the ministry.",
    ],
)
def test_restrictive_words_that_deny_nothing(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == []


DENIALS = (
    "without legal status", "who lack legal status", "lacking legal papers",
    "not holding valid documents", "with no valid papers", "who do not possess valid documents",
    "who don't have proper documentation", "who are without valid documents",
    "who neither possess any visa nor any valid documents",
    "who hold neither visas nor legal papers",
)  # fmt: skip


MAIN_CLAUSES = (
    "have until November 1 to leave",
    "will be deported after the deadline",
    "must leave before November 1",
    "face arrest from November 1",
)
"""A main clause with a time of its own after a group's denial of documents: the time is
the main clause's, not the denial's."""


def test_a_denial_before_a_main_clause_with_a_time_grid(seed_corpus):
    def drafts(groups):
        return [f"{g[:1].upper() + g[1:]} {d} {m}." for g in groups for d in DENIALS
                for m in MAIN_CLAUSES]  # fmt: skip

    wrong = drafts(ledger_words(seed_corpus, True))
    right = drafts([*ledger_words(seed_corpus, False), "Afghans"])
    missed = [t for t in wrong if found(seed_corpus, t, PHASE1) != ["NL301"]]
    alarms = [t for t in right if found(seed_corpus, t, PHASE1)]
    assert not missed and not alarms, (missed, alarms)


@pytest.mark.parametrize(
    "text",
    [
        # the time belongs to the predicate: a status of another time
        "Registered refugees will be without valid documents after June 30.",
        "ACC holders were undocumented when they arrived, officials said.",
        "PoR card holders are undocumented only after their cards expire.",
    ],
)
def test_a_denial_of_another_time(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == []


CLASSING_FRAMES = (
    "Police were accused of treating {g} as {o}.",
    "Rights groups say {g} are being treated as {o}.",
    "{G} are being called {o} by officials, activists say.",
    "The registry wrongly counts {g} as {o}, officials admitted.",
    "Officials mistakenly classified {g} as {o}.",
)
"""A classing the sentence itself calls wrong, or others' conduct in progress ("are being
treated as")."""


SUBJECTS_OF_ANOTHER_VERB = (
    "Arresting {g} is illegal, the court said.",
    "Deporting {g} was a mistake, the minister admitted.",
)
"""A plural group with a singular verb: the verb's subject is another (a gerund's clause)."""


def test_classings_called_wrong_and_other_subjects_grid(seed_corpus):
    documented = ledger_words(seed_corpus, True)
    # the terms of the undocumented (a bare head such as "migrants" denies nothing)
    categories = seed_corpus.ledger.categories.values()
    others = [t for c in categories if c.documented is False for t in c.terms[:2]]
    right = [
        t.format(g=g, G=g[:1].upper() + g[1:], o=o)
        for t in CLASSING_FRAMES
        for g in documented
        for o in others
    ]
    right += [t.format(g=g) for t in SUBJECTS_OF_ANOTHER_VERB for g in documented]
    # the same classing asserted, and the plural verb, are still read
    wrong = [f"The registry counts {g} as {o}." for g in documented for o in others]
    wrong += [f"{g[:1].upper() + g[1:]} are illegal, the court said." for g in documented]
    missed = [t for t in wrong if found(seed_corpus, t, PHASE1) != ["NL301"]]
    alarms = [t for t in right if found(seed_corpus, t, PHASE1)]
    assert not missed and not alarms, (missed, alarms)


REFUGEE_STATUS_GIVEN = (
    "{G} have been granted refugee status.",
    "{G} were given refugee status, officials said.",
    "{G} enjoy refugee status in Pakistan.",
    "{G} have been counted as refugees.",
    "{G}, who had been recognised as refugees, may stay.",
)
"""Refugee status given to a group, through perfect auxiliaries and verbs of giving."""


def test_refugee_status_given_to_a_group_grid(seed_corpus):
    categories = seed_corpus.ledger.categories.values()
    without = [t for c in categories if c.refugee_status is False for t in c.terms[:2]]
    refugees = ledger_words(seed_corpus, True, "refugee_status")

    def drafts(groups, templates):
        return [t.format(G=g[:1].upper() + g[1:]) for t in templates for g in groups]

    wrong = drafts(without, REFUGEE_STATUS_GIVEN)
    right = drafts(refugees, REFUGEE_STATUS_GIVEN)
    right += drafts(without, ("{G} have never been granted refugee status.",
                              "{G} have applied for refugee status."))  # fmt: skip
    missed = [t for t in wrong if found(seed_corpus, t, PHASE1) != ["NL301"]]
    alarms = [t for t in right if found(seed_corpus, t, PHASE1)]
    assert not missed and not alarms, (missed, alarms)


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a modifier of the undocumented on a noun of no group ("illegal residents") speaks
        # of documents only, as "are illegal" does: after the group's papers lapsed, or of a
        # later status, it is no conflation
        ("The ministry said PoR cardholders became illegal residents after their cards "
         "expired on June 30.", "2025-09-29", []),
        ("PoR cardholders will become illegal residents once their cards expire.",
         "2024-09-29", []),
        ("PoR cardholders are illegal residents now that their cards have expired.",
         "2025-09-29", []),
        # while their papers were valid, it denies the documents they hold
        ("PoR cardholders are illegal residents, the official claimed.", "2024-09-29",
         ["NL301"]),
    ],
)  # fmt: skip
def test_a_modifier_on_a_noun_of_no_group_speaks_of_documents(seed_corpus, text, date, expected):
    assert found(seed_corpus, text, date) == expected


STAYING_AS = (
    "{G} living in Pakistan as {p} must leave.",
    "{G} have lived in Pakistan as {p} for decades.",
    "{G}, staying in the country as {p}, were told to leave.",
)
"""A group said to stay somewhere as another group ("... have lived in Pakistan as refugees")."""


def test_a_group_said_to_stay_as_another_grid(seed_corpus):
    """Groups without refugee status said to live in Pakistan as refugees are NL301; the
    refugee group itself, or people staying as guests, stay silent."""
    refugee = ledger_words(seed_corpus, True, "refugee_status")
    others = [
        next(t for t in c.terms if t.endswith("s"))
        for c in seed_corpus.ledger.categories.values()
        if c.refugee_status is False
    ]
    assert others

    def texts(groups, predicates):
        return [t.format(G=g[:1].upper() + g[1:], p=p) for t in STAYING_AS
                for g in groups for p in predicates]  # fmt: skip

    wrong = texts(others, refugee)
    right = texts(refugee, refugee) + texts(others, ["guests", "traders"])
    missed = [t for t in wrong if found(seed_corpus, t, "2024-07-20") != ["NL301"]]
    alarms = [t for t in right if found(seed_corpus, t, "2024-07-20")]
    assert not missed and not alarms, (missed, alarms)


ADVERB_SHAPES = (
    "Police arrested 20 {a} {p} {h} in Karachi.",
    "The government had deported all the {a} {p} {h} in the first phase.",
    "\u201cThe {a} {p} {h} must go,\u201d the minister said.",
    "Officials said {a} {p} {h} were being moved to holding centres.",
)
"""An undocumented group's adverb and a participle of staying before a head noun."""


def test_an_adverb_and_participle_of_staying_before_a_head_grid(seed_corpus):
    adverbs = [
        m for c in seed_corpus.ledger.categories.values() if c.documented is False
        for m in c.modifiers if m.endswith("ly")
    ]  # fmt: skip
    assert adverbs  # "illegally", "unlawfully"
    refugees = [w for w in ledger_words(seed_corpus, True, "refugee_status") if " " in w]
    wrong, right = [], []
    for shape in ADVERB_SHAPES:
        for a in adverbs:
            for p in ("settled", "residing", "staying", "living"):
                wrong += [shape.format(a=a, p=p, h=h) for h in refugees]
                right.append(shape.format(a=a, p=p, h="Afghans"))
    missed = {t: c for t in wrong if (c := found(seed_corpus, t, PHASE1)) != ["NL301"]}
    alarms = {t: c for t in right if (c := found(seed_corpus, t, PHASE1))}
    assert not missed and not alarms, (missed, alarms)


AFTER_HEAD_SHAPES = (
    "Around 4,000 {h} {a} {p} in Karachi have returned home, the minister said.",
    "Police detained {h}, who were {a} {p} in the suburbs, on Sunday.",
    "Many {h} {a} {p} in Quetta were told to leave.",
)
"""An undocumented group's adverb and a participle of staying after a head noun, as
"living illegally" in the other order."""


def test_an_adverb_and_participle_of_staying_after_a_head_grid(seed_corpus):
    adverbs = [
        m for c in seed_corpus.ledger.categories.values() if c.documented is False
        for m in c.modifiers if m.endswith("ly")
    ]  # fmt: skip
    assert adverbs  # "illegally", "unlawfully"
    refugees = [w for w in ledger_words(seed_corpus, True, "refugee_status") if " " in w]
    wrong, right = [], []
    for shape in AFTER_HEAD_SHAPES:
        for a in adverbs:
            for p in ("residing", "staying", "living"):
                wrong += [shape.format(a=a, p=p, h=h) for h in refugees]
                right.append(shape.format(a=a, p=p, h="Afghans"))
                right.append(shape.format(a=a, p=p, h="Afghan nationals"))
            # the group's own stay, lawful
            right += [shape.format(a="legally", p="residing", h=h) for h in refugees]
    missed = {t: c for t in wrong if (c := found(seed_corpus, t, PHASE1)) != ["NL301"]}
    alarms = {t: c for t in right if (c := found(seed_corpus, t, PHASE1))}
    assert not missed and not alarms, (missed, alarms)


@pytest.mark.parametrize(
    "text",
    [
        "Afghan refugees who are not illegally staying in Karachi may remain.",
        "Afghan refugees legally staying in Karachi were not affected.",
        "The refugees were illegally moved by smugglers into camps.",
        "Afghan refugees illegally residing in Karachi in 2026 were detained.",
    ],
)
def test_an_adverb_after_a_head_look_alikes(seed_corpus, text):
    """A negated stay, a lawful one, others' act, and a stay whose status the draft's date
    makes lapsed (the PoR cards ran out in 2025)."""
    assert found(seed_corpus, text, "2026-01-10" if "2026" in text else PHASE1) == []


@pytest.mark.parametrize(
    "text",
    [
        "Afghan refugees settled in Pakistan decades ago.",
        "Registered refugees legally settled in camps may stay.",
        "The refugees, illegally settled there by smugglers, were moved.",
    ],
)
def test_participles_of_staying_look_alikes(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == []


OWN_PAPERS_DENIED = (
    "Pakistan wants all {g} without {d} to leave.",
    "{G} who lack {d} will be deported, officials said.",
    "Police detained {g} without {d} in Karachi.",
)
"""A group said to lack its own group's papers."""


def test_a_group_without_its_own_papers_grid(seed_corpus):
    papers = {"por": "Proof of Registration cards"}
    refugees = [w for w in ledger_words(seed_corpus, True, "refugee_status")]
    wrong = [
        t.format(g=g, G=g[:1].upper() + g[1:], d=papers["por"])
        for t in OWN_PAPERS_DENIED
        for g in refugees
    ]
    right = [t.format(g="Afghans", G="Afghans", d=papers["por"]) for t in OWN_PAPERS_DENIED]
    missed = [t for t in wrong if found(seed_corpus, t, PHASE1) != ["NL301"]]
    alarms = [t for t in right if found(seed_corpus, t, PHASE1)]
    assert not missed and not alarms, (missed, alarms)


PERMITS_BEFORE_PAPERS = (
    "{n} Afghan refugees who lacked visas or valid documents were to be repatriated.",
    "The cabinet ordered {n} Afghan refugees without visas or legal documents to leave.",
    "Some {n} Afghan refugees lacking permits, passports and documents must go.",
    "Police detained {n} Afghan refugees who lack visas or proper documentation.",
    "Reports suggest {n} Afghan refugees neither possess any visa nor any valid documents.",
    "Some {n} Afghan refugees hold neither passports nor legal papers, officials said.",
)
"""A denial of papers whose list opens with a permit ("visas or valid documents") still
denies the papers: the number counts the undocumented (NL302 silent), and calling them
refugees is NL301's."""


@pytest.mark.parametrize("template", PERMITS_BEFORE_PAPERS)
def test_a_denial_of_papers_after_permits(seed_corpus, template):
    assert found(seed_corpus, template.format(n="1.1 million"), PHASE1) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # a permit alone is no denial of papers: people with documents may lack one too
        "Some 800 Afghan refugees who lacked visas were held at the border.",
        "ACC holders who lack visas or passports must leave.",
        "Undocumented Afghans who lacked visas or valid documents were to be repatriated.",
        "Some 800 Afghan refugees neither hold visas nor passports.",
        "ACC holders hold neither visas nor passports.",
        "Undocumented Afghans neither possess any visa nor any valid documents.",
    ],
)
def test_permits_without_papers_look_alikes(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == []


CAUSED_DENIALS = (
    "Police have apprehended more than 1,700 {g} in Karachi for residing without valid documents.",
    "Dozens of {g} were detained in Peshawar due to a lack of proper documentation.",
    "The police arrested 50 {g} for not having valid documents.",
    "Some {g} face deportation because of the absence of legal papers.",
    "Hundreds of {g} were held owing to their lack of identity documents.",
    "Officials said {g} were arrested for living in the country illegally.",
)
"""A lack of documents given as the cause of what is done to a group (arrest, detention,
deportation): the group is said to lack them."""


def test_a_lack_of_documents_given_as_a_cause_grid(seed_corpus):
    missed, alarms = _denial_grid(seed_corpus, CAUSED_DENIALS)
    assert not missed and not alarms, (missed, alarms)


QUANTIFIED_DENIALS = (
    "The police arrested 50 {g} for not having adequate documents.",
    "Dozens of {g} were detained in Quetta for lacking the requisite documents.",
    "Officials said {g} who are living here without sufficient documentation face arrest.",
)
"""A lack of papers qualified by how much is enough ("adequate", "sufficient", "requisite"):
as much a denial of documents as "valid" or "proper" ones."""


def test_a_lack_of_enough_documents_grid(seed_corpus):
    missed, alarms = _denial_grid(seed_corpus, QUANTIFIED_DENIALS)
    assert not missed and not alarms, (missed, alarms)


@pytest.mark.parametrize(
    "text",
    [
        # having enough of something that is no paper, or enough papers: no denial
        "Afghan refugees were detained despite holding adequate documents.",
        "PoR card holders were held for lacking adequate shelter, officials said.",
        "ACC holders without sufficient funds were stranded at Torkham.",
    ],
)
def test_enough_of_something_else_is_no_denial(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == []


@pytest.mark.parametrize(
    "text",
    [
        # no cause, a negated act, a cause that is no lack of papers, a later time, or a
        # clause of its own between the group and the cause
        "Afghan refugees were detained despite holding valid documents.",
        "Afghan refugees were not detained for lacking documents.",
        "Afghan refugees were held in Quetta for two days due to a lack of transport.",
        "Afghan refugees have lived in Pakistan for decades.",
        "Afghan refugees will be deported for lacking documents after June 30.",
        "Afghan refugees, whose cards had expired, were held for lacking documents.",
        "Afghan refugees helped the police, who arrested migrants for lacking documents.",
        "Registered refugees were praised for helping people without documents.",
    ],
)
def test_a_cause_that_denies_the_group_nothing(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opinion's "to be" before what is said of the people: their stay without papers
        # names the undocumented, whose figure 1.4 million (the registered refugees') is not
        ("Pakistan considers 1.4 million Afghans to be living in the country illegally.",
         ["NL302"]),
        ("Officials say 1.4 million Afghans are believed to be living in Pakistan illegally.",
         ["NL302"]),
        ("Some 1.4 million Afghans are thought to be staying in Pakistan without documents.",
         ["NL302"]),
        ("Islamabad estimates 1.4 million Afghans to be residing in the country without valid "
         "papers.", ["NL302"]),
        ("About 1.4 million Afghans are said to be in the country illegally.", ["NL302"]),
        ("Officials say 880,000 Afghans are believed to be living in Pakistan illegally.",
         ["NL302"]),
        ("Officials say 1.73 million Afghans are believed to be living in Pakistan legally.",
         ["NL302"]),
        # clean: the group's own figure, another country, another people, a movement to come,
        # an eligibility
        ("Pakistan considers 1.7 million Afghans to be living in the country illegally.", []),
        ("Officials say 1.73 million Afghans are believed to be living in Pakistan illegally.",
         []),
        ("Some 1.4 million Afghans are reported to be living in Iran without documents.", []),
        ("Officials say 1.4 million Syrians are believed to be living in Turkey illegally.", []),
        ("Officials say 1.4 million Afghans are expected to be deported soon.", []),
        ("Pakistan considers 1.4 million Afghans to be eligible for deportation.", []),
    ],
)  # fmt: skip
def test_an_opinions_to_be_before_a_stay_without_papers(seed_corpus, text, expected):
    assert found(seed_corpus, text, "2023-11-02") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a denied owning of the group's own papers says its people have none, as "lack" does,
        # with the curly apostrophe of published text too
        ("A crackdown was launched against Afghan refugees who didn't have PoR cards and "
         "other valid travel documents.", ["NL301"]),
        ("Police arrested Afghan refugees who didn’t have PoR cards.", ["NL301"]),
        ("Police arrested Afghan refugees who did not have PoR cards.", ["NL301"]),
        ("Police arrested Afghan refugees who doesn't hold PoR cards.", ["NL301"]),
        ("Police arrested Afghan refugees who never had PoR cards.", ["NL301"]),
        ("Police arrested Afghan refugees who have not got PoR cards.", ["NL301"]),
        ("Afghan refugees, who did not have Proof of Registration cards, were deported.",
         ["NL301"]),
        # clean: papers held, not carried at the time, another group's papers or people,
        # papers of no group, other countries' refugees
        ("Police arrested Afghan refugees who had PoR cards.", []),
        ("Police arrested Afghan refugees who were not carrying their PoR cards.", []),
        ("Police arrested Afghan refugees who did not have ACCs.", []),
        ("Police arrested ACC holders who did not have PoR cards.", []),
        ("Police arrested undocumented Afghans who did not have PoR cards.", []),
        ("Police arrested Afghan migrants who didn't have PoR cards.", []),
        ("Police arrested Afghan refugees who did not have Afghan passports.", []),
        ("Police arrested Syrian refugees who did not have residence permits.", []),
    ],
)  # fmt: skip
def test_a_denied_owning_of_the_groups_own_papers(seed_corpus, text, expected):
    assert found(seed_corpus, text, "2016-06-23") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lack of papers as the cause of what is done to the group: after the group's
        # subject relative, past a longer verb phrase, as the second of two joined causes
        ("Police detained 70 PoR card holders who had been imprisoned for lacking "
         "documentation.", ["NL301"]),
        ("Afghan refugees who were arrested for lacking valid documents were deported.",
         ["NL301"]),
        ("Thousands of Afghan refugees have been rounded up and imprisoned for overstaying "
         "their visas or lacking documentation.", ["NL301"]),
        ("Afghan refugees were held for breaking curfew or lacking valid documents.",
         ["NL301"]),
        # clean: the group's own lack, other causes, another country's refugees, a denial,
        # other people the cause is of
        ("Undocumented Afghans who were arrested for lacking valid documents were deported.",
         []),
        ("Afghan refugees who were arrested for overstaying their visas or committing crimes "
         "were deported.", []),
        ("Syrian refugees who were arrested in Turkey for lacking valid documents were "
         "deported.", []),
        ("Afghan refugees were not arrested for lacking valid documents, police said.", []),
        ("Afghan refugees who helped the Afghans arrested for lacking documents were thanked.",
         []),
    ],
)  # fmt: skip
def test_a_lack_of_papers_as_the_cause_after_a_relative_or_a_first_cause(seed_corpus, text,
                                                                       expected):  # fmt: skip
    assert found(seed_corpus, text, "2023-03-23") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # past the group's place to its copula: the predicate is still the group's
        ("Officials said Afghan refugees staying in Pakistan are illegal.", ["NL301"]),
        ("The refugees in Karachi were undocumented, police said.", ["NL301"]),
        # clean: the group's own status, no status at all, the undocumented's own word
        ("Afghan refugees living in Pakistan are registered with UNHCR.", []),
        ("Afghan refugees in Pakistan are at risk of arrest.", []),
        ("Undocumented Afghans in Karachi are illegal residents, police said.", []),
        ("The number of refugees in Pakistan is unknown.", []),
    ],
)  # fmt: skip
def test_a_predicate_past_the_groups_place(seed_corpus, text, expected):
    assert found(seed_corpus, text, PHASE1) == expected
