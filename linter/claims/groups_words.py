"""Language words of the group claims reader (group words come from the ledger).

Contrast markers, copulas, classing verbs, words for documents and staying, phase words,
number hedges and the words that tie a number to a group. Shared meanings (negations, clause
breaks, relatives, person nouns, lacking/holding) come from :mod:`narrlint.nlp.vocabulary`;
these lists have meanings of their own to the group reader.
"""

from __future__ import annotations

from narrlint.nlp.quantities import ORDINALS
from narrlint.nlp.vocabulary import HOLDING_WORDS, IDENTITY_PAPERS, NUMBER_HEDGES

COLLECTIVE_AFTER_SINGULAR = {
    "families", "family", "children", "child", "women", "men", "population", "populations",
    "community", "communities", "households", "household", "youths", "students", "workers",
}  # fmt: skip
"""Nouns a singular head may qualify and still name people ("undocumented refugee families");
any other noun makes the head an adjunct ("illegal refugee camps")."""
ORIGIN_ADJECTIVES = {"foreign", "afghan", "afghani", "overseas", "young", "new"}
"""Lower-case words of origin or age a modifier may stand before a head with ("illegal
foreign refugees"): the modifier still marks the head's phrase."""
CONTRAST_WORDS = {
    "not", "n't", "n’t", "never", "nor", "neither", "unlike", "except", "excluding", "exempt",
    "exempted", "exempting", "sparing", "spared", "besides", "nothing", "instead", "excepting",
    "untouched", "unaffected", "immune", "excluded", "exemption", "exemptions", "versus", "vs",
    "vs.",
}  # fmt: skip
CONTRAST_PHRASES = (
    ("rather", "than"), ("apart", "from"), ("aside", "from"), ("other", "than"),
    ("instead", "of"), ("as", "opposed", "to"), ("no", "longer"), ("let", "alone"),
)  # fmt: skip
"""Where a clause stops stating what it states: "targets X, not Y", "X rather than Y"."""
CONTRAST_FIRST = frozenset(p[0] for p in CONTRAST_PHRASES)
EXEMPTION_WORDS = {
    "exempt", "exempted", "exempting", "exemption", "spare", "spared", "sparing", "excluded",
    "excluding", "untouched", "unaffected", "immune", "shielded",
}  # fmt: skip
FUTURE = {"will", "would", "shall", "'ll", "’ll", "soon", "after", "from", "once", "if",
          "unless", "could", "might", "may", "until", "till", "become", "becomes", "when",
          "before", "initially", "originally", "previously", "formerly", "ago", "then"}  # fmt: skip
"""Words that put a predicate about documents at another time (later, earlier: "were
undocumented when they arrived") or in a condition."""
PLACE_OR_TIME = frozenset({"from"})
"""Words of :data:`FUTURE` that open a place as well as a time ("from April 1", "arrested from
Quetta"): a time only before a date or a time word (:mod:`narrlint.claims.groups_times`)."""
TIME_ADVERBS = frozenset({"now", "then", "next", "onwards", "onward"})
"""Time words after "from" that are no date ("from now on", "from next month")."""
EXPIRED = {"expired", "lapsed", "invalid", "outdated", "cancelled", "canceled", "revoked",
           "fake", "forged", "old", "void"}  # fmt: skip
