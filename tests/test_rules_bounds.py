"""Rules backend, content boundaries: (text, expected rows) tables, English and Russian.

Where reported content ends (and starts) when the sentence goes on past it: a fronted subordinate
clause, a trailing appositive or relative clause, the main clause after a set-off cue clause.
Each expected row is (kind, speaker text or None, cue text or None, content pieces).
"""

from __future__ import annotations

import pytest

from builder import api

Row = tuple[str, str | None, str | None, list[str]]


def rows(text: str, lang: str) -> list[Row]:
    return [(q.kind, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None,
             [c.text for c in q.content])
            for q in api.extract(text, lang=lang) if q.parent_id is None]


FRONTED_SUBORDINATE = [
    # a cue in a clause opened by a subordinator at the start of the sentence reports up to the comma
    # that closes the clause; the main clause is the narrator's (was content up to the full stop)
    ("While liberals dismissed him as a Hollywood actor, the truth was he was a governor.", "en",
     [("indirect", "liberals", "dismissed", ["him as a Hollywood actor"])]),
    ("While Clinton has forcefully condemned the proposal, the groups say they are concerned.", "en",
     [("indirect", "Clinton", "condemned", ["the proposal"]),
      ("indirect", "the groups", "say", ["they are concerned"])]),
    ("But when Fiorina announced 6,000 layoffs, some workers were angry.", "en",
     [("indirect", "Fiorina", "announced", ["6,000 layoffs"])]),
    ("Хотя министр заявил, что реформа провалилась, депутаты проголосовали за бюджет.", "ru",
     [("indirect", "министр", "заявил", ["реформа провалилась"])]),
    ("Когда Петров осудил решение суда, зал замолчал.", "ru", [("indirect", "Петров", "осудил", ["решение суда"])]),
    # so does one whose subject does not follow the subordinator at once: an adverb before it, a time
    # phrase after it (was content up to the full stop)
    ("Even after the mayor of the city announced the closure, the workers stayed.", "en",
     [("indirect", "the mayor of the city", "announced", ["the closure"])]),
    ("When on Monday the mayor announced the closure, the workers stayed.", "en",
     [("indirect", "the mayor", "announced", ["the closure"])]),
    ("Когда в понедельник министр осудил решение суда, зал замолчал.", "ru",
     [("indirect", "министр", "осудил", ["решение суда"])]),
    # a subordinator inside the content keeps its main clause ("if X, Y" is what was said)
    ("The minister said that if the reform fails, deputies will leave.", "en",
     [("indirect", "The minister", "said", ["if the reform fails, deputies will leave"])]),
    ("Министр заявил, что если реформа провалится, депутаты уйдут.", "ru",
     [("indirect", "Министр", "заявил", ["если реформа провалится, депутаты уйдут"])]),
    # a relative clause set off inside that subordinate clause does not close it: its closing comma is not
    # the one before the main clause (was content up to "were still alive")
    ("The senator added that if his brother, who died last year, were still alive, he would vote for her.", "en",
     [("indirect", "The senator", "added",
       ["if his brother, who died last year, were still alive, he would vote for her"])]),
    ("Министр добавил, что если его брат, который живёт в Москве, приедет, он встретит его.", "ru",
     [("indirect", "Министр", "добавил", ["если его брат, который живёт в Москве, приедет, он встретит его"])]),
    # so does an adverb or a prepositional phrase that opens the content before its subject (was content up
    # to the comma); without one, a comma and a subject pronoun still open a clause of the narrator's
    ("The company had argued that in an era of technological change, it needed the flexibility.", "en",
     [("indirect", "The company", "argued", ["in an era of technological change, it needed the flexibility"])]),
    ("Obama knows that ultimately, it was the fault of American policy.", "en",
     [("indirect", "Obama", "knows", ["ultimately, it was the fault of American policy"])]),
    ("He said that even after he steps down, he will look for ways to help.", "en",
     [("indirect", "He", "said", ["even after he steps down, he will look for ways to help"])]),
    ("The minister said that the reform failed, he was told.", "en",
     [("indirect", "The minister", "said", ["the reform failed"])]),
    ("Министр заявил, что после отставки, он продолжит работу.", "ru",
     [("indirect", "Министр", "заявил", ["после отставки, он продолжит работу"])]),
    ("Министр заявил, что реформа провалилась, он уйдёт.", "ru",
     [("indirect", "Министр", "заявил", ["реформа провалилась"])]),
    # "contrary to", "given", "under" (lexicon grammar.adjunct_openers) open such an adjunct too (was content
    # up to the comma)
    ("He says that contrary to the claims of his rivals, he is not plotting to take away guns.", "en",
     [("indirect", "He", "says", ["contrary to the claims of his rivals, he is not plotting to take away guns"])]),
    ("Sanders said that given Obama's popularity with voters, he was confident the president would campaign.", "en",
     [("indirect", "Sanders", "said",
       ["given Obama's popularity with voters, he was confident the president would campaign"])]),
    ("Министр заявил, что вопреки утверждениям оппозиции, он не собирается уходить.", "ru",
     [("indirect", "Министр", "заявил", ["вопреки утверждениям оппозиции, он не собирается уходить"])]),
    ("Министр заявил, что учитывая рост цен, он предложит новый бюджет.", "ru",
     [("indirect", "Министр", "заявил", ["учитывая рост цен, он предложит новый бюджет"])]),
    # nor does a cue clause after such an adjunct's comma: it is the reported clause itself, its row nested
    # (was content up to the comma, "despite the excitement", and the inner cue's row at the top level)
    ("He told the Journal that despite the excitement, he did not think the casino would last.", "en",
     [("indirect", "He", "told", ["despite the excitement, he did not think the casino would last"])]),
    ("Министр сообщил журналистам, что несмотря на протесты, он считает реформу нужной.", "ru",
     [("indirect", "Министр", "сообщил", ["несмотря на протесты, он считает реформу нужной"])]),
    # so with the adjunct set off by a comma of its own after the complementizer (was the adjunct alone)
    ("The officer testified that, contrary to the arguments in court, he saw the rifles.", "en",
     [("indirect", "The officer", "testified", ["contrary to the arguments in court, he saw the rifles"])]),
    ("Министр заявил, что, несмотря на протесты, он считает реформу нужной.", "ru",
     [("indirect", "Министр", "заявил", ["несмотря на протесты, он считает реформу нужной"])]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), FRONTED_SUBORDINATE)
