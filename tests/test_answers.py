"""Answer candidates have clean edges: no whitespace, paragraph breaks or edge punctuation,
and each is the exact slice of the passage it points at (whatever paragraphs it sits among)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa_gen.answers import answer_candidates
from qa_gen.nlp import load_nlp

# Sentences written for this test; each opens with a name or number the parser tends to join
# to a paragraph break before it.
SENTENCES = [
    "Millions of residents in Port Amsel use the ferry every year.",
    "The Kessarin Harbour Board said the new quay would open in May.",
    "Ida Marsh was once ranked as the town's most successful shipbuilder.",
    "Brantholm Rovers beat Port Amsel Athletic 3-1 on Sunday.",
    "To help offset the rising price of fuel, the ferry company raised fares by 4%.",
]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=2, max_size=4), st.sampled_from(["\n\n", "\n", " "]))
def test_candidates_are_exact_slices_without_whitespace_edges(sentences: list[str], sep: str) -> None:
    text = sep.join(sentences)
    doc = load_nlp(None)(text)
    cands = answer_candidates(doc, max_per_passage=50)
    assert cands
    for cand in cands:
        assert text[cand.start : cand.end] == cand.text
        assert cand.text == cand.text.strip(), repr(cand.text)
        assert "\n" not in cand.text



def _candidates(text: str) -> list[str]:
    return [c.text for c in answer_candidates(load_nlp(None)(text), max_per_passage=50)]


# Entities the small model mislabels, each as it really labels it: (sentence, entity, label).
# The tagging error must be real (checked), and the entity no answer candidate.
MISLABELLED = [
    # "as much as" tagged PERCENT before "3bn crowns": no "What percentage could ... yield?"
    ("The claims against Tavel Ferries now number 15, a run of lawsuits that could yield as much as 3bn crowns.",
     "as much as", "PERCENT"),
    # "the towel every year" tagged DATE: no "... throwing in how long?"
    ("Nearly a quarter of ferry crews throw in the towel every year.", "the towel every year", "DATE"),
]


@pytest.mark.parametrize(("text", "entity", "label"), MISLABELLED)
def test_a_mislabelled_amount_or_date_is_no_candidate(text: str, entity: str, label: str) -> None:
    assert (entity, label) in [(e.text, e.label_) for e in load_nlp(None)(text).ents]
    assert entity not in _candidates(text)


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Millions of residents in Port Amsel use the ferry every year.", "Millions"),  # a number word
        ("The ferry company cut its fares last week.", "last week"),  # a word of time, no digit
    ],
)
def test_amounts_and_dates_without_digits_stay_candidates(text: str, entity: str) -> None:
    assert entity in _candidates(text)

@pytest.mark.parametrize(
    ("text", "noun", "kept"),
    [
        ("As a result, the ferry company cut its fares.", "result", "ferry company"),
        ("For a start, the ferry company will have to cut its fares.", "start", "ferry company"),
        ("The Lisk ferry company, for instance, has cut its fares.", "instance", "Lisk ferry company"),
    ],
)
def test_the_noun_of_a_connective_phrase_is_no_candidate(text: str, noun: str, kept: str) -> None:
    texts = _candidates(text)
    assert noun not in texts and kept in texts


# (sentence, a span that is no candidate, a span that is one), by what decides it.
BARE_MENTIONS = [
    # a noun with only "the" before it points back at something told before
    ("The ferry firm cut its fares. The trend has taken hold quickly in Tavel.", "trend", "Tavel"),
    ("Several former Marrow directors are under investigation for the harbour fraud.", "investigation",
     "harbour fraud"),
    # a time with only "the" is one the passage named before; "this year" is the paper's own
    ("Ferry operators remain upbeat about prospects for a boost later in the year. Marrow Lines will add "
     "ships this year.", "the year", "this year"),
    # a bare plural noun its clause restricts is not all of them
    ("Parents who refuse to allow contact could be tagged under Lisk rules.", "Parents", "Lisk rules"),
    # a group a share is taken of, with only "the", is one the passage named before
    ("But many of the women were widowed in Lisk.", "women", "Lisk"),
    # a bare plural unit says only "long": no time to ask about
    ("The rise came despite the worst Christmas for Lisk retailers in decades.", "decades", "Christmas"),
]
COUNTS_AND_RATES = [
    # "one of" picks one of many and "one more" adds one: neither is a count to ask about
    ("In the 1990s Dan Orr became one of Tavel's richest shipowners.", "one", "Dan Orr"),
    # nor "one" before a singular subject, which it introduces as "a" would
    ("One possible reason for the delays, Ada Vell says, is the storm in Tavel.", "One", "Ada Vell"),
    ("A second quay is one more way to absorb the summer crowds, Ada Vell said.", "one", "Ada Vell"),
    # "a year" after a number of passengers is a rate, not a time ("... passengers when?");
    # "an extra year" is a span of time and stays
    ("The new ferries carry millions of passengers a year. Tavel ferries were given an extra year.",
     "a year", "an extra year"),
    # the whole a share is "out of", and one end of a range the tagger split, count nothing alone
    ("Tavel won nine out of 10 games.", "10 games", "nine"),
    ("Tavel won nine out of 10 games. The Lisk firm plans 3G networks.", "10 games", "3G networks"),
    ("The new Lisk ferry will seat 110 to 135 passengers.", "135", "new Lisk ferry"),
    # the size of a chart ("top 10") counts nothing
    ("The single gave Tavel their 26th top 10 hit.", "10", "Tavel"),
    # a phrase with a wh-word is an open question, not an answer
    ("Lisk Games has yet to release sales figures which show how many copies of the game were sold.",
     "how many copies of the game", "Lisk Games"),
    # "one last" is "a last"; a number before a month is the day of a date the tagger split
    ("Dan Orr is targeting one last outing for Marrow.", "one", "Dan Orr"),
    # news's "one" is mostly an emphatic "a": a count only after a limit or a difference
    ("Reuters quoted one Tavel trader as saying the deal was off.", "one", "Reuters"),
    ("Ada Vell rolled the harbour fees into one package.", "one", "Ada Vell"),
    ("Ada Vell is tipped to ask the council on Monday to dissolve the board ready for a 5 May poll.", "5",
     "Ada Vell"),
    # a number word with a capital inside a sentence is a name, or part of one
    ("Tavel scored twice in Saturday's Six Nations win over Lisk.", "Six", "Lisk"),
    ("The joy of Six will keep the Tavel fans happy until February.", "Six", "February"),
    # a number glued to letters it does not count is a name too ("how many G adoption?")
    # a number after "all" stands for things named before ("How many does BAA operate?")
    ("Corra, which runs all three, said it was consulting the Tavel ferry users.", "three", "Corra"),
    # a line without a verb (a venue, a date line) holds no answer a question can ask
    ("Marrow Lane, Tavel\n\nSaturday, 26 February\n\nThe ferry race was won by Tom Lisk in Marrow.", "Marrow Lane",
     "Tom Lisk"),
    # (a magnitude glued to a number is no name: "27.2m" counts)
    ("Ferry videos will drive 3G adoption in Tavel at a cost of 27.2m euros.", "3G", "27.2m"),
    # "one in five" is a proportion: neither number is a count of its own
    ("The Marrow Star has lost one in five of its passengers since March.", "one", "The Marrow Star"),
]
OF_PHRASES = [
    # a noun's "of" phrase says what it is: the answer takes it, up to the noun it is of
    ("The council tried to play down the alarming findings of the harbour survey.",
     "alarming findings", "alarming findings of the harbour survey"),
    ("A disputed bundle of measures to cut ferry fares has angered Tavel residents.",
     "disputed bundle", "disputed bundle of measures"),
    # a span of time takes what it is a span of; a date of a date stays as tagged
    ("A slump is often described as three straight months of falling ferry bookings.",
     "three straight months", "three straight months of falling ferry bookings"),
    ("Tavel ferry bookings rose in the first quarter of 2025.", "the first quarter", "the first quarter of 2025"),
    # a bare noun before "of" is part of a preposition ("in light of"), no answer
    ("Marrow Lines will review its plans in light of the decision by the Tavel court.",
     "light of the decision", "Marrow Lines"),
    # a bare subject noun takes the phrase that says what it is about or from
    ("However, reports from some Tavel ferry firms highlight the weakness of the trade.",
     "reports", "reports from some Tavel ferry firms"),
    ("Worries about storms and strikes have prompted Lisk ferry firms to cut fares.",
     "Worries", "Worries about storms and strikes"),
    # a sentence adverb the parser made the noun's stays out (and "organisations" alone is not
    # those that run ferries: no candidate either)
    ("Increasingly organisations that run ferries are using electronic tickets.",
     "Increasingly organisations", "electronic tickets"),
]


WHOLE_ENTITIES = [
    # the words the tagger left outside an entity that the answer needs
    ("Diesel prices climbed to $1.20 a litre in Marrow on Monday.", "$1.20", "$1.20 a litre"),
    ("The ferry crews met on Tuesday evening to discuss the strike.", "evening", "Tuesday evening"),
    ("In northern and western Norway, heavy snow has closed the mountain roads.",
     "Norway", "northern and western Norway"),
    ("Ferry traffic is still weakest in the western part of Norway, where fares are highest.",
     "Norway", "western part of Norway"),
    # a noun of change takes what changed
    ("The sharp rise in ferry fares has angered Lisk residents.", "sharp rise", "sharp rise in ferry fares"),
    # a number that stands for things named before counts nothing
    ("Tavel and Corra make ferries. Analysts said the two were ripe for a merger.", "two", "Analysts"),
    # nor does a small count after "the": the things were named before
    ("Tavel and Corra make ferries. Talks between the two firms broke down in Lisk.", "two", "Lisk"),
    ("Tavel and Corra make ferries. The two firms held talks in Lisk.", "two firms", "Lisk"),
    ("Dan Orr and Ian Marrow met. The open warfare between these three men was news.", "three", "open warfare"),
    # one item of a list is no answer, nor is one number that counts a whole list
    ("Warm weather, increased use of ferries and improved roads contributed to the rise in trade.",
     "Warm weather", "rise in trade"),
    ("The Tavel recall covers 4,200 buses, vans and lorries built last year.", "4,200", "Tavel recall"),
    # a price per unit of time is a rate, which the question keeps
    ("The Tavel ferry pass costs $300 a year.", "$300 a year", "$300"),
    # the words of a name the tagger left outside it, and no number that is part of a name
    ("The word is already listed in the Oxford English Dictionary.", "English Dictionary", "Oxford English Dictionary"),
    ("Across sub-Saharan Africa, few ferry firms have safety policies.", "Africa", "sub-Saharan Africa"),
    ("Lisk Ferries was catapulted into the FTSE 100 index last year.", "100", "Lisk Ferries"),
    ("Andre 3000 thanked the ferry crews.", "3000", "ferry crews"),
    # a relative pronoun the tagger ran into a name is no part of it
    ("Newcomer Tavi - who recently beat Dan Orr to the UK number one spot - has four nominations.",
     "Newcomer Tavi - who", "Newcomer Tavi"),
    # the end of a longer name the tagger cut is no answer: the whole name is, where a noun
    # phrase gives it
    ("The ferry film uses technology first used in Lord of the Rings to bring its sea monster to life.",
     "Rings", "Lord of the Rings"),
    ("Lisk won the prize from the Critics' Circle last year.", "Circle", "Critics' Circle"),
    ("The new Tavel Quest and Call of Duty titles leave fans spoilt for choice.", "Duty titles", "fans"),
    # a phrase that says there is none is nothing to ask for; a bound ("no more than") is a number
    ("The Tavel ferry firms have no policies for storms.", "no policies", "Tavel ferry firms"),
    ("The Tavel ferry carried no more than 40 people.", "people", "no more than 40"),
    # an answer holds its brackets and quotation marks in pairs: a quotation the trimming
    # opened takes its opening mark back
    ('The "harbour lift" scheme lets ferries dock at low tide.', 'harbour lift" scheme',
     '"harbour lift" scheme'),
    # a peer's style is one name, its place included
    ("Former minister Lord Roberts of Conwy denied the ferry firm was involved.", "Conwy",
     "Lord Roberts of Conwy"),
    # a body's name takes the "of" and place the tagger cut off
    ("The Marrow Council of Britain has complained to the ferry watchdog.", "The Marrow Council",
     "Marrow Council of Britain"),
    # a place that ends a body's name is no answer; a name cut at its "and" is none either
    ("Harbour Watch International UK also questioned the ferry decisions.", "UK", "ferry decisions"),
    ("Athletics Kenya issued the ban after Lisk failed to turn up for a camp.", "Kenya", "Lisk"),
    ("The St Kitts and Nevis star joins the Tavel relay team.", "St Kitts and", "Tavel relay team"),
    # ... but a surname the tagger took for a place keeps its answer without the title
    ("Mr Houston may be interviewed by the ferry board.", "Mr Houston", "Houston"),
]
# "to" + verb that says what is sought, done next or how a speaker talks: no purpose answer
NOT_PURPOSES = [
    ("Ferry games look to give gamers as real an experience as possible.",
     "to give gamers as real an experience as possible", "gamers"),
    ("Tavel rallied to force a tense finale.", "to force a tense finale", "Tavel"),
    ("To be honest, Tavel have wanted to win in Lisk for a very long time.", "To be honest", "Lisk"),
]


@pytest.mark.parametrize(
    ("text", "dropped", "kept"), BARE_MENTIONS + COUNTS_AND_RATES + OF_PHRASES + WHOLE_ENTITIES + NOT_PURPOSES
)
def test_what_is_and_is_not_a_candidate(text: str, dropped: str, kept: str) -> None:
    texts = _candidates(text)
    assert dropped not in texts and kept in texts


def test_an_entity_the_tagger_ran_into_a_bracket_is_no_candidate() -> None:
    # the tagger reads "Dominic Cooper (His Dark Materials" as one work of art; its label is
    # wrong and its span half a bracket
    text = "The prize will go to Dominic Cooper (His Dark Materials and The History Boys) or Corra Lisk."
    assert not any("(" in t for t in _candidates(text))


def test_a_kind_of_thing_and_a_described_noun_stay_candidates() -> None:
    texts = _candidates("A recession is commonly defined as two quarters of falling output. The ferry firm grew.")
    assert "recession" in texts and "ferry firm" in texts


def test_other_things_stay_candidates() -> None:
    # "Other X" points back at things named before, but a blind reading rated the questions
    # it gets ("What collectively shows a slowdown?" - "Other surveys") good: it stays
    assert "Other highlights" in _candidates("Other highlights include a ferry race around Lisk.")


def test_one_that_counts_stays_a_candidate() -> None:
    assert "one" in _candidates("Rating agencies lifted the Tavel council's rating by one notch on Friday.")
    assert "one" in _candidates("Visitors to Lisk are limited to one visit every three years.")


def test_a_count_after_the_that_stays_a_candidate() -> None:
    # a superlative or a large count makes the number a new fact
    assert "three" in _candidates("Ferries serve the three largest towns in Tavel, its council said.")
    assert "25" in _candidates("The plan needs the backing of the 25 member states by Friday.")


def test_counts_that_stay_candidates() -> None:
    # a number before "in" and a year is a count; a capital that opens a quotation is no name
    assert "36,185" in _candidates("Ferry sales fell by 23% from 36,185 in 2003 to 28,041.")
    assert "Two million" in _candidates('"Two million ferry tickets will be sold," Dan Orr said.')


def test_a_firm_takes_the_place_the_tagger_split_off_its_name() -> None:
    # the small model sometimes tags "UK" a place and "Coal" a firm; the name is both
    from spacy.tokens import Span

    doc = load_nlp(None)("Talks went well, she said. UK Coal runs nine pits in the north.")
    uk = next(t.i for t in doc if t.text == "UK")
    doc.ents = [Span(doc, uk, uk + 1, "GPE"), Span(doc, uk + 1, uk + 2, "ORG")]
    texts = [c.text for c in answer_candidates(doc, max_per_passage=50)]
    assert "UK Coal" in texts and "Coal" not in texts


def test_a_bare_number_tagged_a_date_is_an_age() -> None:
    # the tagger labels ages dates; a year stays a date
    doc = load_nlp(None)("Mr Tavel, 32, said the Marrow ferry line closed in 1998.")
    kinds = {c.text: c.answer_type for c in answer_candidates(doc, max_per_passage=50)}
    assert kinds.get("32") == "age"
    assert kinds.get("1998") == "date"
