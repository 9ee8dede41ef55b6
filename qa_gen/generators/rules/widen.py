"""Asking about a wider phrase than the answer when no form reads for the answer alone.

Two widenings, each a way people ask about a part of a phrase:

- one item of a list is asked about as the whole list, with the other items named
  ("Germany built an empire in Africa and [the South Pacific]" -> "Besides Africa, where
  else did Germany build an empire?");
- a place or a date deep inside an adverbial phrase of the verb is asked about as that whole
  phrase ("settled in the area of present-day [Charleston]" -> "Where did many Huguenots
  settle?"): the answer is the place the phrase names;
- the action of a purpose phrase is asked about as that whole phrase ("raised fees in order
  to [pay for the pier]" -> "Why did the board raise fees?"): the answer is the purpose.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .clause import join_tokens, listed_apposition
from .lexicon import (
    AGED,
    AUX_WORDS,
    DATE_PART_DEPS,
    DESCRIBING_VERBS,
    EXAMPLE_PREPS,
    LIST_ITEM_POS,
    LIST_WH_OTHER,
    LOCATIVE_PREPS,
    MAX_BESIDES_WORDS,
    MAX_LIST_ITEMS,
    MEASURE_NOUNS,
    MONTHS,
    NAMING_VERBS,
    NEAR_PREPS,
    PHRASE_PATH_DEPS,
    PLACE_ENTS,
    PURPOSE_NOUNS,
    PURPOSE_PREPS,
    RANK_NOUNS,
    TIME_ENTS,
    TIME_PREPS,
    TITLE_DEPS,
    VAGUE_QUANTITIES,
    WH_WORDS,
    YEAR,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def list_head(tok: Token) -> Token:
    """The first item of the list ``tok`` is an item of (``tok`` itself when it is no later item)."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok


def coordination(span: Span) -> tuple[Span, list[str]] | None:
    """The whole list the answer is one or more items of, and the other items' text; None
    when the answer is not a list item, is the whole list, or the list is too long to name."""
    doc = span.doc
    head = list_head(span.root)
    if listed_apposition(head):
        head = head.head
    items = [head] + [t for t in head.subtree if (t.dep_ == "conj" or listed_apposition(t)) and _chain(t, head)]
    if len(items) < 2 or len(items) > MAX_LIST_ITEMS:
        return None
    if any(t.pos_ not in LIST_ITEM_POS for t in items):
        return None  # a list of things, not of qualities ("unskilled and [incapable of teaching]")
    if any(t.dep_ == "cc" and t.lower_ != "and" for i in items for t in i.children):
        return None  # "Temür Khan, or [Emperor Chengzong]": "or" gives another name, not another item
    answer = set(range(span.start, span.end))
    others: list[str] = []
    for item in items:
        ids = _item_ids(item)
        if not ids:
            return None
        if ids & answer:
            title = {t.i for c in span.root.lefts if c.dep_ in TITLE_DEPS and c.i < span.start for t in c.subtree}
            if not ids <= answer | title | {i for i in ids if doc[i].is_punct}:
                return None  # the answer is only part of an item ("mathematician [X]" is all of one)
            continue
        words = [doc[i] for i in sorted(ids) if doc[i].lower_ not in {"both", "either", "neither"}]
        if any(t.is_punct for t in words):
            return None  # quotation marks or commas inside an item: it does not read as a name
        others.append(join_tokens(words, lower_initial=True))
    if not others or len(others) == len(items):
        return None
    if any(t.dep_ == "cc" for t in span):
        # the answer holds the list's conjunction: "two forms, [orientalism and tropicality]"
        # is a description and its parts misread as one list
        return None
    start = min(min(_item_ids(t)) for t in items)
    end = max(max(_item_ids(t)) for t in items) + 1
    if start > span.start or end < span.end:
        return None
    return doc[start:end], others


def exemplified(whole: Span) -> tuple[Span, str] | None:
    """The noun a list gives examples of ("sponsors such as Apple, [Gap] and Chevron",
    "local sponsors including ..."): the noun's phrase with the list, and "which" + the noun
    ("which local sponsors"), which asks for one example as people ask for it."""
    head = list_head(whole.root)
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in EXAMPLE_PREPS:
        return None
    doc = whole.doc
    if prep.lower_ == "as" and (prep.i == 0 or doc[prep.i - 1].lower_ != "such"):
        return None
    noun = prep.head
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.i > prep.i:
        return None
    count = {x.i for c in noun.children if c.dep_ == "nummod" for x in c.subtree}  # "more than 70"
    words = [
        t
        for t in doc[noun.left_edge.i : noun.i + 1]
        if t.dep_ not in {"det", "poss", "case"}
        and t.i not in count  # "more than 70 pioneers" -> "which pioneers"
        and t.lower_ not in VAGUE_QUANTITIES  # "several museums" -> "which museums"
    ]
    if any(t.is_punct or t.pos_ in {"VERB", "PRON"} for t in words):
        return None
    return doc[noun.left_edge.i : whole.end], "which " + join_tokens(words, lower_initial=True)


