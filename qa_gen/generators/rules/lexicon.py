"""Word lists and tuning constants of the rules generator (each with the reason it exists)."""

from __future__ import annotations

import re

# place words and the age limit the answer picker uses too, defined once there and read by the rules from here
from ...answers import COMPASS_ADJECTIVES as COMPASS_ADJECTIVES
from ...answers import COURTESY_TITLES as COURTESY_TITLES
from ...answers import MAX_AGE as MAX_AGE
from ...answers import MONTHS as MONTHS
from ...answers import PLACE_PART_NOUNS as PLACE_PART_NOUNS
from ...answers import SHORT_MAGNITUDES as SHORT_MAGNITUDES

#: Goes into every row's ``generator`` column and the cache key: bump on any behaviour change.
VERSION = "rules-0.99.161"


SAY_VERBS = {
    "say",
    "tell",
    "report",
    "announce",
    "state",
    "claim",
    "add",
    "note",
    "confirm",
    "insist",
    "explain",
    "warn",
    "believe",
    "think",
    "argue",
    "suggest",
    "estimate",
    "predict",
    "expect",
    "write",
    # more verbs of saying that news reports a source's words with
    "stress",
    "admit",
    "deny",
    "acknowledge",
    "emphasise",
    "emphasize",
    "assert",
    "concede",
    "reveal",
}


CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "relcl", "acl", "xcomp", "conj", "pcomp", "csubj", "parataxis"}


# Conjunctions of a condition, which a question keeps: "airlines do not have to offer
# compensation if flights are cancelled" is not "airlines do not have to offer compensation".
CONDITION_MARKS = {"if", "unless"}

# Children of the clause verb that never belong in the question unless they hold the answer.
DROP_DEPS = {
    "advcl",
    "parataxis",
    "punct",
    "cc",
    "mark",
    "discourse",
    "intj",
    "meta",
    "dep",
    "preconj",
    "appos",
    "prt_dummy",
}


# Modifiers of noun phrases dropped from the question (non-restrictive material).
NP_DROP_DEPS = {"appos", "relcl", "acl", "advcl", "parataxis"}


CONNECTIVES = {
    "however",
    "meanwhile",
    "also",
    "still",
    "moreover",
    "furthermore",
    "instead",
    "nevertheless",
    "though",
    "yet",
    "then",
    "now",
    "already",
    "further",
    "too",
}


LOCATIVE_PREPS = {
    "in",
    "at",
    "on",
    "near",
    "from",
    "to",
    "into",
    "across",
    "inside",
    "outside",
    "throughout",
    "around",
    "within",
    "off",
    "towards",
    "toward",
    "through",
}


# Prepositions of position: a whole phrase they open on a verb ("are found [in the leaves]")
# says where, unless its noun is a time or a manner (NOT_PLACE_NOUNS).
POSITION_PREPS = {"in", "at", "on", "inside", "within", "near", "throughout", "across", "around", "outside",
                  "under", "beneath", "below", "above", "along", "beside", "among", "amongst", "behind", "beyond"}
# Nouns for an event that takes place somewhere: its place, after "in"/"at", is where the
# clause that holds, stages or attends it happened ("held a dinner party in [New York]" ->
# "Where has Liam Neeson held a dinner party?").
EVENT_NOUNS = {
    "party", "dinner", "meeting", "conference", "concert", "rally", "summit", "ceremony", "festival",
    "talks", "exhibition", "match", "tournament", "race", "event", "session", "hearing", "trial",
    "premiere", "launch", "protest", "demonstration", "march", "celebration", "reception", "gala",
    "auction", "funeral", "wedding", "memorial", "fair", "forum", "convention", "briefing",
    "screening", "performance", "gig", "show", "game", "vigil", "inquest", "ballot", "gathering",
}
EVENT_PLACE_PREPS = {"in", "at"}
# Nouns after "in"/"on" that name no place: "in response to", "in order to", "in practice".
NOT_PLACE_NOUNS = {"response", "order", "addition", "contrast", "terms", "fact", "way", "manner",
                   "general", "particular", "effect", "total", "turn", "practice", "theory", "case",
                   "form", "favour", "favor", "support", "opposition", "charge", "time", "place", "return", "exchange",
                   "advance", "accordance", "line", "light", "view", "spite", "name", "behalf", "basis", "use",
                   "rest", "risk", "stake", "odds", "war", "peace", "least", "work", "length", "random", "heart"}
# A whole phrase opened by one of these says when ("[during one hunting excursion]") or how
# ("[through various associations]", "[as a structural force]").
WHEN_PHRASE_PREPS = {"during", "before", "after", "since", "until", "amid", "following"}
HOW_PHRASE_PREPS = {"as", "through", "via", "with", "without", "using"}
# Common nouns for regions, natural places and settlements: a place the tagger does not label
# ("live in [marine waters]", "built in [mountainous areas]") is asked with "where".
AREA_NOUNS = {"area", "region", "city", "town", "village", "country", "state", "province", "district", "county",
              "island", "coast", "valley", "mountain", "sea", "ocean", "river", "lake", "forest", "desert",
              "zone", "territory", "neighbourhood", "neighborhood", "suburb", "continent", "waters", "highlands",
              "lowlands", "countryside", "capital", "basin", "plain", "delta", "peninsula", "wilderness"}
# Kinds of named place that "the <kind> of X" names ("the town of Lisbon"): asked "which <kind>".
PLACE_KIND_NOUNS = {"city", "town", "village", "county", "state", "province", "district", "region", "island",
                    "port", "borough", "municipality", "capital", "resort"}  # fmt: skip
# Adverbs that answer "where" ("sought investors [overseas]").
PLACE_ADVERBS = {"overseas", "abroad", "elsewhere", "somewhere", "nearby", "everywhere", "anywhere", "offshore",
                 "inland", "underground", "worldwide", "locally", "upstream", "downstream", "outdoors", "indoors"}
TIME_PREPS = {"in", "on", "at", "during", "by", "after", "before", "from", "between"}
# time prepositions that bound a time rather than place an event in it; they stay in the question
DEADLINE_PREPS = {"by", "before", "after"}
# prepositions that give a time approximately; they stay in the question ("Around what year ...?")
APPROX_PREPS = {"around", "about", "circa", "c."}
# Words that make a number approximate without changing what it measures ("about [300 km]").
APPROX_WORDS = {"about", "around", "nearly", "almost", "roughly", "approximately", "some", "circa"}
# A four-digit number that reads as a year, and the prepositions before which a number the
# tagger did not label as a date is still one ("invented around 1712"; not "at": "estimated at
# 1500" is a value).
YEAR = re.compile(r"1\d{3}|20\d{2}")
# A measure's closing dimension adjective and the question it answers ("[300 km long]",
# "[45 nanometres across]").
DIMENSION_WHS = {
    "long": "how long",
    "wide": "how wide",
    "high": "how high",
    "tall": "how tall",
    "deep": "how deep",
    "thick": "how thick",
    "across": "how wide",
}
# Compass points as nouns ("from the [west]", "the [south]-[east] of Australia"), asked as a
# direction or a part of a place rather than as a thing.
COMPASS_POINTS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
# Compass adjectives (COMPASS_ADJECTIVES, imported above from the answer picker, which uses
# them too) pick one part of a place or group rather than a kind of it.
# How a year hangs on the month or day it completes ("11 July [1934]", "May [2006]").
DATE_PART_DEPS = {"nummod", "appos", "npadvmod", "compound"}
YEAR_PREPS = (TIME_PREPS - {"at"}) | APPROX_PREPS
# Prepositions whose counted span of time is asked with its count: "finished in [three years]" ->
# "In how many years ...?", "resumed after [two years]" -> "After how many years ...?" ("when"
# would ask for a date the passage does not give).
COUNTED_SPAN_PREPS = {"in", "within", "after", "by"}  # "delayed by [three hours]": "By how many hours ...?"
# Time zones that make the number before them a time of day ("by [1200] GMT"), and the
# prepositions that move with "what time" ("By what time ...?").
CLOCK_ZONES = {"gmt", "bst", "utc", "cet", "est", "edt", "pst", "pdt", "et", "jst"}
CLOCK_PREPS = {"at", "by", "until", "till", "before", "after", "from"}
# A timed result, as sport reports give it: seconds with hundredths ("[44.93 seconds]",
# "[20.13secs]"), a clock reading to the hundredth ("[3:49.78]", "[2:10:34]") or units glued to
# their numbers ("[2hrs 10mins]"). It is asked with "what time" ("What time did Tom Lisk run
# ...?"), not counted ("How many did ... run?") nor dated ("When did Ada Vell win?").
RACE_TIME = re.compile(
    r"\d+\.\d+ ?(?:s|secs?|seconds?)"
    r"|(?:\d+:)?\d{1,2}:\d{2}\.\d+|\d+:\d{2}:\d{2}"
    r"|\d+(?:\.\d+)?(?:secs?|mins?|hrs?)(?: \d+(?:\.\d+)?(?:secs?|mins?))*"
)
# A time of day by the clock ("at [3:45]", "at [10.30am]", "by [3pm]"): "At what time ...?".
# (a dotted one only with am/pm: "[3.45]" alone is a number)
CLOCK_READING = re.compile(r"\d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?|\d{1,2}(?:\.\d{2})? ?[ap]\.?m\.?", re.IGNORECASE)
# Words after a clock reading that make it the time left on a game clock, not a time of day
# ("with [4:51] left in regulation").
GAME_CLOCK_WORDS = {"left", "remaining", "to"}
# The unit a margin of time is counted in, by the abbreviation the result uses ("by [1.45secs]"
# -> "By how many seconds ...?").
RACE_TIME_UNITS = {"s": "seconds", "sec": "seconds", "secs": "seconds", "second": "seconds", "seconds": "seconds",
                   "min": "minutes", "mins": "minutes", "hr": "hours", "hrs": "hours"}  # fmt: skip
