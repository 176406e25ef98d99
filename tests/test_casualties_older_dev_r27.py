"""NL201, round 27: older dev false alarms, each a class.

- "… killed in a fire … Thursday. According to rescue officials, the fire broke out …
  Wednesday night": the night before the count's weekday is when its event began, not
  another day (dev r25-hd-065);
- "… were identified as A, B, … (credited). However, two bodies were yet to be identified":
  the dead still unidentified are the rest of a credited identification (dev r25-hc-036);
- "…, according to X, News.Az reports, citing Pakistani media. Five … died …": a credit split
  from its account by a stray full stop (an outlet's dot) lets the account go on past it
  (dev r24-hc-025);
- "Death toll … risen to 61. According to official sources, 53 injured have been shifted …":
  a credit of the injured moved to hospitals tells their transfer, not the death toll before
  it (dev r24-hd-021 and r24-hd-025, misses); the same source's count of the injured still
  shares it (dev r11-cc-051 stays clean);
- "paid tributes to the two police personnel killed": the known group a tribute is paid to
  counts no one anew (dev r25-hd-063);
- "Thirteen more bodies were found … The police surgeon confirmed that four people died": an
  increment is not given by a source confirming another figure of its kind (dev r23-hd-049,
  a miss);
- "left at least a reported 15 people … dead": a participle of saying between an article and
  a number describes the figure and names no one (dev r24-ob-038's wording).

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

from .casualties_support import fires

FIRE = "Four workers were killed in a fire at a garment factory in the industrial zone on Friday."


def test_the_night_before_is_the_events_start(seed_corpus):
    text = (
        f"{FIRE} According to firefighters, the fire broke out in the basement on Thursday night."
    )
    assert fires(seed_corpus, text) == []


def test_another_weekday_is_another_day(seed_corpus):
    text = f"{FIRE} According to firefighters, the fire broke out in the basement on Tuesday night."
    assert "Four workers were killed" in fires(seed_corpus, text)
    text = f"{FIRE} According to firefighters, the fire broke out in the basement on Thursday."
    assert "Four workers were killed" in fires(seed_corpus, text)


NAMED = (
    "According to the district police, those who died in the crush at the food distribution"
    " point were identified as Amna, 30, Bilal, 12, and Rashid, 45."
)


def test_the_rest_of_a_credited_identification(seed_corpus):
    text = f"{NAMED} Three more bodies were still to be identified by the evening."
    assert fires(seed_corpus, text) == []


def test_more_dead_with_no_word_of_identifying(seed_corpus):
    text = f"{NAMED} Three more bodies were found in the rubble by the evening."
    assert "Three more bodies" in fires(seed_corpus, text)


ACCOUNT = (
    "The crash, which involved a van carrying 18 pilgrims, happened when the driver lost control"
    " on a bend, according to a highway police spokesman, Gulf.News reports, citing local"
    " television."
)


def test_account_goes_on_past_its_split_credit(seed_corpus):
    text = f"{ACCOUNT} Seven passengers died on the spot, while another died in hospital."
    assert fires(seed_corpus, text) == []


def test_a_credit_sentence_with_a_clause_of_its_own_is_no_split_credit(seed_corpus):
    account = ACCOUNT.replace(
        "Gulf.News reports, citing local television.",
        "Gulf.News. The road was reopened in the evening, local television reported.",
    )
    text = f"{account} Seven passengers died on the spot, while another died in hospital."
    assert "Seven passengers died" in fires(seed_corpus, text)


def test_the_injured_moved_to_hospitals_source_no_death_toll(seed_corpus):
    text = (
        "The death toll from the avalanches in the valley has risen to 40. According to district"
        " officials, 25 injured people have been moved to hospitals."
    )
    assert "risen to 40" in " ".join(fires(seed_corpus, text))
    text = (
        "Nearly forty people have been killed in the avalanches in the valley. Twenty-five"
        " injured were taken to nearby hospitals, the state radio reported."
    )
    assert "Nearly forty people have been killed" in fires(seed_corpus, text)


def test_the_same_sources_injured_still_share_it(seed_corpus):
    text = (
        "The death toll from the avalanches in the valley has risen to 40. At least 25 people"
        " have been injured, according to a spokesman for the disaster authority."
    )
    assert fires(seed_corpus, text) == []
    text = (
        "Forty people were killed in the avalanches in the valley. According to district"
        " officials, 25 others were injured."
    )
    assert fires(seed_corpus, text) == []


def test_tribute_to_the_known_group_counts_no_one_anew(seed_corpus):
    """Dev r25-hd-063: the group a tribute is paid to, named with "the", is the one counted
    before; without "the" the count is new."""
    text = "The governor paid tributes to the three soldiers martyred in the ambush."
    assert fires(seed_corpus, text) == []
    text = "The governor paid tributes to three soldiers martyred in the ambush."
    assert fires(seed_corpus, text) != []


def test_an_increment_is_not_given_by_another_figure(seed_corpus):
    """Dev r23-hd-049: "Thirteen more bodies were found …" is not sourced by a next sentence
    whose source confirms another figure of the same kind ("four people died")."""
    text = (
        "Nine more bodies were recovered from the flooded villages on Tuesday. The district"
        " health officer confirmed that two people had died of cholera."
    )
    assert "Nine more bodies" in fires(seed_corpus, text)


def test_an_increment_shares_its_sources_other_kind_or_same_figure(seed_corpus):
    text = (
        "Two more soldiers were martyred in the clash on Tuesday. The military said that five"
        " others were injured."
    )
    assert fires(seed_corpus, text) == []
    text = (
        "Nine more bodies were recovered from the flooded villages on Tuesday. The district"
        " health officer confirmed that nine people had drowned."
    )
    assert fires(seed_corpus, text) == []


def test_someone_and_two_others_is_no_increment(seed_corpus):
    """Dev r24-hc-028 stays clean: "the spokesman and two others were killed" is one count of
    three, which the next sentence's credited "Three people, including …" gives."""
    text = (
        "A local councillor and two others were killed in a blast in the market. Three people,"
        " including the councillor, were killed, police confirmed."
    )
    assert fires(seed_corpus, text) == []


def test_a_reported_figure_names_no_one(seed_corpus):
    """Dev r24-ob-038's wording: "a reported 15" describes the figure as "reportedly" would;
    no one reported it."""
    text = "The bombing left a reported 15 people dead."
    assert fires(seed_corpus, text) != []


def test_a_source_that_reported_the_figure_still_credits_it(seed_corpus):
    text = "The suicide attack on the rally left 12 people dead, a police official reported."
    assert fires(seed_corpus, text) == []
