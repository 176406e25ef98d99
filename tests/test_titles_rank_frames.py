"""A sentence that reports a promotion or a change of post excuses only the rank the change
ended, and a change of post only while the promotion is news: "Lieutenant General X was
promoted to Field Marshal" for a General, or "General X has been appointed defence chief" a
year after X became Field Marshal, is an outdated rank (mutation probes found both silent).

Grids read the seed ledger's rank terms (never dates written here); a fictional ledger gives
a person three ranks, since a rank two steps back needs them."""

import datetime as dt
import itertools

import pytest

from .conftest import ledger_corpus
from .titles_support import display_name, lint_codes

CODES = ("NL401", "NL402")

PROMOTION_FRAMES = (
    "The cabinet approved the promotion of {rank} {name} to the rank of {new} on Tuesday.",
    "{rank} {name} was promoted to {new} on Tuesday.",
    "On Tuesday the government elevated {rank} {name} to {new}, the ministry said.",
    "{rank} {name}, whose promotion to {new} was approved on Tuesday, met the envoy.",
    # the new rank written after "as", with no name after it: the rank itself
    "The minister welcomed the decision to appoint {rank} {name} as {new}.",
    "On Tuesday the president named {rank} {name} as {new}, the ministry said.",
)
CHANGE_FRAMES = (
    "{rank} {name} has been appointed as the country's first defence chief.",
    "{rank} {name} attended the retirement ceremony of the outgoing corps commander.",
    "The defence ministry said {rank} {name} was named as the new chairman of the joint staff.",
)

TRIO = """\
version: 1
offices:
  - {id: army_chief_tr, name: Chief of Army Staff of Trestia, country: Trestia,
     titles: [army chief, chief of army staff]}
ranks:
  - {id: lt_general, name: Lieutenant General, titles: [lieutenant general],
     abbreviations: [Lt Gen], order: 3, source: https://example.invalid/tr/ranks}
  - {id: general, name: General, titles: [general], order: 4,
     source: https://example.invalid/tr/ranks}
  - {id: field_marshal, name: Field Marshal, titles: [field marshal], order: 5,
     source: https://example.invalid/tr/ranks}
people:
  - id: oren_palk
    name: Oren Palk
    aliases: [oren palk]
    ranks:
      - {rank: lt_general, start: null, end: '2020-03-02', source: https://example.invalid/tr/1}
      - {rank: general, start: '2020-03-02', end: '2023-06-12',
         source: https://example.invalid/tr/2}
      - {rank: field_marshal, start: '2023-06-12', end: null,
         source: https://example.invalid/tr/3}
    posts:
      - {id: palk_chief, office: army_chief_tr, title: Chief of Army Staff,
         start: '2020-03-05', end: null, source: https://example.invalid/tr/4}
"""


@pytest.fixture(scope="module")
def trestia(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, TRIO)


def _names(corpus, person_id):
    ledger = corpus.ledger
    terms = ledger.rank_succession(person_id)
    return [ledger.ranks[t.rank].name for t in terms], terms


@pytest.mark.parametrize("template", PROMOTION_FRAMES + CHANGE_FRAMES)
def test_a_rank_two_steps_back_is_outdated_in_a_report_of_a_change(trestia, template):
    (old, _, new), terms = _names(trestia, "oren_palk")
    for day in (terms[2].start + dt.timedelta(days=1), terms[2].start + dt.timedelta(days=200)):
        text = template.format(rank=old, name="Oren Palk", new=new)
        assert lint_codes(trestia, text, day, CODES) == ["NL401"], (text, day)
        # "then-" marks the old rank as the one held at the event: stays right
        then = template.format(rank=f"then-{old}", name="Oren Palk", new=new)
        assert lint_codes(trestia, then, day, CODES) == [], (then, day)


@pytest.mark.parametrize("template", PROMOTION_FRAMES)
def test_the_rank_a_reported_promotion_ended_is_not_outdated(trestia, template):
    (_, previous, new), terms = _names(trestia, "oren_palk")
    for day in (terms[2].start + dt.timedelta(days=1), terms[2].start + dt.timedelta(days=200)):
        text = template.format(rank=previous, name="Oren Palk", new=new)
        assert lint_codes(trestia, text, day, CODES) == [], (text, day)


@pytest.mark.parametrize("template", CHANGE_FRAMES)
def test_a_change_of_post_excuses_the_rank_before_a_promotion_only_while_it_is_news(
    trestia, template
):
    (_, previous, new), terms = _names(trestia, "oren_palk")
    text = template.format(rank=previous, name="Oren Palk", new=new)
    fresh = terms[2].start + dt.timedelta(days=5)
    assert lint_codes(trestia, text, fresh, CODES) == [], (text, fresh)
    late = terms[2].start + dt.timedelta(days=200)
    assert lint_codes(trestia, text, late, CODES) == ["NL401"], (text, late)


def _promoted(corpus, limit=6):
    """(person, earlier term, later term) of the seed ledger: two successive ranks, the later
    one dated and still held."""
    cases = []
    for person in corpus.ledger.people.values():
        if person.surnames:
            continue
        terms = corpus.ledger.rank_succession(person.id)
        for earlier, later in itertools.pairwise(terms):
            if later.start is not None and later.end is None and earlier.rank != later.rank:
                cases.append((person, earlier, later))
    return cases[:limit]


@pytest.mark.parametrize("template", CHANGE_FRAMES)
def test_grid_a_change_of_post_long_after_a_promotion_does_not_excuse_the_old_rank(
    seed_corpus, template
):
    cases = _promoted(seed_corpus)
    assert len(cases) >= 3
    for person, earlier, later in cases:
        ranks = seed_corpus.ledger.ranks
        old, new = ranks[earlier.rank].name, ranks[later.rank].name
        day = later.start + dt.timedelta(days=200)
        text = template.format(rank=old, name=display_name(person), new=new)
        assert lint_codes(seed_corpus, text, day, CODES) == ["NL401"], (text, day)
        # the rank held on the date, in the same sentence: right
        right = template.format(rank=new, name=display_name(person), new=new)
        assert lint_codes(seed_corpus, right, day, CODES) == [], (right, day)


def test_a_rank_after_as_reported_in_the_sentence_before_excuses_the_old_rank(trestia):
    """ "… the decision to appoint General X as Field Marshal. She congratulated General X on
    the honour.": the second sentence tells of the change the first reports."""
    (_, previous, new), terms = _names(trestia, "oren_palk")
    day = terms[2].start + dt.timedelta(days=1)
    text = (
        f"The minister welcomed the decision to appoint {previous} Oren Palk as {new}. In a "
        f"statement she congratulated {previous} Oren Palk on receiving the honour."
    )
    assert lint_codes(trestia, text, day, CODES) == [], text


def test_a_rank_after_as_before_a_name_reports_no_change(trestia):
    """ "as Field Marshal Y had done" names another person by rank: no promotion is told, and
    the old rank stays outdated."""
    (_, previous, new), terms = _names(trestia, "oren_palk")
    day = terms[2].start + dt.timedelta(days=200)
    text = f"{previous} Oren Palk spoke at the parade, as {new} Ada Lenz had done before him."
    assert lint_codes(trestia, text, day, CODES) == ["NL401"], text
