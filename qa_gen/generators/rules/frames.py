"""Questions that keep the frame of a belief or a claim.

"Tesla mistakenly believed that [X-rays] were longitudinal waves": dropping the frame asks
"What were X-rays?" as if the passage said so, and the passage only says what Tesla thought.
A person asking keeps the frame and moves the wh-phrase out of the clause: "What did Tesla
believe X-rays were?", "Who did Dan Orr claim had leaked the plan?", "What percentage does
Tavel Bank believe fares will fall to?". SQuAD's writers ask so too ("What did Tesla
mistakenly believe X-rays were?"). Verbs that only report (``say``, ``tell``, ``announce``)
keep the convention of dropping the frame: what a source reports is the passage's news.

The clause keeps the words the question without the frame would keep: its in-situ form ("X-rays
were what?") gives them in their own order, the wh-phrase goes to the front, and the frame's
subject and verb, with do-support, come between ("What did Tesla believe X-rays were?").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..base import Generated
from .clause import find_subject, under_dep
from .forms import Plan, invert
from .lexicon import BELIEF_FRAMES, NP_DROP_DEPS, SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# A frame whose subject needs more words than this (after its asides go) makes the question
# too long to read; the question then goes without the frame, as before.
MAX_FRAME_SUBJECT_WORDS = 5
# Prepositions that open an example or a contrast ("a firm, [like] Gazprom"), out of which a
# wh-phrase cannot be moved.
EXAMPLE_PREPS = {"like", "including", "such", "unlike"}
# Relations on the way from the answer up to the clause's verb that a wh-phrase cannot be moved
# out of: the subject, an item of a list, an adverbial or relative clause, a description. (A
# participle after a noun lets one out: "reduced to refugia separated by [open forest]".)
ISLAND_DEPS = {"nsubj", "nsubjpass", "csubj", "conj", "advcl", "relcl", "appos", "parataxis"}


def belief_frame(verb: Token) -> Token | None:
    """The verb of belief or claim whose clause ``verb`` heads ("[believed] that X-rays were"),
    when it is affirmed and active and has a subject of its own; else None."""
    frame = verb.head
    if verb.dep_ != "ccomp" or frame.i > verb.i or frame.lemma_.lower() not in BELIEF_FRAMES:
        return None
    if any(c.dep_ in {"neg", "auxpass"} for c in frame.children):
        return None  # "does not believe" denies; "it is believed" has no believer
    subj = find_subject(frame)
    if subj is None or subj.dep_ == "expl" or subj.lower_ == "it" or subj.head != frame:
        return None
    return frame


def _island(span: Span, verb: Token) -> bool:
    """The answer sits where English cannot move a wh-phrase out of: inside the clause's
    subject ("a population density of [0.2] inhabitants is the maximum": no "How many did X
    claim a population density of is the maximum?"), a list ("no longer the chosen people but
    [the devil's people]"), or a clause or description inside the clause. The subject itself
    moves ("Who did X claim had leaked ...?")."""
    node = span.root
    if span.end < len(span.doc) and span.doc[span.end].tag_ == "POS":
        return True  # an owner: no "What does Qwest reckon its offer will face less scrutiny than's?"
    if node.dep_ == "nummod" and node.head.dep_ in SUBJECT_DEPS:
        node = node.head  # "[40,000] people had registered": "how many people" moves whole
    if node.head == verb and node.dep_ in SUBJECT_DEPS:
        return False
    while node != verb and node.head != node:
        if node.dep_ in ISLAND_DEPS or any(c.dep_ == "cc" for c in node.head.children if c.i < node.i):
            return True
        if node.dep_ == "prep" and node.lower_ in EXAMPLE_PREPS:
            return True  # "bought up by a firm, like [Gazprom]": an example, not a complement
        node = node.head
    return False


def framed_question(inner: Plan | Generated, frame: Token, verb: Token, span: Span) -> Plan | None:
    """The question about ``verb``'s clause (``inner``: its subject question, "Who had leaked
    the plan?", or its in-situ one, "X-rays were what?", both in the clause's own order) with
    the wh-phrase fronted and the belief frame said before the clause ("What did Tesla believe
    X-rays were?"); ``frame`` is ``belief_frame(verb)``. None when there is no such question,
    the answer sits in an island, or the frame's subject is too long."""
    declarative = isinstance(inner, Plan) and inner.front_aux is None and not inner.subject
    if not isinstance(inner, Plan) or not declarative or _island(span, verb):
        return None
    subj = find_subject(frame)
    if subj is None:
        return None
    subject = [t.i for t in subj.subtree if not under_dep(t, subj, NP_DROP_DEPS) and not t.is_punct]
    if len(subject) > MAX_FRAME_SUBJECT_WORDS:
        return None
    doc = verb.doc
    auxes = [c.i for c in frame.children if c.dep_ == "aux" and c.i < frame.i]
    adverbs = [c.i for c in frame.children if c.dep_ == "advmod" and subj.i < c.i < frame.i]  # "mistakenly"
    clause = [i for i in inner.body if not (doc[i].dep_ == "mark" and doc[i].head == verb)]  # no "that"
    plan = Plan(wh=inner.wh, qtype=inner.qtype, subject=subject, body=[*auxes, *adverbs, frame.i, *clause])
    plan.replace.update(inner.replace)
    if not invert(doc, frame, plan):
        return None
    return plan
