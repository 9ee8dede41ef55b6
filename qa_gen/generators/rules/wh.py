"""Choosing the wh-phrase from the answer's entity label, dependency and head noun."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from ...nlp import PERSONS_KEY
from .clause import (
    a_number,
    attached_magnitude,
    counted_noun,
    example_list,
    find_subject,
    join_tokens,
    means_of,
    of_after,
    percent_sign,
    place_of_event,
    place_on_subject,
    range_end,
    span_covers,
    under_dep,
)
from .countries import is_city, place_kind
from .lexicon import (
    ADDRESSEE_VERBS,
    AGE_LOOKBACK_TOKENS,
    AREA_NOUNS,
    AS_TIME_WORDS,
    ASKING_VERBS,
    CAUSE_PREPS,
    CHANGE_VERBS,
    CLOCK_PREPS,
    CLOCK_READING,
    CLOCK_ZONES,
    CLUB_KIND_WORDS,
    COMMON_MISTAG_LABELS,
    COMPASS_POINTS,
    CONTEST_VERBS,
    COUNT_WORDS,
    COUNTED_SPAN_PREPS,
    COURTESY_TITLES,
    DEADLINE_PREPS,
    DIMENSION_WHS,
    DURATION_UNITS,
    DWELLING_VERBS,
    ERA_MARKS,
    FEMALE_GIVEN_NAMES,
    FIRM_MARKERS,
    FRACTION,
    FRACTIONS,
    GAME_CLOCK_WORDS,
    GROUP_NOUNS,
    HONORIFICS,
    HOW_PHRASE_PREPS,
    KEPT_YEAR_PREPS,
    LOCATIVE_PREPS,
    MAGNITUDES,
    MALE_GIVEN_NAMES,
    MAX_AGE,
    MAX_PIED_PIPED_WORDS,
    MEASURE_PREPS,
    MIN_ACRONYM_LETTERS,
    MIND_VERBS,
    MISTAKEN_PERSON_LABELS,
    MODIFIER_LABELS,
    MONTHS,
    MOTION_VERBS,
    NAME_PARTICLES,
    NAMED_KINDS,
    NAMING_VERBS,
    NATION_GROUP_NOUNS,
    NON_SPEAKING_LABELS,
    NOT_MANNER_ADVERBS,
    NOT_PERSON_AFTER_TITLE,
    NOT_PLACE_NOUNS,
    ONCE_COMPLEMENTS,
    OPPONENT_PREPS,
    ORG_CATEGORIES,
    PENCE,
    PEOPLE_GROUPS,
    PER_WORDS,
    PERCENT_WORDS,
    PERSON_COMPLEMENTS,
    PERSON_NOUN_ENDINGS,
    PERSON_NOUNS,
    PLACE_ADVERBS,
    PLACE_NOUNS,
    PLACE_PART_NOUNS,
    PLACING_WORDS,
    POLITY_WORDS,
    POSITION_PREPS,
    QUANT_MODS,
    RACE_TIME,
    RACE_TIME_UNITS,
    RELATIVE_ARG_DEPS,
    RELATIVE_KINDS,
    SAY_VERBS,
    SCORE_VERBS,
    SHARE_WORDS,
    SHORT_MAGNITUDES,
    SPEAKING_BODIES,
    STANCE_VERBS,
    SUBJECT_DEPS,
    THING_DEPS,
    THING_NAME_ENDINGS,
    THRESHOLD_PREPS,
    THRESHOLD_VERBS,
    TIME_MARKS,
    TIME_NOUNS,
    TIME_PREPS,
    TIMES_ADVERBS,
    UNCOUNTED_CURRENCIES,
    WEEKDAYS,
    WHEN_PHRASE_PREPS,
    YEAR,
    YEAR_PREPS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# Unit abbreviations are this short (m, km, mi, ft, kg): "[120 m]" is a count of metres.
MAX_UNIT_LETTERS = 3
# doc.user_data key of the names the passage marks as people or things (``marked_kinds``)
MARKED_KINDS_KEY = "qa_gen_marked_kinds"
# doc.user_data key of the names the passage shows to be people's (``surnames``)
SURNAMES_KEY = "qa_gen_surnames"
# A single word must be tagged a person this often in the passage to count as one.
MIN_SINGLE_NAME_TAGS = 2


# Entity labels of times and amounts: a phrase naming one is no place.
# Round numbers a fraction can be of ("half a million people" counts people, it is no share).
ROUND_NUMBERS = {"dozen", "hundred", "thousand", "million", "billion", "trillion"}
NUMERIC_LABELS = {"DATE", "TIME", "CARDINAL", "QUANTITY", "PERCENT", "MONEY", "ORDINAL"}


# Built once at import (wh_phrase runs for every answer): nouns naming a kind of place or body,
# whose names are things ("the Dana Kell Bridge"), and nouns for people or groups of them.
_KIND_NOUNS = PLACE_NOUNS | AREA_NOUNS | ORG_CATEGORIES.keys()
_PEOPLE_NOUNS = PERSON_NOUNS | PEOPLE_GROUPS
_GIVEN_NAMES = MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES
_NATION_PEOPLE = _PEOPLE_NOUNS | NATION_GROUP_NOUNS


def wh_phrase(span: Span, arg: Token | None, verb: Token) -> tuple[str, str, bool]:
    """(wh-phrase, question type, whether it absorbs the answer's preposition)."""
    label = _label(span)
    root = span.root
    prep = root.head if root.dep_ == "pobj" else None
    p = prep.lower_ if prep is not None else ""
    words = [t.lower_ for t in span]
    if _frequency(words):  # "meets [twice a year]" -> "How often does the council meet?"
        return "how often", "how often", False
    compass = _compass_wh(span, prep)
    if compass is not None:
        return compass
    if _a_score(span):  # "beat Fiji [26-21]" -> "By what score did England beat Fiji?", not "When ...?"
        return "by what score", "what score", False
    if _clock_time(span):  # "rose 4% by [1200] GMT" -> "By what time did ... rise 4%?", not "How many GMT"
        # the parser hangs a zone, not the number, on the preposition
        zone = span.doc[span.end] if span.end < len(span.doc) else span.root
        on = zone.head.lower_ if zone.dep_ == "pobj" else p
        return (f"{on} what time", "what time", True) if on in CLOCK_PREPS else ("what time", "what time", False)
    if root.dep_ == "poss" or (len(span) and span[-1].tag_ == "POS"):
        return "whose", "whose", False
    timed = _race_time(span)
    if timed is not None:  # "ran [20.13secs]", "won in [3:49.78]", "missed the record by [1.45secs]"
        if p == "by":
            return (f"by how many {timed}", "how many", True) if timed else ("by how much", "how much", True)
        if p == "in":
            return "in what time", "what time", True
        return "what time", "what time", False
    named = root.is_title and not root.is_sent_start  # "named the show ["Behind the Sofa"]": a title
    if root.lower_ in DIMENSION_WHS and root.head.pos_ in {"VERB", "AUX"} and any(t.like_num for t in span):
        # "is [300 km long]": a measure with its dimension, said of the subject, asks "How
        # long is the plain?", not "The plain is how many km?"
        return DIMENSION_WHS[root.lower_], DIMENSION_WHS[root.lower_], False
    since = root.lower_ == "since" and root.dep_ == "prep" and len(span) > 1  # tagged ADP or SCONJ
    if since and _label(span[1:]) in {"DATE", "TIME"} and _perfect_state(root.head):
        # "has been published [since 1979]" -> "How long has the magazine been published?":
        # "When has it been published?" loses the "since"
        return "how long", "how long", False
    if root.pos_ == "ADP" and root.dep_ == "prep" and len(span) > 1 and not named:  # the answer is a whole PP
        inner = _label(span[1:])
        if root.lower_ in LOCATIVE_PREPS and inner in {"GPE", "LOC", "FAC", "ORG"} and inner != "DATE":
            return "where", "where", False
        if root.lower_ in TIME_PREPS and inner in {"DATE", "TIME"}:
            return "when", "when", False
        if root.lower_ in POSITION_PREPS and _a_site(span[1:], inner) and root.head.pos_ in {"VERB", "AUX"}:
            return "where", "where", False  # "are commonly found [in the leaves]"
        if root.i == span.start and root.head.pos_ in {"VERB", "AUX"}:
            if root.lower_ == "by" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in root.children):
                return "how", "how", False  # "stimulate the response [by damaging the cell]": a means
            if root.lower_ in WHEN_PHRASE_PREPS and inner not in NUMERIC_LABELS - {"DATE", "TIME"}:
                return "when", "when", False  # "erupted [during one hunting excursion]"
            if root.lower_ in HOW_PHRASE_PREPS and inner != "PERSON":
                return "how", "how", False  # "is held [through various associations]"
    share = prep is not None and p == "of" and (prep.head.lower_ in SHARE_WORDS or prep.head.like_num)
    described = any(t != root and t.dep_ != "det" and not t.is_punct for t in span)  # else "which" gives it away
    if share and described and root.tag_ == "NNS" and root.pos_ == "NOUN" and not label:
        # "Several of [Ireland's biggest companies] saw ..." -> "Several of which companies saw
        # ...?": "of what" would leave the share of nothing in particular
        return f"which {root.text}", "which", False
    if span[0].lower_ in PLACE_ADVERBS and span[0].pos_ == "ADV":  # "sought investors [overseas]"
        return "where", "where", False
    if _manner_adverb(span, verb):  # "are [chemically] bonded" -> "How are the atoms bonded?"
        return "how", "how", False
    subj = find_subject(verb)
    person_attr = (
        arg is not None
        and arg.dep_ == "attr"
        and subj is not None
        and subj.lemma_.lower() in PERSON_NOUNS
        and root.pos_ == "PROPN"
    )
    if prep is not None and span.start == prep.i + 1 and means_of(root, alone=True):
        return "how", "how", True  # "reached by [boat]" -> "How was the village reached?"
    if len(span) == 1 and root.lower_ in TIMES_ADVERBS and _times_count(root):  # "won the cup twice"
        return "how many times", "how many times", False
    if p == "as" and verb.lemma_ in NAMING_VERBS:
        return "what", "what", False  # "known as X" asks for a name: "What is X known as?"
    speaks = _subject_of(span, arg, verb, SAY_VERBS)
    # "the Miller–Urey [experiment]", "the Jin dynasty": a thing named after people is no
    # person (but "his grandson Kublai Khan" is: the name is in apposition, not a modifier)
    people = [t for t in span if t.ent_type_ == "PERSON" and t != root]
    named_kind = root.lower_ in _KIND_NOUNS
    head_noun = (root.pos_ == "NOUN" and root.is_lower) or named_kind
    thing = (
        head_noun  # "the Dana Kell [Bridge]" (but not "[Mike Lake], a spokesman, said ...")
        and not speaks
        and root.lemma_.lower() not in _PEOPLE_NOUNS  # "the Kell family" is who
        and all(t.i < root.i and under_dep(t, root, {"compound", "amod", "nmod"}) for t in people)
    )
    # a person's name takes no article ("the [Alter Rhein]", "the new [Mini]" are things the
    # tagger took for people; but "the late [Dan Orr]" is someone)
    dets = [c.i for c in root.children if c.dep_ == "det" and c.i < span.start and c.lower_ in {"the", "a", "an"}]
    # (a courtesy title says person whatever the article: "told the BBC Mr [Howard]", where
    # the parser hung "the" on the name)
    titled = span.start > 0 and span.doc[span.start - 1].lower_ in COURTESY_TITLES
    # (an article not right before it says nothing of a name the passage shows is someone's: "a
    # disheartened [Roddick]" after "Andy Roddick"; but "the [Mini]" is a thing)
    known = span.text in surnames(span.doc)
    article = bool(dets) and (dets[-1] == span.start - 1 or (len(span) == 1 and not known)) and not titled
    destination = prep is not None and p in {"to", "into"} and prep.head.lemma_ in MOTION_VERBS
    if label == "PERSON" and len(words) == 1 and destination:  # "fled to [Normandy]": a place
        return "where", "where", True
    dwelling = prep is not None and p in {"at", "in", "inside"} and prep.head.lemma_ in DWELLING_VERBS
    if label == "PERSON" and len(words) == 1 and dwelling:  # "played at [Anfield]": a place
        return "where", "where", True
    if label == "PERSON" and _no_person(span, arg, verb) and not speaks:
        # (a tagged name that speaks is someone, whatever its last word: "[Mike Lake], a
        # spokesman, said ...", not "What said ...?")
        label = ""
    if speaks and root.pos_ == "PROPN" and label in NON_SPEAKING_LABELS:
        # a name that speaks is a person or a body, whatever the tagger took it for: "[Sundar
        # Katwala] (FAC) said ...", "[Prof Gellhorn] (WORK_OF_ART) said ..." -> "Who said ...?"
        return "who", "who", False
    if (
        (label == "PERSON" and not thing and not article)
        or person_attr
        or (
            label in {"", "ORG"}
            and _people(root)
            and not _a_role(root, p)
            and not _named_thing(span, arg, verb)
        )
        or root.lower_ in {"he", "she"}
    ):
        return "who", "who", False
    if _a_team(span, label, arg, verb):  # "beat the Seattle Seahawks" -> "Who did the Panthers beat?"
        return "who", "who", False
    if _a_country_side(label, arg, verb, root):  # "[England] beat Fiji 26-21" -> "Who beat Fiji ...?"
        return "who", "who", False
    duration = root.tag_ == "NNS" and any(t.like_num for t in span)
    if label in {"DATE", "TIME"} and root.dep_ == "attr" and root.head.lemma_ == "be" and duration:
        # "a definition of a recession is [two successive quarters]": a length of time that
        # something is, not when it is
        return "what", "what", False
    if label in {"DATE", "TIME"} and arg == root and _time_subject(root, verb):
        # a time that is the subject is a thing the clause says something of ("[Christmas] is
        # a special time of the year"): "When is ...?" cannot stand for a subject
        one_year = len(words) == 1 and YEAR.fullmatch(words[0]) is not None
        return ("what year", "what year", False) if one_year else ("what", "what", False)
    if label in {"DATE", "TIME"}:
        if _age_attr(span, arg, verb):
            return "how old", "how old", True  # "The former world number one was [22] when she retired"
        if _counts_time_noun(span):
            # "ran for [26] seasons": the number counts the noun after it, which the tagger
            # took with it for a date ("How many seasons did the show run for?", not "When ...?")
            return "how many", "how many", False
        return _when(words, prep, root, label)
    if label == "PERCENT":
        if p in {"by", "to", "from"}:
            return f"{p} what percentage", "what percentage", True
        # "rose [25] percent": the number's "percent" is what the verb takes
        sign = root.head if root.dep_ == "nummod" and root.head.lower_ in PERCENT_WORDS else root
        # "rose [3%]": a change by an amount; but "shares worth [5.7%] of the debts" is a share
        if (sign.dep_ == "npadvmod" and sign.head.lower_ != "worth") or sign.head.lemma_ in CHANGE_VERBS:
            return "by what percentage", "what percentage", False
        return "what percentage", "what percentage", False
    if label == "MONEY":
        currency = counted_noun(span) if span[-1].like_num else None
        counted = currency is not None and (currency.tag_ == "NNS" or currency.lower_ in UNCOUNTED_CURRENCIES)
        if currency is not None and currency.is_alpha and counted:
            return "how many", "how many", False  # "[24.2 trillion] pesos": a count of the currency's units
        # "were down 4% at [325.5p] in morning trade": "at" left before more words strands
        # ("How much were shares down 4% at in morning trade?"); at the end it reads well
        # ("How much is the deal valued at?")
        stranded = p == "at" and span.end < len(span.doc) and not span.doc[span.end].is_punct
        if prep is not None and (range_end(prep) or stranded):
            # "rose 2% to [$11.1bn] from $10.9bn" -> "To how much did sales rise 2% from
            # $10.9bn?", not "How much did sales rise 2% to from $10.9bn?"
            return f"{p} how much", "how much", True
        return "how much", "how much", False
    # "one half", "two-thirds of the vote": a share; not "a [half-hour] programme"
    share_word = any(
        t.lower_ in FRACTIONS and not (t.i + 1 < len(t.doc) and t.nbor(1).text == "-") and not _fraction_of_number(t)
        for t in span
    )
    # a fraction the tokenizer split at its hyphen ("one - third"), or "a third of": a share
    joined = "".join(t.text for t in span).lower()
    a_share = FRACTION.fullmatch("-".join(words)) is not None and of_after(span) is not None
    share_word = share_word or FRACTION.fullmatch(joined) is not None or a_share
    if share_word:
        whole = of_after(span)
        if whole is not None and not any(t.is_punct or t.pos_ == "PRON" for t in whole.subtree):
            # "killed [two-thirds] of the population" -> "How much of the population did the
            # plague kill?": the share asks with its whole, which leaves with it ("how many of
            # all firms")
            plural = any(c.dep_ == "pobj" and c.tag_ in {"NNS", "NNPS"} for c in whole.children)
            said = list(whole.subtree)
            if len(said) > MAX_PIED_PIPED_WORDS:  # a long whole moves without its clauses
                said = [t for t in said if not under_dep(t, whole, {"acl", "relcl"})]
            return f"how {'many' if plural else 'much'} {join_tokens(said)}", "how much of", False
        return "what proportion", "how much", False
    # "[16 national science academies] issued a statement": a count with its plural noun
    hyphened = len(span) > 1 and span[1].text == "-"  # "[three-carbon molecules]" is a kind, not a count
    counts = not label and a_number(span[0]) and span[0].dep_ == "nummod" and root.tag_ == "NNS" and not hyphened
    if label in {"", "CARDINAL", "QUANTITY"} and _glued_kind(span):
        # a number glued to letters that modify a noun names a kind, and counts nothing ("[3G
        # networks]", "[4G masts]", which the tagger may call grams): not "How many G ...?";
        # a unit is the noun itself ("ran [10km]")
        return "what", "what", False
    if label in {"CARDINAL", "QUANTITY"} or (a_number(root) and not label) or counts:
        noun = counted_noun(span)
        if noun is not None and _names_singular(span, noun, label):
            # "created [the 50 fund]": a number before a singular noun names it ("How many fund
            # ...?" counts nothing); the whole phrase is asked with "what"
            return "what", "what", False
        if noun is not None:
            return "how many", "how many", False
        if attached_magnitude(root):
            return "what", "what", False  # "fallen to [294.3m]": a value; "How many m ...?" is no question
        unit = span[-1].lower_ if label == "QUANTITY" and not span[-1].like_num else ""
        if unit:
            return f"how many {unit}", "how many", False
        changed = prep is not None and prep.head.lemma_ in CHANGE_VERBS  # "grew by 1500": an amount
        if len(words) == 1 and YEAR.fullmatch(words[0]) and p in YEAR_PREPS and not changed:
            # a year the tagger took for a number: "invented around 1712" -> "Around what year ...?"
            return _when(words, prep, root, "DATE")
        after = next((t for t in span.doc[span.end : span.end + 2] if not t.is_punct), None)
        if after is not None and after.pos_ == "NOUN":  # "into [three, later four], classes"
            return "how many", "how many", False
        if not _a_count(span):
            return "what", "what", False  # "24 to 10", "3.62", "Westwood One": a score, a value, a name
        if root.dep_ == "attr" or (root.dep_ == "pobj" and p in MEASURE_PREPS):
            return "what", "what", False  # "estimated at 11.4 million": not "How many was it estimated at?"
        passed = root.dep_ == "dobj" and verb.lemma_ in THRESHOLD_VERBS and root.head == verb
        if passed or (root.dep_ == "pobj" and p in THRESHOLD_PREPS):
            # "sales passed [167 million]", "stuck above [4 million]": a mark a figure reached,
            # not a count ("How many did sales pass?") -> "What figure did sales pass?"
            return "what figure", "what", False
        return "how many", "how many", False
    site = not label and root.pos_ == "NOUN" and bool({root.lemma_.lower(), root.lower_} & (AREA_NOUNS | PLACE_NOUNS))
    site = site or _part_of_place(root)  # "felt in [the eastern part of Germany]"
    if site and prep is not None and p in POSITION_PREPS and prep.head.pos_ in {"VERB", "AUX"}:
        return "where", "where", True  # "live in [marine waters]" -> "Where do ... live?"
    kind = _named_kind(span, label)
    if label in {"GPE", "LOC", "FAC"} and any(c.lower_ in FIRM_MARKERS for c in root.lefts):
        # "losing out to larger rival [Verizon]", "phone firm [Qwest]": the noun before the
        # name says it is a firm, whatever the place label ("... losing out where?")
        label = "ORG"
    if label in {"GPE", "LOC", "FAC"}:
        if prep is not None and p in LOCATIVE_PREPS and prep.head.pos_ in {"VERB", "AUX"}:
            if p == "from" and range_end(prep):
                # "moved from [London] to Paris" -> "From where did Mr Orr move to Paris?", not
                # "Where did Mr Orr move from to Paris?"
                return "from where", "where", True
            return "where", "where", p != "from"
        if place_on_subject(span, verb) or place_of_event(span, verb):
            return "where", "where", True
        place = place_kind(span.text) if label in {"GPE", "LOC"} else None
        if place is not None:  # "Which country has used the territory of another nation?", "in which region"
            modifies = root.dep_ in {"compound", "nmod"} and root.head.pos_ in {"NOUN", "ADJ"} and root.head not in span
            # "by [US] dictionary publisher X" -> "by which country's dictionary publisher X"
            return (f"which {place}'s" if modifies else f"which {place}"), "which", False
        if kind:
            return f"which {kind}", "which", False  # "[Tower District] is known as ..." -> "Which district ...?"
        named_place = prep is not None and prep.head.lemma_.lower() in AREA_NOUNS  # "the town of [Baldwin]"
        if prep is not None and prep.head.pos_ in {"NOUN", "PROPN"} and not named_place and is_city(span.text):
            # a city in a phrase on a noun: "a protester in which city?", "the Mayor of which
            # city?", not "... in what?" (a city that subject or object may be a club's name)
            return "which city", "which", False
        return "what", "what", False
    if label == "ORG":
        if kind:
            return f"which {kind}", "which", False
        if _subject_of(span, arg, verb, SAY_VERBS | STANCE_VERBS):
            # organisations that speak or take a stand are "who" ("[the Dragons] have
            # expressed disappointment"); otherwise "what"
            return "who", "who", False
        return "what", "what", False
    if kind and label not in {"NORP", "PERSON"}:  # "[Lunar Reconnaissance Orbiter]" -> "Which orbiter ...?"
        return f"which {kind}", "which", False
    group = root.lemma_.lower() in _NATION_PEOPLE
    if label == "NORP" and root.pos_ == "NOUN" and not root.ent_type_ and not group:
        return "what", "what", False  # "[Irish shares] have risen": the nationality describes things
    if label == "NORP":
        return (
            ("who", "who", False)
            if root.pos_ in {"PROPN", "NOUN"} and root.tag_ in {"NNPS", "NNS"}
            else ("what", "what", False)
        )
    # an unlabelled name that thinks ("[Aristotle] misinterpreted the motion") is someone
    thinks = _subject_of(span, arg, verb, MIND_VERBS)
    stands = _subject_of(span, arg, verb, STANCE_VERBS)
    if not label and root.pos_ == "PROPN" and (speaks or thinks or stands):
        return "who", "who", False  # a name that speaks is a person or an organisation
    addresses = _subject_of(span, arg, verb, ADDRESSEE_VERBS)
    # "[the authorities] said ...", "[the town council] asked ...", "[the CIPS] said" (an acronym
    # the tagger took for a plural noun)
    body = root.lemma_.lower() in SPEAKING_BODIES or (root.text.isupper() and len(root.text) > 1)
    if not label and root.pos_ == "NOUN" and body and (speaks or addresses):
        return "who", "who", False
    first = span[0].lower_
    clause = any(t.pos_ in {"VERB", "AUX"} for t in span)
    if root.dep_ == "advcl" and span[0].tag_ == "WRB" and root.head.lemma_ in ASKING_VERBS:
        # "to predict [when they would be married]": an indirect question, the thing predicted
        return "what", "what", False
    if root.dep_ == "advcl":
        return _adverbial_clause(span, root)
    if first in {"because", "since"} or (first == "as" and clause):
        return "why", "why", False  # "as a scourge" is a role, not a reason
    if len(span) > 1 and (first, span[1].lower_) in CAUSE_PREPS:  # "due to a malfunction"
        return "why", "why", False
    if first == "to" and root.tag_ == "VB" and root.dep_ != "xcomp":  # purpose, not "forced to pay"
        return "why", "why", False
    if first == "by" and len(span) > 1 and span[1].tag_ == "VBG":
        return "how", "how", False
    return "what", "what", False


