"""Frozen values that flow through the pipeline: Span, Cue, Document, Attribution, Quote, Link, Skip.

Every span is (start, end, text), end-exclusive, into the one stored document text, and is built
through `Document.span`, so `document.text[span.start:span.end] == span.text` always holds.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from builder.errors import SpanError

KINDS = ("direct", "mixed", "indirect")
CUE_TYPES = ("speech", "writing", "belief", "intention", "other")
SPEAKER_TYPES = ("person", "organization", "group", "document", "unknown")
QUOTE_JOIN = " … "


def stable_hash(*parts: object) -> str:
    """16 hex digits of sha1 over the parts: the id scheme for quotes and documents."""
    h = hashlib.sha1()
    for p in parts:
        h.update(str(p).encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:16]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A piece of the document text: text == document.text[start:end]."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


# Document.span makes most spans (≈ 130 a document, from compiled code) and has checked their fields:
# it fills a new Span's slots through the slot descriptors, where the generated __init__ of a frozen
# dataclass runs as Python and calls object.__setattr__ per field (≈ 400 ns a span against ≈ 250)
_new_object = object.__new__
_set_span_start = vars(Span)["start"].__set__
_set_span_end = vars(Span)["end"].__set__
_set_span_text = vars(Span)["text"].__set__


@dataclass(frozen=True, slots=True)
class Cue:
    """The cue of an attribution: the stretch it covers; `pieces` holds the parts of a discontinuous
    cue (По его словам -> По, словам), whose stretch includes the words between them."""

    start: int
    end: int
    text: str
    lemma: str
    pieces: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "lemma": self.lemma}

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)


@dataclass(frozen=True, slots=True)
class Document:
    """One input document after cleaning; `text` is what the dataset stores and offsets index."""

    doc_id: str
    text: str
    source: str | None = None
    title: str | None = None
    language: str | None = None
    published: str | None = None
    chars_removed: int = 0
    meta: tuple[tuple[str, str], ...] = ()

    @property
    def content_hash(self) -> str:
        return stable_hash(self.text)

    def span(self, start: int, end: int) -> Span:
        """The span [start, end) of this document's text; refuses empty or out-of-range spans."""
        if not 0 <= start < end <= len(self.text):
            raise SpanError(f"span [{start}, {end}) is empty or outside a text of {len(self.text)} chars")
        span = _new_object(Span)  # the fields checked above: filled as Span(start, end, text) would
        _set_span_start(span, start)
        _set_span_end(span, end)
        _set_span_text(span, self.text[start:end])
        return span

    def cue(self, pieces: tuple[tuple[int, int], ...] | list[tuple[int, int]], lemma: str) -> Cue:
        """A cue from one or more (start, end) pieces.

        A discontinuous cue (По его словам) covers the whole stretch, so that its text is the text at
        its offsets like every span's; `pieces` keeps the parts (По, словам).
        """
        spans = tuple(self.span(s, e) for s, e in sorted(pieces))
        whole = self.span(spans[0].start, spans[-1].end)
        return Cue(whole.start, whole.end, whole.text, lemma, spans if len(spans) > 1 else ())

    def with_language(self, language: str) -> Document:
        return Document(self.doc_id, self.text, self.source, self.title, language, self.published,
                        self.chars_removed, self.meta)


@dataclass(frozen=True, slots=True)
class Attribution:
    """What an extractor finds before resolution: content, cue, speaker mention, in one language."""

    kind: str
    content: tuple[Span, ...]
    cue: Cue | None
    speaker: Span | None
    cue_type: str = "speech"
    medium: Span | None = None
    confidence: float = 0.5
    rule: str = ""
    speaker_type: str | None = None  # a backend's own judgement (stanza: NER); None leaves it to resolution

    @property
    def start(self) -> int:
        return self.content[0].start

    @property
    def end(self) -> int:
        return self.content[-1].end

    @property
    def outer(self) -> Span:
        """The smallest span covering all the content pieces (text left empty: bounds only)."""
        return Span(self.start, self.end, "")


@dataclass(frozen=True, slots=True)
class Link:
    """One level of an attribution chain, outermost first."""

    name: str | None
    cue: str | None
    quote_id: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "cue": self.cue, "quote_id": self.quote_id}


@dataclass(frozen=True, slots=True)
class Speaker:
    """A speaker mention resolved within its document."""

    name: str | None
    type: str = "unknown"
    role: str | None = None
    org: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """One dataset row: a resolved attribution with its place in the document's chains."""

    quote_id: str
    doc_id: str
    language: str
    kind: str
    content: tuple[Span, ...]
    cue: Cue | None
    cue_type: str
    speaker: Span | None
    speaker_name: str | None
    speaker_type: str
    speaker_role: str | None
    speaker_org: str | None
    medium: str | None
    parent_id: str | None
    chain: tuple[Link, ...]
    confidence: float
    backend: str

    @property
    def quote(self) -> str:
        return QUOTE_JOIN.join(s.text for s in self.content)

    @property
    def start(self) -> int:
        return self.content[0].start

    @property
    def end(self) -> int:
        return self.content[-1].end

    def to_row(self) -> dict[str, Any]:
        """The row as the dataset contract (schemas/quotes.schema.json) defines it."""
        return {
            "quote_id": self.quote_id,
            "doc_id": self.doc_id,
            "language": self.language,
            "kind": self.kind,
            "content": [s.to_dict() for s in self.content],
            "quote": self.quote,
            "cue": self.cue.to_dict() if self.cue else None,
            "cue_type": self.cue_type,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "speaker_name": self.speaker_name,
            "speaker_type": self.speaker_type,
            "speaker_role": self.speaker_role,
            "speaker_org": self.speaker_org,
            "medium": self.medium,
            "parent_id": self.parent_id,
            "chain": [link.to_dict() for link in self.chain],
            "confidence": round(float(self.confidence), 4),
            "backend": self.backend,
        }


def quote_id(doc_id: str, content: tuple[Span, ...], cue: Cue | None = None) -> str:
    """Stable id from doc_id and content offsets (and the cue, so two cues on one content differ)."""
    offsets = ",".join(f"{s.start}-{s.end}" for s in content)
    return stable_hash(doc_id, offsets, f"{cue.start}-{cue.end}" if cue else "")


@dataclass(frozen=True, slots=True)
class Skip:
    """A document that was not processed, and why: counted in the build report, never silent."""

    source: str
    reason: str
    detail: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"source": self.source, "reason": self.reason, "detail": self.detail}


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """A processed document with its quote rows and the document's own source (agency) if named."""

    document: Document
    quotes: tuple[Quote, ...]
    doc_source: str | None = None

    def document_row(self, keep_text: bool = True) -> dict[str, Any]:
        d = self.document
        return {
            "doc_id": d.doc_id,
            "source": d.source,
            "title": d.title,
            "language": d.language or "und",
            "text": d.text if keep_text else None,
            "doc_source": self.doc_source,
            "published": d.published,
            "content_hash": d.content_hash,
            "chars_removed": d.chars_removed,
            "n_quotes": len(self.quotes),
        }


@dataclass(frozen=True)
class BuildReport:
    """What a build did: counts by outcome, skips with reasons, quotes per language, output files."""

    out_dir: str
    documents_read: int
    documents_written: int
    duplicates: int
    skips: tuple[Skip, ...]
    quotes_per_language: dict[str, int]
    files: tuple[str, ...] = field(default_factory=tuple)
    warnings: tuple[str, ...] = field(default_factory=tuple)

    @property
    def skips_by_reason(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for s in self.skips:
            out[s.reason] = out.get(s.reason, 0) + 1
        return dict(sorted(out.items()))
