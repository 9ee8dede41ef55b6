"""Bad inputs (issue 6): every one is either a one-line hard error or a recorded per-article outcome.

The corpus is ``tests/bad_inputs/``: ``articles/`` holds the cases that must not stop a build
(each ends as rows, rejections or a ``skipped`` entry with a reason), ``errors/`` the cases that
must stop it. Cases that are big, binary or byte-exact (5 MB article, Latin-1, CRLF, a picture
named ``.txt``) are written at test time by ``bad_inputs/make_large.py``; the symlink loop is
made in ``tmp_path``. One build of the whole corpus is shared by the module.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import time
import unicodedata
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from qa_gen import build, load_config, read_inputs
from qa_gen.dedup import (
    MINHASH_PERMUTATIONS,
    NEAR_DUPLICATE_JACCARD,
    Deduper,
    NearDuplicateIndex,
    estimated_jaccard,
    minhash,
)
from qa_gen.ingest import IngestLog
from qa_gen.ingest.common import MIN_ENGLISH_WORD_SHARE, english_word_share, is_english_code, language_problem
from qa_gen.models import Article, SkippedArticle
from qa_gen.normalize import fold
from qa_gen.pipeline import BuildResult
from qa_gen.segment import DEFAULT_MAX_CHARS, OVERSIZE_FACTOR, segment

BAD = Path(__file__).resolve().parent / "bad_inputs"
ARTICLES = BAD / "articles"
ERRORS = BAD / "errors"


def _load_make_large() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_large", BAD / "make_large.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_large = _load_make_large()

# What each per-article case must end as: (source, relative to the corpus) -> skip reason.
EXPECTED_SKIPS = {
    "empty.txt": "empty_text",
    "whitespace-only.txt": "empty_text",
    "html-no-body.html": "empty_text",
    "rss-summary-only.rss#entry1": "summary_only",
    "rss-summary-only.rss#entry2": "summary_only",
    "german.txt": "not_english",
    "languages.jsonl:1": "not_english",  # declares "es"
    "languages.jsonl:2": "not_english",  # Spanish, no language given: detected
    "duplicate-ids.jsonl:3": "duplicate_article",  # same id and same text as line 1
    "wire-syndicated.txt": "duplicate_article",  # the same wire story reprinted by another outlet
}
# Sources that must give at least one accepted row.
EXPECTED_ROWS = {
    "good.jsonl:1",
    "good.jsonl:2",
    "duplicate-ids.jsonl:1",
    "duplicate-ids.jsonl:2",  # same id as line 1, other text: renamed, not dropped
    "languages.jsonl:3",  # declares "en-GB"
    "unicode-marks.txt",
    "wire-meridian.txt",
    "crlf-line-endings.txt",
    "latin1.txt",
}
ONE_SENTENCE = "one-sentence.txt"  # rows or rejections, never nothing


# --- shared fixtures --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_large.write_generated(tmp_path_factory.mktemp("generated"))  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, generated: dict[str, Path]) -> Path:
    """``articles/`` plus the generated per-article cases (not the 5 MB one: too slow to parse)."""
    folder = tmp_path_factory.mktemp("corpus") / "articles"
    shutil.copytree(ARTICLES, folder)
    for name in ("crlf", "latin1_txt"):
        shutil.copy(generated[name], folder / generated[name].name)
    return folder


@pytest.fixture(scope="module")
def corpus_items(corpus: Path) -> list[Article | SkippedArticle]:
    return list(read_inputs([str(corpus)]))


@pytest.fixture(scope="module")
def corpus_build(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    return build([str(corpus)], load_config(name="bad", workers=1), tmp_path_factory.mktemp("out") / "bad")


def _rows(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _source(item: Article | SkippedArticle, corpus: Path) -> str:
    where = item.meta["source_path"] if isinstance(item, Article) else item.source_path
    assert where is not None
    return os.path.relpath(where, corpus)


def _by_source(items: list[Article | SkippedArticle], corpus: Path) -> dict[str, Article | SkippedArticle]:
    return {_source(i, corpus): i for i in items}


# --- the committed corpus ---------------------------------------------------------------------------


def test_committed_corpus_files_are_small() -> None:
    files = [p for p in BAD.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    assert len(files) >= 18
    assert all(p.stat().st_size < 16_000 for p in files), [p for p in files if p.stat().st_size >= 16_000]
    # editors must not have stripped the characters the unicode case is about
    raw = (ARTICLES / "unicode-marks.txt").read_text(encoding="utf-8")
    for ch in ("\u00a0", "\u200b", "\u2060", "\u0301", "\u200d", "\u201c", "\u2019", "\U0001F6A2", "\U0001F1F3"):
        assert ch in raw, repr(ch)
    assert (ARTICLES / "empty.txt").stat().st_size == 0
    assert (ARTICLES / "empty.jsonl").stat().st_size == 0
    assert not (ARTICLES / "whitespace-only.txt").read_text(encoding="utf-8").replace("\u200b", "").strip()


# --- "nothing lost" over the whole corpus ----------------------------------------------------------


def test_nothing_lost(corpus_items: list[Article | SkippedArticle], corpus_build: BuildResult) -> None:
    """Every input article id is in the rows, in the rejections, or skipped with a reason."""
    ids = [i.id if isinstance(i, Article) else i.article_id for i in corpus_items]
    assert len(ids) == len(set(ids)), "article ids must be unique"
    out = corpus_build.output
    accepted = {r["article_id"] for r in _rows(out / "qa.jsonl")}
    rejected = {r["article_id"] for r in _rows(out / "rejected.jsonl")}
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    skipped = {s["article_id"] for s in manifest["skipped"]}
    assert all(s["reason"] for s in manifest["skipped"])
    lost = [i for i in ids if i not in accepted | rejected | skipped]
    assert not lost
    assert manifest["counts"]["articles"] == len(ids)
    assert not (accepted | rejected | skipped) - set(ids)  # and nothing appears from nowhere


def test_each_case_has_its_outcome(corpus: Path, corpus_items: list[Article | SkippedArticle],
                                   corpus_build: BuildResult) -> None:
    by_source = _by_source(corpus_items, corpus)
    assert set(by_source) == set(EXPECTED_SKIPS) | EXPECTED_ROWS | {ONE_SENTENCE}
    skipped = {os.path.relpath(s.source_path or "", corpus): s.reason for s in corpus_build.manifest.skipped}
    assert skipped == EXPECTED_SKIPS
    rows = _rows(corpus_build.output / "qa.jsonl")
    rejected = _rows(corpus_build.output / "rejected.jsonl")
    for source in EXPECTED_ROWS:
        item = by_source[source]
        assert isinstance(item, Article), source
        assert any(r["article_id"] == item.id for r in rows), f"{source} gave no rows"
    one = by_source[ONE_SENTENCE]
    assert isinstance(one, Article)
    assert any(r["article_id"] == one.id for r in rows + rejected)


def test_manifest_inputs_and_ignored_files(corpus: Path, corpus_build: BuildResult) -> None:
    inputs = {os.path.relpath(f.path, corpus): f.articles for f in corpus_build.manifest.inputs}
    assert inputs["empty.jsonl"] == 0  # an empty JSONL file holds no article: nothing to skip
    assert inputs["empty.txt"] == 1 and inputs["whitespace-only.txt"] == 1
    assert inputs["rss-summary-only.rss"] == 2 and inputs["duplicate-ids.jsonl"] == 3
    assert "notes.csv" not in inputs
    log = IngestLog()
    list(read_inputs([str(corpus)], log=log))
    assert [os.path.relpath(p, corpus) for p in log.ignored] == ["notes.csv"]  # unknown type inside a folder


def test_offsets_stay_exact(corpus_items: list[Article | SkippedArticle], corpus_build: BuildResult) -> None:
    texts = {i.id: i.text for i in corpus_items if isinstance(i, Article)}
    rows = _rows(corpus_build.output / "qa.jsonl")
    assert rows
    for row in rows:
        ctx, start = row["context"], row["context_start"]
        assert texts[row["article_id"]][start: start + len(ctx)] == ctx
        for text, at in zip(row["answers"]["text"], row["answers"]["answer_start"], strict=True):
            assert text and ctx[at: at + len(text)] == text


# --- per case ---------------------------------------------------------------------------------------


def test_unicode_marks_are_normalised_and_kept(corpus: Path, corpus_items: list[Article | SkippedArticle],
                                               corpus_build: BuildResult) -> None:
    art = _by_source(corpus_items, corpus)["unicode-marks.txt"]
    assert isinstance(art, Article)
    assert art.title == "\u201cHarbour Lights\u201d festival draws 40,000 to Port Amsel \U0001F6A2"
    assert unicodedata.is_normalized("NFC", art.text)
    assert not any(ch in art.text for ch in "\u00a0\u200b\u2060\r")  # NBSP -> space, invisibles gone
    for kept in ("Sk\u00f3la", "Ren\u00e9e", "Zo\u00eb Mart\u00ednez", "\u2018the proudest night of the year\u2019",
                 "\U0001F469\u200d\U0001F52C", "\U0001F1F3\U0001F1F4", "\u2014"):
        assert kept in art.text, kept
    rows = [r for r in _rows(corpus_build.output / "qa.jsonl") if r["article_id"] == art.id]
    assert any(any(ord(ch) > 0xFFFF for ch in r["context"]) for r in rows)  # offsets past astral characters


def test_crlf_line_endings(corpus: Path, corpus_items: list[Article | SkippedArticle],
                           generated: dict[str, Path]) -> None:
    assert b"\r\n" in generated["crlf"].read_bytes()
    art = _by_source(corpus_items, corpus)["crlf-line-endings.txt"]
    assert isinstance(art, Article)
    assert art.title == "Grenmark harbour wall repaired ahead of winter"
    assert "\r" not in art.text and art.text.count("\n\n") == 2


def test_latin1_text_file_is_decoded_as_cp1252(corpus: Path, corpus_items: list[Article | SkippedArticle]) -> None:
    art = _by_source(corpus_items, corpus)["latin1.txt"]
    assert isinstance(art, Article)
    assert art.meta["encoding"] == "cp1252"
    assert art.title == "Caf\u00e9 owners in Br\u00e6ndholt win fight over terrace fees"
    assert "\u00a3400" in art.text and "\u201crelieved and grateful\u201d" in art.text and "\ufffd" not in art.text


def test_utf16_text_file_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "unicode-notepad.txt"
    path.write_bytes(make_large.CRLF_ARTICLE.encode("utf-16"))  # with a BOM, as Windows Notepad saves it
    [art] = list(read_inputs([str(path)]))
    assert isinstance(art, Article)
    assert art.meta["encoding"] == "utf-16"
    assert art.title == "Grenmark harbour wall repaired ahead of winter"


def test_duplicate_ids_get_a_suffix(corpus: Path, corpus_items: list[Article | SkippedArticle],
                                    corpus_build: BuildResult) -> None:
    by_source = _by_source(corpus_items, corpus)
    first, second, third = (by_source[f"duplicate-ids.jsonl:{n}"] for n in (1, 2, 3))
    assert isinstance(first, Article) and isinstance(second, Article) and isinstance(third, Article)
    assert (first.id, second.id, third.id) == ("dup-7", "dup-7~2", "dup-7~3")
    assert "duplicate_id_of" not in first.meta
    assert second.meta["duplicate_id_of"] == third.meta["duplicate_id_of"] == "dup-7"
    [skip] = [s for s in corpus_build.manifest.skipped if s.article_id == "dup-7~3"]
    assert skip.reason == "duplicate_article" and "dup-7" in skip.detail  # same text as line 1
    rows = _rows(corpus_build.output / "qa.jsonl")
    assert len({r["id"] for r in rows}) == len(rows)


def test_duplicate_ids_of_skipped_articles_are_renamed_too(corpus: Path,
                                                           corpus_items: list[Article | SkippedArticle]) -> None:
    by_source = _by_source(corpus_items, corpus)
    empty, blank = by_source["empty.txt"], by_source["whitespace-only.txt"]
    assert isinstance(empty, SkippedArticle) and isinstance(blank, SkippedArticle)
    assert blank.article_id == f"{empty.article_id}~2"  # both are the hash of ""
    assert "already used" in blank.detail


def test_near_identical_wire_stories(corpus: Path, corpus_items: list[Article | SkippedArticle],
                                     corpus_build: BuildResult) -> None:
    by_source = _by_source(corpus_items, corpus)
    original, reprint = by_source["wire-meridian.txt"], by_source["wire-syndicated.txt"]
    assert isinstance(original, Article) and isinstance(reprint, Article)
    assert original.text != reprint.text
    exact = _jaccard(original.text, reprint.text)
    assert NEAR_DUPLICATE_JACCARD <= exact < 1
    [skip] = [s for s in corpus_build.manifest.skipped if s.article_id == reprint.id]
    assert skip.reason == "duplicate_article" and original.id in skip.detail


def test_non_english_articles(corpus: Path, corpus_items: list[Article | SkippedArticle]) -> None:
    by_source = _by_source(corpus_items, corpus)
    german, declared, detected = by_source["german.txt"], by_source["languages.jsonl:1"], by_source["languages.jsonl:2"]
    assert isinstance(german, SkippedArticle) and "English" in german.detail
    assert isinstance(declared, SkippedArticle) and "'es'" in declared.detail
    assert isinstance(detected, SkippedArticle) and detected.article_id == "es-undeclared"
    english = by_source["languages.jsonl:3"]
    assert isinstance(english, Article) and english.language == "en-GB"


def test_one_sentence_article(corpus: Path, corpus_items: list[Article | SkippedArticle]) -> None:
    art = _by_source(corpus_items, corpus)[ONE_SENTENCE]
    assert isinstance(art, Article)
    assert art.text.count(".") == 1
    assert art.title and art.text.startswith(art.title.removesuffix(" ..."))
    assert len(segment(art)) == 1


def test_article_without_candidates_is_not_lost(tmp_path: Path, write_jsonl) -> None:  # type: ignore[no-untyped-def]
    good = json.loads((ARTICLES / "good.jsonl").read_text(encoding="utf-8").splitlines()[0])
    path = write_jsonl(tmp_path / "quiet.jsonl", [good, {"id": "quiet", "text": "Oh no. " * 14}])
    result = build([str(path)], load_config(workers=1), tmp_path / "out")
    seen = {r["article_id"] for name in ("qa.jsonl", "rejected.jsonl") for r in _rows(result.output / name)}
    assert "quiet" in seen | {s.article_id for s in result.manifest.skipped}


# --- language check (unit) --------------------------------------------------------------------------


def test_language_check_passes_english_news(samples_dir: Path) -> None:
    for path in sorted(samples_dir.glob("*.txt")):
        share, words = english_word_share(path.read_text(encoding="utf-8"))
        assert words > 100 and share > 2 * MIN_ENGLISH_WORD_SHARE, path.name


@pytest.mark.parametrize(
    ("declared", "text", "english"),
    [
        (None, "Der Stadtrat hat am Montag beschlossen, den alten Anleger zu schlie\u00dfen, sagte die "
               "B\u00fcrgermeisterin der Stadt heute Morgen vor der Presse im Rathaus.", False),
        (None, "Le conseil municipal a vot\u00e9 lundi la fermeture de l'ancien quai apr\u00e8s que des "
               "ing\u00e9nieurs ont trouv\u00e9 des fissures dans ses piliers.", False),
        (None, "Kort bericht.", True),  # too few words to judge: left to the length rules
        ("de", "The council voted on Monday to close the pier after engineers found cracks in it.", False),
        ("EN_us", "The council voted on Monday to close the pier after engineers found cracks in it.", True),
        ("und", "The council voted on Monday to close the pier after engineers found cracks in it.", True),
        ("eng", "The council voted on Monday to close the pier after engineers found cracks in it.", True),
    ],
)
def test_language_problem(declared: str | None, text: str, english: bool) -> None:
    assert (language_problem(text, declared) is None) == english


def test_english_codes() -> None:
    assert all(is_english_code(c) for c in ("en", "EN", "en-GB", "en_US", "eng", "English"))
    assert not any(is_english_code(c) for c in ("de", "es-ES", "fr", "nl", "enm-x"))


# --- near-duplicate detection (unit) ----------------------------------------------------------------


def _jaccard(a: str, b: str, k: int = 5) -> float:
    def shingles(text: str) -> set[tuple[str, ...]]:
        words = fold(text).split()
        return {tuple(words[i: i + k]) for i in range(max(1, len(words) - k + 1))}

    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb)


def test_minhash_signature_is_small_and_stable(samples_dir: Path) -> None:
    text = (samples_dir / "01-politics-veldoria-budget.txt").read_text(encoding="utf-8")
    sig = minhash(text)
    assert sig is not None and sig.nbytes == MINHASH_PERMUTATIONS * 4  # bounded per article
    assert (sig == minhash(text.upper())).all()  # case and punctuation do not matter
    assert minhash("") is None and minhash("... !!") is None
    assert minhash("Two words") is not None  # shorter than one shingle: one shingle


def test_minhash_estimates_jaccard(samples_dir: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(samples_dir.glob("*.txt"))]
    base = texts[0]
    paragraphs = base.split("\n\n")
    for variant in (
        "\n\n".join(paragraphs[:-1]),  # last paragraph cut
        "\n\n".join(paragraphs[1:]) + "\n\nReporting by the Courier desk.",  # other head, credit added
        "\n\n".join(paragraphs[: len(paragraphs) // 2]),  # half of it
    ):
        a, b = minhash(base), minhash(variant)
        assert a is not None and b is not None
        assert abs(estimated_jaccard(a, b) - _jaccard(base, variant)) < 0.15


def test_near_duplicates_found_and_different_stories_kept(samples_dir: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(samples_dir.glob("*.txt"))]
    d = Deduper()
    assert [d.article(f"s{n}", t) for n, t in enumerate(texts)] == [None] * len(texts)  # 8 different stories
    reprint = "Syndicated by the Tessa Island Courier.\n\n" + texts[3].split("\n", 1)[1] + "\n\n(Meridian Wire)"
    assert NEAR_DUPLICATE_JACCARD <= _jaccard(texts[3], reprint) < 1
    assert d.article("reprint", reprint) == "s3"
    assert d.article("exact", texts[5].upper()) == "s5"
    # a story that shares a few sentences with another is not a duplicate of it
    mixed = "\n\n".join(texts[6].split("\n\n")[:2] + texts[7].split("\n\n")[2:])
    assert d.article("mixed", mixed) is None


def test_near_duplicate_index_keeps_first_of_a_chain() -> None:
    words = [f"w{i}" for i in range(400)]
    a = " ".join(words)
    b = " ".join(words[:390] + ["x"] * 10)  # ~0.93 similar to a
    idx = NearDuplicateIndex()
    assert idx.add("a", a) is None
    assert idx.add("b", b) == "a"
    assert idx.last_similarity >= NEAR_DUPLICATE_JACCARD
    assert idx.add("c", " ".join(reversed(words))) is None


# --- the 5 MB article -------------------------------------------------------------------------------


def test_five_megabyte_article_is_read_and_segmented(generated: dict[str, Path]) -> None:
    path = generated["large"]
    assert path.stat().st_size >= make_large.LARGE_BYTES
    started = time.perf_counter()
    [art] = list(read_inputs([str(path)]))
    assert isinstance(art, Article)
    passages = segment(art)
    assert Deduper().article(art.id, art.text) is None
    assert time.perf_counter() - started < 20
    assert len(art.text) > 5_000_000
    # spaCy refuses texts over nlp.max_length (1,000,000); passages stay near the budget
    assert max(len(p.text) for p in passages) <= OVERSIZE_FACTOR * DEFAULT_MAX_CHARS
    assert all(art.text[p.start: p.start + len(p.text)] == p.text for p in passages[:50] + passages[-50:])
    covered = sum(len(p.text) for p in passages)
    assert covered > 0.99 * len(art.text)


def test_text_without_breaks_is_still_cut_into_passages() -> None:
    art = Article(id="unbroken", text=make_large.unbroken_text(50_000))
    assert max(len(p.text) for p in segment(art)) <= OVERSIZE_FACTOR * DEFAULT_MAX_CHARS


# --- hard errors: one line, exit 2, no output -------------------------------------------------------


def _json_error(path: Path, line: int) -> str:
    raw = path.read_text(encoding="utf-8").splitlines(keepends=True)[line - 1]
    try:
        json.loads(raw)
    except json.JSONDecodeError as err:
        return f"invalid JSON: {err.msg} (column {err.colno})"
    raise AssertionError("line is valid JSON")


def _expected_errors(generated: dict[str, Path]) -> dict[str, tuple[Path, str]]:
    latin = generated["latin1_jsonl"]
    column = next(n for n, b in enumerate(latin.read_bytes().split(b"\n")[1], start=1) if b >= 0x80)
    malformed = ERRORS / "malformed-middle.jsonl"
    return {
        "malformed-line-in-the-middle": (malformed, f"{malformed}:3: {_json_error(malformed, 3)}"),
        "record-without-text": (
            ERRORS / "no-text.jsonl",
            f"{ERRORS / 'no-text.jsonl'}:2: record has no 'text' field (map another field with --text-field)",
        ),
        "text-of-wrong-type": (
            ERRORS / "text-wrong-type.jsonl",
            f"{ERRORS / 'text-wrong-type.jsonl'}:2: field 'text' must be a string, not list",
        ),
        "latin1-jsonl": (
            latin,
            f"{latin}:2: not UTF-8 text (invalid continuation byte at column {column}) "
            "(JSON must be UTF-8: re-encode the file, e.g. iconv -f cp1252 -t utf-8)",
        ),
        "binary-named-txt": (generated["binary_txt"], f"{generated['binary_txt']}: looks like a binary file, not text"),
        "unknown-extension-given-explicitly": (
            ERRORS / "table.csv",
            f"{ERRORS / 'table.csv'}: unknown file type '.csv' (use one of .atom, .htm, .html, .json, .jsonl, "
            ".ndjson, .rss, .text, .txt, .xml)",
        ),
    }


ERROR_CASES = [
    "malformed-line-in-the-middle",
    "record-without-text",
    "text-of-wrong-type",
    "latin1-jsonl",
    "binary-named-txt",
    "unknown-extension-given-explicitly",
]


def _assert_error(result: Any, message: str, out: Path) -> None:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert result.stdout == ""
    assert result.stderr.splitlines() == [f"qa-gen: error: {message}"]
    assert not out.exists()
    assert not list(out.parent.glob(f".{out.name}.*"))  # no temporary folder left behind


@pytest.mark.parametrize("case", ERROR_CASES)
def test_hard_errors(case: str, generated: dict[str, Path], tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    path, message = _expected_errors(generated)[case]
    out = tmp_path / "out"
    _assert_error(run_cli(["build", path, "-o", out, "-q", "--workers", "1"]), message, out)


def test_json_file_not_utf8_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "legacy.json"
    path.write_bytes(b'[\n  {"id": "a", "text": "caf\xe9"}\n]\n')
    with pytest.raises(Exception, match=r"legacy\.json:2: not UTF-8 text .*\(JSON must be UTF-8"):
        list(read_inputs([str(path)]))


def test_only_empty_inputs_is_an_error(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "empties"
    folder.mkdir()
    for name in ("empty.txt", "whitespace-only.txt", "empty.jsonl"):
        shutil.copy(ARTICLES / name, folder / name)
    out = tmp_path / "out"
    _assert_error(
        run_cli(["build", folder, "-o", out, "-q", "--workers", "1"]),
        "no question-answer pair was accepted (2 articles read, 2 skipped, 0 candidates rejected) "
        "(check the inputs: a dataset with no rows cannot be loaded)",
        out,
    )


def test_strict_turns_the_first_skipped_article_into_an_error(corpus: Path, corpus_build: BuildResult,
                                                              tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    first = corpus_build.manifest.skipped[0]
    assert first.source_path == str(corpus / "duplicate-ids.jsonl") + ":3"
    out = tmp_path / "strict"
    _assert_error(
        run_cli(["build", corpus, "-o", out, "-q", "--workers", "1", "--strict"]),
        f"{first.source_path}: article skipped (duplicate_article: {first.detail}) "
        "(--strict turns skipped articles into errors)",
        out,
    )


# --- folders ----------------------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_symlink_loop_does_not_hang_and_reads_each_file_once(tmp_path: Path) -> None:
    root = tmp_path / "news"
    (root / "sub").mkdir(parents=True)
    shutil.copy(ARTICLES / "good.jsonl", root / "good.jsonl")
    shutil.copy(ARTICLES / "one-sentence.txt", root / "sub" / "one-sentence.txt")
    (root / "sub" / "back-to-top").symlink_to(root, target_is_directory=True)  # root -> sub -> root ...
    (root / "self").symlink_to(root, target_is_directory=True)
    log = IngestLog()
    started = time.perf_counter()
    items = list(read_inputs([str(root)], log=log))
    assert time.perf_counter() - started < 10
    [one] = list(read_inputs([str(root / "sub" / "one-sentence.txt")]))
    assert isinstance(one, Article)
    assert sorted(i.id for i in items if isinstance(i, Article)) == sorted(["good-001", "good-002", one.id])
    assert len(items) == 3  # no "~2" copies: nothing was read twice
    assert len(log.files) == 2
    assert sum("symlink loop" in p for p in log.ignored) == 2
