"""NL301 and NL302 under mutation: classes of sentences found silent by swapping a group, a
figure or a phase in clean real passages (GitHub issue 11, fifth round).

- a phase paired with a group the plan reached only later, joined to the phase's own group
  by a list word other than "and" ("along with", "together with", "alongside", "plus", "as
  well as any"): the later group is never that phase's target;
- a documented group's figure given for the undocumented on the last day of its papers (its
  deadline, its cards' expiry): the papers still hold that day, so the number is still
  another group's.

The sentences are invented; groups, phases, lapse days and figures are read from the loaded
ledger.
"""

import datetime as dt
from itertools import pairwise

import pytest

from narrlint.claims.groups import lexicon
from narrlint.claims.groups_lexicon import sizes

from .test_categories_reading import found

LATER_JOINS = (
    "{phase} targets {later} as well as {own}.",
    "{phase} targets {later} along with {own}.",
    "{phase} covered {later} along with any {own} who remained.",
    "{phase} will apply to {later} together with {own}.",
    "{phase} is aimed at {later} alongside {own}.",
    "{phase} includes {later}, plus {own}.",
    "{phase} covers {own} along with any {later}.",
)
"""A phase, its own group and a group the plan reached later, joined into one target."""

EARLIER_JOINS = (
    "{phase} covers {later} as well as any {own} who remain.",
    "{phase} targets {later} along with {own}.",
    "{phase} will apply to {later} together with remaining {own}.",
)
"""The same shapes with a group of an earlier phase: left over, it may be a target still."""

NOT_JOINED = (
    "{phase} targets {own}, with {later} to follow later.",
    "{phase} dealt with {own}; {later} along with others were left alone.",
)
"""The later group named with "with" alone, or in a clause of its own: not the target."""

PHASE_NAMES = {1: ("Phase one", "The first phase"), 2: ("Phase two", "The second phase")}


def _term(corpus, category_id: str) -> str:
    """The group's first plural term in the ledger."""
    terms = corpus.ledger.categories[category_id].terms
    return next(t for t in terms if t.endswith("s"))


def _phases(corpus) -> dict[int, list[str]]:
    groups: dict[int, list[str]] = {}
    for cid, number in lexicon(corpus).category_phase.items():
        groups.setdefault(number, []).append(cid)
    return groups


def test_a_later_group_joined_to_a_phases_own_group_grid(seed_corpus):
    groups = _phases(seed_corpus)
    checked = 0
    for number, names in PHASE_NAMES.items():
        for own in groups[number]:
            for later_number, later_groups in groups.items():
                if later_number <= number:
                    continue
                for later in later_groups:
                    for phase in names:
                        for shape in LATER_JOINS:
                            text = shape.format(
                                phase=phase,
                                own=_term(seed_corpus, own),
                                later=_term(seed_corpus, later),
                            )
                            assert found(seed_corpus, text, "2025-03-20") == ["NL301"], text
                            checked += 1
    assert checked >= 3 * len(LATER_JOINS)


def test_an_earlier_group_joined_to_a_later_phases_group_grid(seed_corpus):
    groups = _phases(seed_corpus)
    checked = 0
    for number, names in PHASE_NAMES.items():
        for later in groups[number]:
            for earlier_number, earlier_groups in groups.items():
                if earlier_number >= number:
                    continue
                for own in earlier_groups:
                    for phase in names:
                        for shape in EARLIER_JOINS:
                            text = shape.format(
                                phase=phase,
                                own=_term(seed_corpus, own),
                                later=_term(seed_corpus, later),
                            )
                            assert found(seed_corpus, text, "2025-03-20") == [], text
                            checked += 1
    assert checked >= len(EARLIER_JOINS)


def test_a_later_group_not_joined_to_the_phases_group(seed_corpus):
    groups = _phases(seed_corpus)
    own, later = _term(seed_corpus, groups[1][0]), _term(seed_corpus, groups[2][0])
    for shape in NOT_JOINED:
        text = shape.format(phase="Phase one", own=own, later=later)
        assert found(seed_corpus, text, "2025-03-20") == [], text


LAPSE_SHAPES = (
    "Pakistan may extend the deadline for {n} undocumented Afghans.",
    "Some {n} illegal immigrants must leave the country today.",
    "Officials said {n} undocumented migrants were still in Pakistan.",
)


