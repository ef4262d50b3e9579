"""Extractor backends: Document -> Attributions (content, cue, speaker mention), one language at a time.

A backend is any object with `name` and `extract(document, language) -> list[Attribution]`; the
rules backend needs no model. `get_extractor` builds one per (backend, language) and caches it.
"""

from __future__ import annotations

from functools import cache
from typing import Protocol

from builder.errors import QuotechainError
from builder.records import Attribution, Document

BACKENDS = ("rules",)


class Extractor(Protocol):
    name: str

    def extract(self, document: Document, language: str) -> list[Attribution]: ...


@cache
def get_extractor(backend: str, language: str) -> Extractor:
    """The cached extractor of a backend for a language."""
    if backend == "rules":
        from builder.extract.rules import RulesExtractor

        return RulesExtractor(language)
    raise QuotechainError(f"unknown backend {backend!r}; choose one of: {', '.join(BACKENDS)}")
