"""Inflection engines: a lemma -> every surface form that can stand for it in text.

`affix` applies regular English suffix rules (plus an irregular table from the lexicon); `pymorphy3`
takes the whole lexeme from the Russian dictionary. A lexicon names its engine in [inflection].
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from builder.errors import LexiconError

# (form, grammatical kind): kinds are "base", "3sg", "past", "pp" (a participle unlike the past: "known"),
# "ing" for the affix engine and the
# pymorphy3 POS of the form (VERB, INFN, GRND, PRTF, ...) for the dictionary engine.
Form = tuple[str, str]
Generator = Callable[[str], tuple[Form, ...]]
VOWELS = frozenset("aeiou")


def affix_forms(lemma: str, doubling: frozenset[str] = frozenset()) -> tuple[Form, ...]:
    """Regular English forms: lemma, -s, -ed, -ing (e-drop, consonant+y -> ie, doubling on request)."""
    if lemma.endswith("e"):
        ed, ing = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in VOWELS:
        ed, ing = lemma[:-1] + "ied", lemma + "ing"
    elif lemma in doubling:
        ed, ing = lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"
    else:
        ed, ing = lemma + "ed", lemma + "ing"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        s = lemma + "es"
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in VOWELS:
        s = lemma[:-1] + "ies"
    else:
        s = lemma + "s"
    return ((lemma, "base"), (s, "3sg"), (ed, "past"), (ing, "ing"))


def irregular_forms(row: list[str] | tuple[str, ...]) -> tuple[Form, ...]:
    """[lemma, 3sg, past, (participle,) ing] -> kinded forms."""
    kinds = ("base", "3sg", "past", "pp", "ing") if len(row) == 5 else ("base", "3sg", "past", "ing")
    return tuple(zip(row, kinds, strict=True))


@cache
def morph_analyzer() -> Any:
    """The process-wide pymorphy3 analyzer (loading it costs ~0.3 s, so it is shared)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def pymorphy_forms(lemma: str) -> tuple[Form, ...]:
    """Every form of a Russian lemma, verb readings preferred (финитные формы, причастия, деепричастия)."""
    parses = morph_analyzer().parse(lemma)
    verbal = [p for p in parses if p.tag.POS in ("INFN", "VERB") and p.normal_form == lemma]
    chosen = verbal or [p for p in parses if p.normal_form == lemma] or parses[:1]
    forms: dict[str, str] = {lemma: "INFN"}
    for p in chosen:
        for f in p.lexeme:
            forms.setdefault(f.word, str(f.tag.POS))
    return tuple(forms.items())


def engine(name: str, irregular: Iterable[list[str]] = (), doubling: Iterable[str] = ()) -> Generator:
    """The form generator a lexicon asks for; irregular rows [lemma, form, ...] override the rules."""
    table = {row[0]: irregular_forms(row) for row in irregular}
    if name == "affix":
        dbl = frozenset(doubling)
        return lambda lemma: table.get(lemma) or affix_forms(lemma, dbl)
    if name == "pymorphy3":
        return lambda lemma: table.get(lemma) or pymorphy_forms(lemma)
    raise LexiconError(f"unknown inflection engine {name!r} (known: affix, pymorphy3)")


CYRILLIC = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")


NAME_TAGS = frozenset({"Name", "Surn", "Patr"})


@cache
def has_case(word: str, case: str) -> bool:
    """Whether some reading of a Russian word is in `case` (nomn, gent, …); words in other scripts and
    indeclinable words (abbreviations, foreign names) can be in any case."""
    if not is_cyrillic(word):
        return True
    readings = parses(word)
    best = readings[0].score if readings else 0.0
    capitalised = word[:1].isupper()
    if capitalised and readings and not any(p.is_known for p in readings):
        return True  # a name the dictionary does not know (Мендонса): its case is a guess from the ending
    for p in readings:
        if p.score < 0.25 * best and not (capitalised and NAME_TAGS & p.tag.grammemes) and p.tag.POS != "NUMR":
            continue  # a rare reading (рака "shrine" for рака "of cancer") does not count, unless a
            # capitalised word reads as a name (Песков: "of sands" or the surname) or a numeral's case is
            # in question (Пять: nominative and accusative alike)
        tag = p.tag
        if tag.case == case or "Fixd" in tag or (tag.POS is None and "UNKN" in tag):
            return True
    return False


@cache
def parses(word: str) -> tuple[Any, ...]:
    """pymorphy3 readings of a word (cached); none for a word pymorphy3 cannot read (it raises on
    letters without a Unicode name, such as Tangut)."""
    try:
        return tuple(morph_analyzer().parse(word))
    except ValueError:
        return ()


def agree_as_adjectives(left: str, right: str) -> bool:
    """Whether two Russian words can be coordinated adjectives in one case (федерального и регионального)."""
    def cases(word: str) -> set[str]:
        return {p.tag.case for p in parses(word) if p.tag.POS == "ADJF" and p.tag.case}
    return bool(cases(left) & cases(right))


def is_cyrillic(word: str) -> bool:
    """Whether a word is written (at least partly) in Cyrillic."""
    return any(ch in CYRILLIC for ch in word)


def _likeliest_pos(word: str) -> str | None:
    """The part of speech of a Russian word's most likely reading (None when pymorphy3 has none)."""
    readings = parses(word)
    return str(readings[0].tag.POS) if readings and readings[0].tag.POS else None


@cache
def is_preposition(word: str) -> bool:
    """Whether the most likely reading of a Russian word is a preposition (для, с, в)."""
    return _likeliest_pos(word) == "PREP"


@cache
def is_modifier(word: str) -> bool:
    """Whether a word's likeliest reading modifies a noun before it (том, своем, 2015, новой): an adjective,
    a participle, a numeral or a number; a particle (же) counts too, as it stands inside the phrase."""
    if word.isdigit():
        return True
    return _likeliest_pos(word) in ("ADJF", "PRTF", "NUMR", "PRCL")


@cache
def is_adjective(word: str) -> bool:
    """Whether the most likely reading of a Russian word is a full adjective or participle (официальным)."""
    return _likeliest_pos(word) in ("ADJF", "PRTF")


@cache
def is_plural_verb(word: str) -> bool:
    """Whether the most likely reading of a Russian word is a plural finite verb (заявили, считают)."""
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS == "VERB" and readings[0].tag.number == "plur"


@cache
def is_noun(word: str) -> bool:
    """Whether the most likely reading of a Russian word is a noun (Интерфаксу, Известиям)."""
    return _likeliest_pos(word) == "NOUN"


@cache
def is_finite_verb(word: str) -> bool:
    """Whether the most likely reading of a Russian word is a finite verb (проголосовал, считает)."""
    return _likeliest_pos(word) == "VERB"


@cache
def is_adverb(word: str) -> bool:
    """Whether the most likely reading of a Russian word is an adverb or a particle (лишь, вскользь)."""
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS in ("ADVB", "PRCL") and readings[0].score > 0.5


@cache
def is_participle(word: str) -> bool:
    """Whether the most likely reading of a Russian word is a participle or a gerund (входящее, говоря)."""
    readings = parses(word)
    best = readings[0].score if readings else 0.0
    return any(p.tag.POS in ("PRTF", "GRND") and p.score >= 0.5 * best for p in readings)


@cache
def is_first_or_second_person(word: str) -> bool:
    """Whether a Russian verb form is in the first or second person (Напомним, отметим)."""
    readings = parses(word)
    return bool(readings) and readings[0].tag.person in ("1per", "2per")


@cache
def verb_gender(word: str) -> str:
    """The gender a Russian past-tense verb form marks (заявила -> f, заявил -> m), else ""."""
    for p in parses(word)[:1]:
        g = set(p.tag.grammemes)
        if "VERB" in g and "sing" in g:
            return "m" if "masc" in g else "f" if "femn" in g else ""
    return ""
