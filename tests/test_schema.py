"""The dataset contract in schemas/ and the code agree: columns, types, and every emitted row."""

from __future__ import annotations

from pathlib import Path

import datasets
import pytest

from builder import api
from builder.dataset import iter_rows
from builder.records import CUE_TYPES, KINDS, SPEAKER_TYPES, Document, DocumentResult, Quote
from builder.schema import features, load_schema, row_problems


def test_quote_row_has_exactly_the_contract_columns() -> None:
    [q] = api.extract('"We will win," Smith said.', lang="en")
    assert list(q.to_row()) == list(load_schema("quotes")["properties"])


def test_document_row_has_exactly_the_contract_columns() -> None:
    result = api.process_document(Document("d", "Smith said it."), lang="en")
    assert isinstance(result, DocumentResult)
    assert list(result.document_row()) == list(load_schema("documents")["properties"])


def test_class_labels_are_the_record_vocabularies() -> None:
    f = features("quotes")
    assert f["kind"].names == list(KINDS)
    assert f["cue_type"].names == list(CUE_TYPES)
    assert f["speaker_type"].names == list(SPEAKER_TYPES)


def test_features_types() -> None:
    f = features("quotes")
    assert f["content"] == datasets.List({"start": datasets.Value("int64"), "end": datasets.Value("int64"),
                                          "text": datasets.Value("string")})
    assert f["confidence"] == datasets.Value("float32")
    assert set(f["cue"]) == {"start", "end", "text", "lemma"}


def test_required_lists_every_property() -> None:
    for name in ("quotes", "documents"):
        schema = load_schema(name)
        assert sorted(schema["required"]) == sorted(schema["properties"]), name


def test_quote_dataclass_fields_cover_the_contract() -> None:
    names = {f for f in Quote.__dataclass_fields__}
    derived = {"quote"}  # computed from content
    assert set(load_schema("quotes")["properties"]) - derived <= names


@pytest.mark.parametrize("config", ["en", "ru", "documents"])
def test_every_built_row_conforms(built_samples: Path, config: str) -> None:
    contract = "documents" if config == "documents" else "quotes"
    rows = list(iter_rows(built_samples, config))
    assert rows
    for row in rows:
        assert row_problems(contract, row) == []


def test_a_broken_row_is_reported() -> None:
    [q] = api.extract('"We will win," Smith said.', lang="en")
    row = q.to_row()
    row["kind"] = "shouted"
    del row["backend"]
    problems = row_problems("quotes", row)
    assert any("kind" in p for p in problems) and any("backend" in p for p in problems)
