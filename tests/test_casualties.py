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
        # a figure written with an article is as definite as its digits
        (
            "Months later, a dozen people were martyred in a blast outside the court.",
            "a dozen people were martyred",
        ),
        ("Gunmen shot dead half a dozen miners in Duki.", "shot dead half a dozen miners"),
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


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an aside names part of the count: one count, the larger one
        (
            "Nine people, among them a senior police officer, lost their lives in the ambush.",
            ["Nine people, among them a senior police officer, lost their lives"],
        ),
        (
            "Fourteen people, including three schoolchildren, were killed in the landslide.",
            ["Fourteen people, including three schoolchildren, were killed"],
        ),
        # without a larger count the aside's number is the count
        (
            "Several people, including three schoolchildren, were killed.",
            ["three schoolchildren, were killed"],
        ),
        ("Fourteen people, including three schoolchildren, were killed, officials said.", []),
    ],
)
def test_a_count_with_an_aside_is_one_count(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


@pytest.mark.parametrize(
    "text",
    [
        # a time after 'since'/'after' is no new clause: the speaker covers the whole report
        "The governor said 40 people had died in floods since June 2022, and that 9 more were "
        "killed in a landslide.",
        "The army said 7 soldiers were killed after October 2, and that 3 were injured.",
    ],
)
def test_a_time_preposition_does_not_end_the_reported_speech(seed_corpus, text):
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
        seed_corpus,
        "The attack on a paramilitary checkpoint in Mamond killed seven security personnel.",
        date="2026-02-17",
        codes=CODES,
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


# --- Attribution must report the count's own clause ----------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Twelve people were killed in the blast, which the prime minister said was an act "
            "of cowardice.",
            ["Twelve people were killed"],
        ),
        (
            "Twelve people were killed on Sunday, a week after Kakar said the deportations "
            "would go ahead.",
            ["Twelve people were killed"],
        ),
        (
            "Twelve people were killed and 30 wounded as police said they were investigating.",
            ["Twelve people were killed", "30 wounded"],
        ),
        ("The attack killed 12 soldiers, it was reported.", ["killed 12 soldiers"]),
        ("Twelve people were reported killed.", ["Twelve people were reported killed"]),
    ],
)
def test_a_source_for_another_clause_does_not_cover(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Twelve people were killed, he added.",
        "Twelve people were killed, officials claimed.",
        "Government figures show 12 people were killed in the attack.",
        "Health officials put the death toll at 20.",
        "Twelve deaths were confirmed by the health department.",
        "Twelve people were killed, Dawn reported, citing police.",
        "Twelve people were killed, per the provincial disaster authority.",
        "The blast killed 20 people, a police official was quoted as saying by Dawn.",
        "The attack, which police said killed 12 people, was claimed by the TTP.",
        "At least 12 people were killed when a bomb exploded, police said.",
    ],
)
def test_attribution_forms_are_recognised(seed_corpus, text):
    assert excerpts(seed_corpus, text) == []


# --- Quotations ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“The blast was huge. We have recovered seven bodies. Two more people are missing,” "
        "he said.",
        "He said: “Seven bodies have been recovered. Two are critical.”",
    ],
)
def test_a_quotation_is_attributed_by_its_speaker(seed_corpus, text):
    assert excerpts(seed_corpus, text) == []


def test_a_quotation_without_a_speaker_is_not_attributed(seed_corpus):
    text = "“Seven people died,” read a banner at the protest."
    assert excerpts(seed_corpus, text) == ["Seven people died"]


