"""The question-generator protocol shared by every backend, and the registry by name."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from ..errors import ConfigError

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..answers import AnswerCandidate


@dataclass(frozen=True)
class Generated:
    """A generator's verdict for one (passage, answer): a question, or a rejection code."""

    question: str | None
    question_type: str = "other"
    score: float = 0.0
    reason: str | None = None
    detail: str = ""


class QuestionGenerator(Protocol):
    """Turn (passage, answer span) into a question. ``doc`` is the spaCy parse of the passage
    when ``needs_parse`` is true, else ``None``."""

    name: str
    version: str
    needs_parse: bool

    def generate(self, doc: Doc | None, text: str, answer: AnswerCandidate) -> Generated: ...


_REGISTRY: dict[str, Callable[..., QuestionGenerator]] = {}


def register(name: str) -> Callable[[Callable[..., QuestionGenerator]], Callable[..., QuestionGenerator]]:
    def deco(factory: Callable[..., QuestionGenerator]) -> Callable[..., QuestionGenerator]:
        _REGISTRY[name] = factory
        return factory

    return deco


def available() -> list[str]:
    _load_builtins()
    return sorted(_REGISTRY)


def get_generator(name: str, **options: Any) -> QuestionGenerator:
    _load_builtins()
    if name not in _REGISTRY:
        raise ConfigError(f"unknown generator {name!r}", hint=f"choose one of: {', '.join(sorted(_REGISTRY))}")
    return _REGISTRY[name](**options)


def _load_builtins() -> None:
    from . import rules  # noqa: F401  (registers "rules")
