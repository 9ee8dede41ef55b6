"""Answer-aware mode: users bring (context, answer span); we return a question for each."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import groupby
from typing import Any

from .answers import AnswerCandidate
from .errors import InputError
from .generators import get_generator
from .nlp import TITLE_KEY, load_nlp, parse_text
from .validate import check_answer, check_question

REQUIRED = ("id", "context", "answer_text", "answer_start")


def generate_questions(
    records: Iterable[dict[str, Any]],
    generator: str = "rules",
    *,
    batch_size: int = 32,
    spacy_model: str | None = None,
) -> Iterator[dict[str, Any]]:
    """For each ``{"id", "context", "answer_text", "answer_start"}`` (and optionally
    ``"title"``, the document's title) yield the record plus ``question`` (str or None) and
    ``reason`` (None or a rejection code). Consecutive records that share a context are
    parsed once."""
    gen = get_generator(generator)
    nlp = load_nlp(spacy_model)
    groups = ((parse_text(ctx), list(recs)) for ctx, recs in groupby(_checked(records), key=lambda r: r["context"]))
    for doc, recs in nlp.pipe(groups, as_tuples=True, batch_size=batch_size):
        for rec in recs:
            set_title(doc, rec.get("title"))
            yield {**rec, **_question_for(gen, doc, rec)}


def set_title(doc: Any, title: Any) -> None:
    """Record the document title (optional ``title`` field; Wikipedia-style underscores read
    as spaces) where the generator looks for a pronoun's antecedent of last resort."""
    if isinstance(title, str) and title.strip():
        doc.user_data[TITLE_KEY] = " ".join(title.replace("_", " ").split())
    else:
        doc.user_data.pop(TITLE_KEY, None)


def _checked(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for n, rec in enumerate(records, start=1):
        missing = [k for k in REQUIRED if k not in rec]
        if missing:
            raise InputError(f"record has no {missing[0]!r} field", line=n, path="<records>")
        if not isinstance(rec["answer_start"], int) or not isinstance(rec["context"], str):
            raise InputError("answer_start must be an integer and context a string", line=n, path="<records>")
        yield rec


def _question_for(gen: Any, doc: Any, rec: dict[str, Any]) -> dict[str, Any]:
    text, start, context = rec["answer_text"], rec["answer_start"], rec["context"]
    verdict = check_answer(context, text, start)
    if verdict is not None:
        return {"question": None, "reason": verdict.reason}
    out = gen.generate(doc, context, AnswerCandidate(text, start, start + len(text), "given"))
    if out.question is None:
        return {"question": None, "reason": out.reason or "no_question_generated"}
    verdict = check_question(out.question, text, context)
    if verdict is not None:
        return {"question": None, "reason": verdict.reason}
    return {"question": out.question, "reason": None}
