"""Extensions of a validity chain as reports tell them (issue 11, round 5): the length of an
extension given to people in general ("the decision to extend the refugee status of Afghans for
six months") is that of the chain's link announced just before the text; "The extension has been
granted until …" refers back to the chain named before. Values are read from the loaded ledger."""

import datetime as dt

from .deadlines_support import NUMBER_WORDS, claims, reported


def _links(corpus):
    """(announced, previous, new) of each extension of the PoR cards' validity chain."""
    chain = corpus.ledger.deadlines["por_validity_chain"]
    return [
        (link.announced, link.previous, link.date)
        for link in chain.chain()
        if link.announced and link.previous and link.date
    ]


def _months(days: int) -> int:
    return round(days / 30.44)


def _length(months: int) -> str:
    return "one year" if months == 12 else f"{NUMBER_WORDS[months]} months"


LENGTH_TEMPLATES = (
    "The decision to extend the refugee status of Afghans for {length} is a step forward.",
    "Afghans were allowed to stay for another {length} after the cabinet's decision.",
    "The government extended the stay of Afghan refugees by {length}, officials said.",
)


def test_the_length_of_the_extension_just_made_grid(seed_corpus):
    """Reported when the chain's link is the only extension that can be meant; when an order
    is in force too, silent, saying so."""
    wrong, judged = [], 0
    for announced, previous, new in _links(seed_corpus):
        when = (announced + dt.timedelta(days=1)).isoformat()
        months = _months((new - previous).days)
        other = months + 3 if months + 3 <= 12 else months - 3
        for template in LENGTH_TEMPLATES:
            for length, bad in ((_length(other), True), (_length(months), False)):
                text = template.format(length=length)
                found = [c for c, _, _ in reported(seed_corpus, text, when)]
                if bad and not found:
                    (claim,) = claims(seed_corpus, text, when)
                    if "not one group with one order in force" in claim.why_none:
                        continue  # another order in force then: the record cannot decide
                judged += bad
                if found != (["NL101"] if bad else []):
                    wrong.append((text, when, found))
    assert wrong == []
    assert judged >= 2 * len(LENGTH_TEMPLATES)


def test_the_length_of_an_extension_look_alikes(seed_corpus):
    """Lengths given as alternatives, long after any link, or for another country."""
    announced, previous, new = _links(seed_corpus)[-1]
    months = _months((new - previous).days)
    other = _length(months + 3 if months + 3 <= 12 else months - 3)
    texts = (
        (f"Afghans could get an extension of their stay for {other} or {_length(months)}.", 1),
        (f"The decision to extend the refugee status of Afghans for {other} was welcomed.", 200),
        (f"Iran extended the stay of Afghan refugees by {other}.", 1),
    )
    noisy = [
        t
        for t, after in texts
        if reported(seed_corpus, t, (announced + dt.timedelta(days=after)).isoformat())
    ]
    assert noisy == []


def test_the_extension_refers_back_to_the_chain(seed_corpus):
    """ "The extension has been granted until …" after a sentence about the cards."""
    wrong = []
    for announced, previous, new in _links(seed_corpus):
        when = (announced + dt.timedelta(days=1)).isoformat()
        later = new + dt.timedelta(days=184)
        for value, bad in ((later, True), (new, False)):
            for second in (
                "The extension has been granted until {date}.",
                "This extension runs until {date}, the ministry said.",
            ):
                text = (
                    f"The cabinet approved an extension of the validity of PoR cards. Their "
                    f"PoR cards had expired on {previous:%B} {previous.day}, {previous.year}. "
                    + second.format(date=f"{value:%B} {value.day}, {value.year}")
                )
                found = [c for c, _, _ in reported(seed_corpus, text, when)]
                if found != (["NL101"] if bad else []):
                    wrong.append((text, when, found))
    assert wrong == []


def test_an_extension_of_something_else_is_not_referred_back(seed_corpus):
    announced, previous, new = _links(seed_corpus)[-1]
    later = new + dt.timedelta(days=184)
    text = (
        f"Their PoR cards had expired on {previous:%B} {previous.day}, {previous.year}. Talks "
        f"were postponed until {later:%B} {later.day}, {later.year}."
    )
    assert reported(seed_corpus, text, (announced + dt.timedelta(days=1)).isoformat()) == []


# ---------------------------------------------------------------------------------------------
# A cut-off to leave given to a group whose documents were valid past it


VALID_TEMPLATES = (
    "The government has set a {date} deadline for PoR card holders to exit Pakistan.",
    "PoR card holders have been told to leave the country by {date}.",
    "Afghan refugees holding PoR cards must leave Pakistan before {date}, officials said.",
)


