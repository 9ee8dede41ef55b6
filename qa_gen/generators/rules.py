"""The offline ``rules`` generator: answer-aware wh-movement over a spaCy dependency parse.

Given the parse of a passage and an answer span, it

1. anchors the answer in its sentence and climbs to the clause that governs it (stepping into
   the complement of reporting verbs: "police said Tuesday that ... X" asks about X);
2. simplifies that clause: drops adverbial and coordinated clauses, appositives, non-
   restrictive relative clauses, parentheticals, connectives and long fronted adjuncts;
3. chooses a wh-phrase from the answer's entity label, dependency and head noun;
4. forms the question: a subject answer is replaced in place; otherwise the wh-phrase is
   fronted with subject-auxiliary inversion or do-support (tense from the verb's tag);
5. repairs the surface (case, spacing, pronouns resolved from the previous mention) and
   ranks the variants, keeping the best.

Each step returns a rejection code rather than guessing when the parse does not support it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .base import Generated, register

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..answers import AnswerCandidate

VERSION = "rules-0.1"

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
    "write",
}
CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "relcl", "acl", "xcomp", "conj", "pcomp", "csubj", "parataxis"}
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
TIME_PREPS = {"in", "on", "at", "during", "by", "after", "before", "from", "between"}
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
}
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
}
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
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
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
IRREGULAR_3SG = {"be": "is", "have": "has", "do": "does", "go": "goes"}
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
# Questions longer than this many words are clause copies, not questions.
MAX_QUESTION_WORDS = 30


@register("rules")
class RulesGenerator:
    """Answer-aware rule-based question generation over the spaCy parse."""

    name = "rules"
    version = VERSION
    needs_parse = True

    def generate(self, doc: Doc | None, text: str, answer: AnswerCandidate) -> Generated:
        if doc is None:
            return Generated(None, reason="generator_error", detail="rules generator needs a parse")
        span = doc.char_span(answer.start, answer.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return Generated(None, reason="unsupported_answer", detail="answer does not align to tokens")
        sent = span[0].sent
        if span[-1].i >= sent.end:
            return Generated(None, reason="unsupported_answer", detail="answer crosses a sentence")
        return build_question(doc, sent, span)


def build_question(doc: Doc, sent: Span, span: Span) -> Generated:
    """Try the fronted (or subject) form first, then the in-situ form; keep the first that
    the parse supports."""
    span = _titled(span)
    vp = verb_phrase_question(span)
    if vp is not None:
        question = realize(span.doc, vp)
        if question is not None:
            return Generated(question, question_type="what do", score=vp.score)
    verb = clause_verb(span)
    if verb is None:
        return Generated(None, reason="unsupported_answer", detail="no verbal clause governs the answer")
    subj = find_subject(verb)
    modified = _modifier_np(span)
    if modified is not None:  # "the bourgeois architecture" -> "what type of architecture"
        span, (wh, qtype, absorb) = modified[0], (modified[1], "which", False)
        arg = argument_of(verb, span)
    else:
        arg = argument_of(verb, span)
        wh, qtype, absorb = wh_phrase(span, arg, verb)
    keep = simplify(verb, span, subj)
    plans: list[Plan | Generated] = []
    if arg is not None and arg.dep_ in SUBJECT_DEPS and span_covers(span, arg):
        plans.append(subject_question(verb, arg, wh, qtype, keep))
    elif frontable(span, arg, verb):
        plans.append(fronted_question(doc, verb, subj, span, wh, qtype, absorb, keep))
    plans.append(in_situ_question(doc, verb, subj, span, wh, qtype, absorb, keep))
    last: Generated | None = None
    for plan in plans:
        if isinstance(plan, Generated):
            last = last or plan
            continue
        question = realize(doc, plan)
        if question is None:
            last = last or Generated(None, reason="unresolved_pronoun", detail="a pronoun has no antecedent")
            continue
        return Generated(question, question_type=qtype, score=plan.score)
    return last or Generated(None, reason="no_question_generated")


# ---------------------------------------------------------------- anchoring

# A noun this short before an appositive name is a title ("the engineer Marta Velt").
MAX_TITLE_TOKENS = 3


def _modifier_np(span: Span) -> tuple[Span, str] | None:
    """An answer that only modifies a noun moves with the noun phrase: an adjective asks for
    the type ("what type of architecture"), a name for the instance ("which radio station")."""
    root = span.root
    noun = root.head
    if root.dep_ not in {"amod", "compound", "nmod"} or noun in span or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if noun.i < span.start:
        return None
    left = noun.left_edge.i
    rest = [t for t in span.doc[left : noun.i + 1] if t not in span and t.dep_ not in {"det", "poss", "case"}]
    words = " ".join(t.text for t in rest)
    wh = f"what type of {words}" if root.pos_ == "ADJ" else f"which {words}"
    return span.doc[left : noun.i + 1], wh


def _titled(span: Span) -> Span:
    """Let a name in apposition to a short title move with it: "by the engineer [Marta Velt]"."""
    root = span.root
    head = root.head
    if root.dep_ == "appos" and head.i < span.start and len(list(head.subtree)) - len(span) <= MAX_TITLE_TOKENS:
        return span.doc[head.left_edge.i : max(span.end, head.right_edge.i + 1)]
    return span


SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}


def clause_verb(span: Span) -> Token | None:
    """Nearest governing verb that has a subject (its own, or a coordinated verb's, or a
    relative clause's antecedent); subject-less participles and infinitives are climbed over."""
    tok = span.root
    fallback = None
    while True:
        if tok.pos_ in {"VERB", "AUX"} and tok not in span and (tok.dep_ in CLAUSE_DEPS or tok.head == tok):
            fallback = fallback or tok
            if find_subject(tok) is not None:
                return tok
        if tok.head == tok:
            return fallback
        tok = tok.head


def find_subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return child
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        return find_subject(verb.head)
    return None


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
        if t.i in inside or t.is_punct or t.dep_ in {"det", "compound", "amod", "nmod", "poss", "case"}:
            continue
        if not _under_dep(t, tok, NP_DROP_DEPS | {"prep", "punct", "cc", "conj"}):
            return False
    return True


def frontable(span: Span, arg: Token | None, verb: Token) -> bool:
    """Wh-movement is allowed out of a direct argument or adjunct of the verb, or out of a
    PP directly inside one; deeper positions are islands (ask in situ instead)."""
    if arg is None:
        return False
    if span_covers(span, arg):
        return arg.dep_ not in {"conj", "cc", "punct", "appos"}
    root = span.root
    if span[0].lower_ in {"because", "since", "to", "by"} or root.dep_ in {"advcl", "xcomp"}:
        return True
    noun = _counted_noun(span)
    if noun is not None:
        return noun == arg or (noun.dep_ == "pobj" and noun.head.head == verb)
    if root.dep_ == "poss":
        return False
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.head == verb or prep == arg:
        return True
    # one level: "bought a stake in X" -> "What did they buy a stake in?"
    return prep.head == arg and arg.dep_ in {"dobj", "attr"} and prep.lower_ in {"of", "in", "about", "for"}


def _under_dep(tok: Token, root: Token, deps: set[str]) -> bool:
    while tok != root and tok.head != tok:
        if tok.dep_ in deps:
            return True
        tok = tok.head
    return False


# ---------------------------------------------------------------- wh-phrase


def wh_phrase(span: Span, arg: Token | None, verb: Token) -> tuple[str, str, bool]:
    """(wh-phrase, question type, whether it absorbs the answer's preposition)."""
    label = _label(span)
    root = span.root
    prep = root.head if root.dep_ == "pobj" else None
    p = prep.lower_ if prep is not None else ""
    words = [t.lower_ for t in span]
    if root.dep_ == "poss" or (len(span) and span[-1].tag_ == "POS"):
        return "whose", "whose", False
    subj = find_subject(verb)
    person_attr = (
        arg is not None
        and arg.dep_ == "attr"
        and subj is not None
        and subj.lemma_.lower() in PERSON_NOUNS
        and root.pos_ == "PROPN"
    )
    if (
        label == "PERSON"
        or person_attr
        or (not label and root.lemma_.lower() in PERSON_NOUNS)
        or root.lower_ in {"he", "she"}
    ):
        return "who", "who", False
    if label in {"DATE", "TIME"}:
        return _when(words, p, root, label)
    if label == "PERCENT":
        if p in {"by", "to", "from"}:
            return f"{p} what percentage", "what percentage", True
        if root.dep_ == "npadvmod" or root.head.lemma_ in {
            "rise",
            "fall",
            "grow",
            "drop",
            "increase",
            "decrease",
            "jump",
            "climb",
            "slump",
        }:
            return "by what percentage", "what percentage", False
        return "what percentage", "what percentage", False
    if label == "MONEY":
        return "how much", "how much", False
    if label in {"CARDINAL", "QUANTITY"} or (root.like_num and not label):
        noun = _counted_noun(span)
        if noun is not None:
            return "how many", "how many", False
        unit = span[-1].lower_ if label == "QUANTITY" and not span[-1].like_num else ""
        return (f"how many {unit}" if unit else "how many"), "how many", False
    if label in {"GPE", "LOC", "FAC"}:
        if prep is not None and p in LOCATIVE_PREPS and prep.head.pos_ in {"VERB", "AUX"}:
            return ("where" if p != "from" else "where"), "where", p != "from"
        return "what", "what", False
    if label == "ORG":
        last = span[-1].lower_.strip(".")
        cat = ORG_CATEGORIES.get(last)
        if cat:
            return f"which {cat}", "which", False
        if arg is not None and arg.dep_ == "nsubj" and span_covers(span, arg) and verb.lemma_ in SAY_VERBS:
            return "who", "who", False  # organisations that speak are "who"; otherwise "what"
        return "what", "what", False
    if label == "NORP":
        return (
            ("who", "who", False)
            if root.pos_ in {"PROPN", "NOUN"} and root.tag_ in {"NNPS", "NNS"}
            else ("what", "what", False)
        )
    first = span[0].lower_
    if first in {"because", "since", "as"} or root.dep_ == "advcl":
        return "why", "why", False
    if first == "to" and root.tag_ == "VB":
        return "why", "why", False
    if first == "by" and len(span) > 1 and span[1].tag_ == "VBG":
        return "how", "how", False
    return "what", "what", False


def _label(span: Span) -> str:
    """Entity label of the answer: its root's, or one covering most of its words. A surname
    of a person named elsewhere in the passage is a person, whatever the tagger said here."""
    if span.root.ent_type_ in {"ORG", "GPE", "NORP", "PRODUCT", ""} and span.text in _surnames(span.doc):
        return "PERSON"
    if span.root.ent_type_:
        return span.root.ent_type_
    words = [t for t in span if not t.is_punct and t.dep_ != "det"]
    labels = [t.ent_type_ for t in words if t.ent_type_]
    if not labels or len(labels) * 2 < len(words):
        return span.label_ or ""
    return Counter(labels).most_common(1)[0][0]  # ties: first seen (never hash order)


PERSONS_KEY = "qa_gen_persons"  # doc.user_data: full names of people in the whole article


def _surnames(doc: Doc) -> set[str]:
    names = [e.text for e in doc.ents if e.label_ == "PERSON"] + list(doc.user_data.get(PERSONS_KEY, ()))
    return {n.split()[-1] for n in names if len(n.split()) > 1}


def _in_quote(tok: Token) -> bool:
    """True inside quotation marks (in this paragraph): "we", "they" there are the speaker's."""
    text = tok.doc.text
    start = text.rfind("\n", 0, tok.idx) + 1
    before = text[start : tok.idx]
    return (before.count('"') + before.count("\u201c") + before.count("\u201d")) % 2 == 1


def _when(words: list[str], p: str, root: Token, label: str) -> tuple[str, str, bool]:
    has_num = any(w.isdigit() for w in words)
    if p in {"since", "until"}:
        return f"{p} when", "when", True
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
        return ("how long", "how long", True) if p in {"for", ""} else ("when", "when", True)
    if len(words) == 1 and re.fullmatch(r"1\d{3}|20\d{2}", words[0]):
        if p == "in":
            return "in what year", "what year", True
        return "what year", "what year", p in TIME_PREPS or root.dep_ == "npadvmod"
    if label == "TIME" and p == "at":
        return "at what time", "what time", True
    if p in TIME_PREPS or root.dep_ in {"npadvmod", "advmod", "tmod"} or p == "":
        return "when", "when", True
    return "when", "when", True


def _counted_noun(span: Span) -> Token | None:
    """For "12 people" (nummod of a noun), the counted noun."""
    for tok in span:
        if tok.like_num and tok.dep_ in {"nummod", "quantmod"} and tok.head.pos_ in {"NOUN", "PROPN"}:
            return tok.head
    root = span.root
    if root.pos_ in {"NOUN", "PROPN"} and any(t.like_num for t in span) and not root.like_num:
        return root
    return None


# ---------------------------------------------------------------- simplification

# Prepositions whose phrases are lists or hedges, never needed to identify the answer.
LIST_PREPS = {"including", "like", "such", "unlike", "besides", "except"}
# Questions are shortened towards this many words (SQuAD's human questions average ~11).
TARGET_WORDS = 18


def simplify(verb: Token, span: Span, subj: Token | None) -> list[int]:
    """Token indices of the clause that a question keeps, in order."""
    ans = {t.i for t in span}
    drop: set[int] = set()

    def holds_answer(tok: Token) -> bool:
        return tok.left_edge.i <= span.end - 1 and tok.right_edge.i >= span.start

    def cut(tok: Token) -> None:
        drop.update(t.i for t in tok.subtree)

    subj_pos = subj.i if subj is not None and subj.head == verb else verb.i
    for child in verb.children:
        if holds_answer(child):
            continue
        dep = child.dep_
        if (
            (
                dep in DROP_DEPS
                or (dep == "conj" and child.pos_ in {"VERB", "AUX"})
                or (child.tag_ in {"WRB", "WDT", "WP"} and child.dep_ not in SUBJECT_DEPS)
            )
            or dep == "advmod"
            and (child.lower_ in CONNECTIVES or child.i < subj_pos)
        ):
            cut(child)
        elif dep in {"prep", "npadvmod", "tmod", "advmod"} and child.i < subj_pos:
            cut(child)  # fronted adjuncts: dropped (kept only when they hold the answer)
        elif dep == "ccomp" and child.i < verb.i and verb.lemma_ in SAY_VERBS:
            pass
    for tok in verb.subtree:
        if tok.i in drop or tok == verb or holds_answer(tok):
            continue
        if tok.dep_ in NP_DROP_DEPS and tok.head.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}:
            first = tok.left_edge
            comma = first.i > 0 and first.nbor(-1).text in {",", "(", "-", "–", "—"}
            wh_rel = any(c.tag_ in {"WDT", "WP", "WRB", "WP$"} for c in tok.children)
            if comma or tok.dep_ == "appos" or (wh_rel and tok.dep_ == "relcl"):
                cut(tok)
                if comma:
                    drop.add(first.i - 1)
        elif tok.dep_ == "prep" and (tok.lower_ in LIST_PREPS or tok.lower_ == "as" and tok.nbor(-1).lower_ == "such"):
            cut(tok)
    depth = 0
    for tok in verb.subtree:
        if tok.text in {"(", "["}:
            depth += 1
        if depth and tok.i not in ans:
            drop.add(tok.i)
        if tok.text in {")", "]"}:
            depth = max(0, depth - 1)
    keep = [t.i for t in verb.subtree if t.i not in drop]
    return _shrink(verb, span, keep)