def _adverbial_clause(span: Span, root: Token) -> tuple[str, str, bool]:
    """The wh-phrase of an adverbial clause by what its conjunction says: a reason ("because
    ...") or a purpose infinitive is "why", a time or condition ("when ...", "if ...") "when",
    an end point "until when"; a participle without one ("..., [using datagrams]") is a
    manner, "how", unless the answer opens with words before it: then the parser took a noun
    phrase for a clause ("[self-study and problem solving]"), asked "what"."""
    # "when" opens its clause as an adverb ("[when the harbour is quiet]"), not as a mark
    mark = next((c.lower_ for c in root.children if c.dep_ == "mark" or (c.tag_ == "WRB" and c.i < root.i)), None)
    if mark in TIME_MARKS:
        return "when", "when", False
    if mark == "until":
        return "until when", "when", False
    if mark is None and root.tag_ in {"VBG", "VBN"}:
        opens = span[0] == root or span[0].pos_ == "ADV"
        return ("how", "how", False) if opens else ("what", "what", False)
    return "why", "why", False


def _named_kind(span: Span, label: str) -> str:
    """The kind of thing a name says it is by its last word, which is its head ("Kearney
    [Park]", "the Middle Rhine [Valley]"; "Bank of Tavel" is no such name), asked "which
    <kind>"; "" when none; ``label`` is the answer's entity label. In a list the last name's
    kind is asked ("Besides Nintendo, what other company ...?", as the list questions put it)."""
    head = span.root
    last_conj = [t for t in head.conjuncts if span.start <= t.i < span.end and t.i > head.i]
    if last_conj:
        head = last_conj[-1]
    words = [t for t in span if head.left_edge.i <= t.i <= head.i and t.dep_ != "det" and not t.is_punct]
    if len(words) < 2 or words[-1] != head or not any(t.pos_ == "PROPN" for t in words[:-1]):
        return ""  # "Supreme Court of the United [Kingdom]" is a court, not a kingdom
    last = head.lower_.strip(".")
    if last in ORG_CATEGORIES and label == "ORG":  # also "the Tavel [council]"
        return ORG_CATEGORIES[last]  # but the "Soviet [Union]" is no union
    if head.is_title and (last in PLACE_NOUNS or last in AREA_NOUNS or last in NAMED_KINDS):
        prefix = " ".join(t.text for t in words[:-1])
        if last in CLUB_KIND_WORDS and is_city(prefix) and not is_city(f"{prefix} {head.text}"):
            return ""  # "[Manchester City]", "[Nottingham Forest]": a club named for its city
        if last in POLITY_WORDS and label not in {"GPE", "LOC", ""}:
            return ""  # "[Grand Theft Auto Vice City]", "[the World Cross Country]": a game, a race
        return last
    return ""


