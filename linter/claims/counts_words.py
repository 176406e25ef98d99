"""The words of the casualty-count reader (:mod:`.counts_phrases`, :mod:`.counts_attribution`):
what makes a number a count of the dead or injured, and what does not. Shared language
(negations, reporting verbs, person nouns) comes from :mod:`narrlint.nlp.vocabulary`."""

from __future__ import annotations

from narrlint.nlp.vocabulary import (
    CURRENCIES,
    LABEL_NOUNS,
    NUMBER_HEDGES,
    PERSON_NOUNS,
    RELATIVES,
    TITLE_ABBREVIATIONS,
)

# Vocabulary of counts
KILLED, INJURED, CASUALTIES = "killed", "injured", "casualties"
# How reporting counts the dead of the other side: "nine militants were eliminated", "troops
# neutralised 14 attackers", "17 terrorists were sent to hell", "23 soldiers embraced
# martyrdom". These words count the dead only when people are counted ("eliminated three
# teams", "neutralised two drones" are no deaths): see COUNTED_PEOPLE.
EUPHEMISMS = {
    "eliminated": KILLED, "neutralised": KILLED, "neutralized": KILLED, "executed": KILLED,
    "slaughtered": KILLED, "butchered": KILLED,
}  # fmt: skip
"""Also "seven hostages were executed" (not "seven orders"), "slaughtered" (not goats)."""
EUPHEMISM_VERBS = {
    **EUPHEMISMS, "eliminating": KILLED, "neutralising": KILLED, "neutralizing": KILLED,
    "executing": KILLED, "slaughtering": KILLED,
}  # fmt: skip
PHRASE_PREDICATES = {
    ("embraced", "martyrdom"): KILLED, ("embrace", "martyrdom"): KILLED,
    ("embraces", "martyrdom"): KILLED, ("sent", "to", "hell"): KILLED,
    ("embraced", "shahadat"): KILLED, ("embrace", "shahadat"): KILLED,
    ("burnt", "alive"): KILLED, ("burned", "alive"): KILLED, ("buried", "alive"): KILLED,
    ("breathed", "their", "last"): KILLED,
    ("attained", "martyrdom"): KILLED, ("attained", "shahadat"): KILLED,
    ("gunned", "down"): KILLED, ("mowed", "down"): KILLED,
    ("paid", "the", "ultimate", "sacrifice"): KILLED, ("paid", "the", "ultimate", "price"): KILLED,
    ("made", "the", "ultimate", "sacrifice"): KILLED,
}  # fmt: skip
"""Predicates of more than one word, keyed by their words; the count ends at the last."""
FATAL_ADVERBS = ("fatally", "mortally")
"""Adverbs that make a verb of harm a killing ("fatally shot", "mortally wounded"); others
("critically", "seriously wounded") leave it a wounding."""
HARM_VERBS = ("shot", "stabbed", "wounded", "injured", "struck", "knifed", "beaten", "hurt")
"""Verbs of harm that kill with a :data:`FATAL_ADVERBS` before them."""
FATAL_HARMS = {(adverb, verb): KILLED for adverb in FATAL_ADVERBS for verb in HARM_VERBS}
"""'fatally shot', 'mortally wounded': killings, as subject predicates and object verbs."""
PHRASE_PREDICATES.update(FATAL_HARMS)
PHRASE_FIRSTS = frozenset(words[0] for words in PHRASE_PREDICATES)
# "<N> sustained (serious) injuries", "suffered bullet wounds", "received burns".
INJURY_VERBS = {"sustained", "suffered", "received", "sustaining", "suffering", "receiving"}
INJURY_NOUNS = {"injuries": INJURED, "wounds": INJURED, "burns": INJURED, "injury": INJURED}
MAX_INJURY_ADJECTIVES = 2
# Words after a number that make it a casualty count ("12 killed", "seven dead bodies").
PREDICATES = {
    "killed": KILLED, "dead": KILLED, "died": KILLED, "martyred": KILLED, "slain": KILLED,
    "perished": KILLED, "drowned": KILLED, "succumbed": KILLED, "bodies": KILLED,
    "deaths": KILLED, "fatalities": KILLED, "lives": KILLED, "death": KILLED,
    "injured": INJURED, "wounded": INJURED, "hurt": INJURED, "maimed": INJURED,
    "injuries": INJURED, "casualties": CASUALTIES, "murdered": KILLED, "massacred": KILLED,
    "assassinated": KILLED, "beheaded": KILLED, "lynched": KILLED, "electrocuted": KILLED,
    "deceased": KILLED,
    **EUPHEMISMS,
}  # fmt: skip
PRESENT_DYING = {"die": KILLED, "dies": KILLED, "perish": KILLED, "perishes": KILLED}
"""Present forms a timeline or headline gives a toll with ("50 die in an attack claimed by
the Taliban", "Four people die in a grenade attack"): a count's own verb only right after its
subject, not after "to", a modal or a negation ("100 could die", "expected 50 to die")."""
PREDICATES.update(PRESENT_DYING)
# Verb forms that take the count as their object ("killed seven soldiers"). Base forms ("to
# kill 100") are threats or plans, not counts.
OBJECT_VERBS = {
    "killed": KILLED, "kills": KILLED, "killing": KILLED, "martyred": KILLED,
    "injured": INJURED, "injures": INJURED, "injuring": INJURED,
    "wounded": INJURED, "wounds": INJURED, "wounding": INJURED, "murdered": KILLED,
    "murdering": KILLED, "massacred": KILLED, "massacring": KILLED, "assassinated": KILLED,
    "beheaded": KILLED, "lynched": KILLED, "martyring": KILLED, **EUPHEMISM_VERBS,
}  # fmt: skip
HEADLINE_VERBS = {
    "kill": KILLED, "martyr": KILLED, "injure": INJURED, "wound": INJURED,
    "eliminate": KILLED, "neutralise": KILLED, "neutralize": KILLED,
}  # fmt: skip
"""Present forms a headline reports a toll with ("Security forces kill 12 terrorists"): a
count after a subject, not after "to", a modal or a negation ("vowed to kill 100")."""
NOT_HEADLINE_SUBJECTS = {
    "to", "not", "never", "will", "shall", "may", "might", "can", "must", "should", "would",
    "could", "did", "do", "does", "cannot", "'ll", "n't", "and", "or",
}  # fmt: skip
LIVES_VERBS = {"claimed", "claiming", "claims", "took", "taking", "takes", "cost", "costing"}
LEFT_VERBS = {"left", "leaving", "leaves"}
LOSS_LEMMAS = {"lose", "loss"}
LOSING_VERBS = {"lost", "losing"}
"""A side losing its people in a fight ("the army lost 12 soldiers", "…, while losing 23
soldiers"): a count of its dead only with the people of a force (:data:`FORCE_PEOPLE`), or a
family's members ("one family losing 18 members"); "lost 12 seats", "the party lost 12
members" (to defections) or "lost 12 men to injuries" count no dead, nor does "losing 12
soldiers would…" (a gerund: "losing" counts only after :data:`LOSING_OPENERS` or a family)."""
LOSING_OPENERS = {"while", "whilst", ",", "and", "after", "besides"}
"""Words before a "losing" that reports a side's loss in the same action ("…, while losing 23
soldiers")."""
FAMILY_NOUNS = {"family", "families", "household", "households", "clan"}
"""Subjects whose lost "members" are their dead ("one family losing 18 members")."""
FORCE_PEOPLE = {
    "soldiers", "troops", "personnel", "policemen", "jawans", "servicemen", "fighters",
    "commandos", "cops", "guards", "officers", "militants", "lives",
}  # fmt: skip
# "laid down their lives", "sacrificed their lives", "gave their lives".
GIVING_LIVES = {"lost", "laid", "sacrificed", "gave", "given", "lay", "sacrifice", "give"}
POSSESSIVES = {"their", "his", "her", "its"}
# "the loss of five nationals", "the bodies of 11 miners": nouns whose "of" phrase counts
# the dead when people are counted ("the loss of 300 jobs" does not).
LOSS_NOUNS = {"loss", "losses", "bodies", "elimination", "neutralisation", "neutralization"}
# Nouns whose "of" phrase is a count ("the deaths of 12 miners", "the killing of 12").
DEATH_NOUNS = {"deaths", "death", "killing", "killings", "murder", "murders", "martyrdom"}
# Two-word verbs that take the count as object ("shot dead four polio workers").
PHRASAL_OBJECT_VERBS = {
    ("shot", "dead"): KILLED, ("gunned", "down"): KILLED, ("mowed", "down"): KILLED,
    **FATAL_HARMS,
}  # fmt: skip
"""Checked before :data:`OBJECT_VERBS`: "fatally wounded six" is a killing, not a wounding."""
# "sentenced to death", "put to death": a penalty, not a count of the dead.
TO_DEATH_EXCLUDED_LEMMAS = {"sentence", "condemn", "put", "scare", "bore", "frighten", "worry"}
"""Also "scared to death", "bored to death": a feeling, not a death."""
# Nouns that announce a toll, and the links between them and the number.
TOLL_HEADS = {"toll", "tally", "tolls", "tallies"}
# "toll tax", "toll plaza": a road toll, not a death toll.
ROAD_TOLL_WORDS = {
    "tax", "plaza", "plazas", "booth", "booths", "road", "roads", "free", "gate", "collection",
    "fee", "fees", "charges", "bridge", "operator", "rates",
}  # fmt: skip
TOLL_SUBJECTS = {
    "casualties": CASUALTIES, "deaths": KILLED, "dead": KILLED, "fatalities": KILLED,
    "victims": CASUALTIES, "injured": INJURED, "wounded": INJURED, "killed": KILLED,
    "martyrs": KILLED, "martyred": KILLED, "deceased": KILLED,
}  # fmt: skip
TOLL_LINKS = {
    "rose", "risen", "rises", "rising", "climbed", "climbs", "reached", "reaches", "stood",
    "stands", "jumped", "hit", "hits", "increased", "mounted", "soared", "crossed", "surpassed",
    "exceeded", "included", "include", "includes", "comprised", "comprises", "comprise",
    "numbered", "number", "was", "is", "were",
    "are", "of", "at", "to", "totalled", "totaled", "touched", "passed", "topped",
}  # fmt: skip
RISE_LINKS = {
    "rose", "risen", "rises", "rising", "climbed", "climbs", "reached", "reaches", "jumped",
    "hit", "hits", "increased", "mounted", "soared", "crossed", "surpassed", "exceeded",
    "touched", "passed", "topped", "climbing", "jumping",
}  # fmt: skip
# Words that may stand between a number and its casualty word ("64 people, including
# children, were killed"); a verb-like word outside this list ends the subject.
AUXILIARIES = {
    "were", "was", "have", "has", "had", "been", "be", "are", "is", "being", "got", "get",
    "reportedly", "allegedly", "also", "later", "all", "feared", "believed", "confirmed",
    "reported", "said", "thought", "presumed", "since", "now", "so", "far", "already",
    "suspected", "understood", "estimated", "known",
}  # fmt: skip
BE_LEMMAS = {"be", "get"}
CLARIFYING_LEMMAS = frozenset({"clarify", "elaborate"})
"""Verbs by which a source says more of what it reported ("the DHO clarified that …, and that
the number of the injured was approximately 50", "…, the DHO clarified."): they report with
"that" or as a closing credit, not "elaborated on the plan"."""
"""Auxiliaries of the passive ("were killed", "got hurt"), by lemma."""
SUBJECT_STOPS = {
    ";", ":", "—", "–", "(", ")", *RELATIVES, "whose", "after", "when", "while", "because",
    "before", "since", "until", "if", "but", "than", "told", "says", "say", "according", "per",
    "whereas", "although", "though",
}  # fmt: skip
"""Words that end the subject between a number and its casualty word."""
BREAKDOWN_OPENERS = {"including", "among"}
MAX_BREAKDOWN = 10
MAX_NAMED_BREAKDOWN = 30
"""Tokens an aside of names with their ranks may take ("including Lieutenant Colonel …")."""
SUBJECT_FILLERS = {"including", "among", "them", "of", "and", ",", "in", "on", "at", "from"}
MAX_SUBJECT_GAP = 8
MAX_SUBJECT_WORDS = 5
HEDGES = NUMBER_HEDGES | {
    "fewer", "as", "many", "another", "further", "upwards", "of", "only", "just", "no", "not",
    "less", "past", "above", "beyond", "close", "additional",
}  # fmt: skip
"""Hedges before a casualty count: the shared ones, and the limits and increments of a toll
("as many as", "another 12", "no fewer than", "close to")."""
REPORT_ADVERBS = frozenset({"reportedly", "allegedly", "apparently", "supposedly", "purportedly"})
"""Adverbs of hearsay between a verb and its count ("killed reportedly 20 people", "claimed
reportedly more than 2,000 lives"): they name no source, and the count is the verb's object
as without them."""
# Objects that make "killed <N> …" something other than people.
NOT_PEOPLE = {
    "birds", "bird", "jobs", "job", "percent", "per", "%", "cent", "hopes", "chances",
    "deals", "bills", "projects", "plans", "cattle", "goats", "sheep", "cows", "animals",
    "livestock", "dogs", "rupees", "dollars", "points", "goals", "runs", "wickets", "votes",
    "seats", "trees", "acres", "shares", "orders", "proposals", "applications", "batteries",
    "cells", "phones", "vehicles", "cars", "engines", "plants", "crops", "fish", "horses",
    "camels", "poultry", "chickens", "motions", "talks", "cases", "accounts", "businesses",
    "companies", "factories", "industries", "schemes", "laws", "ideas",
}  # fmt: skip
# "bodies" that are organisations ("government bodies", "two bodies, the NDMA and …").
ORGANISATION_MODIFIERS = {
    "government", "governmental", "regulatory", "international", "statutory", "advisory",
    "governing", "professional", "elected", "representative", "legislative", "administrative",
    "federal", "civic", "political", "student", "trade", "oversight", "global",
    "multilateral", "aid", "relief", "humanitarian", "donor", "sports", "judicial", "apex",
    "official", "public", "state", "religious", "business", "industry", "standards",
    "coordinating", "decision", "making", "autonomous", "constitutional", "parliamentary",
}  # fmt: skip
# "hurt" at an economic scale ("2 million traders were hurt by fuel prices") is no injury.
HURT_CEILING = 100_000
# Numbers that measure something else ("10 pm", "45-year-old", "5 times", "$3 billion").
UNITS_AFTER = {
    "percent", "per", "%", "cent", "pm", "am", "p.m.", "a.m.", "km", "kilometres",
    "kilometers", "miles", "mile", "metres", "meters", "kg", "tonnes", "tons", "hours",
    "hour", "minutes", "minute", "seconds", "days", "day", "weeks", "week", "months",
    "month", "years", "year", "decades", "decade", "centuries", "times", "o'clock",
    "degrees", "feet", "crore", "lakh",
} | CURRENCIES  # fmt: skip
UNITS_BEFORE = LABEL_NOUNS | {
    "flight", "route", "phase", "grade", "class", "aged", "age",
    "ages", "under", "room", "ward", "bed", "gate", "platform",
} | CURRENCIES  # fmt: skip
ONE_EXCLUDED_BEFORE = {
    "no", "not", "any", "every", "each", "the", "this", "that", "which", "someone",
}  # fmt: skip
DEFINITE = {"the", "these", "those", "its", "their", "his", "her", "our", "whose"}
# Words that start the object of an active verb ("militants killed a policeman").
OBJECT_STARTERS = {"a", "an", "the", "his", "her", "their", "its", "him", "them", "dozens",
                   "scores", "hundreds", "thousands", "several", "many"}  # fmt: skip
