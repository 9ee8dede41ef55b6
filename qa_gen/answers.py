"""Answer selection: spans of a parsed passage worth asking about, ranked and capped.

Candidates are named entities, numbers with their units, the noun phrases that are
subjects/objects of main clauses, and reason/purpose clauses. Edges are cleaned (no leading
determiner or trailing punctuation unless part of a name). Ranking spreads questions across
sentences and answer types so one sentence or one type cannot dominate a passage.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .nlp import score_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Answer type for each spaCy entity label; ORDINAL and plain LANGUAGE are too weak to ask about.
ENTITY_TYPES = {
    "PERSON": "person",
    "NORP": "group",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "DATE": "date",
    "TIME": "time",
    "MONEY": "money",
    "PERCENT": "percent",
    "QUANTITY": "quantity",
    "CARDINAL": "number",
    "EVENT": "event",
    "LAW": "law",
    "WORK_OF_ART": "work",
    "PRODUCT": "product",
}
# Prior usefulness of each answer type (higher first when the passage cap bites). Numbers and
# people make the most checkable questions; bare noun phrases and groups the least.
TYPE_PRIOR = {
    "person": 1.0,
    "money": 0.95,
    "percent": 0.95,
    "number": 0.9,
    "quantity": 0.9,
    "date": 0.85,
    "age": 0.85,
    "organization": 0.85,
    "place": 0.85,
    "event": 0.8,
    "law": 0.75,
    "work": 0.8,
    "product": 0.75,
    "time": 0.7,
    "reason": 0.75,
    "purpose": 0.65,
    "noun_phrase": 0.6,
    "group": 0.5,
}
#: The tagger labels a person's age a date ("Mr Tavel, [32], said", "died aged [77]"); a bare
#: number so labelled is an age up to the oldest age news reports, a larger one a year.
MAX_AGE = 120
#: How a word of a name hangs on the next: "[Oxford] English Dictionary", "the [Public] and
#: Commercial Services Union".
NAME_PART_DEPS = {"compound", "nmod"}
#: Courtesy titles ("Mr Tavel"): a name picked by its tagged words does not widen over one.
# Words that open a phrase saying there is none of something ("no policies", "nothing").
NEGATIVE_WORDS = {"no", "none", "nothing", "nobody", "neither", "nor", "no-one", "noone"}
COURTESY_TITLES = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame"}
#: Titles of peers, whose style names a place after "of" ("Lord Roberts of Conwy"): the title
#: and the place are part of the name.
PEERAGE_TITLES = {"lord", "lady", "baroness", "baron", "viscount", "viscountess", "earl", "countess"}
#: Entity labels that stand for an amount: such an entity with no number, number word or unit
#: in it is a tagging error ("as much as" tagged PERCENT before "3bn euros"), not an amount to
#: ask about ("Half", "Millions", "a quarter" are amounts).
AMOUNT_LABELS = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}
#: Words a date or time without a digit is made of ("last week", "the end of January",
#: "earlier this year"): a DATE/TIME entity whose head is none of them and that holds no digit
#: is a tagging error ("the towel every year" tagged DATE), not a time to ask about.
TIME_WORDS = {
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
    "second", "seconds", "decade", "decades", "century", "centuries", "quarter", "quarters", "half", "period",
    "season", "spring", "summer", "autumn", "fall", "winter", "morning", "afternoon", "evening", "night",
    "midday", "midnight", "today", "tonight", "yesterday", "tomorrow", "ago", "earlier", "later", "annual",
    "annually", "daily", "weekly", "monthly", "quarterly", "end", "start", "beginning", "middle", "christmas",
    "easter", "weekend", "era", "age", "time", "times", "now", "recently", "future", "past", "eighties",
    "nineties", "seventies", "sixties", "fifties", "forties", "thirties", "twenties", "couple", "few",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}  # fmt: skip
#: Dependencies of a noun phrase that make it a core argument worth asking about.
CORE_NP_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "dative", "oprd"}
#: Maximum tokens in a noun-phrase answer: longer ones are clauses in disguise.
MAX_NP_TOKENS = 7
#: Version of the answer selection: a change of what it selects bumps it, so that a ``build
#: --resume`` never reuses answers an older selection chose (it is part of the cache key).
ANSWERS_VERSION = "answers-34"
#: Words after "one" that make it no count: "[one] of Japan's industrialists" picks one of
#: many (the question has no single answer), "[one] more channel" adds one.
#: "[one] last outing", "[one] final push" mean "a last outing": nothing is counted.
NOT_COUNTING_AFTER_ONE = {"of", "more", "other", "last", "final"}
#: Words before "one" that make it a count: a limit or a difference ("lifted by [one] notch",
#: "store up to [one] gigabyte", "only [one] visit"). Elsewhere news's "one" is an emphatic "a"
#: ("quoted [one] trader", "at [one] factory", "roll tricks into [one] package"): "How many
#: traders ...?" asks what the passage never counted.
COUNTING_BEFORE_ONE = {"by", "to", "only", "than", "least", "most", "exactly"}
#: Abbreviations of a magnitude that news writes glued to a number ("294.3m", "1.2bn"), which
#: the tokenizer may split off: the number still counts (unlike "[3]G", a name).
SHORT_MAGNITUDES = {"m", "bn"}
#: Words before a number that make it stand for things named before: "[the two] were ripe",
#: "operates all [three]", "both [two]".
BACK_POINTING_DETS = {"the", "all", "both"}
#: Small counts that, after "the", count things named before ("the two men"); a large one may
#: be news ("the 25 member states").
KNOWN_COUNTS = {"two", "three", "four", "five", "2", "3", "4", "5"}
#: Month names and their abbreviations: a number right before one is the day of a date the
#: tagger split ("a [5] May poll"), not a count. The rules generator reads the same set.
MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
}
#: First words of a two-word date that is a rate, not a time: "70 million passengers [a year]"
#: ("when?" asks the wrong thing); "[an extra year]", "in [a decade]" are spans of time.
RATE_WORDS = {"a", "an", "per"}
#: Adjectives that say which part of a place ("[eastern and southern Ethiopia]"): the place
#: without them is a wider answer than the passage gives. (The tokenizer splits "north-eastern",
#: so only one-word forms can match.) The rules generator reads the same set.
COMPASS_ADJECTIVES = {f"{point}ern" for point in ("north", "south", "east", "west", "northeast", "northwest",
                                                  "southeast", "southwest")} | {"central"}  # fmt: skip
#: Nouns that name a part of a place: "the eastern [part] of Germany", "the [north] of England".
PLACE_PART_NOUNS = {"part", "parts", "north", "south", "east", "west", "centre", "center", "region", "outskirts"}
#: Units a price is per that are times: "$10 a year" is a rate the question keeps ("How much
#: does it cost a year?"), while "$47 a barrel" is one price and the answer takes its unit.
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "quarter", "year", "night", "decade"}
#: Nouns of change whose "in" phrase says what changed: "the recent [rise in coal prices]"; the
#: bare "rise" is a head the question would have to leave hanging.
CHANGE_NOUNS = {"rise", "fall", "increase", "decrease", "drop", "cut", "cuts", "jump", "growth", "decline",
                "slump", "surge", "rises", "falls", "increases", "reduction", "hike"}  # fmt: skip
#: Prepositions whose phrase says what a bare subject noun is about, from or for: without it
#: "[figures] outperformed ..." names nothing the reader can find ("[figures for retail
#: volume]", "[reports from some High Street retailers]", "[worries about cyber-crime]").
BARE_HEAD_PREPS = {"for", "from", "about", "on", "over", "against", "in", "with", "to", "at", "by"}
#: Words that may follow the object of such a preposition inside the answer: the rest of its own
#: noun phrase ("cyber-crime [and sabotage]"), never a verb or another phrase.
BARE_HEAD_TAIL_POS = {"NOUN", "PROPN", "ADJ", "CCONJ", "DET", "NUM", "PUNCT"}
#: Default cap on answers per passage (SQuAD averages about 5 questions per paragraph).
DEFAULT_MAX_PER_PASSAGE = 6
#: At most this many answers from one sentence, so questions spread over the passage.
MAX_PER_SENTENCE = 2
#: Last words of a body's name that an "of" and a place after them belong to: "[The Muslim
#: Council of Britain]", which the tagger cuts at "of" ("What council ...?" - "The Muslim
#: Council" is no body).
BODY_NAME_ENDS = {"council", "church", "association", "federation", "society", "union", "confederation",
                  "league", "board", "chamber", "institute", "academy", "bank", "college", "university"}  # fmt: skip
#: Verbs whose "to" + verb says what is sought or done next, not why ("games [look] to give
#: gamers ...", "Fiji [rallied] to force a tense finale"): no purpose answer.
NOT_PURPOSE_HEADS = {"look", "seek", "aim", "strive", "try", "attempt", "struggle", "rally", "recover"}
#: Adjectives of "to be honest", "to be fair": a speaker's aside, not a purpose.
FRANK_WORDS = {"honest", "fair", "frank", "sure", "clear", "precise", "blunt", "truthful"}
#: Nouns of time a verb "takes" before a "to" + verb that says what the time is spent on ("the
#: calculations take [some time] to process"): no purpose either.
TIME_COST_NOUNS = {"time", "hour", "day", "week", "month", "year", "minute", "second", "age", "while"}
_LEADING_DROP = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"}
_EDGE_PUNCT = "\"'“”‘’()[]{},.;:!?-–—"
_PRONOUNS = {"PRON"}
# Tags of wh-words ("how", "which", "what", "whose"): a phrase with one asks, it does not answer.
WH_TAGS = {"WRB", "WDT", "WP", "WP$"}
# Determiners that point back to something already mentioned ("the firm", "this plan").
REFERRING_DETERMINERS = {"the", "this", "that"}
# Words that take a share of a group ("many of [the women]"): with nothing but "the" before
# it, the group is one the passage named before, and "Many of whom were widowed?" asks nothing.
SHARE_HEADS = {"many", "few", "some", "most", "all", "several", "none", "each", "both", "half", "one", "majority"}
# Noun-phrase heads too vague to be an answer on their own.
VAGUE_HEADS = {
    "thing",
    "something",
    "anything",
    "one",
    "way",
    "manner",
    "part",
    "lot",
    "kind",
    "number",
    "time",
    "year",
    "day",
    "people",
    "place",
    "case",
    "fact",
    "move",
    "side",
    "end",
    "point",
    # the nouns of connective phrases: "as a result", "on the other hand", "at the brink of"
    "result",
    "hand",
    "brink",
    "addition",
    "contrast",
    "meantime",
    # and of the connectives of a list of reasons or examples: "for a start", "at the outset",
    # "for instance"
    "start",
    "outset",
    "instance",
}


@dataclass(frozen=True)
class AnswerCandidate:
    """A span of the passage text: ``text == passage[start:end]``."""

    text: str
    start: int
    end: int
    answer_type: str
    score: float = 0.0
    sentence: int = 0


def answer_candidates(doc: Doc, max_per_passage: int = DEFAULT_MAX_PER_PASSAGE) -> list[AnswerCandidate]:
    """Ranked, de-overlapped and capped answer spans for a parsed passage."""
    sent_index = {s.start: i for i, s in enumerate(doc.sents)}
    found: dict[tuple[int, int], AnswerCandidate] = {}
    for span, kind in _raw_spans(doc):
        cleaned = clean_span(span)
        if cleaned is None:
            continue
        key = (cleaned.start_char, cleaned.end_char)
        if key in found or not _has_verb(cleaned.sent):
            continue  # a heading or dateline ("Ewood Park", "Tuesday, 1 March") asks nothing
        sent = sent_index.get(cleaned.sent.start, 0)
        found[key] = AnswerCandidate(
            text=cleaned.text,
            start=cleaned.start_char,
            end=cleaned.end_char,
            answer_type=kind,
            score=TYPE_PRIOR.get(kind, 0.5),
            sentence=sent,
        )
    return select(list(found.values()), max_per_passage)


def _has_verb(sent: Span) -> bool:
    """The sentence has a verb: a question needs a clause to ask with."""
    return any(t.pos_ in {"VERB", "AUX"} for t in sent)


def _raw_spans(doc: Doc) -> Iterator[tuple[Span, str]]:
    for ent in doc.ents:
        kind = ENTITY_TYPES.get(ent.label_)
        if kind is None or not askable(ent):
            continue
        if ent.label_ in AMOUNT_LABELS and not any(_amount_word(t) for t in ent):
            continue
        if ent.label_ in AMOUNT_LABELS and score_at(doc, ent.start):
            continue  # "came through [6-3] 3-6 6-3": a match score counts nothing
        if ent.label_ in {"DATE", "TIME"} and (not _time_like(ent) or _bare_mention(ent) or _uncounted_span(ent)):
            continue  # "later in [the year]": which year, the passage said before
        if ent.label_ == "CARDINAL" and ent.root.dep_ not in {"nummod", "attr", "dobj", "pobj", "nsubj"}:
            continue
        if ent.label_ == "CARDINAL" and _the_number_as_noun(ent):
            continue  # "[the two] were ripe for consolidation": two already named, not counted
        if ent.label_ == "CARDINAL" and _known_count(ent):
            continue  # "tensions between [the two] sides", "[The two] firms are ...": counted before
        if ent.label_ == "CARDINAL" and ent.text.lower() in {"one", "1"} and _one_as_article(ent):
            continue  # "became [one] of Japan's industrialists", "[One] possible reason is ..."
        if ent.label_ == "CARDINAL" and _no_count(ent):
            continue  # "a [5] May poll", "the [Six] Nations", "lost [one] in five of its viewers"
        if ent.label_ == "DATE" and len(ent) == 2 and ent[0].lower_ in RATE_WORDS and ent.root.dep_ == "npadvmod":
            continue  # "carry 70 million passengers [a year]": a rate
        if ent.label_ == "DATE" and ent.text.isdigit() and int(ent.text) <= MAX_AGE:
            kind = "age"
        yield _whole(_with_what_it_measures(ent)), kind
    ent_tokens = {t.i for e in doc.ents for t in e}
    for chunk in doc.noun_chunks:
        root = chunk.root
        if root.dep_ not in CORE_NP_DEPS or root.pos_ in _PRONOUNS or root.lemma_.lower() in VAGUE_HEADS:
            continue
        if all(t.i in ent_tokens for t in chunk if not t.is_stop):
            continue  # already an entity
        if any(t.tag_ in WH_TAGS for t in chunk):
            continue  # "show [how many copies of the game] were sold": an open question, not an answer
        if chunk[0].like_num and _whole_of_ratio_or_range_end(doc[chunk.start : chunk.start + 1]):
            continue  # "in nine out of [10 separations]": the number says which share, not how many
        if any(_known_count(doc[t.i : t.i + 1]) for t in chunk):
            continue  # "[The two banks] held talks": "How many banks ...?" all the same
        if chunk[0].tag_ == "RB" and chunk[0].head == root and chunk[0].dep_ == "amod":
            # a sentence adverb the parser made the noun's ("[Increasingly] organisations ... are
            # using"); an adverb of an adjective stays ("historically low levels")
            chunk = doc[chunk.start + 1 : chunk.end]
        of = _of_complement(chunk)
        if of is not None and len(chunk) == 1 and root.tag_ == "NN" and root.dep_ == "pobj":
            continue  # part of a preposition: "in [light] of", "in [terms] of", "on [behalf] of"
        if of is None and root.lower_ in CHANGE_NOUNS:
            of = _complement(chunk, "in")  # "the recent [rise in coal prices]"
        if of is not None:  # "the [soaring cost of oil]", not "the [soaring cost]" of oil
            # up to the noun it is of: "a [controversial package of measures] to shake up ..."
            noun = next(c for c in of.rights if c.dep_ == "pobj")
            chunk = doc[chunk.start : noun.i + 1]
        else:
            chunk = _bare_subject_phrase(chunk)
        if len(chunk) > MAX_NP_TOKENS or not any(t.pos_ in {"NOUN", "PROPN"} for t in chunk):
            continue
        if (
            any(t.pos_ == "PRON" for t in chunk)
            or not askable(chunk)
            or _bare_mention(chunk)
            or _restricted_kind(chunk)
        ):
            continue
        yield chunk, "noun_phrase"
    for token in doc:
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "because" for c in token.children):
            sub = doc[token.left_edge.i : token.right_edge.i + 1]
            body = [t for t in sub if not (t.dep_ == "mark" and t.head == token)]
            if body and len(body) <= 14:
                yield doc[body[0].i : body[-1].i + 1], "reason"
        elif token.dep_ in {"advcl", "xcomp"} and token.tag_ == "VB" and token.head.pos_ == "VERB":
            aux = [c for c in token.children if c.dep_ == "aux" and c.lower_ == "to"]
            # "to" + verb as an adverbial clause of purpose ("... to strike targets").
            if aux and token.dep_ == "advcl" and token.right_edge.i - aux[0].i <= 10 and not _no_purpose(token):
                yield doc[aux[0].i : token.right_edge.i + 1], "purpose"


def _no_purpose(verb: Token) -> bool:
    """A "to" + verb after a verb of seeking or rallying ("look to give", "rallied to force"),
    or after a time taken ("take some time to process"): what is sought, done next or spent on,
    not a reason ("Why do games look?")."""
    head = verb.head
    if head.lemma_.lower() in NOT_PURPOSE_HEADS:
        return True
    if verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in FRANK_WORDS for c in verb.children):
        return True  # "[To be honest], England have wanted to win ...": how the speaker talks
    return head.lemma_.lower() == "take" and any(
        c.dep_ in {"dobj", "npadvmod"} and c.lemma_.lower() in TIME_COST_NOUNS for c in head.children
    )


def _bare_subject_phrase(chunk: Span) -> Span:
    """A subject that is a bare plural or mass noun, with the phrase after it that says what it
    is about or from (``BARE_HEAD_PREPS``): "[Worries about cyber-crime and sabotage] have
    prompted ...", "[reports from some High Street retailers] highlight ...". Without it the
    answer names nothing ("What highlights the weakness of the sector?" - "reports"). A date
    after the preposition is the clause's, not the noun's ("shares in May"), and a phrase that
    runs on past its noun ("Strikes in a number of cities") has no whole cut. Other chunks as
    they are."""
    root = chunk.root
    words = [t for t in chunk if not t.is_punct]
    if words != [root] or root.pos_ != "NOUN" or root.ent_type_ or root.dep_ not in {"nsubj", "nsubjpass"}:
        return chunk
    prep = _first_complement(chunk)
    noun = next((c for c in prep.rights if c.dep_ == "pobj"), None) if prep is not None else None
    if noun is None or noun.ent_type_ in {"DATE", "TIME"} or noun.pos_ not in {"NOUN", "PROPN"}:
        return chunk
    tail = [t for t in noun.subtree if t.i > noun.i]
    if not all(t.pos_ in BARE_HEAD_TAIL_POS for t in tail) or _punct_inside(chunk.doc, noun.i + 1, noun.right_edge.i):
        return chunk  # "Strikes in a number [of cities]": the phrase runs on; no cut of it is whole
    end = noun.right_edge.i + 1
    return chunk.doc[chunk.start : end] if end - chunk.start <= MAX_NP_TOKENS else chunk


def _first_complement(chunk: Span) -> Token | None:
    """The phrase of one of ``BARE_HEAD_PREPS`` right after ``chunk``, on its head."""
    return next(
        (c for c in chunk.root.rights if c.dep_ == "prep" and c.i == chunk.end and c.lower_ in BARE_HEAD_PREPS),
        None,
    )


def _punct_inside(doc: Doc, start: int, end: int) -> bool:
    """A comma or other mark (not a hyphen) between ``start`` and ``end``: the tail runs past
    its own phrase ("cyber-crime, a threat that ...")."""
    return any(t.is_punct and t.text not in {"-", "\u2010", "\u2011"} for t in doc[start:end])


def _with_what_it_measures(ent: Span) -> Span:
    """A span of time with the "of" phrase that says what it is a span of: "[two successive
    quarters of negative growth]", not "[two successive quarters]" (which a recession is not)."""
    of = _of_complement(ent) if ent.label_ in {"DATE", "TIME"} else None
    noun = next((c for c in of.rights if c.dep_ == "pobj"), None) if of is not None else None
    if noun is None or noun.ent_type_ or noun.pos_ != "NOUN":
        return ent  # "the first quarter [of 2005]" is one date, as the tagger has it
    return ent.doc[ent.start : noun.i + 1]


