"""Per-article work, the part that runs in worker processes: segment, parse, answers,
questions and validation. Deduplication needs the whole corpus and runs in the parent."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .answers import AnswerCandidate, answer_candidates
from .config import BuildConfig
from .generators import QuestionGenerator, get_generator
from .models import Answers, Article, Passage, QAExample, Rejection, Stage
from .nlp import PERSONS_KEY, load_nlp, parse_text
from .normalize import content_hash
from .segment import segment
from .split import assign_split
from .validate import check_answer, check_question

if TYPE_CHECKING:
    from spacy.tokens import Doc

Outcome = QAExample | Rejection


@dataclass
class ArticleResult:
    """Everything one article produced, in a deterministic order."""

    article_id: str
    passages: int = 0
    outcomes: list[Outcome] = field(default_factory=list)


class ArticleProcessor:
    """Holds the loaded model and generator (once per process) and processes article chunks."""

    def __init__(self, config: BuildConfig) -> None:
        self.config = config
        self.nlp = load_nlp(config.spacy_model)
        self.generator = get_generator(config.generator)

    def __call__(self, articles: Sequence[Article]) -> list[ArticleResult]:
        # spaCy adds every new word of every text to its vocabulary; a memory zone drops what
        # this chunk added, so memory stays flat over any number of articles.
        with self.nlp.memory_zone():
            return self._chunk(articles)

    def _chunk(self, articles: Sequence[Article]) -> list[ArticleResult]:
        cfg = self.config
        results = [ArticleResult(a.id) for a in articles]
        jobs = [
            (parse_text(p.text), (n, p))
            for n, a in enumerate(articles)
            for p in segment(a, cfg.max_passage_chars, whole=cfg.context == "article")
        ]
        parsed: list[tuple[Doc, Passage]] = []
        current = -1
        for doc, (n, passage) in self.nlp.pipe(jobs, as_tuples=True, batch_size=cfg.batch_size):
            if n != current and parsed:
                self._article(articles[current], parsed, results[current])
                parsed = []
            current = n
            parsed.append((doc, passage))
        if parsed:
            self._article(articles[current], parsed, results[current])
        return results

    def _article(self, article: Article, parsed: list[tuple[Doc, Passage]], result: ArticleResult) -> None:
        """All passages of one article: people named anywhere in it are known in every passage."""
        persons = sorted({e.text for doc, _ in parsed for e in doc.ents if e.label_ == "PERSON"})
        for doc, passage in parsed:
            doc.user_data[PERSONS_KEY] = persons
            result.passages += 1
            result.outcomes.extend(process_passage(doc, article, passage, self.generator, self.config))


def process_passage(
    doc: Doc, article: Article, passage: Passage, generator: QuestionGenerator, config: BuildConfig
) -> Iterator[Outcome]:
    """Answers, questions and checks for one parsed passage (everything but dedup)."""
    split = assign_split(article.id, config.splits, config.seed)
    for cand in answer_candidates(doc, config.max_answers_per_passage):
        yield _one(doc, article, passage, generator, cand, split)


def _one(
    doc: Doc, article: Article, passage: Passage, generator: QuestionGenerator, cand: AnswerCandidate, split: str
) -> Outcome:
    verdict = check_answer(passage.text, cand.text, cand.start)
    if verdict is not None:
        return reject(article.id, passage.index, cand, generator.version, "answers", verdict.reason, verdict.detail)
    gen = generator.generate(doc, passage.text, cand)
    if gen.question is None:
        reason = gen.reason or "no_question_generated"
        return reject(article.id, passage.index, cand, generator.version, "questions", reason, gen.detail)
    verdict = check_question(gen.question, cand.text, passage.text)
    if verdict is not None:
        return reject(
            article.id, passage.index, cand, generator.version, "validate", verdict.reason, verdict.detail, gen.question
        )
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


def reject(
    article_id: str,
    passage_index: int | None,
    cand: AnswerCandidate,
    generator: str,
    stage: Stage,
    reason: str,
    detail: str = "",
    question: str | None = None,
) -> Rejection:
    return Rejection(
        article_id=article_id,
        passage_index=passage_index,
        stage=stage,
        reason=reason,  # type: ignore[arg-type]
        detail=detail,
        question=question,
        answer_text=cand.text,
        answer_start=cand.start,
        answer_type=cand.answer_type,
        generator=generator,
    )