def _manner_adverb(span: Span, verb: Token) -> bool:
    """The answer opens with an adverb in "-ly" that says how the clause verb's action is
    done ("ended [inconclusively]", "allocated [proportionally to the votes]"); not one of
    time, degree, frequency or stance ("recently", "largely", "usually", "reportedly")."""
    root = span.root
    return (
        root.pos_ == "ADV"
        and root.i == span.start
        and root.dep_ == "advmod"
        and root.head == verb
        and root.lower_.endswith("ly")
        and root.lower_ not in NOT_MANNER_ADVERBS
    )


def _no_person(span: Span, arg: Token | None, verb: Token) -> bool:
    """The tagger's PERSON label on the answer is one the rest of the parse contradicts: the
    answer is a verb phrase ("[arrest Luther]"), no name at all (lower case, or with digits),
    a name ending in a kind of place or body ("Lamont [Library]"), a name after its own
    article ("[The Holocene]"; but "[The Doctor]" is a person noun), or the subject of "be"
    with a thing for its complement ("[Newcastle Mela] is an annual event"). A name the
    passage gives a person elsewhere stays a person's."""
    root = span.root
    letters = [t for t in span if t.is_alpha]
    if letters and all(t.is_upper and len(t.text) >= MIN_ACRONYM_LETTERS for t in letters):
        return True  # an acronym, not a name, however often tagged one: "[GPRS] lets people browse"
    if span.text in surnames(span.doc) or span.text in span.doc.user_data.get(PERSONS_KEY, ()):
        return False
    if len(span) > 1 and span[0].lower_ in COURTESY_TITLES:
        return False  # "[Mr Newton] is a ... flutist": a title says person
    if root.pos_ in {"VERB", "AUX"}:
        return True
    # (the name itself: a title before it may have digits, "Film 2005 presenter [Jonathan Ross]")
    name = next((e for e in span.doc.ents if root in e), span)
    words = [t for t in span if t in name] or list(span)
    if not any(t.text[:1].isupper() for t in words) or any(c.isdigit() for t in words for c in t.text):
        return True  # a person's name is capitalised and has no digits: "[mother-of-pearl]", "[MPEG-4]"
    if _body_or_place(span[-1].text) or span[-1].lower_ in THING_NAME_ENDINGS:
        return True  # "the Lamont [Library]", "won a string of [Grammy Awards]"
    article = root.i > span.start and span.doc[root.i - 1].lower_ in {"the", "a", "an"}
    if article and root.tag_ != "NNPS" and not _a_person_noun(root):
        return True
    return _said_to_be_a_thing(span, arg, verb)