def _shrink(verb: Token, span: Span, keep: list[int]) -> list[int]:
    """Drop optional trailing adjuncts (rightmost first) until the clause is short enough."""
    doc = verb.doc
    kept = set(keep)
    optional = [c for c in verb.children if c.dep_ in {"prep", "advmod", "npadvmod", "advcl"} and c.i > verb.i]
    optional += [
        t
        for t in verb.subtree
        if t.dep_ in {"relcl", "acl", "prep", "conj", "appos"} and t.head.pos_ in {"NOUN", "PROPN"}
    ]
    for tok in sorted(optional, key=lambda t: -t.i):
        if sum(1 for i in kept if not doc[i].is_punct) <= TARGET_WORDS:
            break
        if tok.left_edge.i <= span.end - 1 and tok.right_edge.i >= span.start:
            continue
        cut = {t.i for t in tok.subtree}
        if tok.dep_ == "conj":  # a list item goes with the comma or conjunction before it
            before = tok.left_edge.i - 1
            while before >= 0 and (doc[before].is_punct or doc[before].dep_ == "cc"):
                cut.add(before)
                before -= 1
        kept -= cut
    return [i for i in keep if i in kept]


# ---------------------------------------------------------------- question forms


@dataclass
class Plan:
    """A question under construction: wh-phrase, fronted auxiliary, subject and body tokens."""

    wh: str
    qtype: str
    body: list[int]
    front_aux: str | None = None
    subject: list[int] = field(default_factory=list)
    replace: dict[int, str] = field(default_factory=dict)
    wh_at: int | None = None  # in situ: body position of the wh-phrase; None = sentence-initial
    tail: list[str] = field(default_factory=list)  # literal words after the body ("do")
    score: float = 1.0


