"""One English vocabulary for the claims readers: each meaning is one list, defined once here.

Only language lives here (grammar words, reporting verbs, people nouns, papers), never a topic:
names of groups, places, offices and documents of a beat come from the ledger. Lists hold lower
case forms as they appear in text (``lowers(doc)``) unless their name says ``LEMMAS``: those
hold lemmas and are compared with ``token.lemma_`` so every inflection counts.

Readers import the meanings they need; a reader that needs a narrower meaning adds a list with
its own name here (append-only while several readers are being moved, see below), never a
local copy of a list that exists here.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------
# Grammar

NEGATIONS = frozenset(
    {"not", "n't", "n’t", "never", "no", "none", "neither", "nor", "nothing", "hardly"}
)  # fmt: skip
"""Words that negate the clause they stand in ("n’t" with the curly apostrophe of published
text too: spaCy splits "didn’t" into "did" and "n’t")."""

CLAUSE_BREAKS = frozenset(
    {";", "while", "whilst", "whereas", "but", "although", "though", "meanwhile", "however"}
)  # fmt: skip
"""Where one clause ends and a contrasting one begins, inside a sentence."""

RELATIVES = frozenset({"who", "whom", "which", "that", "where"})
"""Relative pronouns and adverbs that open a relative clause."""

WEEKDAY_ORDER = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""The days of the week in order (Monday = 0, as ``datetime.date.weekday``)."""
WEEKDAYS = frozenset(WEEKDAY_ORDER)

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
"""The months as dates are written (January = index 0)."""

POSSESSIVE_CLITICS = frozenset({"'s", "’s"})
"""The possessive as its own token ("Pakistan", "’s"), straight and curly apostrophe."""

PASSIVE_AUXILIARIES = frozenset({"be", "been", "being", "is", "are", "was", "were"})
"""Forms of "be" before a participle that make it passive ("was accused", "are issued")."""

SENTENCE_ENDS = frozenset({".", "!", "?"})
"""Marks that end a sentence."""

HYPHENS = frozenset({"-", "‐", "‑"})
"""Hyphens that join words ("proof-of-registration", "30-day"), the non-breaking one included."""

PREPOSITIONS = frozenset(
    {
        "about", "across", "after", "against", "along", "alongside", "amid", "among",
        "amongst", "apart", "around", "at", "before", "behind", "beside", "besides", "between",
        "beyond", "by", "despite", "during", "except", "for", "from", "in", "like", "near",
        "on", "over", "regarding", "since", "than", "through", "to", "towards", "toward",
        "under", "unlike", "until", "upon", "via", "with", "within", "without",
    }
)  # fmt: skip
"""Prepositions that may head a phrase, also one fronted before a sentence's subject ("Like the
prime minister, X …", "Besides the army chief, X …"). Readers with a narrower meaning (the
words after which no sentence ends, those before an attributive participle) keep lists of
their own names."""

OBJECT_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "this"})
"""Words that open a verb's object right after it ("Meeting the army chief, …")."""

# ---------------------------------------------------------------------------------------------
# Reported speech

REPORTING_LEMMAS = frozenset(
    {
        "acknowledge", "add", "admit", "allege", "announce", "assert", "brief", "cite", "claim",
        "confirm", "declare", "disclose", "emphasise", "emphasize", "explain", "inform",
        "insist", "maintain", "mention", "note", "quote", "reiterate", "report", "reveal", "say",
        "state", "stress", "tell", "tweet", "warn", "write",
    }
)  # fmt: skip
"""Verbs (lemmas) that report what a source said: the clause they govern is attributed."""

# ---------------------------------------------------------------------------------------------
# People and papers

PERSON_NOUNS = frozenset(
    {
        "arrivals", "children", "citizen", "citizens", "communities", "community",
        "expatriates", "expats", "families", "family", "households", "individual",
        "individuals", "men", "national", "nationals", "newcomers", "people", "people's",
        "person", "persons", "population", "populations", "resident", "residents", "settlers",
        "women", "workers",
    }
)  # fmt: skip
"""Nouns that name people in general (not a category of the ledger: those come from it)."""

KIN_NOUNS = frozenset(
    {
        "brother", "sister", "son", "daughter", "wife", "husband", "father", "mother",
        "nephew", "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter",
        "grandfather", "grandmother", "widow", "widower", "spouse", "sibling", "stepson",
        "stepdaughter", "stepbrother", "stepsister", "brothers", "sisters", "sons",
        "daughters", "nephews", "nieces", "cousins", "siblings", "grandsons",
        "granddaughters", "relative", "relatives",
    }
)  # fmt: skip
"""Nouns of a family tie ("the brother of the PM", "wife of the prime minister"); "-in-law" is
read from its tokens by the reader that needs it."""

HOLDER_NOUNS = frozenset({"holder", "holders", "cardholder", "cardholders"})
"""Nouns for the people who hold a document ("PoR card holders", "holders of ACCs")."""

