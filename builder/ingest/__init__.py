"""Inputs -> Documents (or Skips with a reason), in a deterministic order, streaming.

An input is a file, a folder (walked recursively, entries sorted by name, hidden ones left out), a
glob (`news/**/*.html`), `-` (standard input, format sniffed), `hf:<name>[:<config>][@<split>]` (a
Hub or local dataset, streamed) or a folder written by `save_to_disk`. Each file goes to the reader of
its format (by suffix, `.gz` allowed): text, HTML, JSONL, WARC, parquet. Whatever goes wrong with
one file or record becomes a Skip, never an exception; only an input that cannot be opened at all
(a missing path, an unknown dataset) raises InputError, and that is checked before anything is read.
"""

from __future__ import annotations

import glob
import hashlib
import io
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from builder.errors import DocumentError, InputError
from builder.ingest.conllu import SUFFIXES as CONLLU_SUFFIXES
from builder.ingest.files import GZIP_MAGIC, format_of, gzip_error, open_binary, read_bounded
from builder.ingest.hf import PREFIX as HF_PREFIX
from builder.ingest.hf import HubSpec, is_saved_dataset, read_hub, read_parquet, read_saved
from builder.records import Document, Skip

STDIN = "-"
MAX_CHARS = 1_000_000
# Raw input allowed per document, per character of text allowed: markup and 4-byte UTF-8 need room.
BYTES_PER_CHAR = 8
GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class IngestOptions:
    """How to read inputs: which record fields hold the text and the id; the largest document read."""

    text_field: str = "text"
    id_field: str | None = None
    max_chars: int = MAX_CHARS

    @property
    def max_bytes(self) -> int:
        return self.max_chars * BYTES_PER_CHAR


@dataclass(frozen=True, slots=True)
class Input:
    """One thing to read: a file with the root its ids are relative to, standard input, or a dataset."""

    kind: str  # file | saved | hub | stdin
    path: Path | None = None
    root: Path | None = None
    spec: str = ""


def _is_glob(raw: str) -> bool:
    return any(c in GLOB_CHARS for c in raw) and not Path(raw).exists()


def reads_only_locally(raw: str) -> bool:
    """Standard input, an hf: dataset or a glob: inputs this process reads itself (no file listing to share)."""
    return raw == STDIN or raw.startswith(HF_PREFIX) or _is_glob(raw)


def _glob_root(pattern: str) -> Path:
    """The folder before the first wildcard: ids of matched files are relative to it."""
    parts = Path(pattern).parts
    fixed = list(parts[:next((i for i, p in enumerate(parts) if any(c in GLOB_CHARS for c in p)), len(parts))])
    return Path(*fixed) if fixed else Path(".")


def check_inputs(paths: Iterable[str | Path]) -> None:
    """Raise InputError for an input that does not exist or a glob that matches nothing."""
    for raw in map(str, paths):
        if raw == STDIN or raw.startswith(HF_PREFIX):
            if raw.startswith(HF_PREFIX):
                HubSpec.parse(raw)
            continue
        if _is_glob(raw):
            if not any(True for _ in glob.iglob(raw, recursive=True)):
                raise InputError(f"no file matches {raw}")
        elif not Path(raw).exists():
            raise InputError(f"no such file or directory: {raw}")


def _walk(folder: Path, root: Path) -> Iterator[Input]:
    """Files under `folder`, entries sorted by name (so `a/x` comes before `a.txt`), hidden ones left out."""
    if is_saved_dataset(folder):
        yield Input("saved", folder, root)
        return
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        yield Input("file", folder, root)  # unreadable folder: the reader turns it into a Skip
        return
    for e in entries:
        if e.name.startswith("."):
            continue
        p = Path(e.path)
        if e.is_dir():
            yield from _walk(p, root)
        elif e.is_file():
            yield Input("file", p, root)


def _own_root(raw: str) -> Path:
    """The folder an input's document ids are relative to when it is the only input."""
    if _is_glob(raw):
        return _glob_root(raw)
    p = Path(raw)
    return p if p.is_dir() else p.parent


