"""Whether a title of another office than the person's is shown wrong by the ledger (for
NL402): the office one person holds at a time and someone else held then, a kind of post of
which the person held none while in another post of its country, an office several hold at
once without the person; and the forms that are the person's own post written otherwise (a
short form, a junior post's lesser-post word). Apart from :mod:`.nl402`, which writes the
problems."""

from __future__ import annotations

import datetime as dt
import re

from narrlint.api import Corpus, Person, Post, title_lexicon
from narrlint.claims.titles import TitleClaim, holders_on
from narrlint.claims.titles_names import SUBORDINATE

from .common import of_persons_country

__all__ = [
    "abolished_before",
    "beside_several",
    "federal_meant",
    "head_noun",
    "held_by_others",
    "held_elsewhere",
    "junior_rendering",
    "junior_then",
    "kind_of_post",
    "own_office_shortened",
    "records",
    "title_words",
]


def held_by_others(corpus: Corpus, claim: TitleClaim, person: Person, day: dt.date) -> bool:
    """Whether the ledger shows that the title was not the person's on the date the sentence speaks
    of: it names offices that one person holds at a time, one office of a kind in its country (not
    "Ambassador" or "Chief Minister", kinds of post the ledger records only some of, kept by retired
    diplomats as a courtesy: :func:`held_elsewhere` judges those), and the ledger records who held
    each of them then, someone else (on one date the sentence speaks of at least: "… visiting India
    on October 9-10, … since they took power in August 2021" is judged on the visit's date when the
    ledger has no holder in August 2021). A title written as past ("former …", "who had served as
    …") is not judged: the ledger does not record the whole career it may refer to. Nor is "acting"
    for an office whose holder is not recorded as acting, given to someone who then held another
    post in its country: a stand-in while the holder is away or ill ("Acting President …") is a
    title the ledger does not track (unless the person's own post then is "acting" too: the style of
    that government, not a stand-in)."""
    if claim.past_marked or claim.frame.then or claim.foreign_owner:
        return False
    meant = of_persons_country(corpus, claim.offices, person)
    offices = [corpus.ledger.offices.get(o) for o in meant]
    if not offices or any(o is None or o.holders != "single" for o in offices):
        return False
    if kind_of_post(corpus, meant):
        return False  # "ambassador": a kind of post, not one office
    days = [p.first for p in claim.frame.periods] or [day]
    for office in meant:
        recorded = 0
        for when in days:
            held = holders_on(corpus, office, when)
            if not held and not claim.frame.years and abolished_before(corpus, office, when):
                recorded += 1  # "Chairman X, <name>" after the office was abolished: no one's
                continue
            if not held:
                continue  # a date the ledger has no holder for decides nothing either way
            recorded += 1
            if any(holder.id == person.id for holder, _ in held):
                return False
            if (
                claim.temporary == "acting"
                and any(p.qualifier != "acting" for _, p in held)
                and _serves(corpus, person, office, when)
                and not _serves(corpus, person, office, when, qualifier="acting")
            ):
                return False  # "Acting President X": a stand-in while the holder is away
        if not recorded:
            return False
    return True


ABOLISHED = "post_abolished"
"""The ``ended_by`` of the last tenure of an office that was abolished."""


def abolished_before(corpus: Corpus, office: str, day: dt.date) -> bool:
    """Whether the ledger records ``office`` as abolished by ``day``: its latest tenure ended
    with the office (``ended_by: post_abolished``) on or before that day, and no tenure of it
    starts later. Then no one held it on the day, and the record says so."""
    posts = [post for _, post in title_lexicon(corpus).posts.get(office, ())]
    ended = [p for p in posts if p.ended_by == ABOLISHED and p.end is not None and p.end <= day]
    if not ended:
        return False
    last = max(p.end for p in ended)
    return not any(
        p.end is None or p.end > last or (p.start is not None and p.start >= last) for p in posts
    )