def _valid_grid(corpus, offsets):
    """(text, draft date, value) ten days after each link of the chain was announced."""
    for announced, _, new in _links(corpus):
        when = announced + dt.timedelta(days=10)
        for template in VALID_TEMPLATES:
            for value in offsets(when, new):
                yield template.format(date=f"{value:%B} {value.day}, {value.year}"), when


def test_a_deadline_to_leave_while_the_cards_are_valid(seed_corpus):
    wrong = [
        (text, when)
        for text, when in _valid_grid(seed_corpus, lambda when, new: [when + dt.timedelta(20)])
        if [c for c, _, _ in reported(seed_corpus, text, when.isoformat())] != ["NL101"]
    ]
    assert wrong == []


def test_a_deadline_to_leave_while_the_cards_are_valid_look_alikes(seed_corpus):
    """The validity's own end, and a date after it (a later order the ledger may lack)."""
    noisy = [
        (text, when)
        for text, when in _valid_grid(seed_corpus, lambda when, new: [new, new + dt.timedelta(30)])
        if reported(seed_corpus, text, when.isoformat())
    ]
    assert noisy == []


# ---------------------------------------------------------------------------------------------
# A stay that ended, and documents referred back to


def test_a_stay_that_ended_is_the_documents_validity(seed_corpus):
    """ "the stay of PoR card holders ended on …": the cards' validity, held to the chain."""
    new = _links(seed_corpus)[-1][2]
    when = (new + dt.timedelta(days=25)).isoformat()
    wrong = new - dt.timedelta(days=91)
    for template in (
        "The FO said the stay of PoR card holders ended on {date}.",
        "PoR card holders were told their stay in Pakistan had ended on {date}.",
    ):
        for value, bad in ((wrong, True), (new, False)):
            text = template.format(date=f"{value:%B} {value.day}")
            found = [c for c, _, _ in reported(seed_corpus, text, when)]
            assert found == (["NL101"] if bad else []), text


def test_documents_referred_back_are_the_named_groups(seed_corpus):
    """ "The cards will now remain valid until …" after the cards' extension is the chain's;
    "Their cards expired on …" after a sentence about an order for the same group is still the
    cards' own date, not the order's."""
    for announced, _, new in _links(seed_corpus):
        when = (announced + dt.timedelta(days=2)).isoformat()
        later = new + dt.timedelta(days=184)
        first = "The cabinet approved an extension of PoR cards. "
        for value, bad in ((later, True), (new, False)):
            text = (
                first
                + f"The cards will now remain valid until {value:%B} {value.day}, {value.year}."
            )
            assert [c for c, _, _ in reported(seed_corpus, text, when)] == (
                ["NL101"] if bad else []
            ), text
    order = seed_corpus.ledger.deadlines["ifrp_phase3_por"]
    chain_end = _links(seed_corpus)[-1][2]
    text = (
        f"Pakistan will start deporting PoR card holders on {order.date:%B} {order.date.day}, "
        f"{order.date.year}. Their cards expired on {chain_end:%B} {chain_end.day}."
    )
    assert reported(seed_corpus, text, (order.announced + dt.timedelta(days=2)).isoformat()) == []


def test_the_new_cut_off_of_the_extension_just_made(seed_corpus):
    """People in general, an extension's new cut-off, days after a link was announced: the
    link's own stays silent, another is reported unless an order is in force besides (then
    silent, saying so); months later nothing is said (another extension may have come)."""
    wrong, judged = [], 0
    for announced, _, new in _links(seed_corpus):
        later = new + dt.timedelta(days=184)
        for after, value, bad in ((2, later, True), (2, new, False)):
            when = (announced + dt.timedelta(days=after)).isoformat()
            text = (
                "The cabinet approved an extension for Afghan refugees. The extension runs "
                f"until {value:%B} {value.day}, {value.year}."
            )
            found = [c for c, _, _ in reported(seed_corpus, text, when)]
            if bad and not found:
                claim = claims(seed_corpus, text, when)[-1]
                if "not one group with one order in force" in claim.why_none:
                    continue
            judged += bad
            if found != (["NL101"] if bad else []):
                wrong.append((text, when, found))
    assert wrong == []
    assert judged >= 2
    announced, _, new = _links(seed_corpus)[-1]  # long after the last link: nothing is said
    later = new + dt.timedelta(days=184)
    text = (
        "The cabinet approved an extension for Afghan refugees. The extension runs until "
        f"{later:%B} {later.day}, {later.year}."
    )
    assert reported(seed_corpus, text, (announced + dt.timedelta(days=120)).isoformat()) == []
