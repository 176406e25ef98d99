"""A ledger title written with bracketed acronyms inside it ("Director General (DG)
Inter-Services Intelligence (ISI) Lieutenant General …"): read as the title it glosses. The
grid writes the seed ledger's own titles with glosses made from their words' initials."""

import datetime as dt

import pytest

from .conftest import ledger_corpus
from .titles_support import display_name, lint_codes

CODES = ("NL401", "NL402")


def _glossed(title):
    """ "director general of inter-services intelligence" -> "Director General (DG)
    Inter-Services Intelligence (ISI)": the title's two halves each followed by its initials
    (without "of"), or ``None`` for a title too short to split."""
    if set(title.split()) & {"for", "and", "to", "on", "the", "in"}:
        return None  # glossed where its parts are names ("Director General (DG) …")
    words = [w for w in title.split() if w != "of"]
    if len(words) < 4 or not all(w.replace("-", "").isalpha() for w in words):
        return None
    half = len(words) // 2
    parts = []
    for chunk in (words[:half], words[half:]):
        initials = "".join(p[0] for w in chunk for p in w.split("-")).upper()
        cased = " ".join("-".join(p.capitalize() for p in w.split("-")) for w in chunk)
        parts.append(f"{cased} ({initials})")
    return " ".join(parts)


def _cases(corpus, limit=8):
    """(glossed title, person, post): posts of single-holder offices with known dates and a
    title of three words or more that no other office shares."""
    ledger = corpus.ledger
    cases = []
    for person in ledger.people.values():
        if person.surnames or person.ranks:
            continue
        for post in person.posts:
            office = ledger.offices.get(post.office)
            if office is None or office.holders != "single" or not (post.start and post.end):
                continue
            if any(p.office == post.office and p is not post for p in person.posts):
                continue
            for title in office.titles:
                shared = [o for o in ledger.offices.values() if title in o.titles]
                glossed = _glossed(title) if len(shared) == 1 else None
                if glossed is not None:
                    cases.append((glossed, person, post))
                    break
    return cases[:limit]


def test_grid_a_title_with_its_acronyms_glossed_is_read_and_judged(seed_corpus):
    cases = _cases(seed_corpus)
    assert len(cases) >= 3
    for glossed, person, post in cases:
        name = display_name(person)
        for template in (
            "{title} {name} addressed the media on Tuesday.",
            "The meeting was attended by {title} {name} and others.",
            "{name}, {title}, addressed the media on Tuesday.",
            "{name}, the {title}, addressed the media on Tuesday.",
        ):
            text = template.format(title=glossed, name=name)
            stale = post.end + dt.timedelta(days=60)
            assert lint_codes(seed_corpus, text, stale, CODES) == ["NL401"], (text, stale)
            held = post.end - dt.timedelta(days=10)
            if held > post.start:
                assert lint_codes(seed_corpus, text, held, CODES) == [], (text, held)


def test_a_gloss_whose_words_are_no_title_names_nothing(seed_corpus):
    """Bracketed acronyms around words that are no ledger title read no title."""
    for _title, person, post in _cases(seed_corpus, limit=3):
        name = display_name(person)
        stale = post.end + dt.timedelta(days=60)
        for text in (
            f"Regional Planning Board (RPB) member {name} addressed the media.",
            f"The Public Accounts Committee (PAC) chairman {name} addressed the media.",
        ):
            assert lint_codes(seed_corpus, text, stale, CODES) == [], (text, stale)


LEDGER = """\
version: 1
offices:
  - {id: dg_fpo, name: Director General of the Federal Planning Office, country: Sylvania,
     titles: [director general fpo, fpo chief, director general of federal planning office]}
people:
  - id: anna_berg
    name: Anna Berg
    aliases: [anna berg]
    posts:
      - {id: berg_dg, office: dg_fpo, title: Director General FPO, start: '2020-01-01',
         end: '2022-01-01', source: https://example.invalid/sy/berg}
  - id: otto_lang
    name: Otto Lang
    aliases: [otto lang]
    posts:
      - {id: lang_dg, office: dg_fpo, title: Director General FPO, start: '2022-01-01',
         end: null, source: https://example.invalid/sy/lang}
"""


@pytest.fixture(scope="module")
def planning(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


@pytest.mark.parametrize(
    ("title", "stands_in"),
    [
        ("Federal Planning Office (FPO) chief", True),
        ("Federal Planning Office (FPO) Director General (DG)", True),
        ("Director General (DG) Federal Planning Office (FPO)", False),
        ("Director General of the Federal Planning Office (FPO)", False),
    ],
)
def test_an_acronym_may_stand_for_the_words_it_glosses(planning, title, stands_in):
    stale = dt.date(2024, 6, 1)
    for text in (f"{title} Anna Berg addressed the media.", f"Anna Berg, {title}, spoke."):
        assert lint_codes(planning, text, stale, CODES) == ["NL401"], text
        assert lint_codes(planning, text.replace("Anna Berg", "Otto Lang"), stale, CODES) == []
    if stands_in:  # an acronym that is not the initials of the words before it stands for none
        wrong = title.replace("(FPO)", "(XYZ)")
        text = f"{wrong} Anna Berg addressed the media."
        assert lint_codes(planning, text, stale, CODES) == [], text


MISSION_LEDGER = """\
version: 1
offices:
  - {id: unfma_head, name: Head of the UN Field Mission in Arcadia, country: United Nations,
     titles: [head of unfma, unfma chief]}
people:
  - id: rut_moll
    name: Rut Moll
    aliases: [rut moll]
    posts:
      - {id: moll_head, office: unfma_head, title: Head of UNFMA, start: '2020-03-24',
         end: '2022-06-09', source: https://example.invalid/un/moll}
  - id: ivo_marr
    name: Ivo Marr
    aliases: [ivo marr]
    posts:
      - {id: marr_head, office: unfma_head, title: Head of UNFMA, start: '2022-09-02',
         end: null, source: https://example.invalid/un/marr}
"""


@pytest.fixture(scope="module")
def mission(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, MISSION_LEDGER)


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Marr, the head of the UN Field Mission in Arcadia (UNFMA), said the killing must end.",
        "UN Field Mission in Arcadia (UNFMA) chief Ivo Marr said the killing must end.",
        "At the council, Ivo Marr, head of the United Nations Field Mission in Arcadia (UNFMA), "
        "spoke first.",
    ],
)
def test_an_acronym_keeps_a_two_letter_word_and_leaves_out_a_small_one(mission, text):
    """ "UN Field Mission in Arcadia (UNFMA)": "UN" kept whole, "in" left out; a later
    holder named so before his tenure is NL402, the holder then stays silent."""
    day = dt.date(2021, 3, 24)
    assert lint_codes(mission, text, day, CODES) == ["NL402"], text
    assert lint_codes(mission, text.replace("Ivo Marr", "Rut Moll"), day, CODES) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # an acronym that does not abbreviate the words before it stands for none of them
        "Ivo Marr, the head of the UN Field Mission in Arcadia (UNXYZ), said the killing must end.",
        # only small words are left out, never a word's initial ("Field")
        "Ivo Marr, the head of the UN Field Mission in Arcadia (UNMA), said the killing must end.",
    ],
)
def test_an_acronym_that_abbreviates_nothing_before_it_reads_no_title(mission, text):
    assert lint_codes(mission, text, dt.date(2021, 3, 24), CODES) == [], text
