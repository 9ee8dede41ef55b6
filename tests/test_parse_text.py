"""The parser reads the text with wiki/web reference marks blanked out; offsets never move."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qa_gen.nlp import parse_text


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("earn 40,000 crowns annually.[citation needed] The board", "[citation needed]"),
        ("a form of protest.[page needed] There", "[page needed]"),
        ("the Temple.[original research?] In", "[original research?]"),
        ("born in 1856[12] in Tavel", "[12]"),
        ("data as of May 2013[update], with", "[update]"),
        ("moved to Marrow City.:57–60 She", ":57–60"),
        ("with varying degrees of success.:121,154 He lived", ":121,154"),
        ("shown in America and Lisk,:76 including", ":76"),
        # not reference marks: a time, a verse, a ratio, an editor's insertion, a plural mark
        ("at 10:30 in the morning", None),
        ("Chapter 3:16 says", None),
        ("mixed in a 1:2 ratio", None),
        ('"He [the mayor] agreed," she said.', None),
        ("and deplore[s] all forms", None),
    ],
)
def test_reference_marks_are_blanked(text: str, mark: str | None) -> None:
    expected = text.replace(mark, " " * len(mark)) if mark else text
    assert parse_text(text) == expected


PIECES = ["a", "B", "1", ":", ".", " ", "-", "\u2013", "[", "]", "?", "[citation needed]", "[note 7]", "[12]", ":57"]


@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_offsets_never_move(text: str) -> None:
    masked = parse_text(text)
    assert len(masked) == len(text)
    # every character is kept or blanked, never replaced by another
    assert all(m == t or m == " " for m, t in zip(masked, text, strict=True))
