"""Clean look-alikes of real reporting that NL401/NL402 must leave alone (round 25's
false-alarm review, written for this file, none copied from a dev passage): kin phrases beside
titles, a title closing an "as" phrase or a phrase fronted before the subject, "then-",
"former", "ex-" for tenures that ended, a resignation or an election reported, an acting post,
a post of another country with the same title, lists of officials, older statements quoted
with their time, and a person named with two posts. Read against the seed ledger (facts from
its posts, as of the dates given)."""

import pytest

from .conftest import lint_text

CLEAN = [
    # kin phrases: the title is the relative's
    ("2025-06-10", "Bilawal Bhutto Zardari, the son of the president, addressed party workers."),
    ("2025-06-10", "The president's son, Bilawal Bhutto Zardari, addressed party workers."),
    (
        "2025-06-10",
        "Nawaz Sharif, the prime minister's elder brother and PML-N president, returned to Lahore.",
    ),
    ("2025-06-10", "Bushra Bibi, the wife of the former prime minister, was released on bail."),
    (
        "2025-06-10",
        "The wife of former prime minister Imran Khan, Bushra Bibi, was released on bail.",
    ),
    # "as" phrases and fronted phrases: the name after the comma opens the main clause
    (
        "2024-03-12",
        "After the appointment of Mohsin Naqvi as interior minister, Gohar Ejaz, the former "
        "caretaker interior minister, congratulated him.",
    ),
    (
        "2024-03-12",
        "Welcoming Ishaq Dar as foreign minister, Jalil Abbas Jilani, the outgoing caretaker "
        "foreign minister, wished him well.",
    ),
    ("2025-06-10", "Representing the prime minister, Ishaq Dar attended the summit."),
    ("2025-06-10", "Like the prime minister, Mohsin Naqvi condemned the attack."),
    ("2025-06-10", "Meeting the army chief, Shehbaz Sharif praised the forces."),
    ("2025-06-10", "Welcoming the Afghan foreign minister, Ishaq Dar said ties were brotherly."),
    # then-, former, ex-
    ("2025-06-10", "The then interior minister, Sheikh Rashid Ahmed, announced the plan in 2021."),
    ("2025-06-10", "Ex-premier Imran Khan remains in Adiala jail."),
    (
        "2025-06-10",
        "Former interior minister Rana Sanaullah, now the prime minister's adviser on "
        "political affairs, spoke to reporters.",
    ),
    ("2025-06-10", "Imran Khan (prime minister 2018-2022) remains in jail."),
    ("2025-06-10", "Shehbaz Sharif, who has served as chief minister of Punjab, addressed MPs."),
    # a resignation, an election, an oath reported
    (
        "2025-10-12",
        "Ali Amin Gandapur, who resigned as chief minister last week, said he would stay "
        "with the party.",
    ),
    ("2025-10-14", "Outgoing chief minister Ali Amin Gandapur met the governor."),
    ("2024-03-09", "President-elect Asif Ali Zardari will take oath on Sunday."),
    (
        "2024-03-03",
        "Shehbaz Sharif, who was elected prime minister on Sunday, will take oath on Monday.",
    ),
    # acting posts, and another country's post with the same title
    (
        "2025-06-10",
        "Afghanistan's acting prime minister Mohammad Hasan Akhund chaired the cabinet.",
    ),
    (
        "2025-06-10",
        "Afghanistan's foreign minister, Amir Khan Muttaqi, spoke with Pakistan's foreign "
        "minister, Ishaq Dar.",
    ),
    ("2025-06-10", "The Iranian foreign minister held talks with Deputy Prime Minister Ishaq Dar."),
    # lists of officials, two posts of one person
    (
        "2025-06-10",
        "Shehbaz Sharif and Mohammad Hasan Akhund, the prime ministers of Pakistan and "
        "Afghanistan, spoke by phone.",
    ),
    (
        "2025-06-10",
        "Ishaq Dar, Khawaja Asif and Mohsin Naqvi, the interior minister, briefed the committee.",
    ),
    ("2025-06-10", "PCB Chairman Mohsin Naqvi, who is also the interior minister, met the team."),
    ("2025-06-10", "Mohsin Naqvi, interior minister and PCB chief, said the match would go on."),
    # an older statement quoted with its time
    (
        "2025-06-10",
        "Speaking in October 2023, caretaker Interior Minister Sarfraz Bugti said the deadline "
        "would stand.",
    ),
    (
        "2025-06-10",
        '"The deadline will not be extended," caretaker interior minister Sarfraz Bugti had '
        "said in October 2023.",
    ),
]


@pytest.mark.parametrize(("date", "text"), CLEAN)
def test_titles_right_for_their_date_stay_silent(seed_corpus, date, text):
    assert lint_text(seed_corpus, text, date=date, codes=("NL401", "NL402")) == [], text
