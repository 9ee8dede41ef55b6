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

from typing import TYPE_CHECKING

from ..base import Generated, register
from .clause import argument_of, clause_verb, find_subject, frontable, modifier_np, simplify, span_covers, titled
from .forms import (
    Plan,
    alias_question,
    bracketed,
    fronted_question,
    in_situ_question,
    subject_question,
    verb_phrase_question,
)
from .lexicon import SUBJECT_DEPS, VERSION
from .surface import realize
from .wh import wh_phrase

__all__ = ["VERSION", "RulesGenerator", "build_question"]

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from ...answers import AnswerCandidate


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
    alias = alias_question(span)
    said = _say(span, alias, "what") if alias is not None else None
    if said is not None:
        return said
    if bracketed(span):
        return Generated(None, reason="unsupported_answer", detail="the answer is inside brackets")
    span = titled(span)
    vp = verb_phrase_question(span)
    said = _say(span, vp, "what do") if vp is not None else None
    if said is not None:
        return said
    verb = clause_verb(span)
    if verb is None:
        return Generated(None, reason="unsupported_answer", detail="no verbal clause governs the answer")
    subj = find_subject(verb)
    modified = modifier_np(span)
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
        said = _say(span, plan, qtype)
        if said is None:
            last = last or Generated(None, reason="unresolved_pronoun", detail="a pronoun has no antecedent")
            continue
        return said
    return last or Generated(None, reason="no_question_generated")


def _say(span: Span, plan: Plan, qtype: str) -> Generated | None:
    """Realise a plan (the answer never serving as a pronoun's antecedent); None if a pronoun
    would be left unresolved."""
    plan.avoid = range(span.start, span.end)
    question = realize(span.doc, plan)
    return None if question is None else Generated(question, question_type=qtype, score=plan.score)
