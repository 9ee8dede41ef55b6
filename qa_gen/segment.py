"""Segment an article into passages of whole paragraphs, with offsets into the article."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .models import Article, Passage
from .normalize import paragraphs

# SQuAD v1.1 contexts average about 735 characters; passages near that size give questions
# enough context without diluting them.
DEFAULT_MAX_CHARS = 700
# A single paragraph longer than this many times the budget is cut at sentence ends.
OVERSIZE_FACTOR = 2
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]?(\s+)(?=[\"'\u201c\u2018(]?[A-Z0-9])")


def segment(article: Article, max_chars: int = DEFAULT_MAX_CHARS, whole: bool = False) -> list[Passage]:
    """Greedy windows of consecutive paragraphs, each at most ``max_chars`` when possible.

    Invariant: ``article.text[p.start : p.start + len(p.text)] == p.text`` for every passage.
    """
    text = article.text
    if whole:
        return [Passage(article_id=article.id, index=0, text=text, start=0)] if text else []
    pieces: list[tuple[int, int]] = []
    for start, para in paragraphs(text):
        pieces.extend(_split_long(start, para, max_chars))
    windows: list[tuple[int, int]] = []
    for start, end in pieces:
        if windows and end - windows[-1][0] <= max_chars:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return [Passage(article_id=article.id, index=i, text=text[s:e], start=s) for i, (s, e) in enumerate(windows)]


def _split_long(start: int, para: str, max_chars: int) -> Iterator[tuple[int, int]]:
    if len(para) <= OVERSIZE_FACTOR * max_chars:
        yield start, start + len(para)
        return
    piece_start = 0
    cut, resume = 0, 0  # end of the last whole sentence, and where the next one starts
    for match in _SENTENCE_END.finditer(para):
        if match.start(1) - piece_start > max_chars and cut > piece_start:
            yield start + piece_start, start + cut
            piece_start = resume
        cut, resume = match.start(1), match.end(1)
    yield start + piece_start, start + len(para)


def segment_all(
    articles: Iterable[Article], max_chars: int = DEFAULT_MAX_CHARS, whole: bool = False
) -> Iterator[Passage]:
    for article in articles:
        yield from segment(article, max_chars, whole)
