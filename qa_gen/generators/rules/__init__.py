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

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from ...answers import negative_answer
from ...validate import MAX_QUESTION_WORDS, check_question
from ..base import Generated, register
from .brackets import alias_question, bracketed_name, date_question, measure_before, swap_unit
from .clause import (
    BRACKETS_KEY,
    age_word,
    appositive_np,
    area_np,
    argument_of,
    bracket_bounds,
    clause_marks,
    clause_verb,
    completes_demonstrative,
    content_clause,
    counted_noun,
    drop_phrase,
    find_subject,
    finite_word,
    frontable,
    fronted_condition,
    inside_brackets,
    modifier_np,
    names_subject,
    owned_subject,
    quantified,
    range_end,
    restated_subject,
    second_object,
    shared_subject_verbs,
    simplify,
    span_covers,
    title_np,
    titled,
    with_fronted_date,
)
from .dated import dated_question
from .forms import (
    Plan,
    active_question,
    age_question,
    called_question,
    description_question,
    event_question,
    fronted_question,
    in_situ_question,
    noun_modifier_question,
    noun_participle,
    participle_agent_question,
    participle_question,
    pied_piped_question,
    subject_question,
    verb_phrase_question,
)
from .frames import belief_frame, framed_question
from .identity import identity_questions
from .lexicon import (
    ADDRESSEE_VERBS,
    AGE_NOUN_DEPS,
    AGED,
    ASSERTING_ADJECTIVES,
    BARE_REPORT_VERBS,
    CLAIM_NOUNS,
    COMPLEMENT_DEPS,
    COORDINATORS,
    COUNT_WORDS,
    DENYING_ADJECTIVES,
    DENYING_VERBS,
    DESCRIBING_VERBS,
    DURATION_UNITS,
    EXTRACTED_PREPS,
    FACTIVE_VERBS,
    FINITE_TAGS,
    HEDGING_MODALS,
    INFINITIVE_NOUNS,
    LEMMA_FIXES,
    MAX_REPAIRS,
    MIN_RELATIVE_WORDS,
    NAMING_VERBS,
    NEGATING_PREPS,
    OBLIGATION_MODALS,
    OPEN_QUESTION_WORDS,
    OPTIONAL_DEPS,
    ORDINAL_WORDS,
    PROPOSAL_VERBS,
    RANGE_PREPS,
    RECORD_WORDS,
    REQUIRING_ADJECTIVES,
    RESULT_NOUNS,
    SAY_VERBS,
    SCORE,
    SET_WORDS,
    SPECULATION_VERBS,
    STRANDED_PREPS,
    SUBJECT_DEPS,
    UNASSERTING_FRAMES,
    UNASSERTING_MARKS,
    UNREALISED_MARKS,
    VERSION,
    WH_TAGS,
    WH_WORDS,
    WINDOW_PREPS,
)
from .nonfinite import absolute_gerund, controlled_clause, fronted_participle, infinitive_answer
from .quotes import quoted_question, with_parenthetical_content
from .relative import copula_for, describing_clauses
from .surface import realize, spoken_wh
from .wh import wh_phrase
from .widen import (
    besides,
    coordination,
    counted_item,
    enclosing_adverbial,
    enclosing_date,
    enclosing_measure,
    enclosing_purpose,
    exemplified,
    list_head,
    ranked_number,
)

__all__ = ["VERSION", "RulesGenerator", "best_question", "build_question"]

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ...answers import AnswerCandidate

# The detail a candidate carries when its wh-phrase stands where the answer stood ("X
# defeated which team?"): such a question waits for a fronted form of a wider phrase.
IN_SITU = "in situ"
# The detail of a question of a form tried only when nothing better is accepted, not even an
# in-situ question: a whole range asked with "when" loses which end the answer is ("from 1892 to
# [1894]": "When did Tesla serve ...?"), and an identity question ("Who is the program
# director?") asks what the passage hardly says.
LAST_RESORT = "last resort"
# How a verb between a reason and the question's verb hangs, where the reason is that verb's
# and not the question's: a clausal subject, a noun's clause or an apposition.
REASON_BREAKING_DEPS = {"csubj", "csubjpass", "acl", "relcl", "appos"}
# Parts of speech that open a noun phrase: after a preposition with no object in the parse,
# such a word is its object, which the parser hung elsewhere ("a bid for [Robbie] Savage - but ...").
PHRASE_OPENERS = {"NOUN", "PROPN", "DET", "NUM", "ADJ", "PRON"}
# How an amount hangs on a noun it describes ("a [$540m] repayment demand", "a [£150m] investment").
AMOUNT_MODIFIER_DEPS = {"nummod", "compound", "amod", "nmod", "quantmod"}


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
        if _asked(span):
            return Generated(None, reason="unsupported_answer", detail="the sentence is a question")
        if negative_answer(span):
            # "have [no policies] in place": "What do most firms have in place?" asks for
            # something the passage says is not there
            return Generated(None, reason="unsupported_answer", detail="the answer says there is none")
        if "(" not in text and "[" not in text:
            doc.user_data.setdefault(BRACKETS_KEY, [])  # no brackets: skip the token scan
        try:
            return best_question(doc, sent, span, answer, text)
        except Exception as exc:  # a rule's bug on one odd sentence must not stop a build
            # (recorded with its reason in rejected.jsonl, where a user or a test sees it)
            return Generated(None, reason="generator_error", detail=f"rules generator failed: {exc!r}")


def _asked(span: Span) -> bool:
    """The answer is inside a question, the writer's or a quoted one ("Can [mobile phones]
    replace the MP3 player?", 'Dan Orr asked: "Why did [the ferry] sink?"'): a question
    asserts nothing that a question about its words could be answered from. The question
    ends at the first quotation mark after the answer or at the sentence's end."""
    last = None
    for tok in span.doc[span.end : span.sent.end]:
        if tok.is_quote:
            break
        if not tok.is_space:
            last = tok
    return last is not None and last.text == "?"


def best_question(doc: Doc, sent: Span, span: Span, answer: AnswerCandidate, context: str) -> Generated:
    """Overgenerate, then rank: the candidates come best form first; the first that passes
    the quality checks wins, except that an in-situ question ("X defeated which team?") waits
    for any fronted or subject question of a later form (a relative clause, a widened phrase),
    and a question of a last-resort form (``LAST_RESORT``) waits for an in-situ one. When none
    passes, the first candidate's rejection is reported."""
    first: Generated | None = None
    waiting: dict[str, Generated] = {}
    for cand in build_question(doc, sent, span, (answer.start, answer.end)):
        if cand.question is not None:
            verdict = check_question(cand.question, answer.text, context)
            if verdict is None:
                if cand.detail not in (IN_SITU, LAST_RESORT):
                    return cand
                waiting.setdefault(cand.detail, cand)
                continue
            cand = Generated(None, reason=verdict.reason, detail=f"{verdict.detail}: {cand.question}")
        first = first or cand
    return waiting.get(IN_SITU) or waiting.get(LAST_RESORT) or first or Generated(None, reason="no_question_generated")


