"""A plain text file -> one Document (id: path relative to the input root; title: first line)."""

from __future__ import annotations

from builder.ingest.decode import decode_bytes
from builder.records import Document

MAX_TITLE = 300


def first_line(text: str) -> str | None:
    """The first non-blank line, without table or bullet decoration, as a title."""
    for line in text.splitlines():
        line = line.strip(" \t|•\ufeff")
        if line:
            return line[:MAX_TITLE]
    return None


def text_to_document(data: bytes, doc_id: str, source: str) -> Document:
    """Decoded bytes as a Document; the encoding is kept in `meta` when it was not UTF-8."""
    decoded = decode_bytes(data)
    meta = () if decoded.encoding == "utf-8" and not decoded.replaced else (
        ("encoding", decoded.encoding), ("replaced_bytes", str(decoded.replaced)))
    return Document(doc_id=doc_id, text=decoded.text, source=source, title=first_line(decoded.text), meta=meta)
