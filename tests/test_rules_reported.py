"""Rules backend, reported speech: (text, expected rows) tables per frame, English and Russian.

Each expected row is (kind, speaker text or None, cue text or None, content pieces).
"""

from __future__ import annotations

import pytest

from builder import api

Row = tuple[str, str | None, str | None, list[str]]


def rows(text: str, lang: str, outermost: bool = True) -> list[Row]:
    return [(q.kind, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None,
             [c.text for c in q.content])
            for q in api.extract(text, lang=lang) if not outermost or q.parent_id is None]


CONTENT_AFTER = [
    # a cue's form after a determiner is an adjective ("a written statement"), not another cue: the
    # complementizer after the adjuncts still opens the content
    ('Jill Martin said in a written statement in March that the claims had "no substance."', "en",
     [("mixed", "Jill Martin", "said", ['the claims had "no substance."'])]),
    ("Джилл Мартин заявила в письменном заявлении в марте, что обвинения «не имеют оснований».", "ru",
     [("mixed", "Джилл Мартин", "заявила", ["обвинения «не имеют оснований»"])]),
    # adjectives of belief after a form of "be" report like the Russian «уверен» (were no row); "hopefuls"
    # is a noun
    ("Party leaders were adamant that the vote would go ahead.", "en",
     [("indirect", "Party leaders", "adamant", ["the vote would go ahead"])]),
    ("Aides are hopeful that the bill will pass.", "en", [("indirect", "Aides", "hopeful", ["the bill will pass"])]),
    ("Republican hopefuls debated in Iowa.", "en", []),
    ("Министр уверен, что завод откроется.", "ru", [("indirect", "Министр", "уверен", ["завод откроется"])]),
    # … and of intention with an infinitive (after an auxiliary only: "voters eager to vote" is no report)
    ("The mayor was eager to close the plant.", "en", [("indirect", "The mayor", "eager", ["to close the plant"])]),
    ("Voters eager to vote lined up.", "en", []),
    ("Власти намерены закрыть завод.", "ru", [("indirect", "Власти", "намерены", ["закрыть завод"])]),
    # "brag" doubles its consonant (was "braged", "braging": no cue); Russian хвастаться / похвастаться
    ("The senator bragged that the bill passed.", "en", [("indirect", "The senator", "bragged", ["the bill passed"])]),
    ("Smith was bragging about the deal.", "en", [("indirect", "Smith", "bragging", ["about the deal"])]),
    ("Сенатор хвастался, что закон принят.", "ru", [("indirect", "Сенатор", "хвастался", ["закон принят"])]),
    # the person asked, begged or warned is the addressee, not the content; after a comma there is none
    ("Журналисты спросили министра, закроется ли завод.", "ru",
     [("indirect", "Журналисты", "спросили", ["закроется ли завод"])]),
    ("Журналисты спросили, закроется ли завод.", "ru",
     [("indirect", "Журналисты", "спросили", ["закроется ли завод"])]),
    ("Министр попросил рабочих не волноваться.", "ru", [("indirect", "Министр", "попросил", ["не волноваться"])]),
    ("Reporters asked the minister whether the plant would close.", "en",
     [("indirect", "Reporters", "asked", ["the plant would close"])]),
    # a colon a few words after the cue opens the content: the words before it (addressee, time, medium)
    # are none of it, and what follows the colon is no addressee; a date before a title's colon is no source
    ("Smith told reporters: the plant will close next year.", "en",
     [("indirect", "Smith", "told", ["the plant will close next year"])]),
    ("Plant news.\n\nThe agency said on Thursday: the plant will close next year.", "en",
     [("indirect", "The agency", "said", ["the plant will close next year"])]),
    ("Агентство сообщило: завод закроется в следующем году.", "ru",
     [("indirect", "Агентство", "сообщило", ["завод закроется в следующем году"])]),
    ("Новости завода.\n\nАгентство сообщило в четверг: завод закроется в следующем году.", "ru",
     [("indirect", "Агентство", "сообщило", ["завод закроется в следующем году"])]),
    ("Смирнов заявил журналистам: завод закроется в следующем году.", "ru",
     [("indirect", "Смирнов", "заявил", ["завод закроется в следующем году"])]),
    # a coordinated verb that opens a clause with a complementizer, whose subject is not found: no speaker
    ("Her campaign met mothers and said that the women would campaign.", "en",
     [("indirect", None, "said", ["the women would campaign"])]),
    ("Её штаб встретился с матерями и заявил, что женщины будут агитировать.", "ru",
     [("indirect", None, "заявил", ["женщины будут агитировать"])]),
    # a participle with no comma before it that opens a clause with a complementizer reports it
    ("New York Attorney General Eric Schneiderman filed a lawsuit in 2013 alleging that Trump University "
     "defrauded students.", "en",
     [("indirect", "New York Attorney General Eric Schneiderman", "alleging",
       ["Trump University defrauded students"])]),
    ("Clinton clearly erred in saying that the figure was right.", "en",
     [("indirect", "Clinton", "saying", ["the figure was right"])]),
    ("Прокурор подал иск утверждая, что университет обманул студентов.", "ru", []),
    # or a clause opened by a subject pronoun (was no cue); not "it", which may be the object, nor after "as"
    ("Senator Ted Cruz turned tougher against Mr. Trump, eventually saying he would be a disaster.", "en",
     [("indirect", "Senator Ted Cruz", "saying", ["he would be a disaster"])]),
    ("She criticized the line rather than labeling it terrorism.", "en",
     [("indirect", "She", "criticized", ["the line rather than labeling it terrorism"])]),
    # (Russian: an adverb phrase between the comma and the participle still hides it)
    ("Сенатор выступил против Трампа, в итоге заявив, что он будет катастрофой.", "ru", []),
    # an issuing verb whose object is a document reports nothing itself; the document's participle does
    ("Chris Carr released a statement confirming that the party will double its staff.", "en",
     [("indirect", "Chris Carr", "confirming", ["the party will double its staff"])]),
    ("She wrote a letter congratulating the organizers for the center.", "en",
     [("indirect", "She", "congratulating", ["the organizers for the center"])]),
    ("They published the results of their check by announcing that the statement was true.", "en",
     [("indirect", "They", "announcing", ["the statement was true"])]),
    ("The campaign released a video on Instagram on Monday.", "en", []),
    # a participle after "by" inside the content of its main clause's report is part of what it reports
    ("The candidate said he was not contradicting his stance on rich donors by accepting their help.", "en",
     [("indirect", "The candidate", "said",
       ["he was not contradicting his stance on rich donors by accepting their help"])]),
    ("Clinton responded to the attack by saying that she had never met him.", "en",
     [("indirect", "Clinton", "responded", ["to the attack by saying that she had never met him"])]),
    ("Он сказал, что кандидат не противоречит себе, принимая их помощь.", "ru",
     [("indirect", "Он", "сказал", ["кандидат не противоречит себе, принимая их помощь"])]),
    ("Sanders released his tax returns on Friday.", "en", [("indirect", "Sanders", "released", ["his tax returns"])]),
    # (the Russian lexicon lists no issuing verbs: the letter stays the content, the inner report nests)
    ("Он написал письмо, в котором заявил, что сделка плохая.", "ru",
     [("indirect", "Он", "написал", ["письмо, в котором заявил, что сделка плохая"])]),
    # a finite verb of continuation, "to" and a cue's base form are one cue ("continued to question")
    ("In an interview with CNN, Trump continued to question Cruz's temperament.", "en",
     [("indirect", "Trump", "continued to question", ["Cruz's temperament"])]),
    ("He continues to insist that he will fight on.", "en",
     [("indirect", "He", "continues to insist", ["he will fight on"])]),
    ("The crowd continued to chant.", "en", []),
    # a participle that opens its sentence and reports a clause: the main clause's subject after its comma speaks
    ("Noting that only Sen. Mark Kirk voted with Democrats, Tester added that the margin was thin.", "en",
     [("indirect", "Tester", "Noting", ["only Sen. Mark Kirk voted with Democrats"]),
      ("indirect", "Tester", "added", ["the margin was thin"])]),
    ("After saying he was nervous to ask a question, the man ended up in the middle of the debate.", "en",
     [("indirect", "the man", "saying", ["he was nervous to ask a question"])]),
    ("Regarding the push to expand background checks, the reasons behind the opposition are clear.", "en", []),
    # (a Russian mention after the comma ends before its verb, a word in neither the subject's case nor the
    # genitive)
    ("Заявив, что выборы подтасованы, Петров покинул зал.", "ru",
     [("indirect", "Петров", "Заявив", ["выборы подтасованы"])]),
    ("Saying that the vote was rigged, Petrov walked out of the hall.", "en",
     [("indirect", "Petrov", "Saying", ["the vote was rigged"])]),
    # a perfect participle ("having" and a past form) is a participle cue too (was 'Having' as a speaker)
    ("Having said that the vote was rigged, Petrov walked out of the hall.", "en",
     [("indirect", "Petrov", "said", ["the vote was rigged"])]),
    ("Petrov walked out of the hall, having said that the vote was rigged.", "en",
     [("indirect", "Petrov", "said", ["the vote was rigged"])]),
    ("Сказав, что выборы подтасованы, Петров покинул зал.", "ru",
     [("indirect", "Петров", "Сказав", ["выборы подтасованы"])]),
    # a phase verb with its particle ("went on to", "goes on to") is one too
    ("He went on to endorse Ayotte, calling her a rising star.", "en",
     [("indirect", "He", "went on to endorse", ["Ayotte"]), ("indirect", "He", "calling", ["her a rising star"])]),
    ("The piece goes on to slam Sanders’ “political revolution” for its cost.", "en",
     [("mixed", "The piece", "goes on to slam", ["Sanders’ “political revolution” for its cost"])]),
    ("He went on to win the race.", "en", []),
    ("Он пошёл дальше и заявил, что выборы подтасованы.", "ru",
     [("indirect", "Он", "заявил", ["выборы подтасованы"])]),
    # (Russian has no infinitive marker and no phase_verbs: the infinitive after "продолжал" is no cue yet)
    ("Он продолжал утверждать, что не трогал её.", "ru", []),
    # the plural present "continue" and a past or present of "try" are such verbs too (were no row)
    ("Still, polls continue to show that GOP voters are more avid about voting.", "en",
     [("indirect", "polls", "continue to show", ["GOP voters are more avid about voting"])]),
    ("Mr. Bush tried to project a similar air of inevitability.", "en",
     [("indirect", "Mr. Bush", "tried to project", ["a similar air of inevitability"])]),
    ("He tried to reach the stage.", "en", []),
    ("Опросы продолжают показывать, что избиратели активны.", "ru", []),
    # a base form right after a quantifier that is the whole subject ("many believe", "few believe")
    ("Many believe Clinton has already proven herself incapable.", "en",
     [("indirect", "Many", "believe", ["Clinton has already proven herself incapable"])]),
    ("But few believe their relationship can ever be more than cool.", "en",
     [("indirect", "few", "believe", ["their relationship can ever be more than cool"])]),
    ("Многие считают, что Клинтон уже доказала свою неспособность.", "ru",
     [("indirect", "Многие", "считают", ["Клинтон уже доказала свою неспособность"])]),
    # a part of the day after a weekday is time, not content ("said Tuesday morning that …")
    ("He said Tuesday morning that the plan was “dead.”", "en", [("mixed", "He", "said", ["the plan was “dead.”"])]),
    ("Он заявил во вторник утром, что план «мёртв».", "ru", [("mixed", "Он", "заявил", ["план «мёртв»"])]),
    # a noun-like form at the start of a sentence is a verb when "that" or a colon follows it
    ("Smith states that the plan works.", "en", [("indirect", "Smith", "states", ["the plan works"])]),
    ("The document states that couples would receive paid leave.", "en",
     [("indirect", "The document", "states", ["couples would receive paid leave"])]),
    ("Their show of force in crucial Rust Belt states underscored how important it was.", "en",
     [("indirect", "Their show of force in crucial Rust Belt states", "underscored", ["how important it was"])]),
    ("Stein said the candidate was headed to the venue.", "en",
     [("indirect", "Stein", "said", ["the candidate was headed to the venue"])]),
    ("The New York Post reports that her team avoided the hospital.", "en",
     [("indirect", "The New York Post", "reports", ["her team avoided the hospital"])]),
    ("Trump told a rally audience that he would only do the debate.", "en",
     [("indirect", "Trump", "told", ["he would only do the debate"])]),
    ("Mukasey told delegates at the Republican National Convention that she should step aside.", "en",
     [("indirect", "Mukasey", "told", ["she should step aside"])]),
    # a capitalised word between the addressee and the complementizer is a name, not another cue ("Post")
    ("Wilson told The Post and Courier newspaper of Charleston on Saturday that he cast his ballot for Rubio.", "en",
     [("indirect", "Wilson", "told", ["he cast his ballot for Rubio"])]),
    ("Уилсон сообщил Известиям в субботу, что голосовал за Рубио.", "ru",
     [("indirect", "Уилсон", "сообщил", ["голосовал за Рубио"])]),
    ("Pate also told Breitbart News he'd support Clinton in a general election.", "en",
     [("indirect", "Pate", "told", ["he'd support Clinton in a general election"])]),
    ("Sen. Mitch McConnell (R-Ky.) said that he did not want a vote.", "en",
     [("indirect", "Sen. Mitch McConnell (R-Ky.)", "said", ["he did not want a vote"])]),
    ("Собеседники РБК сообщили, что Андрей Варичев умер от пневмонии.", "ru",
     [("indirect", "Собеседники РБК", "сообщили", ["Андрей Варичев умер от пневмонии"])]),
    ("Государственные СМИ лишь вскользь упоминают, что лидер занимается делами.", "ru",
     [("indirect", "Государственные СМИ", "упоминают", ["лидер занимается делами"])]),
    # a contrast clause after a comma ("…, while …", "…, однако …") is the narrator's: the content ends there
    ("An official responded by saying Japan should be “careful” in the waterway, while China weighed in.", "en",
     [("mixed", "An official", "saying", ["Japan should be “careful” in the waterway"])]),
    ("Smith said the plan would “not work” at all, while others praised it.", "en",
     [("mixed", "Smith", "said", ["the plan would “not work” at all"])]),
    ("Смит заявил, что план «не сработает», однако другие его похвалили.", "ru",
     [("mixed", "Смит", "заявил", ["план «не сработает»"])]),
    # a quotation after a colon that ends the reported clause: in English one attribution with two pieces,
    # in Russian an attribution of its own with the same speaker and cue
    ("Smith said that the answer is simple: “We will win this race.”", "en",
     [("mixed", "Smith", "said", ["the answer is simple", "“We will win this race.”"])]),
    ("Смит сказал, что ответ простой: «Мы выиграем эту гонку».", "ru",
     [("indirect", "Смит", "сказал", ["ответ простой"]), ("direct", "Смит", "сказал", ["Мы выиграем эту гонку"])]),
    # past a short prepositional adjunct, the infinitive is the content; an adjunct alone is none
    ("Sanders promised Sunday at a Las Vegas rally to end “the regime.”", "en",
     [("mixed", "Sanders", "promised", ["to end “the regime.”"])]),
    ("Sanders said at a rally in Las Vegas.", "en", []),
    ("Петров заявил на митинге в Москве.", "ru", []),
    # mixed: a reported clause with a quoted fragment
    ('Legal observers note the White House would not truly "close" the prison.', "en",
     [("mixed", "Legal observers", "note", ['the White House would not truly "close" the prison'])]),
    # a prepositional adjunct between the cue and "that"
    ("Trump said during the GOP debate that he is in favor of waterboarding.", "en",
     [("indirect", "Trump", "said", ["he is in favor of waterboarding"])]),
    # a coordinated predicate that opens with an auxiliary continues the reported clause; one with a cue
    # verb ("but did not say how") or a new subject returns to the narrator
    ("The candidate said the meeting was private and does not constitute an endorsement.", "en",
     [("indirect", "The candidate", "said", ["the meeting was private and does not constitute an endorsement"])]),
    ("Smith said the plan was bad and added that it would fail.", "en",
     [("indirect", "Smith", "said", ["the plan was bad"]), ("indirect", "Smith", "added", ["it would fail"])]),
    ("Он сказал, что встреча была личной и не является поддержкой.", "ru",
     [("indirect", "Он", "сказал", ["встреча была личной и не является поддержкой"])]),
    # a belief verb in the passive before a clause is the subject's belief ("is convinced that …")
    ("Sanders is convinced that the race is not over.", "en",
     [("indirect", "Sanders", "convinced", ["the race is not over"])]),
    ("Voters are concerned that the economy is weak.", "en",
     [("indirect", "Voters", "concerned", ["the economy is weak"])]),
    # the agent of a belief verb is what brought the belief about, no source ("convinced by the argument")
    ("He was convinced by the argument.", "en", []),
    ("The hiring of Stephen Bannon was seen by some as a demotion for him.", "en", []),
    ("Власти уверены, что причина не в газе.", "ru", [("indirect", "Власти", "уверены", ["причина не в газе"])]),
    # multiword speech cues ("made it clear") and knowledge verbs (belief) take a clause
    ("Davis made it clear that she did not view it in isolation.", "en",
     [("indirect", "Davis", "made it clear", ["she did not view it in isolation"])]),
    ("Obama has made clear he will veto the bill.", "en",
     [("indirect", "Obama", "made clear", ["he will veto the bill"])]),
    ("Sanders knows the party needs him.", "en", [("indirect", "Sanders", "knows", ["the party needs him"])]),
    # a bare-clause cue keeps its clause past a date ("say" takes a clause, not an object)
    ("Officials say Omar Mateen, a guard, held a license on Sunday and left.", "en",
     [("indirect", "Officials", "say", ["Omar Mateen, a guard, held a license on Sunday and left"])]),
    ("Trump said if Clinton is elected, she'll bring in more refugees.", "en",
     [("indirect", "Trump", "said", ["if Clinton is elected, she'll bring in more refugees"])]),
    # an adjunct between "that" and the clause's subject does not end the content
    ("The State Department has said that, at the request of agencies, it has classified 22 emails.", "en",
     [("indirect", "The State Department", "said", ["at the request of agencies, it has classified 22 emails"])]),
    # a second report after a comma and a fronted adjunct ends the first one's content
    ("In May she said the plan was a mistake, at the town hall this week she said it was fine.", "en",
     [("indirect", "she", "said", ["the plan was a mistake"]), ("indirect", "she", "said", ["it was fine"])]),
    # a bare verb after a plural mention: coordinated names, a plural determiner
    ("Forbes and Wealth-X say the United States has more billionaires.", "en",
     [("indirect", "Forbes and Wealth-X", "say", ["the United States has more billionaires"])]),
    ("By 80 to 10, those surveyed say the state should act.", "en",
     [("indirect", "those surveyed", "say", ["the state should act"])]),
    # a quoted fragment is part of the object even when it holds a coordinated verb
    ('King says Ali "talked the talk and walked the walk."', "en",
     [("mixed", "King", "says", ['Ali "talked the talk and walked the walk."'])]),
    # the short adjective of belief is a cue (the full one, "уверенный шаг", is not)
    ("Он уверен, что команда победит.", "ru", [("indirect", "Он", "уверен", ["команда победит"])]),
    ("Уверенный шаг сделал президент.", "ru", []),
    # a title's full stop ends no sentence, even where the segmenter splits there
    ("He said Ms. Brainard conveyed empathy.", "en", [("indirect", "He", "said", ["Ms. Brainard conveyed empathy"])]),
    ("She recalled that then-Sen. Obama had called her.", "en",
     [("indirect", "She", "recalled", ["then-Sen. Obama had called her"])]),
    # a coordinated clause with its own subject and cue ends the first one's content
    ("A third said the party ignores them and a quarter said it was hostile.", "en",
     [("indirect", "A third", "said", ["the party ignores them"]),
      ("indirect", "a quarter", "said", ["it was hostile"])]),
    ("Треть опрошенных сказали, что партия их не замечает, а четверть сказали, что она враждебна.", "ru",
     [("indirect", "Треть опрошенных", "сказали", ["партия их не замечает"]),
      ("indirect", "четверть", "сказали", ["она враждебна"])]),
    # a relative clause after an inverted speaker reports what follows it, and is no content piece
    ("The plan will pass, said Brown, who predicted about half of the members will vote for it.", "en",
     [("indirect", "Brown", "said", ["The plan will pass"]),
      ("indirect", "who", "predicted", ["about half of the members will vote for it"])]),
    # "show" reports with a document or study as subject, wherever its noun stands in the mention
    ("FEC records show the donor gave $38,000 since 2010.", "en",
     [("indirect", "FEC records", "show", ["the donor gave $38,000 since 2010"])]),
    ("Early results of a poll of Nevada voters show Clinton leading by six points.", "en",
     [("indirect", "Early results of a poll of Nevada voters", "show", ["Clinton leading by six points"])]),
    # a headline "Name: …" attributes its text; a label ("Breaking:", "Срочно:") or a sentence with a full
    # stop before the colon is no source
    ("Clinton: I Support Statehood For The District\n\nA judge ruled today.", "en",
     [("indirect", "Clinton", None, ["I Support Statehood For The District"])]),
    ("Breaking: Sanders Just Got A Major Win In Ohio\n\nA judge ruled today.", "en", []),
    ("Кисин: Продолжайте бороться за свободу\n\nТекст новости.", "ru",
     [("indirect", "Кисин", None, ["Продолжайте бороться за свободу"])]),
    ("Срочно: Кисин выступил в Москве с новой программой\n\nТекст новости.", "ru", []),
    # a headline in title case: its capitalised verb is a cue (a noun-like one still is not)
    ("Trump Says He Will Stay In The Race", "en", [("indirect", "Trump", "Says", ["He Will Stay In The Race"])]),
    ("Obama Health Plan Faces New Test In Court Today", "en", []),
    # a noun-like form after a common noun is a verb when a clause follows it
    ("The mayor claims that the plant will stay open.", "en",
     [("indirect", "The mayor", "claims", ["the plant will stay open"])]),
    # "as" that opens no parenthetical cue clause is a conjunction: the clause after it reports
    ("The album spreads just as the band announced a benefit concert for Sanders.", "en",
     [("indirect", "the band", "announced", ["a benefit concert for Sanders"])]),
    # a noun-like form with a name as its object reads as a verb (headline style)
    ("Obama slams GOP's doom and despair on the economy.", "en",
     [("indirect", "Obama", "slams", ["GOP's doom and despair on the economy"])]),
    # "but not" + a noun is elliptical content, "but did not" a new predicate of the main subject
    ("The group argued that providers should be punished, but not women.", "en",
     [("indirect", "The group", "argued", ["providers should be punished, but not women"])]),
    ("The group argued that providers should be punished but did not say how.", "en",
     [("indirect", "The group", "argued", ["providers should be punished"]),
      ("indirect", "The group", "say", ["how"])]),
    # a clause that is entirely a quotation is direct (embedded direct)
    ("Он пообещал, что «скоро начнется трансляция».", "ru",
     [("direct", "Он", "пообещал", ["скоро начнется трансляция"])]),
    # a cue clause with its own subject after a subordinator of contrast ends the content before it (was
    # content up to the full stop); a conditional clause stays part of what is reported
    ("More than half of white women preferred Clinton while about six in 10 white men supported Sanders.", "en",
     [("indirect", "half of white women", "preferred", ["Clinton"]),
      ("indirect", "about six in 10 white men", "supported", ["Sanders"])]),
    ("She said the plan was good, although critics argued it was too costly.", "en",
     [("indirect", "She", "said", ["the plan was good"]), ("indirect", "critics", "argued", ["it was too costly"])]),
    ("He said he would vote for her if voters said so.", "en",
     [("indirect", "He", "said", ["he would vote for her if voters said so"])]),
    # so does "as" (and the adverbs before it) with a subject pronoun and its cue
    ("Bivens hopes Democrats do not make the same mistake, even as he understands how hard it can be.", "en",
     [("indirect", "Bivens", "hopes", ["Democrats do not make the same mistake"]),
      ("indirect", "he", "understands", ["how hard it can be"])]),
    ("It was a good night, as the host Steve Doocy said.", "en",
     [("indirect", "the host Steve Doocy", "said", ["It was a good night"])]),
    # (Russian: "когда" is no subordinator of contrast, the clause stays in the content)
    ("Петров раскритиковал план, даже когда он заявил, что поддерживает реформу.", "ru",
     [("indirect", "Петров", "раскритиковал", ["план, даже когда он заявил, что поддерживает реформу"])]),
    ("Иванов заявил, что план хороший, хотя критики утверждают, что он слишком дорогой.", "ru",
     [("indirect", "Иванов", "заявил", ["план хороший"]),
      ("indirect", "критики", "утверждают", ["он слишком дорогой"])]),
]

