"""Faults: worker-count independence, atomic output under SIGKILL, and --resume."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

import pytest

SAMPLES = resources.files("qa_gen") / "samples"
# Long enough that a build is still running when the first article chunk is cached.
KILL_POLL_SECONDS = 0.02
KILL_DEADLINE_SECONDS = 120
DATA_FILES = ("qa.jsonl", "rejected.jsonl", "README.md")


def _qa_gen(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "qa_gen", "build", *args, "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
    )


def _build(*args: str, env: dict[str, str] | None = None) -> None:
    proc = _qa_gen(*args, env=env)
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err.decode()


def _files(folder: Path) -> dict[str, bytes]:
    names = [*DATA_FILES, *(p.relative_to(folder).as_posix() for p in (folder / "data").glob("*.parquet"))]
    return {name: (folder / name).read_bytes() for name in names}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """24 distinct articles: three disjoint slices of paragraphs from each bundled sample."""
    path = tmp_path_factory.mktemp("corpus") / "news.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for sample in sorted(SAMPLES.iterdir(), key=lambda p: p.name):
            paras = [p for p in sample.read_text(encoding="utf-8").split("\n\n")[1:] if p.strip()]
            for k in range(3):
                part = paras[k * 3 : k * 3 + 3]
                fh.write(json.dumps({"id": f"{sample.name}#{k}", "text": "\n\n".join(part)}) + "\n")
    return path


def test_output_is_identical_for_one_and_two_workers(tmp_path: Path) -> None:
    # Different hash seeds too: no output may depend on set or dict-of-set iteration order.
    _build(str(SAMPLES), "-o", str(tmp_path / "w1"), "--workers", "1", env={"PYTHONHASHSEED": "1"})
    _build(str(SAMPLES), "-o", str(tmp_path / "w2"), "--workers", "2", env={"PYTHONHASHSEED": "2"})
    assert _files(tmp_path / "w1") == _files(tmp_path / "w2")


def test_killed_build_keeps_previous_output_and_resume_matches_a_clean_build(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _build(str(corpus), "-o", str(out), "--workers", "1", "--seed", "1")
    previous = _files(out)

    cache = tmp_path / ".out.qa-gen-cache"
    proc = _qa_gen(str(corpus), "-o", str(out), "--workers", "1", "--seed", "2")
    deadline = time.monotonic() + KILL_DEADLINE_SECONDS
    while not any(cache.rglob("*.json")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(KILL_POLL_SECONDS)
    assert proc.poll() is None, "the build finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    assert _files(out) == previous  # the old output is untouched, nothing half-written replaced it
    assert any(cache.rglob("*.json"))  # finished work survived the crash

    _build(str(corpus), "-o", str(out), "--workers", "1", "--seed", "2", "--resume")
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["timings"]["cached_articles"] >= 1
    clean = tmp_path / "clean"
    _build(str(corpus), "-o", str(clean), "--workers", "1", "--seed", "2")
    assert _files(out) == _files(clean)
    assert not cache.exists()  # a finished build removes its cache
    assert not list(tmp_path.glob(".out.*.tmp"))  # and the killed build's temporary folder


def test_resume_cache_key_changes_with_the_answer_selection(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # a --resume after an upgrade of the answer selection must not reuse the answers it chose before
    from qa_gen import answers, pipeline
    from qa_gen.cache import ArticleCache
    from qa_gen.config import load_config

    config = load_config(name="sample", seed=0, workers=1)
    before = ArticleCache(tmp_path, pipeline.cache_fingerprint(config, "rules-x", "model-x"), reuse=False).key
    monkeypatch.setattr(pipeline, "ANSWERS_VERSION", answers.ANSWERS_VERSION + "-next")
    after = ArticleCache(tmp_path, pipeline.cache_fingerprint(config, "rules-x", "model-x"), reuse=False).key
    assert before != after
