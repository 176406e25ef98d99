"""Odd but legal inputs that narrlint handles correctly today (robustness probe, round 4).

Each test pins one promise of README "Exit codes and errors" on an input an earlier round did
not try: Markdown constructs and characters before a finding (the finding keeps its exact
line and character column), numbers and dates in forms no reporter writes (no crash, claims
stay strict JSON), ledgers in odd but valid YAML (anchors, an alias bomb, YAML dates), and bad
ledger, config and front-matter values (an error naming the file and line). Everything runs
in process on the small Ruritania archive, so each test takes well under two seconds.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import time
from pathlib import Path

import pytest

from narrlint.config import Config, load_config
from narrlint.engine.linter import Linter
from narrlint.errors import ConfigError, CorpusError, InputError
from narrlint.frontends.lsp_positions import PositionMap
from narrlint.input.discover import iter_files
from narrlint.input.frontmatter import split_front_matter
from narrlint.input.source import SourceText, decode
from narrlint.input.yamlsource import load_yaml
from narrlint.knowledge.ledger import parse_ledger
from narrlint.model import Finding
from narrlint.output.suppressions import parse as parse_directives

from .conftest import RURITANIA, _registry

HEAD = "---\ndate: 2023-01-01\n---\n"
LINE = "Interim Finance Minister Anna Vogel says the deficit is falling."
QUOTE = "Interim Finance Minister Anna Vogel"
LEDGER = (RURITANIA / "ledger.yaml").read_text("utf-8")


def lint(corpus, text: str | bytes, path: str = "draft.md") -> list[Finding]:
    source = decode(text, path) if isinstance(text, bytes) else SourceText(text)
    rules = [rule for _, rule in sorted(_registry().rules.items())]
    result = Linter(rules, corpus, date=dt.date(2023, 1, 1)).lint(source, path)
    assert result.error is None, result.error
    assert not [f for f in result.findings if f.code == "NL000"], result.findings
    return result.findings


def stale_titles(findings: list[Finding]) -> list[tuple[int, int, str]]:
    return [(f.start.line, f.start.column, f.excerpt) for f in findings if f.code == "NL401"]


# (name, text before LINE, line and column of LINE's first character)
BEFORE_THE_FINDING = [
    ("list nested 50 deep", "".join("  " * i + "- x\n" for i in range(50)) + "\n", 52, 1),
    ("block quotes 1000 deep", ">" * 1000 + " x\n\n", 3, 1),
    ("block quotes and lists interleaved", "> - " * 60 + "x\n\n", 3, 1),
    ("10,000 backticks inline", "a " + "`" * 10_000 + " b\n\n", 3, 1),
    ("2,000 tiny paragraphs", "x.\n\n" * 2000, 4001, 1),
    ("table", "| a | b |\n|---|---|\n| 1 | 2 |\n\n", 5, 1),
    ("HTML block", "<div>\nhello\n</div>\n\n", 5, 1),
    ("form feed and vertical tab", "a\x0c\x0bb\n\n", 3, 1),
    ("CR line endings", "a\r\rb\r\r", 5, 1),
    ("CRLF line endings", "a\r\n\r\nb\r\n\r\n", 5, 1),
    ("mixed line endings", "a\r\n\rb\n\r\n", 5, 1),
    ("emoji and combining mark on the same line", "👩‍👩‍👧 e\u0301 ", 1, 10),
    ("link on the same line", "[a](http://x.example) ", 1, 23),
    ("entities on the same line", "&amp; &#x1F600; ", 1, 17),
    ("inline HTML on the same line", "<b>x</b> ", 1, 10),
    ("tab after the list marker", "-\t", 1, 3),
    ("tab after the quote marker", ">\t", 1, 3),
    ("inside a table cell", "| a | b |\n|---|---|\n| ", 3, 3),
    ("inside emphasis", "*", 1, 2),
]


@pytest.mark.parametrize(
    ("before", "line", "column"),
    [case[1:] for case in BEFORE_THE_FINDING],
    ids=[case[0] for case in BEFORE_THE_FINDING],
)
def test_the_finding_after_odd_markdown_keeps_its_characters(ruritania, before, line, column):
    after = "*\n" if before == "*" else " | 2 |\n" if before.endswith("| ") else "\n"
    findings = lint(ruritania, HEAD + before + LINE + after)  # a hang would be NL000, not this
    assert stale_titles(findings) == [(line + 3, column, QUOTE)]


def test_a_bom_before_front_matter_and_crlf_keep_positions(ruritania):
    data = ("\ufeff" + HEAD + "# T\r\n\r\n" + "👩 " + LINE + "\r\n").replace("---\n", "---\r\n")
    findings = lint(ruritania, data.replace("date: 2023-01-01\n", "date: 2023-01-01\r\n").encode())
    assert stale_titles(findings) == [(6, 3, QUOTE)]


def test_lsp_positions_count_utf16_units_before_a_finding():
    text = HEAD + "👩‍👩‍👧 e\u0301 " + LINE + "\n"
    offset = text.index(QUOTE)
    position = PositionMap(text).position(offset)
    # 👩 ZWJ 👩 ZWJ 👧 = 2+1+2+1+2 units, then space, e, combining acute, space.
    assert (position.line, position.character) == (3, 12)
    assert PositionMap(text, "utf-32").position(offset).character == 9
    assert (
        PositionMap(text, "utf-8").position(offset).character == 4 + 3 + 4 + 3 + 4 + 1 + 1 + 2 + 1
    )
    assert PositionMap(text).offset(position) == offset


ODD_NUMBERS = """
A bombing in Strelsau killed 1e999 people, police said.
A bombing killed 1234567890123456789012345678901234567890 people.
A blast killed 10^400 people. Officials estimate NaN million and inf million more.
The deadline is 31 February 2024, then February 30, 2023, then 1 January 0001.
It was extended to December 31, 9999 and to the 32nd of March, 2024, or 2023-13-45.
The deadline was extended by 1e308 months and by 99999999999999999999 years.
At least ½ million, ٣٠ people and 三十 people were killed; at least -5 and 0 people.
"""


def test_odd_numbers_and_dates_read_without_error_and_claims_stay_strict_json(ruritania):
    rules = [rule for _, rule in sorted(_registry().rules.items())]
    linter = Linter(rules, ruritania, date=dt.date(2024, 7, 1))
    draft = linter.parse(SourceText(HEAD + ODD_NUMBERS), "draft.md")
    claims = [*draft.claims.dates, *draft.claims.counts, *draft.claims.groups]
    assert claims  # the reader did read something
    for claim in claims:
        json.dumps(claim.details(), allow_nan=False)  # no NaN or Infinity in the JSON
    counts = [c.details() for c in draft.claims.counts]
    forty = [c for c in counts if c.get("number") == "1234567890123456789012345678901234567890"]
    assert forty and all(math.isfinite(c["value"]) for c in forty)
    lint(ruritania, HEAD + ODD_NUMBERS)  # and no rule fails on them


def ledger(text: str):
    return parse_ledger(load_yaml(text, "ledger.yaml"), "ledger.yaml")


def test_ledger_anchors_aliases_and_yaml_dates_read_like_plain_text():
    plain = ledger(LEDGER)
    anchored = ledger(
        LEDGER.replace(
            "source: https://example.invalid/ruritania/interim",
            "source: &interim https://example.invalid/ruritania/interim",
        )
        + "meta:\n  aka: *interim\n  pair: &pair [a, b]\n  again: *pair\n"
    )
    dated = ledger(
        LEDGER.replace("'2020-01-10'", "2020-01-10").replace("'2021-06-30'", "2021-06-30")
    )
    for other in (anchored, dated):
        posts = [p for person in other.people.values() for p in person.posts]
        assert [(p.id, p.start, p.end) for p in posts] == [
            (p.id, p.start, p.end) for person in plain.people.values() for p in person.posts
        ]


def test_an_alias_bomb_in_the_ledger_is_read_in_bounded_time():
    bomb = "meta:\n  a0: &a0 [lol]\n" + "".join(
        f"  a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 10)
    )
    started = time.monotonic()
    assert ledger(LEDGER + bomb).people
    titled = LEDGER.replace("version: 1\n", "version: 1\n" + bomb).replace(
        "titles: [mayor]", "titles: *a9"
    )
    with pytest.raises(CorpusError, match=r"offices\[1\]\.titles must be a list of text"):
        ledger(titled)
    assert time.monotonic() - started < 30  # expanded, 10**9 items would take hours


BAD_LEDGERS = [
    (
        "duplicate id",
        LEDGER.replace("  - id: karl_brandt\n", "  - id: anna_vogel\n"),
        "people id 'anna_vogel' is defined twice (first on line 12)",
        24,
    ),
    (
        "impossible YAML date",
        LEDGER.replace("'2020-01-10'", "2020-02-30", 1),
        "not a valid date",
        20,
    ),
    ("impossible date text", LEDGER.replace("'2020-01-10'", "'2020-02-30'", 1), "not a date", 20),
    ("date as a number", LEDGER.replace("'2020-01-10'", "20200110", 1), "not a date", 20),
    (
        "ends before it starts",
        LEDGER.replace(
            "start: '2020-01-10'\n        end: '2021-06-30'",
            "start: '2022-01-10'\n        end: '2021-06-30'",
        ),
        "ends (2021-06-30) before it starts (2022-01-10)",
        16,
    ),
    (
        "version as text",
        LEDGER.replace("version: 1", "version: '1'"),
        "unsupported ledger version",
        2,
    ),
    ("tab indentation", LEDGER.replace("    name: Anna Vogel", "\tname: Anna Vogel"), "'\\t'", 13),
    ("python tag", LEDGER + "meta: !!python/object/apply:os.system ['true']\n", "constructor", 45),
    ("aliases as a mapping", LEDGER.replace("aliases: [vogel]", "aliases: {a: 1}"), "aliases", 14),
]


@pytest.mark.parametrize(
    ("text", "needle", "line"),
    [case[1:] for case in BAD_LEDGERS],
    ids=[case[0] for case in BAD_LEDGERS],
)
def test_bad_ledger_values_name_the_file_and_line(text, needle, line):
    with pytest.raises(CorpusError) as caught:
        ledger(text)
    assert needle in caught.value.message
    assert (caught.value.path, caught.value.line) == ("ledger.yaml", line)


BAD_CONFIGS = [
    ("select: [401]\n", "select: item 1 is the number 401, not text"),
    ("select: {NL4: 1}\n", "select: must be a list of rule codes or prefixes"),
    ("severity: {NL401: 3}\n", "unknown severity 3"),
    ("severity: [NL401]\n", "severity: must be a mapping"),
    ("fail-on: 1\n", "fail-on: unknown severity 1"),
    ("seeds: 'no'\n", "seeds: must be true or false"),
    ("seeds: 0\n", "seeds: must be true or false"),
    ("date: 2024-02-30\n", "not a valid date"),
    ("date: 2024\n", "is not a date"),
    ("corpus: 5\n", "corpus: must be a list of paths"),
    ("exclude: [1]\n", "exclude: item 1 is the number 1, not text"),
    ("per-file-ignores: [a]\n", "per-file-ignores: must be a mapping"),
    ("help-url: 5\n", "help-url: must be a link with {code}"),
    ("rule-timeout: fast\n", "rule-timeout: must be a number"),
    ("rule-timeout: -1\n", "rule-timeout: must be a number"),
    ("model: 3\n", "model: must be the name of an installed spaCy pipeline"),
]


@pytest.mark.parametrize(("text", "needle"), BAD_CONFIGS)
def test_config_values_of_the_wrong_type_name_key_file_and_line(tmp_path: Path, text, needle):
    path = tmp_path / ".narrlint.yaml"
    path.write_text("# a comment first\n" + text, "utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert needle in caught.value.message
    assert caught.value.line == 2
    assert caught.value.path and caught.value.path.endswith(".narrlint.yaml")


@pytest.mark.parametrize(
    ("front", "day"),
    [
        ("date: '2023-01-01'", dt.date(2023, 1, 1)),
        ("date: 2023-01-01T23:30:00-10:00", dt.date(2023, 1, 1)),
        ("date: 0001-01-01", dt.date(1, 1, 1)),
        ("date: 9999-12-31", dt.date(9999, 12, 31)),
        ("date:\t2023-01-01", dt.date(2023, 1, 1)),
    ],
)
def test_odd_but_valid_front_matter_dates(front, day):
    assert split_front_matter(f"---\n{front}\n---\nText.\n", "d.md").date == day


@pytest.mark.parametrize(
    ("front", "needle", "line"),
    [
        ("title: t\ndate: [2023-01-01]", "is not a date", 3),
        ("date:", "is not a date", 2),
        ("date: 20230101", "is not a date", 2),
        ("date: 2023-02-30", "impossible value", 2),
        ("- a", "must be a YAML mapping", 2),
        ("date: !!python/name:os.system", "not valid YAML", 2),
        pytest.param("x: " + "[" * 2000 + "]" * 2000, "nested too deeply", 2, id="2000 deep"),
    ],
)
def test_bad_front_matter_names_the_file_and_line(front, needle, line):
    with pytest.raises(InputError) as caught:
        split_front_matter(f"---\n{front}\n---\nText.\n", "d.md")
    assert needle in caught.value.message
    assert (caught.value.path, caught.value.line) == ("d.md", line)


def test_alias_bomb_in_front_matter_is_linted(ruritania):
    bomb = "a0: &a0 [x]\n" + "".join(
        f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 10)
    )
    started = time.monotonic()
    findings = lint(ruritania, f"---\ndate: 2023-01-01\n{bomb}---\n{LINE}\n")
    assert stale_titles(findings) == [(14, 1, QUOTE)]
    assert time.monotonic() - started < 30  # expanded, 10**9 items would take hours


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (b"\xff\xfe b\x00a\x00d\x00", "UTF-16"),
        (("x\n" * 4).encode() + b"caf\xe9\n", "not valid UTF-8"),
        (b"one\ntwo\x00three\n", "NUL"),
        ("a\ud800b".encode("utf-8", "surrogatepass"), "not valid UTF-8"),
    ],
)
def test_undecodable_bytes_are_refused_with_a_line(data, needle):
    with pytest.raises(InputError) as caught:
        decode(data, "d.md")
    assert needle in caught.value.message
    assert caught.value.path == "d.md" and caught.value.line


def test_a_broken_pyproject_given_with_config_is_an_error(tmp_path: Path):
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.narrlint]\nselect = ["NL4"]\nselect = ["NL1"]\n', "utf-8")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_config(path)


@pytest.mark.parametrize(
    ("comment", "codes"),
    [
        ("<!-- narrlint-disable NL401 -->", ("NL401",)),
        ("<!-- narrlint-disable nl401, NL2 quoted as spoken -->", ("NL401", "NL2")),
        ("<!-- narrlint-disable-line NL401 NL201 -->", ("NL401", "NL201")),
        ("<!-- narrlint-disable -->", None),
    ],
)
def test_markdown_directives_name_their_codes(comment, codes):
    (directive,) = parse_directives(f"{comment}\nText.\n", markdown=True)
    assert directive.codes == codes


@pytest.mark.parametrize("marker", ["narrlint: ignore[NL4O1]", "narrlint: ignore[]"])
def test_a_plain_marker_with_a_mistyped_code_silences_nothing(marker):
    (directive,) = parse_directives(f"Text. {marker}\n", markdown=False)
    assert directive.codes == ()
    assert directive.names("NL401") is None


def test_the_folder_walk_finds_drafts_whatever_the_case_of_their_suffix(tmp_path: Path):
    names = ["a.md", "b.MD", "c.markdown", "d.Markdown", "e.txt", "f.TXT", "g.text", "h.mkd"]
    names += ["k.mdx"]  # read as Markdown when named, so walked too (r8b)
    for name in [*names, "i.rst", "j", "k.mdx.bak"]:
        (tmp_path / name).write_text("Text.\n", "utf-8")
    found = sorted(Path(path).name for path, error in iter_files([str(tmp_path)], Config()))
    assert found == sorted(names)
