"""Document + lexicon -> the per-document view every rule reads: tokens, folded words, quotations.

Built once per document and language; rules only read it. Token positions are indexes into
`index.tokens`; `quote_of[i]` is the depth-0 quotation holding token i (or -1).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from builder import fastrecords
from builder.extract.marks import Quoted, find_quotes
from builder.lexicon import Lexicon
from builder.records import Document, Span
from builder.segment import TextIndex, TokenView


@dataclass(init=False, unsafe_hash=True, slots=True)  # not frozen at run time: nothing assigns to it after __init__
class Region:
    """A stretch of tokens [start, end) that rules treat as one sentence."""

    start: int
    end: int
    quote: int = -1  # the quotation this region lies inside (nested attributions), else -1

    def __init__(self, start: int, end: int, quote: int = -1) -> None:
        # built by hand (init=False): mypyc runs a dataclass's generated __init__ as Python, ~10x slower
        self.start = start
        self.end = end
        self.quote = quote


@cache
def _mark_sets(pairs: tuple[tuple[str, str], ...], inner_pairs: tuple[tuple[str, str], ...],
               dashes: tuple[str, ...]) -> tuple[frozenset[str], re.Pattern[str], frozenset[str]]:
    """A lexicon's quote mark characters, its double marks as one pattern, and its dashes (once per lexicon)."""
    marks = frozenset(ch for p in pairs + inner_pairs for m in p for ch in m)
    doubles = sorted({m for p in pairs for m in p}, key=lambda m: (-len(m), m))
    return marks, re.compile("|".join(re.escape(m) for m in doubles)), frozenset(dashes)


