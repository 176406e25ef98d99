"""Who gave a casualty count: reporting words, quotations and neighbouring sentences.

Part of the count claims reader (:mod:`narrlint.claims.counts`). Attribution is judged, not
assumed:

- **In the count's clause**: a reporting verb ("said", "told", "confirmed"…), "according to",
  "citing", "per", "<participle> by <source>", a named source revising a toll ("officials
  revised the toll to 45") or posting it ("posted on X"), a closing credit "(ISPR)", "…:
  ISPR", or a source labelling a headline ("Police: 12 killed"; not a dateline "QUETTA:").
  A "said" inside "…, which the minister said was cowardly" or "a week after X said…"
  reports something else; "since the start of…", "after a bombing that…" open no clause,
  nor does a subordinate clause with no comma before it ("Police said the blast occurred
  when a bomb exploded, killing 12"). "According to (initial) reports" names no one, and "a
  blast claimed by IS" claims an attack: neither is a source.
- **Quotations**: a count inside a quotation is attributed when the quotation's speaker is
  named where it opens or closes.
- **Adjacent sentences** (:mod:`.counts_coverage`, :mod:`.counts_referents`): the next
  sentence covers the count only when it is attributed, gives no rival figure, *and* refers
  back to it (the same number, "the toll", "this figure", a breakdown of "the dead" or
  "the victims", or a pronoun for the whole statement: "This was announced by the police") or
  gives the same source's figure for the incident ("Police said 40 others were injured"). Who
  the victims were ("most of the victims were police officers") is not their count. A sentence
  that repeats, breaks down ("The dead included four children") or complements the previous
  sentence's attributed count is covered by it; a revised total ("The toll later rose to 60")
  is not.
- **Increments in the same report**: "<N> more", "<N> others" joined by "as"/"while" to an
  attributed count of the sentence ("…, a hospital spokesman said, as seven more succumbed"),
  and a count of other people set against it by "while"/"whereas" ("Police said 12 militants
  were killed, while two policemen were martyred").
"""

from __future__ import annotations

from itertools import compress
from operator import or_
from typing import TYPE_CHECKING

from narrlint.claims.counts_credits import (
    CREDIT_MARKS,
    MAX_CREDIT,
    closing_report,
    few_words,
    is_closing_credit,
    is_opening_credit,
    is_source_credit,
)
from narrlint.claims.counts_dangling import dangling_report
from narrlint.claims.counts_documents import DATA_NOUNS, PRESENTING_LEMMAS, document_subject
from narrlint.claims.counts_numbers import (
    lemma_at,
    word,
)
from narrlint.claims.counts_parties import (
    CLAIM_NON_REPORTS,
    accuses_a_killing,
    claims_a_killing,
    claims_attacks,
)

# Quotations moved to their own module; titles_model still imports them from here.
from narrlint.claims.counts_quotes import (  # noqa: F401
    QUOTE_MARKS,
    Quotes,
    _quote_mark_indices,
    quotes_of,
)
from narrlint.claims.counts_vague import (
    declares_a_state,
    reduced_passive,
    vague_reports,
    vague_subject,
    writers_aside,
)
from narrlint.claims.counts_words import (
    BE_LEMMAS,
    CLARIFYING_LEMMAS,
    CLAUSE_MARKS,
    COUNTED_PEOPLE,
    DEFINITE,
    PLATFORMS,
    REFERRING_NOUNS,
    REPORT_ADVERBS,
    SOURCE_NOUNS,
    SPEAKER_ENTITIES,
    STATEMENT_DETERMINERS,
    STATEMENT_NOUNS,
    TOLL_HEADS,
)
from narrlint.nlp.quantities import month_of
from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import NEGATIONS, NUMBER_HEDGES, REPORTING_LEMMAS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# ---------------------------------------------------------------------------------------------
# Vocabulary of attribution (shared reporting verbs come from narrlint.nlp.vocabulary)

