"""The language words the date-claims reader uses (never topic words: those come from the
ledger). Lists shared with other readers come from :mod:`narrlint.nlp.vocabulary`; these have a
meaning of their own in reading deadlines.
"""

from __future__ import annotations

from narrlint.nlp.vocabulary import (
    ATTRIBUTION_MARKERS,
    AUTHORITY_NOUNS,
    WEEKDAYS,
)

DEADLINE_NOUNS = (
    ("deadline",), ("deadlines",), ("ultimatum",), ("cut", "-", "off"), ("cutoff",),
    ("cut", "-", "off", "date"), ("cutoff", "date"), ("last", "date"), ("last", "day"),
    ("final", "day"), ("final", "date"),
    ("time", "limit"), ("expiry", "date"), ("expiration", "date"),
    ("last", "warning"), ("final", "warning"),
)  # fmt: skip
"""Nouns that name a cut-off; a date next to one is a deadline."""
DEADLINE_NOUN_STARTS = frozenset(words[0] for words in DEADLINE_NOUNS)
"""The first words of the deadline nouns ("deadline", "ultimatum", "last" …)."""
DEADLINE_NOUN_ENDS = frozenset(words[-1] for words in DEADLINE_NOUNS)
"""The last words of the deadline nouns ("deadline", "ultimatum", "date" …)."""
NOUN_RELATIVES = frozenset({"that", "which"})
"""Relatives that open, right after a noun, a clause about that noun ("a deadline that could
force …")."""
ISSUED_NOUNS = {"ultimatum", "ultimatums"}
"""Deadline nouns that also name the act of giving one: "the Oct. 3 ultimatum" may be the one
given on October 3 (a "deadline" is always its cut-off)."""
WINDOW_NOUNS = {"window", "notice", "grace", "period", "deadline", "ultimatum", "timeline"}
"""Nouns a duration may qualify ("30-day window", "30 days' notice")."""
WEAK_PREPOSITIONS = {"until", "till", "til", "untill", "by", "before"}
"""Prepositions that make a date a cut-off only inside an order ("to leave by …")."""
EXTENSION_PREPOSITIONS = {"to", "till", "until", "through", "til"}
EXPIRY_LEMMAS = {"expire", "lapse", "expiry", "expiration"}
LOSS_LEMMAS = frozenset({"lose", "forfeit", "exhaust", "consume"})
"""Verbs of losing or using up a legal status ("lost their legal status on …"): its last day."""
LEGAL_STATUS_WORDS = frozenset({"legal", "residency", "residence", "lawful"})
"""Words that make a status the right to stay ("legal residency status"), not another one."""
LOST_STATUS_REACH = 5
"""Words from the verb of losing to "status" ("lost their legal residency status")."""
EXTENSION_LEMMAS = {"extend", "extension", "postpone", "defer", "delay", "prolong", "push", "move"}
STRETCH_LEMMAS = frozenset({"stretch", "lengthen"})
"""Verbs that extend a stay only when a stay is what they stretch ("the stay of Afghan refugees
had been stretched for three months"; not "the talks stretched for six months")."""
RENEWED_FORMS = {"renewed"}
"""A document renewed up to a date ("the cards … were renewed until …"): its new expiry, while
"must renew by …" is a deadline to renew, so only this form."""
MOTION_PARTICLES = {"out", "into", "away", "from", "on", "elsewhere"}
"""Words after "move" that make it people moving ("move out of the twin cities")."""
"""A draft that narrates a change of deadline gives two dates on purpose (no NL102)."""
VALID_LEMMAS = {
    "valid",
    "validity",
    "validate",
    "accept",
    "honour",
    "honor",
    "recognise",
    "recognize",
    "permission",
    "permit",
}
"""Words of a document being good for use: "accepted until <date>" is "valid until <date>";
a leave to stay is too ("granted permission to stay until <date>")."""
ENFORCEMENT_LEMMAS = {
    "deport", "deportation", "arrest", "expel", "expulsion", "raid", "crackdown", "begin",
    "start", "commence", "launch", "enforce", "enforcement", "evict", "eviction", "detain",
    "detention", "remove", "removal", "prosecute", "punish", "punishment", "jail",
    "imprison", "imprisonment", "penalty", "penalise", "penalize", "kick", "send", "require",
    "mandatory", "implement", "action", "effect", "effective", "operation",
}  # fmt: skip
"""'deportations start after <date>', 'face deportation from <date>': when an order bites
("a plan to send back illegal migrants from <date>", "will require a passport and visa from
<date>", "the policy will be implemented from <date>")."""
REMOVAL_ACTS = frozenset({"repatriate", "deport", "expel", "evict"})
"""Acts that remove people from where they live: a deadline for one ("the deadline for
repatriation") is an order's, while one for "departure" or "return" may be anyone's."""
STATUS_LEMMAS = {"treat", "declare", "consider", "deem", "regard"}
"""Verbs that give people a legal status: "after <date> they will be treated as illegal aliens",
"will be declared illegal": the status is what befalls them at the cut-off, and the group its
words name ("illegal aliens") is the status, not the people the order is for."""
STATUS_REACH = 3
"""Words between a status verb and the modifier of the status ("treated as illegal", "declared
to be illegal")."""
STATUS_STAY_REACH = 7
"""Words between a status verb and an adverb of the status after a stay ("deemed to be staying
in Pakistan illegally" is 6)."""
STATUS_STAY_WORDS = {"as", "to", "be", "being", "in", "the", "here", "there", "country"}
"""Words that may stand between a status verb and its adverb beside a participle of staying and
a country's name ("considered to be living in the country illegally")."""
REMAINING_LEMMAS = {"remain", "stay", "still", "overstay", "found"}
"""'those still in the country after <date> will be …': staying past a cut-off."""
STARTING_LEMMAS = {"begin", "start", "commence", "launch", "kick"}
"""Verbs of starting: enforcement only with an enforcement word ("the series will begin on …"
is not)."""
PARTICIPLE_PREPOSITIONS = frozenset({"starting", "beginning"})
"""Participles of starting used as prepositions ("starting Dec 1"): they start what stands
beside them, no act of their own."""
ENFORCEMENT_PREPOSITIONS = {"from", "after", "past", "beyond", "on", *PARTICIPLE_PREPOSITIONS}
SCOPE_VERBS = {"plan", "target"}
"""'the phase, which targets PoR holders, begins on …': whom an order covers, not a forecast."""
DEADLINE_PREDICATE_LEMMAS = {"fall", "set", "be", "expire", "end", "close", "pass", "conclude"}
"""Verbs of a deadline noun's predicate: "the deadline falls on / is / was set for / ends on
/ passed on <date>"."""
NOUN_GROUP_REACH = 12
"""Words after "deadline for" read for the group it is for ("for Afghan refugees holding
proof-of-registration (PoR) cards")."""
FOR_PEOPLE_REACH = 4
"""Words after "deadline for" read for whom it is ("for an estimated 1.7 million Afghans")."""
CONTENT_HEADS = {"decide", "decision", "mandate", "order", "rule", "ruling", "require",
                 "direct", "directive", "notify", "notification", "announce", "announcement",
                 "say", "state", "declare", "warn", "insist", "confirm"}  # fmt: skip
