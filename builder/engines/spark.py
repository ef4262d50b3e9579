"""BuildConfig -> the dataset folder a local build writes, with the work done by Spark (`--engine spark`).

1. The driver lists the inputs (local paths or any Hadoop filesystem URI) in the order local ingest uses.
2. Spark reads them as DataFrames: JSONL line by line (split by Spark), other files (text, HTML, WARC,
   parquet, gzipped…) whole (`binaryFile`). Executors turn them into Documents with builder.ingest's code;
   the driver reads the files Spark's readers leave out (empty ones, names starting with _ or .).
3. Executors run builder.engines.work on every document (mapInArrow; one extractor per Python worker).
4. Duplicates (same content hash), then repeated doc_ids among the rest, are dropped, keeping the first
   in input order, as locally (builder.build).
5. Executors write the shards a local build makes (by input item number) with builder.dataset into the
   staging folder, in input order; the driver names them, writes the card and the manifest with
   builder.build._publish, and publishes.

The output folder must be reachable from the driver and every executor under the same path (always
true with `--master local[N]`; on a cluster: a shared mount). pyspark comes with `quotechain[spark]`.
"""

from __future__ import annotations

import json
import math
import os
import pickle
import posixpath
import re
import shutil
import sys
import tempfile
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

import pyarrow as pa

from builder import resume
from builder.dataset import DOCUMENTS, ShardWriter, staging_dir
from builder.engines.work import Processed, process_and_encode, warm_up
from builder.errors import BuildError, InputError, QuotechainError
from builder.ingest import IngestOptions, read_inputs, reads_only_locally, within_limit
from builder.ingest.files import format_of
from builder.ingest.jsonl import parse_line
from builder.records import BuildReport, Document, Skip
from builder.resume import ShardRecord

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

    from builder.build import BuildConfig, ProgressCallback

# pyspark warns about pandas >= 3 on every mapInArrow; this engine never goes through pandas
warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas", category=FutureWarning)

APP_NAME = "quotechain build"
OUT_BATCH = 256  # outcomes per Arrow batch an executor sends back
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")  # hdfs:, s3a:, file: (not a drive letter)
KEYS = ("file", "part", "row")  # the input position of an item: file number, split start, item in split

ITEM_SCHEMA = pa.schema([("file", pa.int64()), ("part", pa.int64()), ("row", pa.int64()),
                         ("item", pa.binary())])


# What executors send back per item: its position, a skip, or a document's encoded rows (pickled, so the
# JVM only moves opaque bytes and never converts the nested quote rows).
OUTCOME_SCHEMA = pa.schema([("file", pa.int64()), ("part", pa.int64()), ("row", pa.int64()),
                            ("source", pa.string()), ("skip_reason", pa.string()), ("skip_detail", pa.string()),
                            ("doc_id", pa.string()), ("content_hash", pa.string()), ("rows", pa.binary())])

SHARD_SCHEMA = pa.schema([("shard", pa.int64()), ("rows", pa.string()), ("written", pa.list_(pa.string()))])


@dataclass(frozen=True)
class InputFile:
    """One input file: its number in input order, its path as Spark names it, as a local build names
    it (`source`), relative to its input root (`rel`, the base of document ids), and its size."""

    index: int
    path: str
    source: str
    rel: str
    size: int = 1
    prefix: str = ""  # put before `rel` in ids when several inputs are given (builder.ingest.id_roots)

    @property
    def id_rel(self) -> str:
        """The path document ids are made from: what a local build of the same inputs uses."""
        return self.prefix + self.rel

    @property
    def kind(self) -> str:
        """jsonl (plain JSONL: Spark splits it) or file (read whole by local ingest: any format it knows)."""
        fmt, gz = format_of(PurePosixPath(self.rel))  # type: ignore[arg-type]
        return "jsonl" if fmt == "jsonl" and not gz else "file"


