"""Property tests: any text in, spans that match the text out; ids stable; nothing crashes."""

from __future__ import annotations

import re

import sentencex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from builder import api
from builder.segment import TOKEN, TextIndex, Token, TokenView, _add_trimmed, paragraph_bounds, sentence_bounds

PIECES = st.sampled_from([
    "“", "”", '"', "«", "»", "„", "‘", "’", "'", ", ", ". ", " — ", "\n", "\n\n", ": ",
    "he said", "said Smith", "Smith said", "заявил он", "— сказал Иванов", "according to",
    "We will win", "Мы победим", "the State Department", "", " ",
])
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.sampled_from(["en", "ru"]))
@example("\U00017000— сказал Иванов", "ru")  # a letter without a Unicode name once crashed pymorphy3
def test_spans_always_match_the_text(text: str, lang: str) -> None:
    for q in api.extract(text, lang=lang):
        assert q.content
        for span in [*q.content, q.speaker, q.cue]:
            if span is not None:
                assert 0 <= span.start < span.end <= len(text)
                assert text[span.start:span.end] == span.text
        assert [c.start for c in q.content] == sorted(c.start for c in q.content)


@settings(max_examples=100, deadline=None)
@given(TEXTS, st.sampled_from(["en", "ru"]))
def test_extraction_is_deterministic(text: str, lang: str) -> None:
    a = [q.to_row() for q in api.extract(text, lang=lang)]
    b = [q.to_row() for q in api.extract(text, lang=lang)]
    assert a == b
    assert len({r["quote_id"] for r in a}) == len(a)


@settings(max_examples=300, deadline=None)
@given(st.one_of(TEXTS, st.text(max_size=40)))
@example("ab_ _, a_. x. A. U.S. U.S a.b.c.d it’s-’ '- \u00a0said,\u2028“We” ²³½ e\u0301. Ⅻ.")
def test_tokens_are_the_token_pattern_matches(text: str) -> None:
    # TextIndex tokenises space-separated chunks, most without the regex: the same tokens and offsets
    assert TextIndex(text, "en").tokens == [Token(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def _sentences_from_boundaries(text: str, lang: str) -> list[tuple[int, int]]:
    """sentence_bounds as it was first written: sentencex's boundary dicts, paragraph by paragraph."""
    out: list[tuple[int, int]] = []
    for ps, pe in paragraph_bounds(text):
        for b in sentencex.get_sentence_boundaries(lang, text[ps:pe]):
            if not b["is_paragraph_break"]:
                _add_trimmed(text, ps + b["start_index"], ps + b["end_index"], out)
    return out


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.sampled_from(["en", "ru"]))
@example("A b.\r\rC d. E f.\u2029G h.\x0bI j.", "en")
def test_sentences_from_segment_lengths_are_sentencex_boundaries(text: str, lang: str) -> None:
    # sentence_bounds adds up the lengths of sentencex.segment's sentences: they must be its boundaries
    assert sentence_bounds(text, lang) == _sentences_from_boundaries(text, lang)


@settings(max_examples=100, deadline=None)
@given(TEXTS)
def test_token_view_reads_as_the_tokens(text: str) -> None:
    # Context.tokens makes each token when read (TokenRef): the same start, end, text and is_word as a Token
    index = TextIndex(text, "en")
    view = TokenView(index.token_starts, index.token_ends, index.token_texts)
    assert len(view) == len(index.tokens)
    for i in range(-len(view), len(view)):
        t, ref = index.tokens[i], view[i]
        assert (ref.start, ref.end, ref.text, ref.is_word) == (t.start, t.end, t.text, t.is_word)


@settings(max_examples=300, deadline=None)
@given(st.one_of(TEXTS, st.text(st.sampled_from("a \n\t\r\u2028\u00a0."), max_size=30)))
def test_paragraph_bounds_are_the_trimmed_lines(text: str) -> None:
    # paragraph_bounds walks the lines of text.split("\n"): the same bounds as a search for each "\n"
    out: list[tuple[int, int]] = []
    pos = 0
    for m in re.finditer("\n", text):
        _add_trimmed(text, pos, m.start(), out)
        pos = m.end()
    _add_trimmed(text, pos, len(text), out)
    assert paragraph_bounds(text) == out