# --- Adjacent sentences: judged, not assumed -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "At least 64 people were killed in the bombings. Police said the dead included children.",
        "At least 64 people were killed in the bombings. He said the victims included six "
        "children.",
        "At least 20 people were killed. The toll was confirmed by the district health officer.",
        # the same source's figure for the same incident
        "The blast killed 20 people. Police said 40 others were injured.",
        # a breakdown of the previous sentence's attributed toll
        "At least 12 people were killed, officials said. The dead included four children.",
    ],
)
def test_an_adjacent_sentence_about_the_count_covers_it(seed_corpus, text):
    assert excerpts(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a casualty word about a new subject is no reference to the count
        (
            "Militants stormed the base. Five soldiers were martyred. The army said the "
            "attackers were killed.",
            ["Five soldiers were martyred"],
        ),
        (
            "Twelve people were killed. The military said it had launched an operation.",
            ["Twelve people were killed"],
        ),
        # a revised toll needs its own source
        (
            "At least 52 people were killed in Mastung, police said on Friday. The toll later "
            "rose to 60.",
            ["toll later rose to 60"],
        ),
        (
            "Twelve soldiers were killed in North Waziristan. In a separate attack, police said "
            "three officers were killed in Bannu.",
            ["Twelve soldiers were killed"],
        ),
    ],
)
def test_an_adjacent_source_about_something_else_does_not_cover(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


# --- Numbers that are not casualty counts ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The two dead soldiers were buried in their home villages.",
        "The minister visited the 30 injured at the hospital.",
        "The ban killed 3,000 jobs.",
        "Injured 5 times in his career, the striker returned to the squad.",
        "The court sentenced two men to death on Tuesday.",
        "The victim, 23, was killed on his way home.",
        "Twelve militants killed a policeman.",
        "The attack took place at 10 pm and was over in 20 minutes.",
        "Several people were wounded in the attack.",
    ],
)
def test_numbers_that_are_not_counts_are_silent(seed_corpus, text):
    assert excerpts(seed_corpus, text) == []


# --- Message and evidence ------------------------------------------------------------------


def test_message_says_when_no_source_was_found(seed_corpus):
    (finding,) = lint_text(
        seed_corpus, "A drone strike killed 8 people.", date="2024-01-01", codes=CODES
    )
    # The action, then the reason; what was checked and found in the details.
    assert finding.message == (
        'Say who gave this toll (police, officials, a hospital…): "killed 8 people" has no source'
    )
    assert finding.evidence == ()
    (problem,) = problems(seed_corpus, "A drone strike killed 8 people.")
    assert problem.details.endswith(
        "No attributed report of this figure for the same incident was found in the archive "
        "up to 1 January 2024."
    )


def test_the_same_number_alone_is_no_evidence(seed_corpus):
    # Hangu had 5 killed, but nothing here is about Hangu.
    (finding,) = lint_text(
        seed_corpus,
        "Militants stormed the base. Five soldiers were martyred.",
        date="2024-01-01",
        codes=CODES,
    )
    assert finding.evidence == ()


def test_evidence_for_the_same_incident_cites_the_ledger(seed_corpus):
    (finding,) = lint_text(
        seed_corpus,
        "A suicide bomber struck a mosque in Hangu. Five people were killed.",
        date="2024-01-01",
        codes=CODES,
    )
    hangu = ledger_line("- id: hangu_bombing")
    assert [(e.source, e.line) for e in finding.evidence] == [("seeds/ledger.yaml", hangu)]
    text = "A suicide bomber struck a mosque in Hangu. Five people were killed."
    (problem,) = problems(seed_corpus, text)
    assert "are listed below" in problem.details


def problems(corpus, text: str, date: str = "2024-01-01"):
    """What NL201 reports on ``text``, as the rule gives it (details included)."""
    import datetime as dt

    from narrlint.engine.linter import Linter
    from narrlint.input.source import SourceText
    from narrlint.rules.casualties import UnattributedCasualtyCount

    linter = Linter([], corpus, date=dt.date.fromisoformat(date))
    draft = linter.parse(SourceText(text), "draft.md")
    return list(UnattributedCasualtyCount().check(draft, corpus))


def ledger_line(text: str) -> int:
    """Line of ``text`` in the seed ledger (entries move when the ledger grows)."""
    lines = (ROOT / "seeds" / "ledger.yaml").read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if line.strip() == text.strip())


@pytest.mark.parametrize(
    "text",
    [
        "The attack killed seven security personnel.",  # no place named
        "A bomb in Pakistan killed seven security personnel.",  # common words only
        "The attack on the post in Zhob killed seven security personnel.",  # another place
    ],
)
def test_evidence_is_only_the_incident_at_the_place_named(seed_corpus, text):
    (finding,) = lint_text(seed_corpus, text, date="2026-02-17", codes=CODES)
    assert finding.evidence == ()
    assert "No attributed report" in finding.details


def test_evidence_reported_after_the_draft_is_not_cited(seed_corpus):
    (finding,) = lint_text(
        seed_corpus, "The attack killed seven security personnel.", date="2025-02-17", codes=CODES
    )
    assert finding.evidence == ()


# --- The seed articles, linted as corpus files (manifest stories and dates) -----------------


