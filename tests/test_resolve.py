"""Speaker resolution: (text, speaker as written -> expected speaker_name) tables."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builder import api
from builder.lexicon import load_lexicon
from builder.resolve import NameIndex, _role_pattern

RESOLVE = [
    # a first-person speaker inside a quotation is whoever utters it, even when named after it
    ('"Russia, I hope you find the emails," Donald Trump told reporters.', "en", "I", "Donald Trump"),
    ("«Я думаю, что мы победим», — сказал Иван Петров.", "ru", "Я", "Иван Петров"),
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
    # (English has no case: "Russia's Defence Ministry spokesman" keeps its name as a modifier, no speaker)
    ("Russia's Defence Ministry spokesman said the strike was over.", "en", "Russia's Defence Ministry spokesman",
     None),
    # an oblique full name is put in the nominative in its first name's gender and number
    ("По словам главы МИД России Сергея Лаврова, удар нанесён.", "ru", "главы МИД России Сергея Лаврова",
     "Сергей Лавров"),
    ("По словам Марии Захаровой, удар нанесён.", "ru", "Марии Захаровой", "Мария Захарова"),
    ("According to Sergei Lavrov, the strike was over.", "en", "Sergei Lavrov", "Sergei Lavrov"),
    # … and no holder of its role elsewhere in the text either
    ("President Obama spoke first. The president of Judicial Watch said the suit would go on.", "en",
     "The president of Judicial Watch", None),
    # (Russian mentions end before the prepositional phrase; the description alone names nobody)
    ("Иван Петров выступил первым. Председатель совета из Москвы заявил, что суд продолжится.", "ru",
     "Председатель совета", None),
    # a title's own preposition comes before the name: the name stays
    ("Secretary of State John Kerry said the talks would go on.", "en", "Secretary of State John Kerry",
     "John Kerry"),
]


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
@given(st.text(st.sampled_from("sSpPkK\u212aſ ,’'\n_9oféо"), max_size=40), st.sampled_from(["sp", "k", "spok", "о"]))
def test_role_pattern_is_the_plain_role_pattern(text: str, role: str) -> None:
    """The role's pattern tests its lookbehind after the first letter: the same matches as testing it first."""
    plain = re.compile(rf"(?<!\w){re.escape(role)}\w*(?:\s+(?:of|\w+’s|\w+'s)\s+[A-Z]\w*)*[\s,]+", re.IGNORECASE)
    assert [m.span() for m in _role_pattern(role).finditer(text)] == [m.span() for m in plain.finditer(text)]