# Bare forms that are more often nouns ("the state", "a report", "the count"); verbs only
# when "that" follows ("Reuters reports that…").
NOUN_FORMS = {
    "state", "states", "report", "reports", "count", "counts", "record", "records",
    "estimate", "estimates", "claim", "claims", "note", "notes", "tally", "register",
    "brief", "quote", "quotes", "document", "documents", "mention", "reveal", "declare",
    "maintain", "warn", "stress",
    "explain", "admit", "insist", "add", "write", "tweet", "verify", "cite", "inform",
    "stresses", "warns", "adds", "briefing", "briefings", "statement", "writing",
}  # fmt: skip
# Verbs that record a figure rather than tell it: attribution only with a named source.
RECORDING_LEMMAS = {"record", "count", "register", "tally", "document", "verify"}
SHOWING_LEMMAS = {"show", "indicate", "suggest"}
"""Verbs by which data show a figure ("Figures from the health ministry show …"), or a named
source says it with "that" ("local police suggested that the killings were targeted"); "reports
suggest" and "the evidence indicates" name no one."""
ADJECTIVE_FORMS = {"alleged", "reported", "confirmed", "claimed"}
"""Participles that describe the people after them ("alleged militants", "reported victims")."""
ATTRIBUTIVE_BEFORE = {
    "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "in", "on", "at", "during", "after", "of", "from", "with", "by", "over", "amid", "against",
    "for", "into", "and", "or",
}  # fmt: skip
"""Words after which such a participle describes the noun it stands before ("in an alleged
air strike", "during reported shelling", "the confirmed attack"): a reporting verb never
follows an article or a preposition."""
PARTICIPLE_PREPOSITIONS = frozenset(
    {"to", "despite", "following", "about", "under", "without", "like", "than", "through",
     "within", "toward", "towards", "upon", "via", "regarding", "concerning", "amidst"}
)  # fmt: skip
"""More prepositions before such a participle ("in response to reported militant
infiltration", "despite confirmed reports"); kept apart from :data:`ATTRIBUTIVE_BEFORE`,
which also tells "the accused" from "accused Pakistan"."""
# Participles that name their source with "by" ("figures released by the ministry").
SOURCE_PARTICIPLES = {
    "released", "given", "issued", "provided", "confirmed", "compiled", "announced",
    "published", "shared", "reported", "supplied", "cited", "quoted", "verified", "updated",
    "tallied", "collected", "gathered", "recorded", "stated", "estimated", "documented",
}  # fmt: skip
MAX_ABSOLUTE = 8
"""Tokens between "with" and its participle in an absolute phrase ("with food and medicine
shortages reported")."""
ORDER_OBJECTS = {"the", "a", "an", "reporters", "journalists", "media", "us", "me"}
PER_FOLLOWERS = {"cent", "capita", "day", "week", "month", "year", "hour", "person", "head"}

ESTIMATING_LEMMAS = {"estimate", "put"}
"""Verbs that give a figure as a source's estimate ("police estimated", "put the toll at")."""
REVISING_LEMMAS = {"raise", "revise", "update", "lower", "inflate", "increase"}
"""Verbs by which a named source changes a toll ("officials revised the toll to 45", "the toll,
which state media later raised to 80"); "the rain raised the toll" names no source."""
POSTING_LEMMAS = {"post"}
"""A source's post online ("posted on X that…"); "policemen posted at the checkpoint" is no
report."""
DENYING_LEMMAS = {"deny", "refute", "dispute", "reject", "dismiss", "rebut"}
"""A party denying a count ("Pakistan denied that seven civilians were killed", "rejected
reports that…", "denied killing 12 civilians"): the count is the denied report, not the
draft's own claim."""
DETERMINERS = frozenset(DEFINITE | {"a", "an", "this", "that"})
NOUN_DENIALS = {"dispute", "disputes", "rebuttal", "dismissal", "rejection", "denial"}
DENIED_OBJECTS = {"that", "claims", "reports", "allegations", "accusations", "reporting"}
DENIED_NOUNS = frozenset(
    DENIED_OBJECTS - {"that", "reporting"}
    | {"claim", "report", "allegation", "accusation", "figure", "figures", "toll"}
)
"""After "the" or "a", what a party rejects that carries a count ("Mayor X has rejected the
claim about 65 deaths": round 25 hunt, hc-016)."""
QUOTING_LEMMAS = {
    "recall", "recount", "narrate", "lament", "remark", "observe", "reply", "respond",
    "continue", "conclude", "exclaim", "complain", "plead", "wonder", "ask", "urge", "shout",
    "cry", "sob", "whisper", "recollect", "scream",
}  # fmt: skip
"""Verbs that name a quotation's speaker only beside the quotation ('"…," recalled a
witness', 'he lamented: "…"'); elsewhere they report no figure ("recalled the attack")."""
DOCUMENT_LEMMAS = {"read", "share"}
"""A document's words or a source's post: "the statement read: '…'", "the ISPR shared (on X)
that…"; "read the names", "shared details" report nothing."""
DOCUMENT_NOUNS = {
    "statement", "release", "notification", "communique", "communiqué", "report", "post",
    "message", "tweet", "letter", "order", "handout", "bulletin",
}  # fmt: skip
ACCUSING_LEMMAS = {"accuse"}
"""A party accusing another of the killing ("Kabul accused Pakistan of launching strikes,
killing nine children"): the count is the accuser's, as a denied count is the denier's."""
LEARNING_LEMMAS = {"learn"}
"""A source the writer learnt a count from ("It was learnt from police sources that …", "…,
it was learned from hospital officials"); "it was learnt" alone, or "learnt from the attack",
names no source."""
IMPARTING_LEMMAS = {"give", "provide", "share", "release", "disclose", "relay", "convey"}
"""Verbs by which a named source passes on the previous statement ("Police officials gave this
information.", "The deputy commissioner shared these details."); "gave details of the plan"
or "the blast gave no warning" pass on nothing of a count."""
MARKER_LEMMAS = frozenset(
    REPORTING_LEMMAS
    | CLARIFYING_LEMMAS
    | RECORDING_LEMMAS
    | SHOWING_LEMMAS
    | ESTIMATING_LEMMAS
    | REVISING_LEMMAS
    | POSTING_LEMMAS
    | DENYING_LEMMAS
    | QUOTING_LEMMAS
    | DOCUMENT_LEMMAS
    | IMPARTING_LEMMAS
    | ACCUSING_LEMMAS
    | LEARNING_LEMMAS
)
"""Every lemma that can attribute a count (each kind with its own conditions below)."""

