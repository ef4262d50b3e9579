"""Rules backend, direct quotes: (text, expected speaker / cue / content) tables per shape and language."""

from __future__ import annotations

import pytest

from builder import api


def rows(text: str, lang: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(q.speaker.text if q.speaker else None, q.cue.text if q.cue else None, [c.text for c in q.content])
            for q in api.extract(text, lang=lang)]


QUOTE_THEN_CUE = [
    # a capitalised function word inside a sentence before a name is a name ("said Will Doyle"); after an
    # abbreviation's full stop it opens a sentence ("… the U.S. While Clinton …")
    ('"It is a pretty expensive model," said Will Doyle, a professor. "The biggest thing is personnel."', "en",
     [("Will Doyle", "said", ["It is a pretty expensive model", "The biggest thing is personnel."])]),
    ("Polk County GOP Chairman Will Rogers said the visit would earn attention.", "en",
     [("Polk County GOP Chairman Will Rogers", "said", ["the visit would earn attention"])]),
    ("«Это дорогая модель», — сказал Уилл Дойл, профессор. «Главное — расходы на персонал».", "ru",
     [("Уилл Дойл", "сказал", ["Это дорогая модель", "Главное — расходы на персонал"])]),
    # "said by telephone": 'by' before a medium is no passive agent ("the facts reported by the government")
    ("“We should act,” Ms. Gao said by telephone. “Yes, it is a free society.”", "en",
     [("Ms. Gao", "said", ["We should act", "Yes, it is a free society."])]),
    ("«Надо действовать», — сказала Гао по телефону. «Да, это свободное общество».", "ru",
     [("Гао", "сказала", ["Надо действовать", "Да, это свободное общество"])]),
    # a noun-like base form right before a finite cue verb is its subject ("the press release said")
    ('"We discussed the alliance," the press release said.', "en",
     [("the press release", "said", ["We discussed the alliance"])]),
    ("«Мы обсудили союз», — говорится в пресс-релизе.", "ru",
     [("пресс-релизе", "говорится", ["Мы обсудили союз"])]),
    # a description, or a name, set off by its appositive between the quotation and the verb is the speaker
    ('He sent it.\n\n"We need him," his wife, Gabriela Lazar, wrote in a letter to the court.', "en",
     [("his wife", "wrote", ["We need him"])]),
    ('He sent it.\n\n"Wages rise," the economist Jared Bernstein, a former adviser, wrote on his blog.', "en",
     [("the economist Jared Bernstein", "wrote", ["Wages rise"])]),
    ("Он отправил его.\n\n«Он нам нужен», — Габриэла Лазар, его жена, написала в письме.", "ru",
     [("Габриэла Лазар", "написала", ["Он нам нужен"])]),
    # a cue whose past form reads like its base ("read") is a past verb after a document ("the email
    # read"), but not after an infinitive marker
    ('He sent it.\n\n"I can beat Hillary Clinton," the email read.', "en",
     [("the email", "read", ["I can beat Hillary Clinton"])]),
    ("Он отправил его.\n\n«Я могу победить Клинтон», — написала газета.", "ru",
     [("газета", "написала", ["Я могу победить Клинтон"])]),
    ('It is hard to read "The Art of the Deal" twice.', "en", []),
    # a past-tense verb the lexicon lacks, right after the quotation and before a name, reports it
    # (languages with past suffixes; with morphology, as in Russian, unlisted verbs are not guessed)
    ("The crowd cheered.\n\n“This is fantastic!” beamed Donald Hartley of Madison.", "en",
     [("Donald Hartley of Madison", "beamed", ["This is fantastic!"])]),
    ("Толпа ликовала.\n\n«Это фантастика!» — просиял Дональд Хартли.", "ru", []),
    # a short description, then a cue's form that reads as a noun or a present ("state", "write", "asked")
    # before the end of the clause or a prepositional adjunct
    ('"Today, the kingdom leads the fight," the Saudis state in the white paper, which was shared on Monday.',
     "en", [("the Saudis", "state", ["Today, the kingdom leads the fight"])]),
    ("“You seem to have picked a new standard,” the two write.", "en",
     [("the two", "write", ["You seem to have picked a new standard"])]),
    ("He posted the clip.\n\n“What if Trump had diction lessons?” the 43-year-old asked in the description.", "en",
     [("He", "posted", ["the clip"]), ("the 43-year-old", "asked", ["What if Trump had diction lessons?"])]),
    ("«Сегодня королевство лидирует в этой борьбе», — саудовцы заявляют в докладе.", "ru",
     [("саудовцы", "заявляют", ["Сегодня королевство лидирует в этой борьбе"])]),
    # a past verb the lexicon lacks after a short subject may go on with a coordinated clause or an adjunct
    ("“Go back to your network,” Trump barked and a guard escorted the anchor out.", "en",
     [("Trump", "barked", ["Go back to your network"])]),
    ('"Let me help you out - the answer is no," the Republican nominee riffed on her non-answer, to applause.',
     "en", [("the Republican nominee", "riffed", ["Let me help you out - the answer is no"])]),
    ("«Возвращайтесь на свой канал», — рявкнул Трамп, и охранник вывел ведущего.", "ru", []),
    # a name with initials and a suffix, then an appositive set off by commas, before the verb: the name
    # (only when the quotation opens its sentence)
    ("''Twitter works as a way to sell books and to crowdsource terrorism,'' James B. Comey Jr., the director "
     "of the F.B.I., said in July.", "en",
     [("James B. Comey Jr.", "said", ["Twitter works as a way to sell books and to crowdsource terrorism"])]),
    ("«Твиттер помогает продавать книги и вербовать террористов», — Джеймс Коми-младший, директор ФБР, "
     "сказал в июле.", "ru",
     [("Джеймс Коми-младший", "сказал", ["Твиттер помогает продавать книги и вербовать террористов"])]),
    # one capitalised word between the quotation and the cue verb is a name, even one the lexicon reads as
    # a modal ("Will")
    ("“The war is a reminder of the stakes,” Will wrote.", "en",
     [("Will", "wrote", ["The war is a reminder of the stakes"])]),
    ("«Война — это напоминание о ставках», — Уилл написал.", "ru",
     [("Уилл", "написал", ["Война — это напоминание о ставках"])]),
    # a noun-like cue form ("states") after a document noun, ending the cue clause, is a verb
    ('"Family leave is good," the document states.', "en",
     [("the document", "states", ["Family leave is good"])]),
    # a colon before the quotation sets it apart: it is not woven into the clause before
    ('Trump seemed to suggest he had silenced her: "She signed an agreement," he told the Times.', "en",
     [(None, "seemed", ["Trump", "to suggest he had silenced her"]), ("he", "told", ["She signed an agreement"])]),
    # only words between the closing mark and the verb: all of them are the subject
    ('"I have been warning you," the Florida senator and Republican candidate said.', "en",
     [("the Florida senator and Republican candidate", "said", ["I have been warning you"])]),
    # "as the crowd applauded" after the cue clause reports nothing: its clause holds her report
    ('"Well, everybody should be believed," she said, with a smile, as the crowd applauded.', "en",
     [("she", "said", ["Well, everybody should be believed"])]),
    ('"We will win," Smith said.', "en", [("Smith", "said", ["We will win"])]),
    # a subject too long to take whole that does not start with a name ("nuclear experts A and B of …"):
    # the noun phrase that ends before the verb is the speaker, when the quotation opens its sentence
    ("“Tritium would make bigger bombs,” nuclear experts Dan Albers and Serena Keller-Vance of Boston's "
     "Institute for Science and Global Security wrote in May.", "en",
     [("Albers and Serena Keller-Vance of Boston's Institute for Science and Global Security", "wrote",
       ["Tritium would make bigger bombs"])]),
    ("«Тритий позволит делать более мощные бомбы», — эксперты-ядерщики Дэвид Олбрайт и Серена Келлехер из "
     "Института науки написали в мае.", "ru",
     [("эксперты-ядерщики Дэвид Олбрайт и Серена Келлехер", "написали",
       ["Тритий позволит делать более мощные бомбы"])]),
    # a long appositive between the name and the verb
    ("“Very good reporter,” Trump, the frontrunner nationally and current polling leader in South Carolina by "
     "a wide margin after winning the New Hampshire primary, said of Boyle.", "en",
     [("Trump", "said", ["Very good reporter"])]),
    ("«Очень хороший репортёр», — Трамп, лидер гонки по всей стране и фаворит опросов в Южной Каролине с "
     "большим отрывом после победы на праймериз в Нью-Гэмпшире, сказал о Бойле.", "ru",
     [("Трамп", "сказал", ["Очень хороший репортёр"])]),
    # an inner quotation closing before a space and the outer mark still leaves the quotation tagged
    ("\"It is all about the name 'Clinton,' \" said Bree Maxwell, a volunteer in Richland County.", "en",
     [("Bree Maxwell", "said", ["It is all about the name 'Clinton"])]),
    ("«Всё дело в фамилии „Клинтон“, » — сказала Бри Максвелл, волонтёр из округа.", "ru",
     [("Бри Максвелл", "сказала", ["Всё дело в фамилии „Клинтон"])]),
    ("“We will win,” said Smith.", "en", [("Smith", "said", ["We will win"])]),
    # "referring to" names a topic, not what was said: no row of its own
    ("“It is over,” he added, referring to the talks.", "en", [("he", "added", ["It is over"])]),
    ("“Go,” state department spokesperson Ned Price said of the call.", "en",
     [("state department spokesperson Ned Price", "said", ["Go"])]),
    ("“We were there legitimately,” Figueroa told USA Today.", "en",
     [("Figueroa", "told", ["We were there legitimately"])]),
    # a name with an adverb's ending is no adverb between subject and verb
    ('"We will win," Kelly said.', "en", [("Kelly", "said", ["We will win"])]),
    # a dot before a comma ends an abbreviation, not the sentence; a long appositive after the name
    ('"Let me be clear," Mitch McConnell, R-Ky., said.', "en", [("Mitch McConnell", "said", ["Let me be clear"])]),
    ('"Both scare me," Harry Bond, 30, of Raleigh, N.C., who was polled, said.', "en",
     [("Harry Bond", "said", ["Both scare me"])]),
    ("«Мы победим», — сказал Иван Петров, 30 лет, житель Москвы, бывший депутат, на митинге.", "ru",
     [("Иван Петров", "сказал", ["Мы победим"])]),
    # no comma before the closing mark, but a whole short cue sentence after it
    ("“We will win” Grubbs said. “They will lose.”", "en", [("Grubbs", "said", ["We will win", "They will lose."])]),
    ('"The deal is off." Trump said.', "en", [("Trump", "said", ["The deal is off."])]),
    # the full stop left out after the cue clause, before a whole quoted sentence that goes on
    ("“We will build a wall. It’s so simple,” Trump said “Bush and even Obama sent people back.”", "en",
     [("Trump", "said", ["We will build a wall. It’s so simple", "Bush and even Obama sent people back."])]),
    ("«Мы построим стену. Это просто», — сказал Трамп «Буш и Обама тоже высылали людей».", "ru",
     [("Трамп", "сказал", ["Мы построим стену. Это просто"])]),
    # a closing mark typed to open the quotation
    ("Palin’s post resonated.\n\n\u202a”Sorry Sarah, you should have said it!!” posted Sharon Powers Geyer.", "en",
     [("Sharon Powers Geyer", "posted", ["Sorry Sarah, you should have said it!!"])]),
    ("Пост Палин вызвал отклик.\n\n»Мы победим», — сказал Иван Петров.", "ru",
     [("Иван Петров", "сказал", ["Мы победим"])]),
    # … and an appositive after the name in that cue sentence
    ('"Leaks created a false narrative" said Nick Merrill, a Clinton campaign spokesman. "It is irresponsible."',
     "en", [("Nick Merrill", "said", ["Leaks created a false narrative", "It is irresponsible."])]),
    ("«Мы победим» сказал Иван Петров, пресс-секретарь кампании. «Они проиграют».", "ru",
     [("Иван Петров", "сказал", ["Мы победим", "Они проиграют"])]),
    # a quotation opened right after a bracket stands apart from the clause before it
    ('Members pushed back ("Give the money back," wrote Edward Nelson, a technician).', "en",
     [("Edward Nelson", "wrote", ["Give the money back"])]),
    ("Члены профсоюза возмутились («Верните мои взносы», — написал Иван Петров).", "ru",
     [("Иван Петров", "написал", ["Верните мои взносы"])]),
    ("«Мы победим», — заявил Локоть.", "ru", [("Локоть", "заявил", ["Мы победим"])]),
    ("«Это трудно», — отметила актриса.", "ru", [("актриса", "отметила", ["Это трудно"])]),
    # a prepositional phrase between cue and speaker is stepped over by case ("в этой беседе")
    ("«Я устал», — сказал в этой беседе Андрей.", "ru", [("Андрей", "сказал", ["Я устал"])]),
    # a participle right after the quotation takes the main clause's subject: its object ("Fox 35") is no
    # speaker of the quotation
    ("The foundation did not want to address “that person,” telling Fox 35 that it is focused on “ending gun "
     "violence.”", "en",
     [("The foundation", "want", ["to address “that person,”"]),
      ("The foundation", "telling", ["it is focused on “ending gun violence.”"])]),
    ("Фонд не стал обсуждать «этого человека», сообщив «Интерфаксу», что занят «борьбой с насилием».", "ru",
     [("Фонд", "сообщив", ["«Интерфаксу», что занят «борьбой с насилием»"])]),
    # a quotation set off by a dash stands apart from the clause before the dash: that clause is no part
    # of it, and an earlier cue's content stops at the dash
    ("Mr. Biden suggested Mr. Trump had shown a fondness for brutal leaders like Saddam Hussein - ''He would have "
     "loved Stalin,'' Mr. Biden said.", "en",
     [("Mr. Biden", "suggested", ["Mr. Trump had shown a fondness for brutal leaders like Saddam Hussein"]),
      ("Mr. Biden", "said", ["He would have loved Stalin"])]),
    ("Clinton said that the plan was unserious — “Again, we need to get into the details,” she said.", "en",
     [("Clinton", "said", ["the plan was unserious"]), ("she", "said", ["Again, we need to get into the details"])]),
    ("Путин заявил, что план несерьёзен — «Нам надо вникнуть в детали», — сказал он.", "ru",
     [("Путин", "заявил", ["план несерьёзен"]), ("он", "сказал", ["Нам надо вникнуть в детали"])]),
    # a quotation woven into its sentence: the content is the clause from its subject, past fronted
    # adjuncts set off by commas (a participle clause, a linking phrase, a subordinate clause)
    ("Emerging from two hours alone with Mr. Obama, the prime minister ''looked ashen,'' Mr. Arad said.", "en",
     [("Mr. Arad", "said", ["the prime minister ''looked ashen,''"])]),
    ("In particular, Bill Clinton has been “very worked up about it,” Smith said.", "en",
     [("Smith", "said", ["Bill Clinton has been “very worked up about it,”"])]),
    ("В частности, Билл Клинтон «очень взволнован этим», сказал источник.", "ru",
     [("источник", "сказал", ["Билл Клинтон «очень взволнован этим»"])]),
    # (a Russian adverbial participle is not known as one: the clause keeps it)
    ("Выйдя после беседы с Обамой, премьер «выглядел потрясённым», сказал Арад.", "ru",
     [("Арад", "сказал", ["Выйдя после беседы с Обамой, премьер «выглядел потрясённым»"])]),
]

