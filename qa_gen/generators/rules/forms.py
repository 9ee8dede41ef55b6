"""Question forms: subject questions, wh-fronting with inversion/do-support, in situ, predicates."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..base import Generated
from .clause import (
    a_number,
    argument_of,
    counted_noun,
    example_list,
    find_subject,
    frontable,
    inner_capital,
    inner_hyphen,
    inverted_predicate,
    join_tokens,
    means_of,
    mistagged_verb,
    named_link,
    of_after,
    percent_sign,
    place_beside,
    score_like,
    shared_auxiliaries,
    under_dep,
)
from .lexicon import (
    AGE_CLAUSE_DEPS,
    AGED,
    AS_MUCH_WORDS,
    AUXILIARY_LEMMAS,
    CIRCA_MARKS,
    CLAUSE_HEADS,
    CLOCK_ZONES,
    COUNT_AFTER_ARTICLE,
    DIMENSION_WHS,
    DURATION_UNITS,
    FINDING_VERBS,
    FRACTIONS,
    FUTURE_AUXILIARIES,
    IN_SITU_ADVERB_WH,
    IRREGULAR_3SG,
    IRREGULAR_PLURALS,
    LEFT_NP_DEPS,
    LEMMA_FIXES,
    LISTING_DEPS,
    MAGNITUDES,
    MAKING_VERBS,
    MAX_AGE,
    MAX_DESCRIBED_WORDS,
    MAX_PIED_PIPED_WORDS,
    MAX_WORDS_AFTER_LISTED_WH,
    MONEY_NOUNS,
    MONTHS,
    NAMING_VERBS,
    NOUN_DATE_PREPS,
    NOUN_MODIFIER_DEPS,
    NOUN_OWN_PREPS,
    NP_DROP_DEPS,
    NUMERIC_ENTS,
    ONE_WORDS,
    PARTICIPLE_PAST,
    PAST_MARKERS,
    PER_WORDS,
    PERSON_NOUNS,
    PIED_PIPE_BEFORE_PREP,
    PLACE_NOUNS,
    PREPOSITIONS,
    QUANT_MODS,
    RANGE_WORDS,
    RECURRING,
    SAME_PAST,
    SAY_VERBS,
    SCENE_MARKS,
    SCENE_PREPS,
    STARTING_VERBS,
    STATE_VERBS,
    SUBJECT_DEPS,
    TIME_NOUNS,
    UNIT_SYMBOL_WORDS,
    VAGUE_QUANTIFIERS,
    VERB_COMPLEMENT_DEPS,
    WEEKDAYS,
)
from .wh import wh_phrase

# Wh-phrases of time with a noun of their own, which cannot also modify the answer's noun.
TIME_WH_PHRASES = ("what year", "what time", "what day", "what month", "what date")
# Words between a count and its noun that count against another number ("[three] more efforts").
COMPARED_COUNT_WORDS = {"more", "fewer", "less"}
# Wh-phrases of an amount: the level a change reaches ("fell to [$4.9m]") takes its "to" along.
AMOUNT_WH_PHRASES = ("how much", "how many", "what percentage")
# what "every"/"each" can make recurring without the tagger's DATE: "every May", "each year"
_DATE_HEADS = MONTHS | TIME_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@dataclass
class Plan:
    """A question under construction: wh-phrase, fronted auxiliary, subject and body tokens."""

    wh: str
    qtype: str
    body: list[int]
    front_aux: str | None = None
    subject: list[int] = field(default_factory=list)
    replace: dict[int, str] = field(default_factory=dict)
    wh_at: int | None = None  # in situ: body position of the wh-phrase; None = sentence-initial
    tail: list[str] = field(default_factory=list)  # literal words after the body ("do")
    avoid: range = range(0)  # token indices of the answer: never a pronoun's antecedent
    score: float = 1.0
    blocker: int | None = None  # set by realisation: the token (a pronoun) it could not say
    verbal_wh: bool = False  # the wh-phrase carries the verb ("what is another name for")
    prefix: list[int] = field(default_factory=list)  # a fronted condition said first ("If X, who ...?")


def subject_question(doc: Doc, verb: Token, arg: Token, span: Span, wh: str, qtype: str, keep: list[int]) -> Plan:
    sub_ids = {t.i for t in arg.subtree}
    if qtype == "how many":  # "two atoms of the element bind" -> "How many atoms bind"
        wh = _answer_removal(doc, span, qtype, False, verb)[1] or wh
    if arg == span.root and wh in {"how many", "what proportion", "what percentage"}:
        # the whole a share is of stays with the wh-phrase: "[Half] of the money ... is
        # benefiting people" -> "What proportion of the money ... is benefiting people?";
        # "[36%] of UK phone users had never ..." -> "What percentage of UK phone users ...?"
        of = next((c for c in arg.children if c.dep_ == "prep" and c.lower_ == "of" and c.i >= span.end), None)
        whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        determined = whole is not None and any(c.dep_ in {"det", "poss"} for c in whole.children)
        if of is not None and whole is not None and (determined or wh == "what percentage"):
            sub_ids -= {t.i for t in of.subtree}  # not "[Millions] of Indonesians": "How many Indonesians"
    plan = Plan(wh=wh, qtype=qtype, body=[i for i in keep if i not in sub_ids])
    # "who"/"what" take a singular verb: "Officials say" -> "Who says".
    finite = _first_finite(verb)
    # (but "be" agrees with a plural complement: "[Stem cells] are master cells that ..." ->
    # "What are master cells that ...?", not "What is master cells ...?")
    plural_attr = finite is not None and finite.lemma_ == "be" and any(
        c.dep_ == "attr" and c.tag_ in {"NNS", "NNPS"} for c in verb.children
    )
    if finite is not None and finite.tag_ == "VBP" and len(wh.split()) == 1 and not plural_attr:
        plan.replace[finite.i] = _third_singular(finite)  # but "what languages are"
    kind = wh.split()
    listed = any(c.dep_ == "conj" and c.i < span.end for c in span.root.children)
    if finite is not None and finite.tag_ == "VBP" and len(kind) == 2 and kind[0] in {"what", "which"} and listed:
        # "[Corra Library and Lisk Library] are ..." -> "What libraries are ...?"
        plan.wh = f"{kind[0]} {plural_noun_form(kind[1])}"
    # The predicate fronted before "be" follows it: "[Among the winners] was [Ada Vell]" ->
    # "Who was among the winners?"
    fronted = next((c for c in verb.children if inverted_predicate(c)), None)
    if fronted is not None and arg.i > verb.i:
        ids = {t.i for t in fronted.subtree}
        plan.body = [i for i in plan.body if i not in ids] + [i for i in plan.body if i in ids]
    # Reported speech with the speaker after the quote: "'...,' X said." -> "Who said ...?"; a
    # finding too ("House prices fell ..., [the RICS] found" -> "What institute found house
    # prices fell ...?")
    comp = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if comp and (verb.lemma_ in SAY_VERBS or verb.lemma_ in FINDING_VERBS):
        comp_ids = {t.i for t in comp[0].subtree}
        plan.body = [i for i in plan.body if i not in comp_ids] + [i for i in plan.body if i in comp_ids]
        plan.score = 0.7
    return plan


def _labels_noun(span: Span, noun: Token) -> bool:
    """The answer is a number (or measure) between a singular noun and its article: "an [18]
    certificate", "the [300m] stage"; not "[one] notch", "a [two]-year deal", "[50,000] staff"."""
    doc = span.doc
    next_word = span.end < len(doc) and doc[span.end] == noun
    # or past words that describe the noun: "the [seven million] sales barrier"
    described = span.end < noun.i and all(t.pos_ in {"ADJ", "NOUN"} and t.head == noun for t in doc[span.end : noun.i])
    right_before = next_word or described
    # an article of the noun before the number says one thing is meant ("50,000 staff", "70
    # further aircraft", "59.2 trillion rupiah" count, with no article of their own)
    article = next((c for c in noun.children if c.dep_ == "det" and c.lower_ in {"a", "an", "the"}), None)
    if article is None or article.i >= span.start or noun in span or not right_before:
        return False
    # "a further [70] aircraft", "an estimated [500] people": an article on a count
    counting = any(t.lower_ in COUNT_AFTER_ARTICLE for t in doc[article.i + 1 : span.start])
    return not counting and not any(t.lower_ in ONE_WORDS for t in span)


def _after_answer(doc: Doc, span: Span) -> int:
    """Index of the first word after the answer, past a comma."""
    i = span.end
    while i < len(doc) and doc[i].text == ",":
        i += 1
    return i


def _stranded(prep: Token, span: Span) -> bool:
    """An "of" or "about" phrase on the answer noun that, left behind, would hang on the verb
    ("come at the [expense] of health" -> "What did the savings not come at of health?"; "include
    [a documentary] about the ferry" -> "What do the highlights include about the ferry?"). A
    share keeps its whole ("What percentage does Warsaw produce of Poland's income?"), and other
    prepositions are as often the clause's as the noun's ("in Victoria", "than the others")."""
    if prep.lower_ not in NOUN_OWN_PREPS or any(t.like_num or t.ent_type_ in NUMERIC_ENTS for t in span):
        return False
    return not any(c.ent_type_ in {"DATE", "TIME"} for c in prep.children if c.dep_ == "pobj")


