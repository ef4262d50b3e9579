"""Records are frozen values; spans are built through the document and always match its text."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from builder import fastrecords
from builder.chains import _quote_id
from builder.errors import SpanError
from builder.records import Attribution, Document, Link, Quote, Span, Speaker, quote_id


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


TEXT = "По его словам, Smith said “hello”."


def _made_both_ways() -> list[tuple[object, object]]:
    """(record from its dataclass __init__, the same from builder.fastrecords) for every record it makes."""
    doc = Document("d", TEXT)
    content = (doc.span(26, 33),)
    cue = doc.cue([(21, 25)], "say")
    link = Link("Smith", "say", "q1")
    attribution = Attribution("direct", content, cue, doc.span(15, 20), "speech", None, 0.75, "r", None)
    quote = Quote("q1", "d", "en", "direct", content, cue, "speech", doc.span(15, 20), "Smith", "person", None,
                  None, None, None, (link,), 0.75, "rules")
    return [
        (doc.span(15, 20), fastrecords.span(TEXT, 15, 20)),
        (cue, fastrecords.cue(TEXT, [(21, 25)], "say")),
        (doc.cue([(7, 13), (0, 2)], "по словам"), fastrecords.cue(TEXT, [(7, 13), (0, 2)], "по словам")),
        (link, fastrecords.link("Smith", "say", "q1")),
        (Speaker("Anna Keller", "person", "minister", "Foreign Ministry"),
         fastrecords.speaker("Anna Keller", "person", "minister", "Foreign Ministry")),
        (Speaker(None), fastrecords.speaker(None, "unknown", None, None)),
        (attribution, fastrecords.attribution("direct", content, cue, doc.span(15, 20), "speech", None, 0.75, "r",
                                              None)),
        (quote, fastrecords.quote("q1", "d", "en", "direct", content, cue, "speech", doc.span(15, 20), "Smith",
                                  "person", None, None, None, None, (link,), 0.75, "rules")),
    ]


@pytest.mark.parametrize(("made", "fast"), _made_both_ways())
def test_fast_records_equal_their_dataclass_init(made: object, fast: object) -> None:
    assert type(fast) is type(made)
    assert fast == made and hash(fast) == hash(made) and repr(fast) == repr(made)
    assert pickle.loads(pickle.dumps(fast)) == made
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(fast, dataclasses.fields(fast)[0].name, None)  # type: ignore[arg-type]


@pytest.mark.parametrize(("start", "end"), [(3, 3), (5, 2), (-1, 2), (0, 99)])
def test_fast_spans_refuse_bad_bounds(start: int, end: int) -> None:
    with pytest.raises(SpanError):
        fastrecords.span("Smith said hello.", start, end)
    with pytest.raises(SpanError):
        fastrecords.cue("Smith said hello.", [(0, 5), (start, end)], "x")


def test_chains_quote_id_is_records_quote_id() -> None:
    doc = Document("doc-ü", TEXT)
    content = (doc.span(26, 33), doc.span(0, 2))
    for cue in (None, doc.cue([(21, 25)], "say")):
        attribution = Attribution("mixed", content, cue, None)
        assert _quote_id(doc.doc_id, attribution) == quote_id(doc.doc_id, content, cue)
