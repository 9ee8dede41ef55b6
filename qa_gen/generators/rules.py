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
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .base import Generated, register

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..answers import AnswerCandidate

VERSION = "rules-0.1"

SAY_VERBS = {
    "say", "tell", "report", "announce", "state", "claim", "add", "note", "confirm", "insist",
    "explain", "warn", "believe", "think", "argue", "suggest", "estimate", "predict", "write",
}
CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "relcl", "acl", "xcomp", "conj", "pcomp", "csubj", "parataxis"}
# Children of the clause verb that never belong in the question unless they hold the answer.
DROP_DEPS = {"advcl", "parataxis", "punct", "cc", "mark", "discourse", "intj", "meta", "dep",
             "preconj", "appos", "prt_dummy"}
# Modifiers of noun phrases dropped from the question (non-restrictive material).
NP_DROP_DEPS = {"appos", "relcl", "acl", "advcl", "parataxis"}
CONNECTIVES = {"however", "meanwhile", "also", "still", "moreover", "furthermore", "instead",
               "nevertheless", "though", "yet", "then", "now", "already", "further", "too"}
LOCATIVE_PREPS = {"in", "at", "on", "near", "from", "to", "into", "across", "inside", "outside",
                  "throughout", "around", "within", "off", "towards", "toward", "through"}
TIME_PREPS = {"in", "on", "at", "during", "by", "after", "before", "from", "between"}
PERSON_NOUNS = {
    "official", "officials", "police", "minister", "president", "spokesman", "spokeswoman",
    "spokesperson", "leader", "chief", "director", "suspect", "manager", "coach", "player",
    "mayor", "governor", "chairman", "chairwoman", "executive", "secretary", "scientist",
    "researcher", "doctor", "author", "founder", "owner", "king", "queen", "prince", "judge",
    "lawyer", "senator", "candidate", "captain", "striker", "economist", "analyst", "artist",
    "writer", "singer", "actor", "actress", "general", "commander", "pope", "bishop", "emperor",
    "man", "woman", "boy", "girl", "people", "residents", "voters", "workers", "fans", "students",
}
ORG_CATEGORIES = {
    "bank": "bank", "ministry": "ministry", "university": "university", "party": "party",
    "council": "council", "commission": "commission", "court": "court", "agency": "agency",
    "company": "company", "corp": "company", "inc": "company", "group": "group",
    "united": "team", "fc": "team", "club": "club", "school": "school", "college": "college",
    "museum": "museum", "airline": "airline", "airlines": "airline", "army": "army",
    "committee": "committee", "association": "association", "union": "union",
    "institute": "institute", "foundation": "foundation", "department": "department",
    "parliament": "parliament", "assembly": "assembly", "government": "government",
}
DURATION_UNITS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour",
                  "hours", "decade", "decades", "century", "centuries", "minute", "minutes"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
QUANT_MODS = {"at", "least", "about", "around", "nearly", "almost", "some", "more", "than",
              "over", "up", "to", "roughly", "approximately", "just", "only", "less", "fewer",
              "most", "under", "an", "estimated"}
IRREGULAR_3SG = {"be": "is", "have": "has", "do": "does", "go": "goes"}
PRONOUN_RESOLVE = {"he": "PERSON", "she": "PERSON", "him": "PERSON", "her": "PERSON",
                   "his": "PERSON", "it": "ORG", "its": "ORG"}
UNRESOLVABLE = {"they", "them", "their", "this", "these", "those", "we", "us", "our", "i",
                "you", "me", "my", "your"}
WH_WORDS = {"what", "who", "whom", "whose", "which", "when", "where", "why", "how"}
# Questions longer than this many words are clause copies, not questions.
MAX_QUESTION_WORDS = 30


@dataclass
class Plan:
    """A question under construction: wh-phrase, fronted auxiliary, and tokens to keep."""

    wh: str
    qtype: str
    subject_answer: bool
    keep: list[int] = field(default_factory=list)
    replace: dict[int, str] = field(default_factory=dict)
    front_aux: str | None = None
    insert_after_subject: list[str] = field(default_factory=list)
    score: float = 1.0


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
    ans = set(range(span.start, span.end))
    verb = clause_verb(span)
    if verb is None:
        return Generated(None, reason="unsupported_answer", detail="no verbal clause governs the answer")
    subj = find_subject(verb)
    arg = argument_of(verb, span)
    wh, qtype, absorb = wh_phrase(span, arg, verb)
    plan_tokens = simplify(verb, ans, arg)
    if arg is not None and arg.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} and span_covers(span, arg):
        plan = subject_question(verb, subj, arg, wh, qtype, plan_tokens)
    else:
        plan = fronted_question(doc, verb, subj, span, arg, wh, qtype, absorb, plan_tokens)
    if isinstance(plan, Generated):
        return plan
    question = realize(doc, plan, sent)
    if question is None:
        return Generated(None, reason="unresolved_pronoun", detail="subject is a pronoun with no antecedent")
    return Generated(question, question_type=qtype, score=plan.score)


