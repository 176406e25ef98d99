"""NL201, the attribution-scope policy (issue 11, round 12): a credited sentence next to an
uncredited count sources it when it tells the same event itself, the blast, the attack, the
clash (what happened, where, when, to whom), and does not when it tells only something else
about it: who the attacker was, who claimed it, the response, a condemnation, an
investigation. Grids of invented counts and credits (the figures are the ledger's) in both
orders of credit and clause; look-alikes keep the finding: something else told, another
incident or time, people of the other side, an attack told in a relative clause, a credit of
no one ("as per reports") and a credit of another clause ("…, sources say the guards had
left"). Dev items that bear on it: news-cas-098, news-r3-cas-021 (Chaudhwan), news-r10-cc-035,
news-r11-cc-081; r11 hunt 095 and 118.
"""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


COUNTS = [
    "At least {n} people were martyred and 15 others injured in a suicide bomb explosion at a "
    "seminary in Akora Khattak on Friday.",
    "{n} policemen were martyred in a pre-dawn attack by militants on a police station in "
    "Dera Ismail Khan.",
    "A terrorist attack on a checkpost in Bannu district left {n} police personnel martyred.",
    "{n} labourers were shot dead by unknown armed men in Turbat.",
]
CREDITS = [
    [
        "According to police, the suicide attacker blew himself up in the hall of the seminary "
        "after Friday prayers.",
        "Police said the bomber detonated his explosives at the gate of the seminary.",
        "The blast ripped through the seminary's main hall, officials said.",
        "Officials confirmed that the explosion took place in the seminary's courtyard.",
    ],
    [
        "A police spokesperson said that militants attacked the Chaudhwan police station at "
        "around 3am.",
        "According to the police, terrorists entered the police station after sniping the guards.",
        "The attack on the station lasted two hours, a police official said.",
        "The district police officer said gunmen stormed the station from two sides.",
    ],
    [
        "According to police, the terrorists had attacked the Fateh Khel checkpost with heavy "
        "weapons, after which an exchange of fire took place.",
        "Police said militants opened fire on the checkpost from a nearby hill.",
        "The checkpost was attacked at around midnight, the police said.",
        "According to officials, the clash at the checkpost continued for an hour.",
    ],
    [
        "According to police, some unknown armed persons barged into the house of a contractor.",
        "Police said the gunmen targeted the labourers while they were asleep.",
        "According to officials, the armed men opened fire on the labourers' quarters.",
        "The attack took place in the wee hours of Saturday, police said.",
    ],
]
BREAKS = [" ", "\n\n"]


@pytest.mark.parametrize(
    ("count", "credit", "brk"),
    [(c, k, b) for c in range(len(COUNTS)) for k in range(4) for b in BREAKS],
)
def test_a_credited_telling_of_the_same_event_sources_the_count(
    seed_corpus, figures, count, credit, brk
):
    for n in figures:
        text = COUNTS[count].format(n=n) + brk + CREDITS[count][credit]
        assert fires(seed_corpus, text) == [], text


SOMETHING_ELSE = [
    # who the attacker was
    "One of the bombers was an Afghan national, according to the interior minister.",
    "According to the minister, one bomber was an Afghan national.",
    "Police said the bomber was identified as a resident of Khyber.",
    # who claimed it
    "The TTP claimed responsibility for the attack on the seminary, a spokesman said.",
    # the response
    "Police said they had cordoned off the seminary and launched a search operation.",
    "The search operation at the seminary continued, police said.",
    "Rescue teams reached the seminary within minutes, officials said.",
    # a condemnation
    "The prime minister condemned the attack on the seminary, his office said.",
    # an investigation
    "Police said an investigation into the blast at the seminary was under way.",
]
ANOTHER_EVENT = [
    # another incident or time
    "Police said militants also attacked a seminary in Lakki Marwat.",
    "According to police, militants had attacked the same seminary last year.",
    "Police said the seminary was attacked on Sunday.",
    # an attack told in a relative clause describes the attackers
    "Police said the bombers who attacked the seminary were Afghan nationals.",
    # a possibility
    "Police said the bomber would have struck the seminary's hall had guards not stopped him.",
    # credited to no one, or the credit is another clause's
    "As per reports, the bomber blew himself up in the seminary hall.",
    "The bomber blew himself up in the seminary hall, sources say the guards had left.",
    # nothing ties the attack told to the count's
    "Police said militants attacked a checkpost in Bannu.",
]


