"""NL401 stale-title and NL402 wrong-title, and the title claims they compare with the ledger
(``narrlint.claims.titles``), on small drafts against the seed ledger."""

import datetime as dt
import json

import pytest

from narrlint.claims.titles import GovernmentClaim, TitleClaim
from narrlint.engine.linter import Linter
from narrlint.input.source import SourceText
from narrlint.knowledge.corpus import load_corpus
from narrlint.rules.titles import StaleTitle, WrongTitle, narrlint_rules

from .conftest import RURITANIA, lint_text, run_cli

CODES = ("NL401", "NL402")


def codes(findings):
    return [f.code for f in findings]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Caretaker Foreign Minister Jalil Abbas Jilani says ties are strong.", "2024-06-01"),
        ("Interim Interior Minister Sarfraz Bugti announced new checks.", "2024-06-01"),
        ("Interior Minister Sarfraz Bugti told reporters the plan would go ahead.", "2024-06-01"),
        ("Jalil Abbas Jilani, Pakistan's caretaker foreign minister, met the envoy.", "2024-05-02"),
        ("Pakistan's interim Prime Minister Anwaar-ul-Haq Kakar is due in Kabul.", "2024-04-01"),
        (
            "US Special Representative for Afghanistan Thomas West will visit Islamabad.",
            "2025-02-01",
        ),
        ("FO spokesperson Mumtaz Zahra Baloch said Pakistan remained engaged.", "2025-06-01"),
        ("Caretaker Punjab Chief Minister Mohsin Naqvi attended the meeting.", "2024-09-01"),
        # a date that is not the story's time does not make the sentence past
        (
            "The caretaker government says the order to leave by November 1, 2023 stands.",
            "2024-06-01",
        ),
        (
            "Sarfraz Bugti, the caretaker interior minister, says the November 1 cut-off is firm.",
            "2024-06-01",
        ),
        (
            "Caretaker Interior Minister Sarfraz Bugti says attacks have risen since 2023.",
            "2024-06-01",
        ),
    ],
)
def test_stale_titles_are_found(seed_corpus, text, date):
    findings = lint_text(seed_corpus, text, date=date, codes=CODES)
    assert codes(findings) == ["NL401"], [f.message for f in findings]
    finding = findings[0]
    assert finding.evidence and finding.evidence[0].source == "seeds/ledger.yaml"
    assert "source: http" in finding.evidence[0].text
    assert finding.fix is not None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # title correct on the draft's date
        ("Caretaker Foreign Minister Jalil Abbas Jilani met his Afghan counterpart.", "2023-10-05"),
        ("Interim Interior Minister Sarfraz Bugti announced the deadline.", "2023-10-05"),
        # then-, former, ex-
        (
            "Then-caretaker Foreign Minister Jalil Abbas Jilani had met Muttaqi in Tibet.",
            "2025-01-01",
        ),
        (
            "Former caretaker Prime Minister Anwaar-ul-Haq Kakar criticised the Taliban.",
            "2025-01-01",
        ),
        ("Ex-interior minister Sarfraz Bugti is now Balochistan's chief minister.", "2025-01-01"),
        # explicitly placed in a past period inside the tenure
        (
            "In October 2023, caretaker Foreign Minister Jalil Abbas Jilani met Muttaqi.",
            "2025-01-01",
        ),
        ("In November 2023, the caretaker government announced the first phase.", "2024-07-01"),
        (
            "On November 1, 2023, caretaker Interior Minister Sarfraz Bugti says, raids began.",
            "2024-07-01",
        ),
        (
            "November 1, 2023: caretaker Interior Minister Sarfraz Bugti says the drive starts.",
            "2024-07-01",
        ),
        # past-marked through an acronym or an appositive clause
        ("Former U.S. special envoy Thomas West now leads sanctions work.", "2025-01-01"),
        (
            "Kakar, who was interim prime minister when the drive began, now sits in the Senate.",
            "2025-01-01",
        ),
        # still held
        ("Acting Foreign Minister Amir Khan Muttaqi said Kabul wants good ties.", "2025-06-01"),
        ("Foreign Minister Ishaq Dar met the Afghan envoy.", "2024-06-01"),
        ("Prime Minister Shehbaz Sharif chaired the meeting.", "2024-06-01"),
        ("Balochistan Chief Minister Sarfraz Bugti visited Quetta.", "2024-06-01"),
        ("Caretaker Punjab Chief Minister Mohsin Naqvi attended the meeting.", "2023-09-01"),
        ("Interior Minister Mohsin Naqvi said the drive would continue.", "2024-06-01"),
        # generic reference, past tense
        ("The caretaker government announced the deportation drive in October.", "2024-07-01"),
        # titles inside code are not prose
        ("`Caretaker Foreign Minister Jalil Abbas Jilani says`", "2024-07-01"),
    ],
)
def test_correct_titles_are_silent(seed_corpus, text, date):
    assert lint_text(seed_corpus, text, date=date, codes=CODES) == []


