"""Who a title names: the person right after it or set off after it by a comma, and the
qualifier words read around it (:mod:`.titles` reads the claims; this module knows only the
words and the shapes of naming; a name before its title, as an appositive or a predicate, is
:mod:`.titles_appositives`'s)."""

from __future__ import annotations

from collections.abc import Container, Sequence
from typing import TYPE_CHECKING

from narrlint.claims.titles_belongs import complement_of_named, fronted_head, in_kin_phrase
from narrlint.claims.titles_frame import sentence_bounds
from narrlint.claims.titles_retired import skip_tag
from narrlint.claims.titles_tense import no_clause_after
from narrlint.nlp.pipeline_data import GOVERNMENT, PERSON, TITLE
from narrlint.nlp.tokens import lowers, texts
from narrlint.nlp.vocabulary import SENTENCE_ENDS

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


TAKING_UP_LEADS = frozenset({"will", "shall", "would"})
"""Modals before the taking up of a post ("will take charge"); "is", "has" lead it only with
one of :data:`NOT_YET_LEADS` ("is yet to", "is due to")."""
NOT_YET_LEADS = frozenset({"yet", "due", "set", "scheduled", "expected", "slated"})
"""Words between "is"/"has" and "to" that put the taking up of a post ahead ("is yet to
assume charge", "has yet to take office", "is due to take over")."""
TAKING_UP_SKIPS = frozenset(
    {"is", "are", "was", "has", "have", "had", "formally", "officially", "soon", "also", "now",
     "only", "still", "be", "to"}
)  # fmt: skip
"""Words the walk from a name to the verb of taking up passes over."""
TAKING_UP = {
    "take": frozenset({"charge", "office", "oath", "over"}),
    "assume": frozenset({"charge", "office", "duties", "the", "his", "her"}),
    "sworn": frozenset({"in"}),
}
"""Verbs of taking up a post and the word that must follow ("take charge", "take oath",
"assume office", "assume the post", "be sworn in")."""
TAKEN_UP = frozenset({"charge", "office", "post", "duties", "reins"})
"""What "assume the/his/her" must take for a post's taking up ("assume the post", "assume
his duties"; not "assume the chairmanship of …", another post)."""
OTHER_POST = frozenset({"as", "of"})
"""Words after a taking up that name what is taken up ("will take charge as chairman",
"will take oath of the new cabinet"): another post or thing, so the title the person has is
not the one to come."""
TAKE_OVER_TIMES = frozenset(
    {"on", "next", "from", "in", "later", "this", "tomorrow", "today", "soon", "shortly", "after",
     "by", ".", ",", ";"}
)  # fmt: skip
"""Words after "take over" that time it or close the clause ("will take over on Monday",
"next week"): any other word may be what is taken over ("will take over the investigation")."""
MAX_TAKING_UP = 6
"""Words walked from the name to the verb of taking up ("who is yet to formally")."""


def taking_up_after(doc: Doc, at: int, last: int) -> bool:
    """Whether the words from ``at`` (right after a title and its holder's name, or a title set
    off after a name) up to ``last`` (the sentence's end) tell that the person has not yet
    taken the post up: "X, who is yet to assume charge, …", "X will formally take charge
    next week", "X is due to be sworn in"; a writer who says so gives the title of the post
    to come (a post being taken up, as "-designate" writes it). Not a taking up of another
    post ("will take charge as chairman"), nor of a thing ("will take over the
    investigation")."""
    words = lowers(doc)
    k = at
    if k < last and words[k] == ",":
        k += 1
        if k < last and words[k] == "who":
            k += 1
    lead = False
    stop = min(last, k + MAX_TAKING_UP)
    while k < stop and words[k] in _TAKING_UP_WALK:
        if words[k] in TAKING_UP_LEADS or (
            words[k] in NOT_YET_LEADS and k + 1 < last and words[k + 1] == "to"
        ):
            lead = True
        k += 1
    if not lead or k + 1 >= last:
        return False
    verb = "take" if words[k] in ("take", "takes") else words[k]
    taken, then = words[k + 1], (words[k + 2] if k + 2 < last else ".")
    if taken not in TAKING_UP.get(verb, ()):
        return False
    if taken == "over":
        return then in TAKE_OVER_TIMES
    if taken in ("the", "his", "her"):
        return then in TAKEN_UP and (words[k + 3] if k + 3 < last else ".") not in OTHER_POST
    return then not in OTHER_POST


_TAKING_UP_WALK = TAKING_UP_SKIPS | TAKING_UP_LEADS | NOT_YET_LEADS


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
        "contender", "aspirant", "director", "official",
    }
)  # fmt: skip
"""Nouns of a post held under or for another ("Adviser to the Prime Minister", "spokesperson
for the foreign minister", "focal person to the PM", "country director of the UN High
Commissioner for Refugees"): the title after them is theirs to serve, not the person's."""

ROLE_LINKS = frozenset({"to", "for", "of", "on"})
"""Prepositions joining such a noun to the title it serves."""


def subordinate(doc: Doc, title: Span, reach: int) -> bool:
    """Whether ``title`` is part of the name of another post: a lesser one ("deputy interior
    minister", "interior minister of state"), or one serving it ("Adviser to the Prime
    Minister", "spokesman for the caretaker foreign minister"; ``reach``: the first token of
    the title phrase, qualifiers and "the" included)."""
    words = lowers(doc)
    if title.start > 0 and words[title.start - 1] in SUBORDINATE:
        return not _preposition_under(doc, title)
    if title.start > 0 and words[title.start - 1] == "state" and words[title.start] == "minister":
        return True  # "State Minister for Petroleum": the Minister of State's post
    if words[title.end : title.end + 2] == ["of", "state"]:
        return True
    if _head_after(doc, words, title.end):
        return True
    link = reach - 1
    if words[reach] == "of" and reach < title.start:
        link = reach  # the qualifiers' walk goes over "of the": "director of the UN High …"
    if link < 1 or words[link] not in ROLE_LINKS:
        return False
    head = words[link - 1]
    return head in ROLE_HEADS or head.rstrip("s") in ROLE_HEADS


