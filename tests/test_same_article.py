"""One article, six containers: plain text, an HTML page, a WARC record, a JSONL line, a cp1251 file and
a parquet dataset all give the same stored text and the same quote rows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import datasets
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from corpus import warc_file, warc_record

from builder.build import BuildConfig, build, process_item
from builder.dataset import iter_rows
from builder.ingest import IngestOptions, read_inputs
from builder.records import DocumentResult

FIXTURES = Path(__file__).parent / "fixtures"
ID_FIELDS = ("quote_id", "doc_id", "parent_id")


@pytest.fixture(scope="module")
def variants(tmp_path_factory: pytest.TempPathFactory, samples_dir: Path) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("same")
    text = (samples_dir / "interfax.txt").read_text(encoding="utf-8")
    page = (FIXTURES / "interfax_page.html").read_bytes()
    out = {"text": samples_dir / "interfax.txt", "html": FIXTURES / "interfax_page.html"}
    out["warc"] = root / "crawl.warc.gz"
    out["warc"].write_bytes(warc_file([warc_record("https://vpk.example/news/560001", page)], gz=True))
    out["jsonl"] = root / "lines.jsonl"
    out["jsonl"].write_text(json.dumps({"id": "interfax-1", "text": text}, ensure_ascii=False) + "\n",
                            encoding="utf-8")
    out["cp1251"] = root / "interfax_cp1251.txt"
    out["cp1251"].write_bytes(text.encode("cp1251"))
    out["parquet"] = root / "articles.parquet"
    pq.write_table(pa.Table.from_pylist([{"id": "interfax-2", "text": text}]), out["parquet"])
    out["saved"] = root / "saved"
    datasets.Dataset.from_list([{"id": "interfax-3", "text": text}]).save_to_disk(str(out["saved"]))
    return out


def _result(path: Path) -> DocumentResult:
    [item] = list(read_inputs([str(path)], IngestOptions()))
    result = process_item(item, BuildConfig(inputs=(), out=""))
    assert isinstance(result, DocumentResult), result
    return result


def _rows(result: DocumentResult) -> list[dict[str, Any]]:
    rows = []
    for q in result.quotes:
        row = {k: v for k, v in q.to_row().items() if k not in ID_FIELDS}
        row["chain"] = [{k: v for k, v in link.items() if k != "quote_id"} for link in row["chain"]]
        rows.append(row)
    return rows


@pytest.mark.parametrize("kind", ["html", "warc", "jsonl", "cp1251", "parquet", "saved"])
def test_same_text_and_quote_rows_as_plain_text(variants: dict[str, Path], kind: str) -> None:
    plain = _result(variants["text"])
    other = _result(variants[kind])
    assert other.document.text == plain.document.text
    assert _rows(other) == _rows(plain)
    assert len(plain.quotes) >= 1 and plain.doc_source == other.doc_source == "Interfax"


def test_a_build_of_all_six_keeps_one_and_counts_the_rest_as_duplicates(variants: dict[str, Path],
                                                                      tmp_path: Path) -> None:
    report = build(BuildConfig(inputs=tuple(str(p) for p in variants.values()), out=str(tmp_path / "out")))
    assert report.documents_read == 7 and report.documents_written == 1 and report.duplicates == 6
    assert report.skips_by_reason == {"duplicate": 6}
    [doc] = list(iter_rows(tmp_path / "out", "documents"))
    assert doc["chars_removed"] > 1500  # the navigation of the scraped text
