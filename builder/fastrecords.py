"""Field values -> the frozen records of builder.records, made by compiled code without their __init__.

A frozen dataclass's generated `__init__` runs as interpreted Python and sets every field through
`object.__setattr__` (≈ 3 µs for a Quote, ≈ 0.5 µs for a Link or a Speaker); compiled with mypyc (the wheel's hot
path), these functions make the same object — `object.__new__`, then each slot's descriptor, which is
where `object.__setattr__` ends up — several times faster. They take exactly the dataclass's fields, in
its order, and store them unchanged, as its `__init__` does (tests/test_records.py compares the two);
`span` and `cue` check their bounds as `Document.span` and `Document.cue` do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import Any, Final

from builder.errors import SpanError
from builder.records import Attribution, Cue, Link, Quote, Span, Speaker

Setter = Callable[[Any, Any], None]


def _setters(cls: type) -> tuple[Setter, ...]:
    """Each field's slot setter, in the field order of the dataclass `cls`."""
    return tuple(vars(cls)[f.name].__set__ for f in fields(cls))


_new: Final = object.__new__
_SPAN: Final = _setters(Span)
_CUE: Final = _setters(Cue)
_ATTRIBUTION: Final = _setters(Attribution)
_LINK: Final = _setters(Link)
_QUOTE: Final = _setters(Quote)
_SPEAKER: Final = _setters(Speaker)
_span_start: Final = _SPAN[0]
_span_end: Final = _SPAN[1]
_span_text: Final = _SPAN[2]
_link_name: Final = _LINK[0]
_link_cue: Final = _LINK[1]
_link_quote_id: Final = _LINK[2]
_speaker_name: Final = _SPEAKER[0]
_speaker_type: Final = _SPEAKER[1]
_speaker_role: Final = _SPEAKER[2]
_speaker_org: Final = _SPEAKER[3]


def span(text: str, start: int, end: int) -> Span:
    """`Document(..., text).span(start, end)`: the span [start, end) of `text`; refuses empty or
    out-of-range spans."""
    if not 0 <= start < end <= len(text):
        raise SpanError(f"span [{start}, {end}) is empty or outside a text of {len(text)} chars")
    s: Span = _new(Span)
    _span_start(s, start)
    _span_end(s, end)
    _span_text(s, text[start:end])
    return s


def cue(text: str, pieces: list[tuple[int, int]], lemma: str) -> Cue:
    """`Document(..., text).cue(pieces, lemma)`: a cue from one or more (start, end) pieces."""
    if len(pieces) == 1:  # the common case: one piece, whose span is the cue's whole stretch
        start, end = pieces[0]
        whole = span(text, start, end)
        return _cue(start, end, whole.text, lemma, ())
    spans = tuple([span(text, s, e) for s, e in sorted(pieces)])
    whole = span(text, spans[0].start, spans[-1].end)
    return _cue(whole.start, whole.end, whole.text, lemma, spans)


def _cue(start: int, end: int, text: str, lemma: str, pieces: tuple[Span, ...]) -> Cue:
    c: Cue = _new(Cue)
    for setter, value in zip(_CUE, (start, end, text, lemma, pieces), strict=True):
        setter(c, value)
    return c


def attribution(kind: str, content: tuple[Span, ...], cue: Cue | None, speaker: Span | None, cue_type: str,
                medium: Span | None, confidence: float, rule: str, speaker_type: str | None) -> Attribution:
    """`Attribution(kind, content, …, speaker_type)`, every field given."""
    a: Attribution = _new(Attribution)
    values = (kind, content, cue, speaker, cue_type, medium, confidence, rule, speaker_type)
    for setter, value in zip(_ATTRIBUTION, values, strict=True):
        setter(a, value)
    return a


def link(name: str | None, cue: str | None, quote_id: str | None) -> Link:
    """`Link(name, cue, quote_id)`."""
    x: Link = _new(Link)
    _link_name(x, name)
    _link_cue(x, cue)
    _link_quote_id(x, quote_id)
    return x


def speaker(name: str | None, type: str, role: str | None, org: str | None) -> Speaker:
    """`Speaker(name, type, role, org)`, every field given."""
    x: Speaker = _new(Speaker)
    _speaker_name(x, name)
    _speaker_type(x, type)
    _speaker_role(x, role)
    _speaker_org(x, org)
    return x


def quote(quote_id: str, doc_id: str, language: str, kind: str, content: tuple[Span, ...], cue: Cue | None,
          cue_type: str, speaker: Span | None, speaker_name: str | None, speaker_type: str,
          speaker_role: str | None, speaker_org: str | None, medium: str | None, parent_id: str | None,
          chain: tuple[Link, ...], confidence: float, backend: str) -> Quote:
    """`Quote(quote_id, …, backend)`, every field given."""
    q: Quote = _new(Quote)
    values = (quote_id, doc_id, language, kind, content, cue, cue_type, speaker, speaker_name, speaker_type,
              speaker_role, speaker_org, medium, parent_id, chain, confidence, backend)
    for setter, value in zip(_QUOTE, values, strict=True):
        setter(q, value)
    return q
