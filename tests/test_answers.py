"""Answer candidates have clean edges: no whitespace, paragraph breaks or edge punctuation,
and each is the exact slice of the passage it points at (whatever paragraphs it sits among)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from qa_gen.answers import answer_candidates
from qa_gen.nlp import load_nlp

# Sentences written for this test; each opens with a name or number the parser tends to join
# to a paragraph break before it.
SENTENCES = [
    "Millions of residents in Port Amsel use the ferry every year.",
    "The Kessarin Harbour Board said the new quay would open in May.",
    "Ida Marsh was once ranked as the town's most successful shipbuilder.",
    "Brantholm Rovers beat Port Amsel Athletic 3-1 on Sunday.",
    "To help offset the rising price of fuel, the ferry company raised fares by 4%.",
]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=2, max_size=4), st.sampled_from(["\n\n", "\n", " "]))
def test_candidates_are_exact_slices_without_whitespace_edges(sentences: list[str], sep: str) -> None:
    text = sep.join(sentences)
    doc = load_nlp(None)(text)
    cands = answer_candidates(doc, max_per_passage=50)
    assert cands
    for cand in cands:
        assert text[cand.start : cand.end] == cand.text
        assert cand.text == cand.text.strip(), repr(cand.text)
        assert "\n" not in cand.text


def test_an_amount_entity_without_a_number_is_no_candidate() -> None:
    # the small model tags "as much as" PERCENT before "2bn euros": no "What percentage could
    # the legal action bring in?" with "as much as" for its answer
    text = "That brought the claims to 12, a wave of legal action that could bring in as much as 2bn euros."
    doc = load_nlp(None)(text)
    assert ("as much as", "PERCENT") in [(e.text, e.label_) for e in doc.ents]  # the tagging error is real
    assert "as much as" not in [c.text for c in answer_candidates(doc, max_per_passage=50)]
    # a number word is still an amount
    doc = load_nlp(None)("Millions of residents in Port Amsel use the ferry every year.")
    assert "Millions" in [c.text for c in answer_candidates(doc, max_per_passage=50)]


def test_a_date_entity_that_is_no_time_is_no_candidate() -> None:
    # the small model tags "the towel every year" DATE: no "... throwing in how long?"
    text = "Nearly a quarter of ferry crews throw in the towel every year."
    doc = load_nlp(None)(text)
    assert ("the towel every year", "DATE") in [(e.text, e.label_) for e in doc.ents]  # the tagging error is real
    assert "the towel every year" not in [c.text for c in answer_candidates(doc, max_per_passage=50)]
    # a date without a digit is still a date when a word of time heads it
    doc = load_nlp(None)("The ferry company cut its fares last week.")
    assert "last week" in [c.text for c in answer_candidates(doc, max_per_passage=50)]


def test_the_noun_of_a_connective_phrase_is_no_candidate() -> None:
    doc = load_nlp(None)("As a result, the ferry company cut its fares.")
    texts = [c.text for c in answer_candidates(doc, max_per_passage=50)]
    assert "result" not in texts and "ferry company" in texts
