"""The ``rules`` generator against tagger errors the small English model makes: the parse is
the model's, with the entity labels set as the model sometimes gets them wrong, so each case
pins how the generator reads past the error whatever the model does with these sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from qa_gen.answers import AnswerCandidate
from qa_gen.generators import get_generator
from qa_gen.nlp import load_nlp


def _ask(text: str, answer: str, label: str | None) -> str | None:
    doc = load_nlp()(text)
    start = text.index(answer)
    span = doc.char_span(start, start + len(answer))
    assert span is not None
    doc.ents = [Span(doc, span.start, span.end, label=label)] if label else []
    candidate = AnswerCandidate(answer, start, start + len(answer), "given")
    return get_generator("rules").generate(doc, text, candidate).question


@pytest.mark.parametrize(
    ("text", "answer", "label", "question"),
    [
        # a given name, a middle initial and a surname is a person's name, even tagged ORG
        ("The series was relaunched in 2005 by Oskar T Vellman.", "Oskar T Vellman", "ORG",
         "Who relaunched the series in 2005?"),
        ("Marrow Ferries was bought in 1999 by I. Brandt Vellman.", "I. Brandt Vellman", "ORG",
         "Who bought Marrow Ferries in 1999?"),
        # but a firm keeps "what"
        ("The series was relaunched in 2005 by Marrow Ferry Company.", "Marrow Ferry Company", "ORG",
         "What company relaunched the series in 2005?"),
        # an unlabelled name that thinks is someone
        ("Vellmar misinterpreted the chart as a warning.", "Vellmar", None,
         "Who misinterpreted the chart as a warning?"),
    ],
)
def test_name_shapes_override_the_tagger(text: str, answer: str, label: str | None, question: str) -> None:
    assert _ask(text, answer, label) == question


def test_apposition_the_parser_hung_on_the_verb_leaves_the_subject_question() -> None:
    # "Johan Vell, his superior, pointed ...": the small model sometimes hangs "superior" on
    # the verb (amod) instead of on the name (appos); the phrase between the commas is still
    # an apposition, not part of what the subject did
    text = "Johan Vell, his superior, pointed the pilot away from the rocks."
    doc = load_nlp()(text)
    superior, verb = doc[4], doc[6]
    assert (superior.text, verb.text) == ("superior", "pointed")
    superior.head, superior.dep_ = verb, "amod"
    candidate = AnswerCandidate("Johan Vell", 0, len("Johan Vell"), "given")
    question = get_generator("rules").generate(doc, text, candidate).question
    assert question == "Who pointed the pilot away from the rocks?"



def test_present_do_support_agrees_with_the_subject_not_the_tag() -> None:
    # the small model sometimes tags a present verb VBP after a singular subject ("What do the
    # term become?"); do-support follows the subject's number
    text = "The harbour master checks the old boats every morning."
    doc = load_nlp()(text)
    verb = doc[3]
    assert verb.text == "checks"
    verb.tag_ = "VBP"
    start = text.index("the old boats")
    candidate = AnswerCandidate("the old boats", start, start + len("the old boats"), "given")
    question = get_generator("rules").generate(doc, text, candidate).question
    assert question == "What does the harbour master check every morning?"