"""Words a "that" clause after which is what was decided or said ("the decision mandating that
…", "announced that …"), not a relative clause."""
ENDING_NOUNS = {"end", "close", "lapse"}
"""Nouns of ending before "of" ("the end of the grace period on …")."""
NOUN_OF_REACH = 10
"""Words from a noun of ending to "on <date>" ("the expiry of Proof of Registration cards on")."""
SLATED_FORMS = {"set", "slated", "scheduled", "fixed", "due"}
"""Participles of a deadline's first setting ("Initially slated for April 30, the deadline …")."""
SETTING_ADVERBS = {"initially", "originally", "previously", "earlier", "first", "once"}
"""Adverbs before such a participle."""
START_NOUNS = frozenset({"start", "beginning", "commencement", "launch"})
"""Nouns of a start a date is set for ("set November 1 for the start of deportations")."""
START_OF_REACH = 5
"""Words from such a noun to the campaign it starts ("the start date for the deportations")."""
CAUSE_OPENERS = frozenset({("due", "to"), ("owing", "to"), ("because", "of")})
"""Two words that open a cause ("postponed until April 10 due to the Eid holidays"): what
follows up to a mark says why, not whose the order is."""
DAY_WORDS = frozenset({"today", "tomorrow", "yesterday", "tonight"})
"""Words for a day near the text's ("The deadline ends today")."""
DATELINE_MARKS = {":", "-", "—", "–", "("}
"""Marks after a city that opens a text: its dateline ("ISLAMABAD: …", "QUETTA (APP) - …")."""
PEOPLE_QUANTITIES = {"all", "million", "millions", "thousands", "hundreds", "tens", "dozens",
                     "of", "lakh", "lakhs"}  # fmt: skip
"""Words of a multitude before people ("thousands of undocumented Afghans")."""
JOINING_WORDS = {"and", "but", "or", "while", "when", "as", "after", "before"}
"""Words that join another clause: a noun before one is not the subject of a verb after it."""
SUBJECT_BREAKS = JOINING_WORDS | {"that", "which"}
"""Words between a copula and a deadline noun that show the noun is not its subject ("the
deadline that they face is" names what they face, not the deadline's date)."""
FORWARD_MARKERS = {
    "will",
    "shall",
    "would",
    "must",
    "to",
    "face",
    "faces",
    "facing",
    "begins",
    "starts",
    "commences",
    "kicks",
    "begin",
    "start",
    "commence",
    "kick",
    "is",
    "are",
    "'ll",
    "’ll",
    "can",
}
"""An order still to bite: "will be deported after", "face deportation from", "begins on",
"From December 1, they can arrest and deport …"."""
FUTURE_AUXILIARIES = {"will", "would", "shall", "'ll", "’ll"}
AHEAD_AUXILIARIES = frozenset(FUTURE_AUXILIARIES - {"would"})
"""Auxiliaries that tell an act as still ahead at the text's date ("will expel … from …", "will
expire on …"); "would" may report an old plan."""
AHEAD_FORMS = frozenset(
    {"is", "are", "'re", "’re", "remain", "remains", "will", "shall", "'ll", "’ll", "expire",
     "expires", "runs", "lasts"}
)  # fmt: skip
"""Present and future forms that tell a document's validity as running to a day still ahead
("cards that are valid till …", "will remain valid until …", "expire on …")."""
PAST_FORMS = frozenset(
    {"was", "were", "had", "been", "remained", "expired", "ended", "lapsed", "ran", "lasted",
     "would"}
)  # fmt: skip
"""Past forms (and "would") that tell the validity as gone or hypothetical ("were valid till")."""
PLAN_LEMMAS = {"announce", "declare", "decide", "warn", "threaten", "vow", "pledge", "plan"}
"""Verbs that make an enforcement word the order's plan: "announced a crackdown on … after",
"warned of arrests after", "vowed to expel … after", "its plan for deporting … from". Not
"order": "the court ordered the arrest of … after <date>" reports an act."""
PLAN_REACH = 4
"""How far before an enforcement word its plan verb or future auxiliary stands ("had announced
a crackdown", "would be detained and deported")."""
HISTORY_LEMMAS = {"set", "give", "ask", "order", "tell", "direct", "issue", "announce", "fix"}
"""Verbs of giving an order, in the past perfect a recorded order's history ("had set April 30
as the deadline", "had given them a deadline to leave by …")."""
MONTH_LEAD_INS = {"in", "early", "late", "mid", "mid-", "-", "the", "of", "last", "this"}
"""Words between an announcement and its month ("announced in early October")."""
CONDITION_OPENERS = {"who", "that", "if", "unless", "those", "whoever", "anyone"}
"""Words before a negation that make it the order's condition ("those who do not leave")."""
OBLIGATION_LEMMAS = {
    "must", "should", "order", "tell", "ask", "give", "allow", "direct", "require", "urge",
    "instruct", "warn", "need", "force", "compel", "command", "set", "deadline", "ultimatum",
    "grant", "have", "want", "demand",
}  # fmt: skip
IRREALIS_BEFORE = {
    "to", "must", "should", "shall", "will", "would", "can", "could", "may", "might", "not",
    "n't", "cannot", "or", "voluntarily", "forcibly", "either", "fail", "failed",
}  # fmt: skip
REQUEST_LEMMAS = {"urge", "ask", "call", "demand", "seek", "request", "appeal", "propose",
                  "recommend", "press", "plead", "suggest", "lobby", "want", "hope", "consider",
                  "mull", "weigh", "rumour", "rumor", "speculate", "if", "whether"}  # fmt: skip