def subject_question(verb: Token, arg: Token, wh: str, qtype: str, keep: list[int]) -> Plan:
    sub_ids = {t.i for t in arg.subtree}
    plan = Plan(wh=wh, qtype=qtype, body=[i for i in keep if i not in sub_ids])
    # "who"/"what" take a singular verb: "Officials say" -> "Who says".
    finite = _first_finite(verb)
    if finite is not None and finite.tag_ == "VBP" and not wh.startswith("how many"):
        plan.replace[finite.i] = _third_singular(finite)
    # Reported speech with the speaker after the quote: "'...,' X said." -> "Who said ...?"
    comp = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if comp and verb.lemma_ in SAY_VERBS:
        comp_ids = {t.i for t in comp[0].subtree}
        plan.body = [i for i in plan.body if i not in comp_ids] + [i for i in plan.body if i in comp_ids]
        plan.score = 0.7
    return plan


def _answer_removal(doc: Doc, span: Span, qtype: str, absorb: bool, verb: Token) -> tuple[set[int], str | None]:
    """Tokens that leave with the answer, and a replacement wh-phrase for "how many N"."""
    remove = set(range(span.start, span.end))
    root = span.root
    wh = None
    noun = _counted_noun(span) if qtype == "how many" else None
    if noun is not None:
        words = [
            t
            for t in noun.subtree
            if t.i <= noun.i
            and not t.like_num
            and (t.i not in remove or t == noun)
            and t.dep_ not in {"det", "poss", "quantmod", "nummod", "advmod", "punct"}
            and t.lower_ not in QUANT_MODS
        ]
        of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i]
        if noun in span and of:  # "2,300 tonnes of steel" -> "how many tonnes of steel"
            words += list(of[0].subtree)
        wh = "how many " + " ".join(t.text for t in words)
        remove |= {t.i for t in noun.subtree if t.i <= noun.i} | {t.i for t in words}
    for t in span:
        for c in t.children:
            if c.i < span.start and c.lower_ in QUANT_MODS | {"the", "a", "an"}:
                remove |= {x.i for x in c.subtree}
    if root.dep_ == "pobj" and absorb:
        remove.add(root.head.i)
    if span[0].lower_ in {"because", "since", "as", "to", "by"} or root.dep_ == "advcl":
        holder = root
        while holder.head != verb and holder.head != holder:
            holder = holder.head
        remove |= {t.i for t in holder.subtree}
    return remove, wh


