"""When deportations began, as reports tell it (issue 11, round 5): "the first round of
deportations began in November 2024", "authorities began expelling Afghan refugees last year".
A month or a year (also relative to the text's date) is held to the event's recorded dates.
Grids cross sentence shapes with the seed ledger's own national orders (values read from the
loaded ledger): the recorded time stays silent, a year no national order records is reported."""

import datetime as dt

from .deadlines_support import reported

ORDINAL_WORDS = {1: "first", 2: "second", 3: "third"}
GROUPS = {"undocumented": "undocumented Afghans", "acc": "ACC holders", "por": "PoR card holders"}


def _orders(corpus):
    return [
        d
        for d in corpus.ledger.deadlines.values()
        if d.enforcement_from is not None and d.national and not d.steps
    ]


def _quiet_year(corpus, near: int) -> int:
    """The year nearest ``near`` in which no national order records any date."""
    taken = set()
    for d in _orders(corpus):
        days = {*d.accepted_dates(), d.announced, d.enforcement_from}
        taken |= {x.year for x in days if x is not None}
    return min(
        (y for y in range(near - 3, near + 4) if y not in taken), key=lambda y: abs(y - near)
    )


def _phase_grid(corpus):
    """(text, draft date, should report) for reports naming the phase or the group."""
    templates = (
        "The {nth} round of deportations began {time} and saw thousands of Afghans leave.",
        "Deportations of {group} started {time}, officials said.",
        "The {nth} phase of the crackdown on {group} was launched {time}.",
        "Pakistani authorities began deporting {group} {time}.",
    )
    for deadline in _orders(corpus):
        if deadline.phase not in ORDINAL_WORDS or deadline.targets[0] not in GROUPS:
            continue
        start = deadline.enforcement_from
        when = dt.date(start.year + 1, 7, 15)
        quiet = _quiet_year(corpus, start.year)
        times = (
            (f"in {start:%B} {start.year}", False),
            (f"in {start.year}", False),
            ("last year", quiet == when.year - 1),
            (f"in {start:%B} {quiet}", True),
            (f"in {quiet}", True),
        )
        for template in templates:
            for time, bad in times:
                text = template.format(
                    nth=ORDINAL_WORDS[deadline.phase], group=GROUPS[deadline.targets[0]], time=time
                )
                yield text, when.isoformat(), bad


def test_a_reported_start_names_its_phase_grid(seed_corpus):
    wrong = [
        (text, when, bad)
        for text, when, bad in _phase_grid(seed_corpus)
        if [c for c, _, _ in reported(seed_corpus, text, when)] != (["NL101"] if bad else [])
    ]
    assert wrong == []


def test_the_campaigns_start_relative_to_the_text(seed_corpus):
    """ "began expelling Afghan refugees last year": the campaign's first order, with the year
    read from the text's date."""
    first = min(_orders(seed_corpus), key=lambda d: d.enforcement_from)
    start = first.enforcement_from
    templates = (
        "Pakistani authorities began expelling Afghan refugees {time}.",
        "The process of deporting Afghan refugees began {time} and continues.",
        "Pakistan's deportation drive started {time}, affecting thousands of families.",
    )
    for template in templates:
        right = dt.date(start.year + 1, 3, 1)  # "last year" is the start's year
        wrong = dt.date(start.year + 2, 7, 19)  # two years on
        quiet = _quiet_year(seed_corpus, start.year)
        text = template.format(time="last year")
        assert reported(seed_corpus, text, right.isoformat()) == [], text
        if quiet == wrong.year - 1:
            assert [c for c, _, _ in reported(seed_corpus, text, wrong.isoformat())] == ["NL101"]
        assert (
            reported(seed_corpus, template.format(time=f"in {start.year}"), wrong.isoformat()) == []
        )


def test_a_reported_start_look_alikes(seed_corpus):
    """Another country's campaign, voluntary returns, a later wave, something else that began,
    a weekday (a day-precise report is held to the start: tests/test_deadlines_start_days.py),
    and a start not told as begun."""
    first = min(_orders(seed_corpus), key=lambda d: d.enforcement_from)
    day = dt.date(first.enforcement_from.year + 2, 7, 19).isoformat()
    texts = (
        "Iran began deporting Afghans last year.",
        "Afghans began returning home last year.",
        "A new wave of deportations began last year.",
        "Talks on the deportation of Afghans began last year.",
        "Deportations began on Monday last week.",
        "Deportations have not begun last year, as had been planned.",
        "The repatriation of Afghan refugees began in 2002.",
        # a relative year in a sentence that gives another year: relative to which?
        f"The minister told parliament in {first.enforcement_from.year + 1} that Pakistan "
        "began deporting illegal Afghans last year.",
    )
    noisy = [t for t in texts if reported(seed_corpus, t, day)]
    assert noisy == []


def test_more_shapes_of_a_reported_start(seed_corpus):
    """Word orders and phrasings of the same report: an adverb before the time, a lead-in
    ("in late …"), a subordinate or relative clause, a participle set off by commas, a
    campaign "of" deportations, a crackdown "on" a group."""
    first = min(_orders(seed_corpus), key=lambda d: d.enforcement_from)
    quiet = _quiet_year(seed_corpus, first.enforcement_from.year)
    day = dt.date(first.enforcement_from.year + 2, 7, 19).isoformat()
    start = first.enforcement_from
    shapes = (
        "Deportations began in earnest in {time}.",
        "Pakistan began its crackdown on illegal Afghans in {time}.",
        "The expulsion of Afghans started in late {time}.",
        "Since the deportation drive began in {time}, more than 800,000 have left.",
        "The crackdown, which began in {time}, has forced thousands out.",
        "Pakistan's expulsion campaign, launched in {time}, targeted undocumented Afghans.",
        "Authorities began a campaign of mass deportations in {time}.",
        "Islamabad began deporting undocumented Afghans in {time}.",
    )
    wrong = []
    for shape in shapes:
        bad = shape.format(time=str(quiet))
        good = shape.format(time=f"{start:%B} {start.year}")
        if [c for c, _, _ in reported(seed_corpus, bad, day)] != ["NL101"]:
            wrong.append(bad)
        if "late" not in shape and reported(seed_corpus, good, day):
            wrong.append(good)
    assert wrong == []


def test_a_local_operation_or_a_month_alone_is_left_alone(seed_corpus):
    first = min(_orders(seed_corpus), key=lambda d: d.enforcement_from)
    quiet = _quiet_year(seed_corpus, first.enforcement_from.year)
    day = dt.date(first.enforcement_from.year + 2, 7, 19).isoformat()
    texts = (
        f"Deportations of Afghans from Balochistan began in June {quiet}.",
        "Deportations in Karachi began last year.",
        "The deportations that began last month have slowed.",
        "Deportations began in June, officials said.",
    )
    assert [t for t in texts if reported(seed_corpus, t, day)] == []


def test_a_start_told_before_the_campaign_the_ledger_knows(seed_corpus):
    """A text written before the first order was known tells of another campaign."""
    first = min(_orders(seed_corpus), key=lambda d: d.enforcement_from)
    day = (first.announced - dt.timedelta(days=80)).isoformat()
    assert reported(seed_corpus, "Islamabad launched a deportation drive last year.", day) == []