def _preposition_under(doc: Doc, title: Span) -> bool:
    """Whether "under" before a capitalised title is the preposition ("a meeting under Chief
    Secretary X", "under Prime Minister X's government"), not a lesser post's word ("Under
    Secretary", "under-secretary"): written in lower case, apart from the title."""
    written = texts(doc)
    before = written[title.start - 1]
    return (
        before == "under"
        and doc[title.start - 1].whitespace_ != ""
        and written[title.start][:1].isupper()
    )


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


def person_after_comma(
    ents: list[Span], index: int, start: int, known: Sequence[Container[str]] = ()
) -> Span | None:
    """A name set off after a title by a comma: "The Islamic Emirate's acting defence minister,
    Zabihullah Mujahid, said …", "Pakistan's Special Representative for Afghanistan, Ambassador
    Asif Durrani; …" (a courtesy title, and honorifics or given names the ledger does not
    spell, may stand before the name: "…, Mawlavi Zabihullah Mujahid"). The title must name one
    person: determined ("the", a possessive) or followed by whose post it is ("of …", "for
    …"). The name is closed by a comma or a semicolon, so that neither a list ("the minister,
    Jilani and Kakar") nor the subject after a clause ("After meeting the minister, Lind
    said") is read so; or, where the title opens its sentence, by anything but a list word
    ("KABUL: Acting Interior Minister of the Islamic Emirate, Zabihullah Mujahid in a
    statement …"). Capitalised words right after the title that are no complement (none of
    ``known``, the ledger's title and country words, nor "of"/"for") are the title's own
    holder's name, one the ledger lacks: the name after the comma is the next item of a list
    ("Chief Secretary Zahid Akhtar Zaman, IG Punjab Dr. Usman Anwar, …")."""
    title = ents[index]
    doc = title.doc
    words = lowers(doc)
    lead = start - 1
    while lead > 0 and words[lead] in LEVELS:  # "the provincial chief minister, X, …"
        lead -= 1
    opens = opens_sentence(doc, start) and not fronted_head(doc, start)  # not "Like the …, X"
    determined = (
        any(w in APPOSITIVE_DETERMINERS for w in words[max(lead, 0) : title.end])
        or _second_of_determined(ents, index, start)
        or (title.end < len(doc) and words[title.end] in COMPLEMENT_OPENERS)
        or any(w in COMPLEMENT_OPENERS for w in words[title.start + 1 : title.end - 1])
        or opens  # "Foreign Office Spokesperson, Mumtaz Zahra Baloch, said"
        or _written_as_a_name(doc, title)  # "talks between Prime Minister, Imran Khan, and …"
    )
    if not determined:
        return None
    if in_kin_phrase(doc, start, title.start) or complement_of_named(ents, index, start):
        return None  # "brother of the PM, X, …", "the nomination of Y as prime minister, X, …"
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
    if index + 1 < len(ents) and ents[index + 1].label_ == PERSON and ents[index + 1].start < i:
        return None  # "Chief Secretary X Y, IG Punjab Z, …": its own name, one the ledger lacks
    if _unknown_name(doc, title.end, i, known):
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
        (opens or no_clause_after(doc, after)) and (after is None or words[after] not in LIST_WORDS)
    ):
        return None
    if sentence_bounds(doc, following.start)[0] != sentence_bounds(doc, title.start)[0]:
        return None
    return following


MIN_UNKNOWN_NAME = 2
"""Words of a name right after a title that :func:`_unknown_name` reads (one capitalised word
may be a place or a body the ledger's titles do not spell)."""


def _unknown_name(doc: Doc, start: int, end: int, known: Sequence[Container[str]]) -> bool:
    """Whether the words from ``start`` to ``end`` (a title's end to the comma after it) are a
    name: at least :data:`MIN_UNKNOWN_NAME` capitalised words, none an entity's, none a word of
    the ledger's titles, places or countries (``known``: "Chief Minister Khyber Pakhtunkhwa,
    …" writes the post's province), nor "of"/"for"."""
    written, words = texts(doc), lowers(doc)
    if end - start < MIN_UNKNOWN_NAME or not known:
        return False
    return all(
        written[j].istitle()
        and written[j].isalpha()
        and not any(words[j] in k for k in known)
        and words[j] not in APPOSITIVE_OF
        and not doc[j].ent_type_
        for j in range(start, end)
    )


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


def honorifics_between(doc: Doc, written: list[str], start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are at most :data:`MAX_GIVEN_NAMES`
    capitalised words outside the ledger's entities, each short one with its full stop
    ("Dr.", "Syed", "Mawlawi"): honorifics and given names before a name."""
    words = 0
    i = start
    while i < end:
        if (tagged := skip_tag(written, i)) > i:  # "Ambassador (retired) X"
            i = tagged
            continue
        text = written[i].removesuffix(".")  # "Dr." may be one token or two
        if not (text.isalpha() and text.istitle()) or doc[i].ent_type_:
            return False
        words += 1
        i += 1
        if i < end and written[i] == "." and len(text) <= 4:
            i += 1
    return words <= MAX_GIVEN_NAMES
