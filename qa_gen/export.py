"""Write the output folder atomically: stream rows into a temporary folder next to the target
and rename it into place only when the build has finished."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Any

import jsonlines
import pyarrow as pa
import pyarrow.parquet as pq
from datasets import Features, Sequence, Value

from .card import render_card
from .errors import OutputError
from .io import file_sha256
from .models import Manifest, QAExample, Rejection

#: HF ``squad`` features for the shared columns (same names, same types), then ours.
FEATURES = Features(
    {
        "id": Value("string"),
        "title": Value("string"),
        "context": Value("string"),
        "question": Value("string"),
        "answers": Sequence({"text": Value("string"), "answer_start": Value("int32")}),
        "article_id": Value("string"),
        "split": Value("string"),
        "answer_type": Value("string"),
        "question_type": Value("string"),
        "generator": Value("string"),
        "scores": {"answer": Value("float32"), "question": Value("float32")},
        "source_url": Value("string"),
        "published": Value("string"),
        "context_start": Value("int32"),
    }
)
SCORE_NAMES = ("answer", "question")
# Rows buffered per split before a Parquet row group is written: bounded memory, and row
# groups of ~1-2 MB that readers can skip through.
ROW_GROUP_ROWS = 1000


def shard_name(split: str) -> str:
    return f"data/{split}-00000-of-00001.parquet"


def row_of(example: QAExample) -> dict[str, Any]:
    row = example.model_dump(mode="json")
    row["scores"] = {name: float(example.scores.get(name, 0.0)) for name in SCORE_NAMES}
    row["answers"] = {"text": list(example.answers.text), "answer_start": list(example.answers.answer_start)}
    return {key: row[key] for key in FEATURES}


def describe_shards(folder: Path, rows: dict[str, int]) -> dict[str, dict[str, Any]]:
    """Size, row count and SHA-256 of each written shard (for the manifest and the card)."""
    out: dict[str, dict[str, Any]] = {}
    for split in sorted(rows):
        name = shard_name(split)
        path = folder / name
        out[name] = {"split": split, "rows": rows[split], "bytes": path.stat().st_size, "sha256": file_sha256(path)}
    return out


class AtomicFolder:
    """``with AtomicFolder(target) as tmp``: fill ``tmp`` (a fresh folder beside ``target`` with
    ``data/`` in it); on success it replaces ``target`` in one rename, on failure it vanishes and
    ``target`` is untouched. Temporary folders left by killed runs are removed on entry."""

    def __init__(self, target: Path) -> None:
        self.target = target

    def __enter__(self) -> Path:
        parent = self.target.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
            for stale in parent.glob(f".{self.target.name}.*.tmp"):  # left by a killed build
                shutil.rmtree(stale, ignore_errors=True)
            self.tmp = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.", suffix=".tmp", dir=parent))
        except OSError as err:
            raise OutputError(f"cannot create output folder: {err.strerror}", path=parent) from None
        (self.tmp / "data").mkdir()
        return self.tmp

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)
            return
        old = None
        if self.target.exists():
            old = self.target.with_name(f".{self.target.name}.old-{os.getpid()}")
            os.replace(self.target, old)
        os.replace(self.tmp, self.target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


class ShardWriter:
    """One Parquet shard per split, written in row groups of ``ROW_GROUP_ROWS`` rows as rows arrive."""

    def __init__(self, root: Path, features: Features) -> None:
        self.root = root
        self.schema = features.arrow_schema
        self.buffers: dict[str, list[dict[str, Any]]] = {}
        self.writers: dict[str, pq.ParquetWriter] = {}

    def add(self, row: dict[str, Any]) -> None:
        buf = self.buffers.setdefault(row["split"], [])
        buf.append(row)
        if len(buf) >= ROW_GROUP_ROWS:
            self._flush(row["split"])

    def _flush(self, split: str) -> None:
        rows = self.buffers.get(split)
        if not rows:
            return
        writer = self.writers.get(split)
        if writer is None:
            writer = pq.ParquetWriter(self.root / shard_name(split), self.schema)
            self.writers[split] = writer
        writer.write_table(pa.Table.from_pylist(rows, schema=self.schema))
        rows.clear()

    def close(self) -> None:
        try:
            for split in list(self.buffers):
                self._flush(split)
        finally:
            for writer in self.writers.values():
                writer.close()
            self.writers.clear()


class DatasetWriter:
    """Context manager: rows in, a complete output folder out (or no change on failure)."""

    def __init__(self, target: str | Path) -> None:
        self.target = Path(target)
        self.counts: dict[str, int] = {}
        self._folder = AtomicFolder(self.target)

    def __enter__(self) -> DatasetWriter:
        self.tmp = self._folder.__enter__()
        self._shards = ShardWriter(self.tmp, FEATURES)
        self._qa = jsonlines.open(self.tmp / "qa.jsonl", mode="w", compact=True, sort_keys=False)
        self._rej = jsonlines.open(self.tmp / "rejected.jsonl", mode="w", compact=True)
        return self

    def add(self, example: QAExample) -> None:
        row = row_of(example)
        self._qa.write(row)
        self._shards.add(row)
        self.counts[example.split] = self.counts.get(example.split, 0) + 1

    def reject(self, rejection: Rejection) -> None:
        self._rej.write(rejection.model_dump(mode="json", exclude_none=True))

    def finish(self, manifest: Manifest) -> Manifest:
        """Close shards, write manifest and card, and move the folder into place."""
        self._close()
        manifest = manifest.model_copy(update={"shards": describe_shards(self.tmp, self.counts)})
        data = manifest.model_dump(mode="json")
        (self.tmp / "manifest.json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        (self.tmp / "README.md").write_text(render_card(manifest))
        self._folder.__exit__(None, None, None)
        return manifest

    def _close(self) -> None:
        self._qa.close()
        self._rej.close()
        self._shards.close()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is not None:
            try:
                self._close()
            finally:
                self._folder.__exit__(exc_type, exc, tb)