def _said_to_be_a_thing(span: Span, arg: Token | None, verb: Token) -> bool:
    """The answer is the subject of "be" with a thing for its complement ("[Newcastle Mela] is
    an annual event", "The [Sinclair Executive] was the world's first pocket calculator")."""
    if arg is None or arg.dep_ != "nsubj" or verb.lemma_ != "be" or not span_covers(span, arg):
        return False
    attrs = [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    # (any noun of the complement: "a jazz and classical [flutist], composer and professor",
    # where the parser made "jazz" its head)
    return bool(attrs) and not any(_a_person_noun(t) for a in attrs for t in a.subtree if t.pos_ == "NOUN")


def _named_thing(span: Span, arg: Token | None, verb: Token) -> bool:
    """A name whose last word is a noun for a person ("The [Apprentice]", "The Sinclair
    [Executive]") that the passage shows is a thing: it gives the name a "which" clause, or
    says it is a thing."""
    if span.root.pos_ != "PROPN":
        return False
    return marked_kinds(span.doc).get(span[-1].text) is False or _said_to_be_a_thing(span, arg, verb)


def _body_or_place(word: str) -> bool:
    """A word that ends the name of a body or a place ("Library", "Council"), no person's."""
    return word.lower() in ORG_CATEGORIES or word.lower() in PLACE_NOUNS


def _a_person_noun(noun: Token) -> bool:
    """A common noun for a person: one of the known ones, or one built like most of them
    ("composer", "novelist", "historian", "trustee", "chairman", "heiress")."""
    lemma = noun.lemma_.lower()
    return lemma in _PEOPLE_NOUNS or lemma in PERSON_COMPLEMENTS or lemma.endswith(PERSON_NOUN_ENDINGS)


def _people(noun: Token) -> bool:
    """A noun for people: a known one, or a group of them ("a small [band of supporters]")."""
    if noun.lemma_.lower() in PERSON_NOUNS:
        return True
    members = (o for c in noun.rights if c.lower_ == "of" for o in c.children if o.dep_ == "pobj")
    return noun.lemma_.lower() in GROUP_NOUNS and any(o.lemma_.lower() in PERSON_NOUNS for o in members)


def _subject_of(span: Span, arg: Token | None, verb: Token, verbs: set[str]) -> bool:
    """The answer is the whole subject of a verb among ``verbs`` ("[the council] said ...")."""
    return arg is not None and arg.dep_ == "nsubj" and verb.lemma_ in verbs and span_covers(span, arg)


def _names_singular(span: Span, noun: Token, label: str) -> bool:
    """A number before a singular noun of the answer that it does not count ("the 50 fund"),
    so "How many fund ...?" would be no question (but "hired [40] staff" counts the staff, a
    noun outside the answer): an article before the number, and not a unit ("120 m", "[300
    km] long", which "how many" asks), not "one"."""
    if label == "QUANTITY" or noun.tag_ != "NN" or noun not in span or len(noun.text) <= MAX_UNIT_LETTERS:
        return False
    number = next((t for t in span if t.like_num), None)
    if number is None or number.lower_ in {"one", "1"} or number.i == 0:
        return False
    # an article before the number: "the 50 fund" names one fund; "[40 staff]" counts a collective
    return number.nbor(-1).tag_ == "DT"


def _a_count(span: Span) -> bool:
    """A bare number counts something; a score ("24 to 10"), a decimal value ("3.62") or a
    name with a number in it ("Westwood One") does not. (A range, "100–150", is a count.)"""
    numbers = [t for t in span if t.like_num]
    alternatives = any(t.lower_ == "or" for t in span)  # "12 or 13" is a count
    if len(numbers) > 1 and not alternatives and not any(t.dep_ in {"compound", "quantmod"} for t in numbers):
        return False
    decimal = any(re.fullmatch(r"\d+\.\d+", t.text) for t in numbers)
    if decimal and not any(t.lower_ in MAGNITUDES for t in span):
        return False
    return not any(t.pos_ == "PROPN" and t.dep_ == "compound" and t.head.like_num for t in span)


def _a_site(inner: Span, label: str) -> bool:
    """The object of a preposition of position names a place: no time, number or manner
    ("in the chloroplasts", "in a modern context"; not "in 1990", "in response to", "in two")."""
    if label in NUMERIC_LABELS or not len(inner):
        return False
    head = inner.root
    if head.pos_ not in {"NOUN", "PROPN"} or head.lemma_.lower() in TIME_NOUNS:
        return False
    # "in case", "in the case of" name no place, but "in a glass case" does: a noun before it
    # makes it a thing
    thing = any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in head.lefts)
    return thing or head.lemma_.lower() not in NOT_PLACE_NOUNS


