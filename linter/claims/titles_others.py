"""Titles that are not the ledger's office, or not its holder's (for
:mod:`narrlint.claims.titles`): a title another country owns ("Lebanon's caretaker Prime
Minister", "the Iranian interior minister", "the UNHCR representative in Lebanon"), a title
given to a person the ledger does not know ("Deputy Interior Minister X Y", "X Y, a
government spokesperson"), and a clock time read as a title ("at 4:00 PM").

A title the ledger records is read as its office only where the draft may mean it: another
country's post shares the words but is not the ledger's, and a name the ledger does not know is
someone the ledger says nothing of, not the holder it records on the date (NL402 judges a
person the ledger knows, never an unknown one).

Countries and demonyms come from data (:data:`narrlint.nlp.countries.COUNTRIES`), the
ledger's own countries taken out; common words from the pipeline's lemma table."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from narrlint.claims.titles_appointed import APPOINTING, AS_DETERMINERS, MAX_AS_GAP
from narrlint.claims.titles_frame import sentence_bounds
from narrlint.claims.titles_model import entity_id
from narrlint.claims.titles_owners import place_after
from narrlint.knowledge.ledger import Ledger
from narrlint.knowledge.title_lexicon import FIRST_NAME_PREFIX, TitleLexicon
from narrlint.nlp.countries import world_of
from narrlint.nlp.quantities import month_of_text
from narrlint.nlp.tokens import lemma_lowers, lowers, new_span, texts
from narrlint.nlp.vocabulary import WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["Others", "body_owned", "clock_time_before", "foreign_owned"]


# ---------------------------------------------------------------------------------------------
# Another country's post


def _home(lexicon: TitleLexicon) -> frozenset[str]:
    """The countries of the ledger (:attr:`TitleLexicon.home`, built once per lexicon)."""
    return lexicon.home


_Forms = tuple[frozenset[tuple[str, ...]], int, dict[str, tuple[int, ...]]]


@functools.lru_cache(maxsize=8)
def _foreign_forms(home: frozenset[str]) -> _Forms:
    """The ways of writing every country not in ``home`` and its people, as lower-case words
    split as the tokenizer splits them ("guinea - bissau"; :func:`world_of`, shared with the
    group reader), the longest form's length, and the lengths of the forms each first word
    opens (a run is looked up only where a form may start)."""
    forms = frozenset(world_of(home).foreign)
    sizes: dict[str, set[int]] = {}
    for form in forms:
        sizes.setdefault(form[0], set()).add(len(form))
    return forms, max(map(len, forms), default=0), {w: tuple(sorted(n)) for w, n in sizes.items()}


def _named(words: list[str], forms: _Forms) -> list[tuple[str, ...]]:
    """The ``forms`` that ``words`` name, each a run of whole words, shortest runs first and
    each length in text order: a set lookup per run that opens with a form's first word and
    has one of its lengths, not per run of every length (a window of a long sentence), nor a
    scan of every form."""
    known, _, sizes = forms
    n = len(words)
    found = [
        (size, i, run)
        for i, word in enumerate(words)
        for size in sizes.get(word, ())
        if i + size <= n and (run := tuple(words[i : i + size])) in known
    ]
    return [run for _, _, run in sorted(found)] if len(found) > 1 else [f[2] for f in found]


OWNER_OPENERS = frozenset({"of", "in", "to", "for"})
"""Words after a title that open whose post it is or where ("Prime Minister of Lebanon", "the
UNHCR representative in Lebanon", "Ambassador to Turkey", "Special Envoy for Syria")."""
OWNER_GLUE = frozenset({"the", "of", "and", "-", "–"})
MAX_OWNER = 6
"""Words of a country's name after the opener ("the Islamic Republic of Iran")."""


def foreign_owned(
    doc: Doc, reach: int, title: Span, lexicon: TitleLexicon, offices: tuple[str, ...]
) -> bool:
    """Whether the title phrase names a country other than the ledger's as the post's owner or
    place: before the title, among the words its qualifiers walk took ("Lebanon's caretaker
    Prime Minister", "the Iranian interior minister", "Turkey's foreign minister"), or in a
    complement right after it ("Prime Minister of Lebanon", "the UNHCR representative in
    Lebanon", "Ambassador to Turkey"). Not when the phrase names a country of the ledger too,
    nor when a title of ``offices`` has the country's words (an office the ledger records
    there: "Ambassador to Iran")."""
    home = _home(lexicon)
    forms = _foreign_forms(home)
    words = lowers(doc)
    before = words[reach : title.start]
    if before and not _home_named(before, lexicon):
        found = _named(before, forms)
        if found and not _office_there(found, offices, lexicon):
            return True
    i = title.end
    if i >= len(doc) or words[i] not in OWNER_OPENERS:
        return False
    written = texts(doc)
    k, _ = _owner_name_end(doc, title, words, written)
    after = words[i + 1 : k]
    if not after or _home_named(after, lexicon):
        return False
    found = _named(after, forms)
    return bool(found) and not _office_there(found, offices, lexicon)


ORGANISATION_HEADS = frozenset(
    {
        "council", "board", "committee", "commission", "federation", "association", "club",
        "league", "bank", "foundation", "institute", "university", "society", "chamber",
        "chambers", "corporation", "company", "organisation", "organization", "forum",
        "confederation", "trust", "academy", "party", "authority", "union",
    }
)  # fmt: skip
"""Nouns of an organisation whose name, after "of", owns the title before it ("President of
the Asian Cricket Council", "Chairman of the Senate Standing Committee"): that body's post,
not a government's office of the same title. Not a government's own nouns ("of the interim
government", "of the Islamic Emirate"), which name the country's office."""


def body_owned(doc: Doc, title: Span, lexicon: TitleLexicon, offices: tuple[str, ...]) -> bool:
    """Whether "of" and an organisation's capitalised name follow the title, naming another
    body's post: a word of :data:`ORGANISATION_HEADS` among its words, and none of its words
    other than a country's a word of the titles of ``offices`` (the ledger's own office of that
    body: "Chairman of the Pakistan Cricket Board" where it records that post; a country named
    inside the body's name, "President of the Pakistan Cricket Board", does not make it the
    country's)."""
    words = lowers(doc)
    i = title.end
    if i + 1 >= len(doc) or words[i] != "of":
        return False
    written = texts(doc)
    k, end = _owner_name_end(doc, title, words, written)
    named = [w for w in words[i + 1 : k] if w not in OWNER_GLUE]
    if not named and words[i + 1] == "the":  # "president of the ruling party": a common noun
        named = _common_body(words, written, i + 2, end)
    if not named or not any(w in ORGANISATION_HEADS for w in named):
        return False
    own = {
        o for w in named if w not in lexicon.country_words for o in lexicon.office_words.get(w, ())
    }
    return not own.intersection(offices)


MAX_BODY_WORDS = 3
"""Words of a body told by common nouns after "of the" ("the ruling party", "the national
cricket council")."""


def _common_body(words: list[str], written: list[str], i: int, end: int) -> list[str]:
    """The words of a body told in lower case from ``i`` ("ruling party", "standing
    committee"), its last one a word of :data:`ORGANISATION_HEADS` and the word after it no
    letter (the phrase ends there: "of the board of …" is read no further); none where the
    phrase is no such body."""
    for k in range(i, min(i + MAX_BODY_WORDS, end)):
        if not (written[k].isalpha() and written[k].islower()):
            return []
        if words[k] in ORGANISATION_HEADS:
            after = written[k + 1] if k + 1 < len(written) else ""
            return words[i : k + 1] if not after[:1].isalpha() else []
    return []


def _office_there(
    found: list[tuple[str, ...]], offices: tuple[str, ...], lexicon: TitleLexicon
) -> bool:
    """Whether a title of ``offices`` has every word of one of the countries ``found`` (the
    ledger records that office there: "Ambassador to Iran")."""
    return any(
        all(o in lexicon.office_words.get(w, ()) for w in form) for form in found for o in offices
    )


_ABROAD = "narrlint.claims.titles_others.abroad"
"""``doc.user_data`` key of :func:`abroad`'s answers: (lexicon, doc length, {window: answer})."""


def abroad(doc: Doc, start: int, lexicon: TitleLexicon) -> bool:
    """Whether the story around a title phrase at ``start`` is set in another country: the
    sentences before its own (:data:`CONTEXT_SENTENCES`) name a country other than the
    ledger's, and neither they nor the title's sentence name one of the ledger's.

    The answer depends on the title's sentence only, so it is worked out once per sentence
    and kept on the doc: every title phrase of a long sentence (a pasted table, a wire feed
    without full stops) asking it again scanned the whole window again (a 50,000-word
    sentence took 14 s of CPU here)."""
    bounds = sentence_bounds(doc, start)
    cached = doc.user_data.get(_ABROAD)
    if cached is None or cached[0] is not lexicon or cached[1] != len(doc):
        cached = doc.user_data[_ABROAD] = (lexicon, len(doc), {})
    answers: dict[tuple[int, int], bool] = cached[2]
    answer = answers.get(bounds)
    if answer is None:
        answer = answers[bounds] = _abroad_window(doc, *bounds, lexicon)
    return answer


def _abroad_window(doc: Doc, first: int, end: int, lexicon: TitleLexicon) -> bool:
    """:func:`abroad` for the sentence ``first:end``."""
    opening = first
    for _ in range(CONTEXT_SENTENCES):
        if opening == 0:
            break
        opening = sentence_bounds(doc, opening - 1)[0]
    if opening == first:
        return False
    words = lowers(doc)
    if _home_named(words[opening:end], lexicon):
        return False
    return bool(_named(words[opening:first], _foreign_forms(_home(lexicon))))


def _home_named(words: list[str], lexicon: TitleLexicon) -> bool:
    """Whether ``words`` name a country of the ledger ("Pakistan's", "Afghan", "Islamic
    Emirate")."""
    if any(w in lexicon.country_terms for w in words):
        return True
    joined = f" {' '.join(words)} "
    return any(f" {phrase} " in joined for phrase, _ in lexicon.country_phrases)


# ---------------------------------------------------------------------------------------------
# A clock time

_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d{2})?$")
"""A time of day as written before "PM"/"AM" ("4:00", "2.30", "11")."""