def build_question(
    doc: Doc, sent: Span, span: Span, chars: tuple[int, int] | None = None, *, widen: bool = True
) -> Iterator[Generated]:
    """Every question the parse supports for the answer, best form first; a candidate with
    no question carries the reason its form failed. ``chars``: the answer's exact character
    offsets, where it is only part of a token. With ``widen``, questions about the list or
    phrase the answer sits in (see ``widen``) come first where they are the natural way to
    ask ("Besides Karsby, where else ...?", "At what age ...?"), and the identity and
    adverbial-phrase forms last."""
    if _headless(sent):
        yield Generated(None, reason="unsupported_answer", detail="the sentence has lost its first words")
        return
    verb = clause_verb(span)
    if widen:
        yield from _list_questions(doc, sent, span)
        measure = enclosing_measure(span, verb) if verb is not None else None
        if measure is not None:  # "at the age of 86" -> "At what age did Tesla die?"
            # a bare number that a measure noun the verb takes gives the unit of is asked with
            # the noun ("reached the age of [10]" -> "What age ...?"), not counted ("How many age
            # of 10 ...?"); an amount with its own unit keeps its own forms ("how much")
            bare = measure[1].startswith("what") and all(t.like_num for t in span)
            kind = "what" if bare else "how many"
            yield from _asked_as(doc, sent, measure[0], measure[1], kind)
        examples = exemplified(span) if _whole_list(span) else None
        if examples is not None:  # "larger cars such as [the Corona]" -> "What larger cars did Toyota introduce?"
            yield from _asked_as(doc, sent, examples[0], examples[1], "which")
        dated = enclosing_date(span, verb) if verb is not None else None
        if dated is not None:  # "On 11 July [1934], the Tribune published ..." -> "What year did the Tribune ...?"
            yield from _asked_as(doc, sent, dated, "what year", "what year")
        ranked = ranked_number(span)
        if ranked is not None:  # "reached number [three] in the charts" -> "What number did the song reach ...?"
            yield from _asked_as(doc, sent, ranked[0], ranked[1], "what")
        purpose = enclosing_purpose(span, verb) if verb is not None else None
        if purpose is not None:  # "raised fees in order to [pay for the pier]" -> "Why did ...?"
            yield from _asked_as(doc, sent, purpose, "why", "why")
    phrase = enclosing_adverbial(span, verb) if widen and verb is not None else None
    ranged = phrase is not None and span.root.head.lower_ in RANGE_PREPS  # "from 1892 to [1894]"
    if phrase is None or ranged:  # "from 1892 to what year?" keeps its end point
        yield from _direct_questions(doc, sent, span, chars)
    else:
        # "settled in the area of present-day Charleston": "Where did many Huguenots settle?"
        # reads better than "... settled in the area of what?", so the in-situ form waits
        deferred = []
        for cand in _direct_questions(doc, sent, span, chars):
            if cand.detail == IN_SITU:
                deferred.append(cand)
            else:
                yield cand
        yield from _asked_as(doc, sent, phrase[0], phrase[1], phrase[1])
        yield from deferred
    if widen:
        yield from _relative_questions(doc, sent, span)
        if phrase is not None and ranged:  # the whole phrase only when the end point cannot be asked
            yield from _last_resort(_asked_as(doc, sent, phrase[0], phrase[1], phrase[1]))
        yield from _last_resort(_say(span, plan, plan.qtype) for plan in identity_questions(span))


def _unasserted(verb: Token) -> bool:
    """The clause, or a clause it is the complement of, opens with "whether", "if", "unless" or
    "like" (UNASSERTING_MARKS), is an open question, or has its wh-word for object: "Asked
    whether he thought [the BBC] should have screened it" states nothing of what the BBC should
    have done."""
    return any(
        clause_marks(clause) & UNASSERTING_MARKS or _open_question(clause) or _what_clause(clause)
        for clause in _complements_up(verb)
    )


def _what_clause(clause: Token) -> bool:
    """A clause whose object is its opening wh-word ("to see [what] Dan Orr could have done",
    "explained [what] the council had decided"): what was done is the unknown, and a question
    without the wh-word leaves its verb with no object ("Who could have done in the final?")."""
    if clause.dep_ not in {"ccomp", "csubj", "pcomp"} or clause.left_edge.tag_ not in {"WP", "WDT"}:
        return False
    return clause.left_edge.dep_ in {"dobj", "attr"} and clause.left_edge.head == clause


def _complements_up(verb: Token) -> Iterator[Token]:
    """The clause of ``verb``, then each clause it is the complement of, up to the first that
    is no complement ("whether he thought [the BBC] should have ...": "have", "thought")."""
    clause = verb
    yield clause
    while clause.dep_ in {"ccomp", "xcomp"} and clause.head != clause:
        clause = clause.head
        yield clause


def _open_question(clause: Token) -> bool:
    """An indirect question left open: a clause opening with a wh-word under "ask", "wonder",
    "unclear" (OPEN_QUESTION_WORDS) or a negated verb ("How much longer [Mr Brown] will continue
    in the job is not clear")."""
    if clause.dep_ not in {"ccomp", "csubj"} or clause.left_edge.tag_ not in WH_TAGS:
        return False
    head = clause.head
    words = {head.lemma_.lower()} | {c.lower_ for c in head.children if c.dep_ in {"acomp", "attr"}}
    return bool(words & OPEN_QUESTION_WORDS) or any(c.dep_ == "neg" for c in head.children)


def _claimed(verb: Token) -> bool:
    """The clause, or one it is the complement of, is the content of a claim noun
    (CLAIM_NOUNS: "reports [that she has pulled out]") or the clause of "it is expected"
    (SPECULATION_VERBS), or what someone proposes should happen (``_proposed``)."""
    return any(
        (clause.head.lemma_.lower() in CLAIM_NOUNS and content_clause(clause))
        or (clause.dep_ == "ccomp" and _speculation(clause.head))
        or _proposed(clause)
        or _speculation(clause)  # "It is hoped [the forecast] for Sunday will ...", parsed as the object of "hoped"
        for clause in _complements_up(verb)
    )


def _speculation(verb: Token) -> bool:
    """ "It is expected", "it is hoped" (SPECULATION_VERBS; "hoped" is no "hop")."""
    return LEMMA_FIXES.get(verb.lower_, verb.lemma_.lower()) in SPECULATION_VERBS and _impersonal_passive(verb)


def _proposed(clause: Token) -> bool:
    """What someone proposes ought to happen (PROPOSAL_VERBS): "Lord Haskins suggested [Mr
    Blair] should reinstate Mr Brown" says what Mr Blair should do in one man's view, not what
    he should do ("Who should reinstate Mr Brown?")."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in PROPOSAL_VERBS:
        return False
    return any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in clause.children)


def _impersonal_passive(verb: Token) -> bool:
    """ "It is expected (that) ...": a passive with "it" for its subject."""
    return any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children)


def _rejected_alternative(verb: Token) -> bool:
    """The clause is the second of two joined by "rather than" or "instead of": the act the
    sentence says did not happen."""
    if verb.dep_ != "conj":
        return False
    doc = verb.doc
    before = [t.lower_ for t in doc[max(verb.head.i + 1, verb.i - 3) : verb.i]]
    return any(before[i : i + 2] in (["rather", "than"], ["instead", "of"]) for i in range(len(before) - 1))


def _unrealised(verb: Token) -> bool:
    """The clause opens with "until" or "before" (UNREALISED_MARKS) and its verb is in no past
    tense: "until the House of Lords has considered", "before gamers could get to grips",
    "until the euro reaches $1.30", "six months before their contracts expire". One kind of
    present is no future: a thing's course described in the present, the clause going on with
    the main clause's subject as "it" or "they" ("The Rhine forms the border ... until it turns
    north at Basel")."""
    if not clause_marks(verb) & UNREALISED_MARKS:
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(v.tag_ == "VBD" for v in (verb, *auxes)):
        return False
    head = verb.head
    subj = find_subject(verb)
    ahead = any(a.tag_ == "MD" or a.lemma_ == "have" for a in auxes + [c for c in head.children if c.dep_ == "aux"])
    present = [head, *(c for c in head.children if c.dep_ in {"aux", "auxpass"})]
    described = any(t.tag_ in {"VBZ", "VBP"} for t in present) and subj is not None and subj.lower_ in {"it", "they"}
    return ahead or not described