def _of_complement(chunk: Span) -> Token | None:
    """The "of" phrase right after a noun phrase, which says what its head is of ("the
    worrying implications [of the data]", "the merits [of our case]"): without it the answer
    is a bare head the question must leave hanging."""
    return _complement(chunk, "of")


def _complement(chunk: Span, prep: str) -> Token | None:
    """The phrase of preposition ``prep`` right after ``chunk``, on its head, with an object."""
    return next(
        (
            c
            for c in chunk.root.rights
            if c.dep_ == "prep" and c.lower_ == prep and c.i == chunk.end and any(x.dep_ == "pobj" for x in c.rights)
        ),
        None,
    )


def _whole(ent: Span) -> Span:
    """An entity with the words that make it the whole answer, which the tagger left outside:
    the unit a price is per ("[$53.09 a barrel]"), the day of a time of day ("[Friday
    afternoon]"), the part of a place ("[eastern and southern Ethiopia]", "[the eastern part
    of Germany]") and the place before a firm's name ("[UK Coal]")."""
    doc = ent.doc
    start, end = ent.start, ent.end
    if ent.label_ == "MONEY":
        end = _priced_per(ent)
    elif ent.label_ == "TIME" and start > 0 and doc[start - 1].ent_type_ == "DATE" and doc[start - 1].head == ent.root:
        start = doc[start - 1].left_edge.i  # "on [Friday afternoon]"
    elif ent.label_ in {"GPE", "LOC"}:
        start = _place_part(ent)
    elif ent.label_ == "ORG":
        before = doc[start - 1] if start > 0 else None
        if before is not None and before.ent_type_ == "GPE" and before.dep_ == "compound" and before.head == ent.root:
            start = before.left_edge.i  # "[UK Coal]"
        end = _of_place(ent)
    start = _name_start(doc[start:end], ent.label_)
    if ent.label_ == "PERSON":
        start, end = _peerage(doc, start, end)
    return doc[start:end] if (start, end) != (ent.start, ent.end) else ent