"""'urged Pakistan to extend the deadline to …': a request, not the deadline."""
PROPOSAL_NOUNS = {"proposal", "recommendation", "suggestion", "plea", "summary"}
"""Nouns of a proposal ("SAFRON's proposal for a one-year extension", "a summary seeking …"),
beside the verbs and nouns of asking that share a lemma (``REQUEST_LEMMAS``: "a request")."""
EFFORT_LEMMAS = {"contact", "touch", "effort", "try", "attempt", "strive", "endeavour",
                 "endeavor", "bid", "negotiate", "negotiation", "talk", "work",
                 "approach"}  # fmt: skip
"""Words of working towards an extension ("is in contact with the officials to extend the stay
by one year", "in a bid to extend", "negotiating to prolong"): an effort, not a decision, when
the infinitive of extending follows them."""
MEETING_LEMMAS = {"avoid", "escape", "evade", "dodge", "spare", "wind", "settle", "pack",
                  "prepare", "arrange", "sell", "dispose"}  # fmt: skip
"""Verbs of meeting a cut-off: avoiding its consequence ("leave by November 30 to avoid legal
action") or getting ready to leave ("time until <date> to wind up their affairs"), not
another step's purpose."""
AGREEMENT_TALKS = {"between", "principle", "talks", "negotiations"}
"""After "agreed": an agreement in talks ("agreed between Kabul and Islamabad", "agreed in
principle"), not a government's decision ("the cabinet agreed to extend …")."""
BACKGROUND_OPENERS = {"amid", "amidst"}
"""Words that open a phrase of the backdrop ("amid the expulsion of illegal immigrants"): the
people it names are not those of the clause's extension."""
DECIDED_FORMS = {"approved", "granted", "decided", "accepted", "endorsed", "announced",
                 "allowed", "gave", "given", "extended", "approves", "grants", "extends",
                 "announces"}  # fmt: skip
"""Forms that tell a decision made ("the cabinet approved the one-year extension …")."""
SPECULATION_LEMMAS = {"expect", "likely", "anticipate", "predict", "forecast"}
"""Words of foreseeing what others will decide ("refugees are likely to get another extension",
"are expected to be granted …"): an extension so told is a guess, not a decision."""
FORECAST_LEMMAS = SPECULATION_LEMMAS | {"plan", "aim", "hope", "intend", "project", "estimate",
                                        "target", "want", "seek"}  # fmt: skip
"""'expected to leave by …' is a forecast, not an order."""
REGIONAL_OFFICES = ("chief minister", "governor")
"""Offices of a province's head: the ledger's "chief minister of <place>" names a province whose
government may set its own cut-off."""
RENEWAL_LEMMAS = {"renew", "renewal"}
"""Words of renewing documents: a cut-off told with these alone ("get their cards renewed
before the deadline of …", "must renew by …") is a renewal drive's last day, not the
documents' expiry."""
CONTRASTED_PEOPLE = {"others", "rest"}
"""People set against the group named just before ("PoR holders may stay, while others must
leave by …"): they refer back past it, to the order of the sentences before."""
REFERRING_PEOPLE = {"they", "them", "those", "anyone", "everyone", "whoever", "anybody"}
REFERRING_PEOPLE |= CONTRASTED_PEOPLE
"""Words that refer back to the group of an order named before ("those who fail to leave by")."""
REFERRING_DETERMINERS = {"these", "such"}
"""Before a word for people in general, they refer back as "them" does ("a deadline for these
individuals to leave", "such persons will be deported")."""
STAYING_PEOPLE = REFERRING_PEOPLE | {"who"}
"""Words that show people stay past a date: "those remaining after …", "… who remained in the
country after …" ("who" stands only for people)."""
PERFECT_AUXILIARIES = {"had", "have", "has", "'d", "’d", "'ve", "’ve"}
DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "their", "his", "her",
               "its", "our", "your", "any", "no", "each", "every", "tax"}  # fmt: skip
