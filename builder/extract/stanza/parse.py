"""A stanza Document (from the pipeline or from CoNLL-U) -> ParsedSentences with document offsets.

The attribution rules work on these small frozen values, not on stanza's objects, so they are plain
functions over a tree: words with head, relation, tags and character offsets into the document text.
Words of a multi-word token (English "don't", Spanish "del") share their token's offsets when the
parse does not split them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any


@dataclass(frozen=True, slots=True)
class Word:
    """One syntactic word: `id` counts from 1 within its sentence, `head` 0 is the root."""

    id: int
    text: str
    lemma: str
    upos: str
    feats: str
    head: int
    deprel: str
    start: int
    end: int
    ner: str = "O"

    def rel(self) -> str:
        """The relation without its subtype: nsubj:pass -> nsubj."""
        return self.deprel.split(":", 1)[0]


class ParsedSentence:
    """The words of one sentence and lookups over its tree."""

    def __init__(self, words: tuple[Word, ...]) -> None:
        self.words = words
        self.by_id = {w.id: w for w in words}

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end

    @cached_property
    def children(self) -> dict[int, tuple[Word, ...]]:
        out: dict[int, list[Word]] = {}
        for w in self.words:
            out.setdefault(w.head, []).append(w)
        return {k: tuple(v) for k, v in out.items()}

    def children_of(self, w: Word) -> tuple[Word, ...]:
        return self.children.get(w.id, ())

    def head_of(self, w: Word) -> Word | None:
        return self.by_id.get(w.head)

    def subtree(self, w: Word, cut: frozenset[int] = frozenset()) -> list[Word]:
        """w and every word below it, in sentence order, leaving out the subtrees rooted at ids in `cut`."""
        out: list[Word] = []
        stack = [w]
        seen: set[int] = set()
        while stack:
            x = stack.pop()
            if x.id in seen or (x.id in cut and x is not w):
                continue
            seen.add(x.id)
            out.append(x)
            stack.extend(self.children_of(x))
        return sorted(out, key=lambda x: x.id)

    def __iter__(self) -> Iterator[Word]:
        return iter(self.words)

    def __len__(self) -> int:
        return len(self.words)


def sentences_from_stanza(doc: Any, offset: int = 0) -> list[ParsedSentence]:
    """The sentences of a parsed stanza Document; offsets shifted by `offset` into the document text.

    Every token must carry start_char/end_char (stanza's tokenizer sets them; CoNLL-U needs
    `CoNLL.conll2doc(..., reconstruct_text=True)`).
    """
    out: list[ParsedSentence] = []
    for sent in doc.sentences:
        words: list[Word] = []
        for token in sent.tokens:
            t_start, t_end = token.start_char, token.end_char
            if t_start is None or t_end is None:
                raise ValueError(f"token {token.text!r} has no character offsets")
            ner = token.ner or "O"
            for w in token.words:
                w_start = w.start_char if w.start_char is not None else t_start
                w_end = w.end_char if w.end_char is not None else t_end
                words.append(Word(id=int(w.id), text=w.text, lemma=w.lemma or w.text, upos=w.upos or "X",
                                  feats=w.feats or "", head=int(w.head or 0), deprel=w.deprel or "dep",
                                  start=w_start + offset, end=w_end + offset, ner=ner))
        if words:
            out.append(ParsedSentence(tuple(words)))
    return out
