"""Question generators, chosen by name (``rules`` is the offline default)."""

from .base import Generated, QuestionGenerator, available, get_generator, register

__all__ = ["Generated", "QuestionGenerator", "available", "get_generator", "register"]