CUE_THEN_QUOTE = [
    # a relative pronoun after a comma is the subject of a cue whose adjunct runs up to the quotation
    ("The first endorsement came from Mike Lee, who declared in the debate spin room, “It is time to unite.”",
     "en",
     [("who", "declared", ["It is time to unite."])]),
    ("Первым был Майк Ли, который заявил в кулуарах: «Пора объединяться».", "ru",
     [("который", "заявил", ["Пора объединяться"])]),
    # a whole quoted sentence right after the verb; a prepositional phrase before the colon; an adverb
    # between a modal and the verb
    ("She declared “What a Super Tuesday!” and left.", "en", [("She", "declared", ["What a Super Tuesday!"])]),
    # a noun-like -s form right before a quoted sentence is a verb ("claims", "states"), not after a determiner
    ("The ad claims “Jeb is the conservative you can trust.”", "en",
     [("The ad", "claims", ["Jeb is the conservative you can trust."])]),
    ("Реклама утверждает «Джеб — консерватор, которому можно доверять».", "ru",
     [("Реклама", "утверждает", ["Джеб — консерватор, которому можно доверять"])]),
    ("Their claims “Jeb is the conservative you can trust” were odd.", "en", []),
    # a participle with no comma before it, right before a colon or comma and a quotation, reports it for
    # the main subject; an absolute construction keeps its own subject; no quotation after it, no cue
    ("The senator emailed supporters saying: “The struggle continues.”", "en",
     [("The senator", "saying", ["The struggle continues."])]),
    ("The crowd was loud, with Trump reportedly yelling: “Get him out of here!”", "en",
     [("Trump", "yelling", ["Get him out of here!"])]),
    ('People saying "hello" were there.', "en", []),
    # an adverb set off by a comma, then a prepositional adjunct, between the verb and the colon
    ("Kelly responded pointedly, with a smile: “Can happen when you’re 45.”", "en",
     [("Kelly", "responded", ["Can happen when you’re 45."])]),
    ("Келли ответила язвительно: «Такое бывает в 45».", "ru", [("Келли", "ответила", ["Такое бывает в 45"])]),
    # (Russian sets a participle clause off with a comma; without one the sentence's subject still speaks)
    ("Сенатор разослал письма сторонникам говоря: «Борьба продолжается».", "ru",
     [("Сенатор", "говоря", ["Борьба продолжается"])]),
    ("He was sad. Williams added about Carson: “He likes Mr. Trump.”", "en",
     [("Williams", "added", ["He likes Mr. Trump."])]),
    ('It was odd. A spokesman could only quip: "Christmas Eve was booked."', "en",
     [("A spokesman", "quip", ["Christmas Eve was booked."])]),
    # a participle's speaker is the main subject, not its addressee
    ("The talks went on.\n\nTrump praised him, telling CNBC: “It is good.”", "en",
     [("Trump", "telling", ["It is good."])]),
    ('Smith said: "We will win."', "en", [("Smith", "said", ["We will win."])]),
    # a name alone before a colon at the start of a sentence: the colon is the cue; a label is no speaker
    ('Both reject the term.\n\nClinton: "Our goal is to defeat ISIS." Bush: "The mission is to destroy it."', "en",
     [("Both", "reject", ["the term"]), ("Clinton", ":", ["Our goal is to defeat ISIS."]),
      ("Bush", ":", ["The mission is to destroy it."])]),
    ('The talks went on all day.\n\nUpdate: "A title here."', "en", []),
    # "issued the following statement:" is a cue phrase, its quotation in the next paragraph (English lexicon;
    # the Russian one has no such phrase yet)
    ("In response, Republican presidential nominee Donald Trump issued the following statement:\n\n"
     "“Our prayers are with all those affected.”", "en",
     [("Republican presidential nominee Donald Trump", "issued the following statement",
       ["Our prayers are with all those affected."])]),
    ("В ответ кандидат Дональд Трамп выступил со следующим заявлением:\n\n«Мы молимся за всех пострадавших».",
     "ru", []),
    # "From X:" / "More from X:" opening the sentence names the excerpt's source: a name or a document
    ("Panels differ. From the report: “Samples with more elaborate weighting were more accurate.”", "en",
     [("the report", ":", ["Samples with more elaborate weighting were more accurate."])]),
    ("Momentum shifted -More from Blumenthal and Cohen: “Our data confirm that.”", "en",
     [("Blumenthal and Cohen", ":", ["Our data confirm that."])]),
    ("From the start: “We will win.”", "en", []),
    ("Sanders used a phrase that could have come from Trump himself: “We will win.”", "en", []),
    ("Панели различаются по качеству.\n\nИз доклада Росстата: «Выборки с весами точнее».", "ru",
     [("доклада Росстата", ":", ["Выборки с весами точнее"])]),
    # a transcript's label: the bracket after the name does not count among its words, nor needs a space
    ('An exchange at the hearing.\n\nRep. Trey Gowdy (R-S.C.):"Who told you that?"', "en",
     [("Rep. Trey Gowdy (R-S.C.)", ":", ["Who told you that?"])]),
    ("Обмен репликами на слушаниях.\n\nДепутат Иван Петров (КПРФ): «Кто вам это сказал?»", "ru",
     [("Депутат Иван Петров (КПРФ)", ":", ["Кто вам это сказал?"])]),
    # … also a description that ends in a name, when the label opens the paragraph and the quotation ends it
    ('An exchange at the hearing.\n\nFormer secretary of state Hillary Rodham Clinton:"We learned that from the '
     'State Department."', "en",
     [("Former secretary of state Hillary Rodham Clinton", ":", ["We learned that from the State Department."])]),
    ("Обмен репликами на слушаниях.\n\nБывший госсекретарь США Хиллари Клинтон: «Мы узнали это от Госдепартамента».",
     "ru", [("Бывший госсекретарь США Хиллари Клинтон", ":", ["Мы узнали это от Госдепартамента"])]),
    ('An exchange at the hearing.\n\nWait, it gets better:\n\n"By law, the president sets the number."', "en", []),
    # a title's dot between the verb and the colon does not end the cue's sentence
    ("He spoke at length today.\n\nRoland Z wrote of Ms. Merkel: “Your boss is still bringing them.”", "en",
     [("Roland Z", "wrote", ["Your boss is still bringing them."])]),
    ("Он долго выступал сегодня.\n\nПётр Иванов написал в адрес А. Меркель: «Ваш босс всё ещё привозит их».", "ru",
     [("Пётр Иванов", "написал", ["Ваш босс всё ещё привозит их"])]),
    # a headline, a spaced hyphen and an author (two names coordinated) before the colon
    ("Polls are out.\n\nPOLLS NOT WRONG - Mark Blumenthal and Jon Cohen: “They ended too early.”", "en",
     [("Mark Blumenthal and Jon Cohen", ":", ["They ended too early."])]),
    ("Опросы вышли.\n\nОПРОСЫ НЕ ОШИБАЛИСЬ - Иван Петров и Анна Смирнова: «Опросы закончились рано».", "ru",
     [("Иван Петров и Анна Смирнова", ":", ["Опросы закончились рано"])]),
    # a short subject and a verb the lexicon lacks before a colon and a whole quoted sentence
    ('He demurred: “Whichever one I am in.”', "en", [("He", "demurred", ["Whichever one I am in."])]),
    ('Trump went even further: "If he goes, it is the end."', "en",
     [("Trump", "went even further", ["If he goes, it is the end."])]),
    # … past a fronted adjunct set off by a comma
    ('In a Fox interview later that day, Trump went even further: "If he goes, it is the end."', "en",
     [("Trump", "went even further", ["If he goes, it is the end."])]),
    ("В интервью Fox в тот же день Трамп пошёл ещё дальше: «Если он уйдёт, это конец».", "ru", []),
    # … a longer predicate (up to six words) when its verb reads as a past, past an adverb after the subject
    ("She then addressed the supporters again: “Here is what I regret. They do not listen.”", "en",
     [("She", "addressed the supporters again", ["Here is what I regret. They do not listen."])]),
    ("Она затем обратилась к сторонникам снова: «Вот о чём я жалею. Они не слушают».", "ru", []),
    ("The problem then turned into a much bigger story: “Nobody knew.”", "en", []),
    # a subject that names someone (an appositive after it) and a longer predicate the lexicon lacks, before a
    # colon and a quoted sentence that ends the paragraph: the colon is the cue
    ('Senate Leader Mitch Connors, R-Ky., delivered a blunt message to Trump: "Stop attacking people."', "en",
     [("Senate Leader Mitch Connors", ":", ["Stop attacking people."])]),
    ("And Mr. Christie gloated: ''He was not ready at all.''", "en",
     [("Mr. Christie", ":", ["He was not ready at all."])]),
    ('Trump has three rules for the campaign: "Win. Win. Win."', "en", []),
    # a sentence of a subject and a cue verb that reports nothing (at most an adjunct), then a quoted
    # sentence, in the same paragraph or the next: the quotation is what it reports
    ('Professor Dana Brix agreed. "Mainstream Republicans are running out of time."', "en",
     [("Professor Dana Brix", "agreed", ["Mainstream Republicans are running out of time."])]),
    ("Sam Lau, a party spokesman, responded on Twitter.\n\n“There are no ballots to recount.”", "en",
     [("Sam Lau", "responded", ["There are no ballots to recount."])]),
    ("Клинтон ответила в Twitter.\n\n«Мы выиграем эту гонку».", "ru",
     [("Клинтон", "ответила", ["Мы выиграем эту гонку"])]),
    ('She agreed with the plan. "It is good."', "en", [("She", "agreed", ['with the plan. "It is good."'])]),
    ("Лидер сената Митч Коннорс передал Трампу жёсткое послание: «Хватит нападать на людей».", "ru",
     [("Лидер сената Митч Коннорс", "передал", ["Хватит нападать на людей"])]),
    ('The rule is simple: "Do not lie."', "en", []),
    ("Правило простое: «Не лги!»", "ru", []),
    ("Переговоры шли весь день.\n\nПесков: «Мы не комментируем слухи».", "ru",
     [("Песков", ":", ["Мы не комментируем слухи"])]),
    ("Глава департамента Ирина Соколова сказала журналистам: «Станцию откроют».", "ru",
     [("Глава департамента Ирина Соколова", "сказала", ["Станцию откроют."[:-1]])]),
    ("Он заявил: «Мы победим».", "ru", [("Он", "заявил", ["Мы победим"])]),
    # a subordinate clause set off by commas (after an adjunct) between the cue and the quotation
    ("Clinton initially said in the spring, when the email story broke, “I sent no classified material.”", "en",
     [("Clinton", "said", ["I sent no classified material."])]),
    ("Клинтон заявила весной, когда история всплыла, «Я не отправляла секретных материалов».", "ru",
     [("Клинтон", "заявила", ["Я не отправляла секретных материалов"])]),
    # the name before an appositive is the speaker; a prepositional adjunct may stand before the quotation
    ("Sen. Ron Johnson, R-Wis., said in an op-ed piece before a 2014 hearing, “The department failed.”", "en",
     [("Sen. Ron Johnson", "said", ["The department failed."])]),
    ("Ron Johnson, a senator from Wisconsin, said in an op-ed before the hearing, “It failed.”", "en",
     [("Ron Johnson", "said", ["It failed."])]),
    ("Иван Петров, депутат Думы, сказал на заседании в пятницу: «Мы победим».", "ru",
     [("Иван Петров", "сказал", ["Мы победим"])]),
    # a pronoun with a contracted verb after the cue opens a clause (the content goes on in the quotation
    # after the colon); a possessive name is the addressee
    ("Giuliani said it’s simple: “We win.”", "en", [("Giuliani", "said", ["it’s simple", "“We win.”"])]),
    ("Giuliani told Trump’s aides: “We win.”", "en", [("Giuliani", "told", ["We win."])]),
    ("Джулиани сказал помощникам Трампа: «Мы победим».", "ru", [("Джулиани", "сказал", ["Мы победим"])]),
    # a cue clause set off by commas inside a sentence that goes on in lower case inside the marks: the
    # content is the sentence around the cue clause
    ("Clinton, a top aide said, “is very confident” in the contrast.", "en",
     [("a top aide", "said", ["Clinton", "“is very confident” in the contrast"])]),
    ("Эти источники, заявили юристы, «ведут к одному выводу» о кандидате.", "ru",
     [("юристы", "заявили", ["Эти источники", "«ведут к одному выводу» о кандидате"])]),
    # a capitalised quotation after a fronted adjunct is the content alone
    ("On Monday, Smith said, “We will win.”", "en", [("Smith", "said", ["We will win."])]),
]

