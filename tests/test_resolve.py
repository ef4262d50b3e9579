"""Speaker resolution: (text, speaker as written -> expected speaker_name) tables."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builder import api
from builder.lexicon import load_lexicon
from builder.resolve import TITLE_CASE_SHARE, WORD, NameIndex, _role_pattern, _title_case

RESOLVE = [
    # a first-person speaker inside a quotation is whoever utters it, even when named after it
    ('"Russia, I told you to find the emails," Donald Trump told reporters.', "en", "I", "Donald Trump"),
    ("«Я говорю вам, что мы победим», — сказал Иван Петров.", "ru", "Я", "Иван Петров"),
    # he / she prefer a speaker the text already gave that gender (through an earlier pronoun)
    ("Hillary Clinton spoke in Ohio. She said Russia hacked the party. The United States accused Russia "
     "of the hack. She believed Putin wanted Trump to win.", "en", "She", "Hillary Clinton"),
    # a name that only modifies a description's head is not the speaker; no role: left unresolved
    ("Donald Trump spoke. The New York businessman praised Putin.", "en", "The New York businessman", None),
    # a name's prepositional phrase (where from, whose spokesman) names no speaker
    ("Sen. Marco Rubio of Florida said he would run.", "en", "Sen. Marco Rubio of Florida", "Marco Rubio"),
    ("Иван Петров из Москвы заявил, что всё в порядке.", "ru", "Иван Петров", "Иван Петров"),
    ("Brian Fallon, a spokesman for Hillary Clinton, said the report was false.", "en", "Brian Fallon",
     "Brian Fallon"),
    # a description whose names are only its prepositions' objects: nobody named speaks
    ("A spokesman for Hillary Clinton said the report was false.", "en", "A spokesman for Hillary Clinton", None),
    ("A woman in Worcester, Massachusetts, said she was worried.", "en", "A woman in Worcester, Massachusetts",
     None),
    ("Сотрудник посольства в Москве заявил, что всё в порядке.", "ru", "Сотрудник посольства", None),
    ("The government of Costa Rica said the border was open.", "en", "The government of Costa Rica", "Costa Rica"),
    # where case marks the subject, names in another case only modify the subject's head
    ("Пресс-секретарь министерства обороны России заявил, что удар нанесён.", "ru",
     "Пресс-секретарь министерства обороны России", None),
    ("Глава МИД России Сергей Лавров заявил, что удар нанесён.", "ru", "Глава МИД России Сергей Лавров",
     "Сергей Лавров"),
    # (an indeclinable name after a genitive is one too; English says it with a preposition, as in "A
    # spokesman for Hillary Clinton" above)
    ("Как сообщила пресс-служба полиции РА, задержаны пять человек.", "ru", "пресс-служба полиции РА", None),
    # (English has no case: "Russia's Defence Ministry spokesman" keeps its name as a modifier, no speaker)
    ("Russia's Defence Ministry spokesman said the strike was over.", "en", "Russia's Defence Ministry spokesman",
     None),
    # an oblique full name is put in the nominative in its first name's gender and number
    ("По словам главы МИД России Сергея Лаврова, удар нанесён.", "ru", "главы МИД России Сергея Лаврова",
     "Сергей Лавров"),
    ("По словам Марии Захаровой, удар нанесён.", "ru", "Марии Захаровой", "Мария Захарова"),
    ("According to Sergei Lavrov, the strike was over.", "en", "Sergei Lavrov", "Sergei Lavrov"),
    # the fullest form of a name may itself be oblique: the name is put in the nominative, when every
    # word of it that reads as a name of its gender is oblique (Джордж Мендонса is a nominative)
    ("Суд оправдал Виталия Маркива. 29-летний Маркив заявил, что невиновен.", "ru", "29-летний Маркив",
     "Виталий Маркив"),
    ("Джордж Мендонса пришёл в музей. По словам Мендонсы, он рад.", "ru", "Мендонсы", "Джордж Мендонса"),
    # lower-case particles inside a name (lexicon: name_particles) belong to it, also before the surname alone
    ("New York Mayor Bill de Blasio spoke first. Later de Blasio said he was sorry.", "en", "de Blasio",
     "Bill de Blasio"),
    ("Mies van der Rohe said less is more.", "en", "Mies van der Rohe", "Mies van der Rohe"),
    # (only after one given name: two capitalised words before "de" are a title, not a person's name)
    ("Donald Trump spoke. The show Los Hijos de Trump aired. Trump said it was bad.", "en", "Trump", "Donald Trump"),
    ("Шарль де Голль заявил, что Франция будет сражаться.", "ru", "Шарль де Голль", "Шарль де Голль"),
    # an institution after a clause-opening "в" is named in the nominative (its head word only)
    ("В Кремле заявили, что решение принято.", "ru", "Кремле", "Кремль"),
    ("В МИД России сообщили, что посол вызван.", "ru", "МИД России", "МИД России"),
    ("В пресс-службе губернатора сообщили, что дороги открыты.", "ru", "пресс-службе губернатора", None),
    # a possessive is not part of a name; a pronoun with a clitic is the pronoun
    ("Marco Rubio spoke first. Rubio's said it would pass.", "en", "Rubio's", "Marco Rubio"),
    ("Hillary Clinton spoke first. She’s said the plan would pass.", "en", "She’s", "Hillary Clinton"),
    # a role written with capitals before the name is no part of it (roles += editor)
    ("Political Editor Matthew Boyle asked the question. Boyle said it was fair.", "en", "Boyle", "Matthew Boyle"),
    ("Rafael Edward Cruz was born in Calgary. Cruz said he was proud.", "en", "Cruz", "Rafael Edward Cruz"),
    # a person's form that only puts words the text also writes elsewhere in front of another full form is a
    # descriptor, not a fuller name; a fuller name is one that ends with the mention's words
    ("Republican Donald Trump spoke. Republican voters cheered. Donald Trump said it. Trump said it again.", "en",
     "Trump", "Donald Trump"),
    ("Debbie Wasserman Schultz spoke. Wasserman Schultz said the party was united.", "en", "Wasserman Schultz",
     "Debbie Wasserman Schultz"),
    # (a person's name is the full form the text writes most often: a capitalised word run into it once is not)
    ("Unlike Hillary Clinton, he spoke. Hillary Clinton spoke. Hillary Clinton left. Clinton said it was over.",
     "en", "Clinton", "Hillary Clinton"),
    ("The New York Daily News reported it. The Washington Post-ABC News poll found it. The Daily News said the "
     "poll was wrong.", "en", "The Daily News", "New York Daily News"),
    # a surname alone is the person of that name the text writes most often in full
    ("Donald Trump spoke first. Melania Trump spoke later. Donald Trump left. Trump said it was fine.", "en",
     "Trump", "Donald Trump"),
    ("Melania Trump spoke first. Donald Trump spoke later. Melania Trump left. Trump said it was fine.", "en",
     "Trump", "Melania Trump"),
    # a run of capitalised words in a title-case headline is no fuller form of a name in the body
    ("Trump Ties Hillary Clinton In New Poll\n\nHillary Clinton spoke in Ohio. Clinton said the poll was wrong.",
     "en", "Clinton", "Hillary Clinton"),
    # a capitalised adjective is no name on its own, nor the end of one
    ("Украинская сторона заявила, что не причастна к обстрелу.", "ru", "Украинская сторона", None),
    ("Ukrainian officials said they were not involved.", "en", "Ukrainian officials", None),
    # a surname in the genitive after a head noun names whose the speaker is, not the speaker
    ("Виталия Маркива осудили. Адвокат Маркива заявил, что его подзащитный невиновен.", "ru", "Адвокат Маркива",
     None),
    # … and no holder of its role elsewhere in the text either
    ("President Obama spoke first. The president of Judicial Watch said the suit would go on.", "en",
     "The president of Judicial Watch", None),
    # (Russian mentions end before the prepositional phrase; the description alone names nobody)
    ("Иван Петров выступил первым. Председатель совета из Москвы заявил, что суд продолжится.", "ru",
     "Председатель совета", None),
    # a title's own preposition comes before the name: the name stays
    ("Secretary of State John Kerry said the talks would go on.", "en", "Secretary of State John Kerry",
     "John Kerry"),
    # an institution named by its capitalised head noun and the words after it, the head in the nominative;
    # the head noun alone names no one ("представитель Министерства обороны" is nobody named)
    ("Министерство обороны сообщило, что запуск осуждён.", "ru", "Министерство обороны", "Министерство обороны"),
    ("INTERFAX - Министерство обороны сообщило, что запуск осуждён.", "ru", "Министерство обороны",
     "Министерство обороны"),
    ("По данным Министерства обороны, запуск осуждён.", "ru", "Министерства обороны", "Министерство обороны"),
    ("По словам представителя Министерства обороны, запуск осуждён.", "ru", "представителя Министерства обороны",
     None),
    ("The Defense Ministry said the launch was condemned.", "en", "The Defense Ministry", "Defense Ministry"),
    # a first person inside a quotation is its speaker, unnamed too (not the last person named)
    ("Armstrong called for a vote. (“I don’t want to have fisticuffs,” said one party activist.)", "en", "I", None),
    ("Армстронг призвал голосовать. («Я говорю, что драка не нужна», — сказал один из активистов.)", "ru", "Я",
     None),
    # a gendered title tells its bearer's gender: "he" passes over "Mrs. Clinton" to the last man
    ("Senator Bernie Sanders wants more. Mrs. Clinton seeks less. He calls for a new tax.", "en", "He",
     "Bernie Sanders"),
    ("Сенатор Берни Сандерс заявил, что налоги вырастут. Госпожа Клинтон считает, что нет. Он считает, что да.",
     "ru", "Он", "Берни Сандерс"),
    # a speaker in a title-case headline, whose capitalised run goes on past it, is a name all the same
    ("Hillary Clinton Calls ISIS Violence ‘Genocide.’\n\nCandidate Hillary Clinton said it was genocide.", "en",
     "Hillary Clinton", "Hillary Clinton"),
    ("Кисин: Продолжайте делать всё возможное\n\nПианист Евгений Кисин заявил, что это важно.", "ru", "Кисин",
     "Евгений Кисин"),
    # a capitalised adjective that opens a sentence stays in the place name it opens
    ("Южная Корея заявила, что переговоры продолжатся.", "ru", "Южная Корея", "Южная Корея"),
    ("South Korea said the talks would go on.", "en", "South Korea", "South Korea"),
    # an organisation's name goes on past the lexicon's institution_prepositions (of, for; по): it is the
    # speaker's name from its first word, not the place or field after the preposition
    ("The Department of Justice said the case was closed.", "en", "The Department of Justice",
     "Department of Justice"),
    ("The Bank of England said the rates would stay.", "en", "The Bank of England", "Bank of England"),
    ("The Federal Agency for Nuclear Safety said the levels were normal.", "en",
     "The Federal Agency for Nuclear Safety", "Federal Agency for Nuclear Safety"),
    ("Агентство по охране окружающей среды США пришло к выводу, что вещество безопасно.", "ru",
     "Агентство по охране окружающей среды США", "Агентство по охране окружающей среды США"),
    ("Комитет по образованию заявил, что школы откроются.", "ru", "Комитет по образованию", "Комитет по образованию"),
    # an institution with capitalised adjectives before its noun, or a capitalised genitive after its words;
    # an oblique one in the nominative
    ("Федеральная служба безопасности сообщила, что задержан агент.", "ru", "Федеральная служба безопасности",
     "Федеральная служба безопасности"),
    ("Министерство обороны России сообщило, что учения завершены.", "ru", "Министерство обороны России",
     "Министерство обороны России"),
    ("По данным Министерства обороны России, учения завершены.", "ru", "Министерства обороны России",
     "Министерство обороны России"),
    # a given name alone names the one person whose full name opens with it (where the text also writes the
    # surname alone, or morphology reads the word as a given name); two such people: unresolved
    ("Hillary Clinton spoke in Ohio. Clinton was tired. Hillary said she would win.", "en", "Hillary",
     "Hillary Clinton"),
    ("Гендиректор компании Андрей Смирнов ушёл в отставку. Андрей сказал, что устал.", "ru", "Андрей",
     "Андрей Смирнов"),
    ("Андрей Смирнов и Андрей Петров встретились. Андрей сказал, что устал.", "ru", "Андрей", "Андрей"),
    ("Hillary Clinton and Hillary Duff met. Clinton and Duff spoke. Hillary said she would win.", "en", "Hillary",
     "Hillary"),
    # (a headline's capitalised run is no full name of a surname: "Trump Train" does not name "Trump")
    ("Trump Train Rolls On\n\nTrump said he would win.", "en", "Trump", "Trump"),
]


@pytest.mark.parametrize(("text", "lang", "written", "kind"), [
    # a country or a city that speaks is an organisation (its authorities), where morphology tells places
    ("Южная Корея заявила, что переговоры продолжатся.", "ru", "Южная Корея", "organization"),
    ("Москва заявила, что переговоры продолжатся.", "ru", "Москва", "organization"),
    ("Иван Смирнов заявил, что переговоры продолжатся.", "ru", "Иван Смирнов", "person"),
    ("The State Department said the talks would go on.", "en", "The State Department", "organization"),
    # the head of a mention is not cut inside an organisation's name; "по" continues one in Russian
    ("Department of State spokesman John Kirby said the talks would go on.", "en",
     "Department of State spokesman John Kirby", "person"),
    ("Международное агентство по атомной энергии сообщило, что уровень радиации в норме.", "ru",
     "Международное агентство по атомной энергии", "organization"),
])
def test_speaker_types(text: str, lang: str, written: str, kind: str) -> None:
    got = [q.speaker_type for q in api.extract(text, lang=lang) if q.speaker and q.speaker.text == written]
    assert got == [kind]


@pytest.mark.parametrize(("text", "lang", "written", "name"), RESOLVE)
def test_speaker_names(text: str, lang: str, written: str, name: str | None) -> None:
    got = [q.speaker_name for q in api.extract(text, lang=lang) if q.speaker and q.speaker.text == written]
    assert got and got[-1] == name


@pytest.mark.parametrize(("text", "lang", "role", "org"), [
    # the organisation a role speaks for, after the role
    ("A spokeswoman for the Israeli Defense Ministry said the strike was over.", "en", "spokeswoman",
     "Israeli Defense Ministry"),
    # (Russian puts the organisation in the genitive, inside the mention: found before the name)
    ("Пресс-секретарь МИД России Мария Захарова заявила, что удар нанесён.", "ru", "пресс-секретарь", "МИД России"),
    # an organisation's name with a preposition in it, after the role
    ("A spokesman for the Ministry of Defence said the drills were over.", "en", "spokesman", "Ministry of Defence"),
    ("Глава комитета по бюджету Иван Петров заявил, что бюджет принят.", "ru", "глава", "комитета по бюджету"),
])
def test_speaker_role_and_org(text: str, lang: str, role: str, org: str) -> None:
    q = api.extract(text, lang=lang)[-1]
    assert (q.speaker_role, q.speaker_org) == (role, org)


def _in_lower_case_reference(text: str, word: str) -> bool:
    """The plain reading of NameIndex._in_lower_case: some occurrence of the lower-cased word with no
    word character (letters, digits, _, apostrophes, hyphen) on either side."""
    low = word.lower()
    if not re.fullmatch(r"[a-z\u00DF-\u00FF\u0430-\u045F][\w’'-]*", low):
        return False
    return any((i == 0 or not re.match(r"[\w’'-]", text[i - 1])) and not re.match(r"[\w’'-]", text[i + len(low):])
               for i in range(len(text)) if text.startswith(low, i))


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("sSaA- ’'.\n_9éЁё"), max_size=30),
       st.sampled_from(["S", "A", "As", "Sa", "Ёж", "É", "9"]))
def test_in_lower_case_finds_whole_words_only(text: str, word: str) -> None:
    names = NameIndex(text, load_lexicon("en"))
    assert names._in_lower_case(word) == _in_lower_case_reference(text, word)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("dDaA- ’'.,)\n\t\u00a0_9éЁё"), max_size=30),
       st.sampled_from(["D", "Da", "A", "Ёж", "É"]))
def test_written_elsewhere_is_the_standalone_pattern(text: str, word: str) -> None:
    """A word on its own before a lower-case word or a punctuation mark: the same answer as the pattern."""
    plain = re.compile(rf"(?<![\w’'-]){re.escape(word)}(?=\s+[a-z]|[,.;:!?)])")
    names = NameIndex(text, load_lexicon("en"))
    assert names._written_elsewhere((word, "X")) == (plain.search(text) is not None)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("sSpPkK\u212aſ ,’'\n_9oféо"), max_size=40), st.sampled_from(["sp", "k", "spok", "о"]))
def test_role_pattern_is_the_plain_role_pattern(text: str, role: str) -> None:
    """The role's pattern tests its lookbehind after the first letter: the same matches as testing it first."""
    plain = re.compile(rf"(?<!\w){re.escape(role)}\w*(?:\s+(?:of|\w+’s|\w+'s)\s+[A-Z]\w*)*[\s,]+", re.IGNORECASE)
    assert [m.span() for m in _role_pattern(role).finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from("aAbBéÉЖж ’'-_,.9\n\t\u00a0(“"), max_size=60))
def test_title_case_counts_the_words_of_the_pattern(line: str) -> None:
    """A line's title case from its space-separated chunks: the same answer as counting WORD's matches."""
    long = [w for w in WORD.findall(line) if len(w) >= 4]
    expected = len(long) >= 3 and sum(w[:1].isupper() for w in long) >= TITLE_CASE_SHARE * len(long)
    assert _title_case(line) == expected
