"""Text + lexicon -> the sentences worth parsing: those that can hold an attribution.

A sentence goes to the parser when it has a quotation mark, a dash, a cue form of the lexicon (any
inflection, two-word verbs by their first word) or an adjunct / impersonal cue phrase ("according to",
"по словам", "сообщается"). Everything else is never parsed: parsing is the slow part of the stanza
backend, and a sentence with none of these has no attribution the backend could read off it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from builder.lexicon import Lexicon, load_lexicon
from builder.segment import TOKEN, TextIndex


@dataclass(frozen=True)
class SentenceFilter:
    """The compiled test of one lexicon."""

    marks: frozenset[str]
    first_words: frozenset[str]
    phrases: re.Pattern[str] | None

    def wants(self, lex: Lexicon, sentence: str) -> bool:
        """Whether a sentence can hold an attribution and so goes to the parser."""
        if any(c in self.marks for c in sentence):
            return True
        if any(lex.fold(m.group()) in self.first_words for m in TOKEN.finditer(sentence)):
            return True
        return self.phrases is not None and self.phrases.search(lex.fold(sentence)) is not None


@cache
def sentence_filter(language: str) -> SentenceFilter:
    """The filter of a language's lexicon: its double quote marks and dashes, cue forms and cue phrases."""
    lex = load_lexicon(language)
    marks = frozenset(c for pair in lex.mark_pairs for c in pair) | frozenset(lex.dashes)
    first = frozenset(form.split(" ", 1)[0] for form in lex.cue_forms)
    phrases = [lex.fold(p) for p in (*lex.before_speaker, *lex.impersonal)]
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
                         + r")(?!\w)") if phrases else None
    return SentenceFilter(marks, first, pattern)


def select_sentences(index: TextIndex, lex: Lexicon, *, parse_all: bool = False) -> list[tuple[int, int]]:
    """(start, end) of the sentences to parse, in order; all of them with `parse_all`."""
    if parse_all:
        return list(index.sentences)
    test = sentence_filter(lex.language)
    return [(s, e) for s, e in index.sentences if test.wants(lex, index.text[s:e])]
