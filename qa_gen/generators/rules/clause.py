"""Anchoring the answer in its clause, movement constraints, and clause simplification."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...nlp import score_at
from .countries import is_country
from .lexicon import (
    ADJUNCT_GAP_NOUNS,
    ADVERB_PARTICLES,
    AGENT_SUFFIX,
    APPOSITION_MARKS,
    APPROX_WORDS,
    AS_COMPLEMENT_VERBS,
    BESIDE_NOUNS,
    CHANGE_ADVERBS,
    CLAUSE_DEPS,
    CLAUSE_LINK_DEPS,
    COMPASS_ADJECTIVES,
    CONDITION_MARKS,
    CONNECTIVES,
    CONTENT_NOUNS,
    COUNTING_PLURALS,
    DATING_PREPS,
    DROP_DEPS,
    DURATION_UNITS,
    ENCLOSING_VERBS,
    EVENT_NOUNS,
    EVENT_PLACE_PREPS,
    FINITE_TAGS,
    GAP_FILLING_DEPS,
    GERUND_COMPLEMENT_PREPS,
    INTRODUCING_MARKS,
    LIGHT_NOUNS,
    LIST_PREPS,
    LOCATIVE_PARTICIPLES,
    LOCATIVE_PREPS,
    MAGNITUDES,
    MAX_APPOSITIVE_HEAD_WORDS,
    MAX_DATED_WORDS,
    MAX_OWNED_WORDS,
    MAX_TITLE_TOKENS,
    MEANS_NOUNS,
    NOMINAL_DEPS,
    NOT_AGENT_NOUNS,
    NOUN_CONTENT_DEPS,
    NP_DROP_DEPS,
    NUMERIC_ENTS,
    OPENING_QUOTES,
    OPTIONAL_DEPS,
    PERCENT_WORDS,
    PERSON_NOUNS,
    PERSONAL_SUBJECTS,
    PLACE_ENTS,
    PLACE_KIND_NOUNS,
    PLACE_NOUNS,
    POLARITY_PRONOUNS,
    PRONOUN_RESOLVE,
    QUANTITY_NOUNS,
    QUOTE_MARKS,
    RANGE_ENDS,
    RANK_WORDS,
    SAY_VERBS,
    SCORE,
    SEQUENCE_VERBS,
    SET_OFF_NOMINAL_DEPS,
    SHARE_PRONOUNS,
    SHORT_MAGNITUDES,
    SUBJECT_DEPS,
    TARGET_WORDS,
    TIME_NOUNS,
    TIME_PREPS,
    UNRESOLVABLE,
    VAGUE_QUANTITIES,
    VERB_PREP_COMPLEMENTS,
    WH_TAGS,
    WORK_KIND_ADJECTIVES,
)

# what a thing can stand "by" (beside): buildings and the places of BESIDE_NOUNS
_BESIDE_PLACES = PLACE_NOUNS | BESIDE_NOUNS

# Dashes that set off an aside when spaced on both sides (BBC style " - ", and en/em dashes).
SPACED_DASHES = {"-", "\u2013", "\u2014"}

# Prepositions that open the complement of a subject noun, which says what the subject is ("a
# large number [of Lutheran clergy]", "the difference [between X and Y]"): kept when shortening.
SUBJECT_COMPLEMENT_PREPS = {"of", "between"}

# Prepositions on the object (or predicate) noun out of which a wh-phrase may move: "bought a
# stake [in] X" -> "What did they buy a stake in?", "is home [to] X" -> "What is the university
# home to?", "put emphasis [on] X".
OBJECT_NOUN_PREPS = {"of", "in", "about", "for", "to", "on"}

# doc.user_data key: the doc's bracket tokens (bracket_bounds runs several times per answer).
BRACKETS_KEY = "qa_gen_brackets"

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

    from .forms import Plan


def age_word(span: Span) -> bool:
    """The answer is an age in one word: "the [54-year-old]" (a noun for a person), "a
    [43-year-old] man" (the man's age, asked for by nothing "what type of man" can say)."""
    root = span.root
    return root.lower_ == "old" and root.i == span.end - 1 and any(t.lemma_.lower() in DURATION_UNITS for t in span)


def modifier_np(span: Span) -> tuple[Span, str] | None:
    """An answer that only modifies a noun moves with the noun phrase: an adjective asks for
    the type ("what type of architecture"), a name for the instance ("which radio station")."""
    root = span.root
    noun = root.head
    if root.dep_ not in {"amod", "compound", "nmod"} or noun in span or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if noun.i < span.start or noun.ent_type_ == "PERSON":
        return None  # "[Linebacker] DeMarcus Ware": no "which DeMarcus Ware"
    if score_like(noun):
        return None  # "defeated [the Atlanta Falcons] 34–19": a score the parser took for the head
    if any(t.tag_ == "$" or t.ent_type_ in {"MONEY", "PERCENT"} for t in span):
        return None  # "an [£150m] investment" is no kind of investment: "which investment" asks wrong
    if age_word(span):
        return None  # nor is "a [43-year-old] man" a kind of man
    if (a_number(span.root) or span.root.lower_ in MAGNITUDES) and counted_noun(span) == noun:
        return None  # "fined [11m] euros", "sold [3m] phones": a count of the noun ("How many euros")
    left = noun.left_edge.i
    # another quality joined to the answer's leaves with it: "[roughly spherical] and highly
    # refractive bodies" -> "what type of bodies" (not "what type of and highly refractive")
    joined = {t.i for c in root.children if c.dep_ in {"cc", "conj"} and c.i >= span.end for t in c.subtree}
    rest = [
        t
        for t in span.doc[left : noun.i + 1]
        if t not in span and t.dep_ not in {"det", "poss", "case"} and t.i not in joined
    ]
    if any(t.is_punct and not inner_hyphen(t) for t in rest):
        return None  # "A 25-foot (7.6 m) high stone wall": the phrase is broken by brackets
    if noun.pos_ == "PROPN" and any(t.pos_ == "PROPN" and t.i < span.start for t in rest):
        # the answer is the middle of a name: "the General [Teaching] Council for Scotland":
        # "which General Council" names nothing
        return None
    end = noun.i + 1
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == end), None)
    if of is not None and not any(t.is_punct for t in of.subtree):
        # the noun's "of" phrase moves with it: "in the [UV] region of the spectrum" -> "What
        # region of the spectrum ...?", not "... in of the spectrum?"
        rest += list(of.subtree)
        end = of.right_edge.i + 1
    words = join_tokens(rest)
    # an ordinal picks one of a series, not a type: "the [first] century AD" -> "which century
    # AD"; so does a compass point: "the [southern] California region" -> "which California region"
    kind = root.pos_ == "ADJ" and root.ent_type_ != "ORDINAL" and root.lower_ not in COMPASS_ADJECTIVES
    wh = f"what type of {words}" if kind else f"which {words}"
    if root.lower_ in VAGUE_QUANTITIES and noun.tag_ == "NNS":
        wh = f"how many {words}"  # "[several] lakes": a number, not a kind
    if root.ent_type_ == "PERSON" and all(t.ent_type_ == "PERSON" for t in span):
        wh = f"whose {words}"  # "on a [Dan Orr] 34-yard field goal" -> "on whose 34-yard field goal"
    elif root.ent_type_ == "GPE" and is_country(span.text):
        # "by [US] dictionary publisher X" -> "by which country's dictionary publisher X"
        # (not "which country dictionary publisher")
        wh = f"which country's {words}"
    return span.doc[left:end], wh


def glued_magnitude(tok: Token) -> bool:
    """``tok`` is a magnitude written glued to the number before it ("32[m]", "1.2[bn]"), which
    the tokenizer split off: part of the number, whatever relation the parser gave it."""
    doc = tok.doc
    return tok.lower_ in SHORT_MAGNITUDES and tok.i > 0 and doc[tok.i - 1].like_num and not doc[tok.i - 1].whitespace_


def score_like(tok: Token) -> bool:
    """A score the parser took for a noun ("34–19", "2-1"): not a head to ask "which" with
    (a name with a number, "MiG-29", is one)."""
    return tok.pos_ in {"NOUN", "PROPN"} and SCORE.fullmatch(tok.text) is not None


def appositive_np(span: Span) -> tuple[Span, str] | None:
    """A name in apposition to a common noun asks with that noun: "another special, [Doctor
    Who and the Curse of Fatal Death], was made" -> "What special was made ...?"; "One
    ctenophore, [Mnemiopsis], has been introduced" -> "What ctenophore has been introduced?"."""
    root = span.root
    head = root.head
    if root.dep_ != "appos" or not nominal_head(head) or head.i >= span.start or root.ent_type_ in NUMERIC_ENTS:
        return None
    if apposition_anchor(root) != head:
        return None  # "The chairman of the ferry firm, [Dan Orr]" names no firm
    start = head.left_edge.i
    before = [t for t in span.doc[start : span.start] if not t.is_punct]
    if not before or len(before) > MAX_APPOSITIVE_HEAD_WORDS or span.start - head.i > 2:
        return None  # the name must follow its noun: "another special, X", "the soap opera X"
    if any(t.pos_ in {"VERB", "PRON", "ADP"} or t.dep_ in {"poss", "case"} for t in before):
        return None  # "Tesla's name X" has an owner; "the rate of about X" is no name
    if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children if c not in span):
        return None  # one name of a list: "three more sons, Chagatai, Ogedei and Tolui"
    words = [t for t in before if t.dep_ not in {"det", "nummod"} and t.lower_ not in {"one", "another"}]
    doc = span.doc
    end = span.end + 1 if span.end < len(doc) and doc[span.end].text in APPOSITION_MARKS else span.end
    return doc[start:end], "what " + join_tokens(words)


def nominal_head(tok: Token) -> bool:
    """A common noun, or a noun the tagger read as an adjective where only a noun can stand
    ("another [special], X, was made": subject of the clause)."""
    return tok.pos_ == "NOUN" or (tok.tag_ == "JJ" and tok.dep_ in NOMINAL_DEPS)  # not "the largest, X"


