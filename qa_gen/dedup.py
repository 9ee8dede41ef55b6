"""Duplicate removal that keeps only hashes (memory grows with rows, not with text)."""

from __future__ import annotations

from .normalize import content_hash, fold


class Deduper:
    """Exact duplicates of (question, answer) anywhere, ambiguous questions within a context,
    and articles whose normalised text was already seen."""

    def __init__(self) -> None:
        self._pairs: set[str] = set()
        self._questions: dict[str, str] = {}
        self._articles: dict[str, str] = {}

    def article(self, article_id: str, text: str) -> str | None:
        """Return the id of an earlier article with the same text, else remember this one."""
        key = content_hash(fold(text))
        if key in self._articles:
            return self._articles[key]
        self._articles[key] = article_id
        return None

    def question(self, context: str, question: str, answer: str) -> str | None:
        """None if new, else the reason code (``duplicate`` or ``ambiguous_question``)."""
        q = fold(question)
        pair = content_hash(f"{q}\x00{fold(answer)}")
        if pair in self._pairs:
            return "duplicate"
        scoped = content_hash(f"{content_hash(context)}\x00{q}")
        if scoped in self._questions and self._questions[scoped] != fold(answer):
            return "ambiguous_question"
        self._pairs.add(pair)
        self._questions[scoped] = fold(answer)
        return None