"""Words before a noun; "tax" too, so "tax returns" is not the verb "return" (kept as it was:
a noun modifier, not a determiner)."""
PRONOUNS = {"he", "she", "it", "they", "who", "which", "that", "we", "you", "i"}
ANAPHORIC_DETERMINERS = {"the", "this", "that", "these", "those", "its", "their", "new", "same"}
AUTHORITY_VERBS = {
    "has", "have", "had", "set", "sets", "gave", "gives", "give", "ordered", "orders", "told",
    "tells", "asked", "asks", "announced", "announces", "issued", "issues", "imposed",
    "imposes", "extended", "extends", "granted", "grants", "wants", "will", "is", "was",
    "directed", "directs", "decided", "decides", "can", "refused", "refuses", "declined",
    "declines", "rejected", "rejects",
}  # fmt: skip
"""Verbs after the one who sets a deadline ("Iran has set", "Turkey gave"), or who refuses to
change it ("Islamabad has refused to extend …": a government, not a city)."""
POSSESSED_REACH = 3
"""Words after a possessive that may name what it owns ("Germany's new deportation rules")."""
VALIDITY_CUES = {"valid until", "expires", "extended to"}
VALIDITY_WORDING = VALID_LEMMAS | EXPIRY_LEMMAS | EXTENSION_LEMMAS | RENEWAL_LEMMAS | {
    "stay", "remain",
}  # fmt: skip
"""Words of a document's validity or a leave to stay ("can remain until" as "can stay until"):
only with one can a chain of validity dates be the event."""
NEWS_ABBREVIATIONS = {"govt", "gov", "admin", "dept", "ministry", "cabinet", "int'l"}
DATE_LEAD_INS = {"on", "at", "the", ",", "(", "midnight", "noon", "of", "end", *WEEKDAYS}
"""Words between a cue and its date: "by midnight on Wednesday, November 1", "expired at the end
of March"."""
RESTATED_DAYS = {"today", "tonight", "tomorrow", "yesterday", *WEEKDAYS}
"""Days a date may follow in apposition, restating them ("expire today, June 30", "ends today
(October 31)", "from Wednesday, November 1"): the cue stands before the day word."""
APPOSITION_MARKS = {",", "("}
GIVING_LEMMAS = {"give", "grant", "allow"}
PERMISSION_WORDS = {
    "can",
    "may",
    "allowed",
    "permitted",
    "will",
    "shall",
    "now",
    "to",
    "'ll",
    "’ll",
}
"""Words right before a verb of staying that make the stay a permitted one ("can now stay",
"allowed to remain", "will stay")."""
STAY_REACH = 6
"""Words from a verb of staying to "until" ("stay in the country until")."""
RESTATEMENT_REACH = 5
"""Words from a date to the next one in a participle clause restating its order (", giving
them until")."""
COMPLEMENT_WORDS = {
    "all", "those", "them", "they", "their", "country", "nation", "voluntarily", "home",
    "homes", "homeland", "territory", "province", "city", "cities", "mainly", "mostly",
    "including", "and", "or",
}  # fmt: skip
DEPARTURE_PARTICLES = {"out"}
"""'wants them out by …', 'must be out of the country by …': to leave (when the ledger's
actions include leaving)."""
DEPARTURE_NEXT = {*WEAK_PREPOSITIONS, "of"}
PHASE_ADJECTIVES = {"and", "final", "last", ",", "-", "‑", "new", "decisive"}
"""Words between an ordinal and "phase": "the third and final phase"."""

NOUN_BRIDGE = {
    "of", ":", ",", "—", "–", "-", "is", "was", "remains", "remained", "will", "be", "has", "had",
    "been", "now", "set", "for", "at", "falls", "fell", "ends", "ended", "expires", "expired",
    "passes", "passed", "lapses", "lapsed", "extended", "to", "until", "till", "originally",
    "initially", "officially", "the", "on", "firm", "still", "runs", "ran", "out", "closes",
    "closed", "due", "postponed", "pushed", "moved", "delayed", "deferred", "prolonged", "back",
    "later",
}  # fmt: skip
ON_AFTER = {
    "falls", "fell", "ends", "ended", "expires", "expired", "passes", "passed", "lapses",
    "lapsed", "deadline", "is", "was", "out", "closes", "closed", "due",
}  # fmt: skip
FORWARD_BRIDGE = {"as", "is", "was", "remains", "remained", "became", "the", "a", "an", "final",
                   "new", "original", "official", "firm", "set", "has", "had", "been", "fixed",
                   "declared", "named", "will", "be", "are", "were", "would", "marked", "marks",
                   "their", "its"}  # fmt: skip
OBJECT_WORDS = {"holding", "with", "of", "(", ")", "over", "about", "some", "nearly", "around",
                "more", "than", "million", "lakh", "thousands", "hundreds", "-", "all",
                "and", "other", "living", "residing", "in", "without"}  # fmt: skip
"""Words inside the phrase of the people an act is done to ("over 1.3 million Afghans holding
Proof of Registration Cards (PoRs)"), besides group words, names and figures."""
OBJECT_REACH = 20
"""The longest such phrase walked over."""
ACT_BEFORE_OBJECT = 4
"""Words before the people's phrase that may hold the act ("decided to expel", "will deport")."""
FORWARD_STEPS = 7
"""Bridge words from a date to the deadline noun it is set as ("April 30 has now been
officially set as the deadline")."""