def _elliptical_comparison(verb: Token) -> bool:
    """A comparison's second half, whose verb stands for the first half's ("30% higher than
    they [were] in January 2004", "as important as it [had been] during the 1980s", "more than
    it [did] in 2003"): asked alone it says nothing ("When were the oil prices?")."""
    marks = clause_marks(verb)
    # "than" always compares; "as" only after an adjective or adverb ("as important [as] it had
    # been"), not as a conjunction of time or reason ("business [as] Baghdad is under siege")
    graded = verb.head.pos_ in {"ADJ", "ADV"} or any(c.lower_ == "as" for c in verb.head.children if c.i < verb.i)
    marked = "than" in marks or ("as" in marks and graded)
    complete = any(c.dep_ in COMPLEMENT_DEPS for c in verb.children)
    return marked and verb.lemma_ in {"be", "do", "have"} and not complete


# The tests of a clause that does not state its content as fact, in the order they are tried,
# with the detail each decline records.
UNSTATED_CLAUSES: tuple[tuple[Callable[[Token], bool], str], ...] = (
    (_unasserted, "the clause is not asserted (whether/if)"),
    (_claimed, "the clause is a claim or a guess"),
    (_rejected_alternative, "an alternative the sentence rejects"),
    (_unrealised, "the clause tells of an event still to come"),
    (_elliptical_comparison, "the clause is an elliptical comparison"),
)


def _headless(sent: Span) -> bool:
    """The sentence opens with a verb in lower case and its main clause has no subject ("won
    the triple jump with a leap of 16.87m"): the source lost the words before it (a name in a
    link or a table), and a question would say that nobody did it."""
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if first is None or not first.is_alpha or not first.is_lower or not first.tag_.startswith("VB"):
        return False
    return find_subject(sent.root) is None


def _whole_list(span: Span) -> bool:
    """The answer is a whole list (or a lone item): no item of its list lies outside it (one
    item of several is asked by ``_list_questions``)."""
    head = list_head(span.root)
    return head in span and not any(t.dep_ == "conj" and t not in span for t in head.subtree)


def _last_resort(cands: Iterable[Generated]) -> Iterator[Generated]:
    for cand in cands:
        yield replace(cand, detail=LAST_RESORT) if cand.question is not None else cand


def _list_questions(doc: Doc, sent: Span, span: Span) -> Iterator[Generated]:
    """One item of a list: with its title where no other item shares it ("Which engineer does
    the board include?"), else naming the other items ("Besides Karsby, where else ...?")."""
    counted = counted_item(span)
    if counted is not None:  # "10 touchdowns and six interceptions" -> "How many touchdowns ...?"
        yield from _asked_as(doc, sent, counted[0], counted[1], "how many")
    listed = coordination(span)
    if listed is None:
        return
    whole, others = listed
    examples = exemplified(whole)
    if examples is not None:
        # "sponsors such as Apple, [Gap] and Chevron" -> "Besides Apple and Chevron, what other sponsors ...?"
        for cand in _asked_as(doc, sent, examples[0], examples[1], "which"):
            question = besides(cand.question, others) if cand.question is not None else None
            if question is not None:
                yield replace(cand, question=question)
    titled_item = title_np(span)
    if titled_item is not None and _unique_title(titled_item[1], others):
        yield from _asked_as(doc, sent, whole, titled_item[1], "which")
    for cand in _direct_questions(doc, sent, whole, None):
        bare = cand.question_type == "what"  # "what" with no noun after it
        question = besides(cand.question, others, bare=bare) if cand.question is not None else None
        if question is not None:
            yield replace(cand, question=question, score=cand.score * 0.9)


def _asked_as(doc: Doc, sent: Span, whole: Span, wh: str, qtype: str) -> Iterator[Generated]:
    """The questions that ask for the wider phrase ``whole`` with the wh-phrase ``wh`` fronted."""
    for cand in _direct_questions(doc, sent, whole, None, (wh, qtype, False)):
        if cand.question is not None and cand.question.lower().startswith(spoken_wh(wh).lower()):
            yield replace(cand, score=cand.score * 0.9)


def _relative_questions(doc: Doc, sent: Span, span: Span) -> Iterator[Generated]:
    """The answer asked through the relative clause that describes it ("Bruno Mars, who
    headlined the show, ..." -> "Who headlined the show?"; see ``relative``)."""
    for rel in describing_clauses(span):
        if rel.pronoun is None:  # "the engine, invented by X" -> "What was invented by X?"
            keep = simplify(rel.clause, span, None)
            plan = Plan(wh=rel.wh, qtype=rel.wh, body=keep, front_aux=copula_for(span.root), score=0.8)
            cands = [_say(span, plan, rel.wh, rel.clause)]
        else:
            pronoun = doc[rel.pronoun.i : rel.pronoun.i + 1]
            cands = list(_direct_questions(doc, sent, pronoun, None, (rel.wh, rel.wh, False)))
        for cand in cands:
            words = (cand.question or "").lower().split()
            if len(words) < MIN_RELATIVE_WORDS:
                continue  # "Who took over?": the clause lost its content to simplification
            said = {rel.wh, spoken_wh(f"{rel.wh} x").split()[0]}  # "which" opens as "what" before a noun
            if said & set(words[:2]) or (rel.wh == "who" and "whom" in words[:2]):  # "Who ...", "After whom ..."
                yield replace(cand, score=cand.score * 0.9)


def _unique_title(wh: str, others: list[str]) -> bool:
    """No other item of the list has the answer's title ("chemists X and Y": "which chemist"
    would not pick one)."""
    title = wh.split()[-1].lower().rstrip("s")
    return not any(title in item.lower() for item in others)


