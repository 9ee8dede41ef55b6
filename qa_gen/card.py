"""The dataset card (README.md), rendered from the manifest so it never disagrees with the data."""

from __future__ import annotations

import json
from typing import Any

from huggingface_hub import DatasetCard, DatasetCardData

from .models import Manifest

# The Hub's size buckets (upper bounds, exclusive) and their labels.
SIZE_BUCKETS = [
    (1_000, "n<1K"),
    (10_000, "1K<n<10K"),
    (100_000, "10K<n<100K"),
    (1_000_000, "100K<n<1M"),
    (10_000_000, "1M<n<10M"),
]

REASON_TEXT = {
    "answer_in_question": "the question gives the answer away",
    "unresolved_pronoun": "a pronoun in the question has no antecedent",
    "unsupported_answer": "the parse offers no clause to question the answer from",
    "duplicate": "the same question and answer already exist",
    "ambiguous_question": "the same question has another answer in this passage",
    "not_a_question": "not a well-formed question",
    "too_short": "question too short",
    "too_long": "question too long",
    "copies_context": "question copies the passage",
    "multiple_wh": "more than one wh-word",
}


def size_category(n: int) -> str:
    for bound, label in SIZE_BUCKETS:
        if n < bound:
            return label
    return "n>10M"


def dataset_info(manifest: Manifest) -> dict[str, Any] | None:
    """The ``dataset_info`` block (features, per-split rows and bytes), as ``push_to_hub`` writes.
    Besides documenting the data, it makes ``datasets``' local cache key change whenever the
    shards change: without it, re-loading a rebuilt folder can return the previous build."""
    if not manifest.shards:
        return None
    from datasets import DatasetInfo, SplitDict, SplitInfo

    from .export import FEATURES

    splits = SplitDict()
    for info in manifest.shards.values():
        splits.add(SplitInfo(name=info["split"], num_bytes=info["bytes"], num_examples=info["rows"]))
    total = sum(info["bytes"] for info in manifest.shards.values())
    info = DatasetInfo(features=FEATURES, splits=splits, download_size=total, dataset_size=total)
    return info._to_yaml_dict()


def card_data(manifest: Manifest) -> DatasetCardData:
    splits = [s for s, n in manifest.splits.items() if n > 0]
    extra: dict[str, Any] = {}
    info = dataset_info(manifest)
    if info is not None:
        extra["dataset_info"] = info
    return DatasetCardData(
        pretty_name=f"qa-gen: {manifest.name}",
        language=[manifest.config.get("language", "en")],
        license=manifest.config.get("license", "other"),
        task_categories=["question-answering"],
        task_ids=["extractive-qa"],
        annotations_creators=["machine-generated"],
        language_creators=["found"],
        multilinguality=["monolingual"],
        size_categories=[size_category(sum(manifest.splits.values()))],
        source_datasets=["original"],
        tags=["synthetic", "qa-gen", "news", "squad-format"],
        configs=[
            {
                "config_name": "default",
                "data_files": [{"split": s, "path": f"data/{s}-*.parquet"} for s in splits],
            }
        ],
        **extra,
    )


def _table(rows: dict[str, int], header: tuple[str, str], total: int | None = None) -> str:
    lines = [f"| {header[0]} | {header[1]} |", "|---|---:|"]
    for key, value in sorted(rows.items(), key=lambda kv: (-kv[1], kv[0])):
        share = f" ({100 * value / total:.1f}%)" if total else ""
        lines.append(f"| {key} | {value}{share} |")
    return "\n".join(lines)


def render_card(manifest: Manifest) -> str:
    """Full README.md text: YAML metadata + prose sections."""
    c = manifest.counts
    accepted = sum(manifest.splits.values())
    candidates = c.get("candidates", 0)
    cfg = manifest.config
    rejection_rows = {
        f"`{reason}`" + (f" ({REASON_TEXT[reason]})" if reason in REASON_TEXT else ""): n
        for reason, n in manifest.rejections.items()
    }
    example = json.dumps(manifest.example, indent=2, ensure_ascii=False) if manifest.example else "(no rows)"
    sources = sorted({f["path"] for f in (i.model_dump() for i in manifest.inputs)})
    if cfg.get("context") == "article":
        segment_text = "whole articles"
    else:
        segment_text = f"passages of whole paragraphs up to {cfg.get('max_passage_chars')} characters"
    if rejection_rows:
        rejection_table = _table(rejection_rows, ("reason", "candidates"), candidates or None)
    else:
        rejection_table = "No candidate was rejected."
    prose = f"""
# {manifest.name}

Machine-generated extractive question answering data in the SQuAD v1.1 format, built from
news articles with [qa-gen](https://pypi.org/project/qa-gen/) {manifest.tool_version}.
Every row's answer is an exact character span of its context.

## Dataset summary

- Articles read: {c.get("articles", 0)} (skipped: {len(manifest.skipped)})
- Passages: {c.get("passages", 0)}
- Answer candidates: {candidates}
- Accepted question-answer pairs: {accepted}
- Rejected candidates: {c.get("rejected", 0)}

## How it was made

1. **Ingest**: articles were read, Unicode-normalised (NFC, whitespace) and given stable ids.
2. **Segment**: {segment_text}.
3. **Answers**: spans from the spaCy parse ({manifest.versions.get("spacy_model", "?")}): named
   entities, numbers with units, core noun phrases, reason/purpose clauses; at most
   {cfg.get("max_answers_per_passage")} per passage, spread over sentences and types.
4. **Questions**: generator `{cfg.get("generator")}` ({manifest.versions.get("generator", "?")}).
5. **Validation**: exact span check, then quality filters. Rejections by reason:

{rejection_table}

6. **Deduplication**: exact (question, answer) duplicates, and questions asked twice of one
   passage with different answers.
7. **Splits**: by article (never by row), from a seeded hash of the article id
   (seed {cfg.get("seed")}), ratios {cfg.get("splits")}.

## Dataset structure

{_table(manifest.splits, ("split", "rows"))}

Columns `id, title, context, question, answers` have exactly the features of HF `squad`
(`answers` = `{{text: list[string], answer_start: list[int32]}}`), so SQuAD training scripts work unchanged.
Extra columns: `article_id, split, answer_type, question_type, generator, scores, source_url, published, context_start`.

Answer types:

{_table(manifest.answer_types, ("answer type", "rows"), accepted or None)}

Question types:

{_table(manifest.question_types, ("question type", "rows"), accepted or None)}

An example row:

```json
{example}
```

## Sources and licences

Inputs: {", ".join(f"`{s}`" for s in sources) or "(none)"}. Licence declared for this build:
`{cfg.get("license")}`. The contexts are quoted from the source articles; their copyright stays with
their publishers. Check the sources' terms before redistributing.

## Limitations and biases

- Questions are produced by rules over an automatic parse: expect some awkward grammar and
  questions that are answerable but phrased more literally than a person would write them.
- Answers are biased towards what a named-entity recogniser and parser find (people, places,
  numbers, dates); why/how questions are rarer than in human-written data.
- News reflects its outlets' selection and framing; the generator adds no fact checking.

## Citation

```bibtex
@software{{qa_gen,
  title = {{qa-gen: validated extractive QA datasets from news}},
  version = {{{manifest.tool_version}}},
  year = {{{manifest.created.year}}}
}}
```
"""
    content = f"---\n{card_data(manifest).to_yaml()}\n---\n{prose}"
    return str(DatasetCard(content))


def card_metadata(readme: str) -> dict[str, Any]:
    """Parse the YAML metadata of a card (for tests and ``push``)."""
    return DatasetCard(readme).data.to_dict()
