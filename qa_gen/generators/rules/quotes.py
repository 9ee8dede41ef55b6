"""Asking who spoke a direct quotation, quoting it.

News attributes quotations after the fact: '"It's painting a picture of a recovery much
patchier than previously thought," said Paul Sheard, economist at Lehman Brothers.' The
quotation is the speaker's own words, so its "it", "we" and "our" are the speaker's and cannot
be resolved or restated without changing what was said; the indirect form the other rules
build has to drop such a quotation and is left with "Who said?". Quoted verbatim, the question
asks exactly what the passage answers: 'Who said, "It's painting a picture of a recovery much
patchier than previously thought"?'. Only short quotations qualify: a long one would copy the
passage.

A report can also stand inside what it reports, set off by commas: "The market, former minister
Michael Heseltine once said, has no morality." The parser hangs the say-verb on the reported
clause as an aside; the question puts the clause back after the verb: "Who once said the market
has no morality?".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clause import find_subject, simplify
from .lexicon import ADDRESSEE_VERBS, CLOSING_QUOTES, OPENING_QUOTES, SAY_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

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
    if doc[start].text in OPENING_QUOTES and start + 1 < end:
        start += 1  # the parser hung the opening quotation mark on the quotation's verb
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


def with_parenthetical_content(verb: Token, span: Span, keep: list[int]) -> list[int]:
    """``keep`` (the words of the say-verb ``verb``'s clause) followed by the clause the report
    stands inside, between commas, when there is one ("The market, [X] once said, has no
    morality" -> "X once said" + "the market has no morality"); else ``keep`` as it is."""
    host = verb.head
    if verb.dep_ != "parataxis" or verb.lemma_ not in SAY_VERBS or host.pos_ not in {"VERB", "AUX"}:
        return keep
    if any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in verb.children):
        return keep  # the report has a content of its own
    doc = verb.doc
    first, last = verb.left_edge.i, verb.right_edge.i
    # the commas that set the report off, whichever the parser hung on it
    first += doc[first].text == ","
    last -= doc[last].text == ","
    set_off = first > 0 and doc[first - 1].text == "," and last + 1 < len(doc) and doc[last + 1].text == ","
    if not set_off or not host.left_edge.i < first - 1 or not last + 1 < host.right_edge.i:
        return keep
    aside = set(range(first - 1, last + 2))  # the report with its commas
    content = [i for i in simplify(host, span, find_subject(host)) if i not in aside]
    return [i for i in keep if i not in {first - 1, last + 1}] + content