@pytest.mark.parametrize(
    ("name", "positions"),
    [
        ("000_a4d73b34e776dbbf.txt", []),
        ("001_0fe2a970b9aefafc.txt", [(11, 63, 11, 114)]),
        ("002_66cfa0415802427a.txt", []),
        ("003_1f7f4911e16c3a0e.txt", []),
        ("004_6961b74d6d5832ca.txt", []),
    ],
)
def test_seed_articles(seed_corpus, name, positions):
    path = str(ROOT / "seeds" / name)
    findings = lint_text(seed_corpus, seed(name), codes=CODES, path=path)
    assert [(f.start.line, f.start.column, f.end.line, f.end.column) for f in findings] == (
        positions
    )


@pytest.mark.filterwarnings("ignore:.*W036:UserWarning")  # a corpus without a ledger
def test_a_headline_is_covered_only_by_its_own_story(tmp_path: Path):
    from narrlint.knowledge.corpus import load_corpus

    article = tmp_path / "page.txt"
    article.write_text(
        "Blast kills 12 at market\n"
        "A bomb killed 12 people at a market on Friday, police said.\n"
        "\n"
        "Flood kills 12 in the north\n"
        "Heavy rains swept the valley on Sunday.\n",
        encoding="utf-8",
    )
    (tmp_path / "manifest.yaml").write_text(
        "version: 1\narticles:\n"
        "- {file: page.txt, lines: [1, 3], date: '2024-05-03'}\n"
        "- {file: page.txt, lines: [4, 5], date: '2024-05-05'}\n",
        encoding="utf-8",
    )
    corpus = load_corpus([str(tmp_path)], seeds=False)
    text = article.read_text(encoding="utf-8")
    findings = lint_text(corpus, text, codes=CODES, path=str(article))
    assert [(f.start.line, f.excerpt) for f in findings] == [(4, "kills 12")]
    # The same text as one draft is one story: the attributed body count covers both headlines.
    assert lint_text(corpus, text, codes=CODES, path="draft.txt") == []


@pytest.mark.parametrize(
    "text",
    [
        # the tokenizer splits "Maj." and "Lt." from their stop; the speaker still counts
        "Twelve soldiers were martyred, Maj. Gen. Ahmed Sharif told reporters.",
        "Twelve soldiers were martyred, Lt. Col. (retd) Ali Khan said.",
        "At least 12 soldiers were martyred (ISPR).",
        "Police said 12 were killed. Two children were among the dead.",
        "Officials said they were investigating the deaths of 12 miners.",
        "None of the 40 passengers was hurt.",
        "The toll tax was 300 rupees.",
    ],
)
def test_more_silent_cases(seed_corpus, text):
    assert excerpts(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Officials were investigating the deaths of 12 miners.", ["deaths of 12 miners"]),
        # "was claimed by" names who claimed the attack, not who counted the dead
        (
            "The bombing, in which 3 people were killed, was claimed by IS.",
            ["3 people were killed"],
        ),
    ],
)
def test_more_findings(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Two bodies, the NDMA and the provincial disaster authority, will coordinate relief.",
        "Three government bodies were merged into one agency last year.",
        "Over 2 million traders were hurt by the rise in fuel prices.",
        "Three bills died in committee last session.",
        "Over 460,000 undocumented Afghans left Pakistan in the first two months of the drive.",
        "Authorities arrested 3,000 people in Karachi alone during the first week of the "
        "crackdown.",
        "The camp houses 40,000 people, including 12,000 children.",
        "Kakar said 2,267 civilians and security personnel had been killed since the Taliban "
        "takeover.",
    ],
)
def test_figures_of_the_beat_that_are_not_casualty_counts(seed_corpus, text):
    assert excerpts(seed_corpus, text) == []


def test_a_cumulative_toll_is_a_count(seed_corpus):
    text = "2,267 civilians and security personnel have been killed since the Taliban takeover."
    assert excerpts(seed_corpus, text) == [
        "2,267 civilians and security personnel have been killed"
    ]


def test_the_previous_sentences_source_is_not_the_speaker_of_a_quotation(seed_corpus):
    # The sentencizer leaves the opening mark with "Police said …"; the banner is no source.
    text = "Police said the road was closed. “Seven people died,” a banner read."
    assert excerpts(seed_corpus, text) == ["Seven people died"]


# --- The claims reader: what NL201 reads from a draft (draft.claims.counts) -----------------


def read_counts(corpus, text: str, date: str = "2024-01-01"):
    """The draft and its count claims, read as the linter reads them."""
    import datetime as dt

    from narrlint.engine.linter import Linter
    from narrlint.input.source import SourceText

    linter = Linter([], corpus, date=dt.date.fromisoformat(date))
    draft = linter.parse(SourceText(text), "draft.md")
    return draft, draft.claims.counts