def id_roots(paths: Iterable[str | Path]) -> list[Path | None]:
    """Per input, the folder its files' ids are relative to: its own root when it is the only file-system
    input, else the common parent of all of them, so that `crawl/01 crawl/02` give `01/index.html` and
    `02/index.html`, never the same id twice. None for standard input and Hub datasets."""
    raws = list(map(str, paths))
    local = [r for r in raws if r != STDIN and not r.startswith(HF_PREFIX)]
    common: Path | None = None
    if len(local) > 1:
        common = Path(os.path.commonpath([os.path.abspath(_own_root(r)) for r in local]))
    return [None if r == STDIN or r.startswith(HF_PREFIX)
            else (common if common is not None else _own_root(r)) for r in raws]


def relative_id(path: Path, root: Path) -> str:
    """`path` relative to `root`, in / form: the base of a file's document ids."""
    return Path(os.path.relpath(os.path.abspath(path), os.path.abspath(root))).as_posix()


def expand(paths: Iterable[str | Path]) -> Iterator[Input]:
    """Every input to read, in order: folders walked, globs matched (sorted), files as given."""
    raws = list(map(str, paths))
    for raw, id_root in zip(raws, id_roots(raws), strict=True):
        if raw == STDIN:
            yield Input("stdin", spec=raw)
        elif raw.startswith(HF_PREFIX):
            yield Input("hub", spec=raw)
        elif _is_glob(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                raise InputError(f"no file matches {raw}")
            for m in matches:
                p = Path(m)
                if p.is_dir():
                    yield from _walk(p, id_root or _glob_root(raw))
                elif p.is_file():
                    yield Input("file", p, id_root or _glob_root(raw))
        else:
            p = Path(raw)
            if p.is_dir():
                yield from _walk(p, id_root or p)
            elif p.exists():
                yield Input("file", p, id_root or p.parent)
            else:
                raise InputError(f"no such file or directory: {p}")


def fingerprint(paths: Iterable[str | Path]) -> str:
    """A digest of what the inputs are now (names, sizes, modification times), to tell if they changed."""
    h = hashlib.sha1()
    for item in expand(paths):
        h.update(f"{item.kind}\x1f{item.path}\x1f{item.spec}".encode())
        if item.path is not None and item.kind == "file":
            st = item.path.stat()
            h.update(f"\x1f{st.st_size}\x1f{st.st_mtime_ns}".encode())
        h.update(b"\n")
    return h.hexdigest()[:16]


def read_inputs(paths: Iterable[str | Path], options: IngestOptions | None = None,
                stdin: BinaryIO | None = None) -> Iterator[Document | Skip]:
    """Every document of every input, in order; unreadable files and records become Skips."""
    opts = options or IngestOptions()
    paths = list(paths)
    check_inputs(paths)
    for item in expand(paths):
        for out in _guarded(_read(item, opts, stdin), _where(item)):
            yield within_limit(out, opts)


def within_limit(item: Document | Skip, opts: IngestOptions) -> Document | Skip:
    """The item, or a `too-large` Skip for a document longer than `opts.max_chars`."""
    if isinstance(item, Document) and len(item.text) > opts.max_chars:
        return Skip(item.source or item.doc_id, "too-large",
                    f"{len(item.text)} characters > {opts.max_chars} (raise --max-chars to read it)")
    return item


def _where(item: Input) -> str:
    return str(item.path) if item.path is not None else item.spec


def _guarded(items: Iterator[Document | Skip], where: str) -> Iterator[Document | Skip]:
    """The reader's items; a failure inside a file ends that file with one Skip, never the build."""
    n = 0
    try:
        for out in items:
            n += 1  # how many items came before a failure
            yield out
    except InputError:
        raise
    except DocumentError as e:
        yield Skip(where if n == 0 else f"{where} (after {n} items)", e.reason, e.detail)
    except Exception as e:  # a reader's or library's bug on one file must not stop the build
        known = gzip_error(e)
        at = where if n == 0 else f"{where} (after {n} items)"
        if known is not None:
            yield Skip(at, known.reason, known.detail)
        elif isinstance(e, OSError):
            yield Skip(at, "unreadable", str(e))
        else:
            yield Skip(at, "read-error", f"{type(e).__name__}: {e}")


def _read(item: Input, opts: IngestOptions, stdin: BinaryIO | None) -> Iterator[Document | Skip]:
    if item.kind == "hub":
        spec = HubSpec.parse(item.spec)
        try:
            yield from read_hub(spec, opts.text_field, opts.id_field)
        except DocumentError as e:
            raise InputError(f"{spec}: {e}") from e
        return
    if item.kind == "stdin":
        yield from _read_stream(_peekable(stdin or sys.stdin.buffer), "stdin", "<stdin>", opts)
        return
    assert item.path is not None and item.root is not None
    if item.kind == "saved":
        yield from read_saved(item.path, None, opts.text_field, opts.id_field)
        return
    yield from _read_file(item.path, item.root, opts)


def _read_file(path: Path, root: Path, opts: IngestOptions) -> Iterator[Document | Skip]:
    from builder.ingest.html import html_to_document
    from builder.ingest.jsonl import read_jsonl
    from builder.ingest.text import text_to_document
    from builder.ingest.warc import read_warc

    fmt, gz = format_of(path)
    rel, where = relative_id(path, root), str(path)
    if path.suffix.lower() in CONLLU_SUFFIXES:  # already parsed: goes to the stanza backend with its parse
        from builder.ingest.conllu import read_conllu

        yield from read_conllu(path, root)
    elif fmt == "text":
        yield text_to_document(read_bounded(path, gz, opts.max_bytes), rel, where)
    elif fmt == "html":
        yield html_to_document(read_bounded(path, gz, opts.max_bytes), rel, where)
    elif fmt == "jsonl":
        with open_binary(path, gz) as f:
            yield from read_jsonl(f, rel, where, opts.text_field, opts.id_field)
    elif fmt == "warc":
        with path.open("rb") as f:
            yield from read_warc(f, where, opts.max_bytes)
    elif fmt == "parquet":
        yield from read_parquet(path, rel, opts.text_field, opts.id_field)
    else:
        suffix = "".join(path.suffixes[-2:]) or "files without a suffix"
        yield Skip(where, "unsupported-format", f"no reader for {suffix}")


def _peekable(stream: BinaryIO) -> io.BufferedReader:
    if isinstance(stream, io.BufferedReader):
        return stream
    return io.BufferedReader(stream)  # type: ignore[arg-type]


def _read_stream(stream: io.BufferedReader, rel: str, where: str, opts: IngestOptions) -> Iterator[Document | Skip]:
    """Standard input: gzip, WARC, JSONL, HTML or text, told apart by the first bytes."""
    from builder.ingest.html import html_to_document, looks_like_html
    from builder.ingest.jsonl import read_jsonl
    from builder.ingest.text import text_to_document
    from builder.ingest.warc import read_warc

    head = stream.peek(4096)[:4096]
    if head.startswith(GZIP_MAGIC):
        import gzip

        with gzip.GzipFile(fileobj=stream, mode="rb") as z:
            yield from _read_stream(io.BufferedReader(z), rel, where, opts)  # type: ignore[arg-type]
        return
    if head.startswith(b"WARC/"):
        yield from read_warc(stream, where, opts.max_bytes)
        return
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        yield from read_jsonl(stream, rel, where, opts.text_field, opts.id_field)
        return
    data = stream.read(opts.max_bytes + 1)
    if len(data) > opts.max_bytes:
        raise DocumentError("too-large", f"more than {opts.max_bytes} bytes (raise --max-chars to read it)")
    if looks_like_html(data[:4096].decode("utf-8", "replace")):
        yield html_to_document(data, rel, where)
    else:
        yield text_to_document(data, rel, where)
