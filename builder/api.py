"""The library surface: extract quotes from a text, process a document, build and validate datasets.

The CLI is a thin shell over these functions; nothing here prints or exits.
"""

from __future__ import annotations

from builder.chains import build_chains, find_doc_source
from builder.clean import clean_document
from builder.errors import DocumentError
from builder.extract import get_extractor
from builder.language import detect_language
from builder.lexicon import available_languages, load_lexicon
from builder.records import Document, DocumentResult, Quote
from builder.resolve import resolve_speakers

__all__ = ["extract", "process_document"]


def process_document(doc: Document, *, lang: str | None = None, backend: str = "rules",
                     clean: str = "auto") -> DocumentResult:
    """Clean, detect the language, extract, resolve and chain one document.

    Raises DocumentError (with a reason) when the document cannot be processed: empty after
    cleaning, or in a language quotechain has no lexicon for.
    """
    doc = clean_document(doc, clean)
    if not doc.text.strip():
        raise DocumentError("empty", "no text left after cleaning")
    language = lang or doc.language or detect_language(doc.text)
    if language not in available_languages():
        raise DocumentError("unsupported-language", f"detected {language!r}")
    doc = doc.with_language(language)
    lex = load_lexicon(language)
    extractor = get_extractor(backend, language)
    attributions = extractor.extract(doc, language)
    speakers = resolve_speakers(doc, attributions, lex)
    doc_source = find_doc_source(doc, lex)
    quotes = build_chains(doc, attributions, speakers, language=language, backend=extractor.name,
                          doc_source=doc_source)
    return DocumentResult(doc, tuple(quotes), doc_source)


def extract(text: str, lang: str | None = None, *, backend: str = "rules", doc_id: str = "text",
            clean: str = "none") -> list[Quote]:
    """Every attributed quote in `text`, with offsets into `text` itself (no cleaning by default).

    A blank text has no quotes; a text in a language without a lexicon raises DocumentError.
    """
    if not text.strip():
        return []
    return list(process_document(Document(doc_id, text), lang=lang, backend=backend, clean=clean).quotes)