def _lapse_cases(corpus) -> list[tuple[str, dt.date, float]]:
    """(group, its last day of papers, its latest figure by then) for documented groups
    whose figure is no undocumented group's size (more than 15% off every one)."""
    lex = lexicon(corpus)
    undocumented = [
        f.value
        for cid, c in corpus.ledger.categories.items()
        if c.documented is False
        for f in sizes(lex, cid)
        if f.value
    ]
    cases = []
    for cid, day in lex.lapses.items():
        if corpus.ledger.categories[cid].documented is not True:
            continue
        known = [f for f in sizes(lex, cid) if f.date and f.date <= day and f.value]
        if not known:
            continue
        value = max(known, key=lambda f: f.date).value
        if all(abs(value - u) > 0.15 * u for u in undocumented):
            cases.append((cid, day, value))
    return cases


def _written(value: float) -> str:
    return f"{value / 1e6:g} million" if value >= 1e6 else f"{int(value):,}"


def test_a_groups_figure_for_the_undocumented_on_its_last_day_of_papers_grid(seed_corpus):
    cases = _lapse_cases(seed_corpus)
    assert cases
    for _cid, day, value in cases:
        for shape in LAPSE_SHAPES:
            text = shape.format(n=_written(value))
            assert found(seed_corpus, text, day.isoformat()) == ["NL302"], (text, day)
            # the day after, its people are among the undocumented: the number is theirs
            after = (day + dt.timedelta(days=1)).isoformat()
            assert found(seed_corpus, text, after) == [], (text, after)


@pytest.mark.parametrize(
    "text",
    [
        # the group's own figure under its own name on that day stays silent
        "Pakistan may extend the deadline for {n} registered refugees.",
        "Some {n} PoR card holders must leave the country by today.",
    ],
)
def test_a_groups_own_figure_on_its_last_day_of_papers(seed_corpus, text):
    lex = lexicon(seed_corpus)
    day = lex.lapses["por"]
    value = max((f for f in sizes(lex, "por") if f.date and f.date <= day), key=lambda f: f.date)
    sentence = text.format(n=_written(value.value))
    assert found(seed_corpus, sentence, day.isoformat()) == []


LACKING_PEOPLE_PHRASES = (
    "people with no papers",
    "Afghans without valid documents",
    "Afghan nationals without any documentation",
    "those lacking legal documents",
    "individuals who have no documents",
    "families living in Pakistan without papers",
)
"""People named only by the documents they lack (the undocumented)."""

LACKING_SHAPES = (
    ("{phase} targeted {people}.", "{Phase} targeted {people}."),
    ("{phase} will target {people}, officials said.", ""),
    ("Officials said {phase} is aimed at {people}.", ""),
)


def _lacking_texts(phase: str) -> list[str]:
    capital = phase[0].upper() + phase[1:]
    texts = []
    for people in LACKING_PEOPLE_PHRASES:
        for shape, _ in LACKING_SHAPES:
            text = shape.format(phase=phase, people=people)
            texts.append(text[0].upper() + text[1:])
        texts.append(f"{capital} targeted {people} and nobody else.")
    return texts


def test_people_named_by_the_documents_they_lack_in_a_later_phase_grid(seed_corpus):
    groups = _phases(seed_corpus)
    lacking_phase = min(groups)  # the undocumented's phase
    undocumented = {c for c in groups[lacking_phase]}
    assert all(seed_corpus.ledger.categories[c].documented is False for c in undocumented)
    for number, phase in ((2, "phase two"), (3, "the third phase")):
        assert number in groups
        for text in _lacking_texts(phase):
            assert found(seed_corpus, text, "2025-03-20") == ["NL301"], text


def test_people_named_by_the_documents_they_lack_in_their_own_phase(seed_corpus):
    for text in _lacking_texts("phase one") + _lacking_texts("the first phase"):
        assert found(seed_corpus, text, "2023-10-20") == [], text


@pytest.mark.parametrize(
    "text",
    [
        # papers held, not lacked; the phase's own group named beside them; people left over
        # from the first phase; a denial of someone else's documents
        "Phase two targeted people with valid papers.",
        "Phase two targets ACC holders and people without documents.",
        "Phase two continues the deportation of people without documents.",
        "Phase two targeted ACC holders; people without papers were deported in phase one.",
        "The third phase targeted officials who lost documents.",
    ],
)
def test_people_lacking_documents_look_alikes(seed_corpus, text):
    assert found(seed_corpus, text, "2025-03-20") == []


COPULA_COUNTS = (
    "{Group} are {n}.",
    "{Group} in Pakistan are around {n}, according to UNHCR.",
    "Total {group} in Pakistan were about {n} who have stayed on.",
    "{Group}, who are {n} people, may stay for now.",
    "{Group} remain {n} in the country.",
)
"""A group's count given by a copula and nothing measured after the number."""