def test_fronted_subordinate_clause(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


TRAILING_ASIDES = [
    # a trailing appositive or non-restrictive relative clause after the last comma of content that runs
    # to the end of the sentence is the narrator's aside (was content up to the full stop)
    ("Media titan Rupert Murdoch announced his engagement to Jerry Hall, who is the ex-wife of Mick Jagger.", "en",
     [("indirect", "Media titan Rupert Murdoch", "announced", ["his engagement to Jerry Hall"])]),
    ("The FBI director said she should face no criminal charges, a recommendation the attorney general adopted.",
     "en", [("indirect", "The FBI director", "said", ["she should face no criminal charges"])]),
    ("Trump has declared that he plans to repeal the Dodd-Frank Act, which was passed in 2010.", "en",
     [("indirect", "Trump", "declared", ["he plans to repeal the Dodd-Frank Act"])]),
    # an aside with a comma after it is inside the clause; an aside with a quotation quotes the speaker
    ("Smith said the plan, which was drafted in May, will fail.", "en",
     [("indirect", "Smith", "said", ["the plan, which was drafted in May, will fail"])]),
    ("Sanders said he was hoping for a large turnout, which “will help elect Kloppenburg.”", "en",
     [("mixed", "Sanders", "said", ["he was hoping for a large turnout, which “will help elect Kloppenburg.”"])]),
    # an object that a coordinated cue ends keeps its relative clause (the seeds' annotation, §4.7)
    ("The Secretary condemned the recent missile launches, which were in violation of UN resolutions, and "
     "reaffirmed openness to dialogue.", "en",
     [("indirect", "The Secretary", "condemned",
       ["the recent missile launches, which were in violation of UN resolutions"]),
      ("indirect", "The Secretary", "reaffirmed", ["openness to dialogue"])]),
    # Russian keeps relative clauses inside the reported clause (guidelines §4.7)
    ("Министр заявил, что реформу поддержал Петров, который возглавляет комитет.", "ru",
     [("indirect", "Министр", "заявил", ["реформу поддержал Петров, который возглавляет комитет"])]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), TRAILING_ASIDES)
def test_trailing_asides(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


PARENTHETICAL_CUE = [
    # after a cue clause that ends with its verb ("X, Smith said, Y") the piece after its comma goes on
    # with X: no appositive of the speaker, and a finite verb there is X's predicate (was X alone)
    ("Overall, she said, a number of key Republican constituencies are finding themselves alienated.", "en",
     [("indirect", "she", "said",
       ["Overall", "a number of key Republican constituencies are finding themselves alienated"])]),
    ("His wife, he says, plans to leave the Democratic Party.", "en",
     [("indirect", "he", "says", ["His wife", "plans to leave the Democratic Party"])]),
    ("Его жена, он говорит, планирует уйти из партии.", "ru",
     [("indirect", "он", "говорит", ["Его жена", "планирует уйти из партии"])]),
    # a cue clause after that comma goes on with X too, and its own row nests inside (was X alone); a
    # coordinated clause ("but Jones said") or a quotation there has a row of its own
    ("But without the ability to campaign, Ms. Gedrich said, she thought she would use every tool.", "en",
     [("indirect", "Ms. Gedrich", "said",
       ["But without the ability to campaign", "she thought she would use every tool"])]),
    ("Если требования не выполнят, Тейлор предупредил, сторонники Сандерса считают, что надо уйти из партии.", "ru",
     [("indirect", "Тейлор", "предупредил",
       ["Если требования не выполнят", "сторонники Сандерса считают, что надо уйти из партии"])]),
    ("The plan will fail, Smith said, but Jones said it would work.", "en",
     [("indirect", "Smith", "said", ["The plan will fail"]), ("indirect", "Jones", "said", ["it would work"])]),
    # a participle after the comma is a cue clause of its own; after an inverted speaker ("said Smith,")
    # an appositive describes the speaker
    ("The plan will fail, Smith said, adding that the vote was rigged.", "en",
     [("indirect", "Smith", "said", ["The plan will fail"]), ("indirect", "Smith", "adding", ["the vote was rigged"])]),
    ("The plan, said Smith, a senior fellow at the institute, is weak.", "en",
     [("indirect", "Smith", "said", ["The plan", "is weak"])]),
    # past such an appositive or a relative clause about the speaker, an auxiliary after the comma that
    # closes it opens the second piece, the main predicate (was the first piece alone)
    ("And Trump, said Sunshine, who remains friendly with her former boss, doesn't forgive or forget.", "en",
     [("indirect", "Sunshine", "said", ["And Trump", "doesn't forgive or forget"])]),
    ("The plan, said Smith, who works at the institute, drew praise.", "en",
     [("indirect", "Smith", "said", ["The plan"])]),
    ("Этот план, сказал Смит, который работает в институте, будет провален.", "ru",
     [("indirect", "Смит", "сказал", ["Этот план", "будет провален"])]),
    # the first piece starts after its last dash (and a coordinator there): before it the narrator speaks
    # (was the piece from the sentence's start); a piece without a second one keeps its dashes
    ("He had a rally that night - and the permit, his campaign said, had been hard to get.", "en",
     [("indirect", "his campaign", "said", ["the permit", "had been hard to get"])]),
    ("The plan - a tax cut - is a disaster, Smith said.", "en",
     [("indirect", "Smith", "said", ["The plan - a tax cut - is a disaster"])]),
    ("Вечером у него был митинг — и разрешение, заявил Петров, было трудно получить.", "ru",
     [("indirect", "Петров", "заявил", ["разрешение", "было трудно получить"])]),
    ("Вечером у него был митинг — и разрешение, по словам штаба, было трудно получить.", "ru",
     [("indirect", "штаба", "по словам", ["разрешение", "было трудно получить"])]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), PARENTHETICAL_CUE)
def test_parenthetical_cue_clause(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


OBJECT_ENDS = [
    # a date ends a nominal object, the day's number with it (Russian puts it before the month)
    ("Министр осудил арест 1 июля.", "ru", [("indirect", "Министр", "осудил", ["арест"])]),
    ("Clinton condemned the attack on 5 December.", "en", [("indirect", "Clinton", "condemned", ["the attack"])]),
    ("Clinton condemned the attack December 5.", "en", [("indirect", "Clinton", "condemned", ["the attack"])]),
    # a role phrase set off by commas (", as a …,") is no clause: the object goes on past it
    ("Some staffers have described how Trump, as a presidential candidate, zipped their lips.", "en",
     [("indirect", "Some staffers", "described", ["how Trump, as a presidential candidate, zipped their lips"])]),
    ("Smith endorsed Jones, while Brown stayed silent.", "en", [("indirect", "Smith", "endorsed", ["Jones"])]),
    # a time phrase followed by a predicate marker does not end the object ("see X Sunday as Y")
    ("Experts see the elections held Sunday as a test of the generals.", "en",
     [("indirect", "Experts", "see", ["the elections held Sunday as a test of the generals"])]),
    # a preposition before the date that ends an object is no part of the object (was "Jones in")
    ("Smith endorsed Jones in January.", "en", [("indirect", "Smith", "endorsed", ["Jones"])]),
    ("Министр осудил запуск ракет в понедельник.", "ru", [("indirect", "Министр", "осудил", ["запуск ракет"])]),
    # nor does a preposition after the date that carries the object on (lexicon grammar.date_continuations:
    # "over his stance", "за решение"); was the object up to the date
    ("Clinton blasted her rival Donald Trump on Monday over his muddled stance on abortion.", "en",
     [("indirect", "Clinton", "blasted", ["her rival Donald Trump on Monday over his muddled stance on abortion"])]),
    ("Smith praised the workers Tuesday for their patience.", "en",
     [("indirect", "Smith", "praised", ["the workers Tuesday for their patience"])]),
    ("Министр раскритиковал правительство в понедельник за решение о закрытии завода.", "ru",
     [("indirect", "Министр", "раскритиковал", ["правительство в понедельник за решение о закрытии завода"])]),
    # a relative clause right after the date belongs to the object's noun: the object goes on (was cut
    # before the date); after a comma the date still ends it
    ("Trump never cited a source for his claim in November that Obama wants to take in refugees.", "en",
     [("indirect", "Trump", "cited", ["a source for his claim in November that Obama wants to take in refugees"])]),
    ("He cited a letter from his doctor Friday afternoon that says he is healthy.", "en",
     [("indirect", "He", "cited", ["a letter from his doctor Friday afternoon that says he is healthy"])]),
    ("Министр осудил запуск ракет в понедельник, который привёл к жертвам.", "ru",
     [("indirect", "Министр", "осудил", ["запуск ракет"]), ("indirect", "который", "привёл", ["жертвам"])]),
    # a date after a determiner or a possessive, or itself a possessor, modifies a noun of the object: the
    # object goes on (was cut before the date)
    ("She cited Clinton’s September 2011 visit to the United Nations.", "en",
     [("indirect", "She", "cited", ["Clinton’s September 2011 visit to the United Nations"])]),
    ("The poll found Trump the winner of Tuesday night’s debate.", "en",
     [("indirect", "The poll", "found", ["Trump the winner of Tuesday night’s debate"])]),
    ("Smith endorsed Jones on Tuesday night.", "en", [("indirect", "Smith", "endorsed", ["Jones"])]),
    ("Министр процитировал своё заявление в понедельник.", "ru",
     [("indirect", "Министр", "процитировал", ["своё заявление"])]),
    # "and" + an irregular past form (lexicon grammar.past_forms) opens a new predicate, as "and" + an -ed
    # form does (was content up to the full stop); Russian past forms are cue forms or none
    ("Clinton and Warren echoed similar liberal themes and took the stage together.", "en",
     [("indirect", "Clinton and Warren", "echoed", ["similar liberal themes"])]),
    ("Smith endorsed Jones and discussed the budget.", "en", [("indirect", "Smith", "endorsed", ["Jones"])]),
    ("He praised the workers who built the plant.", "en",
     [("indirect", "He", "praised", ["the workers who built the plant"])]),
    ("Министр осудил запуск ракет и заявил, что Россия ответит.", "ru",
     [("indirect", "Министр", "осудил", ["запуск ракет"]), ("indirect", "Министр", "заявил", ["Россия ответит"])]),
    # past a short prepositional adjunct a subject pronoun opens the reported clause (was the infinitive
    # after it, "to develop those relationships"); with no pronoun the infinitive is still the content
    ("Pence said in politics it takes time to develop those relationships.", "en",
     [("indirect", "Pence", "said", ["it takes time to develop those relationships"])]),
    ("Pence said at the rally to vote for Trump.", "en", [("indirect", "Pence", "said", ["to vote for Trump"])]),
    ("Министр заявил на встрече он уйдёт в отставку.", "ru",
     [("indirect", "Министр", "заявил", ["он уйдёт в отставку"])]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), OBJECT_ENDS)
def test_object_ends(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


SET_OFF_CUE_CLAUSE = [
    # a cue in a clause set off inside its sentence (a relative clause, a participle after a comma) reports
    # up to the comma before the sentence's main predicate, an auxiliary (was content up to the full stop)
    ("Romney, who gave a March speech denouncing Donald Trump, will not be present at the convention.", "en",
     [("indirect", "Romney", "denouncing", ["Donald Trump"])]),
    ("The policy changes, which officials said will go into effect in the next few months, will not apply to all "
     "migrants.", "en",
     [("indirect", "officials", "said", ["will go into effect in the next few months"])]),
    ("Voters who believe the media are covering for Clinton, are unlikely to be impressed.", "en",
     [("indirect", "who", "believe", ["the media are covering for Clinton"])]),
    ("Министр, который заявил, что реформа провалилась, был уволен.", "ru",
     [("indirect", "который", "заявил", ["реформа провалилась"])]),
    # … or, where morphology tells it, before a finite main verb
    ("Смирнов, назвав сделку катастрофой, проголосовал против.", "ru",
     [("indirect", "Смирнов", "назвав", ["сделку катастрофой"])]),
    ("Министр, который сказал, что реформа провалилась, уехал в Москву.", "ru",
     [("indirect", "который", "сказал", ["реформа провалилась"])]),
    ("Smith, calling the deal a disaster, voted against it.", "en",
     [("indirect", "Smith", "calling", ["the deal a disaster"])]),
    # or a lower-case past form, past adverbs (was content up to the full stop)
    ("Democrats in Congress, fearing the electoral consequences, repeatedly failed to unite behind the bills.", "en",
     [("indirect", "Democrats", "fearing", ["the electoral consequences"])]),
    ("A progressive group that endorsed Sanders in the primary, launched a petition on Wednesday.", "en",
     [("indirect", "that", "endorsed", ["Sanders in the primary"])]),
    ("Министр, который осудил решение суда, ушёл в отставку.", "ru",
     [("indirect", "который", "осудил", ["решение суда"])]),
    # a relative pronoun right before the cue without a comma: its object ends at an auxiliary that no
    # infinitive marker leads, the main predicate (was content up to the full stop); not a question, and a
    # clause the cue reports keeps its own auxiliaries
    ("Senators who wanted to attend the convention could be faced with a dilemma.", "en",
     [("indirect", "who", "wanted", ["to attend the convention"])]),
    ("Respondents who support Sanders are in college.", "en", [("indirect", "who", "support", ["Sanders"])]),
    ("Another question asked voters how likely Clinton was to win.", "en",
     [("indirect", "Another question", "asked", ["how likely Clinton was to win"])]),
    ("Сенаторы, которые осудили решение суда, будут переизбраны.", "ru",
     [("indirect", "которые", "осудили", ["решение суда"])]),
    # not when the cue clause is a parenthesis after the content's start, nor past a comma that opens the
    # content's own aside, nor in a main clause after ", and"
    ("The truth, the senator said then, was that Trump had attacked his wife.", "en",
     [("indirect", "the senator", "said", ["then, was that Trump had attacked his wife"])]),
    ("The economy slowed, and Sanders suggested that, and not his candidacy, was the reason.", "en",
     [("indirect", "Sanders", "suggested", ["and not his candidacy, was the reason"])]),
    ("Smith, a senator, said the plan, which was drafted in May, will fail.", "en",
     [("indirect", "Smith", "said", ["the plan, which was drafted in May, will fail"])]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), SET_OFF_CUE_CLAUSE)
def test_set_off_cue_clause(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


CONTENT_STARTS = [
    # a reported question opens the content itself: a complementizer further on belongs to it (was content
    # from that complementizer, "he was reversing his pledge"); Russian lists no question words
    ("A reporter asked if recent deployments in Iraq meant that he was reversing his pledge.", "en",
     [("indirect", "A reporter", "asked", ["if recent deployments in Iraq meant that he was reversing his pledge"])]),
    ("The survey asks where each resident was born and whether he or she is a citizen.", "en",
     [("indirect", "The survey", "asks", ["where each resident was born and whether he or she is a citizen"])]),
    ("Журналист спросил, означает ли это, что он отказывается от обещания.", "ru",
     [("indirect", "Журналист", "спросил", ["он отказывается от обещания"])]),
    # appositives set off after a fronted cue clause's source are not content (were its first words):
    # English, a role noun or an indefinite article after a name; Russian, an animate noun that agrees with
    # the source in case and number
    ("According to John Smith, a spokesman for the ministry, the talks will resume on Monday.", "en",
     [("indirect", "John Smith", "According to", ["the talks will resume on Monday"])]),
    ("According to Leo Marsh, general secretary of the union, there are 12,000 members.", "en",
     [("indirect", "Leo Marsh", "According to", ["there are 12,000 members"])]),
    ("По словам Ивана Петрова, представителя министерства, переговоры возобновятся в понедельник.", "ru",
     [("indirect", "Ивана Петрова", "По словам", ["переговоры возобновятся в понедельник"])]),
    ("Как сообщил Иван Петров, представитель министерства, переговоры возобновятся в понедельник.", "ru",
     [("indirect", "Иван Петров", "сообщил", ["переговоры возобновятся в понедельник"])]),
    ("Как пишет один из участников встречи, отставной генерал Питер Цвак, мероприятия были отменены.", "ru",
     [("indirect", "один из участников встречи", "Как пишет", ["мероприятия были отменены"])]),
    # ... but the content's own subject, set off by a relative clause or a participle, stays (and a source that
    # is no name takes no appositive in English)
    ("According to Smith, the talks, which began in May, will resume.", "en",
     [("indirect", "Smith", "According to", ["the talks, which began in May, will resume"])]),
    ("According to the report, a majority of voters, especially women, support the plan.", "en",
     [("indirect", "the report", "According to", ["a majority of voters, especially women, support the plan"])]),
    ("По словам Петрова, переговоры, начатые в мае, возобновятся.", "ru",
     [("indirect", "Петрова", "По словам", ["переговоры, начатые в мае, возобновятся"])]),
    ("Как сообщили представители министерства, российские военные, находящиеся в Сирии, не пострадали.", "ru",
     [("indirect", "представители министерства", "сообщили",
       ["российские военные, находящиеся в Сирии, не пострадали"])]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CONTENT_STARTS)
def test_content_starts(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected
