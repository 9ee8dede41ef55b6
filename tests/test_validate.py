"""Span checks and question quality filters, table-driven."""

from __future__ import annotations

from typing import Any, get_args

import pytest
from pydantic import ValidationError

from qa_gen.models import Answers, QAExample, RejectReason
from qa_gen.validate import check_answer, check_question

CONTEXT = (
    "The city council of Riverton approved a new budget on Monday. Mayor Ana Silva said the plan adds "
    "40 bus routes by 2026 and will cost 12 million dollars over five years, with most of the money going to "
    "new electric buses for the northern suburbs."
)
REASONS = set(get_args(RejectReason))


def at(text: str) -> int:
    return CONTEXT.index(text)


# --- check_answer -----------------------------------------------------------------------------------

GOOD_SPANS = [
    ("Monday", at("Monday")),
    ("Ana Silva", at("Ana Silva")),
    ("The", 0),  # first character
    ("northern suburbs.", len(CONTEXT) - len("northern suburbs.")),  # ends at the last character
    ("40 bus routes", at("40 bus routes")),
    (CONTEXT[: at(" Mayor")], 0),  # a whole 11-word sentence is still an answer
]


@pytest.mark.parametrize(("text", "start"), GOOD_SPANS)
def test_check_answer_accepts_exact_spans(text: str, start: int) -> None:
    assert check_answer(CONTEXT, text, start) is None


LONG_ANSWER = CONTEXT  # 47 words: a passage, not an answer

BAD_SPANS = [
    ("", 0, "empty_answer"),
    ("   ", 3, "empty_answer"),
    ("Monday", at("Monday") + 1, "offset_mismatch"),
    ("Monday", at("Monday") - 1, "offset_mismatch"),
    ("Monday", 0, "offset_mismatch"),
    ("Monday", -1, "offset_mismatch"),
    ("Monday", len(CONTEXT), "offset_mismatch"),
    ("monday", at("Monday"), "answer_not_in_context"),  # case matters
    ("Tuesday", 0, "answer_not_in_context"),
    ("Ana  Silva", at("Ana Silva"), "answer_not_in_context"),
    (LONG_ANSWER, 0, "answer_too_long"),
]


@pytest.mark.parametrize(("text", "start", "reason"), BAD_SPANS)
def test_check_answer_rejects_with_reason(text: str, start: int, reason: str) -> None:
    verdict = check_answer(CONTEXT, text, start)
    assert verdict is not None
    assert verdict.reason == reason
    assert verdict.reason in REASONS
    assert verdict.detail


# --- QAExample --------------------------------------------------------------------------------------


def row(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "ex-1",
        "title": "Riverton budget",
        "context": CONTEXT,
        "question": "Who is the mayor of Riverton?",
        "answers": {"text": ["Ana Silva"], "answer_start": [at("Ana Silva")]},
        "article_id": "art-1",
    }
    base.update(changes)
    return base


GOOD_ROWS = [
    row(),
    row(answers={"text": ["Ana Silva", "Mayor Ana Silva"], "answer_start": [at("Ana Silva"), at("Mayor")]}),
    row(answers={"text": ["The"], "answer_start": [0]}),
    row(split="test", answer_type="person", scores={"answer": 0.5}, published="2026-02-11T08:00:00+00:00"),
]


@pytest.mark.parametrize("data", GOOD_ROWS)
def test_qaexample_accepts_good_rows(data: dict[str, Any]) -> None:
    ex = QAExample.model_validate(data)
    for text, start in zip(ex.answers.text, ex.answers.answer_start, strict=True):
        assert ex.context[start: start + len(text)] == text