"""Cards that no longer make their holders members of the card's group."""
COPULAS = {
    "are", "is", "were", "was", "be", "been", "being", "remain", "remains", "remained",
    "become", "becomes", "became", "'re", "’re", "'s", "’s",
}  # fmt: skip
CLASSING = {
    "considered", "counted", "classed", "classified", "recognised", "recognized", "treated",
    "regarded", "designated", "listed", "deemed", "registered", "recorded", "termed", "known",
    "called", "categorised", "categorized",
}  # fmt: skip
"""Participles that classify like a copula: "ACC holders are counted as refugees"."""
ERROR_FRAMES = frozenset(
    {
        "wrongly", "mistakenly", "falsely", "unfairly", "erroneously", "incorrectly",
        "accused", "accuse", "accuses", "accusing", "criticised", "criticized",
    }
)  # fmt: skip
"""Words that call the classing after them wrong ("accused of treating refugees as ...")."""
CLASSING_LEMMAS = frozenset(
    {
        "class", "classify", "consider", "count", "deem", "list", "recognise", "recognize",
        "regard", "register", "treat", "categorise", "categorize",
    }
)  # fmt: skip
"""Verbs (lemmas) of classing: "the government counts ACC holders as refugees"."""
PREDICATE_FILLERS = {
    "also", "all", "now", "still", "mostly", "largely", "mainly", "often", "technically",
    "officially", "formally", "legally", "effectively", "actually", "in", "fact", "as", "a",
    "an", "the", "themselves", "too", "both", "either", "currently", "already", "generally",
    "usually", "typically", "predominantly", "overwhelmingly", "to", "thought", "believed",
    "estimated", "said", "reported", "known", "essentially", "simply", "found",
    "allegedly", "reportedly", "apparently", "purportedly", "supposedly", "suspected",
}  # fmt: skip
STAY_PARTICIPLES = {
    "living", "residing", "staying", "present", "settled", "remaining", "live", "lives",
    "lived", "reside", "resides", "resided", "stay", "stays", "stayed", "remain", "remains",
    "remained",
}  # fmt: skip
"""Verbs of staying: "... live in Pakistan illegally" puts the subject among a group whose
modifier is that adverb."""
GIVEN_PARTICIPLES = {"issued", "provided", "given", "granted", "distributed", "handed",
                     "awarded", "allotted"}  # fmt: skip
"""'The ACCs were issued to ...': documents given to people make them the documents' group;
right after a people noun ("880,000 refugees granted ACCs") the people hold them."""
STAY_MEANS = {"on", "under", "over", "through"}
"""Words of the means a group stays by: "living in Pakistan on/under Afghan Citizen Cards"
("over" in South Asian English)."""
PLACE_PREPOSITIONS = {"in", "inside", "across", "within", "throughout"}
PLACE_NOUNS = {"country", "province", "city", "region", "camps", "camp"}
AREA_NOUNS = frozenset({"suburbs", "outskirts", "city", "province", "district", "districts",
                        "capital", "town", "region", "parts", "areas", "streets"})  # fmt: skip
"""Nouns of a part of a named place ("in the suburbs of Islamabad", "in the city of
Karachi"): where a group lives, as the place's name alone."""
TIME_SETTING = frozenset({"in", "during", "of"})
"""Words before a month that set a sentence's count in that time ("in August 2021", "as of
June 2023", "at the end of March 2024")."""
PLACE_ADVERBS = frozenset({"here", "there"})
"""Adverbs that stand for the place a group stays in ("living here on ACCs")."""
STATUS_NOUNS = {"status"}
STATUS_QUALIFIERS = frozenset({"formal", "official", "full", "recognised", "recognized"})
"""Words of a status's standing before it ("have formal refugee status"): the status is
still the group's."""
HAVING_STATUS = {"have", "has", "had", "hold", "holds", "held", "enjoy", "enjoys", "enjoyed",
                 "get", "gets", "got", "granted", "given", "receive", "receives", "received",
                 "with"}  # fmt: skip
