"""Text normalisation, done once at ingest before any character offset is taken."""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata

# Characters that render as nothing and only confuse tokenisers and offsets. ZWJ (U+200D) is
# kept because it glues emoji sequences together.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u2060\ufeff\u00ad"), None)
# Every horizontal whitespace variant (NBSP, thin space, ideographic space, tab ...) -> " ".
_HSPACE = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
# Half of a UTF-16 pair (legal in JSON escapes, common in scraped text) cannot be encoded.
_SURROGATE = re.compile("[\ud800-\udfff]")
_LINE_SEP = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")


# An HTML character reference left in text by a scraper ("Jos&#233; Manuel Barroso", "R&amp;D").
# Only the complete form with its semicolon: "AT&T" and "&c" stay as they are.
_CHAR_REF = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def normalize_text(text: str) -> str:
    """Decoded HTML character references, NFC, unified newlines, no invisible characters, single
    spaces, paragraphs split by one blank line. Idempotent:
    ``normalize_text(normalize_text(t)) == normalize_text(t)``."""
    out = _normalize_once(text)
    # Decoding or deleting a character may complete another reference ("&amp;lt;", "&am\u200bp;"):
    # repeat until none is left. Each decoding round shortens the text, so this ends.
    while _decode(out) != out:
        out = _normalize_once(out)
    return out


def _decode(text: str) -> str:
    return _CHAR_REF.sub(lambda m: html.unescape(m.group()), text) if "&" in text else text


def _normalize_once(text: str) -> str:
    text = _decode(text)
    # Invisible characters and lone surrogates go first, so NFC sees the final sequence.
    text = _SURROGATE.sub("", _LINE_SEP.sub("\n", text).translate(_INVISIBLE))
    text = unicodedata.normalize("NFC", text)
    text = _HSPACE.sub(" ", text)
    lines = [line.strip() for line in text.split("\n")]
    text = "\n".join(lines)
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def paragraphs(text: str) -> list[tuple[int, str]]:
    """Split normalised text into (offset, paragraph) pairs.

    Paragraphs are separated by a blank line; text that uses single newlines only (one
    paragraph per line, common in scraped news) is split on those instead.
    """
    sep = "\n\n" if "\n\n" in text else "\n"
    out: list[tuple[int, str]] = []
    pos = 0
    for chunk in text.split(sep):
        if chunk.strip():
            out.append((pos, chunk))
        pos += len(chunk) + len(sep)
    return out


def content_hash(text: str, *, length: int = 16) -> str:
    """Stable short hash of a text (hex sha256 prefix); used for ids and dedup."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def fold(text: str) -> str:
    """Case- and punctuation-insensitive key for duplicate detection."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.findall(r"\w+", text))
