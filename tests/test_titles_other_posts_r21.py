"""NL402's "never held" only where the title written is the ledger's office and the name is
its holder. Shapes where neither is so (round 20's blind false alarms, paraphrased, and one
the round-21 false-alarm hunt found), and two where the reader had missed the claim:

- a government title followed by "of" and an organisation's name is that body's post
  ("President of the Regional Chess Council", "president of the ruling party"), not the
  country's office of the same title, unless the body's words are the ledger office's own;
- a title inside a longer post's name walked over "of the" ("the country director of the
  Relief Commissioner X"): the name holds the longer post;
- in a list of appointments ("X was appointed as the foreign minister, Y, a cleric, was named
  as …"), the title is the appointee's, not the next item's name set off by commas (an
  appointment itself, a post being taken up, is not judged; a title set off before a name
  elsewhere still is);
- in a list of titled names, a title whose own holder the ledger lacks ("Chief Secretary
  X Y, Foreign Minister Z, …") does not take the next item's name;
- "under" the preposition before a capitalised title ("a meeting under Chief Secretary X")
  is read (a lesser post's "under" stays one: "the under foreign minister").

A fictional ledger: Rolf Aas is Sylvania's interior minister; Liv Berg its president; Jon
Dahl its foreign minister; Ada Holm the Relief Commissioner; Per Lund chairs the Sylvanian
Chess Board (an office the ledger records)."""

import pytest

from .conftest import ledger_corpus, lint_text

LEDGER = """\
version: 1
offices:
  - {id: president_sy, name: President of Sylvania, country: Sylvania, titles: [president]}
  - {id: fm_sy, name: Foreign Minister of Sylvania, country: Sylvania,
     titles: [foreign minister]}
  - {id: im_sy, name: Interior Minister of Sylvania, country: Sylvania,
     titles: [interior minister]}
  - {id: relief_chief, name: Relief Commissioner, country: Sylvania,
     titles: [Relief Commissioner]}
  - {id: chess_chair, name: Chairman of the Sylvanian Chess Board, country: Sylvania,
     titles: [Chairman of the Sylvanian Chess Board, chess board chairman]}
people:
  - id: rolf_aas
    name: Rolf Aas
    aliases: [rolf aas]
    posts:
      - {id: aas_im, office: im_sy, title: Interior Minister, start: '2022-01-01', end: null,
         source: https://example.invalid/sy/aas}
  - id: liv_berg
    name: Liv Berg
    aliases: [liv berg]
    posts:
      - {id: berg_president, office: president_sy, title: President, start: '2022-01-01',
         end: null, source: https://example.invalid/sy/berg}
  - id: jon_dahl
    name: Jon Dahl
    aliases: [jon dahl]
    posts:
      - {id: dahl_fm, office: fm_sy, title: Foreign Minister, start: '2022-01-01', end: null,
         source: https://example.invalid/sy/dahl}
  - id: ada_holm
    name: Ada Holm
    aliases: [ada holm]
    posts:
      - {id: holm_relief, office: relief_chief, title: Relief Commissioner,
         start: '2022-01-01', end: null, source: https://example.invalid/sy/holm}
  - id: per_lund
    name: Per Lund
    aliases: [per lund]
    posts:
      - {id: lund_chess, office: chess_chair, title: Chairman of the Sylvanian Chess Board,
         start: '2022-01-01', end: null, source: https://example.invalid/sy/lund}
"""

DAY = "2024-05-01"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def _codes(corpus, text):
    return [f.code for f in lint_text(corpus, text, date=DAY, codes=("NL401", "NL402"))]


@pytest.mark.parametrize(
    "text",
    [
        "Rolf Aas chairs the cabinet. Aas is also the President of the Regional Chess Council "
        "(RCC), having taken over last year.",
        "Rolf Aas, President of the Regional Chess Council, said the final would go ahead.",
        "Rolf Aas, the president of the Sylvania Chess Association, opened the event.",
        "Rolf Aas is the President of the Northern Football League.",
    ],
)
def test_a_title_of_an_organisation_named_after_it_is_not_judged(ledger, text):
    assert _codes(ledger, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Rolf Aas is also the President of Sylvania.",
        "Rolf Aas, President of Sylvania, said the final would go ahead.",
        "Rolf Aas is the President of the Republic of Sylvania.",
        "Rolf Aas is the President.",
    ],
)
def test_the_countrys_office_is_still_judged(ledger, text):
    assert _codes(ledger, text) == ["NL402"], text


