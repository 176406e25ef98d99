"""A title of an office several people hold at once (the Taliban administration's deputy
prime ministers, the UN's deputy special representatives for Afghanistan) given to someone the
ledger never records in it is wrong when the ledger keeps that office's holders (at least two
on the date, the person not among them) and records the person then in a post of that country
that one person holds at a time, whose titles lack the title's words: NL402, naming the post
held ("Taliban's Deputy Prime Minister Mawlavi Amir Khan Muttaqi" in March 2024; dev
news-r6-ttl-063). Before, any office held by several at once was never judged.

Silent: one of the recorded holders, a title written as past or set at the time, an office of
which the ledger records fewer holders (a party's spokespeople), and the person's own office
written with the title's words."""

import pytest

from .conftest import lint_text

DEPUTY_PM = ("Deputy Prime Minister", "Taliban Deputy Prime Minister")
DEPUTY_SRSG = ("Deputy Special Representative for Afghanistan",)

# (date, name, the post on record that day, titles of an office several hold at once that the
# person never held)
HELD = [
    ("2024-03-15", "Amir Khan Muttaqi", "Foreign Minister", DEPUTY_PM),
    ("2023-11-20", "Sirajuddin Haqqani", "Interior Minister", DEPUTY_PM),
    ("2024-06-12", "Nooruddin Azizi", "Commerce", DEPUTY_PM),
    ("2025-06-01", "Roza Otunbayeva", "Special Representative", DEPUTY_SRSG),
]
CASES = [(d, n, p, t) for d, n, p, titles in HELD for t in titles]

FRAMES = [
    "{title} {name} called for improved ties on Friday.",
    "{name}, the {title}, told reporters the talks would go on.",
    "KABUL: {title} {name} on Tuesday chaired a meeting.",
]


def _codes(corpus, text, date):
    return [f.code for f in lint_text(corpus, text, date=date, codes=("NL401", "NL402"))]


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize(("date", "name", "held", "title"), CASES)
def test_a_title_several_hold_that_the_person_never_held_is_wrong(
    seed_corpus, frame, date, name, held, title
):
    text = frame.format(title=title, name=name)
    findings = lint_text(seed_corpus, text, date=date, codes=("NL401", "NL402"))
    assert [f.code for f in findings] == ["NL402"], (text, date)
    assert held in findings[0].message, findings[0].message


LOOK_ALIKES = [
    # a recorded holder of the office
    ("2024-03-15", "Deputy Prime Minister Abdul Ghani Baradar called for improved ties."),
    ("2024-03-15", "Abdul Salam Hanafi, the Deputy Prime Minister, met the envoy."),
    # written as past, or set at the time of the events
    ("2024-03-15", "Former Deputy Prime Minister Amir Khan Muttaqi called for improved ties."),
    ("2024-03-15", "Muttaqi, at the time the deputy prime minister, met the envoy."),
    # the ledger records one holder (or none) of a party's spokespeople
    ("2024-06-12", "PML-N spokesperson Ishaq Dar said talks would go on."),
    # the person's own office, written with its words
    ("2024-03-15", "Foreign Minister Amir Khan Muttaqi called for improved ties."),
    ("2025-06-01", "Special Representative Roza Otunbayeva met the envoy."),
]


@pytest.mark.parametrize(("date", "text"), LOOK_ALIKES)
def test_look_alikes_stay_silent(seed_corpus, date, text):
    assert _codes(seed_corpus, text, date) == [], text
