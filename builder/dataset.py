"""DocumentResults -> a Hub-layout dataset folder: data/<config>/train-*.parquet + README.md.

Configs: one per quote language present, plus `documents`. Shard k holds the rows of input positions
[k*N, (k+1)*N) (builder.build), one part file per config, written a row group at a time and moved to
its final name only when the shard is complete; rows in input order (quotes by offset), so the same
input always gives byte-identical files, interrupted and resumed or not. Features come from schemas/
(builder.schema).
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
# Rows are written to a shard's file in row groups of at most this many rows or text characters, so
# a shard of long documents never sits whole in memory.
ROW_GROUP_ROWS = 1000
ROW_GROUP_CHARS = 32_000_000


def encode_result(result: DocumentResult, keep_text: bool = True) -> tuple[tuple[str, dict[str, Any]], ...]:
    """The dataset rows of one result: (config, encoded row), the documents row first, quotes by offset."""
    rows: list[tuple[str, dict[str, Any]]] = [(DOCUMENTS, encode_row("documents", result.document_row(keep_text)))]
    for q in sorted(result.quotes, key=lambda q: (q.start, q.end, q.quote_id)):
        rows.append((q.language, encode_row("quotes", q.to_row())))
    return tuple(rows)


def contract_of(config: str) -> str:
    return "documents" if config == DOCUMENTS else "quotes"


def write_table(rows: list[dict[str, Any]], contract: str, path: Path) -> None:
    """Write rows (already encoded) as one parquet file with the contract's schema and HF metadata."""
    schema = features(contract).arrow_schema
    table = pa.Table.from_pylist(rows, schema=schema)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(table, tmp, compression=COMPRESSION, write_statistics=True)
    os.replace(tmp, path)


def shard_of(path: Path) -> int | None:
    """The shard number of a part file (part-00012.parquet[.tmp] -> 12), None for other files."""
    name = path.name
    if not name.startswith("part-"):
        return None
    digits = name[len("part-"):].split(".", 1)[0]
    return int(digits) if digits.isdigit() else None


@dataclass
class _PartWriter:
    """One config's part file of one shard, written a row group at a time to a .tmp file."""

    path: Path
    contract: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    chars: int = 0
    count: int = 0
    writer: pq.ParquetWriter | None = None

    @property
    def tmp(self) -> Path:
        return self.path.with_name(self.path.name + ".tmp")

    def add(self, row: dict[str, Any], chars: int) -> None:
        self.rows.append(row)
        self.chars += chars
        self.count += 1
        if len(self.rows) >= ROW_GROUP_ROWS or self.chars >= ROW_GROUP_CHARS:
            self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        schema = features(self.contract).arrow_schema
        if self.writer is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.writer = pq.ParquetWriter(self.tmp, schema, compression=COMPRESSION, write_statistics=True)
        self.writer.write_table(pa.Table.from_pylist(self.rows, schema=schema))
        self.rows, self.chars = [], 0

    def close(self) -> None:
        self.flush()
        if self.writer is not None:
            self.writer.close()
            os.replace(self.tmp, self.path)


@dataclass
class ShardWriter:
    """DocumentResults -> one part file per config for each shard, rows in the order they are added.

    `open(k)` starts shard k; `add` streams rows to it; `close()` finishes it (each part file appears
    under its final name only then) and returns the rows written per config.
    """

    root: Path
    keep_text: bool = True
    shard: int = -1
    parts: dict[str, _PartWriter] = field(default_factory=dict)

    def open(self, shard: int) -> None:
        if self.parts:
            raise BuildError(f"shard {self.shard} is still open")
        self.shard = shard

    def _part(self, config: str) -> _PartWriter:
        if config not in self.parts:
            self.parts[config] = _PartWriter(self.root / "data" / config / PART.format(self.shard),
                                             contract_of(config))
        return self.parts[config]

    def add(self, result: DocumentResult) -> None:
        self.add_rows(encode_result(result, self.keep_text))

    def add_rows(self, rows: Iterable[tuple[str, dict[str, Any]]]) -> None:
        """Add one document's encoded rows, (config, row) pairs as `encode_result` gives them (what the
        engines' workers send back)."""
        for config, row in rows:
            chars = len(row["text"] or "") if config == DOCUMENTS else len(row["quote"] or "")
            self._part(config).add(row, chars)

    def close(self) -> dict[str, int]:
        """Finish the open shard; rows written per config."""
        written = {}
        for config, part in sorted(self.parts.items()):
            part.close()
            written[config] = part.count
        self.parts = {}
        return written

    def discard(self) -> None:
        """Drop the open shard's unfinished files."""
        for part in self.parts.values():
            if part.writer is not None:
                part.writer.close()
            part.tmp.unlink(missing_ok=True)
        self.parts = {}


def part_sources(root: Path, shard: int) -> dict[str, str]:
    """doc_id -> source (the doc_id where there is none) of the documents in shard `shard`'s finished part file."""
    path = root / "data" / DOCUMENTS / PART.format(shard)
    if not path.exists():
        return {}
    table = pq.read_table(path, columns=["doc_id", "source"])
    return {doc_id: source or doc_id for doc_id, source in zip(table.column("doc_id").to_pylist(),
                                                               table.column("source").to_pylist(), strict=True)}


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
