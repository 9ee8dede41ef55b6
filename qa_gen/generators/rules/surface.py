"""Surface realisation: word order to text, case, spacing, and pronoun resolution."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...nlp import TITLE_KEY
from .clause import find_subject, inner_capital, named_link, ranked, relative_object, under_dep
from .forms import Plan
from .lexicon import (
    BUSINESS_HOLDINGS,
    COURTESY_TITLES,
    DEICTIC_TIME_NOUNS,
    EXPLETIVE_OBJECT_VERBS,
    FEMALE_GIVEN_NAMES,
    FEMALE_NOUNS,
    FINITE_TAGS,
    FIRM_NOUNS,
    FLOATING_QUANTIFIERS,
    FRACTIONS,
    GENDERED_TITLES,
    IT_OUT_IDIOM_VERBS,
    LIST_DASHES,
    MALE_GIVEN_NAMES,
    MALE_NOUNS,
    MAX_ANTECEDENT_SENTS,
    MAX_TITLE_ANTECEDENT_WORDS,
    NAME_PARTICLES,
    NAMED_THINGS,
    NP_DROP_DEPS,
    NUMBERED_NOUNS,
    NUMERIC_ENTS,
    OPENING_QUOTES,
    ORG_CATEGORIES,
    PERCENT_WORDS,
    PERSON_NOUNS,
    PRONOUN_RESOLVE,
    QUANTIFYING_WORDS,
    QUANTITY_NOUNS,
    QUOTE_MARKS,
    ROLE_VERBS,
    SAY_VERBS,
    SPEAKER_WINDOW,
    SPEAKING_BODIES,
    SUBJECT_DEPS,
    UNRESOLVABLE,
    VAGUE_NOUNS,
    VAGUE_QUANTIFIERS,
    WORK_NOUNS,
)
from .wh import doubtful_person, marked_kinds, surnames

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def in_quote(tok: Token) -> bool:
    """True inside quotation marks (in this sentence): "we", "they" there are the speaker's."""
    marks = 0
    for t in tok.doc[tok.sent.start : tok.i]:  # quotation marks are their own tokens
        if t.text in QUOTE_MARKS:
            marks += 1
    return marks % 2 == 1


def realize(doc: Doc, plan: Plan) -> str | None:
    """Turn a plan into text; None when an unresolvable pronoun would be left in."""
    main: list[int | str] = []
    if plan.wh_at is None:
        main.append(plan.wh)
        if plan.front_aux:
            main.append(plan.front_aux)
        main.extend(plan.subject)
        main.extend(plan.body)
        main.extend(plan.tail)
    else:
        main.extend(plan.body)
        main.insert(plan.wh_at, plan.wh)
    seq: list[int | str] = [*plan.prefix, ",", *main] if plan.prefix else main
    words: list[tuple[int | None, str]] = []
    for n, item in enumerate(seq):
        if isinstance(item, str):
            words.append((None, item))
            continue
        tok = doc[item]
        if tok.text == "," and not (_comma_between(seq, n) or _closes_in_situ(doc, seq, n, plan, words)):
            continue
        text = _word(doc, tok, plan, n == 0)
        if text is None:
            plan.blocker = item
            return None
        words.append((item, text))
    out = ""
    prev: int | None = None
    for idx, text in words:
        if out:
            adjacent = prev is not None and idx is not None and idx == prev + 1
            out += doc[prev].whitespace_ if adjacent and prev is not None else " "
        out += text
        prev = idx
    return finish(out)


def _word(doc: Doc, tok: Token, plan: Plan, initial: bool) -> str | None:
    text = plan.replace.get(tok.i, tok.text)
    low = tok.lower_
    relative = relative_object(tok) or (tok.dep_ in SUBJECT_DEPS and _relative_subject(tok))
    noun_shown = tok.head.head.i in plan.body or tok.head.head.i in plan.subject
    if relative and noun_shown and low in {"who", "which"} and tok.dep_ in SUBJECT_DEPS:
        return "that"  # "parents [who] refuse ..." -> "parents that refuse": one wh-word in a question
    if relative and not noun_shown:  # (with its noun there, it stays: "a manner that ...")
        if ranked(tok.head.head) and not tok.head.left_edge.nbor(-1).is_punct:
            return None  # "The only people [who] will know ...": the clause is what makes them the only ones
        return relative_antecedent(tok.head.head)  # "which it set at $500m" -> "... set the sum at"
    if tok.tag_ in {"WDT", "WP"} and tok.dep_ == "pobj" and tok.head.head.dep_ in SUBJECT_DEPS:
        # "the homes, many of which have been restored" -> "When have many of the homes been restored?"
        subject = tok.head.head
        if subject.head.dep_ == "relcl":
            return relative_antecedent(subject.head.head)
    if tok.tag_ == "WP$" and tok.dep_ == "poss":
        # "the Museum of the Polish Army, whose set portrays ..." -> "the Polish Army's set"
        rel = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
        owner = relative_antecedent(rel.head) if rel is not None else None
        return None if owner is None else owner + ("'" if plural_noun(owner) else "'s")
    if low == "it" and _expletive(tok):
        return "it" if _opens_sentence(tok) else text
    if tok.pos_ == "PRON" or tok.tag_ == "PRP$":
        if low in PRONOUN_RESOLVE or low in {"they", "them", "their"}:
            shown = set(plan.body) | set(plan.subject) | set(plan.prefix)
            resolved = resolve_pronoun(doc, tok, plan.avoid, shown=shown)
            if resolved is None and tok.tag_ == "PRP$" and tok.dep_ == "poss" and not _before_own(tok):
                return "the"  # "before his eyes" -> "before the eyes": the owner is not needed
            return resolved
        if low == "this" and tok.dep_ in {"nsubj", "nsubjpass"}:
            # "This is called immune surveillance", "Some economists say [this] may allow ...": a
            # bare "this" stands for what the passage just told (an event, a finding, a whole
            # sentence) far more often than for the previous subject; read as that subject it
            # gave "What is the important role called?", so it is left unresolved
            return None
        if low in {"that", "those"} and tok.tag_ == "DT" and tok.dep_ in {"nsubj", "nsubjpass"}:
            # "That brought to 49 the number of banks": an event the reader has to be told
            return None
        if low in UNRESOLVABLE and tok.dep_ in {"nsubj", "nsubjpass", "poss", "dobj", "pobj", "dative"}:
            if _roman_one(tok):
                return text  # a Roman numeral: "listed grade I in 1954", "after World War I"
            return None  # "we"/"you"/"they" from a quotation: nobody the reader can name
    if tok.dep_ == "det" and low in {"this", "these"} and tok.head.lemma_.lower() in DEICTIC_TIME_NOUNS:
        return low  # "later this year": the year of writing
    if tok.dep_ == "det" and low in {"this", "these", "that", "those"}:
        return "the"  # also when it opened the sentence: "This phenomenon" -> "the phenomenon"
    if _opens_sentence(tok) and not _keep_case(tok):
        return text[:1].lower() + text[1:]
    if text == "The" and not initial and (not tok.ent_type_ or tok.is_sent_start):
        return "the"  # a quotation's or sentence's first word inside the question
    return text


def _before_own(tok: Token) -> bool:
    """A possessive before "own" ("on their own", "its own staff"), which "the" cannot replace."""
    return tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "own"


def _opens_sentence(tok: Token) -> bool:
    """The sentence's first word, also after an opening quotation mark ('"Buoyant economic
    conditions are set to continue ...') or a list dash ("- There was also ..."): capitalised
    only for that."""
    if tok.is_sent_start:
        return True
    opener = tok.nbor(-1) if tok.i > 0 else None
    return opener is not None and bool(opener.is_sent_start) and opener.text in OPENING_QUOTES | LIST_DASHES


def _roman_one(tok: Token) -> bool:
    """ "I" after a classifying noun and before no verb or noun is the numeral one."""
    if tok.text != "I" or tok.i == 0 or tok.nbor(-1).lower_ not in NUMBERED_NOUNS:
        return False
    return tok.i + 1 >= len(tok.doc) or tok.nbor(1).pos_ not in {"VERB", "AUX", "NOUN"}


def _expletive(tok: Token) -> bool:
    """Non-referential "it": "it is impossible to ...", "it was decided that ..."."""
    head = tok.head
    clauses = [c for c in head.children if c.dep_ in {"ccomp", "xcomp", "csubj", "advcl"} and c.i > tok.i]
    # "it is easier for airlines to take off": an infinitive with its own "for" subject, which the
    # parser hangs on the verb as an adverbial clause, is what "it" stands for
    for_to = any(c.dep_ == "advcl" and {"for", "to"} <= {a.lower_ for a in c.children} for c in clauses)
    if _made_possible(tok) or _idiom_it_out(tok):
        return True
    return (
        tok.dep_ in {"nsubj", "nsubjpass"}
        and (any(c.dep_ in {"ccomp", "xcomp", "csubj"} for c in clauses) or for_to)
        and (
            head.lemma_ in {"be", "seem", "appear", "take"}
            # a participle without "have" ("it [was] decided"); "It has offered to pay" is a doer
            or (head.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children))
            or any(c.dep_ == "auxpass" for c in head.children)
        )
    )


def _idiom_it_out(tok: Token) -> bool:
    """ "it" between a contest verb and "out" ("will battle [it] out", "fought [it] out"),
    which names no thing (``IT_OUT_IDIOM_VERBS``)."""
    head = tok.head
    if tok.dep_ != "dobj" or head.lemma_.lower() not in IT_OUT_IDIOM_VERBS or tok.i + 1 >= len(tok.doc):
        return False
    after = tok.nbor(1)
    return after.lower_ == "out" and after.head == head