CONTENT_BEFORE = [
    # English inverts only cues of speech and writing ("…, said the minister"); after a stance or belief verb
    # the mention is its object ("…, among others, reject the term containment"); Russian inverts them all
    ("The economy is slowing, said the minister.", "en",
     [("indirect", "the minister", "said", ["The economy is slowing"])]),
    ("Smith and Jones, among others, reject the term containment.", "en", []),
    ("And why do we, living here, feel this way?", "en", []),
    ("Экономика замедляется, считает министр.", "ru", [("indirect", "министр", "считает", ["Экономика замедляется"])]),
    ("Экономика замедляется, сказал министр.", "ru", [("indirect", "министр", "сказал", ["Экономика замедляется"])]),
    # after an inverted cue clause, an appositive of the speaker is no second content piece; a predicate is
    ("Cruz lacks support in Congress, said Larry Sabato, director of the Center for Politics.", "en",
     [("indirect", "Larry Sabato", "said", ["Cruz lacks support in Congress"])]),
    ("Women gave most of the money, according to Crowdpac, a political crowdfunding website.", "en",
     [("indirect", "Crowdpac", "according to", ["Women gave most of the money"])]),
    ("The plan, said Smith, is a disaster.", "en", [("indirect", "Smith", "said", ["The plan", "is a disaster"])]),
    ("Реформа провалилась, сказал Иван Петров, директор центра.", "ru",
     [("indirect", "Иван Петров", "сказал", ["Реформа провалилась"])]),
    ("But a campaign operative decided to change course, a source said.", "en",
     [("indirect", "a source", "said", ["But a campaign operative decided to change course"])]),
    ("The plan will fail, said Smith.", "en", [("indirect", "Smith", "said", ["The plan will fail"])]),
    # a second cue coordinated with an inverted one shares its subject; each reports its own content
    ("Prices will rise, the minister said and added that it was temporary.", "en",
     [("indirect", "the minister", "said", ["Prices will rise"]),
      ("indirect", "the minister", "added", ["it was temporary"])]),
    ("Prices will rise, said Smith, and added that it was temporary.", "en",
     [("indirect", "Smith", "said", ["Prices will rise"]), ("indirect", "Smith", "added", ["it was temporary"])]),
    ("Цены вырастут, сказал министр и добавил, что это временно.", "ru",
     [("indirect", "министр", "сказал", ["Цены вырастут"]), ("indirect", "министр", "добавил", ["это временно"])]),
    # an appositive before the verb is not reported content
    ("Trump, the nominee, bemoaned the unrest and said he would act.", "en",
     [("indirect", "Trump", "bemoaned", ["the unrest"]), ("indirect", "Trump", "said", ["he would act"])]),
    ("The plan, Dr. Smith said, is good.", "en", [("indirect", "Dr. Smith", "said", ["The plan", "is good"])]),
    # "find" reports only with a document as subject, so "she found" does not cut the content
    ("Back then, Smith said, she found Sherry very professional.", "en",
     [("indirect", "Smith", "said", ["Back then", "she found Sherry very professional"])]),
    # a raised subject: the passive of a belief or speech verb before "to" has no speaker
    ("Obama is expected to join Clinton on the trail soon.", "en",
     [("indirect", None, "expected", ["Obama", "to join Clinton on the trail soon"])]),
    ("He isn’t expected to attend.", "en", [("indirect", None, "expected", ["He", "to attend"])]),
    # a relative pronoun is the raised subject ("a role that is expected to …", "words, which appear to …")
    ("It is a role that is expected to be filled by Paul Ryan.", "en",
     [("indirect", None, "expected", ["that", "to be filled by Paul Ryan"])]),
    ("Her opponents seized on those words, which appear to have harmed her.", "en",
     [("indirect", None, "appear", ["which", "to have harmed her"])]),
    ("Партия обратилась к Ромни, который, как ожидается, выступит в четверг.", "ru",
     [("indirect", None, "ожидается", ["который", "выступит в четверг"])]),
    # the infinitive clause ends before a trailing aside and, after a relative pronoun set off by commas,
    # before the sentence's main predicate (was content up to the full stop); Russian has an impersonal cue there
    ("The House is expected to pass the bill, a sweeping law that replaces the old one.", "en",
     [("indirect", None, "expected", ["The House", "to pass the bill"])]),
    ("The Fed move, which is widely expected to surprise investors, will roil markets.", "en",
     [("indirect", None, "expected", ["which", "to surprise investors"])]),
    ("Министр, который, как ожидается, уйдёт в отставку, выступил в парламенте.", "ru",
     [("indirect", None, "ожидается", ["который", "уйдёт в отставку"])]),
    # in a subordinate clause that opens the sentence, up to the comma that closes the clause
    ("While the topic is not expected to surface in the talks, China has become an issue in the campaign.", "en",
     [("indirect", None, "expected", ["the topic", "to surface in the talks"])]),
    ("Хотя тема, как ожидается, не всплывёт на переговорах, Китай стал темой кампании.", "ru",
     [("indirect", None, "ожидается", ["тема", "не всплывёт на переговорах"])]),
    # the subject before a comma that closes its aside, or that of a verb the cue is coordinated with
    # (were no row: no mention right before the cue)
    ("The central bank, which has held rates near zero since 2008, is expected to act at its final meeting.",
     "en", [("indirect", None, "expected", ["The central bank", "to act at its final meeting"])]),
    ("He is scheduled to make a short speech there but is not expected to meet Pope Francis.", "en",
     [("indirect", None, "expected", ["He", "to meet Pope Francis"])]),
    ("Он выступит там, но, как ожидается, не встретится с папой.", "ru",
     [("indirect", None, "ожидается", ["не встретится с папой"])]),
    # a passive with its agent: the agent is the speaker, the subject (and a phrase that goes on with it past
    # the agent) the content; a reduced passive ("the facts reported by …") is no cue (was no row)
    ("Trump has been criticized by some of his rivals for failing to campaign in the state.", "en",
     [("indirect", "some of his rivals", "criticized", ["Trump", "for failing to campaign in the state"])]),
    ("Janet Yellen has been criticized by many traders as too cautious.", "en",
     [("indirect", "many traders", "criticized", ["Janet Yellen", "as too cautious"])]),
    ("His comments were quickly derided by Armin Laschet, the leader of the opposition.", "en",
     [("indirect", "Armin Laschet", "derided", ["His comments"])]),
    ("The facts reported by the government were wrong.", "en", []),
    # a lone singular noun after "by" that ends its phrase is a manner or a time, no agent
    ("Open carry is guaranteed by law.", "en", []),
    ("The nominee should have been confirmed by now.", "en", []),
    ("The plan was criticized by economists.", "en", [("indirect", "economists", "criticized", ["The plan"])]),
    ("Право на оружие гарантировано законом.", "ru", []),
    # a relative pronoun, or the subject before the comma that closes its aside, is the passive's subject
    # (were no row); not "that", which stands for a thing the row could not give
    ("The attacks in Paris, which were claimed by the Islamic State, shook the race.", "en",
     [("indirect", "the Islamic State", "claimed", ["which"])]),
    ("Clinton, a former senator, has been criticized by many traders for her speeches.", "en",
     [("indirect", "many traders", "criticized", ["Clinton", "for her speeches"])]),
    ("It is a deal that was rejected by large majorities in Congress.", "en", []),
    ("Банк, который держал ставки у нуля, был раскритикован многими трейдерами.", "ru", []),
    # with no agent, "as" or "for" after the participle goes on with its subject: no speaker, the subject and
    # that phrase are the content, as with an agent (was no row); not after "to be" or "being", where the
    # verb before reports; the Russian lexicon has no passive forms (its indefinite-personal "X критиковали
    # за …" is an active verb without a subject, and its object is no raised subject): no row
    ("Rubio is widely seen as the front-runner.", "en",
     [("indirect", None, "seen", ["Rubio", "as the front-runner"])]),
    ("The mayor was criticized for closing the plant.", "en",
     [("indirect", None, "criticized", ["The mayor", "for closing the plant"])]),
    ("The plant, which is seen as a model, closed in May.", "en",
     [("indirect", None, "seen", ["which", "as a model"])]),
    ("He wants to be seen as a reformer.", "en", [("indirect", "He", "wants", ["to be seen as a reformer"])]),
    ("Мэра критиковали за закрытие завода.", "ru", []),
    ("Мэр был раскритикован за закрытие завода.", "ru", []),
    # an addressee cue's agent asks or tells: the question or request after the agent is the content
    ("He was asked by a caller why young men are coming to the U.S.", "en",
     [("indirect", "a caller", "asked", ["why young men are coming to the U.S."])]),
    ("She was told by aides to skip the debate.", "en", [("indirect", "aides", "told", ["to skip the debate"])]),
    ("He was thanked by the mayor.", "en", []),
    # (the Russian lexicon reads no passive agent: the instrumental case would need its own rule)
    ("Законопроект был раскритикован депутатами за спешку.", "ru", []),
    # "seem" and "appear" raise their subject in the active too
    ("Sanders seemed to soften his tone.", "en", [("indirect", None, "seemed", ["Sanders", "to soften his tone"])]),
    ("The remarks seem to confirm the report.", "en",
     [("indirect", None, "seem", ["The remarks", "to confirm the report"])]),
    # without an infinitive they report the writer's impression, not the subject's words: no speaker;
    # the subject and what it seems are the content, as with the infinitive ("It seems that …" has none)
    ("It seems that the plan failed.", "en", [("indirect", None, "seems", ["the plan failed"])]),
    ("Mr. Putin seemed most concerned with driving home the point.", "en",
     [("indirect", None, "seemed", ["Mr. Putin", "most concerned with driving home the point"])]),
    ("New Hampshire seems stable.", "en", [("indirect", None, "seems", ["New Hampshire", "stable"])]),
    ("The Trump team appeared paralyzed.", "en", [("indirect", None, "appeared", ["The Trump team", "paralyzed"])]),
    # "appear" before a preposition is "show up": no impression (was "Fox News" as content)
    ("Trump appeared on Fox News on Sunday.", "en", []),
    ("Трамп появился на Fox News в воскресенье.", "ru", []),
    ("Cruz denied the claim, appearing to rely on a memo.", "en",
     [("indirect", "Cruz", "denied", ["the claim"]), ("indirect", None, "appearing", ["to rely on a memo"])]),
    # a form that is only a passive participle ("known", "seen") reports what is commonly held: no speaker,
    # unless a perfect auxiliary (or its clitic) makes it active
    ("Allergan is best known for making Botox.", "en", [("indirect", None, "known", ["for making Botox"])]),
    ("The Center, a think tank known for conspiracy theories, released a poll.", "en",
     [("indirect", None, "known", ["for conspiracy theories"])]),  # ("released a poll": a document, no report)
    ("He has known for years that the senator lied.", "en",
     [("indirect", "He", "known", ["for years that the senator lied"])]),
    ("We’ve seen that the plan failed.", "en", [("indirect", "We’ve", "seen", ["the plan failed"])]),
    # (Russian participles are no cues: the finite verb reports)
    ("Компания, известная своими лекарствами, заявила, что план провалился.", "ru",
     [("indirect", "Компания", "заявила", ["план провалился"])]),
    # "on" before a name, not a date, is a medium, not the start of the content
    ("The mayor was on a trip to Ohio, the city posted on Facebook.", "en",
     [("indirect", "the city", "posted", ["The mayor was on a trip to Ohio"])]),
    ("Нападавший покончил с собой, отметил Аксенов.", "ru",
     [("indirect", "Аксенов", "отметил", ["Нападавший покончил с собой"])]),
    ("В 2018 году он прекратил свои полномочия, пишет ТАСС.", "ru",
     [("indirect", "ТАСС", "пишет", ["В 2018 году он прекратил свои полномочия"])]),
]