def _whole_counted_from(num: Token) -> Token | None:
    """The "of" phrase of a bare number, the verb's object, that counts part of a named whole
    ("won [nine] of the last 10 titles", "sold [more than 100] of the iconic models"): a plain
    phrase whose noun is plural and determined; None otherwise (a list or an aside stays
    behind)."""
    if not a_number(num) or num.dep_ != "dobj":
        return None  # (a number after a preposition is asked in place: "a loss in how many of ...")
    of = next((c for c in num.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > num.i), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if of is None or whole is None or whole.tag_ not in {"NNS", "NNPS"}:
        return None
    if not any(c.dep_ in {"det", "poss", "nummod"} for c in whole.children):
        return None
    if any(t.is_punct or t.dep_ in LISTING_DEPS for t in _without_asides(of)):
        return None
    return of


def _answer_removal(
    doc: Doc, span: Span, qtype: str, absorb: bool, verb: Token, *, moved: bool = True
) -> tuple[set[int], str | None]:
    """Tokens that leave with the answer, and a replacement wh-phrase for "how many N".
    ``moved``: the wh-phrase moves away (not asked in place)."""
    remove = set(range(span.start, span.end))
    root = span.root
    if qtype == "whose":  # the owner's "'s" leaves with it: "whose conspiracy theory", not "whose's"
        remove |= {c.i for c in root.children if c.tag_ == "POS"}
    if root.pos_ == "ADP" and root.dep_ == "prep" and qtype in {"where", "when", "how"}:
        # a phrase asked by an adverb takes its nouns' own phrases along: "land [behind the foot
        # of the mast] of a moving ship" -> "Where would the cannonball land?"
        nouns = [t for t in span if t.pos_ in {"NOUN", "PROPN"}]
        remove |= {x.i for t in nouns for c in t.rights if c.i >= span.end and c.dep_ == "prep" for x in c.subtree}
    if root.dep_ == "pobj" and root.head.lower_ == "with" and qtype == "when":
        # an absolute phrase leaves whole: "With [4:51] left in regulation, Carolina got the
        # ball" -> "When did Carolina get the ball?", not "... did Carolina left in regulation get"
        remove |= {x.i for c in root.rights if c.dep_ == "acl" and c.i == span.end for x in c.subtree}
    wh = None
    noun = counted_noun(span) if qtype == "how many" else None
    if noun is not None and any(c.dep_ == "conj" and c.i < span.end for c in noun.children):
        noun = None  # a list's first item does not name what the list counts ("1,967 yards, 10 touchdowns")
    if noun is not None:
        words = [
            t
            for t in noun.subtree
            if t.i <= noun.i
            and not a_number(t)
            # the answer's own modifiers of the noun stay with it: "how many national ferry unions"
            and (t.i not in remove or t == noun or _noun_modifier(t, noun))
            and t.dep_ not in {"det", "poss", "quantmod", "nummod", "advmod", "punct"}
            # "more" before the number approximates it ("more than 300"); after it, the count is
            # of more things: "have [three] more efforts" -> "how many more efforts"
            and (t.lower_ not in QUANT_MODS or (t.i == span.end and t.lower_ in COMPARED_COUNT_WORDS))
        ]
        of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i]
        # "2,300 tonnes of steel" -> "how many tonnes of steel"; past the answer only a plain
        # phrase moves ("the [30] member countries of the OECD", not a list or an aside)
        phrase = _without_asides(of[0]) if of else []
        plain = of and not any(t.is_punct or t.dep_ in LISTING_DEPS for t in phrase)
        if of and (noun in span or plain):
            words += phrase
        rate = _rate_after(noun)
        if rate is not None and noun.dep_ == "pobj":
            # "by [80,000] barrels a day" -> "By how many barrels a day ...?": the rate goes with
            # its count, not after the preposition the question leaves behind ("... by a day?")
            words += list(rate.subtree)
        counted = join_tokens(words)
        wh = "how many " + UNIT_SYMBOL_WORDS.get(counted, counted)
        share = noun.lower_ in FRACTIONS or f"{noun.lower_}s" in FRACTIONS  # "[one]-quarter"
        if noun.tag_ == "NN" and noun.is_alpha and not share and any(t.lower_ in ONE_WORDS for t in span):
            # "[one] notch below" -> "how many notches": "how many" counts in the plural
            lead = join_tokens([t for t in words if t.i < noun.i])
            trail = join_tokens([t for t in words if t.i > noun.i])
            wh = " ".join(x for x in ("how many", lead, plural_noun_form(noun.text), trail) if x)
        elif noun.tag_ == "NN" and noun.is_alpha and not share and _labels_noun(span, noun):
            # "an [18] certificate", "the [seven million] barrier", "the [300m] stage": a number
            # before a singular noun names which one, it does not count them ("How many
            # certificate ...?") -> "What certificate does GTA San Andreas have?"
            wh = "what " + counted
        remove |= {t.i for t in noun.subtree if t.i <= noun.i} | {t.i for t in words}
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head in span:
            remove.add(noun.head.i)  # "[thousands] of homes" -> "how many homes", no "of" left behind
    sum_of = _sum_of(span, verb) if qtype == "how much" and moved else None
    if sum_of is not None:  # "posted a profit of [$3.36bn]" -> "How much profit did TimeWarner post?"
        said = [t for t in sum_of.lefts if t.dep_ in {"amod", "compound"}]
        words = [t for x in said for t in x.subtree] + [sum_of]
        wh = ("how much in " if sum_of.tag_ == "NNS" else "how much ") + join_tokens(words)
        remove |= {t.i for x in sum_of.lefts for t in x.subtree} | {sum_of.i} | {t.i for t in span.root.head.subtree}
    out_of = _out_of(span.root) if qtype == "how many" and wh is None else None
    if out_of is not None:  # "in [four] out of five key issues" -> "How many out of five key issues ...?"
        wh = "how many " + join_tokens(list(out_of.subtree))
        remove |= {t.i for t in out_of.subtree}
    whole_of = _whole_counted_from(span.root) if qtype == "how many" and wh is None and moved else None
    if whole_of is not None:  # "have won [nine] of the last 10 titles" -> "How many of the last 10 titles ...?"
        wh = "how many " + join_tokens(_without_asides(whole_of))
        remove |= {t.i for t in whole_of.subtree}
    share_of = of_after(span) if qtype == "how much of" else None
    if share_of is not None:  # "[two-thirds] of the population": the whole is in the wh-phrase
        remove |= {t.i for t in share_of.subtree}
    if qtype == "what time" and span.end < len(doc) and doc[span.end].lower_ in CLOCK_ZONES:
        # "by [1200] GMT" -> "By what time ...?": the zone goes with the time, and the
        # preposition it hangs on moves with the wh-phrase
        zone = doc[span.end]
        remove.add(zone.i)
        if absorb and zone.dep_ == "pobj":
            remove.add(zone.head.i)
    sign = percent_sign(span) if qtype == "what percentage" else None
    if sign is not None:  # "rose [25] percent" -> "By what percentage did sales rise?", no "percent" left
        remove |= set(range(span.end, sign + 1))
    for t in span:
        for c in t.children:
            if c.i < span.start and (c.lower_ in QUANT_MODS | {"the", "a", "an"} or c.tag_ == "PRP$"):
                # "have lost their [phycobilisomes]" -> "What have the organisms lost?"
                remove |= {x.i for x in c.subtree}
    before = doc[span.start - 1] if span.start else None
    if before is not None and span[0].like_num:
        # "c. [300] passengers" -> "How many passengers ...?", whatever the parse made of "c."
        split = before.text == "." and before.i > 0 and f"{doc[before.i - 1].lower_}." in CIRCA_MARKS  # "ca" "."
        if before.lower_ in CIRCA_MARKS or split:
            remove |= {before.i, before.i - 1} if split else {before.i}
    if before is not None and before.dep_ == "det" and before.head == root.head and score_like(root.head):
        remove.add(before.i)  # "defeated the [Atlanta Falcons] 34–19": the article is the team's
    measure = root.tag_ == "NNS" and any(t.like_num for t in span) and root.ent_type_ not in {"PERCENT", "MONEY"}
    # a share keeps its whole: "[two-thirds] of the nation's milk" (but "two successive quarters" is a time)
    measure = measure and (root.lower_ not in FRACTIONS or root.ent_type_ == "DATE")
    if measure and noun is None and span.end < len(doc) and doc[span.end].lower_ == "of":
        whole = doc[span.end]
        if whole.head == root and whole.dep_ == "prep":
            # what a measure is of leaves with it: "defined as [two consecutive quarters] of
            # negative growth" -> "What is a recession defined as?", not "... as of negative
            # growth?" (a share keeps its whole: "What percentage does X own of Google?")
            remove |= {t.i for t in whole.subtree}
    if root.pos_ in {"NOUN", "PROPN"} and root.dep_ not in LEFT_NP_DEPS and qtype != "which":
        # a participle describing the answer leaves with it: "are mainly [civil servants]
        # recruited in special classes" -> "What are teachers mainly?", not "What are teachers
        # mainly recruited in special classes?" (which asks about the recruiting); after a
        # noun of its own it stays ("What station does the city have based at X?")
        after = _after_answer(doc, span)
        for c in root.rights:
            if c.i == after and c.dep_ == "acl" and c.tag_ in {"VBN", "VBG"}:
                remove |= {x.i for x in c.subtree}
            elif c.i == span.end and c.dep_ == "prep" and root.pos_ == "NOUN" and _stranded(c, span):
                # the answer noun's own phrase leaves with it: "include [a documentary] about
                # Genghis Khan" -> "What do the highlights include?", not "... include about X?"
                remove |= {x.i for x in c.subtree}
    if root.pos_ in {"NOUN", "PROPN"} and noun is None and root.dep_ not in LEFT_NP_DEPS:
        # modifiers the answer's noun leaves behind go with it: "frequent the coast for
        # California's popular [beaches]" -> "What do ... frequent the coast for?" (not when
        # the answer itself modifies a noun: "under [coach] Justin Tucker")
        for c in root.children:
            if c.i < span.start and c.dep_ in LEFT_NP_DEPS:
                remove |= {x.i for x in c.subtree}
    if any(t.like_num for t in span):
        # the amount is the answer's number, or the noun it counts ("to [4.464 million] people, or ...")
        amount = root.head if root.dep_ in {"nummod", "compound"} and root.head.i == span.end else root
        past_amount = max(amount.i + 1, span.end)  # the first token after the amount's phrase
        restated = [c for c in amount.rights if c.dep_ in {"conj", "appos"} and _restates_amount(c, past_amount)]
        if restated:
            # "to [4.464 million], or 10.8% of the workforce": the amount said again another way
            # leaves with it ("What did unemployment rise to?", not "... rise to or 10.8% of ...?")
            remove |= set(range(past_amount, restated[0].right_edge.i + 1))
        rate = _per_unit(amount, past_amount)
        if rate is not None and moved:
            # "jumped to [$53.09] a barrel" -> "How much did ... jump to?"; in place it stays:
            # "... to a record high of how much a gallon?"
            remove |= {t.i for t in rate.subtree}
    if root.lower_ in DIMENSION_WHS and qtype == DIMENSION_WHS[root.lower_]:
        # "is [300 km long] and up to 40 km wide" -> "How long is the plain?": the other
        # dimension joined to the answer leaves with it
        remove |= {t.i for c in root.rights if c.dep_ in {"cc", "conj"} and c.i >= span.end for t in c.subtree}
    if root.pos_ in {"VERB", "AUX"}:
        # the complementiser of a whole clause answer: "to conclude that [...]" -> "to
        # conclude what?"; a part of the clause leaves "that" in place
        marks = [c for c in root.children if c.dep_ == "mark" and c.lower_ == "that" and c.i < span.start]
        rest = {t.i for t in root.subtree if not t.is_punct} - {m.i for m in marks}
        if marks and rest <= set(range(span.start, span.end)):
            remove |= {m.i for m in marks}
    if absorb and before is not None and before.dep_ == "prep" and any(c in span for c in before.children):
        # the parser hung part of the answer on the verb ("in [the three months] [to September]"):
        # the wh-phrase still takes the preposition before it
        remove.add(before.i)
    if root.dep_ == "pobj" and absorb:
        remove.add(root.head.i)
        if not nominal_wh(qtype):
            # "when" stands for the whole phrase, with the "of" that completes its noun: "hang
            # up after [just 65 seconds] of listening" -> "When do callers hang up?", not "...
            # hang up of listening?" (a place's "near X" can stand on its own)
            remove |= {t.i for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}
    # "[as much as 30%]" is an amount, not a reason or means
    as_much = len(span) > 1 and span[0].lower_ == "as" and span[1].lower_ in AS_MUCH_WORDS
    if (span[0].lower_ in {"because", "since", "as", "to", "by"} and not as_much) or root.dep_ == "advcl":
        holder = root
        # up to the clause the reason or means belongs to: "hoped to find a shipyard [to
        # rebuild the ferry]" keeps "to find a shipyard" ("Why did the board hope to find ...?")
        while holder.head != verb and holder.head != holder and holder.dep_ != "advcl":
            holder = holder.head
        remove |= {t.i for t in holder.subtree}
    return remove, wh


