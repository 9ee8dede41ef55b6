"""Text-less releases: publish ids, offsets and hashes instead of copyrighted article text.

Like NewsQA, a text-less release ships every row without its ``context``; in its place are
``context_start`` (already a column), ``context_length`` and ``context_sha256`` (hex SHA-256 of
the context, UTF-8). Users who hold their own copy of the articles rebuild the full dataset
with :func:`hydrate`, which checks every rebuilt context against its hash and every answer
span against its context, and writes exactly the original rows.

What stays in the release: ``title`` (headlines), the questions, and the answers (short
quotes with their offsets). What goes: ``context``, the example row's context in the manifest
and the card, and ``question``/``answer_text`` of ``rejected.jsonl`` (rejected questions may
copy the passage verbatim).

Both directions stream rows and write atomically: a temporary folder next to the target is
renamed into place only when everything has been written and checked.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import jsonlines
from datasets import Features, Value
from pydantic import ValidationError

from .card import render_card
from .errors import InputError, OutputError, format_validation_error
from .export import FEATURES, AtomicFolder, DatasetWriter, ShardWriter, row_of
from .ingest import FieldMap, read_inputs
from .io import read_manifest
from .models import Article, Manifest, QAExample, Rejection, SkippedArticle

#: Value of ``manifest.json``'s ``release`` key in a text-less folder.
TEXTLESS = "text-less"
QA_FILE = "qa.jsonl"
REJECTED_FILE = "rejected.jsonl"
MANIFEST_FILE = "manifest.json"
CARD_FILE = "README.md"
#: Rejection fields that quote article text and are left out of a text-less release.
REJECTION_TEXT_FIELDS = ("question", "answer_text")

#: The full features without ``context``, plus what is needed to rebuild and check it.
TEXTLESS_FEATURES = Features(
    {
        **{name: feature for name, feature in FEATURES.items() if name != "context"},
        "context_length": Value("int32"),
        "context_sha256": Value("string"),
    }
)

TEXTLESS_SECTION = """
## Text-less release

This is a **text-less release**: the article text is not distributed, so the `context`
column is absent (`title`, the questions and the short answer quotes are kept). Each row says
where its context is instead:

- `article_id`: the qa-gen id of the source article (the input record's id field, or a
  content hash of the normalised article text when the input had no id),
- `context_start`, `context_length`: the context's character offset and length in the
  article's normalised text (NFC, single spaces, paragraphs split by one blank line),
- `context_sha256`: the hex SHA-256 of the context (UTF-8), to check a rebuilt context.

`answers.answer_start` stays relative to the context, as in SQuAD. To rebuild the full
dataset from your own copy of the articles (any input format `qa-gen build` reads):

```bash
pip install qa-gen
qa-gen hydrate RELEASE_DIR --articles ARTICLES... -o FULL_DIR
```

where `RELEASE_DIR` is a local copy of this dataset folder (with its `qa.jsonl` and
`manifest.json`) and `ARTICLES` are files or folders of articles.