LACKING_WORDS = frozenset({"without", "lack", "lacks", "lacking", "lacked"})
"""Words saying someone does not have something ("without valid documents")."""

HOLDING_WORDS = frozenset(
    {"with", "holding", "hold", "holds", "held", "carrying", "carry", "carries", "carried",
     "possessing", "possess", "possesses", "possessed", "having"}
)  # fmt: skip
"""Words saying someone has something ("Afghans holding PoR cards")."""

# ---------------------------------------------------------------------------------------------
# Word formation

NOMINAL_SUFFIXES = ("ation", "ion", "ure", "al", "ment", "ations", "ions", "als", "ments")
IRREGULAR_NOUNS = {
    "deport": ("deportation", "deportations"),
    "enter": ("entry",),
    "evict": ("eviction", "evictions"),
    "expel": ("expulsion", "expulsions"),
    "expire": ("expiry",),
    "extend": ("extension",),
    "leave": ("departure", "departures"),
    "remove": ("removal", "removals"),
}
FALSE_NOMINALS = frozenset(
    {"department", "departments", "deportment", "deportments", "goal", "goals"}
)
"""Words the suffix rule makes from a verb that are not its action noun."""


def nominals(verb: str) -> frozenset[str]:
    """Nouns of an action verb ("deport" → "deportation"), so "face deportation" counts."""
    stem = verb[:-1] if verb.endswith("e") else verb
    nouns = {stem + suffix for suffix in NOMINAL_SUFFIXES}
    nouns.update(IRREGULAR_NOUNS.get(verb, ()))
    return frozenset(nouns - FALSE_NOMINALS)


NUMBER_HEDGES = frozenset(
    {
        "at", "least", "more", "than", "over", "nearly", "almost", "some", "about", "around",
        "roughly", "approximately", "up", "to", "estimated", "an",
    }
)  # fmt: skip
"""Words that hedge the number after them ("at least 64", "some 1.4 million", "an estimated",
"up to"): one list for every reader; each adds only what its own phrases allow."""


CURRENCIES = frozenset(
    {
        "$", "us$", "usd", "€", "eur", "£", "₹", "dollars", "dollar", "euros", "pounds", "riyals",
        "rs", "rs.", "pkr", "rupees", "rupee", "afghanis",
    }
)  # fmt: skip
"""Currency signs, codes and names: a number next to one is a sum of money, never a count of
people. One list for every reader."""

LABEL_NOUNS = frozenset(
    {"section", "article", "clause", "chapter", "no", "no.", "number", "page", "resolution"}
)
"""Nouns that label the number after them ("Section 14 of the Foreigners Act", "Resolution
1373", "page 3"): the number names a part of a text, never a count of people. One list for
every reader (the casualty counts' UNITS_BEFORE adds its own words to it)."""

LABEL_ABBREVIATIONS = frozenset({"no", "nos", "art", "sec", "para", "vol", "ch"})
"""Short forms of the label nouns (:data:`LABEL_NOUNS`) written with a capital before a figure
("Situation Report No. 74", "Art. 245", "Sec. 144"): the tokenizer splits their full stop off,
and that stop closes the short form, not a sentence."""

CURRENCY_ABBREVIATIONS = frozenset(c for c in CURRENCIES if c.isalpha() and len(c) <= 3)
"""The short forms of currencies ("Rs", "PKR", "USD"): a full stop glued to one before a number
("Rs. 2 million") closes the short form, not a sentence."""


ARRIVAL_LEMMAS = frozenset(
    {"arrive", "come", "flee", "enter", "migrate", "settle", "bear", "reach", "cross"}
)
"""Verbs of people arriving: "Afghans who arrived after August 15, 2021" dates their arrival,
not when an order bites (dates), and "600,000 crossed over" is a flow, not a group's size
(groups). One list for both readers."""


# ---------------------------------------------------------------------------------------------
# Added by the claims readers (one section per reader; add, do not change what others use)


# deadlines

ATTRIBUTION_MARKERS = frozenset({"according"})
"""Words other than reporting verbs that attribute a statement ("according to officials")."""

RELATIVE_DETERMINERS = frozenset({"whose"})
"""The relative determiner: "whose cards expired" opens a relative clause too (``RELATIVES``
holds the relative pronouns and adverbs)."""

IDENTITY_PAPERS = frozenset(
    {
        "document", "documents", "documentation", "documented", "papers", "paperwork", "id",
        "ids", "identification", "status",
    }
)  # fmt: skip
"""What people lack when they have no papers ("without documents", "lacking legal status"):
not a visa or permit, which people with papers may lack too. One list for every reader (the
dates reader's "without documents", the groups reader's "who did not have valid documents")."""