DISCONTINUOUS = [
    # a full stop inside the speaker's bracket does not end the cue's sentence
    ("“A,” said Sen. Chris Murphy (D-Conn.). “B.”", "en", [("Sen. Chris Murphy", "said", ["A", "B."])]),
    ('"A," he said. "B."', "en", [("he", "said", ["A", "B."])]),
    # the author's words inside the guillemets interrupt one quotation
    ("«Первое, — сказал он. — Второе»", "ru", [("он", "сказал", ["Первое", "Второе"])]),
    # the cue's sentence goes on before the quotation resumes: an adjunct, an appositive with a domain name
    ('"A thing," he told NBC in October, "to keep."', "en", [("he", "told", ["A thing", "to keep."])]),
    ('"A," said Mike Purdy, who runs the history.com website. "B."', "en", [("Mike Purdy", "said", ["A", "B."])]),
    ("«Первое», — сказал он журналистам в пятницу, — «второе»", "ru", [("он", "сказал", ["Первое", "второе"])]),
    # the cue's sentence ends its paragraph and the next paragraph is one quotation with no cue of its own
    ("“A?” said Murphy, who lives nearby.\n\n“B, C.”\n\nHe left.", "en",
     [("Murphy", "said", ["A?", "B, C."])]),
    ("«Первое», — сказал Иван, глядя в окно.\n\n«Второе, третье».\n\nОн ушёл.", "ru",
     [("Иван", "сказал", ["Первое", "Второе, третье."[:-1]])]),
    # a show's name in quotation marks inside the cue's sentence is stepped over to the continuation
    ("“A,” he told CNN’s “State of the Union” on Sunday. “B.”", "en", [("he", "told", ["A", "B."])]),
    ("«Первое», — сказал он в программе «Время». «Второе».", "ru", [("он", "сказал", ["Первое", "Второе"])]),
    # a full stop inside a title's marks ends the cue's sentence before the continuation
    ('"A," Sanders said in an interview aired Monday on "New Day." "B."', "en", [("Sanders", "said", ["A", "B."])]),
    ("«Первое», — сказал он в программе «Время.» «Второе».", "ru", [("он", "сказал", ["Первое", "Второе"])]),
    # (the closing mark of a title typed as '' is two tokens: the full stop inside it still ends the sentence)
    ("''A,'' he said on ABC's ''This Week.'' ''B.''", "en", [("he", "said", ["A", "B."])]),
    # an abbreviation's dot (a state's) ends the cue's sentence; a whole sentence whose last words are an
    # inner quotation follows the cue clause without its stop
    ('"A," Cruz told reporters in Fort Mill, S.C. "B."', "en", [("Cruz", "told", ["A", "B."])]),
    ("«Первое», — сказал он журналистам в г. Москве. «Второе».", "ru", [("он", "сказал", ["Первое", "Второе"])]),
    ("“A is true,” she said “It is all about ‘the wait.’”", "en",
     [("she", "said", ["A is true", "It is all about ‘the wait."])]),
    # a participle between the quotations introduces the second one: no continuation
    ('"They are not affiliated," she said, adding, "Mr. Trump is grateful."', "en",
     [("she", "said", ["They are not affiliated"]), ("she", "adding", ["Mr. Trump is grateful."])]),
    ("«Первое», — сказал он, добавив: «Второе».", "ru", [("он", "сказал", ["Первое"]), ("он", "добавив", ["Второе"])]),
    # a paragraph that is one quotation with no cue continues a quotation and its continuation before it
    ("“A thing,” he said. “Another thing.”\n\n“More things here.”\n\nHe left.", "en",
     [("he", "said", ["A thing", "Another thing.", "More things here."])]),
    ("«Первое», — сказал он. «Второе».\n\n«Третье».\n\nОн ушёл.", "ru",
     [("он", "сказал", ["Первое", "Второе", "Третье"])]),
    # a participle whose clause ends before the next quotation does not take it: it continues the first
    ("“It was booming,” Ms. Hughes said, pointing out where the store used to be. “But those days are gone.”", "en",
     [("Ms. Hughes", "said", ["It was booming", "But those days are gone."]),
      ("Ms. Hughes", "pointing out", ["where the store used to be"])]),
    ("«Было хорошо», — сказала Иванова, показывая, где стоял магазин. «Но те дни прошли».", "ru",
     [("Иванова", "сказала", ["Было хорошо", "Но те дни прошли"])]),
    # the next sentence ends in a quotation and has no cue of its own: it goes on with the speaker's words
    ('"It is a moment," said Steve Schmidt, a strategist. Unless rivals quit, "it is over."', "en",
     [("Steve Schmidt", "said", ["It is a moment", 'Unless rivals quit, "it is over.'])]),
    ("«Это важный момент», — сказал Иван Смирнов, депутат. Если соперники не уйдут, «всё решено».", "ru",
     [("Иван Смирнов", "сказал", ["Это важный момент", "Если соперники не уйдут, «всё решено"])]),
    ('"It is a moment," said Steve Schmidt, a strategist. The party called it "a farce."', "en",
     [("Steve Schmidt", "said", ["It is a moment"]), ("The party", "called", ['it "a farce."'])]),
    # a next quotation with a cue clause of its own is its own row, not a continuation
    ('"We will win," Smith said. "They will lose," Jones said.', "en",
     [("Smith", "said", ["We will win"]), ("Jones", "said", ["They will lose"])]),
    ("“A,” she said. “B,” she said.", "en", [("she", "said", ["A"]), ("she", "said", ["B"])]),
    ("«Первое», — сказал он. «Второе», — добавила она.", "ru",
     [("он", "сказал", ["Первое"]), ("она", "добавила", ["Второе"])]),
    # a cue verb in the next paragraph is not the second quotation's own cue clause
    ('"They sue," he said. "Everybody sues, right?"\nLater, Rubio claimed that he was tired.', "en",
     [("he", "said", ["They sue", "Everybody sues, right?"]), ("Rubio", "claimed", ["he was tired"])]),
    ("«Первое», — сказал он. «Второе?»\nИванов заявил, что устал.", "ru",
     [("он", "сказал", ["Первое", "Второе?"]), ("Иванов", "заявил", ["устал"])]),
    # a quotation closed on a comma, a cue clause set off by commas, and the sentence going on in the
    # narrator's words (a complementizer, an auxiliary): that rest is a second piece
    ('"It\'s our bad luck," he said, that both violent men had ties to this little mosque.', "en",
     [("he", "said", ["It's our bad luck", "that both violent men had ties to this little mosque"])]),
    ("“Only you, Dinesh,” she said, would use the occasion to reaffirm your love of country.", "en",
     [("she", "said", ["Only you, Dinesh", "would use the occasion to reaffirm your love of country"])]),
    ('"We are gravely concerned," the members wrote in a letter to the president, that the agency "may have '
     'removed mothers."', "en",
     [("the members", "wrote", ["We are gravely concerned", 'that the agency "may have removed mothers.'])]),
    # … but not a prepositional phrase (an infinitive marker is one too) or an appositive
    ("“It is over,” she said, to loud applause.", "en", [("she", "said", ["It is over"])]),
    ('"It is over," said Smith, a lawyer.', "en", [("Smith", "said", ["It is over"])]),
    # a quotation after a colon that a later verb of the cue's sentence introduces is that verb's, not a
    # second piece of the first
    ('"Go to the refuge," Bundy says to Santilli, who responds enthusiastically: "Okay!"', "en",
     [("Bundy", "says", ["Go to the refuge"]), ("who", "responds", ["Okay!"])]),
    ("«Идите к заповеднику», — говорит Банди Сантилли, который с энтузиазмом отвечает: «Хорошо!»", "ru",
     [("Банди Сантилли", "говорит", ["Идите к заповеднику"]), (None, "отвечает", ["Хорошо!"])]),
    # Russian puts the comma after the closing mark, and the cue clause after a dash: the rest is not taken
    ("«Это большая удача», — сказал он, что оба стрелка были связаны с этой мечетью.", "ru",
     [("он", "сказал", ["Это большая удача"])]),
]

