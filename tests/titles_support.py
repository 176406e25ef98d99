"""What the title-reading tests share: a fictional ledger ("Sylvania", no seed text and no
real person) as the ``sylvania`` fixture, and helpers that read the seed ledger's own posts
for the grids (values read from the loaded ledger, never written in a test).

A test module that takes ``sylvania`` binds it at module level (``sylvania =
titles_support.sylvania``): pytest finds fixtures among a module's names."""

import pytest

from narrlint.knowledge.corpus import load_corpus

from .conftest import lint_text

CODES = ("NL401", "NL402")

SYLVANIA = """\
version: 1
offices:
  - {id: pm_sy, name: Prime Minister of Sylvania, country: Sylvania, titles: [prime minister]}
  - {id: president_sy, name: President of Sylvania, country: Sylvania, titles: [president]}
  - {id: fm_sy, name: Foreign Minister of Sylvania, country: Sylvania,
     titles: [foreign minister]}
  - {id: interior_sy, name: Interior Minister of Sylvania, country: Sylvania,
     titles: [interior minister]}
  - {id: fs_sy, name: Foreign Secretary of Sylvania, country: Sylvania,
     titles: [foreign secretary]}
  - {id: amb_arcadia, name: Sylvania's Ambassador to Arcadia, country: Sylvania,
     titles: [ambassador, ambassador to arcadia]}
  - {id: amb_borduria, name: Sylvania's Ambassador to Borduria, country: Sylvania,
     titles: [ambassador, ambassador to borduria]}
  - {id: cm_north, name: Chief Minister of the North, country: Sylvania,
     titles: [chief minister, north chief minister]}
  - {id: cm_south, name: Chief Minister of the South, country: Sylvania,
     titles: [chief minister, south chief minister]}
  - {id: adviser_sy, name: Adviser to the Prime Minister, country: Sylvania,
     titles: [prime minister's adviser], holders: many}
  - {id: jcsc_sy, name: Chairman Joint Chiefs of Staff Committee, country: Sylvania,
     titles: [chairman joint chiefs of staff committee]}
  - {id: army_chief_sy, name: Chief of Army Staff of Sylvania, country: Sylvania,
     titles: [army chief, chief of army staff]}
  - {id: dgmi_sy, name: Director General of Military Intelligence of Sylvania, country: Sylvania,
     titles: [director general of military intelligence, mi chief]}
  - {id: arcadia_fm, name: Foreign Minister of Arcadia, country: Arcadia,
     titles: [arcadian foreign minister]}
  - {id: arcadia_pm, name: Prime Minister of Arcadia, country: Arcadia,
     titles: [prime minister]}
  - {id: defence_sy, name: Defence Minister of Sylvania, country: Sylvania,
     titles: [defence minister]}
  - {id: arcadia_amb_sy, name: Arcadia's Ambassador to Sylvania, country: Arcadia,
     titles: [ambassador, ambassador to sylvania]}
  - {id: envoy_sy, name: Special Envoy for Arcadia, country: Sylvania,
     titles: [special envoy, special envoy for arcadia, sylvania's special envoy]}
ranks:
  - {id: general, name: General, titles: [general], abbreviations: [Gen., Gen], order: 4,
     source: https://example.invalid/sy/ranks}
  - {id: field_marshal, name: Field Marshal, titles: [field marshal], order: 5,
     source: https://example.invalid/sy/ranks}
people:
  - id: ilse_varga
    name: Ilse Varga
    aliases: [ilse varga]
    posts:
      - {id: varga_pm, office: pm_sy, title: Prime Minister, start: '2022-01-01', end: null,
         source: https://example.invalid/sy/varga}
  - id: eva_lund
    name: Eva Lund
    aliases: [eva lund]
    posts:
      - {id: lund_president, office: president_sy, title: President, start: '2020-01-01',
         end: null, source: https://example.invalid/sy/lund}
  - id: tomas_reyes
    name: Tomas Reyes
    aliases: [tomas reyes]
    posts:
      - {id: reyes_fm, office: fm_sy, title: Foreign Minister, start: '2022-01-01', end: null,
         source: https://example.invalid/sy/reyes}
  - id: omar_zed
    name: Omar Zed
    aliases: [omar zed]
    posts:
      - {id: zed_fm, office: arcadia_fm, title: Foreign Minister of Arcadia,
         start: '2020-01-01', end: null, source: https://example.invalid/ar/zed}
  - id: nora_blix
    name: Nora Blix
    aliases: [nora blix]
    posts:
      - {id: blix_pm, office: arcadia_pm, title: Acting Prime Minister of Arcadia,
         qualifier: acting, start: '2020-01-01', end: null, source: https://example.invalid/ar/blix}
  - id: ida_kron
    name: Ida Kron
    aliases: [ida kron]
    posts:
      - {id: kron_defence, office: defence_sy, title: Acting Defence Minister,
         qualifier: acting, start: '2022-01-01', end: null, source: https://example.invalid/sy/kron}
  - id: mara_quist
    name: Mara Quist
    aliases: [mara quist]
    posts:
      - {id: quist_interior, office: interior_sy, title: Interior Minister,
         start: '2022-01-01', end: null, source: https://example.invalid/sy/quist}
  - id: anton_weiss
    name: Anton Weiss
    aliases: [anton weiss]
    posts:
      - {id: weiss_fs, office: fs_sy, title: Foreign Secretary of Sylvania,
         start_partial: 2012-03, end_partial: 2013-12, source: https://example.invalid/sy/weiss}
  - id: leo_brandt
    name: Leo Brandt
    aliases: [leo brandt, {name: brandt, surname: true}]
    posts:
      - {id: brandt_envoy, office: envoy_sy, title: Special Envoy for Arcadia,
         start: '2023-05-23', end: '2024-09-10', source: https://example.invalid/sy/brandt}
  - id: paula_roth
    name: Paula Roth
    aliases: [paula roth]
    posts:
      - {id: roth_arcadia, office: amb_arcadia, title: Ambassador to Arcadia,
         start: '2020-01-01', end: null, source: https://example.invalid/sy/roth}
  - id: sven_ek
    name: Sven Ek
    aliases: [sven ek]
    posts:
      - {id: ek_borduria, office: amb_borduria, title: Ambassador to Borduria,
         start: '2021-01-01', end: null, source: https://example.invalid/sy/ek}
  - id: lars_onn
    name: Lars Onn
    aliases: [lars onn]
    posts:
      - {id: onn_sylvania, office: arcadia_amb_sy, title: Arcadia's Ambassador to Sylvania,
         start: '2020-01-01', end: null, source: https://example.invalid/ar/onn}
  - id: nina_falk
    name: Nina Falk
    aliases: [nina falk, {name: falk, surname: true}]
    posts:
      - {id: falk_cm, office: cm_north, title: Caretaker Chief Minister of the North,
         qualifier: caretaker, start: '2023-01-01', end: '2024-02-26',
         source: https://example.invalid/sy/falk}
  - id: rosa_lind
    name: Rosa Lind
    aliases: [rosa lind]
    posts:
      - {id: lind_cm, office: cm_north, title: Chief Minister of the North,
         start: '2024-02-26', end: null, source: https://example.invalid/sy/lind}
  - id: emil_haas
    name: Emil Haas
    aliases: [emil haas]
    posts:
      - {id: haas_cm, office: cm_south, title: Chief Minister of the South,
         start: '2022-01-01', end: null, source: https://example.invalid/sy/haas}
  - id: otto_krenz
    name: Otto Krenz
    aliases: [otto krenz]
    posts:
      - {id: krenz_jcsc, office: jcsc_sy, title: Chairman Joint Chiefs of Staff Committee,
         start: '2022-11-27', end: null, source: https://example.invalid/sy/krenz}
  - id: hugo_stahl
    name: Hugo Stahl
    aliases: [hugo stahl, {name: stahl, surname: true}]
    ranks:
      - {rank: general, start: '2022-11-29', end: '2025-05-20',
         source: https://example.invalid/sy/stahl}
      - {rank: field_marshal, start: '2025-05-20', end: null,
         source: https://example.invalid/sy/stahl-promoted}
    posts:
      - {id: stahl_mi, office: dgmi_sy, title: Director General of Military Intelligence,
         start: '2020-01-01', end: '2022-11-28', source: https://example.invalid/sy/stahl-mi}
      - {id: stahl_chief, office: army_chief_sy, title: Chief of Army Staff,
         start: '2022-11-29', end: null, source: https://example.invalid/sy/stahl}
  - id: karl_moser
    name: Karl Moser
    aliases: [karl moser, {name: moser, surname: true}]
    posts:
      - {id: moser_pm, office: pm_sy, title: Caretaker Prime Minister, qualifier: caretaker,
         start: '2021-08-14', end: '2022-01-01', successor: ilse_varga,
         source: https://example.invalid/sy/moser}
      - {id: moser_north, office: cm_north, title: Chief Minister of the North,
         start: '2022-03-01', end: '2022-12-31', source: https://example.invalid/sy/moser-cm}
governments:
  - id: sy_caretaker
    name: Caretaker government of Sylvania
    country: Sylvania
    qualifier: caretaker
    terms: [caretaker government, interim government]
    country_terms: [sylvania, sylvanian, sylvania's]
    start: '2021-08-14'
    end: '2022-01-01'
    source: https://example.invalid/sy/caretaker
  - id: ar_government
    name: Government of Arcadia
    country: Arcadia
    terms: [arcadian government, interim administration]
    country_terms: [arcadia, arcadian, arcadia's]
    start: '2020-01-01'
    end: null
    source: https://example.invalid/ar/government
"""


