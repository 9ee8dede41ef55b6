"""Evaluate the answer-aware question generator against human SQuAD questions.

Fixed sample (so numbers compare across runs): every (context, first answer, question) of
SQuAD v1.1 dev in file order, shuffled with random.Random(0), first 2,000. Reports corpus
BLEU-4 (sacrebleu, lowercase=True, 13a tokenisation, one reference) and mean ROUGE-L F
(rouge-score, no stemmer), plus coverage (share of answers that got a question). Questions
the generator declines count as empty hypotheses, so BLEU/ROUGE are not inflated by coverage.
Each record carries its article's title (answer-aware mode's optional ``title``), which the
generator may use as the antecedent of a pronoun that has none in the paragraph.

    python benchmarks/eval_squad.py [--data ../shared/data/squad-dev-v1.1.jsonl] [--n 2000]

``--offset 2000`` scores the next 2,000 items of the same shuffle instead: a held-out sample
that the generator was never tuned on, to check that the tuned figures generalise.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "squad-dev-v1.1.jsonl"
SAMPLE_SEED = 0
SAMPLE_SIZE = 2000


def load_sample(path: Path, n: int = SAMPLE_SIZE, offset: int = 0) -> list[dict]:
    items = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            article = json.loads(line)
            for para in article["paragraphs"]:
                for qa in para["qas"]:
                    if not qa.get("answers"):
                        continue
                    ans = qa["answers"][0]
                    items.append(
                        {
                            "id": qa["id"],
                            "context": para["context"],
                            "answer_text": ans["text"],
                            "answer_start": ans["answer_start"],
                            "title": article["title"],  # the page a reader (and the annotator) saw
                            "reference": qa["question"],
                        }
                    )
    random.Random(SAMPLE_SEED).shuffle(items)
    return items[offset : offset + n]


def score(hyps: list[str], refs: list[str]) -> tuple[float, float]:
    import sacrebleu
    from rouge_score import rouge_scorer

    bleu = sacrebleu.corpus_bleu(hyps, [refs], lowercase=True).score
    scorer = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=False)
    rouge = sum(scorer.score(r, h)["rougeL"].fmeasure for h, r in zip(hyps, refs, strict=True)) / len(refs)
    return bleu, 100 * rouge


def main() -> int:
    from qa_gen import generate_questions

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--n", type=int, default=SAMPLE_SIZE)
    ap.add_argument("--offset", type=int, default=0, help="skip this many items of the shuffle (2000: held-out)")
    ap.add_argument("--generator", default="rules")
    ap.add_argument("--dump", type=Path, help="write every (reference, question, reason) as JSONL")
    args = ap.parse_args()
    sample = load_sample(args.data, args.n, args.offset)
    # Group by context so each paragraph is parsed once; restore sample order afterwards.
    order = {rec["id"]: i for i, rec in enumerate(sample)}
    grouped = sorted(sample, key=lambda r: (r["context"], order[r["id"]]))
    started = time.perf_counter()
    out = sorted(generate_questions(grouped, args.generator), key=lambda r: order[r["id"]])
    seconds = time.perf_counter() - started
    hyps = [r["question"] or "" for r in out]
    refs = [r["reference"] for r in out]
    covered = [r for r in out if r["question"]]
    bleu, rouge = score(hyps, refs)
    bleu_c, rouge_c = score([r["question"] for r in covered], [r["reference"] for r in covered]) if covered else (0, 0)
    reasons = Counter(r["reason"] for r in out if not r["question"])
    result = {
        "n": len(out),
        "coverage": round(100 * len(covered) / len(out), 2),
        "bleu4": round(bleu, 2),
        "rougeL": round(rouge, 2),
        "bleu4_covered_only": round(bleu_c, 2),
        "rougeL_covered_only": round(rouge_c, 2),
        "mean_words": round(sum(len(h.split()) for h in hyps if h) / max(1, len(covered)), 2),
        "reasons": dict(reasons.most_common()),
        "seconds": round(seconds, 1),
    }
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            for r in out:
                fh.write(
                    json.dumps(
                        {k: r[k] for k in ("id", "answer_text", "reference", "question", "reason")}, ensure_ascii=False
                    )
                    + "\n"
                )
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
