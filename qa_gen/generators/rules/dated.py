"""A year that dates a named thing: "the [1992] Maastricht Treaty", "the British Nationality
Act [1981]", "the [1996] telefilm". No clause says what happened in that year, but the noun
does: a treaty is signed, an act passed, a film released. So the year is asked by the event
its noun implies: "When was the Maastricht Treaty signed?" (SQuAD's writers ask exactly that);
a noun that is itself an event happened then: "the [2004] tsunami" -> "When did the tsunami
happen?". Nouns whose event is not known (DATED_NOUNS, HAPPENING_NOUNS) ask nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .forms import Plan, copula
from .lexicon import DATED_NOUNS, HAPPENING_NOUNS, YEAR

if TYPE_CHECKING:
    from spacy.tokens import Span

# How a year hangs on the noun it dates: before it ("the 1992 treaty") or after it ("Act 1981").
_YEAR_DEPS = {"nummod", "compound", "nmod", "amod", "appos", "npadvmod"}
# Words of the noun phrase that name the thing; others (a relative clause, a list) stay out.
_NAME_DEPS = {"det", "compound", "amod", "nmod", "poss", "case", "punct"}
# Adjectives that make a dated report one of a period ("the [2004] annual report"): the year is
# the period's, and when it was published the passage does not say.
PERIOD_ADJECTIVES = {"financial", "annual", "quarterly", "fiscal", "interim", "yearly"}


def dated_question(span: Span) -> Plan | None:
    """ "When was the Maastricht Treaty signed?" for the year in "the [1992] Maastricht Treaty"."""
    root = span.root
    if len(span) != 1 or not YEAR.fullmatch(span.text) or root.dep_ not in _YEAR_DEPS:
        return None
    noun = root.head
    while noun.dep_ == "compound" and noun.head.i > noun.i:  # "the [1996] harbour storm": the year dates the storm
        noun = noun.head
    event = DATED_NOUNS.get(noun.lower_) or DATED_NOUNS.get(noun.lemma_.lower())
    happening = noun.lower_ in HAPPENING_NOUNS
    if happening:
        event = "happen"
    if event is None or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    doc = span.doc
    words = [t for t in doc[noun.left_edge.i : noun.i + 1] if t.i != root.i]
    if any(t.dep_ not in _NAME_DEPS and t != noun for t in words) or any(t.is_punct and t.tag_ != "POS" for t in words):
        return None  # more than a name before the noun: "the treaty, signed in ..."
    if any(t.lower_ in PERIOD_ADJECTIVES for t in words):
        return None  # "its [2004] financial reports": the year they cover, not the year they came out
    if any(c.dep_ == "conj" for c in noun.children):
        return None  # one of a list of things: "the 1986 Act and the 1992 Treaty"
    plural = noun.tag_ in {"NNS", "NNPS"}
    definite = bool(words) and (words[0].lower_ == "the" or words[0].dep_ == "poss")
    aux = ("did" if happening else copula(plural, True)) + ("" if definite else " the")
    plan = Plan(wh="when", qtype="what year", body=[], front_aux=aux, subject=[t.i for t in words], score=0.6)
    plan.tail = [event]
    if words and words[0].lower_ == "the":
        plan.replace[words[0].i] = "the"
    return plan
