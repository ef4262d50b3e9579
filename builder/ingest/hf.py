"""Datasets -> Documents, one per row: `hf:<name>[:<config>][@<split>]`, save_to_disk folders, parquet files.

`hf:` specs go through `datasets.load_dataset(..., streaming=True)`, so a Hub dataset is read row by
row without downloading it whole (a local folder of data files works the same way). A folder
written by `save_to_disk` is memory-mapped with `load_from_disk`; a `.parquet` file is read in record
batches with pyarrow. Rows map to Documents as JSONL lines do (--text-field, --id-field). A dataset
that lacks the text column is one Skip (no-text-field) before any row is read, not one Skip per row; for
an `hf:` input named on the command line it is an InputError.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from builder.errors import DocumentError, InputError
from builder.ingest.jsonl import DATE_FIELDS, ID_FIELDS, URL_FIELDS, record_to_document
from builder.records import Document, Skip

PREFIX = "hf:"
DEFAULT_SPLIT = "train"
BATCH_ROWS = 256
SAVED_MARKERS = ("state.json", "dataset_dict.json")


@dataclass(frozen=True)
class HubSpec:
    """A parsed `hf:<name>[:<config>][@<split>]`."""

    name: str
    config: str | None = None
    split: str | None = None

    @classmethod
    def parse(cls, spec: str) -> HubSpec:
        body = spec[len(PREFIX):] if spec.startswith(PREFIX) else spec
        head, _, split = body.partition("@")
        name, _, config = head.partition(":")
        if not name:
            raise InputError(f"{spec!r}: expected hf:<name>[:<config>][@<split>]")
        return cls(name, config or None, split or None)

    def __str__(self) -> str:
        config = f":{self.config}" if self.config else ""
        return PREFIX + self.name + config + (f"@{self.split}" if self.split else "")


def is_saved_dataset(folder: Path) -> bool:
    """A folder written by Dataset.save_to_disk or DatasetDict.save_to_disk."""
    return folder.is_dir() and any((folder / m).is_file() for m in SAVED_MARKERS)


def _pick_split(splits: Iterable[str], wanted: str | None, what: str) -> str:
    names = sorted(splits)
    if wanted is not None:
        if wanted not in names:
            raise InputError(f"{what} has no split {wanted!r}; splits: {', '.join(names)}")
        return wanted
    if len(names) == 1:
        return names[0]
    if DEFAULT_SPLIT in names:
        return DEFAULT_SPLIT
    raise InputError(f"{what} has several splits ({', '.join(names)}): name one with @<split>")


def _check_columns(columns: Iterable[str] | None, text_field: str, what: str) -> None:
    if columns is None:
        return
    cols = list(columns)
    if text_field not in cols:
        raise DocumentError("no-text-field", f"{what} has no column {text_field!r} (columns: {', '.join(cols)}); "
                                             "use --text-field")


def _rows_to_documents(rows: Iterable[Mapping[str, Any]], id_prefix: str, where: str, text_field: str,
                       id_field: str | None) -> Iterator[Document | Skip]:
    for i, row in enumerate(rows):
        yield record_to_document(row, f"{id_prefix}:{i}", f"{where}#{i}", text_field, id_field)


def read_hub(spec: HubSpec, text_field: str, id_field: str | None) -> Iterator[Document | Skip]:
    """Rows of a Hub (or local-folder) dataset, streamed."""
    local = Path(spec.name)
    if is_saved_dataset(local):
        yield from read_saved(local, spec.split, text_field, id_field)
        return
    import datasets

    try:
        loaded = datasets.load_dataset(spec.name, spec.config, streaming=True)
    except Exception as e:  # the Hub's errors are many and untyped: all mean "cannot open this input"
        raise InputError(f"cannot open {spec}: {type(e).__name__}: {e}") from e
    split = _pick_split(loaded.keys(), spec.split, str(spec))
    ds = loaded[split]
    _check_columns(ds.column_names, text_field, str(spec))
    yield from _rows_to_documents(ds, f"{spec.name}:{split}", str(spec), text_field, id_field)


def read_saved(folder: Path, split: str | None, text_field: str, id_field: str | None) -> Iterator[Document | Skip]:
    """Rows of a save_to_disk folder (memory-mapped, so any size reads in little memory)."""
    import datasets

    try:
        loaded = datasets.load_from_disk(str(folder))
    except Exception as e:
        raise InputError(f"cannot open dataset folder {folder}: {type(e).__name__}: {e}") from e
    if isinstance(loaded, datasets.DatasetDict):
        split = _pick_split(loaded.keys(), split, str(folder))
        ds = loaded[split]
    else:
        split = split or DEFAULT_SPLIT
        ds = loaded
    _check_columns(ds.column_names, text_field, str(folder))
    yield from _rows_to_documents(ds, f"{folder.name}:{split}", str(folder), text_field, id_field)


def read_parquet(path: Path, rel: str, text_field: str, id_field: str | None) -> Iterator[Document | Skip]:
    """Rows of a parquet file, read a record batch at a time and only the columns that are used."""
    import pyarrow.parquet as pq

    f = pq.ParquetFile(path)
    names = f.schema_arrow.names
    _check_columns(names, text_field, str(path))
    used = {text_field, "title", *((id_field,) if id_field else ID_FIELDS), *URL_FIELDS, *DATE_FIELDS}
    columns = [n for n in names if n in used]

    def rows() -> Iterator[dict[str, Any]]:
        for batch in f.iter_batches(batch_size=BATCH_ROWS, columns=columns):
            yield from batch.to_pylist()

    yield from _rows_to_documents(rows(), rel, str(path), text_field, id_field)
