"""An extension's new cut-off after "by" (issue 11, round 24): "the government of Pakistan has
extended the deadline for Afghan refugees to go back to Afghanistan by March 31" (the class of
dev news-r21-dl-006) gives the day the extended deadline falls on, as "extended the deadline to
…" does; it was read as a plain cut-off, which a chain's recorded old end satisfies. "by <day>"
after a deadline noun that a verb of extension governs ("extended the deadline for … by …") is
now read as the extension's new end (``dates_cues._extended_deadline_by``), so the old end given
for it is reported. news-r21-dl-006 itself stays missed: it is written 52 days after the link's
announcement (past the month in which an extension for people in general is taken for the
latest link), and its stale day is also the previous link's new end.

Grid: each link of the 2012-2018 PoR validity chain that the ledger records with its
announcement, in a text written five days after it: the new end silent, the old end reported.
Look-alikes with the old end stay silent: the extension refused ("decided not to extend the
deadline … by …").
"""

import datetime as dt

from .deadlines_support import codes, full_day

CHAIN = "por_validity_2012_2018"

FORMS = (
    "The government has extended the deadline for Afghan refugees to return home by {date}.",
    "Pakistan on Tuesday extended the deadline for registered Afghans to go back by {date}, an"
    " official said.",
)
LOOK_ALIKES = (
    "The government decided not to extend the deadline for Afghan refugees to return home by"
    " {date}.",
)


def _links(corpus) -> list[tuple[str, dt.date, dt.date]]:
    """(text date, old end, new end) of each announced link, five days after its announcement."""
    return [
        ((link.announced + dt.timedelta(days=5)).isoformat(), link.previous, link.date)
        for link in corpus.ledger.deadlines[CHAIN].chain()
        if link.announced is not None and link.previous is not None and link.date is not None
    ]


def test_the_chain_has_links_to_check(seed_corpus):
    assert len(_links(seed_corpus)) >= 3


def test_the_new_end_after_by_is_held_to_the_link(seed_corpus):
    wrong = []
    for when, old, new in _links(seed_corpus):
        for form in FORMS:
            if codes(seed_corpus, form.format(date=full_day(new)), when):
                wrong.append(f"right {when}: {form.format(date=full_day(new))}")
            if codes(seed_corpus, form.format(date=full_day(old)), when) != ["NL101"]:
                wrong.append(f"old {when}: {form.format(date=full_day(old))}")
    assert wrong == []


def test_a_refused_extension_stays_silent(seed_corpus):
    loud = [
        f"{when}: {form.format(date=full_day(old))}"
        for when, old, _ in _links(seed_corpus)
        for form in LOOK_ALIKES
        if codes(seed_corpus, form.format(date=full_day(old)), when)
    ]
    assert loud == []