DASH_DIALOGUE = [
    ("— Мы не стали переносить действие, — сказал Дубровский. — Островский понятен.", "ru",
     [("Дубровский", "сказал", ["Мы не стали переносить действие", "Островский понятен."])]),
    ("— Это самая трудная роль, — отметила актриса.", "ru", [("актриса", "отметила", ["Это самая трудная роль"])]),
]

CREDITS = [
    # a paragraph that is one quotation, then a paragraph of a dash and a name: the name is the speaker
    ('The numbers changed.\n\n"Boeing and GE pay zero taxes."\n\n- Sanders.\n\nThis is complex.', "en",
     [("Sanders", None, ["Boeing and GE pay zero taxes."])]),
    ('"We hear about it all the time."\n\n-Michelle Marks, Philadelphia.', "en",
     [("Michelle Marks", None, ["We hear about it all the time."])]),
    ("«Все счастливые семьи похожи друг на друга».\n\n— Лев Толстой.", "ru",
     [("Лев Толстой", None, ["Все счастливые семьи похожи друг на друга"])]),
    # … or the dash and the name end the quotation's own paragraph (a list of readers' answers)
    ("“He represents our greatest shame.” ― Sonya Herridge\n“Maybe we can build a wall.”― Steve Quinlan.\n\nMore.",
     "en", [("Sonya Herridge", None, ["He represents our greatest shame."]),
            ("Steve Quinlan", None, ["Maybe we can build a wall."])]),
    ("«Все счастливые семьи похожи друг на друга». — Лев Толстой\n«Рукописи не горят» — Михаил Булгаков, писатель.",
     "ru", [("Лев Толстой", None, ["Все счастливые семьи похожи друг на друга"]),
            ("Михаил Булгаков", None, ["Рукописи не горят"])]),
    # no name after the dash, or more text after it: no credit
    ('Another critic likened the rules to "burning the Constitution" - a charge that stung.', "en",
     [("Another critic", "likened", ['the rules to "burning the Constitution" - a charge that stung'])]),
    ("“It is over” – Smith wrote on Monday in a long letter.", "en", [("Smith", "wrote", ["It is over"])]),
    ("«Ты придёшь?» — Да, конечно.", "ru", []),
    ("“There is resistance among many Americans.”\n\n– An immigrant himself –.", "en", []),
    ("«Ты придёшь?»\n\n— Да, конечно.", "ru", []),
    # a newsletter item: a headline in capitals, text that holds a quotation, the source in brackets
    ("Morning Email.\n\nHOW CHINA’S DECLINE AFFECTS THE WORLD “China’s slowdown is fostering a decline.” [WaPo.]",
     "en", [("WaPo", None, ["China’s slowdown is fostering a decline."])]),
    ("Morning Email.\n\nROLL TIDE Alabama beat Clemson in what many call an “instant classic.” [ESPN.]", "en",
     [("ESPN", None, ["Alabama beat Clemson in what many call an “instant classic.”"]),
      ("many", "call", ["what", "an “instant classic.”"])]),  # (a quantifier's verb nests inside the item)
    ("Утренняя рассылка.\n\nКАК ЗАМЕДЛЕНИЕ КИТАЯ ВЛИЯЕТ НА МИР «Замедление Китая ведёт к спаду». [Ведомости.]", "ru",
     [("Ведомости", None, ["Замедление Китая ведёт к спаду"])]),
    # … not without a quotation, nor without the headline
    ("Morning Email.\n\nWHAT COULD HALT ALZHEIMER’S Stopping inflammation may be the key. [HuffPost.]", "en", []),
    ("Morning Email.\n\nThe report says it is “a cancer in our system.” [WaPo.]", "en",
     [("The report", "says", ["it is “a cancer in our system.”"])]),
]

