"""find_quotes: which stretches of text are inside quotation marks (per rule, both languages)."""

from __future__ import annotations

import pytest

from builder.extract.marks import find_quotes
from builder.lexicon import load_lexicon
from builder.segment import TextIndex


def quoted(text: str, lang: str) -> list[list[str]]:
    return [[text[s:e] for s, e in q.pieces] for q in find_quotes(TextIndex(text, lang), load_lexicon(lang))]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ('He said "yes" and left.', "en", [["yes"]]),
    ("He said “yes” and “no”.", "en", [["yes"], ["no"]]),
    ("Он сказал «да».", "ru", [["да"]]),
    # „…“ nested in «…»: both found, outer first
    ("«Станция „Молодёжная“ откроется», — сказал он.", "ru", [["Станция „Молодёжная“ откроется"], ["Молодёжная"]]),
    # ‘…’ only inside a double quote; apostrophes elsewhere are not marks
    ("“The ‘best’ plan,” he said. Don’t worry.", "en", [["The ‘best’ plan,"], ["best"]]),
    ("It’s Smith’s view.", "en", []),
    # a paragraph that opens a quote without closing it continues in the next one that opens again
    ("“First part.\n“Second part,” he said.", "en", [["First part.", "Second part,"]]),
    # a closing double mark typed to open, at a paragraph's start or before a word with nothing open, opens
    ("He left.\n\u202a”Sorry Sarah, you should have said it!!” posted Sharon.", "en",
     [["Sorry Sarah, you should have said it!!"]]),
    ("He left.\n” … they are so not like him,” she said.", "en", [["… they are so not like him,"]]),
    ("Он ушёл.\n»Мы победим», — сказал он.", "ru", [["Мы победим"]]),
    ("“We will win,” he said. ” And they know it.", "en", [["We will win,"]]),
    # an unclosed quote that is not continued is dropped
    ("“Never closed.\nNext paragraph.", "en", []),
    # straight quotes open after a space and close before punctuation
    ('"A," he said, "B."', "en", [["A,"], ["B."]]),
    # a straight mark after a space closes when punctuation or an inner closing mark stands before it
    ("\"What they call 'a flight to quality,' \" he said.", "en",
     [["What they call 'a flight to quality,'"], ["a flight to quality,"]]),
    ("Он сказал: \"Это 'бегство в качество', \" и ушёл.", "ru",
     [["Это 'бегство в качество',"], ["бегство в качество"]]),
    # a curly mark may close a straight one ("…”) only where it can close: after a space, before a
    # word, it opens a quotation nested inside
    ('"It isn’t about “Equal Justice Under Law” anymore. It is about power."', "en",
     [["It isn’t about “Equal Justice Under Law” anymore. It is about power."], ["Equal Justice Under Law"]]),
    ('"It ends,” he said.', "en", [["It ends,"]]),
    ('Он сказал: "Речь не о „равном правосудии“ больше".', "ru",
     [["Речь не о „равном правосудии“ больше"], ["равном правосудии"]]),
    # an opening mark typed to close right after a full stop, before no word, closes
    ("Pollster: “Polls are the only thing that give us an idea.“[HuffPost.]", "en",
     [["Polls are the only thing that give us an idea."]]),
    ("Опрос: «Опросы дают нам представление.«[Ведомости.]", "ru", [["Опросы дают нам представление."]]),
    ("He said.“Next one is here.”", "en", [["Next one is here."]]),
    # a run of three straight marks closes the inner single quote first, then the outer double one
    ("''I would use the word 'old-school,''' said Slayton. ''Humility.''", "en",
     [["I would use the word 'old-school,'"], ["old-school,"], ["Humility."]]),
    ("«Это слово „старый“», — сказал он. «Скромность».", "ru",
     [["Это слово „старый“"], ["старый"], ["Скромность"]]),
])
def test_find_quotes(text: str, lang: str, expected: list[list[str]]) -> None:
    assert quoted(text, lang) == expected
