"""Property tests (hypothesis) for the offset invariants everything else relies on."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from qa_gen.models import Article, QAExample
from qa_gen.normalize import normalize_text, paragraphs
from qa_gen.segment import segment

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# The characters normalize_text deletes outright.
INVISIBLE = "\u200b\u200c\u2060\ufeff\u00ad"

# Text with the awkward bits over-represented: combining marks, every kind of space and line break.
AWKWARD = st.sampled_from(
    list("e\u0301\u0308\u00e9 \u00a0\u2009\u3000\t\n\r\u2028\u2029\x0b\x0c\x85\u200d\u1100\u1161\u11a8")
)
UNICODE_TEXT = st.text(st.one_of(st.characters(), AWKWARD), max_size=200)


@SETTINGS
@given(st.text(st.one_of(st.characters(blacklist_characters=INVISIBLE), AWKWARD), max_size=200))
def test_normalize_text_is_idempotent_and_nfc(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert "\r" not in once and "\u00a0" not in once
    assert once == once.strip()


@SETTINGS
@given(UNICODE_TEXT)
@example("Cafe\u200b\u0301 owners")
@example("&am\u200bp;lt; &amp;#233; &#x301;e")  # references that deleting or decoding completes
@example("a\u00ad\u0308")
def test_normalize_text_is_idempotent_with_invisible_characters(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert not any(ch in once for ch in INVISIBLE)


WORD = st.sampled_from(["the", "council", "of", "Grenmark", "voted", "3", "million", "korun", "caf\u00e9", "\u00fcber",
                        "pier", "Dr.", "U.S.", "(new)", "\u201cquoted\u201d", "a", "longer-than-usual", "x" * 40])
SENTENCE = st.builds(
    lambda first, rest, end: " ".join([first.capitalize(), *rest]) + end,
    WORD, st.lists(WORD, max_size=15), st.sampled_from([".", "!", "?", '."', ".\u201d"]),
)
PARAGRAPH = st.one_of(
    st.lists(SENTENCE, min_size=1, max_size=8).map(" ".join),
    st.text(max_size=200),  # anything at all, including nothing but spaces
)


@SETTINGS
@given(st.lists(PARAGRAPH, min_size=1, max_size=10), st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\n \n\n"]),
       st.integers(min_value=100, max_value=900))
def test_segment_passages_are_exact_slices(paras: list[str], sep: str, max_chars: int) -> None:
    text = normalize_text(sep.join(paras))
    assume(text)
    article = Article(id="a", text=text)
    passages = segment(article, max_chars=max_chars)
    assert passages
    end = 0
    for i, p in enumerate(passages):
        assert p.index == i
        assert p.text
        assert article.text[p.start: p.start + len(p.text)] == p.text
        assert p.start >= end  # in order, never overlapping
        assert text[end: p.start].strip() == ""  # nothing but whitespace is left out between passages
        end = p.start + len(p.text)
    assert text[end:].strip() == ""
    whole = segment(article, max_chars=max_chars, whole=True)
    assert [(w.start, w.text) for w in whole] == [(0, text)]


@SETTINGS
@given(st.lists(PARAGRAPH, min_size=1, max_size=8))
def test_paragraph_offsets_point_into_the_text(paras: list[str]) -> None:
    text = normalize_text("\n\n".join(paras))
    for start, para in paragraphs(text):
        assert text[start: start + len(para)] == para
        assert para.strip()


# Lone surrogates cannot be encoded as UTF-8, so no JSON file can carry them into a row.
ENCODABLE = st.one_of(st.characters(blacklist_categories=("Cs",)), AWKWARD)


@st.composite
def context_and_span(draw: st.DrawFn) -> tuple[str, int, int]:
    context = draw(st.text(ENCODABLE, min_size=1, max_size=300))
    start = draw(st.integers(min_value=0, max_value=len(context) - 1))
    end = draw(st.integers(min_value=start + 1, max_value=len(context)))
    return context, start, end


def _example(context: str, text: str, start: int) -> dict[str, object]:
    return {"id": "x", "title": "t", "context": context, "question": "What is it?",
            "answers": {"text": [text], "answer_start": [start]}, "article_id": "a"}


@SETTINGS
@given(context_and_span(), st.integers(min_value=-3, max_value=400))
def test_qaexample_holds_exactly_the_valid_spans(span: tuple[str, int, int], other: int) -> None:
    context, start, end = span
    answer = context[start:end]
    ex = QAExample.model_validate(_example(context, answer, start))
    assert ex.context[ex.answers.answer_start[0]:][: len(answer)] == answer
    # Any other offset where the context does not hold the answer must be refused.
    assume(other != start)
    assume(other < 0 or context[other: other + len(answer)] != answer)
    with pytest.raises(ValidationError):
        QAExample.model_validate(_example(context, answer, other))


@SETTINGS
@given(context_and_span())
def test_qaexample_round_trips_through_json(span: tuple[str, int, int]) -> None:
    context, start, end = span
    ex = QAExample.model_validate(_example(context, context[start:end], start))
    again = QAExample.model_validate_json(ex.model_dump_json())
    assert again == ex
