"""Who a title names: the person right after it, before it as an appositive, or set off
after it by a comma, and the qualifier words read around it (:mod:`.titles` reads the claims;
this module knows only the words and the shapes of naming)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from narrlint.nlp.pipeline import GOVERNMENT, PERSON, TITLE

TEMPORARY = {"caretaker": "caretaker", "interim": "caretaker", "acting": "acting"}
"""Qualifiers of a temporary post, and the kind of post each names: caretaker and interim name
the same kind of set-up (the ledger's post qualifiers map the same way)."""

PAST_MARKERS = {
    "former": "former", "ex": "former", "erstwhile": "former", "outgoing": "former",
    "previous": "former", "late": "former", "onetime": "former", "then": "then-",
}  # fmt: skip
"""Words before a title saying the post is not (or no longer) held, as claim qualifiers."""

BRIDGE = frozenset(
    {"'s", "’s", "federal", "the", "then", "-", "–", "of", "state", "de", "facto", "now"}
)  # fmt: skip
"""Words a qualifier may stand behind inside a title phrase ("caretaker federal …",
"then-", "Pakistan's interim …", "de facto")."""

APPOSITIVE_PAST = frozenset({"was", "were", "had", "served"})
"""Verbs of an appositive clause in the past: "Kakar, who was interim prime minister"."""

APPOSITIVE_WORDS = frozenset({",", "who", "is", "been"})
"""Other words an appositive clause between a name and its title may hold."""

MAX_GIVEN_NAMES = 3
"""Capitalised words allowed between a title and the name the entity ruler found."""


def person_after(ents: list[Span], index: int) -> Span | None:
    title = ents[index]
    if index + 1 >= len(ents) or ents[index + 1].label_ != PERSON:
        return None
    person = ents[index + 1]
    between = title.doc[title.end : person.start]
    if len(between) > MAX_GIVEN_NAMES or any(not t.is_title for t in between):
        return None
    return person


_APPOSITIVE_ALLOWED = (
    BRIDGE | set(TEMPORARY) | set(PAST_MARKERS) | APPOSITIVE_WORDS | APPOSITIVE_PAST
)


def person_before(ents: list[Span], index: int) -> Span | None:
    """Appositive: "Jalil Abbas Jilani, Pakistan's caretaker foreign minister"."""
    title = ents[index]
    if index == 0 or ents[index - 1].label_ != PERSON:
        return None
    person = ents[index - 1]
    between = title.doc[person.end : title.start]
    if not between or between[0].text != ",":
        return None
    if len(between) > 6 or any(
        not (t.lower_ in _APPOSITIVE_ALLOWED or t.is_title) for t in between
    ):
        return None
    return person


APPOSITIVE_DETERMINERS = frozenset({"the", "'s", "’s"})
"""Words before a title that make it name one person, so that a name after a comma is that
person ("the acting defence minister, Zabihullah Mujahid, said")."""
COMPLEMENT_OPENERS = frozenset({"of", "for"})
"""Words opening a complement after a title that says whose post it is ("Foreign Minister of
the Islamic Emirate", "Minister for Interior of Pakistan")."""
APPOSITIVE_OF = frozenset(
    {"of", "for", "in", "the", "government", "administration", "regime", "cabinet"}
)
"""Words of a short complement between such a title and its comma ("the interior minister for
the Taliban government, …"), beside capitalised words and government terms."""
MAX_COMPLEMENT = 5
LIST_WORDS = frozenset({"and", "or", "&", "nor"})
"""Words after a name that make it one item of a list, not the title's holder."""
NAME_CLOSERS = frozenset({",", ";"})
"""What closes a name set off after a title ("…, Zabihullah Mujahid, said")."""


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
    determined = any(
        t.lower_ in APPOSITIVE_DETERMINERS for t in doc[max(start - 1, 0) : title.end]
    ) or (title.end < len(doc) and doc[title.end].lower_ in COMPLEMENT_OPENERS)
    if not determined:
        return None
    i = title.end
    while i < len(doc) and i - title.end <= MAX_COMPLEMENT and doc[i].text != ",":
        token = doc[i]
        if not (token.lower_ in APPOSITIVE_OF or token.is_title or token.ent_type_ == GOVERNMENT):
            return None
        i += 1
    if i >= len(doc) or doc[i].text != ",":
        return None
    later = [e for e in ents[index + 1 : index + 5] if e.start > i]
    following = later[0] if later else None
    name_start = i + 1
    if following is not None and following.label_ == TITLE and following.start == name_start:
        name_start = following.end  # "…, Ambassador Asif Durrani": a courtesy title
        following = later[1] if len(later) > 1 else None
    if following is None or following.label_ != PERSON:
        return None
    honorifics = doc[name_start : following.start]  # "…, Mawlavi Zabihullah Mujahid"
    if len(honorifics) > MAX_GIVEN_NAMES or any(
        not (t.is_title and t.is_alpha and not t.ent_type_) for t in honorifics
    ):
        return None
    after = doc[following.end] if following.end < len(doc) else None
    closed = after is not None and after.text in NAME_CLOSERS
    if not closed and not (
        opens_sentence(doc, start) and (after is None or after.lower_ not in LIST_WORDS)
    ):
        return None
    if following.sent.start != title.sent.start:
        return None
    return following


def opens_sentence(doc: Doc, index: int) -> bool:
    """Whether the token at ``index`` opens its sentence, after at most a dateline in capitals
    and its punctuation ("KABUL: ", "ISLAMABAD – ")."""
    before = doc[doc[index].sent.start : index]
    return all(t.is_punct or t.is_space or (t.is_upper and t.is_alpha) for t in before)