def _a_role(root: Token, prep: str) -> bool:
    """A person noun that says what someone or something is ("Tesla's father was a [priest]",
    "acting as [adviser]", "Brazil is the second-largest [producer]"): asked with "what"."""
    return root.dep_ in {"attr", "oprd", "acomp"} or prep == "as"


def _a_team(span: Span, label: str, arg: Token | None, verb: Token) -> bool:
    """A team named by a plural proper noun as the subject or object of a contest verb
    ("the Panthers beat [the Seattle Seahawks]")."""
    root = span.root
    return (
        label in {"ORG", "FAC", "NORP", ""}
        and root.tag_ == "NNPS"
        and arg is not None
        and arg.dep_ in {"nsubj", "dobj", "pobj", "dative", "prep", "agent"}
        and verb.lemma_ in CONTEST_VERBS
    )


def _a_country_side(label: str, arg: Token | None, verb: Token, root: Token) -> bool:
    """A country (or a side the tagger took for a body) that beats, meets or plays another
    country or a club is its side ("[England] beat Fiji", "[Samoa] beat Scotland"), not the
    country: asked "who"; so is one a side loses or draws to or against ("lost to [Australia]")."""
    if label not in {"GPE", "ORG"} or arg is None or verb.lemma_ not in CONTEST_VERBS:
        return False
    if arg.dep_ == "prep" and verb.lemma_ in OPPONENT_PREPS.get(arg.lower_, ()) and arg.head == verb:
        if root.head != arg:
            return False  # "lost out to adding the Cup in winning [the League]": not what "to" names
        # "the side that lost to [Australia]", "drew against [France]": the other side (but "lost
        # the contract to [Lisbon]" is a deal, not a match)
        return not any(c.dep_ == "dobj" for c in verb.children)
    if arg.dep_ != "nsubj":
        return False
    return any(c.dep_ == "dobj" and c.ent_type_ in {"GPE", "ORG", "NORP"} for c in verb.children)


def _counts_time_noun(span: Span) -> bool:
    """The answer is a bare number before a plural noun outside it ("ran for [26] seasons"),
    not inside a wider time phrase ("over the last [21,000] years", "with [17] seconds left")
    and not a year."""
    root = span.root
    noun = root.head
    if root.dep_ != "nummod" or noun in span or noun.tag_ != "NNS" or YEAR.fullmatch(root.text):
        return False
    return not any(c.i < root.i or c.dep_ == "acl" for c in noun.children if c != root)


def _perfect_state(verb: Token) -> bool:
    """``verb`` is a perfect of a state or a continuing action ("has been the service", "have
    been working"), which a "since" phrase measures; not one of an event ("have repudiated",
    "have been restored"), which it dates."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if not any(a.lemma_ == "have" for a in auxes):
        return False
    copula = verb.lower_ == "been"  # "has been the hospital radio service"
    progressive = verb.tag_ == "VBG" and any(a.lower_ == "been" for a in auxes)  # "have been working"
    return copula or progressive


def _frequency(words: list[str]) -> bool:
    """A count of occasions per unit of time: "twice a year", "three times per week", "once
    every season"."""
    if len(words) < 3 or words[-2] not in PER_WORDS or words[-1] not in DURATION_UNITS:
        return False
    count = words[:-2]
    if count[-1] == "times":
        count = count[:-1]
    return len(count) == 1 and (count[0] in TIMES_ADVERBS or count[0] in COUNT_WORDS or count[0].isdigit())


