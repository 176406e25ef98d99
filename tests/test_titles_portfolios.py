"""A ministry's title written with the rest of its portfolio list ("Federal Minister for
Planning, Development and Special Initiatives", "Minister for Information, Broadcasting,
National History and Literary Heritage") names its holder right after it, after an honorific
("Prof."), or set off before it, as the ledger's shorter title does
(``narrlint.claims.titles_portfolios``). Look-alikes: the post's own holder, a list of people
or officials after the title, a second title after "and", another country's ministry
("… Commerce and Industry of Afghanistan, …") and a list of people with their right titles
(", and" after a title opens the next person, not a portfolio) stay silent.

Seed ledger: Sami Saeed was the caretaker planning minister 2023-08-17 to 2024-03-04, Ahsan
Iqbal holds the post from 2024-03-11; Murtaza Solangi was the caretaker information minister
to 2024-03-04, Attaullah Tarar holds the post from 2024-03-11; Ahmad Irfan Aslam was the
caretaker law minister to 2024-03-04."""

import pytest

from narrlint.output.fixes import apply_edits

from .conftest import lint_text

CODES = ("NL401", "NL402")


def found(corpus, text: str, date: str) -> list[str]:
    return [f.code for f in lint_text(corpus, text, date=date, codes=CODES)]


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        (
            "Federal Minister for Planning, Development and Special Initiatives Sami Saeed on "
            "Wednesday met the Chinese envoy.",
            "2024-07-10",
            "NL401",
        ),
        (
            "Sami Saeed, the Federal Minister for Planning, Development and Special Initiatives, "
            "said the projects would go ahead.",
            "2024-07-10",
            "NL401",
        ),
        (
            "Minister for Planning, Development and Special Initiatives Prof. Sami Saeed chaired "
            "the meeting.",
            "2025-01-15",
            "NL401",
        ),
        (
            "Minister for Planning, Development, and Special Initiatives Sami Saeed chaired the "
            "meeting.",
            "2025-01-15",
            "NL401",
        ),
        (
            "Minister for Information, Broadcasting, National History and Literary Heritage "
            "Murtaza Solangi says the media will be heard.",
            "2024-06-01",
            "NL401",
        ),
        (
            "Murtaza Solangi, Minister for Information, Broadcasting, National History and "
            "Literary Heritage, addressed the ceremony.",
            "2024-06-01",
            "NL401",
        ),
        (
            "Minister for Law, Justice & Human Rights Ahmad Irfan Aslam briefed the cabinet.",
            "2024-06-01",
            "NL401",
        ),
        (
            "Minister for Information, Broadcasting, National History and Literary Heritage "
            "Ahsan Iqbal addressed the ceremony.",
            "2025-01-10",
            "NL402",
        ),
    ],
)
def test_a_title_with_its_portfolio_list_names_its_holder(seed_corpus, text, date, code):
    assert found(seed_corpus, text, date) == [code], text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The envoy met Amir Khan Muttaqi, Acting Minister of Interior, and Mawlawi "
            "Rahimullah Zadran, Minister of Mines, to discuss transit trade.",
            "NL402",
        ),
        (
            "The envoy met Amir Khan Muttaqi, Acting Minister of Interior, and Haji Nazar Gul, "
            "Minister of Water and Energy, before the talks.",
            "NL402",
        ),
        (
            "The envoy met Sami Saeed, Minister for Planning, and Mawlawi Rahimullah Zadran, "
            "Minister of Mines, to discuss transit trade.",
            "NL401",
        ),
    ],
)
def test_a_comma_and_after_a_title_opens_the_next_person(seed_corpus, text, code):
    """A ", and" right after a title set off after its holder ("X, Minister of Interior, and
    Y, Minister of Mines, …") opens the next person of a list, not the rest of a portfolio:
    the title ends before it and stays its holder's (it took the next name in, or lost its
    holder)."""
    (finding,) = lint_text(seed_corpus, text, date="2025-04-07", codes=CODES)
    assert finding.code == code, text
    assert ", and" not in finding.message and "Minister" in finding.message, finding.message


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Federal Minister for Planning, Development and Special Initiatives Ahsan Iqbal on "
            "Wednesday met the Chinese envoy.",
            "2024-07-10",
        ),
        (
            "Ahsan Iqbal, the Federal Minister for Planning, Development and Special Initiatives, "
            "said the projects would go ahead.",
            "2024-07-10",
        ),
        (
            "Minister for Information, Broadcasting, National History and Literary Heritage "
            "Attaullah Tarar addressed the ceremony.",
            "2025-01-10",
        ),
        # a list of those present, not the rest of a portfolio
        (
            "Ahsan Iqbal, the Minister for Information, Punjab and Sindh officials attended the "
            "meeting.",
            "2025-01-10",
        ),
        # a second title after "and" with its own holder
        (
            "The Minister for Information and Prime Minister Shehbaz Sharif attended the meeting.",
            "2025-01-10",
        ),
        # another country's ministry: its country after the list, or before the title
        (
            "The Afghan delegation was led by the Acting Minister for Commerce and Industry of "
            "Afghanistan, Haji Nooruddin Azizi.",
            "2025-04-19",
        ),
        (
            "Haji Nooruddin Azizi, the Minister for Commerce and Industry of Afghanistan, met "
            "Jam Kamal Khan.",
            "2025-04-19",
        ),
        (
            "The delegation was led by Afghanistan's Minister for Commerce and Industry, Haji "
            "Nooruddin Azizi.",
            "2025-04-19",
        ),
        # a list of people with their titles, each the right one
        (
            "The envoy met Amir Khan Muttaqi, Acting Minister of Foreign Affairs, and Mawlawi "
            "Rahimullah Zadran, Minister of Mines, to discuss transit trade.",
            "2025-04-07",
        ),
        (
            "The envoy met Ahsan Iqbal, Minister for Planning, and Mawlawi Rahimullah Zadran, "
            "Minister of Mines, to discuss transit trade.",
            "2025-04-07",
        ),
        # a lesser post whose name holds a minister's portfolio list
        (
            "Minister of State for Finance, Revenue and Economic Affairs Ali Pervaiz Malik "
            "briefed the Senate.",
            "2024-06-01",
        ),
        (
            "Parliamentary Secretary for Interior, Narcotics and Border Affairs Ali Pervaiz "
            "Malik spoke.",
            "2024-06-01",
        ),
        (
            "Chairman of the Senate Standing Committee on Interior, Narcotics and Border Affairs "
            "Ali Pervaiz Malik spoke.",
            "2024-06-01",
        ),
        # more capitalised words than a portfolio takes: a name or a clause, not the title's
        (
            "Minister for Planning and Development Authority Chief Executive Nadir Ali Khan met "
            "Sami Saeed.",
            "2025-01-10",
        ),
    ],
)
def test_look_alikes_of_a_portfolio_list_stay_silent(seed_corpus, text, date):
    assert found(seed_corpus, text, date) == [], text


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        (
            "Federal Minister for Planning, Development and Special Initiatives Sami Saeed met "
            "the envoy.",
            "Former Federal Minister for Planning, Development and Special Initiatives Sami Saeed "
            "met the envoy.",
        ),
        (
            "Caretaker Federal Minister for Planning Sami Saeed met the envoy.",
            "Former caretaker Federal Minister for Planning Sami Saeed met the envoy.",
        ),
        (
            "Sami Saeed, the federal minister for planning, met the envoy.",
            "Sami Saeed, the former federal minister for planning, met the envoy.",
        ),
    ],
)
def test_former_goes_before_the_level_of_the_post(seed_corpus, text, fixed):
    (finding,) = lint_text(seed_corpus, text, date="2024-07-10", codes=CODES)
    assert finding.code == "NL401" and finding.fix is not None
    assert apply_edits(text, finding.fix.edits) == fixed
