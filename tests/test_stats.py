"""`qa-gen stats` on good and broken folders."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from qa_gen.cli import cli


def test_stats_summarises_a_build(sample_build) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(cli, ["stats", str(sample_build.output)])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["splits"] == sample_build.manifest.splits
    assert sum(out["question_types"].values()) == sum(sample_build.manifest.splits.values())


def test_stats_on_a_corrupt_manifest_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "manifest.json").write_text("{oops\n")
    result = CliRunner().invoke(cli, ["stats", str(tmp_path)])
    assert result.exit_code == 2
    assert result.output.startswith(f"qa-gen: error: {tmp_path / 'manifest.json'}:1: invalid JSON: ")
    assert "Traceback" not in result.output


def test_stats_on_a_folder_without_manifest(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["stats", str(tmp_path)])
    assert result.exit_code == 2
    assert result.output == f"qa-gen: error: {tmp_path}: not an output folder (no manifest.json)\n"