def _describes_name_after(doc: Doc, span: Span, body: list[int], pos: int) -> bool:
    """The answer describes the name that follows the wh-phrase in the question."""
    if pos >= len(body) or span.root.dep_ not in {"compound", "amod", "nmod", "nummod"}:
        return False
    nxt = doc[body[pos]]
    return span.root.head.i in body[pos:] and nxt.pos_ == "PROPN" and span.root.head.pos_ == "PROPN"


def plural_noun_form(noun: str) -> str:
    """The plural of a singular count noun after "one" ("notch" -> "notches", "city" ->
    "cities"). The regular rules and a few irregular nouns suffice here; the ``inflect``
    library would do every noun, but importing it takes about 2 s (measured), more than all
    the questions of a 100-article build, for a handful of questions."""
    low = noun.lower()
    if low in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[low]
    if low.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if low.endswith("y") and low[-2:-1] not in {"a", "e", "i", "o", "u"}:
        return noun[:-1] + "ies"
    return noun + "s"


def _noun_modifier(tok: Token, noun: Token) -> bool:
    """A modifier of the counted noun, not a word that scales the number ("136[m] euros")."""
    return tok.dep_ in {"amod", "compound"} and tok.head == noun and tok.lower_ not in MAGNITUDES and not tok.like_num


def _subject_ids(subj: Token | None, verb: Token, keep: list[int]) -> list[int]:
    if subj is None:
        return []
    kept = set(keep)
    if subj.head == verb:
        return [t.i for t in subj.subtree if t.i in kept]
    # borrowed from a coordinated verb or by a gerund: its subject without non-restrictive
    # modifiers or examples ("trappings such as the Mass vestments, altar and candles")
    examples = {t.i for c in subj.children if example_list(c) for t in c.subtree}
    return [
        t.i for t in subj.subtree if not under_dep(t, subj, NP_DROP_DEPS) and not t.is_punct and t.i not in examples
    ]


def fronted_question(
    doc: Doc,
    verb: Token,
    subj: Token | None,
    span: Span,
    wh: str,
    qtype: str,
    absorb: bool,
    keep: list[int],
    tense: str | None = None,
    passive: str | None = None,
) -> Plan | Generated:
    """Front the wh-phrase with inversion or do-support; ``tense``: the tag do-support takes
    when the verb is a gerund borrowing its clause's tense; ``passive``: the copula fronted
    before a past participle borrowing its clause's subject (see ``nonfinite``)."""
    if subj is None:
        return Generated(None, reason="unsupported_answer", detail="clause has no subject to invert")
    remove, how_many = _answer_removal(doc, span, qtype, absorb, verb)
    head = span.root.head
    dated_year = span.root.dep_ in NOUN_MODIFIER_DEPS and head.i not in remove and head.lemma_.lower() == "year"
    if wh.startswith(TIME_WH_PHRASES) and dated_year:  # "from [2005] model years"
        return Generated(None, reason="unsupported_answer", detail="a year left with the 'years' it dated")
    noun = counted_noun(span) if how_many else None
    wh = how_many or wh
    # a count asks with its noun, whose preposition it is: "by [one] notch to 'BB+'"
    obj = noun if noun is not None and span.root.head == noun and noun.i in remove else span.root
    prep = obj.head
    borrowed = passive or tense  # a participle or gerund that borrows its clause's subject
    nominal = nominal_wh(wh)
    following = _next_kept(doc, keep, remove, prep.i)
    stranded_before_prep = following is not None and (
        following.lower_ == prep.lower_
        or prep.lower_ in PIED_PIPE_BEFORE_PREP
        # the level an amount changed to: "fell by 12% to [$4.9m] in 2004" -> "To how much did
        # profits fall by 12% in 2004?", not "... fall by 12% to in 2004?"
        or (prep.lower_ == "to" and following.pos_ == "ADP" and wh.startswith(AMOUNT_WH_PHRASES))
    )
    # the counted noun's own phrase follows it, not another of the verb's: "limited to [one]
    # visit to Cuba" strands nothing
    stranded_before_prep = stranded_before_prep and not (following is not None and following.head == obj != span.root)
    if (
        nominal
        and obj.dep_ == "pobj"
        and prep.i not in remove
        # or the infinitive's the clause's verb takes: "hopes to increase the number from [95
        # million] to ..." -> "From how many does the government hope to increase ...?"
        and (prep.head == verb or (stranded_before_prep and prep.head.dep_ == "xcomp" and prep.head.head == verb))
        # a fronted participle's or gerund's preposition stands before the subject only because
        # it was fronted: "Known as [X], the blaze ..." -> "What was the blaze known as?"
        and ((borrowed is None and (prep.i < subj.left_edge.i or prep.i < verb.i)) or stranded_before_prep)
    ):
        # a preposition that opened the clause or stood before its verb ("X, under their
        # leader Rollo, agreed"), or that would be left stranded before another one ("fall
        # from [36] to 21 days"), moves with the wh-word: "Under what abbots was ..."
        if wh == "who" and prep.lower_ not in PREPOSITIONS:
            return Generated(None, reason="unsupported_answer", detail=f"'{prep.text} whom' is not asked")
        wh = f"{prep.lower_} {'whom' if wh == 'who' else wh}"
        remove.add(prep.i)
    subject = [i for i in _subject_ids(subj, verb, keep) if i not in remove]
    body = [i for i in keep if i not in remove and i not in set(subject)]
    quoted = quote_before_speaker(verb, subj)
    if quoted is not None and quoted.i in body:
        # '"The charts were wrong," Dan Orr told [Reuters]': the quotation cannot stay where it
        # stood, between the wh-word and the speaker ("What did Dan Orr the charts were wrong tell?")
        return Generated(None, reason="unsupported_answer", detail="a quotation before its speaker")
    if qtype == "why" and _complement_left_with(verb, remove):
        # the reason sat inside what the verb takes: "allows all boxes to [share recordings]"
        # is no "Why does the box allow?"
        return Generated(None, reason="unsupported_answer", detail="the verb's complement left with the reason")
    if noun is not None and noun.dep_ in SUBJECT_DEPS and noun.head == verb:
        return Plan(wh=wh, qtype=qtype, body=body, score=1.0)
    if not subject:
        return Generated(None, reason="unsupported_answer", detail="the subject left with the answer")
    plan = Plan(wh=wh, qtype=qtype, body=body, subject=subject, score=0.9 if absorb else 0.85)
    if passive is not None:  # "Founded in 1989, the company ..." -> "When was the company founded?"
        plan.front_aux = passive
        return plan
    if not invert(doc, verb, plan, tense):
        return Generated(None, reason="unsupported_answer", detail=f"cannot invert verb {verb.text!r}/{verb.tag_}")
    return plan


def _complement_left_with(verb: Token, remove: set[int]) -> bool:
    """Every complement of the verb (object, clause, predicate) is among ``remove``."""
    comps = [c for c in verb.children if c.dep_ in VERB_COMPLEMENT_DEPS]
    return bool(comps) and all(c.i in remove for c in comps)


def active_question(
    doc: Doc, verb: Token, subj: Token | None, span: Span, wh: str, qtype: str, absorb: bool, keep: list[int]
) -> Plan | None:
    """The agent of a passive asked as the subject of the active clause: "The bridge was
    designed by X" -> "Who designed the bridge?", "is protected by" -> "What protects ...?",
    "can be submitted by" -> "Who can submit ...?". None where the form is unknown (the
    passive question is asked instead)."""
    found = _agent_subject(doc, span, verb, wh, qtype, absorb)
    if found is None or subj is None:
        return None
    wh, agent = found
    if subj.lower_ in {"it", "there"} and any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return None  # "It was decided by the board that ...": no subject to make the object
    verbal = _active_verb(verb, _plural_agent(wh, qtype, span))
    if verbal is None:
        return None
    auxes = sorted(c.i for c in verb.children if c.dep_ in {"aux", "auxpass"})
    # "carried out by X" -> "carried out"; a preposition the passive left bare goes with the
    # verb too: "The awards are voted for by [9,000 members]" -> "... vote for the awards?"
    particles = [c for c in verb.children if c.dep_ == "prt" or _stranded_preposition(c, agent)]
    subject = _subject_ids(subj, verb, keep)
    removed = {t.i for t in agent.subtree} | set(auxes) | {verb.i} | set(subject) | {p.i for p in particles}
    rest = [i for i in keep if i not in removed]
    if any(doc[i].lower_ == "by" and _governing_verb(doc[i]) == verb for i in rest):
        return None  # a second agent ("delimited in the West by X and in the East by Y")
    # "was first designed by" -> "Who first designed"; "can easily be crossed by" -> "What can
    # easily cross" (an adverb after the first auxiliary stays after it); a fronted adjunct goes last
    mid = [i for i in rest if subj.right_edge.i < i < verb.i]
    first, *more = verbal.split()
    if more:
        words = [doc[i].text for i in mid if i < auxes[0]] + [first] + [doc[i].text for i in mid if i > auxes[0]]
    else:
        words = [doc[i].text for i in mid] + [first]
    body = subject + [i for i in rest if i > verb.i] + [i for i in rest if i < subj.left_edge.i]
    who = "who" if wh == "whom" else wh
    wh_words = [who, *words, *more, *(p.lower_ for p in particles)]
    return Plan(wh=" ".join(wh_words), qtype=qtype, body=body, verbal_wh=True, score=0.9)