def _of_place(ent: Span) -> int:
    """Where a body's name ends with the "of" and place the tagger left outside it ("[The
    Muslim Council] of Britain"): after the place; else where the entity ends."""
    doc = ent.doc
    end = ent.end
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or doc[end].head != ent.root:
        return end
    if ent.root.lower_ not in BODY_NAME_ENDS or not ent.root.is_title:
        return end
    place = doc[end + 1]
    if place.ent_type_ not in {"GPE", "LOC"} or place.ent_iob_ != "B":
        return end
    stop = end + 2
    while stop < len(doc) and doc[stop].ent_iob_ == "I":
        stop += 1
    return stop


def _peerage(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A peer's whole style: the title before the name and the "of" place after it are part of
    it ("[Lord Roberts of Conwy]", "[Baroness Vell of Lisk]"), not a person and a place."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return start, end
    title = start if doc[start].lower_ in PEERAGE_TITLES else start - 1
    if title < 0 or doc[title].lower_ not in PEERAGE_TITLES or not doc[title].is_title:
        return start, end
    place = end + 1
    while place < len(doc) and doc[place].pos_ == "PROPN" and doc[place].is_title:
        place += 1
    return (title, place) if place > end + 1 else (start, end)


def _name_start(span: Span, label: str) -> int:
    """Where a name starts with the words of it the tagger left outside the entity: the
    [Oxford] English Dictionary, the [Public and] Commercial Services Union, [Bruce L
    Castor] Jr, [sub-Saharan] Africa. It takes the proper nouns (and an "and" between them)
    and the capitalised adjectives that hang on the name, with what is glued to them by a
    hyphen; a person's name starts at its first word tagged a person ("District Attorney
    [Bruce L Castor Jr]": the title is no part of it)."""
    doc = span.doc
    start = span.start
    inside = set(range(span.start, span.end))
    while start > 0:
        tok = doc[start - 1]
        glued = (not tok.whitespace_ and doc[start].text.startswith("-")) or tok.text == "-"  # "sub-"
        name_word = tok.pos_ == "PROPN" and tok.dep_ in NAME_PART_DEPS and tok.ent_type_ in {"", label}
        proper_adj = tok.dep_ == "amod" and tok.is_title
        joined = tok.dep_ == "cc" and tok.lower_ == "and" and tok.head.i < tok.i and tok.head.pos_ == "PROPN"
        if tok.lower_ in COURTESY_TITLES or not (name_word or proper_adj or glued or joined):
            break
        if tok.is_sent_start and not tok.ent_type_:
            break  # a capital there says nothing: "[Advisors] Goldman Sachs is understood to ..."
        if not _hangs_inside(tok, inside):
            break
        start -= 1
        inside.add(start)
    while start < span.start and (doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1  # no name opens with a hyphen or "and"
    if label == "PERSON":
        start = next((i for i in range(start, span.start) if doc[i].ent_type_ == "PERSON"), span.start)
    return start


def _hangs_inside(tok: Token, inside: set[int]) -> bool:
    """The token hangs on the name, or on an earlier word that does (the "and" of "[Public
    and] Commercial Services Union" hangs on "Public")."""
    head = tok.head
    return head.i in inside or (head.i < tok.i and head.head.i in inside)


def _priced_per(ent: Span) -> int:
    """Where a sum of money ends with the unit it is per: "[$47 a barrel]", but "$10 [a year]"
    stays a rate the question keeps."""
    end = ent.end
    per = next((c for c in ent.root.rights if c.dep_ == "npadvmod" and c.left_edge.i == end == c.i - 1), None)
    if per is not None and per.left_edge.lower_ in RATE_WORDS and per.lemma_.lower() not in TIME_UNITS:
        return per.i + 1
    return end


def _place_part(ent: Span) -> int:
    """Where a place starts with the words that say which part of it: "[eastern and southern
    Ethiopia]", "[the eastern part of Germany]"."""
    root = ent.root
    compass = [c for c in root.lefts if c.dep_ == "amod" and c.lower_ in COMPASS_ADJECTIVES]
    if compass:
        return min(ent.start, compass[0].left_edge.i)
    part = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    if part is not None and part.lower_ in PLACE_PART_NOUNS and part.i < ent.start:
        return part.left_edge.i
    return ent.start


def _bare_mention(chunk: Span) -> bool:
    """A singular common noun with nothing but "the"/"this" (or nothing) before it: "[The
    trend] has taken hold", "under [investigation]". It refers back to what the passage said
    before, so "What has taken hold relatively quickly?" has no answer a reader can check. "A
    [recession] is defined as ..." (a kind of thing) stays. A plural group that a share is
    taken of ("many of [the women]", SHARE_HEADS) refers back the same way."""
    words = [t for t in chunk if not t.is_punct]
    root = chunk.root
    of = root.head
    shared = root.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in SHARE_HEADS
    if root.pos_ == "NOUN" and root.tag_ == "NNS" and shared:
        pointed = any(c.dep_ == "det" and c.lower_ in REFERRING_DETERMINERS for c in root.children)
        return pointed and all(t == root or t.lower_ in REFERRING_DETERMINERS for t in words)  # "few of [the women]"
    if root.pos_ != "NOUN" or root.tag_ != "NN":
        return False
    if root.ent_type_ and not (root.ent_type_ in {"DATE", "TIME"} and words[0].lower_ == "the"):
        return False  # but "later in [the year]" is a bare mention of a time ("this year" is news's own)
    return all(t == root or t.lower_ in REFERRING_DETERMINERS for t in words)


def _restricted_kind(chunk: Span) -> bool:
    """A bare plural noun whose relative clause, outside the answer, says which ones ("[Parents]
    who refuse to allow contact could be tagged"): alone it says all of them."""
    root = chunk.root
    if root.tag_ != "NNS" or any(c.dep_ in {"det", "poss", "nummod"} for c in root.children):
        return False
    clauses = (c for c in root.children if c.dep_ == "relcl" and c.i >= chunk.end)
    return any(chunk.doc[c.left_edge.i - 1].text != "," for c in clauses)


def _uncounted_span(ent: Span) -> bool:
    """A length in a bare plural unit with no number: "the worst Christmas in [decades]", "for
    [years]" says only "long", which no question can ask for."""
    return len(ent) == 1 and ent.root.tag_ == "NNS" and ent.root.lower_ in TIME_WORDS


def _one_as_article(ent: Span) -> bool:
    """ "one" that counts nothing: one of many ("[one] of Japan's industrialists"), one more,
    or one before a singular subject it introduces as "a" would ("[One] possible reason is
    ..."), or any "one" without a word that makes it a limit or a difference before it: "lifted
    the rating by [one] notch" counts, "quoted [one] trader" does not."""
    root = ent.root
    subject = root.dep_ == "nummod" and root.head.tag_ == "NN" and root.head.dep_ in {"nsubj", "nsubjpass"}
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return _next_word(ent) in NOT_COUNTING_AFTER_ONE or subject or before not in COUNTING_BEFORE_ONE


def _no_count(ent: Span) -> bool:
    """A number that counts nothing: the day of a date the tagger split ("a [5] May poll"), a
    number word written with a capital inside a sentence, which is a name or part of one
    ("the [Six] Nations", "the joy of [Six]", "The [Four-Kings] clan"), a number glued to
    letters it does not count, which is a name too ("[3]G adoption", where "60GB of music"
    counts its gigabytes), or one side of a proportion ("lost [one] in [five] of its viewers")."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.is_title and after.lower_ in MONTHS:
        return True
    if after is not None and _glued_name(ent, after):
        return True
    before = doc[ent.start - 1] if ent.start > 0 else None
    opens = ent[0].is_sent_start or (before is not None and (before.is_quote or before.is_bracket))
    if ent[0].text.split("-")[0].istitle() and not opens:
        return True
    if after is not None and after.lower_ == "in" and ent.end + 1 < len(doc) and _a_count(doc[ent.end + 1]):
        return True
    if before is not None and before.lower_ == "in" and ent.start > 1 and _a_count(doc[ent.start - 2]):
        return True
    if before is not None and before.lower_ == "top":
        return True  # "their 26th top [10] hit", "the top [20] titles": the size of a chart, not a count
    return _whole_of_ratio_or_range_end(ent)


def _whole_of_ratio_or_range_end(span: Span) -> bool:
    """The whole a share is "out of" ("nine out of [10] separations": "In how many separations
    ...?" asks for the nine), or one end of a range the tagger split ("seating 110 to [135]
    passengers"; its "to" a quantifier's, not the "to" of "rose from 5 to 7"), which alone is
    not the count. ("[Nine] out of 10" stays: "How many out of 10 ...?")"""
    doc = span.doc
    start, end = span.start, span.end
    if start > 1 and doc[start - 2].lower_ == "out" and doc[start - 1].lower_ == "of":
        return True
    if start > 1 and _range_to(doc[start - 1]) and _a_count(doc[start - 2]):
        return True
    return end + 1 < len(doc) and _range_to(doc[end]) and _a_count(doc[end + 1])


def _range_to(tok: Token) -> bool:
    return tok.lower_ == "to" and tok.dep_ == "quantmod"


def _glued_name(ent: Span, after: Token) -> bool:
    """Letters glued to the number that it does not count, and no magnitude: "[3]G adoption"."""
    letters = _glued(ent)[1]
    return letters.isalpha() and ent.root.head != after and letters.lower() not in SHORT_MAGNITUDES


def _a_count(tok: Token) -> bool:
    """A number tagged a count, not a year ("one in [13]", not "36,185 in [2003]")."""
    return tok.like_num and tok.ent_type_ == "CARDINAL"


def _the_number_as_noun(ent: Span) -> bool:
    """A number standing for things the passage named before ("the two were ripe", "both of
    [the three]", "BAA, which operates all [three]"): "How many were ripe ...?" has no answer
    a reader can check."""
    root = ent.root
    return root.dep_ in CORE_NP_DEPS and any(c.lower_ in BACK_POINTING_DETS for c in root.children)


def _known_count(ent: Span) -> bool:
    """A small number after "the", "these" or "those" that counts things the passage named
    before ("warfare between [the two] men", "[The two] firms are key parts of ..."): "between
    how many men?" asks what the reader already knows. A superlative makes it a new fact ("the
    [three] largest urban centres")."""
    root = ent.root
    if ent.start == 0 or root.dep_ != "nummod" or ent.text.lower() not in KNOWN_COUNTS:
        return False
    before = ent.doc[ent.start - 1].lower_
    superlative = any(c.tag_ in {"JJS", "RBS"} for c in root.head.children)
    return before in {"the", "these", "those"} and not superlative


def _next_word(span: Span) -> str:
    """The lower-cased word right after the span ("" at the end of the document)."""
    return span.doc[span.end].lower_ if span.end < len(span.doc) else ""


def _time_like(ent: Span) -> bool:
    """A date or time with a number in it, or headed by a word of time (TIME_WORDS)."""
    return any(t.like_num or any(ch.isdigit() for ch in t.text) for t in ent) or ent.root.lower_ in TIME_WORDS


def _amount_word(tok: Token) -> bool:
    """A number, a word with a digit ("136m"), or a noun or symbol ("half", "millions", "$")."""
    return tok.like_num or tok.pos_ in {"NUM", "NOUN", "PROPN", "SYM"} or any(ch.isdigit() for ch in tok.text)


def _glued(span: Span) -> tuple[str, str]:
    """The tokens touching the span with no space between ("" where there is space or none).
    (Token look-ups, not ``doc.text``, which spaCy rebuilds from every token on each access.)"""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return (
        before.text if before is not None and not before.whitespace_ else "",
        after.text if after is not None and not doc[span.end - 1].whitespace_ else "",
    )


def negative_answer(span: Span) -> bool:
    """The answer opens with a word that says there is none ("[no policies]", "[nothing]",
    "[no further action]"): a question for it asks for what the passage says is not there.
    A bound is no denial ("[no more than 40]"), nor is a whole clause a thing asked for ("[no
    troops were stationed there]" answers "What happened ...?")."""
    bound = len(span) > 1 and span[0].lower_ == "no" and span[1].tag_ in {"JJR", "RBR"}
    clause = span.root.pos_ in {"VERB", "AUX"}
    return span[0].lower_ in NEGATIVE_WORDS and not bound and not clause


def askable(span: Span) -> bool:
    """An entity that modifies another noun ("the ISEQ index", "Italy's Illva"), or is one item
    of a list, makes an in-situ fragment rather than a question; a person's possessive is fine
    ("Whose brother ...")."""
    root = span.root
    if negative_answer(span):
        return False  # "[no policies]": nothing to ask for
    before, after = _glued(span)
    if "-" in (before, after):
        return False  # half of "Tehran-Moscow"
    if before == "(" or after == ")":
        return False  # a parenthetical abbreviation: "(MOU)"
    if root.dep_ in {"nummod", "quantmod"} and root.head.dep_ == "conj":
        return False  # a count inside a list: "five warehouses and three command posts"
    before_tok = span.doc[span.start - 1] if span.start > 0 else None
    if (
        before_tok is not None
        and before_tok.pos_ == "PROPN"
        and root.like_num
        and (root.head == before_tok or (before_tok.head == root.head and before_tok.dep_ in NAME_PART_DEPS))
    ):
        return False  # a number in a name: "Andre [3000]", "the FTSE [100] index"
    after_tok = span.doc[span.end] if span.end < len(span.doc) else None
    named = after_tok is not None and after_tok.is_digit and not score_at(span.doc, after_tok.i)
    if named and after_tok is not None and after_tok.dep_ == "nummod" and after_tok.head == root:
        return False  # a name a number ends ("[Andre] 3000", "[Boeing] 747"), asked as neither
    if _tail_of_title(span):
        return False  # "Lord of the [Rings]", "the Critics' [Circle]": the end of a longer name
    if span[-1].lower_ in {"and", "of", "&"}:
        return False  # a name the tagger cut at its "and": "The [St Kitts and] Nevis star"
    if span.label_ == "GPE" and any(_name_word_before(c, span) for c in root.lefts):
        return False  # a place that ends a body's name: "Amnesty International [UK]", "Athletics [Kenya]"
    outside_head = root.head not in span
    if outside_head and root.dep_ in {"compound", "amod", "nmod"} and root.head.pos_ in {"NOUN", "PROPN"}:
        return False
    if outside_head and root.dep_ == "poss" and span.label_ != "PERSON":
        return False
    if root.dep_ == "nummod" and _counts_a_list(root.head):
        return False  # "[155,465] pickups, vans and SUVs": not "How many pickups ...?"
    split = [c for c in root.children if c.dep_ == "appos" and c not in span]
    listed = [c for c in split if any(x.dep_ == "conj" for x in c.children)]
    if root.pos_ == "NOUN" and listed:
        return False  # "[Good rains], increased use of fertilizers and improved seeds": a list the parser split
    return not (root.dep_ == "conj" or any(c.dep_ == "conj" and c not in span for c in root.children))


def _name_word_before(tok: Token, span: Span) -> bool:
    """A capitalised proper noun compound right before the place, outside it, that is no place
    itself: the place closes the name of a body ("Amnesty International [UK]"). A courtesy title
    says the "place" is a surname the tagger took for one ("Mr [Houston]"), which stays."""
    return (
        tok.dep_ == "compound"
        and tok.pos_ == "PROPN"
        and tok.is_title
        and tok.i == span.start - 1
        and tok.ent_type_ in {"", "ORG"}
        and tok.lower_ not in COURTESY_TITLES
    )


def _tail_of_title(span: Span) -> bool:
    """The entity is the end of a longer capitalised name the tagger cut: after a capitalised
    word and "of the" ("Lord of the [Rings]"; a country or city stays its own answer) or a
    word the tagger left unlabelled after "of"/"on" ("Call of [Duty]"), or a one-word name
    after a capitalised possessive that is no name of its own ("the Critics' [Circle]")."""
    doc = span.doc
    if not span[0].is_title or span.label_ in {"GPE", "DATE", "TIME"} or span.start < 3:
        return False
    name, second, last = doc[span.start - 3], doc[span.start - 2], doc[span.start - 1]
    if second.lower_ == "of" and last.lower_ == "the" and name.is_title and not name.is_sent_start:
        return True
    # "Call of [Duty]", "War on [Want]": an unlabelled capitalised word after a capitalised
    # word and "of"/"on" ends a title (a labelled one is its own: "Bank of [England]")
    joined = last.lower_ in {"of", "on"} and second.is_title and not second.is_sent_start
    if joined and not span[0].ent_type_:  # (also "[Duty titles]", where the chunk runs on)
        return True
    # (an owner tagged a nationality is a mis-tag of a body's name: "the [Critics]' Circle")
    owned = last.tag_ == "POS" and second.is_title and second.ent_type_ in {"", "NORP"} and not second.is_sent_start
    return owned and len(span) == 1


def _counts_a_list(noun: Token) -> bool:
    """One number before a list of nouns counts them all ("155,465 pickups, vans and SUVs");
    "10 touchdowns and six interceptions" counts each item with its own."""
    items = [c for c in noun.children if c.dep_ == "conj"]
    bare = all(c.pos_ in {"NOUN", "PROPN"} and not any(x.dep_ in {"det", "nummod"} for x in c.children) for c in items)
    return bool(items) and bare


def whole_words(span: Span) -> Span:
    """Widen a span to whole whitespace-delimited words: "170" inside "£170m" -> "£170m"."""
    doc = span.doc
    start, end = span.start, span.end
    while start > 0 and not doc[start - 1].whitespace_ and not doc[start - 1].is_punct and not doc[start - 1].is_space:
        start -= 1
    while (
        end < len(doc)
        and not doc[end - 1].whitespace_
        and not doc[end].is_punct
        and not doc[end].is_space
        and doc[end].tag_ != "POS"
    ):
        end += 1
    return doc[start:end] if (start, end) != (span.start, span.end) else span


def clean_span(span: Span) -> Span | None:
    """Trim determiners/possessives and edge punctuation; None if nothing sensible remains."""
    doc = span.doc
    start, end = span.start, span.end
    is_name = span.label_ in {"ORG", "WORK_OF_ART", "EVENT", "LAW", "FAC", "PRODUCT"}
    while start < end and (
        doc[start].is_space
        or doc[start].text in _EDGE_PUNCT
        or (doc[start].lower_ in _LEADING_DROP and not is_name and span.label_ != "DATE")
    ):
        start += 1  # a paragraph break ("\n\n") the parser hung on the next sentence's first word
    # (nor does a relative pronoun the tagger ran into a name end it: "[Newcomer Ciara] - who ...")
    while end > start and (
        doc[end - 1].is_space or doc[end - 1].text in _EDGE_PUNCT or doc[end - 1].tag_ in {"POS", "WP", "WDT"}
    ):
        end -= 1
    if end <= start:
        return None
    start, end = _balanced(doc, start, end, entity=bool(span.label_))
    if end <= start:
        return None
    out = whole_words(doc[start:end])
    if out.label_ == "" and span.label_:
        out = doc.char_span(out.start_char, out.end_char, label=span.label_) or out
    if not any(ch.isalnum() for ch in out.text):
        return None
    return out


# Brackets and quotation marks an answer must hold in pairs (an opening mark to its closing one).
_PAIRS = {"(": ")", "[": "]", "{": "}", "“": "”", "‘": "’"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}
_STRAIGHT_QUOTES = {'"'}
_OPENERS = _STRAIGHT_QUOTES | set(_PAIRS)  # marks the trimming may have taken off the front


def _balanced(doc: Doc, start: int, end: int, *, entity: bool) -> tuple[int, int]:
    """The span with no bracket or quotation mark left open: a noun phrase ends before a
    bracket it opens; an entity that runs into one is the tagger's error, whose label cannot
    be trusted ("[Dominic Cooper (His Dark Materials]" as a work of art) and leaves nothing; a
    quotation the trimming opened takes its opening mark back ('The ["performance capture"
    technique]', not '[performance capture" technique]'); any other half pair leaves nothing
    (start == end)."""
    texts = [t.text for t in doc[start:end]]
    opened = [i for i, x in enumerate(texts) if x in _PAIRS and _PAIRS[x] not in texts[i + 1 :]]
    if opened and entity:
        return start, start
    if opened:
        end = start + opened[0]
        while end > start and (doc[end - 1].is_space or doc[end - 1].text in _EDGE_PUNCT):
            end -= 1  # "Dominic Cooper (" -> "Dominic Cooper"
        texts = texts[: end - start]
    stray = [i for i, x in enumerate(texts) if x in _CLOSERS and _CLOSERS[x] not in texts[:i]]
    straight = [i for i, x in enumerate(texts) if x in _STRAIGHT_QUOTES]
    if len(straight) % 2 == 1 or stray:
        before = doc[start - 1].text if start > 0 else ""
        first = (straight or stray)[0]
        if before in _OPENERS and len(straight) % 2 == 1 and not stray and first > 0:
            return start - 1, end  # the quotation's opening mark, trimmed off, comes back
        return start, start
    return start, end


def select(cands: list[AnswerCandidate], cap: int) -> list[AnswerCandidate]:
    """Drop overlaps (better-scored first), then pick round-robin over sentences and types."""
    ordered = sorted(cands, key=lambda c: (-c.score, c.start))
    kept: list[AnswerCandidate] = []
    for cand in ordered:
        if any(cand.start < k.end and k.start < cand.end for k in kept):
            continue
        kept.append(cand)
    per_sent: Counter[int] = Counter()
    per_type: Counter[str] = Counter()
    chosen: list[AnswerCandidate] = []
    # Penalise the n-th use of a type so "dates everywhere" loses to variety.
    while kept and len(chosen) < cap:
        best = max(
            kept, key=lambda c: (c.score - 0.15 * per_type[c.answer_type] - 0.2 * per_sent[c.sentence], -c.start)
        )
        kept.remove(best)
        if per_sent[best.sentence] >= MAX_PER_SENTENCE:
            continue
        chosen.append(best)
        per_sent[best.sentence] += 1
        per_type[best.answer_type] += 1
    return sorted(chosen, key=lambda c: c.start)
