"""Answers inside brackets: an alternative name, a date after a name, or a clause of its own.

Asking about a bracketed answer from the clause around the brackets reads badly ("Nikola
Tesla what year was a Serbian American inventor?"), so a bracketed answer gets one of these
forms or none:

- a name after a noun phrase: "a coal supply bin (bunker)" -> "What is another name for a
  coal supply bin?";
- a date or a range of years after a noun phrase: "John Mayow (1641-1679)" -> "When did John
  Mayow die?", "the Dutch Revolt (1568-1609)" -> "When was the Dutch Revolt?";
- a clause inside the brackets: "(which was not completed until 1769)" is asked about like
  any other clause (``clause_verb`` finds its verb inside the brackets).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .clause import bracket_bounds
from .forms import Plan, copula
from .lexicon import FINITE_TAGS, NUMERIC_ENTS
from .surface import title_antecedent
from .wh import surnames

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Words a bracket of dates may hold besides numbers: "(c. 1450 - 1500)", "(born 1950)", "(~11,600 BP)".
DATE_WORDS = {"c.", "ca", "ca.", "circa", "born", "died", "b.", "d.", "bp", "bc", "ad", "bce", "ce", "~", "fl", "fl."}
CONVERTIBLE_LABELS = {"QUANTITY", "MONEY", "CARDINAL", "PERCENT"}
NP_WORD_POS = {"DET", "NOUN", "PROPN", "ADJ", "NUM", "PART"}
# The small model tags many bracketed-before nouns ADJ or NUM ("a diatom (...)", "Apollo 4 (...)").
NP_HEAD_POS = {"NOUN", "PROPN", "ADJ", "NUM"}
MAX_ALIAS_NP = 8  # words; a longer run before a bracket is not one noun phrase
# Words right before a bracketed alternative name: "(bunker)", "(Chinese: Yuan Chao)", "(or X)",
# '("pull")', "(the so-called X)", "(singular X)".
ALIAS_OPENERS = {"(", ":", "or", "also", "as", "called", "so-called", '"', "\u201c", "singular", "plural"}
# Words in the brackets before the answer that still make it the bracket's "name" ("pinyin:").
MAX_ALIAS_LEAD = 4
NUMBERISH = re.compile(r"[~\d.,/\u2013\u2014-]+")  # "1187\u20131241", "~11,600"
DASHES = "-\u2013\u2014"
YEARISH = re.compile(
    "|".join(
        (
            r"\d{3,4}\s?[\u2013\u2014-]\s?\d{2,4}",  # 1568-1609
            r"~?\d{1,2}[ ,]?\w*\s?\d{3,4}",  # 18 February 1546
            r"~?[\d,]{3,6}( BP| BC| AD| BCE| CE)?",  # ~11,600 BP
            r"\d{3,4}s?",  # 1930s
            r"\w+ \d{3,4}",  # April 1523
        )
    )
)


def alias_question(span: Span) -> Plan | None:
    """A name given in brackets after a noun phrase ("a coal supply bin (bunker)") asks for
    the other name: "What is another name for a coal supply bin?"."""
    doc = span.doc
    bounds = bracket_bounds(span)
    if bounds is None or any(_numeric(t) or t.tag_ in FINITE_TAGS for t in span):
        return None  # a measure, a count or a clause is not a name
    if span.root.ent_type_ == "PERSON" or span[0].pos_ == "ADP" or any(t.dep_ == "cc" for t in span):
        return None  # "the Doctor (Rowan Atkinson)" is who played him; "(in the condenser)" a place
    if span[0].lower_ in {"a", "an"}:
        return None  # "Anna Ferro (a former judge)": a description, not another name
    if span.start == 0 or doc[span.start - 1].lower_ not in ALIAS_OPENERS:
        return None
    open_at = bounds[0]
    # "(Chinese: ...; pinyin: Yuan Chao)": the lead is counted from the last semicolon
    lead_from = max((t.i for t in doc[open_at : span.start] if t.text == ";"), default=open_at)
    if open_at == 0 or span.start - lead_from > MAX_ALIAS_LEAD:
        return None
    if any(not t.is_punct for t in doc[span.end : bounds[1]]):
        return None  # the name fills the brackets: '("push" motivations)' is not a name
    head = doc[open_at - 1]
    if head.ent_type_ == "PERSON" and head.text[:1].isupper():
        return None  # what follows a person's name in brackets is an office or a note
    if head.pos_ == "NUM" and (head.i == 0 or doc[head.i - 1].pos_ != "PROPN"):
        return None  # "Apollo 4 (AS-501)" is a name; "difference 2 (...)" is not
    start = _np_before(head, span.sent.start)
    if start is None:
        return None
    plan = Plan(wh="what is another name for", qtype="what", body=list(range(start, open_at)), verbal_wh=True)
    return _lower_article(doc, plan)


def bracketed_name(span: Span, bounds: tuple[int, int]) -> tuple[Span, str] | None:
    """A name that fills the brackets (``bounds``, see ``bracket_bounds``) after a common
    noun ("One episode of Doctor Who (The Infinite Quest) was released") names what the noun
    phrase is: the phrase with its brackets, and the which-phrase that asks for it ("which
    episode of Doctor Who")."""
    doc = span.doc
    if bounds != (span.start - 1, span.end) or span.end >= len(doc):
        return None
    if span.root.dep_ != "appos" or span.root.ent_type_ in NUMERIC_ENTS or any(_numeric(t) for t in span):
        return None
    if not any(t.pos_ == "PROPN" for t in span):
        return None  # "(though declining)" is a remark, not a name
    host = span.root.head
    # the parser hangs the name on the last word before the bracket: "of Doctor [Who] (...)"
    while host.pos_ != "NOUN" and host.dep_ == "pobj" and host.head.dep_ == "prep" and host.head.head.i < host.i:
        host = host.head.head
    if host.pos_ != "NOUN" or host.i >= span.start or host.right_edge.i != span.end:
        return None  # "the Doctor (Rowan Atkinson)" is who played him, not which Doctor
    return doc[host.left_edge.i : span.end + 1], f"which {doc[host.i : span.start - 1].text}"


def date_question(span: Span, chars: tuple[int, int] | None = None) -> Plan | None:
    """A date or years in brackets right after a noun phrase (see ``_date_plan``)."""
    plan = _date_plan(span, chars)
    return None if plan is None else _lower_article(span.doc, plan)


def _date_plan(span: Span, chars: tuple[int, int] | None) -> Plan | None:
    """A date or years in brackets right after a noun phrase: the span of a life or an era.
    The dash decides which end is asked about; ``chars`` are the answer's exact character
    offsets when it is part of a token ("1241" in "1187\u20131241")."""
    doc = span.doc
    bounds = bracket_bounds(span)
    start_char, end_char = chars or (span.start_char, span.end_char)
    full = doc.text  # built from the tokens on each access: once here
    text = full[start_char:end_char].strip()
    if bounds is None or not (span.root.ent_type_ == "DATE" or YEARISH.fullmatch(text)):
        return None
    open_at = bounds[0]
    head = doc[open_at - 1] if open_at > 0 else None
    if head is None or head.pos_ not in NP_HEAD_POS:
        return None
    segment = doc[open_at + 1 : bounds[1]]
    last_semi = max((t.i for t in segment if t.text == ";" and t.i < span.start), default=open_at)
    if not all(_datelike(t) for t in doc[last_semi + 1 : bounds[1]]):
        return None  # only dates in the brackets (after any "Chinese: ...;" part)
    start = _np_before(head, span.sent.start)
    if start is None:
        return None
    inner_before = full[doc[open_at].idx + 1 : start_char]
    inner_after = full[end_char : doc[bounds[1]].idx if bounds[1] < len(doc) else len(full)]
    lead = inner_before.lower().split()
    ends = any(d in inner_before for d in DASHES) or bool(lead and lead[-1] in {"died", "d."})
    starts = (any(d in inner_after for d in DASHES) and not ends) or bool(lead and lead[-1] in {"born", "b."})
    np = list(range(start, open_at))
    person = (
        head.ent_type_ == "PERSON"
        or head.text in surnames(doc)
        or head.text in (title_antecedent(doc, person=True) or "").split()
        or (len(np) == 1 and head.pos_ == "PROPN" and not head.ent_type_)  # "Chagatai (1187-1241)"
    )
    plural = head.tag_ in {"NNS", "NNPS"}
    if person:
        if ends:
            return Plan(wh="when", qtype="when", body=[], front_aux="did", subject=np, tail=["die"], score=0.7)
        if starts:
            return Plan(wh="when", qtype="when", body=[], front_aux="was", subject=np, tail=["born"], score=0.7)
        return None  # a single date after a name is a citation or an office, not a life
    if ends or starts:
        verb = "end" if ends else "begin"
        return Plan(wh="when", qtype="when", body=[], front_aux="did", subject=np, tail=[verb], score=0.7)
    return Plan(wh="when", qtype="when", body=[], front_aux=copula(plural, past=True), subject=np, score=0.65)


def measure_before(span: Span) -> Span | None:
    """The measure a bracketed conversion restates: "842 pounds (382 kg)" -> "842 pounds"."""
    doc = span.doc
    bounds = bracket_bounds(span)
    if bounds is None or bounds[0] == 0 or not any(c.isdigit() for c in span.text):
        return None
    if any(not t.is_punct for t in doc[bounds[0] + 1 : span.start]):
        return None  # the measure opens the brackets
    head = doc[bounds[0] - 1]
    if head.ent_type_ in CONVERTIBLE_LABELS:
        return next((e for e in doc.ents if e.start <= head.i < e.end), None)
    return doc[head.i : head.i + 1] if head.like_num else None


def swap_unit(question: str, outer: Span, span: Span) -> str:
    """Ask in the answer's unit: "How many pounds ...?" -> "How many kg ...?"."""
    outer_unit = next((t.text for t in reversed(outer) if not t.like_num and not t.is_punct), None)
    unit = next((t.text for t in reversed(span) if not t.like_num and not t.is_punct), None)
    if outer_unit is None or unit is None:
        return question
    return re.sub(rf"\b{re.escape(outer_unit)}\b", unit, question, count=1)


def _numeric(tok: Token) -> bool:
    """A number or a measure; a code mixing letters and digits ("AS-501") is a name."""
    if any(c.isalpha() for c in tok.text) and any(c.isdigit() for c in tok.text):
        return False
    return tok.like_num or tok.ent_type_ in NUMERIC_ENTS or bool(NUMBERISH.fullmatch(tok.text))


def _datelike(tok: Token) -> bool:
    return tok.is_punct or tok.like_num or tok.ent_type_ == "DATE" or tok.lower_ in DATE_WORDS or tok.text[:1].isdigit()


def _lower_article(doc: Doc, plan: Plan) -> Plan:
    """A sentence-initial "The" is "the" inside the question, unless it begins a title."""
    ids = plan.body or plan.subject
    if ids and doc[ids[0]].text == "The" and doc[ids[0]].ent_type_ not in {"WORK_OF_ART", "ORG"}:
        plan.replace[ids[0]] = "the"
    return plan


def _np_before(head: Token, floor: int) -> int | None:
    """First token of the noun phrase that ends with ``head`` (the word before a bracket)."""
    if head.pos_ not in NP_HEAD_POS or head.is_punct:
        return None
    start = head.i
    doc = head.doc
    while start - 1 >= floor and head.i - start < MAX_ALIAS_NP:
        prev = doc[start - 1]
        # "the French and Indian War": a conjunction between two capitalised words
        joined = prev.pos_ == "CCONJ" and start - 2 >= floor and doc[start - 2].text[:1].isupper()
        if prev.pos_ not in NP_WORD_POS and not joined:
            break
        start -= 1
    if doc[start].pos_ == "PART":
        start += 1
    if start - 1 >= floor and doc[start - 1].tag_ == "PRP$":
        return None  # "its oldest ferry": the phrase needs its owner, which a pronoun does not give
    return start if start <= head.i else None