# Subordinators: a reporting verb reports only its own clause.
SUBORDINATORS = {
    "after", "before", "when", "while", "as", "since", "because", "although", "though",
    "whereas", "until", "unless", "if", "but", "once",
}  # fmt: skip
TIME_PREPOSITIONS = {"after", "before", "since", "until"}
TIME_OPENERS = {"then", "last", "early", "late", "mid", "yesterday", "today", *WEEKDAYS}
"""After a time preposition, words that start a time, not a clause ("since last year")."""
TIME_NOUNS = {"start", "beginning", "end", "middle", "onset", "eve", "turn", "outbreak", "close"}
"""After a time preposition and "the", nouns of a time ("since the start of Ramadan")."""
ARTICLES = {"the", "a", "an"}
NOUN_RELATIVES = {"that", "which"}
MAX_PREPOSITION_NOUN = 2
"""Words of a noun between a time preposition and its relative ("after a bombing that …")."""

# ---------------------------------------------------------------------------------------------
# 2. Attribution


def markers_in(sentence: Span, sources: frozenset[str] = frozenset()) -> list[Token]:
    """Tokens that name a source for what the sentence (or its clause) says. Only tokens whose
    word or lemma can attribute are built and judged (a Token object costs more than the test).
    ``sources``: acronyms the ledger knows as sources of figures ("ispr"), which may label a
    headline ("ISPR: 12 terrorists killed") where a dateline ("QUETTA:") does not."""
    doc = sentence.doc
    start, end = sentence.start, sentence.end
    lowers, lemmas = doc_lowers(doc)[start:end], lemma_lowers(doc)[start:end]
    flags = map(
        or_, map(MARKER_WORDS.__contains__, lowers), map(ATTRIBUTING_LEMMAS.__contains__, lemmas)
    )
    return [
        doc[i] for i in compress(range(start, end), flags) if _is_marker(doc[i], sentence, sources)
    ]


ATTRIBUTING_LEMMAS = frozenset(MARKER_LEMMAS | PRESENTING_LEMMAS)
"""Lemmas of every token that may attribute: the markers' own, and the verbs by which a
document presents its figures (:mod:`.counts_documents`)."""
CLOSING_PRESENTING = frozenset({"specify"})
"""Verbs presenting content that also close a sentence as a named source's credit, as "said"
does ("Five men and two children were killed, the spokesman specified."); "the plan specified
the route" or "officials found 12 bodies" credit nothing."""
CLOSING_ENDS = frozenset({".", "!", ";", ""})
"""What follows a verb that closes its sentence (or ends the text)."""
MARKER_WORDS = frozenset({"according", "citing", "per", "by", "(", "'s", "’s", *CREDIT_MARKS})
"""Words that can attribute whatever their lemma (the rest attribute by lemma)."""