# Prepositions that stay before "what year" because they change what the year means: a bound
# ("by 2014"), an approximation ("around 1712") or a start ("from 2006").
KEPT_YEAR_PREPS = DEADLINE_PREPS | APPROX_PREPS | {"from"}
# A score or result written as one token ("34–19", "2-1").
SCORE = re.compile(r"\d+\s*[–-]\s*\d+")
# Words before "as" that make "as ... as" a time ("as late as 1998", "as early as May").
AS_TIME_WORDS = {"early", "late", "soon", "long", "recently"}
# Verbs of going somewhere: "fled to [Normandy]" names a place even where the tagger calls a
# lone name a person ("Who did Ethelred flee to?").
MOTION_VERBS = {"flee", "move", "travel", "go", "return", "emigrate", "sail", "fly", "retreat", "escape",
                "relocate", "migrate", "march", "head", "withdraw"}
# Verbs of being somewhere: a one-word name "at"/"in" after them is a place, whatever the tagger
# made of it ("played at [Anfield]" -> "Where did ... play?", not "Who did ... play at?").
DWELLING_VERBS = {"play", "live", "work", "study", "stay", "train", "remain", "settle", "reside", "base",
                  "meet", "bear", "grow", "perform", "die"}
# Verbs and prepositions of a mark that a figure passes or stays beyond: a bare number after
# them (no noun it counts) is the mark, asked "what figure" ("passed [167 million]", "stuck
# above [4 million]").
THRESHOLD_VERBS = {"pass", "exceed", "surpass", "top", "break", "cross"}
THRESHOLD_PREPS = {"above", "below", "over", "under", "beyond"}
# Verbs of change: a number after by/to/from them is an amount ("grew by 1500", "rose by 5%").
CHANGE_VERBS = {"rise", "fall", "grow", "drop", "increase", "decrease", "jump", "climb", "slump"}
# prepositions that take a bare number as a value, not a count of things ("estimated at",
# "outnumbered by", "rose to", "greater than"): "What was it estimated at?"
MEASURE_PREPS = {"at", "by", "to", "than"}
# words that scale a number ("11.4 million" is a count, "3.62" a value)
# Participles that open a clause with its starting point ("Starting in 1894, ...", "Beginning in
# May, ..."): the one participle clause a wh-phrase may move with.
STARTING_VERBS = {"start", "begin"}
# Nouns that take their content from a relative clause ("in a manner that ...", "the way
# they ..."): shortening keeps such a clause.
LIGHT_NOUNS = {"manner", "way", "kind", "sort", "fashion", "thing"}
# Nouns whose clause is a claim, a hope or a guess, not a fact ("denied reports [that she has
# pulled out]", "amid claims [that X is part of ...]"): nothing in such a clause is asked as fact.
CLAIM_NOUNS = {"claim", "report", "suggestion", "allegation", "rumour", "rumor", "speculation", "belief", "idea",
               "notion", "hope", "fear", "possibility", "prospect", "assumption", "view", "expectation", "charge"}
# Nouns whose clause is their content, not a description ("the fact [they were organised]",
# "the news [that the plant would close]"): shortening keeps such a clause.
CONTENT_NOUNS = CLAIM_NOUNS | {"fact", "news", "knowledge", "realisation", "realization", "doubt"}
# Verbs of proposing, and the modals of what ought to happen: "suggested [Mr Blair] should
# reinstate him" is one person's view of what ought to be, not a fact to ask about.
PROPOSAL_VERBS = {"suggest", "propose", "recommend", "urge", "advise", "demand"}
OBLIGATION_MODALS = {"should", "ought", "must"}
# Verbs of "it is [expected] (that) ...": the clause is a guess or a rumour that no one stands behind.
SPECULATION_VERBS = {"expect", "suggest", "rumour", "rumor", "allege", "speculate", "predict", "hope", "fear"}
# Words that rank a noun among others ("the first building to be lit", "the only team to win"):
# an infinitive after such a noun says what it ranks in, and stays in a question.
RANK_WORDS = {"first", "last", "only", "second", "third", "next", "sole"}
# Ordinal words, also when the tagger gives them no ORDINAL label ("its [third] week").
ORDINAL_WORDS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
# Plurals the regular rules get wrong, for counts of one asked "how many" ("[one] man").
IRREGULAR_PLURALS = {
    "man": "men", "woman": "women", "child": "children", "person": "people", "foot": "feet",
    "tooth": "teeth", "mouse": "mice", "goose": "geese", "analysis": "analyses", "crisis": "crises",
    "criterion": "criteria", "phenomenon": "phenomena", "life": "lives", "wife": "wives", "knife": "knives",
    "half": "halves", "leaf": "leaves", "shelf": "shelves", "thief": "thieves", "sheep": "sheep",
    "series": "series", "species": "species", "aircraft": "aircraft",
}
# Numbers of one, before a noun that "how many" asks in the plural ("[one] notch").
ONE_WORDS = {"one", "1", "a", "an", "single"}
MAGNITUDES = {"hundred", "thousand", "million", "billion", "trillion", "m", "bn"}
# SHORT_MAGNITUDES (imported above from the answer picker): the abbreviations news writes
# after a number ("294.3m", "1.2bn"), which alone are no noun to ask "how many" of.


PERSON_NOUNS = {
    "official",
    "officials",
    "police",
    "minister",
    "president",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "leader",
    "chief",
    "director",
    "suspect",
    "manager",
    "coach",
    "player",
    "mayor",
    "governor",
    "chairman",
    "chairwoman",
    "executive",
    "secretary",
    "scientist",
    "researcher",
    "doctor",
    "author",
    "founder",
    "owner",
    "king",
    "queen",
    "prince",
    "judge",
    "lawyer",
    "senator",
    "candidate",
    "captain",
    "striker",
    "economist",
    "analyst",
    "artist",
    "writer",
    "singer",
    "actor",
    "actress",
    "general",
    "commander",
    "pope",
    "bishop",
    "emperor",
    "man",
    "woman",
    "boy",
    "girl",
    "people",
    "residents",
    "voters",
    "workers",
    "fans",
    "students",
    # people in news reports (lemmas: the plural of a regular noun is found by its lemma)
    "terrorist", "militant", "soldier", "civilian", "volunteer", "resident", "worker", "student",
    "teacher", "person", "voter", "fan", "protester", "refugee", "migrant", "farmer", "journalist",
    "victim", "patient", "citizen", "child", "children", "women", "men", "troops", "rebel", "staff",
    "employee", "customer", "passenger", "investor", "shareholder", "member", "engineer", "nurse",
    "pilot", "fisherman", "fishermen", "villager", "activist", "politician", "lawmaker", "diplomat",
    "settler", "immigrant", "prisoner", "hostage",
    # roles and callings the small model leaves untagged ("[Deacons] assist elders",
    # "[an outside proposer] can submit a bill", "[The individual] is the final judge")
    "individual", "deacon", "elder", "priest", "monk", "nun", "cleric", "clergy", "clergyman", "preacher",
    "representative", "proposer", "professional", "physician", "surgeon", "pharmacist", "producer",
    "headwaiter", "waiter", "servant", "assistant", "adviser", "advisor", "scholar", "philosopher",
    "historian", "physicist", "chemist", "biologist", "mathematician", "inventor", "composer", "poet",
    "novelist", "painter", "sculptor", "architect", "explorer", "merchant", "trader", "missionary",
    "apprentice", "mentor", "tutor", "guardian", "heir", "successor", "predecessor", "ruler", "monarch",
    "regent", "chancellor", "ambassador", "delegate", "envoy", "mp", "councillor", "councilor",
    "defender", "attacker", "quarterback", "goalkeeper", "midfielder", "defenceman", "referee", "umpire",
    "mother", "father", "son", "daughter", "brother", "sister", "wife", "husband", "uncle", "aunt",
    "grandfather", "grandmother", "cousin", "nephew", "niece", "friend", "colleague", "rival", "partner",
    # people who judge or buy in business and political news ("But [critics] argue ...")
    "critic", "expert", "campaigner", "observer", "commentator", "opponent", "supporter", "consumer",
    "shopper", "banker", "boss", "insider", "strategist",
    # offices, trades and ranks
    "officer", "contractor", "consultant", "inspector", "proprietor", "employer", "landlord", "landowner",
    "entrepreneur", "businessman", "businesswoman", "craftsman", "draftsman", "musician", "geologist",
    "geographer", "astronomer", "theologian", "sociologist", "anthropologist", "archaeologist",
    "psychologist", "photographer", "pastor", "abbot", "rabbi", "imam", "prophet", "disciple", "apostle",
    "pilgrim", "peasant", "slave", "knight", "nobleman", "noblewoman", "duke", "duchess", "earl", "baron",
    "admiral", "colonel", "lieutenant", "sergeant", "sailor", "gangster", "jailer", "follower",
    "linebacker", "kicker", "receiver", "grandson", "granddaughter", "descendant", "ancestor",
    # people in sport, entertainment and UK politics news ("the [MEP] had been covered ...")
    "mep", "msp", "mla", "ceo", "winger", "keeper", "rapper", "playwright", "pensioner", "teenager",
    "youngster", "driver", "tourist", "pupil", "nominee", "presenter", "comedian", "designer", "veteran",
    "winner",
    # people who use, watch or buy things in technology and media news ("[Users] can scroll
    # through ...")
    "user", "gamer", "viewer", "reader", "listener", "subscriber", "buyer", "seller", "visitor",
    "schoolchild", "athlete", "sprinter", "medallist", "prosecutor",
    # people who run or sit on things in arts and politics news ("the [organisers] say ...")
    "organiser", "organizer", "parliamentarian",
    # people in crime, awards and family news ("written by hi-tech [thieves]", "British
    # [hopefuls] are expected to attend"); not "champion", whose title "the four-time world
    # 1500m champion" the resolver would then put for "his"
    "thief", "criminal", "hopeful", "celebrity", "adult", "parent",
}


# Titles that make the name after them a person's, whatever the tagger said ("Bishop Martin
# Sasse" and "King Sigismund III Vasa" come out as ORG): lower-case forms, checked on a
# title-case token that opens the answer and is followed by more of the name.
HONORIFICS = {
    "king", "queen", "emperor", "empress", "prince", "princess", "duke", "duchess", "lord", "lady", "sir",
    "dame", "pope", "bishop", "archbishop", "cardinal", "saint", "st.", "rev.", "reverend", "father",
    "president", "senator", "governor", "mayor", "chancellor", "minister", "dr", "dr.", "mr", "mr.", "mrs",
    "mrs.", "ms", "ms.", "prof", "prof.", "professor", "general", "colonel", "captain", "admiral", "sheikh", "khan",
}
# Words after an honorific that name a firm or a place, not a person ("General Motors",
# "General Electric", "Prince Edward Island", "Saint Lawrence River").
NOT_PERSON_AFTER_TITLE = {"motors", "electric", "dynamics", "mills", "foods", "island", "river", "street", "bay"}

