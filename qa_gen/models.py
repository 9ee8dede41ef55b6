"""The records that flow through qa-gen (pydantic v2).

``QAExample`` is one dataset row and is column-compatible with Hugging Face ``squad`` for
``id, title, context, question, answers``; its validator makes span integrity a property of
the type: an example whose answer does not sit at its offset cannot be constructed.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

#: Bump when a field is added, removed or changes meaning; written into every manifest.
SCHEMA_VERSION = "1.0"

#: Closed set of reasons a candidate (or article) can be rejected or skipped.
RejectReason = Literal[
    "answer_not_in_context",
    "offset_mismatch",
    "empty_answer",
    "answer_too_long",
    "answer_in_question",
    "not_a_question",
    "too_short",
    "too_long",
    "copies_context",
    "unresolved_pronoun",
    "vague_question",
    "multiple_wh",
    "no_question_generated",
    "unsupported_answer",
    "duplicate",
    "ambiguous_question",
    "roundtrip_mismatch",
    "generator_error",
    "over_passage_cap",
    # whole-article reasons (manifest "skipped")
    "empty_text",
    "text_too_short",
    "summary_only",
    "duplicate_article",
    "not_english",
    "no_candidates",
]

Stage = Literal["ingest", "answers", "questions", "validate", "dedup"]


class Article(BaseModel):
    """One news article after ingest; ``text`` is already normalised (NFC, whitespace)."""

    model_config = ConfigDict(frozen=True)

    id: str
    title: str = ""
    text: str
    url: str | None = None
    source: str | None = None
    published: datetime | None = None
    language: str = "en"
    license: str | None = None
    meta: dict[str, Any] = Field(default_factory=dict)


class Passage(BaseModel):
    """A window of whole paragraphs of an article, with its offset in ``Article.text``."""

    model_config = ConfigDict(frozen=True)

    article_id: str
    index: int = Field(ge=0)
    text: str
    start: int = Field(ge=0)


class Answers(BaseModel):
    """SQuAD's answer struct: parallel lists of answer texts and character offsets."""

    text: list[str]
    answer_start: list[int]

    @model_validator(mode="after")
    def _parallel(self) -> Answers:
        if not self.text:
            raise ValueError("answers must hold at least one answer")
        if len(self.text) != len(self.answer_start):
            raise ValueError("answers.text and answers.answer_start differ in length")
        return self


class QAExample(BaseModel):
    """One dataset row (HF ``squad`` columns first, then qa-gen's own)."""

    id: str
    title: str
    context: str
    question: str
    answers: Answers
    article_id: str
    split: str = "train"
    answer_type: str = "other"
    question_type: str = "other"
    generator: str = "rules"
    scores: dict[str, float] = Field(default_factory=dict)
    source_url: str | None = None
    published: str | None = None
    context_start: int = Field(default=0, ge=0)

    @field_validator("question")
    @classmethod
    def _question_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("question is empty")
        return value

    @model_validator(mode="after")
    def _spans_hold(self) -> QAExample:
        for text, start in zip(self.answers.text, self.answers.answer_start, strict=True):
            check_span(self.context, text, start)
        return self


def check_span(context: str, text: str, start: int) -> None:
    """Raise ``ValueError`` unless ``context[start:start+len(text)] == text`` (non-empty)."""
    if not text:
        raise ValueError("answer text is empty")
    if start < 0:
        raise ValueError(f"answer_start {start} is negative")
    found = context[start : start + len(text)]
    if found != text:
        raise ValueError(f"answer {text!r} not at offset {start} (found {found!r})")


class Rejection(BaseModel):
    """A candidate that did not make it into the dataset, as far as it got, and why."""

    article_id: str
    passage_index: int | None = None
    stage: Stage
    reason: RejectReason
    detail: str = ""
    question: str | None = None
    answer_text: str | None = None
    answer_start: int | None = None
    answer_type: str | None = None
    generator: str | None = None


class SkippedArticle(BaseModel):
    """A whole article that produced no passages, with the reason (kept in the manifest)."""

    article_id: str
    source_path: str | None = None
    reason: RejectReason
    detail: str = ""


class InputFile(BaseModel):
    path: str
    sha256: str | None = None
    articles: int = 0


class Manifest(BaseModel):
    """Reproducibility record written as ``manifest.json`` beside the data."""

    schema_version: str = SCHEMA_VERSION
    name: str
    tool_version: str
    created: datetime
    config: dict[str, Any]
    versions: dict[str, str]
    inputs: list[InputFile]
    counts: dict[str, int]
    rejections: dict[str, int]
    splits: dict[str, int]
    answer_types: dict[str, int]
    question_types: dict[str, int]
    skipped: list[SkippedArticle] = Field(default_factory=list)
    timings: dict[str, float] = Field(default_factory=dict)
    example: dict[str, Any] | None = None
    #: Written data files: repo path -> {"split", "rows", "bytes", "sha256"} (filled at export).
    shards: dict[str, dict[str, Any]] = Field(default_factory=dict)


ALL_MODELS: dict[str, type[BaseModel]] = {
    "article": Article,
    "qa_example": QAExample,
    "rejection": Rejection,
    "manifest": Manifest,
}