def _is_marker(token: Token, sentence: Span, sources: frozenset[str]) -> bool:
    doc = token.doc
    lower = token.lower_
    nxt = word(doc, token.i + 1)
    if lower == "according":
        return nxt == "to" and not vague_reports(token, sentence)
    if lower == "citing":
        return True
    if lower == "per":
        per = nxt not in PER_FOLLOWERS and token.i + 1 < sentence.end
        return per and not vague_reports(token, sentence)  # not "as per reports"
    if lower in ("'s", "’s"):
        return _is_possessive_source(token)
    if lower == "by":
        return word(doc, token.i - 1) in SOURCE_PARTICIPLES
    if lower == "(":
        return is_source_credit(token, sentence)
    if lower in CREDIT_MARKS:
        return is_closing_credit(token, sentence) or is_opening_credit(token, sentence, sources)
    lemma = token.lemma_.lower()
    if lemma not in ATTRIBUTING_LEMMAS:
        return False
    if lemma in LEARNING_LEMMAS:  # "it was learnt from police sources (that) …"
        return nxt == "from" and is_source_at(doc, token.i + 2)
    if _is_passive_without_agent(token) or _is_absolute_participle(token, sentence):
        return False  # "were reported killed", "12 deaths were confirmed", "with … reported"
    if _describes_a_noun(token, sentence) or _describes_a_figure(token):
        return False  # "in a government crackdown announced after the killings"
    if dangling_report(token, sentence):
        return False  # "Alleging Pakistan for the strikes, at least 10 people were killed"
    if reduced_passive(token):
        return False  # "16 soldiers confirmed dead"
    if vague_subject(token, sentence) or writers_aside(token, sentence):
        return False  # "Initial reports confirmed 45 deaths", "It's worth mentioning that"
    if lemma == "claim" and claims_a_killing(token):
        return True  # "the army claims to have killed 40", "claimed its troops killed 133"
    if lemma == "claim" and nxt == "of" and _owned_claim(token, sentence):
        return True  # "Afghan officials countered with claims of 58 soldiers killed"
    if lemma == "claim" and lower in CLAIM_NOUNS and word(doc, token.i - 1) in UNOWNED_BEFORE:
        return False  # "a big question mark over claims that the security situation …"
    noun_form = lower in NOUN_FORMS and nxt != "that" and not _verb_of_this(token)
    noun_form = noun_form and not closing_report(token, sentence)  # "…, reports Reuters."
    presents = noun_form or lemma in PRESENTING_LEMMAS or lemma in RECORDING_LEMMAS
    if presents and lemma != "claim" and document_subject(token, sentence):
        return True  # "The report highlights that…", "the CTD report notes 124 deaths"
    if lemma in PRESENTING_LEMMAS:  # "officials found that…", "the minister pointed out that…"
        opens = nxt == "that" or (nxt == "out" and word(doc, token.i + 2) == "that")
        closes = lemma in CLOSING_PRESENTING and nxt in CLOSING_ENDS  # "…, Farhad specified."
        return (opens and has_named_speaker(sentence, token)) or closes
    if lemma not in MARKER_LEMMAS or noun_form:
        return False
    if lower in ADJECTIVE_FORMS and _is_attributive(token, nxt):
        return _inverted_credit(token, sentence)  # "alleged militants"; not "…, confirmed police."
    if lemma == "claim" and lemma_at(doc, token.i - 1) in BE_LEMMAS:
        return False  # "the bombing was claimed by IS": responsibility, not a count
    if lemma == "tell":
        return not _is_order(token)
    if lemma in CLARIFYING_LEMMAS:
        return nxt in ("that", ".", ",", ";", "")  # not "elaborated on the plan"
    if lemma == "declare" and declares_a_state(token):
        return False  # "Hospitals declared emergencies as … wounded were transferred"
    if lemma == "claim" and nxt == "by":
        return word(doc, token.i - 1) in CLAIMED_FIGURES  # not "a blast claimed by IS"
    if lemma == "claim":
        reports = nxt not in CLAIM_NON_REPORTS and not _claims_lives(token)
        return (reports and not claims_attacks(token)) or _inverted_credit(token, sentence)
    if lemma == "add":
        return nxt in ("that", ",", ".", ";", ":", "") or doc[token.i + 1].is_quote
    if lemma == "put":
        return _puts_toll(token)
    if lemma in QUOTING_LEMMAS:
        return _beside_a_quotation(token)
    if lemma in ACCUSING_LEMMAS:
        # active (the passive "was accused of" names no accuser): its subject accuses; "the
        # accused killed two guards of the jail" is a noun
        return word(doc, token.i - 1) not in ATTRIBUTIVE_BEFORE and accuses_a_killing(
            token, sentence
        )
    if lemma in IMPARTING_LEMMAS and lemma in REPORTING_LEMMAS and nxt == "that":
        return True  # "the official disclosed that 12 …", as "said that" (not "was disclosed")
    if lemma in IMPARTING_LEMMAS and _imparts_the_statement(token, nxt):
        return _names_a_source(sentence, token)  # "Police officials gave this information."
    if lemma in DOCUMENT_LEMMAS:
        return _reads_out(token, nxt, sentence)
    if lemma in IMPARTING_LEMMAS:  # "the spokesman gave an initial toll of two dead"
        return _gives_a_toll(token) and has_named_speaker(sentence, token)
    if lemma in POSTING_LEMMAS:
        where = {word(doc, token.i + k).rstrip(".") for k in (2, 3)}  # "on X." is one token
        online = nxt == "that" or (nxt == "on" and bool(where & PLATFORMS))
        return online and _names_a_source(sentence, token)  # not "a video posted on X"
    if lemma in DENYING_LEMMAS:
        if lower in NOUN_DENIALS or word(doc, token.i - 1) in DETERMINERS:
            return False  # "a land dispute that killed 12": a noun, not a denial
        denied = nxt in ("the", "a") and word(doc, token.i + 2) in DENIED_NOUNS
        return nxt in DENIED_OBJECTS or denied or (lemma == "deny" and nxt.endswith("ing"))
    if lemma in REVISING_LEMMAS:
        return _revises_toll(token) and _names_a_source(sentence, token)
    if lemma in RECORDING_LEMMAS:
        return _has_named_source(sentence, token)
    if lemma in SHOWING_LEMMAS:  # "Official figures show…"; "police suggested that …"
        if _data_subject(token, sentence):
            return True
        if _suggests_a_figure(token, sentence):  # "X, an official …, suggests 30 …"
            return has_named_speaker(sentence, token) or _named_with_aside(sentence, token)
        return nxt == "that" and has_named_speaker(sentence, token)
    return True