COPULA_MEASURES = (
    "{Group} were {n} rupees short of the fee.",
    "{Group} are {n} tonnes of aid away from relief.",
)
"""The same copula before a number of something else: no count of the group."""

COUNT_DAY = dt.date(2024, 11, 29)


def _count_pairs(corpus) -> list[tuple[str, str, float]]:
    """(group term, other group, other's latest figure by COUNT_DAY) where that figure is
    more than 15% off every figure of the named group."""
    lex = lexicon(corpus)
    groups = sorted(lex.category_phase)
    pairs = []
    for named in groups:
        own = [f.value for f in sizes(lex, named) if f.value]
        for other in groups:
            known = [f for f in sizes(lex, other) if f.value and f.date and f.date <= COUNT_DAY]
            if other == named or not known or not own:
                continue
            value = max(known, key=lambda f: f.date).value
            if all(abs(value - v) > 0.15 * v for v in own):
                pairs.append((_term(corpus, named), other, value))
    return pairs


def _sentence(shape: str, term: str, value: float) -> str:
    return shape.format(Group=term[0].upper() + term[1:], group=term, n=_written(value))


def test_a_groups_count_after_a_copula_grid(seed_corpus):
    pairs = _count_pairs(seed_corpus)
    assert len(pairs) >= 2
    for term, _other, value in pairs:
        for shape in COPULA_COUNTS:
            text = _sentence(shape, term, value)
            assert found(seed_corpus, text, COUNT_DAY.isoformat()) == ["NL302"], text
        for shape in COPULA_MEASURES:
            text = _sentence(shape, term, value)
            assert found(seed_corpus, text, COUNT_DAY.isoformat()) == [], text


def test_a_groups_own_count_after_a_copula(seed_corpus):
    lex = lexicon(seed_corpus)
    for named in sorted(lex.category_phase):
        known = [f for f in sizes(lex, named) if f.value and f.date and f.date <= COUNT_DAY]
        value = max(known, key=lambda f: f.date).value
        for shape in COPULA_COUNTS:
            text = _sentence(shape, _term(seed_corpus, named), value)
            assert found(seed_corpus, text, COUNT_DAY.isoformat()) == [], text


DOCUMENT_SHAPES = (
    "The cabinet approved an extension of the {doc} for {n} Afghans.",
    "Officials renewed {doc} for some {n} people last week.",
    "The {doc}, held by {n} people, will lapse soon.",
    "The {doc}, which are currently held by about {n} Afghans, will lapse soon.",
    "The {doc} of {n} Afghans were extended.",
)
"""A group's documents of, for or held by a number of people: the group's holders."""

DOCUMENT_LOOK_ALIKES = (
    "The {doc} were extended for {n} days.",
    "The {doc} cost {n} rupees to print.",
    "The deadline for {doc} holders was moved for {n} people's sake.",
)
"""The same words before a number of something else, or with no documents before them."""

DOCUMENTS = {"por": "PoR cards", "acc": "Afghan Citizen Cards"}


def test_a_groups_documents_for_or_held_by_a_number_of_people_grid(seed_corpus):
    pairs = [
        (cid, value)
        for cid in DOCUMENTS
        for term, _other, value in _count_pairs(seed_corpus)
        if term == _term(seed_corpus, cid)
    ]
    assert {cid for cid, _ in pairs} == set(DOCUMENTS)
    for cid, value in pairs:
        for shape in DOCUMENT_SHAPES:
            text = shape.format(doc=DOCUMENTS[cid], n=_written(value))
            assert found(seed_corpus, text, COUNT_DAY.isoformat()) == ["NL302"], text
        for shape in DOCUMENT_LOOK_ALIKES:
            text = shape.format(doc=DOCUMENTS[cid], n=_written(value))
            assert found(seed_corpus, text, COUNT_DAY.isoformat()) == [], text


def test_a_groups_documents_held_by_its_own_number(seed_corpus):
    lex = lexicon(seed_corpus)
    for cid, doc in DOCUMENTS.items():
        known = [f for f in sizes(lex, cid) if f.value and f.date and f.date <= COUNT_DAY]
        value = max(known, key=lambda f: f.date).value
        for shape in DOCUMENT_SHAPES:
            text = shape.format(doc=doc, n=_written(value))
            assert found(seed_corpus, text, COUNT_DAY.isoformat()) == [], text


