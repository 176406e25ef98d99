"""narrlint.nlp.pipeline: the pipeline is built once per ledger, never handed to another ledger."""

from __future__ import annotations

import pytest

from narrlint.knowledge.corpus import load_corpus
from narrlint.nlp import pipeline as nlp

from .conftest import RURITANIA


def test_pipeline_is_built_once_per_ledger(seed_corpus):
    ledger = seed_corpus.ledger
    assert nlp.build_pipeline(ledger) is nlp.build_pipeline(ledger)


def test_a_reused_id_never_gets_another_ledgers_pipeline(seed_corpus, monkeypatch):
    """Python reuses the id of a collected object: the cache must check it holds this ledger."""
    other = load_corpus([str(RURITANIA)], seeds=False).ledger
    stale = object()
    monkeypatch.setattr(nlp, "_CACHE", {(id(other), None): (seed_corpus.ledger, stale)})
    built = nlp.build_pipeline(other)
    assert built is not stale
    assert nlp._CACHE[(id(other), None)][0] is other


def test_the_cache_stays_small(seed_corpus, monkeypatch):
    monkeypatch.setattr(nlp, "_CACHE", {})
    ledgers = [load_corpus([str(RURITANIA)], seeds=False).ledger for _ in range(6)]
    for ledger in ledgers:
        nlp.build_pipeline(ledger)
    assert len(nlp._CACHE) <= nlp._CACHE_SIZE


def test_two_ledgers_in_one_process_each_keep_their_own_reading(seed_corpus):
    """Corpora with different ledgers, loaded and used in turns in one process (a language
    server reloading its config, a test run): each lints as if it were alone."""
    from .conftest import lint_text

    ruritania = load_corpus([str(RURITANIA)], seeds=False)
    stale = "Interim Finance Minister Anna Vogel says the deficit is falling."
    text = f"---\ndate: 2023-01-01\n---\n{stale}\n"

    def reading(corpus):
        people = [e.text for e in corpus.nlp("Anna Vogel spoke.").ents if e.label_ == "PERSON"]
        return people, [(f.code, f.start.line, f.start.column) for f in lint_text(corpus, text)]

    first = {"seeds": reading(seed_corpus), "ruritania": reading(ruritania)}
    assert first["ruritania"][0] == ["Anna Vogel"] and first["seeds"][0] == []
    assert ("NL401", 4, 1) in first["ruritania"][1]
    assert not any(code.startswith("NL4") for code, _, _ in first["seeds"][1])
    for name in ("seeds", "ruritania", "ruritania", "seeds"):
        assert reading(seed_corpus if name == "seeds" else ruritania) == first[name]


def _quantities(doc) -> dict[str, list[tuple]]:
    return {
        "dates": [(s.text, s._.date) for s in doc.spans["dates"]],
        "numbers": [(s.text, s._.value) for s in doc.spans["numbers"]],
        "durations": [(s.text, s._.days) for s in doc.spans["durations"]],
    }


def test_quantities_read_dates_numbers_and_durations(seed_corpus):
    """The pipeline's quantities: a month needs its capital ("May" the month, "may" the verb),
    a day range needs "to" as written, a day or year next to a month is not a count."""
    from narrlint.nlp.quantities import DateValue

    nlp = seed_corpus.nlp
    found = _quantities(
        nlp("On 2023-11-01 some 1.4 million people left; March 4 to 6, 2024 and March 4 To 6.")
    )
    assert found["dates"] == [
        ("2023-11-01", DateValue(11, 1, 2023)),
        ("March 4 to 6, 2024", DateValue(3, 4, 2024, 6)),
        ("March 4", DateValue(3, 4)),
    ]
    assert found["numbers"] == [("1.4 million", 1_400_000.0), ("6", 6.0)]
    found = _quantities(
        nlp("By 5th November, 2023, two hundred and five had a 30-day window, then one month.")
    )
    assert found["dates"] == [("5th November, 2023", DateValue(11, 5, 2023))]
    assert found["numbers"] == [("two hundred and five", 205.0), ("30", 30.0), ("one", 1.0)]
    assert found["durations"] == [("30-day", 30), ("one month", 30)]
    found = _quantities(nlp("In May they may stay 14 days; Sept 11, 2001 , and 12 MARCH."))
    assert found["dates"] == [
        ("Sept 11, 2001", DateValue(9, 11, 2001)),
        ("12 MARCH", DateValue(3, 12)),
    ]
    assert found["numbers"] == [("14", 14.0)]
    assert found["durations"] == [("14 days", 14)]