def test_generic_present_tense_reference_is_stale(seed_corpus):
    findings = lint_text(
        seed_corpus,
        "The caretaker government says it will not extend the deadline.",
        date="2024-07-01",
        codes=CODES,
    )
    assert codes(findings) == ["NL401"]
    assert findings[0].message == (
        'Write "former caretaker government" or name the current one: its term ended on '
        "4 March 2024"
    )


def test_message_names_end_date_draft_date_and_current_post(seed_corpus):
    (finding,) = lint_text(
        seed_corpus, "Interior Minister Sarfraz Bugti said so.", date="2024-06-01", codes=CODES
    )
    # The action, then the reason; the rest (draft's date, current post) in the details.
    assert finding.message == (
        'Write "former Interior Minister": Sarfraz Bugti left the post on 15 December 2023'
    )
    assert finding.excerpt == "Interior Minister Sarfraz Bugti"
    (problem,) = problems(seed_corpus, "Interior Minister Sarfraz Bugti said so.", "2024-06-01")
    # The ledger's title is "Caretaker (Federal) Interior Minister": the gloss goes, not the rest.
    assert problem.details.startswith(
        "Sarfraz Bugti was Caretaker Interior Minister from 17 August 2023 to 15 December 2023; "
        "this draft is dated 1 June 2024 (given with --date)."
    )
    assert "Chief Minister of Balochistan (since 2 March 2024)" in problem.details


def test_fix_inserts_former_keeping_sentence_case(seed_corpus):
    (finding,) = lint_text(
        seed_corpus,
        "Caretaker Foreign Minister Jalil Abbas Jilani says so.",
        date="2024-06-01",
        codes=CODES,
    )
    (edit,) = finding.fix.edits
    assert (edit.start, edit.end, edit.replacement) == (0, 1, "Former c")


def test_corpus_evidence_is_cited(seed_corpus):
    (finding,) = lint_text(
        seed_corpus,
        "Caretaker Foreign Minister Jalil Abbas Jilani says so.",
        date="2024-06-01",
        codes=CODES,
    )
    sources = [e.source for e in finding.evidence]
    assert any(s.startswith("seeds/0") for s in sources), sources


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Foreign Minister Mumtaz Zahra Baloch told reporters on Friday.", "2024-01-05"),
        ("Interior Minister Jalil Abbas Jilani announced the plan.", "2023-10-05"),
        ("Caretaker Prime Minister Shehbaz Sharif chaired the meeting.", "2024-06-01"),
    ],
)
def test_wrong_titles(seed_corpus, text, date):
    findings = lint_text(seed_corpus, text, date=date, codes=CODES)
    assert codes(findings) == ["NL402"], [f.message for f in findings]
    assert findings[0].evidence[0].source == "seeds/ledger.yaml"


def test_seed_004_is_stale_on_its_own_date_and_000_is_not(seed_corpus):
    text = (RURITANIA.parent.parent.parent / "seeds" / "004_6961b74d6d5832ca.txt").read_text()
    findings = lint_text(seed_corpus, text, date="2024-03-11", codes=CODES)
    assert [(f.code, f.start.line) for f in findings] == [("NL401", 7), ("NL401", 13)]
    text = (RURITANIA.parent.parent.parent / "seeds" / "000_a4d73b34e776dbbf.txt").read_text()
    assert lint_text(seed_corpus, text, date="2023-10-05", codes=CODES) == []


