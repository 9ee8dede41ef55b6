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
    """Lazily read every input in order; raise :class:`InputError` for unreadable input."""
    fields = fields or FieldMap()
    log = log if log is not None else IngestLog()
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
