"""Names of the ledger's people written otherwise than the ledger (linter/claims/
titles_spellings.py): a recorded name in another transliteration ("Kareem Halim" for Karim
Haleem) is the person's, when one of its words is written as recorded and every other has
its consonants; the last word of a recorded full name written alone ("Air Marshal Rind",
"Qazi, who also serves as …") is read as a surname alias: the person's next to one of the
person's ranks or titles or after the full name, when the ledger, or the names written
before it, give that surname to one person only.

The fictional ledger below (no real person): Karim Haleem is Sylvania's army chief, Otto Krenz
the chairman of the joint chiefs, Zafar Ahmad Rind an air chief marshal since 2021 (air
marshal before), Omar Qazi a lieutenant general heading intelligence, Mara Quist the interior
minister; Tariq Baig and Nadia Baig share a surname."""

import pytest

from narrlint.claims.titles_spellings import found_names, skeleton, spellings

from .conftest import ledger_corpus, lint_text

DAY = "2024-03-18"

LEDGER = """\
version: 1
offices:
  - {id: jcsc_sy, name: Chairman Joint Chiefs of Staff Committee, country: Sylvania,
     titles: [chairman joint chiefs of staff committee]}
  - {id: army_chief_sy, name: Chief of Army Staff of Sylvania, country: Sylvania,
     titles: [army chief, chief of army staff]}
  - {id: air_chief_sy, name: Chief of the Air Staff of Sylvania, country: Sylvania,
     titles: [air chief, chief of the air staff]}
  - {id: dgi_sy, name: Director General of Intelligence of Sylvania, country: Sylvania,
     titles: [director general of intelligence, spy chief]}
  - {id: interior_sy, name: Interior Minister of Sylvania, country: Sylvania,
     titles: [interior minister]}
  - {id: interior_secretary_sy, name: Interior Secretary of Sylvania, country: Sylvania,
     titles: [interior secretary]}
ranks:
  - {id: lt_general, name: Lieutenant General, titles: [lieutenant general],
     abbreviations: [Lt. Gen., Lt Gen], order: 3, source: https://example.invalid/sy/ranks}
  - {id: general, name: General, titles: [general], abbreviations: [Gen., Gen], order: 4,
     source: https://example.invalid/sy/ranks}
  - {id: air_marshal, name: Air Marshal, titles: [air marshal], order: 3,
     source: https://example.invalid/sy/ranks}
  - {id: air_chief_marshal, name: Air Chief Marshal, titles: [air chief marshal], order: 4,
     source: https://example.invalid/sy/ranks}
people:
  - id: karim_haleem
    name: Karim Haleem
    aliases: [karim haleem]
    ranks:
      - {rank: general, start: '2022-11-29', end: null, source: https://example.invalid/sy/haleem}
    posts:
      - {id: haleem_chief, office: army_chief_sy, title: Chief of Army Staff,
         start: '2022-11-29', end: null, source: https://example.invalid/sy/haleem}
  - id: otto_krenz
    name: Otto Krenz
    aliases: [otto krenz]
    posts:
      - {id: krenz_jcsc, office: jcsc_sy, title: Chairman Joint Chiefs of Staff Committee,
         start: '2022-11-27', end: null, source: https://example.invalid/sy/krenz}
  - id: zafar_rind
    name: Zafar Ahmad Rind
    aliases: [zafar ahmad rind, zafar rind]
    ranks:
      - {rank: air_marshal, start_partial: '2018', end: '2021-03-19',
         source: https://example.invalid/sy/rind}
      - {rank: air_chief_marshal, start: '2021-03-19', end: null,
         source: https://example.invalid/sy/rind-promoted}
    posts:
      - {id: rind_chief, office: air_chief_sy, title: Chief of the Air Staff,
         start: '2021-03-19', end: null, source: https://example.invalid/sy/rind-promoted}
  - id: omar_qazi
    name: Omar Qazi
    aliases: [omar qazi]
    ranks:
      - {rank: lt_general, start: '2021-10-06', end: null, source: https://example.invalid/sy/qazi}
    posts:
      - {id: qazi_dgi, office: dgi_sy, title: Director General of Intelligence,
         start: '2023-09-30', end: null, source: https://example.invalid/sy/qazi}
  - id: mara_quist
    name: Mara Quist
    aliases: [mara quist]
    posts:
      - {id: quist_interior, office: interior_sy, title: Interior Minister,
         start: '2022-01-01', end: null, source: https://example.invalid/sy/quist}
  - id: tariq_baig
    name: Tariq Baig
    aliases: [tariq baig]
    ranks:
      - {rank: air_marshal, start_partial: '2015', end: '2020-06-30',
         source: https://example.invalid/sy/baig}
      - {rank: air_chief_marshal, start: '2020-06-30', end: null,
         source: https://example.invalid/sy/baig}
  - id: nadia_baig
    name: Nadia Baig
    aliases: [nadia baig]
    posts:
      - {id: baig_secretary, office: interior_secretary_sy, title: Interior Secretary,
         start: '2022-01-01', end: null, source: https://example.invalid/sy/nadia-baig}
"""