def _compass_wh(span: Span, prep: Token | None) -> tuple[str, str, bool] | None:
    """A compass point after its preposition: "in the [south-east] of Australia" -> "in what
    part of Australia"; "comes from the [west]" -> "from which direction", "turns to the
    [north]" -> "in which direction"."""
    if prep is None or not all(t.lower_ in COMPASS_POINTS or t.text == "-" for t in span):
        return None
    root = span.root
    if root.ent_type_ not in {"", "LOC"} or root.pos_ != "NOUN":
        return None  # "the North Sea", "North Carolina": a name
    of = of_after(span)
    if of is not None and prep.lower_ in LOCATIVE_PREPS:
        place = [t for t in of.subtree if t != of]
        if place and not any(t.is_punct for t in place):
            return f"{prep.lower_} what part of {join_tokens(place)}", "where", True
    if of is not None:
        return None
    if prep.lower_ == "from":
        return "from which direction", "where", True
    if prep.lower_ in {"to", "towards", "toward"}:
        return "in which direction", "where", True
    return None


def _race_time(span: Span) -> str | None:
    """The unit of a timed result ("seconds" for "[1.45secs]"; "" for a clock reading such as
    "[3:49.78]"), or None where the answer is no timed result (see RACE_TIME)."""
    text = " ".join(t.text for t in span)
    if RACE_TIME.fullmatch(text) is None:
        return None
    unit = re.search(r"[a-z]+$", text)
    return RACE_TIME_UNITS.get(unit.group(), "") if unit is not None else ""


def _a_score(span: Span) -> bool:
    """A match score that a verb of winning or losing takes ("beat Fiji [26-21]")."""
    words = [t.text for t in span]
    shape = len(words) == 3 and words[1] in {"-", "\u2013"} and words[0].isdigit() and words[2].isdigit()
    root = span.root
    return shape and root.dep_ in {"npadvmod", "dobj", "advmod", "dep"} and root.head.lemma_ in SCORE_VERBS


