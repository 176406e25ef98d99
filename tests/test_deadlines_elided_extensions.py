"""An extension told in a clause after "but" that has no subject of its own (round 23): "The
legal stay of … expired on <day> but was extended by <n> months". The clause goes on with the
subject of the clause before, so what it extends is what that clause named; its length (or its
new end) is judged by that event's link, as "… expired on <day> and was extended by …" is. A
clause after "but" with its own subject, or one about another thing, stays unjudged. Values come
from the loaded ledger: the validity chains' links announced after the end they replaced."""

import datetime as dt

from .deadlines_support import codes, full_day, ledger_orders

CHAINS = ("por_validity_2012_2018", "por_validity_chain")
LENGTH_FORMS = (
    "The legal stay of registered Afghan refugees expired on {old} but was extended by {n} "
    "months by the federal cabinet.",
    "Proof of Registration cards held by Afghan refugees lapsed on {old}, but were later "
    "extended by {n} months.",
)
END_FORMS = (
    "The legal stay of registered Afghan refugees expired on {old} but was extended to {new} "
    "by the federal cabinet.",
)
LOOK_ALIKES = (
    "The legal stay of registered Afghan refugees expired on {old} but talks were extended by "
    "{n} months.",
    "The legal stay of registered Afghan refugees expired on {old} but the visa of a cricket "
    "team was extended by {n} months.",
)
MAX_MONTHS = 12


def _months(old: dt.date, new: dt.date) -> int:
    return (new.year - old.year) * 12 + new.month - old.month


def _links(corpus):
    """(old end, new end, a text date five days after the announcement) of each link
    announced after the end it replaced (the end is past when the text tells it) and at most a
    year long (longer ones news tells in years)."""
    return [
        (link.previous, link.date, link.announced + dt.timedelta(days=5))
        for order in ledger_orders(corpus, *CHAINS)
        for link in order.chain()
        if link.previous and link.date and link.announced and link.announced > link.previous
        if _months(link.previous, link.date) <= MAX_MONTHS
    ]


def test_an_elided_extension_is_judged_by_the_link_of_what_expired(seed_corpus):
    wrong = []
    for old, new, when in _links(seed_corpus):
        n = _months(old, new)
        for form in LENGTH_FORMS:
            for months, expected in ((n, []), (n + 2, ["NL101"])):
                text = form.format(old=full_day(old), n=months)
                if codes(seed_corpus, text, when.isoformat()) != expected:
                    wrong.append(f"{when}: {text}")
        for form in END_FORMS:
            for end, expected in ((new, []), (new + dt.timedelta(days=92), ["NL101"])):
                text = form.format(old=full_day(old), new=full_day(end))
                if codes(seed_corpus, text, when.isoformat()) != expected:
                    wrong.append(f"{when}: {text}")
    assert wrong == [], "\n".join(wrong)


def test_a_but_clause_about_another_thing_stays_silent(seed_corpus):
    loud = []
    for old, new, when in _links(seed_corpus):
        for form in LOOK_ALIKES:
            text = form.format(old=full_day(old), n=_months(old, new) + 2)
            if codes(seed_corpus, text, when.isoformat()):
                loud.append(f"{when}: {text}")
    assert loud == []