# "<N> others", "<N> more": a count that adds to another one.
DEPENDENT_WORDS = {"others", "other", "more"}
# Back-references to a count in an adjacent sentence ("the toll", "the dead", "those killed").
REFERRING_NOUNS = {
    "toll", "tally", "dead", "deaths", "victims", "casualties", "fatalities", "injured",
    "wounded", "bodies", "figure", "figures", "count", "killings", "number", "numbers",
    "death", "martyrs", "injuries", "deceased", "martyrdom", "martyrdoms", "killing",
}  # fmt: skip
REFERRING_DETERMINERS = {"the", "this", "that", "these", "those", "its", "their"}
REFERRING_MODIFIERS = {
    "death", "casualty", "final", "official", "latest", "overall", "total", "revised",
    "new", "same", "initial", "provisional", "fatality",
}  # fmt: skip
THOSE_PARTICIPLES = {"killed", "injured", "wounded", "dead", "martyred", "who"}
# Back-references that name the people counted rather than their number ("the victims", "the
# dead", "those killed"): a sentence about who they were ("most of the victims were police
# officers") says nothing of the count; one that breaks the count down does ("the dead
# included children", "two of the victims", "among the dead").
PEOPLE_REFERENCES = {"dead", "victims", "injured", "wounded", "bodies", "martyrs", "deceased"}
BREAKDOWN_LINKS = {
    "included", "include", "includes", "including", "comprised", "comprise", "comprises",
    "numbered", "number", "numbering",
}  # fmt: skip
# Clause boundaries: a reporting verb reports only its own clause; a toll's number is in it.
CLAUSE_MARKS = {",", ";", ":", "—", "–", "(", ")"}
NAME_ABBREVIATIONS = TITLE_ABBREVIATIONS | {"st", "jr"}
"""Abbreviations after whose full stop the count reader goes on with the same sentence
("…, Maj. Gen. Ahmed Sharif told reporters."): the ranks and honorifics the sentencizer already
keeps inside a sentence when the stop is joined to them
(:data:`narrlint.nlp.vocabulary.TITLE_ABBREVIATIONS`), here also with a space before the stop,
and "St." and "Jr.", which may end a sentence elsewhere."""
MULTIPLIERS = {"dozen": 12}
"""Words that multiply the number before them ("more than two dozen were injured")."""
ARTICLE_FIGURES = {("a", "dozen"): 12.0, ("an", "dozen"): 12.0, ("half", "a", "dozen"): 6.0}
"""Figures written with an article, which the number reader does not take for numbers: "a
dozen people were killed" gives a toll as definite as "12 people"; the plural ("dozens of",
"scores of") gives none and is never a count."""
AGE_WORDS = {"aged", "age", "ages"}
AGE_RANGE_WORDS = {"between", "and", "to", "from", "-", "–", ","}
MAX_AGE_RANGE = 4
INJURED_NOUNS = {"injured", "wounded", "hurt"}
DYING_VERBS = {"succumbed", "died", "perished"}
DYING_ADVERBS = {"later", "also", "subsequently", "eventually", "then", "have", "has", "had"}
MODIFIER_PREPOSITIONS = {"in", "on", "at", "from", "during", "near", "under", "inside", "with"}
MAX_MODIFIER = 10
"""Tokens a participle's phrase may take before the verb ("involved in the attack on …")."""
COORDINATED_VERBS = {"killed", "martyred", "slain", "injured", "wounded", "maimed"}
COORDINATED_PHRASES = {("shot", "dead"): KILLED, ("gunned", "down"): KILLED}
PHRASE_KINDS = {**PHRASE_PREDICATES, **COORDINATED_PHRASES}
MAX_COORDINATED = 12
OBJECT_CUES = frozenset(
    {*OBJECT_VERBS, *(verb for _, verb in PHRASAL_OBJECT_VERBS), *DEATH_NOUNS, *LIVES_VERBS,
     *LEFT_VERBS, *LOSS_NOUNS, *INJURY_NOUNS, *LOSING_VERBS, *HEADLINE_VERBS, "lives",
     "sent"}
)  # fmt: skip
"""Words that can open an object count: every other token is skipped at once."""
MAX_NAMED_OBJECT = 16
"""Lower-case words a named victim's description may take before "and <N> others" (names,
ranks and punctuation are free up to MAX_NAMED_TOKENS)."""
MAX_NAMED_TOKENS = 48
OTHERS_JOINS = {"and", "with", "plus"}
NAMED_OBJECT_STOPS = frozenset(SUBJECT_STOPS - {"(", ")"} | OBJECT_CUES | {"."})
# Words that end a counted noun phrase before its head ("killed 12 in", "killed 12 yesterday").
OBJECT_STOPS = {"at", "in", "on", "near", "from", "during", "after", "as", "when", "across",
                "and", "including", "among", "while", "of", "with", "inside", "outside",
                "yesterday", "today", "overnight", "tonight", "last", "this"}  # fmt: skip