def federal_meant(corpus: Corpus, claim: TitleClaim, person: Person, day: dt.date) -> bool:
    """Whether a title shared by a federal and provincial offices may be read as the federal
    one's (:func:`.levels.named_levels`) for ``person``: every post on record for them is in
    the country of those offices (not another country's official: "Information Minister X" for
    Iran's interior minister stays a kind of post), and none they hold on ``day`` has a title
    with all the title's words (their own office may be meant: "Information Minister" for the
    Minister for Information Technology)."""
    known = corpus.ledger.offices
    countries = {o.country for o in map(known.get, claim.offices) if o is not None}
    own = {o.country for o in (known.get(p.office) for p in person.posts) if o is not None}
    if len(own) != 1 or not own <= countries:
        return False
    words = _words(claim.title.text)
    for post in person.posts:
        office = known.get(post.office)
        if (
            post.held_on(day)
            and office is not None
            and any(words <= _words(t) for t in (office.name, *office.titles))
        ):
            return False
    return True


COURTESY = frozenset({"ambassador"})
"""Kinds of post kept as a style for life: reports call a retired envoy "Ambassador X" while
the person holds another post (the ledger's Asif Durrani, special representative), so a person
never recorded in one of them is not judged on the bare word."""


def held_elsewhere(corpus: Corpus, claim: TitleClaim, person: Person, day: dt.date) -> bool:
    """Whether a title several offices of one country share ("caretaker Information
    Minister": federal or provincial; "Chief Minister" of four provinces), none of which the
    person ever held, is wrong whichever is meant: on each date the sentence speaks of, the
    ledger records the person in a post of that country held by one at a time ("the caretaker
    Information Minister Sarfraz Bugti" in October 2023, when he was the caretaker interior
    minister), none of whose titles has the title's words (a province's information minister
    the title does not list: "Information Minister" may mean that one). Not for a title written
    as past or set at another time, another body's or country's post, a courtesy style
    (:data:`COURTESY`), nor where the ledger records no post of the person then."""
    if claim.past_marked or claim.frame.then or claim.foreign_owner:
        return False
    known = corpus.ledger.offices
    meant = of_persons_country(corpus, claim.offices, person)
    offices = [known.get(o) for o in meant]
    if not kind_of_post(corpus, meant) or any(o is None or o.holders != "single" for o in offices):
        return False  # one office (judged by its holder), or not a government's posts
    words = _words(claim.title.text)
    if words & COURTESY:
        return False
    countries = {o.country for o in offices if o is not None}
    for when in [p.first for p in claim.frame.periods] or [day]:
        held = [p for p in person.posts if p.held_on(when)]
        if not held or any(p.office in claim.offices for p in held):
            return False
        for post in held:
            office = known.get(post.office)
            if office is None or office.country not in countries or office.holders != "single":
                return False  # another country's official, or a post held beside others
            if any(words <= _words(t) for t in (office.name, *office.titles)):
                return False  # the person's own office may be the one the title means
    return True


MIN_SEVERAL = 2
"""Holders the ledger must record on a date of an office several hold at once for its list of
them to be read as kept (the Taliban administration's deputy prime ministers; not a party's
spokespeople or the prime minister's advisers, of whom it records one or none)."""


def beside_several(corpus: Corpus, claim: TitleClaim, person: Person, day: dt.date) -> bool:
    """Whether the title of an office several hold at once ("Deputy Prime Minister Amir Khan
    Muttaqi" in March 2024, when the ledger records three deputy prime ministers of the
    Taliban administration and Muttaqi as its acting foreign minister), which the person never
    held, is wrong: on each date the sentence speaks of, the ledger records at least
    :data:`MIN_SEVERAL` holders of it, the person not among them, and the person in a post of
    that country held by one at a time, none of whose titles has the title's words (the
    person's own office may be what the title means). Not for a title written as past or set
    at another time, another body's or country's post, or a courtesy style."""
    if claim.past_marked or claim.frame.then or claim.foreign_owner:
        return False
    known = corpus.ledger.offices
    meant = of_persons_country(corpus, claim.offices, person)
    office = known.get(meant[0]) if len(meant) == 1 else None
    words = _words(claim.title.text)
    if office is None or office.holders == "single" or words & COURTESY:
        return False
    for when in [p.first for p in claim.frame.periods] or [day]:
        holders = [h.id for h, _ in holders_on(corpus, office.id, when)]
        held = [p for p in person.posts if p.held_on(when)]
        if len(holders) < MIN_SEVERAL or person.id in holders or not held:
            return False
        for post in held:
            own = known.get(post.office)
            if own is None or own.country != office.country or own.holders != "single":
                return False  # another country's official, or a post held beside others
            if any(words <= _words(t) for t in (own.name, *own.titles)):
                return False
    return True


