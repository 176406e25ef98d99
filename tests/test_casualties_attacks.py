"""NL201: a next sentence whose source tells how the people just counted were hit ("At least
three security personnel were martyred and 12 were injured in a suicide attack. According to
police officials, terrorists attacked security forces billeted at the school.": hunt r9, draft
070) covers the count, and a count joined in its clause to a covered count shares that
coverage. Another attack ("also attacked"), people other than the counted, or no source keeps
the finding; the attack on the place the count names ("attacked the Chaudhwan Police
Station") is the same event since the round-12 policy (tests/test_casualties_events.py).
Invented sentences only.
"""

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


PAIRS = [
    (
        "At least {n} security personnel were martyred in a suicide attack in Bannu.",
        "According to police officials, terrorists attacked security forces billeted at a school.",
    ),
    (
        "At least {n} security personnel were martyred in a suicide attack in Bannu.",
        "According to officials, the attackers targeted security personnel at the gate.",
    ),
    (
        "{n} soldiers were killed when the convoy was hit near Mir Ali.",
        "Police said militants ambushed the soldiers on the main road.",
    ),
    (
        "{n} soldiers were killed when the convoy was hit near Mir Ali.",
        "The ISPR said gunmen stormed the camp and assaulted soldiers inside.",
    ),
    (
        "At least {n} police officers were injured in the pre-dawn raid.",
        "Officials said the gunmen attacked officers guarding the building.",
    ),
    (
        "At least {n} levies personnel were killed in the attack.",
        "According to the deputy commissioner, militants targeted the personnel at a check post.",
    ),
]


@pytest.mark.parametrize(("count", "credit"), PAIRS)
def test_a_source_telling_how_the_counted_were_attacked_covers_the_count(
    seed_corpus, figures, count, credit
):
    for n in figures:
        text = f"{count.format(n=n)} {credit}"
        assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "At least {n} security personnel were martyred and 12 were injured in a suicide attack. "
        "According to police officials, terrorists attacked security forces at a school.",
        "{n} soldiers were killed and six others wounded in the raid. Police said militants "
        "ambushed the soldiers on the main road.",
    ],
)
def test_a_count_joined_to_a_covered_count_shares_its_coverage(seed_corpus, figures, text):
    for n in figures:
        assert fires(seed_corpus, text.format(n=n)) == [], text


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # another attack
        (
            "{n} soldiers were killed in the raid. Police said militants also attacked soldiers "
            "at a checkpoint.",
            ["{n} soldiers were killed"],
        ),
        # the attacked are not the counted
        (
            "{n} civilians were killed in the blast. Police said militants attacked security "
            "forces nearby.",
            ["{n} civilians were killed"],
        ),
        # no source in the attack's sentence
        (
            "{n} soldiers were killed in the raid. Militants attacked the soldiers at dawn.",
            ["{n} soldiers were killed"],
        ),
    ],
)
def test_an_attack_that_is_not_on_the_people_counted_covers_nothing(
    seed_corpus, figures, text, found
):
    for n in figures:
        got = fires(seed_corpus, text.format(n=n))
        assert len(got) == len(found), (text, got)
