"""Ledger schema additions of issue 12: ranks, surname aliases, abbreviations, concurrent and
acting posts, deadline chains, tolls per source, figures as of a date; the JSON Schema shipped
for YAML editors; and how corpus loading finds ledgers."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
from pathlib import Path

import jsonschema
import pytest
import yaml

from narrlint.errors import CorpusError
from narrlint.input.yamlsource import load_yaml
from narrlint.knowledge.corpus import discover_sources, load_corpus, load_ledgers
from narrlint.knowledge.ledger import (
    check_references,
    lint_ledger,
    load_ledger,
    normalise_title,
    parse_ledger,
    reference_errors,
)

ROOT = Path(__file__).resolve().parent.parent
SEED_LEDGER = ROOT / "seeds" / "ledger.yaml"
RURITANIA = ROOT / "tests" / "fixtures" / "ruritania"
SCHEMA = json.loads((ROOT / "linter" / "schema" / "ledger.schema.json").read_text("utf-8"))

# A fictional beat (Ruritania) using every addition.
FULL = """\
version: 1
offices:
  - id: army_chief_ru
    name: Chief of Army Staff of Ruritania
    country: Ruritania
    titles: [army chief, chief of army staff]
    abbreviations: [COAS]
    source: https://example.invalid/army
  - id: defence_chief_ru
    name: Chief of Defence Forces of Ruritania
    titles: [chief of defence forces]
    abbreviations: [CDF]
    source: https://example.invalid/cdf
  - id: interior_ru
    name: Interior Minister of Ruritania
    titles: [interior minister]
    source: https://example.invalid/interior
  - id: commerce_ru
    name: Commerce Minister of Ruritania
    titles: [commerce minister]
    source: https://example.invalid/commerce
  - id: ambassador_ru
    name: Ambassador of Ruritania
    titles: [ambassador]
    holders: many
    source: https://example.invalid/ambassadors
ranks:
  - id: lt_general
    name: Lieutenant General
    titles: [lieutenant general]
    abbreviations: [Lt. Gen., Lt Gen, Lt.-Gen.]
    service: army
    order: 3
    source: https://example.invalid/ranks
  - id: general
    name: General
    titles: [general]
    abbreviations: [Gen., Gen]
    service: army
    order: 4
    source: https://example.invalid/ranks
  - id: field_marshal
    name: Field Marshal
    titles: [field marshal]
    service: army
    order: 5
    source: https://example.invalid/ranks
  - id: doctor
    name: Doctor
    abbreviations: [Dr.]
    source: https://example.invalid/honorifics