CLAIM_NOUNS = frozenset({"claim", "claims"})
UNOWNED_BEFORE = frozenset(
    {"over", "amid", "despite", "about", "against", "of", "the", "these", "those", "such",
     "any", "fresh", "new", "unverified", "unconfirmed"}
)  # fmt: skip
"""Words right before a noun "claim(s)" that leave it with no owner: "… killed more than 40
people leaving a big question mark over claims that the security situation in Pakistan has
improved" (r24-opened ob-040) credits no one, as "there were claims of" does not; "the army's
claims that", "officials countered with claims of" name theirs."""


SUGGESTING_LEMMAS = frozenset({"suggest", "indicate"})
"""Verbs by which a named speaker gives a figure without "that" ("X, an official with the
rescue service, suggests more than 30 people may have been killed"), as "suggested that" does;
"show" is left to data ("officials showed 12 bodies to reporters" is no report)."""
MAX_FIGURE_HEDGES = 3
"""Hedge words from such a verb to its figure ("more than", "at least", "as many as")."""


def _suggests_a_figure(verb: Token, sentence: Span) -> bool:
    """ "suggests more than 30 people may have been killed", "indicated 12 dead": the verb's
    clause opens with a figure, past its hedges only (not "suggested a probe into …")."""
    if verb.lemma_.lower() not in SUGGESTING_LEMMAS:
        return False
    doc = verb.doc
    for k in range(verb.i + 1, min(sentence.end, verb.i + 2 + MAX_FIGURE_HEDGES)):
        if doc[k].like_num:
            return True
        if doc[k].lower_ not in NUMBER_HEDGES and doc[k].lower_ not in FIGURE_LIMITS:
            return False
    return False


FIGURE_LIMITS = frozenset({"as", "many", "no", "fewer", "less", "close"})
"""Words of a figure's limits besides the shared hedges ("as many as", "no fewer than")."""


def _named_with_aside(sentence: Span, verb: Token) -> bool:
    """ "Abdul Karim, an official with the rescue service that reached the site, suggests …":
    the sentence opens with a name, then a comma aside naming a source ("an official", "a
    spokesman") that closes with a comma right before the verb."""
    doc = sentence.doc
    if word(doc, verb.i - 1) != ",":
        return False
    i = sentence.start
    while i < verb.i and doc[i].is_title:
        i += 1
    if i == sentence.start or word(doc, i) != ",":
        return False
    aside = doc_lowers(doc)[i + 1 : verb.i - 1]
    return "," not in aside and not SOURCE_NOUNS.isdisjoint(aside)


CLAIM_OWNERS = frozenset({"with", "made", "make", "makes", "making", "its", "their", "'s", "’s"})
"""Before a noun "claims of": words that make a named source its owner ("officials countered
with claims of 58 killed", "the Taliban made claims of", "the Taliban's claims of"); "there
were claims of 58 killed" or "amid claims of" name no one."""


def _owned_claim(token: Token, sentence: Span) -> bool:
    """A noun "claim(s) of" a count whose owner is a named source just before it."""
    owned = word(token.doc, token.i - 1) in CLAIM_OWNERS
    return owned and _names_a_source(sentence, token)


CLAIMED_FIGURES = frozenset(DATA_NOUNS | TOLL_HEADS | {"figure", "figures", "number"})
"""Before "claimed by": what a source claims is a figure ("a toll claimed by the Taliban", "a
figure claimed by the ISPR"); "a blast claimed by IS" is responsibility for an attack."""


MAX_DATA_SUBJECT = 10
"""Tokens from "show" back to its data noun ("Figures from the health ministry show")."""


def _data_subject(verb: Token, sentence: Span) -> bool:
    """ "Official figures show…", "Figures from the health ministry show…": a data noun in
    the verb's clause before it ("TV footage showed" is no figure)."""
    doc = verb.doc
    for i in range(verb.i - 1, max(sentence.start, verb.i - MAX_DATA_SUBJECT) - 1, -1):
        lower = word(doc, i)
        if lower in DATA_NOUNS:
            return True
        if lower in CLAUSE_MARKS:
            return False
    return False


POSSESSED_REPORTS = frozenset(
    DATA_NOUNS | TOLL_HEADS | {"figure", "words", "statement", "account", "version"}
)
"""What a source's possessive names as its report: "the ministry's figure of 45 dead", "in
the ISPR's words", "the NDMA's tally"."""


def _is_possessive_source(token: Token) -> bool:
    """ "'s" between a source (a source noun, an acronym, a person or office the ledger knows)
    and its report ("the ministry's figure", "the ISPR's words"); "the blast's toll" names
    no source."""
    doc = token.doc
    if token.i == 0 or word(doc, token.i + 1) not in POSSESSED_REPORTS:
        return False
    owner = doc[token.i - 1]
    return (
        owner.lower_ in SOURCE_NOUNS
        or (owner.is_upper and len(owner) > 1)
        or owner.ent_type_ in SPEAKER_ENTITIES
    )


def _imparts_the_statement(token: Token, nxt: str) -> bool:
    """ "gave this information", "provided these details", "shared the information": the
    object stands for a statement as a whole, not "details of the plan"."""
    doc = token.doc
    return (
        nxt in STATEMENT_DETERMINERS
        and word(doc, token.i + 2) in STATEMENT_NOUNS
        and word(doc, token.i + 3) != "of"
    )