ADJUNCTS = [
    # an adjective or participle may stand inside a Russian adjunct cue (по официальным данным X); with a
    # speaker after it the adjunct wins over a listed impersonal phrase of the same words
    ("По официальным данным МЧС, в результате аварии погибли пять человек.", "ru",
     [("indirect", "МЧС", "По официальным данным", ["в результате аварии погибли пять человек"])]),
    ("По последним данным Минздрава, выздоровели сто человек.", "ru",
     [("indirect", "Минздрава", "По последним данным", ["выздоровели сто человек"])]),
    ("По последним данным, выздоровели сто человек.", "ru",
     [("indirect", None, "По последним данным", ["выздоровели сто человек"])]),
    ("According to official data from the ministry, five people died.", "en",
     [("indirect", "official data from the ministry", "According to", ["five people died"])]),
    # an adjunct after a quotation's own cue clause reports the whole quotation, its piece after the adjunct
    # too; the quotation's row nests in it
    ("“When does it stop?,” the judge said, according to the Post. “This case is about the right to know.”\n\nHe left.",
     "en", [("mixed", "the Post", "according to", ["“When does it stop?,” the judge said",
                                                   "This case is about the right to know."])]),
    ("«Когда это кончится?» — сказал судья, по данным «Коммерсанта». «Дело касается права знать».\n\nОн ушёл.", "ru",
     [("direct", "судья", "сказал", ["Когда это кончится?", "Дело касается права знать"])]),
    ("According to the Pew Research Center, the number has doubled.", "en",
     [("indirect", "the Pew Research Center", "According to", ["the number has doubled"])]),
    ("The number has doubled, according to the Pew Research Center.", "en",
     [("indirect", "the Pew Research Center", "according to", ["The number has doubled"])]),
    # the longer of an adjunct and an impersonal phrase at one word is the cue ("as reported by X", "as reported")
    ("As reported by Western Journalism, the secretary was made aware of her duty.", "en",
     [("indirect", "Western Journalism", "As reported by", ["the secretary was made aware of her duty"])]),
    ("По последним данным, в городе живут сто тысяч человек.", "ru",
     [("indirect", None, "По последним данным", ["в городе живут сто тысяч человек"])]),
    # the mention runs on to the agent of a count or a document ("a tally by the AP")
    ("Clinton had 2,205 delegates, according to a tally by the Associated Press.", "en",
     [("indirect", "a tally by the Associated Press", "according to", ["Clinton had 2,205 delegates"])]),
    ("The case is weak, according to a court document filed by state attorney Dave Aronberg.", "en",
     [("indirect", "a court document filed by state attorney Dave Aronberg", "according to", ["The case is weak"])]),
    ("У Клинтон 2205 делегатов, по данным подсчёта агентства Associated Press.", "ru",
     [("indirect", "подсчёта агентства Associated Press", "по данным", ["У Клинтон 2205 делегатов"])]),
    ("По словам Кисина, Армения заслуживает процветания.", "ru",
     [("indirect", "Кисина", "По словам", ["Армения заслуживает процветания"])]),
    ("По его словам, поезда будут ходить чаще.", "ru",
     [("indirect", "его", "По его словам", ["поезда будут ходить чаще"])]),
    ("По заявлению местных властей, стрельбу совершил на почве ненависти.", "ru",
     [("indirect", "местных властей", "По заявлению", ["стрельбу совершил на почве ненависти"])]),
    # after a complementizer the adjunct opens the clause: its content is what follows
    ("The ministry said that according to the minister, prices will rise.", "en",
     [("indirect", "The ministry", "said", ["according to the minister, prices will rise"])]),
    ("В министерстве напомнили, что по словам министра, цены вырастут.", "ru",
     [("indirect", "министерстве", "напомнили", ["по словам министра, цены вырастут"])]),
    # an adjunct between a subject and its cue verb reports that verb's clause, after the verb's comma too;
    # a relative "что" after a plain verb opens no clause of the adjunct's
    ("The minister, according to Smith, believes that the plant will close.", "en",
     [("indirect", "Smith", "according to", ["the plant will close"]),
      ("indirect", "The minister", "believes", ["the plant will close"])]),
    ("Министр, по словам Смирнова, считает, что завод закроется.", "ru",
     [("indirect", "Смирнова", "по словам", ["завод закроется"]),
      ("indirect", "Министр", "считает", ["завод закроется"])]),
    ("Завод, по словам Смирнова, закроется, что плохо.", "ru",
     [("indirect", "Смирнова", "по словам", ["Завод", "закроется, что плохо"])]),
    # "X со ссылкой на Y пишет, что …": X writes (the adjunct's source is no subject), Y reports the clause
    ("Газета со ссылкой на источники в правительстве пишет, что завод закроется.", "ru",
     [("indirect", "источники в правительстве", "со ссылкой на", ["завод закроется"]),
      ("indirect", "Газета", "пишет", ["завод закроется"])]),
    ("Агентство Reuters со ссылкой на источники сообщило, что завод закроется.", "ru",
     [("indirect", "источники", "со ссылкой на", ["завод закроется"]),
      ("indirect", "Агентство Reuters", "сообщило", ["завод закроется"])]),
    ("The agency according to its sources said that the plant will close.", "en",
     [("indirect", "its sources", "according to", ["the plant will close"]),
      ("indirect", "The agency", "said", ["the plant will close"])]),
    # "слова X о том, что …": the noun's own clause, up to its comma, is the content (not "что …, вызвали …");
    # none as the subject of another predicate (guidelines §3: a nominalised speech act as an argument)
    ("Слова министра о том, что завод закроется, вызвали протесты.", "ru", []),
    ("Песков прокомментировал слова министра о том, что завод закроется.", "ru",
     [("indirect", "министра", "слова", ["завод закроется"])]),
    ("По словам Смирнова, что бы ни случилось, завод закроется.", "ru",
     [("indirect", "Смирнова", "По словам", ["что бы ни случилось, завод закроется"])]),
    # an adjunct right after a cue's speaker names the source that speaker cites: the same content
    ("Завод закроется в следующем году, сообщает РИА Новости со ссылкой на пресс-службу министерства.", "ru",
     [("indirect", "РИА Новости", "сообщает", ["Завод закроется в следующем году"]),
      ("indirect", "пресс-службу министерства", "со ссылкой на", ["Завод закроется в следующем году"])]),
    ("Завод закроется в следующем году. Об этом сообщает РИА Новости со ссылкой на пресс-службу министерства.",
     "ru", [("indirect", "РИА Новости", "сообщает", ["Завод закроется в следующем году"]),
            ("indirect", "пресс-службу министерства", "со ссылкой на", ["Завод закроется в следующем году"])]),
    # … after a comma in English news the adjunct reports the whole cue clause (PolNeAR's reading; the
    # cue clause's own row nests in it)
    ("The plant will close, said Smith, according to the Post.", "en",
     [("indirect", "the Post", "according to", ["The plant will close, said Smith"])]),
    # a name in quotation marks after the noun it names is part of the speaker; "передает" reports a clause
    ("Завод закроется, пишет газета «Ведомости».", "ru",
     [("indirect", "газета «Ведомости»", "пишет", ["Завод закроется"])]),
    ('The plant will close, said the newspaper "Politico".', "en",
     [("indirect", 'the newspaper "Politico"', "said", ["The plant will close"])]),
    ("Завод закроется в следующем году, передает ТАСС.", "ru",
     [("indirect", "ТАСС", "передает", ["Завод закроется в следующем году"])]),
    ("Министр передал документы в суд.", "ru", []),
    # a possessor between "in" and "view"/"opinion" is the speaker (a possessive pronoun or a genitive)
    ("In the mayor's view, the plant should close.", "en",
     [("indirect", "the mayor's", "In the mayor's view", ["the plant should close"])]),
    ("The plant, in Smith's opinion, should close.", "en",
     [("indirect", "Smith's", "in Smith's opinion", ["The plant", "should close"])]),
    ("In view of the facts, the plant closed.", "en", []),
    ("По мнению мэра, завод следует закрыть.", "ru",
     [("indirect", "мэра", "По мнению", ["завод следует закрыть"])]),
    ("As reported, North Korea launched a missile.", "en",
     [("indirect", None, "As reported", ["North Korea launched a missile"])]),
    # an expletive subject with a passive cue and a clause: impersonal, no speaker
    ("It was announced that the plant would close.", "en",
     [("indirect", None, "announced", ["the plant would close"])]),
    ("It has been widely reported that the plant would close.", "en",
     [("indirect", None, "reported", ["the plant would close"])]),
    ("Yesterday it was confirmed that the plant would close.", "en",
     [("indirect", None, "confirmed", ["the plant would close"])]),
    # a hearsay adverb attributes the clause around it to unnamed reports
    ("The group is reportedly spending $1.5 million on ads.", "en",
     [("indirect", None, "reportedly", ["The group is", "spending $1.5 million on ads"])]),
    # a poll or study that opens the sentence is the source of its clause, unless a cue verb reports it
    ("In an early-October CBS News poll, she led Mr. Sanders 56 percent to 32 percent.", "en",
     [("indirect", "an early-October CBS News poll", "In", ["she led Mr. Sanders 56 percent to 32 percent"])]),
    ("In a CNN poll, 60 percent said they liked him.", "en", [("indirect", "60 percent", "said", ["they liked him"])]),
    ("Trump has a decisive lead in the polls.", "en", []),
    # a passive addressee cue before a reported question or request reports it with no speaker
    ("Sanders was asked whether his aim was similar to Kennedy's.", "en",
     [("indirect", None, "asked", ["his aim was similar to Kennedy's"])]),
    ("Respondents were also asked to pick the loser.", "en", [("indirect", None, "asked", ["to pick the loser"])]),
    ("He was told the news.", "en", []),
    ("Reportedly, the hackers infiltrated the party's servers.", "en",
     [("indirect", None, "Reportedly", ["the hackers infiltrated the party's servers"])]),
    ("Сообщается, что писатель находится в состоянии комы.", "ru",
     [("indirect", None, "Сообщается", ["писатель находится в состоянии комы"])]),
    # expectation, belief and rumour without a speaker; "ожидается", "считается" only with a clause
    ("Ожидается, что завод закроется в следующем году.", "ru",
     [("indirect", None, "Ожидается", ["завод закроется в следующем году"])]),
    ("Как ожидается, завод закроется в следующем году.", "ru",
     [("indirect", None, "ожидается", ["завод закроется в следующем году"])]),
    ("Считается, что завод закроется.", "ru", [("indirect", None, "Считается", ["завод закроется"])]),
    ("Ожидается визит президента.", "ru", []),
    ("Мендонса, который считается героем фотоснимка, умер.", "ru", []),
    # set off inside its clause, an impersonal cue splits the content (after a complementizer too)
    ("Завод, по слухам, закроется в следующем году.", "ru",
     [("indirect", None, "по слухам", ["Завод", "закроется в следующем году"])]),
    ("Завод, как сообщается, закроется в следующем году.", "ru",
     [("indirect", None, "сообщается", ["Завод", "закроется в следующем году"])]),
    ("Премьер заявил, что завод, как ожидается, закроется.", "ru",
     [("indirect", "Премьер", "заявил", ["завод, как ожидается, закроется"])]),
    ("The plant, it was reported, will close next year.", "en",
     [("indirect", None, "it was reported", ["The plant", "will close next year"])]),
]

