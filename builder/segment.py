"""Text -> paragraphs, sentences and word tokens, all as character offsets into the same text.

Sentences come from sentencex (rules per language, compiled Rust); tokens from one compiled regex,
applied only to the space-separated chunks that are not plain words.
Nothing here copies or rewrites the text, so every offset indexes the stored document text.
"""

from __future__ import annotations

import bisect
import re
from functools import partial
from typing import NamedTuple

import sentencex

# An acronym with dots (U.S., N.J.); a word: letters/digits with inner hyphens or apostrophes
# (don't, пресс-секретарь); anything else that is not space is a one-character token. The lookahead
# lets a plain word skip the acronym branch at once, and the possessive quantifiers spare the engine
# backtracking it could never use (nothing follows them): the same tokens, found sooner.
TOKEN = re.compile(r"(?=\w\.)(?:[^\W\d_]\.){2,}|\w++(?:[-'’]\w++)*+|[^\w\s]")


class Token(NamedTuple):
    """A token: [start, end) of the text and its text."""

    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"


# tuple.__new__ skips the NamedTuple's Python-level __new__: tokens are made by the thousand
_make_token = partial(tuple.__new__, Token)


class TokenRef:
    """One token as `TokenView` gives it: `start`, `end`, `text` and `is_word`, read as a Token's.

    A compiled class (mypyc): made and read field by field in a few instructions, where a Token, a
    NamedTuple, is made through tuple.__new__ and read through its class's attribute lookup.
    """

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"

    def __repr__(self) -> str:
        return f"TokenRef(start={self.start}, end={self.end}, text={self.text!r})"


class TokenView:
    """The tokens of a text as a read-only sequence, each made when it is read, from the parallel lists of
    starts, ends and texts.

    A list of Token tuples costs a tuple per token up front, and a NamedTuple is never untracked by the
    garbage collector as a plain tuple of ints and strings is: a long document's tokens reached the
    oldest generation and made full collections come sooner. A token read here lives as long as the
    expression that reads it. Hot loops read `starts`, `ends` and `texts` themselves.
    """

    def __init__(self, starts: list[int], ends: list[int], texts: list[str]) -> None:
        self.starts = starts
        self.ends = ends
        self.texts = texts

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, i: int) -> TokenRef:
        # (a negative index counts from the end, as in a list, since each list does so)
        return TokenRef(self.starts[i], self.ends[i], self.texts[i])


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line-delimited paragraph, whitespace trimmed."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):  # (the lines' lengths give their offsets: no match object per line)
        end = pos + len(line)
        _add_trimmed(text, pos, end, out)
        pos = end + 1
    return out