def test_words_written_with_capitals_get_the_lemma_of_their_lower_case_form(seed_corpus):
    """The lookup table is keyed by lower-case words: a sentence's first word, a headline's
    capitals and shouting all read like the same word in running text."""
    doc = seed_corpus.nlp("Bodies were found. KILLED in the blast: Children. The Deadline passed.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["Bodies"] == "body"
    assert lemmas["KILLED"] == "kill"
    assert lemmas["Children"] == "child"
    assert lemmas["Deadline"] == "deadline"
    assert lemmas["were"] == "be"  # what the lemmatizer itself gives is kept
    # a capitalised word the table does not know is its own lemma in lower case
    assert seed_corpus.nlp("Ruritania")[0].lemma_ == "ruritania"


def test_nominals_of_a_verb_are_its_action_nouns_only():
    from narrlint.nlp.vocabulary import nominals

    assert {"deportation", "deportations"} <= nominals("deport")
    assert "departure" in nominals("leave")
    # words the suffix rule makes that name something else are not the verb's action
    assert not {"goal", "goals"} & nominals("go")
    assert "department" not in nominals("depart")


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_a_contracted_not_is_a_negation_with_either_apostrophe(seed_corpus, apostrophe):
    from narrlint.nlp.tokens import lowers
    from narrlint.nlp.vocabulary import NEGATIONS

    text = f"They didn{apostrophe}t have cards and won{apostrophe}t leave."
    words = lowers(seed_corpus.nlp(text))
    assert [w for w in words if w in NEGATIONS] == [f"n{apostrophe}t"] * 2


def test_a_fraction_before_a_scale_word_keeps_its_value(seed_corpus):
    """ "0.8 million" is 800,000 (it was read as a million: a fraction was raised to one before
    the scale)."""
    found = _quantities(
        seed_corpus.nlp(
            "Some 0.8 million left, 0.75 billion rupees were paid and 1.2 million came."
        )
    )
    assert [value for _, value in found["numbers"]] == [800_000.0, 750_000_000.0, 1_200_000.0]


def test_a_colon_glued_after_a_wire_credit_is_split(seed_corpus):
    """Wire copy glues its credit to the story ("(APP):State Minister ..."): the title, name or
    number after the colon is its own token, as after "(APP): "; a time and a colon between
    words are split as before."""
    pipe = seed_corpus.nlp

    def words(text: str) -> list[str]:
        return [t.text for t in pipe.tokenizer(text)]

    assert words("Jan 21 (APP):State Minister") == [
        "Jan",
        "21",
        "(",
        "APP",
        "):",
        "State",
        "Minister",
    ]
    assert words("[Reuters]:12 people") == ["[", "Reuters", "]:", "12", "people"]
    assert words("at 10:30 (see):") == ["at", "10:30", "(", "see", "):"]


def test_a_title_after_a_glued_wire_credit_is_read_whole(tmp_path):
    from .conftest import run_cli

    (tmp_path / "state.txt").write_text(
        "ISLAMABAD, Jan 21 (APP):State Minister for Interior Talal Chaudhry told the National "
        "Assembly on Wednesday.\n",
        encoding="utf-8",
    )
    (tmp_path / "minister.txt").write_text(
        "ISLAMABAD, Jan 21 (APP):Minister for Interior Talal Chaudhry told the House on "
        "Wednesday.\n",
        encoding="utf-8",
    )
    run = run_cli("-j", "1", "--date", "2026-01-21", "state.txt", "minister.txt", cwd=tmp_path)
    assert "state.txt" not in run.stdout  # Minister of State for Interior: right
    assert "minister.txt:1:" in run.stdout and "NL402" in run.stdout  # not Minister for Interior


def test_numbers_in_urdu_and_persian_digits_stay_one_token(seed_corpus):
    """spaCy counts the Extended Arabic-Indic digits (U+06F0-U+06F9) as letters and split
    "۱.۴" at the point, ending the sentence there; a number in any script stays whole."""
    pipe = seed_corpus.nlp
    for number in ("۱.۴", "۸۸۰,۰۰۰", "١.٤", "1.4", "880,000"):
        assert [t.text for t in pipe.tokenizer(f"about {number} refugees.")] == [
            "about",
            number,
            "refugees",
            ".",
        ]


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        ("Officials estimate that ۱.۴ million undocumented Afghans remain.", "2023-11-20", "NL302"),
        ("Officials estimate that 1.4 million undocumented Afghans remain.", "2023-11-20", "NL302"),
        (
            "The state gave an Afghan Citizen Card (ACC) to about ۸۸۰,۰۰۰ refugees.",
            "2023-09-20",
            "NL301",
        ),
    ],
)
def test_a_finding_on_a_number_in_persian_digits(seed_corpus, text, date, code):
    from .conftest import lint_text

    findings = lint_text(seed_corpus, f"---\ndate: {date}\n---\n{text}\n")
    assert code in [f.code for f in findings]


def test_a_possessive_glued_to_the_next_word_is_split(seed_corpus):
    """A page's markup that drops the space after "’s" leaves "Minister’sremarks" as one token,
    hiding the title from the entity ruler: it splits as with the space. Contractions, a
    possessive before a one-letter word and names with an apostrophe stay whole."""
    pipe = seed_corpus.nlp

    def words(text: str) -> list[str]:
        return [t.text for t in pipe.tokenizer(text)]

    assert words("Minister’sremarks drew") == ["Minister", "’s", "remarks", "drew"]
    assert words("the minister'sstatement") == ["the", "minister", "'s", "statement"]
    assert words("Pakistan's policy") == ["Pakistan", "'s", "policy"]
    assert words("it's a") == ["it", "'s", "a"]
    assert words("don'tknow it'sa O'Sullivan") == ["don'tknow", "it'sa", "O'Sullivan"]
