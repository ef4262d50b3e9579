"""Text + lexicon -> the sentences worth parsing: those that can hold an attribution.

A sentence goes to the parser when it has a quotation mark, a dash, a cue form of the lexicon (any
inflection; two-word verbs by their first word; a capitalised form right after another capitalised word
is part of a name, as in "United States", unless the sentence is a Title Case headline) or the key word
of an adjunct / impersonal cue phrase ("according", "словам", "сообщается"). Everything else is never
parsed: parsing is the slow part of the stanza backend, and every attribution the backend reads off a
parse has one of these in its sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from builder.lexicon import Lexicon, load_lexicon
from builder.segment import TOKEN, TextIndex

HEADLINE_SHARE = 0.6  # a sentence this capitalised is a Title Case headline: its capitals are no names


@dataclass(frozen=True)
class SentenceFilter:
    """The compiled test of one lexicon."""

    marks: frozenset[str]
    words: frozenset[str]

    def wants(self, lex: Lexicon, sentence: str) -> bool:
        """Whether a sentence can hold an attribution and so goes to the parser."""
        if any(c in self.marks for c in sentence):
            return True
        tokens = [m.group() for m in TOKEN.finditer(sentence)]
        words = [t for t in tokens if t[0].isalpha()]
        headline = sum(1 for w in words if w[0].isupper()) >= HEADLINE_SHARE * max(len(words), 1)
        return any(lex.fold(t) in self.words and (headline or not _in_name(tokens, i)) for i, t in enumerate(tokens))


def _in_name(tokens: list[str], i: int) -> bool:
    """A capitalised word right after another capitalised word: part of a name (United States, Clean Power Plan)."""
    return i > 0 and tokens[i][0].isupper() and tokens[i - 1][0].isupper()


@cache
def sentence_filter(language: str) -> SentenceFilter:
    """The filter of a language's lexicon: its double quote marks and dashes, cue forms and cue phrases."""
    lex = load_lexicon(language)
    marks = frozenset(c for pair in lex.mark_pairs for c in pair) | frozenset(lex.dashes)
    words = {form.split(" ", 1)[0] for form in lex.cue_forms} | set(lex.multiword)
    for phrase in (*lex.before_speaker, *lex.impersonal, *lex.phrase_types):  # its longest word stands for it
        words.add(max((lex.fold(w) for w in TOKEN.findall(phrase)), key=len))
    return SentenceFilter(marks, frozenset(words))


def select_sentences(index: TextIndex, lex: Lexicon, *, parse_all: bool = False) -> list[tuple[int, int]]:
    """(start, end) of the sentences to parse, in order; all of them with `parse_all`."""
    if parse_all:
        return list(index.sentences)
    test = sentence_filter(lex.language)
    return [(s, e) for s, e in index.sentences if test.wants(lex, index.text[s:e])]