PAPER_QUALIFIERS = frozenset(
    {
        "valid", "legal", "proper", "any", "the", "necessary", "required", "identity", "travel",
        "official", "legitimate", "their", "its", "his", "her", "residence", "residency", "or",
        "adequate", "sufficient", "requisite", "enough",
        "and", ",",
    }
)  # fmt: skip
"""Words between "without"/"lack" and the papers ("without valid or legal documents")."""

ONWARD_DESTINATIONS = frozenset({("third", "country"), ("third", "countries")})
"""Where people go on to when they are resettled elsewhere ("a third country", "third-country
cases"): people bound there are a group of their own, whatever their papers."""

ONWARD_LEMMAS = frozenset({"resettle", "resettlement"})
"""Words of moving people on to another country ("awaiting resettlement")."""

LAST_PERIODS = frozenset({"year", "month"})
"""Periods "last" names back from the text's date ("last year", "last month"): the sentence's
time frame for titles, when an order was given for deadlines."""


# groups (figures): people moving

AUTHORITY_NOUNS = frozenset(
    {
        "authorities", "government", "officials", "ministry", "interior", "police", "regime",
        "state", "administration", "cabinet", "leadership", "judiciary", "prosecutor", "forces",
    }
)  # fmt: skip
"""Nouns after a nationality that name a country's authorities ("Iranian authorities", "the
Turkish police"): who sets its deadlines and acts on the people in it."""

ACTED_ON_LEMMAS = frozenset(
    {"force", "arrest", "detain", "round", "push", "send", "oust", "drive", "host", "hold",
     "register", "shelter", "house", "accommodate", "target"}
)  # fmt: skip
"""Verbs of what a country's authorities do to the people in it, besides departures
(:data:`DEPARTURE_LEMMAS`): "forced by the Iranian government to go home", "rounded up by
Turkish police", "hosted by Iran"."""

DEPARTURE_LEMMAS = frozenset(
    {"deport", "expel", "repatriate", "return", "leave", "evict", "depart", "exit", "go"}
)  # fmt: skip
"""Verbs of people leaving a country or being made to leave it, in any voice ("were
deported", "have left", "had been repatriated"): a number they count is people moving, not a
group's size. The ledger's phased orders add their own action words."""

PARTICLE_DEPARTURE_LEMMAS: dict[str, frozenset[str]] = {
    "send": frozenset({"back", "home", "away", "out"}),
    "push": frozenset({"back", "out"}),
    "drive": frozenset({"back", "out", "away"}),
    "force": frozenset({"back", "out"}),
    "kick": frozenset({"out"}),
    "throw": frozenset({"out"}),
    "turn": frozenset({"back", "away"}),
    "ship": frozenset({"back", "home", "out"}),
    "fly": frozenset({"back", "home", "out"}),
    "bring": frozenset({"back", "home"}),
    "take": frozenset({"back"}),
    "head": frozenset({"back", "home"}),
    "move": frozenset({"back", "out"}),
    "come": frozenset({"back", "home"}),
    "return": frozenset({"back", "home"}),
    "go": frozenset({"back", "home"}),
}
"""Verbs that are a departure only with their particle ("sent back", "pushed out", "flown
home"; "sent" or "turned" alone is not): lemma -> the particles that make it one."""

PASSIVE_GET = frozenset({"get", "gets", "got", "gotten", "getting"})
""""Get" as a passive auxiliary ("got deported"): read through like "were" before a verb's
participle."""

ONWARD_PLACES = frozenset(
    {
        ("other", "countries"), ("other", "country"), ("another", "country"),
        ("other", "nations"), ("third", "countries"), ("third", "country"),
        ("third", "nations"), ("western", "countries"), ("western", "country"),
    }
)  # fmt: skip
"""Places people are bound for when they move on from the country they are in, after "to" or
"for" ("Afghans who need to go to other countries", "bound for third countries", "relocated to
Western countries"); not "from other countries" or "Afghanistan and other countries", which
say where people come from."""

ONWARD_BOUND = frozenset({"to", "for"})
"""Words before an onward place that make it a destination."""

TITLE_ABBREVIATIONS = frozenset(
    {
        "maj", "lt", "col", "brig", "capt", "sgt", "insp", "gen", "cpl", "pvt", "adm", "cdr",
        "supt", "dy", "asst", "dr", "mr", "mrs", "ms", "prof", "gov", "sen", "rep", "hon", "sub",
        "hav", "nk", "cmdr", "lieut", "sqn", "ldr", "wg", "flt", "lt.-gen", "maj.-gen",
    }
)  # fmt: skip
"""Ranks and honorifics written short before a name, which the tokenizer splits from their
full stop ("Lt", "."; "Gen." and "Dr." it keeps whole): that full stop ends the abbreviation,
never a sentence ("…, Lt. Gen. Asim Malik, said", "Sqn. Ldr. X"). Words that may close a
sentence ("St.", "Jr.", "No.") are not among them."""
