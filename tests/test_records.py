"""Records are frozen values; spans are built through the document and always match its text."""

from __future__ import annotations

import dataclasses

import pytest

from builder.errors import SpanError
from builder.records import Document, Span, quote_id


def test_span_matches_document_text() -> None:
    doc = Document("d", "Smith said hello.")
    span = doc.span(0, 5)
    assert span == Span(0, 5, "Smith")
    assert doc.text[span.start:span.end] == span.text


@pytest.mark.parametrize(("start", "end"), [(3, 3), (5, 2), (-1, 2), (0, 99)])
def test_bad_spans_are_refused(start: int, end: int) -> None:
    with pytest.raises(SpanError):
        Document("d", "Smith said hello.").span(start, end)


def test_records_are_frozen() -> None:
    span = Span(0, 1, "x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 3  # type: ignore[misc]


def test_discontinuous_cue_covers_its_stretch_and_keeps_its_pieces() -> None:
    doc = Document("d", "По его словам, всё хорошо.")
    cue = doc.cue([(7, 13), (0, 2)], "по словам")
    assert (cue.start, cue.end, cue.text) == (0, 13, "По его словам")
    assert doc.text[cue.start:cue.end] == cue.text
    assert [p.text for p in cue.pieces] == ["По", "словам"]


def test_quote_id_is_stable_and_depends_on_doc_and_offsets() -> None:
    a = (Span(1, 4, "abc"),)
    assert quote_id("d1", a) == quote_id("d1", a)
    assert quote_id("d1", a) != quote_id("d2", a)
    assert quote_id("d1", a) != quote_id("d1", (Span(1, 5, "abcd"),))
    assert len(quote_id("d1", a)) == 16