def _add_trimmed(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append((start, end))


def sentence_bounds(text: str, language: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed; never crosses a paragraph (line) boundary."""
    out: list[tuple[int, int]] = []
    lang = language if language in ("en", "ru") else "en"
    for ps, pe in paragraph_bounds(text):
        # sentencex.segment gives the sentences as strings that follow each other through the paragraph
        # (cheaper than get_sentence_boundaries' dict per sentence), so running sums of their lengths are
        # their offsets; a paragraph break between them (never inside a line) is blank and trimmed away
        pieces: list[str] = sentencex.segment(lang, text[ps:pe])
        end = ps
        n = len(out)
        for piece in pieces:
            start, end = end, end + len(piece)
            _add_trimmed(text, start, end, out)
        if end != pe:  # not the paragraph's pieces end to end after all: the boundaries as sentencex gives them
            del out[n:]
            for b in sentencex.get_sentence_boundaries(lang, text[ps:pe]):
                if not b["is_paragraph_break"]:
                    _add_trimmed(text, ps + b["start_index"], ps + b["end_index"], out)
    return out


class TextIndex:
    """Lazily computed views of one text: tokens, sentences, paragraphs, and lookups between them.

    The tokens are kept as parallel lists (`token_starts`, `token_ends`, `token_texts`): a hot loop
    reads a list item where a Token would cost an attribute lookup; `tokens`, the Token tuples, are made
    from them on first use."""

    def __init__(self, text: str, language: str) -> None:
        # views computed on first use by the _make_* methods (plain attributes: mypyc compiles these
        # classes, and it cannot compile functools.cached_property)
        self._tokens: list[Token] | None = None
        self._token_starts: list[int] | None = None
        self._token_ends: list[int] | None = None
        self._token_texts: list[str] | None = None
        self._sentences: list[tuple[int, int]] | None = None
        self._sentence_starts: list[int] | None = None
        self._paragraphs: list[tuple[int, int]] | None = None
        self._paragraph_starts: list[int] | None = None
        self.text = text
        self.language = language

    @property
    def tokens(self) -> list[Token]:
        v = self._tokens
        if v is None:
            v = self._tokens = list(map(_make_token, zip(self.token_starts, self.token_ends, self.token_texts,
                                                         strict=True)))
        return v

    @property
    def token_starts(self) -> list[int]:
        v = self._token_starts
        if v is None:
            v = self._make_token_views()[0]
        return v

    @property
    def token_ends(self) -> list[int]:
        v = self._token_ends
        if v is None:
            v = self._make_token_views()[1]
        return v

    @property
    def token_texts(self) -> list[str]:
        """Each token's text (read without a tuple attribute lookup per token)."""
        v = self._token_texts
        if v is None:
            v = self._make_token_views()[2]
        return v

    def _make_token_views(self) -> tuple[list[int], list[int], list[str]]:
        """The tokens' starts, ends and texts, made together from one pass over the text.

        No token holds or crosses a space, and every other character belongs to one, so the tokens of
        the text are those of its space-separated chunks, end to end within each chunk (TOKEN looks no
        further than the chunk either: a space stops every branch as the end of the chunk does).
        Most chunks need no regex (a regex match costs about as much as a dozen of these steps): a
        chunk of letters and digits is one word (str.isalnum and the regex's \\w agree, bar "_");
        one such word with one other character after it ("said,") is that word and that character
        (neither an acronym, which needs a dot after its first letter, nor a hyphenated word).
        str.split and the regex's \\s agree on what is space (str.isspace).
        """
        text = self.text
        starts: list[int] = []
        ends: list[int] = []
        texts: list[str] = []
        pos = 0
        for chunk in text.split():
            pos = text.find(chunk, pos)  # (the chunk itself: nothing before it but space can start it)
            n = len(chunk)
            if chunk.isalnum():
                starts.append(pos)
                pos += n
                ends.append(pos)
                texts.append(chunk)
            elif n > 1 and chunk[-1] != "_" and chunk[:-1].isalnum():
                starts.append(pos)
                pos += n - 1
                ends.append(pos)
                texts.append(chunk[:-1])
                starts.append(pos)
                pos += 1
                ends.append(pos)
                texts.append(chunk[-1])
            else:
                pieces: list[str] = TOKEN.findall(chunk)
                for t in pieces:
                    starts.append(pos)
                    pos += len(t)
                    ends.append(pos)
                    texts.append(t)
        self._token_starts, self._token_ends, self._token_texts = starts, ends, texts
        return starts, ends, texts

    @property
    def sentences(self) -> list[tuple[int, int]]:
        v = self._sentences
        if v is None:
            v = self._sentences = self._make_sentences()
        return v

    def _make_sentences(self) -> list[tuple[int, int]]:
        return sentence_bounds(self.text, self.language)

    @property
    def sentence_starts(self) -> list[int]:
        v = self._sentence_starts
        if v is None:
            v = self._sentence_starts = self._make_sentence_starts()
        return v

    def _make_sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    @property
    def paragraphs(self) -> list[tuple[int, int]]:
        v = self._paragraphs
        if v is None:
            v = self._paragraphs = self._make_paragraphs()
        return v

    def _make_paragraphs(self) -> list[tuple[int, int]]:
        return paragraph_bounds(self.text)

    @property
    def paragraph_starts(self) -> list[int]:
        v = self._paragraph_starts
        if v is None:
            v = self._paragraph_starts = self._make_paragraph_starts()
        return v

    def _make_paragraph_starts(self) -> list[int]:
        return [s for s, _ in self.paragraphs]

    def token_at(self, offset: int) -> int:
        """Index of the first token that starts at or after `offset`."""
        return bisect.bisect_left(self.token_starts, offset)

    def sentence_of(self, offset: int) -> tuple[int, int]:
        """The sentence containing `offset` (or the nearest one before it)."""
        i = max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)
        return self.sentences[i] if self.sentences else (0, len(self.text))

    def paragraph_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.paragraph_starts, offset) - 1)