def fields(claim) -> dict:
    details = claim.details()
    attribution = details.pop("attribution")
    scope = attribution["scope"]
    details["attribution"] = None if scope == "none" else (attribution["text"], scope)
    return {"kind": claim.kind, "text": claim.text, **details}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 64 people were killed in the bombings, police said.",
            {"text": "At least 64 people were killed", "value": 64, "hedge": "At least",
             "counts": "killed", "word": "killed", "form": "subject", "whom": "people",
             "attribution": ("said", "clause")},
        ),
        (
            "Gunmen shot dead four polio workers in Bannu.",
            {"text": "shot dead four polio workers", "value": 4, "hedge": None,
             "counts": "killed", "word": "shot dead", "form": "object", "whom": "polio workers",
             "attribution": None},
        ),
        (
            "According to hospital officials, 41 people died in the blast.",
            {"text": "41 people died", "counts": "killed", "word": "died", "form": "subject",
             "attribution": ("According to", "clause")},
        ),
        (
            "The explosion left 14 dead and dozens homeless.",
            {"text": "left 14 dead", "counts": "killed", "word": "dead", "form": "object",
             "whom": None, "attribution": None},
        ),
        (
            "Seventeen policemen were wounded in the exchange of fire.",
            {"text": "Seventeen policemen were wounded", "value": 17, "number": "Seventeen",
             "counts": "injured", "whom": "policemen", "attribution": None},
        ),
        (
            "The death toll rose to 60. The provincial health department confirmed the figure.",
            {"text": "death toll rose to 60", "counts": "killed", "word": "toll",
             "form": "toll", "attribution": ("confirmed", "neighbouring_sentence")},
        ),
        (
            '"We have recovered seven bodies," a rescue official told reporters.',
            {"text": "seven bodies", "value": 7, "word": "bodies",
             "attribution": ("told", "quote")},
        ),
        (
            "At least 12 soldiers were martyred (ISPR).",
            {"text": "At least 12 soldiers were martyred", "whom": "soldiers",
             "attribution": ("(ISPR)", "sentence")},
        ),
        (
            "Militants killed no fewer than seven soldiers in the raid.",
            {"text": "killed no fewer than seven soldiers", "hedge": "no fewer than",
             "attribution": None},
        ),
        # a "said" in another clause reports something else
        (
            "Nine people were killed in the blast, which the minister said was cowardly.",
            {"text": "Nine people were killed", "attribution": None},
        ),
    ],
)  # fmt: skip
def test_count_claims_read(seed_corpus, text, expected):
    _, (claim,) = read_counts(seed_corpus, text)
    read = fields(claim)
    assert read["kind"] == "count"
    assert {key: read[key] for key in expected} == expected


def test_a_headline_is_attributed_by_its_story(seed_corpus):
    text = (
        "# 12 killed in market blast\n\nShops were closed on Friday.\n\n"
        "A bomb killed 12 people at the market, police said.\n"
    )
    draft, claims = read_counts(seed_corpus, text)
    assert [(c.text, c.attribution.text, c.attribution.scope) for c in claims] == [
        ("12 killed", "said", "story"),
        ("killed 12 people", "said", "clause"),
    ]
    said = claims[0].attribution
    assert draft.text[said.start : said.end] == "said"
    assert said.start > text.index("police")


def test_claims_are_in_text_order_and_json_able(seed_corpus):
    import json

    text = (
        "The casualties included 11 soldiers. Police said 40 others were injured and "
        "a roadside bomb killed nine soldiers."
    )
    _, claims = read_counts(seed_corpus, text)
    assert [c.text for c in claims] == [
        "casualties included 11 soldiers",
        "40 others were injured",
        "killed nine soldiers",
    ]
    assert [c.span.start for c in claims] == sorted(c.span.start for c in claims)
    assert json.loads(json.dumps([c.details() for c in claims]))[0]["counts"] == "casualties"


@pytest.mark.parametrize(
    "text",
    [
        "Over 460,000 undocumented Afghans left Pakistan in the first two months of the drive.",
        "The toll tax was 300 rupees.",
        "Two bodies, the NDMA and the provincial disaster authority, will coordinate relief.",
        "None of the 40 passengers was hurt.",
        "The 45-year-old victim was taken to hospital at 10 pm.",
        "Dozens of people were killed in the attack.",
        "The plan to kill 100 people was foiled.",
    ],
)
def test_look_alikes_are_no_count_claims(seed_corpus, text):
    assert read_counts(seed_corpus, text)[1] == []


