"""How a title is quoted and fixed: "former" after an owner and in lower case for an acronym
title in prose, and a title inside a quotation left to its speaker."""

import datetime as dt

import pytest

from narrlint.output.fixes import apply_edits

from . import titles_support
from .conftest import lint_text
from .titles_support import CODES, display_name, found

sylvania = titles_support.sylvania  # the shared fixture, under the name the tests ask for


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        (
            "Sylvania's Special Envoy Leo Brandt met the minister.",
            "Sylvania's former Special Envoy Leo Brandt met the minister.",
        ),
        (
            "The talks were led by Sylvania's special envoy Leo Brandt.",
            "The talks were led by Sylvania's former special envoy Leo Brandt.",
        ),
        (
            "Special Envoy Leo Brandt met the minister.",
            "Former Special Envoy Leo Brandt met the minister.",
        ),
    ],
)
def test_former_goes_after_an_owner_written_in_the_title(sylvania, text, fixed):
    (finding,) = lint_text(sylvania, text, date="2025-01-15", codes=CODES)
    assert finding.code == "NL401"
    assert apply_edits(text, finding.fix.edits) == fixed
    assert f'Write "{fixed.split(" Leo")[0].split("by ")[-1].replace("Former", "former")}"' in (
        finding.message
    )


# ---------------------------------------------------------------------------------------------
# A quotation keeps the speaker's words


@pytest.mark.parametrize(
    "text",
    [
        '"General Hugo Stahl is a great soldier," the visitor said.',
        "The visitor said: “General Hugo Stahl is a great soldier.”",
        "“Caretaker Prime Minister Karl Moser kept his word,” she says.",
        "“Foreign Minister Leo Brandt called me,” the envoy said.",
    ],
)
def test_a_title_inside_a_quotation_is_the_speakers(sylvania, text):
    assert found(sylvania, text, "2025-08-01") == [], text


@pytest.mark.parametrize(
    "text",
    [
        "General Hugo Stahl met the envoy, who called the talks “useful”.",
        "The envoy called the talks “useful”. General Hugo Stahl met him.",
        "The envoy’s team met General Hugo Stahl.",
    ],
)
def test_a_title_outside_a_closed_quotation_is_judged(sylvania, text):
    assert found(sylvania, text, "2025-08-01") == ["NL401"], text


def test_grid_an_acronym_title_in_ordinary_prose_takes_former_in_lower_case(seed_corpus):
    """ "CJCSC General …" in a sentence of ordinary prose is an acronym, not a line of
    capitals: the fix writes "Former CJCSC" / "former CJCSC"; a headline in capitals keeps
    "FORMER"."""
    ledger = seed_corpus.ledger
    checked = 0
    for office in ledger.offices.values():
        acronyms = [t for t in office.titles if t.isalpha() and 4 <= len(t) <= 5]
        if office.holders != "single" or not acronyms:
            continue
        for person in ledger.people.values():
            post = next((p for p in person.posts if p.office == office.id and p.end), None)
            if post is None or person.surnames or post.qualifier:
                continue
            day = post.end + dt.timedelta(days=40)
            if any(p.office == office.id and p.held_on(day) for p in person.posts):
                continue
            acronym, name = acronyms[0].upper(), display_name(person)
            for text, fixed in (
                (f"{acronym} {name} met the envoy.", f"Former {acronym} {name} met the envoy."),
                (f"The envoy met {acronym} {name}.", f"The envoy met former {acronym} {name}."),
                (
                    f"{acronym} {name.upper()} MEETS THE ENVOY",
                    f"FORMER {acronym} {name.upper()} MEETS THE ENVOY",
                ),
            ):
                findings = lint_text(seed_corpus, text, date=day.isoformat(), codes=("NL401",))
                assert [f.code for f in findings] == ["NL401"], (text, day)
                assert apply_edits(text, findings[0].fix.edits) == fixed
            checked += 1
            break
    assert checked