def test_rules_work_from_any_ledger(ruritania):
    findings = lint_text(
        ruritania,
        "Interim Finance Minister Anna Vogel says the deficit is falling.",
        date="2023-01-01",
        codes=CODES,
    )
    assert codes(findings) == ["NL401"]
    (problem,) = problems(
        ruritania, "Interim Finance Minister Anna Vogel says the deficit is falling.", "2023-01-01"
    )
    assert "Karl Brandt" in problem.details


def test_seed_file_linted_directly_takes_each_story_date_from_the_manifest(tmp_path):
    # Linting the seed files themselves: dates come from the manifest, per story.
    root = RURITANIA.parent.parent.parent
    run = run_cli("--select", "NL4", "--format", "json", "seeds/", cwd=root)
    found = {(f["path"], f["line"]) for f in run.json()["findings"]}
    assert found == {
        ("seeds/004_6961b74d6d5832ca.txt", 7),
        ("seeds/004_6961b74d6d5832ca.txt", 13),
    }


def test_corpus_free_of_seeds_still_loads(tmp_path):
    corpus = load_corpus([str(RURITANIA)], seeds=False)
    assert "anna_vogel" in corpus.ledger.people


def test_a_chief_minister_of_another_province_is_a_wrong_title(seed_corpus):
    """Offices that share a title ("chief minister") are told apart by the province the draft
    names; the person decides only when it names none."""
    text = "Punjab Chief Minister Sarfraz Bugti met traders. Chief Minister Sarfraz Bugti spoke."
    (finding,) = lint_text(seed_corpus, text, date="2024-06-01", codes=CODES)
    assert finding.code == "NL402" and finding.excerpt == "Punjab Chief Minister Sarfraz Bugti"
    assert finding.message == (
        "Check the title: Sarfraz Bugti was never Punjab Chief Minister "
        "(on record: Chief Minister of Balochistan)"
    )


def test_each_title_keeps_its_own_qualifier(seed_corpus):
    # No "and" between two qualified titles and a misspelt name: the Prime Minister's
    # qualifier is the "caretaker" right before it, never the Foreign Minister's "Caretaker".
    text = (
        "Caretaker Foreign Minister Jalil Abband caretaker Prime Minister Sheh?az Sharif "
        "are due to address the conference."
    )
    findings = lint_text(seed_corpus, text, date="2024-07-01", codes=CODES)
    quoted = [text[f.start.column - 1 : f.end.column - 1] for f in findings]
    assert quoted == ["Caretaker Foreign Minister", "caretaker Prime Minister"]
    assert [f.fix.edits[0].start for f in findings] == [0, text.index("caretaker Prime")]


def test_family_registers_one_rule_per_code():
    rules = narrlint_rules()
    assert [type(r) for r in rules] == [StaleTitle, WrongTitle]
    assert [r.code for r in rules] == ["NL401", "NL402"]


# ---------------------------------------------------------------------------------------------
# The claims reader: what the rules get from draft.claims.titles


def problems(corpus, text, date):
    """What NL401 and NL402 report on ``text``, as the rules give it (details included)."""
    linter = Linter([], corpus, date=dt.date.fromisoformat(date))
    draft = linter.parse(SourceText(text), "draft.md")
    return [p for rule in narrlint_rules() for p in rule.check(draft, corpus)]


def read_titles(corpus, text, date):
    """The draft's title claims, each with its resolution."""
    linter = Linter([], corpus, date=dt.date.fromisoformat(date))
    draft = linter.parse(SourceText(text), "draft.md")
    claims = draft.claims.titles
    return [(claim, draft.claims.resolve(claim)) for claim in claims]


