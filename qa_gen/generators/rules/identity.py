"""Identity questions: a name asked for by the description the passage gives it.

When no clause form reads for a name (it sits in a list, an apposition or a title phrase
that no wh-word can move out of), the passage still says what the name *is*:

- apposition after a description: "the world's most popular half marathon, [the Great
  North Run]" -> "What is the world's most popular half marathon?"; "a Buddhist monastery,
  the [Dongshan Dafo Dian]" -> "What was the name of the Buddhist monastery?";
- a title before a name: "San Francisco mayor [Ed Lee]" -> "Who is the San Francisco mayor?";
- a description after the name: "[Warsaw], the capital of Poland," -> "What is the capital
  of Poland?";
- an organisation in a person's job description: "said Paul Sheard, economist at [Lehman
  Brothers]" -> "Where does Paul Sheard work?".

The description must identify one thing (definite, or made definite as "the name of the
X"); a vague one ("the novelist", "another special") asks nothing a reader could answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clause import inner_hyphen, nominal_head, under_dep
from .forms import Plan, copula, past_clause
from .lexicon import (
    COURTESY_TITLES,
    LIST_COUNTS,
    MAX_DESCRIBED_WORDS,
    MIN_TITLE_WORDS,
    NAMED_THINGS,
    NUMERIC_ENTS,
    PERSON_NOUNS,
    TITLE_DEPS,
    VAGUE_DESCRIPTION_HEADS,
    WORKPLACE_PREPS,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Inside a description these are cut: clauses and appositions that say more than what it is.
_DESC_SKIP = {"relcl", "acl", "appos", "advcl", "conj", "cc", "parataxis"}


def identity_questions(span: Span) -> list[Plan]:
    """Every identity question the parse supports for the answer, best first."""
    plans = [_apposed(span), _titled(span), _described(span), _title_of(span), _workplace(span)]
    return [p for p in plans if p is not None]


def _apposed(span: Span) -> Plan | None:
    """The answer is a name in apposition to a description before it (or the whole list of
    names a counted description announces, which the parser took for more conjuncts: "the
    three largest urban centres, [Nairobi, Mombasa and Kisumu]")."""
    root = span.root
    head = root.head
    if root.dep_ == "conj" and _announced_list(span):
        return _plan(span, head, exclude=root, listed=True)
    if root.dep_ != "appos" or head.i >= span.start or not nominal_head(head) or root.ent_type_ in NUMERIC_ENTS:
        return None
    items = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj" or any(c not in span for c in items):
        return None  # one name of several: the list forms ask it
    plan = _plan(span, head, exclude=root, listed=bool(items))
    if plan is None:
        return None
    gap = span.doc[max(plan.subject) + 1 : span.start]
    if not gap or not gap[0].is_punct or not all(t.is_punct or t in root.subtree for t in gap):
        # the description must end at the comma before the name (the name's own "the" or
        # "so-called" may follow the comma): no misread attachment
        return None
    return plan


def _announced_list(span: Span) -> bool:
    """The answer is every item after a plural noun that counts them: as many names as the
    number says, the noun's only other conjuncts, the list ending where the answer ends."""
    root, head = span.root, span.root.head
    count = next((c for c in head.children if c.dep_ == "nummod"), None)
    if count is None or head.tag_ != "NNS" or head.i >= span.start or count.lower_ not in LIST_COUNTS:
        return False
    items = [root, *(t for t in root.subtree if t.dep_ == "conj" and t != root)]
    if any(t not in span for t in items) or any(c.dep_ == "conj" and c != root for c in head.children):
        return False
    if any(not t.is_punct for t in span.doc[head.i + 1 : span.start]):
        return False  # the names follow the noun at once: "centres, Nairobi, ..."
    # names, or as many common nouns as the count says: "two forms, [orientalism and tropicality]"
    return len(items) == LIST_COUNTS[count.lower_] and all(t.pos_ in {"PROPN", "NOUN"} for t in items)


def _described(span: Span) -> Plan | None:
    """The answer is a name followed by a description in apposition to it."""
    root = span.root
    if root.pos_ != "PROPN" or root.ent_type_ in NUMERIC_ENTS:
        return None
    desc = next((c for c in root.children if c.dep_ == "appos" and c.i >= span.end and c.pos_ == "NOUN"), None)
    if desc is None or any(c.dep_ == "conj" for c in [*root.children, *desc.children]):
        return None  # a list the parser read as an apposition: "the [grey heron], the osprey, the crane, ..."
    return _plan(span, desc, exclude=None)


def _titled(span: Span) -> Plan | None:
    """The answer is a name after a title of two or more words: "Oracle founder X"."""
    root = span.root
    doc = span.doc
    if root.pos_ != "PROPN" or root.ent_type_ != "PERSON":
        return None
    mods = [t for t in root.children if t.i < span.start and t.dep_ in {"compound", "amod", "nmod"}]
    if not mods:
        return None
    start = min(t.left_edge.i for t in mods)
    words = [t for t in doc[start : span.start] if t.dep_ != "det"]
    while words and words[-1].lower_ in COURTESY_TITLES:
        words.pop()  # "chairman Mr [Greenspan]": the courtesy title is no part of the description
    if any(t.is_punct or t.pos_ in {"VERB", "PRON", "AUX"} or t.dep_ in {"poss", "case"} for t in words):
        return None
    if not any(t.pos_ == "NOUN" and t.is_lower for t in words) or len(words) < MIN_TITLE_WORDS:
        return None  # "novelist X" is too vague to identify X; "Pulitzer Prize-winning novelist X" is not
    ids = [t.i for t in words]
    return Plan(
        wh="who",
        qtype="who",
        body=[],
        front_aux=copula(False, past_clause(root)) + " the",
        subject=ids,
        score=0.5,
    )


def _title_of(span: Span) -> Plan | None:
    """The answer is the title before a person's name: "[Sociologist] Jake Rosenfield asserts
    ..." -> "Who is Jake Rosenfield?"; "[historians] Ronald Robinson and John Gallagher" ->
    "Who were Ronald Robinson and John Gallagher?"."""
    doc = span.doc
    name = span.root.head
    if span.root.dep_ not in TITLE_DEPS or name.ent_type_ != "PERSON" or name.pos_ != "PROPN" or name.i < span.end:
        return None
    if not any(t.pos_ in {"NOUN", "ADJ"} or (t.pos_ == "PROPN" and t.is_sent_start) for t in span):
        return None  # a title has a common noun ("kicker", "IPCC chairman")
    if any(doc[i].pos_ != "PROPN" or doc[i].dep_ not in {"compound", "flat"} for i in range(span.end, name.i)):
        return None  # the name follows the title at once
    ids = list(range(span.end, name.i + 1))
    if len(ids) < 2 or name.tag_ != "NNP":
        return None  # a person's name has a given name and a surname: not "Cyanophora", "Committees"
    conj = [c for c in name.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"]
    for other in conj[:1]:  # "Ronald Robinson and John Gallagher"
        cc = [c.i for c in name.children if c.dep_ == "cc" and name.i < c.i < other.i]
        ids += cc + [t.i for t in other.subtree if t.dep_ in {"compound", "flat"} or t == other]
    return Plan(
        wh="who", qtype="who", body=[], front_aux=copula(bool(conj), past_clause(name)), subject=sorted(ids), score=0.5
    )


def _plan(span: Span, desc: Token, exclude: Token | None, listed: bool = False) -> Plan | None:
    """ "What is DESC?" for the description headed by ``desc`` (without ``exclude``); with
    ``listed``, the answer is the whole list a counted description names ("three sites: X, Y
    and Z" -> "What are the three sites?")."""
    doc = span.doc
    if desc.lemma_.lower() in VAGUE_DESCRIPTION_HEADS:
        return None
    answer = set(range(span.start, span.end))
    if not listed and not _named(span):
        return None  # "the companion figure, [a human]": a description, not a name
    ids = [
        t.i
        for t in desc.subtree
        if t.i not in answer
        and (not t.is_punct or t.tag_ == "POS" or inner_hyphen(t))
        and not under_dep(t, desc, _DESC_SKIP)
        and (exclude is None or t not in exclude.subtree)
    ]
    if len(ids) < 2 or len(ids) > MAX_DESCRIBED_WORDS or any(_clausal(doc[i]) for i in ids):
        return None
    if any(doc[i].text == "," for i in range(ids[0], ids[-1])):
        return None  # a comma inside is two phrases the parser joined: "his superior, pointed Dan's mind"
    first = doc[ids[0]]
    plural = desc.tag_ in {"NNS", "NNPS"}
    counted = any(c.dep_ == "nummod" for c in desc.children)
    if plural != listed or (listed and not counted):
        return None  # "three sites: X, ..." describes the whole list, not one of its items
    definite = first.lower_ in {"the", "this", "that", "these", "those"} or any(c.dep_ == "poss" for c in desc.children)
    prefix = ""
    if listed and not definite:  # "three manuscripts, X, Y and Z" -> "the three manuscripts"
        definite, prefix = True, " the"
    if not definite:
        if first.lower_ not in {"a", "an", "another", "one"}:
            return None
        ids = ids[1:]  # "a Buddhist monastery, X" -> "the name of the Buddhist monastery"
        prefix = " the name of the"
        if not ids:
            return None
    person = _person(span, desc)
    if person and prefix:
        if prefix != " the name of the" or desc.lemma_.lower() in PERSON_NOUNS:
            return None  # "the name of the engineer" asks for a person by an odd route
        person = False  # "a Buddhist monastery, [X]" names a monastery, whatever the tagger says of X
    plan = Plan(
        wh="who" if person else "what",
        qtype="who" if person else "what",
        body=[],
        front_aux=copula(plural, past_clause(desc)) + prefix,
        subject=ids,
        score=0.5,
    )
    if doc[ids[0]].lower_ == "the":
        plan.replace[ids[0]] = "the"  # "The American Football Conference champion" opened the sentence
    return plan


def _clausal(tok: Token) -> bool:
    """A verb that makes the description a clause (a participle modifier does not)."""
    return tok.pos_ in {"VERB", "AUX"} and tok.dep_ != "amod"


def _named(span: Span) -> bool:
    """The answer is a name: a proper noun or a named thing, or what the passage calls a name
    ("the so-called [Zwickau prophets]")."""
    root = span.root
    if root.pos_ == "PROPN" or root.ent_type_ in NAMED_THINGS | {"PERSON"}:
        return True
    called = any(t.lower_ == "called" and t.i < span.start for t in root.lefts)
    return called and any(t.pos_ == "PROPN" or t.ent_type_ for t in span)


def _person(span: Span, desc: Token) -> bool:
    return span.root.ent_type_ == "PERSON" or desc.lemma_.lower() in PERSON_NOUNS


def _workplace(span: Span) -> Plan | None:
    """The answer is the organisation in a person's apposed job ("Rick Egelton, deputy chief
    economist at [BMO Financial Group]", "Robert Sinche, head of currency strategy at [Bank of
    America]"): the passage says where that person works."""
    root = span.root
    if root.ent_type_ != "ORG" or root.dep_ != "pobj" or root.head.lower_ not in WORKPLACE_PREPS:
        return None
    role = root.head.head
    if role.dep_ == "pobj" and role.head.lower_ == "of":  # "head of [currency strategy] at X"
        role = role.head.head
    person = role.head
    if role.dep_ != "appos" or role.pos_ != "NOUN" or not role.is_lower or person.ent_type_ != "PERSON":
        return None
    if person.i > role.i or any(t.i >= span.end for t in span.doc[person.i : role.i]):
        return None
    first = min([c.left_edge.i for c in person.lefts if c.dep_ == "compound"] + [person.i])
    name = list(range(first, person.i + 1))  # "Frank-Juergen Weise", with its hyphen
    return Plan(wh="where", qtype="where", body=[], subject=name, front_aux="does", tail=["work"], score=0.7)
