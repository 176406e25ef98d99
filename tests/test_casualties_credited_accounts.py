"""NL201, round 14 classes (dev r13-opened and r11 false alarms and misses). Each class has a
paraphrased case that the fix changes and a clean look-alike that must keep its reading; the
figures are the ledger's (never hard-coded tolls).

- A condemnation whose "…, saying …" tells the count's event (r13-cc-021): the condemnation is
  the speaker's act, what he said is the account.
- An accusation of an act, then "In response, …" (r11-cc-011): the accuser's account of what
  happened goes on with the consequence, as "Security sources said that …" does.
- A credited breakdown of an aggregate toll past a bridge (r11-cc-052), and a place's part of
  an attributed aggregate toll past a sentence that spreads the casualties over places
  (r11-cc-053).
- A count noun's reduced passive ("nine deaths reported so far") names no one, as "45 reported
  dead" does not (r13-cc-025); a bullet inside a line is a sentence of its own, so a credit in
  the next bullet is no credit of the clause before it.
- A reporting verb with an object of its own before the count ("announced its withdrawal …,
  following an attack that killed eight": r13-ob-003; "… in protest of an airstrike that
  killed eight": r16-ob-003) reports that object; the count in a relative clause of its
  cause is the writer's background.
- "deaths supposedly of seventy people": an adverb between a death noun and its "of" still
  counts (r11-dw-060).
- A credited pronoun breakdown of the people counted ("Among them were three children, police
  said", "They included …", "Three of them …", "Of the dead, three …") covers the count as
  "Among the dead were …" does; who some of them were ("Most of them …") does not (hunt).
- A passive's agent with a modifier of any kind names a source ("confirmed dead by the rescue
  authorities"), not a time or the killers ("by the morning", "by unknown gunmen") (hunt).
- "disclosed that" with a named source reports the count as "said that" does (hunt); "it was
  disclosed that" and "disclosed details of the plan" do not.
"""

import pytest

from .casualties_support import fires, fires_on, ledger_tolls


@pytest.fixture(scope="module")
def n(seed_corpus) -> int:
    return ledger_tolls(seed_corpus)[1]


# --- a condemnation, then what the speaker said of the event -----------------------------

CONDEMNED_COUNT = (
    "At least {n} villagers were killed when rockets fired by the rebels hit houses in "
    "Sarpokh overnight."
)


@pytest.mark.parametrize(
    "credit",
    [
        "The army spokesman condemned the attack, saying the rebels fired rockets at houses in "
        "Sarpokh from across the river.",
        "Speaking to reporters, the governor condemned the strikes, saying the rebels fired at "
        "Sarpokh under the cover of darkness.",
    ],
)
def test_what_a_condemning_speaker_says_of_the_event_sources_the_count(seed_corpus, n, credit):
    text = CONDEMNED_COUNT.format(n=n) + " " + credit
    assert not fires_on(fires(seed_corpus, text), n), text


@pytest.mark.parametrize(
    "credit",
    [
        # the condemnation alone tells nothing of the event
        "The army spokesman condemned the attack on Sarpokh, saying it was cowardly.",
        # what he said is a promise, not what happened
        "The governor condemned the attack, saying the rebels who fired on Sarpokh would be "
        "punished.",
        # the condemnation is the whole credited sentence
        "The governor condemned the rocket attack on Sarpokh, his office said.",
    ],
)
def test_a_condemnation_without_an_account_leaves_the_count_unsourced(seed_corpus, n, credit):
    text = CONDEMNED_COUNT.format(n=n) + " " + credit
    assert fires_on(fires(seed_corpus, text), n), text


def test_the_condemned_count_fires_alone(seed_corpus, n):
    assert fires_on(fires(seed_corpus, CONDEMNED_COUNT.format(n=n)), n)


# --- an accusation of an act, then its consequence --------------------------------------

ACCUSED_THEN = "{accusation} {opener} troops killed {n} rebel fighters and destroyed a camp."


@pytest.mark.parametrize(
    "accusation",
    [
        "Army sources and state television accused the rebels of initiating unprovoked fire "
        "near the border.",
        "The provincial government accused rebel fighters of shelling two villages overnight.",
    ],
)
@pytest.mark.parametrize("opener", ["In response,", "In retaliation,"])
def test_a_consequence_goes_on_with_the_accusers_account(seed_corpus, n, accusation, opener):
    text = ACCUSED_THEN.format(accusation=accusation, opener=opener, n=n)
    assert not fires_on(fires(seed_corpus, text), n), text


@pytest.mark.parametrize(
    ("accusation", "opener"),
    [
        # a passive accusation names no accuser
        ("The rebels were accused of initiating unprovoked fire near the border.", "In response,"),
        # an accusation of no act tells nothing that happened
        ("The provincial government accused the rebels of corruption.", "In response,"),
        # no consequence: the count is told on its own
        ("Army sources accused the rebels of initiating unprovoked fire.", "Later,"),
        ("Army sources accused the rebels of initiating unprovoked fire.", "Separately,"),
    ],
)
def test_an_accusation_without_a_consequence_sources_nothing(seed_corpus, n, accusation, opener):
    text = ACCUSED_THEN.format(accusation=accusation, opener=opener, n=n)
    assert fires_on(fires(seed_corpus, text), n), text


