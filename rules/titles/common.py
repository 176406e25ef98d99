"""What NL401 and NL402 share: evidence, dates and tenures as a reader writes them, and the
fixes ("former" before a title, a qualifier taken out) with the capital letter where a sentence
or a dateline puts one."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from narrlint.api import Corpus, Draft, Edit, Evidence, Fix, Person, Post, long_date
from narrlint.claims.titles import TEMPORARY, TitleClaim
from narrlint.claims.titles_frame import sentence_bounds
from narrlint.claims.words import POSSESSIVE_CLITICS, lowers, texts

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

NEWS_GRACE = dt.timedelta(days=3)
"""How far a draft's date may stand from a recorded change of post and still give the title
of the other side of it: news tells the events of the days before its date (a title just
after a tenure's end), and reports an appointment before the oath the ledger dates it by."""

MAX_MESSAGE = 120
"""A message is read in one glance: the action, then the reason, in about this many
characters; what does not fit goes in the details."""


def corpus_evidence(corpus: Corpus, person_id: str, title: str, limit: int = 1) -> list[Evidence]:
    """Archive sentences naming the person with the title."""
    found = corpus.find(("person", person_id), ("title", title), limit=limit)
    return [s.evidence() for s in found]


# ---------------------------------------------------------------------------------------------
# Words a reader reads


def _partial(text: str | None) -> str | None:
    """A month or year the record gives alone ("2023-08") as a reader writes it."""
    if not text:
        return None
    try:
        return f"{dt.date.fromisoformat(text + '-01'):%B %Y}"
    except ValueError:
        return text


def tenure(post: Post) -> str:
    """When a post was held, as a reader writes it: "from 17 August 2023 to 4 March 2024",
    "since 2 March 2024", "until 1 January 2025" (empty when the record gives no date)."""
    start = long_date(post.start) if post.start else _partial(post.start_partial)
    end = long_date(post.end) if post.end else _partial(post.end_partial)
    if start and end:
        return f"from {start} to {end}"
    if end:
        return f"until {end}"
    if start:
        return f"since {start}"
    return ""


def started_when(post: Post) -> str | None:
    """When a post began, as a reader writes it after "since": "2 March 2024", "September
    2018" (a start the record knows only to the month); ``None`` when it gives none."""
    return long_date(post.start) if post.start else _partial(post.start_partial)


def began_when(post: Post) -> str:
    """When a post began, as a reader writes it after "became …": "on 2 March 2024", "in
    October 2023" (a start the record knows only to the month), "later" (none recorded)."""
    if post.start is not None:
        return f"on {long_date(post.start)}"
    if post.start_partial:
        return f"in {_partial(post.start_partial)}"
    return "later"


def ended_when(post: Post) -> str:
    """When a post ended, as a reader writes it after "left the post": "on 4 March 2024", "in
    December 2013" (an end the record knows only to the month), "in 2013"."""
    if post.end is not None:
        return f"on {long_date(post.end)}"
    return f"in {_partial(post.end_partial)}"


_DATE_ORIGINS = {
    "--date": "given with --date",
    "front matter": "from its front matter",
    "page metadata": "from the page's <meta> date",
    "manifest": "from the archive's list of stories",
    "file name": "from its file name",
    "config": "from the narrlint configuration",
    "today": "today: the draft gives no date",
}


def draft_dated(draft: Draft, day: dt.date) -> str:
    """ "this draft is dated 1 July 2024 (from its front matter)"."""
    origin = _DATE_ORIGINS.get(draft.date_origin, draft.date_origin)
    return f"this draft is dated {long_date(day)} ({origin})"


_GLOSS = re.compile(r"\([^()]*\)")


def short(text: str) -> str:
    """A recorded name or title without its parenthetical glosses, wherever they stand:
    "Caretaker (Federal) Interior Minister" -> "Caretaker Interior Minister"."""
    return " ".join(_GLOSS.sub(" ", text).split()) or text


def fit(*messages: str) -> str:
    """The first message that is read in one glance, else the shortest."""
    for message in messages:
        if len(message) <= MAX_MESSAGE:
            return message
    return min(messages, key=len)


# ---------------------------------------------------------------------------------------------
# Where a capital letter goes

_DATELINE = re.compile(
    r"""^[\s"“'‘(\[]*
    [A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]*)*     # the place, in capitals: QUETTA, D.I. KHAN
    (?:\s*,\s*[^—–:\n]{1,40}?)?                 # , March 5 / , Pakistan
    (?:\s*\([^()\n]{1,30}\))?                   # (Reuters)
    (?:\s*(?:—|–|--|-)\s*[A-Z][A-Za-z]{1,10})?     # -UNS
    \s*(?:—|–|--|-|:)\s*$""",
    re.VERBOSE,
)
"""What stands before a story's first word on its first line: "QUETTA — ", "ISLAMABAD: ",
"ISLAMABAD, March 5 (Reuters) - ", "ISLAMABAD -UNS: "."""

DATELINE_REACH = 160
"""Characters a dateline and its opening quotes take at most ("ISLAMABAD, March 5 (Reuters) -
" and the like): a word further into its sentence opens nothing, and no longer text is read (a
sentence of a megabyte would otherwise be walked, sliced and matched once per finding)."""

_OPENERS = frozenset("\"“'‘([*_ \t\n")
"""Characters that may stand between a sentence's start and its first word."""


def opens_sentence(draft: Draft, token: Token) -> bool:
    """Whether ``token`` is the first word of a sentence (after any opening quotes or
    brackets) or the first word after a dateline: there it takes a capital letter."""
    if token.is_sent_start:
        return True
    doc, (first, _) = token.doc, sentence_bounds(token.doc, token.i)  # ``token.sent.start``
    start = doc[first].idx
    if token.idx - start > DATELINE_REACH:
        return False  # more words before it in its sentence than any dateline has
    before = draft.prose.text[start : token.idx]  # the doc's text: no Token per word before
    return not before.strip("".join(_OPENERS)) or bool(_DATELINE.match(before))


def _shouted(span: Span) -> bool:
    """Written in a line of capitals ("CARETAKER PM KAKAR SAYS …"), not an acronym in
    ordinary prose ("PM", "CJCSC General Sahir Shamshad Mirza met …"): the phrase's letters
    and the other longer words of its sentence are all capitals."""
    written = texts(span.doc)  # the words' letters without a Token per word (``span.text``)
    letters = "".join(filter(str.isalpha, "".join(written[span.start : span.end])))
    if len(letters) <= 3 or not all(map(str.isupper, letters)):
        return False
    first, last = sentence_bounds(span.doc, span.start)
    words = [w for w in written[first:last] if len(w) > 3 and w.isalpha()]
    return len(words) < 2 or all(map(str.isupper, words))


def _lower_first(word: str) -> str:
    """ "Caretaker" → "caretaker"; capitals throughout ("CARETAKER", "US") stay."""
    if len(word) > 1 and word.isupper():
        return word
    return word[:1].lower() + word[1:]


def _title_case_heading(draft: Draft, span: Span) -> bool:
    """A heading in title case ("Caretaker PM Kakar Says Talks Go On"): the qualifier keeps
    its capital after "Former"."""
    block = draft.block_of(span)
    if block is None or block.kind != "heading":
        return False
    words = [w for w in draft.doc.text[block.start : block.end].split() if len(w) > 3]
    return bool(words) and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _keeps_capital(draft: Draft, span: Span) -> bool:
    """After "former", the first word keeps its case: not a qualifier, written in capitals
    ("US"), or in a title-case heading."""
    word = span[0].text
    return not qualifier_led(span) or word.isupper() or _title_case_heading(draft, span)


def qualifier_led(span: Span) -> bool:
    """The phrase opens with a caretaker/interim/acting qualifier (written in lower case after
    "former")."""
    return lowers(span.doc)[span.start] in TEMPORARY  # ``span[0].lower_``, without the Token


def _owner(span: Span) -> int:
    """How many tokens of a possessive owner open the title phrase ("Pakistan's Permanent
    Representative to the UN"): "former" goes after them ("Pakistan's former …")."""
    written = texts(span.doc)
    for i in range(1, min(3, len(span) - 1)):
        if written[span.start + i] in POSSESSIVE_CLITICS:
            return i + 1
    return 0


def _after_owners(span: Span) -> tuple[list[str], Span]:
    """The possessive owners that open the title phrase, as written, and the phrase after
    them: "former" goes after the owners ("Pakistan's former Permanent Representative")."""
    owners: list[str] = []
    while owner := _owner(span):
        owners.append(span[:owner].text)
        span = span[owner:]
    return owners, span


def _former_words(draft: Draft, span: Span) -> tuple[str, bool, bool]:
    """How "former" is written before ``span`` (an owner-free phrase) and whether the phrase
    keeps its first word's case, and whether it is shouted: "FORMER" in a line of capitals,
    "Former" at the start of a sentence or after a dateline, "former" inside one. Read once
    for a fix's edit and its description together (:func:`former_rewrite`)."""
    shouted = _shouted(span)
    former = "FORMER" if shouted else "Former" if opens_sentence(draft, span[0]) else "former"
    return former, _keeps_capital(draft, span), shouted


def _worded(owners: list[str], span: Span, former: str, keeps: bool, shouted: bool) -> str:
    """The phrase with "former" as the fix writes it, after any owners."""
    text = " ".join(span.text.split())
    body = f"{former} {text if keeps or shouted else _lower_first(text)}"
    return " ".join([*owners, body])


def former_phrase(span: Span) -> str:
    """The phrase with "former", as a message quotes it (in lower case, wherever it stands):
    "former caretaker Prime Minister"."""
    owner = _owner(span)
    if owner:
        return f"{span[:owner].text} {former_phrase(span[owner:])}"
    text = " ".join(span.text.split())
    if _shouted(span):
        return "FORMER " + text
    return f"former {_lower_first(text) if qualifier_led(span) else text}"


def _inserted(draft: Draft, span: Span, former: str, keeps: bool, description: str) -> Fix:
    """The fix that writes ``former`` before the owner-free phrase ``span``."""
    start, end = draft.offsets(span[0])
    word = draft.text[start:end]
    if not keeps and _lower_first(word) != word:
        return Fix(description, (Edit(start, start + 1, f"{former} {word[0].lower()}"),))
    return Fix(description, (Edit(start, start, f"{former} "),))


def former_rewrite(draft: Draft, span: Span) -> Fix:
    """Insert "former" before the phrase ``span``, lower-casing a leading qualifier
    ("Caretaker Prime Minister" → "former caretaker Prime Minister"); "Former" at the start of
    a sentence or after a dateline ("QUETTA — Former caretaker …"); "FORMER" in capitals;
    after a possessive owner ("Pakistan's former Permanent Representative"). Described by the
    phrase as it will read ('write "former caretaker Prime Minister"'): the owners, capitals
    and sentence start are read once for the edit and its description."""
    owners, span = _after_owners(span)
    former, keeps, shouted = _former_words(draft, span)
    wording = _worded(owners, span, former, keeps, shouted)
    return _inserted(draft, span, former, keeps, f'write "{wording}"')


def removal_fix(draft: Draft, token: Token, description: str) -> Fix | None:
    """Take out ``token`` (a qualifier) and the space after it, giving the next word the
    capital letter the sentence or dateline needs; ``None`` when what follows is not plain
    space and a word, or when "a"/"an" stands before (it would no longer agree)."""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return None
    following = doc[token.i + 1]
    if token.i > 0 and doc[token.i - 1].lower_ in ("a", "an"):
        return None
    start, end = draft.offsets(token)
    next_start, next_end = draft.offsets(following)
    gap = draft.text[end:next_start]
    word = draft.text[next_start:next_end]
    if not gap or gap.strip() or not word[:1].isalpha():
        return None
    if opens_sentence(draft, token) and word[:1].islower():
        return Fix(description, (Edit(start, next_start + 1, word[0].upper()),))
    return Fix(description, (Edit(start, next_start, ""),))


def phrase(claim: TitleClaim) -> str:
    """The title phrase as it should follow "former": a leading qualifier in lower case."""
    text = claim.phrase.text
    if qualifier_led(claim.phrase):
        return _lower_first(text)
    return text


def of_persons_country(corpus: Corpus, offices: tuple[str, ...], person: Person) -> tuple[str, ...]:
    """The offices a title shared by several countries ("Foreign Minister": Pakistan's and
    the Taliban administration's) names for a person every recorded post of whom is in one
    of them: that country's ("Foreign Minister Hasan Akhund" is the Taliban's, whose holder
    then is on record even where Pakistan's is not). All of them otherwise."""
    known = corpus.ledger.offices
    own = {o.country for o in (known.get(p.office) for p in person.posts) if o is not None}
    if len(own) != 1:
        return offices
    meant = tuple(o for o in offices if (office := known.get(o)) and office.country in own)
    return meant or offices
