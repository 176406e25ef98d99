"""Who a title names: the person right after it, before it as an appositive, or set off
after it by a comma, and the qualifier words read around it (:mod:`.titles` reads the claims;
this module knows only the words and the shapes of naming)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.titles_frame import sentence_bounds
from narrlint.claims.titles_honours import honours_after
from narrlint.claims.titles_lists import listed_with_title, named_item
from narrlint.claims.titles_retired import skip_tag
from narrlint.claims.titles_tense import CLAUSE_VERBS, no_clause_after, verb_like
from narrlint.nlp.pipeline_data import GOVERNMENT, PERSON, TITLE
from narrlint.nlp.quantities import MONTHS
from narrlint.nlp.tokens import lemma_lowers, lowers, texts
from narrlint.nlp.vocabulary import POSSESSIVE_CLITICS, REPORTING_LEMMAS, SENTENCE_ENDS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

TEMPORARY = {"caretaker": "caretaker", "interim": "caretaker", "acting": "acting"}
"""Qualifiers of a temporary post, and the kind of post each names: caretaker and interim name
the same kind of set-up (the ledger's post qualifiers map the same way)."""

PAST_MARKERS = {
    "former": "former", "ex": "former", "erstwhile": "former", "outgoing": "former",
    "previous": "former", "late": "former", "onetime": "former", "formerly": "former",
    "previously": "former", "then": "then-",
    "incoming": "designate", "prospective": "designate", "would-be": "designate",
}  # fmt: skip
"""Words before a title saying the post is not held now, no longer or not yet ("incoming
Prime Minister …"), as claim qualifiers."""

DESIGNATE_AFTER = frozenset({"elect", "designate"})
"""Words after a title (with or without a hyphen) naming a post not yet taken up: "Prime
Minister-elect", "army chief-designate"."""
NEWLY = frozenset({"elected", "appointed", "named", "nominated", "designated", "chosen"})
"""Participles after "newly" before a title ("newly elected Prime Minister …"): the post is
taken up, or about to be; the sentence tells the change, not a title of the past."""


def designated(doc: Doc, start: int, end: int) -> bool:
    """Whether the title phrase from ``start`` to ``end`` names a post the person is about to
    take up or has just been given: "newly elected Prime Minister", "Prime Minister-elect"."""
    words = lowers(doc)
    if start >= 2 and words[start - 1] in NEWLY and words[start - 2] == "newly":
        return True
    after = words[end : min(end + 2, len(doc))]
    if after and after[0] == "-":
        after = after[1:]
    return bool(after) and after[0] in DESIGNATE_AFTER


BRIDGE = frozenset(
    {"'s", "’s", "federal", "the", "then", "-", "–", "of", "state", "de", "facto", "now"}
)  # fmt: skip
"""Words a qualifier may stand behind inside a title phrase ("caretaker federal …",
"then-", "Pakistan's interim …", "de facto")."""

LEVELS = frozenset({"federal", "provincial"})
"""Words that write the level of government a post belongs to ("Caretaker Federal Minister
for Information", "the provincial information minister")."""

APPOSITIVE_PAST = frozenset({"was", "were", "had", "served"})
"""Verbs of an appositive clause in the past: "Kakar, who was interim prime minister"."""

APPOSITIVE_WORDS = frozenset(
    {
        ",", "who", "is", "been", "as", "also", "once", "earlier", "previously", "formerly",
        "briefly", "twice", "until", "recently", "serves", "serving", "currently",
        "presently", "incumbent", "sitting", "(", "—", "–",
    }
)  # fmt: skip
"""Other words an appositive clause between a name and its title may hold ("Naqvi, who had
also served as caretaker chief minister")."""

MAX_APPOSITIVE = 8
"""Tokens an appositive clause may take between a name and its title."""

SUBORDINATE = frozenset(
    {"deputy", "vice", "assistant", "additional", "associate", "junior", "under", "sub"}
)
"""Words before a title that make a lesser post of it ("deputy interior minister", "Vice
President"): where the ledger has no title for that post, the title found inside it is not
the person's."""

ROLE_HEADS = frozenset(
    {
        "adviser", "advisor", "aide", "assistant", "spokesperson", "spokesman", "spokeswoman",
        "secretary", "envoy", "representative", "counsellor", "counselor", "coordinator",
        "consultant", "deputy", "person", "officer", "staff", "nominee", "candidate",
        "contender", "aspirant",
    }
)  # fmt: skip
"""Nouns of a post held under or for another ("Adviser to the Prime Minister", "spokesperson
for the foreign minister", "focal person to the PM"): the title after them is theirs to
serve, not the person's."""

ROLE_LINKS = frozenset({"to", "for", "of", "on"})
"""Prepositions joining such a noun to the title it serves."""


def subordinate(doc: Doc, title: Span, reach: int) -> bool:
    """Whether ``title`` is part of the name of another post: a lesser one ("deputy interior
    minister", "interior minister of state"), or one serving it ("Adviser to the Prime
    Minister", "spokesman for the caretaker foreign minister"; ``reach``: the first token of
    the title phrase, qualifiers and "the" included)."""
    words = lowers(doc)
    if title.start > 0 and words[title.start - 1] in SUBORDINATE:
        return True
    if words[title.end : title.end + 2] == ["of", "state"]:
        return True
    if _head_after(doc, words, title.end):
        return True
    if reach < 2 or words[reach - 1] not in ROLE_LINKS:
        return False
    head = words[reach - 2]
    return head in ROLE_HEADS or head.rstrip("s") in ROLE_HEADS


MAX_HEAD_GLOSS = 4
"""Tokens of an abbreviation in brackets between a title and the head noun it modifies."""


def _head_after(doc: Doc, words: list[str], end: int) -> bool:
    """Whether the title ending at ``end`` modifies a post noun written after it, past its
    abbreviation in brackets: "the UN High Commissioner for Refugees (UNHCR) representative
    in Pakistan", "the Interior Minister spokesman", "the prime minister aide". The post is
    that noun's (:data:`ROLE_HEADS`), held under or for the title's holder."""
    if end < len(doc) and words[end] == "(":
        close = next(
            (k for k in range(end + 1, min(end + MAX_HEAD_GLOSS + 2, len(doc))) if words[k] == ")"),
            None,
        )
        if close is None:
            return False
        end = close + 1
    if end >= len(doc):
        return False
    head = words[end]
    return head in ROLE_HEADS or (head.endswith("s") and head[:-1] in ROLE_HEADS)


MAX_GIVEN_NAMES = 3
"""Capitalised words allowed between a title and the name the entity ruler found."""


def person_after(ents: list[Span], index: int) -> Span | None:
    title = ents[index]
    if index + 1 >= len(ents) or ents[index + 1].label_ != PERSON:
        return None
    person = ents[index + 1]
    # the words between as written (spaCy's Token.is_title is ``str.istitle``), without Tokens
    between = texts(title.doc)[title.end : person.start]
    if len(between) > MAX_GIVEN_NAMES or not all(map(str.istitle, between)):
        return None
    return person


PRESENT_MARKS = frozenset({"current", "incumbent", "sitting", "serving", "present"})
"""Words of an appositive saying the post is held now ("Sirajuddin Haqqani, the current
interior minister"): the title is the one of the draft's date."""

_APPOSITIVE_ALLOWED = (
    BRIDGE | set(TEMPORARY) | set(PAST_MARKERS) | APPOSITIVE_WORDS | APPOSITIVE_PAST | PRESENT_MARKS
)


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
        not (lower in _APPOSITIVE_ALLOWED or text.istitle() or _newly(words, k))
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
MAX_LIST_ITEMS = 3
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


def _subject_of_clause(doc: Doc, person: Span, title: Span) -> bool:
    """Whether a title set off after a name by a comma is the subject of the next clause, not
    the name's appositive: a finite verb follows it with no comma closing it ("Responding
    to a question about X, the DG ISPR said …"). Not where the name opens its sentence ("X,
    the foreign minister said …": a loosely punctuated appositive of the sentence's subject)."""
    first = sentence_bounds(doc, person.start)[0]
    written, words = texts(doc), lowers(doc)
    if not any(w.isalpha() and w.islower() for w in written[first : person.start]):
        return False
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


def holder_follows(title: Span) -> bool:
    """Whether a name the ledger does not know follows ``title`` as its holder: two or more
        capitalised words after it, a rank or honorific among them ("Chairman Joint Chiefs of Staff
        Committee Gen Nadeem Raza", "Foreign Minister Dr. Karl Beck"). The title then names that
        person, not one written before it; in a headline, where every longer word is capitalised,
    the capitals decide nothing."""
    doc = title.doc
    first, end = sentence_bounds(doc, title.start)[0], sentence_bounds(doc, title.end - 1)[1]
    i = title.end  # from ``first`` to ``end``: ``title.sent``, without building it
    words = 0
    while i < end and _name_word(doc[i]):
        words += 1
        i += 1
        if i < end and doc[i].text == "." and len(doc[i - 1]) <= 4:
            i += 1  # "Gen. ", "Dr. "
    if words < 2 or (i < end and doc[i].ent_type_ in (PERSON, TITLE)):
        return False
    return any(  # not a headline (is_lower, is_alpha: these str tests)
        w.islower() and w.isalpha() and len(w) > 3 for w in texts(doc)[first:end]
    )


def _name_word(token: Token) -> bool:
    """A capitalised word outside the ledger's entities ("Dr." with its full stop)."""
    text = token.text.rstrip(".")
    return bool(text) and text.isalpha() and text.istitle() and not token.ent_type_


def title_case(sentence: Span) -> bool:
    """A line in title case ("Field Marshal Munir Warns Kabul"), where a capital letter after a
    name does not make the next word part of it."""
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title or t.is_upper for t in words) >= 0.8 * len(words)