@pytest.mark.parametrize("credit", SOMETHING_ELSE + ANOTHER_EVENT)
def test_a_credit_of_something_else_or_another_event_leaves_the_count_unsourced(
    seed_corpus, figures, credit
):
    n = figures[1]
    text = COUNTS[0].format(n=n) + " " + credit
    assert any(str(n) in f.split() for f in fires(seed_corpus, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "{n} civilians were killed in the blast at the market. Police said militants attacked "
        "security forces at the market.",
        "{n} soldiers were martyred in the attack at the market. Police said gunmen targeted the "
        "civilians at the market.",
    ],
)
def test_an_attack_on_the_other_side_is_not_the_counts_event(seed_corpus, figures, text):
    n = figures[1]
    assert fires(seed_corpus, text.format(n=n)) != [], text


@pytest.mark.parametrize(
    ("account", "covered"),
    [
        ("According to police, the suicide bomber blew himself up at the seminary gate.", True),
        ("The blast at the seminary took place after Friday prayers, police said.", True),
        ("The TTP claimed the blast at the seminary, police said.", False),
        ("Police said an investigation into the blast at the seminary had begun.", False),
        ("According to the minister, one bomber was an Afghan national.", False),
    ],
)
def test_a_credited_account_before_the_count_follows_the_same_policy(
    seed_corpus, figures, account, covered
):
    n = figures[1]
    text = f"{account} At least {n} people were killed in it."
    assert (fires(seed_corpus, text) == []) is covered, text


@pytest.mark.parametrize("count", COUNTS)
def test_the_grid_counts_fire_alone(seed_corpus, figures, count):
    """Each count fires without a credit (the credit, not a misreading, silences it)."""
    assert fires(seed_corpus, count.format(n=figures[1])) != []


BRIDGES = [
    "Among the injured are an SHO and five more policemen.",
    "Four others were wounded.",
]


@pytest.mark.parametrize(("bridge", "credit"), itertools.product(BRIDGES, range(4)))
def test_a_credit_past_a_sentence_of_counts_tells_the_event(seed_corpus, figures, bridge, credit):
    """r11 hunt 095: a sentence of uncredited counts with nothing of its own between a count
    and a credit telling its event; the first count is sourced by the credit past it."""
    n = figures[1]
    text = f"{COUNTS[1].format(n=n)} {bridge}\n{CREDITS[1][credit]}"
    assert not any(str(n) in f.split() for f in fires(seed_corpus, text)), text


@pytest.mark.parametrize(
    "bridge",
    [
        # the bridge's counts have a time or place of their own: another incident's
        "On Tuesday, four others were wounded in Tank.",
        "In a separate attack, four others were wounded.",
    ],
)
def test_a_bridge_of_another_incident_carries_no_credit(seed_corpus, figures, bridge):
    n = figures[1]
    text = f"{COUNTS[1].format(n=n)} {bridge}\n{CREDITS[1][0]}"
    assert any(str(n) in f.split() for f in fires(seed_corpus, text)), text


@pytest.mark.parametrize("credit", SOMETHING_ELSE[:4])
def test_a_credit_of_something_else_past_a_bridge_sources_nothing(seed_corpus, figures, credit):
    n = figures[1]
    text = f"{COUNTS[0].format(n=n)} {BRIDGES[1]} {credit}"
    assert any(str(n) in f.split() for f in fires(seed_corpus, text)), text
