"""A title set off with the bounds of its tenure right after it ("X, caretaker interior
minister until December, …", "from August to December 2023", "between … and …", "(2023-24)")
is told as past, as "former" tells it (``narrlint.claims.titles_bounded``): not stale, and not
judged as a claim about the draft's date. Still found: "since …" (the post claimed as held
now), an "until" that bounds what the sentence tells, not the tenure ("said talks would go on
until March"), and a place after the title ("from Balochistan", "(Balochistan)").

Seed ledger: Sarfraz Bugti was the caretaker interior minister 2023-08-17 to 2023-12-15, Jalil
Abbas Jilani the caretaker foreign minister and Anwaar-ul-Haq Kakar the caretaker prime
minister to 2024-03-04, Murtaza Solangi the caretaker information minister to 2024-03-04;
Attaullah Tarar was never interior minister (Ahsan Iqbal, the example until round 25, was
interior minister in 2017-18)."""

import pytest

from .titles_support import found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Sarfraz Bugti, caretaker interior minister until December, met the envoy.", "2024-06-01"),
        (
            "Sarfraz Bugti, the caretaker interior minister till December, met the envoy.",
            "2024-06-01",
        ),
        (
            "Sarfraz Bugti, caretaker interior minister until his resignation, now leads "
            "Balochistan.",
            "2024-06-01",
        ),
        (
            "Sarfraz Bugti, caretaker interior minister from August to December 2023, met the "
            "envoy.",
            "2024-06-01",
        ),
        (
            "Murtaza Solangi, caretaker information minister between August 2023 and March 2024, "
            "wrote the column.",
            "2025-01-10",
        ),
        ("Sarfraz Bugti, caretaker interior minister (2023), met the envoy.", "2024-06-01"),
        (
            "Sarfraz Bugti, caretaker interior minister (August-December 2023), met the envoy.",
            "2024-06-01",
        ),
        ("Jalil Abbas Jilani, caretaker foreign minister (2023-24), spoke.", "2025-01-10"),
        (
            "Caretaker Prime Minister Anwaar-ul-Haq Kakar (2023–2024) spoke at the seminar.",
            "2025-01-10",
        ),
        # a post the person never held, told as past with its bounds: not judged (NL402)
        (
            "Attaullah Tarar, interior minister until 2022, said the drive would go on.",
            "2025-01-10",
        ),
    ],
)
def test_a_title_with_its_tenures_bounds_is_told_as_past(seed_corpus, text, date):
    assert found(seed_corpus, text, date) == [], text


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        ("Sarfraz Bugti, caretaker interior minister since August, met the envoy.", "2024-06-01",
         "NL401"),
        ("Jalil Abbas Jilani, caretaker foreign minister since August 2023, says ties are strong.",
         "2025-01-10", "NL401"),
        ("Caretaker Foreign Minister Jalil Abbas Jilani said talks would continue until March.",
         "2025-01-10", "NL401"),
        ("Sarfraz Bugti, caretaker interior minister from Balochistan, met the envoy.",
         "2024-06-01", "NL401"),
        ("Sarfraz Bugti, caretaker interior minister (Balochistan), met the envoy.", "2024-06-01",
         "NL401"),
        ("Sarfraz Bugti, caretaker interior minister, until recently a senator, met the envoy.",
         "2024-06-01", "NL401"),
        ("Attaullah Tarar, interior minister since March, said the drive would go on.",
         "2025-01-10", "NL402"),
    ],
)  # fmt: skip
def test_what_does_not_bound_the_tenure_is_still_judged(seed_corpus, text, date, code):
    assert found(seed_corpus, text, date) == [code], text
