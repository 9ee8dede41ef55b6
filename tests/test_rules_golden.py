"""Golden tests for the ``rules`` generator: one sentence (written for these tests) per
construction, with the exact question it must produce.

Regenerate after an intended change with ``QA_GEN_UPDATE_GOLDEN=1 pytest tests/test_rules_golden.py``
and review the diff of ``tests/golden/rules_questions.jsonl`` like code.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from qa_gen import generate_questions
from qa_gen.cli import cli
from qa_gen.generators.rules.identity import identity_questions
from qa_gen.generators.rules.surface import realize
from qa_gen.nlp import load_nlp

GOLDEN = Path(__file__).parent / "golden" / "rules_questions.jsonl"
CASES = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines() if line.strip()]
FIELDS = ("id", "context", "answer_text", "answer_start")
OPTIONAL = ("title",)  # the document title: a pronoun's antecedent of last resort


def _record(case: dict) -> dict:
    return {k: case[k] for k in FIELDS + OPTIONAL if k in case}


@pytest.fixture(scope="module")
def produced() -> dict[str, dict]:
    out = {r["id"]: r for r in generate_questions([_record(c) for c in CASES])}
    if os.environ.get("QA_GEN_UPDATE_GOLDEN"):
        GOLDEN.write_text(
            "".join(
                json.dumps(
                    {
                        **_record(c),
                        "question": out[c["id"]]["question"],
                        "reason": out[c["id"]]["reason"],
                    },
                    ensure_ascii=False,
                )
                + "\n"
                for c in CASES
            )
        )
    return out


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden_question(case: dict, produced: dict[str, dict]) -> None:
    got = produced[case["id"]]
    assert (got["question"], got["reason"]) == (case["question"], case["reason"])


def test_golden_cases_are_answerable_spans() -> None:
    for case in CASES:
        start = case["answer_start"]
        assert case["context"][start : start + len(case["answer_text"])] == case["answer_text"], case["id"]


def test_every_golden_question_is_a_question_without_its_answer() -> None:
    for case in CASES:
        q = case["question"]
        assert q and q.endswith("?") and q[0].isupper(), case["id"]
        assert case["answer_text"].lower() not in q.lower(), case["id"]


@pytest.mark.parametrize(
    ("context", "answer", "reason"),
    [
        ("They rejected the plan on Monday.", "the plan", "unresolved_pronoun"),
        # "it" after a person named by a common noun is not the latest name before it ("Lisk"),
        # and the pronoun object of "suggest" cannot be dropped ("What did ... suggest for?")
        (
            "A member of the Tavel team met Ada Vell in Lisk and suggested it for use in the Lisk network.",
            "use in the Lisk network",
            "unresolved_pronoun",
        ),
        # the parser made "c." the subject: no "What did c. people live in Lisk?"
        ("In 1909, c. 2,600,000 people dwelt in Lisk.", "2,600,000", "unsupported_answer"),
        # the time a record is counted over is not when it happened: no "When has the Tavel
        # crown reached its strongest point versus the dollar?"
        (
            "The Tavel crown has reached its strongest point versus the dollar in nearly four months.",
            "nearly four months",
            "unsupported_answer",
        ),
        ("Tavel Ferries made a profit for the first time in five years.", "five years", "unsupported_answer"),
        # "it" is neither the council that sells it nor the "Tavel" that describes the council
        (
            "The Tavel council owned the old ferry until 1990. The council sold it to Dan Orr in 1991.",
            "Dan Orr",
            "unresolved_pronoun",
        ),
        # an adverb of time is no manner: no "How did the ferry sail to Lisk?"
        ("The ferry recently sailed to Lisk.", "recently", "unsupported_answer"),
        # a share of something ("worth 6.3% of the loans") is no change "by" a percentage, and
        # "worth what percentage" in place is no question
        ("The deal would hand lenders stock worth roughly 6.3% of the loans.", "6.3%", "unsupported_answer"),
        # "number one" is a label, not a count: no "How many number seeds ...?"
        ("For the third year, the number one seeds from both leagues met in the final.", "one", "unsupported_answer"),
        # a word before a name that describes it, asked in place: no "by which engineer Dan Orr?"
        ("The ferry was designed by Tavel engineer Dan Orr.", "Tavel", "unsupported_answer"),
        ("Marrow broke the record previously shared with the 2009 Tavel Owls.", "2009", "unsupported_answer"),
        # a name hung on a place by mistake is no title: no "The correspondent in what told ...?" for the name
        ("The Marrow Post's correspondent in Tavel, Ada Vell, told the radio that the ferry fares would rise.",
         "Ada Vell", "unsupported_answer"),
        ("The minister resigned on Friday.", "resigned on Friday. ", "answer_not_in_context"),
        ("The minister resigned on Friday.", "", "empty_answer"),
        ("Anna Ferro (a former judge) is the mayor of Port Amsel.", "a former judge", "unsupported_answer"),
        # a whole phrase with its preposition is not asked with "what" ("What does the ferry stay?")
        ("The ferry stays at rest in the harbour during storms.", "at rest", "unsupported_answer"),
        # a question needs a finite verb: headline and participle fragments are declined
        ("Officials to inspect flood damage in Corra next week.", "Corra", "unsupported_answer"),
        ("The coach, having trained the Larks in Tovan for years, retired.", "Tovan", "unsupported_answer"),
        # an in-situ wh-phrase inside a noun phrase before the verb reads as a garbled statement
        ("Another ferry called the Gull Star ran aground.", "the Gull Star", "unsupported_answer"),
        # what a whether/if clause holds is not stated as fact: no question presupposes it
        ("A spokesman declined to comment on whether the harbour board had approved the quay.", "harbour board",
         "unsupported_answer"),
        ("If the council approves the plan, the ferry will resume in May.", "the plan", "unsupported_answer"),
        # a name in brackets after a role is who plays it, not which role: no "Which Captain meets ...?"
        ("In the story, the Captain (Mara Velt) meets the Pilot.", "Mara Velt", "unsupported_answer"),
        # two names after "the three largest islands" are not the list the count announces
        ("The ferry serves the three largest islands, Marra and Velt, daily.", "Marra and Velt", "unsupported_answer"),
        # names the parser left unattached ("dep") after "two divers in 1998": no "Who did the council hire
        # with two divers?" through the verb
        ("The council hired two divers in 1998, Ada Vell and Mara Lind, who knew the wreck.", "Ada Vell and Mara Lind",
         "unsupported_answer"),
        # a relative clause on a quantifier: no "What have the several lain hidden in?"
        ("The council kept several that have lain hidden in the Tavel archive.", "the Tavel archive",
         "unresolved_pronoun"),
        # "once" meaning formerly, and the conjunction "Once": no "How many times was the hall a prison?"
        ("The Tavel hall was once a prison.", "once", "unsupported_answer"),
        ("Once the rain stopped, the Tavel match resumed.", "Once", "unsupported_answer"),
        ("The Tavel team left the harbour at once.", "once", "unsupported_answer"),
        # an adverb on a naming verb is still an adverb: no "What did Dana Kell call the office?"
        ("Dana Kell called the Tavel office again.", "again", "unsupported_answer"),
        # "others" is no antecedent: no "What had the others cleared?"
        ("The mayor thanked others who had cleared the Tavel square.", "the Tavel square", "unresolved_pronoun"),
        # a bare "that" subject stands for an event the reader is not told: no "What did that bring to ...?"
        ("The union took the mill to court on Monday. That brought to 31 the count of mills it has sued.", "31",
         "unresolved_pronoun"),
        # a description the parser joined across a comma is no description: no "Who is the
        # superior pointed Dan's mind?"
        ("Johan Velt, his superior, pointed Dan's mind away from continual worry toward the merits of the plan.",
         "Johan Velt", "unsupported_answer"),
        # a list the parser read as an apposition is no description: no "What is the osprey?" for the heron
        ("Among the largest birds on the island are the grey heron, the osprey, the crane, and the sea eagle.",
         "grey heron", "too_short"),
        # a quotation before its speaker cannot stay in the question: no "What did Dan Orr the old
        # charts did not match the coast tell?", no "... Dan Orr told what?"
        ('"The old charts did not match the coast," harbour master Dan Orr told Reuters.', "Reuters",
         "unsupported_answer"),
        # "it" is no person: no "When did the spokeswoman publish its report?"
        ("A spokeswoman for the bakery declined to say more. She said the figures would probably be given when it "
         "published its report on Monday.", "Monday", "unresolved_pronoun"),
        # a preposition parsed as a conjunction, its object as a second subject: no "By what
        # percentage did Corra's underlying profit exceptional items rise ...?"
        ("However, the ferry firm said Corra's underlying profit before exceptional items rose 8% on the back of "
         "stronger ticket sales.", "8%", "unsupported_answer"),
        # an object pronoun is not its clause's subject, even when that is the same pronoun: no
        # "How many small boats did Corra Ferries sign a deal ... to supply Corra Ferries with?"
        ("Corra Ferries is ailing. Last month, it signed a deal with Marrow Shipping to supply it with 40 small "
         "boats.", "40", "unsupported_answer"),
        # an amount that describes a noun: no "How much does Marrow face a similar repayment demand?"
        ("Marrow Shipping already faces a similar $54m repayment demand from two banks.", "$54m",
         "unsupported_answer"),
        ("The cuts are needed to fund a £15m investment in a new pier.", "£15m", "unsupported_answer"),
        # "this" inside a sentence is an event just told: no "When may the Tavel board allow ...?"
        ("The Tavel board cut fares. Some analysts say this may allow a rise in ferry use in the fourth quarter.",
         "the fourth quarter", "unresolved_pronoun"),
        # a coordinated clause cannot be asked in place: no "The Tavel clans surrendered last what?"
        ("The Tavel lords were ranked in order, because the Corra clans surrendered first, the Marrow clans "
         "surrendered after them, and the Tavel clans surrendered last, and that the Corra clans surrendered "
         "peacefully without resisting.", "the Corra clans surrendered peacefully without resisting",
         "unsupported_answer"),
        # a comparison without its first half: no "What is the role of committees in the Tavel council than
        # in other councils?"
        ("The role of committees in the Tavel council is stronger than in other councils.", "stronger",
         "unsupported_answer"),
        # a wh-word in place cannot modify the noun after it: no "What year two Tavel harbour reports were
        # finalized?"
        ("In 2011 two Tavel harbour reports were finalized.", "2011", "unsupported_answer"),
        # "he" cannot stand for the queen: no "What did the queen open?"
        ("The queen visited Tavel on Monday. He opened the new bridge.", "the new bridge", "unresolved_pronoun"),
        # a reason inside what the verb takes: no "Why does the mayor believe?"
        ("The mayor believes that the quay closed because of the storm.", "because of the storm", "unsupported_answer"),
        # an adverbial wh-word cannot modify the answer's noun: no "over the last when years"
        ("There have been large changes in Marrow forest vegetation over the last 21,000 years since the end of "
         "the ice age.", "21,000", "unsupported_answer"),
        # a coordinated subject is kept whole, so the only question left repeats the sentence
        ("Both the Marrow Ferry Company and the Tavel Harbour Board agreed to end all court proceedings relating "
         "to the sale of the old harbour.", "the old harbour", "unsupported_answer"),
        # an example the parser hung on the verb as a second complement: no "What are there several new
        # rules for the harbour?"
        ("There are several new rules for the harbour, for instance, the ban on night ferries.",
         "the ban on night ferries", "unsupported_answer"),
        # the answer is the middle of a name: no "With what General Council must anybody ... enrol?"
        ("Anybody who wants to practise must enrol with the General Pilots Council of Tavel.", "Pilots",
         "unsupported_answer"),
        # a title that opens with a preposition is no place: no "... named its exhibition where?"
        ('In 1991 the Marrow museum named its exhibition "Behind the Stage".', "Behind the Stage",
         "unsupported_answer"),
        # a bare "This" opening a sentence stands for what was just told, not for the last subject:
        # no "What is the Tavel ferry fleet called?"
        ("The Tavel ferry fleet doubled in two years. This is called the Tavel boom.", "the Tavel boom",
         "unresolved_pronoun"),
        # a year that dates "model years" cannot leave them behind: no "What year is the car firm calling
        # back ... from model years?", no "... from what year model years?"
        ("The car firm is calling back 17,815 Corra Vans, Lisk Trailblazers, Marrow Envoys from 2005 model years.",
         "2005", "unsupported_answer"),
        # the number of a time noun inside a wider time phrase: no "When have there been big
        # changes in the Tavel forest over the last years?"
        ("There have been big changes in the Tavel forest over the last 21,000 years.", "21,000",
         "unsupported_answer"),
        # a quoted "it" is not the speaker, however doubtful the speaker's PERSON tag: the
        # quotation keeps its pronoun, so the report goes, and with it the question
        ('Trade was slow. In 1911, at a dinner in his honour, Yoruk stated, "But it is no mere toy ...',
         "1911", "unsupported_answer"),
        # an age that describes a noun is no time ("When was the man aged?"), nor is the age of
        # someone described ("At what age is the suspect described as tall?")
        ("A man aged 30 was arrested at the Tavel ferry port.", "30", "unsupported_answer"),
        ("The suspect is described as tall, aged 30 to 40, with a red scarf.", "30 to 40", "unsupported_answer"),
        # one end of an age range is not the age ("How old are ...?" for "[18] to 25")
        ("Most of the ferry crews in Tavel are aged 18 to 25.", "18", "unsupported_answer"),
        # an age used as a noun stands for a person ("How old moved to Marrow?"), and an age
        # on a noun is no kind of it ("What type of man was arrested?")
        ("The 54-year-old joined Oskel Ferries in 1999.", "54-year-old",
         "unsupported_answer"),
        ("A 43-year-old man was arrested at the Tavel ferry port.", "43-year-old", "unsupported_answer"),
        # a score the parser hung on a team or a result noun ("How many Marrow did Tavel beat?")
        ("Tavel beat Marrow 34-19 on Sunday.", "34-19", "unsupported_answer"),
        ("Tavel won the final 2-1.", "2-1", "unsupported_answer"),
        # a question, the writer's or a quoted one, asserts nothing to ask about
        ("Can cheap ferry passes replace the car in Tavel?", "cheap ferry passes", "unsupported_answer"),
        ('Dan Orr asked: "Why did the Marrow ferry sink?"', "the Marrow ferry", "unsupported_answer"),
        # an answer that says there is none ("What do most ferry firms have in place?")
        ("Most ferry firms have no policies in place to deal with storms.", "no policies", "unsupported_answer"),
        # a period counted back from the time of writing picks out which results, it does not
        # date them ("When were the results?")
        ('"The results in the last few weeks have not been good," said Mr Orr.', "the last few weeks",
         "unsupported_answer"),
        # one end of a range that spans a set ("From whom did the theatre do everything to Yeats?")
        ("The Tavel theatre did everything from Shakespeare to Yeats last year.", "Shakespeare",
         "unsupported_answer"),
        # an ordinal count of something's own time says how far along it is, not when
        ("The ferry strike is now into its third week.", "third week", "unsupported_answer"),
        ("For the second year in succession Tavel finished as runners-up.", "the second year",
         "unsupported_answer"),
        # "they ... all" means several: no single name stands for it
        ("Among the firms named are Lisk, Marrow and Corra Bank. They have all denied any wrongdoing.",
         "any wrongdoing", "unresolved_pronoun"),
        # one name after "Shares in the firm" names the firm, not the shares: "What rose 5%?" is wrong
        ("Shares in the ferry firm, Marrow Lines, rose 5% on Monday.", "Marrow Lines", "unsupported_answer"),
        # a verb left without the clause it takes asks nothing: "Who said the panel's decision
        # confirms?" (the clause was too long), "Who after the fine display observed?" (quoted)
        ('"The panel\'s decision confirms that those who break the rules will be punished," said Dan Orr.',
         "Dan Orr", "unsupported_answer"),
        ('Ada Vell, after her fine display, observed that "we are a happy crew now".',
         "Ada Vell", "unsupported_answer"),
        # "be" with a clause for its complement: "What was whether the ferry should sail?"
        ("A key question was whether the ferry should sail in winter.", "question", "unsupported_answer"),
        ('The Marrow party\'s election slogan will be: "Lisk is working, don\'t let them wreck it".',
         "slogan", "unsupported_answer"),
        # a name tagged a person's after "the" is a gallery or a paper, no "he"
        ("The Tate tried to buy the portrait. The portrait is of a young man who arrived in Lisk from Marrow. "
         "He became a darling of Lisk society.", "darling", "unresolved_pronoun"),
        # a purpose is the reason of the clause it hangs on, not of a clause around it; an
        # infinitive with its own subject is no purpose
        ("Ada Vell said sending out leaflets to solicit donations was not the firm's style.", "to solicit donations",
         "unsupported_answer"),
        ("The new timetable paved the way for more ferries to enter the market.", "to enter the market",
         "unsupported_answer"),
        # what "there is" is all its clause says: no "What are there between the islands?"
        ("There are differences between the ferry fares of the two islands.", "differences", "unsupported_answer"),
        ("There were few clues from Marrow Lines.", "few clues", "unsupported_answer"),
        # a clause only hoped, wished or feared is not stated as fact
        ("Dan Orr hopes the ferry will sail on Monday.", "Monday", "unsupported_answer"),
        ("I wish the Marrow Star wasn't just a promise.", "Marrow Star", "unsupported_answer"),
        ("Shares fell amid fears that Marrow Lines would cut 200 jobs.", "200 jobs", "unsupported_answer"),
        # nor one only asked for or required
        ("The report recommended the harbour board have a say in the ferry fares.", "the harbour board",
         "unsupported_answer"),
        ("I believe it is essential that Tavel keeps the ferry rebate.", "Tavel", "unsupported_answer"),
        # an infinitive that says what a noun is for is no reason to ask "why" with
        ("The Tavel ferry has a ready pool of fans to draw on.", "to draw on", "unsupported_answer"),
        ("The Lisk bench could be heard issuing frantic instructions to mark him.", "to mark him",
         "unsupported_answer"),
        # "he" in a quotation is never its speaker, who says "I"; the passage may not name him
        ('Tavel chairman Rick Marrow said: "We are delighted Glenn is here. He has a six-month contract so we '
         'can test each other out."', "six-month contract", "unresolved_pronoun"),
        ('Tom Lisk was sacked by Tavel on Friday. But Dan Orr said: "I think he will be suspended for a long '
         'time."', "a long time", "unresolved_pronoun"),
        # an owner asked with a bare "what"/"when" would strand its "'s"
        ("The group's general secretary told Marrow Radio 4's Today Programme there were some out-dated "
         "features.", "Marrow Radio 4", "unsupported_answer"),
        ("Analysts had expected the February fares to be higher than January's and to reach 57.", "January",
         "unsupported_answer"),
        # a preposition whose object the parser hung elsewhere is not left bare ("Who made a bid for?")
        ('Tavel have confirmed Marrow made a bid for Robbie Lisk - but managing director Karen Vell has called '
         'it "derisory".', "Marrow", "unsupported_answer"),
        # a speaker pronoun whose chain leads back to itself is left unresolved (it looped)
        ('Dan Orr has named Tom Lisk in the Tavel squad. The Tavel coach said that he had been impressed by '
         'Lisk\'s form for Marrow. "He deserves his chance. He has been playing well all season and I look '
         'forward to seeing him." And he added that Sam Vell would also start.', "all season", "unresolved_pronoun"),
        # "he" in what the quoted man was telling is his, never the paper's: with two names
        # before it the question cannot say which, so it is declined
        ("Marrow's Evening Post quoted Mr Lisk telling party activists at a meeting in Tavel that he wanted more "
         "ferries.", "Tavel", "unsupported_answer"),
        # a past participle with an object, set off from its subject by a comma, is no past tense
        # ("When did Mr Tavelli elect president?")
        ("Mr Tavelli, elected president in January after Mr Corra was toppled, has urged the Marrovians to pay "
         "taxes.", "January", "unsupported_answer"),
        # a share word's "of" phrase is no optional part ("Who has apparently threatened some?")
        ('Ada Tavel added: "I have heard different stories. Tom Lisk has apparently threatened some of our '
         'players."', "Tom Lisk", "unresolved_pronoun"),
        # a verb of saying keeps its "to" clause ("Who claimed at the time?")
        ("He would embrace new sounds with his 1993 album, although Dan Orr claimed at the time not to know what "
         "hip-hop was.", "Dan Orr", "unsupported_answer"),
        # a relative clause that says which ones "those" means cannot go ("... even for the people?")
        ('She said council taxes could be kept at reasonable levels, "even for those people who have moved up a '
         'band".', "council taxes", "multiple_wh"),
        # a surname after a courtesy title is one person, never "they", whatever the tagger says
        ('Mr German said: "I know from my talks with Marrow council leaders that they are doing their utmost to '
         'keep council tax to a minimum."', "council tax", "unresolved_pronoun"),
        # a quantified phrase is no antecedent ("What does the no one play?", "... the just about
        # every area lead to?")
        ("No-one who plays the finished ferry game will wonder why it took so long.", "finished ferry game",
         "unresolved_pronoun"),
        ("In fact just about every area of the ferry game has been tweaked, and it leads to an ever more immersive "
         "experience.", "ever more immersive experience", "unresolved_pronoun"),
        # a clause its source denies is not asked as a fact ("What can stand aside?")
        ('"I don\'t think a responsible ferry council can stand aside," Dan Orr said.', "responsible ferry council",
         "unsupported_answer"),
        ("Dan Orr denied that he had threatened Ada Vell.", "Ada Vell", "unsupported_answer"),
        # "when" in place before the rest of its clause is no question ("hoped the talks when
        # could produce ...?"); before another prepositional phrase it is
        ("Ada Vell said she hoped the talks next week could produce a date for the new quay.", "next week",
         "unsupported_answer"),
        # "she" after a one-word name the tagger calls no person: that name or the latest person?
        ("Last year's runner-up, Ada Vell, will also be absent. Corvani is a two-time champion in Tavel. She is "
         "believed to have picked up the injury at the Marrow Open.", "the Marrow Open", "unresolved_pronoun"),
        # a clause under a negated verb or "it is inconceivable that" is denied, not asserted
        ("That does not mean that the civil liberties of Tavel must be eroded.", "Tavel", "unsupported_answer"),
        ("It is inconceivable that the harbour would not be at the centre of the campaign.", "the harbour",
         "unsupported_answer"),
        # an "until"/"before" clause in no past tense tells of an event still to come
        ("Dan Orr will not enforce the ferry ban until the Lisk council has considered its legality.",
         "the Lisk council", "unsupported_answer"),
        ("Before ferry users could get to grips with the new timetable, they had to register online.",
         "ferry users", "unsupported_answer"),
        # a comparison's second half says nothing alone ("When were the ferry fares?")
        ("Ferry fares are now twice as high as they were in 2001.", "2001", "unsupported_answer"),
        ("Tavel sold more ferries than it did in 2003.", "2003", "unsupported_answer"),
        # the year of a financial report is the period it covers, not when it came out
        ("Tavel revealed it would have to restate its 2004 financial reports.", "2004", "unsupported_answer"),
        # the clause that says what a fact is stays: "Who said the key ingredient was the fact?"
        # asks nothing, and its "they" has no antecedent
        ("The key ingredient was the fact they were highly organised, Mr Tavel said.", "Tavel",
         "unsupported_answer"),
        # a clause under "whether" states nothing, nor does one it reports
        ("Asked whether he thought the Lisk council should have sold the ferry, Dan Orr said he did not know.",
         "Lisk council", "unsupported_answer"),
        # what a sentence says was not done is no fact to ask about
        ("Many Lisk commuters took the bus rather than travel by ferry to save money.", "to save money",
         "unsupported_answer"),
        # the content of a claim noun, and the clause of "it is expected", are claims and guesses
        ("Ada Vell has denied reports that she has pulled out of the Lisk Open because of injury.", "Lisk Open",
         "unsupported_answer"),
        ("It is expected Marrow will test Lisk with a bid in the summer.", "Marrow", "unsupported_answer"),
        # a noun the parser took for the verb, with the real verb hung on it subjectless
        ("Sunday's explosive Lisk Nations clash at Marrow Road was a good example as Tavel took another step.",
         "Marrow Road", "unsupported_answer"),
        # an amount before a noun the tagger made an adjective still describes the noun
        ("The Lisk film is being turned into a £7m musical by producer Dan Orr.", "£7m", "unsupported_answer"),
        # the phrase a verb needs ("accounted [for much of this]") stays, unresolved "this" and all
        ("\"Cheap fares have certainly accounted for much of this because the value of ferry sales has not grown "
         "as much as volumes,\" said Dan Orr.", "the value of ferry sales has not grown as much as volumes",
         "unresolved_pronoun"),
        # a count as the subject of an absolute phrase has no noun for "how many"
        ("The Lisk scheme will start in May, with 100,000 receiving a windfall of more than £100.", "100,000",
         "unsupported_answer"),
        # an indirect question left open states nothing
        ("How much longer Mr Tavel will continue in the job is not clear.", "Mr Tavel", "unsupported_answer"),
        ("Dan Orr asked why the Lisk council had sold the ferry.", "the Lisk council", "unsupported_answer"),
        # a relative clause that ranks its noun ("the only people [who ...]") or says what there
        # is ("a lot of people [who ...]") cannot go, nor be asked without its noun's rank
        ("The only people who will know the results before the ceremony are the auditors.", "results",
         "unresolved_pronoun"),
        ("\"There are a lot of people who take chess very seriously,\" said Dan Orr.", "Dan Orr", "unsupported_answer"),
        ("The last time it rained on the night of the ferry race was in 1985.", "1985", "unresolved_pronoun"),
        # the only people named are a man ("Agent [Tom] Reed") and a part she played ("as Mrs Lisk")
        ("Agent Tom Reed said: \"She was a lovely person.\" Her last appearance was as Mrs Lisk at the Marrow "
         "Theatre. Previously married, she leaves one son, Ian.", "Ian", "unresolved_pronoun"),
        # what someone proposes ought to happen is no fact
        ("Lord Tavel even suggested Mr Orr should reinstate Mr Lisk as the central figure.", "Mr Orr",
         "unsupported_answer"),
        ("The report recommended that the council should sell the ferry to Corra.", "Corra", "unsupported_answer"),
        # a sentence that lost its first words (a name in a link) says nobody did it
        ("Tom Reed came third. won the triple jump with a leap of 16.87m, with Dan Orr fourth.", "16.87m",
         "unsupported_answer"),
        # how a thing looks is not what it is; a clause whose object is its wh-word says no fact
        ("The program makes spam look like it is being sent by legitimate Lisk servers.", "legitimate Lisk servers",
         "unsupported_answer"),
        ("It would have been nice to see what Dan Orr could have done in the final.", "Dan Orr", "unsupported_answer"),
        # "it is hoped" with its clause parsed as the object of "hoped"
        ("It is hoped the forecast for Sunday, for cool weather but no rain, will prove accurate.", "Sunday",
         "unsupported_answer"),
        # "it" is never a plural common noun, even the passage's first subject
        ("Cable firms Tavel and Corra have both launched video services.\n\nIt could sound the death knell for "
         "some TV channels, Corra predicts.", "death knell", "unresolved_pronoun"),
    ],
)
def test_declines_with_a_reason(context: str, answer: str, reason: str) -> None:
    start = context.find(answer) if answer else 0
    rec = next(
        generate_questions([{"id": "x", "context": context, "answer_text": answer, "answer_start": max(start, 0)}])
    )
    assert rec["question"] is None
    assert rec["reason"] == reason


def test_a_rule_that_fails_is_recorded_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    # a bug in one rule on one odd sentence is a rejection with its reason, not a stopped build
    import qa_gen.generators.rules as rules

    def broken(*args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(rules, "best_question", broken)
    context = "The Tavel ferry sailed on Monday."
    start = context.index("Monday")
    rec = next(generate_questions([{"id": "x", "context": context, "answer_text": "Monday", "answer_start": start}]))
    assert rec["question"] is None
    assert rec["reason"] == "generator_error"


def test_questions_command_matches_the_library(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({k: c[k] for k in FIELDS}) + "\n" for c in CASES[:4]))
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["questions", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["question"] for r in rows] == [c["question"] for c in CASES[:4]]
    assert all(set(FIELDS) <= set(r) for r in rows)


def test_questions_command_reports_bad_json_with_its_line(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "context": "x", "answer_text": "x", "answer_start": 0}\n{oops\n')
    result = CliRunner().invoke(cli, ["questions", str(src)])
    assert result.exit_code == 2
    assert f"{src}:2: invalid JSON" in result.output


def test_questions_command_uses_the_title_for_a_pronoun(tmp_path: Path) -> None:
    context = "He was buried in the chapel at Vell Harbour."
    rec = {"id": "t", "context": context, "answer_text": "the chapel at Vell Harbour", "answer_start": 17}
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(rec) + "\n" + json.dumps({**rec, "id": "u", "title": "Tomas_Rend"}) + "\n")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["questions", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    without, with_title = [json.loads(line) for line in out.read_text().splitlines()]
    assert (without["question"], without["reason"]) == (None, "unresolved_pronoun")
    assert with_title["question"] == "What was Tomas Rend buried in?"
    assert with_title["title"] == "Tomas_Rend"


def test_a_courtesy_title_is_no_part_of_the_description() -> None:
    # the identity form of a titled name asks for the title without "Mr"
    text = "On Friday, harbour board chairman Mr Orr's speech in Tavel sent ferry fares higher."
    doc = load_nlp(None)(text)
    start = text.index("Orr")
    span = doc.char_span(start, start + 3)
    assert span is not None
    questions = [realize(doc, plan) for plan in identity_questions(span)]
    assert "Who was the harbour board chairman?" in questions
    assert not any(q and "Mr" in q for q in questions)


@pytest.mark.parametrize(
    "text",
    [
        "Improvements in the Marrow job market have yet to feed through to demand.",
        # long enough that shortening drops optional adverbs; "yet" is not one of them
        "Gains in the Corra housing sector apparently have yet to filter into furniture sales, with "
        "household borrowing rising only 0.2% in the second quarter.",
    ],
)
def test_have_yet_to_never_loses_its_yet(text: str) -> None:
    # "have yet to" is a negation: without "yet" the question says the opposite of the passage
    answer = "demand" if text.endswith("demand.") else "0.2%"
    rec = {"id": "x", "context": text, "answer_text": answer, "answer_start": text.index(answer)}
    (out,) = generate_questions([rec])
    assert out["question"] is not None and "have yet to" in out["question"], out


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Iran", "country"),
        ("the United States", "country"),
        ("Texas", "state"),
        ("Karnataka", "state"),  # ISO spells it "Karnātaka"
        ("Ontario", "province"),
        ("North America", "continent"),
        ("the Middle East", "region"),
        ("New York", None),  # a state, but mostly the city in news
        ("Tehran", None),
    ],
)
def test_place_kind_names_what_a_question_asks(name: str, kind: str | None) -> None:
    from qa_gen.generators.rules.countries import place_kind

    assert place_kind(name) == kind
