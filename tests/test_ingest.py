"""Ingest, one format at a time, through the public ``read_inputs`` (and the CLI for stdin)."""

from __future__ import annotations

import json
import os
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from qa_gen import QAGenError, build, load_config, read_inputs
from qa_gen.ingest import FieldMap, IngestLog
from qa_gen.models import Article, SkippedArticle

LONG = (
    "The council of Grenmark voted on Monday to close the old ferry pier after engineers found cracks "
    "in its concrete supports. A new pier will open next spring at a cost of 3 million korun."
)


def _articles(items: list[Article | SkippedArticle]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


# --- plain text -------------------------------------------------------------------------------------


def test_txt_headline_is_title_and_dateline_moves_to_meta(samples_dir: Path) -> None:
    path = samples_dir / "01-politics-veldoria-budget.txt"
    first_line = path.read_text(encoding="utf-8").split("\n", 1)[0].strip()
    [art] = list(read_inputs([str(path)]))
    assert isinstance(art, Article)
    assert art.title == first_line
    assert not art.text.startswith(first_line)  # the headline is not repeated in the body
    assert art.text.startswith("Veldoria's parliament approved")
    assert "KESSARIN" not in art.text[:200]
    assert art.meta["dateline"] == "KESSARIN, March 4 (Meridian Wire) --"
    assert art.meta["place"] == "KESSARIN"
    assert art.source == "Meridian Wire"


def test_txt_without_headline_takes_title_from_lede(fixtures_dir: Path) -> None:
    raw = (fixtures_dir / "wire.txt").read_text(encoding="utf-8")
    assert raw.startswith("BRANTHOLM, Jan. 12 (Meridian Wire) --")  # the fixture has no headline line
    [art] = list(read_inputs([str(fixtures_dir / "wire.txt")]))
    assert isinstance(art, Article)
    assert art.text.startswith("Brantholm city council approved a plan on Monday")
    assert "(Meridian Wire)" not in art.text.split("\n", 1)[0]
    assert art.meta["dateline"] == "BRANTHOLM, Jan. 12 (Meridian Wire) --"
    assert art.meta["date"] == "Jan. 12"
    assert art.source == "Meridian Wire"
    # The title is the start of the lede, not the dateline, and it is short.
    assert art.title
    assert "BRANTHOLM" not in art.title
    assert art.text.startswith(art.title.removesuffix(" ..."))
    assert len(art.title.removesuffix(" ...").split()) <= 14


def test_txt_date_in_file_name_becomes_published(tmp_path: Path) -> None:
    good = tmp_path / "2026-03-04-pier.txt"
    good.write_text(f"Grenmark pier to close\n\n{LONG}\n", encoding="utf-8")
    bad = tmp_path / "2026-13-45-pier.txt"
    bad.write_text(f"Grenmark pier to close\n\n{LONG}\n", encoding="utf-8")
    [a] = list(read_inputs([str(good)]))
    [b] = list(read_inputs([str(bad)]))
    assert isinstance(a, Article) and isinstance(b, Article)
    assert a.published == datetime(2026, 3, 4)
    assert b.published is None


def test_txt_cp1252_is_decoded_and_recorded(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(f"Caf\u00e9 owners protest\n\n{LONG} Caf\u00e9 owners were \u201cangry\u201d.".encode("cp1252"))
    [art] = list(read_inputs([str(path)]))
    assert isinstance(art, Article)
    assert art.title == "Caf\u00e9 owners protest"
    assert "\u201cangry\u201d" in art.text
    assert art.meta["encoding"] == "cp1252"


def test_empty_and_short_text_files_are_skipped_not_errors(tmp_path: Path) -> None:
    (tmp_path / "a-empty.txt").write_bytes(b"")
    (tmp_path / "b-short.txt").write_text("Too short to ask about.\n", encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    assert [type(i) for i in items] == [SkippedArticle, SkippedArticle]
    assert [i.reason for i in items] == ["empty_text", "text_too_short"]  # type: ignore[union-attr]


# --- JSON Lines / JSON ------------------------------------------------------------------------------


def test_jsonl_ids_titles_and_published(fixtures_dir: Path) -> None:
    path = fixtures_dir / "articles.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    items = list(read_inputs([str(path)]))
    assert all(isinstance(i, Article) for i in items)
    arts = _articles(items)
    assert [a.id for a in arts] == ["mw-2026-0211-001", "mw-2026-0213-002", "mw-2026-0215-003"]
    assert [a.title for a in arts] == [r["title"] for r in records]
    assert [a.url for a in arts] == [r["url"] for r in records]
    assert {a.source for a in arts} == {"Meridian Wire"}
    assert arts[0].published == datetime(2026, 2, 11, 8, 0, tzinfo=UTC)
    assert arts[2].published == datetime(2026, 2, 15, 8, 0, tzinfo=UTC)
    assert arts[1].meta["source_path"] == f"{path}:2"


def test_field_mapping(fixtures_dir: Path) -> None:
    path = str(fixtures_dir / "articles-altfields.jsonl")
    arts = _articles(list(read_inputs([path], FieldMap(text="body", title="headline", id="doc_id"))))
    assert [a.id for a in arts] == ["alt-001", "alt-002"]
    assert arts[0].title == "Ferry service between Port Amsel and Tessa Island suspended"
    assert "Westmark Ferries" in arts[0].text
    with pytest.raises(QAGenError, match="--text-field"):
        list(read_inputs([path]))  # default field names do not fit this file


def test_record_without_id_gets_a_stable_content_id(tmp_path: Path, write_jsonl) -> None:  # type: ignore[no-untyped-def]
    p1 = write_jsonl(tmp_path / "a.jsonl", [{"text": LONG}, {"text": LONG + " More."}])
    p2 = write_jsonl(tmp_path / "b.jsonl", [{"text": LONG, "title": "other"}])
    a1, a2 = _articles(list(read_inputs([str(p1)])))
    [b1] = _articles(list(read_inputs([str(p2)])))
    assert a1.id == b1.id  # same text, same id, whatever the file
    assert a1.id != a2.id


@pytest.mark.parametrize(
    "payload",
    [
        lambda recs: recs,  # a list of records
        lambda recs: {"data": recs},  # {"data": [...]}
    ],
    ids=["list", "data-wrapper"],
)
def test_json_list(tmp_path: Path, payload) -> None:  # type: ignore[no-untyped-def]
    recs = [{"id": "j1", "title": "One", "text": LONG}, {"id": "j2", "title": "Two", "text": LONG + " Two."}]
    path = tmp_path / "articles.json"
    path.write_text(json.dumps(payload(recs)), encoding="utf-8")
    arts = _articles(list(read_inputs([str(path)])))
    assert [(a.id, a.title) for a in arts] == [("j1", "One"), ("j2", "Two")]


def test_json_single_object(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"id": "solo", "text": LONG}), encoding="utf-8")
    assert [a.id for a in _articles(list(read_inputs([str(path)])))] == ["solo"]


def test_jsonl_reader_is_lazy(tmp_path: Path, write_jsonl) -> None:  # type: ignore[no-untyped-def]
    path = write_jsonl(tmp_path / "lazy.jsonl", [{"id": "first", "text": LONG}])
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("{broken\n")
    items = read_inputs([str(path)])
    first = next(items)  # the bad line 2 has not been read yet
    assert isinstance(first, Article) and first.id == "first"
    with pytest.raises(QAGenError, match=r"lazy\.jsonl:2: invalid JSON"):
        next(items)


def test_stdin_jsonl_through_cli(tmp_path: Path, fixtures_dir: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    data = (fixtures_dir / "articles.jsonl").read_text(encoding="utf-8")
    out = tmp_path / "stdin-out"
    result = run_cli(["build", "-", "-o", out, "-q", "--workers", "1"], input=data)
    assert result.exit_code == 0, result.output
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["counts"]["articles"] == 3
    assert [f["path"] for f in manifest["inputs"]] == ["<stdin>"]
    rows = [json.loads(line) for line in (out / "qa.jsonl").read_text().splitlines()]
    assert rows, "three news articles should give some questions"
    assert {r["article_id"] for r in rows} <= {"mw-2026-0211-001", "mw-2026-0213-002", "mw-2026-0215-003"}


# --- HTML -------------------------------------------------------------------------------------------


def test_html_main_text_and_metadata(fixtures_dir: Path) -> None:
    [art] = list(read_inputs([str(fixtures_dir / "article.html")]))
    assert isinstance(art, Article)
    assert "Harbour Commission" in art.text
    assert "Bertil Moen" in art.text  # a paragraph deep in the body survives
    for boilerplate in ("Subscribe to our newsletter", "We use cookies", "Related stories", "All rights reserved"):
        assert boilerplate not in art.text
    assert art.title == "Port Amsel harbour dredging plan approved after two-year dispute"
    assert art.url == "https://example.org/news/2026/03/04/port-amsel-harbour-dredging-approved"
    assert art.published is not None and art.published.date() == date(2026, 3, 4)
    assert "\n\n" in art.text  # paragraphs stay separate


def test_html_without_body_is_skipped_not_an_error(fixtures_dir: Path) -> None:
    path = fixtures_dir / "article-nobody.html"
    [item] = list(read_inputs([str(path)]))
    assert isinstance(item, SkippedArticle)
    assert item.reason in {"empty_text", "text_too_short"}
    assert item.source_path == str(path)


# --- feeds ------------------------------------------------------------------------------------------


def test_rss_entries_and_summary_only_item(fixtures_dir: Path) -> None:
    items = list(read_inputs([str(fixtures_dir / "feed.rss")]))
    assert [type(i) for i in items] == [Article, Article, SkippedArticle]
    trams, grain, museum = items
    assert isinstance(trams, Article) and isinstance(grain, Article) and isinstance(museum, SkippedArticle)
    assert museum.reason == "summary_only"
    assert museum.article_id == "https://example.org/news/2026/02/16/brantholm-museum-reopens"
    assert trams.id == "https://example.org/news/2026/02/18/kessarin-night-trams"
    assert trams.title == "Kessarin tram network to run through the night from April"
    assert trams.source == "Meridian Wire"
    assert trams.published == datetime(2026, 2, 18, 8, 0, tzinfo=UTC)
    # The full content:encoded body is used, not the one-line description, and no markup is left.
    assert "Nils Haraldsen" in trams.text
    assert "<p>" not in trams.text
    assert trams.text.count("\n\n") == 3  # four <p> paragraphs
    assert "Karl Ostheim" in grain.text


def test_atom_entries(fixtures_dir: Path) -> None:
    items = list(read_inputs([str(fixtures_dir / "feed.atom")]))
    assert [type(i) for i in items] == [Article, Article]
    storks, satellite = _articles(items)
    assert storks.title == "Rare white stork colony returns to Sella wetlands"
    assert storks.id == "https://example.org/news/2026/02/20/white-storks-sella-wetlands"
    assert storks.published == datetime(2026, 2, 20, 7, 45, tzinfo=UTC)
    assert storks.source == "Meridian Wire - Science"
    assert "Tove Brandal" in storks.text and "&lt;p&gt;" not in storks.text and "<p>" not in storks.text
    assert "Vela-1" in satellite.text


# --- directories ------------------------------------------------------------------------------------


def test_directory_is_walked_recursively_in_sorted_order(tmp_path: Path, write_jsonl) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "in"
    (root / "z-sub" / "deeper").mkdir(parents=True)
    write_jsonl(root / "b.jsonl", [{"id": "b1", "text": LONG + " b1"}, {"id": "b2", "text": LONG + " b2"}])
    write_jsonl(root / "a.jsonl", [{"id": "a1", "text": LONG + " a1"}])
    write_jsonl(root / "z-sub" / "deeper" / "d.jsonl", [{"id": "d1", "text": LONG + " d1"}])
    write_jsonl(root / "z-sub" / "c.jsonl", [{"id": "c1", "text": LONG + " c1"}])
    (root / "notes.csv").write_text("id,text\nx,not read\n", encoding="utf-8")
    (root / "README").write_text("no extension\n", encoding="utf-8")
    write_jsonl(root / ".hidden.jsonl", [{"id": "hidden", "text": LONG + " hidden"}])
    log = IngestLog()
    items = list(read_inputs([str(root)], log=log))
    assert [i.id for i in _articles(items)] == ["a1", "b1", "b2", "c1", "d1"]
    assert sorted(Path(p).name for p in log.ignored) == ["README", "notes.csv"]
    assert [(Path(f["path"]).name, f["articles"]) for f in log.files] == [
        ("a.jsonl", 1), ("b.jsonl", 2), ("c.jsonl", 1), ("d.jsonl", 1),
    ]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_directory_symlink_loop_is_read_once(tmp_path: Path, write_jsonl) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "in"
    root.mkdir()
    write_jsonl(root / "a.jsonl", [{"id": "a1", "text": LONG}])
    (root / "loop").symlink_to(root, target_is_directory=True)
    assert [i.id for i in _articles(list(read_inputs([str(root)])))] == ["a1"]


def test_unknown_extension_given_explicitly_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "table.csv"
    path.write_text("id,text\n", encoding="utf-8")
    with pytest.raises(QAGenError, match=r"unknown file type '\.csv'"):
        list(read_inputs([str(path)]))


# --- Hugging Face datasets (local folder) -----------------------------------------------------------


def test_hf_local_jsonl_folder(tmp_path: Path, write_jsonl) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "hfds"
    folder.mkdir()
    write_jsonl(folder / "train.jsonl", [
        {"id": "h1", "title": "First", "text": LONG},
        {"id": "h2", "title": "Second", "text": LONG + " Again."},
    ])
    log = IngestLog()
    arts = _articles(list(read_inputs([f"hf:{folder}"], log=log)))
    assert [(a.id, a.title) for a in arts] == [("h1", "First"), ("h2", "Second")]
    assert arts[1].meta["source_path"] == f"hf:{folder}:train:2"
    assert log.files == [{"path": f"hf:{folder}:train", "sha256": None, "articles": 2}]


def test_hf_local_parquet_with_field_map_and_split(tmp_path: Path) -> None:
    folder = tmp_path / "pq"
    (folder / "data").mkdir(parents=True)
    table = pa.Table.from_pylist([{"doc": "p1", "body": LONG, "headline": "Parquet"}])
    pq.write_table(table, folder / "data" / "validation-00000-of-00001.parquet")
    fields = FieldMap(text="body", title="headline", id="doc")
    arts = _articles(list(read_inputs([f"hf:{folder}:validation"], fields)))
    assert [(a.id, a.title, a.text) for a in arts] == [("p1", "Parquet", LONG)]
    with pytest.raises(QAGenError, match=r"^hf:.*:nosuch: cannot load dataset"):
        list(read_inputs([f"hf:{folder}:nosuch"], fields))


# --- normalisation ----------------------------------------------------------------------------------

MESSY = (
    "Cafe\u0301 owners\u00a0in Grenmark\u200b said on\tMonday   that the\u2060 new pier\r\n"
    "would help trade.\r\n\r\n\r\n"
    "  The\u00a0council\ufeff approved 3\u00a0million korun for the work, and the mayor said the "
    "first\u00ad boats would dock in May.\r\n"
)
CLEAN = (
    "Caf\u00e9 owners in Grenmark said on Monday that the new pier\n"
    "would help trade.\n\n"
    "The council approved 3 million korun for the work, and the mayor said the "
    "first boats would dock in May."
)


def test_text_is_normalised_at_ingest(tmp_path: Path, write_jsonl) -> None:  # type: ignore[no-untyped-def]
    path = write_jsonl(tmp_path / "messy.jsonl", [{"id": "m", "title": "Cafe\u0301\u00a0news\u200b", "text": MESSY}])
    [art] = list(read_inputs([str(path)]))
    assert isinstance(art, Article)
    assert art.text == CLEAN
    assert art.title == "Caf\u00e9 news"
    assert unicodedata.is_normalized("NFC", art.text)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("President Jos&#233; Vell spoke.", "President Jos\u00e9 Vell spoke."),  # numeric, as scrapers leave it
        ("Tavel&#x2019;s R&amp;D budget", "Tavel\u2019s R&D budget"),  # hex and named
        ("AT&T and Marrow &c paid &nosuch; fees", "AT&T and Marrow &c paid &nosuch; fees"),  # no references at all
        ("a &amp;lt; b", "a < b"),  # escaped twice
    ],
)
def test_html_character_references_are_decoded_at_ingest(tmp_path: Path, write_jsonl, raw: str, clean: str) -> None:  # type: ignore[no-untyped-def]
    path = write_jsonl(tmp_path / "refs.jsonl", [{"id": "r", "title": raw, "text": f"{raw}\n\n{CLEAN}"}])
    [art] = list(read_inputs([str(path)]))
    assert isinstance(art, Article)
    assert (art.text, art.title) == (f"{clean}\n\n{CLEAN}", clean)


