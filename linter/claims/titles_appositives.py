"""Whom a title set off after a name belongs to: the appositive ("Jilani, Pakistan's caretaker
foreign minister", "Jilani (the foreign minister)"), the predicate ("Haqqani serves as the
interior minister"), and the shapes that look like one but are not (a list of attendees, a
title that is the subject of the next clause). :mod:`.titles_names` holds the other shapes of
naming and the qualifier words both read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.titles_belongs import owns_next
from narrlint.claims.titles_frame import sentence_bounds
from narrlint.claims.titles_honours import honours_after
from narrlint.claims.titles_lists import listed_with_title, named_item
from narrlint.claims.titles_names import (
    APPOSITIVE_DETERMINERS,
    APPOSITIVE_OF,
    APPOSITIVE_PAST,
    APPOSITIVE_WORDS,
    BRIDGE,
    COMPLEMENT_OPENERS,
    LIST_WORDS,
    MAX_APPOSITIVE,
    MAX_COMPLEMENT,
    NAME_CLOSERS,
    NEWLY,
    PAST_MARKERS,
    TEMPORARY,
    holder_follows,
)
from narrlint.claims.titles_tense import CLAUSE_VERBS, verb_like
from narrlint.nlp.pipeline_data import PERSON, TITLE
from narrlint.nlp.quantities import MONTHS
from narrlint.nlp.tokens import lemma_lowers, lowers, texts
from narrlint.nlp.vocabulary import (
    POSSESSIVE_CLITICS,
    REPORTING_LEMMAS,
    TITLE_ABBREVIATIONS,
    WEEKDAYS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

PRESENT_MARKS = frozenset({"current", "incumbent", "sitting", "serving", "present"})
"""Words of an appositive saying the post is held now ("Sirajuddin Haqqani, the current
interior minister"): the title is the one of the draft's date."""

APPOSITIVE_ALLOWED = (
    BRIDGE | set(TEMPORARY) | set(PAST_MARKERS) | APPOSITIVE_WORDS | APPOSITIVE_PAST | PRESENT_MARKS
)


def _newly(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is part of "newly appointed" (or elected, named, …) in an
    appositive: "Afridi, the newly elected chief minister" names the one who took the post."""
    if words[k] == "newly":
        return k + 1 < len(words) and words[k + 1] in NEWLY
    return words[k] in NEWLY and k > 0 and words[k - 1] == "newly"


DESCRIPTOR_ARTICLES = frozenset({"a", "an", "the"})
MAX_DESCRIPTOR = 4
"""Words of a descriptor between an appositive's article and the title it is joined to."""
_BARE_AFTER_AND = frozenset({*TEMPORARY, *PAST_MARKERS, "-"})
_PAST_DESCRIPTOR = frozenset({*PAST_MARKERS, "retired", "who", "was", "had", "once"})
"""Words of a descriptor that may put the title joined to it in the past too."""


def _after_descriptor(words: list[str]) -> int:
    """Where the words between a name and a title go on after a descriptor joined to the
    title by "and" ("Sadiq, a seasoned diplomat, and special envoy", "Durrani, a veteran
    diplomat and caretaker envoy", "Sadiq, Pakistan's veteran diplomat and special
    envoy"): the title is a second predicate of the same appositive
    when it follows "and" bare (qualifiers only: "and the interior minister" may be someone
    else, listed). 0 when there is no such descriptor (the words are judged as they are)."""
    if len(words) < 4 or words[0] != ",":
        return 0
    if words[2] in POSSESSIVE_CLITICS:
        first = 3  # "Pakistan's veteran diplomat"
    elif words[1] == "the" and words[3] in POSSESSIVE_CLITICS:
        first = 4  # "the country's veteran diplomat"
    elif words[1] in DESCRIPTOR_ARTICLES:
        first = 2
    else:
        return 0
    try:
        joint = words.index("and", first)
    except ValueError:
        return 0
    descriptor = words[first:joint]
    if descriptor and descriptor[-1] == ",":
        descriptor = descriptor[:-1]
    if not 1 <= len(descriptor) <= MAX_DESCRIPTOR or not all(
        w.replace("-", "").isalpha() and w not in _PAST_DESCRIPTOR for w in descriptor
    ):
        return 0  # "a former diplomat and special envoy": "former" may be both's
    if any(w not in _BARE_AFTER_AND for w in words[joint + 1 :]):
        return 0
    return len(words)


APPOSITIVE_OPENERS = frozenset({",", "(", "—", "–"})
"""What sets an appositive off after a name: "Jilani, the foreign minister, …", "Jilani (the
foreign minister) …", "Jilani — the foreign minister — …"."""


def person_before(ents: list[Span], index: int) -> Span | None:
    """Appositive: "Jalil Abbas Jilani, Pakistan's caretaker foreign minister", "Jilani, who
    serves as foreign minister", "Jilani (the foreign minister)"."""
    title = ents[index]
    if index == 0 or ents[index - 1].label_ != PERSON:
        return None
    person = ents[index - 1]
    doc = title.doc
    if owns_next(doc, title):
        return None  # "X, the prime minister's brother, …": the appositive is the brother
    between = texts(doc)[person.end : title.start]
    lower_between = lowers(doc)[person.end : title.start]
    if _predicate(doc, person, title, lower_between):
        return person  # "Haqqani serves as the current interior minister"
    if _name_runs_on(person, between):  # "Mullah Abdul Ghani Baradar Akhund, Prime Minister"
        between, lower_between = between[1:], lower_between[1:]
    if honours := honours_after(doc, title.start - len(between), title.start):
        between, lower_between = between[honours:], lower_between[honours:]  # "…, NI (M), HJ, …"
    if not between or between[0] not in APPOSITIVE_OPENERS:
        return None
    start = _after_descriptor(lower_between)
    words = lower_between[start:]
    if len(between) > MAX_APPOSITIVE or any(
        not (lower in APPOSITIVE_ALLOWED or text.istitle() or _newly(words, k))
        for k, (lower, text) in enumerate(zip(words, between[start:], strict=True))
    ):
        return None
    if holder_follows(title):
        return None  # "Asim Munir, Chairman Joint Chiefs Gen Nadeem Raza and …": a list
    if between[0] == "," and listed_after(title):
        return None  # "X, the Chief Minister, key ministers and officials attended": a list
    if between[0] == "," and (
        (_titled(ents, index - 1) and _named_complement(title))
        or ((_titled(ents, index - 1) or listed_with_title(person)) and named_item(title))
    ):
        return None  # "Foreign Minister … X, Prime Minister of the Russian Federation Y, …"
    if between[0] == "," and _subject_of_clause(doc, person, title):
        return None  # "… the court martial of X, the DG ISPR said …": the title says
    return person


LONG_NAME = 3
"""Words of a recorded name that one more capitalised word may follow, still the same
person's name ("Mullah Abdul Ghani Baradar Akhund"): a name that long is no other person's
name cut short, as "Muhammad Tahir" may be ("Muhammad Tahir Ashrafi")."""


def _name_runs_on(person: Span, between: list[str]) -> bool:
    """Whether one capitalised word outside the ledger's entities follows a name of
    :data:`LONG_NAME` words or more, before what sets an appositive off: the person's name
    written longer than the ledger records it (not a day or month: "met X Monday, …")."""
    return (
        len(person) >= LONG_NAME
        and len(between) >= 2
        and between[0].istitle()
        and between[0].isalpha()
        and between[0].lower() not in WEEKDAYS
        and between[0].lower() not in MONTHS  # "… Akhund on Monday": a date
        and not person.doc[person.end].ent_type_
        and between[1] in APPOSITIVE_OPENERS
    )


PAIR_GLUE = frozenset({"of", "the", "for", "'s", "’s"})
"""Words of a country complement between a title and the name it is set before ("Foreign
Minister of the Islamic Republic of Pakistan X")."""


def _titled(ents: list[Span], index: int) -> bool:
    """Whether the name ``ents[index]`` has its own title right before it, past a complement
    of capitalised words ("Foreign Minister of the Islamic Republic of Pakistan Jalil Abbas
    Jilani"): the first pair of a list of titles and names."""
    if index == 0 or ents[index - 1].label_ != TITLE:
        return False
    before, person = ents[index - 1], ents[index]
    gap = texts(person.doc)[before.end : person.start]
    return len(gap) <= MAX_COMPLEMENT + 3 and all(
        w.lower() in PAIR_GLUE or (w.istitle() and w.isalpha()) for w in gap
    )


def _named_complement(title: Span) -> bool:
    """Whether a complement after ``title`` ("of the Russian Federation Mikhail Mishustin")
    runs on in capitals to two capitalised words before its comma, "and" or the sentence's end,
    past the "of" that opened it: a name the ledger does not know closes it, the title's own
    holder (a country alone ends "of Pakistan")."""
    doc = title.doc
    written = texts(doc)
    end = sentence_bounds(doc, title.end - 1)[1]
    if title.end >= end or written[title.end].lower() not in COMPLEMENT_OPENERS:
        return False
    i = title.end + 1
    while i < end and (
        written[i].lower() in PAIR_GLUE or (written[i].istitle() and written[i].isalpha())
    ):
        i += 1
    if i < end and not (written[i] in NAME_CLOSERS or written[i].lower() in LIST_WORDS):
        return False
    last = written[i - 2 : i]
    return i - title.end > 3 and all(w.istitle() and w.isalpha() for w in last)


MAX_LIST_ITEM = 6
"""Words of one item of a list of attendees ("senior civil and military officials")."""
MAX_LIST_ITEMS = 8
"""Items read after the appositive before a list word must show up: a guest list runs on
("…, Senate Chairman, Speaker of the Assembly, federal ministers, governors, chief ministers,
and …"); each item is short, verbless and nameless, so a longer run is no less a list."""
ITEM_VERBS = frozenset(
    {"is", "was", "are", "were", "has", "have", "had", "will", "would", "says", "said", "also"}
)
"""Words that make what follows an appositive's closing comma a clause, not a list item."""


def listed_after(title: Span) -> bool:
    """Whether the title set off after a name by a comma is one item of a list, not the
    name's appositive: after its complement and its closing comma comes another item with no
    verb, which a list word follows or opens ("Interior Minister X, the Chief Minister of
    Balochistan, key provincial ministers, and senior officials attended": the chief
    minister is someone else). Not where an item holds a name ("X, the chief minister, Y,
    the governor, and …": pairs of a name and its title), nor "X, the chief minister, and Y",
    where nothing shows it."""
    doc = title.doc
    words, written = lowers(doc), texts(doc)
    last = sentence_bounds(doc, title.end - 1)[1]
    i = title.end
    while i < last and i - title.end <= MAX_COMPLEMENT and written[i] != ",":
        if not (words[i] in APPOSITIVE_OF or written[i].istitle() or written[i].isupper()):
            return False  # "…, the chief minister said": a clause
        i += 1
    if i >= last or written[i] != ",":
        return False
    for _ in range(MAX_LIST_ITEMS):
        k = i + 1
        while k < last and written[k] != "," and words[k] not in LIST_WORDS:
            if (
                k - i > MAX_LIST_ITEM
                or doc[k].ent_type_ == PERSON
                or words[k] in ITEM_VERBS
                or not written[k].replace("-", "").isalpha()
                or verb_like(doc, k)
            ):
                return False
            k += 1
        if k == i + 1 or k >= last:
            return False
        if words[k] in LIST_WORDS or (k + 1 < last and words[k + 1] in LIST_WORDS):
            return True  # "…, key ministers and …", "…, key ministers, and …"
        i = k
    return False


PREDICATE_VERBS = frozenset({"is", "serves", "remains", "was", "served"})
"""Verbs that give a name's title as its predicate: in the present ("Naqvi is the interior
minister", "Haqqani serves as the current interior minister", "Dar remains foreign
minister") the title of the draft's date, as in a present appositive; in the past ("Kakar
was the caretaker prime minister", "served as …") a title written as past
(:data:`APPOSITIVE_PAST`), which is not judged: the ledger does not hold the whole career
it may tell of."""
AS_VERBS = frozenset({"serves", "served"})
PREDICATE_ADVERBS = frozenset({"currently", "also", "still", "now", "presently"})
PREDICATE_FILLERS = frozenset(
    {"as", "the", "a", "an", "federal", *PRESENT_MARKS, *TEMPORARY, *PREDICATE_ADVERBS}
)
"""Words between such a verb and the title ("serves as the current …", "is the acting …")."""
NOT_A_SUBJECT = frozenset(
    {"with", "to", "by", "of", "for", "from", "and", "or", "than", "like", "including", "beside"}
)
"""Words before a name that make it an object, not the subject of a predicate after it
("Accompanying Dar is the interior minister", "a meeting with Dar is …")."""
MAX_PREDICATE_APPOSITIVE = 8
"""Words of an appositive set off by commas between the subject and its predicate ("Haqqani,
the son of Jalaluddin Haqqani, serves as …")."""


def _predicate(doc: Doc, person: Span, title: Span, between: list[str]) -> bool:
    """Whether ``title`` is the predicate of ``person`` as the subject of a verb of
    :data:`PREDICATE_VERBS`: right after the name or after an appositive of it in commas that
    opens with an article or a possessive ("X, the son of Y, serves as …"); not a title that
    owns what follows ("is the interior minister's brother"), nor a name that is an object."""
    if not between:
        return False
    words = lowers(doc)
    k = 0
    if between[0] == ",":
        try:
            close = between.index(",", 1)
        except ValueError:
            return False
        if close > MAX_PREDICATE_APPOSITIVE or between[1] not in APPOSITIVE_DETERMINERS | {
            "a",
            "an",
        }:
            return False
        k = close + 1
    while k < len(between) and between[k] in PREDICATE_ADVERBS:
        k += 1
    if k >= len(between) or between[k] not in PREDICATE_VERBS:
        return False
    if between[k] in AS_VERBS and (k + 1 >= len(between) or between[k + 1] != "as"):
        return False
    written = texts(doc)[person.end + k + 1 : title.start]
    if not all(
        w in PREDICATE_FILLERS or w in POSSESSIVE_CLITICS or text.istitle()
        for w, text in zip(between[k + 1 :], written, strict=True)
    ):
        return False  # "is the Taliban's defence minister"; not "is not the …"
    if title.end < len(doc) and words[title.end] in POSSESSIVE_CLITICS:
        return False
    before = person.start - 1
    return before < 0 or not (words[before] in NOT_A_SUBJECT or words[before].endswith("ing"))


CLAUSE_FILLERS = frozenset(
    {"also", "further", "later", "then", "today", "yesterday", "has", "had", "have", "on"}
)
"""Words that may stand between a clause's subject and its reporting verb ("the minister
also said", "the spokesman on Tuesday said", "has said")."""
MAX_CLAUSE_FILLERS = 3


def _honorific(word: str) -> bool:
    """Whether ``word`` is a rank or honorific written short ("Ms.", "Dr", "Lt") or the full
    stop the tokenizer split from one."""
    return word == "." or word.lower().rstrip(".") in TITLE_ABBREVIATIONS


def _subject_of_clause(doc: Doc, person: Span, title: Span) -> bool:
    """Whether a title set off after a name by a comma is the subject of the next clause, not
    the name's appositive: a finite verb follows it with no comma closing it ("Responding
    to a question about X, the DG ISPR said …"). Not where the name opens its sentence ("X,
    the foreign minister said …": a loosely punctuated appositive of the sentence's subject;
    nor where the name, past its own title, opens the clause after an introductory phrase's
    comma: "According to the ISPR, Ambassador X, the special envoy was also present")."""
    first = sentence_bounds(doc, person.start)[0]
    written, words = texts(doc), lowers(doc)
    if not any(w.isalpha() and w.islower() for w in written[first : person.start]):
        return False
    opener = person.start - 1
    while opener > first and (doc[opener].ent_type_ == TITLE or _honorific(written[opener])):
        opener -= 1  # past the name's title, or "Ms." ("Speaking there, Ms. X, the …")
    if opener > first and written[opener] == "," and doc[opener - 1].ent_type_ != PERSON:
        return False  # not "The delegation met X, Y, the army chief said": a list of names
    i, end = title.end, min(title.end + MAX_CLAUSE_FILLERS + 1, len(doc))
    while i < end and (
        words[i] in CLAUSE_FILLERS or (written[i].istitle() and words[i - 1] == "on")
    ):
        i += 1
    if i >= end:
        return False
    lemma, word = lemma_lowers(doc)[i], words[i]
    if word in CLAUSE_VERBS:
        return True  # "…, the minister will attend", "…, the minister is expected"
    return lemma != word and (lemma in REPORTING_LEMMAS or word.endswith("ed"))
