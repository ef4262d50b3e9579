"""build -> a loadable Hub-layout dataset; deterministic; bad inputs skipped with reasons."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import datasets
import pytest

from builder.build import BuildConfig, build
from builder.dataset import iter_rows
from builder.validate import validate_dataset


def test_load_dataset_gives_typed_configs(built_samples: Path) -> None:
    for config in ("en", "ru", "documents"):
        ds = datasets.load_dataset(str(built_samples), config, split="train")
        assert len(ds) > 0, config
    en = datasets.load_dataset(str(built_samples), "en", split="train")
    assert isinstance(en.features["kind"], datasets.ClassLabel)
    assert en.features["kind"].int2str(en[0]["kind"]) in ("direct", "mixed", "indirect")


def test_every_span_of_every_row_matches_its_document(built_samples: Path) -> None:
    texts = {r["doc_id"]: r["text"] for r in iter_rows(built_samples, "documents")}
    n = 0
    for config in ("en", "ru"):
        for row in iter_rows(built_samples, config):
            text = texts[row["doc_id"]]
            spans = list(row["content"]) + [s for s in (row["cue"], row["speaker"]) if s]
            for s in spans:
                assert text[s["start"]:s["end"]] == s["text"]
                n += 1
    assert n > 20


def test_validate_passes_on_a_build(built_samples: Path) -> None:
    report = validate_dataset(built_samples)
    assert report.ok, report.problems
    assert report.rows["documents"] == 4


def _digests(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*.parquet"))}


def test_same_input_twice_gives_identical_parquet(samples_dir: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    build(BuildConfig(inputs=(str(samples_dir),), out=str(a)))
    build(BuildConfig(inputs=(str(samples_dir),), out=str(b)))
    assert _digests(a) == _digests(b)
    assert len(_digests(a)) == 3


def test_bad_inputs_are_skipped_with_reasons(samples_dir: Path, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text('"We will win," Smith said.', encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (src / "latin1.txt").write_bytes("Ça va, dit-il à «Le Monde».".encode("latin-1"))
    (src / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    report = build(BuildConfig(inputs=(str(src),), out=str(tmp_path / "out")))
    assert report.documents_written == 1
    reasons = {Path(s.source).name: s.reason for s in report.skips}
    assert reasons == {"empty.txt": "empty", "binary.txt": "binary", "latin1.txt": "unsupported-language",
                       "image.png": "unsupported-format"}
    assert report.quotes_per_language == {"en": 1}


def test_jsonl_fields_and_bad_lines(tmp_path: Path) -> None:
    src = tmp_path / "docs.jsonl"
    lines = [
        json.dumps({"doc_id": "a1", "text": '"Yes," Smith said.', "extra": 1}),
        json.dumps({"id": "b2", "text": "«Да», — сказал он."}),
        "{not json",
        json.dumps({"doc_id": "c3", "body": "no text field"}),
        json.dumps({"text": '"No id," she said.'}),
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = build(BuildConfig(inputs=(str(src),), out=str(tmp_path / "out")))
    docs = {r["doc_id"] for r in iter_rows(tmp_path / "out", "documents")}
    assert docs == {"a1", "b2", "docs.jsonl:5"}
    assert sorted(s.reason for s in report.skips) == ["bad-json", "no-text-field"]


def test_text_and_id_field_options(tmp_path: Path) -> None:
    src = tmp_path / "docs.jsonl"
    src.write_text(json.dumps({"key": "k1", "body": '"Yes," Smith said.'}) + "\n", encoding="utf-8")
    build(BuildConfig(inputs=(str(src),), out=str(tmp_path / "out"), text_field="body", id_field="key"))
    [row] = list(iter_rows(tmp_path / "out", "en"))
    assert row["doc_id"] == "k1" and row["speaker"]["text"] == "Smith"


def test_clean_none_keeps_the_text_byte_for_byte(tmp_path: Path) -> None:
    text = '\n\n  "We will win," Smith said.  \n'
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    build(BuildConfig(inputs=(str(tmp_path / "a.txt"),), out=str(tmp_path / "out"), clean="none"))
    [doc] = list(iter_rows(tmp_path / "out", "documents"))
    assert doc["text"] == text and doc["chars_removed"] == 0
    [row] = list(iter_rows(tmp_path / "out", "en"))
    assert text[row["content"][0]["start"]:row["content"][0]["end"]] == "We will win"


def test_no_partial_dataset_on_failure(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(Exception, match="no such file"):
        build(BuildConfig(inputs=(str(tmp_path / "missing"),), out=str(out)))
    assert not out.exists()
    assert not any(p.name.endswith(".partial") for p in tmp_path.iterdir())


def test_validate_finds_a_broken_offset(built_samples: Path, tmp_path: Path) -> None:
    import shutil

    import pyarrow.parquet as pq

    broken = tmp_path / "broken"
    shutil.copytree(built_samples, broken)
    [path] = sorted((broken / "data" / "en").glob("*.parquet"))
    table = pq.read_table(path).to_pylist()
    table[0]["content"][0]["start"] += 1
    from builder.dataset import write_table

    write_table(table, "quotes", path)
    report = validate_dataset(broken)
    assert not report.ok
    assert any("content span" in p for p in report.problems)