SUBJECTS = [
    # a subordinator ends the mention before a cue: "… after Mrs. Clinton accused him" is spoken by Mrs. Clinton
    ("He attacked Mr. Clinton's record after Mrs. Clinton accused him of sexism.", "en",
     [("indirect", "He", "attacked", ["Mr. Clinton's record after Mrs. Clinton accused him of sexism"])]),
    ("Он раскритиковал её, когда Клинтон обвинила его в сексизме.", "ru",
     [("indirect", "Клинтон", "обвинила", ["его в сексизме"])]),
    # a Russian subject after its verb ends before a word in neither its case nor the genitive (an addressee,
    # a prepositional adjunct's noun); its genitives and prepositional phrases stay
    ("«Мы победим», — заявил Трамп сторонникам на митинге.", "ru", [("direct", "Трамп", "заявил", ["Мы победим"])]),
    ("«Мы победим», — заявил музыкант в ходе брифинга.", "ru", [("direct", "музыкант", "заявил", ["Мы победим"])]),
    ("«Мы победим», — уточнил один из собеседников агентства.", "ru",
     [("direct", "один из собеседников агентства", "уточнил", ["Мы победим"])]),
    ('"We will win," Trump told supporters at a rally.', "en", [("direct", "Trump", "told", ["We will win"])]),
    ("Завод закроется, рассказал «Известиям» источник в правительстве.", "ru",
     [("indirect", "источник в правительстве", "рассказал", ["Завод закроется"])]),
    # a short name in quotation marks in another case is an addressee or a source, not a quotation
    ("Как пояснил «Интерфаксу» Смирнов, завод закроется.", "ru",
     [("indirect", "Смирнов", "пояснил", ["завод закроется"])]),
    ("Завод закроется в следующем году. Об этом «Известиям» рассказал источник.", "ru",
     [("indirect", "источник", "рассказал", ["Завод закроется в следующем году"])]),
    ("«Надо действовать», — сказала Гао. «Да, это так».", "ru", [("direct", "Гао", "сказала", ["Надо действовать",
                                                                                          "Да, это так"])]),
    # an anonymous source runs on through its modifier ("familiar with", "close to"), and a plural head
    # before it takes a base-form cue
    ("People familiar with the matter said the plant will close.", "en",
     [("indirect", "People familiar with the matter", "said", ["the plant will close"])]),
    ("Officials familiar with the plan say the plant will close.", "en",
     [("indirect", "Officials familiar with the plan", "say", ["the plant will close"])]),
    ("The plant will close, a source close to the campaign said.", "en",
     [("indirect", "a source close to the campaign", "said", ["The plant will close"])]),
    ("A man familiar with the plan say the plant will close.", "en", []),
    ("Officials with knowledge of the talks said the plant will close.", "en",
     [("indirect", "Officials with knowledge of the talks", "said", ["the plant will close"])]),
    ("Чиновники, знакомые с ходом переговоров, сказали, что завод закроется.", "ru",
     [("indirect", "Чиновники", "сказали", ["завод закроется"])]),
    # … and through a participle with its agent, a date between them too; the participle reports nothing
    ("A statement released Monday by the ministry said the plant will close.", "en",
     [("indirect", "A statement released Monday by the ministry", "said", ["the plant will close"])]),
    ("According to a statement released Monday by the ministry, the plant will close.", "en",
     [("indirect", "a statement released Monday by the ministry", "According to", ["the plant will close"])]),
    ("Заявление, опубликованное в понедельник министерством, гласит, что завод закроется.", "ru",
     [("indirect", "Заявление", "гласит", ["завод закроется"])]),
    # (Russian sets such a modifier off by commas: the head alone is the subject)
    ("Источник, близкий к Кремлю, сообщил, что завод закроется.", "ru",
     [("indirect", "Источник", "сообщил", ["завод закроется"])]),
    # a quantifier (or a number) and a partitive phrase ("most of them", "all of whom") are the mention
    # (was no row: the object pronoun breaks a mention)
    ("And until then, most of them said they had loved working for Carrier.", "en",
     [("indirect", "most of them", "said", ["they had loved working for Carrier"])]),
    ("It is a pressing fact of life for the Brujas, all of whom have seen their neighborhoods shift.", "en",
     [("indirect", "all of whom", "seen", ["their neighborhoods shift"])]),
    # (the Russian lexicon lists no partitives: "из них" breaks the mention, the row keeps no speaker)
    ("Многие из них заявили, что любили работать на заводе.", "ru",
     [("indirect", None, "заявили", ["любили работать на заводе"])]),
    # a head with a postmodifier ("close to", "familiar with") and its object is one mention (was no row
    # after an object pronoun, or the object alone as the speaker)
    ("Cruz will be re-evaluating how he approaches his colleagues, a source close to him said.", "en",
     [("indirect", "a source close to him", "said", ["Cruz will be re-evaluating how he approaches his colleagues"])]),
    ("A source familiar with the investigation said the network was not breached.", "en",
     [("indirect", "A source familiar with the investigation", "said", ["the network was not breached"])]),
    # (Russian sets the postmodifier off with commas: the head alone is the mention)
    ("Источник, близкий к Кремлю, сообщил, что встреча состоится.", "ru",
     [("indirect", "Источник", "сообщил", ["встреча состоится"])]),
    # a document-only cue ("found", "show") whose subject opens with a document noun and its modifiers
    ("A 2014 examination by the Better Government Association found that the city had spent $500 million.", "en",
     [("indirect", "A 2014 examination by the Better Government Association", "found",
       ["the city had spent $500 million"])]),
    ("Federal Election Commission records compiled by the Center for Responsive Politics show he gave nothing.", "en",
     [("indirect", "Federal Election Commission records compiled by the Center for Responsive Politics", "show",
       ["he gave nothing"])]),
    ("The team found the wallet.", "en", []),
    # any subject of a document-only cue that opens a clause with a complementizer
    ("Pew found that most voters backed the plan.", "en",
     [("indirect", "Pew", "found", ["most voters backed the plan"])]),
    ("The researchers found that wages fell.", "en", [("indirect", "The researchers", "found", ["wages fell"])]),
    ("The jury found him guilty.", "en", []),
    # or that names someone right after it: what it found or showed is about that one (was no row)
    ("In breaking down the results, Fox found Clinton has maintained support among black voters.", "en",
     [("indirect", "Fox", "found", ["Clinton has maintained support among black voters"])]),
    ("A jury found Zimmerman not guilty of second-degree murder.", "en",
     [("indirect", "A jury", "found", ["Zimmerman not guilty of second-degree murder"])]),
    ("He found the area welcoming.", "en", []),
    # (the Russian lexicon lists no document-only cues, and "найти" is no cue)
    ("Фонд нашёл Иванова виновным.", "ru", []),
    # a cue in a relative clause set off by commas reports up to the comma that closes the clause
    ("Kasich, who brags he has held 100 town halls, doesn't pretend that he will win.", "en",
     [("indirect", "who", "brags", ["he has held 100 town halls"])]),
    ("Gov. Mary Fallin, who opposes abortion, vetoed the bill.", "en", [("indirect", "who", "opposes", ["abortion"])]),
    ("Министр, который заявил, что реформа провалилась, ушёл в отставку.", "ru",
     [("indirect", "который", "заявил", ["реформа провалилась"])]),
    # a comma inside a number does not close it (was "12")
    ("Kasich, who says 12,000 voters left the party, doesn't pretend.", "en",
     [("indirect", "who", "says", ["12,000 voters left the party"])]),
    # so does a coordinated cue in a clause set off by a comma and a subordinator or a relative pronoun
    ("Clinton, though she praised Garland and said Republicans should give him a hearing, notably stopped short.",
     "en", [("indirect", "she", "praised", ["Garland"]),
            ("indirect", "she", "said", ["Republicans should give him a hearing"])]),
    ("Сандерс, который поддержал Канову и сказал, что будет агитировать за него, остался дома.", "ru",
     [("indirect", "Сандерс", "сказал", ["будет агитировать за него"])]),
    # the mention that opens the clause after a colon, or after a fronted adjunct, set off by its asides
    ("He raised one issue: Sanders, whose coalition includes independents, said closed primaries hurt them.", "en",
     [("indirect", "Sanders", "said", ["closed primaries hurt them"])]),
    ("In New Jersey, the Gannett papers, including the Asbury Park Press, said he is not fit to be governor.", "en",
     [("indirect", "the Gannett papers", "said", ["he is not fit to be governor"])]),
    # a fronted adjunct before "Name, appositive, said": the name is the subject, not the adjunct
    ("After the vote, Michael Briggs, Sanders's spokesman, suggested that the party had been sabotaged.", "en",
     [("indirect", "Michael Briggs", "suggested", ["the party had been sabotaged"])]),
    ("In October, Mrs. Clinton, the Democratic nominee, proposed a no-fly zone over Syria.", "en",
     [("indirect", "Mrs. Clinton", "proposed", ["a no-fly zone over Syria"])]),
    # an adverb set off by commas after the name is no subject; the name before it is
    ("Sanders, meanwhile, who has no such endorsements, said that fact speaks volumes.", "en",
     [("indirect", "Sanders", "said", ["fact speaks volumes"])]),
    ("Smith, however, said the plan works.", "en", [("indirect", "Smith", "said", ["the plan works"])]),
    ("Петров, который не получил ни одной поддержки, заявил, что план работает.", "ru",
     [("indirect", "Петров", "заявил", ["план работает"])]),
    # a time phrase between a bracket or an appositive's comma and the verb is no part of the mention
    ("Senator Dianne Feinstein (D-Calif.) last week said Clinton was not the originator.", "en",
     [("indirect", "Senator Dianne Feinstein (D-Calif.)", "said", ["Clinton was not the originator"])]),
    ("Beck, who supported Cruz, last week said Trump wanted a media empire.", "en",
     [("indirect", "who", "supported", ["Cruz"]), ("indirect", "Beck", "said", ["Trump wanted a media empire"])]),
    ("Сенатор Иван Петров (ЕР) на прошлой неделе заявил, что Клинтон ни при чём.", "ru",
     [("indirect", "Сенатор Иван Петров (ЕР)", "заявил", ["Клинтон ни при чём"])]),
    # an opening subject with a prepositional phrase, then an appositive before the cue
    ("His critics in the United States, many of them Catholics, argue that Francis is a political pope.", "en",
     [("indirect", "His critics in the United States", "argue", ["Francis is a political pope"])]),
    ("Критики папы в США, многие из них католики, утверждают, что Франциск политизирован.", "ru",
     [("indirect", "Критики папы в США", "утверждают", ["Франциск политизирован"])]),
    # a fronted adjunct before a name and its appositive: the name is the subject
    ("And on Tuesday, Kevin Brady, chairman of the committee, said that Republicans might include a delay.", "en",
     [("indirect", "Kevin Brady", "said", ["Republicans might include a delay"])]),
    ("Во вторник, Иван Петров, глава комитета, заявил, что налоги вырастут.", "ru",
     [("indirect", "Иван Петров", "заявил", ["налоги вырастут"])]),
    ("Alarmed by the unrest, Senator Harry Reid, the minority leader, said that he spoke with Sanders.", "en",
     [("indirect", "Senator Harry Reid", "said", ["he spoke with Sanders"])]),
    ("Paul Porter, a driver from Ava, Mo., who backs Trump, said he was happy.", "en",
     [("indirect", "Paul Porter", "said", ["he was happy"])]),
    # an age set off by commas, or a place's state after its city, is no subject: the name before them is
    ("Jane Smith, 45, a nurse from Ohio, said she would vote for Clinton.", "en",
     [("indirect", "Jane Smith", "said", ["she would vote for Clinton"])]),
    ("Cory James, 22, of Flint, Mich., said he hadn't given up hope.", "en",
     [("indirect", "Cory James", "said", ["he hadn't given up hope"])]),
    ("Clinton, during a town hall meeting in Columbus, Ohio, said she was going to win.", "en",
     [("indirect", "Clinton", "said", ["she was going to win"])]),
    ("Kasich spoke after a woman in Worcester, Massachusetts, told him she worries.", "en",
     [("indirect", "a woman in Worcester, Massachusetts", "told", ["him she worries"])]),
    ("Иван Петров, 45 лет, врач из Твери, заявил, что план провалился.", "ru",
     [("indirect", "Иван Петров", "заявил", ["план провалился"])]),
    # coordinated adjectives inside a mention after the cue (agreeing in case)
    ("У нее будет необычный вкус, считает глава Центра федерального и регионального рынков Вадим Дробиз.", "ru",
     [("indirect", "глава Центра федерального и регионального рынков Вадим Дробиз", "считает",
       ["У нее будет необычный вкус"])]),
    # a time word, an adverb, a hedge or an emphatic word opens no mention or content (guidelines §4.7)
    ("Сегодня издание сообщило, что якобы Папа Римский заболел.", "ru",
     [("indirect", "издание", "сообщило", ["Папа Римский заболел"])]),
    ("Сам министр заявил, что цены вырастут.", "ru", [("indirect", "министр", "заявил", ["цены вырастут"])]),
    ("Позже газета уточнила, что сделка отложена.", "ru", [("indirect", "газета", "уточнила", ["сделка отложена"])]),
    # (a date without a preposition too: its numbers, the month and "года")
    ("1 июля 2019 года Хорошевский суд Москвы признал, что арест был незаконным.", "ru",
     [("indirect", "Хорошевский суд Москвы", "признал", ["арест был незаконным"])]),
    ("5 мая министр заявил, что реформа продолжится.", "ru",
     [("indirect", "министр", "заявил", ["реформа продолжится"])]),
    ("Monday the court said that the arrest was illegal.", "en",
     [("indirect", "the court", "said", ["the arrest was illegal"])]),
    # (so does a fronted object or time phrase without a preposition, in a case the subject cannot be in;
    # English marks neither, and word order reads its fronted phrases: "To reporters, the minister said …")
    ("Журналистам министр заявил, что реформа продолжится.", "ru",
     [("indirect", "министр", "заявил", ["реформа продолжится"])]),
    ("Прошлой осенью 2019 года губернатор сообщил, что дорогу построят.", "ru",
     [("indirect", "губернатор", "сообщил", ["дорогу построят"])]),
    ("Секретом успеха Петров считал упорный труд.", "ru", [("indirect", "Петров", "считал", ["упорный труд"])]),
    ("Last fall the governor said that the road would be built.", "en",
     [("indirect", "the governor", "said", ["the road would be built"])]),
    # a numeral subject reads as the nominative it can be (pymorphy3 rates "Пять" accusative first)
    ("Пять депутатов заявили, что реформа провалилась.", "ru",
     [("indirect", "Пять депутатов", "заявили", ["реформа провалилась"])]),
    ("Five deputies said that the reform had failed.", "en",
     [("indirect", "Five deputies", "said", ["the reform had failed"])]),
    ("Today President Obama said the plan works.", "en",
     [("indirect", "President Obama", "said", ["the plan works"])]),
    ("First Lady Michelle Obama said the plan works.", "en",
     [("indirect", "First Lady Michelle Obama", "said", ["the plan works"])]),
    # a short name in quotation marks after an inverted cue is the speaker, not a quotation
    ("Заключённых освобождают из-за эпидемии, пишет «Российская газета».", "ru",
     [("indirect", "«Российская газета»", "пишет", ["Заключённых освобождают из-за эпидемии"])]),
    # a short name in quotation marks that opens the sentence is the speaker; a preposition that links a
    # nominal content to its cue is no part of it (guidelines §4.5)
    ("«Эхо Москвы» говорит о хроническом заболевании.", "ru",
     [("indirect", "«Эхо Москвы»", "говорит", ["хроническом заболевании"])]),
    ("«Газпром» сообщил, что цены вырастут.", "ru", [("indirect", "«Газпром»", "сообщил", ["цены вырастут"])]),
    ("Президент призвал к немедленному освобождению заложников.", "ru",
     [("indirect", "Президент", "призвал", ["немедленному освобождению заложников"])]),
    # a comma and a dash before an inverted cue: the clause before is content, not a subject
    ("Мероприятия отменены, — заявил министр.", "ru", [("indirect", "министр", "заявил", ["Мероприятия отменены"])]),
    # prepositional phrases after the cue, a foreign name inside one, come before the subject
    ("Мероприятия отменены, — заявил на брифинге официальный представитель МИД Мария Захарова.", "ru",
     [("indirect", "официальный представитель МИД Мария Захарова", "заявил", ["Мероприятия отменены"])]),
    ("Как пишет в своей колонке для издания The Hill один из участников, мероприятия отменены.", "ru",
     [("indirect", "один из участников", "Как пишет", ["мероприятия отменены"])]),
    # a participle clause after the speaker is a cue clause of its own, not more content
    ("Цены вырастут, сообщает Интерфакс, ссылаясь на источник.", "ru",
     [("indirect", "Интерфакс", "сообщает", ["Цены вырастут"])]),
    # a name in quotation marks after the noun it names is part of the mention
    ("Газета «Коммерсант» сообщила, что сделка сорвалась.", "ru",
     [("indirect", "Газета «Коммерсант»", "сообщила", ["сделка сорвалась"])]),
    ('The agency "Xinhua" reported that the plan failed.', "en",
     [("indirect", 'The agency "Xinhua"', "reported", ["the plan failed"])]),
    # an abbreviation's full stop and a prepositional phrase inside the mention
    ("The Republican nominee for the Nov. 8 election later said he was being sarcastic.", "en",
     [("indirect", "The Republican nominee for the Nov. 8 election", "said", ["he was being sarcastic"])]),
    # an appositive that opens with an adverb, after a name with its bracket
    ("Sen. Ted Cruz (R-Texas), also a GOP hopeful, called the KKK “abhorrent” in a tweet.", "en",
     [("mixed", "Sen. Ted Cruz (R-Texas)", "called", ["the KKK “abhorrent” in a tweet"])]),
    # an appositive between dashes, like one between commas
    ("Jason Sims — a teacher from Mount Pleasant — says he voted for Rubio.", "en",
     [("indirect", "Jason Sims", "says", ["he voted for Rubio"])]),
    # a participle after a semicolon takes its own clause's subject, not the earlier adjunct's (none)
    ("По третьим — ему стало плохо; экипаж не придал этому значения, посчитав, что писатель был пьян.", "ru",
     [("indirect", None, "По третьим", ["ему стало плохо"]),
      ("indirect", "экипаж", "посчитав", ["писатель был пьян"])]),
    # a fronted adjunct set off by a comma is no subject: the participle's subject comes after it
    ("In an interview with CNN, Trump went further, saying the senator could not make deals.", "en",
     [("indirect", "Trump", "saying", ["the senator could not make deals"])]),
    ("Ultimately, Mr. Yanukovych disregarded the advice and refused to sign the agreement.", "en",
     [("indirect", "Mr. Yanukovych", "refused", ["to sign the agreement"])]),
    # an appositive between the name and the cue: the name is the speaker
    ("Frank VanderSloot, a billionaire, said it took him months.", "en",
     [("indirect", "Frank VanderSloot", "said", ["it took him months"])]),
    # a coordinated verb shares the subject of the sentence
    ("The State Department has deemed the pages personal and says it will not release them.", "en",
     [("indirect", "The State Department", "deemed", ["the pages personal"]),
      ("indirect", "The State Department", "says", ["it will not release them"])]),
    # a participle cue takes the subject of the main clause, past an opening adverb
    ("Then he cut into Bush, calling him a “stiff” on stage.", "en",
     [("mixed", "he", "calling", ["him a “stiff” on stage"])]),
    ("Затем он раскритиковал Буша, назвав его «занудой».", "ru",
     [("indirect", "он", "раскритиковал", ["Буша"]), ("mixed", "он", "назвав", ["его «занудой»"])]),
    # … and past fronted adjuncts set off by commas: a connective, a time phrase, a gerund's or a preposition's
    # phrase (with a place and its state); past none, a subject the adjunct hides is left out
    ("Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”", "en",
     [("mixed", "Trump", "calling", ["him “a total stiff.”"])]),
    ("Instead, the senator is sticking to his message, hoping to avoid a misstep.", "en",
     [("indirect", "the senator", "hoping", ["to avoid a misstep"])]),
    ("Hours later, she issued a statement calling on voters to unite.", "en",
     [("indirect", "she", "calling on", ["voters to unite"])]),
    ("Despite the vote, Rubio stayed in the race, saying he could still win.", "en",
     [("indirect", "Rubio", "saying", ["he could still win"])]),
    ("Arriving upon the scene, police began searching for shooters, believing there may be three.", "en",
     [("indirect", None, "believing", ["there may be three"])]),
    ("Час спустя, Петров раскритиковал план, назвав его провалом.", "ru",
     [("indirect", "Петров", "раскритиковал", ["план"]), ("indirect", "Петров", "назвав", ["его провалом"])]),
    ("Впрочем, Петров раскритиковал план, назвав его провалом.", "ru",
     [("indirect", "Петров", "раскритиковал", ["план"]), ("indirect", "Петров", "назвав", ["его провалом"])]),
    ("More recently, he has spoken out against the law, citing his record.", "en",
     [("indirect", "he", "citing", ["his record"])]),
    ("In West Miami, where Mr. Rubio began his career, he showed his dexterity by joking that he would win.", "en",
     [("indirect", "he", "joking", ["he would win"])]),
    # … a past participle's phrase, a run of time words, a connective
    ("Asked about the vote, Mrs. Clinton shook her head and said she would not run.", "en",
     [("indirect", None, "Asked", ["the vote"]), ("indirect", "Mrs. Clinton", "said", ["she would not run"])]),
    ("This year, he rose to the defense of Blatter, saying Blatter should be awarded the prize.", "en",
     [("indirect", "he", "saying", ["Blatter should be awarded the prize"])]),
    ("Therefore, the senators rejected the deal, saying it was too weak.", "en",
     [("indirect", "the senators", "rejected", ["the deal"]),
      ("indirect", "the senators", "saying", ["it was too weak"])]),
    ("Отвечая на вопрос о выборах, Петров раскритиковал план, назвав его провалом.", "ru",
     [("indirect", "Петров", "раскритиковал", ["план"]), ("indirect", "Петров", "назвав", ["его провалом"])]),
    # … and a time phrase without its comma ("morning" and "утром" are time words)
    ("On Sunday morning Mr. Trump made a third attempt, writing on Twitter that the issue was terrorism.", "en",
     [("indirect", "Mr. Trump", "writing", ["the issue was terrorism"])]),
    ("Sunday morning, Clinton slammed the shift and accused Sanders of a flip-flop.", "en",
     [("indirect", "Clinton", "slammed", ["the shift"]),
      ("indirect", "Clinton", "accused", ["Sanders of a flip-flop"])]),
    ("Во вторник утром Петров раскритиковал план, назвав его провалом.", "ru",
     [("indirect", "Петров", "раскритиковал", ["план"]), ("indirect", "Петров", "назвав", ["его провалом"])]),
    # an opening subject with an appositive, past a connective; a gerund's object is no subject
    ("Earlier, Sheriff Joe Arpaio, one of the most polarizing figures, vouched for the proposal.", "en",
     [("indirect", "Sheriff Joe Arpaio", "vouched for", ["the proposal"])]),
    ("Instead, Mr. Regalado, a former broadcast journalist, intends to sit out the race.", "en",
     [("indirect", "Mr. Regalado", "intends", ["to sit out the race"])]),
    ("Впрочем, Иван Петров, глава комитета, заявил, что налоги вырастут.", "ru",
     [("indirect", "Иван Петров", "заявил", ["налоги вырастут"])]),
    ("Sen. Chuck Grassley, facing a spirited challenge in Iowa, a swing state, said he would welcome Cruz.", "en",
     [("indirect", "Sen. Chuck Grassley", "said", ["he would welcome Cruz"])]),
    ("Иван Петров, возглавляющий комитет по бюджету, заявил, что налоги вырастут.", "ru",
     [("indirect", "Иван Петров", "заявил", ["налоги вырастут"])]),
    # a title's dot inside a fronted clause ends nothing; a conjunction before a fronted adjunct is stepped over
    ("When Mr. Rubio took Mr. Trump on, he did it sideways, acknowledging that Mr. Trump had tapped into a vein.", "en",
     [("indirect", "he", "acknowledging", ["Mr. Trump had tapped into a vein"])]),
    ("But on Tuesday, he stood with other leaders, predicting he would win the state.", "en",
     [("indirect", "he", "predicting", ["he would win the state"])]),
    ("Когда г. Петров выступил, он раскритиковал план, назвав его провалом.", "ru",
     [("indirect", "он", "раскритиковал", ["план"]), ("indirect", "он", "назвав", ["его провалом"])]),
    ("Но во вторник он раскритиковал план, назвав его провалом.", "ru",
     [("indirect", "он", "раскритиковал", ["план"]), ("indirect", "он", "назвав", ["его провалом"])]),
    # a dateline (a capitalised city before its agency, or any dash) opens no subject
    ("Washington (AFP) – Democrat Hillary Clinton took a swipe at Trump, saying his comments do harm.", "en",
     [("indirect", "Democrat Hillary Clinton", "saying", ["his comments do harm"])]),
    ("WASHINGTON ― President Barack Obama made history on Tuesday, saying the judge was qualified.", "en",
     [("indirect", "President Barack Obama", "saying", ["the judge was qualified"])]),
    # a participle set off by a comma goes with the outermost report, not with the clause it reports
    ("Carson said he saw no need to change anything, telling reporters that the campaign was fine.", "en",
     [("indirect", "Carson", "said", ["he saw no need to change anything"]),
      ("indirect", "Carson", "telling", ["the campaign was fine"])]),
    ("Петров сказал, что он считает план ошибкой, добавив, что его надо отменить.", "ru",
     [("indirect", "Петров", "сказал", ["он считает план ошибкой"]),
      ("indirect", "Петров", "добавив", ["его надо отменить"])]),
    # … unless a main clause with its own subject is coordinated after a comma (not inside a quotation)
    ("Trump pivoted to trade, but Wallace brought him back to the attacks, asking Trump to share his views.", "en",
     [("indirect", "Wallace", "asking", ["to share his views"])]),
    ("Christie unleashed withering attacks in the debate, and the New Jersey governor tripped up Rubio by calling him "
     "out.", "en",
     [("indirect", "the New Jersey governor", "calling", ["him out"])]),
    ("“It is close, but he has no chance,” Graham said, adding that the race was over.", "en",
     [("direct", "Graham", "said", ["It is close, but he has no chance"]),
      ("indirect", "Graham", "adding", ["the race was over"])]),
    ("Петров раскритиковал план, но Иванов поддержал его, добавив, что налоги вырастут.", "ru",
     [("indirect", "Петров", "раскритиковал", ["план"]), ("indirect", "Петров", "добавив", ["налоги вырастут"])]),
    # a participle right after a quotation woven into the sentence has the sentence's subject, not its object
    ("Trump has hailed the vote as “fantastic,” telling reporters that it was a great thing.", "en",
     [("mixed", "Trump", "hailed", ["the vote as “fantastic,”"]),
      ("indirect", "Trump", "telling", ["it was a great thing"])]),
    ("He has called China ''provocative and expansionist,'' accusing it of ''creating a Great Wall of sand.''", "en",
     [("mixed", "He", "called", ["China ''provocative and expansionist,''"]),
      ("mixed", "He", "accusing", ["it of ''creating a Great Wall of sand.''"])]),
    ("Петров назвал план «провалом», добавив, что его надо отменить.", "ru",
     [("mixed", "Петров", "назвал", ["план «провалом»"]), ("indirect", "Петров", "добавив", ["его надо отменить"])]),
    # a document right before the participle, in a prepositional phrase, is its source (not its issuer's)
    ("Obama and Sanders are locked in a tight race, with polls showing Clinton's lead having evaporated.", "en",
     [("indirect", "polls", "showing", ["Clinton's lead having evaporated"])]),
    ("In a statement defending Lewandowski, Trump's campaign said he will be represented.", "en",
     [("indirect", "a statement", "defending", ["Lewandowski"]),
      ("indirect", "Trump's campaign", "said", ["he will be represented"])]),
    ("More than $800,000 was spent on ads attacking his rivals.", "en",
     [("indirect", "ads", "attacking", ["his rivals"])]),
    ("Trump issued a statement saying that Scalia was a great judge.", "en",
     [("indirect", "Trump", "saying", ["Scalia was a great judge"])]),
    ("Петров раскритиковал заявление, назвав его провалом.", "ru",
     [("indirect", "Петров", "раскритиковал", ["заявление"]), ("indirect", "Петров", "назвав", ["его провалом"])]),
    ("Corker spoke on Wednesday, pointing out that 98 senators voted for it.", "en",
     [("indirect", "Corker", "pointing out", ["98 senators voted for it"])]),
    # a participle after a subordinator or a coordinator without a comma; the subordinator ends the object
    ("The governor praised the workers while announcing that the plant would stay open.", "en",
     [("indirect", "The governor", "praised", ["the workers"]),
      ("indirect", "The governor", "announcing", ["the plant would stay open"])]),
    ("Trump attacked the deal, calling it a disaster and vowing to scrap it.", "en",
     [("indirect", "Trump", "attacked", ["the deal"]), ("indirect", "Trump", "calling", ["it a disaster"]),
      ("indirect", "Trump", "vowing", ["to scrap it"])]),
    # a reduced passive of an addressee cue: the question put to the subject has no speaker
    ("Asked whether he would run again, Smith said no.", "en",
     [("indirect", None, "Asked", ["whether he would run again"]), ("indirect", "Smith", "said", ["no"])]),
    ("He said he was fine when asked about the vote.", "en",
     [("indirect", "He", "said", ["he was fine"]), ("indirect", None, "asked", ["the vote"])]),
    # an opening subject with its own appositive is no inverted content ("…, criticized X" is no "…, said X")
    ("Several candidates, including Cruz and Rubio, criticized the trade.", "en",
     [("indirect", "Several candidates", "criticized", ["the trade"])]),
    # adverbs between the subject (and its auxiliary) and the cue are no part of the mention
    ("Trump has not yet responded to the remarks.", "en", [("indirect", "Trump", "responded", ["to the remarks"])]),
    ("Mrs. Clinton has always maintained that the server was secure.", "en",
     [("indirect", "Mrs. Clinton", "maintained", ["the server was secure"])]),
    ("The American Legion has twice complained about the emblem.", "en",
     [("indirect", "The American Legion", "complained", ["about the emblem"])]),
    ("Петров уже заявил, что сервер был защищён.", "ru", [("indirect", "Петров", "заявил", ["сервер был защищён"])]),
    ("Beck, who has in the past described Trump as a narcissist, prefers Cruz.", "en",
     [("indirect", "who", "described", ["Trump as a narcissist"]), ("indirect", "Beck", "prefers", ["Cruz"])]),
    ("Trump at the time said he would pay the fees.", "en", [("indirect", "Trump", "said", ["he would pay the fees"])]),
    # a quantifier floated after the auxiliary ("have both urged")
    ("Cruz and Rubio have both urged Trump to release the tapes.", "en",
     [("indirect", "Cruz and Rubio", "urged", ["to release the tapes"])]),
    # … or right before the cue after a plural noun, a name or a dash that closes an aside
    ("Cruz and Rubio both urged Trump to release the tapes.", "en",
     [("indirect", "Cruz and Rubio", "urged", ["to release the tapes"])]),
    ("Republican figures — whose party was once united — both suggested the writer be fired.", "en",
     [("indirect", "Republican figures", "suggested", ["the writer be fired"])]),
    ("And both vowed to be tougher as president.", "en",
     [("indirect", "both", "vowed", ["to be tougher as president"])]),
    ("Петров и Иванов оба заявили, что план провалился.", "ru",
     [("indirect", "Петров и Иванов оба", "заявили", ["план провалился"])]),
    ("Петров в своё время заявил, что план хороший.", "ru", [("indirect", "Петров", "заявил", ["план хороший"])]),
    # a time phrase between the subject and the cue is no part of the mention
    ("The Republican National Committee this week announced that it would change the rules.", "en",
     [("indirect", "The Republican National Committee", "announced", ["it would change the rules"])]),
    ("Ruth Marcus has been critical of Trump but on Tuesday wrote that she agreed with him.", "en",
     [("indirect", "Ruth Marcus", "wrote", ["she agreed with him"])]),
    # a coordinated cue in a subordinate clause takes that clause's subject
    ("Some booed when Rubio thanked Miami and said it was great to be home.", "en",
     [("indirect", "Rubio", "said", ["it was great to be home"])]),
    # … "as" too when a subject pronoun follows it (else it opens a parenthetical cue clause, "as Smith said")
    ("Mrs. Clinton drew cheers as she thanked her home state and then boomed, “You proved it.”", "en",
     [("indirect", "she", "thanked", ["her home state"]), ("direct", "she", "boomed", ["You proved it."])]),
    ("Как он заявил, план провалился.", "ru", [("indirect", "он", "заявил", ["план провалился"])]),
    # … not past a dash that closes the clause
    ("Trump jumped onto his account — as he so often does — and retweeted a quote.", "en",
     [("indirect", "Trump", "retweeted", ["a quote"])]),
    # … unless a comma closed that clause: the main clause's subject is the verb's
    ("After the results were in, Jeff Weaver went on MSNBC and outlined how they could win.", "en",
     [("indirect", "Jeff Weaver", "outlined", ["how they could win"])]),
    # a negated passive of a raising cue has no speaker either
    ("Clinton is not expected to be as strong a proponent.", "en",
     [("indirect", None, "expected", ["Clinton", "to be as strong a proponent"])]),
    # past appositives set off by doubled hyphens or dashes, and before auxiliaries
    ("The three scholars -- Mr. Tribe, Ms. Epstein and Mr. Amar -- agreed there are qualified candidates.", "en",
     [("indirect", "The three scholars", "agreed", ["there are qualified candidates"])]),
    ("Other Republicans, like Armitage and Paulson ― former officials ― have also said they back Clinton.", "en",
     [("indirect", "Other Republicans", "said", ["they back Clinton"])]),
    # "with" and a short noun phrase before a participle open an absolute clause: the phrase is the speaker
    ("Republicans were irritated, with Sen. John McCain calling it a “Chinese menu.”", "en",
     [("mixed", "Sen. John McCain", "calling", ["it a “Chinese menu.”"])]),
    ("The talks ended, with Trump saying the deal was a disaster.", "en",
     [("indirect", "Trump", "saying", ["the deal was a disaster"])]),
    # (a document after "with" is the participle's source, as PolNeAR marks it: "with polls showing …")
    ("He came with a sign saying he was tired.", "en", [("indirect", "a sign", "saying", ["he was tired"])]),
    ("Переговоры закончились, и Трамп назвал сделку «катастрофой».", "ru",
     [("mixed", "Трамп", "назвал", ["сделку «катастрофой»"])]),
    # a participle after a document noun ("ads attacking X") or a contracted auxiliary ("he's praising")
    ("Priorities USA ran ads attacking the senator's record.", "en",
     [("indirect", "Priorities USA", "attacking", ["the senator's record"])]),
    ("He's praising the governor for his record.", "en",
     [("indirect", "He's", "praising", ["the governor for his record"])]),
    # a bare verb after a comma: inverted after its clause, or after an appositive subject
    ("A calmer campaign may not be a bad thing, say some Democrats.", "en",
     [("indirect", "some Democrats", "say", ["A calmer campaign may not be a bad thing"])]),
    ("Among likely voters, about two-thirds, 67 percent, say they will vote for Trump.", "en",
     [("indirect", "about two-thirds", "say", ["they will vote for Trump"])]),
    ("It would cost, say, 10 percent more.", "en", []),
    # a bare verb after a name or a number, before a clause with its own subject pronoun or "that"
    ("Aides to Clinton say she is shifting her tack.", "en",
     [("indirect", "Aides to Clinton", "say", ["she is shifting her tack"])]),
    ("Six in 10 say he is decisive.", "en", [("indirect", "Six in 10", "say", ["he is decisive"])]),
    ("Let me say it again.", "en", []),
    ("Помощники Клинтон говорят, что она меняет тактику.", "ru",
     [("indirect", "Помощники Клинтон", "говорят", ["она меняет тактику"])]),
    # a name ending in -ly is no adverb; a possessive "her" opens a mention
    ("Connolly said the plan would pass.", "en", [("indirect", "Connolly", "said", ["the plan would pass"])]),
    ("The flight left late, her friend said.", "en",
     [("indirect", "her friend", "said", ["The flight left late"])]),
    # the mention that opens the sentence, past appositives with commas of their own
    ("Paul Porter, a driver from Ava, Mo., who backs the union, said he already earns overtime.", "en",
     [("indirect", "Paul Porter", "said", ["he already earns overtime"])]),
    ("Brian Murphy, the county chairman, for example, said the senator was hurt.", "en",
     [("indirect", "Brian Murphy", "said", ["the senator was hurt"])]),
    ("Кандидаты, включая Трампа, заявили, что страна не должна принимать беженцев.", "ru",
     [("indirect", "Кандидаты", "заявили", ["страна не должна принимать беженцев"])]),
    ("Глава МИД Сергей Лавров, выступая в Москве, заявил, что переговоры продолжатся.", "ru",
     [("indirect", "Глава МИД Сергей Лавров", "заявил", ["переговоры продолжатся"])]),
    # Russian pro-drop: no subject, no speaker
    ("В своём посте обещал, что покажет всё.", "ru", [("indirect", None, "обещал", ["покажет всё"])]),
    # a clause that opens with a prepositional phrase: the subject starts after it (its object and the
    # object's modifiers are in any case, a foreign name after the object belongs to it)
    ("В том же году пианист заявил, что не будет выступать в Турции.", "ru",
     [("indirect", "пианист", "заявил", ["не будет выступать в Турции"])]),
    ("В интервью New York Times в 2015 году пианист заявил, что уедет.", "ru",
     [("indirect", "пианист", "заявил", ["уедет"])]),
    ("После встречи глава МИД России Сергей Лавров сообщил, что переговоры прошли успешно.", "ru",
     [("indirect", "глава МИД России Сергей Лавров", "сообщил", ["переговоры прошли успешно"])]),
    ("В пятницу в Москве представитель ведомства сказал, что всё готово.", "ru",
     [("indirect", "представитель ведомства", "сказал", ["всё готово"])]),
    # an institution as the object of a clause-opening "в" speaks through an indefinite-personal verb
    # (guidelines §5: "В ⟨КПРФ⟩ объяснили"); another object, or a singular verb, names no speaker
    ("В Кремле заявили, что решение принято.", "ru", [("indirect", "Кремле", "заявили", ["решение принято"])]),
    ("Тем не менее, в министерстве юстиции опровергли, что закон изменён.", "ru",
     [("indirect", "министерстве юстиции", "опровергли", ["закон изменён"])]),
    ("В интервью заявили, что решение принято.", "ru", [("indirect", None, "заявили", ["решение принято"])]),
    ("В Кремле Путин заявил, что решение принято.", "ru",
     [("indirect", "Путин", "заявил", ["решение принято"])]),
    # (English says who: the place a clause opens with is no speaker)
    ("In the Kremlin they said that the decision was final.", "en",
     [("indirect", "they", "said", ["the decision was final"])]),
    # a capitalised word the dictionary does not know may be a subject in any case (the ending of a
    # foreign name is no case ending)
    ("Мендонса заявил, что рад.", "ru", [("indirect", "Мендонса", "заявил", ["рад"])]),
    ("In the same year the pianist said that he would not play in Turkey.", "en",
     [("indirect", "the pianist", "said", ["he would not play in Turkey"])]),
    # a cue set off from the mention that opens its clause by material no appositive pattern explains,
    # with a clause after it: the opening mention is the subject
    ("A YouGov poll of American voters has, however, revealed that the President does not speak for them.", "en",
     [("indirect", "A YouGov poll of American voters", "revealed", ["the President does not speak for them"])]),
    ("Marcel Lehel, the hacker known as “Guccifer,” stated that he had access to the server.", "en",
     [("indirect", "Marcel Lehel", "stated", ["he had access to the server"])]),
    ("Isakson and Boozman, both up for reelection, said they would help.", "en",
     [("indirect", "Isakson", "said", ["they would help"])]),
    # … but a participle set off after a clause reports nothing ("compared with", no clause after it)
    ("Clinton has won 13 of the past 19 contests, compared with Obama's wins in three of the last 10.", "en", []),
    # Russian: a coordinated subject with an appositive stays pro-drop (no speaker)
    ("Исаксон и Бузман, оба кандидаты на переизбрание, сказали, что помогут.", "ru",
     [("indirect", None, "сказали", ["помогут"])]),
]