def _stranded_preposition(tok: Token, agent: Token) -> bool:
    """A preposition with no object between a passive verb and its agent ("are voted [for] by")."""
    return tok.dep_ == "prep" and tok.i < agent.i and next(tok.children, None) is None


def _agent_subject(doc: Doc, span: Span, verb: Token, wh: str, qtype: str, absorb: bool) -> tuple[str, Token] | None:
    """(the wh-phrase that asks for the agent of passive ``verb`` as the active subject, the
    "by" phrase), or None where the clause is not made active: no agent holds the answer, the
    verb is negated ("not signed by X": "Who not signed"), or the "by" phrase is no doer ("located
    by the river", "reached by boat")."""
    # the agent's object, a name in apposition to it ("by the engineer [Marta Velt]") or its count
    root = span.root
    agent = root.head if root.dep_ == "pobj" else root.head.head
    if root.dep_ not in {"pobj", "appos", "nummod"} or agent.dep_ != "agent" or agent.head != verb:
        return None
    if absorb or any(c.dep_ == "neg" for c in verb.children):
        return None
    obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
    if obj is not None and (means_of(obj) or place_beside(obj)):
        return None
    if qtype == "how many":  # "by [two] shipping companies" -> "How many shipping companies own ...?"
        wh = _answer_removal(doc, span, qtype, absorb, verb)[1] or wh
    return (wh, agent) if nominal_wh(wh) else None


def participle_agent_question(
    doc: Doc, verb: Token, subj: Token, span: Span, wh: str, qtype: str, absorb: bool, keep: list[int], past: bool
) -> Plan | None:
    """The agent of a past participle that opens the sentence asked as the active subject:
    "Built by [Tavel shipwrights] in 1910, the ferry ..." -> "Who built the ferry in 1910?"."""
    found = _agent_subject(doc, span, verb, wh, qtype, absorb)
    if found is None or _plural_agent(found[0], qtype, span):
        return None
    wh, agent = found
    subject = _subject_ids(subj, verb, keep)
    removed = {t.i for t in agent.subtree} | {verb.i} | set(subject)
    rest = [i for i in keep if i not in removed and i > verb.i]
    form = past_form(verb) if past else _third_singular(verb)
    if form is None:
        return None
    who = "who" if wh == "whom" else wh
    return Plan(wh=f"{who} {form}", qtype=qtype, body=subject + rest, verbal_wh=True, score=0.9)


def _plural_agent(wh: str, qtype: str, span: Span) -> bool:
    """The wh-subject takes a plural verb: "How many companies own", "Which motivations drive"."""
    return qtype == "how many" or (len(wh.split()) > 1 and span.root.tag_ in {"NNS", "NNPS"})


def _sum_of(span: Span, verb: Token) -> Token | None:
    """The object noun a sum of money is the amount of ("made a pre-tax profit of [£75m]"),
    which goes into the wh-phrase ("How much pre-tax profit did the airline make?")."""
    root = span.root
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or span.start != of.i + 1:
        return None
    noun = of.head
    if noun.dep_ != "dobj" or noun.head != verb or noun.lower_ not in MONEY_NOUNS:
        return None
    return noun


def _without_asides(phrase: Token) -> list[Token]:
    """The words of ``phrase`` less what is set off by a comma inside it, which the question
    drops ("the four owners of Rover[, who have been accused ...,]"): a phrase moving with the
    wh-word moves without its aside ("How many owners of Rover ...?")."""
    doc = phrase.doc
    aside: set[int] = set()
    for t in phrase.subtree:
        start = t.left_edge.i
        if t != phrase and t.dep_ in NP_DROP_DEPS and start > phrase.i and doc[start - 1].text == ",":
            aside |= {x.i for x in t.subtree} | {start - 1}
            end = t.right_edge.i + 1
            if end < len(doc) and doc[end].text == ",":
                aside.add(end)
    return [t for t in phrase.subtree if t.i not in aside]


def _out_of(number: Token) -> Token | None:
    """The "out of N" after a count ("[four] out of five key issues"), which says what the
    count is a part of and goes with it into the wh-phrase."""
    outs = (c for c in number.rights if c.lower_ == "out" and c.dep_ == "prep")
    return next((c for c in outs if any(x.lower_ == "of" for x in c.children)), None)


def _per_unit(amount: Token, past_amount: int) -> Token | None:
    """The unit a sum of money is priced per, right after it ("[$53.09] a barrel", "[$2] per
    share"): part of the amount, which a moved question leaves out with it. Not a time ("$10
    a year" is a rate the question needs)."""
    if amount.ent_type_ != "MONEY":
        return None
    unit = _rate_after(amount)
    if unit is None or unit.left_edge.i != past_amount or unit.lower_ in DURATION_UNITS | TIME_NOUNS:
        return None
    return unit


def _rate_after(tok: Token) -> Token | None:
    """The "a day", "per share" that makes ``tok`` (an amount or a counted noun) a rate."""
    return next((c for c in tok.rights if c.dep_ == "npadvmod" and c.left_edge.lower_ in PER_WORDS), None)


def _restates_amount(item: Token, past_amount: int) -> bool:
    """``item`` restates the numeric answer, whose phrase ends before token ``past_amount``,
    after ", or" ("4.464 million, or 10.8% of the workforce"): a number joined to it by "or"
    and nothing else."""
    between = [t for t in item.doc[past_amount : item.left_edge.i] if not t.is_punct]
    if [t.lower_ for t in between] != ["or"]:
        return False
    return any(t.like_num for t in item.subtree)


def _governing_verb(tok: Token) -> Token | None:
    """The nearest verb or auxiliary above ``tok``."""
    return next((t for t in tok.ancestors if t.pos_ in {"VERB", "AUX"}), None)


def _active_verb(verb: Token, plural: bool) -> str | None:
    """The active form of a passive verb group for the wh-subject: "was designed" ->
    "designed", "are protected" -> "protects", "can be submitted" -> "can submit", "had been
    mentored" -> "had mentored"; None for other groups ("is being built", "got hit")."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    if not auxes or auxes[-1].dep_ != "auxpass" or auxes[-1].lemma_ != "be" or verb.tag_ != "VBN":
        return None
    before = auxes[:-1]
    modal = before[0].lower_ if before and before[0].tag_ == "MD" else None
    perfect = [a for a in before if a.lemma_ == "have"]
    if len(before) != int(modal is not None) + len(perfect) or len(perfect) > 1:
        return None
    if perfect and auxes[-1].lower_ != "been":
        return None
    if modal is not None:
        return f"{modal} have {verb.lower_}" if perfect else f"{modal} {verb.lemma_.lower()}"
    if perfect:
        return f"{'had' if perfect[0].tag_ == 'VBD' else 'have' if plural else 'has'} {verb.lower_}"
    if auxes[-1].tag_ == "VBD":
        return past_form(verb)
    if auxes[-1].tag_ in {"VBZ", "VBP"}:
        return verb.lemma_.lower() if plural else _third_singular(verb)
    return None


def pied_piped_question(
    doc: Doc, verb: Token, subj: Token | None, span: Span, holder: Token, wh: str, qtype: str, keep: list[int]
) -> Plan | Generated:
    """An answer deep inside an adjunct that opens the clause moves with the whole adjunct:
    "In response to the embargo, OPEC raised prices" -> "In response to what did OPEC raise
    prices?"; "After his father's death in 1879, Tesla found ..." -> "After Tesla's father's
    death in what year did Tesla find ...?"."""
    # a phrase or a purpose infinitive moves with the wh-word ("To become president of what
    # did ...?"), a participle clause does not: no "Known as what did the blaze ...?", "While
    # experimenting with old engines in what did Dan Orr ...?"
    participle = holder.dep_ == "advcl" and holder.tag_ in {"VBG", "VBN"}
    # but a starting point dates the clause and moves as people ask it: "Starting in [1894],
    # Tesla began ..." -> "Starting in what year did Tesla begin ...?"
    starting = participle and holder.lemma_.lower() in STARTING_VERBS
    if starting and wh == "when" and qtype == "what year":
        wh = "what year"
    fronted = subj is not None and holder.i <= subj.left_edge.i and holder.dep_ in {"prep", "advcl", "npadvmod"}
    if not fronted or (participle and not starting):
        return Generated(None, reason="unsupported_answer", detail="no fronted adjunct holds the answer")
    if not nominal_wh(wh) and not starting:
        return Generated(None, reason="unsupported_answer", detail="an adverbial wh-word does not pied-pipe")
    ids = sorted(t.i for t in holder.subtree)
    if len(ids) > MAX_PIED_PIPED_WORDS or any(
        doc[i].pos_ == "PRON" for i in ids if i not in range(span.start, span.end)
    ):
        return Generated(None, reason="unsupported_answer", detail="the fronted adjunct is too long to move")
    remove, how_many = _answer_removal(doc, span, qtype, False, verb)
    inside = [i for i in ids if not doc[i].is_punct or span.start <= i < span.end]
    words = [doc[i].text for i in inside if i < span.start and i not in remove]
    if words and words[-1].lower() in {"a", "an", "the"}:
        words.pop()
    if [w.lower() for w in words[:2]] == ["according", "to"] and wh == "what" and span.root.pos_ == "PROPN":
        wh = "who"  # a source is a speaker: "According to whom ...?", not "According to what ...?"
    if words and words[-1].lower() in PREPOSITIONS and wh == "who":
        wh = "whom"  # "According to whom"
    wh = how_many or wh
    if words and wh.split()[0] == words[-1].lower():
        words.pop()  # "in" + "in what year"
    if starting and not nominal_wh(wh) and words and doc[span.start - 1].pos_ == "ADP":
        words.pop()  # "Beginning when ...?", not "Beginning in when ...?"
    words += [wh] + [doc[i].text for i in inside if i >= span.end and i not in remove]
    if doc[ids[0]].pos_ != "PROPN" and not inner_capital(words[0]):
        words[0] = words[0][:1].lower() + words[0][1:]
    holder_ids = set(ids)
    subject = [i for i in _subject_ids(subj, verb, keep) if i not in holder_ids]
    body = [i for i in keep if i not in holder_ids and i not in set(subject)]
    plan = Plan(wh=" ".join(words), qtype=qtype, body=body, subject=subject, score=0.75)
    if not subject or not invert(doc, verb, plan):
        return Generated(None, reason="unsupported_answer", detail="cannot invert around the fronted adjunct")
    return plan


