"""Input paths -> Documents (or Skips with a reason), in a deterministic order.

A path is a file or a directory (read recursively, files sorted by relative path). Each file goes to
the reader of its format; a file no reader accepts becomes a Skip, never an exception.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from builder.errors import DocumentError, InputError
from builder.records import Document, Skip


@dataclass(frozen=True)
class IngestOptions:
    """How to read inputs: which JSONL fields hold the text and the id."""

    text_field: str = "text"
    id_field: str | None = None


def expand(paths: Iterable[str | Path]) -> Iterator[tuple[Path, Path]]:
    """(file, root) pairs: directories walked recursively in sorted order, files as given."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(x for x in p.rglob("*") if x.is_file()):
                yield f, p
        elif p.is_file():
            yield p, p.parent
        else:
            raise InputError(f"no such file or directory: {p}")


def doc_id_for(path: Path, root: Path) -> str:
    """The id of a file's document: its path relative to the input root, with / separators."""
    return path.relative_to(root).as_posix()


def read_inputs(paths: Iterable[str | Path], options: IngestOptions | None = None) -> Iterator[Document | Skip]:
    """Every document of every input, in order; unreadable files and records become Skips."""
    from builder.ingest import conllu, jsonl, text

    opts = options or IngestOptions()
    for path, root in expand(paths):
        suffix = path.suffix.lower()
        try:
            if suffix == ".jsonl":
                yield from jsonl.read_jsonl(path, root, opts.text_field, opts.id_field)
            elif suffix in conllu.SUFFIXES:
                yield from conllu.read_conllu(path, root)
            elif suffix in text.SUFFIXES:
                yield text.read_text_file(path, root)
            else:
                yield Skip(str(path), "unsupported-format", f"no reader for {suffix or 'files without a suffix'}")
        except DocumentError as e:
            yield Skip(str(path), e.reason, e.detail)
        except OSError as e:
            yield Skip(str(path), "unreadable", str(e))
