"""The stanza backend: Document -> Attributions read off a dependency parse.

A document read from CoNLL-U carries its own parse (meta "conllu"); any other document has the
sentences that can hold an attribution (see select.py) parsed by the language's cached stanza
Pipeline. Both go through the same tree rules (attribute.py), with the same lexicon and the same
quotation marks as the rules backend; resolution and chains downstream are shared.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from builder.errors import DocumentError
from builder.extract.marks import find_quotes
from builder.extract.stanza.attribute import TreeReader
from builder.extract.stanza.config import load_rules
from builder.extract.stanza.models import load_pipeline, require_stanza, resolve_dir
from builder.extract.stanza.parse import ParsedSentence, sentences_from_stanza
from builder.extract.stanza.select import select_sentences
from builder.ingest.conllu import CONLLU_META
from builder.lexicon import load_lexicon
from builder.records import Attribution, Document
from builder.segment import TextIndex


def parse_of(document: Document) -> str | None:
    """The CoNLL-U parse a document was read with, if any."""
    return next((v for k, v in document.meta if k == CONLLU_META), None)


def sentences_from_conllu(conllu: str, text: str) -> list[ParsedSentence]:
    """The parsed sentences of a CoNLL-U document whose rebuilt text must be `text` (offsets index it)."""
    require_stanza()
    from stanza.utils.conll import CoNLL, CoNLLError

    try:
        with warnings.catch_warnings():  # see builder.ingest.conllu: the `# text` comment wins
            warnings.simplefilter("ignore", UserWarning)
            doc = CoNLL.conll2doc(input_str=conllu, reconstruct_text=True)
    except (CoNLLError, ValueError) as e:
        raise DocumentError("bad-conllu", str(e)) from e
    rebuilt: str = doc.text
    lead = len(rebuilt) - len(rebuilt.lstrip())
    if text not in (rebuilt, rebuilt.strip()):  # trimming (clean auto/trim) is the only change allowed
        raise DocumentError("parse-mismatch", "the text no longer matches its CoNLL-U parse "
                                              "(was it cleaned? use --clean none or trim)")
    return sentences_from_stanza(doc, offset=0 if text == rebuilt else -lead)


class StanzaExtractor:
    """Attribution from dependency parses; the pipeline is loaded on the first text that needs parsing."""

    name = "stanza"

    def __init__(self, language: str, model_dir: str | Path | None = None, *, parse_all: bool = False) -> None:
        self.language = language
        self.model_dir = resolve_dir(model_dir)
        self.parse_all = parse_all
        self.lex = load_lexicon(language)
        self.rules = load_rules(language)
        self.parsed_sentences = 0
        self.total_sentences = 0

    def extract(self, document: Document, language: str | None = None) -> list[Attribution]:
        lang = language or self.language
        index = TextIndex(document.text, lang)
        conllu = parse_of(document)
        sentences = sentences_from_conllu(conllu, document.text) if conllu is not None else self.parse(index)
        quotes = find_quotes(index, self.lex)
        return TreeReader(document, self.lex, self.rules, quotes, index).read(sentences)

    def parse(self, index: TextIndex) -> list[ParsedSentence]:
        """Parse the sentences the filter selects (all with parse_all), with offsets into the text."""
        spans = select_sentences(index, self.lex, parse_all=self.parse_all)
        self.total_sentences += len(index.sentences)
        self.parsed_sentences += len(spans)
        if not spans:
            return []
        nlp = load_pipeline(self.language, self.model_dir)
        stanza = require_stanza()
        docs: Sequence[Any] = nlp.bulk_process([stanza.Document([], text=index.text[s:e]) for s, e in spans])
        out: list[ParsedSentence] = []
        for (s, _e), doc in zip(spans, docs, strict=True):
            out.extend(sentences_from_stanza(doc, offset=s))
        return out
