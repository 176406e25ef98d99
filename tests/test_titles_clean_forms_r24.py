"""Clean look-alikes of real reporting that NL401/NL402 must leave alone (round 24's
false-alarm review, written for this file, none copied from a dev passage): titles right for
their date in unusual forms ("then-", "former", "ex-" for a tenure that ended, a title of
another time told with its year), a person named with two posts, a list of officials, a
post of another country with a title the ledger knows, an officer of another country whose
name is a civilian's of the ledger, a retired officer of such a name, and a visit ahead told
with a day without its year. Read against the seed ledger."""

import pytest

from .conftest import lint_text

CLEAN = [
    (
        "2025-09-26",
        "Then-army chief General Qamar Javed Bajwa visited Kabul in 2019 to meet Afghan leaders.",
    ),
    (
        "2025-09-26",
        "Former prime minister Imran Khan, who was ousted in April 2022, remains in jail.",
    ),
    (
        "2025-09-26",
        "Ex-foreign minister Bilawal Bhutto Zardari said the talks with Kabul should resume.",
    ),
    (
        "2025-09-26",
        "Interior Minister Mohsin Naqvi, who is also the PCB chairman, chaired the meeting.",
    ),
    (
        "2025-09-26",
        "Afghanistan's acting foreign minister Amir Khan Muttaqi met Deputy Prime "
        "Minister and Foreign Minister Ishaq Dar in Islamabad.",
    ),
    ("2025-09-26", "Ishaq Dar, who was finance minister in 2022, is now the foreign minister."),
    (
        "2025-09-26",
        "In a 2018 statement, then Prime Minister Imran Khan said Pakistan would host "
        "the refugees.",
    ),
    (
        "2025-09-26",
        "Former caretaker interior minister Sarfraz Bugti, now the chief minister of "
        "Balochistan, spoke to reporters.",
    ),
    (
        "2025-09-26",
        "The meeting was attended by Chief of Army Staff Field Marshal Asim Munir, "
        "Interior Minister Mohsin Naqvi and Information Minister Attaullah Tarar.",
    ),
    (
        "2025-09-26",
        "US President Donald Trump hosted Prime Minister Shehbaz Sharif and Field "
        "Marshal Asim Munir at the White House.",
    ),
    ("2025-09-26", "Former US President Joe Biden did not comment."),
    (
        "2025-09-26",
        "Trump, who served as president from 2017 to 2021, returned to the White House in January.",
    ),
    (
        "2025-10-27",
        "Bangladesh's Chief of Army Staff General Waker-uz-Zaman met Field Marshal "
        "Asim Munir in Rawalpindi.",
    ),
    (
        "2025-10-27",
        "General Sahir Shamshad Mirza, Chairman Joint Chiefs of Staff Committee, "
        "received the visiting air chief of Bangladesh, Air Chief Marshal Hasan Mahmood Khan.",
    ),
    (
        "2025-10-27",
        "The visiting Chief of the Air Staff, Air Chief Marshal Hasan Mahmood Khan, "
        "laid a wreath at the monument.",
    ),
    ("2025-10-27", "The former chief minister, Mahmood Khan, announced his new party."),
    ("2025-10-27", "Major General Mahmood Khan, a retired officer, addressed the seminar."),
    (
        "2024-01-15",
        "Caretaker Prime Minister Anwaar-ul-Haq Kakar will attend the summit in Davos on March 20.",
    ),
    (
        "2024-01-15",
        "Caretaker Prime Minister Anwaar-ul-Haq Kakar is expected to visit Kabul on April 10.",
    ),
    ("2021-05-10", "Former President Donald Trump is expected to speak at a rally on July 3."),
]


@pytest.mark.parametrize(("date", "text"), CLEAN)
def test_titles_right_for_their_date_stay_silent(seed_corpus, date, text):
    assert lint_text(seed_corpus, text, date=date, codes=("NL401", "NL402")) == [], text
