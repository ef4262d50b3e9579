"""Language per document and per paragraph: a cheap script check first, detection only where needed."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builder import api, language
from builder.build import BuildConfig, build
from builder.dataset import iter_rows
from builder.language import LATIN_WORD, NON_LATIN_LETTER, WORD, beyond_ascii, latin_only

MIXED = ("Putin speaks to reporters about the economy\n\n"
         "MOSCOW, March 3 - Russian President Vladimir Putin spoke to reporters on Thursday about the economy.\n\n"
         "«Мы не отступим», — заявил Путин журналистам.\n\n"
         '"We will see," the spokesman said after the meeting.\n')


@pytest.mark.parametrize(("text", "counts"), [
    ("Hello мир", {"latin": 5, "cyrillic": 3, "other": 0}),
    ("Ёлка Łódź 東京", {"latin": 4, "cyrillic": 4, "other": 2}),
    ("12:30 — 4073", {"latin": 0, "cyrillic": 0, "other": 0}),
])
def test_script_counts(text: str, counts: dict[str, int]) -> None:
    assert language.script_counts(text) == counts


def test_paragraph_languages() -> None:
    paragraphs = language.paragraph_languages(MIXED, "en")
    assert [p.language for p in paragraphs] == ["en", "en", "ru", "en"]
    assert MIXED[paragraphs[2].start:paragraphs[2].end].startswith("«Мы не отступим»")


def test_only_paragraphs_in_another_script_are_detected(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = language.detect_language

    def counting(text: str, default: str = "en") -> str:
        calls.append(text)
        return real(text, default)

    monkeypatch.setattr(language, "detect_language", counting)
    language.paragraph_languages(MIXED, "en")
    assert calls == ["«Мы не отступим», — заявил Путин журналистам."]


def test_main_language_is_not_decided_by_foreign_chrome(samples_dir: Path) -> None:
    raw = (samples_dir / "interfax.txt").read_text(encoding="utf-8")
    assert language.main_language(raw) == "en"


def test_a_russian_quote_in_an_english_article_is_a_russian_row() -> None:
    quotes = api.extract(MIXED)
    assert {(q.language, q.quote) for q in quotes} == {("ru", "Мы не отступим"), ("en", "We will see")}
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


def test_lang_forces_one_language() -> None:
    assert {q.language for q in api.extract(MIXED, lang="en")} == {"en"}


def test_the_build_puts_it_in_the_ru_config_and_keeps_the_document_english(tmp_path: Path) -> None:
    (tmp_path / "mixed.txt").write_text(MIXED, encoding="utf-8")
    build(BuildConfig(inputs=(str(tmp_path / "mixed.txt"),), out=str(tmp_path / "out")))
    assert [r["quote"] for r in iter_rows(tmp_path / "out", "ru")] == ["Мы не отступим"]
    assert [r["quote"] for r in iter_rows(tmp_path / "out", "en")] == ["We will see"]
    [doc] = list(iter_rows(tmp_path / "out", "documents"))
    assert doc["language"] == "en" and doc["n_quotes"] == 2


def test_a_short_russian_quote_in_an_english_article_is_still_russian() -> None:
    text = ("Putin was asked whether Russia would withdraw its troops from the border region.\n\n"
            "«Нет», — сказал Путин.\n")
    # the reported question before it is an English row of its own ("was asked whether …")
    assert [(q.language, q.quote) for q in api.extract(text)] == [
        ("en", "Russia would withdraw its troops from the border region"), ("ru", "Нет")]


@settings(max_examples=300, deadline=None)
@given(st.text(st.one_of(st.characters(min_codepoint=0x20, max_codepoint=0x24F),
                         st.characters(min_codepoint=0x1E00, max_codepoint=0x1EFF),
                         st.sampled_from(list("ʼ'’-_0123456789 \u00a0\u2019\u02bc"))), max_size=60))
def test_latin_word_finds_what_word_finds_in_latin_text(text: str) -> None:
    """LATIN_WORD is only a faster spelling of WORD for text whose letters are all Latin."""
    if latin_only(text):
        assert LATIN_WORD.findall(text) == WORD.findall(text)


@settings(max_examples=300, deadline=None)
@given(st.text(st.one_of(st.characters(max_codepoint=0x7F), st.characters(min_codepoint=0x80, max_codepoint=0x2FF),
                         st.sampled_from(list("“”—…µªºⁱⁿИя\u0307\ud800\udfff😀"))), max_size=40))
def test_latin_only_reads_the_characters_beyond_ascii(text: str) -> None:
    """latin_only looks only at the characters outside ASCII: the same answer as a scan of the whole text."""
    assert latin_only(text) == (NON_LATIN_LETTER.search(text) is None)
    assert beyond_ascii(text) == "".join(c for c in text if not c.isascii())


@settings(max_examples=300, deadline=None)
@given(st.text(st.one_of(st.characters(max_codepoint=0x7F), st.characters(min_codepoint=0x80, max_codepoint=0x2FF),
                         st.sampled_from(list("“”’—…µªºⁱⁿ\u212a\u0307\ud800😀"))), max_size=40))
def testlatin_words_are_the_latin_words(text: str) -> None:
    """The words of a Latin text split from its bytes: the same as LATIN_WORD's matches."""
    if latin_only(text):
        assert language.latin_words(text) == LATIN_WORD.findall(text)
