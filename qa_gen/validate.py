"""Hard span checks and quality filters. Each failure is a reason code, never an exception."""

from __future__ import annotations

import re
from typing import NamedTuple

from .models import check_span
from .normalize import fold

# Shorter questions cannot identify an answer ("Who won?"); longer ones copy clauses.
MIN_QUESTION_WORDS = 3
MAX_QUESTION_WORDS = 30
# An answer longer than this is a passage excerpt, not an extractive answer.
MAX_ANSWER_WORDS = 25
# A question that repeats this many consecutive words of the passage copies it: human
# SQuAD questions average 11 words, and answer-aware questions legitimately reuse a clause.
COPY_RUN_WORDS = 20
_WH = {"what", "who", "whom", "when", "where", "why", "how", "which", "whose"}
# Words that carry no content of their own in a question: its auxiliaries (also "have" and "do"
# as in "What will consumers have?", "What will opportunities do?"), negation, and "there".
_FUNCTION_WORDS = {
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
    "do", "does", "did", "will", "would", "can", "could", "may", "might", "shall", "should", "must",
    "not", "n't", "there",
}  # fmt: skip
# A wh-word followed at once by a determiner or a connective opens no English question
# ("What the distribution of primes can be modelled?", "What therefore the design requires?").
# A wh-phrase and a bare copula, the rest cut away: "Which harbour engineer were?"
_NO_PREDICATE = re.compile(
    r"^(what|who|whose|which|how many)(\s+[\w'-]+){0,3}\s+(is|are|was|were)\?$"
    # "What has there been?", "There are what?": an existential that says nothing else
    r"|^(what|who|how many)\s+(is|are|was|were|has|have|had)\s+there(\s+been)?\?$"
    r"|^there\s+(is|are|was|were|has been|have been|had been)\s+(what|who|how many)\?$",
    re.IGNORECASE,
)
_BAD_OPENING = re.compile(
    r"^(what|who|whom|which|when|where|why|how)\s+(the|a|an|this|these|those|its|his|her|their|therefore|thus)\b"
    # an auxiliary followed by "of": the subject lost its head ("What does of Tavel doctors ...?")
    r"|^\w+\s+(is|are|was|were|do|does|did|has|have|had)\s+of\b"
    # "of" before a conjunction: the first half of "A and B" left ("What type of and highly ...?")
    r"|\bof\s+(and|or|but)\b"
    # a symbol where "how much/many" wants a noun: "could earn how much €?", "How many ± is ...?"
    r"|\bhow\s+(much|many)\s+[^\w\s]"
    # a relative clause left without its noun ("That are displayed in ...?"), a participle
    # before the wh-phrase it took from a fronted adjunct ("Renamed what does the area ...?")
    r"|^that\s+(is|are|was|were|has|have|had)\b|^\w+ed\s+(what|which|who|whom)\b"
    # a cleft that lost its focus: "It was in Tours that they met at [night]" -> "It was that
    # they met at what time?"
    r"|^it\s+(is|was)\s+that\b"
    # a subject wh-word before the phrase that described the answer ("What to the Commission's
    # letter was defiant?", "What against the euro has halted?"); "Who in the cabinet", "Which
    # of", "Who among" ask from a group and stay
    r"|^(what|who)\s+(to|against|on|for|with|by|into|towards|onto)\b",
    re.IGNORECASE,
)
# A yes/no opening around a wh-word: a clause that lost its subject ("Are doing so at ... and
# what percentage at A-level?"); an in-situ question keeps the statement's order. "Will" and
# "May" before a capitalised word are names ("Will Wilkinson of ... states what?").
_YES_NO_WH = re.compile(
    r"^(is|are|was|were|do|does|did|has|have|had|can|could|would|shall|should|might|must"
    r"|(will|may)(?!\s+(?-i:[A-Z])))\b"
    r".*\b(what|who|whom|which|when|where|why|how)\b",
    re.IGNORECASE,
)
# An article with a wh-word one word on: a phrase cut open around the answer ("lived in
# Luna, a 180-foot how long?"); "the same way as what" has its noun between; "the" right
# before one ("such as and the what") ("the one who" has its noun between, "The Who" is a band).
_WH_IN_NP = re.compile(
    r"\b(a|an)\s+(\S+\s+)?(what|who|whom|which|when|where|how)\b|\bthat (what|who|whom)\b|\bthe (what|which|how)\b",
    re.IGNORECASE,
)
# An adverbial wh-phrase as an owner inside the question: "The accuracy was when's
# measurement?", "how long's" (the answer was a possessor that only "whose" can ask for).
_WH_OWNER = re.compile(r"\s(when|where|how\s+\w+)['’]s\b", re.IGNORECASE)
_DANGLING = {"he", "she", "they", "him", "them", "his", "her", "their", "hers", "theirs"}
_POSSESSIVE = {"his", "her", "their"}
# "Who stated he disagreed ...?": after a report verb, he/she is the speaker the wh-word asks for.
_REPORT_VERBS = {
    "said",
    "says",
    "stated",
    "states",
    "told",
    "tells",
    "announced",
    "claimed",
    "argued",
    "insisted",
    "added",
    "admitted",
    "denied",
    "warned",
    "wrote",
    "confirmed",
    "explained",
}
# Words of a belief or feeling about one's own prospects: a he/she in the clause after one is
# the believer's, as after a report verb ("Who is uncertain whether he remains part of the
# plans?", "Who believes she can win the seat?").
_ATTITUDE_WORDS = {
    "uncertain", "unsure", "sure", "confident", "convinced", "hopeful", "doubtful", "determined",
    "believes", "believed", "thinks", "thought", "hopes", "hoped", "feels", "felt", "fears", "feared",
    "expects", "expected", "knows", "knew",
}  # fmt: skip
# wh-phrases that ask for a share or a count of people, who can be "they" in what they said
_SHARE_WH = {"what percentage", "what proportion", "what share", "what fraction", "how many"}
# Capitalised words that name a time, not a person who could be the pronoun's antecedent.
_CALENDAR = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
}  # fmt: skip
_COLON = re.compile(r"(?<!\d):|:(?!\d)")
_DASH = re.compile(r"\s[-\u2013\u2014]\s|\u2014")
# "ABC Pictures which -directed Charly": a hyphenated compound whose first half left with the answer
_CUT_COMPOUND = re.compile(r"(^|\s)-[A-Za-z]")
_DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
# A quotation in a question, in straight or curly double quotation marks.
_QUOTATION = re.compile(r'"([^"]+)"|\u201c([^\u201d]+)\u201d')
# Two finite auxiliaries in a row ("What had has mixed fortunes?", a typo in the source or a
# splice); a perfect of "have" ("has had", "had had") is English.
_DOUBLE_AUX = re.compile(
    r"\b(is|are|was|were|has|have|had)\s+(is|are|was|were|has|have)\b|\b(is|are|was|were)\s+had\b", re.IGNORECASE
)
_DOUBLE_DET = re.compile(r"\b(the|a|an) (the|a|an|this|that|these|those|its|their|his|her)\b", re.IGNORECASE)
_DOUBLE_OK = {"had", "that"}  # "had had", "that that" are English
# A phrase of two or three words said twice in a row ("Why do the private schools private
# schools ...?"): two copies of one phrase spliced together, unless the passage says it so.
_DOUBLED_PHRASE = re.compile(r"\b(\w+(?:\s+\w+){1,2})\s+\1\b", re.IGNORECASE)
_DANGLING_END = re.compile(r"\s(the|a|an|its|their|his|her|my|our|your|this|that|these|those)\s*\?$", re.IGNORECASE)
# A lower-case word ending in -s (not -ss/-us) reads as a plural noun, bar these.
_PLURAL = re.compile(r"[a-z]{2,}[^su]s")
_NOT_PLURAL = {"does", "has", "was", "this", "its", "his", "hers", "whereas", "across", "always", "perhaps"}
# Capitalised only because they open the question: never the name a possessive refers to.
_NOT_NAMES = {
    "which",
    "whose",
    "whom",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "to",
    "with",
    "the",
    "a",
    "an",
    "during",
    "after",
    "before",
    "since",
    "until",
    "under",
    "of",
    "as",
    "according",
    "along",
    "besides",
}
_STOP = {"the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "for", "by", "with", "'s", "s"}


# Opening quotation marks a question may start with, before its capital.
OPENING_QUOTE_CHARS = {'"', "\u201c", "'", "\u2018"}


class Verdict(NamedTuple):
    reason: str
    detail: str


def check_answer(context: str, text: str, start: int) -> Verdict | None:
    """Span integrity: the answer is non-empty and sits exactly at its offset."""
    if not text.strip():
        return Verdict("empty_answer", "answer text is empty")
    try:
        check_span(context, text, start)
    except ValueError as err:
        reason = "offset_mismatch" if text in context else "answer_not_in_context"
        return Verdict(reason, str(err))
    if len(text.split()) > MAX_ANSWER_WORDS:
        return Verdict("answer_too_long", f"{len(text.split())} words > {MAX_ANSWER_WORDS}")
    return None


def _capital_start(q: str) -> bool:
    """A question opens with a capital, a number ("9.6% of students in which country ...?") or
    an opening quotation mark before a capital ('"Bairn" and "hyem" are ... of what?')."""
    first = q[:1]
    if first.isdigit():
        return True
    if first in OPENING_QUOTE_CHARS:
        return q[1:2].isupper()
    return first.isupper()


def _asks_too_little(question: str) -> bool:
    """A question whose only word besides its wh-word and auxiliaries is one common word ("What
    is high?", "What was launched?", "Who has been sacked?", "What will consumers have?")
    names nothing that ties it to its passage: any passage about anything might answer it. A
    name keeps it ("What is DECnet?", "What did Luther do?")."""
    words = re.findall(r"[\w'-]+", question)
    empty = _WH | _FUNCTION_WORDS
    content = [(n, w) for n, w in enumerate(words) if w.lower() not in empty and not w.lower().endswith("n't")]
    if len(content) > 1:
        return False
    # a capital counts past the first word only, where it is a name and not the question's start
    return not any(w[:1].isdigit() or (w[:1].isupper() and n > 0) for n, w in content)


def _cut_at_hyphen(question: str, context: str) -> bool:
    """The question ends on a word the passage only writes as the first half of a hyphenated
    one ("... that has re?" for "re-shaped", "... diverting the drugs back ... and re?"): the
    rest of the word went with a cut phrase."""
    last = re.search(r"(\w+)\?$", question)
    if last is None:
        return False
    word = re.escape(last.group(1))
    halves = re.search(rf"\b{word}-\w", context, re.IGNORECASE)
    return halves is not None and re.search(rf"\b{word}\b(?!-)", context, re.IGNORECASE) is None


def check_question(question: str, answer: str, context: str) -> Verdict | None:
    """Quality filters on a generated question for a given answer and context."""
    q = question.strip()
    if not q.endswith("?") or not _capital_start(q) or not re.search(r"[A-Za-z]", q):
        return Verdict("not_a_question", "must start with a capital and end with '?'")
    words = fold(q).split()
    if len(words) < MIN_QUESTION_WORDS:
        return Verdict("too_short", f"{len(words)} words < {MIN_QUESTION_WORDS}")
    if len(words) > MAX_QUESTION_WORDS:
        return Verdict("too_long", f"{len(words)} words > {MAX_QUESTION_WORDS}")
    garbled = _garbled(q)
    if garbled:
        return Verdict("not_a_question", f"garbled: {garbled}")
    if _cut_at_hyphen(q, context):
        return Verdict("not_a_question", "garbled: ends on the first half of a hyphenated word")
    doubled = _DOUBLED_PHRASE.search(q)
    if doubled and doubled.group(0).lower() not in context.lower():
        return Verdict("not_a_question", f"garbled: doubled phrase {doubled.group(1)!r}")
    if _asks_too_little(q):
        return Verdict("too_short", "one common word besides the wh-word and auxiliaries")
    # wh-words: the first word, or a lower-case one later ("Doctor Who" is a name, not a wh-word)
    raw = re.findall(r"[A-Za-z]+", q)
    wh = [w.lower() for n, w in enumerate(raw) if w.lower() in _WH and (n == 0 or w.islower())]
    if len(wh) > 1:
        return Verdict("multiple_wh", f"wh-words: {', '.join(wh)}")
    answer_words = [w for w in fold(answer).split() if w not in _STOP]
    qset = set(words)
    if answer_words and (all(w in qset for w in answer_words) or f" {fold(answer)} " in f" {' '.join(words)} "):
        return Verdict("answer_in_question", f"question contains the answer {answer!r}")
    dangling = [
        w
        for w in sorted(qset & _DANGLING)
        if not (w in _POSSESSIVE and _possessor_named(q, w))
        and not _speaker_bound(q, w)
        and not _name_bound(q, w)
        and not _quoted_verbatim(q, w, context)
    ]
    if dangling:
        return Verdict("unresolved_pronoun", f"pronoun {dangling[0]!r} has no antecedent in the question")
    if len(words) >= COPY_RUN_WORDS and _longest_run(words, fold(context)) >= COPY_RUN_WORDS:
        return Verdict("copies_context", "question repeats the passage verbatim")
    return None


# A question ending on a bare "is"/"was" left its complement behind ("The response to what
# was?", "What German magazine said part of the negotiations were?"), unless an auxiliary shows
# the complement was asked out of a clause ("What did Tesla believe X-rays were?").
_BE_AT_END = re.compile(r"\s(is|are|was|were)\?$")
_AUXILIARY = re.compile(r"\b(do|does|did|has|have|had|will|would|can|could|should|may|might|must)\b", re.IGNORECASE)
# "How was Johnson known to the Iroquois as?", "Why does the bulk of learning take place in?":
# an adverbial wh-word stands for no object, so a preposition left at the end has lost its own.
_MANNER_STRANDS = re.compile(
    r"^(?:How|Why)\b(?! (?:many|much|long|often|far|old|big|large|high|tall)\b)"  # not "How many ... of?"
    # but a passive's own preposition stays: "How was the new bridge paid for?", "... dealt with?"
    r".* (?!\w+(?:ed|en|id|ght|lt) )\w+ (?:of|as|in|at|for|with|on|by|to|from|into)\?$"
)


def _garbled(question: str) -> str | None:
    """Surface signs of clauses spliced together rather than a question: a semicolon, a colon
    outside a number ("20:00"), a spaced dash, an unmatched bracket, a doubled word ("of of"),
    or a question that ends on an article or a possessive ("... pass through its?")."""
    if ";" in question or _COLON.search(question):
        return "clause punctuation inside the question"
    if _DASH.search(question):
        return "a dash inside the question"
    if _CUT_COMPOUND.search(question):
        return "a hyphenated word without its first half"
    if any(question.count(o) != question.count(c) for o, c in ("()", "[]")):
        return "an unmatched bracket"  # "Plastoglobuli) are ...": the bracket's other half was cut away
    doubled = _DOUBLED.search(question)
    if doubled and doubled.group(1).lower() not in _DOUBLE_OK:
        return f"doubled word {doubled.group(1)!r}"
    if _DANGLING_END.search(question):
        return "ends on a determiner"
    if _DOUBLE_AUX.search(question):
        return "two finite verbs in a row"
    if _DOUBLE_DET.search(question):
        return "two determiners in a row"
    if _BAD_OPENING.search(question):
        return "a phrase cut open (a wh-word before a determiner, a lone symbol, a bare cleft)"
    if _YES_NO_WH.search(question):
        return "an auxiliary opens a question with a wh-word inside"
    if _WH_IN_NP.search(question) or _WH_OWNER.search(question):
        return "a wh-word inside a noun phrase or after 'that'"
    if _NO_PREDICATE.search(question) or (_BE_AT_END.search(question) and not _AUXILIARY.search(question)):
        return "a copula with nothing after it"
    if _MANNER_STRANDS.search(question):
        return "'how'/'why' with a preposition left at the end"
    return None


def _words_to(question: str, pronoun: str) -> tuple[list[str], int]:
    """The question's words, and the index of the pronoun's first occurrence among them."""
    raw = re.findall(r"[A-Za-z]+", question)
    return raw, next((n for n, w in enumerate(raw) if w.lower() == pronoun), 0)


def _quoted_verbatim(question: str, pronoun: str, context: str) -> bool:
    """The pronoun is inside a quotation the question repeats word for word from the passage
    ('Who said, "They were brilliant"?'): the speaker's own words, which the quotation ties to
    its place in the passage, not a pronoun the question has to resolve."""
    for pair in _QUOTATION.findall(question):
        quoted = pair[0] or pair[1]
        if pronoun in fold(quoted).split() and quoted.strip(" ,.") in context:
            return True
    return False


def _speaker_bound(question: str, pronoun: str) -> bool:
    """he/she (they, for a share of people) in what the asked-for speaker said or believes: "Who
    stated he disagreed with the call?", "What percentage said they would vote?",
    "Which coach said she would resign?" (a report verb between the wh-phrase and the pronoun,
    and no other name, bar a day or month, in between: "Who told Mary she ...?" is about Mary)."""
    raw, first = _words_to(question, pronoun)
    if pronoun in {"they", "them"}:
        # a share or count of people asked for: "What percentage said they could not ...?"
        if " ".join(raw[:2]).lower() not in _SHARE_WH:
            return False
    elif pronoun not in {"he", "she", "him", "her"} or raw[0].lower() not in {"who", "which", "what"}:
        return False
    between = raw[1:first]
    verb = next((n for n, w in enumerate(between) if w.lower() in _REPORT_VERBS | _ATTITUDE_WORDS), None)
    return verb is not None and not any(w[:1].isupper() and w not in _CALENDAR for w in between[verb:])


def _name_bound(question: str, pronoun: str) -> bool:
    """he/she after exactly one name, in a question that asks for no person: "When was
    Tsutsumi forced to resign from all the posts he held?". With two names ("When did Ana
    Silva tell Tom Reed he ...?") or a "who" question it could be either: not bound."""
    if pronoun not in {"he", "she", "him", "her"}:
        return False
    raw, first = _words_to(question, pronoun)
    if raw[0].lower() in {"who", "whom", "whose"}:
        return False
    capital = [n for n in range(1, first) if raw[n][:1].isupper() and raw[n] not in _CALENDAR]
    runs = sum(1 for k, n in enumerate(capital) if k == 0 or capital[k - 1] != n - 1)
    return runs == 1


def _possessor_named(question: str, pronoun: str) -> bool:
    """A possessive is bound when the question opens with "Who" ("Who lost his wallet?"), his/her
    also with "Whose", first or in situ before it ("Whose show sees ... his business empire?",
    "The film will be whose first project since the birth of her twins?"), or names someone before it
    ("How many patents did Tesla obtain for his inventions?"); "their" also by a plural noun
    before it ("When do deacons serve prior to their ordination?")."""
    raw, first = _words_to(question, pronoun)
    if raw[0].lower() == "who" or (raw[0].lower() == "whose" and pronoun in {"his", "her"}):
        return True
    if pronoun in {"his", "her"} and "whose" in raw[1:first]:
        return True  # in situ: "The film will be whose first project since the birth of her twins?"
    if pronoun == "their" and any(_PLURAL.fullmatch(w) and w not in _NOT_PLURAL for w in raw[1:first]):
        return True
    # the opening word counts when it is a name, not a wh-word ("Lefevre published his ...")
    opener = raw[:1] if raw[0].lower() not in _WH | _NOT_NAMES else []
    return any(w[:1].isupper() for w in opener + raw[1:first])


def _longest_run(words: list[str], folded_context: str) -> int:
    """Length of the longest run of consecutive question words found verbatim in the context."""
    ctx = f" {folded_context} "
    best = 0
    for i in range(len(words)):
        j = i + best + 1
        while j <= len(words) and f" {' '.join(words[i:j])} " in ctx:
            best = j - i
            j += 1
    return best
