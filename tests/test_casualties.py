"""NL201 unattributed-casualty-count: counts need a source; attribution must cover the count."""

from pathlib import Path

import pytest

from .conftest import ROOT, lint_text, run_cli

CODES = ("NL201",)


def excerpts(corpus, text):
    return [f.excerpt for f in lint_text(corpus, text, date="2024-01-01", codes=CODES)]


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        (
            "A roadside bomb killed nine soldiers in North Waziristan on Sunday.",
            "killed nine soldiers",
        ),
        (
            "At least 23 worshippers were killed when the mosque roof collapsed.",
            "At least 23 worshippers were killed",
        ),
        (
            "The death toll from the blast has climbed to 41.",
            "death toll from the blast has climbed to 41",
        ),
        ("The explosion left 14 dead and dozens homeless.", "left 14 dead"),
        ("Sixty-four people were martyred in the twin attacks.", "Sixty-four people were martyred"),
        (
            "Seventeen policemen were wounded in the exchange of fire.",
            "Seventeen policemen were wounded",
        ),
        ("The casualties included 11 soldiers and a girl.", "casualties included 11 soldiers"),
        ("Gunmen shot dead four polio workers in Bannu.", "shot dead four polio workers"),
        ("Three policemen were shot dead at a checkpoint.", "Three policemen were shot dead"),
        ("Twelve people drowned when the boat capsized.", "Twelve people drowned"),
        ("The number of dead has risen to 37.", "number of dead has risen to 37"),
        ("Four men were burnt to death in the fire.", "Four men were burnt to death"),
        (
            "Militants killed no fewer than seven soldiers in the raid.",
            "killed no fewer than seven soldiers",
        ),
        ("Not less than 12 people were injured.", "Not less than 12 people were injured"),
        # attribution in the next sentence is about something else
        (
            "At least 64 people were killed in the bombings. One of the bombers was an Afghan "
            "national, according to the interior minister.",
            "At least 64 people were killed",
        ),
        # an order is not a source
        (
            "The attack that killed 59 people came as Islamabad told migrants to leave.",
            "killed 59 people",
        ),
    ],
)
def test_unattributed_counts_are_found(seed_corpus, text, excerpt):
    assert excerpts(seed_corpus, text) == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb killed nine soldiers on Sunday, the military said.",
        "Police said at least 23 worshippers were killed.",
        "According to hospital officials, 41 people died in the blast.",
        "The death toll rose to 60, the provincial health department said in a statement.",
        '"We have recovered seven bodies from the debris," a rescue official told reporters.',
        "Kakar claimed that 64 militants had been killed in clashes.",
        "Twelve soldiers were martyred in the attack. The military confirmed the toll in a "
        "statement.",
        "Fifty people were killed and 80 injured. Those figures were given by the district "
        "health officer.",
        "At least 12 people were killed, rescue officials said. Twenty others were wounded, "
        "they added.",
        "Twelve soldiers were killed, the Pakistani Taliban claimed.",
        "The Pakistani Taliban claimed to have killed 12 soldiers.",
        # not casualties
        "The blast killed no one.",
        "Not one person was hurt.",
        "A 45-year-old man was killed in the attack.",
        "The man, 45, was killed in the attack.",
        "Ali Khan, aged 45, was killed in the attack.",
        "Three of the injured were later shifted to Peshawar.",
        "Fourteen of 24 suicide bombings this year were carried out by Afghan nationals.",
        "Over 600,000 Afghans have been expelled since November.",
        "The IMF approved a $3 billion loan.",
        "1.4 million registered refugees live in Pakistan.",
        # vague quantities are not counts
        "Dozens of people were injured in the stampede.",
        "Scores were killed in the fighting, residents said hundreds had fled.",
    ],
)
def test_attributed_or_non_casualty_numbers_are_silent(seed_corpus, text):
    assert excerpts(seed_corpus, text) == []


def test_claiming_responsibility_is_not_attribution(seed_corpus):
    text = "The Pakistani Taliban claimed responsibility for the attack, which killed 12 soldiers."
    assert excerpts(seed_corpus, text) == ["killed 12 soldiers"]


def test_headline_repeating_an_attributed_body_count_is_covered(seed_corpus):
    text = (
        "# Bombing kills 12 at Quetta market\n\n"
        "- Blast hits crowded market\n\n"
        "A bomb killed 12 people at a market in Quetta on Friday, police said.\n"
    )
    assert excerpts(seed_corpus, text) == []


def test_headline_with_an_unattributed_count_is_found(seed_corpus):
    text = "# Bombing kills 12 at Quetta market\n\nA bomb went off at a market on Friday.\n"
    assert excerpts(seed_corpus, text) == ["kills 12"]


def seed(name: str) -> str:
    return (ROOT / "seeds" / name).read_text(encoding="utf-8")


def test_seed_001_line_11_is_a_finding(seed_corpus):
    findings = lint_text(
        seed_corpus,
        seed("001_0fe2a970b9aefafc.txt"),
        date="2023-10-05",
        codes=CODES,
        path="001.txt",
    )
    assert [(f.start.line, f.start.column) for f in findings] == [(11, 63)]
    assert findings[0].excerpt == "at least 64 people, including children, were killed"


def test_seed_003_attributed_counts_are_silent(seed_corpus):
    findings = lint_text(
        seed_corpus,
        seed("003_1f7f4911e16c3a0e.txt"),
        date="2026-02-16",
        codes=CODES,
        path="003.txt",
    )
    assert findings == []


def test_evidence_cites_attributed_corpus_sentence(seed_corpus):
    (finding,) = lint_text(
        seed_corpus, "The attack killed seven security personnel.", date="2026-02-17", codes=CODES
    )
    assert any(
        e.source == "seeds/003_1f7f4911e16c3a0e.txt" and e.line == 52 for e in finding.evidence
    ), finding.evidence


def test_cli_json(tmp_path: Path):
    draft = tmp_path / "d.md"
    draft.write_text("---\ndate: 2024-01-01\n---\nA drone strike killed 8 people.\n")
    run = run_cli("--select", "NL201", "--format", "json", str(draft))
    assert run.code == 1
    (finding,) = run.json()["findings"]
    assert (finding["line"], finding["column"], finding["rule"]) == (
        4,
        16,
        "unattributed-casualty-count",
    )
    assert finding["severity"] == "warning"


def test_evidence_matches_killed_with_killed_not_injured(seed_corpus):
    # Hangu: 12 injured in the ledger; a draft's "12 killed" must not cite it.
    (finding,) = lint_text(
        seed_corpus, "The blast killed 12 people.", date="2024-01-01", codes=CODES
    )
    assert not any("12 injured" in e.text for e in finding.evidence)
