"""A stay told by the infinitive of staying in a clause of extension (issue 11, round 24): "the
Federal government has given another extension of three months to the Afghan refugees to stay
in Pakistan" (dev news-r19-dm-024, an edited length) names the leave to remain of the refugees,
as "extended the stay of Afghan refugees by three months" does. Only the stay noun was read as
one (``dates_clues._stay_noun``); "to stay", "to remain", "to reside" in a clause with a word of
extension now is too (``dates_words.stay_granted``), so the length is held to the link of the
PoR validity chain in force at the text's date (``dates_generic._stay_extended``).

Grid: each link of the 2012-2018 validity chain that the ledger records with its announcement,
its old end and its new end, in a text written 45 days after the announcement (past the month
in which any extension is taken for the latest link) and before the next link was announced:
the link's own length in months silent, a length two months shorter reported. Look-alikes with
the wrong length stay silent: a stay with no extension ("given N months to stay in the camps"),
an extension of something else for people who want to stay (a relative clause, a verb of
wanting before "to stay").
"""

import datetime as dt

from .deadlines_support import codes

CHAIN = "por_validity_2012_2018"
WRITTEN_AFTER = dt.timedelta(days=45)

FORMS = (
    "The cabinet has granted a further extension of {n} months for Afghan refugees to remain in"
    " the country.",
    "Afghan refugees were given another {n}-month extension to stay in Pakistan, an official said.",
)
LOOK_ALIKES = (
    "Afghan refugees were given {n} months to stay in the camps.",
    "The trade fair was extended by {n} months for Afghans wishing to stay on.",
    "The government extended the registration drive by {n} months for Afghan refugees who want"
    " to stay to obtain new cards.",
    "The census was extended by {n} months so that Afghan refugees hoping to remain could be"
    " counted.",
)


def _links(corpus) -> list[tuple[str, int]]:
    """(text date, length in months) of each link written about 45 days after its announcement,
    before the next link's announcement."""
    links = list(corpus.ledger.deadlines[CHAIN].chain())
    found = []
    for link, after in zip(links, [*links[1:], None], strict=True):
        if link.announced is None or link.previous is None or link.date is None:
            continue
        months = round((link.date - link.previous).days / 30.44)
        when = link.announced + WRITTEN_AFTER
        if months < 3 or (after is not None and after.announced and after.announced <= when):
            continue
        found.append((when.isoformat(), months))
    return found


def test_the_chain_has_links_to_check(seed_corpus):
    assert len(_links(seed_corpus)) >= 2


def test_an_extension_to_stay_is_held_to_the_link_in_force(seed_corpus):
    wrong = []
    for when, months in _links(seed_corpus):
        for form in FORMS:
            if codes(seed_corpus, form.format(n=months), when):
                wrong.append(f"right {when}: {form.format(n=months)}")
            if codes(seed_corpus, form.format(n=months - 2), when) != ["NL101"]:
                wrong.append(f"wrong {when}: {form.format(n=months - 2)}")
    assert wrong == []


def test_a_stay_without_an_extension_stays_silent(seed_corpus):
    loud = [
        f"{when}: {form.format(n=months - 2)}"
        for when, months in _links(seed_corpus)
        for form in LOOK_ALIKES
        if codes(seed_corpus, form.format(n=months - 2), when)
    ]
    assert loud == []