def spark_session(config: BuildConfig) -> SparkSession:
    """The running session (spark-submit, a notebook) or a new one for `config.master`."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as e:
        raise QuotechainError("--engine spark needs pyspark: pip install 'quotechain[spark]'") from e
    active = SparkSession.getActiveSession()
    conf = dict(config.spark_conf)
    if active is not None:
        for key, value in conf.items():
            active.conf.set(key, value)
        return active
    builder = SparkSession.builder.appName(APP_NAME)
    if config.master:
        builder = builder.master(config.master)
    # The executors' Python comes from PYSPARK_PYTHON (spark-submit sets it from spark.pyspark.python).
    if "spark.pyspark.python" in conf:
        os.environ["PYSPARK_PYTHON"] = conf["spark.pyspark.python"]
    elif "PYSPARK_GATEWAY_PORT" not in os.environ and (config.master or "local").startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # local executors: this interpreter
    if (config.master or "local").startswith("local"):
        conf.setdefault("spark.sql.shuffle.partitions", "16")  # Spark's 200 are for clusters
    for key, value in conf.items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def _hidden(rel: str) -> bool:
    """Files Spark's readers leave out even when named one by one: names starting with _ or . (_SUCCESS,
    .crc) or ending in ._COPYING_. (Folders so named are no matter: files are named to Spark one by one.)"""
    name = rel.rsplit("/", 1)[-1]
    return name.startswith(("_", ".")) or name.endswith("._COPYING_")


def _dotted(rel: str) -> bool:
    """Local ingest leaves out what starts with . inside a folder it walks."""
    return any(part.startswith(".") for part in rel.split("/"))


def list_inputs(spark: SparkSession, inputs: tuple[str, ...]) -> list[InputFile]:
    """Every input file in local ingest's order: inputs as given, folders walked in sorted relative path order."""
    jvm = spark.sparkContext._jvm
    assert jvm is not None
    hadoop_conf = spark.sparkContext._jsc.hadoopConfiguration()  # type: ignore[union-attr]
    files: list[InputFile] = []
    roots: list[str] = []  # per input, the folder its ids are relative to when it is the only input
    first: list[int] = []  # per input, its first file's number
    for raw in inputs:
        first.append(len(files))
        given = Path(raw) if SCHEME.match(raw) is None else None
        hpath = jvm.org.apache.hadoop.fs.Path(str(given.resolve()) if given else raw)
        fs = hpath.getFileSystem(hadoop_conf)
        if not fs.exists(hpath):
            raise InputError(f"no such file or directory: {raw}")
        qualified = fs.makeQualified(hpath)
        base = qualified.toString()
        status = fs.getFileStatus(qualified)
        if status.isDirectory():
            found = []
            it = fs.listFiles(qualified, True)
            while it.hasNext():
                st = it.next()
                path = st.getPath().toString()
                found.append((path[len(base.rstrip("/")) + 1:], path, int(st.getLen())))
            found.sort(key=lambda f: tuple(f[0].split("/")))
            entries = [(rel, path, str(given / rel) if given else f"{raw.rstrip('/')}/{rel}", size)
                       for rel, path, size in found if not _dotted(rel)]
        else:
            entries = [(base.rsplit("/", 1)[-1], base, str(given) if given else raw, int(status.getLen()))]
        roots.append(base if status.isDirectory() else base.rsplit("/", 1)[0])
        n = len(files)  # (not len(files) inside the generator: it grows while extend consumes it)
        files.extend(InputFile(n + i, path, source, rel, size) for i, (rel, path, source, size) in enumerate(entries))
    if len(roots) > 1:  # as builder.ingest.id_roots: ids relative to the inputs' common parent
        common = posixpath.commonpath(roots)
        ends = [*first[1:], len(files)]
        for root, a, b in zip(roots, first, ends, strict=True):
            rel = posixpath.relpath(root, common)
            prefix = "" if rel == "." else rel + "/"
            files[a:b] = [replace(f, prefix=prefix) for f in files[a:b]]
    return files