# --- a credited breakdown of an aggregate toll, past a bridge -----------------------------

BROKEN_DOWN = (
    "The death toll from the floods and landslides has risen to {n}, with 20 people still "
    "missing. {bridge} According to a police spokesman, {a} people have died in the valley, "
    "while {b} died in the northern hills."
)
BRIDGE = "The storms have wreaked havoc in several provinces, with the valley hit hardest."


def test_a_credited_breakdown_past_a_bridge_sources_the_toll(seed_corpus, n):
    text = BROKEN_DOWN.format(n=n, bridge=BRIDGE, a=n // 2, b=n // 4)
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    ("total", "bridge", "a", "b"),
    [
        # the parts add up to more than the toll: another report
        ("floods and landslides", BRIDGE, "{m}", "{m}"),
        # a single incident's toll is no sum of parts told by place
        ("bus crash", "The bus had left the city at night.", "{h}", "{q}"),
        # a bridge with a source of its own is no bridge
        ("floods and landslides", "Officials said the storms hit several provinces.", "{h}", "{q}"),
    ],
)
def test_no_breakdown_past_a_bridge_leaves_the_toll_unsourced(seed_corpus, n, total, bridge, a, b):
    values = {"m": n - 1, "h": n // 2, "q": n // 4}
    text = BROKEN_DOWN.replace("floods and landslides", total).format(
        n=n, bridge=bridge, a=a.format(**values), b=b.format(**values)
    )
    assert fires_on(fires(seed_corpus, text), n), text


def test_one_credited_part_past_a_bridge_is_no_breakdown(seed_corpus, n):
    text = BROKEN_DOWN.split(", while")[0].format(n=n, bridge=BRIDGE, a=n // 2) + "."
    assert fires_on(fires(seed_corpus, text), n), text


# --- a place's part of an attributed aggregate toll, past a spreading bridge --------------

SPREAD = (
    "The death toll from the monsoon floods in the country has risen to {n}, according to "
    "the police headquarters. {bridge} {part}"
)
SPREADING = "The fatalities have been reported from 22 districts, including the capital."
PARTS = [
    "Norland and Eastmark have been the hardest-hit districts, with {a} deaths.",
    "In Eastmark district, {a} people died.",
]


@pytest.mark.parametrize("part", PARTS)
def test_a_places_part_past_a_spreading_bridge_shares_the_total_source(seed_corpus, n, part):
    text = SPREAD.format(n=n, bridge=SPREADING, part=part.format(a=n // 3))
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    ("bridge", "a"),
    [
        # the bridge tells another country's floods
        ("The rains also hit 22 districts of the neighbouring country.", "{t}"),
        # the bridge has a time of its own
        ("The fatalities were reported from 22 districts on Monday.", "{t}"),
        # the bridge speaks of no casualties
        ("Rescue teams have been sent to 22 districts.", "{t}"),
        # the part is larger than the total: another report
        (SPREADING, "{big}"),
    ],
)
@pytest.mark.parametrize("part", PARTS)
def test_a_place_count_past_another_sentence_keeps_its_finding(seed_corpus, n, bridge, a, part):
    value = a.format(t=n // 3, big=n + 7)
    text = SPREAD.format(n=n, bridge=bridge, part=part.format(a=value))
    assert fires_on(fires(seed_corpus, text), int(value)), text


# --- a reduced passive after a count's noun; bullets inside a line -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "At least {n} deaths reported so far in the flooded villages.",
        "{n} casualties confirmed after the blast at the market.",
        "Rescue work went on through the night, with {n} fatalities reported in the district.",
    ],
)
def test_a_count_nouns_reduced_passive_names_no_one(seed_corpus, n, text):
    assert fires_on(fires(seed_corpus, text.format(n=n)), n), text


@pytest.mark.parametrize(
    "text",
    [
        "{n} deaths reported by the district hospital since Monday.",
        "The district hospital reported {n} deaths since Monday.",
        "{n} deaths were confirmed by the provincial health department.",
    ],
)
def test_a_count_nouns_passive_with_its_agent_is_credited(seed_corpus, n, text):
    assert fires(seed_corpus, text.format(n=n)) == [], text


def test_a_credit_in_the_next_bullet_of_a_line_credits_no_count_before_it(seed_corpus, n):
    text = (
        f"• {n} villagers killed in the shelling of the border town • Air force downs a drone "
        "over the valley, says the defence minister"
    )
    assert fires_on(fires(seed_corpus, text), n), text


def test_a_bullet_with_its_own_credit_is_sourced(seed_corpus, n):
    text = (
        f"• {n} villagers killed in the shelling of the border town, says the defence minister "
        "• Air force downs a drone over the valley"
    )
    assert fires(seed_corpus, text) == [], text


# --- a reporting verb's own object, then the count in its cause ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The cricket board has announced its withdrawal from the tournament, following an "
        "attack in the province that resulted in the death of {n} players.",
        "Police confirmed the arrest of two suspects after the bombing that killed {n} people.",
        "The league announced a week of mourning amid the floods which claimed {n} lives.",
        # the cause in a prepositional phrase (dev news-r16-ob-003)
        "The board announced its withdrawal from the series in protest of an airstrike that "
        "killed {n} people, including three players.",
        "The union announced a strike in the wake of an attack that killed {n} miners.",
        "The club confirmed the cancellation of the match in response to a bombing which "
        "killed {n} people.",
    ],
)
def test_a_count_in_the_cause_of_a_verbs_own_object_is_unsourced(seed_corpus, n, text):
    assert fires_on(fires(seed_corpus, text.format(n=n)), n), text