def kind_of_post(corpus: Corpus, offices: tuple[str, ...]) -> bool:
    """Whether a title names a kind of post the ledger records several of in one country
    ("Ambassador": Pakistan's to Kabul, to France, to the UN …) rather than one office."""
    countries = [o.country for o in map(corpus.ledger.offices.get, offices) if o is not None]
    return len(set(countries)) < len(countries)


LINKING_WORDS = frozenset({"of", "for", "the", "and", "on", "to", "in"})
"""Words of a title that join its parts rather than name the post ("Minister of Industry and
Commerce")."""


LESSER = SUBORDINATE | {"state", "first", "second"}
"""Words whose absence makes another post of a title ("Deputy Prime Minister" written
"Prime Minister", "Minister of State for …" written "Minister for …"): a title without them
is not a short form of the person's own."""


PORTFOLIO_FILLERS = frozenset({"affairs"})
"""Words a ministry's portfolio is written with or without ("Minister of Interior Affairs" for
a "Minister of Interior"): a title that differs from the person's own only by them is theirs."""


def own_office_shortened(corpus: Corpus, claim: TitleClaim, person: Person) -> bool:
    """Whether the title written is a short form of an office the person holds in another
    country than the ledger's offices of that wording: "Minister for Commerce" for the
    Taliban administration's Minister of Industry and Commerce, whom the ledger's Pakistani
    "minister for commerce" does not concern; not where the writer names the office's country
    before it ("Pakistani Commerce Minister X"). Every word of the title written is a word of
    one of the person's own office's titles, its head noun among them, and those it leaves
    out do not make a lesser post ("Deputy Prime Minister" is not shortened to "Prime
    Minister", nor "Adviser to the Prime Minister on Interior Affairs" to "Minister of
    Interior Affairs"); the ledger simply spells that office longer. Words of
    :data:`PORTFOLIO_FILLERS` are left out ("Minister of Interior Affairs" for another
    country's "Minister of Interior"), and initials are spelt out (:data:`SHORT_FORMS`:
    "Deputy PM" for another country's "Deputy Prime Minister")."""
    offices = corpus.ledger.offices
    words = _spelt_out(_words(claim.title.text)) - PORTFOLIO_FILLERS
    countries = {o.country for o in (offices.get(i) for i in claim.offices) if o is not None}
    if claim.owners and claim.owners <= countries:
        return False  # "Pakistani Foreign Minister X" for the Taliban's: the country is written
    for post in person.posts:
        own = offices.get(post.office)
        if own is None or own.country in countries:
            continue
        for title in own.titles:
            own_words = _spelt_out(_words(title))
            lesser = (own_words - words) & LESSER
            if words <= own_words and head_noun(title) in words and not lesser:
                return True
    return False


SHORT_FORMS = {
    "pm": ("prime", "minister"),
    "fm": ("foreign", "minister"),
    "cm": ("chief", "minister"),
}
"""Title words written as initials ("Deputy PM", "Acting FM") and the words they stand for:
a short form of the person's own office is compared with the office's titles spelt out."""


def _spelt_out(words: set[str]) -> set[str]:
    """``words`` with the initials of :data:`SHORT_FORMS` written as their words."""
    if words.isdisjoint(SHORT_FORMS):
        return words
    return {w for word in words for w in SHORT_FORMS.get(word, (word,))}