APPOSITIVE_DETERMINERS = frozenset({"the", "'s", "’s", "his", "her", "its", "their", "our"})
"""Words before a title that make it name one person, so that a name after a comma is that
person ("the acting defence minister, Zabihullah Mujahid, said", "his prime minister, Imran
Khan, stepped in")."""
COMPLEMENT_OPENERS = frozenset({"of", "for", "on"})
"""Words opening a complement after a title that says whose post it is ("Foreign Minister of
the Islamic Emirate", "Minister for Interior of Pakistan", "Special Envoy on Afghanistan")."""
APPOSITIVE_OF = frozenset(
    {"of", "for", "on", "to", "in", "the", "government", "administration", "regime", "cabinet"}
)
"""Words of a short complement between such a title and its comma ("the interior minister for
the Taliban government, …", "Pakistan's envoy to Kabul, …"), beside capitalised words and
government terms."""
MAX_COMPLEMENT = 5
LIST_WORDS = frozenset({"and", "or", "&", "nor"})
"""Words after a name that make it one item of a list, not the title's holder."""
NAME_CLOSERS = frozenset({",", ";", "who", "which", "whose"})
"""What closes a name set off after a title ("…, Zabihullah Mujahid, said"; a relative clause
on the name: "…, Ms. Mio Sato which called on him", "…, X who arrived on Monday")."""


