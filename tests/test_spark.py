"""--engine spark: a local[1] Spark build gives the rows, skips and card of a local build of the same input."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from corpus import url_crawl
from typer.testing import CliRunner

from builder.build import BuildConfig, build
from builder.cli import app
from builder.dataset import configs_of, iter_rows
from builder.errors import BuildError
from builder.validate import validate_dataset

pytestmark = pytest.mark.spark


def _need_spark() -> None:
    """CI installs the spark extra: there a missing pyspark or Java is a failure, elsewhere a skip."""
    missing = None
    try:
        import pyspark  # noqa: F401
    except ImportError:
        missing = "pyspark is not installed (pip install -e '.[spark]')"
    if missing is None and shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        missing = "no Java runtime for Spark"
    if missing:
        if os.environ.get("CI"):
            pytest.fail(missing)
        pytest.skip(missing)


def _mixed_input(root: Path, samples_dir: Path) -> Path:
    """Samples, a duplicate, bad files and a JSONL with bad, blank, id-less and duplicate lines."""
    src = root / "in"
    (src / "sub").mkdir(parents=True)
    for p in samples_dir.glob("*.txt"):
        shutil.copy(p, src / p.name)
    shutil.copy(samples_dir / "yonhap.txt", src / "sub" / "copy of yonhap.txt")
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (src / "latin1.txt").write_bytes("Ça va, dit-il à «Le Monde».".encode("latin-1"))
    (src / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (src / "_SUCCESS").write_bytes(b"")  # names Spark's readers leave out: read on the driver, as locally
    (src / "sub" / "_index.txt").write_text('"Hidden," the file said. «Скрытый», — сказал файл.', encoding="utf-8")
    lines = [json.dumps({"doc_id": "a1", "text": '"Yes," Smith said.', "extra": 1}),
             json.dumps({"id": "b2", "text": "«Да», — сказал он."}, ensure_ascii=False),
             "{not json", "", json.dumps({"doc_id": "c3", "body": "no text field"}),
             json.dumps({"text": '"No id," she said.'}),
             json.dumps({"doc_id": "a1-again", "text": '"Yes," Smith said.'})]
    (src / "sub" / "docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return src


def _rows(out: Path) -> dict[str, list[dict[str, Any]]]:
    return {config: list(iter_rows(out, config)) for config in configs_of(out)}


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory, samples_dir: Path) -> tuple[Path, Path, Any, Any]:
    _need_spark()
    root = tmp_path_factory.mktemp("spark")
    src = _mixed_input(root, samples_dir)
    local = build(BuildConfig(inputs=(str(src),), out=str(root / "local")))
    result = CliRunner().invoke(app, ["build", str(src), "--out", str(root / "spark"), "--engine", "spark",
                                      "--master", "local[1]", "--spark-conf", "spark.ui.enabled=false"])
    assert result.exit_code == 0, result.output
    spark = json.loads((root / "spark" / "quotechain.json").read_text(encoding="utf-8"))
    return root / "local", root / "spark", local, spark


def test_spark_rows_equal_local_rows(both: tuple[Path, Path, Any, Any]) -> None:
    local, spark, _, _ = both
    assert configs_of(spark) == configs_of(local) == ["en", "ru", "documents"]
    assert _rows(spark) == _rows(local)  # the same rows in the same order
    assert "sub/_index.txt" in [d["doc_id"] for d in iter_rows(spark, "documents")]  # a name Spark leaves out


def test_spark_skips_counts_and_card_equal_local(both: tuple[Path, Path, Any, Any]) -> None:
    local, spark, report, manifest = both
    assert manifest["skips"] == [s.to_dict() for s in report.skips]
    reasons = {s["reason"] for s in manifest["skips"]}
    assert {"empty", "binary", "unsupported-format", "bad-json", "duplicate"} <= reasons
    assert (manifest["documents_read"], manifest["documents_written"], manifest["duplicates"]) == (
        report.documents_read, report.documents_written, report.duplicates)
    assert report.duplicates == 2
    assert (spark / "README.md").read_text(encoding="utf-8") == (local / "README.md").read_text(encoding="utf-8")


def test_spark_output_loads_and_validates(both: tuple[Path, Path, Any, Any]) -> None:
    import datasets

    _, spark, _, _ = both
    assert validate_dataset(spark).ok
    for config in ("en", "ru", "documents"):
        assert len(datasets.load_dataset(str(spark), config, split="train")) > 0


def test_spark_reads_parquet_and_hadoop_uris(both: tuple[Path, Path, Any, Any], tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    local, _, _, _ = both
    docs = [r for r in iter_rows(local, "documents")]
    pq.write_table(pa.Table.from_pylist([{"id": d["doc_id"], "body": d["text"]} for d in docs]),
                   tmp_path / "docs.parquet")
    out, ref = tmp_path / "out", tmp_path / "ref"
    build(BuildConfig(inputs=((tmp_path / "docs.parquet").as_uri(),), out=str(out), engine="spark",
                      text_field="body", clean="none"))
    build(BuildConfig(inputs=(str(tmp_path / "docs.parquet"),), out=str(ref), text_field="body", clean="none"))
    assert _rows(out)["en"] == _rows(ref)["en"]
    assert [d["doc_id"] for d in iter_rows(out, "documents")] == [d["doc_id"] for d in docs]


def test_a_jsonl_split_by_spark_keeps_line_numbers_and_order(both: tuple[Path, Path, Any, Any],
                                                             tmp_path: Path) -> None:
    """Small splits (4 KB) cut one JSONL file into many pieces: ids from line numbers, order and skips hold,
    and with small shards the files are those of a local build, byte for byte (so is the card)."""
    local, _, _, _ = both
    texts = [d["text"] for d in iter_rows(local, "documents")]
    lines = []
    for i in range(120):
        if i % 17 == 5:
            lines.append("{broken")
        else:
            lines.append(json.dumps({"text": f"Item {i}. {texts[i % len(texts)][:1500]}"}, ensure_ascii=False))
    src = tmp_path / "big.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    a = build(BuildConfig(inputs=(str(src),), out=str(tmp_path / "local"), clean="none", shard_docs=25))
    b = build(BuildConfig(inputs=(str(src),), out=str(tmp_path / "spark"), engine="spark", clean="none",
                          shard_docs=25, spark_conf=(("spark.sql.files.maxPartitionBytes", "4096"),)))
    assert _rows(tmp_path / "spark") == _rows(tmp_path / "local")
    assert b.skips == a.skips and len(a.skips) == 7
    assert b.files == tuple(f.replace("/local/", "/spark/") for f in a.files) and len(a.files) == 5 * 3
    for f in a.files:
        assert Path(f.replace("/local/", "/spark/")).read_bytes() == Path(f).read_bytes(), f
    assert (tmp_path / "spark" / "README.md").read_text() == (tmp_path / "local" / "README.md").read_text()
    assert [d["doc_id"] for d in iter_rows(tmp_path / "spark", "documents")][:3] == [
        "big.jsonl:1", "big.jsonl:2", "big.jsonl:3"]


def test_several_inputs_give_the_ids_of_a_local_build(both: tuple[Path, Path, Any, Any], tmp_path: Path) -> None:
    """Two crawl folders holding the same file names: ids relative to their common parent, as locally."""
    local, _, _, _ = both
    texts = [d["text"] for d in iter_rows(local, "documents")][:2]
    for day, text in zip(("01", "02"), texts, strict=True):
        (tmp_path / "crawl" / day).mkdir(parents=True)
        (tmp_path / "crawl" / day / "index.txt").write_text(text, encoding="utf-8")
        line = json.dumps({"text": f"Day {day}: {text[:800]}"})
        (tmp_path / "crawl" / day / "day.jsonl").write_text(line + "\n", encoding="utf-8")
    inputs = (str(tmp_path / "crawl" / "01"), str(tmp_path / "crawl" / "02"))
    build(BuildConfig(inputs=inputs, out=str(tmp_path / "local"), clean="none"))
    build(BuildConfig(inputs=inputs, out=str(tmp_path / "spark"), engine="spark", clean="none"))
    assert _rows(tmp_path / "spark") == _rows(tmp_path / "local")
    assert [d["doc_id"] for d in iter_rows(tmp_path / "spark", "documents")] == [
        "01/day.jsonl:1", "01/index.txt", "02/day.jsonl:1", "02/index.txt"]
    assert validate_dataset(tmp_path / "spark").ok


def test_repeated_ids_give_the_skips_and_rows_of_a_local_build(both: tuple[Path, Path, Any, Any],
                                                               tmp_path: Path) -> None:
    """A crawl keyed by URL, cut into many splits: the same duplicate and duplicate-id skips, the same rows."""
    src = url_crawl(tmp_path / "crawl.jsonl")
    a = build(BuildConfig(inputs=(str(src),), out=str(tmp_path / "local"), clean="none"))
    b = build(BuildConfig(inputs=(str(src),), out=str(tmp_path / "spark"), engine="spark", clean="none",
                          spark_conf=(("spark.sql.files.maxPartitionBytes", "8192"),)))
    assert a.skips_by_reason == {"duplicate": 10, "duplicate-id": 19}
    assert b.skips == a.skips
    assert (b.documents_read, b.documents_written, b.duplicates) == (a.documents_read, a.documents_written,
                                                                     a.duplicates)
    assert _rows(tmp_path / "spark") == _rows(tmp_path / "local")
    assert validate_dataset(tmp_path / "spark").ok
    with pytest.raises(BuildError, match=r"--strict: .*crawl.jsonl:61: duplicate-id: id 'https://example.org/0'"):
        build(BuildConfig(inputs=(str(src),), out=str(tmp_path / "strict"), engine="spark", strict=True))
    assert not (tmp_path / "strict").exists()
