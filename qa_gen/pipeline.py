"""Wire the stages together lazily: ingest -> segment -> parse -> answers -> questions ->
validate -> dedup -> split -> export. Counts per stage and per reason go to the manifest.

Articles are processed in fixed-size chunks (by a process pool when ``workers > 1``) and the
results are consumed in input order, so the output is byte-identical for any worker count.
Only per-article results and dedup hashes are held; rows stream to the writer.
"""

from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any

from . import __version__
from .answers import ANSWERS_VERSION
from .cache import ArticleCache, cache_dir_for
from .config import BuildConfig
from .dedup import Deduper
from .errors import OutputError, QAGenError
from .export import DatasetWriter, row_of
from .generators import get_generator
from .ingest import FieldMap, IngestLog, read_inputs
from .models import Article, InputFile, Manifest, QAExample, Rejection, RejectReason, SkippedArticle
from .nlp import load_nlp, model_version
from .parallel import ordered_map
from .process import ArticleProcessor, ArticleResult, Outcome

Progress = Callable[[int], None]

# A unit of work is at most this many articles and (unless one article is longer) this many
# characters: large enough for spaCy to batch passages efficiently, small enough that the
# parser's working memory and the results in flight stay bounded whatever the articles' sizes.
CHUNK_ARTICLES = 16
CHUNK_CHARS = 16_000


@dataclass
class Tally:
    """Counters the manifest and the CLI summary are made of."""

    counts: Counter[str] = field(default_factory=Counter)
    rejections: Counter[str] = field(default_factory=Counter)
    answer_types: Counter[str] = field(default_factory=Counter)
    question_types: Counter[str] = field(default_factory=Counter)
    skipped: list[SkippedArticle] = field(default_factory=list)
    example: dict[str, Any] | None = None

    def skip(self, article: Article, reason: RejectReason, detail: str) -> None:
        """Record a whole article that yields no rows (it goes into the manifest's ``skipped``)."""
        self.skipped.append(
            SkippedArticle(
                article_id=article.id, source_path=article.meta.get("source_path"), reason=reason, detail=detail
            )
        )


@dataclass
class BuildResult:
    output: Path
    manifest: Manifest


def cache_fingerprint(config: BuildConfig, generator_version: str, model: str) -> dict[str, Any]:
    """Everything besides an article's text that decides its results: the settings, and the
    versions of the tool, the answer selection, the generator and the spaCy model."""
    return {
        "config": config.model_dump(mode="json"),
        "qa_gen": __version__,
        "answers": ANSWERS_VERSION,
        "generator": generator_version,
        "model": model,
    }


def build(
    inputs: Sequence[str],
    config: BuildConfig,
    output: str | Path,
    *,
    progress: Progress | None = None,
    resume: bool = False,
) -> BuildResult:
    """Build a dataset folder at ``output`` from ``inputs``; returns its manifest.

    With ``resume``, per-article results cached by an interrupted build with the same
    settings are reused (the output is identical to an uninterrupted build).
    """
    target = Path(output)
    generator = get_generator(config.generator)
    nlp = load_nlp(config.spacy_model)  # loaded before the workers fork, shared copy-on-write
    fingerprint = cache_fingerprint(config, generator.version, model_version(nlp))
    cache = ArticleCache(cache_dir_for(target), fingerprint, reuse=resume)
    log = IngestLog()
    tally = Tally()
    fields = FieldMap(text=config.text_field, title=config.title_field, id=config.id_field)
    items: Iterable[Article | SkippedArticle] = read_inputs(inputs, fields, log)
    if config.limit is not None:
        items = islice(items, config.limit)
    try:
        manifest = _run(items, config, target, cache, log, tally, progress, fingerprint)
    except QAGenError:
        cache.clear()  # a clean error (bad input, --strict): nothing worth resuming
        raise
    cache.clear()
    return BuildResult(target, manifest)