BAD_ROWS = [
    pytest.param(row(answers={"text": ["Ana Silva"], "answer_start": [at("Ana Silva") + 1]}), "not at offset",
                 id="wrong-offset"),
    pytest.param(row(answers={"text": ["Ana Silva"], "answer_start": [-1]}), "negative", id="negative-offset"),
    pytest.param(row(answers={"text": ["Tuesday"], "answer_start": [0]}), "not at offset", id="not-in-context"),
    pytest.param(row(answers={"text": [""], "answer_start": [0]}), "empty", id="empty-answer"),
    pytest.param(row(question=""), "question is empty", id="empty-question"),
    pytest.param(row(question="   "), "question is empty", id="blank-question"),
    pytest.param(row(answers={"text": ["Ana Silva", "Monday"], "answer_start": [at("Ana Silva")]}),
                 "differ in length", id="lists-differ"),
    pytest.param(row(answers={"text": [], "answer_start": []}), "at least one answer", id="no-answers"),
    pytest.param(row(answers={"text": ["Ana Silva", "Monday"], "answer_start": [at("Ana Silva"), 0]}),
                 "not at offset", id="second-answer-wrong"),
    pytest.param(row(context_start=-5), "greater than or equal to 0", id="negative-context-start"),
    pytest.param({k: v for k, v in row().items() if k != "article_id"}, "article_id", id="missing-field"),
]