@pytest.mark.parametrize(
    "text",
    [
        # the count is the object
        "Police confirmed the deaths of {n} people following the blast at the market.",
        # a that-clause reports the count
        "The board announced that {n} players were killed following an attack on their bus.",
        "The board announced that {n} players were killed in the wake of an attack that hit "
        "their bus.",
        # a verb of saying keeps what follows in what was said
        "Police said the market was closed after a blast that killed {n} people.",
        # the cause is told with no relative clause: the count is the object's
        "The military confirmed the martyrdom of {n} soldiers after an attack in the valley.",
    ],
)
def test_a_verb_reporting_the_count_itself_still_credits_it(seed_corpus, n, text):
    assert fires(seed_corpus, text.format(n=n)) == [], text


# --- an adverb between a death noun and its "of" ------------------------------------------


@pytest.mark.parametrize("adverb", ["supposedly", "reportedly", "apparently"])
def test_a_death_noun_with_an_adverb_before_of_is_a_count(seed_corpus, n, adverb):
    text = f"The strike leading to the deaths {adverb} of {n} people violates the law."
    assert fires_on(fires(seed_corpus, text), n), text
    credited = f"The strike led to the deaths {adverb} of {n} people, the health ministry said."
    assert fires(seed_corpus, credited) == [], credited


def test_killing_and_its_partitive_keep_their_counts(seed_corpus, n):
    for text in (f"Gunmen were killing {n} people.", f"Troops killed {n} of the militants."):
        assert fires_on(fires(seed_corpus, text), n), text


# --- a pronoun breakdown of the people counted --------------------------------------------

COUNTED = "{n} people were killed when gunmen opened fire on a wedding party in the valley."


@pytest.mark.parametrize(
    "credit",
    [
        "Among them were three children, a police official said.",
        "Police said among them were three children.",
        "They included two women and a child, police said.",
        "They also included two women, according to the district police.",
        "Three of them were children, police said.",
        "Of them, three were children, the hospital said.",
        "Of the dead, three were children, the hospital said.",
        "All of them were guests from a nearby village, police said.",
    ],
)
def test_a_credited_pronoun_breakdown_covers_the_count(seed_corpus, n, credit):
    text = COUNTED.format(n=n) + " " + credit
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    "credit",
    [
        "Most of them were guests from a nearby village, police said.",
        "Of the dead, most were guests from a nearby village, police said.",
        "Of them, many were guests, police said.",
        # uncredited breakdown
        "Among them were three children.",
    ],
)
def test_who_some_of_them_were_leaves_the_count_unsourced(seed_corpus, n, credit):
    text = COUNTED.format(n=n) + " " + credit
    assert fires_on(fires(seed_corpus, text), n), text


# --- a passive's agent with a modifier -----------------------------------------------------


@pytest.mark.parametrize(
    "agent", ["the rescue authorities", "provincial officials", "the district administration"]
)
def test_a_modified_agent_of_a_passive_report_is_a_source(seed_corpus, n, agent):
    text = f"{n} people have been confirmed dead by {agent}."
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize("agent", ["the morning", "late evening", "unknown gunmen"])
def test_a_time_or_the_killers_after_by_is_no_source(seed_corpus, n, agent):
    text = f"{n} people were reported killed by {agent}."
    assert fires_on(fires(seed_corpus, text), n), text


# --- "disclosed that" ----------------------------------------------------------------------


def test_a_named_source_disclosing_that_reports_the_count(seed_corpus, n):
    text = f"The district health officer disclosed that {n} people had died in the outbreak."
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "It was disclosed that {n} people had died in the outbreak.",
        "The official disclosed details of the plan after {n} people died in the outbreak.",
    ],
)
def test_disclosing_without_a_source_or_a_clause_reports_no_count(seed_corpus, n, text):
    assert fires_on(fires(seed_corpus, text.format(n=n)), n), text