def test_claim_of_a_named_title_and_the_post_it_resolves_to(seed_corpus):
    text = "Caretaker Foreign Minister Jalil Abbas Jilani says ties are strong."
    ((claim, resolved),) = read_titles(seed_corpus, text, "2024-06-01")
    assert isinstance(claim, TitleClaim) and claim.kind == "title"
    assert claim.text == "Caretaker Foreign Minister Jalil Abbas Jilani"
    assert claim.phrase.text == "Caretaker Foreign Minister"
    details = claim.details()
    assert json.loads(json.dumps(details)) == details  # JSON-able as it is
    assert details["person"] == {"id": "jilani", "name": "Jalil Abbas Jilani"}
    assert details["title"]["text"] == "Foreign Minister"
    assert "offices/foreign_minister_pk" in details["title"]["maps_to"]
    assert details["qualifiers"] == ["caretaker"]
    assert details["time_frame"] == "present"
    assert resolved.fact == "people/jilani/jilani_fm"
    assert "ended on 2024-03-04" in resolved.reason
    assert resolved.evidence.source == "seeds/ledger.yaml"


def test_appositive_and_past_clause(seed_corpus):
    text = "Kakar, who was interim prime minister when the drive began, now sits in the Senate."
    ((claim, resolved),) = read_titles(seed_corpus, text, "2025-01-01")
    assert claim.text == "Kakar, who was interim prime minister"
    assert claim.appositive and claim.past_clause and claim.past_marked
    assert claim.qualifiers == ("interim",) and claim.temporary == "caretaker"
    assert claim.details()["time_frame"] == "then"
    assert resolved.fact == "people/kakar/kakar_pm"


@pytest.mark.parametrize(
    ("text", "qualifiers"),
    [
        (
            "Then-caretaker Foreign Minister Jalil Abbas Jilani had met Muttaqi.",
            ("then-", "caretaker"),
        ),
        ("Former caretaker Prime Minister Anwaar-ul-Haq Kakar spoke.", ("former", "caretaker")),
        ("Ex-interior minister Sarfraz Bugti spoke.", ("former",)),
        ("Acting Foreign Minister Amir Khan Muttaqi spoke.", ("acting",)),
        ("Foreign Minister Ishaq Dar spoke.", ()),
    ],
)
def test_qualifiers_as_read(seed_corpus, text, qualifiers):
    claim, _ = read_titles(seed_corpus, text, "2025-01-01")[0]
    assert claim.qualifiers == qualifiers
    assert claim.past_marked == any(q in ("former", "then-") for q in qualifiers)


@pytest.mark.parametrize(
    ("text", "frame", "dates"),
    [
        (
            "In October 2023, caretaker Foreign Minister Jalil Abbas Jilani met Muttaqi.",
            "2023-10",
            ["2023-10"],
        ),
        (
            "On November 1, 2023, Interior Minister Sarfraz Bugti spoke.",
            "2023-11-01",
            ["2023-11-01"],
        ),
        ("Interior Minister Sarfraz Bugti spoke in 2023.", "2023", ["2023"]),
        # a deadline is not the story's time; "since 2023" reaches to now
        ("Interior Minister Sarfraz Bugti says Afghans must leave by November 1.", "present", []),
        ("Interior Minister Sarfraz Bugti says attacks have risen since 2023.", "present", []),
        ("Interior Minister Sarfraz Bugti, at the time, backed the plan.", "then", []),
        ("Caretaker Interior Minister Sarfraz Bugti stepped down on Friday.", "tenure_end", []),
        ("Caretaker Interior Minister Sarfraz Bugti resigned.", "tenure_end", []),
        ("Interior Minister Sarfraz Bugti backed the plan.", None, []),
    ],
)
def test_time_frame_of_the_sentence(seed_corpus, text, frame, dates):
    claim, _ = read_titles(seed_corpus, text, "2024-06-01")[0]
    assert claim.details()["time_frame"] == frame
    assert claim.details()["dates"] == dates


def test_a_past_date_inside_the_tenure_frames_the_claim(seed_corpus):
    text = "In October 2023, caretaker Foreign Minister Jalil Abbas Jilani met Muttaqi."
    ((claim, resolved),) = read_titles(seed_corpus, text, "2025-01-01")
    assert claim.frame.past_framed([(dt.date(2023, 8, 17), dt.date(2024, 3, 4))])
    assert not claim.frame.past_framed([(dt.date(2024, 3, 11), None)])
    assert "places it inside the tenure" in resolved.reason