def _subject_ids(subj: Token | None, verb: Token, keep: list[int]) -> list[int]:
    if subj is None:
        return []
    kept = set(keep)
    if subj.head == verb:
        return [t.i for t in subj.subtree if t.i in kept]
    # borrowed from a coordinated verb: its subject without non-restrictive modifiers
    return [t.i for t in subj.subtree if not _under_dep(t, subj, NP_DROP_DEPS) and not t.is_punct]


def fronted_question(
    doc: Doc, verb: Token, subj: Token | None, span: Span, wh: str, qtype: str, absorb: bool, keep: list[int]
) -> Plan | Generated:
    if subj is None:
        return Generated(None, reason="unsupported_answer", detail="clause has no subject to invert")
    remove, how_many = _answer_removal(doc, span, qtype, absorb, verb)
    noun = _counted_noun(span) if how_many else None
    wh = how_many or wh
    subject = [i for i in _subject_ids(subj, verb, keep) if i not in remove]
    body = [i for i in keep if i not in remove and i not in set(subject)]
    if noun is not None and noun.dep_ in SUBJECT_DEPS and noun.head == verb:
        return Plan(wh=wh, qtype=qtype, body=body, score=1.0)
    if not subject:
        return Generated(None, reason="unsupported_answer", detail="the subject left with the answer")
    plan = Plan(wh=wh, qtype=qtype, body=body, subject=subject, score=0.9 if absorb else 0.85)
    if not _invert(doc, verb, plan):
        return Generated(None, reason="unsupported_answer", detail=f"cannot invert verb {verb.text!r}/{verb.tag_}")
    return plan


