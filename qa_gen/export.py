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


class DatasetWriter:
    """Context manager: rows in, a complete output folder out (or no change on failure)."""

    def __init__(self, target: str | Path) -> None:
        self.target = Path(target)
        self.counts: dict[str, int] = {}
        self._schema = FEATURES.arrow_schema
        self._buffers: dict[str, list[dict[str, Any]]] = {}
        self._writers: dict[str, pq.ParquetWriter] = {}

    def __enter__(self) -> DatasetWriter:
        parent = self.target.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
            for stale in parent.glob(f".{self.target.name}.*.tmp"):  # left by a killed build
                shutil.rmtree(stale, ignore_errors=True)
            self.tmp = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.", suffix=".tmp", dir=parent))
        except OSError as err:
            raise OutputError(f"cannot create output folder: {err.strerror}", path=parent) from None
        (self.tmp / "data").mkdir()
        self._qa = jsonlines.open(self.tmp / "qa.jsonl", mode="w", compact=True, sort_keys=False)
        self._rej = jsonlines.open(self.tmp / "rejected.jsonl", mode="w", compact=True)
        return self

    def add(self, example: QAExample) -> None:
        row = row_of(example)
        self._qa.write(row)
        buf = self._buffers.setdefault(example.split, [])
        buf.append(row)
        self.counts[example.split] = self.counts.get(example.split, 0) + 1
        if len(buf) >= ROW_GROUP_ROWS:
            self._flush(example.split)

    def reject(self, rejection: Rejection) -> None:
        self._rej.write(rejection.model_dump(mode="json", exclude_none=True))

    def _flush(self, split: str) -> None:
        rows = self._buffers.get(split)
        if not rows:
            return
        writer = self._writers.get(split)
        if writer is None:
            writer = pq.ParquetWriter(self.tmp / shard_name(split), self._schema)
            self._writers[split] = writer
        writer.write_table(pa.Table.from_pylist(rows, schema=self._schema))
        rows.clear()

    def finish(self, manifest: Manifest) -> None:
        """Close shards, write manifest and card, and move the folder into place."""
        for split in list(self._buffers):
            self._flush(split)
        self._close()
        data = manifest.model_dump(mode="json")
        (self.tmp / "manifest.json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        (self.tmp / "README.md").write_text(render_card(manifest))
        self._replace_target()

    def _close(self) -> None:
        self._qa.close()
        self._rej.close()
        for writer in self._writers.values():
            writer.close()
        self._writers.clear()

    def _replace_target(self) -> None:
        old = None
        if self.target.exists():
            old = self.target.with_name(f".{self.target.name}.old-{os.getpid()}")
            os.replace(self.target, old)
        os.replace(self.tmp, self.target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is not None:
            try:
                self._close()
            finally:
                shutil.rmtree(self.tmp, ignore_errors=True)
