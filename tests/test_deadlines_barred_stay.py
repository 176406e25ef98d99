"""A stay barred past a date, or bound to a permit (round 7): "will not be allowed to stay in
Islamabad after <date>", "from <date>, no Afghan nationals will be permitted to remain",
"cannot remain … beyond <date>", "will need an NOC to stay beyond <date>" give the cut-off. The
negation inverts a permission; a negated act ("will not be deported after") cancels the order
and stays silent, as do a date of arrival, a question and a stay people chose. Values are read
from the loaded ledger (the capital territory's NOC order and the first national phase). Round
10: a name set off by commas between the stay and its date ("reside in the federal capital,
Islamabad, beyond <date>") is read past; a clause set off by commas still ends the frame."""

import datetime as dt

import pytest

from .deadlines_support import assert_wrong_fires_right_silent, codes, ledger_orders, month_day

ICT = "islamabad_noc_2024_12"
NATIONAL = "ifrp_phase1"


@pytest.fixture
def orders(seed_corpus):
    return ledger_orders(seed_corpus, ICT, NATIONAL)


BARRED_FORMS = (
    "Afghan nationals will not be permitted to remain in Islamabad after {date}, officials said.",
    "Under a new rule, from {date} no Afghans will be allowed to stay in Islamabad without NOCs.",
    "Afghans cannot stay in the ICT beyond {date} unless they hold a no-objection certificate.",
    "No Afghan national may reside in Islamabad past {date} without police permission.",
    "Afghans in Islamabad will require an NOC from the district office to stay after {date}.",
    "Afghan nationals would need a no-objection certificate to remain in Islamabad beyond {date}.",
)


def test_a_barred_stay_gives_the_cut_off(seed_corpus, orders):
    ict, _ = orders
    when = (ict.announced + dt.timedelta(days=1)).isoformat()
    wrong = ict.date + dt.timedelta(days=31)
    assert_wrong_fires_right_silent(seed_corpus, BARRED_FORMS, ict.date, wrong, when)


NAME_ASIDE_FORMS = (
    "Afghan nationals will not be permitted to reside in the federal capital, Islamabad, beyond "
    "{date} unless they obtain a special certificate.",
    "Afghans cannot stay in the capital territory, Islamabad Capital Territory, after {date} "
    "without an NOC.",
    "No Afghan national will be allowed to remain in the city, Islamabad, past {date}, the "
    "interior minister announced.",
)


def test_a_barred_stay_past_a_name_in_apposition(seed_corpus, orders):
    ict, _ = orders
    when = (ict.announced + dt.timedelta(days=1)).isoformat()
    wrong = ict.date + dt.timedelta(days=15)
    assert_wrong_fires_right_silent(seed_corpus, NAME_ASIDE_FORMS, ict.date, wrong, when)


NOUN_ASIDE_FORMS = (
    "Afghan citizens will not be allowed to live in Islamabad without a No Objection "
    "Certificate (NOC), a government-issued permission document, after {date}.",
    "Afghans may not stay in Islamabad without an NOC, a permit issued by the district "
    "administration, beyond {date}, officials said.",
    "No Afghan national will be permitted to reside in Islamabad without a certificate, an "
    "official permission from the police, past {date}.",
)
"""Round 12: a noun in apposition set off by commas (", a government-issued permission
document,") is read past as a name is, and does not count against the reach."""


def test_a_barred_stay_past_a_noun_in_apposition(seed_corpus, orders):
    ict, _ = orders
    when = (ict.announced + dt.timedelta(days=1)).isoformat()
    wrong = ict.date + dt.timedelta(days=31)
    assert_wrong_fires_right_silent(seed_corpus, NOUN_ASIDE_FORMS, ict.date, wrong, when)


def test_a_barred_stay_of_another_group_and_order(seed_corpus, orders):
    _, national = orders
    when = (national.announced + dt.timedelta(days=10)).isoformat()
    last = national.date - dt.timedelta(days=1)  # "not allowed to stay after" the last day
    for text in (
        "Undocumented foreigners will not be allowed to stay in Pakistan after {date}.",
        "After {date}, illegal immigrants may not remain in the country, the cabinet said.",
    ):
        wrong = month_day(last + dt.timedelta(days=30))
        assert codes(seed_corpus, text.format(date=wrong), when) == ["NL101"], text
        assert codes(seed_corpus, text.format(date=month_day(last)), when) == [], text


