"""The ``qa-gen`` command line: exact one-line errors, validate, stats, schemas, help."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import qa_gen

LONG = (
    "The council of Grenmark voted on Monday to close the old ferry pier after engineers found cracks "
    "in its concrete supports. A new pier will open next spring at a cost of 3 million korun."
)
GOOD_LINE = json.dumps({"id": "ok", "text": LONG}) + "\n"


@dataclass
class ErrorCase:
    files: dict[str, bytes]
    args: list[str]  # "{tmp}" is replaced by the test's folder
    message: str  # the expected stderr line, or its start when prefix is true
    prefix: bool = False


ERROR_CASES = {
    "malformed-json-line": ErrorCase(
        {"bad.jsonl": (GOOD_LINE + '{"id": "b", "text": \n' + GOOD_LINE).encode()},
        ["{tmp}/bad.jsonl"],
        "qa-gen: error: {tmp}/bad.jsonl:2: invalid JSON: ", prefix=True,
    ),
    "record-without-text": ErrorCase(
        {"notext.jsonl": (GOOD_LINE + json.dumps({"id": "x", "body": LONG}) + "\n").encode()},
        ["{tmp}/notext.jsonl"],
        "qa-gen: error: {tmp}/notext.jsonl:2: record has no 'text' field (map another field with --text-field)",
    ),
    "text-field-mapped-but-absent": ErrorCase(
        {"a.jsonl": GOOD_LINE.encode()},
        ["{tmp}/a.jsonl", "--text-field", "body"],
        "qa-gen: error: {tmp}/a.jsonl:1: record has no 'body' field (map another field with --text-field)",
    ),
    "text-not-a-string": ErrorCase(
        {"nonstr.jsonl": (GOOD_LINE + '{"id": "x", "text": ["a", "list"]}\n').encode()},
        ["{tmp}/nonstr.jsonl"],
        "qa-gen: error: {tmp}/nonstr.jsonl:2: field 'text' must be a string, not list",
    ),
    "line-not-an-object": ErrorCase(
        {"arr.jsonl": b"[1, 2]\n"},
        ["{tmp}/arr.jsonl"],
        "qa-gen: error: {tmp}/arr.jsonl:1: expected a JSON object, got list",
    ),
    "jsonl-not-utf8": ErrorCase(
        {"latin.jsonl": '{"id": "x", "text": "caf\u00e9"}\n'.encode("latin-1")},
        ["{tmp}/latin.jsonl"],
        "qa-gen: error: {tmp}/latin.jsonl:1: not UTF-8 text (", prefix=True,
    ),
    "malformed-json-file": ErrorCase(
        {"bad.json": b'[\n  {"id": "a",\n   "text": }\n]\n'},
        ["{tmp}/bad.json"],
        "qa-gen: error: {tmp}/bad.json:3: invalid JSON: ", prefix=True,
    ),
    "missing-path": ErrorCase(
        {},
        ["{tmp}/nowhere.jsonl"],
        "qa-gen: error: {tmp}/nowhere.jsonl: no such file or directory",
    ),
    "unknown-extension": ErrorCase(
        {"table.csv": b"id,text\nx,hello\n"},
        ["{tmp}/table.csv"],
        "qa-gen: error: {tmp}/table.csv: unknown file type '.csv' (use one of .atom, ", prefix=True,
    ),
    "binary-as-txt": ErrorCase(
        {"photo.txt": bytes(range(256)) * 8},
        ["{tmp}/photo.txt"],
        "qa-gen: error: {tmp}/photo.txt: looks like a binary file, not text",
    ),
    "garbage-feed": ErrorCase(
        {"feed.rss": b"this is not xml at all\n"},
        ["{tmp}/feed.rss"],
        "qa-gen: error: {tmp}/feed.rss: not a valid RSS/Atom feed (", prefix=True,
    ),
    "splits-not-summing-to-one": ErrorCase(
        {"a.jsonl": GOOD_LINE.encode()},
        ["{tmp}/a.jsonl", "--splits", "train=0.5,test=0.2"],
        "qa-gen: error: --splits: split ratios sum to 0.7, not 1",
    ),
    "splits-unreadable": ErrorCase(
        {"a.jsonl": GOOD_LINE.encode()},
        ["{tmp}/a.jsonl", "--splits", "train:0.8"],
        "qa-gen: error: --splits: cannot read 'train:0.8' (write NAME=RATIO,NAME=RATIO)",
    ),
    "unknown-generator": ErrorCase(
        {"a.jsonl": GOOD_LINE.encode()},
        ["{tmp}/a.jsonl", "--generator", "nope"],
        "qa-gen: error: unknown generator 'nope' (choose one of: ", prefix=True,
    ),
    "bad-config-value": ErrorCase(
        {"a.jsonl": GOOD_LINE.encode(), "qa.toml": b'[build]\nseed = "seven"\n'},
        ["{tmp}/a.jsonl", "--config", "{tmp}/qa.toml"],
        "qa-gen: error: {tmp}/qa.toml: --seed: ", prefix=True,
    ),
    "strict-with-skipped-article": ErrorCase(
        {"a.jsonl": (GOOD_LINE + json.dumps({"id": "tiny", "text": "Too short."}) + "\n").encode()},
        ["{tmp}/a.jsonl", "--strict"],
        "qa-gen: error: {tmp}/a.jsonl:2: article skipped (text_too_short: ", prefix=True,
    ),
}


def _fill(text: str, tmp: Path) -> str:
    return text.replace("{tmp}", str(tmp))


def _assert_one_line_error(result: Any, expected: str, prefix: bool) -> None:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    if prefix:
        assert lines[0].startswith(expected), lines[0]
    else:
        assert lines[0] == expected


@pytest.mark.parametrize("case", list(ERROR_CASES.values()), ids=list(ERROR_CASES))
def test_build_errors_are_one_line_and_leave_no_output(case: ErrorCase, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name, data in case.files.items():
        (inputs / name).write_bytes(data)
    out = tmp_path / "out"
    args = ["build", *(_fill(a, inputs) for a in case.args), "-o", out, "-q", "--workers", "1"]
    result = run_cli(args)
    _assert_one_line_error(result, _fill(case.message, inputs), case.prefix)
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]  # no partial or temporary folder


def test_html_page_named_rss_is_an_error(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "news.rss"
    page.write_text("<html><body><p>Not a feed at all.</p></body></html>\n", encoding="utf-8")
    result = run_cli(["build", page, "-o", tmp_path / "out", "-q", "--workers", "1"])
    _assert_one_line_error(result, f"qa-gen: error: {page}: not a valid RSS/Atom feed", prefix=True)


def test_failed_rebuild_keeps_the_previous_output(tmp_path: Path, fixtures_dir: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    ok = run_cli(["build", fixtures_dir / "feed.atom", "-o", out, "-q", "--workers", "1"])
    assert ok.exit_code == 0, ok.output
    assert ok.stdout.strip() == str(out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    bad = tmp_path / "bad.jsonl"
    bad.write_text(GOOD_LINE + "{oops\n", encoding="utf-8")
    result = run_cli(["build", bad, "-o", out, "-q", "--workers", "1"])
    assert result.exit_code == 2
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.jsonl", "out"]


def test_build_without_strict_records_skipped_articles(tmp_path: Path, fixtures_dir: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    result = run_cli(["build", fixtures_dir / "feed.rss", fixtures_dir / "article-nobody.html",
                      "-o", out, "-q", "--workers", "1"])
    assert result.exit_code == 0, result.output
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["name"] == "feed"  # the first input's stem
    skipped = {s["reason"] for s in manifest["skipped"]}
    assert "summary_only" in skipped
    assert len(manifest["skipped"]) == 2
    assert manifest["counts"]["articles"] == 4


# --- validate ---------------------------------------------------------------------------------------


def test_validate_accepts_the_sample_build(sample_dir: Path, qa_rows: list[dict[str, Any]], run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli(["validate", sample_dir])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr.strip() == f"{len(qa_rows)} rows valid"


def _copy_with(sample_dir: Path, tmp_path: Path, line: int, change: Any) -> Path:
    lines = (sample_dir / "qa.jsonl").read_text(encoding="utf-8").splitlines()
    row = json.loads(lines[line - 1])
    change(row)
    lines[line - 1] = json.dumps(row)
    copy = tmp_path / "qa.jsonl"
    copy.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return copy


def _shift_offset(row: dict[str, Any]) -> None:
    text = row["answers"]["text"][0]
    start = row["answers"]["answer_start"][0]
    new = next(s for s in range(start + 1, len(row["context"]) + 1) if row["context"][s: s + len(text)] != text)
    row["answers"]["answer_start"][0] = new


def test_validate_reports_a_wrong_offset_by_line(sample_dir: Path, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    copy = _copy_with(sample_dir, tmp_path, 3, _shift_offset)
    result = run_cli(["validate", copy])
    assert result.exit_code == 1
    bad = result.stdout.splitlines()
    assert len(bad) == 1
    assert bad[0].startswith(f"{copy}:3: ")
    assert "not at offset" in bad[0]
    assert result.stderr.startswith("1 of ")


def test_validate_reports_an_article_in_two_splits(sample_dir: Path, tmp_path: Path,
                                                   qa_rows: list[dict[str, Any]], run_cli) -> None:  # type: ignore[no-untyped-def]
    first = qa_rows[0]
    line = next(n for n, r in enumerate(qa_rows, start=1) if n > 1 and r["article_id"] == first["article_id"])
    other = "validation" if first["split"] != "validation" else "train"
    copy = _copy_with(sample_dir, tmp_path, line, lambda r: r.update(split=other))
    result = run_cli(["validate", copy])
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{copy}:{line}: article {first['article_id']!r} is in splits {first['split']!r} and {other!r}"
    ]


def test_validate_reports_invalid_json_and_duplicate_ids(tmp_path: Path, qa_rows: list[dict[str, Any]],
                                                         run_cli) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join([json.dumps(qa_rows[0]), "{not json", json.dumps(qa_rows[0])]) + "\n")
    result = run_cli(["validate", path])
    assert result.exit_code == 1
    out = result.stdout.splitlines()
    assert len(out) == 2
    assert out[0].startswith(f"{path}:2: invalid JSON")
    assert out[1] == f"{path}:3: duplicate id {qa_rows[0]['id']!r} (first on line 1)"


def test_validate_reads_official_squad_json(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    ctx = "Mayor Ana Silva said the plan adds 40 bus routes by 2026."
    squad = {"data": [{"title": "Riverton", "paragraphs": [{"context": ctx, "qas": [
        {"id": "q1", "question": "Who is the mayor?", "answers": [{"text": "Ana Silva", "answer_start": 6}]},
        {"id": "q2", "question": "How many routes?", "answers": [{"text": "40", "answer_start": 3}]},
    ]}]}]}
    path = tmp_path / "dev.json"
    path.write_text(json.dumps(squad))
    result = run_cli(["validate", path])
    assert result.exit_code == 1
    [line] = result.stdout.splitlines()
    assert line.startswith(f"{path}:2: ")


def test_validate_missing_path_is_a_usage_error(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli(["validate", tmp_path / "nothing"])
    _assert_one_line_error(result, f"qa-gen: error: {tmp_path / 'nothing'}: no such file or directory", False)


# --- stats, schemas, help ---------------------------------------------------------------------------


def test_stats_prints_json(sample_dir: Path, manifest: dict[str, Any], qa_rows: list[dict[str, Any]], run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli(["stats", sample_dir])
    assert result.exit_code == 0, result.output
    stats = json.loads(result.stdout)
    assert stats["name"] == manifest["name"]
    assert stats["counts"] == manifest["counts"]
    assert stats["splits"] == manifest["splits"]
    assert sum(stats["question_types"].values()) == len(qa_rows)
    mean = sum(len(r["question"].split()) for r in qa_rows) / len(qa_rows)
    assert stats["mean_question_words"] == pytest.approx(mean, abs=0.01)


def test_stats_on_a_non_output_folder(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli(["stats", tmp_path])
    _assert_one_line_error(result, f"qa-gen: error: {tmp_path}: not an output folder (no manifest.json)", False)


def test_committed_schemas_match_the_models(tmp_path: Path, repo_root: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "schemas"
    result = run_cli(["schemas", "-o", out])
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in out.iterdir())
    committed = sorted(p.name for p in (repo_root / "schemas").glob("*.schema.json"))
    assert written == committed
    assert set(result.stdout.split()) == {str(out / name) for name in written}
    for name in written:
        assert (out / name).read_text() == (repo_root / "schemas" / name).read_text(), (
            f"schemas/{name} is stale: run `qa-gen schemas -o schemas`"
        )
    qa_schema = json.loads((out / "qa_example.schema.json").read_text())
    assert {"id", "title", "context", "question", "answers"} <= set(qa_schema["required"])


def test_python_m_qa_gen_help() -> None:
    proc = subprocess.run([sys.executable, "-m", "qa_gen", "--help"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    for command in ("build", "validate", "stats", "schemas", "push"):
        assert command in proc.stdout


def test_version_and_subcommand_help(run_cli) -> None:  # type: ignore[no-untyped-def]
    version = run_cli(["--version"])
    assert version.exit_code == 0
    assert version.stdout.strip() == f"qa-gen, version {qa_gen.__version__}"
    for command in ("build", "validate", "stats", "schemas"):
        helped = run_cli([command, "--help"])
        assert helped.exit_code == 0
        assert "Example: qa-gen " in helped.stdout


def test_default_output_folder_is_named_after_the_input(tmp_path: Path, fixtures_dir: Path, run_cli,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    shutil.copy(fixtures_dir / "feed.atom", tmp_path / "science.atom")
    monkeypatch.chdir(tmp_path)
    result = run_cli(["build", "science.atom", "-q", "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert Path(result.stdout.strip()) == Path("output") / "science"
    assert (tmp_path / "output" / "science" / "qa.jsonl").is_file()
