"""JSON Lines and JSON readers (lazy: one record in memory at a time for JSONL)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..models import Article, SkippedArticle
from .common import FieldMap, IngestLog, finalize_record

# JSON is UTF-8 (RFC 8259); legacy exports are often Windows-1252/Latin-1 instead.
NOT_UTF8_HINT = "JSON must be UTF-8: re-encode the file, e.g. iconv -f cp1252 -t utf-8"


def read_jsonl(path: Path, fields: FieldMap, log: IngestLog) -> Iterator[Article | SkippedArticle]:
    with open(path, "rb") as fh:
        yield from _records(_lines(_decoded(fh, str(path)), str(path)), str(path), fields, log)


def _decoded(raw_lines: Iterable[bytes], name: str) -> Iterator[str]:
    """UTF-8 lines (a BOM on the first is dropped); bytes that are not UTF-8 name their line."""
    for lineno, raw in enumerate(raw_lines, start=1):
        try:
            yield raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError as err:
            raise InputError(
                f"not UTF-8 text ({err.reason} at column {err.start + 1})", path=name, line=lineno, hint=NOT_UTF8_HINT
            ) from None


def read_jsonl_stream(name: str, fields: FieldMap, log: IngestLog) -> Iterator[Article | SkippedArticle]:
    log.files.append({"path": name, "sha256": None, "articles": 0})
    yield from _records(_lines(sys.stdin, name), name, fields, log)


def _lines(lines: Iterable[str], name: str) -> Iterator[tuple[int, Any]]:
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield lineno, json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"invalid JSON: {err.msg} (column {err.colno})", path=name, line=lineno) from None


def _records(
    rows: Iterable[tuple[int, Any]], name: str, fields: FieldMap, log: IngestLog
) -> Iterator[Article | SkippedArticle]:
    for lineno, record in rows:
        if not isinstance(record, dict):
            raise InputError(f"expected a JSON object, got {type(record).__name__}", path=name, line=lineno)
        item = finalize_record(record, fields, path=name, line=lineno)
        log.count()
        yield item


def read_json(path: Path, fields: FieldMap, log: IngestLog) -> Iterator[Article | SkippedArticle]:
    """A ``.json`` file holding one record, a list of records, or ``{"data": [...]}``."""
    raw = path.read_bytes()
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise InputError(
            f"not UTF-8 text ({err.reason} at byte {err.start})", path=path, line=line, hint=NOT_UTF8_HINT
        ) from None
    except json.JSONDecodeError as err:
        raise InputError(f"invalid JSON: {err.msg}", path=path, line=err.lineno) from None
    if isinstance(data, dict) and isinstance(data.get("data"), list):
        data = data["data"]
    records = data if isinstance(data, list) else [data]
    # Records in a JSON array have no line of their own; number them from 1 instead.
    yield from _records(enumerate(records, start=1), str(path), fields, log)
