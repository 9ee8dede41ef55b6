"""Deterministic article-level splits: the same article id and seed always land together."""

from __future__ import annotations

import hashlib

# 2**64 buckets: hash collisions between ratio boundaries are irrelevant at this resolution.
_SCALE = float(1 << 64)


def assign_split(article_id: str, splits: dict[str, float], seed: int = 0) -> str:
    """Map an article id to a split name by a seeded hash; no state, no second pass."""
    digest = hashlib.sha256(f"{seed}\x00{article_id}".encode()).digest()
    point = int.from_bytes(digest[:8], "big") / _SCALE
    total = 0.0
    names = list(splits)
    for name in names:
        total += splits[name]
        if point < total:
            return name
    return names[-1]
