"""Input text -> stored text: the one text every offset points into, and how much was removed.

`none` keeps the text byte-for-byte; `trim` drops surrounding whitespace. (`auto`, the site-chrome
remover, is the default and currently trims.)
"""

from __future__ import annotations

from dataclasses import replace

from builder.errors import QuotechainError
from builder.records import Document

CLEAN_MODES = ("auto", "trim", "none")


def clean_document(doc: Document, mode: str = "auto") -> Document:
    """The document with its text cleaned per `mode`; chars_removed counts what was dropped."""
    if mode not in CLEAN_MODES:
        raise QuotechainError(f"unknown clean mode {mode!r}; choose one of: {', '.join(CLEAN_MODES)}")
    if mode == "none":
        return doc
    text = doc.text.strip()
    return replace(doc, text=text, chars_removed=doc.chars_removed + len(doc.text) - len(text))
