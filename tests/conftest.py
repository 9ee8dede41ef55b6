"""Shared fixtures: paths, one build of the bundled samples per session, a CLI runner.

The sample build takes a few seconds (spaCy parse of 8 articles), so it happens once and every
test that needs a real output folder reads the same one. Tests must not modify it: copy first.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

# datasets reads this at import time: local folders only, never the Hub, in these tests.
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")

import pytest  # noqa: E402
from click.testing import CliRunner, Result  # noqa: E402

import qa_gen  # noqa: E402
from qa_gen import build, load_config  # noqa: E402
from qa_gen.cli import cli  # noqa: E402

TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures"
REPO = TESTS.parent
SAMPLES = Path(qa_gen.__file__).resolve().parent / "samples"


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory: pytest.TempPathFactory) -> qa_gen.pipeline.BuildResult:
    """The 8 bundled samples built once with the default config (read-only for tests)."""
    out = tmp_path_factory.mktemp("sample-build") / "sample"
    return build([str(SAMPLES)], load_config(workers=1), out)


@pytest.fixture(scope="session")
def sample_dir(sample_build: qa_gen.pipeline.BuildResult) -> Path:
    return sample_build.output


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="session")
def load_jsonl() -> Callable[[Path], list[dict[str, Any]]]:
    return read_jsonl


@pytest.fixture(scope="session")
def qa_rows(sample_dir: Path) -> list[dict[str, Any]]:
    return read_jsonl(sample_dir / "qa.jsonl")


@pytest.fixture(scope="session")
def rejected_rows(sample_dir: Path) -> list[dict[str, Any]]:
    return read_jsonl(sample_dir / "rejected.jsonl")


@pytest.fixture(scope="session")
def manifest(sample_dir: Path) -> dict[str, Any]:
    return json.loads((sample_dir / "manifest.json").read_text(encoding="utf-8"))


RunCli = Callable[..., Result]


@pytest.fixture
def run_cli() -> RunCli:
    """Invoke ``qa-gen`` in-process: ``run_cli(["build", ...], input=...)`` -> click Result."""

    def invoke(args: Sequence[str], input: str | bytes | None = None) -> Result:
        return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)

    return invoke


@pytest.fixture
def write_jsonl() -> Callable[[Path, list[dict[str, Any]]], Path]:
    def write(path: Path, records: list[dict[str, Any]]) -> Path:
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        return path

    return write