class Context:
    """Everything the rules need about one document, computed lazily and at most once."""

    def __init__(self, document: Document, lex: Lexicon, language: str) -> None:
        # views computed on first use by the _make_* methods (plain attributes: mypyc compiles these
        # classes, and it cannot compile functools.cached_property)
        self._tokens: TokenView | None = None
        self._folded: list[str] | None = None
        self._words: list[bool] | None = None
        self._starts: list[int] | None = None
        self._ends: list[int] | None = None
        self._texts: list[str] | None = None
        self._quotes: list[Quoted] | None = None
        self._quote_of: list[int] | None = None
        self._quote_open_tok: dict[int, int] | None = None
        self._quote_close_tok: dict[int, int] | None = None
        self._regions: list[Region] | None = None
        self._region_starts: list[int] | None = None
        self.doc = document
        self.text = document.text
        self.lex = lex
        self.index = TextIndex(document.text, language)
        self.marks, self.double_marks, self.dashes = _mark_sets(lex.mark_pairs, lex.inner_pairs, lex.dashes)
        self._title_lines: dict[int, bool] = {}  # line start -> whether the line is in title case
        self.left_np_memo: dict[int, tuple[int, int] | None] = {}  # speakers.left_np's results

    @property
    def tokens(self) -> TokenView:
        """The tokens, each made when read (the `starts`, `ends` and `texts` lists are cheaper still)."""
        v = self._tokens
        if v is None:
            v = self._tokens = self._make_tokens()
        return v

    def _make_tokens(self) -> TokenView:
        return TokenView(self.starts, self.ends, self.texts)

    @property
    def folded(self) -> list[str]:
        v = self._folded
        if v is None:
            v = self._folded = self._make_folded()
        return v

    def _make_folded(self) -> list[str]:
        """Lookup keys of all tokens (lower case + the lexicon's folds), computed in one pass."""
        lowered = self.text.lower()
        if self.lex.fold_table:  # (an empty table still costs a lookup per character: ≈ 0.1 ms a text)
            lowered = lowered.translate(self.lex.fold_table)
        if len(lowered) == len(self.text):
            starts, texts = self.index.token_starts, self.index.token_texts
            # (indexes, not zip(..., strict=True), which compiled code runs as a generic iterator of tuples)
            return [lowered[starts[k]:starts[k] + len(texts[k])] for k in range(len(texts))]
        fold = self.lex.fold  # a character whose lower case has another length: token by token
        return [fold(t) for t in self.index.token_texts]

    @property
    def words(self) -> list[bool]:
        v = self._words
        if v is None:
            v = self._words = self._make_words()
        return v

    def _make_words(self) -> list[bool]:
        """Whether each token is a word (not punctuation)."""
        return [t[0].isalnum() or t[0] == "_" for t in self.index.token_texts]

    @property
    def starts(self) -> list[int]:
        """Each token's start (`tokens[i].start` without the tuple)."""
        v = self._starts
        if v is None:
            v = self._starts = self.index.token_starts
        return v

    @property
    def ends(self) -> list[int]:
        """Each token's end (`tokens[i].end`)."""
        v = self._ends
        if v is None:
            v = self._ends = self.index.token_ends
        return v

    @property
    def texts(self) -> list[str]:
        """Each token's text (`tokens[i].text`)."""
        v = self._texts
        if v is None:
            v = self._texts = self.index.token_texts
        return v

    @property
    def quotes(self) -> list[Quoted]:
        v = self._quotes
        if v is None:
            v = self._quotes = self._make_quotes()
        return v

    def _make_quotes(self) -> list[Quoted]:
        """Depth-0 quotations, in text order."""
        return [q for q in find_quotes(self.index, self.lex) if q.depth == 0]

    @property
    def quote_of(self) -> list[int]:
        v = self._quote_of
        if v is None:
            v = self._quote_of = self._make_quote_of()
        return v

    def _make_quote_of(self) -> list[int]:
        """For each token, the depth-0 quotation that contains it, or -1."""
        out = [-1] * len(self.starts)
        for qi, q in enumerate(self.quotes):
            for s, e in q.pieces:
                for i in range(self.token_at(s), self.token_at(e)):
                    out[i] = qi
        return out

    @property
    def quote_open_tok(self) -> dict[int, int]:
        v = self._quote_open_tok
        if v is None:
            v = self._quote_open_tok = self._make_quote_open_tok()
        return v

    def _make_quote_open_tok(self) -> dict[int, int]:
        """Token index of each quotation's opening mark -> quotation index."""
        return {self.token_at(q.open): qi for qi, q in enumerate(self.quotes)}

    @property
    def quote_close_tok(self) -> dict[int, int]:
        v = self._quote_close_tok
        if v is None:
            v = self._quote_close_tok = self._make_quote_close_tok()
        return v

    def _make_quote_close_tok(self) -> dict[int, int]:
        """Token index of each quotation's closing mark -> quotation index."""
        return {self.token_at(q.close): qi for qi, q in enumerate(self.quotes)}

    @property
    def regions(self) -> list[Region]:
        v = self._regions
        if v is None:
            v = self._regions = self._make_regions()
        return v

    def _make_regions(self) -> list[Region]:
        """Sentences as token ranges, merged so that no depth-0 quotation is cut in two."""
        spans = self.index.sentences
        out: list[Region] = []
        for s, e in spans:
            m = self.lex.dateline.match(self.text, s, e)
            if m is not None:
                s = m.end()  # "GENEVA (Reuters) - …": the dateline is not part of the sentence
            a, b = self.token_at(s), self.token_at(e)
            if a >= b:
                continue
            if out and (self._quote_crosses(out[-1].end) or self._title_dot(out[-1].end)):
                out[-1] = Region(out[-1].start, b)
            else:
                out.append(Region(a, b))
        return out

    @property
    def region_starts(self) -> list[int]:
        v = self._region_starts
        if v is None:
            v = self._region_starts = self._make_region_starts()
        return v

    def _make_region_starts(self) -> list[int]:
        return [r.start for r in self.regions]

    def _title_dot(self, boundary: int) -> bool:
        """Whether the sentence before token `boundary` ends in a title of the lexicon ("… said Ms." +
        "Brainard conveyed …", "then-Sen." + "Obama"): a title stands before a name, so the split is the
        segmenter's error (abbreviations such as "Inc." may end a sentence, titles do not)."""
        texts = self.texts
        if boundary < 2 or boundary >= len(texts) or texts[boundary - 1] != ".":
            return False
        word = texts[boundary - 2].rsplit("-", 1)[-1] + "."
        same_line = "\n" not in self.text[self.ends[boundary - 1]:self.starts[boundary]]
        return same_line and word in self.lex.titles

    def _quote_crosses(self, boundary: int) -> bool:
        """Whether a quotation opened before token `boundary` is still open at it (same paragraph)."""
        if boundary <= 0 or boundary >= len(self.starts):
            return False
        left, right = self.quote_of[boundary - 1], self.quote_of[boundary]
        if left >= 0 and left == right:
            q = self.quotes[left]
            return len(q.pieces) == 1  # multi-paragraph quotes legitimately span paragraphs
        return False

    def token_at(self, offset: int) -> int:
        """Index of the first token starting at or after `offset`."""
        return bisect_left(self.starts, offset)  # (imported by name: one lookup less per call)

    def is_word(self, i: int) -> bool:
        words = self.words
        return 0 <= i < len(words) and words[i]

    def word(self, i: int) -> str:
        folded = self.folded
        return folded[i] if 0 <= i < len(folded) else ""

    def span(self, a: int, b: int) -> Span:
        """The text span of tokens [a, b)."""
        return fastrecords.span(self.text, self.starts[a], self.ends[b - 1])

    def is_capitalized(self, i: int) -> bool:
        return self.texts[i][0].isupper()

    def in_title_case(self, i: int) -> bool:
        """Whether token i stands in a line written in title case ("Sanders Says He Will Stay In"):
        every word of four letters or more, and at least four of them, capitalised."""
        s = self.text.rfind("\n", 0, self.starts[i]) + 1
        if s not in self._title_lines:
            e = self.text.find("\n", s)
            long = [w for w in self.text[s:e if e >= 0 else len(self.text)].split() if len(w) >= 4 and w[0].isalpha()]
            self._title_lines[s] = len(long) >= 4 and all(w[0].isupper() for w in long)
        return self._title_lines[s]

    def newline_before(self, i: int) -> bool:
        """A line break between token i-1 and token i."""
        return i > 0 and "\n" in self.text[self.ends[i - 1]:self.starts[i]]
