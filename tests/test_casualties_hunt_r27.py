"""NL201, round 27 hunt (tests/data/news/dev/hunt-casualties-r27.yaml): false alarms of fresh
real text, each a class.

- "… told CNN the bus had attempted to take a sharp turn": "to" inside a that-less clause told,
  after its own finite verb, is no order ("told migrants to leave" still is) (hc-018);
- "Media outlets are reporting that …": a progressive is active, not a passive with no one
  reporting ("were reported killed" still names no one) (hc-009);
- "there will be up to 1,000 fatalities": deaths predicted, not had (hc-045);
- "They expressed sorrow over the martyrdom of three …" after named speakers' statement: the
  pronoun stands for them (hc-031);
- "the attack was aimed at a CTD vehicle": an attack told by its target, as "targeted" (hc-007).

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

from .casualties_support import fires

CRASH = "Eleven people died when a coach carrying pilgrims overturned on a mountain road."


def test_told_a_clause_with_its_own_verb_is_a_report(seed_corpus):
    text = (
        f"{CRASH} A district official told CNN the driver had failed to take the bend and lost"
        " control of the coach."
    )
    assert fires(seed_corpus, text) == []


def test_told_someone_to_do_something_is_an_order(seed_corpus):
    text = f"{CRASH} A district official told the drivers to avoid the bend at night."
    assert "Eleven people died" in fires(seed_corpus, text)


def test_progressive_reporting_names_its_source(seed_corpus):
    text = "Local television channels are reporting that the toll from the storm has risen to 44."
    assert fires(seed_corpus, text) == []


def test_passive_reported_still_names_no_one(seed_corpus):
    text = "The toll from the storm was reported to have risen to 44."
    assert fires(seed_corpus, text) != []


def test_progressive_reporting_its_own_object_credits_no_later_count(seed_corpus):
    text = (
        "The province has been reporting a number of crashes and it emerged that at least 300"
        " people died on its roads last year."
    )
    assert fires(seed_corpus, text) != []


def test_predicted_fatalities_are_no_toll(seed_corpus):
    text = "Seismologists warned that there could be as many as 300 deaths if a quake struck."
    assert fires(seed_corpus, text) == []
    text = "The agency estimates there will be up to 500 casualties from the storm."
    assert fires(seed_corpus, text) == []


def test_a_toll_had_stays_a_toll(seed_corpus):
    text = "There were at least 300 deaths after the quake struck the valley."
    assert fires(seed_corpus, text) != []


STATEMENT = "The governor and the provincial home minister condemned the ambush on the convoy."


def test_pronoun_goes_on_with_the_named_speakers_statement(seed_corpus):
    text = f"{STATEMENT} They expressed grief over the martyrdom of five policemen."
    assert fires(seed_corpus, text) == []


def test_pronoun_after_no_named_statement_names_no_one(seed_corpus):
    text = (
        "The convoy was ambushed near the bridge on Monday. They expressed grief over the"
        " martyrdom of five policemen."
    )
    assert "martyrdom of five policemen" in fires(seed_corpus, text)


INJURED = (
    "Two customs officials and a shopkeeper were injured when a bomb went off near the customs"
    " house last week."
)


def test_attack_aimed_at_the_target_tells_it(seed_corpus):
    text = f"{INJURED} Officials had said the attack was aimed at a customs van carrying the staff."
    assert fires(seed_corpus, text) == []


def test_a_plan_aimed_at_something_tells_no_attack(seed_corpus):
    text = f"{INJURED} Officials had said new measures were aimed at customs staff safety."
    assert fires(seed_corpus, text) != []