def called_question(span: Span) -> Plan | None:
    """A name given by a naming participle after a common noun asks what the noun is called:
    "the edge of the plateau called [the Warsaw Escarpment]" -> "What is the edge of the
    plateau called?"; "a cartel known as [the Hostmen]" -> "What was the cartel known as?"."""
    doc = span.doc
    root = span.root
    named = root.head
    if root.dep_ == "pobj" and named.lower_ == "as":  # "known as [X]"
        named = named.head
    elif root.dep_ not in {"oprd", "dobj", "attr"}:  # "called [X]"
        return None
    noun = named.head
    if named.dep_ != "acl" or named.tag_ not in {"VBN", "VBD"} or named.lemma_.lower() not in NAMING_VERBS:
        return None
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "the edge of the plateau called X": the edge is called X
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in PERSON_NOUNS or any(t.i >= span.end for t in named.subtree):
        return None  # a person is asked by name ("Tesla had a brother named X"); nothing after the name
    if noun.ent_type_ in NUMERIC_ENTS:
        return None  # "examples during the 1970s known as X": the name is not the decade's
    said = [c for c in named.children if c.lower_ == "as" and c.i < span.start]  # "known" + "as"
    listed = {t.i for c in noun.children if c.dep_ in {"conj", "cc"} for t in c.subtree}  # "a carnival and concert"
    nominal = [
        t.i
        for t in noun.subtree
        if t.i < named.i
        and (not t.is_punct or inner_hyphen(t))  # "24-hour" keeps its hyphen
        and t.i not in listed
        and not under_dep(t, noun, {"acl", "relcl", "appos"})
    ]
    first = doc[nominal[0]] if nominal else None
    if first is None or len(nominal) > MAX_DESCRIBED_WORDS:
        return None
    if not any(doc[i].dep_ not in {"det", "punct"} for i in nominal if i != noun.i):
        return None  # "a process called X": "What is the process called?" does not say which process
    if any(doc[i].pos_ in {"VERB", "AUX", "PRON"} for i in nominal):
        return None
    plan = Plan(
        wh="what",
        qtype="what",
        body=[named.i] + [c.i for c in said],
        front_aux=copula(noun.tag_ == "NNS", past_clause(noun)),
        subject=nominal,
        score=0.7,
    )
    if first.lower_ in {"a", "an"}:
        plan.replace[first.i] = "the"  # "a cartel known as X" -> "What was the cartel known as?"
    elif first.dep_ not in {"det", "poss"} and not any(doc[i].dep_ == "poss" for i in nominal):
        plan.front_aux = f"{plan.front_aux} the"  # "exchanged particles called X" -> "the exchanged particles"
    return plan


def description_question(span: Span) -> Plan | None:
    """A description in apposition to a name asks what or who the name is: "Tesla met Alfred
    S. Brown, [a Western Union superintendent], ..." -> "Who was Alfred S. Brown?"."""
    doc = span.doc
    root = span.root
    head = root.head
    if root.dep_ != "appos" or root.pos_ != "NOUN" or head.i >= span.start or head.pos_ not in {"PROPN", "NOUN"}:
        return None
    if head.pos_ == "NOUN" and not _definite(head):
        return None  # "a coal supply bin, X" names nothing a reader can identify
    if span[0].lower_ not in {"a", "an", "the"} or any(t.dep_ in {"conj", "cc"} for t in span):
        return None  # a description opens with its article: "a Western Union superintendent"
    first = head.head if head.dep_ == "conj" else head  # "the Saxon Palace and the Bruhl Palace, X"
    subject = list(range(first.left_edge.i, span.start))
    while subject and doc[subject[-1]].is_punct:
        subject.pop()
    if not subject or len(subject) > MAX_DESCRIBED_WORDS or any(doc[i].is_punct for i in subject):
        return None
    if any(doc[i].pos_ in {"VERB", "AUX"} for i in subject):
        return None
    person = head.ent_type_ == "PERSON" or root.lemma_.lower() in PERSON_NOUNS
    plural = head.tag_ in {"NNS", "NNPS"} or first is not head
    past = past_clause(head)
    return Plan(
        wh="who" if person else "what",
        qtype="who" if person else "what",
        body=[],
        front_aux=copula(plural, past),
        subject=subject,
        score=0.65,
    )


def age_question(span: Span) -> Plan | None:
    """A bare number in apposition to a name, or said of a named person or of anyone "aged"
    with "be", is an age: "Mr Tavel, [32], from Marrow, said ..." -> "How old was Mr
    Tavel?"; "Lisk was [26]" -> "How old was Lisk?"; "Most of the crews are aged [18-25]" ->
    "How old are most of the crews?" (in the tense of the clause)."""
    doc = span.doc
    root = span.root
    aged = root.head if root.head.lower_ == AGED else None
    after = doc[span.end] if span.end < len(doc) else None
    whole = after is None or not (after.like_num or after.lower_ in RANGE_WORDS)  # not "aged [18] to 25"
    if aged is not None and whole and all(t.text[0].isdigit() or t.lower_ in RANGE_WORDS or t.is_punct for t in span):
        be = aged.head if aged.dep_ in {"acomp", "oprd"} else aged  # "are aged 18" read as a passive
        aux = next((c for c in be.children if c.dep_ in {"auxpass", "aux"} and c.lemma_ == "be"), None)
        if be.lemma_ == "be" and be is not aged:
            aux = be
        # the parser may hang the subject on the auxiliary ("Most of them are aged ...")
        subj = next((c for x in (be, aux) if x is not None for c in x.children if c.dep_ in SUBJECT_DEPS), None)
        if aux is None or subj is None or subj.pos_ == "PRON" or aux.i > subj.i + len(list(subj.subtree)):
            return None
        subject = [t.i for t in subj.subtree]
        if len(subject) > MAX_DESCRIBED_WORDS or any(doc[i].is_punct for i in subject):
            return None
        return Plan(wh="how old", qtype="how old", body=[], front_aux=aux.lower_, subject=subject, score=0.65)
    if len(span) != 1 or not root.text.isdigit() or int(root.text) > MAX_AGE:
        return None
    will: Token | None = None  # "will be [34]": an age to come
    said_who = False
    if root.dep_ == "appos" and span.start > 0 and doc[span.start - 1].text == ",":
        head = root.head
        if span.end < len(doc) and not doc[span.end].is_punct:
            return None  # "Marrow, 2 goals down, ...": the number counts something
    elif root.dep_ == "npadvmod" and root.ent_type_ == "DATE" and _set_off_after_name(span):
        head = doc[span.start - 2]  # "follows Adrian, [13], on a journey": the parser hung it on the verb
    elif root.dep_ == "attr" and root.head.lemma_ == "be" and all(c.dep_ in AGE_CLAUSE_DEPS for c in root.children):
        be = root.head
        head = next((c for c in be.children if c.dep_ == "nsubj"), root)
        # "who" says its noun is a person: "The veteran lock, who is [36] at the end of February"
        said_who = head.lower_ == "who" and be.dep_ == "relcl"
        if said_who:
            head = be.head
        if root.ent_type_ != "DATE" and not (said_who or _a_person(head)):
            return None  # an age is tagged a date, or said of a person ("The score was [3]" is none)
        will = next((c for c in be.children if c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES), None)
    else:
        return None
    person = head.pos_ == "PROPN" or (head.pos_ in {"NOUN", "PRON"} and (said_who or _a_person(head)))
    if not person or head.i >= span.start:
        return None
    name = _age_subject(head)
    if len(name) > MAX_DESCRIBED_WORDS or any(doc[i].is_punct or doc[i].pos_ in {"VERB", "AUX"} for i in name):
        return None
    if will is not None:  # "when she will be [34]" -> "How old will Hansen be?"
        front, tail = will.lower_, ["be"]
    else:  # the tense of the "be" that gives the age ("who is [36]"), else of the name's clause
        front, tail = copula(False, past_clause(root if root.dep_ == "attr" else head)), []
    return Plan(wh="how old", qtype="how old", body=[], front_aux=front, subject=name, tail=tail, score=0.65)


def _a_person(tok: Token) -> bool:
    """A name tagged a person's, "he"/"she", or one person named by a common noun ("the
    chairman"; "the veteran lock" is not in the list, but its "who" says it is a person)."""
    return tok.ent_type_ == "PERSON" or tok.lower_ in {"he", "she"} or tok.lemma_.lower() in PERSON_NOUNS


def _age_subject(head: Token) -> list[int]:
    """The words of the person an age is said of, up to the noun: "The veteran lock", "Ada Vell"."""
    return list(range(head.left_edge.i, head.i + 1))