HEAD_ENDS = frozenset({"of", "for", "to", "on", "in"})


def title_words(title: str) -> list[str]:
    """The words of a post's title, lower case, in order ("Minister of State (IT)": "minister",
    "of", "state", "it")."""
    return re.findall(r"[\w'’-]+", title.lower())


def head_noun(title: str) -> str:
    """The noun that names a title's post: the last word before its complement ("Minister of
    Industry and Commerce", "Adviser to the Prime Minister on Interior", "Afghan Commerce
    Minister")."""
    words = title_words(title)
    end = next((i for i, w in enumerate(words) if w in HEAD_ENDS and i), len(words))
    return words[end - 1] if words else ""


def _words(title: str) -> set[str]:
    """The words of a title that name the post."""
    return set(title_words(title)) - LINKING_WORDS


def _serves(
    corpus: Corpus, person: Person, office: str, day: dt.date, qualifier: str | None = None
) -> bool:
    """Whether ``person`` held a post in the country of ``office`` on ``day``: one who may
    stand in for its holder; with ``qualifier``, a post so qualified ("acting": then "acting"
    is the style of the person's own government, as in the Taliban administration's, not a
    stand-in: "Acting Taliban Spokesman Amir Khan Muttaqi" for the acting foreign minister)."""
    offices = corpus.ledger.offices
    country = offices[office].country
    return any(
        p.held_on(day)
        and (held := offices.get(p.office)) is not None
        and held.country == country
        and (qualifier is None or p.qualifier == qualifier)
        for p in person.posts
    )


JUNIOR = frozenset({"state"})
"""Words of a junior minister's post ("Minister of State for Foreign Affairs"), which reports
render with a lesser-post word ("Deputy Foreign Minister")."""


def junior_rendering(corpus: Corpus, claim: TitleClaim, person: Person) -> bool:
    """Whether the title is a lesser-post rendering of the person's own junior post: "Deputy
    Foreign Minister" for a Minister of State for Foreign Affairs. The title has a word of
    :data:`SUBORDINATE`, the person's post a word of :data:`JUNIOR`, and every other word of
    the title is a word of that post's titles (the same portfolio): a loose style the ledger
    does not record, not another office ("Deputy Interior Minister" for the foreign affairs
    junior minister is still judged)."""
    words = _words(claim.title.text)
    lesser = words & SUBORDINATE
    if not lesser:
        return False
    rest = words - lesser
    offices = corpus.ledger.offices
    for post in person.posts:
        office = offices.get(post.office)
        titles = (post.title, *((office.name, *office.titles) if office is not None else ()))
        for title in titles:
            own = _words(title)
            if own & JUNIOR and rest <= own:
                return True
    return False


def junior_then(corpus: Corpus, claim: TitleClaim, person: Person, day: dt.date) -> Post | None:
    """The person's junior post of the ministry the title names, held on ``day``: a post with
    a word of :data:`JUNIOR` whose titles have every word of the title ("Foreign Minister" for
    the Minister of State for Foreign Affairs), the title itself none of them. The title is
    then the senior post of the person's own ministry, which the ledger does not record the
    person in: it may be a slip for the junior post, or a tenure the ledger lacks (a junior
    minister promoted, before or after): NL402 says what the person was then rather than what
    they never were. ``None`` otherwise."""
    words = _words(claim.title.text) - PORTFOLIO_FILLERS
    if not words or words & JUNIOR:
        return None
    offices = corpus.ledger.offices
    for post in person.posts:
        if not post.held_on(day):
            continue
        office = offices.get(post.office)
        titles = (post.title, *((office.name, *office.titles) if office is not None else ()))
        for title in titles:
            own = _words(title)
            if own & JUNIOR and words <= own:
                return post
    return None


def records(people: dict[str, Person], claim: TitleClaim) -> bool:
    """Whether the ledger records the claim's title for the person it names (at any time)."""
    person = people.get(claim.person_id or "")
    return person is not None and any(p.office in claim.offices for p in person.posts)