def test_offsets_are_taken_after_normalisation(tmp_path: Path, write_jsonl) -> None:  # type: ignore[no-untyped-def]
    path = write_jsonl(tmp_path / "messy.jsonl", [{"id": "m", "text": MESSY * 3}])
    [art] = list(read_inputs([str(path)]))
    assert isinstance(art, Article)
    out = tmp_path / "out"
    result = build([str(path)], load_config(workers=1), out)
    assert result.manifest.counts["accepted"] > 0
    rows = [json.loads(line) for line in (out / "qa.jsonl").read_text(encoding="utf-8").splitlines()]
    for row in rows:
        ctx = row["context"]
        assert not any(ch in ctx for ch in "\r\u00a0\u200b\u2060\ufeff\u00ad")
        assert unicodedata.is_normalized("NFC", ctx)
        # the context is the normalised article text at context_start, and the answer sits in it
        assert art.text[row["context_start"]: row["context_start"] + len(ctx)] == ctx
        for text, start in zip(row["answers"]["text"], row["answers"]["answer_start"], strict=True):
            assert ctx[start: start + len(text)] == text


def test_lone_surrogate_in_json_is_not_a_crash(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    # Legal JSON (an escaped half of an emoji pair), common in scraped data.
    path = tmp_path / "surrogate.jsonl"
    path.write_text(json.dumps({"id": "s", "text": LONG + " Readers sent \ud83d hearts."}) + "\n", encoding="ascii")
    result = run_cli(["build", path, "-o", tmp_path / "out", "-q", "--workers", "1"])
    assert "Traceback" not in result.output
    if result.exit_code == 2:  # refusing the record is fine, if it is one line naming it
        assert result.stderr.startswith(f"qa-gen: error: {path}:1: ")
    else:
        assert result.exit_code == 0
        rows = [json.loads(line) for line in (tmp_path / "out" / "qa.jsonl").read_text(encoding="utf-8").splitlines()]
        assert all("\ud83d" not in r["context"] for r in rows)
