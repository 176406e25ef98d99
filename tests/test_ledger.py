"""The ledger loader: schema checks with file and line, cross-references, queries."""

import datetime as dt

import pytest

from narrlint.errors import CorpusError
from narrlint.input.yamlsource import load_yaml
from narrlint.knowledge.ledger import check_references, parse_ledger

from .conftest import RURITANIA


def parse(text: str):
    return parse_ledger(load_yaml(text, "x.ledger.yaml"), "x.ledger.yaml")


def test_fixture_ledger_loads_with_lines():
    ledger = parse((RURITANIA / "ledger.yaml").read_text())
    post = ledger.people["anna_vogel"].posts[0]
    assert post.end == dt.date(2021, 6, 30)
    assert post.origin.line > 1
    assert post.held_on(dt.date(2021, 1, 1)) and not post.held_on(dt.date(2021, 6, 30))


@pytest.mark.parametrize(
    ("text", "needle", "line"),
    [
        ("version: 1\npeople:\n  - id: a\n    name: A\n    nmae: typo\n", "unknown key 'nmae'", 5),
        (
            "version: 1\nfigures:\n  - id: f\n    metric: m\n    value: lots\n    source: s\n",
            "not a number",
            5,
        ),
        (
            "version: 1\nevents:\n  - id: e\n    title: t\n    date: '2023-13-45'\n    source: s\n",
            "not a date",
            5,
        ),
        ("version: 1\nevents:\n  - id: e\n    title: t\n", "no 'source'", 3),
        ("version: 1\nevents: [\n", "invalid YAML", None),
        ("version: 2\n", "unsupported ledger version", 1),
        (
            "version: 1\nevents:\n  - {id: e, title: t, source: s}\n"
            "  - {id: e, title: u, source: s}\n",
            "defined twice",
            4,
        ),
    ],
)
def test_malformed_ledger_names_file_and_line(text, needle, line):
    with pytest.raises(CorpusError) as info:
        parse(text)
    assert needle in info.value.message
    assert info.value.path == "x.ledger.yaml"
    if line is not None:
        assert info.value.line == line
    else:
        assert info.value.line is not None


def test_unknown_office_reference_is_an_error():
    ledger = parse(
        "version: 1\npeople:\n  - id: a\n    name: A\n    posts:\n"
        "      - {id: p, office: nowhere, title: T, source: s}\n"
    )
    with pytest.raises(CorpusError, match="unknown office 'nowhere'"):
        check_references(ledger)


_FIGURE = "version: 1\nfigures:\n  - id: f\n    metric: m\n    source: s\n    {key}: {value}\n"
_TOLL = (
    "version: 1\nevents:\n  - id: e\n    title: t\n    source: s\n    casualties:\n"
    "      - by: police\n        {key}: {value}\n"
)


@pytest.mark.parametrize(
    ("text", "needle", "line"),
    [
        # A figure or a toll the rules cannot count with: NL302/NL201 failed as NL000 on every
        # draft (int(nan), int(inf)) instead of the ledger being refused before linting.
        (_FIGURE.format(key="value", value=".nan"), "not a finite number", 6),
        (_FIGURE.format(key="value", value=".inf"), "not a finite number", 6),
        (_FIGURE.format(key="low", value="-.inf"), "not a finite number", 6),
        (_FIGURE.format(key="high", value="1" + "0" * 400), "not a finite number", 6),
        (_FIGURE.format(key="value", value="-5"), "not a finite number of 0 or more", 6),
        (_TOLL.format(key="killed", value=".nan"), "casualties[0].killed", 8),
        (_TOLL.format(key="injured", value=".inf"), "not a finite number", 8),
        (_TOLL.format(key="killed", value="-5"), "not a finite number", 8),
        (_TOLL.format(key="killed", value="34.5"), "not a whole number", 8),
    ],
)
def test_ledger_numbers_must_be_finite_counts(text, needle, line):
    with pytest.raises(CorpusError) as info:
        parse(text)
    assert needle in info.value.message and info.value.line == line


def test_ledger_numbers_that_are_counts_load():
    figure = parse(_FIGURE.format(key="value", value="4.4e+6")).figures[0]
    assert figure.value == 4_400_000
    assert parse(_FIGURE.format(key="value", value="0")).figures[0].value == 0
    (toll,) = parse(_TOLL.format(key="killed", value="12")).events["e"].tolls
    assert toll.killed == 12
    # Text is still kept in the raw entry and left to 'ledger check' (a warning), as before.
    (toll,) = parse(_TOLL.format(key="killed", value="at least 12")).events["e"].tolls
    assert toll.killed is None


_OFFICE = "version: 1\noffices:\n  - id: o\n    titles: [mayor]\n    {key}: {value}\n"
_PERSON = "version: 1\npeople:\n  - id: a\n    name: A\n    {key}: {value}\n"


@pytest.mark.parametrize(
    ("text", "needle", "line"),
    [
        # An empty title made NL401-403 raise IndexError on every draft.
        ("version: 1\noffices:\n  - id: o\n    titles: [mayor, '']\n", "titles[1] is empty", 4),
        ("version: 1\noffices:\n  - id: o\n    titles: [' ']\n", "titles[0] is empty", 4),
        ("version: 1\noffices:\n  - id: o\n    titles: ['.']\n", "'.' has no letters", 4),
        ("version: 1\noffices:\n  - id: o\n    titles: ['\u2014']\n", "has no letters", 4),
        (
            "version: 1\noffices:\n  - id: o\n    titles:\n      - mayor\n      -\n",
            "list of text",
            4,
        ),
        ("version: 1\nranks:\n  - {id: r, name: R, titles: ['']}\n", "ranks[0].titles[0]", 3),
        (_OFFICE.format(key="abbreviations", value="['-']"), "has no letters", 5),
        (_OFFICE.format(key="abbreviations", value="[' ']"), "abbreviations[0] is empty", 5),
        (_PERSON.format(key="aliases", value="[a, '']"), "aliases[1] is empty", 5),
        (_PERSON.format(key="aliases", value="[{name: ' '}]"), "aliases[0] is missing", 5),
        (_PERSON.format(key="aliases", value="[{name: b}, '...']"), "has no letters", 5),
        ("version: 1\npeople:\n  - {id: a, name: ' '}\n", "missing required key 'name'", 3),
    ],
)
def test_blank_or_letterless_titles_and_names_are_errors(text, needle, line):
    with pytest.raises(CorpusError) as info:
        parse(text)
    assert needle in info.value.message and info.value.line == line


def test_titles_with_letters_and_marks_load():
    office = parse("version: 1\noffices:\n  - id: o\n    titles: ['lt. gen.', 'mayor (acting)']\n")
    assert office.offices["o"].titles == ("lt. gen.", "mayor (acting)")
