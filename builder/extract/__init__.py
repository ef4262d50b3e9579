"""Extractor backends: Document -> Attributions (content, cue, speaker mention), one language at a time.

A backend is any object with `name` and `extract(document, language) -> list[Attribution]`. `rules`
needs no model; `stanza` reads a dependency parse (stanza's models, or a CoNLL-U input's own parse);
`auto` is stanza where its models for the language are installed, else rules. `get_extractor` builds
one per (backend, language, model folder) and caches it.
"""

from __future__ import annotations

from functools import cache
from typing import Protocol

from builder.errors import QuotechainError
from builder.records import Attribution, Document

BACKENDS = ("rules", "stanza", "auto")


class Extractor(Protocol):
    name: str

    def extract(self, document: Document, language: str) -> list[Attribution]: ...


def resolve_backend(backend: str, language: str, model_dir: str | None = None) -> str:
    """The backend that runs: `auto` becomes stanza when stanza and its models for the language are there."""
    if backend not in BACKENDS:
        raise QuotechainError(f"unknown backend {backend!r}; choose one of: {', '.join(BACKENDS)}")
    if backend != "auto":
        return backend
    from builder.extract.stanza.models import has_models, stanza_available

    return "stanza" if has_models(language, model_dir) and stanza_available() else "rules"


def get_extractor(backend: str, language: str, model_dir: str | None = None) -> Extractor:
    """The cached extractor of a backend for a language (`model_dir`: the stanza model folder)."""
    return _extractor(resolve_backend(backend, language, model_dir), language, model_dir)


@cache
def _extractor(backend: str, language: str, model_dir: str | None) -> Extractor:
    if backend == "rules":
        from builder.extract.rules import RulesExtractor

        return RulesExtractor(language)
    from builder.extract.stanza.backend import StanzaExtractor

    return StanzaExtractor(language, model_dir)
