"""The ``qa-gen`` command line: a thin layer over the library."""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from functools import wraps
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import click
from pydantic import ValidationError

from . import __version__
from .errors import QAGenError

F = TypeVar("F", bound=Callable[..., Any])
DEFAULT_OUTPUT_ROOT = Path("output")


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"qa-gen: error: {message}", err=True)
    sys.exit(code)


def friendly(func: F) -> F:
    """Turn QAGenError into one line on stderr and exit code 2 (never a traceback)."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except QAGenError as err:
            _fail(str(err), err.exit_code)
        except KeyboardInterrupt:
            _fail("interrupted", 130)

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="qa-gen")
def cli() -> None:
    """Turn news articles into validated extractive QA datasets (SQuAD format)."""


@cli.command()
@click.argument("inputs", nargs=-1)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Output folder [output/NAME].")
@click.option("--name", help="Dataset name [sample, or the first input's stem].")
@click.option("--generator", help="Question generator [rules].")
@click.option("--context", type=click.Choice(["passage", "article"]), help="Context unit [passage].")
@click.option("--max-passage-chars", type=int, help="Passage size budget in characters [700].")
@click.option("--max-answers", "max_answers_per_passage", type=int, help="Answers per passage [6].")
@click.option("--limit", type=int, help="Read at most N input articles.")
@click.option("--seed", type=int, help="Split seed [0].")
@click.option("--splits", help="Split ratios, e.g. train=0.8,validation=0.1,test=0.1.")
@click.option("--workers", type=int, help="Parser processes [number of CPUs].")
@click.option("--text-field", help="JSON field holding the text [text].")
@click.option("--title-field", help="JSON field holding the title [title].")
@click.option("--id-field", help="JSON field holding the id [id].")
@click.option("--license", "license_", help="Licence to declare in the card [other].")
@click.option("--strict", is_flag=True, default=None, help="Fail if any article is skipped.")
@click.option("--config", "config_file", type=click.Path(path_type=Path), help="TOML config file.")
@click.option(
    "--release",
    type=click.Choice(["full", "text-less"]),
    default="full",
    show_default=True,
    help="text-less: publish ids, offsets and hashes instead of context text (see hydrate).",
)
@click.option("--push-to-hub", "push_to_hub", metavar="USER/NAME", help="Push the result to the Hub afterwards.")
@click.option("--resume", is_flag=True, help="Reuse the finished work of an interrupted build with the same settings.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary.")
@friendly
def build(
    inputs: tuple[str, ...],
    output: Path | None,
    name: str | None,
    splits: str | None,
    config_file: Path | None,
    quiet: bool,
    license_: str | None,
    release: str,
    push_to_hub: str | None,
    resume: bool,
    **options: Any,
) -> None:
    """Build a dataset folder from INPUT files/folders (txt, jsonl, json, html, rss/atom,
    hf:NAME[:SPLIT], or - for JSONL on stdin). With no INPUT, builds the bundled samples.

    Example: qa-gen build news.jsonl --limit 50 -o output/news
    """
    from .config import load_config, parse_splits
    from .pipeline import build as run_build

    sources = list(inputs)
    if not sources:
        sources = [str(resources.files("qa_gen") / "samples")]
        name = name or "sample"
    elif name is None and not sources[0].startswith("hf:") and sources[0] != "-":
        name = Path(sources[0]).stem or "dataset"
    config = load_config(
        config_file, name=name, license=license_, splits=parse_splits(splits) if splits else None, **options
    )
    target = output or DEFAULT_OUTPUT_ROOT / config.name
    progress, done = _progress(quiet)
    try:
        if release == "text-less":
            from .release import make_textless

            with tempfile.TemporaryDirectory(prefix=".qa-gen-full-", dir=_parent(target)) as tmp:
                result = run_build(sources, config, Path(tmp) / "full", progress=progress, resume=resume)
                make_textless(result.output, target)
        else:
            result = run_build(sources, config, target, progress=progress, resume=resume)
    finally:
        done()
    if not quiet:
        _summary(result.manifest)
    click.echo(str(target))
    if push_to_hub:
        _push(target, push_to_hub)


def _parent(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    return target.parent


def _progress(quiet: bool) -> tuple[Callable[[int], None] | None, Callable[[], None]]:
    if quiet or not sys.stderr.isatty():
        return None, lambda: None
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    bar = Progress(SpinnerColumn(), TextColumn("{task.completed} articles"), TimeElapsedColumn(), transient=True)
    task = bar.add_task("build", total=None)
    bar.start()
    return (lambda n: bar.advance(task, n)), bar.stop


def _summary(manifest: Any) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"qa-gen build: {manifest.name}", show_header=True)
    table.add_column("stage")
    table.add_column("count", justify="right")
    c = manifest.counts
    for key in ("articles", "passages", "candidates", "accepted", "rejected"):
        table.add_row(key, str(c.get(key, 0)))
    table.add_row("skipped articles", str(len(manifest.skipped)))
    for reason, n in sorted(manifest.rejections.items(), key=lambda kv: -kv[1]):
        table.add_row(f"  rejected: {reason}", str(n))
    for split, n in manifest.splits.items():
        table.add_row(f"split {split}", str(n))
    Console(stderr=True).print(table)


@cli.command()
@click.argument("path", type=click.Path(path_type=Path))
@friendly
def validate(path: Path) -> None:
    """Check every row of a qa.jsonl, a SQuAD JSON file or an output folder.

    Prints PATH:LINE: reason for each bad row and exits 1 if there is any.

    Example: qa-gen validate output/sample
    """
    from .io import iter_rows
    from .models import QAExample

    bad = rows = 0
    seen_ids: dict[str, int] = {}
    split_of: dict[str, str] = {}
    for file, line, row in iter_rows(path):
        rows += 1
        problem = None
        if isinstance(row, json.JSONDecodeError):
            problem = f"invalid JSON: {row.msg}"
        else:
            try:
                ex = QAExample.model_validate(row)
            except ValidationError as err:
                from .errors import format_validation_error

                problem = format_validation_error(err)
            else:
                if ex.id in seen_ids:
                    problem = f"duplicate id {ex.id!r} (first on line {seen_ids[ex.id]})"
                seen_ids.setdefault(ex.id, line)
                first_split = split_of.setdefault(ex.article_id, ex.split)
                if first_split != ex.split:
                    problem = f"article {ex.article_id!r} is in splits {first_split!r} and {ex.split!r}"
        if problem:
            bad += 1
            click.echo(f"{file}:{line}: {problem}")
    if bad:
        click.echo(f"{bad} of {rows} rows invalid", err=True)
        sys.exit(1)
    click.echo(f"{rows} rows valid", err=True)


@cli.command()
@click.argument("folder", type=click.Path(path_type=Path))
@friendly
def stats(folder: Path) -> None:
    """Summarise an output folder (counts per split, type and rejection reason).

    Example: qa-gen stats output/sample
    """
    from .errors import InputError
    from .io import iter_rows, read_manifest

    missing = InputError("not an output folder (no manifest.json)", path=folder)
    manifest = read_manifest(folder / "manifest.json", error=InputError, missing=missing)
    qtypes: Counter[str] = Counter()
    lengths = []
    for _, _, row in iter_rows(folder):
        if isinstance(row, dict):
            qtypes[row.get("question_type", "?")] += 1
            lengths.append(len(str(row.get("question", "")).split()))
    out = {
        "name": manifest.get("name"),
        "counts": manifest.get("counts"),
        "splits": manifest.get("splits"),
        "rejections": manifest.get("rejections"),
        "question_types": dict(qtypes.most_common()),
        "answer_types": manifest.get("answer_types"),
        "skipped": len(manifest.get("skipped", [])),
        "mean_question_words": round(sum(lengths) / len(lengths), 2) if lengths else 0,
    }
    click.echo(json.dumps(out, indent=2))


@cli.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=Path("schemas"),
    show_default=True,
    help="Folder for the *.schema.json files.",
)
@friendly
def schemas(output: Path) -> None:
    """Write JSON Schemas of the records (Article, QAExample, Rejection, Manifest).

    Example: qa-gen schemas -o schemas
    """
    from .schemas import write_schemas

    for path in write_schemas(output):
        click.echo(str(path))


@cli.command()
@click.argument("input_path", metavar="IN.jsonl", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Output JSONL [stdout].")
@click.option("--generator", default="rules", show_default=True, help="Question generator.")
@friendly
def questions(input_path: Path, output: Path | None, generator: str) -> None:
    """Answer-aware mode: a question for each {"id","context","answer_text","answer_start"} line.

    Each output line is the input plus "question" (or null) and "reason" (or null).

    Example: qa-gen questions spans.jsonl -o questions.jsonl
    """
    from .answer_aware import generate_questions
    from .errors import InputError

    def records() -> Any:
        with open(input_path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, start=1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as err:
                        raise InputError(f"invalid JSON: {err.msg}", path=input_path, line=lineno) from None

    if not input_path.is_file():
        raise InputError("no such file", path=input_path)
    with click.open_file(str(output) if output else "-", "w", encoding="utf-8") as sink:
        for rec in generate_questions(records(), generator):
            sink.write(json.dumps(rec, ensure_ascii=False) + "\n")


@cli.command()
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--repo-id", required=True, help="Hub dataset repo, USER/NAME.")
@click.option("--private", is_flag=True, help="Create the repo as private.")
@click.option("--revision", help="Branch to push to [main].")
@click.option("--create-pr", is_flag=True, help="Open a pull request instead of committing.")
@click.option("--commit-message", help="Commit message.")
@click.option("--token", help="Hub token [--token, then HF_TOKEN, then the `hf auth login` store].")
@click.option(
    "--release",
    type=click.Choice(["full", "text-less"]),
    default="full",
    show_default=True,
    help="text-less: upload ids, offsets and hashes instead of context text.",
)
@click.option("--dry-run", is_flag=True, help="Validate and list what would be uploaded; send nothing.")
@friendly
def push(folder: Path, repo_id: str, release: str, **options: Any) -> None:
    """Upload an output folder to the Hugging Face Hub as a dataset repo.

    Example: qa-gen push output/sample --repo-id someone/sample --dry-run
    """
    _push(folder, repo_id, release=release, **options)


def _push(folder: Path, repo_id: str, *, release: str = "full", **options: Any) -> None:
    from .hub import push_folder
    from .release import is_textless, make_textless

    if release == "text-less" and not is_textless(folder):
        with tempfile.TemporaryDirectory(prefix=".qa-gen-textless-") as tmp:
            _push(make_textless(folder, Path(tmp) / folder.name), repo_id, **options)
        return
    plan = push_folder(folder, repo_id, **options)
    dry_run = options.get("dry_run", False)
    where = f"{plan.repo_id}@{plan.revision or 'main'}"
    for name in plan.files:
        click.echo(f"{'would upload' if dry_run else 'uploaded'} {name} -> {where}")
    for name in plan.deletes:
        click.echo(f"{'would delete' if dry_run else 'deleted'} {name} from {where}")
    if plan.commit_url:
        click.echo(plan.commit_url)


@cli.command()
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--articles", "articles", multiple=True, required=True, help="Your copy of the articles (repeatable).")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="Full output folder to write.")
@click.option("--text-field", help="JSON field holding the text [from the release's manifest].")
@click.option("--title-field", help="JSON field holding the title.")
@click.option("--id-field", help="JSON field holding the id.")
@friendly
def hydrate(
    folder: Path,
    articles: tuple[str, ...],
    output: Path,
    text_field: str | None,
    title_field: str | None,
    id_field: str | None,
) -> None:
    """Rebuild the full dataset (same rows, same ids) from a text-less release and your own
    copy of the articles; every passage hash and answer span is verified.

    Example: qa-gen hydrate release/ --articles news.jsonl -o output/news-full
    """
    from .ingest import FieldMap
    from .release import hydrate as run_hydrate

    fields = None
    if text_field or title_field or id_field:
        fields = FieldMap(text=text_field or "text", title=title_field or "title", id=id_field or "id")
    click.echo(str(run_hydrate(folder, list(articles), output, fields=fields)))


def main() -> None:
    cli(prog_name="qa-gen")