"""'refugee status': the head word of a refugee group followed by this names the attribute."""
PHASE_WORDS = {"phase", "phases", "stage", "stages"}
LEGAL_QUALIFIERS = frozenset({"valid", "legal", "proper", "legitimate", "lawful", "official"})
"""Words that make papers lawful ("valid documents", "legal status"): people said to hold
them are among the groups with documents."""
LEGALLY = frozenset({"legally", "lawfully"})
"""'living legally in Pakistan': people who stay with documents."""
REMOVAL_PARTICLES = frozenset({"back", "home", "out"})
"""After a verb of moving people ("sent back", "pushed out", "sent home"): the phrase is a
removal, as the phase's own action words are."""
MOVING_LEMMAS = frozenset({"send", "push", "force", "drive", "kick", "throw", "ship"})
FINAL_WORDS = {"last", "final", "concluding"}
"""'the last phase': the plan's final phase (its number is the ledger's highest)."""
SINCE_WORDS = frozenset({"since"})
"""Before a date, the day from which something has gone on ("active since November 1,
2023"): a plan's start, not the cut-off of the phase that falls on that day."""
YEAR_SETTERS = frozenset(TIME_SETTING | SINCE_WORDS | {"by", "until", "till", "before", "after"})
"""Words that set a bare year as a time ("By 2023, ...", "since 2021"): the year counts no
one."""
TEMPORAL_BEFORE_PHASE = {"after", "before", "following", "since", "until", "till", "ahead",
                         "preceding", "post", "pre", "beyond", "once", "completing",
                         "completed", "end", "unlike"}  # fmt: skip
"""'after phase one, ...': a phase used as a time, not as the subject of targeting."""
CONTINUATION = {
    "remaining", "remain", "remains", "remained", "still", "left", "continue", "continues",
    "continued", "continuing", "also", "too", "again", "more", "further", "other", "leftover",
    "rest", "stragglers", "additional", "besides", "alongside", "well",
}  # fmt: skip
"""Words that put a group in a later phase as left over from its own ("remaining illegal
foreigners", "deportations of undocumented Afghans continue")."""
JOINERS = {"and", ",", "&", "as", "well", "both", "the", "all", "any", "other", "plus", "along",
           "together", "with", "alongside"}  # fmt: skip
"""Words that join two groups into one target: "X and Y", "X as well as Y", "X along with any
Y" ("with" only after "along"/"together": see :data:`JOIN_CONNECTORS`)."""
LACKING_PEOPLE = {"people", "persons", "individuals", "afghans", "nationals", "citizens", "those",
                  "families"}  # fmt: skip
"""Generic nouns for people that a denial of documents after them makes the undocumented
("people with no papers", "Afghan nationals without valid documents")."""
JOIN_CONNECTORS = {"and", "as", "&", "plus", "along", "together", "alongside"}
"""The words of :data:`JOINERS` that join on their own (a determiner or "with" does not)."""
PLANNED = {"will", "shall", "'ll", "’ll", "would", "to", "next", "plan", "plans", "planned",
           "going"}  # fmt: skip
"""Words of a plan ("will be deported", "are to leave"): a plan pairs a phase with a group."""
NOT_PLANNED_TO = frozenset({"according", "due", "owing", "prior", "thanks", "close", "related",
                            "similar", "contrary"})  # fmt: skip
""" "according to", "due to": words before "to" that make it no plan's "to"."""
TARGET_WORDS = {
    "target", "targets", "targeted", "targeting", "targetted", "aimed", "aims", "aim",
    "aiming", "cover", "covers", "covered", "covering", "focus", "focuses", "focused",
    "focusing", "apply", "applies", "applied", "applying", "directed", "against", "include",
    "includes", "included", "including", "concern", "concerns", "concerned", "involve",
    "involves", "involved", "deal", "deals", "dealt",
}  # fmt: skip
EXPOSURE_VERBS = {
    "put", "puts", "putting", "place", "places", "placed", "placing", "threaten", "threatens",
    "threatened", "threatening", "affect",
    "affects", "affected", "affecting", "endanger", "endangers", "endangered", "endangering",
    "expose", "exposes", "exposed", "exposing", "impact", "impacts", "impacted", "impacting",
    "hit", "hits", "hitting", "target", "targets", "targeted", "targeting", "cover", "covers",
    "covered", "covering", "uproot", "uproots", "uprooted", "uprooting", "force", "forces",
    "forced", "forcing", "order", "orders", "ordered", "ordering", "tell", "tells", "told",
    "telling", "ask", "asks", "asked", "asking", "direct", "directs", "directed", "directing",
    "give", "gives", "gave", "giving", "expel", "expels", "expelling", "deport", "deports",
    "deporting",
}  # fmt: skip
"""Verbs that make a number the group an order falls on ("putting 1.4 million ... at risk")."""
EXPOSURE_AFTER = (
    ("at", "risk"), ("in", "danger"), ("at", "stake"), ("in", "limbo"), ("vulnerable",),
    ("in", "the", "firing", "line"), ("in", "jeopardy"),
)  # fmt: skip
MODALS = {"now", "could", "may", "will", "would", "might", "must", "all", "still"}
FIGURE_HEDGES = NUMBER_HEDGES | {"the"}
"""Words before a group's figure: between a verb and the number it governs ("putting some 1.4
million"), and walked back over to the figure's start ("the estimated 1.7 million")."""
JOINED_PEOPLE = frozenset({"those", "others", "everyone", "anyone"})
"""Pronouns of people that a group's number may be joined to ("... refugees having ACCs and
those residing illegally"): the number counts both."""
RAISING_VERBS = {"believed", "thought", "estimated", "said", "reported", "known", "considered",
                 "understood", "assumed", "presumed", "feared", "alleged"}  # fmt: skip