POSSESSED = [
    ("Fact-checkers examined Trump's claim that he won the debate.", "en",
     [("indirect", "Trump's", "claim", ["he won the debate"])]),
    ("Despite the ministry's statement that the border is closed, trucks crossed it.", "en",
     [("indirect", "ministry's", "statement", ["the border is closed"])]),
    # "X's view is that …": a form of "be" between the noun and its clause
    ("The mayor's view is that the plant should close.", "en",
     [("indirect", "mayor's", "view", ["the plant should close"])]),
    ("His fear was that the plant would close.", "en", [("indirect", "His", "fear", ["the plant would close"])]),
    # remark, comment(s), accusation; a short prepositional phrase between the noun and its clause
    ("She fanned controversy over her remark that “there’s a special place in hell for women.”", "en",
     [("direct", "her", "remark", ["there’s a special place in hell for women."])]),
    ("He was challenged over his statement on Wednesday that ''Islam hates us,'' but he kept calm.", "en",
     [("direct", "his", "statement", ["Islam hates us"])]),
    ('The ads used her comments before a House committee that "I was responsible for quite a bit" of the policy.',
     "en", [("mixed", "her", "comments", ['"I was responsible for quite a bit" of the policy'])]),
    # a plural genitive written with a bare apostrophe is the possessor with its noun (was the apostrophe alone)
    ("Critics laughed at the senators' claim that the plant was safe.", "en",
     [("indirect", "senators'", "claim", ["the plant was safe"])]),
    # (Russian possessed speech nouns are not listed, and a clause noun's clause follows it at once: no row;
    # a Russian possessor follows its noun in the genitive, with no apostrophe)
    ("Критики высмеяли утверждение сенаторов, что завод безопасен.", "ru", []),
    ("Его заявление в среду о том, что «ислам нас ненавидит», обсуждали.", "ru", []),
]

