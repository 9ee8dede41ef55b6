"""Generate the bad inputs that are too big, binary or byte-exact to commit (all text fictional).

    python tests/bad_inputs/make_large.py OUT_DIR     # writes every generated case into OUT_DIR

The tests import :func:`write_generated` and the single-case helpers; nothing here is random
beyond a fixed seed, so every run writes the same bytes.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

#: Size of the large single article ("a 5 MB article").
LARGE_BYTES = 5 * 1024 * 1024

_PLACES = ["Kessarin", "Grenmark", "Brantholm", "Port Amsel", "Tessa Island", "the Orvenna valley"]
_PEOPLE = ["Mayor Ingrid Falk", "Helena Strand", "Tomas Eriksen", "Petra Lind", "Nils Haraldsen", "Karl Ostheim"]
_THINGS = [
    "a new bridge", "the harbour wall", "a school for 400 pupils", "the night ferry", "a wind farm", "the tram line",
]
_VERBS = ["approved", "opened", "delayed", "inspected", "paid for", "criticised"]


def large_article_text(size: int = LARGE_BYTES, seed: int = 0) -> str:
    """One very long article of ordinary paragraphs and sentences, about ``size`` bytes."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    total = 0
    day = 0
    while total < size:
        day += 1
        sentences = [
            f"{rng.choice(_PEOPLE)} said on day {day} that {rng.choice(_PLACES)} had {rng.choice(_VERBS)} "
            f"{rng.choice(_THINGS)} at a cost of {rng.randint(2, 900)} million korun."
            for _ in range(rng.randint(2, 5))
        ]
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    return "Council budget diary for the whole year\n\n" + "\n\n".join(paragraphs) + "\n"


def unbroken_text(size: int = LARGE_BYTES) -> str:
    """Words only: no newline and no sentence punctuation anywhere (a scraping accident)."""
    words = ["the", "council", "of", "kessarin", "met", "again", "and", "talked", "about", "the", "harbour", "wall"]
    out: list[str] = []
    total = 0
    while total < size:
        word = words[len(out) % len(words)]
        out.append(word)
        total += len(word) + 1
    return " ".join(out)


CRLF_ARTICLE = (
    "Grenmark harbour wall repaired ahead of winter\r\n\r\n"
    "Engineers in Grenmark finished repairs to the harbour wall on Thursday, a month ahead of the winter "
    "storms, the town's harbour office said.\r\n\r\n"
    "The work cost 1.8 million korun and replaced 90 metres of stone that a storm had washed away in "
    "February. Fishing boats had been moored at Port Amsel since the spring.\r\n\r\n"
    "Harbour master Jonas Berg said the first boats would return to Grenmark on Monday.\r\n"
)

# Windows-1252 / Latin-1 news: accented names, the pound sign and cp1252 curly quotes (0x93/0x94).
LATIN1_ARTICLE = (
    "Caf\u00e9 owners in Br\u00e6ndholt win fight over terrace fees\n\n"
    "Caf\u00e9 and restaurant owners in Br\u00e6ndholt won their dispute with the town council on Wednesday "
    "when the regional court ruled that a new terrace fee of \u00a3400 a year had been set without a vote.\n\n"
    "Jos\u00e9 Ni\u00f1o, who runs the Caf\u00e9 M\u00f8ller on the market square, said the owners were "
    "\u201crelieved and grateful\u201d. The council said it would not appeal."
)


def latin1_jsonl_bytes() -> bytes:
    """JSON Lines whose first line is plain ASCII and whose second is Latin-1 (not UTF-8)."""
    first = json.dumps({"id": "l1", "text": "Plain ASCII text about the Grenmark ferry, long enough to be read."})
    second = json.dumps({"id": "l2", "text": LATIN1_ARTICLE.replace("\u201c", '"').replace("\u201d", '"')},
                        ensure_ascii=False)
    return (first + "\n").encode("ascii") + (second + "\n").encode("latin-1")


def binary_bytes(seed: int = 0, size: int = 4096) -> bytes:
    """A PNG signature followed by pseudo-random bytes: a picture saved with a .txt name."""
    return b"\x89PNG\r\n\x1a\n" + random.Random(seed).randbytes(size)


def write_generated(folder: Path) -> dict[str, Path]:
    """Write every generated case into ``folder``; returns {case name: path}."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "crlf": (folder / "crlf-line-endings.txt", CRLF_ARTICLE.encode("utf-8")),
        "latin1_txt": (folder / "latin1.txt", LATIN1_ARTICLE.encode("cp1252")),
        "latin1_jsonl": (folder / "latin1.jsonl", latin1_jsonl_bytes()),
        "binary_txt": (folder / "photo.txt", binary_bytes()),
        "large": (folder / "large-5mb.txt", large_article_text().encode("utf-8")),
    }
    for path, data in files.values():
        path.write_bytes(data)
    return {name: path for name, (path, _) in files.items()}


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_large.py OUT_DIR")
    for name, path in write_generated(Path(sys.argv[1])).items():
        print(f"{name}: {path} ({path.stat().st_size} bytes)")