def _reads_out(token: Token, nxt: str, sentence: Span) -> bool:
    """ "The ISPR statement read: '…'", "the release reads that…", "the ISPR shared on X
    that…": a document that reads out, or a source that shares, what follows."""
    doc = token.doc
    opens = nxt in ("that", ":", ",", ".", "") or (
        token.i + 1 < len(doc) and doc[token.i + 1].is_quote
    )  # "…, the ISPR statement read." closes what it read out
    if token.lemma_.lower() == "read":
        return opens and _document_before(doc, token.i, sentence.start)
    online = nxt == "on" and "that" in doc_lowers(doc)[token.i + 2 : token.i + 5]
    return (nxt == "that" or online) and _names_a_source(sentence, token)


DOCUMENT_LINKS = frozenset(
    {"from", "by", "of", "issued", "released", "'s", "’s", "(", ")", *ARTICLES}
)
"""Words between a document and the verb that reads it out, naming whose it is ("a statement
from the ISPR read", "the release issued by the police read")."""
MAX_DOCUMENT_GAP = 12
"""Tokens from the verb back to its document, a body's full name and its acronym included
("a statement from the Inter-Services Public Relations (ISPR) read")."""


def _document_before(doc: Doc, verb: int, start: int) -> bool:
    """ "the ISPR statement read", "a statement from the ISPR read", "a statement issued by the
    Inter-Services Public Relations read": the verb's subject is a document, the words between
    naming only whose it is (names, source nouns, :data:`DOCUMENT_LINKS`); "read the names"
    or "the minister read" has no document before it."""
    for i in range(verb - 1, max(start, verb - 1 - MAX_DOCUMENT_GAP) - 1, -1):
        token = doc[i]
        lower = token.lower_
        if lower in DOCUMENT_NOUNS:
            return True
        named = token.is_title or token.is_upper or token.text == "-"
        if not (named or lower in SOURCE_NOUNS or lower in DOCUMENT_LINKS):
            return False
    return False


def _inverted_credit(verb: Token, sentence: Span) -> bool:
    """ "…, claimed the ISPR.", "…, claimed the military": a verb after a comma, inverted
    before its source, which ends the sentence (a source noun or a name, "the" allowed): a
    party's claim ("claimed the Taliban") is attributed, as "the Taliban claimed" is."""
    doc = verb.doc
    if word(doc, verb.i - 1) != "," or not few_words(doc, verb.i + 1, sentence.end, MAX_CREDIT):
        return False
    rest = [t for t in doc[verb.i + 1 : sentence.end] if not t.is_space and t.text not in ".!"]
    return all(
        t.lower_ in ARTICLES or t.is_title or t.is_upper or t.lower_ in SOURCE_NOUNS for t in rest
    ) and any(t.lower_ not in ARTICLES for t in rest)


def _beside_a_quotation(token: Token) -> bool:
    """'"…," recalled Gul Bibi', '"…" he lamented', 'she recalled: "…"': the verb follows a
    closing quotation mark (a comma between allowed) or opens one."""
    doc = token.doc
    i = token.i
    before = [j for j in (i - 1, i - 2, i - 3) if j >= 0]
    for j in before:
        if doc[j].is_quote:
            return True
        if not (doc[j].text in (",", "!", "?") or doc[j].lower_ in SPEAKER_PRONOUNS):
            break
    after = [doc[j] for j in (i + 1, i + 2) if j < len(doc)]
    return len(after) == 2 and after[0].text in (":", ",") and after[1].is_quote


SPEAKER_PRONOUNS = {"he", "she", "they", "one", "another"}


def _is_attributive(token: Token, nxt: str) -> bool:
    """ "alleged militants", "in an alleged air strike", "the reported attack": a participle
    used as an adjective before its noun, not a source's verb ("police alleged that…")."""
    if nxt in COUNTED_PEOPLE or nxt.endswith("men"):
        return True
    before = word(token.doc, token.i - 1)
    attributive = before in ATTRIBUTIVE_BEFORE or before in PARTICIPLE_PREPOSITIONS
    return attributive and nxt not in ("by", "that") and nxt.isalpha()


PROGRESSIVE_END = "ing"
"""A present participle after "be" with a that-clause is the progressive of an active verb
reporting it, not a passive ("are reporting that the toll has risen"); "has been reporting a
number of accidents" reports its own object (dev r22-hc-055 keeps its finding)."""


def _is_passive_without_agent(token: Token) -> bool:
    """ "were reported killed", "12 deaths were confirmed": no source; "were confirmed by the
    hospital", "were reported dead by local media" name one (not "reported killed by
    militants": the killers are no source)."""
    doc = token.doc
    if word(doc, token.i + 1) == "by":
        return False
    if token.lower_.endswith(PROGRESSIVE_END) and word(doc, token.i + 1) == "that":
        return False  # "Media outlets are reporting that …" (r27 hunt, hc-009): active
    if _after_a_number(token):
        return True  # "less than the 101 initially reported": the figure reported, by no one
    if lemma_at(doc, token.i - 1) not in BE_LEMMAS:
        return False
    lowers = doc_lowers(doc)
    for k in range(token.i + 2, min(len(doc), token.i + 2 + MAX_AGENT_GAP)):
        if lowers[k - 1] == "by":
            return not is_source_at(doc, k)
        if lowers[k] in CLAUSE_MARKS:
            break
    return True