CLAUSE_NOUNS = [
    # a noun of speech or belief right before its clause reports it without a possessor: no speaker, or the
    # phrase after "by" / "from" (Russian «из»), or the possessor; the clause ends at the first comma
    ("Despite complaints that the rules were unfair, the vote went ahead.", "en",
     [("indirect", None, "complaints", ["the rules were unfair"])]),
    ("The mayor ignored warnings from engineers that the bridge could fail.", "en",
     [("indirect", "engineers", "warnings", ["the bridge could fail"])]),
    ("Reporters heard an admission by the minister that the plant had leaked.", "en",
     [("indirect", "the minister", "admission", ["the plant had leaked"])]),
    ("Несмотря на предупреждение, что мост может рухнуть, движение открыли.", "ru",
     [("indirect", None, "предупреждение", ["мост может рухнуть"])]),
    ("Появились утверждения, что мэр уйдёт в отставку.", "ru",
     [("indirect", None, "утверждения", ["мэр уйдёт в отставку"])]),
    ("Его заявление о том, что завод закроется, обсуждали.", "ru",
     [("indirect", "Его", "заявление", ["завод закроется"])]),
    # a noun of intention reports the infinitive right after it ("the mayor's promise to …"); not a noun
    # of another type ("hopes to …" is a verb after a name, "the claim to …" no report); the Russian
    # infinitive has no marker to tell it (no row)
    ("The mayor kept his promise to close the plant.", "en",
     [("indirect", "his", "promise", ["to close the plant"])]),
    ("Rattling off vows to lower taxes, he left.", "en", [("indirect", None, "vows", ["to lower taxes"])]),
    ("The council heard complaints to the mayor about noise.", "en", []),
    ("Мэр сдержал обещание закрыть завод.", "ru", []),
    # a relative clause is no content: "that" before an auxiliary or a past form, or after an appositive
    ("The agency looked into claims that were false.", "en", []),
    ("He repeated the claim, a claim that critics disputed.", "en",
     [("indirect", "He", "repeated", ["the claim"])]),
    ("It rejected accusations from that era.", "en", [("indirect", "It", "rejected", ["accusations from that era"])]),
    ("Появились утверждения, которые опровергли.", "ru", []),
]

NOMINAL = [
    # "refer to" names its object only with "as" and a quotation; otherwise it names a topic (no row)
    ("Bush referred to Rubio as “a bright, charismatic leader” but described his skills as a “work in progress.”",
     "en", [("mixed", "Bush", "referred to", ["Rubio as “a bright, charismatic leader”"]),
            ("mixed", "Bush", "described", ["his skills as a “work in progress.”"])]),
    ("Trump refers to the governor as “Chris.”", "en", [("mixed", "Trump", "refers to", ["the governor as “Chris.”"])]),
    ("He kept referring to the talks in Geneva.", "en", []),
    ("Буш отозвался о Рубио как о «ярком лидере».", "ru", []),
    # a quoted object that closes on its comma (“…,” / ''…,'') ends there, before an appositive, a
    # participle or a relative clause; a comma outside the marks (Russian «…», …) does not end it
    ("He has dubbed it ''the yuca primary,'' referring to the popular Cuban staple.", "en",
     [("mixed", "He", "dubbed", ["it ''the yuca primary,''"])]),
    ("Clinton also referenced the “Charleston loophole,” a flaw in the FBI’s system that allowed Roof to buy a gun.",
     "en", [("mixed", "Clinton", "referenced", ["the “Charleston loophole,”"])]),
    ('He called them "smart," "tough," and "ready."', "en",
     [("mixed", "He", "called", ['them "smart," "tough," and "ready."'])]),
    ('She called him a "bully," a "liar" and a "fraud."', "en",
     [("mixed", "She", "called", ['him a "bully," a "liar" and a "fraud."'])]),
    ("Клинтон упомянула «лазейку Чарльстона», изъян в системе ФБР.", "ru",
     [("mixed", "Клинтон", "упомянула", ["«лазейку Чарльстона», изъян в системе ФБР"])]),
    # a closing "in …" phrase after a comma is an adjunct of the cue, not part of the object
    ("Blinken condemned the launches, while reaffirming the alliance as the linchpin of peace, in talks with "
     "his counterpart.", "en",
     [("indirect", "Blinken", "condemned", ["the launches"]),
      ("indirect", "Blinken", "reaffirming", ["the alliance as the linchpin of peace"])]),
    # an adverb between "and" and a second verb: the object still ends before the new predicate
    ('He called the plan "a disaster" and recently pointed to its costs.', "en",
     [("mixed", "He", "called", ['the plan "a disaster"']), ("indirect", "He", "pointed to", ["its costs"])]),
    ("Он назвал план «катастрофой» и публично указал на его стоимость.", "ru",
     [("mixed", "Он", "назвал", ["план «катастрофой»"])]),
    # a naming cue's object ends after the quotation that gives the name when a dash, a bracket, a
    # comma or a subordinator sets off what follows; a phrase that goes on from it stays ("in …")
    ("Beck called Palin a “clown” – a remark he later took back.", "en",
     [("mixed", "Beck", "called", ["Palin a “clown”"])]),
    ('President Obama has called inversions "unpatriotic," and his administration has tried to stop them.', "en",
     [("mixed", "President Obama", "called", ['inversions "unpatriotic,"'])]),
    ("Trump called undocumented immigrants “rapists” (although he allowed that some might be good people).", "en",
     [("mixed", "Trump", "called", ["undocumented immigrants “rapists”"])]),
    ("He called the Chinese government “strong” when it ended the protests.", "en",
     [("mixed", "He", "called", ["the Chinese government “strong”"])]),
    ("Kerry called the agreement “an historic step forward” in global efforts to fight climate change.", "en",
     [("mixed", "Kerry", "called", ["the agreement “an historic step forward” in global efforts to fight climate "
                                    "change"])]),
    ("Он назвал Пейлин «клоуном» – позже он извинился.", "ru", [("mixed", "Он", "назвал", ["Пейлин «клоуном»"])]),
    ("Он назвал эти сделки «непатриотичными», и его администрация пытается их остановить.", "ru",
     [("mixed", "Он", "назвал", ["эти сделки «непатриотичными»"])]),
    ("Он назвал соглашение «историческим шагом» в борьбе с изменением климата.", "ru",
     [("mixed", "Он", "назвал", ["соглашение «историческим шагом» в борьбе с изменением климата"])]),
    # the object of the cue ends before a date, a participle clause or a coordinated verb
    ("Blinken condemned North Korea's missile launches Thursday, while reaffirming the alliance.", "en",
     [("indirect", "Blinken", "condemned", ["North Korea's missile launches"]),
      ("indirect", "Blinken", "reaffirming", ["the alliance"])]),
    # … but a time phrase before a quoted predicate is inside the object
    ('Moore called the remarks on Saturday "a true wake-up call" to his supporters.', "en",
     [("mixed", "Moore", "called", ['the remarks on Saturday "a true wake-up call" to his supporters'])]),
    ("Петров назвал в субботу эти слова «тревожным звонком».", "ru",
     [("mixed", "Петров", "назвал", ["в субботу эти слова «тревожным звонком»"])]),
    ("The Secretary reiterated the United States' support and discussed efforts to deter Russia.", "en",
     [("indirect", "The Secretary", "reiterated", ["the United States' support"])]),
    ("Украинская сторона возлагала ответственность за гибель журналистов на сепаратистов.", "ru",
     [("indirect", "Украинская сторона", "возлагала ответственность",
       ["за гибель журналистов на сепаратистов"])]),
    # stance and intention cues that PolNeAR marks (cue types other / intention); doubled consonants
    ("Trump slammed the deal.", "en", [("indirect", "Trump", "slammed", ["the deal"])]),
    ("He pointed to the protesters outside the hotel.", "en",
     [("indirect", "He", "pointed to", ["the protesters outside the hotel"])]),
    ("Rubio laid out his plan for the economy.", "en",
     [("indirect", "Rubio", "laid out", ["his plan for the economy"])]),
    ("The mayor supported the plan.", "en", [("indirect", "The mayor", "supported", ["the plan"])]),
    ("She compared Trump to Clinton.", "en", [("indirect", "She", "compared", ["Trump to Clinton"])]),
    ("She planned to visit Ohio.", "en", [("indirect", "She", "planned", ["to visit Ohio"])]),
    # directive and stance verbs: "called on X to …" (the addressee stays in the content, as PolNeAR has it)
    ("The newspaper called on Hillary Clinton to visit the state.", "en",
     [("indirect", "The newspaper", "called on", ["Hillary Clinton to visit the state"])]),
    ("Sanders has long advocated a single-payer system.", "en",
     [("indirect", "Sanders", "advocated", ["a single-payer system"])]),
    ("The campaign painted Clinton as a liar.", "en", [("indirect", "The campaign", "painted", ["Clinton as a liar"])]),
    ("Officials downplayed the threat.", "en", [("indirect", "Officials", "downplayed", ["the threat"])]),
    # a noun-like -s form after a name and before an infinitive is a verb, also at the sentence start
    ("Obama plans to send a nominee to the Senate.", "en",
     [("indirect", "Obama", "plans", ["to send a nominee to the Senate"])]),
    ("Of the voters, 45 said they were angry.", "en", [("indirect", "45", "said", ["they were angry"])]),
]