PEOPLE_HEADS = {"people", "children", "personnel", "police", "staff", "youth", "crew",
                "militia", "folk", "person", "man", "woman", "child", "boy", "girl"}  # fmt: skip
COUNTED_PEOPLE = frozenset({
    *PEOPLE_HEADS, *PERSON_NOUNS, "lives", "soldiers", "troops", "officers", "officials",
    "civilians", "militants", "terrorists", "insurgents", "fighters", "attackers", "assailants",
    "rebels", "bombers", "passengers", "pilgrims", "worshippers", "students", "pupils",
    "teachers", "labourers", "laborers", "miners", "villagers", "members", "guards", "cadets",
    "commandos", "recruits", "drivers", "doctors", "nurses", "journalists", "volunteers",
    "tourists", "engineers", "employees", "victims", "suspects", "prisoners", "inmates",
    "shooters", "gunmen", "policemen", "servicemen", "tribesmen", "boys", "girls", "infants",
    "babies", "others", "persons", "individuals", "adults", "elders", "sons", "daughters",
    "khwarij", "khawarij", "kharijis",  # ISPR's word for TTP fighters ("11 khwarij")
    "hostages", "captives", "detainees", "migrants", "refugees", "protesters", "demonstrators",
    "cops", "jawans", "bystanders", "passersby", "shoppers", "devotees", "mourners",
    "worshipers",
})  # fmt: skip
"""Nouns of the people a count counts, for the words that count the dead only when people
are counted ("the loss of five lives", "eliminated nine militants"); "-men" words also count."""
MAX_TOLL_GAP = 24
"""Tokens from a toll word to its number: room for the incident it names ("the death toll
from Thursday's attack on a supply convoy travelling to the town has now reached 10")."""
ANCHORED_LINKS = {"of"}
"""Links that tie the toll to its number only right after the toll word or a link verb ("a toll
of 35", "the number of dead of"); in "the toll from the attack on a convoy of 35 vehicles" the
"of" belongs to the convoy."""
LINK_FILLERS = {"has", "had", "have", "now", "been", "already", "further", "also", "reportedly"}
TOLL_FIGURES = {"count", "figure", "figures"}
"""Nouns of a toll with a casualty word before them ("the death count", "the casualty
figure"); alone they count anything."""
TOLL_FIGURE_MODIFIERS = {"death": KILLED, "casualty": CASUALTIES, "fatality": KILLED,
                         "injury": INJURED}  # fmt: skip
