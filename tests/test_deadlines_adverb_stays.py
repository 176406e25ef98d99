"""An adverb of the undocumented before a participle of staying and its noun (round 26): "the
<date> deadline given to the illegally residing foreigners", "illegally living migrants" name
the undocumented as "foreigners residing illegally" does. Look-alikes stay silent: people
residing legally, a stay others made ("illegally settled there by smugglers"). Values come from
the loaded ledger (the first order's cut-off)."""

from .deadlines_support import ledger_order, month_day_alarms, month_day_misses

FIRST = "ifrp_phase1"
WHEN = "2023-10-20"

FORMS = (
    "Police drew up lists in view of the {date} deadline given to the illegally residing "
    "foreigners.",
    "The {date} cut-off set for illegally staying Afghan nationals is days away.",
)

LOOK_ALIKES = (
    "Police drew up lists in view of the {date} deadline given to the legally residing foreigners.",
    "The {date} hearing concerns families illegally settled there by smugglers.",
)


def test_an_adverb_before_the_stay_names_the_undocumented(seed_corpus):
    order = ledger_order(seed_corpus, FIRST, "date")
    assert month_day_misses(seed_corpus, FORMS, order.date, WHEN) == []


def test_people_residing_legally_stay_silent(seed_corpus):
    order = ledger_order(seed_corpus, FIRST, "date")
    assert month_day_alarms(seed_corpus, LOOK_ALIKES, order.date, WHEN) == []