@pytest.fixture(scope="module")
def sylvania(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sylvania")
    (folder / "ledger.yaml").write_text(SYLVANIA)
    return load_corpus([str(folder)], seeds=False)


def found(corpus, text, date):
    return [f.code for f in lint_text(corpus, text, date=date, codes=CODES)]


def lint_codes(corpus, text, day, codes):
    return [f.code for f in lint_text(corpus, text, date=day.isoformat(), codes=codes)]


def display_name(person):
    return person.name.split(" (")[0]


def title_cased(title):
    """ "minister for interior" -> "Minister for Interior", "us envoy" -> "US Envoy"."""
    small = {"of", "for", "the", "and", "to", "on", "in"}
    return " ".join(
        w if w in small else w.upper() if len(w) <= 2 else w.capitalize() for w in title.split()
    )


def unique_title(corpus, office):
    """A title of ``office`` of two words or more that names no other office, title-cased."""
    for title in office.titles:
        others = [o for o in corpus.ledger.offices.values() if title in o.titles]
        if len(title.split()) >= 2 and len(others) == 1 and title.replace(" ", "").isalpha():
            return title_cased(title)
    return None


def never_held(ledger, office):
    """Someone of ``office``'s country, named by full name only (no ranks, no bare surname),
    who never held that office: the wrong holder a grid puts beside its title."""
    return next(
        (
            p
            for p in ledger.people.values()
            if p.posts
            and not p.ranks
            and not p.surnames
            and all(q.office != office.id for q in p.posts)
            and all(ledger.offices[q.office].country == office.country for q in p.posts)
        ),
        None,
    )


def ended_posts(corpus, limit=6, started=False):
    """(title, holder, post) for ended, unqualified posts of single-holder offices with a
    unique title, one per office, held by someone named by full name who holds no post of that
    office ending later (or open); ``started``: only posts whose start is recorded."""
    cases = []
    for office in corpus.ledger.offices.values():
        title = unique_title(corpus, office)
        if office.holders != "single" or title is None:
            continue
        for person in corpus.ledger.people.values():
            post = next((p for p in person.posts if p.office == office.id and p.end), None)
            if post is None or person.surnames or post.qualifier:
                continue
            if started and post.start is None:
                continue
            others = [p for p in person.posts if p.office == office.id and p is not post]
            if any(p.end is None or p.end > post.end for p in others):
                continue
            cases.append((title, person, post))
            break
        if len(cases) >= limit:
            break
    return cases


def rank_changes(corpus):
    """(old rank's written name, person, the day of the change) for people whose recorded
    rank ended on the day the next began."""
    ledger = corpus.ledger
    cases = []
    for person in ledger.people.values():
        if person.surnames:
            continue
        terms = ledger.rank_succession(person.id)
        for old in terms:
            after = [t for t in terms if t is not old and t.start == old.end]
            rank = ledger.ranks.get(old.rank)
            if old.end is None or not after or rank is None or " " not in rank.name:
                continue
            cases.append((rank.name, person, old.end))
    assert len(cases) >= 2
    return cases