NOT_REPORTED = [
    # content of nothing but adverbs, connectives or coordinators is a cue's adjunct or the author's link
    ("The weekly magazine wrote recently.", "en", []),
    ("Her lawyer replied later on Saturday.", "en", []),
    ("However, as the paper has reported, the mayor will resign.", "en", []),
    ("Журнал писал недавно.", "ru", []),
    ("Однако, как сообщала газета, мэр уйдёт в отставку.", "ru", []),
    # a person for the object of an acquaintance lemma tells acquaintance; a clause after the name is reported
    ("Smith, who has known the Clintons for decades, said the race is close.", "en",
     [("indirect", "Smith", "said", ["the race is close"])]),
    ("Axelrod has known them since the 1992 campaign.", "en", []),
    ("The aide knew Mr. Ryan was leaving.", "en", [("indirect", "The aide", "knew", ["Mr. Ryan was leaving"])]),
    ("Voters know Donald J. Trump will win.", "en", [("indirect", "Voters", "know", ["Donald J. Trump will win"])]),
    # (Russian «знать» is no cue: the same shapes give the main clause's row only)
    ("Смирнов, который знает Клинтонов десятки лет, заявил, что гонка будет напряжённой.", "ru",
     [("indirect", "Смирнов", "заявил", ["гонка будет напряжённой"])]),
    ("Смирнов знает их с 1992 года.", "ru", []),
    # a fronted adjunct alone before a cue clause that goes on (an object, or a comma and a clause) is the
    # sentence's adjunct, not content; a clause before a final cue clause still is
    ("To cut costs, we've asked a local diner to cater.", "en", []),
    ("Every year, at least one reader asks about the dinner.", "en", []),
    ("Rising prices could hurt farmers, the minister said in his speech.", "en",
     [("indirect", "the minister", "said", ["Rising prices could hurt farmers"])]),
    ("Два года назад, вспоминает мэр, завод работал.", "ru",
     [("indirect", "мэр", "вспоминает", ["Два года назад", "завод работал"])]),
    ("Рост цен ударит по фермерам, сказал министр.", "ru",
     [("indirect", "министр", "сказал", ["Рост цен ударит по фермерам"])]),
    # a lone quotation mark in the content: the cue stands inside a quotation whose marks did not pair
    ('It was never done, perhaps only 10%, he quoted one analyst in May."', "en", []),
    ("Это провал, по его словам, аналитик прав».", "ru", []),
    # a place the report was filed from is no content (a byline: "Costa reported from Washington.");
    # past it a complementizer still opens the content
    ("Costa reported from Washington.", "en", []),
    ("Коста сообщил из Вашингтона.", "ru", []),
    ("He has said from the start that Mexico will pay for the wall.", "en",
     [("indirect", "He", "said", ["Mexico will pay for the wall"])]),
    ("Коста сообщил из Вашингтона, что закон примут.", "ru", [("indirect", "Коста", "сообщил", ["закон примут"])]),
    # a particle that makes another verb of the cue ("called off", "showing off") opens no content
    ("Several Mexican businesses have called off projects with him because of his comments.", "en", []),
    ("She waved, showing off the “Make America Great Again” hat his campaign had given her.", "en", []),
    ("Несколько компаний отказались от проектов с ним.", "ru", []),
    # verbs that read as nouns, topic verbs, second person and celebrations are not attributions
    ("About 11 states are in play on Tuesday.", "en", []),
    ("Do you want to leave a comment?", "en", []),
    ("Norbert Leo Butz can add a new title to his resume.", "en", []),
    ("Во время нападения прихожане отмечали конец праздника.", "ru", []),
    ("Президент не заявлял, что уйдёт в отставку.", "ru", []),
    # a naming participle after an indefinite mention names, and a capitalised modifier before a
    # noun-like form does not make it a verb
    ("A newly formed super PAC called Future 45 ran its first ads in Iowa.", "en", []),
    ("Her activities in the March states have gone largely unnoticed.", "en", []),
    # a noun-first form ("state", "release", "attack") after a name or a plural noun is a noun; after a
    # document noun or before "that" it is still a verb ("The document states that …", CONTENT_AFTER)
    ("Illinois state Rep. Carol Ammons was there.", "en", []),
    ("Most state parties release those delegates if their candidate quits.", "en", []),
    ("Сенатор штата Иллинойс Кэрол Аммонс была там.", "ru", []),
    # a fronted adjunct before "X said" / "X called" is no content
    ("Then, last week, Eric Trump called.", "en", []),
    ("In a press release last month, the committee said.", "en", []),
    # topic-only verbs name what was talked about, not what was said (annotation guidelines §3)
    ("Blinken discussed ways to deter Russia with his counterpart.", "en", []),
    ("He talked about the economy and referred to the polls.", "en", []),
    # interrupting is an action, not a report (PolNeAR train: 1 of 9 "interrupt" rows right)
    ("Protesters interrupted her speech in Purchase.", "en", []),
    ("Выступление Касича прервал протестующий.", "ru", []),
    # a past participle after an article or a possessive is an adjective; a noun-like base form after
    # "and his home" is a noun
    ("The pledged delegates met in Iowa.", "en", []),
    ("There have been no reported problems with the licenses.", "en", []),
    ("Никаких заявленных проблем с лицензиями не было.", "ru", []),
    ("He won Iowa and his home state of Vermont.", "en", []),
    # a caption: "show" with a photo as subject reports nothing, past an appositive too
    ("A photo, released by the state news agency, shows a missile being fired.", "en", []),
    # an adverb between "be" and a past participle keeps it passive; "states that have …" is a relative
    ("Tiffany, who has until now been rarely seen on the campaign trail, spoke.", "en", []),
    ("Voters in Rust Belt states that have suffered job losses are angry.", "en", []),
    # a degree word makes the participle an adjective
    ("They should be very, very worried.", "en", []),
    # a participle between a number and a noun is an adjective (but "45 said they …" reports)
    ("Clinton led Sanders by nearly 300 pledged delegates.", "en", []),
    ("Около 300 заявленных участников приехали на форум.", "ru", []),
    # … and so is one between a noun's possessive and a noun ("he's predicted big wins" is a clitic and a verb)
    ("Clinton garnered most of the convention's pledged delegates after winning primaries.", "en", []),
    ("The Republican leadership's repeated refusal to take up any nominee angered Democrats.", "en", []),
    ("And he's predicted big wins in the races ahead.", "en",
     [("indirect", "he's", "predicted", ["big wins in the races ahead"])]),
    ("Республиканцы осудили неоднократный отказ руководства рассмотреть кандидатуру.", "ru",
     [("indirect", "Республиканцы", "осудили", ["неоднократный отказ руководства рассмотреть кандидатуру"])]),
    # the author's own discourse markers hold no cue (lexicon cues.discourse_markers, guidelines §3); one that
    # ends in a comma must be set off
    ("That said, Cruz cannot win enough delegates.", "en", []),
    ("Dumping Trump is easier said than done.", "en", []),
    ("All told, Clinton won 30 states.", "en", []),
    ("A statement that said, in part, that taxes would rise.", "en",
     [("indirect", "that", "said", ["taxes would rise"])]),
    ("Как говорится, победителей не судят.", "ru", []),
    ("Он, так сказать, победил.", "ru", []),
    # a pronoun or a stranded preposition alone is no content
    ("The senator opposed it.", "en", []),
    ("This is the schedule they plan for.", "en", []),
    ("Это то, о чём он заявил.", "ru", []),
    # "since" opens no unintroduced content ("not seen since 2007"); past it a complementizer still does
    ("Prices rose to levels not seen since 2007.", "en", []),
    ("Wall Street delivered the worst recession the world had seen since the 1930s.", "en", []),
    ("She has told friends since the spring that she is worried.", "en",
     [("indirect", "She", "told", ["she is worried"])]),
    ("Цены выросли до уровня, которого не видели с 2007 года.", "ru", []),
    # a cue form before its own preposition is a preposition (lexicon cues.prepositional: "compared with",
    # "aimed at"); with an object first it reports ("She compared Trump to Clinton", NOMINAL)
    ("Registration was up by 123 percent compared with the same period in 2012.", "en", []),
    ("The broadcast drew fewer viewers compared with the October debate.", "en", []),
    ("Clinton scheduled two events aimed at refocusing her campaign now that she has enough delegates.", "en", []),
    ("Рост составил 12 процентов по сравнению с прошлым годом.", "ru", []),
]