# ---------------------------------------------------------------- anchoring


def clause_verb(span: Span) -> Token | None:
    """Nearest governing verb of a clause, stepping into complements of reporting verbs."""
    tok = span.root
    while True:
        if tok.pos_ in {"VERB", "AUX"} and (tok.dep_ in CLAUSE_DEPS or tok.head == tok) and tok not in span:
            return tok
        if tok.head == tok:
            return tok if tok.pos_ in {"VERB", "AUX"} else None
        tok = tok.head


def find_subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"}:
            return child
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        return find_subject(verb.head)
    if verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return None
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
    """True when the answer is the whole phrase headed by ``tok`` (ignoring determiners,
    punctuation and non-restrictive modifiers)."""
    sub = [t for t in tok.subtree if not t.is_punct]
    core = [t for t in sub if t.dep_ not in {"det", "appos", "relcl", "acl", "poss"} or t in span]
    inside = {t.i for t in span}
    missing = [t for t in core if t.i not in inside and t.dep_ != "det"]
    # Modifiers hanging off the phrase (a relative clause, an appositive) may stay outside.
    return not missing or all(_under_dep(t, tok, NP_DROP_DEPS | {"prep", "punct"}) for t in missing)


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
    if label == "PERSON" or (not label and root.lemma_.lower() in PERSON_NOUNS) or root.lower_ in {"he", "she"}:
        return "who", "who", False
    if label in {"DATE", "TIME"}:
        return _when(words, p, root, label)
    if label == "PERCENT":
        if p in {"by", "to", "from"}:
            return f"{p} what percentage", "what percentage", True
        if root.dep_ == "npadvmod" or root.head.lemma_ in {"rise", "fall", "grow", "drop", "increase", "decrease", "jump", "climb", "slump"}:
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
        if arg is not None and arg.dep_ in {"nsubj", "nsubjpass"} and span_covers(span, arg):
            return "who", "who", False
        return "what", "what", False
    if label == "NORP":
        return ("who", "who", False) if root.pos_ in {"PROPN", "NOUN"} and root.tag_ in {"NNPS", "NNS"} else ("what", "what", False)
    first = span[0].lower_
    if first in {"because", "since", "as"} or root.dep_ == "advcl":
        return "why", "why", False
    if first == "to" and root.tag_ == "VB":
        return "why", "why", False
    if first == "by" and len(span) > 1 and span[1].tag_ == "VBG":
        return "how", "how", False
    return "what", "what", False


def _label(span: Span) -> str:
    """Entity label of the answer: its root's, or one covering most of its words."""
    if span.root.ent_type_:
        return span.root.ent_type_
    words = [t for t in span if not t.is_punct and t.dep_ != "det"]
    labels = [t.ent_type_ for t in words if t.ent_type_]
    if not labels or len(labels) * 2 < len(words):
        return span.label_ or ""
    return max(set(labels), key=labels.count)


def _when(words: list[str], p: str, root: Token, label: str) -> tuple[str, str, bool]:
    has_num = any(w.isdigit() for w in words)
    if p in {"since", "until"}:
        return f"{p} when", "when", True
    if p == "for" or (has_num and any(w in DURATION_UNITS for w in words) and not any(w in MONTHS for w in words) and "ago" not in words):
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


def simplify(verb: Token, ans: set[int], arg: Token | None) -> list[int]:
    """Token indices of the clause that a question keeps, in order."""
    drop: set[int] = set()
    subtree = list(verb.subtree)

    def holds_answer(tok: Token) -> bool:
        return any(t.i in ans for t in tok.subtree)

    for child in verb.children:
        if holds_answer(child):
            continue
        dep = child.dep_
        if dep in DROP_DEPS or (dep == "conj" and child.pos_ in {"VERB", "AUX"}) or dep == "advmod" and child.lower_ in CONNECTIVES or dep == "prep" and child.i < verb.i and child.lower_ in {"according", "despite", "after", "before", "with", "amid", "as", "unlike", "like"} or dep in {"npadvmod", "tmod"} and child.i < verb.i and (
            len(list(child.subtree)) > 3 or child.ent_type_ in {"DATE", "TIME"}
        ):
            drop.update(t.i for t in child.subtree)
        elif dep == "ccomp" and verb.lemma_ in SAY_VERBS and verb.i < child.i:
            pass
    for tok in subtree:
        if tok.i in drop or tok == verb:
            continue
        if tok.dep_ in NP_DROP_DEPS and tok.head.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} and not holds_answer(tok):
            # keep restrictive modifiers (no comma before them); drop comma-bounded ones
            first = tok.left_edge
            if first.i > 0 and (first.nbor(-1).text in {",", "(", "-", "–", "—"} or tok.dep_ == "appos"):
                drop.update(t.i for t in tok.subtree)
                if first.nbor(-1).text == ",":
                    drop.add(first.i - 1)
    # parentheses and their content
    depth = 0
    for tok in subtree:
        if tok.text in {"(", "["}:
            depth += 1
        if depth and tok.i not in ans:
            drop.add(tok.i)
        if tok.text in {")", "]"}:
            depth = max(0, depth - 1)
    keep = [t.i for t in subtree if t.i not in drop]
    return keep


