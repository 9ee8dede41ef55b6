"""Readers: one per input format, each yielding :class:`Article` (or :class:`SkippedArticle`).

``read_inputs`` dispatches on the path: ``-`` is JSONL on stdin, ``hf:NAME[:SPLIT]`` a Hugging
Face dataset, a directory is walked recursively, files go by extension.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..models import Article, SkippedArticle
from .common import FieldMap, IngestLog, finalize_record
from .feed import read_feed
from .hf import read_hf
from .html import read_html
from .jsonl import read_json, read_jsonl, read_jsonl_stream
from .text import read_text

__all__ = ["FieldMap", "IngestLog", "read_inputs", "READERS", "finalize_record"]

Item = Article | SkippedArticle

# A repeated article id gets this and a number appended: "ID~2", "ID~3" ...
DUPLICATE_ID_SEPARATOR = "~"

READERS = {
    ".txt": read_text,
    ".text": read_text,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".json": read_json,
    ".html": read_html,
    ".htm": read_html,
    ".xml": read_feed,
    ".rss": read_feed,
    ".atom": read_feed,
}


def read_inputs(inputs: Iterable[str], fields: FieldMap | None = None, log: IngestLog | None = None) -> Iterator[Item]:
    """Lazily read every input in order; raise :class:`InputError` for unreadable input.

    Article ids are unique across everything read: a repeated id (two records, files or feed
    entries claiming the same one) becomes ``ID~2``, ``ID~3`` ..., with the original id kept
    in ``meta["duplicate_id_of"]`` (or, for a skipped article, in its detail).
    """
    return _unique_ids(_read_all(inputs, fields or FieldMap(), log if log is not None else IngestLog()))


def _unique_ids(items: Iterable[Item]) -> Iterator[Item]:
    seen: set[str] = set()  # one id string per article: the only state kept across articles
    for item in items:
        original = item.id if isinstance(item, Article) else item.article_id
        new = original
        number = 1
        while new in seen:
            number += 1
            new = f"{original}{DUPLICATE_ID_SEPARATOR}{number}"
        seen.add(new)
        if new != original:
            if isinstance(item, Article):
                item = item.model_copy(update={"id": new, "meta": {**item.meta, "duplicate_id_of": original}})
            else:
                note = f"id {original!r} already used by an earlier article"
                detail = f"{item.detail}; {note}" if item.detail else note
                item = item.model_copy(update={"article_id": new, "detail": detail})
        yield item


def _read_all(inputs: Iterable[str], fields: FieldMap, log: IngestLog) -> Iterator[Item]:
    for spec in inputs:
        if spec == "-":
            yield from read_jsonl_stream("<stdin>", fields, log)
        elif spec.startswith("hf:"):
            yield from read_hf(spec[3:], fields, log)
        else:
            path = Path(spec)
            if path.is_dir():
                yield from _read_dir(path, fields, log)
            elif path.is_file():
                yield from _read_file(path, fields, log, explicit=True)
            else:
                raise InputError("no such file or directory", path=path)


def _read_file(path: Path, fields: FieldMap, log: IngestLog, *, explicit: bool) -> Iterator[Item]:
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        if explicit:
            known = ", ".join(sorted(READERS))
            raise InputError(f"unknown file type {path.suffix or '(none)'!r}", path=path, hint=f"use one of {known}")
        log.ignored.append(str(path))
        return
    log.start_file(path)
    yield from reader(path, fields, log)


def _read_dir(root: Path, fields: FieldMap, log: IngestLog) -> Iterator[Item]:
    seen: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        real = os.path.realpath(dirpath)
        if real in seen:  # a symlink loop (or the same folder linked twice): read it once
            dirnames[:] = []
            log.ignored.append(f"{dirpath} (symlink loop)")
            continue
        seen.add(real)
        dirnames.sort()
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            yield from _read_file(Path(dirpath) / name, fields, log, explicit=False)