def _modifiers(corpus, category_id: str) -> list[str]:
    """The group's one-word modifiers that are adjectives ("undocumented", "illegal")."""
    return [
        m
        for m in corpus.ledger.categories[category_id].modifiers
        if m.isalpha() and not m.endswith("ly")
    ]


JOINED_SHAPES = (
    "Pakistan will deport an estimated {n} {a} or {b} foreigners.",
    "Some {n} {a} and {b} Afghans must leave.",
    "Officials counted {n} {a}, {b} migrants in the country.",
)


def test_a_number_before_joined_adjectives_of_one_group_grid(seed_corpus):
    lex = lexicon(seed_corpus)
    undocumented = [
        c
        for c, cat in seed_corpus.ledger.categories.items()
        if cat.documented is False and c in lex.category_phase
    ]
    checked = 0
    for cid in undocumented:
        own = [f.value for f in sizes(lex, cid) if f.value]
        words = _modifiers(seed_corpus, cid)[:3]
        for other, figures in ((c, sizes(lex, c)) for c in lex.figures):
            if other not in lex.category_phase or other == cid:
                continue
            known = [f for f in figures if f.value and f.date and f.date <= COUNT_DAY]
            value = max(known, key=lambda f: f.date).value if known else None
            if value is None or any(abs(value - v) <= 0.15 * v for v in own):
                continue
            for a, b in pairwise(words):
                for shape in JOINED_SHAPES:
                    text = shape.format(n=_written(value), a=a, b=b)
                    assert found(seed_corpus, text, COUNT_DAY.isoformat()) == ["NL302"], text
                    checked += 1
            # the group's own figure, and adjectives of two groups joined, stay silent
            mine = max(
                (f for f in sizes(lex, cid) if f.date and f.date <= COUNT_DAY),
                key=lambda f: f.date,
            )
            text = JOINED_SHAPES[1].format(n=_written(mine.value), a=words[0], b=words[1])
            assert found(seed_corpus, text, COUNT_DAY.isoformat()) == [], text
    assert checked >= len(JOINED_SHAPES)


def test_a_number_before_adjectives_of_two_groups_is_not_compared(seed_corpus):
    for text in (
        "Some 1.4 million registered or undocumented Afghans must leave.",
        "Some 800,000 undocumented and registered Afghans must leave.",
    ):
        assert "NL302" not in found(seed_corpus, text, COUNT_DAY.isoformat()), text


EXPIRED_SHAPES = (
    "The move affects an estimated {n} Afghans holding expired {doc}.",
    "Some {n} refugees with lapsed {doc} must now leave.",
    "Police began rounding up {n} people carrying expired {doc}.",
)
"""People whose group's documents ran out: their number is still that group's size."""


def test_people_holding_a_groups_expired_documents_grid(seed_corpus):
    lex = lexicon(seed_corpus)
    checked = 0
    for cid, doc in DOCUMENTS.items():
        day = lex.lapses[cid] + dt.timedelta(days=30)
        own = [f.value for f in sizes(lex, cid) if f.value]
        for other, figures in ((c, sizes(lex, c)) for c in lex.figures):
            if other == cid or other not in lex.category_phase:
                continue
            known = [f for f in figures if f.value and f.date and f.date <= day]
            value = max(known, key=lambda f: f.date).value if known else None
            if value is None or any(abs(value - v) <= 0.15 * v for v in own):
                continue
            for shape in EXPIRED_SHAPES:
                text = shape.format(n=_written(value), doc=doc)
                assert found(seed_corpus, text, day.isoformat()) == ["NL302"], text
                checked += 1
        mine = max((f for f in sizes(lex, cid) if f.date and f.date <= day), key=lambda f: f.date)
        for shape in EXPIRED_SHAPES:
            text = shape.format(n=_written(mine.value), doc=doc)
            assert found(seed_corpus, text, day.isoformat()) == [], text
    assert checked >= 2 * len(EXPIRED_SHAPES)


@pytest.mark.parametrize(
    "text",
    [
        # holders of expired cards are not said to be the card's group: no conflation
        "Undocumented Afghans holding expired PoR cards were detained.",
        "Illegal immigrants with expired Afghan Citizen Cards face deportation.",
    ],
)
def test_expired_documents_are_no_conflation(seed_corpus, text):
    assert found(seed_corpus, text, "2025-08-05") == []


LONG_DOCUMENTS = {"por": "Proof of Registration (PoR) cards", "acc": "Afghan Citizen Card (ACC)"}


