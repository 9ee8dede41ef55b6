"""RSS/Atom reader through feedparser; summary-only entries are kept only if long enough."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import feedparser
import lxml.html

from ..errors import InputError
from ..models import Article, SkippedArticle
from ..normalize import content_hash
from .common import FieldMap, IngestLog, finalize_record

# A summary shorter than this is a teaser, not an article: recorded as skipped.
MIN_SUMMARY_WORDS = 60


def read_feed(path: Path, fields: FieldMap, log: IngestLog) -> Iterator[Article | SkippedArticle]:
    parsed = feedparser.parse(path.read_bytes())
    if parsed.bozo and not parsed.entries:
        reason = getattr(parsed.get("bozo_exception"), "getMessage", lambda: "not a feed")()
        raise InputError(f"not a valid RSS/Atom feed ({reason})", path=path)
    if not parsed.entries and not parsed.get("version"):
        raise InputError("not a valid RSS/Atom feed (no feed element found)", path=path)
    outlet = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, start=1):
        log.count()
        yield _entry(entry, outlet, path, number)


def _entry(entry: Any, outlet: str | None, path: Path, number: int) -> Article | SkippedArticle:
    body = ""
    if entry.get("content"):
        body = html_to_text(entry.content[0].value)
    entry_id = entry.get("id") or entry.get("link") or None
    if not body:
        summary = html_to_text(entry.get("summary", ""))
        if len(summary.split()) < MIN_SUMMARY_WORDS:
            return SkippedArticle(
                article_id=entry_id or content_hash(summary or str(number)),
                source_path=f"{path}#entry{number}",
                reason="summary_only",
                detail=f"only a {len(summary.split())}-word summary (need {MIN_SUMMARY_WORDS})",
            )
        body = summary
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    record = {
        "id": entry_id,
        "title": entry.get("title", ""),
        "text": body,
        "url": entry.get("link"),
        "source": outlet,
        "published": datetime.fromtimestamp(calendar.timegm(stamp), UTC) if stamp else None,
    }
    return finalize_record(record, FieldMap(), path=f"{path}#entry{number}", line=None)


_BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "blockquote")


def html_to_text(fragment: str) -> str:
    """Paragraph text of an HTML fragment, paragraphs separated by a blank line."""
    if not fragment.strip():
        return ""
    if "<" not in fragment:
        return fragment.strip()
    root = lxml.html.fromstring(f"<div>{fragment}</div>")
    blocks = [el.text_content().strip() for el in root.iter(*_BLOCKS)]
    blocks = [b for b in blocks if b]
    return "\n\n".join(blocks) if blocks else root.text_content().strip()