def _on_driver(spark: SparkSession, files: list[InputFile], ingest: IngestOptions) -> tuple[
        list[tuple[tuple[int, int, int], Skip]], list[tuple[int, int, int, Document | Skip]]]:
    """The files Spark's readers never hand over, read here by local ingest: empty ones (their skips) and
    hidden ones (their items, which go through the same work as every other item)."""
    skips: list[tuple[tuple[int, int, int], Skip]] = []
    items: list[tuple[int, int, int, Document | Skip]] = []
    with tempfile.TemporaryDirectory(prefix="quotechain-") as tmp:
        for f in files:
            if f.size == 0:
                for k, item in enumerate(_read_local(Path(tmp), f, b"", ingest)):
                    if isinstance(item, Skip):
                        skips.append(((f.index, 0, k), item))
            elif _hidden(f.rel):
                content = _hadoop_bytes(spark, f.path)
                items.extend((f.index, 0, k, item) for k, item in enumerate(_read_local(Path(tmp), f, content, ingest)))
    return skips, items


def _hadoop_bytes(spark: SparkSession, path: str) -> bytes:
    """A whole file, read through the Hadoop filesystem the listing used."""
    jvm = spark.sparkContext._jvm
    assert jvm is not None
    hpath = jvm.org.apache.hadoop.fs.Path(path)
    stream = hpath.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()).open(hpath)  # type: ignore[union-attr]
    try:
        return bytes(jvm.org.apache.commons.io.IOUtils.toByteArray(stream))
    finally:
        stream.close()


def _read_local(tmp: Path, f: InputFile, content: bytes, ingest: IngestOptions) -> Iterator[Document | Skip]:
    """Local ingest run on `content` placed at the file's relative path, with the file's own source put back."""
    root = tmp / str(f.index)
    local = root / f.id_rel
    local.parent.mkdir(parents=True, exist_ok=True)
    local.write_bytes(content)
    try:
        for item in read_inputs([root], ingest):
            yield _relocate(item, str(local), f.source)
    finally:
        shutil.rmtree(root)


def _path_key(metadata_path: str) -> str:
    """`_metadata.file_path` (a URI, percent-encoded) in the form the Hadoop listing gives."""
    return unquote(metadata_path)


def build_on_spark(config: BuildConfig, progress: ProgressCallback | None = None) -> BuildReport:
    """Build the dataset described by `config` on Spark; the same folder, rows and card as a local build."""
    from builder.build import BuildEvent, _publish, duplicate_id_skip, duplicate_skip
    from builder.card import check_license, read_eval_report

    if config.resume:
        raise BuildError("--resume works with the local engine only")
    for raw in config.inputs:
        if reads_only_locally(raw):
            raise InputError(f"{raw}: standard input, hf: datasets and globs work with the local engine only; "
                             "give --engine spark files, folders or Hadoop URIs")
    warm_up(config)  # an unknown backend or a broken lexicon fails here, not in every task
    check_license(config.license)
    evaluation = read_eval_report(config.eval_report) if config.eval_report else None
    spark = spark_session(config)
    out = Path(config.out)
    stage = staging_dir(out)
    resume.start(stage, {"engine": "spark"}, False)
    processed: DataFrame | None = None
    try:
        files = list_inputs(spark, config.inputs)
        ingest = config.ingest_options
        driver_skips, driver_items = _on_driver(spark, files, ingest)
        items = _read_items(spark, [f for f in files if f.size > 0 and not _hidden(f.rel)], ingest)
        if driver_items:
            rows = [(f, p, r, pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)) for f, p, r, item in driver_items]
            items = items.unionByName(spark.createDataFrame(rows, _spark_schema(ITEM_SCHEMA)))
        parallelism = max(1, spark.sparkContext.defaultParallelism)
        processed = (items.repartition(parallelism * 4)
                     .mapInArrow(_processor(config), _spark_schema(OUTCOME_SCHEMA)).persist())
        read = processed.count() + len(driver_skips)
        skip_rows = processed.where("skip_reason IS NOT NULL").select(
            *KEYS, "source", "skip_reason", "skip_detail").collect()
        skips = driver_skips + [((r.file, r.part, r.row), Skip(r.source, r.skip_reason, r.skip_detail or ""))
                                for r in skip_rows]
        unique, later, reused = _dedupe(processed)
        skips += [((r.file, r.part, r.row), duplicate_id_skip(r.source, r.doc_id, r.earlier)) for r in reused]
        if config.strict and skips:
            s = min(skips, key=lambda ks: ks[0])[1]
            raise BuildError(f"--strict: {s.source}: {s.reason}: {s.detail}")
        results = _write_shards(spark, unique, _offsets(processed, driver_skips), stage, config.shard_docs)
        skips += [((r.file, r.part, r.row), duplicate_skip(r.source, r.content_hash)) for r in later]
        done = {r.shard: ShardRecord(r.shard, written=list(r.written), rows=json.loads(r.rows),
                                     quotes={c: n for c, n in json.loads(r.rows).items() if c != DOCUMENTS})
                for r in results}
        first = done.setdefault(min(done, default=0), ShardRecord(0))
        first.items, first.duplicates = read, len(later)
        first.skips = [s for _, s in sorted(skips, key=lambda ks: ks[0])]
        if progress is not None:
            progress(BuildEvent(read, len(skips), sum(sum(r.quotes.values()) for r in done.values()), config.out))
        return _publish(config, done, out, stage, evaluation)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    finally:
        if processed is not None:
            processed.unpersist()