`hydrate` rebuilds every context, checks its hash and every answer span, and writes the
original rows (same ids, columns and values) with Parquet shards, manifest and card; it stops
with an error naming the article if one is missing or its text differs from the version this
release was built from. `rejected.jsonl` keeps the rejection reasons only, without the
rejected questions and answer texts.
"""


def context_sha256(context: str) -> str:
    """Hex SHA-256 of a context string, UTF-8 encoded."""
    return hashlib.sha256(context.encode("utf-8")).hexdigest()


def textless_row(row: dict[str, Any]) -> dict[str, Any]:
    """A full dataset row (``row_of`` shape) without its context, in ``TEXTLESS_FEATURES`` order."""
    context = row["context"]
    extra = {"context_length": len(context), "context_sha256": context_sha256(context)}
    return {name: row[name] if name in row else extra[name] for name in TEXTLESS_FEATURES}


def is_textless(folder: str | Path) -> bool:
    """True if ``folder`` holds a text-less release (its manifest says so)."""
    try:
        data = json.loads((Path(folder) / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    return isinstance(data, dict) and data.get("release") == TEXTLESS


def make_textless(src_folder: str | Path, dst_folder: str | Path) -> Path:
    """Write a text-less release of the output folder ``src_folder`` to ``dst_folder``.

    ``dst_folder`` is replaced atomically (and left untouched if anything fails); returns it.
    """
    src, dst = Path(src_folder), Path(dst_folder)
    manifest = _read_manifest(src)
    if manifest.get("release") == TEXTLESS:
        raise InputError("already a text-less release", path=src, hint="pass the folder written by `qa-gen build`")
    _check_distinct(src, dst)
    qa_path = src / QA_FILE
    if not qa_path.is_file():
        raise InputError(f"not an output folder (no {QA_FILE})", path=src)
    with AtomicFolder(dst) as tmp:
        shards = ShardWriter(tmp, TEXTLESS_FEATURES)
        try:
            with jsonlines.open(tmp / QA_FILE, mode="w", compact=True, sort_keys=False) as out:
                for line, row in _read_jsonl(qa_path):
                    _check_full_row(row, qa_path, line)
                    slim = textless_row(row)
                    out.write(slim)
                    shards.add(slim)
        finally:
            shards.close()
        _copy_rejections(src / REJECTED_FILE, tmp / REJECTED_FILE)
        if isinstance(manifest.get("example"), dict) and "context" in manifest["example"]:
            manifest["example"] = textless_row(manifest["example"])
        manifest["release"] = TEXTLESS
        manifest["shards"] = {}  # the full release's shards; the card then carries no dataset_info
        _write_json(tmp / MANIFEST_FILE, manifest)
        card = render_card(Manifest.model_validate(manifest)).rstrip("\n") + "\n"
        (tmp / CARD_FILE).write_text(card + TEXTLESS_SECTION)
    return dst


def hydrate(
    textless_folder: str | Path,
    article_inputs: list[str],
    dst_folder: str | Path,
    *,
    fields: FieldMap | None = None,
) -> Path:
    """Rebuild the full output folder of a text-less release from the user's own articles.

    ``article_inputs`` are read like ``qa-gen build`` inputs; ``fields`` defaults to the field
    names the release was built with (from its manifest). Every context is checked against its
    SHA-256 and every answer span against the context; a missing article or a mismatch raises
    :class:`InputError` naming the article and the number of rows affected, and nothing is
    written. Returns ``dst_folder``.
    """
    src, dst = Path(textless_folder), Path(dst_folder)
    data = _read_manifest(src)
    if data.get("release") != TEXTLESS:
        raise InputError(
            'not a text-less release (manifest has no "release": "text-less")',
            path=src,
            hint="`qa-gen hydrate` takes a folder written with --release text-less",
        )
    _check_distinct(src, dst)
    qa_path = src / QA_FILE
    if not qa_path.is_file():
        raise InputError(f"missing {QA_FILE}", path=src, hint="download the release's qa.jsonl too")
    needed: Counter[str] = Counter()
    for line, row in _read_jsonl(qa_path):
        if not isinstance(row.get("article_id"), str):
            raise InputError("row has no article_id", path=qa_path, line=line)
        needed[row["article_id"]] += 1
    if fields is None:
        cfg = data.get("config") or {}
        fields = FieldMap(
            text=cfg.get("text_field") or "text",
            title=cfg.get("title_field") or "title",
            id=cfg.get("id_field") or "id",
        )
    texts, skipped = _collect_articles(read_inputs(article_inputs, fields), needed)
    _check_found(src, needed, texts, skipped)
    manifest = Manifest.model_validate(data)
    failures: Counter[str] = Counter()
    first_failure: dict[str, str] = {}
    with DatasetWriter(dst) as writer:
        for line, slim in _read_jsonl(qa_path):
            example, problem = _rebuild(slim, texts[slim["article_id"]], qa_path, line)
            if example is None:
                failures[slim["article_id"]] += 1
                first_failure.setdefault(slim["article_id"], problem)
                continue
            if failures:
                continue  # keep checking, to report every article that differs; write nothing
            if manifest.example is not None and not writer.counts:
                manifest.example = _restore_example(manifest.example, example)
            writer.add(example)
        if failures:
            raise _mismatch_error(src, failures, first_failure)
        for rejection in _read_rejections(src / REJECTED_FILE):
            writer.reject(rejection)
        writer.finish(manifest)
    return dst


# --- hydrate helpers ---------------------------------------------------------------------


def _collect_articles(
    items: Iterable[Article | SkippedArticle], needed: Counter[str]
) -> tuple[dict[str, list[str]], dict[str, str]]:
    """Texts of the needed articles (distinct versions, in input order) and skip reasons."""
    texts: dict[str, list[str]] = {}
    skipped: dict[str, str] = {}
    for item in items:
        if isinstance(item, SkippedArticle):
            if item.article_id in needed:
                skipped.setdefault(item.article_id, f"{item.reason}: {item.detail}" if item.detail else item.reason)
            continue
        if item.id in needed:
            versions = texts.setdefault(item.id, [])
            if item.text not in versions:
                versions.append(item.text)
    return texts, skipped


def _check_found(src: Path, needed: Counter[str], texts: dict[str, list[str]], skipped: dict[str, str]) -> None:
    missing = [aid for aid in needed if aid not in texts]
    if not missing:
        return
    first = missing[0]
    why = f"was skipped ({skipped[first]})" if first in skipped else "not found in the inputs"
    more = ""
    if len(missing) > 1:
        rest = sum(needed[aid] for aid in missing[1:])
        more = f"; {len(missing) - 1} more articles missing ({_rows(rest)})"
    raise InputError(
        f"{_rows(needed[first])}: article {first} {why}{more}",
        path=src,
        hint="pass the articles the release was built from",
    )


def _rebuild(slim: dict[str, Any], versions: list[str], path: Path, line: int) -> tuple[QAExample | None, str]:
    """The full example of a text-less row, or (None, why) if no article version matches."""
    try:
        start, length, digest = int(slim["context_start"]), int(slim["context_length"]), slim["context_sha256"]
    except (KeyError, TypeError, ValueError):
        raise InputError("row has no valid context_start/context_length/context_sha256", path=path, line=line) from None
    context = None
    for text in versions:
        candidate = text[start : start + length]
        if len(candidate) == length and context_sha256(candidate) == digest:
            context = candidate
            break
    if context is None:
        return None, f"text differs from the release at offset {start} (context sha256 mismatch)"
    answers = slim.get("answers") or {}
    for text, offset in zip(answers.get("text", []), answers.get("answer_start", []), strict=False):
        if context[offset : offset + len(text)] != text:
            return None, f"answer {text!r} is not at offset {offset} of the rebuilt context"
    row = {name: context if name == "context" else slim.get(name) for name in FEATURES}
    try:
        return QAExample.model_validate(row), ""
    except ValidationError as err:
        raise InputError(f"invalid row: {format_validation_error(err)}", path=path, line=line) from None


def _mismatch_error(src: Path, failures: Counter[str], first_failure: dict[str, str]) -> InputError:
    first = next(iter(failures))
    more = ""
    if len(failures) > 1:
        rest = sum(failures.values()) - failures[first]
        more = f"; {len(failures) - 1} more articles differ ({_rows(rest)})"
    return InputError(
        f"{_rows(failures[first])}: article {first} {first_failure[first]}{more}",
        path=src,
        hint="use the same version of the articles the release was built from",
    )


def _restore_example(example: dict[str, Any], first: QAExample) -> dict[str, Any]:
    """The manifest's example row is the first row of qa.jsonl; give it its context back."""
    if example.get("id") == first.id and "context" not in example:
        return row_of(first)
    return example