def test_a_groups_documents_by_long_name_and_abbreviation_grid(seed_corpus):
    """ "an extension of the Proof of Registration (PoR) cards for 800,000 Afghans"."""
    pairs = [
        (cid, value)
        for cid in LONG_DOCUMENTS
        for term, _other, value in _count_pairs(seed_corpus)
        if term == _term(seed_corpus, cid)
    ]
    assert {cid for cid, _ in pairs} == set(LONG_DOCUMENTS)
    lex = lexicon(seed_corpus)
    for cid, value in pairs:
        mine = max(
            (f for f in sizes(lex, cid) if f.date and f.date <= COUNT_DAY), key=lambda f: f.date
        )
        for shape in DOCUMENT_SHAPES[:2] + DOCUMENT_SHAPES[4:]:
            text = shape.format(doc=LONG_DOCUMENTS[cid], n=_written(value))
            assert found(seed_corpus, text, COUNT_DAY.isoformat()) == ["NL302"], text
            text = shape.format(doc=LONG_DOCUMENTS[cid], n=_written(mine.value))
            assert found(seed_corpus, text, COUNT_DAY.isoformat()) == [], text


LEGAL_SHAPES = (
    "Some {n} Afghan refugees legally residing in Pakistan may stay.",
    "The extension covers {n} Afghan refugees lawfully living in the country.",
    "About {n} Afghan refugees who are legally residing here were relieved.",
)
"""A bare head restricted by papers of any kind: of the groups with papers, the head's own."""


def test_refugees_restricted_to_people_with_papers_grid(seed_corpus):
    lex = lexicon(seed_corpus)
    refugees = [
        c
        for c, cat in seed_corpus.ledger.categories.items()
        if cat.refugee_status is True and c in lex.category_phase
    ]
    assert refugees
    for cid in refugees:
        own = [f.value for f in sizes(lex, cid) if f.value]
        others = [
            max(
                (f for f in sizes(lex, o) if f.date and f.date <= COUNT_DAY), key=lambda f: f.date
            ).value
            for o, c in seed_corpus.ledger.categories.items()
            if o in lex.category_phase and c.documented is True and c.refugee_status is False
        ]
        mine = max(
            (f for f in sizes(lex, cid) if f.date and f.date <= COUNT_DAY), key=lambda f: f.date
        )
        assert others
        for shape in LEGAL_SHAPES:
            for value in others:
                if all(abs(value - v) > 0.15 * v for v in own):
                    text = shape.format(n=_written(value))
                    assert found(seed_corpus, text, COUNT_DAY.isoformat()) == ["NL302"], text
            text = shape.format(n=_written(mine.value))
            assert found(seed_corpus, text, COUNT_DAY.isoformat()) == [], text


def test_a_head_of_no_group_with_papers_is_not_narrowed(seed_corpus):
    # "migrants" heads the undocumented: with "legally" the phrase names no one group
    text = "Some 800,000 Afghan migrants legally residing in Pakistan may stay."
    assert found(seed_corpus, text, COUNT_DAY.isoformat()) == []


DOCUMENTS_OF_HEAD = (
    "The envoy thanked Pakistan for extending the {doc} of almost {n} Afghan refugees.",
    "The cabinet renewed {doc} for {n} Afghan refugees last week.",
)
"""A group's documents of a number under a bare head: the number counts the holders."""


def test_a_groups_documents_before_a_bare_head_grid(seed_corpus):
    lex = lexicon(seed_corpus)
    checked = 0
    for cid, doc in DOCUMENTS.items():
        mine = max(
            (f for f in sizes(lex, cid) if f.date and f.date <= COUNT_DAY), key=lambda f: f.date
        )
        own = [f.value for f in sizes(lex, cid) if f.value]
        for other in DOCUMENTS:
            if other == cid:
                continue
            theirs = max(
                (f for f in sizes(lex, other) if f.date and f.date <= COUNT_DAY),
                key=lambda f: f.date,
            )
            if any(abs(theirs.value - v) <= 0.15 * v for v in own):
                continue
            for shape in DOCUMENTS_OF_HEAD:
                text = shape.format(doc=doc, n=_written(theirs.value))
                # another group's figure given to the holders of these documents
                assert found(seed_corpus, text, COUNT_DAY.isoformat()) == ["NL302"], text
                checked += 1
        for shape in DOCUMENTS_OF_HEAD:
            text = shape.format(doc=doc, n=_written(mine.value))
            assert "NL302" not in found(seed_corpus, text, COUNT_DAY.isoformat()), text
    assert checked >= len(DOCUMENTS_OF_HEAD)