def _direct_questions(
    doc: Doc, sent: Span, span: Span, chars: tuple[int, int] | None, forced: tuple[str, str, bool] | None = None
) -> Iterator[Generated]:
    """The forms that ask for the answer itself; ``forced``: the (wh-phrase, question type,
    absorbs-preposition) to use, when the caller knows it (a widened phrase)."""
    bounds = bracket_bounds(span)
    if bounds is not None:
        named = bracketed_name(span, bounds)
        if named is not None and span.root.pos_ == "PROPN":
            # "the council's ferry (the Marrow Star)" names which ferry: "Which ferry did ...?"
            # before "What is another name for ...?"
            yield from _asked_as(doc, sent, named[0], named[1], "which")
        for special in (date_question(span, chars), alias_question(span)):
            if special is not None:
                yield _say(span, special, special.qtype)
        outer = measure_before(span)
        if outer is not None:  # "842 pounds (382 kg)": ask about the measure, in kg
            for cand in build_question(doc, sent, outer):
                if cand.question is not None and cand.question.split()[0].lower() in WH_WORDS:
                    yield replace(cand, question=swap_unit(cand.question, outer, span))
        if named is not None and span.root.pos_ != "PROPN":  # "One episode (The Infinite Quest) was ..."
            yield from _asked_as(doc, sent, named[0], named[1], "which")
        verb = clause_verb(span)
        if verb is None or not inside_brackets(verb, bounds):
            yield Generated(None, reason="unsupported_answer", detail="the answer is inside brackets")
            return
    span = titled(span)
    vp = verb_phrase_question(span)
    if vp is not None:
        yield _say(span, vp, "what do", span.root)
    event = event_question(span)
    if event is not None:
        yield _say(span, event, event.qtype)
    # a year that dates a named thing is asked by the thing's event, before any clause form,
    # which would ask what the clause did in that year: "When was the Maastricht Treaty signed?"
    specials = (
        dated_question(span),
        description_question(span),
        age_question(span),
        noun_modifier_question(span),
        called_question(span),
    )
    for special in specials:
        if special is not None:
            yield _say(span, special, special.qtype)
    verb = clause_verb(span)
    if verb is None:
        yield Generated(None, reason="unsupported_answer", detail="no verbal clause governs the answer")
        return
    # a clause that does not state its content as what happened: no question asks it as fact
    # ("declined to comment on whether [the United States] was aware", "denied reports that she
    # has pulled out of [the Australian Open]", "rather than travel to the shops [to buy a copy]")
    unstated = next((detail for test, detail in UNSTATED_CLAUSES if test(verb)), None)
    if unstated is not None:
        yield Generated(None, reason="unsupported_answer", detail=unstated)
        return
    frame = LEMMA_FIXES.get(verb.head.lower_, verb.head.lemma_.lower())  # "hopes" -> "hope", not "hop"
    # (a clause that hedges itself keeps its hedge in the question: "speculation that Allied
    # Domecq could be the target of a takeover by [Pernod Ricard]" -> "... could be ... by whom?")
    hedged = any(c.dep_ == "aux" and c.lower_ in HEDGING_MODALS for c in verb.children)
    if verb.dep_ in {"ccomp", "acl"} and (frame in UNASSERTING_FRAMES or _required(verb.head)) and not hedged:
        # "I wish [Flipstart] wasn't just vapourware", "amid fears that Marrow Lines would cut
        # [200 jobs]", "it is essential that [Britain] keeps the rebate": "What wasn't just
        # vapourware?" states what is only wished, feared or required
        yield Generated(None, reason="unsupported_answer", detail="the clause is only hoped, feared or asked for")
        return
    if verb.dep_ == "ccomp" and _denied(verb.head) and (verb.head.lemma_ in SAY_VERBS or verb.head.i < verb.i):
        # "I don't think [a responsible government] can stand aside", "denied that he had
        # threatened [Ada Vell]", "That does not mean that the civil liberties of [Britain]
        # must be eroded": "What can stand aside?" states what the source denies (a negated
        # verb after the clause is a misparse more often than a denial: "... lies at [X]; however,
        # this does not coincide with ...")
        yield Generated(None, reason="unsupported_answer", detail="the clause is denied")
        return
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) > 1 and any(c.tag_ in {"WDT", "WP"} for c in objects):
        # "The plan - which the council approved - will cost X": the parser gave "cost" both
        # "which" and X as objects (and "council" as subject); nothing it says can be trusted
        yield Generated(None, reason="unsupported_answer", detail="the parse gives the verb a second object")
        return
    subj = find_subject(verb)
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) > 1 and any(subjects[0].i < c.i < subjects[-1].i and c.dep_ == "mark" for c in verb.children):
        # "Corra's profit [before] exceptional items rose 8%": the parser made the preposition a
        # conjunction and its object a second subject; any question keeps half of the subject
        yield Generated(None, reason="unsupported_answer", detail="the parse splits the subject at a conjunction")
        return
    if _stranding_infinitive(span):
        yield Generated(None, reason="unsupported_answer", detail="an infinitive that says what a noun is for")
        return
    infinitive = infinitive_answer(span, verb)
    if infinitive is not None:
        # "allows a household to [share recordings]" -> "What does the Sky Q Mini allow a household to do?"
        phrase, to = infinitive
        done = fronted_question(doc, verb, subj, phrase, "what", "what do", False, simplify(verb, phrase, subj))
        if isinstance(done, Plan):  # "to" may have been taken out as if a quantity's ("up to 12")
            _say_at(done, to.i, f"{to.text} do")
        yield _say(phrase, done, "what do", verb) if isinstance(done, Plan) else done
    modified = modifier_np(span) or appositive_np(span) or title_np(span) or area_np(span)
    if modified is not None:  # "the bourgeois architecture" -> "what type of architecture"
        span, (wh, qtype, absorb) = modified[0], (modified[1], "which", False)
        arg = argument_of(verb, span)
    else:
        arg = argument_of(verb, span)
        wh, qtype, absorb = forced or wh_phrase(span, arg, verb)
    if arg is not None and arg in span and arg.dep_ in {"attr", "dobj", "npadvmod"} and second_object(arg):
        # "there are several developments ..., for instance, [the establishment of X]": the
        # parser hung an example or restatement on the verb as a second complement, and
        # "What are there several developments?" asks nothing
        yield Generated(None, reason="unsupported_answer", detail="the answer is a second complement after a comma")
        return
    lone = span.root
    comparatives = [t for t in span if t.tag_ in {"JJR", "RBR"} or t.lower_ in {"more", "less", "fewer"}]
    if any(c.lower_ == "than" and c.i >= span.end for t in comparatives for c in t.children):
        # "carry [more passengers] than Marrow ferries": without the answer the comparison is
        # left without its first half ("Who do Tavel ferries carry than Marrow ferries?")
        yield Generated(None, reason="unsupported_answer", detail="a comparison left without its first half")
        return
    if qtype == "when" and lone.dep_ == "nummod" and lone.head not in span and lone.head.pos_ == "NOUN":
        # "over the last [21,000] years": the number of a time noun left outside the answer;
        # "When have there been changes over the last years?" asks nothing
        yield Generated(None, reason="unsupported_answer", detail="'when' for the number of a time noun")
        return
    owner_mark = span.end + 1 < len(doc) and doc[span.end].tag_ == "POS"
    owns = owner_mark and doc[span.end + 1].pos_ not in {"VERB", "AUX", "PUNCT"}  # not "[McDonald]'s has"
    if owns and wh in {"what", "when"}:
        # "told [BBC Radio 4]'s Today Programme", "stronger than [January]'s and": an owner
        # asked with a bare "what"/"when" strands its "'s" ("What did the secretary tell's
        # Today Programme ...?"); "which director's" and "whose" carry it
        yield Generated(None, reason="unsupported_answer", detail="an owner asked without 'whose'")
        return
    if qtype in {"when", "how long"} and _count_of_own_time(span):
        # "now into its [third week]", "for [the second year] in succession": how far along
        # something is, not a time ("When is the trial of Mr Ebbers?")
        yield Generated(None, reason="unsupported_answer", detail="an ordinal count of time, not a time")
        return
    if age_word(span) and span.root.dep_ in AGE_NOUN_DEPS:
        # "The [54-year-old] moved to Madrid": the age stands for the person it describes, and
        # "How old moved to Madrid?" has no one to be old
        yield Generated(None, reason="unsupported_answer", detail="an age noun stands for a person")
        return
    if (age_word(span) and span.root.dep_ == "amod") or (span.start > 0 and doc[span.start - 1].lower_ == AGED):
        # "a man aged [30] was arrested": an age, not a time or a thing ("When / What was the
        # man aged?"); an age the verb gives is asked before this ("died aged 77" -> "At what age ...?")
        yield Generated(None, reason="unsupported_answer", detail="an age that describes a noun")
        return
    if qtype in {"when", "how long"} and _superlative_window(span, verb):
        # "hit its highest level in [almost three months]": the span a record is counted over,
        # not when it happened ("When has the dollar hit its highest level?" asks no such thing)
        yield Generated(None, reason="unsupported_answer", detail="the time window of a superlative")
        return
    if wh in {"what", "who"} and _what_there_is(span, verb):
        # "There are [differences] between European nations": what there is is all the clause
        # says, and "What are there between European nations?" asks nothing a reader can use
        yield Generated(None, reason="unsupported_answer", detail="'what' for what there is")
        return
    if qtype == "why" and not _reason_of(span, verb):
        # "sending out leaflets [to solicit donations] was not the firm's style": the purpose
        # is the sending's, and "Why was sending out leaflets not the firm's style?" asks for
        # another; "paved the way for more ferries [to enter the market]" is no purpose at all.
        # A noun's participle is asked as its own clause: "the money set aside [to cover the
        # pensions]" -> "Why is the money set aside?"
        acl = noun_participle(span)
        participle = participle_question(span, acl) if acl is not None and _reason_of(span, acl) else None
        if participle is not None and acl is not None:
            yield _say(span, participle, qtype, acl)
        yield Generated(None, reason="unsupported_answer", detail="a reason that is not the question's clause's")
        return
    # (or the noun after it, which the tagger made an adjective: "a [£7m] musical")
    noun_after = any(c.dep_ == "amod" and c.i == span.end for c in lone.children)
    if wh == "how much" and (
        (lone.dep_ in AMOUNT_MODIFIER_DEPS and lone.head.pos_ == "NOUN" and lone.head not in span) or noun_after
    ):
        # "faces a similar [$540m] repayment demand": the amount describes the demand, and
        # "How much does Rosneft face a similar repayment demand?" asks nothing
        yield Generated(None, reason="unsupported_answer", detail="an amount that modifies a noun")
        return
    prep = lone.head if lone.dep_ == "pobj" else None
    spans_set = prep is not None and (prep.head.pos_ in {"NOUN", "PRON"} or doc[prep.i - 1].lower_ in SET_WORDS)
    if spans_set and prep is not None and prep.lower_ == "from" and range_end(prep):
        # "everything from [Shakespeare] to Yeats": one end of a range that describes a set
        # ("From whom did the theatre do everything to Yeats?")
        yield Generated(None, reason="unsupported_answer", detail="one end of a range on a noun")
        return
    if SCORE.fullmatch(span.text.replace(" ", "")) and _score_misparsed(span):
        # "an [18-10] win", "beat Marrow [34-19]", "won the final [2-1]": the parser made the
        # score a number of the noun before or after it ("How many Marrow did Tavel beat?") or
        # the head of the object ("What did Marrow win final?")
        yield Generated(None, reason="unsupported_answer", detail="a score the parser hung on a noun")
        return
    if _participle_as_verb(verb):
        # "With Vera Drake star [Imelda Staunton] nominated for ...", "Mr Saakashvili, elected
        # president in [January] ...": "What Vera Drake star nominated ...?", "When did Mr
        # Saakashvili elect president?" read a passive participle as a past tense
        yield Generated(None, reason="unsupported_answer", detail="a participle taken for the clause's verb")
        return
    if _noun_as_verb(verb):
        # "Sunday's Six Nations clash at [Lansdowne Road] was a good example": "Where do
        # Sunday's explosive Six Nations clash?" reads the noun as the verb
        yield Generated(None, reason="unsupported_answer", detail="a noun taken for the clause's verb")
        return
    if wh == "what" and lone.pos_ == "ADP" and lone.i == span.start and len(span) > 1 and not forced:
        # "stays [at rest]" -> "What does the ferry stay?": the preposition would be lost
        yield Generated(None, reason="unsupported_answer", detail="a prepositional phrase is not asked with 'what'")
        return
    # a name, not an adverb: "named its album [Forever]"; but "called the office [again]"
    naming = (lone.is_title and not lone.is_sent_start) or (
        verb.lemma_ in NAMING_VERBS and lone.dep_ in {"oprd", "dobj", "attr", "ccomp"}
    )
    if wh == "what" and len(span) == 1 and lone.pos_ in {"ADV", "SCONJ"} and not lone.ent_type_ and not naming:
        # "was [once] a prison", "[formerly]", "[Once] the rain stopped": an adverb or a
        # conjunction stands for no thing "what" can ask for
        yield Generated(None, reason="unsupported_answer", detail="a lone adverb is not asked with 'what'")
        return
    keep = with_parenthetical_content(verb, span, simplify(verb, span, subj))
    belief = belief_frame(verb)
    if belief is not None:
        # "believed that [X-rays] were ..." -> "What did Tesla believe X-rays were?"
        subject_answer = arg is not None and arg.dep_ in SUBJECT_DEPS and span_covers(span, arg)
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        inner = (
            subject_question(doc, verb, arg, span, wh, qtype, keep)
            if subject_answer and arg is not None
            else in_situ_question(doc, verb, subj, span, wh, qtype, absorb, keep)
        )
        # (a second subject of a subject answer is a misparse the subject question turns down below)
        framed = None if subject_answer and len(subjects) > 1 else framed_question(inner, belief, verb, span)
        if framed is not None:
            yield _say(span, framed, qtype, belief)

    def said(plan: Plan | Generated, kind: str, clause: Token) -> Generated:
        """A plan said as a question of type ``kind`` about ``clause``; a refusal as it is.
        Each form is built only when the forms before it have all been turned down."""
        return plan if isinstance(plan, Generated) else _say(span, plan, kind, clause)

    absolute = absolute_gerund(span, wh)
    if absolute is not None:
        # "with chairman [Eddie Thompson] calling for an end to ..." -> "Which chairman is
        # calling for an end to ...?"
        ing, be = absolute
        plan = subject_question(doc, ing, span.root, span, wh, qtype, simplify(ing, span, span.root))
        plan.front_aux = be  # the wh-phrase is the subject: "Who is calling ...?"
        yield _say(span, plan, qtype, ing)

    # the answer is the subject, or the name a description of the subject stands before
    whole_subject = (
        arg is not None and arg.dep_ in SUBJECT_DEPS and (span_covers(span, arg) or names_subject(span, arg))
    )
    if arg is not None and (whole_subject or (arg.dep_ in SUBJECT_DEPS and quantified(span, arg))):
        if _be_a_clause(verb):
            # "A key [question] was whether ...", "The [slogan] will be: '...'": "What was
            # whether ...?" asks nothing; the clause is what the subject is
            yield Generated(None, reason="unsupported_answer", detail="a subject that is a clause")
            return
        others = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c != arg]
        described = restated_subject(others, arg, verb)
        if others and described is None:
            # "Bruno Mars, who ..., and Mark Ronson performed" parsed as two subjects: no "Who Mark Ronson performed?"
            yield Generated(None, reason="unsupported_answer", detail="the verb has a second subject")
            return
        if described is not None:
            # "the Western Atlantic ctenophore [Mnemiopsis leidyi] was introduced": the parser
            # split one subject in two; the description leaves with the name, or asks for it
            keep = [i for i in keep if i not in described[0]]
            wh, qtype = (described[1], "which") if described[1] else (wh, qtype)
        dated_keep = with_fronted_date(verb, span, subj, keep)
        yield said(subject_question(doc, verb, arg, span, wh, qtype, dated_keep), qtype, verb)
        for conj in shared_subject_verbs(verb):
            # "Leukocytes act like ... and are the second arm of the innate immune system": the
            # subject of each coordinated verb -> "What is the second arm of the innate immune system?"
            shared = subject_question(doc, conj, arg, span, wh, qtype, simplify(conj, span, arg))
            yield said(replace(shared, score=shared.score * 0.9), qtype, conj)
    elif arg is not None and arg.dep_ in SUBJECT_DEPS and (owned := owned_subject(span, arg)) is not None:
        # "President Yudhoyono's government has said ..." -> "Whose government has said ...?"
        yield said(subject_question(doc, verb, arg, span, owned, "whose", keep), "whose", verb)
    elif frontable(span, arg, verb):
        dated_keep = with_fronted_date(verb, span, subj, keep)
        active = active_question(doc, verb, subj, span, wh, qtype, absorb, dated_keep)
        if active is not None:  # "Who designed the bridge?" before "Who was the bridge designed by?"
            yield said(active, qtype, verb)
        moved = fronted_question(doc, verb, subj, span, wh, qtype, absorb, dated_keep)
        if isinstance(moved, Plan) and wh == "what" and _described_by_adjective(span, arg, verb):
            # "the church was [corrupt] by 1500" -> "What was the church like by 1500?"; "What
            # was the church by 1500?" asks for a thing
            _say_at(moved, span.root.i, "like")
        yield said(moved, qtype, verb)
    else:
        gerund = _gerund_question(doc, span, verb, subj) if modified is None else None
        if gerund is not None:  # before moving a whole fronted adjunct: "What did Ada Vell found?"
            yield said(*gerund)
        fronted = _participle_question(doc, span) if modified is None else None
        if fronted is not None:  # "Founded in [1989], the company ..." -> "When was the company founded?"
            yield said(*fronted)
        if arg is not None:
            yield said(pied_piped_question(doc, verb, subj, span, arg, wh, qtype, keep), qtype, verb)
    acl = noun_participle(span)
    participle = participle_question(span, acl)
    if participle is not None and acl is not None:  # its clause is the participle's: "written by X" reports nothing
        yield said(participle, qtype, acl)
    yield said(in_situ_question(doc, verb, subj, span, wh, qtype, absorb, keep), qtype, verb)
    if whole_subject and arg is not None and arg.dep_ == "nsubj" and wh.split()[0] in {"who", "what", "which"}:
        quoted = quoted_question(verb, wh)  # '"It's painting a picture ...," said Paul Sheard'
        if quoted is not None:
            # a last resort: what the clause or a relative clause says of the speaker asks more
            # than who spoke the words ("McIlroy, who temporarily retired last August, ...")
            yield Generated(quoted, question_type=qtype, score=0.7, detail=LAST_RESORT)


