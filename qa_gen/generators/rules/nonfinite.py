"""Questions from non-finite clauses, asked as the finite clauses they abbreviate.

A gerund adjunct has the subject of the clause it hangs on, and that clause's tense:
"After founding [the Mongol Empire], he started the Mongol invasions" says that he founded
the Mongol Empire, so it asks "What did Genghis Khan found?" (Heilman & Smith extract such
clauses as sentences of their own before asking). Likewise "Newton had his best season,
while recording [45] total touchdowns" -> "How many total touchdowns did Newton record?",
and "BSkyB charged fees for using [a Sky+ PVR]" -> "What did BSkyB charge fees for using?"
(a gerund after a preposition of the verb lets the wh-word move out of it).

A past participle that opens the sentence is a passive clause about the subject: "Founded
as a fishing cooperative in [1989], the company ..." says the company was founded in 1989:
"When was the company founded as a fishing cooperative?".

An absolute phrase after "with" is a clause with a subject of its own: "... has won a reprieve,
with chairman [Eddie Thompson] calling for an end to speculation" says the chairman is calling
for it: "Which chairman is calling for an end to speculation ...?".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from .clause import counted_noun, find_subject, finite_clause
from .forms import copula, past_clause
from .lexicon import CONTROLLING_MARKS, INFINITIVE_ADJECTIVES, INFINITIVE_MEANS_VERBS, RELATIONAL_GERUNDS, SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


class Controlled(NamedTuple):
    verb: Token  # the gerund
    subject: Token  # the subject it borrows
    tense: str  # the tag whose do-support it takes: VBD, VBZ or VBP


class Participle(NamedTuple):
    verb: Token  # the past participle
    subject: Token  # the subject it borrows
    copula: str  # the form of "be" its passive clause takes: "was", "were", "is", "are"


def controlled_clause(span: Span) -> Controlled | None:
    """The subject-less gerund adjunct (or gerund after a preposition of the verb) whose
    clause holds the answer, the subject it borrows, and the governing clause's tense."""
    verb = next((t for t in span.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.tag_ != "VBG" or verb.lemma_ in RELATIONAL_GERUNDS or not _movable(span):
        return None
    ctrl_verb = verb
    if any(c.dep_ in SUBJECT_DEPS | {"auxpass", "aux"} for c in verb.children):
        return None  # its own subject, or a passive ("being proclaimed"): not a borrowed clause
    first = _first_gerund(verb)
    verb = first if first.dep_ == "advcl" else verb  # not "charged X with defending A and warring with B"
    if verb.dep_ == "acl" and verb.head.dep_ == "nsubj" and verb.head.head.pos_ in {"VERB", "AUX"} and _set_off(verb):
        # "The minister, speaking in [Tavel], said ..." -> "Where did the minister speak?"
        governor = verb.head.head
        tense = _tense(governor, verb.head) if finite_clause(governor) else None
        return None if tense is None else Controlled(ctrl_verb, verb.head, tense)
    if verb.dep_ == "advcl":
        marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
        if marks and marks[0] not in CONTROLLING_MARKS:
            return None
        governor = verb.head
    elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        governor = verb.head.head
    else:
        return None
    if governor.pos_ not in {"VERB", "AUX"} or not finite_clause(governor):
        return None
    subject = find_subject(governor)
    if subject is None or subject.dep_ == "expl" or subject.lower_ in {"it", "this", "that", "which", "who"}:
        return None  # "it was damaged when pointed ...": the gerund's subject is not named
    tense = _tense(governor, subject)
    return None if tense is None else Controlled(ctrl_verb, subject, tense)


def fronted_participle(span: Span) -> Participle | None:
    """The past-participle adjunct opening the sentence whose clause holds the answer
    ("Founded in [1989], the company ...", "Built by [Tavel shipwrights], the ferry ..."), the
    subject it borrows, and the copula of its passive clause. None when the participle has a
    subject, auxiliary or conjunction of its own, or does not stand before the subject."""
    verb = next((t for t in span.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.tag_ != "VBN" or verb.dep_ != "advcl" or not _movable(span):
        return None
    if any(c.dep_ in SUBJECT_DEPS | {"auxpass", "aux", "mark"} for c in verb.children):
        return None
    governor = verb.head
    if governor.pos_ not in {"VERB", "AUX"} or not finite_clause(governor):
        return None
    subject = find_subject(governor)
    if subject is None or subject.dep_ == "expl" or subject.pos_ == "PRON":
        return None  # "Founded in 1989, it ...": the subject is not named
    if verb.right_edge.i >= subject.left_edge.i or verb.left_edge.i != span.sent.start:
        return None  # only an adjunct that opens the sentence is about its subject
    auxes = [c for c in governor.children if c.dep_ in {"aux", "auxpass"}]
    # past with a past or perfect clause ("has grown": founded before), or a date of its own
    # ("Built in 1910, the ferry still sails" -> "was built"); else a state ("Located in X")
    past = any(t.tag_ == "VBD" or t.lemma_ == "have" for t in [*auxes, governor]) or any(
        t.ent_type_ in {"DATE", "TIME"} for t in verb.subtree
    )
    plural = subject.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subject.children)
    return Participle(verb, subject, copula(plural, past))


def _first_gerund(verb: Token) -> Token:
    """The first of coordinated gerunds, or the gerund an adjunct gerund hangs on, which
    borrows the clause's subject for all of them: "..., killing 12 people and [injuring] 40",
    "..., rushing for 636, while [recording] 45 touchdowns"."""
    while verb.head.tag_ == "VBG" and verb.head != verb and (
        verb.dep_ == "conj" or (verb.dep_ == "advcl" and not any(c.dep_ in SUBJECT_DEPS for c in verb.head.children))
    ):
        verb = verb.head
    return verb


def _set_off(verb: Token) -> bool:
    """A participle between commas right after its noun: "The minister, speaking in X, said"
    (or with no comma before the verb that follows it)."""
    doc = verb.doc
    left, right = verb.left_edge.i, verb.right_edge.i
    if right + 1 >= len(doc) or left == 0 or doc[left - 1].text != "," or verb.head.i != left - 2:
        return False
    after = doc[right + 1]
    # the closing comma is often left out before the verb: "The collection, containing X items is ..."
    governor = verb.head.head
    return after.text == "," or after == governor or (after.head == governor and after.dep_ in {"aux", "auxpass"})


def _movable(span: Span) -> bool:
    """The answer is a whole noun phrase that can leave its clause without stranding a
    piece of it: not a modifier ("promoting the [20th] anniversary"), not one item of a list
    ("including [HD channels] and Video On Demand"), no owner or currency sign left behind
    ("remaining ABC's [chairman]", "rising to €[53,423]")."""
    root = span.root
    doc = span.doc
    counted = root.dep_ == "nummod" and root.head.pos_ == "NOUN" and root.head.i > root.i
    if root.pos_ not in {"NOUN", "PROPN", "NUM"} or (root.dep_ not in {"dobj", "pobj"} and not counted):
        return False
    if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children if c not in span):
        return False
    if counted and (root.head.dep_ == "conj" or any(c.dep_ == "conj" for c in root.head.children)):
        return False  # "recording [45] touchdowns, 10 interceptions and a rating of 99.4": one item
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and (before.lower_ in {"the", "a", "an"} or before.tag_ == "PRP$") and before.head == root:
        return True  # the answer's own article leaves with it: "Using the [German vernacular], ..."
    return before is None or not (before.tag_ in {"POS", "PRP$", "$"} or before.lower_ in {"the", "a", "an"})


def _tense(governor: Token, subject: Token) -> str | None:
    """VBD for a past clause, VBZ/VBP (by the subject's number) for a present one; None with
    a modal or a perfect, whose meaning a do-support question would change."""
    auxes = [c for c in governor.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.tag_ == "MD" or a.lemma_ == "have" for a in auxes):
        return None
    tags = [a.tag_ for a in auxes] + [governor.tag_]
    if "VBD" in tags:
        return "VBD"
    plural = subject.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subject.children)
    return "VBP" if plural or subject.lower_ in {"they", "we", "i", "you"} else "VBZ"


def infinitive_answer(span: Span, verb: Token) -> tuple[Span, Token] | None:
    """The answer is the verb phrase of a to-infinitive that complements the clause verb
    ("allows a household to [share recordings]", "had to [punt]", "are often used to [shut
    down host defenses]", "use it to [energize electrons]", "were able to [fund] ..."): it is
    asked "What does the Sky Q Mini allow a household to do?", not "Why does it allow?".
    Returns the phrase without its "to", and the "to"; None for other answers, and after
    "be" ("The duty is [to ensure ...]" is asked "What is the duty?")."""
    root = span.root
    if root.tag_ != "VB" or root.pos_ not in {"VERB", "AUX"} or root == verb:
        return None
    to = next((c for c in root.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or span.start not in {to.i, to.i + 1}:
        return None
    last = max(t.i for t in root.subtree if not t.is_punct)
    subject = {t.i for c in root.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    if span.end <= last or any(t.i < to.i and t.i not in subject for t in root.subtree):
        return None  # only part of the phrase, or words of it before "to"
    head = root.head
    if root.dep_ in {"acl", "relcl"} and _inside_object(head, verb):
        # "use the energy stored in the gradient to [generate sugar]", "hoped to find a
        # company to [relaunch the show]": an infinitive on a noun of the object
        return span.doc[to.i + 1 : span.end], to
    if root.dep_ in {"xcomp", "ccomp"} or (root.dep_ == "advcl" and head.lemma_ in INFINITIVE_MEANS_VERBS):
        direct = head == verb
        # "were able to [fund]", "more likely to [read]": through the predicate adjective
        predicate = head.dep_ in {"acomp", "xcomp"} and head.lower_ in INFINITIVE_ADJECTIVES and head.head == verb
        if (direct or predicate) and verb.lemma_ != "be" or predicate:
            return span.doc[to.i + 1 : span.end], to
    return None


def _inside_object(tok: Token, verb: Token) -> bool:
    """``tok`` is a noun of the verb's object, through prepositions and participles."""
    while tok != verb:
        if tok.dep_ not in {"dobj", "pobj", "prep", "acl", "xcomp"} or tok.head == tok:
            return False
        tok = tok.head
    return True


def absolute_gerund(span: Span, wh: str) -> tuple[Token, str] | None:
    """The gerund of an absolute phrase whose subject is the answer ("with chairman [Eddie
    Thompson] calling for ..."), with the form of "be" the question takes: the main clause's
    tense; singular after "who"/"what", as for any wh-subject, else the subject's number."""
    root = span.root
    gerund = root.head
    if root.dep_ != "nsubj" or gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" or gerund.head.lower_ != "with":
        return None
    if wh in {"how many", "how much"} and counted_noun(span) is None:
        return None  # a count without its noun: "with [100,000] receiving ..." is no "How many is ...?"
    plural = root.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in root.children)
    return gerund, copula(plural and len(wh.split()) > 1, past_clause(gerund.head))