"""Verbs of an opinion that raise the people to the subject of "to be" ("1.4 million Afghans
are believed to be living here illegally", "considers 1.4 million Afghans to be ...")."""
FORECAST_MODALS = frozenset({"will", "would", "could", "may", "might"})
"""Modals of a forecast: before a verb of leaving in its base form ("1.6 million Afghan
refugees will return from Pakistan this year") they count people expected to move, a flow; not
"must"/"should", whose departures are what an order demands of a group
(:mod:`narrlint.claims.groups_flows`)."""
AUXILIARY_FILLERS = {"have", "has", "had", "been", "were", "was", "are", "is", "being",
                     "already", "so", "far", "reportedly", "since", "now", "all"}  # fmt: skip
"""Auxiliaries and adverbs read through between a group or number and its verb ("... have
so far been deported")."""
STILL_ADVERBS = frozenset({"currently", "still", "presently", "meanwhile"})
"""Adverbs of a stay's time read through between a number's people and where or how they stay
("1.7 million ... are currently in Pakistan without documents")."""
ORDER_NOUNS = {"move", "order", "orders", "decision", "plan", "deadline", "drive", "policy",
               "crackdown", "ultimatum", "phase", "campaign", "operation", "directive",
               "announcement", "measure"}  # fmt: skip
"""Nouns that refer back to an order ("The move put ... at risk")."""
ADDRESSED_ORDERS = frozenset({"ultimatum", "ultimatums", "order", "orders", "deadline",
                              "deadlines", "directive", "directives", "notice",
                              "notices"})  # fmt: skip
"""Nouns of an order addressed to people ("an ultimatum to ...", "the deadline for ...")."""
ORDER_ADDRESSES = frozenset({"to", "for", "against"})
ORDERING_LEMMAS = frozenset({"order", "force", "compel", "direct", "instruct"})
"""Verbs of ordering people away ("ordered Afghan refugees and migrants ... to leave")."""
ORDERED = {"ordered", "told", "given", "asked", "required", "directed", "instructed",
           "compelled", "forced", "must", "expected"}  # fmt: skip
"""'... were ordered/told/given 30 days to leave': the number is the group the order names."""
FACING_LEMMAS = frozenset({"face", "risk", "fear"})
"""'... face deportation', '... risk arrest': the number is the group an order falls on."""
HEDGE_ABOVE = (("more", "than"), ("over",), ("above",), ("at", "least"), ("upwards", "of"),
               ("in", "excess", "of"), ("exceeding",), ("beyond",))  # fmt: skip
HEDGE_BELOW = (("nearly",), ("almost",), ("close", "to"), ("just", "under"), ("up", "to"),
               ("under",), ("less", "than"), ("fewer", "than"), ("nearing",),
               ("just", "below"), ("below",))  # fmt: skip
