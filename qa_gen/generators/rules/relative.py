"""Questions from the relative clause that describes the answer.

A non-restrictive relative clause is a sentence of its own about its antecedent (Heilman &
Smith extract such clauses before asking): "Bruno Mars, who headlined the Super Bowl XLVIII
halftime show, and Mark Ronson also performed" says that Bruno Mars headlined the show, so
for the answer "Bruno Mars" it asks "Who headlined the Super Bowl XLVIII halftime show?",
where the main clause alone leaves only "Who performed?". The relative pronoun is already
the clause's wh-word; it only takes the answer's wh-form and inversion ("after whom the
pathogen was named" -> "After whom was the pathogen named Yersinia pestis?"). A reduced
passive relative ("the engine, invented by Thomas Newcomen around 1712") gets the copula
it abbreviates: "What was invented by Thomas Newcomen around 1712?".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from .clause import find_subject, finite_clause
from .lexicon import FINITE_TAGS, PERSON_NOUNS, SAY_VERBS, SPEAKING_BODIES, SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Relative pronouns that stand for the antecedent itself; "where"/"when"/"whose" stand for
# a place, a time or an owner, and a question about them would not ask for the answer.
RELATIVE_PRONOUNS = {"who", "whom", "which", "that"}
# A reduced relative needs at least this many words after its participle to say something
# a reader could check ("the engine, invented" alone asks nothing).
MIN_PARTICIPLE_WORDS = 2


class Relative(NamedTuple):
    clause: Token  # the relative clause's verb
    pronoun: Token | None  # the relative pronoun (None: a reduced passive participle)
    wh: str  # "who" or "what"


def describing_clauses(span: Span) -> Iterator[Relative]:
    """The relative clauses after the answer whose antecedent is the answer itself."""
    root = span.root
    if root.pos_ not in {"NOUN", "PROPN"} or any(t.pos_ in {"VERB", "AUX"} for t in span):
        return
    if root.dep_ == "conj":
        return  # "the Toyota Hilux and the Datsun Truck, followed by ...": about the list
    person = root.ent_type_ == "PERSON" or root.lemma_.lower() in PERSON_NOUNS
    items = [c.i for c in root.children if c.dep_ == "conj"]
    for child in root.children:
        if child.i < span.end or child.dep_ not in {"relcl", "acl"} or _bracketed(child):
            continue
        if items and child.i > items[0]:
            continue  # after the list's next item: it may describe the whole list
        if child.dep_ == "relcl":
            pronoun = _pronoun(child)
            if pronoun is None or not finite_clause(child):
                continue
            if pronoun.lower_ != "that" and (pronoun.lower_ in {"who", "whom"}) != person:
                continue  # "the planet Gallifrey, who goes by ...": hung on the wrong noun
            # "the Association, which said ...": a body that says something is "who"
            body = root.ent_type_ == "ORG" or root.lemma_.lower() in SPEAKING_BODIES
            speaker = child.lemma_ in SAY_VERBS and body
            yield Relative(child, pronoun, "who" if person or speaker else "what")
        elif _reduced_passive(child):
            yield Relative(child, None, "who" if person else "what")


def _bracketed(clause: Token) -> bool:
    """A relative clause in brackets ("the block (which promotions said stood for ...)")
    is an aside the parse rarely gets right."""
    first = clause.left_edge
    return first.i > 0 and first.nbor(-1).text in {"(", "["}


def _pronoun(clause: Token) -> Token | None:
    """The clause's relative pronoun: its subject, object, or the object of a preposition
    that opens it ("after whom")."""
    for tok in clause.subtree:
        if tok.i > clause.i:
            break
        if tok.lower_ in RELATIVE_PRONOUNS and tok.tag_ in {"WDT", "WP"}:
            owner = tok.head.head if tok.dep_ == "pobj" else tok.head
            return tok if owner == clause else None
    return None


def _reduced_passive(acl: Token) -> bool:
    """A past participle with no subject of its own and something after it: "invented by
    Thomas Newcomen around 1712"."""
    if acl.tag_ != "VBN" or any(c.dep_ in SUBJECT_DEPS | {"aux", "auxpass"} for c in acl.children):
        return False
    if any(t.tag_ in FINITE_TAGS for t in acl.subtree):
        return False  # "vessels used to store oxygen will act as a fuel": the parse took in the main verb
    return len([t for t in acl.subtree if t.i > acl.i and not t.is_punct]) >= MIN_PARTICIPLE_WORDS


def copula_for(antecedent: Token) -> str:
    """The copula a reduced passive abbreviates: the governing clause's tense, the
    antecedent's number."""
    governor = next((t for t in antecedent.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    plural = antecedent.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in antecedent.children)
    present = governor is not None and governor.tag_ in {"VBZ", "VBP"} and find_subject(governor) is not None
    if present:
        return "are" if plural else "is"
    return "were" if plural else "was"