def _spark_schema(schema: pa.Schema) -> Any:
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(schema)


# ---- stage 1: input files -> items (Document or Skip, pickled) keyed by input position -------------------

def _read_items(spark: SparkSession, files: list[InputFile], ingest: IngestOptions) -> DataFrame:
    from pyspark.sql import functions as F

    by_kind: dict[str, list[InputFile]] = {}
    for f in files:
        by_kind.setdefault(f.kind, []).append(f)
    table = spark.sparkContext.broadcast({f.path: f for f in files})
    item_schema = _spark_schema(ITEM_SCHEMA)
    frames = []
    if "file" in by_kind:
        raw = spark.read.format("binaryFile").load([f.path for f in by_kind["file"]])
        frames.append(raw.select("path", "content").mapInArrow(_file_reader(table, ingest), item_schema))
    for kind in ("jsonl",):
        if kind not in by_kind:
            continue
        paths = [f.path for f in by_kind[kind]]
        df = spark.read.text(paths, lineSep="\n").select(F.col("value").cast("binary").alias("value"))
        df = df.select("*", F.col("_metadata.file_path").alias("_path"),
                       F.col("_metadata.file_block_start").alias("_part"))
        # rows before each split of each file, so that every row knows its line (row) number
        counts = df.groupBy("_path", "_part").count().collect()
        before: dict[tuple[str, int], int] = {}
        running: dict[str, int] = {}
        for r in sorted(counts, key=lambda r: (r["_path"], r["_part"])):
            key = _path_key(r["_path"])
            before[(key, r["_part"])] = running.get(key, 0)
            running[key] = running.get(key, 0) + r["count"]
        offsets = spark.sparkContext.broadcast(before)
        frames.append(df.mapInArrow(_record_reader(kind, table, offsets, ingest), item_schema))
    if not frames:
        return spark.createDataFrame([], item_schema)
    out = frames[0]
    for frame in frames[1:]:
        out = out.unionByName(frame)
    return out


def _item_batch(rows: list[tuple[int, int, int, Document | Skip]]) -> pa.RecordBatch:
    return pa.RecordBatch.from_pydict({
        "file": [r[0] for r in rows], "part": [r[1] for r in rows], "row": [r[2] for r in rows],
        "item": [pickle.dumps(r[3], protocol=pickle.HIGHEST_PROTOCOL) for r in rows]}, schema=ITEM_SCHEMA)