STATEMENT_NOUNS = {"information", "details", "detail", "news", "update", "announcement"}
"""Nouns that stand for the previous statement as a whole ("The information was shared by
the ISPR", "Police gave this information")."""
STATEMENT_DETERMINERS = {"this", "the", "these"}
FIGURE_NOUNS = frozenset(TOLL_HEADS | TOLL_FIGURES | {"number", "total", "list"})
"""Nouns whose "of" names what they count ("the count of injured", "the number of dead")."""
TOLL_CUES = frozenset({*TOLL_HEADS, "number", *TOLL_SUBJECTS, *TOLL_FIGURES})
"""The words :func:`_toll_kind` can accept: every other token is skipped at once."""
COUNTERFACTUAL_MODALS = frozenset({"would", "could"})
"""Modals of deaths that did not (or not yet) happen: "could have killed 100", "would be
killed"; "may"/"might" keep the count (a report unsure of its toll)."""
UNREAL_MODALS = frozenset(COUNTERFACTUAL_MODALS | {"will"})
"""Modals before "be" and a count that tell casualties not (yet) had: "there will be up to
1,000 fatalities", "there could be 50 deaths"; "may be" keeps the count (a report unsure of
its toll)."""
NOT_SUBJECT_AFTER = frozenset(
    {"if", "unless", "lest", "kill", "injure", "wound", "martyr", "murder", "eliminate"}
)
"""Words before a number that keep it from being a count's subject: a condition ("if 12
people are killed") or a base-form casualty verb whose object it is ("vowed to kill 12
soldiers for every fighter killed")."""
ASIDE_FRAMES = frozenset({"worth", "bears", "bear"})
"""Words right before a reporting verb that make it the writer's own aside ("It's worth
mentioning here that", "It bears noting that"): the draft tells the count, no one else."""
ASIDE_ADJECTIVES = frozenset(
    {"pertinent", "important", "relevant", "noteworthy", "interesting", "needless",
     "necessary", "notable", "significant"}
)  # fmt: skip
"""Adjectives of an impersonal "It is … to mention/note that" aside ("It is pertinent to
mention here that", "Needless to say")."""
ASIDE_SUBJECT_WORDS = frozenset(
    {"it", "'s", "’s", "is", "was", "be", "may", "might", "would", "should", "also", "here",
     "further", "very", "particularly", "quite", "equally"}
)  # fmt: skip
"""Words between the sentence's (or clause's) start and an aside's frame: an impersonal
"it" with its verb and adverbs, no person who could be the source."""

