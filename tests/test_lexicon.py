"""Lexicons are data, validated at load: missing keys, duplicates, unsorted lists fail."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from builder.errors import LexiconError, UnsupportedLanguageError
from builder.lexicon import available_languages, compile_lexicon, load_lexicon, read_lexicon_file
from builder.resources import lexicon_dir


@pytest.fixture
def raw_en() -> dict[str, Any]:
    return read_lexicon_file(lexicon_dir() / "en.toml")


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_shipped_lexicons_load(lang: str) -> None:
    lex = load_lexicon(lang)
    assert lex.language == lang
    assert lex.cue_forms, "a lexicon without cue forms finds nothing"


def test_languages_are_the_lexicon_files() -> None:
    assert set(available_languages()) >= {"en", "ru"}


@pytest.mark.parametrize(("word", "lemma", "cue_type"), [
    ("said", "say", "speech"), ("says", "say", "speech"), ("told", "tell", "speech"),
    ("added", "add", "speech"), ("believes", "believe", "belief"), ("wrote", "write", "writing"),
])
def test_english_forms(word: str, lemma: str, cue_type: str) -> None:
    form = load_lexicon("en").cue(word)
    assert form is not None and (form.lemma, form.cue_type) == (lemma, cue_type)


@pytest.mark.parametrize(("word", "lemma"), [
    ("заявил", "заявить"), ("заявила", "заявить"), ("заявили", "заявить"), ("заявив", "заявить"),
    ("сказала", "сказать"), ("подчеркнул", "подчеркнуть"), ("Отметила", "отметить"),
])
def test_russian_forms_come_from_pymorphy3(word: str, lemma: str) -> None:
    form = load_lexicon("ru").cue(word)
    assert form is not None and form.lemma == lemma


def test_missing_key_fails(raw_en: dict[str, Any]) -> None:
    broken = copy.deepcopy(raw_en)
    del broken["cues"]["speech"]
    with pytest.raises(LexiconError, match=r"missing key cues\.speech"):
        compile_lexicon(broken)


def test_missing_section_fails(raw_en: dict[str, Any]) -> None:
    broken = copy.deepcopy(raw_en)
    del broken["marks"]
    with pytest.raises(LexiconError, match=r"missing section \[marks\]"):
        compile_lexicon(broken)


def test_duplicate_fails(raw_en: dict[str, Any]) -> None:
    broken = copy.deepcopy(raw_en)
    broken["cues"]["speech"] = sorted(broken["cues"]["speech"] + ["say"])
    with pytest.raises(LexiconError, match="duplicate"):
        compile_lexicon(broken)


def test_unsorted_fails(raw_en: dict[str, Any]) -> None:
    broken = copy.deepcopy(raw_en)
    broken["cues"]["speech"] = list(reversed(broken["cues"]["speech"]))
    with pytest.raises(LexiconError, match="not sorted"):
        compile_lexicon(broken)


def test_lemma_under_two_types_fails(raw_en: dict[str, Any]) -> None:
    broken = copy.deepcopy(raw_en)
    broken["cues"]["belief"] = sorted(broken["cues"]["belief"] + ["say"])
    with pytest.raises(LexiconError, match="listed under"):
        compile_lexicon(broken)


def test_wrong_type_fails(raw_en: dict[str, Any]) -> None:
    broken = copy.deepcopy(raw_en)
    broken["marks"]["dashes"] = "—"
    with pytest.raises(LexiconError, match="expected list"):
        compile_lexicon(broken)


def test_unknown_language_is_a_typed_error() -> None:
    with pytest.raises(UnsupportedLanguageError, match="no lexicon for language 'xx'"):
        load_lexicon("xx")
