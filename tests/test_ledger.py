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
