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
            yield from _hard_cut(start, para, piece_start, cut, max_chars)
            piece_start = resume
        cut, resume = match.start(1), match.end(1)
    yield from _hard_cut(start, para, piece_start, len(para), max_chars)


def _hard_cut(offset: int, para: str, begin: int, end: int, max_chars: int) -> Iterator[tuple[int, int]]:
    """A stretch with no sentence end in reach (tables, lists, broken scrapes) is cut at the last
    space before the budget, or at the budget itself, so no passage can grow without bound."""
    limit = OVERSIZE_FACTOR * max_chars
    while end - begin > limit:
        space = para.rfind(" ", begin + 1, begin + max_chars)
        cut = space if space > begin else begin + max_chars
        yield offset + begin, offset + cut
        begin = cut + 1 if space > begin else cut
    if end > begin:
        yield offset + begin, offset + end


def segment_all(
    articles: Iterable[Article], max_chars: int = DEFAULT_MAX_CHARS, whole: bool = False
) -> Iterator[Passage]:
    for article in articles:
        yield from segment(article, max_chars, whole)