people:
  - id: rudolf_elphberg
    name: Rudolf Elphberg
    aliases:
      - rudi elphberg
      - {name: elphberg, surname: true, note: also a common family name}
    ranks:
      - {rank: lt_general, start: '2018-01-01', end: '2022-11-29', source: https://example.invalid/r1}
      - {rank: general, start: '2022-11-29', end: '2025-05-20', source: https://example.invalid/r2}
      - {rank: field_marshal, start: '2025-05-20', end: null, source: https://example.invalid/r3}
    posts:
      - id: elphberg_coas
        office: army_chief_ru
        title: Chief of Army Staff
        start: '2022-11-29'
        end: null
        concurrent_with: [elphberg_cdf]
        source: https://example.invalid/coas
      - id: elphberg_cdf
        office: defence_chief_ru
        title: Chief of Defence Forces
        start: '2025-12-04'
        end: null
        concurrent_with: [elphberg_coas]
        source: https://example.invalid/cdf-notified
        source_date: '2025-12-05'
  - id: flavia_strel
    name: Flavia Strel
    aliases: [strel]
    posts:
      - id: strel_interior
        office: interior_ru
        title: Acting Interior Minister (additional charge)
        qualifier: acting
        additional_charge: true
        start: '2024-01-24'
        end: '2024-03-04'
        ended_by: government_ended
        source: https://example.invalid/strel-interior
      - id: strel_commerce
        office: commerce_ru
        title: Commerce Minister
        start: '2023-08-17'
        end: '2024-03-04'
        ended_by: government_ended
        source: https://example.invalid/strel-commerce
  - id: karl_holt
    name: Karl Holt
    aliases: [holt]
    posts:
      - id: holt_interior
        office: interior_ru
        title: Interior Minister
        start: '2023-08-17'
        end: '2023-12-15'
        ended_by: resigned
        source: https://example.invalid/holt
  - id: anna_vogel
    name: Dr. Anna Vogel
    ranks:
      - {rank: doctor, start: null, end: null, source: https://example.invalid/vogel-phd}
categories:
  - id: card_holders
    name: Card holders
    terms: [card holders]
    source: https://example.invalid/cards
  - id: undocumented
    name: Undocumented residents
    terms: [undocumented residents]
    source: https://example.invalid/undocumented
deadlines:
  - id: cards_national
    title: Card holders to leave
    announced: '2025-03-07'
    by: Interior Ministry
    date: '2025-03-31'
    targets: [card_holders]
    place: national
    enforcement_from: '2025-04-01'
    extensions:
      - date: '2025-04-10'
        previous: '2025-03-31'
        announced: '2025-04-01'
        by: an interior ministry official
        source: https://example.invalid/eid-delay
        confidence: medium
      - kind: no_extension
        previous: '2025-04-10'
        announced: '2025-04-09'
        by: Interior Ministry spokesman
        source: https://example.invalid/no-more
    source: https://example.invalid/order
  - id: cards_capital
    title: Card holders to leave the capital
    announced: '2025-02-25'
    date: '2025-02-28'
    targets: [card_holders]
    place: Strelsau
    source: https://example.invalid/capital
events:
  - id: market_blast
    title: Bombing at Strelsau market
    date: '2025-06-01'
    place: Strelsau
    perpetrator: claimed by the Black Hand
    kind: attack
    casualties:
      - {killed: 4, injured: 12, by: city police, role: police, date: '2025-06-01',
         source: https://example.invalid/police}
      - {killed: 9, by: Civil Hospital, role: hospital, date: '2025-06-02',
         source: https://example.invalid/hospital}
      - {killed: 30, by: Black Hand statement, role: militant claim, date: '2025-06-02',
         source: https://example.invalid/claim}
    source: https://example.invalid/blast
figures:
  - id: cards_2025
    date: '2025-02-26'
    as_of: '2025-02-25'
    metric: Card holders in the country
    category: card_holders
    value: 800000
    value_text: approximately 800,000
    by: Interior Ministry records
    by_role: federal government
    reported_by: The Strelsau Times
    event: market_blast
    source: https://example.invalid/figures
"""


def parse(text: str, name: str = "x.ledger.yaml"):
    return parse_ledger(load_yaml(text, name), name)


def plain(value):
    """What a YAML editor validates: unquoted dates are strings."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def schema_errors(text: str) -> list[str]:
    data = plain(yaml.safe_load(text))
    validator = jsonschema.Draft7Validator(SCHEMA)
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]


@pytest.fixture(scope="module")
def full():
    ledger = parse(FULL)
    check_references(ledger)
    return ledger


# -- titles and abbreviations -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Gen.", "gen"),
        ("Gen", "gen"),
        ("Lt. Gen.", "lt gen"),
        ("Lt.Gen.", "lt gen"),
        ("lt-gen", "lt gen"),
        ("Lt Gen", "lt gen"),
        ("Maj.-Gen.", "maj gen"),
        ("Maj.\u2013Gen.", "maj gen"),
        ("Dr.", "dr"),
        ("  Field   Marshal ", "field marshal"),
        ("ＧＥＮ．", "gen"),
    ],
)
def test_normalise_title_ignores_full_stops_hyphens_case_and_spacing(written, key):
    assert normalise_title(written) == key


@pytest.mark.parametrize("text", ["Gen. Asim Munir", "Lt. Gen. Asim Munir", "Maj.-Gen. X Y"])
def test_normalise_title_matches_whatever_the_tokenizer_does_with_the_full_stop(text):
    import spacy

    nlp = spacy.blank("en")
    title = text.rsplit(" ", 2)[0]
    tokens = [t.text for t in nlp(text)][: len(nlp(title))]
    assert normalise_title(" ".join(tokens)) == normalise_title(title)
    assert normalise_title("".join(tokens)) == normalise_title(title.replace(" ", ""))


def test_title_index_reaches_ranks_and_offices_by_abbreviation(full):
    index = full.title_index()
    assert index[normalise_title("Gen.")] == [("rank", "general")]
    assert index[normalise_title("Lt.-Gen.")] == [("rank", "lt_general")]
    assert index[normalise_title("Dr")] == [("rank", "doctor")]
    assert index["coas"] == [("office", "army_chief_ru")]
    assert full.ranks["general"].forms() == ("general", "gen")


# -- ranks, posts, aliases --------------------------------------------------------------------


def test_ranks_are_successive_titles_with_the_new_rank_as_the_fix(full):
    elphberg = "rudolf_elphberg"
    assert full.rank_on(elphberg, dt.date(2025, 10, 14)).rank == "field_marshal"
    assert full.rank_on(elphberg, dt.date(2025, 5, 19)).rank == "general"
    assert full.rank_on(elphberg, dt.date(2025, 5, 20)).rank == "field_marshal"
    assert full.rank_on(elphberg, dt.date(2017, 1, 1)) is None
    after = full.rank_after(elphberg, "general")
    assert after.rank == "field_marshal" and after.start == dt.date(2025, 5, 20)
    assert after.origin.source == "https://example.invalid/r3" and after.origin.line > 1
    assert [t.rank for t in full.rank_succession(elphberg)] == [
        "lt_general",
        "general",
        "field_marshal",
    ]


def test_post_rank_counts_where_people_ranks_are_silent():
    text = FULL.replace(
        "        concurrent_with: [elphberg_cdf]\n",
        "        concurrent_with: [elphberg_cdf]\n        rank: general\n",
    ).replace(
        "        title: Interior Minister\n",
        "        title: Interior Minister\n        rank: lt_general\n",
    )
    ledger = parse(text)
    check_references(ledger)
    assert ledger.people["rudolf_elphberg"].posts[0].rank == "general"
    # people[].ranks already cover the period: the post's rank adds no second term ...
    assert len(ledger.rank_succession("rudolf_elphberg")) == 3
    # ... and for someone without people[].ranks the post's rank is the rank.
    assert ledger.rank_on("karl_holt", dt.date(2023, 9, 1)).rank == "lt_general"
    assert ledger.rank_on("karl_holt", dt.date(2024, 1, 1)) is None
    unknown = parse(text.replace("        rank: lt_general\n", "        rank: colonel\n"))
    assert "names unknown rank 'colonel'" in reference_errors(unknown)[0].message


def test_concurrent_acting_and_additional_charge_posts(full):
    both = full.posts_on("rudolf_elphberg", dt.date(2026, 1, 1))
    assert {p.id for p in both} == {"elphberg_coas", "elphberg_cdf"}
    assert full.people["rudolf_elphberg"].posts[1].concurrent_with == ("elphberg_coas",)
    strel = full.people["flavia_strel"].posts[0]
    assert strel.qualifier == "acting" and strel.additional_charge
    assert strel.ended_by == "government_ended"
    assert [p.person for p in full.holders("interior_ru")] == ["karl_holt", "flavia_strel"]
    assert full.people["rudolf_elphberg"].posts[1].origin.source_date == dt.date(2025, 12, 5)


def test_surname_alias_is_marked_and_still_an_alias(full):
    person = full.people["rudolf_elphberg"]
    assert person.aliases == ("rudi elphberg", "elphberg")
    assert person.surnames == ("elphberg",) and person.is_surname("Elphberg")
    assert full.people_named("Elphberg") == [("rudolf_elphberg", "surname")]
    assert full.people_named("Rudi  Elphberg") == [("rudolf_elphberg", "alias")]
    assert full.people_named("rudolf elphberg") == [("rudolf_elphberg", "name")]
    assert full.people_named("holt") == [("karl_holt", "alias")]
    assert full.people_named("nobody") == []


# -- deadlines, events, figures ---------------------------------------------------------------


def test_deadline_chain_in_force_follows_announcements_and_place(full):
    before = full.deadline_chain_in_force("card_holders", None, dt.date(2025, 3, 1))
    assert before is None  # the national order was not public yet
    national = full.deadline_chain_in_force("card_holders", "national", dt.date(2025, 3, 20))
    assert national.deadline.id == "cards_national" and national.cutoff == dt.date(2025, 3, 31)
    assert not national.passed and len(national.pending) == 2
    extended = full.deadline_chain_in_force("card_holders", None, dt.date(2025, 4, 5))
    assert extended.cutoff == dt.date(2025, 4, 10) and len(extended.known) == 1
    final = full.deadline_chain_in_force("card_holders", None, dt.date(2025, 4, 20))
    assert final.cutoff == dt.date(2025, 4, 10) and final.passed
    assert final.known[-1].kind == "no_extension"
    assert final.enforcement_from == dt.date(2025, 4, 1)
    # A place's own order beats the national one there, from its announcement on.
    capital = full.deadline_chain_in_force("card_holders", "strelsau", dt.date(2025, 3, 20))
    assert capital.deadline.id == "cards_capital" and capital.cutoff == dt.date(2025, 2, 28)
    elsewhere = full.deadline_chain_in_force("card_holders", "Elsberg", dt.date(2025, 3, 20))
    assert elsewhere.deadline.id == "cards_national"
    assert full.deadline_chain_in_force("undocumented", None, dt.date(2025, 3, 20)) is None
    assert dt.date(2025, 4, 10) in full.deadlines["cards_national"].accepted_dates()
    link = full.deadlines["cards_national"].extensions[0]
    assert (link.announced, link.by, link.origin.source) == (
        dt.date(2025, 4, 1),
        "an interior ministry official",
        "https://example.invalid/eid-delay",
    )


def test_seed_validity_steps_read_as_a_chain():
    ledger = load_ledger(str(SEED_LEDGER), "seeds/ledger.yaml")
    state = ledger.deadline_chain_in_force("por", None, dt.date(2024, 5, 1))
    assert state.deadline.id == "por_validity_chain" and state.cutoff == dt.date(2024, 6, 30)
    later = ledger.deadline_chain_in_force("por", None, dt.date(2025, 8, 10))
    assert later.deadline.id == "ifrp_phase3_por" and later.cutoff == dt.date(2025, 9, 1)


def test_tolls_per_source_with_roles(full):
    tolls = full.tolls("market_blast")
    assert [(t.killed, t.role) for t in tolls] == [
        (4, "police"),
        (9, "hospital"),
        (30, "militant claim"),
    ]
    assert [t.claim for t in tolls] == [False, False, True]
    assert [t.by for t in full.tolls("market_blast", role="hospital")] == ["Civil Hospital"]
    event = full.events["market_blast"]
    assert (event.place, event.kind) == ("Strelsau", "attack")
    assert event.casualties[0]["role"] == "police"  # the raw entries rules read today


def test_figures_carry_as_of_and_who_gave_them(full):
    figure = full.figures[0]
    assert figure.as_of == dt.date(2025, 2, 25) and figure.date == dt.date(2025, 2, 26)
    assert (figure.by, figure.by_role, figure.reported_by, figure.event) == (
        "Interior Ministry records",
        "federal government",
        "The Strelsau Times",
        "market_blast",
    )


# -- backward compatibility ---------------------------------------------------------------------


def test_a_ledger_written_before_the_new_fields_gets_only_defaults_for_them():
    """The Ruritania fixture ledger predates ranks, chains and tolls per source (as the seed
    ledger did until its 2026-12-04 merge): it loads to exactly the objects it always did."""
    ledger = load_ledger(str(RURITANIA / "ledger.yaml"), "ruritania/ledger.yaml")
    assert ledger.ranks == {}
    for person in ledger.people.values():
        assert person.surnames == () and person.ranks == ()
        for post in person.posts:
            assert (post.rank, post.additional_charge, post.concurrent_with, post.ended_by) == (
                None,
                False,
                (),
                None,
            )
    for office in ledger.offices.values():
        assert office.abbreviations == () and office.holders == "single"
    for deadline in ledger.deadlines.values():
        assert deadline.extensions == () and deadline.place is None and deadline.by is None
        assert deadline.enforcement_from == deadline.extra.get("enforcement_from")
    for event in ledger.events.values():
        assert len(event.tolls) == len(event.casualties)
        assert all(
            set(c) <= {"figure", "killed", "injured", "by", "date"} for c in event.casualties
        )
    assert all(f.as_of is None and f.event is None for f in ledger.figures)


# -- errors with file and line, and agreement with the JSON Schema ------------------------------

MINI = "version: 1\noffices:\n  - {id: o, titles: [t], source: https://example.invalid/s}\n"
INVALID = [
    (
        "ranks:\n  - id: r\n    name: R\n    rnak: typo\n",
        "unknown key 'rnak'",
        7,
    ),
    (
        "people:\n  - id: p\n    name: P\n    ranks:\n      - {rank: r, start: '2020-01-01'}\n",
        "has no 'source'",
        8,
    ),
    (
        "people:\n  - id: p\n    name: P\n    posts:\n      - {id: x, office: o, title: T,\n"
        "         ended_by: sacked, source: s}\n",
        "ended_by must be one of",
        9,
    ),
    (
        "people:\n  - id: p\n    name: P\n    posts:\n      - {id: x, office: o, title: T,\n"
        "         additional_charge: 'yes', source: s}\n",
        "must be true or false",
        9,
    ),
    (
        "deadlines:\n  - id: d\n    title: D\n    source: s\n    extensions:\n"
        "      - {date: '2025-04-10', announced: '2025-04-01'}\n",
        "has no 'source'",
        9,
    ),
    (
        "deadlines:\n  - id: d\n    title: D\n    source: s\n    extensions:\n"
        "      - {date: '2025-04-10', kind: postponed, source: s}\n",
        "kind must be one of",
        9,
    ),
    (
        "deadlines:\n  - id: d\n    title: D\n    source: s\n    extensions:\n"
        "      - {date: '10 April 2025', source: s}\n",
        "not a date",
        9,
    ),
    (
        "events:\n  - id: e\n    title: E\n    source: s\n    casualties:\n"
        "      - {killed: 3, role: army spokesman, source: s}\n",
        "role must be one of",
        9,
    ),
    (
        "ranks: []\nofficez: []\n",
        "unknown key 'officez'",
        5,
    ),
    # an item that is not a mapping has no line of its own: its list's key gives the line
    (
        "people:\n  - id: p\n    name: P\n    posts:\n      - just a title\n",
        "people[0].posts[0] must be a mapping",
        7,
    ),
    (
        "events:\n  - just an event\n",
        "events[0] must be a mapping",
        4,
    ),
    (
        "people:\n  - id: p\n    name: P\n    aliases:\n      - {name: munir, surnmae: true}\n",
        "unknown key 'surnmae'",
        8,
    ),
    (
        "figures:\n  - id: f\n    metric: m\n    as_of: June 2025\n    source: s\n",
        "not a date",
        7,
    ),
]


@pytest.mark.parametrize(("tail", "needle", "line"), INVALID)
def test_invalid_additions_are_errors_with_line_and_the_json_schema_agrees(tail, needle, line):
    text = MINI + tail
    with pytest.raises(CorpusError) as info:
        parse(text)
    assert needle in info.value.message
    assert (info.value.path, info.value.line) == ("x.ledger.yaml", line)
    assert schema_errors(text), "the JSON Schema accepts what the loader refuses"


def test_office_holders_is_single_or_many():
    text = "version: 1\noffices:\n  - {id: o2, titles: [t], holders: several, source: s}\n"
    with pytest.raises(CorpusError, match="holders must be one of") as info:
        parse(text)
    assert info.value.line == 3
    assert schema_errors(text)


def test_surname_alias_must_be_one_word():
    text = (
        MINI + "people:\n  - id: p\n    name: P\n    aliases: [{name: de la cruz, surname: true}]\n"
    )
    with pytest.raises(CorpusError, match="a surname alias is one word"):
        parse(text)


def test_unknown_rank_is_a_reference_error(full):
    ledger = parse(FULL.replace("{rank: general, start", "{rank: generall, start"))
    errors = reference_errors(ledger)
    assert [e.message for e in errors] == ["person 'rudolf_elphberg' has unknown rank 'generall'"]
    assert errors[0].line > 1
    with pytest.raises(CorpusError, match="unknown rank"):
        check_references(ledger)


def test_json_schema_accepts_the_seed_ledger_and_the_full_example():
    jsonschema.Draft7Validator.check_schema(SCHEMA)
    assert schema_errors(SEED_LEDGER.read_text("utf-8")) == []
    assert schema_errors(FULL) == []


def test_json_schema_and_loader_agree_on_valid_minimal_ledgers():
    for text in (MINI, "version: 1\n", MINI + "ranks:\n  - {id: r, name: R}\n"):
        parse(text)
        assert schema_errors(text) == []


# -- lint warnings ------------------------------------------------------------------------------


def test_lint_warns_where_the_data_is_doubtful(full):
    assert lint_ledger(full) == []
    text = (
        FULL.replace("    source: https://example.invalid/commerce\n", "")
        .replace(
            "start: '2023-08-17'\n        end: '2023-12-15'",
            "start: '2023-08-17'\n        end: '2024-02-01'",
        )
        .replace("concurrent_with: [elphberg_coas]", "concurrent_with: [elphberg_coass]")
        .replace("category: card_holders\n    value", "category: card_holderz\n    value")
        .replace(
            "previous: '2025-04-10'\n        announced: '2025-04-09'",
            "previous: '2025-04-11'\n        announced: '2025-03-30'",
        )
        .replace("aliases: [holt]", "aliases: [holt, strel]")
        .replace("{killed: 9, by", "{killed: nine, by")
    )
    messages = [w.message for w in lint_ledger(parse(text))]
    expected = [
        "office 'commerce_ru' has no source",
        "concurrent_with names unknown post 'elphberg_coass'",
        "names unknown category 'card_holderz'",
        "out of order",
        "replaces 2025-04-11, but the cut-off before it is 2025-04-10",
        "alias 'strel' names several people",
        "killed: 'nine' is not a number",
    ]
    for needle in expected:
        assert any(needle in m for m in messages), (needle, messages)
    assert len(messages) == len(expected)
    # Holt (to 2024-02-01) and Strel overlap, but Strel's post is an additional charge.
    overlap = text.replace("        additional_charge: true\n", "")
    assert any("overlap" in w.message for w in lint_ledger(parse(overlap)))


RANKS_BY_MONTH = """\
version: 1
ranks:
- {id: maj_general, name: Major General, source: https://example.org/ranks}
- {id: lt_general, name: Lieutenant General, source: https://example.org/ranks}
people:
- id: rana
  name: Nadia Rana
  source: https://example.org/people
  ranks:
  - {rank: maj_general, start: '2022-12-01', end_partial: '2024-05', source: https://example.org/a}
  - {rank: lt_general, start_partial: '2024-05', source: https://example.org/b}
"""


def test_rank_terms_of_one_person_covering_a_common_day_are_a_warning():
    """A promotion known only to the month leaves that month's rank ambiguous."""
    (warning,) = lint_ledger(parse(RANKS_BY_MONTH))
    assert "person 'rana': ranks 'maj_general'" in warning.message
    assert "both cover 2024-05-01" in warning.message
    by_day = RANKS_BY_MONTH.replace("end_partial: '2024-05'", "end: '2024-05-11'").replace(
        "start_partial: '2024-05'", "start: '2024-05-11'"
    )
    assert lint_ledger(parse(by_day)) == []


RANK_FROM_A_YEAR = """\
version: 1
ranks:
- {id: air_marshal, name: Air Marshal, source: https://example.org/ranks}
- {id: air_chief_marshal, name: Air Chief Marshal, source: https://example.org/ranks}
people:
- id: sava
  name: Pero Sava
  source: https://example.org/people
  ranks:
  - {rank: air_marshal, start_partial: '2018', end: '2021-03-19', source: https://example.org/a}
  - {rank: air_chief_marshal, start: '2021-03-19', source: https://example.org/b}
"""


def test_a_rank_known_from_a_year_ends_on_the_day_the_next_starts():
    """A promotion known only to the year ("promoted ... in 2018") then a dated one (the change
    of command): the first rank counts from the year's first day, the second from its day, and
    the two terms share no day, so the record is clean."""
    ledger = parse(RANK_FROM_A_YEAR)
    assert ledger.rank_on("sava", dt.date(2017, 12, 31)) is None
    assert ledger.rank_on("sava", dt.date(2018, 1, 1)).rank == "air_marshal"
    assert ledger.rank_on("sava", dt.date(2021, 3, 18)).rank == "air_marshal"
    assert ledger.rank_on("sava", dt.date(2021, 3, 19)).rank == "air_chief_marshal"
    assert ledger.rank_after("sava", "air_marshal").rank == "air_chief_marshal"
    assert lint_ledger(ledger) == []
    overlapping = RANK_FROM_A_YEAR.replace("end: '2021-03-19'", "end_partial: '2021'")
    assert any("both cover" in w.message for w in lint_ledger(parse(overlapping)))


def test_lint_on_the_shipped_ledger_is_clean():
    """Abdul Kabir stood in for Hasan Akhund by decree (2023-05-17 to 2023-07-17) while Akhund
    remained prime minister: recorded as an additional charge, which is no overlap."""
    ledger = load_ledger(str(SEED_LEDGER), "seeds/ledger.yaml")
    assert lint_ledger(ledger) == []
    (stand_in,) = [p for p in ledger.holders("pm_af") if p.id == "abdul_kabir_pm_af"]
    assert stand_in.additional_charge and stand_in.end == dt.date(2023, 7, 17)


def test_a_stand_in_without_additional_charge_still_overlaps():
    """The check still sees two holders of a single-holder office when neither post is an
    additional charge."""
    ledger = load_ledger(str(SEED_LEDGER), "seeds/ledger.yaml")
    person = ledger.people["abdul_kabir"]
    posts = tuple(
        dataclasses.replace(p, additional_charge=False) if p.id == "abdul_kabir_pm_af" else p
        for p in person.posts
    )
    ledger.people["abdul_kabir"] = dataclasses.replace(person, posts=posts)
    warnings = lint_ledger(ledger)
    assert len(warnings) == 1 and "abdul_kabir_pm_af" in warnings[0].message


# -- corpus loading: explicit YAML files, files reached twice -----------------------------------


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_yaml_named_with_corpus_is_read_as_a_ledger_whatever_its_name(tmp_path):
    notes = _write(tmp_path / "beat-notes.yaml", MINI)
    sources = discover_sources([str(notes)], seeds=False)
    assert sources.ledgers == [(str(notes), str(notes))]
    assert "o" in load_ledgers(sources.ledgers).offices
    # In a folder, only ledger names are ledgers (other YAML may be anything).
    assert discover_sources([str(tmp_path)], seeds=False).ledgers == []


@pytest.mark.parametrize(
    ("name", "text", "needle"),
    [
        ("notes.yaml", "articles:\n  - {file: a.txt}\n", "looks like a manifest"),
        ("notes.yml", "people: []\n", "'version: 1' missing"),
        ("notes.yaml", "- just\n- a list\n", "'version: 1' missing"),
        ("notes.yaml", "version: 1\npeople: [\n", "invalid YAML"),
        ("notes.json", "{}", "not a corpus file"),
    ],
)
def test_explicit_corpus_file_that_is_not_a_ledger_is_refused_by_name(tmp_path, name, text, needle):
    path = _write(tmp_path / name, text)
    with pytest.raises(CorpusError) as info:
        discover_sources([str(path)], seeds=False)
    assert needle in info.value.message and info.value.path == str(path)


def test_explicit_yaml_ledger_with_a_bad_entry_names_its_line(tmp_path):
    path = _write(tmp_path / "mine.yaml", MINI + "events:\n  - {id: e, title: t}\n")
    sources = discover_sources([str(path)], seeds=False)
    with pytest.raises(CorpusError) as info:
        load_ledgers(sources.ledgers)
    assert (info.value.path, info.value.line) == (str(path), 5)


def test_same_ledger_reached_twice_is_read_once(tmp_path):
    folder = tmp_path / "beat"
    ledger = _write(folder / "ledger.yaml", MINI)
    _write(folder / "manifest.yaml", "version: 1\narticles: []\n")
    link = tmp_path / "alias.ledger.yaml"
    os.symlink(ledger, link)
    linked_folder = tmp_path / "beat-link"
    os.symlink(folder, linked_folder, target_is_directory=True)
    paths = [str(folder), str(ledger), str(link), str(linked_folder)]
    sources = discover_sources(paths, seeds=False)
    assert sources.ledgers == [(str(folder / "ledger.yaml"), f"{folder}/ledger.yaml")]
    assert len(sources.manifests) == 1
    assert list(load_ledgers(sources.ledgers).offices) == ["o"]


def test_shipped_ledger_named_again_is_not_defined_twice():
    sources = discover_sources([str(SEED_LEDGER)], seeds=True)
    assert len(sources.ledgers) == 1


def test_a_copy_of_a_ledger_is_still_defined_twice(tmp_path):
    first = _write(tmp_path / "a" / "ledger.yaml", MINI)
    second = _write(tmp_path / "b" / "ledger.yaml", MINI)
    with pytest.raises(CorpusError, match="defined twice"):
        load_ledgers(discover_sources([str(first), str(second)], seeds=False).ledgers)


def test_load_corpus_reads_an_explicit_yaml_ledger_once(tmp_path):
    path = _write(tmp_path / "newsroom.yaml", FULL)
    corpus = load_corpus([str(path), str(path), str(tmp_path)], seeds=False)
    assert "rudolf_elphberg" in corpus.ledger.people
    assert corpus.ledger.files == [str(path)]


def test_seed_ledger_names_its_json_schema_for_yaml_editors():
    modeline = [
        line
        for line in SEED_LEDGER.read_text("utf-8").splitlines()
        if line.startswith("# yaml-language-server: $schema=")
    ]
    assert len(modeline) == 1
    relative = modeline[0].split("$schema=", 1)[1]
    assert (SEED_LEDGER.parent / relative).resolve() == (
        ROOT / "linter" / "schema" / "ledger.schema.json"
    )


# -- dates known only to the month or year; places named in drafts ------------------------------

PARTIAL = MINI + (
    "people:\n"
    "  - id: p\n"
    "    name: P\n"
    "    ranks:\n"
    "      - {rank: r, start_partial: '2024-05', source: https://example.invalid/s}\n"
    "    posts:\n"
    "      - {id: p1, office: o, title: T, start_partial: 2012, end_partial: '2013-12',\n"
    "         source: https://example.invalid/s}\n"
    "      - {id: p2, office: o, title: T, start: '2013-12-10', end: null, source: https://example.invalid/s}\n"
    "ranks:\n"
    "  - {id: r, name: R, source: https://example.invalid/s}\n"
)


def test_dates_known_only_to_the_month_or_year():
    ledger = parse(PARTIAL)
    first, _ = ledger.people["p"].posts
    assert (first.start, first.start_partial, first.end, first.end_partial) == (
        None,
        "2012",
        None,
        "2013-12",
    )
    term = ledger.people["p"].ranks[0]
    assert term.start is None and term.start_partial == "2024-05"
    # No day is invented: p1 may have ended after p2 started (both in December 2013), so no
    # overlap is asserted.
    assert lint_ledger(ledger) == []
    assert schema_errors(PARTIAL) == []


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        ("start_partial: 2012,", "start_partial: '2012-13',"),
        ("start_partial: 2012,", "start_partial: May 2012,"),
        ("end_partial: '2013-12'", "end_partial: '2013-12', end: '2013-12-31'"),
    ],
)
def test_partial_dates_are_checked(change, needle):
    text = PARTIAL.replace(change, needle)
    with pytest.raises(CorpusError) as info:
        parse(text)
    assert "_partial" in info.value.message and info.value.line == 10
    if "end:" not in needle:
        assert schema_errors(text)


def test_place_terms_name_a_deadline_place(full):
    text = FULL.replace(
        "    place: Strelsau\n    source",
        "    place: Strelsau\n    place_terms: [strelsau, the capital]\n    source",
    )
    ledger = parse(text)
    state = ledger.deadline_chain_in_force("card_holders", "The Capital", dt.date(2025, 3, 20))
    assert state.deadline.id == "cards_capital"
    assert schema_errors(text) == []


def test_a_surname_shared_by_people_who_all_mark_it_is_no_duplicate():
    text = FULL.replace("aliases: [holt]", "aliases: [holt, {name: elphberg, surname: true}]")
    assert lint_ledger(parse(text)) == []
    unmarked = FULL.replace("aliases: [holt]", "aliases: [holt, elphberg]")
    assert ["names several people" in w.message for w in lint_ledger(parse(unmarked))] == [True]


def test_a_term_known_only_to_the_month_covers_that_whole_month_and_no_more() -> None:
    import datetime as dt

    from narrlint.knowledge.ledger import term_covers

    def covers(day: str, **term) -> bool:
        full = {"start": None, "end": None, "start_partial": None, "end_partial": None, **term}
        return term_covers(**full, day=dt.date.fromisoformat(day))

    assert covers("2025-10-31", start=dt.date(2025, 1, 2), end_partial="2025-10")
    assert not covers("2025-11-01", start=dt.date(2025, 1, 2), end_partial="2025-10")
    assert covers("2025-10-01", start_partial="2025-10") and not covers(
        "2025-09-30", start_partial="2025-10"
    )
    assert covers("2024-12-31", end_partial="2024") and not covers("2025-01-01", end_partial="2024")
    assert not covers("2025-01-02", end=dt.date(2025, 1, 2))
    assert covers("1990-01-01") and covers("2090-01-01")