def title_np(span: Span) -> tuple[Span, str] | None:
    """A name after a descriptive title asks with the title: "CBS analyst and retired referee
    [Mike Carey] stated ..." -> "Which CBS analyst and retired referee stated ...?"; a quoted
    title of a work after its kind: "the specially filmed mini-episode ["Music of the
    Spheres"]" -> "which specially filmed mini-episode"."""
    root = span.root
    doc = span.doc
    mods = [t for t in root.children if t.i < span.start and t.dep_ in {"compound", "amod", "nmod", "det"}]
    quoted = span.start > 0 and doc[span.start - 1].text in OPENING_QUOTES
    if not (root.pos_ == "PROPN" or (quoted and root.ent_type_)) or not mods:
        return None
    start = min(t.left_edge.i for t in mods)
    before = list(doc[start : span.start - 1 if quoted else span.start])
    words = [t for t in before if t.dep_ != "det" and not inner_hyphen(t)]
    if not any(_title_noun(t) for t in words) or len(words) > MAX_APPOSITIVE_HEAD_WORDS:
        return None  # a title needs a common noun: "analyst", "mayor", "star"
    if any((t.is_punct and not inner_hyphen(t)) or t.pos_ in {"PRON"} or t.dep_ in {"poss", "case"} for t in before):
        return None
    if any(t.pos_ == "VERB" and t.dep_ != "amod" for t in before):
        return None
    last = words[-1]
    if not (_title_noun(last) or (quoted and last.is_lower and last.pos_ in {"NOUN", "ADJ"})):
        return None  # the title ends in its noun: not "present-day [Charleston]"
    if last.dep_ == "pobj" and last.head in words:
        return None  # nor in a preposition's object: "the experienced and in-[form] Morgan"
    title = before[1:] if before[0].dep_ == "det" else before
    return doc[start : span.end], "which " + join_tokens(title, lower_initial=True)


def area_np(span: Span) -> tuple[Span, str] | None:
    """A place named after its kind ("the town of [Lisbon]", "the city of [Fresno]") asks
    with the kind: "Which town are fresh plans due from?", not "... from the town of what?"."""
    root = span.root
    of = root.head
    area = of.head
    # (the kind says it is a place, whatever the tagger made of it: "the resort of [Porto Alegre]" PERSON)
    placed = root.ent_type_ in PLACE_ENTS | {"PERSON"}
    if root.dep_ != "pobj" or of.lower_ != "of" or span.start != of.i + 1 or not placed:
        return None
    if area.lemma_.lower() not in PLACE_KIND_NOUNS or area.i + 1 != of.i:
        return None
    if area.dep_ == "pobj" and area.head.lower_ in LOCATIVE_PREPS - {"from"}:
        return None  # "off the island of [Lindau]" is where the clause happens: "Where ...?"
    det = [c for c in area.children if c.dep_ == "det" and c.i < area.i]
    # a country's adjective stays with the kind ("the Brazilian resort of X" -> "which Brazilian resort")
    national = [c for c in area.lefts if c.dep_ == "amod" and c.ent_type_ == "NORP"]
    if [t.i for t in area.lefts] != [t.i for t in det + national] or not det or det[0].lower_ != "the":
        return None  # just "the town of X": "the old harbour town of X" keeps its words in place
    return span.doc[det[0].i : span.end], "which " + " ".join(t.text for t in [*national, area])


def inner_hyphen(tok: Token) -> bool:
    """The hyphen inside a word ("mini-episode"), not a dash between phrases."""
    return tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.nbor(-1).whitespace_


def _title_noun(tok: Token) -> bool:
    """A common noun in a title ("mayor", "mini-episode"), or an agent noun the tagger read as
    an adjective before a name ("mathematician Alberto Calderón")."""
    if not tok.is_lower:
        return False
    if tok.pos_ == "NOUN":
        return tok.lemma_ not in TIME_NOUNS  # "present-day" is no title
    if tok.tag_ == "JJ" and tok.lower_ in WORK_KIND_ADJECTIVES:
        return True  # "US [musical] Sweet Charity"
    return tok.tag_ == "JJ" and bool(AGENT_SUFFIX.search(tok.lower_)) and tok.lower_ not in NOT_AGENT_NOUNS


def join_tokens(tokens: list[Token], *, lower_initial: bool = False) -> str:
    """Tokens as text: neighbours keep their own spacing ("state-run", "U.S."), a gap is one
    space; with ``lower_initial`` a sentence's capitalised first word is lowered."""
    out = ""
    for n, tok in enumerate(tokens):
        out += _lower_initial(tok) if lower_initial else tok.text
        if n + 1 < len(tokens):
            out += tok.whitespace_ if tokens[n + 1].i == tok.i + 1 else " "
    return out


def _lower_initial(tok: Token) -> str:
    """A sentence's capitalised first word inside a question: "Veteran receiver" -> "veteran"."""
    if tok.is_sent_start and tok.pos_ != "PROPN" and not tok.ent_type_ and not inner_capital(tok.text):
        return tok.text[:1].lower() + tok.text[1:]
    return tok.text


def inner_capital(text: str) -> bool:
    """A capital after a word's first letter makes its case its spelling, at the start of a
    sentence too: "MPs", "iPod", "McLaren" (lower-cased, "mPs")."""
    return any(ch.isupper() for ch in text[1:])


def titled(span: Span) -> Span:
    """Let a name in apposition to a short title move with it: "by the engineer [Marta Velt]"."""
    root = span.root
    head = root.head
    # (a name is no title: "correspondent in Tavel, [Ada Vell]" hangs on "Tavel" by mistake)
    title = head.pos_ != "PROPN" and len(list(head.subtree)) - len(span) <= MAX_TITLE_TOKENS
    if root.dep_ == "appos" and title and head.i < span.start:
        return span.doc[head.left_edge.i : max(span.end, head.right_edge.i + 1)]
    return span


def clause_verb(span: Span) -> Token | None:
    """Nearest governing verb that has a subject (its own, or a coordinated verb's, or a
    relative clause's antecedent); subject-less participles and infinitives are climbed over.
    A non-finite clause with a subject ("consider [1] to be a number", "with Manning
    completing ...") is climbed over too when a finite clause governs it: a question needs
    a finite verb."""
    tok = span.root
    fallback = None
    nonfinite = None
    while True:
        if (
            (tok.pos_ in {"VERB", "AUX"} or mistagged_verb(tok))
            and tok not in span
            and (tok.dep_ in CLAUSE_DEPS or tok.head == tok)
        ):
            fallback = fallback or tok
            if find_subject(tok) is not None:
                if finite_clause(tok):
                    return tok
                nonfinite = nonfinite or tok
        if tok.head == tok:
            return nonfinite or fallback
        tok = tok.head


def finite_clause(verb: Token) -> bool:
    """The verb or one of its auxiliaries is finite (or it is a verb the tagger mistook)."""
    if verb.tag_ in FINITE_TAGS or mistagged_verb(verb):
        return True
    if verb.tag_ == "VB" and verb.dep_ in {"ROOT", "conj"}:
        return True  # a present-tense verb tagged as a base form
    if verb.tag_ in {"VBN", "VBG"} and shared_auxiliaries(verb):
        return True  # "was first found in 1962, and first [mapped] in 1986": the auxiliary is shared
    return any(c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_TAGS for c in verb.children)


def shared_auxiliaries(verb: Token) -> list[Token]:
    """The auxiliaries a coordinated verb shares with the verb before it: a base form its modal
    ("The institute will cost $200 million and [occupy] ..."), a participle the whole chain
    ("was first found in 1962, and first [mapped] in 1986"). Its tense is theirs, not
    do-support's. Empty when the verb has a subject or auxiliary of its own."""
    if verb.dep_ != "conj" or verb.head.pos_ not in {"VERB", "AUX"}:
        return []
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return []
    chain = [c for c in verb.head.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.head.i]
    if verb.tag_ == "VB":
        return [c for c in chain if c.tag_ == "MD"][:1]
    if verb.tag_ in {"VBN", "VBG"} and chain and chain[0].tag_ in FINITE_TAGS:
        return chain
    return []


def finite_word(tok: Token) -> bool:
    """A finite verb, or a base form the tagger gave a main clause with a subject ("Ushers
    run out of ..." tagged VB)."""
    return tok.tag_ in FINITE_TAGS or (
        tok.tag_ == "VB" and tok.dep_ in {"ROOT", "conj"} and any(c.dep_ == "nsubj" for c in tok.children)
    )


def mistagged_verb(tok: Token) -> bool:
    """A verb the small model tagged as a noun or adjective ("Members of the genus prey on
    jellyfish", "was largely focused on"): it still heads a clause with a subject."""
    return (
        tok.pos_ in {"NOUN", "ADJ"}
        and tok.dep_ in {"ROOT", "conj"}
        and tok.tag_ not in {"JJR", "JJS"}
        and any(c.dep_ in {"nsubj", "nsubjpass", "auxpass"} for c in tok.children)
        and not any(c.lower_ in {"more", "less", "most", "very", "so", "too"} for c in tok.children)
    )


def shared_subject_verbs(verb: Token) -> list[Token]:
    """Finite verbs coordinated with ``verb`` that have no subject of their own, so share its
    subject ("rose 3% and closed at 120p")."""
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ in {"VERB", "AUX"}
        and c.tag_ in FINITE_TAGS
        and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
    ]


def find_subject(verb: Token) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if subjects:
        return fronted_description(subjects) or subjects[0]
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        return find_subject(verb.head)
    return None


def fronted_description(subjects: list[Token]) -> Token | None:
    """The pronoun subject after a fronted description that the parser made a second subject
    ("[A former teacher], she joined the board in 2003"): the pronoun is the subject, the
    description only says what it is. None when the verb's subjects are not that."""
    if len(subjects) != 2:
        return None
    first, second = subjects
    doc = second.doc
    after = first.right_edge.i + 1
    if first.pos_ not in {"NOUN", "PROPN"} or second.pos_ != "PRON" or second.lower_ not in PERSONAL_SUBJECTS:
        return None
    return second if after == second.i - 1 and doc[after].text == "," and first.left_edge.is_sent_start else None


def argument_of(verb: Token, span: Span) -> Token | None:
    """The child of ``verb`` whose subtree holds the answer."""
    tok = span.root
    if tok == verb:
        return None
    while tok.head != verb and tok.head != tok:
        tok = tok.head
    return tok if tok.head == verb else None


def span_covers(span: Span, tok: Token) -> bool:
    """True when the answer is the phrase headed by ``tok``: it holds the head, and whatever
    it leaves out is a determiner, title, or non-restrictive/prepositional modifier."""
    if tok not in span:
        return False
    inside = {t.i for t in span}
    for t in tok.subtree:
        if t.i in inside or t.is_punct or t.is_space or t.dep_ in {"det", "compound", "amod", "nmod", "poss", "case"}:
            continue
        if t.i == span.start - 1 and t.lower_ in APPROX_WORDS and t.dep_ in {"advmod", "quantmod"}:
            continue  # "about [300 km long]": an approximation leaves with its number
        if not under_dep(t, tok, NP_DROP_DEPS | {"prep", "punct", "cc", "conj"}):
            return False
    return True