def _denied(frame: Token) -> bool:
    """A verb that denies its clause: "deny", a negated verb that is not factive ("don't think",
    "does not mean"), "it is inconceivable that" or "it is not true that"."""
    if frame.lemma_ in DENYING_VERBS:
        return True
    negated = any(c.dep_ == "neg" for c in frame.children)
    if frame.lemma_ == "be":  # "it is inconceivable / not true that", not "it is not surprising that"
        adjectives = _be_adjectives(frame)
        return bool(adjectives & DENYING_ADJECTIVES) or (negated and bool(adjectives & ASSERTING_ADJECTIVES))
    return negated and frame.lemma_.lower() not in FACTIVE_VERBS


def _required(frame: Token) -> bool:
    """ "it is essential that ...": "be" with an adjective that only requires its clause."""
    return bool(_be_adjectives(frame) & REQUIRING_ADJECTIVES)


def _be_adjectives(frame: Token) -> set[str]:
    """The predicate adjectives of "be" ("it is [essential] that"), lower-cased; none for another verb."""
    return {c.lower_ for c in frame.children if c.dep_ == "acomp"} if frame.lemma_ == "be" else set()


def _what_there_is(span: Span, verb: Token) -> bool:
    """The answer is what an existential "there be" says there is ("There were [few clues]
    from Google")."""
    expletive = any(c.dep_ == "expl" and c.lower_ == "there" for c in verb.children)
    return expletive and verb.lemma_ == "be" and span.root.head == verb and span.root.dep_ in {"attr", "nsubj"}