ASIDE_TOKENS = 16
"""The longest relative aside read past: ", whose PoR cards expired on June 30," is 10."""
DOCUMENT_NOUNS = {"papers", "documents", "cards", "visas", "passports", "permits"}
"""What the people an order names hold or lack ("those without papers on December 1")."""
MONTH_DAYS = (28, 31)
"""A month is 28 to 31 days: "one-month" names a 30-day window."""
ANNOUNCEMENT_LEMMAS = {
    "announce", "announcement", "notify", "notification", "decide", "decision", "declare",
    "declaration", "unveil", "approve", "approval", "issue", "order",
}  # fmt: skip
"""Words of an order being made: the date next to one is when ("announced on October 3")."""
EVENT_PREPOSITIONS = {"on", "in", "since", "during", "from"}
"""Prepositions that date something that happened ("bombings on September 29")."""
NATIONALITY_ENDINGS = ("an", "i", "ese", "ish")
"""Endings of nationality words ("afghan", "pakistani", "chinese"): not the name of a place."""
RELATIVE_MONTHS = {"this": 0, "current": 0, "next": 1, "coming": 1, "following": 1}
"""Months named from the text's date: "the 15th of this month", "first of the next month"."""
ORDINAL_DAYS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
"""Days of a month named in words before "of": "first of the next month", "the fifteenth of
November" (with :data:`ORDINAL_TENS` before a hyphen: "the thirty-first of October")."""
ORDINAL_TENS = {"twenty": 20, "thirty": 30}
"""The tens of a day written in words with a hyphen ("twenty-first", "thirty-first")."""
ENDING_LEMMAS = {"end", "close", "conclude"}
"""'… ended on <date>', '… closes on <date>': a cut-off when what ends is a validity or a
window (not talks)."""
LONG_SUBJECT_TOKENS = 40
"""Words read back from "ended" to the window noun that opens its clause ("The deadline set by
… for … who were residing … has ended")."""
ENDING_SUBJECT_TOKENS = 16
"""Words read back from "ended" for what ends ("the validity of PoR cards ended on", "the
grace period for Afghans living in the country without documents ends on"), up to a clause
break."""
MODIFIER_SYNONYMS = {"unlawfully": "illegally", "unlawful": "illegal"}
"""Words read as a group modifier the ledger writes another way ("living in the country
unlawfully" is "living illegally")."""
PARTICIPLE_HEADS = frozenset({"those", "anyone", "everyone", "others"})
"""Pronouns a group's participle may follow as its head ("those registered earlier had their
stay extended"): not "they", "them", before which the participle is a verb."""
EXTENSION_NOUNS = {"extension", "extensions"}
"""Nouns a window may qualify as the length of an extension ("a six-month extension")."""
YEAR_WORDS = {"year": 365, "years": 365}
"""Years as a window's unit ("a one-year extension"): the pipeline reads days to months."""
YEAR_DAYS = (365, 366)
PERIOD_ENDS = {"to", "until", "till", "through", "-", "–"}
"""Words before the last day of a period "from <date> to <date>"."""
NOUN_MODIFIERS_MAX = 4
"""Words read between a date and its deadline noun ("the Nov. 1 voluntary-return deadline")."""
ORDER_MODIFIERS = {
    "voluntary", "initial", "final", "new", "original", "official", "firm", "revised",
    "extended", "earlier", "previous",
}  # fmt: skip
"""Adjectives of an order that may stand before its deadline noun, beside the ledger's action
nouns and group words ("the March 31 voluntary exit deadline", "March 31, the final
deadline")."""
ADVERB_REACH = 10
"""Words read back from a group's adverb to the people it qualifies ("Afghans it says are
living in the country irregularly" is 8)."""
TO_PREPOSITIONS = {*ATTRIBUTION_MARKERS, "due", "owing", "thanks", "prior", "next", "close"}
"""Words that make "to" a preposition ("according to officials", "due to Eid"): what follows
is not a purpose of the deadline's own."""
AUXILIARY_VERBS = {"is", "was", "will", "has", "have", "had", "would", "'s", "’s"}
"""Auxiliaries after a subject: "Islamabad has ordered" acts, "Islamabad is home to" does not."""
COMPLIANCE_LEMMAS = {"comply", "abide", "obey", "adhere", "heed"}
"""Verbs of obeying the order itself ("have until November 1 to comply with the order"): not a
purpose of another deadline's."""
DEMONYM_ENDINGS = ("ans", "is", "ese")
"""Endings of a people's name in the plural ("Afghans", "Pakistanis", "Chinese")."""
GENERIC_ROLES = {"deadline", "extension", "enforcement_start"}
"""Roles of a cut-off held to the order in force when its clause names people in general (a
document's expiry is read only for the group that holds it)."""
IN_FORCE_DAYS = 30
"""An order is still the one in force for about a month after its last recorded date (reports
of the cut-off just passed, of the first arrests)."""
HISTORY_REACH_DAYS = 365
"""How long after an order's last record a date may still be told as that order's history."""
ALLOWANCE_NOUNS = {"time", "chance", "opportunity", "respite", "leeway"}
"""What is given until a date ("given time until March 31"): a time allowed, i.e. a deadline."""
FRONTED_REACH = 14
"""Words read after a date that opens its clause ("From March 20, ACC holders found in the
country will be deported"): the clause it governs follows it."""
GOVERNING_WORDS = {
    "on", "by", "until", "till", "before", "after", "since", "from", "in", "of", "to", "at",
    "through", "during", "as", "for", "than", "and", "or",
}  # fmt: skip
"""Words that govern a date: "On March 31, the deadline …" dates the sentence; only a bare date
is set beside a deadline noun ("March 31, the deadline for …")."""
APPOSITION_ENDS = {",", "—", "–", ";", ":", "(", ")"}
"""Marks that close a noun phrase set beside a date ("March 31, the deadline for …, is")."""
EXTENDED_NOUN_REACH = 30
"""Words read back from "to <date>" for a deadline noun that a verb of extending governs ("extended
the deadline for Afghan nationals to be deported to a country other than Afghanistan to …")."""
EXTENDED_BY_REACH = 12
"""Words read back from "by <window>" or "for <window>" for the verb of extending ("extended
the deadline for the deportation of Afghan migrants by 10 days")."""
ADDED_WORDS = frozenset({"more", "extra", "additional", "further"})
"""Words that make a window added time: "three more months", "another 90 days", "a further
six months", "an additional month"."""
ADDED_BEFORE = {"another", "further", "additional", "extra"}
"""Words of addition written before a window ("another three months")."""
ADDED_VERBS = {"stay", "remain", "allow", "give", "grant", "get", "let", "extend"}
"""Verbs that give added time to stay ("allowed to stay for three more months")."""
REFUSAL_LEMMAS = {"refuse", "reject", "deny", "decline", "oppose"}
"""Verbs that refuse the time asked for ("refused to give them three more months")."""
FURTHER_WORDS = {"another", "a", "further", "additional", "an", "more"}
"""Words between "by"/"for" and an extension's length ("for another six months")."""
WAITING_LEMMAS = frozenset(
    {"await", "wait", "visa", "asylum", "evacuate", "evacuation", "resettle", "resettlement",
     "sponsor", "sponsorship"}
)  # fmt: skip
"""Words of people waiting to go elsewhere ("Afghans awaiting US visas"): people in general
named with them may be a group with orders of its own, so no order in force is assumed."""
PLACE_PREPOSITIONS = frozenset({"at", "to", "near", "outside", "via", "through"})
"""Prepositions before a place named by a gerund and its noun ("at crossing points", "to
holding centres"): the gerund is no act there."""
LOCATIVES = {"in", "from", "across", "inside", "within"}
"""Prepositions that put people in a place ("Afghans in Iran", "deported from Turkey")."""
POSSESSED_ORDER_WORDS = (
    AUTHORITY_NOUNS
    | WINDOW_NOUNS
    | EXTENSION_NOUNS
    | ANNOUNCEMENT_LEMMAS
    | ENFORCEMENT_LEMMAS
    | {"rule", "law", "policy", "plan", "drive", "campaign", "directive", "ruling", "visa"}
    | {"office", "department", "minister", "embassy"}  # "Germany's foreign office said …"
)
"""What a possessive's name owns when it is the one setting the deadline: an authority, a
deadline or window, an order or the enforcement ("Iran's deadline", "Turkey's deportation
drive")."""
STARTED_FORMS = {"began", "begun", "started", "commenced", "launched", "initiated"}
"""Past forms of starting: a report of when enforcement began ("deportations began in …")."""
STARTED_PARTICIPLES = STARTED_FORMS - {"began"}
"""Those that may follow their noun as a participle ("a campaign launched in …")."""
TROUBLE_LEMMAS = frozenset({"difficulty", "problem", "action", "hardship", "harassment", "trouble"})
"""What people are said to face when enforcement reaches them ("will not face any difficulty
until …")."""
FACED_REACH = 3
"""Words from "face" to the trouble faced ("face any legal action")."""
CAMPAIGN_LEMMAS = {"deport", "deportation", "expel", "expulsion", "crackdown"}
"""What a report of the campaign's start names (not "return" or "repatriation": voluntary
returns began decades before any order)."""
DRIVE_MODIFIERS = frozenset({"repatriation"})
"""Words before a drive or campaign that make it the orders' campaign ("a repatriation drive"),
though alone they name returns that began long before any order."""
DRIVE_NOUNS = frozenset({"drive", "campaign"})
"""The nouns of a campaign those words make the orders' (not "the repatriation process", which
also names the returns UNHCR has run for decades)."""
FRESH_WORDS = {"new", "fresh", "latest", "renewed", "another", "next", "resumed", "again"}
"""Words of a later round ("a new wave of deportations began …"): not the campaign's start."""
ROUND_WORDS = frozenset(
    {"first", "second", "third", "fourth", "later", "earlier", "initial", "initially",
     "original", "originally", "previous", "former"}
)  # fmt: skip
"""Words that tell of one round of an order among several ("Iran's second deadline", "later
gave them until …"): two values so told may be two rounds, not one order told two ways."""
LATEST_WORDS = frozenset({"latest", "newest"})
"""Words before a deadline noun that tell it is the newest order ("the latest deadline"; "most
recent" too)."""
CHANGED_STATE_WORDS = {*FRESH_WORDS, "now", "revised"}
"""Words that tell of a deadline other than an earlier one ("now have until", "a revised
deadline"): its date may be an order the ledger has no record of yet."""
OWNER_WORDS = frozenset({"its", "their", "his", "her", "our", "my", "'s", "’s"})
"""Words of an owner before a word of recency ("its latest report", "UNHCR's new update")."""
OWN_WORK_NOUNS = frozenset(
    {"report", "reports", "update", "updates", "statement", "briefing", "survey", "study",
     "data", "figures", "assessment", "analysis", "bulletin", "win", "victory", "match", "film",
     "book", "album", "visit", "tour"}
)  # fmt: skip
"""What an owner made or did that a word of recency may qualify ("their latest win", "in its
latest report"): not an order, so no fresh deadline."""
TIME_WORDS = {"ago", "yesterday", "earlier", "week", "month", "year", "weeks", "months"}
"""Words of a time other than a date ("last week", "two months ago"), told beside a cut-off:
perhaps when a later order was given."""
ROUND_NOUNS = {"round", "wave", "stage", "phase"}
"""Nouns of a round after an ordinal: "the first round of deportations"."""
PAST_PERIODS = {"last": -1, "this": 0}
"""Years and months named from the text's date in a report: "last year", "this month"."""
YEAR_OFFSETS = {**PAST_PERIODS, "next": 1}
"""Years named from the text's date after a date: "June 30 next year", "March 31 of this year"."""
PROCESS_NOUNS = {*ROUND_NOUNS, "process", "drive", "campaign", "operation"}
"""Nouns a campaign is the "of" of: "the process of deporting …", "the first round of …"."""
FORCED_WORDS = frozenset({"forced", "forcible", "forcibly", "compulsory", "mandatory"})
"""How an order's act is done to its people ("the forced deportation deadline"): no people
named."""
VOLUNTARY_WORDS = {"voluntary", "voluntarily"}
"""How an order's people leave before its cut-off ("the deadline for voluntary repatriation"):
no other people named."""
POSSESSIVES = {"'s", "’s", "'", "’"}
"""The possessive endings spaCy splits off a name ("Pakistan's")."""
SUBORDINATORS = {"since", "when", "after", "as", "once", "while", "before", "until"}
"""Words opening a clause before its subject ("Since the deportation drive began …")."""
CLAUSE_SUBORDINATORS = {"as", "when", "while", "once"}
"""Subordinators that open a clause of their own after a comma (", as the deadline nears"),
never a time's preposition ("until", "before", "after", "since" may be one)."""
YEAR_LEAD_INS = {*MONTH_LEAD_INS - {"in", "last", "this"}, "spring", "summer", "autumn", "fall",
                 "winter", "end", "beginning", "start", "middle"}  # fmt: skip
