"""Per-article result cache that makes ``build --resume`` reuse finished work.

Entries are keyed by a hash of everything that determines an article's results (the
article's id and text, the output-relevant config, tool, generator and model versions), so a
changed article or setting is recomputed, never reused. Each entry is written atomically.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from .models import Article, QAExample, Rejection
from .normalize import content_hash
from .process import ArticleResult


def cache_dir_for(target: Path) -> Path:
    """The cache lives beside the output folder (same filesystem, same lifetime)."""
    return target.parent / f".{target.name}.qa-gen-cache"


class ArticleCache:
    def __init__(self, folder: Path, fingerprint: dict[str, Any], *, reuse: bool) -> None:
        """``reuse=False`` (a fresh build) starts from an empty cache and never reads it."""
        self.folder = folder
        self.key = content_hash(json.dumps(fingerprint, sort_keys=True, default=str))
        self.reuse = reuse
        self.hits = 0
        if not reuse:
            self.clear()

    def _path(self, article: Article) -> Path:
        name = content_hash(f"{self.key}\x00{article.id}\x00{article.text}", length=32)
        return self.folder / name[:2] / f"{name}.json"

    def get(self, article: Article) -> ArticleResult | None:
        if not self.reuse:
            return None
        path = self._path(article)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        outcomes: list[QAExample | Rejection] = [
            QAExample.model_validate(o["row"]) if o["kind"] == "qa" else Rejection.model_validate(o["row"])
            for o in data["outcomes"]
        ]
        self.hits += 1
        return ArticleResult(data["article_id"], data["passages"], outcomes)

    def put(self, article: Article, result: ArticleResult) -> None:
        path = self._path(article)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {
            "article_id": result.article_id,
            "passages": result.passages,
            "outcomes": [
                {"kind": "qa" if isinstance(o, QAExample) else "rejection", "row": o.model_dump(mode="json")}
                for o in result.outcomes
            ],
        }
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(data, ensure_ascii=False))  # dumps() uses the C encoder; dump() does not
        os.replace(tmp, path)

    def clear(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
