"""JSON Schemas of the records, generated from the pydantic models."""

from __future__ import annotations

import json
from pathlib import Path

from .models import ALL_MODELS


def schema_texts() -> dict[str, str]:
    return {
        f"{name}.schema.json": json.dumps(model.model_json_schema(), indent=2, sort_keys=True) + "\n"
        for name, model in ALL_MODELS.items()
    }


def write_schemas(folder: str | Path) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_texts().items():
        path = folder / name
        path.write_text(text)
        written.append(path)
    return written