def _game_clock(span: Span) -> bool:
    """A clock reading that is the time left on a game clock ("with [4:51] left"), no time of
    day (asking it would need the whole "with" phrase fronted, which the forms cannot do)."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    reading = CLOCK_READING.fullmatch("".join(t.text for t in span)) is not None
    return reading and after is not None and after.lower_ in GAME_CLOCK_WORDS


def _clock_time(span: Span) -> bool:
    """A number told as a time of day by the zone after it ("[1200] GMT", "[1530] local
    time"), or by its form ("[3:45]", "[10.30am]": see CLOCK_READING)."""
    doc = span.doc
    if _game_clock(span):
        return False
    if CLOCK_READING.fullmatch("".join(t.text for t in span)) is not None:
        return True
    after = [t.lower_ for t in doc[span.end : span.end + 2]]
    zoned = bool(after) and (after[0] in CLOCK_ZONES or after == ["local", "time"])
    return span[-1].like_num and zoned


def _part_of_place(noun: Token) -> bool:
    """A part of a named place: "the eastern [part] of Germany", "the [north] of England"."""
    if noun.lower_ not in PLACE_PART_NOUNS:
        return False
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    return of is not None and any(c.dep_ == "pobj" and c.ent_type_ in {"GPE", "LOC"} for c in of.children)


def _label(span: Span) -> str:
    """Entity label of the answer: its root's, or one covering most of its words. A name is a
    person's, whatever the tagger said here, when the passage names that person elsewhere (the
    whole name, or its surname) or when a title such as "Bishop" or "King" opens it."""
    # (labels of things besides firms and places only where the name ends in no place noun:
    # "St. Mark's [Basilica]" is a building)
    kept = span.root.ent_type_ in COMMON_MISTAG_LABELS or not _body_or_place(span[-1].text)
    if span.root.ent_type_ in MISTAKEN_PERSON_LABELS and kept and (
        _named_person(span) or marked_kinds(span.doc).get(span[-1].text) is True or _aged(span)
    ):
        return "PERSON"  # also a name the passage gives a "who" clause: "[Baros], who is ..."
    amount_root = a_number(span.root) or span.root.lower_ in MAGNITUDES or span.root.tag_ == "$"
    if span[0].tag_ == "$" and any(a_number(t) for t in span) and amount_root:
        return "MONEY"  # "[$86m]", whatever the tagger made of the split-off "m"
    if len(span) == 1 and PENCE.fullmatch(span.root.text):
        return "MONEY"  # "on sale for [79p]": pence, which the tagger calls a number
    sign = percent_sign(span)
    if sign is not None and span.doc[sign].lower_ == "cent":
        return "PERCENT"  # "[25] per cent", which the tagger leaves unlabelled
    if span[-1].lower_ == "ago" or (len(span) == 2 and span[-1].text in ERA_MARKS and span[0].like_num):
        return "DATE"  # "[more than 20 million years ago]", "[9000 BP]", which the tagger may call anything
    if span.root.ent_type_ == "ORDINAL" and span.root.tag_ == "CD":
        return "CARDINAL"  # "came in at [1.4bn] euros", which the tagger may call an ordinal
    if span.root.ent_type_:
        return span.root.ent_type_
    words = [t for t in span if not t.is_punct and t.dep_ != "det"]
    labels = [t.ent_type_ for t in words if t.ent_type_]
    if not labels or len(labels) * 2 < len(words):
        return span.label_ or ""
    label = Counter(labels).most_common(1)[0][0]  # ties: first seen (never hash order)
    root = span.root
    if root.pos_ == "NOUN" and root.is_lower and set(labels) <= MODIFIER_LABELS:
        # "the [Tory leader]": a leader, whose party the label named (but "[Turkish forces]"
        # are a people's, which the nationality says)
        return label if root.lemma_.lower() in NATION_GROUP_NOUNS else ""
    if label in {"DATE", "TIME"} and root.pos_ == "NOUN" and root.lemma_.lower() not in TIME_NOUNS | DURATION_UNITS:
        return ""  # "[the annual report]" (only "annual" tagged DATE) is a report, not a time
    return label


def _fraction_of_number(tok: Token) -> bool:
    """ "[half] a million", "a [quarter] of a million": a fraction of a round number is a number."""
    after = [t.lower_ for t in tok.doc[tok.i + 1 : tok.i + 4]]
    if after[:1] == ["of"]:
        after = after[1:]
    return len(after) >= 2 and after[0] in {"a", "an"} and after[1] in ROUND_NUMBERS


def _glued_kind(span: Span) -> bool:
    """A number glued to letters that modify a noun ("[3G networks]"), no magnitude ("2.1bn")."""
    if len(span) < 2 or span[0].whitespace_ or not a_number(span[0]):
        return False
    letters = span[1]
    return letters.is_alpha and letters.lower_ not in SHORT_MAGNITUDES and letters.dep_ in {"compound", "amod", "nmod"}


def _aged(span: Span) -> bool:
    """A name with an age before it ("Ten-year-old [Dakota Fanning]") or set off by commas
    after it ("[Scott], 22, smashed his personal best"), as news gives ages, is someone's,
    whatever the small model tagged it (ORG for both)."""
    if span.root.pos_ != "PROPN":
        return False
    doc = span.doc
    # (the words just before, not ``doc.text``, which spaCy rebuilds from every token per access)
    if doc[max(0, span.start - AGE_LOOKBACK_TOKENS) : span.start].text.rstrip().lower().endswith("year-old"):
        return True
    aside = doc[span.end : span.end + 3]
    if len(aside) < 3 or aside[0].text != "," or aside[2].text != "," or not aside[1].text.isdigit():
        return False
    return 0 < int(aside[1].text) <= MAX_AGE


def _age_attr(span: Span, arg: Token | None, verb: Token) -> bool:
    """A bare number someone "was" (the tagger calls an age a date): "[She] was [22] when she
    retired", "The former champion was [22] when she retired" (a "when" clause about a person
    says the number is an age)."""
    if arg is None or arg.dep_ != "attr" or verb.lemma_ != "be" or len(span) != 1 or not span.root.is_digit:
        return False
    if not 0 < int(span.root.text) <= MAX_AGE or any(c.dep_ == "prep" for c in span.root.children):
        return False
    subj = find_subject(verb)
    if subj is None:
        return False
    person = subj.ent_type_ == "PERSON" or subj.lemma_.lower() in PERSON_NOUNS or subj.lower_ in {"he", "she"}
    whens = (c for c in verb.children if c.dep_ == "advcl" and any(w.lower_ == "when" for w in c.children))
    return person or any(getattr(find_subject(c), "lower_", "") in {"he", "she"} for c in whens)


def _named_person(span: Span) -> bool:
    words = [t for t in span if t.dep_ != "det"]
    if not words or not all(t.pos_ == "PROPN" or t.lower_ in NAME_PARTICLES or t.like_num for t in words):
        return span.text in surnames(span.doc)
    text = " ".join(t.text for t in words)
    if text in surnames(span.doc) or _tagged_person(span.doc, text, len(words)):
        return True
    if _middle_initial(words):
        return True
    first, rest = words[0], words[1:]
    if _given_name(first) and rest and not _body_or_place(rest[-1].text):
        return True  # "[Victor Conte]", "[Andy Roddick]" tagged ORG: a given name opens it
    return (
        first.is_title
        and first.lower_ in HONORIFICS
        and bool(rest)
        and (first.lower_ != "general" or len(rest) > 1)  # "General Motors" is a firm
        and rest[-1].lower_ not in NOT_PERSON_AFTER_TITLE
    )


def _given_name(tok: Token) -> bool:
    """A capitalised given name of either sex ("Vera", "Victor"): it opens a person's name."""
    return tok.is_title and tok.lower_ in _GIVEN_NAMES


def _middle_initial(words: list[Token]) -> bool:
    """A given name, a middle initial and a surname ("Russell T Davies", "D. Brainerd Holmes",
    "John B. Goodenough"): the shape of a person's name, which the small model often tags ORG.
    Firms with initials put them first ("J.P. Morgan") or end in a company word."""
    if len(words) != 3 or words[-1].lower_ in ORG_CATEGORIES or not all(t.text[:1].isupper() for t in words):
        return False
    initial = [n for n, t in enumerate(words) if re.fullmatch(r"[A-Z]\.?", t.text)]
    return initial == [1] and len(words[0].text) > 2 or initial == [0] and len(words[1].text) > 2


def _tagged_person(doc: Doc, text: str, n_words: int) -> bool:
    """The tagger marks the same name as a person more often than as anything else in the
    passage: at least once for a full name, twice for a single word ("Aristotle"), whose
    one-off PERSON tags are often wrong ("Welsh", "Jacksonville"). A name ending in a noun
    for a kind of place or body ("Widener Library") is no person's."""
    if _body_or_place(text.split()[-1]):
        return False
    labels = Counter(e.label_ for e in doc.ents if e.text == text)
    known = text in doc.user_data.get(PERSONS_KEY, ())
    people = labels.pop("PERSON", 0) + (1 if known else 0)
    return people >= (1 if n_words > 1 else MIN_SINGLE_NAME_TAGS) and people > max(labels.values(), default=0)


def doubtful_person(tok: Token) -> bool:
    """A one-word name tagged PERSON that is no surname of a person the passage names in full:
    often a firm ("[Yukos] claims its downfall ...", "marketing company [Doubleclick]"), which
    the small model tags PERSON throughout an article."""
    if tok.ent_type_ != "PERSON" or tok.pos_ != "PROPN" or tok.ent_iob_ != "B":
        return False
    after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if after is not None and after.ent_iob_ == "I":
        return False  # a name of more than one word
    return tok.text not in surnames(tok.doc)


def surnames(doc: Doc) -> set[str]:
    """Names the passage shows to be people's: the last word of a full name it tags PERSON, of a
    name after a courtesy title ("Mr [Howard]", "Dr Ada [Vell]"), or of a name that opens with a
    given name of either sex ("Vera [Zvonareva]", which the small model tags nothing, then GPE
    after "Russia's"), whatever the tagger made of that name elsewhere. Computed once per doc
    and list of the article's people."""
    persons = doc.user_data.get(PERSONS_KEY, ())
    cached = doc.user_data.get(SURNAMES_KEY)
    if cached is not None and cached[0] is persons:  # computed for these people already
        found: set[str] = cached[1]
        return found
    names = [e.text for e in doc.ents if e.label_ == "PERSON"] + list(persons)
    found = {n.split()[-1] for n in names if len(n.split()) > 1}
    for tok in doc:
        given = tok.pos_ == "PROPN" and _given_name(tok)
        if tok.lower_ not in COURTESY_TITLES and not given:
            continue
        last = tok
        while last.i + 1 < len(doc) and doc[last.i + 1].pos_ == "PROPN":
            last = doc[last.i + 1]
        if last != tok and not (given and _body_or_place(last.text)):  # "Victoria Station" is a place
            found.add(last.text)
    doc.user_data[SURNAMES_KEY] = (persons, found)
    return found


def marked_kinds(doc: Doc) -> dict[str, bool]:
    """Names the passage itself marks as a person or a thing by the relative pronoun it gives
    them, keyed by the name's last word: "Usher, who performed ..." (True: a person, however
    the tagger labelled it), "Laura Ashley, which floated ..." (False: a firm with a person's
    name, which "it" can stand for and "he" cannot). The first mark of a name counts, and only
    on a subject: a "which" clause after an object may be about the whole clause before it ("a
    case against Luther, which served only to harden ..."). Computed once per doc: the
    resolver reads it for every pronoun of every question."""
    kinds: dict[str, bool] | None = doc.user_data.get(MARKED_KINDS_KEY)
    if kinds is None:
        kinds = {}
        for tok in doc:
            if tok.dep_ == "relcl" and tok.head.pos_ == "PROPN" and tok.head.dep_ in SUBJECT_DEPS:
                pronouns = (c for c in tok.children if c.lower_ in RELATIVE_KINDS and c.dep_ in RELATIVE_ARG_DEPS)
                rel = next(pronouns, None)
                if rel is not None:
                    kinds.setdefault(tok.head.text, RELATIVE_KINDS[rel.lower_])
        doc.user_data[MARKED_KINDS_KEY] = kinds
    return kinds


def _time_subject(root: Token, verb: Token) -> bool:
    """A time that is its clause's subject: tagged one, or a bare time noun before a verb
    that has no other subject, which the parser took for an adverb ("[Last year] was the
    warmest on record", "[Monday] saw the biggest fall")."""
    if root.dep_ in {"nsubj", "nsubjpass"}:
        return True
    subjectless = not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in verb.children)
    return root.dep_ == "npadvmod" and root.head == verb and root.i < verb.i and subjectless