def person_after_comma(ents: list[Span], index: int, start: int) -> Span | None:
    """A name set off after a title by a comma: "The Islamic Emirate's acting defence minister,
    Zabihullah Mujahid, said …", "Pakistan's Special Representative for Afghanistan, Ambassador
    Asif Durrani; …" (a courtesy title, and honorifics or given names the ledger does not
    spell, may stand before the name: "…, Mawlavi Zabihullah Mujahid"). The title must name one
    person: determined ("the", a possessive) or followed by whose post it is ("of …", "for
    …"). The name is closed by a comma or a semicolon, so that neither a list ("the minister,
    Jilani and Kakar") nor the subject after a clause ("After meeting the minister, Lind
    said") is read so; or, where the title opens its sentence, by anything but a list word
    ("KABUL: Acting Interior Minister of the Islamic Emirate, Zabihullah Mujahid in a
    statement …")."""
    title = ents[index]
    doc = title.doc
    words = lowers(doc)
    lead = start - 1
    while lead > 0 and words[lead] in LEVELS:  # "the provincial chief minister, X, …"
        lead -= 1
    determined = (
        any(w in APPOSITIVE_DETERMINERS for w in words[max(lead, 0) : title.end])
        or _second_of_determined(ents, index, start)
        or (title.end < len(doc) and words[title.end] in COMPLEMENT_OPENERS)
        or any(w in COMPLEMENT_OPENERS for w in words[title.start + 1 : title.end - 1])
        or opens_sentence(doc, start)  # "Foreign Office Spokesperson, Mumtaz Zahra Baloch, said"
        or _written_as_a_name(doc, title)  # "talks between Prime Minister, Imran Khan, and …"
    )
    if not determined:
        return None
    written = texts(doc)
    i = title.end
    while i < len(doc) and i - title.end <= MAX_COMPLEMENT and written[i] != ",":
        if not (
            words[i] in APPOSITIVE_OF
            or written[i].istitle()
            or (written[i].isupper() and written[i].isalpha())  # "Chief Minister of KPK, …"
            or doc[i].ent_type_ == GOVERNMENT  # a Token only where the words do not decide
        ):
            return None
        i += 1
    if i >= len(doc) or written[i] != ",":
        return None
    i = _complement_list(doc, title, i)
    later = [e for e in ents[index + 1 : index + 5] if e.start > i]
    following = later[0] if later else None
    name_start = i + 1
    if following is not None and following.label_ == TITLE and following.start == name_start:
        name_start = following.end  # "…, Ambassador Asif Durrani": a courtesy title
        following = later[1] if len(later) > 1 else None
    name_start = skip_tag(written, name_start)  # "…, Ambassador (retd) Asif Durrani"
    if following is None or following.label_ != PERSON:
        return None
    honorifics = range(name_start, following.start)  # "…, Mawlavi Zabihullah Mujahid"
    if len(honorifics) > MAX_GIVEN_NAMES or any(
        not (
            (word := written[j].removesuffix(".")).istitle()  # "Ms." may be one token
            and word.isalpha()
            and not doc[j].ent_type_
        )
        for j in honorifics
    ):
        return None
    after = following.end if following.end < len(doc) else None
    closed = after is None or written[after] in NAME_CLOSERS or written[after] in SENTENCE_ENDS
    if not closed and not (
        (opens_sentence(doc, start) or no_clause_after(doc, after))
        and (after is None or words[after] not in LIST_WORDS)
    ):
        return None
    if sentence_bounds(doc, following.start)[0] != sentence_bounds(doc, title.start)[0]:
        return None
    return following


