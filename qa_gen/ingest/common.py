"""Shared helpers for the readers: field mapping, ids, metadata parsing."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from dateutil import parser as dateparser

from ..errors import InputError
from ..models import Article, RejectReason, SkippedArticle
from ..normalize import content_hash, normalize_text

# Below this many characters an article cannot hold a passage worth asking about.
MIN_ARTICLE_CHARS = 80


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
        self.files.append({"path": str(path), "sha256": _file_sha256(path), "articles": 0})

    def count(self) -> None:
        if self.files:
            self.files[-1]["articles"] += 1


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


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
        language=_opt_str(record.get("language")) or "en",
        license=_opt_str(record.get("license")),
        meta=meta,
    )


def _opt_str(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def _where(path: str, line: int | None) -> str:
    return f"{path}:{line}" if line is not None else path