def _invert(doc: Doc, verb: Token, plan: Plan) -> bool:
    """Front the first auxiliary, or the copula, or add do-support."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i and c.i in plan.body]
    if auxes:
        first = auxes[0]
        plan.front_aux = {"ca": "can", "wo": "will", "'s": "is", "'re": "are", "'ve": "have"}.get(
            first.lower_, first.lower_
        )
        plan.body = [i for i in plan.body if i != first.i]
    elif verb.lemma_ == "be" and verb.tag_ != "VBG":
        plan.front_aux = {"'s": "is", "'re": "are", "'m": "am"}.get(verb.lower_, verb.lower_)
        plan.body = [i for i in plan.body if i != verb.i]
    else:
        do = {"VBD": "did", "VBZ": "does", "VBP": "do", "VB": "do", "VBN": "did"}.get(verb.tag_)
        if do is None:
            return False
        plan.front_aux = do
        plan.replace[verb.i] = verb.lemma_.lower() if verb.pos_ != "PROPN" else verb.text
    for i in plan.body:
        if doc[i].lower_ == "n't":
            plan.replace[i] = "not"
    return True


def in_situ_question(
    doc: Doc, verb: Token, subj: Token | None, span: Span, wh: str, qtype: str, absorb: bool, keep: list[int]
) -> Plan | Generated:
    """The declarative clause with the answer replaced where it stands ("X defeated which team?")."""
    remove, how_many = _answer_removal(doc, span, qtype, absorb, verb)
    wh = how_many or wh
    if wh == "whose":
        remove |= {t.i for t in span.root.children if t.tag_ == "POS"}
    if span.root.dep_ == "pobj" and not absorb and wh in {"when", "where"}:
        remove.add(span.root.head.i)
    first = min(remove)
    body = [i for i in keep if i not in remove]
    if subj is None or len([i for i in body if not doc[i].is_punct]) < 2:
        return Generated(None, reason="unsupported_answer", detail="too little clause left around the answer")
    subject = _subject_ids(subj, verb, keep)
    if subj is not None and subj.head != verb:
        body = subject + [i for i in body if i not in set(subject)]
    pos = sum(1 for i in body if i < first)
    if subj is not None and subj.head != verb and first > verb.i:
        pos = len([i for i in body if i < first or i in set(subject)])
    before = body[pos - 1] if pos > 0 else None
    if before is not None and doc[before].lower_ in {"a", "an", "the"} and before == first - 1:
        body.pop(pos - 1)  # "a how many record" -> "how many record"
        pos -= 1
    return Plan(wh=wh, qtype=qtype, body=body, wh_at=pos, score=0.6)


def verb_phrase_question(span: Span) -> Plan | None:
    """An answer that is the predicate of its clause: "accepted 5.3% of applicants" -> "What did
    Harvard do?"; "has closed two plants" -> "What has X done?"; passive "was canceled" ->
    "What happened to the mission?"."""
    verb = span.root
    if verb.pos_ != "VERB" or span.start > verb.i:
        return None
    subj = find_subject(verb)
    if subj is None or subj in span or subj.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    subject = [t.i for t in subj.subtree if not _under_dep(t, subj, NP_DROP_DEPS) and not t.is_punct]
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    if subj.dep_ == "nsubjpass":
        aux = next((a for a in auxes if a.dep_ == "auxpass"), None)
        if aux is None:
            return None
        event = {"VBD": "happened", "VBZ": "happens", "VBP": "happens"}.get(aux.tag_)
        if event is None or len(auxes) > 1:
            return None
        return Plan(wh="what", qtype="what happened", body=[], front_aux=f"{event} to", subject=subject, score=0.65)
    if not auxes:
        if verb.tag_ not in {"VBD", "VBZ", "VBP"}:
            return None
        do = {"VBD": "did", "VBZ": "does", "VBP": "do"}[verb.tag_]
        return Plan(wh="what", qtype="what do", body=[], front_aux=do, subject=subject, tail=["do"], score=0.7)
    first = auxes[0]
    if first.lemma_ == "have" and verb.tag_ == "VBN":
        tail = "done"
    elif first.tag_ == "MD" and verb.tag_ == "VB":
        tail = "do"
    elif first.lemma_ == "be" and verb.tag_ == "VBG":
        tail = "doing"
    else:
        return None
    return Plan(wh="what", qtype="what do", body=[], front_aux=first.lower_, subject=subject, tail=[tail], score=0.65)


def _first_finite(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in {"aux", "auxpass"} and c.i < verb.i:
            return c
    return verb


def _third_singular(tok: Token) -> str:
    lemma = tok.lemma_.lower()
    if lemma in IRREGULAR_3SG:
        return IRREGULAR_3SG[lemma]
    if re.search(r"(s|sh|ch|x|z|o)$", lemma):
        return lemma + "es"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    return lemma + "s"


# ---------------------------------------------------------------- surface


def realize(doc: Doc, plan: Plan) -> str | None:
    """Turn a plan into text; None when an unresolvable pronoun would be left in."""
    seq: list[int | str] = []
    if plan.wh_at is None:
        seq.append(plan.wh)
        if plan.front_aux:
            seq.append(plan.front_aux)
        seq.extend(plan.subject)
        seq.extend(plan.body)
        seq.extend(plan.tail)
    else:
        seq.extend(plan.body)
        seq.insert(plan.wh_at, plan.wh)
    words: list[tuple[int | None, str]] = []
    for n, item in enumerate(seq):
        if isinstance(item, str):
            words.append((None, item))
            continue
        tok = doc[item]
        if tok.text == "," and not _comma_between(seq, n):
            continue
        text = _word(doc, tok, plan, n == 0)
        if text is None:
            return None
        words.append((item, text))
    out = ""
    prev: int | None = None
    for idx, text in words:
        if out:
            adjacent = prev is not None and idx is not None and idx == prev + 1
            out += doc[prev].whitespace_ if adjacent and prev is not None else " "
        out += text
        prev = idx
    return finish(out)


def _word(doc: Doc, tok: Token, plan: Plan, initial: bool) -> str | None:
    text = plan.replace.get(tok.i, tok.text)
    low = tok.lower_
    if tok.dep_ in SUBJECT_DEPS | {"nsubj"} and tok.tag_ in {"WDT", "WP"} and tok.head.dep_ == "relcl":
        return relative_antecedent(tok.head.head)
    if low == "it" and _expletive(tok):
        return text if not tok.is_sent_start else "it"
    if tok.pos_ == "PRON" or tok.tag_ == "PRP$":
        if low in PRONOUN_RESOLVE or low in {"they", "them", "their"}:
            resolved = resolve_pronoun(doc, tok)
            if resolved is None and tok.tag_ == "PRP$" and tok.dep_ == "poss":
                return "the"  # "before his eyes" -> "before the eyes": the owner is not needed
            return resolved
        if low == "this" and tok.dep_ in {"nsubj", "nsubjpass"}:
            # "This takes two forms": the thing the previous sentence was about.
            return _previous_subject(doc, tok, False) or _topic(doc, tok)
        if low in UNRESOLVABLE and tok.dep_ in {"nsubj", "nsubjpass", "poss", "dobj", "pobj", "dative"}:
            return None  # "we"/"you"/"they" from a quotation: nobody the reader can name
    if tok.is_sent_start and not _keep_case(tok):
        return text[:1].lower() + text[1:]
    if tok.dep_ == "det" and low in {"this", "these", "that", "those"}:
        return "the"
    if text == "The" and not initial and not tok.ent_type_:
        return "the"  # a quotation's first word inside the question
    return text


def _expletive(tok: Token) -> bool:
    """Non-referential "it": "it is impossible to ...", "it was decided that ..."."""
    head = tok.head
    return (
        tok.dep_ in {"nsubj", "nsubjpass"}
        and any(c.dep_ in {"ccomp", "xcomp", "csubj"} and c.i > tok.i for c in head.children)
        and (
            head.lemma_ in {"be", "seem", "appear", "take"}
            or head.tag_ == "VBN"
            or any(c.dep_ == "auxpass" for c in head.children)
        )
    )


def _comma_between(seq: list[int | str], n: int) -> bool:
    """A comma survives only with both of its original neighbours kept around it."""
    i = seq[n]
    return 0 < n < len(seq) - 1 and isinstance(i, int) and seq[n - 1] == i - 1 and seq[n + 1] == i + 1


def relative_antecedent(noun: Token) -> str:
    """ "The museum, which opened ..." -> "the museum" for the relative pronoun."""
    words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in NP_DROP_DEPS and not t.is_punct]
    if any(t.pos_ == "PRON" for t in words):
        words = [noun]
    text = " ".join(t.text for t in words)
    if words and words[0].dep_ == "det":
        text = "the " + " ".join(t.text for t in words[1:])
    elif words and words[0].pos_ != "PROPN":
        text = "the " + text
    return text


def _keep_case(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or bool(tok.ent_type_) or tok.text == "I" or (tok.text.isupper() and len(tok.text) > 1)


def resolve_pronoun(doc: Doc, tok: Token) -> str | None:
    """he/she -> the latest PERSON mentioned before; it/they -> the subject of an earlier
    sentence (singular/plural to match), or the latest organisation/place."""
    low = tok.lower_
    possessive = tok.tag_ == "PRP$" or low in {"his", "its", "their"}
    name = None
    if low in {"he", "she", "him", "her", "his"}:
        people = [e for e in doc.ents if e.label_ == "PERSON" and e.end <= tok.i]
        if people:
            last = people[-1].text.split()[-1]
            name = next(e.text for e in doc.ents if e.label_ == "PERSON" and e.text.split()[-1] == last)
            name = re.sub(r"\s*['\u2019]s?$", "", name)
        else:  # the small model often labels a surname ORG: take an earlier singular name subject
            name = _previous_subject(doc, tok, False, proper_only=True)
    elif _in_quote(tok):
        return None
    else:
        plural = low in {"they", "them", "their"}
        name = _previous_subject(doc, tok, plural) or _topic(doc, tok)
    if possessive and name is not None and _clause_subject_before(tok):
        return tok.text  # "the company moved its headquarters": the antecedent is right there
    if name is None:
        return None
    if possessive:
        return name + ("'" if name.endswith("s") and plural_noun(name) else "'s")
    return name


def _clause_subject_before(tok: Token) -> bool:
    verb = tok.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
        verb = verb.head
    subj = find_subject(verb)
    return subj is not None and subj.i < tok.i and tok not in list(subj.subtree) and subj.pos_ != "PRON"


def plural_noun(text: str) -> bool:
    return text.endswith("s") and not text.endswith("ss")


def _topic(doc: Doc, tok: Token) -> str | None:
    """The passage's topic: the subject of its first sentence, else the latest named thing."""
    first = next(iter(doc.sents))
    if first.start < tok.sent.start:
        for cand in first:
            if cand.dep_ in {"nsubj", "nsubjpass"} and cand.pos_ in {"NOUN", "PROPN"} and cand.ent_type_ != "PERSON":
                return relative_antecedent(cand) if cand.pos_ == "NOUN" else _np_text(cand)
    things = [e for e in doc.ents if e.end <= tok.i and e.label_ in NAMED_THINGS]
    return things[-1].text if things else None