def _set_off_after_name(span: Span) -> bool:
    """The answer stands between commas right after a name that is no place or body
    ("Adrian, [13], on ...")."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc) or doc[span.start - 1].text != "," or doc[span.end].text != ",":
        return False
    name = doc[span.start - 2]
    return name.pos_ == "PROPN" and name.ent_type_ not in {"GPE", "LOC", "ORG", "FAC"}


def noun_modifier_question(span: Span) -> Plan | None:
    """A date or place that modifies a noun (not the verb) dates or places that noun: "After
    his father's death [in 1879], Tesla found ..." -> "When was Tesla's father's death?";
    "The Rhine bridge [at Arnhem] was ..." -> "Where is the Rhine bridge?"."""
    root = span.root
    prep = root.head
    noun = prep.head
    if root.dep_ != "pobj" or prep.lower_ not in NOUN_DATE_PREPS or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if noun in span or not _definite(noun) or span.start != prep.i + 1:
        return None
    label = root.ent_type_
    if noun.ent_type_ in {"PERSON", "DATE", "TIME"} or noun.lemma_.lower() in TIME_NOUNS:
        return None  # "Alan Turing in 1936", "the first time in 1883": nothing to date
    if label == "DATE" and not _dates_a_point(span):
        return None  # "the results in [the last few weeks]": which results, not when they were
    if label == "DATE" or (label == "" and root.like_num and len(span) == 1):
        wh = "in what year" if len(span) == 1 and span[0].text.isdigit() and len(span[0].text) == 4 else "when"
        place = False
    elif label in {"GPE", "LOC", "FAC"} and prep.lower_ in {"in", "at"} and _a_place(noun):
        wh, place = "where", True
    else:
        return None
    skip = {"relcl", "acl", "appos", "punct", "advcl"}
    subject = [t.i for t in noun.subtree if t.i < prep.i and not under_dep(t, noun, skip) and not t.is_punct]
    if not subject or any(span.doc[i].pos_ in {"VERB", "AUX", "ADV"} for i in subject):
        return None
    plural = noun.tag_ in {"NNS", "NNPS"}
    # a building is somewhere now; an event was then, or is yet to come in a clause of the
    # future ("will be considered at the meeting on [May 25]" -> "When is the meeting?")
    aux = copula(plural, past=not place and not _future_clause(noun))
    return Plan(wh=wh, qtype="where" if place else "when", body=[], front_aux=aux, subject=subject, score=0.75)


def _dates_a_point(span: Span) -> bool:
    """A date that names its time (a number, a month, a day of the week or a named day: "in
    1879", "in May", "on Friday", "on Thanksgiving"), not a period counted back from the
    time of writing ("in the last few weeks", "in recent years"), which picks out which of a
    noun's things are meant."""
    return any(t.like_num or t.pos_ == "PROPN" or t.lower_ in MONTHS or t.lower_ in WEEKDAYS for t in span)


def _a_place(noun: Token) -> bool:
    """A building or site ("the Apache Point Observatory", "the Rhine bridge"), which is
    somewhere; not a people, an institution or an idea."""
    return noun.ent_type_ == "FAC" or noun.lemma_.lower() in PLACE_NOUNS


def participle_question(span: Span, acl: Token | None) -> Plan | None:
    """An answer inside a participle that modifies a noun is asked about as the clause the
    participle abbreviates: "The university, established in 1890, consists of ..." -> "When
    was the university established?"."""
    doc = span.doc
    if acl is None:  # ``acl``: the answer's participle clause, ``noun_participle(span)``
        return None
    noun = acl.head
    if acl.lemma_ == "be" or noun.ent_type_ in {"DATE", "TIME"} or any(c.dep_ == "aux" for c in acl.children):
        return None  # "having trained the Larks" is active, not a passive participle
    if any(c.dep_ == "auxpass" for c in acl.children):
        return None  # "a project [being] organised by Google": not "What being organised the project?"
    between = doc[noun.i + 1 : acl.left_edge.i]
    bracketed = {t.i for t in between if t.dep_ == "appos" or t.head.dep_ == "appos" or t.text in "()"}
    if len([t for t in between if t.i not in bracketed]) > 1:
        return None  # "The company (KenGen), established in 1997" still describes the company
    definite = _definite(noun)
    root = span.root
    # "rugs and fabrics designed by [X]": "Who designed the fabrics?" holds whatever the
    # participle's reach, so the agent of a list item's participle is asked
    agent_of_item = noun.dep_ == "conj" and root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head == acl
    if not definite and (acl.lemma_ in NAMING_VERBS or not (_introduced(noun) or agent_of_item)):
        # "during a process called X" introduces the process by its name: "What is the
        # process called?" loses what it is; "had an older brother named X" needs the owner
        return None
    arg = argument_of(acl, span)
    named = arg is not None and not frontable(span, arg, acl) and _names_agent(span, arg)
    if arg is None or not (named or frontable(span, arg, acl)):
        return None
    wh, qtype, absorb = wh_phrase(span, arg, acl)
    remove, how_many = _answer_removal(doc, span, qtype, absorb, acl)
    whole_agent = named or (arg.dep_ == "agent" and all(t in span or t.i in remove or t == arg for t in arg.subtree))
    if not whole_agent and any(t.dep_ == "poss" and t not in span for t in arg.subtree):
        # "setting out the Government's [programme]": the owner would be stranded; but "headed
        # by his assistant [X]" -> "Who headed the committee?" leaves nothing behind
        return None
    skip = NP_DROP_DEPS | {"acl", "relcl", "prep", "punct"}
    subject = [t.i for t in noun.subtree if t.i <= noun.i and not under_dep(t, noun, skip) and not t.is_punct]
    clause_skip = {"relcl", "acl", "appos", "advcl", "conj", "cc"}
    body = [t.i for t in acl.subtree if t.i not in remove and not t.is_punct and not under_dep(t, acl, clause_skip)]
    # "a new gallery, funded by X, opened": the gallery the sentence is about is "the gallery"
    replace = {} if definite else {subject[0]: _definite_start(doc[subject[0]])}
    plural = noun.tag_ in {"NNS", "NNPS"}
    governor = _governing_verb(noun)
    found = _agent_subject(doc, span, acl, wh, qtype, absorb)
    if named and found is None:
        return None  # only the active question asks for the whole agent the name stands for
    recurring = _recurring(doc, body)
    past = (
        governor is None
        or qtype in {"when", "what year"}  # "established in 1890": a dated event is past
        # "sewn by X": the making is done; "owned by X", "organised every May by X": it goes on
        or (found is not None and acl.lemma_.lower() not in STATE_VERBS and not recurring)
        or (_dated(doc, body) and not recurring)  # "a deal reached in 1998"
        or any(c.lower_ in PAST_MARKERS for c in acl.children)  # "formerly owned by X"
        or (acl.lemma_.lower() in MAKING_VERBS and not recurring)  # "The letter, written in Oskel, is"
        or governor.tag_ == "VBD"
        or any(c.tag_ == "VBD" for c in governor.children if c.dep_ in {"aux", "auxpass"})
        or (governor.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in governor.children))
    )  # else the tense of the sentence around the participle ("are not administered": present)
    if found is not None:
        # the agent asked as the subject of the active clause: "Who funded the new gallery?",
        # "A park owned by the city lies nearby" -> "What owns the park?"
        active_wh, agent = found
        if past:
            tensed = past_form(acl)
        else:
            tensed = acl.lemma_.lower() if _plural_agent(active_wh, qtype, span) else _third_singular(acl)
        if tensed is not None:
            agent_ids = {t.i for t in agent.subtree}
            rest = [i for i in body if i not in agent_ids]
            before = [doc[i].text for i in rest if i < acl.i]  # "jointly funded by X"
            active = " ".join([active_wh, *before, tensed])
            body = subject + [i for i in rest if i > acl.i]
            return Plan(wh=active, qtype=qtype, body=body, replace=replace, score=0.7, verbal_wh=True)
    aux = copula(plural, past)
    return Plan(wh=how_many or wh, qtype=qtype, body=body, subject=subject, front_aux=aux, replace=replace, score=0.7)


def _names_agent(span: Span, arg: Token) -> bool:
    """The answer is the name of the participle's agent after its title ("headed by his
    assistant [Nicholas Golovin]"): the active question asks for the whole agent."""
    objs = [c for c in arg.children if c.dep_ == "pobj"]
    return arg.dep_ == "agent" and len(objs) == 1 and span.root.pos_ == "PROPN" and named_link(span.root, objs[0])


def noun_participle(span: Span) -> Token | None:
    """The passive participle on a noun whose clause holds the answer ("The university,
    established in [1890], ..."): the verb of the clause ``participle_question`` asks."""
    acl = span.root
    while acl.head != acl and not (acl.dep_ == "acl" and acl.tag_ == "VBN"):
        acl = acl.head
    noun = acl.head
    if acl.dep_ != "acl" or acl in span or noun.pos_ not in {"NOUN", "PROPN"} or noun in span:
        return None
    return acl


def past_form(participle: Token) -> str | None:
    """The past tense of a passive participle, where it is known: "funded", "wrote"."""
    text = participle.lower_
    if text in PARTICIPLE_PAST:
        return PARTICIPLE_PAST[text]
    return text if text.endswith("ed") or text in SAME_PAST else None


def _dated(doc: Doc, ids: list[int]) -> bool:
    """A date or time among ``ids`` ("reached in 1998", "held every May")."""
    return any(doc[i].ent_type_ in {"DATE", "TIME"} for i in ids)


def _recurring(doc: Doc, ids: list[int]) -> bool:
    """A recurring date among ``ids`` ("every May", "each [October]": the tagger often leaves
    "each", or the whole phrase, outside any date), which places the clause in no past."""
    return any(
        t.lower_ in RECURRING and (t.head.ent_type_ in {"DATE", "TIME"} or t.head.lower_ in _DATE_HEADS)
        for t in (doc[i] for i in ids)
    )


def _introduced(noun: Token) -> bool:
    """An indefinite noun phrase that "the" can take up once the sentence has introduced it
    ("A new gallery, funded by X, opened" -> "the new gallery"): "a"/"an", or a bare plural; not
    a quantifier ("several", "many") and not one item of a list."""
    det = next((c for c in noun.children if c.dep_ == "det"), None)
    if det is not None and det.lower_ not in {"a", "an"}:
        return False
    if det is None and noun.tag_ != "NNS":
        return False  # a bare mass noun is no thing introduced: "value added by X"
    if any(c.lower_ in VAGUE_QUANTIFIERS for c in noun.children):
        return False
    return not (noun.dep_ == "conj" or any(c.dep_ in {"conj", "nummod", "quantmod"} for c in noun.children))


def _definite_start(first: Token) -> str:
    """The first word of an indefinite noun phrase made definite: "a" -> "the", else "the" + word."""
    if first.dep_ == "det":
        return "the"
    return f"the {first.text if first.pos_ == 'PROPN' or first.ent_type_ else first.lower_}"


def nominal_wh(wh: str) -> bool:
    """A wh-phrase that stands for a noun phrase ("what", "which team", "how many people"),
    which a preposition can move with; not an adverb ("when", "where", "why")."""
    return wh.split()[0] in {"what", "who", "whom", "which", "whose"} or wh.startswith("how m")


def past_clause(tok: Token) -> bool:
    """The clause around ``tok`` (its nearest verb) is in the past tense."""
    governor = _governing_verb(tok)
    if governor is None:
        return False
    return governor.tag_ == "VBD" or any(c.tag_ == "VBD" for c in governor.children if c.dep_ in {"aux", "auxpass"})


def _future_clause(tok: Token) -> bool:
    """The clause around ``tok`` (its nearest verb) is in the future: "will"/"shall" on it."""
    governor = _governing_verb(tok)
    return governor is not None and any(
        c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in [governor, *governor.children]
    )


def copula(plural: bool, past: bool) -> str:
    return ("were" if plural else "was") if past else ("are" if plural else "is")