PHRASE_PREPOSITIONS = frozenset({"in", "on", "at", "under", "during", "after", "with", "amid"})
MAX_DESCRIBED = 3
"""Words of the noun a participle describes, after its article ("a government crackdown")."""


def _describes_a_noun(token: Token, sentence: Span) -> bool:
    """ "… have been targeted in a government crackdown announced immediately after the
    killings" (r22-opened cc-038, a miss): a participle right after the noun of a phrase that
    opens with a preposition and an article describes that noun, as "the 101 initially
    reported" describes a figure; no one announces. "During the meeting officials announced
    that …" (a source noun before the verb) and "… announced by the ministry" still report."""
    doc = token.doc
    if not token.lower_.endswith("ed") or word(doc, token.i + 1) in ("that", "by"):
        return False
    noun = token.i - 1
    if noun <= sentence.start or not doc[noun].is_alpha or is_source_at(doc, noun):
        return False
    for k in range(noun, max(sentence.start, noun - 1 - MAX_DESCRIBED) - 1, -1):
        lower = doc[k].lower_
        if lower in VERB_GROUP_AUXILIARIES or lemma_at(doc, k) in BE_LEMMAS:
            return False  # "Officials at the ministry have (also) informed reporters that …"
        if k == noun:
            continue
        if lower in ARTICLES:
            return k > sentence.start and doc[k - 1].lower_ in PHRASE_PREPOSITIONS
        if not (doc[k].is_alpha and doc[k].is_lower) or lower in DETERMINERS:
            return False
    return False


FIGURE_ARTICLES = frozenset({"a", "an"})


def _describes_a_figure(token: Token) -> bool:
    """ "left at least a reported 15 people … dead" (dev r24-ob-038): a participle of saying
    between an article and a number describes the figure, as "reportedly" does; it names no
    one who reported it."""
    doc = token.doc
    return (
        token.lower_ in ADJECTIVE_FORMS
        and word(doc, token.i - 1) in FIGURE_ARTICLES
        and token.i + 1 < len(doc)
        and doc[token.i + 1].like_num
    )


VERB_GROUP_AUXILIARIES = frozenset({"have", "has", "had", "having"})
"""Words that make the participle after them a verb of the subject before ("Doctors at a local
hospital have informed reporters that …", "Officials at the ministry had confirmed the deaths
of 12"), not a description of the noun of a phrase (round 23b hunt, hd-028); forms of "be" make
a passive, judged on its own."""


def _after_a_number(token: Token) -> bool:
    """A participle right after a figure, or after a figure and an adverb ("the 101
    initially reported", "45 reported dead", "the 84 confirmed so far"), or after a figure's
    casualty noun ("nine deaths reported so far", "12 casualties confirmed"): a passive that
    describes the figure, not a source's verb."""
    doc = token.doc
    if not token.lower_.endswith("ed") or token.i == 0:
        return False
    before = doc[token.i - 1]
    if before.lower_.endswith("ly") and before.is_alpha and token.i > 1:
        before = doc[token.i - 2]
    if before.lower_ in REFERRING_NOUNS and before.i > 0:
        before = doc[before.i - 1]  # "nine deaths reported"
    return before.like_num and not before.is_punct


MAX_AGENT_GAP = 3
"""Tokens between a passive reporting verb and its "by" ("were reported dead by")."""


def is_source_at(doc: Doc, i: int) -> bool:
    """A source after "by": "(the) hospital", "local media", "ISPR", "the rescue
    authorities" (or a source noun's other form: "polices"); an article and one modifier may
    come first."""
    modified = False
    for k in range(i, min(len(doc), i + 3)):
        token = doc[k]
        source = token.lower_ in SOURCE_NOUNS or token.lemma_.lower() in SOURCE_NOUNS
        if source or (token.is_upper and len(token) > 1):
            return True
        if token.lower_ in ("the", "a", "an"):
            continue
        if modified or not token.is_alpha or not token.is_lower:
            return False
        modified = True  # "local", "state", "hospital", "rescue"
    return False


def _is_absolute_participle(token: Token, sentence: Span) -> bool:
    """ "…, with shortages reported across the district": a participle in a "with" phrase is
    passive (the thing reported, not who reported it) unless "by" names the source."""
    doc = token.doc
    if not token.lower_.endswith("ed") or word(doc, token.i + 1) == "by":
        return False
    for i in range(token.i - 1, max(sentence.start, token.i - MAX_ABSOLUTE) - 1, -1):
        lower = doc[i].lower_
        if lower == "with":  # opening its clause: "…, with X reported", not "officials with"
            return i == sentence.start or doc[i - 1].lower_ in CLAUSE_MARKS
        if lower in CLAUSE_MARKS or doc[i].is_quote:
            return False
    return False


