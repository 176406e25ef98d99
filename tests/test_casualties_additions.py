"""NL201: two limits of an account's reach. Invented sentences only.

- A count that adds to another ("also") goes on with the attributed account before it only
  when that account tells of a death or injury to add to: "Security officials said the
  explosion took place around 1:40pm … At least 157 persons were also wounded in the blast."
  (dev news-r7-cc-034) adds to a toll told elsewhere; "A policeman was killed …, the police
  said. One terrorist was also killed during the shootout." (dev news-r9-cc-068) adds to the
  account's own.
- "days after", "a week before", "two months ago" give a sentence a time of its own: "The
  attack comes days after two soldiers were martyred and 11 terrorists were killed during an
  IBO" (r9 hunt 025) is another incident, whose other-side count no longer shares the source
  of the sentence before.
"""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


ACCOUNTS = [
    "Security officials said the explosion took place around 1:40pm as prayers were being offered.",
    "According to police, the bomber detonated his vest near the main gate.",
    "The ISPR said terrorists tried to storm the check post in the dark.",
]
ADDITIONS = [
    "At least {a} persons were also wounded in the blast.",
    "{a} people were also killed in the attack.",
    "{a} worshippers too were injured.",
]


@pytest.mark.parametrize(("account", "addition"), itertools.product(ACCOUNTS, ADDITIONS))
def test_an_also_count_after_an_account_of_no_casualty_needs_its_source(
    seed_corpus, figures, account, addition
):
    a = figures[1]
    text = f"{account} {addition.format(a=a)}"
    found = fires(seed_corpus, text)
    assert len(found) == 1 and str(a) in found[0], (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "A policeman was killed in an exchange of fire with extremists in the district, the "
        "police said on Sunday. One terrorist was also killed during the shootout.",
        "The ISPR said a soldier was martyred when terrorists stormed the post. {a} terrorists "
        "were also killed in the exchange of fire.",
        "According to police, the bomber killed two guards at the gate. {a} worshippers were "
        "also injured.",
        # no "also": the account goes on as before
        "The ISPR reported that terrorists tried to storm the check post. Security forces "
        "responded, killing {a} terrorists.",
    ],
)
def test_an_also_count_after_an_account_of_casualties_goes_on_with_it(seed_corpus, figures, text):
    assert fires(seed_corpus, text.format(a=figures[1])) == [], text


RELATIVE_TIMES = ["days after", "a week after", "two months before"]


@pytest.mark.parametrize("when", RELATIVE_TIMES)
def test_a_count_placed_days_after_is_another_incident(seed_corpus, figures, when):
    a, b = figures[1], figures[0]
    text = (
        f"At least {a} security personnel were martyred in a suicide blast in North Waziristan, "
        "according to a statement issued by the chief minister's office. The attack comes "
        f"{when} two soldiers were martyred and {b} terrorists were killed during an "
        "intelligence-based operation in South Waziristan."
    )
    found = fires(seed_corpus, text)
    assert any(f"{b} terrorists" in f for f in found), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        # the other side of the same fight, with no time of its own
        "The ISPR said {a} soldiers were martyred in the attack. Security forces killed {b} "
        "terrorists in the exchange of fire.",
        # "after" without a unit of time: part of the account
        "The ISPR said {a} soldiers were martyred in the attack. {b} terrorists were killed "
        "after security forces responded.",
    ],
)
def test_the_other_side_without_a_time_of_its_own_shares_the_source(seed_corpus, figures, text):
    assert fires(seed_corpus, text.format(a=figures[1], b=figures[0])) == [], text