# Titles that give the name after them a sex ("Mrs Parker Bowles" is no "he", "Prince
# Charles" no "she"): lower-case forms, "m" or "f".
GENDERED_TITLES = {
    **dict.fromkeys(["mr", "mr.", "sir", "lord", "king", "prince", "duke", "emperor", "father"], "m"),
    **dict.fromkeys(["mrs", "mrs.", "ms", "ms.", "miss", "lady", "dame", "queen", "princess", "duchess"], "f"),
}

# Verbs whose object is a part someone plays ("played [Mrs Potts]", "portrays [Hamlet]"): a
# role, not a person a later pronoun can stand for.
ROLE_VERBS = {"play", "portray", "voice"}
# Verbs of a contest: a team named as their subject or object is asked with "who" ("Who did
# the Panthers beat in the divisional round?"), as a reader would, not "what".
CONTEST_VERBS = {"beat", "defeat", "face", "play", "meet", "rout", "thrash", "edge", "overcome", "eliminate",
                 "oust", "outscore", "outplay", "upset", "host", "blow", "lose", "tie", "draw"}
# Prepositions that name the other side after the verbs of a contest they go with ("lost [to]
# Australia", "drew [against] France"; "beat Fiji [in] Paris" is no side, nor "defeat to").
OPPONENT_PREPS = {"to": {"lose", "draw", "tie"}, "against": CONTEST_VERBS - {"host"}}


ORG_CATEGORIES = {
    "bank": "bank",
    "ministry": "ministry",
    "university": "university",
    "party": "party",
    "council": "council",
    "commission": "commission",
    "court": "court",
    "agency": "agency",
    "company": "company",
    "corp": "company",
    "inc": "company",
    "group": "group",
    "united": "team",
    "fc": "team",
    "club": "club",
    "school": "school",
    "college": "college",
    "museum": "museum",
    "airline": "airline",
    "airlines": "airline",
    "army": "army",
    "committee": "committee",
    "association": "association",
    "union": "union",
    "institute": "institute",
    "foundation": "foundation",
    "department": "department",
    "parliament": "parliament",
    "assembly": "assembly",
    "government": "government",
}


DURATION_UNITS = {
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "hour",
    "hours",
    "decade",
    "decades",
    "century",
    "centuries",
    "minute",
    "minutes",
    "seconds",  # not "second", which is mostly an ordinal ("the second half")
}


# Auxiliaries of the future: an event dated in their clause is yet to come ("When is ...?").
FUTURE_AUXILIARIES = {"will", "shall", "'ll"}

WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}



# Penn tags of wh-words that open a clause ("when", "which", "who").
WH_TAGS = {"WRB", "WDT", "WP"}
# Era marks after a year ("9000 BP", "44 BC"): the number is a date, not a count.
ERA_MARKS = {"BP", "BC", "BCE", "AD", "CE"}
# Words for "per cent" after a number: the wh-phrase "what percentage" says them already.
PERCENT_WORDS = {"percent", "%", "pct"}


# Unit symbols said as words where "how many" counts them: "balanced at [180] °" -> "How many
# degrees are the pistons balanced at?" ("How many ° ...?" is no question).
UNIT_SYMBOL_WORDS = {"°": "degrees", "°C": "degrees Celsius", "°F": "degrees Fahrenheit"}

# Marks of an approximate number that leave with it ("c. 1,300,000 people"); the parser
# often reads "c." as a name of its own.
CIRCA_MARKS = {"c.", "ca.", "ca", "circa", "approx.", "~"}

QUANT_MODS = {
    "at",
    "least",
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "more",
    "than",
    "over",
    "up",
    "to",
    "roughly",
    "approximately",
    "just",
    "only",
    "less",
    "fewer",
    "most",
    "under",
    "an",
    "estimated",
}


# Relations in which an age ("54-year-old") is a noun for a person rather than the modifier
# of one: a subject, an object or the noun after a preposition or in apposition.
AGE_NOUN_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr", "conj"}

# Kind words that, after a city's name, make a football club's name, not a place of that
# kind ("Manchester City", "Nottingham Forest", "Derby County", "Ipswich Town"); a name that
# is a city itself keeps its kind ("Salt Lake City").
CLUB_KIND_WORDS = {"city", "forest", "county", "town"}

# Nouns of a game's result, which a score before them describes ("an 18-10 [win]"), unlike
# a range of numbers that counts a noun ("30-40 firms").
RESULT_NOUNS = {"win", "victory", "defeat", "loss", "draw", "lead", "triumph", "thrashing", "drubbing", "result"}

# Words for a whole set that "from X to Y" after them spans ("everything from Shakespeare to
# Yeats"): X is one end of the range, not a source to ask "from whom" about.
SET_WORDS = {"everything", "anything", "all", "something"}

# Lemmas the small model gets wrong, by surface form: do-support needs the base ("What does Dana
# Kell hope to open?", not "hop"; "Where did the crowd stage a rally?", not "stag").
LEMMA_FIXES = {"hopes": "hope", "hoped": "hope", "hoping": "hope", "staged": "stage", "stages": "stage"}

IRREGULAR_3SG = {"be": "is", "have": "has", "do": "does", "go": "goes"}

# Adverbs that are a count of occasions: "won the cup twice" -> "How many times ...?" ("once"
# only after its verb and complement: "was once a prison" means formerly, see wh.py)
TIMES_ADVERBS = {"once", "twice", "thrice"}
# Words that open a rate: a count of occasions as a frequency ("twice [a] year", "three times
# [per] week"), a price per unit ("$53.09 [a] barrel"), a count per day ("80,000 barrels [a] day").
PER_WORDS = {"a", "an", "per", "every", "each"}
# Determiners of an unstated number: "[several] lakes" is asked "how many lakes", not "what type of lakes".
VAGUE_QUANTITIES = {"several", "many", "numerous", "few", "countless", "multiple", "various"}
# A complement after "once" makes it "formerly" ("had once ruled the city"), not a count.
ONCE_COMPLEMENTS = {"dobj", "attr", "acomp", "oprd", "xcomp", "ccomp", "dative"}

# Adverbs that open a change set off by a comma ("a profit of $3.36bn, [up 27% from 2003]"; "The
# deficit with China, [up 30.5% at $162bn], was ..."): an aside on the amount before it, which a
# question about anything else does without.
CHANGE_ADVERBS = {"up", "down"}

# Dependencies that make a phrase more than a plain noun phrase: a list, an apposition, a
# clause. Such a phrase does not move into a wh-phrase ("how many counties of X, Y and Z").
LISTING_DEPS = {"conj", "appos", "relcl", "acl"}

# Verbs that set one event after or against another ("the rally followed gains on Wednesday",
# "the fall follows falls in GDP in the previous quarters"): a date after the object is the
# object's, so "When did the rally follow gains?" asks what the passage does not say.
SEQUENCE_VERBS = {"follow", "precede", "mirror", "echo", "reflect"}

# Adverbs that work as a verb's particle before a PP ("dates back to", "turned away from"): the
# PP is the verb's, and its object can be fronted. Degree adverbs ("as late as 1998") are not.
ADVERB_PARTICLES = {"back", "away", "out", "up", "down", "off", "over", "along", "ahead", "apart", "forward", "home"}

# Words that leave a noun phrase unspecific ("several boats built by X"): "the" cannot take it
# up, so a participle on it is not asked as its own clause.
# Words for a share of a group ("several of the firms", "most of the homes").
SHARE_WORDS = {"some", "many", "several", "few", "most", "all", "none", "each", "both", "half", "one", "any"}
# Quantifiers that float off a plural pronoun ("They have [all] denied ...", "they [both] said"):
# the pronoun means several things, not one.
FLOATING_QUANTIFIERS = {"all", "both"}
VAGUE_QUANTIFIERS = {"some", "any", "many", "several", "few", "various", "numerous", "most", "other", "others", "such"}

# Passive participles whose past tense differs: "a pamphlet written by X" is asked "Who wrote
# the pamphlet?". A participle in -ed, or one listed in SAME_PAST, is its own past tense; any
# other participle stays passive ("Who was the song sung by?") rather than guess a form.
PARTICIPLE_PAST = {
    "written": "wrote", "drawn": "drew", "given": "gave", "taken": "took", "shown": "showed",
    "known": "knew", "chosen": "chose", "begun": "began", "driven": "drove", "sung": "sang",
    "spoken": "spoke", "stolen": "stole", "broken": "broke", "ridden": "rode", "seen": "saw",
    "done": "did", "flown": "flew", "grown": "grew", "thrown": "threw", "worn": "wore",
    "sworn": "swore", "borne": "bore", "shaken": "shook", "overseen": "oversaw",
    "undertaken": "undertook", "beaten": "beat", "run": "ran", "overrun": "overran",
    "rewritten": "rewrote", "overthrown": "overthrew", "forbidden": "forbade", "eaten": "ate",
}
# Determiners that make a date recur: "held every May" happens now, not in the past.
RECURRING = {"every", "each"}

SAME_PAST = {
    "made", "built", "held", "sold", "told", "paid", "brought", "bought", "taught", "caught",
    "found", "kept", "left", "lost", "sent", "spent", "won", "put", "set", "cut", "hit", "read",
    "struck", "dug", "shot", "stuck", "spun", "bound", "ground", "hung", "laid", "meant",
    "met", "sought", "thought", "understood", "upheld", "withheld", "spread", "split", "cast",
}

# Participles whose "by" phrase tells where, not who: "located by the river" is beside it, and
# no river locates the town; such a phrase is never made the subject of an active clause.
LOCATIVE_PARTICIPLES = {"locate", "situate", "position", "place", "station", "set", "seat"}
# Places a thing can be "by" (beside), besides buildings (PLACE_NOUNS): "set by the window".
BESIDE_NOUNS = {
    "river", "lake", "sea", "shore", "coast", "beach", "stream", "canal", "road", "roadside",
    "railway", "track", "window", "door", "gate", "entrance", "wall", "fire", "fireplace", "bed",
    "bay", "estuary", "waterfront", "square", "market", "church", "well", "bridge", "forest",
}