def names_subject(span: Span, arg: Token) -> bool:
    """The answer is the name of the subject ``arg`` that a title or description stands
    before ("The AFC champion [Denver Broncos] defeated ...", "a band of zealots, the so-called
    [Zwickau prophets], arrived"): asking for the subject asks for the name."""
    root = span.root
    if root.pos_ != "PROPN" or arg in span or root.dep_ == "conj":
        return False
    items = [t for t in root.subtree if t.dep_ == "conj" and t.head == root]
    if items and not (root.dep_ == "appos" and arg.tag_ == "NNS" and all(t in span for t in items)):
        return False  # one name of several; but "Two future opponents, [Washington and Gage], played"
    anchor = apposition_anchor(root)
    if not ((root.dep_ == "appos" and anchor == arg) or (named_link(root, arg) and anchor == root.head)):
        return False
    names = [t for t in arg.subtree if t.pos_ == "PROPN" and t not in span and t.ent_type_ == root.ent_type_]
    # "The largest, [the Theatre Royal], first opened": a superlative stands for its noun
    described = arg.pos_ == "NOUN" or (arg.tag_ == "JJS" and any(c.lower_ == "the" for c in arg.children))
    return described and not any(t.head == arg and t.dep_ == "appos" for t in names)


def apposition_anchor(name: Token) -> Token:
    """The noun an appositive ``name`` names in "N1 of/in N2, NAME": its parse head, except
    where the parser hung it on the wrong one of the two nouns.

    - On a plural N1 across a nearer N2: "Shares in India's largest power producer, [National
      Thermal Power Corp], have risen" names the producer (one name is no plural's equal; a
      list of names, "Two opponents, [Washington and Gage]", can be).
    - A person's name on an N2 that is no person, where N1 is one: "The chairman of the ferry
      firm, [Dan Orr], said" names the chairman, not the firm."""
    head = name.head
    if name.dep_ != "appos" or name.left_edge.i == 0 or name.doc[name.left_edge.i - 1].text != ",":
        return head
    nearer = name.doc[name.left_edge.i - 2] if name.left_edge.i > 1 else head
    one_name = name.tag_ == "NNP" and not any(c.dep_ == "conj" for c in name.children)
    if head.tag_ == "NNS" and one_name and nearer != head and nearer.dep_ == "pobj" and head.is_ancestor(nearer):
        return nearer if nearer.pos_ in {"NOUN", "PROPN"} else head
    holder = head.head.head if head.dep_ == "pobj" else head
    if (
        name.ent_type_ == "PERSON"
        and holder != head
        and head.head.lower_ in {"of", "at", "in"}
        and holder.pos_ == "NOUN"
        and holder.lemma_.lower() in PERSON_NOUNS
        and head.lemma_.lower() not in PERSON_NOUNS
        and head.pos_ == "NOUN"
    ):
        return holder
    return head


def named_link(tok: Token, head: Token) -> bool:
    """``tok`` hangs on ``head`` through apposition and compounds only: it names ``head``
    ("retired referee [Mike Carey]"), it is not inside it ("economist at [Lehman Brothers]")."""
    while tok != head:
        if tok.dep_ not in {"appos", "compound"} or tok.head == tok:
            return False
        tok = tok.head
    return True


def restated_subject(others: list[Token], arg: Token, verb: Token) -> tuple[set[int], str | None] | None:
    """Where the parser gave the verb a second subject that is the same thing as ``arg``, the
    tokens of that other subject (and what stands between them): one description right before
    the name ("the Western Atlantic ctenophore [Mnemiopsis leidyi] was introduced", "the shorter
    term [Rhine Delta] is used") or set off before it by commas ("The experiment that tested
    ..., [the Miller–Urey experiment], was conducted"), with the wh-phrase the description
    right before the name makes ("which shorter term"). None otherwise."""
    if len(others) != 1:
        return None
    other = others[0]
    if not (other.i < arg.i < verb.i) or other.right_edge.i >= arg.left_edge.i:
        return None
    between = arg.doc[other.right_edge.i + 1 : arg.left_edge.i]
    if not all(t.is_punct and t.text != "-" for t in between) or other.pos_ not in {"NOUN", "PROPN"}:
        return None
    if any(t.dep_ == "cc" or t.lower_ in {"and", "or"} for t in other.subtree):
        return None  # "X and Y": two subjects indeed
    words = [t for t in other.subtree if t.dep_ != "det"]
    title = None
    if not between and len(words) <= MAX_APPOSITIVE_HEAD_WORDS and not any(t.is_punct for t in words):
        title = "which " + join_tokens(words, lower_initial=True)
    return {t.i for t in other.subtree} | {t.i for t in between}, title


def owned_subject(span: Span, arg: Token) -> str | None:
    """The answer owns the subject ``arg`` ("President Yudhoyono's [government] has said", "the
    wife of [Dana Kell] said"): the wh-phrase "whose government", "whose wife", or None."""
    root = span.root
    possessive = root.dep_ == "poss" and root.head == arg and any(c.tag_ == "POS" for c in root.children)
    if possessive and arg.pos_ == "NOUN":
        owner = {t.i for t in root.subtree}
    elif _person_of(span, arg):
        owner = {t.i for t in root.head.subtree} | {c.i for c in arg.children if c.dep_ == "det"}
    else:
        return None
    words = [
        t
        for t in arg.subtree
        if t.i not in owner and not under_dep(t, arg, NP_DROP_DEPS) and not (t.is_punct and t.i > arg.i)
    ]
    if len(words) > MAX_OWNED_WORDS:
        return None
    return "whose " + join_tokens(words)


def _person_of(span: Span, arg: Token) -> bool:
    """The answer is the whole person after "of" on the subject noun ("the wife of [Dana
    Kell]"), which "whose" can ask for."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.head != arg or arg.pos_ != "NOUN":
        return False
    # a title may stand between: "the government of Chancellor [Gerhard Schroeder]"
    title = span.doc[prep.i + 1 : span.start]
    titled = all(t.dep_ == "compound" and t.head == root and t.is_title for t in title)
    if any(t.ent_type_ != "PERSON" for t in span) or not titled or root.right_edge.i >= span.end:
        return False  # the whole answer is the name: not "the embattled oil giant [Yukos]"
    if any(c.dep_ == "poss" for c in arg.children) or any(c.dep_ == "conj" for c in root.children):
        return False  # "The network's team of [X and Y]": the "of" names its members
    return not any(c.i > prep.i and c.dep_ not in NP_DROP_DEPS | {"punct"} for c in arg.children)


def quantified(span: Span, arg: Token) -> bool:
    """The answer is the noun a quantity counts, and the quantity is the argument ``arg``
    ("[a significant number] of [terrorists] have been killed"): asking for the noun asks
    for the whole phrase."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.head != arg or arg.lower_ not in QUANTITY_NOUNS:
        return False
    if span.start != prep.i + 1 or span.end <= root.i:
        return False  # the whole noun phrase after "of"
    return all(t.dep_ in {"det", "amod", "advmod", "nummod", "compound"} for t in arg.lefts)


def frontable(span: Span, arg: Token | None, verb: Token) -> bool:
    """Wh-movement is allowed out of a direct argument or adjunct of the verb, or out of a
    PP directly inside one; deeper positions are islands (ask in situ instead)."""
    if arg is None or _time_of_object_event(span, verb):
        return False
    if arg in span and arg.dep_ == "npadvmod" and arg.ent_type_ in {"PERSON", "ORG", "NORP"}:
        # "hired two divers in 1998, [Ada Vell and Mara Lind]": names left unattached; but
        # "beat [Dan Orr] 6-4 6-3": the score after the object led the parser astray
        return score_at(span.doc, span.end) and not any(c.dep_ == "dobj" for c in verb.children)
    if span_covers(span, arg):
        if arg.dep_ == "dep":
            return False
        return arg.dep_ not in {"conj", "cc", "punct", "appos"}
    root = span.root
    if span[0].lower_ in {"because", "since", "to", "by"} or root.dep_ in {"advcl", "xcomp"}:
        return True
    if root.dep_ in {"npadvmod", "tmod"} and root.ent_type_ in {"DATE", "TIME"} and _no_verb_between(root, verb):
        return True  # "launched a campaign against IS targets [last September]": a misattached time adjunct
    timed = root.dep_ == "pobj" and root.ent_type_ in {"DATE", "TIME"} and root.head.lower_ in TIME_PREPS
    if timed and root.head.head != verb and _closes_clause(root.head, verb) and _nominal_chain(root.head.head, verb):
        # a date that ends the clause dates the clause, wherever the parser hung it: "argued
        # at a Senate committee hearing [on 18 July 2000]" -> "When did Karlén argue ...?"
        return True
    noun = counted_noun(span)
    if noun is not None:
        return _count_frontable(noun, arg, verb)
    if root.dep_ == "poss":
        return False
    if root.dep_ == "compound" and root.head == arg and score_like(arg):
        return True  # "defeated [the Atlanta Falcons] 34–19": the team is the object
    if root.dep_ == "acomp" and any(c.dep_ in {"prep", "pcomp"} and c not in span for c in root.children):
        return False  # "seems to be [afraid] of dogs": no "What does Kell seem to be of dogs?"
    if root.dep_ in {"dobj", "attr", "acomp"} and root.head != verb:
        # "claimed to have perfected [X]" -> "What did Tesla claim to have perfected?"; "tend to
        # be [unstable]" -> "What do unequal towns tend to be?"; not one item of a list ("What
        # does Kell seem to be and rich?")
        listed = any(c.dep_ == "conj" and c not in span for c in root.children)
        return not listed and (_complement_of(root.head, verb) or _planned(root.head, verb))
    if root.dep_ != "pobj":
        return False
    prep = root.head
    # (a number that is a share of its "of" phrase stays: "on all [25] of its channels")
    share = a_number(root) and any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children)
    planned = _planned(prep.head, verb) and not share
    if prep.head == verb or prep == arg or _complement_of(prep.head, verb) or planned:
        return True  # "began running into trouble [by 2010]": out of a verb the clause verb takes
    particle = prep.head.lower_ in ADVERB_PARTICLES and prep.head.dep_ in {"advmod", "prt"}
    if particle and prep.head.head == verb and verb.i < prep.head.i < prep.i:
        return True  # "dates back to [1875]": a PP on the verb's adverb -> "What year does it date back to?"
    if root.ent_type_ in {"DATE", "TIME"} and prep.lower_ in TIME_PREPS and _object_chain(prep.head, verb):
        # a date the parser hung on a noun of the object dates the clause: "did receive one
        # of 38 bids [in 1937]" -> "In what year did Tesla receive one of 38 bids?"
        return True
    if place_on_subject(span, verb):
        return True  # "Brent crude in [London] gained $1" -> "Where did Brent crude gain $1?"
    # one level: "bought a stake in X" -> "What did they buy a stake in?", also in a complement
    # clause: "left to become president of [X]" -> "What did Eisner leave to become president of?"
    noun = prep.head
    if noun.dep_ not in {"dobj", "attr"} or prep.lower_ not in OBJECT_NOUN_PREPS:
        return False
    return noun == arg or (noun.head != verb and _complement_of(noun.head, verb))


