"""Deterministic article-level splits, and duplicate detection."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest

from qa_gen import build, load_config
from qa_gen.dedup import Deduper
from qa_gen.split import assign_split

SPLITS = {"train": 0.8, "validation": 0.1, "test": 0.1}
IDS = [f"article-{i}" for i in range(10_000)]


# --- assign_split -----------------------------------------------------------------------------------


def test_assign_split_is_deterministic() -> None:
    first = [assign_split(i, SPLITS, seed=7) for i in IDS[:500]]
    again = [assign_split(i, dict(SPLITS), seed=7) for i in IDS[:500]]
    assert first == again
    assert set(first) <= set(SPLITS)


def test_assign_split_depends_on_the_seed() -> None:
    a = [assign_split(i, SPLITS, seed=0) for i in IDS[:500]]
    b = [assign_split(i, SPLITS, seed=1) for i in IDS[:500]]
    changed = sum(x != y for x, y in zip(a, b, strict=True))
    # With 80/10/10 about a third of the ids move; "some" is all the seed promises.
    assert 50 < changed < 450


@pytest.mark.parametrize(
    "splits",
    [SPLITS, {"train": 0.5, "test": 0.5}, {"train": 0.7, "validation": 0.2, "test": 0.1}, {"a": 0.34, "b": 0.66}],
)
@pytest.mark.parametrize("seed", [0, 42])
def test_assign_split_respects_ratios(splits: dict[str, float], seed: int) -> None:
    counts = Counter(assign_split(i, splits, seed) for i in IDS)
    for name, ratio in splits.items():
        assert abs(counts[name] / len(IDS) - ratio) < 0.02, (name, counts)


def test_assign_split_with_zero_ratio_never_picks_that_split() -> None:
    splits = {"train": 0.9, "validation": 0.0, "test": 0.1}
    assert "validation" not in {assign_split(i, splits) for i in IDS[:2000]}
    assert {assign_split(i, {"only": 1.0}) for i in IDS[:200]} == {"only"}


def test_load_config_rejects_ratios_not_summing_to_one() -> None:
    from qa_gen import QAGenError

    with pytest.raises(QAGenError, match="--splits: split ratios sum to 0.9, not 1"):
        load_config(splits={"train": 0.8, "test": 0.1})
    with pytest.raises(QAGenError, match="negative"):
        load_config(splits={"train": 1.2, "test": -0.2})


# --- splits of a real build -------------------------------------------------------------------------


def test_no_article_in_two_splits(qa_rows: list[dict[str, Any]], manifest: dict[str, Any]) -> None:
    splits_of: dict[str, set[str]] = defaultdict(set)
    for r in qa_rows:
        splits_of[r["article_id"]].add(r["split"])
    assert splits_of
    assert {a: s for a, s in splits_of.items() if len(s) > 1} == {}
    # and each article sits where assign_split puts it with the build's seed and ratios
    for article_id, (split,) in splits_of.items():
        assert split == assign_split(article_id, manifest["config"]["splits"], manifest["config"]["seed"])


def test_same_build_twice_gives_identical_bytes(sample_dir: Path, samples_dir: Path, tmp_path: Path) -> None:
    again = build([str(samples_dir)], load_config(workers=1), tmp_path / "again").output
    for name in ("qa.jsonl", "rejected.jsonl"):
        assert (again / name).read_bytes() == (sample_dir / name).read_bytes(), name
    assert (again / "qa.jsonl").stat().st_size > 0


# --- Deduper ----------------------------------------------------------------------------------------

CTX = "Mayor Ana Silva said the plan adds 40 bus routes by 2026."
OTHER_CTX = "The council of Grenmark voted to close the old ferry pier on Monday."


def test_exact_duplicate_ignores_case_and_punctuation() -> None:
    d = Deduper()
    assert d.question(CTX, "Who said the plan adds bus routes?", "Ana Silva") is None
    assert d.question(CTX, "Who said the plan adds bus routes?", "Ana Silva") == "duplicate"
    assert d.question(CTX, "who SAID the plan adds bus-routes ?", "ana silva.") == "duplicate"
    # the same (question, answer) is a duplicate in any context
    assert d.question(OTHER_CTX, "Who said the plan adds bus routes?", "Ana Silva") == "duplicate"


def test_same_question_other_answer_in_one_context_is_ambiguous() -> None:
    d = Deduper()
    assert d.question(CTX, "How many bus routes does the plan add?", "40") is None
    assert d.question(CTX, "How many bus routes does the plan add?", "40 bus routes") == "ambiguous_question"
    # in another context the same question with another answer is fine
    assert d.question(OTHER_CTX, "How many bus routes does the plan add?", "12") is None


def test_different_questions_are_kept() -> None:
    d = Deduper()
    assert d.question(CTX, "Who said the plan adds bus routes?", "Ana Silva") is None
    assert d.question(CTX, "How many bus routes does the plan add?", "40") is None
    assert d.question(CTX, "By when will the plan add 40 bus routes?", "2026") is None


def test_duplicate_article_returns_first_id() -> None:
    d = Deduper()
    assert d.article("a1", CTX) is None
    assert d.article("a2", OTHER_CTX) is None
    assert d.article("a3", "  mayor ana silva said, the plan adds 40 bus routes by 2026") == "a1"
    assert d.article("a4", OTHER_CTX) == "a2"


def test_duplicate_articles_are_skipped_in_a_build(tmp_path: Path, write_jsonl) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The council of Grenmark voted on Monday to close the old ferry pier after engineers found cracks in "
        "its concrete supports. A new pier will open next spring at a cost of 3 million korun, the mayor said."
    )
    path = write_jsonl(tmp_path / "dup.jsonl", [{"id": "first", "text": text}, {"id": "second", "text": text.upper()}])
    result = build([str(path)], load_config(workers=1), tmp_path / "out")
    skipped = [(s.article_id, s.reason) for s in result.manifest.skipped]
    assert skipped == [("second", "duplicate_article")]
    assert "first" in result.manifest.skipped[0].detail