"""Words between "in" and a year or month ("in late 2024", "in the autumn of 2023")."""
WEEKDAY_PREPOSITIONS = {"on", "by", "until", "till", "before"}
"""Prepositions of a day before a weekday that may be a cut-off ("ended on Friday")."""
PAST_MARKERS = {"was", "were", "had", "did", "passed", "ran", "expired", "lapsed", "ended"}
"""Past forms that put a weekday in the week up to the text's date."""
FUTURE_MARKERS = {"will", "'ll", "’ll", "shall", "expires", "ends", "falls", "runs", "is", "are",
                  "has", "have", "must"}  # fmt: skip
"""Present and future forms that put a weekday in the week from the text's date ("has until
Friday", "must leave by Monday")."""
TENSE_REACH = 8
"""Words before a weekday searched for its verb's tense."""
COPULA_TENSES = {"is": False, "are": False, "will": False, "was": True, "were": True}
"""A copula joining a weekday to a deadline noun ("Friday is the deadline", "the last day … was
Tuesday"), with its tense as :func:`narrlint.claims.dates_weekdays` reads it (True: past)."""
COPULA_NOUN_REACH = 14
"""Words from a deadline noun to the copula before a weekday ("The deadline for illegal
foreigners to leave the country is Friday")."""
OBLIGATION_MODALS = {"must", "should", "shall"}
"""Modals of an obligation right before an order's action ("must leave")."""
OBLIGATION_WORDS = {*OBLIGATION_MODALS, "had", "have", "has", "are", "is", "were", "was"}
"""Words of an obligation before "to" and an order's action ("had to go", "are to leave"): a
fronted time before them is a cut-off ("By March 20, ACC holders had to leave")."""
STAY_OWNERS = {"the", "their", "his", "her", "whose", "its", "'s", "’s", "'", "’"}
"""Determiners and possessive marks that make "stay" a noun, a leave to remain ("the stay of PoR
holders ended", "the refugees' stay")."""