def test_resolve_finds_the_ledger_figure_of_the_same_incident(seed_corpus):
    from narrlint.claims import counts

    text = "At least 64 people were killed in the bombings in Mastung and Hangu."
    draft, (claim,) = read_counts(seed_corpus, text)
    resolution = counts.resolve(claim, draft, seed_corpus)
    assert resolution.fact == "events/twin_bombings_combined"
    assert "64 killed" in resolution.summary
    assert resolution.evidence is not None
    assert resolution.evidence.source.endswith("ledger.yaml")
    assert resolution.evidence.line == ledger_line("- id: twin_bombings_combined")
    assert "hangu" in resolution.reason


@pytest.mark.parametrize(
    ("text", "date", "reason"),
    [
        # the same figure for another incident: the number alone is no proof
        ("At least 64 people were killed in the floods.", "2024-01-01", "do not name"),
        # a common word ("bombings") names no place
        ("At least 64 people were killed in the bombings.", "2024-01-01", "do not name"),
        # the same incident, but the ledger's figure was reported after the draft
        ("At least 64 people were killed in the bombings.", "2023-09-01", "reported after"),
        ("At least 37 people were killed in the bombings.", "2024-01-01", "no ledger event"),
    ],
)
def test_resolve_says_why_no_fact(seed_corpus, text, date, reason):
    from narrlint.claims import counts

    draft, (claim,) = read_counts(seed_corpus, text, date=date)
    resolution = counts.resolve(claim, draft, seed_corpus)
    assert resolution.fact is None
    assert reason in resolution.reason


def _claims(bounds):
    from types import SimpleNamespace

    return [
        SimpleNamespace(span=SimpleNamespace(start=a, end=b), attribution=None) for a, b in bounds
    ]


def _nl201_outermost(claims, monkeypatch):
    """What NL201 reports of these unattributed counts (the finding itself left out)."""
    from types import SimpleNamespace

    from narrlint.rules.casualties.nl201 import UnattributedCasualtyCount

    rule = UnattributedCasualtyCount()
    monkeypatch.setattr(rule, "_problem", lambda draft, corpus, claim: claim)
    return list(rule.check(SimpleNamespace(claims=SimpleNamespace(counts=claims)), None))


def test_a_count_inside_another_is_reported_once_as_every_pair_would_decide(monkeypatch):
    """The sweep must keep exactly the counts no other count's span covers, in draft order:
    nested, same start, same end, identical spans (which cover each other) and disjoint."""
    import random

    def covered(claim, claims):  # the pairwise definition
        return any(
            o is not claim and o.span.start <= claim.span.start and claim.span.end <= o.span.end
            for o in claims
        )

    fixed = [(0, 9), (2, 5), (0, 4), (3, 9), (10, 12), (10, 12), (13, 14), (13, 15), (20, 21)]
    cases = [fixed]
    chance = random.Random(201)
    for _ in range(300):
        size = chance.randint(0, 12)
        starts = [chance.randint(0, 15) for _ in range(size)]
        cases.append([(a, a + chance.randint(1, 6)) for a in starts])
    for bounds in cases:
        claims = _claims(bounds)
        expected = [c for c in claims if not covered(c, claims)]
        assert _nl201_outermost(claims, monkeypatch) == expected, bounds
    kept = _nl201_outermost(_claims(fixed), monkeypatch)
    assert [(c.span.start, c.span.end) for c in kept] == [(0, 9), (13, 15), (20, 21)]


def test_many_counts_in_one_draft_are_sorted_not_compared_pairwise(monkeypatch):
    """10,000 separate counts made 10^8 comparisons (NL201 ran past its time budget and became
    NL000 on a 550 KB draft). Counted, not timed: the spans' bounds are read a few times per
    count, never once per pair."""
    from types import SimpleNamespace

    reads = [0]

    class CountedSpan:
        def __init__(self, start: int, end: int) -> None:
            self._bounds = (start, end)

        @property
        def start(self) -> int:
            reads[0] += 1
            return self._bounds[0]

        @property
        def end(self) -> int:
            reads[0] += 1
            return self._bounds[1]

    size = 3_000
    claims = [
        SimpleNamespace(span=CountedSpan(3 * i, 3 * i + 2), attribution=None) for i in range(size)
    ]
    assert len(_nl201_outermost(claims, monkeypatch)) == size
    assert reads[0] <= 10 * size  # every pair would be 2 * 3,000^2 = 18,000,000 reads
