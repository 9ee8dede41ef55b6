"""Plain-text reader: one article per file, headline and wire dateline recognised."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from ..errors import InputError
from ..models import Article, SkippedArticle
from ..normalize import normalize_text
from .common import FieldMap, IngestLog, finalize_record

# A first line this short with no closing punctuation reads as a headline, not a sentence.
MAX_HEADLINE_CHARS = 160
# Share of control bytes above which a ".txt" file is treated as binary.
MAX_CONTROL_SHARE = 0.01
# Wire dateline: "PLACE[/PLACE], Mon. DD (Agency) --" (also en/em dash or "-").
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .,'/-]{1,60}?),\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
    r"(?:,\s+\d{4})?\s*\((?P<agency>[^)]{2,40})\)\s*(?:--|[\u2014\u2013-])\s*"
)
_DATE_IN_NAME = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# Title built from the lede when a file has no headline: at most this many words.
LEDE_TITLE_WORDS = 14


def read_text(path: Path, fields: FieldMap, log: IngestLog) -> Iterator[Article | SkippedArticle]:
    data = path.read_bytes()
    text, encoding = _decode(data, path)
    text = normalize_text(text)
    title, body, meta = split_headline(text)
    match = _DATE_IN_NAME.search(path.stem)
    published = None
    if match:
        try:
            published = datetime(int(match[1]), int(match[2]), int(match[3])).isoformat()
        except ValueError:
            published = None
    record = {"text": body, "title": title, "published": published, "source": meta.pop("agency", None)}
    item = finalize_record(record, FieldMap(), path=str(path), line=None, default_id=None)
    if isinstance(item, Article):
        item = item.model_copy(update={"meta": {**item.meta, **meta, "encoding": encoding}})
    log.count()
    yield item


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Windows "Unicode" text
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass  # not UTF-16 after all: judged below like any other bytes
    controls = sum(1 for b in data[:4096] if b < 9 or 13 < b < 32)
    if data[:4096] and controls / len(data[:4096]) > MAX_CONTROL_SHARE:
        raise InputError("looks like a binary file, not text", path=path)
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        # Legacy news archives are mostly Windows-1252/Latin-1; decode and record it.
        return data.decode("cp1252", errors="replace"), "cp1252"


def split_headline(text: str) -> tuple[str, str, dict[str, str]]:
    """Return (title, body, meta) for a plain-text article.

    A short first paragraph line without final punctuation is the headline. A wire dateline
    opening the body is moved into ``meta`` (place, date, agency) so it never becomes an
    answer. Without a headline the title is the start of the lede.
    """
    meta: dict[str, str] = {}
    title = ""
    first, _, rest = text.partition("\n")
    if rest.strip() and len(first) <= MAX_HEADLINE_CHARS and first[-1:] not in ".!?:;\"'”’)":
        title, text = first.strip(), rest.strip()
    match = DATELINE.match(text)
    if match:
        meta = {
            "dateline": match.group(0).strip(),
            "place": match["place"].strip(),
            "date": match["date"],
            "agency": match["agency"].strip(),
        }
        text = text[match.end() :]
        text = text[:1].upper() + text[1:]
    if not title:
        words = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0].split()
        title = " ".join(words[:LEDE_TITLE_WORDS]) + (" ..." if len(words) > LEDE_TITLE_WORDS else "")
    return title, text, meta