@pytest.mark.parametrize(
    "text",
    [
        "Rolf Aas met the country director of the Relief Commissioner Jon Dahl, who called "
        "on him at his office.",
        "Rolf Aas spoke to the representative of the Relief Commissioner Jon Dahl.",
        "Liv Berg received a regional director of the Relief Commissioner Jon Dahl.",
    ],
)
def test_a_title_inside_a_longer_post_after_of_the_is_not_judged(ledger, text):
    assert _codes(ledger, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Rolf Aas met the Relief Commissioner Jon Dahl, who called on him at his office.",
        "Liv Berg received Relief Commissioner Jon Dahl in the capital.",
    ],
)
def test_the_title_before_the_name_is_still_judged(ledger, text):
    assert _codes(ledger, text) == ["NL402"], text


@pytest.mark.parametrize(
    "text",
    [
        "Jon Dahl was appointed as the foreign minister, Rolf Aas, a former judge, was named "
        "as the interior minister, the spokesman said.",
        "Jon Dahl was named as the foreign minister, Rolf Aas, the interior minister, told "
        "reporters.",
    ],
)
def test_an_appointees_title_is_not_the_next_names(ledger, text):
    assert _codes(ledger, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Jon Dahl met the foreign minister, Rolf Aas, on Monday in the capital.",
        "The ministry said the foreign minister, Rolf Aas, would travel on Monday.",
    ],
)
def test_a_wrong_title_in_an_appointment_list_is_still_judged(ledger, text):
    assert "NL402" in _codes(ledger, text), text


@pytest.mark.parametrize(
    "text",
    [
        # the first title's holder is a name the ledger lacks: the next name is another item
        "Interior Minister Tor Vik Hansen, Foreign Minister Jon Dahl, Mayor Eva Lie and other "
        "officials attended the ceremony, according to a statement.",
        "Interior Minister Rolf Aas, President Tor Vik Hansen, Jon Dahl, Ada Holm and others "
        "attended, according to a statement.",
    ],
)
def test_a_name_set_off_after_a_titled_unknown_name_is_not_its_holder(ledger, text):
    assert _codes(ledger, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # a complement the ledger's titles spell is no name: the name after the comma holds it
        "Foreign Minister Sylvania, Rolf Aas, said the roads were open.",
        "The foreign minister, Rolf Aas, said the roads were open.",
    ],
)
def test_a_title_with_its_place_set_off_before_the_name_is_still_judged(ledger, text):
    assert _codes(ledger, text) == ["NL402"], text


@pytest.mark.parametrize(
    "text",
    [
        # "under" the preposition before a capitalised title: the title is the name's
        "The cabinet held a security meeting under Foreign Minister Rolf Aas on Wednesday.",
        "Talks were held under President Jon Dahl in the capital.",
    ],
)
def test_a_title_after_the_preposition_under_is_judged(ledger, text):
    assert _codes(ledger, text) == ["NL402"], text


@pytest.mark.parametrize(
    "text",
    [
        # "under" of a lesser post before a lower-case title
        "The meeting heard the under foreign minister Rolf Aas.",
        "The cabinet met under Interior Minister Rolf Aas on Wednesday.",
    ],
)
def test_a_lesser_post_under_or_the_right_title_is_silent(ledger, text):
    assert _codes(ledger, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # a body told in common nouns after "of the"
        "Rolf Aas, president of the ruling party, said the final would go ahead.",
        "Rolf Aas is also the president of the national chess council.",
    ],
)
def test_a_title_of_a_body_in_common_nouns_is_not_judged(ledger, text):
    assert _codes(ledger, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Rolf Aas is the president of the country.",
        # the body's phrase goes on: not read as a body ("of the board of …")
        "Rolf Aas is the president of the board of governors.",
    ],
)
def test_a_common_noun_that_names_no_body_keeps_the_title_judged(ledger, text):
    assert _codes(ledger, text) == ["NL402"], text