def _made_possible(tok: Token) -> bool:
    """ "it" before an adjective and an infinitive after "make"/"find"/"consider": "is making
    [it] possible to construct ...", "makes [it] harder for councils to close ...": what is
    made possible is the infinitive, not anything "it" could stand for."""
    head = tok.head
    adjective: Token | None
    if tok.dep_ == "nsubj" and head.pos_ == "ADJ":  # parsed as a small clause: "it possible"
        verb, adjective = head.head, head
    elif tok.dep_ == "dobj":
        verb = head
        adjective = next((c for c in head.children if c.dep_ in {"oprd", "ccomp", "acomp"} and c.pos_ == "ADJ"), None)
    else:
        return False
    if adjective is None or verb.lemma_ not in EXPLETIVE_OBJECT_VERBS or adjective.i < tok.i:
        return False
    return any(t.tag_ == "TO" and t.head.pos_ in {"VERB", "AUX"} and t.i > adjective.i for t in verb.subtree)


def _comma_between(seq: list[int | str], n: int) -> bool:
    """A comma survives only with both of its original neighbours kept around it."""
    i = seq[n]
    return 0 < n < len(seq) - 1 and isinstance(i, int) and seq[n - 1] == i - 1 and seq[n + 1] == i + 1


def _closes_in_situ(doc: Doc, seq: list[int | str], n: int, plan: Plan, words: list[tuple[int | None, str]]) -> bool:
    """The comma after an in-situ wh-phrase that closes the phrase a kept comma opened: "The
    report, written by whom, says ...?" (the wh-phrase stands for the answer before the comma)."""
    i = seq[n]
    if not (0 < n < len(seq) - 1 and isinstance(i, int) and n - 1 == plan.wh_at and seq[n + 1] == i + 1):
        return False
    if i - 1 not in plan.avoid:
        return False
    return any(j is not None and doc[j].text == "," and doc[j].head == doc[i].head for j, _ in words)


def relative_antecedent(noun: Token) -> str | None:
    """ "The museum, which opened ..." -> "the museum" for the relative pronoun; None for a
    pronoun ("discovered some that have lain hidden": not "the some")."""
    if noun.pos_ == "PRON" or noun.lower_ in VAGUE_QUANTIFIERS:
        return None
    counted = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    named = any(c.pos_ == "PROPN" for c in noun.children)  # "the G20 group of nations" is the G20 group
    if noun.lower_ in QUANTITY_NOUNS and counted is not None and not named:
        # "dozens of old houses, many of which ...": the houses, not the dozens
        inner = next((c for c in counted.children if c.dep_ == "pobj"), None)
        if inner is not None:
            return relative_antecedent(inner)
    # the noun itself stays whatever its own relation ("a veteran that managed ..." is an appositive)
    # (not an adverb the parser hung on the noun before all its words: "[Increasingly]
    # organisations that ...", "[even] the presidential limousine"; "five [formerly] owned" stays)
    words = [
        t
        for t in noun.subtree
        if t.i <= noun.i
        and (t == noun or t.dep_ not in NP_DROP_DEPS)
        and not t.is_punct
        and not (t.tag_ == "RB" and t.head == noun and t == noun.left_edge)
    ]
    if any(t.pos_ == "PRON" for t in words):
        words = [noun]
    if _quantified(noun, words):
        # "[No-one] who plays ... it", "[just about every area] ... it": a quantified phrase refers
        # to no one thing ("the no one", "the just about every area")
        return None
    if words and words[0].dep_ == "det":
        words = words[1:]
    elif not words or words[0].pos_ == "PROPN":
        return " ".join(t.text for t in words)
    # "Net profit ..." opening its sentence is "the net profit" inside a question
    texts = [t.text for t in words]
    if words and words[0].is_sent_start and not _keep_case(words[0]):
        texts[0] = words[0].lower_
    if words and words[0].lower_ == "such":
        return " ".join(texts)  # "such individuals": no "the" before "such"
    return " ".join(["the", *texts])


def _quantified(noun: Token, words: list[Token]) -> bool:
    """The noun phrase (``words``, up to its noun) is quantified, not referring: a quantifying
    word in it when no definite determiner or possessive opens it ("just about every area"), or
    one glued to the noun by a hyphen the tokenizer split ("No-one")."""
    doc = noun.doc
    glued = noun.i >= 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 2].whitespace_
    if glued and doc[noun.i - 2].lower_ in QUANTIFYING_WORDS:
        return True
    definite = bool(words) and words[0].dep_ in {"det", "poss"} and words[0].lower_ not in QUANTIFYING_WORDS
    return bool(words) and not definite and any(t.lower_ in QUANTIFYING_WORDS for t in words)


def _keep_case(tok: Token) -> bool:
    if tok.ent_type_ in NUMERIC_ENTS and tok.is_alpha and tok.pos_ != "PROPN":
        # "One of Japan's best-known businessmen", "Quarterly profits" (tagged DATE) inside a
        # question are "one of ...", "quarterly profits"
        return False
    if tok.pos_ == "PROPN" or bool(tok.ent_type_) or tok.text == "I" or inner_capital(tok.text):
        return True
    return tok.text in _capitalised_inside(tok.doc)  # "[Philo] surmised": the passage's "Philo of Byzantium"


def _in_name(tok: Token) -> bool:
    """A capitalised neighbour, also across "of"/"for"/"and", makes the word part of a longer
    name ("ABC Sports", "National Union of Journalists")."""
    doc = tok.doc

    def title_at(j: int) -> bool:
        return 0 <= j < len(doc) and doc[j].is_title

    def joiner_at(j: int) -> bool:
        return 0 <= j < len(doc) and doc[j].lower_ in NAME_JOINERS

    return (
        title_at(tok.i - 1)
        or title_at(tok.i + 1)
        or (joiner_at(tok.i - 1) and title_at(tok.i - 2))
        or (joiner_at(tok.i + 1) and title_at(tok.i + 2))
    )


def _capitalised_inside(doc: Doc) -> set[str]:
    """Capitalised words the passage uses inside a sentence on their own, where only a name
    is capitalised, and never in lower case (computed once per doc): a sentence's first word
    among them keeps its capital ("Philo surmised", after "Philo of Byzantium")."""
    names = doc.user_data.get(CAPITALISED_KEY)
    if names is None:
        names = {
            t.text
            for t in doc
            if t.is_alpha and t.is_title and t.pos_ in NAME_POS and not _opens_sentence(t) and not _in_name(t)
        }
        names -= {t.text.title() for t in doc if t.is_lower}  # "sports", "western" also occur lower-case
        doc.user_data[CAPITALISED_KEY] = names
    return names


