"""Shared helpers for the readers: field mapping, ids, metadata parsing."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from dateutil import parser as dateparser

from ..errors import InputError
from ..io import file_sha256
from ..models import Article, RejectReason, SkippedArticle
from ..normalize import content_hash, normalize_text

# Below this many characters an article cannot hold a passage worth asking about.
MIN_ARTICLE_CHARS = 80

# Language check (the rules generator is English-only). Very common English function words
# make up 30-45% of the words of English news (the bundled samples: 0.32-0.48) and under 6%
# of German, Spanish, French or Dutch news, whose own function words differ; a text below
# this share is not English. It is a cheap, dependency-free test, meant for clear cases.
MIN_ENGLISH_WORD_SHARE = 0.15
# Texts with fewer words than this are not judged (too few words for a stable share).
MIN_LANGUAGE_WORDS = 12
# Only the first words are looked at: the share settles long before, and huge texts stay cheap.
LANGUAGE_SAMPLE_WORDS = 1000
_FUNCTION_WORDS = """a an the and or but if of to in on at by for from with about into over after before under
    between as is are was were be been being has have had do does did will would can could should
    may might must shall not no it its this that these those which who whom whose what when where
    why how he she they we i you his her their our your him them us said says than then there here
    also more most very all any some such only just"""
ENGLISH_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())
_WORD = re.compile(r"[^\W\d_]+")
# Declared language codes that mean English ("en", "en-GB", "en_US", "eng", "English").
_ENGLISH_CODES = {"en", "eng", "english"}
# Codes that declare nothing ("undetermined"): the text is checked as if none were given.
_UNDETERMINED_CODES = {"und", "unknown", "mul"}


@dataclass(frozen=True)
class FieldMap:
    """Names of the record fields holding text, title and id (``--text-field`` etc.)."""

    text: str = "text"
    title: str = "title"
    id: str = "id"


@dataclass
class IngestLog:
    """What ingest saw: input files with hashes and counts, files ignored in folders."""

    files: list[dict[str, Any]] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)

    def start_file(self, path: Path) -> None:
        self.files.append({"path": str(path), "sha256": file_sha256(path), "articles": 0})

    def count(self) -> None:
        if self.files:
            self.files[-1]["articles"] += 1


def parse_datetime(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    try:
        # Missing parts default to a fixed date, never to today's (builds must be reproducible).
        return dateparser.parse(str(value), default=_DATE_DEFAULT)
    except (ValueError, OverflowError):
        return None


_DATE_DEFAULT = datetime(2000, 1, 1)
_OPTIONAL = ("url", "source", "language", "license")


def finalize_record(
    record: Mapping[str, Any],
    fields: FieldMap,
    *,
    path: str,
    line: int | None,
    default_id: str | None = None,
) -> Article | SkippedArticle:
    """Turn a mapping (JSON record, HF row) into an Article, or raise InputError naming the line."""
    if fields.text not in record:
        raise InputError(
            f"record has no {fields.text!r} field",
            path=path,
            line=line,
            hint="map another field with --text-field",
        )
    raw = record[fields.text]
    if not isinstance(raw, str):
        raise InputError(f"field {fields.text!r} must be a string, not {type(raw).__name__}", path=path, line=line)
    text = normalize_text(raw)
    given_id = record.get(fields.id)
    article_id = str(given_id) if given_id not in (None, "") else (default_id or content_hash(text))
    if len(text) < MIN_ARTICLE_CHARS:
        reason: RejectReason = "empty_text" if not text else "text_too_short"
        return SkippedArticle(
            article_id=article_id,
            source_path=_where(path, line),
            reason=reason,
            detail=f"{len(text)} characters after normalisation",
        )
    language = _opt_str(record.get("language"))
    not_english = language_problem(text, language)
    if not_english is not None:
        return SkippedArticle(
            article_id=article_id,
            source_path=_where(path, line),
            reason="not_english",
            detail=not_english,
        )
    title = record.get(fields.title) or ""
    meta = {
        k: v
        for k, v in record.items()
        if k not in {fields.text, fields.title, fields.id, "published", *_OPTIONAL}
        and isinstance(v, str | int | float | bool)
    }
    meta["source_path"] = _where(path, line)
    return Article(
        id=article_id,
        title=normalize_text(str(title)),
        text=text,
        url=_opt_str(record.get("url")),
        source=_opt_str(record.get("source")),
        published=parse_datetime(record.get("published") or record.get("date")),
        language=language or "en",
        license=_opt_str(record.get("license")),
        meta=meta,
    )


def is_english_code(code: str) -> bool:
    """True for a declared language code meaning English: ``en``, ``en-GB``, ``en_US``, ``eng``."""
    return re.split(r"[-_]", code.strip().lower(), maxsplit=1)[0] in _ENGLISH_CODES


def english_word_share(text: str) -> tuple[float, int]:
    """Share of very common English function words among the first words of ``text``, and
    how many words were looked at."""
    words = []
    for match in _WORD.finditer(text):
        words.append(match.group().lower())
        if len(words) >= LANGUAGE_SAMPLE_WORDS:
            break
    if not words:
        return 0.0, 0
    return sum(w in ENGLISH_FUNCTION_WORDS for w in words) / len(words), len(words)


def language_problem(text: str, declared: str | None) -> str | None:
    """Why an article is not English (a detail for ``not_english``), or None if it may be.

    A declared language other than English is believed; an undeclared (or English) one is
    checked with :func:`english_word_share` when the text is long enough to judge.
    """
    if declared is not None and declared.strip().lower() in _UNDETERMINED_CODES:
        declared = None
    if declared is not None and not is_english_code(declared):
        return f"declared language {declared!r}; the question generators are English-only"
    share, count = english_word_share(text)
    if count >= MIN_LANGUAGE_WORDS and share < MIN_ENGLISH_WORD_SHARE:
        return (
            f"does not read as English: {share:.0%} common English words "
            f"(English news has 30-45%, the threshold is {MIN_ENGLISH_WORD_SHARE:.0%})"
        )
    return None


def _opt_str(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def _where(path: str, line: int | None) -> str:
    return f"{path}:{line}" if line is not None else path