def counted_item(span: Span) -> tuple[Span, str] | None:
    """The count of one item in a list of counted things ("threw for 1,967 yards, [10]
    touchdowns and six interceptions"): the whole list and "how many touchdowns", when no
    other item counts the same noun."""
    root = span.root
    noun = root.head
    doc = span.doc
    if root.dep_ != "nummod" or noun.pos_ != "NOUN" or noun.i < span.end or not root.like_num:
        return None
    if noun.dep_ != "conj" and not any(c.dep_ == "conj" for c in noun.children):
        return None
    item = sorted(_item_ids(noun))
    listed = coordination(doc[item[0] : item[-1] + 1])
    if listed is None:
        return None
    words = [doc[i] for i in range(span.end, noun.i + 1) if not doc[i].is_punct]
    of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i]
    if of:  # "70,000 works of art" -> "how many works of art"
        words += list(of[0].subtree)
    if any(noun.lemma_.lower() in other.lower() or noun.lower_ in other.lower() for other in listed[1]):
        return None  # "six wins and four wins" would not pick one
    return listed[0], "how many " + join_tokens(words)


def _chain(tok: Token, head: Token) -> bool:
    """``tok`` is a list item of ``head``: linked to it through conjuncts only."""
    while tok != head:
        if tok.dep_ != "conj" and not listed_apposition(tok):
            return False
        tok = tok.head
    return True


def _item_ids(item: Token) -> set[int]:
    """An item's own tokens: its subtree without the items, conjunctions and commas after it."""
    skip: set[int] = set()
    for c in item.children:
        if c.dep_ in {"conj", "cc", "preconj"} or (c.is_punct and c.i > item.i) or listed_apposition(c):
            skip |= {t.i for t in c.subtree}
    ids = {t.i for t in item.subtree if t.i not in skip}
    while ids and item.doc[max(ids)].is_punct:
        ids.discard(max(ids))
    return ids


def besides(question: str, others: list[str], *, bare: bool = False) -> str | None:
    """ "Where did Germany build an empire?" + ["Africa"] -> "Besides Africa, where else did
    Germany build an empire?"; None when the question does not open with a wh-phrase that
    takes "other" or "else". ``bare``: the wh-word has no noun ("What banned sailing?" ->
    "what else banned", not "what other banned")."""
    named = others[0] if len(others) == 1 else ", ".join(others[:-1]) + " and " + others[-1]
    if len(named.split()) > MAX_BESIDES_WORDS:
        return None
    words = question.split()
    at = next((n for n, w in enumerate(words[:3]) if w.lower() in WH_WORDS), None)
    if at is None:
        return None
    wh = words[at].lower()
    if wh not in LIST_WH_OTHER or at + 1 >= len(words):
        return None
    nxt = words[at + 1].lower()
    # "what" alone asks "what else"; with a noun, "what other team"
    words.insert(at + 1, "else" if wh == "what" and (bare or nxt in AUX_WORDS) else LIST_WH_OTHER[wh])
    rest = " ".join(words)
    if not re.match(r"[A-Z][a-z]", rest) or words[0].isupper():
        return None
    return f"Besides {named}, {rest[0].lower()}{rest[1:]}"


def enclosing_adverbial(span: Span, verb: Token) -> tuple[Span, str] | None:
    """A place (or date) inside a prepositional phrase of ``verb`` that is more than the
    place itself ("in the area of present-day Charleston"): the whole phrase, and "where"
    (or "when")."""
    label = span.root.ent_type_
    if label in PLACE_ENTS:
        wh, preps = "where", LOCATIVE_PREPS | NEAR_PREPS
    elif label in TIME_ENTS and _calendar(span):
        wh, preps = "when", TIME_PREPS
    else:
        return None
    tok = span.root
    while tok.head != verb and tok.head != tok:
        if tok.dep_ not in PHRASE_PATH_DEPS:
            return None  # a clause, list or apposition between: "to three sites: X, [Y]"
        tok = tok.head
        if wh == "where" and tok.dep_ == "prep" and tok.head != verb and tok.lower_ not in preps | {"of"}:
            # "play in the doubles [against] Israel": the place is no site of the phrase
            # ("Where will Dan Orr play?"), but "in the area [of] Charleston", "at the port [near] X"
            return None
    if tok.head != verb or tok.dep_ != "prep" or tok.lower_ not in preps or tok.i > span.start:
        return None
    if span.root.head == tok:
        return None  # the place is the phrase's own object: the direct forms ask it
    doc = span.doc
    end = tok.right_edge.i + 1
    while end > tok.i + 1 and doc[end - 1].pos_ == "PUNCT":
        end -= 1
    return doc[tok.i : end], wh