COORDINATED_BY = frozenset({"and", "&"})
"""Words joining two titles of one name ("Deputy Prime Minister and Interior Minister X")."""


def _complement_list(doc: Doc, title: Span, comma: int) -> int:
    """Where the comma after a title's complement list closes it, the comma at ``comma``
    opening the list's later items: "Minister for Planning, Development and Special
    Initiatives, Ahsan Iqbal, …" (capitalised words outside the ledger's entities, "and"
    before the last item). ``comma`` itself where no such list follows, or the title has no
    complement of its own ("for", "of", "on")."""
    written, words = texts(doc), lowers(doc)
    if not any(w in COMPLEMENT_OPENERS for w in words[title.start + 1 : comma]):
        return comma
    j, joined = comma + 1, False
    while j < len(doc) and j - comma <= MAX_COMPLEMENT and written[j] != ",":
        if words[j] in COORDINATED_BY and j > comma + 1:
            joined = True
        elif not (written[j].istitle() and written[j].isalpha() and not doc[j].ent_type_):
            return comma
        j += 1
    if not joined or j >= len(doc) or written[j] != "," or words[j - 1] in COORDINATED_BY:
        return comma
    return j


MAX_FIRST_TITLE_LEAD = 3
"""Words walked back from a first title to the determiner it shares with a second one
("Pakistan's caretaker deputy prime minister and …")."""


def _second_of_determined(ents: list[Span], index: int, start: int) -> bool:
    """Whether the title at ``index`` (its phrase from ``start``) is the second of two joined
    by "and" under one determiner: "Pakistan's deputy prime minister and interior minister,
    Ishaq Dar, …", "the deputy prime minister and interior minister, X, …". One "the" or
    possessive for both names one person holding both posts (two people take one each:
    "the prime minister and the interior minister")."""
    if index == 0 or start == 0:
        return False
    first = ents[index - 1]
    doc = first.doc
    words = lowers(doc)
    if first.label_ != TITLE or first.end != start - 1 or words[start - 1] not in COORDINATED_BY:
        return False
    lead = words[max(first.start - MAX_FIRST_TITLE_LEAD, 0) : first.start]
    return any(w in APPOSITIVE_DETERMINERS for w in lead)


TITLE_JOINS = frozenset({"of", "for", "the", "and", "on", "to", "in"})
"""Small words a capitalised title keeps in lower case ("Minister for Interior")."""


def _written_as_a_name(doc: Doc, title: Span) -> bool:
    """Whether ``title`` is capitalised as one person's post is ("Prime Minister", not "prime
    minister") in a sentence that is not a headline in title case: a capitalised title names
    the one holder, like "the" before it does."""
    if "," not in texts(doc)[title.end : title.end + MAX_COMPLEMENT + 1]:
        return False  # no comma for a name to follow ("Prime Minister, X, …")
    written = [t.text for t in title if t.is_alpha]
    if (
        not written
        or all(w.isupper() for w in written)  # a line in capitals
        or not all(
            w[:1].isupper() or (0 < i < len(written) - 1 and w in TITLE_JOINS)
            for i, w in enumerate(written)
        )
    ):
        return False
    first, last = sentence_bounds(doc, title.start)
    return not title_case(doc[first:last])


def opens_sentence(doc: Doc, index: int) -> bool:
    """Whether the token at ``index`` opens its sentence, after at most a dateline in capitals
    and its punctuation ("KABUL: ", "ISLAMABAD – "), with the wire's credit in brackets
    ("ISLAMABAD, (UrduPoint / Pakistan Point News - 27th Aug, 2025) ")."""
    written = texts(doc)
    depth = 0
    for j in range(sentence_bounds(doc, index)[0], index):
        if written[j] == "(":
            depth += 1
        elif written[j] == ")" and depth:
            depth -= 1
        elif not (
            depth
            or (written[j].isupper() and written[j].isalpha())
            or doc[j].is_punct
            or doc[j].is_space
        ):
            return False
    return depth == 0
