"""Where the people a number counts are, for the figures reader: in another country ("Iran
hosts ..."), in one province or city ("... live in Khyber Pakhtunkhwa"), and the words that
say where a group lives ("(living) in Pakistan") read past. Split from
:mod:`narrlint.claims.groups_figures`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import compress
from typing import TYPE_CHECKING

from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_model import Analysis, GroupClaim
from narrlint.claims.groups_words import (
    ABROAD_BEFORE,
    AREA_NOUNS,
    AUXILIARY_FILLERS,
    HOSTING_LEMMAS,
    PLACE_ADVERBS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    STAY_PARTICIPLES,
    WORLD_PHRASE_OPENERS,
    WORLD_SCOPE,
)
from narrlint.nlp.pipeline_data import TITLE
from narrlint.nlp.quantities import month_of, month_of_text
from narrlint.nlp.tokens import WordTest, lemma_lowers, sentence_at, sentences, where_lower
from narrlint.nlp.tokens import ents as doc_ents
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import texts as doc_texts
from narrlint.nlp.vocabulary import (
    ACTED_ON_LEMMAS,
    AUTHORITY_NOUNS,
    DEPARTURE_LEMMAS,
    PERSON_NOUNS,
    REPORTING_LEMMAS,
    WEEKDAYS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def abroad(doc: Doc, lex: Lexicon, start: int, end: int) -> bool:
    """The number counts people in a country the ledger does not record: the nearest country
    named before it in its sentence is a name the ledger does not know, set as a place ("In
    Iran, ...", "Iran hosts ...", "Iran's ..."), or "in <that name>" follows its phrase.
    The ledger's own country named nearer keeps the number ("Unlike Iran, Pakistan ...").

    What lies before the number is read from :func:`_marks_before` (read once per sentence), not
    by walking back to the sentence start for every number: a sentence of thousands of
    numbers made that walk quadratic."""
    if joined_hosts(doc, lex, start, end):
        return True
    country, hosting, placed, reporting = _marks_before(doc, lex, start)
    nearest = max(hosting, placed if placed > reporting else -1)
    if country > nearest:
        return False
    if nearest >= 0:
        return True
    sentence = sentence_at(doc, start)
    lowers = doc_lowers(doc)
    j = generic_noun_end(doc, lex, end)
    for k in range(j, min(j + 4, sentence.end - 1)):
        if (
            lowers[k] in PLACE_PREPOSITIONS
            and _maybe_foreign(lowers[k + 1], lex)
            and _foreign(doc[k + 1], lex)
        ):
            return True
    return False


_JOINS = frozenset({"and", "&"})
"""Words joining two countries as one place ("Iran and Pakistan"); not a comma: "Unlike Iran,
Pakistan hosts ..." names two places apart."""
_JOINED_REACH = 12
"""How far after a number the place of its people may stand ("... registered Afghan refugees
continue to be hosted by the Islamic Republics of Iran and Pakistan")."""
_JOINED_REACH_BEFORE = 6
"""How far before a number the place of its people may end ("In Pakistan and Iran, 2.1
million ...", "Iran and Pakistan host more than 2.1 million ...")."""
_CLAUSE_BREAKS = frozenset({";", ":", "but", "while", "whereas"})
"""Words after which a number belongs to another clause than a place named before them."""
_PLACE_LEAD = frozenset({"the", "of"})
"""Words between "by"/"in" and a place that are part of its name ("by the Islamic Republics of
Iran and Pakistan", "by the governments of Pakistan and Iran")."""


def joined_hosts(doc: Doc, lex: Lexicon, start: int, end: int) -> bool:
    """The people of the number ``[start, end)`` live in the ledger's country and another
    one together: the two are joined ("Iran and Pakistan", "Pakistan and Iran") as the
    number's place, before it as the place set by "in" or as the subject of a verb of
    hosting ("In Pakistan and Iran, ...", "Iran and Pakistan host ..."), or after it as the
    agent of a verb of what a country does to the people in it or after a preposition of
    place ("... are hosted by the Islamic Republics of Iran and Pakistan", "... live in
    Pakistan and Iran"). A number of two countries' people together is no size of the
    ledger's group (each country's own share may follow, "(951,000 and 1.4 million
    respectively)"). Two countries joined for anything else ("Pakistan and Iran have agreed
    that ...") place no one."""
    if not lex.countries:
        return False
    sentence = sentence_at(doc, start)
    first, last = sentence.start, sentence.end
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    for left, right in _joined_pairs(doc, lex, first, last):
        if right < start:
            if start - right > _JOINED_REACH_BEFORE or any(
                lowers[k] in _CLAUSE_BREAKS or lemmas[k] in REPORTING_LEMMAS
                for k in range(right + 1, start)
            ):
                continue  # "Turkey and Pakistan host many refugees; officials said 800,000 ..."
            before = lowers[left - 1] if left > first else ""
            if before in PLACE_PREPOSITIONS or (
                right + 1 < last and lemmas[right + 1] in HOSTING_LEMMAS
            ):
                return True
        elif left >= end and left - end <= _JOINED_REACH and _placed_after(doc, left, first):
            return True
    return False


def _joined_pairs(doc: Doc, lex: Lexicon, first: int, last: int) -> list[tuple[int, int]]:
    """The pairs of joined country names of the sentence ``[first, last)`` (each the first
    name's start and the second name's last token), in order: read once per sentence, not
    once per number in it."""
    memo = _settings(doc, lex).joined
    found = memo.get((first, last))
    if found is None:
        lowers = doc_lowers(doc)
        found = memo[(first, last)] = [
            pair
            for c in range(first + 1, last - 1)
            if lowers[c] in _JOINS and (pair := _joined_pair(doc, lex, c, first, last))
        ]
    return found


def _joined_pair(doc: Doc, lex: Lexicon, c: int, first: int, last: int) -> tuple[int, int] | None:
    """The two country names joined by the word at ``c`` (the first name's start, the second
    name's last token), one of them the ledger's and the other a name of the world's; else
    None."""
    lowers, lemmas, words = doc_lowers(doc), lemma_lowers(doc), doc_texts(doc)
    right_home = lowers[c + 1] in lex.countries
    right_end = c + 1
    if not right_home:
        if not words[c + 1][:1].isupper() or not _world_name_at(lowers, lemmas, c + 1, lex):
            return None
        for size in (3, 2, 1):
            if c + 1 + size <= last and tuple(lowers[c + 1 : c + 1 + size]) in lex.world:
                right_end = c + size
                break
    if lowers[c - 1] in lex.countries:
        return None if right_home else (c - 1, right_end)
    if not right_home:
        return None
    for size in (3, 2, 1):
        left = c - size
        if left >= first and words[left][:1].isupper() and tuple(lowers[left:c]) in lex.world:
            return left, right_end
    return None


def _placed_after(doc: Doc, left: int, first: int) -> bool:
    """The place starting at ``left`` is set as where the people are: after "by" following a
    verb of what a country does to the people in it ("hosted by", "sheltered by the
    governments of"), or after a preposition of place ("live in"), with only the words of
    the place's name between ("the", "of", authorities, capitalised words)."""
    lowers, lemmas, words = doc_lowers(doc), lemma_lowers(doc), doc_texts(doc)
    k = left - 1
    while k > first and (
        lowers[k] in _PLACE_LEAD or lemmas[k] in AUTHORITY_NOUNS or words[k][:1].isupper()
    ):
        k -= 1
    if lowers[k] in PLACE_PREPOSITIONS:
        return True
    return (
        lowers[k] == "by"
        and k > first
        and (lemmas[k - 1] in ACTED_ON_LEMMAS or lemmas[k - 1] in HOSTING_LEMMAS)
    )


_MARKS = "narrlint.claims.groups_places.marks"
"""Key of a doc's :func:`_marks` in its ``user_data`` (with the lexicon read): its sentence
starts and the marks of each sentence asked about."""

_Marks = tuple[int, int, int, int]

_TITLE_WORD = WordTest(
    lambda text, vocab: (
        len(text) >= 3
        and text.isalpha()
        and text.istitle()
        and not vocab[text].is_stop
        and month_of_text(text) is None
    ),
    doc_texts,
)
"""The word tests of :func:`_foreign` that need no lexicon (a token's ``is_alpha``,
``is_title`` and ``is_stop`` are its text's): the few words that pass are tested further."""

_THAT = frozenset({"that"})


def other_people(doc: Doc, lex: Lexicon, start: int, head: int) -> bool:
    """A capitalised name before a group's noun that the ledger does not know ("4.2 million
    Ukrainian refugees", "2 million Syrian refugees"): another people's refugees, whose number
    is no size of the ledger's groups. Tokens ``[start, head)`` are the words before the noun."""
    return any(_foreign(doc[k], lex) for k in range(start, head))


def worldwide(doc: Doc, lex: Lexicon, end: int) -> bool:
    """The group ending at ``end`` lives all over the world or in another country: a word of
    :data:`WORLD_SCOPE` (or "around the world") right after it ("6 million Afghan refugees
    worldwide"), or a verb of staying later in its sentence followed by one ("7 million
    Afghan refugees, most of whom are undocumented, are currently living abroad") or by "in"
    another country ("..., live (mostly) in Iran"), or a departure from another country
    ("... were sent back from Iran"). Not "resettlement abroad": where people go is no place
    they are."""
    sentence = sentence_at(doc, max(end - 1, 0))
    lowers, words = doc_lowers(doc), doc_texts(doc)
    last = sentence.end
    # only the words every test below starts from are looked at (the doc's word index)
    found = where_lower(doc, _WORLDWIDE_WORDS)
    for k in found[bisect_left(found, end) : bisect_left(found, last)]:
        lower = lowers[k]
        scope = lower in WORLD_SCOPE or (
            lower in WORLD_PHRASE_OPENERS
            and k + 2 < last
            and lowers[k + 1] == "the"
            and lowers[k + 2] == "world"
        )
        if scope and (k == end or lowers[k - 1] in STAY_PARTICIPLES):
            return True
        if (
            lower == "from"
            and k + 1 < last
            and words[k + 1][:1].isupper()
            and (lowers[k + 1],) in lex.world
            and _left_from(doc, k)
            and not _joined_home(lowers, lex, k + 2, last)
        ):
            return True  # "were sent back from Iran", not "from Iran and Pakistan"
        if lower == "by" and _foreign_agent(doc, lex, k, last):
            return True  # "have been forced by the Iranian government to go home"
        if lower in STAY_PARTICIPLES:
            j = k + 2 if k + 1 < last and lowers[k + 1].endswith("ly") else k + 1
            if (
                j + 1 < last
                and lowers[j] in PLACE_PREPOSITIONS
                and words[j + 1][:1].isupper()
                and (lowers[j + 1],) in lex.world
            ):
                return True
    return False


_WORLDWIDE_WORDS = frozenset(WORLD_SCOPE | WORLD_PHRASE_OPENERS | STAY_PARTICIPLES | {"from", "by"})
"""The words :func:`worldwide` tests start from: a scope word, a phrase opener, "from", "by"
and a verb of staying."""


def _joined_home(lowers: list[str], lex: Lexicon, k: int, last: int) -> bool:
    """The ledger's own country is joined to the foreign one ending before ``k`` ("from Iran
    and Pakistan", "from Iran, Pakistan"): the people include the ledger country's."""
    return k + 1 < last and lowers[k] in (",", "and", "&") and lowers[k + 1] in lex.countries


DEPARTURE_PARTICLES = frozenset({"back", "home", "out", "away"})
_AGENT_PARTICLES = DEPARTURE_PARTICLES | {"up"}
"""Particles between a verb and its "by" ("rounded up by", "sent back by")."""


_AGENT_ENDS = frozenset({"to", "and", "in", "on", "for", "from", "since", "after", "this", "last"})
"""Words that may follow a country named as an agent, closing it ("hosted by Iran since 1979")."""


def _foreign_agent(doc: Doc, lex: Lexicon, k: int, last: int) -> bool:
    """ "by" at ``k`` names another country, or its authorities, as who acts on the people
    right before it ("forced by the Iranian government", "rounded up by Turkish police",
    "hosted by Iran"): the people are in that country. Only after a verb of what a
    country does to the people in it (:data:`ACTED_ON_LEMMAS`, :data:`DEPARTURE_LEMMAS`),
    perhaps with its particle ("rounded up by"); "criticised by the Iranian government"
    places no one."""
    lemmas, lowers, words = lemma_lowers(doc), doc_lowers(doc), doc_texts(doc)
    verb = k - 2 if k >= 2 and lowers[k - 1] in _AGENT_PARTICLES else k - 1
    if verb < 0 or not (lemmas[verb] in ACTED_ON_LEMMAS or lemmas[verb] in DEPARTURE_LEMMAS):
        return False
    j = k + 2 if k + 1 < last and lowers[k + 1] == "the" else k + 1
    if j >= last or not words[j][:1].isupper():
        return False
    for size in (3, 2, 1):
        name = tuple(lowers[j : j + size])
        if j + size <= last and name in lex.world:
            # the country's authorities ("the Iranian government") or the country itself,
            # ending the agent ("by Iran to", "by Iran."): not "by Iranian villagers"
            after = j + size
            return (
                after >= last
                or lowers[after] in AUTHORITY_NOUNS
                or not words[after][:1].isalpha()
                or lowers[after] in _AGENT_ENDS
            )
    return False


def _left_from(doc: Doc, k: int) -> bool:
    """A departure right before "from" at ``k`` ("deported from", "sent back from",
    "returning from"): the place after it is where the people were."""
    if k == 0:
        return False
    before = doc_lowers(doc)[k - 1]
    return before in DEPARTURE_PARTICLES or lemma_lowers(doc)[k - 1] in DEPARTURE_LEMMAS


def outside(doc: Doc, lex: Lexicon, start: int, end: int, group_end: int, bare: bool) -> bool:
    """The people a number or a group phrase counts (``[start, end)``, its group's words
    ending at ``group_end``) are in another country of the world's or all over it: one
    named as their place before them ("In Iran, ...", "Iran hosts ..."), after them
    (:func:`worldwide`), in a sentence set in another country (:func:`set_abroad`) or
    referred back to one (:func:`referred_abroad`), or, for a ``bare`` head, in a story of
    another country (:func:`elsewhere`). NL302 compares no number of theirs and NL301 judges
    no inclusion or part of theirs: one selection for both (NL302 also leaves out a number
    placed by any name the ledger does not know, :func:`abroad`: a city's people are a part,
    not a size)."""
    _, hosting, placed, reporting = _marks_before(doc, lex, start)
    nearest = max(hosting, placed if placed > reporting else -1)
    before = nearest >= 0 and (doc_lowers(doc)[nearest],) in lex.world
    return (
        before
        or worldwide(doc, lex, group_end)
        or set_abroad(doc, lex, start, group_end)
        or referred_abroad(doc, lex, start, end, group_end)
        or (bare and elsewhere(doc, lex, start))
    )


def set_abroad(doc: Doc, lex: Lexicon, start: int, end: int) -> bool:
    """The people of ``[start, end)`` are in another country by their sentence: it names no
    word of the country where the ledger's groups live (:attr:`Lexicon.hosts`), and names
    another country or its people before them ("Kabul will ask Iran to let Afghan refugees
    who have no papers stay": the sentence opens in that country) or as their place right
    after them ("Undocumented Afghan refugees in Iran face deportation"). Their group's own
    words name who they are, not where, and the people's own country ("Afghanistan",
    "Kabul") is no place of theirs. Another country named after them for anything else
    ("criticised by the Iranian government") places no one. A ledger that names no host
    country sets no sentence abroad this way."""
    if not lex.hosts:
        return False
    settings = _settings(doc, lex)
    at = bisect_right(settings.starts, start) - 1
    if at < 0 or not settings.foreign(at) or settings.hosted(at):
        return False
    if settings.first_foreign(at) < start:
        return True
    lowers, words = doc_lowers(doc), doc_texts(doc)
    last = sentence_at(doc, start).end
    for k in range(end, min(end + _PLACE_REACH, last - 1)):
        if (
            lowers[k] in PLACE_PREPOSITIONS
            and words[k + 1][:1].isupper()
            and _world_name_at(lowers, lemma_lowers(doc), k + 1, lex)
        ):
            return True
    return False


BACK_PARTITIVES = frozenset({("of", "them"), ("of", "these"), ("of", "those")})
"""Words after a count that take its people from a whole named before ("800,000 of them")."""
_CLOSES = frozenset({".", ",", ";", ":", "!", "?"})


def referred_abroad(doc: Doc, lex: Lexicon, start: int, end: int, group_end: int) -> bool:
    """The people of ``[start, end)`` are those of the sentence before, set in another country
    (:func:`set_abroad`'s words: it names another country or its people and no word of the
    host country, nor does theirs): a count of them ("Iran says it hosts 6 million Afghans.
    About 800,000 of them are registered refugees"), or "there" as their place, right after
    their group or closing its clause ("... hold Amayesh cards there.")."""
    if not lex.hosts:
        return False
    settings = _settings(doc, lex)
    at = bisect_right(settings.starts, start) - 1
    if at < 1 or settings.hosted(at) or settings.hosted(at - 1) or not settings.foreign(at - 1):
        return False
    lowers = doc_lowers(doc)
    last = sentence_at(doc, start).end
    if end + 1 < last and (lowers[end], lowers[end + 1]) in BACK_PARTITIVES:
        return True
    for k in range(group_end, last):
        if lowers[k] == "there" and (k == group_end or (k + 1 < last and lowers[k + 1] in _CLOSES)):
            return True
    return False


_PLACE_REACH = 3
"""How far after a group its place's preposition may stand ("refugees currently in Iran")."""


def drop_outside_wholes(doc: Doc, lex: Lexicon, claims: dict[int, GroupClaim]) -> None:
    """Drop every inclusion whose whole's people are not the ledger country's (:func:`outside`:
    "7 million Afghan refugees, including ACC holders, live abroad"): no inclusion of theirs
    is judged, as no number of theirs is compared."""
    for claim in claims.values():
        kept = tuple(
            i
            for i in claim.inclusions
            if not outside(
                doc, lex, i.wider.start, i.wider.end, i.wider.end,
                claims[i.wider.start].role == "head",
            )
        )  # fmt: skip
        if len(kept) != len(claim.inclusions):
            object.__setattr__(claim, "inclusions", kept)  # claims are frozen, linked late


_SETTINGS = "narrlint.claims.groups_places.settings"
"""Key of a doc's :func:`_settings` in its ``user_data`` (with the lexicon read)."""


def elsewhere(doc: Doc, lex: Lexicon, start: int) -> bool:
    """The people a number counts belong to another country than the ledger's: its sentence
    names another country or its people ("... in Turkey", "Lebanon's", "Turkish authorities")
    and none of the ledger's own ("Pakistan", "Afghans"); or it names neither, and the draft
    names only other countries before it, never the ledger's ("Yerlikaya explained that
    731,146 refugees ..." in a story of Syrians in Turkey). A bare "refugees" then is that
    country's refugees, no group of the ledger's."""
    settings = _settings(doc, lex)
    at = bisect_right(settings.starts, start) - 1
    if at < 0:
        return False
    if settings.home(at):
        return False
    if settings.foreign(at):
        return True
    return settings.no_home() and any(settings.foreign(i) for i in range(at))


def other_nationals(doc: Doc, lex: Lexicon, start: int, end: int) -> bool:
    """A group phrase ``[start, end)`` names another country's people in its own words
    ("unregistered Syrian refugees", "undocumented Iraqi migrants"): a capitalised name of
    :attr:`Lexicon.world` that is not the ledger's own. The ledger's groups (its own
    country's refugees and migrants) do not judge their name."""
    lowers, lemmas, words = doc_lowers(doc), lemma_lowers(doc), doc_texts(doc)
    placing, home = lex.placing, lex.home
    for k in range(start, end):
        lower, lemma = lowers[k], lemmas[k]
        if lower not in placing and lemma not in placing:
            continue
        if lower in home or lemma in home or not words[k][:1].isupper():
            continue
        if _world_name_at(lowers, lemmas, k, lex):
            return True
    return False


def names_abroad(doc: Doc, lex: Lexicon, start: int) -> bool:
    """Does the sentence of ``doc[start]`` name another country or its people, whatever else
    it names ("Iran issued an ultimatum to 1.5 million Afghans")?"""
    settings = _settings(doc, lex)
    at = bisect_right(settings.starts, start) - 1
    return at >= 0 and settings.foreign(at)


@dataclass(slots=True)
class _Settings:
    """The doc's sentence starts; read per sentence when first asked (most sentences never
    are: the sentence of a group found, nearly always one naming the ledger's own country
    or people), whether it names the ledger's own country or people (:attr:`Lexicon.home`)
    and whether it names another country or its people (a capitalised word of
    :attr:`Lexicon.world`); and, only when asked, whether no sentence names the ledger's
    own (a doc-wide read, which a sentence naming its own makes needless)."""

    doc: Doc
    lex: Lexicon
    starts: list[int]
    _candidates: dict[int, list[int]] = field(default_factory=dict)
    _home: dict[int, bool] = field(default_factory=dict)
    _foreign: dict[int, int] = field(default_factory=dict)
    _hosted: dict[int, bool] = field(default_factory=dict)
    joined: dict[tuple[int, int], list[tuple[int, int]]] = field(default_factory=dict)
    """The joined country names of each sentence asked about (:func:`_joined_pairs`)."""
    _no_home: bool | None = None

    def _bounds(self, at: int) -> tuple[int, int]:
        # the first sentence also holds any token before it
        first = self.starts[at] if at > 0 else 0
        last = self.starts[at + 1] if at + 1 < len(self.starts) else len(self.doc)
        return first, last

    def candidates(self, at: int) -> list[int]:
        """The tokens of sentence ``at`` in either word set (by word or lemma), found by a
        C-level map over the sentence's words: only these are looked at in Python."""
        found = self._candidates.get(at)
        if found is None:
            first, last = self._bounds(at)
            placing = self.lex.placing
            lowers, lemmas = doc_lowers(self.doc)[first:last], lemma_lowers(self.doc)[first:last]
            found = self._candidates[at] = sorted(
                {
                    *compress(range(first, last), map(placing.__contains__, lowers)),
                    *compress(range(first, last), map(placing.__contains__, lemmas)),
                }
            )
        return found

    def home(self, at: int) -> bool:
        """Does sentence ``at`` name the ledger's own country or people?"""
        return self._names(at, self.lex.home, self._home)

    def hosted(self, at: int) -> bool:
        """Does sentence ``at`` name the country where the ledger's groups live?"""
        return self._names(at, self.lex.hosts, self._hosted)

    def _names(self, at: int, words: frozenset[str], answers: dict[int, bool]) -> bool:
        """Does sentence ``at`` hold one of ``words`` (by word or lemma)? Kept in ``answers``."""
        found = answers.get(at)
        if found is None:
            lowers, lemmas = doc_lowers(self.doc), lemma_lowers(self.doc)
            found = answers[at] = any(
                lowers[k] in words or lemmas[k] in words for k in self.candidates(at)
            )
        return found

    def no_home(self) -> bool:
        """Does no sentence of the doc name the ledger's own country or people?"""
        if self._no_home is None:
            self._no_home = not any(self.home(i) for i in range(len(self.starts)))
        return self._no_home

    def foreign(self, at: int) -> bool:
        """Does sentence ``at`` name another country or its people?"""
        return self.first_foreign(at) >= 0

    def first_foreign(self, at: int) -> int:
        """Where sentence ``at`` first names another country or its people (-1: nowhere)."""
        found = self._foreign.get(at)
        if found is None:
            found = self._foreign[at] = self._names_foreign(at)
        return found

    def _names_foreign(self, at: int) -> int:
        doc, lex = self.doc, self.lex
        lowers, lemmas, words = doc_lowers(doc), lemma_lowers(doc), doc_texts(doc)
        for k in self.candidates(at):
            lower, lemma = lowers[k], lemmas[k]
            if lower in lex.home or lemma in lex.home:
                continue
            if (
                (lower in lex.world_firsts or lemma in lex.world_firsts)
                and words[k][:1].isupper()
                and _world_name_at(lowers, lemmas, k, lex)
            ):
                return k
        return -1


def _settings(doc: Doc, lex: Lexicon) -> _Settings:
    """:class:`_Settings` of the doc, once per doc and lexicon."""
    cached = doc.user_data.get(_SETTINGS)
    if cached is not None and cached[0] == len(doc) and cached[1] is lex:
        return cached[2]
    starts = [s.start for s in sorted(sentences(doc), key=lambda s: s.start)]
    settings = _Settings(doc, lex, starts)
    doc.user_data[_SETTINGS] = (len(doc), lex, settings)
    return settings


def _world_name_at(lowers: list[str], lemmas: list[str], k: int, lex: Lexicon) -> bool:
    """A name of :attr:`Lexicon.world` starts at token ``k`` ("Syrians" by its lemma)."""
    for size in (3, 2, 1):
        words = tuple(lowers[k : k + size])
        if len(words) == size and words in lex.world:
            return True
    return (lemmas[k],) in lex.world


def _marks_before(doc: Doc, lex: Lexicon, i: int) -> _Marks:
    """The nearest index before token ``i`` in its sentence (-1 for none) of: a country of
    the ledger; a foreign name set as a place whatever precedes it ("Iran's", "Iran hosts");
    a foreign name set as a place by the word before it ("in Iran"); and a "that" opening a
    reported clause ("the consul told TOLO that ..."), after which a name set as a place only
    by "in" no longer places the number (a country's own official does: "Iran's minister
    said that ..."). Read by bisection from the sentence's :func:`_marks`."""
    known = _asked(doc, lex)
    marks = known.get(i)
    if marks is None:  # a number's "abroad" and "outside" ask of the same token
        first, kinds = _marks(doc, lex, i)
        nearest = []
        for found in kinds:
            at = bisect_left(found, i) - 1
            nearest.append(found[at] if at >= 0 and found[at] >= first else -1)
        marks = known[i] = (nearest[0], nearest[1], nearest[2], nearest[3])
    return marks


def _asked(doc: Doc, lex: Lexicon) -> dict[int, _Marks]:
    """The doc's :func:`_marks_before` answers so far."""
    return _marks_cache(doc, lex)[2]


def _marks_cache(doc: Doc, lex: Lexicon) -> tuple[list[int], dict, dict]:
    """The doc's sentence starts, the marks of each sentence read so far (by its start) and
    the answers of :func:`_marks_before` so far: kept in ``user_data`` with the lexicon."""
    cached = doc.user_data.get(_MARKS)
    if cached is None or cached[0] != len(doc) or cached[1] is not lex:
        starts = sorted({s.start for s in sentences(doc)})
        cached = doc.user_data[_MARKS] = (len(doc), lex, (starts, {}, {}))
    return cached[2]


def _marks(doc: Doc, lex: Lexicon, i: int) -> tuple[int, tuple[list[int], ...]]:
    """The start of token ``i``'s sentence and, in order, the indices in that sentence of its
    ledger countries, foreign names set as places whatever precedes them, foreign names set
    as places by the word before them, and "that"s opening a reported clause. Read once per
    sentence asked about (most sentences hold no number and no group, and are never asked),
    from the doc's word lists with no Token built."""
    starts, by_sentence, _ = _marks_cache(doc, lex)
    at = bisect_right(starts, i) - 1
    first = starts[at] if at >= 0 else 0
    marks = by_sentence.get(first)
    if marks is None:
        last = starts[at + 1] if at + 1 < len(starts) else len(doc)
        marks = by_sentence[first] = _sentence_marks(doc, lex, first, last)
    return first, marks


def _sentence_marks(doc: Doc, lex: Lexicon, first: int, last: int) -> tuple[list[int], ...]:
    """:func:`_marks` of the sentence of tokens ``[first, last)``."""
    n = len(doc)
    lowers, lemmas, ents = doc_lowers(doc), lemma_lowers(doc), doc_ents(doc)
    countries = _within(where_lower(doc, lex.countries), first, last) if lex.countries else []
    that = _within(where_lower(doc, _THAT), first, last)
    reporting = [k for k in that if _reported(doc, k, first)]
    hosting: list[int] = []
    placed: list[int] = []
    # the sentence's own words only: a few sentences of a doc are asked about
    titled = _TITLE_WORD.within(doc, first, last) if lex.common is not None else []
    for k in titled:
        lower = lowers[k]
        # a country inside a ledger title ("Iran's interior minister") still places the
        # official's people; a word of any other entity (a name) is no place
        if not _maybe_foreign(lower, lex) or ents[k] not in ("", TITLE) or lower != lemmas[k]:
            continue
        after = k + 1 if k + 1 < n else k
        if lowers[after] in ("'s", "’s") or lemmas[after] in HOSTING_LEMMAS:
            hosting.append(k)
        elif (lowers[k - 1] if k > first else "") in ABROAD_BEFORE:
            placed.append(k)
    return countries, hosting, placed, reporting


def _within(found: list[int], first: int, last: int) -> list[int]:
    """The indices of a sorted list that lie in ``[first, last)``."""
    return found[bisect_left(found, first) : bisect_left(found, last)]


def _reported(doc: Doc, k: int, first: int) -> bool:
    """Does "that" at ``k`` open what a reporting verb a few words before it governs ("told
    TOLO news that", "said that")?"""
    lemmas = lemma_lowers(doc)
    return any(lemmas[m] in REPORTING_LEMMAS for m in range(max(first, k - 4), k))


def local(doc: Doc, lex: Lexicon, analysis: Analysis, end: int) -> bool:
    """The number counts the people of one province or city ("800,000 registered refugees
    live in Khyber Pakhtunkhwa", "... living in Karachi"): a part of its group, not the
    group's size. A capitalised place after "in" that is not one of the ledger's countries
    ("... in Pakistan") makes it local; a ledger that names no country (no government)
    cannot tell a province from the country."""
    if not lex.countries:
        return False
    mention = analysis.by_start.get(end)
    j = mention.end if mention is not None else generic_noun_end(doc, lex, end)
    lowers = doc_lowers(doc)
    n = len(doc)
    if j < n and lowers[j] in STAY_PARTICIPLES:
        j += 1
    if j + 1 >= n or lowers[j] != "in":
        return False
    place = doc[j + 1]
    return (
        place.is_alpha
        and place.is_title
        and lowers[j + 1] not in lex.countries
        and month_of(place) is None
        and lowers[j + 1] not in WEEKDAYS
    )


def _maybe_foreign(lower: str, lex: Lexicon) -> bool:
    """The word tests of :func:`_foreign`, without building a Token."""
    return (
        lex.common is not None
        and len(lower) >= 3
        and lower not in lex.known
        and lower not in lex.common
        and lower not in lex.countries
        and lower not in WEEKDAYS
    )


def _foreign(token: Token, lex: Lexicon) -> bool:
    """A capitalised name that is neither a word of the ledger's names nor a common word."""
    lower = token.lower_
    return (
        lex.common is not None
        and token.is_alpha
        and token.is_title
        and len(lower) >= 3
        and not token.ent_type_
        and not token.is_stop
        and lower not in lex.known
        and lower not in lex.common
        and lower not in lex.countries
        and lower == token.lemma_.lower()
        and month_of(token) is None
        and lower not in WEEKDAYS
    )


def generic_noun_end(doc: Doc, lex: Lexicon, end: int) -> int:
    """Past a generic noun after a number ("1.3 million Afghans are ..."), or the number's end
    ("1.7 million were undocumented"); "of them"/"of whom" are read through."""
    j, n = end, len(doc)
    lowers = doc_lowers(doc)
    words = doc_texts(doc)
    steps = 0
    while j < n and steps < 3:
        lower = lowers[j]
        if (
            lower in PERSON_NOUNS
            or lower in ("of", "them", "these", "those", "whom")
            or (words[j].isalpha() and words[j].istitle())
        ):
            j += 1
            steps += 1
            continue
        break
    return j


def past_place(doc: Doc, i: int) -> int:
    """Past "(living) in Pakistan", "across the country", "in Khyber Pakhtunkhwa": where a
    group lives says nothing of which group it is. (Read from the doc's word lists, with no
    Token built: this is asked after every group.)"""
    n = len(doc)
    lowers = doc_lowers(doc)
    j = i
    if j < n and lowers[j] in STAY_PARTICIPLES:
        j += 1
        if j < n and lowers[j] in PLACE_ADVERBS:
            return j + 1  # "living here"
    if j >= n or lowers[j] not in PLACE_PREPOSITIONS:
        return i
    k = j + 1
    words = doc_texts(doc)
    if (
        k + 3 < n
        and lowers[k] == "the"
        and lowers[k + 1] in AREA_NOUNS
        and lowers[k + 2] == "of"
        and words[k + 3].istitle()
    ):
        k += 3  # "in the suburbs of Islamabad", "in the city of Karachi": the named place
    elif k < n and lowers[k] in PLACE_DETERMINERS and k + 1 < n and lowers[k + 1] in PLACE_NOUNS:
        return k + 2  # "in the country", "in this country"
    start = k
    while k < n and k < start + 4 and words[k].isalpha() and words[k].istitle():
        k += 1
    return k if k > start else i


PLACE_DETERMINERS = frozenset({"the", "this", "our"})
"""Determiners of a place noun after a place preposition ("in the country", "in this country",
"in our country"): the country the story is about, named by no proper noun."""


STAY_FILLERS = frozenset(AUXILIARY_FILLERS | {"currently", "still"}) - {"since", "all"}
"""Words between a group and its verb of staying ("are currently residing", "have been
living"); not "since" or "all", which open other clauses."""


def past_stay(doc: Doc, i: int) -> int:
    """Past where a group's clause says it lives ("are currently residing in Pakistan",
    "live in the country", "(living) in Pakistan"): a stay at a place says nothing of which
    group it is, so the words after it ("..., with 813,000 holding ACCs") are still about the
    group. A stay without a place ("are living with relatives") is not passed."""
    lowers = doc_lowers(doc)
    n, j = len(doc), i
    while j < n and j < i + 3 and lowers[j] in STAY_FILLERS:
        j += 1
    if j == i or j >= n or lowers[j] not in STAY_PARTICIPLES:
        return past_place(doc, i)
    placed = past_place(doc, j)
    return placed if placed > j + 1 else past_place(doc, i)


ASIDE_OPENERS = frozenset({"including", "mostly", "mainly", "chiefly", "largely", "among",
                           "many", "most", "some", "especially", "particularly"})  # fmt: skip
"""Words that open an aside about who is among a group ("Afghan refugees, including women and
children, were ...", "..., mostly young men, ...")."""
ASIDE_REACH = 7
"""Words of such an aside up to its closing comma."""


def past_aside(doc: Doc, analysis: Analysis, i: int) -> int:
    """Past ", including women and children," after a group: an aside on who is among the
    people says nothing of which group they are, so what follows it is still said of the
    group. An aside naming a group of the ledger ("..., including ACC holders, ...") is kept:
    what follows may be said of that part."""
    lowers = doc_lowers(doc)
    n = len(doc)
    if i + 2 >= n or lowers[i] != "," or lowers[i + 1] not in ASIDE_OPENERS:
        return i
    for k in range(i + 2, min(n, i + 2 + ASIDE_REACH)):
        if k in analysis.by_start or doc[k].is_sent_start:
            return i
        if lowers[k] == ",":
            return k + 1
    return i


APPOSITIVE_NEXT = frozenset({"granted", "given", "issued", "who", "whom", "that", "living",
                             "residing", "staying", "registered"})  # fmt: skip
"""Words after a bare head noun that make it an appositive describing the group before the
comma ("ACC holders, refugees granted temporary legal status in 2017"), not a list's item."""


def appositive(doc: Doc, analysis: Analysis, j: int) -> bool:
    """A bare head noun right after a group's comma, described by a participle or a relative,
    with no other group joined by "and"/"or" later in the sentence (a list: "ACC holders,
    refugees who fled the war, and undocumented migrants")."""
    mention = analysis.by_start.get(j)
    lowers = doc_lowers(doc)
    if mention is None or mention.kind != "head" or mention.end >= len(doc):
        return False
    if lowers[mention.end] not in APPOSITIVE_NEXT:
        return False
    end = sentence_at(doc, j).end
    return not any(lowers[m.start - 1] in ("and", "or") for m in analysis.within(mention.end, end))
