"""CLI wiring of publishing: push --dry-run, build --release text-less + hydrate, build --push-to-hub."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from fakehub import FakeHub
from test_hub import REPO, TOKEN, hub, isolated_hf  # noqa: F401  (fixtures)

from qa_gen.cli import cli

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = str(FIXTURES / "articles.jsonl")


def run(*args: str, env: dict[str, str] | None = None) -> str:
    result = CliRunner().invoke(cli, list(args), env=env)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("full") / "news"
    run("build", ARTICLES, "-o", str(out), "--workers", "1", "-q")
    return out


def test_push_dry_run_lists_every_file_and_needs_no_token(full: Path) -> None:
    out = run("push", str(full), "--repo-id", "someone/news", "--dry-run")
    shards = sorted(p.relative_to(full).as_posix() for p in (full / "data").glob("*.parquet"))
    expected = sorted(["README.md", "manifest.json", "qa.jsonl", *shards])
    assert out.splitlines() == [f"would upload {name} -> someone/news@main" for name in expected]


def test_textless_build_then_hydrate_reproduces_the_full_build(full: Path, tmp_path: Path) -> None:
    release = tmp_path / "release"
    run("build", ARTICLES, "-o", str(release), "--workers", "1", "-q", "--release", "text-less")
    text = (release / "qa.jsonl").read_text()
    assert '"context":' not in text and "context_sha256" in text
    rebuilt = tmp_path / "rebuilt"
    run("hydrate", str(release), "--articles", ARTICLES, "-o", str(rebuilt))
    assert (rebuilt / "qa.jsonl").read_bytes() == (full / "qa.jsonl").read_bytes()


def test_hydrate_with_missing_articles_is_a_one_line_error(tmp_path: Path) -> None:
    release = tmp_path / "release"
    run("build", ARTICLES, "-o", str(release), "--workers", "1", "-q", "--release", "text-less")
    other = tmp_path / "other.jsonl"
    other.write_text('{"id": "nobody", "text": "' + "Nothing here matches the release at all. " * 5 + '"}\n')
    result = CliRunner().invoke(cli, ["hydrate", str(release), "--articles", str(other), "-o", str(tmp_path / "x")])
    assert result.exit_code == 2
    assert result.output.startswith("qa-gen: error: ") and "not found in the inputs" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "x").exists()


def test_build_push_to_hub_uploads_the_folder(hub: FakeHub, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "news"
    printed = run("build", ARTICLES, "-o", str(out), "--workers", "1", "-q", "--push-to-hub", REPO,
                  env={"HF_TOKEN": TOKEN})
    remote = hub.files(REPO)
    local = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    for name in ["README.md", "manifest.json", "qa.jsonl", *[n for n in local if n.startswith("data/")]]:
        assert remote[name] == local[name]
    assert "rejected.jsonl" not in remote
    assert TOKEN not in printed