REPORTED_FINITES = frozenset(
    {"had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "did"}
)
"""Finite verbs of a that-less clause told ("told CNN the bus had attempted to take a sharp
turn": r27 hunt, hc-018): the "to" after them is that clause's, not an order's."""


def _is_order(token: Token) -> bool:
    """ "told migrants to leave" is an order, not a source; "told reporters the bus had
    tried to turn" reports a clause with a finite verb of its own."""
    doc = token.doc
    for i in range(token.i + 1, min(len(doc), token.i + 7)):
        t = doc[i]
        if t.lower_ == "that" or t.is_punct or t.is_quote or t.lower_ in REPORTED_FINITES:
            return False  # "told CNN the bus had attempted to take a turn": a report
        if (
            t.lower_ == "to"
            and i + 1 < len(doc)
            and doc[i + 1].is_lower
            and doc[i + 1].lower_ not in ORDER_OBJECTS
        ):
            return True
    return False


PRONOUN_CLOSES = frozenset({",", ".", ";", "!", "", "in", "on"})
"""What follows "this" when it is the whole object of the verb before it ("claims this,",
"reports this in its bulletin")."""


def _verb_of_this(token: Token) -> bool:
    """ "A spokesman claims this, explaining …", "The ministry confirms it.": a bare form of
    :data:`NOUN_FORMS` with "this" or "it" as its whole object is a verb reporting the
    sentence before (not "the claims this week")."""
    doc = token.doc
    return word(doc, token.i + 1) in ("this", "it") and word(doc, token.i + 2) in PRONOUN_CLOSES


def _claims_lives(token: Token) -> bool:
    """ "claimed (reportedly) more than 40 lives": the verb's object is the toll."""
    doc = token.doc
    past = 1 if word(doc, token.i + 1) in REPORT_ADVERBS else 0
    return any(word(doc, token.i + k + past) == "lives" for k in (2, 3, 4))


TOLL_WORDS = frozenset(TOLL_HEADS | {"number", "figure", "casualties", "deaths"})


def _gives_a_toll(token: Token) -> bool:
    """ "gave an initial toll of two dead", "released the death toll": a toll as the object;
    "did not provide an exact casualty figure", "gave no toll" impart none."""
    doc = token.doc
    around = {word(doc, token.i + k) for k in (-2, -1, 1)}
    return _puts_toll(token) and NEGATIONS.isdisjoint(around)


def _puts_toll(token: Token) -> bool:
    doc = token.doc
    window = {word(doc, token.i + k) for k in range(1, 6)}
    return bool(window & TOLL_WORDS)


def _revises_toll(token: Token) -> bool:
    """ "raised the toll to 45", or the toll a relative clause is about ("the toll, which state
    media later raised to 80")."""
    doc = token.doc
    before = {word(doc, token.i - k) for k in range(1, 2 * MAX_SOURCE_GAP)}
    return _puts_toll(token) or (bool(before & TOLL_WORDS) and bool(before & NOUN_RELATIVES))


def _has_named_source(sentence: Span, verb: Token) -> bool:
    """ "The UN mission recorded…", "police registered…": a source before the verb."""
    doc = sentence.doc
    if word(doc, verb.i + 1) == "by":
        return True
    for i in range(max(sentence.start, verb.i - 5), verb.i):
        token = doc[i]
        if token.lower_ in SOURCE_NOUNS or (token.is_title and i != sentence.start):
            return True
        if token.is_upper and len(token) > 1:
            return True
    return False


MAX_SOURCE_GAP = 4
"""Tokens between a revising or posting verb and the source before it ("state media later
raised")."""


def _names_a_source(sentence: Span, verb: Token) -> bool:
    """A source noun, an acronym or a name just before a revising or posting verb ("officials",
    "ISPR", "Mujahid"); not a day or a month ("On Monday, the blast raised the toll"), nor a
    thing ("a video posted on X"), nor a word before a comma: "…in Balochistan, raising the
    toll to 177" has the killing as its subject, not a source."""
    doc = sentence.doc
    start = max(sentence.start, verb.i - MAX_SOURCE_GAP)
    for i in range(verb.i - 1, start - 1, -1):
        if word(doc, i) in CLAUSE_MARKS:
            start = i + 1
            break
    for token in doc[start : verb.i]:
        if token.lower_ in SOURCE_NOUNS or (token.is_upper and len(token) > 1):
            return True
        named = token.is_title and token.i != sentence.start and token.lower_ not in WEEKDAYS
        if named and month_of(token) is None:
            return True
    return False


def has_named_speaker(sentence: Span, verb: Token) -> bool:
    """A source before the verb, or a person or office the ledger knows ("the interior
    minister")."""
    doc = sentence.doc
    return _has_named_source(sentence, verb) or any(
        doc[i].ent_type_ in SPEAKER_ENTITIES for i in range(max(sentence.start, verb.i - 5), verb.i)
    )
