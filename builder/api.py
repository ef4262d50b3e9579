"""The library surface: extract quotes from a text, process a document, build and validate datasets.

The CLI is a thin shell over these functions; nothing here prints or exits.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from builder.chains import build_chains, find_doc_source
from builder.clean import chrome_spans, clean_document
from builder.errors import DocumentError
from builder.extract import get_extractor
from builder.extract.stanza.backend import parse_of
from builder.language import Paragraph, main_language, paragraph_languages
from builder.lexicon import available_languages, load_lexicon
from builder.records import Attribution, Document, DocumentResult, Quote
from builder.resolve import resolve_speakers

__all__ = ["extract", "process_document"]


def process_document(doc: Document, *, lang: str | None = None, backend: str = "rules",
                     clean: str = "auto", model_dir: str | None = None) -> DocumentResult:
    """Clean, detect the languages, extract, resolve and chain one document.

    The document's main language comes from `lang`, else its own `language`, else detection; each
    paragraph in another script is detected on its own (builder.language), and each supported
    language present gets its own extractor, keeping the attributions whose content starts in its
    paragraphs: a Russian quote inside an English article is a Russian row. `lang` forces one
    language for everything. `backend` is rules, stanza or auto (`model_dir`: the stanza model
    folder); a document read with its own parse (CoNLL-U) goes to the stanza backend under auto, and
    `auto` cleaning only trims it, since its offsets must stay those of the parse. Raises
    DocumentError (with a reason) when the document cannot be processed: empty after cleaning, or
    its main language has no lexicon.
    """
    if parse_of(doc) is not None:
        backend = "stanza" if backend == "auto" else backend
        clean = "trim" if clean == "auto" else clean
    doc = clean_document(doc, clean)
    if not doc.text.strip():
        raise DocumentError("empty", "no text left after cleaning")
    forced = lang or doc.language
    language = forced or main_language(doc.text)
    if language not in available_languages():
        raise DocumentError("unsupported-language", f"detected {language!r}")
    doc = doc.with_language(language)
    paragraphs = [] if forced else paragraph_languages(doc.text, language)
    present = {p.language for p in paragraphs} & set(available_languages())
    starts = [p.start for p in paragraphs]
    doc_source = find_doc_source(doc, load_lexicon(language))
    quotes: list[Quote] = []
    masked = chrome_spans(doc.text) if clean == "mask" else []
    for code in [language, *sorted(present - {language})]:
        lex = load_lexicon(code)
        extractor = get_extractor(backend, code, model_dir)
        attributions = extractor.extract(doc, code)
        if len(present | {language}) > 1:
            attributions = [a for a in attributions if _language_at(paragraphs, starts, a, language) == code]
        if masked:
            attributions = [a for a in attributions if not _in_chrome(a, masked)]
        speakers = resolve_speakers(doc, attributions, lex)
        # a backend that judged the speaker's type itself (stanza's NER) overrides the lexicon's guess
        speakers = [replace(sp, type=a.speaker_type) if a.speaker_type else sp
                    for a, sp in zip(attributions, speakers, strict=True)]
        quotes.extend(build_chains(doc, attributions, speakers, language=code, backend=extractor.name,
                                   doc_source=doc_source))
    if len(present | {language}) > 1:
        quotes.sort(key=lambda q: (q.start, q.end, q.quote_id))
    return DocumentResult(doc, tuple(quotes), doc_source)


def _in_chrome(a: Attribution, spans: list[tuple[int, int]]) -> bool:
    """Whether an attribution's content starts in a line that cleaning would remove."""
    return any(s <= a.start < e for s, e in spans)


def _language_at(paragraphs: list[Paragraph], starts: list[int], attribution: Attribution, default: str) -> str:
    """The language of the paragraph an attribution's content starts in (`starts`: the paragraphs' starts)."""
    i = bisect.bisect_right(starts, attribution.start) - 1
    return paragraphs[i].language if i >= 0 else default


def extract(text: str, lang: str | None = None, *, backend: str = "rules", doc_id: str = "text",
            clean: str = "none", model_dir: str | None = None) -> list[Quote]:
    """Every attributed quote in `text`, with offsets into `text` itself (no cleaning by default).

    A blank text has no quotes; a text in a language without a lexicon raises DocumentError.
    """
    if not text.strip():
        return []
    return list(process_document(Document(doc_id, text), lang=lang, backend=backend, clean=clean,
                                 model_dir=model_dir).quotes)