def clock_time_before(doc: Doc, title: Span) -> bool:
    """Whether a title of one word stands right after a clock time ("at 4:00 PM", "2.30 pm"):
    the word is the time's half of the day, not a post."""
    return (
        len(title) == 1
        and title.start > 0
        and _CLOCK.match(texts(doc)[title.start - 1]) is not None
    )


# ---------------------------------------------------------------------------------------------
# A holder the ledger does not know

MIN_NAME = 2
"""Capitalised words of an unknown holder's name: one alone may be anything capitalised, but
for in a story set abroad (:func:`abroad`), where a surname alone names that country's
official ("Nepal's president met … Caretaker Prime Minister X will form a cabinet")."""
CONTEXT_SENTENCES = 2
"""Sentences before a title's own that set the country a story is about."""
MAX_NAME = 5
"""Words of a name with its honorifics ("Mullah Mohammad X Y")."""
NAME_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their"})
"""Words between an appositive's comma and its title phrase ("X Y, a spokesperson")."""


@dataclass(frozen=True)
class Others:
    """What tells another person's name from the words around a title: the language's common
    words, the words of the ledger's place and country terms and office titles, and the
    names of the people the ledger records in each office (a misspelt given name before a
    recorded surname is still that person)."""

    common: frozenset[str]
    known: frozenset[str]
    holders: dict[str, frozenset[str]]
    shared: frozenset[str]
    """First letters of given names several of the ledger's people share ("muha")."""

    @classmethod
    def build(cls, ledger: Ledger, lexicon: TitleLexicon, common: frozenset[str]) -> Others:
        holders: dict[str, set[str]] = {}
        for person in ledger.people.values():
            names = {
                w.strip(".,'’()").lower()
                for n in (person.name, *person.aliases)
                for w in n.replace("-", " ").split()
            }
            for post in person.posts:
                holders.setdefault(post.office, set()).update(names)
        known = set(lexicon.office_words) | set(lexicon.country_words) | set(lexicon.countries)
        return cls(
            common,
            frozenset(known),
            {k: frozenset(v) for k, v in holders.items()},
            lexicon.shared_first_names,
        )

    def _holders_word(self, doc: Doc, k: int, offices: tuple[str, ...]) -> bool:
        """Whether the word at ``k`` is a word of the name of someone the ledger records in
        ``offices``, not a given name several of its people share: a recorded "Karl
        Moser" written "Karl Mozer" is his name misspelt, "Mohammad Y" may be anyone."""
        lower = doc[k].lower_
        return lower[:FIRST_NAME_PREFIX] not in self.shared and any(
            lower in self.holders.get(o, ()) for o in offices
        )

    def _common(self, doc: Doc, k: int) -> bool:
        """Whether the word at ``k`` is a common word of the language ("Says", "House")."""
        token = doc[k]
        return token.is_stop or token.lower_ in self.common or token.lemma_.lower() in self.common

    def _surname(self, doc: Doc, k: int, offices: tuple[str, ...]) -> bool:
        """Whether the word at ``k`` may end the name of someone the ledger does not record in
        ``offices``: no common word, no word of the ledger's places, offices or countries, no
        day or month, and no word of the names of the people it records in ``offices``."""
        token = doc[k]
        lower = token.lower_
        return not (
            self._common(doc, k)
            or lower in self.known
            or lower in WEEKDAYS
            or month_of_text(token.text) is not None
            or any(lower in self.holders.get(o, ()) for o in offices)
        )

    def after(
        self, doc: Doc, i: int, offices: tuple[str, ...], least: int = MIN_NAME
    ) -> Span | None:
        """The name of someone the ledger does not know written at ``i``, right after a
        title ("caretaker Prime Minister X Y stated", "Deputy Interior Minister
        X Y."): two or more capitalised words outside the ledger's entities, the
        last no common word nor a word of the ledger's places, offices or of the names of
        those it records in ``offices``, and no name of the ledger right after them."""
        end = min(sentence_bounds(doc, i)[1], i + MAX_NAME)
        k = i
        while k < end and _capitalised(doc, k):
            k += 1
        if k < len(doc) and doc[k].ent_type_:
            return None  # "… Mohsin Raza Naqvi": the name of the ledger goes on
        while k > i and self._common(doc, k - 1):
            k -= 1  # "… X Y Says" in a headline: the verb is no name
        if k - i < least or not self._surname(doc, k - 1, offices):
            return None
        if any(self._holders_word(doc, j, offices) for j in range(i, k)):
            return None  # "… Karl Mozer": the recorded holder's name misspelt
        return new_span(doc, i, k)

    def holder(
        self, doc: Doc, title: Span, start: int, lexicon: TitleLexicon, offices: tuple[str, ...]
    ) -> Span | None:
        """The name of someone the ledger does not know that a title phrase (from ``start``)
        names: after the title, past its abbreviation in brackets and the post's place
        ("Chief Minister KP …"), set off before the phrase (:meth:`before`), or made the
        holder by an appointment (:meth:`appointed`)."""
        written = texts(doc)
        i = title.end
        if i < len(doc) and written[i] == "(":
            close = next((k for k in range(i + 1, min(i + 6, len(doc))) if written[k] == ")"), i)
            i = close + 1 if close > i else i
        else:
            key = entity_id(title) or title.text.lower()
            i = place_after(lexicon.offices.get(key, ()), doc, title, lexicon)[0]
        least = 1 if abroad(doc, start, lexicon) else MIN_NAME
        if i < len(doc):
            named = self.after(doc, i, offices, least)
            if named is not None:
                return named
        return self.before(doc, start, offices, least) or self.appointed(doc, start, offices)

    def before(
        self, doc: Doc, start: int, offices: tuple[str, ...], least: int = MIN_NAME
    ) -> Span | None:
        """The name of someone the ledger does not know set off before a title phrase that
        starts at ``start`` ("X Y, a government spokesperson, confirmed …",
        "X Y, spokesman for …"): a comma, maybe a determiner, and before it
        two or more capitalised words as :meth:`after` reads them, opening a sentence or
        after a word in lower case or punctuation."""
        words = lowers(doc)
        j = start - 1
        if j >= 0 and words[j] in NAME_DETERMINERS:
            j -= 1
        if j < 1 or words[j] != ",":
            return None
        last = j
        first = sentence_bounds(doc, last - 1)[0]
        k = last
        while k > max(first, last - MAX_NAME) and _capitalised(doc, k - 1):
            k -= 1
        if k > 0 and doc[k - 1].ent_type_:
            return None
        if last - k < least or not self._surname(doc, last - 1, offices):
            return None
        if any(self._holders_word(doc, j, offices) for j in range(k, last)):
            return None
        return new_span(doc, k, last)

    def appointed(self, doc: Doc, start: int, offices: tuple[str, ...]) -> Span | None:
        """The name of someone the ledger does not know whom an appointment makes the holder
        of the title phrase at ``start``: "decided to appoint X as the caretaker prime
        minister", "will name X Y as interim prime minister", "the appointment of X as …".
        The sentence reports the post being taken up, by someone the ledger says nothing of:
        one capitalised word is a name here (the appointment's object is a person), so long
        as it is no common word, place, office or recorded holder's name."""
        words, lemmas = lowers(doc), lemma_lowers(doc)
        first = sentence_bounds(doc, start)[0]
        j = start - 1
        while j > first and start - j <= MAX_AS_GAP and words[j] in AS_DETERMINERS:
            j -= 1
        if j <= first or words[j] != "as":
            return None
        k = j
        while k > max(first, j - MAX_NAME) and _capitalised(doc, k - 1):
            k -= 1
        if k == j or k <= first or not self._surname(doc, j - 1, offices):
            return None
        if any(self._holders_word(doc, n, offices) for n in range(k, j)):
            return None  # a misspelt recorded holder: NL402's to judge, as after a title
        verb = k - 2 if words[k - 1] == "of" and k - 2 >= first else k - 1
        return new_span(doc, k, j) if lemmas[verb] in APPOINTING else None


def _capitalised(doc: Doc, k: int) -> bool:
    """A capitalised word outside the ledger's entities ("Dr." with its full stop)."""
    token = doc[k]
    text = token.text.rstrip(".")
    return bool(text) and text.isalpha() and text[:1].isupper() and not token.ent_type_


def _owner_name_end(doc: Doc, title: Span, words: list[str], written: list[str]) -> tuple[int, int]:
    """Where the capitalised name after the title's "of" (or other opener) ends, and how far
    an owner's words may reach: the opener's next word on, over capitalised words and the glue
    of names ("of", "the", "and"), at most :data:`MAX_OWNER` words and never past the
    sentence."""
    i = title.end
    end = min(i + 1 + MAX_OWNER, sentence_bounds(doc, title.end - 1)[1])
    k = i + 1
    while k < end and (written[k][:1].isupper() or words[k] in OWNER_GLUE):
        k += 1
    return k, end