# Bare nouns after "by" that name a means, not a doer: "reached by boat" is not "What reached
# the village?" but "How was the village reached?".
MEANS_NOUNS = {
    "boat", "ferry", "ship", "sea", "air", "plane", "road", "rail", "train", "car", "bus", "taxi",
    "bicycle", "bike", "foot", "horse", "hand", "mail", "post", "email", "phone", "telephone",
    "radio", "satellite", "helicopter", "truck", "lorry", "coach", "tram", "canoe",
}

# Verbs whose "by" object is what encloses, not a means: "surrounded by sea" is not "How ...?".
ENCLOSING_VERBS = {"surround", "border", "enclose", "cover", "flank", "ring"}

# Adverbs and prepositions that put a participle's state in the past: "formerly owned by X",
# "owned by X until her death" is not "Who owns ...?".
PAST_MARKERS = {"once", "formerly", "previously", "originally", "initially", "earlier", "until", "till", "before"}

# Verbs of making or founding: their participle is a finished act whatever the tense around it
# ("The letter, written in Oskel, is short" -> "Where was the letter written?"). Not "make" or
# "create": "a casket made from copper" says what it is made of, now.
MAKING_VERBS = {
    "write", "build", "found", "establish", "design", "paint", "compose", "publish", "sign",
    "draft", "construct", "erect", "record", "film", "invent",
}

# Verbs of a lasting state: "a park owned by the city lies nearby" -> "What owns the park?"
# (present, with the sentence); other agent participles name a finished act ("a report written
# by X says" -> "Who wrote the report?").
STATE_VERBS = {
    "own", "run", "operate", "manage", "control", "lead", "head", "chair", "govern", "host",
    "fund", "sponsor", "back", "support", "employ", "use", "occupy", "inhabit", "serve",
    "protect", "guard", "border", "surround", "represent", "staff", "maintain", "administer",
}


# Third-person subject pronouns: what a fronted description ("A former teacher, [she] ...")
# can describe (not "I"/"we", which speak).
PERSONAL_SUBJECTS = {"he", "she", "it", "they"}


PRONOUN_RESOLVE = {
    "he": "PERSON",
    "she": "PERSON",
    "him": "PERSON",
    "her": "PERSON",
    "his": "PERSON",
    "it": "ORG",
    "its": "ORG",
}


UNRESOLVABLE = {"they", "them", "their", "this", "these", "those", "we", "us", "our", "i", "you", "me", "my", "your"}


WH_WORDS = {"what", "who", "whom", "whose", "which", "when", "where", "why", "how"}


# A question asked through a relative clause needs more than "Who took over?" (the clause
# after simplification) to say which person or thing it means.
MIN_RELATIVE_WORDS = 4
# Clauses these open are not stated as fact: an open question ("whether the US was aware"),
# a condition ("if he recovered", "unless talks resume"). A question about their content would
# presuppose it.
UNASSERTING_MARKS = {"whether", "if", "unless",
                     # how something looks, not what is: "makes spam look [like] it is being sent by ..."
                     "like"}
# Verbs and adjectives that leave an indirect question open ("asked why ...", "it is unclear how
# long ..."); a negated verb does too ("How much longer he will stay is not clear").
OPEN_QUESTION_WORDS = {"ask", "wonder", "question", "query", "unclear", "uncertain", "unknown"}
# Clauses these open tell of an event still to come when their verb is not in a past tense
# ("not enforcing the ban until the House of Lords [has considered] its legality", "before
# gamers [could] get to grips with it"): the passage does not say it happened.
UNREALISED_MARKS = {"until", "till", "before"}
# The dependents that would give the verb of a comparison's second half content of its own
# ("than it [was worth]"): without one, the verb only stands for the first half's ("higher than
# they were in 2004").
COMPLEMENT_DEPS = {"attr", "acomp", "dobj", "oprd", "xcomp", "ccomp", "acl", "advcl", "agent"}
# Verbs and nouns whose clause is only hoped, wished, feared, rumoured or asked for ("I wish X
# were", "fears that X will", "speculation that X will", "the report recommended [X] have a
# say"): a question about its content would state it as fact. (Verbs of saying are reported as
# the source's claim and asked without their frame, verbs of believing with it, BELIEF_FRAMES;
# "suggest" both reports and proposes.)
UNASSERTING_FRAMES = {
    "hope", "wish", "fear", "worry", "pray", "dream", "doubt", "speculate",
    "speculation", "rumour", "rumor", "concern", "recommend", "propose", "urge", "demand",
}  # fmt: skip
# Verbs of belief and claim whose clause is the subject's view, not the passage's fact: the
# question keeps them ("What did Tesla believe X-rays were?"; see ``frames``). Verbs that only
# report ("say", "announce") are not among them.
BELIEF_FRAMES = {
    "believe", "think", "claim", "argue", "predict", "insist", "reckon", "suspect", "feel", "contend",
    "allege", "assert", "maintain", "expect", "forecast", "estimate", "warn", "suppose", "assume",
}  # fmt: skip
# Adjectives of "it is ... that" whose clause is only required ("it is essential that [Britain]
# keeps the rebate"): no fact to ask about, as with UNASSERTING_FRAMES.
REQUIRING_ADJECTIVES = {"essential", "important", "vital", "crucial", "necessary", "imperative"}
# Given names that name one sex in English-language news, so that "he" never means "Janie
# Hendrix" nor "she" "George Raft" where the passage itself gives the name no pronoun. Names
# used for both ("Jordan", "Sam", "Kim", "Jean", "Lee", "Alex", "Chris") are left out.
MALE_GIVEN_NAMES = {
    "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas",
    "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven",
    "stephen", "paul", "andrew", "kenneth", "kevin", "brian", "george", "timothy", "ronald",
    "edward", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan",
    "larry", "justin", "scott", "brandon", "benjamin", "samuel", "gregory", "alexander", "frank",
    "patrick", "raymond", "jack", "dennis", "jerry", "tyler", "aaron", "henry", "douglas",
    "peter", "adam", "nathan", "walter", "harold", "carl", "jeremy", "keith", "roger", "gerald",
    "arthur", "sean", "lawrence", "albert", "bruce", "alan", "ralph", "roy", "wayne", "louis",
    "russell", "vincent", "philip", "tony", "gordon", "ian", "neil", "graham", "nigel", "colin",
    "gareth", "martin", "simon", "jim", "jimmy", "jimi", "tom", "bob", "bill", "mike", "dave",
    "steve", "nick", "andy", "hugh", "rupert", "tim", "ben", "gavin", "shane", "martyn", "ronan",
    "vladimir", "sergei", "dmitry", "ivan", "hans", "pierre", "jacques", "carlos", "jose",
    "luis", "marco", "giovanni", "andre", "rafael", "thierry", "arsene", "didier", "ruud",
    "tiger", "lleyton", "roddy", "alastair", "alistair", "kenny", "barry", "derek", "trevor", "victor",
}  # fmt: skip
FEMALE_GIVEN_NAMES = {
    "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah",
    "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily",
    "donna", "michelle", "dorothy", "carol", "amanda", "melissa", "deborah", "stephanie",
    "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "shirley", "angela", "helen",
    "anna", "brenda", "pamela", "nicole", "emma", "samantha", "katherine", "christine", "rachel",
    "catherine", "janet", "ruth", "maria", "heather", "diane", "virginia", "julie", "joyce",
    "victoria", "olivia", "kelly", "christina", "lauren", "joan", "judith", "megan", "andrea",
    "hannah", "martha", "jacqueline", "gloria", "ann", "anne", "teresa", "kathryn", "sara",
    "alice", "julia", "judy", "grace", "denise", "marie", "diana", "natalie", "charlotte", "rose",
    "janie", "jane", "sally", "tessa", "hazel", "harriet", "clare", "claire", "kate", "jade",
    "paula", "serena", "venus", "svetlana", "elena", "anastasia", "amelie", "justine", "fiona",
    "sophie", "lucy", "holly", "gemma", "louise", "joanne", "zoe", "caroline", "sheila", "maureen",
    "irene", "wendy", "tracy", "tracey", "lorraine", "kirsty", "nadia", "hilary", "hillary",
    "condoleezza", "gwyneth", "keira", "kylie", "britney", "madonna", "cherie", "yvonne", "vera",
}  # fmt: skip
# Tokens before a name searched for "year-old" ("Ten-year-old X" is "Ten", "-", "year", "-",
# "old"): room for the three of "year-old" and line breaks the tokenizer keeps as tokens.
AGE_LOOKBACK_TOKENS = 8
# Words that place a unit of time as a point, not a length: "a target for [next year]",
# "growth for [the year ahead]" (but "for the past year" is a length).
PLACING_WORDS = {"next", "this", "coming", "current", "following", "ahead",
                 # an ordinal picks one unit of a series: "for [the first day] of the forum"
                 "first", "second", "third", "opening", "final", "closing"}