@pytest.fixture(scope="module")
def spelt(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def codes(corpus, text):
    return [f.code for f in lint_text(corpus, text, date=DAY, codes=("NL401", "NL402"))]


@pytest.mark.parametrize(
    "written, recorded",
    [("Muneer", "Munir"), ("Chaudhary", "Chaudhry"), ("Aasim", "Asim"), ("Ahmed", "Ahmad")],
)
def test_transliterations_share_a_skeleton(written, recorded):
    assert skeleton(written) == skeleton(recorded)


@pytest.mark.parametrize(
    "text",
    [
        "Chairman Joint Chiefs of Staff Committee General Karim Halim said the border was calm.",
        "Chairman Joint Chiefs of Staff Committee Gen. Kareem Haleem said the border was calm.",
        "The border is calm, said Chairman Joint Chiefs of Staff Committee Syed Karim Halim.",
        "Karim Halim, the Chairman Joint Chiefs of Staff Committee, said the border was calm.",
        "Air Marshal Zafar Rynd has been awarded the Star of Merit.",
    ],
)
def test_a_recorded_name_spelt_otherwise_is_the_person(spelt, text):
    assert codes(spelt, text) in (["NL401"], ["NL402"]), text


@pytest.mark.parametrize(
    "text",
    [
        "In recognition of his services, Air Marshal Rind has been awarded the Star of Merit.",
        "Air Marshal Rind says the new jets will arrive in May.",
        "Lieutenant General Omar Qazi met the envoy on Monday. Qazi, who also serves as "
        "Interior Minister, said the talks went well.",
        "The spy chief, Lt Gen Omar Qazi, met the envoy. Qazi – who also serves as the "
        "Interior Minister – will stay on.",
        "Omar Qazi met the envoy. Interior Minister Qazi said the talks went well.",
        "Air Chief Marshal Tariq Baig opened the academy. Air Marshal Baig says it will train "
        "pilots.",
    ],
)
def test_a_surname_alone_is_the_person_next_to_a_rank_or_after_the_full_name(spelt, text):
    assert codes(spelt, text) in (["NL401"], ["NL402"]), text


@pytest.mark.parametrize(
    "text",
    [
        # the holders themselves, and the right titles and ranks
        "Chairman Joint Chiefs of Staff Committee General Otto Krenz said the border was calm.",
        "Army Chief General Kareem Haleem said the border was calm.",
        "Air Chief Marshal Rind has been awarded the Star of Merit.",
        "Spy chief Qazi met the envoy.",
        # someone else: another surname, another first name, a longer name, no word as recorded
        "Chairman Joint Chiefs of Staff Committee General Karim Hashim said the border was calm.",
        "Chairman Joint Chiefs of Staff Committee General Salim Haleem said the border was calm.",
        "Chairman Joint Chiefs of Staff Committee General Kareem Halim said the border was calm.",
        "Air Marshal Sohail Rind has been awarded the Star of Merit.",
        "Lieutenant General Omar Qazi met the envoy. Qazi Hussain, the Interior Minister, said "
        "the talks went well.",
        # a surname two people share, neither named before; a surname not named in full before
        "Air Marshal Baig has been awarded the Star of Merit.",
        "Interior Minister Qazi said the talks went well.",
        # a rank or title of the past, a promotion or resignation told, another country's post
        "In 2019, Air Marshal Rind commanded the southern air command.",
        "Air Marshal Rind was promoted to Air Chief Marshal on 19 March 2021.",
        "Omar Qazi met the envoy. Qazi, the former Interior Minister, said the talks went well.",
        "Omar Qazi met the envoy. Qazi, who resigned as Interior Minister, said the talks went "
        "well.",
        "Omar Qazi met the envoy. Qazi met Arcadia's Interior Minister on Monday.",
        "Omar Qazi met the envoy. Qazi, who also serves as Arcadia's Interior Minister, spoke.",
    ],
)
def test_look_alikes_stay_silent(spelt, text):
    assert codes(spelt, text) == [], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # capitalised words the draft names nothing with before the name: the name ends the run
        ("Talks in North Coast Province Old Town Karim Halim were held.", "Karim Halim"),
        ("He met the envoy of Port Royal City Zafar Ahmed Rind on Monday.", "Zafar Ahmed Rind"),
        # no recorded name at the run's end
        ("Talks in North Coast Province Old Town Karim Hashim were held.", None),
    ],
)
def test_a_name_spelt_otherwise_ends_a_longer_run_of_capitalised_words(spelt, text, expected):
    doc = spelt.nlp(text)
    found, _ = found_names(doc, spellings(spelt.ledger), doc.ents, spelt.ledger, frozenset())
    assert [span.text for span in found] == ([expected] if expected else []), text