def _time_of_object_event(span: Span, verb: Token) -> bool:
    """A date after the object of a verb that sets one event after another dates the object,
    not the verb: "follows an announcement [last month]" (the announcement was last month,
    the news follows it now); "followed gains on [Wednesday]", wherever the parser hung it."""
    if verb.lemma_ not in SEQUENCE_VERBS or span.root.ent_type_ not in {"DATE", "TIME"}:
        return False
    return any(c.dep_ == "dobj" and c.i < span.start for c in verb.children)


def of_after(span: Span) -> Token | None:
    """The "of" phrase that starts right after the answer and hangs on one of its words
    ("[two-thirds] of the population", "the [south-east] of Australia"): its preposition."""
    return next((c for t in span for c in t.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == span.end), None)


def place_on_subject(span: Span, verb: Token) -> bool:
    """The answer is the place of a locative phrase that follows the clause's subject noun
    ("Shares in [Tokyo] fell 2%"): in news, where the subject is is where the clause happens,
    so it is asked with "where" out of the subject."""
    root = span.root
    prep = root.head
    subject = prep.head
    if root.dep_ != "pobj" or prep.lower_ not in LOCATIVE_PREPS - {"from"} or root.ent_type_ not in PLACE_ENTS:
        return False  # "art from [Sri Lanka]" says where the art comes from, not where it is
    if span.start != prep.i + 1 or span.end <= root.i:
        return False  # the whole place, right after its preposition
    if any(c.dep_ in {"conj", "cc"} for c in [*subject.children, *root.children]):
        return False  # "instability in [Iraq] and fears of terrorism": the place is one item's
    if sum(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) > 1:
        return False  # the same, where the parser gave the verb both items as subjects
    return subject.dep_ in {"nsubj", "nsubjpass"} and subject.head == verb and subject.i < prep.i < verb.i


def range_end(prep: Token) -> bool:
    """``prep`` opens one end of a range whose other end is also on its head: "to" with a
    "from", "from" with a "to"."""
    other = RANGE_ENDS.get(prep.lower_)
    return prep.dep_ == "prep" and any(c.dep_ == "prep" and c.lower_ == other for c in prep.head.children)


def place_of_event(span: Span, verb: Token) -> bool:
    """The answer is the place of an event the clause holds, stages or attends ("held a dinner
    party in [New York]", "a rally was staged at [Trafalgar Square]"): where the event was is
    where the clause happened, so it is asked with "where", not "What ... a party in?"."""
    root = span.root
    prep = root.head
    event = prep.head
    if root.dep_ != "pobj" or prep.lower_ not in EVENT_PLACE_PREPS or root.ent_type_ not in PLACE_ENTS:
        return False
    if span.start != prep.i + 1 or any(c.dep_ in {"conj", "cc"} for c in [*event.children, *root.children]):
        return False
    return event.lemma_.lower() in EVENT_NOUNS and event.dep_ in {"dobj", "nsubjpass"} and event.head == verb


def _nominal_chain(tok: Token, verb: Token) -> bool:
    """Only nouns and prepositions stand between ``tok`` and the verb above it (no participle,
    adjective or clause: "the fleet, [permanent] from 1569" keeps its date)."""
    while tok != verb:
        if tok.pos_ not in {"NOUN", "PROPN", "NUM", "ADP"} or tok.head == tok:
            return False
        tok = tok.head
    return True


def _closes_clause(tok: Token, verb: Token) -> bool:
    """Nothing but punctuation, or prepositional phrases of ``verb`` itself, follows ``tok``'s
    phrase in the clause of ``verb`` ("liquefied for the first time [on March 29, 1883] by
    Polish scientists": the agent is the verb's, so the date still dates the clause)."""
    end = tok.right_edge.i
    own = {t.i for c in verb.children if c.dep_ in {"prep", "agent"} and c.i > end for t in c.subtree}
    return all(t.is_punct or t.i in own for t in verb.subtree if t.i > end)


def _count_frontable(noun: Token, arg: Token | None, verb: Token) -> bool:
    """A count ("how many" + ``noun``) can front: its noun is the verb's argument, the object of
    a preposition on the verb, on a verb the clause verb takes ("is considering raising fuel
    prices by [as much as 30%]", "is to raise its dividend by [11%]"), or on the verb's object
    ("has operations in [14] countries"); or the object of what a named subject "is to" do."""
    if noun == arg:
        return True
    if noun.dep_ == "dobj":
        return _planned(noun.head, verb)
    if noun.dep_ != "pobj":
        return False
    prep, governor = noun.head, noun.head.head
    # an absolute (the participle says what happened to the noun, with no agent) does not
    # front: "struggled, with [120] sailings cancelled" -> no "How many sailings ... with cancelled?"
    absolute = any(
        c.dep_ == "acl" and c.tag_ in {"VBN", "VBG"} and not any(x.dep_ == "agent" for x in c.children)
        for c in noun.children
    )
    if prep.lower_ == "with" and absolute:
        return False
    if governor == verb:
        return True
    # below the clause verb, not out of a "with" or a comparison's "than": "is less than the
    # [3,000] cases mentioned" stays in place
    if prep.lower_ not in {"with", "than"} and (_complement_of(governor, verb) or _planned(governor, verb)):
        return True
    if governor.dep_ != "dobj" or governor.head != verb or prep.lower_ not in OBJECT_NOUN_PREPS:
        return False
    # out of an "of" phrase only a count of things: not "saw growth of [8%]" ("What percentage
    # had X seen growth of?") nor "an offer of [530] pence per share"
    return prep.lower_ != "of" or (noun.tag_ == "NNS" and noun.ent_type_ not in NUMERIC_ENTS)


def _planned(tok: Token, verb: Token) -> bool:
    """``tok`` is what a named subject "is to" do, news's future ("Nestle is to raise its
    dividend by [11%]"): a phrase on it is asked like one on the verb ("By what percentage is
    Nestle to raise its dividend?"). Not "The aim is to ...", where the infinitive says what
    the subject is."""
    if tok.dep_ != "xcomp" or tok.head != verb or verb.lemma_ != "be" or tok.tag_ != "VB":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.pos_ == "PROPN" or subj.ent_type_ in {"ORG", "GPE", "PERSON", "NORP"})


def _complement_of(tok: Token, verb: Token) -> bool:
    """``tok`` is a verb or adjective the clause verb takes as its complement, directly or in
    a chain, which a wh-phrase may leave: an open complement ("claimed to have [perfected]"),
    a predicate adjective ("is [damaging] to", "are unable to [vote] on") or a purpose
    infinitive ("devised setups to [produce]"). A participle adjunct ("..., throwing for")
    is an island."""
    while tok != verb:
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ in GERUND_COMPLEMENT_PREPS:
            # a gerund after a preposition the verb, its adverb or its adjective takes: "came
            # close to [merging] with X", "was banned from [selling] X", "succeeded in
            # [building] X" -> "What did Sibneft come close to merging with?"
            prep, holder = tok.head, tok.head.head
            takes = holder == verb or (holder.dep_ in {"advmod", "acomp"} and holder.head == verb)
            # right after the word that takes it, or after that word's object ("accused Titan
            # of paying"); not a fronted adjunct ("In reviewing X, the student ...") nor a
            # preposition the parser hung on a verb far before it
            between = prep.doc[holder.i + 1 : prep.i]
            objects = {t.i for c in holder.children if c.dep_ in {"dobj", "dative"} for t in c.subtree}
            return takes and prep.i > holder.i and all(t.i in objects for t in between)
        # after "be" the infinitive is what the subject is ("The objective is to stabilize X")
        # "is [damaging] to", "have lain [hidden] in": an adjective or participle predicate
        predicate = tok.dep_ == "acomp" and (tok.pos_ == "ADJ" or tok.tag_ == "VBN") and not _object_before(tok)
        opens = (tok.dep_ == "xcomp" and tok.head.lemma_ != "be") or predicate
        infinitive = tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        purpose = tok.dep_ == "advcl" and infinitive and tok.i > tok.head.i  # not "To win X, she ..."
        # "allowed Disney to [acquire] X", "arrived in 1555 to [found] X": an infinitive the
        # parser made a clausal complement, with or without the subject it borrows
        complement = tok.dep_ == "ccomp" and infinitive and tok.head == verb and tok.i > verb.i
        if not (opens or purpose or complement) or tok.head == tok:
            return False
        tok = tok.head
    return True


def _object_before(adj: Token) -> bool:
    """An object or predicate noun comes between the verb and the adjective: the adjective
    describes it ("became the seat of the Sejm, [permanent] from 1569"), it is no predicate."""
    return any(c.dep_ in {"dobj", "attr"} and c.i < adj.i for c in adj.head.children)


def _object_chain(tok: Token, verb: Token) -> bool:
    """``tok`` is a noun of the verb's object (through "of"-like, not temporal, prepositions):
    a date hung on it was misattached rather than dating the noun's own event."""
    while tok != verb:
        if tok.pos_ not in {"NOUN", "PROPN", "NUM", "ADP"} or tok.dep_ not in {"dobj", "pobj", "prep"}:
            return False
        if tok.dep_ == "prep" and tok.lower_ in TIME_PREPS:
            return False  # "during the 1960s beginning [in 1962]"
        if tok.ent_type_ in {"DATE", "TIME"} or tok.lemma_.lower() in TIME_NOUNS:
            return False
        tok = tok.head
    return True


def example_list(tok: Token) -> bool:
    """A prepositional list of examples: "such as X, Y", "including X"."""
    if tok.dep_ != "prep":
        return False
    if tok.lower_ == "like" and tok.head.pos_ in {"VERB", "AUX"}:
        return False  # "act like single-celled organisms" is what they do, not examples
    return tok.lower_ in LIST_PREPS or (tok.lower_ == "as" and tok.i > 0 and tok.nbor(-1).lower_ == "such")


def _no_verb_between(tok: Token, verb: Token) -> bool:
    tok = tok.head
    while tok != verb and tok.head != tok:
        if tok.pos_ in {"VERB", "AUX"}:
            return False
        tok = tok.head
    return tok == verb


def under_dep(tok: Token, root: Token, deps: set[str]) -> bool:
    while tok != root and tok.head != tok:
        if tok.dep_ in deps:
            return True
        tok = tok.head
    return False


def attached_magnitude(tok: Token) -> bool:
    """ "m"/"bn" written onto its number ("294.3m", split off by the tokenizer), a magnitude;
    spaced ("120 m") it is a unit."""
    return tok.lower_ in SHORT_MAGNITUDES and tok.i > 0 and not tok.nbor(-1).whitespace_


# A number with its magnitude written on, which the tokenizer left whole ("1.17bn", "36m").
GLUED_NUMBER = re.compile(r"\d[\d.,]*(?:bn|m|tn|k)")


