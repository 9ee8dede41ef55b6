"""The output folder of the sample build: files, HF loading, card, manifest."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import datasets
import pyarrow.parquet as pq
import pytest
import yaml

from qa_gen.models import Manifest, QAExample, Rejection

SQUAD_FEATURES = datasets.Features(
    {
        "id": datasets.Value("string"),
        "title": datasets.Value("string"),
        "context": datasets.Value("string"),
        "question": datasets.Value("string"),
        "answers": {
            "text": datasets.List(datasets.Value("string")),
            "answer_start": datasets.List(datasets.Value("int32")),
        },
    }
)


def card_yaml(folder: Path) -> dict[str, Any]:
    text = (folder / "README.md").read_text(encoding="utf-8")
    assert text.startswith("---\n")
    front, _, _ = text[4:].partition("\n---\n")
    data = yaml.safe_load(front)
    assert isinstance(data, dict)
    return data


def nonempty_splits(manifest: dict[str, Any]) -> set[str]:
    return {s for s, n in manifest["splits"].items() if n > 0}


def test_folder_layout(sample_dir: Path, manifest: dict[str, Any]) -> None:
    names = {p.relative_to(sample_dir).as_posix() for p in sample_dir.rglob("*") if p.is_file()}
    expected = {"README.md", "manifest.json", "qa.jsonl", "rejected.jsonl"}
    expected |= {f"data/{s}-00000-of-00001.parquet" for s in nonempty_splits(manifest)}
    assert names == expected
    # no temporary folders left next to the output
    assert [p.name for p in sample_dir.parent.iterdir()] == [sample_dir.name]


def test_load_dataset_gives_squad_features(sample_dir: Path, manifest: dict[str, Any], tmp_path: Path) -> None:
    ds = datasets.load_dataset(str(sample_dir), cache_dir=str(tmp_path / "cache"))
    assert set(ds) == nonempty_splits(manifest)
    assert len(ds) >= 2  # the 8 samples fill more than one split
    for split, part in ds.items():
        assert part.num_rows == manifest["splits"][split]
        for name, feature in SQUAD_FEATURES.items():
            assert part.features[name] == feature, name
        assert set(part["split"]) == {split}


def test_parquet_rows_equal_jsonl_rows(sample_dir: Path, qa_rows: list[dict[str, Any]]) -> None:
    by_split: dict[str, list[dict[str, Any]]] = {}
    for r in qa_rows:
        by_split.setdefault(r["split"], []).append(r)
    shards = sorted((sample_dir / "data").glob("*.parquet"))
    assert {p.name.split("-")[0] for p in shards} == set(by_split)
    for shard in shards:
        split = shard.name.split("-")[0]
        table = pq.read_table(shard)
        assert table.schema.field("answers").type.field("answer_start").type.value_type == "int32"
        got = table.to_pylist()
        want = by_split[split]
        assert len(got) == len(want)
        for g, w in zip(got, want, strict=True):
            assert g.keys() == w.keys()
            assert g["scores"] == pytest.approx(w["scores"], rel=1e-6)  # float32 in parquet
            assert {k: v for k, v in g.items() if k != "scores"} == {k: v for k, v in w.items() if k != "scores"}


def test_every_row_is_a_valid_example(qa_rows: list[dict[str, Any]]) -> None:
    assert qa_rows
    ids = [r["id"] for r in qa_rows]
    assert len(ids) == len(set(ids))
    for r in qa_rows:
        ex = QAExample.model_validate(r)
        assert ex.question.endswith("?"), ex.question
        assert ex.question[:1].isupper(), ex.question
        for text, start in zip(ex.answers.text, ex.answers.answer_start, strict=True):
            assert ex.context[start: start + len(text)] == text


def test_rows_are_spans_of_their_articles(qa_rows: list[dict[str, Any]], samples_dir: Path) -> None:
    from qa_gen import read_inputs

    texts = {a.id: a.text for a in read_inputs([str(samples_dir)])}  # type: ignore[union-attr]
    for r in qa_rows:
        article = texts[r["article_id"]]
        assert article[r["context_start"]: r["context_start"] + len(r["context"])] == r["context"]


def test_rejections_are_valid_records(rejected_rows: list[dict[str, Any]], manifest: dict[str, Any]) -> None:
    assert rejected_rows
    for r in rejected_rows:
        Rejection.model_validate(r)
    assert dict(Counter(r["reason"] for r in rejected_rows)) == manifest["rejections"]


def test_card_metadata(sample_dir: Path, manifest: dict[str, Any]) -> None:
    meta = card_yaml(sample_dir)
    assert meta["task_categories"] == ["question-answering"]
    assert meta["task_ids"] == ["extractive-qa"]
    assert meta["annotations_creators"] == ["machine-generated"]
    assert meta["language"] == ["en"]
    assert meta["license"] == manifest["config"]["license"]
    [config] = meta["configs"]
    assert config["config_name"] == "default"
    listed = {f["split"]: f["path"] for f in config["data_files"]}
    assert set(listed) == nonempty_splits(manifest)
    for split, pattern in listed.items():
        matches = [p.relative_to(sample_dir).as_posix() for p in (sample_dir / "data").iterdir()]
        assert [m for m in matches if fnmatch(m, pattern)] == [f"data/{split}-00000-of-00001.parquet"]
    assert manifest["counts"]["accepted"] < 1000
    assert meta["size_categories"] == ["n<1K"]


def test_card_prose_reports_the_counts(sample_dir: Path, manifest: dict[str, Any]) -> None:
    text = (sample_dir / "README.md").read_text(encoding="utf-8")
    assert f"Accepted question-answer pairs: {manifest['counts']['accepted']}" in text
    for split, n in manifest["splits"].items():
        assert f"| {split} | {n} |" in text


def test_manifest_counts_add_up(sample_dir: Path, manifest: dict[str, Any], qa_rows: list[dict[str, Any]],
                                rejected_rows: list[dict[str, Any]]) -> None:
    Manifest.model_validate(manifest)
    c = manifest["counts"]
    assert c["accepted"] + c["rejected"] == c["candidates"]
    assert c["accepted"] == len(qa_rows)
    assert c["rejected"] == len(rejected_rows)
    assert sum(manifest["splits"].values()) == c["accepted"]
    assert sum(manifest["rejections"].values()) == c["rejected"]
    assert sum(manifest["answer_types"].values()) == c["accepted"]
    assert sum(manifest["question_types"].values()) == c["accepted"]
    assert c["articles"] == 8
    assert dict(Counter(r["split"] for r in qa_rows)) == {s: n for s, n in manifest["splits"].items() if n}


def test_manifest_records_inputs_with_hashes(manifest: dict[str, Any], samples_dir: Path) -> None:
    files = sorted(samples_dir.glob("*.txt"))
    assert [Path(i["path"]).name for i in manifest["inputs"]] == [f.name for f in files]
    for entry, path in zip(manifest["inputs"], files, strict=True):
        assert entry["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert entry["articles"] == 1
    assert manifest["versions"]["qa_gen"]
    assert manifest["config"]["seed"] == 0
    assert "workers" not in manifest["config"]  # scheduling is not part of the output's identity


def test_rebuild_replaces_the_folder_atomically(tmp_path: Path, fixtures_dir: Path, load_jsonl) -> None:  # type: ignore[no-untyped-def]
    from qa_gen import build, load_config

    out = tmp_path / "out"
    out.mkdir()
    (out / "stale.txt").write_text("from an older build")
    build([str(fixtures_dir / "feed.atom")], load_config(workers=1), out)
    assert not (out / "stale.txt").exists()
    assert json.loads((out / "manifest.json").read_text())["counts"]["articles"] == 2
    assert load_jsonl(out / "qa.jsonl")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
