"""Asking who spoke a direct quotation, quoting it.

News attributes quotations after the fact: '"It's painting a picture of a recovery much
patchier than previously thought," said Paul Sheard, economist at Lehman Brothers.' The
quotation is the speaker's own words, so its "it", "we" and "our" are the speaker's and cannot
be resolved or restated without changing what was said; the indirect form the other rules
build has to drop such a quotation and is left with "Who said?". Quoted verbatim, the question
asks exactly what the passage answers: 'Who said, "It's painting a picture of a recovery much
patchier than previously thought"?'. Only short quotations qualify: a long one would copy the
passage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import ADDRESSEE_VERBS, CLOSING_QUOTES, OPENING_QUOTES, SAY_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

# A quotation longer than this (words) is not repeated in a question: it would copy the passage
# (the validator rejects 20 copied words in a row; the wh-word and verb come on top).
MAX_QUOTE_WORDS = 15


def quoted_question(verb: Token, wh: str) -> str | None:
    """ "Who said, "..."?" for the quotation the say-verb ``verb`` reports, when the quotation
    is all of its complement, in quotation marks, and short."""
    if verb.lemma_ not in SAY_VERBS or verb.lemma_ in ADDRESSEE_VERBS:
        return None
    comp = next((c for c in verb.children if c.dep_ in {"ccomp", "parataxis"} and c.i < verb.i), None)
    if comp is None:
        return None
    doc = verb.doc
    start, end = comp.left_edge.i, comp.right_edge.i + 1
    if start == 0 or doc[start - 1].text not in OPENING_QUOTES - {"'", "\u2018"}:
        return None
    close = next((i for i in range(end, min(end + 3, verb.i)) if doc[i].text in CLOSING_QUOTES), None)
    if close is None:
        return None
    words = doc[start:close]
    text = words.text.rstrip(" ,.;:")
    if not text or len(text.split()) > MAX_QUOTE_WORDS or any(t.text in CLOSING_QUOTES for t in words):
        return None
    return f'{wh[:1].upper()}{wh[1:]} {verb.text.lower()}, "{text}"?'