# ---------------------------------------------------------------- question forms


def subject_question(verb: Token, subj: Token | None, arg: Token, wh: str, qtype: str,
                     keep: list[int]) -> Plan:
    sub_ids = {t.i for t in arg.subtree}
    keep = [i for i in keep if i not in sub_ids]
    plan = Plan(wh=wh, qtype=qtype, subject_answer=True, keep=keep)
    # "who"/"what" take a singular verb: "Officials say" -> "Who says".
    finite = _first_finite(verb)
    if finite is not None and finite.tag_ == "VBP" and not wh.startswith("how many"):
        plan.replace[finite.i] = _third_singular(finite)
    plan.score = 1.0
    return plan


def fronted_question(doc: Doc, verb: Token, subj: Token | None, span: Span, arg: Token | None,
                     wh: str, qtype: str, absorb: bool, keep: list[int]) -> Plan | Generated:
    if subj is None:
        return Generated(None, reason="unsupported_answer", detail="clause has no subject to invert")
    if subj.lower_ in UNRESOLVABLE and subj.dep_ != "expl":
        return Generated(None, reason="unresolved_pronoun", detail=f"subject is {subj.text!r}")
    remove = set(range(span.start, span.end))
    root = span.root
    # "how many N": the wh-phrase takes the counted noun and its modifiers with it.
    if qtype == "how many" and wh == "how many":
        noun = _counted_noun(span)
        if noun is not None:
            np_ids = [t.i for t in noun.subtree if t.i not in remove and t.dep_ not in NP_DROP_DEPS and t.lower_ not in QUANT_MODS and not t.like_num and t.dep_ != "det"]
            np_ids = [i for i in np_ids if not any(_under_dep(doc[i], noun, NP_DROP_DEPS | {"prep"}) for _ in [0])]
            wh = "how many " + " ".join(doc[i].text for i in sorted(np_ids))
            remove |= {t.i for t in noun.subtree if not _under_dep(t, noun, {"prep", "relcl", "acl"})}
            if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head == verb:
                plan = Plan(wh=wh, qtype=qtype, subject_answer=True, keep=[i for i in keep if i not in remove])
                return plan
    # Determiners/quantity words glued to the answer ("at least 12") leave with it.
    for t in span:
        for c in t.children:
            if c.dep_ in {"quantmod", "det", "advmod"} and c.i < span.start and c.lower_ in QUANT_MODS | {"the", "a", "an"}:
                remove.add(c.i)
    if root.dep_ == "pobj":
        prep = root.head
        if absorb or prep.lower_ in {"according"}:
            remove.add(prep.i)
        elif prep.dep_ == "agent" or prep.lower_ in {"by"}:
            pass  # strand: "Who was the bridge built by?"
    if span[0].lower_ in {"because", "since", "as", "to", "by"} or root.dep_ == "advcl":
        # a reason/purpose/manner clause leaves whole with its marker
        holder = root
        while holder.head != verb and holder.head != holder:
            holder = holder.head
        remove |= {t.i for t in holder.subtree}
    keep = [i for i in keep if i not in remove]
    plan = Plan(wh=wh, qtype=qtype, subject_answer=False, keep=keep)
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i and c.i in keep]
    if auxes:
        first = auxes[0]
        plan.front_aux = first.lower_ if first.lower_ != "ca" else "can"
        if first.lower_ == "wo":
            plan.front_aux = "will"
        plan.keep = [i for i in plan.keep if i != first.i]
    elif verb.lemma_ == "be" and verb.tag_ != "VBG":
        plan.front_aux = verb.lower_
        plan.keep = [i for i in plan.keep if i != verb.i]
    else:
        do = {"VBD": "did", "VBZ": "does", "VBP": "do", "VB": "do"}.get(verb.tag_)
        if do is None:
            if verb.tag_ == "VBN":
                do = "did"
            else:
                return Generated(None, reason="unsupported_answer", detail=f"cannot invert verb {verb.text!r}/{verb.tag_}")
        plan.front_aux = do
        plan.replace[verb.i] = verb.lemma_ if verb.lemma_ != "-PRON-" else verb.lower_
    for i in plan.keep:
        if doc[i].lower_ == "n't":
            plan.replace[i] = "not"
    plan.score = 0.9 if absorb else 0.8
    plan.subject_ids = [t.i for t in subj.subtree if t.i in set(plan.keep)]  # type: ignore[attr-defined]
    return plan


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