def _reason_of(span: Span, verb: Token) -> bool:
    """A reason or purpose asked with "why" is the reason of the clause the question keeps: the
    answer hangs on ``verb`` through verbs of that clause, not through a clause inside a
    noun phrase or a clausal subject ("sending out leaflets [to solicit donations] was ..."),
    and an infinitive with a subject of its own outside the answer ("for more ferries [to
    enter the market]") is no purpose."""
    root = span.root
    if any(c.dep_ in SUBJECT_DEPS and c not in span for c in root.children):
        return False
    if _noun_infinitive(span):
        return False
    node = root
    while node != verb and node.head != node:
        if node.dep_ in REASON_BREAKING_DEPS and node not in span:
            return False
        node = node.head
    return True


def _noun_infinitive(span: Span) -> bool:
    """An infinitive answer that says what a noun is for, not why anything was done: it ends
    in a preposition whose object is the noun before it ("a pool of fans [to draw on]"), or
    it follows a noun that takes an infinitive ("issuing instructions [to mark him]", "tools
    [to help you find it]")."""
    if _stranding_infinitive(span):
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    infinitive = span[0].lower_ == "to" and span.root.pos_ in {"VERB", "AUX"}
    return infinitive and before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in INFINITIVE_NOUNS


def _stranding_infinitive(span: Span) -> bool:
    """An infinitive answer right after a noun that ends in a preposition without its object
    ("fans [to draw on]"): the object is the noun before, so the infinitive is no action of the clause's
    subject either ("What does the club have a pool of fans to do?")."""
    words = [t for t in span if not t.is_punct]
    if not words or words[0].lower_ != "to" or span.root.pos_ not in {"VERB", "AUX"} or span.start == 0:
        return False
    if span.doc[span.start - 1].pos_ != "NOUN":
        return False  # "wants [to move on]": a phrasal verb's particle, after no noun
    last = words[-1]
    if last.lower_ not in STRANDED_PREPS or last.dep_ not in {"prep", "prt"} or list(last.children):
        return False
    return not any(c.dep_ == "dobj" for c in span.root.children)


def _be_a_clause(verb: Token) -> bool:
    """"be" whose complement is a clause (and no noun or adjective): "was [whether one category
    should continue]", "will be: [Britain's working, ...]"."""
    if verb.lemma_ != "be" or any(c.dep_ in {"attr", "acomp"} for c in verb.children):
        return False
    return any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def _count_of_own_time(span: Span) -> bool:
    """An ordinal time unit counted from something's own start that says how far along it
    is, not when: followed by "in succession", "in a row" or "running" ("for [the second
    year] in succession"), or something's own, entered ("now into its [third week]"). ("On
    his [second day] of questioning" still dates what he did then.)"""
    root = span.root
    ordinal = any(t.ent_type_ == "ORDINAL" or t.lower_ in ORDINAL_WORDS for t in span if t != root)
    if not ordinal or root.lemma_.lower() not in DURATION_UNITS:
        return False
    owned = any(c.dep_ == "poss" for c in root.children)
    entered = root.dep_ == "pobj" and root.head.lower_ == "into"
    doc = span.doc
    after = " ".join(t.lower_ for t in doc[span.end : span.end + 3])
    return (owned and entered) or after.startswith(("in succession", "in a row", "running"))


def _score_misparsed(span: Span) -> bool:
    """A score whose parse is a number of a name or of a noun of a result ("beat Marrow
    [34-19]", "an [18-10] win"; "[30-40] firms" is a range that counts), or that took the
    noun's own words ("the final [2-1]" with "the final" hung on "2")."""
    root = span.root
    head = root.head
    result = head.pos_ == "PROPN" or head.lemma_.lower() in RESULT_NOUNS
    counts = root.dep_ in AMOUNT_MODIFIER_DEPS and result and head not in span
    return counts or any(c.dep_ in {"det", "amod", "compound"} and c not in span for c in root.children)


def _say_at(plan: Plan, i: int, text: str) -> None:
    """Say ``text`` at token ``i``'s place in the question, putting it back into the body if
    the plan took it out."""
    if i not in plan.body:
        plan.body = [j for j in plan.body if j < i] + [i] + [j for j in plan.body if j > i]
    plan.replace[i] = text