def _read_rejections(path: Path) -> Iterator[Rejection]:
    if not path.is_file():
        return
    for line, row in _read_jsonl(path):
        try:
            yield Rejection.model_validate(row)
        except ValidationError as err:
            raise InputError(f"invalid rejection: {format_validation_error(err)}", path=path, line=line) from None


def _rows(n: int) -> str:
    return f"{n} row" if n == 1 else f"{n} rows"


# --- shared helpers ----------------------------------------------------------------------


def _read_manifest(folder: Path) -> dict[str, Any]:
    if not folder.is_dir():
        raise InputError("not a folder", path=folder)
    missing = InputError("not an output folder (no manifest.json)", path=folder)
    return read_manifest(folder / MANIFEST_FILE, error=InputError, missing=missing)


def _check_distinct(src: Path, dst: Path) -> None:
    if src.resolve() == dst.resolve():
        raise OutputError("the output folder must differ from the input folder", path=dst)


def _read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    with open(path, encoding="utf-8") as fh:
        for line, text in enumerate(fh, start=1):
            if not text.strip():
                continue
            try:
                row = json.loads(text)
            except json.JSONDecodeError as err:
                raise InputError(f"invalid JSON: {err.msg}", path=path, line=line) from None
            if not isinstance(row, dict):
                raise InputError("row must be a JSON object", path=path, line=line)
            yield line, row


def _check_full_row(row: dict[str, Any], path: Path, line: int) -> None:
    missing = [name for name in FEATURES if name not in row]
    if missing:
        raise InputError(
            f"row lacks {', '.join(missing)}", path=path, line=line, hint="pass a full output folder of `qa-gen build`"
        )
    try:
        QAExample.model_validate(row)
    except ValidationError as err:
        raise InputError(f"invalid row: {format_validation_error(err)}", path=path, line=line) from None


def _copy_rejections(src: Path, dst: Path) -> None:
    with jsonlines.open(dst, mode="w", compact=True) as out:
        if not src.is_file():
            return
        for _, row in _read_jsonl(src):
            out.write({key: value for key, value in row.items() if key not in REJECTION_TEXT_FIELDS})


def _write_json(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


