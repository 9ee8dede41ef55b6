"""Hugging Face dataset reader: ``hf:PATH_OR_NAME[:SPLIT]`` via ``datasets.load_dataset``."""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import InputError
from ..models import Article, SkippedArticle
from .common import FieldMap, IngestLog, finalize_record

DEFAULT_SPLIT = "train"


def read_hf(spec: str, fields: FieldMap, log: IngestLog) -> Iterator[Article | SkippedArticle]:
    import datasets  # heavy import, only when used

    name, _, split = spec.partition(":")
    if not name:
        raise InputError("empty dataset name", path=f"hf:{spec}", hint="use hf:PATH_OR_NAME[:SPLIT]")
    split = split or DEFAULT_SPLIT
    label = f"hf:{name}:{split}"
    try:
        ds = datasets.load_dataset(name, split=split, streaming=True)
    except (FileNotFoundError, ValueError, ConnectionError) as err:
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise InputError(f"cannot load dataset: {first}", path=label) from None
    log.files.append({"path": label, "sha256": None, "articles": 0})
    for row_number, row in enumerate(ds, start=1):
        log.count()
        yield finalize_record(row, fields, path=label, line=row_number)
