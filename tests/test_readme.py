"""The README is part of the product: its commands and examples must stay true."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from qa_gen.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    match = re.search(rf"^## {title}\n(.*?)(?=^## |\Z)", README, re.S | re.M)
    assert match, f"README has no '## {title}' section"
    return match.group(1)


def test_quick_start_has_exactly_two_commands_and_ci_runs_the_test_one() -> None:
    commands = re.findall(r"```bash\n(.*?)\n```", _section("Quick start"), re.S)
    assert len(commands) == 2
    setup_and_build, setup_and_test = commands
    assert "qa-gen build" in setup_and_build and "pytest" in setup_and_test
    assert setup_and_test.replace(" -q", "") in (ROOT / ".ci" / "run").read_text().replace(" -q", "")


def test_python_api_example_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = re.search(r"```python\n(.*?)```", _section("Python API"), re.S)
    assert code
    monkeypatch.chdir(tmp_path)
    exec(compile(code.group(1), "README.md", "exec"), {})  # noqa: S102 - our own documentation
    printed = capsys.readouterr().out
    shown = re.search(r"print\(rec\[\"question\"\], rec\[\"reason\"\]\)\s+# (.+)", code.group(1))
    assert shown, "the example shows what it prints"
    assert shown.group(1).strip() in printed  # the README's comment is what the example prints
    assert (tmp_path / "output" / "sample" / "qa.jsonl").is_file()


def test_every_command_in_the_cli_reference_exists_and_is_documented() -> None:
    documented = set(re.findall(r"^\| `qa-gen (\w+)", _section("CLI reference"), re.M))
    assert documented == set(cli.commands)
    for name, command in cli.commands.items():
        assert command.help and "Example: qa-gen " + name in command.help, name


def test_output_layout_in_readme_matches_a_build(sample_build) -> None:  # type: ignore[no-untyped-def]
    folder = sample_build.output
    listed = set(re.findall(r"^  ([\w./-]+\.(?:md|parquet|jsonl|json))", _section("Output format"), re.M))
    for name in listed:
        if name.startswith("data/"):
            assert any((folder / "data").glob("*.parquet"))
        else:
            assert (folder / name).is_file(), name
    assert len(listed) == 5 and os.listdir(folder / "data")