NOT_QUOTES = [
    # a quotation after a possessive or a preposition names a show: the cue after it reports the clause
    ("On Fox News channel’s “Sunday Morning Futures,” Issa said the deal was bad.", "en",
     [("Issa", "said", ["the deal was bad"])]),
    # titles, names and scare quotes with no cue produce no row
    ("The “Saturday Night Live” show aired.", "en", []),
    ("Фестиваль «Ереванские перспективы» открылся.", "ru", []),
    ("The so-called “reform” passed once.", "en", []),
    # a cue-like noun after a quote is not a cue (the State Department, the report)
    ("“Peace,” the State Department wrote nothing.", "en", [("the State Department", "wrote", ["Peace"])]),
    ("“Peace” Will the United States agree?", "en", []),
]


@pytest.mark.parametrize(("text", "lang", "expected"), QUOTE_THEN_CUE)
def test_quote_then_cue(text: str, lang: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert rows(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), CUE_THEN_QUOTE)
def test_cue_then_quote(text: str, lang: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert rows(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), DISCONTINUOUS)
def test_discontinuous(text: str, lang: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert rows(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), DASH_DIALOGUE)
def test_dash_dialogue(text: str, lang: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert rows(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), CREDITS)
def test_quote_credits(text: str, lang: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert rows(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), NOT_QUOTES)
def test_not_quotes(text: str, lang: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert rows(text, lang) == expected


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_span_matches_the_text(lang: str, samples_dir) -> None:  # type: ignore[no-untyped-def]
    for path in sorted(samples_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for q in api.extract(text, lang=lang):
            for s in [*q.content, q.speaker, q.cue]:
                if s is not None:
                    assert text[s.start:s.end] == s.text