def resolve_pronoun(doc: Doc, tok: Token, avoid: range = range(0), shown: set[int] | None = None) -> str | None:
    """he/she -> the latest PERSON mentioned before; it/they -> the subject of an earlier
    sentence (singular/plural to match), or the latest organisation/place. Tokens in ``avoid``
    (the answer) are never an antecedent: the question would give the answer away. A
    possessive stays as it is when its clause's subject is in the question (``shown``)."""
    low = tok.lower_
    possessive = _possessive(tok)
    name = None
    if not possessive and _reported_by_answer(tok, avoid):
        return low  # "[Mike Carey] stated he disagreed" -> "Who stated he disagreed ...?"
    if possessive and low in {"his", "her"} and _owned_by_answer(tok, avoid):
        return tok.text  # "Sir [Richard]'s show ... his empire" -> "Whose show ... his empire?"
    if not possessive and shown is not None and _said_by_shown(tok, avoid, shown):
        return tok.text  # "When did the government say it had identified ...?", not "... say the government had"
    binder, nobody = _binder(tok)
    if nobody:
        return None  # the same pronoun as its clause's subject, so someone else, never named
    if binder is not None:
        bound = _bound_reading(tok, binder, avoid, shown)
        if bound is not None and low in THIRD_PERSON_SINGULAR and _speaker_of_quote(tok, bound):
            return None  # 'Dan Orr said: "I think [he] will be banned"': not Dan Orr
        if bound is not None:
            return bound
    later = _cataphor(tok, avoid)
    if later is not None and possessive and shown is not None and later.i in shown:
        return tok.text  # "Writing [his] message, the Bishop said ...": the subject is in the question
    ahead = _named_as(later) if later is not None else None
    if ahead is not None:
        return _owner(ahead) if possessive else ahead
    if low in {"he", "she", "him", "her", "his"}:
        kinds = marked_kinds(doc)
        people = [
            e
            for e in doc.ents
            if kinds.get(e.root.text, e.label_ == "PERSON" and not _the_name(e.root))
            and e.end <= tok.i
            and e.start not in avoid
            and not _coordinated(e.root, tok)
            and not (e.root.dep_ in NAME_AS_MODIFIER and e.root.head.pos_ == "NOUN")  # "Lib Dem leaders"
            and not _other_gender(e.root, tok)
            and not _role_become(e.root)
        ]
        carried = _carried_subject(doc, tok, avoid) if low in {"he", "she", "his", "her"} else None
        chained = _chained(doc, tok, people[-1].end if people else 0, avoid) if carried is None else None
        if carried is not None:
            name = carried
        elif chained is not None:
            name = chained
        elif people and _unknown_name_between(doc, tok, people[-1]):
            return None
        elif people:
            last = people[-1].text.split()[-1]
            ent = next(e for e in people if e.text.split()[-1] == last)
            name = _bare_name(ent)
            if ent.label_ == "NORP" and _with_the(ent.root):
                name = f"the {name}"  # "the [Moroccan], who ...": a person by nationality keeps "the"
        else:  # the main clause's name subject before it ("Newton was limited by Denver's
            # defense, which sacked [him]"); the page's person; else (the small model often
            # labels a surname ORG) an earlier singular name subject
            name = (
                _main_subject_before(tok, avoid)
                or title_antecedent(doc, person=True)
                or _previous_subject(doc, tok, False, proper_only=True, avoid=avoid)
                or _person_noun_subject(doc, tok, avoid)
            )
    elif in_quote(tok):
        return None
    else:
        plural = low in {"they", "them", "their"}
        if _object_beside_pronoun(tok):
            return None  # "as it leads [them] to believe": two pronouns, no telling them apart
        # after a person named by a common noun ("the Presiding Officer submits [it] ..."),
        # "it" may still be the passage's topic, but not just the latest name before it
        guess = plural or not _person_nearest(doc, tok, avoid)
        name = (
            _previous_subject(doc, tok, plural, avoid=avoid)
            or _topic(doc, tok, avoid, latest=guess)
            or title_antecedent(doc, person=False, plural=plural)
        )
    if possessive:
        subj = _clause_subject_before(tok)
        by_answer = subj is not None and (subj.i in avoid or (_relative_subject(subj) and subj.head.head.i in avoid))
        if by_answer:
            # bound by the answer, i.e. by the wh-word: "What had the best season?"; but "on
            # their own" needs its possessive ("What percentage dispense drugs on their own?")
            return low if _before_own(tok) else "the"
        if subj is not None and _agrees(subj, low) and (shown is None or subj.i in shown):
            return tok.text  # "the company moved its headquarters": the antecedent is right there
        unclaimed = subj is None or (subj.pos_ != "PRON" and not _agrees(subj, low))  # not "neither", "one"
        if unclaimed and _object_answer_before(tok, avoid):
            # "unlikely to put [the Federal Reserve Bank] off its current policy": bound by the
            # answer, the object before it ("What bank ... put off its current policy?")
            return tok.text
    if name is None or (not possessive and _own_subject(tok, name)):
        return None
    if low in THIRD_PERSON_SINGULAR and _speaker_of_quote(tok, name):
        # 'Rick Hayward said: "We're delighted Glenn is here. [He] has a contract"': a speaker
        # calls himself "I"; "he" in his quote is someone else, whom the passage may not name
        return None
    if _all_of_them(tok) and not plural_noun(name.split()[-1]):
        return None  # "They have all denied any wrongdoing": several, never one firm's name
    if possessive and name.split()[-1].lower() == tok.head.lower_:
        return None  # "[Their] relatives" is not "the relatives' relatives"
    return _owner(name) if possessive else name


def _cataphor(tok: Token, avoid: range) -> Token | None:
    """The subject a pronoun in a clause fronted before it stands for ("Despite struggling since
    [it] was opened in 1992, EuroDisney has ...", "When [he] arrived, Tom Reed ..."), when the two
    agree: a person for he/she, one thing for "it", several for "they". None otherwise, and for
    the answer itself (the wh-word binds it)."""
    root = tok.sent.root
    clause = next((t for t in [tok, *tok.ancestors] if t.head == root), None)
    if clause is None or clause == root or clause.dep_ not in {"advcl", "prep"}:
        return None
    if not any(t.pos_ in {"VERB", "AUX"} for t in clause.subtree):
        return None  # "In [its] report, the firm ...": a phrase, where "its" may be anyone's
    subj = find_subject(root)
    if subj is None or subj.i < max(t.i for t in clause.subtree) or subj.i in avoid:
        return None
    if subj.pos_ not in {"NOUN", "PROPN"} or any(c.dep_ == "conj" for c in subj.children):
        return None
    low = tok.lower_
    person = subj.ent_type_ == "PERSON" or subj.lemma_.lower() in PERSON_NOUNS
    if low in THIRD_PERSON_SINGULAR:
        agrees = person and subj.tag_ in {"NN", "NNP"} and not _other_gender(subj, tok)
    elif low in {"it", "its"}:
        agrees = not person and subj.tag_ in {"NN", "NNP"}
    else:
        agrees = subj.tag_ in {"NNS", "NNPS"}
    return subj if agrees else None


def _named_as(noun: Token) -> str | None:
    """How the question names an antecedent: a common noun as "the ..." (``relative_antecedent``),
    a name as it stands."""
    return relative_antecedent(noun) if noun.pos_ == "NOUN" else _np_text(noun)


def _role_become(name: Token) -> bool:
    """A name that is what someone becomes ("should become [Princess Consort]") or, with a
    title, plays ("played [Mrs Potts]", "was as [Mrs Pearce]"): a role, not one more person a
    pronoun can stand for."""
    titled = any(c.lower_ in COURTESY_TITLES for c in name.lefts)  # ("played Federer" is an opponent)
    as_role = name.dep_ == "pobj" and name.head.lower_ == "as"  # "appeared as [Mrs Pearce]"
    if titled and ((name.dep_ == "dobj" and name.head.lemma_ in ROLE_VERBS) or as_role):
        return True  # "played [Mrs Potts] in the London stage version": a part, not a person
    return name.dep_ in {"attr", "oprd"} and name.head.lemma_ == "become"


def _speaker_of_quote(tok: Token, name: str) -> bool:
    """``name`` is the speaker of the quotation ``tok`` is in, which may have opened sentences
    before: the subject of a verb of saying before its opening mark in that sentence
    ('Hayward said: "..."') or right after its closing mark ('"...," said Hoddle', '"...," he
    said'; a pronoun speaker stands for its own antecedent)."""
    doc = tok.doc
    marks = [t.i for t in doc[: tok.i] if t.text in QUOTE_MARKS]
    if len(marks) % 2 == 0:
        return False
    opening = doc[marks[-1]]
    if not _opens(opening):
        return False  # the marks do not pair up (a quotation inside a quotation): no telling
    closing = next((t for t in doc[tok.i + 1 :] if t.text in QUOTE_MARKS), None)
    verbs = [t for t in doc[opening.sent.start : opening.i] if t.lemma_ in SAY_VERBS]
    if closing is not None:
        verbs += [t for t in doc[closing.i + 1 : closing.i + 1 + SPEAKER_WINDOW] if t.lemma_ in SAY_VERBS][:1]
    last = name.split()[-1]
    for verb in verbs:
        subj = find_subject(verb)
        if subj is None or subj == tok or (subj.pos_ == "PRON" and _gender(subj.lower_) != _gender(tok.lower_)):
            continue  # ('"He's been great," [she] said': whoever she is, not him)
        key = (id(doc), subj.i)
        if key in _SPEAKERS_BEING_RESOLVED:
            continue  # a pronoun chain that leads back to this speaker: no telling
        _SPEAKERS_BEING_RESOLVED.add(key)
        try:
            said = resolve_pronoun(doc, subj) if subj.pos_ == "PRON" else subj.text
        finally:
            _SPEAKERS_BEING_RESOLVED.discard(key)
        if said is not None and said.split()[-1] == last:
            return True
    return False


# The pronoun speakers whose antecedent is being found (by document and token): resolving a
# speaker may pass through a pronoun chain (_chained) to another quotation whose speaker is
# this one again ('"..." he said. ... "He is there ..."'), which must not loop.
_SPEAKERS_BEING_RESOLVED: set[tuple[int, int]] = set()


def _gender(word: str) -> str | None:
    """"m" or "f" for a gendered pronoun (lower case), else None (a name, "they")."""
    return "m" if word in MASCULINE_PRONOUNS else "f" if word in FEMININE_PRONOUNS else None


def _opens(mark: Token) -> bool:
    """A quotation mark that opens by its form: a left curly quote, or a straight one glued to
    the word after it and not to the word before ('said: "We', not 'word" changes')."""
    if mark.text != '"':
        return mark.text == "\u201c"  # a curly mark says which it is
    glued_before = mark.i > 0 and not mark.doc[mark.i - 1].whitespace_ and not mark.doc[mark.i - 1].is_punct
    return not mark.whitespace_ and not glued_before


def _all_of_them(tok: Token) -> bool:
    """A plural pronoun with a floating "all" or "both" ("They have [all] denied ...", "they
    [both] said"): it means several named things, which no single name stands for."""
    if tok.lower_ not in {"they", "them"}:
        return False
    near = [*tok.children, *(c for c in tok.head.children if c.i > tok.i)]
    return any(c.lower_ in FLOATING_QUANTIFIERS and c.dep_ != "dobj" for c in near)


def _the_name(name: Token) -> bool:
    """A name with "the" that is no nationality: a gallery, a paper or a band ("the [Tate]",
    "the [Guardian]"), no one "he" or "she" can be ("the [Moroccan]" can)."""
    return name.ent_type_ != "NORP" and _with_the(name)


