"""A file path -> its format and its bytes, gzip-aware, bounded in size, with failures as DocumentErrors."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from builder.errors import DocumentError

GZIP_MAGIC = b"\x1f\x8b"
FORMATS = {
    ".txt": "text", ".text": "text", "": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".warc": "warc", ".arc": "warc",
    ".parquet": "parquet",
}


def format_of(path: Path) -> tuple[str, bool]:
    """(format, gzipped) from the file name: `a.jsonl.gz` -> ("jsonl", True); unknown -> ("unknown", …)."""
    name = path.name.lower()
    gz = name.endswith(".gz")
    stem = Path(name[:-3] if gz else name)
    suffix = stem.suffix if stem.suffix and not stem.suffix[1:].isdigit() else ""
    if not suffix and stem.name.startswith("."):
        return "unknown", gz
    return FORMATS.get(suffix, "unknown"), gz


@contextmanager
def open_binary(path: Path, gz: bool) -> Iterator[BinaryIO]:
    """The file's bytes as a stream, decompressed when gzipped."""
    with path.open("rb") as raw:
        if gz or raw.read(2) == GZIP_MAGIC:
            raw.seek(0)
            with gzip.GzipFile(fileobj=raw, mode="rb") as z:
                yield z  # type: ignore[misc]
        else:
            raw.seek(0)
            yield raw


def gzip_error(e: BaseException) -> DocumentError | None:
    """The DocumentError for a broken gzip stream, or None when `e` is something else."""
    if isinstance(e, EOFError):
        return DocumentError("truncated-gzip", "compressed file ends before its end-of-stream marker")
    if isinstance(e, gzip.BadGzipFile | zlib.error):
        return DocumentError("bad-gzip", str(e))
    return None


def read_bounded(path: Path, gz: bool, limit: int) -> bytes:
    """All bytes of a file (decompressed), or DocumentError `too-large` past `limit` bytes."""
    if not gz and path.stat().st_size > limit:
        raise DocumentError("too-large", f"{path.stat().st_size} bytes > {limit} (raise --max-chars to read it)")
    try:
        with open_binary(path, gz) as f:
            data = f.read(limit + 1)
    except (EOFError, gzip.BadGzipFile, zlib.error) as e:
        raise gzip_error(e) or DocumentError("unreadable", str(e)) from e
    if len(data) > limit:
        raise DocumentError("too-large", f"more than {limit} bytes (raise --max-chars to read it)")
    return data