def _file_reader(table: Any, ingest: IngestOptions) -> Any:
    """Whole files -> items, through local ingest itself: the bytes are put in a temporary file at the
    file's relative path and read with builder.ingest.read_inputs, so every format it knows works."""

    def read(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        files: dict[str, InputFile] = table.value
        with tempfile.TemporaryDirectory(prefix="quotechain-") as tmp:
            for batch in batches:
                rows: list[tuple[int, int, int, Document | Skip]] = []
                for path, content in zip(batch.column("path").to_pylist(), batch.column("content").to_pylist(),
                                         strict=True):
                    f = files[path]
                    for k, item in enumerate(_read_local(Path(tmp), f, content, ingest)):
                        rows.append((f.index, 0, k, item))
                if rows:
                    yield _item_batch(rows)

    return read


def _relocate(item: Document | Skip, prefix: str, source: str) -> Document | Skip:
    """The item as a local build of the original file reports it: its source paths put back."""
    def fix(s: str | None) -> str | None:
        return source + s[len(prefix):] if s is not None and s.startswith(prefix) else s

    if isinstance(item, Skip):
        return replace(item, source=fix(item.source) or source)
    return replace(item, source=fix(item.source))


def _record_reader(kind: str, table: Any, offsets: Any, ingest: IngestOptions) -> Any:
    """JSONL lines -> items, numbered from 1 within their file as local ingest numbers them."""

    def read(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        files: dict[str, InputFile] = table.value
        before: dict[tuple[str, int], int] = offsets.value
        seen: dict[tuple[str, int], int] = {}
        items: dict[tuple[str, int], int] = {}
        for batch in batches:
            rows: list[tuple[int, int, int, Document | Skip]] = []
            paths = batch.column("_path").to_pylist()
            parts = batch.column("_part").to_pylist()
            records = batch.column("value").to_pylist()
            for path, part, rec in zip(paths, parts, records, strict=True):
                key = (_path_key(path), part)
                n = seen.get(key, 0)  # lines of this split before this one
                seen[key] = n + 1
                f = files[key[0]]
                lineno = before[key] + n + 1
                item: Document | Skip | None
                item = parse_line(rec, lineno, f.id_rel, f.source, ingest.text_field, ingest.id_field)
                if item is not None:  # numbered among the split's items (blank lines are none)
                    k = items.get(key, 0)
                    items[key] = k + 1
                    rows.append((f.index, part, k, within_limit(item, ingest)))
            if rows:
                yield _item_batch(rows)

    return read


# ---- stage 2: items -> outcomes (the per-document work) --------------------------------------------------

def _processor(config: BuildConfig) -> Any:
    def process(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        warm_up(config)  # cached per Python worker: one extractor per executor process
        rows: list[dict[str, Any]] = []
        for batch in batches:
            keys = zip(*(batch.column(k).to_pylist() for k in KEYS), strict=True)
            for (file, part, row), blob in zip(keys, batch.column("item").to_pylist(), strict=True):
                outcome = process_and_encode(pickle.loads(blob), config)
                rows.append(_outcome_row(file, part, row, outcome))
                if len(rows) >= OUT_BATCH:
                    yield pa.RecordBatch.from_pylist(rows, schema=OUTCOME_SCHEMA)
                    rows = []
        if rows:
            yield pa.RecordBatch.from_pylist(rows, schema=OUTCOME_SCHEMA)

    return process


def _outcome_row(file: int, part: int, row: int, outcome: Processed | Skip) -> dict[str, Any]:
    base: dict[str, Any] = {"file": file, "part": part, "row": row, "source": outcome.source}
    if isinstance(outcome, Skip):
        return {**base, "skip_reason": outcome.reason, "skip_detail": outcome.detail}
    return {**base, "doc_id": outcome.doc_id, "content_hash": outcome.content_hash,
            "rows": pickle.dumps(outcome.rows, protocol=pickle.HIGHEST_PROTOCOL)}


# ---- stage 3: dedupe, shard in input order, write with builder.dataset -----------------------------------

def _later(docs: DataFrame, column: str) -> DataFrame:
    """The rows of `docs` whose `column` an earlier row (by input position) has, with that row's source
    as `earlier`; found on the small columns only, so the documents themselves are never shuffled."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    repeated = docs.groupBy(column).count().where("count > 1").select(column)  # usually none
    first = Window.partitionBy(column).orderBy(*KEYS)
    return (docs.select(*KEYS, "source", "doc_id", "content_hash").join(F.broadcast(repeated), column)
            .withColumn("_n", F.row_number().over(first)).withColumn("earlier", F.first("source").over(first))
            .where("_n > 1").drop("_n"))


def _dedupe(processed: DataFrame) -> tuple[DataFrame, list[Any], list[Any]]:
    """The documents to write, in no order; the later copies of a text; then, among the rest, the later
    documents under an id already used (with the earlier one's source). As builder.build: text first."""
    from pyspark.sql import functions as F

    docs = processed.where("content_hash IS NOT NULL").select(*KEYS, "source", "doc_id", "content_hash", "rows")
    found = []
    for column in ("content_hash", "doc_id"):
        later_df = _later(docs, column)
        later = later_df.collect()
        if later:  # dropped by a broadcast anti-join on the input positions
            docs = docs.join(F.broadcast(later_df.select(*KEYS)), list(KEYS), "left_anti")
        found.append(later)
    return docs, found[0], found[1]


def _offsets(processed: DataFrame,
             driver_skips: list[tuple[tuple[int, int, int], Skip]]) -> tuple[dict[tuple[int, int], int], int]:
    """(file, split) -> how many input items come before it (an item's input number is its split's offset
    plus its `row`, the number a local build counts shards by); and the number of items."""
    counts: dict[tuple[int, int], int] = {}
    for r in processed.groupBy("file", "part").count().collect():
        counts[(r["file"], r["part"])] = r["count"]
    for (file, part, _), _skip in driver_skips:
        counts[(file, part)] = counts.get((file, part), 0) + 1
    offsets, running = {}, 0
    for key in sorted(counts):
        offsets[key] = running
        running += counts[key]
    return offsets, running


def _write_shards(spark: SparkSession, unique: DataFrame, offsets: tuple[dict[tuple[int, int], int], int],
                  stage: Path, shard_docs: int) -> list[Any]:
    """Write the documents of `unique` in input order into the shards a local build makes (shard k: input
    items k*shard_docs up to (k+1)*shard_docs, skips and duplicates counted), so the files are the same;
    the shard results."""
    from pyspark.sql import functions as F

    starts, items = offsets
    table = spark.createDataFrame([(f, p, n) for (f, p), n in starts.items()], "file long, part long, offset long")
    numbered = unique.join(F.broadcast(table), ["file", "part"]).withColumn(
        "shard", F.expr(f"(offset + row) div {int(shard_docs)}"))
    shards = max(1, math.ceil(items / shard_docs))
    ordered = numbered.repartitionByRange(shards, "shard").sortWithinPartitions("shard", *KEYS)
    return ordered.mapInArrow(_shard_writer(str(stage)), _spark_schema(SHARD_SCHEMA)).collect()


def _shard_writer(stage: str) -> Any:
    """Documents in input order, a range of whole shards -> each shard's part file per config, by ShardWriter."""

    def write(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        writer = ShardWriter(Path(stage))
        shard = -1
        written: list[str] = []

        def finish() -> Iterator[pa.RecordBatch]:
            rows = writer.close()
            if written:
                yield pa.RecordBatch.from_pylist([{"shard": shard, "rows": json.dumps(rows), "written": written}],
                                                 schema=SHARD_SCHEMA)

        try:
            for batch in batches:
                for k, content_hash, blob in zip(batch.column("shard").to_pylist(),
                                                 batch.column("content_hash").to_pylist(),
                                                 batch.column("rows").to_pylist(), strict=True):
                    if k != shard:
                        if shard >= 0:
                            yield from finish()
                        shard, written = k, []
                        writer.open(shard)
                    writer.add_rows(pickle.loads(blob))
                    written.append(content_hash)
        except BaseException:
            writer.discard()
            raise
        if shard >= 0:
            yield from finish()

    return write
