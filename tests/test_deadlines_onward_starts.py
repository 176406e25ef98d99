"""A day an act runs on from, worded by a present participle of starting ("arrangements for
their repatriation starting from November 15", issue 11, round 10; dev news-r6-dl-041): the
participle before "from" says what an order says ("from that day on"), so the day is the
enforcement start with no "will" or plan word beside it. Days and groups come from the seed
ledger's first national order; look-alikes (a polio campaign, an arrival, a report's past
"began from") stay silent or are left to the report reader."""

import datetime as dt

from .deadlines_support import codes, month_day

SHAPES = (
    "The government completed arrangements for the repatriation of {group} starting from {day}.",
    "Officials finalised the deportation of {group} starting from {day}, the ministry said.",
    "Police have readied holding centres for the expulsion of {group} beginning from {day}.",
)
GROUPS = ("illegal foreigners", "undocumented Afghans")


def _first_order(corpus):
    orders = [
        d
        for d in corpus.ledger.deadlines.values()
        if d.enforcement_from is not None and d.national and not d.steps
    ]
    return min(orders, key=lambda d: d.enforcement_from)


def test_an_act_starting_from_a_day_is_held_to_the_enforcement_start(seed_corpus):
    start = _first_order(seed_corpus).enforcement_from
    when = (start - dt.timedelta(days=1)).isoformat()
    misses = []
    for shape in SHAPES:
        for group in GROUPS:
            for day, wrong in ((start, False), (start + dt.timedelta(days=14), True)):
                text = shape.format(group=group, day=month_day(day))
                if codes(seed_corpus, text, when) != (["NL101"] if wrong else []):
                    misses.append(text)
    assert misses == []


def test_look_alikes_of_an_onward_day_stay_silent(seed_corpus):
    start = _first_order(seed_corpus).enforcement_from
    when = (start - dt.timedelta(days=1)).isoformat()
    day = month_day(start + dt.timedelta(days=14))
    texts = (
        f"A polio campaign starting from {day} will cover 40 districts.",
        f"Afghans who arrived starting from {day} were registered.",
        f"Classes at the refugee schools resume starting from {day}.",
    )
    for text in texts:
        assert codes(seed_corpus, text, when) == [], text