def _with_the(name: Token) -> bool:
    """The parser gave the name "the" ("the Tate", "the Moroccan")."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in name.children)


def _coordinated(name: Token, tok: Token) -> bool:
    """One of two or more names joined by "and"/"or" ("[Brian] and Seamus are ..."): they
    are "they", so neither is what a later "he" or "she" (outside the pair) means. A name
    joined to a common noun is no pair ("Mr Walsh and his team", "Singer and actor Harry
    Connick Jr")."""
    partners = [c for c in name.children if c.dep_ == "conj"] + ([name.head] if name.dep_ == "conj" else [])
    names = [p for p in partners if p.pos_ == "PROPN"]
    return bool(names) and not any(tok in p.subtree for p in [name, *names])


def _binder(tok: Token) -> tuple[Token | None, bool]:
    """The subject of a clause around the pronoun that it most likely refers to: for a
    possessive, its own clause's ("the company moved [its] offices"); for a subject or object
    pronoun, the next clause up, since a pronoun never means its own clause's subject ("Russia
    had indicated [it] would not abide ...", "the court could not force [it] to pay"). A
    relative pronoun subject stands for the noun it hangs on. None when no subject before the
    pronoun agrees with it, or it is not in the same sentence. The flag is True when the
    pronoun can name nobody: an object whose own clause's subject is the same pronoun ("it
    signed a deal to supply [it]")."""
    possessive = _possessive(tok)
    form = _POSSESSIVE_FORM.get(tok.lower_)
    if form is None:
        return None, False
    own: Token | None = None  # the pronoun's own clause's subject: "itself", not "it"
    passed = 0  # subjects before the pronoun tried as its binder
    node = tok
    while node.head != node:
        node = node.head
        if node.pos_ not in {"VERB", "AUX"}:
            continue
        subj = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None and node.dep_ == "conj":
            subj = find_subject(node)
        if subj is None and node.dep_ == "xcomp":  # object control: "prompted [the IEA] to revise its ..."
            subj = next((c for c in node.head.children if c.dep_ == "dobj" and c.i < node.i), None)
        if subj is None or subj == own:
            continue
        if subj.tag_ in {"WDT", "WP"} and node.dep_ == "relcl":
            subj = node.head
        subj = _whole_of_share(subj)
        if form == "their":
            subj = _named_pair(subj)
        if own is None and not possessive:
            own = subj
            if tok.dep_ in OBJECT_DEPS and subj.pos_ == "PRON" and _POSSESSIVE_FORM.get(subj.lower_) == form:
                # "it signed a deal to supply [it]": not the subject, nor anyone known
                return (None, True) if _own_clause(subj, tok) else (subj, False)
            continue
        if subj.i > tok.i or tok in subj.subtree:
            continue
        passed += 1
        if form == "their" and _share_of_people(subj, node):
            return subj, False  # "[33%] said they could not live without ...": the share's people
        # "its" says a one-word name tagged PERSON is no person ("[Yukos] claims its downfall
        # ..."), where that name is the nearest binder and the pronoun is not quoted
        doubtful = form == "its" and passed == 1 and not in_quote(tok) and doubtful_person(subj)
        if _binds(subj, form) or doubtful:
            # an object that holds the pronoun cannot be what it means: "give [25 percent] of
            # all money it raises" (it is the giver)
            objects = [
                c for c in node.children if c.dep_ in {"dobj", "dative"} and c.i < tok.i and tok not in c.subtree
            ]
            # (an object binds as a subject would: "telling [activists] that he wanted ..." is
            # the teller's "he", never the activists')
            if any(_binds(o, form) or _POSSESSIVE_FORM.get(o.lower_) == form for o in objects):
                return None, False  # "asked him whether he stood by ...": the asker or the asked
            return subj, False
    return None, False


def _named_pair(subj: Token) -> Token:
    """The names a title heads, joined by "and", where the parser made the title the subject
    and the names its apposition ("Two-time champion [Allyn Condon and Ian Mackie] had no such
    luck as they were ..."): the names are whom "they" means, not the singular title."""
    if subj.pos_ != "NOUN":
        return subj
    names = (c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == subj.i + 1)
    name = next(names, None)
    return name if name is not None and _joined(name) else subj


def _share_of_people(subj: Token, verb: Token) -> bool:
    """A number, percentage or vague share as the subject of a report ("[33%] said", "[half]
    of those questioned said"): it stands for people, whom "they" in what they said means."""
    share = _a_share(subj) or subj.lower_ in VAGUE_QUANTIFIERS
    return share and subj.dep_ == "nsubj" and verb.lemma_ in SAY_VERBS


def _a_share(tok: Token) -> bool:
    """A number, a fraction, a percentage or a quantity noun ("48", "two thirds", "48%", "a
    small number"): a share of some whole, not a thing a pronoun can be resolved to by name.
    (A "group" is a body that can be one.)"""
    if tok.pos_ == "PROPN" or tok.ent_type_ not in {"", "CARDINAL", "PERCENT", "QUANTITY"}:
        return False  # a number in a name: "Ocean's [Twelve]"
    quantity = tok.lower_ in QUANTITY_NOUNS and tok.lemma_.lower() != "group"
    return tok.like_num or tok.lower_ in FRACTIONS or tok.lower_ in PERCENT_WORDS or quantity


def _whole_of_share(subj: Token) -> Token:
    """The noun a vague share of it stands for: "[Several] of Ireland's biggest companies saw
    their market value ..." binds "their" to the companies; other subjects as they are."""
    if subj.lower_ not in VAGUE_QUANTIFIERS:
        return subj
    of = next((c for c in subj.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return whole if whole is not None and whole.pos_ in {"NOUN", "PROPN"} else subj


def _own_clause(subj: Token, tok: Token) -> bool:
    """Is ``subj`` the subject of the clause ``tok`` stands in, through non-finite verbs
    ("it signed a deal to supply [it]")?"""
    verb = subj.head
    node = tok.head
    while node != verb and node.head != node and node.tag_ not in FINITE_TAGS:
        node = node.head
    return node == verb


def _binds(subj: Token, form: str) -> bool:
    """``_agrees``, stricter about people: a binder of he/she is a PERSON or a person noun,
    not any capitalised word ("Folklore says a river was diverted over his grave")."""
    if subj.pos_ not in {"NOUN", "PROPN", "PRON"} or subj.like_num or subj.lower_ in VAGUE_QUANTIFIERS:
        return False
    if form in {"his", "her"} and subj.pos_ != "PRON":
        one = subj.tag_ in {"NN", "NNP"}  # "critics" are no "he"
        # a name the passage shows is a person's ("Mr [Howard]", "[Baros], who ..."), whatever its tag
        shown = subj.pos_ == "PROPN" and (marked_kinds(subj.doc).get(subj.text) or subj.text in surnames(subj.doc))
        person = subj.ent_type_ == "PERSON" or subj.lemma_.lower() in PERSON_NOUNS or bool(shown)
        return one and person and not _other_gender(subj, form)
    if form == "its" and (subj.ent_type_ == "ORG" or (subj.pos_ == "PROPN" and subj.ent_type_ in {"GPE", ""})):
        return True  # a firm's plural-looking name is "it": "Corra Ferries had indicated it would ..."
    if form == "their" and subj.pos_ == "PROPN" and subj.ent_type_ == "GPE":
        return True  # a country's team is "they" in news: "Scotland secured [their] first win"
    if form == "their" and subj.pos_ == "PROPN" and subj.text in surnames(subj.doc) and not _joined(subj):
        return False  # "Mr [German] said: '... council leaders that they are ...'": one person, whatever the tag
    return _agrees(subj, form)


def _bound_reading(tok: Token, binder: Token, avoid: range, shown: set[int] | None) -> str | None:
    """How a pronoun with a binder reads in the question: as it is when the binder is there
    (in the question, or asked for: "What country had indicated it would ...?"); else the
    binder's words. None when the binder is a pronoun itself and not shown."""
    possessive = _possessive(tok)
    if binder.i in avoid:
        return "the" if possessive and not _before_own(tok) else tok.lower_
    if shown is not None and binder.i in shown:
        return tok.text
    if binder.pos_ == "PRON":
        if not (binder.dep_ == "nsubj" and binder.head.lemma_ in SAY_VERBS):
            return None
        # "[It] said the launch of [its] range ...": the speaker's own antecedent
        name = resolve_pronoun(binder.doc, binder, avoid, shown)
        return _owner(name) if name is not None and possessive else name
    name = _joined_text(binder) if _joined(binder) else _named_as(binder)
    return _owner(name) if name is not None and possessive else name


def _joined_text(noun: Token) -> str | None:
    """A coordination as an antecedent ("Veterans Simon and Garfunkel"), without its asides;
    None when it holds a pronoun ("Ada and her crew")."""
    words = [t for t in noun.subtree if not under_dep(t, noun, NP_DROP_DEPS | {"prep"}) and not t.is_punct]
    if any(t.pos_ == "PRON" for t in words):
        return None
    return " ".join(t.lower_ if t.is_sent_start and _lowered_opener(t) else t.text for t in words)


def _possessive(tok: Token) -> bool:
    return tok.tag_ == "PRP$" or tok.lower_ in {"his", "its", "their"}


def _owner(name: str) -> str:
    """A name as an owner: "the firm's", "the unions'"."""
    return name + ("'" if name.endswith("s") and plural_noun(name) else "'s")


def _unowned(owner: str | None) -> str | None:
    """The name an owner (``_owner``) was made from; None for a possessive left as it is."""
    if owner is None or not owner.endswith(("'s", "'")):
        return None  # "his", "the": the possessive stayed a pronoun
    return owner[:-2] if owner.endswith("'s") else owner[:-1]


def _own_subject(tok: Token, name: str) -> bool:
    """An object pronoun never means the subject of its own clause (that would be "itself"):
    in "SAIC plans to shift production to China and export [it]", "it" is not SAIC."""
    if tok.dep_ not in {"dobj", "pobj", "dative", "iobj"}:
        return False
    verb = tok.head if tok.dep_ != "pobj" else tok.head.head
    subj = find_subject(verb)
    while subj is None and verb.dep_ in {"conj", "xcomp"} and verb.head != verb:
        if verb.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in verb.head.children):
            return False  # "asked the board to support her": the board supports, not Ada Vell
        verb = verb.head  # "plans to shift ... and export it": the subject of "plans"
        subj = find_subject(verb)
    return subj is not None and _np_text(subj) == name


def _main_subject_before(tok: Token, avoid: range) -> str | None:
    """The single proper-name subject of the sentence's main clause, before an object
    pronoun inside a clause that hangs on it ("[Newton] was limited by the defense, which
    sacked him"): the one person the sentence is about. Never the pronoun's own clause's
    subject (that would be "himself"), nor the answer."""
    if tok.dep_ not in {"dobj", "pobj", "dative", "poss"} or tok.lower_ not in {"him", "her", "his"}:
        return None
    root = tok.sent.root
    subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.pos_ != "PROPN" or subj.i >= tok.i or subj.i in avoid or subj.ent_type_ in {"ORG", "FAC"}:
        return None
    if tok.head == root or (tok.dep_ == "pobj" and tok.head.head == root):
        return None  # in the main clause itself the subject is "himself": not this pronoun
    if any(c.dep_ == "conj" for c in subj.children) or subj.tag_ == "NNPS":
        return None
    return " ".join(t.text for t in subj.subtree if t.dep_ == "compound" or t == subj)


def _carried_subject(doc: Doc, tok: Token, avoid: range) -> str | None:
    """A sentence-initial "he"/"she" continues the previous sentence's subject when that is a
    person's name ("Tesla was able to ... his teachers believed he was cheating. He finished
    ..."), even if another person was named since: the subject is what the text is about."""
    sent = tok.sent
    # the subject, or the owner of the subject ("[His] gesture came after ...")
    holder = tok.head if tok.dep_ == "poss" and tok.lower_ in {"his", "her"} else tok
    if holder.dep_ not in {"nsubj", "nsubjpass"} or holder.head != sent.root or sent.start == 0:
        return None
    if any(t.dep_ in {"nsubj", "nsubjpass"} and not _in_fronted_report(t, holder) for t in doc[sent.start : holder.i]):
        return None
    prev = doc[sent.start - 1].sent
    subj = _previous_main_subject(doc, sent)
    agent = _person_agent(subj) if subj is not None else None
    if agent is not None:
        subj = agent  # "Capra's movie is being turned into a musical by [Jon Thoday]. He is ...": the doer
    owner = _subject_owner(subj) if subj is not None else None
    if subj is not None and subj.pos_ == "NOUN" and owner is not None and owner.ent_type_ == "PERSON":
        subj = owner  # "Doug Smith's departure was announced ... His resignation": the owner
    if owner is not None and _owner_carries(owner, tok, prev):
        # "One of [his] fellow pupils was Vladimir Putin. ... he was posted to ...": the one
        # the subject belongs to, whom the sentence is about, not the name it gives
        return _unowned(resolve_pronoun(doc, owner, avoid))
    if subj is not None and subj.lower_ == tok.lower_:  # "She hired Mara Lind. She finished ...": one chain
        return _carried_subject(doc, subj, avoid)
    if subj is not None and subj.i not in avoid and _one_person_noun(subj, tok):
        # "The Tory leader argued ... let down by Tony Blair. In the foreword, he promises ...":
        # the subject, not the name said since
        return relative_antecedent(subj)
    if subj is None or subj.pos_ != "PROPN" or subj.i in avoid or _coordinated(subj, tok) or _other_gender(subj, tok):
        return None  # (nor one of a pair: "Brian Orr and Seamus Lisk are ... He said")
    people = (_bare_name(e) for e in doc.ents if e.label_ == "PERSON")
    named = next((name for name in people if name.split()[-1] == subj.text), None)
    person = marked_kinds(doc).get(subj.text)
    if named is not None and person is not False:
        return named
    if person:  # "Usher, who performed ..., beat ... He had": a person
        return _np_text(subj)
    title = title_antecedent(doc, person=True)  # rebuilds doc.text: only when no entity names the subject
    if title is not None and title.split()[-1] == subj.text:
        return title
    return None  # not known to be a person ("Microsoft said ... He added")


def _person_agent(subj: Token) -> Token | None:
    """The person named as the doer of a passive clause whose subject is a thing ("Capra's
    1946 movie is being turned into a musical by producer [Jon Thoday]"): the one a following
    "he" goes on about, not the owner of the thing. None for a person subject ("Tom Reed was
    beaten by Dan Orr. He ...": either)."""
    if subj.dep_ != "nsubjpass" or subj.ent_type_ == "PERSON" or subj.pos_ not in {"NOUN", "PROPN"}:
        return None
    if subj.lemma_.lower() in PERSON_NOUNS:
        return None
    if _subject_owner(subj) is not None and subj.lemma_.lower() not in WORK_NOUNS:
        return None  # "Doug Smith's departure was announced by Alan Johnson. His ...": the owner's
    verb = subj.head
    # the small model often hangs "by" on the noun before it ("into a musical [by] producer
    # ..."): any "by" after the passive verb, outside its subject, names the doer
    bys = (t for t in verb.subtree if t.i > verb.i and t.lower_ == "by" and t.dep_ in {"agent", "prep"})
    doer = next((o for c in bys for o in c.children if o.dep_ == "pobj"), None)
    if doer is None or doer.ent_type_ != "PERSON" or doer.pos_ != "PROPN":
        return None
    return doer


def _unknown_name_between(doc: Doc, tok: Token, person: Span) -> bool:
    """A sentence-initial he/she whose previous sentence has as its subject a one-word name the
    tagger did not call a person, after the latest person named: the name may well be the one
    meant ("... runner-up, Kim Clijsters, will be absent. [Capriati] is a two-time champion.
    She is believed to ..."), so the latest person is only a guess."""
    sent = tok.sent
    if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.head != sent.root or sent.start == 0 or person.end > sent.start:
        return False
    subj = _previous_main_subject(doc, sent)
    if subj is None or subj.pos_ != "PROPN" or subj.i < person.end or subj.ent_type_ == "PERSON":
        return False
    one_word = not any(c.dep_ in {"compound", "det", "amod"} for c in subj.children)
    return one_word and marked_kinds(doc).get(subj.text) is None and not _coordinated(subj, tok)


def _previous_main_subject(doc: Doc, sent: Span) -> Token | None:
    """The subject of the main clause of the sentence before ``sent`` (which is not the first)."""
    prev = doc[sent.start - 1].sent
    return next((c for c in prev.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _in_fronted_report(subj: Token, holder: Token) -> bool:
    """``subj`` belongs to what was said, fronted before the one who said it ("Labour's
    [rule] has failed, he told the conference"): not a subject between ``holder`` and the
    sentence before."""
    verb = holder.head
    said = (c for c in verb.children if c.dep_ == "ccomp" and c.i < holder.i)
    return verb.lemma_ in SAY_VERBS and any(subj in c.subtree for c in said)


def _owner_carries(owner: Token, tok: Token, prev: Span) -> bool:
    """The previous sentence's subject belongs to a pronoun of the same gender as ``tok``, and
    no person named after it is the subject of a clause there (who may be the one meant:
    "[His] comments came as George W Bush said ... But he said ...")."""
    gender = _gender(tok.lower_)
    same = owner.pos_ == "PRON" and gender is not None and _gender(owner.lower_) == gender
    later = (t for t in prev if t.i > owner.i and t.ent_type_ == "PERSON")
    return same and not any(t.dep_ in SUBJECT_DEPS for t in later)


def _subject_owner(subj: Token) -> Token | None:
    """Whose the subject is: its possessive, or that of the noun a share of it counts ("One of
    [his] fellow pupils", "Some of her rivals")."""
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    if owner is None and (subj.like_num or subj.lower_ in VAGUE_QUANTIFIERS):
        whole = (o for c in subj.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj")
        owner = next((c for o in whole for c in o.children if c.dep_ == "poss"), None)
    return owner


def _other_gender(name: Token, pronoun: Token | str) -> bool:
    """A title or given name of one sex decides ("Janie Hendrix" is no "he"); else the passage
    gives the name the other gender's pronoun and never this one's: "Moore said he is confident
    ..." makes Moore no "she" (``name_genders``)."""
    low = pronoun if isinstance(pronoun, str) else pronoun.lower_
    own = _gender(low)
    seen = name_genders(name.doc).get(name.text, set())
    if own is None:
        return False
    given = _given_gender(name)  # (first: "Tom Reed said she was ill" is about someone else)
    if given is not None:
        return given != own
    return bool(seen) and own not in seen


def _given_gender(name: Token) -> str | None:
    """"m" or "f" by the title or given name before a surname ("[Mrs] Parker Bowles", "[Janie]
    Hendrix"), or by a name that is a given name alone ("Charles"), where it names one sex
    (GENDERED_TITLES, MALE_GIVEN_NAMES, FEMALE_GIVEN_NAMES); else None."""
    before = [c for c in name.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    title = next((GENDERED_TITLES[c.lower_] for c in before if c.lower_ in GENDERED_TITLES), None)
    if title is not None:
        return title
    # the first given name among the words before ("Agent [Simon] Beresford": not "Agent")
    given = [c.lower_ for c in before if c.lower_ in MALE_GIVEN_NAMES or c.lower_ in FEMALE_GIVEN_NAMES]
    low = given[0] if given else before[0].lower_ if before else name.lower_
    return "m" if low in MALE_GIVEN_NAMES else "f" if low in FEMALE_GIVEN_NAMES else None


def name_genders(doc: Doc) -> dict[str, set[str]]:
    """The genders the passage gives a name, keyed by its last word: a name that says of
    itself "he"/"she" in the clause it reports ("Moore said [he] is confident") or owns "his"/
    "her" in its own clause ("Ada Vell lost [her] sight"). Computed once per doc."""
    genders: dict[str, set[str]] | None = doc.user_data.get(NAME_GENDERS_KEY)
    if genders is None:
        genders = {}
        for tok in doc:
            gender = _gender(tok.lower_)
            if gender is None or tok.pos_ != "PRON" or in_quote(tok):
                continue
            verb = tok.head
            if tok.dep_ in {"nsubj", "nsubjpass"} and verb.dep_ == "ccomp" and verb.head.lemma_ in SAY_VERBS:
                speaker = find_subject(verb.head)
            elif tok.dep_ == "poss" and tok.lower_ in {"his", "her"}:
                speaker = _clause_subject_before(tok)
            else:
                continue
            if speaker is not None and speaker.pos_ == "PROPN" and speaker.ent_type_ == "PERSON":
                genders.setdefault(speaker.text, set()).add(gender)
        doc.user_data[NAME_GENDERS_KEY] = genders
    return genders


def _bare_name(ent: Span) -> str:
    """A name without the possessive the tagger may take into it ("Doug Smith's")."""
    return _without_possessive(ent.text)


def _without_possessive(name: str) -> str:
    """"Doug Smith's" -> "Doug Smith", "the unions'" -> "the unions"."""
    return re.sub(r"\s*['\u2019]s?$", "", name)


def _chained(doc: Doc, tok: Token, after: int, avoid: range) -> str | None:
    """he/she after a pronoun of the same gender that is nearer than any name (from token
    ``after`` on): both are one person, the earlier pronoun's antecedent ("Doug Smith's
    departure was announced by Alan Johnson. His resignation was ... Officials now say [he]
    did not resign": Doug Smith, not Alan Johnson)."""
    forms = MASCULINE_PRONOUNS if tok.lower_ in MASCULINE_PRONOUNS else FEMININE_PRONOUNS
    earlier = next(
        (p for p in reversed(doc[after : tok.i]) if p.lower_ in forms and p.pos_ == "PRON" and not in_quote(p)), None
    )
    if earlier is None or earlier.i in avoid:
        return None
    name = resolve_pronoun(doc, earlier, avoid)
    if name is None or name.lower() in forms:
        return None
    return _without_possessive(name) if _possessive(earlier) else name


def _owned_by_answer(tok: Token, avoid: range) -> bool:
    """The answer is a person who is the subject of the pronoun's sentence, or its subject's
    owner, before the pronoun ("Sir [Richard]'s show sees ... the president of his business
    empire"), or the owner of a noun the pronoun is inside: the pronoun is bound by the
    wh-word and stays ("Whose show ... his ...?")."""
    root = tok.sent.root
    subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    # the owner of a noun the pronoun is inside ("will be [Roberts'] first project since the
    # birth of her twins" -> "... whose first project since the birth of her twins?")
    owners = (c for a in tok.ancestors if a.pos_ in {"NOUN", "PROPN"} for c in a.children if c.dep_ == "poss")
    if any(c.i in avoid and c.ent_type_ == "PERSON" and c.i < tok.i for c in owners):
        return True
    if subj is None or subj.i >= tok.i or tok in subj.subtree:
        return False
    if root.lemma_ == "be" and any(a.dep_ == "attr" and a.head == root for a in tok.ancestors):
        return False  # "[Sanders] was his top receiver": what the subject is, someone else's
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    return any(t is not None and t.i in avoid and t.ent_type_ == "PERSON" for t in (subj, owner))


def _one_person_noun(subj: Token, tok: Token) -> bool:
    """A singular common noun for a person with a description of its own, of the pronoun's
    gender if it has one ("the Tory leader", not "the actress" for "he"), and no name in it."""
    if not _one_person_of_gender(subj, tok):
        return False
    named = any(t.ent_type_ == "PERSON" and not (t.dep_ == "compound" and t.i < subj.i) for t in subj.subtree)
    if _joined(subj) or named:
        # "Singer and actor Harry Connick Jr", "The chairman, Dan Orr,": the name is there; a
        # name before the noun describes it ("The former [Porto] coach", tagged a person's)
        return False
    # a description of its own ("The Tory leader"); "The singer" alone points back at a name
    return any(c.dep_ in {"amod", "compound"} for c in subj.children)


def _one_person_of_gender(noun: Token, tok: Token) -> bool:
    """A singular common noun for one person, not of the other gender than the pronoun
    ``tok`` ("the spokesman", "the merchant"; "the actress" is no "he")."""
    other = FEMALE_NOUNS if tok.lower_ in {"he", "him", "his"} else MALE_NOUNS
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and noun.lemma_.lower() in PERSON_NOUNS - other


def _reported_by_answer(tok: Token, avoid: range) -> bool:
    """A he/she (it) in what a person (an organisation) said, where the speaker is the answer:
    the pronoun is bound by the wh-word and stays ("Who stated he disagreed with the call?")."""
    person = tok.lower_ in {"he", "she", "him", "her"}
    if not person and tok.lower_ != "it":
        return False
    for verb in tok.ancestors:
        if verb.pos_ in {"VERB", "AUX"} and verb.lemma_ in SAY_VERBS and find_subject(verb) != tok:
            subj = find_subject(verb)
            answer = [t for t in subj.subtree if t.i in avoid] if subj is not None else []
            if not answer or subj is None or subj.tag_ in {"NNS", "NNPS"}:
                return False
            ids = {t.i for t in answer}
            root = next((t for t in answer if t.head.i not in ids or t.head == t), answer[0])
            names = subj.i in ids or named_link(root, subj)  # the speaker, not a noun inside it
            if not person and subj.ent_type_ != "PERSON" and subj.lemma_.lower() not in PERSON_NOUNS:
                # "it" is the speaker, which the question asks for as a whole: "Which department
                # said it had ...?", "Whose government has said it wants ...?"
                return names or root.dep_ == "poss"
            # "he" for a person the answer names ("Who stated he disagreed ...?")
            return person and names and any(t.ent_type_ == "PERSON" for t in answer)
    return False


def title_antecedent(doc: Doc, *, person: bool, plural: bool = False) -> str | None:
    """The document title (``TITLE_KEY``) as the antecedent of last resort, in the form the
    passage uses ("Martin Luther" -> "Luther" where only the surname appears). For he/she the
    title must read as a person's name: 2-5 capitalised words (name particles allowed), no
    digits, not plural."""
    title = doc.user_data.get(TITLE_KEY)
    if not isinstance(title, str) or not title or len(title.split()) > MAX_TITLE_ANTECEDENT_WORDS:
        return None
    words = re.sub(r"\s*\(.*\)$", "", title).split()  # "Mercury (planet)" -> "Mercury"
    if not words or plural_noun(words[-1]) != plural:
        return None
    if person and (
        len(words) < 2
        or any(any(c.isdigit() for c in w) for w in words)
        or not all(w[:1].isupper() or w in NAME_PARTICLES for w in words)
    ):
        return None
    name = " ".join(words)
    if person and words[-1].lower() in ORG_CATEGORIES:
        return None  # an institution's name: "Scottish Parliament" is no "he"
    text = doc.text if person else ""  # built from the tokens on each access: once here
    if person and name not in text and re.search(rf"\b{re.escape(words[-1])}\b", text):
        return words[-1]
    return name


def _verb_above(tok: Token) -> Token:
    """The nearest verb or auxiliary above ``tok`` (the root when there is none)."""
    verb = tok.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
        verb = verb.head
    return verb


def _object_answer_before(tok: Token, avoid: range) -> bool:
    """The answer is the object of the possessive's own verb, before it, and agrees with it (an
    amount owns nothing: "took [£11.5m] in its first three days" is the game's)."""
    verb = _verb_above(tok)
    return any(
        c.dep_ in {"dobj", "dative"}
        and c.i in avoid
        and c.i < tok.i
        and not c.like_num
        and c.ent_type_ not in AMOUNTS
        and _agrees(c, tok.lower_)
        for c in verb.children
    )


def _clause_subject_before(tok: Token) -> Token | None:
    """The (non-pronoun) subject of the pronoun's clause, when it comes before the pronoun."""
    verb = _verb_above(tok)
    subj = find_subject(verb)
    while (
        subj is None and verb.dep_ in {"xcomp", "advcl", "acomp", "pcomp"} and verb.head != verb
    ):  # "is due to complete its ...", "made progress in turning its business around" (a
        # gerund's preposition, "in", leads up to the verb it hangs on)
        verb = _verb_above(verb)
        subj = find_subject(verb)
    if subj is None or subj.i >= tok.i or tok in list(subj.subtree):
        return None
    if _relative_subject(subj):
        return subj  # "Deutsche Boerse, [which] has asked ... its plan": the noun it stands for
    if subj.pos_ == "PRON" and _SUBJECT_OF.get(tok.lower_) != subj.lower_:
        return None  # "He spent the rest of his career": the question names him once, then "his"
    return subj


def _relative_subject(subj: Token) -> bool:
    """The relative pronoun subject of a relative clause ("China, [which] has been accused")."""
    return subj.tag_ in {"WDT", "WP"} and subj.head.dep_ == "relcl"


OBJECT_DEPS = {"dobj", "pobj", "dative", "iobj"}
# Labels of amounts, which are no possessive's antecedent.
AMOUNTS = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}
# doc.user_data key of the genders the passage gives names (``name_genders``)
NAME_GENDERS_KEY = "qa_gen_name_genders"
# the third-person pronouns of one man, of one woman: a later one continues an earlier one
MASCULINE_PRONOUNS = {"he", "him", "his"}
# The pronouns that stand for one person other than the speaker (never the speaker of the
# quotation they are in).
THIRD_PERSON_SINGULAR = {"he", "she", "him", "her", "his"}
FEMININE_PRONOUNS = {"she", "her"}
# Parts of speech a capitalised word inside a sentence must have to count as a name: a
# title of a work capitalises its function words too ("Into the Wild").
NAME_POS = {"NOUN", "PROPN", "ADJ"}
# Lower-case words inside many names ("Union of Journalists", "Department for Transport").
NAME_JOINERS = {"of", "for", "and", "&", "de", "the"}
# Dependencies of a name that describes the noun after it rather than naming a thing itself.
NAME_AS_MODIFIER = {"compound", "amod", "nmod"}
# doc.user_data key of the passage's capitalised words inside sentences (``_capitalised_inside``)
CAPITALISED_KEY = "qa_gen_capitalised"
# the subject pronoun a possessive repeats when both refer to the clause's subject
_SUBJECT_OF = {"his": "he", "her": "she", "its": "it", "their": "they"}
_POSSESSIVE_OF = {subject: possessive for possessive, subject in _SUBJECT_OF.items()}
# every third-person pronoun's possessive: the form ``_agrees`` checks agreement by
_POSSESSIVE_FORM = {**_POSSESSIVE_OF, "him": "his", "them": "their", **{p: p for p in _SUBJECT_OF}}


def _said_by_shown(tok: Token, avoid: range, shown: set[int]) -> bool:
    """A subject pronoun of a reported clause whose speaker stays in the question and can be
    its antecedent ("the government said [it] had identified ..."): the pronoun reads as the
    speaker, as in the passage."""
    if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.lower_ not in _POSSESSIVE_OF:
        return False
    clause = tok.head
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in SAY_VERBS:
        return False
    speaker = find_subject(clause.head)
    if speaker is None or speaker.i not in shown or speaker.i in avoid or speaker.pos_ == "PRON":
        return False
    return _agrees(speaker, _POSSESSIVE_OF[tok.lower_])


def _agrees(subj: Token, pronoun: str) -> bool:
    """Can ``subj`` be the possessive's antecedent? his/her: a person or a name; their: a
    plural or a group; its: a singular thing."""
    if _relative_subject(subj):
        subj = subj.head.head  # the noun the relative pronoun stands for
    if subj.pos_ == "PRON":
        return _SUBJECT_OF.get(pronoun) == subj.lower_
    if pronoun in {"his", "her"}:
        return subj.ent_type_ == "PERSON" or subj.pos_ == "PROPN" or subj.lemma_.lower() in PERSON_NOUNS
    if pronoun == "their":
        plural = subj.tag_ in {"NNS", "NNPS"} or subj.ent_type_ in {"ORG", "NORP"}
        return plural or _joined(subj) or _plural_verb(subj)
    if _joined(subj) or _plural_verb(subj):
        return False  # "Simon and Garfunkel", "the team were": several, not "it"
    return subj.ent_type_ != "PERSON" and subj.tag_ not in {"NNS", "NNPS"} and subj.lemma_.lower() not in PERSON_NOUNS


def _joined(noun: Token) -> bool:
    """A noun joined to another by "and" ("[Simon] and Garfunkel", "the [board] and its
    staff"): together they are "they"."""
    return any(c.dep_ == "conj" for c in noun.children) and any(
        c.dep_ == "cc" and c.lower_ == "and" for c in noun.children
    )


def _plural_verb(subj: Token) -> bool:
    """A singular noun subject of a plural verb: a body taken as its members ("his [team]
    were looking forward to returning to the venue where they lifted the cup")."""
    if subj.tag_ != "NN" or subj.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    if not any(c.dep_ in {"det", "poss"} for c in subj.children):
        return False  # a body has its article or owner; "[None] of the figures add up" is a share
    verb = subj.head
    finite = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i > subj.i)]
    return any(t.tag_ == "VBP" or t.lower_ == "were" for t in finite)


def plural_noun(text: str) -> bool:
    return text.endswith("s") and not text.endswith("ss")


def _object_of_own_clause(name: Token, tok: Token) -> bool:
    """``name`` is the object of the verb whose clause holds the pronoun ``tok``."""
    verb = _verb_above(tok)
    return verb.pos_ in {"VERB", "AUX"} and name.head == verb and name.dep_ in {"dobj", "dative", "attr"}


def _topic(doc: Doc, tok: Token, avoid: range = range(0), latest: bool = True) -> str | None:
    """The passage's topic: the subject of its first sentence, else (with ``latest``) the
    latest named thing."""
    first = next(iter(doc.sents))
    own = _own_subjects(tok)
    if first.start < tok.sent.start:
        for cand in first:
            if cand.i in avoid or cand.lemma_.lower() in own or cand.lower_ in VAGUE_NOUNS:
                continue
            if cand.dep_ in {"nsubj", "nsubjpass"} and cand.pos_ in {"NOUN", "PROPN"} and cand.ent_type_ != "PERSON":
                if _a_share(cand):
                    return None  # "[44%] of searchers use ...": a share of people names nobody
                if tok.lower_ in {"it", "its"} and cand.lemma_.lower() in PERSON_NOUNS:
                    continue  # "A spokesman said ..." is no topic "it" can stand for
                plural = tok.lower_ in {"they", "them", "their"}
                found = _agreeing(cand, plural) or cand
                one = found.tag_ == "NN" and found.ent_type_ not in {"ORG", "NORP"}
                if plural and one and found.lower_ not in QUANTITY_NOUNS:
                    return None  # "The trend has taken hold. ... [their] shares fell": not the trend's
                if not plural and found.tag_ == "NNS":
                    return None  # "Cable firms NTL and Telewest have ... [It] could sound ...": not the firms
                return _named_as(found)
    if not latest:
        return None
    kinds = marked_kinds(doc)
    things = [
        e
        for e in doc.ents
        if e.end <= tok.i
        and not kinds.get(e.root.text, e.label_ not in NAMED_THINGS)
        and e.start not in avoid
        and e.root.dep_ not in NAME_AS_MODIFIER
        and e.root.lemma_.lower() not in own
        and not _object_of_own_clause(e.root, tok)
    ]  # a name used to describe a noun ("the [Tavel] council", "[Royal] assent") is no antecedent,
    # nor is the subject of the object pronoun's own clause ("with Britons using [them]"), nor the
    # object of the possessive's own ("who have won three [Grammy Awards] for [their] hit")
    return things[-1].text if things else None


def _previous_subject(
    doc: Doc, tok: Token, plural: bool, proper_only: bool = False, avoid: range = range(0)
) -> str | None:
    speaker = tok.dep_ == "nsubj" and tok.head.lemma_ in SAY_VERBS
    owned = {tok.head.lemma_.lower(), tok.head.lower_}
    holding = tok.dep_ == "poss" and bool(owned & BUSINESS_HOLDINGS)  # what only a firm has
    kinds = marked_kinds(doc)
    for cand in _subject_first(doc, tok, _earlier_subjects(doc, tok, avoid)):
        if cand.pos_ not in {"NOUN", "PROPN"} or cand.lower_ in VAGUE_NOUNS:
            continue
        if (speaker or holding) and not _could_speak(cand):
            continue  # "It said ...", "[its] shares fell": not "the UK market" or "her departure", but the firm
        if not plural and _coordinated(cand, tok):
            continue  # "Brian Orr and Seamus Lisk are ... He said": neither one of the pair
        if proper_only:
            if _given_gender(cand) not in {None, _gender(tok.lower_)}:
                continue  # "Agent Simon Beresford said: ... Her last appearance": not him
            if cand.pos_ == "PROPN" and cand.tag_ == "NNP" and cand.ent_type_ in {"", "PERSON", "ORG", "NORP"}:
                return None if _the_name(cand) else _np_text(cand)  # "the Tate" is no "he"
            continue
        if cand.ent_type_ == "PERSON" and not _titled_firm(cand) and kinds.get(cand.text) is not False:
            continue
        if not plural and cand.lemma_.lower() in PERSON_NOUNS and cand.tag_ != "NNS":
            # "it" is no person, and the nearest subject is one: "A spokesman for the firm said
            # ... when it unveiled its results" is about the firm, which only a reader can tell
            # (people in the plural, "as users can pause ...", are no "it" and pass)
            return None
        if _a_share(cand):
            # a share of people ("Nearly two thirds give ...; they ...", "[48%] use two or
            # three", "A small [number], 7%, consult ...") names nobody
            return None
        if plural and tok not in cand.subtree and any(c.dep_ in {"conj", "preconj"} for c in cand.children):
            return None  # "Neither Lisk nor Corra thrilled ...; their shares fell": both, not one
        found = _agreeing(cand, plural)
        if found is None:
            continue
        return _named_as(found)
    return None


# Common nouns for what can say something: a firm, a body or a person (built once, not per call).
SPEAKER_NOUNS = FIRM_NOUNS | SPEAKING_BODIES | PERSON_NOUNS


def _could_speak(noun: Token) -> bool:
    """A subject that can say something: a name, a firm or a body ("the firm", "the council"),
    or a person; not "the market", "the trend" or "sales"."""
    return noun.pos_ == "PROPN" or bool(noun.ent_type_) or noun.lemma_.lower() in SPEAKER_NOUNS


def _titled_firm(name: Token) -> bool:
    """A one-word name the tagger took for a person that its title calls a firm ("marketing
    company [Doubleclick]"): a subject "it" can stand for."""
    return doubtful_person(name) and any(c.dep_ == "compound" and c.lemma_.lower() in FIRM_NOUNS for c in name.lefts)


def _person_nearest(doc: Doc, tok: Token, avoid: range) -> bool:
    """The nearest earlier noun subject is a person named by a common noun ("the Presiding
    Officer submits [it] to the Monarch"), where ``_previous_subject`` gives up on "it"."""
    cand = next((c for c in _earlier_subjects(doc, tok, avoid) if c.pos_ in {"NOUN", "PROPN"}), None)
    return cand is not None and cand.ent_type_ != "PERSON" and cand.lemma_.lower() in PERSON_NOUNS


def _agreeing(cand: Token, plural: bool) -> Token | None:
    """The subject, or else its owner, when it agrees in number with the pronoun: "Time
    Warner's profits were better. But [its] film division ..." is Time Warner's. A firm's name
    may be "they"."""
    owner = next((c for c in cand.children if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}), None)
    for found in (cand, owner):
        if found is None:
            continue
        if _plural(found) == plural or (plural and found.ent_type_ in {"ORG", "NORP"}):
            return found
    return None


# An acronym with a plural "s" ("MPs", "CEOs", "PCs"), which the tagger often calls singular.
PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


def _plural(noun: Token) -> bool:
    return noun.tag_ in {"NNS", "NNPS"} or PLURAL_ACRONYM.fullmatch(noun.text) is not None


def _person_noun_subject(doc: Doc, tok: Token, avoid: range) -> str | None:
    """he/she with no name before it: the nearest earlier subject that is one person named by a
    common noun ("A greedy merchant heard her songs; he followed ..." -> "the greedy merchant";
    "The spokesman said ... He added" -> "the spokesman"), of the pronoun's gender if it has one."""
    for cand in _earlier_subjects(doc, tok, avoid, MAX_ANTECEDENT_SENTS):
        if _one_person_of_gender(cand, tok):
            return relative_antecedent(cand)
        if cand.pos_ in {"PROPN", "PRON"} or cand.ent_type_:
            return None  # a nearer subject of another kind: the pronoun may be about it
    return None


def _earlier_subjects(doc: Doc, tok: Token, avoid: range, sentences: int | None = None) -> Iterator[Token]:
    """The subjects before ``tok``, nearest first: its own sentence's, then the sentences
    before it (at most ``sentences`` sentences in all), never one of ``avoid`` (the answer)."""
    earlier = [s for s in doc.sents if s.start < tok.sent.start][::-1]
    own = _own_subjects(tok)
    for sent in [tok.sent, *earlier][:sentences]:
        for cand in reversed(sent):
            if cand.i < tok.i and cand.i not in avoid and cand.dep_ in {"nsubj", "nsubjpass"}:
                if cand.lemma_.lower() in own or _within(tok, cand):
                    continue
                yield cand


# Common nouns for a firm or a body, which a sentence-initial "it"/"they" continues as the
# previous sentence's subject ("The [bank] said ... It added ...").
TOPIC_NOUNS = FIRM_NOUNS | SPEAKING_BODIES


def _subject_first(doc: Doc, tok: Token, cands: Iterator[Token]) -> Iterator[Token]:
    """``cands`` with, for a pronoun that opens its sentence as the main clause's subject, the
    previous sentence's main subject first where that is a name, a firm or a body: "[BT] is
    hoping its latest offer can persuade more people. It currently has 1.3 million
    subscribers" continues BT, not the offer (another common noun is no such topic: "Mr
    Park's statement came as the bank decided ... It had cut rates" is the bank). "They" so
    continues people in the plural: "[Officials] claim that Agroflora does not ... They also
    allege" are the officials."""
    sent = tok.sent
    lead = None
    opens = tok.dep_ in {"nsubj", "nsubjpass"} and tok.head == sent.root and sent.start > 0
    if opens and not any(t.dep_ in {"nsubj", "nsubjpass"} for t in doc[sent.start : tok.i]):
        lead = _previous_main_subject(doc, sent)
    people = tok.lower_ == "they" and lead is not None and lead.tag_ == "NNS" and lead.lemma_.lower() in PERSON_NOUNS
    if lead is None or not (lead.pos_ == "PROPN" or lead.lemma_.lower() in TOPIC_NOUNS or people):
        return cands
    found = list(cands)
    if lead in found:
        found.remove(lead)
        found.insert(0, lead)
    return iter(found)


def _within(tok: Token, noun: Token) -> bool:
    """``tok`` is part of the phrase ``noun`` heads, which it cannot stand for: "the launch of
    [its] range" is not the launch's. A conjunct is a phrase of its own: "The descendants of
    Rollo's Vikings and [their] wives" are the descendants'."""
    return tok in noun.subtree and not any(tok in c.subtree for c in noun.children if c.dep_ == "conj")


def _own_subjects(tok: Token) -> set[str]:
    """For an object pronoun, the lemmas of its own clause's subjects, which it cannot stand
    for, nor the same subject named earlier: "The council sold [it] to Dan Orr" is not about
    the council."""
    return {c.lemma_.lower() for c in _clause_subjects(tok)}


def _object_beside_pronoun(tok: Token) -> bool:
    """An object pronoun whose own clause's subject is a pronoun too."""
    return any(c.pos_ == "PRON" for c in _clause_subjects(tok))


def _clause_subjects(tok: Token) -> list[Token]:
    """The subjects of the clause an object pronoun ``tok`` is in (through a preposition:
    "relied on [it]"); none for any other word."""
    if tok.dep_ not in OBJECT_DEPS or tok.tag_ != "PRP":
        return []
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ in {"prep", "agent", "dative"}:
        head = head.head
    if head.pos_ not in {"VERB", "AUX"}:
        return []
    return [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]


def _np_text(tok: Token) -> str:
    """The noun phrase up to its head, as an antecedent inside a question: a sentence's first
    "The" is lowered ("the Marrow Ferry Company's new ferry")."""
    words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in NP_DROP_DEPS and not t.is_punct]
    return " ".join(t.lower_ if t.is_sent_start and _lowered_opener(t) else t.text for t in words)


def _lowered_opener(tok: Token) -> bool:
    """A sentence's first word said in lower case inside a question: a determiner ("The"),
    or a quantifier that is no name ("Many Filipinos" -> "many Filipinos")."""
    return tok.tag_ == "DT" or (tok.tag_ in {"JJ", "PDT"} and not _keep_case(tok))


_SPACE_FIX = [
    (re.compile(r"\s+([,.;:!?%)\]])"), r"\1"),
    (re.compile(r"([(\[$])\s+"), r"\1"),
    (re.compile(r"\s+('s|n't|'re|'ve|'ll|'d)\b"), r"\1"),
    (re.compile(r"\s{2,}"), " "),
    (re.compile(r"(^|\s)[,;:]+\s*"), r"\1"),
    (re.compile(r"[,;:\-\u2013\u2014\s]+$"), ""),
    (re.compile(r"(\s+(and|or|but|as well as))+$"), ""),  # a coordination left open by a cut
]


# A fronted "which" before its noun is said "what" ("What country ...?"), as people write it:
# SQuAD's writers open ten times as many questions with "What" as with "Which", and 30 of the
# 34 references of our "Which ..." questions open "What". "Which of ..." and "which" alone stay.
_WHICH_NOUN = re.compile(
    r"^((?:(?:in|on|at|by|from|to|for|with|under|during|after|before|since|into|through|against|between|among"
    r"|over|about|of|like|near|besides) )?)[Ww]hich "
    r"(?!(?:of|is|are|was|were|has|have|had|do|does|did|can|could|will|would|may|might|must|should)\b)(\w)",
    re.IGNORECASE,
)


def spoken_wh(wh: str) -> str:
    """The wh-phrase as ``finish`` says it at the front of a question ("which team" -> "what team")."""
    return _WHICH_NOUN.sub(r"\1what \2", wh)


def finish(text: str) -> str:
    text = text.replace("\u201c", "").replace("\u201d", "")
    text = re.sub(r'"\s*"', "", text)  # a quotation emptied by the answer's removal
    text = re.sub(r'"\s*(what|who|which)\s*"', r"\1", text)  # a quotation left holding only the wh-word
    if text.count('"') % 2:
        text = text.replace('"', "")
    for pattern, repl in _SPACE_FIX:
        text = pattern.sub(repl, text)
    text = text.strip().rstrip(".!?,;: ")
    text = re.sub(r",(\s*,)+", ",", text)
    text = spoken_wh(text)
    return text[:1].upper() + text[1:] + "?"