def stay_noun_at(lowers: list[str], k: int) -> bool:
    """Is word ``k`` "stay" as a noun, after one of :data:`STAY_OWNERS` ("their stay",
    "the stay of Afghan refugees")? The caller bounds ``k`` to its clause."""
    return lowers[k] == "stay" and k > 0 and lowers[k - 1] in STAY_OWNERS


def stay_granted(lowers: list[str], lemmas: list[str]) -> bool:
    """Is a stay told by the infinitive of staying in a clause of extension ("another
    extension of three months to the Afghan refugees to stay in Pakistan", "permission to
    remain was extended for 60 days")? A leave to remain, as the stay noun tells it
    (:func:`stay_noun_at`). Not without a word of extension ("given three months to stay in
    the camps"), which the noun alone may tell; not a wish of the people's, in a relative
    clause or after a verb of wanting ("extended the registration drive for refugees who want
    to stay", "those wishing to remain"): what is extended is something else. The caller
    bounds both lists to its clause."""
    if "to" not in lowers or EXTENSION_LEMMAS.isdisjoint(lemmas):
        return False  # most clauses: two set tests in C, not a Python loop over every word
    for k in range(1, len(lowers) - 1):
        if lowers[k] != "to" or lemmas[k + 1] not in STAY_LEMMAS:
            continue
        if lemmas[k - 1] in WISH_LEMMAS:
            continue  # "who want to stay", "wishing to remain"
        extension = [e for e, lemma in enumerate(lemmas) if lemma in EXTENSION_LEMMAS]
        if any(STAY_RELATIVES.isdisjoint(lowers[min(e, k) : max(e, k)]) for e in extension):
            return True
    return False


WISH_LEMMAS = frozenset({"want", "wish", "intend", "hope", "plan", "choose", "prefer", "opt"})
"""Verbs of wanting before "to stay": the people's wish, not the stay an extension grants."""
STAY_RELATIVES = frozenset({"who", "whom", "whose", "that", "which"})
"""Relatives between an extension and "to stay": the stay is told of people in another clause."""


OPTION_WORDS = {"could", "might", "free", "wishing", "wish", "wishes", "choose", "opt"}
"""Words of a choice left to people: "those wishing to leave could do so before …" is no order
(a stay permitted, "can stay until", "allowed to stay until", is: :data:`PERMISSION_WORDS`)."""
ASIDE_RELATIVES = frozenset({"which", "who"})
"""Relatives that open, after a comma, a clause about what comes before it (not "that")."""
DEADLINE_VERBS = {"pass", "expire", "end", "lapse", "set", "give", "fix", "announce", "extend",
                  "run", "fall", "approach", "loom", "near", "close", "say", "tell", "order",
                  "ask", "face", "grant", "issue", "impose"}  # fmt: skip
"""Verbs a sentence about a deadline alone is made of ("the deadline … expired", "set")."""
DEADLINE_WORDS = {"date", "cut-off", "cutoff", "last", "day", "country", "voluntarily", "final",
                  "official", "officials", "government", "authorities", "minister",
                  "ministry"}  # fmt: skip
"""Other words of a sentence about a deadline alone ("the last date to leave the country")."""
SETTING_FORMS = {"set", "sets", "declared", "declares", "made", "makes", "fixed", "fixes", "named",
                 "names"}  # fmt: skip
"""Verbs that make a date what follows it ("had set March 31 the deadline for …")."""
STAY_LEMMAS = frozenset({"stay", "remain", "live", "reside"})
"""Verbs of staying in a place: a stay permitted up to a date ("can stay until") or barred past
it ("will not be allowed to stay after") names a cut-off."""
ENTRY_LEMMAS = frozenset({"enter", "cross"})
"""Verbs of coming into a country: entry barred without papers past a date ("after <date>, no
one will be able to enter Pakistan without a passport and visa", "to cross into Pakistan
without a passport or visa") is a requirement of papers from that date, as "will require a
passport and visa from <date>" is."""
ENTRY_PAPERS = frozenset({"passport", "passports", "visa", "visas"})
"""Papers of entry, besides the identity papers of the shared vocabulary."""
ENTRY_PAPERS_REACH = 6
"""Words from a verb of entry to its "without" ("enter Pakistan's territory without")."""
PRESENT_PERMISSIONS = frozenset({"can", "may", "is", "are", "remain", "remains", "current"})
"""Words that tell a stay or a document's validity as holding now ("can remain until", "are
valid until", "remain valid till", "beyond the current expiry date of …")."""
PERFECT_PRESENT = frozenset({"has", "have", "'ve", "’ve"})
"""With "been", a state holding now ("the cards have been extended until …"), as "are valid
until" is."""
PAST_TENSE_WORDS = frozenset({"was", "were", "had", "could", "might", "previously", "earlier"})
"""Words that tell a clause's stay or validity as past ("were valid until", "could stay until")."""
BARRING_PERMISSIONS = frozenset({"allowed", "permitted", "can", "ca", "may", "able"})
"""Words of permission a negation turns into a bar ("not allowed to stay", "cannot remain",
"may not live"); "will" alone is none ("will not stay" tells what people do)."""
BAR_LEMMAS = frozenset(
    {"bar", "stay", "halt", "suspend", "stop", "protect", "exempt", "shield", "restrain"}
)
"""Words that hold off a deportation up to a date ("barred the deportation of PoR holders
until", "a stay on deportation till"): the people are protected, their papers good, until it."""
BAR_REACH = 4
BARRED_ACTION_REACH = 6
"""Words from an action to "from", and from "from" to a verb of barring ("stops all law
enforcement agencies from executing any actions")."""
"""Words from such a word (or a negation) to the deportation it holds off."""
PERMIT_LEMMAS = frozenset({"need", "require"})
"""Verbs that bind a stay to a permit ("will need an NOC to stay beyond <date>")."""
BARRED_PREPOSITIONS = frozenset({"from", "after", "past", "beyond"})
"""Prepositions of a stay barred past a date: "after/past/beyond <date>" after the stay,
"from <date>, no … will be allowed to stay" before it."""
BARRED_STAY_REACH = 16
"""Words between a verb of staying and its date, past a place and a permit ("stay in the
Islamabad Capital Territory (ICT) without having proper permission from authorities after")."""
NAME_ASIDE_WORDS = 4
"""Words of a name set off by commas that a verb of staying reads past ("reside in the federal
capital, Islamabad, beyond January 15")."""
ASIDE_BREAKS = frozenset({*FUTURE_AUXILIARIES, *PERFECT_AUXILIARIES, "is", "are", "was", "were",
                          "be", "been", "who", "which", "that", "said", "says"})  # fmt: skip
