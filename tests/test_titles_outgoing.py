""" "Outgoing" says a tenure is ending, which the ledger can check: long after the recorded end
it is as stale as no mark ("the outgoing PM, X" a year after X left: NL401, the fix writes
"former" in its place); near the end, or for a post still held, it is right. A predecessor's
name after "outgoing" was silent (mutation probe). A rank written after an "outgoing" title is
the holder's rank now ("outgoing army chief, General X" after X's promotion: stale), not one of
the past as after "former".

Grids read the seed ledger's ended single-holder posts; days are offsets from their ends."""

import datetime as dt

import pytest

from . import titles_support
from .conftest import lint_text
from .test_titles_end_reports import _ended
from .titles_support import display_name, found, lint_codes

sylvania = titles_support.sylvania

CODES = ("NL401", "NL402")

TEMPLATES = (
    "The plan was announced by the country's outgoing {lower}, {name}, on Saturday.",
    "Outgoing {title} {name} met the envoy on Saturday.",
    "On Saturday the outgoing {lower} {name} met the envoy.",
)


@pytest.mark.parametrize("template", TEMPLATES)
def test_grid_outgoing_long_after_the_end_is_stale(seed_corpus, template):
    cases = _ended(seed_corpus)
    assert len(cases) >= 4
    for title, person, end in cases:
        text = template.format(title=title, lower=title.lower(), name=display_name(person))
        late = end + dt.timedelta(days=400)
        assert lint_codes(seed_corpus, text, late, CODES) == ["NL401"], (text, late)
        for near in (end - dt.timedelta(days=5), end + dt.timedelta(days=5)):
            assert lint_codes(seed_corpus, text, near, CODES) == [], (text, near)
        # "former" stays right at any date
        former = text.replace("outgoing", "former").replace("Outgoing", "Former")
        assert lint_codes(seed_corpus, former, late, CODES) == [], (former, late)


def test_the_fix_writes_former_in_place_of_outgoing(seed_corpus):
    title, person, end = _ended(seed_corpus)[0]
    for template in TEMPLATES:
        text = template.format(title=title, lower=title.lower(), name=display_name(person))
        late = end + dt.timedelta(days=400)
        (finding,) = lint_text(seed_corpus, text, date=late.isoformat(), codes=("NL401",))
        (edit,) = finding.fix.edits
        assert text[edit.start : edit.end].lower() == "outgoing"
        assert edit.replacement == ("Former" if text.startswith("Outgoing") else "former")


RANK_AFTER = (
    "The president met the outgoing army chief, General Hugo Stahl, on Monday.",
    "The president met outgoing Chief of Army Staff (COAS), General Hugo Stahl, on Monday.",
    "Outgoing army chief General Hugo Stahl held a farewell meeting on Monday.",
    "On Monday the outgoing Chief of Army Staff General Hugo Stahl met the envoy.",
)


@pytest.mark.parametrize("text", RANK_AFTER)
def test_a_rank_after_an_outgoing_title_is_of_the_drafts_date(sylvania, text):
    # Stahl (fictional ledger): General until 2025-05-20, Field Marshal since, army chief
    assert found(sylvania, text, "2025-08-01") == ["NL401"], text
    assert found(sylvania, text, "2025-01-01") == [], text  # General then
    now = text.replace("General Hugo", "Field Marshal Hugo")
    assert found(sylvania, now, "2025-08-01") == [], now


@pytest.mark.parametrize("text", [t for t in RANK_AFTER if "(COAS)," not in t])
def test_a_rank_after_a_former_title_is_of_that_time(sylvania, text):
    # (not yet "former Chief of Army Staff (COAS), General X": the gloss and the comma keep
    # the name from the title, and the rank is judged alone)
    former = text.replace("outgoing", "former").replace("Outgoing", "Former")
    assert found(sylvania, former, "2025-08-01") == [], former
