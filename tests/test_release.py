"""Text-less releases: make_textless drops the article text, hydrate rebuilds it exactly."""

from __future__ import annotations

import hashlib
import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import datasets
import pyarrow.parquet as pq
import pytest

from qa_gen import build, load_config
from qa_gen.errors import InputError
from qa_gen.export import FEATURES
from qa_gen.ingest import read_inputs
from qa_gen.models import Article
from qa_gen.release import TEXTLESS_FEATURES, hydrate, make_textless

SAMPLES = str(resources.files("qa_gen") / "samples")
# Sentences at least this long are distinctive enough that finding one means text leaked.
MIN_SENTENCE_CHARS = 40
# A sentence ends at . ! ? (and a closing quote) before a capitalised word: "3 a.m. with" does not.
SENTENCE_END = re.compile(r"(?<=[.!?\"\u201d])\s+(?=[\"\u201c]?[A-Z0-9])")


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("build") / "full"
    build([SAMPLES], load_config(workers=1, name="t"), out)
    return out


@pytest.fixture(scope="module")
def textless(original: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_textless(original, tmp_path_factory.mktemp("release") / "t-textless")


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return [a for a in read_inputs([SAMPLES]) if isinstance(a, Article)]


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _folder_text(folder: Path) -> str:
    """Everything a reader of the folder sees: text files verbatim, Parquet cells decoded."""
    parts = [p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()) if p.is_file()]
    parts += [json.dumps(pq.read_table(p).to_pylist(), ensure_ascii=False)
              for p in sorted((folder / "data").glob("*.parquet"))]
    return "\n".join(parts)