QUOTE_MARKS = [
    # an inner mark closed by a mark of another kind does not keep the outer quotation open (the inner
    # one is then no quotation: its words are a reported clause, marks and all, nested in the quotation)
    ("“He said, ‘I hope that happens,'” Clinton told workers.", "en",
     [("direct", "Clinton", "told", ["He said, ‘I hope that happens"])]),
    # '' … '' typed on old keyboards are quotation marks
    ("''We will win,'' Mr. Obama said.", "en", [("direct", "Mr. Obama", "said", ["We will win"])]),
    # a mismatched pair (“ … ") still closes
    ("“It is done,\" the senator said.", "en", [("direct", "the senator", "said", ["It is done"])]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CONTENT_AFTER)
def test_content_after_the_cue(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), CONTENT_BEFORE)
def test_content_before_the_cue(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), ADJUNCTS)
def test_adjunct_and_impersonal_cues(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), SUBJECTS)
def test_subjects(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), POSSESSED)
def test_possessed_speech_nouns(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), CLAUSE_NOUNS)
def test_clause_nouns(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), NOMINAL)
def test_nominal_content(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), NOT_REPORTED)
def test_not_reported_speech(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), QUOTE_MARKS)
def test_quote_marks(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


ANAPHORIC = [
    # a re-mention before the verb is its object; the subject follows ("Об этом сообщил X")
    ("Об этом сообщил министр обороны Сергей Шойгу.", "ru",
     [("indirect", "министр обороны Сергей Шойгу", "сообщил", ["этом"])]),
    ("В Москве закрыли метро из-за потопа. Об этом сообщил мэр города.", "ru",
     [("indirect", "мэр города", "сообщил", ["В Москве закрыли метро из-за потопа"])]),
    ("Позднее эту информацию подтвердил директор музыканта Павел Беленец.", "ru",
     [("indirect", "директор музыканта Павел Беленец", "подтвердил", ["эту информацию"])]),
    ("Это подтверждает, что цены вырастут.", "ru", [("indirect", "Это", "подтверждает", ["цены вырастут"])]),
    # a confirmation or denial of something reported before has that report as its content
    ("Газета сообщила, что министр ушёл в отставку. Министр опроверг эту информацию.", "ru",
     [("indirect", "Газета", "сообщила", ["министр ушёл в отставку"]),
      ("indirect", "Министр", "опроверг", ["министр ушёл в отставку"])]),
    ("Первоначально сообщалось, что писатель в коме, однако позже эту информацию опровергли.", "ru",
     [("indirect", None, "сообщалось", ["писатель в коме"]), ("indirect", None, "опровергли", ["писатель в коме"])]),
    ("The Times reported that Smith resigned. Smith denied these reports.", "en",
     [("indirect", "The Times", "reported", ["Smith resigned"]), ("indirect", "Smith", "denied", ["Smith resigned"])]),
    ("Jones said that taxes will rise. Smith thinks so, too.", "en",
     [("indirect", "Jones", "said", ["taxes will rise"]), ("indirect", "Smith", "thinks", ["taxes will rise"])]),
    # a title alone that opens the sentence is a description, not a name: a re-mention of the report before
    ("Jones said that the law is void. Judge said so.", "en",
     [("indirect", "Jones", "said", ["the law is void"])]),
    # a speaker re-mentioning their own report adds nothing (guidelines §3)
    ("Певица Мадонна заявила, что выходит замуж. 61-летняя певица сообщила об этом в четверг.", "ru",
     [("indirect", "Певица Мадонна", "заявила", ["выходит замуж"])]),
    ("Smith said that taxes will rise. He said so on Monday.", "en",
     [("indirect", "Smith", "said", ["taxes will rise"])]),
    # a determiner before a time word or an object that goes on is no re-mention
    ("Smith said this week that taxes will rise.", "en", [("indirect", "Smith", "said", ["taxes will rise"])]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ANAPHORIC)
def test_anaphoric_content(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


MEDIUM = [
    ('"We will win," Smith said in a statement on Monday.', "en", "in a statement"),
    ('"It is done," she told reporters at a press conference.', "en", "at a press conference"),
    ("Министр заявил в интервью, что мост откроют в мае.", "ru", "в интервью"),
    ("«Мы победим», — сказал Локоть на пресс-конференции.", "ru", "на пресс-конференции"),
    ('"We will win," Smith said.', "en", None),
]


@pytest.mark.parametrize(("text", "lang", "medium"), MEDIUM)
def test_medium(text: str, lang: str, medium: str | None) -> None:
    [q] = api.extract(text, lang=lang)
    assert q.medium == medium


MULTI_PARAGRAPH = [
    # a cue clause ending in a colon introduces the next paragraph, a line of dialogue after a dash too
    ("Министр отметил:\n\n— Завод закроется. Рабочие получат компенсацию.", "ru",
     [("direct", "Министр", "отметил", ["Завод закроется. Рабочие получат компенсацию."])]),
    ("The minister said:\n\n— The plant will close. Workers will be paid.", "en",
     [("direct", "The minister", "said", ["The plant will close. Workers will be paid."])]),
    # a quotation left open at a paragraph's end closes in the next paragraph even where that one does not
    # open it again
    ("«Завод закроется. Рабочие получат компенсацию.\n\nМы сделаем всё возможное», — сказал министр.", "ru",
     [("direct", "министр", "сказал", ["Завод закроется. Рабочие получат компенсацию.",
                                       "Мы сделаем всё возможное"])]),
    ("“The plant will close. Workers will be paid.\n\nWe will do everything,” the minister said.", "en",
     [("direct", "the minister", "said", ["The plant will close. Workers will be paid.", "We will do everything"])]),
    # a reported clause that ends its paragraph goes on in a next paragraph that is one quotation with no
    # cue of its own; a quotation with its own cue clause is a row of its own
    ("Carter said that critics were wrong.\n\n“That is because the region matters.”\n\nHe left.", "en",
     [("mixed", "Carter", "said", ["critics were wrong", "“That is because the region matters.”"])]),
    ("Петров сказал, что критики ошибаются.\n\n«Этот регион остаётся важнейшим».\n\nОн ушёл.", "ru",
     [("mixed", "Петров", "сказал", ["критики ошибаются", "«Этот регион остаётся важнейшим»"])]),
    ("The critics were wrong, Carter said.\n\n“That is because the region matters.”\n\nHe left.", "en",
     [("mixed", "Carter", "said", ["The critics were wrong", "“That is because the region matters.”"])]),
    ("Критики ошибаются, сказал Петров.\n\n«Этот регион остаётся важнейшим».\n\nОн ушёл.", "ru",
     [("mixed", "Петров", "сказал", ["Критики ошибаются", "«Этот регион остаётся важнейшим»"])]),
    ("Carter said that critics were wrong.\n\n“That is because the region matters,” Smith said.", "en",
     [("indirect", "Carter", "said", ["critics were wrong"]),
      ("direct", "Smith", "said", ["That is because the region matters"])]),
    # a paragraph that opens a quote without closing it is continued by the next that opens again
    ("“We will rebuild the bridge.\n\n“It will take two years,” the mayor said.", "en",
     [("direct", "the mayor", "said", ["We will rebuild the bridge.", "It will take two years"])]),
    ("«Мы восстановим мост.\n\n«На это уйдёт два года», — сказал мэр.", "ru",
     [("direct", "мэр", "сказал", ["Мы восстановим мост.", "На это уйдёт два года"])]),
    # a cue clause ending in a colon introduces the next paragraph (a block quotation)
    ("Trump said:\n\nWe will win.", "en", [("direct", "Trump", "said", ["We will win."])]),
    ("Министр сказал:\n\nМы не отступим.", "ru", [("direct", "Министр", "сказал", ["Мы не отступим."])]),
    # a word that points ahead to the block is not content of its own
    ("Trump said the following:\n\nWe will win.", "en", [("direct", "Trump", "said", ["We will win."])]),
    ("Министр заявил следующее:\n\nМы не отступим.", "ru",
     [("direct", "Министр", "заявил", ["Мы не отступим."])]),
    ("Об этом сообщил журналистам министр:\nМы не отступим.", "ru",
     [("direct", "министр", "сообщил", ["Мы не отступим."])]),
    # several empty lines after the colon: the block was stripped from the page, the next paragraph
    # is narrative (guidelines §3)
    ("Продюсер сказал, что поэт просил провести торжества без него:\n\n\nПоэт — автор многих книг.", "ru",
     [("indirect", "Продюсер", "сказал", ["поэт просил провести торжества без него"])]),
    # a transcript: two paragraphs or more past the title that open with a label in capitals and a colon are
    # their speakers' turns (the reports inside nest in them); a label word ("UPDATE:") or text in capitals
    # after the colon (a digest's headline) is no turn
    ("Governor backs Trump on race\n\nTAPPER: Do you think Trump has campaigned as a healer?\n\n"
     "FALLIN: I think he is trying to campaign as a healer. I think that has been part of his message.", "en",
     [("indirect", "TAPPER", ":", ["Do you think Trump has campaigned as a healer"]),
      ("indirect", "FALLIN", ":",
       ["I think he is trying to campaign as a healer. I think that has been part of his message"])]),
    ("Губернатор поддержал кандидата\n\nВЕДУЩИЙ: Как вы оцениваете его шансы?\n\n"
     "ПЕТРОВ: Я думаю, что он победит. Мы все так считаем.", "ru",
     [("indirect", "ВЕДУЩИЙ", ":", ["Как вы оцениваете его шансы"]),
      ("indirect", "ПЕТРОВ", ":", ["Я думаю, что он победит. Мы все так считаем"])]),
    ("Update on the race\n\nUPDATE: The senator said he would run.\n\nNOTE: The vote is in May.", "en",
     [("indirect", "The senator", "said", ["he would run"])]),
    # a paragraph that ends in a colon introduces a block of its own: it is no block quotation itself
    ("Trump said:\n\nClinton told voters:\n\nWe will win.", "en", []),
    ("Министр сказал:\n\nИванов заявил:\n\nМы победим.", "ru", [("direct", "Иванов", "заявил", ["Мы победим."])]),
    # several cues in the clause before the colon: the block is the first one's
    ("Wallnau elaborated on the message he felt the Lord was seeking to convey:\n\nCyrus was not a Jew.", "en",
     [("indirect", "Wallnau", "elaborated", ["the message he felt the Lord was seeking to convey"]),
      ("direct", "Wallnau", "elaborated", ["Cyrus was not a Jew."])]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), MULTI_PARAGRAPH)
def test_multi_paragraph_quotes(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


CHAINS = [
    # an attribution inside another's content is nested; the chain runs from the outermost source
    ('"Secretary Blinken reaffirmed the alliance," spokesperson Ned Price said.', "en",
     [["Ned Price"], ["Ned Price", "Blinken"]]),
    ("ТАСС сообщает, что министр заявил, что мост откроют в мае.", "ru",
     [["ТАСС"], ["ТАСС", "министр"]]),
    # a quotation that a cue clause reports holds attributions of its own
    ("Венедиктов сообщил, что «состояние тяжелое, говорят врачи».", "ru",
     [["Венедиктов", "врачи"], ["Венедиктов"]]),
    ('He said that "the state is stable, doctors say."', "en", [["He", "doctors"], ["He"]]),
    # a quotation shared after a colon by an indirect report holds attributions of its own
    ("Индонезиец рассказал, что назвали его случайно: «Мои родители были уверены, что будет девочка».", "ru",
     [["Индонезиец"], ["Индонезиец"], ["Индонезиец", "родители"]]),
    # a subject pronoun right before the cue is the whole mention (not "Organizers say they")
    ("Organizers say they want to avoid violence.", "en", [["Organizers"], ["Organizers", "they"]]),
    # an adjunct cue that opens a reported clause reports what follows it, nested in that clause
    ("Officials noted that, according to police, three people died.", "en",
     [["Officials"], ["Officials", "police"]]),
    ("Министерство сообщило, что, по словам министра, цены вырастут.", "ru",
     [["Министерство"], ["Министерство", "министра"]]),
    # a raised subject's report inside a clause is nested even where its pieces span the whole clause
    ("Rendell noted that Reagan appeared unsteady in his first debate.", "en", [["Rendell"], ["Rendell", ""]]),
    ("Рендел отметил, что Рейган казался неуверенным.", "ru", [["Рендел"]]),
    # an inner report whose content ends in a closing mark past the outer content (which ends before the
    # marks) is still nested: marks and punctuation at a part's edges do not count
    ("“I told them it is time to say ‘enough is enough,’” Lee added.", "en", [["Lee"], ["Lee", "Lee"]]),
    ("«Я сказал им, что пора сказать „хватит“», — добавил Ли.", "ru", [["Ли"], ["Ли", "Я"]]),
    # the document's own source (a dateline agency) is the root of every chain
    ('WASHINGTON (Reuters) - "We will win," Smith said.', "en", [["Reuters", "Smith"]]),
    ('Washington (AFP) – "We will win," Smith said.', "en", [["AFP", "Smith"]]),
    # (Russian agencies' datelines: the agency between slashes, or after a dash that ends the dateline)
    ("МОСКВА, 5 мая. /ТАСС/. Министерство обороны сообщило, что министр осудил запуск ракеты.", "ru",
     [["ТАСС", "Министерство обороны"], ["ТАСС", "Министерство обороны", "министр"]]),
    ("МОСКВА, 5 мая — РИА Новости. Министерство обороны сообщило, что министр осудил запуск ракеты.", "ru",
     [["РИА Новости", "Министерство обороны"], ["РИА Новости", "Министерство обороны", "министр"]]),
    ("Министерство обороны сообщило — ТАСС и Интерфакс тоже, что министр осудил запуск.", "ru",
     [["Министерство обороны"], ["Министерство обороны", "министр"]]),  # (an agency mid-sentence is none)
]


@pytest.mark.parametrize(("text", "lang", "chains"), CHAINS)
def test_chains(text: str, lang: str, chains: list[list[str]]) -> None:
    quotes = api.extract(text, lang=lang)
    got = [[link.name or "" for link in q.chain] for q in quotes]
    def last(names: list[str]) -> list[str]:
        return [n.split()[-1] if n else n for n in names]  # "" = a link with no speaker

    assert [last(c) for c in got] == [last(c) for c in chains]
    nested = [q for q in quotes if q.parent_id]
    assert all(any(p.quote_id == q.parent_id for p in quotes) for q in nested)


MORE = [
    # a reporting verb the lexicon lacks, after a tagged quotation and a short subject
    ('"Jeb wants to be a tough guy tonight," Trump shot back.', "en",
     [("direct", "Trump", "shot back", ["Jeb wants to be a tough guy tonight"])]),
    ("“No,” she smiled.", "en", [("direct", "she", "smiled", ["No"])]),
    # … with its particle ("he went on."); Russian, with morphology, guesses no unlisted verb
    ('"This is a lot of nonsense that we ended," he went on.', "en",
     [("direct", "he", "went on", ["This is a lot of nonsense that we ended"])]),
    ("«Это полная чепуха», — продолжил он.", "ru", []),
    # … after a short description when it reads as a past, and before a time phrase that ends the clause
    ("“France will always be France,” an angry Hollande retaliated.", "en",
     [("direct", "an angry Hollande", "retaliated", ["France will always be France"])]),
    ("“If they were serious, they would act,” Toomey fumed on Tuesday.", "en",
     [("direct", "Toomey", "fumed", ["If they were serious, they would act"])]),
    ("“They will not win,” the two candidates.", "en", []),
    ("«Франция всегда будет Францией», — огрызнулся разгневанный Олланд.", "ru", []),
    # a name with an appositive before the quotation
    ("Said Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”", "en",
     [("direct", "Dorothy Poynter", "Said", ["We were all so proud of him."])]),
    # a quotation after a preposition (no direct quote of its own) whose comma inside the closing mark sets
    # off the clause before an inverted cue clause
    ('Lines were long.\n\nSince then, Arizona has engaged in "a culture of disenfranchisement," the lawsuit says.',
     "en", [("mixed", "the lawsuit", "says",
             ['Since then, Arizona has engaged in "a culture of disenfranchisement,"'])]),
    ("Lines were long.\n\nThe French are big fans of ''Prison Break,'' Mr. Madden said.", "en",
     [("mixed", "Mr. Madden", "said", ["The French are big fans of ''Prison Break,''"])]),
    ("Очереди были длинными.\n\nС тех пор Аризона погрязла в «культуре бесправия», заявил истец.", "ru",
     [("mixed", "истец", "заявил", ["С тех пор Аризона погрязла в «культуре бесправия»"])]),
    # a clause between the cue and the quotation makes the attribution mixed
    ('Ryan says no matter what Obama takes on, "his word does not trump the Second Amendment."', "en",
     [("mixed", "Ryan", "says", ['no matter what Obama takes on, "his word does not trump the Second Amendment."'])]),
    # "said at the debate" has no content of its own
    ("Rubio said on Saturday at the GOP presidential debate.", "en", []),
    # a quotation inside a sentence reported by a later cue is not that cue's direct quote
    ("Варичев избран от партии «Единая Россия», а в 2018 году сложил полномочия, пишет ТАСС.", "ru",
     [("mixed", "ТАСС", "пишет", ["Варичев избран от партии «Единая Россия», а в 2018 году сложил полномочия"])]),
    ("Шеф полиции рассказал, что после преступления злоумышленник позвонил в полицию.", "ru",
     [("indirect", "Шеф полиции", "рассказал", ["после преступления злоумышленник позвонил в полицию"])]),
    # a quotation that ends the paragraph with no cue of its own goes on with the report before it
    ("Smith said the plan works. “It has saved us millions.”\n\nHe left.", "en",
     [("mixed", "Smith", "said", ["the plan works. “It has saved us millions.”"])]),
    # … also after an inverted cue clause that follows its content, as a second piece
    ('Obama "felt a moral obligation" on climate change, Axelrod said. "This is core stuff for him."\n\nHe left.',
     "en", [("mixed", "Axelrod", "said", ['Obama "felt a moral obligation" on climate change',
                                          '"This is core stuff for him."'])]),
    ("Обама «чувствовал моральный долг» в вопросе климата, сказал Аксельрод. «Это не косметический пункт».\n\n"
     "Он ушёл.", "ru",
     [("mixed", "Аксельрод", "сказал", ["Обама «чувствовал моральный долг» в вопросе климата",
                                        "«Это не косметический пункт»"])]),
    ("Smith said the plan works. “It has saved us millions,” Jones said.", "en",
     [("indirect", "Smith", "said", ["the plan works"]), ("direct", "Jones", "said", ["It has saved us millions"])]),
    # a relative clause with its own speaker and cue ends the content of the cue before it
    ("Smith said he backs the bill, which he called “a cartel for higher education.”", "en",
     [("indirect", "Smith", "said", ["he backs the bill"]),
      ("direct", "he", "called", ["a cartel for higher education."])]),
    ("Иванов сказал, что поддерживает закон, который Петров назвал «картелем».", "ru",
     [("indirect", "Иванов", "сказал", ["поддерживает закон"]), ("direct", "Петров", "назвал", ["картелем"])]),
    # a party-and-state tag after a name is no speaker of its own
    ("Sen. Ron Johnson, R-Wis., said the plan failed.", "en",
     [("indirect", "Sen. Ron Johnson", "said", ["the plan failed"])]),
    ("Иванов сказал, что план работает. «Он сэкономил нам миллионы».\n\nОн ушёл.", "ru",
     [("mixed", "Иванов", "сказал", ["план работает. «Он сэкономил нам миллионы»"])]),
    # the content of a cue inside a quoted sentence stops at the quotation's own cue frame, so the inner
    # report stays inside the outer one (was a second top-level row running on to "Sanders said")
    ('They want to "create jobs for working families," Sanders said.', "en",
     [("mixed", "Sanders", "said", ['They want to "create jobs for working families,"'])]),
    ('Many Americans then saw the Democrats as "the party of big government," From said.', "en",
     [("mixed", "From", "said", ['Many Americans then saw the Democrats as "the party of big government,"'])]),
    ("Они считают, что нужно «создать рабочие места», — сказал Сандерс.", "ru",
     [("mixed", "Сандерс", "сказал", ["Они считают, что нужно «создать рабочие места»"])]),
    # a closing mark typed as two ('') after a comma ends the content before a participle, as “ does
    ("He has called China ''provocative and expansionist,'' accusing it of ''creating a Great Wall of sand.''", "en",
     [("mixed", "He", "called", ["China ''provocative and expansionist,''"]),
      ("mixed", "He", "accusing", ["it of ''creating a Great Wall of sand.''"])]),
    ("Он назвал Китай «провокационным», обвинив его в «строительстве стены».", "ru",
     [("mixed", "Он", "назвал", ["Китай «провокационным»"]),
      ("mixed", "Он", "обвинив", ["его в «строительстве стены»"])]),
    # a participle that a quotation after it already took still ends the content before it
    ("Trump said Mitt Romney “had a crazy policy of self-deportation,” adding, “He lost all of the Latino vote.”",
     "en", [("mixed", "Trump", "said", ["Mitt Romney “had a crazy policy of self-deportation,”"]),
            ("direct", "Trump", "adding", ["He lost all of the Latino vote."])]),
    ("Трамп сказал, что у Ромни была «безумная политика», добавив: «Он проиграл голоса латиноамериканцев».", "ru",
     [("mixed", "Трамп", "сказал", ["у Ромни была «безумная политика»"]),
      ("direct", "Трамп", "добавив", ["Он проиграл голоса латиноамериканцев"])]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), MORE)
def test_more_shapes(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


FRAGMENT_MARKS = [
    # a cue that opens a paired quotation leaves its opening mark out of the content: the row stays
    ("It also notes that Blinken “condemned the launch of a missile.”", "en",
     [("mixed", "It", "notes", ["Blinken “condemned the launch of a missile.”"]),
      ("mixed", "Blinken", "condemned", ["the launch of a missile.”"])]),
    ("Также отмечается, что Блинкен «осудил запуск ракеты».", "ru",
     [("mixed", "Блинкен", "осудил", ["запуск ракеты»"])]),
    # a participle that opens a quoted fragment is the quoted speaker's word, no cue of its own (its row
    # began at the closing mark: "” if a prosecution …")
    ("One source said FBI agents would be “screaming” if a prosecution is not pursued.", "en",
     [("mixed", "One source", "said", ["FBI agents would be “screaming” if a prosecution is not pursued"])]),
    ("The campaign said the speech would be “regarding the election.”", "en",
     [("mixed", "The campaign", "said", ["the speech would be “regarding the election.”"])]),
    ("Кампания заявила, что речь будет «касаясь выборов».", "ru",
     [("mixed", "Кампания", "заявила", ["речь будет «касаясь выборов»"])]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), FRAGMENT_MARKS)
def test_fragment_marks(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang, outermost=False) == expected


FUSED_RELATIVES = [
    # a naming cue whose object is a fused relative pronoun before its subject: the pronoun and the name
    # after the cue (up to the quotation, a list of them, and a head noun) are the content
    ('A third group would be what Sroka called a "let a thousand flowers bloom" approach - working with others.',
     "en", [("mixed", "Sroka", "called", ["what", 'a "let a thousand flowers bloom" approach'])]),
    ("The battle over what former employees have called a “fraudulent scheme” took an uglier turn.", "en",
     [("mixed", "former employees", "called", ["what", "a “fraudulent scheme”"])]),
    ("Nixon's strategy led to what aide Kevin Phillips called “the beginning of a new era,” in his 1969 book.",
     "en", [("mixed", "aide Kevin Phillips", "called", ["what", "“the beginning of a new era,”"])]),
    # a name after the head noun goes with it
    ("They protested what they call the ''fraudulent'' nomination of Hillary Clinton.", "en",
     [("mixed", "they", "call", ["what", "the ''fraudulent'' nomination of Hillary Clinton"])]),
    # (inside a report of its own it nests there)
    ("He assails what he calls the “immoral” “lie” of the moment.", "en",
     [("mixed", "he", "calls", ["what", "the “immoral” “lie”"]),
      ("mixed", "He", "assails", ["what he calls the “immoral” “lie” of the moment"])]),
    # Russian lists no fused relatives: "то, что X назвал «…»" keeps the quotation alone
    ("Третья группа станет тем, что Срока назвал «пусть расцветают сто цветов».", "ru",
     [("direct", None, "назвал", ["пусть расцветают сто цветов"])]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), FUSED_RELATIVES)
def test_fused_relatives(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang, outermost=False) == expected


CUE_LEXICON = [
    # Russian cues of the guidelines' kinds (§2) that the lexicon lacked: complaints, objections,
    # conclusions, proposals, threats, praise; each English row is its counterpart in en.toml
    ("Жители жалуются, что воду отключили.", "ru", [("indirect", "Жители", "жалуются", ["воду отключили"])]),
    ("Residents complain that the water was cut off.", "en",
     [("indirect", "Residents", "complain", ["the water was cut off"])]),
    ("Министр возразил, что закон не нарушен.", "ru", [("indirect", "Министр", "возразил", ["закон не нарушен"])]),
    ("Министр выразил надежду, что переговоры завершатся успешно.", "ru",
     [("indirect", "Министр", "выразил надежду", ["переговоры завершатся успешно"])]),
    ("Глава Минфина Антон Силуанов допустил, что налоги повысят.", "ru",
     [("indirect", "Глава Минфина Антон Силуанов", "допустил", ["налоги повысят"])]),
    ("The minister conceded that taxes would rise.", "en",
     [("indirect", "The minister", "conceded", ["taxes would rise"])]),
    ("Журналисты выяснили, что сделка была фиктивной.", "ru",
     [("indirect", "Журналисты", "выяснили", ["сделка была фиктивной"])]),
    ("Эксперты опасаются, что цены вырастут.", "ru", [("indirect", "Эксперты", "опасаются", ["цены вырастут"])]),
    ("Experts fear that prices will rise.", "en", [("indirect", "Experts", "fear", ["prices will rise"])]),
    ("Депутат предложил запретить продажу энергетиков детям.", "ru",
     [("indirect", "Депутат", "предложил", ["запретить продажу энергетиков детям"])]),
    ("«Это неправда», — парировал министр.", "ru", [("direct", "министр", "парировал", ["Это неправда"])]),
    ('"That is not true," the minister retorted.', "en",
     [("direct", "the minister", "retorted", ["That is not true"])]),
    ("Министр прокомментировал: «Это неправда».", "ru",
     [("direct", "Министр", "прокомментировал", ["Это неправда"])]),
    # ... those that also mean something else report a clause only (clausal_only)
    ("Министр допустил ошибку.", "ru", []),
    ("Повар отрезал кусок хлеба.", "ru", []),
    ("Министр прокомментировал версию следствия.", "ru", []),
    ("Аналитики ожидают снижения ставки.", "ru", []),
    ("Он поделился планами на будущее.", "ru", []),
    ("The senator added a new title.", "en", []),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CUE_LEXICON)
def test_cue_lexicon(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


OWN_ATTITUDE = [
    # a quoted speaker's own belief verb framing what they say is no report of its own (guidelines §3);
    # another's belief inside the quotation is, and so is the speaker's own report of speech
    ("«Я надеюсь, что он в порядке», — сказал Трамп.", "ru",
     [("direct", "Трамп", "сказал", ["Я надеюсь, что он в порядке"])]),
    ('"I hope that he is fine," Trump said.', "en", [("direct", "Trump", "said", ["I hope that he is fine"])]),
    ('"We think the plan will work," she said.', "en", [("direct", "she", "said", ["We think the plan will work"])]),
    ("«Мои родители были уверены, что у них будет девочка», — сказал он.", "ru",
     [("direct", "он", "сказал", ["Мои родители были уверены, что у них будет девочка"]),
      ("indirect", "Мои родители", "уверены", ["у них будет девочка"])]),
    ("«Я сказал им, что мы победим», — заявил министр.", "ru",
     [("direct", "министр", "заявил", ["Я сказал им, что мы победим"]),
      ("indirect", "Я", "сказал", ["мы победим"])]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), OWN_ATTITUDE)
def test_own_attitude_is_no_report(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang, outermost=False) == expected
