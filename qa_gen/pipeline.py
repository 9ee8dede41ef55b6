"""Wire the stages together lazily: ingest -> segment -> parse -> answers -> questions ->
validate -> dedup -> split -> export. Counts per stage and per reason go to the manifest."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .answers import AnswerCandidate, answer_candidates
from .config import BuildConfig
from .dedup import Deduper
from .errors import OutputError, QAGenError
from .export import DatasetWriter, row_of
from .generators import QuestionGenerator, get_generator
from .ingest import FieldMap, IngestLog, read_inputs
from .models import Answers, Article, InputFile, Manifest, Passage, QAExample, Rejection, SkippedArticle, Stage
from .nlp import load_nlp, model_version
from .normalize import content_hash
from .segment import segment
from .split import assign_split
from .validate import check_answer, check_question

if TYPE_CHECKING:
    from spacy.tokens import Doc

Progress = Callable[[int], None]


@dataclass
class Tally:
    """Counters the manifest and the CLI summary are made of."""

    counts: Counter[str] = field(default_factory=Counter)
    rejections: Counter[str] = field(default_factory=Counter)
    answer_types: Counter[str] = field(default_factory=Counter)
    question_types: Counter[str] = field(default_factory=Counter)
    skipped: list[SkippedArticle] = field(default_factory=list)
    example: dict[str, Any] | None = None


@dataclass
class BuildResult:
    output: Path
    manifest: Manifest


def build(
    inputs: Sequence[str], config: BuildConfig, output: str | Path, *, progress: Progress | None = None
) -> BuildResult:
    """Build a dataset folder at ``output`` from ``inputs``; returns its manifest."""
    started = time.perf_counter()
    generator = get_generator(config.generator)
    nlp = load_nlp(config.spacy_model)
    log = IngestLog()
    tally = Tally()
    fields = FieldMap(text=config.text_field, title=config.title_field, id=config.id_field)
    items = read_inputs(inputs, fields, log)
    if config.limit is not None:
        items = islice(items, config.limit)
    dedup = Deduper()
    with DatasetWriter(output) as writer:
        articles = _articles(items, dedup, tally, config)
        passages = _passages(articles, config, tally, progress)
        docs = nlp.pipe(
            passages,
            as_tuples=True,
            batch_size=config.batch_size,
            n_process=config.workers if config.workers > 1 else 1,
        )
        for doc, (article, passage) in docs:
            for outcome in process_passage(doc, article, passage, generator, config, dedup):
                _record(outcome, writer, tally)
        manifest = Manifest(
            name=config.name,
            tool_version=__version__,
            created=datetime.now(UTC),
            config=config.model_dump(mode="json"),
            versions={
                "qa_gen": __version__,
                "spacy_model": model_version(nlp),
                "generator": generator.version,
                "schema": Manifest.model_fields["schema_version"].default,
            },
            inputs=[InputFile(**f) for f in log.files],
            counts=dict(tally.counts, rejected=sum(tally.rejections.values()), accepted=sum(writer.counts.values())),
            rejections=dict(tally.rejections),
            splits={s: writer.counts.get(s, 0) for s in config.splits},
            answer_types=dict(tally.answer_types),
            question_types=dict(tally.question_types),
            skipped=tally.skipped,
            timings={"total_seconds": round(time.perf_counter() - started, 3)},
            example=tally.example,
        )
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
        writer.finish(manifest)
    return BuildResult(Path(output), manifest)


def _articles(
    items: Iterable[Article | SkippedArticle], dedup: Deduper, tally: Tally, config: BuildConfig
) -> Iterator[Article]:
    for item in items:
        tally.counts["articles"] += 1
        if isinstance(item, SkippedArticle):
            tally.skipped.append(item)
            continue
        first = dedup.article(item.id, item.text)
        if first is not None:
            tally.skipped.append(
                SkippedArticle(
                    article_id=item.id,
                    source_path=item.meta.get("source_path"),
                    reason="duplicate_article",
                    detail=f"same text as article {first}",
                )
            )
            continue
        yield item


def _passages(
    articles: Iterable[Article], config: BuildConfig, tally: Tally, progress: Progress | None
) -> Iterator[tuple[str, tuple[Article, Passage]]]:
    for article in articles:
        for passage in segment(article, config.max_passage_chars, whole=config.context == "article"):
            tally.counts["passages"] += 1
            yield passage.text, (article, passage)
        if progress is not None:
            progress(1)


Outcome = QAExample | Rejection


def process_passage(
    doc: Doc, article: Article, passage: Passage, generator: QuestionGenerator, config: BuildConfig, dedup: Deduper
) -> Iterator[Outcome]:
    """Everything after the parse for one passage: answers, questions, checks, dedup, split."""
    split = assign_split(article.id, config.splits, config.seed)
    for cand in answer_candidates(doc, config.max_answers_per_passage):
        yield _one(doc, article, passage, generator, cand, split, dedup)


def _one(
    doc: Doc,
    article: Article,
    passage: Passage,
    generator: QuestionGenerator,
    cand: AnswerCandidate,
    split: str,
    dedup: Deduper,
) -> Outcome:
    def reject(stage: Stage, reason: str, detail: str = "", question: str | None = None) -> Rejection:
        return Rejection(
            article_id=article.id,
            passage_index=passage.index,
            stage=stage,
            reason=reason,  # type: ignore[arg-type]
            detail=detail,
            question=question,
            answer_text=cand.text,
            answer_start=cand.start,
            answer_type=cand.answer_type,
            generator=generator.version,
        )

    verdict = check_answer(passage.text, cand.text, cand.start)
    if verdict is not None:
        return reject("answers", verdict.reason, verdict.detail)
    gen = generator.generate(doc, passage.text, cand)
    if gen.question is None:
        return reject("questions", gen.reason or "no_question_generated", gen.detail)
    verdict = check_question(gen.question, cand.text, passage.text)
    if verdict is not None:
        return reject("validate", verdict.reason, verdict.detail, gen.question)
    dup = dedup.question(passage.text, gen.question, cand.text)
    if dup is not None:
        return reject("dedup", dup, question=gen.question)
    return QAExample(
        id=content_hash(f"{article.id}\x00{passage.index}\x00{cand.start}\x00{gen.question}"),
        title=article.title,
        context=passage.text,
        question=gen.question,
        answers=Answers(text=[cand.text], answer_start=[cand.start]),
        article_id=article.id,
        split=split,
        answer_type=cand.answer_type,
        question_type=gen.question_type,
        generator=generator.version,
        scores={"answer": cand.score, "question": gen.score},
        source_url=article.url,
        published=article.published.isoformat() if article.published else None,
        context_start=passage.start,
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