def a_number(tok: Token) -> bool:
    """A number, also with its magnitude written on ("1.17bn")."""
    return tok.like_num or GLUED_NUMBER.fullmatch(tok.lower_) is not None


def counted_noun(span: Span) -> Token | None:
    """For "12 people" (nummod of a noun), the counted noun."""
    for tok in span:
        head = tok.head
        magnitude = head.lower_ in MAGNITUDES and (head.lower_ not in SHORT_MAGNITUDES or attached_magnitude(head))
        if tok.like_num and tok.dep_ in {"nummod", "quantmod"} and magnitude:
            # "3m phones" (tokenised "3", "m", which the tagger may call anything): the phones
            # are counted, not the "m"
            after = tok.head.nbor(1) if tok.head.i + 1 < len(tok.doc) else None
            if after is not None and (after in span or after.i == span.end) and after.tag_ == "NNS":
                return after  # "fined [11m] euros" counts the euros too
            outer = tok.head.head
            counts = tok.head.dep_ in {"compound", "nummod", "amod"} and outer.pos_ in {"NOUN", "PROPN"}
            return outer if counts and outer.lower_ not in MAGNITUDES else None
        # "[1.17bn] euros", which the tagger may make a compound
        glued = tok.dep_ == "compound" and not tok.like_num and a_number(tok)
        if a_number(tok) and (tok.dep_ in {"nummod", "quantmod"} or glued) and tok.head.pos_ in {"NOUN", "PROPN"}:
            label = tok.head if tok.head.i < tok.i else (tok.nbor(-1) if tok.i > 0 else tok)
            if label.lemma_.lower() in {"number", "no."}:
                return None  # "number eight", "the number [one] seeds": a label, not a count
            return tok.head
    root = span.root
    if root.pos_ in {"NOUN", "PROPN"} and any(t.like_num for t in span) and not root.like_num:
        return root if root.lower_ not in MAGNITUDES else None
    if len(span) == 1 and root.lower_ in COUNTING_PLURALS:
        # "[Thousands] of readers": a number in words, of the noun after "of"
        of = next((c for c in root.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        determined = noun is not None and any(c.dep_ in {"det", "poss"} for c in noun.children)
        timed = noun is not None and noun.lemma_.lower() in DURATION_UNITS  # "thousands of years": how long
        if noun is not None and noun.tag_ in {"NNS", "NNPS"} and not determined and not timed:
            return noun
    return None


def _semicolons_between(child: Token, verb: Token) -> list[int]:
    """The semicolons between ``verb`` and the phrase of its ``child``."""
    lo, hi = (child.right_edge.i, verb.i) if child.i < verb.i else (verb.i, child.left_edge.i)
    return [t.i for t in verb.doc[lo + 1 : hi] if t.text == ";"]


def simplify(verb: Token, span: Span, subj: Token | None) -> list[int]:
    """Token indices of the clause that a question keeps, in order."""
    ans = set(range(span.start, span.end))
    sub = list(verb.subtree)  # walked four times below
    drop: set[int] = set()

    def holds_answer(tok: Token) -> bool:
        return tok.left_edge.i <= span.end - 1 and tok.right_edge.i >= span.start

    def cut(tok: Token) -> None:
        drop.update(t.i for t in tok.subtree)

    subj_pos = subj.i if subj is not None and subj.head == verb else verb.i
    for child in verb.children:
        if holds_answer(child) or _condition(child) or _adjective_infinitive(child) or _as_complement(child, verb):
            continue
        dep = child.dep_
        if (
            (
                dep in DROP_DEPS
                # a coordinated verb is another clause; a noun the parser hung on the verb as
                # its conjunct ("is the largest stadium, and [the host of ...]") is a second
                # complement that the question does without (its "and" leaves as a "cc")
                or dep == "conj"
                or (child.tag_ in WH_TAGS and child.dep_ not in SUBJECT_DEPS and not relative_object(child))
            )
            or dep == "advmod"
            and ((child.lower_ in CONNECTIVES and not _not_yet(child)) or child.i < subj_pos)
        ):
            cut(child)
        elif dep in {"prep", "npadvmod", "tmod", "advmod"} and child.i < subj_pos and not inverted_predicate(child):
            cut(child)  # fronted adjuncts: dropped (kept only when they hold the answer)
        elif dep in {"dobj", "npadvmod", "attr"} and second_object(child):
            # "pushed the rate to 5.2%, [its lowest level since 2001]": a verb has one object;
            # a noun phrase after it and a comma describes what came before it
            cut(child)
            drop.add(child.left_edge.i - 1)
        elif dep in SUBJECT_DEPS and child != subj and child.i < subj_pos:
            cut(child)  # a fronted description of the pronoun subject ("A former teacher, she ...")
            drop.add(child.right_edge.i + 1)
        elif dep == "ccomp" and child.i < verb.i and verb.lemma_ in SAY_VERBS:
            pass
        elif dep == "ccomp" and (semicolons := _semicolons_between(child, verb)):
            # "The index hit its highest level; [the BBC Global 30] has risen by 3%": a clause
            # beyond a semicolon is a sentence of its own, whatever the parser hung it on
            cut(child)
            drop.update(semicolons)
        elif dep == "ccomp" and _trailing_report(child):
            # "siding with the Media Council, [Uganda's New Vision newspaper reports]": the
            # source of the whole sentence, which the parser made the clause's complement
            cut(child)
            drop.add(child.left_edge.i - 1)
        elif dep in SET_OFF_NOMINAL_DEPS and subj_pos < child.i < verb.i and _between_commas(child):
            # "Johann von Staupitz, his superior, pointed ...": an apposition the parser hung on
            # the verb; it says who the subject is, and leaves with its commas
            cut(child)
            drop.update({child.left_edge.i - 1, child.right_edge.i + 1})
    if subj is not None and subj.i < verb.i:
        drop |= _set_off_description(subj, holds_answer)
    for tok in sub:
        if tok.i in drop or tok == verb or holds_answer(tok):
            continue
        if score_at(tok.doc, tok.i) and tok.dep_ != "pobj" and not _after_article(tok):
            # "beat Greg Rusedski [4-6] [7-6] [6-4] at the Dubai ...", wherever the parser hung
            # the numbers: the result, not the act, which the question does without ("coming
            # through 3-6 7-6" keeps what completes its preposition, "an 18-10 win" its article)
            drop.update(range(tok.i, tok.i + 3))
            if _all_numbers(tok):
                cut(tok)
            continue
        joined = any(c.dep_ == "cc" and tok.head.i < c.i < tok.i for c in tok.head.children)  # not "non-[stop]"
        other_act = tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"} and tok.head != verb and joined
        if other_act and holds_answer(tok.head):
            # a verb coordinated with the one the answer hangs on below the clause's verb is
            # another act: "wanted the firms to surrender [$280bn] and impose tougher rules"
            cut(tok)
            drop.update(c.i for c in tok.head.children if c.dep_ == "cc" and c.i < tok.i)
            continue
        opener = _next_clause_verb(tok, verb)
        if opener is not None and joined and not holds_answer(tok):
            # "... at the Marrow Theatre and [Corra Dent] won the design award": a noun before
            # a finite verb is that verb's subject, which the parser hung on the noun before
            # the "and"; the next clause goes with it
            cut(tok)
            drop.update(c.i for c in tok.head.children if c.dep_ == "cc" and c.i < tok.i)
            drop.update(t.i for t in opener.subtree if t.i > tok.right_edge.i)
            continue
        # an adjective phrase after its noun, set off by commas ("Rank, [formerly famous for
        # ...], will ...") describes it as an apposition does
        post_adjective = tok.dep_ == "amod" and tok.i > tok.head.i
        if (tok.dep_ in NP_DROP_DEPS or post_adjective) and tok.head.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}:
            first = tok.left_edge
            comma = first.i > 0 and first.nbor(-1).text in {",", "(", "-", "–", "—"}
            wh_rel = any(c.tag_ in {"WDT", "WP", "WRB", "WP$"} for c in tok.children)
            if listed_apposition(tok):
                continue  # "Dan Orr, [Ada Vell] and Tom Reed sold ...": the rest of a list
            if glued_magnitude(tok):
                continue  # "raise $32[m] (£17m)": the tokenizer split the number, the parser made an apposition
            if tok.dep_ == "appos" and not comma and first.i == tok.head.i + 1 and _plain_name(tok):
                continue  # a name right after its noun says which one: "US media giant [TimeWarner]"
            # (a clause that gives a light noun its content, or says which ones "those" means, stays)
            # (but the answer's own noun goes to the wh-phrase: "limited to [the first 50,000 people]
            # who sign up" -> "limited to how many people")
            needed = (_defining_clause(tok) and not holds_answer(tok.head)) or completes_demonstrative(tok)
            if comma or tok.dep_ == "appos" or (wh_rel and tok.dep_ == "relcl" and not needed):
                cut(tok)
                if comma:
                    drop.add(first.i - 1)
        elif example_list(tok):
            cut(tok)
        elif tok.dep_ == "cc" and _opens_clause(tok):
            drop.add(tok.i)  # a clause's opening "But" joins it to what came before, not to the question
        elif change_aside(tok):
            cut(tok)
            drop.add(tok.i - 1)
            if tok.head.pos_ in {"NOUN", "PROPN"} and _between_commas(tok):
                drop.add(tok.right_edge.i + 1)  # inside a noun phrase: both commas go
    depth = 0
    for tok in sub:
        # inside brackets a bracket within a word nests ("(... spelled plastoglobule(s))");
        # outside, it is part of the word ("DTIME(n2)", "wid[en]")
        depth += 1 if tok.text in {"(", "["} else (tok.text.count("(") + tok.text.count("[") if depth else 0)
        if depth and tok.i not in ans:
            drop.add(tok.i)
        if tok.text in {")", "]"} or depth > 1:
            depth = max(0, depth - tok.text.count(")") - tok.text.count("]"))
    drop |= _dash_aside(verb.doc, sub, ans)
    keep = [t.i for t in sub if t.i not in drop]
    moved = next((c.i for c in verb.children if c.i in keep and relative_object(c)), None)
    if moved is not None:  # "which it set at $500m" -> "it set [which] at": the object after its verb
        keep.remove(moved)
        keep.insert(keep.index(verb.i) + 1, moved)
    gap = gapped_object(verb)
    if moved is None and gap and verb.i in keep and not any(t.i in ans for t in gap):
        at = keep.index(verb.i) + 1
        while at < len(keep) and verb.doc[keep[at]].dep_ == "prt" and verb.doc[keep[at]].head == verb:
            at += 1  # "drew up [the plan]"
        keep[at:at] = [t.i for t in gap]
    return _shrink(verb, span, keep)


def gapped_object(verb: Token) -> list[Token]:
    """The noun phrase a relative clause is about, where it is the clause's missing object:
    "the society Europe has built" -> [the, society], so that a question from the clause says
    what was built ("What continent has built the society?", not "What continent has
    built?"). Empty when the clause has an object, a complement or a stranded preposition of
    its own ("the house he lives in"), a relative adverb ("where"), no subject of its own, or
    describes its noun by a circumstance ("the day he arrived", ``ADJUNCT_GAP_NOUNS``)."""
    noun = verb.head
    if verb.dep_ != "relcl" or verb.pos_ != "VERB" or noun.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return []
    if noun.lemma_.lower() in ADJUNCT_GAP_NOUNS or noun.ent_type_ in {"DATE", "TIME"} or noun.lower_ == "one":
        return []  # "the one he played in": a stand-in, which says nothing as an object
    if noun.lower_ in POLARITY_PRONOUNS:
        return []  # "not think there is anything that fans can do": "Who can do anything?" asserts it
    if any(t.tag_ in WH_TAGS | {"WP$"} and not (t.dep_ == "dobj" and t.head == verb) for t in verb.subtree):
        return []  # "to which Ms Hessel alludes", "whose career began": the relative fills its own place
    subject = False
    for c in verb.children:
        relative = c.tag_ in WH_TAGS
        if c.lower_ == "that" and not relative:
            return []  # a "that" the tagger calls a conjunction opens a complement: "the conviction that X thought"
        if c.dep_ in GAP_FILLING_DEPS and not (c.dep_ == "dobj" and relative):
            return []
        if relative and noun.ent_type_ == "PERSON" and c.lower_ == "which":
            return []  # "Stewart, which X recovered": "which" is never a person; it is misattached
        if c.dep_ == "prep" and not any(g.dep_ in {"pobj", "pcomp"} for g in c.children):
            return []  # "the house he lives in": the noun is the preposition's object
        if c.dep_ == "advmod" and c.tag_ == "WRB":
            return []  # "the town where he lives"
        subject = subject or (c.dep_ == "nsubj" and not relative)
    if not subject:
        return []  # "the firm that makes X": the noun is the subject
    # the noun's own "of" phrase stays with it ("the amount of aid they give" -> "give the
    # amount of aid"); anything else after the noun describes it in other ways
    of = [c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of" and c.right_edge.i < verb.left_edge.i]
    skip = {"relcl", "acl", "appos", "prep", "punct", "conj", "cc"}
    words = [t for t in noun.subtree if t.i <= noun.i and not under_dep(t, noun, skip)]
    return words + [t for c in of for t in c.subtree if not t.is_punct]


def _next_clause_verb(tok: Token, verb: Token) -> Token | None:
    """The verb of the clause that a coordinated noun ``tok`` is the subject of, though the
    parser made it a conjunct: the word after the noun is a finite verb (or auxiliary) that
    hangs on neither the noun nor the question's verb, and has no subject of its own or one
    it cannot agree with. None otherwise."""
    doc = tok.doc
    if tok.dep_ != "conj" or tok.pos_ not in {"NOUN", "PROPN"} or tok.right_edge != tok or tok.i + 1 >= len(doc):
        return None  # a subject ends at its noun; "fees [of students] turned away" ends in a participle
    nxt = doc[tok.right_edge.i + 1]
    if nxt.tag_ not in FINITE_TAGS or not nxt.is_lower or nxt.head == tok or nxt == verb:
        return None  # a capital says noun: "the Transverse and Peninsular [Ranges]"
    opener = nxt if nxt.pos_ == "VERB" or nxt.dep_ not in {"aux", "auxpass"} else nxt.head
    if opener == verb or opener.i < tok.i or opener.dep_ not in CLAUSE_LINK_DEPS:
        return None  # a participle tagged finite ("fees of students [turned] away") heads no clause
    subject = next((c for c in opener.children if c.dep_ in SUBJECT_DEPS), None)
    # the parser left that verb no subject ("and [Corra Dent] won the award"), or gave it the
    # whole coordination while it agrees with one noun ("its new ferry and [Marrow] is working
    # ...", a name); "temperatures and [sea levels] have been rising" is one plural subject
    orphan = subject is None
    singular = subject == tok.head and nxt.tag_ == "VBZ" and tok.pos_ == "PROPN"  # not "hiring and firing staff is"
    return opener if orphan or singular else None


def with_fronted_date(verb: Token, span: Span, subj: Token | None, keep: list[int]) -> list[int]:
    """``keep`` with the date an amount was measured at, when a fronted adjunct gives it ("In
    2003, crop production totalled [11.49 million tonnes]"), moved to the end of the question
    ("How many tonnes did crop production total in 2003?"): ``simplify`` drops fronted
    adjuncts, but without its date an amount question has as many answers as the passage has
    years. Only for a question that fronts its wh-phrase; in place the date stays out."""
    doc = verb.doc
    if not any(t.like_num for t in span) or span.root.ent_type_ in {"DATE", "TIME"}:
        return keep
    if any(doc[i].ent_type_ == "DATE" for i in keep):
        return keep  # the question has a date of its own ("but in 1945 - only [420,000]")
    subj_pos = subj.i if subj is not None and subj.head == verb else verb.i
    dates = [c for c in verb.children if c.i < min(subj_pos, span.start) and _a_date(c)]
    if len(dates) != 1:
        return keep
    phrase = [t for t in dates[0].subtree if not t.is_punct]
    late = list(range(phrase[0].i, phrase[-1].i + 1))  # inner punctuation stays: "October 19, 2005"
    end = len(keep)
    while end and doc[keep[end - 1]].is_punct:
        end -= 1
    return keep[:end] + [i for i in late if i not in keep] + keep[end:]


def _after_article(tok: Token) -> bool:
    """The run of match scores ``tok`` is in follows "a"/"an" ("an [18-10] win", "a 6-1 [7-5]
    victory") or a preposition ("with the score at [2-2]", "came through 6-3 [3-6]"): taking it
    out would leave the article before the wrong word, or the preposition with no object."""
    doc, start = tok.doc, tok.i
    while start >= 3 and score_at(doc, start - 3):
        start -= 3
    return start > 0 and (doc[start - 1].lower_ in {"a", "an"} or doc[start - 1].pos_ == "ADP")


def _all_numbers(tok: Token) -> bool:
    """The phrase is numbers and dashes only (a score the parser gave a subtree)."""
    return all(t.like_num or t.pos_ in {"SYM", "PUNCT"} for t in tok.subtree)


def _a_date(tok: Token) -> bool:
    """A phrase that is a date and nothing else: "in 2003", "on 3 May", "last year"."""
    words = [t for t in tok.subtree if not t.is_punct]
    if tok.dep_ == "prep" and tok.lower_ in DATING_PREPS:
        words = words[1:]
    elif tok.dep_ not in {"npadvmod", "tmod"}:
        return False
    # a date of its own ("2003", "March", "last year"), not one that points back ("that year")
    absolute = any(t.like_num or t.pos_ == "PROPN" or t.lower_ == "last" for t in words)
    return 0 < len(words) <= MAX_DATED_WORDS and absolute and all(t.ent_type_ == "DATE" for t in words)


def fronted_condition(verb: Token, span: Span, plan: Plan) -> list[int]:
    """The tokens of a condition fronted before the clause's subject ("[If the track sold
    500,000 copies], more than £1m would be raised"), which the question says first: without it
    the question asks about a claim the passage does not make. Empty when there is none, when
    it holds the answer or a pronoun (``_pronoun_free``), or when the verb is not in the
    question."""
    if verb.i not in plan.body:
        return []
    subj = find_subject(verb)
    start = subj.left_edge.i if subj is not None and subj.i < verb.i else verb.i
    for child in verb.children:
        if child.dep_ != "advcl" or child.right_edge.i >= start:
            continue
        ids = [t.i for t in child.subtree]
        if not _marked_condition(child) or any(span.start <= i < span.end or i in plan.body for i in ids):
            continue
        while ids and verb.doc[ids[-1]].is_punct:
            ids.pop()
        return ids if _pronoun_free(verb.doc[ids[0] : ids[-1] + 1]) else []
    return []


def _pronoun_free(condition: Span) -> bool:
    """The condition has no pronoun that would need an antecedent found outside it ("unless
    [it] was put up for discussion", "If [he] became king, Charles ..."): finding one there is
    too uncertain to add, and the validator rightly refuses a pronoun before its name. A
    possessive owned by the condition's own subject is fine ("If Apple gets [its] way")."""
    for tok in condition:
        low = tok.lower_
        if (tok.pos_ != "PRON" and tok.tag_ != "PRP$") or (low not in PRONOUN_RESOLVE and low not in UNRESOLVABLE):
            continue
        owner = find_subject(tok.head.head if tok.dep_ == "poss" and tok.head.dep_ in {"dobj", "pobj"} else tok.head)
        if not (tok.tag_ == "PRP$" and owner is not None and owner in condition and owner.pos_ != "PRON"):
            return False
    return True


def _condition(tok: Token) -> bool:
    """A condition after the verb ("do not have to offer compensation [if flights are
    cancelled ...]"): without it the question asks about a claim the passage does not make."""
    after = tok.left_edge.i > tok.head.i  # a fronted condition cannot stay where it is
    return tok.dep_ == "advcl" and after and _marked_condition(tok)


def _marked_condition(clause: Token) -> bool:
    """The clause opens with "if" or "unless" (CONDITION_MARKS)."""
    return bool(clause_marks(clause) & CONDITION_MARKS)


def clause_marks(clause: Token) -> set[str]:
    """The conjunctions that open the clause ("if", "whether", "until", "than"), lower-cased."""
    return {c.lower_ for c in clause.children if c.dep_ == "mark"}


def _adjective_infinitive(tok: Token) -> bool:
    """A "to"-infinitive right after the verb's predicate adjective, which the parser hung on the
    verb as a purpose: it completes the adjective ("Gerrard looked set [to move to Chelsea]"),
    and without it the question says nothing ("Who looked set?")."""
    if tok.dep_ != "advcl" or tok.tag_ != "VB":
        return False
    to = tok.left_edge
    adjective = to.nbor(-1) if to.i > 0 else None
    return to.lower_ == "to" and adjective is not None and adjective.dep_ == "acomp" and adjective.head == tok.head


def _as_complement(tok: Token, verb: Token) -> bool:
    """The "as" phrase after a verb such as "regard" (AS_COMPLEMENT_VERBS), whatever the parser
    made of it: "regarded themselves [as technically savvy enough ...]" says what they regarded
    themselves as."""
    return verb.lemma_.lower() in AS_COMPLEMENT_VERBS and tok.i > verb.i and tok.left_edge.lower_ == "as"


def _not_yet(tok: Token) -> bool:
    """ "have [yet] to feed through": "yet" before "to" is a negation, not a connective; the
    question without it says the opposite ("have to feed through")."""
    return tok.lower_ == "yet" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to"


def _set_off_description(subj: Token, holds_answer: Callable[[Token], bool]) -> set[int]:
    """Whatever follows the subject's head between commas ("Rank, [formerly famous for the
    Carry On series], will ...", however the parser hung its words): a description of the
    subject that the question does without. Empty when it holds the answer or a list item."""
    doc = subj.doc
    after = [c for c in subj.children if c.i > subj.i]
    if not after or subj.i + 1 >= len(doc) or doc[subj.i + 1].text != ",":
        return set()
    end = subj.right_edge.i
    listed = any(c.dep_ in {"conj", "cc"} or listed_apposition(c) for c in after)  # "Dan Orr, Ada Vell and ..."
    if doc[end].text != "," or listed or any(holds_answer(c) for c in after):
        return set()
    return set(range(subj.i + 1, end + 1))


def _plain_name(tok: Token) -> bool:
    """A name of proper nouns only: no list ("the plants of [Ford, Toyota and Holden]"), no
    adverb or description ("[officially the Great Yuan]")."""
    return all(t.pos_ == "PROPN" or inner_hyphen(t) for t in tok.subtree)


def _trailing_report(clause: Token) -> bool:
    """A verb of saying with only its subject, after a comma at the end of its sentence
    ("..., Uganda's New Vision newspaper [reports]."): a tag that names the source."""
    if clause.lemma_ not in SAY_VERBS or clause.i < clause.head.i or not _comma_before(clause):
        return False
    args = [c for c in clause.children if not c.is_punct]
    if not any(c.dep_ == "nsubj" for c in args) or any(c.dep_ not in {"nsubj", "aux", "advmod"} for c in args):
        return False
    rest = clause.doc[clause.right_edge.i + 1 : clause.sent.end]
    return all(t.is_punct or t.is_space for t in rest)


def listed_apposition(tok: Token) -> bool:
    """A name the parser hung on the name before it as an apposition, though it opens the
    rest of a list ("Marrow Trust, [Corra Fund], Lisk Board and Tavel Guild"): a name does not
    describe another name, and its own conjuncts show the list."""
    if tok.dep_ != "appos" or tok.pos_ != "PROPN" or tok.head.pos_ != "PROPN" or tok.head.i > tok.i:
        return False
    first = tok.left_edge.i
    return first > 0 and tok.doc[first - 1].text == "," and any(c.dep_ == "conj" for c in tok.children)


def inverted_predicate(tok: Token) -> bool:
    """The phrase fronted before "be" with the subject after it ("[Among the winners] was Ada
    Vell"): the whole predicate, not an adjunct; a question keeps it ("Who was among the
    winners?")."""
    verb = tok.head
    if tok.dep_ != "prep" or verb.lemma_ != "be" or tok.i > verb.i:
        return False
    subj = find_subject(verb)
    if subj is None or subj.i < verb.i or any(t.dep_ in {"conj", "appos"} for t in subj.subtree):
        return False  # (one of a list, "Among the speakers were X, Y and Z", is no answer to "Who was ...?")
    return not any(c.dep_ in {"attr", "acomp", "oprd", "prep"} and c.i > verb.i for c in verb.children)


def second_object(tok: Token) -> bool:
    """A noun phrase set off by a comma after the verb's object or prepositional phrase."""
    first = tok.left_edge.i
    # (or an amount the parser made an adverb: "contracted [0.5%], the second quarterly fall")
    amount = {"PERCENT", "MONEY", "QUANTITY", "CARDINAL"}
    earlier = any(
        (c.dep_ in {"dobj", "prep", "attr", "acomp"} or (c.dep_ == "npadvmod" and c.ent_type_ in amount))
        and tok.head.i < c.i < tok.i
        for c in tok.head.children
    )
    # a described noun phrase ("its lowest level ..."), not a bare noun the list misparse split
    # off ("into three, later four, [classes]")
    described = tok.doc[first].tag_ in {"DT", "PRP$"}
    return earlier and described and first > 0 and tok.doc[first - 1].text == ","


def relative_object(tok: Token) -> bool:
    """The object relative pronoun of a relative clause ("the sum, [which] it set at $500m"):
    it stays, and reads as the noun it stands for."""
    pronoun = tok.tag_ in {"WDT", "WP"} or tok.lower_ == "that"  # the tagger may call "that" IN
    clause = tok.head
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children)  # "that X has [sued]"
    participle = clause.tag_ == "VBN" and not perfect
    if tok.dep_ != "dobj" or not pronoun or clause.dep_ not in {"relcl", "acl"} or participle:
        return False
    noun = clause.head
    # only before its verb and right after its noun (a long-distance attachment is often the
    # parser's guess), of a clause whose verb takes that object itself ("which it wished to
    # import" is "import"'s)
    before = tok.nbor(-1) if tok.i > 0 else tok
    # or past its "of" phrase, where the parser hangs the clause on the head: "the number of
    # banks [that] Mr Bondi has sued" (the banks, which ``relative_antecedent`` reads through)
    of_phrase = before.dep_ == "pobj" and before.head.lower_ == "of" and before.head.head == noun
    right_after = noun.i == tok.i - 1 or (noun.i == tok.i - 2 and before.text == ",") or of_phrase
    own = tok.i < clause.i and not any(c.dep_ in {"xcomp", "ccomp"} for c in clause.children)
    person = noun.ent_type_ == "PERSON" and tok.lower_ == "which"  # "which" is never a person: misattached
    return right_after and own and noun.pos_ in {"NOUN", "PROPN"} and not person


def percent_sign(span: Span) -> int | None:
    """The last token of the "percent" / "per cent" / "%" right after a bare number answer,
    which the wh-phrase "what percentage" already says."""
    doc = span.doc
    end = span.end
    if not span[-1].like_num or end >= len(doc):
        return None
    if doc[end].lower_ in PERCENT_WORDS:
        return end
    if doc[end].lower_ == "per" and end + 1 < len(doc) and doc[end + 1].lower_ == "cent":
        return end + 1
    return None


def _opens_clause(cc: Token) -> bool:
    """A conjunction that opens its clause ("[But] progress has been slow"), with no conjunct
    of its own to join."""
    clause = cc.head
    first = next(t for t in clause.subtree if not t.is_punct)
    verbal = clause.pos_ in {"VERB", "AUX"}  # not a list's "or" the parser hung on an item ("yes [or] no")
    return verbal and cc == first and not any(c.dep_ == "conj" for c in clause.children)


def change_aside(tok: Token) -> bool:
    """ "[up 27% from its 2003 performance]" after a comma: a change in the amount before it,
    told as an aside (an adverb of ``CHANGE_ADVERBS`` heading a number)."""
    doc = tok.doc
    if tok.dep_ != "advmod" or tok.lower_ not in CHANGE_ADVERBS or tok.i == 0 or doc[tok.i - 1].text != ",":
        return False
    return tok.left_edge == tok and any(t.like_num for t in tok.subtree)


def _between_commas(tok: Token) -> bool:
    """The phrase headed by ``tok`` has a comma right before and right after it."""
    right = tok.right_edge.i
    return _comma_before(tok) and right + 1 < len(tok.doc) and tok.doc[right + 1].text == ","


def _comma_before(tok: Token) -> bool:
    """The phrase headed by ``tok`` opens right after a comma (it is set off from what precedes)."""
    left = tok.left_edge.i
    return left > 0 and tok.doc[left - 1].text == ","


def _dash_aside(doc: Doc, sub: list[Token], ans: set[int]) -> set[int]:
    """Token indices of asides between spaced dashes ("can celebrate - albeit by a very fine
    margin - a net growth"), or after a last dash ("... rose to 70% - still below target"),
    that do not hold the answer: a question keeps no dash."""
    ids = {t.i for t in sub}
    dashes = [t.i for t in sub if t.text in SPACED_DASHES and t.whitespace_ and t.i > 0 and doc[t.i - 1].whitespace_]
    out: set[int] = set()
    while dashes:
        start = dashes.pop(0)
        end = dashes.pop(0) if dashes else max(ids) + 1
        aside = {i for i in range(start, end + 1) if i in ids}
        if end > max(ids):  # an aside to the end of the clause: keep its closing punctuation
            aside = {i for i in aside if not (doc[i].is_punct and i == max(ids) and doc[i].text in {".", "!", "?"})}
        if not aside & ans:
            out |= aside
    return out


def _shrink(verb: Token, span: Span, keep: list[int]) -> list[int]:
    """Drop optional trailing adjuncts (rightmost first) until the clause is short enough."""
    doc = verb.doc
    kept = set(keep)
    optional = [
        c
        for c in verb.children
        if c.dep_ in {"prep", "advmod", "npadvmod", "advcl"}
        and c.i > verb.i
        and not any(_defining_clause(t) for t in c.subtree)  # not "acted [in a manner that ...]"
        and not _not_yet(c)
        # "was turned [into a festive landscape]": the phrase the verb's meaning needs stays
        and c.lower_ not in VERB_PREP_COMPLEMENTS.get(verb.lemma_.lower(), ())
    ]
    optional += [
        t
        for t in verb.subtree
        # a list keeps all its items (a question about fewer says something else), except the
        # items after an answer that is one of them: "replace it with [Catholicism] and ..."
        if (t.dep_ in {"relcl", "acl", "prep", "appos"} or (t.dep_ == "conj" and t.head in span))
        and t.head.pos_ in {"NOUN", "PROPN"}
        and not _noun_complement(t)
        and not _says_who(t, verb)
        and not _ranked_infinitive(t)
        and not _defining_clause(t)
    ]
    # the "of" phrase of the noun of an adjunct that can go whole goes with it, not alone:
    # "on the back [of upbeat US mobile earnings]" leaves no "on the back?"
    whole = {c.i for c in optional if c.head == verb and c.dep_ == "prep"}
    optional = [t for t in optional if not (t.lower_ == "of" and t.head.dep_ == "pobj" and t.head.head.i in whole)]
    punct = {i for i in keep if doc[i].is_punct}
    words = len(kept - punct)
    for tok in sorted(optional, key=lambda t: -t.i):
        if words <= TARGET_WORDS:
            break
        if tok.left_edge.i <= span.end - 1 and tok.right_edge.i >= span.start:
            continue
        cut = {t.i for t in tok.subtree}
        if tok.dep_ == "conj":  # a list item goes with the comma or conjunction before it
            before = tok.left_edge.i - 1
            while before >= 0 and (doc[before].is_punct or doc[before].dep_ == "cc"):
                cut.add(before)
                before -= 1
        words -= len((cut & kept) - punct)
        kept -= cut
    return [i for i in keep if i in kept]


def _noun_complement(tok: Token) -> bool:
    """The "of" phrase or infinitive that completes a noun with nothing else to say what it is
    ("a degree [of professionalism]", "the involvement [of the security services]", "in an
    attempt [to halt the sale]"), and the "of" of a bare noun inside a preposition, whatever
    else it has ("in terms [of sales growth]", "on behalf [of the firm]"), and its "with" or "to"
    ("in connection [with the probe]"): without it "suggests a degree?", "filed in an attempt?"
    or "outperforming the market in terms?" says nothing.
    Shortening takes the phrase the noun is in whole, or keeps it."""
    noun = tok.head
    of = tok.dep_ == "prep" and tok.lower_ == "of"
    infinitive = tok.dep_ == "acl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)
    share = noun.lower_ in PERCENT_WORDS  # "up to 100% [of the debts]": a share is of its whole
    described = any(c.dep_ in NOUN_CONTENT_DEPS and c != tok for c in noun.children) and not share
    determined = any(c.dep_ in {"det", "poss", "amod"} for c in noun.children)
    bare_in_prep = tok.lower_ == "of" and noun.tag_ in {"NN", "NNS"} and noun.dep_ == "pobj" and not determined
    # "in connection [with the probe]", "in response [to the fall]": the same with "with"/"to"
    bare_in_prep = bare_in_prep or (
        tok.dep_ == "prep"
        and tok.lower_ in {"with", "to"}
        and noun.tag_ == "NN"
        and noun.dep_ == "pobj"
        and not determined
        and not any(c.dep_ == "nummod" for c in noun.children)
    )
    return ((of or infinitive) and noun.pos_ == "NOUN" and not described) or bare_in_prep


def completes_demonstrative(clause: Token) -> bool:
    """A relative clause after "those"/"that" + noun, not set off by a comma ("those people [who
    have moved up a band]"): it says which ones the demonstrative points to, so the question
    cannot lose it."""
    if clause.dep_ != "relcl":
        return False
    set_off = _comma_before(clause)
    pointed = any(c.dep_ == "det" and c.lower_ in {"those", "that", "these", "this"} for c in clause.head.children)
    return pointed and not set_off


def content_clause(tok: Token) -> bool:
    """``tok`` heads a clause after a noun that says what the noun is ("reports [that she has
    pulled out]", "the fact [they were organised]"): a subject of its own and no relative
    pronoun, as "the claim [that he made]" and "a report [which it describes as ...]" have."""
    if tok.dep_ not in {"acl", "relcl"} or not any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        return False
    return not any((c.tag_ in WH_TAGS or c.lower_ == "that") and c.dep_ != "mark" for c in tok.children)


def _defining_clause(tok: Token) -> bool:
    """The relative clause that gives a light noun its content ("acted in a manner [that would
    be considered confiscatory]"): without it, "in a manner" says nothing."""
    noun = tok.head
    set_off = _comma_before(tok)
    if noun.lemma_.lower() in CONTENT_NOUNS and not set_off:
        return content_clause(tok)  # "was the fact [they were highly organised]": what the fact is
    relative = any(c.tag_ in WH_TAGS or c.lower_ == "that" for c in tok.children)  # not "ways [to increase ...]"
    if tok.dep_ != "relcl" or set_off:
        return False
    return (noun.lemma_.lower() in LIGHT_NOUNS and relative) or ranked(noun) or _existential(noun) or _generic(noun)


def _generic(noun: Token) -> bool:
    """A bare plural noun, which its clause restricts to some of a kind ("[Parents] who refuse
    to allow contact could be tagged"): without the clause it says all of them."""
    bare = not any(c.dep_ in {"det", "poss", "nummod", "amod", "compound"} for c in noun.children)
    return noun.tag_ == "NNS" and bare and noun.dep_ in SUBJECT_DEPS


def ranked(noun: Token) -> bool:
    """A noun ranked among others ("the only [people] who will know", "the last [time] it
    rained", "the best [player] I have seen"): its clause says what it ranks in. ("requires
    [only] a part" is a focus adverb, which ranks nothing.)"""
    words = (c for c in noun.children if c.i < noun.i and c.dep_ != "advmod")
    return any(c.lower_ in RANK_WORDS or c.tag_ == "JJS" for c in words)


def _existential(noun: Token) -> bool:
    """What "there are" says exists ("There are a lot of [people] who take gaming seriously"):
    without its clause, it says nothing. The noun may be counted ("a lot of people")."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in {"NOUN", "PRON", "NUM"}:
        noun = noun.head.head
    be = noun.head
    return noun.dep_ == "attr" and be.lemma_ == "be" and any(c.dep_ == "expl" for c in be.children)


def _ranked_infinitive(tok: Token) -> bool:
    """An infinitive that says what a ranked noun is first or only at ("the first public
    building [to be lit by electric light]"): without it the rank says nothing."""
    if tok.dep_ not in {"acl", "relcl"} or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
        return False
    return ranked(tok.head)


def _says_who(tok: Token, verb: Token) -> bool:
    """``tok`` is part of who or what the subject is, which shortening keeps: a coordinated
    subject ("Dana Kell and [Ivo Brand] spoke" is not "Dana Kell spoke"), or the complement of
    the subject's noun ("a large number [of Lutheran clergy]")."""
    if tok.dep_ == "conj":
        return under_dep(tok, verb, SUBJECT_DEPS)
    if tok.dep_ != "prep" or tok.lower_ not in SUBJECT_COMPLEMENT_PREPS:
        return False
    return tok.head.dep_ in SUBJECT_DEPS and tok.head.head == verb


def drop_phrase(plan: Plan, tok: Token, span: Span, verb: Token | None) -> bool:
    """Take the optional phrase holding ``tok`` out of the plan's body: the nearest ancestor
    that is an adjunct, modifier or (after a reporting verb, or in quotation marks) a
    complement, and does not hold the answer. False when there is none."""
    doc = tok.doc
    answer = set(range(span.start, span.end))
    body = set(plan.body)
    while tok.head != tok:
        ids = {t.i for t in tok.subtree}
        if ids & answer or tok.i in plan.subject or tok == verb:
            return False
        if tok.dep_ in SUBJECT_DEPS and (verb is None or tok.head == verb):
            return False  # the question's own subject
        # a reported object, but not a bare pronoun: "suggested [it] for use in X" without it
        # is "What did a member suggest for?"
        reported = tok.dep_ in {"ccomp", "xcomp", "parataxis"} or (tok.dep_ == "dobj" and tok.pos_ != "PRON")
        optional = tok.dep_ in OPTIONAL_DEPS or (reported and (tok.head.lemma_ in SAY_VERBS or _quoted(tok)))
        if tok.dep_ == "prep" and tok.lower_ == "of" and tok.head.lower_ in SHARE_PRONOUNS:
            optional = False  # "threatened some [of our players]": "some" alone says nothing
        if _defining_clause(tok) and tok.head.i not in answer:
            optional = False  # "was the fact [they were organised]": "was the fact?" says nothing
        if tok.lower_ == "of" and tok.head.lower_ in QUANTITY_NOUNS and tok.head.i not in answer:
            optional = False  # "there are a lot [of people who ...]": "a lot?" says nothing
        if tok.dep_ == "prep" and tok.lower_ in VERB_PREP_COMPLEMENTS.get(tok.head.lemma_.lower(), ()):
            optional = False  # "has accounted [for much of this]": "Why has it accounted?" says nothing
        if optional and tok.i in body:
            first = min(ids)
            if first > 0 and doc[first - 1].text in INTRODUCING_MARKS:
                ids.add(first - 1)  # the comma or colon that introduced it (not the "%" of "to 50%")
            if plan.wh_at is not None:  # the in-situ wh-phrase keeps its place
                plan.wh_at -= sum(1 for i in plan.body[: plan.wh_at] if i in ids)
            plan.body = [i for i in plan.body if i not in ids]
            return True
        tok = tok.head
    return False


def _quoted(tok: Token) -> bool:
    return any(t.text in QUOTE_MARKS for t in tok.subtree)


def bracket_bounds(span: Span) -> tuple[int, int] | None:
    """(opening, closing) token indices of the brackets the answer sits in, within its
    sentence (closing = sentence end when unclosed); None when it is not in brackets."""
    doc = span.doc
    marks = _bracket_marks(doc)
    if not marks:
        return None
    sent = span[0].sent
    opened: list[int] = []
    for i, opening in marks:
        if i < sent.start:
            continue
        if i >= span.start:
            break
        if opening:
            opened.append(i)
        elif opened:
            opened.pop()
    if not opened:
        return None
    close = next((i for i, opening in marks if span.end <= i < sent.end and not opening), sent.end)
    return opened[-1], close


def _bracket_marks(doc: Doc) -> list[tuple[int, bool]]:
    """(index, is-opening) of every bracket token in the doc, computed once per doc."""
    marks = doc.user_data.get(BRACKETS_KEY)
    if marks is None:
        # per character: the tokenizer leaves some brackets attached ("(55 m)-tall")
        marks = [(t.i, ch in "([") for t in doc if not t.is_alpha for ch in t.text if ch in "([)]"]
        doc.user_data[BRACKETS_KEY] = marks
    return marks


def inside_brackets(tok: Token, bounds: tuple[int, int]) -> bool:
    """True when the whole phrase headed by ``tok`` lies inside the brackets (the parser
    often hangs the brackets themselves on the clause verb they enclose)."""
    return bounds[0] <= tok.left_edge.i and tok.right_edge.i <= bounds[1] and bounds[0] < tok.i


def means_of(obj: Token, alone: bool = False) -> bool:
    """The object of "by" names a means, not a doer: "reached by [boat]", "by fishing boat";
    not "pulled by a horse" (a doer, with its article) or "surrounded by sea" (what surrounds
    it). ``alone``: and it is no item of a list ("by boat or by car"), so "how" can ask for it."""
    prep = obj.head
    if obj.dep_ != "pobj" or prep.lower_ != "by" or obj.lower_ not in MEANS_NOUNS or obj.tag_ != "NN":
        return False
    if any(c.dep_ in {"det", "poss", "nummod"} for c in obj.children):
        return False
    listed = any(c.dep_ in {"conj", "cc"} for t in (obj, prep) for c in t.children) or prep.dep_ == "conj"
    return not (alone and listed) and prep.head.lemma_.lower() not in ENCLOSING_VERBS


def place_beside(obj: Token) -> bool:
    """ "located by [the river]": the object of "by" after a verb of position is where the thing
    is ("beside"), when it names a place; not a doer ("the record was set by [Dana Kell]", "the
    stone was placed by [the committee]")."""
    if obj.head.head.lemma_.lower() not in LOCATIVE_PARTICIPLES:
        return False
    # a name's common noun says what it is: "the river [Marrow]"; not "the harbour [committee]"
    nouns = [obj, *(c for c in obj.children if c.dep_ == "compound" and obj.pos_ == "PROPN")]
    return obj.ent_type_ in {"GPE", "LOC", "FAC"} or any(t.lemma_.lower() in _BESIDE_PLACES for t in nouns)