def _run(
    items: Iterable[Article | SkippedArticle],
    config: BuildConfig,
    target: Path,
    cache: ArticleCache,
    log: IngestLog,
    tally: Tally,
    progress: Progress | None,
    fingerprint: dict[str, Any],
) -> Manifest:
    started = time.perf_counter()
    dedup = Deduper()
    with DatasetWriter(target) as writer:
        articles = _articles(items, dedup, tally)
        for article, result in _results(articles, config, cache):
            tally.counts["passages"] += result.passages
            for outcome in result.outcomes:
                _record(_dedup(outcome, dedup), writer, tally)
            if not result.outcomes:  # nothing to ask about: recorded, never silently dropped
                tally.skip(article, "no_candidates", f"{result.passages} passages gave no answer candidate")
            if progress is not None:
                progress(1)
        manifest = Manifest(
            name=config.name,
            tool_version=__version__,
            created=datetime.now(UTC),
            config=config.model_dump(mode="json"),
            versions={
                "qa_gen": __version__,
                "spacy_model": fingerprint["model"],
                "generator": fingerprint["generator"],
                "schema": Manifest.model_fields["schema_version"].default,
            },
            inputs=[InputFile(**f) for f in log.files],
            counts=dict(tally.counts, rejected=sum(tally.rejections.values()), accepted=sum(writer.counts.values())),
            rejections=dict(tally.rejections),
            splits={s: writer.counts.get(s, 0) for s in config.splits},
            answer_types=dict(tally.answer_types),
            question_types=dict(tally.question_types),
            skipped=tally.skipped,
            timings={"total_seconds": round(time.perf_counter() - started, 3), "cached_articles": cache.hits},
            example=tally.example,
        )
        _refuse_empty_or_strict(writer, tally, config)
        return writer.finish(manifest)


def _refuse_empty_or_strict(writer: DatasetWriter, tally: Tally, config: BuildConfig) -> None:
    if not writer.counts:
        raise OutputError(
            f"no question-answer pair was accepted ({tally.counts['articles']} articles read, "
            f"{len(tally.skipped)} skipped, {sum(tally.rejections.values())} candidates rejected)",
            hint="check the inputs: a dataset with no rows cannot be loaded",
        )
    if config.strict and tally.skipped:
        first = tally.skipped[0]
        raise QAGenError(
            f"article skipped ({first.reason}: {first.detail})",
            path=first.source_path,
            hint="--strict turns skipped articles into errors",
        )


def _articles(items: Iterable[Article | SkippedArticle], dedup: Deduper, tally: Tally) -> Iterator[Article]:
    for item in items:
        tally.counts["articles"] += 1
        if isinstance(item, SkippedArticle):
            tally.skipped.append(item)
            continue
        first = dedup.article(item.id, item.text)
        if first is not None:
            tally.skip(item, "duplicate_article", f"same or nearly the same text as article {first}")
            continue
        yield item


def _results(
    articles: Iterable[Article], config: BuildConfig, cache: ArticleCache
) -> Iterator[tuple[Article, ArticleResult]]:
    """Per-article results in input order: from the cache, or computed (in parallel) and cached."""
    pending: deque[tuple[list[Article], list[ArticleResult | None]]] = deque()

    def chunks() -> Iterator[list[Article]]:
        for chunk in _bounded_chunks(articles):
            cached = [cache.get(a) for a in chunk]
            pending.append((chunk, cached))
            yield [a for a, c in zip(chunk, cached, strict=True) if c is None]

    for computed in ordered_map(partial(ArticleProcessor, config), chunks(), config.workers):
        chunk, cached = pending.popleft()
        fresh = iter(computed)
        for article, hit in zip(chunk, cached, strict=True):
            if hit is None:
                hit = next(fresh)
                cache.put(article, hit)
            yield article, hit


def _bounded_chunks(articles: Iterable[Article]) -> Iterator[list[Article]]:
    """Consecutive articles, at most CHUNK_ARTICLES and CHUNK_CHARS per chunk (deterministic:
    the same input always gives the same chunks, whatever the worker count)."""
    chunk: list[Article] = []
    size = 0
    for article in articles:
        if chunk and (len(chunk) >= CHUNK_ARTICLES or size + len(article.text) > CHUNK_CHARS):
            yield chunk
            chunk, size = [], 0
        chunk.append(article)
        size += len(article.text)
    if chunk:
        yield chunk


def _dedup(outcome: Outcome, dedup: Deduper) -> Outcome:
    if not isinstance(outcome, QAExample):
        return outcome
    answer = outcome.answers.text[0]
    reason = dedup.question(outcome.context, outcome.question, answer)
    if reason is None:
        return outcome
    return Rejection(
        article_id=outcome.article_id,
        stage="dedup",
        reason=reason,  # type: ignore[arg-type]
        question=outcome.question,
        answer_text=answer,
        answer_start=outcome.answers.answer_start[0],
        answer_type=outcome.answer_type,
        generator=outcome.generator,
    )


def _record(outcome: Outcome, writer: DatasetWriter, tally: Tally) -> None:
    tally.counts["candidates"] += 1
    if isinstance(outcome, Rejection):
        tally.rejections[outcome.reason] += 1
        writer.reject(outcome)
        return
    writer.add(outcome)
    tally.answer_types[outcome.answer_type] += 1
    tally.question_types[outcome.question_type] += 1
    if tally.example is None:
        tally.example = row_of(outcome)