def test_generic_title_resolves_to_the_temporary_post(seed_corpus):
    text = "Pakistan's stance signals a shift, says the caretaker Prime Minister."
    ((claim, resolved),) = read_titles(seed_corpus, text, "2024-03-11")
    assert claim.person is None and claim.text == "caretaker Prime Minister"
    assert claim.temporary == "caretaker" and claim.frame.present
    assert resolved.fact == "people/kakar/kakar_pm"


def test_government_reference(seed_corpus):
    text = "The caretaker government says the order to leave by November 1, 2023 stands."
    ((claim, resolved),) = read_titles(seed_corpus, text, "2024-06-01")
    assert isinstance(claim, GovernmentClaim) and claim.kind == "title"
    assert claim.text == "caretaker government" and claim.term == "caretaker government"
    assert claim.government == "pk_caretaker_2023"
    assert claim.details()["title"]["maps_to"] == ["governments/pk_caretaker_2023"]
    assert claim.frame.present and not claim.frame.periods
    assert resolved.fact == "governments/pk_caretaker_2023"
    assert "ended on 2024-03-04" in resolved.reason


def test_a_government_term_two_governments_share_resolves_to_none(seed_corpus):
    ((claim, resolved),) = read_titles(
        seed_corpus, "The interim government says it will act.", "2024-06-01"
    )
    assert claim.government is None and len(claim.candidates) == 2
    assert resolved.fact is None and "2 governments" in resolved.reason


@pytest.mark.parametrize(
    ("text", "fact", "reason"),
    [
        # clean: the title was held on the draft's date
        (
            "Interior Minister Mohsin Naqvi said the drive would continue.",
            "people/mohsin_naqvi/naqvi_interior",
            "held on the draft's date",
        ),
        # wrong: no such post
        (
            "Foreign Minister Mumtaz Zahra Baloch told reporters.",
            None,
            'no "Foreign Minister" post for Mumtaz Zahra Baloch',
        ),
        # no name, two foreign ministers (Pakistan's and Afghanistan's) in office
        ("The foreign minister met the envoy.", None, '2 people held a "foreign minister" post'),
    ],
)
def test_resolution_or_why_none(seed_corpus, text, fact, reason):
    ((_, resolved),) = read_titles(seed_corpus, text, "2024-06-01")
    assert resolved.fact == fact
    assert reason in resolved.reason


@pytest.mark.parametrize(
    "text",
    [
        # qualifier words and look-alikes with no title of the ledger
        "The court is acting on the petition; a caretaker at the school said the report was late.",
        "The interim report names no one.",
        "Former residents of the camp returned.",
    ],
)
def test_no_title_no_claim(seed_corpus, text):
    assert read_titles(seed_corpus, text, "2024-06-01") == []


def test_claims_are_in_text_order(seed_corpus):
    text = (
        "Caretaker Foreign Minister Jalil Abband caretaker Prime Minister Sheh?az Sharif "
        "met the caretaker cabinet."
    )
    claims = [claim for claim, _ in read_titles(seed_corpus, text, "2024-07-01")]
    assert [c.text for c in claims] == [
        "Caretaker Foreign Minister",
        "caretaker Prime Minister",
        "caretaker cabinet",
    ]
    assert [c.span.start for c in claims] == sorted(c.span.start for c in claims)


def test_claims_read_from_any_ledger(ruritania):
    text = "In 2020, Interim Finance Minister Anna Vogel cut spending."
    ((claim, resolved),) = read_titles(ruritania, text, "2023-01-01")
    assert claim.person_id == "anna_vogel" and claim.qualifiers == ("interim",)
    assert claim.details()["dates"] == ["2020"]
    assert claim.frame.past_framed([(dt.date(2020, 1, 10), dt.date(2021, 6, 30))])
    assert resolved.fact == "people/anna_vogel/vogel_finance"
    assert "places it inside the tenure" in resolved.reason