# Verbs of saying that deny the clause they report ("denied that he had threatened X"); a
# negated verb of saying or thinking does too ("I don't think X can stand aside").
DENYING_VERBS = {"deny"}
# Verbs whose clause stays true when they are negated ("did not realise that [the mine] was
# closed": it was): a negated one denies nothing.
FACTIVE_VERBS = {"realise", "realize", "know", "notice", "regret", "forget", "understand", "discover", "see"}
# Adjectives of "it is ... that" that deny their clause ("it is inconceivable that [the economy]
# would not be at the centre"): no fact to ask about.
DENYING_ADJECTIVES = {"inconceivable", "unthinkable", "untrue", "false", "impossible", "wrong", "absurd"}
# Adjectives of "it is ... that" that, negated, deny their clause ("it is not true that X");
# others do not ("it is not surprising that [the harbour] closed": it did).
ASSERTING_ADJECTIVES = {"true", "clear", "certain", "likely", "right", "correct", "obvious", "sure"}
# Prepositions that need an object: one left at the end of an infinitive has its object in
# the noun before ("fans [to draw on]", "a house to live in"), so the infinitive says what the
# noun is for, no purpose ("up", "out", "off" end phrasal verbs).
STRANDED_PREPS = {"on", "in", "with", "for", "about", "at", "to", "from", "into", "upon", "of", "by"}
# Nouns that take an infinitive of their own ("instructions [to mark him]", "the right [to
# appeal]"): an infinitive right after one is the noun's, not a purpose of the clause.
INFINITIVE_NOUNS = {
    "instruction", "order", "plan", "right", "chance", "opportunity", "ability", "power",
    "permission", "decision", "call", "request", "need", "tool", "licence", "license", "mandate",
    "authority", "freedom", "pledge", "promise", "vow", "threat", "proposal", "campaign", "bid",
    "attempt", "effort", "way", "urge", "desire", "willingness", "pressure", "motion", "appeal",
}  # fmt: skip
# Modals that say a clause may not happen: a hoped or feared clause with one keeps its doubt
# in the question ("could be the target of a takeover by whom?").
HEDGING_MODALS = {"could", "might", "may"}
# "Whose name and likeness are endorsed ...?": what the answer owns, asked with "whose", is
# kept whole up to this many words (a longer one makes the wh-phrase the whole question).
MAX_OWNED_WORDS = 8
# "economist at X", "analyst with X", "director of X": the preposition of a job's employer.
WORKPLACE_PREPS = {"at", "with", "for", "of"}
# Nouns that only count or measure the noun in their "of"-phrase ("a significant number of
# [terrorists]", "hundreds of [civilians]"): the phrase is about that noun, so asking for it
# asks for the whole phrase ("Who have been killed in the campaign?").
QUANTITY_NOUNS = {
    "number", "numbers", "lot", "lots", "dozens", "hundreds", "thousands", "millions", "billions",
    "scores", "majority", "minority", "handful", "couple", "plenty", "tens", "group", "groups",
}  # fmt: skip


# Plural number words that count the noun after their "of" ("thousands of readers" -> "How
# many readers ...?"); a whole with a determiner ("thousands of the readers") is a share.
COUNTING_PLURALS = {"dozens", "hundreds", "thousands", "millions", "billions", "tens", "scores"}


# A noun this short before an appositive name is a title ("the engineer Marta Velt").
MAX_TITLE_TOKENS = 3


SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}


# Prepositions whose phrases are lists or hedges, never needed to identify the answer.
LIST_PREPS = {"including", "like", "such", "unlike", "besides", "except"}


# Verbs whose "to"-infinitive adjunct says what the means are used for ("use it to [energize
# electrons]"): asked "What ... use it to do?" (other infinitive adjuncts are purposes: "why").
INFINITIVE_MEANS_VERBS = {"use", "employ"}
# Predicate adjectives that take a "to"-infinitive ("were able to [fund] ..."); after others
# "to" is a preposition the tagger misread ("equivalent to [rest]").
INFINITIVE_ADJECTIVES = {"able", "unable", "likely", "unlikely", "willing", "unwilling", "eager", "ready", "free"}

# What a verb takes (its object, clause or predicate): a reason asked with "why" must leave at
# least one of them in the question ("Why does the box allow?" says nothing).
VERB_COMPLEMENT_DEPS = {"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd"}

# Dependents that modify a noun from inside its phrase ("[1.4bn] euros", "[2005] model
# years"): an adverbial wh-word ("when", "where") cannot stand in their place.
NOUN_MODIFIER_DEPS = {"nummod", "compound", "amod", "nmod", "quantmod"}

# Nouns for groups of people: named after a person ("the Kell family") they are still asked "who".
# Bodies of people named by a common noun: one that speaks or asks is "who" ("[the town
# council] asked Luther to return" -> "Who asked Luther to return?", as for a named organisation).
SPEAKING_BODIES = set(ORG_CATEGORIES) | {
    "authority", "government", "administration", "cabinet", "parliament", "congress", "senate",
    "board", "panel", "police", "tank", "regime", "office", "regulator", "watchdog", "embassy", "consortium",
}  # fmt: skip
PEOPLE_GROUPS = {"family", "clan", "household", "couple", "brothers", "sisters", "twins", "children", "sons"}
# Nouns that, after a nationality, name people ("Turkish forces", "Mongol tribes"); after one,
# other nouns name things ("Irish shares", "Japanese imports"), asked "what".
NATION_GROUP_NOUNS = {
    "force", "troop", "tribe", "patron", "settler", "colonist", "nobility", "people", "population", "community",
}  # fmt: skip

# Conjunctions that make an adverbial clause a time or a condition, asked "when" ("[when the
# immune system is less active] ..." -> "When does immunodeficiency occur?").
TIME_MARKS = {"when", "while", "whenever", "once", "if", "unless", "after", "before"}

# Verbs of the mind: their subject is someone, so an unlabelled name doing them is asked "who"
# ("[Aristotle] misinterpreted the motion" -> "Who misinterpreted ...?").
# Verbs whose object can be an indirect question ("predict [when they would marry]"): a
# clause opened by "when"/"where"/"how" after one is what is known, not a time or a place.
ASKING_VERBS = {
    "know", "predict", "ask", "wonder", "decide", "determine", "show", "explain", "reveal", "discover",
    "learn", "understand", "tell", "forecast", "estimate", "calculate", "establish", "investigate", "examine",
    "question", "study", "describe", "debate", "consider", "remember", "recall", "guess", "judge",
}  # fmt: skip


MIND_VERBS = {
    "misinterpret", "interpret", "discover", "invent", "propose", "theorize", "theorise", "hypothesize",
    "conclude", "realize", "realise", "observe", "describe", "criticize", "criticise", "oppose", "praise",
    "decide", "refuse", "demand", "want", "hope", "fear", "doubt", "deny", "admit", "recall", "remember",
    "understand", "learn", "teach", "study", "compose", "paint", "sculpt", "design", "marry", "recognize",
}  # fmt: skip

# What gives a noun content of its own ("the [export] market", "[three] rounds of talks", "the
# plan [that failed]"), so that its "of" phrase or infinitive may go when a question is
# shortened; a determiner, an owner or an adjective does not ("the lack", "his lack", "an
# unsuccessful attempt" still ask "of what?", "to do what?").
NOUN_CONTENT_DEPS = {"compound", "nummod", "relcl", "acl", "appos"}
# Questions are shortened towards this many words (SQuAD's human questions average ~11).
TARGET_WORDS = 18