"""Words that make a stretch set off by commas a clause of its own, not a noun in apposition
("no person, resident of any other country, will be able to …" reads past the aside; ", who
have been told, " or ", he said, " is not read past)."""
COMPLEMENTIZERS = frozenset({"that"})
"""Words that open a reported clause: a time right after one opens that clause ("he said that
after <date>, no one will be allowed to stay …") as a time at a sentence's start does."""
PERMIT_REACH = 16
"""Words from a verb of needing to its stay ("need a no-objection certificate (NOC) from the
Deputy Commissioner to stay")."""
NEGATION_REACH = 8
"""Words from a negation to the permission it negates ("no Afghan nationals will be allowed")."""
ENDING_TIME_WORDS = frozenset({"on", "at", "in", "by", "after", "before", "today", "tomorrow"})
"""Words right after an intransitive verb of ending ("set to conclude on", "due to expire at
midnight"): a time follows, not a thing ended."""
DATE_WORDS = frozenset({"date", "day"})
"""A bare noun of a day a value is set as ("announced November 30 as the date for the removal
of …"): a deadline only with an order's act or people after "for"."""
ORDER_NOUN_LEMMAS = frozenset(
    {*(words[-1] for words in DEADLINE_NOUNS if len(words) == 1), *ISSUED_NOUNS,
     "directive", "direction", "instruction", "notification", "notice", "order", "decision",
     "circular", "mandate", "warning", "deadlines", "ultimatums"}
)  # fmt: skip
"""Nouns of an order made (its deadline noun, "directive", "directions", "instructions",
"notification", "order" …): "issued <one> on <date>" dates the act of making it."""
ISSUING_LEMMAS = frozenset(
    {"issue", "announce", "give", "impose", "serve", "hand", "set", "declare", "send", "pass",
     "deliver", "extend", "unveil", "release", "circulate"}
)  # fmt: skip
"""Verbs of making an order ("issued an ultimatum", "served a notice", "handed … a
deadline"): "on <date>" after their object and its recipient is the day they acted."""
ISSUED_OBJECT_REACH = 4
"""Words from a verb of making an order to its noun ("issued a fresh, final ultimatum", "gave
the Afghans a deadline")."""
RECIPIENT_REACH = 8
"""Words from an order noun's "to" to "on <date>" ("issued directions to the Sindh government
on …")."""
PAST_PHASE_OPENERS = frozenset({"after", "following", "since"})
"""Words before a phase that make it what came before ("after phase one", "following the
completion of Phase-I"): context of the clause, not the phase its date belongs to."""
COMPLETION_NOUNS = frozenset({"completion", "end", "conclusion", "close", "culmination", "wake"})
"""Nouns of a phase being over before its "of" ("the completion of Phase-I")."""
COMPLETION_LEMMAS = frozenset({"complete", "finish", "conclude"})
"""Verbs of bringing a process to its end ("to complete the repatriation process by …")."""
UNDERTAKING_LEMMAS = frozenset({"engage", "undertake", "participate"})
"""Verbs whose object says what is done ("to engage in voluntary repatriation before …", "to
participate in the repatriation"): with an action of the ledger's orders as that object, the
purpose is that action, as after a verb of completing."""
ORDERING_LEMMAS = frozenset(
    {"direct", "order", "instruct", "ask", "tell", "notify", "command", "warn", "urge"}
)
"""Verbs of ordering someone ("directed the Sindh government on February 13 to begin …"): "on
<date>" after their object is the day of the order, not when its act is to happen."""
RANGE_WORDS = frozenset({"to", "–", "—"})
"""Words between the two numbers of a range of lengths ("a three to six-month extension")."""
SPEECH_WORDS = frozenset({
    "conference", "briefing", "presser", "ceremony", "speech", "seminar", "gathering", "rally",
    "reporters", "journalists", "media", "newsmen", "speaking", "addressing", "talking",
})  # fmt: skip
"""Words of a speech or its hearers: a place right after them ("a press conference in
Islamabad", "told reporters in Quetta") is where the speaker spoke, not the order's place."""
SPEECH_PLACE_REACH = 3
"""Words between such a word and the "in"/"at" of its place ("speaking to the media in")."""
PRESS_NOUNS = frozenset({"release", "statement", "note", "club", "secretary", "officer"})
"""Nouns after "press" that make it the news media ("a press release"), as a word of a speech
does ("a press conference"): not a verb of pressing for a change."""