NAMED_THINGS = {"ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}


def _previous_subject(doc: Doc, tok: Token, plural: bool, proper_only: bool = False) -> str | None:
    sents = [s for s in doc.sents if s.start < tok.sent.start][::-1]
    for sent in [tok.sent] + sents:
        for cand in reversed(sent):
            if cand.i >= tok.i or cand.dep_ not in {"nsubj", "nsubjpass"} or cand.pos_ not in {"NOUN", "PROPN"}:
                continue
            if proper_only:
                if cand.pos_ == "PROPN" and cand.tag_ == "NNP" and cand.ent_type_ in {"", "PERSON", "ORG", "NORP"}:
                    return _np_text(cand)
                continue
            if cand.ent_type_ == "PERSON":
                continue
            is_plural = cand.tag_ in {"NNS", "NNPS"}
            if is_plural != plural and not (plural and cand.ent_type_ in {"ORG", "NORP"}):
                continue
            return relative_antecedent(cand) if cand.pos_ == "NOUN" else _np_text(cand)
    return None


def _np_text(tok: Token) -> str:
    words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in NP_DROP_DEPS and not t.is_punct]
    return " ".join(t.text for t in words)


_SPACE_FIX = [
    (re.compile(r"\s+([,.;:!?%)\]])"), r"\1"),
    (re.compile(r"([(\[$])\s+"), r"\1"),
    (re.compile(r"\s+('s|n't|'re|'ve|'ll|'d)\b"), r"\1"),
    (re.compile(r"\s{2,}"), " "),
    (re.compile(r"(^|\s)[,;:]+\s*"), r"\1"),
    (re.compile(r"[,;:\-\u2013\u2014\s]+$"), ""),
]


def finish(text: str) -> str:
    text = text.replace("\u201c", "").replace("\u201d", "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    for pattern, repl in _SPACE_FIX:
        text = pattern.sub(repl, text)
    text = text.strip().rstrip(".!?,;: ")
    text = re.sub(r",(\s*,)+", ",", text)
    return text[:1].upper() + text[1:] + "?"
