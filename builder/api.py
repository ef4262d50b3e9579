"""The library surface: extract quotes from a text, process a document, build and validate datasets.

The CLI is a thin shell over these functions; nothing here prints or exits.
"""

from __future__ import annotations

from dataclasses import replace

from builder.chains import build_chains, find_doc_source
from builder.clean import clean_document
from builder.errors import DocumentError
from builder.extract import get_extractor
from builder.extract.stanza.backend import parse_of
from builder.language import detect_language
from builder.lexicon import available_languages, load_lexicon
from builder.records import Document, DocumentResult, Quote
from builder.resolve import resolve_speakers

__all__ = ["extract", "process_document"]


def process_document(doc: Document, *, lang: str | None = None, backend: str = "rules",
                     clean: str = "auto", model_dir: str | None = None) -> DocumentResult:
    """Clean, detect the language, extract, resolve and chain one document.

    `backend` is rules, stanza or auto (`model_dir`: the stanza model folder); a document read with
    its own parse (CoNLL-U) goes to the stanza backend under auto. Raises DocumentError (with a
    reason) when the document cannot be processed: empty after cleaning, or in a language quotechain
    has no lexicon for.
    """
    doc = clean_document(doc, clean)
    if not doc.text.strip():
        raise DocumentError("empty", "no text left after cleaning")
    language = lang or doc.language or detect_language(doc.text)
    if language not in available_languages():
        raise DocumentError("unsupported-language", f"detected {language!r}")
    doc = doc.with_language(language)
    lex = load_lexicon(language)
    if backend == "auto" and parse_of(doc) is not None:
        backend = "stanza"
    extractor = get_extractor(backend, language, model_dir)
    attributions = extractor.extract(doc, language)
    speakers = resolve_speakers(doc, attributions, lex)
    # a backend that judged the speaker's type itself (stanza's NER) overrides the lexicon's guess
    speakers = [replace(sp, type=a.speaker_type) if a.speaker_type else sp
                for a, sp in zip(attributions, speakers, strict=True)]
    doc_source = find_doc_source(doc, lex)
    quotes = build_chains(doc, attributions, speakers, language=language, backend=extractor.name,
                          doc_source=doc_source)
    return DocumentResult(doc, tuple(quotes), doc_source)


def extract(text: str, lang: str | None = None, *, backend: str = "rules", doc_id: str = "text",
            clean: str = "none", model_dir: str | None = None) -> list[Quote]:
    """Every attributed quote in `text`, with offsets into `text` itself (no cleaning by default).

    A blank text has no quotes; a text in a language without a lexicon raises DocumentError.
    """
    if not text.strip():
        return []
    return list(process_document(Document(doc_id, text), lang=lang, backend=backend, clean=clean,
                                 model_dir=model_dir).quotes)