HEDGE_ABOUT = (("about",), ("around",), ("approximately",), ("roughly",), ("some",),
               ("an", "estimated"), ("estimated",), ("circa",), ("~",), ("approx",),
               ("approx.",), ("some", "estimated"), ("nearly", "about"))  # fmt: skip
SCALE_SUFFIXES = {"m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "k": 1e3}
SCALE_WORDS = {"lac": 1e5, "lacs": 1e5, "lakhs": 1e5}
"""Spellings of the South Asian scale word the number reader does not know ("13 lac Afghans",
"eight Lac"): a number before them is read as that many hundred thousands."""
PERCENT = {"%", "percent", "per", "pc", "percentage"}
QUOTES = {'"', "“", "”", "„", "«", "»", "'", "‘", "’"}
PRE_FIGURE_BRIDGE = {
    ",", "(", "numbering", "number", "numbers", "numbered", "totalling", "totaling", "total",
    "totalled", "totals", "estimated", "at", "put", "stand", "stands", "stood", "is", "was",
    "are", "were", "reached", "reach", "reaches", "to", "rose", "fell", "of", "some",
    "about", "around", "nearly", "almost", "over", "roughly", "approximately", "—", "–", "-", ":",
    "count", "counted", "tally", "figure", "including", "an", "among", "them", "whom", "has",
    "have", "had", "been", "now", "currently", "fallen", "risen", "grown", "dropped",
    "declined", "increased", "climbed", "who", "which", "remain", "remains", "remained",
}  # fmt: skip
COUNT_ENDS = {"who", "which", "in", "across", "nationwide", "according", "as", "at", "and"}
"""Words after a number that end a count given by a copula ("... are about 800,000 in
Pakistan", "..., according to UNHCR")."""
ADJECTIVE_JOINERS = {"or", "and", ",", "/"}
"""Words joining two adjectives before one noun ("unregistered or undocumented foreigners")."""
DOCUMENT_LINKS = {"of", "for", "by"}
"""Words between a group's documents and a number of people that make them the holders:
"PoR cards of / for 1.3 million Afghans", "ACCs held by 800,000 people"."""
HELD_PARTICIPLES = {"held", "possessed", "carried"}
HELD_FILLERS = {",", "is", "are", "was", "were", "which", "that", "currently", "now", "still",
                "being", "been", "–", "—"}  # fmt: skip
"""Words between documents and "held by" ("the ACC, which is currently held by ...")."""
PRE_FIGURE_ANCHORS = {"(", "including", "numbering", "number", "numbers", "numbered", "totalling",
                      "totaling", "total", "totalled", "totals", "estimated", "stand",
                      "stands", "stood", "reached", "count", "counted", "tally"}  # fmt: skip


HOLDING_VERBS = HOLDING_WORDS | {"have", "has", "had", "possess", "possesses"}
"""Words saying someone has something, with the forms of "have" ("those who have PoR cards",
"PoR card holders have no documents")."""
REGISTERING = frozenset({"registered", "documented", "enrolled", "recorded", "listed"})
"""Participles before the papers that register people ("Afghans registered with ACCs")."""
RECEIVING_VERBS = frozenset({"received", "receive", "receives", "obtained", "obtain", "obtains",
                             "got", "get", "gets", "acquired"})  # fmt: skip
"""Verbs of receiving documents: "refugees who received ACCs" hold them."""
GOT_PAPERS = frozenset(RECEIVING_VERBS | GIVEN_PARTICIPLES)
"""Words opening a holding that says the people came by the documents ("received ACCs",
"were issued ACCs"), not only that they hold them: documents got made people without any
their documents' group from then on, so such a holding speaks only of refugee status."""

PHASE_FILLERS = frozenset({"the", "of", "its", "this", "that", "plan", "'s", "’s", *ORDINALS})
"""Words between a time preposition and a phase word ("after the second phase")."""

POSSESSION_NOUNS = frozenset({"possession"})
"""'in possession of the PoR card': a noun of holding before "of"."""
CONCESSIVE = frozenset({"but", "yet", "though", "although"})
CONCESSION_FILLERS = frozenset({"in", "still", "also", "all", "now", ","})
"""Words after a concession and before what is conceded ("unregistered but still holding")."""
NEGATION_PREFIXES = ("un", "il", "ir")
"""Prefixes that negate a group's modifier ("undocumented", "illegal", "irregular"): the word
without one names the groups that have what the modifier denies."""
REGISTRATION_WORDS = frozenset({"registered", "enrolled"})
"""Words of a registration, a past act: a group that registered stays registered after its
papers lapse, so "unregistered" denies it refugee status on any day ("policies against
unregistered Afghan refugees" after the registered refugees' stay ended)."""
WORLD_SCOPE = frozenset({"abroad", "worldwide", "overseas", "globally"})
"""Words that put a group's people all over the world ("7 million Afghan refugees ... living
abroad", "6 million Afghan refugees worldwide"), a population beyond the ledger's country."""
WORLD_PHRASE_OPENERS = frozenset({"around", "across", "over", "throughout"})
"""Words before "the world" that say the same ("living around the world")."""
ABROAD_BEFORE = frozenset(PLACE_PREPOSITIONS | {"from"})
"""Words before a country that set it as the place a number's people are in ("In Iran,")."""
HOSTING_LEMMAS = frozenset({"host", "house", "shelter", "deport", "expel", "receive"})
"""Verbs after a country that make it the place a number's people are in ("Iran hosts")."""
PART_QUANTIFIERS = (
    ("most",), ("many",), ("some",), ("a", "majority"), ("the", "majority"), ("half",), ("all",),
    ("several",), ("thousands",), ("hundreds",), ("millions",), ("the", "bulk"),
    ("the", "vast", "majority"), ("a", "large", "majority"), ("the", "overwhelming", "majority"),
    ("a", "vast", "majority"), ("a", "large", "number"), ("a", "number"),
    ("a", "significant", "number"), ("a", "large", "share"), ("a", "large", "proportion"),
    ("a", "significant", "proportion"),
)  # fmt: skip
"""Words for a part of a group before "of whom"/"of them" ("refugees, most of whom are ...",
"..., many of them ...")."""
FOCUS_ADVERBS = (
    "mostly", "mainly", "largely", "primarily", "predominantly", "chiefly", "principally",
    "especially", "particularly", "notably", "overwhelmingly",
)  # fmt: skip
"""Adverbs that name the main part of a group after it ("illegal immigrants, mostly ...")."""
FOCUS_PHRASES = tuple(
    ("with", *article, *adjective, noun, "on")
    for article in (("a",), ())
    for adjective in ((), ("significant",), ("particular",), ("special",), ("strong",),
                      ("major",), ("primary",), ("main",))
    for noun in ("focus", "emphasis")
)  # fmt: skip
"""Words after a wider group that name its main part ("deport illegal foreigners with a
significant focus on Afghan refugees"), as :data:`FOCUS_ADVERBS` do ("..., mostly ...")."""
ONLY_WORDS = frozenset({"only", "just", "merely"})
"""Words before a part's count that say the rest of the whole are not of the part ("only 1.5
million of whom are registered")."""
PARTITION_WORDS = frozenset({"of", "among", "amongst", "within"})
"""Words that open the parts of a whole ("Of these, ...", "Among the refugees, ...", "Within
this population, ...")."""
LISTING_WORDS = frozenset({"including", "includes", "include", "such as", "among them"})
"""Words that name a part of a whole as one item of a list ("over three million Afghan
refugees including about 1.4 million PoR card holders"): they say nothing of the rest."""
PARTITION_PRONOUNS = frozenset({"these", "them", "those", "whom", "which"})
BACK_DETERMINERS = frozenset({"this", "that", "these", "those", "the"})
WHOLE_NOUNS = frozenset({"population", "populations", "number", "group", "total", "figure",
                         "community", "caseload", "lot", "cohort", "tally", "count"})  # fmt: skip
"""Nouns that, after a determiner of :data:`BACK_DETERMINERS`, refer back to the whole counted
just before as a pronoun does ("Within this population, ...", "Of this number, ...")."""
PARTITION_OPENS = frozenset({",", ";", ":", "—", "–", "that"})
"""Where a partition may open: a sentence's start or after one of these ("reports indicate
that among ...")."""
DATELINE_MARKS = frozenset({":", "-", "–", "—"})
"""Marks that end a dateline ("ISLAMABAD:", "Peshawar (Agency) -")."""
SUBJECT_RELATIVES = frozenset({"who", "that"})
"""Relatives that make the group the subject of what follows ("refugees who were jailed")."""
DENYING_WORDS = frozenset({"not", "n't", "n’t", "never"})
"""Words denying the verb after them, "n’t" with the curly apostrophe of published text too
(spaCy splits "didn’t" into "did" and "n’t")."""
OWNING_VERBS = frozenset({"have", "has", "had", "hold", "holds", "held", "possess", "possesses",
                          "possessed", "got"})  # fmt: skip
"""Verbs of owning papers that a negation denies ("who didn't have PoR cards", "have not
got"); not "carry", whose denial says the papers were not on them at the time."""
DO_FORMS = frozenset({"do", "does", "did"})
"""Forms of "do" before a negation ("who did not have valid documents")."""
PERMITS = frozenset({"visa", "visas", "permit", "permits", "passport", "passports"})
"""Papers people with documents may lack too: in a list before identity papers ("who lacked
visas or valid documents") the denial still reaches the papers."""
STAY_PERMITS = frozenset({"permit", "permits", "permission"})
"""Papers of a lawful stay when a word of lawfulness or residence qualifies them ("without a
legal permit", "without residence permits", "without legal permission"): a denial of the
group's documents; a permit for something else ("a work permit") or bare ("without a
permit") is not."""
STAY_PERMIT_QUALIFIERS = frozenset({"legal", "lawful", "residence", "residency"})
"""Words that make a permit one of a lawful stay (:data:`STAY_PERMITS`)."""
PERMIT_LINKS = frozenset({"or", "and", ",", "nor"})
LISTED_PAPERS = PERMITS | IDENTITY_PAPERS | {"card", "cards", "certificate", "certificates"}
"""Nouns that end an item of papers the ledger keeps no group for ("valid visas", "national
identity cards", "birth certificates"): in a list held with a group's documents ("holding
valid visas, PoR, and ACC cards") such an item is read past to the documents after it."""
ENTRY_VERBS = frozenset({"entered", "enter", "enters", "entering", "crossed", "cross",
                         "crosses", "crossing", "came", "come", "arrived", "arrive",
                         "sneaked", "snuck", "slipped"})  # fmt: skip
"""Verbs of coming into the country that an adverb of the undocumented may go with ("refugees
who illegally entered the country", "... crossed into Pakistan illegally"): the people came
without papers, as "living illegally" says they stay without them."""
CROSSING_QUALIFIERS = frozenset({"travel"})
"""Words that make papers a crossing's ("no valid travel documents"): a passport or a visa,
which people with residence papers may lack too, so denying them denies no group's papers."""
VERB_AFTER = COPULAS | MODALS | AUXILIARY_FILLERS | ORDERED
"""Words after a group that give it a clause of its own ("... and ACC holders will go next"),
with the verbs of :data:`FACING_LEMMAS`."""
PLURAL_APOSTROPHE_AFTER = (
    frozenset({"in", "from", "at", "across", "inside", "into", "who", "that", "without"})
    | (STAY_PARTICIPLES - {"present", "settled"})
    | COPULAS
    | MODALS
    | AUXILIARY_FILLERS
) - {"'s", "’s", "all", "so", "far"}  # fmt: skip
"""Words after "Afghan’s" that no possessive takes before its noun ("undocumented Afghan’s in
Pakistan", "... Afghan’s were held"): the apostrophe is a misspelt plural, not a possessive
("undocumented Afghan’s family")."""
