"""File helpers: hashing, and reading back what qa-gen writes (and SQuAD files) for
``validate`` and ``stats``."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import InputError, QAGenError

# Files are hashed in blocks of this size, so a multi-GB shard never sits in memory whole.
HASH_BLOCK = 1 << 20


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file's bytes, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(HASH_BLOCK), b""):
            digest.update(block)
    return digest.hexdigest()


def read_manifest(path: Path, *, error: type[QAGenError], missing: QAGenError) -> dict[str, Any]:
    """Parse a manifest.json into a dict; every failure is ``error`` (``missing`` if absent)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise missing from None
    except (OSError, UnicodeDecodeError) as err:
        raise error(f"cannot read manifest: {err}", path=path) from None
    except json.JSONDecodeError as err:
        raise error(f"invalid JSON: {err.msg}", path=path, line=err.lineno) from None
    if not isinstance(data, dict):
        raise error("manifest must be a JSON object", path=path)
    return data


def iter_rows(path: Path) -> Iterator[tuple[str, int, Any]]:
    """Yield (file, line, row) from a qa.jsonl, a SQuAD-format JSON, or an output folder."""
    if path.is_dir():
        qa = path / "qa.jsonl"
        if not qa.is_file():
            raise InputError("not an output folder (no qa.jsonl)", path=path)
        yield from _jsonl(qa)
    elif path.suffix == ".json":
        yield from _squad(path)
    elif path.is_file():
        yield from _jsonl(path)
    else:
        raise InputError("no such file or directory", path=path)


def _jsonl(path: Path) -> Iterator[tuple[str, int, Any]]:
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                yield str(path), lineno, json.loads(line)
            except json.JSONDecodeError as err:
                yield str(path), lineno, err


def _squad(path: Path) -> Iterator[tuple[str, int, Any]]:
    """Flatten the official nested SQuAD shape; the 'line' is the question's index."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise InputError(f"invalid JSON: {err.msg}", path=path, line=err.lineno) from None
    n = 0
    for article in data.get("data", []) if isinstance(data, dict) else []:
        for para in article.get("paragraphs", []):
            for qa in para.get("qas", []):
                n += 1
                answers = qa.get("answers", [])
                yield (
                    str(path),
                    n,
                    {
                        "id": qa.get("id", str(n)),
                        "title": article.get("title", ""),
                        "context": para.get("context", ""),
                        "question": qa.get("question", ""),
                        "answers": {
                            "text": [a.get("text", "") for a in answers],
                            "answer_start": [a.get("answer_start", -1) for a in answers],
                        },
                        "article_id": article.get("title", ""),
                    },
                )