def _when(words: list[str], prep: Token | None, root: Token, label: str) -> tuple[str, str, bool]:
    """The time wh-phrase for a date answer (``words``) after the preposition ``prep``."""
    p = prep.lower_ if prep is not None else ""
    # "factors such as [winter]" is an example, "defined as [two quarters]" a description:
    # "such as what?", "defined as what?"; "as late as [1998]" is still a time
    described = p == "as" and prep is not None and prep.i > 0 and prep.nbor(-1).lower_ not in AS_TIME_WORDS
    if prep is not None and (example_list(prep) or described):
        return "what", "what", False
    has_num = any(w.isdigit() or w in COUNT_WORDS for w in words)  # "five to ten years" is a duration
    if words and words[-1] == "ago" and any(w in DURATION_UNITS for w in words):
        return "how long ago", "when", True  # "[20 million years ago]": counted back from now
    if words and words[-1] in {"later", "earlier"}:
        return "when", "when", True  # "fired [two hours later]": a time, counted from another
    # (a superlative date is a thing: "marked out [the best year since 2000]"; "last year" is a time)
    best = any(c.tag_ == "JJS" for c in root.children if c.i < root.i)
    thing = root.dep_ in THING_DEPS or best
    if not p and thing and not (len(words) == 1 and YEAR.fullmatch(words[0])):
        # a date that is what the verb gives or takes is an amount of time or a thing, not a
        # time: "have been given [an extra year] to meet ..." -> "How long have ... been given
        # to meet ...?" (not "When have ... been given?"); "wants [a decade] of calm" -> "what"
        lasting = not any(c.lower_ == "of" for c in root.children) and not best
        if any(w in DURATION_UNITS for w in words) and lasting:
            return "how long", "how long", True
        return "what", "what", False
    if not p and words and words[0] in {"each", "every"}:
        return "how often", "how often", True  # "continue to fall [each year]": a frequency, not a time
    if p in {"since", "until"}:
        return f"{p} when", "when", True
    if p == "for" and len(words) == 1 and YEAR.fullmatch(words[0]):
        return "for what year", "what year", True
    if p == "for" and len(words) == 1 and words[0] in MONTHS:
        # "reported poor figures for [December]": the month the figures are for, not when they
        # were reported ("When have retailers reported poor figures?"), wherever the parser
        # hung the phrase
        return "for what month", "what month", True
    named_day = any(w in MONTHS or w in WEEKDAYS for w in words) and not any(w in DURATION_UNITS for w in words)
    if p == "for" and named_day:
        return "when", "when", True  # "a meeting planned for [6 or 7 January]": a time, not a length
    if p == "for" and _a_point_in_time(words):
        # "set a target of 5% for [next year]": the time the target is for, not a length ("How
        # long has the government set ...?")
        unit = next((w for w in words if w in DURATION_UNITS), "")
        if unit:
            return f"for what {unit}", "when", True
        if any(ch.isdigit() for w in words for ch in w):
            return "for what period", "when", True  # "for [2003/2004]"
        return "what", "what", False  # "in time for [Christmas]" -> "... in time for what?"
    plural_unit = next((w for w in words if w in DURATION_UNITS and w.endswith("s")), "")
    numbered = bool(words) and (words[0].isdigit() or words[0] in COUNT_WORDS)
    if p in {"from", "to"} and plural_unit and numbered and len(words) == 2:
        # "cut the limit from [24 weeks] to 20": a length the change starts or ends at, not a time
        return f"{p} how many {plural_unit}", "how long", True
    one_unit = any(a in {"a", "an"} and u in DURATION_UNITS for a, u in zip(words, words[1:], strict=False))
    of_what = any(c.lower_ == "of" for c in root.children)  # "in [a year] of storms" is a period
    if p in COUNTED_SPAN_PREPS and one_unit and not of_what and not any(w in MONTHS for w in words):
        # "romped through the contest in [exactly an hour]", "jumped 38% in [a year]": a length,
        # not a time ("When was the American good enough ...?")
        return f"{p} how much time", "how long", True
    if p == "for" or (
        has_num
        and any(w in DURATION_UNITS for w in words)
        and not any(w in MONTHS for w in words)
        and "ago" not in words
    ):
        if words and words[0] in {"every", "each"}:
            return "how often", "how often", True
        unit = next((w for w in words if w in DURATION_UNITS), "")
        if unit and words[-1] == "old":
            return "how old", "how old", True
        counted = [w for w in words if w not in QUANT_MODS and w != "just"]  # "in [almost three years]"
        number = bool(counted) and (counted[0].isdigit() or counted[0] in COUNT_WORDS)
        if p in COUNTED_SPAN_PREPS and unit.endswith("s") and number:
            # "finished the course in three years" -> "In how many years did she finish ...?"
            return f"{p} how many {unit}", "how long", True
        return ("how long", "how long", True) if p in {"for", ""} else ("when", "when", True)
    one_year = len(words) == 1 and YEAR.fullmatch(words[0]) is not None
    if p in DEADLINE_PREPS and not one_year:
        # a bound keeps its preposition, or the question asks when it happened: "bought before
        # [November]" -> "Before what month ...?", not "When were the pcs bought?"
        if p == "by":
            return "by when", "when", True  # "must pay by [the end of the year]"
        if len(words) == 1 and words[0] in MONTHS:
            return f"{p} what month", "what month", True
        if any(w in MONTHS for w in words) and any(w.isdigit() for w in words):
            return f"{p} what date", "when", True  # "before [1 March]"
    if one_year:
        if p == "in":
            # "When" is how people ask for the year of an event (SQuAD's writers use it three
            # times as often as "In what year"); the question type keeps "what year"
            return "when", "what year", True
        if p in KEPT_YEAR_PREPS:  # "by 2014" is no later than 2014: "By what year ...?"
            return f"{p} what year", "what year", True
        return "what year", "what year", p in TIME_PREPS or root.dep_ == "npadvmod"
    if label == "TIME" and p == "at":
        return "at what time", "what time", True
    if p in TIME_PREPS or root.dep_ in {"npadvmod", "advmod", "tmod"} or p == "":
        return "when", "when", True
    return "when", "when", True


def _a_point_in_time(words: list[str]) -> bool:
    """A date with nothing that counts it ("next year", "Christmas", "2003/2004"), which "for"
    gives as the time something is for; "for [three years]", "for [a year]", "for
    [years]" are lengths."""
    counted = any(w.isdigit() or w in COUNT_WORDS or w in {"a", "an", "every", "each"} for w in words)
    plural = any(w in DURATION_UNITS and w.endswith("s") for w in words)
    if any(w in DURATION_UNITS for w in words):
        # a unit is a point only with a word that places it ("for [next year]"): "for the past
        # year" and "for an [hour]" are lengths
        return not counted and not plural and any(w in PLACING_WORDS for w in words)
    return bool(words) and not counted and not plural


def _times_count(adverb: Token) -> bool:
    """ "twice", or "once" after its verb and the verb's complement ("won the cup once"): a count
    of occasions; not "once" meaning formerly ("was once a prison", "once lived") or "Once" as a
    conjunction."""
    if adverb.lower_ != "once":
        return True
    head = adverb.head
    if adverb.tag_ != "RB" or adverb.dep_ != "advmod" or head.pos_ not in {"VERB", "AUX"} or adverb.i < head.i:
        return False  # "at once", "once lived"
    if head.lemma_ == "be" and adverb.i != max(t.i for t in head.subtree if not t.is_punct):
        return False  # "was once in prison"; but "has been to Oskel once"
    return not any(c.dep_ in ONCE_COMPLEMENTS and c.i > adverb.i for c in head.children)
