"""Title claims: which person the draft gives which title, with which qualifier, at which time.

A title is read next to a person the ledger knows ("caretaker Foreign Minister Jalil Abbas
Jilani", "Jilani, the interim foreign minister"), on its own ("the caretaker Prime Minister's
statements"), or as a government reference ("the caretaker government says"). The entity ruler
has already marked people (``PERSON``, ``ent_id_`` = person id), titles (``TITLE``, ``ent_id_`` =
the ledger's title phrase) and government terms (``GOVERNMENT``); this module reads what stands
around them:

- the **qualifiers** written before the title (:mod:`.titles_qualifiers`), walking back over
  country names and possessives: ``caretaker``, ``interim``, ``acting`` (a temporary post),
  ``former`` (also ex, erstwhile, outgoing, previous, late, onetime) and ``then-``;
- the **person** the title names: right after it ("Foreign Minister Jalil Abbas Jilani", up to
  three given names between) or before it as an appositive ("Jilani, Pakistan's caretaker
  foreign minister"), and whether that appositive is in the past ("Kakar, who was interim
  prime minister");
- the **time frame** of the sentence (:class:`TimeFrame`, read by :mod:`.titles_frame`): "at
  the time"/"back then", the dates and years it places what it tells in ("In October 2023,
  …", not "leave by November 1"), a present-tense verb, and a report of a tenure's end
  ("resigned", "stepped down").

:func:`read` gives the claims of a draft in text order (the claim classes live in
:mod:`.titles_model`); :func:`resolve` (:mod:`.titles_record`, with the tenures as the rules
compare them) the ledger post (or government) a claim rests on on the draft's date, or why
none. Rules NL401-NL403 compare the claims with the ledger (``narrlint.rules.titles``); this
module re-exports what they use.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from itertools import compress
from typing import TYPE_CHECKING, Protocol

from narrlint.claims.titles_appointed import appointed_object, person_appointed_as
from narrlint.claims.titles_appositives import person_before
from narrlint.claims.titles_backref import referred_back
from narrlint.claims.titles_beside import ends_beside, ranks_of_past_titles
from narrlint.claims.titles_bodyroles import role_closes_before
from narrlint.claims.titles_bounded import bounded_after, years_in_brackets
from narrlint.claims.titles_ends import change_beside
from narrlint.claims.titles_frame import (
    Period,
    TimeFrame,
    own_end,
    read_frame,
    sentence_bounds,
)
from narrlint.claims.titles_glosses import GlossIndex, gloss_index, glossed_titles
from narrlint.claims.titles_governments import government_claim
from narrlint.claims.titles_model import GovernmentClaim, RankClaim, TitleClaim, entity_id
from narrlint.claims.titles_names import (
    APPOSITIVE_PAST,
    COORDINATED_BY,
    MAX_GIVEN_NAMES,
    TEMPORARY,
    designated,
    honorifics_between,
    person_after,
    person_after_comma,
    subordinate,
    taking_up_after,
)
from narrlint.claims.titles_naming import Naming
from narrlint.claims.titles_others import (
    Others,
    body_owned,
    clock_time_before,
    foreign_owned,
)
from narrlint.claims.titles_owners import (
    by_level,
    countries,
    country_complement,
    foreign_owner,
    of_country,
    of_written_level,
    past_place_of,
    place_after,
    place_after_name,
)
from narrlint.claims.titles_pairs import holder_set_after
from narrlint.claims.titles_portfolios import with_portfolios
from narrlint.claims.titles_qualifiers import qualifiers_before
from narrlint.claims.titles_record import (
    ended_before,
    government_of,
    holders_on,
    post_end,
    post_tenure,
    recorded_before,
    resolve,
    temporary_elsewhere,
)
from narrlint.claims.titles_retired import skip_tag, tag_before
from narrlint.claims.titles_spellings import found_names, spellings
from narrlint.claims.titles_surnames import beside_another_holder
from narrlint.claims.titles_tense import (
    acted_as,
    complement_after,
    later_post_follows,
    reported_past,
    told_as_past,
)
from narrlint.claims.titles_variants import variant_titles
from narrlint.knowledge.ledger import normalise_title
from narrlint.knowledge.title_lexicon import (
    TitleLexicon,
    describe_government,
    describe_post,
    describe_rank,
    title_lexicon,
)
from narrlint.nlp.pipeline_data import GOVERNMENT, PERSON, TITLE, lemma_words
from narrlint.nlp.tokens import entities, lowers, new_span, sentence_at, texts
from narrlint.nlp.tokens import ents as ent_kinds

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

if TYPE_CHECKING:
    from narrlint.knowledge.corpus import Corpus

__all__ = [
    "TEMPORARY",
    "DatedSentence",
    "GovernmentClaim",
    "Period",
    "RankClaim",
    "TimeFrame",
    "TitleClaim",
    "describe_government",
    "describe_post",
    "describe_rank",
    "ended_before",
    "government_of",
    "holders_on",
    "post_end",
    "post_tenure",
    "read",
    "recorded_before",
    "resolve",
    "temporary_elsewhere",
]

# ---------------------------------------------------------------------------------------------
# Words (language only: offices, people, governments and countries come from the ledger)

RANK_EXTENDERS = frozenset(
    {
        "attorney", "secretary", "director", "inspector", "surgeon", "governor", "solicitor",
        "auditor", "accountant", "adjutant", "postmaster", "quartermaster", "consul", "vice",
        "rear", "major", "maj", "lieutenant", "lt", "brigadier", "brig", "deputy", "assistant",
        "additional",
    }
)  # fmt: skip
"""Words that make a longer title of a rank word when they stand just before it ("Attorney
General", "Major General", "Vice Admiral"): the rank alone is then not what is written."""


# ---------------------------------------------------------------------------------------------
# Reading

_Frames = dict[tuple[int, int, dt.date], TimeFrame]
"""Time frames already read, by (first and last token, the draft's date there)."""


class _Dated(Protocol):
    """What the reader needs of a draft: its parsed text and the date that applies to a span
    (a :class:`~narrlint.engine.draft.Draft`, or one archive sentence and its story's date)."""

    @property
    def doc(self) -> Doc: ...

    def date_for(self, span: Span) -> dt.date: ...


@dataclass(frozen=True)
class DatedSentence:
    """An archive sentence read as a one-sentence draft dated by its story."""

    doc: Doc
    date: dt.date

    def date_for(self, span: Span) -> dt.date:
        return self.date


def read(draft: _Dated, corpus: Corpus) -> list[TitleClaim | GovernmentClaim | RankClaim]:
    """The title, rank and government claims of ``draft`` (a draft, or an archive sentence
    as a :class:`DatedSentence`), in text order."""
    doc = draft.doc
    lexicon = title_lexicon(corpus)
    ents = list(entities(doc))
    # each ``label_`` is a string-store lookup: read every entity's once
    labels = [e.label_ for e in ents]
    index = corpus.memo((__name__, "spellings"), lambda: spellings(corpus.ledger))
    spelt, implied = found_names(doc, index, ents, corpus.ledger, lexicon.rank_words)
    if spelt:  # "General Asim Muneer", "Air Marshal Sidhu": names the ruler did not find
        within = {j for p in spelt for j in range(p.start, p.end)}  # "Aftab A Durrani"
        merged = sorted(
            [
                *(
                    (e, label)
                    for e, label in zip(ents, labels, strict=True)
                    if e.start not in within
                ),
                *((p, PERSON) for p in spelt),
            ],
            key=lambda item: item[0].start,
        )
        ents, labels = [e for e, _ in merged], [label for _, label in merged]
    if (
        TITLE not in labels
        and GOVERNMENT not in labels
        and not (PERSON in labels and (lexicon.ranks or lexicon.variants or "(" in texts(doc)))
    ):
        return []  # no title, and no name a rank, a moved title or a glossed one may stand by
    people = [e for e, label in zip(ents, labels, strict=True) if label == PERSON]
    if people:
        written = variant_titles(doc, lexicon.variants, ents, people, lexicon.variant_firsts)
        glossed = glossed_titles(doc, _glosses(corpus, lexicon), [*ents, *written], people)
        inside = {j for g in glossed for j in range(g.start, g.end)}
        # a variant the gloss reading took in whole ("Director General of the … (FPO)") is one
        written = [w for w in written if w.start not in inside] + glossed
        # a ledger title inside a variant is part of it ("Senior Minister" in "Senior Minister
        # for Punjab"), as one inside a glossed title is
        within = inside | {j for w in written for j in range(w.start, w.end)}
        if written:  # "Balochistan inspector general of police …": a title with its place moved
            merged = sorted(
                (
                    *(
                        (e, label)
                        for e, label in zip(ents, labels, strict=True)
                        if not (label == TITLE and e.start in within)
                    ),
                    *((e, TITLE) for e in written),
                ),
                key=lambda item: item[0].start,
            )
            ents, labels = [e for e, _ in merged], [label for _, label in merged]
    if lexicon.ranks and TITLE in labels:  # "Air Chief Marshal …": a rank, not the air chief
        kept = [
            label != TITLE or not _opens_rank(doc, e, lexicon)
            for e, label in zip(ents, labels, strict=True)
        ]
        if not all(kept):
            ents, labels = list(compress(ents, kept)), list(compress(labels, kept))
    if "," in texts(doc) or "and" in lowers(doc):  # "Minister for Planning, Development and …"
        ents = with_portfolios(doc, ents, labels, lexicon.ranks)
    naming = Naming(corpus.ledger, people, lexicon.shared_first_names, frozenset(implied))
    others = corpus.memo(
        (__name__, "others"),
        lambda: Others.build(corpus.ledger, lexicon, lemma_words(corpus.nlp) or frozenset()),
    )
    frames: _Frames = {}
    claims: list[TitleClaim | GovernmentClaim | RankClaim] = []
    for index, (ent, label) in enumerate(zip(ents, labels, strict=True)):
        if label == TITLE:
            if index and labels[index - 1] == TITLE and _gloss(doc, ents[index - 1], ent):
                continue  # "Chairman Joint Chiefs of Staff Committee (CJCSC)": one title, glossed
            claim = _title_claim(draft, ents, index, lexicon, frames, naming, others)
            if claim is not None:
                claims.append(claim)
        elif label == GOVERNMENT:
            claims.append(government_claim(ent, lexicon, _frame(draft, ent, lexicon, frames)))
        elif label == PERSON and lexicon.ranks:
            rank = _rank_claim(draft, ent, lexicon, frames, naming)
            if rank is not None:
                claims.append(rank)
    claims.sort(key=lambda c: (c.span.start, c.span.end))
    if people:
        claims = ends_beside(claims, people, lambda ent: _frame(draft, ent, lexicon, frames))
        claims = ranks_of_past_titles(claims)
    return claims


def _glosses(corpus: Corpus, lexicon: TitleLexicon) -> GlossIndex:
    """The ledger's titles and their variants as a glossed title is compared with them (once
    per corpus)."""

    def build() -> GlossIndex:
        offices = lexicon.offices
        variants = [
            (" ".join(v), t, offices.get(t, ()))
            for entries in lexicon.variants.values()
            for v, t in entries
        ]
        return gloss_index([*((t, t, ids) for t, ids in offices.items()), *variants])

    return corpus.memo((__name__, "glosses"), build)


def _title_claim(
    draft: _Dated,
    ents: list[Span],
    index: int,
    lexicon: TitleLexicon,
    frames: _Frames,
    naming: Naming,
    others: Others,
) -> TitleClaim | None:
    """The claim of the title ``ents[index]``; ``None`` where it is part of the name of
    another post the ledger has no title for ("Deputy Interior Minister", "Adviser to the
    Prime Minister"): the name after it is not that title's holder; nor a time of day ("at
    4:00 PM")."""
    doc = draft.doc
    title = ents[index]
    if clock_time_before(doc, title):
        return None
    key = entity_id(title) or title.text.lower()  # a variant's id_ (titles_variants) too
    qualifiers, start, reach = qualifiers_before(doc, title.start)
    reach = past_place_of(lowers(doc), reach, title.start, lexicon)  # "visit to Kabul of …"
    if subordinate(doc, title, reach):
        return None
    if designated(doc, start, title.end):
        qualifiers = (*qualifiers, "designate")
    offices = of_country(lexicon.offices.get(key, ()), doc, reach, title, lexicon)
    shared = offices
    words = lowers(doc)
    ahead = words[reach : title.start]  # the words walked back over, read thrice below
    offices = by_level(offices, ahead, naming.ledger)
    levelled = offices != shared or of_written_level(  # "Provincial Information Minister"
        offices, ahead, naming.ledger
    )  # the post's level, whether it or the draft's province picked the office
    if offices and (
        foreign_owned(doc, reach, title, lexicon, offices)
        or body_owned(doc, title, lexicon, offices)
    ):
        offices = ()  # "Lebanon's caretaker Prime Minister", "President of the … Council"
    past_clause = False
    person = person_after(ents, index)
    coordinated = False
    if person is None:
        person, coordinated = _name_after_lead(doc, ents, index, lexicon)
    if person is not None and not naming.counts(person, offices=offices):
        another = person.start == title.end and beside_another_holder(
            lexicon, naming, person, offices, draft.date_for(title)
        )  # "President Shehbaz" when the ledger has another president that day
        person = person if another else None
    # the claim's bounds first, its Spans once at the end
    first, last = (start, person.end) if person is not None else (start, title.end)
    if person is None:
        person = person_before(ents, index)
        if person is not None and not naming.counts(person, offices=offices):
            person = None
        if person is not None and (
            paired := holder_set_after(ents, index, person, offices, naming.ledger)
        ):
            person, first, last = paired, start, paired.end  # "X, <title>, Ambassador Y"
        elif person is not None:
            between = words[person.end : title.start]
            past_clause = any(w in APPOSITIVE_PAST for w in between)
            first, last = person.start, title.end
    if person is None:  # before a name set off after it: "X was named as the acting foreign
        person = person_appointed_as(ents, index, start)  # minister, Y as …": X's post
        if person is not None and not naming.counts(person, offices=offices):
            person = None
        if person is not None:  # a post being taken up, told with whom it goes to
            first, last = person.start, title.end
            if "designate" not in qualifiers:
                qualifiers = (*qualifiers, "designate")
    if person is None:
        person = person_after_comma(
            ents, index, reach, (lexicon.office_words, lexicon.country_words)
        )
        if person is not None and not naming.counts(person, offices=offices):
            person = None
        if person is not None:
            first, last = start, person.end
    if person is None and (person := referred_back(ents, index, reach)) is not None:
        person = person if naming.counts(person, offices=offices) else None  # "The minister said"
    if person is not None and lexicon.ranks and person.start >= title.end:
        rank = _rank_before(doc, person.start, lexicon)  # "Chief of Air Staff Air Chief Marshal X"
        if rank is not None and naming.officer_namesake(
            person, rank[2], offices, lexicon.officer_offices
        ):
            person = None  # an officer of the same name as a civilian of the ledger's
            first, last = start, title.end
    if person is not None and person.start >= title.end:  # "Chief Minister X of KP"
        offices = place_after_name(offices, doc, title, person.end, lexicon)
    holder = others.holder(doc, title, reach, lexicon, offices) if person is None else None
    if person is not None and person.start > title.start:
        past_clause = later_post_follows(doc, person.end)
    elif person is None:
        past_clause = told_as_past(doc, start, title.end)
    after = person is not None and person.start > title.start
    if not past_clause:  # "X, interior minister until December, …", "… X (2018-22)"
        past_clause = years_in_brackets(doc, person.end) if after else bounded_after(doc, title.end)
    if not past_clause:  # "As caretaker interior minister, X launched the drive"
        past_clause = acted_as(doc, start, title.end, person.end if after else None)
    if (
        person is not None
        and "designate" not in qualifiers
        and taking_up_after(doc, last, sentence_bounds(doc, first)[1])
    ):
        qualifiers = (*qualifiers, "designate")  # "X, who is yet to assume charge"
    phrase = new_span(doc, start, title.end)  # ``doc[a:b]`` without its slice checks
    span = phrase if (first, last) == (start, title.end) else new_span(doc, first, last)
    frame = own_end(_frame(draft, span, lexicon, frames), doc, span.end)
    frame = _main_clause(draft, span, frame, lexicon, frames)
    if (
        frame.present
        and person is not None
        and reported_past(doc, sentence_bounds(doc, first)[0], last)
    ):
        frame = dataclasses.replace(frame, present=False)  # "Earlier, … X rejected …"
    return TitleClaim(
        span=span,
        title=title,
        phrase=phrase,
        person=person,
        offices=offices,
        qualifiers=qualifiers,
        past_clause=past_clause,
        frame=frame,
        foreign_owner=person is not None
        and foreign_owner(doc, reach, title.start, lexicon, offices, levelled),
        owners=frozenset(countries(ahead, lexicon)),
        coordinated=coordinated and person is not None and person.start > title.end,
        holder=holder,
    )


def _gloss(doc: Doc, before: Span, title: Span) -> bool:
    """Whether ``title`` is written in brackets right after the title ``before``, as its
    abbreviation: "Chief of Army Staff (COAS)", "Chairman Joint Chiefs of Staff Committee
    (CJCSC)"."""
    return (
        title.start == before.end + 1
        and title.end < len(doc)
        and texts(doc)[before.end] == "("
        and texts(doc)[title.end] == ")"
        and before.label_ == TITLE
    )


MAX_LEAD = 16
"""Words a complement, a rank and honorifics may take between a title and its holder's name
("of the Islamic Emirate of Afghanistan Lt. Gen. Syed …")."""
MAX_GLOSS = 4
"""Tokens an abbreviation in brackets after a title may take ("(CJCSC)", "(DG ISPR)")."""


def _name_after_lead(
    doc: Doc, ents: list[Span], index: int, lexicon: TitleLexicon
) -> tuple[Span | None, bool]:
    """The person a title names across what stands between a title and a name in reporting:
    the title's abbreviation in brackets ("Chief of Army Staff (COAS) …"), a rank in any of
    its written forms ("… Lt. Gen. Asim Malik", "… Field Marshal Syed Asim Munir"),
    honorifics or given names the ledger does not spell ("… Dr. …", "… Mawlawi …"), and a
    second title, joined by "and" or written right after it ("Foreign Secretary Ambassador
    Asad Majeed Khan"); with whether such a second title stands between.
    :func:`person_after` reads the plain case (capitalised words alone)."""
    title = ents[index]
    written = texts(doc)
    i, following = title.end, index + 1
    if i < len(doc) and written[i] == "(":
        close = next(
            (k for k in range(i + 1, min(i + MAX_GLOSS + 2, len(doc))) if written[k] == ")"), None
        )
        if skip_tag(written, i) > i:  # "Ambassador (retired) X": a retirement tag
            close = skip_tag(written, i) - 1
        elif close is None or not all(
            w.isupper() or w.istitle() or w == "-" for w in written[i + 1 : close]
        ):
            return None, False
        i = close + 1
        while following < len(ents) and ents[following].end <= i:
            following += 1
    if i == title.end:  # "Chief Minister KP Ali Amin Gandapur": the post's place after it
        key = entity_id(title) or title.text.lower()
        i = place_after(lexicon.offices.get(key, ()), doc, title, lexicon)[0]
        while following < len(ents) and ents[following].end <= i:
            following += 1
    if i < len(doc) and written[i] in COORDINATORS:
        return _coordinated(doc, ents, following, i), True
    stacked = (
        following + 1 < len(ents)
        and ents[following].label_ == TITLE
        and ents[following].start == i
        and ents[following + 1].label_ == PERSON
    )
    style = None
    if stacked:  # "Foreign Secretary Ambassador Asad Majeed Khan": both titles are the name's
        i = ents[following].end
        style = ents[following]
        following += 1
    if following >= len(ents) or ents[following].label_ != PERSON:
        return None, False
    person = ents[following]
    if person.start - i > MAX_LEAD:
        return None, False
    i = country_complement(lowers(doc), i, person.start, lexicon)  # "… of Pakistan …"
    lead = person.start
    rank = _rank_before(doc, person.start, lexicon) if lexicon.ranks else None
    if rank is not None:
        lead = rank[0]
    if lead < i:
        return None, False
    if not honorifics_between(doc, written, i, lead):
        return None, False
    return person, stacked and not (style is not None and _courtesy(style, person, lexicon))


def _courtesy(title: Span, person: Span, lexicon: TitleLexicon) -> bool:
    """Whether ``title``, set between another title and the name ``person``, is a courtesy
    style: a kind of post of which the ledger records several in one country ("Ambassador":
    to Kabul, to France, to the UN), none of them ever the person's. The title before it is
    then the person's post, judged as one written alone ("Interior Secretary Ambassador X"
    for a foreign secretary); where the person holds such a post, the first title may be
    someone else's in a list."""
    offices = lexicon.offices.get(entity_id(title) or title.text.lower(), ())
    countries = [lexicon.office_country.get(o) for o in offices]
    if len(set(countries)) == len(countries):
        return False  # one office per country: a post of its own, not a style
    who = entity_id(person)
    return not any(p.id == who for o in offices for p, _ in lexicon.posts.get(o, ()))


COORDINATORS = COORDINATED_BY
MAX_COORDINATED = 6
"""Words a second title (or the rest of a portfolio) joined by "and" may take before the name
both belong to ("Interior Minister and PCB Chairman Mohsin Naqvi", "Minister for Interior and
Narcotics Control Mohsin Naqvi")."""
COORDINATED_GLUE = frozenset({"of", "for", "the", "on", "and", "&", "-"})
LIST_DETERMINERS = frozenset({"the", "a", "an", "both"})


def _coordinated(doc: Doc, ents: list[Span], following: int, i: int) -> Span | None:
    """The person a title followed by "and" names when what follows "and" is a second title
    or the rest of a portfolio, in capitals, and then the name (``i``: the "and";
    ``following``: the first entity after the title). Not after a determiner ("the Prime
    Minister and Foreign Minister Ishaq Dar met …" may list two people), nor when a name
    stands between (the first title then has its own)."""
    title_start = ents[following - 1].start if following else 0
    if title_start > 0 and lowers(doc)[title_start - 1] in LIST_DETERMINERS:
        return None
    while following < len(ents) and ents[following].label_ == TITLE:
        following += 1
    if following >= len(ents) or ents[following].label_ != PERSON:
        return None
    person = ents[following]
    written, words = texts(doc), lowers(doc)
    if not i + 1 < person.start or not written[i + 1][:1].isupper():
        return None
    kinds, count, k = ent_kinds(doc), 0, i + 1
    while k < person.start:
        run = _glued_run(doc, k, person.start)  # "Tehreek-e-Insaf", "(PTI)": one word each
        count += 1
        if count > MAX_COORDINATED:
            return None
        if run > k + 1:
            if not (written[k][:1].isupper() or _abbreviation(written[k:run])):
                return None
        elif not (
            kinds[k] == TITLE
            or written[k][:1].isupper()
            or words[k] in COORDINATED_GLUE
            or role_closes_before(written, words, k, i + 1, person.start)
        ):
            return None
        k = run
    return person


def _glued_run(doc: Doc, k: int, stop: int) -> int:
    """Where the run of tokens written without a space between them that starts at ``k``
    ends (before ``stop``): a hyphened name ("Tehreek-e-Insaf", "PML-N") or an abbreviation
    in brackets ("(PTI)") is one word of a party's or a body's name."""
    end = k + 1
    while end < stop and not doc[end - 1].whitespace_:
        end += 1
    return end


def _abbreviation(words: list[str]) -> bool:
    """Whether ``words`` (one glued run) are an abbreviation in brackets: "(PTI)", "(PML-N)"."""
    return (
        len(words) >= 3
        and words[0] == "("
        and words[-1] == ")"
        and all(w.isupper() or w == "-" for w in words[1:-1])
    )


def _rank_claim(
    draft: _Dated, ent: Span, lexicon: TitleLexicon, frames: _Frames, naming: Naming
) -> RankClaim | None:
    """A rank written before a person of the ledger: "General Asim Munir", "Gen. Syed Asim
    Munir", "Chief of Army Staff (COAS) General Asim Munir". Read for people the ledger gives
    no ranks too: NL401 compares it with the ledger's ranks where there are some, NL403 with
    the archive's usage where there are none."""
    ledger = naming.ledger
    if entity_id(ent) not in ledger.people:
        return None
    doc = draft.doc
    found = _rank_before(doc, ent.start, lexicon)
    if found is None:
        return None
    rank_start, rank_end, ranks = found
    if not naming.counts(ent, ranks=ranks):
        return None
    i = rank_start
    written = texts(doc)
    if i > 0 and written[i - 1] == ")":  # "(COAS)"
        opening = next((j for j in range(i - 2, max(i - 6, -1), -1) if written[j] == "("), None)
        i = opening if opening is not None else i
    while i > 0 and doc[i - 1].ent_type_ == TITLE:  # "army chief General …"
        i -= 1
    qualifiers, _, _ = qualifiers_before(doc, i)
    span = new_span(doc, rank_start, ent.end)
    frame = own_end(_frame(draft, span, lexicon, frames), doc, span.end)
    frame = _main_clause(draft, span, frame, lexicon, frames)
    bounds = sentence_bounds(doc, ent.start)
    verb = None if frame.tenure_end else appointed_object(doc, i, ent.end, bounds[1])
    if verb is not None:
        # "the prime minister named Lt Gen X as army chief": a move of X's, as "Lt Gen X was
        # named army chief" reports it; the rank is the one of that moment
        frame = dataclasses.replace(frame, tenure_end=True, moved_only=True, ends=(verb,))
    if not frame.rank_change and change_beside(
        doc, *bounds, lexicon.ranks, lexicon.rank_width, ranks
    ):
        frame = dataclasses.replace(frame, rank_change=True)
    return RankClaim(
        span=span,
        rank=new_span(doc, rank_start, rank_end),
        ranks=ranks,
        person=ent,
        qualifiers=qualifiers,
        frame=frame,
    )


def _rank_before(
    doc: Doc, start: int, lexicon: TitleLexicon
) -> tuple[int, int, tuple[str, ...]] | None:
    """The rank written just before the name at ``start`` (given names not in the ledger's
    spelling may stand between: "General Syed Asim Munir"): its start, end and rank ids. The
    draft's words are joined with spaces and compared through :func:`normalise_title`, so
    "Gen.", "Gen" and "Lt. Gen." match however the tokenizer split the full stops."""
    lower, written = lowers(doc), texts(doc)
    if start > 1 and written[start - 1] == "," and _set_off_rank(doc, start - 1, lexicon):
        start -= 1  # "(ISPR), Major General, Ahmed Sharif Chaudhry": a rank set off by commas
    start = tag_before(written, start)  # "Lt Gen (retd) X"
    for given in range(MAX_GIVEN_NAMES + 1):
        end = start - given
        if end <= 0:
            return None
        if given and not (  # a given name: spaCy's is_title and is_alpha are these str tests
            written[end].istitle() and written[end].isalpha() and not doc[end].ent_type_
        ):
            return None
        if end > 1 and written[end - 1] == ",":  # "General, Chief of Army Staff and …, X"
            end = _chain_before(doc, end - 1, lexicon)
        last = lower[end - 1].replace(".", " ").replace("-", " ").split()
        if last and last[-1] not in lexicon.rank_words:
            continue  # no rank ends with the word before: nothing to join and compare
        for width in range(min(lexicon.rank_width, end), 0, -1):
            first = end - width
            if (
                not written[first][:1].isupper() or any(doc[j].ent_type_ for j in range(first, end))
            ) and not _over_title(doc, first, end):
                continue
            ranks = lexicon.ranks.get(normalise_title(" ".join(written[first:end])))
            if not ranks:
                continue
            before = lower[first - 1].rstrip(".") if first > 0 else ""
            if before in RANK_EXTENDERS:
                return None  # "Attorney General …", "Major General …" (not in the ledger)
            return end - width, end, ranks
    return None


def _opens_rank(doc: Doc, title: Span, lexicon: TitleLexicon) -> bool:
    """Whether the title ``title`` is the first words of a rank written with the words after
    it ("Air Chief Marshal …": the office title "air chief", then "Marshal"): the rank is
    what is written, not the office."""
    written, end = texts(doc), title.end
    if end >= len(doc) or lowers(doc)[end].rstrip(".") not in lexicon.rank_words:
        return False
    for stop in range(end + 1, min(title.start + lexicon.rank_width, len(doc)) + 1):
        if lexicon.ranks.get(normalise_title(" ".join(written[title.start : stop]))):
            return _over_title(doc, title.start, stop)
    return False


def _over_title(doc: Doc, first: int, end: int) -> bool:
    """Whether the words from ``first`` to ``end`` are a title the entity ruler found and
    capitalised words after it outside any entity, so that a rank read over them runs past the
    title ("Air Chief Marshal": the title "Air Chief", then "Marshal")."""
    start = doc[first]
    if start.ent_type_ != TITLE or start.ent_iob_ != "B":
        return False
    k = first + 1
    while k < end and doc[k].ent_type_ == TITLE and doc[k].ent_iob_ == "I":
        k += 1
    return k < end and not any(doc[j].ent_type_ for j in range(k, end))


MAX_CHAIN = 3
"""Titles a chain set off by commas between a rank and the name may hold ("General, Chief of
Army Staff and Chief of Defence Forces, X")."""
CHAIN_GLUE = frozenset({"and", "&", ","})


def _chain_before(doc: Doc, comma: int, lexicon: TitleLexicon) -> int:
    """Where the rank of the name after the comma at ``comma`` ends when the rank opens a chain
    of titles set off by commas before the name ("RAWALPINDI – General, Chief of Army Staff
    and Chief of Defence Forces, X met …": the comma after "General"): up to
    :data:`MAX_CHAIN` titles the entity ruler found, joined by "and", "&" or commas, between
    a rank set off as :func:`_set_off_rank` reads it and the name. ``comma`` itself where no
    such chain stands before it (the rank, if any, then ends there)."""
    written, kinds = texts(doc), ent_kinds(doc)
    k = comma
    for _ in range(MAX_CHAIN):
        if k < 1 or kinds[k - 1] != TITLE:
            return comma
        k -= 1
        while k > 0 and kinds[k - 1] == TITLE and doc[k].ent_iob_ != "B":
            k -= 1  # back to the title's first word
        if k > 1 and written[k - 1] == "," and _set_off_rank(doc, k - 1, lexicon):
            return k - 1
        if k < 2 or lowers(doc)[k - 1] not in CHAIN_GLUE:
            return comma
        k -= 1
    return comma


SET_OFF_BY = frozenset({",", ")", ":", "(", "—", "–"})
"""What stands before a rank written as one item of a chain of titles set off by commas
("Director General (DG), Inter-Services Public Relations (ISPR), Major General, Ahmed …")."""


def _set_off_rank(doc: Doc, comma: int, lexicon: TitleLexicon) -> bool:
    """Whether the words before the comma at ``comma`` are a rank standing alone between
    punctuation (or a title, or the start of the sentence) and the comma: a rank set off as
    one item of a chain of titles before the name, not a rank ending a phrase of its own
    ("the rank of Major General, Ahmed said", where "of" stands before it)."""
    written = texts(doc)
    last = normalise_title(written[comma - 1]).split() if comma > 0 else []
    if last and last[-1] not in lexicon.rank_words:
        return False  # every rank tried below ends with this word: no rank ends so
    first = sentence_bounds(doc, comma)[0]
    for width in range(min(lexicon.rank_width, comma - first), 0, -1):
        start = comma - width
        if not written[start][:1].isupper():
            continue
        if not lexicon.ranks.get(normalise_title(" ".join(written[start:comma]))):
            continue
        return (
            start == first or written[start - 1] in SET_OFF_BY or doc[start - 1].ent_type_ == TITLE
        )
    return False


# ---------------------------------------------------------------------------------------------
# Time frame


def _frame(draft: _Dated, span: Span, lexicon: TitleLexicon, frames: _Frames) -> TimeFrame:
    """The time frame of the sentence of ``span``; of the sentences from its first word's to its
    last word's where the sentencizer split it at an abbreviation's full stop ("In 2022, Lt." |
    "Gen. … met the envoy.")."""
    doc = draft.doc
    sentence = sentence_at(doc, span.start)  # ``span.sent``, without building it
    first, last = sentence.start, sentence.end
    if span.end > last:
        last = sentence_bounds(doc, span.end - 1)[1]
    day = draft.date_for(span)
    key = (first, last, day)
    frame = frames.get(key)
    if frame is None:
        within = sentence if last == sentence.end else new_span(doc, first, last)
        frame = frames[key] = read_frame(doc, within, day, lexicon.countries)
    return frame


def _main_clause(
    draft: _Dated, span: Span, frame: TimeFrame, lexicon: TitleLexicon, frames: _Frames
) -> TimeFrame:
    """``frame`` for a title and name (``span``) that are the subject of a verb in the present
    perfect or a present verb of reporting (:func:`.titles_tense.complement_after`): the
    dates and years told in a clause of its own that the verb governs date what that clause
    tells ("Army Chief General X has called for Y to receive the prize for helping prevent a
    conflict last month", "X says that he met Y last week"), not the title, which is that of
    the verb's time. The clause runs to the next comma, semicolon or dash: what follows it
    dates the report again ("…, Dawn reported in October 2023", "…, according to a statement
    issued last month"), as what stands before the clause does."""
    if not (frame.periods or frame.years):
        return frame
    doc = draft.doc
    sentence = sentence_at(doc, span.start)
    first, last = sentence.start, max(sentence.end, span.end)
    cut = complement_after(doc, span.end, last)
    if cut is None:
        return frame
    written = texts(doc)
    close = next((k for k in range(cut + 1, last) if written[k] in CLAUSE_ENDS), last)
    day = draft.date_for(span)
    periods: list[Period] = []
    years: list[int] = []
    for a, b in ((first, cut), (close, last)):
        if a >= b:
            continue
        part = frames.get((a, b, day))
        if part is None:
            part = frames[(a, b, day)] = read_frame(
                doc, new_span(doc, a, b), day, lexicon.countries
            )
        periods += part.periods
        years += part.years
    if (tuple(periods), tuple(years)) == (frame.periods, frame.years):
        return frame
    return dataclasses.replace(frame, periods=tuple(periods), years=tuple(years))


CLAUSE_ENDS = frozenset({",", ";", "—", "–"})
"""Marks that close a clause a verb governs ("X has said that …, Dawn reported in …")."""
