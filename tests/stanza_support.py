"""Helpers for the stanza backend tests: CoNLL-U written compactly, documents that carry their parse."""

from __future__ import annotations

from builder.api import process_document
from builder.ingest.conllu import CONLLU_META
from builder.records import Document, Quote


def conllu(*sentences: tuple[str, str], paragraphs: bool = False, same_paragraph: frozenset[int] = frozenset()) -> str:
    """CoNLL-U from (text, rows); a row is `form lemma UPOS head deprel [feats] [misc]`, ids count from 1.

    With `paragraphs`, every sentence ends its own paragraph (SpacesAfter=\\n on its last token), so the
    rebuilt text has one sentence per line, as news files do; a sentence whose index is in
    `same_paragraph` is followed by a space instead.
    """
    blocks = []
    for n, (text, rows) in enumerate(sentences):
        lines = [f"# text = {text}"]
        pos = 0
        for i, row in enumerate(r for r in rows.strip().splitlines() if r.strip()):
            form, lemma, upos, head, deprel, *rest = row.split()
            feats = rest[0] if rest else "_"
            misc = [m for m in rest[1:2] if m != "_"]
            pos = text.index(form, pos) + len(form)  # SpaceAfter=No where the text has no space
            if pos < len(text) and not text[pos].isspace():
                misc.append("SpaceAfter=No")
            if paragraphs and pos == len(text) and n + 1 < len(sentences) and n not in same_paragraph:
                misc.append("SpacesAfter=\\n")
            lines.append("\t".join([str(i + 1), form, lemma, upos, "_", feats, head, deprel, "_",
                                    "|".join(misc) or "_"]))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n\n"


def parsed_document(block: str, doc_id: str = "case") -> Document:
    """A Document whose text is rebuilt from the CoNLL-U and whose meta carries the parse, as ingest makes it."""
    from stanza.utils.conll import CoNLL

    text = CoNLL.conll2doc(input_str=block, reconstruct_text=True).text
    return Document(doc_id, text, meta=((CONLLU_META, block),))


def stanza_quotes(block: str, lang: str) -> list[Quote]:
    """The quote rows the stanza backend reads off a CoNLL-U parse (no model involved)."""
    return list(process_document(parsed_document(block), lang=lang, backend="stanza", clean="none").quotes)


def row_view(q: Quote) -> tuple[str, str | None, str | None, str]:
    """(kind, speaker as written, cue as written, quote): what a rule table states."""
    return q.kind, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None, q.quote