def _superlative_window(span: Span, verb: Token) -> bool:
    """The answer is a length of time after "in"/"for"/"over" ("in [almost three months]",
    "for [the first time in 10 years]") in a clause that states a record: a superlative
    ("highest", "biggest") or "first"/"last" outside the answer."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in WINDOW_PREPS:
        return False
    counted = any(t.like_num or t.lower_ in COUNT_WORDS for t in span)
    if not counted or not any(t.lower_ in DURATION_UNITS for t in span):
        return False
    clause = [t for t in verb.subtree if t.i < span.start or t.i >= span.end]
    superlative = [t for t in clause if t.tag_ in {"JJS", "RBS"} and t.lower_ not in {"least", "most"}]  # "at least 5"
    return bool(superlative) or any(t.lower_ in RECORD_WORDS for t in clause)


def _described_by_adjective(span: Span, arg: Token | None, verb: Token) -> bool:
    """The answer is an adjective phrase that describes the subject through "be" or a verb
    of seeming ("was [corrupt in its ways]", "seemed [slow]"); not a name or nationality the
    tagger calls an adjective ("are often [Anglican]"), nor a state reached ("became
    [popular]": "What did the ferry become like?" asks something else)."""
    root = span.root
    return (
        arg is not None
        and arg == root
        and root.dep_ in {"acomp", "attr", "oprd"}
        and verb.lemma_ in DESCRIBING_VERBS
        and not any(c.dep_ == "dobj" for c in verb.children)
        and root.pos_ == "ADJ"
        and root.tag_ in {"JJ", "JJR"}
        and not any(t.ent_type_ or t.text[:1].isupper() for t in span)
        and find_subject(verb) is not None
    )


def _asked_in(span: Span, verb: Token) -> tuple[str, str, bool] | None:
    """The wh-phrase that asks for the answer out of the non-finite clause of ``verb`` (a
    gerund or participle that borrows its subject), or None when the answer cannot leave it."""
    arg = argument_of(verb, span)
    if arg is None or not frontable(span, arg, verb):
        return None
    wh, qtype, absorb = wh_phrase(span, arg, verb)
    if qtype == "how many" and counted_noun(span) is None:
        return None  # "How many did Martin graduate in?": a count needs its noun
    return wh, qtype, absorb


def _participle_question(doc: Doc, span: Span) -> tuple[Plan, str, Token] | None:
    """The answer inside a past participle that opens the sentence, asked as the passive
    clause it abbreviates about the sentence's subject (see ``nonfinite.fronted_participle``)."""
    part = fronted_participle(span)
    asked = _asked_in(span, part.verb) if part is not None else None
    if part is None or asked is None:
        return None
    if span.root.dep_ == "pobj" and sum(c.dep_ == "pobj" for c in span.root.head.children) > 1:
        return None  # "with a donation from X [Y]": the parser gave "with" a second object
    wh, qtype, absorb = asked
    keep = simplify(part.verb, span, part.subject)
    past = part.copula in {"was", "were"}
    agent = participle_agent_question(doc, part.verb, part.subject, span, wh, qtype, absorb, keep, past)
    if agent is not None:  # "Built by [X] in 1910, the ferry ..." -> "Who built the ferry in 1910?"
        return agent, qtype, part.verb
    plan = fronted_question(doc, part.verb, part.subject, span, wh, qtype, absorb, keep, passive=part.copula)
    return (plan, qtype, part.verb) if isinstance(plan, Plan) else None


def _gerund_question(doc: Doc, span: Span, verb: Token, subj: Token | None) -> tuple[Plan, str, Token] | None:
    """The answer inside a gerund: an adjunct is asked as the finite clause it abbreviates
    ("After founding X, Ada Vell moved ..." -> "What did Ada Vell found?"); a gerund after a
    preposition of the clause verb lets the wh-word out ("charged a fee for using X" -> "What
    did the council charge a fee for using?": who used it is not said)."""
    ctrl = controlled_clause(span)
    asked = _asked_in(span, ctrl.verb) if ctrl is not None else None
    if ctrl is None or asked is None:
        return None
    wh, qtype, absorb = asked
    prep = ctrl.verb.head
    if ctrl.verb.dep_ == "pcomp" and prep.lower_ not in EXTRACTED_PREPS:
        if prep.head != verb or prep.i < verb.i or prep.lower_ in NEGATING_PREPS:
            return None  # "without using X" says it was not used
        keep = simplify(verb, span, subj)
        plan = fronted_question(doc, verb, subj, span, wh, qtype, absorb, keep)
        return (plan, qtype, verb) if isinstance(plan, Plan) else None
    keep = simplify(ctrl.verb, span, ctrl.subject)
    plan = fronted_question(doc, ctrl.verb, ctrl.subject, span, wh, qtype, absorb, keep, ctrl.tense)
    if not isinstance(plan, Plan):
        return None
    if ctrl.verb.lemma_ == "use" and ctrl.verb.dep_ == "advcl" and ctrl.verb.i < ctrl.verb.head.i:
        _used_for(plan, ctrl.verb, span, ctrl.subject)
    return plan, qtype, ctrl.verb


def _used_for(plan: Plan, using: Token, span: Span, subject: Token) -> None:
    """What an instrument was used for is the clause the gerund opens: "Using [a long rope],
    the crew pulled the ferry into the harbour" -> "What did the crew use to pull the ferry
    into the harbour?" (not the bare "What did the crew use?")."""
    governor = using.head
    if governor.pos_ != "VERB" or any(c.dep_ in {"aux", "auxpass"} for c in governor.children):
        return  # "was pulled", "may insert": the base form would change what is said
    left = {t.i for t in using.subtree} | {t.i for t in subject.subtree}
    rest = [i for i in simplify(governor, span, subject) if i > governor.i and i not in left]
    plan.body += [governor.i, *rest]
    plan.replace[governor.i] = "to " + LEMMA_FIXES.get(governor.lower_, governor.lemma_.lower())


def _say(span: Span, plan: Plan, qtype: str, verb: Token | None = None) -> Generated:
    """Realise a plan (the answer never serving as a pronoun's antecedent), repairing it by
    taking out optional phrases (adjuncts, quotations, relative clauses) that hold a pronoun
    with no antecedent or a second wh-word, or that make the question too long. A problem in
    the subject or in the answer's own phrase cannot be repaired: the plan is rejected."""
    doc = span.doc
    plan.avoid = range(span.start, span.end)
    if not (plan.front_aux or plan.verbal_wh or any(finite_word(doc[i]) for i in plan.body)):
        return Generated(None, reason="unsupported_answer", detail="the question would have no finite verb")
    if verb is not None and not plan.prefix:
        plan.prefix = fronted_condition(verb, span, plan)
    question = None
    for _ in range(MAX_REPAIRS + 1):
        question = realize(doc, plan)
        if question is None and plan.blocker in plan.prefix:
            plan.prefix, plan.blocker = [], None  # a pronoun in the condition: ask without it
            continue
        if question is None:
            if plan.blocker is None or not drop_phrase(plan, doc[plan.blocker], span, verb):
                return Generated(None, reason="unresolved_pronoun", detail="a pronoun has no antecedent")
            plan.blocker = None
            continue
        extra = next((doc[i] for i in plan.body if doc[i].lower_ in WH_WORDS and i not in plan.avoid), None)
        if extra is not None and completes_demonstrative(_clause_of(extra)):
            # "even for those people [who have moved up a band]" -> "... even for the people?"
            return Generated(None, reason="multiple_wh", detail="a relative clause the question needs")
        if extra is not None and drop_phrase(plan, _clause_of(extra), span, verb):
            continue
        if plan.prefix and check_question(question, span.text, doc.text) is not None:
            # the condition made the question fail a check (too long, a run copied from the
            # passage): ask without it, as before
            plan.prefix = []
            continue
        if len(question.split()) > MAX_QUESTION_WORDS and _drop_longest(plan, span, verb):
            continue
        break
    if verb is not None and _report_without_content(plan, verb):  # also after a repair dropped it
        return Generated(None, reason="unsupported_answer", detail="a report without what was said")
    if _clause_left_out(plan, doc):
        return Generated(None, reason="unsupported_answer", detail="a verb without the clause it takes")
    if _preposition_left_bare(plan, doc, question):
        return Generated(None, reason="unsupported_answer", detail="a preposition without its object")
    return Generated(question, question_type=qtype, score=plan.score, detail=IN_SITU if plan.wh_at is not None else "")


def _preposition_left_bare(plan: Plan, doc: Doc, question: str | None) -> bool:
    """A preposition that ends the question without its object, which the plan neither says
    nor asks for ("made a bid for [Robbie Savage - but ...]", where the parser hung the object
    far off and a repair took it out: "Who made a bid for?"). A preposition whose object is
    the answer ("What did Marrow bid for?") or that has no object in the parse ("fans to draw
    on") is fine."""
    words = (question or "").rstrip("?").split()
    last = max((i for i in plan.body if not doc[i].is_punct), default=None)
    if not words or last is None or doc[last].dep_ != "prep" or doc[last].lower_ != words[-1].lower():
        return False  # the question does not end with a preposition of the plan
    tok = doc[last]
    objects = [c for c in tok.children if c.dep_ in {"pobj", "pcomp"}]
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if not objects and after is not None and after.pos_ in PHRASE_OPENERS:
        objects = [after]  # the parser hung the object elsewhere: the word after stands for it
    # (an object above the answer goes with the wh-phrase: "affiliated with [one hundred]
    # colleges" -> "How many colleges is the church affiliated with?"; so does a title right
    # before the answer: "a pass to [tight end] Owen Daniels" -> "... a pass to which tight end?")
    asked = any(j in plan.avoid for c in objects for j in (t.i for t in c.subtree))
    asked = asked or any(c.right_edge.i + 1 == plan.avoid.start for c in objects)
    said = set(plan.body) | set(plan.subject) | set(plan.avoid) | set(plan.replace)
    return bool(objects) and not asked and not any(c.i in said for c in objects)


def _participle_as_verb(verb: Token) -> bool:
    """A clause whose verb, with no auxiliary, is a participle the parser gave a subject: an
    absolute clause after "with"/"without" ("With [X] nominated for best actress, ..."), or a
    past participle set off by a comma from the subject before it, with an object ("Mr
    Saakashvili, elected president in January, has urged ...")."""
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.i > verb.i:
        return False
    absolute = any(c.dep_ == "mark" and c.lower_ in {"with", "without"} for c in verb.children)
    # (with an object the parser gave it: "elected [president]"; one without may read as an
    # intransitive past, "The gallery, opened in 2006, ..." -> "When did the gallery open?")
    taking = any(c.dep_ in {"dobj", "oprd"} for c in verb.children)
    set_off = verb.tag_ == "VBN" and verb.i > 0 and verb.doc[verb.i - 1].text == "," and taking
    return absolute or set_off


def _noun_as_verb(verb: Token) -> bool:
    """A present-tense verb followed by a finite verb with neither a subject nor a conjunction
    of its own, which the parser hung on it ("Six Nations [clash] at Lansdowne Road [was] a
    good example"): the first is a noun of the second's subject."""
    if verb.tag_ not in {"VBP", "VBZ"}:
        return False
    # only adjuncts between them: "believe [winning over voters] is key" has its subject there
    between = [x for x in verb.children if verb.i < x.i and x.dep_ not in {"prep", "advmod", "npadvmod"}]
    return any(
        c.dep_ in {"advcl", "ccomp"}
        and c.tag_ in FINITE_TAGS
        and not any(x.dep_ in SUBJECT_DEPS | {"mark"} or x.tag_ in WH_TAGS for x in c.children)
        and not any(t.is_punct for t in verb.doc[verb.i : c.i])
        and not any(x.i < c.i for x in between)
        for c in between
    )


def _clause_of(tok: Token) -> Token:
    """The clause a wh-word opens ("when he arranged ...", "in which ..."): its verb."""
    while tok.pos_ not in {"VERB", "AUX"} and tok.head != tok:
        tok = tok.head
    return tok


def _drop_longest(plan: Plan, span: Span, verb: Token | None) -> bool:
    """Take the longest optional phrase that does not hold the answer out of the plan."""
    doc = span.doc
    body = set(plan.body)
    phrases = sorted(
        (doc[i] for i in plan.body if doc[i].dep_ in OPTIONAL_DEPS and doc[i].head.i in body),
        key=lambda t: -len(list(t.subtree)),
    )
    return any(drop_phrase(plan, tok, span, verb) for tok in phrases)


def _clause_left_out(plan: Plan, doc: Doc) -> bool:
    """A verb of the question whose clausal complement a repair or the shortening took out
    ("The Labour party said the Lib Dems needed to explain [how they would pay for the plan]"
    -> "Who needed to explain?"; "the CAS panel's decision confirms [that ...]" -> "Who said
    the CAS panel's decision confirms?"): the verb is left without what it says, asks or
    shows. Not where the answer is in that clause (asked for, or asked in its place), nor
    where one of two clauses the parser gave the verb is kept ("said X could crack and
    fragments could injure people"). A clause before its verb is a quotation or a misparse
    ("Plastoglobuli (sometimes spelled X), are ...") and does not count, nor one set off from
    it (``_takes_clause``)."""
    body = set(plan.body)
    for i in plan.body:
        tok = doc[i]
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        # (a verb of saying's "to" clause is what it says too: "Charles claimed at the time [not
        # to know what hip-hop was]" -> "Who claimed at the time?")
        said = {"ccomp", "xcomp"} if tok.lemma_ in SAY_VERBS else {"ccomp"}
        clauses = [c for c in tok.rights if c.dep_ in said and _takes_clause(tok, c)]
        if any(t.i in body or t.i in plan.avoid for c in clauses for t in c.subtree):
            continue  # kept (in part: "owns [Yugansk] and Russia has said ..." is one misparse)
        if clauses:
            return True
    return False


def _takes_clause(verb: Token, clause: Token) -> bool:
    """``clause`` follows ``verb`` as its complement, with nothing but the verb's own words
    between ("confirms that ...", "needed to explain how ..."); a clause after a comma, a dash
    or "and" is one the parser joined to the verb ("Rosneft now owns Yugansk and Russia has
    said ...", "Israel have good players - and ... - but I fancy our chances")."""
    first = next(t for t in clause.subtree if not t.is_punct or t == clause)
    between = verb.doc[verb.i + 1 : first.i]
    return not any(t.is_punct or t.dep_ == "cc" or t.lower_ in COORDINATORS for t in between)


def _report_without_content(plan: Plan, verb: Token) -> bool:
    """ "Which chief executive said?", "Who told the BBC's Today programme?": a reporting verb
    whose reported clause is not in the question asks nothing a reader could answer."""
    if verb.lemma_ not in SAY_VERBS or plan.tail:
        return False
    body = set(plan.body)
    listener = verb.lemma_ in ADDRESSEE_VERBS  # "told the BBC": the object is who was told
    reported = [
        c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "parataxis"} or (c.dep_ == "dobj" and not listener)
    ]
    if any(t.i in plan.avoid for c in reported for t in c.subtree):
        return False  # the answer is what was said: "What did Terry Nation write?"
    if any(c.dep_ == "auxpass" for c in verb.children) or (
        verb.dep_ == "acl" and (verb.head.i in body or verb.head.i in plan.subject)
    ):
        # passive: the subject is what was said ("the origin was first suggested by"; "the
        # report, written by X" -> "Who wrote the report?")
        return False
    if any(c.i in body for c in reported) or (verb.dep_ == "parataxis" and verb.head.i in body):
        return False  # (the clause a report stands inside: "The market, X said, has no morality")
    # "When did the council write to residents?" is an event; "Who said after the match?" is not
    return verb.lemma_ in BARE_REPORT_VERBS or not any(c.dep_ == "prep" and c.i in body for c in verb.children)