def enclosing_date(span: Span, verb: Token) -> Span | None:
    """A year that is only part of the date the verb is dated by ("On 11 July [1934], the
    Tribune published ...", "met him late [1886]"): the whole date phrase, with its
    preposition, to be asked as "what year". Asked for the year alone, the day, month or
    "late" would be left behind and misplaced ("What year did the Tribune on 11 July
    publish ...?")."""
    root = span.root
    if len(span) != 1 or not YEAR.fullmatch(root.text) or root.ent_type_ != "DATE":
        return None
    head = root.head if root.dep_ in DATE_PART_DEPS else root
    if head is not root and not (head.lower_ in MONTHS or head.like_num):
        return None
    date = [t for t in head.subtree if not t.is_punct]
    if len(date) < 2 or any(t.ent_type_ != "DATE" for t in date):
        return None  # the year alone, or a date with more than a date in it ("the end of the 1993 season")
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head == verb and head.head.lower_ in TIME_PREPS:
        start = head.head.i
    elif head.dep_ in {"npadvmod", "tmod"} and head.head == verb:
        start = date[0].i
    else:
        return None
    if date[-1].i + 1 - start != len([t for t in span.doc[start : date[-1].i + 1] if not t.is_punct]):
        return None  # commas inside: a list of dates or an apposition, not one date
    return span.doc[start : date[-1].i + 1]


def enclosing_purpose(span: Span, verb: Token) -> Span | None:
    """The purpose phrase of ``verb`` whose action the answer is ("in order to [pay for the
    pier]", "in a bid to [win back customers]", "with the aim of [cutting costs]"): the whole
    phrase, from its preposition; None unless the answer is the whole action (its verb and
    everything after it)."""
    root = span.root
    if root.pos_ not in {"VERB", "AUX"} or span.start > root.i:
        return None
    if root.dep_ == "pcomp" and root.head.lower_ == "of":  # "with the aim of [cutting costs]"
        noun = root.head.head
    elif root.dep_ in {"acl", "xcomp", "advcl"} and any(c.lower_ == "to" and c.i < root.i for c in root.children):
        noun = root.head  # "in order to [pay ...]"
    else:
        return None
    if noun.lemma_.lower() not in PURPOSE_NOUNS or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ not in PURPOSE_PREPS or prep.head != verb or prep.i > span.start:
        return None
    doc = span.doc
    end = prep.right_edge.i + 1
    while end > span.end and doc[end - 1].pos_ == "PUNCT":
        end -= 1
    if end != max(span.end, root.right_edge.i + 1) and root.right_edge.i + 1 > span.end:
        return None  # only part of the action: "in order to pay for [the pier]" asks the pier
    return doc[prep.i : end]


def ranked_number(span: Span) -> tuple[Span, str] | None:
    """A rank given as "number [N]" ("reached number [three]", "placed at number [eight]"):
    the whole "number N", asked "what number"."""
    root = span.root
    doc = span.doc
    if len(span) != 1 or not root.like_num or span.start == 0:
        return None
    noun = doc[span.start - 1]
    if noun.lower_ not in RANK_NOUNS or root.head not in {noun, noun.head}:
        return None  # the numeral hangs on "number", or beside it on the same word
    if noun.dep_ not in {"dobj", "pobj", "attr", "npadvmod", "oprd"} and root.dep_ not in {"dobj", "pobj", "attr"}:
        return None
    start, end = noun.i, span.end
    return doc[start:end], f"what {noun.lower_}"


def enclosing_measure(span: Span, verb: Token) -> tuple[Span, str] | None:
    """A number that gives the value of a measure noun ("at the age of [86]", "a maximum of
    [12] stations", "reached a speed of [200 km/h]"): the phrase headed by the noun (with its
    preposition), and "at what age" / "what maximum" / "what speed"; an age the verb gives
    with "aged" ("died [aged 77]") is asked as "at what age" too."""
    root = span.root
    doc = span.doc
    aged = doc[span.start - 1] if span.start > 0 else None
    # an event's age ("died", "retired"), not how someone is described or named ("is
    # described as white, aged 30 to 40": "At what age is the suspect described ...?")
    event = root.text.isdigit() and verb.lemma_ not in DESCRIBING_VERBS | NAMING_VERBS
    if event and aged is not None and aged.lower_ == AGED and aged.head == verb and root.head in {verb, aged}:
        return doc[aged.i : span.end], "at what age"
    of = root.head
    noun = of.head
    if root.dep_ != "pobj" or of.lower_ != "of" or span.start != of.i + 1 or not any(t.like_num for t in span):
        return None
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in MEASURE_NOUNS or not _definite_or_a(noun):
        return None
    if noun.dep_ == "pobj" and noun.head.head == verb and noun.head.i < noun.i:
        prep = noun.head
        end = max(span.end, noun.right_edge.i + 1)
        return span.doc[prep.i : end], f"{prep.lower_} what {noun.lower_}"
    if noun.dep_ in {"dobj", "attr"} and noun.head == verb:
        end = max(span.end, noun.right_edge.i + 1)
        return span.doc[noun.left_edge.i : end], f"what {noun.lower_}"
    return None


def _definite_or_a(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"the", "a", "an"} for c in noun.children)


def _calendar(span: Span) -> bool:
    """A point in time ("1879", "the late 1980s", "March 1895"), not an age or a duration."""
    words = [t.lower_ for t in span]
    return any(_YEAR.fullmatch(w) or w in MONTHS or w in {"century", "decade"} for w in words)


_YEAR = re.compile(r"1\d{3}s?|20\d{2}s?")