NAMED_THINGS = {"ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
# A word in capitals this long is an acronym, not a person's name ("GPRS", "BBC"), whatever
# the tagger's label; shorter ones may be initials ("JK Rowling", "DJ").
MIN_ACRONYM_LETTERS = 3
# A relative pronoun says whether the name it follows is a person ("Usher, who ...") or a
# thing ("Laura Ashley, which ..."), whatever the tagger's label; it does so as the relative
# clause's subject or object.
RELATIVE_KINDS = {"who": True, "whom": True, "which": False}
RELATIVE_ARG_DEPS = {"nsubj", "nsubjpass", "dobj"}

# A title longer than this is a headline, not a name or a topic: never a pronoun's antecedent.
MAX_TITLE_ANTECEDENT_WORDS = 6
# Lower-case words allowed inside a person's name ("Ludwig van Beethoven", "Charles de Gaulle").
NAME_PARTICLES = {"van", "von", "de", "da", "del", "der", "di", "du", "la", "le", "bin", "ibn", "al"}

# Phrases a question can lose without losing its answer: adjuncts and modifiers. A pronoun
# with no antecedent inside one takes the phrase out rather than rejecting the question.
OPTIONAL_DEPS = {"prep", "advcl", "advmod", "npadvmod", "conj", "relcl", "acl", "appos", "parataxis", "dep"}
# How many optional phrases one question may lose (for an unresolvable pronoun, a second
# wh-word, or its length) before it is rejected instead.
MAX_REPAIRS = 3

# Fractions are amounts, asked with "how much", never "how many half". ("third", "quarter"
# alone are also ordinals and periods: "third place", "the third quarter".)
FRACTIONS = {
    "half",
    "halves",
    "quarters",
    "thirds",
    "fifths",
    "one-third",
    "one-quarter",
    "one-half",
    "two-thirds",
    "three-quarters",
    "one-fifth",
}

# A fraction written with a hyphen ("one-third", "two-fifths"), which the tokenizer may split.
FRACTION = re.compile(
    r"(a|one|two|three|four|five|six|seven|eight|nine)-(half|halves|thirds?|quarters?|fifths?|sixths?|tenths?)"
)

# A clause answer is headed by a verb with one of these dependencies (a main clause, a
# conjoined one, or a reported one).
CLAUSE_HEADS = {"ROOT", "conj", "ccomp"}
# Adjuncts outside a clause answer that can carry "What happened <adjunct>?": subordinate
# clauses opened by these conjunctions, and trailing PPs with these (time/circumstance)
# prepositions; any PP that comes before the answer sets the scene too.
SCENE_MARKS = {
    "because",
    "since",
    "as",
    "when",
    "whenever",
    "while",
    "if",
    "after",
    "before",
    "although",
    "though",
    "once",
    "until",
    "unless",
}
# The end points of a range ("from 1892 to [1894]"): asking for the whole phrase ("When did
# Tesla serve ...?") would lose which end the answer is.
RANGE_PREPS = {"from", "to", "until", "till", "through"}
# The two ends of a change in an amount: "rose from $10.9bn to [$11.1bn]" asks "To how much
# ...?", the preposition moving with the wh-phrase, where a stranded "to" would meet "from".
RANGE_ENDS = {"to": "from", "from": "to"}
SCENE_PREPS = {"during", "after", "before", "following", "since", "until", "throughout", "amid", "despite", "without"}

# A question without a fronted auxiliary needs one of these in its body ("Tesla to
# demonstrate ... at what?" is a fragment, not a question).
# Prepositions a verb of change needs to say what it means, not adjuncts a long question can
# lose: "was turned [into a festive landscape]" ("Why was the square turned?" means something
# else). Verbs whose phrase only adds a detail ("add ... to", "blame ... for") are not here:
# kept, their phrases made long questions with more to go wrong.
VERB_PREP_COMPLEMENTS = {
    "turn": {"into"},
    "transform": {"into"},
    "convert": {"into", "to"},
    "change": {"into"},
    "split": {"into"},
    "divide": {"into"},
    "translate": {"into"},
    # verbs that say nothing without their preposition's phrase ("has led [to a clutch of
    # awards]", "has accounted [for much of this]"): "What has led?" asks nothing
    "lead": {"to"},
    "account": {"for"},
    "amount": {"to"},
    "belong": {"to"},
    "consist": {"of"},
    "depend": {"on"},
    "rely": {"on"},
    "result": {"in"},
    "stem": {"from"},
    "refer": {"to"},
}
# Verbs that take an object and an "as" complement ("regarded themselves [as technically savvy]"):
# "What percentage regarded themselves?" leaves out what they regarded themselves as.
AS_COMPLEMENT_VERBS = {"regard", "view", "see", "consider", "describe", "portray", "brand", "label", "classify",
                       "dismiss", "treat", "hail", "characterise", "characterize", "depict"}
VERB_PREP_COMPLEMENTS.update({verb: {"as"} for verb in AS_COMPLEMENT_VERBS})
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
# How a clause of its own hangs on another ("... and Corra Dent [won] the award" as a
# conjunct, "its ferry and Marrow [is working] ..." as a complement): a verb hung on a noun
# instead ("students [turned] away") is a participle, whatever its tag.
CLAUSE_LINK_DEPS = {"conj", "ccomp", "ROOT", "parataxis"}

# Nouns numbered with Roman numerals: "I" after them is the numeral, not the pronoun.
NUMBERED_NOUNS = {
    "grade",
    "class",
    "type",
    "phase",
    "division",
    "war",
    "stage",
    "level",
    "part",
    "chapter",
    "book",
    "volume",
    "act",
    "category",
    "schedule",
    "title",
    "article",
    "section",
    "tier",
    "series",
    "henry",
    "edward",
    "elizabeth",
    "george",
    "james",
    "charles",
    "william",
    "mary",
    "richard",
    "louis",
}

# An in-situ wh-phrase inside a list may be followed by this many words at most ("... in the
# IJssel and what?" reads well; "... in literacy and what, the arts, religion, civics?" not).
MAX_WORDS_AFTER_LISTED_WH = 3
# Wh-adverbs that, asked in place, end the question or come before another prepositional
# phrase: before anything else they read as a garbled statement ("Sony was in when VCR
# battle?"), where "what"/"how many" stand as a noun would.
IN_SITU_ADVERB_WH = {"when", "where"}

# A fronted adjunct longer than this (tokens) is not moved whole with the wh-word.
MAX_PIED_PIPED_WORDS = 8
# A fronted date an amount question takes along ("In the first quarter of 2004", six words):
# longer, it is a clause of its own rather than the date the amount was measured at.
MAX_DATED_WORDS = 6
# The prepositions that date a fact ("In 2003", "By 2010", "On Monday"), not bound or order it.
DATING_PREPS = {"in", "on", "by", "during"}
# After these, "who" is "whom" ("According to whom ...?").
PREPOSITIONS = {"to", "by", "with", "from", "for", "of", "about", "under", "according", "after", "against"}

# A noun phrase before an appositive name longer than this is not asked with ("what special").
MAX_APPOSITIVE_HEAD_WORDS = 5
# Entity labels of numbers and measures (never an appositive "name").
NUMERIC_ENTS = {"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"}
# Punctuation that closes an appositive ("another special, X, was made").
APPOSITION_MARKS = {",", "\u2013", "\u2014"}

# "known as X", "referred to as X": X is a name, asked with "what" whatever its entity label.
NAMING_VERBS = {"know", "call", "name", "refer", "dub", "term", "describe", "regard", "style", "title"}

# Two-word prepositions of cause: an answer opening with one asks "why".
CAUSE_PREPS = {
    ("due", "to"), ("because", "of"), ("owing", "to"), ("thanks", "to"), ("on", "account"), ("in", "response"),
    ("for", "fear"),
}

# Prepositions that move with the wh-word rather than strand before another preposition
# ("By whom were both teams coached in ...?", "From how many did the time fall to 21 days?");
# others ("result in", "serve as") belong to their verb and stay.
PIED_PIPE_BEFORE_PREP = {"from", "between", "by", "during", "against", "with"}

# A name longer than this is not asked about with "Who was <name>?".
MAX_DESCRIBED_WORDS = 8

# MAX_AGE (imported above from the answer picker): the largest bare number read as an age.
# The word that gives an age after a verb ("died [aged 77]", "retired aged 35").
AGED = "aged"
# What may hang on an age said with "be": a clause the parser attaches to the number ("Lisk
# was [26] when the line opened"), not a noun or phrase it would measure ("[3] points clear").
AGE_CLAUSE_DEPS = {"relcl", "advcl", "punct", "cc", "conj"}
# Words that join the ends of a range of numbers ("aged 18 to 25", "18-25"): an answer at one
# end is not the whole range.
RANGE_WORDS = {"to", "-", "–", "—"}

# Prepositions that date or place a noun ("his death in 1879", "the bridge at Arnhem").
NOUN_DATE_PREPS = {"in", "on", "at", "during"}

# Nouns of buildings and sites: "the bridge at Arnhem" asks "Where is the bridge?".
PLACE_NOUNS = {
    "bridge",
    "observatory",
    "stadium",
    "center",
    "centre",
    "museum",
    "airport",
    "station",
    "port",
    "harbour",
    "harbor",
    "palace",
    "castle",
    "cathedral",
    "church",
    "tower",
    "dam",
    "mine",
    "plant",
    "factory",
    "campus",
    "park",
    "arena",
    "hall",
    "theatre",
    "theater",
    "hospital",
    "prison",
    "base",
    "headquarters",
    "office",
    "school",
    "library",
    "gallery",
    "monument",
    "tomb",
    "temple",
}
# Nouns that are times themselves: "the first time in 1883" dates nothing.
TIME_NOUNS = {
    "time",
    "year",
    "day",
    "month",
    "week",
    "period",
    "season",
    "era",
    "age",
    "decade",
    "century",
    "moment",
    "date",
    "night",
    "morning",
    "evening",
}

# Nouns a relative clause with no object of its own describes by a circumstance, not as its
# object: "the day he arrived", "the way she spoke", "the reason they left", "the place he
# lived". Any other noun such a clause hangs on is the object it lacks ("the society [Europe]
# has built" -> "What continent has built the society?").
ADJUNCT_GAP_NOUNS = TIME_NOUNS | {"way", "manner", "reason", "place", "extent", "point", "speed", "rate", "degree"}

# Pronouns whose sense hangs on a negation or a question around them ("not ... anything",
# "nothing"): as an object moved into a question they assert what the passage denies.
POLARITY_PRONOUNS = {"anything", "nothing", "anyone", "anybody", "nobody", "none"}
# Kind words of a polity or settlement: a name ending in one is that place only when the tagger
# calls it a place (GPE/LOC) or nothing; tagged a firm, a work or an event it is named after one
# ("Grand Theft Auto Vice [City]", "the World Cross [Country]").
POLITY_WORDS = {"city", "country", "state", "province", "county", "town", "village", "kingdom", "republic"}

# Words that let an article stand before a count ("a [further] 70 aircraft", "an [estimated] 500
# people", "a [record] 12 goals"): the number still counts the noun after it.
COUNT_AFTER_ARTICLE = {"further", "additional", "extra", "estimated", "whopping", "staggering", "record", "mere",
                       "total", "maximum", "minimum", "average"}

# Dashes and bullets that open a list item in news copy ("- There was also recognition for ..."):
# the word after one opens its sentence.
LIST_DASHES = {"-", "\u2013", "\u2014", "*", "\u2022"}

# Prepositions whose gerund a verb (or its adverb or adjective) takes as a complement, out of
# which a wh-phrase may move ("close [to] merging with X", "banned [from] selling X", "accused
# [of] hiding X", "succeeded [in] building X"); after "despite", "after", "without" ... the
# gerund is an adjunct, an island ("What did he win despite losing?").
GERUND_COMPLEMENT_PREPS = {"to", "from", "of", "in", "on", "at", "about", "into"}

# What fills a relative clause's object place itself: an object, a clausal or predicate
# complement, or a passive (whose object is its subject). A clause with one of these lacks
# no object.
GAP_FILLING_DEPS = {"dobj", "dative", "ccomp", "xcomp", "attr", "acomp", "oprd", "nsubjpass", "auxpass", "csubj"}

# Calendar nouns that "this"/"these" ties to the time of writing ("later this year", "this
# season"): the demonstrative stays in a question, where "the year" would name no year at all.
# "this time" / "this occasion" is the occasion being written about ("Labour's effort this time
# would focus ..."), which "the time" loses.
DEICTIC_TIME_NOUNS = {
    "year", "month", "week", "weekend", "day", "morning", "afternoon", "evening", "night",
    "season", "spring", "summer", "autumn", "winter", "decade", "century", "quarter",
    "time", "occasion",
}

# Nouns too vague to be what a later pronoun stands for ("Things will be different ... They
# are one of the major clubs": not "the things").
VAGUE_NOUNS = {"thing", "things", "stuff", "matter", "matters", "way", "ways", "fact"}
# Verbs of taking a stand, which a body does as a person does: a name or an organisation as
# their subject is asked "who" ("Who has expressed disappointment?", not "What has ...?").
STANCE_VERBS = {
    "express", "voice", "welcome", "condemn", "criticise", "criticize", "blame", "urge", "accuse",
    "praise", "reject", "defend", "back", "oppose", "vow", "pledge", "promise", "demand",
}  # fmt: skip
# Quotation marks (straight and curly), and how many tokens after a closing mark its speaker's
# verb may come ('"...," said Hoddle', '"...," the Tavel manager told reporters').
QUOTE_MARKS = {'"', "\u201c", "\u201d"}
SPEAKER_WINDOW = 4
# Entity labels of things that cannot speak: a name so tagged that is the subject of a verb
# of saying is a mis-tagged person or body ("[Sundar Katwala] said ..." tagged FAC). Works and
# laws do say things ("[Article 17(3)] adds that ...").
NON_SPEAKING_LABELS = {"FAC", "PRODUCT", "EVENT", "LANGUAGE"}
# Labels of things the tagger gives names that the passage shows are someone's ("Prof
# [Gellhorn]" tagged WORK_OF_ART, a surname of a person named in full elsewhere).
# The labels it mis-gives names most often (firms, places, nationalities, products, none) are
# checked whatever the name's last word; the rest only where it ends in no place noun.
COMMON_MISTAG_LABELS = {"ORG", "GPE", "NORP", "PRODUCT", ""}
MISTAKEN_PERSON_LABELS = COMMON_MISTAG_LABELS | {"FAC", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"}
# Words that make a noun phrase quantified, not referring ("[no-one]", "[every area]"): such a
# phrase is no antecedent a question can name with "the" ("the no one", "the just about every
# area"). "some", "all", "many", "several" ... read as "the" later ("some users ... they" ->
# "the users", "the several contractors") and stay.
QUANTIFYING_WORDS = {
    "no", "every", "each", "any", "neither", "either",
    "no-one", "noone", "nobody", "everyone", "everybody", "anyone", "anybody", "someone", "somebody",
}  # fmt: skip
# Marks that introduce a phrase and leave with it when a repair takes the phrase out (a "%" or
# a closing quotation mark before it belongs to the words before).
INTRODUCING_MARKS = {",", ":", ";", "-", "\u2013", "\u2014", "("}
# Words for a share of a whole that their "of" phrase names ("some [of our players]"): the
# phrase is no optional part, since without it the share is of nothing.
SHARE_PRONOUNS = {"some", "many", "most", "all", "none", "few", "several", "each", "both", "one", "any", "much"}
# Verbs of a result a score says ("beat Fiji [26-21]", "went down [37-32]"): asked "By what
# score ...?" (a draw's score says no margin, and "by" would not fit it).
SCORE_VERBS = {"beat", "win", "lose", "defeat", "lead", "trail", "go", "edge", "thrash", "triumph"}
# Labels of words that, before a common noun, say whose or where it is, not what it is ("the
# [Tory leader]", "[US consumers]"): the noun decides the wh-word, not the modifier's label.
MODIFIER_LABELS = {"NORP", "GPE"}
# Plural nouns that end the names of prizes, services, shops and events, which the small model
# often tags PERSON ("won a string of [Grammy Awards]", "wi-fi on [Virgin Trains]"): no
# person's name ends in one.
THING_NAME_ENDINGS = {
    "awards", "prizes", "trains", "games", "stores", "megastores", "studios", "records", "pictures",
    "networks", "communications", "systems", "technologies", "industries", "holdings", "services",
    "airways", "motors", "foods", "championships", "olympics",
}  # fmt: skip
# Nouns for a group, which after "of" and a noun for people is those people ("a small [band
# of supporters]", "a [group of protesters]"): asked "who".
GROUP_NOUNS = {"band", "group", "crowd", "handful", "gang", "team", "delegation", "party", "contingent"}
# Reporting verbs whose object is the person addressed, not what was said.
ADDRESSEE_VERBS = {"tell", "ask", "inform", "warn", "urge", "assure", "remind", "brief"}
# Verbs that say nothing without their content ("Who said after the match?"); others ("write to
# residents", "testify before Congress") are events even without it.
BARE_REPORT_VERBS = {"say", "tell", "add", "state", "comment"}
# Verbs besides those of saying that report a finding or a verdict, whose clause may come
# before them ("House prices fell further, the RICS found"; '"No side is the best," declared
# the coach'): a subject question puts the clause after the verb.
FINDING_VERBS = {"find", "declare", "conclude", "show", "reckon", "calculate", "observe", "remark", "forecast"}

# Widening (widen.py): asking about the list or phrase the answer sits in.
# A list of more items than this is a catalogue ("faculty includes X, Y, Z, ..."): naming the
# other items would copy the passage.
MAX_LIST_ITEMS = 5
# "Besides X, what other ...": the other items named must stay a short preamble (human SQuAD
# questions average 11 words; the "besides" phrase should not be most of the question).
MAX_BESIDES_WORDS = 10
# What a wh-word takes when the question excludes the items already named.
LIST_WH_OTHER = {"what": "other", "which": "other", "who": "else", "where": "else"}
# Entity labels that a "where" / "when" phrase names.
PLACE_ENTS = {"GPE", "LOC", "FAC"}
TIME_ENTS = {"DATE", "TIME"}
# Locative prepositions that open a whole place phrase besides those in LOCATIVE_PREPS.
NEAR_PREPS = {"along", "beside", "behind", "beyond", "outside", "over", "under", "below", "above", "between", "among"}
# Dependencies on the way from a place up to the adverbial phrase that holds it: noun-phrase
# structure only (a clause, list or apposition between makes the phrase about something else).
PHRASE_PATH_DEPS = {"pobj", "prep", "compound", "nmod", "poss", "amod"}
# Words that open the rest of a question after its wh-word when the wh-word stands alone.
AUX_WORDS = {
    "is",
    "was",
    "are",
    "were",
    "do",
    "does",
    "did",
    "has",
    "have",
    "had",
    "can",
    "could",
    "will",
    "would",
    "may",
    "might",
    "must",
    "should",
    "shall",
}
# The lemmas an auxiliary can have; a verb the parser hung on the main verb as "aux" ("Events
# [helped] boost profits") is no auxiliary to front, and its lemma is unreliable, so the
# question is asked in situ.
AUXILIARY_LEMMAS = {"be", "have", "do", "will", "would", "can", "could", "may", "might", "must", "shall", "should"}
# A title before a name identifies it only with some content: "Oracle founder", "San Francisco
# mayor" (two words) do; "novelist" alone does not.
MIN_TITLE_WORDS = 2
# Description heads that say what kind of thing, not which one ("one of the reasons, X").
VAGUE_DESCRIPTION_HEADS = {"one", "thing", "example", "part", "kind", "type", "sort", "way", "member", "some"}
# Conjunctions before a gerund adjunct that keep the main clause's subject as its subject
# ("after founding X, he ...", "while recording X"); "despite", "without" negate or concede.
CONTROLLING_MARKS = {"after", "before", "while", "when", "since", "upon", "on", "by", "in", "whilst"}
# Gerunds that relate a phrase to something else rather than tell what the subject did
# ("unrest during the 1960s beginning in 1962", "counties including X", "according to X"):
# their subject is not the clause's subject, so no question is asked from them.
RELATIONAL_GERUNDS = {
    "begin",
    "start",
    "end",
    "include",
    "accord",
    "regard",
    "concern",
    "range",
    "compare",
    "cover",
    "mean",
    "cut",
    "involve",
    "exclude",
    "lead",
    "result",
    "stretch",
    "extend",
    "date",
}
# Argument positions only a noun phrase can fill (a word there tagged ADJ is a noun).
NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "attr"}
# Endings of nouns for people by what they do ("chemist", "mathematician", "director"); the
# small model often tags such a noun before a name as an adjective.
AGENT_SUFFIX = re.compile(r"(ist|ian|er|or|ant|ent|ee)$")
# Nouns of a kind of work that the small model tags as adjectives before a title ("US
# [musical] Sweet Charity", "the [documentary] Lisk Days"): the kind, asked "which musical".
WORK_KIND_ADJECTIVES = {"musical", "documentary", "comic"}
# Nouns for a made work: its owner ("Capra's 1946 [movie]") is its maker, done with it, so a
# later "he" goes on about the one who now acts on it ("is being turned into a musical by Jon
# Thoday. He ..."), where an act's owner ("Doug Smith's [departure] was announced by ...") is
# still the one the text is about.
WORK_NOUNS = {"film", "movie", "album", "song", "single", "book", "novel", "play", "show", "series", "painting",
              "opera", "musical", "record", "programme", "program"}
# Adjectives with those endings that are not titles.
NOT_AGENT_NOUNS = {
    "former",
    "latter",
    "other",
    "elder",
    "older",
    "younger",
    "later",
    "earlier",
    "inner",
    "outer",
    "upper",
    "lower",
    "different",
    "recent",
    "current",
    "silent",
    "brilliant",
    "prominent",
    "major",
    "minor",
    "senior",
    "junior",
    "eminent",
    "independent",
    "permanent",
    "ancient",
    "giant",
}
# Title nouns that make a one-word name a firm, whatever the tagger says ("marketing [company]
# Doubleclick", "drinks [giant] Pernod"): such a name is what "it" can stand for.
# What a firm has and a thing or an event does not: "[its] shares fell" is the firm's, not "her
# departure"'s, though the departure is the nearer subject.
# Matched against the word and its lemma: "sales", "earnings" are words of their own.
BUSINESS_HOLDINGS = {"share", "profit", "revenue", "stock", "sales", "turnover", "earnings", "shareholder",
                     "chief", "boss", "executive", "chairman", "workforce", "staff", "employee", "subsidiary",
                     "headquarters"}
FIRM_NOUNS = {"company", "firm", "group", "giant", "maker", "carmaker", "retailer", "bank", "airline", "operator",
              "chain", "brand", "conglomerate", "insurer", "lender", "broadcaster", "publisher", "manufacturer",
              "provider", "supplier", "producer", "agency", "network", "website", "business", "corporation",
              "subsidiary", "carrier", "distributor", "brewer", "miner", "developer"}  # fmt: skip
# Nouns that, before a name, say it is a firm or a competitor, not a place ("larger rival
# [Verizon]", "its partner [Lisk]"), whatever the tagger's place label.
RIVAL_NOUNS = {"rival", "rivals", "competitor", "partner", "suitor", "bidder", "parent", "owner", "client"}
FIRM_MARKERS = FIRM_NOUNS | RIVAL_NOUNS
# Second words of an amount opened by "as" ("[as much as 30%]", "as many as", "as high as"),
# which is no "as" reason or role.
AS_MUCH_WORDS = {"much", "many", "high", "low", "few"}
# Sums a firm makes, owes or is worth: "posted a profit of [$3.36bn]" is asked "How much profit
# did TimeWarner post?", not "How much did TimeWarner post a profit of?".
MONEY_NOUNS = {"profit", "profits", "loss", "losses", "revenue", "revenues", "sales", "turnover", "capitalisation",
               "capitalization", "debt", "debts", "deficit", "surplus", "fine", "bid", "dividend", "income",
               "earnings", "budget"}  # fmt: skip
# Quotation marks that open a quoted title.
OPENING_QUOTES = {'"', "\u201c", "'", "\u2018", "``"}
CLOSING_QUOTES = {'"', "\u201d", "''"}
# Left modifiers of a name that belong to its title ("mathematician Alberto Calderón").
TITLE_DEPS = {"compound", "amod", "nmod", "det"}
# the left dependents of a noun that belong to its phrase (and leave the question with it)
LEFT_NP_DEPS = frozenset({"amod", "compound", "poss", "nummod", "nmod", "det", "quantmod"})
# Nouns whose "of" phrase gives a value ("the age of 86", "a speed of 200 km/h"): the number
# is asked with the noun ("At what age ...?", "What speed ...?").
MEASURE_NOUNS = {
    "age",
    "cost",
    "price",
    "rate",
    "speed",
    "depth",
    "height",
    "length",
    "width",
    "distance",
    "temperature",
    "pressure",
    "maximum",
    "minimum",
    "total",
    "average",
    "population",
    "capacity",
    "altitude",
    "weight",
    "value",
    "budget",
    "salary",
    "score",
    "margin",
    "radius",
    "diameter",
    "area",
    "size",
    "volume",
    "density",
    "elevation",
    "mass",
    "frequency",
    "fee",
    "sum",
}
# A gerund after these is an adjunct whose subject is the clause's ("after founding X, she
# moved", "by charging fees, schools ..."): asked as its own clause. After other prepositions
# the clause keeps the gerund ("a fee for using X" -> "What did the council charge a fee for
# using?"), since who does it is not said.
EXTRACTED_PREPS = {"after", "before", "since", "upon", "on", "by", "through", "while", "when"}
# Prepositions that deny the gerund's event ("without using X"): nothing to ask from it.
NEGATING_PREPS = {"without", "despite", "instead", "besides", "against"}
# Parts of speech of list items that "Besides X, what else ...?" can name.
LIST_ITEM_POS = {"NOUN", "PROPN", "NUM"}
# the number a counted description announces for the list of names after it ("the three
# largest urban centres, Nairobi, Mombasa and Kisumu"); longer lists are rarely given in full
LIST_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
# Number words that make a time expression a duration ("five to ten years", "several months").
COUNT_WORDS = {
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "several",
    "few",
}

# Nouns of a purpose phrase on the clause verb: "in order to [cut costs]", "in a bid to [...]",
# "with the aim of [...]". An infinitive answer inside one is the reason for the action, asked
# "why" as people ask it ("Why did the board raise fees?"), not "... raise fees in order to do?".
PURPOSE_NOUNS = {"order", "bid", "effort", "attempt", "aim", "goal", "hope", "view", "purpose", "intention", "move"}
# The prepositions that open such a phrase: "in order to", "with the aim of".
PURPOSE_PREPS = {"in", "with"}
# Words that open a list of examples of the noun before them: "sponsors such as X, Y and Z",
# "museums including X", "ports like X": one item is asked "Which sponsors ...?", naming the others.
EXAMPLE_PREPS = {"as", "including", "like"}
# Person nouns of one gender: "he" cannot stand for "the queen", nor "she" for "the king".
FEMALE_NOUNS = {
    "mother", "wife", "daughter", "sister", "aunt", "niece", "queen", "woman", "girl", "actress", "nun",
    "chairwoman", "spokeswoman", "grandmother",
}
MALE_NOUNS = {
    "father", "husband", "son", "brother", "uncle", "nephew", "king", "man", "boy", "prince", "monk", "chairman",
    "spokesman", "grandfather", "clergyman", "fisherman", "pope", "priest",
}
# How far back (in sentences, counting the pronoun's own) a common-noun antecedent of he/she is
# looked for: the subject of the sentence before is the usual antecedent in news prose.
MAX_ANTECEDENT_SENTS = 2
# Dependencies the parser gives a noun phrase set off by commas between the subject and its
# verb ("X, his superior, pointed"): an apposition of the subject, misattached to the verb.
SET_OFF_NOMINAL_DEPS = {"amod", "npadvmod", "appos", "dep", "nmod"}
# Dependencies of a date that make it what the verb gives or takes, not when it happens
# ("given [an extra year]"). After "be" a date still says when ("The launch is [in January]":
# "When is the launch?"), so attr and nsubj are not among them.
THING_DEPS = {"dobj", "dative", "nsubjpass"}
# Courtesy titles: part of how a name is addressed, not of a description ("Federal Reserve
# chairman Mr Greenspan" -> "Who was the Federal Reserve chairman?", not "... chairman Mr?").
# COURTESY_TITLES: imported above from the answer picker, which stops a name at one.
# Nouns of things dated by a year beside them, with the event a year of theirs is the year of
# ("the 1992 Maastricht Treaty" was signed in 1992; "the Nationality Act 1981" passed in 1981).
DATED_NOUNS = {
    "treaty": "signed", "agreement": "signed", "accord": "signed", "accords": "signed", "pact": "signed",
    "convention": "signed", "act": "passed", "law": "passed", "bill": "passed", "constitution": "adopted",
    "election": "held", "elections": "held", "referendum": "held", "census": "taken", "film": "released",
    "telefilm": "released", "movie": "released", "album": "released", "novel": "published",
    "book": "published", "report": "published",
}  # fmt: skip
# Nouns of events a year beside them dates, asked "When did the X happen?" ("the 2004 tsunami",
# "the 1997 Asian crisis").
HAPPENING_NOUNS = {
    "storm", "flood", "floods", "earthquake", "tsunami", "crisis", "attack", "attacks", "riot", "riots",
    "fire", "crash", "collapse", "recession", "war", "blackout", "outbreak", "disaster", "explosion",
    "eruption", "famine", "uprising", "revolution", "coup", "invasion", "massacre", "shipwreck",
}  # fmt: skip
# Nouns before a numeral that make it a rank: "reached number [three]", "finished in position [two]".
RANK_NOUNS = {"number", "position", "no."}
# Currencies whose plural is their singular: "59.2 trillion rupiah" counts rupiah ("How many rupiah").
UNCOUNTED_CURRENCIES = {"yuan", "yen", "rupiah", "baht", "won", "renminbi", "rand", "ringgit", "kwacha"}

# Verbs through which an adjective describes the subject as it is or seems, asked "What
# was X like?" ("was [corrupt]", "looked [tired]"); verbs of change ("became") are not among them.
DESCRIBING_VERBS = {"be", "seem", "look", "sound", "appear", "feel", "taste", "smell"}
# Adverbs in "-ly" that do not say how something is done, so are not asked "how": time
# ("recently"), degree ("largely"), frequency ("usually"), stance ("reportedly"), focus ("only").
NOT_MANNER_ADVERBS = {
    "only", "early", "recently", "previously", "formerly", "initially", "originally", "finally",
    "eventually", "lately", "currently", "presently", "subsequently", "immediately", "simultaneously",
    "shortly", "mostly", "nearly", "largely", "partly", "mainly", "roughly", "approximately", "really",
    "actually", "certainly", "probably", "possibly", "likely", "reportedly", "allegedly", "apparently",
    "clearly", "generally", "usually", "typically", "normally", "frequently", "rarely", "occasionally",
    "regularly", "daily", "weekly", "monthly", "yearly", "annually", "entirely", "fully", "completely",
    "highly", "extremely", "particularly", "especially", "exactly", "merely", "solely", "simply",
    "relatively", "increasingly", "newly", "briefly", "already", "fairly", "hardly", "barely", "scarcely",
    "truly", "surely", "obviously", "essentially", "basically", "ultimately", "supposedly",
    "officially", "publicly", "primarily", "chiefly", "principally", "widely", "heavily", "partially",
    "virtually", "practically", "literally", "successively", "consequently", "accordingly",
}

# Last words of names that say what kind of thing the name is, besides places, areas and
# bodies ("the Lunar Reconnaissance [Orbiter]", "the Treaty of X" does not end in one):
# such a name is asked "which <kind>".
NAMED_KINDS = {
    "orbiter", "mission", "treaty", "prize", "award", "festival", "war", "battle", "dynasty", "empire",
    "conjecture", "theorem", "street", "square", "road", "avenue", "channel", "network", "cup",
    "league", "conference", "act", "programme", "program", "movement", "revolution", "rebellion",
    "uprising", "expedition", "campaign", "station", "ship", "rocket", "satellite", "telescope", "hymn",
}

# A record and the time it is counted over: "its highest level in [three months]", "the first
# fall in [five years]" (``_superlative_window``).
RECORD_WORDS = {"first", "last", "record", "highest", "lowest", "biggest", "largest", "best", "worst"}
WINDOW_PREPS = {"in", "for", "over", "since"}

# Verbs whose "it" before an adjective stands for an infinitive after it ("making it possible
# to build", "found it hard to sell"): an expletive, not a pronoun to resolve.
EXPLETIVE_OBJECT_VERBS = {"make", "find", "consider", "keep", "deem", "render", "think"}

# Verbs of an idiom "VERB it out" whose "it" stands for nothing ("will battle it out for the
# award", "fought it out to the line"): the contest itself, not a thing named before.
IT_OUT_IDIOM_VERBS = {"battle", "fight", "slug", "duke", "tough", "sweat", "hash", "have", "ride", "slog"}

# How most English nouns for a person end; a complement noun ending otherwise ("event",
# "road", "library") and not a known person noun names a thing. "-ent"/"-ant" are left out:
# "event", "element", "plant" outnumber the people ("agent", "servant") among them.
PERSON_NOUN_ENDINGS = ("er", "or", "ist", "ian", "ee", "man", "men", "ess", "eer", "ier", "yst")
# Nouns for people that end otherwise, as complements of "be" ("[Maududi] was an important
# figure"): "-ent"/"-ant" ones, family words and roles.
PERSON_COMPLEMENTS = {
    "figure", "proponent", "companion", "agent", "parent", "client", "correspondent", "adolescent",
    "participant", "tenant", "saint", "hero", "heroine", "icon", "legend", "star", "celebrity", "guest",
    "host", "head", "relative", "spouse", "widow", "ally", "enemy", "foe", "winner", "nominee",
}
# Words that join clauses as equals: a clause after one is the parser's join, not a verb's
# complement ("owns Yugansk [and] Russia has said ..."), whatever label the parser gave the word.
COORDINATORS = {"and", "or", "but", "nor"}
# Prepositions whose phrase after an answer noun is the noun's own, never the clause's: left
# behind by the answer it would hang on the verb ("What did the savings not come at [of health]?").
NOUN_OWN_PREPS = {"of", "about"}
# A sum in pence, written as one word ("79p", "2.5p"): money, which the tagger calls a number.
PENCE = re.compile(r"\d+(?:\.\d+)?p")
