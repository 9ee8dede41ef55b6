"""Rebuilding into the same folder must never let ``datasets`` serve the previous build."""

from __future__ import annotations

import json
from pathlib import Path

import datasets

from qa_gen import build, load_config

FIXTURES = Path(__file__).parent / "fixtures"


def test_load_dataset_sees_a_rebuilt_folder(tmp_path: Path) -> None:
    out = tmp_path / "news"
    articles = str(FIXTURES / "articles.jsonl")
    first = build([articles], load_config(workers=1, splits={"train": 1.0}), out)
    assert len(datasets.load_dataset(str(out))["train"]) == first.manifest.splits["train"]
    second = build([articles], load_config(workers=1, splits={"train": 1.0}, max_answers_per_passage=1), out)
    assert second.manifest.splits["train"] != first.manifest.splits["train"]
    reloaded = datasets.load_dataset(str(out))["train"]
    assert len(reloaded) == second.manifest.splits["train"]
    shards = json.loads((out / "manifest.json").read_text())["shards"]
    assert shards["data/train-00000-of-00001.parquet"]["rows"] == len(reloaded)