def _write_jsonl(path: Path, articles: list[Article]) -> Path:
    """The user's own archive: JSONL records with explicit ids (so an edit keeps its id)."""
    with open(path, "w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps({"id": a.id, "title": a.title, "text": a.text}, ensure_ascii=False) + "\n")
    return path


def test_textless_rows_have_offsets_and_hashes_but_no_context(original: Path, textless: Path) -> None:
    full = _rows(original / "qa.jsonl")
    slim = _rows(textless / "qa.jsonl")
    assert len(slim) == len(full) > 0
    for f, s in zip(full, slim, strict=True):
        assert "context" not in s
        assert list(s) == list(TEXTLESS_FEATURES)
        assert s["context_sha256"] == hashlib.sha256(f["context"].encode("utf-8")).hexdigest()
        assert s["context_length"] == len(f["context"])
        assert {k: s[k] for k in f if k != "context"} == {k: v for k, v in f.items() if k != "context"}
    for shard in (textless / "data").glob("*.parquet"):
        assert "context" not in pq.read_schema(shard).names
    manifest = json.loads((textless / "manifest.json").read_text())
    assert manifest["release"] == "text-less"
    assert "context" not in manifest["example"]
    card = (textless / "README.md").read_text()
    assert card.startswith("---\n") and "## Text-less release" in card and "qa-gen hydrate" in card


def test_textless_folder_holds_no_article_sentence(original: Path, textless: Path, articles: list[Article]) -> None:
    sentences = [s for a in articles for s in SENTENCE_END.split(a.text) if len(s) >= MIN_SENTENCE_CHARS]
    assert len(sentences) > 50
    # The check finds text where there is some: the full folder quotes most sentences.
    full_text = _folder_text(original)
    assert sum(s in full_text for s in sentences) > len(sentences) // 2
    slim_text = _folder_text(textless)
    leaked = [s for s in sentences if s in slim_text]
    assert leaked == []


def test_textless_loads_with_datasets(textless: Path, tmp_path: Path) -> None:
    ds = datasets.load_dataset(str(textless), cache_dir=str(tmp_path / "cache"))
    splits = {k: v for k, v in json.loads((textless / "manifest.json").read_text())["splits"].items() if v}
    assert {name: len(part) for name, part in ds.items()} == splits
    assert ds["train"].column_names == list(TEXTLESS_FEATURES)
    assert ds["train"].features == TEXTLESS_FEATURES


def test_hydrate_reproduces_the_original_folder(original: Path, textless: Path, tmp_path: Path) -> None:
    out = hydrate(textless, [SAMPLES], tmp_path / "hydrated")
    assert out == tmp_path / "hydrated"
    assert (out / "qa.jsonl").read_bytes() == (original / "qa.jsonl").read_bytes()
    assert list(_rows(out / "qa.jsonl")[0]) == list(FEATURES)
    assert (out / "manifest.json").read_bytes() == (original / "manifest.json").read_bytes()
    assert (out / "README.md").read_text() == (original / "README.md").read_text()
    shards = sorted(p.name for p in (original / "data").glob("*.parquet"))
    assert shards and sorted(p.name for p in (out / "data").glob("*.parquet")) == shards
    for name in shards:
        assert pq.read_table(out / "data" / name).equals(pq.read_table(original / "data" / name))


def test_hydrate_from_another_format_with_ids(original: Path, textless: Path, articles: list[Article],
                                              tmp_path: Path) -> None:
    archive = _write_jsonl(tmp_path / "archive.jsonl", articles)
    out = hydrate(textless, [str(archive)], tmp_path / "hydrated")
    assert (out / "qa.jsonl").read_bytes() == (original / "qa.jsonl").read_bytes()


def test_hydrate_with_an_edited_article_fails_naming_it(original: Path, textless: Path, articles: list[Article],
                                                        tmp_path: Path) -> None:
    rows = _rows(original / "qa.jsonl")
    target = rows[len(rows) // 2]
    article = next(a for a in articles if a.id == target["article_id"])
    # Change one word inside the passage, keeping its length (so only this passage moves).
    word = re.search(r"[a-z]{5,}", target["context"])
    assert word is not None
    pos = target["context_start"] + word.start()
    assert article.text[pos:pos + len(word[0])] == word[0]
    text = article.text[:pos] + word[0].upper() + article.text[pos + len(word[0]):]
    edited = article.model_copy(update={"text": text})
    archive = _write_jsonl(tmp_path / "archive.jsonl", [edited if a.id == article.id else a for a in articles])
    affected = sum(1 for r in rows if r["article_id"] == article.id
                   and r["context_start"] <= pos < r["context_start"] + len(r["context"]))
    dst = tmp_path / "hydrated"
    dst.mkdir()
    (dst / "keep.txt").write_text("previous contents")
    with pytest.raises(InputError) as info:
        hydrate(textless, [str(archive)], dst)
    message = str(info.value)
    assert "\n" not in message
    assert f"{affected} row{'s' if affected > 1 else ''}: article {article.id} " in message
    assert "sha256 mismatch" in message
    assert sorted(p.name for p in dst.iterdir()) == ["keep.txt"]  # nothing written, nothing replaced
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive.jsonl", "hydrated"]  # no temp folder left


def test_hydrate_with_a_missing_article_fails_naming_it(original: Path, textless: Path, articles: list[Article],
                                                        tmp_path: Path) -> None:
    rows = _rows(original / "qa.jsonl")
    gone = rows[-1]["article_id"]
    archive = _write_jsonl(tmp_path / "archive.jsonl", [a for a in articles if a.id != gone])
    with pytest.raises(InputError) as info:
        hydrate(textless, [str(archive)], tmp_path / "hydrated")
    n = sum(1 for r in rows if r["article_id"] == gone)
    assert f"{n} rows: article {gone} not found in the inputs" in str(info.value)
    assert not (tmp_path / "hydrated").exists()


def test_hydrate_needs_a_textless_release_and_make_textless_a_full_folder(original: Path, textless: Path,
                                                                        tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a text-less release"):
        hydrate(original, [SAMPLES], tmp_path / "a")
    with pytest.raises(InputError, match="already a text-less release"):
        make_textless(textless, tmp_path / "b")
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()