UNDER_ATTACK = frozenset({"attack", "fire", "gunfire", "assault", "shelling", "ambush"})
"""What a place or a vehicle comes under in an attack ("came under attack", "came under a
sudden ambush")."""
MAX_UNDER_MODIFIERS = 2
"""Words between "under" and what the thing came under ("came under a sudden ambush")."""
OWN_VEHICLES = frozenset({"mobile", "mobiles"})
"""Besides :data:`VEHICLE_NOUNS`, what "their …" names as the people's own vehicle in police
reporting ("their mobile came under a sudden ambush": a police patrol car, r24-opened cc-005)."""

# Vehicles struck in a count's attack (:func:`.counts_referents.retells_a_vehicle_hit`)
VEHICLE_NOUNS = frozenset(
    {"vehicle", "vehicles", "truck", "trucks", "bus", "buses", "van", "vans", "car", "cars",
     "convoy", "convoys", "rickshaw", "coach", "jeep", "jeeps", "pickup", "wagon", "motorcade"}
)  # fmt: skip
"""What carries the people an attack kills: a vehicle hit is its passengers hit."""
CARRIERS = frozenset(
    VEHICLE_NOUNS
    | {"boat", "boats", "ferry", "vessel", "ship", "train", "plane", "aircraft", "helicopter",
       "minibus", "coaster"}
)  # fmt: skip
"""Vehicles and craft whose passengers a crash, a capsizing or an attack kills ("the boat
was carrying 40 migrants")."""
STRIKING_WORDS = frozenset(
    {"bomb", "bombs", "bomber", "bombing", "blast", "explosion", "explosive", "explosives",
     "detonated", "exploded", "ied", "landmine", "attacker", "attackers", "gunmen", "assailants",
     "fired", "firing"}
)  # fmt: skip
"""Words of a blast or a shooting: both the count's sentence and its credited neighbour tell
one for the neighbour to retell the attack."""
VEHICLE_TARGETING = frozenset(
    {"into", "hit", "struck", "targeted", "targeting", "rammed", "ambushed", "attacked", "on",
     "at"}
)  # fmt: skip
"""Words before a vehicle that make it the target ("drove … into a military convoy", "opened
fire on a van"); "fled in a car" is no target."""
VEHICLE_MOVING = frozenset({"going", "travelling", "traveling", "passing", "moving", "carrying"})
"""Verbs after a vehicle that put its passengers in the attack's way ("a truck was going …
when the bomb … was detonated")."""
WEAPON_VEHICLE_MARKS = ("laden", "packed", "rigged", "filled")
"""A vehicle that is the weapon ("an explosive-laden vehicle", "a car bomb") is no target."""
SOURCE_NOUNS = {
    "police", "officials", "official", "spokesman", "spokesperson", "spokeswoman", "ministry",
    "department", "hospital", "authorities", "authority", "sources", "military", "army",
    "agency", "office", "government", "administration", "doctors", "rescuers", "statement",
    "mission", "commission", "committee", "media", "witnesses", "residents", "television",
    "broadcaster", "channel", "radio", "newspaper", "outlets",
}  # fmt: skip
"""Nouns that name a source of a count ("police", "officials", "the ministry")."""
SPEAKER_ENTITIES = {"PERSON", "TITLE"}
"""Entity labels of a person or an office the ledger knows, who may speak for a count."""
CREDIT_OPENERS = frozenset({"according", "citing", "per"})
"""Words that open a credit standing before the whole sentence ("According to the police, …",
"Citing hospital officials, …", "Per the ministry, …")."""
PLATFORMS = frozenset(
    {"x", "twitter", "facebook", "telegram", "instagram", "social", "whatsapp", "youtube"}
)
"""Where a source posts ("posted on X that …") or where reports circulate with no one named
("according to reports circulating on social media")."""
