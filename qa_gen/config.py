"""One frozen build configuration, loaded from TOML and overridden by CLI options.

Every value is checked before any work starts; a bad value raises :class:`ConfigError`
naming the option.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .answers import DEFAULT_MAX_PER_PASSAGE
from .errors import ConfigError
from .segment import DEFAULT_MAX_CHARS

DEFAULT_SPLITS = {"train": 0.8, "validation": 0.1, "test": 0.1}
# Split ratios are floats from user text; this much rounding slack still sums to one.
SPLIT_SUM_TOLERANCE = 1e-6
# Passages are parsed in batches of this many texts (spaCy's default is 1000 for short texts;
# passages are ~700 characters, and the parser's peak memory grows with the batch).
DEFAULT_BATCH_SIZE = 32


class BuildConfig(BaseModel):
    """Everything that determines a build's output (and nothing that does not)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = "sample"
    generator: str = "rules"
    context: Literal["passage", "article"] = "passage"
    max_passage_chars: int = Field(default=DEFAULT_MAX_CHARS, ge=100)
    max_answers_per_passage: int = Field(default=DEFAULT_MAX_PER_PASSAGE, ge=1)
    limit: int | None = Field(default=None, ge=0)
    seed: int = 0
    splits: dict[str, float] = Field(default_factory=lambda: dict(DEFAULT_SPLITS))
    spacy_model: str | None = None
    text_field: str = "text"
    title_field: str = "title"
    id_field: str = "id"
    language: str = "en"
    license: str = "other"
    strict: bool = False
    # Not part of the output's identity: how the work is scheduled.
    workers: int = Field(default_factory=lambda: os.cpu_count() or 1, ge=1, exclude=True)
    batch_size: int = Field(default=DEFAULT_BATCH_SIZE, ge=1, exclude=True)

    @field_validator("splits")
    @classmethod
    def _splits_sum_to_one(cls, value: dict[str, float]) -> dict[str, float]:
        if not value:
            raise ValueError("at least one split is needed")
        for name, ratio in value.items():
            if not name.isidentifier():
                raise ValueError(f"split name {name!r} must be a plain word")
            if ratio < 0:
                raise ValueError(f"split {name!r} has a negative ratio")
        total = sum(value.values())
        if abs(total - 1.0) > SPLIT_SUM_TOLERANCE:
            raise ValueError(f"split ratios sum to {total:g}, not 1")
        return value

    @field_validator("name")
    @classmethod
    def _name_is_a_folder_name(cls, value: str) -> str:
        if not value or "/" in value or value in {".", ".."}:
            raise ValueError(f"{value!r} is not a usable dataset name")
        return value


def parse_splits(text: str) -> dict[str, float]:
    """``train=0.8,validation=0.1,test=0.1`` -> dict; ConfigError naming --splits otherwise."""
    out: dict[str, float] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        name, sep, ratio = part.partition("=")
        try:
            if not sep:
                raise ValueError
            out[name.strip()] = float(ratio)
        except ValueError:
            raise ConfigError(f"--splits: cannot read {part!r}", hint="write NAME=RATIO,NAME=RATIO") from None
    return out


def load_config(path: str | Path | None = None, **overrides: Any) -> BuildConfig:
    """Read a TOML file (its ``[build]`` table, or the top level), apply overrides, validate."""
    data: dict[str, Any] = {}
    if path is not None:
        try:
            with open(path, "rb") as fh:
                raw = tomllib.load(fh)
        except OSError as err:
            raise ConfigError(f"cannot read config file: {err.strerror}", path=path) from None
        except tomllib.TOMLDecodeError as err:
            raise ConfigError(f"invalid TOML: {err}", path=path) from None
        data = dict(raw.get("build", raw))
    data.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return BuildConfig(**data)
    except ValidationError as err:
        first = err.errors()[0]
        option = "--" + str(first["loc"][0]).replace("_", "-") if first["loc"] else "config"
        msg = first["msg"].removeprefix("Value error, ")
        raise ConfigError(f"{option}: {msg}", path=path) from None
