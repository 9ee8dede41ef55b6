"""HTML reader: main text and metadata through trafilatura."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import trafilatura

from ..models import Article, SkippedArticle
from ..normalize import content_hash, normalize_text
from .common import MIN_ARTICLE_CHARS, FieldMap, IngestLog, finalize_record
from .text import _decode


def read_html(path: Path, fields: FieldMap, log: IngestLog) -> Iterator[Article | SkippedArticle]:
    html, _ = _decode(path.read_bytes(), path)
    record = extract_html(html)
    # A few words of leftover page furniture ("We use cookies.") are no article body either.
    found = len(normalize_text(record["text"] or "")) if record is not None else 0
    if record is None or found < MIN_ARTICLE_CHARS:
        log.count()
        yield SkippedArticle(
            article_id=content_hash(html),
            source_path=str(path),
            reason="empty_text",
            detail="no article body found in the HTML" + (f" (only {found} characters of main text)" if found else ""),
        )
        return
    log.count()
    yield finalize_record(record, FieldMap(), path=str(path), line=None)


def extract_html(html: str) -> dict[str, str | None] | None:
    """Main text and metadata of a web page, or None when it has no article body."""
    raw = trafilatura.extract(
        html,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        deduplicate=True,
    )
    if not raw:
        return None
    data = json.loads(raw)
    text = data.get("text") or data.get("raw_text") or ""
    # trafilatura keeps one paragraph per line; qa-gen separates paragraphs by a blank line.
    text = "\n\n".join(p for p in text.split("\n") if p.strip())
    return {
        "text": text,
        "title": data.get("title") or "",
        "url": data.get("source") or data.get("url"),
        "source": data.get("sitename") or data.get("hostname"),
        "published": data.get("date"),
        "author": data.get("author"),
    }