def _definite(noun: Token) -> bool:
    """A noun phrase a reader can identify: a name, or "the"/"this"/a possessive before it."""
    if noun.pos_ == "PROPN":
        return True
    return any(c.dep_ == "poss" or c.lower_ in {"the", "this", "these", "that", "those"} for c in noun.children)


def _next_kept(doc: Doc, keep: list[int], remove: set[int], after: int) -> Token | None:
    """The first kept token after ``after`` (past the removed answer) when it is a preposition:
    a preposition stranded there would stand before another one."""
    nxt = next((i for i in keep if i > after and i not in remove), None)
    return doc[nxt] if nxt is not None and doc[nxt].pos_ == "ADP" else None


def invert(doc: Doc, verb: Token, plan: Plan, tense: str | None = None) -> bool:
    """Front the first auxiliary, or the copula, or add do-support (in ``tense`` when given)."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i and c.i in plan.body]
    if auxes and auxes[0].tag_ == "TO":
        return False  # an infinitive ("for Disney to acquire ...") has no auxiliary to front
    if auxes and auxes[0].lemma_.lower() not in AUXILIARY_LEMMAS:
        # "Events [helped] boost WPP's profits": a verb, not an auxiliary, and the tagger gave it
        # no lemma to do-support with: no "In what year helped events boost ...?"
        return False
    shared = shared_auxiliaries(verb) if not auxes and tense is None else []
    if shared:
        # "will cost ... and occupy [X]" -> "What will the institute occupy?"; "was found in
        # 1962 and mapped in [1986]" -> "When was the wreck mapped?"
        plan.front_aux = {"ca": "can", "wo": "will"}.get(shared[0].lower_, shared[0].lower_)
        if shared[1:]:  # "has been sold and renamed" -> "has ... been renamed"
            plan.replace[verb.i] = " ".join([t.lower_ for t in shared[1:]] + [plan.replace.get(verb.i, verb.text)])
    elif auxes:
        first = auxes[0]
        plan.front_aux = {"ca": "can", "wo": "will", "'s": "is", "'re": "are", "'ve": "have"}.get(
            first.lower_, first.lower_
        )
        if first.lower_ in {"'s", "\u2019s"} and _perfect_after(first, verb):
            plan.front_aux = "has"  # "He's been a tremendous colleague" -> "What has Dan Orr been?"
        plan.body = [i for i in plan.body if i != first.i]
    elif verb.lemma_ == "be" and verb.tag_ != "VBG":
        plan.front_aux = {"'s": "is", "'re": "are", "'m": "am"}.get(verb.lower_, verb.lower_)
        plan.body = [i for i in plan.body if i != verb.i]
    else:
        do = {"VBD": "did", "VBZ": "does", "VBP": "do", "VB": "do", "VBN": "did"}.get(tense or verb.tag_)
        if do in {"do", "does"} and tense is None:
            do = _present_do(verb) or do  # "The function of the teacher is to ... [deflate]": "does"
        if do is None and mistagged_verb(verb):  # a present-tense verb tagged as a noun: "prey"
            subj = find_subject(verb)
            plural = subj is not None and (subj.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subj.children))
            do = "do" if plural else "does"
        if do is None:
            return False
        plan.front_aux = do
        base = LEMMA_FIXES.get(verb.lower_, verb.lemma_.lower())  # "hopes" -> "hope", not "hop"
        plan.replace[verb.i] = verb.lower_ if mistagged_verb(verb) else base
    for i in plan.body:
        if doc[i].lower_ == "n't":
            plan.replace[i] = "not"
    return True


def quote_before_speaker(verb: Token, subj: Token | None) -> Token | None:
    """The reported clause of a verb of saying that stands before its speaker ('"The charts
    were wrong," Dan Orr told Reuters'), or None."""
    if subj is None or verb.lemma_ not in SAY_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i < subj.i), None)


def span_inside(span: Span, tok: Token) -> bool:
    """The answer lies within the phrase headed by ``tok``."""
    return tok.left_edge.i <= span.start and span.end - 1 <= tok.right_edge.i


def _present_do(verb: Token) -> str | None:
    """Present do-support by the subject's number, which the tagger's VBZ/VBP sometimes gets
    wrong ("What do the term become?"): a singular common noun takes "does", a plural one "do";
    None when the subject does not say (a name, a pronoun, a coordination, none)."""
    subj = find_subject(verb)
    if subj is None or any(c.dep_ == "conj" for c in subj.children):
        return None
    if subj.tag_ == "NN":
        return "does"
    return "do" if subj.tag_ == "NNS" else None  # a name's number is its own ("Cyanobacteria contain")


def in_situ_question(
    doc: Doc, verb: Token, subj: Token | None, span: Span, wh: str, qtype: str, absorb: bool, keep: list[int]
) -> Plan | Generated:
    """The declarative clause with the answer replaced where it stands ("X defeated which team?")."""
    if wh in {"why", "how", "how long ago"}:
        # "The Sky Q Mini allows why?", "... was known as how?" are no English questions
        return Generated(None, reason="unsupported_answer", detail=f"'{wh}' is not asked in place")
    quoted = quote_before_speaker(verb, subj)
    if quoted is not None and quoted.i in keep and not span_inside(span, quoted):
        # '"The charts were wrong," Dan Orr told [Reuters]' in place runs the quotation into its
        # speaker: no "The charts were wrong Dan Orr told what?"
        return Generated(None, reason="unsupported_answer", detail="a quotation before its speaker")
    if span.root.dep_ == "conj" and span.root.pos_ in {"VERB", "AUX"} and span.root.tag_ != "VBG":
        # a coordinated clause is nothing "what" can stand for in place: no "Sierra Sky Park
        # was the first aviation community to be built what?"
        return Generated(None, reason="unsupported_answer", detail="a coordinated clause asked in place")
    remove, how_many = _answer_removal(doc, span, qtype, absorb, verb, moved=False)
    wh = how_many or wh
    if wh == "when" and qtype == "what year":
        wh = "in what year"  # in place the phrase keeps its preposition: "... boost fees in what year?"
    root = span.root
    time_wh = wh.startswith(TIME_WH_PHRASES)
    if (not nominal_wh(wh) or time_wh) and root.dep_ in NOUN_MODIFIER_DEPS and root.head.i not in remove:
        # an adverb cannot modify the noun the answer modified: no "came in at when euros?"; nor
        # can a time with a noun of its own ("... from what year model years?" for "[2005] model years")
        return Generated(None, reason="unsupported_answer", detail=f"'{wh}' would modify a noun")
    if span.root.dep_ == "pobj" and not absorb and wh in {"when", "where"}:
        remove.add(span.root.head.i)
    first = min(remove)
    body = [i for i in keep if i not in remove]
    governor = span.root.head
    if (
        governor != span.root
        and span.root.dep_ != "conj"  # a list item stands in the list, whatever it hangs on
        and governor.i not in remove
        and governor.i not in body
        and governor.lower_ not in wh.lower().split()  # "what type of algorithms" holds it
    ):
        # what the answer hangs on was simplified away: "Kenyatta was what?" for the object
        # of a verb inside a quotation
        return Generated(None, reason="unsupported_answer", detail="the word the answer hangs on is not kept")
    # the list item the wh-phrase stands for: the counted noun it takes in ("recording [45]
    # touchdowns, 10 interceptions and ..." -> "how many touchdowns"), else the answer
    # (a noun that itself modifies another is no item: "one interception and zero touchdowns")
    counted = span.root.head
    taken = how_many is not None and counted.i in remove and counted.dep_ not in NOUN_MODIFIER_DEPS
    item = counted if taken else span.root
    listed = item.dep_ == "conj" or any(c.dep_ == "conj" for c in item.children if c not in span)
    # more list items after the answer: "in literacy and what, the arts, religion, civics?"
    items_after = any(t.dep_ == "conj" and t.i >= span.end and t != item for t in item.head.subtree) or any(
        c.dep_ == "conj" and c.i >= span.end for c in item.children
    )
    # Inverted copulas ("Among the largest creatures are X") have no subject but a full clause.
    subjectless_ok = subj is None and verb.i in body and not listed and len(body) >= 4
    if (subj is None and not subjectless_ok) or len([i for i in body if not doc[i].is_punct]) < 2:
        return Generated(None, reason="unsupported_answer", detail="too little clause left around the answer")
    subject = _subject_ids(subj, verb, keep)
    if subj is not None and subj.head != verb:
        body = subject + [i for i in body if i not in set(subject)]
    pos = sum(1 for i in body if i < first)
    if subj is not None and subj.head != verb and first > verb.i:
        pos = len([i for i in body if i < first or i in set(subject)])
    if subj is not None and span.start < subj.left_edge.i:
        # a fronted adjunct asked in place lacks inversion: "In response to what OPEC raised ...?"
        return Generated(None, reason="unsupported_answer", detail="in-situ wh-phrase would open the question")
    before = body[pos - 1] if pos > 0 else None
    if before is not None and doc[before].lower_ in {"a", "an", "the"} and before == first - 1:
        body.pop(pos - 1)  # "a how many record" -> "how many record"
        pos -= 1
    if (
        first < verb.i
        and subj is not None
        and subj in span.root.ancestors
        and under_dep(span.root, subj, {"appos"})
    ):
        # a wh-phrase in what describes the subject asks nothing the clause says: not "Ali
        # Shamkhani, secretary of which council said ...?"
        return Generated(None, reason="unsupported_answer", detail="in-situ wh-phrase inside a noun phrase")
    if first < verb.i and not _in_situ_subject_ok(doc, body, pos):
        # before the verb, a wh-phrase in place reads as a garbled statement unless it opens
        # the question or follows a preposition or conjunction ("Members of what began ...",
        # "Both X and what are ..."): not "Another special what for Comic Relief was made?"
        return Generated(None, reason="unsupported_answer", detail="in-situ wh-phrase inside a noun phrase")
    if listed and items_after:
        # the list ends with the wh-phrase: "instruction in literacy and what?"
        later = _later_items(span, item)
        body = body[:pos] + [i for i in body[pos:] if i not in later]
    modifies_next = span.root.dep_ in {"compound", "amod", "nmod"} and body and span.root.head.i == body[0]
    if (
        pos == 0
        and body
        and (doc[body[0]].pos_ in {"NOUN", "PROPN"} or doc[body[0]].lower_ == "of" or modifies_next)
        and not wh.startswith(("whose", "how many"))
    ):
        # the wh-word modifies a noun it cannot take: "What year Economics Nobel prize winner
        # ...?", "What official Barry Fitzpatrick said ...?" for "[NUJ] official ..."
        return Generated(None, reason="unsupported_answer", detail="in-situ wh-phrase inside a noun phrase")
    if _describes_name_after(doc, span, body, pos):
        # the answer is a title before a name: "by [journalist] Dan Orr" -> no "by whom Dan Orr?"
        return Generated(None, reason="unsupported_answer", detail="in-situ wh-phrase before the name it describes")
    absolute = span.root.dep_ in {"nsubj", "nsubjpass"} and span.root.head.tag_ in {"VBG", "VBN"}
    if absolute and span.root.head.dep_ == "pcomp" and span.root.head.head.lower_ in {"with", "without"}:
        # "closed higher, with [Altria] rising 5%": the subject of an absolute phrase in place
        # reads as no question ("... with whom rising 5%?")
        return Generated(None, reason="unsupported_answer", detail="in-situ subject of an absolute phrase")
    inverted = subj is not None and subj.i > verb.i
    if pos > 0 and inverted and (doc[body[0]].pos_ in {"VERB", "AUX"} or verb.lemma_ in SAY_VERBS):
        # an inverted report ("..., said Rick Egelton, economist at X"; '"Demand is steady,"
        # said Ida Marsh, analyst at X') cannot stay in place
        return Generated(None, reason="unsupported_answer", detail="in-situ question would open with its verb")
    previous = doc[body[pos - 1]] if pos > 0 else None
    nominal = nominal_wh(wh)
    if nominal and previous is not None and _title_before_name(previous, span):
        # "to tight end [Owen Daniels]" -> "to which tight end?"
        title = [t.i for t in previous.subtree if t.i <= previous.i]
        wh = "which " + join_tokens([doc[i] for i in title if doc[i].dep_ != "det"])
        pos -= sum(1 for i in body[:pos] if i in title)
        body = [i for i in body if i not in title]
        previous = doc[body[pos - 1]] if pos > 0 else None
    while previous is not None and previous.is_punct and previous.i > 0:
        previous = previous.nbor(-1) if previous.nbor(-1).i in body else None  # ", what" reads as "sons what"
    if (
        nominal
        and previous is not None
        and (previous.pos_ in {"NOUN", "PROPN", "NUM", "ADJ", "PRON"} or previous.lower_ == "only")
    ):
        # "... Google, Intel what?", "air conditioning what?", "have lost their what?": the
        # wh-phrase must follow a preposition, a verb or a conjunction to read as a question
        return Generated(None, reason="unsupported_answer", detail="in-situ wh-phrase right after a noun")
    after = [i for i in body[pos:] if not doc[i].is_punct]
    if listed and items_after and len(after) > MAX_WORDS_AFTER_LISTED_WH:
        return Generated(None, reason="unsupported_answer", detail="in-situ wh-phrase inside a list")
    if wh in IN_SITU_ADVERB_WH and pos > 0 and _more_than_an_adjunct(doc, after):
        # an adverb in place may be followed by another adjunct ("... lured where by
        # Tottenham?"), not by the rest of a phrase or clause: not "Sony was in when VCR
        # battle?", "hoped the talks when could produce a date ...?"
        return Generated(None, reason="unsupported_answer", detail=f"in-situ '{wh}' before the rest of its clause")
    if wh == "who" and previous is not None and previous.pos_ == "ADP":
        wh = "whom"  # "the knowledge of whom?"
    return Plan(wh=wh, qtype=qtype, body=body, wh_at=pos, score=0.6)