@pytest.mark.parametrize(("data", "message"), BAD_ROWS)
def test_qaexample_rejects_bad_rows(data: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        QAExample.model_validate(data)


def test_answers_model_checks_parallel_lists() -> None:
    with pytest.raises(ValidationError):
        Answers(text=["a", "b"], answer_start=[0])
    assert Answers(text=["a"], answer_start=[0]).answer_start == [0]


# --- check_question ---------------------------------------------------------------------------------

GOOD_QUESTIONS = [
    ("At 20:00 on Monday what did the council approve?", "a new budget"),
    ("What had had the council's approval by Monday?", "a new budget"),
    ("What is a well-known feature of the plan?", "40 bus routes"),
    ("Who is the mayor of Riverton?", "Ana Silva"),
    # a complement asked out of a clause leaves "were" at the end, after its auxiliary
    ("What did Ana Silva say the new bus routes were?", "electric"),
    # a name is enough to tie a short question to its passage
    ("What did Ana Silva do?", "approved a new budget"),
    ("What is Riverton?", "a city"),
    ("What was approved on Monday?", "a new budget"),
    ("Who in the council voted against the plan?", "Tom Reed"),
    ("Ana Silva approved what?", "a new budget"),
    ("When did the city council of Riverton approve a new budget?", "Monday"),
    ("How many bus routes does the plan add by 2026?", "40"),
    ("How many bus routes (by 2026) does the plan add?", "40"),
    ("How much money does the plan set aside for?", "electric buses"),
    ("Where will the money go to?", "new electric buses"),
    ("How was the new bus depot paid for?", "a 12 million dollar loan"),
    ("What did the city council of Riverton approve on Monday?", "a new budget"),
    ("How much will the plan cost over five years?", "12 million dollars"),
    # possessives bound inside the question: by "Who", by a name (also the opening one), by a plural
    ("Who said on Monday that his plan adds 40 bus routes?", "Mayor Ana Silva"),
    ("Ana Silva said her plan adds how many bus routes?", "40"),
    ("When do council members vote on their budget?", "Monday"),
    ("Whose office said on Monday that his plan adds 40 bus routes?", "Mayor Ana Silva"),
    ("The budget will be whose first plan since the birth of her twins?", "Mayor Ana Silva"),
    # he/she in what the asked-for speaker said is the speaker
    ("Who said on Monday that she would approve the budget?", "Mayor Ana Silva"),
    ("Which mayor stated he disagreed with the plan?", "Ana Silva"),
    ("What mayor stated he disagreed with the plan?", "Ana Silva"),
    # ... and in what the asked-for person believes or doubts of themselves
    ("Who is uncertain whether she remains mayor of Riverton?", "Ana Silva"),
    ("Who believes he can win the budget vote?", "Tom Reed"),
    # he/she after exactly one name, in a question asking for no person, is that person
    ("When was Ana Silva forced to resign from the posts she held?", "last year"),
    # a number or a quotation may open the question
    ("40 bus routes are added by the plan by what year?", "2026"),
    ("\u201cThe plan\u201d adds how many bus routes?", "40"),
    # "the" before a noun before a wh-word is not a phrase cut open
    ("The plan adds routes in the same way as what?", "the 2020 plan"),
    # "Will" before a capitalised word is a name, not an auxiliary
    ("Will Reed of the council said the plan adds how many bus routes?", "40"),
    ("When's the council due to approve a new budget?", "Monday"),
]


@pytest.mark.parametrize(("question", "answer"), GOOD_QUESTIONS)
def test_check_question_accepts_good_questions(question: str, answer: str) -> None:
    assert check_question(question, answer, CONTEXT) is None


BAD_QUESTIONS = [
    ("The council approved the budget on Monday.", "Monday", "not_a_question"),
    ("who approved a new budget on Monday?", "The city council", "not_a_question"),
    ("When did the council approve a new budget", "Monday", "not_a_question"),
    ("??? ???", "Monday", "not_a_question"),
    ("\u201cthe plan\u201d adds how many bus routes?", "40", "not_a_question"),
    # spliced clauses rather than a question
    ("What did the council approve; and therefore the budget require?", "Monday", "not_a_question"),
    ("What did the council approve: the budget?", "Monday", "not_a_question"),
    ("What did the council — the city — approve?", "Monday", "not_a_question"),
    ("Who approved the the budget on Monday?", "the council", "not_a_question"),
    ("Silva) said the plan adds how many bus routes?", "40", "not_a_question"),
    ("What is the plan (the budget in section regarding?", "40 bus routes", "not_a_question"),
    ("The northern suburbs] get what?", "new electric buses", "not_a_question"),
    ("Why do the city council city council approve the budget?", "Monday", "not_a_question"),
    ("What did the plan pass through its?", "40 bus routes", "not_a_question"),
    # a demonstrative left at the end points at something the question never says
    ("Who acknowledges that?", "Ana Silva", "not_a_question"),
    ("What do the those routes serve?", "Riverton", "not_a_question"),
    ("What the new budget can be approved?", "Monday", "not_a_question"),
    # a phrase cut open around the answer
    ("The plan adds routes to Riverton, a 40-route how many?", "40", "not_a_question"),
    ("The mayor said that what the plan adds?", "40 bus routes", "not_a_question"),
    ("Bus routes such as and the what were added?", "Route 9", "not_a_question"),
    ("Are running at night and how many bus routes by 2026?", "40", "not_a_question"),
    ("What therefore the council approved on Monday?", "a new budget", "not_a_question"),
    ("The council approved the budget and could spend how much €?", "90,000", "not_a_question"),
    ("That are approved by the council on what day?", "Monday", "not_a_question"),
    ("Renamed what does the plan add bus routes?", "the Riverton plan", "not_a_question"),
    # an adverbial wh-phrase cannot own a noun: only "whose" can
    ("The budget was when's plan?", "Monday", "not_a_question"),
    ("The routes were how many's plan?", "40", "not_a_question"),
    # a cleft that lost its focus ("It was in Riverton that the council met on [Monday]")
    ("It was that the council approved a new budget on what day?", "Monday", "not_a_question"),
    # an adverbial wh-word stands for no object: a preposition left at the end has lost its own
    ("How was the budget known to the council as?", "the Riverton plan", "not_a_question"),
    ("Why does the approval of the budget take place in?", "Monday", "not_a_question"),
    ("When have many of which been approved?", "Monday", "multiple_wh"),
    ("Which harbour engineer were?", "Ana Silva", "not_a_question"),
    ("Whose normal position is?", "Ana Silva", "not_a_question"),
    ("The approval of what was?", "a new budget", "not_a_question"),
    ("What senior council members were?", "Ana Silva", "not_a_question"),
    ("What had has approved a new budget?", "the council", "not_a_question"),
    ("Who is was the mayor of Riverton?", "Ana Silva", "not_a_question"),
    ("Who won?", "Ana Silva", "too_short"),
    ("Who is?", "Ana Silva", "too_short"),
    # one common word and no name: nothing ties the question to its passage
    ("What was approved?", "a new budget", "too_short"),
    ("Who has been elected?", "Ana Silva", "too_short"),
    ("What is expensive?", "the plan", "too_short"),
    ("What will residents have?", "40 bus routes", "too_short"),
    ("What can't wait?", "the budget", "too_short"),
    ("Residents will have what?", "40 bus routes", "too_short"),
    ("What to the residents' letter was approved?", "a new budget", "not_a_question"),
    ("Who against the plan voted on Monday?", "Tom Reed", "not_a_question"),
    ("What " + "very " * 30 + "long question is this?", "Monday", "too_long"),
    ("Who said what the plan adds by 2026?", "Ana Silva", "multiple_wh"),
    ("When and where did the council approve the budget?", "Monday", "multiple_wh"),
    ("Which city does whose council approve a new budget in?", "Riverton", "multiple_wh"),
    ("Who did Mayor Ana Silva say approved the budget?", "Ana Silva", "answer_in_question"),
    ("When did the Riverton council approve the budget on MONDAY?", "Monday", "answer_in_question"),
    ("What did he say the plan adds by 2026?", "40 bus routes", "unresolved_pronoun"),
    ("When will their plan add 40 bus routes?", "by 2026", "unresolved_pronoun"),
    ("What did the council give her on Monday?", "a new budget", "unresolved_pronoun"),
    ("When was the budget approved for their routes?", "Monday", "unresolved_pronoun"),
    ("What has doubled his budget?", "the council", "unresolved_pronoun"),
    ("Whose office said he would approve the budget?", "Mayor Ana Silva", "unresolved_pronoun"),
    ("In what year did her council approve the budget?", "2026", "unresolved_pronoun"),
    ("Who told Riverton residents she would approve the budget?", "Ana Silva", "unresolved_pronoun"),
    ("When did Ana Silva tell Tom Reed he would lead the budget?", "Monday", "unresolved_pronoun"),
    ("What has there been?", "speculation", "not_a_question"),
    ("There are what?", "large pools", "not_a_question"),
    ("What does of Riverton residents use the new bus routes?", "most", "not_a_question"),
    ("The studio founded a unit whose -directed film won in 2026?", "Ana Silva", "not_a_question"),
    ("When did the council say she would approve the budget?", "Monday", "unresolved_pronoun"),
    ("Who said the plan adds 40 bus routes by 2026 and will cost 12 million dollars over five years, with most "
     "of the money going to new electric buses?", "Mayor Ana Silva", "copies_context"),
]


@pytest.mark.parametrize(("question", "answer", "reason"), BAD_QUESTIONS)
def test_check_question_rejects_with_reason(question: str, answer: str, reason: str) -> None:
    verdict = check_question(question, answer, CONTEXT)
    assert verdict is not None
    assert verdict.reason == reason
    assert verdict.reason in REASONS


@pytest.mark.parametrize(
    ("question", "rejected"),
    [
        # the passage only writes "re-" as the start of "re-shaped": the rest went with a cut phrase
        ("What has there been a vital new development in that has re?", True),
        # a whole word the passage also writes on its own stays
        ("What did the Marrow council approve on Monday?", False),
    ],
)
def test_a_question_ending_on_half_a_hyphenated_word_is_garbled(question: str, rejected: bool) -> None:
    context = "There has been a vital new development in Lisk that has re-shaped the plans the Marrow council approved."
    verdict = check_question(question, "Lisk", context)
    assert (verdict is not None and verdict.reason == "not_a_question") == rejected


def test_short_subject_question_reusing_a_clause_is_not_a_copy() -> None:
    # 8 words, all from the context: below the copy threshold, a legitimate subject question.
    assert check_question("Who said the plan adds 40 bus routes?", "Mayor Ana Silva", CONTEXT) is None


def test_a_doubled_phrase_is_garbled_unless_the_passage_says_it_so() -> None:
    question = "What did the band Tiki Taka Tiki Taka release in 1988?"
    assert check_question(question, "Doctorin", "The band Tiki Taka Tiki Taka released Doctorin in 1988.") is None
    verdict = check_question(question, "Doctorin", "The band Tiki Taka released Doctorin in 1988.")
    assert verdict is not None and verdict.reason == "not_a_question"


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # a quotation repeated word for word keeps the speaker's pronouns
        ('Who said, "They were brilliant, but very coarse"?', None),
        ("Who said, \u201cThey were brilliant, but very coarse\u201d?", None),
        # a quotation the passage does not hold binds nothing
        ('Who said, "They were late"?', "unresolved_pronoun"),
        # nor does a quotation bind a pronoun outside it
        ('Who said "brilliant" about them?', "unresolved_pronoun"),
    ],
)
def test_a_pronoun_inside_a_verbatim_quotation_is_the_speakers(question: str, verdict: str | None) -> None:
    context = '"They were brilliant, but very coarse," Tom Reed said of the band.'
    got = check_question(question, "Tom Reed", context)
    assert (got.reason if got else None) == verdict
