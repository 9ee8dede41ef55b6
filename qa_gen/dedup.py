"""Duplicate removal that keeps only hashes (memory grows with rows, not with text).

Articles: exact duplicates (same text up to case and punctuation) by a hash of the folded
text, and near duplicates (the same wire story syndicated by two outlets, with another
dateline, credit line or a sentence added) by MinHash over word shingles with LSH buckets.
Per article only a fixed-size signature and its bucket keys are kept, never its text.
"""

from __future__ import annotations

import hashlib
import zlib

import numpy as np

from .normalize import content_hash, fold

# Near-duplicate articles: Jaccard similarity of their sets of SHINGLE_WORDS-word shingles
# at or above NEAR_DUPLICATE_JACCARD. A syndicated copy that differs only in its first
# line or a closing credit scores 0.85-0.95 on a 300-word story; two different stories on
# the same event (shared names and phrases) stay far below 0.5.
SHINGLE_WORDS = 5
NEAR_DUPLICATE_JACCARD = 0.8
# MinHash signature length (hash functions). 64 estimate a Jaccard of 0.8 within about
# +-0.05; the signature is stored as 256 bytes per article.
MINHASH_PERMUTATIONS = 64
# LSH: the signature is cut into LSH_BANDS bands of MINHASH_PERMUTATIONS / LSH_BANDS rows;
# articles sharing one band are compared. With 16 bands of 4 rows, a pair at Jaccard 0.8 is
# compared with probability > 0.999 (1 - (1 - 0.8**4)**16), a pair at 0.3 with about 0.12.
LSH_BANDS = 16
# Only the first words of a very long article are shingled (time stays bounded; a 5 MB
# article has ~800,000 words). News articles are far shorter than this.
MAX_SHINGLE_WORDS = 50_000
# Shingle hashes are mapped through the permutations this many at a time (bounded memory).
_CHUNK = 8192
_ROWS = MINHASH_PERMUTATIONS // LSH_BANDS
_MASK32 = np.uint64(0xFFFFFFFF)
_SHIFT32 = np.uint64(32)
# Fixed seed: the same articles are judged duplicates in every build (reproducible output).
_RNG = np.random.default_rng(20260217)
_MUL = _RNG.integers(1, 2**63, size=MINHASH_PERMUTATIONS, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_ADD = _RNG.integers(0, 2**63, size=MINHASH_PERMUTATIONS, dtype=np.uint64)
# Weights combining the word hashes of one shingle into the shingle's hash (odd, 64-bit).
_SHINGLE_MUL = _RNG.integers(1, 2**63, size=SHINGLE_WORDS, dtype=np.uint64) * np.uint64(2) + np.uint64(1)


def minhash(text: str) -> np.ndarray | None:
    """MinHash signature (``MINHASH_PERMUTATIONS`` uint32) of the word shingles of ``text``
    (case and punctuation ignored), or None for a text without words."""
    return minhash_words(fold(text).split())


def minhash_words(words: list[str]) -> np.ndarray | None:
    """MinHash of the shingles of a word list; fewer words than a shingle make one shingle."""
    words = words[:MAX_SHINGLE_WORDS]
    if not words:
        return None
    ids = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in words), dtype=np.uint64, count=len(words))
    n = max(1, len(ids) - SHINGLE_WORDS + 1)
    shingles = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(min(SHINGLE_WORDS, len(ids))):
            shingles += ids[j : j + n] * _SHINGLE_MUL[j]
        shingles = np.unique(shingles)
        best = np.full(MINHASH_PERMUTATIONS, np.iinfo(np.uint64).max, dtype=np.uint64)
        for start in range(0, len(shingles), _CHUNK):
            block = shingles[start : start + _CHUNK]
            # multiply-add (mod 2**64), keep the high 32 bits: one hash function per row
            hashed = (_MUL[:, None] * block[None, :] + _ADD[:, None]) >> _SHIFT32
            np.minimum(best, hashed.min(axis=1), out=best)
    return (best & _MASK32).astype(np.uint32)


def estimated_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Share of equal MinHash rows: an unbiased estimate of the shingle sets' Jaccard."""
    return float(np.count_nonzero(a == b)) / len(a)


def _band_key(band: int, rows: np.ndarray) -> int:
    return int.from_bytes(hashlib.blake2b(rows.tobytes(), digest_size=8, salt=band.to_bytes(16, "big")).digest())


class NearDuplicateIndex:
    """LSH index of MinHash signatures: ``add`` returns the first earlier near duplicate."""

    def __init__(self, threshold: float = NEAR_DUPLICATE_JACCARD) -> None:
        self.threshold = threshold
        self._ids: list[str] = []
        self._signatures: list[bytes] = []
        self._buckets: dict[int, int] = {}  # band key -> first article (index) in that bucket
        #: Estimated similarity of the last near duplicate found.
        self.last_similarity = 0.0

    def add(self, article_id: str, text: str) -> str | None:
        """The id of the first earlier near duplicate of ``text``, else None (and remember it)."""
        return self.add_words(article_id, fold(text).split())

    def add_words(self, article_id: str, words: list[str]) -> str | None:
        """:meth:`add` for a text already folded and split into words."""
        signature = minhash_words(words)
        if signature is None:
            return None
        keys = [_band_key(band, signature[band * _ROWS : (band + 1) * _ROWS]) for band in range(LSH_BANDS)]
        for index in dict.fromkeys(self._buckets[k] for k in keys if k in self._buckets):
            other = np.frombuffer(self._signatures[index], dtype=np.uint32)
            similarity = estimated_jaccard(signature, other)
            if similarity >= self.threshold:
                self.last_similarity = similarity
                return self._ids[index]
        number = len(self._ids)
        self._ids.append(article_id)
        self._signatures.append(signature.tobytes())
        for key in keys:
            self._buckets.setdefault(key, number)
        return None


class Deduper:
    """Exact duplicates of (question, answer) anywhere, ambiguous questions within a context,
    and articles whose normalised text was already seen, exactly or nearly."""

    def __init__(self) -> None:
        self._pairs: set[str] = set()
        self._questions: dict[str, str] = {}
        self._articles: dict[str, str] = {}
        self._near = NearDuplicateIndex()

    def article(self, article_id: str, text: str) -> str | None:
        """Return the id of an earlier article with the same (or nearly the same) text, else
        remember this one."""
        folded = fold(text)
        key = content_hash(folded)
        if key in self._articles:
            return self._articles[key]
        first = self._near.add_words(article_id, folded.split())
        if first is not None:
            return first
        self._articles[key] = article_id
        return None

    def question(self, context: str, question: str, answer: str) -> str | None:
        """None if new, else the reason code (``duplicate`` or ``ambiguous_question``)."""
        q = fold(question)
        pair = content_hash(f"{q}\x00{fold(answer)}")
        if pair in self._pairs:
            return "duplicate"
        scoped = content_hash(f"{content_hash(context)}\x00{q}")
        if scoped in self._questions and self._questions[scoped] != content_hash(fold(answer)):
            return "ambiguous_question"
        self._pairs.add(pair)
        self._questions[scoped] = content_hash(fold(answer))  # hashes only: memory per row is constant
        return None