def _more_than_an_adjunct(doc: Doc, after: list[int]) -> bool:
    """Words after an in-situ wh-phrase (``after``) that are not another prepositional phrase.
    A dangling "and" before a clause cut away goes at the surface ("the hot gadget of
    [Christmas 2004] and"), so it does not count."""
    following = [i for i in after if doc[i].dep_ != "cc"]
    return bool(following) and doc[following[0]].dep_ not in {"prep", "agent"}


def _title_before_name(noun: Token, span: Span) -> bool:
    """A common noun right before a name, as its title ("tight end Owen Daniels", "the
    defending champion New England Patriots"), without an owner ("their patron X")."""
    return (
        noun.pos_ == "NOUN"
        and noun.is_lower
        and noun.ent_type_ not in {"DATE", "TIME"}
        and noun.i == span.start - 1
        and span.root.pos_ == "PROPN"
        and not any(t.dep_ == "poss" or t.tag_ == "POS" or t.is_punct for t in noun.subtree if t.i <= noun.i)
        and noun.left_edge.i > span.sent.start
    )


def _later_items(span: Span, root: Token) -> set[int]:
    """Tokens of the list items after the answer, with the commas and conjunctions before them;
    ``root`` is the answer's list item (the answer's root, or the noun it counts)."""
    doc = span.doc
    items = [c for c in root.children if c.dep_ == "conj" and c.i >= span.end]
    if root.dep_ == "conj":
        later = (t for t in root.head.subtree if t.dep_ == "conj" and t.i >= span.end and t != root)
        items += [t for t in later if t.head.i < span.end]
    ids: set[int] = set()
    for item in items:
        ids |= {t.i for t in item.subtree}
        before = item.left_edge.i - 1
        while before >= span.end and (doc[before].is_punct or doc[before].dep_ in {"cc", "preconj"}):
            ids.add(before)
            before -= 1
    return ids


def verb_phrase_question(span: Span) -> Plan | None:
    """An answer that is the predicate of its clause: "accepted 5.3% of applicants" -> "What did
    Harvard do?"; "has closed two plants" -> "What has X done?"; passive "was canceled" ->
    "What happened to the mission?"."""
    verb = span.root
    if verb.pos_ != "VERB" or span.start > verb.i:
        return None
    subj = find_subject(verb)
    if subj is None or subj in span or subj.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    subject = [t.i for t in subj.subtree if not under_dep(t, subj, NP_DROP_DEPS) and not t.is_punct]
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    if subj.dep_ == "nsubjpass":
        aux = next((a for a in auxes if a.dep_ == "auxpass"), None)
        if aux is None:
            return None
        event = {"VBD": "happened", "VBZ": "happens", "VBP": "happens"}.get(aux.tag_)
        if event is None or len(auxes) > 1:
            return None
        return Plan(wh="what", qtype="what happened", body=[], front_aux=f"{event} to", subject=subject, score=0.65)
    if not auxes:
        if verb.tag_ not in {"VBD", "VBZ", "VBP"}:
            return None
        do = {"VBD": "did", "VBZ": "does", "VBP": "do"}[verb.tag_]
        return Plan(wh="what", qtype="what do", body=[], front_aux=do, subject=subject, tail=["do"], score=0.7)
    first = auxes[0]
    if first.lemma_ == "have" and verb.tag_ == "VBN":
        tail = "done"
    elif first.tag_ == "MD" and verb.tag_ == "VB":
        tail = "do"
    elif first.lemma_ == "be" and verb.tag_ == "VBG":
        tail = "doing"
    else:
        return None
    return Plan(wh="what", qtype="what do", body=[], front_aux=first.lower_, subject=subject, tail=[tail], score=0.65)


def event_question(span: Span) -> Plan | None:
    """An answer that is a whole clause (its verb and its subject) is what happened: asked
    from the adjunct outside it ("Because oil was priced in dollars, [real income
    decreased]" -> "What happened because oil was priced in dollars?"), or from the
    reporting verb it is the complement of ("Luther said [that ...]" -> "What did Luther
    say?")."""
    verb = next((t for t in span if t.dep_ in CLAUSE_HEADS and (t.pos_ in {"VERB", "AUX"} or mistagged_verb(t))), None)
    if verb is None:
        return None
    subj = find_subject(verb)
    if subj is None or subj not in span:
        return None
    head = verb.head
    if verb.dep_ == "ccomp" and head not in span and head.lemma_ in SAY_VERBS:
        speaker = find_subject(head)
        do = {"VBD": "did", "VBZ": "does", "VBP": "do"}.get(head.tag_)
        if speaker is None or speaker in span or do is None or speaker.pos_ == "PRON" and speaker.lower_ != "he":
            return None
        subject = [t.i for t in speaker.subtree if not under_dep(t, speaker, NP_DROP_DEPS) and not t.is_punct]
        return Plan(wh="what", qtype="what", body=[], front_aux=do, subject=subject, tail=[head.lemma_], score=0.6)
    answer = set(range(span.start, span.end))
    adjuncts = [c for c in verb.children if _scene(c, span) and not answer & {t.i for t in c.subtree}]
    if not adjuncts:
        return None
    adjunct = adjuncts[0]  # the fronted one, where there is one: it sets the scene
    ids = [t.i for t in adjunct.subtree if not t.is_punct or t.i < adjunct.right_edge.i]
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    modal = next((a.lower_ for a in auxes if a.tag_ == "MD"), None)
    past = verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)
    event = f"{modal} happen" if modal else ("happened" if past else "happens")
    return Plan(wh="what", qtype="what happened", body=ids, front_aux=event, score=0.55)


def _in_situ_subject_ok(doc: Doc, body: list[int], pos: int) -> bool:
    return pos == 0 or doc[body[pos - 1]].pos_ in {"ADP", "CCONJ"}


def _scene(tok: Token, span: Span) -> bool:
    """An adjunct that sets the scene of a clause answer: a subordinate clause with its
    conjunction ("because ...", "while ..."), a fronted PP ("At the start of the war"), a
    trailing time PP ("during the war"), or a date."""
    if tok.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in SCENE_MARKS for c in tok.children)
    if tok.dep_ == "prep":
        return tok.i < span.start or tok.lower_ in SCENE_PREPS
    return tok.dep_ == "npadvmod" and tok.ent_type_ == "DATE"


def _perfect_after(aux: Token, verb: Token) -> bool:
    """A contracted "'s" is "has" before a past participle that is no passive ("He's [been]
    a colleague", "she's [done] a great job"); before "-ing" or a passive it is "is"."""
    nxt = aux.doc[aux.i + 1] if aux.i + 1 < len(aux.doc) else None
    if nxt is not None and nxt.lower_ == "been":
        return True
    return verb.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in verb.children)


def _first_finite(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in {"aux", "auxpass"} and c.i < verb.i:
            return c
    return verb


def _third_singular(tok: Token) -> str:
    lemma = tok.lemma_.lower()
    if lemma in IRREGULAR_3SG:
        return IRREGULAR_3SG[lemma]
    if re.search(r"(s|sh|ch|x|z|o)$", lemma):
        return lemma + "es"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    return lemma + "s"
