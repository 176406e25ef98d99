"""Titles with their place or body moved (``titles_variants``): "Balochistan inspector
general of police …" names the post the ledger spells otherwise."""

import datetime as dt
from itertools import pairwise

import pytest

from .titles_support import CODES, display_name, lint_codes, never_held

# A ledger title written with its place or body moved


def _moved_title_cases(corpus, limit=8):
    """(head, name word, holder, another person of the country, day) for offices held by
    one at a time whose ledger title ends with the word that makes the post one office (a
    word in two or more of the office's titles and in few other offices' titles: "ispr",
    "balochistan"), the holder on record on a day of the tenure."""
    ledger = corpus.ledger
    offices_of = {}
    for office in ledger.offices.values():
        for title in office.titles:
            for word in title.split():
                offices_of.setdefault(word, set()).add(office.id)
    links = ("of", "for", "to", "on", "in")
    heads = {  # a post's noun stands before its complement somewhere: "secretary for …"
        w
        for office in ledger.offices.values()
        for title in office.titles
        for w, after in pairwise(title.split())
        if after in links
    }
    places = {  # a place or body opens a title somewhere, or ends it after "of"
        w
        for office in ledger.offices.values()
        for title in office.titles
        for w in (title.split()[0], title.split(" of ")[-1])
        if " " in title and " " not in w
    }
    cases = []
    for office in ledger.offices.values():
        if office.holders != "single":
            continue
        for title in office.titles:
            words = title.split()
            name = words[-1]
            if name in heads or name not in places:
                continue
            if (
                len(words) < 2
                or not title.replace(" ", "").isalpha()
                or {"for", "to", "on", "in", "the", "and"} & set(words)
                or words[-2] == "of"
                or sum(name in t.split() for t in office.titles) < 2
                or len(offices_of[name]) > 4
            ):
                continue
            holder = next(
                (
                    p
                    for p in ledger.people.values()
                    if not p.surnames
                    for q in p.posts
                    if q.office == office.id and q.start and (q.end is None or q.end > q.start)
                ),
                None,
            )
            if holder is None:
                continue
            post = next(q for q in holder.posts if q.office == office.id and q.start)
            day = post.start + dt.timedelta(days=10)
            other = never_held(ledger, office)
            if other is not None:
                cases.append((" ".join(words[:-1]), name, holder, other, day))
            break
        if len(cases) >= limit:
            break
    return cases


MOVED_TEMPLATES = (
    "{Name} {Head} {person} said the situation was under control.",
    "{Name}'s {head} {person} has said the situation is under control.",
    "{Head} of {Name} {person} told reporters the situation was under control.",
    "{Head} for {Name} {person} said on Monday that the situation was under control.",
    "The situation is under control, {Name} {Head} {person} said.",
    "The meeting was attended by {Head} of {Name} {person} and other officials.",
)


def _caps(words):
    return " ".join(
        w if w == "of" else w.upper() if len(w) <= 4 else w.capitalize() for w in words.split()
    )


@pytest.mark.parametrize("template", MOVED_TEMPLATES)
def test_grid_a_title_with_its_place_or_body_moved_names_the_post(seed_corpus, template):
    """ "Inspector General of Police Balochistan" is also written "Balochistan Inspector
    General of Police", "Inspector General of Police for Balochistan"; "Director General
    ISPR" is "ISPR Director General", "Director General of ISPR"."""
    cases = _moved_title_cases(seed_corpus)
    assert len(cases) >= 2
    for head, name, holder, other, day in cases:
        values = {"head": head, "Head": _caps(head), "Name": _caps(name)}
        wrong = template.format(person=display_name(other), **values)
        right = template.format(person=display_name(holder), **values)
        assert lint_codes(seed_corpus, wrong, day, ("NL402",)) == ["NL402"], (wrong, day)
        assert lint_codes(seed_corpus, right, day, CODES) == [], (right, day)


def test_a_moved_word_order_two_offices_give_is_neither_s():
    """A word order the titles of two offices both give is neither's ("police chief of x"
    from one's "police chief x" and another's "x police chief"), and the ledger's own
    spellings always win over a moved one."""
    from narrlint.claims.titles_variants import title_variants

    def flat(pairs):
        variants = title_variants(pairs)
        return {" ".join(v): t for entries in variants.values() for v, t in entries}

    one = flat([("a", "police chief karak"), ("a", "karak police chief")])
    assert one["police chief of karak"] in ("police chief karak", "karak police chief")
    assert "karak police chief" not in one  # spelt by the ledger itself
    two = flat([("a", "police chief karak"), ("b", "karak police chief")])
    assert "police chief of karak" not in two
    assert not any(v.startswith(("of ", "for ", "in ")) for v in one)
