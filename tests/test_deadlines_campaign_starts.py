"""When the campaign began, with the time where reporting puts it (issue 11, round 6): fronted
("In 2023, Pakistan launched a crackdown …"), before the verb ("Pakistan in 2023 launched …"),
after a long object in the verb's clause ("launched the second phase of its Illegal Foreigners
Repatriation Plan (IFRP) in April 2025"), with a modified object ("separate campaigns to expel
…") and a subject that joins another country to the ledger's ("Iran and Pakistan"). Values are
read from the loaded ledger: the recorded year or month stays silent, the year before is
reported; look-alikes of the same shapes (a saying, another campaign, another country) stay
silent."""

import datetime as dt

from .deadlines_support import reported

YEAR_FORMS = (
    "In {year}, Pakistan launched a crackdown on undocumented foreigners.",
    "In {year}, Pakistani authorities began expelling Afghans living in the country illegally.",
    "Pakistan in {year} launched a nationwide crackdown on foreigners living illegally.",
    "Iran and Pakistan in {year} launched separate campaigns to expel foreigners.",
    "Last month the UN said that in {year} Pakistan had launched a crackdown on migrants.",
)
PHASE_FORMS = (
    "Pakistan launched the {ordinal} phase of its Illegal Foreigners Repatriation Plan (IFRP) "
    "in {month} {year}, targeting {group}.",
    "The government began phase {number} of the Illegal Foreigners Repatriation Plan against "
    "{group} in {month} {year}.",
)
PHASES = {"ifrp_phase2_acc": ("second", "two", "holders of Afghan Citizen Cards")}
LOOK_ALIKES = (
    "In {year}, the UN said deportations began in earnest.",
    "In {year}, Pakistan launched a polio vaccination campaign in Quetta.",
    "In {year}, Iran launched a crackdown on Afghan migrants.",
    "Pakistan launched the second phase of its polio campaign in {month} {year}.",
    "In {year}, talks on the return of refugees began in Islamabad.",
)


def _first_order(corpus):
    """The national order whose enforcement began first: what "the crackdown" means."""
    orders = [d for d in corpus.ledger.deadlines.values() if d.enforcement_from is not None]
    return min(orders, key=lambda d: d.enforcement_from)


def _after_all(corpus) -> str:
    last = max(d.enforcement_from for d in corpus.ledger.deadlines.values() if d.enforcement_from)
    return (last + dt.timedelta(days=120)).isoformat()


def _mismatches(corpus, texts):
    when = _after_all(corpus)
    return [
        (text, bad)
        for text, bad in texts
        if [c for c, _, _ in reported(corpus, text, when)] != (["NL101"] if bad else [])
    ]


def test_the_year_a_crackdown_began_wherever_it_stands(seed_corpus):
    start = _first_order(seed_corpus).enforcement_from
    texts = [
        (form.format(year=year), bad)
        for form in YEAR_FORMS
        for year, bad in ((start.year, False), (start.year - 1, True))
    ]
    assert _mismatches(seed_corpus, texts) == []


def test_the_month_a_phase_began_after_the_plan_s_name(seed_corpus):
    texts = []
    for order, (ordinal, number, group) in PHASES.items():
        start = seed_corpus.ledger.deadlines[order].enforcement_from
        for form in PHASE_FORMS:
            for year, bad in ((start.year, False), (start.year - 1, True)):
                text = form.format(
                    ordinal=ordinal, number=number, group=group, month=f"{start:%B}", year=year
                )
                texts.append((text, bad))
    assert _mismatches(seed_corpus, texts) == []


def test_look_alikes_of_a_start_stay_silent(seed_corpus):
    start = _first_order(seed_corpus).enforcement_from
    wrong = start.year - 1
    texts = [(form.format(year=wrong, month=f"{start:%B}"), False) for form in LOOK_ALIKES]
    assert _mismatches(seed_corpus, texts) == []


LAST_MONTH_FORMS = (
    "Pakistan initiated a crackdown on illegal foreigners last {month}.",
    "Deportations of undocumented foreigners began last {month}, officials said.",
)


def test_a_start_told_as_last_month_of_its_name(seed_corpus):
    """ "last November" is the latest November before the text: right a few months after the
    campaign began, a year off in a text a year later."""
    start = _first_order(seed_corpus).enforcement_from
    texts = []
    for form in LAST_MONTH_FORMS:
        text = form.format(month=f"{start:%B}")
        for years, bad in ((0, False), (1, True)):
            when = start.replace(year=start.year + years) + dt.timedelta(days=120)
            texts.append((text, when.isoformat(), bad))
    mismatched = [
        (text, when)
        for text, when, bad in texts
        if [c for c, _, _ in reported(seed_corpus, text, when)] != (["NL101"] if bad else [])
    ]
    look_alike = "Talks on the return of refugees began last {month}.".format(month=f"{start:%B}")
    when = (start.replace(year=start.year + 1) + dt.timedelta(days=120)).isoformat()
    assert mismatched == []
    assert reported(seed_corpus, look_alike, when) == []