def realize(doc: Doc, plan: Plan, sent: Span) -> str | None:
    """Turn a plan into text; None when an unresolvable pronoun would be left in."""
    subject_ids: list[int] = getattr(plan, "subject_ids", [])
    pieces: list[tuple[int | None, str]] = [(None, plan.wh)]
    body = list(plan.keep)
    if plan.front_aux:
        pieces.append((None, plan.front_aux))
    for n, i in enumerate(body):
        tok = doc[i]
        text = plan.replace.get(i, tok.text)
        if tok.text == "," and not _comma_between(body, n):
            continue
        if tok.dep_ == "nsubj" and tok.tag_ in {"WDT", "WP"} and tok.head.dep_ == "relcl":
            text = relative_antecedent(tok.head.head)
        elif tok.lower_ in PRONOUN_RESOLVE and tok.pos_ == "PRON" or tok.tag_ == "PRP$" and tok.lower_ in PRONOUN_RESOLVE:
            resolved = resolve_pronoun(doc, tok)
            if resolved is None:
                return None
            text = resolved
        elif tok.lower_ in UNRESOLVABLE and tok.pos_ == "PRON" and tok.dep_ in {"nsubj", "nsubjpass", "poss"}:
            return None
        elif i == sent.start and not _keep_case(tok):
            text = text[:1].lower() + text[1:]
        elif tok.dep_ == "det" and tok.lower_ in {"this", "these"} and i in subject_ids:
            text = "the"
        pieces.append((i, text))
    out = ""
    prev: int | None = None
    for idx, text in pieces:
        if out:
            glue = doc[prev].whitespace_ if (prev is not None and idx is not None and idx == prev + 1) else " "
            out += glue
        out += text
        prev = idx
    return finish(out)


def _comma_between(body: list[int], n: int) -> bool:
    """A comma survives only with both of its original neighbours kept around it."""
    i = body[n]
    return 0 < n < len(body) - 1 and body[n - 1] == i - 1 and body[n + 1] == i + 1


def relative_antecedent(noun: Token) -> str:
    """"The museum, which opened ..." -> "the museum" for the relative pronoun."""
    words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in NP_DROP_DEPS and not t.is_punct]
    text = " ".join(t.text for t in words)
    if words and words[0].dep_ == "det":
        text = "the " + " ".join(t.text for t in words[1:])
    elif words and words[0].pos_ != "PROPN":
        text = "the " + text
    return text


def _keep_case(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or bool(tok.ent_type_) or tok.text == "I" or tok.text.isupper() and len(tok.text) > 1


def resolve_pronoun(doc: Doc, tok: Token) -> str | None:
    """Most recent earlier entity of the right kind (PERSON for he/she, ORG/GPE for it)."""
    want = PRONOUN_RESOLVE[tok.lower_]
    labels = {"PERSON"} if want == "PERSON" else {"ORG", "GPE", "NORP"}
    best = None
    for ent in doc.ents:
        if ent.end <= tok.i and ent.label_ in labels:
            best = ent
    if best is None:
        return None
    name = best.text
    if best.label_ == "PERSON":
        # use the full first mention of this surname
        for ent in doc.ents:
            if ent.label_ == "PERSON" and ent.text.split()[-1] == name.split()[-1]:
                name = ent.text
                break
    if tok.tag_ == "PRP$" or tok.lower_ in {"his", "its"}:
        return name + "'s"
    return name


_SPACE_FIX = [
    (re.compile(r"\s+([,.;:!?%)\]])"), r"\1"),
    (re.compile(r"([(\[$])\s+"), r"\1"),
    (re.compile(r"\s+('s|n't|'re|'ve|'ll|'d)\b"), r"\1"),
    (re.compile(r"\s{2,}"), " "),
    (re.compile(r"(^|\s)[,;:]+\s*"), r"\1"),
    (re.compile(r"[,;:\-–—\s]+$"), ""),
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