LOOK_ALIKES = (
    "Afghans in Islamabad will not be deported after {date}, the minister said.",  # act negated
    "Afghans who arrived after {date} will not be allowed to stay in Islamabad.",  # arrival
    "Officials did not say whether Afghans may stay in Islamabad after {date}.",  # a question
    "Many Afghans did not stay in Islamabad after {date} because rents rose.",  # what they did
    "Afghans will not need an NOC to stay in Islamabad beyond {date}, the court said.",
    "The minister said on {date} that Afghans would not be allowed to stay in Islamabad.",
    # round 10: a clause between commas, not a name, ends the frame
    "Afghans were not allowed to stay in Islamabad, police said, and after {date} many left.",
    "Afghans did not stay in the capital, Islamabad, after {date} because rents rose.",
    # round 12: past a noun in apposition, a permission not negated sets no cut-off
    "Afghans will be allowed to live in Islamabad with an NOC, a police permit, after {date}.",
)


def test_barred_stay_look_alikes_stay_silent(seed_corpus, orders):
    ict, _ = orders
    when = (ict.announced + dt.timedelta(days=1)).isoformat()
    wrong = month_day(ict.date + dt.timedelta(days=31))
    for form in LOOK_ALIKES:
        assert codes(seed_corpus, form.format(date=wrong), when) == [], form


REPORTED_FORMS = (
    "The minister said that after {date}, no Afghan national will be allowed to stay in "
    "Islamabad without an NOC.",
    "Naqvi added that after {date}, Afghans will not be permitted to reside in Islamabad "
    "unless they hold a certificate.",
    "The district administration said that after {date}, no Afghan, resident of any other "
    "district, would be allowed to live in Islamabad without an NOC.",
    "Officials warned that beyond {date}, no Afghan citizen, tenant or guest of a local family, "
    "may remain in Islamabad without police permission.",
)
"""Round 13: a time that opens a reported clause ("he said that after <date>, no …") opens it
as a sentence's first words do, and the permission the subject's "no" negates is read past a
noun in apposition set off by commas (", resident of any other district,")."""


def test_a_barred_stay_in_a_reported_clause(seed_corpus, orders):
    ict, _ = orders
    when = (ict.announced + dt.timedelta(days=1)).isoformat()
    wrong = ict.date + dt.timedelta(days=31)
    assert_wrong_fires_right_silent(seed_corpus, REPORTED_FORMS, ict.date, wrong, when)


def test_entry_barred_without_papers_in_a_reported_clause(seed_corpus):
    entry = seed_corpus.ledger.deadlines.get("entry_document_rule")
    if entry is None or entry.date is None:
        pytest.skip("the ledger lacks the entry rule these cases are built on")
    when = (entry.date - dt.timedelta(days=25)).isoformat()  # while the rule was ahead
    last = entry.date - dt.timedelta(days=1)  # "after" the last day without papers
    for text in (
        "The minister added that after {date}, no person, resident of any other country, will "
        "be able to enter Pakistan without passport and visa.",
        "Officials said that after {date}, foreigners will not be permitted to enter the country "
        "without a passport and visa.",
    ):
        wrong = month_day(last + dt.timedelta(days=30))
        assert codes(seed_corpus, text.format(date=wrong), when) == ["NL101"], text
        assert codes(seed_corpus, text.format(date=month_day(last)), when) == [], text


REPORTED_LOOK_ALIKES = (
    "He said that after {date}, Afghans, who were not allowed to stay in Islamabad, moved to "
    "Peshawar.",  # a relative clause between commas, not a noun in apposition
    "He said that after {date}, no Afghan was deported from Islamabad.",  # no stay barred
    "The court said that after {date}, Afghans will be allowed to stay in Islamabad without "
    "an NOC.",  # a permission, not negated
    "He did not say whether after {date}, Afghans may stay in Islamabad.",  # a question
    "Officials said that after {date}, no Afghan, the police said, would be allowed to stay "
    "in Islamabad.",  # a frame between commas ends the reach
)


def test_reported_clause_look_alikes_stay_silent(seed_corpus, orders):
    ict, _ = orders
    when = (ict.announced + dt.timedelta(days=1)).isoformat()
    wrong = month_day(ict.date + dt.timedelta(days=31))
    for form in REPORTED_LOOK_ALIKES:
        assert codes(seed_corpus, form.format(date=wrong), when) == [], form
