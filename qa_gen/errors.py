"""One exception hierarchy for real errors (bad input, bad config, unreachable service).

Rejected QA candidates are *data* (see :class:`qa_gen.models.Rejection`), never exceptions.
Every error here renders as one line: ``FILE:LINE: what is wrong`` plus, where useful, what
to do about it.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError


class QAGenError(Exception):
    """Base class for every error qa-gen reports to a user."""

    exit_code = 2

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.hint = hint

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line is not None else f"{self.path}: "
        text = f"{where}{self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


class InputError(QAGenError):
    """An input file or record cannot be read."""


class ConfigError(QAGenError):
    """A configuration value is invalid; raised before any work starts."""


class ModelLoadError(QAGenError):
    """A spaCy pipeline or generator model cannot be loaded."""


class OutputError(QAGenError):
    """The output folder cannot be written or read back."""


class PushError(QAGenError):
    """Uploading to the Hugging Face Hub failed."""


class GeneratorError(QAGenError):
    """A question generator failed in a way that is not a per-candidate rejection."""


def format_validation_error(err: ValidationError, *, limit: int = 3) -> str:
    """Render a pydantic error compactly: ``loc -> msg; loc -> msg``."""
    parts = []
    for item in err.errors()[:limit]:
        loc = ".".join(str(p) for p in item.get("loc", ())) or "record"
        parts.append(f"{loc} -> {item.get('msg', 'invalid')}")
    more = len(err.errors()) - limit
    if more > 0:
        parts.append(f"(+{more} more)")
    return "; ".join(parts)
