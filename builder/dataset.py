"""DocumentResults -> a Hub-layout dataset folder: data/<config>/train-*.parquet + README.md.

Configs: one per quote language present, plus `documents`. Rows are written in input order (documents
in sorted input order, quotes by offset) in shards of a fixed number of documents, so the same input
always gives byte-identical files. Features come from schemas/ (builder.schema).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from builder.errors import BuildError
from builder.records import DocumentResult
from builder.schema import decode_row, encode_row, features

DOCUMENTS = "documents"
SHARD_DOCS = 2000
PART = "part-{:05d}.parquet"
COMPRESSION = "zstd"


def encode_result(result: DocumentResult, keep_text: bool = True) -> tuple[tuple[str, dict[str, Any]], ...]:
    """The dataset rows of one result: (config, encoded row), the documents row first, quotes by offset."""
    rows: list[tuple[str, dict[str, Any]]] = [(DOCUMENTS, encode_row("documents", result.document_row(keep_text)))]
    for q in sorted(result.quotes, key=lambda q: (q.start, q.end, q.quote_id)):
        rows.append((q.language, encode_row("quotes", q.to_row())))
    return tuple(rows)


@dataclass
class InputDigest:
    """A digest of the set of documents written: the sum of their content hashes modulo 2**64.

    Order-free and mergeable, so a build split over processes or Spark partitions gets the digest
    of a one-process build of the same documents.
    """

    total: int = 0

    def add(self, content_hash: str) -> None:
        self.total = (self.total + int(content_hash, 16)) % 2**64

    def merge(self, other: InputDigest) -> None:
        self.total = (self.total + other.total) % 2**64

    def hexdigest(self) -> str:
        return f"{self.total:016x}"


def contract_of(config: str) -> str:
    return "documents" if config == DOCUMENTS else "quotes"


def write_table(rows: list[dict[str, Any]], contract: str, path: Path) -> None:
    """Write rows (already encoded) as one parquet file with the contract's schema and HF metadata."""
    write_arrow(pa.Table.from_pylist(rows, schema=features(contract).arrow_schema), contract, path)


def write_arrow(table: pa.Table, contract: str, path: Path) -> None:
    """Write an Arrow table of encoded rows as one parquet file with the contract's schema and HF metadata.

    The file appears under its name only when complete, so a retried writer (a Spark task) just replaces it.
    """
    table = table.select(features(contract).arrow_schema.names).cast(features(contract).arrow_schema)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp, compression=COMPRESSION, write_statistics=True)
    os.replace(tmp, path)


@dataclass
class ShardWriter:
    """Collects rows per config and flushes a shard every `shard_docs` documents."""

    root: Path
    keep_text: bool = True
    shard_docs: int = SHARD_DOCS
    shard: int = 0
    docs_in_shard: int = 0
    buffers: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, result: DocumentResult) -> None:
        self.add_rows(encode_result(result, self.keep_text))

    def add_rows(self, rows: Iterable[tuple[str, dict[str, Any]]]) -> None:
        """Add one document's encoded rows, (config, row) pairs, as `encode_result` gives them."""
        for config, row in rows:
            self.buffers.setdefault(config, []).append(row)
        self.docs_in_shard += 1
        if self.docs_in_shard >= self.shard_docs:
            self.flush()

    def flush(self) -> None:
        """Write the buffered rows as shard number `self.shard` of each config that has rows."""
        if self.docs_in_shard == 0:
            return
        for config, rows in sorted(self.buffers.items()):
            if rows:
                write_table(rows, contract_of(config), self.root / "data" / config / PART.format(self.shard))
                self.counts[config] = self.counts.get(config, 0) + len(rows)
        self.buffers = {}
        self.docs_in_shard = 0
        self.shard += 1

    def finish(self) -> dict[str, list[Path]]:
        """Flush, then rename parts to the Hub's train-XXXXX-of-YYYYY.parquet names."""
        self.flush()
        return finalize_shards(self.root)


def finalize_shards(root: Path) -> dict[str, list[Path]]:
    out: dict[str, list[Path]] = {}
    data = root / "data"
    if not data.exists():
        return out
    for cfg_dir in sorted(p for p in data.iterdir() if p.is_dir()):
        parts = sorted(cfg_dir.glob("part-*.parquet"))
        names = []
        for i, part in enumerate(parts):
            target = cfg_dir / f"train-{i:05d}-of-{len(parts):05d}.parquet"
            os.replace(part, target)
            names.append(target)
        out[cfg_dir.name] = names
    return out


def iter_rows(out_dir: Path, config: str) -> Iterator[dict[str, Any]]:
    """Decoded rows of one config of a built dataset (class labels back to names)."""
    contract = contract_of(config)
    for path in sorted((out_dir / "data" / config).glob("*.parquet")):
        for batch in pq.ParquetFile(path).iter_batches(batch_size=4096):
            for row in batch.to_pylist():
                yield decode_row(contract, row)


def configs_of(out_dir: Path) -> list[str]:
    """Configs present in a built dataset: languages sorted, then `documents`."""
    data = out_dir / "data"
    names = sorted(p.name for p in data.iterdir() if p.is_dir()) if data.exists() else []
    return [n for n in names if n != DOCUMENTS] + ([DOCUMENTS] if DOCUMENTS in names else [])


def staging_dir(out_dir: Path) -> Path:
    """Where a build writes before it is complete; never the output path itself."""
    return out_dir.with_name(f".{out_dir.name}.partial")


def publish_atomically(staging: Path, out_dir: Path) -> None:
    """Move a complete build into place, replacing an older build only after the new one is whole."""
    if out_dir.exists() and not (out_dir / "README.md").exists() and any(out_dir.iterdir()):
        raise BuildError(f"{out_dir} exists and is not a quotechain dataset; refusing to replace it")
    old = out_dir.with_name(f".{out_dir.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if out_dir.exists():
        os.replace(out_dir, old)
    os.replace(staging, out_dir)
    if old.exists():
        shutil.rmtree(old)


def write_manifest(root: Path, manifest: dict[str, Any]) -> None:
    """The build's own record (options, counts, skips): quotechain.json beside the card."""
    (root / "quotechain.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                          encoding="utf-8")
